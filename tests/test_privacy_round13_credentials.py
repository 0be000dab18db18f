"""Issue 11, session 13 (credentials): the classes blind12 and blind13 missed (retired from
held-out this session), with their benign look-alikes.

Every value is made here from random characters (a fixed seed, so a failure reproduces), never
a real credential and never a line of any corpus. Classes:

- a name and value inside a JSON string, read through the escaped quotes (``\\"password\\":
  \\"V\\"``, a notebook cell's ``os.environ[\\"X\\"] = \\"V\\"``, a tool's output holding a
  docker ``config.json``);
- a URL's password holding a raw ``@``, ``#`` or ``!`` before the host's ``@``;
- opencode's ``{env:X}`` / ``{file:path}`` substitutions as a secret field's value (benign);
- a login handed over in prose (``log in as U with V``, ``log in with U / V``, ``(U/V)``);
- a password reported as typed at a prompt; SMTP ``AUTH PLAIN``; ``V <- label pw``;
- Mapbox ``sk.`` tokens whose signature holds ``+`` or ``/``.
"""

from __future__ import annotations

import base64
import json
import string

import pytest

from handoff.privacy import scan_text

from ._synthetic import Synthetic

_SYN = Synthetic(131313)
RND = _SYN.rnd
_rand = _SYN.rand
_pw = _SYN.pw


def _flagged(text: str) -> bool:
    return bool(scan_text(text))


# -- a name and value inside a JSON string -------------------------------------------------------


def _cell(source: str) -> str:
    return json.dumps({"cell_type": "code", "source": ["import os\n", source + "\n"]})


@pytest.mark.parametrize("name", ["DB_PASSWORD", "APP_KEY", "SECRET_KEY_BASE", "VERCEL_TOKEN"])
def test_assignment_inside_json_string(name: str) -> None:
    value = _rand(32)
    assert _flagged(_cell(f'os.environ["{name}"] = "{value}"'))
    assert _flagged(json.dumps({"output": json.dumps({"password": _pw()}, indent=2)}))


def test_docker_config_inside_tool_output() -> None:
    auth = base64.b64encode(b"admin:" + _pw().encode()).decode()
    config = json.dumps({"auths": {"registry.acme.io": {"auth": auth}}}, indent=2)
    assert _flagged(json.dumps({"tool": "bash", "output": config}))


def test_json_string_benign() -> None:
    assert not _flagged(_cell('os.environ["DB_PASSWORD"] = getpass.getpass()'))
    assert not _flagged(_cell('os.environ["LOG_LEVEL"] = "' + _rand(24) + '"'))
    assert not _flagged(json.dumps({"output": json.dumps({"password": "${DB_PASSWORD}"})}))


# -- a URL's password with a raw @ -----------------------------------------------------------------


@pytest.mark.parametrize("tail", ["@!", "!@", "@@", "#@", "@#"])
@pytest.mark.parametrize("scheme", ["postgres", "mongodb+srv", "amqp", "https"])
def test_url_password_with_raw_at(scheme: str, tail: str) -> None:
    url = f"{scheme}://deploy:{_rand(20)}{tail}@db-stg.internal/app"
    assert _flagged(f'engine = create_engine("{url}")')


def test_url_without_password_benign() -> None:
    assert not _flagged("git clone ssh://git@github.com/acme/repo.git@v1.2")
    assert not _flagged("http://proxy:3128?next=ops@acme.io and mail a@b.io")
    assert not _flagged("postgres://app:${DB_PASSWORD}@@db:5432/app")


# -- opencode substitutions are references -------------------------------------------------------


@pytest.mark.parametrize("ref", ["{env:OPENAI_API_KEY}", "{file:~/.secrets/openai}"])
def test_substitution_reference_benign(ref: str) -> None:
    assert not _flagged(json.dumps({"provider": {"openai": {"options": {"apiKey": ref}}}}))
    assert not _flagged(f'api_key = "{ref}"')
    assert _flagged(f'api_key = "{{{_rand(32)}}}"')


# -- a login handed over in prose ------------------------------------------------------------------


@pytest.mark.parametrize(
    "template",
    [
        "log in as deploy with {v} and rerun the migration",
        "log in with qa / {v} and check the export page",
        "log in to the preprod smtp relay (admin/{v}) and drop the test tenants",
        "login is ops / {v}",
        "Logged in as svc_ci with `{v}`.",
    ],
)
def test_login_prose(template: str) -> None:
    groups = ["".join(RND.choice(string.ascii_lowercase) for _ in range(6)) for _ in range(4)]
    for value in (_pw(), _rand(20), "-".join(groups) + str(RND.randint(10, 99))):
        text = template.format(v=value)
        assert _flagged(text), text
        assert _flagged(json.dumps({"text": text}))


@pytest.mark.parametrize(
    "text",
    [
        "log in as admin with SSO and check the export page",
        "log in with username / password on the form",
        "log in to grafana (admin/admin) on a fresh install",
        "logged in as deploy with key ~/.ssh/id_ed25519",
        "sign in with GitHub / Google accounts",
        "log in as root with sudo-privileges and rerun",
        "log in to the console (us-east-1/prod) and check",
    ],
)
def test_login_prose_benign(text: str) -> None:
    assert not _flagged(text)


# -- typed at a prompt, SMTP AUTH PLAIN, a back arrow ----------------------------------------------


def test_typed_at_password_prompt() -> None:
    text = f"$ mysql -u root -p\nEnter password: \n$ # typed {_pw()}, didn't echo, it worked\n$ exit"
    assert _flagged(text)
    assert not _flagged("$ mysql -u root -p\nEnter password: \n$ # typed make test, it worked")
    assert not _flagged(f"typed {_pw()} into the search box")


def test_smtp_auth_plain() -> None:
    blob = base64.b64encode(b"\x00mailer\x00" + _pw().encode()).decode()
    assert _flagged(f"2026-09-14T03:55:37Z WARN [smtp] AUTH PLAIN {blob} rejected")
    assert not _flagged("250-AUTH PLAIN LOGIN")
    plain = "AUTH PLAIN " + base64.b64encode(b"hello world, plain").decode()  # no NULs
    assert all(f.rule != "smtp-auth-plain" for f in scan_text(plain))


def test_back_arrow_label() -> None:
    assert _flagged(f"{_pw()} <- prod rabbit pw (temp)")
    assert _flagged(f"{_rand(16)} <- qa grafana admin password")
    assert not _flagged("result <- compute(x) # the token count")
    assert not _flagged("ch <- msg // the auth token channel")


# -- Mapbox sk. signatures with + and / ------------------------------------------------------------


def test_mapbox_secret_with_plus() -> None:
    head = base64.urlsafe_b64encode(b'{"u":"acme","a":"' + _rand(12).encode() + b'"}').decode()
    token = "sk." + "eyJ" + head[3:].rstrip("=") + "." + _rand(10) + "+" + _rand(12)
    assert _flagged(f"deployed with {token} today")
    payload = "sk." + "eyJ" + _rand(30) + "+" + _rand(20) + "." + _rand(24)
    assert _flagged(f"got {payload} back from the mapbox console")


# -- leftovers of session 12: 密码 with |, .pgpass in prose, a named token's hex in a query -------


def test_chinese_password_with_pipe() -> None:
    def letters() -> str:
        return "".join(RND.choice(string.ascii_letters) for _ in range(6))

    value = f"{letters()}|{letters()}:{letters().lower()}"  # no digit: | is its symbol
    assert _flagged(f"- 数据库新密码\uff1a{value}\uff0c请勿外传")
    assert not _flagged("- 数据库密码\uff1a见 | 保险库\uff0c请勿外传")


def test_pgpass_line_in_prose() -> None:
    assert _flagged(f"~/.pgpass: db0.example.net:5432:app:admin:{_pw()}")
    assert _flagged(f"the pgpass entry is db.internal:*:*:deploy:{_rand(18)} for now")
    assert not _flagged("~/.pgpass: hostname:port:database:username:password")
    assert not _flagged("the pgpass entry is db.internal:5432:app:deploy:${PGPASSWORD}")


def test_named_token_hex_in_query() -> None:
    # few distinct digits, as hex often has: not random-looking, only its name makes it a token
    hex20 = "".join(RND.choice("1479acef") for _ in range(20))
    assert _flagged(f"curl -s 'wss://stream.acme.app/socket?access_token={hex20}&v=3'")
    assert not _flagged(f"GET /cache?version={hex20}&v=3")


# -- a redirection ends the command a secret's name is in ------------------------------------------


def test_redirection_ends_the_arguments() -> None:
    record = json.dumps({"input": {"command": "gh secret set NPM_TOKEN < /dev/stdin"},
                         "uuid": "698f5e13-9e2a-401b-a489-7c6df9b18c2d"})
    assert not _flagged(record)
    assert _flagged("gh secret set NPM_TOKEN --body " + _rand(36))


# -- a value said to be a secret after it ----------------------------------------------------------


def test_value_said_to_be_the_secret() -> None:
    assert _flagged(f"ask kofi whether {_rand(32)} is the prod or staging mistral token")
    assert _flagged(f"{''.join(RND.choice('0123456789abcdef') for _ in range(40))} is our cohere key")
    assert not _flagged("3f9c2a1b7e4d0a5b6c7d8e9f0a1b2c3d4e5f6a7b is the commit that fixed the token check")
    assert not _flagged("HttpClientFactoryBuilder is the class behind the api key")
