"""Session 16: the classifier's second look at a long note (``classifier_windows``) and the
status lists it no longer scores (``classifier.status_list``).

A short request inside 1-3 KB of an agent's own notes is averaged away when the whole text is
scored; the parts of a long note are scored one by one against a threshold of their own. The
mechanism is checked with a small hand-made model (so the tests do not move with each retrain);
the status lists with the shipped one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from handoff.privacy import classifier, classifier_windows, scan_text, scanner

_PROSE = ("Moved the nightly export off the shared runner and onto the batch pool with its own "
          "concurrency limit; the first two runs took nine minutes each, down from twenty-five.")
_NEEDLE = ("Please rewrite the export runner as a small command line tool with a dry run flag, "
           "and write the argument parsing for me.")


def _note(needle: str | None, paragraphs: int = 12) -> str:
    blocks = [f"{_PROSE} Step {k} of the migration was checked against the staging copy."
              for k in range(paragraphs)]
    if needle is not None:
        blocks.insert(paragraphs // 2, needle)
    return "## Session summary\n\n" + "\n\n".join(blocks)


@pytest.fixture
def toy_model() -> Iterator[classifier.Model]:
    """A model that knows a few request words (positive) and the note's words (negative)."""
    weights = {w: 6000 for w in ("please", "rewrite", "write", "me", "for", "tool", "and")}
    weights.update({w: -3000 for w in ("moved", "nightly", "export", "runner", "migration",
                                      "staging", "checked", "step", "of", "the", "runs")})
    model = classifier.Model(0, 1000, 1.45, weights)
    saved = list(classifier._MODEL)
    classifier._MODEL[:] = [model]
    scanner.clear_caches()
    try:
        yield model
    finally:
        classifier._MODEL[:] = saved
        scanner.clear_caches()


def test_windows_are_the_blocks_fence_bodies_and_quotes_of_a_note() -> None:
    text = ("Intro line one\nintro line two\n\n```\n$ make test\nok\n```\n\n"
            "Context:\n> quoted one\n> quoted two\nafter\n\n<!-- template question -->\n\nlast")
    assert classifier_windows.windows(text) == [
        "Intro line one\nintro line two",
        "$ make test\nok",
        "```\n$ make test\nok\n```",
        "quoted one\nquoted two",
        "Context:\n> quoted one\n> quoted two\nafter",
        "last",
    ]
    assert classifier_windows.windows("one block only, no blank line") == []


def test_a_short_request_in_a_long_note_is_found_by_its_part(toy_model: classifier.Model) -> None:
    text = _note(_NEEDLE)
    assert len(text) > 1500
    assert toy_model.score(text) < toy_model.threshold  # diluted: the whole text passes
    assert toy_model.score(_NEEDLE) >= classifier_windows.WINDOW_THRESHOLD
    assert classifier_windows.flags(text)
    assert [f.rule for f in scan_text(text)] == [classifier.RULE_ID]


def test_the_same_note_without_the_request_passes(toy_model: classifier.Model) -> None:
    assert toy_model.score(_NEEDLE) >= classifier_windows.WINDOW_THRESHOLD
    assert not classifier_windows.flags(_note(None))
    assert classifier_windows.flags(_note(_NEEDLE))


def test_short_parts_and_short_texts_are_not_scored_alone(toy_model: classifier.Model) -> None:
    short = "Please write it for me and the tool."  # a positive part, under MIN_PART_WORDS words
    assert toy_model.score(short) >= classifier_windows.WINDOW_THRESHOLD
    assert not classifier_windows.flags(_note(short))
    assert classifier_windows.scored_parts(_note(short)) == classifier_windows.scored_parts(_note(None))
    assert not classifier_windows.flags(_NEEDLE + "\n\n" + _PROSE)  # under MIN_LONG characters


@pytest.mark.parametrize("text", [
    "build: ok\ntest: ok\nlint:",
    "Validation:\n* tests:\n* lint: passed\n* build: ok\n* migrations:",
    "Build: ok\nTests: bestanden\nLint:",
    "ビルド: 成功\nテスト: 失敗\nリント:",
])
def test_a_status_list_is_not_scored(text: str) -> None:
    assert classifier.status_list(text)
    assert not classifier.eligible(text)
    assert scan_text(text) == []


@pytest.mark.parametrize("text", [
    "user: fix the failing test please\nassistant: done, the fixture was stale",
    "Text: {text}\nSentiment:",
    "Write a poem about snow: short\nTone: happy\nLength: 4 lines",
    "ユーザー: このバグを直してください\nアシスタント: 修正しました",
    "Q: what does the retry wrapper do?\nA: it retries",
])
def test_a_chat_or_a_template_is_not_a_status_list(text: str) -> None:
    assert not classifier.status_list(text)
