"""Shared frames for blind19: the envelopes that hooks, MCP clients, CI runners and tracers wrap
around their content, plus the ordinary filler (log lines, env vars, code) that surrounds it.

Every category in `_b19cats.py` builds its text from these, so a secret line, a prompt line and a
benign line of the same family share one shape and differ only in what rides inside.
"""
from _b19rand import HEX, LOWER, dump, epoch_ms, s, sha, ts, uuid

REPOS = ["acme/orders-api", "platform/infra", "kestrel/cli", "data/etl-jobs", "web/storefront", "ml/feature-store",
         "tools/handoff-demo", "billing/ledger", "mobile/app-backend", "ops/runbooks"]
BRANCHES = ["main", "fix/lock-timeout", "feat/split-parser", "chore/deps-nov", "release/2.4", "hotfix/checkout-500",
            "renovate/urllib3-2.x", "wip/otel-traces"]
MODELS = ["claude-sonnet-4-5", "claude-opus-4-1", "gpt-5-codex", "gpt-4.1-mini", "gemini-2.5-pro", "llama-3.3-70b",
          "qwen2.5-coder-32b", "o4-mini"]
TEST_CMDS = ["pytest -q tests/unit", "npm test -- --runInBand", "go test ./...", "cargo test --workspace",
             "make check", "uv run pytest -x -k lock", "pnpm vitest run", "tox -e py312", "bundle exec rspec",
             "./gradlew test --info", "mvn -q verify", "python -m unittest discover -s tests"]
PATHS = ["src/orders/api.py", "internal/lock/flock.go", "app/models/user.rb", "packages/web/src/cart.ts",
         "services/billing/ledger.py", "cmd/cli/main.go", "lib/retry.js", "crates/store/src/wal.rs", "handoff/store.py"]


def sid(r):
    return uuid(r) if r.random() < 0.7 else s(r, 26, LOWER)


def cwd(r):
    return r.choice(["/home/dev/src/", "/Users/mira/code/", "/workspace/", "/srv/ci/builds/", "C:\\Users\\ana\\repos\\"]) + r.choice(REPOS).split("/")[1]


def hook(r, event, extra, agent=None):
    if r.random() < 0.3:  # the minimal form a small hook script forwards
        return {"hook_event_name": event, **extra}
    agent = agent or r.choice(["claude", "claude", "codex", "opencode"])
    base = {"session_id": sid(r)}
    if agent == "claude":
        base["transcript_path"] = f"/home/dev/.claude/projects/-home-dev-src-{r.choice(REPOS).split('/')[1]}/{uuid(r)}.jsonl"
    base["cwd"] = cwd(r)
    if r.random() < 0.5:
        base["permission_mode"] = r.choice(["default", "acceptEdits", "plan", "bypassPermissions"])
    base["hook_event_name"] = event
    base.update(extra)
    return base


def rpc_call(r, tool, args):
    if r.random() < 0.3:
        return {"name": tool, "arguments": args}
    return {"jsonrpc": "2.0", "id": r.randint(1, 400), "method": "tools/call", "params": {"name": tool, "arguments": args}}


def rpc_result(r, text, is_error=False):
    return {"jsonrpc": "2.0", "id": r.randint(1, 400), "result": {"content": [{"type": "text", "text": text}], "isError": is_error}}


def gha_prefix(r):
    return f"2026-11-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 9999999):07d}Z "


CI_FILLER = [
    "##[group]Run actions/checkout@v4", "Syncing repository: {repo}", "Getting Git version info",
    "Temporarily overriding HOME='/home/runner/work/_temp/{h8}' before making global git config changes",
    "[command]/usr/bin/git log -1 --format=%H", "{sha}", "##[endgroup]", "##[group]Run actions/setup-python@v5",
    "Successfully set up CPython (3.12.7)", "Received 61234567 of 61234567 (100.0%), 58.3 MBs/sec",
    "Cache restored from key: pip-Linux-{h8}", "Requirement already satisfied: pip in /opt/hostedtoolcache/Python/3.12.7/x64/lib/python3.12/site-packages (24.2)",
    "Collecting pytest==8.3.3", "Installing collected packages: iniconfig, pluggy, pytest",
    "Successfully installed iniconfig-2.0.0 pluggy-1.5.0 pytest-8.3.3", "##[group]Run make test",
    "============================= test session starts ==============================",
    "collected 418 items", "tests/unit/test_store.py ........................................ [ 42%]",
    "tests/unit/test_lock.py ....s..................... [ 71%]", "=================== 415 passed, 3 skipped in 51.27s ===================",
    "Post job cleanup.", "Cleaning up orphan processes", "shell: /usr/bin/bash -e {{0}}", "env:",
    "  pythonLocation: /opt/hostedtoolcache/Python/3.12.7/x64", "  PKG_CONFIG_PATH: /opt/hostedtoolcache/Python/3.12.7/x64/lib/pkgconfig",
]


def ci_lines(r, n, gha=True):
    out = []
    for _ in range(n):
        line = r.choice(CI_FILLER).format(repo=r.choice(REPOS), h8=s(r, 8, HEX), sha=sha(r))
        out.append((gha_prefix(r) if gha else "") + line)
    return out


BENIGN_ENV = [
    ("HOME", "/home/runner"), ("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"), ("SHELL", "/bin/bash"),
    ("LANG", "C.UTF-8"), ("CI", "true"), ("GITHUB_ACTIONS", "true"), ("GITHUB_REF", "refs/heads/{branch}"),
    ("GITHUB_SHA", "{sha}"), ("GITHUB_REPOSITORY", "{repo}"), ("RUNNER_OS", "Linux"), ("RUNNER_ARCH", "X64"),
    ("NODE_ENV", "test"), ("PYTHONUNBUFFERED", "1"), ("TZ", "UTC"), ("HOSTNAME", "runner-{h8}"), ("PWD", "/builds/{repo}"),
    ("CI_PIPELINE_ID", "{num}"), ("CI_JOB_NAME", "test:unit"), ("CI_COMMIT_SHORT_SHA", "{h8}"), ("BUILDKITE_BUILD_NUMBER", "{num}"),
    ("AWS_REGION", "eu-west-1"), ("AWS_ACCESS_KEY_ID_REF", "vault:ci/aws#access_key"), ("LOG_LEVEL", "debug"),
    ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel-collector:4317"), ("DATABASE_HOST", "pg.staging.svc.cluster.local"),
    ("DB_PASSWORD_FILE", "/run/secrets/db_password"), ("GITHUB_TOKEN", "***"), ("NPM_CONFIG_CACHE", "/home/runner/.npm"),
    ("JAVA_HOME", "/usr/lib/jvm/temurin-21-jdk-amd64"), ("GOFLAGS", "-mod=readonly"), ("TERM", "xterm-256color"),
    ("SENTRY_ENVIRONMENT", "staging"), ("FEATURE_FLAGS", "new_checkout,otel_traces"), ("MAX_WORKERS", "4"),
]


def env_lines(r, n):
    picks = r.sample(BENIGN_ENV, min(n, len(BENIGN_ENV)))
    return [f"{k}={v.format(branch=r.choice(BRANCHES), sha=sha(r), repo=r.choice(REPOS), h8=s(r, 8, HEX), num=r.randint(1000, 99999))}" for k, v in picks]


CODE_SNIPPETS = [
    "def retry(fn, attempts=5, base=0.2):\n    for i in range(attempts):\n        try:\n            return fn()\n        except TransientError:\n            time.sleep(base * 2 ** i)\n    raise RetryExhausted(attempts)\n",
    "func (l *Lock) Acquire(ctx context.Context) error {\n\tfor {\n\t\tif err := syscall.Flock(l.fd, syscall.LOCK_EX|syscall.LOCK_NB); err == nil {\n\t\t\treturn nil\n\t\t}\n\t\tselect {\n\t\tcase <-ctx.Done():\n\t\t\treturn ctx.Err()\n\t\tcase <-time.After(50 * time.Millisecond):\n\t\t}\n\t}\n}\n",
    "export function cartTotal(items: Item[]): number {\n  return items.reduce((sum, it) => sum + it.price * it.qty, 0);\n}\n",
    "[tool.pytest.ini_options]\naddopts = \"-q --strict-markers\"\ntestpaths = [\"tests\"]\nmarkers = [\"slow: long-running tests\"]\n",
    "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_DB: app\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    secrets:\n      - db_password\n",
    "class LedgerEntry(BaseModel):\n    account_id: UUID\n    amount_cents: int\n    currency: str = \"EUR\"\n    created_at: datetime\n",
    "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./deploy.sh\n        env:\n          API_TOKEN: ${{ secrets.API_TOKEN }}\n",
    "# Settings read from the environment; secrets come from the vault agent.\nDATABASE_URL = os.environ[\"DATABASE_URL\"]\nREDIS_URL = os.getenv(\"REDIS_URL\", \"redis://localhost:6379/0\")\nDEBUG = False\n",
]


def code(r):
    return r.choice(CODE_SNIPPETS)


def pytest_out(r, failed=False):
    n = r.randint(40, 600)
    lines = ["============================= test session starts ==============================",
             f"platform linux -- Python 3.12.{r.randint(1, 8)}, pytest-8.3.{r.randint(1, 4)}, pluggy-1.5.0",
             f"rootdir: /workspace/{r.choice(REPOS).split('/')[1]}", f"collected {n} items", ""]
    lines.append(f"tests/test_{r.choice(['store', 'lock', 'api', 'cli', 'wal'])}.py " + "." * r.randint(10, 50) + (" F" if failed else "") + " [100%]")
    if failed:
        lines += ["", "=================================== FAILURES ===================================",
                  f"___________________________ test_{r.choice(['timeout', 'retry', 'empty_input'])} ___________________________",
                  "    def test_timeout(tmp_path):", "        lock = Lock(tmp_path / 'x')", ">       assert lock.acquire(timeout=0.1)",
                  "E       AssertionError: assert False", f"tests/test_lock.py:{r.randint(10, 300)}: AssertionError"]
    lines.append(f"======================= {n - int(failed)} passed{', 1 failed' if failed else ''} in {r.uniform(1, 90):.2f}s =======================")
    return "\n".join(lines)


def span(r, name, attrs, status="OK"):
    if r.random() < 0.3:  # an exporter's flattened attribute map
        return {"name": name, **dict(attrs)}
    start = r.randint(1767000000000000000, 1795000000000000000)
    return {"traceId": sha(r, 32), "spanId": sha(r, 16), "parentSpanId": sha(r, 16) if r.random() < 0.6 else "",
            "name": name, "kind": r.choice(["SPAN_KIND_CLIENT", "SPAN_KIND_INTERNAL", "SPAN_KIND_SERVER"]),
            "startTimeUnixNano": str(start), "endTimeUnixNano": str(start + r.randint(10**6, 9 * 10**9)),
            "attributes": [{"key": k, "value": {"stringValue": v} if isinstance(v, str) else {"intValue": str(v)}} for k, v in attrs],
            "status": {"code": "STATUS_CODE_" + status}}


def har_entry(r, method, url, headers, post=None, resp_body=None, status=200):
    req = {"method": method, "url": url, "httpVersion": "HTTP/2", "headers": [{"name": k, "value": v} for k, v in headers],
           "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(post or "")}
    if post is not None:
        req["postData"] = {"mimeType": "application/json", "text": post}
    resp = {"status": status, "statusText": "OK" if status == 200 else "Error", "httpVersion": "HTTP/2",
            "headers": [{"name": "content-type", "value": "application/json"}, {"name": "x-request-id", "value": uuid(r)}],
            "content": {"size": len(resp_body or ""), "mimeType": "application/json", "text": resp_body or "{}"}}
    return {"startedDateTime": ts(r), "time": round(r.uniform(20, 2400), 3), "request": req, "response": resp,
            "cache": {}, "timings": {"send": 0.2, "wait": round(r.uniform(10, 2000), 2), "receive": 1.1}}


def jsonl(r, rows):
    return "\n".join(dump(r, row, pretty=False) for row in rows)


def cc_line(r, kind, content, session=None, parent=None):
    """One Claude Code transcript line."""
    u = uuid(r)
    row = {"parentUuid": parent, "isSidechain": False, "userType": "external", "cwd": "/home/dev/src/app",
           "sessionId": session or uuid(r), "version": f"2.0.{r.randint(1, 40)}", "type": kind, "uuid": u, "timestamp": ts(r)}
    if kind == "user":
        row["message"] = {"role": "user", "content": content}
    else:
        row["message"] = {"id": "msg_" + s(r, 24), "type": "message", "role": "assistant", "model": r.choice(MODELS[:2]),
                          "content": content, "usage": {"input_tokens": r.randint(3, 9000), "output_tokens": r.randint(1, 2000)}}
    return row


def ms(r):
    return epoch_ms(r)
