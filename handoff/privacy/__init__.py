"""The privacy filter every write passes through.

handoff never stores prompts, model responses, chat text, credentials or secret file contents.
Structure is enforced by the event models (no prompt/messages/content fields; see
``FORBIDDEN_FIELD_NAMES``); content is enforced here: ``check`` walks a value (dict keys and
values, lists, strings) and raises ``PrivacyError`` if any string carries a credential (known
formats, or a high-entropy value assigned to a secret-looking name) or conversation text (role-
tagged transcripts, chat templates, system prompts, verbatim model output).

The filter rejects; it never redacts, because a half-redacted note is still a leak, and it never
returns or repeats the value: a finding is a field path, a rule id and a character span.

The rules are data (``rules.RULES``); ``scanner`` runs them cheaply enough for a CLI that starts
many times per session (no regex is compiled until a candidate needs it).
"""

from __future__ import annotations

import gc
from collections.abc import Mapping
from typing import Any

from handoff.errors import Finding, PrivacyError

# The rule table, the cues' phrase indexes and the scanner's dispatch tables are thousands of
# small objects that live as long as the process: with the collector running, building them
# set off about a dozen collections that found nothing (~1-2 ms of a CLI call's start-up).
_collecting = gc.isenabled()
gc.disable()
try:
    from handoff.privacy import bundle as _bundle

    _bundle.install()  # the modules below, from one file of their compiled code (bundle.py)
    from handoff.privacy.rules import RULES, Rule
    from handoff.privacy.scanner import scan_text, scan_value
finally:
    # Every object alive now (those tables, mostly, and what the process held before) goes to
    # the collector's permanent generation (``gc.freeze``), where no collection traverses it:
    # - re-enabled with the tables young, the collector's next step traversed all of them (one
    #   generation-0 collection, ~0.5-1 ms) to find nothing;
    # - at exit the interpreter runs two or three full collections while it tears the modules
    #   down, and each traversed every table again: ~8-10 ms of CPU in a process that exits
    #   normally, the full CLI's write commands among them (the fast path ends with
    #   ``os._exit``), more than half of what the filter added to those (docs/design.md,
    #   "Session 19 (speed: ...)").
    # What the process allocates from here on is collected as before. A process that unfreezes
    # (``handoff.importers.parallel``, around a fork) makes these collectable again, as they
    # were before session 19.
    gc.freeze()
    if _collecting:
        gc.enable()
_bundle.refresh()  # rewritten only when a module above was not current in it

__all__ = [
    "FORBIDDEN_FIELD_NAMES",
    "RULES",
    "Finding",
    "PrivacyError",
    "Rule",
    "check",
    "scan_record",
    "scan_text",
    "scan_value",
]

FORBIDDEN_FIELD_NAMES = frozenset(
    {
        "prompt",
        "prompts",
        "system_prompt",
        "messages",
        "message_history",
        "completion",
        "completions",
        "response",
        "responses",
        "content",
        "transcript",
        "chat",
        "conversation",
        "output",
        "stdout",
        "stderr",
    }
)
"""Field names the event models must not have: they exist to hold conversation text."""


def check(value: object, path: str = "") -> None:
    """Raise ``PrivacyError`` if anything in ``value`` is a credential or conversation text."""
    if not value and isinstance(value, dict):  # every write checks its scope, usually {}
        return
    findings = scan_value(value, path)
    if findings:
        raise PrivacyError(findings)


def scan_record(record: Mapping[str, Any]) -> list[Finding]:
    """Findings in a stored event's data and scope (for auditing an existing store)."""
    return scan_value(record.get("data", {}), "data") + scan_value(record.get("scope", {}), "scope")
