"""Every write path goes through the privacy filter, and none can be added silently.

The write paths are enumerated, not listed from memory:

- the CLI: the click command tree is walked; every command must be either in `WRITING`
  (with a valid base invocation) or in `NO_USER_TEXT` (with the reason it cannot put
  user text into the store). For each writing command, every free-text parameter
  (type STRING or UNPROCESSED, found by introspection, plus the group's scope options)
  gets a synthetic secret, and the command must exit 3 with one stderr line that does
  not contain it, leaving every file of the store byte-identical. A parameter whose
  format cannot hold a credential at all (a commit hash, an action id, a time) is listed
  in `FORMAT_ONLY` and must be refused as bad input instead (exit 2), also changing
  nothing. A new command or a new parameter therefore fails a test until classified.
- the Python API: `Store`'s public methods are enumerated the same way; the writing
  ones get a secret in every string field of every kind's model (read from the models'
  JSON Schemas, so a new field is covered the day it is added) and in every scope field.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import pytest

import handoff
from handoff.cli import cli as root
from handoff.errors import PrivacyError, ValidationError
from handoff.store import Store

from ._planted import MAKERS, secret
from .conftest import CliRunner, snapshot

# -- the CLI ---------------------------------------------------------------------------

EVENT = "<an existing event id>"

WRITING: dict[str, dict[str, Any]] = {
    "note": {"text": "base note", "next_actions": ("a follow-up",)},
    "done": {"action_id": "1.1"},
    "pointer": {"repo": "acme/app", "branch": "main"},
    "validation": {"command": "pytest -q", "exit_code": "0", "commit": "3f9c2e1"},
    "run": {"command": ("true",)},
    "runtime": {"component": "devserver", "status": "up"},
    "health": {"provider": "anthropic", "model": "claude-sonnet-4-5", "status": "ok"},
    "config set": {"key": "test.cmd", "value": "pytest -q"},
    "config unset": {"key": "build.cmd"},
    "purge": {"event_ids": (EVENT,)},
}
"""Commands that append an event, with a valid invocation (parameter name -> value)."""

NO_USER_TEXT: dict[str, str] = {
    "init": "creates the store's empty files; records no event",
    "show": "reads latest.json",
    "latest": "reads; may re-publish latest.json, derived from the log",
    "log": "reads the log",
    "rebuild": "re-derives latest.json from the log",
    "doctor": "with --fix rewrites the log without its unreadable lines; adds no text",
    "schema": "writes JSON Schemas of the models outside the store",
    "config get": "reads latest.json",
    "scan": "reads the log",
    "brief": "reads latest.json",
    "query": "read-only SQL over the store (writes are refused: tests/test_query.py)",
    "report": "runs a packaged read-only SQL report",
    "promote": "replays the store's own events byte for byte into another backend; adds no text",
    "export": "writes the store's events outside the store",
    "backup": "copies the store outside it",
    "restore": "copies events from a backup; each is checked by the privacy filter first "
               "(tests/test_backup.py)",
    "hook session-start": "reads latest.json; keeps only per-kind counts outside the store",
    "hook stop": "reads latest.json; prints a reminder",
    "hooks install": "writes the hosts' settings files outside the store; records no event",
    "hooks uninstall": "edits the hosts' settings files outside the store; records no event",
    "mcp": "serves tools whose writes are Store.append (the API checks below; tests/test_mcp.py)",
    "import usage": "reads a usage log; keeps only counts, times and model names, each summary "
                    "through the write gate, a credential in a line rejected (tests/test_import.py)",
    "import events": "merges another log; every event through the write gate, a credential "
                     "rejected by line number (tests/test_import.py)",
    "import list": "reads the import ledger",
    "compact": "removes old events and appends a content-free tombstone of counts; adds no text "
               "(tests/test_compact.py)",
}

FORMAT_ONLY: dict[tuple[str, str], str] = {
    ("done", "action_id"): "an action id is digits and one dot",
    ("validation", "commit"): "a commit is 7 to 64 hex digits",
    ("note", "expires"): "a time or a duration such as 2h",
    ("health", "reset_at"): "a time or a duration such as 15m",
    ("purge", "event_ids"): "an event id is a UUID",
}
"""Free-text parameters whose format no credential fits: refused as bad input (exit 2)."""

SHAPES: dict[str, str] = {
    "repo": "acme/{s}",
    "fork": "acme/{s}",
    "pr_url": "https://github.com/acme/app/pull/1?token={s}",
    "issue_url": "https://github.com/acme/app/issues/2?token={s}",
    "url": "https://ci.acme.io/hooks/{s}",
}
"""A secret shaped to pass a parameter's format check, so it reaches the privacy filter."""

GROUP_SCOPE = ("agent", "session", "project")
GROUP_EXEMPT = {"store_path": "names the store directory; never written into a file"}


def _walk(group: click.Group, prefix: str = "") -> Iterator[tuple[str, click.Command]]:
    for name, command in sorted(group.commands.items()):
        path = f"{prefix} {name}".strip()
        if isinstance(command, click.Group):
            yield from _walk(command, path)
        else:
            yield path, command


COMMANDS = dict(_walk(root))


def _free_text(command: click.Command) -> list[click.Parameter]:
    """Parameters that accept arbitrary text: STRING or UNPROCESSED, not flags or choices."""
    return [p for p in command.params
            if not getattr(p, "is_flag", False)
            and isinstance(p.type, click.types.StringParamType | click.types.UnprocessedParamType)]


def _argv(command: click.Command, values: dict[str, Any]) -> list[str]:
    """The command line for `values` (parameter name -> str or tuple): options first, then
    arguments; an UNPROCESSED variadic argument goes after `--`."""
    opts: list[str] = []
    args: list[str] = []
    for p in command.params:
        if p.name not in values:
            continue
        value = values[p.name]
        items = list(value) if isinstance(value, tuple) else [value]
        if isinstance(p, click.Option):
            for item in items:
                opts += [p.opts[0], item]
        else:
            if isinstance(p.type, click.types.UnprocessedParamType):
                args.append("--")
            args += items
    return [*opts, *args]


def _cases() -> list[tuple[str, str, int]]:
    """(command, parameter, index) for every free-text parameter of every writing command."""
    cases = []
    for path in sorted(WRITING):
        for p in _free_text(COMMANDS[path]):
            assert p.name is not None
            cases.append((path, p.name, len(cases)))
    return cases


CASES = _cases()


def _prepare(store_dir: Path) -> dict[str, str]:
    """A store every base invocation is valid against (through the API: fast)."""
    with handoff.open_store(store_dir) as store:
        note = store.append("note", {"text": "base", "next_actions": ["do it"]})
        store.append("config", {"key": "build.cmd", "value": "make"})
    return {EVENT: note.id}


def _fill(values: dict[str, Any], ids: dict[str, str]) -> dict[str, Any]:
    def sub(v: Any) -> Any:
        return tuple(sub(x) for x in v) if isinstance(v, tuple) else ids.get(v, v)
    return {k: sub(v) for k, v in values.items()}


def _assert_refused(out: Any, planted: str, code: int, before: dict[str, bytes],
                    store_dir: Path, what: str) -> None:
    """Refused with `code`, the secret in neither stream, no file changed. A privacy
    rejection is one `handoff: error:` line; a format error (exit 2) raised by click
    itself keeps click's usage hint above its one `Error:` line, as for every command."""
    assert out.returncode == code, f"{what}: exit {out.returncode}, stderr {out.stderr!r}"
    lines = out.stderr.strip().splitlines()
    assert "Traceback" not in out.stderr, f"{what}: {out.stderr!r}"
    if code == 3:
        assert len(lines) == 1 and lines[0].startswith("handoff: error:"), f"{what}: {out.stderr!r}"
    else:
        assert lines and lines[-1].startswith(("handoff: error:", "Error:")), f"{what}: {out.stderr!r}"
    assert planted not in out.stderr and planted not in out.stdout, f"{what} echoed the secret"
    assert snapshot(store_dir) == before, f"{what} changed the store"


def test_every_command_is_classified() -> None:
    found = set(COMMANDS)
    assert not set(WRITING) & set(NO_USER_TEXT)
    unknown = found - set(WRITING) - set(NO_USER_TEXT)
    assert not unknown, f"classify these commands in test_write_paths.py: {sorted(unknown)}"
    assert found == set(WRITING) | set(NO_USER_TEXT), "a listed command no longer exists"


def test_every_group_option_is_classified() -> None:
    free = {p.name for p in _free_text(root)}
    assert free == set(GROUP_SCOPE) | set(GROUP_EXEMPT)


def test_format_only_and_shapes_name_real_parameters() -> None:
    params = {(c, p.name) for c in WRITING for p in _free_text(COMMANDS[c])}
    assert set(FORMAT_ONLY) <= params
    assert set(SHAPES) <= {name for _, name in params}


def test_no_user_text_commands_take_no_free_text_that_reaches_an_event() -> None:
    """A read-only command growing a free-text option must be looked at again."""
    allowed = {("config get", "key"), ("log", "since"), ("query", "sql"), ("report", "name"),  # lookups
               ("hooks install", "command_path"),  # an executable path for settings files
               # where a postgres store lives: store.json, never an event (a password is refused)
               ("init", "dsn"), ("init", "schema"), ("promote", "dsn"), ("promote", "schema")}
    for path in NO_USER_TEXT:
        for p in _free_text(COMMANDS[path]):
            assert (path, p.name) in allowed, f"{path} --{p.name}: does it write? classify it"


@pytest.mark.parametrize("path", sorted(WRITING))
def test_the_base_invocation_writes(cli: CliRunner, store_dir: Path, path: str) -> None:
    """Proves each listed command does write, and that its base invocation is valid, so
    the refusals below come from the planted value and nothing else."""
    ids = _prepare(store_dir)
    command = COMMANDS[path]
    before = (store_dir / "events.jsonl").read_bytes()
    out = cli(*path.split(), *_argv(command, _fill(WRITING[path], ids)))
    assert out.returncode == 0, out.stderr
    assert (store_dir / "events.jsonl").read_bytes() != before


@pytest.mark.parametrize(("path", "name", "index"), CASES,
                         ids=[f"{c.replace(' ', '-')}--{n}" for c, n, _ in CASES])
def test_a_secret_in_any_free_text_parameter_is_refused(cli: CliRunner, store_dir: Path,
                                                       path: str, name: str, index: int) -> None:
    ids = _prepare(store_dir)
    command = COMMANDS[path]
    planted = secret(index, list(MAKERS)[index % len(MAKERS)])
    value = SHAPES.get(name, "{s}").format(s=planted)
    values = _fill(WRITING[path], ids)
    param = next(p for p in command.params if p.name == name)
    if path == "run" and name == "command":
        values[name] = ("true", value)  # the command runs; recording it is refused
    else:
        values[name] = (value,) if param.multiple or param.nargs == -1 else value
    before = snapshot(store_dir)
    out = cli(*path.split(), *_argv(command, values))
    code = 2 if (path, name) in FORMAT_ONLY else 3
    _assert_refused(out, planted, code, before, store_dir, f"{path} {name}")


SCOPE_CASES = [(path, scope, i) for i, (path, scope) in
               enumerate((p, s) for p in sorted(WRITING) for s in GROUP_SCOPE)]


@pytest.mark.parametrize(("path", "scope", "index"), SCOPE_CASES,
                         ids=[f"{s}-{p.replace(' ', '-')}" for p, s, _ in SCOPE_CASES])
def test_a_secret_in_the_scope_is_refused(cli: CliRunner, store_dir: Path, path: str,
                                          scope: str, index: int) -> None:
    ids = _prepare(store_dir)
    command = COMMANDS[path]
    planted = secret(100 + index, "npm-token")
    before = snapshot(store_dir)
    out = cli(f"--{scope}", planted, *path.split(), *_argv(command, _fill(WRITING[path], ids)))
    if path == "purge":
        # Store.purge writes a content-free tombstone: it records no scope at all
        assert out.returncode == 0 and planted not in (store_dir / "events.jsonl").read_text()
        return
    _assert_refused(out, planted, 3, before, store_dir, f"--{scope} {path}")


def test_scope_from_the_environment_is_refused(cli: CliRunner, store_dir: Path) -> None:
    _prepare(store_dir)
    planted = secret(7, "gitlab-pat")
    before = snapshot(store_dir)
    out = cli("note", "x", env={"HANDOFF_SESSION": planted})
    _assert_refused(out, planted, 3, before, store_dir, "HANDOFF_SESSION")


def test_note_text_from_stdin_is_refused(cli: CliRunner, store_dir: Path) -> None:
    _prepare(store_dir)
    planted = secret(8)
    before = snapshot(store_dir)
    out = cli("note", "-", input=f"multi-line\nnote with {planted}\n")
    _assert_refused(out, planted, 3, before, store_dir, "note -")


def test_purge_from_scan_checks_its_reason_even_with_nothing_to_purge(
    cli: CliRunner, store_dir: Path
) -> None:
    _prepare(store_dir)
    planted = secret(9)
    before = snapshot(store_dir)
    out = cli("purge", "--from-scan", "--reason", f"rotated {planted}")
    _assert_refused(out, planted, 3, before, store_dir, "purge --from-scan --reason")


# -- the Python API --------------------------------------------------------------------

STORE_WRITING = {"append", "append_many", "purge"}
STORE_NO_USER_TEXT = {
    "close": "releases descriptors",
    "latest": "reads; may re-publish latest.json, derived from the log",
    "rebuild": "re-derives latest.json from the log",
    "events": "reads",
    "get": "reads",
    "doctor": "with fix=True rewrites the log without its unreadable lines; adds no text",
    "promote": "replays the store's own events into another backend; adds no text",
    "query": "read-only SQL over the store",
    "export": "writes the store's events outside the store",
    "backup": "copies the store outside it",
    "restore": "copies events from a backup, each checked by the privacy filter first",
}

BASE_DATA: dict[str, dict[str, Any]] = {
    "note": {"text": "base"},
    "validation": {"command": "pytest -q", "exit_code": 0},
    "pointer": {"repo": "acme/app"},
    "runtime": {"component": "devserver", "status": "up"},
    "action_done": {"action": "1.1"},
    "model_health": {"provider": "anthropic", "model": "m", "status": "ok"},
    "config": {"key": "k", "value": "v"},
}

API_FORMAT_ONLY = {("validation", "commit"), ("action_done", "action"), ("note", "expires_at"),
                   ("model_health", "reset_at"), ("model_health", "checked_at"),
                   ("model_health", "period_start"), ("model_health", "period_end")}
"""String fields no credential can fit (a hex commit, an action id, timestamps)."""


def test_every_public_store_method_is_classified() -> None:
    public = {name for name, _ in inspect.getmembers(Store, inspect.isfunction)
              if not name.startswith("_")}
    assert not STORE_WRITING & set(STORE_NO_USER_TEXT)
    assert public == STORE_WRITING | set(STORE_NO_USER_TEXT), (
        f"classify these Store methods: {sorted(public - STORE_WRITING - set(STORE_NO_USER_TEXT))}")


def _string_slots(schema: dict[str, Any], defs: dict[str, Any]) -> list[tuple[bool, str | None, bool]]:
    """The ways a JSON Schema node accepts a free string: (in a list?, pattern, timestamp?).
    Enums and constants are not free text."""
    if "$ref" in schema:
        return _string_slots(defs[schema["$ref"].rsplit("/", 1)[1]], defs)
    out = []
    for option in schema.get("anyOf", [schema]):
        if "$ref" in option:
            out += _string_slots(option, defs)
        elif option.get("type") == "string" and "enum" not in option and "const" not in option:
            out.append((False, option.get("pattern"), option.get("format") == "date-time"))
        elif option.get("type") == "array":
            out += [(True, p, t) for _, p, t in _string_slots(option.get("items", {}), defs)]
    return out


def _string_fields(model: Any) -> Iterator[tuple[str, bool, str | None, bool]]:
    schema = model.model_json_schema()
    for name, prop in schema["properties"].items():
        for in_list, pattern, is_time in _string_slots(prop, schema.get("$defs", {})):
            yield name, in_list, pattern, is_time


def _shaped(planted: str, pattern: str | None, is_time: bool) -> str | None:
    """The secret in a shape the field's format accepts, or None if no shape fits."""
    if is_time:
        return None
    for shape in ("{s}", "acme/{s}", "https://ci.acme.io/hooks/{s}", "deploy with {s}"):
        candidate = shape.format(s=planted)
        if pattern is None or re.search(pattern, candidate):
            return candidate
    return None


def _api_cases() -> list[tuple[str, str, bool, str | None, bool]]:
    from handoff.kinds import WRITABLE_KINDS
    from handoff.models import KIND_MODELS, Scope

    cases = [(kind, *field) for kind in WRITABLE_KINDS for field in _string_fields(KIND_MODELS[kind])]
    cases += [("scope", *field) for field in _string_fields(Scope)]
    return cases


API_CASES = _api_cases()


def _api_store(store_dir: Path) -> Store:
    store = handoff.open_store(store_dir, durability="never")
    store.append("note", {"text": "base", "next_actions": ["do it"]})
    return store


@pytest.mark.parametrize(("kind", "name", "in_list", "pattern", "is_time"), API_CASES,
                         ids=[f"{c[0]}.{c[1]}" for c in API_CASES])
def test_every_string_field_of_every_kind_is_filtered(
    store_dir: Path, kind: str, name: str, in_list: bool, pattern: str | None, is_time: bool
) -> None:
    store = _api_store(store_dir)
    planted = secret(len(name) + 31 * len(kind), "github-pat")
    value = _shaped(planted, pattern, is_time)
    format_only = value is None
    assert format_only == ((kind, name) in API_FORMAT_ONLY), (
        f"{kind}.{name}: a secret {'cannot' if format_only else 'can'} fit its format; "
        "update API_FORMAT_ONLY")
    shaped = value if value is not None else planted
    slot: Any = [shaped] if in_list else shaped
    expected = ValidationError if format_only else PrivacyError
    before = snapshot(store_dir)
    calls: list[tuple[str, Any]] = []
    if kind == "scope":
        calls += [("append", lambda: store.append("note", {"text": "x"}, scope={name: slot})),
                  ("append_many", lambda: store.append_many([("note", {"text": "x"})],
                                                            scope={name: slot}))]
    else:
        data = {**BASE_DATA[kind], name: slot}
        if kind == "config" and name == "source":
            data["value"] = "v"
        calls += [("append", lambda: store.append(kind, data)),
                  ("append_many", lambda: store.append_many([("note", {"text": "ok"}), (kind, data)]))]
    for method, call in calls:
        with pytest.raises(expected) as err:
            call()
        assert type(err.value) is expected, f"{method} {kind}.{name}: {err.value}"
        assert planted not in str(err.value) and planted not in repr(err.value)
        if expected is PrivacyError:
            assert err.value.findings and all(planted not in str(f) for f in err.value.findings)
        assert snapshot(store_dir) == before, f"{method} {kind}.{name} changed the store"
    store.close()


def test_the_api_cases_cover_the_fields_that_matter() -> None:
    covered = {(kind, name) for kind, name, *_ in API_CASES}
    for field in [("note", "text"), ("note", "next_actions"), ("validation", "command"),
                  ("validation", "summary"), ("config", "value"), ("config", "key"),
                  ("pointer", "title"), ("pointer", "pr_url"), ("scope", "agent"),
                  ("scope", "session"), ("scope", "project"), ("action_done", "summary")]:
        assert field in covered, field


def test_purge_reason_is_filtered(store_dir: Path) -> None:
    store = _api_store(store_dir)
    [event] = list(store.events())
    planted = secret(61, "stripe-secret-key")
    before = snapshot(store_dir)
    with pytest.raises(PrivacyError) as err:
        store.purge([event.id], reason=f"held {planted}")
    assert planted not in str(err.value)
    assert snapshot(store_dir) == before
    store.close()


@pytest.mark.parametrize("where", ["data", "scope"])
def test_a_secret_as_an_unknown_key_is_refused_without_echoing_it(store_dir: Path,
                                                                 where: str) -> None:
    store = _api_store(store_dir)
    planted = secret(71)
    before = snapshot(store_dir)
    with pytest.raises(ValidationError) as err:
        if where == "data":
            store.append("note", {"text": "x", planted: "y"})
        else:
            store.append("note", {"text": "x"}, scope={planted: "y"})
    assert snapshot(store_dir) == before
    store.close()
    assert planted not in str(err.value), "the error message repeats the secret"


# -- the rules of issue 11, through every write path -------------------------------------

GLUES = ("-", "build.", "x-", "--token=-", "v1.")
"""A credential glued to a preceding non-alphanumeric character is still a credential."""


def _one_line_transcript(seed: int) -> str:
    import random

    rng = random.Random(seed)
    question = rng.choice(["how do I fix the flaky lock test?", "why does the build hang?",
                           "can you explain this stack trace?"])
    answer = rng.choice(["retry the flock with a timeout and release it in a finally block.",
                         "the holder never releases the lock when the append raises."])
    return f"{rng.choice(['User', 'Human'])}: {question} {rng.choice(['Assistant', 'AI'])}: {answer}"


def _refuse_cli(cli: CliRunner, store_dir: Path, path: str, name: str, value: str,
                planted: str, format_may_refuse: bool = False) -> None:
    ids = _prepare(store_dir)
    command = COMMANDS[path]
    values = _fill(WRITING[path], ids)
    param = next(p for p in command.params if p.name == name)
    if path == "run" and name == "command":
        values[name] = ("true", value)
    else:
        values[name] = (value,) if param.multiple or param.nargs == -1 else value
    before = snapshot(store_dir)
    out = cli(*path.split(), *_argv(command, values))
    code = 2 if (path, name) in FORMAT_ONLY else 3
    if format_may_refuse and out.returncode == 2 and (
        "format" in out.stderr or "characters" in out.stderr
    ):
        code = 2  # a sentence does not fit a branch name or a version: refused as bad input
    _assert_refused(out, planted, code, before, store_dir, f"{path} {name}")


@pytest.mark.parametrize(("path", "name", "index"), CASES,
                         ids=[f"{c.replace(' ', '-')}--{n}" for c, n, _ in CASES])
def test_a_glued_token_in_any_free_text_parameter_is_refused(cli: CliRunner, store_dir: Path,
                                                            path: str, name: str,
                                                            index: int) -> None:
    planted = secret(200 + index, list(MAKERS)[index % len(MAKERS)])
    param = next(p for p in COMMANDS[path].params if p.name == name)
    glues = GLUES
    if isinstance(param, click.Argument) and not isinstance(param.type,
                                                           click.types.UnprocessedParamType):
        glues = tuple(g for g in GLUES if not g.startswith("-"))  # click would read an option
    glued = glues[index % len(glues)] + planted
    value = SHAPES.get(name, "{s}").format(s=glued)
    _refuse_cli(cli, store_dir, path, name, value, planted)


TEXT_CASES = [c for c in CASES if c[1] not in SHAPES and c[:2] not in FORMAT_ONLY]
"""Free-text parameters whose format takes a sentence (a transcript cannot pass as a repo)."""


@pytest.mark.parametrize(("path", "name", "index"), TEXT_CASES,
                         ids=[f"{c.replace(' ', '-')}--{n}" for c, n, _ in TEXT_CASES])
def test_a_one_line_transcript_in_any_free_text_parameter_is_refused(
    cli: CliRunner, store_dir: Path, path: str, name: str, index: int
) -> None:
    text = _one_line_transcript(index)
    sentence = (path, name) in SENTENCE_FIELDS
    _refuse_cli(cli, store_dir, path, name, text, text, format_may_refuse=not sentence)


MODEL_CLI_PROMPTS = {
    ("note", "text"): 'ollama run llama3.1:8b "draft a short apology to the customer for the late delivery"',
    ("note", "next_actions"): 'claude -p "find out why the nightly export skips the last invoice and fix it"',
    ("config set", "value"): 'llm -m gpt-4o-mini "rewrite the onboarding email so it sounds less formal"',
    ("run", "command"): 'codex exec "migrate the settings page from class components to hooks"',
    ("validation", "command"): 'git diff | llm "summarise these commits for the changelog"',
}
"""Round 10: a model's CLI given a request, as shell history holds it, in the fields an agent
copies commands and notes into."""


@pytest.mark.parametrize(("path", "name"), list(MODEL_CLI_PROMPTS),
                         ids=[f"{p.replace(' ', '-')}--{n}" for p, n in MODEL_CLI_PROMPTS])
def test_a_model_cli_given_a_request_is_refused(cli: CliRunner, store_dir: Path, path: str,
                                                name: str) -> None:
    text = MODEL_CLI_PROMPTS[(path, name)]
    _refuse_cli(cli, store_dir, path, name, text, text)


def test_an_agent_event_record_is_accepted_as_a_note(cli: CliRunner, store_dir: Path) -> None:
    """Round 10's false-positive class: tool names, status, ids and counts, no turn's words."""
    record = ('{"type": "tool_result", "tool_use_id": "toolu_01xq8rW2", "is_error": false, '
              '"content_bytes": 2210} {"type": "assistant", "message": {"role": "assistant", '
              '"model": "m-large", "stop_reason": "tool_use", "usage": {"input_tokens": 5120, '
              '"output_tokens": 88}}}')
    ids = _prepare(store_dir)
    values = {**_fill(WRITING["note"], ids), "text": record}
    out = cli("note", *_argv(COMMANDS["note"], values))
    assert out.returncode == 0, out.stderr
    assert "toolu_01xq8rW2" in (store_dir / "events.jsonl").read_text(encoding="utf-8")


SENTENCE_FIELDS = {("note", "text"), ("note", "next_actions"), ("validation", "summary"),
                   ("validation", "command"), ("run", "command"), ("config set", "value"),
                   ("done", "summary"), ("pointer", "title"), ("purge", "reason"),
                   ("runtime", "detail"), ("health", "detail")}
"""Parameters that take a sentence: a transcript there must reach the privacy filter (exit 3)."""


CONFIG_SECRETS = [
    ("db.password", "random24"),
    ("stripe_api_key", "random40"),
    ("deploy.token", "random32"),
    ("SECRET_KEY_BASE", "random40"),
    ("smtp.pass", "random24"),
]


def _config_value(kind: str, seed: int) -> str:
    import random

    from ._planted import ALNUM, random_chars

    return random_chars(random.Random(f"config/{seed}"), int(kind.removeprefix("random")), ALNUM)


@pytest.mark.parametrize(("key", "kind"), CONFIG_SECRETS)
def test_config_set_judges_the_value_by_its_key(cli: CliRunner, store_dir: Path, key: str,
                                                kind: str) -> None:
    _prepare(store_dir)
    value = _config_value(kind, len(key))
    before = snapshot(store_dir)
    out = cli("config", "set", key, value)
    _assert_refused(out, value, 3, before, store_dir, f"config set {key}")


@pytest.mark.parametrize("value", ["${{ secrets.DB_PASSWORD }}", "op://vault/db/password",
                                   "DB_PASSWORD", "/run/secrets/db", "keychain"])
def test_config_set_keeps_references_under_a_secret_key(cli: CliRunner, store_dir: Path,
                                                       value: str) -> None:
    _prepare(store_dir)
    out = cli("config", "set", "db.password", value)
    assert out.returncode == 0, out.stderr


@pytest.mark.parametrize(("key", "kind"), CONFIG_SECRETS)
@pytest.mark.parametrize("method", ["append", "append_many"])
def test_the_api_judges_a_config_value_by_its_key(store_dir: Path, key: str, kind: str,
                                                  method: str) -> None:
    store = _api_store(store_dir)
    value = _config_value(kind, len(key))
    data = {"key": key, "value": value}
    before = snapshot(store_dir)
    with pytest.raises(PrivacyError) as err:
        if method == "append":
            store.append("config", data)
        else:
            store.append_many([("note", {"text": "ok"}), ("config", data)])
    assert value not in str(err.value) and value not in repr(err.value)
    assert [f.rule for f in err.value.findings] == ["secret-named-field"]
    assert snapshot(store_dir) == before
    store.close()


@pytest.mark.parametrize(("kind", "name", "in_list", "pattern", "is_time"), API_CASES,
                         ids=[f"{c[0]}.{c[1]}" for c in API_CASES])
def test_glued_tokens_and_one_line_transcripts_are_refused_in_every_api_field(
    store_dir: Path, kind: str, name: str, in_list: bool, pattern: str | None, is_time: bool
) -> None:
    if (kind, name) in API_FORMAT_ONLY:
        return  # no credential fits these fields (checked above)
    store = _api_store(store_dir)
    n = len(name) + 31 * len(kind)
    planted = secret(n, list(MAKERS)[n % len(MAKERS)])
    shapes = [_shaped(g + planted, pattern, is_time) for g in GLUES]
    glued = next((x for x in shapes if x is not None), None)
    assert glued is not None, f"{kind}.{name}: no glued shape fits"
    candidates = [(planted, glued, PrivacyError)]
    transcript = _one_line_transcript(n)
    if pattern is None:
        sentence = (kind, name) in {("note", "text"), ("note", "next_actions"),
                                    ("validation", "summary"), ("validation", "command"),
                                    ("config", "value"), ("action_done", "summary")}
        candidates.append((transcript, transcript,
                           PrivacyError if sentence else (PrivacyError, ValidationError)))
    for needle, shaped, expected in candidates:
        slot: Any = [shaped] if in_list else shaped
        before = snapshot(store_dir)
        with pytest.raises(expected) as err:
            if kind == "scope":
                store.append("note", {"text": "x"}, scope={name: slot})
            else:
                data = {**BASE_DATA[kind], name: slot}
                if kind == "config" and name == "source":
                    data["value"] = "v"
                store.append(kind, data)
        assert needle not in str(err.value) and needle not in repr(err.value)
        assert snapshot(store_dir) == before, f"{kind}.{name} changed the store"
    store.close()


def test_scan_finds_a_config_secret_stored_before_the_rule(cli: CliRunner,
                                                           store_dir: Path) -> None:
    from ._planted import plant

    _prepare(store_dir)
    value = _config_value("random24", 99)
    plant(store_dir, "config", {"key": "db.password", "value": value})
    out = cli("scan", "--json")
    assert out.returncode == 3, out.stderr
    assert "secret-named-field" in out.stdout and value not in out.stdout


# -- issue 11 round 5: credentials outside header and assignment syntax -------------------------

def _round5_credential(seed: int) -> tuple[str, str]:
    """(sentence, the secret in it) for one of the round-5 classes, random values: a password
    in prose before or after its noun (English, German, Vietnamese), a passphrase of plain
    words, a signed URL, a webhook path secret."""
    import random

    from ._planted import ALNUM, random_chars

    rng = random.Random(f"round5/{seed}")
    pw = random_chars(rng, 14, ALNUM + "#%+=")
    words = ".".join(rng.sample(["walnut", "cobalt", "meadow", "thistle", "harbor", "quartz",
                                 "lantern", "falcon"], 4))
    sig = random_chars(rng, 43, ALNUM + "-_")
    hexkey = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    forms = [
        (f"my sudo password on the shared box is {pw}, feel free to use it", pw),
        (f"{pw} is the master password for the team vault", pw),
        (f"Das Root-Passwort auf db-2 lautet jetzt {pw}", pw),
        (f"M\u1eadt kh\u1ea9u c\u1ee7a jenkins l\u00e0 {pw}", pw),
        (f"creds are deploy/{words} for now", words),
        (f"https://app.acme.dev/auth/callback?code={sig}&state=1f2e", sig),
        (f"https://events.pagerduty.com/integration/{hexkey}/enqueue", hexkey),
    ]
    return forms[seed % len(forms)]


SENTENCE_CASES = [c for c in TEXT_CASES if c[:2] in SENTENCE_FIELDS]


@pytest.mark.parametrize(("path", "name", "index"), SENTENCE_CASES,
                         ids=[f"{c.replace(' ', '-')}--{n}" for c, n, _ in SENTENCE_CASES])
def test_a_round5_credential_in_any_sentence_parameter_is_refused(
    cli: CliRunner, store_dir: Path, path: str, name: str, index: int
) -> None:
    text, planted = _round5_credential(index)
    _refuse_cli(cli, store_dir, path, name, text, planted)


@pytest.mark.parametrize("seed", range(7))
def test_round5_credentials_are_refused_in_the_api_sentence_fields(store_dir: Path,
                                                                  seed: int) -> None:
    store = _api_store(store_dir)
    text, planted = _round5_credential(seed)
    for kind, data in (("note", {"text": text}), ("note", {"text": "ok", "next_actions": [text]}),
                       ("validation", {"command": "pytest -q", "exit_code": 1, "summary": text}),
                       ("config", {"key": "notes.hint", "value": text})):
        before = snapshot(store_dir)
        with pytest.raises(PrivacyError) as err:
            store.append(kind, data)
        assert planted not in str(err.value) and planted not in repr(err.value)
        assert snapshot(store_dir) == before, f"{kind} changed the store"
    store.close()


def test_scan_finds_round5_credentials_stored_before_the_rules(cli: CliRunner,
                                                              store_dir: Path) -> None:
    from ._planted import plant

    _prepare(store_dir)
    planted = []
    for seed in (0, 4, 5):
        text, secret_part = _round5_credential(seed)
        plant(store_dir, "note", {"text": text})
        planted.append(secret_part)
    out = cli("scan", "--json")
    assert out.returncode == 3, out.stderr
    for rule in ("secret-in-prose", "url-secret-param"):
        assert rule in out.stdout
    assert not any(p in out.stdout for p in planted)


# Session 10: an abbreviated token word ends a compound key (apiTok, GH_TKN), and compose's $$
# escape is a reference, through the config command and the API alike.
ROUND10_CONFIG_SECRETS = [("app.apiTok", "random32"), ("ci.GH_TKN", "random40"),
                          ("bot.slackTok", "random24")]


@pytest.mark.parametrize(("key", "kind"), ROUND10_CONFIG_SECRETS)
def test_config_set_judges_an_abbreviated_token_key(cli: CliRunner, store_dir: Path, key: str,
                                                    kind: str) -> None:
    _prepare(store_dir)
    value = _config_value(kind, len(key))
    before = snapshot(store_dir)
    out = cli("config", "set", key, value)
    _assert_refused(out, value, 3, before, store_dir, f"config set {key}")


@pytest.mark.parametrize(("key", "kind"), ROUND10_CONFIG_SECRETS)
def test_the_api_judges_an_abbreviated_token_key(store_dir: Path, key: str, kind: str) -> None:
    store = _api_store(store_dir)
    value = _config_value(kind, len(key))
    before = snapshot(store_dir)
    with pytest.raises(PrivacyError) as err:
        store.append("config", {"key": key, "value": value})
    assert value not in str(err.value) and value not in repr(err.value)
    assert snapshot(store_dir) == before
    store.close()


def test_config_set_keeps_a_compose_escaped_reference(cli: CliRunner, store_dir: Path) -> None:
    _prepare(store_dir)
    out = cli("config", "set", "db.password", "$$DB_PASSWORD")
    assert out.returncode == 0, out.stderr
