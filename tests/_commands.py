"""Every CLI command with a valid minimal invocation, and a way to run the real entry point
under a hard timeout and a memory cap.

The commands are found by walking the click tree (as `test_write_paths.py` does), so a
new command fails `missing_invocations()` until it gets an entry in `INVOCATIONS`. The
hostile-store and bad-line tests run every entry against damaged or planted stores.

Each child runs as `sh -c 'ulimit -v ...; exec handoff ...'`: a command that reads a
planted /dev/zero dies of a MemoryError at the cap instead of eating the machine's
memory, and no `preexec_fn` is needed, so children can be started from threads.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import click

from handoff.cli import cli as root_group

from .conftest import handoff_command

TIMEOUT = 20.0
"""Seconds a command may go without using any CPU: a command blocked that long (on a FIFO,
a lock, a read that never ends) is hung. A command that is only slow, because the machine
is loaded, keeps using CPU and is waited for (see `run_handoff`)."""

CEILING = 600.0
"""Seconds after which a command is hung even if it keeps using CPU (an endless loop)."""

MEMORY_KB = 2_000_000
"""Address-space cap of every child (ulimit -v, in KiB)."""

DOCUMENTED_EXIT_CODES = frozenset(range(9))
"""README's exit-code table: 0 to 8 (`run -- true` exits with true's 0, inside it)."""

TEMPLATE_BACKUP = "handoff-backup"
"""A backup of the template store, beside it in the repository (cwd): what `restore` reads."""

EVENT = "{EVENT}"
"""Placeholder for the id of an existing event (the one `purge` removes)."""

SCHEMAS = str(Path(__file__).resolve().parent.parent / "schemas")


@dataclass(frozen=True)
class Invocation:
    """One command line to try. `bad_line` asks for an unreadable line in the log first,
    so `doctor --fix` has something to quarantine (and so runs its rewrite path)."""

    path: str
    args: tuple[str, ...] = ()
    bad_line: bool = False

    @property
    def name(self) -> str:
        return " ".join((self.path, *self.args)).replace(EVENT, "ID")

    def argv(self, event_id: str = "01234567-89ab-7def-8123-456789abcdef") -> list[str]:
        return [*self.path.split(), *(a.replace(EVENT, event_id) for a in self.args)]


INVOCATIONS: dict[str, list[Invocation]] = {
    "init": [Invocation("init")],
    "note": [Invocation("note", ("a note", "--next", "a follow-up"))],
    "done": [Invocation("done", ("1.1",))],
    "pointer": [Invocation("pointer", ("--repo", "acme/app", "--branch", "main"))],
    "validation": [Invocation("validation", ("--command", "pytest -q", "--exit-code", "0",
                                             "--commit", "3f9c2e1", "--branch", "main"))],
    "run": [Invocation("run", ("--", "true"))],
    "runtime": [Invocation("runtime", ("devserver", "up"))],
    "health": [Invocation("health", ("anthropic", "claude-sonnet-4-5", "ok"))],
    "config set": [Invocation("config set", ("test.cmd", "pytest -q"))],
    "config unset": [Invocation("config unset", ("build.cmd",))],
    "config get": [Invocation("config get", ("build.cmd",))],
    "show": [Invocation("show")],
    "latest": [Invocation("latest")],
    "log": [Invocation("log", ("--json",))],
    "rebuild": [Invocation("rebuild")],
    "doctor": [Invocation("doctor"), Invocation("doctor", ("--fix",), bad_line=True)],
    "scan": [Invocation("scan")],
    "purge": [Invocation("purge", (EVENT,))],
    "schema": [Invocation("schema", ("--check", "--out", SCHEMAS))],
    "brief": [Invocation("brief"), Invocation("brief", ("--for", "codex", "--format", "json"))],
    "hooks install": [Invocation("hooks install", ("--claude-code", "--dry-run"))],
    "hooks uninstall": [Invocation("hooks uninstall", ("--claude-code", "--dry-run"))],
    "hook session-start": [Invocation("hook session-start", ("--for", "claude-code"))],
    "hook stop": [Invocation("hook stop", ("--for", "claude-code"))],
    "mcp": [Invocation("mcp")],
    "promote": [Invocation("promote", ("--to", "sqlite"))],
    "export": [Invocation("export", ("../export.jsonl",))],
    "backup": [Invocation("backup", ("../backup",))],
    "restore": [Invocation("restore", (TEMPLATE_BACKUP,))],
    "query": [Invocation("query", ("SELECT kind, count(*) FROM events GROUP BY kind",))],
    "report": [Invocation("report", ("--list",)), Invocation("report", ("open_next_actions",))],
    "import usage": [Invocation("import usage", ("../usage.jsonl",))],
    "import events": [Invocation("import events", ("../other-events.jsonl",))],
    "import list": [Invocation("import list")],
    "compact": [Invocation("compact", ("--dry-run", "--json")), Invocation("compact", ("--keep-days", "0"))],
}
"""Valid minimal arguments against `make_template_store`'s store, per command path."""

WRITES_KIND: dict[str, str] = {
    "note": "note", "done": "action_done", "pointer": "pointer", "validation": "validation",
    "run": "validation", "runtime": "runtime", "health": "model_health", "config set": "config",
    "config unset": "config", "purge": "purge",
}
"""Commands that append an event, and the kind of the event they append."""


def walk(group: click.Group = root_group, prefix: str = "") -> Iterator[tuple[str, click.Command]]:
    for name, command in sorted(group.commands.items()):
        path = f"{prefix} {name}".strip()
        if isinstance(command, click.Group):
            yield from walk(command, path)
        else:
            yield path, command


COMMAND_PATHS = sorted(path for path, _ in walk())


def missing_invocations() -> list[str]:
    return [path for path in COMMAND_PATHS if path not in INVOCATIONS]


def all_invocations() -> list[Invocation]:
    return [inv for path in COMMAND_PATHS for inv in INVOCATIONS.get(path, [])]


# -- a store every invocation is valid against ----------------------------------------


def make_template_store(root: Path) -> str:
    """Three events: note #1 with action 1.1, config build.cmd, a note to purge (its id
    is returned). Written through the API; latest.json published."""
    import handoff

    with handoff.open_store(root, durability="never") as store:
        store.append("note", {"text": "first", "next_actions": ["do it"]})
        store.append("config", {"key": "build.cmd", "value": "make"})
        event = store.append("note", {"text": "to be purged"})
        store.latest()
        store.backup(root.parent / TEMPLATE_BACKUP)
    return event.id


def git_init(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    subprocess.run(["git", "init", "-q", str(path)], check=True, timeout=60)


# -- running the real entry point -----------------------------------------------------


@dataclass
class Outcome:
    argv: list[str]
    code: int | None
    stdout: str = ""
    stderr: str = ""
    hung: bool = False
    seconds: float = 0.0

    def describe(self) -> str:
        state = "HUNG" if self.hung else f"exit {self.code}"
        return f"{' '.join(self.argv)} -> {state} in {self.seconds:.1f}s; stderr {self.stderr[-600:]!r}"


def clean_env(home: Path | None = None, **extra: str) -> dict[str, str]:
    """Our environment without any HANDOFF_ variable; HOME and XDG_STATE_HOME moved to
    `home`, so a fallback store could never land in the real home directory."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("HANDOFF_")}
    env.pop("XDG_STATE_HOME", None)
    if home is not None:
        env["HOME"] = str(home)
        env["XDG_STATE_HOME"] = str(home / ".local" / "state")
    env.update(extra)
    return env


def pid_namespace_prefix() -> list[str] | None:
    """`unshare` in a new PID namespace, where the command runs as PID 1 (so a temp name
    built from the PID is predictable); None where that is not allowed."""
    exe = shutil.which("unshare")
    if exe is None:
        return None
    prefix = [exe, "--pid", "--fork", "--kill-child"]
    try:
        probe = subprocess.run([*prefix, "sh", "-c", "echo $$"], capture_output=True, text=True,
                               timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    return prefix if probe.returncode == 0 and probe.stdout.strip() == "1" else None


def _cpu_ticks(pid: int) -> int:
    """CPU clock ticks used so far by `pid` and every live descendant (Linux /proc)."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()
            total += int(fields[11]) + int(fields[12]) + int(fields[13]) + int(fields[14])
            with open(f"/proc/{current}/task/{current}/children", "rb") as f:
                todo.extend(int(child) for child in f.read().split())
        except (OSError, IndexError, ValueError):
            continue  # gone meanwhile, or no such file here: counts what it can
    return total


def run_handoff(args: list[str], *, cwd: Path, env: dict[str, str], timeout: float = TIMEOUT,
                prefix: list[str] | None = None, input: str | None = None) -> Outcome:
    """Run `handoff ARGS` under the memory cap. A run that uses no CPU for `timeout`
    seconds (or runs past CEILING) is killed: a hang. Judging by CPU progress rather than
    by wall time keeps a slow run on a loaded machine from looking hung."""
    argv = [*(prefix or []), "sh", "-c", f'ulimit -v {MEMORY_KB} && exec "$@"', "sh",
            *handoff_command(), *args]
    started = time.monotonic()
    proc = subprocess.Popen(argv, cwd=cwd, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    # never the test runner's stdin: the input given, then EOF
    pending: bytes | None = (input or "").encode()
    ticks, idle_since = -1, started
    while True:
        try:
            out, err = proc.communicate(pending, timeout=min(1.0, timeout))
            break
        except subprocess.TimeoutExpired:
            pending = None  # sent with the first call; later calls only collect output
        now, used = time.monotonic(), _cpu_ticks(proc.pid)
        if used != ticks:
            ticks, idle_since = used, now
        if now - idle_since >= timeout or now - started >= CEILING:
            os.killpg(proc.pid, signal.SIGKILL)  # and whatever it started, which holds the pipes
            _, err = proc.communicate()
            return Outcome(args, None, "", err.decode(errors="replace"), hung=True,
                           seconds=now - started)
    return Outcome(args, proc.returncode, out.decode(errors="replace"),
                   err.decode(errors="replace"), seconds=time.monotonic() - started)


def basic_problems(out: Outcome) -> list[str]:
    """What no command may ever do: hang, print a traceback, exit with an undocumented code."""
    problems = []
    if out.hung:
        problems.append(f"hung (no CPU used for {TIMEOUT:g}s, or past {CEILING:g}s)")
    else:
        if "Traceback" in out.stderr or "Traceback" in out.stdout:
            problems.append("printed a traceback")
        if out.code not in DOCUMENTED_EXIT_CODES:
            problems.append(f"undocumented exit code {out.code}")
    return problems
