# ruff: noqa: E501, RUF001 - corpus data: long literal lines and non-Latin punctuation are the point
"""Secret categories: strings that carry a usable credential value somewhere in them.

Labelling rule: a line is `secret` when a reader who saw only that line would hold a value
that authenticates (password, token, key, signed URL, session cookie, private key). The
value is always synthetic. Names, references and placeholders without a value are benign
(see _benign.py).
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable

from _rand import (
    ALNUM,
    B64URL,
    alnum,
    b64_bytes,
    b64_text,
    chars,
    digits,
    env,
    git_sha,
    hexs,
    host,
    jwt,
    password,
    pem,
    pr,
    repo,
    service,
    user,
    uuid4,
)
from _vendors import VENDORS

Gen = Callable[[random.Random], str]

CONTEXTUAL = {
    "mistral", "cohere", "wandb", "aws-secret", "cloudflare", "vercel", "snyk", "jenkins", "twilio-auth", "postmark",
    "zendesk", "paypal", "datadog-api", "datadog-app", "algolia-admin", "confluent", "browserstack",
    "rails-master-key", "django-secret", "hex-signing", "azure-devops", "okta",
}


def _vendor_line(rng: random.Random, family: str) -> str:
    choices = [v for v in VENDORS if v[0] == family]
    _, vendor, var, gen = rng.choice(choices)
    tok = gen(rng)
    var1 = var.split(" / ")[0].split(":")[0]
    name = vendor.split("-")[0]
    sha = git_sha(rng, 7)
    templates = [
        f"{var1}={tok}",
        f'export {var1}="{tok}"',
        f"{name} token: {tok}",
        f"new {name} key is {tok} (old one revoked this morning)",
        f"set the {name} credential in CI to {tok}",
        f"CI green on {sha} after swapping {var1} to {tok}",
        f"{var1}: {tok}",
        f"the {name} key that works for staging: {tok}",
        f"if the deploy fails again use {tok} as the {name} token",
        f"config {var1.lower()} = {tok}",
        f"{name}={tok} ({env(rng)})",
        f"rate limit on {name} went away once I used {tok}",
    ]
    if vendor not in CONTEXTUAL:
        templates += [tok, f"{tok}", f"token {tok}", f"pasted {tok} into the secrets page", f"key={tok}"]
    return rng.choice(templates)


def _vendor(family: str) -> Gen:
    return lambda rng: _vendor_line(rng, family)


# ---- prose in many languages -------------------------------------------------------------

PROSE: dict[str, list[str]] = {
    "en": [
        "the staging database password is {pw}",
        "login for the {svc} admin panel: {u} / {pw}",
        "I reset {u}'s password to {pw}, tell them to change it",
        "use {pw} for the {svc} service account until the rotation lands",
        "the wifi in the lab is LabNet-5G, passphrase {pw}",
        "root password on {host} is now {pw}",
        "FYI the shared {svc} credentials are {u} and {pw}",
    ],
    "zh": [
        "测试环境数据库的密码是 {pw}",
        "{svc} 管理后台账号 {u}，密码 {pw}",
        "我把 {u} 的密码重置成了 {pw}，记得让他改掉",
        "服务器 {host} 的 root 密码：{pw}",
        "API 密钥是 {tok}，先别外传",
    ],
    "ja": [
        "ステージングDBのパスワードは {pw} です",
        "{svc} の管理画面: ユーザー {u} / パスワード {pw}",
        "{host} の root パスワードを {pw} に変更しました",
        "APIキーは {tok} です。共有しないでください",
        "一時的なトークン: {tok}",
    ],
    "ko": [
        "스테이징 DB 비밀번호는 {pw} 입니다",
        "{svc} 관리자 계정: {u} / 비밀번호 {pw}",
        "{host} 서버 root 비밀번호를 {pw}(으)로 바꿨어요",
        "API 키는 {tok} 입니다",
    ],
    "de": [
        "Das Passwort für die Staging-Datenbank lautet {pw}",
        "Zugang zum {svc}-Admin: Benutzer {u}, Kennwort {pw}",
        "Ich habe das Passwort von {u} auf {pw} zurückgesetzt",
        "Der API-Schlüssel ist {tok}, bitte nicht weitergeben",
    ],
    "fr": [
        "le mot de passe de la base de staging est {pw}",
        "accès admin {svc} : identifiant {u}, mot de passe {pw}",
        "j'ai réinitialisé le mot de passe de {u} : {pw}",
        "la clé d'API est {tok}, ne la partage pas",
    ],
    "es": [
        "la contraseña de la base de datos de staging es {pw}",
        "acceso al panel de {svc}: usuario {u}, contraseña {pw}",
        "le cambié la contraseña a {u}, ahora es {pw}",
        "la clave de la API es {tok}",
    ],
    "pt": [
        "a senha do banco de staging é {pw}",
        "acesso ao painel {svc}: usuário {u}, senha {pw}",
        "resetei a senha do {u} para {pw}",
        "o token da API é {tok}",
    ],
    "ru": [
        "пароль от staging базы: {pw}",
        "доступ в админку {svc}: логин {u}, пароль {pw}",
        "сбросил пароль {u} на {pw}",
        "ключ API: {tok}, никому не показывай",
    ],
    "it": [
        "la password del database di staging è {pw}",
        "accesso al pannello {svc}: utente {u}, password {pw}",
        "ho reimpostato la password di {u} a {pw}",
        "la chiave API è {tok}",
    ],
    "nl": [
        "het wachtwoord van de staging-database is {pw}",
        "inloggen op {svc}-beheer: gebruiker {u}, wachtwoord {pw}",
        "ik heb het wachtwoord van {u} gereset naar {pw}",
        "de API-sleutel is {tok}",
    ],
    "pl": [
        "hasło do bazy na stagingu to {pw}",
        "dostęp do panelu {svc}: login {u}, hasło {pw}",
        "zresetowałem hasło {u} na {pw}",
        "klucz API to {tok}",
    ],
    "tr": [
        "staging veritabanı şifresi {pw}",
        "{svc} yönetim paneli: kullanıcı {u}, parola {pw}",
        "{u} kullanıcısının şifresini {pw} olarak sıfırladım",
        "API anahtarı: {tok}",
    ],
    "ar": [
        "كلمة المرور لقاعدة بيانات الاختبار هي {pw}",
        "حساب لوحة {svc}: المستخدم {u} وكلمة السر {pw}",
        "مفتاح الواجهة البرمجية هو {tok}",
    ],
    "hi": [
        "स्टेजिंग डेटाबेस का पासवर्ड {pw} है",
        "{svc} एडमिन पैनल: यूज़र {u}, पासवर्ड {pw}",
        "API की {tok} है, किसी को मत भेजना",
    ],
}


def _any_token(rng: random.Random) -> str:
    _, _vendor, _, gen = rng.choice([v for v in VENDORS if v[1] not in CONTEXTUAL])
    return gen(rng)


def _prose(rng: random.Random) -> str:
    lang = rng.choice(sorted(PROSE))
    t = rng.choice(PROSE[lang])
    return t.format(pw=password(rng), u=user(rng), svc=service(rng), host=host(rng), tok=_any_token(rng))


def _prose_note(rng: random.Random) -> str:
    """An operational note that otherwise looks benign but carries a credential."""
    sha = git_sha(rng, 7)
    pw = password(rng)
    tok = _any_token(rng)
    return rng.choice([
        f"CI green on {sha}, PR #{pr(rng)} open; deploy user is {user(rng)} with password {pw}",
        f"next: rerun the migration with DB password {pw} (the old one expired)",
        f"blocked on {service(rng)}: it rejects our key, tried {tok}",
        f"handoff: smoke test passes locally when {service(rng)} uses token {tok}",
        f"remember the SMTP password is {pw} if the mail test fails",
        f"config: redis auth = {pw}",
        f"pair with {user(rng)} tomorrow; the vpn pre-shared key is {pw}",
        f"reviewer asked why {tok} is hardcoded in settings.py - move it to the vault",
        f"the keystore password for the release build is {pw}",
        f"passphrase for deploy_key is {pw}",
    ])


# ---- config files -------------------------------------------------------------------------

def _ini(rng: random.Random) -> str:
    pw = password(rng)
    return rng.choice([
        f"[database]\nhost = {host(rng)}\nport = 5432\nuser = {user(rng)}\npassword = {pw}",
        f"[smtp]\nserver = smtp.{host(rng)}\nusername = {user(rng)}\npassword = {pw}\nstarttls = true",
        f"[default]\naws_access_key_id = AKIA{chars(rng, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}\naws_secret_access_key = {b64_bytes(rng, 30)}",
        f"[client]\nuser={user(rng)}\npassword=\"{pw}\"\nhost={host(rng)}",
        f"[api]\nendpoint = https://{host(rng)}/v2\napi_key = {_any_token(rng)}",
        f"[remote \"backup\"]\ntype = s3\naccess_key_id = AKIA{chars(rng, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}\nsecret_access_key = {b64_bytes(rng, 30)}",
        f"[ldap]\nbind_dn = cn={user(rng)},dc=corp\nbind_password = {pw}",
    ])


def _properties(rng: random.Random) -> str:
    pw = password(rng)
    return rng.choice([
        f"spring.datasource.url=jdbc:postgresql://{host(rng)}:5432/{service(rng)}\nspring.datasource.username={user(rng)}\nspring.datasource.password={pw}",
        f"mail.smtp.user={user(rng)}\nmail.smtp.password={pw}",
        f"kafka.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"{user(rng)}\" password=\"{pw}\";",
        f"keystore.password={pw}\nkey.alias=release",
        f"storePassword={pw}\nkeyPassword={password(rng)}\nkeyAlias=upload\nstoreFile=upload.jks",
        f"app.jwt.secret={b64_bytes(rng, 48)}",
        f"sonar.login={_any_token(rng)}",
        f"signing.password={pw}\nsigning.keyId={hexs(rng, 8).upper()}",
    ])


def _toml(rng: random.Random) -> str:
    pw = password(rng)
    return rng.choice([
        f'[database]\nurl = "postgres://{user(rng)}:{pw}@{host(rng)}:5432/app"',
        f'[tool.poetry.http-basic.private]\nusername = "{user(rng)}"\npassword = "{pw}"',
        f'[secrets]\nstripe_key = "sk_live_{alnum(rng, 99)}"',
        f'[auth]\njwt_secret = "{b64_bytes(rng, 32)}"\ntoken_ttl = "15m"',
        f'[registries.private]\ntoken = "{_any_token(rng)}"',
        f'api_key = "{_any_token(rng)}"\nbase_url = "https://{host(rng)}"',
        f'[smtp]\nuser = "{user(rng)}"\npass = "{pw}"',
    ])


def _yaml(rng: random.Random) -> str:
    pw = password(rng)
    return rng.choice([
        f"database:\n  host: {host(rng)}\n  username: {user(rng)}\n  password: {pw}",
        f"spring:\n  datasource:\n    password: \"{pw}\"",
        f"env:\n  - name: API_TOKEN\n    value: {_any_token(rng)}",
        f"redis:\n  url: redis://:{pw}@{host(rng)}:6379/0",
        f"smtp:\n  user: {user(rng)}\n  password: '{pw}'",
        f"credentials:\n  client_id: {uuid4(rng)}\n  client_secret: {chars(rng, B64URL, 40)}",
        f"auth:\n  github_token: {_any_token(rng)}",
        f"- name: login to registry\n  run: echo '{pw}' | docker login -u {user(rng)} --password-stdin",
        f"grafana:\n  adminPassword: {pw}",
        f"production:\n  secret_key_base: {hexs(rng, 128)}",
    ])


def _json(rng: random.Random) -> str:
    pw = password(rng)
    return rng.choice([
        f'{{"db": {{"host": "{host(rng)}", "user": "{user(rng)}", "password": "{pw}"}}}}',
        f'{{"apiKey": "{_any_token(rng)}", "region": "eu-west-1"}}',
        f'{{"auths": {{"registry.{host(rng)}": {{"auth": "{b64_text(user(rng) + ":" + pw)}"}}}}}}',
        f'{{"client_id": "{uuid4(rng)}", "client_secret": "{chars(rng, B64URL, 40)}"}}',
        f'{{"token": "{_any_token(rng)}", "expires": "2026-01-01"}}',
        f'{{"mcpServers": {{"github": {{"env": {{"GITHUB_PERSONAL_ACCESS_TOKEN": "ghp_{alnum(rng, 36)}"}}}}}}}}',
        f'{{"smtp": {{"pass": "{pw}"}}}}',
        f'{{"refresh_token": "1//0{chars(rng, B64URL, 100)}", "token_type": "Bearer"}}',
    ])


def _xml(rng: random.Random) -> str:
    pw = password(rng)
    lead = rng.choice(["", '<?xml version="1.0" encoding="UTF-8"?>\n', "<!-- local settings -->\n"])
    return lead + rng.choice([
        f"<server>\n  <id>nexus</id>\n  <username>{user(rng)}</username>\n  <password>{pw}</password>\n</server>",
        f'<add name="Main" connectionString="Server={host(rng)};Database=app;User Id={user(rng)};Password={pw};" />',
        f'<Resource name="jdbc/app" username="{user(rng)}" password="{pw}" url="jdbc:mysql://{host(rng)}/app"/>',
        f'<add key="ApiKey" value="{_any_token(rng)}" />',
        f'<packageSourceCredentials><feed><add key="ClearTextPassword" value="{pw}" /></feed></packageSourceCredentials>',
        f"<credentials><token>{_any_token(rng)}</token></credentials>",
        f'<user username="{user(rng)}" password="{pw}" roles="manager-gui"/>',
    ])


def _hcl(rng: random.Random) -> str:
    pw = password(rng)
    return rng.choice([
        f'resource "aws_db_instance" "main" {{\n  username = "{user(rng)}"\n  password = "{pw}"\n}}',
        f'provider "aws" {{\n  access_key = "AKIA{chars(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}"\n  secret_key = "{b64_bytes(rng, 30)}"\n}}',
        f'variable "db_password" {{\n  default = "{pw}"\n}}',
        f'provider "github" {{\n  token = "ghp_{alnum(rng, 36)}"\n}}',
        f'provider "cloudflare" {{\n  api_token = "{chars(rng, ALNUM + "_-", 40)}"\n}}',
        f'db_password = "{pw}"',
        f'credentials "app.terraform.io" {{\n  token = "{alnum(rng, 14)}.atlasv1.{alnum(rng, 67)}"\n}}',
        f'resource "kubernetes_secret" "api" {{\n  data = {{\n    token = "{_any_token(rng)}"\n  }}\n}}',
    ])


def _dotenv(rng: random.Random) -> str:
    pw = password(rng)
    lines = rng.choice([
        [f"DATABASE_URL=postgres://{user(rng)}:{pw}@{host(rng)}:5432/app"],
        [f"DB_PASSWORD={pw}", "DB_USER=app", "DB_HOST=localhost"],
        ["NODE_ENV=production", f"SESSION_SECRET={b64_bytes(rng, 32)}"],
        [f"SECRET_KEY='{chars(rng, ALNUM + '!@#%^&*', 50)}'"],
        [f"SMTP_PASS={pw}"],
        [f"REDIS_PASSWORD={pw}", "REDIS_HOST=cache"],
        [f"JWT_SECRET={hexs(rng, 64)}"],
        [f"ENCRYPTION_KEY=base64:{b64_bytes(rng, 32)}"],
        ["APP_KEY=base64:" + b64_bytes(rng, 32), "APP_DEBUG=false"],
    ])
    if rng.random() < 0.4:
        lines.insert(0, "# local overrides, do not commit")
    return "\n".join(lines)


def _k8s(rng: random.Random) -> str:
    pw = password(rng)
    name = f"{service(rng)}-credentials"
    kv = rng.choice([
        ("password", pw),
        ("api-key", _any_token(rng)),
        ("DATABASE_URL", f"postgres://{user(rng)}:{pw}@{host(rng)}/app"),
        ("token", _any_token(rng)),
    ])
    lead = rng.choice(["", "---\n", f"# {name}.yaml\n", f"# {env(rng)} cluster\n", "# sealed later, raw for now\n"])
    dockercfg = json.dumps({"auths": {"ghcr.io": {"auth": b64_text(user(rng) + ":ghp_" + alnum(rng, 36))}}})
    yaml_forms = [
        f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {name}\ntype: Opaque\ndata:\n  username: {b64_text(user(rng))}\n  {kv[0]}: {b64_text(kv[1])}",
        f"kind: Secret\nmetadata:\n  name: {name}\ndata:\n  {kv[0]}: {b64_text(kv[1])}",
        f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {name}\nstringData:\n  {kv[0]}: \"{kv[1]}\"",
        f"apiVersion: v1\nkind: Secret\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: {b64_text(dockercfg)}",
    ]
    other_forms = [
        f'{{"apiVersion":"v1","kind":"Secret","metadata":{{"name":"{name}"}},"data":{{"{kv[0]}":"{b64_text(kv[1])}"}}}}',
        f"kubectl get secret {name} -o yaml shows data.{kv[0]}: {b64_text(kv[1])}",
    ]
    if rng.random() < 0.8:
        return lead + rng.choice(yaml_forms)
    return rng.choice(other_forms)


def _compose(rng: random.Random) -> str:
    pw = password(rng)
    svc = rng.choice(["db", "postgres", "mysql", "redis", "api", "rabbitmq", "minio"])
    return rng.choice([
        f"services:\n  {svc}:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: {pw}",
        f"services:\n  {svc}:\n    image: mysql:8\n    environment:\n      - MYSQL_ROOT_PASSWORD={pw}",
        f"services:\n  {svc}:\n    image: redis:7\n    command: redis-server --requirepass {pw}",
        f"  {svc}:\n    environment:\n      RABBITMQ_DEFAULT_USER: {user(rng)}\n      RABBITMQ_DEFAULT_PASS: {pw}",
        f"services:\n  {svc}:\n    image: minio/minio\n    environment:\n      MINIO_ROOT_USER: admin\n      MINIO_ROOT_PASSWORD: {pw}",
        f"  api:\n    environment:\n      - STRIPE_SECRET_KEY=sk_live_{alnum(rng, 99)}",
        f"version: '3.8'\nservices:\n  {svc}:\n    environment:\n      API_TOKEN: {_any_token(rng)}",
    ])


def _dotfiles(rng: random.Random) -> str:
    pw = password(rng)
    return rng.choice([
        f"//registry.npmjs.org/:_authToken=npm_{alnum(rng, 36)}",
        f"[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmc{chars(rng, B64URL, 140)}",
        f"machine {host(rng)} login {user(rng)} password {pw}",
        f"{host(rng)}:5432:app:{user(rng)}:{pw}",
        f"https://{user(rng)}:ghp_{alnum(rng, 36)}@github.com",
        f'{{"auths": {{"https://index.docker.io/v1/": {{"auth": "{b64_text(user(rng) + ":" + pw)}"}}}}}}',
        f"[profile {env(rng)}]\naws_access_key_id = AKIA{chars(rng, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}\naws_secret_access_key = {b64_bytes(rng, 30)}",
        f"[Interface]\nPrivateKey = {b64_bytes(rng, 32)}\nAddress = 10.8.0.{rng.randint(2, 250)}/24",
        f"define('DB_PASSWORD', '{pw}');",
        f"SECRET_KEY = '{chars(rng, 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 50)}'",
        f"[remote]\nuser = {user(rng)}\npass = {pw}",
        f"//npm.pkg.github.com/:_authToken=ghp_{alnum(rng, 36)}",
        f"echo 'export GITHUB_TOKEN=ghp_{alnum(rng, 36)}' >> ~/.zshrc",
    ])


# ---- command lines, URLs, connection strings, headers, cookies, keys ----------------------

def _cli(rng: random.Random) -> str:
    pw = password(rng)
    u = user(rng)
    h = host(rng)
    tok = _any_token(rng)
    return rng.choice([
        f"mysql -h {h} -u {u} -p'{pw}' app",
        f"curl -u {u}:{pw} https://{h}/api/v1/status",
        f'curl -H "Authorization: Bearer {tok}" https://{h}/v1/me',
        f"docker login -u {u} -p {pw} registry.{h}",
        f'psql "postgresql://{u}:{pw}@{h}:5432/app" -c "select 1"',
        f"export GITHUB_TOKEN=ghp_{alnum(rng, 36)} && gh pr list",
        f"echo ghp_{alnum(rng, 36)} | gh auth login --with-token",
        f"aws configure set aws_secret_access_key {b64_bytes(rng, 30)}",
        f"kubectl create secret generic db --from-literal=password='{pw}'",
        f"heroku config:set API_KEY={tok} -a {service(rng)}-app",
        f"sshpass -p '{pw}' ssh {u}@{h}",
        f"redis-cli -h {h} -a '{pw}' ping",
        f'mongosh "mongodb+srv://{u}:{pw}@cluster0.{alnum(rng, 5).lower()}.mongodb.net/app"',
        f"git clone https://oauth2:glpat-{chars(rng, B64URL, 20)}@gitlab.com/{repo(rng)}.git",
        f"npm config set //registry.npmjs.org/:_authToken npm_{alnum(rng, 36)}",
        f"vault login hvs.{chars(rng, B64URL, 90)}",
        f"az login --service-principal -u {uuid4(rng)} -p '{alnum(rng, 3)}8Q~{chars(rng, ALNUM, 34)}' --tenant {uuid4(rng)}",
        f"wget --user={u} --password='{pw}' https://{h}/backup.tar.gz",
        f"smbclient //{h}/share -U {u}%{pw}",
        f"mc alias set prod https://{h} AKIA{chars(rng, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)} {b64_bytes(rng, 30)}",
        f"terraform apply -var 'db_password={pw}'",
        f"helm upgrade --install db bitnami/postgresql --set auth.postgresPassword={pw}",
        f"docker run -e POSTGRES_PASSWORD={pw} -p 5432:5432 postgres:16",
        f"handoff run -- env API_KEY={tok} pytest -q tests/test_client.py",
        f"twine upload -u __token__ -p pypi-AgEIcHlwaS5vcmc{chars(rng, B64URL, 140)} dist/*",
        f"pg_dump 'host={h} user={u} password={pw} dbname=app' > dump.sql",
        f"openssl pkcs12 -export -in cert.pem -inkey key.pem -passout pass:{pw} -out bundle.p12",
        f"net use Z: \\\\{h}\\share /user:{u} {pw}",
        f"ansible-playbook site.yml -e 'ansible_become_pass={pw}'",
        f"lftp -u {u},{pw} sftp://{h}",
        f"STRIPE_SECRET_KEY=sk_live_{alnum(rng, 99)} npm run sync-prices",
        f"htpasswd -b -c .htpasswd {u} '{pw}'",
    ])


def _url(rng: random.Random) -> str:
    pw = password(rng).replace("@", "%40").replace("#", "%23").replace("?", "%3F").replace("/", "%2F")
    u = user(rng)
    h = host(rng)
    return rng.choice([
        f"https://{u}:{pw}@{h}/repo.git",
        f"https://{h}/api/v2/items?api_key={_any_token(rng)}",
        f"https://{h}/export?access_token={_any_token(rng)}&format=csv",
        f"https://hooks.slack.com/services/T{chars(rng, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 8)}/B{chars(rng, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}/{alnum(rng, 24)}",
        f"https://discord.com/api/webhooks/{digits(rng, 18)}/{chars(rng, B64URL, 68)}",
        f"https://{service(rng)}-bucket.s3.amazonaws.com/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA{chars(rng, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}%2F20250301%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20250301T101500Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature={hexs(rng, 64)}",
        f"https://{chars(rng, 'abcdefghijklmnopqrstuvwxyz', 10)}.blob.core.windows.net/backups/db.bak?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2026-01-01T00:00:00Z&sig={b64_bytes(rng, 32).replace('+', '%2B').replace('/', '%2F').replace('=', '%3D')}",
        f"ftp://{u}:{pw}@{h}/incoming/",
        f"https://{h}/reset?token={chars(rng, B64URL, 43)}&uid={rng.randint(100, 99999)}",
        f"wss://{h}/socket?token={jwt(rng)}",
        f"https://outlook.office.com/webhook/{uuid4(rng)}@{uuid4(rng)}/IncomingWebhook/{hexs(rng, 32)}/{uuid4(rng)}",
        f"https://api.telegram.org/bot{digits(rng, 10)}:AA{chars(rng, B64URL, 33)}/sendMessage",
        f"https://{h}/login/magic?code={chars(rng, B64URL, 48)}",
        f"open https://{u}:{pw}@{h}:8443/admin in the browser",
        f"https://oauth2:glpat-{chars(rng, B64URL, 20)}@gitlab.{h}/{repo(rng)}.git",
    ])


def _conn(rng: random.Random) -> str:
    pw = password(rng).replace("@", "!").replace("/", "_").replace(";", ".")
    u = user(rng)
    h = host(rng)
    db = service(rng)
    return rng.choice([
        f"postgresql://{u}:{pw}@{h}:5432/{db}",
        f"postgres://{u}:{pw}@{h}/{db}?sslmode=require",
        f"mysql://{u}:{pw}@{h}:3306/{db}",
        f"mongodb+srv://{u}:{pw}@cluster0.{alnum(rng, 5).lower()}.mongodb.net/{db}?retryWrites=true",
        f"redis://default:{pw}@{h}:6379",
        f"rediss://:{pw}@{h}:6380/0",
        f"amqp://{u}:{pw}@{h}:5672/%2F",
        f"jdbc:postgresql://{h}:5432/{db}?user={u}&password={pw}",
        f"jdbc:sqlserver://{h}:1433;databaseName={db};user={u};password={pw};encrypt=true",
        f"Server=tcp:{h},1433;Initial Catalog={db};User ID={u};Password={pw};Encrypt=True;",
        f"Driver={{ODBC Driver 18 for SQL Server}};Server={h};Database={db};Uid={u};Pwd={pw};",
        f"Host={h};Port=5432;Database={db};Username={u};Password={pw}",
        f"clickhouse://{u}:{pw}@{h}:9000/{db}",
        f"snowflake://{u}:{pw}@{alnum(rng, 7).lower()}-{alnum(rng, 7).lower()}/{db}/public?warehouse=wh",
        f"Endpoint=sb://{db}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={b64_bytes(rng, 32)}",
        f"HostName={db}.azure-devices.net;DeviceId=dev{rng.randint(1, 99)};SharedAccessKey={b64_bytes(rng, 32)}",
        f"neo4j+s://{u}:{pw}@{alnum(rng, 8).lower()}.databases.neo4j.io",
        f"DATABASE_URL was mysql://{u}:{pw}@{h}/{db} when the migration failed",
        f"smtp://{u}:{pw}@smtp.{h}:587",
        f"ldap://cn={u},dc=corp:{pw}@{h}:389",
    ])


def _header(rng: random.Random) -> str:
    pw = password(rng)
    tok = _any_token(rng)
    return rng.choice([
        f"Authorization: Bearer {jwt(rng)}",
        f"Authorization: Bearer {tok}",
        f"Authorization: Basic {b64_text(user(rng) + ':' + pw)}",
        f"Authorization: token ghp_{alnum(rng, 36)}",
        f"X-API-Key: {tok}",
        f"x-api-key: sk-ant-api03-{chars(rng, B64URL, 93)}AA",
        f"PRIVATE-TOKEN: glpat-{chars(rng, B64URL, 20)}",
        f"Proxy-Authorization: Basic {b64_text(user(rng) + ':' + pw)}",
        f"X-Vault-Token: hvs.{chars(rng, B64URL, 90)}",
        f"DD-API-KEY: {hexs(rng, 32)}",
        f"api-key: {hexs(rng, 32)}",
        f"X-Auth-Token: {hexs(rng, 40)}",
        f"-H 'Authorization: Bearer {tok}'",
        f'headers = {{"Authorization": "Bearer {tok}"}}',
        f"GET /v1/accounts HTTP/1.1\nHost: {host(rng)}\nAuthorization: Bearer {jwt(rng)}",
        f"x-goog-api-key: AIza{chars(rng, B64URL, 35)}",
        f"Authorization: Splunk {uuid4(rng)}",
        f"Authorization: Token token={hexs(rng, 32)}",
        f"X-Shopify-Access-Token: shpat_{hexs(rng, 32)}",
        f"X-Figma-Token: figd_{chars(rng, B64URL, 40)}",
    ])


def _cookie(rng: random.Random) -> str:
    return rng.choice([
        f"Cookie: sessionid={chars(rng, 'abcdefghijklmnopqrstuvwxyz0123456789', 32)}; csrftoken={alnum(rng, 64)}",
        f"Set-Cookie: session={chars(rng, B64URL, 120)}; Path=/; HttpOnly; Secure",
        f"Cookie: connect.sid=s%3A{chars(rng, B64URL, 32)}.{chars(rng, B64URL, 43)}",
        f"PHPSESSID={chars(rng, 'abcdefghijklmnopqrstuvwxyz0123456789', 26)}",
        f"Cookie: JSESSIONID={hexs(rng, 32).upper()}",
        f"laravel_session=eyJpdiI6I{chars(rng, B64URL, 150)}",
        f"__Secure-next-auth.session-token={chars(rng, B64URL, 180)}",
        f"Cookie: _gh_sess={chars(rng, ALNUM + '%', 200)}; user_session={chars(rng, B64URL, 48)}",
        f"document.cookie shows auth_token={jwt(rng)}",
        f"Set-Cookie: remember_user_token={chars(rng, B64URL, 90)}--{hexs(rng, 40)}; expires=Fri, 01 Jan 2027 00:00:00 GMT",
        f"copied my session cookie to reproduce: sid={chars(rng, B64URL, 64)}",
        f"curl -b 'session={chars(rng, B64URL, 64)}' https://{host(rng)}/admin",
        f"Cookie: AWSELB={hexs(rng, 64).upper()}; _session_id={hexs(rng, 32)}",
        f".ROBLOSECURITY=_|WARNING:-DO-NOT-SHARE-THIS.--|_{hexs(rng, 300).upper()}",
    ])


def _private_key(rng: random.Random) -> str:
    kind = rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY",
                       "ENCRYPTED PRIVATE KEY", "DSA PRIVATE KEY", "PGP PRIVATE KEY BLOCK"])
    block = pem(rng, kind)
    return rng.choice([
        block,
        f"deploy key for {repo(rng)}:\n{block}",
        block.replace("\n", "\\n"),
        f'"private_key": "{block.replace(chr(10), chr(92) + "n")}"',
        "ssh_key: |\n  " + block.replace("\n", "\n  "),
        f"PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: {user(rng)}@laptop\nPublic-Lines: 2\n{b64_bytes(rng, 48)}\n{b64_bytes(rng, 3)}\nPrivate-Lines: 1\n{b64_bytes(rng, 48)}\nPrivate-MAC: {hexs(rng, 64)}",
        f'{{"kty":"EC","crv":"P-256","x":"{b64_bytes(rng, 32, url=True)}","y":"{b64_bytes(rng, 32, url=True)}","d":"{b64_bytes(rng, 32, url=True)}"}}',
        f'{{"kty":"OKP","crv":"Ed25519","x":"{b64_bytes(rng, 32, url=True)}","d":"{b64_bytes(rng, 32, url=True)}"}}',
    ])


def _jwt(rng: random.Random) -> str:
    tok = jwt(rng, rng.choice([{"scope": "admin"}, {"role": "service"}, {"email": f"{user(rng)}@example.com"}, {}]))
    return rng.choice([
        tok,
        f"access_token={tok}",
        f"the bearer token from the login response: {tok}",
        f'{{"access_token": "{tok}", "token_type": "bearer", "expires_in": 3600}}',
        f"id_token: {tok}",
        f"test against staging with token {tok}",
        f"localStorage.authToken = '{tok}'",
        f"serviceaccount token: {tok}",
    ])


SECRET_CATEGORIES: list[tuple[str, int, Gen]] = [
    ("vendor_ai", 70, _vendor("ai")),
    ("vendor_cloud", 70, _vendor("cloud")),
    ("vendor_vcs_ci", 60, _vendor("vcs_ci")),
    ("vendor_saas", 70, _vendor("saas")),
    ("vendor_payments", 35, _vendor("payments")),
    ("vendor_devtools", 55, _vendor("devtools")),
    ("prose_multilingual", 90, _prose),
    ("prose_operational_note", 40, _prose_note),
    ("config_ini", 30, _ini),
    ("config_properties", 30, _properties),
    ("config_toml", 30, _toml),
    ("config_yaml", 35, _yaml),
    ("config_json", 35, _json),
    ("config_xml", 27, _xml),
    ("config_hcl", 30, _hcl),
    ("config_dotenv", 35, _dotenv),
    ("k8s_secret", 30, _k8s),
    ("docker_compose", 30, _compose),
    ("config_dotfiles", 40, _dotfiles),
    ("cli_invocation", 60, _cli),
    ("url_credentials", 45, _url),
    ("connection_string", 45, _conn),
    ("http_header", 45, _header),
    ("cookie_session", 35, _cookie),
    ("private_key", 35, _private_key),
    ("jwt_token", 25, _jwt),
]

