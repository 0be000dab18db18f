"""Round-10 credential probes: the carriers round 9's held-out figures named as weakest
(password-manager exports, docker-compose files, terraform tfvars, chat exports and pastes) and
the scanner-level gaps session 9 left, with benign twins, scanned with ``handoff.privacy.scan_text``.

    PYTHONPATH=. python bench/probe_credentials_round10.py [-v]

Written for session 10 from the export formats' public column names and the issue's class
descriptions only (no line of any corpus, held-out or not, and no other project's patterns or
text); values are random characters from a fixed seed. Prints recall per carrier, the benign
lines flagged per carrier, and with ``-v`` every miss and false positive. In-sample: the fixes
of session 10 were chosen from these misses, so the figure after them says the classes are
closed, not how the filter does on text it was not written against.

Not a test: a probe that prints figures.
"""

from __future__ import annotations

import csv
import io
import json
import random
import string
import sys
from collections.abc import Callable

from handoff.privacy import scan_text

R = random.Random(10)
ALNUM = string.ascii_letters + string.digits


def rnd(n: int, chars: str = ALNUM) -> str:
    """Random characters with a digit, an upper-case and a lower-case letter."""
    while True:
        v = "".join(R.choice(chars) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def pw() -> str:
    """A password of one of several shapes a generator or a person produces."""
    shape = R.randrange(7)
    if shape == 0:  # one symbol in the middle
        return rnd(6) + R.choice("!@#%^*+=") + rnd(5)
    if shape == 1:  # symbols a CSV or a shell must quote
        return rnd(4) + R.choice(',"=|!@:') + rnd(4) + R.choice(',"=|!@:') + rnd(3)
    if shape == 2:  # a password manager's default: 20 characters, symbols anywhere
        return rnd(20, ALNUM + "!@#$%^&*")
    if shape == 3:  # plain random letters and digits
        return rnd(R.choice([12, 16]))
    if shape == 4:  # ends in a symbol
        return rnd(11) + R.choice("!?#")
    if shape == 5:  # long
        return rnd(32, ALNUM + "-_.~")
    return rnd(8) + ":" + rnd(6)


def tok() -> str:
    return rnd(R.choice([24, 32, 40]))


def hexv(n: int = 40) -> str:
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid() -> str:
    return f"{hexv(8)}-{hexv(4)}-4{hexv(3)}-a{hexv(3)}-{hexv(12)}"


def csv_row(*fields: str, quote_all: bool = False) -> str:
    """One CSV line as an exporter writes it (minimal quoting, or every field quoted)."""
    buf = io.StringIO()
    csv.writer(buf, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL, lineterminator="").writerow(fields)
    return buf.getvalue()


def user() -> str:
    return R.choice(["alice", "bob.smith", "ops@example.com", "deploy", "j.doe@corp.example", "admin"])


def site() -> str:
    return R.choice(
        [
            "https://github.com/login",
            "https://grafana.internal:3000",
            "https://accounts.example.com",
            "http://10.0.4.12",
        ]
    )


def title() -> str:
    return R.choice(["GitHub", "Grafana admin", "Staging DB", "AWS root", "Router", "Jenkins"])


# -- password-manager exports: (header, row builder) -------------------------------------------
def bw_csv(p: str) -> tuple[str, str]:
    h = "folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp"
    return h, csv_row("Work", "", "login", title(), "", "", "0", site(), user(), p, "")


def op_csv(p: str) -> tuple[str, str]:
    h = "Title,Website,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes"
    return h, csv_row(title(), site(), user(), p, "", "false", "false", "work", "")


def lp_csv(p: str) -> tuple[str, str]:
    h = "url,username,password,totp,extra,name,grouping,fav"
    return h, csv_row(site(), user(), p, "", "", title(), "Shared-Ops", "0")


def kp_csv(p: str) -> tuple[str, str]:
    h = '"Group","Title","Username","Password","URL","Notes","TOTP","Icon","Last Modified","Created"'
    row = csv_row(
        "Root/Servers",
        title(),
        user(),
        p,
        site(),
        "",
        "",
        "0",
        "2026-03-04T10:11:12Z",
        "2025-01-02T03:04:05Z",
        quote_all=True,
    )
    return h, row


def chrome_csv(p: str) -> tuple[str, str]:
    h = "name,url,username,password,note"
    return h, csv_row("github.com", site(), user(), p, "")


FF_HEADER = (
    '"url","username","password","httpRealm","formActionOrigin","guid","timeCreated","timeLastUsed",'
    '"timePasswordChanged"'
)


def ff_csv(p: str) -> tuple[str, str]:
    h = FF_HEADER
    row = csv_row(
        site(),
        user(),
        p,
        "",
        site(),
        "{" + uuid() + "}",
        "1712345678901",
        "1712345678901",
        "1712345678901",
        quote_all=True,
    )
    return h, row


def dl_csv(p: str) -> tuple[str, str]:
    h = "username,username2,username3,title,password,note,url,category,otpSecret"
    return h, csv_row(user(), "", "", title(), p, "", site(), "Business", "")


CSV_EXPORTS: list[Callable[[str], tuple[str, str]]] = [bw_csv, op_csv, lp_csv, kp_csv, chrome_csv, ff_csv, dl_csv]


def pm_csv_cases() -> list[str]:
    out = []
    for make in CSV_EXPORTS:
        for _ in range(4):
            h, row = make(pw())
            out.append(h + "\n" + row)  # the export's first lines
            out.append(row)  # one row pasted alone
    return out


def pm_json_cases() -> list[str]:
    out = []
    for _ in range(4):
        p = pw()
        out += [
            json.dumps(
                {
                    "id": uuid(),
                    "type": 1,
                    "name": title(),
                    "login": {"uris": [{"uri": site()}], "username": user(), "password": p, "totp": None},
                }
            ),
            json.dumps({"login": {"username": user(), "password": pw()}}, indent=2),
            json.dumps(
                {"fields": [{"designation": "username", "value": user()}, {"designation": "password", "value": pw()}]}
            ),
            json.dumps(
                {"loginFields": [{"value": user(), "id": "username"}, {"value": pw(), "id": "password", "type": "P"}]}
            ),
            json.dumps({"title": title(), "login": user(), "password": pw(), "domain": "example.com"}),
            json.dumps({"name": title(), "value": pw(), "type": "P", "designation": "password"}),
            f"<Entry><String><Key>UserName</Key><Value>{user()}</Value></String><String><Key>Password</Key>"
            f'<Value ProtectInMemory="True">{pw().replace("&", "x").replace("<", "y")}</Value></String></Entry>',
            f"<String>\n  <Key>Password</Key>\n  <Value>{pw().replace('&', 'x').replace('<', 'y')}</Value>\n</String>",
        ]
    return out


def compose_cases() -> list[str]:
    names = [
        "POSTGRES_PASSWORD",
        "MYSQL_ROOT_PASSWORD",
        "RABBITMQ_DEFAULT_PASS",
        "MINIO_ROOT_PASSWORD",
        "REDIS_PASSWORD",
        "KC_DB_PASSWORD",
        "GF_SECURITY_ADMIN_PASSWORD",
        "MONGO_INITDB_ROOT_PASSWORD",
        "PGADMIN_DEFAULT_PASSWORD",
        "SECRET_KEY",
        "JWT_SECRET",
        "API_TOKEN",
        "WORDPRESS_DB_PASSWORD",
        "ELASTIC_PASSWORD",
        "AWS_SECRET_ACCESS_KEY",
    ]
    out = []
    for n in names:
        p = pw()
        out += [
            f"    environment:\n      - {n}={p}",
            f"      - {n}={pw()}",
            f'      - "{n}={pw()}"',
            f"      {n}: {pw()}",
            f'      {n}: "{pw()}"',
            f"      {n}: '{pw()}'",
            f"services:\n  db:\n    image: postgres:16\n    environment:\n      {n}: {pw()}\n      POSTGRES_USER: app",
        ]
    for _ in range(4):
        out += [
            f"    command: redis-server --requirepass {pw()}",
            f'    command: ["redis-server", "--requirepass", "{pw()}"]',
            f"      - DATABASE_URL=postgres://app:{rnd(14)}@db:5432/app",
            f'    healthcheck:\n      test: ["CMD", "mysqladmin", "ping", "-uroot", "-p{rnd(14)}"]',
            f"      - DB_PASS={rnd(12)}",
            f"      DB_PWD: {rnd(12)}",
        ]
    return out


def tfvars_cases() -> list[str]:
    out = []
    for _ in range(4):
        out += [
            f'db_password = "{pw()}"',
            f'admin_pass  = "{pw()}"',
            f'api_token = "{tok()}"',
            f'client_secret = "{tok()}"',
            f'sql_admin_password="{pw()}"',
            f'credentials = {{\n  username = "admin"\n  password = "{pw()}"\n}}',
            f'db = {{ user = "app", pass = "{pw()}" }}',
            f'master_password = "{pw()}"  # rotated',
            f'grafana_admin_pwd = "{rnd(14)}"',
            f'vpn_psk = "{rnd(24)}"',
            f'sas_token = "?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-01-01&sig={rnd(43)}%3D"',
            f"private_key = <<EOT\n-----BEGIN RSA PRIVATE KEY-----\n{rnd(64)}\n-----END RSA PRIVATE KEY-----\nEOT",
            f'variable "db_password" {{\n  default = "{pw()}"\n}}',
            f'  password = "{pw()}"',
        ]
    return out


def chat_cases() -> list[str]:
    out = []
    for _ in range(4):
        out += [
            json.dumps(
                {
                    "type": "message",
                    "user": "U0" + rnd(8).upper(),
                    "text": f"staging db pw is {pw()}",
                    "ts": "1712345678.000200",
                }
            ),
            json.dumps(
                {
                    "type": "message",
                    "text": f"here's the grafana admin login: admin / {pw()}",
                    "ts": "1712345678.000300",
                }
            ),
            json.dumps(
                {"author": {"name": "bob"}, "content": f"new token {tok()}", "timestamp": "2026-03-04T10:11:12Z"}
            ),
            f"[10:42] alice: db pass {pw()}",
            f"[2026-03-04 10:42] <bob> the wifi password is {pw()}",
            f"12/03/2026, 10:42 - Bob: password {pw()}",
            f"alice  10:42 AM\nuse {pw()} for the jenkins admin",
            f"bob: try `{pw()}` on the vpn",
            f"**carol** (10:43): root pw `{pw()}`",
            f"Dave [11:02 AM]: creds for staging: deploy / {pw()}",
        ]
    return out


def paste_cases() -> list[str]:
    out = []
    for _ in range(4):
        out += [
            f"from slack: @bob use {pw()} for the grafana admin",
            f"> pwd: {pw()}",
            f"> alice: sure, it's {pw()}",
            f"pasting what eve sent: `{pw()}`",
            f'teammate\'s message: "the sftp password changed to {pw()}"',
            f"copied from #ops: login admin, pass {pw()}",
            f"Frank wrote: new pw for the nas -> {pw()}",
        ]
    return out


def scanner_gap_cases() -> list[str]:
    out = []
    for _ in range(4):
        p = rnd(14)
        out += [
            f'var dbPwd = "{p}";',
            f"userPwd: {rnd(14)}",
            f'const adminPw = "{rnd(14)}"',
            f"apiTok: {tok()}",
            f"let smtpPwd = '{rnd(14)}'",
            f"requirepass {rnd(5)}={rnd(6)}",
            f"secret {rnd(5)}={rnd(6)}",
            f"sl.{rnd(60, ALNUM + '-_')}={rnd(70, ALNUM + '-_')}",
            f"dropbox token: sl.{rnd(120, ALNUM + '-_=')}",
            f"{R.randrange(10**14, 10**15)}|{hexv(32)}",
            f"facebook access token {R.randrange(10**14, 10**15)}|{rnd(27, ALNUM + '-_')}",
            f"00D{rnd(12)}!{rnd(96, ALNUM + '._')}",
            f"sf token 00D{rnd(15)}!AQ{rnd(90, ALNUM + '._')}",
            f"yes {pw()} | keytool -importcert -file ca.pem -keystore ks.jks",
            f'send "{pw()}\\r"',
            f'expect "password:"\nsend "{pw()}\\r"',
        ]
    return out


SECRET: dict[str, Callable[[], list[str]]] = {
    "pm-csv": pm_csv_cases,
    "pm-json": pm_json_cases,
    "compose": compose_cases,
    "tfvars": tfvars_cases,
    "chat": chat_cases,
    "paste": paste_cases,
    "scanner": scanner_gap_cases,
}


def benign_pm() -> list[str]:
    out = []
    for _ in range(3):
        out += [
            "folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp",
            csv_row("Work", "", "note", "Wifi instructions", "ask IT for the guest network", "", "0", "", "", "", ""),
            csv_row("", "1", "login", title(), "", "", "0", site(), user(), "", ""),
            "Title,Website,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes\n"
            + csv_row(title(), site(), user(), "", "", "false", "true", "old", "moved to SSO"),
            "url,username,password,totp,extra,name,grouping,fav\n"
            + csv_row("http://sn", "", "", "", "NoteType:Server Notes", title(), "Secure Notes", "0"),
            '"url","username","password","httpRealm","formActionOrigin","guid","timeCreated","timeLastUsed","timePasswordChanged"',
            csv_row(
                site(),
                user(),
                "",
                "",
                site(),
                "{" + uuid() + "}",
                "1712345678901",
                "1712345678901",
                "1712345678901",
                quote_all=True,
            ),
            csv_row(
                "Root/Servers",
                title(),
                user(),
                "",
                site(),
                "see runbook",
                "",
                "0",
                "2026-03-04T10:11:12Z",
                "2025-01-02T03:04:05Z",
                quote_all=True,
            ),
            json.dumps(
                {
                    "id": uuid(),
                    "organizationId": None,
                    "folderId": uuid(),
                    "type": 1,
                    "reprompt": 0,
                    "name": title(),
                    "favorite": False,
                    "login": {
                        "uris": [{"match": None, "uri": site()}],
                        "username": user(),
                        "password": None,
                        "totp": None,
                    },
                    "revisionDate": "2026-03-04T10:11:12.000Z",
                    "passwordHistory": None,
                }
            ),
            json.dumps(
                {
                    "uuid": "".join(R.choice(string.ascii_lowercase + "234567") for _ in range(26)),
                    "favIndex": 0,
                    "createdAt": 1712345678,
                    "updatedAt": 1712345679,
                    "state": "active",
                    "categoryUuid": "001",
                }
            ),
            json.dumps(
                {
                    "passwordRevisionDate": "2026-01-02T03:04:05Z",
                    "passwordHistory": [{"lastUsedDate": "2025-12-01T00:00:00Z"}],
                }
            ),
            "<Entry><UUID>"
            + rnd(22)
            + "==</UUID><IconID>0</IconID><Times>"
            + "<LastModificationTime>2026-03-04T10:11:12Z</LastModificationTime></Times></Entry>",
            csv_row(
                title(),
                site(),
                user(),
                "op://Private/" + title().replace(" ", "-") + "/password",
                "",
                "false",
                "false",
                "",
                "",
            ),
            csv_row(site(), user(), "********", "", "", title(), "Shared", "0"),
            "login_password,login_totp",
            json.dumps({"name": "password", "value": "", "type": "P", "designation": "password"}),
        ]
    return out


def benign_compose() -> list[str]:
    out = []
    for n in ["POSTGRES_PASSWORD", "MYSQL_ROOT_PASSWORD", "REDIS_PASSWORD", "JWT_SECRET", "API_TOKEN"]:
        out += [
            f"      - {n}=${{{n}}}",
            f"      {n}: ${{{n}:?set it in .env}}",
            f"      - {n}_FILE=/run/secrets/{n.lower()}",
            f"      {n}: ${{{n}:-changeme}}",
            f"      {n}: changeme",
            f'      {n}: "<your {n.lower().replace("_", " ")}>"',
            f"      {n}: $${n}",
        ]
    out += [
        "    environment:\n      - POSTGRES_USER=app\n      - POSTGRES_DB=app\n      - TZ=Europe/Berlin",
        "    command: redis-server --requirepass ${REDIS_PASSWORD}",
        "      - DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app",
        "    secrets:\n      - db_password\nsecrets:\n  db_password:\n    file: ./secrets/db_password.txt",
        '    healthcheck:\n      test: ["CMD", "pg_isready", "-U", "app"]',
        f"    image: ghcr.io/acme/api@sha256:{hexv(64)}",
        "      - PASSWORD_MIN_LENGTH=12",
        "      - TOKEN_TTL=3600",
    ]
    return out


def benign_tfvars() -> list[str]:
    return [
        "db_password = var.db_password",
        "password = data.aws_secretsmanager_secret_version.db.secret_string",
        "admin_pass = random_password.admin.result",
        'api_token = ""',
        'client_secret = "REPLACE_ME"',
        'db_password = "${var.db_password}"',
        "password_length = 24",
        'password_policy = "strong"',
        'token_ttl = "1h"',
        'secret_name = "prod/db/password"',
        'kms_key_id = "alias/app-secrets"',
        f'ami = "ami-{hexv(17)}"',
        f'subnet_id = "subnet-{hexv(17)}"',
        'variable "db_password" {\n  type      = string\n  sensitive = true\n}',
        'credentials = {\n  username = "admin"\n  password = var.admin_password\n}',
        'db_password = "<set in tfvars>"',
        'master_password = "********"',
    ]


def benign_chat() -> list[str]:
    return [
        json.dumps(
            {
                "type": "message",
                "user": "U0ABCDEF12",
                "text": "I rotated the staging db password, it's in the vault now",
                "ts": "1712345678.000200",
            }
        ),
        json.dumps({"type": "message", "text": "who has the grafana admin login?", "ts": "1712345678.000300"}),
        "[10:42] alice: db pass is in 1password under staging",
        "12/03/2026, 10:42 - Bob: password reset link sent",
        "bob: try the vpn again, I reset your password",
        "**carol** (10:43): root pw expired, ask ops",
        f"Dave [11:02 AM]: deployed {hexv(7)} to staging",
        "from slack: @bob the token expired, can you rotate it?",
        "> pwd: /srv/app",
        "> alice: sure, it's on the wiki",
        "copied from #ops: login works again after the LDAP fix",
        f"[10:44] eve: build id {uuid()}",
    ]


def benign_scanner() -> list[str]:
    return [
        "var dbPwd = process.env.DB_PWD;",
        "userPwd: ${USER_PWD}",
        "const adminPw = getAdminPw()",
        "apiTok: null",
        "requirepass ${REDIS_PASSWORD}",
        "requirepass yes=no",
        "yes | keytool -importcert -file ca.pem -keystore ks.jks",
        'send "yes\\r"',
        'send "exit\\r"',
        'expect "$ "\nsend "ls -la\\r"',
        "sl.no such file",
        "00D is the org id prefix",
        "ratio 3|4 with flags a|b",
        'send "$password\\r"',
    ]


BENIGN: dict[str, Callable[[], list[str]]] = {
    "pm": benign_pm,
    "compose": benign_compose,
    "tfvars": benign_tfvars,
    "chat": benign_chat,
    "scanner": benign_scanner,
}


def main() -> None:
    show = "-v" in sys.argv
    tot = hit = 0
    for cls, make in SECRET.items():
        lines = make()
        miss = [line for line in lines if not scan_text(line)]
        n = len(lines)
        tot += n
        hit += n - len(miss)
        print(f"{cls:10s} {n - len(miss)}/{n} = {100 * (n - len(miss)) / n:.1f}%")
        if show:
            for m in miss:
                print("    MISS", repr(m))
    print(f"credential recall {hit}/{tot} = {100 * hit / tot:.2f}%")
    fps = btot = 0
    for cls, make in BENIGN.items():
        lines = make()
        fp = [(line, [f.rule for f in scan_text(line)]) for line in lines]
        fp = [(line, rules) for line, rules in fp if rules]
        btot += len(lines)
        fps += len(fp)
        print(f"benign {cls:10s} flagged {len(fp)}/{len(lines)}")
        if show:
            for line, rules in fp:
                print("    FP", repr(line), rules)
    print(f"benign flagged {fps}/{btot} = {100 * fps / btot:.2f}%")


if __name__ == "__main__":
    main()
