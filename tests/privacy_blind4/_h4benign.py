"""Held-out benign categories: ordinary agent notes, weighted to hard negatives."""
from _h4rand import (rs, hx, lower_dig, upper_dig, raw_b64, enc_b64, uid, ALNUM, HOSTS, ACCTS, SCHEMAS, NAMES, REPOS,
                     BRANCHES, PATHS, EXC, LLMS)

_PUB = ["{\"ok\":true}", "handoff 0.9.3", "hello from the fixture", "Content-Type: text/plain", "#!/bin/sh\necho hi\n",
        "<html><body>ok</body></html>", "name,score\nada,3\n", "MIT License\n\nCopyright (c) 2026", "[tool.ruff]\nline-length = 100\n",
        "{\"schema\": 3, \"kind\": \"note\"}", "GET /healthz 200", "release: v2.1.0", "The quick brown fox", "feature=on",
        "2026-03-01T00:00:00Z", "README", "{\"events\": []}", "Lorem ipsum", "ping", "hello, world\n"]


def base64_public(r):
    d = r.choice(_PUB)
    e = enc_b64(d)
    return r.choice([
        lambda: f"the API returns the file as base64: {e}",
        lambda: f"decoded {e} -> {d!r}, so the encoding bug is on our side",
        lambda: f"tests/fixtures/blob.b64 contains {e}",
        lambda: f"ConfigMap data is fine ({e}); nothing sensitive in there",
        lambda: f"1x1 png used in the snapshot: iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk{rs(r, 10, ALNUM)}AAAAAElFTkSuQmCC",
        lambda: f"cursor for the next page: {raw_b64(r, r.randrange(12, 30), url=True, pad=False)}",
        lambda: f"pagination token eyJvZmZzZXQiOj{rs(r, 6, ALNUM)}fQ is just an offset, safe to log",
        lambda: f"font subset inlined as data:font/woff2;base64,d09GMgABAAAAA{raw_b64(r, 45)}",
        lambda: f"Content-MD5: {raw_b64(r, 16)}",
        lambda: f"etag W/\"{raw_b64(r, 18)}\"",
        lambda: f"protobuf test message in base64: {raw_b64(r, r.randrange(10, 40))}",
        lambda: f"x-goog-hash: crc32c={raw_b64(r, 4)}, md5={raw_b64(r, 16)}",
        lambda: f"echo -n '{d}' | base64  # => {e}",
    ])()


def key_fingerprint(r):
    return r.choice([
        lambda: f"ED25519 key fingerprint is SHA256:{raw_b64(r, 32, pad=False)}.",
        lambda: f"added deploy key SHA256:{raw_b64(r, 32, pad=False)} (read-only) to {r.choice(REPOS)}",
        lambda: f"known_hosts entry for github.com verified: SHA256:{raw_b64(r, 32, pad=False)}",
        lambda: f"release tags are signed with {hx(r, 16, True)}; full fingerprint {' '.join(hx(r, 4, True) for _ in range(10))}",
        lambda: f"gpg: Signature made Tue Nov 11 using RSA key {hx(r, 40, True)}\ngpg: Good signature",
        lambda: f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{raw_b64(r, 24, pad=False)} {r.choice(NAMES).lower()}@ci",
        lambda: f"ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB{raw_b64(r, 48, pad=False)} host",
        lambda: f"-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA{raw_b64(r, 40)}\n{raw_b64(r, 48)}\nIDAQAB\n-----END PUBLIC KEY-----",
        lambda: f"cosign verify passed, key id {hx(r, 64)}",
        lambda: f"TLS cert for api.example.org: SHA256 Fingerprint={':'.join(hx(r, 2, True) for _ in range(32))}",
        lambda: f"age recipient age1{rs(r, 58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')} (public, fine to share)",
        lambda: f"minisign public key RWQ{raw_b64(r, 39, pad=False)}",
        lambda: f"WireGuard peer PublicKey = {raw_b64(r, 32)}",
    ])()


def hex_digest(r):
    return r.choice([
        lambda: f"sha256sum: {hx(r, 64)}  handoff-0.{r.randrange(1, 20)}.{r.randrange(0, 9)}-py3-none-any.whl",
        lambda: f"bisected to {hx(r, 40)}",
        lambda: f"ok: checksum {hx(r, 64)} matches MANIFEST.json",
        lambda: f"blake2b {hx(r, 128)}",
        lambda: f"sha512 {hx(r, 128)}",
        lambda: f"cache key: deps-{hx(r, 64)}",
        lambda: f"tree {hx(r, 40)}\nparent {hx(r, 40)}",
        lambda: f"docker pull ghcr.io/{r.choice(REPOS)}@sha256:{hx(r, 64)}",
        lambda: f"{hx(r, 40)} refs/heads/{r.choice(BRANCHES)}",
        lambda: f"build id {hx(r, 32)}, artifact hash {hx(r, 64)}",
        lambda: f"xxhash64 of the store file: {hx(r, 16)}",
        lambda: f"OTel trace {hx(r, 32)} shows the 2.3 s spent in fold()",
        lambda: f"the dedupe key is sha1(source+offset) e.g. {hx(r, 40)}",
        lambda: f"git diff {hx(r, 7)}..{hx(r, 7)} -- {r.choice(PATHS)}",
    ])()


_SUBJECTS = [
    "Fix the lock timeout", "Fix WAL checkpoint after restore", "Fix the flaky fold test", "Drop duplicate import ids",
    "Handle utf-8 paths on Windows", "Add retention for model_health rows", "Make CLI exit codes consistent",
    "Remove the N+1 query in list_notes", "Drop pydantic v1 shims", "Add an index on events(kind, ts)",
    "Import yaml lazily", "Verify the backup manifest before copying", "Reject negative --limit values",
    "Read import data from stdin", "Add py3.13 to the CI matrix", "Remove the deprecated --all flag",
    "Break stale locks older than a day", "Accept empty config sections", "Reject timestamps without a timezone",
    "Update the bench baseline", "Pin ruff to 0.6.x", "Cap --since at 36500 days", "Retry fsync on EINTR",
    "Skip the Postgres tests when no server is running", "Document the lock ordering", "Rename fold_all to fold",
    "Move fixtures under tests/data", "Log the store path at debug level", "Validate config ints within 2**53",
    "Batch inserts during import", "Close the connection on SIGTERM", "Use the online backup API",
    "Stop holding the lock across fsync", "Speed up startup by 9 ms", "Guard against a missing -wal file",
    "Split store.py into read and write paths", "Bump sqlite to 3.46", "Make the restore test deterministic",
    "Explain why the fold keeps the newest checked_at", "Tidy up error messages in the CLI",
]


def imperative_commit(r):
    subj = r.choice(_SUBJECTS)
    k = r.randrange(6)
    if k == 0:
        return subj
    if k == 1:
        return f"{subj}\n\nThe old code {r.choice(['swallowed the error', 'held the lock across the fsync', 'assumed UTC', 'read the whole file'])}. Adds a test."
    if k == 2:
        return f"{hx(r, 7)} {subj}"
    if k == 3:
        return f"[{r.choice(['store', 'cli', 'import', 'backup', 'bench'])}] {subj[0].lower() + subj[1:]}"
    if k == 4:
        return f"{subj} (#{r.randrange(100, 999)})\n\nSigned-off-by: {r.choice(NAMES)} <{r.choice(NAMES).lower()}@example.org>"
    return f"Revert \"{subj}\"\n\nThis reverts commit {hx(r, 40)}."


def todo_list(r):
    items = r.sample([
        "rebase on main", "rerun the bench on a quiet machine", "update CHANGELOG", "ask for review",
        f"fix {r.choice(EXC)} in {r.choice(PATHS)}", "split the PR in two", "delete the debug prints",
        "add a test for empty input", "check coverage on the new module", f"close #{r.randrange(100, 999)}",
        "bump the schema version", "regenerate docs/cli.md", "tag the release", "measure import time",
        "move the fixtures under tests/data", "confirm the migration is reversible",
    ], r.randrange(2, 6))
    style = r.randrange(4)
    if style == 0:
        return "TODO:\n" + "\n".join(f"- {i}" for i in items)
    if style == 1:
        return "\n".join(f"- [{r.choice([' ', ' ', 'x'])}] {i}" for i in items)
    if style == 2:
        return "; ".join(items)
    return "\n".join(f"{n + 1}. {i}" for n, i in enumerate(items))


def next_action(r):
    k = r.randrange(22)
    return [
        "rerun the bench on the CI box",
        f"Run `pytest -q tests/test_backup.py` again after {r.choice(NAMES)} merges the fixture change",
        f"Check why {r.choice(PATHS)} imports yaml at startup",
        f"Rebase {r.choice(BRANCHES)} and force-push; CI should go green",
        f"Ping {r.choice(NAMES)} about the review on PR #{r.randrange(100, 999)}",
        f"Next: wire the retention policy into `handoff gc` and add a --dry-run",
        f"Revert {hx(r, 8)} if the nightly is still red tomorrow",
        f"Write the migration for {r.choice(SCHEMAS)}.events and test it against a copy of prod",
        f"Measure cold start with `python -X importtime -c 'import handoff'` on a quiet box",
        f"Summarise the bench numbers in the PR description before asking for review",
        f"Translate the new CLI error strings in locales/de.po",
        f"Explain the lock ordering in docs/design.md (section 'Concurrency')",
        f"Rotate the CI deploy token after the move to {r.choice(REPOS)}; store it in the org secrets",
        f"Don't touch {r.choice(PATHS)} until #{r.randrange(100, 999)} lands",
        f"Try `PRAGMA wal_checkpoint(TRUNCATE)` before the copy and see if the restore test passes",
        f"Go through the {r.randrange(3, 40)} skipped tests and either fix or delete them",
        f"Open a follow-up issue for the Windows path bug; out of scope here",
        f"Compare p99 of fold() before/after {hx(r, 7)} with bench/bench_fold.py --runs {r.randrange(5, 50)}",
        f"Ask the DBA whether {r.choice(HOSTS)} can take the extra index during business hours",
        f"Tell {r.choice(NAMES)} the release is blocked on the flaky test",
        f"Review the diff of {r.choice(PATHS)} line by line; the refactor touched error handling",
        f"Keep an eye on the 429 rate from {r.choice(LLMS)} over the weekend",
    ][k]


def error_quote(r):
    return r.choice([
        lambda: f"ValueError: invalid literal for int() with base 10: '{r.choice(['abc', '12x', 'none', ''])}'",
        lambda: f"KeyError: '{r.choice(['api_key', 'password', 'token', 'since', 'model'])}' in load_config()",
        lambda: f"FileNotFoundError: [Errno 2] No such file or directory: '{r.choice(PATHS)}'",
        lambda: f"jq: error (at <stdin>:{r.randrange(1, 99)}): Cannot index string with \"{r.choice(['items', 'data', 'name'])}\"",
        lambda: f"error: pathspec '{r.choice(BRANCHES)}' did not match any file(s) known to git",
        lambda: f"openai.AuthenticationError: Error code: 401 - Incorrect API key provided: sk-proj-********************{rs(r, 4, ALNUM)}",
        lambda: f"yaml.scanner.ScannerError: mapping values are not allowed here in \"{r.choice(PATHS)}\", line {r.randrange(2, 200)}",
        lambda: f"npm ERR! 404 Not Found - GET https://registry.npmjs.org/@acme%2f{r.choice(['ui', 'sdk', 'cli'])} - Not found",
        lambda: f"{r.choice(EXC)}: '{r.choice(['NoneType', 'str', 'Event'])}' object has no attribute '{r.choice(['ts', 'kind', 'payload'])}'",
        lambda: f"AssertionError: assert 'lock timeout fixed' in notes[-1].text",
        lambda: f"E       assert '{r.randrange(0, 9)} failed, {r.randrange(100, 300)} passed' == '0 failed, {r.randrange(100, 300)} passed'",
        lambda: f"sqlite3.OperationalError: no such column: \"{r.choice(['checked_at', 'seq', 'source'])}\"",
        lambda: f"remote: Permission to {r.choice(REPOS)}.git denied to {r.choice(ACCTS)}.\nfatal: unable to access 'https://github.com/{r.choice(REPOS)}.git/': The requested URL returned error: 403",
        lambda: f"FATAL:  password authentication failed for user \"{r.choice(ACCTS)}\"",
        lambda: f"Error: Invalid value for '--since': '{r.choice(['last tuesday', '3 weeks', '2026/01/01'])}' is not a valid duration",
        lambda: f"ruff: E501 Line too long ({r.randrange(101, 180)} > 100) at {r.choice(PATHS)}:{r.randrange(1, 500)}",
        lambda: f"stripe.error.AuthenticationError: Invalid API Key provided: sk_live_****{rs(r, 4, ALNUM)}",
        lambda: f"mypy: error: Argument 1 to \"fold\" has incompatible type \"str\"; expected \"Event\"",
        lambda: f"warning: LF will be replaced by CRLF in {r.choice(PATHS)}",
        lambda: f"RuntimeError: Event loop is closed (seen in {r.randrange(2, 30)} of {r.randrange(30, 200)} runs)",
    ])()


def validation_result(r):
    f, p = r.randrange(0, 9), r.randrange(120, 3000)
    return r.choice([
        lambda: f"{f} failed, {p} passed",
        lambda: f"=== {f} failed, {p} passed, {r.randrange(0, 30)} skipped, {r.randrange(0, 5)} xfailed in {r.randrange(5, 400)}.{r.randrange(0, 99):02d}s ===",
        lambda: f"matrix: py3.11 ✓ py3.12 ✓ py3.13 ✗ ({r.choice(EXC)})",
        lambda: f"lint clean; typecheck {r.randrange(0, 20)} errors (all in tests/)",
        lambda: f"bench fold 10k events: {r.randrange(20, 300)} ms median, {r.randrange(300, 900)} ms max",
        lambda: f"restore check: {r.randrange(100, 9000)} events, manifest ok, sha256 ok",
        lambda: f"smoke test on staging passed ({r.randrange(10, 90)} checks)",
        lambda: f"CI #{r.randrange(1000, 9999)} red: test_lock_contention timed out after {r.randrange(30, 300)}s",
        lambda: f"mutation score {r.randrange(40, 95)}%, {r.randrange(0, 80)} survivors",
        lambda: f"import time {r.randrange(3, 40)}.{r.randrange(0, 9)} ms (target 5 ms)",
    ])()


def config_fact(r):
    return r.choice([
        lambda: f"busy_timeout is {r.randrange(1, 60) * 1000} ms",
        lambda: f"retention: model_health rows older than {r.randrange(7, 400)} days are dropped",
        lambda: f"the store lives at ~/.local/share/handoff/store.db",
        lambda: f"HANDOFF_BACKEND=sqlite (postgres only in CI)",
        lambda: f"secrets are injected via env from the org secret store; nothing on disk",
        lambda: f"DB_PASSWORD is set from /run/secrets/db_password at container start",
        lambda: f"api_key: ${{API_KEY}}  # filled by the runner",
        lambda: f"token = env(\"GITHUB_TOKEN\")",
        lambda: f"password: \"<redacted>\"",
        lambda: f"auth uses OIDC; no long-lived keys in CI",
        lambda: f"rate limit for {r.choice(LLMS)}: {r.randrange(30, 5000)} req/min, resets {r.choice(['every minute', 'hourly', 'at midnight UTC'])}",
        lambda: f"{r.choice(LLMS)}: max output {r.choice(['4k', '8k', '16k', '32k', '64k'])} tokens",
        lambda: f"default model is {r.choice(LLMS)}, fallback {r.choice(LLMS)}",
        lambda: f"ports: api 8080, metrics 9090, debug 6060",
        lambda: f"replicas: {r.randrange(1, 12)} in prod, {r.randrange(1, 3)} in staging",
        lambda: f"PGHOST={r.choice(HOSTS)} PGUSER={r.choice(ACCTS)} PGDATABASE={r.choice(SCHEMAS)} (password via .pgpass)",
        lambda: f"valueFrom:\n  secretKeyRef:\n    name: ledger-db\n    key: password",
        lambda: f"password = \"changeme\"  # placeholder in config.example.toml, real one comes from Vault",
        lambda: f"STRIPE_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx (example in README)",
        lambda: f"vault kv get -field=password secret/{r.choice(SCHEMAS)}/db",
    ])()


def misc_ops(r):
    return r.choice([
        lambda: f"branch {r.choice(BRANCHES)} @ {hx(r, 7)}, PR #{r.randrange(100, 999)} open",
        lambda: f"repo {r.choice(REPOS)}, default branch main, protected",
        lambda: f"event id {uid(r)}",
        lambda: f"ULID 01{rs(r, 24, '0123456789ABCDEFGHJKMNPQRSTVWXYZ')}",
        lambda: f"https://github.com/{r.choice(REPOS)}/compare/main...{r.choice(BRANCHES)}",
        lambda: f"https://ci.example.org/job/{r.choice(SCHEMAS)}/{r.randrange(100, 9999)}/console",
        lambda: f"v{r.randrange(0, 4)}.{r.randrange(0, 30)}.{r.randrange(0, 30)}-rc.{r.randrange(1, 5)}",
        lambda: f"{r.choice(LLMS)} healthy; last 429 at {r.randrange(0, 23):02d}:{r.randrange(0, 59):02d} UTC, retry-after {r.randrange(1, 60)}s",
        lambda: f"{r.choice(PATHS)} changed in {hx(r, 7)}",
        lambda: f"ssh {r.choice(ACCTS)}@{r.choice(HOSTS)} (key auth)",
        lambda: f"git log --oneline {hx(r, 7)}..HEAD | wc -l  -> {r.randrange(1, 80)}",
        lambda: f"cus_{rs(r, 14, ALNUM)} is the test customer in Stripe test mode",
        lambda: f"chatcmpl-{rs(r, 29, ALNUM)} took {r.randrange(1, 40)} s",
        lambda: f"msg_01{rs(r, 22, ALNUM)} returned stop_reason=max_tokens",
        lambda: f"k8s pod ledger-api-{lower_dig(r, 10)}-{lower_dig(r, 5)} CrashLoopBackOff",
        lambda: f"AKIAIOSFODNN7EXAMPLE is the docs example id, not ours",
    ])()


def model_ops(r):
    return r.choice([
        lambda: f"prompt v{r.randrange(2, 9)} for the triage bot cut hallucinated labels from {r.randrange(8, 30)}% to {r.randrange(1, 8)}%",
        lambda: f"the summarizer truncates transcripts over {r.randrange(20, 200)}k tokens; chunking is TODO",
        lambda: f"{r.choice(LLMS)} refuses ~{r.randrange(1, 9)}% of the eval set; logged as refusal, not error",
        lambda: f"stored system prompts are hashed, not saved (sha256 only)",
        lambda: f"eval: {r.choice(LLMS)} {r.randrange(50, 95)}.{r.randrange(0, 9)} vs {r.choice(LLMS)} {r.randrange(50, 95)}.{r.randrange(0, 9)} on the held-out set",
        lambda: f"temperature 0 did not make {r.choice(LLMS)} deterministic; seeds differ across runs",
        lambda: f"few-shot examples moved to prompts/examples.jsonl ({r.randrange(3, 40)} items)",
        lambda: f"the chat UI drops the last assistant turn when the stream is cancelled (#{r.randrange(100, 999)})",
        lambda: f"prompt-injection test suite: {r.randrange(100, 900)} cases, {r.randrange(0, 30)} bypasses",
        lambda: f"switched embeddings to a {r.choice(['768', '1024', '1536', '3072'])}-dim model; reindex took {r.randrange(2, 90)} min",
        lambda: f"token spend {r.choice(LLMS)}: ${r.randrange(10, 900)}/day, mostly retries after 529s",
    ])()


def foreign_ops(r):
    return r.choice([
        lambda: f"{r.randrange(0, 9)} Tests fehlgeschlagen, {r.randrange(100, 900)} bestanden – Lock-Timeout ist behoben",
        lambda: f"Branch {r.choice(BRANCHES)} ist gemergt, Review steht noch aus",
        lambda: f"le benchmark tourne encore sur la machine CI, résultats demain",
        lambda: f"corrigé : timeout du verrou ; en attente de relecture",
        lambda: f"pendiente: volver a ejecutar la migración en staging",
        lambda: f"{r.randrange(0, 9)} fallidos, {r.randrange(100, 900)} correctos",
        lambda: f"falta revisar o PR #{r.randrange(100, 999)} antes do deploy",
        lambda: f"基准测试结果：p99 {r.randrange(100, 900)} 微秒，比上周快",
        lambda: f"PR #{r.randrange(100, 999)} はマージ済み、次はリリースノート",
        lambda: f"CI 失败原因是 {r.choice(EXC)}，已提交修复",
    ])()


CATEGORIES = [
    ("base64_public", base64_public, 90),
    ("key_fingerprint", key_fingerprint, 90),
    ("hex_digest", hex_digest, 80),
    ("imperative_commit", imperative_commit, 110),
    ("todo_list", todo_list, 80),
    ("next_action_imperative", next_action, 100),
    ("error_quote", error_quote, 100),
    ("validation_result", validation_result, 70),
    ("config_fact", config_fact, 80),
    ("misc_ops", misc_ops, 80),
    ("model_ops", model_ops, 60),
    ("foreign_ops", foreign_ops, 40),
]
