"""`handoff compact`: apply the store's retention policy (`handoff.compact`).

`handoff.cli` calls `register(cli)` once; the compaction logic loads inside the command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from .progress import clear_line, percent, progress_line

if TYPE_CHECKING:
    from .compact import CompactReport, Progress


def _progress(show: bool | None) -> Progress | None:
    """Progress lines on stderr: on a terminal by default, `--progress` on a pipe too."""
    line = progress_line(show)
    if line is None:
        return None

    def report(phase: str, done: int, end: int) -> None:
        line(f"compacting... {phase} {percent(done, end)}%")

    return report


def _print(report: CompactReport) -> None:
    verb = "would remove" if report.dry_run else "removed"
    click.echo(f"keep {report.keep_days} days: {report.old} of {report.events} events are older than "
               f"{report.before[:10]}; {verb} {report.removed}, kept {report.kept_old} the latest "
               "state depends on")
    if report.removed_by_kind:
        click.echo("  by kind: " + ", ".join(f"{k} {n}" for k, n in report.removed_by_kind.items()))
    if not report.dry_run and report.removed:
        click.echo(f"  size: {report.size_before} -> {report.size_after} bytes")


@click.command()
@click.option("--dry-run", is_flag=True, help="Report what would be removed; change nothing.")
@click.option("--keep-days", type=click.IntRange(min=0, max=100_000),
              help="Keep this many days of history (this run; the store's policy otherwise).")
@click.option("--save", is_flag=True,
              help="Save --keep-days as the store's retention policy (store.json), then compact.")
@click.option("--progress/--quiet", "show", default=None,
              help="Progress lines on stderr (default: on a terminal only).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
def compact(ctx: click.Context, dry_run: bool, keep_days: int | None, save: bool, show: bool | None,
            as_json: bool) -> None:
    """Remove events older than the retention horizon that the latest state no longer
    depends on, leaving one content-free tombstone with their counts.

    The policy is store.json's `retention.keep_days` (90 days when unset). The latest
    state is the same before and after; the rewrite is atomic (a crash leaves the old log
    or the new). Exit 2 for a bad policy, 5 for a log with unreadable lines (run
    `handoff doctor --fix` first).
    """
    from .cli import _echo_json, _store
    from .compact import Policy, read_policy, save_policy
    from .compact import compact as run

    if save and keep_days is None:
        raise click.UsageError("--save needs --keep-days")
    if save and dry_run:
        raise click.UsageError("--save changes store.json; --dry-run changes nothing: give one")
    store = _store(ctx, create=False)
    policy = Policy(keep_days) if keep_days is not None else read_policy(store)
    if save:
        save_policy(store, policy)
    progress = _progress(show)
    report = run(store, policy, dry_run=dry_run, progress=progress)
    if progress is not None:
        clear_line()
    if as_json:
        _echo_json(report.to_dict())
    else:
        _print(report)


def register(cli: click.Group) -> None:
    cli.add_command(compact)
