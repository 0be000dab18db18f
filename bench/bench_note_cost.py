"""What one fresh 2 KB note costs the privacy filter, by kind of note and by stage.

    PYTHONPATH=. python bench/bench_note_cost.py [--against REV] [--runs 4] [--notes 150]

Issue 11's target is 60 µs per fresh 2 KB note. A note an agent writes is new text every time,
so every note here is made unique by a counter (a run number and a timestamp inside the text,
as a real note carries): no memo of clean strings, no cache keyed by the text can answer it.
Four kinds of notes, each ~2,048 characters: a prose session summary, a CI log, a diff, and a
note in German. Per kind: µs per scan (min, median, p90 over single timed scans, wall clock),
and where the time goes, by stage:

- ``rules``: everything ``scanner.rule_hits`` does before the prompt cues (credential rules,
  carriers, layouts) less the transport views;
- ``transport``: ``transport.transport_hits`` (decoded views: URL, HTML, QP, base64, shell,
  wrapped lines, and the credential scans of what they decode);
- ``cues``: ``cues.prompt_hits`` (the prompt rules);
- ``classifier``: ``figures.without_tables`` + ``classifier.flags`` +
  ``classifier_windows.flags`` (only where no rule fired);
- ``resolve``: the rest of ``scan_text`` (overlaps, findings).

The stage split comes from separate passes with each stage wrapped by a timer (a wrapper adds
well under a microsecond); the whole-scan figures come from unwrapped passes.

``--against REV`` measures this tree and ``REV``'s ``handoff`` package (``git archive``) in
alternating child processes, the same notes in the same order, and prints both with ratios.
Each child also counts the collector's runs during the timed scans (``gc.callbacks``): a
generation-2 collection in a process holding the filter's tables costs milliseconds, which is
what a median far above the minimum in a busy process looks like.

Benchmarks print figures; they assert nothing and are not tests.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parent.parent
SIZE = 2048

_PROSE = """Session {n} summary: continued the storage refactor on branch feature/append-log.
The JSONL backend now writes one event per line with a trailing checksum, and latest.json is
rebuilt from the log on open when its seq is behind. I split the fold logic out of store.py into
state.py so the CLI and the library share it. Torn tails are sealed on the next append instead
of being truncated, which keeps the crash tests deterministic (run {n} at {t}).

What changed:
- handoff/backends/jsonl.py: seal_tail(), fsync on commit only when durable=True
- handoff/state.py: fold() is pure; takes events, returns the snapshot dict
- handoff/cli.py: `handoff show --since` accepts ULIDs and ISO timestamps
- tests/test_crash.py: 14 new cases (kill -9 between write and rename)

Validation: `pytest -q` -> 212 passed, 3 skipped in 41.2s; `ruff check .` clean; `mypy --strict`
clean on handoff/. Benchmarks: non-durable append p50 248us, durable append p50 2.9ms.

Open questions:
1. Should `handoff doctor` rebuild latest.json automatically or only report drift?
2. The lock timeout default (10s) is too long for the CLI; maybe 2s with a clear error.
3. Do we keep the v1 schema reader, or bump to v2 and refuse old stores?

Next actions:
- wire the filter into Store.append_many (single check per batch)
- add a --json flag to `handoff status`
- document the crash model in docs/design.md section 4
- ask about retention: purge keeps a tombstone, is that enough for the audit log?

Pointers: PR #57 (draft), issue #41 (lock timeout), CI run {n} green on ubuntu-latest and
macos-14. Last commit 3f9c2ab on the branch. Tests use tmp_path stores only.
"""

_CI_LOG = """CI run {n} for main@3f9c2ab started {t}
2026-12-04T08:41:02Z ##[group]Run actions/setup-python@v5
2026-12-04T08:41:03Z Successfully set up CPython (3.12.7)
2026-12-04T08:41:05Z ##[endgroup]
2026-12-04T08:41:05Z Run python -m pip install -e .[dev]
2026-12-04T08:41:19Z Successfully installed click-8.1.7 handoff-0.4.0 mypy-1.13.0 ruff-0.8.1
2026-12-04T08:41:20Z Run ruff check .
2026-12-04T08:41:21Z All checks passed!
2026-12-04T08:41:21Z Run mypy --strict handoff
2026-12-04T08:41:38Z Success: no issues found in 212 source files
2026-12-04T08:41:38Z Run pytest -q -x --durations=5
2026-12-04T08:42:40Z ........................................................................ [ 33%]
2026-12-04T08:43:41Z ..............................F......................................... [ 66%]
2026-12-04T08:44:12Z =================================== FAILURES ===================================
2026-12-04T08:44:12Z ______________________ test_lock_timeout_releases[2.0] ______________________
2026-12-04T08:44:12Z tests/test_lock.py:88: in test_lock_timeout_releases
2026-12-04T08:44:12Z     assert elapsed < timeout + 0.5
2026-12-04T08:44:12Z E   assert 2.61 < (2.0 + 0.5)
2026-12-04T08:44:12Z ============================ slowest 5 durations =============================
2026-12-04T08:44:12Z 12.41s call     tests/test_import.py::test_hour_of_summaries
2026-12-04T08:44:12Z 6.02s call     tests/test_crash.py::test_kill_between_write_and_rename
2026-12-04T08:44:12Z 3.10s call     tests/test_lock.py::test_lock_timeout_releases[2.0]
2026-12-04T08:44:12Z =========================== short test summary info ============================
2026-12-04T08:44:12Z FAILED tests/test_lock.py::test_lock_timeout_releases[2.0] - assert 2.61 < 2.5
2026-12-04T08:44:12Z 1 failed, 211 passed, 3 skipped in 153.70s (0:02:33)
2026-12-04T08:44:13Z ##[error]Process completed with exit code 1.
Job {n} finished: failure (ubuntu-latest, py3.12); the lock test is timing-sensitive on
shared runners; rerun passed on macos-14.
"""

_DIFF = """Patch for run {n} ({t}):
diff --git a/handoff/store.py b/handoff/store.py
index 5d0c1e2..9a7f3b4 100644
--- a/handoff/store.py
+++ b/handoff/store.py
@@ -118,14 +118,22 @@ class Store:
     def append(self, event: Event, *, durable: bool = False) -> int:
-        with self._lock(timeout=10.0):
-            seq = self._next_seq()
-            self._backend.write(seq, event)
+        with self._lock(timeout=self.lock_timeout):
+            seq = self._next_seq()
+            check(event.payload, path="payload")
+            self._backend.write(seq, event, durable=durable)
+            if durable:
+                self._backend.sync()
             return seq
-    def _next_seq(self) -> int:
-        return self._backend.last_seq() + 1
+    def _next_seq(self) -> int:
+        last = self._backend.last_seq()
+        if last < self._floor:
+            raise StoreError(f"seq {last} below floor {self._floor}")
+        return last + 1
diff --git a/tests/test_store.py b/tests/test_store.py
index 0b1c2d3..4e5f6a7 100644
--- a/tests/test_store.py
+++ b/tests/test_store.py
@@ -40,6 +40,18 @@ def test_append_returns_seq(tmp_path: Path) -> None:
     assert store.append(make_event()) == 1
+
+
+def test_append_below_floor_refuses(tmp_path: Path) -> None:
+    store = Store.open(tmp_path)
+    store._floor = 5
+    with pytest.raises(StoreError, match="below floor"):
+        store.append(make_event())
+
+
+def test_durable_append_syncs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
+    calls: list[str] = []
+    store = Store.open(tmp_path)
+    monkeypatch.setattr(store._backend, "sync", lambda: calls.append("sync"))
+    store.append(make_event(), durable=True)
+    assert calls == ["sync"]
"""

_GERMAN = """Sitzung {n}, Zusammenfassung ({t}): Die Umstellung des Speichers auf ein reines
Anhänge-Protokoll ist weitgehend fertig. Das JSONL-Backend schreibt jetzt ein Ereignis pro Zeile
mit einer Prüfsumme am Ende; latest.json wird beim Öffnen neu aufgebaut, wenn die Sequenznummer
zurückliegt. Die Faltlogik liegt jetzt in state.py, damit CLI und Bibliothek sie teilen.

Geändert:
- handoff/backends/jsonl.py: seal_tail(), fsync nur bei durable=True
- handoff/state.py: fold() ist eine reine Funktion
- tests/test_crash.py: 14 neue Fälle (kill -9 zwischen Schreiben und Umbenennen)

Prüfung: `pytest -q` ergibt 212 bestanden, 3 übersprungen in 41,2 s; `ruff check .` sauber;
`mypy --strict` ohne Befund. Messungen: nicht dauerhaftes Anhängen p50 248 µs, dauerhaftes
Anhängen p50 2,9 ms auf dieser Maschine.

Offene Fragen:
1. Soll `handoff doctor` latest.json selbst neu aufbauen oder nur die Abweichung melden?
2. Die Wartezeit der Sperre (10 s) ist für die Kommandozeile zu lang; vielleicht 2 s mit einer
   klaren Fehlermeldung.
3. Behalten wir den Leser für das Schema v1, oder gehen wir auf v2 und lehnen alte Speicher ab?

Nächste Schritte:
- den Filter in Store.append_many einbauen (eine Prüfung pro Stapel)
- `handoff status` bekommt die Option --json
- das Absturzmodell in docs/design.md, Abschnitt 4, beschreiben
- Aufbewahrung klären: purge hinterlässt einen Grabstein; reicht das für das Prüfprotokoll?

Verweise: PR #57 (Entwurf), Issue #41 (Sperrzeit), CI-Lauf {n} grün auf ubuntu-latest und
macos-14. Letzter Commit 3f9c2ab auf dem Zweig. Die Tests nutzen nur tmp_path-Speicher.
"""

KINDS: dict[str, str] = {"prose": _PROSE, "ci log": _CI_LOG, "diff": _DIFF, "german": _GERMAN}


def note(kind: str, n: int) -> str:
    """The ``n``-th unique note of ``kind``: its template with a run number and a time filled
    in, padded with its own opening lines (or cut) to exactly ``SIZE`` characters."""
    t = f"2026-12-04T{n // 3600 % 24:02d}:{n // 60 % 60:02d}:{n % 60:02d}Z"
    text = KINDS[kind].replace("{n}", str(1000 + n)).replace("{t}", t)
    while len(text) < SIZE:
        text += "\n" + text
    return text[:SIZE]


STAGES = ("rules", "transport", "cues", "classifier", "resolve")
_WRAPPED = {  # stage -> (module, attribute) pairs whose outermost calls the stage's time is
    "transport": (("handoff.privacy.transport", "transport_hits"),),
    "cues": (("handoff.privacy.cues", "prompt_hits"),),
    "classifier": (("handoff.privacy.figures", "without_tables"),
                   ("handoff.privacy.classifier", "flags"),
                   ("handoff.privacy.classifier_windows", "flags")),
    "hits": (("handoff.privacy.scanner", "rule_hits"),),
}
_FORMERLY = {"rule_hits": "_hits"}
"""Names a revision measured with ``--against`` may still use (``rule_hits`` was ``_hits``
before session 22)."""


def _stats(xs: list[float]) -> dict[str, float]:
    ys = sorted(xs)
    return {"min": ys[0], "median": statistics.median(ys), "p90": ys[int(len(ys) * 0.9)]}


def child(count: int, offset: int) -> dict[str, Any]:
    """Run in a child process whose ``handoff`` is the side measured: per kind, whole-scan µs
    of ``count`` unique notes, then the stage split over another ``count`` unique notes."""
    import importlib

    from handoff.privacy import scan_text

    collections = [0, 0, 0]

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections[info["generation"]] += 1

    out: dict[str, Any] = {}
    scan_text(note("prose", offset - 1))  # the first scan loads the classifier and patterns
    for kind in KINDS:  # warm-up notes per kind: their patterns compiled, and the classifier's
        for i in range(20):  # weights turned into dicts (after a budget of features scored)
            scan_text(note(kind, offset - 100 + i))
    gc.callbacks.append(on_gc)
    for kind in KINDS:
        notes = [note(kind, offset + i) for i in range(count)]
        found = 0
        times = []
        cpu = []
        for text in notes:
            began, began_cpu = time.perf_counter(), time.thread_time()
            found += bool(scan_text(text))
            cpu.append((time.thread_time() - began_cpu) * 1e6)
            times.append((time.perf_counter() - began) * 1e6)
        out[kind] = {"whole": _stats(times), "cpu": _stats(cpu), "flagged": found}
    gc.callbacks.remove(on_gc)
    out["gc"] = collections

    spent: dict[str, float] = {}
    depth: dict[str, int] = {}

    def timed(stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            depth[stage] = depth.get(stage, 0) + 1
            began = time.thread_time()
            try:
                return fn(*args, **kwargs)
            finally:
                depth[stage] -= 1
                if depth[stage] == 0:  # a nested call (a decoded view's scan) counts once
                    spent[stage] = spent.get(stage, 0.0) + time.thread_time() - began
        return wrapper

    restore = []
    for stage, names in _WRAPPED.items():
        for module_name, attr in names:
            module = importlib.import_module(module_name)
            if not hasattr(module, attr):
                attr = _FORMERLY.get(attr, attr)
            original = getattr(module, attr)
            restore.append((module, attr, original))
            setattr(module, attr, timed(stage, original))
    try:
        for kind in KINDS:
            per: dict[str, list[float]] = {s: [] for s in (*STAGES, "total")}
            for i in range(count):
                text = note(kind, offset + count + i)
                spent.clear()
                began = time.thread_time()
                scan_text(text)
                total = time.thread_time() - began
                hits = spent.get("hits", 0.0)
                inside = {s: spent.get(s, 0.0) for s in ("transport", "cues", "classifier")}
                parts = {**inside, "rules": hits - inside["transport"] - inside["cues"]
                         - inside["classifier"], "resolve": total - hits}
                for s in STAGES:
                    per[s].append(parts[s] * 1e6)
                per["total"].append(total * 1e6)
            out[kind]["stages"] = {s: statistics.median(v) for s, v in per.items()}
    finally:
        for module, attr, original in restore:
            setattr(module, attr, original)
    return out


def _tree(rev: str, into: Path) -> Path:
    archive = subprocess.run(["git", "-C", str(PROJECT), "archive", rev, "handoff"],
                             capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def _run_side(root: Path, count: int, offset: int, env: dict[str, str]) -> dict[str, Any]:
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child",
                           str(count), str(offset)], cwd=root,
                          env=dict(env, PYTHONPATH=str(root)), capture_output=True, text=True,
                          check=True)
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--against", metavar="REV", help="also measure REV's filter, alternating")
    parser.add_argument("--runs", type=int, default=4, help="child processes per side")
    parser.add_argument("--notes", type=int, default=150, help="unique notes per kind per run")
    parser.add_argument("--child", nargs=2, type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        json.dump(child(*args.child), sys.stdout)
        return
    with tempfile.TemporaryDirectory(prefix="handoff-cost-") as tmp:
        sides = {"this tree": PROJECT}
        if args.against:
            sides = {args.against: _tree(args.against, Path(tmp)), **sides}
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pyc")
        results: dict[str, list[dict[str, Any]]] = {s: [] for s in sides}
        for r in range(args.runs):
            order = list(sides) if r % 2 == 0 else list(sides)[::-1]
            for side in order:  # the same notes on both sides of a run; new notes each run
                results[side].append(_run_side(sides[side], args.notes,
                                               10_000 * (r + 1), env))
    names = list(sides)
    print(f"\n### µs per fresh 2 KB note ({args.runs} child processes per side x {args.notes} "
          "unique notes per kind; min and p90 are the runs' best, median the runs' median)\n")
    head = " | ".join(f"{s}: min / median / p90" for s in names)
    print(f"| kind | {head} |" + (" median ratio |" if len(names) == 2 else ""))
    print("|---|" + "---:|" * (len(names) + (len(names) == 2)))
    for kind, clock in ((k, c) for c in ("cpu", "whole") for k in KINDS):
        cells = []
        medians = []
        for side in names:
            runs = [x[kind][clock] for x in results[side]]
            lo = min(x["min"] for x in runs)
            md = statistics.median(x["median"] for x in runs)
            hi = min(x["p90"] for x in runs)
            medians.append(md)
            cells.append(f"{lo:.0f} / {md:.0f} / {hi:.0f}")
        ratio = f" {medians[1] / medians[0]:.2f} |" if len(names) == 2 else ""
        what = "thread CPU" if clock == "cpu" else "wall"
        print(f"| {kind}, {what} | " + " | ".join(cells) + " |" + ratio)
    print("\n### Where it goes (µs of thread CPU time, median per note of each stage, median over runs)\n")
    print("| kind | side | " + " | ".join(STAGES) + " | total (wrapped) |")
    print("|---|---|" + "---:|" * (len(STAGES) + 1))
    for kind in KINDS:
        for side in names:
            st = [x[kind]["stages"] for x in results[side]]
            cells = [f"{statistics.median(s[k] for s in st):.0f}" for k in (*STAGES, "total")]
            print(f"| {kind} | {side} | " + " | ".join(cells) + " |")
    print("\n### Collections during the timed scans (gen 0 / 1 / 2, summed over runs); "
          "notes flagged\n")
    for side in names:
        gcs = [sum(x["gc"][g] for x in results[side]) for g in range(3)]
        flagged = {k: sum(x[k]["flagged"] for x in results[side]) for k in KINDS}
        print(f"- {side}: gc {gcs[0]} / {gcs[1]} / {gcs[2]}; flagged {flagged}")


if __name__ == "__main__":
    main()
