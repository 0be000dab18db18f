"""Benign: long sectioned end-of-session summaries of the same shape as the prompt ones, every
bullet in the agent's own words: the request paraphrased, findings, notes about chats and e-mails."""

from __future__ import annotations

import random

from _t14b_notes import FINDINGS, MENTIONS
from _t14data_en import PAIRS
from _t14data_summary import summary
from _t14util import fill

LABEL = "benign"

PARA_BULLETS = [
    "user asked for this: <<x>>",
    "Request (paraphrased): <<x>>",
    "Original ask, in short — <<x>>",
    "Context: <<x>>",
    "Still open: <<x>>",
    "Why this session: <<x>>",
    "User follow-up: <<x>>",
    "Scope: <<x>>",
]


def combos(rng: random.Random) -> dict[str, list[str]]:
    paras = [p for _, p in PAIRS]
    rng.shuffle(paras)
    out = [summary(rng, PARA_BULLETS[i % len(PARA_BULLETS)].replace("<<x>>", paras[i % len(paras)]))
           for i in range(65)]
    out += [summary(rng, fill(FINDINGS[i % len(FINDINGS)], rng)) for i in range(30)]
    out += [summary(rng, fill(MENTIONS[i % len(MENTIONS)], rng)) for i in range(30)]
    return {"b_summary_benign_bullets": out}


ITEMS: dict[str, list[str]] = {}
