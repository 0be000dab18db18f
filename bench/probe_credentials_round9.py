"""Round-9 credential probes: our own phrasings of issue 11's classes 1 and 3-7, and benign near
misses, scanned with ``handoff.privacy.scan_text``.

    PYTHONPATH=. python bench/probe_credentials_round9.py [-v]

Written for session 9 from the issue's class descriptions (no line of any corpus and no other
project's patterns or text); values are random characters from a fixed seed. Prints recall per
class, the benign lines flagged, and with ``-v`` every miss and false positive. In-sample: the
fixes of session 9 were chosen from these misses, so the figure after them says only that the
classes are closed, not how the filter does on text it was not written against.

Not a test: a probe that prints figures.
"""

from __future__ import annotations

import base64
import random
import string
import sys

from handoff.privacy import scan_text

R = random.Random(9)


def rnd(n: int, chars: str = string.ascii_letters + string.digits) -> str:
    """Random characters with a digit, an upper-case and a lower-case letter."""
    while True:
        v = "".join(R.choice(chars) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def pw() -> str:
    """A password with one symbol."""
    return rnd(6) + R.choice("!@#%^*+=") + rnd(5)


def tok() -> str:
    return rnd(R.choice([24, 32, 40]))


def hexv(n: int = 40) -> str:
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


SECRET = {
    "1-cli": [
        "gh secret set DEPLOY_KEY --body {T}",
        "gh secret set NPM_TOKEN -b {T}",
        'gh variable set X; gh secret set SENTRY_AUTH --body "{T}"',
        "aws configure set aws_secret_access_key {T}",
        "aws configure set default.aws_secret_access_key {T}",
        "kubectl create secret generic db --from-literal=password={P}",
        "kubectl create secret generic api --from-literal=API_TOKEN='{T}'",
        "heroku config:set STRIPE_SECRET={T} -a shop",
        "heroku config:set DATABASE_PASSWORD={P}",
        "vercel env add API_SECRET production <<< {T}",
        "fly secrets set SESSION_SECRET={T}",
        "flyctl secrets set DB_PASS={P} --app x",
        "docker login -u deploy -p {P} registry.example.com",
        "docker login --username ci --password {P} ghcr.io",
        "doppler secrets set STRIPE_KEY {T}",
        "railway variables --set API_TOKEN={T}",
        "netlify env:set AUTH_SECRET {T}",
        "az keyvault secret set --vault-name kv --name dbpass --value {P}",
        "gcloud secrets versions add api-key --data-file=- <<< {T}",
        "firebase functions:config:set stripe.secret={T}",
        "dokku config:set app SECRET_KEY={T}",
        "supabase secrets set OPENAI_KEY={T}",
        "wrangler secret put API_TOKEN <<< {T}",
        "vault kv put secret/app password={P}",
        "npm config set //registry.npmjs.org/:_authToken {T}",
        "pulumi config set --secret dbPassword {P}",
        "circleci context store-secret org ctx TOKEN <<< {T}",
        "travis env set API_KEY {T} --private",
        "glab variable set DEPLOY_TOKEN {T}",
        "gh secret set SLACK_WEBHOOK --body {T} --repo a/b",
        "op item create --category login password={P}",
        "aws ssm put-parameter --name /prod/db --type SecureString --value {P}",
        "kubectl create secret docker-registry reg --docker-password={P} --docker-username=ci",
        "npm set //npm.pkg.github.com/:_authToken={T}",
        "yarn config set npmAuthToken {T}",
        "poetry config http-basic.pypi __token__ {T}",
        "poetry config pypi-token.pypi {T}",
        "twine upload -u __token__ -p {T} dist/*",
        "git config --global github.token {T}",
        "mc alias set s3 https://s3.example.com admin {P}",
        "rclone config create r s3 access_key_id AKX secret_access_key {T}",
        "dotnet nuget add source URL -u ci -p {P}",
        "helm repo add priv https://charts.x --username ci --password {P}",
        "terraform apply -var db_password={P}",
        "terraform apply -var 'api_token={T}'",
        "ansible-playbook site.yml -e ansible_become_pass={P}",
        'ansible-playbook x.yml --extra-vars "db_password={P}"',
        "helm install app ./c --set auth.password={P}",
        "helm upgrade app ./c --set-string secrets.apiKey={T}",
        "docker run -e POSTGRES_PASSWORD={P} postgres",
        "docker run --env API_TOKEN={T} img",
        "podman login -p {P} quay.io",
        "skopeo copy --dest-creds ci:{P} a b",
        "java -Djavax.net.ssl.keyStorePassword={P} -jar app.jar",
        "mvn deploy -Drepo.password={P}",
        "gradle publish -PsigningPassword={P}",
        "setx API_TOKEN {T}",
        "set-item env:API_TOKEN {T}",
        "$env:DB_PASSWORD = '{P}'",
        "launchctl setenv API_SECRET {T}",
        "systemctl set-environment DB_PASSWORD={P}",
    ],
    "3-prose": [
        "the password for the staging db is {P}",
        "password for staging db: {P}",
        "staging db password is now {P}.",
        "X-Api-Key {T}",
        "send the X-Api-Key header {T} with each call",
        "use header X-Auth-Token {T}",
        "stripe key {T}",
        "the sendgrid key {T} works",
        "mailgun key is {T}",
        "datadog api key {H}",
        ".env contents: DB_PASS={P}",
        "secrets.json contents: {T}",
        "the token file contents: {T}",
        "root password was reset to {P}",
        "admin pw got reset to {P} yesterday",
        "login is deploy / {P}",
        "creds: admin / {P}",
        "credentials are ci:{P}",
        "user deploy, password {P}",
        "mot de passe du serveur : {P}",
        "das Passwort für den Server lautet {P}",
        "la contraseña de la base es {P}",
        "a senha do banco é {P}",
        "il token di accesso è {T}",
        "het wachtwoord is {P}",
        "hasło do bazy to {P}",
        "пароль от базы {P}",
        "数据库密码是 {P}",
        "パスワードは {P} です",
        "비밀번호는 {P} 입니다",
        "api token for prod (don't share): {T}",
        "token -> {T}",
        "the secret we got from the vendor was {T}",
        "new prod secret = {T}",
        "Access key {T} for the bucket",
        "our license key {T}",
        "please rotate {T}, it leaked into the log",
        "the bearer is {T}",
        "auth token was {T} before rotation",
        "password of the wifi: {P}",
        "here's the pwd {P}",
        "pw {P}",
        "passphrase {P}",
        "the key for the openai account: {T}",
        "client secret — {T}",
        "client_secret {T}",
    ],
    "4-stdin": [
        "htpasswd -b .htpasswd admin {P}",
        "htpasswd -bc /etc/nginx/.htpasswd ops {P}",
        "echo {P} | sudo -S apt update",
        "echo '{P}' | sudo -S systemctl restart x",
        "echo {T} | docker login --password-stdin -u ci ghcr.io",
        "printf '%s' '{T}' | docker login -u ci --password-stdin",
        'echo "{T}" | helm registry login x --password-stdin',
        "psql -W {P} -h db",
        "mysql -u root -p{P} -h db",
        "mysql --password={P} -u root",
        "pg_dump 'postgresql://u:{P}@db/x'",
        "PGPASSWORD={P} psql -h db -U app",
        "sqlcmd -S db -U sa -P {P}",
        "mongosh -u admin -p {P}",
        "redis-cli -a {P} ping",
        "clickhouse-client --password {P}",
        "clickhouse-client --password={P} -q 'select 1'",
        "cockroach sql --url 'postgres://root:{P}@x:26257'",
        "influx -username admin -password {P}",
        "neo4j-admin set-initial-password {P}",
        "cypher-shell -u neo4j -p {P}",
        "rabbitmqctl add_user admin {P}",
        "rabbitmqadmin -u admin -p {P} list queues",
        "curl -u admin:{P} https://x",
        "wget --password={P} --user=ci https://x",
        "wget --http-password {P} https://x",
        "ftp -u ftp://ci:{P}@host/f",
        "smbclient //h/s -U ci%{P}",
        "sshpass -p {P} ssh host",
        "expect -c 'send \"{P}\\r\"'",
        "echo -n {P} | passwd --stdin ci",
        "echo 'ci:{P}' | chpasswd",
        "echo {P} | kinit ci@REALM",
        "yes {P} | keytool -importcert -file c.pem",
        "openssl pkcs12 -export -passout pass:{P} -out a.p12",
        "keytool -genkey -storepass {P} -keypass {P}",
        "jarsigner -storepass {P} app.jar key",
        "git clone https://ci:{P}@git.example.com/a.git",
        "nmcli dev wifi connect Home password {P}",
        "memcached-tool --password {P}",
        "mosquitto_pub -u ci -P {P} -t x -m y",
        "etcdctl --user root:{P} get /",
        "vncpasswd -f <<< {P}",
        "pgbench -h db 'password={P}'",
        "ldapsearch -D cn=admin -w {P}",
        "mariadb -uroot -p'{P}'",
        "mysqladmin -u root password {P}",
        "az login -u ci -p {P}",
        "cf login -u ci -p {P}",
        "oc login -u dev -p {P} https://api:6443",
        "docker exec db mysql -uroot -p{P} -e 'show databases'",
    ],
    "5-compound": [
        "requirepass {P}",
        "masterauth {P}",
        "-storepass {P}",
        "-keypass {P}",
        "-passout pass:{P}",
        "-passin pass:{P}",
        "SECRET_KEY_BASE={T}",
        "define('DB_PASSWORD', '{P}');",
        "define( 'AUTH_KEY', '{T}' );",
        "DB_PASSWORD_PROD={P}",
        "spring.datasource.password={P}",
        "jdbc.password = {P}",
        "mail.smtp.password: {P}",
        "ConnectionStrings__Default=Server=x;Password={P};",
        "adminpassword: {P}",
        "rootPassword: {P}",
        "masterUserPassword: {P}",
        'keystorePass="{P}"',
        "truststore_password={P}",
        'sasl.jaas.config=... password="{P}";',
        "encryptionkey={T}",
        "signingSecret: {T}",
        "webhookSecret={T}",
        "hmacKey: {T}",
        "privateKeyPassphrase={P}",
        "client_secret_value={T}",
        "apiSecretKey: {T}",
        "authTokenProd={T}",
        "SMTP_PASS={P}",
        "MYSQL_ROOT_PASSWORD={P}",
        "POSTGRES_PASSWORD_FILE_CONTENT={P}",
        "secret_access_key={T}",
        "AccountKey={T}",
        "SharedAccessKey={T}",
        "app_secret => '{T}'",
        "$db_pass = '{P}';",
        'var dbPwd = "{P}";',
        "const apiKeyLive = '{T}';",
        '<add key="DbPassword" value="{P}" />',
        "<password>{P}</password>",
        "<Password>{P}</Password>",
        "bind_pw {P}",
        "rpcpassword={P}",
        "auth_pass {P}",
        "secret {P}",
        "enable secret {P}",
        "wpa_passphrase={P}",
        'psk="{P}"',
        "ssid-pass: {P}",
        "--db-password {P}",
        "--api-secret={T}",
        "-Dpassword={P}",
        "--token={T}",
        "--auth {T}",
    ],
    "6-cookie": [
        "curl -b 'session={T}' https://x",
        'curl -b "sid={T}; theme=dark" https://x',
        "curl --cookie 'auth_token={T}' x",
        "curl -H 'Cookie: connect.sid={T}' x",
        "cookie: PHPSESSID={T}",
        "the session cookie was {T}",
        "my JSESSIONID is {T}",
        'proxy_set_header Authorization "Basic {B}";',
        "proxy_set_header X-Api-Key {T};",
        'add_header Authorization "Bearer {T}";',
        "db.internal:5432:app:app_user:{P}",
        "*:*:*:postgres:{P}",
        "localhost:5432:*:ci:{P}",
        "Authorization: Bearer {T}",
        "authorization=Bearer {T}",
        '-H "Authorization: token {T}"',
        "headers = {{'X-API-KEY': '{T}'}}",
        "fetch(url, {{headers: {{Authorization: `Bearer {T}`}}}})",
        "requests.get(u, auth=('ci', '{P}'))",
        "HTTPBasicAuth('ci', '{P}')",
        "Set-Cookie: sessionid={T}; HttpOnly",
        'document.cookie = "token={T}"',
        "cookies = {{'sessionid': '{T}'}}",
        "auth: {{ username: 'ci', password: '{P}' }}",
        '{{"auths":{{"ghcr.io":{{"auth":"{B}"}}}}}}',
    ],
    "7-boundary": [
        "(password={P})",
        "{{password={P}}}",
        "[token={T}]",
        "token={T}|next",
        "API_KEY={T}&foo=1",
        "PASSWORD={P};echo ok",
        "api_key={T},other=1",
        "<token={T}>",
        "f(token={T})",
        "x && export TOKEN={T} && run",
        "TOKEN={T}; run",
        "password=/{P}",
        "password=~{P}",
        "PASSWORD=/Zx8{P}",
        "the token is {T}.",
        "set the api key to {T}.",
        "password: {P}.",
        "my token ({T}) expired",
        "key `{T}`",
        "secret:{T}",
        "password:{P}",
        "token={T}) and",
        'TOKEN="{T}")',
        "'password': '{P}'}}",
        '"api_key":"{T}"}}',
        "pass={P}>",
        "[password]={P}",
        "password => {P},",
    ],
}
BENIGN = [
    "key=tool-linux-sha256-{H}",
    "Cache key: node-modules-linux-x64-{H}",
    "cache key setup-python-ubuntu-22.04-{H}",
    "key: app:user:01HZX3K9Q8R7VTB2M4N6P5W3YC",
    "id app:order:01J9ZQ7E3R4T5Y6U7I8O9P0ASD",
    "key=deps-macos-arm64-{H}",
    "commit {H}",
    "sha256:{H64}",
    "checksum {H64}",
    'etag "{H32}"',
    "request id 3f2a7c1e-9b4d-4e8a-a1c2-5d6e7f8a9b0c",
    "uuid={U}",
    "trace_id={H32}",
    "build key: gradle-wrapper-{H}",
    "the key is tool-os-sha256-{H}",
    "branch feature/JIRA-1234-add-oauth-refresh",
    "version 2.14.0-rc.3+build.4411",
    "image ghcr.io/acme/api:sha-{H7}",
    "echo aGVsbG8gd29ybGQgZnJvbSB0aGUgYnVpbGQ= | base64 -d",
    "token budget 128000 tokens",
    "max_tokens=4096",
    "password policy: at least 12 characters",
    "password reset email sent to ops@example.com",
    "the token expired at 12:00",
    "API key rotation scheduled for Friday",
    "key rotation: kid=2024-06-01",
    "secret name: prod/db/password",
    "gh secret set DEPLOY_KEY < deploy_key.pem",
    'gh secret set NPM_TOKEN --body "$NPM_TOKEN"',
    "aws configure set region eu-west-1",
    "kubectl create secret generic db --from-file=./password.txt",
    "heroku config:set WEB_CONCURRENCY=3",
    "docker login -u ci --password-stdin < ~/.docker/token",
    "echo $PASSWORD | docker login --password-stdin",
    "password=${{DB_PASSWORD}}",
    "password: ${{{{ secrets.DB_PASSWORD }}}}",
    "token=op://vault/item/token",
    "PASSWORD=changeme",
    "the password is in 1Password under 'staging db'",
    "session id {U}",
    "cookie consent banner id 7",
    "key=fs-cache-v2-{H16}",
    "Cache key: Linux-pnpm-store-{H}",
    "lock key job:sync:01HZX3K9Q8R7VTB2M4N6P5W3YC",
    "dedupe key evt_{H16}",
    "idempotency key order-2024-11-30-000123",
    "s3 key logs/2024/11/30/app-{H7}.gz",
    "primary key (id)",
    "sort key created_at",
    "key={H}",
    "Key: {H32}",
    "redis key session:user:4821",
    "GPG key fingerprint {H}",
    "ssh key SHA256:{B43}",
    "the key id is AKIAIOSFODNN7EXAMPLE",
    'htpasswd -b .htpasswd admin "$ADMIN_PW"',
    "mysql -u root -p -h db",
    'echo "$TOKEN" | gh auth login --with-token',
    "token = os.environ['API_TOKEN']",
    "password = getpass()",
    "password=/run/secrets/db_password",
    "password_file=~/.config/app/pw",
    "set the token to $(cat ~/.token).",
    "requirepass ${{REDIS_PASSWORD}}",
    "define('DB_PASSWORD', getenv('DB_PASSWORD'));",
    "-storepass:env STOREPASS",
    "-passout pass:$PASS",
    "-passout file:pw.txt",
    "X-Api-Key header is required",
    "curl -b cookies.txt https://x",
    "build 2024.11.30-{H7}",
    "release v3.2.1 (commit {H7})",
    "docker image sha256:{H64}",
    "pip install foo==1.2.3 --hash=sha256:{H64}",
]


def fill(t: str) -> str:
    uuid = f"{hexv(8)}-{hexv(4)}-4{hexv(3)}-a{hexv(3)}-{hexv(12)}"
    basic = base64.b64encode(("ci:" + pw()).encode()).decode()
    return t.format(
        P=pw(), T=tok(), H=hexv(), H64=hexv(64), H32=hexv(32), H16=hexv(16), H7=hexv(7), U=uuid, B=basic, B43=rnd(43)
    )


def main() -> None:
    show = "-v" in sys.argv
    tot = hit = 0
    for cls, templates in SECRET.items():
        miss = []
        for t in templates:
            for _ in range(3):
                line = fill(t)
                if scan_text(line):
                    hit += 1
                else:
                    miss.append(line)
                tot += 1
        n = len(templates) * 3
        print(f"{cls:12s} {n - len(miss)}/{n} = {100 * (n - len(miss)) / n:.1f}%")
        if show:
            for m in dict.fromkeys(miss):
                print("    MISS", m)
    print(f"credential recall {hit}/{tot} = {100 * hit / tot:.2f}%")
    fp = []
    for t in BENIGN:
        for _ in range(3):
            line = fill(t)
            found = scan_text(line)
            if found:
                fp.append((line, [f.rule for f in found]))
    n = len(BENIGN) * 3
    print(f"benign flagged {len(fp)}/{n} = {100 * len(fp) / n:.2f}%")
    if show:
        for line, rules in fp:
            print("    FP", line, rules)


if __name__ == "__main__":
    main()
