"""Benign: code review comments and issue reports between people, often about prompts and formats."""

from __future__ import annotations

import random

from _r13util import assemble, blocks, lines

LABEL = "benign"

_REVIEW = lines("""
nit: the output format of `list` should be JSON, not a table; scripts parse it.
Could we keep the old flag as a deprecated alias for one release?
Why does this read the whole file into memory? The exports can be huge.
I'd rather not log the prompt here at all, even at debug level.
This test depends on dict ordering; sort the keys before comparing.
LGTM once CI is green.
The system prompt template shouldn't live in the handler; can you move it next to the other templates?
Blocking: this changes the exit code for a usage error from 2 to 1, which breaks the wrapper script.
Small thing: `timeout` is in seconds everywhere else, milliseconds here.
Are we sure the model output is never written to the cache? I see `response.text` passed to `store()`.
Please add a test for the empty-input case.
Nice cleanup. One question about the lock ordering below.
The tool description says `path` must be absolute but the code accepts relative paths. Which one is right?
I don't think we need the retry here; the caller already retries.
Can you split this into two PRs? The rename makes the real change hard to see.
This regex misses tabs; use `\\s` instead of a space.
Suggestion: return early when `items` is empty and drop one indentation level.
We agreed in the last sync to keep prompts out of the repository; this adds one under fixtures/.
Typo in the docstring: "recieve".
What happens if two workers rename the same file at once?
The JSON keys are camelCase here and snake_case in the rest of the API.
+1 to Mina's comment: the error message should name the field.
I ran it locally against the staging data and it's about 3x faster. Approving.
""")

_ISSUES = blocks("""
**Bug:** `tarn sync --dry-run` still creates the remote directory.

Steps:
1. `tarn init`
2. `tarn sync --dry-run s3://bucket/new`

Expected: nothing is created. Actual: an empty `new/` prefix appears.
====
### Describe the bug
The agent's prompt shows up in the debug log when `LOG_LEVEL=debug`. It should be redacted like tokens are.

### Environment
version 0.9.3, Linux, Python 3.11
====
Feature request: let `report` output CSV. We paste it into spreadsheets and the table format doesn't survive.
====
The tool schema for `search` says `limit` is optional, but omitting it gives a 400. Either the schema or the server is wrong.
====
Title: Model replies are stored in the session cache

When a session ends, the last model reply is kept in `~/.cache/app/session.json`. That file is world-readable. We should not store replies at all, or at least not there.
====
Crash on startup with an empty config file:

```
Traceback (most recent call last):
  File "app/config.py", line 41, in load
    return data["logging"]
TypeError: 'NoneType' object is not subscriptable
```
====
Question: is the `format` field in the plugin manifest required? The docs say optional, the validator says required.
====
The README's example for `--since` uses `3days`, but the parser only accepts `3d`.
====
**Expected behaviour:** the `status` command prints one line per job.
**Actual behaviour:** jobs with long names wrap and break `awk` scripts.
**Suggested fix:** add `--json`.
====
Regression in 2.4: `fmt --check` exits 0 even when files would change. Bisected to the commit that switched to the new walker.
====
The `--json` output of `status` includes ANSI colour codes when stdout is a terminal. JSON output should never be coloured.
====
Docs request: the page on hooks doesn't say what working directory the hook command runs in. I had to read the source to find out.
====
Since upgrading to 3.1 our CI logs show "deprecated: delay=" warnings, but the changelog doesn't say what to use instead.
====
**Steps to reproduce**
1. Open a project with a folder named `docs`.
2. Rename `docs` to `documentation` in the sidebar while a file inside is open.
3. Save the file.

**Result:** `docs/` reappears with the saved file in it.
""")


def combos(rng: random.Random) -> dict[str, list[str]]:
    threads = assemble(rng, [_ISSUES, _REVIEW, ["", *_REVIEW]], 80, "\n\n")
    reviews = assemble(rng, [_REVIEW, _REVIEW], 40, " ")
    long = assemble(rng, [_ISSUES, _ISSUES, _REVIEW, _REVIEW, _REVIEW], 50, "\n\n")
    long += assemble(rng, [_ISSUES, _REVIEW, _ISSUES, _REVIEW, _ISSUES, _REVIEW], 40, "\n\n")
    return {"b3_review_issue": threads + reviews + long}


ITEMS = {"b3_review_issue": _REVIEW + _ISSUES}
