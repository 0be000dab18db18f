"""blind17: config-file frames. Each frame(r, leak, c) returns a file excerpt; with leak=True one value in
it is a usable credential, with leak=False the same place holds a reference or placeholder. `c` is a
comment line in some language (written in the file's own comment syntax)."""
from __future__ import annotations

import json

from _b17rand import (
    BUCKETS,
    DBNAMES,
    HOSTS,
    LO,
    REGIONS,
    REPO,
    UP,
    USERS,
    aws_akid,
    aws_secret,
    b64,
    basic_auth,
    cred,
    db_url,
    db_url_safe,
    env_ref,
    gen_pw,
    gh_pat,
    heroku,
    hx,
    npm_tok,
    password,
    pem_inline,
    pick,
    placeholder,
    port,
    pypi_tok,
    rec,
    rs,
    token,
    url_pw,
    webhook,
)


def _pair(r, leak):
    n, v = cred(r)
    return n, (v if leak else None)


def dotenv(r, leak, c):
    n, v = _pair(r, leak)
    lines = [f"# {c}", f"APP_ENV={pick(r, ['production', 'staging', 'development'])}", f"PORT={pick(r, [3000, 8000, 8080])}",
             f"LOG_LEVEL={pick(r, ['info', 'debug', 'warn'])}", f"{n}={v if v else pick(r, ['', placeholder(r, n)])}",
             f"SENTRY_ENVIRONMENT={pick(r, ['prod', 'stage'])}", f"FEATURE_FLAGS={pick(r, ['new_checkout,fast_search', 'none'])}"]
    k = r.randint(1, 3)
    return "\n".join(lines[:1] + r.sample(lines[1:4], k) + [lines[4]] + lines[5:5 + r.randint(0, 2)])


def compose(r, leak, c):
    n, v = _pair(r, leak)
    svc = pick(r, ["api", "worker", "web", "app", "scheduler"])
    img = pick(r, ["ghcr.io/acme/" + pick(r, REPO) + ":" + pick(r, ["latest", "2.14.1", "sha-" + hx(r, 7)]), "python:3.11-slim", "node:20-alpine"])
    return (f"services:\n  {svc}:\n    image: {img}\n    # {c}\n    environment:\n      - NODE_ENV=production\n"
            f"      - {n}={v if v else env_ref(r, n)}\n    depends_on:\n      - {pick(r, ['db', 'redis', 'postgres'])}\n"
            f"    ports:\n      - \"{pick(r, [8000, 3000, 8080])}:{pick(r, [8000, 3000, 8080])}\"")


def compose_db(r, leak, c):
    pw = url_pw(r) if leak else pick(r, ["${POSTGRES_PASSWORD}", "${DB_PASS:?set it in .env}", "postgres"])
    if not leak and pw == "postgres":
        pw = "${POSTGRES_PASSWORD}"
    return (f"  db:\n    image: postgres:{pick(r, [15, 16, 14])}\n    restart: unless-stopped\n    # {c}\n    environment:\n"
            f"      POSTGRES_USER: {pick(r, USERS)}\n      POSTGRES_PASSWORD: {pw}\n      POSTGRES_DB: {pick(r, DBNAMES)}\n"
            f"    volumes:\n      - pgdata:/var/lib/postgresql/data")


def k8s_secret(r, leak, c):
    n, v = cred(r)
    name = pick(r, REPO)
    if leak:
        body = f"stringData:\n  {n.lower().replace('_', '-')}: \"{v}\""
        if r.random() < 0.4:
            import base64
            body = f"data:\n  {n}: {rec(base64.b64encode(v.encode()).decode())}"
    else:
        body = pick(r, [f"stringData:\n  {n.lower().replace('_', '-')}: \"<filled in by sealed-secrets>\"",
                        f"data: {{}}  # populated by external-secrets from {pick(r, ['aws-sm', 'vault', 'gcp-sm'])}",
                        f"encryptedData:\n  {n}: Ag{rs(r, 180, '+/' + LO + UP)}=="])
    kind = "SealedSecret" if "encryptedData" in body else "Secret"
    api = "bitnami.com/v1alpha1" if kind == "SealedSecret" else "v1"
    return (f"apiVersion: {api}\nkind: {kind}\nmetadata:\n  name: {name}-credentials\n  namespace: {pick(r, ['prod', 'default', 'payments', 'platform'])}\n"
            f"  # {c}\ntype: Opaque\n{body}")


def k8s_env(r, leak, c):
    n, v = cred(r)
    val = (f"          value: \"{v}\"" if leak else
           f"          valueFrom:\n            secretKeyRef:\n              name: {pick(r, REPO)}-secrets\n              key: {n.lower()}")
    return (f"    spec:\n      containers:\n        - name: {pick(r, REPO)}\n          image: registry.internal/{pick(r, REPO)}:{r.randint(1, 40)}.{r.randint(0, 9)}\n"
            f"          # {c}\n          env:\n            - name: LOG_FORMAT\n              value: json\n            - name: {n}\n  {val}")


def helm_values(r, leak, c):
    n, v = cred(r)
    key = pick(r, ["apiKey", "token", "password", "authToken", "secretKey"])
    val = f"\"{v}\"" if leak else pick(r, ['""', "null", "\"\"  # set via --set-file or existingSecret", "\"{{ .Values.global.secretRef }}\""])
    return (f"# values-{pick(r, ['prod', 'staging', 'eu'])}.yaml — {c}\nreplicaCount: {r.randint(1, 6)}\nimage:\n  repository: ghcr.io/acme/{pick(r, REPO)}\n"
            f"  tag: \"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}\"\n{pick(r, ['integrations', 'external', 'auth', 'upstream'])}:\n"
            f"  {pick(r, ['stripe', 'slack', 'github', 'sendgrid', 'openai', 'datadog'])}:\n    enabled: true\n"
            f"    existingSecret: \"\"\n    {key}: {val}\nresources:\n  limits:\n    memory: {pick(r, ['256Mi', '512Mi', '1Gi'])}")


def tfvars(r, leak, c):
    n, v = cred(r)
    var = n.lower()
    val = f"\"{v}\"" if leak else pick(r, ["null", "\"\"", "# set TF_VAR_" + var + " in the workspace"])
    line = f"{var} = {val}" if not val.startswith("#") else f"# {var} is {val[2:]}"
    return (f"# {c}\nregion        = \"{pick(r, REGIONS)}\"\nenvironment   = \"{pick(r, ['prod', 'staging'])}\"\n"
            f"instance_type = \"{pick(r, ['t3.medium', 'm6i.large', 'c7g.xlarge'])}\"\n{line}\n"
            f"tags = {{\n  team  = \"{pick(r, ['platform', 'payments', 'data'])}\"\n  owner = \"{pick(r, USERS)}\"\n}}")


def tf_provider(r, leak, c):
    if leak:
        body = f"  access_key = \"{aws_akid(r)}\"\n  secret_key = \"{aws_secret(r)}\""
    else:
        body = pick(r, ["  profile = \"" + pick(r, ['prod', 'deploy', 'default']) + "\"",
                        "  # credentials come from the OIDC role assumed in CI\n  assume_role {\n    role_arn = \"arn:aws:iam::"
                        + str(r.randint(10 ** 11, 10 ** 12)) + ":role/terraform\"\n  }",
                        "  access_key = var.aws_access_key\n  secret_key = var.aws_secret_key"])
    return f"# {c}\nprovider \"aws\" {{\n  region  = \"{pick(r, REGIONS)}\"\n{body}\n}}"


def tf_resource(r, leak, c):
    pw = f"\"{gen_pw(r)}\"" if leak else pick(r, ["random_password.db.result", "var.db_password", "data.aws_secretsmanager_secret_version.db.secret_string"])
    return (f"resource \"aws_db_instance\" \"{pick(r, ['main', 'orders', 'analytics'])}\" {{\n  # {c}\n  engine               = \"postgres\"\n"
            f"  engine_version       = \"{pick(r, ['15.5', '16.2'])}\"\n  instance_class       = \"db.{pick(r, ['t4g.medium', 'r6g.large'])}\"\n"
            f"  username             = \"{pick(r, USERS)}\"\n  password             = {pw}\n  skip_final_snapshot  = {pick(r, ['true', 'false'])}\n}}")


def app_properties(r, leak, c):
    pw = password(r) if leak else pick(r, ["${DB_PASSWORD}", "${SPRING_DATASOURCE_PASSWORD:}", "ENC(" + rs(r, 44) + ")"])
    return (f"# {c}\nserver.port={pick(r, [8080, 8081, 9000])}\nspring.datasource.url=jdbc:postgresql://{pick(r, HOSTS)}:5432/{pick(r, DBNAMES)}\n"
            f"spring.datasource.username={pick(r, USERS)}\nspring.datasource.password={pw}\nspring.jpa.hibernate.ddl-auto=validate\n"
            f"management.endpoints.web.exposure.include=health,info")


def app_yml(r, leak, c):
    n, v = cred(r)
    val = v if leak else "${" + n + "}"
    return (f"spring:\n  application:\n    name: {pick(r, REPO)}\n  # {c}\n  mail:\n    host: smtp.{pick(r, ['sendgrid.net', 'mailgun.org', 'office365.com'])}\n"
            f"    username: apikey\n    password: {val}\nlogging:\n  level:\n    root: {pick(r, ['INFO', 'WARN'])}")


def appsettings(r, leak, c):
    if leak:
        cs = pick(r, [f"Server={pick(r, HOSTS)};Database={pick(r, DBNAMES)};User Id={pick(r, USERS)};Password={url_pw(r)};",
                      f"Host={pick(r, HOSTS)};Port=5432;Database={pick(r, DBNAMES)};Username={pick(r, USERS)};Password={url_pw(r)}"])
    else:
        cs = pick(r, [f"Server={pick(r, HOSTS)};Database={pick(r, DBNAMES)};Integrated Security=true;",
                      f"Server=(localdb)\\\\mssqllocaldb;Database={pick(r, DBNAMES)};Trusted_Connection=True;", ""])
    return ("{\n  \"_comment\": \"" + c + "\",\n  \"Logging\": {\n    \"LogLevel\": {\n      \"Default\": \"Information\"\n    }\n  },\n"
            "  \"ConnectionStrings\": {\n    \"DefaultConnection\": \"" + cs + "\"\n  },\n  \"AllowedHosts\": \"*\"\n}")


def wp_config(r, leak, c):
    pw = password(r).replace("'", "") if leak else pick(r, ["getenv('WORDPRESS_DB_PASSWORD')", "'password_here'"])
    pw = f"'{pw}'" if leak else pw
    salts = "\n".join(f"define( '{k}', " + (f"'{rs(r, 64, LO + UP + '!@#%^&*()-_[]{}<>~+=,.;:/?|')}'" if leak else "'put your unique phrase here'") + " );"
                      for k in r.sample(["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY"], r.randint(0, 2)))
    return (f"<?php\n// {c}\ndefine( 'DB_NAME', '{pick(r, DBNAMES)}' );\ndefine( 'DB_USER', '{pick(r, USERS)}' );\n"
            f"define( 'DB_PASSWORD', {pw} );\ndefine( 'DB_HOST', '{pick(r, HOSTS)}' );\n{salts}").strip()


def database_yml(r, leak, c):
    pw = url_pw(r) if leak else pick(r, ["<%= ENV['DATABASE_PASSWORD'] %>", "<%= Rails.application.credentials.dig(:db, :password) %>"])
    return (f"# {c}\nproduction:\n  <<: *default\n  database: {pick(r, DBNAMES)}_production\n  username: {pick(r, USERS)}\n"
            f"  password: {pw}\n  host: {pick(r, HOSTS)}\n  pool: <%= ENV.fetch(\"RAILS_MAX_THREADS\") {{ 5 }} %>")


def maven_settings(r, leak, c):
    pw = pick(r, [gen_pw(r), rec("AK" "Cp" + rs(r, 69))]) if leak else pick(r, ["${env.ARTIFACTORY_PASSWORD}", "${env.MAVEN_REPO_PASS}", "{" + b64(r, 44) + "}"])
    return (f"<settings>\n  <!-- {c} -->\n  <servers>\n    <server>\n      <id>{pick(r, ['internal-releases', 'artifactory', 'nexus-snapshots'])}</id>\n"
            f"      <username>{pick(r, USERS)}</username>\n      <password>{pw}</password>\n    </server>\n  </servers>\n</settings>")


def gradle_props(r, leak, c):
    if leak:
        line = pick(r, [f"signing.password={gen_pw(r)}", f"ossrhPassword={gen_pw(r)}", f"gpr.key={gh_pat(r)}",
                        f"artifactoryApiKey={rec('AK' 'Cp' + rs(r, 69))}"])
    else:
        line = pick(r, ["# signing.password is read from ORG_GRADLE_PROJECT_signingPassword",
                        "gpr.key=", "ossrhPassword=<set in ~/.gradle/gradle.properties>"])
    return f"# {c}\norg.gradle.jvmargs=-Xmx{pick(r, [2, 4])}g -Dfile.encoding=UTF-8\norg.gradle.caching=true\nkotlin.code.style=official\n{line}"


def toml_cfg(r, leak, c):
    n, v = cred(r)
    val = f"\"{v}\"" if leak else pick(r, ["\"\"", f"\"env:{n}\"", "\"${" + n + "}\""])
    return (f"# {c}\n[server]\nhost = \"0.0.0.0\"\nport = {pick(r, [8000, 8443])}\n\n[{pick(r, ['upstream', 'integrations.billing', 'notifier', 'llm'])}]\n"
            f"base_url = \"https://api.{pick(r, ['example.com', 'acme.io', 'partner.net'])}/v2\"\ntimeout_s = {r.randint(5, 60)}\n{n.lower()} = {val}")


def ini_cfg(r, leak, c):
    pw = password(r) if leak else pick(r, ["%(ENV_DB_PASSWORD)s", "", "see-vault"])
    sect = pick(r, ["[client]", "[database]", "[mysql]", "[smtp]"])
    return f"; {c}\n{sect}\nhost = {pick(r, HOSTS)}\nport = {port(r)}\nuser = {pick(r, USERS)}\npassword = {pw}"


def alembic_ini(r, leak, c):
    url = db_url(r) if leak else db_url_safe(r)
    return f"# {c}\n[alembic]\nscript_location = migrations\nprepend_sys_path = .\nsqlalchemy.url = {url}\n\n[loggers]\nkeys = root,sqlalchemy,alembic"


def json_cfg(r, leak, c):
    n, v = cred(r)
    d = {"_comment": c, "env": pick(r, ["production", "staging"]), "region": pick(r, REGIONS),
         pick(r, ["payments", "notifications", "search", "crm"]): {"endpoint": f"https://api.{pick(r, ['acme.io', 'partner.net'])}/v1",
                                                                   n[0].lower() + n[1:].lower().replace('_', ''): v if leak else placeholder(r, n)},
         "retries": r.randint(1, 5)}
    return json.dumps(d, indent=2, ensure_ascii=False)


def systemd(r, leak, c):
    n, v = cred(r)
    envline = f"Environment=\"{n}={v}\"" if leak else pick(r, [f"EnvironmentFile=/etc/{pick(r, REPO)}/env", f"LoadCredential={n.lower()}:/etc/credstore/{n.lower()}"])
    return (f"# {c}\n[Unit]\nDescription={pick(r, REPO)} service\nAfter=network-online.target\n\n[Service]\nUser={pick(r, ['app', 'www-data', 'svc'])}\n"
            f"{envline}\nExecStart=/opt/{pick(r, REPO)}/bin/server --port {pick(r, [8000, 9090])}\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target")


def nginx(r, leak, c):
    if leak:
        line = pick(r, [f"        proxy_set_header Authorization \"Bearer {token(r)[1]}\";",
                        f"        proxy_set_header Authorization \"Basic {basic_auth(r)}\";",
                        f"        proxy_set_header X-Api-Key \"{token(r)[1]}\";"])
    else:
        line = pick(r, ["        proxy_set_header Authorization $http_authorization;", "        auth_basic_user_file /etc/nginx/.htpasswd;",
                        "        proxy_set_header X-Request-Id $request_id;"])
    return (f"    # {c}\n    location /{pick(r, ['api', 'upstream', 'search', 'v1'])}/ {{\n        proxy_pass http://{pick(r, ['backend', '127.0.0.1:9000', 'upstream_api'])};\n"
            f"        proxy_set_header Host $host;\n{line}\n        proxy_read_timeout {r.randint(10, 120)}s;\n    }}")


def apache(r, leak, c):
    n, v = cred(r)
    line = f"    SetEnv {n} \"{v}\"" if leak else f"    PassEnv {n}"
    return (f"<VirtualHost *:443>\n    # {c}\n    ServerName {pick(r, ['shop', 'intranet', 'crm'])}.acme-corp.net\n    DocumentRoot /var/www/html\n{line}\n"
            f"    SSLEngine on\n</VirtualHost>")


def gha(r, leak, c):
    n, v = cred(r)
    val = v if leak else "${{ secrets." + n + " }}"
    return (f"# {c}\nname: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n"
            f"      - uses: actions/checkout@v4\n      - name: Publish\n        env:\n          {n}: {val}\n        run: {pick(r, ['make release', './scripts/deploy.sh', 'npm publish', 'python -m twine upload dist/*'])}")


def gha_with(r, leak, c):
    val = (pick(r, [gh_pat(r), npm_tok(r)]) if leak else pick(r, ["${{ secrets.GITHUB_TOKEN }}", "${{ github.token }}", "${{ steps.app-token.outputs.token }}"]))
    return (f"      # {c}\n      - name: Comment on PR\n        uses: {pick(r, ['actions/github-script@v7', 'peter-evans/create-or-update-comment@v4', 'marocchino/sticky-pull-request-comment@v2'])}\n"
            f"        with:\n          github-token: {val}\n          {pick(r, ['script', 'body-path', 'path'])}: {pick(r, ['./comment.md', 'report.md', '.github/bench.js'])}")


def gitlab_ci(r, leak, c):
    n, v = cred(r)
    val = f"\"{v}\"" if leak else pick(r, ["$CI_JOB_TOKEN", "\"$" + n + "\"", "$" + n + "  # masked+protected CI/CD variable"])
    return (f"# {c}\nvariables:\n  DOCKER_DRIVER: overlay2\n  {n}: {val}\n\nbuild:\n  stage: build\n  image: docker:24\n  script:\n"
            f"    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .\n    - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA")


def jenkinsfile(r, leak, c):
    n, v = cred(r)
    line = f"        {n} = '{v}'" if leak else f"        {n} = credentials('{pick(r, REPO)}-{n.lower().replace('_', '-')}')"
    return (f"pipeline {{\n    agent any\n    // {c}\n    environment {{\n{line}\n        REGISTRY = 'registry.internal'\n    }}\n"
            f"    stages {{\n        stage('Build') {{\n            steps {{ sh 'make build' }}\n        }}\n    }}\n}}")


def circleci(r, leak, c):
    n, v = cred(r)
    line = f"      {n}: {v}" if leak else f"      # {n} comes from the '{pick(r, ['deploy', 'release', 'aws-prod'])}' context"
    return (f"version: 2.1\n# {c}\njobs:\n  test:\n    docker:\n      - image: cimg/python:3.11\n    environment:\n{line}\n"
            f"      PYTEST_ADDOPTS: -q\n    steps:\n      - checkout\n      - run: make test")


def dockerfile(r, leak, c):
    n, v = cred(r)
    line = f"ENV {n}={v}" if leak else pick(r, [f"ARG {n}", f"RUN --mount=type=secret,id={n.lower()} ./scripts/fetch-deps.sh",
                                                f"# {n} is injected at runtime, never baked in"])
    return (f"FROM python:3.11-slim AS app\n# {c}\nWORKDIR /srv\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n"
            f"{line}\nCOPY . .\nCMD [\"gunicorn\", \"app.wsgi:application\", \"-b\", \"0.0.0.0:8000\"]")


def pulumi_cfg(r, leak, c):
    n, v = cred(r)
    key = f"{pick(r, REPO)}:{n[0].lower() + n[1:].lower().replace('_', '')}"
    val = f"{v}" if leak else f"\n    secure: v1:{rs(r, 16, LO + UP + '0123456789')}:{b64(r, 80)}"
    return f"# {c}\nconfig:\n  aws:region: {pick(r, REGIONS)}\n  {key}:{' ' + val if leak else val}"


def ansible_vars(r, leak, c):
    pw = password(r) if leak else pick(r, ["\"{{ vault_db_password }}\"", "!vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  " + hx(r, 64) + "\n  " + hx(r, 64)])
    return (f"# group_vars/{pick(r, ['all', 'webservers', 'db'])}.yml — {c}\napp_user: {pick(r, USERS)}\napp_port: {pick(r, [8000, 8080])}\n"
            f"db_host: {pick(r, HOSTS)}\ndb_password: {pw}")


def serverless(r, leak, c):
    n, v = cred(r)
    val = v if leak else pick(r, ["${ssm:/" + pick(r, REPO) + "/" + n.lower() + "}", "${env:" + n + "}"])
    return (f"service: {pick(r, REPO)}\n# {c}\nprovider:\n  name: aws\n  runtime: python3.11\n  region: {pick(r, REGIONS)}\n"
            f"  environment:\n    STAGE: ${{sls:stage}}\n    {n}: {val}")


def rails_secrets(r, leak, c):
    val = rec(hx(r, 128)) if leak else "<%= ENV[\"SECRET_KEY_BASE\"] %>"
    return f"# {c}\nproduction:\n  secret_key_base: {val}"


def django_env(r, leak, c):
    val = (rec(rs(r, 50, LO + "0123456789!@#$%^&*(-_=+)")) if leak else pick(r, ["django-insecure-change-me", ""]))
    return f"# {c}\nDJANGO_SETTINGS_MODULE=config.settings.production\nDJANGO_SECRET_KEY={val}\nDJANGO_ALLOWED_HOSTS=.acme-corp.net"


def sa_json(r, leak, c):
    proj = pick(r, ["acme-prod", "data-platform-412", "ml-sandbox"])
    pk = pem_inline(r) if leak else ""
    kid = hx(r, 40) if leak else ""
    if not leak:
        return json.dumps({"type": "external_account", "audience": f"//iam.googleapis.com/projects/{r.randint(10 ** 11, 10 ** 12)}/locations/global/workloadIdentityPools/github/providers/gh",
                           "subject_token_type": "urn:ietf:params:oauth:token-type:jwt", "token_url": "https://sts.googleapis.com/v1/token",
                           "credential_source": {"file": "/var/run/secrets/tokens/gcp"}}, indent=2)
    return json.dumps({"type": "service_account", "project_id": proj, "private_key_id": kid, "private_key": pk.replace("\\n", "\n"),
                       "client_email": f"deployer@{proj}.iam.gserviceaccount.com", "client_id": str(r.randint(10 ** 20, 10 ** 21))}, indent=2)


CONFIG = [dotenv, compose, compose_db, k8s_secret, k8s_env, helm_values, tfvars, tf_provider, tf_resource, app_properties,
          app_yml, appsettings, wp_config, database_yml, maven_settings, gradle_props, toml_cfg, ini_cfg, alembic_ini,
          json_cfg, systemd, nginx, apache, dockerfile, pulumi_cfg, ansible_vars, serverless, rails_secrets, django_env, sa_json]
CI = [gha, gha_with, gitlab_ci, jenkinsfile, circleci]


# ---------------------------------------------------------------- dotfiles in the home directory
def npmrc(r, leak, c):
    v = npm_tok(r) if leak else pick(r, ["${NPM_TOKEN}", "${NODE_AUTH_TOKEN}"])
    return f"# {c}\nregistry=https://registry.npmjs.org/\n@acme:registry=https://npm.pkg.github.com\n//registry.npmjs.org/:_authToken={v}\nfund=false"


def npmrc_gh(r, leak, c):
    v = gh_pat(r) if leak else "${GITHUB_PACKAGES_TOKEN}"
    return f"@{pick(r, ['acme', 'corp', 'platform'])}:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken={v}\nalways-auth=true"


def pypirc(r, leak, c):
    v = pypi_tok(r) if leak else pick(r, ["<paste token from pypi.org/manage/account/token>", "%(PYPI_TOKEN)s"])
    return f"# {c}\n[distutils]\nindex-servers =\n    pypi\n    testpypi\n\n[pypi]\nusername = __token__\npassword = {v}"


def netrc(r, leak, c):
    host = pick(r, ["github.com", "api.heroku.com", "gitlab.acme-corp.net", "artifactory.internal", "urs.earthdata.nasa.gov"])
    if leak:
        v = gh_pat(r) if host == "github.com" else (heroku(r) if "heroku" in host else password(r))
        return f"machine {host}\n  login {pick(r, USERS)}\n  password {v}"
    return f"# {c}\nmachine {host}\n  login {pick(r, USERS)}\n# password is supplied by the git credential helper (osxkeychain)"


def docker_cfg(r, leak, c):
    reg = pick(r, ["https://index.docker.io/v1/", "ghcr.io", f"{r.randint(10 ** 11, 10 ** 12)}.dkr.ecr.{pick(r, REGIONS)}.amazonaws.com", "registry.gitlab.com"])
    if leak:
        d = {"auths": {reg: {"auth": basic_auth(r)}}}
    else:
        d = pick(r, [{"auths": {reg: {}}, "credsStore": "desktop"}, {"credHelpers": {reg: "ecr-login"}}, {"auths": {reg: {}}, "credsStore": "osxkeychain"}])
    return json.dumps(d, indent=2)


def git_credentials(r, leak, c):
    if leak:
        return f"https://{pick(r, USERS)}:{gh_pat(r)}@github.com\nhttps://oauth2:{rs(r, 20, LO + UP + '-_')}@gitlab.acme-corp.net"
    return f"# {c}\n[credential]\n\thelper = {pick(r, ['osxkeychain', 'manager', 'cache --timeout=3600', 'store --file ~/.config/git/creds'])}\n[user]\n\tname = {pick(r, USERS)}"


def aws_credentials(r, leak, c):
    prof = pick(r, ["default", "prod", "deploy", "sandbox"])
    if leak:
        return f"[{prof}]\naws_access_key_id = {aws_akid(r)}\naws_secret_access_key = {aws_secret(r)}\nregion = {pick(r, REGIONS)}"
    return (f"# {c}\n[profile {prof}]\nsso_start_url = https://acme.awsapps.com/start\nsso_region = {pick(r, REGIONS)}\n"
            f"sso_account_id = {r.randint(10 ** 11, 10 ** 12)}\nsso_role_name = {pick(r, ['PowerUser', 'ReadOnly', 'Deployer'])}\nregion = {pick(r, REGIONS)}")


def kubeconfig(r, leak, c):
    user = pick(r, ["ci-deployer", "admin", "dev"])
    body = (f"    token: {rec(rs(r, 6, LO) + '.' + rs(r, 16, LO))}" if leak and r.random() < 0.3 else
            f"    token: {rec('eyJhbGciOiJSUzI1NiIsImtpZCI6IiJ9.' + b64(r, 300).rstrip('=') + '.' + rs(r, 86, AN_URL))}" if leak else
            "    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: [eks, get-token, --cluster-name, "
            + pick(r, ['prod', 'staging']) + "]")
    return f"# {c}\nusers:\n- name: {user}\n  user:\n{body}\ncontexts:\n- context:\n    cluster: {pick(r, ['prod', 'staging'])}\n    user: {user}\n  name: {pick(r, ['prod', 'staging'])}"


AN_URL = LO + UP + "0123456789-_"


def pip_conf(r, leak, c):
    if leak:
        url = f"https://{pick(r, USERS)}:{url_pw(r)}@pypi.acme-corp.net/simple/"
    else:
        url = pick(r, ["https://pypi.acme-corp.net/simple/", "https://${PIP_USER}:${PIP_PASSWORD}@pypi.acme-corp.net/simple/"])
    return f"# {c}\n[global]\nindex-url = {url}\ntimeout = 60\nextra-index-url = https://pypi.org/simple"


def yarnrc(r, leak, c):
    v = npm_tok(r) if leak else "${NPM_AUTH_TOKEN}"
    return f"# {c}\nnodeLinker: node-modules\nnpmScopes:\n  acme:\n    npmRegistryServer: \"https://npm.pkg.github.com\"\n    npmAuthToken: \"{v}\""


def composer_auth(r, leak, c):
    d = ({"github-oauth": {"github.com": gh_pat(r)}} if leak else {"github-oauth": {}, "_comment": c + " (COMPOSER_AUTH env var in CI)"})
    return json.dumps(d, indent=4, ensure_ascii=False)


def pgpass(r, leak, c):
    pw = url_pw(r) if leak else "*"
    if not leak:
        return f"# {c}\n# hostname:port:database:username:password  (password read from PGPASSWORD in CI)\n{pick(r, HOSTS)}:5432:{pick(r, DBNAMES)}:{pick(r, USERS)}:"
    return f"{pick(r, HOSTS)}:5432:{pick(r, DBNAMES)}:{pick(r, USERS)}:{pw}"


def rclone(r, leak, c):
    if leak:
        kv = f"access_key_id = {aws_akid(r)}\nsecret_access_key = {aws_secret(r)}"
    else:
        kv = "env_auth = true"
    return f"# {c}\n[{pick(r, ['s3-backup', 'r2', 'wasabi'])}]\ntype = s3\nprovider = {pick(r, ['AWS', 'Cloudflare', 'Wasabi'])}\n{kv}\nregion = {pick(r, REGIONS)}"


def ssh_key_file(r, leak, c):
    from _b17rand import pem_key
    if leak:
        return f"$ cat ~/.ssh/{pick(r, ['id_ed25519', 'deploy_key', 'id_rsa'])}\n" + pem_key(r, pick(r, ["OPENSSH PRIVATE KEY", "RSA PRIVATE KEY"]))
    return (f"$ cat ~/.ssh/{pick(r, ['id_ed25519.pub', 'deploy_key.pub'])}\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(r, 43, AN_URL.replace('-', '+').replace('_', '/'))} "
            f"{pick(r, USERS)}@{pick(r, ['laptop', 'ci-runner', 'bastion'])}")


DOTFILES = [npmrc, npmrc_gh, pypirc, netrc, docker_cfg, git_credentials, aws_credentials, kubeconfig, pip_conf, yarnrc,
            composer_auth, pgpass, rclone, ssh_key_file]

# silence unused-import warnings for helpers some frames reach through pick()
_ = (BUCKETS, webhook)
