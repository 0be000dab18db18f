"""Benign: task tickets for people, acceptance criteria, and test descriptions."""

from __future__ import annotations

import random

from _r13util import assemble, blocks, lines

LABEL = "benign"

_TICKET_HEAD = lines("""
PLAT-412: Add --dry-run to sync
Ticket #88 — streaming CSV export
Story: operators can reload log levels without restart
Spike: evaluate replacing the hand-written tokenizer
Chore: drop Python 3.8 support
Bug 2231: rename of open folder recreates it on save
Task: port report.py to Python 3
Epic: tenant isolation for invoices
""")

_TICKET_BODY = blocks("""
As an operator I want to change the log level without restarting the service, so that I can debug production issues without dropping connections.
====
Context: exports above ~10k rows time out. Customers on the enterprise plan hit this weekly. Owner: data team. Estimate: 3 points.
====
Description: the exporter builds the whole CSV in memory. We want it to stream. Mina has a prototype on her branch; start from there.
====
Background: the tokenizer was written in 2019 and nobody wants to touch it. This spike is timeboxed to two days; the outcome is a short write-up, not code.
====
Python 3.8 reached end of life. Remove it from CI, bump `requires-python`, and delete the compatibility shims in `compat.py`.
====
Reported by support (see Zendesk 55102). Happens on macOS only; Linux uses a different watcher backend.
====
Customer impact: low. Workaround: run the export twice with date filters. Still worth fixing this quarter because support spends an hour a week on it.
====
Notes from grooming: we agreed to keep the old `delay=` keyword for one release with a deprecation warning. Docs team to update the guide.
====
Design doc: docs/design/streaming-export.md (approved). The implementation should follow section 3; section 4 is future work.
""")

_ACCEPT = blocks("""
Acceptance criteria:
- `sync --dry-run` prints the plan and writes nothing, locally or remotely
- exit code 0 on success
- covered by an integration test
====
Acceptance criteria
* Memory stays flat for exports up to 1M rows
* Output is byte-identical to the current exporter for the golden files
* No change to the public API
====
Definition of done: merged, documented in the changelog, deployed to staging, and verified by someone other than the author.
====
AC:
1. SIGHUP reloads `logging` only.
2. Invalid config is rejected with one ERROR line; the old config stays active.
3. Other sections changed at runtime produce a WARNING.
====
Out of scope: Windows support, the GUI, and any change to the file format.
====
Done when: CI matrix shows 3.9–3.13 only, and `compat.py` is gone.
====
Assignee: @tomasz. Reviewer: @mina. Target: sprint 14.
""")

_TESTS = lines("""
test_sync_dry_run_writes_nothing: runs sync with --dry-run against a temp remote and asserts the remote is still empty.
It returns 422 when the email has no @ sign.
should stream rows without holding the whole file in memory
test_retry_backoff_is_capped — delays never exceed max_delay even after 20 attempts.
describe("tokenizer") / it("reports the column of an unexpected character")
Checks that the parser accepts trailing commas in arrays and objects.
Regression test for #431: an empty config file must not crash start-up.
The golden-file tests compare the exporter's output with files under tests/golden/ byte for byte.
test_rename_follows_open_tabs (skipped on Linux: different watcher)
Property test: encode then decode returns the original bytes for any input up to 4 KiB.
Ensures the `list` command's JSON output has exactly the keys name, state, since.
Verifies that the model's reply is not written to the session cache.
test_prompt_never_logged: sets LOG_LEVEL=debug, runs a request, and greps the log for the prompt marker.
This test is flaky on CI because it depends on the wall clock; see #512.
Fixture `fake_clock` replaces time.monotonic so backoff tests run instantly.
""")


def combos(rng: random.Random) -> dict[str, list[str]]:
    tickets = assemble(rng, [_TICKET_HEAD, _TICKET_BODY, _ACCEPT, ["", *_ACCEPT]], 90)
    long = assemble(rng, [_TICKET_HEAD, _TICKET_BODY, _TICKET_BODY, _ACCEPT, _ACCEPT, _ACCEPT], 60)
    tests = assemble(rng, [_TESTS, _TESTS, _TESTS], 30, "\n")
    return {"b4_ticket_test": tickets + long + tests}


ITEMS = {"b4_ticket_test": _TICKET_BODY + _ACCEPT + _TESTS}
