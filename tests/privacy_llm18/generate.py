"""Write the llm18 dev corpus, ``corpus.jsonl``: model output that engineers paste into notes
to judge it, and the benign text about the same products.

Not a training corpus, and not held out: a dev set for the prompt rules of session 18 (the
``llm18`` helper), measured in-sample by ``measure.py``. Prompt side: a judge model's
rationale, a generated summary, a failing test's model answer, an eval JSONL record's
``output`` / ``completion`` / ``rationale``, a red-team prompt quoted verbatim, each under the
frame an engineer would write (``_l18en``, ``_l18intl``). Benign side: the same frames with a
score, an id or a description in place of the model's words, eval reports (pass rates per
model and prompt version), what users ask in aggregate, red-team results described. One seeded
``random.Random`` fills the ids, models and versions: ``python generate.py --check`` compares
with the file.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _l18en as en  # noqa: E402
import _l18intl as intl  # noqa: E402

SEED = 20261818
OUT = HERE / "corpus.jsonl"
EVAL_PER_FRAME = 6
BENIGN_FILLS = 3


def _fill(rng: random.Random, frame: str, output: str = "") -> str:
    if "'{o}'" in frame:  # pytest shows a string's repr
        frame = frame.replace("'{o}'", repr(output).replace("{", "{{").replace("}", "}}"))
    if frame.lstrip().startswith("{{") or ('"{o}"' in frame and "{{" in frame):
        output = json.dumps(output, ensure_ascii=False)[1:-1]  # a JSON string's body
    return frame.format(o=output, id=rng.choice(en.CASE_IDS), m=rng.choice(en.MODELS),
                        v=rng.choice(en.VERSIONS))


def _records() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    out: list[dict[str, str]] = []

    def add(text: str, label: str, category: str, lang: str) -> None:
        out.append({"text": text, "label": label, "category": category, "lang": lang})

    for kind, frames in en.PROMPT_FRAMES.items():
        sources = en.PROMPT_SOURCES[kind]
        for frame in frames:
            picked = rng.sample(sources, min(EVAL_PER_FRAME, len(sources)))
            for o in picked:
                add(_fill(rng, frame, o), "prompt", kind, "en")
    for kind, frames in en.BENIGN.items():
        for frame in frames:
            for _ in range(BENIGN_FILLS):
                add(_fill(rng, frame), "benign", kind, "en")
    for frame in en.HARD_BENIGN:
        for _ in range(2):
            add(_fill(rng, frame), "benign", "hard", "en")
    for lang, table in intl.LANGS.items():
        outs = table["out"]
        for kind, frames in table["frames"].items():
            if kind == "pytest":
                sources = outs["answer"]
            elif kind == "evaljsonl":
                sources = outs["judge"] + outs["answer"] + outs["summary"]
            else:
                sources = outs[kind]
            for frame in frames:
                for o in sources:
                    add(_fill(rng, frame, o), "prompt", kind, lang)
        for frame in table["benign"]:
            for _ in range(2):
                add(_fill(rng, frame), "benign", "twin", lang)
    return out


def _render(records: list[dict[str, str]]) -> str:
    seen: set[str] = set()
    lines = []
    for r in records:
        if r["text"] in seen:
            continue
        seen.add(r["text"])
        lines.append(json.dumps(r, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with corpus.jsonl")
    args = parser.parse_args()
    text = _render(_records())
    if args.check:
        if OUT.read_text(encoding="utf-8") != text:
            print("corpus.jsonl is stale: run generate.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{text.count(chr(10))} records -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
