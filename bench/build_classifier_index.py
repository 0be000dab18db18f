"""Write ``handoff/privacy/classifier_index.bin``, the names' index of the shipped weights.

    PYTHONPATH=. python bench/build_classifier_index.py           # rewrite the index
    PYTHONPATH=. python bench/build_classifier_index.py --check   # exit 1 if it is not current

``bench/train_classifier.py`` writes it beside new weights. A stale index is never used
(it names the weights file's CRC): the classifier then splits the names as before, slower.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from handoff.privacy import classifier


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    fresh = classifier.index_bytes(Path(classifier.WEIGHTS).read_bytes())
    target = Path(classifier.INDEX)
    if args.check:
        same = target.exists() and target.read_bytes() == fresh
        print("classifier_index.bin is current" if same else
              "classifier_index.bin is stale: run bench/build_classifier_index.py")
        return 0 if same else 1
    target.write_bytes(fresh)
    print(f"wrote {target} ({len(fresh):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
