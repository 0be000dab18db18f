"""Validators of the rule table: small pure checks of a match (entropy, placeholders, base64
content), so that a pattern may be loose and the decision stays readable.

Each returns ``True`` when the match is a credential; none raises. They live apart from the rows
(``rules.py`` and the ``table_*`` modules) so that a row reads as data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from handoff.privacy.cli_args import (
    _cli_password_ok,
)
from handoff.privacy.lazy_re import rx as _rx
from handoff.privacy.rule import (
    Validator,
)
from handoff.privacy.values import (
    b64_contains,
    char_classes,
    is_algorithm,
    is_benign_id,
    is_placeholder,
    is_uuid,
    is_wordy,
    looks_like_words,
    looks_random,
    password_shaped,
)

if TYPE_CHECKING:
    from re import Match


# --------------------------------------------------------------------------------------------
# Validators (small, pure, never raise)


def _body(skip: int, distinct: int = 8) -> Validator:
    """The part after a literal prefix is not a placeholder and uses varied characters."""

    def check(m: Match[str]) -> bool:
        body = m.group(0)[skip:]
        if len(body) >= 40:  # base64 of zero bytes (Fly's fm2_lJPECAAAAAAAA...) is no filler
            body = _rx(_RUNS).sub(r"\1", body)
        return len(set(body)) >= distinct and not is_placeholder(body, references=False)

    return check


_RUNS = r"(.)\1{3,}"
"""A character repeated four or more times: collapsed before a long body is judged (compiled
on first use, from the regex cache: a ``re.compile`` at import cost a CLI call ~0.4 ms)."""


def _token(skip: int, distinct: int = 10) -> Validator:
    """As ``_body``, and the part after a word-like prefix does not read as words
    (``glpat-tokens-are-per-project``, ``hf_transfer_enabled``, ``cioCompatLayer``)."""

    def check(m: Match[str]) -> bool:
        body = m.group(0)[skip:]
        if len(set(body)) < distinct or is_placeholder(body, references=False):
            return False
        return not looks_like_words(body)

    return check


def _group_ok(group: int, min_len: int = 6) -> Validator:
    """A captured value is long enough and not a placeholder or a variable reference."""

    def check(m: Match[str]) -> bool:
        value = m.group(group) or ""
        return len(value) >= min_len and not is_placeholder(value)

    return check


def _group_random(group: int, min_len: int = 16) -> Validator:
    def check(m: Match[str]) -> bool:
        value = m.group(group) or ""
        return looks_random(value, min_len)

    return check


def _aws_key_id(m: Match[str]) -> bool:
    body = m.group(0)[4:]
    return not body.endswith("EXAMPLE") and len(set(body)) >= 6


def _telegram(m: Match[str]) -> bool:
    start = m.start()
    head = m.string[max(0, start - 12) : start]
    if not head.endswith(":"):
        return False
    digits = len(head) - 1
    i = digits
    while i > 0 and head[i - 1].isdigit():
        i -= 1
    return 8 <= digits - i <= 10 and _body(2)(m)


def _b64_private_key(m: Match[str]) -> bool:
    return b64_contains(m.group(0), b"PRIVATE KEY")


def _key_block_body(m: Match[str]) -> bool:
    """A whole block whose body has no base64 line (``...``, ``<your key here>``) is a
    placeholder; a header alone, or any base64 between the markers, is a key."""
    block = m.group(0)
    end = block.find("-----END")
    if end < 0:
        return True
    body = block[block.find("-----", 10) + 5 : end]
    run = 0
    for c in body:
        run = run + 1 if c.isalnum() or c in "+/=" else 0
        if run >= 16:
            return True
    return False


def _docker_auth(m: Match[str]) -> bool:
    value = m.group(1)
    return not is_placeholder(value) and b64_contains(value, b":")


_PRINTF_SLOT = r"%(?:\([A-Za-z_][A-Za-z0-9_]*\))?[-#0 +]*\d*(?:\.\d+)?[sdrvqifxXu]"
"""A printf conversion (``%s``, ``%(password)s``, Go's ``%v``): a URL template's password slot.
Only the whole password is one: a generated password may start with ``%`` and a letter
(``%t^-W_%3FU``, ``%Z2nmrx-=*sWPi``), which is no escape and no slot (session 19)."""


def _url_password(m: Match[str]) -> bool:
    """The password of ``scheme://user:password@host``; a password holding an unencoded ``@``
    ends at the last ``@`` before the host, as a driver reads it (``app:4XXH@9Xfe...@db``), so
    when the part before the first ``@`` is refused (it may read as a placeholder) the whole
    part up to the next ``@`` is judged instead."""
    if _url_password_ok(m.group(2)):
        return True
    more = _rx(_URL_PASSWORD_MORE).match(m.string, m.end())
    return more is not None and _url_password_ok(m.group(2) + "@" + more.group(1))


_URL_PASSWORD_MORE = r"([^\s/\"'@<>]{1,256}?)@(?=[A-Za-z0-9.\[-])"


def _url_password_ok(password: str) -> bool:
    if is_placeholder(password) or password.lower() in ("pass", "pwd", "passwd", "password"):
        return False
    head, sep, _ = password.partition(",")
    if sep and head.isdigit() and len(head) <= 5:
        return False  # a port, then the next CSV field's e-mail (https://h:3000,j.doe@corp.x)
    for mark in "?#":  # unencoded in a password (p?w@host), or a port and query (h:80?q=a@b)
        head, sep, tail = password.partition(mark)
        if sep and ("=" in tail or "/" in tail or head.isdigit() or (
            not head and not password_shaped(password)
        )):
            return False  # (?S_r7wa!MEDbi2Tj: a generated password may start with its symbol)
    if password.startswith("%") and _rx(_PRINTF_SLOT).fullmatch(password):
        return False  # %s, %(password)s, %v: a template's slot, the whole password
    return not (password.isdigit() and len(password) <= 5)


def _header_value(m: Match[str]) -> bool:
    value = m.group(1)
    if is_placeholder(value) or len(value) < 8:
        return False
    scheme = m.group(0)[: m.start(1) - m.start(0)].lower()
    if "basic" in scheme:
        return b64_contains(value, b":") or not is_wordy(value)
    return not is_wordy(value) and len(set(value)) >= 6


def _preceded_by_space(group: int) -> Validator:
    def check(m: Match[str]) -> bool:
        start = m.start()
        if start and not m.string[start - 1].isspace():
            return False
        return _group_ok(group, 4)(m)

    return check


def _arrow_pair(m: Match[str]) -> bool:
    """``Jenkins -> etl_user:V``: the left part is a user name (words, not an algorithm or an
    image name with a digit) and the right part has a password's shape on its own, which an
    image tag, a port, a host or a version does not (``-> python:3.12-slim``, ``=> host:8080``)."""
    user, password = m.group(1), m.group(2).rstrip(".,;)")
    if not is_wordy(user) or is_algorithm(user) or any(c.isdigit() for c in user):
        return False
    return password_shaped(password) and not is_benign_id(password)


def _curl_user(m: Match[str]) -> bool:
    start = m.start()
    if start and not m.string[start - 1].isspace():
        return False
    password = m.group(2)
    if password[:-1].isdigit() and password[-1] == ":":
        return False  # journalctl -u app:150: a unit and a line number, not user:password
    return not is_placeholder(password) and password.lower() not in ("pass", "password")


def _classes(group: int, minimum: int) -> Validator:
    def check(m: Match[str]) -> bool:
        value = m.group(group)
        return char_classes(value) >= minimum and not is_placeholder(value)

    return check


_VENDOR_PREFIXES = ("A3-", "p8e-", "cmVmd", "sc_", "ext_", "scauth_", "authress_", "ABSK",
    "bedrock-api-key-", "4b1d", "CLOJARS_", "dnkey-", "duffel_", "dt0c01.", "EZAK",
    "EZTK", "FLWSECK", "fio-u-", "pat.", "sat.", "ico-", "s-s4t2", "API-",
    "sha256~", "access-sandbox-", "access-development-", "access-production-",
    "pnu_", "rdme_", "tk-us-", "sm_pat_", "sm_aat_", "sm_sat_", "shippo_", "sgp_",
    "tfp_", "AQVN", "t1.", "akab-", "da2-", "SWMTKN-1-", "SWMKEY-1-", "tskey-",
    "tgp_v1_", "llx-", "nyk_v0_", "waka_", "RGAPI-", "vcp_", "BBDC-", "amzn.mws.",
    "IGQVJ", "cosmo_", "rnd_", "hcaik_", "hcxik_", "hcamk_", "hcxmk_", "pat-na",
    "pat-eu", "pat-ap", "0/", "1/", "2/", "AQE", "fc-", "napi_", "APA91b", "KEY",
    "ck_", "cs_", "rzp_live_", "rzp_test_", "live_", "pdl_", "pk_", "st.", "ATTA",
    "shippo_test_", "shippo_live_", "duffel_test_", "duffel_live_", "cfat_", "cfut_", "cfk_")
"""Literal starts of ``vendor-token-prefixed``; ``_vendor_body`` judges what follows them."""


def _vendor_body(m: Match[str]) -> bool:
    """A prefixed vendor token: its body (after the literal prefix it was found by) varies and
    does not read as words.

    Cutting at the last kind of separator found, as this once did, left only the tail after a
    ``-`` or ``_`` inside a random body (``sha256~Xf3...-oc...``, ``tk-us-...7_kfZij``), which
    then read as too short to be random."""
    text = m.group(0)
    cut = max((len(p) for p in _VENDOR_PREFIXES if text.startswith(p)), default=2)
    body = text[cut:] if cut < len(text) else text
    if len(set(body)) < 8 or is_placeholder(body, references=False):
        return False
    return not looks_like_words(body)


def _b64_decoded(data: str, limit: int = 4096) -> bytes:
    chunk = data[:limit]
    chunk = chunk[: len(chunk) - len(chunk) % 4]
    import binascii  # here: a shared library, needed only for a candidate

    try:
        return binascii.a2b_base64(chunk)
    except (binascii.Error, ValueError):
        return b""


def _b64_jwt(m: Match[str]) -> bool:
    raw = _b64_decoded(m.group(0), 400)
    return raw.startswith(b"eyJ") and b"." in raw


def _docker_json_b64(m: Match[str]) -> bool:
    raw = _b64_decoded(m.group(0))
    return b'"auths"' in raw and (b'"auth"' in raw or b'"password"' in raw or b'"identitytoken"'
                                  in raw)


def _sql_password(m: Match[str]) -> bool:
    """The value is a real password, and a bare ``PASSWORD 'V'`` is in a user or role
    statement (CREATE/ALTER USER or ROLE ... WITH LOGIN PASSWORD 'V')."""
    if not _group_ok(2, 4)(m):
        return False
    head = m.group(0)[:9]
    if not head.startswith("password"):
        return True
    text = m.string
    line = text.rfind("\n", 0, m.start()) + 1
    before = text[max(line, m.start() - 120) : m.start()]
    return any(w in before for w in ("user", "role", "login", "with"))


def _call_password(m: Match[str]) -> bool:
    """The second literal of an auth call is a password on its own (not a word, a
    placeholder or a reference)."""
    value = m.group(3)
    return _cli_password_ok(value) and not is_wordy(value) and not value.startswith("$")


def _session_value(m: Match[str]) -> bool:
    value = m.group(1)
    if is_uuid(value) or (len(value) == 26 and value[0] in "01234567" and not (
        set(value) & set("ilou")
    )):
        return False  # a ULID: a session's id in a log, not its cookie (PHP's are 26 random)
    return looks_random(value.split(".")[0] if value.startswith("s%3a") else value, 16)


