"""Prompt cue: a model's output that an engineer pasted into a note to judge it, under the frame
such notes use when they work on a product built on a model (a support bot, a summariser, an
eval harness, a judge model).

Three rules, each asking that what is pasted reads as a model's prose (ten words or more and a
sentence that ends; in Chinese or Japanese, twenty characters and a full stop), so the same
frames holding a score, an id or a count stay clean:

- ``pasted-output``: a label naming what an LLM product produces, then a colon and the pasted
  text: a judge's or grader's output, rationale or reasoning ("judge output for case-12:",
  "the grader's rationale:"), a summariser's product ("the summariser produced:", "generated
  summary for T-4, pasted for review:"), a model that "now returns" or "answered", a red-team
  prompt or jailbreak quoted, and the same labels in German, French, Spanish, Portuguese,
  Japanese and Chinese. A plain "Summary:" or "Rationale:" opens half the commit messages of
  some projects, so those words count only with a judge, a model or "generated" beside them.
- ``eval-record-output``: a JSON record whose ``output``, ``completion``, ``rationale``,
  ``model_output``, ``prediction`` or ``generation`` string holds such prose (an eval case's
  captured answer); the same record with scores and ids has no such string.
- ``assertion-model-answer``: a failing test's assertion whose string literal is such prose
  (``assert "I'm sorry, but ..." == ...``, a diff line ``E   + Sure! To cancel ...``); a test
  failure that names a case id has none.

Why its own module: the frames are a family of their own (notes about LLM products), and they
run, like ``directives``, only when no other cue found the text (``cues._session14``), so the
older rules keep their findings.
"""

from __future__ import annotations

from handoff.privacy.cue_words import PROMPT, _Hit
from handoff.privacy.lazy_re import rx as _rx

LABEL_RULE_ID = "pasted-output"
RECORD_RULE_ID = "eval-record-output"
ASSERT_RULE_ID = "assertion-model-answer"

# -- what reads as a model's prose ---------------------------------------------------------------

_CJK_STOPS = ("\u3002", "\uff01", "\uff1f")


def _cjk(ch: str) -> bool:
    return "\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff"


_STOPS = (".", "!", "?", "\u0964", "\u061f", "\u06d4")
"""A sentence's end: the Latin stops, the Devanagari danda and the Arabic question mark and
full stop (session 19: a Hindi summary ends with a danda, not a full stop)."""


def _hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


def _sentences(body: str) -> int:
    """How many sentences end in ``body``: a stop before a blank or a line break, and the last."""
    ends = sum(body.count(stop + " ") + body.count(stop + "\n") for stop in _STOPS)
    return ends + (not any(body.rstrip().endswith(stop + tail) for stop in _STOPS
                           for tail in (" ", "\n")) and body.rstrip().endswith(_STOPS))


def reads_as_prose(body: str, least: int = 10) -> bool:
    """``least`` words with letters (ten) and a sentence that ends (". " or a stop at a line's
    end inside, or a final stop); or twenty Chinese or Japanese characters and a full stop.
    Session 19: two sentences that end read as prose from six words (a Turkish or Korean reply
    says in nine words what English says in fifteen), and a Korean sentence of twelve Hangul
    syllables counts like a Chinese one."""
    body = body.strip().strip("\"'`\u201c\u201d\u00ab\u00bb\u300c\u300d> \n")
    if sum(1 for ch in body[:400] if _cjk(ch)) >= 20:
        return any(s in body for s in _CJK_STOPS)
    tokens = [t for t in body[:600].split() if not t.strip(".,:;%$()").replace(",", "").replace(".", "").replace(
        ":", "").isdigit()]  # (a number is part of a sentence: "open from 9 to 14")
    words = [w for w in tokens if any(c.isalpha() for c in w)]
    if len(words) * 4 < len(tokens) * 3:
        return False  # (a command's output: rules, paths, counts between the words)
    ends = _sentences(body[:600])
    if len(words) >= least or (ends >= 2 and len(words) >= min(6, least)):
        return ends > 0
    return ends > 0 and sum(1 for ch in body[:400] if _hangul(ch)) >= 12


# -- a label, a colon, the pasted output ---------------------------------------------------------

_JUDGE = r"(?:judge|grader|evaluator|rater|critic|reward model|llm[- ]as[- ]a[- ]judge)"
_MODEL = r"(?:model|bot|chatbot|llm|assistant|agent|ai)"
_FAMILY = (r"(?:gpt|claude|gemini|llama|mistral|mixtral|qwen|deepseek|gemma|grok|sonnet|haiku|opus"
           r"|command-r|o[134]-mini)(?:[a-z0-9.]*-[a-z0-9.-]*[a-z0-9]|[0-9.]*)?\b")
"""A model family's name and its version (``gpt-4o-mini``, ``claude-3-5-haiku``, ``qwen2.5``)."""
_MODEL_NAME = r"(?:" + _FAMILY + r"|[a-z][a-z0-9.]*-[a-z0-9.-]*\d)"
"""A model by name: a family's, or a hyphenated id with a digit (``orca-mini-q4``,
``judge-large-3``): a name a team gives the model it serves or tries. A hyphenated id names a
build or a node as often, so it counts only before a noun of what a model writes."""
_ATTACK = (r"(?:red[- ]?team(?:ing)?|jailbreak|injection|attack|adversarial)"
           r" (?:attempt|case|probe|payload|input|sample|example)(?!s)\b")
"""A red-team attempt or case quoted: the attack is a prompt, however short (``_ATTACK_LEAST``)."""
_ATTACK_LEAST = 4
_LABELS = (
    # English
    _JUDGE + r"(?:'s|s')?(?: model)? (?:full |raw |verbatim )?(?:output|rationale|reasoning"
    r"|explanation|critique|feedback|response|reply|answer|comment)s?\b"
    r"|\b(?:the |a |our )?" + _JUDGE + r"(?: model)? (?:said|wrote|replied|answered|explained"
    r"|returned|produced|gave|came back with)\b"
    r"|\b(?:rationale|reasoning|explanation|critique) (?:from|of|by) (?:the |our )?" + _JUDGE
    + r"|\bwrote as (?:the |its |a )?(?:rationale|reasoning|explanation)\b"
    r"|\bsummari[sz]er (?:produced|generated|returned|wrote|output|gave|came back with)\b"
    r"|\b(?:generated|model[- ]generated|ai[- ]generated|llm[- ]generated) (?:summary|summaries"
    r"|answer|answers|response|responses|reply|replies|description|release notes|review)\b"
    r"|\bsummary (?:it|the " + _MODEL + r") (?:generated|produced|wrote|returned|gave)\b"
    r"|\b(?:the |our )" + _MODEL + r" (?:now |then |just |still |instead )(?:returns|returned"
    r"|answers|answered|responds|responded|says|said|produces|produced|outputs|generates"
    r"|generated|writes|wrote|replies|replied)\b"
    r"|\b(?:red[- ]team(?:ing)?[- ]prompt|jailbreak(?: prompt| string)?|attack (?:string|prompt)"
    r"|injection (?:payload|string|prompt)|prompts? de red team)\b"
    r"|\bsummary (?:from|by) (?:the |our )?" + _MODEL + r"\b"
    # session 19: what a named model wrote ("Summary from orca-mini-q4 on refund-17:"), and a
    # red-team attempt quoted ("red-team attempt #180 (succeeded on v3):")
    r"|\b(?:summary|answer|reply|response|rationale|critique|verdict|completion|explanation"
    r"|draft|translation) (?:from|by|of) " + _MODEL_NAME
    + r"|\b(?:output|reply|response)s? (?:from|by|of) " + _FAMILY
    + r"|\b" + _MODEL_NAME + r"(?:'s)? (?:answer|reply|response|summary|rationale|verdict|critique"
    r"|completion|draft|translation)s?\b"
    r"|\b" + _FAMILY + r" (?:said|wrote|replied|answered|returned|produced|generated|came back with)\b"
    r"|\b" + _ATTACK
    # German
    + r"|\bausgabe des (?:judges|bewerters|richters|modells)\b|\bbegr\u00fcndung des (?:judges"
    r"|bewerters|richters|modells)\b|\bgenerierte zusammenfassung\b|zusammenfassung, die (?:das"
    r" modell|der summarizer) (?:erzeugt|generiert|geschrieben) hat|\bdas modell antwortet\b"
    # French
    r"|\bsortie du (?:juge|mod\u00e8le \u00e9valuateur)\b|\bjustification du (?:juge|mod\u00e8le"
    r"|mod\u00e8le \u00e9valuateur|\u00e9valuateur)\b|\br\u00e9sum\u00e9 (?:g\u00e9n\u00e9r\u00e9"
    r"|produit)\b|\ble mod\u00e8le r\u00e9pond\b"
    # Spanish
    r"|\bsalida del (?:juez|evaluador)\b|\bjustificaci\u00f3n del (?:juez|evaluador|modelo)\b"
    r"|\bresumen (?:generado|que gener\u00f3)\b|\bel modelo (?:ahora )?responde\b"
    # Portuguese
    r"|\bsa\u00edda do (?:juiz|avaliador)\b|\bjustificativa do (?:juiz|avaliador|modelo)\b"
    r"|\bresumo (?:gerado|que o modelo gerou)\b|\bo modelo (?:agora )?responde\b"
    # Japanese, Chinese
    r"|\u30b8\u30e3\u30c3\u30b8\u51fa\u529b|\u5224\u5b9a\u7406\u7531|\u751f\u6210\u3057\u305f"
    r"\u8981\u7d04|\u751f\u6210\u8981\u7d04|\u30e2\u30c7\u30eb\u306e\u56de\u7b54"
    r"|\u8bc4\u5ba1\u6a21\u578b\u8f93\u51fa|\u7ed9\u51fa\u7684\u7406\u7531|\u751f\u6210\u7684"
    r"\u6458\u8981|\u6a21\u578b(?:\u73b0\u5728)?\u7684\u56de\u7b54"
    r"|\u751f\u6210\u6458\u8981|\u7ea2\u961f\u63d0\u793a|\u8d8a\u72f1\u63d0\u793a"
)
_LABEL_LINE = r"(?im)(?:" + _LABELS + r")[^\n:\uff1a]{0,70}?[:\uff1a]"
"""A label, at most 70 characters on the same line, then a colon; the body decides."""
_LABEL_WORDS = ("judge", "grader", "evaluator", "rater", "critic", "rationale", "reasoning",
                "summari", "generated", "returns", "returned", "answer", "respon", "said",
                "jailbreak", "red team", "red-team", "attack", "injection", "explanation",
                "wrote", "repl", "produce", "output", "summary", "verdict", "draft",
                "translation", "completion", "critique")
_LABEL_OTHER = ("ausgabe des", "begr\u00fcndung", "zusammenfassung", "modell antwortet",
                "sortie du", "justifica", "r\u00e9sum\u00e9", "mod\u00e8le r\u00e9pond",
                "salida del", "resumen", "modelo", "sa\u00edda do", "resumo",
                "\u30b8\u30e3\u30c3\u30b8", "\u5224\u5b9a", "\u8981\u7d04", "\u56de\u7b54",
                "\u8bc4\u5ba1", "\u7406\u7531", "\u6458\u8981", "red team", "red-team",
                "\u7ea2\u961f", "\u8d8a\u72f1")


_SPEECH = (
    r"(?i)\b(?:said|wrote|replied|answered|explained|returns|returned|produced|gave|came back"
    r"|generated(?! (?:summar|answer|respons|repl|descr|release|review))|answers|responds"
    r"|responded|says|outputs|generates|writes|replies|responde"
    r"|antwortet)\b|r\u00e9pond"
)
"""A label that says the model spoke ("the judge said:", "the model now returns:"), where the
output may follow on the same line; a noun label ("judge rationale:", "generated summaries:")
counts only when the pasted block starts on the next line or in quotes, since a design note
writes "Judge rationale: we grade with a judge because ..." as a heading of its own prose."""
_OPENERS = ("\n", "\"", "\u201c", "\u00ab", "\u300c", "'", ">", "`")


def _pasted_after(text: str, at: int) -> bool:
    """Whether what follows the colon at ``at`` opens a pasted block: a line break, a quote, a
    block quote or a fence."""
    rest = text[at : at + 8].lstrip(" \t")
    return not rest or rest.startswith(_OPENERS)


def _conditional(lo: str, at: int) -> bool:
    """Whether the sentence holding ``at`` opens with "if", "when" or "unless" (documentation's
    advice about what a model may return, not a pasted output)."""
    cut = max(lo.rfind("\n", 0, at), lo.rfind(". ", 0, at))
    return lo[cut + 1 : at + 1].lstrip(" \t>*-#").startswith(("if ", "when ", "unless "))


_SEGMENT_WORDS = (*_LABEL_WORDS, *_LABEL_OTHER, "reward model", "says", "generates", "writes",
                  "came back", "redteam", "adversarial")
"""A word every ``_LABEL_LINE`` match holds (``_LABEL_WORDS`` and ``_LABEL_OTHER`` with the few
words of ``_LABELS`` they miss: a match of a reward model's feedback, of "the model now says",
"generates" or "writes", of a model that "came back with", of an adversarial or redteam case).
It decides which stretches of the text the label pattern reads (``_label_spans``)."""
_FOLDS = ("\u0131", "\u017f")
"""The two lower-case letters the pattern's ``(?i)`` matches to an ASCII letter (dotless i, long
s) that ``str.lower`` leaves as they are: where one is, a word test could miss a match."""


def _label_spans(low: str) -> list[tuple[int, int]]:
    """The stretches of ``low`` where ``_LABEL_LINE`` can match, in order: each a stretch that
    ends in a colon and holds a ``_SEGMENT_WORDS`` word, from the line's start or the previous
    colon. A match ends at the first colon after its label (neither the label nor the filler
    holds a colon or a line break), so it lies inside one such stretch and holds its word, and
    the pattern run on each stretch alone (``finditer(low, start, end)``, which sees the
    characters around the stretch for its ``\\b``) finds the same matches as on the whole
    text. Session 20: the pattern reads ~6-9 µs a character (44 branches under ``(?i)``, no
    literal prefix), ~12 ms a 2 KB note that holds one of its words anywhere."""
    if any(f in low for f in _FOLDS):
        return [(0, len(low))]
    spans = set()
    for word in _SEGMENT_WORDS:
        at = low.find(word)
        while at >= 0:
            nl = low.find("\n", at)
            line_end = len(low) if nl < 0 else nl
            colon = low.find(":", at, line_end)
            wide = low.find("\uff1a", at, line_end if colon < 0 else colon)
            end = colon if wide < 0 else wide
            if end >= 0:
                start = max(low.rfind("\n", 0, at), low.rfind(":", 0, at),
                            low.rfind("\uff1a", 0, at)) + 1
                spans.add((start, end + 1))
            at = low.find(word, at + 1)
    return sorted(spans)


def _label(text: str, lo: str, hits: list[_Hit]) -> bool:
    if not any(w in lo for w in _LABEL_WORDS) and (
            text.isascii() or not any(w in text.lower() for w in _LABEL_OTHER)):
        return False
    low = lo if text.isascii() or len(text.lower()) != len(text) else text.lower()
    label_line = _rx(_LABEL_LINE)
    for m in (m for start, end in _label_spans(low) for m in label_line.finditer(low, start, end)):
        if _conditional(low, m.start()):
            continue
        if not _pasted_after(text, m.end()) and _rx(_SPEECH).search(m.group()) is None:
            continue  # "Judge rationale: we grade with a judge because ..." explains
        least = _ATTACK_LEAST if _rx(_ATTACK).search(m.group()) is not None else 10
        if reads_as_prose(text[m.end() : m.end() + 700], least):
            hits.append((PROMPT, 1, m.start(), m.end(), LABEL_RULE_ID))
            return True
    return False


# -- an eval record's captured output ------------------------------------------------------------

_RECORD = (
    r"(?i)[\"'](?P<key>output|outputs|completion|rationale|model_output|model_answer"
    r"|model_response|prediction|generation|generated_text|generated|llm_output|judge_rationale"
    r"|critique|explanation|reasoning|actual|actual_output|got|response)[\"'][ \t]*:[ \t]*"
    r"\"((?:[^\"\\\n]|\\.){20,4000})\""
)
_OWN_KEYS = frozenset(("completion", "rationale", "model_output", "model_answer", "model_response",
                       "prediction", "generation", "generated_text", "llm_output",
                       "judge_rationale", "critique"))
"""Keys an eval harness names for what the model wrote; the others (``output``, ``actual``,
``reasoning``, ``response``) name a tool's or a command's output as often, and count only in a record that
also holds an eval's fields."""
_EVAL_KEY = (
    r"(?i)[\"'](?:score|scores|verdict|passed|pass|expected|expected_output|reference|ideal"
    r"|target|prompt_version|rating|grade|judge|correct|is_correct|label|eval_id|case_id|case"
    r"|input|input_id|prompt|question|model)[\"'][ \t]*:"
)
_TOOL_RECORD = ("call_id", "function_call", "tools/call", "tool_use_id", "tool_result",
                "\"tool_name\"", "jsonrpc")
"""An agent's tool call or its result: the ``output`` there is a command's, not a model's."""


_CASE_INPUT = r"(?i)[\"'](?:input|question|prompt|query|user_input|user_message)[\"'][ \t]*:[ \t]*\"[^\"\n]{8,}"
"""An eval case's input held as a string: the ``output`` beside it is then the model's answer to
it, and reads as one from five words (session 19: "La domenica siamo aperti dalle 9:00 alle
13:00." is a whole answer)."""
_CASE_LEAST = 5
_ATTACK_RECORD = (
    r"(?i)[\"'](?:attack|jailbreak|red_?team|injection|adversarial)(?:_[a-z]+)?[\"'][ \t]*:"
    r"|[\"'](?:jailbreak|prompt[_ ]injection|red[_ -]team|adversarial)[\"']"
)
"""A red-team record: an attack id, or a category that names the attack."""
_ATTACK_PROMPT = (
    r"(?i)[\"'](?:prompt|attack|attack_prompt|payload|input|text|jailbreak)[\"'][ \t]*:[ \t]*"
    r"\"((?:[^\"\\\n]|\\.){12,4000})\""
)
"""The attack's own words in a red-team record: a prompt, however short (``_ATTACK_LEAST``)."""


def _record(text: str, hits: list[_Hit]) -> bool:
    if "\":" not in text and "':" not in text:
        return False
    if any(w in text for w in _TOOL_RECORD):
        return False
    evals: bool | None = None
    least = 10
    for m in _rx(_RECORD).finditer(text):
        if m.group("key").lower() not in _OWN_KEYS:
            if evals is None:
                evals = _rx(_EVAL_KEY).search(text) is not None
                if evals and _rx(_CASE_INPUT).search(text) is not None:
                    least = _CASE_LEAST
            if not evals:
                continue
        body = m.group(2).replace('\\"', '"').replace("\\n", "\n")
        if reads_as_prose(body, least):
            hits.append((PROMPT, 1, m.start(), m.end(), RECORD_RULE_ID))
            return True
    if _rx(_ATTACK_RECORD).search(text) is not None:
        for m in _rx(_ATTACK_PROMPT).finditer(text):
            if reads_as_prose(m.group(1).replace('\\"', '"'), _ATTACK_LEAST):
                hits.append((PROMPT, 1, m.start(), m.end(), RECORD_RULE_ID))
                return True
    return False


# -- a failing test's assertion holding a model's answer ----------------------------------------

_ASSERT = (
    r"(?m)\bassert(?:ionerror:)?[ \t]+(?:[a-z_]+\()?(?:'[^'\n]{0,40}'|\"[^\"\n]{0,40}\")?"
    r"[ \t]*(?:==|!=|in|not in)?[ \t]*(\"(?:[^\"\\\n]|\\.){20,2000}\"|'(?:[^'\\\n]|\\.){20,2000}')"
    r"|^E[ \t]+[-+?][ \t]+([^\n]{40,2000})$"
)


def _assertion(text: str, lo: str, hits: list[_Hit]) -> bool:
    if "assert" not in lo:
        return False
    for m in _rx(_ASSERT).finditer(text):
        body = m.group(1) or m.group(2) or ""
        if reads_as_prose(body.strip("\"'")):
            hits.append((PROMPT, 1, m.start(), m.end(), ASSERT_RULE_ID))
            return True
    return False


def pasted_hits(text: str, lo: str, hits: list[_Hit]) -> None:
    """Add one finding of the three rules (the first that reads)."""
    if not _label(text, lo, hits) and not _record(text, hits):
        _assertion(text, lo, hits)
