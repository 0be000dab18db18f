"""Issue 11, session 17 (credentials): credentials inside JSON payloads, and the ids, digests and
session ids of machine records that credential rules misread as secrets.

Every value is made here from random characters (``tests/_synthetic.py``, a fixed seed), never a
real credential and never a line of any corpus. Classes:

- a JSON record carried as a JSON string (a webhook's ``payload``, a shipper's ``message``): its
  quotes arrive escaped, so ``"password": "V"``, a ``Cookie`` header or a ``name``/``value`` pair
  is read only once the escapes are decoded (``payloads``), one level or two;
- a record's fields are clauses: a secret noun in one field's value (``"msg": "secret
  rotated"``, ``"secret_name": "prod/db/password"``) does not own the value of the next field
  (``"version_id": "<uuid>"``) (``prose._STOP``);
- ``"sessionId": V`` as a record's own key names a run, not a cookie (``sessionid=V`` and a
  browser's ``{"name": "sessionid", "value": V}`` stay caught);
- a compact record's digest (``"key":"sha256-<hex>"``) is read without its ``:"`` lead.
"""

from __future__ import annotations

import base64
import json

from handoff.privacy import scan_text
from handoff.privacy.payloads import decode
from handoff.privacy.rules import RULES

from ._synthetic import Synthetic

_SYN = Synthetic(171717)
_rand = _SYN.rand
_hex = _SYN.hex
_pw = _SYN.pw
_PROMPT_RULES = frozenset(r.id for r in RULES if r.category == "prompt") | {"prompt-classifier"}


def _credential_hits(text: str) -> list[str]:
    return [f.rule for f in scan_text(text) if f.rule not in _PROMPT_RULES]


def _clean(text: str) -> None:
    assert _credential_hits(text) == [], text


def _caught(text: str) -> None:
    assert _credential_hits(text), text


def _uuid() -> str:
    return f"{_hex(8)}-{_hex(4)}-4{_hex(3)}-a{_hex(3)}-{_hex(12)}"


def _carried(record: object) -> list[str]:
    """The record as a JSON string inside another record, spaced and compact, and twice over."""
    spaced = json.dumps(record)
    compact = json.dumps(record, separators=(",", ":"))
    inner = json.dumps({"content": spaced})
    return [json.dumps({"payload": spaced}), json.dumps({"message": compact}),
            json.dumps({"event": "tool_result", "body": inner})]


def test_a_record_carried_as_a_string_is_read_through_its_escapes() -> None:
    for record in (
        {"name": "DB_PASSWORD", "value": _pw()},
        {"headers": {"Cookie": f"_gh_sess={_rand(40)}; logged_in=yes"}},
        {"database": {"user": "app", "password": _pw()}},
    ):
        for text in _carried(record):
            _caught(text)


def test_a_file_read_by_a_tool_and_returned_as_json_stays_caught() -> None:
    config = json.dumps({"database": {"user": "app", "password": _pw()}}, indent=2)
    _caught(json.dumps({"tool_use_id": f"toolu_{_rand(24)}", "content": config}))
    _caught(json.dumps({"payload": json.dumps({"tool_use_id": "t1", "content": config})}))


def test_decoded_spans_point_into_the_original_text() -> None:
    value = _pw()
    text = json.dumps({"payload": json.dumps({"name": "DB_PASSWORD", "value": value})})
    spans = [(f.start, f.end) for f in scan_text(text)]
    assert any(value in text[a:b] for a, b in spans), spans
    decoded, where = decode('a\\"b\\\\c')
    assert decoded == 'a"b\\c' and where == [0, 1, 3, 4, 6, 7]


def test_a_field_does_not_own_the_next_fields_value() -> None:
    _clean(json.dumps({"secret_name": "prod/db/password", "version_id": _uuid()}))
    _clean(json.dumps({"msg": "cache hit", "key": f"sha256-{_hex(40)}"}, separators=(",", ":")))
    _clean(json.dumps({"key": _hex(40), "value": 12}, separators=(",", ":")))
    # the noun and its value in one field stay caught
    _caught(json.dumps({"msg": f"the db password is {_pw()}"}))
    _caught(json.dumps({"msg": "login", "user": "svc", "password": _pw()}))


def test_a_records_session_id_is_not_a_session_cookie() -> None:
    _clean(json.dumps({"event": "session.start", "sessionId": _rand(32)}))
    _clean(json.dumps({"event": "session.start", "sessionId": _rand(32)}, separators=(",", ":")))
    _caught(f"sessionid={_rand(32)}")
    _caught(json.dumps({"Cookie": f"sessionid={_rand(32)}"}))
    _caught(json.dumps([{"name": "sessionid", "value": _rand(32), "domain": ".corp.io"}]))


def test_masked_values_and_secret_property_paths_are_not_values() -> None:
    """blind18's benign classes: a key shown masked, a template's path to a secret."""
    tail = _rand(4)
    _clean(f"Old token (sk-...{tail}) revoked at 01:17 UTC; nothing used it since.")
    _clean(f"token: sk-...{tail}  (masked by the CLI)\nscopes: repo, workflow")
    _clean(f"2026-02-09T21:18:38Z INFO  auth: using credential sk-...{tail} from env")
    _clean("| db password | `{{ .Values.db.passwordSecretRef }}` |\n| last run | 37m38s |")
    _caught(f"token: sk-{_rand(40)}  (rotated today)")
    _caught(f"| db password | `{_pw()}` |")


def test_cookies_basic_credentials_and_pgpass_lines_in_prose() -> None:
    """blind18's missed classes, as shapes: an abbreviated session cookie, Basic credentials
    without their header, a pgpass line inside a sentence."""
    _caught(f"Reproduced the 500 with my cookie _gh_sess={_rand(48)}; it is valid for a week.")
    basic = base64.b64encode(f"ci:{_pw()}".encode()).decode()
    _caught(f"| item | value |\n|---|---|\n| auth | `Basic {basic}` |")
    _caught(f"Konfiguracja na serwerze: mq-01.staging.corp.local:5432:*:replicator:{_pw()}")
    _clean("the cookie _gh_sess=<value from devtools> expires in a week")
    _clean("Basic authentication is disabled on the staging ingress; use the SSO login.")
    _clean("Konfiguracja: mq-01.staging.corp.local:5432:*:replicator:${PGPASSWORD}")


def test_a_value_the_clause_names_a_password_is_caught_whatever_its_letters_read_as() -> None:
    """Round 5's property draws (``is_wordy`` took these random letters for a camelCase name)."""
    for value in ("ityebtPod0", "0rMUVAvjVy", "9ihFawvCET", "DVVuwiVk97"):
        _caught(f"{value} is the master password for the vault")
    _clean("fooBarBaz2 is the name of the password field")
    _clean("Python311 is the password hashing benchmark's interpreter")
