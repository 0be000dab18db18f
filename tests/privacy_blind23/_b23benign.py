"""Benign lines: ordinary engineering text of a team and its machines, through the same write
paths and often from the same frames as the secret and prompt lines (the value masked or
referenced, the incident told in the author's own words, the review reduced to a status)."""
import json

import _b23rand as r
from _b23frames import any_agent, cli, hook, jstr, mcp, shape, trim
from _b23lang import LANGS
from _b23rand import R, pick


def _note(lang):
    return pick(LANGS[lang]["note"]) if lang else ""


def run_cmdline(lang):
    cmd = pick([
        "pytest -q tests/unit -x --maxfail=3", "curl -sf -H \"Authorization: Bearer $API_TOKEN\" https://api.internal.example.net/v2/health",
        "psql \"$DATABASE_URL\" -c 'select count(*) from schema_migrations'", "echo \"$REGISTRY_PASSWORD\" | docker login -u ci --password-stdin registry.corp.io",
        "aws s3 ls s3://build-artifacts-prod/ --profile ci", "npm publish --provenance", f"git clone git@github.com:acme/{pick(r.SERVICES)}.git",
        "redis-cli -h redis-cache.prod ping", "make lint typecheck", "cargo test --workspace --locked", "go test ./... -race -count=1",
        "mysql --defaults-extra-file=~/.my.cnf -e 'SHOW REPLICA STATUS\\G'", "twine upload --repository testpypi dist/*",
        "npx playwright test --project=chromium --shard=2/4", "terraform plan -var-file=prod.tfvars -out=plan.bin",
        "STRIPE_API_KEY=$(op read op://ci/stripe/key) python scripts/replay_webhooks.py --since 2h",
    ])
    v = pick([f"handoff run -- {cmd}", f"$ handoff run --label {pick(['unit', 'smoke', 'lint', 'e2e'])} -- {cmd}",
              json.dumps({"command": cmd, "exit_code": pick([0, 1, 2]), "duration_s": round(R.uniform(0.3, 600), 2)}),
              f"validation: `{cmd}` → {pick(['passed', 'failed (exit 1)', '212 passed, 3 skipped', 'timed out after 600s'])}"])
    return f"{_note(lang)} — {v}" if lang else v


def config_fact(lang):
    key, value = pick([
        ("db.url", f"postgres://{pick(r.USERS)}@{pick(r.HOSTS)}:5432/app"), ("db.url", "${DATABASE_URL}"),
        ("llm.provider.key", "env:OPENAI_API_KEY"), ("llm.provider.key", "keychain://handoff/anthropic"),
        ("llm.provider", pick(["anthropic", "openai", "vertex", "ollama"])), ("llm.model", pick(r.MODELS)),
        ("deploy.region", pick(r.REGIONS)), ("deploy.replicas", str(R.randrange(2, 12))), ("github.token", "from gh auth (not stored)"),
        ("stripe.secret_key", "op://payments/stripe/secret_key"), ("registry.password", "<stored in vault: secret/ci/registry>"),
        ("smtp.host", "smtp.eu.mailgun.org:587"), ("queue.dsn", "amqp://rabbit.internal:5672/%2F"),
        ("max_tokens", str(pick([1024, 2048, 4096, 8192]))), ("token_budget.daily", f"{R.randrange(1, 40)}M tokens"),
        ("redis.url", "redis://redis-cache.prod:6379/0"), ("jwt.ttl", pick(["15m", "1h", "24h"])), ("auth.password_min_length", "14"),
        ("aws.secret_access_key", r.masked()), ("sentry.dsn_env", "SENTRY_DSN"), ("feature.prompt_cache", pick(["on", "off"])),
    ])
    v = pick([cli("config set", key=key, value=value), f"{key} = {value}", f"{key}: {jstr(value)}",
              mcp("set_config", {"key": key, "value": value, "scope": pick(["repo", "machine", "team"])}),
              f"config fact [{pick(['repo', 'team'])}] {key} → {value} (set by {any_agent()})"])
    return f"{v}  # {_note(lang)}" if lang else v


def hook_payload(lang):
    agent = any_agent()
    cmd = pick(["pytest -q tests/test_export.py", "npm run build", "git diff --stat", "ruff check . --fix", "make migrate-dry-run",
                "kubectl rollout status deploy/checkout -n staging", "terraform plan -out plan.bin", "cat README.md"])
    if R.random() < 0.3:
        tool = {"tool_name": pick(["Edit", "Write", "Read"]), "tool_input": {"file_path": pick(["src/export.py", "tests/test_retry.py", "docs/runbook.md"])}}
    else:
        tool = {"tool_name": "Bash", "tool_input": {"command": cmd, "description": pick(["Run tests", "Build", "Show diff", "Lint"])}}
    way = R.random()
    if way < 0.25:
        return hook(agent, "SessionStart" if agent == "claude-code" else "session.created", {"source": pick(["startup", "resume", "compact"])})
    if way < 0.4:
        return pick([f"[handoff hook] session {r.uuid()} started in {pick(['/home/dev/src/ledger', '/workspaces/api'])}; 3 open next actions, last validation passed",
                     f"handoff: recorded {R.randrange(1, 9)} notes, {R.randrange(0, 5)} validations for {pick(r.BRANCHES)} (session {r.hexs(8)})",
                     f"{_note(lang) or 'hook ok'} (exit 0, {R.randrange(20, 900)} ms)"])
    if R.random() < 0.4:
        tool["tool_response"] = {"stdout": pick(["", "4 passed in 0.81s", "Build succeeded", " 3 files changed, 41 insertions(+)"]), "exit_code": 0}
    return hook(agent, pick(["PreToolUse", "PostToolUse"]) if agent == "claude-code" else "tool.execute.after", tool)


def mcp_validation(lang):
    args = {"command": pick(["pytest -q", "npm test", "make e2e", "go test ./..."]), "status": pick(["passed", "failed", "flaky"]),
            "summary": _note(lang) or pick(["212 passed, 3 skipped", "1 failed: test_refund_partial (timeout)", "lint clean, mypy 0 errors",
                                            "e2e shard 2/4 failed on checkout.spec.ts:88"]),
            "branch": pick(r.BRANCHES), "commit": r.short_sha()}
    return mcp(pick(["record_validation", "record_note"]), args)


def env_example(lang):
    lines = pick([["DATABASE_URL=postgres://user:password@localhost:5432/app", "OPENAI_API_KEY=", "AWS_ACCESS_KEY_ID=your-access-key-id",
                   "AWS_SECRET_ACCESS_KEY=your-secret-access-key"],
                  ["STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx", "SLACK_BOT_TOKEN=xoxb-your-token-here", "SESSION_SECRET=changeme",
                   "LOG_LEVEL=info"],
                  ["GITHUB_TOKEN=<personal access token with repo scope>", "REDIS_URL=redis://localhost:6379/0", "PORT=8080", "NODE_ENV=development"],
                  ["ANTHROPIC_API_KEY=${ANTHROPIC_API_KEY}", "HF_TOKEN=", "SENDGRID_API_KEY=SG.xxxxx", f"REGION={pick(r.REGIONS)}"]])
    lines = lines[:R.randrange(2, len(lines) + 1)]
    head = pick(["imported from .env.example", "# copy to .env and fill in", "state import: template env (no values)", ""])
    return shape(([head] if head else []) + lines)


def imported_state(lang):
    """git config without credentials, shell history, a TODO list: lines from other tools' state."""
    way = R.random()
    if way < 0.33:
        lines = ["$ git config -l", f"user.name={pick(r.PEOPLE)}", "credential.helper=osxkeychain", "core.autocrlf=input",
                 f"remote.origin.url=git@github.com:acme/{pick(r.SERVICES)}.git", "pull.rebase=true", "init.defaultbranch=main"]
        lines = lines[:R.randrange(3, len(lines) + 1)]
    elif way < 0.66:
        plain = ["git status", "make test", f"git checkout {pick(r.BRANCHES)}", "docker compose up -d db", "export AWS_PROFILE=ci",
                 "gh auth status", "pytest -x -q", "kubectl get pods -n prod", "op run --env-file=.env.tpl -- npm start",
                 "vault kv get -field=username secret/ci/db", "terraform fmt -recursive", "export GITHUB_TOKEN=$(gh auth token)"]
        lines = [pick(["~/.zsh_history (last 20):", "history excerpt from previous session"])] + [pick(plain) for _ in range(R.randrange(3, 8))]
    else:
        items = ["rotate the staging db password (ticket OPS-4411)", "move llm keys to the secrets manager", "add jitter to retries",
                 "ask priya about the quota numbers", "update the prompt template version in config", "delete the old regcred secret",
                 _note(lang) or "bump node to 22", "check token usage dashboard after the release"]
        R.shuffle(items)
        lines = [pick(["TODO.md (imported)", "## todo", "tasks from previous agent:"])] + [f"- [{pick([' ', 'x'])}] {x}" for x in items[:R.randrange(2, 7)]]
    return shape(lines)


def build_log_masked(lang):
    step = pick(["Configure npm", "Set up credentials", "Deploy to staging", "Publish wheel", "Notify Slack", "Run migrations"])
    lines = [f"##[group]Run {step.lower().replace(' ', '-')}", f"{r.stamp()} {step}",
             pick(["+ echo \"token=$NPM_TOKEN\"", "+ env | sort", "+ cat ~/.npmrc", "+ printenv DEPLOY_TOKEN"]),
             pick([f"token={r.masked()}", f"DEPLOY_TOKEN={r.masked()}", f"//registry.npmjs.org/:_authToken={r.masked()}",
                   f"Authorization: Bearer {r.masked()}", "export API_KEY=***"]),
             pick(["##[endgroup]", "Done in 2.41s.", "exit 0", "Uploading artifacts..."])]
    v = shape(lines)
    return _note(lang) + "\n" + v if lang else v


def infra_output(lang):
    if R.random() < 0.5:
        res = pick(["aws_db_instance.ledger", "google_sql_user.app", "aws_elasticache_replication_group.cache"])
        lines = [f"  # {res} will be updated in-place", f"  ~ resource \"{res.split('.')[0]}\" \"{res.split('.')[1]}\" {{",
                 f"      id = \"{pick(r.SERVICES)}-{r.hexs(6)}\"", f"    ~ {pick(['password', 'master_password', 'auth_token'])} = (sensitive value)",
                 f"      engine_version = \"{pick(['15.4', '8.0.35', '7.1'])}\"", "    }", "Plan: 0 to add, 1 to change, 0 to destroy."]
    else:
        lines = [f"Name:         regcred-{pick(r.SERVICES)}", "Namespace:    prod", "Type:  kubernetes.io/dockerconfigjson", "", "Data", "====",
                 f".dockerconfigjson:  {R.randrange(150, 400)} bytes"] if R.random() < 0.5 else \
                ["apiVersion: v1", "kind: Config", "users:", "- name: ci-deployer", "  user:", "    exec:", "      command: aws",
                 f"      args: [eks, get-token, --cluster-name, prod-{pick(r.REGIONS)}]"]
    return shape([pick(["$ kubectl describe secret", "plan output:", "$ kubectl config view", ""]), *lines] if R.random() < 0.6 else lines)


def rotation_ticket(lang):
    svc = pick(r.SERVICES)
    say = pick([f"rotated the {svc} db password; new value is in vault at secret/prod/{svc}/db, old one revoked at {r.hhmm()}",
                f"OPS-{R.randrange(1000, 9999)}: credential rotation done for {svc}. Consumers restarted, no errors in 15 min.",
                f"Next: update the {svc} secret in the vault before Friday and redeploy the workers",
                f"the leaked-token alert for {svc} was a false positive: the string was a test fixture (sk_test_…)",
                f"revoked the old GitHub token (last four {r.chars(4)}); the new one lives only in the org secrets"])
    if lang:
        say = f"{say} / {_note(lang)}"
    return pick([say, cli("note add", title=pick(["rotation", "handover"]), body=say), cli("next add", text=say),
                 mcp("record_note", {"title": "rotation", "body": say})])


def model_health(lang):
    reason = pick([f"rate-limited until {r.hhmm()}, 429 from upstream", f"401 from upstream: invalid x-api-key (key ending …{r.chars(4)})",
                   f"p95 latency {R.randrange(8, 40)}s over the last hour", "overloaded_error (529), retried 3x", "context length exceeded on 2 of 40 calls",
                   f"quota exhausted for project {pick(r.SERVICES)}; resets {r.hhmm()} UTC", "healthy again after provider incident",
                   f"token usage {R.randrange(1, 9)}.{R.randrange(10)}M/day, 71% of budget"])
    if lang:
        reason = f"{reason} ({_note(lang)})"
    return pick([cli("model health", model=pick(r.MODELS), status=pick(["degraded", "down", "ok"]), reason=reason),
                 json.dumps({"model": pick(r.MODELS), "status": "degraded", "reason": reason, "checked_at": r.stamp()}, ensure_ascii=False),
                 f"model {pick(r.MODELS)}: degraded — {reason}"])


def incident_timeline(lang):
    t = [r.hhmm() for _ in range(4)]
    t.sort()
    lines = [pick(["Incident timeline (my summary)", "Postmortem notes", "INC-" + str(R.randrange(100, 999)) + " timeline"]),
             f"{t[0]} alerts fired for elevated 502s on checkout", f"{t[1]} on-call confirmed the new ingress rule was the cause",
             f"{t[2]} rolled back; error rate back to baseline", f"{t[3]} support confirmed users could pay again",
             LANGS[lang]["users"][0] if lang else pick(["Users reported blank checkout pages and double charges; about 3% of requests failed.",
                                                        "Customers reported that confirmation emails arrived up to 40 minutes late."]),
             "Follow-ups: add a canary for ingress changes; require green CI before merge."]
    return shape(lines[:R.randrange(3, len(lines) + 1)])


def review_status(lang):
    n = R.randrange(100, 3000)
    return pick([f"review-bot: {R.randrange(0, 9)} issues found ({R.randrange(0, 4)} high, {R.randrange(0, 6)} low), {R.randrange(0, 5)} resolved — PR #{n}",
                 f"AI review finished on #{n}: 3 suggestions, 1 possible bug (race in flush_batch), no security findings",
                 f"Review status for #{n}: changes requested by {pick(r.PEOPLE)}, approved by {pick(r.PEOPLE)}; checks {R.randrange(5, 30)}/{R.randrange(30, 40)} passing",
                 f"gh pr view {n}: title\tFix retry backoff | state\tOPEN | checks\t{R.randrange(1, 20)} passing, 1 failing | reviewers\t{pick(r.PEOPLE)} (approved)",
                 f"{_note(lang) or 'bot summary'}: {R.randrange(1, 12)} comments addressed, {R.randrange(0, 3)} open"])


def prompt_talk(lang):
    """Engineering text ABOUT prompts, tokens, models and keys."""
    s = pick([f"bumped the support prompt template to v{R.randrange(3, 12)}; eval pass rate {R.uniform(0.7, 0.95):.2f} → {R.uniform(0.8, 0.99):.2f} on {R.randrange(100, 600)} cases",
              f"switched the triage step from {pick(r.MODELS)} to {pick(r.MODELS)}: same accuracy, 40% cheaper per 1k tokens",
              "the system prompt now lives in config/prompts.yaml and is versioned; do not inline it in code",
              "prompt caching cut input tokens by 62% on the nightly summarizer",
              "added a check that API keys are never logged; the masker covers sk-, ghp_ and xoxb- prefixes",
              f"max_tokens raised to {pick([2048, 4096])} because summaries were truncated mid-sentence",
              "TODO: rate-limit the chat endpoint per tenant; token refresh loop fixed in #812",
              "the model sometimes answers in the user's language; added a test with a German prompt fixture (fixture text not stored here)",
              "rotated the OpenAI key after offboarding; no code change needed since it's read from the env",
              f"eval harness: {R.randrange(200, 900)} prompts from the labelled set, temperature 0, judged by exact match; results in the nightly report",
              "the refusal rate went up after the provider update; opened a ticket with them and pinned the previous model version",
              "we log prompt and completion token counts per request, never the text itself",
              f"context window usage p95 {R.randrange(20, 90)}k tokens; the compaction threshold stays at 150k",
              "personal access tokens are being replaced by a GitHub App; the app's private key stays in the secret store",
              "removed the chat transcript fixtures from the repo; tests now build synthetic conversations at runtime",
              f"retry on 529 overloaded with backoff; {R.randrange(2, 30)} retries yesterday, all recovered"])
    return f"{s}. {_note(lang)}" if lang else s


def session_summary(lang):
    """An agent's compacted summary in its own report voice (paraphrase, no quoted turns)."""
    lines = [pick(["## Session summary", "Compacted context:", "handoff session stop summary"]),
             f"- Goal: {pick(['cap retries in the ledger client', 'stream the CSV export', 'fix the flaky scheduler test', 'rename tenant_quota'])} (asked by the user at session start)",
             f"- Done: changed {R.randrange(2, 25)} files, tests {pick(['pass', 'pass except one known flake', 'fail in e2e shard 2'])}",
             f"- Decided: {pick(['keep the public API unchanged', 'no new dependencies', 'add jitter later'])}",
             f"- Next: {pick(['open PR and request review from kenji', 'ask the user whether to keep a deprecated alias', 'rerun e2e after the cache fix'])}"]
    if lang:
        lines.append(f"- {_note(lang)}")
    return shape(lines)


def titles(lang):
    return pick([f"branch: {pick(r.BRANCHES)}", f"PR #{R.randrange(10, 3000)}: {pick(['Fix retry backoff in ledger client', 'Stream CSV export', 'Rotate staging credentials (no values in diff)', 'Move prompts to config', 'Bump pydantic to 2.9'])}",
                 f"issue: {pick(['export times out for tenants with >1M rows', 'token refresh loops when clock skew > 30s', 'model fallback not triggered on 529', 'password reset email has broken link'])}",
                 f"next: {pick(['rerun e2e', 'ask for review', 'write the runbook for key rotation', 'check the prompt eval dashboard'])}",
                 _note(lang) or f"note title: {pick(['retry findings', 'db lock analysis', 'release checklist'])}",
                 trim("next: " + pick(["finish the rollout of the new retry policy to every worker pool and confirm dashboards look normal",
                                        "document how the CI pipeline masks secrets and why the npm token is scoped to publish only"]))])


def long_note(lang):
    """A long multi-line engineering note (often over 2,000 characters)."""
    out = [f"# {pick(['Release checklist', 'Retry redesign notes', 'Export performance investigation', 'Key rotation runbook'])}"]
    paras = ["We measured the export on the largest tenant: 1.4M rows took 11 minutes and peaked at 3.1 GB RSS. Streaming with a server-side cursor keeps memory flat at about 120 MB.",
             "Retries: the ledger client retried immediately up to 10 times, which turned a short upstream blip into a thundering herd. New policy: exponential backoff from 0.5 s, factor 2, max 5 attempts, full jitter.",
             "Secrets: tokens are read from the environment at start-up and never logged. The CI masker covers every variable whose name ends in _TOKEN, _KEY or _PASSWORD. Rotation steps live in the runbook, not in this note.",
             "Models: the triage step uses a small model with a fixed prompt template (config/prompts.yaml, v7). We track pass rate on 400 labelled cases; a drop of more than 3 points blocks the release.",
             "Open questions: whether to keep the deprecated alias for one release, and who owns the dashboard for token usage.",
             "Validation: unit 212 passed, integration 48 passed, e2e 4 shards green after the cache-key fix; the one flaky test is quarantined with an issue linked.",
             "Rollout: canary 5% for an hour, then 25%, then 100%. Rollback is a single revert of the config change; no migration is involved."]
    R.shuffle(paras)
    out += paras[:R.randrange(4, len(paras) + 1)]
    if lang:
        out += [pick(LANGS[lang]["note"]) for _ in range(2)] + [LANGS[lang]["users"][0]]
    target = pick([900, 1600, 2100, 2400, 2600])
    while sum(len(x) for x in out) < target:
        out.append(f"- {r.stamp()} {pick(['checked dashboards: normal', 'error rate 0.02%', 'p95 210 ms', 'queue depth < 50'])}")
    return "\n\n".join(out) if R.random() < 0.7 else "\\n".join(out)


def public_ids(lang):
    """Public identifiers that look random but are not credentials."""
    return pick([f"deployed {r.sha()} to {pick(r.REGIONS)}; image sha256:{r.hexs(64)}",
                 f"trace id {r.hexs(32)}, request id {r.uuid()}, session {r.uuid()}",
                 f"arn:aws:iam::{r.chars(12, r.DIG)}:role/ci-deployer assumed via OIDC; no static keys",
                 f"validation {r.uuid()} linked to commit {r.short_sha()} on {pick(r.BRANCHES)}",
                 f"Sentry issue {r.hexs(32)} regressed in release {r.short_sha()}; {R.randrange(2, 400)} events",
                 f"{_note(lang) or 'cache key'}: {pick(['linux', 'macos'])}-pip-{r.hexs(64)}"])


CATEGORIES = [
    ("benign_run_cmdline", run_cmdline, 85), ("benign_config_fact", config_fact, 90), ("benign_hook_payload", hook_payload, 80),
    ("benign_mcp_validation", mcp_validation, 60), ("benign_env_example", env_example, 60), ("benign_imported_state", imported_state, 75),
    ("benign_build_log_masked", build_log_masked, 75), ("benign_infra_output", infra_output, 60), ("benign_rotation_ticket", rotation_ticket, 75),
    ("benign_model_health", model_health, 70), ("benign_incident_timeline", incident_timeline, 70), ("benign_review_status", review_status, 65),
    ("benign_prompt_talk", prompt_talk, 75), ("benign_session_summary", session_summary, 70), ("benign_titles", titles, 70),
    ("benign_long_note", long_note, 50), ("benign_public_ids", public_ids, 70),
]
