# ruff: noqa: E501, RUF001
"""Issue 11, session 20 (prompts20): blind21's prompt misses, by class.

Classes (every text here is made up for this file, never a line of any corpus):

- ``model-output-cut`` (``cutshort``): a model's answer cut short under a capture's bare label
  (``response=``, ``out>``, ``completion (truncated):``) and a cut mark (``…``, ``[truncated]``,
  ``<cut>``, ``(N more chars)``); the same labels over a truncated log line, a JSON body, a
  command's output or a sentence that ends in three dots stay clean;
- ``transcript-turns`` (``peoplechat``): people chatting, copied out of a chat app with each
  name and time on a line of its own (``omar  12:04 PM``), exported as CSV rows
  (``timestamp,user,message``), under names in other scripts or with accents, with a role
  (``dev``) answering a person who comes back, or four turns back and forth with no question (in the chat app's shape only);
  the export's header with no messages, an audit log's CSV, a schedule of times, and an agent's
  own summary of a thread stay clean.

Each test pairs texts that must be caught with texts that must not, so each fails on the code
before this session (the rules did not exist).
"""

from __future__ import annotations

import pytest

from handoff.privacy import scan_text


def _rules(text: str) -> set[str]:
    return {f.rule for f in scan_text(text)}


CUT = [
    "response= Sure! The loop keeps a reference to `row` after the cursor closes, so copy the value out before you yield it, like th… [truncated]",
    "out> Certainly. A read replica lags because the WAL sender is throttled by your network link; check pg_stat_replication first and th…(212 more chars)",
    "completion (truncated): Here's the rewritten handler:\n\n    async def handle(req):\n        body = await req.json()\n        if not body.get(",
    "[bo@devbox api]$ tmux capture-pane -p\nout> Great question. A read lock lets many readers in at once, whereas a write lock keeps everyone else out until it is rel <cut>",
    "response= I'd start with the connection pool: your workers open a new client per request and never close it, which exhausts the file descri…",
    "out> To fix the flaky test, freeze the clock with a fixture and stop sleeping in the retry helper; the real delay makes the suite race the... [truncated]",
    "out> ¡Claro! El contenedor se reinicia porque la sonda de salud apunta al puerto equivocado. Cambia el puerto a 8080 y vuelve a despl…",
]
NOT_CUT = [
    "out> 2026-03-01T10:00:00Z INFO worker started, waiting for jobs on queue default, prefetch 10, concurrency 4, retries… [truncated]",
    'response= {"status": "ok", "items": [{"id": 17, "name": "alpha"}, {"id": 18, "name": "beta"}, {"id": 19, "na… [truncated]',
    "output: Compiling handoff-core v0.15.1 (/work/repo/core)\n   Compiling serde v1.0.210\n   Compiling tokio v1.40.0… (312 more chars)",
    "response= 502 Bad Gateway from upstream api.internal after 30s; retried twice, then gave up… [truncated]",
    "out> Here are the numbers so far... 212 passed, 3 failed, 9 skipped in 41.2s",
    "The capture cut the model's answer at 200 characters (`…(84 more chars)`); raise `max_chars` in the logger so the whole response is kept.",
    "answer: the migration is done, the index builds CONCURRENTLY in step 4 [truncated]",
]


@pytest.mark.parametrize("text", CUT)
def test_answer_cut_short_under_a_bare_label_is_caught(text: str) -> None:
    assert "model-output-cut" in _rules(text), text


@pytest.mark.parametrize("text", NOT_CUT)
def test_truncated_logs_and_notes_under_the_same_labels_stay_clean(text: str) -> None:
    assert "model-output-cut" not in _rules(text), text
    assert not scan_text(text), text


CHATS = [
    # a chat app copied from the screen: name and time above what was said (CRLF as copied)
    "nadia  10:02 AM\r\nis the staging db back?\r\nkofi  10:03 AM\r\nyes, restored from the 9am snapshot\r\nnadia  10:04 AM\r\nthanks!",
    "ci log follows\nbo  3:15 PM\nthe nightly failed again 🙃\nmei  3:16 PM\nsame flaky test\nbo  3:17 PM\nI'll quarantine it\nmei  3:18 PM\nplease do",
    "지수  11:20 AM\n리뷰 끝났나요?\n현우  11:21 AM\n네, 승인했어요\n지수  11:22 AM\n감사합니다",
    "Ahmet  4:40 PM\ncanary neden geri alındı?\nSelin  4:41 PM\nhata oranı yükseldi, log'lara bakıyorum",
    # exported as CSV rows
    'timestamp,user,message\n2026-02-03T09:10:00,nadia,"who restarted the queue worker?"\n2026-02-03T09:11:00,kofi,"me, it was stuck on a poison message"\n2026-02-03T09:12:00,nadia,"ok thanks"',
    'time,author,text\n09:10,Lena,"kannst du den Build neu starten?"\n09:12,Jonas,"läuft schon, danke für den Hinweis"',
    # names in another script or with an accent
    "[09:01] Inés: ¿quién cambió el timeout del balanceador?\n[09:02] Tomás: yo, perdón, lo revierto ahora\n[09:03] Inés: vale",
    "[14:02] خالد: هل تم دمج الفرع؟\n[14:03] ليلى: ليس بعد، المراجعة مستمرة",
    # a role answering a person who comes back
    "[10:40] mira: does anyone know why the arm64 image is twice the size?\n[10:41] ops: debug symbols are not stripped there\n[10:42] mira: ah ok, thanks",
    # four turns back and forth, no question, no "thanks"
    "theo  6:01 PM\nthe release branch is red\nana  6:02 PM\nwhich job\ntheo  6:03 PM\nthe e2e one, login step\nana  6:04 PM\nprobably the expired test cert, renewing it now",
]
NOT_CHATS = [
    "timestamp,user,message\n",
    "Export header for the chat archive: timestamp,user,message (one row per message, UTF-8, quoted).",
    'timestamp,user,action\n2026-02-03T09:10:00,dana,"deleted branch feature/x"\n2026-02-03T09:11:00,li,"merged PR 42"',
    'timestamp,user,message\n2026-02-03T09:10:00,svc-ingest,"flushed 77 events"\n2026-02-03T09:11:00,svc-billing,"invoice run done"',
    "Standup  09:30 AM\nPlanning  11:00 AM\nRetro  04:00 PM\nDemo  05:00 PM",
    "Summary of the #deploys thread: Nadia asked whether staging was back, Kofi confirmed it was restored from the 9am snapshot, and the team agreed to keep the snapshot job hourly.",
    "[10:32] nginx: worker process 41 exited on signal 9\n[10:33] redis: background save started\n[10:34] nginx: start worker process 57\n[10:35] redis: db saved on disk",
    "[09:00] dana: fixed the importer's gzip path\n[09:00] li: reviewed PR 42, left two comments\n[09:01] kofi: on-call handover done",
]


@pytest.mark.parametrize("text", CHATS)
def test_people_chatting_in_more_export_shapes_is_caught(text: str) -> None:
    assert "transcript-turns" in _rules(text), text


@pytest.mark.parametrize("text", NOT_CHATS)
def test_export_headers_logs_and_summaries_stay_clean(text: str) -> None:
    assert not scan_text(text), text


TRACED_CLI = [
    "+ cd /srv/app\n+ ollama run mistral 'Fasse dieses Protokoll in drei Punkten zusammen.'",
    "++ llm -m gpt-4o-mini 'Explica por qué falla esta prueba y propone un arreglo.'",
]
NOT_TRACED_CLI = [
    '+ ollama run mistral "$PROMPT"',
    "+ ollama pull mistral\n+ ollama list",
    '++ llm -m gpt-4o-mini "$(cat prompt.txt)" > out.md',
]


@pytest.mark.parametrize("text", TRACED_CLI)
def test_a_model_cli_in_a_set_x_trace_is_caught(text: str) -> None:
    assert "model-addressed" in _rules(text), text


@pytest.mark.parametrize("text", NOT_TRACED_CLI)
def test_a_traced_model_cli_without_a_request_stays_clean(text: str) -> None:
    assert "model-addressed" not in _rules(text), text


QA = [
    "Forwarding the thread.\n\n> > Q: my cron job runs twice after the DST change, any idea\n> > why it fires at 02:30 two times?\n> >\n> > A: Certainly. Cron reads local time, so the hour that repeats in autumn runs\n> > the job once in each copy of it; schedule it in UTC instead.",
    "Q: rewrite this query so it stops scanning the whole orders table\n\nA: Sure! Add a composite index on (customer_id, created_at) and filter on both columns, then the planner can use an index range scan.",
    "> Q: ¿Cómo evito que el contenedor se reinicie en bucle?\n>\n> A: ¡Claro! La sonda de salud usa el puerto 80, pero la aplicación escucha en el 8080; corrige el puerto en el manifiesto.",
]
NOT_QA = [
    "Q: Is the office open on Friday?\nA: Yes, from 9 to 14, and the parking garage closes at 15.",
    "Design review notes\nQ: why not use Kafka here?\nA: we already run NATS and the volume is small; revisit at 10k msg/s.",
    "Q: Can the importer read gzip?\nA: Here's the current state: gzip works, zstd does not yet (issue 212).",
]


@pytest.mark.parametrize("text", QA)
def test_a_model_answer_under_q_and_a_labels_is_caught(text: str) -> None:
    assert "qa-model-answer" in _rules(text), text


@pytest.mark.parametrize("text", NOT_QA)
def test_faq_and_review_notes_under_q_and_a_stay_clean(text: str) -> None:
    assert not scan_text(text), text


CHAT_CLI = [
    "\x1b[36m>>> Fasse die Änderungen dieses Commits in zwei Sätzen zusammen.\x1b[0m\nDer Commit ersetzt den globalen Lock durch einen pro Tabelle und ergänzt einen Test für parallele Schreiber.",
    ">>> Spiega perché questo test fallisce solo in CI.\nIl test dipende dal fuso orario della macchina: in CI è UTC, in locale è Europe/Rome, quindi la data cambia.",
]
NOT_CHAT_CLI = [
    ">>> import json\n>>> json.loads('{\"a\": 1}')\n{'a': 1}",
    "    >>> parse_duration('1h30m')\n    5400\n    >>> parse_duration('0s')\n    0",
    ">>> # the ratio of cache hits to misses over the last hour.\n>>> ratio\n0.75",
]


@pytest.mark.parametrize("text", CHAT_CLI)
def test_a_request_at_a_chat_cli_prompt_is_caught(text: str) -> None:
    assert "chat-cli-turn" in _rules(text), text


@pytest.mark.parametrize("text", NOT_CHAT_CLI)
def test_python_repl_and_doctests_stay_clean(text: str) -> None:
    assert not scan_text(text), text
