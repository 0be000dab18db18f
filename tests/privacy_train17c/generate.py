"""Write round 17's benign training text for the prompt classifier: ``corpus.jsonl``.

The classifier's false positives on real text are mostly long first-person engineering prose
(session notes, incident write-ups, "I ran ... then I changed ...") and engineering text that
talks about prompts, models, tokens and keys. This corpus holds that prose, short (one to three
sentences) and long (300-3,500 characters, paragraphs with an optional title, list or fenced
command), in the first person, in a team's voice and about features built on language models,
in English and eight other languages (``_t17cparts``, ``_t17cintl``: hand-written, invented
software). A smaller set of positive twins is the same kind of note carrying exactly one quoted
request, system prompt, model answer or two chat lines, so that what is learnt is the needle,
not the topic. One seeded ``random.Random`` makes every choice: ``python generate.py --check``
compares with the file.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _t17cintl as intl  # noqa: E402
import _t17cparts as parts  # noqa: E402

SEED = 20261703
OUT = HERE / "corpus.jsonl"
MIN_LONG, MAX_LONG = 300, 3500
SHORT = {"fp": 700, "team": 350, "llm": 550}
LONG = {"fp": 500, "team": 300, "llm": 400}
INTL_SHORT = 30
INTL_LONG = 35
TWINS = {"request": 170, "system": 120, "answer": 140, "chat": 60}
INTL_TWINS = 12
PLACES = ("start", "middle", "end")
TITLES = ("## Session notes, {d}", "Incident write-up: {s}", "Notes for {who}", "## What I did", "Handoff: {p}",
          "## Summary", "Eval notes ({v})", "Working log, {p}")
SOURCES = {"fp": parts.FIRST_PERSON, "team": parts.TEAM, "llm": parts.LLM_ABOUT}


def fill(rng: random.Random, text: str) -> str:
    """The placeholders of ``text`` filled with invented names and numbers (each occurrence
    drawn anew)."""
    tables = {"{p}": parts.PROJECTS, "{s}": parts.SERVICES, "{f}": parts.FILES, "{c}": parts.COMMANDS,
              "{m}": parts.MODELS, "{v}": parts.VERSIONS, "{who}": parts.PEOPLE, "{d}": parts.DAYS,
              "{n}": parts.NUMBERS}
    for key, table in tables.items():
        while key in text:
            text = text.replace(key, rng.choice(table), 1)
    return text


def paragraph(rng: random.Random, voice: str, used: set[str]) -> str:
    """Two to five sentences, mostly of ``voice``, now and then one of another voice; none of
    ``used`` (the note's sentences so far), which it extends."""
    k = rng.choice((2, 3, 3, 4, 5))
    out = []
    for _ in range(k):
        source = SOURCES[voice] if rng.random() < 0.8 else SOURCES[rng.choice(list(SOURCES))]
        sentence = rng.choice(source)
        if sentence not in used:
            used.add(sentence)
            out.append(fill(rng, sentence))
    return " ".join(out)


def extra_block(rng: random.Random) -> str:
    """A list of follow-ups or a fenced command, as an engineer's note has between paragraphs."""
    if rng.random() < 0.5:
        items = rng.sample(("rerun {c} on the release branch", "ask {who} about the lease timeout",
                            "update docs/ops for {s}", "delete the flag after two clean weeks",
                            "compare eval scores of {v} and {v}", "open a ticket for the Windows path",
                            "check the token budget of the planner step", "archive the old dashboard"),
                           rng.choice((2, 3, 4)))
        return "Next:\n" + "\n".join("- " + fill(rng, x) for x in items)
    return "```\n$ " + fill(rng, "{c}") + "\n" + rng.choice(("ok", "3 passed, 1 skipped", "exit status 0",
                                                            "FAILED tests/test_ranker.py::test_ties")) + "\n```"


def long_note(rng: random.Random, voice: str) -> str:
    target = rng.choice((400, 700, 1000, 1600, 2400, 3200))
    blocks = [fill(rng, rng.choice(TITLES))] if rng.random() < 0.5 else []
    used: set[str] = set()
    while sum(len(b) + 2 for b in blocks) < target and len(used) < len(SOURCES[voice]) // 2:
        block = extra_block(rng) if blocks and rng.random() < 0.15 else paragraph(rng, voice, used)
        if block:
            blocks.append(block)
    while len(blocks) > 1 and sum(len(b) + 2 for b in blocks) > MAX_LONG - 400:
        blocks.pop()
    return "\n\n".join(blocks)


def intl_note(rng: random.Random, lang: str, long: bool) -> str:
    table = intl.PROSE[lang]
    if not long:
        return " ".join(dict.fromkeys(fill(rng, s) for s in rng.sample(table, rng.choice((1, 2, 3)))))
    paras = [" ".join(fill(rng, s) for s in rng.sample(table, rng.choice((2, 3, 4)))) for _ in range(rng.choice((2, 3, 4)))]
    return "\n\n".join(paras)


def needle_block(rng: random.Random, needle: str) -> str:
    form = rng.choice(("frame", "quote", "fence"))
    if form == "quote":
        return "\n".join("> " + line for line in needle.split("\n"))
    if form == "fence":
        return "```\n" + needle + "\n```"
    return fill(rng, rng.choice(parts.FRAMES)).replace("{x}", needle)


def twin(rng: random.Random, note: str, needle: str) -> str:
    blocks = note.split("\n\n")
    place = rng.choice(PLACES)
    at = 0 if place == "start" else len(blocks) if place == "end" else max(1, len(blocks) // 2)
    blocks.insert(at, needle_block(rng, fill(rng, needle)))
    return "\n\n".join(blocks)


def rows() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    out: dict[str, tuple[str, str]] = {}

    def add(text: str, label: str, category: str) -> None:
        out.setdefault(text, (label, category))

    for voice, count in SHORT.items():
        for _ in range(count):
            k = rng.choice((1, 1, 2, 3))
            add(" ".join(dict.fromkeys(fill(rng, s) for s in rng.sample(SOURCES[voice], k))), "benign", f"short_{voice}")
    longs: list[str] = []
    for voice, count in LONG.items():
        for _ in range(count):
            text = long_note(rng, voice)
            if len(text) >= MIN_LONG:
                add(text, "benign", f"long_{voice}")
                longs.append(text)
    for lang in intl.PROSE:
        for _ in range(INTL_SHORT):
            add(intl_note(rng, lang, False), "benign", f"intl_{lang}")
        for _ in range(INTL_LONG):
            add(intl_note(rng, lang, True), "benign", f"intl_{lang}")
    needles = {"request": parts.NEEDLES_REQUEST, "system": parts.NEEDLES_SYSTEM, "answer": parts.NEEDLES_ANSWER,
               "chat": parts.NEEDLES_CHAT}
    for kind, count in TWINS.items():
        for _ in range(count):
            add(twin(rng, rng.choice(longs), rng.choice(needles[kind])), "prompt", f"twin_{kind}")
    for lang in intl.NEEDLES:
        for _ in range(INTL_TWINS):
            add(twin(rng, intl_note(rng, lang, True), rng.choice(intl.NEEDLES[lang])), "prompt", "twin_intl")
    return [{"text": t, "label": lab, "category": cat}
            for t, (lab, cat) in sorted(out.items(), key=lambda kv: (kv[1][0], kv[1][1], kv[0]))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if corpus.jsonl differs")
    parser.add_argument("--stats", action="store_true", help="count texts by label and category")
    args = parser.parse_args()
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows())
    if args.stats:
        items = [json.loads(x) for x in data.splitlines()]
        for (label, cat), n in sorted(Counter((r["label"], r["category"]) for r in items).items()):
            print(f"{label:7} {cat:16} {n}")
        return 0
    if args.check:
        same = OUT.read_text(encoding="utf-8") == data
        print("corpus.jsonl is what generate.py writes" if same else "corpus.jsonl differs from generate.py")
        return 0 if same else 1
    OUT.write_text(data, encoding="utf-8")
    print(f"wrote {OUT.name}: {data.count(chr(10))} texts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
