"""Benchmark of the privacy filter: what it costs per note, per process, and next to detect-secrets.

    PYTHONPATH=. python bench/bench_privacy.py [--quick] [--against REV [--only-against]]
    PYTHONPATH=. python bench/bench_privacy.py --layers [--quick]     # per-layer timing only
    PYTHONPATH=. python bench/bench_privacy.py --dump-findings FILE [--rules-only]

Prints, in one run:

1. the cost of ``scan_text`` on typical 2 KB agent notes (absolute microseconds per scan;
   ``scan_cost_us(text, n)`` is importable), and on a near-miss-dense 2 KB note built from the
   benign corpus;
2. target (a): what the filter adds to a non-durable ``Store.append`` of a typical 2 KB note,
   as a share of the same append with the filter switched off (``handoff.privacy.check``
   replaced by a no-op in this process only), both sides interleaved in the same run;
3. the start-up cost: fresh processes doing ``import handoff.privacy`` plus a first
   ``scan_text`` of a 300-character note, against the same process without them;
4. target (b): the labelled corpus (tests/privacy_corpus) scanned by handoff.privacy and by
   detect-secrets (its Python API, default settings, every plugin): recall, false-positive
   rate, and microseconds per corpus line in interleaved rounds after one warm-up pass each
   (so neither side pays a one-off set-up; the warm-up pass itself is printed too);
5. per label and category on the development corpus, and what each prompt signal finds;
6. ``--against REV``: this tree's filter next to the filter at git revision REV (its
   ``handoff`` package extracted with ``git archive``), in alternating child processes: the
   cost of a fresh 2 KB note (warm and with the name/value memos cleared), and of
   ``import handoff.privacy`` (run alone with ``--against REV --only-against``).

Benchmarks print figures; they assert nothing and are not tests.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import Table, fmt_time, med, scratch_dir

PROJECT = Path(__file__).resolve().parent.parent
CORPUS = PROJECT / "tests" / "privacy_corpus"
APPEND_TARGET = 0.30
"""(a): the filter adds at most 30 % to a non-durable append of a typical 2 KB note."""
SPEED_TARGET = 10.0
"""(b): detect-secrets takes at least 10x our time per corpus line."""

TYPICAL_NOTES = [
    """Session summary: continued the storage refactor on branch feature/append-only-log.
The JSONL backend now writes one event per line with a trailing checksum, and latest.json is
rebuilt from the log on open when its seq is behind. I split the fold logic out of store.py into
state.py so the CLI and the library share it. Torn tails are sealed on the next append instead of
being truncated, which keeps the crash tests deterministic.

What changed:
- handoff/backends/jsonl.py: seal_tail(), fsync on commit only when durable=True
- handoff/state.py: fold() is pure; takes events, returns the snapshot dict
- handoff/cli.py: `handoff show --since` accepts ULIDs and ISO timestamps
- tests/test_crash.py: 14 new cases (kill -9 between write and rename)

Validation: `pytest -q` -> 212 passed, 3 skipped in 41.2s; `ruff check .` clean; `mypy --strict`
clean on handoff/. Benchmarks: non-durable append p50 248us, durable append p50 2.9ms on this box.

Open questions:
1. Should `handoff doctor` rebuild latest.json automatically or only report drift?
2. The lock timeout default (10s) is too long for the CLI; maybe 2s with a clear error.
3. Do we keep the v1 schema reader, or bump to v2 and refuse old stores?

Next actions:
- wire the privacy filter into Store.append_many (single check per batch)
- add a --json flag to `handoff status`
- document the crash model in docs/design.md section 4
- ask about retention: purge keeps a tombstone, is that enough for the audit log?

Pointers: PR https://github.com/acme/handoff/pull/57 (draft), issue #41 (lock timeout),
CI run 9123456789 green on ubuntu-latest and macos-14. Last commit 3f9c2ab on the branch.
Runtime: devserver not needed; tests use tmp_path stores only. Model used this session:
claude-sonnet-4-5, no rate limiting seen (80k tokens/min budget, peaked at 31k).""",
    """Handoff for the next agent working on the billing service.

Context: the nightly invoice job failed twice this week with a deadlock between the invoice writer
and the usage aggregator. Root cause: both take row locks on customers and usage_rollups in opposite
order. Fix in PR #812 orders the locks (customers first) and adds a retry with jitter on
SerializationFailure. I verified with the repro script scripts/deadlock_repro.py (20 runs, 0
deadlocks after the fix vs 7/20 before).

Config notes: STRIPE_SECRET_KEY and DATABASE_URL come from the environment in staging; nothing is
hard-coded. The webhook signing secret is read from Vault at startup (path secret/billing/webhook).
Do not paste any of these values into notes. Local dev uses the docker compose file with
POSTGRES_PASSWORD=${POSTGRES_PASSWORD} from .env (not committed).

Tests: `make test` -> 488 passed, 12 skipped (stripe-mock not running). Integration tests against
stripe-mock: 61 passed. Coverage 87.2% (+0.4).

Remaining work:
- backfill invoices for 2025-05-30 and 2025-05-31 (dry run first: `python -m billing.backfill
  --from 2025-05-30 --to 2025-05-31 --dry-run`)
- add an alert when the job runs longer than 40 minutes
- the usage aggregator still uses the old ORM session API; migrate after the backfill

Useful links: runbook docs/runbooks/invoices.md, dashboard https://grafana.acme.io/d/billing-jobs,
Sentry issue BILLING-2F1 (resolved), trace id 4bf92f3577b34da6a3ce929d0e0e4736 for the last
failure. Image deployed: ghcr.io/acme/billing@sha256:9b2c1f0e8d7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9
a8b7c6d5e4f3a2b1c. Owner on call this week: @dana (billing), escalation #billing-oncall.""",
    """Notes from the frontend upgrade (React 18 -> 19, Vite 5 -> 6).

Done: bumped react, react-dom, @types/react; replaced ReactDOM.render in src/main.tsx; fixed the
three components that relied on implicit children props (Modal, Tooltip, Table). The auth context
now refreshes the access token 60s before expiry instead of on 401, which removes the flash of the
login page. Token storage is unchanged (httpOnly cookie set by the API; the SPA never sees it).

Broken: the e2e suite has 4 failures in tests/e2e/checkout.spec.ts, all timeouts waiting for the
payment iframe. Probably the new StrictMode double-render remounting the iframe. Repro:
`npx playwright test checkout --headed`. Screenshots in test-results/ (not committed).

Versions: node v20.11.1, npm 10.2.4, playwright 1.44.0. Lockfile regenerated; integrity hashes
changed for 312 packages, which is expected.

Decisions: keep the old class components for now, convert them in a separate PR. We agreed in
review to drop IE-era polyfills. Feature flag new_checkout stays off in production until the e2e
suite is green.

Next steps for whoever picks this up:
1. look at useEffect cleanup in PaymentFrame.tsx (line ~88) - the listener is added twice
2. re-run e2e with PWDEBUG=1 to inspect the iframe load
3. once green, remove the react-18 compat shim in src/compat/legacyRoot.ts
4. update docs/frontend.md with the new build commands

PR: https://github.com/acme/web/pull/1290, CI https://github.com/acme/web/actions/runs/9912345678.
Commit 7d1e2a9 has the last passing unit tests (1,204 passed). Bundle size: 412 kB -> 398 kB gz.
Lighthouse performance 91 (was 88). No new dependencies besides the version bumps above.""",
]

FIRST_NOTE = (
    "Refactored the lock retry in store.py; 212 passed, 3 skipped. Next: wire --json into "
    "`handoff status` and document the crash model (docs/design.md §4). PR #57, commit 3f9c2ab, "
    "model claude-sonnet-4-5, no rate limiting seen. Ask about retention for purged events."
)


def two_kb(text: str) -> str:
    """The note repeated to exactly 2,048 characters."""
    while len(text) < 2048:
        text = text + "\n" + text
    return text[:2048]


def scan_cost_us(text: str, n: int = 2000) -> float:
    """Median microseconds per ``scan_text(text)`` over 7 rounds of ``n`` scans."""
    from handoff.privacy import scan_text, scanner

    scan_text(text)  # compile what this text needs, once, as a long-lived process would
    forget = scanner._CLEAN.discard  # a note is new text: never answer from the clean memo
    rounds = []
    for _ in range(7):
        began = time.perf_counter()
        for _ in range(n):
            forget(text)
            scan_text(text)
        rounds.append((time.perf_counter() - began) / n * 1e6)
    return statistics.median(rounds)


def _corpus(name: str) -> list[dict[str, str]]:
    with (CORPUS / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def dense_note() -> str:
    """2 KB of benign near misses (hashes, ids, placeholders, sentences about tokens): a worst
    case for the filter's keyword gates, not a typical note."""
    lines = [x["text"] for x in _corpus("benign.jsonl")]
    return two_kb("\n".join(lines[i] for i in range(0, len(lines), 7)))


# -- 1. per-note cost --------------------------------------------------------------------------


def per_note(quick: bool) -> None:
    n = 300 if quick else 2000
    print("\n### Scanning a 2 KB note (`scan_text`, warm process)\n")
    print("| note | chars | µs per scan |")
    print("|---|---:|---:|")
    costs = []
    for i, note in enumerate(TYPICAL_NOTES, 1):
        text = two_kb(note)
        cost = scan_cost_us(text, n)
        costs.append(cost)
        print(f"| typical agent note {i} | {len(text):,} | {cost:.1f} |")
    print(f"| **typical, mean** | 2,048 | **{statistics.mean(costs):.1f}** |")
    dense = dense_note()
    print(f"| near-miss-dense note (benign corpus lines) | {len(dense):,} | "
          f"{scan_cost_us(dense, n):.1f} |")
    print(f"| 300-char note | {len(FIRST_NOTE)} | {scan_cost_us(FIRST_NOTE, n):.1f} |")
    bound_share(quick)
    one_pass_share(quick)


def one_pass_share(quick: bool) -> None:
    """The classifier's verdict taken the session 8 way (``below``, then ``score`` for a text
    the bound cannot settle: two passes over the text) and in one pass (``flags``: the
    scanner's words, ``ascii_score``), side by side: interleaved rounds of process time in
    this process, the weights as dicts (a long-lived process). On the ASCII development-corpus
    lines the classifier is asked about (eligible) and on the typical notes."""
    from handoff.privacy import classifier, scanner

    model = classifier.model()
    if model._by_pair is None:
        model._split_weights()
    lines = [x["text"] for name in ("benign.jsonl", "prompts.jsonl", "secrets.jsonl")
             for x in _corpus(name)]
    sets = {
        "corpus lines": [t for t in lines if t.isascii() and classifier.eligible(t)],
        "typical notes": [two_kb(note) for note in TYPICAL_NOTES] * 20,
    }

    def two_pass(texts: list[str], _: list[list[bytes]]) -> float:
        began = time.process_time()
        for text in texts:
            _ = model.below(text) or model.score(text) >= model.threshold
        return (time.process_time() - began) / len(texts) * 1e6

    def one_pass(texts: list[str], words: list[list[bytes]]) -> float:
        flags = classifier.flags
        began = time.process_time()
        for text, w in zip(texts, words, strict=True):
            flags(text, w)
        return (time.process_time() - began) / len(texts) * 1e6

    print("\n| classifier verdict, µs per text (process time, medians) | texts | below + score "
          "| one pass | median ratio |")
    print("|---|---:|---:|---:|---:|")
    for label, texts in sets.items():
        words = [t.encode("ascii").translate(scanner._WORDTAB).split() for t in texts]
        old: list[float] = []
        new: list[float] = []
        ratios: list[float] = []
        for r in range(5 if quick else 15):
            if r % 2:
                a, b = two_pass(texts, words), one_pass(texts, words)
            else:
                b, a = one_pass(texts, words), two_pass(texts, words)
            old.append(a)
            new.append(b)
            ratios.append(b / a)
        print(f"| {label} | {len(texts):,} | {med(old):.2f} | {med(new):.2f} | {med(ratios):.2f} |")


def bound_share(quick: bool) -> None:
    """What the classifier's bound (``classifier.Model.below``) saves on the typical notes:
    the same scans with it switched off and on, interleaved, in this process."""
    from handoff.privacy import classifier

    n = 150 if quick else 1000
    notes = [two_kb(note) for note in TYPICAL_NOTES]
    off: list[float] = []
    on: list[float] = []
    for r in range(6):
        for bound in ((False, True) if r % 2 == 0 else (True, False)):
            classifier.SKIP_BY_BOUND = bound
            cost = statistics.mean(scan_cost_us(text, n // 7 or 1) for text in notes)
            (on if bound else off).append(cost)
    classifier.SKIP_BY_BOUND = True
    print(f"\nTypical notes, the classifier's bound off / on (6 interleaved rounds, medians): "
          f"{med(off):.1f} / {med(on):.1f} µs per scan ({med(on) / med(off):.2f}x)")


_LAYERS = {
    "handoff.privacy.scanner": ("_tokens", "_live_keywords", "_context", "_assignments",
                                "_line_pairs", "_foreign_secrets"),
    "handoff.privacy.prose": ("secret_hits",),
    "handoff.privacy.carriers": ("carrier_hits", "layout_hits"),
    "handoff.privacy.cues": ("prompt_hits", "_request", "_speakers"),
    "handoff.privacy.classifier": ("flags",),
}
"""The layers ``scanner._scan`` calls, by module (``cues._request`` and ``cues._speakers`` are
inside ``cues.prompt_hits``; ``classifier.flags`` is the trained model's hook)."""


def layers(quick: bool) -> None:
    """Where a fresh 2 KB note's time goes: each layer of ``_scan`` wrapped by a timer (in this
    process only; the wrapper adds well under a microsecond per call), memo of clean strings
    forgotten before every scan. Wall time, best of 3 rounds per note."""
    import importlib

    n = 100 if quick else 400
    from handoff.privacy import scan_text, scanner

    spent: dict[str, float] = {}
    restore: list[tuple[Any, str, Any]] = []

    def timed(label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            began = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.perf_counter() - began
        return wrapper

    for module_name, names in _LAYERS.items():
        module = importlib.import_module(module_name)
        for name in names:
            original = getattr(module, name)
            restore.append((module, name, original))
            setattr(module, name, timed(f"{module_name.rsplit('.', 1)[1]}.{name}", original))
    notes = [(f"typical note {i}", two_kb(note)) for i, note in enumerate(TYPICAL_NOTES, 1)]
    notes.append(("near-miss-dense note", dense_note()))
    rows: list[tuple[str, float, dict[str, float]]] = []
    try:
        for label, text in notes:
            scan_text(text)
            best: tuple[float, dict[str, float]] | None = None
            for _ in range(3):
                spent.clear()
                began = time.perf_counter()
                for _ in range(n):
                    scanner._CLEAN.discard(text)
                    scan_text(text)
                total = (time.perf_counter() - began) / n * 1e6
                if best is None or total < best[0]:
                    best = (total, {k: v / n * 1e6 for k, v in spent.items()})
            assert best is not None
            rows.append((label, *best))
    finally:
        for module, name, original in restore:
            setattr(module, name, original)
    columns = [f"{m.rsplit('.', 1)[1]}.{n}" for m, names in _LAYERS.items() for n in names]
    print(f"\n### Where a fresh 2 KB note's time goes (µs per scan, best of 3 x {n})\n")
    print("| note | whole scan | " + " | ".join(f"`{c}`" for c in columns) + " |")
    print("|---|---:|" + "---:|" * len(columns))
    for label, total, parts in rows:
        print(f"| {label} | {total:.1f} | " + " | ".join(f"{parts.get(c, 0.0):.1f}" for c in columns) + " |")


# -- 2. inside Store.append ----------------------------------------------------------------------


def _numbered(note: str, k: int) -> str:
    """The note with its last characters replaced by a counter: every append carries a new
    2,048-character text, as a long-lived writer would (no two scans see the same string)."""
    tag = f" #{k:07d}"
    return note[: len(note) - len(tag)] + tag


def _append_sides(notes: list[str], rounds: int, ops: int) -> tuple[float, float] | None:
    """Per-append seconds (median of per-round means) with and without the filter, or None if
    the store does not look ``handoff.privacy.check`` up where this process can replace it."""
    import gc

    import handoff
    from handoff import privacy

    real = privacy.check
    seen: list[str] = []

    def counting(value: object, path: str = "") -> None:
        seen.append(path)

    def off(value: object, path: str = "") -> None:
        return None

    with scratch_dir("privacy-append-") as work:
        stores = {side: handoff.open_store(work / side, durability="never")
                  for side in ("with filter", "without")}
        privacy.check = counting
        try:
            stores["without"].append("note", {"text": "warm-up"})
        finally:
            privacy.check = real
        if not seen:
            return None
        for store in stores.values():  # warm: compile what these notes need, fill caches
            for note in notes:
                store.append("note", {"text": note})
        counters = dict.fromkeys(stores, 0)
        samples: dict[str, list[float]] = {side: [] for side in stores}
        for r in range(rounds):
            order = list(stores) if r % 2 == 0 else list(stores)[::-1]
            for side in order:
                store = stores[side]
                first = counters[side]
                texts = [_numbered(notes[(first + i) % len(notes)], first + i) for i in range(ops)]
                counters[side] += ops
                privacy.check = real if side == "with filter" else off
                gc.collect()
                try:
                    began = time.perf_counter()
                    for text in texts:
                        store.append("note", {"text": text})
                    samples[side].append((time.perf_counter() - began) / ops)
                finally:
                    privacy.check = real
        for store in stores.values():
            store.close()
    return med(samples["with filter"]), med(samples["without"])


def append_share(quick: bool) -> None:
    """Target (a). Two stores opened with durability="never" get the same appends in
    interleaved rounds; on one side ``handoff.privacy.check`` (which the store looks up on every
    write) is swapped for a no-op for the duration of that side's rounds, so the two sides do the
    same work except the filter. Medians of per-round means."""
    rounds, ops = (7, 60) if quick else (21, 200)
    notes = [two_kb(n) for n in TYPICAL_NOTES]
    t = Table("(a) The filter inside a non-durable `Store.append` of a typical 2 KB note")
    measured = _append_sides(notes, rounds, ops)
    if measured is None:
        t.note("the store did not call handoff.privacy.check: the filter could not be switched "
               "off from here, so this target was not measured")
        t.print()
        return
    with_filter, without = measured
    added = with_filter - without
    isolated = statistics.mean(scan_cost_us(note, 300 if quick else 1000) for note in notes)
    t.rows.append(("what the filter adds to one append", fmt_time(added),
                   f"append without filter: {fmt_time(without)}", f"{added / without:.1%}",
                   f"≤ {APPEND_TARGET:.0%}", "yes" if added <= APPEND_TARGET * without else "NO"))
    t.rows.append(("append with the filter", fmt_time(with_filter), "", "", "context", "—"))
    t.rows.append(("`scan_text` of the same notes, alone (section 1)", f"{isolated:.1f} µs", "",
                   f"{added / (isolated * 1e-6):.2f}x in the append", "context", "—"))
    short = _append_sides([FIRST_NOTE], max(3, rounds // 3), ops)
    if short is not None:
        s_with, s_without = short
        t.rows.append((f"same for the {len(FIRST_NOTE)}-character note", fmt_time(s_with - s_without),
                       f"append without filter: {fmt_time(s_without)}",
                       f"{(s_with - s_without) / s_without:.1%}", "context", "—"))
    t.note(f"the three typical notes in turn, each made unique by a counter; {rounds} rounds x "
           f"{ops} appends per side, sides alternating which goes first; medians of per-round "
           "means. Each append also checks the (empty) scope and publishes latest.json. In the "
           "append the scan costs more than alone: the store's work and the scan evict each "
           "other's caches")
    t.print()


# -- 3. start-up cost --------------------------------------------------------------------------

STARTUP = {
    "baseline: `import handoff.errors`": "import handoff.errors",
    "+ `import handoff.privacy`": "import handoff.errors, handoff.privacy",
    "+ the prompt classifier's weights read (`classifier.model()`)":
        "import handoff.errors, handoff.privacy; from handoff.privacy import classifier; classifier.model()",
    "+ first `scan_text` of a 300-char note":
        "import handoff.errors, handoff.privacy; handoff.privacy.scan_text(NOTE)",
    "+ first `scan_text` of a 2 KB typical note":
        "import handoff.errors, handoff.privacy; handoff.privacy.scan_text(NOTE2K)",
    "same, regex cache ignored (every pattern compiled from source)":
        "import handoff.errors, handoff.privacy; from handoff.privacy import lazy_re; "
        "lazy_re._index = {}; handoff.privacy.scan_text(NOTE2K)",
    "same, the snapshot of derived tables ignored (built from the rows, as before session 12)":
        "import os; os.environ['HANDOFF_PRIVACY_SNAPSHOT'] = 'off'; "
        "import handoff.errors, handoff.privacy; handoff.privacy.scan_text(NOTE2K)",
    "same, the classifier's names index ignored (its 25,000 names split, as before session 10)":
        "import handoff.errors, handoff.privacy; from handoff.privacy import classifier; "
        "classifier.USE_INDEX = False; handoff.privacy.scan_text(NOTE2K)",
    "same, the classifier's dicts built first (as after 3,000 lookups)":
        "import handoff.errors, handoff.privacy; from handoff.privacy import classifier; "
        "classifier.model()._split_weights(); handoff.privacy.scan_text(NOTE2K)",
    "same, with `re` already imported (as in the CLI)":
        "import re, handoff.errors, handoff.privacy; handoff.privacy.scan_text(NOTE2K)",
    "baseline with `re` imported": "import re, handoff.errors",
}


def _startup_samples(env: dict[str, str], runs: int) -> dict[str, float]:
    prelude = f"NOTE = {FIRST_NOTE!r}; NOTE2K = {two_kb(TYPICAL_NOTES[1])!r}\n"
    sides = {k: [sys.executable, "-c", prelude + v] for k, v in STARTUP.items()}
    samples: dict[str, list[float]] = {k: [] for k in sides}
    for argv in sides.values():  # warm the OS caches (and write bytecode when allowed)
        subprocess.run(argv, env=env, check=True)
    for r in range(runs):
        order = list(sides) if r % 2 == 0 else list(sides)[::-1]
        for name in order:
            began = time.perf_counter()
            subprocess.run(sides[name], env=env, check=True)
            samples[name].append(time.perf_counter() - began)
    return {k: statistics.median(v) * 1e3 for k, v in samples.items()}


def startup(quick: bool) -> None:
    """Installed packages have bytecode; this machine may set PYTHONDONTWRITEBYTECODE, so both."""
    runs = 8 if quick else 30
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(PROJECT), env.get("PYTHONPATH")) if p)
    with tempfile.TemporaryDirectory(prefix="handoff-pyc-") as pyc:
        cached = dict(env, PYTHONPYCACHEPREFIX=pyc)
        cached.pop("PYTHONDONTWRITEBYTECODE", None)
        cold = dict(env, PYTHONDONTWRITEBYTECODE="1")
        results = {
            "bytecode cached (an installed package)": _startup_samples(cached, runs),
            "no bytecode (every process compiles the source)": _startup_samples(cold, runs),
        }
        importtime = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import handoff.errors, handoff.privacy"],
            env=cached, capture_output=True, text=True, check=True,
        )
    print(f"\n### Process start-up ({runs} interleaved runs each, median wall time)\n")
    print("| process | " + " | ".join(f"{k}: ms (added)" for k in results) + " |")
    print("|---|" + "---:|" * len(results))
    for name in STARTUP:
        cells = []
        for medians in results.values():
            ref = medians["baseline with `re` imported" if "`re`" in name else
                          "baseline: `import handoff.errors`"]
            added = "" if name.startswith("baseline") else f" (+{medians[name] - ref:.2f})"
            cells.append(f"{medians[name]:.2f}{added}")
        print(f"| {name} | " + " | ".join(cells) + " |")
    out = importtime
    rows = [line for line in out.stderr.splitlines() if "handoff.privacy" in line]
    print("\n`python -X importtime`, bytecode cached (self µs | cumulative µs | module):\n")
    for line in rows:
        print("    " + line.replace("import time:", "").strip())


# -- 4. corpus, next to detect-secrets -----------------------------------------------------------


def _pass_us(scan: Callable[[str], bool], texts: list[str]) -> tuple[list[bool], float]:
    """One pass over ``texts``: the flags and the microseconds per text."""
    began = time.perf_counter()
    flags = [scan(t) for t in texts]
    return flags, (time.perf_counter() - began) / len(texts) * 1e6


def _handoff_scanner() -> Callable[[str], bool]:
    from handoff.privacy import scan_text

    return lambda text: bool(scan_text(text))


def _forget() -> None:
    """Before each timed pass: drop handoff's memoised name and value judgements, so a pass
    judges every value as if for the first time (compiled regexes stay, as set-up)."""
    from handoff.privacy import scanner

    scanner.clear_caches()


def _detect_secrets_scanner(stack: ExitStack) -> Callable[[str], bool] | None:
    """detect-secrets as it scans a file: every plugin and its default filters (its ad-hoc
    ``scan_line`` searches eagerly and reports every word, leaving thresholds to its CLI)."""
    try:
        from detect_secrets.core.scan import _process_line_based_plugins
        from detect_secrets.settings import default_settings
    except ImportError:
        return None
    stack.enter_context(default_settings())

    def scan(text: str) -> bool:
        lines = list(enumerate(text.splitlines(), 1))
        return any(True for _ in _process_line_based_plugins(lines=lines, filename="note.txt"))

    return scan


def _credsweeper_scanner() -> Callable[[str], bool] | None:
    """CredSweeper's rules and filters on each text (``file_scan`` of a string provider); its ML
    validation step, which works on a whole scan's candidates, is not run."""
    try:
        import warnings

        from credsweeper.app import CredSweeper
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from credsweeper.file_handler.string_content_provider import StringContentProvider
    except ImportError:
        return None
    app = CredSweeper()

    def scan(text: str) -> bool:
        return bool(app.file_scan(StringContentProvider(text.splitlines())))

    return scan


def corpus(quick: bool) -> None:
    """Target (b). Each tool first makes one untimed-for-the-ratio pass over the whole corpus
    (handoff compiles the patterns the corpus needs, detect-secrets sets up its plugins); then
    both make ``rounds`` timed passes, interleaved and alternating which goes first."""
    secrets, prompts, benign = (_corpus(n) for n in ("secrets.jsonl", "prompts.jsonl",
                                                     "benign.jsonl"))
    if quick:
        secrets, prompts, benign = secrets[::5], prompts[::3], benign[::3]
    texts = [x["text"] for x in secrets + prompts + benign]
    n_s, n_p = len(secrets), len(prompts)
    rounds = 3 if quick else 9
    stack = ExitStack()
    tools: dict[str, Callable[[str], bool] | None] = {
        "handoff.privacy": _handoff_scanner(),
        "detect-secrets 1.5 (default settings: all plugins and filters)":
            _detect_secrets_scanner(stack),
        "CredSweeper 1.19 (rules and filters, ML step not run)": _credsweeper_scanner(),
    }
    ours = "handoff.privacy"
    present = {name: scan for name, scan in tools.items() if scan is not None}
    first: dict[str, float] = {}
    quality: dict[str, tuple[float, float, float, float]] = {}
    for name, scan in present.items():
        flags, first[name] = _pass_us(scan, texts)
        s_flags, p_flags, b_flags = flags[:n_s], flags[n_s : n_s + n_p], flags[n_s + n_p :]
        quality[name] = (sum(s_flags) / n_s, sum(p_flags) / n_p,
                         (sum(s_flags) + sum(p_flags)) / (n_s + n_p), sum(b_flags) / len(benign))
    timed: dict[str, list[float]] = {name: [] for name in present}
    for r in range(rounds):
        order = list(present) if r % 2 == 0 else list(present)[::-1]
        for name in order:
            if name == ours:
                _forget()
            timed[name].append(_pass_us(present[name], texts)[1])
    stack.close()

    print(f"\n### (b) Corpus: {len(secrets)} credential lines ({len({x['format'] for x in secrets})} "
          f"formats), {len(prompts)} prompt/transcript lines, {len(benign)} benign lines\n")
    print("| tool | recall, credentials | recall, prompts | recall, all | false positives "
          "(benign) | µs per line (median of rounds) | first pass, µs per line |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name in tools:
        if name not in present:
            print(f"| {name} | not installed | | | | | |")
            continue
        rec_s, rec_p, rec_a, fpr = quality[name]
        print(f"| {name} | {rec_s:.2%} | {rec_p:.2%} | {rec_a:.2%} | {fpr:.2%} | "
              f"{med(timed[name]):.1f} | {first[name]:.1f} |")
    theirs = [name for name in present if name != ours]
    for other in theirs[1:]:
        print(f"\n{other.split(' (')[0]} takes {med(timed[other]) / med(timed[ours]):.1f}x the time of "
              "handoff.privacy per corpus line (same rounds).")
    if ours in present and theirs:
        other = theirs[0]
        ratio = med(timed[other]) / med(timed[ours])
        cold = first[other] / first[ours]
        better = quality[ours][2] > quality[other][2] and quality[ours][3] < quality[other][3]
        print(f"\nSpeed ratio: detect-secrets takes {ratio:.1f}x the time of handoff.privacy per "
              f"corpus line (target ≥ {SPEED_TARGET:g}x: {'met' if ratio >= SPEED_TARGET else 'NOT met'}"
              f"; first passes, compiles and plug-in set-up included: {cold:.1f}x). Higher recall "
              f"and a lower false-positive rate: {'yes' if better else 'NO'}. {rounds} interleaved "
              "rounds after one warm-up pass each; before each of its rounds handoff forgets its "
              "memoised judgements (scanner.clear_caches). Each corpus text is given to "
              "detect-secrets as the lines of one file; it has no prompt rules, so its prompt "
              "'recall' counts prompt texts it flagged for other reasons.")


# -- 5. per label and per category, and what each prompt signal contributes -------------------


def _category(line: dict[str, str], label: str) -> str:
    if line.get("style") in ("issue11", "round2"):
        return line["format"]
    return {"credential": "formats and structures (original set)",
            "prompt": "phrase-rule prompts (original set)",
            "benign": "engineering text (original set)"}[label]


def categories(quick: bool) -> None:
    """Recall per label and category on the development corpus, and which prompt signal finds
    each prompt text: the phrase rules of the table, the structural cues (cues.py), or both;
    then the false positives with the cues switched off, to show what they cost."""
    from handoff.privacy import scan_text, scanner
    from handoff.privacy.rules import RULES

    cue_ids = {r.id for r in RULES if r.procedural and r.category == "prompt"}
    phrase_ids = {r.id for r in RULES if not r.procedural and r.category == "prompt"}
    rows: dict[tuple[str, str], list[int]] = {}
    signal = {"phrase rules only": 0, "structural cues only": 0, "both": 0, "neither": 0}
    for label, name in (("credential", "secrets.jsonl"), ("prompt", "prompts.jsonl"),
                        ("benign", "benign.jsonl")):
        for line in _corpus(name):
            found = scan_text(line["text"])
            row = rows.setdefault((label, _category(line, label)), [0, 0])
            row[0] += 1
            row[1] += bool(found)
            if label == "prompt":
                ids = {f.rule for f in found}
                by_phrase, by_cue = bool(ids & phrase_ids), bool(ids & cue_ids)
                key = ("both" if by_phrase and by_cue else "phrase rules only" if by_phrase
                       else "structural cues only" if by_cue else "neither")
                signal[key] += 1
    print("\n### Development corpus per label and category (`scan_text` of each line)\n")
    print("| label | category | lines | flagged | rate |")
    print("|---|---|---:|---:|---:|")
    for label in ("credential", "prompt", "benign"):
        total = [0, 0]
        for (lab, cat), (n, hit) in sorted(rows.items()):
            if lab != label:
                continue
            total[0] += n
            total[1] += hit
            print(f"| {label} | {cat} | {n} | {hit} | {hit / n:.2%} |")
        what = "false positives" if label == "benign" else "recall"
        print(f"| **{label}** | **all ({what})** | {total[0]} | {total[1]} | "
              f"**{total[1] / total[0]:.2%}** |")
    n_prompts = sum(signal.values())
    print(f"\nPrompt texts ({n_prompts}) by the signal that finds them: " + ", ".join(
        f"{k} {v} ({v / n_prompts:.1%})" for k, v in signal.items()))
    from handoff.privacy import cues

    real = cues.prompt_hits
    cues.prompt_hits = lambda *args: None  # type: ignore[assignment]
    try:
        scanner.clear_caches()
        off_prompts = sum(bool(scan_text(x["text"])) for x in _corpus("prompts.jsonl"))
        off_fp = sum(bool(scan_text(x["text"])) for x in _corpus("benign.jsonl"))
    finally:
        cues.prompt_hits = real
        scanner.clear_caches()
    n_benign = len(_corpus("benign.jsonl"))
    print(f"With the structural cues switched off: prompt recall {off_prompts / n_prompts:.2%}, "
          f"false positives {off_fp / n_benign:.2%}.")


# -- 6. side by side with an earlier revision ------------------------------------------------------

_CHILD = r"""
import json, sys, time
began = time.perf_counter()
import handoff.errors
t0, c0 = time.perf_counter(), time.process_time()
import handoff.privacy
imported, imported_cpu = time.perf_counter() - t0, time.process_time() - c0
assert handoff.privacy.__file__.startswith(sys.argv[1]), handoff.privacy.__file__
from handoff.privacy import scan_text, scanner
notes, n, first_only = json.loads(sys.stdin.read())
out = {"import_ms": imported * 1e3, "import_cpu_ms": imported_cpu * 1e3}
t0, c0 = time.perf_counter(), time.process_time()
scan_text(notes[1])
out["first_scan_ms"] = (time.perf_counter() - t0) * 1e3
out["first_scan_cpu_ms"] = (time.process_time() - c0) * 1e3
if not first_only:
    clock = time.process_time
    for name, cold in (("warm", False), ("cold", True)):
        costs = []
        for text in notes:
            scan_text(text)
            best = None
            for _ in range(3):
                t0 = clock()
                for i in range(n):
                    if cold:
                        scanner.clear_caches()
                    else:
                        scanner._CLEAN.discard(text)
                    scan_text(text)
                cost = (clock() - t0) / n * 1e6
                best = cost if best is None else min(best, cost)
            costs.append(best)
        out[name] = costs
print(json.dumps(out))
"""


def _revision_tree(rev: str, into: Path) -> Path:
    """The ``handoff`` package as it was at ``rev``, extracted under ``into``."""
    archive = subprocess.run(["git", "-C", str(PROJECT), "archive", rev, "handoff"],
                             capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def against(rev: str, quick: bool, only: bool) -> None:
    """This tree and ``rev`` in alternating child processes (each run measures both sides in
    the same minute, so the machine's load falls on both); per note the best of three rounds
    of process time per scan, then the median over the runs, and the best run (on a shared,
    loaded machine the least disturbed run is the steadier figure)."""
    runs = 4 if quick else 10
    n = 40 if quick else 150
    notes = [two_kb(note) for note in TYPICAL_NOTES] + [dense_note(), FIRST_NOTE]
    labels = ["typical note 1", "typical note 2", "typical note 3", "near-miss-dense note",
              f"{len(FIRST_NOTE)}-char note"]
    with tempfile.TemporaryDirectory(prefix="handoff-rev-") as tmp:
        sides = {f"at {rev}": _revision_tree(rev, Path(tmp)), "this tree": PROJECT}
        results: dict[str, list[dict[str, Any]]] = {side: [] for side in sides}
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pyc")  # bytecode, as installed
        for root in sides.values():  # write bytecode first
            subprocess.run([sys.executable, "-c", "import handoff.privacy"], cwd=root,
                           env=dict(env, PYTHONPATH=str(root)), check=True)
        for r in range(runs):
            order = list(sides) if r % 2 == 0 else list(sides)[::-1]
            for side in order:
                proc = subprocess.run(
                    [sys.executable, "-c", _CHILD, str(sides[side])], cwd=sides[side],  # "" leads sys.path
                    env=dict(env, PYTHONPATH=str(sides[side])),
                    input=json.dumps([notes, n, only]), capture_output=True, text=True,
                    check=True)
                results[side].append(json.loads(proc.stdout))
    before, now = results.values()
    print(f"\n### This tree next to {rev} ({runs} alternating child processes per side, "
          "bytecode cached)\n")
    print(f"| measure | at {rev} | this tree | this tree / {rev} | best run: at {rev} | this tree | ratio |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    rows = [("`import handoff.privacy`, ms (after `handoff.errors`)", "import_ms", None),
            ("first `scan_text` of a 2 KB note in a new process, ms", "first_scan_ms", None),
            ("the same import, ms of process time (less moved by the load)", "import_cpu_ms", None),
            ("the same first scan, ms of process time", "first_scan_cpu_ms", None)]
    if not only:
        for kind, what in (("warm", "µs per scan, memo of clean strings forgotten"),
                           ("cold", "µs per scan, all memos cleared")):
            rows += [(f"{label}: {what}", kind, i) for i, label in enumerate(labels)]
    for title, key, index in rows:
        xs = [x[key] if index is None else x[key][index] for x in before]
        ys = [x[key] if index is None else x[key][index] for x in now]
        a, b = statistics.median(xs), statistics.median(ys)
        print(f"| {title} | {a:.1f} | {b:.1f} | {b / a:.2f} | {min(xs):.1f} | {min(ys):.1f} "
              f"| {min(ys) / min(xs):.2f} |")


def _process_us(fn: Callable[[str], object], forget: Callable[[str], None], texts: list[str]
                ) -> float:
    """Microseconds of process time per ``fn(text)`` over ``texts``, ``forget`` before each."""
    began = time.process_time()
    for text in texts:
        forget(text)
        fn(text)
    return (time.process_time() - began) / len(texts) * 1e6


def same_process(rev: str, quick: bool, rules_changed: bool = False) -> None:
    """``rev``'s filter and this tree's in one process, scanned alternately (process time).

    ``rev``'s ``handoff/privacy`` is extracted as the package ``handoff_at_rev`` (its
    ``handoff.privacy`` imports rewritten; ``handoff.errors`` stays shared, so findings
    compare equal), and the verdicts of both are asserted equal first (``rules_changed``: counted
    and printed instead, to time a round whose rules differ from ``rev``'s). Each round times both
    sides back to back, in alternating order, so the machine's load falls on both alike; the
    table gives medians, best rounds and the median of the per-round ratios. On a loaded
    2-core machine this moves far less than separate processes do (``--against``)."""
    import importlib
    import shutil

    from handoff.privacy import scan_text, scanner

    rounds = 7 if quick else 15
    notes = [two_kb(note) for note in TYPICAL_NOTES] + [dense_note(), FIRST_NOTE]
    labels = ["typical note 1", "typical note 2", "typical note 3", "near-miss-dense note",
              f"{len(FIRST_NOTE)}-char note"]
    with tempfile.TemporaryDirectory(prefix="handoff-rev-") as tmp:
        extracted = Path(tmp) / "tree"
        extracted.mkdir()
        _revision_tree(rev, extracted)
        root = Path(tmp) / "alt"  # holds only handoff_at_rev: no other import can land here
        package = root / "handoff_at_rev"
        package.mkdir(parents=True)
        (package / "__init__.py").write_text("", encoding="utf-8")
        shutil.copytree(extracted / "handoff" / "privacy", package / "privacy")
        for path in (package / "privacy").rglob("*.py"):
            source = path.read_text(encoding="utf-8")
            path.write_text(source.replace("handoff.privacy", "handoff_at_rev.privacy"),
                            encoding="utf-8")
        sys.path.insert(0, str(root))
        try:
            old = importlib.import_module("handoff_at_rev.privacy")
            old_scanner = importlib.import_module("handoff_at_rev.privacy.scanner")
        finally:
            sys.path.remove(str(root))
        lines = [x["text"] for name in ("benign.jsonl", "prompts.jsonl", "secrets.jsonl")
                 for x in _corpus(name)]
        differ = sum(old.scan_text(text) != scan_text(text) for text in notes + lines)
        assert rules_changed or not differ, f"{differ} texts' findings differ from {rev}'s"
        if differ:
            print(f"\n{differ} of {len(notes) + len(lines)} texts' findings differ from {rev}'s "
                  "(--rules-changed): the times below compare two rule sets")
        sides = [(old.scan_text, old_scanner._CLEAN.discard),
                 (scan_text, scanner._CLEAN.discard)]
        print(f"\n### This tree next to {rev} in one process (µs of process time per scan, "
              f"{rounds} interleaved rounds)\n")
        print(f"| text | at {rev} (median / best) | this tree (median / best) | median ratio |")
        print("|---|---:|---:|---:|")
        n = 20 if quick else 40
        work = [(label, [text] * n) for label, text in zip(labels, notes, strict=True)]
        work.append((f"development corpus, {len(lines):,} lines, memos cleared", lines))
        for label, texts in work:
            times: list[list[float]] = [[], []]
            for r in range(rounds):
                for i in ((0, 1) if r % 2 == 0 else (1, 0)):
                    if len(texts) > n:
                        (old_scanner if i == 0 else scanner).clear_caches()
                    times[i].append(_process_us(*sides[i], texts))
            ratio = med([b / a for a, b in zip(*times, strict=True)])
            print(f"| {label} | {med(times[0]):.1f} / {min(times[0]):.1f} | {med(times[1]):.1f} / "
                  f"{min(times[1]):.1f} | {ratio:.2f} |")


def dump_findings(out: Path, rules_only: bool = False) -> None:
    """Every finding of ``scan_text`` (rule id and span, never the text) on every line of the
    four corpora under tests/ (as written and with line breaks flattened), on each rule's
    examples and near misses, on the notes above, and of ``scan_value`` on benign lines under
    a secret-named key: one JSON line each. A speed change must leave this file unchanged;
    compare two trees with ``diff`` (run both with the same ``PYTHONHASHSEED``: the order of
    equal-priority findings follows set order). ``rules_only``: the trained classifier switched
    off, so a retrained model can be told apart from a rule whose verdict changed."""
    from handoff.privacy import classifier, scan_text, scan_value
    if rules_only:
        classifier.flags = lambda text, words=None: False  # type: ignore[assignment]  # this process only
    from check_findings import CORPORA  # named, never globbed: held-out corpora stay unread

    from handoff.privacy.rules import RULES

    tests = PROJECT / "tests"
    files = [tests / rel for rel in CORPORA if (tests / rel).exists()]
    with out.open("w", encoding="utf-8") as fh:
        def emit(tag: str, text: str) -> None:
            found = sorted((f.rule, f.start, f.end) for f in scan_text(text))
            fh.write(json.dumps([tag, found]) + "\n")

        for name in files:
            rel = name.relative_to(PROJECT).as_posix()
            for i, line in enumerate(name.read_text(encoding="utf-8").splitlines()):
                text = json.loads(line)["text"]
                emit(f"{rel}:{i}", text)
                emit(f"{rel}:{i}:flat", text.replace("\n", " "))
        for rule in RULES:
            for i, text in enumerate(rule.examples):
                emit(f"example:{rule.id}:{i}", text)
            for i, text in enumerate(rule.near_misses):
                emit(f"near-miss:{rule.id}:{i}", text)
        for i, note in enumerate(TYPICAL_NOTES):
            emit(f"note:{i}", two_kb(note))
        emit("dense-note", dense_note())
        for i, line in enumerate(_corpus("benign.jsonl")):
            found = sorted((f.path, f.rule, f.start, f.end)
                           for f in scan_value({"db.password": line["text"][:60]}))
            fh.write(json.dumps([f"config:{i}", found]) + "\n")
    print(f"findings written to {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="fewer rounds: a fast smoke run")
    parser.add_argument("--against", metavar="REV", help="also compare with the filter at REV")
    parser.add_argument("--same-process", metavar="REV",
                        help="only: this tree next to the filter at REV, in one process")
    parser.add_argument("--rules-changed", action="store_true",
                        help="with --same-process: count differing findings instead of failing")
    parser.add_argument("--only-against", action="store_true",
                        help="with --against: run only that comparison")
    parser.add_argument("--dump-findings", metavar="FILE", type=Path,
                        help="write every finding on the corpora to FILE and stop (diff two "
                        "trees' files to check that a speed change finds the same)")
    parser.add_argument("--layers", action="store_true",
                        help="only the per-layer timing of a fresh 2 KB note")
    parser.add_argument("--rules-only", action="store_true",
                        help="with --dump-findings: the trained classifier switched off")
    args = parser.parse_args()
    if args.dump_findings:
        dump_findings(args.dump_findings, args.rules_only)
        return
    print("## bench_privacy: the privacy filter")
    if args.layers:
        layers(args.quick)
        return
    if args.same_process:
        same_process(args.same_process, args.quick, args.rules_changed)
        return
    if args.against and args.only_against:
        against(args.against, args.quick, False)
        return
    per_note(args.quick)
    append_share(args.quick)
    startup(args.quick)
    corpus(args.quick)
    categories(args.quick)
    if args.against:
        against(args.against, args.quick, False)


if __name__ == "__main__":
    main()
