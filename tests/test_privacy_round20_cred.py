"""Issue 11, session 20 (cred20): credentials that text mangled on its way into the store hides.

Synthetic values only (``tests/_synthetic.py``, a fixed seed; never a line of any corpus). Each
class has benign twins in the same frame: references, placeholders, masked values, ids, words.

- a terminal colour code glued to a token (``ESC[1;32meyJ...``), a CDATA section holding an XML
  element's whole value, ``\\uXXXX``-escaped text of another language, zero-width characters and
  no-break spaces around a noun or its value (``mangled.py``);
- token nouns of other scripts that had no follower (``토큰``, ``टोकन``, ``رمز الوصول``):
  judged as ``ключ`` and ``トークン`` are (in ``scanner._FOREIGN_NOUNS``);
- a connection string whose password holds an unencoded ``@`` (``validators._url_password``).
"""

from __future__ import annotations

import json

import pytest

from handoff.privacy import scan_text

from ._synthetic import Synthetic

_SYN = Synthetic(202020)
PW = [_SYN.pw() for _ in range(6)]
RAND = [_SYN.rand(24) for _ in range(3)]
HEX40 = _SYN.hex(40)
UUID = "-".join((_SYN.hex(8), _SYN.hex(4), "4" + _SYN.hex(3), "9" + _SYN.hex(3), _SYN.hex(12)))
JWT = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI" + _SYN.rand(16) + "In0." + _SYN.rand(43))
ESC = "\x1b"
RU_TEST_DB_PASSWORD = ("\u041f\u0430\u0440\u043e\u043b\u044c \u043e\u0442 "
                       "\u0442\u0435\u0441\u0442\u043e\u0432\u043e\u0439 \u0431\u0430\u0437\u044b:")
KO_TEMP_TOKEN = "\uc784\uc2dc \ud1a0\ud070 \ubc1c\uae09\ud588\uc5b4\uc694"
KO_EXPIRES = "\ub0b4\uc77c \ub9cc\ub8cc\ub429\ub2c8\ub2e4"
AR_ACCESS_CODE = "\u0631\u0645\u0632 \u0627\u0644\u0648\u0635\u0648\u0644"


def _escaped(text: str) -> str:
    """``text`` as a JSON string written with ``ensure_ascii``: every non-ASCII letter escaped."""
    return json.dumps({"note": text})


def _rejected(text: str) -> bool:
    return bool(scan_text(text))


# -- a colour code glued to the token ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    f"{ESC}[01;32mana@laptop{ESC}[00m:~/web$ echo $SERVICE_JWT\n{ESC}[1;32m{JWT}{ESC}[0m",
    f"{ESC}[32mxoxb-{_SYN.hex(12)}-{_SYN.hex(12)}-{RAND[0]}{ESC}[0m",
])
def test_token_after_colour_code(text: str) -> None:
    assert _rejected(text)


@pytest.mark.parametrize("text", [
    f"$ echo $SERVICE_JWT\n{ESC}[1;32m${{SERVICE_JWT}}{ESC}[0m",
    f"{ESC}[1;32m   Compiling{ESC}[0m serde v1.0.1\n{ESC}[1;32m    Finished{ESC}[0m test in 3.2s",
    f"{ESC}[33mcommit {HEX40}{ESC}[m\nAuthor: Ana <ana@example.org>",
    f"{ESC}[1;32mrequest_id{ESC}[0m {UUID}",
])
def test_colour_codes_benign(text: str) -> None:
    assert not _rejected(text)


# -- CDATA around an element's value ----------------------------------------------------------

def _settings(value: str) -> str:
    return ("<settings>\n  <server id=\"deploy\">\n    <username>deploy</username>\n"
            f"    <password>{value}</password>\n  </server>\n</settings>")


@pytest.mark.parametrize("value", PW[:3])
def test_cdata_password(value: str) -> None:
    assert _rejected(_settings(f"<![CDATA[{value}]]>"))


@pytest.mark.parametrize("value", ["${env.DEPLOY_PASSWORD}", "changeme", "********",
                                   "{{ deploy_password }}"])
def test_cdata_password_benign(value: str) -> None:
    assert not _rejected(_settings(f"<![CDATA[{value}]]>"))


def test_cdata_description_benign() -> None:
    assert not _rejected(f"<item>\n  <description><![CDATA[Build {HEX40[:12]} passed]]>"
                         "</description>\n</item>")


# -- \\u-escaped text of another language -----------------------------------------------------

@pytest.mark.parametrize("text", [
    f"{RU_TEST_DB_PASSWORD} {PW[0]}",
    f"Neuer API-Schl\u00fcssel f\u00fcr den Export: {RAND[1]}",
    f"\u672c\u756aDB\u306e\u30d1\u30b9\u30ef\u30fc\u30c9\u306f {PW[1]} \u3067\u3059\u3002",
])
def test_escaped_foreign_sentence(text: str) -> None:
    assert _rejected(_escaped(text))


@pytest.mark.parametrize("text", [
    f"{RU_TEST_DB_PASSWORD} ${{DB_PASSWORD}}",
    "Neuer API-Schl\u00fcssel f\u00fcr den Export liegt im Vault.",
    "\u672c\u756aDB\u306e\u30d1\u30b9\u30ef\u30fc\u30c9\u306f Vault \u306b\u3042\u308a\u307e\u3059\u3002",
    f"\u30ea\u30af\u30a8\u30b9\u30c8ID: {UUID}",
])
def test_escaped_foreign_benign(text: str) -> None:
    assert not _rejected(_escaped(text))


# -- invisible characters ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    f"Token\u00a0truy c\u1eadp m\u1edbi: {PW[2]}",
    f"\u0645\u0641\u062a\u0627\u062d API: \u200b{RAND[2]}",
    f"Das Pass\u200bwort f\u00fcr staging ist {PW[3]}",
])
def test_invisible_characters(text: str) -> None:
    assert _rejected(text)


@pytest.mark.parametrize("text", [
    "Token\u00a0truy c\u1eadp m\u1edbi n\u1eb1m trong Vault.",
    "Das Pass\u200bwort f\u00fcr staging steht im Tresor.",
    f"Build\u00a0{HEX40[:12]}\u00a0ist gr\u00fcn.",
])
def test_invisible_characters_benign(text: str) -> None:
    assert not _rejected(text)


# -- token nouns of other scripts -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    f"{KO_TEMP_TOKEN} {PW[4]} {KO_EXPIRES}",
    f"\u0928\u092f\u093e API \u091f\u094b\u0915\u0928: {PW[5]}",
    f"{AR_ACCESS_CODE} \u0627\u0644\u062c\u062f\u064a\u062f: {PW[0]}",
])
def test_foreign_token_nouns(text: str) -> None:
    assert _rejected(text)


@pytest.mark.parametrize("text", [
    f"{KO_TEMP_TOKEN} ${{TEMP_TOKEN}} {KO_EXPIRES}",
    "\ud1a0\ud070 \uc218: 4096",
    "\u0928\u092f\u093e API \u091f\u094b\u0915\u0928: <redacted>",
    f"{AR_ACCESS_CODE} \u0627\u0644\u062c\u062f\u064a\u062f: ********",
    f"{AR_ACCESS_CODE} \u0645\u062d\u0641\u0648\u0638 \u0641\u064a Vault (commit {HEX40[:10]})",
])
def test_foreign_token_nouns_benign(text: str) -> None:
    assert not _rejected(text)


# -- a password holding an unencoded @ --------------------------------------------------------

def test_dsn_password_with_at_sign() -> None:
    value = "4XXH@" + RAND[0][:15]  # its first part alone reads as a placeholder
    assert _rejected(f'["--url", "mongodb+srv://app:{value}@mq.prod.local/events"]')


@pytest.mark.parametrize("text", [
    "mongodb+srv://app:${MONGO_PASSWORD}@mq.prod.local/events",
    "https://user:XXXX@docs@example.org/page",
    "http://proxy:3128?next=ops@acme.io@example.org",
])
def test_dsn_at_sign_benign(text: str) -> None:
    assert not _rejected(text)
