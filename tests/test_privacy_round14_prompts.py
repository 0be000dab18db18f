"""Round 14, prompt side: attribution (a model's answer pasted under its name, a question put
to a named model, the user's request quoted) and team chat that addresses a colleague by name.

The texts are written for these tests (not taken from a corpus): each positive names the
speaker the way an agent's note does; each benign twin says the same thing as a paraphrase or
to a person.
"""

from __future__ import annotations

import pytest

from handoff.privacy import scan_text

PASTED_MODEL_OUTPUT = [
    "Mixtral-8x7b wrote the retry wrapper for us, pasting it here before we wire it in:\n"
    "Wrap the call in a loop with exponential backoff and jitter. Stop after five attempts and "
    "re-raise the last error so the caller still sees the cause.",
    "The index plan Claude suggested (copying it so we can compare later):\n"
    "Create the index concurrently, then drop the old one in a second migration. That way the "
    "table never takes an exclusive lock during business hours.",
    "qwen2.5:32b says: The cache is keyed by the user id only, so two tenants share entries. "
    "Add the tenant to the key and flush the cache once after deploying.",
    "Gemini explained the rollback like this, which was useful: First pin the previous image "
    "tag in the values file. Then run the upgrade with the atomic flag so a failure reverts it.",
]

ASKED_A_NAMED_MODEL = [
    "Q (gemma2:27b): why is the nightly export twice as slow since Monday?\n"
    "A: The export now sorts in memory because the index on created_at was dropped.",
    "Q to the assistant: should the worker retry on a 409 from the ledger?\n"
    "A: No. A 409 means the write already landed; retrying duplicates the entry.",
    "me -> o4-mini: how do I make the importer skip rows with a bad date?\n"
    "o4-mini -> me: Parse the date in a try block and collect failures in a reject list.",
    "Question for the assistant: compare the two queue libraries and list only the differences "
    "that matter for at-least-once delivery.",
]

USER_REQUEST_QUOTED = [
    "Session 41. The user asked: 'make the upload page accept files over 2 GB and show progress'. "
    "Started on the chunked upload; tests for the resume path are next.",
    "user said -> stop touching the public API and only change the settings module please",
    "The user's request (verbatim): rewrite the onboarding email so it sounds less formal and "
    "mention the free trial",
    "verbatim request: get the docker build under five minutes without dropping the test stage",
]

COLLEAGUE_ASKS = [
    "@marta.l can you check whether the migration locks the orders table on your staging copy? "
    "It didn't on mine.",
    "@dev_ops-jo could you take the redis bump? It touches the client you wrote.",
    "Henrik, how do we keep the cron from running twice after a failover? You know that part "
    "better than I do.",
    "Can you rebase on main? a41c9e2 touched the same handler.",
]

BENIGN_TWINS = [
    "Claude suggested creating the index concurrently; we did that and dropped the old one in "
    "the next migration.",
    "The user wants the upload page to accept files over 2 GB; chunked upload is in progress.",
    "Asked the assistant about the 409 retry and went with not retrying, since the write lands.",
    "Q: why is the nightly export slow?\nA: the created_at index was dropped; restored it in 0042.",
    "Per the user, the public API stays as it is; only the settings module changed in 0043.",
]


@pytest.mark.parametrize("text", PASTED_MODEL_OUTPUT + ASKED_A_NAMED_MODEL + USER_REQUEST_QUOTED)
def test_attributed_prompt_text_is_rejected(text: str) -> None:
    assert any(f.rule for f in scan_text(text)), text


@pytest.mark.parametrize("text", COLLEAGUE_ASKS + BENIGN_TWINS)
def test_colleague_asks_and_paraphrases_are_accepted(text: str) -> None:
    assert not scan_text(text), [f.rule for f in scan_text(text)]


@pytest.mark.parametrize("text", [
    "@claude can you write a haiku about the flaky test and tell me what rhymes with retry?",
    "@review-bot can you explain the difference between a mutex and a semaphore?",
    "Copilot, can you write a Python function that merges two sorted lists?",
])
def test_a_model_addressed_by_name_is_still_a_request(text: str) -> None:
    assert scan_text(text), text


PEOPLE_CHATTING = [
    "4/3/26, 9:02 - Rosa: did the backup job finish last night? 4/3/26, 9:03 - Kofi: yes, all green",
    "[9:14] <tarik> can you merge mine first?\n[9:15] <lin> ok, after the build",
    "[15:01] bea: are you on call this weekend?\n[15:02] dmitri: no, next one",
    "16:20 - Ayla: thanks for the fix / 16:21 - Ben: sure, ping me if it comes back",
]

PEOPLE_REPORTING = [
    "standup: [9:31] Rosa: finished the backup job migration ; [9:40] Kofi: disk on db-12 at 80 %, cleanup planned",
    "[10:02] INFO: worker started\n[10:03] WARN: retrying upload\n[10:04] ERROR: upload failed",
    "[14:10] reviewer: should #88 wait for the freeze?\n[14:11] author: merging after the cut",
]


@pytest.mark.parametrize("text", PEOPLE_CHATTING)
def test_time_stamped_people_chatting_is_rejected(text: str) -> None:
    assert scan_text(text), text


@pytest.mark.parametrize("text", PEOPLE_REPORTING)
def test_status_digests_logs_and_role_logs_are_accepted(text: str) -> None:
    assert not scan_text(text), [f.rule for f in scan_text(text)]


EMAILS = [
    "Subject: Re: nightly export\n\nHi Tomas,\n\nthe export finished at 04:10 and the numbers match.\n\n"
    "Cheers,\nAnke",
    "Dear Mr Okafor,\n\nthank you for the quick reply. We will move the maintenance window to Sunday.\n\n"
    "Kind regards,\nLea",
    "Works for me.\n\nThanks,\nJun\n\nOn Tue, 3 Mar at 09:12, Pablo Ruiz wrote:\n"
    "> can we move the cutover to Thursday?",
]

NOT_EMAILS = [
    "Subject: Your export is ready\n\nHi {{ user.first_name }},\n\nyour export finished.\n\nThanks,\nThe team",
    "Hi all,\n\nthe 2.3 release is planned for next week; send patches before Friday.\n\nThanks,\nKatrin",
    "Sent the export numbers to Tomas by e-mail; he confirmed they match.",
]


@pytest.mark.parametrize("text", EMAILS)
def test_an_email_between_people_is_rejected(text: str) -> None:
    assert scan_text(text), text


@pytest.mark.parametrize("text", NOT_EMAILS)
def test_templates_list_posts_and_mentions_are_accepted(text: str) -> None:
    assert not scan_text(text), [f.rule for f in scan_text(text)]


ERROR_PLUS_ASK = [
    "KeyError: 'tenant_id'\n\ncan you fix it",
    "seeing this after the upgrade: redis.exceptions.TimeoutError: Timeout reading from socket. any idea?",
    "IndexError: list index out of range ??",
    "why do I get `BrokenPipeError: [Errno 32] Broken pipe` when the job streams to stdout",
]

ERROR_NOTED = [
    "KeyError: 'tenant_id' in the importer is expected for legacy rows; they are skipped and counted.",
    "Blocked by: redis.exceptions.TimeoutError on the staging cluster. Workaround: raise the socket timeout.",
    "IndexError: list index out of range, reproduced with test_pager_empty; cause is the empty last page.",
]


@pytest.mark.parametrize("text", ERROR_PLUS_ASK)
def test_an_error_with_a_request_to_fix_it_is_rejected(text: str) -> None:
    assert scan_text(text), text


@pytest.mark.parametrize("text", ERROR_NOTED)
def test_an_error_noted_with_its_cause_is_accepted(text: str) -> None:
    assert not scan_text(text), [f.rule for f in scan_text(text)]


QUOTED_IN_THE_USERS_VOICE = [
    "First message of the session: Make the exporter skip archived projects by default.",
    'note: the user typed "ok now do the same for the worker config" and went to lunch',
    "> Add a retry around the S3 upload and log each attempt.\n\u2014 the user, Tuesday",
    "Request, kept in the user's language: Bitte die Logs auf JSON umstellen.",
]

PARAPHRASED = [
    "Open item: the user asked about retries around the S3 upload. Not started.",
    "User follow-up: fix confirmed by the user; the empty-file case is still open.",
    "Request, translated from German: logs should be JSON; done in #412.",
]


@pytest.mark.parametrize("text", QUOTED_IN_THE_USERS_VOICE)
def test_the_users_words_quoted_under_a_label_are_rejected(text: str) -> None:
    assert scan_text(text), text


@pytest.mark.parametrize("text", PARAPHRASED)
def test_a_paraphrase_of_the_user_is_accepted(text: str) -> None:
    assert not scan_text(text), [f.rule for f in scan_text(text)]
