"""``scan_value``: the walk over a JSON-like value (dict keys and values, lists, tuples).

Why a module of its own: the walk is about structure (path labels, a key that gives its value
context, ``{"name": N, "value": V}`` pairs, memos of keys and flat dicts seen clean), while
``scanner`` judges one string. Every string found is judged by ``scanner.scan_text``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from handoff.errors import Finding
from handoff.privacy import values
from handoff.privacy.scanner import _CLEAN, _FIELD_ID, scan_text

__all__ = ["scan_value"]

_HEADER_KEYS = frozenset(("cookie", "set-cookie", "authorization", "proxy-authorization"))


def _key_label(key: str, index: int, findings: list[Finding]) -> str:
    """A dict key as a path segment, unless it is not a plain identifier or it was flagged."""
    if (
        not findings
        and 0 < len(key) <= 64
        and key.isascii()
        and key.replace("-", "_").isidentifier()
    ):
        return key
    return f"<key {index}>"


_KEYS: dict[str, tuple[str | None, bool]] = {}
"""Keys seen clean: their path label (None when it depends on the key's position) and whether
the key gives its value context. Keys repeat on every write (the models' field names), and
``scan_text`` is a pure function, so a clean verdict can be remembered; a flagged key is never
remembered, so it is rescanned and reported every time."""


def _key_info(key: str, index: int, path: str) -> tuple[list[Finding], str, bool]:
    """Findings in a dict key, its path label, and whether it names a secret."""
    known = _KEYS.get(key)
    if known is not None:
        label, pairs = known
        return [], label if label is not None else f"<key {index}>", pairs
    found = scan_text(key, _join(path, f"<key {index}>"))
    label = _key_label(key, index, found)
    pairs = values.classify_name(key) is not None or key.lower() in _HEADER_KEYS
    if not found and len(key) <= 256:
        if len(_KEYS) >= 4096:
            _KEYS.clear()
        _KEYS[key] = (None if label.startswith("<key ") else label, pairs)
    return found, label, pairs


def _pair(key: str, value: str, path: str) -> list[Finding]:
    """``{"password": "x"}``: judge the value in the context its key gives it."""
    quoted = '"' not in value and "\n" not in value
    head = f'{key}: "' if quoted else f"{key}: "
    synth = head + value + ('"' if quoted else "")
    offset = len(head)
    out = []
    for f in scan_text(synth, path):
        if f.start >= offset:
            start = f.start - offset
            out.append(Finding(path, f.rule, start, min(f.end - offset, len(value))))
    return out


_NAME_KEYS = ("key", "name", "Key", "Name", "variable", "var", "env", "id", "parameter", "Parameter")
_VALUE_KEYS = ("value", "Value", "val", "secret", "data")


def _name_value_pair(item: Mapping[Any, Any], where: str) -> list[Finding]:
    """``{"key": "db.password", "value": V}`` (a config fact), ``{"name": "API_TOKEN",
    "value": V}`` (an env list, a CI variable): the value is judged with the name's context."""
    for name_key in _NAME_KEYS:
        name = item.get(name_key)
        if isinstance(name, str):
            break
    else:
        return []
    for value_key in _VALUE_KEYS:
        value = item.get(value_key)
        if isinstance(value, str):
            return _named_field(name, value, _join(where, value_key))
    return []


def _named_field(name: str, value: str, path: str) -> list[Finding]:
    if not value or len(name) > 200:
        return []
    if values.named_secret(name, value):
        return [Finding(path, _FIELD_ID, 0, len(value))]
    return []



def _join(path: str, segment: str) -> str:
    return f"{path}.{segment}" if path else segment


def _known_clean(item: dict[Any, Any]) -> bool:
    """True if every key and string of a flat dict is already remembered clean.

    The common write (an event's data: known field names, short strings seen before,
    numbers) then costs a few set lookups instead of the walk below. Anything not a
    remembered verdict (a new string, a key that gives its value context, a nested dict)
    answers False and the full walk decides, so the result is the walk's by construction.
    """
    keys, clean = _KEYS, _CLEAN
    for key, child in item.items():
        known = keys.get(key) if type(key) is str else None
        if known is None or known[1]:
            return False
        kind = type(child)
        if kind is str:
            if child not in clean:
                return False
        elif kind is list:
            for element in child:
                if type(element) is not str or element not in clean:
                    return False
        elif not (kind is int or kind is float or kind is bool or child is None):
            return False
    return True


def scan_value(value: object, path: str = "") -> list[Finding]:
    """Findings in every string of a JSON-like value: dict keys and values, lists, tuples."""
    if type(value) is dict and _known_clean(value):
        return []
    findings: list[Finding] = []
    seen: set[int] = set()
    stack: list[tuple[object, str]] = [(value, path)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            findings.extend(scan_text(item, where))
        elif isinstance(item, bytes | bytearray):
            findings.extend(scan_text(bytes(item).decode("utf-8", "replace"), where))
        elif isinstance(item, Mapping):
            if id(item) in seen:
                continue
            seen.add(id(item))
            children: list[tuple[object, str]] = []
            for index, (key, child) in enumerate(list(item.items())):
                if isinstance(key, str):
                    key_findings, label, pairs = _key_info(key, index, where)
                    findings.extend(key_findings)
                    child_path = _join(where, label)
                    if pairs and isinstance(child, str):
                        for f in _pair(key, child, child_path):
                            if f not in findings:
                                findings.append(f)
                        if not findings or findings[-1].path != child_path:
                            findings.extend(_named_field(key, child, child_path))
                else:
                    child_path = _join(where, str(key) if _plain(key) else f"<key {index}>")
                children.append((child, child_path))
            findings.extend(_name_value_pair(item, where))
            stack.extend(reversed(children))
        elif isinstance(item, list | tuple | set | frozenset):
            if id(item) in seen:
                continue
            seen.add(id(item))
            stack.extend(reversed(list(_indexed(item, where))))
    return _dedupe(findings) if findings else findings


def _plain(key: object) -> bool:
    return isinstance(key, bool | int | float) or key is None


def _indexed(items: Iterable[object], where: str) -> Iterable[tuple[object, str]]:
    for i, child in enumerate(items):
        yield child, f"{where}[{i}]"


def _dedupe(findings: list[Finding]) -> list[Finding]:
    out: list[Finding] = []
    seen: set[Finding] = set()
    for f in findings:
        if f not in seen:
            seen.add(f)
            out.append(f)
    return out

