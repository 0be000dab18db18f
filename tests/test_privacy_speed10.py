"""Session 10 speed changes change no number and no verdict.

A fresh process reads the classifier's weights with their names left unsplit and finds each
feature through ``classifier_index.bin`` (``classifier.NameIndex``), where it split 25,000
names before its first score. The sums it gives are compared here with a plain reference (the
weights file read by ``classifier.load`` into a dict) on every line of the corpora the filter
may read (as written and flattened), the bench notes and hypothesis texts; a stale, damaged or
missing index must not be used.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handoff.privacy import classifier

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT / "bench"))

from bench_privacy import TYPICAL_NOTES, dense_note, two_kb  # noqa: E402
from check_findings import CORPORA  # noqa: E402


def _texts() -> list[str]:
    texts = []
    for rel in CORPORA:
        path = PROJECT / "tests" / rel
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                text = json.loads(line)["text"]
                texts += [text, text.replace("\n", " ")]
    return texts + [two_kb(note) for note in TYPICAL_NOTES] + [dense_note()]


_TEXTS = _texts()
_PLAIN = classifier.load().weights  # the reference: every name read into a dict


def _indexed() -> classifier.Model:
    model = classifier._read_indexed(classifier.WEIGHTS, classifier.INDEX)
    assert model is not None, "the shipped index is not used"
    return model


def _index() -> classifier.NameIndex:
    index = _indexed()._index
    assert index is not None
    return index


def test_the_shipped_index_is_current() -> None:
    """Fails after new weights until ``bench/build_classifier_index.py`` is run."""
    data = Path(classifier.WEIGHTS).read_bytes()
    assert Path(classifier.INDEX).read_bytes() == classifier.index_bytes(data)


def test_the_shipped_model_is_read_with_its_index() -> None:
    classifier._MODEL.clear()
    try:
        model = classifier.model()
        assert model._index is not None and model._columns is None
    finally:
        classifier._MODEL.clear()


def test_every_name_is_found_at_its_weight() -> None:
    index = _index()
    assert len(_PLAIN) == len(index.column) > 1_000
    for name, weight in _PLAIN.items():
        assert index.total([name]) == weight, name


def test_the_index_sums_equal_the_plain_sums_on_every_corpus_line() -> None:
    index = _index()
    get = _PLAIN.get
    for text in _TEXTS:
        feats = classifier.features(text)
        assert index.total(feats) == sum(get(f, 0) for f in feats), text[:80]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab yz?:\n#$^你好の\ud800é")), max_size=60))
def test_the_index_sums_equal_the_plain_sums_on_any_text(text: str) -> None:
    feats = classifier.features(text) | {text, "#" + text, text + " " + text}
    assert _index().total(feats) == sum(_PLAIN.get(f, 0) for f in feats)


def test_scores_and_verdicts_are_the_same_with_and_without_the_index() -> None:
    """Through the budget: the indexed model's first scores by the index, then its names are
    split and its dicts built, as a model read without the index does."""
    model, reference = _indexed(), classifier.load()
    by_index = 0
    for text in _TEXTS:
        by_index += model._index is not None
        assert model.score(text) == reference.score(text), text[:80]
    assert by_index >= 5 and model._index is None and model._by_pair is not None
    assert model.weights == _PLAIN


def test_flags_is_the_same_with_the_index_switched_off() -> None:
    classifier._MODEL.clear()
    try:
        with_index = [classifier.flags(t) for t in _TEXTS[:400]]
        classifier._MODEL.clear()
        classifier.USE_INDEX = False
        assert classifier.model()._index is None
        assert [classifier.flags(t) for t in _TEXTS[:400]] == with_index
    finally:
        classifier.USE_INDEX = True
        classifier._MODEL.clear()


def _weights_file(tmp_path: Path, data: bytes) -> str:
    path = tmp_path / "weights.bin"
    path.write_bytes(data)
    return str(path)


def test_an_index_of_other_weights_is_not_used(tmp_path: Path) -> None:
    data = Path(classifier.WEIGHTS).read_bytes()
    index = Path(classifier.INDEX).read_bytes()
    (tmp_path / "index.bin").write_bytes(index)
    other = data[:-1] + bytes([data[-1] ^ 1])  # the last name changed: another weights file
    assert classifier._read_indexed(_weights_file(tmp_path, other), str(tmp_path / "index.bin")) is None
    same = _weights_file(tmp_path, data)
    assert classifier._read_indexed(same, str(tmp_path / "index.bin")) is not None


@pytest.mark.parametrize("cut", [0, 3, 20, 1_000, -2])
def test_a_damaged_or_missing_index_is_not_used(tmp_path: Path, cut: int) -> None:
    index = Path(classifier.INDEX).read_bytes()
    (tmp_path / "index.bin").write_bytes(index[:cut])
    weights = _weights_file(tmp_path, Path(classifier.WEIGHTS).read_bytes())
    assert classifier._read_indexed(weights, str(tmp_path / "index.bin")) is None
    assert classifier._read_indexed(weights, str(tmp_path / "absent.bin")) is None


def test_a_fresh_process_scores_a_note_without_splitting_the_names_or_loading_array(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(two_kb(TYPICAL_NOTES[0]), encoding="utf-8")
    code = (
        "import sys\n"
        "from handoff.privacy import scan_text, classifier\n"
        "assert scan_text(open(sys.argv[1], encoding='utf-8').read()) == []\n"
        "m = classifier._MODEL[0]\n"
        "print(m._index is not None, m._columns is None, m._by_pair is None,\n"
        "      sys.byteorder == 'big' or 'array' not in sys.modules)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(PROJECT))
    out = subprocess.run([sys.executable, "-c", code, str(note)], capture_output=True,
                         text=True, env=env, cwd=tmp_path, check=True)
    # the columns are views of the file's bytes: no ``array`` module to load (a shared library)
    assert out.stdout.split() == ["True", "True", "True", "True"]


_IMPORT_GC = """
import gc, sys
import handoff.errors
FROZEN
seen = []
gc.callbacks.append(lambda phase, info: seen.append(info["generation"]) if phase == "start" else None)
import handoff.privacy
print(len(seen), gc.isenabled(), gc.get_freeze_count())
"""


def _import_gc(frozen: str) -> list[str]:
    env = dict(os.environ, PYTHONPATH=str(PROJECT))
    out = subprocess.run([sys.executable, "-c", _IMPORT_GC.replace("FROZEN", frozen)],
                         capture_output=True, text=True, env=env, check=True)
    return out.stdout.split()


def test_importing_the_filter_sets_off_no_collection() -> None:
    """The tables built at import were traversed by one young collection that found nothing.
    (Since session 19 they stay frozen: ``tests/test_privacy_speed19.py``.)"""
    seen, enabled, frozen = _import_gc("")
    assert (seen, enabled) == ("0", "True") and int(frozen) > 0


def test_importing_the_filter_leaves_the_process_frozen_objects_frozen() -> None:
    """A process that froze its objects (before forking, say) keeps them frozen."""
    _, enabled, frozen = _import_gc("gc.freeze()")
    assert enabled == "True" and int(frozen) > 0


@pytest.mark.parametrize("keep", [60, 61, 1_000, 1_001])
def test_a_weights_file_cut_inside_its_column_is_refused_as_damaged(tmp_path: Path,
                                                                    keep: int) -> None:
    """Cut at an odd or even byte of the weight column: a ValueError (a damaged file), never a
    view of the wrong length."""
    data = Path(classifier.WEIGHTS).read_bytes()
    with pytest.raises(ValueError):
        classifier.Model.loads(data[:keep])
    assert classifier._read_indexed(_weights_file(tmp_path, data[:keep]), classifier.INDEX) is None



_VERBS = st.sampled_from(("use", "Use", "try", "Try", "USE", "reuse", "x-use", "_try", "tryhard"))
_VALUES = st.sampled_from(("Zq8vLw3xPk", "`k9Rm2Tq7Wn4s`", "a/b/c/d/e/f", "short", "use Zq8vLw3xPk"))
_TARGETS = ("admin", "the grafana admin", "vpn", "a b c d login", "docs", "try k9Rm2Tq7Wn4s on vpn")
_TAILS = st.sampled_from(("for", "on", "as", "to")).flatmap(
    lambda prep: st.sampled_from(_TARGETS).map(lambda target: f" {prep} {target}"))
_HANDOVER = st.tuples(_VERBS, _VALUES, _TAILS).map(lambda p: f"{p[0]} {p[1]}{p[2]}")


@given(st.lists(st.one_of(_HANDOVER, st.sampled_from((" ", "\n", ". ", "then ", "-"))), max_size=12))
@settings(max_examples=400, deadline=None)
def test_login_handovers_tried_at_their_verbs_find_what_a_whole_text_search_finds(pieces: list[str]) -> None:
    """`carriers._login_handovers` tries the pattern only where a verb is written; the spans must
    be those `finditer` over the whole text gives, overlaps resolved the same way."""
    from handoff.privacy import carriers
    from handoff.privacy.lazy_re import rx

    text = "".join(pieces)
    whole = [m.span(1) for m in rx(carriers._USE_FOR_LOGIN).finditer(text)]
    assert [m.span(1) for m in carriers._login_handovers(text)] == whole


_COOKIE_PIECES = st.sampled_from((
    "cookie", "cookies", "Cookie", "xcookie", " ", "\t", "  ", "\n", "my ", "laravel_session ", "sid", "a",
    ".-_x9", "value ", "was ", "is ", "= ", ": ", "=", "\"", "'", "`", "session=", "Zq8vLw3xPk9Rm2Tq7Wn4s",
    "k9Rm2Tq7Wn4sAb12Cd34/+=", "copied my session ", "x" * 70 + " ", "then ", ", and the "))


_COOKIE_SENTENCE = st.tuples(
    st.sampled_from(("", "my ", "x.", "-")), st.sampled_from(("laravel_session", "sid", "a", "x" * 70)),
    st.sampled_from((" ", "\t", "  ")), st.sampled_from(("cookie", "cookies", "Cookie")),
    st.sampled_from((" ", " value ")), st.sampled_from(("was", "is", "=", ":", "be")),
    st.sampled_from((" ", " `", " \"")), st.sampled_from(("Zq8vLw3xPk9Rm2Tq7Wn4s", "short", "k9Rm2Tq7Wn4sAb12Cd34/+=")),
).map("".join)


@given(st.lists(st.one_of(_COOKIE_PIECES, _COOKIE_SENTENCE), max_size=20))
@settings(max_examples=600, deadline=None)
def test_cookie_prose_tried_where_a_match_can_start_finds_what_a_whole_text_search_finds(
        pieces: list[str]) -> None:
    """`carriers._cookie_prose` tries the pattern only at `cookie` and at the name run before
    it; the matches must be those `finditer` over the whole text gives."""
    from handoff.privacy import carriers
    from handoff.privacy.lazy_re import rx

    text = "".join(pieces)
    whole = [(m.span(), m.groups()) for m in rx(carriers._COOKIE_PROSE).finditer(text)]
    assert [(m.span(), m.groups()) for m in carriers._cookie_prose(text)] == whole
