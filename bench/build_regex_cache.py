"""Write ``handoff/privacy/regex_cache.bin``: the privacy filter's patterns, compiled.

    PYTHONPATH=. python bench/build_regex_cache.py            # write the file
    PYTHONPATH=. python bench/build_regex_cache.py --check    # exit 1 if a pattern is missing

Why: ``re.compile`` parses and compiles in pure Python, and the first scan of a note in a new
process compiled two dozen patterns (~4 ms of a CLI call's start-up). The file holds, per
pattern, what ``re._compiler.compile`` passes to ``_sre.compile``; ``handoff.privacy.lazy_re``
builds a pattern from it in C and falls back to ``re.compile`` for anything the file lacks.

Which patterns: every pattern the filter compiles while scanning what
``bench_privacy.py --dump-findings`` scans (every line of the corpora named in
``check_findings.CORPORA``, never a held-out one, as
written and flattened, each rule's examples and near misses, the bench notes, ``scan_value``
under a secret key) plus the classifier's features of every corpus line. A rule added later is
compiled the usual way until this is run again (``--check`` says so).

The file is specific to the Python build that wrote it (``lazy_re.cache_key``: version, the
regex engine's magic and sizes, the byte order); another build ignores it and compiles from
source. Each entry's code words are stored as native ``lazy_re.CODE_TYPE`` bytes, not as a
marshalled list of ints (faster to read, smaller).
"""

from __future__ import annotations

import argparse
import json
import marshal
import sys
import tempfile
import zlib
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(PROJECT / "bench"))

from handoff.privacy import classifier, lazy_re, scanner  # noqa: E402


def compiled_parts(pattern: str) -> tuple[Any, ...]:
    """Exactly the arguments ``re._compiler.compile(pattern, 0)`` gives ``_sre.compile``."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    tree = _parser.parse(pattern, 0)
    code = _compiler._code(tree, 0)
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    from array import array

    words = array(lazy_re.CODE_TYPE, [int(c) for c in code]).tobytes()  # as lazy_re reads them
    return (pattern, int(tree.state.flags), words, tree.state.groups - 1, groupindex,
            tuple(indexgroup))


def used_patterns() -> list[str]:
    """Every pattern the filter compiles on the corpora, sorted."""
    import bench_privacy

    from handoff.privacy import cues

    warm_up = cues.GATE_AFTER
    try:
        # both ways a process scans: the first texts without the lead and keyword gates (a CLI
        # call), then with them (a long-lived process); each compiles patterns of its own
        for cues.GATE_AFTER in (10**9, 0):
            with tempfile.TemporaryDirectory() as tmp:
                bench_privacy.dump_findings(Path(tmp) / "findings.jsonl")
    finally:
        cues.GATE_AFTER = warm_up
    from check_findings import CORPORA  # named, never globbed: held-out corpora stay unread

    tests = PROJECT / "tests"
    for name in [tests / rel for rel in CORPORA if (tests / rel).exists()]:
        for line in name.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            classifier.features(text)
            classifier.eligible(text)
    found = {p.pattern for p in scanner._compiled.values()}
    found.update(p.pattern for p in lazy_re._compiled.values())
    return sorted(found)


def build(patterns: list[str]) -> bytes:
    index: dict[int, tuple[int, int]] = {}
    blobs: list[bytes] = []
    offset = 0
    for pattern in patterns:
        blob = zlib.compress(marshal.dumps(compiled_parts(pattern)), 9)
        key = lazy_re.pattern_id(pattern)
        if key in index:
            raise SystemExit(f"two patterns share the id {key}: change lazy_re.pattern_id")
        index[key] = (offset, len(blob))
        blobs.append(blob)
        offset += len(blob)
    head = marshal.dumps((lazy_re.cache_key(), index))
    return lazy_re.CACHE_MAGIC + len(head).to_bytes(4, "little") + head + b"".join(blobs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if the shipped file lacks a pattern the filter compiles")
    args = parser.parse_args()
    patterns = used_patterns()
    target = Path(lazy_re.CACHE_FILE)
    if args.check:
        missing = [p for p in patterns if lazy_re._from_cache(p) is None]
        if missing:
            print(f"{target.name}: {len(missing)} of {len(patterns)} patterns missing (or the "
                  "file is for another Python build); run bench/build_regex_cache.py",
                  file=sys.stderr)
            return 1
        print(f"{target.name}: all {len(patterns)} patterns cached")
        return 0
    data = build(patterns)
    target.write_bytes(data)
    print(f"wrote {target} ({len(patterns)} patterns, {len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
