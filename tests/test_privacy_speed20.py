"""Session 20 (speed): ``pasted._label`` runs its label pattern only on the colon-ended stretches
that hold a label word (``pasted._label_spans``), and finds what the pattern finds on the whole
text. No timing here: the figures are ``bench/bench_note_cost.py``'s."""

from __future__ import annotations

import pytest

from handoff.privacy import pasted, scan_text, scanner
from handoff.privacy.lazy_re import rx

_PROSE = ("The customer asked about a refund and I explained that the policy allows returns "
          "within thirty days of purchase. They seemed satisfied with that answer.")

LABELS = [
    "The judge said:",
    "judge output for case-12:",
    "the grader's rationale:",
    "the reward model feedback:",  # a word _LABEL_WORDS lacks
    "Our model now says:",  # "says"
    "the bot then generates:",  # "generates"
    "the assistant still writes:",  # "writes"
    "gpt-4o came back with:",  # "came back"
    "redteam attempt #12 (v3):",  # "redteam"
    "adversarial case 7:",  # "adversarial"
    "summary from orca-mini-q4 on refund-17:",
    "Ausgabe des Judges f\u00fcr Fall 3:",
    "le mod\u00e8le r\u00e9pond :",
    "\u30e2\u30c7\u30eb\u306e\u56de\u7b54\uff1a",
    "\u017fummary from the model:",  # a long s: (?i) reads it as "s"
    "note: step 2: the judge said: fine",  # several colons on one line
]


def _whole(low: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx(pasted._LABEL_LINE).finditer(low)]


def _spans(low: str) -> list[tuple[int, int]]:
    pattern = rx(pasted._LABEL_LINE)
    return [m.span() for start, end in pasted._label_spans(low)
            for m in pattern.finditer(low, start, end)]


@pytest.mark.parametrize("label", LABELS)
def test_the_stretches_hold_every_match_of_the_whole_text(label: str) -> None:
    for text in (f"{label}\n{_PROSE}", f"Notes from today.\nWe ran it. {label} {_PROSE}",
                 f"Run 12: ok\n{label}\n\n{label} \"{_PROSE}\""):
        low = text.lower()
        assert _whole(low), text  # each label is one the pattern matches
        assert _spans(low) == _whole(low)


def test_a_note_without_a_colon_after_its_label_words_reads_no_stretch() -> None:
    low = ("The judge output looks fine and the summary is short.\nNothing was returned "
           "by the grader today").lower()
    assert pasted._label_spans(low) == []


@pytest.mark.parametrize("label", LABELS)
def test_gated_and_ungated_give_the_same_findings(label: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [f"{label}\n{_PROSE}", f"Run 12 at 10:41: ok\nThen {label} \"{_PROSE}\"",
             f"Session summary: nothing pasted today. {_PROSE}"]
    gated = [scan_text(t) for t in texts]
    monkeypatch.setattr(pasted, "_label_spans", lambda low: [(0, len(low))])
    scanner._CLEAN.clear()  # a clean verdict remembered must not answer for the ungated scan
    assert [scan_text(t) for t in texts] == gated
