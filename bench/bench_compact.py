"""`handoff compact` against a rebuild of the same store (issue 10), in one run.

A store of N events (default 1,000,000; --quick 100,000), 90 % of them older than the
retention horizon: validations of 50 commands, pointer updates on 20 repositories, notes
whose actions are done, config facts and model checks, so most old events are superseded
and a few still define the latest state. Each round works on a fresh copy of the store
(the copy is not timed).

1. `compact` (the real run: plan, check, atomic rewrite, publish; durable) against
   `Store.rebuild` (fold the whole log and publish latest.json) of the same store, per
   backend. Target: at most 3x.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import orjson
from _common import Table, env_line, fmt_time, interleave, med, parse_args, progress, scratch_dir

import handoff
from handoff.compact import Policy, compact

OLD_TS = "2020-01-01T00:00:00.000000Z"


def _records(n: int) -> list[bytes]:
    """The log: every record's line, seqs 1..n, the first 90 % in 2020."""
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    lines = []
    seq = 0
    open_note = 0
    while seq < n:
        seq += 1
        k = seq % 10
        if k in (0, 1, 2, 3):
            kind, data = "validation", {"command": f"make target{seq % 50}", "exit_code": seq % 3,
                                        "passed": seq % 3 == 0}
        elif k in (4, 5):
            kind, data = "pointer", {"repo": f"acme/app{seq % 20}", "branch": f"b{seq % 7}", "pr": seq % 900 + 1}
        elif k == 6:
            kind, data = "note", {"text": f"bench note {seq}", "next_actions": ["review"]}
            open_note = seq
        elif k == 7 and open_note:
            kind, data = "action_done", {"action": f"{open_note}.1"}
        elif k == 8:
            kind, data = "config", {"key": f"key{seq % 30}", "value": seq}
        else:
            kind, data = "model_health", {"provider": "p", "model": f"m{seq % 10}", "status": "ok"}
        ts = OLD_TS if seq <= n * 9 // 10 else now
        lines.append(orjson.dumps({"v": 1, "id": f"01a30000-0000-7000-8000-{seq:012d}", "seq": seq, "ts": ts,
                                   "kind": kind, "scope": {}, "data": data}))
    return lines


def _store(root: Path, n: int, backend: str) -> None:
    with handoff.open_store(root, durability="never"):
        pass
    lines = _records(n)
    with open(root / "events.jsonl", "wb") as f:
        for i in range(0, len(lines), 10_000):
            f.write(b"".join(line + b"\n" for line in lines[i:i + 10_000]))
    with handoff.open_store(root) as store:
        store.rebuild()
        if backend != "jsonl":
            store.promote(backend)


def main() -> None:
    args = parse_args(__doc__ or "")
    n = 100_000 if args.quick else 1_000_000
    print(f"bench_compact: {env_line()}; N = {n:,}", flush=True)
    with scratch_dir("compact-") as tmp:
        for backend in ("jsonl", "sqlite"):
            template = tmp / f"template-{backend}"
            progress(f"building a {backend} store of {n:,} events")
            _store(template, n, backend)
            work = tmp / f"work-{backend}"
            removed: list[int] = []

            def fresh(work: Path = work, template: Path = template) -> None:
                shutil.rmtree(work, ignore_errors=True)
                shutil.copytree(template, work)

            def run_compact(work: Path = work, removed: list[int] = removed) -> None:
                with handoff.open_store(work, create=False) as store:
                    removed.append(compact(store, Policy(90)).removed)

            def run_rebuild(work: Path = work) -> None:
                with handoff.open_store(work, create=False) as store:
                    store.rebuild()

            samples = interleave({"compact": run_compact, "rebuild": run_rebuild}, rounds=3, setup=fresh)
            table = Table(f"compact of {n:,} events ({backend})")
            table.ratio(f"1 `compact`, keep 90 days ({backend}, durable)", med(samples["compact"]),
                        "`rebuild`", med(samples["rebuild"]), 3.0)
            table.note(f"removed {removed[-1]:,} of {n:,} events (90 % older than the horizon); "
                       f"compact {fmt_time(med(samples['compact']))}, rebuild {fmt_time(med(samples['rebuild']))}")
            table.print()


if __name__ == "__main__":
    main()
