"""Issue 11, session 15 (credentials): the classes blind15 and blind16 missed once retired, each
written here as a shape of text with synthetic values and a benign look-alike.

Every value is made here from random characters (``tests/_synthetic.py``, a fixed seed), never a
real credential and never a line of any corpus. Classes:

- password shapes ``values.password_shaped`` turned down next to a password noun: letters-only
  generator groups (``abcde-fghij-klmno-pqrst``) and words and a number closed by a policy's
  symbol (``quartz42@``, ``Falcon47&Clg``);
- a secret name qualified by a platform after it (``CODEPUSH_KEY_ANDROID``);
- a JSON object naming its value (a cookie list's ``{"name": "session", "value": V}``);
- a YAML key whose value sits in a ``value:`` child (Pulumi stack config);
- a token model's fixture record (``model: accounts.apitoken`` ... ``key: <hex>``);
- ``log in ... with USER:V``, ``<account> admin: USER / V``, Redis's ``AUTH V``, ``the token
  that worked: V``;
- an HCL map of plural secrets, fastlane's ``key_content``, a JOSE-headed token whose body is
  not JSON, and a text that is only the secret (through the write path too).
"""

from __future__ import annotations

import base64
import json
import string
from pathlib import Path

from handoff.privacy import scan_text

from ._synthetic import Synthetic
from .conftest import CliRunner, snapshot

_SYN = Synthetic(151515)
_rand = _SYN.rand
_pw = _SYN.pw
_hex = _SYN.hex
_CONSONANTS = "bcdfghjklmnpqrstvwxz"


def _flagged(text: str) -> bool:
    return bool(scan_text(text))


def _groups() -> str:
    """Four groups of five random consonants: the letters-only generator's shape."""
    return "-".join("".join(_SYN.rnd.choice(_CONSONANTS) for _ in range(5)) for _ in range(4))


def _word_pw(symbol: str = "@") -> str:
    """Two lower-case words, two or more digits and a closing symbol (``prairie_quartz42@``)."""
    words = ("prairie", "quartz", "onyx", "zephyr", "harbor", "willow", "cobalt", "falcon")
    first, second = _SYN.rnd.sample(words, 2)
    return f"{first}{_SYN.rnd.choice('_-')}{second}{_SYN.rnd.randint(10, 9999)}{symbol}"


def _mixed_pw() -> str:
    """A capitalised word, digits, a symbol and capitals (``Falcon47&Clg``)."""
    tail = "".join(_SYN.rnd.choice(string.ascii_uppercase) for _ in range(3))
    return f"Orbit{_SYN.rnd.randint(10, 99)}&{tail}"


# -- password shapes next to a password noun -----------------------------------------------------


def test_letter_groups_after_a_password_noun() -> None:
    assert _flagged(f"Contrase\u00f1a del admin: {_groups()}")
    assert _flagged(f"\u090f\u0921\u092e\u093f\u0928 \u092a\u093e\u0938\u0935\u0930\u094d\u0921: {_groups()}")
    assert _flagged(f"Reset the Jenkins password back to {_groups()} after testing.")


def test_symbol_closed_password_after_a_noun() -> None:
    n = _SYN.rnd.randint(10, 99)
    assert _flagged(f"Fatima: the staging admin \ube44\ubc00\ubc88\ud638\ub294 prairie_quartz{n}@ \uc785\ub2c8\ub2e4")
    assert _flagged(f"Has\u0142o do 172.18.0.4: onyx-zephyr{n}@, zmie\u0144 po zalogowaniu")


def test_password_shapes_benign() -> None:
    assert not _flagged("password rotation: ssh deploy@web01 runs it nightly")
    assert not _flagged("Password reset emails go through ses; see ops@mail.example.test for the queue")
    assert not _flagged("password policy v2: rotate every 90 days (ticket SEC-4412)")


def test_platform_qualified_secret_name() -> None:
    assert _flagged(f"CODEPUSH_KEY_ANDROID={_rand(40)} # deployment key (production)")
    assert _flagged(f"API_TOKEN_IOS={_rand(32)}")
    assert not _flagged("CODEPUSH_KEY_ANDROID=$CODEPUSH_KEY_ANDROID")


# -- fields that name their value ----------------------------------------------------------------


def test_cookie_list_entry() -> None:
    cookie = {"name": "session", "value": _rand(48, string.ascii_letters + string.digits + "-_"),
              "path": "/", "domain": "app.acme.io", "httpOnly": True, "secure": True}
    assert _flagged(f'"cookies": [{json.dumps(cookie)}]')
    benign = {**cookie, "name": "theme", "value": "dark-mode-v2"}
    assert not _flagged(f'"cookies": [{json.dumps(benign)}]')


def test_yaml_nested_value() -> None:
    assert _flagged(f"config:\n  aws:region: us-east-1\n  acme-infra:dbPassword:\n    value: {_pw()}\n"
                    "  acme-infra:replicas: \"3\"")
    assert not _flagged("config:\n  acme-infra:dbPassword:\n    secure: v1:AAABAHg6\n"
                        "  acme-infra:replicas:\n    value: 3")


def test_token_model_fixture() -> None:
    assert _flagged(f"- model: accounts.apitoken\n  pk: 815\n  fields:\n    user: 1\n"
                    f"    key: {_hex(40)}\n    name: prod-sync")
    assert _flagged(json.dumps([{"model": "authtoken.token", "pk": _hex(40), "fields": {"user": 2}}]))
    assert not _flagged("- model: accounts.apitoken\n  pk: 4\n  fields:\n    key: <generated>")


def test_hcl_secret_map() -> None:
    assert _flagged(f'db_passwords = {{\n  primary = "{_pw()}"\n  replica = "{_pw()}"\n}}')
    assert not _flagged('db_passwords = {\n  primary = var.primary_password\n}')
    assert not _flagged('secret_names = {\n  primary = "prod/db/primary-password"\n}')


def test_fastlane_key_content() -> None:
    body = base64.b64encode(_rand(90).encode()).decode()
    assert _flagged(f'app_store_connect_api_key(key_id: "D383SF739", issuer_id: "{_hex(8)}", '
                    f'key_content: "{body}")')
    assert not _flagged('app_store_connect_api_key(key_id: "D383SF739", key_content: ENV["ASC_KEY"])')


# -- prose that pairs a user and a password, or a noun and a value --------------------------------


def test_login_with_user_password() -> None:
    assert _flagged(f"Log in to the registry with billing_rw:{_word_pw('$')} and re-push the image.")
    assert _flagged(f"Log in to the registry with ci:{_groups()} and re-push the image.")
    assert not _flagged("Log in with localhost:8080 and check the page.")
    assert not _flagged("Log in to the registry with ci:$REGISTRY_PASSWORD and re-push.")


def test_account_user_slash_password() -> None:
    assert _flagged(f"Jenkins admin: postgres / {_mixed_pw()} (set by the previous contractor)")
    assert _flagged(f"Jenkins admin: api / {_word_pw('?')} (should be rotated)")
    assert not _flagged("Grafana admin: admin / admin on first start")
    assert not _flagged("tables per account: users / orders / invoices")


def test_redis_auth() -> None:
    assert _flagged(f"Redis AUTH {_groups()} works from the bastion.")
    assert _flagged(f"- Redis AUTH {_word_pw('!')} works from the bastion.")
    assert not _flagged("Redis AUTH failed: WRONGPASS invalid username-password pair")


def test_token_after_a_relative_clause() -> None:
    assert _flagged(f"The token that finally worked: {_hex(40)}")
    assert not _flagged("The token that finally worked: the one from the vault.")
    assert not _flagged("The token that expired: 0000000000000000000000000000000000000000")


# -- a value alone ---------------------------------------------------------------------------------


def _jose() -> str:
    header = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    alphabet = string.ascii_letters + string.digits + "-_"
    return f"{header}.{_rand(60, alphabet)}.{_rand(43, alphabet)}"


def test_jose_header_token() -> None:
    assert _flagged(_jose())
    assert not _flagged("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.xxxxxxxxxxxxxxxxxxxxxxxx.yyyyyyyyyyyyyyyyyyyyyyyy")


def test_the_write_path_refuses_the_new_shapes(cli: CliRunner,
                                                                  store_dir: Path) -> None:
    assert cli("note", "seed").returncode == 0
    before = snapshot(store_dir)
    cookie = json.dumps([{"name": "session", "value": _rand(48), "path": "/"}])
    for text in (f"Jenkins admin: root / {_mixed_pw()}", cookie, _jose()):
        out = cli("note", text)
        assert out.returncode == 3, (text, out.stderr)
        assert text not in out.stdout + out.stderr
        assert snapshot(store_dir) == before
