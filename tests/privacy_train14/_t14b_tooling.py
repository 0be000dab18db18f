"""Benign: validation results as terse tool output or the agent's own factual line, CI and
application log lines, session-log tool-call/tool-result records, commit messages, and error
messages quoted without any request."""

from __future__ import annotations

import json
import random

from _t14util import POOLS, fill, weave

LABEL = "benign"

VALIDATION = [
    "<<big>> passed, <<n>> skipped in <<secs>>s",
    "pytest: <<big>> passed, 1 failed (<<test>>), <<n>> skipped",
    "ruff check: All checks passed!",
    "mypy: Success: no issues found in <<big>> source files",
    "ruff clean; mypy 0 errors; pytest <<big>> passed",
    "tests green on 3.11 and 3.12 (CI run <<big>>)",
    "validation: <<test>> passes 20/20 with -p no:randomly",
    "Ran `make check`: lint ok, types ok, <<big>> tests ok in <<secs>> s.",
    "go test ./... ok  (<<secs>>s)",
    "cargo test: test result: ok. <<big>> passed; 0 failed; <<n>> ignored",
    "npm test: Tests: <<big>> passed, <<big>> total. Time: <<secs>> s",
    "FAILED tests/test_sync.py::<<test>> - <<err>>",
    "Validation: not run (no database in this sandbox); unit tests only, <<big>> passed.",
    "eslint: 0 errors, <<n>> warnings (all pre-existing)",
    "benchmark: export <<secs>> s -> 3.1 s on the 50k-row fixture",
    "Checked manually: `app list --json | jq length` prints <<big>>.",
    "coverage 87 % (+2) ; <<file>> at 100 %",
    "pytest -x stopped at <<test>>: <<err>>",
    "Verified the migration up and down on a copy of the dev DB; row count unchanged (<<big>>).",
    "smoke test against staging ok; p95 latency <<secs>> ms",
    "all green except <<test>> (known flaky, tracked in <<pr>>)",
    "docker build: <<secs>> s with warm cache (was 4 min)",
    "pre-commit run --all-files: passed",
    "validated: 0 diffs between old and new exporter output on 3 sample workspaces",
    "Tests: <<big>> passed. Lint: clean. Types: 2 errors in <<file>> (pre-existing, not touched).",
    "typecheck ✔  lint ✔  unit ✔  e2e ✘ (timeout in <<test>>)",
    "shellcheck scripts/*.sh: no findings",
    "hyperfine: 212 ms ± 9 ms (before 1.48 s ± 40 ms)",
    "Result: reproduced the bug with <<test>>, then fixed; the test now passes.",
    "tox -e py311,py312: both OK",
    "I ran the full suite after the rebase: <<big>> passed, <<n>> skipped.",
    "I reran <<test>> 20 times with -p no:randomly; no failures.",
    "Ran ruff and mypy on the touched files only; both clean.",
    "I could not run the e2e tests (no browser in the sandbox); unit tests pass.",
    "Checked the export output by hand against the old version on 3 workspaces: identical.",
    "I measured the export on the big fixture: <<secs>> s (was ~40 s).",
    "Ran the migration up and down twice on a scratch DB; no errors.",
    "I tried the --json output with jq: `app list --json | jq -r .name` works.",
    "Tests pass locally; CI still running at handoff time (run <<big>>).",
    "I did not run the benchmarks again after the last commit; numbers above are from <<sha>>.",
]

LOGS = [
    "2026-11-<<n>>T<<time>>:04Z INFO  <<mod>>: started worker pid=<<big>>",
    "[<<time>>:22] WARN retry 2/3 after 429 from api.partner.example (sleep <<secs>>s)",
    "ERROR <<mod>>.handler - <<err>>",
    "level=info ts=2026-11-<<n>>T<<time>>:51Z msg=\"sync finished\" items=<<big>> duration=<<secs>>s",
    "Run actions/checkout@v4\n  with:\n    fetch-depth: 0\nRun make test\n<<big>> passed in <<secs>>s",
    "##[error]Process completed with exit code 1.",
    "<<time>>:07.412 DEBUG [<<mod>>] cache miss key=report:<<big>>:en",
    "Step 5/12 : RUN pip install -r requirements.txt\n ---> Using cache",
    "{\"level\":\"error\",\"service\":\"<<mod>>\",\"msg\":\"upstream timeout\",\"elapsed_ms\":30012}",
    "Nov <<n>> <<time>>:11 web-2 app[<<big>>]: GET /api/items?page=2 200 <<secs>>ms",
    "E   <<err>>",
    "WARNING: Running pip as the 'root' user can result in broken permissions",
    "<<time>> [scheduler] job nightly-report fired (run_id=<<big>>)\n<<time>> [scheduler] job nightly-report fired (run_id=<<big>>)",
    "npm WARN deprecated <<pkg>>@1.0.0: use the maintained fork",
    "thread 'main' panicked at src/render/table.rs:<<big>>:9: attempt to subtract with overflow",
    "INFO: Application startup complete. Uvicorn running on http://127.0.0.1:8000",
    "[ci] job test (3.12) succeeded in 3m<<n>>s; job lint succeeded in 41s",
    "sentry: event <<sha>> dropped by before_send (PII filter)",
    "<<time>>:00 user=<<person>> action=deploy env=staging version=<<ver>> status=ok",
    "audit: <<person>> approved <<pr>> at <<time>>",
]

SESSION_CALLS = [
    ("pytest -q tests/test_sync.py", "<<big>> passed, <<n>> skipped in <<secs>>s"),
    ("ruff check .", "All checks passed!"),
    ("git status --short", " M <<file>>\n?? notes.txt"),
    ("git log --oneline -3", "<<sha>> fix retry on 429\n<<sha>> add --json to list\n<<sha>> bump <<pkg>>"),
    ("grep -rn 'get_usr' src", "src/users.py:<<n>>:def get_usr(uid):\nsrc/api/routes.py:<<big>>:    u = get_usr(uid)"),
    ("python -m mypy store.py", "Success: no issues found in 1 source file"),
    ("make lint", "ruff check .\nAll checks passed!"),
    ("ls migrations", "0040_users.py\n0041_orders.py\n0042_add_index.py"),
    ("pytest -x -k <<test>>", "FAILED tests/test_sync.py::<<test>> - <<err>>"),
    ("cat config/settings.toml", "[retry]\nmax_attempts = 3\nbackoff = 2.0"),
    ("npm run build", "vite v5.4.2 building for production...\n✓ built in <<secs>>s"),
    ("docker compose up -d db", "Container app-db-1  Started"),
    ("git diff --stat", " <<file>> | <<n>> ++--\n 1 file changed, <<n>> insertions(+), 2 deletions(-)"),
    ("python scripts/check_links.py docs/", "checked <<big>> links, 2 dead: docs/install.md:14, docs/faq.md:31"),
]

COMMITS = [
    "fix(<<mod>>): retry on 429 with exponential backoff",
    "Add --json flag to `list`\n\nOne object per line so the output pipes into jq.",
    "Round invoice totals to 2 decimals instead of truncating\n\nTruncation lost up to a cent per invoice. Closes <<pr>>.",
    "Revert \"scheduler: reload cron table on SIGHUP\"\n\nThis reverts commit <<sha>>. Jobs fired twice after a reload.",
    "tests: replace sleep(2) with an Event in the sync integration test",
    "<<mod>>: name the unreadable file in the error message",
    "chore(deps): bump <<pkg>> to <<ver>>",
    "docs: run locally with docker compose",
    "Split parser.py into core, errors and io\n\nThe public API is unchanged; parser/__init__.py re-exports every name.",
    "search: fold accents before matching (José == Jose)",
    "Make the nightly billing job idempotent\n\nKey each charge on (customer_id, period) so a rerun cannot charge twice.",
    "ci: test on Python 3.11 and 3.12",
    "Remove the new-editor feature flag (100 % for a month)",
    "csv import: strip a leading BOM\n\nAdds <<test>>.",
    "Stop logging full request bodies; log their size instead",
    "webhooks: verify the signature over the raw body",
    "Merge branch '<<branch>>' into main",
    "config: accept YAML as well as TOML",
    "WIP: profile report generation",
    "cache: include the locale in the key\n\nCo-authored-by: <<person>> <dev@example.org>",
]

ERRORS = [
    "<<err>>",
    "Error seen in CI: <<err>> (only on the 3.12 job).",
    "Known error, not ours: <<err>> comes from <<pkg>> <<ver>>; fixed upstream in the next release.",
    "Traceback (most recent call last):\n  File \"<<file>>\", line <<big>>, in run\n    rows = load(path)\n<<err>>",
    "last failure: <<err>> at <<file>>:<<big>>",
    "Blocked by: <<err>> when the DB volume is read-only. Workaround: chmod the volume.",
    "The `<<err>>` in the logs is expected when the client disconnects early; we log it at INFO now.",
    "Stack (trimmed):\n  <<file>>:<<big>> in export\n  <<file>>:<<big>> in _write\n<<err>>",
    "<<err>> — reproduced with <<test>>, cause is a missing default in config.",
    "Error budget note: <<err>> happened <<n>> times in 24 h, all on one tenant.",
]


def _session_line(rng: random.Random, cmd: str, out: str, shape: int) -> str:
    cmd, out = fill(cmd, rng), fill(out, rng)
    code = 0 if "FAILED" not in out else 1
    ts = f"2026-11-{rng.randint(10, 28)}T{rng.choice(POOLS['time'])}:{rng.randint(10, 59)}Z"
    if shape == 0:
        pair = [{"type": "tool_call", "tool": "bash", "input": {"command": cmd}},
                {"type": "tool_result", "exit_code": code, "output": out}]
    elif shape == 1:
        pair = [{"ts": ts, "event": "exec", "cmd": cmd, "cwd": "/work/repo"},
                {"ts": ts, "event": "exit", "status": code, "stdout": out, "stderr": ""}]
    elif shape == 2:
        tid = f"tu_{rng.randint(100, 999)}"
        pair = [{"kind": "tool_use", "id": tid, "name": "shell", "arguments": {"cmd": cmd, "timeout": 120}},
                {"kind": "tool_output", "id": tid, "ok": code == 0, "text": out}]
    elif shape == 3:
        return json.dumps({"ts": ts, "tool": "run", "command": cmd, "exit": code, "output": out}, ensure_ascii=False)
    else:
        return f"$ {cmd}\n{out}\n[exit {code}]"
    return "\n".join(json.dumps(x, ensure_ascii=False) for x in pair)


OTHER_TOOLS = [
    {"tool": "read_file", "path": "<<file>>", "lines": "1-80"},
    {"tool": "edit_file", "path": "<<file>>", "replaced_lines": "<<n>>"},
    {"tool": "grep", "pattern": "get_usr", "matches": "<<n>>"},
    {"tool": "list_dir", "path": "src/<<mod>>", "entries": "<<n>>"},
    {"tool": "write_file", "path": "tests/test_<<mod>>.py", "bytes": "<<big>>"},
]


def combos(rng: random.Random) -> dict[str, list[str]]:
    session = [_session_line(rng, c, o, k) for c, o in SESSION_CALLS for k in range(5)]
    session += [fill(json.dumps(t), rng) for t in OTHER_TOOLS for _ in range(3)]
    return {
        "b_validation_terse": weave(VALIDATION, [""], 120, rng),
        "b_log_lines": weave(LOGS, [""], 85, rng),
        "b_session_log_json": session,
        "b_commit_message": weave(COMMITS, [""], 80, rng),
        "b_error_quoted_no_request": weave(ERRORS, [""], 80, rng),
    }


ITEMS: dict[str, list[str]] = {}
