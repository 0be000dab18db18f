"""blind15 benign text: ordinary engineering text from the same places, including text about keys,
tokens, passwords and prompts that holds none, and high-entropy values that are not secrets."""
from __future__ import annotations

import json

from _b15lang import COMMITS, TODOS
from _b15rand import (
    ALNUM,
    B64URL,
    BRANCHES,
    DIG,
    ENVS,
    FILES,
    HEX,
    HOSTS,
    SERVICES,
    TESTS,
    b64_nonsecret,
    build_id,
    docker_digest,
    ip,
    num,
    org,
    person,
    pick,
    repo,
    s,
    sha1,
    sha256,
    sha512,
    short_sha,
    sri,
    ssh_fp,
    ssh_pub,
    ts,
    ulid,
    uuid4,
)
from _b15secret import fill

REF = ["${DB_PASSWORD}", "$API_TOKEN", "${{ secrets.NPM_TOKEN }}", "{{ vault_db_password }}", "<your-token-here>", "********",
       "[REDACTED]", "op://Engineering/stripe/secret_key", "vault:secret/data/payments#api_key", "${env:GITHUB_TOKEN}",
       "<set in 1Password>", "xxxxxxxxxxxxxxxx", "{{token}}", "%(SMTP_PASSWORD)s", "${SONAR_TOKEN}", "changeme-in-prod",
       "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf", "projects/acme-prod/secrets/db-password/versions/latest",
       "sk" "_live_…", "<redacted>", "***", "REPLACE_ME", "@Microsoft.KeyVault(SecretUri=https://kv-prod.vault.azure.net/secrets/db/)"]


def ref(r):
    return pick(r, REF)


def browser(r):
    host = pick(r, ["api.northwind.io", "app.tessellate.dev", "localhost:3000", "staging.orbitfox.com"])
    path = pick(r, ["/v2/orders?page=2", "/graphql", "/api/health", "/v1/search?q=shoes", "/static/app.js"])
    return pick(r, [
        lambda: f"curl 'https://{host}{path}' \\\n  -H 'accept: application/json' \\\n  -H 'authorization: Bearer $TOKEN' \\\n  --compressed",
        lambda: f"curl 'https://{host}{path}' -H 'if-none-match: W/\"{s(r, HEX, 16)}\"' -H 'x-request-id: {uuid4(r)}'",
        lambda: json.dumps({"request": {"method": "GET", "url": f"https://{host}{path}", "headers": [{"name": "authorization", "value": "[redacted by HAR sanitizer]"},
                                                                                             {"name": "accept", "value": "*/*"}]}, "response": {"status": 304, "headers": [{"name": "etag", "value": f"\"{sha1(r)}\""}]},
                            "timings": {"wait": num(r, 5, 900), "receive": num(r, 1, 40)}}, indent=2),
        lambda: f"the HAR from {person(r)} has the cookie values stripped (Chrome 'Export HAR (sanitized)'), so it's safe to attach to the ticket",
        lambda: f"fetch(\"https://{host}{path}\", {{\"headers\": {{\"accept\": \"application/json\", \"x-trace-id\": \"{s(r, HEX, 32)}\"}}, \"method\": \"GET\"}});",
        lambda: f"curl -s 'https://{host}{path}' -H \"Authorization: Bearer $(gcloud auth print-access-token)\" | jq '.items | length'",
        lambda: f"Request URL: https://{host}{path}\nRequest Method: GET\nStatus Code: {pick(r, [200, 304, 429, 502])}\nRemote Address: {ip(r)}:443\nReferrer Policy: strict-origin-when-cross-origin\ncf-ray: {s(r, HEX, 16)}-FRA",
        lambda: f"Network tab shows the preflight (OPTIONS) returning 204 but the GET never leaves; CORS error on {path}",
        lambda: f"GET https://{host}/_next/static/chunks/{s(r, HEX, 16)}.js 200 (from disk cache)\nintegrity=\"{sri(r)}\"",
    ])()


def apiclient(r):
    return pick(r, [
        lambda: json.dumps({"info": {"name": f"{org(r)} API", "_postman_id": uuid4(r)}, "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{accessToken}}", "type": "string"}]}}, indent=2),
        lambda: json.dumps({"name": pick(r, ENVS), "values": [{"key": "baseUrl", "value": f"https://api.{org(r)}.io", "enabled": True},
                                                             {"key": "accessToken", "value": "", "enabled": True}]}, indent=2),
        lambda: "auth:bearer {\n  token: {{process.env.API_TOKEN}}\n}",
        lambda: "vars:secret [\n  apiToken,\n  clientSecret\n]",
        lambda: "pm.test(\"status is 200\", () => pm.response.to.have.status(200));\npm.environment.set(\"orderId\", pm.response.json().id);",
        lambda: f"### get order\nGET {{{{host}}}}/v2/orders/{num(r, 1000, 99999)}\nAuthorization: Bearer {{{{$dotenv API_TOKEN}}}}",
        lambda: f"Insomnia export: {num(r, 3, 60)} requests, environment 'staging' with base_url only; secrets live in the team vault, not in the export",
        lambda: f"newman run collection.json -e {pick(r, ENVS)}.postman_environment.json --env-var \"token=$API_TOKEN\" --reporters cli,junit",
        lambda: f"pm.request.headers.add({{key: 'X-Idempotency-Key', value: '{uuid4(r)}'}});",
    ])()


def mobile(r):
    return pick(r, [
        lambda: f"<key>CFBundleIdentifier</key>\n<string>io.{org(r)}.app</string>\n<key>CFBundleShortVersionString</key>\n<string>{num(r, 1, 9)}.{num(r, 0, 20)}.{num(r, 0, 9)}</string>",
        lambda: "<key>NSCameraUsageDescription</key>\n<string>Used to scan receipts</string>\n<key>ITSAppUsesNonExemptEncryption</key>\n<false/>",
        lambda: f"versionCode={num(r, 100, 999)}\nversionName={num(r, 1, 5)}.{num(r, 0, 20)}.{num(r, 0, 9)}\nandroid.enableJetifier=true\norg.gradle.caching=true",
        lambda: "storePassword System.getenv(\"KEYSTORE_PASSWORD\")\nkeyPassword System.getenv(\"KEY_PASSWORD\")\nkeyAlias \"upload\"",
        lambda: "MATCH_PASSWORD comes from the CI secret store; locally run `fastlane match development --readonly`",
        lambda: f"SHA-256 certificate fingerprint for app links: {':'.join(s(r, HEX.upper(), 2) for _ in range(32))}",
        lambda: f"PRODUCT_BUNDLE_IDENTIFIER = io.{org(r)}.app.dev\nDEVELOPMENT_TEAM = {s(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}\nCODE_SIGN_STYLE = Automatic",
        lambda: f"assetlinks.json: \"sha256_cert_fingerprints\": [\"{':'.join(s(r, HEX.upper(), 2) for _ in range(32))}\"]",
        lambda: "google-services.json is not committed; CI writes it from the GOOGLE_SERVICES_JSON secret before ./gradlew assembleRelease",
        lambda: f"dependencies {{\n  implementation(\"com.squareup.okhttp3:okhttp:4.12.0\")\n  implementation(platform(\"com.google.firebase:firebase-bom:33.{num(r, 0, 9)}.0\"))\n}}",
    ])()


def iac(r):
    return pick(r, [
        lambda: 'db_password = var.db_password  # set via TF_VAR_db_password in CI\ninstance_class = "db.t4g.medium"',
        lambda: f'data "aws_secretsmanager_secret_version" "db" {{\n  secret_id = "prod/{pick(r, SERVICES)}/db"\n}}\n\nlocals {{\n  db = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)\n}}',
        lambda: 'variable "api_token" {\n  type      = string\n  sensitive = true\n}',
        lambda: f"postgresql:\n  auth:\n    existingSecret: {pick(r, SERVICES)}-db\n    secretKeys:\n      userPasswordKey: password\n  primary:\n    resources:\n      requests:\n        memory: 512Mi",
        lambda: f"[web]\nweb-[01:0{num(r, 2, 9)}].{org(r)}.internal ansible_user=deploy\n\n[web:vars]\nansible_become=true\nhttp_port=8080",
        lambda: f"db_password: \"{{{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/{pick(r, SERVICES)}:password') }}}}\"",
        lambda: f"apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: {pick(r, SERVICES)}\nspec:\n  secretStoreRef:\n    name: aws-sm\n  data:\n    - secretKey: DATABASE_URL\n      remoteRef:\n        key: prod/{pick(r, SERVICES)}/database_url",
        lambda: f"Plan: {num(r, 0, 9)} to add, {num(r, 0, 9)} to change, 0 to destroy.\n  ~ password = (sensitive value)\n  ~ tags     = {{ \"owner\" = \"platform\" }}",
        lambda: f"Outputs:\n\ndb_endpoint = \"{pick(r, HOSTS)}\"\ndb_password = <sensitive>\nvpc_id = \"vpc-{s(r, HEX, 17)}\"",
        lambda: json.dumps({"version": 4, "terraform_version": "1.9.5", "serial": num(r, 10, 900), "lineage": uuid4(r), "outputs": {"bucket": {"value": f"{org(r)}-artifacts", "type": "string"}}}, indent=2),
        lambda: f"pulumi config set --secret dbPassword  # prompts, value stored encrypted in Pulumi.{pick(r, ENVS)}.yaml as secure: v1:...",
        lambda: f"image:\n  repository: ghcr.io/{repo(r)}\n  tag: \"{short_sha(r)}\"\n  digest: {docker_digest(r)}\nimagePullSecrets:\n  - name: ghcr-pull",
        lambda: f"kubectl create secret generic {pick(r, SERVICES)}-env --from-env-file=.env.prod --dry-run=client -o yaml | kubeseal > sealed.yaml",
        lambda: f"module \"vpc\" {{\n  source  = \"terraform-aws-modules/vpc/aws\"\n  version = \"5.{num(r, 0, 16)}.0\"\n  cidr    = \"10.{num(r, 0, 200)}.0.0/16\"\n}}",
    ])()


def host(r):
    return pick(r, [
        lambda: (lambda v: f"[Unit]\nDescription={v} worker\nAfter=network-online.target\n\n[Service]\nEnvironmentFile=/etc/{v}/env\nExecStart=/opt/{v}/bin/worker --concurrency {num(r, 2, 16)}\nRestart=on-failure\nLoadCredential=db-password:/run/secrets/{v}-db-password")(pick(r, SERVICES)),
        lambda: f"*/5 * * * * /usr/local/bin/healthcheck --url https://{pick(r, SERVICES)}.{org(r)}.io/healthz >> /var/log/hc.log 2>&1",
        lambda: f"0 2 * * 0 /opt/scripts/rotate-logs.sh --keep {num(r, 3, 30)}",
        lambda: f"  {num(r, 100, 900)}  git fetch origin\n  {num(r, 901, 950)}  git rebase origin/main\n  {num(r, 951, 999)}  pytest -q -x",
        lambda: f": {num(r, 1700000000, 1799999999)}:0;kubectl -n {pick(r, ENVS)} rollout restart deploy/{pick(r, SERVICES)}",
        lambda: f"export GITHUB_TOKEN=$(gh auth token)\nexport AWS_PROFILE={pick(r, ENVS)}",
        lambda: "read -s -p 'DB password: ' PGPASSWORD && export PGPASSWORD",
        lambda: f"sudo systemctl status {pick(r, SERVICES)}\n● {pick(r, SERVICES)}.service - worker\n     Active: active (running) since {ts(r).replace('T', ' ')} UTC; 3h ago\n   Main PID: {num(r, 1000, 60000)}",
        lambda: f"journalctl -u {pick(r, SERVICES)} --since '1 hour ago' | grep -c 'lease expired'",
        lambda: f"docker login ghcr.io -u {person(r)} --password-stdin < ~/.config/ghcr-token",
        lambda: f"ssh-keygen -lf ~/.ssh/id_ed25519.pub\n256 {ssh_fp(r)} {person(r)}@laptop (ED25519)",
        lambda: f"aws sts get-caller-identity --profile {pick(r, ENVS)}\n{{\n    \"UserId\": \"AROA{s(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17)}:{person(r)}\",\n    \"Account\": \"{s(r, DIG, 12)}\"\n}}",
    ])()


def dotfile(r):
    return pick(r, [
        lambda: "//registry.npmjs.org/:_authToken=${NPM_TOKEN}\nsave-exact=true\nengine-strict=true",
        lambda: f"[global]\nindex-url = https://pypi.{org(r)}.internal/simple\ntrusted-host = pypi.{org(r)}.internal\ntimeout = 60",
        lambda: "[pypi]\nusername = __token__\n# password comes from keyring: `keyring set https://upload.pypi.org/legacy/ __token__`",
        lambda: f"<server>\n  <id>{org(r)}-releases</id>\n  <username>${{env.MAVEN_USER}}</username>\n  <password>${{env.MAVEN_PASSWORD}}</password>\n</server>",
        lambda: f"machine api.github.com login {person(r)} password {pick(r, ['<token>', 'REPLACE_ME', '$(gh auth token)'])}",
        lambda: "org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8\norg.gradle.parallel=true\nkotlin.code.style=official",
        lambda: "{\n  \"credsStore\": \"desktop\",\n  \"auths\": {\n    \"ghcr.io\": {}\n  }\n}",
        lambda: f"[default]\nregion = eu-west-1\noutput = json\n\n[profile {pick(r, ENVS)}]\nsso_start_url = https://{org(r)}.awsapps.com/start\nsso_account_id = {s(r, DIG, 12)}\nsso_role_name = Developer",
        lambda: f"Host bastion\n  HostName {ip(r)}\n  User ops\n  IdentityFile ~/.ssh/id_ed25519\n  IdentitiesOnly yes",
        lambda: f"[user]\n\tname = {person(r).capitalize()}\n\temail = {person(r)}@{org(r)}.io\n\tsigningkey = {s(r, HEX.upper(), 16)}\n[commit]\n\tgpgsign = true",
        lambda: f"npmRegistryServer: \"https://npm.{org(r)}.io\"\nnpmAuthToken: \"${{NPM_AUTH_TOKEN}}\"",
        lambda: f"hosts:\n  github.com:\n    user: {person(r)}\n    git_protocol: ssh\n    # token stored in the OS keychain",
    ])()


def dsn(r):
    h = pick(r, HOSTS)
    return pick(r, [
        lambda: f"jdbc:postgresql://{h}:5432/{pick(r, SERVICES)}?sslmode=require&ApplicationName={pick(r, SERVICES)}",
        lambda: f"DATABASE_URL=postgres://app:${{DB_PASSWORD}}@{h}:5432/app",
        lambda: f"redis://{h}:6379/{num(r, 0, 15)}",
        lambda: "amqp://guest@localhost:5672/  # local docker-compose broker, default vhost",
        lambda: f"mqtt://broker.iot.{org(r)}.io:1883 (client certs, no password auth)",
        lambda: f"spring.datasource.url=jdbc:postgresql://{h}:5432/app\nspring.datasource.username=app\nspring.datasource.password=${{DB_PASSWORD}}",
        lambda: f"postgresql://app:****@{h}:5432/app (masked by the connection-string logger)",
        lambda: f"Server={h};Database=Orders;Authentication=Active Directory Default;Encrypt=True",
        lambda: f"mongodb://{h}:27017/?replicaSet=rs0&readPreference=secondaryPreferred",
        lambda: f"kafka bootstrap={h}:9092 security.protocol=SASL_SSL sasl.mechanism=AWS_MSK_IAM",
        lambda: f"sqlite:///./data/{pick(r, SERVICES)}.db",
        lambda: f"psql \"host={h} dbname=app user=app sslmode=verify-full\"  # password from ~/.pgpass",
    ])()


def keymat(r):
    return pick(r, [
        lambda: ssh_pub(r),
        lambda: f"{pick(r, ['github.com', 'gitlab.com', ip(r)])} ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{s(r, ALNUM + '+/', 43)}",
        lambda: f"The authenticity of host '{ip(r)}' can't be established.\nED25519 key fingerprint is {ssh_fp(r)}.",
        lambda: f"pub   ed25519 2025-0{num(r, 1, 9)}-1{num(r, 0, 9)} [SC]\n      {s(r, HEX.upper(), 40)}\nuid           [ultimate] {person(r).capitalize()} <{person(r)}@{org(r)}.io>",
        lambda: f"-----BEGIN PUBLIC KEY-----\n{s(r, ALNUM + '+/', 64)}\n{s(r, ALNUM + '+/', 24)}\n-----END PUBLIC KEY-----",
        lambda: f"-----BEGIN CERTIFICATE-----\nMIIB{s(r, ALNUM + '+/', 60)}\n{s(r, ALNUM + '+/', 64)}\n{s(r, ALNUM + '+/', 40)}=\n-----END CERTIFICATE-----",
        lambda: f"gpg --list-secret-keys --keyid-format=long\nsec   ed25519/{s(r, HEX.upper(), 16)} 2025-11-02 [SC]",
        lambda: f"deploy key added to {repo(r)} (read-only), fingerprint {ssh_fp(r)}",
        lambda: f"ssh-keygen -t ed25519 -C \"ci@{org(r)}\" -f ./deploy_key -N ''   # private half goes straight into the CI secret store",
        lambda: f"age recipient: age1{s(r, '023456789acdefghjklmnpqrstuvwxyz', 58)}",
        lambda: f"known_hosts entry updated after the bastion rebuild: {ssh_fp(r)}",
    ])()


def logci(r):
    t = ts(r)
    return pick(r, [
        lambda: f"{t}Z INFO  http.request method=GET path=/api/me status=200 authorization=\"Bearer [REDACTED]\" duration_ms={num(r)}",
        lambda: f"Run aws-actions/configure-aws-credentials@v4\n  with:\n    role-to-assume: arn:aws:iam::{s(r, DIG, 12)}:role/gha-deploy\n    aws-region: eu-west-1\n  env:\n    NPM_TOKEN: ***",
        lambda: f"##[group]Run actions/cache@v4\nCache restored from key: node-cache-Linux-x64-npm-{sha256(r)}\n##[endgroup]",
        lambda: f"Traceback (most recent call last):\n  File \"/app/{pick(r, FILES)}\", line {num(r)}, in handle\n    raise TokenExpired(\"access token expired\")\nauth.errors.TokenExpired: access token expired",
        lambda: f"{t} WARN  auth: refresh failed for client_id={pick(r, SERVICES)}-web reason=invalid_grant request_id={uuid4(r)}",
        lambda: f"Successfully built {short_sha(r)}\nSuccessfully tagged ghcr.io/{repo(r)}:{short_sha(r)}\npushed: digest: {docker_digest(r)} size: {num(r, 1000, 9999)}",
        lambda: "warning: the secret `SENTRY_AUTH_TOKEN` is not set; skipping source map upload",
        lambda: f"jwt verify failed: token is expired (exp={num(r, 1790000000, 1799000000)}, now={num(r, 1799000001, 1799900000)}), kid={s(r, B64URL, 22)}",
        lambda: "E   AssertionError: expected status 401 for missing token, got 200\nFAILED tests/test_auth.py::test_requires_bearer - AssertionError",
        lambda: f"Job {build_id(r)} finished: {pick(r, ['SUCCESS', 'FAILURE', 'UNSTABLE'])} in {num(r, 1, 59)}m{num(r, 0, 59)}s (commit {sha1(r)})",
        lambda: f"[{t}] gitleaks: no leaks found (scanned {num(r, 10, 900)} commits, {num(r, 1, 90)} MB)",
        lambda: f"java.lang.IllegalStateException: Missing required property 'db.password' (set DB_PASSWORD)\n\tat com.acme.config.Loader.require(Loader.java:{num(r)})",
        lambda: f"time=\"{t}Z\" level=info msg=\"lease acquired\" holder={pick(r, SERVICES)}-{s(r, 'abcdef0123456789', 10)}-{s(r, 'abcdefghijklmnopqrstuvwxyz0123456789', 5)} ttl=15s",
        lambda: f"Downloading artifact build-{build_id(r)} ({num(r, 1, 90)} MB), sha256 {sha256(r)}",
        lambda: f"Error: Process completed with exit code {num(r, 1, 2)}.\n##[error]The password for the registry was rejected (401). Check the REGISTRY_PASSWORD secret.",
    ])()


def hashes(r):
    return pick(r, [
        lambda: f"\"node_modules/{pick(r, ['lodash', 'react-dom', 'zod', 'undici'])}\": {{\n  \"version\": \"{num(r, 1, 19)}.{num(r, 0, 30)}.{num(r, 0, 9)}\",\n  \"resolved\": \"https://registry.npmjs.org/x/-/x-1.0.0.tgz\",\n  \"integrity\": \"{sri(r)}\"\n}}",
        lambda: f"<script src=\"https://cdn.jsdelivr.net/npm/alpinejs@3.14.{num(r, 0, 9)}/dist/cdn.min.js\" integrity=\"{sri(r)}\" crossorigin=\"anonymous\"></script>",
        lambda: f"requests==2.32.3 \\\n    --hash=sha256:{sha256(r)} \\\n    --hash=sha256:{sha256(r)}",
        lambda: f"[[package]]\nname = \"{pick(r, ['anyio', 'httpx', 'pydantic-core'])}\"\nversion = \"{num(r, 1, 4)}.{num(r, 0, 20)}.{num(r, 0, 9)}\"\nsource = {{ registry = \"https://pypi.org/simple\" }}\nsdist = {{ url = \"https://files.pythonhosted.org/x.tar.gz\", hash = \"sha256:{sha256(r)}\" }}",
        lambda: f"github.com/{pick(r, ['stretchr/testify', 'google/uuid', 'spf13/cobra'])} v1.{num(r, 0, 12)}.0 h1:{s(r, ALNUM + '+/', 43)}=",
        lambda: f"{sha256(r)}  dist/{pick(r, SERVICES)}-linux-amd64.tar.gz",
        lambda: f"sha512sum: {sha512(r)}",
        lambda: f"FROM python:3.12-slim@{docker_digest(r)}",
        lambda: f"request_id={uuid4(r)} trace_id={s(r, HEX, 32)} span_id={s(r, HEX, 16)}",
        lambda: f"idempotency-key: ord_{ulid(r)}",
        lambda: f"cache key: {pick(r, ['gradle', 'pip', 'cargo'])}-{pick(r, ['Linux', 'macOS'])}-{sha256(r)[:40]}",
        lambda: f"merged {short_sha(r)}..{short_sha(r)} into main; build {build_id(r)} green",
        lambda: f"x-amz-request-id: {s(r, 'ABCDEF0123456789', 16)}\nx-amz-id-2: {s(r, ALNUM + '+/', 76)}=",
        lambda: f"ETag: \"{s(r, HEX, 32)}-{num(r, 2, 40)}\"",
        lambda: f"page_token={b64_nonsecret(r)}  (it's just base64 of the cursor JSON)",
        lambda: f"object {sha1(r)}\ntype commit\ntag v{num(r, 1, 5)}.{num(r, 0, 30)}.{num(r, 0, 9)}\ntagger {person(r).capitalize()} <{person(r)}@{org(r)}.io>",
        lambda: f"checksum mismatch for {pick(r, SERVICES)}.wasm: expected {sha256(r)[:16]}…, got {sha256(r)[:16]}…",
        lambda: f"\"id\": \"{ulid(r)}\", \"parent\": \"{ulid(r)}\", \"session\": \"{uuid4(r)}\"",
        lambda: f"Change-Id: I{s(r, HEX, 40)}",
        lambda: f"snapshot: {s(r, HEX, 8)} saved\nrestic: {num(r, 100, 9000)} files, {num(r, 1, 90)} GiB, tree {sha256(r)}",
    ])()


def idp(r):
    return pick(r, [
        lambda: f"OIDC_CLIENT_ID={pick(r, SERVICES)}-web\nOIDC_CLIENT_SECRET=${{OIDC_CLIENT_SECRET}}\nOIDC_ISSUER=https://login.{org(r)}.io/realms/main",
        lambda: json.dumps({"issuer": f"https://login.{org(r)}.io", "authorization_endpoint": f"https://login.{org(r)}.io/authorize",
                            "jwks_uri": f"https://login.{org(r)}.io/.well-known/jwks.json", "response_types_supported": ["code"],
                            "id_token_signing_alg_values_supported": ["RS256"]}, indent=2),
        lambda: json.dumps({"keys": [{"kty": "RSA", "use": "sig", "kid": s(r, B64URL, 22), "alg": "RS256", "e": "AQAB", "n": s(r, B64URL, 342)}]}),
        lambda: f"<md:EntityDescriptor entityID=\"https://app.{org(r)}.io/saml\">\n  <md:SPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">\n    <md:AssertionConsumerService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\" Location=\"https://app.{org(r)}.io/saml/acs\" index=\"0\"/>\n  </md:SPSSODescriptor>\n</md:EntityDescriptor>",
        lambda: f"client secret for the {pick(r, ['Okta', 'Entra ID', 'Keycloak', 'Auth0'])} app expires on 2026-{num(r, 1, 12):02d}-{num(r, 1, 28):02d}; rotation runbook is in docs/runbooks/sso.md",
        lambda: f"redirect_uri_mismatch: https://{pick(r, ENVS)}.{org(r)}.io/auth/callback is not registered for client {pick(r, SERVICES)}-web",
        lambda: "spring.security.oauth2.client.registration.okta.client-secret=${OKTA_CLIENT_SECRET}",
        lambda: f"AZURE_TENANT_ID={uuid4(r)}\nAZURE_CLIENT_ID={uuid4(r)}\n# AZURE_CLIENT_SECRET is injected by the workload identity, not set here",
    ])()


TODO_EN = ["rerun {t} with -p no:randomly and note the seed", "ask reviewer about the timeout in {s}", "bump {s} client to 2.x and regenerate the lockfile",
           "delete branch {b} once #{n} is merged", "check the migration on staging before prod", "rotate the staging API key (owner: platform) — ticket #{n}",
           "move the hardcoded timeout in {f} into config", "confirm with {p} that the token scope is read-only", "re-enable {t} after the upstream fix lands",
           "add the new DB_PASSWORD var to the deploy docs (value lives in Vault)", "write the changelog entry for #{n}", "open a follow-up for the N+1 in {s}",
           "update the prompt template file in prompts/summarise.md to the new field names", "check why the secret scanner flagged {f} (false positive? it's a sha256)",
           "pin the base image by digest", "investigate why the coverage dropped 3% on {b}", "re-run the benchmark on a quiet machine before quoting numbers",
           "file an upstream issue for the httpx deprecation warning", "check that the sanitized HAR really has no cookies before attaching it",
           "remove the temporary debug endpoint added for #{n}", "confirm the cron runs in UTC on the new host", "backfill the missing rows for 2026-03-14 once the fix is deployed",
           "document the new `--dry-run` flag in the CLI help", "verify the webhook secret is read from the env, not the config file",
           "revert {b} if the canary error rate stays above 2%", "split {f} before it passes 800 lines", "ask {p} for access to the Grafana folder"]


def todo(r):
    if r.random() < 0.4:
        lang = pick(r, list(TODOS))
        t = fill(r, pick(r, TODOS[lang]))
        return pick(r, ["{t}", "- [ ] {t}", "TODO: {t}", "next: {t}", "1. {t}"]).replace("{t}", t), lang
    t = fill(r, pick(r, TODO_EN)).replace("{p}", person(r))
    return pick(r, ["{t}", "- [ ] {t}", "TODO: {t}", "next: {t}", "NEXT ACTION: {t}", "{t} (tomorrow)", "- {t}\n- " + fill(r, pick(r, TODO_EN)).replace("{p}", person(r))]).replace("{t}", t)


SUBJ = ["fix(auth): refresh the token before it expires, not after", "chore: move API keys to the secret manager", "feat(cli): add --dry-run to the import command",
        "test: make {t} deterministic", "refactor(queue): extract retry policy", "docs: explain how to set GITHUB_TOKEN for local runs",
        "ci: mask the registry password in logs", "fix: don't log the Authorization header", "build: pin base image by digest", "perf(search): batch the lookups",
        "revert \"feat: prompt caching for the summariser\"", "security: redact cookies in HAR attachments", "chore(deps): bump undici from 6.19.2 to 6.21.0"]
REVIEW = ["nit: could we name this `expires_at` instead of `exp`?", "LGTM once CI is green.", "This reads the token from the env on every call; maybe cache it in the client?",
          "Please don't log `request.headers` here, it includes the Authorization header.", "Can we add a test for the empty batch?", "Blocking: this migration locks the orders table; use CONCURRENTLY.",
          "Why 30s? The upstream SLA says 10.", "Suggestion: use `secrets.compare_digest` for the signature check.", "I'd keep the prompt templates out of this PR, they need a separate review."]


def git(r):
    if r.random() < 0.25:
        lang = pick(r, list(COMMITS))
        t = fill(r, pick(r, COMMITS[lang]))
        return pick(r, ["{t}", f"{short_sha(r)} {{t}}", f"commit {sha1(r)}\nAuthor: {person(r)} <{person(r)}@{org(r)}.io>\n\n    {{t}}"]).replace("{t}", t), lang
    return pick(r, [
        lambda: fill(r, pick(r, SUBJ)),
        lambda: f"{fill(r, pick(r, SUBJ))}\n\nThe old code {pick(r, ['retried forever', 'logged full headers', 'read the key at import time', 'ignored the timeout'])}. Now it {pick(r, ['gives up after 3 tries', 'redacts them', 'reads it lazily', 'respects it'])}.\n\nRefs: #{num(r)}",
        lambda: f"{short_sha(r)} {fill(r, pick(r, SUBJ))}\n{short_sha(r)} {fill(r, pick(r, SUBJ))}\n{short_sha(r)} {fill(r, pick(r, SUBJ))}",
        lambda: f"{pick(r, FILES)}:{num(r)} — {pick(r, REVIEW)}",
        lambda: f"Review on #{num(r)}: {pick(r, REVIEW)}",
        lambda: f"## Summary\n{fill(r, pick(r, SUBJ))}\n\n## Testing\n- `pytest -q` ({num(r, 100, 900)} passed)\n- manual check on staging\n\n## Notes\nNo config changes; secrets unchanged.",
        lambda: f"Merge pull request #{num(r)} from {repo(r).split('/')[0]}/{pick(r, BRANCHES)}\n\n{fill(r, pick(r, SUBJ))}",
        lambda: f"Signed-off-by: {person(r).capitalize()} <{person(r)}@{org(r)}.io>\nCo-authored-by: {person(r).capitalize()} <{person(r)}@users.noreply.github.com>",
    ])()


DOCS = ["Set `GITHUB_TOKEN` in your shell before running `make release`; the script reads it from the environment and never writes it to disk.",
        "You can find your API key under **Settings → API keys**. Treat it like a password: don't paste it into issues or chat.",
        "If you see `401 Unauthorized`, your token has probably expired. Run `acme login` again to get a fresh one.",
        "To rotate the database password, update it in Vault first, then restart the pods so they pick up the new value.",
        "You don't need an API key for local development: the client falls back to the mock server when `ACME_API_KEY` is unset.",
        "Before you open a PR, run `make lint test`. If a test is flaky, mark it with `@pytest.mark.flaky` and open an issue.",
        "Your prompts are not stored by this tool. If you want to keep a template, put it in `prompts/` and review it like code.",
        "When you write a system prompt for the summariser, keep it in `prompts/summarise.md` so that changes go through review.",
        "You should never commit `.env`. Copy `.env.example` to `.env` and fill in the values from the team vault.",
        "To add a new environment, copy `envs/staging.tfvars`, change the CIDR, and reference secrets by their Secrets Manager ARN.",
        "Pass the password on stdin (`--password-stdin`) rather than as an argument, so it doesn't end up in your shell history.",
        "To test webhooks locally, run `stripe listen --forward-to localhost:8000/hooks`; the CLI prints a signing secret that you export as `STRIPE_WEBHOOK_SECRET` for that session only.",
        "Each service reads its credentials from `/run/secrets/<name>`. You never need to put a password in `docker-compose.yml`; add a `secrets:` entry instead.",
        "If the model returns an empty answer, check `max_tokens` first: you may be spending the whole budget on the system prompt.",
        "You can list the prompts the eval harness knows with `make prompts-list`; each one is a Markdown file under `prompts/` with a front-matter header.",
        "If you need access to production logs, ask in #platform; you'll get a short-lived role, not a password."]
DOCS_INTL = [("de", "Setze `GITHUB_TOKEN` in deiner Shell, bevor du `make release` ausführst. Das Skript liest das Token nur aus der Umgebung."),
             ("fr", "Vous trouverez votre clé d'API dans **Paramètres → Clés d'API**. Ne la collez jamais dans un ticket."),
             ("es", "Si ves un `401 Unauthorized`, probablemente tu token ha caducado. Ejecuta `acme login` otra vez."),
             ("pt", "Nunca faça commit do `.env`. Copie o `.env.example` e preencha com os valores do cofre da equipe."),
             ("ja", "`.env` は絶対にコミットしないでください。`.env.example` をコピーして、値はチームの Vault から取得してください。"),
             ("zh", "不要提交 `.env` 文件。复制 `.env.example`，然后从团队的 Vault 里填入对应的值。"),
             ("ko", "토큰이 만료되면 `acme login`을 다시 실행하세요. 토큰을 이슈나 채팅에 붙여넣지 마세요."),
             ("ru", "Чтобы сменить пароль базы данных, сначала обновите его в Vault, затем перезапустите поды."),
             ("pl", "Hasło podawaj przez stdin (`--password-stdin`), żeby nie trafiło do historii powłoki."),
             ("tr", "Üretim loglarına erişmek için #platform kanalına yazın; size şifre değil, kısa ömürlü bir rol verilir."),
             ("vi", "Đừng commit file `.env`. Hãy sao chép `.env.example` và điền giá trị từ Vault của nhóm."),
             ("id", "Jangan commit file `.env`. Salin `.env.example` lalu isi nilainya dari vault tim."),
             ("hi", "`.env` फ़ाइल को कभी commit मत कीजिए। `.env.example` कॉपी करें और मान टीम के Vault से भरें।"),
             ("ar", "لا تقم أبدًا بعمل commit لملف `.env`. انسخ `.env.example` واملأ القيم من خزنة الفريق.")]


def docs(r):
    if r.random() < 0.35:
        lang, t = pick(r, DOCS_INTL)
        return pick(r, ["{t}", "> **Hinweis / Note:** {t}", "## Setup\n\n{t}", "- {t}", "{t}\n\nSee also `docs/setup.md`."]).replace("{t}", t), lang
    t = pick(r, DOCS)
    k = r.randint(1, 3)
    if k > 1:
        t = "\n\n".join([t] + [pick(r, DOCS) for _ in range(k - 1)])
    return pick(r, ["{t}", "## Configuration\n\n{t}", "> [!NOTE]\n> {t}", "### Troubleshooting\n\n{t}", "{t}"]).replace("{t}", t)


def sqlfix(r):
    return pick(r, [
        lambda: "CREATE INDEX CONCURRENTLY idx_orders_customer_created ON orders (customer_id, created_at DESC);",
        lambda: f"SELECT date_trunc('day', created_at) AS d, count(*) FROM orders WHERE created_at > now() - interval '{num(r, 2, 60)} days' GROUP BY 1 ORDER BY 1;",
        lambda: "ALTER TABLE users ADD COLUMN password_changed_at timestamptz;\nCOMMENT ON COLUMN users.password_changed_at IS 'set by the reset flow';",
        lambda: "UPDATE api_tokens SET revoked_at = now() WHERE last_used_at < now() - interval '90 days';",
        lambda: "CREATE USER reporting;\n-- password set out of band via \\password reporting\nGRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;",
        lambda: f"@pytest.fixture\ndef user(db):\n    return UserFactory(email=\"{person(r)}@example.com\", password=factory.Faker(\"password\"))",
        lambda: f"- model: accounts.apitoken\n  pk: {num(r)}\n  fields:\n    user: 1\n    key_prefix: \"ak_\"\n    key_hash: \"{sha256(r)}\"\n    name: fixture",
        lambda: f"{{\"id\": \"{uuid4(r)}\", \"email\": \"user{num(r)}@example.test\", \"password\": \"<set by test>\", \"roles\": [\"viewer\"]}}",
        lambda: f"EXPLAIN ANALYZE SELECT * FROM sessions WHERE user_id = {num(r, 1, 99999)};\n Index Scan using sessions_user_id_idx on sessions  (cost=0.43..8.45 rows=1 width=72) (actual time=0.031..0.033 rows=1 loops=1)",
        lambda: "def test_rejects_expired_token(client):\n    token = make_token(exp=datetime(2020, 1, 1, tzinfo=UTC))\n    assert client.get(\"/me\", headers=auth(token)).status_code == 401",
        lambda: f"INSERT INTO feature_flags (name, enabled) VALUES ('{pick(r, ['new-checkout', 'beta-search', 'csv-export'])}', {pick(r, ['true', 'false'])}) ON CONFLICT (name) DO NOTHING;",
        lambda: f"vcr cassette {pick(r, TESTS).replace(' ', '_')}.yaml: filter_headers=['authorization', 'cookie'] (recorded {ts(r)[:10]})",
    ])()


def ide(r):
    return pick(r, [
        lambda: json.dumps({"version": "0.2.0", "configurations": [{"name": "Launch API", "type": "node", "request": "launch", "program": "${workspaceFolder}/src/server.ts",
                                                                    "envFile": "${workspaceFolder}/.env", "env": {"NODE_ENV": "development", "PORT": str(num(r, 3000, 9000))}}]}, indent=2),
        lambda: f"<configuration name=\"{pick(r, SERVICES)} tests\" type=\"tests\" factoryName=\"py.test\">\n  <option name=\"_new_keywords\" value=\"&quot;not slow&quot;\" />\n  <envs>\n    <env name=\"PYTHONHASHSEED\" value=\"0\" />\n  </envs>\n</configuration>",
        lambda: json.dumps({"cell_type": "code", "execution_count": num(r, 1, 40), "source": ["df = pd.read_parquet(\"s3://" + org(r) + "-lake/orders/\")\n", "df.groupby(\"country\").total_cents.sum().sort_values()"],
                            "outputs": [{"output_type": "execute_result", "data": {"text/plain": [f"country\nDE    {num(r, 10000, 99999)}\nFR    {num(r, 10000, 99999)}"]}}]}, indent=1),
        lambda: json.dumps({"cell_type": "markdown", "source": ["## Churn by cohort\n", "Numbers exclude test accounts (`email LIKE '%@example.test'`)."]}),
        lambda: f"In [{num(r, 2, 40)}]: import os; os.environ.get(\"OPENAI_API_KEY\") is not None\nOut[{num(r, 2, 40)}]: True",
        lambda: "\"python.testing.pytestArgs\": [\"-q\", \"-p\", \"no:randomly\"],\n\"python.envFile\": \"${workspaceFolder}/.env.local\"",
        lambda: f"%load_ext autoreload\n%autoreload 2\nfrom {pick(r, SERVICES)}.features import build_features",
        lambda: f"kernelspec: python3 ({pick(r, SERVICES)}-venv), last run {ts(r)[:16]}, {num(r, 5, 90)} cells, 0 errors",
        lambda: "{\n  \"sqltools.connections\": [{\n    \"name\": \"local\",\n    \"driver\": \"PostgreSQL\",\n    \"server\": \"localhost\",\n    \"askForPassword\": true\n  }]\n}",
    ])()


TALK = ["rotated the Stripe key after the offboarding; the new one is in Vault at secret/payments/stripe, old one revoked",
        "the GitHub token in CI only has `contents:read`, so the release job needs the app installation token instead",
        "secret scanner flagged {f} again — it's a sha256 of the fixture file, not a key; added it to the allowlist with a comment",
        "we should stop passing the DB password as a CLI arg; `ps` shows it. Use PGPASSFILE",
        "API key for the geocoder is per-environment; ask platform for a staging one, don't reuse prod",
        "prompt templates moved to prompts/*.md; the eval harness loads them by name",
        "the summariser's system prompt got longer than the context budget for small models; trimmed the examples section",
        "token expiry is 15 min for access, 30 days for refresh; the bug was that we refreshed on 401 only",
        "confirmed: the leaked key from last week's incident was revoked at 14:02 UTC, no usage after that",
        "model health: claude-sonnet rate-limited until 16:40, fell back to the local model for lint suggestions",
        "password policy change: min length 14, no rotation requirement, breached-password check via k-anonymity API",
        "the `.npmrc` in the repo only references ${NPM_TOKEN}; the actual token is set per-runner",
        "cookie `__Host-sid` is HttpOnly + Secure + SameSite=Lax now; CSRF token moved to a header",
        "the OIDC client secret for staging expires next month — calendar reminder set, runbook updated",
        "PR bot comments are generated by a model; don't copy them into the changelog verbatim",
        "no credentials in the HAR: Chrome strips cookies when you export sanitized, double-checked",
        "Vault path for the new service: kv/data/{s}/prod (policy {s}-read)",
        "the JWT in the bug report was already expired (exp in 2024) and has been redacted from the ticket anyway",
        "pip.conf on the runners points at the internal mirror; auth goes through the netrc the runner image provisions at boot",
        "Helm chart now uses existingSecret everywhere; no values file contains a password anymore",
        "we talked about whether to log prompts for debugging — decision: no, only token counts and latency"]


def talk(r):
    t = fill(r, pick(r, TALK))
    return pick(r, ["{t}", "note: {t}", "{t}.", f"[{ts(r)[:10]}] {{t}}", "FYI {t}", "decision: {t}"]).replace("{t}", t)


HEALTH = ["anthropic/claude-sonnet-4-5 rate_limited, reset in {m}m, remaining 0", "openai/gpt-4o-mini healthy, p95 {ms} ms",
          "upstream pypi mirror degraded: {n} timeouts in the last hour", "github api secondary rate limit hit; backing off {m} min",
          "ollama/llama3.1:8b ok on localhost:11434, {ms} ms first token", "gemini-2.5-pro 429 quota exceeded until {hm} UTC",
          "npm registry slow ({ms} ms median), using the cache", "self-hosted runner ci-{n} offline since {hm}"]
CFG = ["python = 3.12 (source: .python-version)", "node = 20.{n}.0 (source: .nvmrc)", "package manager = pnpm 9", "test command = make test",
       "db = postgres 16 (docker compose)", "default branch = main", "lint = ruff + mypy --strict", "api base url = https://api.staging.{o}.io",
       "secrets backend = vault (kv v2), path kv/data/{s}", "auth mode = OIDC via Keycloak, realm main", "model = claude-sonnet-4-5 for reviews, local for lint",
       "TZ = UTC in CI, Europe/Berlin locally", "max upload size = 25 MB", "feature flag provider = unleash", "token ttl = 900s access / 30d refresh"]


def healthcfg(r):
    t = pick(r, HEALTH + CFG)
    t = (t.replace("{m}", str(num(r, 5, 90))).replace("{ms}", str(num(r, 80, 4000))).replace("{n}", str(num(r, 2, 40)))
         .replace("{hm}", f"{num(r, 0, 23):02d}:{num(r, 0, 59):02d}").replace("{o}", org(r)).replace("{s}", pick(r, SERVICES)))
    return pick(r, ["{t}", "config: {t}", "health: {t}", "{t} — checked " + ts(r)[11:16]]).replace("{t}", t)


NOTE_INTL = {
    "de": ["PR #{n} ist offen und wartet auf Review; CI grün auf {sha}", "Flaky-Test {t} tritt nur mit xdist auf, vermutlich geteilte tmp-Verzeichnisse",
           "Das API-Token für staging liegt in Vault unter kv/data/{s}; bitte nicht ins Repo kopieren"],
    "fr": ["PR #{n} ouverte, en attente de relecture ; CI verte sur {sha}", "le test {t} n'échoue qu'avec xdist, sans doute un dossier tmp partagé",
           "la clé d'API de staging est dans Vault (kv/data/{s}), ne pas la copier dans le dépôt"],
    "es": ["PR #{n} abierta, esperando revisión; CI en verde en {sha}", "el test {t} solo falla con xdist, seguramente por un tmp compartido",
           "el token de staging está en Vault (kv/data/{s}); no copiarlo al repo"],
    "pt": ["PR #{n} aberto, aguardando review; CI verde em {sha}", "o teste {t} só falha com xdist, provavelmente diretório tmp compartilhado"],
    "ru": ["PR #{n} открыт, ждёт ревью; CI зелёный на {sha}", "тест {t} падает только с xdist, видимо общий tmp-каталог",
           "токен для staging лежит в Vault (kv/data/{s}), в репозиторий не копировать"],
    "pl": ["PR #{n} otwarty, czeka na review; CI zielone na {sha}", "test {t} wywala się tylko z xdist, pewnie wspólny katalog tmp"],
    "tr": ["PR #{n} açık, review bekliyor; CI {sha} üzerinde yeşil", "{t} sadece xdist ile başarısız oluyor, muhtemelen ortak tmp dizini"],
    "zh": ["PR #{n} 已开，等待 review；CI 在 {sha} 上是绿的", "{t} 只在 xdist 下失败，可能是共享了 tmp 目录", "staging 的 API token 在 Vault 的 kv/data/{s} 里，不要复制到仓库"],
    "ja": ["PR #{n} はレビュー待ち。CI は {sha} でグリーン", "{t} は xdist のときだけ落ちる。tmp ディレクトリの共有が怪しい", "staging の API トークンは Vault の kv/data/{s} にある。リポジトリにはコピーしないこと"],
    "ko": ["PR #{n} 리뷰 대기 중, {sha}에서 CI 통과", "{t}는 xdist에서만 실패함, tmp 디렉터리 공유 문제로 보임"],
    "hi": ["PR #{n} खुला है, review का इंतज़ार; {sha} पर CI हरा", "{t} सिर्फ xdist के साथ फेल होता है, शायद साझा tmp डायरेक्टरी"],
    "ar": ["طلب الدمج #{n} مفتوح بانتظار المراجعة؛ CI ناجح على {sha}", "الاختبار {t} يفشل فقط مع xdist، غالبًا بسبب مجلد tmp مشترك"],
    "vi": ["PR #{n} đang chờ review; CI xanh trên {sha}", "{t} chỉ fail khi chạy xdist, có lẽ do dùng chung thư mục tmp"],
    "id": ["PR #{n} sudah dibuka, menunggu review; CI hijau di {sha}", "{t} cuma gagal dengan xdist, kemungkinan direktori tmp dipakai bersama"],
    "it": ["PR #{n} aperta, in attesa di review; CI verde su {sha}", "il test {t} fallisce solo con xdist, probabilmente tmp condivisa"],
    "nl": ["PR #{n} staat open, wacht op review; CI groen op {sha}", "{t} faalt alleen met xdist, waarschijnlijk gedeelde tmp-map"],
}


def notes_intl(r):
    lang = pick(r, list(NOTE_INTL))
    t = fill(r, pick(r, NOTE_INTL[lang])).replace("{sha}", short_sha(r))
    if r.random() < 0.3:
        t2 = fill(r, pick(r, TODOS.get(lang, TODOS["de"])))
        t = t + "\n" + pick(r, ["next: ", "- [ ] ", "→ "]) + t2
    return t, lang
