"""The privacy filter every write passes through.

`check` walks a value (dict keys and values, lists, strings) and raises `PrivacyError`
if any string matches a rule in `handoff.privacy.rules.RULES`. Findings carry the field
path, the rule id and the character span, never the text. The filter rejects; it never
redacts, because a half-redacted note is still a leak.

Rules are filtered by cheap literal anchors (substring tests on the lower-cased text)
before their regular expression is compiled or run, so a typical note touches only a
handful of expressions and the CLI does not pay to compile the whole table.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import Finding, PrivacyError
from .rules import RULES, Rule

__all__ = ["FORBIDDEN_FIELD_NAMES", "RULES", "Rule", "check", "scan_text", "scan_value"]

FORBIDDEN_FIELD_NAMES = frozenset({
    "prompt", "prompts", "system_prompt", "messages", "message_history", "completion",
    "completions", "response", "responses", "content", "transcript", "chat", "conversation",
    "output", "stdout", "stderr",
})

MAX_SCAN = 1_000_000
"""Strings are bounded by the models far below this; it guards direct callers."""


def scan_text(text: str, path: str = "") -> list[Finding]:
    """Every rule that matches `text`; a span covered by an earlier rule is not reported twice."""
    if not text:
        return []
    text = text[:MAX_SCAN]
    lowered = text.lower()
    findings: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for rule in RULES:
        if not rule.applies(text, lowered):
            continue
        for match in rule.regex.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue  # already reported whole by a format rule
            if rule.validator is not None and not rule.validator(match):
                continue
            taken.append((start, end))
            findings.append(Finding(path, rule.id, start, end))
    return findings


def scan_value(value: object, path: str = "") -> list[Finding]:
    """Findings in every string of a JSON-like value, keys included."""
    if isinstance(value, str):
        return scan_text(value, path)
    findings: list[Finding] = []
    if isinstance(value, Mapping):
        for key, item in value.items():
            where = f"{path}.{key}" if path else str(key)
            if isinstance(key, str):
                findings.extend(scan_text(key, f"{where}<key>"))
            findings.extend(scan_value(item, where))
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            findings.extend(scan_value(item, f"{path}[{i}]"))
    return findings


def check(value: object, path: str = "") -> None:
    """Raise PrivacyError if anything in `value` is a credential or conversation text."""
    findings = scan_value(value, path)
    if findings:
        raise PrivacyError(findings)


def scan_record(record: Mapping[str, Any]) -> list[Finding]:
    """Findings in a stored event's data and scope (for `handoff scan`)."""
    return scan_value(record.get("data", {}), "data") + scan_value(record.get("scope", {}), "scope")
