"""Round-11 credential probes: the classes blind5 and blind8 (retired from held-out in session
11) missed, the terse forms of notes and issue comments issue 11 names, and vendor formats with
no rule, each with benign twins, scanned with ``handoff.privacy.scan_text``.

    PYTHONPATH=. python bench/probe_credentials_round11.py [-v]

Written for session 11 from the failure classes (never a corpus line) and the vendors' public
formats; values are random characters from a fixed seed, never real credentials. Prints recall
per class, the benign twins flagged per class, and with ``-v`` every miss and false positive.
In-sample: the fixes of session 11 were chosen from these classes, so the figure after them
says the classes are closed, not how the filter does on text it was not written against.

Not a test: a probe that prints figures.
"""

from __future__ import annotations

import random
import string
import sys
from collections.abc import Callable

from probe_report import report

R = random.Random(11)
ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"
BRACKETS = "<>()[]{}|,"


def rnd(n: int, chars: str = ALNUM) -> str:
    """Random characters with a digit, an upper-case and a lower-case letter."""
    while True:
        v = "".join(R.choice(chars) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(
            c.islower() for c in v
        ):
            return v


def bracket_pw() -> str:
    """A generated password holding a bracket, an angle or a pipe (blind8's weakest shape)."""
    return rnd(6) + R.choice(BRACKETS) + rnd(5) + R.choice(BRACKETS + "!#%") + rnd(5)


def lower_pw() -> str:
    """Lower-case letters, digits and one password symbol (``nimbus#nimbus2429#``)."""
    word = R.choice(["nimbus", "marmot", "quartz", "lantern", "saffron", "harbor"])
    return word + R.choice("#!?@") + word[::-1][:3] + str(R.randrange(100, 9999)) + R.choice("#?!")


def phrase() -> str:
    """Three dictionary words and one digit, joined by ``.`` or ``_`` (``mango.cedar.tundra3``)."""
    words = R.sample(["mango", "cedar", "tundra", "pixel", "walnut", "copper", "sierra",
                      "orchid", "koala", "badger", "otter", "velvet", "meadow"], 3)
    return R.choice("._").join(words) + str(R.randrange(1, 10))


def any_pw() -> str:
    return R.choice([bracket_pw, lower_pw, phrase, lambda: rnd(14)])()


def hexv(n: int) -> str:
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def upnum(n: int) -> str:
    return "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(n))


# Each class: (name, positive templates, benign twins). A template is a function of the value.
Template = Callable[[str], str]

BRACKET_POSITIVES: list[Template] = [
    lambda v: f"Testitietokannan salasana on {v}.",
    lambda v: f"the staging db password is {v}",
    lambda v: f"requirepass {v}",
    lambda v: f"DATABASE_URL=postgres://ci-bot:{v}@10.1.2.3:5432/auth",
    lambda v: f"keytool -importkeystore -srckeystore a.p12 -storepass {v}",
    lambda v: f"echo {v} | sudo -S systemctl restart worker",
    lambda v: f"Wi-Fi in the lab: SSID acme-lab, key {v}",
    lambda v: f"Adgangskoden til testdatabasen er {v}",
]
BRACKET_BENIGN = [
    "password: Optional[str] = None",
    "the password is read from os.environ['DB_PASSWORD'] at start-up",
    "password_length>=12 is enforced by the policy",
    "DATABASE_URL=postgres://app:<password>@db:5432/app",
    "set the token to <your-token-here> before running",
    "echo \"$DEPLOY_KEY\" > ~/.ssh/id_ed25519 && chmod 600 ~/.ssh/id_ed25519",
    'curl -sf -H "Authorization: Bearer $API_TOKEN" "$BASE_URL/health"',
    "https://example.com/search?q=token+bucket+algorithm&page=4",
    'level=info msg="password policy updated" min_length=12',
    "the password must match [A-Za-z0-9]{12,} (see auth/policy.py)",
]

TERSE_POSITIVES: list[Template] = [
    lambda v: f"admin/{v} on staging",
    lambda v: f"root/{v} for the bastion",
    lambda v: f"If anyone needs the router: admin / {v}",
    lambda v: f"VPN: hwang / {v}, OTP from the shared phone",
    lambda v: f"oncall: 10.20.4.17 ipmi app_rw/{v}",
    lambda v: f"Note to self: root on mysql-primary.svc is {v} until IT rotates it",
    lambda v: f"Ravi's account on 172.31.9.40 uses {v}",
    lambda v: f"Kerberoasted svc account migrator; cleartext {v}",
    lambda v: f"the BitLocker PIN on the loaner is {v}",
    lambda v: f"the 7z archive with the dumps is protected with {v}",
    lambda v: f"Cracked offline from the dump in 3 min: root:{v}",
    lambda v: f"if the VPN prompts again, it's {v} (shared account)",
    lambda v: f"Was reset to {v}; ask Carla before using it.",
    lambda v: f"password is\n{v}\n(copied from the ticket)",
    lambda v: f"Le code wifi du bureau est {v}",
    lambda v: f"\uc544\uc774\ub514 dev_li \ube44\ubc88 {v}",
    lambda v: f"\u0e40\u0e1b\u0e25\u0e35\u0e48\u0e22\u0e19\u0e23\u0e2b\u0e31\u0e2a\u0e1c\u0e48\u0e32\u0e19"
              f"\u0e41\u0e2d\u0e14\u0e21\u0e34\u0e19\u0e40\u0e1b\u0e47\u0e19 {v} \u0e41\u0e25\u0e49\u0e27",
    lambda v: f"net user jenkins {v} /add",
]
TERSE_BENIGN = [
    "merged feature/AddLogin2 on main",
    "see docs/Setup2Guide.md for the steps",
    "see notes/Setup2Guide for the steps",
    "pushed release/v2.3.1-rc1 on prod",
    "the VPN is up again, it's on 10.8.0.1 (split tunnel)",
    "root on the db box is read-only until Friday",
    "pin the linter to 2.9.8 for now",
    "the archive is encrypted with aes-256-gcm",
    "the branch was reset to origin/main~2 after the bad merge",
    "the router: admin / see the wiki",
    "Kerberoasted svc account migrator; cleartext recovered, rotated",
    "password is\nrequired\n(see the form)",
]

TABLE_POSITIVES: list[Template] = [
    lambda v: f"| service | user | password |\n|---|---|---|\n| grafana | admin | {v} |",
    lambda v: f"| env | DB password |\n| --- | --- |\n| staging | {v} |",
    lambda v: f"> | host | token |\n> |:--|:--|\n> | ci | {v} |",
]
TABLE_BENIGN = [
    "| service | user | password |\n|---|---|---|\n| grafana | admin | in 1Password |",
    "| env | DB password |\n| --- | --- |\n| staging | `$DB_PASSWORD` |",
    "| setting | value |\n|---|---|\n| password_min_length | 12 |",
    "| host | token |\n|:--|:--|\n| ci | rotated monthly |",
    "| key | type |\n|---|---|\n| user_id | int64 |",
]

EXEC_POSITIVES: list[Template] = [
    lambda v: f'test: ["CMD", "mysqladmin", "ping", "-h", "localhost", "-p{v}"]',
    lambda v: f'healthcheck:\n  test: ["CMD", "redis-cli", "-a", "{v}", "ping"]',
    lambda v: f'CMD ["mysql", "-uroot", "-p{v}", "-e", "select 1"]',
]
EXEC_BENIGN = [
    'test: ["CMD", "mysqladmin", "ping", "-h", "localhost"]',
    'test: ["CMD", "redis-cli", "ping"]',
    'CMD ["mysql", "--defaults-file=/etc/my.cnf", "-e", "select 1"]',
]

COMPOSE_POSITIVES: list[Template] = [
    lambda v: f"environment:\n  - MYSQL_PASSWORD={v[:4]}\"{v[4:]}",
    lambda v: f"API_TOKEN={v[:6]}\"{v[6:]}",
]
COMPOSE_BENIGN = [
    'environment:\n  - DB_PASSWORD=getenv("X")',
    'token=f"{x}"',
    'PASSWORD=abc"def',
]

NAMED_POSITIVES: list[Template] = [
    lambda v: f"Reminder: TWILIO_AUTH_TOKEN = <{hexv(32)}>",
    lambda v: f'setx DD_APP_KEY "{hexv(40)}"',
    lambda v: f"the session cookie from my browser was {rnd(40)} and it still works",
    lambda v: f"copied my sid cookie {rnd(32).lower()} into the script",
    lambda v: f"oncall fyi Vercel {rnd(24)} works, the one in the wiki doesn't",
]
NAMED_BENIGN = [
    "TWILIO_AUTH_TOKEN = <your-twilio-auth-token>",
    "API_TOKEN=<TOKEN_FROM_VAULT>",
    'setx PATH "%PATH%;C:\\tools"',
    "the session cookie from my browser expires after 30 minutes",
    "GitHub 3f0c2a9e4b1d8c7e6f5a4b3c2d1e0f9a8b7c6d5e is the commit",
    "Vercel deployments are slow today",
]

VENDORS: list[tuple[str, Callable[[], str]]] = [
    ("voyage", lambda: "pa-" + rnd(43, URLSAFE)),
    ("jina", lambda: "jina_" + hexv(32) + rnd(28, URLSAFE)),
    ("new relic license", lambda: hexv(36) + "NRAL"),
    ("octopus", lambda: "API-" + upnum(32)),
    ("aiven", lambda: "AVNS_" + rnd(23, URLSAFE)),
    ("neon", lambda: "npg_" + rnd(12)),
    ("modal", lambda: "as-" + rnd(22)),
    ("runpod", lambda: "rpa_" + upnum(40)),
    ("nvidia", lambda: "nvapi-" + rnd(64, URLSAFE)),
    ("yandex", lambda: "y0_AgAAAA" + rnd(50, URLSAFE)),
    ("defined networking", lambda: "dnkey-" + upnum(26) + "-" + upnum(52)),
    ("zapier", lambda: f"https://hooks.zapier.com/hooks/catch/{R.randrange(10**6, 10**8)}/"
                       f"{rnd(6).lower()}/"),
    ("salesforce", lambda: "00D" + rnd(12) + "!AQ" + rnd(4) + "." + rnd(96, URLSAFE)),
]
VENDOR_FORMS: list[Template] = [
    lambda v: f"deploy with {v} now",
    lambda v: f"ran ./deploy.sh -{v} and it passed",
    lambda v: f"handoff run -- true build.{v}",
    lambda v: f"do not commit `{v}`",
]
VENDOR_BENIGN = [
    "pa-per-project settings for the migration notes",
    "jina_embeddings_v3 is the model we picked",
    "API-GATEWAY-DEPLOYMENT-CONFIGURATION-V is the stack",
    "AVNS_PASSWORD_PLACEHOLDER_X goes in the template",
    "npg_connection_pool was resized",
    "as-a-service-deployment-notes are in the wiki",
    "rpa_RECORDER_SETTINGS_FOR_THE_DESKTOP_BOT",
    "nvapi-client-configuration-notes",
    "y0_intercept_of_the_regression_line_for_the_baseline_model_fit",
    "see https://hooks.zapier.com/hooks/catch/ in the docs",
]


def classes() -> list[tuple[str, list[str], list[str]]]:
    """Every class's positives (four values per template) and benign twins."""
    out = [
        ("symbols and brackets", [t(bracket_pw()) for t in BRACKET_POSITIVES for _ in range(4)],
         BRACKET_BENIGN),
        ("terse notes", [t(any_pw()) for t in TERSE_POSITIVES for _ in range(4)], TERSE_BENIGN),
        ("markdown tables", [t(any_pw()) for t in TABLE_POSITIVES for _ in range(4)],
         TABLE_BENIGN),
        ("exec-form arrays", [t(rnd(14)) for t in EXEC_POSITIVES for _ in range(4)],
         EXEC_BENIGN),
        ("quote inside a value", [t(rnd(14)) for t in COMPOSE_POSITIVES for _ in range(4)],
         COMPOSE_BENIGN),
        ("named, no operator", [t("") for t in NAMED_POSITIVES for _ in range(4)], NAMED_BENIGN),
        ("vendor formats", [f(make()) for _, make in VENDORS for f in VENDOR_FORMS],
         VENDOR_BENIGN),
    ]
    return out


def main(argv: list[str]) -> int:
    return report(classes(), argv, width=22)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
