"""Write round 11's training corpus for the prompt classifier: ``corpus.jsonl`` beside this file.

Every prompt category has a benign twin of the same shape, length and language, drawn in equal
numbers, so that what the classifier learns is the difference between a request to a model and
an engineer's text, not the topic. Stdlib only, one seeded ``random.Random``: the output is the
same bytes on every run (``python tests/privacy_train11/generate.py --check`` verifies it).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _t11code as code  # noqa: E402
import _t11json as js  # noqa: E402
import _t11langs as langs  # noqa: E402
import _t11long as long  # noqa: E402
import _t11notes as notes  # noqa: E402
import _t11prose as prose  # noqa: E402
import _t11terse as terse  # noqa: E402

SEED = 20261202
OUT = HERE / "corpus.jsonl"

Maker = Callable[[random.Random], str]


def _join(first: str, sep: str, second: str) -> str:
    """Two field texts as one, the second lower-cased after "Also"."""
    if sep.endswith("Also "):
        second = second[0].lower() + second[1:]
    return first.rstrip(".") + sep + second


def _field_prompt(rng: random.Random) -> str:
    text = notes.quoted_request(rng) if rng.random() < 0.3 else notes.field_request(rng)
    if rng.random() < 0.15:
        text = _join(text, rng.choice((". ", ". Also ", "\n")), notes.field_request(rng))
    return notes.wrap(text, rng)


def _field_benign(rng: random.Random) -> str:
    text = notes.quoted_note(rng) if rng.random() < 0.3 else notes.field_note(rng)
    if rng.random() < 0.15:
        text = _join(text, rng.choice((". ", ". Also ", "\n")), notes.field_note(rng))
    return notes.wrap(text, rng)


def _terse_benign(rng: random.Random) -> str:
    return terse.terse_note(rng, notes.fill_ids)


PAIRS: tuple[tuple[str, Maker, str, Maker, int], ...] = (
    ("field_request", _field_prompt, "field_note", _field_benign, 480),
    ("terse_prompt", terse.terse_prompt, "terse_note", _terse_benign, 230),
    ("code_prompt_template", code.code_prompt, "code_string_template", code.code_benign, 200),
    ("model_answer", prose.model_answer, "human_doc", prose.human_doc, 170),
    ("written_answer", prose.written_answer, "written_doc", prose.written_doc, 40),
    ("second_person_prompt", prose.second_person_prompt_more, "second_person_copy", prose.second_person_copy_more, 130),
    ("chat_record_json", js.chat_record, "agent_event_json", js.agent_event, 140),
    ("long_request", long.long_prompt, "long_note", long.long_note, 110),
    ("one_off_request", long.one_off_prompt, "one_off_note", long.one_off_note, 40),
)


def _draw(make: Maker, rng: random.Random, seen: set[str], n: int) -> list[str]:
    """Draw ``n`` distinct texts (a bounded number of tries, so a small table ends the loop)."""
    out: list[str] = []
    tries = 0
    while len(out) < n and tries < n * 30:
        tries += 1
        text = make(rng)
        if text not in seen:
            seen.add(text)
            out.append(text)
    return out


def build() -> list[dict[str, str]]:
    """All records, prompt and benign twins interleaved category by category."""
    rng = random.Random(SEED)
    seen: set[str] = set()
    rows: list[dict[str, str]] = []
    pairs = list(PAIRS) + langs.pairs()
    for p_cat, p_make, b_cat, b_make, n in pairs:
        prompts = _draw(p_make, rng, seen, n)
        benign = _draw(b_make, rng, seen, n)
        k = min(len(prompts), len(benign))
        for p_text, b_text in zip(prompts[:k], benign[:k], strict=True):
            rows.append({"text": p_text, "label": "prompt", "category": p_cat})
            rows.append({"text": b_text, "label": "benign", "category": b_cat})
    return rows


def render(rows: list[dict[str, str]]) -> bytes:
    """One JSON object a line, UTF-8, keys in a fixed order."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def main() -> int:
    """Write the corpus, or with ``--check`` compare it with the file on disk."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if corpus.jsonl differs")
    args = parser.parse_args()
    data = render(build())
    if args.check:
        same = OUT.exists() and OUT.read_bytes() == data
        print("corpus.jsonl is up to date" if same else "corpus.jsonl differs: rerun generate.py")
        return 0 if same else 1
    OUT.write_bytes(data)
    lines = data.count(b"\n")
    print(f"wrote {OUT.name}: {lines} lines")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
