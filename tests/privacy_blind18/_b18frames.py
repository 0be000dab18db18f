"""Benign document frames for blind18: long handoff notes in several voices (session summary,
PR description, incident write-up, runbook, CI digest, review summary, migration plan,
changelog draft, config audit). A frame returns a title and a list of blocks; needles and
decoys are placed between or inside those blocks by generate.py.
"""
from _b18lang import LANG, fill

STATUS = [
    "Rebased {br} onto main; the only conflicts were in the lockfile and I regenerated it rather than hand-merging.",
    "All {n} unit tests pass locally in {dur}. The integration suite is slower than usual because the fixtures now spin up a real Postgres.",
    "I did not touch the public API. Everything new is behind the `{flag}` flag, default off.",
    "We are blocked on the platform team for the new runner image; until then the arm64 job stays optional.",
    "PR #{pr} is open and green except for the coverage gate, which dropped 0.4 points because of the new error paths.",
    "Spent most of the session chasing a timezone bug: the scheduler compared naive and aware datetimes, so jobs due at midnight UTC ran an hour late in CET.",
    "{svc} now retries idempotent requests up to five times with jittered backoff; non-idempotent ones fail fast as before.",
    "The flaky test turned out to be ordering-dependent: it relied on a dict that another test mutated. Fixed by building a fresh fixture per test.",
    "Memory on {svc} is flat at about 410 MB after the cache change; it was climbing to 3 GB within an hour before.",
    "Left the feature flag off in {env}. Turning it on is the first step of tomorrow's rollout, not something to do unattended.",
    "ok so the deploy went out at {time} and nothing caught fire. latency p95 back under 200ms.",
    "I could not reproduce the crash on macOS; it only happens on the Alpine image, which points at musl's DNS resolver.",
    "Dropped the vendored copy of the YAML parser and pinned the upstream release instead; the diff is mostly deletions.",
    "Per the team's decision on Tuesday, the export job writes Parquet instead of CSV; the old endpoint stays for one release.",
    "Did not get to the docs. The README still describes the old config layout.",
    "tl;dr: fix is in, tests green, deploy waits for {person}'s review.",
    "Tried three approaches to the lock contention; only the per-tenant lock kept p99 under 300ms in the load test.",
    "The vendor's sandbox was down for most of the afternoon, so the webhook tests ran against the recorded fixtures instead.",
    "I reverted my own change from this morning (it doubled the number of DB round-trips) and started over with a join.",
    "Heads-up: `make lint` now runs the type checker too, so it takes about 40 seconds longer.",
    "bumped {svc} to {ver}, no breaking changes in their notes, our tests agree",
    "Nothing is deployed from this branch yet. Staging still runs the build from {date}.",
    "The new index cut the slow query from 2.3s to 40ms on a copy of prod data; EXPLAIN output is attached to the PR.",
    "Confirmed with {person} that the nightly export can move to 03:30 UTC without breaking the finance report.",
    "Removed 1,200 lines of dead code behind a flag that has been on everywhere since last year.",
    "If the canary looks wrong, `make rollback ENV={env}` is safe to run; it only flips the traffic split.",
    "The secret-scanning job flagged a test fixture; I confirmed it is a fake value and added it to the allowlist with a comment.",
]

NEXT = [
    "Re-run the arm64 job once the new image is published", "Ask {person} to review the migration before Thursday",
    "Remove the `{flag}` flag after one week in prod", "File an upstream bug for the resolver timeout",
    "Update the runbook with the new restart order", "Backfill `archived_at` for rows created before the cutover",
    "Check the dashboards in the morning: error rate, queue depth, p95", "Delete the temporary debug logging in {path}",
    "Write the changelog entry", "Split {path} into reader and writer modules", "Bump the client SDK in the mobile repo",
    "Confirm with support that the customer can download their export",
]

CMDS = [
    "make test", "pytest -q -x tests/", "go test ./... -race", "npm run build", "cargo clippy --all-targets -- -D warnings",
    "git rebase -i origin/main", "docker compose up -d db", "kubectl -n {env} rollout status deploy/{svc}",
    "terraform plan -out=plan.bin", "alembic upgrade head", "ruff check . && mypy --strict src", "gh pr checks {pr}",
    "kubectl -n {env} logs deploy/{svc} --since=10m | grep -c ERROR", "psql \"$DATABASE_URL\" -c '\\d invoices'",
    "helm diff upgrade {svc} charts/api -f values-{env}.yaml", "git bisect run ./scripts/repro.sh",
]

LOGS = [
    "{ts} INFO  {svc} started version={ver} pid={n}", "{ts} WARN  {svc} slow query took 2.3s table=invoices",
    "{ts} INFO  worker picked job id={uuid} attempt=1", "{ts} ERROR {svc} upstream timeout after 30s host={host}",
    "{ts} INFO  healthcheck ok status=200 latency_ms=14", "{ts} WARN  pool: 18/20 connections in use",
    "{ts} INFO  migration 0042_add_index applied in 812ms", "{ts} DEBUG cache miss key=invoice:{n} ttl=300",
    "{ts} ERROR job {uuid} failed: ConnectionResetError: [Errno 104] Connection reset by peer",
    "{ts} INFO  deploy sha={sha} replicas=3/3 ready",
]

FACTS = [
    "default branch: main", "python: 3.12", "node: 20.11", "runner: ubuntu-24.04 (x64), arm64 optional",
    "db: Postgres 15.6 on RDS, multi-AZ", "feature flag `{flag}`: off in prod, on in {env}", "queue: SQS, visibility timeout 300s",
    "log level: info (debug only on canary)", "max upload: 5 GiB, multipart threshold 64 MiB", "timezone: UTC everywhere",
    "cron: nightly export at 02:30 UTC", "owner: #team-{team}",
]

FLAGS = ["export_v2", "async_retries", "new_scheduler", "parquet_export", "strict_tz", "batch_upload", "lazy_index"]
TEAMS = ["platform", "payments", "search", "ingest", "growth", "infra"]


def sub(k, s):
    return (s.replace("{br}", k.branch()).replace("{n}", str(k.num(20, 2400))).replace("{dur}", k.dur())
            .replace("{flag}", k.pick(FLAGS)).replace("{pr}", str(k.pr())).replace("{svc}", k.svc())
            .replace("{env}", k.env()).replace("{time}", k.time()).replace("{person}", k.person())
            .replace("{path}", k.path()).replace("{ts}", k.ts()).replace("{ver}", k.ver()).replace("{uuid}", k.uuid())
            .replace("{host}", k.host()).replace("{sha}", k.sha(12)).replace("{team}", k.pick(TEAMS))
            .replace("{test}", k.test()).replace("{repo}", k.repo()).replace("{model}", k.model()).replace("{date}", k.date()))


USED: set = set()
"""Sentences already used in the note being built: a note does not repeat itself."""


def fresh(k, pool, n):
    avail = [s for s in pool if s not in USED]
    got = k.sample(avail, min(n, len(avail)))
    USED.update(got)
    return got


def para(k, pool=STATUS, lo=2, hi=4):
    return " ".join(sub(k, s) for s in fresh(k, pool, k.num(lo, hi)))


def bullets(k, pool, lo=3, hi=6, mark="- "):
    return "\n".join(mark + sub(k, s) for s in fresh(k, pool, k.num(lo, hi)))


def checklist(k):
    return "\n".join(f"- [{k.pick([' ', ' ', 'x'])}] " + sub(k, s) for s in fresh(k, NEXT, k.num(2, 5)))


def commands(k):
    return "```bash\n" + "\n".join("$ " + sub(k, c) for c in k.sample(CMDS, k.num(2, 5))) + "\n```"


def log_block(k):
    return "```\n" + "\n".join(sub(k, s) for s in k.sample(LOGS, k.num(3, 6))) + "\n```"


def runs_table(k):
    rows = ["| run | job | result | time |", "|---|---|---|---|"]
    for _ in range(k.num(2, 5)):
        rows.append(f"| {k.num(10**9, 10**10)} | {k.pick(['lint', 'unit', 'integration', 'e2e', 'build-arm64', 'typecheck'])} "
                    f"| {k.pick(['pass', 'pass', 'fail', 'flaky', 'cancelled'])} | {k.dur()} |")
    return "\n".join(rows)


def facts(k):
    return bullets(k, FACTS, 3, 6)


# frame bodies --------------------------------------------------------------------------

INCIDENT = [
    "At {time} UTC the error rate on {svc} rose from 0.1 % to 14 %; the on-call was paged four minutes later.",
    "Root cause: a config change lowered the connection pool to 5 while the new batch job opened 8 connections per worker.",
    "Impact: about 2,300 requests failed over 26 minutes; no data was lost, and retries covered most webhook deliveries.",
    "Detection was slow because the alert threshold was set on the 15-minute average, not the 1-minute rate.",
    "Mitigation: rolled back the config at {time}, then scaled {svc} to 6 replicas to drain the backlog.",
    "What went well: the rollback took under two minutes and the status page was updated promptly.",
    "What went badly: the runbook pointed at a dashboard that was deleted in the spring reorganisation.",
]
RUNBOOK = [
    "Drain traffic from the node: `kubectl cordon` then `kubectl drain --ignore-daemonsets`.",
    "Confirm replication lag is under 5 seconds on the replica before promoting anything.",
    "Stop the {svc} workers so no job writes during the switch.", "Run the smoke test: `make smoke ENV={env}`.",
    "Flip the DNS record (TTL is 60s) and watch the error rate for ten minutes.",
    "If anything looks wrong, roll back by reversing steps in order; do not improvise.",
    "Re-enable the workers and check the queue drains within 15 minutes.",
    "Post in #ops with the start and end times and a link to this page.",
]
CI = [
    "`{test}` failed on 3 of the last 10 runs, always on the arm64 runner, always with a 30s timeout.",
    "The lint job fails because ruff 0.6 added a rule our config does not ignore; pinning the version fixes it.",
    "Docker layer cache misses on every run since the base image tag moved; build time went from 4 to 11 minutes.",
    "The e2e job is red because the preview environment ran out of IP addresses; unrelated to the change.",
    "Typecheck fails only with the new mypy: a `TypedDict` total=False key is now treated as possibly missing.",
    "Coverage upload step is failing with a 429 from the coverage service; it is non-blocking.",
]
REVIEW = [
    "{path}: the new branch in `parse()` swallows the exception; log it at least.",
    "{path}: naming is fine, but `tmp2` should say what it holds.", "Tests cover the happy path only; please add the retry-exhausted case.",
    "The migration is not reversible. Add a down step or say in the PR why not.",
    "Nit: the docstring still mentions the old parameter name.", "Overall: approve once the error handling comment is addressed.",
    "The lock is taken before the network call; that holds it for up to 30 seconds. Move the call out.",
]
MIGRATION = [
    "Phase 1: add the nullable column and dual-write from the application; no reads change.",
    "Phase 2: backfill in batches of 10,000 rows with a 200ms pause, off-peak, watching replication lag.",
    "Phase 3: switch reads to the new column behind the flag, compare results for a week.",
    "Phase 4: drop the old column after two releases, once nothing references it.",
    "Rollback: each phase is reversible on its own; phase 4 needs a restore from snapshot, so it goes last.",
    "Estimated backfill time is about 3 hours for 41 million rows.",
]
CHANGELOG = [
    "Added: `export --format parquet`.", "Added: retry settings per endpoint.", "Changed: the default timeout is 30s (was 60s).",
    "Changed: log lines are JSON by default.", "Fixed: uploads larger than 4 GiB no longer stall at 99 %.",
    "Fixed: the scheduler no longer runs midnight jobs an hour late in CET.", "Removed: the deprecated `--legacy-auth` flag.",
    "Security: dependencies bumped for the advisory on the XML parser.",
]
AUDIT = [("TLS minimum version", "1.2", "ok"), ("session lifetime", "12h", "too long, propose 8h"),
         ("password min length", "12", "ok"), ("MFA for admin users", "enforced", "ok"),
         ("log retention", "30 days", "ok"), ("public buckets", "0", "ok"), ("unused IAM users", "3", "remove"),
         ("secrets in env files", "none found", "ok"), ("API rate limit", "600/min", "ok"), ("CORS origins", "*.example.io", "tighten")]


def frame_session(k):
    who = k.agent()
    blocks = [para(k), "Validation:\n\n" + runs_table(k), commands(k), para(k, lo=1, hi=3), "Next:\n" + checklist(k), "Facts:\n" + facts(k)]
    title = k.pick([f"## Session summary — {k.repo()} ({k.date()})", f"Handoff from {who}, branch `{k.branch()}`",
                    f"End of session notes ({who})", f"# {k.repo()}: where I left off"])
    return title, blocks


def frame_pr(k):
    blocks = ["## Summary\n" + para(k, lo=1, hi=3), "## Changes\n" + bullets(k, STATUS + CHANGELOG, 3, 6),
              "## Testing\n" + commands(k), "## Notes for reviewers\n" + para(k, REVIEW, 1, 3), runs_table(k)]
    return f"# {k.pick(['Fix', 'Add', 'Refactor', 'Speed up', 'Harden'])} {k.svc()} {k.pick(['retries', 'export', 'scheduler', 'auth checks', 'cache'])} (#{k.pr()})", blocks


def frame_incident(k):
    tl = ["| time (UTC) | event |", "|---|---|"] + [f"| {k.time()} | {sub(k, s)} |" for s in k.sample(
        ["alert fired for {svc}", "on-call acknowledged", "rollback started", "error rate back to baseline",
         "status page updated", "customer comms sent", "backlog drained"], k.num(3, 6))]
    blocks = [para(k, INCIDENT, 2, 3), "### Timeline\n" + "\n".join(tl), log_block(k), para(k, INCIDENT, 1, 3),
              "### Action items\n" + checklist(k)]
    return f"# Incident {k.date()}: {k.svc()} {k.pick(['elevated 5xx', 'queue backlog', 'degraded latency', 'failed deploys'])}", blocks


def frame_runbook(k):
    steps = "\n".join(f"{i}. {sub(k, s)}" for i, s in enumerate(k.sample(RUNBOOK, k.num(4, 7)), 1))
    blocks = ["Use this when " + k.pick(["the primary DB fails over", "the queue backs up", "a node is degraded", "a deploy must be rolled back"]) + ".",
              steps, commands(k), "Known quirks:\n" + bullets(k, STATUS, 1, 3), "Facts:\n" + facts(k)]
    return f"# Runbook: {k.svc()} {k.pick(['failover', 'restart', 'rollback', 'drain'])}", blocks


def frame_ci(k):
    blocks = [f"Digest of CI on `{k.repo()}` for the last {k.num(6, 40)} runs.", bullets(k, CI, 2, 4), runs_table(k), log_block(k),
              para(k, STATUS, 1, 2), "Proposed:\n" + checklist(k)]
    return k.pick(["## CI failure digest", f"CI report {k.date()}", "### Why main is red"]), blocks


def frame_review(k):
    blocks = [f"Reviewed PR #{k.pr()} ({k.num(3, 30)} files, +{k.num(20, 900)}/-{k.num(5, 400)}).", bullets(k, REVIEW, 3, 6),
              para(k, STATUS, 1, 2), commands(k)]
    return k.pick(["## Review summary", f"Review notes for {k.branch()}", "Code review: findings"]), blocks


def frame_migration(k):
    blocks = [para(k, MIGRATION, 1, 2), bullets(k, MIGRATION, 3, 5), "```sql\nALTER TABLE invoices ADD COLUMN archived_at timestamptz NULL;\n"
              "CREATE INDEX CONCURRENTLY idx_invoices_archived ON invoices (archived_at);\n```", "Risks:\n" + bullets(k, STATUS, 1, 3),
              "Owners:\n" + checklist(k)]
    return f"# Migration plan: {k.pick(['invoices.archived_at', 'users → accounts', 'Postgres 13 → 15', 'queue to SQS'])}", blocks


def frame_changelog(k):
    v = k.ver()
    blocks = [f"Draft for v{v}, compiled from merged PRs since the last tag.", bullets(k, CHANGELOG, 3, 7),
              "Upgrade notes:\n" + bullets(k, STATUS, 1, 2), "Contributors: " + ", ".join(k.sample(
                  ["Priya", "Tomasz", "Aiko", "Mateo", "Lena", "Olu", "Wei", "Sofia"], 3))]
    return f"## Changelog draft v{v}", blocks


def frame_audit(k):
    rows = ["| setting | value | verdict |", "|---|---|---|"] + [f"| {a} | {b} | {c} |" for a, b, c in k.sample(AUDIT, k.num(4, 8))]
    blocks = [f"Config audit of {k.svc()} in {k.env()}, {k.date()}.", "\n".join(rows), "Facts:\n" + facts(k),
              para(k, STATUS, 1, 2), "Follow-ups:\n" + checklist(k)]
    return f"# Config audit: {k.svc()}", blocks


def frame_standup(k):
    who = k.person()
    blocks = ["**Yesterday**\n" + bullets(k, STATUS, 1, 3), "**Today**\n" + bullets(k, NEXT, 1, 3, "- "),
              "**Blockers**\n" + k.pick(["none", "waiting on the arm64 image", "review from " + k.person(), "flaky e2e"]),
              para(k, STATUS, 1, 2)]
    return f"Standup notes ({who}, {k.date()})", blocks


def frame_handoff(k):
    blocks = ["State:\n" + bullets(k, STATUS, 2, 4, "* "), "Open questions:\n" + bullets(k, REVIEW, 1, 2, "* "),
              commands(k), "Do next:\n" + checklist(k), "Facts:\n" + facts(k)]
    return k.pick([f"HANDOFF {k.repo()} @ {k.sha(7)}", f"handoff -> next agent ({k.branch()})", "Notes for whoever picks this up"]), blocks


FRAMES = [frame_standup, frame_handoff, frame_session, frame_pr, frame_incident, frame_runbook, frame_ci, frame_review, frame_migration,
          frame_changelog, frame_audit]


def frame_foreign(k, lang, base):
    """A frame in another language: headings and prose from LANG; code, logs and tables stay as
    engineers write them. `base` is an English frame whose code blocks are kept (partly English)."""
    L = LANG[lang]
    _, eng = base(k)
    heads = L["heads"]
    keep = [b for b in eng if b.startswith("```") or b.startswith("|")]
    blocks = []
    for _ in range(k.num(2, 4)):
        got = fresh(k, L["notes"], k.num(1, 3))
        if got:
            blocks.append(f"**{k.pick(heads)}**\n" + " ".join(fill(k, s) for s in got))
    for b in keep[: k.num(1, 2)]:
        blocks.insert(k.num(0, len(blocks)), b)
    if k.chance(0.35):
        blocks.append(para(k, lo=1, hi=2))
    title = f"## {heads[0]} — {k.repo()} ({k.date()})"
    return title, blocks
