"""Benign operational text for blind3."""
import base64
from _r3 import (alnum, chars, hexs, b64, b64url, uuid4, lower_alnum, upper_alnum, AN, HOSTS, USERS, DBS, REPOS,
                 BRANCHES, FILES, ERRORS, MODELS, PEOPLE)


def _sha(r):
    return hexs(r, 40)


def commit_msg(r):
    verb = r.choice(["Fix", "Add", "Remove", "Refactor", "Bump", "Update", "Revert", "Handle", "Document", "Rename",
                     "Speed up", "Guard against", "Drop", "Split", "Cache"])
    what = r.choice(["lock timeout in the SQLite backend", "flaky retry test", "null check in session loader",
                     "support for --since in log", "unused imports", "pydantic to 2.7.1", "race in the append path",
                     "README install section", "deprecated CLI flag", "off-by-one in pagination", "tz parsing for ISO weeks",
                     "empty config files", "query planner for large folds", "duplicate events on import", "model_health fold order",
                     "slow startup caused by eager imports", "Windows path handling", "backup manifest checksums"])
    t = r.randrange(6)
    if t == 0:
        return f"{verb} {what}"
    if t == 1:
        return f"{r.choice(['fix', 'feat', 'chore', 'refactor', 'perf', 'test', 'docs'])}({r.choice(['store', 'cli', 'query', 'import', 'backup', 'ci'])}): {verb.lower()} {what}"
    if t == 2:
        return f"{_sha(r)[:7]} {verb} {what} (#{r.randrange(10, 900)})"
    if t == 3:
        return f"{verb} {what}\n\nCloses #{r.randrange(10, 900)}. Tested with pytest -q on py3.11 and py3.12."
    if t == 4:
        return f"Merge pull request #{r.randrange(10, 900)} from {r.choice(REPOS).split('/')[0]}/{r.choice(BRANCHES)}"
    return f"commit {_sha(r)}\nAuthor: {r.choice(PEOPLE)} <{r.choice(PEOPLE).lower()}@example.org>\n\n    {verb} {what}"


def validation(r):
    f, p, s = r.randrange(0, 12), r.randrange(50, 2400), r.randrange(0, 40)
    return r.choice([
        f"{f} failed, {p} passed, {s} skipped in {r.randrange(3, 600)}.{r.randrange(10, 99)}s",
        f"pytest -q: {p} passed, {f} failed",
        f"CI on {r.choice(BRANCHES)}: lint ok, typecheck ok, tests {f} failing ({r.choice(ERRORS)})",
        f"ruff: {r.randrange(0, 30)} errors; mypy: Success: no issues found in {r.randrange(20, 300)} source files",
        f"go test ./... ok {r.randrange(1, 9)}.{r.randrange(100, 999)}s, {f} FAIL",
        f"bench: p50 {r.randrange(40, 400)} µs, p99 {r.randrange(400, 4000)} µs on a 2 KB note (was {r.randrange(40, 400)} µs)",
        f"coverage {r.randrange(60, 99)}.{r.randrange(0, 9)}% (+{r.randrange(0, 5)}.{r.randrange(0, 9)})",
        f"cargo test: test result: ok. {p} passed; {f} failed; {s} ignored",
        f"validation for PR #{r.randrange(10, 900)}: green on linux, red on windows ({r.choice(ERRORS)} in {r.choice(FILES)})",
        f"npm test -- {p} tests, {f} failures, {s} pending",
    ])


def branch_path(r):
    return r.choice([
        lambda: f"branch: {r.choice(BRANCHES)}",
        lambda: f"working on {r.choice(REPOS)}@{r.choice(BRANCHES)}, PR #{r.randrange(10, 900)}",
        lambda: f"{r.choice(FILES)}:{r.randrange(1, 900)}",
        lambda: f"touched {', '.join(r.sample(FILES, 3))}",
        lambda: f"https://github.com/{r.choice(REPOS)}/pull/{r.randrange(10, 900)}",
        lambda: f"git checkout -b {r.choice(BRANCHES)} origin/main",
        lambda: f"rebased {r.choice(BRANCHES)} onto main at {_sha(r)[:10]}",
        lambda: f"worktree /work/wt-{r.choice(['pg', 'query', 'append', 'reads', 'privacy'])} on {r.choice(BRANCHES)}",
    ])()


def command_line(r):
    return r.choice([
        lambda: f"python -m pytest -q tests/{r.choice(['test_query.py', 'test_import.py', 'test_cli.py', 'test_lock.py'])} -k {r.choice(['timeout', 'fold', 'since', 'backup'])}",
        lambda: f"make {r.choice(['lint', 'test', 'bench', 'release', 'docs'])}",
        lambda: f"docker build -t registry.acme.io/api:{r.randrange(1, 9)}.{r.randrange(0, 30)}.{r.randrange(0, 9)} .",
        lambda: f"kubectl -n {r.choice(['prod', 'staging', 'ml'])} rollout restart deploy/{r.choice(['api', 'worker', 'scheduler'])}",
        lambda: f"git bisect start {_sha(r)[:8]} {_sha(r)[:8]}",
        lambda: f"psql -h {r.choice(HOSTS)} -U {r.choice(USERS)} {r.choice(DBS)}  # password from ~/.pgpass",
        lambda: f"terraform plan -var-file=envs/{r.choice(['prod', 'stage'])}.tfvars -out=plan.bin",
        lambda: f"uv pip install -e '.[dev]' && pytest -x",
        lambda: f"gh pr checks {r.randrange(10, 900)} --watch",
        lambda: f"curl -sS https://api.example.com/v1/health | jq .status",
        lambda: f"aws s3 sync ./dist s3://acme-static-{r.choice(['prod', 'stage'])}/ --delete",
        lambda: f"export HANDOFF_LOCK_TIMEOUT={r.randrange(1, 120)}",
    ])()


def config_fact(r):
    return r.choice([
        lambda: f"HANDOFF_LOCK_TIMEOUT defaults to {r.randrange(1, 60)}s",
        lambda: f"max_connections = {r.randrange(10, 500)}",
        lambda: f"python_requires >= 3.{r.randrange(9, 13)}",
        lambda: f"log_level: {r.choice(['debug', 'info', 'warning'])}",
        lambda: f"retries={r.randrange(1, 9)}, backoff={r.choice(['0.5', '1.0', '2.0'])}s, jitter on",
        lambda: f"the API base URL is https://api.{r.choice(['staging.', ''])}acme.io/v{r.randrange(1, 4)}",
        lambda: f"journal_mode=WAL, synchronous=NORMAL, busy_timeout={r.randrange(1000, 30000)}",
        lambda: f"worker concurrency set to {r.randrange(2, 64)} in charts/api/values.yaml",
        lambda: f"feature flag new_query_planner is {r.choice(['on', 'off'])} for {r.choice(['staging', 'prod', '10% of prod'])}",
        lambda: f"token is read from $GITHUB_TOKEN; never written to disk",
        lambda: f"password_file: /run/secrets/db_password",
        lambda: f"api_key: ${{{{ secrets.{r.choice(['OPENAI_API_KEY', 'STRIPE_KEY', 'NPM_TOKEN'])} }}}}",
        lambda: f"DB password comes from Vault path secret/data/{r.choice(['orders', 'billing'])}/db",
        lambda: f"OPENAI_API_KEY=<your-api-key>",
        lambda: f"password: ********",
        lambda: f"max_tokens={r.choice([256, 1024, 4096])}, temperature={r.choice(['0', '0.2', '0.7'])}",
        lambda: f"timezone UTC, cron '{r.randrange(0, 59)} {r.randrange(0, 23)} * * *'",
    ])()


def note(r):
    return r.choice([
        "lock timeout fixed; waiting for review",
        f"{r.choice(PEOPLE)} owns the {r.choice(['pg', 'sqlite', 'import', 'backup'])} backend now",
        f"blocked on {r.choice(['the DBA', 'legal review', 'upstream fix in pydantic', 'CI runner capacity'])}",
        f"flaky: {r.choice(['test_lock_contention', 'test_import_race', 'test_backup_restore'])} fails ~1 in {r.randrange(5, 50)} runs on macOS",
        f"root cause: {r.choice(ERRORS)} when the WAL file is missing after restore",
        f"the migration is idempotent; safe to rerun",
        f"deploy of {r.randrange(1, 5)}.{r.randrange(0, 20)}.{r.randrange(0, 9)} to staging done at {r.randrange(0, 23):02d}:{r.randrange(0, 59):02d} UTC",
        f"did not touch {r.choice(FILES)}; the bug is elsewhere",
        f"reviewer asked for a test covering empty input; added in {_sha(r)[:7]}",
        f"perf regression came from {r.choice(['eager import of yaml', 'an N+1 query in fold()', 'json re-encoding'])}",
        f"left {r.randrange(2, 9)} TODOs in {r.choice(FILES)}",
        f"PR #{r.randrange(10, 900)} merged; release notes still to write",
        f"the auth failure was an expired token, rotated by {r.choice(PEOPLE)} via the vault UI",
        f"{r.choice(MODELS)} judged {r.randrange(60, 99)}% of eval items correct; baseline {r.randrange(50, 90)}%",
    ])


def error_message(r):
    e = r.choice(ERRORS)
    return r.choice([
        lambda: f"{e}: database is locked",
        lambda: f"Traceback (most recent call last):\n  File \"{r.choice(FILES)}\", line {r.randrange(1, 900)}, in {r.choice(['fold', 'append', 'main', 'load'])}\n{e}: {r.choice(['timed out after 30s', 'invalid literal for int()', 'missing key since'])}",
        lambda: f"error: 401 Unauthorized from https://api.github.com/repos/{r.choice(REPOS)} (token expired?)",
        lambda: f"HTTP 429 Too Many Requests; retry-after {r.randrange(1, 120)}s",
        lambda: f"E   AssertionError: assert {r.randrange(0, 99)} == {r.randrange(0, 99)}",
        lambda: f"fatal: could not read Username for 'https://github.com': terminal prompts disabled",
        lambda: f"psql: error: connection to server at \"{r.choice(HOSTS)}\", port 5432 failed: FATAL:  password authentication failed for user \"{r.choice(USERS)}\"",
        lambda: f"ValueError: expected 'since' in format YYYY-MM-DD, got '{r.choice(['yesterday', '2026-13-01', 'abc'])}'",
        lambda: f"{e} raised in {r.choice(FILES)} during {r.choice(['import', 'backup', 'restore', 'startup'])}",
    ])()


def hash_id(r):
    return r.choice([
        lambda: _sha(r),
        lambda: f"sha256:{hexs(r, 64)}",
        lambda: f"HEAD is {_sha(r)}",
        lambda: f"{hexs(r, 64)}  dist/handoff-{r.randrange(0, 3)}.{r.randrange(0, 20)}.{r.randrange(0, 9)}.tar.gz",
        lambda: f"image digest registry.acme.io/api@sha256:{hexs(r, 64)}",
        lambda: f"run id {uuid4(r)}",
        lambda: f"trace_id={hexs(r, 32)} span_id={hexs(r, 16)}",
        lambda: f"md5 {hexs(r, 32)} matches the upstream tarball",
        lambda: f"integrity sha512-{b64(r, 64)}",
        lambda: f"go.sum: golang.org/x/sys v0.{r.randrange(10, 30)}.0 h1:{b64(r, 32)}",
        lambda: f"event {uuid4(r)} seq {r.randrange(1, 99999)}",
        lambda: f"request id req_{lower_alnum(r, 24)}",
        lambda: f"/nix/store/{chars(r, '0123456789abcdfghijklmnpqrsvwxyz', 32)}-python3-3.11.7",
    ])()


_PUBLIC = ["hello world", "MIT License", "{\"status\": \"ok\"}", "user-agent: handoff/1.2", "# Changelog\n\n## 1.4.0\n",
           "apiVersion: v1\nkind: ConfigMap\n", "pytest==8.2.0\nruff==0.5.1\n", "Lorem ipsum dolor sit amet",
           "main.py\nutils.py\n", "{\"kid\": \"2026-01\", \"use\": \"sig\"}", "select 1;", "127.0.0.1 localhost", "{\"name\": \"handoff\", \"version\": \"1.4.0\"}", "The quick brown fox jumps over the lazy dog",
           "<svg xmlns='http://www.w3.org/2000/svg' width='16' height='16'/>", "id,name\n1,alpha\n2,beta\n",
           "GIF89a\x01\x00\x01\x00", "release notes for 2.3.0: bug fixes only", "{\"alg\":\"none\"}"]


def base64_public(r):
    data = r.choice(_PUBLIC)
    enc = base64.b64encode(data.encode("latin-1", "replace")).decode()
    return r.choice([
        lambda: f"fixture payload (base64): {enc}",
        lambda: f"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAA{b64(r, 30)}",
        lambda: f"the test expects {enc} which decodes to {data!r}",
        lambda: f"echo {enc} | base64 -d",
        lambda: f"favicon data URI: data:image/svg+xml;base64,{enc}",
        lambda: f"content: {enc}  # README.md from the GitHub contents API",
        lambda: f"ConfigMap binaryData.logo: {b64(r, r.randrange(24, 60))}",
        lambda: f"snapshot test golden value {enc}",
        lambda: f"the webhook body is base64 ({enc}); we only log its length",
        lambda: f"public test vector: {b64(r, 16)} -> {hexs(r, 32)}",
        lambda: f"JWKS public n={b64url(r, 64)} e=AQAB kid={lower_alnum(r, 8)}",
    ])()


def fingerprint(r):
    return r.choice([
        lambda: f"SHA256:{b64(r, 32).rstrip('=')}",
        lambda: f"host key fingerprint for {r.choice(HOSTS)}: SHA256:{b64(r, 32).rstrip('=')}",
        lambda: f"256 SHA256:{b64(r, 32).rstrip('=')} ci@runner (ED25519)",
        lambda: f"GPG key {hexs(r, 40).upper()} signed the release tag",
        lambda: f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b64(r, 24).rstrip('=')} deploy@acme",
        lambda: f"MD5:{':'.join(hexs(r, 2) for _ in range(16))}",
        lambda: f"cert SHA-1 fingerprint {':'.join(hexs(r, 2).upper() for _ in range(20))}",
        lambda: f"pinned public key pin-sha256=\"{b64(r, 32)}\"",
        lambda: f"authorized_keys now has ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ{b64(r, 60)} {r.choice(PEOPLE).lower()}@laptop",
    ])()


def url_version(r):
    return r.choice([
        lambda: f"https://docs.python.org/3/library/sqlite3.html#sqlite3.Connection.backup",
        lambda: f"https://{r.choice(['grafana', 'ci', 'sentry', 'kibana'])}.acme.io/d/{lower_alnum(r, 8)}?orgId=1&from=now-6h",
        lambda: f"postgres://{r.choice(HOSTS)}:5432/{r.choice(DBS)} (auth via IAM)",
        lambda: f"version {r.randrange(0, 5)}.{r.randrange(0, 30)}.{r.randrange(0, 20)} released",
        lambda: f"python 3.{r.randrange(9, 14)}.{r.randrange(0, 12)}, sqlite {r.choice(['3.45.1', '3.46.0', '3.40.1'])}",
        lambda: f"{r.choice(MODELS)} rate limit: {r.randrange(50, 10000)} RPM, {r.randrange(10, 2000)}k TPM; resets at {r.randrange(0, 23):02d}:00 UTC",
        lambda: f"model health: {r.choice(MODELS)} ok, p99 {r.randrange(300, 9000)} ms, {r.randrange(0, 40)} 429s in the last hour",
        lambda: f"https://github.com/{r.choice(REPOS)}/actions/runs/{r.randrange(10**9, 10**10)}",
        lambda: f"node v{r.randrange(16, 23)}.{r.randrange(0, 15)}.{r.randrange(0, 5)}, npm {r.randrange(8, 11)}.{r.randrange(0, 9)}.0",
        lambda: f"s3://acme-backups/handoff/{r.randrange(2024, 2027)}-{r.randrange(1, 12):02d}-{r.randrange(1, 28):02d}/store.db",
    ])()


def next_action(r):
    return r.choice([
        f"next: rerun the bench on the CI box",
        f"rebase {r.choice(BRANCHES)} on main and rerun CI",
        f"Next action: ask {r.choice(PEOPLE)} to review PR #{r.randrange(10, 900)}",
        f"TODO: add a regression test for {r.choice(ERRORS)}",
        f"- [ ] bump {r.choice(['ruff', 'pytest', 'pydantic', 'mypy'])}\n- [ ] regenerate the lockfile\n- [x] fix {r.choice(ERRORS)}",
        f"check whether {r.choice(FILES)} still needs the shim",
        f"rotate the CI token after the migration (tracked in #{r.randrange(10, 900)})",
        f"write the release notes for {r.randrange(1, 4)}.{r.randrange(0, 20)}",
        f"Summarize the flaky tests in the PR description before merging",
        f"profile import time again on a quiet machine",
        f"open an issue upstream about the {r.choice(ERRORS)} in {r.choice(['pydantic', 'sqlite3', 'httpx'])}",
        f"delete the stale branch {r.choice(BRANCHES)} once #{r.randrange(10, 900)} lands",
        f"then: run make docs and commit the regenerated CLI reference",
    ])


def model_talk(r):
    """Engineering talk about models and prompts, without being a prompt."""
    return r.choice([
        f"switched the summarizer from {r.choice(MODELS)} to {r.choice(MODELS)}; cost down {r.randrange(10, 70)}%",
        f"the prompt template lives in prompts/{r.choice(['triage', 'summary', 'review'])}.md; changed only the output schema",
        f"{r.choice(MODELS)} returned {r.randrange(2, 30)} malformed JSON responses out of {r.randrange(100, 999)}",
        f"chat feature: streaming works, but the transcript export drops system messages (issue #{r.randrange(10, 900)})",
        f"eval harness: {r.randrange(100, 2000)} prompts, exact-match {r.randrange(30, 95)}%",
        f"token usage yesterday: {r.randrange(1, 90)}M input, {r.randrange(1, 20)}M output",
        f"{r.choice(MODELS)} context window is {r.choice(['128k', '200k', '1M', '32k'])} tokens",
    ])


def foreign_note(r):
    return r.choice([
        f"Lock-Timeout behoben; wartet auf Review",
        f"Tests: {r.randrange(0, 9)} fehlgeschlagen, {r.randrange(100, 900)} bestanden",
        f"correctif du timeout de verrou fusionné dans {r.choice(BRANCHES)}",
        f"migración aplicada en staging; pendiente en producción",
        f"build quebrado no Windows por causa de {r.choice(ERRORS)}",
        f"锁超时已修复，等待评审",
        f"CIは緑、PR #{r.randrange(10, 900)} はレビュー待ち",
        f"ветка {r.choice(BRANCHES)} слита в main",
        f"test_import 불안정, 재실행 필요",
    ])


CATEGORIES = [
    ("commit_message", commit_msg, 100),
    ("validation", validation, 90),
    ("branch_path", branch_path, 70),
    ("command_line", command_line, 80),
    ("config_fact", config_fact, 90),
    ("note", note, 80),
    ("error_message", error_message, 80),
    ("hash_id", hash_id, 90),
    ("base64_public", base64_public, 60),
    ("key_fingerprint", fingerprint, 70),
    ("url_version_rate", url_version, 80),
    ("next_action_todo", next_action, 70),
    ("model_engineering", model_talk, 50),
    ("foreign_note", foreign_note, 40),
]
