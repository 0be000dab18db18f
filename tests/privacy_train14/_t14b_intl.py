"""Benign text in fifteen languages: the user's wish noted in the third person, status and
findings, next actions, second-person docs steps, validation lines and commit messages, summaries
with only benign bullets, and English notes that paraphrase a non-English user."""

from __future__ import annotations

import random

from _t14data_en import PAIRS
from _t14data_intl import LANGS
from _t14p_intl import NAMES
from _t14util import fill, sample

LABEL = "benign"

EN_PARA_FRAMES = [
    "User writes in <<lang>>; <<x>>.",
    "Context (user's messages are in <<lang>>): <<x>>.",
    "<<x>> — the user asked in <<lang>>, answered in <<lang>> too.",
    "Request, translated and paraphrased from <<lang>>: <<x>>.",
    "Note: the user prefers <<lang>>. Current ask: <<x>>.",
    "<<lang>>-speaking user; <<x>>.",
]


def _summary(rng: random.Random, lang: dict[str, list[str]]) -> str:
    lines: list[str] = []
    for k, head in enumerate(lang["heads"]):
        pool = lang["ben"] if k == 1 else lang["para"]
        lines += [head, *("- " + fill(x, rng) for x in sample(pool, rng.randint(2, 4), rng)), ""]
    return "\n".join(lines).strip()


def combos(rng: random.Random) -> dict[str, list[str]]:
    notes, actions, summaries, english = [], [], [], []
    paras = [p for _, p in PAIRS]
    for code in sorted(LANGS):
        lang = LANGS[code]
        notes += lang["para"]
        for i, p in enumerate(lang["para"]):
            notes.append(fill(lang["nf"][i % len(lang["nf"])].replace("<<x>>", p), rng))
        for b in lang["ben"]:
            actions += [fill(b, rng) for _ in range(2)]
        for _ in range(4):
            actions.append("\n".join(fill(x, rng) for x in sample(lang["ben"] + lang["para"], rng.randint(2, 3), rng)))
        summaries += [_summary(rng, lang) for _ in range(4)]
        for i in range(6):
            f = EN_PARA_FRAMES[(i + len(code)) % len(EN_PARA_FRAMES)]
            english.append(f.replace("<<x>>", rng.choice(paras)).replace("<<lang>>", NAMES[code]))
    return {
        "b_note_intl": notes,
        "b_next_action_docs_validation_intl": actions,
        "b_summary_intl": summaries,
        "b_english_note_paraphrasing_foreign_user": english,
    }


ITEMS: dict[str, list[str]] = {}
