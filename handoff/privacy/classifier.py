"""A trained linear model: the statistical prompt signal beside the phrase rules and the cues.

The rules in ``rules.py`` and ``cues.py`` know phrases and structures; text written to or by a
model often has neither (a plain instruction, a pasted answer, casual chat, a request in
another language). This module scores a text with a logistic regression over cheap features:
lower-cased word unigrams and bigrams, character bigrams of CJK scripts, the first word, and a
few structural marks (question marks, second-person density, speaker-label lines, code and path
marks, length, non-ASCII share). Every feature is binary and the vector is L2-normalised, so a
score is ``bias + sum(weights of present features) / sqrt(number of features)``.

The weights are trained at development time by ``bench/train_classifier.py`` on the labelled
corpora under ``tests/`` and shipped in ``classifier_weights.bin`` beside this file: a small
header and two sorted columns (features, quantised weights), with no hash of any kind, so the
file is a deterministic function of the corpora. It is read the first time a text reaches
``flags`` (the scanner calls it only for texts of at least ``MIN_CHARS`` characters and
``MIN_WORDS`` words that no rule has already rejected), never at import of the filter.

The feature extraction here is the single definition: the training script imports it, so a
model is always scored on the features it was trained on.
"""

from __future__ import annotations

import gc
import math
import os
import sys
from collections.abc import Iterable
from itertools import pairwise, repeat
from typing import TYPE_CHECKING, Final, Literal

from handoff.privacy import snapshot
from handoff.privacy.lazy_re import rx

if TYPE_CHECKING:
    from array import array

    Ints = array[int] | memoryview[int]
    """A column of integers: a ``memoryview`` cast over the file's bytes on a little-endian host
    (no copy, and no ``array`` module to import: a shared library, ~0.3 ms of a CLI call), an
    ``array`` where the bytes must be swapped. For the type checker only: every use is an
    annotation, and the alias made at run time compiled its two forward references (~1-2 ms of
    a first scan)."""

__all__ = ["MIN_CHARS", "MIN_CJK", "MIN_WORDS", "RULE_ID", "Model", "char_grams", "eligible",
           "feature_parts", "features", "flags", "load", "model", "status_list", "wanted"]

RULE_ID: Final = "prompt-classifier"
MIN_CHARS: Final = 24
"""Shorter texts are never scored: too little to judge, and no write of a short value pays
for loading the weights."""
MIN_WORDS: Final = 4
MIN_CJK: Final = 8

MAGIC: Final = b"HOCLF1\n"
WEIGHTS: Final = os.path.join(os.path.dirname(os.path.abspath(__file__)), "classifier_weights.bin")
"""A plain path string: ``pathlib`` is not otherwise imported by the filter, and importing it
for one file name cost more than the rest of this module."""

# Regular expressions are compiled on first use (``lazy_re.rx``): an ASCII text never needs the
# Unicode ones, and a text without a colon never needs the label-line one.
_WORD: Final = r"[^\W\d_]+"
"""Words of any script (for text that is not ASCII; ASCII takes the translate below)."""
_LETTERS = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
"""Lower-case ASCII letters kept, everything else a blank: ``bytes.translate`` then ``split``
finds the words of an ASCII text ~10x faster than a regex."""
_CJK: Final = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
_SPACELESS: Final = r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]+"
"""Runs of Thai, Lao, Myanmar and Khmer: scripts written without blanks between words, whose
vowel and tone marks (not letters to ``\\w``) cut ``_WORD``'s words into fragments. Their
character bigrams and trigrams within a run stand in for words (``char_grams``)."""
_LABEL_LINE: Final = r"\n[ \t>*#\[]*[^\W\d_][\w .()-]{0,24}+\]?[ \t]*[:\uff1a]"
"""A line that opens with a short label and a colon, searched in ``"\\n" + text``: the literal
line break lets ``re`` skip to line starts in C (a ``^`` with ``re.M`` is tried at every
character), and the label is possessive (its class has neither ``]`` nor a colon, and giving
back a blank cannot let a colon match sooner), so a failed line costs one try. Counts the same
lines as ``^...`` with ``re.M``: a match never spans a line break after its first character."""
_DIGIT: Final = r"\d"
_ASCII_DIGITS = b"0123456789"
_CODE = bytes(97 if 97 <= c <= 122 or 48 <= c <= 57 else 46 if c in b"/._=" else 96 if c in b"`{}<>$|\\"
               else 32 for c in range(256))
"""Code marks: letters and digits become ``a``, the joints of paths, names and assignments
``.``, braces and backticks a backtick; ``a.a`` (``store.py``, ``x=1``, ``a/b``) and backticks are
counted in C."""
_LOWER_LETTERS = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256))
"""``_LETTERS`` of the lower-cased text, read from the text as written (ASCII only): the bound
makes no lower-cased copy."""
_CODE_ANY_CASE = bytes(_CODE[c + 32] if 65 <= c <= 90 else _CODE[c] for c in range(256))
"""``_CODE`` of the lower-cased text, read from the text as written (ASCII only)."""

_ENGINEERING = frozenset((
    "pr", "prs", "ci", "api", "db", "repo", "branch", "commit", "merge", "deploy", "build", "test",
    "tests", "lint", "bug", "issue", "ticket", "release", "migration", "schema", "endpoint",
    "server", "config", "pipeline", "cluster", "prod", "staging", "docs", "readme", "codebase",
    "module", "sprint", "standup", "outage", "incident", "postmortem", "oncall", "changelog",
    "backlog", "jira", "slack", "team", "reviewer", "customer", "client", "stakeholder", "roadmap",
    "dashboard", "runbook", "alert", "log", "logs", "error", "stack", "trace", "service", "version",
))
"""Words that name an engineer's own things (the list ``cues`` uses to tell a colleague's
request from a prompt): how many occur is a feature, so the model can learn its weight."""
_ENGINEERING_BYTES = frozenset(word.encode("ascii") for word in _ENGINEERING)


_SELF = frozenset((b"i", b"we"))
_SELF_AUX = frozenset((b"have", b"ve", b"also", b"just", b"only", b"already", b"then", b"finally",
                       b"first", b"still", b"never", b"not"))
_PAST = frozenset((
    b"had", b"was", b"were", b"did", b"made", b"left", b"got", b"ran", b"found", b"saw", b"spent",
    b"wrote", b"took", b"went", b"could", b"couldn", b"wasn", b"didn", b"kept", b"broke", b"began",
    b"built", b"thought", b"told", b"said", b"brought", b"sent", b"gave", b"lost", b"won", b"felt",
    b"heard", b"met", b"paid", b"sat", b"slept", b"stood", b"understood", b"forgot", b"chose",
))
"""Past forms that do not end in ``ed`` (``need``, ``proceed`` end in ``eed`` and are not
counted; forms that read the same in the present, such as
``put``, ``set`` and ``read``, are left out)."""


def narration_mark(words: list[bytes]) -> bytes | None:
    """``#narr`` or ``#narr2``: the writer tells what they or their team did ("I fixed", "we
    reverted", "I have tried", "I couldn't"), once or more; None if never. A handoff note is
    narrated in the first person and the past; a request to a model asks for what is to be
    done, and its "I" wants or needs ("I need", "I want you to"). A feature, not a rule: the
    model learns how much it weighs (a request may tell what the user tried first).
    ``words``: the text's lower-cased words as bytes (``i've`` gives ``i`` and ``ve``)."""
    told = 0
    n = len(words)
    for subject in _SELF:  # ``list.index`` finds the few subjects in C: a 2 KB note has ~350 words
        k = -1
        while True:
            try:
                k = words.index(subject, k + 1)
            except ValueError:
                break
            j = k + 1
            while j < n and j < k + 3 and words[j] in _SELF_AUX:
                j += 1
            if j < n:
                verb = words[j]
                if verb in _PAST or (len(verb) > 3 and verb.endswith(b"ed") and not verb.endswith(b"eed")):
                    told += 1
    return None if not told else b"#narr" if told == 1 else b"#narr2"


def char_grams(runs: list[str]) -> set[str]:
    """The character bigrams and trigrams inside each run of a script written without blanks
    (``_SPACELESS``), each prefixed with ``~`` so that no gram equals a word feature. A
    trigram of Thai holds about a syllable: a word's stem, where ``_WORD`` sees a consonant."""
    grams: set[str] = set()
    for run in runs:
        for k in range(len(run) - 1):
            grams.add("~" + run[k : k + 2])
            grams.add("~" + run[k : k + 3])
    return grams


def features(text: str) -> set[str]:
    """The binary features of ``text`` (lower-cased; order does not matter)."""
    feats, pairs = feature_parts(text)
    feats.update(map(" ".join, pairs))
    return feats


def _latin(lo: str) -> bytes | None:
    """``lo`` in Latin-1 when every character of it has a code below 256 (German, French,
    Spanish ... without a dash or a curly quote), else None."""
    try:
        return lo.encode("latin-1")
    except UnicodeEncodeError:
        return None


_latin_table: list[bytes] = []


def _latin_words() -> bytes:
    """For ``bytes.translate`` of a Latin-1 text: each of the 256 characters kept where
    ``_WORD`` matches it, a blank where it does not, so that the text's words (``_WORD``'s
    matches, runs of such characters) are the translated text's blank-separated runs:
    ``findall`` tries its class at every character, ~6x the time of a translate and a split.
    No character ``_WORD`` matches is a blank to ``str.split`` (a blank is not ``\\w``).
    Derived from the pattern by the ``re`` module of the interpreter that runs it (its
    Unicode tables): read from ``snapshot.bin`` when it was built by the same version."""
    if not _latin_table:
        _latin_table.append(snapshot.tables("classifier.latin_words", _latin_words_of, _WORD,
                                            tuple(sys.version_info[:3])))
    return _latin_table[0]


def _latin_words_of(word: str, _version: tuple[int, ...]) -> bytes:
    one = rx(word).fullmatch
    return bytes(c if one(chr(c)) else 32 for c in range(256))


snapshot.first_use.append(_latin_words)


def feature_parts(text: str) -> tuple[set[str], set[tuple[str, str]]]:
    """``features(text)`` with its word bigrams kept as pairs of words: the bigram feature is
    the two words joined by a blank, and a word never holds a blank, so a pair stands for
    exactly one bigram and no bigram equals any other feature. Scoring looks pairs up as
    they are (a tuple hashes from its words' cached hashes) instead of building ~350 strings
    per 2 KB note."""
    lo = text.lower()
    ascii_ = lo.isascii()
    raw = lo.encode("utf-8", "surrogatepass")
    letters = raw.translate(_LETTERS) if ascii_ else b""
    latin = None if ascii_ else _latin(lo)
    words = (letters.decode("ascii").split() if ascii_ else rx(_WORD).findall(lo) if latin is None
             else latin.translate(_latin_words()).decode("latin-1").split())
    feats = set(words)
    pairs = set(pairwise(words))
    n = len(words)
    if n:
        feats.add("^" + words[0])
        feats.add("$" + words[-1])
        if "you" in feats or "your" in feats or "u" in feats:
            if ascii_:  # whole words counted in C: every blank doubled, so matches cannot overlap
                blanks = b" " + letters.replace(b" ", b"  ") + b" "
                you = blanks.count(b" you ") + blanks.count(b" your ") + blanks.count(b" u ")
            else:
                you = words.count("you") + words.count("your") + words.count("u")
            feats.add("#you" if you * 12 < n else "#you+")
    feats.add("#w" + str(min(n.bit_length(), 9)))
    if "i" in feats or "we" in feats:
        told = narration_mark(letters.split() if ascii_ else [w.encode() for w in words])
        if told:
            feats.add(told.decode())
    eng = len(_ENGINEERING.intersection(feats))  # the words: no other feature is a plain word
    if eng:
        feats.add("#eng" if eng < 3 else "#eng3")
    if not ascii_ and latin is None:  # (every character of a Latin-1 text is below both)
        chars = rx(_CJK).findall(lo)
        if chars:
            feats.update(chars)
            feats.update(map(str.__add__, chars, chars[1:]))
            feats.add("#cjk" if len(chars) * 4 < len(lo) else "#cjk+")
        runs = rx(_SPACELESS).findall(lo)
        if runs:
            feats.update(char_grams(runs))
            feats.add("#sea")
    if not ascii_:
        extra = len(raw) - len(lo)
        feats.add("#nonascii" if extra * 10 < len(lo) else "#nonascii+")
    if "?" in lo:
        feats.add("#q")
        if lo.rstrip().endswith(("?", "\uff1f")):
            feats.add("#qend")
    if lo.rstrip().endswith(":"):
        feats.add("#colonend")
    if "\n" in lo:
        feats.add("#lines")
    if ":" in lo or "\uff1a" in lo:
        labels = len(rx(_LABEL_LINE).findall("\n" + lo))
        if labels:
            feats.add("#label" if labels < 3 else "#label3")
    marks = raw.translate(_CODE)
    code = marks.count(b"a.a") + marks.count(b"`")
    if code:
        feats.add("#code" if code < 4 else "#code4")
    if len(raw.translate(None, _ASCII_DIGITS)) != len(raw) if ascii_ else rx(_DIGIT).search(lo):
        feats.add("#digit")
    return feats, pairs


class _BoundTables:
    """What ``Model.upper_bound`` reads, built once from the weights (``_bound_tables``).

    A plain class, not a ``NamedTuple``: building a named tuple's class runs ``exec`` (~0.3 ms
    of importing this module, paid by every CLI call that scores a text)."""

    __slots__ = ("code", "code4", "colonend", "digit", "eng", "eng3", "label", "label_few",
                 "label_many", "length", "lines", "pairs", "positive", "q", "qend", "singles",
                 "you", "you_few", "you_many")

    def __init__(self, singles: dict[bytes, int], pairs: dict[tuple[bytes, bytes], int],
                 positive: dict[tuple[bytes, bytes], int], length: tuple[int, ...],
                 marks: dict[str, int]) -> None:
        self.singles = singles
        """The single features of ASCII names (words, ``^first``, ``$last``, marks) by bytes."""
        self.pairs = pairs
        """The word bigrams of ASCII words, by their pair of words as bytes."""
        self.positive = positive
        """The same, those of positive weight only."""
        self.length = length
        """The weight of ``#w0`` ... ``#w9``, by index."""
        mark = marks.get
        self.eng, self.eng3 = mark("#eng", 0), mark("#eng3", 0)
        self.you_few, self.you_many = mark("#you", 0), mark("#you+", 0)
        self.label_few, self.label_many = mark("#label", 0), mark("#label3", 0)
        self.you = max(0, self.you_few, self.you_many)
        """The largest positive weight of ``#you`` and ``#you+`` (0 if neither is positive)."""
        self.label = max(0, self.label_few, self.label_many)
        """The largest positive weight of ``#label`` and ``#label3`` (0 if neither is)."""
        self.q, self.qend, self.colonend = mark("#q", 0), mark("#qend", 0), mark("#colonend", 0)
        self.lines, self.digit = mark("#lines", 0), mark("#digit", 0)
        self.code, self.code4 = mark("#code", 0), mark("#code4", 0)


class Model:
    """A bias, a scale and the feature weights (quantised integers).

    Read from a file, the weights stay two sorted columns (names, and int16 weights) and
    features are found by ``bisect`` in the names (``load``), or, for the shipped model when
    its index is current (``model``), through ``NameIndex`` in the names left unsplit, until
    ``BISECT_BUDGET`` features have been looked up that way; then the dict is built. A CLI
    call scores a few fields: a 2 KB note's ~500 features cost ~0.3-0.4 ms either way, where
    building the 25,000-entry dict costs ~3 ms; a long-lived process soon pays for the dict
    once and looks up in it from then on (at most about twice what the better choice in
    hindsight would have cost). All add the same integers, so a score is the same to the bit."""

    __slots__ = ("_bound", "_budget", "_by_pair", "_columns", "_index", "_weights", "bias",
                 "scale", "threshold")

    def __init__(self, bias: int, scale: int, threshold: float,
                 weights: dict[str, int] | None = None, *,
                 columns: tuple[list[str], Ints] | None = None,
                 index: NameIndex | None = None) -> None:
        self.bias = bias
        self.scale = scale
        self.threshold = threshold
        self._columns = columns  # names sorted as ``dumps`` writes them, and their weights
        self._index = index if columns is None else None  # the names unsplit, found by hash
        lookups = columns is not None or self._index is not None
        self._budget = BISECT_BUDGET if lookups else 0
        self._by_pair: tuple[dict[str, int], dict[tuple[str, str], int]] | None = None
        self._bound: _BoundTables | None = None
        self._weights = weights if weights is not None or lookups else {}

    def _split_names(self) -> None:
        """The names split into a list (``columns``), when the model was read with its index
        and the dicts are now wanted: paid once, by a long-lived process."""
        if self._columns is None and self._index is not None:
            self._columns = self._index.columns()
            self._index = None

    @property
    def weights(self) -> dict[str, int]:
        """Feature -> quantised weight (built on first use: the scanner never needs it)."""
        weights = self._weights
        if weights is None:
            self._split_names()
            if self._columns is not None:
                names, column = self._columns
                weights = dict(zip(names, column.tolist(), strict=True))
                self._columns = None
            else:
                assert self._by_pair is not None
                singles, pairs = self._by_pair
                weights = dict(singles)
                weights.update(zip(map(" ".join, pairs), pairs.values(), strict=True))
            self._weights = weights
        return weights

    def score(self, text: str) -> float:
        """The model's logit for ``text`` (positive: more likely a prompt)."""
        if self._budget > 0 and self._weights is None and (
                self._columns is not None or self._index is not None):
            feats = features(text)
            count = len(feats)
            self._budget -= count  # once spent, the next score builds the dicts
            if self._index is not None:
                total = self._index.total(feats)
            else:
                assert self._columns is not None
                total = _sorted_sum(*self._columns, feats)
        else:
            singles, pairs = self._by_pair or self._split_weights()
            words, bigrams = feature_parts(text)
            count = len(words) + len(bigrams)
            # one C-level lookup per feature; the two sets are disjoint features
            total = sum(map(singles.get, words, repeat(0))) + sum(map(pairs.get, bigrams,
                                                                      repeat(0)))
        return (self.bias + total / math.sqrt(count or 1)) / self.scale

    def below(self, text: str, words: list[bytes] | None = None) -> bool:
        """True when ``score(text) < threshold`` follows from ``upper_bound``, which costs about
        half the score; False means only that the bound cannot tell (``score`` then decides).
        Used once the weights are dicts (a long-lived process), for ASCII text.

        With ``U`` the bound, ``total <= U`` and the feature count is at least the number of
        distinct words ``d``, so the score is at most ``bias / scale`` if ``U <= 0`` and at
        most ``(bias + U / sqrt(d)) / scale`` otherwise; a margin keeps float rounding on the
        safe side. An engineering note's words carry large negative weights, so the bound
        settles it far below the threshold. ``words``: as ``upper_bound`` takes them."""
        if not SKIP_BY_BOUND or not text.isascii():
            return False
        bound = self.upper_bound(text, words)
        return bound is not None and self._bound_below(*bound)

    def _bound_below(self, upper: int, distinct: int, threshold: float | None = None) -> bool:
        limit = (self.threshold if threshold is None else threshold) - _MARGIN
        if upper <= 0:
            return self.bias / self.scale < limit
        return (self.bias + upper / math.sqrt(distinct)) / self.scale < limit

    def upper_bound(self, text: str, words: list[bytes] | None = None) -> tuple[int, int] | None:
        """For an ASCII text with at least one word: a number at least the sum of the weights
        of its features, and the number of its distinct words. Every feature ``score`` takes
        is taken, each at its weight or above it:

        - the word unigrams, the first and last word, the word count, the narration mark
          (``narration_mark``), the engineering-word count and the cheap marks (``#q``,
          ``#qend``, ``#colonend``, ``#lines``, ``#code``, ``#digit``) exactly, as
          ``feature_parts`` computes them (``_ascii_parts``);
        - the word bigrams by their positive weights only, summed over every position (a
          bigram that occurs twice is counted twice, a negative one not at all): no set of
          pairs is built, and the lookups go to the ~7,500 positive bigrams;
        - ``#label`` (a regex) and ``#you`` (three counts) at the largest positive weight of
          their family, when the text has a colon, or one of the words, at all.

        ``words``, when given, must be the runs of ASCII letters of ``text``, lower-cased, as
        bytes (what the ``_LOWER_LETTERS`` translation then ``split`` gives): the scanner
        passes the list it has already split (and hashed) for its own gate words."""
        tables, words, distinct, exact, _, you, colon = self._ascii_parts(text, words)
        if not words:
            return None
        upper = exact + _positive_bigrams(tables.positive, words)
        if you:
            upper += tables.you
        if colon:
            upper += tables.label
        return upper, len(distinct)

    def ascii_score(self, text: str, words: list[bytes] | None = None,
                    bounded: bool = False, threshold: float | None = None) -> float | None:
        """``score(text)`` for an ASCII text, to the bit, in one pass:
        the words, their set and the cheap marks are found once (``_ascii_parts``) and serve
        both the bound and the exact sum. With ``bounded``, None when the bound already
        settles the text below the threshold (``below``; a text without words is never
        settled so); then the bigram set, the ``#you`` counts and the label regex are never
        computed. ``words``: as ``upper_bound`` takes them.

        Exact because the features of an ASCII text fall in disjoint kinds (plain words,
        ``^``/``$`` words, ``#`` marks, bigrams that hold a blank), so their number is the
        sum of each kind's count, and the weights are integers, so the sum does not depend on
        the order it is taken in. ``threshold``: the one the bound settles against (the model's
        when None; ``classifier_windows`` passes its own)."""
        tables, words, distinct, total, count, you, colon = self._ascii_parts(text, words)
        if bounded and words:
            upper = total + _positive_bigrams(tables.positive, words)
            if self._bound_below(upper + (tables.you if you else 0)
                                 + (tables.label if colon else 0), len(distinct), threshold):
                return None
        pairs = set(pairwise(words))
        total += sum(map(tables.pairs.get, pairs, repeat(0)))
        count += len(pairs)
        if you:  # whole words: the list holds exactly the words feature_parts counts
            many = words.count(b"you") + words.count(b"your") + words.count(b"u")
            total += tables.you_few if many * 12 < len(words) else tables.you_many
            count += 1
        if colon:  # the label's classes do not depend on case: the text as written will do
            labels = len(rx(_LABEL_LINE).findall("\n" + text))
            if labels:
                total += tables.label_few if labels < 3 else tables.label_many
                count += 1
        return (self.bias + total / math.sqrt(count or 1)) / self.scale

    def _ascii_parts(self, text: str, words: list[bytes] | None) -> tuple[
            _BoundTables, list[bytes], set[bytes], int, int, bool, bool]:
        """What the bound and the exact score share, for an ASCII text:
        the tables, the words (bytes) and their set, the sum and the number of the features
        known exactly here (the words, the first and last, the length, the narration mark,
        the engineering count, the cheap marks), and whether ``#you`` and ``#label`` can occur.

        The words are ``bytes`` (``bytes.split`` is ~4x faster than ``str.split``, and hashes
        them once), looked up in tables keyed by bytes. The marks do not depend on case, so
        they are read from ``text`` itself: no lower-cased copy is made."""
        tables = self._bound or self._bound_tables()
        raw = text.encode("ascii")
        if words is None:
            words = raw.translate(_LOWER_LETTERS).split()
        n = len(words)
        distinct = set(words)
        get = tables.singles.get
        total = sum(map(get, distinct, repeat(0))) + tables.length[min(n.bit_length(), 9)]
        count = len(distinct) + 1
        if n:
            total += get(b"^" + words[0], 0) + get(b"$" + words[-1], 0)
            count += 2
        if b"i" in distinct or b"we" in distinct:
            told = narration_mark(words)
            if told:
                total += get(told, 0)
                count += 1
        eng = len(_ENGINEERING_BYTES.intersection(distinct))
        if eng:
            total += tables.eng if eng < 3 else tables.eng3
            count += 1
        end = text.rstrip()
        if "?" in text:
            total += tables.q
            count += 1
            if end.endswith("?"):
                total += tables.qend
                count += 1
        if end.endswith(":"):
            total += tables.colonend
            count += 1
        if "\n" in text:
            total += tables.lines
            count += 1
        marks = raw.translate(_CODE_ANY_CASE)
        code = marks.count(b"a.a") + marks.count(b"`")
        if code:
            total += tables.code if code < 4 else tables.code4
            count += 1
        if len(raw.translate(None, _ASCII_DIGITS)) != len(raw):
            total += tables.digit
            count += 1
        you = b"you" in distinct or b"your" in distinct or b"u" in distinct
        return tables, words, distinct, total, count, you, ":" in text

    def _bound_tables(self) -> _BoundTables:
        """The weights ``upper_bound`` reads: ASCII single features keyed by their bytes, the
        bigrams of positive weight keyed by their pair of words as bytes, each mark's weight,
        and the largest positive weight of ``#label``/``#label3`` and of ``#you``/``#you+``.
        Built once (~25,000 entries read; a long-lived process only)."""
        singles, pairs = self._by_pair or self._split_weights()
        enabled = gc.isenabled()
        gc.disable()  # thousands of new keys would trigger collections that find nothing
        try:
            encoded: dict[str, bytes] = {}

            def key(word: str) -> bytes:
                b = encoded.get(word)
                if b is None:
                    b = encoded[word] = word.encode("ascii")
                return b

            single_bytes = {key(name): weight for name, weight in singles.items()
                            if name.isascii()}
            all_pairs = {(key(a), key(b)): weight for (a, b), weight in pairs.items()
                         if a.isascii() and b.isascii()}
            positive = {pair: weight for pair, weight in all_pairs.items() if weight > 0}
        finally:
            if enabled:
                gc.enable()
        self._bound = _BoundTables(
            single_bytes, all_pairs, positive,
            tuple(singles.get("#w" + str(k), 0) for k in range(10)), singles)
        return self._bound

    def _split_weights(self) -> tuple[dict[str, int], dict[tuple[str, str], int]]:
        """The weights by kind of feature: bigrams keyed by their pair of words."""
        singles: dict[str, int] = {}
        pairs: dict[tuple[str, str], int] = {}
        if self._weights is not None:
            items: Iterable[tuple[str, int]] = self._weights.items()
        else:
            self._split_names()
            assert self._columns is not None
            names, column = self._columns
            items = zip(names, column.tolist(), strict=True)
        enabled = gc.isenabled()
        gc.disable()  # 25,000 new entries would trigger collections that find nothing
        try:
            for name, weight in items:
                first, blank, second = name.partition(" ")
                if blank and " " not in second:
                    pairs[first, second] = weight
                else:
                    singles[name] = weight
        finally:
            if enabled:
                gc.enable()
        self._by_pair = (singles, pairs)
        self._columns = None
        return self._by_pair

    def dumps(self) -> bytes:
        """The file form: magic, a JSON header line, the weights as int16 little-endian, then the
        feature names joined by newlines (not compressed: inflating cost a fifth of the load)."""
        names = sorted(self.weights)
        column = b"".join(self.weights[k].to_bytes(2, "little", signed=True) for k in names)
        blob = column + "\n".join(names).encode("utf-8")
        header = {"bias": self.bias, "features": len(names), "scale": self.scale,
                  "threshold": self.threshold}
        import json

        return MAGIC + json.dumps(header, sort_keys=True).encode() + b"\n" + blob

    @classmethod
    def loads(cls, data: bytes) -> Model:
        bias, scale, threshold, column, start = _parse(data)
        count = len(column)
        enabled = gc.isenabled()
        gc.disable()  # tens of thousands of new strings would trigger collections that find nothing
        try:
            names = data[start:].decode("utf-8").split("\n") if count else []
        finally:
            if enabled:
                gc.enable()
        if len(names) != count:
            raise ValueError("classifier weights file is truncated")
        return cls(bias, scale, threshold, columns=(names, column))


def _parse(data: bytes) -> tuple[int, int, float, Ints, int]:
    """A weights file's bias, scale, threshold and weight column, and where its names (joined
    by line breaks) start: nothing after the header line is copied but the column."""
    if not data.startswith(MAGIC):
        raise ValueError("not a classifier weights file")
    end = data.find(b"\n", len(MAGIC))
    if end < 0:
        raise ValueError("classifier weights file is truncated")
    import json  # already loaded by any CLI command; not needed at the filter's import

    header = json.loads(data[len(MAGIC) : end])
    count = int(header["features"])
    if count < 0 or len(data) < end + 1 + 2 * count:
        raise ValueError("classifier weights file is truncated")
    column = _ints(data, end + 1, end + 1 + 2 * count, "h")
    if int(header["scale"]) <= 0:  # `below`'s bound divides by it and keeps the inequality
        raise ValueError("classifier weights file has a scale that is not positive")
    return (int(header["bias"]), int(header["scale"]), float(header["threshold"]), column,
            end + 1 + 2 * count)


def _ints(data: bytes, start: int, end: int, code: Literal["h", "i"]) -> Ints:
    """``data[start:end]`` read as little-endian integers of type ``code`` (``h`` or ``i``)."""
    if sys.byteorder == "little":
        return memoryview(data)[start:end].cast(code)
    from array import array

    ints = array(code, data[start:end])
    ints.byteswap()
    return ints


# -- the names' index: a fresh process's first scores without splitting 25,000 names ------------

INDEX: Final = os.path.join(os.path.dirname(os.path.abspath(__file__)), "classifier_index.bin")
"""Derived from ``classifier_weights.bin`` by ``bench/build_classifier_index.py`` (``index_bytes``):
used only when it names the weights file's CRC, so a stale or missing index is slower, never
wrong."""
INDEX_MAGIC: Final = b"HOCLX1\n"
_INDEX_BITS: Final = 16
"""65,536 slots for 25,000 names: a lookup probes ~1.3 slots when the name is there, ~1.6 when
it is not (linear probing at load 0.38)."""


class NameIndex:
    """The sorted names of a weights file, unsplit, found through an open-addressing table
    keyed by ``crc32`` of the name's UTF-8 bytes (linear probing). Reading it costs two array
    copies where splitting the names costs ~25,000 new strings (~2-3 ms of a fresh process's
    first scan); a lookup costs about what a ``bisect`` did. Exact: a slot is taken only when
    the name's bytes equal the feature's, and a feature absent from the names reaches an empty
    slot (weight 0), as ``_sorted_sum`` gives it."""

    __slots__ = ("blob", "column", "mask", "memo", "offsets", "table")

    def __init__(self, blob: bytes, offsets: Ints, table: Ints, column: Ints) -> None:
        self.blob = blob  # the weights file: its names joined by "\n" end it
        self.offsets = offsets  # name i is blob[offsets[i] : offsets[i + 1] - 1]
        self.table = table  # slot -> name number, -1 for an empty slot
        self.column = column
        self.mask = len(table) - 1
        self.memo: dict[str, int] = {}
        """Feature -> weight (0 when absent) of every feature looked up so far. A long note
        is scored whole and then part by part (``classifier_windows``), and a part's words
        and bigrams are mostly the whole's: found once, each is then one C-level dict
        lookup. Bounded by ``BISECT_BUDGET``: once it is spent the model builds its dicts
        and drops this index."""

    def total(self, feats: Iterable[str]) -> int:
        """The sum of the weights of ``feats`` (each once; absent ones weigh 0)."""
        if not isinstance(feats, set | frozenset):
            feats = set(feats)
        memo = self.memo
        missing = feats.difference(memo) if memo else feats
        if missing:
            import zlib  # already loaded by the regex cache's first pattern

            blob, offsets, table, column, mask = (self.blob, self.offsets, self.table,
                                                  self.column, self.mask)
            crc32 = zlib.crc32
            starts = blob.startswith
            for feat in missing:
                # a lone surrogate's bytes are no valid UTF-8, so they never equal a name's
                key = feat.encode("utf-8", "surrogatepass")
                size = len(key) + 1  # a name's extent in the blob, its line break included
                slot = crc32(key) & mask
                i = table[slot]
                weight = 0
                while i >= 0:
                    start = offsets[i]
                    if offsets[i + 1] - start == size and starts(key, start):
                        weight = column[i]
                        break
                    slot = (slot + 1) & mask
                    i = table[slot]
                memo[feat] = weight
        return sum(map(memo.__getitem__, feats))

    def columns(self) -> tuple[list[str], Ints]:
        """The names as a list of strings beside their weights (what ``Model.loads`` reads)."""
        enabled = gc.isenabled()
        gc.disable()
        try:
            start = self.offsets[0]
            names = self.blob[start:].decode("utf-8").split("\n") if len(self.column) else []
        finally:
            if enabled:
                gc.enable()
        return names, self.column


def index_bytes(data: bytes) -> bytes:
    """The index file for the weights file ``data``: magic, the weights file's CRC and its
    number of names, then where each name starts in the weights file (int32; one more for the
    end) and the slot table (int16), both little-endian."""
    import zlib
    from array import array

    _, _, _, column, start = _parse(data)
    count = len(column)
    names = data[start:].split(b"\n") if count else []
    if len(names) != count or count >= 1 << 15:
        raise ValueError("classifier weights file does not fit an index")
    offsets = array("i", [start])
    for name in names:
        offsets.append(offsets[-1] + len(name) + 1)
    mask = (1 << _INDEX_BITS) - 1
    table = array("h", [-1]) * (mask + 1)
    for i, name in enumerate(names):
        slot = zlib.crc32(name) & mask
        while table[slot] >= 0:
            slot = (slot + 1) & mask
        table[slot] = i
    if sys.byteorder == "big":
        offsets.byteswap()
        table.byteswap()
    head = zlib.crc32(data).to_bytes(4, "little") + count.to_bytes(4, "little")
    return INDEX_MAGIC + head + offsets.tobytes() + table.tobytes()


def _read_indexed(weights: str, index: str) -> Model | None:
    """The model from ``weights`` with its names left unsplit, found through ``index``; None
    when the index is missing, damaged or written for another weights file."""
    import zlib

    try:
        with open(weights, "rb") as fh:
            data = fh.read()
        with open(index, "rb") as fh:
            head = fh.read()
    except OSError:
        return None
    start = len(INDEX_MAGIC) + 8
    if not head.startswith(INDEX_MAGIC) or head[len(INDEX_MAGIC) : len(INDEX_MAGIC) + 4] != (
            zlib.crc32(data).to_bytes(4, "little")):
        return None
    try:
        bias, scale, threshold, column, names_start = _parse(data)
    except (ValueError, KeyError, TypeError):
        return None
    count = len(column)
    middle = start + 4 * (count + 1)
    if (len(head) != middle + (2 << _INDEX_BITS)
            or int.from_bytes(head[start - 4 : start], "little") != count):
        return None  # cut short, or written for another number of names
    offsets = _ints(head, start, middle, "i")
    table = _ints(head, middle, len(head), "h")
    if offsets[0] != names_start or offsets[-1] != len(data) + 1:
        return None
    return Model(bias, scale, threshold, index=NameIndex(data, offsets, table, column))


def _positive_bigrams(positive: dict[tuple[bytes, bytes], int], words: list[bytes]) -> int:
    """The positive bigrams' weights summed over every position. ``zip`` over the list and
    its tail rather than ``pairwise``: on Python 3.11 ``zip`` reuses its result tuple when the
    lookup has let go of it, where ``pairwise`` builds a new one per position (~30 % less time
    for a note's ~340 lookups)."""
    return sum(map(positive.get, zip(words, words[1:], strict=False), repeat(0)))  # noqa: RUF007


def _sorted_sum(names: list[str], column: Ints, feats: set[str]) -> int:
    """The sum of the weights of ``feats``, found by binary search in the sorted ``names``."""
    from bisect import bisect_left  # here: a shared library, needed only without the index

    count = len(names)
    total = 0
    for feat, i in zip(feats, map(bisect_left, repeat(names), feats), strict=True):
        if i < count and names[i] == feat:
            total += column[i]
    return total


SKIP_BY_BOUND = True
"""A shortcut (``tests/test_privacy_bounds.py`` switches it off and expects the same verdicts
on every corpus line): ``Model.below`` answers for a text far below the threshold."""
_MARGIN: Final = 1e-9

BISECT_BUDGET: Final = 3_000
"""Features looked up by ``bisect`` before the dict is built: about what building it costs
(~1 µs per bisect, ~3 ms for the dict)."""

_MODEL: list[Model] = []


def load(path: str | os.PathLike[str] = WEIGHTS) -> Model:
    with open(path, "rb") as fh:
        return Model.loads(fh.read())


USE_INDEX = True
"""A shortcut (``tests/test_privacy_speed10.py`` switches it off and expects the same scores):
the shipped model is read with its names' index (``NameIndex``) when the index is current."""


def model() -> Model:
    """The shipped model, read on first use (with its names' index when that is current)."""
    if not _MODEL:
        indexed = _read_indexed(WEIGHTS, INDEX) if USE_INDEX else None
        _MODEL.append(indexed or load())
    return _MODEL[0]


def wanted(text: str) -> bool:
    """The scanner's cheap pre-check, before this module is imported: long enough, or a short
    text in a CJK script (which says in 8 characters what English says in 30)."""
    return len(text) >= MIN_CHARS or (len(text) >= MIN_CJK and max(text) >= "\u3040")


_USER_STORY: Final = (r"[ \t>*#-]*(?:\w+:[ \t]*)?as an? [^,.\n]{1,60}, i (?:want|need|would like|can)\b"
                      r"(?! you\b)[^\n]{0,240}?\bso that\b")
"""A user story, the product backlog's form ("As an admin, I want to rotate keys without
downtime, so that ..."): a person wants a feature of the product, written for the team that
builds it. Its "I want" reads like a request to the model; the form says whose it is."""


def _bare_command(text: str) -> bool:
    """One command line whose arguments are flags, variables, paths and values, with at most
    three plain words among them (``claude -p "$PROMPT" --output-format json``): it says
    nothing, whatever its variables are called; a request in its quotes is the rules' to
    find (``framing.model_cli_hits``)."""
    if "\n" in text or " -" not in text or len(text) > 240:
        return False
    plain = 0
    for token in text.split():
        word = token.strip("\"'`()[]{};,")
        if not word or word[0] in "-$<>|&" or "/" in word or "." in word or "=" in word or (
                any(c.isdigit() for c in word)):
            continue
        plain += 1
        if plain > 3:
            return False
    return True


_STATUS_LINE: Final = (r"[ \t]*(?:[-*\u2022][ \t]+|\d{1,2}[.)][ \t]+|\[[ x]\][ \t]+)?"
                       r"([^\W\d_][^\n:=\uff1a]{0,24}?)[ \t]*(?::|=|\uff1a|[ \t]-|[ \t]\u2192)"
                       r"[ \t]*([^\n]{0,40})")
"""One line of a status list: a short key, a colon (or ``=``, `` -``, `` →``) and a short value
or none (``build: ok``, ``- lint:``, ``* テスト: 成功``, ``coverage = 91 %``)."""
_STATUS_HEAD: Final = r"[ \t]*(?:#{1,4}[ \t]+[^\n]{1,40}|[^\W\d_][^\n:]{0,24}:)[ \t]*"
"""A status list's heading line: a Markdown heading or a short label ending in a colon."""
_SPEAKERS: Final = frozenset((
    "user", "assistant", "human", "ai", "system", "bot", "model", "me", "you", "q", "a", "question",
    "answer", "prompt", "response", "reply", "claude", "gpt", "chatgpt", "gemini", "copilot", "llm",
    "agent", "customer", "instruction", "instructions", "task", "input", "output", "request",
    "tone", "topic", "style", "persona", "role", "audience", "goal", "context", "query",
))
"""Keys that make a two-column text a chat or a prompt's parameters, not a status list."""


_STATUS_CHARS: Final = 69
"""The most characters other than blanks and tabs a line ``_STATUS_LINE`` or ``_STATUS_HEAD``
matches can hold: a marker of 3 (``12.``, ``[x]``), a key of 25, a separator of 1 and a value
of 40 (a heading: 4 and 40). A longer line matches neither, so a text whose first line is one
is no status list (the first line is checked by both before any other returns)."""


def status_list(text: str) -> bool:
    """A checklist of results: at least two lines, each a short key and a value of at most three
    words and five CJK characters (or none yet: ``build: ok / test: ok / lint:``), under at most
    one heading line. Such lists say what passed and what is pending, in any language; the
    model's label-line and colon-at-the-end features come from chat transcripts and "answer the
    following:" prompts, which this shape is not. The speaker keys (``_SPEAKERS``) keep a chat
    out of it, as a ``{placeholder}`` keeps a prompt template out. The rules still read every
    list; the classifier does not score one."""
    body = text.strip()
    cut = body.find("\n")
    first = body[:cut]
    if cut < 0 or len(first) - first.count(" ") - first.count("\t") > _STATUS_CHARS:
        return False  # one line, or a first line too long for either pattern (a paragraph)
    lines = [line for line in body.split("\n") if line.strip()]
    if not 2 <= len(lines) <= 24:
        return False
    if len(lines) > 2 and rx(_STATUS_HEAD).fullmatch(lines[0]) and not rx(_STATUS_LINE).fullmatch(
            lines[0]):
        lines = lines[1:]
    keys = 0
    for line in lines:
        m = rx(_STATUS_LINE).fullmatch(line)
        if m is None:
            if keys == 0 and rx(_STATUS_HEAD).fullmatch(line):
                continue  # the heading is a label with no value, e.g. ``Validation:``
            return False
        key, value = m.group(1).strip().lower(), m.group(2)
        if (key in _SPEAKERS or len(key.split()) > 3 or len(value.split()) > 3 or "?" in value or "{" in value
                or (not value.isascii() and len(rx(_CJK).findall(value)) > 5)):
            return False
        keys += 1
    return keys >= 2


def eligible(text: str) -> bool:
    """Whether ``text`` is long enough to be scored: ``MIN_WORDS`` words and ``MIN_CHARS``
    characters, or ``MIN_CJK`` characters of a CJK script; and is not a user story
    (``_USER_STORY``) or a bare command line (``_bare_command``)."""
    if len(text) >= MIN_CHARS and len(text.split(None, MIN_WORDS)) >= MIN_WORDS:
        head = text[:300].lower()
        if "as a" in head[:80] and rx(_USER_STORY).match(head) is not None:
            return False
        if "\n" in text and len(text) < 1200 and status_list(text):
            return False
        return not _bare_command(text)
    return not text.isascii() and (len(rx(_CJK).findall(text)) >= MIN_CJK
                                   or sum(map(len, rx(_SPACELESS).findall(text))) >= 2 * MIN_CJK
                                   ) and not ("\n" in text and status_list(text))


def flags(text: str, words: list[bytes] | None = None) -> bool:
    """Whether the shipped model calls ``text`` a prompt, a model's output or chat.

    ``words``, optional, for an ASCII text: its runs of letters, lower-cased, as bytes (the
    scanner has split them already); the bound then reads them instead of splitting again."""
    if not eligible(text):
        return False
    m = model()
    if m._by_pair is not None and text.isascii():
        score = m.ascii_score(text, words, SKIP_BY_BOUND)
        return score is not None and score >= m.threshold  # None: the bound settled it
    return m.score(text) >= m.threshold
