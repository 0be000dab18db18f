"""Benign categories of blind9: the genuine operational notes of coding agents, written to be hard
false-positive traps (ids, hashes, cache keys, base64 of ordinary data, command output with no
secret in it, talk about secrets and prompts that holds neither).
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable

from _b9rand import (
    ALNUM,
    BRANCHES,
    CROCK,
    DG,
    ENVS,
    ERRORS,
    FILES,
    FUNCS,
    HOSTS,
    LO,
    MODELS,
    ORGS,
    REGIONS,
    REPOS,
    SERVICES,
    TESTS,
    UP,
    USERS,
    b64of,
    b64url,
    chars,
    flatten,
    hexs,
    org_repo,
    pr,
    sha,
    ulid,
    uuid4,
)

R = random.Random


def _ml(r: R, p: float) -> bool:
    return r.random() < p


def _res(r: R) -> str:
    p = r.randint(20, 1400)
    return r.choice([f"{p} passed in {r.randint(1, 300)}.{r.randint(10, 99)}s",
                     f"{p} passed, {r.randint(1, 4)} failed, {r.randint(0, 9)} skipped",
                     f"ok  \tgithub.com/{org_repo(r)}/internal/store\t{r.randint(0, 9)}.{r.randint(100, 999)}s",
                     f"Tests: {p} passed, {p} total", "exit 0", f"exit {r.choice([1, 2, 124, 137])}",
                     f"{p} examples, 0 failures", "All checks passed!", f"Success: no issues found in {p} source "
                     f"files"])


def status_note(r: R) -> str:
    n = pr(r)
    t = [
        f"PR #{n} is open against main; CI green except the {r.choice(['macOS', 'windows', 'py3.13'])} job, which "
        f"times out on {r.choice(TESTS)} (known, tracked in #{pr(r)}).",
        f"Fixed the {r.choice(ERRORS)} in {r.choice(FILES)}: {r.choice(FUNCS)} now releases the lock before the HTTP "
        f"call. Regression test added.",
        f"Migration 00{r.randint(10, 99)} applied on {r.choice(ENVS)}; row counts match ({r.randint(1000, 99999)} "
        f"before and after).",
        f"Rebased {r.choice(BRANCHES)} onto main at {sha(r)[:9]}; two conflicts in {r.choice(FILES)}, resolved keeping "
        f"ours.",
        f"Deployed {r.choice(SERVICES)} {r.choice(['v', 'release-'])}{r.randint(1, 4)}.{r.randint(0, 30)}."
        f"{r.randint(0, 9)} to {r.choice(ENVS)}; error rate back to baseline after 10 min.",
        "Blocked: waiting for the user to confirm whether the old query params must keep working.",
        f"Root cause of the flaky {r.choice(TESTS)}: tests share a tmp dir; switched to tmp_path. 50 reruns, 0 fails.",
        f"Password reset flow now sends the email through the queue; token TTL unchanged (30 min), see "
        f"{r.choice(FILES)}.",
        f"The API key rotation for {r.choice(SERVICES)} is done by ops; nothing stored here, the deploy reads it from "
        f"the secret manager.",
        f"Reverted {sha(r)[:8]} (it doubled the connection count); {r.choice(SERVICES)} stable again.",
        f"Benchmark on an idle machine: {r.choice(FUNCS)} {r.randint(2, 9)}.{r.randint(0, 9)}x faster than main "
        f"(load avg 0.{r.randint(1, 9)}).",
        "Docs updated for the new --dry-run flag; README example checked by tests/test_docs.py.",
        f"Dependabot PR #{pr(r)} merged after rerunning the {r.choice(['e2e', 'integration'])} job twice.",
        f"Coverage {r.randint(70, 95)}.{r.randint(0, 9)}% (+{r.randint(0, 3)}.{r.randint(1, 9)}), no untested new "
        f"branches.",
        f"Lockfile regenerated with uv {r.randint(0, 1)}.{r.randint(1, 9)}.{r.randint(0, 20)}; "
        f"{r.randint(1, 20)} packages changed, all patch releases.",
        f"Feature flag {r.choice(['new_checkout', 'async_export', 'sso_v2'])} enabled for 10% of {r.choice(ENVS)} "
        f"traffic; no new errors in {r.randint(15, 90)} min.",
        "Secrets are read from the mounted files now; nothing sensitive is passed on the command line any more.",
        f"Session {uuid4(r)[:8]}: halfway through the refactor of {r.choice(FUNCS)}; {r.randint(3, 9)} of "
        f"{r.randint(10, 14)} call sites migrated.",
    ]
    text = r.choice(t)
    if _ml(r, 0.25):
        text = (f"## Status {r.choice(['2026-12-02', '2026-12-01', 'EOD', 'handoff'])}\n- repo: {org_repo(r)}\n"
                f"- branch: {r.choice(BRANCHES)} @ {sha(r)[:7]}\n- {text}\n- CI: {_res(r)}")
    return text


def refs(r: R) -> str:
    repo = org_repo(r)
    t = [
        f"{repo}#{pr(r)}", f"https://github.com/{repo}/pull/{pr(r)}", f"fork: {r.choice(USERS)}/{repo.split('/')[1]}, "
        f"branch {r.choice(BRANCHES)}, PR #{pr(r)} (draft)", f"closes #{pr(r)}, refs #{pr(r)}",
        f"Issue {repo}#{pr(r)}: \"{r.choice(ERRORS)} when {r.choice(FUNCS)} runs twice\"",
        f"pointer: repo={repo} branch={r.choice(BRANCHES)} pr={pr(r)} state=open",
        f"MR !{pr(r)} on gitlab.com/{repo} targets release/{r.randint(1, 9)}.{r.randint(0, 20)}",
        f"JIRA {r.choice(['PAY', 'OPS', 'CORE', 'WEB'])}-{r.randint(100, 9999)} linked to PR #{pr(r)}",
        f"stacked PRs: #{pr(r)} <- #{pr(r)} <- #{pr(r)} (merge bottom first)",
        f"handoff pointer --repo {repo} --branch {r.choice(BRANCHES)} --pr {pr(r)} --state "
        f"{r.choice(['open', 'merged', 'draft'])}",
        f"Cherry-picked {sha(r)[:12]} from {r.choice(BRANCHES)} into release/{r.randint(2024, 2026)}."
        f"{r.randint(1, 12)}",
        f"git checkout -b {r.choice(BRANCHES)}-{r.randint(2, 9)} origin/main",
    ]
    return r.choice(t)


def validation(r: R) -> str:
    p, f = r.randint(20, 1400), r.randint(1, 4)
    secs = f"{r.randint(1, 300)}.{r.randint(10, 99)}s"
    cmd, res = r.choice([
        (f"pytest -q {r.choice(TESTS[:3] + TESTS[5:8])}", r.choice([f"{p} passed in {secs}", f"{p} passed, {f} "
        f"failed"])),
        ("make test", r.choice([f"{p} passed, {r.randint(1, 9)} skipped in "
            f"{secs}", "exit 0", f"exit {r.choice([1, 2])}"])),
        ("npm test -- --runInBand", r.choice([f"Tests: {p} passed, {p} total", f"Tests: {f} failed, {p} passed"])),
        ("go test ./... -race", r.choice([f"ok  \tgithub.com/{org_repo(r)}/internal/store\t{secs}",
                                          "FAIL\tinternal/store [build failed]", "exit 0"])),
        ("cargo test --workspace", f"test result: ok. {p} passed; 0 failed; {r.randint(0, 5)} ignored"),
        ("ruff check . && mypy src", r.choice(["All checks passed!", f"Success: no issues found in {p} source files",
                                               f"Found {f} errors in {f} file"])),
        ("bundle exec rspec", f"{p} examples, {r.choice([0, 0, f])} failures"),
        (f"pytest -q -k {r.choice(FUNCS)} -x", f"{r.randint(1, 30)} passed, {p} deselected in {secs}"),
        ("tox -e py312", r.choice(["py312: OK", "py312: FAIL code 1"])),
        ("terraform validate", "Success! The configuration is valid."),
        ("helm lint charts/api", "1 chart(s) linted, 0 chart(s) failed"),
        ("docker build -t api:dev .", f"naming to docker.io/library/api:dev done ({r.randint(20, 400)}s)"),
        ("./gradlew test --tests '*LedgerTest*'", r.choice(["BUILD SUCCESSFUL in 41s", "BUILD FAILED in 1m 12s"])),
        ("npx playwright test --project=chromium", f"{p} passed ({r.randint(1, 9)}.{r.randint(1, 9)}m)"),
    ])
    t = [f"validation: `{cmd}` -> {res}", f"handoff run -- {cmd}  # {res}", f"ran {cmd} on {sha(r)[:8]}: {res}",
         f"$ {cmd}\n{res}", f"{cmd} | {res} | {r.randint(1, 900)}s | commit {sha(r)[:7]}",
         f"validated on {r.choice(['py3.11', 'py3.12', 'node 20', 'go1.22'])}: {cmd} ({res})"]
    text = r.choice(t)
    if _ml(r, 0.15):
        text = (f"validation record\ncommand: {cmd}\ncommit: {sha(r)}\nexit: {r.choice([0, 0, 1])}\n"
                f"duration_ms: {r.randint(800, 900000)}\nsummary: {res}")
    return text


def rate_limit(r: R) -> str:
    m = r.choice(MODELS)
    prov = r.choice(["anthropic", "openai", "google", "mistral", "groq", "openrouter", "bedrock", "azure-openai"])
    t = [
        f"handoff health {prov} {m} rate_limited --reset {r.randint(1, 59)}m --remaining 0",
        f"{prov}/{m}: 429, retry-after {r.randint(5, 120)}s; switched to {r.choice(MODELS)} for the rest of the run",
        f"x-ratelimit-remaining-requests: 0, x-ratelimit-reset-requests: {r.randint(1, 59)}s "
        f"(request id req_{chars(r, ALNUM, 24)})",
        f"anthropic-ratelimit-input-tokens-remaining: {r.randint(0, 9000)}; reset at 2026-12-02T0{r.randint(6, 9)}:"
        f"{r.randint(10, 59)}:00Z",
        f"GitHub API: 403 API rate limit exceeded for installation ID {r.randint(10**6, 10**8)}; resets at "
        f"{r.randint(6, 9)}:{r.randint(10, 59)} UTC",
        f"model {m} overloaded (529) x{r.randint(2, 6)} in 10 min; marked degraded until 07:{r.randint(10, 59)}",
        f"upstream {prov} healthy again, p50 {r.randint(300, 2000)} ms, {r.randint(0, 3)} errors in last 100 calls",
        "Docker Hub pull limit hit (toomanyrequests: You have reached your pull rate limit). Using ghcr mirror.",
        "npm registry 429 on `npm ci`; retried with --prefer-offline, ok",
        f"token budget for {m}: {r.randint(20, 180)}k of 200k context used; compacting before next step",
        f"{prov} quota: {r.randint(60, 99)}% of the monthly token limit used; switching evals to the batch API",
        f"Retry-After: {r.randint(1, 90)} on POST /v1/messages, backing off (attempt {r.randint(2, 5)} of 6)",
        f"PyPI upload throttled (429), will retry the publish step in {r.randint(2, 30)} min",
        "rate limited by the GitHub search API (30 req/min); batching the code search queries",
        f"{m}: healthy, {r.randint(0, 2)} timeouts in the last hour, remaining {r.randint(100, 4000)} requests",
    ]
    return r.choice(t)


def config_benign(r: R) -> str:
    t = [
        f"handoff config set python {r.choice(['3.11', '3.12', '3.13'])} --source .python-version",
        f"handoff config set node 20.{r.randint(1, 18)}.0 --source .nvmrc",
        f"config: max_tokens = {r.choice([1024, 2048, 4096, 8192, 16000])}",
        f"config fact: password_min_length = {r.randint(8, 16)}",
        f"handoff config set auth.token_ttl {r.choice(['15m', '1h', '3600', '7d'])}",
        f"config set db.password_file /run/secrets/{r.choice(['db_password', 'pg-pass'])}",
        f"config: prompt_cache = {r.choice(['true', 'false'])}, temperature = 0.{r.randint(0, 9)}",
        f"handoff config set llm.model {r.choice(MODELS)}",
        f"config fact: secret_backend = {r.choice(['vault', 'aws-secretsmanager', 'sops', '1password', 'doppler'])}",
        "config: api_key_header = X-API-Key (value injected by the gateway)",
        f"handoff config set tokenizer {r.choice(['cl100k_base', 'o200k_base', 'sentencepiece'])}",
        f"config: session.cookie_name = {r.choice(['sid', '__Host-session', 'connect.sid'])}",
        f"handoff config set db.host {r.choice(HOSTS)} --source docker-compose.yml",
        f"config fact: AWS_REGION={r.choice(REGIONS)}; bucket={r.choice(REPOS)}-artifacts-{r.choice(ENVS)}",
        f"config: jwt.algorithm = {r.choice(['RS256', 'HS256', 'EdDSA'])}, jwt.issuer = https://auth."
        f"{r.choice(ORGS)}.com/",
        f"handoff config set ci.runner {r.choice(['ubuntu-24.04', 'macos-14', 'self-hosted-arm64'])}",
        f"config: secret_key_env = SECRET_KEY (set in {r.choice(ENVS)} only)",
        f"handoff config set rate_limit.per_key {r.choice([60, 100, 600])}/min",
    ]
    return r.choice(t)


def hashes(r: R) -> str:
    t = [
        f"commit {sha(r)}", f"sha256:{hexs(r, 64)}", f"image digest ghcr.io/{org_repo(r)}@sha256:{hexs(r, 64)}",
        f"sha256sum dist/{r.choice(REPOS)}-{r.randint(1, 3)}.{r.randint(0, 9)}.tar.gz: {hexs(r, 64)}",
        f"tree {sha(r)} parent {sha(r)}", f"integrity sha512-{b64of(bytes(r.randrange(256) for _ in range(64)))}",
        f"go.sum: github.com/{org_repo(r)} v1.{r.randint(0, 9)}.{r.randint(0, 9)} h1:"
        f"{b64of(bytes(r.randrange(256) for _ in range(32)))}",
        f"--hash=sha256:{hexs(r, 64)}", f"ETag: \"{hexs(r, 32)}\"", f"md5 {hexs(r, 32)}  "
        f"fixtures/{r.choice(REPOS)}.csv",
        f"git bisect: first bad commit is {sha(r)}", f"blob {hexs(r, 40)} {r.choice(FILES)}",
        f"Merged {sha(r)[:7]}..{sha(r)[:7]} into main",
        f"cosign verified {hexs(r, 64)[:16]}..., Rekor log index {r.randint(10**7, 10**8)}",
        f"SSH host key fingerprint SHA256:{b64of(bytes(r.randrange(256) for _ in range(32))).rstrip('=')}",
    ]
    text = r.choice(t)
    if _ml(r, 0.15):
        text = "\n".join(f"{hexs(r, 64)}  dist/{r.choice(REPOS)}-{r.choice(['linux', 'darwin'])}-"
                         f"{r.choice(['amd64', 'arm64'])}" for _ in range(r.randint(2, 4)))
    return text


def ids(r: R) -> str:
    t = [
        f"request id {uuid4(r)}", f"trace_id={hexs(r, 32)} span_id={hexs(r, 16)}", f"job {ulid(r)} queued",
        f"order_id: {ulid(r)}", f"Stripe event evt_{chars(r, ALNUM, 24)} (invoice.paid) replayed",
        f"customer cus_{chars(r, ALNUM, 14)} migrated", f"chatcmpl-{chars(r, ALNUM, 29)} finished in 4.1s",
        f"message id msg_01{chars(r, ALNUM, 22)}", f"run {r.randint(10**9, 10**10)} attempt 2 (GitHub Actions)",
        f"pod {r.choice(SERVICES)}-{hexs(r, 10)}-{chars(r, LO + DG, 5)} restarted",
        f"ksuid {chars(r, ALNUM, 27)}", f"snowflake id {r.randint(10**17, 10**18)}",
        f"session_id={uuid4(r)} (handoff scope)", f"PaymentIntent pi_{chars(r, ALNUM, 24)} requires_action",
        f"workflow run {r.randint(10**9, 10**10)}, artifact {r.randint(10**8, 10**9)}",
        f"S3 object s3://{r.choice(REPOS)}-logs/{ulid(r)}.json.gz", f"tenant {uuid4(r)} / user {uuid4(r)}",
        f"x-request-id: {chars(r, LO + DG, 8)}-{chars(r, LO + DG, 4)}; cf-ray: "
        f"{hexs(r, 16)}-{r.choice(['FRA', 'AMS', 'IAD'])}",
        f"AWS request id {uuid4(r).upper()}", f"container {hexs(r, 64)} exited 0",
        f"ULID {ulid(r)} sorts after {ulid(r)}",
    ]
    return r.choice(t)


def cache_keys(r: R) -> str:
    osn = r.choice(["Linux", "macOS", "Windows", "linux-x64", "darwin-arm64"])
    t = [
        f"Cache key: {r.choice(['pip', 'npm', 'cargo', 'go-mod', 'poetry', 'pnpm'])}-{osn}-{hexs(r, 64)}",
        f"cache restored from key: setup-python-{osn}-python-3.{r.randint(10, 13)}-pip-{hexs(r, 64)}",
        f"key={r.choice(['user', 'order', 'invoice', 'report'])}:{r.choice(['profile', 'summary', 'v2'])}:{ulid(r)}",
        f"redis GET {r.choice(['sess', 'rl', 'cache', 'lock'])}:{r.choice(SERVICES)}:{hexs(r, 40)} -> (nil)",
        f"cache miss for key {r.choice(REPOS)}/{r.choice(['build', 'test'])}/{hexs(r, 16)}",
        f"actions/cache: Cache saved with key: node-modules-{osn}-{hexs(r, 64)}",
        f"memcached key tpl:{r.choice(['en', 'de', 'fr'])}:{hexs(r, 32)} evicted",
        f"idempotency key {uuid4(r)} reused, returned cached response",
        f"turbo cache hit, replaying logs {hexs(r, 16)}", f"nx cache key {hexs(r, 40)}",
        f"lock key advisory:{r.randint(10**5, 10**9)} held by pid {r.randint(100, 99999)}",
        f"S3 cache key bazel/{hexs(r, 2)}/{hexs(r, 64)}", f"ccache hit: {hexs(r, 32)}-{r.randint(1000, 99999)}",
        f"docker buildx cache-from type=gha,scope={r.choice(SERVICES)}-{hexs(r, 8)}",
    ]
    return r.choice(t)


def base64_nonsecret(r: R) -> str:
    cur = json.dumps({"id": r.randint(1, 10**6), "ts": f"2026-11-{r.randint(10, 30)}T{r.randint(10, 23)}:00:00Z"})
    cm = f"log_level: {r.choice(['info', 'debug'])}\nworkers: {r.randint(2, 16)}\nregion: {r.choice(REGIONS)}\n"
    t = [
        f"next page cursor: {b64url(cur.encode())}",
        f"pagination token {b64of(cur.encode())}",
        f"configmap {r.choice(SERVICES)}-config binaryData.settings.yaml: {b64of(cm.encode())}",
        f"JWT header only (no token): {b64url(json.dumps({'alg': 'RS256', 'kid': hexs(r, 8)}).encode())}",
        f"echo {b64of(r.choice(REPOS).encode() + b'-' + hexs(r, 6).encode())} | base64 -d  # image tag",
        f"GraphQL node id {b64of(('Order:' + str(r.randint(10**4, 10**7))).encode())}",
        f"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAA{chars(r, ALNUM, 40)}",
        f"base64 of the fixture header: {b64of(('id,name,created_at,' + r.choice(['amount', 'status'])).encode())}",
        f"kubectl get cm {r.choice(SERVICES)} -o jsonpath='{{.binaryData.ca-bundle}}' (public CA bundle, "
        f"{r.randint(2, 9)} KB)",
        f"SAML metadata digest: {b64of(bytes(r.randrange(256) for _ in range(20)))}",
        f"pubsub message data {b64of(json.dumps({'event': 'order.created', 'order': r.randint(1, 10**6)}).encode())}",
        f"continuation={b64url(('offset=' + str(r.randint(100, 90000))).encode())}",
    ]
    return r.choice(t)


def urls(r: R) -> str:
    t = [
        f"https://github.com/{org_repo(r)}/actions/runs/{r.randint(10**9, 10**10)}/job/{r.randint(10**10, 10**11)}",
        f"https://{r.choice(SERVICES)}.{r.choice(ENVS)}.{r.choice(ORGS)}.com/healthz?verbose=1",
        f"https://grafana.{r.choice(ORGS)}.net/d/{chars(r, ALNUM, 9)}/api-latency?orgId=1&from=now-6h&to=now",
        f"https://console.aws.amazon.com/cloudwatch/home?region={r.choice(REGIONS)}#logsV2:log-groups",
        f"https://sentry.io/organizations/{r.choice(ORGS)}/issues/{r.randint(10**9, 10**10)}/?project="
        f"{r.randint(10**5, 10**7)}",
        f"postgres://{r.choice(USERS)}@{r.choice(HOSTS)}:5432/{r.choice(['app', 'ledger'])}?sslmode=require",
        f"redis://{r.choice(HOSTS)}:6379/0", f"https://pypi.org/project/{r.choice(REPOS)}/1.{r.randint(0, 20)}.0/",
        "https://docs.stripe.com/api/payment_intents/create?lang=python",
        f"https://app.datadoghq.eu/logs?query=service%3A{r.choice(SERVICES)}%20status%3Aerror&live=true",
        f"http://localhost:{r.choice([3000, 5173, 8000, 8080])}/api/v1/orders?page=2&per_page=50",
        "https://platform.openai.com/docs/api-reference/chat/create",
        f"s3://{r.choice(REPOS)}-backups/2026/12/02/dump.sql.gz",
        f"https://{r.choice(ORGS)}.atlassian.net/browse/OPS-{r.randint(100, 9999)}"
        f"?focusedCommentId={r.randint(10**5, 10**6)}",
        f"https://ci.{r.choice(ORGS)}.dev/job/{r.choice(REPOS)}/{r.randint(100, 9999)}/console#L{r.randint(10, 900)}",
    ]
    return r.choice(t)


def errors_benign(r: R) -> str:
    u = r.choice(USERS)
    t = [
        f"FATAL:  password authentication failed for user \"{u}\"",
        "gh: Bad credentials (HTTP 401) — the CLI is logged out; run `gh auth login` again",
        "Error: token expired, please re-authenticate (exit 4)",
        "botocore.exceptions.NoCredentialsError: Unable to locate credentials",
        f"openai.BadRequestError: Error code: 400 - This model's maximum context length is 128000 tokens. However, "
        f"your messages resulted in {r.randint(128001, 190000)} tokens.",
        f"anthropic.RateLimitError: 429 rate_limit_error (request_id: req_{chars(r, ALNUM, 24)})",
        f"remote: Permission to {org_repo(r)}.git denied to {u}-bot.",
        "KeyError: 'STRIPE_SECRET_KEY' (the env var is not set in the test job)",
        "jwt.exceptions.ExpiredSignatureError: Signature has expired",
        f"Invalid prompt: input is empty (validation error in {r.choice(FUNCS)})",
        f"Error: secret \"{r.choice(SERVICES)}-env\" not found in namespace \"{r.choice(ENVS)}\"",
        f"ssh: connect to host {r.choice(HOSTS)} port 22: Connection timed out",
        "E   AssertionError: assert 401 == 200 (test_login_with_wrong_password)",
        "docker: Error response from daemon: unauthorized: authentication required.",
        "npm ERR! code E401 npm ERR! Unable to authenticate, your authentication token seems to be invalid.",
        f"sshd[{r.randint(1000, 99999)}]: Failed password for invalid user {u} from 203.0.113.{r.randint(1, 254)} port "
        f"{r.randint(30000, 65000)} ssh2",
        f"vault: permission denied on secret/data/{r.choice(SERVICES)}/{r.choice(ENVS)}",
        "ValueError: API key must start with 'sk-' (got an empty string)",
    ]
    text = r.choice(t)
    if _ml(r, 0.15):
        py = [f for f in FILES if f.endswith(".py")]
        last = r.choice(["KeyError: 'API_TOKEN'", "botocore.exceptions.NoCredentialsError: Unable to locate "
            "credentials",
                         "jwt.exceptions.ExpiredSignatureError: Signature has expired",
                         "ValueError: API key must start with 'sk-' (got an empty string)"])
        text = (f"Traceback (most recent call last):\n  File \"/app/{r.choice(py)}\", line {r.randint(10, 500)}, in "
                f"{r.choice(FUNCS)}\n    token = os.environ[\"API_TOKEN\"]\n{last}")
    return text


def next_actions(r: R) -> str:
    items = [
        "run the tests", "rebase onto main", f"rerun {r.choice(TESTS)} 20 times to confirm the flake is gone",
        f"open a PR from {r.choice(BRANCHES)}", "ask the user whether the old flag can be removed",
        f"bump {r.choice(['pydantic', 'react', 'tokio', 'rails', 'axios'])} once CI is green",
        "squash the fixup commits before merge", f"rotate the {r.choice(SERVICES)} API key (ops ticket filed)",
        "update CHANGELOG.md", f"check the {r.choice(ENVS)} dashboard after deploy", "remove the debug logging",
        f"answer review on #{pr(r)}", "regenerate the lockfile with the pinned resolver",
        "write the migration rollback", f"add a test for {r.choice(FUNCS)} with an empty input",
        "tag the release after the smoke test", "delete the stale preview environments",
        "move the prompt templates to prompts/ (do not paste them here)", "re-run the benchmark on an idle machine",
        "split the PR: refactor first, behaviour change second", "confirm the token TTL with the security team",
        "summarize the incident timeline for the postmortem doc", "translate the new error strings",
        f"wait for the {r.choice(MODELS)} rate limit to reset, then resume the eval",
    ]
    k = r.randint(1, 4)
    chosen = r.sample(items, k)
    style = r.randrange(4)
    if style == 0 and k > 1:
        return "Next:\n" + "\n".join(f"{i + 1}. {c[0].upper() + c[1:]}" for i, c in enumerate(chosen))
    if style == 1:
        return "next actions: " + "; ".join(chosen)
    if style == 2:
        return f"handoff note \"{r.choice(['paused', 'WIP', 'stopped at a clean point'])}\" " + " ".join(
            f"--next \"{c}\"" for c in chosen)
    return "- [ ] " + "\n- [ ] ".join(chosen) if k > 1 else chosen[0][0].upper() + chosen[0][1:] + "."


def command_output(r: R) -> str:
    style = r.randrange(8)
    if style == 0:
        lines = ["NAME                        TYPE                             DATA   AGE"]
        for _ in range(r.randint(2, 4)):
            lines.append(f"{r.choice(SERVICES)}-{r.choice(['env', 'tls', 'db'])}"
                         f"{' ' * 14}{r.choice(['Opaque', 'kubernetes.io/tls'])}{' ' * 20}{r.randint(1, 6)}      "
                         f"{r.randint(2, 90)}d")
        return "$ kubectl get secrets -n " + r.choice(ENVS) + "\n" + "\n".join(lines)
    if style == 1:
        env = ["NODE_ENV=production", f"PORT={r.choice([3000, 8080])}", "LOG_LEVEL=info",
               f"DATABASE_HOST={r.choice(HOSTS)}", "STRIPE_SECRET_KEY_FILE=/run/secrets/stripe",
               "OPENAI_API_KEY=", f"GIT_SHA={sha(r)}"]
        r.shuffle(env)
        return "$ printenv | sort\n" + "\n".join(env[: r.randint(3, 7)])
    if style == 2:
        return ("$ kubectl describe secret " + r.choice(SERVICES) + "-env\nType:  Opaque\n\nData\n====\n"
                + "\n".join(f"{k}:  {r.randint(16, 120)} bytes" for k in r.sample(
                    ["DATABASE_URL", "API_KEY", "password", "JWT_SECRET", "SENTRY_DSN"], 3)))
    if style == 3:
        obj = {"Config": {"Env": ["PATH=/usr/local/bin:/usr/bin", f"APP_ENV={r.choice(ENVS)}",
                                  "PYTHONDONTWRITEBYTECODE=1"], "Image": f"ghcr.io/{org_repo(r)}:sha-{sha(r)[:7]}"},
               "State": {"Status": "running", "ExitCode": 0}}
        return "docker inspect summary: " + json.dumps(obj)
    if style == 4:
        obj = {"type": "aws_s3_bucket", "name": "artifacts", "instances": [{"attributes": {
            "bucket": f"{r.choice(REPOS)}-artifacts", "arn": f"arn:aws:s3:::{r.choice(REPOS)}-artifacts",
            "region": r.choice(REGIONS), "versioning": [{"enabled": True}]}}]}
        return "terraform state snippet: " + json.dumps(obj)
    if style == 6:
        text = (f"$ kubectl get configmap {r.choice(SERVICES)}-config -o yaml\napiVersion: v1\ndata:\n"
                f"  LOG_LEVEL: info\n  FEATURE_FLAGS: new_checkout,async_export\n  BUILD_SHA: {sha(r)}\n"
                f"  SENTRY_RELEASE: {r.choice(REPOS)}@{sha(r)[:12]}\nkind: ConfigMap")
        return text
    if style == 5:
        return (f"$ terraform output\ndb_endpoint = \"{r.choice(HOSTS)}\"\ndb_password = <sensitive>\n"
                f"api_url = \"https://{r.choice(SERVICES)}.{r.choice(ORGS)}.dev\"")
    return "$ gh secret list\n" + "\n".join(
        f"{k}\tUpdated 2026-1{r.randint(0, 1)}-{r.randint(10, 28)}" for k in r.sample(
            ["NPM_TOKEN", "AWS_ROLE_ARN", "SLACK_WEBHOOK_URL", "PYPI_API_TOKEN", "DOCKERHUB_TOKEN",
             "SENTRY_AUTH_TOKEN"],
            r.randint(2, 4)))


def diff_benign(r: R) -> str:
    f = r.choice(["config/settings.py", "src/config.ts", ".env.example", "deploy/values.yaml", "docker-compose.yml"])
    add = {
        "config/settings.py": "+STRIPE_SECRET_KEY = os.environ[\"STRIPE_SECRET_KEY\"]",
        "src/config.ts": "+export const apiKey = process.env.OPENAI_API_KEY ?? '';",
        ".env.example": "+DATABASE_PASSWORD=changeme",
        "deploy/values.yaml": "+      secretKeyRef: { name: api-env, key: JWT_SECRET }",
        "docker-compose.yml": "+      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password",
    }[f]
    rem = r.choice(["-    timeout = 5", "-LOG_LEVEL=debug", "-  replicas: 1", "-# TODO: read from env"])
    text = (f"diff --git a/{f} b/{f}\nindex {hexs(r, 7)}..{hexs(r, 7)} 100644\n--- a/{f}\n+++ b/{f}\n"
            f"@@ -{r.randint(1, 60)},{r.randint(3, 7)} +{r.randint(1, 60)},{r.randint(3, 7)} @@\n{rem}\n{add}")
    style = r.randrange(3)
    if style == 0:
        return text
    if style == 1:
        return flatten(text, r)
    return (f"commit {sha(r)[:10]}: {r.choice(['read', 'load', 'take'])} secrets from env instead of settings "
            f"({f}, +{r.randint(1, 40)} -{r.randint(1, 40)})")


def references(r: R) -> str:
    t = [
        "STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}",
        f"op://{r.choice(['Engineering', 'Platform'])}/{r.choice(SERVICES)}-{r.choice(ENVS)}/password",
        f"vault kv get -field=password secret/{r.choice(SERVICES)}/{r.choice(ENVS)}",
        f"aws secretsmanager get-secret-value --secret-id {r.choice(ENVS)}/{r.choice(SERVICES)}/db --query "
        f"SecretString",
        f"OPENAI_API_KEY=sk-...{chars(r, ALNUM, 4)} (masked, last 4 only)",
        "token: ghp_************************************ (redacted by the CLI)",
        "password: \"{{ .Values.db.password }}\"", "DB_PASSWORD=<set-me>", "api_key: YOUR_API_KEY_HERE",
        "export GITHUB_TOKEN=$(gh auth token)", "echo \"$CR_PAT\" | docker login ghcr.io -u USERNAME --password-stdin",
        f"sops -d secrets/{r.choice(ENVS)}.enc.yaml > /dev/null && echo decrypt-ok",
        "Authorization: Bearer $TOKEN", "PGPASSWORD=\"$(cat /run/secrets/pg)\" psql -h db -U app",
        "AWS_SECRET_ACCESS_KEY=*** (from the OIDC role, not stored)",
        f"key stored in GCP Secret Manager: projects/{r.choice(REPOS)}/secrets/{r.choice(SERVICES)}-key/"
        "versions/latest",
        f"valueFrom.secretKeyRef.name={r.choice(SERVICES)}-env, key=API_TOKEN",
        "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx (placeholder in README)",
        "password: ${DB_PASSWORD:?must be set} in docker-compose.yml",
        f"doppler run --project {r.choice(REPOS)} --config {r.choice(ENVS)} -- npm start",
    ]
    return r.choice(t)


def model_talk(r: R) -> str:
    m = r.choice(MODELS)
    t = [
        f"Switched the review bot from {m} to {r.choice(MODELS)}; cost per PR down ~{r.randint(20, 70)}%.",
        f"prompt cache hit rate {r.randint(40, 98)}% over the last {r.randint(50, 900)} calls",
        f"The system prompt lives in prompts/{r.choice(['review', 'triage', 'commit'])}.md (not copied into the "
        f"store).",
        f"eval run {ulid(r)}: {m} scored {r.randint(40, 95)}.{r.randint(0, 9)} on the internal suite "
        f"({r.randint(100, 900)} cases)",
        f"usage: prompt_tokens={r.randint(100, 90000)} completion_tokens={r.randint(10, 8000)} model={m}",
        "Chat feature: added streaming to the support widget; no transcripts are logged server-side.",
        f"Reduced the prompt by moving examples into few-shot files; input tokens -{r.randint(10, 60)}%.",
        "temperature 0 for the classifier, 0.7 for the summarizer; both behind the same gateway",
        f"Model {m} deprecated on 2026-0{r.randint(1, 9)}-01; migration ticket #{pr(r)}",
        f"The summarizer truncates input at {r.choice([4000, 8000, 16000])} tokens; long diffs get chunked.",
        f"LLM latency p95 {r.randint(800, 9000)} ms after enabling the batch API",
        f"Context window nearly full, compacted at {r.randint(150, 190)}k tokens; next session should read this "
        f"note first.",
        f"agent run {uuid4(r)}: {r.randint(3, 60)} tool calls, {r.randint(1, 40)} edits, exit ok",
    ]
    return r.choice(t)


def _tool_line(r: R) -> str:
    k = r.randrange(9)
    if k == 0:
        return f"Bash(pytest -q {r.choice(TESTS)}) -> exit 0, {r.randint(10, 400)} passed"
    if k == 1:
        return f"Read({r.choice(FILES)}) {r.randint(20, 900)} lines"
    if k == 2:
        return f"Edit({r.choice(FILES)}): +{r.randint(1, 50)} -{r.randint(0, 50)}"
    if k == 3:
        return f"Grep(\"{r.choice(FUNCS)}\") -> {r.randint(1, 14)} matches in {r.randint(1, 6)} files"
    if k == 4:
        return f"tool=shell cmd=\"git status --short\" exit=0 duration_ms={r.randint(5, 900)}"
    if k == 5:
        return (f"WebFetch(https://docs.python.org/3/library/{r.choice(['asyncio', 'fcntl', 'json', 'sqlite3'])}.html)"
                f" 200, {r.randint(20, 400)} KB")
    if k == 6:
        return f"Glob(\"**/*_test.go\") -> {r.randint(3, 80)} files"
    if k == 7:
        return f"mcp: github.get_pull_request(owner={r.choice(ORGS)}, repo={r.choice(REPOS)}, number={pr(r)}) ok"
    return f"step {r.randint(1, 40)}/{r.randint(41, 80)}: run `make lint` (exit 0, {r.randint(1, 90)}s)"


def tool_record(r: R) -> str:
    if _ml(r, 0.2):
        return "\n".join(_tool_line(r) for _ in range(r.randint(2, 4)))
    return _tool_line(r)


def _b64_lines(r: R, n: int) -> list[str]:
    return [b64of(bytes(r.randrange(256) for _ in range(48))) for _ in range(n)]


def public_material(r: R) -> str:
    """Public keys, certificates and fingerprints: high-entropy, shaped like key material, and not secret."""
    host = r.choice(HOSTS)
    who = f"{r.choice(USERS)}@{r.choice(['laptop', 'ci-runner', 'bastion', 'build-01'])}"
    ed = "AAAAC3NzaC1lZDI1NTE5AAAAI" + chars(r, ALNUM + "+/", 43)
    k = r.randrange(7)
    if k == 0:
        return f"added deploy key (public half) to the repo: ssh-ed25519 {ed} {who}"
    if k == 1:
        return f"known_hosts entry for {host}: {host} ssh-ed25519 {ed}"
    if k == 2:
        body = "\n".join(_b64_lines(r, r.randint(3, 6)))
        return f"$ cat ca.pem\n-----BEGIN CERTIFICATE-----\n{body}\n-----END CERTIFICATE-----"
    if k == 3:
        body = "\n".join(_b64_lines(r, 2))
        return (f"JWKS public key for token verification (kid {hexs(r, 8)}):\n-----BEGIN PUBLIC KEY-----\n"
                f"{body}\n-----END PUBLIC KEY-----")
    if k == 4:
        fp = ":".join(hexs(r, 2).upper() for _ in range(32))
        return (f"TLS cert for {r.choice(SERVICES)}.{r.choice(ORGS)}.com renewed, SHA-256 fingerprint {fp}, "
                f"expires 2027-03-0{r.randint(1, 9)}")
    if k == 5:
        return f"GPG key {hexs(r, 40).upper()} (signing key for release tags, public part in KEYS)"
    return (f"age recipient (public) for sops: age1{chars(r, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}; the "
            f"identity file stays on the ops laptop")


CATEGORIES: list[tuple[str, int, Callable[[random.Random], str]]] = [
    ("handoff_status_note", 70, status_note),
    ("branch_pr_issue_ref", 60, refs),
    ("validation_result", 75, validation),
    ("rate_limit_notice", 50, rate_limit),
    ("config_fact_benign", 60, config_benign),
    ("hash_digest", 55, hashes),
    ("uuid_ulid_id", 55, ids),
    ("cache_key", 45, cache_keys),
    ("base64_nonsecret", 40, base64_nonsecret),
    ("url_no_credentials", 45, urls),
    ("error_message_nosecret", 60, errors_benign),
    ("next_action_imperative", 70, next_actions),
    ("command_output_benign", 55, command_output),
    ("commit_diff_benign", 45, diff_benign),
    ("secret_reference_placeholder", 50, references),
    ("prompt_model_ops_talk", 55, model_talk),
    ("tool_run_record", 45, tool_record),
    ("public_key_cert", 30, public_material),
]
_ = (CROCK, UP)
