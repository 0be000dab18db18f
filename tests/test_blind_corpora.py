"""Each committed blind privacy corpus is exactly what its generator writes, and every line
is well formed.

These tests never run the privacy filter; figures come from each corpus's `measure.py`.
blind2 was measured blind and later used for tuning, blind3 is a tuning corpus, and
blind4 was held out until session 5, blind5 and blind8 until session 11, blind9-11 until
session 12, blind12-13 until session 13, blind14 until session 14, blind15-16 until session 15 and blind17
until session 16, when they became training data of the prompt classifier; blind18 was held out until
session 17, blind19 until session 18, blind20 until session 19, blind21 until session 20, blind22 and blind23
until session 21, blind24 until session 22 and blind25 until session 23, and all eight are open since (not
trained on yet); blind26 and blind27 are held out: nobody
may tune rules or train on them (see each directory's README.md).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
LABELS = {"secret", "prompt", "benign"}


@dataclass(frozen=True)
class Corpus:
    name: str
    sources: tuple[str, ...]
    """The generator and its modules; empty when it can print the corpus (`--stdout`)."""
    sizes_ok: Callable[[Counter[str]], bool]

    @property
    def path(self) -> Path:
        return TESTS / self.name / "corpus.jsonl"

    def rows(self) -> list[dict[str, object]]:
        return [json.loads(line) for line in self.path.read_text(encoding="utf-8").splitlines()]

    def regenerate(self, scratch: Path) -> bytes:
        """What the generator writes now, run with the stdlib only (-I -S: no site-packages,
        no user paths, so any other import fails)."""
        here = TESTS / self.name
        if not self.sources:
            return subprocess.run([sys.executable, "-I", "-S", str(here / "generate.py"), "--stdout"],
                                  capture_output=True, check=True).stdout
        for name in self.sources:  # it writes corpus.jsonl beside itself: run a copy
            shutil.copy(here / name, scratch / name)
        subprocess.run([sys.executable, "-I", "-S", str(scratch / "generate.py")], capture_output=True, check=True)
        return (scratch / "corpus.jsonl").read_bytes()


CORPORA = [
    Corpus("privacy_blind2", (), lambda c: 900 <= c["secret"] <= 1200 and 550 <= c["prompt"] <= 700
           and 1400 <= c["benign"] <= 1650),
    Corpus("privacy_blind3", ("generate.py", "_r3.py", "_sec3.py", "_pr3.py", "_ben3.py"),
           lambda c: c == {"secret": 1030, "prompt": 960, "benign": 1050}),
    Corpus("privacy_blind4", ("generate.py", "_h4rand.py", "_h4secret.py", "_h4prompt.py", "_h4benign.py"),
           lambda c: c == {"secret": 990, "prompt": 1140, "benign": 980}),
    Corpus("privacy_blind5", ("generate.py", "_h5rand.py", "_h5secret.py", "_h5prompt.py", "_h5foreign.py",
                              "_h5benign.py"),
           lambda c: c == {"secret": 1050, "prompt": 1083, "benign": 1050}),
    Corpus("privacy_blind6", ("generate.py", "_b6rand.py", "_b6secret.py", "_b6prompt.py", "_b6benign.py"),
           lambda c: c == {"secret": 1050, "prompt": 1060, "benign": 1130}),
    Corpus("privacy_blind7", ("generate.py", "_b7rand.py", "_b7secret.py", "_b7prompt.py", "_b7foreign.py",
                              "_b7benign.py"),
           lambda c: c == {"secret": 1035, "prompt": 1045, "benign": 1045}),
    Corpus("privacy_blind8", ("generate.py", "_b8rand.py", "_b8vendors.py", "_b8secret.py", "_b8prompt.py",
                              "_b8intl.py", "_b8benign.py"),
           lambda c: c == {"secret": 1055, "prompt": 1010, "benign": 1035}),
    Corpus("privacy_blind9", ("generate.py", "_b9rand.py", "_b9vendors.py", "_b9secret.py", "_b9prompt.py",
                              "_b9intl.py", "_b9benign.py"),
           lambda c: c == {"secret": 1065, "prompt": 1005, "benign": 1035}),
    Corpus("privacy_blind10", ("generate.py", "_b10rand.py", "_b10vendors.py", "_b10secret.py", "_b10prompt.py",
                               "_b10intl.py", "_b10benign.py"),
           lambda c: c == {"secret": 1050, "prompt": 1030, "benign": 1075}),
    Corpus("privacy_blind11", ("generate.py", "_b11rand.py", "_b11vendors.py", "_b11secret.py", "_b11prompt.py",
                               "_b11intl.py", "_b11benign.py"),
           lambda c: c == {"secret": 1110, "prompt": 1010, "benign": 1015}),
    Corpus("privacy_blind12", ("generate.py", "_b12rand.py", "_b12intl.py", "_b12secret.py", "_b12prompt.py",
                               "_b12cueless.py", "_b12benign.py"),
           lambda c: c == {"secret": 945, "prompt": 1043, "benign": 1218}),
    Corpus("privacy_blind13", ("generate.py", "_b13rand.py", "_b13lang.py", "_b13shapes.py", "_b13agents.py",
                               "_b13ops.py", "_b13cueless.py"),
           lambda c: c == {"secret": 905, "prompt": 1035, "benign": 1390}),
    Corpus("privacy_blind14", ("generate.py", "_b14rand.py", "_b14lang.py", "_b14kit.py", "_b14slots.py",
                               "_b14topics.py", "_b14extra.py", "_b14ops.py", "_b14dev.py", "_b14people.py"),
           lambda c: c == {"secret": 910, "prompt": 1017, "benign": 1363}),
    Corpus("privacy_blind15", ("generate.py", "_b15rand.py", "_b15lang.py", "_b15secret.py", "_b15prompt.py",
                               "_b15benign.py", "_b15notes.py", "_b15cueless.py"),
           lambda c: c == {"secret": 1030, "prompt": 1065, "benign": 1186}),
    Corpus("privacy_blind16", ("generate.py", "_b16rand.py", "_b16fill.py", "_b16en.py", "_b16leak.py",
                               "_b16intl.py", "_b16logs.py"),
           lambda c: c == {"secret": 1065, "prompt": 1065, "benign": 1180}),
    Corpus("privacy_blind17", ("generate.py", "_b17rand.py", "_b17lang.py", "_b17cfg.py", "_b17code.py", "_b17ops.py",
                               "_b17pbank.py", "_b17pintl.py", "_b17prompt.py", "_b17benign.py"),
           lambda c: c == {"secret": 1050, "prompt": 1050, "benign": 1200}),
    Corpus("privacy_blind18", ("generate.py", "_b18rand.py", "_b18lang.py", "_b18secret.py", "_b18prompt.py",
                               "_b18decoy.py", "_b18frames.py"),
           lambda c: c == {"secret": 1050, "prompt": 1050, "benign": 1200}),
    Corpus("privacy_blind19", ("generate.py", "_b19rand.py", "_b19lang.py", "_b19frames.py", "_b19pieces.py",
                               "_b19cats.py"),
           lambda c: c == {"secret": 1050, "prompt": 1050, "benign": 1200}),
    Corpus("privacy_blind20", ("generate.py", "_b20rand.py", "_b20lang.py", "_b20frames.py", "_b20secret.py",
                               "_b20prompt.py", "_b20benign.py"),
           lambda c: c == {"secret": 1050, "prompt": 1050, "benign": 1200}),
    Corpus("privacy_blind21", ("generate.py", "_b21rand.py", "_b21lang.py", "_b21frames.py", "_b21secret.py",
                               "_b21prompt.py", "_b21benign.py"),
           lambda c: c == {"secret": 1050, "prompt": 1050, "benign": 1200}),
    Corpus("privacy_blind22", ("generate.py", "_b22rand.py", "_b22lang.py", "_b22frames.py", "_b22secret.py",
                               "_b22prompt.py", "_b22benign.py"),
           lambda c: c == {"secret": 1050, "prompt": 1050, "benign": 1200}),
    Corpus("privacy_blind23", ("generate.py", "_b23rand.py", "_b23lang.py", "_b23frames.py", "_b23secret.py",
                               "_b23prompt.py", "_b23benign.py"),
           lambda c: c == {"secret": 1050, "prompt": 1050, "benign": 1200}),
    Corpus("privacy_blind24", ("generate.py", "_b24rand.py", "_b24lang.py", "_b24secret.py", "_b24prompt.py",
                               "_b24benign.py"),
           lambda c: c == {"secret": 1050, "prompt": 1050, "benign": 1200}),
    Corpus("privacy_blind25", ("generate.py", "_b25rand.py", "_b25lang_a.py", "_b25lang_b.py", "_b25lang_c.py",
                               "_b25extra.py", "_b25kit.py", "_b25secret.py", "_b25prompt.py", "_b25benign.py"),
           lambda c: c == {"secret": 1050, "prompt": 1050, "benign": 1200}),
    Corpus("privacy_blind26", ("generate.py", "_b26rand.py", "_b26lang.py", "_b26words.py", "_b26secret.py",
                               "_b26prompt.py", "_b26benign.py", "_b26threads.py", "_b26more.py"),
           lambda c: c == {"secret": 1050, "prompt": 1050, "benign": 1200}),
]
each = pytest.mark.parametrize("corpus", CORPORA, ids=[c.name for c in CORPORA])


@each
def test_committed_corpus_equals_generator_output_with_stdlib_only(corpus: Corpus, tmp_path: Path) -> None:
    assert corpus.regenerate(tmp_path) == corpus.path.read_bytes(), (
        "corpus.jsonl is stale or the generator is not deterministic")


@each
def test_every_line_is_well_formed(corpus: Corpus) -> None:
    raw = corpus.path.read_bytes()
    assert raw.endswith(b"\n")
    for n, line in enumerate(raw.decode("utf-8").splitlines(), 1):
        row = json.loads(line)
        assert isinstance(row, dict), n
        assert list(row) == ["text", "label", "category"], n
        assert isinstance(row["text"], str) and row["text"].strip() == row["text"] != "", n
        assert row["label"] in LABELS, n
        assert isinstance(row["category"], str) and re.fullmatch(r"[a-z0-9_]+", row["category"]), n


@each
def test_texts_are_unique_and_each_category_has_one_label(corpus: Corpus) -> None:
    rows = corpus.rows()
    texts = Counter(str(r["text"]) for r in rows)
    assert [t for t, k in texts.items() if k > 1] == []
    labels_of: dict[object, set[object]] = {}
    for r in rows:
        labels_of.setdefault(r["category"], set()).add(r["label"])
    assert {c: ls for c, ls in labels_of.items() if len(ls) > 1} == {}


@each
def test_label_sizes_match_the_readme(corpus: Corpus) -> None:
    counts = Counter(str(r["label"]) for r in corpus.rows())
    assert corpus.sizes_ok(counts), dict(counts)
