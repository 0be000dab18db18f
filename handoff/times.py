"""Reading the times people type: a duration (90s, 30m, 2h, 3d) or an RFC 3339 time.

One parser for every option that takes a time (`--expires`, `--reset`, `log --since`),
so each accepts the same forms and rejects the same things with one line: a duration
beyond `MAX_DAYS`, a time without a zone, a time outside the calendar. Nothing here can
overflow into a traceback.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from .errors import ValidationError
from .events import format_ts

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
MAX_DAYS = 36500
"""A hundred years either way: far beyond any reset window or note expiry, and well
inside what `datetime` can represent."""
HINT = "give a duration like 30m, 2h or 3d, or a time like 2026-01-31T12:00:00Z"


def parse_duration(text: str) -> timedelta | None:
    """A duration like `90s`, `30m`, `2h`, `3d` (None if `text` is not one)."""
    raw = text.strip().lstrip("+")
    if not (raw[:-1].isdigit() and raw[-1:] in UNITS):
        return None
    digits = raw[:-1]
    seconds = int(digits) * UNITS[raw[-1]] if len(digits) <= 12 else MAX_DAYS * 86400 + 1
    if seconds > MAX_DAYS * 86400:
        raise ValidationError(f"a duration may be at most {MAX_DAYS} days")
    return timedelta(seconds=seconds)


def parse_time(text: str, *, default_utc: bool = False) -> datetime:
    """An absolute time with a zone (or UTC if `default_utc`), as an aware datetime."""
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ValidationError(HINT) from None
    if moment.tzinfo is None:
        if not default_utc:
            raise ValidationError("give the time zone, e.g. a trailing Z for UTC")
        moment = moment.replace(tzinfo=UTC)
    try:
        moment.astimezone(UTC)
    except (OverflowError, ValueError):
        raise ValidationError("that time is outside the calendar") from None
    return moment


def when(text: str, *, ago: bool = False, default_utc: bool = False) -> str:
    """A duration from now (forward, or back with `ago`) or an absolute time, formatted
    as the store writes timestamps."""
    delta = parse_duration(text)
    now = datetime.now(UTC)
    if delta is not None:
        moment = now - delta if ago else now + delta
    else:
        moment = parse_time(text, default_utc=default_utc)
    try:
        return format_ts(moment)
    except (OverflowError, ValueError):
        raise ValidationError("that time is outside the calendar") from None
