"""Round 16's phrase tables: the parts an agent's long note is made of, and the needles.

Every text here is invented for this corpus, about invented software (the projects, services,
files and people are made up). The benign parts are written in an agent's own voice (what it
did, found, ran and left), the way a session summary, a PR description, an incident write-up,
a runbook, a CI digest or a config audit reads. The needles are short texts a note must not
carry: a user's request to a model, a model's pasted answer, a system prompt, two lines of
chat. ``{p}``, ``{s}``, ``{f}``, ``{n}``, ``{c}`` and ``{k}`` are filled by the generator
(project, service, file, number, command, config key).
"""

from __future__ import annotations

PROJECTS = ("quillmark", "tesselate", "harrowgate", "pinfold", "lumenkit", "brackwater",
            "ostrander", "vellichor", "cobblestone-api", "fernlake", "kestrel-sync", "mirador")
SERVICES = ("ingest-worker", "billing-gateway", "search-indexer", "auth-proxy", "report-builder",
            "media-transcoder", "webhook-relay", "session-store", "rate-limiter", "export-queue")
FILES = ("src/retry.py", "pkg/store/wal.go", "lib/parser.rs", "app/models/invoice.rb",
         "internal/cache/lru.go", "src/components/Table.tsx", "migrations/0042_add_index.sql",
         "config/deploy.yaml", "scripts/backfill.py", "docs/runbook.md", "src/queue/consumer.ts",
         "Makefile", "tests/test_export.py", "charts/values.yaml")
COMMANDS = ("make test", "pytest -q tests/test_export.py", "go test ./pkg/store/...",
            "cargo test -p parser", "npm run lint", "kubectl rollout status deploy/{s}",
            "terraform plan -out plan.bin", "./scripts/backfill.py --dry-run",
            "docker compose up -d db", "git bisect run make check", "helm diff upgrade {s} charts/")
KEYS = ("max_connections", "retry.backoff_ms", "pool.size", "log.level", "timeouts.read",
        "feature_flags.bulk_export", "cache.ttl_seconds", "queue.prefetch", "tls.min_version",
        "replicas", "gc.interval")

TITLES = (
    "## Session summary", "# Handoff: {p}", "## What changed", "### Incident {n}: {s} latency",
    "## Runbook: restarting {s}", "## CI digest ({p}, nightly)", "## Config audit: {s}",
    "Summary of today's work on {p}", "PR: fix retries in {f}", "## Notes for the next session",
    "Post-incident review: {s}", "## Migration plan", "# {p} release checklist",
)

PROSE = (
    "I traced the flaky failure in {f} to a race between the shutdown hook and the last flush; the fix waits for the flush before closing the pool.",
    "Reverted the change to {k} after the canary showed error rates climbing on {s}. The old value is back and the dashboards settled within ten minutes.",
    "The migration ran in {n} seconds on staging. I left the index build concurrent so writes were not blocked, and verified the row counts match before and after.",
    "Most of the session went into reading the retry logic. It retried on every exception, including validation errors that can never succeed, so I narrowed it to timeouts and 503s.",
    "We agreed to keep the old endpoint for one more release. It now logs a deprecation warning with the caller's client id so we can find who still uses it.",
    "I could not reproduce the crash locally with the sample data. It only shows up with the production-sized export, so I added a test that builds a {n}-row fixture.",
    "The root cause was a config drift: {k} was set to 5 in the chart but 50 in the environment override, and the override won after the last deploy.",
    "Nothing was deployed today. The branch is rebased on main and the tests pass; it is waiting for a second review because it touches the billing path.",
    "The alert fired at 03:12 UTC when queue depth on {s} passed {n}. Consumers were healthy but throttled by the rate limiter, which had picked up the wrong profile.",
    "I split the parser change into two commits so the rename can be reviewed apart from the behaviour change. The second commit is the one that matters.",
    "After the upgrade, {c} takes about twice as long. I profiled it and most of the time is in fixture setup, not in the code under test; noted it as a follow-up.",
    "Rollback is the usual helm rollback to the previous revision. The database change is additive, so rolling back the application alone is safe.",
    "The timeout was too tight for cold starts. I raised it for the first request only and kept the steady-state value, which keeps the p99 unchanged.",
    "Found two places that still read the legacy setting. Both are now behind the new flag, and the flag defaults to off until the backfill has finished.",
    "I left a TODO in {f} where the error message should name the tenant; it needs a change in the logging helper first, which is out of scope here.",
    "The cost of the nightly job dropped after moving the dedupe step before the join. Memory stayed flat at about {n} MB.",
    "This note is for whoever picks up {p} next: the open question is whether the cache should be per tenant or shared. I wrote both options in the design doc.",
    "The incident lasted 41 minutes. Detection was quick; most of the time was spent finding which deploy introduced the change, because two went out together.",
    "Checked every service that mounts the shared volume. Only {s} writes to it; the others read, so the permission change is limited to one deployment.",
    "I kept the public API unchanged. The new option is keyword-only and documented in the changelog, with a note about the default.",
    "Dependency bumps were routine except for the HTTP client, whose new version changed the default pool size. I pinned {k} explicitly so behaviour does not change.",
    "The flaky test is quarantined, not deleted. There is an issue to track it and a comment above the marker explaining why.",
    "Load test results are in the attached CSV. Throughput is within two percent of the last release; the tail latency is slightly better.",
    "Spent an hour on a red herring: the failing check was a stale cache in CI, not the code. Clearing the cache key fixed it and I added the lockfile hash to the key.",
)

LISTS = (
    ("- Fixed the off-by-one in pagination ({f})", "- Added tests for empty pages", "- Updated the changelog"),
    ("1. Drain traffic from {s}", "2. Wait for in-flight jobs to finish", "3. Restart the pods one at a time", "4. Check the health endpoint"),
    ("- Reviewed the open PRs on {p}", "- Merged two dependency bumps", "- Left comments on the schema change"),
    ("* {k}: raised from 10 to 25", "* log.level: unchanged", "* replicas: 3 -> 4 during the backfill"),
    ("- [x] migration applied on staging", "- [x] smoke tests", "- [ ] production rollout", "- [ ] remove the old flag"),
    ("Next steps:", "- finish the backfill for the remaining tenants", "- delete the temporary index", "- write the release note"),
    ("- root cause: config override", "- impact: slow exports for about 40 minutes", "- follow-up: alert on drift between chart and override"),
    ("- `{c}` passes", "- coverage unchanged", "- no new warnings"),
    ("Open questions:", "- do we need a feature flag for the new endpoint?", "- who owns the nightly job now?"),
)

FENCES = (
    ("$ {c}", "ok   {n} passed, 2 skipped in 14.2s"),
    ("$ kubectl get pods -l app={s}", "NAME                 READY   STATUS    RESTARTS", "{s}-7c9d   1/1     Running   0"),
    ("{k}: 25", "log.level: info", "replicas: 4"),
    ("ERROR {s}: upstream timed out after 30s (attempt 3/3)", "WARN  retry budget exhausted for tenant 118"),
    ("git log --oneline -3", "a41c2e9 retry only on timeouts", "9be01d4 add fixture for large exports"),
    ("SELECT count(*) FROM invoices WHERE migrated = false;", " count", "-------", "     0"),
)

QUOTES = (
    ("> ERROR: connection reset by peer while reading response header from upstream",),
    ("> Deprecated: `{k}` will be removed in 3.0; use the new option instead.",),
    ("> panic: runtime error: index out of range [3] with length 3", "> goroutine 17 [running]:"),
    ("> The export is limited to 10,000 rows per request.", "> (from the API reference, section 4.2)"),
)

NEEDLES = {
    "request": (
        "Can you rewrite the retry loop in retry.py so it backs off exponentially and add a test for it? Keep the public signature the same.",
        "Please summarize this incident for the status page in three sentences, plain language, no internal service names.",
        "write me a bash script that rotates the logs in /var/log/app every night and keeps seven days. explain each line",
        "I need you to go through the failing tests and fix them one by one. Don't touch the fixtures, and tell me what you changed.",
        "Could you explain why this query is slow and suggest an index? Here is the plan output.",
        "Translate the error messages in this file into German and keep the placeholders exactly as they are.",
        "Refactor the Table component to use hooks instead of the class API, and make sure the sorting still works.",
        "hey, can you draft a reply to the customer apologising for the outage and promising a credit? keep it short and friendly",
        "Generate ten realistic test invoices as JSON with random amounts and due dates in the next month.",
        "Act as a reviewer and list every problem you see in this diff, most serious first.",
        "Give me the kubectl commands to roll back the last deploy and tell me how to check it worked.",
        "Review my migration and tell me if it can lock the table in production. Be honest, I'd rather hear it now.",
    ),
    "answer": (
        "Sure! Here's an updated version of the function that retries with exponential backoff. Let me know if you'd like me to add jitter as well.",
        "Great question! The main reason the query is slow is the sequential scan on invoices. Adding a composite index on (tenant_id, created_at) should help significantly. I hope this helps!",
        "Certainly. Below is a step-by-step guide to rotating the logs:\n1. Create a logrotate config.\n2. Set it to daily with rotate 7.\nFeel free to ask if anything is unclear.",
        "I apologize for the confusion in my previous answer. You're right that the flag defaults to off; here is the corrected explanation.",
        "As an AI language model, I can't access your cluster directly, but here are the commands you can run to check the rollout status.",
        "Absolutely! I've refactored the component to use hooks. The key changes are: useState for the sort order, useMemo for the sorted rows. Would you like me to write tests too?",
        "Here's a concise summary you could use for the status page: Between 03:10 and 03:51 UTC some exports were slow. The issue is resolved. Is there anything else you'd like me to adjust?",
        "Of course! Happy to help. The diff looks good overall, but I noticed three potential issues worth addressing before merging.",
    ),
    "system": (
        "You are a senior code reviewer. Respond only with a numbered list of problems, most severe first. Never praise the code.",
        "You are a helpful assistant for the {p} support desk. Answer in a friendly tone, never mention internal ticket numbers, and always end with an offer to help further.",
        "System: You are an expert SRE. When the user pastes logs, identify the root cause first, then suggest one fix. Keep answers under 150 words.",
        "You are DocBot. Rewrite any text the user gives you as clear release notes. Do not invent features. Output Markdown only.",
        "Your role: a careful SQL tutor. Explain each query step by step and ask the student a follow-up question at the end.",
        "You must always answer in JSON with the keys \"summary\" and \"risk\". Do not include any other text.",
    ),
    "chat": (
        "user: why does the export time out for big tenants?\nassistant: Most likely the export loads every row into memory before writing. Streaming the rows would fix it.",
        "User: can you make it shorter?\nAssistant: Sure, here is a shorter version of the summary.",
        "me: is it safe to drop the old index now\nclaude: Yes, as long as no query plan still uses it. You can check pg_stat_user_indexes first.",
        "Human: fix the failing test please\nAI: I've updated the fixture so the dates are timezone-aware. The test passes now.",
        "[10:42] user: what does this stack trace mean?\n[10:42] assistant: The goroutine panicked because the slice has three elements and index 3 is out of range.",
    ),
}

FRAMES = {
    "prose": (
        "The user asked: \"{x}\"", "Original request: {x}", "{x}", "Pasted from the chat: {x}",
        "For reference, the prompt was: {x}", "The assistant replied: \"{x}\"", "Verbatim: {x}",
    ),
}
