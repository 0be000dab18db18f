# ruff: noqa: E501  (sentences of other scripts written as \u escapes, one a line)
"""Issue 11, session 12 (prompts): classes blind9-11's misses and false positives named once they
became development data, and the round-12 training corpus.

Classes (every text here is made up for this file, never a line of any corpus):

- an agent's tool call alone (a ``tool_use`` record with a command, a pattern or a path; an
  agent CLI's ``● Grep(...)`` line and its ``⎿`` result) is an event record, not a turn: it
  holds no word of a prompt or an answer; beside the model's own words (a text record, a line
  of narration, the user's ``>`` prompt) it is part of the model's turn;
- a message whose content is only tool blocks (a tool's result recorded under the user's role
  by an agent's session log) is no turn; with a text block among them it is;
- a ReAct step written as a JSON record (``{"thought": ..., "action": ...}``) is the model's
  reasoning;
- transcripts whose speakers are named in Thai, Greek, Czech, Ukrainian, Swedish, Finnish,
  Hungarian, Romanian or Persian; the same words in a note with no turns stay clean;
- the classifier reads scripts written without blanks (Thai, Lao, Myanmar, Khmer) by character
  bigrams and trigrams, where its word features saw consonants cut off by vowel marks;
- the round-12 training corpus (``tests/privacy_train12``) is what its generator writes; the
  trainer always trains on it, never holds it out, and reads its chats between people as
  prompts (the project's labelling of chat text).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from handoff.privacy import classifier, scan_text

TESTS = Path(__file__).resolve().parent
TRAIN12 = TESTS / "privacy_train12"


def _rules(text: str) -> set[str]:
    """The rule ids that fired, the trained classifier's aside."""
    return {f.rule for f in scan_text(text)} - {"prompt-classifier"}


def _j(*records: dict[str, object]) -> str:
    return "\n".join(json.dumps(r) for r in records)


# -- tool calls and tool blocks ----------------------------------------------------------------

_CALLS = [
    {"type": "tool_use", "id": "toolu_07k", "name": "Bash", "input": {"command": "go vet ./..."}},
    {"type": "tool_use", "name": "Read", "input": {"file_path": "/srv/app/internal/queue.go"}},
    {"type": "tool_use", "name": "Grep", "input": {"pattern": "drainQueue", "path": "internal/"}},
]
_RESULT_AS_USER = {"type": "user", "message": {"role": "user", "content": [
    {"type": "tool_result", "tool_use_id": "toolu_07k", "content": "vet: 2 issues in queue.go"}]}}
_WORDS = {"type": "text", "text": "vet flags the unkeyed struct literal; I will key the fields."}


@pytest.mark.parametrize("call", _CALLS)
def test_a_tool_call_alone_is_an_event_record(call: dict[str, object]) -> None:
    assert "prompt-record-json" not in _rules(json.dumps(call))
    assert "prompt-record-json" not in _rules(_j(call, _RESULT_AS_USER))


@pytest.mark.parametrize("call", _CALLS)
def test_a_tool_call_beside_the_models_words_is_its_turn(call: dict[str, object]) -> None:
    assert "prompt-record-json" in _rules(_j(call, _WORDS))
    assert "prompt-record-json" in _rules(json.dumps(call) + "\nThe queue drains twice; checking why.")


def test_a_message_of_tool_blocks_only_is_no_turn() -> None:
    assert not _rules(json.dumps(_RESULT_AS_USER))
    said = {"type": "user", "message": {"role": "user", "content": [
        {"type": "tool_result", "tool_use_id": "toolu_07k", "content": "ok"},
        {"type": "text", "text": "that worked, now explain why the vet check matters"}]}}
    assert _rules(json.dumps(said))


def test_an_agent_cli_call_and_its_result_alone_is_no_transcript() -> None:
    calls = "\u25cf Grep(drainQueue)\n  \u23bf  Found 3 files\n\u25cf Read(internal/queue.go)\n  \u23bf  Read 90 lines"
    assert "agent-cli-transcript" not in _rules(calls)
    assert "agent-cli-transcript" in _rules("> why is the queue drained twice?\n" + calls)
    assert "agent-cli-transcript" in _rules(calls + "\n\u25cf The drain runs in both the hook and the loop.")


def test_a_react_step_as_json_is_the_models_reasoning() -> None:
    step = {"thought": "The retry fires before the pool frees a connection, so it fails again.",
            "action": "read_file", "action_input": "db/pool.py"}
    assert "prompt-record-json" in _rules(json.dumps(step))
    plain = {"step": 4, "action": "read_file", "args": {"path": "db/pool.py"}, "observation": "exit 0"}
    assert not _rules(json.dumps(plain))
    assert not _rules(json.dumps({"thought_count": 2, "action": "deploy", "status": "done"}))


# -- speakers named in more languages ---------------------------------------------------------

FOREIGN_TURNS = [
    "\u0e1c\u0e39\u0e49\u0e43\u0e0a\u0e49: \u0e2d\u0e18\u0e34\u0e1a\u0e32\u0e22 DNS \u0e43\u0e2b\u0e49\u0e2b\u0e19\u0e48\u0e2d\u0e22\n"
    "\u0e1c\u0e39\u0e49\u0e0a\u0e48\u0e27\u0e22: DNS \u0e41\u0e1b\u0e25\u0e07\u0e0a\u0e37\u0e48\u0e2d\u0e40\u0e1b\u0e47\u0e19\u0e17\u0e35\u0e48\u0e2d\u0e22\u0e39\u0e48 IP",
    "\u03a7\u03c1\u03ae\u03c3\u03c4\u03b7\u03c2: \u03b3\u03c1\u03ac\u03c8\u03b5 \u03ad\u03bd\u03b1 \u03c0\u03bf\u03af\u03b7\u03bc\u03b1\n"
    "\u0392\u03bf\u03b7\u03b8\u03cc\u03c2: \u03a4\u03bf \u03c6\u03b8\u03b9\u03bd\u03cc\u03c0\u03c9\u03c1\u03bf \u03ad\u03c1\u03c7\u03b5\u03c4\u03b1\u03b9 \u03b1\u03c0\u03b1\u03bb\u03ac.",
    "U\u017eivatel: vysv\u011btli mi rekurzi | Asistent: Funkce vol\u00e1 sama sebe, dokud nedojde k z\u00e1kladu.",
    "\u041a\u043e\u0440\u0438\u0441\u0442\u0443\u0432\u0430\u0447: \u043d\u0430\u043f\u0438\u0448\u0438 \u0432\u0456\u0440\u0448\n"
    "\u0410\u0441\u0438\u0441\u0442\u0435\u043d\u0442: \u041e\u0441\u0456\u043d\u044c \u043f\u0440\u0438\u0439\u0448\u043b\u0430 \u0442\u0438\u0445\u043e.",
    "Anv\u00e4ndare: f\u00f6rklara rekursion kort\nAssistent: En funktion som anropar sig sj\u00e4lv.",
    "K\u00e4ytt\u00e4j\u00e4: selit\u00e4 rekursio\nAvustaja: Funktio kutsuu itse\u00e4\u00e4n, kunnes perustapaus t\u00e4yttyy.",
    "Felhaszn\u00e1l\u00f3: \u00edrj egy verset\nAsszisztens: Az \u0151sz csendben \u00e9rkezik a v\u00e1rosba.",
    "Utilizator: scrie o poezie scurt\u0103\nAsistent: Toamna vine lin peste ora\u0219.",
    "\u06a9\u0627\u0631\u0628\u0631: \u06cc\u06a9 \u0634\u0639\u0631 \u06a9\u0648\u062a\u0627\u0647 \u0628\u0646\u0648\u06cc\u0633\n"
    "\u062f\u0633\u062a\u06cc\u0627\u0631: \u067e\u0627\u06cc\u06cc\u0632 \u0622\u0631\u0627\u0645 \u0645\u06cc\u200c\u0622\u06cc\u062f.",
]


@pytest.mark.parametrize("text", FOREIGN_TURNS)
def test_speakers_named_in_the_users_language_make_a_transcript(text: str) -> None:
    assert "transcript-turns" in _rules(text)


@pytest.mark.parametrize("text", [
    "U\u017eivatel deploy nem\u00e1 pr\u00e1vo z\u00e1pisu do registry, opraveno v #88.",
    "Anv\u00e4ndare ser ett fel 502 efter deployen 2.4; rollback gjord.",
    "Utilizator nou pentru CI; asistent de migrare rulat pe staging.",
])
def test_the_same_words_in_a_note_stay_clean(text: str) -> None:
    assert not _rules(text)


# -- character n-grams for scripts written without blanks -------------------------------------


def test_a_thai_text_gives_character_grams_and_is_scored() -> None:
    thai = ("\u0e0a\u0e48\u0e27\u0e22\u0e40\u0e02\u0e35\u0e22\u0e19\u0e2d\u0e35\u0e40\u0e21\u0e25"
            "\u0e2a\u0e31\u0e49\u0e19\u0e46\u0e16\u0e36\u0e07\u0e25\u0e39\u0e01\u0e04\u0e49\u0e32")
    feats = classifier.features(thai)
    assert "~\u0e0a\u0e48\u0e27" in feats and "~\u0e0a\u0e48" in feats and "#sea" in feats
    assert classifier.eligible(thai)  # one run of 20 characters: no four blank-separated words
    assert not any(f.startswith("~") for f in classifier.features("ping the on-call about the 502s"))
    assert classifier.char_grams(["\u0e01\u0e02\u0e03"]) == {"~\u0e01\u0e02", "~\u0e01\u0e02\u0e03", "~\u0e02\u0e03"}


# -- the round-12 training corpus -------------------------------------------------------------


def test_train12_is_what_its_generator_writes(tmp_path: Path) -> None:
    (tmp_path / "privacy_train12").mkdir()
    for name in ["generate.py", *(p.name for p in TRAIN12.glob("_t12*.py"))]:
        shutil.copy(TRAIN12 / name, tmp_path / "privacy_train12" / name)
    subprocess.run([sys.executable, str(tmp_path / "privacy_train12" / "generate.py")], check=True, cwd=tmp_path)
    assert (tmp_path / "privacy_train12" / "corpus.jsonl").read_bytes() == (TRAIN12 / "corpus.jsonl").read_bytes()
    rows = [json.loads(line) for line in (TRAIN12 / "corpus.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 4000
    assert {r["label"] for r in rows} == {"prompt", "benign"}
    assert all(set(r) == {"text", "label", "category"} and r["text"].strip() for r in rows)


def test_train12_is_augmentation_never_a_held_out_unit() -> None:
    sys.path.insert(0, str(TESTS.parent / "bench"))
    try:
        import train_classifier as tc
    finally:
        sys.path.pop(0)
    assert ("train12", "privacy_train12") in tc.AUGMENT
    assert all(d != "privacy_train12" for _, d in tc.TRAINING)
    assert "train12" not in tc.load_corpora(augment=False)
    lines = tc.load_corpora()["train12"]
    assert len(lines) >= 4000
    chats = [x for x in lines if x.category == "c5_people_chat"]
    assert chats and all(x.label == "prompt" for x in chats)  # chat text, as the other corpora label it


# -- product copy under a resource file's key -------------------------------------------------


@pytest.mark.parametrize("text", [
    'banner: |\n  You have unsaved changes on this page. Leave anyway?',
    'title: "Your trial ends in 3 days. Upgrade to keep your boards."',
    '"empty_state": "Create a board to get started"',
    "Add your first integration to get started",
])
def test_copy_under_a_key_is_still_product_copy(text: str) -> None:
    assert "request-to-model" not in _rules(text)


def test_a_request_about_copy_under_a_key_stays_a_prompt() -> None:
    assert "request-to-model" in _rules('prompt: "Can you rewrite this tooltip so it sounds friendlier?"')


# -- one turn of a model, named as a speaker --------------------------------------------------


@pytest.mark.parametrize("text", [
    "Assistant: I'll start by reading the loader to see where the default timeout comes from.",
    "Asistente: Primero reviso el archivo de bloqueo y despu\u00e9s reinicio el servicio de colas.",
    "**Claude:** The migration fails because the index already exists; add IF NOT EXISTS to it.",
    "Assistente: O usu\u00e1rio pediu para manter a API p\u00fablica, ent\u00e3o vou manter a flag antiga.",
    "\u52a9\u624b\uff1a\u6211\u5148\u770b\u4e00\u4e0b\u914d\u7f6e\u6587\u4ef6\uff0c\u786e\u8ba4\u8d85\u65f6\u65f6\u95f4\u662f\u4ece\u54ea\u91cc\u6765\u7684\u3002",
])
def test_one_turn_of_a_named_model_is_its_output(text: str) -> None:
    assert "model-output-framed" in _rules(text)


@pytest.mark.parametrize("text", [
    "Assistant: Maria Lopez (ext. 4412)",
    "AI: Dana to update the runbook before the next release and share it with the team",
    "Bot: deploy of web-3 finished at 14:02 with zero errors and two warnings",
    "model: gpt-4o-mini; timeout_ms=7000; region: us-east-2; replicas: 3 for the batch job",
])
def test_a_short_or_other_label_is_no_model_turn(text: str) -> None:
    assert "model-output-framed" not in _rules(text)


# -- an agent narrating for its user ----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Hmm, the user asked for no new dependencies. Let me rewrite the parser with the stdlib only.",
    "The user explicitly wants the old endpoint kept, so I'll add the new one beside it.",
    "OK, the user said the flag must default to off. I need to flip it in config/defaults.toml.",
])
def test_an_agent_narrating_for_its_user_is_model_output(text: str) -> None:
    assert "agent-narration" in _rules(text)


@pytest.mark.parametrize("text", [
    "Next session: the user wants CSV export for the audit log; schema drafted in docs/audit.md.",
    "The user sees a 502 after login; reproduced on staging, cause is the stale session cookie.",
    "If the user asks for a refund twice, the second request is rejected (see refunds.py).",
])
def test_a_note_about_what_the_user_wants_stays_clean(text: str) -> None:
    assert "agent-narration" not in _rules(text)


# -- user stories -----------------------------------------------------------------------------


def test_a_user_story_is_not_scored_but_a_request_in_its_words_is() -> None:
    story = "As a support agent, I want to merge duplicate tickets, so that customers get one reply."
    assert not classifier.eligible(story)
    assert not classifier.eligible("Story: as an admin, I need audit logs per tenant so that SOC2 passes review.")
    assert classifier.eligible("As a support agent, I want you to draft a reply so that the customer calms down.")
    assert classifier.eligible("Act as a support agent and draft a reply, so that the customer calms down.")
