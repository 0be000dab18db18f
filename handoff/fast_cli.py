"""The commonest calls, run without click: `note`, `show`, `brief` and `latest`.

An agent runs these many times a session, and click with the CLI module is about a third
of a read's start-up (docs/design.md, "CLI start-up"). `handoff.entry` hands every argument
list here first; an argument list is run here only when it has one of the plain shapes
below, and anything else (a flag this parser does not know, `--help`, a value that starts
with `-`, an option given twice, `--opt=value`, a bad choice) is declined and goes to the
full CLI, `handoff.cli.main`, which parses, reports and exits exactly as always.

    [--store P] [--agent A] [--session S] [--project J]   (each at most once, any order)
    note TEXT [--next ACTION]... [--expires WHEN] [--tag TAG]... [--json]
    show [--format text|md|json] [--json]
    brief [--budget N] [--for HOST] [--format md|json]
    latest

What a command prints, its exit codes and its error lines are the CLI's: the glue below
calls the same functions the click commands call, errors go through the same redaction
(`handoff.redact`), and tests/test_startup.py runs every shape both ways and compares the output,
the exit code and the stored bytes.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: nothing here runs typing's machinery at start-up
    from collections.abc import Callable
    from typing import Any, NoReturn

_GLOBAL = {"--store": "store", "--agent": "agent", "--session": "session", "--project": "project"}
_ENV = {"store": "HANDOFF_HOME", "agent": "HANDOFF_AGENT", "session": "HANDOFF_SESSION",
        "project": "HANDOFF_PROJECT"}
_HOSTS = ("claude-code", "codex", "opencode")

class Parsed:
    """What `_options` read. (A plain class: building a NamedTuple class runs
    `collections.namedtuple`'s code generation, a third of this module's import.)"""

    __slots__ = ("options", "positional", "repeated")

    def __init__(self) -> None:
        self.options: dict[str, str] = {}
        """Each single option's value ("" for a flag)."""
        self.repeated: dict[str, list[str]] = {}
        """Each repeatable option's values, in order."""
        self.positional: list[str] = []


def _options(args: list[str], takes_value: frozenset[str], flags: frozenset[str],
             repeatable: frozenset[str] = frozenset()) -> Parsed | None:
    """Options and positionals in click's plain shapes; None for anything else."""
    parsed = Parsed()
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        if arg in flags and arg not in parsed.options:
            parsed.options[arg] = ""
        elif arg in takes_value and rest and not rest[0].startswith("-"):
            if arg in repeatable:
                parsed.repeated.setdefault(arg, []).append(rest.pop(0))
            elif arg in parsed.options:
                return None
            else:
                parsed.options[arg] = rest.pop(0)
        elif arg == "-" or not arg.startswith("-"):
            parsed.positional.append(arg)
        else:
            return None
    return parsed


def _globals(argv: list[str]) -> tuple[dict[str, str | None], list[str]] | None:
    given: dict[str, str] = {}
    at = 0
    while at < len(argv) and argv[at].startswith("-"):
        name = _GLOBAL.get(argv[at])
        if name is None or name in given or at + 1 >= len(argv) or argv[at + 1].startswith("-"):
            return None
        given[name] = argv[at + 1]
        at += 2
    # As click resolves them: the option, else the environment variable if not empty.
    obj = {name: given[name] if name in given else (os.environ.get(env) or None) for name, env in _ENV.items()}
    return obj, argv[at:]


def _warn(message: str) -> None:
    from .redact import redacted

    _write(sys.stderr, f"handoff: warning: {redacted(message)}\n")  # as handoff.cli._warn


def _open(obj: dict[str, str | None], *, create: bool) -> Any:
    from .store import open_store

    store = open_store(obj["store"], create=create)
    store.on_warning = _warn
    return store


def _write(stream: Any, text: str) -> None:
    """Write as click.echo does: on a stream whose encoding is ASCII (a C locale without
    UTF-8 coercion), UTF-8 with unencodable characters replaced; else the stream as is."""
    import codecs

    if stream is None:  # started without that descriptor: click.echo prints nothing, and neither do we
        return
    if codecs.lookup(getattr(stream, "encoding", None) or "ascii").name == "ascii":
        stream.flush()
        stream.buffer.write(text.encode("utf-8", "replace"))
        stream.buffer.flush()
    else:
        stream.write(text)
        stream.flush()


def _echo(text: str, nl: bool = True) -> None:
    _write(sys.stdout, text + "\n" if nl else text)


def _json(obj: Any) -> str:
    import orjson

    return orjson.dumps(obj, option=orjson.OPT_INDENT_2).decode()


# -- the commands: the same calls as their click commands in handoff.cli / agent_cli -------


def _note(obj: dict[str, str | None], args: list[str]) -> Callable[[], None] | None:
    parsed = _options(args, frozenset({"--next", "--expires", "--tag"}), frozenset({"--json"}),
                      frozenset({"--next", "--tag"}))
    if parsed is None or len(parsed.positional) != 1:
        return None
    options, (text,) = parsed.options, parsed.positional
    next_actions = parsed.repeated.get("--next", [])
    tags = parsed.repeated.get("--tag", [])

    def run() -> None:
        data: dict[str, Any] = {"text": sys.stdin.read() if text == "-" else text}
        if next_actions:
            data["next_actions"] = next_actions
        if options.get("--expires"):
            from .times import when

            data["expires_at"] = when(options["--expires"])
        if tags:
            data["tags"] = tags
        store = _open(obj, create=True)
        try:
            scope = {k: v for k in ("project", "agent", "session") if (v := obj.get(k))}
            event = store.append("note", data, scope=scope)
            if "--json" in options:
                _echo(_json(event.to_record()))
            else:
                ids = ", ".join(f"{event.seq}.{i}" for i in range(1, len(next_actions) + 1))
                _echo(f"recorded note #{event.seq}" + (f" (next actions {ids})" if ids else ""))
        finally:
            store.close()

    return run


def _show(obj: dict[str, str | None], args: list[str]) -> Callable[[], None] | None:
    parsed = _options(args, frozenset({"--format"}), frozenset({"--json"}))
    if parsed is None or parsed.positional or parsed.options.get("--format", "text") not in ("text", "md", "json"):
        return None
    options = parsed.options

    def run() -> None:
        from . import freshness, render

        store = _open(obj, create=False)
        try:
            state = store.latest()
            view = freshness.assess(state)
            fmt = options.get("--format", "text")
            if "--json" in options or fmt == "json":
                _echo(_json({"state": state, "assessment": view}))
            elif fmt == "md":
                _echo(render.markdown(state, view), nl=False)
            else:
                _echo(render.text(state, view), nl=False)
        finally:
            store.close()

    return run


def _brief(obj: dict[str, str | None], args: list[str]) -> Callable[[], None] | None:
    parsed = _options(args, frozenset({"--budget", "--for", "--format"}), frozenset())
    if parsed is None or parsed.positional:
        return None
    options = parsed.options
    budget = options.get("--budget")
    if budget is not None and not (budget.isascii() and budget.isdigit() and int(budget) >= 2000):
        return None
    if options.get("--for", _HOSTS[0]) not in _HOSTS or options.get("--format", "md") not in ("md", "json"):
        return None

    def run() -> None:
        from .brief import build

        store = _open(obj, create=False)
        try:
            result = build(store.latest(), host=options.get("--for"),
                           budget=int(budget) if budget is not None else None)
            if options.get("--format") == "json":
                _echo(_json(result.to_dict()))
            else:
                _echo(result.text, nl=False)
        finally:
            store.close()

    return run


def _latest(obj: dict[str, str | None], args: list[str]) -> Callable[[], None] | None:
    if args:
        return None

    def run() -> None:
        from .state import render

        store = _open(obj, create=False)
        try:
            _echo(render(store.latest()).decode(), nl=False)
        finally:
            store.close()

    return run


COMMANDS = {"note": _note, "show": _show, "brief": _brief, "latest": _latest}


def plan(argv: list[str]) -> Callable[[], None] | None:
    """The call to run for argv, if it has one of the plain shapes; else None."""
    split = _globals(argv)
    if split is None or not split[1]:
        return None
    obj, (name, *args) = split
    command = COMMANDS.get(name)
    return command(obj, args) if command is not None else None


def run(call: Callable[[], None]) -> int:
    """Run a planned call; errors exactly as `handoff.cli.main` reports them."""
    from .errors import HandoffError

    try:
        call()
    except HandoffError as exc:
        from .redact import redacted

        _write(sys.stderr, f"handoff: error: {redacted(str(exc))}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        _write(sys.stderr, "handoff: interrupted\n")
        return 130
    except OSError as exc:
        from .redact import redacted

        where = getattr(exc, "filename", "") or ""
        _write(sys.stderr, redacted(f"handoff: error: {exc.strerror or exc} ({where})") + "\n")
        return 1
    return 0


def finish(code: int) -> NoReturn:
    """Exit with `code` once a planned call has run, without the interpreter's teardown.

    Tearing down the ~150 modules a call loaded (module dicts, then a garbage collection)
    costs ~3 ms of CPU, about a tenth of a `show`, and nothing of ours needs it: every
    command has closed its store (its files are written with `os.write`, so no buffer is
    left) and printed through `_write`, which flushes. What a normal exit still does that
    someone could rely on is done here first: the `atexit` functions (a coverage hook,
    tests/test_startup.py's probe) and a last flush of stdout and stderr, whose failure
    exits 120 as the interpreter does."""
    import atexit

    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:  # None when the process started without that descriptor
                stream.flush()
        except (OSError, ValueError):
            code = 120
    os._exit(code)
