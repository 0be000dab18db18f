# ruff: noqa: E501, RUF001  (sentences of other languages, one a line)
"""Issue 11, session 13 (prompts): classes named from the leave-one-corpus-out misses of blind7,
blind9, blind11 and blind13 and from blind13's false positives, once blind12-13 became
development data.

Classes (every text here is made up for this file, never a line of any corpus):

- a qualified ``model`` label (``Main model:``, ``weak model:``) names a setting, never a
  speaker: a chat tool's banner of fields is no transcript;
- a model's review, patch or comment attributed to it under a label (``Review from <model> on
  PR #12:``, ``<model> review:``, ``Proposed patch (from the assistant):``), and an answer
  copied "from the other session";
- a one-line transcript in brackets (``[user] ... [assistant] ...``);
- a coding agent's persona (``You are an autonomous coding agent ...``);
- output-format and persona phrases in more languages ("answer only with the code", "you are an
  experienced reviewer", a system prompt's label);
- an agent's record of what its user typed: a prompt-submit hook's payload, a CLI's prompt
  history line, a chat request inside a notebook cell's escaped JSON;
- ``opencode run`` and ``aider --message`` with a quoted request; a model CLI's quoted request
  that goes on with the data it is about (``claude -p "List the risks.\\n\\n$diff"``);
- a command line of flags, variables and paths (``claude -p "$PROMPT" --output-format json``)
  is not scored by the classifier: it says nothing, whatever its variables are called;
- a chat app's export between people (``[9:12 AM] Ilse: ...``, IRC's ``<ilse> ...``): chat text;
- what a model "came back with" or "answered", under that label;
- aider's chat history (``#### `` lines under its banner) and input history (``+`` lines under a
  timestamp comment);
- a model's turn whose label stands on a line of its own (``Assistant:`` then the body);
- a summary of a conversation between a user and a model (an agent's compacted context);
- a model API's traffic: a notebook cell that prints a model's answer, with its output; a request body (``"model"`` beside ``"prompt"``/``"inputText"``), the
  chunks of a streamed answer, a tracer's ``gen_ai.prompt.0.content=`` or a gateway's
  ``model=... prompt="..."``;
- the round-13 training data (``tests/privacy_train13``) is what its generator writes, and the
  trainer always trains on it.
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
TRAIN13 = TESTS / "privacy_train13"


def _rules(text: str) -> set[str]:
    """The rule ids that fired, the trained classifier's aside."""
    return {f.rule for f in scan_text(text)} - {"prompt-classifier"}


# -- a qualified "model" label is a setting --------------------------------------------------

BANNERS = [
    "> Tessel v2.4.1\n> Main model: claude-sonnet-9 with whole edit format\n> Git repo: .git with 812 files",
    "> Weak model: gemini-flash-9 with the udiff format\n> Repo map: 2048 tokens, auto refresh",
]


@pytest.mark.parametrize("text", BANNERS)
def test_a_tool_banner_naming_its_models_is_not_a_transcript(text: str) -> None:
    assert "transcript-turns" not in _rules(text)


def test_a_model_speaking_is_still_a_turn() -> None:
    text = "Me: why does the importer skip the last row of the csv?\nModel: Because the loop stops one short of the length; use range(len(rows)) there."
    assert "transcript-turns" in _rules(text)


# -- a model's review, patch or answer under a label -------------------------------------------

ATTRIBUTED = [
    "Review from Claude on PR #8812:\n**Possible bug:** `merge_ranges` drops the last range when the input is sorted in reverse. Consider sorting first and adding a test.",
    "Copilot review: the handler reads the body twice, which fails for streamed requests. Read it once and pass the bytes down to the parser.",
    "Review from gemini-review-bot[bot] on PR #77:\nThe migration adds a NOT NULL column without a default, so it will fail on tables that already have rows.",
    "Review from Automated review (LLM) on PR #310:\nThe token is compared with == which leaks timing; I suggest hmac.compare_digest for the check.",
    "Proposed patch (from the assistant):\nThis closes the cursor in a finally block so the connection returns to the pool even when the query raises.",
    "Review from lintly-ai[bot] on PR #90:\nNice work! A few suggestions: the retry loop could use the shared backoff helper instead of its own sleep.",
    "Review from 🤖 Review bot on PR #91:\nThis PR moves the cache into its own module. Overall the changes look good and the tests cover the new path.",
        "Pasting the answer from the previous session here:\nThe worker stalls because the prefetch count is zero, so the broker never delivers a second message. Set it to ten.",
]
ATTRIBUTED_NEAR = [
    "Review from Dana on PR #12: the lock handling looks fine to me now, but please add a test for the empty case before merging.",
    "The fix from the ops team: restart the worker after the deploy so that it picks up the new config file from the volume.",
    "Copilot review is enabled on this repo; its comments are advisory and never block a merge.",
    "Review from renovate[bot] on PR #12:\nThis PR updates lodash from 4.17.20 to 4.17.21 and regenerates the lockfile for the project.",
]


@pytest.mark.parametrize("text", ATTRIBUTED)
def test_a_models_review_or_answer_under_a_label_is_model_output(text: str) -> None:
    assert "model-output-label" in _rules(text)


@pytest.mark.parametrize("text", ATTRIBUTED_NEAR)
def test_a_persons_review_or_a_teams_fix_stays_clean(text: str) -> None:
    assert scan_text(text) == []


# -- one-line transcripts in brackets ----------------------------------------------------------

def test_a_one_line_transcript_in_brackets_is_a_transcript() -> None:
    text = "[user] the export job hangs after the third batch, any idea why [assistant] The writer never flushes its buffer, so the pipe fills and blocks."
    assert "transcript-turns" in _rules(text)


def test_bracketed_build_steps_stay_clean() -> None:
    assert scan_text("[build] step 3 failed with exit code 2 [ci] retrying the job on a fresh runner now") == []


# -- a coding agent's persona ------------------------------------------------------------------

def test_a_coding_agent_persona_is_a_system_prompt() -> None:
    text = "You are an autonomous coding agent in the repository umber/relay. Run the linters before you commit and never force-push."
    assert "system-prompt" in _rules(text)


def test_a_note_about_the_coding_agent_stays_clean() -> None:
    assert scan_text("The coding agent runs nightly; if you are an on-call engineer, check its log.") == []


# -- output-format and persona phrases in more languages ---------------------------------------

FOREIGN = [
    "Herschrijf de parser in lib/scan.rb zodat hij streamt. Antwoord alleen met de code.",
    "Skriv om importen i src/load.py så att den strömmar. Svara bara med koden.",
    "Przepisz parser w lib/scan.rb, żeby działał strumieniowo. Odpowiedz tylko kodem.",
    "Перепиши парсер в lib/scan.rb, чтобы он работал потоково. Ответь только кодом.",
    "lib/scan.rb içindeki ayrıştırıcıyı akış halinde çalışacak şekilde yeniden yaz. Sadece kodla cevap ver.",
    "Du är en erfaren granskare. Läs lib/scan.rb och lista alla fel.",
    "lib/scan.rb의 파서를 스트리밍 방식으로 바꿔 줘. 코드만 답해 줘.",
    "Réécris le parseur de lib/scan.rb en flux. Réponds uniquement avec le code.",
    "Jsi zkušený správce databází. Projdi schema.sql a navrhni indexy.",
    "Είσαι έμπειρος διαχειριστής βάσεων. Διάβασε το schema.sql και πρότεινε ευρετήρια.",
    "Ти помічник служби підтримки relay. Відповідай коротко й не вигадуй фактів.",
    "Systemprompt: agera som en noggrann granskare av SQL-frågor.",
    "Systeeminstructie: antwoord alleen met feiten uit de meegeleverde documentatie.",
    "Je bent de helpdesk-assistent van relay. Wees vriendelijk en kort.",
]
FOREIGN_NEAR = [
    "De parser in lib/scan.rb streamt nu; de code staat in PR #31.",
    "Importen i src/load.py strömmar nu, PR #31 väntar på granskning.",
    "Parser w lib/scan.rb działa już strumieniowo, PR #31 czeka na review.",
    "Als je bent de eigenaar van de repo, kun je de branch beschermen.",
    "Schema.sql prošel revizí, indexy jsou v PR #31.",
    "Der Systemprompt wird aus config/system.md geladen und ist versioniert.",
    "const msgs = [{ role: 'system', content: systemPrompt }, { role: 'user', content: input.text }];",
]


@pytest.mark.parametrize("text", FOREIGN)
def test_output_format_and_persona_phrases_in_more_languages(text: str) -> None:
    assert "prompt-other-language" in _rules(text)


@pytest.mark.parametrize("text", FOREIGN_NEAR)
def test_the_same_work_as_a_note_stays_clean_of_the_phrase_rule(text: str) -> None:
    assert "prompt-other-language" not in _rules(text)


# -- an agent's record of what its user typed --------------------------------------------------

_REQUEST = "Herschrijf de parser in lib/scan.rb zodat hij streamt en leg uit waarom."


def test_a_prompt_submit_hooks_payload_is_a_prompt_record() -> None:
    text = json.dumps({"session_id": "9c1e-77", "cwd": "/home/dev/relay", "hook_event_name": "UserPromptSubmit",
                       "prompt": "rename the parser module and keep the old import path working"})
    assert "prompt-record-json" in _rules(text)
    text = json.dumps({"session_id": "9c1e-77", "cwd": "/home/dev/relay", "hook_event_name": "UserPromptSubmit",
                       "prompt": _REQUEST})
    assert "prompt-record-json" in _rules(text)


def test_a_cli_prompt_history_line_is_a_prompt_record() -> None:
    text = json.dumps({"session_id": "0f3a-12", "ts": 1771000000, "text": _REQUEST})
    assert "prompt-record-json" in _rules(text)


def test_a_chat_request_in_a_notebook_cells_escaped_json_is_a_prompt_record() -> None:
    source = 'out = client.chat(model="orca-large-2", messages=[{"role": "user", "content": "' + _REQUEST + '"}])'
    text = json.dumps({"cell_type": "code", "source": [source], "outputs": []})
    assert "prompt-record-json" in _rules(text)


RECORDS_NEAR = [
    json.dumps({"session_id": "9c1e-77", "cwd": "/home/dev/relay", "hook_event_name": "Stop", "stop_hook_active": False}),
    json.dumps({"session_id": "0f3a-12", "ts": 1771000000, "event": "compact", "text": "compacted twelve facts into three for the next session"}),
]


@pytest.mark.parametrize("text", RECORDS_NEAR)
def test_other_session_records_stay_clean(text: str) -> None:
    assert "prompt-record-json" not in _rules(text)


# -- opencode run / aider --message --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    f'opencode run --model acme/orca-large-2 "{_REQUEST}"',
    f'aider --model orca --message "{_REQUEST}"',
])
def test_more_model_clis_with_a_quoted_request(text: str) -> None:
    assert "model-addressed" in _rules(text)


@pytest.mark.parametrize("text", ['opencode run --model acme/orca-large-2 "$TASK"', "aider --yes --model orca src/app.py"])
def test_the_same_clis_without_a_request_stay_clean(text: str) -> None:
    assert scan_text(text) == []


# -- aider's history files ---------------------------------------------------------------------

def test_aiders_chat_history_user_line_is_a_prompt() -> None:
    text = f"# aider chat started at 2026-03-02 10:11:12\n\n#### {_REQUEST}"
    assert "transcript-turns" in _rules(text)


def test_aiders_input_history_entry_is_a_prompt() -> None:
    text = f"# 2026-03-02 10:11:12.402113\n+{_REQUEST}"
    assert "transcript-turns" in _rules(text)


@pytest.mark.parametrize("text", [
    "#### Installation\nRun make install, then copy the sample config into place.",
    "diff --git a/NOTES.md b/NOTES.md\n@@ -1,2 +1,3 @@\n # Release notes\n+Fixed the retry loop in the store so it backs off.",
])
def test_headings_and_diffs_stay_clean(text: str) -> None:
    assert "transcript-turns" not in _rules(text)


# -- a model's turn under a label line of its own ----------------------------------------------

def test_an_assistant_label_on_its_own_line_then_the_body() -> None:
    text = "Assistant:\nThe import fails on Windows because the path is joined with a slash; I switched to pathlib and the job is green."
    assert "model-output-framed" in _rules(text)


def test_an_assistant_section_of_a_config_stays_clean() -> None:
    assert "model-output-framed" not in _rules("assistant:\n  model: orca-large-2\n  temperature: 0.2")


# -- a summary of a conversation ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Summary of the conversation so far: the user asked to move the cron jobs to the queue. I explained the retry semantics and they agreed.",
    "Previous session summary: 1. User reported a 502 after login. 2. Assistant traced it to the proxy timeout. 3. User asked for a test.",
])
def test_a_conversation_summary_is_chat_text(text: str) -> None:
    assert "conversation-summary" in _rules(text)


@pytest.mark.parametrize("text", [
    "Session summary: fixed the flaky lock test, merged #412; the user wants gzip next.",
    "Summary of the incident: the proxy timed out after the deploy; rolled back at 14:02.",
])
def test_a_session_or_incident_summary_stays_clean(text: str) -> None:
    assert "conversation-summary" not in _rules(text)


# -- a model API's traffic ----------------------------------------------------------------------

API = [
    json.dumps({"model": "orca-large-2", "prompt": "why does the thumbnailer time out only behind the proxy?", "stream": False}),
    json.dumps({"inputText": "explain why the ledger job double counts refunds", "textGenerationConfig": {"maxTokenCount": 256}}),
    "\n\n".join("data: " + json.dumps({"choices": [{"index": 0, "delta": {"content": c}}]})
                for c in ("The ledger job ", "counts refunds twice because ", "the retry replays the batch.")),
    "\n".join(json.dumps({"model": "orca", "response": c, "done": False})
              for c in ("First, the retry ", "replays the whole batch, ", "so refunds count twice.")),
    'INFO gateway model=orca-large-2 latency_ms=812 prompt="why does the ledger job count refunds twice?"',
    'span chat gen_ai.request.model=orca gen_ai.prompt.0.content="explain the refund double count in the ledger job"',
]
API.append(json.dumps({"cell_type": "code", "source": ["print(resp.choices[0].message.content)"], "outputs": [
    {"output_type": "stream", "name": "stdout", "text": ["The ledger job counts refunds twice because the retry replays the batch."]}]}))
API_NEAR = [
    json.dumps({"cell_type": "code", "source": ["print(df.head())"], "outputs": [
        {"output_type": "stream", "name": "stdout", "text": ["   id  name  total\n0   1  ada   12"]}]}),
    json.dumps({"model": "orca-large-2", "prompt": "prompts/review.txt", "temperature": 0.2}),
    json.dumps({"model": "orca-large-2", "prompt": "{{ task }}", "stream": True}),
    'level=info msg="request done" response="200 OK from the upstream cache" latency=12ms',
    'INFO cli prompt="Enter the name of the new project" shown=true',
]


@pytest.mark.parametrize("text", API)
def test_a_model_apis_request_stream_or_trace_is_a_prompt_record(text: str) -> None:
    assert "prompt-record-json" in _rules(text)


@pytest.mark.parametrize("text", API_NEAR)
def test_api_config_and_log_lines_without_a_request_stay_clean(text: str) -> None:
    assert "prompt-record-json" not in _rules(text)


# -- a model CLI's request followed by the data it is about ------------------------------------

def test_a_model_cli_request_whose_quote_goes_on_with_data() -> None:
    text = 'diff=$(git diff origin/main...HEAD)\nclaude -p "List the risky changes in this diff, one a line.\n\n$diff" > risks.md'
    assert "model-addressed" in _rules(text)


def test_a_model_cli_with_only_variables_in_its_quote_stays_clean() -> None:
    assert "model-addressed" not in _rules('claude -p "$TASK\n$diff" > risks.md')


# -- a bare command line is not scored ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    'claude -p "$PROMPT" --output-format json',
    'ollama run "$MODEL" --verbose --format json < "$PROMPT_FILE"',
])
def test_a_command_of_flags_and_variables_is_not_scored_by_the_classifier(text: str) -> None:
    assert not classifier.eligible(text)
    assert scan_text(text) == []


@pytest.mark.parametrize("text", [
    "please -- just answer the question I asked you",
    "Summarize the release notes for me - keep it short and friendly",
])
def test_prose_with_a_dash_is_still_scored(text: str) -> None:
    assert classifier.eligible(text)


# -- a chat exported between people ------------------------------------------------------------

CHATS = [
    "[3/4/2026 9:12 AM] Ilse: is the staging db back?\n[3/4/2026 9:15 AM] Ravi: yes, I restarted it an hour ago",
    "[14:02] Ilse: coffee? // [14:03] Ravi: five minutes, finishing a review",
    "<ilse> did you bump the lockfile on main\n<ravi> no, I only touched the docs",
]
CHAT_NEAR = [
    "[10:03:12] Kafka: connected to broker 3\n[10:03:15] Redis: ready to accept connections",
    "[10:03:12] Build: started\n[10:03:15] Deploy: done, 3 hosts updated",
    "<ul> first item\n<li> second item",
]


@pytest.mark.parametrize("text", CHATS)
def test_a_chat_export_between_people_is_chat_text(text: str) -> None:
    assert "transcript-turns" in _rules(text)


@pytest.mark.parametrize("text", CHAT_NEAR)
def test_time_stamped_log_lines_and_markup_stay_clean(text: str) -> None:
    assert "transcript-turns" not in _rules(text)


def test_what_a_model_came_back_with_is_model_output() -> None:
    text = "orca came back with: > No. The two jobs share one lock file, so the second waits until the first one exits."
    text = text.replace("orca", "gemini")
    assert "model-output-label" in _rules(text)


# -- the round-13 training data ----------------------------------------------------------------

def test_train13_is_what_its_generator_writes(tmp_path: Path) -> None:
    for name in [p.name for p in TRAIN13.glob("*.py")]:
        shutil.copy(TRAIN13 / name, tmp_path / name)
    subprocess.run([sys.executable, str(tmp_path / "generate.py")], check=True, capture_output=True)
    assert (tmp_path / "corpus.jsonl").read_bytes() == (TRAIN13 / "corpus.jsonl").read_bytes()


def test_train13_is_always_trained_on_and_never_held_out() -> None:
    sys.path.insert(0, str(TESTS.parent / "bench"))
    try:
        import train_classifier as tc
    finally:
        sys.path.pop(0)
    assert ("train13", "privacy_train13") in tc.AUGMENT
    assert all(d != "privacy_train13" for _, d in tc.TRAINING)
    rows = [json.loads(line) for line in (TRAIN13 / "corpus.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {r["label"] for r in rows} == {"prompt", "benign"}
    assert len({r["text"] for r in rows}) == len(rows)
