"""Issue 11, session 10 (credentials): the carriers round 9's held-out figures named weakest,
and the scanner-level gaps session 9 left, with their benign look-alikes.

Every value is made here from random characters (a fixed seed, so a failure reproduces), never
a real credential and never a line of any corpus. The export formats' column names are the
exporters' public ones. Classes:

- a password manager's CSV export: a header naming a password column and its rows, and a row
  pasted without its header (a URL, a user, a generated password); Bitwarden's and Chrome's
  columns were found before (``login_password,`` / ``password,`` with no blank after the
  comma read as an assignment), so only the exports that were missed are here;
- an export's JSON or XML field object (``{"value": V, "id": "password"}``, 1Password's
  ``designation``, ``"type": "P"``, KeePass ``<Key>Password</Key><Value>V</Value>``);
- camelCase names ending in a short secret word (``dbPwd``, ``adminPw``, ``apiTok``);
- near misses that must stay clean: export headers and metadata rows, an ISO date next to a
  password member, a GUID in braces, compose's ``$$VAR``, ``var.db_password`` in tfvars, a
  URL's port followed by the next CSV field's e-mail address.
"""

from __future__ import annotations

import csv
import io
import json
import random
import string

import pytest

from handoff.privacy import scan_text, values

RND = random.Random(101010)
ALNUM = string.ascii_letters + string.digits


def _rand(n: int, alphabet: str = ALNUM) -> str:
    while True:
        value = "".join(RND.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(
            c.islower() for c in value
        ):
            return value


def _password() -> str:
    return _rand(5) + RND.choice("!@#%^*+=,|:\"") + _rand(6)


def _row(*fields: str, quote_all: bool = False) -> str:
    buf = io.StringIO()
    csv.writer(buf, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
               lineterminator="").writerow(fields)
    return buf.getvalue()


def _flagged(text: str, value: str) -> bool:
    """A finding covers the value (so the rule found the password, not something else)."""
    at = text.find(value)
    return any(f.start <= at and f.end >= at + len(value) - 1 for f in scan_text(text))


BITWARDEN = "folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp"
ONEPASSWORD = "Title,Website,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes"
LASTPASS = "url,username,password,totp,extra,name,grouping,fav"
FIREFOX = ('"url","username","password","httpRealm","formActionOrigin","guid","timeCreated",'
           '"timeLastUsed","timePasswordChanged"')
DASHLANE = "username,username2,username3,title,password,note,url,category,otpSecret"
KEEPASSXC = ('"Group","Title","Username","Password","URL","Notes","TOTP","Icon","Last Modified",'
             '"Created"')


def _exports(value: str) -> list[tuple[str, str]]:
    guid = "{0b6f1c2e-5d4a-4f3b-9e8d-7c6b5a4f3e2d}"
    return [
        (ONEPASSWORD, _row("Staging DB", "https://db.example.com", "app", value, "", "false",
                           "false", "work", "")),
        (LASTPASS, _row("https://ci.example.com", "deploy", value, "", "", "Jenkins",
                        "Shared-Ops", "0")),
        (FIREFOX, _row("https://vpn.example.com", "bob", value, "", "https://vpn.example.com",
                       guid, "1712345678901", "1712345678901", "1712345678901", quote_all=True)),
        (DASHLANE, _row("ops@example.com", "", "", "Router", value, "", "http://10.0.4.12",
                        "Business", "")),
        (KEEPASSXC, _row("Root/Servers", "AWS root", "root", value, "https://aws.example.com", "",
                         "", "0", "2026-03-04T10:11:12Z", "2025-01-02T03:04:05Z",
                         quote_all=True)),
    ]


EXPORTS = [(header, row, value) for value in (_password(), _rand(16), _rand(20, ALNUM + "!@#$%^&*"))
           for header, row in _exports(value)]


@pytest.mark.parametrize(("header", "row", "value"), EXPORTS)
def test_a_password_managers_csv_export_is_rejected(header: str, row: str, value: str) -> None:
    assert _flagged(header + "\n" + row, value.replace('""', '"'))


@pytest.mark.parametrize(("header", "row", "value"), EXPORTS)
def test_an_export_row_pasted_without_its_header_is_rejected(header: str, row: str,
                                                             value: str) -> None:
    assert scan_text(row), row


FIELD_OBJECTS = [
    json.dumps({"loginFields": [{"value": "alice", "id": "username"},
                                {"value": "{V}", "id": "password", "type": "P"}]}),
    json.dumps({"name": "Router", "value": "{V}", "type": "P", "designation": "password"}),
    "<Entry><String><Key>UserName</Key><Value>bob</Value></String><String><Key>Password</Key>"
    '<Value ProtectInMemory="True">{V}</Value></String></Entry>',
    "<String>\n  <Key>Password</Key>\n  <Value>{V}</Value>\n</String>",
]


@pytest.mark.parametrize("template", FIELD_OBJECTS)
def test_an_exports_field_object_with_a_password_value_is_rejected(template: str) -> None:
    value = _rand(7) + RND.choice("!#%^*") + _rand(5)
    text = template.replace("{V}", value)
    assert _flagged(text, value), text


CAMEL = ['var dbPwd = "{V}";', "userPwd: {V}", 'const adminPw = "{V}"', "apiTok: {V}",
         "let smtpPwd = '{V}'", "$routerPsk = '{V}'"]


@pytest.mark.parametrize("template", CAMEL)
def test_a_camel_case_name_ending_in_a_short_secret_word_names_its_value(template: str) -> None:
    value = _rand(14)
    text = template.replace("{V}", value)
    assert _flagged(text, value), text


def test_an_abbreviated_token_names_a_secret_only_in_a_compound_name() -> None:
    assert values.classify_name("apiTok") == values.STRONG
    assert values.classify_name("GH_TKN") == values.STRONG
    assert values.classify_name("tok") is None


BENIGN = [
    FIREFOX,
    _row("", "1", "login", "Router", "", "", "0", "https://grafana.internal:3000", "bob.smith", "",
         ""),
    json.dumps({"login": {"username": "admin", "password": None, "totp": None},
                "revisionDate": "2026-03-04T10:11:12.000Z", "passwordHistory": None}),
    _row("https://accounts.example.com", "j.doe@corp.example", "", "", "https://github.com/login",
         "{60af5959-cba8-481b-a6af-51ef4a01b302}", "1712345678901", "1712345678901",
         quote_all=True),
    _row("Router", "https://grafana.internal:3000", "j.doe@corp.example",
         "op://Private/Router/password", "", "false", "false", "", ""),
    "      REDIS_PASSWORD: $$REDIS_PASSWORD",
    "db_password = var.db_password",
]


@pytest.mark.parametrize("text", BENIGN)
def test_export_metadata_and_references_stay_clean(text: str) -> None:
    assert scan_text(text) == [], text


NEAR_MISSES = [
    BITWARDEN + "\n" + _row("Work", "", "note", "Wifi", "ask IT", "", "0", "", "", "", ""),
    json.dumps({"name": "password", "value": "", "type": "P", "designation": "password"}),
    "<String><Key>Password</Key><Value></Value></String>",
    "<String><Key>Notes</Key><Value>" + _rand(14) + "</Value></String>",
    "var dbPwd = process.env.DB_PWD;",
    "apiTok: null",
    "the stock ticker field is mapped to columns title,url,username",
    "Title,Website,Username,Password\nRouter,https://10.0.0.1,admin,op://Private/Router/password",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_the_new_places_leave_their_near_misses_clean(text: str) -> None:
    """Clean before the change too: kept so the new rules cannot start flagging them."""
    assert scan_text(text) == [], text


def _glued() -> str:
    """A generated password with ``=`` between two random pieces (``lS8pl=X3oAgD``)."""
    return _rand(5) + "=" + _rand(6)


@pytest.mark.parametrize("template", ["requirepass {V}", "secret {V}",
                                      "masterauth {V}"])
def test_a_value_with_an_equals_sign_after_a_name_without_operator_is_one_value(
    template: str,
) -> None:
    value = _glued()
    text = template.replace("{V}", value)
    assert _flagged(text, value), text


def _digits(n: int) -> str:
    return "".join(RND.choice(string.digits[1:]) for _ in range(n))


def _vendor_tokens() -> list[str]:
    urlsafe = ALNUM + "-_"
    return [
        "sl." + _rand(70, urlsafe) + "=" + _rand(66, urlsafe),
        "see sl.B" + _rand(60, urlsafe) + "==" + _rand(78, urlsafe),
        _digits(15) + "|" + "".join(RND.choice("0123456789abcdef") for _ in range(32)),
        "see " + _digits(16) + "|" + _rand(27, urlsafe),
        "00D" + _rand(12) + "!" + _rand(96, ALNUM + "._"),
        "sf session 00D" + _rand(15) + "!AQ" + _rand(90, ALNUM + "._"),
    ]


@pytest.mark.parametrize("text", _vendor_tokens())
def test_vendor_tokens_with_equals_pipe_or_bang_in_the_body_are_rejected(text: str) -> None:
    assert scan_text(text), text


@pytest.mark.parametrize("template", ["yes {V} | keytool -importcert -file ca.pem -keystore k.jks",
                                      'send "{V}\\r"', 'expect "assword:"\nsend "{V}\\r"',
                                      'spawn ssh admin@host\nexpect "*?assword*"\nsend -- "{V}\\r"'])
def test_an_answer_a_script_types_at_a_prompt_is_rejected(template: str) -> None:
    value = _rand(6) + RND.choice("!#%^*") + _rand(6)
    text = template.replace("{V}", value)
    assert _flagged(text, value), text


SCRIPT_NEAR_MISSES = [
    "requirepass yes=no", "--password reason=bad_password", "password attempts=3",
    "secret MaxRetries=5", "yes | keytool -importcert -file ca.pem", 'send "yes\\r"',
    'send "exit\\r"', 'expect "$ "\nsend "ls -la\\r"', 'send "$password\\r"',
    "yes y | apt-get install vim", "sl.no such file", "ratio 3|4 with flags a|b",
    "00D is the org id prefix!", "| 123456789012345 | total |",
]


@pytest.mark.parametrize("text", SCRIPT_NEAR_MISSES)
def test_settings_answers_and_prefixes_stay_clean(text: str) -> None:
    """Clean before the change too: kept so the new rules cannot start flagging them."""
    assert scan_text(text) == [], text


@pytest.mark.parametrize("template", ["alice  10:42 AM\nuse {V} for the jenkins admin",
                                      "bob: try `{V}` on the vpn",
                                      "from slack: @bob use {V} for the grafana admin"])
def test_a_chat_line_handing_over_a_login_is_rejected(template: str) -> None:
    value = _rand(6) + RND.choice("!#%^*") + _rand(6)
    text = template.replace("{V}", value)
    assert _flagged(text, value), text


@pytest.mark.parametrize("text", ["use fooBar2Baz for the admin", "use Node18LTS on the build box",
                                  "try ReadWriteMany2 for the db",
                                  "use HttpClientFactory2 for the server",
                                  "use v1.2.3-rc4 on the server", "try the vpn again"])
def test_names_and_versions_handed_over_in_chat_stay_clean(text: str) -> None:
    """Clean before the change too: kept so the chat rule cannot start flagging them."""
    assert scan_text(text) == [], text
