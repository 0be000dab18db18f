"""Issue 11, session 10: prompts in the carriers round 9's held-out report named, and the
false-positive class it named.

Classes (every text here is made up for this file, never a line of any corpus):

- a model's CLI called with a request in quotes, as shell history and CI steps hold it:
  ``llm "..."``, ``ollama run <model> "..."``, ``claude -p "..."``, ``codex exec "..."``,
  ``gh copilot suggest "..."``, ``echo "..." | ollama run <model>``, a ``curl`` to a chat API
  whose JSON holds the request (``model-addressed``, framing.py: the model called by name);
  the same CLIs with flags, paths, model names or a variable only stay clean;
- an agent's event records (a tool's result with an id, a flag and a byte count; an assistant
  turn's metadata with a stop reason and token counts; an MCP result of ``"12 matches"``) are
  no conversation record (``prompt-record-json``, cues.py flagged them); a model's own tool call
  (``"type": "tool_use"`` with its command) and a turn of two words are still one;
- the round-10 training corpus (``tests/privacy_train10``) is what its generator writes, and the
  trainer always trains on it and never holds it out.
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
CORPUS = TESTS / "privacy_train10"


def _rules(text: str) -> set[str]:
    """The rule ids that fired, the trained classifier's aside."""
    return {f.rule for f in scan_text(text)} - {"prompt-classifier"}


# -- a model CLI given a request -------------------------------------------------------------

CLI_PROMPTS = [
    'llm "rewrite the onboarding email so it sounds less formal"',
    '  812  ollama run mistral:7b "give me five names for a hiking club newsletter"',
    ': 1764661000:0;claude -p "find out why the nightly export skips the last invoice and fix it"',
    '$ codex exec --full-auto "migrate the settings page from class components to hooks"',
    'git diff HEAD~3 | llm -m gpt-4o-mini -s "summarise these commits for a changelog entry"',
    'gh copilot suggest -t shell "list every docker image older than thirty days"',
    'echo "translate the release notes below into plain Portuguese" | ollama run qwen2.5:7b',
    'sgpt --code "Schreib mir eine Funktion, die zwei sortierte Listen zusammenführt"',
    'gemini -p "用简单的语言解释一下什么是向量数据库以及它的用途"',
    "curl -s https://api.example.com/v1/chat/completions -d '{\"model\": \"m1\", \"messages\": "
    "[{\"role\": \"user\", \"content\": \"draft a polite note asking for the invoice again\"}]}'",
    "curl localhost:11434/api/generate -d '{\"model\": \"llama3\", \"prompt\": \"explain "
    "backpressure to a new teammate in three sentences\"}'",
    "- name: summary\n  run: |\n    aichat -m openai:gpt-4o \"write a two line summary of this "
    "pull request for the release channel\"",
]


@pytest.mark.parametrize("text", CLI_PROMPTS)
def test_a_model_cli_given_a_request_is_a_prompt(text: str) -> None:
    assert "model-addressed" in _rules(text)


CLI_BENIGN = [
    "ollama run llama3.1:8b", "ollama pull qwen2.5:14b && ollama list", "llm -m gpt-4o-mini < notes.txt",
    'claude -p "$PROMPT" --output-format json', 'gemini -p "$(cat .ci/prompt.md)"', "llm models list",
    'codex exec --full-auto -f tasks/upgrade.md', "curl -s http://localhost:11434/api/tags | jq '.models'",
    'git commit -m "bump llm to 0.19 and ollama to 0.5"', "mods --settings", 'aichat -r "coder"',
    "curl -s -d @request.json http://localhost:8080/v1/chat/completions | jq .usage",
]


def test_the_same_clis_with_flags_paths_and_model_names_stay_clean() -> None:
    """Session 12's real-text retraining flagged ``claude -p "$PROMPT" --output-format json``
    (the word "prompt" in a variable's name); retrained with blind12 and blind13 in session 13
    it is clean again, and stays in ``CLI_BENIGN`` with the rest."""
    assert [t for t in CLI_BENIGN if scan_text(t)] == []
    assert "model-addressed" in _rules(f"{CLI_BENIGN[0]}\n{CLI_PROMPTS[0]}")  # (one request in a history is enough)


# -- agent event records ---------------------------------------------------------------------

_RESULT = json.dumps({"type": "tool_result", "tool_use_id": "toolu_01xq8rW2", "is_error": False, "content_bytes": 2210})
_MCP = json.dumps({"jsonrpc": "2.0", "id": 4, "result": {"content": [{"type": "text", "text": "12 matches"}],
                                                         "isError": False}})
_USAGE = json.dumps({"type": "assistant", "message": {"role": "assistant", "model": "m-large",
                                                      "stop_reason": "tool_use",
                                                      "usage": {"input_tokens": 5120, "output_tokens": 88}}})
EVENTS = [
    f"{_RESULT}\n{_MCP}",
    _USAGE,
    json.dumps({"type": "function_call_output", "call_id": "call_9", "output": {"exit_code": 0, "bytes": 31}}),
    " ".join((_RESULT, _USAGE, json.dumps({"event": "session_end", "turns": 9, "tool_calls": 31, "cost_usd": 0.4}))),
]


_CALL = json.dumps({"type": "tool_use", "name": "bash", "input": {"command": "make lint"}})
_SAID = json.dumps({"type": "text", "text": "Lint fails on two files, fixing them now."})
_TURNS = json.dumps({"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "Hello!"}]})


@pytest.mark.parametrize("text", EVENTS)
def test_an_agent_event_record_is_no_conversation(text: str) -> None:
    assert "prompt-record-json" not in _rules(text)
    # a model's tool call beside its words, a two-word turn: still records (a call alone, with
    # only its command, is an event record since round 12)
    assert _rules(f"{_CALL}\n{_SAID}\n{text}") and _rules(_TURNS)


# -- the round-10 training corpus ------------------------------------------------------------


def test_train10_is_what_its_generator_writes(tmp_path: Path) -> None:
    copies = (("privacy_train9", ("_t9langs.py",)), ("privacy_train10", ("generate.py", "_t10langs.py")))
    for directory, names in copies:
        (tmp_path / directory).mkdir()
        for name in names:
            shutil.copy(TESTS / directory / name, tmp_path / directory / name)
    script = tmp_path / "privacy_train10" / "generate.py"
    subprocess.run([sys.executable, str(script)], check=True, cwd=tmp_path)
    assert (tmp_path / "privacy_train10" / "corpus.jsonl").read_bytes() == (CORPUS / "corpus.jsonl").read_bytes()
    rows = [json.loads(line) for line in (CORPUS / "corpus.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 3000
    assert {r["label"] for r in rows} == {"prompt", "benign"}
    assert all(set(r) == {"text", "label", "category"} and r["text"].strip() for r in rows)


def test_train10_is_augmentation_never_a_held_out_unit() -> None:
    sys.path.insert(0, str(TESTS.parent / "bench"))
    import train_classifier as tc

    assert ("train10", "privacy_train10") in tc.AUGMENT
    assert all(d != "privacy_train10" for _, d in tc.TRAINING)
    assert "train10" not in tc.load_corpora(augment=False)
