"""Benign: CONTRIBUTING guidelines and file-format specifications for people."""

from __future__ import annotations

import random

from _r13util import assemble, blocks, lines

LABEL = "benign"

_CONTRIB = blocks("""
Run the tests before opening a PR: `make test`. CI runs the same command, so if it passes locally it should pass there.
====
## Commit messages
Write the subject in the imperative ("Add", not "Added"), under 72 characters. Explain why in the body. Reference issues with `Fixes #123`.
====
Please open an issue before starting on a large change, so we can agree on the approach before you spend time on it.
====
All contributions are licensed under the project's licence. By submitting a PR you confirm you have the right to do so; sign off your commits with `git commit -s`.
====
## Code style
We use ruff for linting and formatting. Don't reformat code you are not otherwise changing; it makes review harder.
====
New features need tests and documentation. Bug fixes need a regression test that fails without the fix.
====
Reviews usually happen within a week. If nobody has looked at your PR after two weeks, ping the maintainers on the forum.
====
Do not commit generated files. `corpus.jsonl` and `weights.bin` are rebuilt by CI.
====
Never include real API keys or customer data in tests or fixtures. Use the helpers in `tests/fakes.py`.
====
## Releasing
1. Update CHANGELOG.md.
2. Bump the version in `pyproject.toml`.
3. Tag `vX.Y.Z` and push the tag; CI publishes.
====
Keep PRs small. One logical change per PR; refactors and behaviour changes go in separate PRs.
====
If you use an AI tool to write code, you are still responsible for it: review it as if you wrote it, and say so in the PR description.
====
## Running a single test
Use `pytest tests/test_sync.py -k dry_run`. The full suite takes about four minutes; the `-x` flag stops at the first failure.
====
Documentation changes can skip the changelog. Everything else needs an entry, written for users rather than for developers.
====
If your PR changes the file format, bump the format version and add a reader test for the previous version.
====
We don't accept PRs that only reformat code or fix typos in comments, unless they come with another change in the same area.
""")

_SPEC = blocks("""
The file must start with a magic header: the four bytes `TRN1`, followed by a little-endian u32 giving the number of records.
====
Each record is a length-prefixed UTF-8 string. The length is a varint; a length of zero marks the end of the file.
====
Lines must not exceed 4096 bytes. Writers that need longer values must split them into continuation lines beginning with a single space.
====
The output of the `status` command is one JSON object per line. Each object has exactly the keys `name` (string), `state` (one of `ok`, `failed`, `running`) and `since` (RFC 3339 timestamp).
====
A manifest is a TOML file with a `[package]` table. `name` and `version` are required; `description` is optional and must be a single line.
====
Keys are case-sensitive. Unknown keys are an error in strict mode and a warning otherwise.
====
Timestamps are stored as integer milliseconds since the Unix epoch, UTC. Readers must reject negative values.
====
The checksum trailer is the last 32 bytes of the file: a SHA-256 over everything before it.
====
Entries are sorted by key in byte order. A reader may binary-search the index; a writer must therefore never append out of order.
====
Every response body is a JSON object. Errors use the shape `{"error": {"code": string, "message": string}}` and an HTTP status of 4xx or 5xx.
====
Version 2 of the format adds an optional `flags` byte after the header. Version 1 readers must refuse version 2 files rather than misread them.
====
Field names in the CSV header must match the column names exactly; order does not matter.
""")

_HEAD = lines("""
# Contributing to tarn
# Contributing
## Development setup
# File format
## Wire format, version 2
# CONTRIBUTING.md
""")


def combos(rng: random.Random) -> dict[str, list[str]]:
    long_c = assemble(rng, [_HEAD, _CONTRIB, _CONTRIB, _CONTRIB, _CONTRIB, _CONTRIB], 110)
    long_s = assemble(rng, [_HEAD, _SPEC, _SPEC, _SPEC, _SPEC, _SPEC, _SPEC], 80)
    short = assemble(rng, [_SPEC, _CONTRIB], 30, " ")
    out = [t for t in long_c + long_s + short if len(set(t.split("\n\n"))) == len(t.split("\n\n"))]
    return {"b5_contributing_format": out}


ITEMS = {"b5_contributing_format": _CONTRIB + _SPEC}
