"""Prompts: coding tasks handed to an agent (task statement, constraints, files, acceptance)."""

from __future__ import annotations

import random

from _r13util import assemble, blocks, fill, lines

LABEL = "prompt"

_SINGLE = blocks("""
A test file is provided below. Write the module that makes every test in it pass. Do not modify the tests.
====
You are given `tests/test_ledger.py`. Implement `ledger.py` so that `pytest tests/test_ledger.py` passes. Keep the public API exactly as the tests use it.
====
Implement the function `merge_intervals(intervals)` in `intervals.py`. It takes a list of [start, end] pairs and returns the merged list sorted by start. Your solution must run in O(n log n). Return only the code.
====
Here is a failing test:

```python
def test_roundtrip():
    assert decode(encode(b"\\x00abc")) == b"\\x00abc"
```

Fix `codec.py` so it passes. Don't touch the test, don't add dependencies.
====
Task: add a `--dry-run` flag to the `sync` subcommand in `cli/sync.py`. When set, print the operations that would be performed and exit 0 without writing anything. Update the help text. Add a test in `tests/test_sync.py` covering the flag.
====
Write a Rust function `fn parse_duration(s: &str) -> Result<Duration, ParseError>` that accepts strings like "1h30m", "45s", "2d". Reject empty input and unknown units. Include unit tests in a `#[cfg(test)]` module.
====
The project sits in /src. Someone filed the report below. Change the non-test code as little as you can so the report no longer applies; test files stay as they are.

<report>
{problem_statement}
</report>
====
Refactor `OrderService.place_order` so that it no longer calls the payment gateway directly; inject a `PaymentPort` instead. Acceptance criteria: all existing tests still pass, no new global state, and the constructor signature stays backwards compatible.
====
Write a bash script `rotate_logs.sh` that compresses every `*.log` file older than 7 days in the directory passed as the first argument, and deletes `.gz` files older than 30 days. It must be POSIX-compliant and must not use `find -delete`.
====
Complete the TODOs in `src/parser.ts`. The grammar is given in `GRAMMAR.md`. When you are done, the command `npm test` should report zero failures. Do not change `package.json`.
====
Implement a thread-safe LRU cache class in Java named `LruCache<K, V>` with `get`, `put` and `size`. Capacity is passed to the constructor. You may not use `LinkedHashMap`. Provide the full class in a single code block.
====
Below is a C function with a buffer overflow. Identify the bug and rewrite the function so it is safe for any input length. Explain the fix in at most two sentences, then give the corrected code.
====
Write a SQL migration that adds a non-null `tenant_id` column to the `invoices` table, backfilling it from `customers.tenant_id`. The migration must be reversible. Target PostgreSQL 15.
====
Your task is to port `legacy/report.py` from Python 2 to Python 3.11. Preserve behaviour exactly; the golden files in `tests/golden/` must still match byte for byte.
====
Add input validation to the `/api/users` POST handler: reject emails that do not contain "@", names longer than 80 characters, and ages outside 0-150. Return HTTP 422 with a JSON body listing each invalid field.
====
Given the stack trace below, find the root cause in the repository and fix it. Then add a regression test.

{stack_trace}
====
Make the smallest possible diff that makes `go test ./...` pass. The failing package is `internal/queue`. Do not change exported identifiers.
====
Write a Python function that returns the n-th Fibonacci number modulo 1_000_000_007 for n up to 10**18. Use matrix exponentiation. Only output the function, no explanation.
====
Implement `diff_lines(a, b)` returning a unified diff as a list of strings. Requirements:
- same output as `difflib.unified_diff` with n=3 for the cases in `tests/test_diff.py`
- no imports outside the standard library
- under 120 lines
====
Solve the following problem in C++17. Read from standard input, write to standard output. The input contains N (1 ≤ N ≤ 2·10^5) followed by N integers; print the length of the longest strictly increasing subsequence.
====
Fix the flaky test `test_upload_retries`. It fails about one run in twenty because of a race on the mock clock. Make it deterministic without increasing its running time.
====
Convert the class components in `src/components/` to function components using hooks. Keep prop types identical. After the change `npm run lint` and `npm test` must pass.
====
We need a Dockerfile for this Flask app. Requirements: multi-stage build, final image based on python:3.12-slim, runs as a non-root user, exposes port 8000, uses gunicorn. Write the Dockerfile and nothing else.
====
Write the implementation for the interface in `storage/blob.go` backed by the local filesystem. Files go under the root passed to `NewFSStore`. Writes must be atomic (write to a temp file then rename).
====
The CI job `lint` is failing. Read the log below, fix every reported issue in the source, and do not disable any rule.

```
{ci_log}
```
====
Write a unit test suite for `slugify()` covering unicode input, repeated separators, leading/trailing whitespace and the max_length parameter. Use pytest parametrize. Aim for full branch coverage.
====
Implement the `Tokenizer` class so that `tokenize("a + b*(c - 1)")` returns the token list shown in the docstring. Raise `TokenizeError` with the column number on unexpected characters.
====
Rewrite this function to avoid the N+1 query problem. You may use `select_related` or `prefetch_related`. Show the new function only.

{code}
====
Add type hints to every function in `utils/dates.py` so that `mypy --strict` passes. Do not change runtime behaviour. If a type can't be expressed, use a Protocol rather than Any.
====
Please write a GitHub Actions workflow that runs `cargo test` on Linux, macOS and Windows for stable and MSRV 1.70, caches the cargo registry, and fails on warnings.
""")

_OPEN = lines("""
A test file is provided. Write the module that makes it pass.
You are given a failing test suite. Implement the missing code.
Your task is to implement the feature described below.
Implement the following change in the repository at {repo_path}.
Complete the implementation of the module described below.
Write the code for the task below.
The user wants the following change made to their codebase.
Resolve the GitHub issue below by editing the repository.
Here is a programming task. Solve it carefully.
I need you to finish the half-written function in the file below.
Fix the bug described below.
Make the tests in the given file pass.
Write a new module from scratch according to this specification.
Below is a task from our backlog; implement it end to end.
Modify the code so that the behaviour matches the spec.
""")

_FILES = lines("""
Files: `src/{module}.py` (to write), `tests/test_{module}.py` (given, read-only).
Relevant files: `lib/queue.rb`, `spec/queue_spec.rb`.
The entry point is `cmd/server/main.go`; the handler lives in `internal/http/handlers.go`.
Only edit files under `src/`. Treat everything under `vendor/` as read-only.
You may create new files, but put them next to `{file_name}`.
The test file is `test/parser.test.js`; the implementation goes in `lib/parser.js`.
Work in `crates/core/src/lib.rs`. Do not touch `Cargo.lock`.
All changes belong in `app/models/` and `app/services/`.
The header is `include/ring.h`; implement it in `src/ring.c`.
Edit `{file_path}` only.
""")

_CONSTRAINTS = blocks("""
Constraints:
- Standard library only.
- Do not change the function signatures used by the tests.
- Keep the code under 200 lines.
====
Requirements:
1. Handle empty input by returning an empty list.
2. Raise ValueError on malformed lines, with the line number in the message.
3. The function must be pure: no I/O, no globals.
====
Rules: no new dependencies, no changes to the test files, no `# type: ignore`. Follow the existing code style (black, 100 columns).
====
Constraints: the solution must be O(n) in time and O(1) in extra space. Do not use recursion.
====
- Keep backwards compatibility with the 2.x config format.
- Log at DEBUG level, never print.
- Every new public function needs a docstring.
====
You must not:
- modify anything under tests/
- add third-party packages
- change the CLI's exit codes
====
Important: the code runs on Python 3.8, so no match statements and no `X | Y` type unions.
====
Do not use unsafe. Do not add crates. Clippy with `-D warnings` must pass.
====
The implementation must be deterministic: no wall-clock time, no random numbers without a seed, no reliance on dict ordering of untrusted input.
====
Keep the diff minimal. Don't reformat unrelated code, don't rename variables you don't need to touch.
""")

_ACCEPT = blocks("""
Acceptance criteria: `pytest -q` exits 0 and `ruff check .` reports nothing.
====
Acceptance criteria:
- all tests in `tests/` pass
- the new behaviour is covered by at least one new test
- no existing test was edited
====
You are done when `make check` succeeds. Do not stop before running it.
====
When finished, run the test suite and paste the summary line in your final answer.
====
Success means: `cargo test` green, `cargo clippy` clean, and the README example still compiles.
====
The task is complete when the three scenarios in the description work from the command line.
====
Before you finish, verify your change with `npm test -- --runInBand`. If any test fails, keep fixing.
====
Output the full contents of every file you changed, each in its own fenced block preceded by its path.
====
Reply with a unified diff only.
====
""")

_SPEC = blocks("""
Background: the service currently reads its configuration once at start-up from `config.toml`. Operators want to change log levels without a restart. Add a SIGHUP handler that re-reads the file, validates it with the existing schema, and swaps the new config in atomically. If validation fails, keep the old config and log one ERROR line naming the invalid key. Only the `logging` section may change at runtime; changes to other sections are ignored with a WARNING.
====
Specification: `parse_range(text)` accepts "N", "N-M", "N-" and "-M" and comma-separated combinations such as "1-3,7,10-". It returns a sorted list of non-overlapping (start, end) tuples where end may be None for an open range. Whitespace around numbers and commas is allowed. Overlapping or adjacent ranges are merged. Invalid input raises `RangeError` whose `.position` is the index of the first bad character.
====
Context: users report that exporting a project with more than 10,000 rows to CSV takes minutes and sometimes runs out of memory. The exporter builds the whole file as one string. Change it to stream rows to the response in chunks of 500, keeping the header row and the quoting rules unchanged. The existing tests compare full output and must keep passing; add one test with 25,000 synthetic rows that checks memory does not grow with row count (use tracemalloc, not timing).
====
The bug: when a user renames a folder that contains open documents, the editor tabs keep the old paths, and saving writes the file back to the old location, recreating the folder. Expected: tabs follow the rename. The rename event is emitted by `FileWatcher` as a delete followed by a create with the same inode; treat that pair, when it arrives within 50 ms, as a rename.
====
Feature request to implement: a `--since` option for the `report` command that accepts either an ISO date (2024-05-01) or a relative duration (3d, 12h, 2w). Entries older than the cutoff are skipped. Combined with `--until`, the window is inclusive on both ends. An unparsable value must produce exit code 2 and a message naming the option and showing both accepted forms.
====
Current behaviour: `retry()` sleeps a fixed 1 s between attempts. Desired behaviour: exponential backoff starting at `base` (default 0.5 s), doubling each attempt, capped at `max_delay` (default 30 s), with full jitter. The sleep function must be injectable so the tests can run without real sleeping. Keep the old keyword `delay=` working for one release, emitting a DeprecationWarning.
""")

_SLOTS = {
    "module": ["ledger", "ratelimit", "tokenizer", "inventory", "cron_parse", "retry", "geo", "money"],
    "file_name": ["handlers.py", "router.go", "index.ts", "main.rs", "service.rb"],
    "file_path": ["src/cache.py", "pkg/auth/token.go", "lib/format.ex", "app/jobs/sync_job.rb"],
    "repo_path": ["/testbed", "/workspace/repo", "~/src/project"],
}

_FRAMES = lines("""
Implement `<<module>>.py` so that `tests/test_<<module>>.py` passes. Do not edit the test. Print nothing else but the file.
Write `<<module>>` from scratch. The tests in the prompt are the spec; make all of them pass.
The repo is at <<repo_path>>. Open `<<file_path>>`, find the TODO, and implement it. Stop after the tests pass.
A test file for `<<module>>` is attached. Your job: make it green without weakening any assertion.
Edit `<<file_name>>` in <<repo_path>> so the failing case from the issue returns 404 instead of 500. Add a test.
""")


def combos(rng: random.Random) -> dict[str, list[str]]:
    slots = _SLOTS
    opened = [fill(rng, [o], slots | {"module": slots["module"]}, 1)[0] for o in _OPEN]
    long = assemble(rng, [opened, ["", *_FILES], _CONSTRAINTS, ["", *_ACCEPT]], 70)
    long += assemble(rng, [opened, _SPEC, _FILES, _CONSTRAINTS, _ACCEPT], 110)
    long = [fill(rng, [t], slots, 1)[0] for t in long]
    return {"p1_coding_task": long + fill(rng, _FRAMES, slots, 20)}


ITEMS = {"p1_coding_task": _SINGLE + _SPEC}
