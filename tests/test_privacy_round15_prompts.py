"""Round 15, prompt side: who speaks in a note. A quotation framed as speech that speaks to a
listener (the user's request quoted in any language, a model's reply pasted under a label),
people taking turns without time stamps, and documentation's conditional advice.

The texts are written for these tests (not taken from a corpus): each positive quotes someone
speaking to someone; each benign twin is an agent's own report, a quoted value, product copy or
documentation.
"""

from __future__ import annotations

import pytest

from handoff.privacy import scan_text

QUOTED_REQUESTS = [
    "Deploy of the reports service is blocked on the quota.\n"
    "User: \u201cCan you find out why the nightly sync skips archived rows? Do not touch the schema.\u201d",
    "Kundenwunsch unklar. Nutzer: \u201eBitte schreib den Parser so um, dass du leere Zeilen ignorierst.\u201c",
    "La sincronizaci\u00f3n falla los lunes. Usuario: \u00abrevisa el cron y dime por qu\u00e9 no corre\u00bb",
    "\u30e6\u30fc\u30b6\u30fc\u306e\u4f9d\u983c\uff1a\u300c\u30ed\u30b0\u3092\u898b\u3066\u539f\u56e0\u3092\u6559\u3048\u3066\u304f\u3060\u3055\u3044\u300d",
    "\"Could you keep the old endpoint alive until March? The mobile app still calls it.\" \u2014 user",
    "Kullan\u0131c\u0131n\u0131n iste\u011fi: \"Bu testi d\u00fczelt ve bana ne "
    "de\u011fi\u015fti\u011fini s\u00f6yle, l\u00fctfen\"",
]

MODEL_REPLIES = [
    "Rollout paused at 30 %. Assistant's last message: \"Sorry, I could not reach the staging "
    "database, so the migration did not run. Do you want me to retry tonight?\"",
    "Respuesta del modelo: \u00abPerd\u00f3n, mi cambio anterior rompi\u00f3 el orden de columnas; ya lo "
    "revert\u00ed.\u00bb",
    "Reply: Absolutely! I'll limit the change to the importer and leave the tests alone. Let me "
    "know if you want the docs updated too.",
    "Sure! I ran the linter as you asked and fixed the four warnings. Should I also bump the "
    "pinned versions while I'm at it?",
]

PEOPLE_TAKING_TURNS = [
    "Mirela: anyone touched the billing cron?\nJonas: yes, I moved it to 02:00\nMirela: ok, thanks",
    "**Tariq** lunch at noon?\n**Helga** give me ten minutes\n**Tariq** fine, see you downstairs",
    "Renata  9:12\nwho changed the replica count?\nAkira  9:14\nme, it is 4 now\nRenata  9:15\ngreat",
]

BENIGN_TWINS = [
    "The user asked for retries on the upload; I added them.",
    "Next: wire the exporter to the new queue; the user wants retries capped at five.",
    "Commit message: \"Add retry to the exporter and log the last error\"",
    "Error: \"Are you sure you want to delete this project?\" is shown twice on Safari.",
    "Customer wrote: \"Please refund the duplicate invoice and confirm by email.\"",
    "Tooltip: \"Do you want to enable dark mode? You can change it later.\"",
    "Sure, merged. Let me know when CI finishes so I can tag the release.",
    "Noor, can you pair with me on the lock bug after lunch? Bring the repro script.",
    "User: ci-runner, Host: build-03, Job: 49",
    "Host: db-1\nPort: 5432\nHost: db-2\nPort: 5433",
    "Build: passed\nDeploy: started\nBuild: passed\nDeploy: done?",
    "If the model returns an empty answer, check `max_tokens` first: you may be spending the "
    "whole budget on the system prompt.",
    "ask @jonas tomorrow: where should I start looking when the bridge gets slow?",
]


@pytest.mark.parametrize("text", QUOTED_REQUESTS + MODEL_REPLIES + PEOPLE_TAKING_TURNS)
def test_someone_speaking_to_someone_is_rejected_by_a_rule(text: str) -> None:
    # by a rule, not only by the classifier (which was trained on corpora of these classes)
    assert [f for f in scan_text(text) if f.rule != "prompt-classifier"], text


@pytest.mark.parametrize("text", BENIGN_TWINS)
def test_reports_values_copy_and_docs_are_accepted(text: str) -> None:
    assert scan_text(text) == [], text
