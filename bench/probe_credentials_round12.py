"""Round-12 credential probes: our own phrasings of the classes session 12 closed, each with
benign twins, scanned with ``handoff.privacy.scan_text``.

    PYTHONPATH=. python bench/probe_credentials_round12.py [-v]

Written for session 12 from the class descriptions in docs/design.md's "Session 12
(credentials)" (no corpus line is copied; values are random characters in the right format
from a fixed seed, drawn afresh for every line). Prints recall per class, the benign lines
flagged, and with ``-v`` every miss and false positive. In-sample: the classes were chosen
from development misses, so the figure says the classes are closed on new wording and values,
not how the filter does on text it was not written against.

Not a test: a probe that prints figures.
"""

from __future__ import annotations

import random
import string
import sys
from collections.abc import Callable

from handoff.privacy import scan_text

R = random.Random(12)
ALNUM = string.ascii_letters + string.digits


def rnd(n: int, chars: str = ALNUM) -> str:
    """Random characters with a digit, an upper-case and a lower-case letter."""
    while True:
        v = "".join(R.choice(chars) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(
                c.islower() for c in v):
            return v


def pw() -> str:
    """A generated password: random letters and digits with one or two symbols inside."""
    body = list(rnd(R.randint(12, 20)))
    for _ in range(R.randint(1, 2)):
        body.insert(R.randint(1, len(body) - 1), R.choice("!#%*?@^~+=&|"))
    return "".join(body)


def grouped() -> str:
    """A password manager's grouped shape: 4-5 groups of 5 random lower-case letters/digits."""
    while True:
        groups = ["".join(R.choice(string.ascii_lowercase + string.digits) for _ in range(5))
                  for _ in range(R.randint(4, 5))]
        if all(any(c.isdigit() for c in g) for g in groups):
            return "-".join(groups)


def hexv(n: int) -> str:
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid() -> str:
    h = hexv(32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def salt() -> str:
    chars = string.ascii_letters + string.digits + "!#%^*()-_=+[]{}<>,.;:|~"
    while True:
        v = "".join(R.choice(chars) for _ in range(64))
        if sum(not c.isalnum() for c in v) >= 16:
            return v


Template = Callable[[], str]
USERS = ("kenji", "maria", "ops-bot", "svc_etl", "deploy", "admin", "root")

CLASSES: dict[str, tuple[list[Template], list[str]]] = {
    "abbreviated-names": ([
        lambda: f"dbPassw: {pw()}",
        lambda: f"export LDAPBINDPW='{pw()}'",
        lambda: f"SMTPPWD={pw()}",
        lambda: f"cfg.appSec = \"{rnd(28)}\"",
        lambda: f"--svcPassw={rnd(24)}",
        lambda: f"define('NONCE_SALT', '{salt()}');",
        lambda: f"define( 'AUTH_SALT', '{salt()}' );",
    ], [
        "timeout_sec=30", "retry_sec: 2.5", "UPWARD=1", "dbPassw: ${DB_PASSW}",
        "define('AUTH_SALT', 'put your unique phrase here');", "cfg.appSec = None",
    ]),
    "value-boundaries": ([
        lambda: f"spring.datasource.password={rnd(5)}&{rnd(6)}~{rnd(4)}_={rnd(3)}",
        lambda: f"<password>={rnd(6)}:{rnd(4)}|{rnd(5)}</password>",
        lambda: f"<secret>{rnd(7)}|{rnd(8)}@{rnd(4)}</secret>",
        lambda: f"mysqldump -uapp --password=!{rnd(8)}-{rnd(6)} app > x.sql",
        lambda: f"echo '{rnd(6)}:{rnd(5)}|{rnd(5)}' | sudo -S systemctl reload nginx",
    ], [
        "Server=db;Password=${DB_PASSWORD};User Id=sa",
        "password: !Ref DbPassword",
        "<password>${DB_PASSWORD}</password>",
        "echo 'ok|fail' | sudo -S true",
        "https://x.io/cb?password=&user=bob",
    ]),
    "block-named-values": ([
        lambda: (f'variable "{R.choice(["admin_password", "db_password", "sendgrid_api_key"])}" '
                 f'{{\n  type      = string\n  sensitive = true\n  default   = "{pw()}"\n}}'),
        lambda: (f'{{\n  "{R.choice(["stripe_secret_key", "mailgun_api_key"])}": {{\n'
                 f'    "sensitive": true,\n    "type": "string",\n    "value": "{rnd(32)}"\n  }}\n}}'),
    ], [
        'variable "region" {\n  type    = string\n  default = "eu-west-1"\n}',
        'variable "db_password" {\n  type      = string\n  sensitive = true\n}',
        '{\n  "admin_password": {\n    "sensitive": true,\n    "type": "string",\n'
        '    "value": "${var.admin_password}"\n  }\n}',
    ]),
    "tables": ([
        lambda: (f"| env | host | user | password |\n|---|---|---|---|\n| qa | db-qa | "
                 f"{R.choice(USERS)} | see vault |\n| prod | db-prod | {R.choice(USERS)} | {pw()} |"),
        lambda: (f"> | region | user | pwd | // > |---|---|---| // > | eu | {R.choice(USERS)} | "
                 f"{pw()} |"),
        lambda: f"| service | token | owner |\n|:--|:--|:--|\n| ci | `{rnd(36)}` | @kenji |",
        lambda: f"| mistral | {rnd(32)} | prod |",
        lambda: f"| pagerduty | {rnd(20)}+{rnd(4)} | stg |",
        lambda: f"Portal | {R.choice(USERS)}@acme.io | {pw()} | https://portal.acme.io",
    ], [
        "| secret | where | rotated |\n|---|---|---|\n| DB_PASSWORD | vault | 2026-02-01 |",
        "| env | user | password |\n|---|---|---|\n| qa | admin | (rotated) |",
        "| service | key | owner |\n|---|---|---|\n| cache | sha256 digest | @kenji |",
        "| stripe | 4f3a2b1 | merged |",
        "| tool | version | notes |\n|---|---|---|\n| ruff | 0.6.9 | pinned |",
        "App | deploy | ok | https://status.acme.io",
    ]),
    "user-password-pairs": ([
        lambda: f"{R.choice(USERS)} / {pw()}",
        lambda: f"{R.choice(USERS)}/{pw()} works",
        lambda: f"ok, temporary one: `{R.choice(USERS)}` / `{grouped()}`",
        lambda: f"[kim] 10:02 reset it. {R.choice(USERS)} / {pw()} works on redis now",
        lambda: f"{R.choice(USERS)}:{pw()}",
        lambda: f"grafana admin:{rnd(26)}",
        lambda: f"identifiants : {R.choice(USERS)} / {pw()}",
    ], [
        "read/write", "and/or", "hooli/docs-site#622", "see src/handoff/privacy/scanner.py",
        "merged feature/AddLogin2 on main", "go.sum: h1:" + rnd(43) + "=",
        "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAnZYtw2LKPW",
        "https://web.dev.acme.com/healthz?verbose=1", "image: nginx:1.27-alpine",
        "pushed release/v2.3.1-rc1 on prod",
    ]),
    "chat-handovers": ([
        lambda: f"here you go: {rnd(32)}",
        lambda: f"can you try with this one: {pw()}\n(it's the qa password)",
        lambda: f"<kim> ana: use {pw()} for now, I'll rotate it tonight",
        lambda: f"the admin account uses {pw()} until SSO lands",
        lambda: f"Used {rnd(36)} to call the Twilio API; works.",
    ], [
        "here you go: https://github.com/acme/app/pull/12",
        "use HttpClientFactory2 for now",
        "this one: RetryPolicyV2 handles it",
        "Used pytest-xdist to call the suite in parallel",
        "the admin account uses SSO until Friday",
    ]),
    "named-in-prose": ([
        lambda: f"deploy failed because STRIPE_API_KEY was unset. Set it to {rnd(32)} in the dashboard.",
        lambda: f"I added SENTRY_AUTH_TOKEN with {rnd(40)} to the repo secrets.",
        lambda: (f"##[debug]Evaluating: secrets.DEPLOY_TOKEN\n##[debug]Result: '{rnd(40)}'"),
        lambda: (f"##[debug]Evaluating: secrets.HEC_TOKEN\n##[debug]Result: '{uuid()}'"),
        lambda: ('[{"keyName": "key2", "permissions": "FULL", "value": "'
                 + rnd(86, ALNUM + "+/") + '=="}]'),
    ], [
        "MAX_TOKENS was too low. Set it to 4096 in config.",
        "the API_TOKEN with ttl 3600 expires",
        "##[debug]Evaluating: secrets.DEPLOY_TOKEN\n##[debug]Result: '***'",
        "I added SENTRY_AUTH_TOKEN with the CLI to the repo secrets.",
    ]),
    "vendor-formats": ([
        lambda: "INTERCOM_TOKEN=dG9rOj" + rnd(54, ALNUM + "+/") + "=",
        lambda: f"axiom: xaat-{uuid()}",
        lambda: f"@xapt-{uuid()}.",
        lambda: "fnA" + rnd(37),
        lambda: f"jdbc:oracle:thin:app/{rnd(20)}@//db.acme.io:1521/ORCL",
        lambda: f'wandb.login(key="{hexv(40)}")',
        lambda: "FLY_API_TOKEN=FlyV1 fm2_lJPECAAAAAAAA" + rnd(80, ALNUM + "+/"),
    ], [
        "fnAddEventListenerForTheMigrationHelpers",
        "jdbc:oracle:thin:@//db.acme.io:1521/ORCL",
        'wandb.login(key=os.environ["WANDB_API_KEY"])',
        "xaat-00000000-0000-0000-0000-000000000000",
        "fm2_" + "x" * 48,
    ]),
    "foreign-nouns": ([
        lambda: f"Yeni y\u00f6netici parolas\u0131: {pw()}",
        lambda: (f"migrator kullan\u0131c\u0131s\u0131n\u0131n parolas\u0131n\u0131 {pw()} "
                 "olarak s\u0131f\u0131rlad\u0131m"),
        lambda: (f"\u03a4\u03bf \u03c3\u03c5\u03bd\u03b8\u03b7\u03bc\u03b1\u03c4\u03b9\u03ba\u03cc "
                 f"\u03b5\u03af\u03bd\u03b1\u03b9 {pw()}"),
    ], [
        "Parola politikas\u0131: en az 16 karakter",
        "Le mot de parole est important",
        "\u03a4\u03bf \u03c3\u03c5\u03bd\u03b8\u03b7\u03bc\u03b1\u03c4\u03b9\u03ba\u03cc "
        "\u03b5\u03af\u03bd\u03b1\u03b9 \u03c3\u03c4\u03bf Vault",
    ]),
}


def main() -> int:
    verbose = "-v" in sys.argv
    total = found = benign = flagged = 0
    for name, (templates, twins) in CLASSES.items():
        lines = [t() for t in templates for _ in range(8)]
        misses = [line for line in lines if not scan_text(line)]
        fps = [line for line in twins if scan_text(line)]
        total += len(lines)
        found += len(lines) - len(misses)
        benign += len(twins)
        flagged += len(fps)
        print(f"{name:22} recall {len(lines) - len(misses):3}/{len(lines):3}"
              f"   benign flagged {len(fps)}/{len(twins)}")
        if verbose:
            for line in misses:
                print("   MISS", repr(line)[:160])
            for line in fps:
                print("   FP  ", repr(line)[:160])
    print(f"{'all':22} recall {found:3}/{total:3} ({found / total:.1%})"
          f"   benign flagged {flagged}/{benign}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
