"""Session 21 (speed21): ``quoted._unquoted`` searches its role words only in label heads.

``_role_heads`` replaces a search of ``_USER|_ROLE`` over the whole lower-cased note (no literal
prefix: every character tried) with a search of the 50 characters before each line's first
colon, and ``_unquoted`` starts its label loop at the first line whose head holds such a word.
These tests check behaviour, not time: the gate never skips a label the full loop would accept,
so ``_unquoted`` finds exactly what the whole-text version found. No timing is asserted.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from handoff.privacy import mangled, peoplechat, quoted, scan_text, transport
from handoff.privacy.cue_words import _Hit
from handoff.privacy.lazy_re import line_matches, lower, rx


def _reference(text: str, hits: list[_Hit]) -> None:
    """``_unquoted`` as it was before session 21: the role words searched in the whole text,
    every line with a colon read from the first."""
    first = text.lstrip()[:400]
    if quoted._OPENING.match(first) is not None and quoted._marks(first.split("\n\n")[0]) >= 4:
        hits.append((quoted.PROMPT, 1, 0, len(first), "model-reply-shape"))
        return
    if ":" not in text and "\uff1a" not in text:
        return
    lo = text.lower()
    if rx(quoted._ROLE_WORD).search(lo) is None and not any(
            w in lo for w in (*quoted._USER_CJK, *quoted._ROLE_CJK)):
        return
    for m in line_matches(rx(quoted._LABEL_LINE), text, (":", "\uff1a")):
        label = m.group(1)
        cut = max(label.rfind(". "), label.rfind("; "))
        label = label[cut + 1 :].strip().lower()
        if (not label or len(label.split()) > 6 or any(c in label for c in "{}[]=_/\\$<`\"@")
                or quoted._needed(label) == 2 or rx(quoted._COPY).search(label) is not None):
            continue
        eol = text.find("\n", m.end())
        body = text[m.end() : len(text) if eol < 0 else eol]
        if not body.strip():
            body = next((rest for rest in text[m.end() :].split("\n", 3)[1:3] if rest.strip()), "")
        if quoted._wordy(body) and quoted._marks(body[:400]) >= 2:
            hits.append((quoted.PROMPT, 1, m.start(1), m.end(), "request-quoted"))
            return


def _both(text: str) -> tuple[list[_Hit], list[_Hit]]:
    new: list[_Hit] = []
    old: list[_Hit] = []
    quoted._unquoted(text, new)
    _reference(text, old)
    return new, old


_LABELS = ["User", "Prompt", "Task", "Reply", "Model's answer", "The assistant replied",
           "Usuario", "Nutzer", "Kullan\u0131c\u0131n\u0131n iste\u011fi", "\u041e\u0442\u0432\u0435\u0442",
           "\u30e6\u30fc\u30b6\u30fc", "\u8981\u6c42", "Run", "Status", "Notes", "Error",
           "- Asked", "  * request", "\u2022 Human", "Done. Then the user", "x; ask",
           "\u0130stek user", "SIGMA \u03a3 reply", "multitask", "asked the model", "build log",
           "\u0905\u0938\u093f\u0938\u094d\u091f\u0947\u0902\u091f", "O-Ton", "texte exact", "User's words",
           "ng\u01b0\u1eddi d\u00f9ng", "r\u00e9ponse du mod\u00e8le"]
_BODIES = ["can you please check the export and tell me what you changed?",
           "please keep the --json flag, I need it for scripts",
           "Sure! I'll update the tests as you asked. Should I push?",
           "the build is green on ubuntu-latest",
           "\u00bfpuedes revisar esto, por favor? dime qu\u00e9 cambiaste",
           "\u76f4\u3057\u3066\u304f\u3060\u3055\u3044\u3001\u304a\u9858\u3044\u3057\u307e\u3059\u3002\u3042\u306a\u305f\u306e\u8003\u3048\u306f\uff1f",
           "", "12:04:33 step 3 of 9"]
_FILLER = st.text(alphabet=st.sampled_from(list("abc xyz:.\n\t-;ISi\u0130\u03a3\uff1a")), max_size=120)


@st.composite
def _notes(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 6))):
        parts.append(draw(_FILLER))
        label = draw(st.sampled_from(_LABELS))
        colon = draw(st.sampled_from([": ", ":", "\uff1a", " -> ", ":\n"]))
        parts.append("\n" + label + colon + draw(st.sampled_from(_BODIES)))
    parts.append(draw(_FILLER))
    return "".join(parts)


@settings(max_examples=400, deadline=None)
@given(_notes())
def test_the_gate_never_skips_a_label_the_whole_text_search_accepts(text: str) -> None:
    new, old = _both(text)
    assert new == old


@settings(max_examples=300, deadline=None)
@given(_notes())
def test_role_heads_starts_at_or_before_the_first_label_naming_a_role(text: str) -> None:
    lo = lower(text)
    start = quoted._role_heads(text, lo)
    for m in line_matches(rx(quoted._LABEL_LINE), text, (":", "\uff1a")):
        label = m.group(1)
        label = label[max(label.rfind(". "), label.rfind("; ")) + 1 :].strip().lower()
        if label and rx(quoted._ROLE_WORD).search(label) is not None:
            assert 0 <= start <= m.start()
            break


def test_every_role_word_opens_with_a_run_the_gate_knows() -> None:
    import re

    firsts = quoted._role_firsts()
    for word in (quoted._USER + "|" + quoted._ROLE).split("|"):
        written = re.sub(r"\\u([0-9a-fA-F]{4})", lambda u: chr(int(u.group(1), 16)), word)
        m = rx(quoted._ROLE_WORD).search(" " + written + " ")
        assert m is not None, written
        assert re.match(r"\w+", m.group(0)).group(0) in firsts, written  # type: ignore[union-attr]


def test_role_heads_finds_the_first_labelled_line() -> None:
    text = "Session summary: all green\nbuild log: ok\nUser: can you please tell me why?\n"
    assert quoted._role_heads(text, lower(text)) == text.index("User")
    assert quoted._role_heads("no label here\nnor: here", "no label here\nnor: here") == -1


def test_a_role_word_after_the_colon_or_far_before_it_is_no_label_head() -> None:
    far = "x" * 60 + " user " + "y" * 60 + ": done"
    assert quoted._role_heads(far, lower(far)) == -1
    after = "Status: the user asked for it"
    assert quoted._role_heads(after, lower(after)) == -1
    new, old = _both(after)
    assert new == old == []


def test_the_filter_still_flags_a_labelled_request() -> None:
    text = ("Session notes: refactor done, tests green.\n"
            "Next: wire the exporter.\n"
            "User: can you please go through the export and tell me what you changed?\n")
    assert scan_text(text)
    assert quoted._role_heads(text, lower(text)) == text.index("User")
    hits: list[_Hit] = []
    quoted._unquoted(text, hits)
    assert [h[4] for h in hits] == ["request-quoted"]
    assert hits[0][2] == text.index("User")


# --- peoplechat: the windows around a time are read only where a turn's shape follows it ---

def _chat_reference(text: str) -> dict[int, tuple[str | None, ...]]:
    """``chat_hits``' matches before session 21: ``_TURN`` read in every window."""
    found: dict[int, tuple[str | None, ...]] = {}
    for stamp in rx(r"\d:\d\d").finditer(text):
        for m in rx(peoplechat._TURN).finditer(text, max(0, stamp.start() - 40), stamp.end() + 48):
            found[m.start()] = m.groups()
    return found


def _chat_gated(text: str) -> dict[int, tuple[str | None, ...]]:
    found: dict[int, tuple[str | None, ...]] = {}
    for stamp in rx(r"\d:\d\d").finditer(text):
        start, end = max(0, stamp.start() - 40), stamp.end() + 48
        if rx(peoplechat._TIME_ENDS).search(text, start, end) is None:
            continue
        for m in rx(peoplechat._TURN).finditer(text, start, end):
            found[m.start()] = m.groups()
    return found


_TURNS = ["[10:32] priya: can you look?", "[2026-12-04 9:05 PM] <omar> sure", "12/04/2026, 16:30 - Luc\u00eda: ok",
          "16:30 - Omar: thanks", "Yuki (10:19): done?", "11:50 Hugo > see above",
          "Ines \u2014 Today at 15:05\nwhat now", "omar  12:04 PM\nlet me check", "\u0645\u0646\u0649  09:46 pm\r\nyes",
          "2026-12-04T08:41:02Z Run pytest", "at 10:30am we met", "[ 33%] 10:3", "x 1:23:45] y"]
_CHAT_FILLER = st.text(alphabet=st.sampled_from(list("aZ 1:9-]).>[\n\tPpMm\u2014")), max_size=60)


@st.composite
def _chats(draw: st.DrawFn) -> str:
    parts = [draw(_CHAT_FILLER)]
    for _ in range(draw(st.integers(0, 5))):
        parts.append(draw(st.sampled_from(["\n", " ", "/", ";", "|", ""])) + draw(st.sampled_from(_TURNS)))
        parts.append(draw(_CHAT_FILLER))
    return "".join(parts)


@settings(max_examples=500, deadline=None)
@given(_chats())
def test_the_time_shape_gate_never_skips_a_window_holding_a_turn(text: str) -> None:
    assert _chat_gated(text) == _chat_reference(text)


def test_a_ci_log_time_opens_no_window_but_a_chat_stamp_does() -> None:
    shaped = rx(peoplechat._TIME_ENDS).search
    assert shaped("2026-12-04T08:41:02Z Run pytest -q") is None
    for turn in _TURNS[:9]:
        assert shaped(turn) is not None, turn
    chat = "[10:32] priya: can you look at the flaky test?\n[10:33] omar: sure, thanks\n"
    hits: list[_Hit] = []
    peoplechat.chat_hits(chat, hits)
    assert hits


# --- mangled._invisible and transport.wrap_joins: a cheap test before the loop -------------

def _invisible_reference(text: str) -> list[tuple[int, int, str]]:
    return [(i, i + 1, " " if c in mangled._NO_BREAK else "") for i, c in enumerate(text)
            if c in mangled._INVISIBLE or c in mangled._NO_BREAK]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \n\u00e9\u00fc\u4e2d") + list(mangled._MARKS)), max_size=80))
def test_invisible_finds_what_the_loop_over_every_character_found(text: str) -> None:
    assert mangled._invisible(text) == _invisible_reference(text)


def test_a_german_note_without_invisible_characters_has_no_edits() -> None:
    assert mangled._invisible("Prüfung: 212 bestanden, 3 übersprungen") == []
    assert mangled._invisible("Prüfung:\u00a0212\u200b") == [(8, 9, " "), (12, 13, "")]


def _wrap_reference(text: str) -> object:
    """``transport.wrap_joins`` before session 21 (the next line's start found for every line)."""
    t = transport
    b = t._Builder(text)
    start = 0
    n = len(text)
    while True:
        nl = text.find("\n", start)
        if nl < 0:
            break
        end = nl - 1 if nl and text[nl - 1] == "\r" else nl
        cut = end - 1 if end and text[end - 1] == "\\" else end
        resume = t._next_start(text, nl)
        width = end - start
        if ((width in t._WRAP_WIDTHS or width - t._quote_len(text, start) in t._WRAP_WIDTHS)
                and cut > start and text[cut - 1] in t._TOKEN
                and text[cut - 1] not in ".:!?" and resume < n and text[resume] in t._TOKEN
                and not t._stamp(text, resume)):
            first = cut
            while first > start and text[first - 1] in t._TOKEN:
                first -= 1
            last = resume
            while last < n and text[last] in t._TOKEN:
                last += 1
            tail, head = text[first:cut], text[resume:last]
            if (cut - first >= 4 and not t._CUT.isdisjoint(tail)) or (
                    len(head) >= t._HEAD and not t._CUT.isdisjoint(head) and t._cut_token(tail, head)):
                b.put("", cut, resume)
        start = nl + 1
    return b.done()


_KEYISH = st.text(alphabet=st.sampled_from(list("aZ09_-/=+.: ")), min_size=1, max_size=12)


@st.composite
def _wrapped(draw: st.DrawFn) -> str:
    lines = []
    for _ in range(draw(st.integers(1, 6))):
        prefix = draw(st.sampled_from(["", "> ", "> > ", ">>", "+", " "]))
        width = draw(st.sampled_from([64, 72, 76, 78, 80, 63, 81, 10]))
        body = draw(_KEYISH)
        line = prefix + ("x" * max(0, width - len(prefix) - len(body))) + body
        lines.append(line + draw(st.sampled_from(["", "\\", "\r"])))
    return "\n".join(lines) + draw(st.sampled_from(["", "\n", "\nAbC123xyz_-99QQ"]))


@settings(max_examples=400, deadline=None)
@given(_wrapped())
def test_wrap_joins_joins_what_it_joined_when_every_line_was_read(text: str) -> None:
    assert transport.wrap_joins(text) == _wrap_reference(text)


def test_the_role_firsts_are_those_the_words_give() -> None:
    """(Session 22: the set comes from ``snapshot.bin``, whose currency
    ``tests/test_privacy_speed12.py`` checks, no longer from a constant in the source.)"""
    assert quoted._role_firsts() == quoted.derive_firsts(quoted._USER + "|" + quoted._ROLE)


def test_an_edited_word_list_is_derived_not_read_from_the_constant() -> None:
    words = quoted._USER + "|" + quoted._ROLE + r"|\u0642\u0627\u0644|o'neil|x-ray"
    got = quoted.derive_firsts(words)
    assert got - quoted._role_firsts() == {"\u0642\u0627\u0644", "x"}  # ("o" is there already)
    assert quoted.derive_firsts(r"'quoted|user") == {"", "user"}
