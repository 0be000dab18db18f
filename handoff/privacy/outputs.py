"""Prompt cue: a model's verbatim output under a label ("its full response was:", "the
assistant replied:", "Review from <model>: ...").

Why its own module: split out of ``cues.py`` (which calls it) so each cue family reads alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from handoff.privacy.cue_words import PROMPT, _Hit
from handoff.privacy.lazy_re import rx as _rx

if TYPE_CHECKING:
    import re


# -- model output under a label ------------------------------------------------------------------

_LABEL = (
    r"(?P<who>model|assistant|llm|ai|chatbot|bot|copilot|cursor|gpt(?:-?[0-9][a-z0-9.-]*)?"
    r"|(?:claude|chatgpt|gemini|codex|grok|llama|mistral|deepseek|qwen)"
    r"(?:[-.][0-9a-z][a-z0-9.-]*|[0-9][a-z0-9.-]*)?)(?:'s|s)?"
    r"[ \t]+(?:(?:full|raw|verbatim|exact|original|complete|final)[ \t]+)?"
    r"(?P<verb>said|replied|responded|answered|wrote|output|response|reply|answer|returned"
    r"|says|replies|responds|answers|writes|came back with|gave)"
    r"(?:[ \t]+(?:was|is|read|reads|this|the following))?"
    r"(?:[ \t]*\((?:verbatim|full|raw|exact|unedited)\))?[ \t]*(?::|,[ \t]*[\"\u201c])"
    r"|(?P<pron>(?<![a-z])(?:it|they|he|she)[ \t]+(?:said|replied|responded|answered|wrote)"
    r"(?:[ \t]+(?:this|the following))?[ \t]*:)"
    r"|(?P<own>(?:its|their|his|her)[ \t]+(?:(?:full|whole|entire|raw|verbatim|exact|original"
    r"|complete|final)[ \t]+)?(?:response|reply|answer|output)(?:[ \t]+(?:was|is|read|reads))?"
    r"[ \t]*:)"
    r"|(?P<plain>(?:output|response|reply|answer|transcript)[ \t]*\((?:verbatim|unedited|raw)\)"
    r"[ \t]*:|verbatim[ \t]+(?:output|response|reply|answer)[ \t]*:)"
)


_LABEL_VERBS = ("said", "replied", "responded", "answered", "wrote", "output", "response", "reply",
                "answer", "says", "replies", "responds", "answers", "writes", "came back", "gave",
                "transcript")


def _word_starts(words: bytes, word: bytes) -> list[int]:
    """Where ``word`` (letters, or letters and blanks) occurs as whole words, in ``words`` (the
    padded word mask): one C-level search per occurrence."""
    out = []
    needle = b" " + word + b" "
    pos = words.find(needle)
    while pos >= 0:
        out.append(pos)
        pos = words.find(needle, pos + len(needle) - 1)
    return out


_LABEL_VERB_BYTES = tuple((v.split()[0].encode(), v.encode(), len(v)) for v in _LABEL_VERBS)


def _labelled_output(lo: str, words: bytes, present: frozenset[bytes],
                     hits: list[_Hit]) -> None:
    """Every alternative of ``_LABEL`` has its verb as a whole word, right before a ``:`` or
    ``, "`` at most 30 characters on: the pattern runs in a window around each such verb."""
    windows = []
    for first, verb, size in _LABEL_VERB_BYTES:
        if first not in present:
            continue
        for pos in _word_starts(words, verb):
            colon = lo.find(":", pos, pos + size + 30)
            quote = lo.find(", \"", pos, pos + size + 30)
            if colon >= 0 or quote >= 0:
                windows.append((max(0, pos - 80), pos + size + 32))
    if not windows:
        return
    rx = _rx(_LABEL)
    for start, end in sorted(windows):
        for m in rx.finditer(lo, start, end):
            if _label_body(lo, m):
                hits.append((PROMPT, 1, m.start(), m.end(), "model-output-label"))
                return


def _label_body(lo: str, m: re.Match[str]) -> bool:
    """Whether the label's body reads as an answer; a label inside a conditional sentence ("If
    the model returns an empty answer, check `max_tokens` first: ...") is documentation's advice,
    not a label (session 15: blind15's `docs_second_person`)."""
    if _conditional(lo, m.start()):
        return False
    who = m.group("who")
    body = lo[m.end() : m.end() + 600]
    return _body_words(body) >= (6 if who else 8)


def _conditional(lo: str, at: int) -> bool:
    """Whether the sentence holding ``at`` opens with "if", "when" or "unless"."""
    cut = max(lo.rfind("\n", 0, at), lo.rfind(". ", 0, at))
    return lo[cut + 1 : at + 1].lstrip(" \t>*-#").startswith(("if ", "when ", "unless "))


def _body_words(body: str) -> int:
    """Words in a body of the scanner's view, where each character outside ASCII reads ``?``:
    a word with a letter counts one, and three such characters count one more (a Korean or
    Hindi word is a run of them, and Chinese or Japanese puts no blank between words)."""
    words = sum(1 for w in body.split() if any(c.isalpha() for c in w))
    return words + body.count("?") // 3




# -- a model's output quoted under any label -----------------------------------------------------

_QUOTE_LABEL = (
    r"(?:\b(?:bot|chatbot|model|assistant|llm|ai|chatgpt|copilot|claude|gemini|gpt(?:-?[0-9]"
    r"[a-z0-9.-]*)?|grok|llama|mistral|deepseek|qwen)(?:'s)?\b[^\n:]{0,40}?\b(?:answer|response"
    r"|reply|output|suggested|suggestion|came up with|said|wrote|generated|produced|returned"
    r"|verbatim|word for word|review|reviewed|commented|feedback|came back with|replied|answered"
    r"|responded)"
    r"|\b(?:answer|response|reply|output|suggestion|completion)s? (?:from|of|by) (?:the |an? )?"
    r"(?:bot|chatbot|model|assistant|llm|ai|gpt"
    r"|(?:other |previous |last |earlier )(?:chat|session|conversation)"
    r"|(?:chatgpt|claude|gemini|grok|llama|mistral|deepseek|qwen|codex|copilot)"
    r"(?:[-.][0-9a-z][a-z0-9.-]*|[0-9][a-z0-9.-]*)?)"
    r"|\b(?:review|patch|diff|fix|comment|feedback)s? \(?(?:from|by) (?:the |an? )?"
    r"(?:[^\s:]+ ){0,2}\(?(?:[\w-]*-ai\[bot\]|bot|chatbot|model|assistant|llm|ai|gpt"
    r"|(?:chatgpt|claude|gemini|grok|llama|mistral|deepseek|qwen|codex|copilot)"
    r"(?:[-.][0-9a-z][a-z0-9.-]*|[0-9][a-z0-9.-]*)?)(?!\w))"
    r"[^\n:]{0,40}?(?::|[ \t]+-{2,3}|[ \t]+\u2014)[ \t]*\n?(?:>[ \t]*|```[a-z]*\n|[\"\u201c])?"
)
_QUOTE_WORDS = frozenset(w.encode() for w in (
    "bot", "chatbot", "model", "assistant", "llm", "ai", "chatgpt", "copilot", "claude", "gemini",
    "gpt", "grok", "llama", "mistral", "deepseek", "qwen"))


_QUOTE_NOUNS = tuple(w.encode() for w in (
    "answer", "response", "reply", "output", "suggestion", "completion", "answers", "responses",
    "replys", "outputs", "suggestions", "completions",
    # a model's review, patch or comment attributed to it ("Review from <model> on PR #12:")
    "review", "reviews", "patch", "patches", "diff", "diffs", "fix", "fixs", "comment",
    "comments", "feedback", "feedbacks"))


def _quoted_output(lo: str, words: bytes, present: frozenset[bytes], hits: list[_Hit]) -> None:
    """The body under the label must read as prose: ten words and a full sentence.

    Every match of ``_QUOTE_LABEL`` starts at a whole word, a model's name or an output noun
    (both looked up in the word set first), so the pattern is tried only there, in order and
    without overlaps, as ``finditer`` would find them."""
    starts = [pos for word in (*(present & _QUOTE_WORDS), *(present & _QUOTE_NOUN_SET))
              for pos in _word_starts(words, word)
              if word not in _BY_NOUNS or _attributed(words, pos + len(word) + 1)]
    if not starts:
        return
    match = _rx(_QUOTE_LABEL).match
    reached = 0
    for at in sorted(starts):
        if at < reached:
            continue
        m = match(lo, at)
        if m is None:
            continue
        reached = max(m.end(), at + 1)
        if _plain_app(lo, at):
            continue
        body = lo[m.end() : m.end() + 400]
        if _verdict_body(body):
            continue
        said = [w for w in body.split() if w.strip(".,;:!?\"'\u201c\u201d").isalpha()]
        if len(said) >= 10 and (". " in body or body.rstrip().endswith((".", "!"))) and not _conditional(
                lo, m.start()):
            hits.append((PROMPT, 1, m.start(), m.end(), "model-output-label"))
            return


_VERDICT_OPEN = (
    r"[ \t]*(?:[*_`>]+[ \t]*)?(?:(?:\d+|no|zero|one|two|three)[ \t]+(?:[a-z-]+[ \t]+)?"
    r"(?:issues?|comments?|suggestions?|findings?|nits?|nitpicks?|problems?|warnings?|errors?"
    r"|checks?|blockers?|smells?)\b"
    r"|(?:lgtm|approved?|passed|failed|green|red|clean|success(?:ful)?|changes[ \t]+requested"
    r"|needs[ \t]+(?:changes|work)|quality[ \t]+gate)(?![a-z]))"
)
_VERDICT_VOICE = (
    r"(?<![a-z'])(?:you|your|i|i'm|i've|i'd|we|should|must|let me|here is|here's)(?![a-z'])"
)


def _verdict_body(body: str) -> bool:
    """Whether the body after a bot's or model's review label is a status line, not what the
    model said: it opens with a verdict or a count of findings (``approved``, ``LGTM``, ``3
    issues (1 high)``, ``quality gate failed``), the way a review app reports its result, and
    nowhere speaks to a reader or as a writer (no ``you``, ``I``, ``we``, ``should``). A
    model's review quoted for its words explains (``2 issues. You should wrap the lock ...``)
    and keeps its label's finding."""
    return _rx(_VERDICT_OPEN).match(body) is not None and _rx(_VERDICT_VOICE).search(
        body) is None


_AI_HANDLE = (
    r"(?:^|[-_.])ai(?:$|[-_.])|ai$|copilot|gpt|claude|gemini|codex|llm|openai|anthropic|cursor"
    r"|llama|mistral|deepseek|qwen|grok"
)


def _plain_app(lo: str, at: int) -> bool:
    """Whether the "bot" at ``at`` is a forge's app-account marker (``secret-scanner (bot)``,
    ``dependabot[bot]``) after a handle that names no model: a scanner's, a dependency
    updater's or a CI app's comment, not a model's (session 16: blind17's `benign_review_thread`,
    a secret scanner's report quoted in a review thread). An AI reviewer's handle names what
    it is (``coderabbitai``, ``sourcery-ai``, ``gemini-code-assist``, ``copilot-...``), and
    a marker with no handle before it is left to the label as before."""
    if not (lo.startswith("bot", at) and lo[at - 1 : at] in ("(", "[")
            and lo[at + 3 : at + 4] in (")", "]")):
        return False
    j = at - 1
    while j and lo[j - 1] in " *_`":
        j -= 1
    k = j
    while k and (lo[k - 1].isalnum() or lo[k - 1] in "-_."):
        k -= 1
    handle = lo[k:j].strip("-_.")
    return bool(handle) and _rx(_AI_HANDLE).search(handle) is None


_QUOTE_NOUN_SET = frozenset(_QUOTE_NOUNS)
_BY_NOUNS = frozenset(w.encode() for w in (
    "review", "reviews", "patch", "patches", "diff", "diffs", "fix", "fixs", "comment", "comments",
    "feedback", "feedbacks"))
"""Nouns that start a label only when "from" or "by" names who made them (``Review from
<model>``): the pattern is not tried at every "fix" of a note."""


def _attributed(words: bytes, after: int) -> bool:
    """Whether "from" or "by" follows at ``after`` in the word mask (a parenthesis between is a
    blank there)."""
    rest = words[after : after + 8].lstrip(b" ")
    return rest.startswith((b"from ", b"by "))
_QUOTE_GATE = _QUOTE_WORDS.union((b"session", b"chat", b"conversation"))
"""Words one of which a quoted model output's label names: a model, or the other session (an
agent's) its answer was copied from (then with one of ``_ANSWER_NOUNS``)."""
_ANSWER_NOUNS = frozenset(w.encode() for w in ("answer", "answers", "response", "responses", "reply",
                                               "output", "outputs", "suggestion", "completion"))
GATE_WORDS = _QUOTE_NOUN_SET.union(_QUOTE_GATE, (v for v, _, _ in _LABEL_VERB_BYTES))
"""Words ``cues.GATE_WORDS`` adds for these cues."""
