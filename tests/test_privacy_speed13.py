"""Session 13's speed shortcuts give exactly what the slow way gives.

Each shortcut is a necessary condition checked before a stage (a stage it proves cannot fire is
skipped), or the same object built by cheaper means. Each test compares the fast path with the
full one on the open corpora and on generated texts, and would fail if the shortcut were
stricter than what it stands for. No timing here: ``bench/bench_privacy.py`` measures.
"""

from __future__ import annotations

import ast
import json
import typing
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handoff.privacy import carriers, rule
from handoff.privacy.lazy_re import rx

PROJECT = Path(__file__).resolve().parent.parent
_OPEN_CORPORA = (
    "privacy_corpus/benign.jsonl",
    "privacy_corpus/prompts.jsonl",
    "privacy_corpus/secrets.jsonl",
    *(f"privacy_blind{n}/corpus.jsonl" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13)),
)
"""The corpora open to development (``bench/check_findings.py``'s list); never a held-out one."""


def _views() -> Iterator[str]:
    """The scanner's view of every open corpus line (ASCII, as ``scanner._scan`` makes it)."""
    for rel in _OPEN_CORPORA:
        path = PROJECT / "tests" / rel
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            yield text.encode("ascii", "replace").decode("ascii")


# -- Rule: collections.namedtuple at run time ----------------------------------------------------


def _typed_rule() -> type:
    """The ``typing.NamedTuple`` class ``rule.py`` declares for the type checker, made for real."""
    source = Path(rule.__file__).read_text(encoding="utf-8")
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.name == "Rule":
            namespace = {"NamedTuple": typing.NamedTuple, **vars(rule)}
            module = ast.Module(body=[node], type_ignores=[])
            exec(compile(module, "rule.py", "exec"), namespace)
            made: type = namespace["Rule"]
            return made
    raise AssertionError("no Rule class for the type checker in rule.py")


def test_the_run_time_rule_has_the_declared_fields_and_defaults() -> None:
    """Same names, order and defaults as the declared class (fails when one drifts)."""
    typed = _typed_rule()
    assert rule.Rule is not typed
    assert rule.Rule._fields == typed._fields  # type: ignore[attr-defined]
    assert rule.Rule._field_defaults == typed._field_defaults  # type: ignore[attr-defined]
    assert rule.Rule.__doc__


def test_every_shipped_rule_is_the_same_row_under_the_declared_class() -> None:
    from handoff.privacy.rules import RULES

    typed = _typed_rule()
    for row in RULES:
        assert typed(*row) == row
        assert typed(*row)._asdict() == row._asdict()


# -- carriers: the login pair's value shape, the login line's gate -------------------------------

_PAIR_SLASH_FULL = carriers._PAIR_SLASH.removesuffix(carriers._PAIR_SHAPE)
_PAIR_SPACED_FULL = carriers._PAIR_SPACED.removesuffix(carriers._PAIR_SHAPE)


def _pairs(view: str, shaped: bool) -> list[tuple[object, ...]]:
    hits: list[tuple[object, ...]] = []
    if shaped:
        carriers._login_pairs(view, "c", 1, hits)  # type: ignore[arg-type]
        return hits
    saved = carriers._PAIR_SLASH, carriers._PAIR_SPACED
    carriers._PAIR_SLASH, carriers._PAIR_SPACED = _PAIR_SLASH_FULL, _PAIR_SPACED_FULL
    try:
        carriers._login_pairs(view, "c", 1, hits)  # type: ignore[arg-type]
    finally:
        carriers._PAIR_SLASH, carriers._PAIR_SPACED = saved
    return hits


def _lines_gated_out(view: str) -> bool:
    """Whether ``_login_lines`` found something the gate would have skipped."""
    hits: list[tuple[object, ...]] = []
    carriers._login_lines(view, "c", 1, hits)  # type: ignore[arg-type]
    return bool(hits) and rx(carriers._LINE_GATE).search(view) is None


_PAIRS_FOUND = [
    "admin/k9q54-xz14t-dn9k0 works on staging",  # dash groups, one case: found by '-' alone
    "login is bob / Sa1uYX@eXTDuq for now",
    "`ops`/`Qz8-vT4-pp2K`, rotate it",
]
_LINES_FOUND = ["notes\ngrafana admin:Xk9#mQ2v\nend", "deploy:Gh7!kP2q  \r\nnext", "svc:Ab3$dE5^gH"]


@pytest.mark.parametrize("view", _PAIRS_FOUND)
def test_pairs_the_shape_must_keep_are_found(view: str) -> None:
    assert _pairs(view, True) == _pairs(view, False) != []


@pytest.mark.parametrize("view", _LINES_FOUND)
def test_lines_the_gate_must_keep_are_found(view: str) -> None:
    hits: list[tuple[object, ...]] = []
    carriers._login_lines(view, "c", 1, hits)  # type: ignore[arg-type]
    assert hits and not _lines_gated_out(view)


def test_the_pair_shape_and_the_line_gate_lose_nothing_on_the_corpora() -> None:
    """The shaped slash search finds the same login pairs as the unshaped one, and the line
    gate passes every text ``_login_lines`` flags, on every open corpus line."""
    pairs = lines = 0
    for view in _views():
        if "/" in view:
            found = _pairs(view, True)
            assert found == _pairs(view, False), view[:120]
            pairs += bool(found)
        if ":" in view:
            assert not _lines_gated_out(view), view[:120]
            hits: list[tuple[object, ...]] = []
            carriers._login_lines(view, "c", 1, hits)  # type: ignore[arg-type]
            lines += bool(hits)
    assert pairs >= 20 and lines >= 5


_VALUE = st.text(alphabet="abcxyzABQXZ0189-_.!@#$%^&*+=`~?,;)", min_size=1, max_size=30)
_NAMES = st.sampled_from(["admin", "bob", "`ops`", "svc.deploy", "x", "grafana admin", "Root",
                          "user@acme.io", "a-b", "docs", "7up"])
_SEPS = st.sampled_from(["/", " / ", ":", ": ", "\n", "\r\n", " ", "\t", ", ", ". ", "//", "`"])


@settings(max_examples=600, deadline=None)
@given(st.lists(st.one_of(_NAMES, _SEPS, _VALUE), min_size=1, max_size=10))
def test_the_pair_shape_and_the_line_gate_lose_nothing_on_generated_texts(
        pieces: list[str]) -> None:
    for view in ("".join(pieces), " ".join(pieces)):
        assert _pairs(view, True) == _pairs(view, False)
        assert not _lines_gated_out(view)
