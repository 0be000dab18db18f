"""The `import` command group: `import usage`, `import events`, `import list`.

`handoff.cli` calls `register(cli)` once. Only click is imported up front; the importers
(and pydantic, through the write gate) load inside the command that runs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .progress import clear_line, percent, progress_line

if TYPE_CHECKING:
    from .importers.ledger import ImportReport, Ledger


def _progress(show: bool | None) -> Callable[[int, int, int], None] | None:
    """Progress lines on stderr: on a terminal by default (`--progress` forces them on a
    pipe, one line per committed batch; `--quiet` turns them off)."""
    line = progress_line(show)
    if line is None:
        return None

    def report(done: int, size: int, lines: int) -> None:
        line(f"importing... {percent(done, size)}% ({lines} lines)")

    return report


def _run(ctx: click.Context, kind: str, path: Path, *, again: bool, batch: int,
         show: bool | None, as_json: bool, produce: Any, belongs: Any = None) -> None:
    from .cli import _echo_json, _store
    from .importers.ledger import Ledger

    store = _store(ctx)
    progress = _progress(show)
    ledger = Ledger(store, kind, path.absolute(), again=again, batch=batch, progress=progress,
                    belongs=belongs(ledger_key(kind, path)) if belongs else None)
    report = ledger.run_import(produce(ledger))
    if progress is not None:
        clear_line()
    if as_json:
        _echo_json(report.to_dict())
    else:
        _print(report)


def ledger_key(kind: str, path: Path) -> str:
    from .importers.ledger import source_key

    return source_key(kind, path.absolute())


def _print(report: ImportReport) -> None:
    if report.status == "missing":
        click.echo(f"{report.path}: missing (nothing imported)", err=True)
        return
    if report.status == "already imported":
        click.echo(f"{report.path}: already imported ({report.records} records; "
                   "give --again to import it again)")
        return
    click.echo(f"{report.path}: imported {report.imported} events from {report.lines} lines "
               f"({report.records} records, {report.duplicates} already here)")
    for name, listed in (("unparseable", report.unparseable), ("rejected by privacy", report.rejected_privacy),
                         ("skipped", report.skipped)):
        if listed.count:
            shown = ", ".join(str(n) for n in listed.items[:20])
            more = f" (+{listed.count - 20} more)" if listed.count > 20 else ""
            click.echo(f"  {name}: {listed.count} line(s): {shown}{more}")
    if report.divergent.count:
        click.echo(f"  divergent: {report.divergent.count} id(s) held here with other content, "
                   f"left out: {', '.join(report.divergent.items[:5])}")


_AGAIN = click.option("--again", is_flag=True, help="Import a source already imported (still deduplicated).")
_BATCH = click.option("--batch", type=click.IntRange(min=1), default=1000, show_default=True,
                      help="Events per commit.")
_PROGRESS = click.option("--progress/--quiet", "show", default=None,
                         help="Progress lines on stderr (default: on a terminal only).")
_JSON = click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")


@click.group("import")
def import_group() -> None:
    """Import existing state once: a proxy's usage log, another store's events.

    Each source is recorded in the store's import ledger and imported at most once; a
    rerun says `already imported`. Source files are only ever read.
    """


@import_group.command("usage")
@click.argument("path", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--period", type=click.Choice(["hour", "day"]), default="hour", show_default=True,
              help="One model_health summary per model and period.")
@_AGAIN
@_BATCH
@_PROGRESS
@_JSON
@click.pass_context
def import_usage(ctx: click.Context, path: Path | None, period: str, again: bool,
                 batch: int, show: bool | None, as_json: bool) -> None:
    """Import a proxy's usage.jsonl as model_health history (summaries per model and period,
    provider `opencode-proxy`).

    PATH defaults to $XDG_CONFIG_HOME/opencode-proxy/usage.jsonl (~/.config/...).
    Unparseable lines are counted by line number, never fatal; a line whose model name
    holds a credential is rejected and reported by line number, never by value.
    """
    from .importers.ledger import id_prefix
    from .importers.usage import UsageImporter, default_path

    source = path if path is not None else default_path()

    def produce(ledger: Ledger) -> UsageImporter:
        return UsageImporter(ledger.key, period=period)

    def belongs(key: str) -> Callable[[str], bool]:
        prefix = id_prefix(key)
        return lambda event_id: event_id.startswith(prefix)

    _run(ctx, "usage", source, again=again, batch=batch, show=show, as_json=as_json,
         produce=produce, belongs=belongs)


@import_group.command("events")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@_AGAIN
@click.option("--batch", type=click.IntRange(min=1), default=10_000, show_default=True,
              help="Events per commit.")
@_PROGRESS
@_JSON
@click.pass_context
def import_events(ctx: click.Context, path: Path, again: bool, batch: int, show: bool | None,
                  as_json: bool) -> None:
    """Merge another store's event log (events.jsonl, a backup's, an export) by event id.

    Events keep their ids and get this store's next seqs; one already here with the same
    content is skipped, one here with other content is reported and left out.
    """
    from .importers.events import merge_events

    _run(ctx, "events", path, again=again, batch=batch, show=show, as_json=as_json,
         produce=lambda ledger: merge_events)


@import_group.command("list")
@_JSON
@click.pass_context
def import_list(ctx: click.Context, as_json: bool) -> None:
    """The import ledger: every source, its status, records, size and sha256."""
    from .cli import _echo_json, _store
    from .importers.ledger import entry_detail

    store = _store(ctx, create=False)
    rows = []
    for t in store.backend.sources():
        if not t.source.startswith("import:"):
            continue
        info = entry_detail(t)
        rows.append({"source": t.source, "status": t.status, "records": t.count,
                     "sha256": t.digest, "size": info.get("size"), "path": info.get("path"),
                     "time": info.get("time"), "error": info.get("error")})
    if as_json:
        _echo_json(rows)
        return
    for row in rows:
        line = f"{row['status']:8} {row['records']:>8} records  {row['path']}"
        click.echo(line + (f"  ({row['error']})" if row["error"] else ""))


def register(cli: click.Group) -> None:
    cli.add_command(import_group)
