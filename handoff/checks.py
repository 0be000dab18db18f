"""The plain-Python checks both validators share, and the one error line they print.

Two validators check a write: the pydantic models (`handoff.models`, the source of truth
for the JSON Schemas, the docs and everything off the hot path) and the CLI's fast path
(`handoff.validator`, a pydantic-core `SchemaValidator` built from the core schema the
models generate, so a write never imports pydantic). What a core schema cannot say as
data (no control characters, a pointer that sets and unsets the same field, a derived
`passed`) is a Python function, and it lives here, without pydantic, so both validators
run the very same function and name it the same way in their error locations.

The error line is built here too, once, from pydantic-core's error list: it names each
failing field and why, never the value, and an unknown key only when it is a plain name.
"""

from __future__ import annotations

import re
from typing import Any

from .kinds import POINTER_FIELDS

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_OR_NEWLINE = re.compile(r"[\x00-\x1f\x7f]")


def no_control_chars(value: str) -> str:
    """Reject NUL and other C0 controls (newline and tab stay allowed in text)."""
    if _CONTROL.search(value):
        raise ValueError("control characters are not allowed")
    return value


def single_line(value: str) -> str:
    if _CONTROL_OR_NEWLINE.search(value.replace("\t", " ")):
        raise ValueError("must be a single line without control characters")
    return value


# -- checks across fields: each takes the kind's fields as a dict (defaults filled in) ----


def pointer_consistent(values: dict[str, Any]) -> dict[str, Any]:
    """A pointer field is set or unset, never both; `clear` stands alone."""
    given = {k for k in POINTER_FIELDS if values.get(k) is not None}
    unset = values.get("unset") or []
    if given & set(unset):
        raise ValueError("a field cannot be both set and unset")
    if values.get("clear") and (given or unset):
        raise ValueError("clear takes no other fields")
    return values


def derive_passed(values: dict[str, Any]) -> dict[str, Any]:
    """A validation without `passed` passed when it exited 0 (sets it in place)."""
    if values.get("passed") is None:
        values["passed"] = values["exit_code"] == 0
    return values


def value_or_unset(values: dict[str, Any]) -> dict[str, Any]:
    """A config fact carries a finite value, or is unset without one."""
    value = values.get("value")
    if bool(values.get("unset")) == (value is not None):
        raise ValueError("give a value, or unset without one")
    if isinstance(value, float) and value != value:
        raise ValueError("value must be a finite number")
    return values


# -- the error line ----------------------------------------------------------------------

_PLAIN_KEY = re.compile(r"[a-z][a-z0-9_]{0,39}")
_PLAIN_LOC = re.compile(r"[A-Za-z0-9_]{1,60}")
_UNKNOWN = "<unknown field>"


def _shown_key(key: str) -> str:
    """An unknown key as it may appear in an error: the caller chose it, so it is input
    too. Named only when it is a plain lowercase name the privacy filter passes."""
    from .privacy import scan_text

    return key if _PLAIN_KEY.fullmatch(key) and not scan_text(key) else _UNKNOWN


def _location(error: Any) -> str:
    """Where an error is, as field names: a name the caller chose (an unknown key) is
    input too, so it is shown only when `_shown_key` passes it."""
    names = [str(p) for p in error["loc"] if not str(p).startswith(("function-", "str-", "int"))]
    if names and error["type"] == "extra_forbidden":
        names[-1] = _shown_key(names[-1])
    plain = all(n == _UNKNOWN or _PLAIN_LOC.fullmatch(n) for n in names)
    return ".".join(names) if plain and len(".".join(names)) <= 60 + len(_UNKNOWN) else "<field>"


def describe(errors: list[Any], where: str) -> str:
    """One line naming each failing field and why, never echoing the input value.

    `errors` is pydantic-core's `ValidationError.errors(include_input=False,
    include_url=False)`, whichever validator raised it."""
    parts = []
    for e in errors[:3]:
        loc = _location(e) if e["loc"] else ""
        msg = e["msg"].removeprefix("Value error, ")
        if e["type"] == "string_pattern_mismatch":
            msg = "has an invalid format"
        parts.append(f"{where}.{loc}: {msg}" if loc else f"{where}: {msg}")
    more = len(errors) - 3
    return "; ".join(parts) + (f" (+{more} more)" if more > 0 else "")
