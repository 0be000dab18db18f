"""Benign: second-person documentation for human readers (README sections, how-to steps,
troubleshooting), PR and issue bodies written by people or agents, and multi-line working notes in
the agent's own words. These share the "you", the imperatives and the step lists of pasted model
answers, but they are written for people reading a repository."""

from __future__ import annotations

import random

from _t14b_notes import FINDINGS, NEXT_ACTIONS
from _t14data_en import PAIRS
from _t14util import deal, fill, sample

LABEL = "benign"

DOC_HEADS = ["## Running locally", "## Quick start", "### Troubleshooting", "## Development", "## Testing",
             "## Releasing", "## Configuration", "## Upgrading from 1.x", "### Docker", "## Contributing"]

DOC_STEPS = [
    "Run `make`, then you should see the binary in `dist/`.",
    "Install the dev dependencies with `pip install -e '.[dev]'`.",
    "Copy `.env.example` to `.env` and fill in the database URL.",
    "Start the database with `docker compose up -d db`.",
    "You can run a single test with `pytest -k <<test>>`.",
    "If you see `database is locked`, close other processes that hold the SQLite file.",
    "Run `make migrate` before starting the server for the first time.",
    "Open http://localhost:8000 in your browser; you should see the login page.",
    "To skip the slow tests, run `pytest -m \"not slow\"`.",
    "You will need Node 20 or newer for the frontend.",
    "Set `RETRY_MAX_ATTEMPTS` to change how often the client retries on 429.",
    "If the build fails with a missing module, delete `.venv` and run `make setup` again.",
    "Tag the release with `git tag v<<ver>>` and push the tag; CI builds and uploads the wheels.",
    "Your changes must pass `make check` before you open a pull request.",
    "Use `--json` if you want to process the output with `jq`.",
    "You can pass `--no-color` or set `NO_COLOR=1` to disable colors.",
    "Configuration is read from `config/settings.toml`; YAML works too if you name the file `settings.yaml`.",
    "When you upgrade, run the migrations first, then restart the workers.",
    "If uploads restart from zero, check that your proxy forwards the `Range` header.",
    "Run `make docs` and open `site/index.html` to preview the documentation.",
    "Please keep pull requests small; one change per PR makes review faster.",
    "You should see `<<big>> passed` at the end of the test run.",
    "Use `delete --all --yes` in scripts, since the confirmation needs a terminal.",
    "Export large workspaces with `--stream` so the memory use stays flat.",
]

PR_HEADS = ["## Summary", "## What", "## Why", "## How to test", "## Changes", "## Notes for reviewers",
            "## Checklist", "## Motivation"]
PR_LINES = [
    "Adds a retry with exponential backoff when the partner API answers 429.",
    "Closes <<pr>>.",
    "The export now streams rows instead of building the whole file in memory.",
    "Run `pytest tests/test_sync.py` and check that <<test>> passes.",
    "- [x] tests added\n- [x] docs updated\n- [ ] changelog",
    "No behaviour change for existing configs.",
    "The migration is reversible; `make migrate-down` restores the old schema.",
    "Reviewers: the interesting part is <<file>>; the rest is renames.",
    "Follow-up to <<pr>>, which fixed the same bug for users.",
    "Benchmarks on the 50k-row fixture: <<secs>> s before, 3.1 s after.",
    "This removes the `new-editor` flag; it has been on for everyone since last month.",
    "I kept the public API unchanged; the old import paths still work.",
    "Screenshots are not needed, this is backend only.",
    "Known issue: <<test>> is flaky on macOS, tracked separately.",
]

ISSUE_BODIES = [
    "**Steps to reproduce**\n1. Create a workspace with 50k rows\n2. Run `app export`\n\n**Expected**: finishes in a few seconds\n**Actual**: takes ~40 s\n\n**Version**: <<ver>>",
    "### Bug\nUploads restart from 0 after a network drop.\n\n### Environment\n- <<ver>> on Ubuntu 24.04\n- behind nginx\n\n### Logs\n```\n<<err>>\n```",
    "The CSV importer fails on files that start with a BOM.\n\nReproducer: `tests/data/bom.csv`. Error: `<<err>>`.",
    "Reports are off by one hour since the DST change on Sunday. Affects the daily and weekly views, not the raw export.",
    "### Feature request\nA `--json` flag for `list`, one object per line, so the output can go into jq.\n\n### Alternatives\nParsing the table output, which breaks on wide columns.",
    "The nightly billing job charged <<n>> customers twice on <<day>>. The job is not idempotent when it is restarted mid-run.",
    "`make lint` passes locally but fails in CI. Local ruff is 0.4, CI installs 0.6.",
]


def _doc(rng: random.Random) -> str:
    heads = sample(DOC_HEADS, rng.randint(1, 2), rng)
    parts = []
    for h, group in zip(heads, deal(DOC_STEPS, [rng.randint(2, 4) for _ in heads], rng), strict=True):
        steps = [fill(s, rng) for s in group]
        body = "\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1)) if rng.random() < 0.5 else "\n\n".join(steps)
        parts.append(h + "\n\n" + body)
    return "\n\n".join(parts)


def _pr(rng: random.Random) -> str:
    heads = sample(PR_HEADS, rng.randint(2, 3), rng)
    groups = deal(PR_LINES, [rng.randint(1, 2) for _ in heads], rng)
    return "\n\n".join(h + "\n\n" + "\n".join(fill(x, rng) for x in g) for h, g in zip(heads, groups, strict=True))


def _bare(action: str) -> str:
    for lead in ("Next: ", "next: ", "TODO(next session): "):
        action = action.removeprefix(lead)
    return action


def _note(rng: random.Random) -> str:
    para = rng.choice(PAIRS)[1]
    lines = [para[0].upper() + para[1:] + ".", fill(rng.choice(FINDINGS), rng), "Next: " + _bare(fill(rng.choice(NEXT_ACTIONS), rng))]
    if rng.random() < 0.5:
        lines.pop(1)
    return "\n".join(lines)


def combos(rng: random.Random) -> dict[str, list[str]]:
    return {
        "b_human_docs_second_person": [_doc(rng) for _ in range(80)],
        "b_pr_issue_body": [_pr(rng) for _ in range(62)] + [fill(b, rng) for b in ISSUE_BODIES for _ in range(3)],
        "b_multiline_working_note": [_note(rng) for _ in range(80)],
    }


ITEMS: dict[str, list[str]] = {}
