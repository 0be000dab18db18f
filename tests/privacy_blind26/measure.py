"""Measure handoff's privacy filter on this corpus: `tests/blind_measure.py` does the work.

    .venv/bin/python tests/privacy_blind26/measure.py [--json] [--repo PATH]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from blind_measure import main  # noqa: E402

if __name__ == "__main__":
    main(os.path.join(HERE, "corpus.jsonl"))
