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
- a terse chat request ("eli5 raft", "haiku about yaml", "sql to dedupe users by email",
  "make it shorter"), shorter than the classifier reads, is a request (``terse.py``); a terse
  note naming the same thing as done ("regex for emails fixed", "eli5 section added to the
  README") and a tool's own error prefix (``jq: error ...``) are not;
- the classifier reads a note narrated in the first person and the past ("I fixed", "we
  reverted", "I've tried", "I couldn't") as a feature of its own (``#narr``, ``#narr2``), which
  a request's "I need", "I want you to" never gives;
- the round-11 (prompts) training corpus (``tests/privacy_train11p``) is what its generator
  writes, and so is the one another helper wrote (``tests/privacy_train11``); the trainer
  always trains on both and never holds them out; blind5 and blind8 are training corpora now,
  blind9-11 were held out until session 12 (the held-out set is checked in test_privacy_round8).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from handoff.privacy import scan_text

TESTS = Path(__file__).resolve().parent
CORPUS = TESTS / "privacy_train11p"
TRAIN11 = TESTS / "privacy_train11"


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


# -- terse requests ----------------------------------------------------------------------------

TERSE = ["eli5 raft", "eli5 leader leases", "haiku about flaky tests", "limerick about yaml",
         "tl;dr this pls", "sql to find duplicate emails", "regex that matches semver tags",
         "make it shorter", "make it funnier", "fix this: KeyError: 'id'"]
TERSE_NOTES = ["regex for semver tags fixed", "eli5 section added to the README", "sql to find duplicates merged",
               "haiku release tagged", "jq: error (at <stdin>:3): Cannot index array", "make it: ok now",
               "bash: ./deploy.sh: Permission denied", "one-liner moved to the Makefile"]


@pytest.mark.parametrize("text", TERSE)
def test_a_terse_chat_request_is_a_request(text: str) -> None:
    assert "request-to-model" in _rules(text), text


@pytest.mark.parametrize("text", TERSE_NOTES)
def test_a_terse_note_is_no_request(text: str) -> None:
    assert not _rules(text), text


# -- first-person narration, a feature of the classifier -----------------------------------------

NARRATED = [
    ("I fixed the flaky upload test; the clock was never mocked.", "#narr"),
    ("We reverted the cache change. I've tried twice and I couldn't reproduce the crash.", "#narr2"),
    ("Tomorrow I continue with the parser, I only had time for the lexer today.", "#narr"),
]
NOT_NARRATED = [
    "I need you to fix the flaky upload test.",
    "I want a script that finds unused feature flags.",
    "Fix the flaky upload test and tell me why it failed.",
]


@pytest.mark.parametrize(("text", "mark"), NARRATED)
def test_a_note_narrated_in_the_first_person_is_a_feature(text: str, mark: str) -> None:
    from handoff.privacy.classifier import features

    assert mark in features(text) and not {"#narr", "#narr2"} - {mark} & features(text)


@pytest.mark.parametrize("text", NOT_NARRATED)
def test_a_request_is_not_narrated(text: str) -> None:
    from handoff.privacy.classifier import features

    assert not {"#narr", "#narr2"} & features(text)


# -- the round-11 training corpus and the retired blind corpora --------------------------------


def test_train11p_is_what_its_generator_writes(tmp_path: Path) -> None:
    (tmp_path / "privacy_train11p").mkdir()
    shutil.copy(CORPUS / "generate.py", tmp_path / "privacy_train11p" / "generate.py")
    subprocess.run([sys.executable, str(tmp_path / "privacy_train11p" / "generate.py")], check=True, cwd=tmp_path)
    assert (tmp_path / "privacy_train11p" / "corpus.jsonl").read_bytes() == (CORPUS / "corpus.jsonl").read_bytes()
    rows = [json.loads(line) for line in (CORPUS / "corpus.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 1400
    assert {r["label"] for r in rows} == {"prompt", "benign"}
    assert all(set(r) == {"text", "label", "category"} and r["text"].strip() for r in rows)


def test_train11p_is_augmentation_and_blind5_blind8_are_training_corpora() -> None:
    sys.path.insert(0, str(TESTS.parent / "bench"))
    try:
        import train_classifier as tc
    finally:
        sys.path.pop(0)
    assert ("train11p", "privacy_train11p") in tc.AUGMENT
    assert all(d != "privacy_train11p" for _, d in tc.TRAINING)
    assert "train11p" not in tc.load_corpora(augment=False)
    assert ("blind5", "privacy_blind5") in tc.TRAINING and ("blind8", "privacy_blind8") in tc.TRAINING


def test_train11_is_what_its_generator_writes(tmp_path: Path) -> None:
    (tmp_path / "privacy_train11").mkdir()
    for name in ["generate.py", *(p.name for p in TRAIN11.glob("_t11*.py"))]:
        shutil.copy(TRAIN11 / name, tmp_path / "privacy_train11" / name)
    subprocess.run([sys.executable, str(tmp_path / "privacy_train11" / "generate.py")], check=True, cwd=tmp_path)
    assert (tmp_path / "privacy_train11" / "corpus.jsonl").read_bytes() == (TRAIN11 / "corpus.jsonl").read_bytes()
    rows = [json.loads(line) for line in (TRAIN11 / "corpus.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 4000
    assert {r["label"] for r in rows} == {"prompt", "benign"}
    assert all(set(r) == {"text", "label", "category"} and r["text"].strip() for r in rows)


def test_train11_is_augmentation_never_a_held_out_unit() -> None:
    sys.path.insert(0, str(TESTS.parent / "bench"))
    try:
        import train_classifier as tc
    finally:
        sys.path.pop(0)
    assert ("train11", "privacy_train11") in tc.AUGMENT
    assert all(d != "privacy_train11" for _, d in tc.TRAINING)
    assert "train11" not in tc.load_corpora(augment=False)
    assert len(tc.load_corpora()["train11"]) >= 4000
