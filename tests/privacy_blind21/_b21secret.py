"""Secret lines: a working-shaped synthetic credential that went through the trip."""
import json

from _b21frames import (
    ESC,
    b64,
    b64_wrapped,
    catn,
    color,
    crlf,
    cursor_noise,
    dollarq,
    editor_numbers,
    ent,
    ent_numeric,
    fold,
    jstr,
    log_line,
    pct,
    qp,
    quote,
    setx,
    shell_prompt,
    shq,
    syslog,
    tail,
    ts,
    udiff,
    uescape,
    wrap,
    yaml_block,
    zw,
)
from _b21lang import LANGS, pick
from _b21rand import aws_pair, conn_url, env_name, password, private_key, sha, token

PRE = ["heads up,", "fyi", "for the record:", "note to self -", "from the incident channel:", "pasted from the runbook:"]


def ansi_env(rng):
    kind, v = token(rng)
    name = env_name(kind)
    p = shell_prompt(rng)
    style = rng.randrange(4)
    if style == 0:
        body = "%sprintenv | grep -i %s\n%s=%s" % (p, name.split("_")[0].lower(), name, v)
    elif style == 1:
        body = "%secho $%s\n%s" % (p, name, color(rng, v))
    elif style == 2:
        others = ["PATH=/usr/local/bin:/usr/bin:/bin", "HOME=/home/%s" % rng.choice(["dev", "runner", "ci"]),
                  "LANG=en_US.UTF-8", "TERM=xterm-256color", "SHELL=/bin/bash", "CI=true"]
        rng.shuffle(others)
        lines = [*others[: rng.randint(2, 5)], "%s=%s" % (name, v)]
        rng.shuffle(lines)
        body = "%senv\n%s" % (p, "\n".join(lines))
    else:
        body = "%s%s[1;33mexport%s[0m %s=%s%s" % (p, ESC, ESC, name, color(rng, '"%s"' % v), "\n" + shell_prompt(rng))
    if rng.random() < 0.3:
        body = cursor_noise(rng) + body
    return body


def wrapped_midtoken(rng):
    kind, v = token(rng, rng.choice(["anthropic", "openai", "github_fine", "pypi", "atlassian", "slack_user",
                                     "sendgrid", "jwt"]))
    width = rng.choice([72, 76, 80, 64])
    if rng.random() < 0.25:
        lang, s = pick(rng, "secret")
        text = s.format(v=v) + " " + rng.choice(LANGS[lang]["note"])
    else:
        lead = rng.choice([
            "The key we rotated in for the %s integration during the outage is %s and it still needs to be moved into the secret store before Friday." % (kind, v),
            "Quick one from the call: the %s credential the vendor issued for the pilot is %s - we should swap it for a scoped one once the contract is signed." % (kind, v),
            "%s %s=%s was set on the runner by hand while debugging, remove it after the release." % (rng.choice(PRE), env_name(kind), v),
            "Tried again with token %s and the webhook finally returned 200, so the scope was the problem, not the network." % v,
        ])
        text = lead
    f = rng.choice([lambda t: fold(t, width), lambda t: wrap(t, width)])
    out = f(text)
    if rng.random() < 0.3:
        out = quote(out, rng.choice([1, 2]))
    return out


def diff_plus(rng):
    r = rng.random()
    if r < 0.35:
        kind, v = token(rng)
        name = env_name(kind)
        path = rng.choice([".env", ".env.production", "deploy/.env.staging", "docker/.env"])
        return udiff(path, ["%s=" % name], ["%s=%s" % (name, v)], rng,
                     ctx_before=["APP_ENV=production", "LOG_LEVEL=info"], ctx_after=["FEATURE_SEARCH=1"])
    if r < 0.6:
        pw = password(rng)
        path = rng.choice(["config/database.yml", "helm/values-prod.yaml", "compose.yaml"])
        return udiff(path, ["    password: ${DB_PASSWORD}"], ["    password: %s" % pw], rng,
                     ctx_before=["  db:", "    user: app"], ctx_after=["    pool: 10"])
    if r < 0.8:
        ak, sk = aws_pair(rng)
        return udiff("ci/publish.sh", ["aws s3 sync dist/ s3://$BUCKET/"],
                     ["export AWS_ACCESS_KEY_ID=%s" % ak, "export AWS_SECRET_ACCESS_KEY=%s" % sk,
                      "aws s3 sync dist/ s3://$BUCKET/"], rng, ctx_before=["set -euo pipefail"])
    url = conn_url(rng)
    d = udiff("settings/prod.py", ['DATABASE_URL = os.environ["DATABASE_URL"]'], ['DATABASE_URL = "%s"' % url], rng,
              ctx_before=["import os", ""], ctx_after=["", "CACHE_TTL = 300"])
    return color(rng, "commit %s" % sha(rng)) + "\n" + d if rng.random() < 0.4 else d


def json_escaped(rng):
    kind, v = token(rng)
    name = env_name(kind)
    inner = json.dumps({"env": {name: v, "NODE_ENV": "production"}, "image": "app:%s" % sha(rng, 7)}, indent=2)
    r = rng.random()
    if r < 0.4:
        return json.dumps({"type": "tool_result", "tool": "bash", "output": "$ cat task.json\n" + inner}, ensure_ascii=False)
    if r < 0.7:
        return '{"level":"debug","msg":"rendered task definition","body":"%s"}' % jstr(inner)
    pw = password(rng)
    cfg = '{"mcpServers": {"db": {"command": "pg-mcp", "args": ["--url", "%s"]}}}' % conn_url(rng, pw)
    return '"%s"' % jstr(jstr(cfg)) if rng.random() < 0.5 else "settings_json=%s" % json.dumps(cfg)


def percent_encoded(rng):
    r = rng.random()
    if r < 0.35:
        pw = password(rng)
        url = conn_url(rng, pw).replace(pw, pct(pw))
        return log_line(rng, "connecting to %s" % url) if rng.random() < 0.6 else "DATABASE_URL=%s" % url
    if r < 0.7:
        kind, v = token(rng)
        q = "https://api.%s.example.net/v2/export?format=csv&access_token=%s&since=2026-10-01" % (
            rng.choice(["crm", "billing", "metrics"]), v)
        return rng.choice([
            '%s - - [%s] "GET %s HTTP/1.1" 200 %d' % ("10.0.%d.%d" % (rng.randint(0, 9), rng.randint(2, 250)), ts(rng),
                                                     q.split(".net", 1)[1], rng.randint(200, 90000)),
            "redirect_uri=%s" % pct(q),
            "Location: https://login.example.org/cb?next=%s" % pct(q),
        ])
    ak, _ = aws_pair(rng)
    sig = sha(rng, 64)
    return ("https://artifacts-%s.s3.amazonaws.com/builds/%s.tar.gz?X-Amz-Algorithm=AWS4-HMAC-SHA256"
            "&X-Amz-Credential=%s%%2F20261104%%2Fus-east-1%%2Fs3%%2Faws4_request&X-Amz-Date=20261104T101500Z"
            "&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=%s") % (
        rng.choice(["prod", "ci", "eu"]), sha(rng, 12), ak, sig)


def base64_env(rng):
    kind, v = token(rng)
    env = "APP_ENV=production\n%s=%s\nDB_PASSWORD=%s\n" % (env_name(kind), v, password(rng))
    r = rng.random()
    if r < 0.4:
        return "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-env\ntype: Opaque\ndata:\n  .env: %s" % b64(env)
    if r < 0.7:
        return "%secho %s | base64 -d > .env" % (shell_prompt(rng, False), b64(env))
    return "env_b64 (from the failed job's debug dump):\n" + b64_wrapped(env)


def setx_trace(rng):
    kind, v = token(rng)
    pw = password(rng)
    opts = [
        setx("curl -fsS -H 'Authorization: Bearer %s' https://api.internal/v1/deploys" % v),
        setx("docker login -u ci-bot -p %s registry.example.io" % pw),
        setx("gh secret set %s --body %s" % (env_name(kind), v)),
        setx("mysql -h db.internal -u app -p%s -e 'select 1'" % pw),
        setx("git clone https://x-access-token:%s@github.com/acme/deploy-config.git" % token(rng, "github")[1]),
        setx("export %s=%s" % (env_name(kind), v)),
        setx("psql %s -c '\\dt'" % conn_url(rng)),
    ]
    cmd = rng.choice(opts)
    pre = [setx("set -o pipefail"), setx("cd /builds/app"), setx("'[' -n true ']'"), setx("echo 'deploying'", 1),
           "deploying"]
    rng.shuffle(pre)
    lines = [*pre[: rng.randint(1, 4)], cmd]
    if rng.random() < 0.5:
        lines.append(rng.choice(["+ echo ok", "ok", "Login Succeeded", "+ exit 0"]))
    return "\n".join(lines)


def email_quoted(rng):
    pw = password(rng)
    kind, v = token(rng)
    user = rng.choice(["svc-reporting", "ana.lima", "deploy", "etl_reader"])
    body = rng.choice([
        "Hi,\n\nthe account for the reporting box is %s and the password is %s\nPlease change it after first login.\n\nThanks,\nIT" % (user, pw),
        "Here is the key for the sandbox:\n\n%s\n\nIt is scoped to read only." % v,
        "Vendor sent the credentials:\nuser: %s\npass: %s" % (user, pw),
    ])
    depth = rng.choice([1, 1, 2])
    head = "On %s, %s wrote:" % (rng.choice(["Tue, 4 Nov 2026 at 09:12", "Mon, Oct 27, 2026 at 4:41 PM", "2026-11-02 18:03"]),
                                 rng.choice(["Priya Nair <priya@example.com>", "it-helpdesk@example.org", "Jonas <jonas@example.de>"]))
    top = rng.choice(["Thanks, that worked.", "Forwarding so it's in the ticket.", "see below", "Can you confirm this is still valid?"])
    if depth == 2:
        return "%s\n\n> %s\n> Forwarding.\n>\n%s" % (top, head, quote(body, 2))
    return "%s\n\n%s\n%s" % (top, head, quote(body))


def yaml_csv_xml(rng):
    r = rng.random()
    if r < 0.3:
        return "tls:\n  " + yaml_block("key", private_key(rng), 4).replace("\n", "\n  ")
    if r < 0.6:
        rows = ['"service","owner","api_key","rotated"']
        for _ in range(rng.randint(1, 4)):
            kind, v = token(rng)
            rows.append('"%s","%s","%s","2026-%02d-%02d"' % (kind, rng.choice(["payments", "growth", "infra"]), v,
                                                            rng.randint(1, 11), rng.randint(1, 28)))
        return "\n".join(rows)
    kind, v = token(rng)
    return ('<?xml version="1.0"?>\n<settings>\n  <server id="%s">\n    <username>deploy</username>\n'
            "    <password>%s</password>\n  </server>\n</settings>") % (kind, rng.choice([v, "<![CDATA[%s]]>" % password(rng)]))


def log_tail(rng):
    url = conn_url(rng)
    noise = [log_line(rng, m) for m in rng.sample([
        "worker started", "GET /healthz 200 2ms", "cache warm: 312 keys", "retrying in 2s (attempt 2/5)",
        "scheduler tick", "flushed 48 events", "config reloaded", "GET /metrics 200 1ms",
        "pool size=10 idle=7", "shutdown signal ignored: job in progress"], rng.randint(2, 8))]
    bad = rng.choice([log_line(rng, "could not connect to %s: timeout" % url, "ERROR"),
                      syslog(rng, "app: using DSN %s" % url),
                      log_line(rng, "redis auth failed for requirepass %s" % password(rng), "ERROR")])
    noise.insert(rng.randrange(len(noise) + 1), bad)
    text = "\n".join(noise)
    return tail(rng, text, len(text) - rng.randint(0, 30)) if rng.random() < 0.4 else text


def html_entities(rng):
    kind, v = token(rng)
    pw = password(rng)
    r = rng.random()
    if r < 0.4:
        snippet = 'curl -H "X-Api-Key: %s" https://api.example.com/v1/items' % v
        return "<pre><code>%s</code></pre>" % ent(snippet)
    if r < 0.7:
        return "<p>Staging login &mdash; user <b>admin</b>, password <code>%s</code></p>" % ent_numeric(pw)
    return '<td class="val">%s</td><td>%s</td>' % (env_name(kind), ent('"%s"' % v))


def numbered(rng):
    kind, v = token(rng)
    body = "# generated by setup.sh\nAPP_ENV=staging\nPORT=8080\n%s=%s\nREDIS_URL=redis://cache:6379/0" % (env_name(kind), v)
    if rng.random() < 0.5:
        return "%scat -n .env\n%s" % (shell_prompt(rng, False), catn(body))
    return editor_numbers("production:\n  secret_key_base: %s\n  smtp_password: %s" % (sha(rng, 128), password(rng)),
                          rng.randint(1, 40))


def intl_trip(rng):
    lang, s = pick(rng, "secret")
    v = rng.choice([password(rng), token(rng)[1]])
    text = s.format(v=v)
    if rng.random() < 0.4:
        text = rng.choice(LANGS[lang]["note"]) + " " + text
    r = rng.random()
    if r < 0.25:
        return zw(rng, text, 0.5)
    if r < 0.5:
        return log_line(rng, text)
    if r < 0.7:
        return '{"note":"%s"}' % uescape(jstr(text))
    if r < 0.85:
        return "[%s] %s: %s" % (ts(rng)[11:16], rng.choice(["wei", "kenji", "jonas", "lucía", "artem"]), text)
    return crlf("Betreff: Zugang\n\n" + text + "\n\n" + rng.choice(LANGS[lang]["note"]))


def email_or_qp(rng):
    return qp_mail(rng) if rng.random() < 0.4 else email_quoted(rng)


def qp_mail(rng):
    kind, v = token(rng)
    pw = password(rng)
    body = rng.choice([
        "Bonjour,\n\nvoici le mot de passe du compte de service : %s\nMerci de ne pas le transférer.\n" % pw,
        "Hi team,\n\nthe new %s for the sandbox integration is %s, valid until the end of the quarter.\n" % (env_name(kind), v),
        "Guten Tag,\n\nIhr Zugangsschlüssel lautet: %s\n\nMit freundlichen Grüßen\n" % v,
    ])
    return "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(body)


def shell_quoted(rng):
    kind, v = token(rng)
    pw = password(rng)
    r = rng.random()
    if r < 0.35:
        return "ssh deploy@%s %s" % (rng.choice(["10.0.3.4", "bastion.prod"]),
                                     shq("echo '%s' | sudo -S systemctl restart app" % pw))
    if r < 0.7:
        return "printf %s > ~/.npmrc" % dollarq("//registry.npmjs.org/:_authToken=%s\nalways-auth=true\n" % token(rng, "npm")[1])
    return "kubectl create secret generic api --from-literal=%s=%s" % (env_name(kind).lower(), shq(v))


def cookie_paste(rng):
    sess = rng.choice(["sessionid", "_session", "connect.sid", "auth_token", "__Secure-next-auth.session-token"])
    val = rng.choice([token(rng, "jwt")[1], "s%3A" + sha(rng, 32) + "." + pct(sha(rng, 40)), sha(rng, 64)])
    r = rng.random()
    if r < 0.4:
        return "Cookie: %s=%s; theme=dark; _ga=GA1.2.%d.%d" % (sess, val, rng.randint(10**8, 10**9), rng.randint(10**9, 2 * 10**9))
    if r < 0.7:
        return "%scurl -b '%s=%s' https://admin.example.com/api/users | jq ." % (shell_prompt(rng, False), sess, val)
    return "Set-Cookie: %s=%s; Path=/; HttpOnly; Secure; SameSite=Lax" % (sess, val)


CATEGORIES = {
    "sec_ansi_terminal_env": ansi_env,
    "sec_wrapped_mid_token": wrapped_midtoken,
    "sec_diff_added_line": diff_plus,
    "sec_json_in_json": json_escaped,
    "sec_percent_encoded_url": percent_encoded,
    "sec_base64_dotenv": base64_env,
    "sec_setx_trace": setx_trace,
    "sec_email_quoted_or_qp": email_or_qp,
    "sec_yaml_csv_xml": yaml_csv_xml,
    "sec_log_tail": log_tail,
    "sec_html_copy": html_entities,
    "sec_line_numbered": numbered,
    "sec_intl_mangled": intl_trip,
    "sec_shell_quoted": shell_quoted,
    "sec_cookie_paste": cookie_paste,
}
