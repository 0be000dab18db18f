"""The commands that bring the handoff to agents: `brief`, `hooks`, `hook`, `mcp`.

`handoff.cli` calls `register(cli)` once, so these commands join the main group without
the two modules importing each other. Like the rest of the CLI, this module imports only
click up front: the brief, the installer, the hook runtime and the MCP SDK are imported
by the command that needs them (the SDK by `handoff mcp` alone).
"""

from __future__ import annotations

import sys
from typing import Any

import click

HOST_CHOICE = click.Choice(["claude-code", "codex", "opencode"])


def _obj(ctx: click.Context) -> dict[str, Any]:
    obj: dict[str, Any] = ctx.find_root().obj or {}
    return obj


def _scope(ctx: click.Context) -> dict[str, str]:
    obj = _obj(ctx)
    return {k: v for k in ("project", "agent", "session") if (v := obj.get(k))}


# -- handoff brief -----------------------------------------------------------------------


@click.command()
@click.option("--budget", type=click.IntRange(min=2000), metavar="CHARS",
              help="Most characters to print (default: the host's, else 8000; at least 2000).")
@click.option("--for", "host", type=HOST_CHOICE,
              help="Size for this host: claude-code 9000, codex 6000, opencode 8000 characters.")
@click.option("--format", "fmt", type=click.Choice(["md", "json"]), default="md", show_default=True)
@click.pass_context
def brief(ctx: click.Context, budget: int | None, host: str | None, fmt: str) -> None:
    """The session-start brief: must-read items first, sized to a budget.

    Active pointer, failing and stale validations (and why), open next actions oldest
    first with their `handoff done` ids, models rate-limited now, recent notes, config.
    Whole items only; what does not fit is named in the last line.
    """
    from .brief import build
    from .cli import _warn
    from .store import open_store

    store = open_store(_obj(ctx).get("store"), create=False)
    store.on_warning = _warn
    ctx.call_on_close(store.close)
    result = build(store.latest(), host=host, budget=budget)
    if fmt == "json":
        import orjson

        click.echo(orjson.dumps(result.to_dict(), option=orjson.OPT_INDENT_2).decode())
    else:
        click.echo(result.text, nl=False)


# -- handoff hooks install|uninstall -----------------------------------------------------


def _host_flags(f: Any) -> Any:
    for host in ("opencode", "codex", "claude-code"):
        f = click.option(f"--{host}", host.replace("-", "_"), is_flag=True,
                         help=f"Configure {host}.")(f)
    f = click.option("--scope", type=click.Choice(["project", "user"]), default="project",
                     show_default=True,
                     help="project: files in this repository; user: files in your home directory.")(f)
    return click.option("--dry-run", is_flag=True, help="Print the diff; change nothing.")(f)


def _chosen(claude_code: bool, codex: bool, opencode: bool) -> list[str]:
    hosts = [h for h, on in (("claude-code", claude_code), ("codex", codex), ("opencode", opencode)) if on]
    if not hosts:
        raise click.UsageError("name at least one host: --claude-code, --codex or --opencode")
    return hosts


def _run_plan(hosts: list[str], *, install: bool, scope: str, dry_run: bool, exe: str = "handoff",
              remind: bool = False) -> None:
    from . import hooks as installer

    changes, notes = installer.plan(hosts, install=install, scope=scope, exe=exe, remind=remind)
    for note in notes:
        click.echo(f"handoff: note: {note}", err=True)
    changed = [c for c in changes if c.changed]
    if dry_run:
        for change in changed:
            click.echo(change.diff(), nl=False)
        if not changed:
            click.echo("no changes")
        return
    installer.apply(changes)
    verb = "installed" if install else "removed"
    for change in changes:
        if change.changed:
            what = "deleted" if change.after is None else "updated" if change.before is not None else "created"
            click.echo(f"{what} {change.path}")
        else:
            click.echo(f"unchanged {change.path}")
    click.echo(f"{verb} for {', '.join(hosts)} ({scope} scope)")


@click.group()
def hooks() -> None:
    """Install or remove the session-start hooks of Claude Code, Codex and OpenCode."""


@hooks.command("install")
@_host_flags
@click.option("--remind", is_flag=True,
              help="Also a Stop hook: once per session, ask an agent that recorded work but left "
                   "no note to leave one (Claude Code, Codex).")
@click.option("--command", "command_path", metavar="PATH",
              help="The handoff executable the hooks run (default: this one, by absolute path).")
def hooks_install(claude_code: bool, codex: bool, opencode: bool, scope: str, dry_run: bool,
                  remind: bool, command_path: str | None) -> None:
    """Add handoff's hooks to each host's configuration (merged; idempotent).

    Other hooks and keys are kept; a file that does not parse is an error and is left
    as it was. Run it again to change nothing; `hooks uninstall` removes exactly this.
    """
    from .hooks import handoff_executable

    hosts = _chosen(claude_code, codex, opencode)
    exe, warning = handoff_executable(command_path)
    if warning:
        click.echo(f"handoff: warning: {warning}", err=True)
    _run_plan(hosts, install=True, scope=scope, dry_run=dry_run, exe=exe, remind=remind)


@hooks.command("uninstall")
@_host_flags
def hooks_uninstall(claude_code: bool, codex: bool, opencode: bool, scope: str, dry_run: bool) -> None:
    """Remove exactly what `hooks install` added (other hooks and keys stay)."""
    _run_plan(_chosen(claude_code, codex, opencode), install=False, scope=scope, dry_run=dry_run)


# -- handoff hook session-start|stop (what the installed hooks run) ----------------------


@click.group()
def hook() -> None:
    """What the installed hooks run (reads the host's JSON on stdin; always exits 0)."""


@hook.command("session-start")
@click.option("--for", "host", type=HOST_CHOICE,
              help="Print in this host's format (claude-code, codex: hookSpecificOutput JSON).")
@click.option("--record-session", is_flag=True, hidden=True,
              help="Remember this session's starting counts for `hook stop` (installed by --remind).")
@click.pass_context
def hook_session_start(ctx: click.Context, host: str | None, record_session: bool) -> None:
    """Print the brief as the host's SessionStart context; never blocks, always exits 0."""
    from .session_hooks import session_start

    session_start(host, store_path=_obj(ctx).get("store"), record_session=record_session)


@hook.command("stop")
@click.option("--for", "host", type=HOST_CHOICE)
@click.pass_context
def hook_stop(ctx: click.Context, host: str | None) -> None:
    """Once per session, ask for a note when work was recorded without one (exit 0)."""
    from .session_hooks import stop

    stop(host, store_path=_obj(ctx).get("store"))


# -- handoff mcp -------------------------------------------------------------------------


@click.command()
@click.pass_context
def mcp(ctx: click.Context) -> None:
    """Serve the store as MCP tools over stdio (needs the `mcp` extra).

    Tools: brief, show, latest, log (read); note, done, pointer, validation, health,
    config, runtime (write). Each call reads the store afresh.
    """
    try:
        from .mcp_server import serve
    except ImportError as err:
        if (err.name or "").split(".")[0] not in ("mcp", "mcp_types"):
            raise
        click.echo("handoff: error: the MCP server needs the MCP SDK: "
                   "pipx install 'handoff-store[mcp]' (or pip install 'handoff-store[mcp]')", err=True)
        sys.exit(1)
    serve(_obj(ctx).get("store"), _scope(ctx))


def register(group: click.Group) -> None:
    """Add these commands to the main `handoff` group."""
    for command in (brief, hooks, hook, mcp):
        group.add_command(command)
