"""Issue 11, session 7: prompt and false-positive classes, each written from its description.

Classes (built here from made-up dialogue and random values, never a line of any corpus):

- transcripts whose turns are markdown headers (``## Human`` / ``## Assistant``), a header
  mark no longer read as part of the leading blank;
- speaker roles in parentheses or braces (``(user)``, ``{assistant}``), after a `` / `` or a
  symbol such as ``⏎``, with a parenthetical (``Agent (AI):``) or a bold close (``**You:**``),
  and model names with any version (``claude-opus-4``, ``qwen2.5-coder-32b``);
- role words of more languages (it, pl, nl, tr, id, vi, ko, zh, ar, he, hi);
- a literal ``\\n`` between turns (a JSON-escaped or flattened transcript);
- a transcript flattened onto one line with no punctuation before the model's label;

and benign look-alikes that must pass: a document's ``## User`` / ``## Model`` sections, code
that builds a message list from variables, a German sentence about where a password belongs
(its non-ASCII letters are not a password's symbols), and a user label followed by a field.
"""

from __future__ import annotations

import random
import string

import pytest

from handoff.privacy import scan_text

RND = random.Random(7011)


def _rules(text: str) -> set[str]:
    """The rule ids that fired, the trained classifier's aside: these classes must be caught by
    rules, whatever the model learns."""
    return {f.rule for f in scan_text(text)} - {"prompt-classifier"}


HEADER_TURNS = [
    "## Human\nwhy does my nightly job run twice?\n\n## Assistant\nTwo schedulers are enabled;"
    " turn off the one in the systemd timer.",
    "### User\ncan you shorten this paragraph for the release notes?\n### Assistant\nHere is a"
    " shorter version that keeps the two key points.",
]
NOTATION_TURNS = [
    "(user) what should I name the new queue service?\n(assistant) Something plain like"
    " job-runner tells readers what it does.",
    "{user} is it safe to delete the build cache folder?\n{assistant} Yes, it is rebuilt on"
    " the next run, only slower once.",
    "Operator: the deploy hangs at the migration step \u23ce Agent (AI): Check for a lock held"
    " by the previous release and release it.",
    "**You:** write a short changelog line for this fix / **ChatGPT:** Fixed the token refresh"
    " so sessions no longer expire early.",
    "[09:12] you: how do I list the open ports on this box?\n[09:13] claude-opus-4: Run ss -tlnp"
    " and read the Local Address column.",
    "[09:12] you: how do I list the open ports on this box?\n[09:13] qwen2.5-coder-32b: Run"
    " ss -tlnp and read the Local Address column.",
]
LANGUAGE_TURNS = [
    "Utente: come rinomino un ramo remoto senza perderlo?\nAssistente: Rinominalo in locale e"
    " poi fai push del nuovo nome.",
    "U\u017cytkownik: jak sprawdzi\u0107 wolne miejsce na dysku?\nAsystent: U\u017cyj"
    " polecenia df -h w terminalu.",
    "Pengguna: bagaimana cara menghapus cabang lokal yang lama?\nAsisten: Gunakan git branch"
    " -d dengan nama cabangnya.",
    "Kullan\u0131c\u0131: eski dallar\u0131 nas\u0131l silerim acaba?\nAsistan: git branch -d"
    " komutunu dal ad\u0131yla kullan\u0131n.",
    "Ng\u01b0\u1eddi d\u00f9ng: l\u00e0m sao xem c\u00e1c c\u1ed5ng \u0111ang m\u1edf?\n"
    "Tr\u1ee3 l\u00fd: D\u00f9ng l\u1ec7nh ss -tlnp \u0111\u1ec3 xem danh s\u00e1ch.",
    "\uc0ac\uc6a9\uc790: \ube4c\ub4dc \uce90\uc2dc\ub97c \uc5b4\ub5bb\uac8c \uc9c0\uc6b0\ub098"
    "\uc694?\n\uc5b4\uc2dc\uc2a4\ud134\ud2b8: \uce90\uc2dc \ud3f4\ub354\ub97c \uc0ad\uc81c"
    "\ud558\uace0 \ub2e4\uc2dc \ube4c\ub4dc\ud558\uc138\uc694.",
]
ESCAPED_TURNS = [
    "Benutzer: wie setze ich den Cache zur\u00fcck? \\n Assistent: L\u00f6sche den Ordner und"
    " baue neu.",
    "Operator: the container restarts every hour \\n Agent (AI): It is killed by the memory"
    " limit; raise it or fix the leak.",
]
ONE_LINE = [
    "USER: rename the parse helper and update every caller AI: The helper is now called"
    " read_header and all callers use it.",
    "me: make the lint job pass before the release please claude: I removed the unused imports"
    " and fixed the two type errors.",
    "Human: why is the second worker always idle here Assistant: The queue has one partition,"
    " so only one consumer gets messages.",
]


@pytest.mark.parametrize("text", HEADER_TURNS)
def test_header_turns_are_caught_by_rules(text: str) -> None:
    assert _rules(text)  # transcript-turns, or an overlapping prompt rule that wins the tie


@pytest.mark.parametrize("text", NOTATION_TURNS + LANGUAGE_TURNS + ESCAPED_TURNS + ONE_LINE)
def test_transcript_notations_are_caught_by_rules(text: str) -> None:
    assert "transcript-turns" in _rules(text)


def test_one_line_transcript_with_any_model_version() -> None:
    version = f"{RND.randint(2, 9)}.{RND.randint(0, 9)}"
    text = (f"You: explain the retry budget in this client code ChatGPT-{version}: The budget caps"
            " retries at a share of the requests.")
    assert "transcript-turns" in _rules(text)


BENIGN = [
    "## User\nThe user table holds accounts and their roles.\n\n## Model\nThe model layer maps"
    " rows onto dataclasses.",
    "### System\nThe system diagram lives in docs/arch.md and is updated quarterly.\n\n### Agent"
    "\nThe agent process reads the queue and writes results.",
    'history = [{"role": "system", "content": BASE_PROMPT}, {"role": "user", "content":'
    " question_text}]",
    "Das Passwort geh\u00f6rt in den Tresor, nicht in die Konfiguration.",
    "La contrase\u00f1a pertenece al gestor de secretos, nunca al repositorio.",
    "User: alice reported the timeout again today AI: none",
    "(a) the first option is cheaper to run\n(b) the second one is faster to build",
    "philosophy: keep modules small\nuser: alice, role admin",
]


@pytest.mark.parametrize("text", BENIGN)
def test_benign_look_alikes_pass(text: str) -> None:
    assert _rules(text) == set()  # (the trained model is judged by its own threshold rule)


def test_message_list_with_written_content_is_still_caught() -> None:
    text = ('[{"role": "system", "content": "Answer in one line."}, {"role": "user", "content":'
            ' question_text}]')
    assert "chat-messages-json" in _rules(text)


def test_random_password_with_question_mark_is_still_caught() -> None:
    body = "".join(RND.choice(string.ascii_letters) for _ in range(6))
    tail = "".join(RND.choice(string.ascii_uppercase) for _ in range(6))
    assert scan_text(f"pwd={body[:3]}?{body[3:]}{tail}")


FRAMED_OUTPUT = [
    "O assistente respondeu: Claro! O arquivo de lock fica em /tmp e pode ser removido com"
    " seguran\u00e7a.",
    "Odpowied\u017a modelu: Problem le\u017cy w tym, \u017ce pami\u0119\u0107 podr\u0119czna"
    " nie jest czyszczona po wdro\u017ceniu.",
    "Jawaban model: Masalahnya ada di cache yang tidak dibersihkan setelah deploy selesai.",
    "Asistan cevap verdi: Evet, bu g\u00f6\u00e7 geri al\u0131nabilir ama yaln\u0131zca yeni"
    " sat\u0131rlar yaz\u0131lmadan \u00f6nce.",
    "\u0410\u0441\u0441\u0438\u0441\u0442\u0435\u043d\u0442 \u043e\u0442\u0432\u0435\u0442\u0438"
    "\u043b: \u041f\u0440\u043e\u0431\u043b\u0435\u043c\u0430 \u0432 \u043a\u044d\u0448\u0435,"
    " \u043e\u0447\u0438\u0441\u0442\u0438\u0442\u0435 \u0435\u0433\u043e \u043f\u043e\u0441"
    "\u043b\u0435 \u0434\u0435\u043f\u043b\u043e\u044f \u0438 \u043f\u0435\u0440\u0435"
    "\u0437\u0430\u043f\u0443\u0441\u0442\u0438\u0442\u0435.",
    "\u6a21\u578b\u7684\u56de\u7b54\uff1a\u95ee\u9898\u5728\u4e8e\u7f13\u5b58\u6ca1\u6709\u5728"
    "\u90e8\u7f72\u4e4b\u540e\u88ab\u6e05\u7406\uff0c\u5efa\u8bae\u6bcf\u6b21\u53d1\u5e03\u540e"
    "\u6e05\u7a7a\u3002",
    "<assistant>The lock is held by the previous release; remove the stale file and restart"
    " the worker.</assistant>",
    "[assistant]\nThe pod is evicted because the node runs out of disk; prune old images on"
    " that node.",
    "mistral-large-2 answered:\nYes, the job is idempotent as long as the lock file is removed"
    " on exit.",
]


@pytest.mark.parametrize("text", FRAMED_OUTPUT)
def test_framed_model_output_is_caught_by_rules(text: str) -> None:
    assert _rules(text) & {"model-output-framed", "model-output-label"}


FRAMED_BENIGN = [
    "Antwort vom Modell: 200",  # a status, not something said
    "Resposta do modelo: ok",
    "<model>gpt-4o-mini</model>",
    "[assistant]\nenabled = true",
    "Modelo de datos: las tablas de pedidos y clientes viven en el esquema sales.",
]


@pytest.mark.parametrize("text", FRAMED_BENIGN)
def test_framed_look_alikes_pass(text: str) -> None:
    assert _rules(text) == set()


def _rand(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(RND.choice(alphabet) for _ in range(n))


@pytest.mark.parametrize("template", [
    "X-API-Key {v}",
    "proxy_set_header X-Api-Key {v};",
    "the webhook wants X-Auth-Token {v} on every call",
    "Private-Token {v}",
])
def test_header_name_then_value_is_caught(template: str) -> None:
    for value in (_rand(32, "0123456789abcdef"), _rand(28)):
        assert "header-name-value" in _rules(template.format(v=value))


@pytest.mark.parametrize("text", [
    "the X-API-Key header carries the tenant key",
    "set X-Api-Key to ${API_KEY}",
    "X-Request-Id 6f1c2b7e-0d3a-4b5e-9c8f-1a2b3c4d5e6f",
    "X-Forwarded-For 10.0.0.1, 10.0.0.2",
])
def test_header_look_alikes_pass(text: str) -> None:
    assert _rules(text) == set()


@pytest.mark.parametrize("noun", [
    "\u30d1\u30b9\u30d5\u30ec\u30fc\u30ba",  # ja passphrase
    "\u0643\u0644\u0645\u0629 \u0645\u0631\u0648\u0631",  # ar, without the article
    "\ud328\uc2a4\uc6cc\ub4dc",  # ko
])
def test_password_nouns_of_more_languages(noun: str) -> None:
    value = _rand(5, string.ascii_lowercase) + _rand(4, string.digits) + "-" + _rand(6)
    assert "secret-in-prose" in _rules(f"VPN {noun}: {value}")


@pytest.mark.parametrize("text", [
    "Thought 1: which service owns the failing queue?\nAct 1: search[queue owner]\nObs 1: the"
    " billing worker owns it.\nThought 2: check its last deploy.",
    "Pergunta: por que o job falha?\nPensamento: preciso ver os logs primeiro.\nA\u00e7\u00e3o:"
    " buscar_logs[job]\nObserva\u00e7\u00e3o: 12 erros depois do deploy",
    "Question: why is the cache cold? / Thought: look at the eviction log first. / Action:"
    " read_log[cache] / Observation: evictions every minute",
])
def test_react_steps_numbered_flattened_or_translated(text: str) -> None:
    assert "react-trace" in _rules(text)


@pytest.mark.parametrize("text", [
    "Action: restart the worker\nObs: the queue drained within a minute",
    "Meeting notes\nAction: dana to rotate the certs\nOwner: dana",
])
def test_react_look_alikes_pass(text: str) -> None:
    assert _rules(text) == set()


def test_digits_then_mixed_case_letters_are_not_a_unit() -> None:
    value = f"{RND.randint(100, 999)}wN+{_rand(8, string.ascii_letters)}+"
    assert "secret-in-prose" in _rules(f"{value} is the master password for the vault")


@pytest.mark.parametrize("text", ["the build takes 10ms per file, cache it", "returned 4xx for 2FA users"])
def test_units_after_digits_stay_words(text: str) -> None:
    assert _rules(text) == set()


@pytest.mark.parametrize("text", [
    "assistant: I will open the config loader and add the missing default.\ntool_call:"
    " read_file(path=\"app/config.py\")\ntool_result: 120 lines\nassistant: The default is"
    " missing on line 40; adding it now.",
    "assistant: Running the unit tests now.\ntool (shell): 3 failed, 88 passed\nassistant: The"
    " three failures all touch the cache key, so my last edit caused them.",
])
def test_agent_turns_around_tool_calls(text: str) -> None:
    assert "transcript-turns" in _rules(text)


@pytest.mark.parametrize("text", [
    "tool: ruff\nassistant: none configured",
    "user (admin) restarted the worker; tool: kubectl",
    "assistant: the on-call helper bot is paused this week\ntool: pagerduty",
])
def test_tool_look_alikes_pass(text: str) -> None:
    assert _rules(text) == set()


def test_bearer_token_with_twenty_one_leading_as() -> None:
    body = _rand(24) + "%3D" + _rand(50)
    assert "twitter-bearer-token" in _rules('{"token": "' + "A" * 21 + body + '"}')


@pytest.mark.parametrize("vendor", ["zendesk", "datadog", "twilio", "vercel"])
def test_vendor_name_alone_names_its_key(vendor: str) -> None:
    for value in (_rand(32, "0123456789abcdef"), _rand(40)):
        assert "vendor-named-value" in _rules(f"{vendor}={value} (staging)")
        assert "vendor-named-value" in _rules(f"chave do {vendor}: {value}")


@pytest.mark.parametrize("text", [
    "grafana: 10.4.2-ubuntu-jammy-2024",
    "pulumi=v3.112.0",
    "see twilio: docs/twilio-setup.md for the numbers",
    "merged together: 3f9a0c1d5e7b2a4c6d8e0f1a3b5c7d9e",
    "datadog_agent_version=7.52.0-ubuntu2204",
])
def test_vendor_look_alikes_pass(text: str) -> None:
    assert _rules(text) == set()


def test_password_named_in_one_clause_set_in_the_next() -> None:
    value = _rand(6, string.ascii_lowercase) + "-" + _rand(6) + "-" + _rand(6, string.digits)
    assert "secret-in-prose" in _rules(f"reset the admin password on db-2.example.net; it is now {value}")
    assert _rules("reset the admin password on db-2.example.net; it is now in the vault") == set()


def test_agent_cli_transcript() -> None:
    text = ("\u25cf Bash(make check)\n  \u23bf  1 failed, 12 passed\n\n\u25cf The parser test fails"
            " on an empty file; I'll add a guard.")
    assert "agent-cli-transcript" in _rules(text)


@pytest.mark.parametrize("text", [
    "\u25cf build: green\n\u25cf deploy: pending",
    "result \u23bf alone, with no tool call before it",
])
def test_agent_cli_look_alikes_pass(text: str) -> None:
    assert "agent-cli-transcript" not in _rules(text)
