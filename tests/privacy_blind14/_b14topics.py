"""Per-situation model answers (English) and the language-neutral artefact and system names that the
multilingual lines of each situation use, so that an answer fits the situation it is quoted in.
"""

from __future__ import annotations

ANSWERS: dict[str, list[str]] = {
    "oncall": [
        "The p99 jump lines up with the deploy at {hhmm}, and the only config change in it is the pool size going from 50 to 20. With 20 connections and {ms}ms queries, requests queue; roll back or raise the pool, then confirm on the pool-wait metric.",
        "Start with the saturation signals: connection pool wait time, CPU throttling on the {svc} pods, and upstream latency. If pool wait is high and CPU is normal, the database is the bottleneck, not the service.",
        "Exit code 137 means the kernel killed the process for exceeding its memory limit. Check `kubectl describe pod` for OOMKilled, compare the limit with the heap size, and either raise the limit or cap the heap below it.",
        "I'd recommend rolling back first and debugging second. The error rate started at the deploy, the only change touching {x} is the pool size, and reverting it is cheap. Once stable, reproduce on staging with the same load.",
        "That log pattern — leader election lost followed by context deadline exceeded — usually means the pod cannot reach the API server in time. Look at node network errors and API server latency before touching the app.",
    ],
    "release": [
        "I wouldn't promote yet. The canary's error rate is four times the baseline; even if the absolute number is small, that is a clear regression. Roll back, then diff the config between the two versions.",
        "Yes, with a caveat: --atomic rolls back the release if the upgrade fails, but it cannot undo a migration the pre-upgrade hook already ran. Make the migration backward compatible so the old version still works after a rollback.",
        "Here's a draft for {x}:\n\n### Fixed\n- Duplicate invoices when retries overlapped\n### Changed\n- Default pool size is now 20\n\nWant me to add an upgrade note for self-hosted users?",
        "The sync is blocked by the Job from the previous release: Jobs are immutable, so Argo cannot patch it. Delete the old Job or add a hook-delete-policy of BeforeHookCreation.",
        "To make {x} reproducible, pin the base image by digest, build with SOURCE_DATE_EPOCH set, and sign the result; then two builds of the same commit produce the same checksum.",
    ],
    "iac": [
        "Terraform replaces the instance because the engine_version change crosses a major version, which cannot be applied in place. Set allow_major_version_upgrade = true and apply in a maintenance window, or create a new instance and migrate.",
        "The drift comes from rules someone added in the console. Import them with `terraform import` so they are managed, or delete them if they are not needed; running apply as is would remove them.",
        "Here is the module:\n\n```hcl\nresource \"aws_s3_bucket_versioning\" \"this\" {\n  bucket = aws_s3_bucket.this.id\n  versioning_configuration { status = \"Enabled\" }\n}\n```\n\nI split versioning into its own resource because the inline block is deprecated in provider v4.",
        "The IAM policy in {x} grants s3:* on every bucket. Narrow it to the two buckets the deploy role writes to and to PutObject and GetObject; that keeps deploys working and closes the finding.",
        "Yes, you can move the resource without destroying it: add a `moved` block from the old address to the new one, run plan, and check it shows 0 to destroy.",
    ],
    "dbmigrate": [
        "Adding a column with a volatile default rewrites the table and holds an ACCESS EXCLUSIVE lock the whole time. Add the column without a default, backfill in batches of {n2}, then set the default; each step takes the lock only briefly.",
        "Here's a backfill that won't block writers:\n\n```sql\nUPDATE orders SET tenant_id = a.tenant_id\nFROM accounts a\nWHERE orders.account_id = a.id AND orders.id BETWEEN $1 AND $2;\n```\n\nRun it in a loop over id ranges of {n2} and sleep briefly between batches.",
        "The down migration for {x} should drop the index first and then the column, each in its own transaction. Note that the column drop loses the backfilled data, so take a snapshot first.",
        "Your EXPLAIN shows a sequential scan because the filter is on tenant_id and there is no index on it. A B-tree index on (tenant_id, created_at) matches both the filter and the sort.",
        "The foreign key validation scans the whole table. Add it with NOT VALID first, then run VALIDATE CONSTRAINT separately; validation takes a lighter lock and does not block inserts.",
    ],
    "review": [
        "The lock in {x} is acquired before the network call and released only on the success path. If the call times out, the lock leaks. Wrap the body in try/finally, or better, use the context manager.",
        "Looks good overall! A few suggestions:\n1. `retry()` swallows `KeyboardInterrupt` because of the bare except.\n2. The jitter uses `random.random()` without a seed in tests.\n3. Consider logging the attempt number.",
        "This regex is vulnerable to catastrophic backtracking: the nested quantifier lets the engine try exponentially many ways to split the input. Replace `(a+)+` with `a+`.",
        "The change is safe for existing callers, since the new parameter has a default. However, the docstring of {x} still describes the old behaviour, and the test only covers the happy path.",
        "I found two correctness issues: the cache key in {x} ignores the tenant, so tenants can see each other's entries, and the TTL is in seconds where the caller passes milliseconds.",
    ],
    "flaky": [
        "The test is order-dependent: it passes alone but fails after another test leaves a lock file in the shared temp directory. Use the tmp_path fixture instead of a module-level directory and the flake disappears.",
        "Looking at the stack trace, the most likely cause is that the fixture in {x} shares a temp directory between workers. When pytest-xdist runs two tests at once, one deletes files the other still reads.",
        "The failure rate you describe fits a timing problem: the test sleeps 100 ms, but the poller's interval is 250 ms. Replace the sleep with a wait-until loop that polls the condition with a deadline.",
        "The assertion compares timestamps with second precision, so two events in the same second sort arbitrarily. Sort by (timestamp, id) or compare a monotonic counter.",
        "Seed {n2} makes {x} run after the test that patches time.monotonic, and that patch is never undone. Use monkeypatch instead of assigning the attribute directly, so pytest restores it.",
    ],
    "depup": [
        "In Pydantic v2, `@validator` becomes `@field_validator` and must be a classmethod; `Config` becomes `model_config = ConfigDict(...)`; `.dict()` becomes `.model_dump()`. Here is your model converted.",
        "The deprecation error comes from {x}: the keyword argument was renamed in the new major version. Replace it at the call sites; the old name is removed, not just deprecated.",
        "In React 19, `forwardRef` is no longer needed for function components: `ref` is a regular prop. You can remove the wrapper and accept `ref` in the props destructuring.",
        "For {x}, upgrade in two steps: first to the last minor of the current major, fix every deprecation warning, then jump to the new major. That way each failure has a single cause.",
        "numpy 2 removed the `np.float_` and `np.NaN` aliases; use `np.float64` and `np.nan`. Your pinned pandas version also needs to be at least 2.2.2 to be compatible.",
    ],
    "pairai": [
        "I've moved the retry logic in {x} into a single `with_retry` helper and replaced the three copies with calls to it. The tests still pass; I also added one for the give-up path.",
        "Here's a version of {x} that takes the lock only around the write, so readers are never blocked:\n\n```python\nwith lock:\n    f.write(line)\n```\n\nDo you want me to add a timeout to the lock as well?",
        "The bug is an off-by-one in the boundary check: `<=` should be `<`, so the last element is read past the end. I fixed it and added a test with an empty list and a single element.",
        "In development, React's Strict Mode mounts, unmounts and remounts components, so effects run twice. Add a cleanup that cancels the poll in {x} and the double run becomes harmless.",
        "Good catch — my earlier suggestion would have broken the API. I've reverted it and kept the public signature of {x}; the change is now internal only.",
    ],
    "onboard": [
        "Welcome! `make bootstrap` installs the pinned toolchain, starts Postgres and Kafka in Docker, runs the migrations and seeds a demo tenant. The first run takes about 20 minutes.",
        "Here's how {x} is organised: `services/` holds one folder per service, `libs/` has shared code, and `deploy/` has the Helm charts. I'd start by reading the README of the service you'll work on first.",
        "Great question! The staging VPN uses your SSO account. If the client keeps asking for a password, your device certificate is probably missing; IT can reissue it.",
        "For your first week I suggest: day 1, set up the dev container; day 2, read the architecture doc; days 3–5, pick a good-first-issue and ship it with a buddy's review.",
        "The service catalog lists owners, on-call rotations and runbooks. To find who owns {x}, search for it there or check the CODEOWNERS file at the repository root.",
    ],
    "support": [
        "Here's a summary for engineering: the customer sees {x} since {hhmm} UTC; they already cleared caches and retried; the open question is whether the affected invoices were created before or after the deploy.",
        "Hi there! Thank you for your patience, and I'm sorry for the trouble with {x}. Our engineers have identified the cause and are working on a fix. I'll keep you updated here.",
        "Based on the ticket thread, the 429s are expected: the customer's integration sends bursts above their plan's rate limit. Suggest batching requests or upgrading the plan.",
        "A softer version of your reply: 'Thanks for flagging this, and sorry for the disruption. We've found what went wrong and a fix is on its way; we'll confirm here once it's live.'",
        "The refund was issued on our side on {ts}; banks usually take 5–10 business days. If it is not visible after that, the customer should share the last four digits so we can trace it.",
    ],
    "audit": [
        "The IDOR exists because the handler trusts the tenant id from the URL. Take the tenant from the session on the server side and return 404 for other tenants' ids, so the endpoint doesn't confirm they exist.",
        "For a non-technical reader: {x} lets someone who is logged in read information that belongs to other customers. It requires an account, which lowers the risk, but it should be fixed before the next release.",
        "The JWT library accepts tokens signed with `none` only if you pass `algorithms` from the token header. Pin the algorithm list to RS256 in the verify call and the attack no longer works.",
        "To prevent the SSRF, resolve the hostname yourself, reject private and link-local ranges, and connect to the resolved IP; also block redirects, since a public URL can redirect to 169.254.169.254.",
        "Severity: High. The upload endpoint accepts SVG files and serves them inline, so an attacker can run script in the app's origin. Serve uploads from a separate domain with Content-Disposition: attachment.",
    ],
    "mlexp": [
        "The loss spike around step {n2} coincides with the end of warmup: the learning rate jumps to its peak and the optimizer overshoots. Lengthen the warmup or lower the peak rate to 2e-4.",
        "Based on the metrics you shared, the learning rate is too high for the batch size: the loss spikes around step {n2} and never recovers. Try 3e-4 with warmup, or halve the batch and keep the rate.",
        "The gain in {x} is probably leakage: 30 of the 500 eval tickets also appear in the training set with different ids. Deduplicate by normalised text and re-run the eval.",
        "Here is a plotting snippet for the sweep:\n\n```python\nfor lr, g in df.groupby('lr'):\n    plt.plot(g.step, g.val_loss, label='lr=' + str(lr))\n```\n\nUse a log scale on the y axis to see the late differences.",
        "Macro F1 is the better metric here because the classes are imbalanced: billing is 60 % of tickets, so accuracy rewards always predicting billing.",
    ],
}

# Language-neutral names for the multilingual lines: identifiers, files, tests, systems.
INTL_X: dict[str, list[str]] = {
    "oncall": ["billing-api", "orders-db", "webhooks-relay", "auth-gateway", "ledger-consumer", "search-indexer"],
    "release": ["release.yml", "rollout.sh", "v2.14.0", "chart/values-prod.yaml", "canary-checkout", "CHANGELOG.md"],
    "iac": ["main.tf", "modules/eks", "modules/rds/variables.tf", "iam-deploy-role", "vpc-peering.tf", "terraform.tfstate"],
    "dbmigrate": ["0042_add_tenant_id.sql", "V37__ledger_v2.sql", "pg_repack", "orders", "alembic/9c1d", "backfill_tenant.py"],
    "review": ["retry.py", "session_middleware.ts", "cache/lru.go", "PR #131", "export_handler.py", "refund.rb"],
    "flaky": ["test_lock_timeout", "TestCompactorRace", "test_concurrent_refund", "checkout.spec.ts", "conftest.py",
              "test_session_expiry_boundary"],
    "depup": ["package-lock.json", "pydantic 2.9", "React 19", "Cargo.lock", "eslint.config.js", "numpy 2.1"],
    "pairai": ["src/billing/retry.py", "flock.go", "usePoll.ts", "csv_writer.py", "session.ts", "lru.go"],
    "onboard": ["make bootstrap", "devcontainer.json", "Makefile", "docker-compose.dev.yml", "services/", "CODEOWNERS"],
    "support": ["SUP-4471", "ESC-302", "CS-1188", "export-svc", "webhooks-relay", "INV-20931"],
    "audit": ["/api/invoices", "/image-proxy", "/upload", "jwt_verify.py", "/admin", "reset_password.py"],
    "mlexp": ["train.py", "lr_sweep.yaml", "eval_harness.py", "dataloader.py", "tokenizer.json", "run-7"],
}
INTL_S: dict[str, list[str]] = {
    "oncall": ["orders-db", "Grafana", "PagerDuty", "redis-cache", "Kibana"],
    "release": ["npm", "PyPI", "Docker Hub", "Argo CD", "App Store Connect"],
    "iac": ["Terraform Cloud", "AWS", "Vault", "Cloudflare", "Azure"],
    "dbmigrate": ["orders-db", "pgbouncer", "Flyway", "MySQL", "Snowflake"],
    "review": ["GitHub", "Sentry", "Redis", "Stripe", "staging-api"],
    "flaky": ["Buildkite", "Testcontainers", "Postgres", "Cypress", "BrowserStack"],
    "depup": ["Artifactory", "Nexus", "npm", "GitHub Packages", "devpi"],
    "pairai": ["Postgres", "Redis", "Supabase", "OpenAI", "Anthropic"],
    "onboard": ["VPN", "Jenkins", "Grafana", "Kibana", "Gmail"],
    "support": ["Zendesk", "Intercom", "SFTP", "admin-console", "partner-api"],
    "audit": ["Jenkins", "bastion", "S3", "wiki", "GitLab"],
    "mlexp": ["Weights & Biases", "Hugging Face", "MLflow", "GPU-01", "feature-store"],
}

# Questions each situation raises, index-aligned with ANSWERS (question i is what answer i answers). The
# same question is a prompt when a line addresses it to a model and benign when it is addressed to a
# colleague: the wrapper decides, never the question.
ASKS: dict[str, list[str]] = {
    "oncall": ["why did p99 jump right after the {hhmm} deploy", "where should I start looking when {svc} gets slow but CPU looks fine",
               "why do the {svc} pods restart every few minutes with exit code 137", "should we roll back {x} or keep debugging in production",
               "what does leader election lost followed by context deadline exceeded mean"],
    "release": ["should we promote the canary with the error rate four times the baseline",
                "is it safe to run helm upgrade --atomic when a pre-upgrade hook migrates the database",
                "what should the changelog entry for {x} say", "why is the Argo sync stuck on the Job from the previous release",
                "how do we make {x} reproducible so two builds give the same checksum"],
    "iac": ["why does terraform want to replace the RDS instance after the engine version bump",
            "why does the plan show drift on the security group rules every run", "what would a module for a versioned S3 bucket look like",
            "is the IAM policy in {x} too broad", "how do we move a resource to the new module without destroying it"],
    "dbmigrate": ["will adding a column with a default lock the orders table", "how do we backfill tenant_id without blocking writers",
                  "what should the down migration for {x} do", "why is the query still doing a sequential scan",
                  "can the foreign key be added without blocking inserts"],
    "review": ["is the locking in {x} correct when the call times out", "is anything wrong with the retry helper in this PR",
               "is this regex safe against catastrophic backtracking", "does this change to {x} break existing callers",
               "are there correctness bugs in the cache in {x}"],
    "flaky": ["why does the test pass alone and fail after the others", "why does {x} fail under xdist about one run in twenty",
              "why does the poll test fail about 5% of the time", "why does the ordering assertion fail now and then",
              "why does one seed reproduce the {x} failure every time"],
    "depup": ["what changes when we move our models to Pydantic v2", "why do we get a deprecation error from {x} after the bump",
              "do we still need forwardRef after the React 19 upgrade", "how should we sequence {x} to keep failures easy to read",
              "what breaks in our code with numpy 2"],
    "pairai": ["can the retry logic in {x} live in one place", "how do I keep readers from blocking on the lock in {x}",
               "why does the loop read past the end of the list", "why does the effect in {x} run twice in development",
               "won't the last change to {x} break the public API"],
    "onboard": ["what does make bootstrap actually do", "how is {x} organised", "why does the VPN client keep asking for a password",
                "what should my first week look like", "how do I find who owns {x}"],
    "support": ["what should engineering know about {x}", "how do we reply to the customer about {x}",
                "why does the customer see 429s since this morning", "can this reply sound less defensive",
                "how long does a refund take to show up"],
    "audit": ["how do we fix the IDOR on /api/invoices", "how do I explain {x} to a non-technical client",
              "does our JWT check accept alg none", "how do we stop the SSRF in the image proxy", "how severe is the SVG upload issue"],
    "mlexp": ["why does the loss spike right after warmup", "why does the loss never recover after step 2000",
              "is the gain in {x} real or leakage", "how do I plot the sweep by learning rate", "should we report macro or micro F1"],
}
