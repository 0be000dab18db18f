"""Vendor formats and vendor call shapes added in session 12.

Ordinary ``token`` and ``keyword`` rows (see ``rules.py``'s docstring), appended to
``rules.RULES`` after session 11's. Each comes from a class the development corpora missed:
formats with a literal start the table lacked (Intercom's base64 ``tok:``, Axiom's ``xaat-``,
Fauna's ``fn`` secrets), the password in an Oracle thin JDBC URL (``user/password@//host``, no
``:`` between the two), and a key given to a client library's ``login(key=...)`` call, where the
bare ``key`` name alone rightly lets digests pass. Example tokens are random characters written
as two adjacent literals so that other secret scanners reading this source do not flag them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from handoff.privacy import rule as _rules
from handoff.privacy.values import char_classes, entropy, is_placeholder, looks_like_words

if TYPE_CHECKING:
    from re import Match

    from handoff.privacy.rule import Validator

_T = "(?![A-Za-z0-9])"
_TD = "(?![A-Za-z0-9_-])"


def _mixed(skip: int, group: int = 0) -> Validator:
    """The body is varied, mixes letter cases and digits, and is neither words nor filler."""

    def check(m: Match[str]) -> bool:
        body = m.group(group)[skip:]
        if len(set(body)) < 10 or is_placeholder(body, references=False):
            return False
        return char_classes(body) >= 3 and not looks_like_words(body)

    return check


def _hex_body(skip: int) -> Validator:
    def check(m: Match[str]) -> bool:
        body = m.group(0)[skip:].replace("-", "")
        return len(set(body)) >= 8

    return check


def _password(m: Match[str]) -> bool:
    value = m.group(m.lastindex or 0)
    return len(value) >= 4 and not is_placeholder(value) and not value.startswith(("$", "%"))


def _call_key(m: Match[str]) -> bool:
    value = m.group(1)
    if is_placeholder(value) or looks_like_words(value):
        return False
    return entropy(value) >= 3.0 and len(set(value)) >= 10


_Rule = _rules.Rule
_C, _TOK, _KW = _rules.CREDENTIAL, _rules.TOKEN, _rules.KEYWORD

RULES_12: tuple[_rules.Rule, ...] = (
    _Rule(
        "intercom-access-token",
        "Intercom access token: base64 of ``tok:`` and a UUID-like body (dG9rOj...).",
        _C, _TOK,
        r"dG9rOj[A-Za-z0-9+/]{36,120}={0,2}" + _T,
        prefixes=("dG9rOj",),
        validator=_mixed(6),
        examples=("INTERCOM_TOKEN=dG9rOj" "CYGPkMxQ6tygCxG+ntH19tnRVnAL7QC8rWJV5DT9MCCzhC1VUU80ge=",
                  "use dG9rOj" "/bBtQxX7tc0DgzArJpLG+N2vxRXkycy+JD/nKByAUAdH4wqcUb8XJS= for now"),
        near_misses=("dG9rOjxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=",
                     "dG9rOj is base64 for tok: (Intercom's token prefix)"),
    ),
    _Rule(
        "axiom-token",
        "Axiom API or personal token (xaat- / xapt- and a UUID).",
        _C, _TOK,
        r"xa[ap]t-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}" + _T,
        prefixes=("xaat-", "xapt-"),
        validator=_hex_body(5),
        examples=("AXIOM_TOKEN=xaat-" "0abd73b7-70bf-480a-ac71-8755e9ee2ae4",
                  "@xaat-" "890d92d6-9d91-44e1-9ab4-9928e735b4be."),
        near_misses=("xaat-00000000-0000-0000-0000-000000000000", "xaat- tokens are ingest-only"),
    ),
    _Rule(
        "fauna-secret",
        "Fauna database secret (fn, a key-type letter and 37 URL-safe characters).",
        _C, _TOK,
        r"fn[A-E][A-Za-z0-9_-]{37}" + _TD,
        prefixes=("fnA", "fnB", "fnC", "fnD", "fnE"),
        validator=_mixed(3),
        examples=("FAUNA_SECRET=fnAP" "DyX13ZQh0D1qicC7d1w66SbNLiacKHUm1lCa",
                  "secret: fnAE" "k2Qm9xT4vLp7Rz3Wn8Yb1Hc6Jd0Fs5Gu2Ka7"),
        near_misses=("fnAddEventListenerForTheMigrationHelpers",
                     "fnAbcdefghijklmnopqrstuvwxyzabcdefghijk"),
    ),
    _Rule(
        "oracle-jdbc-password",
        "The password of an Oracle thin JDBC URL (jdbc:oracle:thin:user/password@//host).",
        _C, _KW,
        r"jdbc:oracle:thin:[A-Za-z0-9_.$#-]{1,64}/([^@\s'\"/]{4,128})@",
        keywords=("jdbc",),
        requires=("jdbc:oracle:thin:",),
        group=1,
        validator=_password,
        priority=1,
        examples=("jdbc:oracle:thin:aiko/" "j4rapFJFPO%jHRvMpYobE@//db.acme.io:1521/ORCLPDB1",
                  "url=jdbc:oracle:thin:scott/" "Tq9mZ4rWx2@db-prod:1521:ORCL"),
        near_misses=("jdbc:oracle:thin:@//db.acme.io:1521/ORCLPDB1",
                     "jdbc:oracle:thin:app/${DB_PASSWORD}@//db:1521/X"),
    ),
    _Rule(
        "login-call-key",
        "A key, token or password given to a client library's login call"
        " (wandb.login(key=...), huggingface_hub.login(token=...)).",
        _C, _KW,
        r"\.login\([^)]{0,120}?(?<![A-Za-z0-9_])(?:key|api_key|token|password)[ \t]*=[ \t]*"
        r"\\?[\"']([^\"'\s\\]{16,256})\\?[\"']",
        keywords=("login",),
        requires=(".login(",),
        group=1,
        validator=_call_key,
        priority=1,
        examples=('wandb.login(key="' '7ea5ce78839478f518c560123e804ad9aee03889")',
                  "huggingface_hub.login(token='" "Zr8kq2Lw9Xv4Tq9mZ4rWx2LpQ7')"),
        near_misses=('wandb.login(key=os.environ["WANDB_API_KEY"])',
                     'wandb.login(key="your-wandb-api-key-here")'),
    ),
)
"""Session 12's vendor rows, appended to ``rules.RULES``."""

