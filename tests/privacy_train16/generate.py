"""Write round 16's training corpus for the prompt classifier: ``corpus.jsonl``.

Long agent notes (300-3,500 characters: session summaries, PR descriptions, incident
write-ups, runbooks, CI digests, config audits) assembled from the hand-written parts in
``_t16parts`` and ``_t16intl``: the benign majority is only the agent's own prose, lists, fenced
commands and quoted log lines; each positive is the same kind of note with exactly one short
needle (a user's request, a model's pasted answer, a system prompt, two lines of chat) placed at
the start, the middle or the end, as prose, a quote block, a code fence or a list item. Beside
them, short benign status lists (``build: ok`` / ``test: ok`` / ``lint:``) and validation
summaries. One seeded ``random.Random`` makes every choice, so the output is the same bytes on
every run: ``python generate.py --check`` compares with the file.
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

import _t16intl as intl  # noqa: E402
import _t16parts as parts  # noqa: E402

SEED = 20261603
OUT = HERE / "corpus.jsonl"
MIN_CHARS, MAX_CHARS = 300, 3500
NOTES_EN = 1400
NOTES_INTL = 500
STATUS_LISTS = 700
PLACES = ("start", "middle", "end")
FORMS = ("prose", "quote", "fence", "item")


def fill(rng: random.Random, text: str) -> str:
    """The placeholders of ``text`` filled with invented names and numbers."""
    return (text.replace("{p}", rng.choice(parts.PROJECTS)).replace("{s}", rng.choice(parts.SERVICES))
            .replace("{f}", rng.choice(parts.FILES)).replace("{k}", rng.choice(parts.KEYS))
            .replace("{n}", str(rng.choice((12, 40, 95, 180, 512, 1200, 4096, 25000))))
            .replace("{c}", rng.choice(parts.COMMANDS)))


def english_block(rng: random.Random) -> str:
    kind = rng.choices(("prose", "list", "fence", "quote"), (6, 3, 2, 1))[0]
    if kind == "prose":
        return " ".join(fill(rng, p) for p in rng.sample(parts.PROSE, rng.choice((1, 1, 2, 3))))
    if kind == "list":
        return "\n".join(fill(rng, x) for x in rng.choice(parts.LISTS))
    if kind == "fence":
        return "```\n" + "\n".join(fill(rng, x) for x in rng.choice(parts.FENCES)) + "\n```"
    return "\n".join(fill(rng, x) for x in rng.choice(parts.QUOTES))


def intl_block(rng: random.Random, lang: str) -> str:
    if rng.random() < 0.2:
        return "```\n" + "\n".join(fill(rng, x) for x in rng.choice(parts.FENCES)) + "\n```"
    return " ".join(fill(rng, p) for p in rng.sample(intl.PROSE[lang], rng.choice((1, 2))))


def needle_block(rng: random.Random, needle: str, form: str) -> str:
    """One needle as a block of the note, in ``form``."""
    if form == "quote":
        return "\n".join("> " + line for line in needle.split("\n"))
    if form == "fence":
        return "```\n" + needle + "\n```"
    if form == "item":
        lead = rng.choice(parts.LISTS)
        items = [fill(rng, x) for x in lead if x.startswith(("-", "*", "1", "2", "3", "4"))][:2]
        bullet = items[0][:2] if items and items[0].startswith(("- ", "* ")) else "- "
        return "\n".join([*items, bullet + needle.replace("\n", " ")])
    return rng.choice(parts.FRAMES["prose"]).replace("{x}", needle)


def note(rng: random.Random, blocks: list[str], title: str | None) -> str:
    body = ([title] if title else []) + blocks
    return "\n\n".join(body)


def sized(rng: random.Random, make_block: object, title: str | None, needle: str | None,
          place: str) -> str | None:
    """A note of MIN_CHARS-MAX_CHARS characters from ``make_block``'s blocks, with ``needle``
    (already a block) at ``place``; None if the draw does not fit the size."""
    assert callable(make_block)
    target = rng.choice((400, 800, 1200, 1800, 2500, 3200))
    blocks: list[str] = []
    while sum(len(b) + 2 for b in blocks) < target:
        blocks.append(make_block())
    if needle is not None:
        at = {"start": 0, "middle": len(blocks) // 2, "end": len(blocks)}[place]
        blocks.insert(at, needle)
    text = note(rng, blocks, title)
    return text if MIN_CHARS <= len(text) <= MAX_CHARS else None


def status_list(rng: random.Random) -> str:
    lang = rng.choices(list(intl.STATUS_KEYS), (8, 1, 1, 1, 1))[0]
    keys = rng.sample(intl.STATUS_KEYS[lang], rng.randint(2, min(6, len(intl.STATUS_KEYS[lang]))))
    sep = rng.choice((": ", ": ", " = ", " - ", " → ", ":\t"))
    bullet = rng.choice(("", "", "- ", "* "))
    values = intl.STATUS_VALUES[lang]
    lines = [f"{bullet}{k}{sep}{fill(rng, rng.choice(values))}".rstrip() for k in keys]
    if rng.random() < 0.3:  # the last check still running: a key with no value yet
        lines[-1] = f"{bullet}{keys[-1]}{sep}".rstrip()
    head = rng.choice(("", "", "Validation:", "Checks:", "Status:", "CI:", "Results:", "## Checks"))
    return "\n".join(([head] if head else []) + lines)


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    rows: dict[str, dict[str, str]] = {}

    def add(text: str | None, label: str, category: str) -> None:
        if text and text not in rows:
            rows[text] = {"text": text, "label": label, "category": category}

    needles = [(kind, n) for kind, ns in parts.NEEDLES.items() for n in ns]
    for i in range(NOTES_EN):
        title = fill(rng, rng.choice(parts.TITLES)) if rng.random() < 0.7 else None
        if i % 2:
            add(sized(rng, lambda: english_block(rng), title, None, "end"), "benign", "note_en")
            continue
        kind, raw = rng.choice(needles)
        form = rng.choice(FORMS)
        place = rng.choice(PLACES)
        needle = needle_block(rng, fill(rng, raw), form)
        add(sized(rng, lambda: english_block(rng), title, needle, place), "prompt",
            f"needle_{kind}_{form}")
    langs = sorted(intl.PROSE)
    for i in range(NOTES_INTL):
        lang = langs[i % len(langs)]
        if i % 3:
            add(sized(rng, lambda lang=lang: intl_block(rng, lang), None, None, "end"), "benign",
                f"note_{lang}")
            continue
        form = rng.choice(("prose", "quote", "fence"))
        raw = rng.choice(intl.NEEDLES[lang])
        needle = needle_block(rng, raw, form) if form != "prose" else raw
        add(sized(rng, lambda lang=lang: intl_block(rng, lang), None, needle, rng.choice(PLACES)),
            "prompt", f"needle_intl_{form}")
    for _ in range(STATUS_LISTS):
        add(status_list(rng), "benign", "status_list")
    return sorted(rows.values(), key=lambda r: (r["label"], r["category"], r["text"]))


def render(rows: list[dict[str, str]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="compare with corpus.jsonl, write nothing")
    parser.add_argument("--stats", action="store_true", help="print counts per category")
    args = parser.parse_args()
    rows = build()
    text = render(rows)
    if args.stats:
        for (label, cat), n in sorted(Counter((r["label"], r["category"]) for r in rows).items()):
            print(f"{label:7} {cat:28} {n:5}")
        print(f"{len(rows)} texts")
        return 0
    if args.check:
        if OUT.read_text(encoding="utf-8") != text:
            print("corpus.jsonl is stale: run generate.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
