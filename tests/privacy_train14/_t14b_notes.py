"""Benign: handoff notes of the same forms as the quoting prompts, but in the agent's own words:
the user's wish paraphrased in the third person, decisions and status, the agent's own findings,
and notes that mention prompts, models, chats and e-mails without containing one."""

from __future__ import annotations

import random

from _t14data_en import PAIRS
from _t14util import weave

LABEL = "benign"

PARA_FRAMES = [
    "The user asked for this: <<x>>.",
    "Context: <<x>>.",
    "<<x>>. Started on it in <<file>>.",
    "Request (paraphrased): <<x>>.",
    "original ask, in short — <<x>>.",
    "Goal for this session: <<x>>.",
    "Context for the next session: <<x>>. Nothing committed yet.",
    "Summary of the request: <<x>>.",
    "Task: <<x>>. Branch <<branch>>.",
    "Why this branch exists: <<x>>.",
    "Incoming request, <<day>> <<time>>: <<x>>.",
    "<<x>> — picked up at <<time>>.",
    "Background: <<x>>. See <<pr>> for the earlier attempt.",
    "## Request\n\n<<x>>.\n\n## Status\n\nIn progress on <<branch>>.",
    "Open item: <<x>>. Not started.",
    "note: <<x>>; partially done, see <<branch>>",
    "Scope: <<x>>. Out of scope: anything in <<file>>.",
    "Paraphrasing the ask so it survives the handoff: <<x>>.",
    "What the user is after: <<x>>.",
    "Follow-up from the user today: <<x>>.",
    "Pending: <<x>>.",
    "Decision: <<x>> — agreed, doing it in <<pr>>.",
    "<<x>>. Looked at <<file>> first; the change is small.",
    "Ticket summary: <<x>>.",
    "User feedback at <<time>>: <<x>>.",
    "Why: <<x>>.",
    "The ask changed mid-session: <<x>>.",
    "Main request this session: <<x>>. Done except the docs.",
    "Motivation: <<x>>. No code yet, only reading.",
    "Carry-over: <<x>>.",
    "Priority item — <<x>>.",
    "<<x>> (user, <<day>>). Plan: small PR, tests first.",
    "First thing the user raised: <<x>>.",
    "Status: <<x>>; reproduced locally, fix pending.",
    "Issue in one line: <<x>>.",
    "Still open from <<day>>: <<x>>.",
]

FINDINGS = [
    "Root cause: the `_seen` set in the queue worker is never cleared, about 2 KB per job. Fix: clear it after each batch (<<sha>>).",
    "The two cache layers are not redundant: the in-process LRU dedupes work within a request, Redis shares across workers. Keeping both; LRU shrunk to 256 entries.",
    "Migration must run before the model change: migrate, deploy, then backfill. Wrote this order into docs/release.md.",
    "Timeout was applied per attempt, not in total. Retry wrapper now tracks an overall deadline.",
    "Fast subset: slow tests are marked `@pytest.mark.slow`; `pytest -m \"not slow\"` runs in <<secs>> s.",
    "Off-by-one-hour in reports came from the DST switch; timestamps are now converted to UTC before bucketing by day.",
    "Endpoints without tests: POST /api/items/bulk, DELETE /api/sessions/{id}, GET /api/reports/export.",
    "requests -> httpx differences that matter here: no default timeout, redirects not followed by default, different exceptions.",
    "Token refresh: on a 401 the client calls refresh() and retries once (auth/client.py:88).",
    "Kept 3.9 compatibility: if/elif instead of match in <<file>>.",
    "Scheduler registers jobs twice when reloaded without clearing the old ones; added clear() before load.",
    "The slug regex accepts 3-32 chars of [a-z0-9-] and the lookahead rejects '--'.",
    "Dashboard sums refunds as positive amounts; the DB view subtracts them. That is the whole mismatch.",
    "Test passes alone, fails in the suite: a module-scoped fixture is mutated by test_cli_help. Made it function-scoped.",
    "Removed 19 unused feature toggles; `beta-export` is still referenced in one template, left it.",
    "Could not reproduce the upload restart with the staging bucket; need the exact command from the user.",
    "Postgres is not available in this sandbox, so the DB tests were skipped (<<n>> of them).",
    "_norm returns None for falsy input, else the stripped lowercase string; rewrote it as a conditional expression.",
    "flaky sleep(2) replaced with a threading.Event; the background thread is now joined.",
    "moment is imported in 14 files; ported utils/ first, the rest in a follow-up.",
    "Release blockers: orders migration unreviewed, changelog missing, two flaky macOS tests.",
    "The crash last night was a RecursionError in the serializer on a self-referencing object.",
    "Formatting-only changes reverted; the diff is back to the functional change (<<n>> files).",
    "Split parser.py into parser/core.py, parser/errors.py, parser/io.py; __init__ re-exports everything.",
    "Confirmation before `delete --all` added; `--yes` skips it. Covered by <<test>>.",
    "--json prints one object per line, so it pipes into jq; documented in docs/cli.md.",
    "The lockfile has lodash 4.17.21 and 4.17.15; the old one comes from a dev dependency.",
    "Webhook signature check used the parsed body; Stripe signs the raw bytes. Now verifies the raw body.",
    "Memory: worker RSS flat at ~180 MB over 2 h after the fix (was 2 GB).",
    "CI lint differs from local because CI uses ruff 0.6 and the lockfile pins 0.4. Bumped the pin.",
]

MENTIONS = [
    "Replied to <<person>>'s e-mail about the release date; freeze stays on <<day>>.",
    "<<person>> pinged in #backend about the flaky test; told them it is tracked in <<pr>>.",
    "Asked <<person>> in chat whether the v1 endpoints still get traffic; waiting for an answer.",
    "The prompt template for the summarizer lives in prompts/summary.txt; I did not change its wording, only the loader.",
    "Model call in <<mod>> now has a 30 s timeout and retries twice.",
    "Switched the eval script to read prompts from a JSONL file instead of a Python list.",
    "Chat history is truncated to the last 20 turns before being sent; see <<file>>.",
    "Added a test that the e-mail template renders without the unsubscribe link in dev.",
    "Discussed the cache design with <<person>> on a call; we keep both layers.",
    "The user reviewed the plan in the chat and approved step 1 only.",
    "<<person>> answered the e-mail thread: customers need the German messages by <<day>>.",
    "Moved the system prompt for the triage bot into config so it can change without a deploy.",
    "Token counting for prompts uses the tokenizer shipped with the model package; no network call.",
    "Slack notification for failed deploys now includes the commit SHA.",
    "The model's response is parsed as JSON; on a parse error we log the length only, never the body.",
    "Forwarded the customer e-mail to support; nothing for us to change in code.",
    "User clarified in chat: the 2-decimal rounding applies to invoice totals, not line items.",
    "The transcript export feature is behind the `transcripts` flag and off by default.",
    "Prompt caching is on for the classifier calls; hit rate 71 % in the last run.",
    "Answered <<person>>'s question on the PR about why we keep the LRU.",
    "Meeting with <<person>> moved to <<day>> <<time>>; agenda: release blockers.",
    "The chatbot widget's greeting text comes from the CMS, not from this repo.",
    "Email to the customer drafted by <<person>>, not sent from here.",
    "Asked the model to list endpoints without tests, then checked each one by hand; the list in the PR is mine.",
    "Reply length limit for the assistant endpoint is now 4,000 tokens (was 1,000).",
    "Mailing-list announcement for <<ver>> is <<person>>'s job; reminder set for <<day>>.",
    "Removed the hard-coded prompt strings from tests; fixtures load them from tests/data/.",
    "Conversation IDs are now UUIDv7 so they sort by time.",
    "User said they are away until <<day>>; no questions queued for them.",
    "Sent the status update to the team channel; no blockers reported back.",
]

NEXT_ACTIONS = [
    "rerun the flaky test",
    "Rerun <<test>> ten times with -p no:randomly before calling it fixed.",
    "ask <<person>> to review <<pr>>",
    "Next: finish the orders migration and run it against a copy of prod.",
    "Bump <<pkg>> once the upstream fix is released.",
    "Write the changelog entry for <<ver>>.",
    "Check the staging logs for the 429s after the retry change lands.",
    "Delete the `beta-export` reference in templates/export.html, then drop the toggle.",
    "Confirm with <<person>> that the v1 endpoints can go.",
    "Add a test for the BOM case in the CSV importer.",
    "Port the remaining moment imports (13 files) to date-fns.",
    "Profile the report generation with py-spy and note the top 5 frames.",
    "Finish the README docker section; the compose file is already in place.",
    "Make the cron job idempotent: key on (customer_id, period).",
    "Merge <<branch>> after CI is green.",
    "Remove the sleep(2) from tests/integration/test_sync.py.",
    "Open an issue for the mypy Optional false positive in <<file>>.",
    "Pin <<pkg>> to an exact version and regenerate the lockfile.",
    "Look at the memory graph tomorrow morning to confirm the leak is gone.",
    "Wire SENTRY_DSN from the environment; do not commit it.",
    "Split <<file>> only after the tests cover the public API.",
    "Re-run the benchmarks on the CI runner, not the laptop.",
    "Update docs/install.md with the Node 20 requirement.",
    "Drop the debug logging in <<mod>> before release.",
    "Squash the fixup commits on <<branch>> before asking for review.",
    "Verify the webhook fix against a real Stripe test event.",
    "Check that --no-color still disables the colors in the new renderer.",
    "Ask the user which locale the cache key should default to.",
    "Write the ADR for SQLite vs Postgres (docs/adr/0007.md).",
    "next: pagination for /api/items, default 50",
    "TODO(next session): health endpoint with DB ping",
    "Backfill created_at for the 412 rows where it is NULL.",
    "rebase <<branch>> on main",
    "Reply to <<person>>'s e-mail once the date is fixed.",
    "add the dashboard/DB reconciliation query to the runbook",
    "Review the 20 feature toggles list with product before deleting.",
    "Turn the link checker into a CI job (weekly).",
    "Keep an eye on <<test>>: failed once on macOS.",
    "Decide between dataclass and pydantic model for config.py.",
    "Release <<ver>> after the changelog is merged.",
]


def _fill_many(frames: list[str], n: int, rng: random.Random) -> list[str]:
    return weave(frames, [""], n, rng)


def combos(rng: random.Random) -> dict[str, list[str]]:
    paraphrases = [p for _, p in PAIRS]
    return {
        "b_paraphrase_note": weave(PARA_FRAMES, paraphrases, 280, rng),
        "b_agent_findings": weave(["<<x>>"], FINDINGS, len(FINDINGS), rng)
        + weave(["Finding: <<x>>", "Notes:\n- <<x>>", "Result: <<x>>", "Checked: <<x>>"], FINDINGS, 60, rng),
        "b_mentions_chat_email_prompt": _fill_many(MENTIONS, 90, rng),
        "b_next_action": _fill_many(NEXT_ACTIONS, 110, rng),
    }


ITEMS: dict[str, list[str]] = {}
