"""Prompts: long sectioned end-of-session summaries (## Done / ## Next / ## Notes) whose bullets
are benign except ONE: a user's request quoted verbatim or a model's answer pasted in."""

from __future__ import annotations

import random

from _t14data_en import ANSWERS, PAIRS
from _t14data_summary import summary

LABEL = "prompt"

QUOTE_BULLETS = [
    'user asked: "<<x>>"',
    "Request (verbatim): <<x>>",
    "Original ask — <<x>>",
    "user said \"<<x>>\"",
    "Last message from the user: <<x>>",
    "Still open, the user wrote: '<<x>>'",
    "> <<x>>",
    "Exact words of the request: <<x>>",
    "The user's follow-up, as typed: \"<<x>>\"",
    "> user: <<x>>",
]

ANSWER_BULLETS = [
    "Assistant's reply to the user, pasted:\n<<x>>",
    "model answer (verbatim):\n<<x>>",
    "> <<x>>",
    "What I told the user:\n<<x>>",
    "Reply sent: <<x>>",
]


def _quote(frame: str, text: str) -> str:
    if frame.startswith(">"):
        return "\n".join(("> " + ln).rstrip() for ln in frame.replace("> ", "", 1).replace("<<x>>", text).split("\n"))
    return frame.replace("<<x>>", text)


def combos(rng: random.Random) -> dict[str, list[str]]:
    requests = [q for q, _ in PAIRS]
    rng.shuffle(requests)
    quoted = [summary(rng, _quote(QUOTE_BULLETS[i % len(QUOTE_BULLETS)], requests[i % len(requests)]))
              for i in range(70)]
    answers = [summary(rng, _quote(ANSWER_BULLETS[i % len(ANSWER_BULLETS)], ANSWERS[(i * 3) % len(ANSWERS)]))
               for i in range(40)]
    return {"p_summary_with_quoted_request": quoted, "p_summary_with_pasted_answer": answers}


ITEMS: dict[str, list[str]] = {}
