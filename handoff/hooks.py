"""`handoff hooks install|uninstall`: write each host's own configuration, never clobber it.

What gets written, per host (checked against the hosts' documentation, late 2026):

- Claude Code: `.claude/settings.json` (project) or `~/.claude/settings.json` (user), a
  `hooks.SessionStart` group with matcher `startup|resume|clear|compact` running
  `handoff hook session-start --for claude-code` (and with `--remind`, a `hooks.Stop`
  group running `handoff hook stop --for claude-code`).
- Codex: `.codex/hooks.json` or `~/.codex/hooks.json` (`$CODEX_HOME`), the same shape;
  plus `[features] codex_hooks = true` in the `config.toml` beside it unless that file
  already decides (versions that gate hooks behind the flag know this key; newer ones,
  where hooks are on by default, still accept it as an alias of `hooks`).
- OpenCode: it has no JSON hook configuration, and its plugin API is still moving, so
  the installer writes a marked section into `AGENTS.md` (project root, or
  `~/.config/opencode/AGENTS.md`), which every OpenCode version reads at session start:
  it tells the agent to run `handoff brief --for opencode` first.

Rules every host follows: the file is parsed before anything is written, and a file that
does not parse (or has an unexpected shape) is an error that changes nothing; other keys,
hooks, key order and indentation are kept; our entries are recognised by their command
(`handoff hook ...`) or markers, so a second install changes nothing and uninstall removes
exactly those; every write is a temp file renamed over the target (through a symlink, to
its target); `--dry-run` prints the unified diff instead.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import shlex
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ValidationError
from .locations import git_root

HOSTS = ("claude-code", "codex", "opencode")
SESSION_MATCHER = "startup|resume|clear|compact"
HOOK_TIMEOUT_S = 10
"""What the host allows the hook; `handoff hook` gives itself a shorter deadline."""

_OURS = re.compile(r"(?:^|[\s/'\"])handoff(?:\.exe)?['\"]?\s+hook\s+(?:session-start|stop)\b")
TOML_MARK = "# added by handoff hooks install"
MD_BEGIN = "<!-- handoff:begin (written by `handoff hooks install --opencode`; " \
           "`handoff hooks uninstall --opencode` removes it) -->"
MD_BEGIN_PREFIX = "<!-- handoff:begin"
MD_END = "<!-- handoff:end -->"


@dataclass(frozen=True)
class Change:
    """One file's planned content: `after` None means the file is removed."""

    path: Path
    before: str | None
    after: str | None

    @property
    def changed(self) -> bool:
        return self.before != self.after

    def diff(self) -> str:
        a = (self.before or "").splitlines(keepends=True)
        b = (self.after or "").splitlines(keepends=True)
        name = str(self.path)
        return "".join(difflib.unified_diff(a, b, fromfile=name if self.before is not None else "/dev/null",
                                            tofile=name if self.after is not None else "/dev/null"))


# -- where things are --------------------------------------------------------------------


def project_root(start: Path | None = None) -> Path:
    start = start or Path.cwd()
    return git_root(start) or start


def config_path(host: str, scope: str, root: Path | None = None) -> Path:
    """The file `host`'s hooks live in, for `scope` (project or user)."""
    home = Path.home()
    if host == "claude-code":
        base = project_root(root) if scope == "project" else home
        return base / ".claude" / "settings.json"
    if host == "codex":
        if scope == "project":
            return project_root(root) / ".codex" / "hooks.json"
        return Path(os.environ.get("CODEX_HOME") or home / ".codex") / "hooks.json"
    if host == "opencode":
        if scope == "project":
            return project_root(root) / "AGENTS.md"
        config = os.environ.get("XDG_CONFIG_HOME") or str(home / ".config")
        return Path(config) / "opencode" / "AGENTS.md"
    raise ValidationError(f"unknown host; hosts are: {', '.join(HOSTS)}")


def handoff_executable(explicit: str | None = None) -> tuple[str, str | None]:
    """The absolute path of the `handoff` to name in hooks, and a warning if it may not last.

    Hooks run in a later session, from whatever PATH the host has, so they name the
    executable by absolute path. A `handoff` living inside a project's virtual
    environment works only while that environment exists: we say so.
    """
    if explicit:
        return str(Path(explicit).expanduser().absolute()), None
    candidates = []
    argv0 = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if argv0 is not None and argv0.name in ("handoff", "handoff.exe") and argv0.exists():
        candidates.append(argv0.absolute())
    found = shutil.which("handoff")
    if found:
        candidates.append(Path(found).absolute())
    beside = Path(sys.executable).parent / "handoff"
    if beside.exists():
        candidates.append(beside)
    if not candidates:
        return "handoff", "no `handoff` executable found on PATH: the hooks name plain `handoff`"
    exe = candidates[0]
    warning = None
    in_venv = sys.prefix != sys.base_prefix
    # pipx and uv tool environments last across projects; each leaves its receipt in the env
    tool_env = any((Path(sys.prefix) / receipt).exists() for receipt in ("pipx_metadata.json", "uv-receipt.toml"))
    if in_venv and not tool_env and str(exe).startswith(str(Path(sys.prefix))):
        warning = (f"handoff runs from the virtual environment {sys.prefix}: the hooks name {exe}, "
                   "which stops working if that environment is removed; `pipx install handoff-store` "
                   "or `uv tool install handoff-store` gives a path that lasts")
    return str(exe), warning


def hook_command(exe: str, event: str, host: str) -> str:
    return f"{shlex.quote(exe)} hook {event} --for {host}"


# -- JSON settings files (Claude Code, Codex) --------------------------------------------


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except UnicodeDecodeError:
        raise ValidationError(f"{path} is not UTF-8 text; fix it and run again (nothing was changed)") from None


def _style(text: str | None) -> tuple[int | str | None, bool, bool]:
    """(indent, ensure_ascii, trailing newline) of an existing JSON file, to write it back alike."""
    if text is None or not text.strip():
        return 2, False, True
    stripped = text.strip()
    indent: int | str | None = None
    if "\n" in stripped:
        match = re.search(r"\n([ \t]+)\S", stripped)
        if match:
            ws = match.group(1)
            indent = ws if "\t" in ws else len(ws)
    ascii_only = "\\u" in text and all(ord(c) < 128 for c in text)
    return indent, ascii_only, text.endswith("\n")


def _dump(doc: dict[str, Any], style: tuple[int | str | None, bool, bool]) -> str:
    indent, ascii_only, newline = style
    if indent is None:
        out = json.dumps(doc, ensure_ascii=ascii_only)
    else:
        out = json.dumps(doc, indent=indent, ensure_ascii=ascii_only)
    return out + ("\n" if newline else "")


def _load_settings(path: Path, text: str | None) -> dict[str, Any]:
    if text is None or not text.strip():
        return {}
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as err:
        raise ValidationError(f"{path} is not valid JSON (line {err.lineno}, column {err.colno}); "
                              "fix it and run again (nothing was changed)") from None
    if not isinstance(doc, dict):
        raise ValidationError(f"{path} does not hold a JSON object; nothing was changed")
    hooks = doc.get("hooks", {})
    if not isinstance(hooks, dict):
        raise ValidationError(f"{path}: `hooks` is not an object; nothing was changed")
    for event, groups in hooks.items():
        if not isinstance(groups, list) or not all(isinstance(g, dict) for g in groups):
            raise ValidationError(f"{path}: `hooks.{event[:40]}` is not a list of objects; nothing was changed")
        for group in groups:
            if not isinstance(group.get("hooks", []), list):
                raise ValidationError(f"{path}: a `hooks.{event[:40]}` group's `hooks` is not a list; "
                                      "nothing was changed")
    return doc


def _is_ours(entry: Any) -> bool:
    return isinstance(entry, dict) and isinstance(entry.get("command"), str) \
        and bool(_OURS.search(entry["command"]))


def _strip_ours(doc: dict[str, Any]) -> bool:
    """Remove every hook entry of ours, and containers left empty by that. True if any."""
    hooks = doc.get("hooks")
    if not isinstance(hooks, dict):
        return False
    removed = False
    for event in list(hooks):
        groups = hooks[event]
        kept_groups = []
        for group in groups:
            entries = group.get("hooks", [])
            kept = [e for e in entries if not _is_ours(e)]
            if len(kept) != len(entries):
                removed = True
                if not kept:
                    continue  # the group held only ours: it goes with them
                group = dict(group, hooks=kept)
            kept_groups.append(group)
        if kept_groups:
            hooks[event] = kept_groups
        elif groups:
            del hooks[event]
    if removed and not hooks:
        del doc["hooks"]
    return removed


def _our_groups(exe: str, host: str, remind: bool) -> dict[str, dict[str, Any]]:
    start = hook_command(exe, "session-start", host) + (" --record-session" if remind else "")
    groups = {"SessionStart": {"matcher": SESSION_MATCHER, "hooks": [
        {"type": "command", "command": start, "timeout": HOOK_TIMEOUT_S}]}}
    if remind:
        groups["Stop"] = {"hooks": [
            {"type": "command", "command": hook_command(exe, "stop", host), "timeout": HOOK_TIMEOUT_S}]}
    return groups


def _count_ours(doc: dict[str, Any]) -> int:
    hooks = doc.get("hooks", {})
    return sum(1 for groups in hooks.values() for g in groups for e in g.get("hooks", []) if _is_ours(e))


def plan_settings(path: Path, *, install: bool, exe: str = "handoff", host: str = "claude-code",
                  remind: bool = False) -> Change:
    text = _read(path)
    doc = _load_settings(path, text)
    style = _style(text)
    if install:
        wanted = _our_groups(exe, host, remind)
        hooks = doc.get("hooks", {})
        present = all(group in hooks.get(event, []) for event, group in wanted.items())
        if present and _count_ours(doc) == len(wanted):
            return Change(path, text, text)
        _strip_ours(doc)
        hooks = doc.setdefault("hooks", {})
        for event, group in wanted.items():
            hooks.setdefault(event, []).append(group)
        return Change(path, text, _dump(doc, style))
    if not _strip_ours(doc):
        return Change(path, text, text)
    return Change(path, text, None if not doc and text is not None else _dump(doc, style))


# -- Codex's config.toml feature flag ----------------------------------------------------


def plan_codex_flag(path: Path, *, install: bool) -> tuple[Change, str | None]:
    """Turn Codex hooks on in config.toml if the file does not decide already."""
    import tomllib

    text = _read(path)
    if text is not None:
        try:
            parsed = tomllib.loads(text)
        except tomllib.TOMLDecodeError as err:
            raise ValidationError(f"{path} is not valid TOML ({str(err)[:80]}); "
                                  "fix it and run again (nothing was changed)") from None
    else:
        parsed = {}
    lines = (text or "").splitlines(keepends=True)
    ours = [i for i, line in enumerate(lines) if line.rstrip().endswith(TOML_MARK)]
    if not install:
        if not ours:
            return Change(path, text, text), None
        rest = "".join(line for i, line in enumerate(lines) if i not in ours)
        return Change(path, text, rest if rest.strip() else None), None
    if ours:
        return Change(path, text, text), None
    features = parsed.get("features", {})
    if isinstance(features, dict):
        for key in ("hooks", "codex_hooks"):
            if key in features:
                note = None if features[key] is True else \
                    f"{path} turns Codex hooks off ([features] {key}); handoff leaves that choice to you"
                return Change(path, text, text), note
    flag = f"codex_hooks = true  {TOML_MARK}\n"
    header = re.compile(r"^\s*\[features\]\s*(#.*)?$")
    for i, line in enumerate(lines):
        if header.match(line):
            new = [*lines[: i + 1], flag, *lines[i + 1:]]
            return Change(path, text, "".join(new)), None
    body = text or ""
    if body and not body.endswith("\n"):
        body += "\n"
    return Change(path, text, body + f"[features]  {TOML_MARK}\n" + flag), None


# -- OpenCode's AGENTS.md ----------------------------------------------------------------


def agents_section(exe: str) -> str:
    run = f"{shlex.quote(exe)} brief --for opencode"
    return (f"{MD_BEGIN}\n"
            "## Handoff\n\n"
            f"At the start of every session, before other work, run `{run}` and read its output:\n"
            "it is the state earlier sessions left (active repository and PR, failing or stale\n"
            "validations, open next actions with their ids, rate-limited models, notes).\n"
            "Resolve an action with `handoff done ID`; record validations with `handoff run -- CMD`;\n"
            "before you finish, leave a note: `handoff note \"where things stand\" --next \"the next step\"`.\n"
            f"{MD_END}\n")


def plan_agents_md(path: Path, *, install: bool, exe: str = "handoff") -> Change:
    text = _read(path)
    body = text or ""
    start = body.find(MD_BEGIN_PREFIX)  # the prefix: a section of another wording is still ours
    end = body.find(MD_END, start + 1) if start >= 0 else -1
    if start >= 0 and end < 0:
        raise ValidationError(f"{path} has the handoff begin marker but not its end marker; "
                              "fix it and run again (nothing was changed)")
    if start >= 0:
        stop = end + len(MD_END)
        if body[stop:stop + 1] == "\n":
            stop += 1
        if install:
            new = body[:start] + agents_section(exe) + body[stop:]
            return Change(path, text, new)
        lead = start - 1 if start > 0 and body[start - 1] == "\n" and body[:start].endswith("\n\n") else start
        rest = body[:lead] + body[stop:]
        return Change(path, text, rest if rest.strip() else None)
    if not install:
        return Change(path, text, text)
    if body and not body.endswith("\n"):
        body += "\n"
    return Change(path, text, body + ("\n" if body else "") + agents_section(exe))


# -- putting it together -----------------------------------------------------------------


def plan(hosts: list[str], *, install: bool, scope: str, exe: str = "handoff", remind: bool = False,
         root: Path | None = None) -> tuple[list[Change], list[str]]:
    """Every file change for `hosts`, computed (and every file parsed) before any is written."""
    changes: list[Change] = []
    notes: list[str] = []
    for host in hosts:
        path = config_path(host, scope, root)
        if host == "opencode":
            changes.append(plan_agents_md(path, install=install, exe=exe))
            continue
        changes.append(plan_settings(path, install=install, exe=exe, host=host, remind=remind))
        if host == "codex":
            change, note = plan_codex_flag(path.with_name("config.toml"), install=install)
            changes.append(change)
            if note:
                notes.append(note)
    return changes, notes


def apply(changes: list[Change]) -> None:
    """Write each changed file: temp file + rename beside the real file (symlinks followed)."""
    for change in changes:
        if not change.changed:
            continue
        target = Path(os.path.realpath(change.path))
        if change.after is None:
            target.unlink(missing_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            mode = target.stat().st_mode & 0o7777
        except FileNotFoundError:
            mode = 0o644
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(change.after)
                f.flush()
                os.fsync(f.fileno())
            os.chmod(tmp, mode)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
