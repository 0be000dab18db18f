"""`handoff query` against bare DuckDB (issue 9), each a ratio measured in one run.

A `GROUP BY kind` over N events (default 1,000,000; --quick 100,000), each side a fresh
process, as a user runs it:

1. JSONL: `handoff query` (the `events` view: explicit JSON columns plus the envelope
   rules in SQL, and the latest_* tables) against a bare `read_json` of the same file with
   the same column list in `python -c`. Target: at most 1.5x.
2. SQLite: `handoff query` on the promoted twin against a bare `LOAD` of the packaged
   extension + `ATTACH ... (TYPE sqlite, READ_ONLY)` in `python -c`. Target: at most 1.5x.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

from _common import Table, env_line, interleave, med, parse_args, progress, scratch_dir
from _workload import make_store

import handoff
from handoff.query import JSONL_COLUMNS, sqlite_extension_path

SQL = "SELECT kind, count(*) AS n FROM events GROUP BY kind ORDER BY kind"


def _handoff(root: str) -> list[str]:
    exe = shutil.which("handoff", path=str(__import__("pathlib").Path(sys.executable).parent))
    assert exe is not None
    return [exe, "--store", root, "query", SQL, "--format", "csv"]


def _bare_jsonl(path: str) -> list[str]:
    src = f"read_json('{path}', format = 'newline_delimited', columns = {JSONL_COLUMNS}, ignore_errors = true)"
    code = (f"import duckdb; c = duckdb.connect(); print(c.sql(\"SELECT kind ->> '$' AS kind, count(*) AS n "
            f"FROM {src} GROUP BY 1 ORDER BY 1\").fetchall())")
    return [sys.executable, "-c", code]


def _bare_sqlite(path: str) -> list[str]:
    code = ("import duckdb; c = duckdb.connect(config={'autoinstall_known_extensions': False}); "
            f"c.execute(\"LOAD '{sqlite_extension_path()}'\"); "
            f"c.execute(\"ATTACH '{path}' AS s (TYPE sqlite, READ_ONLY)\"); "
            "print(c.sql('SELECT kind, count(*) FROM s.events GROUP BY 1 ORDER BY 1').fetchall())")
    return [sys.executable, "-c", code]


def _run(cmd: list[str]) -> None:
    subprocess.run(cmd, check=True, capture_output=True)


def main() -> None:
    args = parse_args(__doc__ or "")
    n = 100_000 if args.quick else 1_000_000
    rounds = 3 if args.quick else 5
    print(f"## bench_query.py\n\n{env_line()}")
    with scratch_dir("query-") as tmp:
        progress(f"writing a {n:,}-event log")
        store, _ = make_store(tmp / "jsonl", n, durability="never")
        store.close()
        shutil.copytree(tmp / "jsonl", tmp / "sqlite")
        progress("promoting the twin to SQLite")
        with handoff.open_store(tmp / "sqlite") as s:
            s.promote("sqlite")
        for name, path in (("jsonl", tmp / "jsonl" / "events.jsonl"), ("sqlite", tmp / "sqlite" / "events.sqlite3")):
            t = Table(f"{'1' if name == 'jsonl' else '2'}. GROUP BY kind over {n:,} events, {name}")
            ours = _handoff(str(path.parent))
            bare = _bare_jsonl(str(path)) if name == "jsonl" else _bare_sqlite(str(path))
            progress(f"{name}: {rounds} rounds")
            samples = interleave({"ours": lambda c=ours: _run(c), "bare": lambda c=bare: _run(c)}, rounds=rounds)
            t.ratio("`handoff query` (views, envelope checks, latest_* tables)", med(samples["ours"]),
                    "bare read_json, same columns" if name == "jsonl" else "bare LOAD + ATTACH READ_ONLY",
                    med(samples["bare"]), 1.5)
            t.note("each side is a fresh process (python start-up and `import duckdb` included on both)")
            t.print()


if __name__ == "__main__":
    main()
