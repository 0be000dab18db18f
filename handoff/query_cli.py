"""The commands that ask questions of the history: `query` and `report`.

`handoff.cli` calls `register(cli)` once. This module imports only click up front: DuckDB
and `handoff.query` are imported inside the two commands, so no other command pays for
them (tests/test_startup.py holds us to it).

Exit codes: 2 when DuckDB refuses the SQL or it is not one read-only SELECT (the message
is DuckDB's, on one line); 1 when DuckDB or its sqlite extension is not installed.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

import click

FORMATS = click.Choice(["table", "json", "jsonl", "csv"])


def _run(ctx: click.Context, sql: str, fmt: str, chart: str | None, chart_mode: str) -> None:
    from . import query as q
    from .cli import _store

    q.check_read_only(sql)  # before any set-up: refused SQL costs no scan of the log
    store = _store(ctx, create=False)
    source = q.Source.of(store)
    columns, rows = q.answer(source, sql)
    out = sys.stdout
    show_chart = chart is not None and (chart_mode == "always" or (chart_mode == "auto" and out.isatty()))
    if fmt == "table":
        out.write(render_table(columns, rows))
        if show_chart and chart is not None:
            out.write("\n" + render_chart(columns, rows, chart))
    else:
        out.write(render(columns, rows, fmt))
    if source.skipped_lines:
        click.echo(f"handoff: warning: skipped {source.skipped_lines} unreadable line(s); "
                   "run `handoff doctor`", err=True)


@click.command()
@click.argument("sql")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
def query(ctx: click.Context, sql: str, fmt: str) -> None:
    """Run one read-only SQL SELECT over the history (DuckDB, offline, any backend).

    Views: events, notes, next_actions, actions_done, validations, pointers, runtime,
    model_health, config, purges, and latest_* tables matching latest.json. Exit 2 with
    DuckDB's message on one line when the SQL is refused.

    Example: handoff query "SELECT kind, count(*) FROM events GROUP BY kind"
    """
    _run(ctx, sql, fmt, None, "never")


@click.command()
@click.argument("name", required=False)
@click.option("--list", "list_", is_flag=True, help="Describe the reports and exit.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.option("--chart", "chart_mode", type=click.Choice(["auto", "always", "never"]), default="auto",
              show_default=True, help="Bars for time-series reports: auto draws them on a terminal.")
@click.pass_context
def report(ctx: click.Context, name: str | None, list_: bool, fmt: str, chart_mode: str) -> None:
    """Run a canned report (a SQL file inside the package; `--list` names them).

    Copy one with: handoff report --list, then read the file it names.
    """
    from . import query as q
    from .errors import ValidationError

    found = q.reports()
    if list_ or name is None:
        if name is None and not list_:
            raise ValidationError("name a report, or use --list to see them")
        width = max(map(len, found))
        for r in found.values():
            click.echo(f"{r.name:<{width}}  {r.description}")
        click.echo(f"\n(SQL files in {q.REPORTS_DIR})")
        return
    chosen = found.get(name)
    if chosen is None:
        raise ValidationError(f"no report named {name!r}; `handoff report --list` names them")
    _run(ctx, chosen.sql, fmt, chosen.chart, chart_mode)


# -- rendering ---------------------------------------------------------------------------


def _text(value: Any) -> str:
    from datetime import datetime

    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, list):
        return ", ".join(map(_text, value))
    return str(value)


def _jsonable(value: Any) -> Any:
    from datetime import datetime, timedelta

    if isinstance(value, datetime):
        return value.isoformat() + "Z" if value.tzinfo is None else value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def render(columns: Sequence[str], rows: Sequence[tuple[Any, ...]], fmt: str) -> str:
    """Rows as json (one array), jsonl (an object a line) or csv (a header row first)."""
    import orjson

    if fmt == "csv":
        import csv
        import io

        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[_text(v) for v in row] for row in rows])
        return buf.getvalue()
    objects = [{c: _jsonable(v) for c, v in zip(columns, row, strict=True)} for row in rows]
    if fmt == "jsonl":
        return "".join(orjson.dumps(o).decode() + "\n" for o in objects)
    return orjson.dumps(objects, option=orjson.OPT_INDENT_2).decode() + "\n"


def render_table(columns: Sequence[str], rows: Sequence[tuple[Any, ...]], max_width: int = 60) -> str:
    """Aligned columns, cells cut at `max_width`, and a row count."""
    cells = [[_text(v).replace("\n", " ")[:max_width] for v in row] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def render_chart(columns: Sequence[str], rows: Sequence[tuple[Any, ...]], value: str, width: int = 40) -> str:
    """A bar per row: the other columns as the label, `value` as the bar's length."""
    i = list(columns).index(value)
    labels = [" ".join(_text(v) for j, v in enumerate(row) if j != i) for row in rows]
    values = [float(row[i] or 0) for row in rows]
    top = max(values, default=0) or 1
    pad = max(map(len, labels), default=0)
    return "".join(f"{label:<{pad}} |{'█' * round(width * v / top)} {v:g}\n"
                   for label, v in zip(labels, values, strict=True))


def register(cli: click.Group) -> None:
    cli.add_command(query)
    cli.add_command(report)
