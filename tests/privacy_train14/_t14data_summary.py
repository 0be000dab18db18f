"""Hand-written bullets and headings for long end-of-session summaries (no label of its own).

``summary(rng, odd)`` assembles one summary of 8-30 lines from the benign bullets below and puts
``odd`` (a quoted request, a pasted answer, or for the benign side a paraphrase) among them."""

from __future__ import annotations

import random

from _t14util import fill, sample

TITLES = [
    "# Session summary", "# End of session — <<day>>", "## Handoff", "Session notes (<<branch>>)", "# Summary",
    "End-of-session summary for <<mod>>", "# Wrap-up <<day>> <<time>>", "", "", "### Session <<n>>",
]

DONE = [
    "Added retry with backoff to the <<mod>> client (<<sha>>).",
    "Fixed <<test>>; it depended on the local timezone.",
    "Moved the constants into <<mod>>/constants.py.",
    "Bumped <<pkg>> to <<ver>>; no API changes needed.",
    "Wrote tests for the empty-line case in the parser.",
    "Removed the stale TODOs in sync.py (<<n>> of them).",
    "Split the exporter into reader and writer modules.",
    "CI now runs on 3.11 and 3.12.",
    "Replaced the dict config with a dataclass.",
    "Added `--json` to the list command, documented in docs/cli.md.",
    "Fixed the BOM handling in the CSV import.",
    "Migration 0042 adds an index on orders(created_at).",
    "Pagination on /api/items (default 50, max 200).",
    "Health endpoint now pings the database.",
    "Progress bar for `sync`, hidden when stdout is not a TTY.",
    "Reverted the scheduler reload change (<<sha>>).",
    "Rate limiting: 100 req/min per key, 429 with Retry-After.",
    "Cleaned up imports in <<file>>.",
    "Typed store.py; mypy clean.",
    "Confirmation prompt before `delete --all`, `--yes` skips it.",
    "Docker build caches the pip layer; rebuild takes <<secs>> s.",
    "Removed 19 unused feature toggles.",
    "Error message now names the file that could not be read.",
    "Dark mode follows the OS setting.",
]

NEXT = [
    "Rerun <<test>> under load; it failed once.",
    "Ask <<person>> to review <<pr>>.",
    "Port the remaining moment imports.",
    "Write the changelog for <<ver>>.",
    "Check staging for 429s after the deploy.",
    "Decide whether the v1 endpoints can go (waiting on <<person>>).",
    "Backfill the NULL created_at rows.",
    "Add the BOM test to the import suite.",
    "Profile the report job with py-spy.",
    "Merge <<branch>> when CI is green.",
    "Update docs/install.md for Node 20.",
    "Drop the debug logging in <<mod>>.",
    "Turn the link checker into a weekly CI job.",
    "Confirm the memory graph is flat tomorrow.",
    "Rebase <<branch>> on main.",
    "Add German strings for the remaining 12 messages.",
]

NOTES = [
    "Postgres is not available in the sandbox; DB tests were skipped.",
    "The flaky test is order-dependent, not timing-dependent.",
    "<<file>> has two copies of the date helper; left both for now.",
    "Lockfile regenerated with the pinned resolver.",
    "`make lint` uses ruff from the venv, not the global one.",
    "The staging bucket has versioning on, so uploads can be rolled back.",
    "Keep 3.9 compatibility: no match statements.",
    "The scheduler config is read at startup and on SIGHUP.",
    "Sentry DSN comes from the environment; nothing committed.",
    "Two lodash versions remain because of a dev dependency.",
    "Benchmarks were run on the laptop, numbers are rough.",
    "No new dependencies were added.",
    "<<person>> owns the billing module; changes there need their review.",
    "Validation: <<big>> passed, <<n>> skipped in <<secs>>s.",
]

HEADS = {
    "done": ["## Done", "## Changes", "Done:", "## What I did", "### Completed"],
    "next": ["## Next", "## Next steps", "Next:", "## Todo", "### Open"],
    "notes": ["## Notes", "## Context", "Notes:", "## Caveats", "### Gotchas"],
}


def _section(rng: random.Random, kind: str, pool: list[str], k: int, odd: str | None) -> list[str]:
    bullet = rng.choice(["- ", "* ", "- ", "1. "])
    items = [fill(x, rng) for x in sample(pool, k, rng)]
    at = rng.randint(0, len(items))
    if odd is not None and odd.startswith((">", "```")):
        bullet = bullet.replace("1. ", "- ")  # a block quote sits between bullets, not in a numbered list
    if odd is not None:
        items.insert(at, odd)
    lines = [rng.choice(HEADS[kind])]
    for i, x in enumerate(items, 1):
        if x is odd and x.startswith((">", "```")):
            lines.append(x)
        else:
            lines.append((f"{i}. " if bullet == "1. " else bullet) + x)
    return lines


def summary(rng: random.Random, odd: str) -> str:
    """One summary (8-30 lines) with ``odd`` inside one of its sections."""
    where = rng.choice(["done", "next", "notes", "notes"])
    lines = []
    title = fill(rng.choice(TITLES), rng)
    if title:
        lines += [title, ""]
    skip = rng.choice(["done", "next", "notes"]) if rng.random() < 0.3 else None
    for kind, pool, lo, hi in (("done", DONE, 2, 8), ("next", NEXT, 1, 6), ("notes", NOTES, 1, 5)):
        if kind == skip and kind != where:
            continue
        lines += _section(rng, kind, pool, rng.randint(lo, hi), odd if kind == where else None)
        lines.append("")
    return "\n".join(lines).strip()
