"""`handoff query` against bare DuckDB (issue 9), each a ratio measured in one run.

A `GROUP BY kind` over N events (default 1,000,000; --quick 100,000), each side a fresh
process, as a user runs it:

1. JSONL: `handoff query` against a bare `read_json` of the same file with the same
   column list in `python -c`. Target: at most 1.5x.
   a. as it runs on a log queried before: the lines were checked once and the rows that
      passed kept in the parquet cache (`handoff.query_cache`), so it reads the cache;
   b. the first query on the log (context, no target): every line checked (the envelope
      rules in SQL, data by shape) and the cache written. Each round gets an empty cache.
2. SQLite: `handoff query` on the promoted twin against a bare `LOAD` of the packaged
   extension + `ATTACH ... (TYPE sqlite, READ_ONLY)` in `python -c`. Target: at most 1.5x.

The cache directory lives in the scratch dir (TMPDIR points there), removed afterwards.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import sys
from pathlib import Path

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


ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
"""As installed: byte code cached (the first run of each side writes it; an installed
package has it), else every run of `handoff` recompiles its modules and the bare side
pays nothing alike."""


def _run(cmd: list[str], tmpdir: Path) -> None:
    tmpdir.mkdir(exist_ok=True)
    subprocess.run(cmd, check=True, capture_output=True, env={**ENV, "TMPDIR": str(tmpdir)})


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
        jsonl, sqlite = tmp / "jsonl" / "events.jsonl", tmp / "sqlite" / "events.sqlite3"
        warm, cold = tmp / "tmp-warm", itertools.count()
        ours, bare = _handoff(str(jsonl.parent)), _bare_jsonl(str(jsonl))
        progress("jsonl: the first query, filling the cache (and the byte code of both sides)")
        _run(ours, warm)
        _run(bare, warm)
        progress(f"jsonl: {rounds} rounds")
        samples = interleave({"ours": lambda: _run(ours, warm), "bare": lambda: _run(bare, warm),
                              "cold": lambda: _run(ours, tmp / f"tmp-cold-{next(cold)}")}, rounds=rounds)
        t = Table(f"1. GROUP BY kind over {n:,} events, jsonl")
        t.ratio("a. `handoff query`, log queried before (checked rows read from the cache)", med(samples["ours"]),
                "bare read_json, same columns", med(samples["bare"]), 1.5)
        t.ratio("b. `handoff query`, first query on the log (checks every line, writes the cache)",
                med(samples["cold"]), "bare read_json, same columns", med(samples["bare"]), None)
        t.note("each side is a fresh process (python start-up and `import duckdb` included on both), "
               "byte code cached as installed")
        t.print()
        ours, bare = _handoff(str(sqlite.parent)), _bare_sqlite(str(sqlite))
        progress(f"sqlite: {rounds} rounds")
        samples = interleave({"ours": lambda: _run(ours, warm), "bare": lambda: _run(bare, warm)}, rounds=rounds)
        t = Table(f"2. GROUP BY kind over {n:,} events, sqlite")
        t.ratio("`handoff query` (the views it names, attached READ_ONLY)", med(samples["ours"]),
                "bare LOAD + ATTACH READ_ONLY", med(samples["bare"]), 1.5)
        t.note("each side is a fresh process (python start-up and `import duckdb` included on both), "
               "byte code cached as installed")
        t.print()


if __name__ == "__main__":
    main()
