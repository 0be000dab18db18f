"""Session 23 (lead): two cheap tests before searches that ran over every clean note.

``reviewbots._COUNT`` (a review bot's count of its comments) has no literal start and was tried
at every character of any note with a colon; ``threads.reply_chain_hits`` searched the whole text
for a ``Re:`` subject before looking for a quoted line it cannot do without. The tests check
that each test before the search never answers "cannot match" where the search matches, on
the shapes each pattern names and on generated text; the time saved is measured by
``bench/bench_note_cost.py`` (docs/design.md, "Session 23 (lead)")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handoff.privacy import reviewbots, threads
from handoff.privacy.lazy_re import rx

COUNTS = [
    "Actionable comments posted: 3",
    "**Actionable comments posted: 12**",
    "> Nitpick comments (4)",
    "Copilot reviewed 4 out of 4 changed files in this pull request and generated 2 comments.",
    "GitHub Copilot reviewed 7 out of 9 changed files",
    "## Summary by CodeRabbit",
    "Summary by review-bot",
]


@pytest.mark.parametrize("line", COUNTS)
def test_every_ascii_count_passes_the_test_before_the_search(line: str) -> None:
    text = f"Pasted from the PR:\n\n{line}\n\nsee below"
    assert rx(reviewbots._COUNT).search(text.lower()) is not None
    assert reviewbots._may_count(text, text.lower())
    hits: list[tuple[str, int, int, int, str]] = []
    reviewbots.review_hits(text, hits)
    assert hits


_PIECES = st.sampled_from([
    "actionable", "comments", "posted", "nitpick", "reviewed", "summary", "by", "copilot", "out of",
    "changed files", ":", " ", "\n", "(", ")", "3", "12", "**", "> ", "#", "coderabbit", "bot",
    "Comments", "Posted", "SUMMARY BY", "Reviewed", "4", "the", "note", "\u017f", "\u212a",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=30).map("".join))
def test_the_test_before_the_count_search_never_hides_a_match(text: str) -> None:
    lo = text.lower()
    if rx(reviewbots._COUNT).search(lo) is not None:
        assert reviewbots._may_count(text, lo)


_LINES = st.sampled_from([
    "Re: deploy window", "Subject: Re: flaky test", "On Mon, 3 Mar 2026, Ana wrote:", "> is it safe?",
    ">> we rolled back", "yes, thanks - go ahead", "a -> b", "x > 3 in the check", "  > quoted", "why?",
    "Am 3. März schrieb Jan:", "ok", "", "\\n",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(_LINES, min_size=1, max_size=12).map("\n".join))
def test_a_text_without_a_quoted_line_is_never_a_reply_chain(text: str) -> None:
    # the test before the subject search: with no line opening with ">", every line is at
    # depth 0, one voice, so the reader could never answer; with one, it reads as before
    hits: list[tuple[str, int, int, int, str]] = []
    threads.reply_chain_hits(text, hits)
    lines = text.replace("\\n", "\n").split("\n")
    if hits:
        assert any(threads._depth(line) > 0 for line in lines)


def test_a_reply_beside_its_quoted_message_is_still_found() -> None:
    text = ("Re: deploy window\n\nYes, Thursday works for us, thanks!\n\n"
            "On Mon, 3 Mar 2026, Ana Lima <ana@example.org> wrote:\n> Can we move the deploy to Thursday?\n"
            "> The migration needs a quiet hour.")
    hits: list[tuple[str, int, int, int, str]] = []
    threads.reply_chain_hits(text, hits)
    assert hits
