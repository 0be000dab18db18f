"""Write round 12's training corpus for the prompt classifier: ``corpus.jsonl`` beside this file.

Seven classes, each a prompt shape beside a benign twin of the same form, length, language and
register, drawn in equal numbers, so that the classifier learns what makes a text a request to
(or an answer from) a model, not its form. No template yields more than ``CAP`` lines. Stdlib
only, one seeded ``random.Random``: the same bytes on every run (``--check`` verifies it).
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

import _t12chat as chat  # noqa: E402
import _t12copy as copy_  # noqa: E402
import _t12lang as lang  # noqa: E402
import _t12prose as prose  # noqa: E402
import _t12req as req  # noqa: E402
from _t12vocab import fill, vary  # noqa: E402

SEED = 20261203
OUT = HERE / "corpus.jsonl"
CAP = 30
"""No template (an id below) yields more than this many lines."""

Make = Callable[[random.Random], str]
Templates = list[tuple[str, Make]]


def _strings(pairs: list[tuple[str, str]], wrap: Callable[[random.Random, str], str]) -> Templates:
    def one(s: str) -> Make:
        return lambda rng: wrap(rng, fill(rng, s))
    return [(tid, one(s)) for tid, s in pairs]


def _class1() -> tuple[Templates, Templates]:
    p, b = req.c1_templates()
    return ([*_strings(p, lambda r, t: vary(r, req.c1_wrap(r, t, True))), ("c1p_list", lambda r: req.c1_list(r, True))],
            [*_strings(b, lambda r, t: vary(r, req.c1_wrap(r, t, False))), ("c1b_list", lambda r: req.c1_list(r, False))])


def _class2() -> tuple[Templates, Templates]:
    def one(prompt: bool, i: int) -> Make:
        return lambda rng: req.c2_make(rng, prompt, i)
    def long(prompt: bool, v: int) -> Make:
        return lambda rng: req.c2_long(rng, prompt, v)
    p = [(f"c2p{i}", one(True, i)) for i in range(len(req.C2_P_OPEN))]
    b = [(f"c2b{i}", one(False, i)) for i in range(len(req.C2_B_OPEN))]
    return (p + [(f"c2p_long{v}", long(True, v)) for v in (0, 1)],
            b + [(f"c2b_long{v}", long(False, v)) for v in (0, 1)])


CLASSES: tuple[tuple[str, str, int, Callable[[], tuple[Templates, Templates]]], ...] = (
    ("c1_model_request", "c1_colleague_todo", 340, _class1),
    ("c2_agent_first_person", "c2_handoff_first_person", 280, _class2),
    ("c3_pasted_model_answer", "c3_engineering_prose", 280, prose.class3),
    ("c4_lang_prompt", "c4_lang_benign", 360, lang.class4),
    ("c5_assistant_chat", "c5_people_chat", 280, chat.class5),
    ("c6_agent_record_text", "c6_agent_record_tool", 280, chat.class6),
    ("c7_prompt_in_code", "c7_product_copy", 280, copy_.class7),
)


def _draw(rng: random.Random, temps: Templates, n: int, seen: set[str]) -> list[str]:
    """``n`` distinct texts, each template used at most ``CAP`` times (fewer if they run dry)."""
    used = dict.fromkeys((tid for tid, _ in temps), 0)
    out: list[str] = []
    tries = 0
    while len(out) < n and tries < n * 40:
        tries += 1
        open_ = [(tid, mk) for tid, mk in temps if used[tid] < CAP]
        if not open_:
            break
        tid, mk = rng.choice(open_)
        text = mk(rng)
        if text in seen or not text.strip():
            continue
        seen.add(text)
        used[tid] += 1
        out.append(text)
    return out


def build() -> list[dict[str, str]]:
    """All records, prompt and benign twins interleaved class by class."""
    rng = random.Random(SEED)
    seen: set[str] = set()
    rows: list[dict[str, str]] = []
    for p_cat, b_cat, n, make in CLASSES:
        p_temps, b_temps = make()
        prompts = _draw(rng, p_temps, n, seen)
        benign = _draw(rng, b_temps, n, seen)
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
