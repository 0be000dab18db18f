"""The `handoff` command line.

An agent calls this many times a session, so start-up is kept lean: only click is
imported up front; the store and the privacy rules are imported inside the commands that
need them, a write validates without pydantic (`handoff.validator`), and the commands of
other modules are imported only when they run (`LAZY_COMMANDS`). The commonest calls
(`note`, `show`, `brief`, `latest`) skip this module and click entirely
(`handoff.entry`).

Exit codes (documented in `handoff --help` and README):
  0 ok, 1 other error, 2 bad input, 3 privacy rejection (or `scan` found something),
  4 lock timeout, 5 corrupt store (or `scan` skipped unreadable lines), 6 newer schema
  version, 7 no store, 8 not found, 9 database server unreachable or timed out;
  `handoff run` exits with the command's own exit code.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from .cli_lazy import LazyCommand, LazyGroup
from .redact import TOKENLIKE as _TOKENLIKE
from .redact import redacted as _redacted

if TYPE_CHECKING:
    from .events import Event
    from .store import Store

F = TypeVar("F", bound=Callable[..., Any])

EXIT_CODES = """\b
Exit codes:
  0 ok              4 lock timeout
  1 other error     5 corrupt store (see `handoff doctor`)
  2 bad input       6 store written by a newer schema version
  3 privacy filter  7 no store here (run `handoff init`)
                    8 not found (event or action id)
                    9 database server unreachable or timed out
`handoff scan` exits 3 when a stored event fails the current privacy rules,
5 when it had to skip unreadable lines.
`handoff run` exits with the command's own exit code."""


# -- shared plumbing ---------------------------------------------------------------------


def _dump(obj: Any) -> str:
    import orjson

    return orjson.dumps(obj, option=orjson.OPT_INDENT_2).decode()


def _echo_json(obj: Any) -> None:
    click.echo(_dump(obj))


def json_option(f: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")(f)


def _store(ctx: click.Context, *, create: bool = True, backend: str | None = None,
           config: dict[str, Any] | None = None) -> Store:
    from .store import open_store

    obj = ctx.find_root().obj
    store = open_store(obj["store"], create=create, backend=backend, config=config)
    store.on_warning = _warn
    ctx.call_on_close(store.close)
    return store


def _warn(message: str) -> None:
    click.echo(f"handoff: warning: {_redacted(message)}", err=True)


def _scope(ctx: click.Context) -> dict[str, str]:
    obj = ctx.find_root().obj
    return {k: v for k in ("project", "agent", "session") if (v := obj.get(k))}


def _record(ctx: click.Context, kind: str, data: dict[str, Any], as_json: bool,
            describe: Callable[[Event], str] | None = None) -> Event:
    store = _store(ctx)
    event = store.append(kind, data, scope=_scope(ctx))
    if as_json:
        _echo_json(event.to_record())
    else:
        click.echo(describe(event) if describe else f"recorded {kind} #{event.seq}")
    return event


def _when(value: str | None) -> str | None:
    """Accept an absolute RFC 3339 time or a duration from now: 90s, 30m, 2h, 3d."""
    if value is None:
        return None
    from .times import when

    return when(value)


def _text_arg(value: str) -> str:
    """`-` means: read the text from standard input."""
    return sys.stdin.read() if value == "-" else value


# -- the group ---------------------------------------------------------------------------

LAZY_COMMANDS = {
    # Commands in other modules: imported only when dispatched to. Add a new command module
    # here (name -> "module:attribute" and its help's first paragraph), not with a
    # register(cli) call, which would import it on every command.
    "brief": LazyCommand("handoff.agent_cli:brief",
                         "The session-start brief: must-read items first, sized to a budget."),
    "hooks": LazyCommand("handoff.agent_cli:hooks",
                         "Install or remove the session-start hooks of Claude Code, Codex and OpenCode."),
    "hook": LazyCommand("handoff.agent_cli:hook",
                        "What the installed hooks run (reads the host's JSON on stdin; always exits 0)."),
    "mcp": LazyCommand("handoff.agent_cli:mcp", "Serve the store as MCP tools over stdio (needs the `mcp` extra)."),
    "query": LazyCommand("handoff.query_cli:query",
                         "Run one read-only SQL SELECT over the history (DuckDB, offline, any backend)."),
    "report": LazyCommand("handoff.query_cli:report",
                          "Run a canned report (a SQL file inside the package; `--list` names them)."),
    "import": LazyCommand("handoff.import_cli:import_group",
                          "Import existing state once: a proxy's usage log, another store's events."),
    "compact": LazyCommand("handoff.compact_cli:compact",
                           "Remove events older than the retention horizon that the latest state no "
                           "longer depends on, leaving one content-free tombstone with their counts."),
}


@click.group(cls=LazyGroup, lazy=LAZY_COMMANDS, epilog=EXIT_CODES,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--store", "store_path", metavar="PATH", envvar="HANDOFF_HOME",
              help="Store directory. Default: $HANDOFF_HOME, else .handoff/ at the git root, "
                   "else the per-user state directory.")
@click.option("--agent", envvar="HANDOFF_AGENT", help="Scope: the agent writing ($HANDOFF_AGENT).")
@click.option("--session", envvar="HANDOFF_SESSION", help="Scope: session id ($HANDOFF_SESSION).")
@click.option("--project", envvar="HANDOFF_PROJECT", help="Scope: project ($HANDOFF_PROJECT).")
@click.version_option(package_name="handoff-store", message="handoff %(version)s")
@click.pass_context
def cli(ctx: click.Context, store_path: str | None, agent: str | None, session: str | None,
        project: str | None) -> None:
    """handoff: the privacy-safe working context a coding agent's next session resumes from.

    Writes go to an append-only event log; latest.json is the current state.
    Prompts, model output, chat text and credentials are rejected, never stored.
    """
    ctx.obj = {"store": store_path, "agent": agent, "session": session, "project": project}


BACKEND_CHOICE = click.Choice(["jsonl", "sqlite", "postgres"])


def dsn_options(f: F) -> F:
    """--dsn and --schema: where a PostgreSQL store lives (never with a password)."""
    f = click.option("--schema", help="postgres: the schema of the store (default: the database's one "
                     "handoff store when joining, else a new one).")(f)
    return click.option("--dsn", help="postgres: the connection string, without a password "
                        "(libpq takes it from ~/.pgpass, PGPASSWORD, a service file or a certificate).")(f)


def _postgres_config(backend: str | None, dsn: str | None, schema: str | None, *,
                     join: bool) -> dict[str, Any] | None:
    from .errors import ValidationError

    if backend != "postgres":
        if dsn is not None or schema is not None:
            raise ValidationError("--dsn and --schema are for --backend/--to postgres")
        return None
    if join:
        from .backends.postgres import join_config

        return join_config(dsn, schema)
    return {"dsn": dsn, "schema": schema}


@cli.command()
@click.option("--backend", type=BACKEND_CHOICE,
              help="Where a new store keeps its events (default: $HANDOFF_BACKEND, else jsonl).")
@dsn_options
@json_option
@click.pass_context
def init(ctx: click.Context, backend: str | None, dsn: str | None, schema: str | None, as_json: bool) -> None:
    """Create the store (idempotent) and print where it is.

    With `--backend postgres --dsn DSN` the new store directory joins the store in that
    database (or creates one): every machine's directory sharing one set of events.
    """
    store = _store(ctx, backend=backend, config=_postgres_config(backend, dsn, schema, join=True))
    latest = store.latest()
    info = {"store": str(store.root), "backend": store.backend.name,
            "events": latest["meta"]["events_total"]}
    if as_json:
        _echo_json(info)
    else:
        click.echo(f"store at {info['store']} ({info['backend']}, {info['events']} events)")


# -- writes ------------------------------------------------------------------------------


@cli.command()
@click.argument("text")
@click.option("--next", "next_actions", multiple=True, metavar="ACTION",
              help="A next action for the following session (repeatable).")
@click.option("--expires", metavar="WHEN", help="When the note stops being current: 2h, 3d, or a time.")
@click.option("--tag", "tags", multiple=True, help="A tag (repeatable).")
@json_option
@click.pass_context
def note(ctx: click.Context, text: str, next_actions: tuple[str, ...], expires: str | None,
         tags: tuple[str, ...], as_json: bool) -> None:
    """Leave a handoff note (TEXT, or - to read it from stdin) with next actions."""
    data: dict[str, Any] = {"text": _text_arg(text)}
    if next_actions:
        data["next_actions"] = list(next_actions)
    if expires:
        data["expires_at"] = _when(expires)
    if tags:
        data["tags"] = list(tags)

    def describe(e: Event) -> str:
        ids = ", ".join(f"{e.seq}.{i}" for i in range(1, len(next_actions) + 1))
        return f"recorded note #{e.seq}" + (f" (next actions {ids})" if ids else "")

    _record(ctx, "note", data, as_json, describe)


@cli.command()
@click.argument("action_id")
@click.option("--summary", help="How it was resolved (one line).")
@json_option
@click.pass_context
def done(ctx: click.Context, action_id: str, summary: str | None, as_json: bool) -> None:
    """Resolve a next action (e.g. 42.1), or close a whole note (42)."""
    data: dict[str, Any] = {"action": action_id}
    if summary:
        data["summary"] = summary
    _record(ctx, "action_done", data, as_json, lambda e: f"resolved {action_id}")


def _origin_repo() -> str | None:
    """owner/name of the enclosing checkout's `origin` remote, if it is a forge URL."""
    import re
    import subprocess

    try:
        url = subprocess.run(["git", "remote", "get-url", "origin"], capture_output=True,
                             text=True, timeout=5).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    match = re.search(r"[:/]([A-Za-z0-9][A-Za-z0-9._-]*)/([A-Za-z0-9._-]+?)(?:\.git)?/?$", url)
    return f"{match.group(1)}/{match.group(2)}" if match else None


@cli.command()
@click.option("--repo", help="owner/name (default: the origin remote of this checkout).")
@click.option("--fork", help="owner/name of the fork you push to.")
@click.option("--branch")
@click.option("--base", help="The branch a PR targets.")
@click.option("--pr", type=int, help="PR number.")
@click.option("--pr-url")
@click.option("--issue", type=int, help="Issue number.")
@click.option("--issue-url")
@click.option("--title", help="PR or issue title (one line).")
@click.option("--state", type=click.Choice(["open", "merged", "closed"]))
@click.option("--unset", "unset", multiple=True, metavar="FIELD",
              type=click.Choice(["fork", "branch", "base", "pr", "pr_url", "issue", "issue_url",
                                 "title", "state"]), help="Remove a field (repeatable).")
@click.option("--clear", is_flag=True, help="Drop the whole pointer for --repo.")
@json_option
@click.pass_context
def pointer(ctx: click.Context, /, repo: str | None, unset: tuple[str, ...], clear: bool,
            as_json: bool, **fields: Any) -> None:
    """Set what is active: repository, fork, branch, PR, issue."""
    repo = repo or _origin_repo()
    if not repo:
        raise click.UsageError("give --repo owner/name (no origin remote found)")
    data: dict[str, Any] = {"repo": repo, **{k: v for k, v in fields.items() if v is not None}}
    if unset:
        data["unset"] = list(unset)
    if clear:
        data["clear"] = True
    _record(ctx, "pointer", data, as_json, lambda e: f"pointer {repo} #{e.seq}")


def _validation_data(command: str, exit_code: int, duration: float | None, summary: str | None,
                     commit: str | None, branch: str | None, repo: str | None) -> dict[str, Any]:
    if commit is None or branch is None:
        from .freshness import git_head

        head_commit, head_branch = git_head()
        commit = commit or head_commit
        branch = branch or head_branch
    data: dict[str, Any] = {"command": command, "exit_code": exit_code}
    for key, value in (("duration_s", duration), ("summary", summary), ("commit", commit),
                       ("branch", branch), ("repo", repo)):
        if value is not None:
            data[key] = value
    return data


def _validation_text(e: Event) -> str:
    verdict = "passed" if e.data["passed"] else "failed"
    return f"recorded validation #{e.seq}: {e.data['command']} {verdict} (exit {e.data['exit_code']})"


@cli.command()
@click.option("--command", "command", required=True, help="The command line that ran.")
@click.option("--exit-code", type=int, required=True)
@click.option("--duration", type=float, help="Seconds it took.")
@click.option("--summary", help='A one-line result, e.g. "212 passed, 3 skipped". Never the output.')
@click.option("--commit", help="Commit it ran on (default: HEAD of this checkout).")
@click.option("--branch", help="Branch it ran on (default: this checkout's branch).")
@click.option("--repo", help="owner/name.")
@json_option
@click.pass_context
def validation(ctx: click.Context, command: str, exit_code: int, duration: float | None,
               summary: str | None, commit: str | None, branch: str | None, repo: str | None,
               as_json: bool) -> None:
    """Record a validation command's result that ran elsewhere."""
    data = _validation_data(command, exit_code, duration, summary, commit, branch, repo)
    _record(ctx, "validation", data, as_json, _validation_text)


@cli.command(context_settings={"ignore_unknown_options": True, "allow_interspersed_args": False})
@click.option("--summary", help="A one-line result to record with it (never the output).")
@click.option("--repo", help="owner/name.")
@json_option
@click.argument("command", nargs=-1, required=True, type=click.UNPROCESSED)
@click.pass_context
def run(ctx: click.Context, summary: str | None, repo: str | None, as_json: bool,
        command: tuple[str, ...]) -> None:
    """Run a command (after --), record exit code, duration and commit, exit with its code.

    The command's output goes to your terminal and is never recorded.
    """
    import shlex
    import subprocess
    import time

    argv = list(command)
    if argv and argv[0] == "--":
        argv = argv[1:]
    if not argv:
        raise click.UsageError("give a command after --")
    started = time.monotonic()
    try:
        code = subprocess.call(argv)
    except FileNotFoundError:
        code = 127
        click.echo(_redacted(f"handoff: error: command not found: {argv[0][:80]}"), err=True)
    except PermissionError:
        code = 126
        click.echo(_redacted(f"handoff: error: permission denied: {argv[0][:80]}"), err=True)
    duration = round(time.monotonic() - started, 3)
    code = code if -255 <= code <= 255 else 255
    data = _validation_data(shlex.join(argv), code, duration, summary, None, None, repo)
    _record(ctx, "validation", data, as_json, _validation_text)
    ctx.exit(code if code >= 0 else 128 - code)  # killed by signal N: exit 128+N, as shells do


@cli.command()
@click.argument("component")
@click.argument("status", type=click.Choice(["up", "running", "starting", "degraded", "down",
                                             "stopped", "error", "unknown"]), required=False)
@click.option("--version", "version_", help="Component version.")
@click.option("--port", type=int)
@click.option("--url")
@click.option("--detail", help="One line of detail.")
@click.option("--clear", is_flag=True, help="Forget this component.")
@json_option
@click.pass_context
def runtime(ctx: click.Context, component: str, status: str | None, version_: str | None,
            port: int | None, url: str | None, detail: str | None, clear: bool,
            as_json: bool) -> None:
    """Record a runtime component's state (a dev server, proxy, daemon)."""
    if status is None and not clear:
        raise click.UsageError("give a STATUS, or --clear")
    data: dict[str, Any] = {"component": component, "status": status or "unknown"}
    for key, value in (("version", version_), ("port", port), ("url", url), ("detail", detail)):
        if value is not None:
            data[key] = value
    if clear:
        data["clear"] = True
    _record(ctx, "runtime", data, as_json, lambda e: f"runtime {component}: {data['status']} #{e.seq}")


@cli.command()
@click.argument("provider")
@click.argument("model")
@click.argument("status", type=click.Choice(["ok", "degraded", "down", "rate_limited"]))
@click.option("--error-class", help="e.g. RateLimitError, overloaded_error, 529.")
@click.option("--remaining", type=int, help="Requests or tokens left in the window.")
@click.option("--limit", type=int, help="The window's limit.")
@click.option("--reset", "reset_at", metavar="WHEN", help="When the limit resets: 15m, or a time.")
@click.option("--retry-after", type=float, help="Seconds the provider asked to wait.")
@click.option("--detail", help="One line of detail.")
@json_option
@click.pass_context
def health(ctx: click.Context, provider: str, model: str, status: str, error_class: str | None,
           remaining: int | None, limit: int | None, reset_at: str | None,
           retry_after: float | None, detail: str | None, as_json: bool) -> None:
    """Record a model or upstream's health and rate-limit window."""
    data: dict[str, Any] = {"provider": provider, "model": model, "status": status}
    for key, value in (("error_class", error_class), ("rate_limit_remaining", remaining),
                       ("rate_limit_limit", limit), ("reset_at", _when(reset_at)),
                       ("retry_after_s", retry_after), ("detail", detail)):
        if value is not None:
            data[key] = value
    _record(ctx, "model_health", data, as_json, lambda e: f"{provider}/{model}: {status} #{e.seq}")


@cli.group()
def config() -> None:
    """Record non-secret configuration facts (never credentials)."""


def _typed(value: str, kind: str) -> Any:
    if kind == "str":
        return value
    if kind == "bool":
        if value.lower() in ("true", "yes", "1", "on"):
            return True
        if value.lower() in ("false", "no", "0", "off"):
            return False
        raise click.BadParameter("not a boolean (true/false)")
    import math

    try:
        number = int(value) if kind == "int" else float(value)
    except ValueError:
        raise click.BadParameter(f"not an {kind}" if kind == "int" else "not a number") from None
    if isinstance(number, int) and abs(number) > 2**53:
        raise click.BadParameter("an int must lie within ±2**53 (JSON readers lose precision beyond)")
    if isinstance(number, float) and not math.isfinite(number):
        raise click.BadParameter("a float must be finite (inf and nan are not numbers JSON can hold)")
    return number


@config.command("set")
@click.argument("key")
@click.argument("value")
@click.option("--type", "value_type", type=click.Choice(["str", "int", "float", "bool"]),
              default="str", show_default=True)
@click.option("--source", help="Where the fact comes from (a file, a flag, a person).")
@json_option
@click.pass_context
def config_set(ctx: click.Context, key: str, value: str, value_type: str, source: str | None,
               as_json: bool) -> None:
    """Set KEY to VALUE."""
    data: dict[str, Any] = {"key": key, "value": _typed(value, value_type)}
    if source:
        data["source"] = source
    _record(ctx, "config", data, as_json, lambda e: f"config {key} set #{e.seq}")


@config.command("unset")
@click.argument("key")
@json_option
@click.pass_context
def config_unset(ctx: click.Context, key: str, as_json: bool) -> None:
    """Forget KEY."""
    _record(ctx, "config", {"key": key, "unset": True}, as_json, lambda e: f"config {key} unset #{e.seq}")


@config.command("get")
@click.argument("key")
@json_option
@click.pass_context
def config_get(ctx: click.Context, key: str, as_json: bool) -> None:
    """Print KEY's current value (exit 8 if unset)."""
    from .errors import NotFound

    entry = _store(ctx, create=False).latest()["config"].get(key)
    if entry is None:
        raise NotFound("that config key is not set")  # never echoed: a key is input too
    if as_json:
        _echo_json(entry)
    else:
        click.echo(entry["value"])


# -- reads -------------------------------------------------------------------------------


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["text", "md", "json"]), default="text",
              show_default=True, help="text for people, md for an agent's context, json.")
@json_option
@click.pass_context
def show(ctx: click.Context, fmt: str, as_json: bool) -> None:
    """What is current, what is stale and why."""
    from . import freshness, render

    state = _store(ctx, create=False).latest()
    view = freshness.assess(state)
    if as_json or fmt == "json":
        _echo_json({"state": state, "assessment": view})
    elif fmt == "md":
        click.echo(render.markdown(state, view), nl=False)
    else:
        click.echo(render.text(state, view), nl=False)


@cli.command()
@click.pass_context
def latest(ctx: click.Context) -> None:
    """Print latest.json (brought up to date with the log first)."""
    from .state import render

    click.echo(render(_store(ctx, create=False).latest()).decode(), nl=False)


def _since_filter(since: str | None) -> tuple[int | None, str | None]:
    """--since takes a seq number, a duration (2h) or a time."""
    if since is None:
        return None, None
    if since.isdigit():
        return int(since), None
    from .times import when

    return None, when(since, ago=True, default_utc=True)


@cli.command()
@click.option("--kind", type=click.Choice(["pointer", "validation", "runtime", "note",
                                           "action_done", "model_health", "config", "purge",
                                           "compact"]))
@click.option("--since", help="Only events after a seq number, a duration ago (2h), or a time.")
@click.option("--limit", type=click.IntRange(min=1, max=10**9), help="Only the last N matching events.")
@json_option
@click.pass_context
def log(ctx: click.Context, kind: str | None, since: str | None, limit: int | None,
        as_json: bool) -> None:
    """List events from the log, oldest first (JSON Lines with --json)."""
    import orjson

    since_seq, since_ts = _since_filter(since)
    store = _store(ctx, create=False)
    # --limit reads back from the end and --since searches for its start: the cost is
    # what is printed, not the size of the log (`Store.events`).
    selected = store.events(kind=kind, since_seq=since_seq, since_ts=since_ts, limit=limit)
    out = sys.stdout
    for event in selected:
        if as_json:
            out.write(orjson.dumps(event.to_record()).decode() + "\n")
        else:
            out.write(f"{event.seq:>6}  {event.ts[:19]}Z  {event.kind:<12} {_summary(event)}\n")
    if store.last_read.skipped:
        click.echo(f"handoff: warning: skipped {len(store.last_read.skipped)} unreadable line(s); "
                   "run `handoff doctor`", err=True)


def _summary(event: Event) -> str:
    d = event.data
    match event.kind:
        case "note":
            first = d["text"].splitlines()[0] if d["text"].strip() else ""
            return first[:100] + (f"  (+{len(d['next_actions'])} actions)" if d.get("next_actions") else "")
        case "validation":
            return f"{'PASS' if d['passed'] else 'FAIL'} exit {d['exit_code']}: {d['command'][:80]}"
        case "pointer":
            return " ".join(f"{k}={v}" for k, v in d.items())[:120]
        case "model_health":
            return f"{d['provider']}/{d['model']} {d['status']}"
        case "runtime":
            return f"{d['component']} {d['status']}"
        case "config":
            return f"{d['key']} unset" if d.get("unset") else f"{d['key']} = {d['value']!r}"[:120]
        case "action_done":
            return str(d["action"])
        case "purge":
            return f"purged {len(d['event_ids'])} event(s)"
        case "compact":
            return f"compacted {d['removed']} event(s) older than {d['before'][:10]}"
    return ""


@cli.command()
@json_option
@click.pass_context
def rebuild(ctx: click.Context, as_json: bool) -> None:
    """Recompute latest.json from the whole log."""
    state = _store(ctx, create=False).rebuild()
    meta = state["meta"]
    if as_json:
        _echo_json(meta)
    else:
        click.echo(f"rebuilt latest.json from {meta['events_total']} events (last seq {meta['last_seq']})")


@cli.command()
@click.option("--fix", is_flag=True,
              help="Repair what can be repaired without losing data, then check everything again.")
@json_option
@click.pass_context
def doctor(ctx: click.Context, fix: bool, as_json: bool) -> None:
    """Check the store (exit 5 if a problem remains).

    Checks the store's files (a link, FIFO, device or directory where a file belongs),
    store.json, the log (unreadable lines, torn tail, duplicate ids or seqs, seq gaps no
    purge explains), latest.json against a rebuild, leftover temp files and permissions.
    --fix moves unsafe entries and bad lines into quarantine/ (bytes kept verbatim),
    recreates store.json from the log, republishes latest.json, tightens permissions,
    then runs every check again: it exits 0 only if all pass, else lists what is left.
    """
    from .doctor import run
    from .locations import resolve

    report = run(resolve(ctx.find_root().obj["store"]), fix=fix)
    info = report.to_dict()
    if as_json:
        _echo_json(info)
    else:
        for repair in report.repairs:
            click.echo(f"fixed: {repair}")
        for problem in report.problems:
            click.echo(f"{'not fixed' if fix else 'problem'}: {problem}")
        if report.quarantine_file:
            click.echo(f"quarantined {report.quarantined_bytes} bytes in {report.quarantine_file}")
        if report.ok:
            click.echo(f"ok: {report.health.records} events, latest.json current")
        stats = report.stats
        if stats:
            counts = ", ".join(f"{k} {n}" for k, n in stats["event_counts"].items())
            click.echo(f"size: {stats['size_bytes']} bytes; events: {counts or 'none'}; oldest: "
                       f"{stats['oldest_event_age_days']} days ago (keep {stats['keep_days']} days)")
        for suggestion in report.suggestions:
            click.echo(f"suggestion: {suggestion}")
    if not report.ok:
        ctx.exit(5)


@cli.command()
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default="schemas",
              show_default=True, help="Directory to write the JSON Schema files into.")
@click.option("--check", is_flag=True, help="Exit 1 if the files differ from the models.")
def schema(out_dir: str, check: bool) -> None:
    """Write the JSON Schemas of the envelope, each kind and latest.json."""
    from pathlib import Path

    from .schemas import generate

    target = Path(out_dir)
    stale = []
    for name, payload in generate().items():
        path = target / name
        if check:
            if not path.exists() or path.read_bytes() != payload:
                stale.append(name)
            continue
        target.mkdir(parents=True, exist_ok=True)
        path.write_bytes(payload)
        click.echo(f"wrote {path}")
    if stale:
        click.echo(f"handoff: schemas differ from the models: {', '.join(stale)}", err=True)
        sys.exit(1)


# -- privacy audit -----------------------------------------------------------------------


def _progress(doing: str, quiet: bool = False) -> Callable[[int, int], None] | None:
    """A percentage on stderr while a big store is worked through, only for a person
    watching.

    The callbacks fire every few thousand events, so small stores never print anything.
    Never on a pipe or a file (scripts get clean stderr), never with --quiet.
    """
    from .progress import percent, progress_line

    line = progress_line(False if quiet else None)
    if line is None:
        return None

    def show(position: int, end: int) -> None:
        line(f"{doing}... {percent(position, end)}%")

    return show


def _scan_progress() -> Callable[[int, int], None] | None:
    return _progress("scanning")


@cli.command()
@click.option("--to", "target", type=BACKEND_CHOICE, required=True, help="The backend to move to.")
@click.option("--quiet", is_flag=True, help="No progress on the terminal.")
@dsn_options
@json_option
@click.pass_context
def promote(ctx: click.Context, target: str, quiet: bool, dsn: str | None, schema: str | None,
            as_json: bool) -> None:
    """Move the store onto another backend (jsonl -> sqlite, or back).

    The same events are replayed byte for byte, in batches that each commit with a
    record of how far they got: a promotion killed at any point resumes where it stopped
    and never duplicates. The switch happens only after the new backend holds exactly the
    same events and folds into the same latest.json. The old backend's files are left as
    they were. Run again on a promoted store to merge events an older handoff appended
    to events.jsonl since (by id; never overwriting newer ones).
    """
    progress = _progress(f"promoting to {target}", quiet)
    config = _postgres_config(target, dsn, schema, join=False)
    store = _store(ctx, create=False)
    report = store.promote(target, progress=progress, config=config)
    where = getattr(store.backend, "schema", None)  # postgres: the schema others join
    if progress is not None:
        sys.stderr.write("\r\033[K")
    if as_json:
        _echo_json(report.to_dict())
        return
    for note in report.notes:
        click.echo(note)
    if report.switched:
        click.echo(f"promoted {report.events} events from {report.source} to {report.target}"
                   + (f" (schema {where})" if where else "") + "; "
                   f"verified and switched ({report.copied} copied"
                   + (f", {report.skipped} already there)" if report.skipped else ")"))


@cli.command()
@click.argument("path", type=click.Path(file_okay=False))
@json_option
@click.pass_context
def backup(ctx: click.Context, path: str, as_json: bool) -> None:
    """Write a consistent, verified copy of the store into the new directory PATH.

    Other processes may keep appending meanwhile. The copy is checked, then MANIFEST.json
    records each file's sha256; `handoff restore PATH` verifies it before using it.
    """
    report = _store(ctx, create=False).backup(path)
    if as_json:
        _echo_json(report.to_dict())
    else:
        click.echo(f"backed up {report.events} events ({report.backend}) to {path}")


@cli.command()
@click.argument("path", type=click.Path(file_okay=False))
@click.option("--force", is_flag=True, help="Restore even if the store holds events the backup lacks.")
@json_option
@click.pass_context
def restore(ctx: click.Context, path: str, force: bool, as_json: bool) -> None:
    """Replace the store's data with the backup in PATH, verified first.

    An empty, foreign or damaged backup (a checksum that does not match) is refused and
    the store left as it was; so is a backup that lacks events the store holds, unless
    --force. Stop other writers first: they would write into the old data.
    """
    report = _store(ctx).restore(path, force=force)
    if as_json:
        _echo_json(report.to_dict())
    else:
        dropped = f"; {report.dropped} event(s) not in the backup were dropped" if report.dropped else ""
        click.echo(f"restored {report.events} events ({report.backend}) from {path}{dropped}")


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.option("--force", is_flag=True, help="Replace PATH if it exists.")
@click.argument("path", type=click.Path(dir_okay=False))
@json_option
@click.pass_context
def export(ctx: click.Context, fmt: str, force: bool, path: str, as_json: bool) -> None:
    """Write every event to PATH as a JSONL log (full fidelity, written atomically).

    Lines are byte-identical to the lines the events came from, whichever backend is
    active; a JSONL store can use the file as its events.jsonl.
    """
    count = _store(ctx, create=False).export(path, overwrite=force)
    if as_json:
        _echo_json({"path": path, "format": fmt, "events": count})
    else:
        click.echo(f"exported {count} events to {path}")


@cli.command()
@json_option
@click.pass_context
def scan(ctx: click.Context, as_json: bool) -> None:
    """Check every stored event with the current privacy rules (exit 3 if any fails).

    Rules improve, so old data must be checkable. Prints each finding as event id, seq,
    kind, field path, character span and rule: never the value. Read-only; remove what
    it finds with `handoff purge --from-scan`. Also scans the bytes `doctor --fix` moved
    to quarantine/ (reported by file and offset, exit 3; delete a reviewed file by hand).
    Exits 0 only when every event was read and passed; 5 when no event failed but
    unreadable lines were left unscanned.
    """
    from .scan import scan_store

    progress = _scan_progress()
    report = scan_store(_store(ctx, create=False), progress=progress)
    if progress is not None:
        sys.stderr.write("\r\033[K")  # clear the progress line, if one was drawn
    if as_json:
        _echo_json(report.to_dict())
    else:
        for event in report.flagged:
            for f in event.findings:
                click.echo(f"{event.id}  #{event.seq}  {event.kind}  "
                           f"{f.path or '<value>'}[{f.start}:{f.end}]  {f.rule}")
        for q in report.quarantined:
            where = q.file.removeprefix("../") if q.file.startswith("../") else f"quarantine/{q.file}"
            click.echo(f"{where}  @{q.offset}  [{q.finding.start}:{q.finding.end}]  {q.finding.rule}")
        if report.quarantined:
            click.echo(f"{len(report.quarantined)} finding(s) outside readable events (unreadable "
                       "log lines, or bytes `doctor --fix` kept in quarantine/): run `handoff "
                       "doctor --fix`, review quarantine/, then delete those files")
        unreadable = (f"; {report.unreadable} unreadable line(s) not scanned (see `handoff doctor`)"
                      if report.unreadable else "")
        if report.flagged:
            click.echo(f"scanned {report.events_scanned} events: {len(report.flagged)} flagged, "
                       f"{report.findings_total} finding(s){unreadable}; "
                       "`handoff purge --from-scan` removes them")
        elif report.unreadable:
            click.echo(f"scanned {report.events_scanned} events: no findings{unreadable}")
        else:
            click.echo(f"scanned {report.events_scanned} events: clean")
    if report.flagged or report.quarantined:
        ctx.exit(3)
    if report.unreadable:
        ctx.exit(5)  # not known to be clean: what could not be read was not scanned


_ANY_ID = "00000000-0000-7000-8000-000000000000"
"""A well-formed id, to validate a purge reason on its own."""


@cli.command()
@click.argument("event_ids", nargs=-1, metavar="[EVENT_ID]...")
@click.option("--from-scan", is_flag=True,
              help="Purge every event `handoff scan` flags (instead of naming ids).")
@click.option("--reason", help="Why, one line, kept in the tombstone (privacy-checked like any write).")
@json_option
@click.pass_context
def purge(ctx: click.Context, event_ids: tuple[str, ...], from_scan: bool, reason: str | None,
          as_json: bool) -> None:
    """Remove events from disk for real, leaving a content-free tombstone.

    The one exception to append-only: the log is rewritten atomically (a crash leaves the
    old log or the new) and latest.json is rebuilt. Unknown ids exit 8, a tombstone
    cannot be purged (exit 2), a reason the privacy filter rejects exits 3; in each case
    nothing changes. With --from-scan, flagged tombstones (which cannot be purged) make
    it exit 3 after purging the rest.
    """
    from .errors import ValidationError

    if from_scan == bool(event_ids):  # one line, exit 2 (click's usage error prints four)
        raise ValidationError("give EVENT_IDs or --from-scan, not both")
    if reason:
        # Store.purge checks the reason too, but only once there is something to purge:
        # refuse a bad one before a long scan, and even when the scan finds nothing.
        from .events import validate_data
        from .privacy import check

        check(validate_data("purge", {"event_ids": [_ANY_ID], "reason": reason}), "data")
    store = _store(ctx, create=False)
    stuck: list[str] = []
    if from_scan:
        from .scan import scan_store

        report = scan_store(store, progress=_scan_progress())
        ids = [e.id for e in report.purgeable()]
        stuck = [e.id for e in report.flagged if e.kind == "purge"]
    else:
        ids = list(dict.fromkeys(event_ids))  # Store.purge dedupes the same way
    tomb = store.purge(ids, reason=reason) if ids else None
    dropped = len(ids)  # purge removes every id it is given, or raises and removes none
    if as_json:
        _echo_json({"purged": dropped, "event_ids": ids,
                    "tombstone": {"id": tomb.id, "seq": tomb.seq} if tomb else None,
                    "unpurgeable_tombstones": stuck})
    elif ids:
        where = f"; tombstone {tomb.id} (#{tomb.seq})" if tomb else ""
        click.echo(f"purged {dropped} event(s){where}")
    else:
        click.echo("nothing to purge: the scan flagged no event")
    if stuck:
        click.echo(f"handoff: error: {len(stuck)} flagged purge tombstone(s) cannot be purged: "
                   f"{', '.join(stuck[:3])}{' ...' if len(stuck) > 3 else ''}", err=True)
        ctx.exit(3)


# -- entry point -------------------------------------------------------------------------


_PLAIN_OPTION = re.compile(r"--?[a-z][a-z-]{0,30}")
def _usage_line(exc: click.UsageError) -> str:
    """Click's usage error as one line that never repeats what was typed.

    Click quotes the rejected value ("'abc' is not a valid integer", "unexpected extra
    argument (…)"), and a value typed on the command line may be a secret. A bad option
    value is described by the option and the type it wants; any other message is shown
    only if the privacy filter passes it.
    """
    help_hint = f" (see `{exc.ctx.command_path} --help`)" if exc.ctx is not None else ""
    if isinstance(exc, click.BadParameter) and exc.param is not None \
            and not isinstance(exc, click.MissingParameter):
        name = " / ".join(exc.param.opts) or exc.param.human_readable_name
        wanted = exc.param.type
        if isinstance(wanted, click.Choice):
            expected = "one of " + ", ".join(map(str, wanted.choices))
        else:
            expected = f"a valid {wanted.name}"
        return f"invalid value for {name}: expected {expected}{help_hint}"
    if isinstance(exc, click.NoSuchOption):
        plain = _PLAIN_OPTION.fullmatch(exc.option_name or "")
        return f"no such option{' ' + exc.option_name if plain else ''}{help_hint}"
    from .privacy import scan_text

    message = " ".join(exc.format_message().split())
    if scan_text(message) or _TOKENLIKE.search(message):
        return f"bad usage (the details would repeat a value the privacy filter flags){help_hint}"
    return message + help_hint


def _without_pydantic_plugins() -> None:
    """Keep pydantic from scanning every installed distribution's entry points.

    On the first model build pydantic looks for plugins through importlib.metadata, which
    costs ~10 ms. Writes no longer build models (`handoff.validator`), but `mcp` and
    `schema` still do. The CLI is an application that uses no pydantic plugin, so it
    installs an empty loader before any model is built. Library callers of
    `handoff.open_store` keep pydantic's behaviour.
    """
    import types

    name = "pydantic.plugin._loader"
    if name not in sys.modules:
        loader = types.ModuleType(name)
        loader.get_plugins = tuple  # type: ignore[attr-defined]  # no plugins: an empty tuple
        sys.modules[name] = loader


def main(argv: list[str] | None = None) -> None:
    """Run the CLI: HandoffErrors become one line on stderr and their exit code."""
    from .errors import HandoffError

    _without_pydantic_plugins()
    try:
        # Not standalone: click returns a command's ctx.exit() code instead of raising.
        code = cli.main(args=argv, prog_name="handoff", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.Abort:
        click.echo("handoff: aborted", err=True)
        sys.exit(130)
    except click.UsageError as exc:  # BadParameter included
        click.echo(f"handoff: error: {_usage_line(exc)}", err=True)
        sys.exit(2)
    except click.ClickException as exc:
        click.echo(f"handoff: error: {_redacted(exc.format_message())}", err=True)
        sys.exit(exc.exit_code)
    except HandoffError as exc:
        click.echo(f"handoff: error: {_redacted(str(exc))}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("handoff: interrupted", err=True)
        sys.exit(130)
    except OSError as exc:
        where = getattr(exc, "filename", "") or ""
        click.echo(_redacted(f"handoff: error: {exc.strerror or exc} ({where})"), err=True)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)


# brief, hooks, hook, mcp (agent_cli), query, report (query_cli), import (import_cli),
# compact (compact_cli): see LAZY_COMMANDS, so that no command imports another's module.

if __name__ == "__main__":
    main()
