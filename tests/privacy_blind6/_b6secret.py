"""Secret categories of blind6: each function returns one text holding a synthetic credential."""

from __future__ import annotations

import random

from _b6rand import (
    ALNUM,
    B64,
    B64URL,
    BRANCHES,
    DBS,
    DIGITS,
    HEX,
    HOSTS,
    LOWALNUM,
    PEOPLE,
    PREFIXED,
    REPOS,
    SERVICES,
    UNPREFIXED,
    USERS,
    any_named,
    b64of,
    chars,
    jwt,
    password,
    pick,
    tok_aws_id,
    tok_aws_secret,
    tok_github,
    uuid4,
)

R = random.Random

# prefixes distinctive enough to stand alone (no name beside them)
STRONG = ["github", "gitlab", "openai", "anthropic", "openrouter", "slack", "stripe", "stripe_webhook", "sendgrid",
          "npm", "pypi", "rubygems", "dockerhub", "vault", "terraform_cloud", "digitalocean", "shopify",
          "huggingface", "replicate", "groq", "perplexity", "xai", "langsmith", "tavily", "pinecone", "linear",
          "atlassian", "figma", "postman", "sentry", "newrelic", "grafana", "planetscale", "supabase", "doppler",
          "pulumi", "netlify", "databricks", "dynatrace", "age", "jfrog", "sourcegraph", "buildkite", "clojars",
          "prefect", "airtable", "shippo", "dropbox", "easypost", "flutterwave", "mapbox", "google", "slack_app",
          "google_oauth_secret", "readme", "neon", "cerebras"]


def strong(rng: R) -> tuple[str, str, str]:
    name = pick(rng, STRONG)
    var, fn = PREFIXED[name]
    return name, var, fn(rng)  # type: ignore[operator]


def env_export_token(rng: R) -> str:
    _, var, tok = any_named(rng)
    k = rng.randrange(10)
    if k == 0:
        return f"export {var}={tok}"
    if k == 1:
        return f'export {var}="{tok}"'
    if k == 2:
        return f"set {var}={tok}"
    if k == 3:
        return f'$env:{var} = "{tok}"'
    if k == 4:
        return f"set -gx {var} {tok}"
    if k == 5:
        return f"ENV {var}={tok}"
    if k == 6:
        other = pick(rng, ["NODE_ENV=production", "LOG_LEVEL=debug", "PORT=8080", "TZ=America/Sao_Paulo",
                           "RUST_LOG=info", "GRADLE_OPTS=-Xmx4g", "UNITY_VERSION=2022.3.41f1"])
        tail = pick(rng, ["FEATURE_FLAGS=sync,offline", "REGION=sa-east-1", "WORKERS=4", "CACHE_TTL=300"])
        return f"# .env.{pick(rng, ['staging', 'local', 'prod', 'ci'])}\n{other}\n{var}={tok}\n{tail}"
    if k == 7:
        return f"{var}={tok} {pick(rng, ['npm run deploy', 'python train.py', './gradlew publish', 'make release'])}"
    if k == 8:
        return f"env:\n  {var}: {tok}\n  CI: true"
    return f"docker run --rm -e {var}={tok} {pick(rng, SERVICES)}:{rng.randint(1, 40)}"


def glued_token(rng: R) -> str:
    _, _, tok = strong(rng)
    k = rng.randrange(14)
    forms = [
        f"-{tok}",
        f"build.{tok}",
        f"x-{tok}",
        f"token:{tok}",
        f"({tok})",
        f"[{tok}]",
        f"see https://{pick(rng, HOSTS)}/cb?access_token={tok}&state=1",
        f"ran `handoff run -- true -{tok}` by mistake",
        f"the token is {tok}.",
        f"cfg/{pick(rng, SERVICES)}/{tok}",
        f"label={tok},env=prod",
        f"v2.3.1-{tok}",
        f"'{tok}';",
        f"<{tok}>",
    ]
    if rng.random() < 0.3:
        return f"{pick(rng, ['note:', 'fyi', 'todo remove', 'argv was'])} {forms[k]}"
    return forms[k]


def config_structured(rng: R) -> str:
    _, var, tok = any_named(rng)
    key = var.lower()
    k = rng.randrange(9)
    svc = pick(rng, SERVICES)
    if k == 0:
        return '{"service": "' + svc + '", "' + key + '": "' + tok + '", "timeout_ms": 3000}'
    if k == 1:
        return f"{svc}:\n  region: eu-central-1\n  {key}: {tok}\n  retries: 3"
    if k == 2:
        return f'[{svc}]\nendpoint = "https://{pick(rng, HOSTS)}"\n{key} = "{tok}"'
    if k == 3:
        return f"<add key=\"{var}\" value=\"{tok}\" />"
    if k == 4:
        return f'variable "{key}" {{\n  default = "{tok}"\n}}'
    if k == 5:
        return f"{svc}.{key.replace('_', '.')}={tok}"
    if k == 6:
        return (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {svc}-creds\ntype: Opaque\nstringData:\n"
                f"  {var}: {tok}")
    if k == 7:
        return (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {svc}\ndata:\n  {key}: "
                f"{b64of(tok.encode())}")
    return '{"env": {"' + var + '": "' + tok + '"}, "command": "npx", "args": ["-y", "@acme/mcp-server"]}'


def cli_secret_args(rng: R) -> str:
    pw = password(rng)
    _, var, tok = any_named(rng)
    host = pick(rng, HOSTS)
    user = pick(rng, USERS)
    forms = [
        f"gh secret set {var} --body {tok}",
        f"gh secret set {var} -b '{tok}' --repo {pick(rng, REPOS)}",
        f"aws configure set aws_secret_access_key {tok_aws_secret(rng)}",
        f"kubectl create secret generic {pick(rng, SERVICES)} --from-literal=password={pw}",
        f"kubectl -n prod create secret generic api --from-literal={var}={tok}",
        f"heroku config:set {var}={tok} -a {pick(rng, SERVICES)}",
        f"echo -n {tok} | vercel env add {var} production",
        f"fly secrets set {var}={tok} --app {pick(rng, SERVICES)}",
        f"docker login -u {user} -p {pw} registry.{pick(rng, ['gitlab.com', 'playforge.gg', 'hafenwerk.de'])}",
        f"echo {tok_github(rng)} | docker login ghcr.io -u {user} --password-stdin",
        f"mysql -h {host} -u {user} -p{pw} {pick(rng, DBS)}",
        f"mysqldump -u{user} -p'{pw}' --single-transaction {pick(rng, DBS)} > dump.sql",
        f"PGPASSWORD='{pw}' psql -h {host} -U {user} {pick(rng, DBS)}",
        f"sqlcmd -S {host},1433 -U sa -P '{pw}' -Q \"SELECT 1\"",
        f"redis-cli -h {host} -a '{pw}' --no-auth-warning ping",
        f"mongosh --host {host} -u {user} -p '{pw}' --authenticationDatabase admin",
        f"htpasswd -b -c /etc/nginx/.htpasswd {user} {pw}",
        f"echo '{pw}' | sudo -S systemctl restart {pick(rng, SERVICES)}",
        f"sshpass -p '{pw}' ssh {user}@{host}",
        f"curl -u {user}:{pw} https://{host}/api/health",
        f"npm config set //registry.npmjs.org/:_authToken {PREFIXED['npm'][1](rng)}",  # type: ignore[operator]
        f"poetry config pypi-token.pypi {PREFIXED['pypi'][1](rng)}",  # type: ignore[operator]
        f"twine upload -u __token__ -p {PREFIXED['pypi'][1](rng)} dist/*",  # type: ignore[operator]
        f"helm repo add internal https://charts.{pick(rng, ['hafenwerk.de', 'playforge.gg'])} --username "
        f"{user} --password {pw}",
        f"az login --service-principal -u {uuid4(rng)} -p {PREFIXED['azure_ad'][1](rng)} --tenant {uuid4(rng)}",  # type: ignore[operator]
        f"rabbitmqctl change_password {user} '{pw}'",
        f"echo '{tok}' | wrangler secret put {var}",
        f"supabase secrets set {var}={tok}",
        f"doppler secrets set {var} {tok}",
        f"firebase functions:config:set stripe.secret=\"{PREFIXED['stripe'][1](rng)}\"",  # type: ignore[operator]
        f"eas secret:create --scope project --name {var} --value {tok}",
        f"netlify env:set {var} {tok}",
        f"az keyvault secret set --vault-name kv-{pick(rng, SERVICES)} --name db-password --value '{pw}'",
        f"aws ssm put-parameter --name /prod/{pick(rng, SERVICES)}/db_password --type SecureString --value '{pw}'",
        f"aws secretsmanager create-secret --name prod/{var.lower()} --secret-string {tok}",
        f"dotnet user-secrets set \"Stripe:SecretKey\" {PREFIXED['stripe'][1](rng)}",  # type: ignore[operator]
        f"docker run -d -e POSTGRES_PASSWORD={pw} -p 5432:5432 postgres:16",
        f"ansible-playbook site.yml -e \"ansible_become_pass={pw}\"",
        f"nmcli dev wifi connect Lab-5G password '{pw}'",
        f"smbclient //{host}/share -U {user}%{pw}",
        f"mc alias set minio http://{host}:9000 minioadmin {pw}",
        f"influx setup --username admin --password '{pw}' --org lab --bucket telemetry --force",
        f"git clone https://oauth2:{PREFIXED['gitlab'][1](rng)}@gitlab.com/{pick(rng, REPOS)}.git",  # type: ignore[operator]
        f"vault login {PREFIXED['vault'][1](rng)}",  # type: ignore[operator]
        f"wget --user={user} --password='{pw}' https://{host}/artifacts/build.zip",
        f"ldapsearch -x -H ldaps://{host} -D cn=admin,dc=lab -w '{pw}' '(uid=*)'",
        f"pg_dump \"host={host} user={user} password={pw} dbname={pick(rng, DBS)}\" -Fc -f db.dump",
        f"openvpn --config lab.ovpn --auth-user-pass <(printf '%s\\n' {user} '{pw}')",
    ]
    s = pick(rng, forms)
    if rng.random() < 0.25:
        s = f"$ {s}"
    return s


def prose_password_en(rng: R) -> str:
    pw = password(rng)
    host = pick(rng, HOSTS)
    user = pick(rng, USERS)
    who = pick(rng, PEOPLE)
    forms = [
        f"the password for the staging db is {pw}",
        f"reset the admin password on {host}; it is now {pw}",
        f"login is {user} / {pw}",
        f"grafana admin creds: admin / {pw} (change after the drill)",
        f"{who}'s temp password is {pw}, she rotates it Monday",
        f"wifi at the venue: SSID PlayForge-Guest, pass {pw}",
        f"the upload keystore password is {pw} and the key alias is upload",
        f"if the VPN prompts, the passphrase is {pw}",
        f"sa password got rotated, new one: {pw}",
        f"root on {host} was reset to {pw} after the incident",
        f"TestFlight sandbox tester: qa+ios@tucano.app with password {pw}",
        f"Steamworks partner account {user}, password {pw}, 2FA on {who}'s phone",
        f"pw for the lab GPU box is {pw} (user {user})",
        f"the unseal passphrase we used this morning: {pw}",
        f"Jenkins admin user is admin and the password is {pw}",
        f"use {user}:{pw} for the basic auth on the preview env",
        f"bastion login {user} pw {pw}",
        f"my university SSO password ({pw}) is also on the moodle account, oops",
        f"db creds for {pick(rng, DBS)}: user={user} password={pw}",
        f"The MinIO console is at :9001, minioadmin / {pw}",
    ]
    s = pick(rng, forms)
    if rng.random() < 0.3:
        s = pick(rng, ["FYI ", "note for next shift: ", "(temp) ", "heads up, ", "from chat: "]) + s
    return s


INTL = {
    "pt": ["a senha do banco de staging é {pw}", "resetei a senha do {user} no {host}, agora é {pw}",
           "login: {user} / senha: {pw}", "senha provisória do Grafana: {pw} (trocar depois do plantão)",
           "a senha do keystore de release é {pw}", "pra entrar no bastion usa {user} com a senha {pw}"],
    "de": ["Das Passwort für die Staging-DB lautet {pw}", "Root-Passwort auf {host} wurde auf {pw} gesetzt",
           "Zugangsdaten: Benutzer {user}, Kennwort {pw}", "Passwort für den Jenkins-Admin: {pw}",
           "Das neue VPN-Passwort ist {pw}, bitte nicht weitergeben",
           "Kennwort des Servicekontos {user} ist jetzt {pw}"],
    "es": ["la contraseña de la base de staging es {pw}", "usuario {user}, contraseña {pw}",
           "cambié la clave de root en {host} a {pw}", "la contraseña del wifi de la oficina es {pw}",
           "clave temporal para {user}: {pw}"],
    "fr": ["le mot de passe de la base de préprod est {pw}", "identifiants : {user} / mot de passe {pw}",
           "j'ai réinitialisé le mot de passe admin de {host} : {pw}", "mdp du compte de service {user} : {pw}"],
    "it": ["la password del database di staging è {pw}", "utente {user}, password {pw}",
           "ho reimpostato la password di root su {host}: ora è {pw}"],
    "ru": ["пароль от базы на стейджинге: {pw}", "логин {user}, пароль {pw}",
           "сбросил пароль root на {host}, новый {pw}", "пароль от VPN теперь {pw}"],
    "uk": ["пароль до бази staging: {pw}", "логін {user}, пароль {pw}", "новий пароль адміністратора: {pw}"],
    "zh": ["测试环境数据库密码是 {pw}", "账号 {user}，密码 {pw}", "{host} 的 root 密码已重置为 {pw}",
           "跳板机密码：{pw}"],
    "ja": ["ステージングDBのパスワードは {pw} です", "ユーザー {user} / パスワード {pw}",
           "{host} の root パスワードを {pw} にリセットしました", "VPNのパスフレーズ: {pw}"],
    "ko": ["스테이징 DB 비밀번호는 {pw} 입니다", "계정 {user}, 비밀번호 {pw}", "관리자 비밀번호를 {pw}(으)로 바꿨어요"],
    "ar": ["كلمة المرور لقاعدة بيانات الاختبار هي {pw}", "اسم المستخدم {user} وكلمة المرور {pw}",
           "تم تغيير كلمة مرور root على {host} إلى {pw}"],
    "hi": ["स्टेजिंग डीबी का पासवर्ड {pw} है", "यूज़र {user}, पासवर्ड {pw}", "{host} पर root का नया पासवर्ड {pw} है"],
    "tr": ["staging veritabanının şifresi {pw}", "kullanıcı {user}, parola {pw}",
           "{host} üzerindeki root şifresini {pw} olarak değiştirdim"],
    "pl": ["hasło do bazy stagingowej to {pw}", "login {user}, hasło {pw}", "zresetowałem hasło roota na {host}: {pw}"],
    "nl": ["het wachtwoord van de staging-db is {pw}", "gebruiker {user}, wachtwoord {pw}"],
    "vi": ["mật khẩu database staging là {pw}", "tài khoản {user}, mật khẩu {pw}"],
    "sv": ["lösenordet till staging-databasen är {pw}", "användare {user}, lösenord {pw}"],
    "id": ["kata sandi database staging adalah {pw}", "user {user}, kata sandi {pw}"],
}


def prose_password_intl(rng: R) -> str:
    lang = pick(rng, sorted(INTL))
    t = pick(rng, INTL[lang])
    return t.format(pw=password(rng), user=pick(rng, USERS), host=pick(rng, HOSTS))


def connection_uri(rng: R) -> str:
    pw = password(rng).replace("@", "").replace("/", "").replace("#", "").replace("?", "")
    u = pick(rng, USERS)
    h = pick(rng, HOSTS)
    db = pick(rng, DBS)
    forms = [
        f"postgres://{u}:{pw}@{h}:5432/{db}",
        f"postgresql+asyncpg://{u}:{pw}@{h}/{db}?ssl=require",
        f"mysql://{u}:{pw}@{h}:3306/{db}",
        f"mongodb+srv://{u}:{pw}@cluster0.{chars(rng, LOWALNUM, 5)}.mongodb.net/{db}?retryWrites=true&w=majority",
        f"redis://:{pw}@{h}:6379/0",
        f"rediss://default:{pw}@{h}:6380",
        f"amqp://{u}:{pw}@{h}:5672/%2F",
        f"jdbc:postgresql://{h}:5432/{db}?user={u}&password={pw}",
        f"jdbc:sqlserver://{h}:1433;databaseName={db};user=sa;password={pw};encrypt=true",
        f"Server=tcp:{h},1433;Database={db};User ID={u};Password={pw};Encrypt=True;",
        f"host={h} port=5432 dbname={db} user={u} password={pw} sslmode=require",
        f"DATABASE_URL=postgres://{u}:{pw}@{h}/{db}",
        f"smtp://{u}:{pw}@smtp.{pick(rng, ['mailgun.org', 'sendgrid.net', 'office365.com'])}:587",
        f"https://{u}:{pw}@git.{pick(rng, ['hafenwerk.de', 'lab.ufrgs.br'])}/{pick(rng, REPOS)}.git",
        f"https://elastic:{pw}@{h}:9200/_cat/indices",
        f"nats://{u}:{pw}@{h}:4222",
        f"clickhouse://{u}:{pw}@{h}:9000/{db}",
        f"sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"{u}\" "
        f"password=\"{pw}\";",
        f"DefaultEndpointsProtocol=https;AccountName={chars(rng, LOWALNUM, 10)};AccountKey={chars(rng, B64, 86)}==;"
        "EndpointSuffix=core.windows.net",
        f"Endpoint=sb://{chars(rng, LOWALNUM, 8)}.servicebus.windows.net/;"
        "SharedAccessKeyName=RootManageSharedAccessKey;"
        f"SharedAccessKey={chars(rng, B64, 43)}=",
        f"sqlalchemy.url = mssql+pyodbc://{u}:{pw}@{h}/{db}?driver=ODBC+Driver+18+for+SQL+Server",
        f"ftp://{u}:{pw}@{h}/uploads/",
    ]
    s = pick(rng, forms)
    if rng.random() < 0.3:
        s = pick(rng, ["conn: ", "DSN is ", "connect with ", "string de conexão: ", "Verbindung: "]) + s
    return s


def _b64_lines(rng: R, first: str, n: int) -> str:
    body = first + chars(rng, B64, 64 * n - len(first))
    return "\n".join(body[i:i + 64] for i in range(0, len(body), 64))


def private_key_material(rng: R) -> str:
    k = rng.randrange(6)
    if k == 0:
        return ("-----BEGIN RSA PRIVATE KEY-----\n" + _b64_lines(rng, "MIIEow" + "IBAAKCAQEA", rng.randint(3, 6))
                + "\n-----END RSA PRIVATE KEY-----")
    if k == 1:
        return ("-----BEGIN OPENSSH PRIVATE KEY-----\n"
                + _b64_lines(rng, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 3)
                + "\n-----END OPENSSH PRIVATE KEY-----")
    if k == 2:
        return ("AuthKey_" + chars(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 10)
                + ".p8:\n-----BEGIN PRIVATE KEY-----\n"
                + _b64_lines(rng, "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg", 3)
                + "\n-----END PRIVATE KEY-----")
    if k == 3:
        return ("-----BEGIN EC PRIVATE KEY-----\n" + _b64_lines(rng, "MHcCAQEEI", 2)
                + "\n-----END EC PRIVATE KEY-----")
    if k == 4:
        return ("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: " + pick(rng, USERS)
                + "@build\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI" + chars(rng, B64, 39)
                + "\n" + chars(rng, B64, 8) + "\nPrivate-Lines: 1\nAAAAI" + chars(rng, B64, 39)
                + "\nPrivate-MAC: " + chars(rng, HEX, 64))
    return ('{"type": "service_account", "project_id": "' + pick(rng, ["tucano-prod", "playforge-live", "lab-nlp"])
            + '", "private_key_id": "' + chars(rng, HEX, 40)
            + '", "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC'
            + chars(rng, B64, 32) + "\\n" + chars(rng, B64, 64) + "\\n"
            + chars(rng, B64, 64) + '\\n-----END PRIVATE KEY-----\\n"}')


def webhook_presigned(rng: R) -> str:
    k = rng.randrange(8)
    if k == 0:
        u = (f"https://hooks.slack.com/services/T{chars(rng, '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ', 10)}/"
             f"B{chars(rng, '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ', 10)}/{chars(rng, ALNUM, 24)}")
    elif k == 1:
        u = f"https://discord.com/api/webhooks/{chars(rng, DIGITS, 19)}/{chars(rng, B64URL, 68)}"
    elif k == 2:
        u = (f"https://{chars(rng, LOWALNUM, 8)}.webhook.office.com/webhookb2/{uuid4(rng)}@{uuid4(rng)}/"
             f"IncomingWebhook/{chars(rng, HEX, 32)}/{uuid4(rng)}/V2{chars(rng, B64URL, 40)}")
    elif k == 3:
        u = (f"https://{pick(rng, ['tucano-builds', 'lab-ckpts', 'arena-replays'])}.s3.amazonaws.com/"
             f"{pick(rng, ['app-release.aab', 'ckpt-step-42000.pt', 'replay-991.bin'])}"
             "?X-Amz-Algorithm=AWS4-HMAC-SHA256"
             f"&X-Amz-Credential={tok_aws_id(rng)}%2F20261201%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20261201T"
             f"{rng.randint(100000, 235959)}Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature="
             f"{chars(rng, HEX, 64)}")
    elif k == 4:
        u = (f"https://{chars(rng, LOWALNUM, 12)}.blob.core.windows.net/builds/app.ipa?sv=2022-11-02&ss=b&srt=o"
             f"&sp=rwdlac&se=2026-12-09T03:00:00Z&st=2026-12-01T00:00:00Z&spr=https&sig="
             f"{chars(rng, ALNUM, 43)}%3D")
    elif k == 5:
        u = (f"curl -X POST -F token=glptt-{chars(rng, HEX, 40)} -F ref={pick(rng, BRANCHES)} "
             f"https://gitlab.com/api/v4/projects/{rng.randint(1000000, 60000000)}/trigger/pipeline")
    elif k == 6:
        u = (f"https://chat.googleapis.com/v1/spaces/AAAA{chars(rng, B64URL, 7)}/messages?key=AIza"
             f"{chars(rng, B64URL, 35)}&token={chars(rng, B64URL, 43)}%3D")
    else:
        u = (f"https://storage.googleapis.com/{pick(rng, ['lab-datasets', 'tucano-apk'])}/part-0001.parquet?"
             f"X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=uploader%40proj.iam.gserviceaccount.com%2F"
             f"20261201%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Expires=900&X-Goog-Signature={chars(rng, HEX, 256)}")
    if rng.random() < 0.4:
        return pick(rng, ["alerts webhook: ", "download link (valid 1h): ", "posted to ", "hook url = ",
                          "o webhook do canal de incidentes é ", "Webhook-URL: "]) + u
    return u


def http_auth_cookie(rng: R) -> str:
    _, var, tok = any_named(rng)
    u = pick(rng, USERS)
    pw = password(rng)
    basic = b64of(f"{u}:{pw}".encode())
    sess = chars(rng, B64URL, rng.randint(32, 64))
    host = pick(rng, HOSTS)
    forms = [
        f"Authorization: Bearer {tok}",
        f"curl -H \"Authorization: token {tok_github(rng)}\" https://api.github.com/user",
        f"curl -H 'X-Api-Key: {tok}' https://{host}/v1/items",
        f"Authorization: Basic {basic}",
        f"curl -b 'sessionid={sess}' https://{host}/admin/",
        f"Cookie: sessionid={sess}; csrftoken={chars(rng, ALNUM, 32)}",
        f"proxy_set_header Authorization \"Basic {basic}\";",
        f"http -a {u}:{pw} GET https://{host}/metrics",
        f"--header=\"PRIVATE-TOKEN: {PREFIXED['gitlab'][1](rng)}\"",  # type: ignore[operator]
        f"X-API-Key {tok}",
        f"the X-Auth-Token header value is {tok}",
        f"set-cookie: __Secure-next-auth.session-token={chars(rng, B64URL, 120)}; Path=/; HttpOnly",
        f"my laravel_session cookie was {b64of(chars(rng, ALNUM, 60).encode())}",
        '{"key": "x-api-key", "value": "' + tok + '", "type": "text"}',
        f"requests.get(url, headers={{\"Authorization\": \"Bearer {tok}\"}})",
        f"fetch('/api', {{ headers: {{ 'x-api-key': '{tok}' }} }})",
        f"{var.split('_')[0].capitalize()} key {tok}",
    ]
    return pick(rng, forms)


def config_key_named(rng: R) -> str:
    pw = password(rng)
    _, var, tok = any_named(rng)
    forms = [
        f"handoff config set db.password {pw}",
        f"handoff config set {var.lower()} {tok}",
        f"handoff config set stripe_api_key {PREFIXED['stripe'][1](rng)}",  # type: ignore[operator]
        f"db.password={pw}",
        f"keytool -genkeypair -v -keystore upload.jks -alias upload -storepass {pw} -keypass {pw}",
        f"openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:{pw}",
        f"requirepass {pw}",
        f"masterauth {pw}",
        f"SECRET_KEY_BASE={chars(rng, HEX, 128)}",
        f"define('DB_PASSWORD', '{pw}');",
        f"define( 'AUTH_KEY', '{chars(rng, ALNUM + '!@#%^&*()-_', 64)}' );",
        f"storePassword={pw}\nkeyPassword={pw}\nkeyAlias=upload\nstoreFile=../upload.jks",
        f"signingConfigs {{\n    release {{\n        storePassword \"{pw}\"\n        keyAlias \"release\"\n    }}\n}}",
        f"PlayerSettings.Android.keystorePass = \"{pw}\";",
        f"SECRET_KEY = '{chars(rng, LOWALNUM + '!@#$%^&*(-_=+)', 50)}'",
        f"app.config['SECRET_KEY'] = '{chars(rng, HEX, 48)}'",
        f"spring.datasource.password={pw}",
        f"ConnectionStrings__Default=Server=db;User Id=app;Password={pw}",
        f"rails_master_key: {chars(rng, HEX, 32)}",
        f"RAILS_MASTER_KEY={chars(rng, HEX, 32)}",
        f"jwt_signing_secret: \"{chars(rng, B64, 44)}\"",
        f"NEXTAUTH_SECRET={chars(rng, B64, 44)}",
        f"encryption_key = \"{chars(rng, B64, 43)}=\"",
        f"<password>{pw}</password>",
        f"bind_pw {pw}",
        f"ssl_key_password: {pw}",
        f"MYSQL_ROOT_PASSWORD: {pw}",
        f"grafana.admin_password = {pw}",
        f"wandb_api_key: {chars(rng, HEX, 40)}",
        f"mlflow_tracking_password={pw}",
    ]
    return pick(rng, forms)


def oncall_note_secret(rng: R) -> str:
    pw = password(rng)
    _, var, tok = any_named(rng)
    svc = pick(rng, SERVICES)
    host = pick(rng, HOSTS)
    who = pick(rng, PEOPLE)
    leak_pt = pick(rng, [f"senha do {pick(rng, USERS)} no {host}: {pw}", f"token que usei no teste: {var}={tok}",
                         f"login provisório admin / {pw}"])
    leak_de = pick(rng, [f"Passwort für {host}: {pw}", f"Zum Testen {var}={tok} gesetzt, ist noch gültig",
                         f"Zugang: {pick(rng, USERS)} / {pw}"])
    leak = pick(rng, [
        f"senha do {pick(rng, USERS)} no {host}: {pw}",
        f"used {var}={tok} to test, still valid",
        f"temp creds admin/{pw}",
        f"pasting it here so it's not lost: {var}={tok}",
        f"DSN postgres://{pick(rng, USERS)}:{pw.replace('@', '')}@{host}/{pick(rng, DBS)}",
        f"root pw on {host} is {pw}",
    ])
    k = rng.randrange(6)
    if k == 0:
        return (f"Plantão {rng.randint(1, 28)}/11 — {svc}\n- alerta de latência p99 às {rng.randint(0, 23)}h, "
                f"resolvido com rollout restart\n- {leak_pt}\n- próximo passo: abrir RCA no Confluence")
    if k == 1:
        return (f"on-call handoff ({svc}): pager quiet since 03:10. {leak}. Next: watch the replica lag on {host}.")
    if k == 2:
        return (f"## Übergabe {svc}\n* Deployment auf {pick(rng, BRANCHES)} ist durch\n* {leak_de}\n"
                f"* Offen: Terraform-Plan für das RDS-Upgrade prüfen")
    if k == 3:
        return (f"build notes (game client): shader cache rebuilt, frame time back to 11ms on the Steam Deck.\n"
                f"{leak}\nTODO: ask {who} to re-run the soak test")
    if k == 4:
        return (f"lab notebook {rng.randint(1, 30)}.11: lr sweep 3e-4..1e-3 done, best val loss "
                f"{rng.uniform(1.5, 2.5):.3f}. {leak}. next: ablate warmup")
    return (f"[ci-bot] deploy of {svc} failed at step 'push image'; retry with the credentials below\n{leak}")


def jwt_bearer(rng: R) -> str:
    t = jwt(rng)
    forms = [
        f"session token (expires in 1h): {t}",
        f"id_token={t}",
        f"token: {t}",
        f"SUPABASE_SERVICE_ROLE_KEY={t}",
        '{"access_token": "' + t + '", "token_type": "Bearer", "expires_in": 3600}',
        f"Bearer {t}",
        f"kubectl --token={t} get pods -A",
        f"the refresh token from the app's keychain dump: {t}",
        f"o JWT do admin é {t}",
        f"localStorage.authToken = \"{t}\"",
    ]
    return pick(rng, forms)


def dotfile_secret(rng: R) -> str:
    u = pick(rng, USERS)
    pw = password(rng)
    h = pick(rng, HOSTS)
    npm = PREFIXED["npm"][1](rng)  # type: ignore[operator]
    forms = [
        f"~/.npmrc:\n//registry.npmjs.org/:_authToken={npm}",
        f"_auth={b64of(f'{u}:{pw}'.encode())}\nalways-auth=true",
        f"[pypi]\nusername = __token__\npassword = {PREFIXED['pypi'][1](rng)}",  # type: ignore[operator]
        f"machine api.heroku.com login {u}@tucano.app password {uuid4(rng)}",
        f"machine {h} login {u} password {pw}",
        f"{h}:5432:{pick(rng, DBS)}:{u}:{pw}",
        f"https://{u}:{tok_github(rng)}@github.com",
        '{"auths": {"ghcr.io": {"auth": "' + b64of(f"{u}:{tok_github(rng)}".encode()) + '"}}}',
        f"[default]\naws_access_key_id = {tok_aws_id(rng)}\naws_secret_access_key = {tok_aws_secret(rng)}",
        f"[default]\naccess_key = {tok_aws_id(rng)}\nsecret_key = {tok_aws_secret(rng)}",
        f"users:\n- name: ci\n  user:\n    token: {jwt(rng)}",
        f"ossrhUsername={u}\nossrhPassword={pw}",
        f"github.com:\n    user: {u}\n    oauth_token: gho_{chars(rng, ALNUM, 36)}\n    git_protocol: ssh",
        f"[Interface]\nAddress = 10.8.0.{rng.randint(2, 250)}/24\nPrivateKey = {chars(rng, B64, 43)}=\n"
        "ListenPort = 51820",
        f"[registry]\ntoken = \"cio{chars(rng, ALNUM, 32)}\"",
        '{"github-oauth": {"github.com": "' + tok_github(rng) + '"}}',
        f"npmAuthToken: {npm}",
        f"credentials \"app.terraform.io\" {{\n  token = \"{PREFIXED['terraform_cloud'][1](rng)}\"\n}}",  # type: ignore[operator]
        f"[remote]\ntype = s3\nprovider = AWS\naccess_key_id = {tok_aws_id(rng)}\nsecret_access_key = "
        f"{tok_aws_secret(rng)}",
    ]
    return pick(rng, forms)


def unprefixed_named(rng: R) -> str:
    """Plain hex/alnum tokens next to their vendor or variable name."""
    name = pick(rng, sorted(UNPREFIXED))
    var, fn = UNPREFIXED[name]
    tok = fn(rng)  # type: ignore[operator]
    vend = name.replace("_", " ")
    forms = [
        f"{var}={tok}",
        f"{vend} api key: {tok}",
        f"the {vend} key is {tok}",
        f"{var.lower()}: \"{tok}\"",
        f"our {vend} token {tok} (prod)",
        f"chave do {vend}: {tok}",
        f"{vend.capitalize()}-Schlüssel: {tok}",
    ]
    return pick(rng, forms)


def handoff_cli_secret(rng: R) -> str:
    """A credential carried into a handoff write by mistake, in each of its fields."""
    _, var, tok = any_named(rng)
    _, _, st = strong(rng)
    pw = password(rng)
    forms = [
        f"handoff note \"deploy ok, used {var}={tok} for the smoke test\"",
        f"handoff run -- true -{st}",
        f"handoff run -- curl -sf -H 'Authorization: Bearer {st}' https://{pick(rng, HOSTS)}/healthz",
        f"handoff note \"staging db pw is {pw}\" --next \"rotate it\"",
        f"handoff config set {pick(rng, ['stripe_api_key', 'sentry.auth_token', 'openai_key', 'deploy_token'])} {st}",
        f"handoff config set {pick(rng, ['db.password', 'redis.requirepass', 'smtp.pass', 'keystore.password'])} {pw}",
        f"handoff pointer --repo {pick(rng, REPOS)} --branch build.{st}",
        f"handoff note \"CI secret {var} set to {tok}\"",
        f"handoff health {pick(rng, ['openai', 'anthropic', 'groq'])} {st} ok",
    ]
    return pick(rng, forms)


CATEGORIES = [
    ("env_export_token", env_export_token, 85),
    ("glued_token", glued_token, 80),
    ("config_structured", config_structured, 75),
    ("cli_secret_args", cli_secret_args, 95),
    ("prose_password_en", prose_password_en, 70),
    ("prose_password_intl", prose_password_intl, 100),
    ("connection_uri", connection_uri, 80),
    ("private_key_material", private_key_material, 35),
    ("webhook_presigned", webhook_presigned, 50),
    ("http_auth_cookie", http_auth_cookie, 70),
    ("config_key_named", config_key_named, 80),
    ("oncall_note_secret", oncall_note_secret, 70),
    ("jwt_bearer", jwt_bearer, 35),
    ("dotfile_secret", dotfile_secret, 50),
    ("unprefixed_named", unprefixed_named, 45),
    ("handoff_cli_secret", handoff_cli_secret, 30),
]

