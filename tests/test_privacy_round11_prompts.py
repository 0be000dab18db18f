"""Issue 11, session 11 (prompts): classes blind5's and blind8's misses and false positives
named once they became development data, and the classes the round-10 held-out report named.

Classes (every text here is made up for this file, never a line of any corpus):

- an agent's event log in JSON lines is judged one record at a time: an MCP result's
  ``"content"`` in one record and an assistant turn's metadata (``"role": "assistant"`` beside
  ``"stop_reason"`` and ``"usage"``) in another make no conversation (``chat-messages-json``
  looked for a content key anywhere in the text, ``prompt-record-json`` pooled the keys of
  every record); a role object must hold its own content, and a ``tool`` role's object is a
  tool's result; a record whose event names the user's prompt (``"event": "user_prompt"``)
  and holds it is a turn, among any other records;
- product copy in the second person (a dialog, an empty state, a prompt to sign in) is the
  product speaking to its user, not a request to a model (``request-to-model`` flagged it;
  ``productcopy.py``); a request about such copy ("can you shorten this tooltip", "give me
  three options for the button") and any request that says "I"/"me" stay prompts;
"""

from __future__ import annotations

import json

import pytest

from handoff.privacy import scan_text


def _rules(text: str) -> set[str]:
    """The rule ids that fired, the trained classifier's aside."""
    return {f.rule for f in scan_text(text)} - {"prompt-classifier"}


# -- event records, one at a time ------------------------------------------------------------

_META = json.dumps({"type": "assistant", "message": {"role": "assistant", "model": "m-large",
                                                      "stop_reason": "end_turn",
                                                      "usage": {"input_tokens": 9120, "output_tokens": 311}}})
_MCP = json.dumps({"jsonrpc": "2.0", "id": 7, "result": {"content": [{"type": "text", "text": "3 files"}],
                                                         "isError": False}})
_TOOL_MSG = json.dumps({"role": "tool", "tool_call_id": "call_q81", "content": "exit status 0"})
_USAGE = json.dumps({"kind": "usage", "model": "m-small", "prompt_tokens": 402, "completion_tokens": 57})

EVENT_LOGS = [
    f"{_MCP}\n{_META}",
    f"{_META}\n{_USAGE}\n{_MCP}",
    f"{_TOOL_MSG}\n{_META}",
    f"[{_TOOL_MSG}]",
]


@pytest.mark.parametrize("text", EVENT_LOGS)
def test_an_event_log_of_results_and_metadata_is_no_conversation(text: str) -> None:
    assert not _rules(text), text


USER_PROMPT_RECORDS = [
    json.dumps({"event": "user_prompt", "prompt": "why does the invoice export drop its last row",
                "session": "s-19"}) + "\n" + _USAGE,
    _MCP + "\n" + json.dumps({"event": "user_input", "text": "bitte schreib die Tests für den Parser neu"}),
]


@pytest.mark.parametrize("text", USER_PROMPT_RECORDS)
def test_a_record_of_the_users_prompt_is_a_turn_among_event_records(text: str) -> None:
    assert "prompt-record-json" in _rules(text), text


def test_a_message_list_still_counts_when_content_is_written_out() -> None:
    turns = [{"role": "system", "content": "Answer in one line."}, {"role": "user", "content": "what is a mutex"}]
    assert "chat-messages-json" in _rules(json.dumps(turns))
    assert "chat-messages-json" in _rules(json.dumps({"messages": turns}, indent=2))


# -- product copy ------------------------------------------------------------------------------

PRODUCT_COPY = [
    "Are you sure you want to delete this workspace? This cannot be undone.",
    "You have unsaved changes. Do you want to leave this page?",
    "Tell us what you think of the new timeline view. It only takes a minute.",
    "Write a short bio so your teammates know who you are.",
    "msgid \"Do you want to turn on notifications for new replies?\"",
]


@pytest.mark.parametrize("text", PRODUCT_COPY)
def test_product_copy_in_the_second_person_is_no_request(text: str) -> None:
    assert "request-to-model" not in _rules(text), text


REQUESTS_ABOUT_COPY = [
    "Can you shorten this dialog text? Are you sure you want to remove this dashboard? This cannot be undone.",
    "Give me three ways to say: You have unsaved changes. Do you want to leave this page?",
    "Write a short bio for my profile page so my teammates know what I work on.",
    "Rewrite this so it sounds friendlier: Tell us what you think of the new timeline view.",
]


@pytest.mark.parametrize("text", REQUESTS_ABOUT_COPY)
def test_a_request_about_product_copy_is_still_a_request(text: str) -> None:
    assert _rules(text), text
