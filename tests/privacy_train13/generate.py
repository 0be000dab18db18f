"""Write round 13's training corpus for the prompt classifier: ``corpus.jsonl`` beside this file.

Every line is hand-written in ``_t13data.py``; this script only labels and sorts them (no
templates, no randomness), so the file is the same bytes on every run (``--check`` verifies it).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _t13data as data  # noqa: E402

OUT = HERE / "corpus.jsonl"
CLASSES = (
    ("question_no_mark", "prompt", data.QUESTIONS_NO_MARK),
    ("question_no_mark_note", "benign", data.QUESTIONS_NOTE_TWINS),
    ("model_tagged_request", "prompt", data.TAGGED_REQUESTS),
    ("model_tagged_note", "benign", data.TAGGED_NOTES),
    ("intl_request", "prompt", data.INTL_REQUESTS),
    ("intl_note", "benign", data.INTL_NOTES),
    ("chat_closer", "prompt", data.CHAT_CLOSERS),
    ("chat_closer_note", "benign", data.CHAT_CLOSER_TWINS),
    ("bracketed_answer", "prompt", data.BRACKETED_ANSWERS),
    ("bracketed_changelog", "benign", data.BRACKETED_CHANGELOG),
    ("plan_intl", "prompt", data.PLANS_INTL),
    ("plan_intl_note", "benign", data.PLANS_INTL_NOTES),
    ("you_are_state", "benign", data.YOU_ARE_STATE),
    ("you_are_persona", "prompt", data.YOU_ARE_PERSONA),
)


def rows() -> list[dict[str, str]]:
    out = [{"text": t, "label": label, "category": cat} for cat, label, texts in CLASSES for t in texts]
    return sorted(out, key=lambda r: (r["category"], r["text"]))


def render() -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows()).encode("utf-8")


def main() -> int:
    """Write the corpus, or with ``--check`` compare it with the file on disk."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if corpus.jsonl differs")
    args = parser.parse_args()
    data_bytes = render()
    if args.check:
        same = OUT.is_file() and OUT.read_bytes() == data_bytes
        print("corpus.jsonl is what generate.py writes" if same else "corpus.jsonl differs")
        return 0 if same else 1
    OUT.write_bytes(data_bytes)
    print(f"wrote {OUT.name}: {len(rows())} lines")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
