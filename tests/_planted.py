"""Synthetic secrets, and a way to put one into a store behind the write path's back.

The write path rejects secrets, so a test that needs one *stored* (to scan or purge it)
writes the event line straight into `events.jsonl`, as an older version with weaker
rules or another tool could have. Every secret here is random characters in the right
format, drawn from a seeded generator: none is, or ever was, a real credential. Each
maker checks that the current rules flag what it made, so a test never silently plants
something the filter would not have rejected anyway.
"""

from __future__ import annotations

import os
import random
import string
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

ALNUM = string.ascii_letters + string.digits
BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B64URL = ALNUM + "-_"
_PLACEHOLDER_WORDS = ("your", "xxx", "example", "test", "dummy", "sample", "here", "fake")


def random_chars(rng: random.Random, n: int, alphabet: str) -> str:
    """Random characters that read as random: no placeholder word, varied characters."""
    while True:
        out = "".join(rng.choice(alphabet) for _ in range(n))
        low = out.lower()
        if any(w in low for w in _PLACEHOLDER_WORDS) or len(set(out)) < min(12, n // 2):
            continue
        if alphabet in (ALNUM, B64URL) and not (any(c.isdigit() for c in out)
                                                and any(c.isupper() for c in out)):
            continue
        return out


MAKERS = {
    "github-pat": lambda r: "ghp_" + random_chars(r, 36, ALNUM),
    "aws-access-key-id": lambda r: "AKIA" + random_chars(r, 16, BASE32),
    "npm-token": lambda r: "npm_" + random_chars(r, 36, ALNUM),
    "gitlab-pat": lambda r: "glpat-" + random_chars(r, 20, B64URL),
    "stripe-secret-key": lambda r: "sk_live_" + random_chars(r, 24, ALNUM),
}
"""Short formats (at most 40 characters), so one fits every bounded name-like field."""


def secret(seed: int, fmt: str = "github-pat") -> str:
    """A synthetic credential of format `fmt`, checked to be flagged by the current rules."""
    from handoff.privacy import scan_text

    value: str = MAKERS[fmt](random.Random(f"{fmt}/{seed}"))
    assert scan_text(value), f"the rules do not flag the synthetic {fmt}"
    return value


def transcript(seed: int) -> str:
    """A role-tagged chat transcript: conversation text the store must never keep."""
    rng = random.Random(seed)
    topic = rng.choice(["the retry loop", "this stack trace", "the cache layer"])
    text = (f"User: can you refactor {topic} for me?\n"
            f"Assistant: Sure. Here is a version of {topic} with exponential backoff.\n"
            "User: thanks, now add tests\n")
    from handoff.privacy import scan_text

    assert scan_text(text), "the rules do not flag the synthetic transcript"
    return text


def now_ts() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")[:-6] + "Z"


def plant(store_dir: Path, kind: str, data: dict[str, Any], *,
          scope: dict[str, Any] | None = None, **envelope: Any) -> dict[str, Any]:
    """Append one event line directly to the log, bypassing validation and the filter.

    It gets the next seq and a fresh UUIDv7, like a line an older version wrote. Extra
    keyword arguments are added to (or override) the envelope.
    """
    import uuid_utils

    log = store_dir / "events.jsonl"
    last = 0
    for line in log.read_bytes().splitlines():
        try:
            rec = orjson.loads(line)
        except orjson.JSONDecodeError:
            continue
        if isinstance(rec, dict) and isinstance(rec.get("seq"), int):
            last = max(last, rec["seq"])
    rec = {"v": 1, "id": str(uuid_utils.uuid7()), "seq": last + 1, "ts": now_ts(),
           "kind": kind, "scope": scope or {}, "data": data, **envelope}
    with open(log, "ab") as f:
        f.write(orjson.dumps(rec) + b"\n")
    return rec


def files_containing(root: Path, needle: str) -> list[str]:
    """Every file under `root` (hidden ones, generations and quarantine included) whose
    bytes, name or symlink target contain `needle`."""
    raw = needle.encode()
    hits = []
    for dirpath, dirnames, filenames in os.walk(root):
        for name in [*filenames, *dirnames]:
            path = Path(dirpath) / name
            if raw in name.encode():
                hits.append(str(path.relative_to(root)))
            elif path.is_symlink():
                if raw in os.readlink(path).encode():
                    hits.append(str(path.relative_to(root)))
            elif path.is_file() and raw in path.read_bytes():
                hits.append(str(path.relative_to(root)))
    return hits
