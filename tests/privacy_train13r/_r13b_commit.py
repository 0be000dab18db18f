"""Benign: commit messages and pull-request descriptions, including PR-template comments."""

from __future__ import annotations

import random

from _r13util import assemble, blocks, lines

LABEL = "benign"

_SUBJECTS = lines("""
Just fix what mypy complains about
I think the sync wrapper is clearer here; switched to it
Make `status --json` emit one object per line
Stop retrying on 4xx responses
fix(parser): accept trailing commas in arrays
feat(cli): add --since to report
docs: explain the retry backoff in the README
Revert "cache: share the pool between workers"
Drop Python 3.8 from the test matrix
Bump actions/checkout to v4
Move prompt-building code out of the handler into its own module
tests: make test_upload_retries deterministic
Rename `run_tool` to `invoke` everywhere
ci: cache the cargo registry
Don't swallow the exception in the shutdown hook
refactor: extract OutputFormat enum
Add a regression test for the empty-config crash
Use a temp file and rename for atomic writes
Handle SIGHUP by reloading the logging section
Fix off-by-one in the page cursor
Remove the dead --legacy flag
Tighten the JSON schema for tool definitions
Make the output format of `list` JSON by default
Log the request id on every line
build: pin ruff to 0.6.x
Address review: rename variable, add docstring
Allow `--dry-run` with `prune`
Simplify the retry loop
WIP: streaming exporter
Split the giant utils module
""")

_BODIES = blocks("""
The old code called the payment gateway directly, which made the service impossible to test without network. It now takes a PaymentPort in the constructor; the default still builds the HTTP client, so callers don't change.
====
mypy 1.10 started flagging the Optional returns in dates.py. I didn't change behaviour, only added the narrowing checks it wanted. No runtime change.
====
I tried the async version first but it made the call sites much harder to read, and we only ever have one request in flight. Went back to the sync wrapper.
====
The test relied on the real clock and failed roughly one run in twenty on slow CI machines. It now uses the fake clock from conftest.
====
This keeps the public API the same. The only visible difference is that errors now name the offending line.
====
Nobody has used --legacy since 2.0 and it was the last caller of the old parser. Removing both.
====
Found while looking at #812. The cursor skipped the last row of every page when the page size divided the row count exactly.
====
The schema allowed any object under `parameters`, so a typo in a tool definition only showed up at runtime. Now it requires `type` and `properties`.
====
Fixes #431.

Tested by hand with a 2 GB export; peak memory stayed under 60 MB.
====
Signed-off-by: Ana Ruiz <ana@example.org>
====
Co-authored-by: Tomasz Wrona <tw@example.net>
====
No functional change intended.
====
The old message said "invalid input", which told users nothing. It now names the field and shows the accepted values.
====
Reviewers asked for a smaller change, so this only touches the parser. The CLI wiring comes in the next PR.
====
I benchmarked both versions on the 10k-file fixture: 1.9 s before, 0.6 s after. Numbers from my laptop, so take them loosely.
====
The previous fix in a1b2c3d handled the symptom. The real cause was the watcher firing twice for one rename.
====
We only ever used two of the twelve options, and the rest were untested. Removed them; the two remaining ones are now documented.
====
Keeps the config file format unchanged, so no migration is needed for existing users.
""")

_PR = blocks("""
<!-- Describe your change; link the issue it fixes. -->
====
<!-- Please make sure the tests pass locally before requesting review. -->
====
<!--
Thanks for contributing! Before opening this PR:
- run `make check`
- add a changelog entry under "Unreleased"
- if this changes the CLI, update docs/cli.md
-->
====
## Summary
Switches `list` to JSON output by default. The table is still available with `--format table`.

## Why
Three tools downstream parse the table with regexes and break whenever a column width changes.

## Testing
- [x] unit tests
- [x] ran `list` against the staging instance
- [ ] checked the Windows console
====
## What this PR does
Adds a `--since` option to `report`. Accepts ISO dates and relative durations.

## How to test
    report --since 3d
    report --since 2024-05-01 --until 2024-05-31

## Notes for reviewers
The duration parser is new; I kept it in its own module so we can reuse it for `prune`.
====
### Description
I think the sync wrapper is clearer here, so I switched the exporter back to it. The async version is on the `async-export` branch if we ever need it.

### Checklist
- [x] Tests added
- [x] Docs updated
- [ ] Changelog
====
This is a follow-up to #220. Reviewers: the interesting part is `retry.py`; the rest is renames.
====
Closes #77. I'm not sure the error message wording is right; suggestions welcome.
====
## Motivation
The prompt-building code lived inside the request handler, which made it hard to test and easy to log by accident. It's now in `prompts/build.py`, and the handler only passes data to it.

## Changes
- new module `prompts/build.py`
- handler no longer formats strings itself
- logging of request bodies removed from the debug path
====
Draft: I'd like early feedback on the approach before I write the tests. The main question is whether the cache should live per process or per worker.
""")


def combos(rng: random.Random) -> dict[str, list[str]]:
    commits = assemble(rng, [_SUBJECTS, _BODIES, ["", *_BODIES]], 90)
    prs = assemble(rng, [_PR, _PR], 40)
    long_prs = assemble(rng, [_SUBJECTS, _PR, _BODIES, _PR, _BODIES], 60)
    return {"b2_commit_pr": commits + prs + long_prs}


ITEMS = {"b2_commit_pr": _SUBJECTS + _BODIES + _PR}
