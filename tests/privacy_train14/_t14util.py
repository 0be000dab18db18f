"""Shared slot values and the two recombination helpers of round 14's corpus (no texts of its own).

``fill`` replaces ``<<slot>>`` markers with hand-written values; ``weave`` puts hand-written items
into hand-written frames round-robin, so that no frame carries more than its share of a category.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

SCALE = 1.0

POOLS: dict[str, list[str]] = {
    "mod": ["exporter", "sync", "retry", "cli", "store", "migrate", "auth", "ingest", "scheduler", "billing",
            "search", "render", "webhooks", "cache", "config", "notify", "upload", "reports", "queue", "parser"],
    "file": ["src/exporter.py", "sync/retry.py", "cli/main.py", "utils/dates.py", "api/routes.py",
             "db/migrations/0042_add_index.py", "store/sqlite.py", "web/app.tsx", "pkg/queue/worker.go",
             "internal/auth/token.go", "lib/parser.rb", "src/render/table.rs", "tests/test_sync.py",
             "scripts/release.sh", "config/settings.toml", "Makefile", ".github/workflows/ci.yml",
             "frontend/src/hooks/useSearch.ts", "billing/invoice.py", "docs/install.md"],
    "test": ["test_export_large_workspace", "test_retry_on_429", "test_parse_empty_line", "test_dates_dst",
             "test_sync_conflict", "test_cli_help", "test_migrate_rollback", "test_upload_resume",
             "test_cache_eviction", "test_webhook_signature", "test_invoice_rounding", "test_search_unicode",
             "test_scheduler_cron", "test_render_wide_table", "test_queue_backpressure"],
    "person": ["Dana", "Priya", "Marco", "Yuki", "Olu", "Sven", "Ines", "Tomasz", "Aisha", "Kenji", "Lena",
               "Rafael", "Mei", "Jonas", "Fatima", "Hugo", "Chloe", "Arjun", "Noor", "Beatriz"],
    "n": ["2", "3", "4", "5", "7", "9", "12", "14", "17", "23", "31", "48"],
    "big": ["112", "248", "397", "412", "615", "1,208", "87", "1532", "64", "903"],
    "secs": ["0.8", "1.4", "2.9", "3.2", "4.7", "6.1", "11.3", "18.0", "27.5", "41.2"],
    "branch": ["fix/retry-429", "feat/export-streaming", "chore/bump-deps", "fix/dst-dates", "feat/cli-json",
               "refactor/store-layer", "fix/flaky-sync", "feat/webhook-retries", "docs/install-guide"],
    "pr": ["#412", "#388", "#1021", "#57", "#903", "#644", "#1187", "#230", "#761", "#95"],
    "ver": ["1.4.2", "2.0.0rc1", "0.9.7", "3.1.0", "1.12.4", "0.4.0", "2.3.1", "5.0.2"],
    "time": ["09:12", "09:47", "10:03", "10:31", "11:15", "13:02", "14:26", "15:58", "16:40", "17:05"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "sha": ["3f2a1c9", "a91e04b", "7c0d2e1", "e5b8f33", "04aa7d2", "b1c9e60", "9d3f7a8", "c2e41b5"],
    "pkg": ["requests", "pydantic", "sqlalchemy", "httpx", "click", "pytest-xdist", "ruff", "orjson", "uvicorn",
            "tokio", "serde", "lodash", "react-query", "zod"],
    "err": ["KeyError: 'workspace_id'", "TypeError: 'NoneType' object is not subscriptable",
            "ValueError: invalid literal for int() with base 10: ''", "sqlite3.OperationalError: database is locked",
            "ModuleNotFoundError: No module named 'orjson'", "AssertionError: assert 3 == 4",
            "ConnectionResetError: [Errno 104] Connection reset by peer", "RecursionError: maximum recursion depth exceeded",
            "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0",
            "panic: runtime error: index out of range [3] with length 3",
            "TypeError: Cannot read properties of undefined (reading 'map')",
            "error[E0502]: cannot borrow `self.items` as mutable because it is also borrowed as immutable",
            "psycopg.errors.UniqueViolation: duplicate key value violates unique constraint \"users_email_key\"",
            "httpx.ReadTimeout: timed out", "PermissionError: [Errno 13] Permission denied: '/var/lib/app/state.db'"],
}


def fill(text: str, rng: random.Random, **given: str) -> str:
    """Replace each ``<<slot>>`` with a given value or a hand-written value from ``POOLS``; a slot
    that is in neither stays for a later ``fill``."""

    def one(m: re.Match[str]) -> str:
        name = m.group(1)
        if name in given:
            return given[name]
        return rng.choice(POOLS[name]) if name in POOLS else m.group(0)  # left for a later fill

    return re.sub(r"<<(\w+)>>", one, text)


def weave(frames: Sequence[str], items: Sequence[str], n: int, rng: random.Random, key: str = "x") -> list[str]:
    """``n`` texts: frames taken round-robin (each one ``n / len(frames)`` times at most, rounded up),
    each holding the next hand-written item in ``<<key>>``; other slots filled from ``POOLS``."""
    n = round(n * SCALE)
    fr = list(frames)
    its = list(items)
    rng.shuffle(fr)
    rng.shuffle(its)
    out = []
    for i in range(n):
        frame = fr[i % len(fr)]
        item = its[(i + i // len(fr)) % len(its)]
        out.append(fill(frame, rng, **{key: fill(item, rng)}))
    return out


def clock(rng: random.Random, k: int) -> list[str]:
    """``k`` increasing HH:MM times from a random start, a few minutes apart (for chat lines)."""
    t = rng.randrange(8 * 60, 17 * 60)
    out = []
    for _ in range(k):
        out.append(f"{t // 60:02d}:{t % 60:02d}")
        t += rng.choice([0, 1, 1, 2, 3, 5, 8, 14])
    return out


def deal(items: Sequence[str], sizes: Sequence[int], rng: random.Random) -> list[list[str]]:
    """Distinct hand-written pieces dealt into groups of the given sizes (no piece in two groups)."""
    picked = rng.sample(list(items), min(sum(sizes), len(items)))
    out, at = [], 0
    for k in sizes:
        out.append(picked[at:at + k])
        at += k
    return out


def sample(items: Sequence[str], k: int, rng: random.Random) -> list[str]:
    """``k`` distinct hand-written pieces (fewer if there are fewer)."""
    return rng.sample(list(items), min(k, len(items)))
