"""Prompts in fifteen languages: a user's request as received or quoted in a note of the same
language, English notes quoting a non-English user verbatim, a model's replies, and summaries in
the language with one quoted request among benign bullets."""

from __future__ import annotations

import random

from _t14data_intl import CHATTY, ERRQ, LANGS
from _t14util import deal, fill, sample

LABEL = "prompt"

NAMES = {"zh": "Chinese", "ja": "Japanese", "ko": "Korean", "de": "German", "fr": "French", "es": "Spanish",
         "pt": "Portuguese", "ru": "Russian", "hi": "Hindi", "tr": "Turkish", "vi": "Vietnamese", "pl": "Polish",
         "ar": "Arabic", "it": "Italian", "id": "Indonesian"}

EN_FRAMES = [
    'The user asked (in <<lang>>): "<<x>>"',
    "user said: <<x>>",
    "verbatim request (<<lang>>): <<x>>",
    "original ask — <<x>> (user writes in <<lang>>)",
    "> <<x>>\n\nUser writes in <<lang>>; starting on <<file>>.",
    "Request, kept in the user's language: <<x>>",
    "User: <<x>>",
    "The user's message at <<time>>: “<<x>>”",
    "Quoting the user (<<lang>>) so the next session sees it: '<<x>>'",
    "Open request, verbatim: <<x>>",
    "First message of the session (<<lang>>): <<x>>",
    "user msg: <<x>>",
]

ANS_FRAMES = ["model answer (verbatim):\n\n<<x>>", "the assistant replied: <<x>>", "Reply sent to the user (<<lang>>):\n> <<x>>",
              "<<x>>", "Assistant:\n<<x>>"]


def _summary(rng: random.Random, lang: dict[str, list[str]]) -> str:
    heads = lang["heads"]
    odd = fill(rng.choice(lang["qf"]).split("\n")[0].replace("<<x>>", rng.choice(lang["req"])), rng)
    where = rng.randrange(3)
    lines: list[str] = []
    first, last = deal(lang["para"], [rng.randint(2, 4), rng.randint(2, 4)], rng)
    groups = [first, sample(lang["ben"], rng.randint(2, 4), rng), last]
    for k, head in enumerate(heads):
        items = ["- " + fill(x, rng) for x in groups[k]]
        if k == where:
            items.insert(rng.randint(0, len(items)), "- " + odd)
        lines += [head, *items, ""]
    return "\n".join(lines).strip()


def combos(rng: random.Random) -> dict[str, list[str]]:
    raw, native, english, answers, summaries = [], [], [], [], []
    for code in sorted(LANGS):
        lang = LANGS[code]
        for i, q in enumerate(lang["req"]):
            if i % 3 == 0:  # each request once in the language's own text: framed or as received
                native.append(fill(lang["qf"][(i // 3) % len(lang["qf"])].replace("<<x>>", q), rng))
            else:
                raw.append(q)
            if i % 3 != 1:
                f = EN_FRAMES[(i + len(code)) % len(EN_FRAMES)]
                english.append(fill(f.replace("<<x>>", q).replace("<<lang>>", NAMES[code]), rng))
        for i, a in enumerate(lang["ans"]):
            answers.append(a)
            f = ANS_FRAMES[(i + len(code)) % (len(ANS_FRAMES) - 1)]
            answers.append(fill(f.replace("<<x>>", a).replace("<<lang>>", NAMES[code]), rng))
        summaries += [_summary(rng, lang) for _ in range(3)]
    return {
        "p_request_intl": raw + native,
        "p_quoted_foreign_user_in_english_note": english,
        "p_model_answer_intl": answers,
        "p_summary_with_quoted_request_intl": summaries,
        "p_chatty_validation_intl": [f.replace("<<x>>", t) for code in sorted(CHATTY) for t in CHATTY[code]
                                     for f in ("<<x>>", "Validation: <<x>>")],
        "p_error_plus_request_intl": [fill(f, rng) for code in sorted(ERRQ) for f in ERRQ[code]],
    }


ITEMS: dict[str, list[str]] = {}
