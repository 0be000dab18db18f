"""Issue 11, session 12 (credentials): the classes blind9, blind10 and blind11 missed (retired
from held-out this session), with their benign look-alikes.

Every value is made here from random characters (a fixed seed, so a failure reproduces), never
a real credential and never a line of any corpus. Classes:

- abbreviated secret names: ``dbPassw``, ``SMTPPWD``, ``LDAPBINDPW``, ``clientSec``,
  WordPress ``*_SALT`` (with a salt's bracket-and-angle alphabet);
- value boundaries: ``&``/``|``/``;``/``,`` inside a value unless a ``name=`` follows, an XML
  element's whole content, a leading ``!``, a quoted stdin value holding ``|``;
- a value a few lines under the block that names it (Terraform ``variable`` and
  ``terraform output -json``);
- markdown tables (also flattened or quoted): a secret column, a vendor's name beside a value,
  a password manager's row with ``|`` between fields;
- ``user / password`` pairs and lines that are only ``user:password``;
- chat hand-overs (``here you go: V``, ``use V for now``, ``uses V until``, ``used V to call``);
- a secret name, then ``Set it to V``; GitHub Actions' debug echo of a secret;
- vendor formats (Intercom, Axiom, Fauna, Oracle thin JDBC, ``login(key=...)``, Fly tokens
  with zero-byte runs); Turkish and Greek password nouns.
"""

from __future__ import annotations

import string

import pytest

from handoff.privacy import scan_text

from ._synthetic import ALNUM, Synthetic

_SYN = Synthetic(121212, "!#%*?@^~+=")
RND = _SYN.rnd
_rand = _SYN.rand
_pw = _SYN.pw


def _hex(n: int) -> str:
    return "".join(RND.choice("0123456789abcdef") for _ in range(n))


def _uuid() -> str:
    h = _hex(32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _salt() -> str:
    chars = string.ascii_letters + string.digits + "!#%^*()-_=+[]{}<>,.;:|~"
    while True:
        v = "".join(RND.choice(chars) for _ in range(64))
        if sum(not c.isalnum() for c in v) >= 16 and "'" not in v:
            return v


def _grouped() -> str:
    while True:
        groups = ["".join(RND.choice(string.ascii_lowercase + string.digits) for _ in range(5))
                  for _ in range(4)]
        if all(any(c.isdigit() for c in g) for g in groups):
            return "-".join(groups)


POSITIVES = [
    f"dbPassw: {_pw()}",
    f"SMTPPWD={_pw()}",
    f"export LDAPBINDPW='{_pw()}'",
    f"set clientSec={_pw()}",
    f"define( 'NONCE_SALT', '{_salt()}' );",
    f"spring.datasource.password={_rand(5)}&{_rand(6)}~{_rand(4)}_={_rand(3)}",
    f"<secret>{_rand(7)}|{_rand(8)}@{_rand(4)}={_rand(3)}</secret>",
    f"mysqldump -uapp --password=!{_rand(8)}-{_rand(6)} app > dump.sql",
    f"echo '{_rand(6)}:{_rand(5)}|{_rand(5)}' | sudo -S systemctl reload nginx",
    f'variable "db_password" {{\n  type      = string\n  sensitive = true\n  default   = "{_pw()}"\n}}',
    f'{{\n  "mailgun_api_key": {{\n    "sensitive": true,\n    "value": "{_rand(32)}"\n  }}\n}}',
    f"| service | key | owner |\n|---|---|---|\n| twilio | `{_hex(32)}` | @kim |",
    f"| pagerduty | {_rand(20)}+{_rand(4)} | stg |",
    f"| mistral | {_rand(32)} | prod |",
    f"Portal | kim@acme.io | {_pw()} | https://portal.acme.io",
    f"dana / {_pw()}",
    f"admin/{_pw()} works",
    f"ok, temporary one: `root` / `{_grouped()}`",
    f"jenkins:{_pw()}",
    f"here you go: {_rand(32)}",
    f"<kim> ana: use {_pw()} for now, I'll rotate it tonight",
    f"the root account uses {_pw()} until SSO lands",
    f"Used {_rand(36)} to call the Twilio API; works.",
    f"deploy failed because STRIPE_API_KEY was unset. Set it to {_rand(32)} in the dashboard.",
    f"##[debug]Evaluating: secrets.HEC_TOKEN\n##[debug]Result: '{_uuid()}'",
    "dG9rOj" + _rand(54, ALNUM + "+/") + "=",
    "@xaat-" + _uuid() + ".",
    "fnA" + _rand(37),
    "jdbc:oracle:thin:app/" + _rand(20) + "@//db.acme.io:1521/ORCL",
    'wandb.login(key="' + _hex(40) + '")',
    "FLY_API_TOKEN=FlyV1 fm2_" "lJPECAAAAAAAA" + _rand(80, ALNUM + "+/"),
    f"Yeni y\u00f6netici parolas\u0131: {_pw()}",
    ("\u03a4\u03bf \u03c3\u03c5\u03bd\u03b8\u03b7\u03bc\u03b1\u03c4\u03b9\u03ba\u03cc "
     f"\u03b5\u03af\u03bd\u03b1\u03b9 {_pw()}"),
]

NEGATIVES = [
    "timeout_sec=30",
    "UPWARD=1",
    "define('AUTH_SALT', 'put your unique phrase here');",
    "Server=db;Password=${DB_PASSWORD};User Id=sa",
    "password: !Ref DbPassword",
    "echo 'ok|fail' | sudo -S true",
    'variable "region" {\n  type    = string\n  default = "eu-west-1"\n}',
    "| secret | where | rotated |\n|---|---|---|\n| DB_PASSWORD | vault | 2026-02-01 |",
    "| stripe | 4f3a2b1 | merged |",
    "SECRETS_BACKEND=vault | API_KEY_HEADER=X-Api-Key | DATABASE_URL=postgres://app@db/app | X=1",
    "read/write",
    "hooli/docs-site#622",
    "go.sum: h1:" + _rand(43) + "=",
    "https://web.dev.acme.com/healthz?verbose=1",
    "pushed release/v2.3.1-rc1 on prod",
    "use HttpClientFactory2 for now",
    "here you go: https://github.com/acme/app/pull/12",
    "MAX_TOKENS was too low. Set it to 4096 in config.",
    "##[debug]Evaluating: secrets.DEPLOY_TOKEN\n##[debug]Result: '***'",
    "fnAddEventListenerForTheMigrationHelpers",
    'wandb.login(key=os.environ["WANDB_API_KEY"])',
    "Le mot de parole est important",
    '[{"keyName": "key1", "permissions": "FULL", "value": "Full"}]',
]


@pytest.mark.parametrize("text", POSITIVES)
def test_round12_credential_is_found(text: str) -> None:
    assert scan_text(text), text


@pytest.mark.parametrize("text", NEGATIVES)
def test_round12_benign_twin_is_clean(text: str) -> None:
    assert not scan_text(text), text
