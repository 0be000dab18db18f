"""Benchmark of the privacy filter: what it costs per note, per process, and next to detect-secrets.

    PYTHONPATH=. python bench/bench_privacy.py [--quick]

Prints, in one run:

1. the cost of ``scan_text`` on typical 2 KB agent notes (absolute microseconds per scan;
   ``scan_cost_us(text, n)`` is importable so another benchmark can put it next to
   ``Store.append``), and on a near-miss-dense 2 KB note built from the benign corpus;
2. the start-up cost: fresh processes doing ``import handoff.privacy`` plus a first
   ``scan_text`` of a 300-character note, against the same process without them;
3. the labelled corpus (tests/privacy_corpus) scanned by handoff.privacy and by detect-secrets
   (its Python API, default settings, every plugin): recall, false-positive rate and
   microseconds per corpus line for both, and the speed ratio.

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
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
CORPUS = PROJECT / "tests" / "privacy_corpus"

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
    from handoff.privacy import scan_text

    scan_text(text)  # compile what this text needs, once, as a long-lived process would
    rounds = []
    for _ in range(7):
        began = time.perf_counter()
        for _ in range(n):
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


# -- 2. start-up cost --------------------------------------------------------------------------

STARTUP = {
    "baseline: `import handoff.errors`": "import handoff.errors",
    "+ `import handoff.privacy`": "import handoff.errors, handoff.privacy",
    "+ first `scan_text` of a 300-char note":
        "import handoff.errors, handoff.privacy; handoff.privacy.scan_text(NOTE)",
    "+ first `scan_text` of a 2 KB typical note":
        "import handoff.errors, handoff.privacy; handoff.privacy.scan_text(NOTE2K)",
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
        for med in results.values():
            ref = med["baseline with `re` imported" if "`re`" in name else
                      "baseline: `import handoff.errors`"]
            added = "" if name.startswith("baseline") else f" (+{med[name] - ref:.2f})"
            cells.append(f"{med[name]:.2f}{added}")
        print(f"| {name} | " + " | ".join(cells) + " |")
    out = importtime
    rows = [line for line in out.stderr.splitlines() if "handoff.privacy" in line]
    print("\n`python -X importtime`, bytecode cached (self µs | cumulative µs | module):\n")
    for line in rows:
        print("    " + line.replace("import time:", "").strip())


# -- 3. corpus, next to detect-secrets -----------------------------------------------------------


def _timed_flags(scan: Callable[[str], bool], texts: Iterable[str]) -> tuple[list[bool], float]:
    texts = list(texts)
    began = time.perf_counter()
    flags = [scan(t) for t in texts]
    return flags, (time.perf_counter() - began) / len(texts) * 1e6


def _handoff_scanner() -> Callable[[str], bool]:
    from handoff.privacy import scan_text

    return lambda text: bool(scan_text(text))


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


def corpus(quick: bool) -> None:
    secrets, prompts, benign = (_corpus(n) for n in ("secrets.jsonl", "prompts.jsonl",
                                                     "benign.jsonl"))
    if quick:
        secrets, prompts, benign = secrets[::5], prompts[::3], benign[::3]
    stack = ExitStack()
    tools: dict[str, Callable[[str], bool] | None] = {
        "handoff.privacy": _handoff_scanner(),
        "detect-secrets (default settings: all plugins and filters)": _detect_secrets_scanner(stack),
    }
    print(f"\n### Corpus: {len(secrets)} credential lines ({len({x['format'] for x in secrets})} "
          f"formats), {len(prompts)} prompt/transcript lines, {len(benign)} benign lines\n")
    print("| tool | recall, credentials | recall, prompts | recall, all | false positives "
          "(benign) | µs per line |")
    print("|---|---:|---:|---:|---:|---:|")
    speeds: dict[str, float] = {}
    for name, scan in tools.items():
        if scan is None:
            print(f"| {name} | not installed | | | | |")
            continue
        for x in secrets[:20] + benign[:20]:  # warm up (lazy compiles, plugin set-up)
            scan(x["text"])
        s_flags, s_us = _timed_flags(scan, (x["text"] for x in secrets))
        p_flags, p_us = _timed_flags(scan, (x["text"] for x in prompts))
        b_flags, b_us = _timed_flags(scan, (x["text"] for x in benign))
        total = len(secrets) + len(prompts) + len(benign)
        us = (s_us * len(secrets) + p_us * len(prompts) + b_us * len(benign)) / total
        speeds[name] = us
        rec_s = sum(s_flags) / len(secrets)
        rec_p = sum(p_flags) / len(prompts)
        rec_a = (sum(s_flags) + sum(p_flags)) / (len(secrets) + len(prompts))
        fpr = sum(b_flags) / len(benign)
        print(f"| {name} | {rec_s:.2%} | {rec_p:.2%} | {rec_a:.2%} | {fpr:.2%} | {us:.1f} |")
    stack.close()
    if len(speeds) == 2:
        ours, theirs = speeds.values()
        print(f"\nSpeed ratio: detect-secrets takes {theirs / ours:.1f}x the time of "
              "handoff.privacy per corpus line (each corpus text is given to detect-secrets as "
              "the lines of one file). detect-secrets has no prompt rules: its prompt 'recall' "
              "counts prompt texts it flagged for other reasons.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="fewer rounds: a fast smoke run")
    args = parser.parse_args()
    print("## bench_privacy: the privacy filter")
    per_note(args.quick)
    startup(args.quick)
    corpus(args.quick)


if __name__ == "__main__":
    main()
