"""Credentials whose name is a level up, a line before, or a sibling field, not beside them.

Why a module of its own: the assignment rules need ``NAME`` right before ``=`` or ``:`` and the
value right after. Structured text often puts them apart, and each of these layouts says as
plainly what the value is:

- the value on the line after its name (``password: |`` or ``api_token: >-`` in YAML, a
  ``.properties`` line continued with ``\\``, ``secret:`` with the value indented below);
- a name one level up (``"admin_password": {"default": V}``, ``"db_secret": {"value": V}``);
- a value a tool marked sensitive, whatever its name: Terraform's plan (``result =
  (sensitive value) -> "V"``) and ``terraform output -json`` (``{"sensitive": true, "value":
  V}``): Terraform itself says it is a secret, so a generated shape is enough;
- a name and a value in sibling fields of one object over several lines (``"Name":
  "/prod/db/password"`` ... ``"Value": V``; a key-value store's export, whose value is base64),
  or on two lines of a form (``Label: Database password`` over ``Value: V``);
- LDIF's base64 attribute (``userPassword:: <base64>``), judged decoded.

The value is judged as ``NAME=value`` would be (``values.named_secret`` and
``values.looks_secret``), or by a generated shape where only the layout names it.

Cost: each check starts with one substring test (``->``, ``"sensitive"``, ``::``, a line that
ends with a name and an operator), run only when a secret word is among the scanner's words.
"""

from __future__ import annotations

from handoff.privacy import values
from handoff.privacy.lazy_re import rx as _rx

_Hit = tuple[str, int, int, int, str]

GATE_WORDS = frozenset(w.encode() for w in (
    "password", "passwd", "pwd", "pass", "passphrase", "secret", "token", "key", "apikey",
    "credential", "credentials", "value", "auth"))
"""Words of the scanner's word set that let ``level_hits`` run."""

_NEXT_LINE = (
    r"(?m)^[ \t]*(?:-[ \t]+)?[\"']?([A-Za-z_][A-Za-z0-9_.-]{1,63})[\"']?[ \t]*([=:])[ \t]*"
    r"([|>][+-]?|\\)?[ \t]*\r?\n([ \t]+)([\"']?)([^\s\"']{6,512})\5[ \t]*\r?$"
)
"""A name that ends its line with an operator (and a block or continuation mark), then one
indented token alone on the next line."""
_ASSIGNED = r"[A-Za-z_][A-Za-z0-9_.-]*[=:]"
_PLAN_DIFF = (
    r"(?<![A-Za-z0-9_.\"-])\"?([A-Za-z_][A-Za-z0-9_.-]{0,63})\"?[ \t]*=[ \t]*"
    r"(\(sensitive(?: value)?\)|\"[^\"\n]{0,512}\"|null|\(known after apply\))[ \t]*->[ \t]*"
    r"\"((?:[^\"\\\n]|\\.){4,512})\""
)
"""A Terraform plan's changed attribute: ``NAME = OLD -> "NEW"`` (also with its plan's line
breaks flattened to blanks)."""
_OBJECT = r"\{[^{}]{0,800}\}"
"""A flat JSON object (no object inside), on one line or several."""
_MEMBER = r"\"([A-Za-z_][A-Za-z0-9_]{0,40})\"[ \t]*:[ \t]*(\"((?:[^\"\\\n]|\\.){0,512})\"|true|false|null|-?\d+)"
_NAME_KEYS = frozenset(("name", "key", "variable", "parameterkey", "parameter_name",
                        "secret_name", "secretname", "label", "field", "id", "title"))
_VALUE_KEYS = frozenset(("value", "secretstring", "secret_string", "parametervalue",
                         "secret_value", "secretvalue", "plaintext"))
_LEVEL_UP = r"\"([A-Za-z_][A-Za-z0-9_.-]{1,63})\"[ \t]*:[ \t]*(?=\{)"
_LEVEL_VALUE_KEYS = frozenset(("value", "default", "secret", "current", "plaintext"))
_LDIF = r"(?m)^([A-Za-z][A-Za-z0-9-]{1,40})::[ \t]*([A-Za-z0-9+/]{8,684}={0,2})[ \t]*\r?$"
_FORM = (
    r"(?mi)^[ \t]*(?:label|field|key|name|item|title|entry)[ \t]*:[ \t]*([^\n]{2,64}?)[ \t]*\r?\n"
    r"[ \t]*value[ \t]*:[ \t]*([\"']?)([^\s\"']{6,512})\2[ \t]*\r?$"
)
"""Two lines of a form or a secret store's listing: what the field is, then its value."""
_INPUT = r"(?i)<input\b[^<>]{0,400}>"
_ATTR = r"([A-Za-z][A-Za-z0-9_-]{0,30})[ \t]*=[ \t]*([\"'])([^\"'<>\n]{0,512})\2"


def level_hits(view: str, lo: str, present: frozenset[bytes], category: str, priority: int,
               hits: list[_Hit]) -> None:
    """Add a finding for each credential whose name sits a level up, a line before, or in a
    sibling field."""
    if "\n" in view and (":\n" in view or "=\n" in view or "\\\n" in view or ":\r\n" in view
                         or "|\n" in view or "-\n" in view or ">\n" in view):
        _next_line(view, category, priority, hits)
    if "->" in view and " = " in view:
        _plan_diffs(view, lo, category, priority, hits)
    if "{" in view and '"' in view:
        _objects(view, lo, category, priority, hits)
    if "::" in view:
        for m in _rx(_LDIF).finditer(view):
            _ldif(m.group(1), m.group(2), m.start(2), category, priority, hits)
    if "<input" in lo:
        for m in _rx(_INPUT).finditer(view):
            _input(m.group(0), m.start(), category, priority, hits)
    if b"value" in present and "value" in lo:
        for m in _rx(_FORM).finditer(view):
            name, value = m.group(1).strip("`*\"' "), m.group(3)
            cls = values.classify_name(name)
            if cls is not None and _judged(name, cls, value, strict=True):
                hits.append((category, priority, m.start(3), m.end(3), "value-under-label"))


def _input(tag: str, at: int, category: str, priority: int, hits: list[_Hit]) -> None:
    """An HTML form's field with its value filled in, its attributes in any order: a
    ``type="password"`` field, or one whose ``name`` or ``id`` names a secret."""
    attrs = {m.group(1).lower(): (m.group(3), m.start(3)) for m in _rx(_ATTR).finditer(tag)}
    found = attrs.get("value")
    if found is None or not found[0]:
        return
    value, start = found
    names = [attrs[k][0] for k in ("name", "id") if k in attrs]
    if attrs.get("type", ("", 0))[0].lower() == "password":
        names.append("password")
    for name in names:
        cls = values.classify_name(name)
        if cls is not None and _judged(name, cls, value):
            hits.append((category, priority, at + start, at + start + len(value),
                         "form-field-value"))
            return


def _judged(name: str, cls: str, value: str, strict: bool = False) -> bool:
    """What ``NAME=value`` needs of the value, plus a generated shape when ``strict``."""
    if values.masked_token(value) or values.is_timestamp(value):
        return False
    if not values.named_secret(name, value):
        return False
    if not values.looks_secret(value, cls) and not (
            cls == values.STRONG and len(value) >= 12 and values.char_classes(value) >= 4
            and values.looks_secret(value, values.PASSWORD)):
        return False  # a generated password under a ``secret`` name (UIio9+PfokXUNio) counts
    if values.is_benign_id(value) or (values.is_wordy(value) and values.char_classes(value) < 3):
        return False  # (a symbol among both cases and a digit is no word: 24qov+0QSKqaltu)
    return not (strict or cls == values.KEY) or generated(value)


def generated(value: str) -> bool:
    """A generated password's or key's shape on its own: never a digest, an id or a word."""
    if len(value) < 8 or " " in value or values.hex_or_uuid(value):
        return False
    if values.is_placeholder(value[1:] if value[:1] == "&" else value):
        return False  # (a quoted value's ``&`` is no YAML anchor)
    if values.is_benign_id(value) or values.is_wordy(value) or values.is_timestamp(value):
        return False
    return values.looks_random(value, 16) or (
        values.char_classes(value) >= 3 and values.password_shaped(value))


def _next_line(view: str, category: str, priority: int, hits: list[_Hit]) -> None:
    for m in _rx(_NEXT_LINE).finditer(view):
        name, op, mark, value = m.group(1), m.group(2), m.group(3), m.group(6)
        if op == "=" and mark != "\\":
            continue  # ``NAME=`` then a line break: an empty value (printenv, .env), not a wrap
        cls = values.classify_name(name)
        if cls is None or value.endswith(":") or value.startswith(("-", "#", "{", "[")) or (
                _rx(_ASSIGNED).match(value) is not None):
            continue  # a key of its own, a list, a comment, or the next line's assignment
        if _judged(name, cls, value, strict=not mark):
            hits.append((category, priority, m.start(6), m.end(6), "value-on-next-line"))


def _plan_diffs(view: str, lo: str, category: str, priority: int, hits: list[_Hit]) -> None:
    """Each ``->`` with an ``=`` before it: the pattern is matched at the name before that
    ``=`` only (searched over the whole text, its look-behind ran at every position)."""
    rx = _rx(_PLAN_DIFF)
    arrow = view.find("->")
    matches = []
    while arrow >= 0:
        eq = view.rfind("=", max(0, arrow - 540), arrow)
        if eq > 0:
            at = eq
            while at and view[at - 1] in " \t\"":
                at -= 1
            while at and (view[at - 1].isalnum() or view[at - 1] in "_.-"):
                at -= 1
            if at and view[at - 1] == '"':
                at -= 1
            m = rx.match(view, at)
            if m is not None:
                matches.append(m)
        arrow = view.find("->", arrow + 2)
    for m in matches:
        name, old, new = m.group(1), m.group(2), m.group(3)
        cls = values.classify_name(name)
        if cls is not None and _judged(name, cls, new):
            hits.append((category, priority, m.start(3), m.end(3), "plan-changed-secret"))
        elif old.startswith("(sensitive") and generated(new):
            hits.append((category, priority, m.start(3), m.end(3), "plan-sensitive-value"))


def _objects(view: str, lo: str, category: str, priority: int, hits: list[_Hit]) -> None:
    """Flat objects: a sensitive flag or a sibling name beside ``value``; and the name of the
    object itself, one level up, for a member that holds its value (``default``, ``value``)."""
    if '"value"' not in lo and '"secretstring"' not in lo and '"parametervalue"' not in lo and (
            '"default"' not in lo and '"secret_value"' not in lo and '"plaintext"' not in lo):
        return
    for obj in _rx(_OBJECT).finditer(view):
        members = {m.group(1).lower(): (m.group(3), m.start(3), m.group(2))
                   for m in _rx(_MEMBER).finditer(view, obj.start(), obj.end())}
        head = _rx(r"\"([A-Za-z_][A-Za-z0-9_.-]{1,63})\"[ \t]*:[ \t]*\Z").search(
            view, max(0, obj.start() - 80), obj.start())
        up = head.group(1) if head is not None else ""
        for key, (value, start, _raw) in members.items():
            if value is None or not value:
                continue
            if key in _VALUE_KEYS or (up and key in _LEVEL_VALUE_KEYS):
                _member(value, start, key, members, up, category, priority, hits)


def _member(value: str, start: int, key: str, members: dict[str, tuple[str | None, int, str]],
            up: str, category: str, priority: int, hits: list[_Hit]) -> None:
    flag = members.get("sensitive")
    if flag is not None and flag[2] == "true" and generated(value):
        hits.append((category, priority, start, start + len(value), "sensitive-flagged-value"))
        return
    names = [v for k, (v, _, _) in members.items() if k in _NAME_KEYS and v]
    if up and key in _LEVEL_VALUE_KEYS:
        names.append(up)
    for name in names:
        last = name.rstrip("/").rsplit("/", 1)[-1]
        cls = values.classify_name(last)
        if cls is None:
            continue
        plain = _b64_text(value) if key == "value" and "flags" in members else None
        if _judged(last, cls, plain if plain is not None else value):
            hits.append((category, priority, start, start + len(value), "sibling-named-value"))
            return


def _b64_text(value: str) -> str | None:
    """A key-value store's base64 value (Consul's ``Value`` beside ``Flags``), decoded when it
    is printable text."""
    if len(value) < 8 or len(value) % 4:
        return None
    import binascii  # only here: a clean note's import loads no codec library (speed17)

    try:
        raw = binascii.a2b_base64(value, strict_mode=True)
    except (binascii.Error, ValueError):
        return None
    try:
        text = raw.decode("ascii")
    except UnicodeDecodeError:
        return None
    return text if text.isprintable() else None


def _ldif(attr: str, encoded: str, start: int, category: str, priority: int,
          hits: list[_Hit]) -> None:
    """An LDIF attribute in base64 (``userPassword::``): a hashed password (``{SSHA}...``) is a
    hash; a decoded password is judged as one."""
    cls = values.classify_name(attr)
    if cls is None:
        return
    plain = _b64_text(encoded)
    if plain is None or plain.startswith("{") or plain.startswith("$"):
        return
    if values.looks_secret(plain, cls) and not values.is_wordy(plain):
        hits.append((category, priority, start, start + len(encoded), "ldif-base64-secret"))
