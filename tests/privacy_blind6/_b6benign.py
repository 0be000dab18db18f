"""Benign categories of blind6: engineering text an agent should be able to store."""

from __future__ import annotations

import random

from _b6rand import (
    ALNUM,
    B64URL,
    BRANCHES,
    DBS,
    ERRORS,
    FILES,
    HEX,
    HOSTS,
    MODELS,
    PEOPLE,
    REPOS,
    SERVICES,
    b64of,
    chars,
    pick,
    semver,
    sha,
    ulid,
    uuid4,
)

R = random.Random


def _f(rng: R) -> str:
    return pick(rng, FILES)


def commit_message(rng: R) -> str:
    f, svc, e = _f(rng), pick(rng, SERVICES), pick(rng, ERRORS)
    forms = [
        f"fix(sync): retry on 503 from {svc} instead of dropping the batch",
        f"Fix {e} when the save slot is empty",
        "feat(android): offline queue for orders, flushed by WorkManager",
        f"chore: bump gradle wrapper to 8.{rng.randint(5, 12)}",
        f"refactor {f}: extract backoff into its own module",
        f"Revert \"perf: cache shader variants on first load\"\n\nThis reverts commit {sha(rng)}.",
        "test: cover the empty-input case in the parser",
        "docs: explain how to rotate the Stripe webhook secret",
        f"ci: cache ~/.gradle between jobs ({rng.randint(20, 60)}% faster)",
        f"Merge pull request #{rng.randint(100, 2000)} from {pick(rng, REPOS).split('/')[0]}/{pick(rng, BRANCHES)}",
        f"netcode: clamp rollback window to {rng.randint(4, 12)} frames",
        "exp: add lr warmup sweep config (3e-4..1e-3)",
        f"security: stop logging the Authorization header in {svc}",
        "prompts: move the summarizer template to prompts/summarize.md",
        f"build(ios): raise deployment target to iOS {rng.randint(15, 18)}",
        "fix: token refresh race in lib/auth/session.ts",
        f"Atualiza o timeout do {svc} para {rng.randint(5, 60)}s",
        f"Behebt Speicherleck im {svc} bei langen Verbindungen",
    ]
    s = pick(rng, forms)
    if rng.random() < 0.3:
        s = f"{sha(rng, 7)} {s}"
    return s


def ci_log_line(rng: R) -> str:
    n = rng.randint(1, 999)
    svc = pick(rng, SERVICES)
    forms = [
        "##[group]Run actions/checkout@v4",
        f"Run ./gradlew assembleRelease --no-daemon\nBUILD SUCCESSFUL in {rng.randint(1, 12)}m {rng.randint(0, 59)}s",
        f"=== {n} passed, {rng.randint(0, 5)} skipped, {rng.randint(0, 3)} warnings in {rng.uniform(1, 90):.2f}s ===",
        f"Step {rng.randint(1, 20)}/{rng.randint(20, 30)} : RUN pip install -r requirements.txt",
        f"[{rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}] Uploading artifact app-release.aab "
        f"({rng.randint(20, 90)}.{rng.randint(0, 9)} MB)",
        "Warning: Node.js 16 actions are deprecated. Please update the following actions: actions/cache@v2",
        f"Error: Process completed with exit code {rng.randint(1, 2)}.",
        f"Restored cache from key: gradle-Linux-{sha(rng, 64)}",
        f"Cache key: node-modules-ubuntu-22.04-sha256-{sha(rng, 64)}",
        f"Digest: sha256:{sha(rng, 64)}\nStatus: Downloaded newer image for {svc}:latest",
        "The job was not started because recent account payments have failed or your spending limit needs to "
        "be increased.",
        "Secret GITHUB_TOKEN is masked in logs: ***",
        f"[ci-bot] pipeline #{rng.randint(10000, 99999)} for {pick(rng, BRANCHES)}: passed ({rng.randint(3, 40)} min)",
        "npm WARN deprecated inflight@1.0.6: This module is not supported, and leaks memory.",
        "xcodebuild: error: Signing for \"Tucano\" requires a development team.",
        f"Unity.Licensing.Client: license activated (seat {rng.randint(1, 20)} of 20)",
        f"Killed (exit 137) — container exceeded memory limit {rng.randint(2, 16)}Gi",
        "> Task :app:compileReleaseKotlin UP-TO-DATE\n> Task :app:lintVitalRelease\n"
        f"BUILD SUCCESSFUL in {rng.randint(30, 300)}s",
        f"Run gradle/actions/setup-gradle@v{rng.randint(3, 4)}\nGradle User Home cache restored",
        f"ERROR: Job failed: exit code {rng.randint(1, 255)}",
        f"Successfully tagged {svc}:{semver(rng)}",
        f"fastlane: Successfully uploaded build {rng.randint(100, 999)} to TestFlight",
        f"warning: {rng.randint(2, 40)} deprecation warnings in Assets/Scripts, see the Unity console",
        f"coverage: {rng.uniform(50, 95):.1f}% of statements",
        f"Waiting for a runner to pick up this job... ({rng.randint(1, 30)} min)",
    ]
    return pick(rng, forms)


def secret_hygiene_docs(rng: R) -> str:
    svc = pick(rng, SERVICES)
    forms = [
        "Rotate the API key weekly; the rotation job lives in scripts/rotate_keys.sh.",
        "Never paste tokens into handoff notes; put them in the vault and reference the path.",
        f"The {svc} password is stored in AWS Secrets Manager under prod/{svc}/db, not in the repo.",
        "GitHub PATs expire after 90 days; renew before the release freeze.",
        "Use a fine-grained token with read-only access to contents for the mirror job.",
        "If a credential leaks, revoke it first, then purge it from history with git filter-repo.",
        "We moved from long-lived AWS keys to OIDC federation for CI.",
        "The keystore password comes from the CI secret ANDROID_KEYSTORE_PASSWORD at build time.",
        "Passwords must be at least 16 characters; the policy is enforced by Keycloak.",
        "Set OPENAI_API_KEY in your shell profile, not in .env.example.",
        "Tokens are hashed with SHA-256 before we store them, so the DB never holds the raw value.",
        "Bearer tokens are validated by auth-proxy; downstream services only see the user id.",
        "Add the new webhook signing secret to 1Password, then update the deployment.",
        "Mask any value named *_TOKEN or *_PASSWORD in the log formatter.",
        "A rotated secret needs a rolling restart of the pods to be picked up.",
        "Rotacione a chave da API toda semana; o job de rotação roda às segundas.",
        "Das Passwort gehört in den Vault, nicht in die values.yaml.",
        "Las credenciales se leen de variables de entorno; nunca las subas al repositorio.",
        "Review: please don't log `request.headers` — it contains the Authorization header.",
        "password reset emails now expire after 30 minutes",
        "How-to: generate a deploy key with ssh-keygen -t ed25519 -C deploy@ci and add the .pub to the repo.",
        "Remember that the staging and prod API keys differ; the SDK picks one by BUILD_TYPE.",
    ]
    s = pick(rng, forms)
    if rng.random() < 0.3:
        s = pick(rng, ["docs: ", "runbook note: ", "Security checklist — ", "TIL: ", "reminder: "]) + s
    return s


def prompt_engineering_talk(rng: R) -> str:
    m = pick(rng, MODELS)
    n = rng.randint(2, 95)
    forms = [
        "the prompt template lives in src/prompts.py",
        f"cut the system prompt from {n * 40} to {n * 10} tokens; eval score unchanged",
        f"eval: {m} scores {n}% on our 200-case regression set",
        "we no longer log user messages to Sentry, only the request id",
        "the chat UI now streams tokens over SSE",
        "moved the few-shot examples into prompts/examples.yaml so non-devs can edit them",
        f"{m} returns malformed JSON about {n}% of the time; the parser retries once",
        "prompt caching cut the cost of the nightly summarizer by half",
        "the classifier's prompt is versioned; bump PROMPT_VERSION when you change it",
        f"temperature 0.{rng.randint(0, 9)} for the code-review bot, top_p 1",
        "the RAG pipeline retrieves 8 chunks of 512 tokens and reranks them",
        "add a test that the prompt builder escapes user input",
        "context window overflow: truncate the oldest turns first",
        "the summarizer prompt asks for bullet points; switch it to prose for the weekly report",
        "tool-calling works with the OpenAI format; the Anthropic adapter is in llm/adapters/anthropic.py",
        "We should A/B test the two prompt variants on the support queue.",
        "prompt injection via PDF uploads: strip hidden text before chunking",
        f"max_tokens raised to {n * 64} for the release-notes generator",
        "the chatbot transcript table is purged after 30 days (GDPR)",
        "O template do prompt fica em prompts/resumo.md; não edite direto em produção.",
        "Der Systemprompt wird aus config/system.md geladen und ist versioniert.",
        "提示词模板在 prompts/ 目录下，修改后需要跑一次评测。",
        "プロンプトのテンプレートは prompts/ にあります。変更したら評価を回してください。",
        f"lab notebook: fine-tuned on {n}k instruction pairs, 3 epochs, lr 2e-5; loss plateaus after epoch 2",
        "tokenizer: the new vocab splits Portuguese accents less often",
        f"latency p50 {n * 10} ms for first token on {m}",
        "the /chat endpoint accepts a messages array; the schema is in docs/api.md",
        "chat transcripts are stored encrypted and never sent to analytics",
        f"switched the judge model to {m}; agreement with humans went from 0.6 to 0.{rng.randint(65, 89)}",
        "the system prompt is assembled from three files: persona.md, rules.md and tools.md",
        "jailbreak attempts are logged by category only, not with the user's text",
        "review comment: the prompt string is duplicated in two services, move it to the shared package",
        f"we pin {m} by snapshot date so the evals stay comparable",
        "the few-shot examples were leaking test answers; regenerated them from the train split",
        "structured outputs: the response schema lives in schemas/answer.json",
        "Das Modell halluziniert bei langen Kontexten; wir kürzen jetzt auf 16k Tokens.",
        "La plantilla del prompt ya no incluye ejemplos; bajó el costo un 30%.",
        "Шаблон промпта теперь хранится в prompts/, а не в коде.",
    ]
    return pick(rng, forms)


def hash_and_id(rng: R) -> str:
    k = rng.randrange(12)
    forms = [
        f"commit {sha(rng)}",
        f"sha256:{sha(rng, 64)}",
        f"request id {uuid4(rng)}",
        f"event {ulid(rng)}",
        f"{pick(rng, ['docker.io/library/postgres', 'ghcr.io/playforge/arena-server'])}@sha256:{sha(rng, 64)}",
        f"trace_id={sha(rng, 32)} span_id={sha(rng, 16)}",
        f"order:{ulid(rng)}",
        f"integrity sha512-{chars(rng, ALNUM + '+/', 86)}==",
        f"h1:{chars(rng, ALNUM + '+/', 43)}=",
        f"cache key: python-3.11-linux-x64-sha256-{sha(rng, 64)}",
        f"build id {rng.randint(10000, 99999)}-{sha(rng, 8)}",
        f"/nix/store/{chars(rng, '0123456789abcdfghijklmnpqrsvwxyz', 32)}-openssl-3.0.{rng.randint(1, 15)}",
    ]
    s = forms[k]
    if rng.random() < 0.3:
        s = pick(rng, ["bisect points at ", "see ", "ref: ", "pinned to ", "ok: "]) + s
    return s


def base64_nonsecret(rng: R) -> str:
    txt = pick(rng, ["hello world", "level-03 checkpoint", "{\"theme\":\"dark\",\"lang\":\"pt-BR\"}",
                     "GET /healthz 200", "version=2.14.0\nchannel=beta", "<svg width='16' height='16'/>",
                     "# sample config\nworkers: 4\n", "player_name,score\nana,1200\n", "Lorem ipsum dolor sit amet"])
    txt += " " * rng.randint(0, 3) + str(rng.randint(0, 9999))
    b = b64of(txt.encode())
    forms = [
        f"fixture payload (base64): {b}",
        f"binaryData:\n  banner.txt: {b}",
        f"echo {b} | base64 -d",
        f"data:text/plain;base64,{b}",
        f"\"thumbnail\": \"{b}\"",
        f"the test vector is {b}",
    ]
    return pick(rng, forms)


def version_and_deps(rng: R) -> str:
    v = semver(rng)
    forms = [
        f"requests=={v}",
        f"\"react-native\": \"^0.{rng.randint(70, 79)}.{rng.randint(0, 9)}\"",
        f"implementation(\"androidx.work:work-runtime-ktx:2.{rng.randint(7, 10)}.{rng.randint(0, 3)}\")",
        f"Unity {rng.randint(2021, 2023)}.{rng.randint(1, 3)}.{rng.randint(1, 50)}f1",
        f"go 1.{rng.randint(20, 24)}\nrequire github.com/jackc/pgx/v5 v5.{rng.randint(4, 7)}.{rng.randint(0, 9)}",
        f"torch {rng.randint(2, 2)}.{rng.randint(1, 6)}.0+cu12{rng.randint(1, 4)}",
        f"released v{v}",
        f"node v{rng.randint(18, 22)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}, "
        f"npm {rng.randint(9, 11)}.{rng.randint(0, 9)}",
        f"Bump terraform-provider-aws from 5.{rng.randint(10, 80)}.0 to 5.{rng.randint(81, 99)}.0",
        f"python 3.{rng.randint(9, 13)}.{rng.randint(0, 12)} / pip {rng.randint(22, 25)}.{rng.randint(0, 3)}",
        f"kotlin = \"2.0.{rng.randint(0, 21)}\"\nagp = \"8.{rng.randint(2, 7)}.{rng.randint(0, 2)}\"",
    ]
    return pick(rng, forms)


def test_names_results(rng: R) -> str:
    forms = [
        "tests/test_sync.py::test_retry_on_503 PASSED",
        "tests/test_auth.py::test_token_refresh_race FAILED",
        "SyncWorkerTest > flushesQueueWhenOnline() PASSED",
        "test_password_is_never_logged ... ok",
        "FAIL: test_prompt_builder_escapes_user_input (tests.test_llm.PromptBuilderTests)",
        "--- FAIL: TestRollbackWindow/clamp_at_12 (0.00s)",
        "✓ renders the login screen (42 ms)",
        "PlayerControllerTests.JumpHeightIsConsistentAcrossFrameRates [Passed]",
        "test_api_key_rotation_keeps_old_key_valid_for_one_hour PASSED",
        "tests/test_chat_history.py::test_transcript_purged_after_30_days XFAIL",
        "XCTAssertEqual failed: (\"401\") is not equal to (\"200\") - testLoginWithExpiredToken",
    ]
    s = pick(rng, forms)
    k = rng.random()
    if k < 0.4:
        s += f" [{rng.randint(1, 100)}%]"
    elif k < 0.6:
        s = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} {s}"
    elif k < 0.75:
        s += f" in {rng.uniform(0.01, 9):.2f}s"
    return s


def error_messages(rng: R) -> str:
    host, svc, f = pick(rng, HOSTS), pick(rng, SERVICES), _f(rng)
    forms = [
        f"psql: error: connection to server at \"{host}\", port 5432 failed: FATAL:  password authentication failed "
        f"for user \"{pick(rng, ['app', 'readonly_bi', 'postgres'])}\"",
        f"401 Unauthorized: invalid API key (key ending in ...{chars(rng, HEX, 4)})",
        "KeyError: 'password'",
        "botocore.exceptions.NoCredentialsError: Unable to locate credentials",
        "remote: Invalid username or token. Password authentication is not supported for Git operations.",
        f"Error: secret \"{svc}-creds\" not found",
        f"java.lang.NullPointerException at app.tucano.SyncWorker.doWork(SyncWorker.kt:{rng.randint(10, 300)})",
        f"panic: runtime error: index out of range [{rng.randint(1, 9)}] with length {rng.randint(0, 1)}",
        "openai.RateLimitError: Error code: 429 - rate limit reached for requests",
        "anthropic.APIStatusError: overloaded_error (529)",
        f"TLS handshake timeout while pulling {svc}:{semver(rng)}",
        f"{f}:{rng.randint(1, 400)}:{rng.randint(1, 80)}: error: use of undeclared identifier 'sessionToken'",
        f"ERROR: relation \"{pick(rng, DBS)}.orders\" does not exist",
        "Segmentation fault (core dumped) in libunity.so",
        "Permission denied (publickey).",
        "npm ERR! code E401\nnpm ERR! Unable to authenticate, need: Basic realm=\"GitHub Package Registry\"",
        f"CUDA out of memory. Tried to allocate {rng.randint(1, 20)}.00 GiB",
        "x509: certificate has expired or is not yet valid",
        f"Erro: tempo limite excedido ao conectar em {host}",
    ]
    return pick(rng, forms)


def code_snippet_clean(rng: R) -> str:
    forms = [
        "api_key = os.environ[\"OPENAI_API_KEY\"]",
        "token = os.getenv(\"GITHUB_TOKEN\")\nif not token:\n    sys.exit(\"GITHUB_TOKEN is not set\")",
        "const password = process.env.DB_PASSWORD;",
        "val apiKey = BuildConfig.MAPS_API_KEY",
        "def build_prompt(question: str, context: list[str]) -> str:\n    return TEMPLATE.format(q=question, "
        "ctx=\"\\n\".join(context))",
        "messages = [{\"role\": \"system\", \"content\": SYSTEM_PROMPT}, {\"role\": \"user\", \"content\": "
        "user_input}]",
        "client = Anthropic()  # reads ANTHROPIC_API_KEY from the environment",
        "if err := db.Ping(ctx); err != nil {\n    return fmt.Errorf(\"ping: %w\", err)\n}",
        "rigidbody.AddForce(Vector3.up * jumpForce, ForceMode.Impulse);",
        "let token = try keychain.get(\"session\")",
        "password_hash = bcrypt.hashpw(password.encode(), bcrypt.gensalt())",
        "@pytest.mark.parametrize(\"lr\", [3e-4, 1e-3])\ndef test_warmup(lr): ...",
        "resp = client.chat.completions.create(model=MODEL, messages=messages, temperature=0)",
        "SELECT id, created_at FROM orders WHERE status = 'pending' ORDER BY created_at LIMIT 50;",
        "for (int i = 0; i < n; ++i) { sum += a[i]; }",
        "headers = {\"Authorization\": f\"Bearer {token}\"}",
        "export const config = { runtime: 'edge' };",
        "secretKeyRef:\n  name: checkout-db\n  key: password",
    ]
    return pick(rng, forms) + ("" if rng.random() < 0.7 else pick(rng, ["  # ok", "  // review", "  (from PR)"]))


def config_fact_clean(rng: R) -> str:
    svc = pick(rng, SERVICES)
    forms = [
        f"handoff config set python 3.{rng.randint(10, 13)} --source .python-version",
        f"handoff config set region {pick(rng, ['sa-east-1', 'eu-central-1', 'us-east-2'])}",
        f"handoff config set db.host {pick(rng, HOSTS)}",
        f"handoff config set db.password_source vault:secret/data/{svc}/db",
        f"handoff config set unity.version 2022.3.{rng.randint(10, 50)}f1",
        f"log_level = \"info\"\nworkers = {rng.randint(2, 16)}",
        f"timeout_seconds: {rng.randint(5, 120)}",
        f"max_tokens: {rng.randint(256, 8192)}\nmodel: {pick(rng, MODELS)}",
        "DB_PASSWORD_FILE=/run/secrets/db_password",
        "password: ${{ secrets.DB_PASSWORD }}",
        "api_key: \"{{ env `STRIPE_KEY` }}\"",
        "spring.datasource.password=${DB_PASSWORD}",
        "feature.offline_sync=true",
        f"minSdk = {rng.randint(24, 28)}\ntargetSdk = {rng.randint(34, 35)}",
        f"batch_size: {2 ** rng.randint(4, 8)}\nlr: 3.0e-4\nwarmup_steps: {rng.randint(1, 20) * 100}",
        f"replicas: {rng.randint(1, 6)}",
        "password = \"<set-me>\"",
        "STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx",
        "GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
        f"token_ttl = {rng.randint(5, 60)}m",
    ]
    return pick(rng, forms)


def secret_reference_placeholder(rng: R) -> str:
    svc = pick(rng, SERVICES)
    forms = [
        "${{ secrets.NPM_TOKEN }}",
        f"op://Engineering/{svc}/password",
        f"vault kv get -field=password secret/{svc}/db",
        f"aws secretsmanager get-secret-value --secret-id prod/{svc}/db --query SecretString",
        "Authorization: Bearer $TOKEN",
        "curl -H \"Authorization: token $GITHUB_TOKEN\" https://api.github.com/user",
        "OPENAI_API_KEY=<your-api-key>",
        "export ANTHROPIC_API_KEY=sk-ant-...",
        "password: ********",
        "postgres://user:password@localhost:5432/dev",
        "AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}",
        f"valueFrom:\n  secretKeyRef:\n    name: {svc}\n    key: api-key",
        "echo \"$DOCKER_PASSWORD\" | docker login -u \"$DOCKER_USER\" --password-stdin",
        "gh secret set NPM_TOKEN < token.txt",
        "kubectl create secret generic db --from-file=password=./db_password.txt",
        "PGPASSFILE=~/.pgpass psql -h db -U app",
        f"az keyvault secret show --vault-name kv-{svc} --name db-password --query value -o tsv",
        "the keystore password is read from ~/.gradle/gradle.properties on the release machine",
        "mysql -u root -p  # prompts for the password",
        "API key: sk_live_****************4f2a (masked)",
        "token=REDACTED",
        f"gcloud secrets versions access latest --secret={svc}-api-key",
        "SECRET_KEY=change-me-in-production",
        "env var names we read: DATABASE_URL, REDIS_URL, SENTRY_DSN, STRIPE_SECRET_KEY",
    ]
    s = pick(rng, forms)
    if rng.random() < 0.35:
        s = pick(rng, ["in CI: ", "ok to commit: ", "template: ", "the workflow uses ", "docs example: "]) + s
    return s


def runbook_step(rng: R) -> str:
    svc, host = pick(rng, SERVICES), pick(rng, HOSTS)
    forms = [
        f"1. Drain the node: kubectl drain {host} --ignore-daemonsets",
        "Check replica lag: SELECT now() - pg_last_xact_replay_timestamp();",
        f"If the pager fires for {svc}, look at the p99 panel first, then the deploy history.",
        f"Promote the standby with `patronictl failover --candidate {host}`",
        f"Step 3: kubectl rollout restart deployment/{svc} -n prod",
        f"Escalate to {pick(rng, PEOPLE)} if the error budget burn rate stays above 2x for 1h.",
        "Rotate the TLS cert: certbot renew --deploy-hook 'systemctl reload nginx'",
        "Flush the CDN: purge /assets/* from the dashboard, then verify with curl -I",
        f"Passo 2: reinicie o {svc} e confirme no Grafana que o erro caiu.",
        "Schritt 4: Terraform-Plan prüfen, bevor apply läuft.",
        "To reset a user's password, use the admin console's 'send reset link'; never set it by hand.",
        f"Scale down: kubectl scale deploy/{svc} --replicas=0 during the migration window",
        "Restore from snapshot: pg_restore -d ledger latest.dump",
    ]
    return pick(rng, forms)


def validation_command(rng: R) -> str:
    forms = [
        f"handoff run -- pytest -q tests/test_{pick(rng, ['sync', 'auth', 'parser', 'lock'])}.py",
        "./gradlew testDebugUnitTest",
        "xcodebuild test -scheme Tucano -destination 'platform=iOS Simulator,name=iPhone 15'",
        f"go test ./... -run TestRollback -count={rng.randint(1, 50)}",
        "npm run lint && npm test -- --ci",
        f"python train.py --config configs/sweep_lr.yaml --seed {rng.randint(0, 9999)} --dry-run",
        "terraform plan -out tfplan -var-file=prod.tfvars",
        "cargo clippy --all-targets -- -D warnings",
        "make -C kernel test",
        f"Unity -batchmode -runTests -testPlatform EditMode -logFile - (exit {rng.randint(0, 1)})",
        f"ruff check . && mypy --strict src  # passed on {sha(rng, 7)}",
        f"k6 run load/checkout.js --vus {rng.randint(10, 200)} --duration 5m",
    ]
    s = pick(rng, forms)
    if rng.random() < 0.3:
        s += f" -> exit {rng.randint(0, 2)} in {rng.randint(3, 900)}s"
    return s


def model_health_ops(rng: R) -> str:
    m = pick(rng, MODELS)
    forms = [
        f"handoff health anthropic {m} rate_limited --reset {rng.randint(1, 59)}m --remaining 0",
        f"{m}: 429s since {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}, fell back to the smaller model",
        f"tokens in/out today: {rng.randint(1, 900)}k / {rng.randint(1, 300)}k",
        f"{m} healthy again, p50 latency {rng.randint(200, 2000)} ms",
        f"upstream openrouter degraded; error rate {rng.randint(1, 40)}%",
        f"x-ratelimit-remaining-requests: {rng.randint(0, 500)}",
        f"model {m} deprecated on {rng.randint(2026, 2027)}-0{rng.randint(1, 9)}-01; migrate the eval harness",
    ]
    return pick(rng, forms)


INTL_NOTES = [
    "Deploy do {svc} concluído às {h}h; o alerta de latência parou. Próximo: revisar o runbook de failover.",
    "Plantão tranquilo. Só um restart do {svc} às {h}h por causa de OOM.",
    "Build Android quebrou por causa do Gradle {v}; voltei a versão anterior.",
    "Der {svc} läuft wieder stabil seit {h} Uhr. Offene Aufgabe: Monitoring für die Queue-Länge.",
    "Terraform-State ist gesperrt, bitte nicht parallel applyen. Ticket liegt bei {p}.",
    "El despliegue de {svc} terminó bien; falta actualizar la documentación.",
    "La build iOS falla en CI por el certificado de firma; lo reviso mañana.",
    "Le déploiement de {svc} a échoué à {h}h, rollback effectué. Analyse en cours.",
    "Il test di integrazione è instabile su CI, lo segno come flaky per ora.",
    "{svc} снова работает, причина — переполнение диска на узле.",
    "Сборка упала на шаге линтера; поправил импорты.",
    "{svc} 在 {h} 点重启后恢复正常，根因是连接池耗尽。",
    "安卓构建因为 Gradle {v} 失败，已经回退。",
    "{svc} のデプロイが {h} 時に完了しました。次は監視ダッシュボードの更新です。",
    "CI のテストが不安定なので、一時的にリトライを入れました。",
    "{svc} 배포 완료. 다음 작업은 로그 보존 기간 조정입니다.",
    "تم نشر {svc} بنجاح، والخطوة التالية مراجعة التنبيهات.",
    "{svc} की डिप्लॉयमेंट पूरी हुई; अगला काम अलर्ट की समीक्षा है।",
    "{svc} dağıtımı tamamlandı; sıradaki iş log saklama süresini ayarlamak.",
    "Wdrożenie {svc} zakończone; następny krok to przegląd alertów.",
    "Đã triển khai {svc} xong; bước tiếp theo là xem lại cảnh báo.",
    "Het deploy van {svc} is gelukt; volgende stap: alerts nalopen.",
    "Beim Kunden läuft die Pipeline jetzt in {h} Minuten statt 40; Caching der Docker-Layer war der Hebel.",
    "Empfehlung an den Kunden: Runner auf ARM umstellen, spart ca. {h} % Kosten.",
    "Alerta do {svc} era falso positivo; ajustei o limiar do p99 no Grafana.",
    "Fila do {svc} acumulou às {h}h; escalei dois workers e normalizou.",
    "La versión {v} de la app entró en revisión en la App Store.",
    "学习率预热去掉以后，验证集损失在第 {h} 个 epoch 开始上升。",
    "ゲームのフレームレートが {h} fps まで落ちる問題、シェーダーのコンパイルが原因でした。",
    "Поднял лимит памяти для {svc} до {h} ГБ, OOM больше нет.",
    "تم تحديث شهادة TLS للخادم، ولا حاجة لإعادة التشغيل.",
    "{svc} का टाइमआउट {h} सेकंड कर दिया है; अब त्रुटियाँ कम हैं।",
    "{svc} 서비스의 메모리 한도를 {h}GB로 올렸습니다.",
]


def notes_intl(rng: R) -> str:
    t = pick(rng, INTL_NOTES)
    s = t.format(svc=pick(rng, SERVICES), h=rng.randint(0, 23), v=f"8.{rng.randint(2, 12)}", p=pick(rng, PEOPLE))
    if rng.random() < 0.3:
        s += f" ({pick(rng, BRANCHES)}, {sha(rng, 7)})"
    return s


def handoff_note_en(rng: R) -> str:
    svc, f, br = pick(rng, SERVICES), _f(rng), pick(rng, BRANCHES)
    who = pick(rng, PEOPLE)
    k = rng.randrange(14)
    if k == 0:
        return (f"on-call handoff ({svc}): pager quiet since 0{rng.randint(1, 9)}:10. Replica lag back under 1s.\n"
                f"Next: watch the disk on the primary, ask {who} about the failover drill.")
    if k == 1:
        return (f"game client: shader cache rebuilt, frame time {rng.randint(8, 16)}ms on the Steam Deck.\n"
                f"- netcode rollback still desyncs at {rng.randint(100, 200)}ms RTT\n- next: profile {f}")
    if k == 2:
        return (f"mobile: PR #{rng.randint(100, 900)} open on {br}, waiting for review.\n"
                f"Play Console rejected build {rng.randint(100, 999)} (foreground service type); fix is in "
                f"AndroidManifest.xml.")
    if k == 3:
        return (f"lab notebook {rng.randint(1, 30)}.11: lr sweep done, best val loss {rng.uniform(1.5, 2.5):.3f} at "
                f"lr {pick(rng, ['3e-4', '5e-4', '1e-3'])}; warmup {rng.randint(1, 10) * 100} steps.\n"
                f"next: ablate the tokenizer change, rerun seed {rng.randint(0, 9)}")
    if k == 4:
        return (f"student notes: OS assignment 2 — scheduler works for FIFO and RR, priority inversion test fails.\n"
                f"TODO: read chapter 6 on semaphores, ask the TA about {f}")
    if k == 5:
        return f"[ci-bot] {br}: {rng.randint(100, 900)} tests passed on {sha(rng, 7)}; coverage {rng.randint(60, 95)}%"
    if k == 8:
        return (f"consultant notes, client {pick(rng, ['Hafenwerk', 'Kartwerk', 'Tucano'])}: their pipeline rebuilds "
                f"every image on each push; proposed layer caching and a {rng.randint(2, 6)}-stage split. Waiting for "
                f"their platform team to approve the runner change.")
    if k == 9:
        return (f"release {semver(rng)} (mobile): staged rollout at {pick(rng, ['1', '5', '10', '20', '50'])}%, "
                f"crash-free sessions {rng.uniform(98.5, 99.9):.2f}%.\nHold at this step until {who} checks the "
                f"ANR rate.")
    if k == 10:
        return (f"game jam day {rng.randint(1, 3)}: core loop playable, {rng.randint(2, 9)} levels, audio missing.\n"
                f"- bug: player clips through moving platforms above {rng.randint(5, 20)} m/s\n- next: title screen")
    if k == 11:
        return (f"eval run {chars(rng, HEX, 6)}: {pick(rng, MODELS)} on the {rng.randint(100, 500)}-case set, "
                f"pass@1 {rng.uniform(20, 80):.1f}%. Same config as last week except the seed. Plots in "
                f"notebooks/eval.ipynb.")
    if k == 12:
        return (f"Session ended mid-task: the migration for {svc} is written but not applied. Run `make migrate-dry` "
                f"first; the down-migration is untested.")
    if k == 13:
        return (f"homework log: implemented the LRU cache for the OS course, {rng.randint(10, 30)}/30 tests pass; "
                f"the eviction order test still fails. Office hours Thursday.")
    if k == 6:
        return (f"Resume here: branch {br}, PR #{rng.randint(10, 500)} in {pick(rng, REPOS)}. Tests green locally, "
                f"CI pending. Open question for {who}: keep the old endpoint until v{semver(rng)}?")
    return ("Explain the timeout change in the PR description and summarize the bench numbers; "
            "then translate the new error strings in locales/pt-BR.json.")


def misc_ops(rng: R) -> str:
    forms = [
        f"https://github.com/{pick(rng, REPOS)}/pull/{rng.randint(10, 999)}",
        f"branch {pick(rng, BRANCHES)} is {rng.randint(1, 40)} commits behind main",
        f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{chars(rng, ALNUM + '+/', 43)} {pick(rng, PEOPLE).lower()}@laptop",
        f"SHA256:{chars(rng, ALNUM + '+/', 43)} (ED25519)",
        "pk_live_ keys are publishable; they go in the app bundle on purpose",
        f"cus_{chars(rng, ALNUM, 14)} refunded",
        f"chatcmpl-{chars(rng, ALNUM, 29)} took {rng.randint(1, 30)}s",
        f"msg_{chars(rng, ALNUM, 24)} (anthropic request id) for the bug report",
        f"https://{pick(rng, ['grafana', 'sentry', 'argo'])}.{pick(rng, ['hafenwerk.de', 'playforge.gg'])}/d/"
        f"{chars(rng, B64URL, 9)}",
        "AKIAIOSFODNN7EXAMPLE is the AWS docs example key id",
    ]
    return pick(rng, forms)


def handoff_cli_benign(rng: R) -> str:
    """Ordinary handoff writes, including ones that talk about secrets and prompts without holding one."""
    svc = pick(rng, SERVICES)
    forms = [
        f"handoff note \"rotated the {svc} API key; new one is in the vault\" --next \"restart {svc}\"",
        f"handoff run -- pytest -q tests/test_{pick(rng, ['sync', 'auth', 'lock', 'prompts'])}.py",
        f"handoff pointer --repo {pick(rng, REPOS)} --branch {pick(rng, BRANCHES)} --pr {rng.randint(10, 900)} "
        f"--state open",
        f"handoff health {pick(rng, ['openai', 'anthropic', 'openrouter'])} {pick(rng, MODELS)} rate_limited "
        f"--reset {rng.randint(1, 59)}m",
        f"handoff config set {pick(rng, ['token_ttl', 'password_min_length', 'api_key_header', 'prompt_version'])} "
        f"{pick(rng, ['15m', '16', 'X-Api-Key', 'v' + str(rng.randint(2, 9))])}",
        f"handoff note \"prompt template moved to prompts/{pick(rng, ['review', 'summarize', 'support'])}.md\"",
        f"handoff done {rng.randint(1, 40)}.{rng.randint(1, 5)}",
        f"handoff log --kind validation --since {rng.randint(1, 48)}h --json",
        f"handoff note \"{svc}: password auth failed for readonly_bi after the rotation; waiting on DBA\"",
    ]
    return pick(rng, forms)


def code_review_comment(rng: R) -> str:
    f = _f(rng)
    forms = [
        f"nit: {f}:{rng.randint(1, 300)} — this name shadows the module import",
        f"Can we avoid the global here? It makes {f} hard to test.",
        "LGTM once CI is green. Please squash the fixup commits.",
        "This swallows the exception; at least log it with the request id.",
        "Why 30 seconds? A constant with a comment would help the next reader.",
        f"Suggestion: move the retry into the client, the caller in {f} shouldn't care.",
        "The migration isn't reversible — add a down step or note it in the PR.",
        "Please don't print the token even in debug mode; print its last four characters instead.",
        "This prompt string should come from the template file, not be inlined here.",
        "Blocking: this runs on the main thread and will jank the scroll.",
        "Could you add a test for the empty list? That's the case that broke prod.",
        "Acho que esse lock pode dar deadlock se os dois workers chegarem juntos.",
        "Bitte die Magic Number in eine Konstante auslagern.",
        "这里的重试没有上限，可能会一直循环。",
    ]
    s = pick(rng, forms)
    if rng.random() < 0.35:
        s = f"{pick(rng, PEOPLE)} commented on {pick(rng, REPOS)}#{rng.randint(10, 900)}: {s}"
    return s


def issue_text(rng: R) -> str:
    svc, e = pick(rng, SERVICES), pick(rng, ERRORS)
    forms = [
        f"Bug: {svc} returns 500 when the cart is empty\n\nSteps: 1) open app 2) remove all items 3) checkout\n"
        f"Expected: validation message. Actual: {e}.",
        f"Crash on launch on Android {rng.randint(10, 15)} (Pixel {rng.randint(4, 9)}), {rng.randint(2, 40)} reports "
        f"in Crashlytics since {semver(rng)}.",
        "Feature request: let players rebind the dodge key on controllers.",
        f"Flaky: TestRollbackWindow fails ~{rng.randint(1, 10)}% of runs on the arm64 runners.",
        f"Regression in {semver(rng)}: training throughput dropped from {rng.randint(2000, 4000)} to "
        f"{rng.randint(1000, 1999)} tokens/s after the dataloader change.",
        "Docs: the README still says `make setup`, the target is now `make dev`.",
        "Security: the debug endpoint /internal/vars is reachable from the public LB.",
        "Course FAQ: fork() duplicates the stdio buffer, which is why a line can print twice; answered, closing.",
    ]
    return pick(rng, forms)


def multiline_config_clean(rng: R) -> str:
    svc = pick(rng, SERVICES)
    k = rng.randrange(7)
    if k == 0:
        return (f"services:\n  {svc}:\n    image: ghcr.io/{pick(rng, REPOS)}:{semver(rng)}\n    ports:\n"
                f"      - \"{rng.randint(3000, 9000)}:8080\"\n    env_file: .env\n    depends_on: [db]")
    if k == 1:
        return (f"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {svc}\nspec:\n  replicas: "
                f"{rng.randint(1, 6)}\n  template:\n    spec:\n      containers:\n        - name: {svc}\n"
                f"          image: {svc}:{semver(rng)}\n          envFrom:\n            - secretRef:\n"
                f"                name: {svc}-env")
    if k == 2:
        return ("- name: Publish\n  run: ./gradlew publish\n  env:\n    ORG_GRADLE_PROJECT_signingKey: "
                "${{ secrets.SIGNING_KEY }}\n    ORG_GRADLE_PROJECT_signingPassword: ${{ secrets.SIGNING_PASSWORD }}")
    if k == 3:
        return (f"[tool.pytest.ini_options]\naddopts = \"-q -x\"\ntestpaths = [\"tests\"]\ntimeout = "
                f"{rng.randint(10, 300)}")
    if k == 4:
        return (f"resource \"aws_db_instance\" \"{svc.replace('-', '_')}\" {{\n  engine         = \"postgres\"\n"
                f"  engine_version = \"{rng.randint(14, 17)}.{rng.randint(1, 6)}\"\n  instance_class = "
                f"\"db.t4g.{pick(rng, ['small', 'medium', 'large'])}\"\n  manage_master_user_password = true\n}}")
    if k == 5:
        return (f"model:\n  name: {pick(rng, MODELS)}\n  max_tokens: {rng.randint(256, 4096)}\n  temperature: "
                f"0.{rng.randint(0, 9)}\nprompt_file: prompts/{pick(rng, ['review', 'summarize', 'triage'])}.md\n"
                f"retries: {rng.randint(1, 5)}")
    return (f"[{svc}]\nhost = {pick(rng, HOSTS)}\nport = {rng.randint(1000, 9999)}\nuser = "
            f"{pick(rng, ['app', 'readonly_bi', 'svc_deploy'])}\npassword_file = /run/secrets/{svc}")


def stack_trace(rng: R) -> str:
    e = pick(rng, ERRORS)
    k = rng.randrange(5)
    if k == 0:
        py = pick(rng, ["train.py", "app/sync.py", "scripts/export.py", "services/checkout/client.py"])
        return (f"Traceback (most recent call last):\n  File \"{py}\", line {rng.randint(10, 400)}, in "
                f"{pick(rng, ['main', 'run', 'sync', 'step'])}\n    resp = client.post(url, json=payload)\n"
                f"requests.exceptions.{pick(rng, ['ConnectionError', 'ReadTimeout', 'HTTPError'])}: "
                f"{rng.randint(400, 504)} for url: https://{pick(rng, HOSTS)}/v1/items")
    if k == 1:
        return (f"FATAL EXCEPTION: main\nProcess: app.tucano, PID: {rng.randint(1000, 30000)}\n"
                f"java.lang.IllegalStateException: Fragment not attached to a context.\n"
                f"    at app.tucano.ui.CartFragment.onResume(CartFragment.kt:{rng.randint(20, 200)})")
    if k == 2:
        return (f"goroutine {rng.randint(1, 400)} [running]:\nmain.(*Matchmaker).assign(0xc000{chars(rng, HEX, 6)})\n"
                f"\t/src/matchmaker/assign.go:{rng.randint(10, 300)} +0x{chars(rng, HEX, 3)}")
    if k == 3:
        return (f"NullReferenceException: Object reference not set to an instance of an object\n"
                f"PlayerController.Update () (at Assets/Scripts/PlayerController.cs:{rng.randint(10, 300)})")
    return (f"thread 'main' panicked at src/{pick(rng, ['lib', 'cache', 'net'])}.rs:{rng.randint(10, 500)}:"
            f"{rng.randint(1, 60)}:\ncalled `Option::unwrap()` on a `None` value ({e})\n"
            f"note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace")


CATEGORIES = [
    ("commit_message", commit_message, 60),
    ("ci_log_line", ci_log_line, 55),
    ("secret_hygiene_docs", secret_hygiene_docs, 60),
    ("prompt_engineering_talk", prompt_engineering_talk, 75),
    ("hash_and_id", hash_and_id, 45),
    ("base64_nonsecret", base64_nonsecret, 40),
    ("version_and_deps", version_and_deps, 35),
    ("test_names_results", test_names_results, 45),
    ("error_messages", error_messages, 60),
    ("code_snippet_clean", code_snippet_clean, 45),
    ("config_fact_clean", config_fact_clean, 60),
    ("secret_reference_placeholder", secret_reference_placeholder, 50),
    ("runbook_step", runbook_step, 45),
    ("notes_intl", notes_intl, 70),
    ("handoff_note_en", handoff_note_en, 75),
    ("validation_command", validation_command, 50),
    ("model_health_ops", model_health_ops, 35),
    ("misc_ops", misc_ops, 35),
    ("handoff_cli_benign", handoff_cli_benign, 30),
    ("code_review_comment", code_review_comment, 40),
    ("issue_text", issue_text, 35),
    ("multiline_config_clean", multiline_config_clean, 45),
    ("stack_trace", stack_trace, 40),
]

