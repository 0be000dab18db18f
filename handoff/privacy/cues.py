"""Prompt and conversation detection by structure: the second signal beside the phrase rules.

The phrase rules in ``rules.py`` know what a system prompt or a chatbot opener says. Text
written to or by a model often carries no such phrase; what it does carry is structure:

- turns: two speakers taking turns, whatever the notation (``User: ... Assistant: ...`` on one
  line, ``[user]`` without a colon, ``<user>...</user>``, ``### Assistant`` headers, speaker
  names outside the phrase rules' list, role names in other languages);
- records: conversation data in JSON with the keys datasets and agents use (prompt/completion,
  instruction/input/output, from/value, speaker/text, an agent's own session log, tool calls);
- traces: ReAct-style ``Thought:`` / ``Action:`` / ``Observation:`` steps;
- framing: a label that says what follows is a model's verbatim output ("its full response
  was:", "the assistant replied:");
- address: text written to a model, measured as a density of second-person requests and
  instruction cues ("can you", "please", "your task:", "from now on", "the following"), in
  English and in the languages users write prompts in (de, es, fr, pt, ru, zh, ja).

Each cue is cheap to rule out: the scanner computes the text's words once, and a cue whose
words are absent costs one set test. Patterns compile on first use. The families a clean note
seldom reaches (``records``, ``address``, ``colleague`` and ``productcopy`` after a request,
``peoplechat``, and since session 22 ``turns``, ``turntaking`` and ``fewshot``) are imported by the
first text that needs them (``deferred``): each module a CLI call imports costs it ~0.1 ms of
start-up, whether or not the note needs it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from handoff.privacy import (
    attribution,
    directives,
    email,
    errorask,
    foreign,
    framing,
    outputs,
    quoted,
    react,
    snapshot,
    speakers,
    terse,
)
from handoff.privacy.cue_words import (
    _ADDRESS_WORDS,
    _BOT,
    _FOREIGN_ASCII,
    _JSON_WORDS,
    _LABEL_WORDS,
    _REACT_WORDS,
    _REQUEST_WORDS,
    _ROLE_WORDS,
    PROMPT,
    SLOT_ENDS,
    _Hit,
    html_comments,
)
from handoff.privacy.deferred import deferred
from handoff.privacy.foreign import _FOREIGN_WORD_KEYS, _foreign
from handoff.privacy.lazy_re import lower as _lower
from handoff.privacy.lazy_re import rx as _rx
from handoff.privacy.outputs import _ANSWER_NOUNS, _QUOTE_GATE, _QUOTE_WORDS, _labelled_output, _quoted_output
from handoff.privacy.patterns import lookbehind_gate
from handoff.privacy.react import _REACT_MORE, _REACT_OTHER_BYTES, _react, _react_inline, _react_more
from handoff.privacy.speakers import _ONE_LINE_BYTES, _ONE_USER_BYTES, _one_line, _speakers

if TYPE_CHECKING:
    import re

    from handoff.privacy import (
        address,
        colleague,
        contributor,
        cutshort,
        fewshot,
        pasted,
        peoplechat,
        productcopy,
        qanswer,
        records,
        replchat,
        reviewbots,
        scriptcues,
        selfreport,
        threads,
        turns,
        turntaking,
    )
else:  # imported by the first text that needs each (``deferred``); no short note needs these
    address = deferred("handoff.privacy.address")
    colleague = deferred("handoff.privacy.colleague")
    contributor = deferred("handoff.privacy.contributor")
    cutshort = deferred("handoff.privacy.cutshort")
    fewshot = deferred("handoff.privacy.fewshot")
    pasted = deferred("handoff.privacy.pasted")
    peoplechat = deferred("handoff.privacy.peoplechat")
    productcopy = deferred("handoff.privacy.productcopy")
    qanswer = deferred("handoff.privacy.qanswer")
    records = deferred("handoff.privacy.records")
    replchat = deferred("handoff.privacy.replchat")
    reviewbots = deferred("handoff.privacy.reviewbots")
    scriptcues = deferred("handoff.privacy.scriptcues")
    selfreport = deferred("handoff.privacy.selfreport")
    threads = deferred("handoff.privacy.threads")
    turns = deferred("handoff.privacy.turns")
    turntaking = deferred("handoff.privacy.turntaking")

__all__ = ["GATE_WORDS", "PROMPT", "prompt_hits"]


GATE_WORDS = frozenset(
    w.encode() for w in (*_ROLE_WORDS, *_JSON_WORDS, *_REACT_WORDS, *_LABEL_WORDS,
                         *_ADDRESS_WORDS, *_FOREIGN_ASCII, *_REQUEST_WORDS, *_BOT, "chatbot",
                         "llm", "copilot", "gemini", "model")
).union(framing.CLI_GATE)
"""Words the scanner looks up among each text's words for these cues (one set intersection)."""
GATE_WORDS = GATE_WORDS.union(react.GATE_WORDS, foreign.GATE_WORDS, outputs.GATE_WORDS,
                              _ONE_LINE_BYTES, _ONE_USER_BYTES, framing.GATE_WORDS,
                              framing._TAG_WORDS, framing.REQUEST_GATE, framing.SUMMARY_GATE,
                              framing.API_GATE, framing.HISTORY_GATE, framing.ADDRESS_GATE,
                              attribution.GATE_WORDS, attribution._SAID_GATE, email.GATE_WORDS,
                              (b"me", b"i", b"ask", b"question", b"prompt"))



def _has(present: frozenset[bytes], words: Iterable[str]) -> bool:
    return any(w.encode() in present for w in words)


def prompt_hits(text: str, view: str, lo: str, words: bytes, present: frozenset[bytes],
                hits: list[_Hit]) -> None:
    """Add prompt findings for the structural cues found in the text. ``words`` is the
    scanner's word mask (lower-cased ASCII letters, everything else blank) with a blank added
    at each end, so `` word `` finds a whole word with one C-level search."""
    first = len(hits)
    if len(lo) <= terse.MAX and terse.is_terse_request(lo):
        hits.append((PROMPT, 1, 0, len(lo), "request-to-model"))  # "eli5 raft": shorter than any cue reads
    if len(view) < 16 and (text.isascii() or len(text) < 6):
        return  # (a CJK request says in 8 characters what English says in 30)
    foreign = False
    if not text.isascii():
        extra = len(text.encode("utf-8", "surrogatepass")) - len(text)
        foreign = extra >= 8 and extra * 20 >= len(text)  # a script other than Latin, mostly
    text_turns = _escaped_breaks(text) if "\\n" in text else text
    lo_turns = lo  # (the scanner's view already reads an escaped break as a line break)
    if foreign or not present.isdisjoint(_ROLE_BYTES):
        turns._turns(text_turns, lo_turns, present, foreign or not text.isascii(), hits)
    if ('"' in view or "'" in view) and not present.isdisjoint(_JSON_BYTES):
        records._records(lo, hits)
    before = len(hits)
    if not present.isdisjoint(_REACT_BYTES) and ("thought" in lo or "observation:" in lo):
        _react(lo, hits)
    elif not present.isdisjoint(_REACT_MORE):
        _react(lo if text.isascii() else _lower(text), hits)
    if (b"action" in present and (b"input" in present or b"final" in present)) and len(hits) == before:
        _react_inline(lo, hits)
    if (not text.isascii() or not present.isdisjoint(_REACT_OTHER_BYTES)) and len(hits) == before:
        _react_more(_lower(text), hits)
    if not present.isdisjoint(_LABEL_BYTES):
        _labelled_output(lo, words, present, hits)
    if (not present.isdisjoint(_QUOTE_WORDS) or (
            not present.isdisjoint(_QUOTE_GATE) and not present.isdisjoint(_ANSWER_NOUNS))) and (
            ":" in lo or "--" in lo or "\u2014" in lo):
        _quoted_output(lo, words, present, hits)
    if not present.isdisjoint(_ADDRESS_BYTES):
        address._address(lo, present, hits)
    before = len(hits)
    _request(lo, words, present, hits, text.isascii() or _asks(text))
    if len(hits) > before and productcopy.is_product_copy(lo, present):
        del hits[before:]  # the product speaking to its user, not a person to a model
    elif len(hits) > before and colleague.addressed_to_person(text, lo):
        del hits[before:]  # a colleague asked by name ("@kenji can you check ...?")
    if "?" in lo or not present.isdisjoint(_ROLE_BYTES):
        _speakers(lo_turns, hits)
    if not present.isdisjoint(_ONE_LINE_BYTES) and not present.isdisjoint(_ONE_USER_BYTES):
        _one_line(lo_turns, present, hits)
    framing.label_hits(text, present, hits)
    framing.tag_hits(lo, present, hits)
    if b"user" in present and "the user" in lo:
        _principal(lo, hits)
    if ":" in lo or "\uff1a" in text or " - " in lo or "\u2014" in lo:
        framing.request_label_hits(text, present, hits)
    framing.addressed_hits(text, present, hits)
    if not any(h[4] == "model-addressed" for h in hits):  # "Gemini: summarise this" calls it
        framing.turn_hits(text, lo, present, hits)
    if "\n#" in lo or lo.startswith("#"):
        framing.history_hits(lo, present, hits)
    framing.summary_hits(lo, present, hits)
    framing.api_hits(lo, present, hits)
    if ("] " in text and ":" in text) or ("> " in text and "<" in text):
        framing.chat_export_hits(text, hits)
    framing.model_cli_hits(text, present, hits)
    if not text.isascii():
        framing.cli_hits(text, hits)
    own = contributor.blanked(text) if "<!--" in text else text  # a template's guidance: no request
    if not text.isascii() or not present.isdisjoint(_FOREIGN_WORD_KEYS):
        _foreign(_lower(own), not text.isascii(), present, hits)
    if not text.isascii() and (len(hits) == first or hits[-1][4] != "prompt-other-language"):
        scriptcues.script_hits(own, hits)  # session 22: requests and answers in other scripts, by kind
    if hits[first:] and all(h[4] == "prompt-other-language" for h in hits[first:]) and (
            contributor.document(text)):
        del hits[first:]  # a contributing guide or a template in another language: a project's asks
    if text.rstrip().endswith(SLOT_ENDS):
        fewshot._few_shot(_lower(text) if foreign or not text.isascii() else lo, hits)
    if len(hits) == first:
        _session14(text, lo, present, hits)


def _session14(text: str, lo: str, present: frozenset[bytes], hits: list[_Hit]) -> None:
    """The session-14 cues (attribution, people's chat and e-mail, an error with a request),
    tried only when no other cue found the text: each then reports under its own rule, and the
    older rules keep theirs where both read a text."""
    start = len(hits)
    attribution.attribution_hits(text, lo, present, hits)
    errorask.error_ask_hits(text, lo, hits)
    if len(hits) == start:
        quoted.quoted_hits(text, hits)  # session 15: a quotation framed as speech to a listener
    if len(hits) == start and text.count("\n") >= 2:
        turntaking.turn_hits(text, hits)  # session 15: people taking turns without time stamps
    chat_marks = (" - " in text or "] " in text or " > " in text or "):" in text or "\u2014" in text
                  or "M\n" in text or "M\r\n" in text)  # (session 20: "omar  12:04 PM" above what omar said)
    if chat_marks and ":" in text and not any(h[4] == framing.CHAT_RULE_ID for h in hits):
        peoplechat.chat_hits(text, hits)
    if len(hits) == start and ",\"" in text and "\n" in text:
        peoplechat.csv_hits(text, hits)  # session 20: a chat exported as CSV rows
    if len(hits) == start and ("\n" in text or "\\n" in text):
        turntaking.thread_hits(text, hits)  # session 21: a thread copied out of a work tool
    if len(hits) == start and (": " in text or "\uff1a" in text):
        turntaking.flat_hits(text, hits)  # session 22: a chat's turns run on after a lead-in
    if len(hits) == start and text.count("\n") >= 2:
        turntaking.nameless_hits(text, hits)  # session 22: A:/B:, dialogue dashes, > replies
    if len(hits) == start and (": " in text or "\uff1a" in text):
        turntaking.answered_hits(text, hits)  # session 22: a question answered by another's yes or "me"
    if len(hits) == start and (" commented" in text or "\u2014" in text or "\u2013" in text):
        turntaking.inline_head_hits(text, hits)  # session 22: a thread's headers run onto one line
    if len(hits) == start and ("\n" in text or "\\n" in text) and _comment_words(text):
        threads.comment_hits(text, hits)  # session 23: a forge's or a tracker's comment thread
    if len(hits) == start and ("\u300c" in text or "\u201c" in text):
        threads.quoted_speech_hits(text, hits)  # session 23: 田中「...」 山本「...」 after a chat's name
    if len(hits) == start and '": "' in text and "{" in text:
        peoplechat.json_hits(text, hits)  # session 22: a chat app's JSON export, one message a record
    if len(hits) == start and ":" in text:
        speakers.bot_prose_hits(text, hits)  # session 21: a bot's prose pasted into a thread
    if "\n" in text and ("," in text or " wrote:" in lo or "\u2014" in text or "--" in text):
        email.email_hits(text, lo, present, hits)
    if len(hits) == start and ">" in text and ("\n" in text or "\\n" in text):
        threads.reply_chain_hits(text, hits)  # session 23: a reply beside what it quotes (after email)
    if len(hits) == start:
        directives.directive_hits(text, lo, hits)  # session 17: shapes read off real prompts
    if len(hits) == start:
        reviewbots.review_hits(text, hits)  # session 23: a review bot's or assistant's reply, any language
    if len(hits) == start:
        pasted.pasted_hits(text, lo, hits)  # session 18: model output pasted to be judged
    if len(hits) == start:
        cutshort.cut_hits(text, hits)  # session 20: a model's answer cut short under a bare label
    if len(hits) == start and ("Q:" in text or "q:" in text or "uestion:" in text):
        qanswer.qa_hits(text, hits)  # session 20: a model's answer under Q:/A: labels
    if len(hits) == start and ">>> " in text:
        replchat.repl_hits(text, hits)  # session 20: a request at a chat CLI's ">>>" prompt


_COMMENT_STEMS = ("comment", "koment", "komment", "coment", "repl", "respond", "antwort", "reageer", "yorum",
                  "membalas", "svara", "updated by", "atualizado", "actualizado", "aktualisiert", "aggiornato",
                  "bijgewerkt", "zaktualiz", "risposto", "activity")


def _comment_words(text: str) -> bool:
    """Whether a comment header's verb may stand in ``text``: always outside ASCII (the
    verbs of other scripts are many), in ASCII text only beside one of ``_COMMENT_STEMS``
    (``threads._VERB`` tried on every short line costs more than this test)."""
    if not text.isascii():
        return True
    low = _lower(text)
    return any(s in low for s in _COMMENT_STEMS)


_PRINCIPAL = (r"\bthe user(?:'s)? (?:said|asked|wants|wanted|mentioned|requested|prefers|told me|asks"
              r"|says|would like|explicitly|confirmed|clarified)\b")
_INTENT = r"\b(?:i'll|i will|let me|i need to|i should|i'm going to|i am going to|i can)\b"


def _principal(lo: str, hits: list[_Hit]) -> None:
    """An agent narrating its work for the one it works for: "the user" said, asked or wants
    something, and "I'll", "let me", "I need to" do it ("Wait, the user said not to touch
    the public API. I need to revert ..."). A handoff note names the user's wish too ("the
    user wants the importer to accept gzip"), but says what was done or is left, not what
    "I" am about to do in answer."""
    m = _rx(_PRINCIPAL).search(lo)
    if m is not None and _rx(_INTENT).search(lo) is not None:
        if selfreport.report(lo):
            return  # "so I wrote the writer and ran the tests. Next I will fix ...": a report
        hits.append((PROMPT, 1, m.start(), m.end(), "agent-narration"))


def _escaped_breaks(text: str) -> str:
    """A literal ``\\n`` (a JSON string's escape, or a flattened transcript) read as a line
    break: the same length (a blank and a break), so spans stay valid."""
    return text.replace("\\n", "\n ")


_ROLE_BYTES = frozenset(w.encode() for w in _ROLE_WORDS)
_JSON_BYTES = frozenset(w.encode() for w in _JSON_WORDS)
_REACT_BYTES = frozenset(w.encode() for w in _REACT_WORDS)
_LABEL_BYTES = frozenset(w.encode() for w in _LABEL_WORDS)
_ADDRESS_BYTES = frozenset(w.encode() for w in ("please", "you", "your", "me", "following"))
_FOREIGN_BYTES = frozenset(w.encode() for w in _FOREIGN_ASCII - {"tu", "du", "es", "un", "um",
                                                                   "sei", "ein", "eine", "una",
                                                                   "uma", "est", "assistant",
                                                                   "vous", "por"})

# -- requests without role markers, personas, task specifications, chatbot boilerplate --------
#
# A request to a model asks for generic content (a poem, a Python function, the difference
# between two things, this text in French) or sets up the model (act as, your task, output
# format); an engineer's next action names the project's own things (a file, a table, CI, the
# PR). Phrases are weighted: 3 alone makes a request, weaker ones must add up to 3.

_ART = (r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|me a|me an|me"
        r" some|me \d+)")
_ADJ = r"(?:(?:short|simple|small|quick|brief|funny|catchy|creative|good|new|clever|formal"
_ADJ += r"|polite|professional|detailed|cool|nice|random|unique|original|multiple-choice"
_ADJ += r"|true-or-false|trivia|beginner-friendly|\d+-(?:day|week|month|minute|step|point|part"
_ADJ += r"|line|word|paragraph))[ \t]+){0,2}"
_CREATIVE = (r"(?:poem|haiku|limerick|joke|story|short story|essay|song|lyrics|rap|cover letter"
             r"|love letter|tweet|slogan|tagline|riddle|speech|toast|bio|blog post|article"
             r"|recipe|dialogue|names?|ideas|titles|puns?|quotes?|motivational|fairy tale"
             r"|product description|linkedin post|(?:quiz |trivia |interview )?questions|quiz"
             r"|flashcards|(?:study|lesson|meal|workout|training|travel) plan|itinerary|workout"
             r"|tips|ways|reasons|options|alternatives|suggestions|strategies|activities"
             r"|gift ideas|routine|playlist|bedtime routine|pickup lines?|comebacks?"
             r"|mnemonics?|analogy|analogies|fun facts|(?:bedtime |love |ghost )?stor(?:y|ies)"
             r"|press release|sonnet|ballad|fable|tale|monologue|jingle|ad copy|advert|ode"
             r"|eulogy|horoscope|pep talk|wedding speech|lullaby|anthem|rhyme|verse|chant"
             r"|scene|skit|screenplay|obituary|dedication)")
_CODE = (r"(?:function|script|program|class|regex|regular expression|query|one-liner|snippet"
         r"|method|algorithm)")
_LANG = (r"(?:python|javascript|typescript|java|go|golang|rust|c\+\+|c#|ruby|php|sql|bash"
         r"|shell|kotlin|swift|haskell|perl|r|scala)")
_LANGS = (r"(?:english|french|german|spanish|italian|portuguese|russian|chinese|japanese|korean"
          r"|dutch|polish|arabic|hindi|turkish|swedish)")


_ASK_VERBS = ("write", "compose", "draft", "generate", "create", "give", "tell", "make",
              "come up with", "suggest", "invent", "brainstorm", "list", "name", "produce",
              "craft")
_CODE_VERBS = ("write", "create", "give", "show", "generate", "make", "draft", "code",
               "implement")
_TRANSLATE_VERBS = ("translate", "rewrite", "rephrase", "paraphrase", "proofread", "summarize",
                    "summarise", "convert")
_SENTENCE_VERBS = ("write", "explain", "summarize", "summarise", "translate", "generate",
                   "rewrite", "describe", "compose", "draft", "list", "classify", "extract",
                   "compare", "brainstorm", "outline", "critique", "proofread", "paraphrase",
                   "suggest", "recommend", "teach", "convince")
_OPENERS = ("sure", "certainly", "absolutely", "gladly")
_START_VERBS = ("write", "explain", "describe", "summarize", "summarise", "list", "give", "tell",
                "create", "generate", "compose", "draft", "translate", "suggest", "recommend",
                "compare", "plan", "outline", "brainstorm", "design", "invent", "name", "teach",
                "show", "help", "find", "recommend", "imagine", "predict", "rank", "rate",
                "define", "analyze", "analyse", "evaluate", "convince", "persuade", "argue")
_TRANSFORM_VERBS = ("proofread", "paraphrase", "reword", "rephrase", "rewrite", "summarize",
                    "summarise", "shorten", "simplify", "condense", "polish", "translate", "edit",
                    "improve", "correct", "expand", "tighten", "continue")
_LABELS2 = ("task", "instruction", "instructions", "objective", "system", "persona", "role",
            "output format", "response format", "format", "tone", "audience", "constraints",
            "rules")
_LABELS1 = ("goal", "context", "input", "example", "examples", "style")
_QUOTED_NOUNS = ("email", "text", "paragraph", "sentence", "message", "letter", "essay",
                 "review", "article", "passage", "story", "code snippet", "poem")


def _alt(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(words) + ")"


def _firsts(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w.split()[0] for w in words)


# Where a phrase may start, checked in Python before its pattern is tried (the patterns start
# at their lead word and carry no lookbehind, so each is small and cheap to compile):
_ANY = ""
_SENTENCE = "sentence"
"""The lead word starts the text or a sentence (after ``.``, ``!``, ``?`` or a line break and
any blanks)."""
_LINE = "line"
"""The lead word starts a line or follows ``. `` (a label: ``Task:``), blanks allowed."""
_ASK = "ask"
"""A sentence, or right after "me", "you", "please", "and", "you to", "is to" ("help me write a
poem"; see ``_ASK_HEADS``)."""
_START = "start"
"""The lead word starts the whole text, and nothing in the text names an engineer's own things
(a path, a file, code, the PR, CI, a branch): a request for generic content, not a TODO."""
_CHAT = "chat"
"""A short question to "you" with nothing in it about the project: a chat message."""
_ENGINEERING = (
    r"[/\\`#_<>{}=]|\.(?:py|js|ts|md|go|rs|json|ya?ml|toml|sh|sql|txt|cfg|ini)\b|\b(?:pr|prs|ci"
    r"|api|db|repo|branch|commit|merge|deploy|build|tests?|lint|bug|issue|ticket|release|migration"
    r"|schema|endpoint|server|config|pipeline|cluster|prod|staging|docs|readme|codebase|module"
    r"|sprint|standup|outage|incident|postmortem|oncall|on-call|changelog|backlog|jira|slack"
    r"|team|reviewer|customer|client|stakeholder|roadmap|okr|kpi|dashboard|runbook|alert|logs?"
    r"|error|stack|trace|service|repo|version|v\d)\b"
)

_RequestRow = tuple[int, tuple[str, ...], str, tuple[str, ...], str]
"""(weight, lead words, where, words that must come right before the lead, pattern at the
lead)."""
_REQUEST_TABLE: tuple[_RequestRow, ...] = (
    # weight 3: a persona, an ask for generic content, a translation, "tell me a ..."
    # ... and who it acts as: "a"/"an"/"my" someone, "as if", or a persona's name alone before
    # a comma or a stop ("act as DAN,", "act as Shakespeare."); an engineer's "to behave like
    # control again", "will no longer act as synchronization point", "to act as escape
    # characters" names a thing (session 16: real changelogs and commits)
    (3, ("act", "behave", "roleplay", "role", "pose"), _ANY, (),
     r"(?:act|behave|roleplay|role-play|role play|pose)(?: as| like)\b(?! the )(?! (?:a |an )?"
     r"(?:proxy|cache|gateway|buffer|fallback|replacement|drop-in|wrapper|bridge))"
     r"(?= (?:a|an|my|your|our|if|though) | (?!(?:follows|expected|before|usual|normal|intended"
     r"|documented|described|above|below|needed|required|shown|specified|such|well)\W)"
     r"[a-z][a-z0-9'-]*[,.!:](?!\S))"),
    (3, ("pretend",), _ANY, (), r"pretend (?:to be|you(?:'re| are))\b"),
    (3, ("imagine",), _ANY, (), r"imagine (?:you(?:'re| are)|being)\b"),
    (3, ("stay", "remain"), _ANY, (), r"(?:stay|remain) in character\b"),
    (3, ("break", "breaking"), _ANY, (), r"break(?:ing)? character\b"),
    (3, ("now",), _ANY, ("from",), r"now on,? (?:you|answer|respond|reply|speak|talk|act"
     r"|behave|only|always|never|pretend|write)\b"),
    (3, ("i",), _ANY, (), r"i (?:want|need|would like|'d like) you to\b|i'd like you to\b"),
    (3, ("you",), _ANY, (), r"you will be given\b|you(?:'ll| will) (?:act|play|be playing"
     r"|respond|answer)\b"),
    (3, _firsts(_ASK_VERBS), _ASK, (),
     _alt(_ASK_VERBS) + r" " + _ART + r" " + _ADJ + _CREATIVE + r"\b"),
    (3, _CODE_VERBS, _ASK, (),
     _alt(_CODE_VERBS) + r"(?: me)? " + _ART + r" " + _ADJ + _LANG + r" " + _CODE + r"\b"),
    (3, _TRANSLATE_VERBS, _ANY, (),
     r"(?:translate|rewrite|rephrase|paraphrase|proofread|summari[sz]e|convert) (?:this|the"
     r" following|these|my|the text below|the paragraph below)[^.\n]{0,40}? (?:into|to|in)"
     r" " + _LANGS + r"\b"),
    (3, ("explain", "describe"), _ANY, (),
     r"(?:explain|describe) (?:it |this |that )?(?:like|as if) (?:i'?m|i am|to) (?:a |an )?"
     r"(?:five|5|child|kid|beginner|grandma)"),
    (3, ("pros",), _ANY, ("list the", "give me the", "what are the"), r"pros and cons\b"),
    (3, ("tell",), _ANY, (), r"tell me (?:a|an|about|what|how|why|something)\b"),
    # weight 2: task specifications, answer shaping, chatbot openers and closers
    (2, ("your",), _ANY, (), r"your (?:task|job|goal|mission|role|objective)(?: is|:| will be)"),
    (2, _firsts(_LABELS2), _LINE, (), _alt(_LABELS2) + r"[ \t]*:"),
    (2, ("respond", "answer", "reply"), _ANY, (),
     r"(?:respond|answer|reply)(?: only)? (?:with|in|as|using)\b"),
    (2, ("return", "output", "give", "respond", "reply"), _ANY, (),
     r"(?:return|output|give|respond with|reply with)(?: me)? only\b"),
    (2, ("return", "output"), _ANY, (),
     r"(?:return|output)(?: me)? (?:a|the|as) (?:json|yaml|markdown|list|table|csv)"),
    (2, ("only", "just"), _ANY, (), r"(?:only|just) (?:return|output|respond|reply|answer|give)\b"),
    (2, ("in", "under", "within", "at", "no", "max", "maximum", "exactly"), _ANY, (),
     r"(?:in|under|within|at most|no more than|max(?:imum)?|exactly) (?:\d+|one|two|three"
     r"|four|five|ten|fifty|a hundred|a few) (?:words|sentences|bullet(?: point)?s?|lines"
     r"|characters|paragraphs|tweets)\b"),
    (2, ("in",), _ANY, (), r"in (?:simple|plain|layman'?s|easy) (?:terms|english|words|language)\b"),
    (2, ("step",), _ANY, (), r"step[ -]by[ -]step\b"),
    (2, ("think",), _ANY, (), r"think (?:carefully|step|hard|through)\b"),
    (2, ("explain",), _ANY, (), r"explain (?:briefly|simply|in detail|clearly|like)\b"),
    (2, ("keep",), _ANY, (), r"keep (?:it|the answer|your answer|the response) (?:short|brief"
     r"|concise|simple)\b"),
    (2, ("don", "dont", "do", "never"), _ANY, (), r"(?:don'?t|do not|never) (?:apologi[sz]e"
     r"|explain|include any|add any|break|mention that you)\b"),
    (2, ("without",), _ANY, (), r"without (?:any )?(?:explanation|commentary|preamble)\b"),
    (2, ("no",), _ANY, (), r"no (?:commentary|explanations?|preamble)\b"),
    (2, ("difference",), _ANY, ("the",), r"difference between\b"),
    (2, ("pros",), _ANY, (), r"pros and cons\b"),
    (2, ("example",), _ANY, ("with an",), r"example\b"),
    (2, _firsts(_QUOTED_NOUNS), _ANY, ("this", "the following", "the below"),
     _alt(_QUOTED_NOUNS) + r"\b"),
    (2, ("sounds",), _ANY, ("so it", "so that it"), r"sounds\b"),
    (2, ("sound",), _ANY, (), r"sound more (?:polite|professional|formal|friendly|casual)\b"),
    (2, ("i",), _ANY, (), r"i need (?:a|an|some) (?:regex|function|script|query|name|poem|idea"
     r"|plan|summary)\b"),
    (2, ("answer",), _ANY, (), r"answer (?:every|all|each|the|my|any) (?:question|questions)\b"),
    (2, ("would",), _ANY, ("as they",), r"would\b"),
    (2, ("in",), _ANY, (), r"in character\b"),
    (2, _OPENERS, _SENTENCE, (), _alt(_OPENERS) + r"[!,.]"),
    (2, ("course",), _SENTENCE, ("of",), r"course[!,.]"),
    (2, ("question",), _SENTENCE, ("great", "good"), r"question[!,.]"),
    (2, ("problem",), _SENTENCE, ("no",), r"problem[!,.]"),
    (2, ("let",), _ANY, (), r"let me know if"),
    (2, ("anything",), _ANY, ("is there",), r"anything else"),
    (2, ("feel",), _ANY, (), r"feel free to (?:ask|adjust|reach|let)"),
    (2, ("i",), _ANY, (), r"i hope (?:this|that) helps|i'm sorry, but i can|i can'?t (?:help"
     r"|assist) with"),
    (2, ("hope",), _ANY, (), r"hope (?:this|that) helps"),
    (2, ("happy",), _ANY, (), r"happy to help"),
    (2, ("ai",), _ANY, ("as an",), r"ai(?: language model)?\b"),
    (2, ("language",), _ANY, (), r"language model\b"),
    (2, ("here",), _ANY, (), r"here(?:'s| is| are) (?:a|an|some|five|three|ten|\d+|the|your)"
     r"[^.\n]{0,60}(?: for you|:| that)"),
    (2, ("below",), _ANY, (), r"below (?:is|are) (?:a|an|the|some)\b"),
    # round 3 (tuning set blind3, fixed by class): a message to someone personal, content
    # for an audience, the material to transform attached after a label
    (3, ("write", "draft", "compose"), _ASK, (),
     r"(?:write|draft|compose)(?: me)? (?:a|an) (?:[a-z-]+ ){0,2}(?:email|e-mail|letter|message"
     r"|text|note|reply|apology) to (?:my|a|an|our|someone)\b"),
    (3, ("explain", "describe", "teach"), _SENTENCE, (),
     r"(?:explain|describe|teach)(?: me)? [^.\n?!]{2,60}? (?:to|for) (?:a|an|my|someone|somebody"
     r"|me like|a total|people who|(?:(?:new|young|non-technical|busy|first-year|high-school"
     r"|curious|elderly) )?(?:employees|students|kids|children|beginners|teenagers|parents"
     r"|executives|investors|customers|readers|seniors|non-experts|laypeople|grandparents"
     r"|toddlers|retirees))\b(?! (?:\w+ )?(?:pr|pull request|issue|commit|ticket|ci"
     r"|reviewer|maintainer|contributor)s?\b)"),
    (3, _TRANSFORM_VERBS, _ASK, (),
     _alt(_TRANSFORM_VERBS) + r" (?:this|these|it|the (?:following|text|paragraph|passage"
     r"|sentence|email|message|letter|essay|article|story|review)(?: (?:below|above))?)\b"
     r"[^\n:?]{0,60}?(?::|\?|[ \t]*\n|[ \t]+-{2,3}|[ \t]*\u2014)"),
    (3, ("make",), _ASK, (), r"make (?:this|it) (?:sound )?(?:(?:more|less|a bit|much) )?"
     r"(?:funnier|shorter|longer|simpler|clearer|formal|informal|polite|friendly|professional"
     r"|aggressive|casual|concise|persuasive|engaging|catchy|funny|kinder|warmer|for (?:a|an)"
     r" [a-z-]+ audience)"),
    (3, ("write", "compose", "create", "generate"), _ASK, (),
     r"(?:write|compose|create|generate)(?: me)? (?:a|an) (?:[a-z-]+ ){0,2}(?!(?:test|tests"
     r"|script|migration|function|doc|docs|note|ticket|issue|pr|commit|changelog|summary|report"
     r"|comment|check|benchmark|fixture|rule|query|patch|fix|adr|rfc|runbook|section|page)\b)"
     r"[a-z]+ (?:about|on the topic of|featuring|inspired by)\b"),
    (3, ("make",), _ASK, (), r"make this (?:sound )?(?:(?:more|less) [a-z-]+|[a-z]{3,}er|like"
     r" [a-z]+|in the (?:style|voice|tone) of)\b"),
    (3, ("turn",), _ASK, (), r"turn (?:this|it|these|the following) into (?:a|an)\b"),
    (3, ("tl",), _ANY, (), r"tl;?dr (?:this|it)\b"),
    (3, ("translate",), _ANY, (), r"translate (?:this |it |the following )?(?:(?:text|sentence"
     r"|paragraph|phrase|email) )?(?:to|into) " + _LANGS + r"\b"),
    # prompt injection: an attempt to override the instructions a model was given
    (3, ("ignore", "disregard", "forget"), _ANY, (),
     r"(?:ignore|disregard|forget) (?:all |any |everything )?(?:of )?(?:the |your |my |these"
     r" |those )?(?:(?:previous|prior|above|earlier|preceding|original|system) )?(?:above"
     r"|previous|prior|instructions?|prompts?|rules|guidelines|directions|system prompt)\b"),
    (3, ("new",), _ANY, (), r"new (?:system )?(?:instructions?|message|prompt|task|rules|orders)"
     r"[ \t]*:"),
    (3, ("system",), _ANY, (), r"system (?:override|message)[ \t]*:"),
    (3, ("you",), _ANY, (), r"you(?:'re| are) now (?:in )?(?:developer|dan|god|jailbreak|jailbroken"
     r"|unrestricted|admin|sudo) mode\b"),
    (3, ("note",), _ANY, (), r"note (?:to|for) (?:the |any )?(?:ai|llm|model|assistant|chatbot"
     r"|language model)s?\b"),
    (3, ("reading",), _ANY, ("ai", "llm", "model", "assistant", "chatbot", "gpt"),
     r"reading this\b"),
    (3, ("your",), _ANY, (), r"your (?:real|true|actual|new|secret|hidden) (?:task|goal|job"
     r"|instructions?|purpose|mission)\b"),
    (3, ("reveal", "print", "output", "leak", "show", "repeat"), _ANY, (),
     r"(?:reveal|print|output|leak|show|repeat) (?:me )?(?:your|the) (?:system prompt|hidden"
     r" (?:instructions|prompt)|initial (?:instructions|prompt)|instructions verbatim"
     r"|original instructions)"),
    (3, ("disable", "bypass", "ignore", "turn"), _ANY, (),
     r"(?:disable|bypass|ignore|turn off) (?:your |all |any )?(?:safety|content|moderation)"
     r" (?:filters?|guidelines|rules|restrictions|settings|policies)"),
    (3, ("end",), _ANY, (), r"end of (?:user )?(?:input|prompt|instructions)\b"),
    (3, ("authorized", "authorised"), _ANY, (), r"authori[sz]ed you to\b"),
    (3, ("pwned",), _ANY, (), r"pwned\b"),
    (3, ("assistant", "system", "ai"), _ANY, (), r"(?:assistant|system|ai) instructions?\]"),
    (2, ("proceed",), _ANY, (), r"proceed without (?:asking|confirmation|checking|telling)"),
    # chat with an assistant: about its earlier answers, small talk, a chatty register
    (3, ("tell", "give"), _ANY, (), r"(?:tell|give) me (?:another|one more) (?:joke|one|story"
     r"|example|fact|version|idea)"),
    (3, ("what",), _ANY, (), r"what else (?:do|can) you (?:know|tell me|suggest)"),
    (3, ("do",), _ANY, (), r"do you (?:have (?:feelings|emotions|a (?:body|name|soul)|opinions"
     r"|consciousness)|dream|get tired|remember (?:me|what|our))"),
    (3, ("my",), _ANY, ("is",), r"my (?:essay|poem|story|resume|cv|writing|code|cover letter|idea"
     r"|plan|joke) (?:any )?(?:good|ok|okay|bad|funny)"),
    (3, ("keep", "continue", "pick", "go"), _ANY, (), r"(?:keep going|continue|pick up|go on)"
     r" from where you"
     r" (?:stopped|left off)"),
    (3, ("talked",), _ANY, ("what we",), r"talked about\b"),
    (3, ("option", "one", "answer", "suggestion", "version", "example"), _ANY, (),
     r"(?:option|one|answer|suggestion|version|example) you (?:gave|suggested|mentioned|wrote"
     r"|showed)"),
    (3, ("tried",), _ANY, ("i", "i've"), r"tried your (?:suggestion|code|fix|solution|idea|advice"
     r"|answer|recipe|method)"),
    (2, ("why",), _ANY, (), r"why did you (?:say|write|suggest|do|change|pick|choose)"),
    (2, ("can", "could"), _ANY, (), r"(?:can|could) you (?:elaborate|clarify|expand on"
     r"|try again|rephrase|say that|repeat that|be more specific)"),
    (2, ("you",), _ANY, (), r"you(?:'re| are) (?:the best|so (?:funny|smart|helpful|good)|funny"
     r"|hilarious|amazing|awesome|a lifesaver|a genius|brilliant|wrong|right)\b"),
    (2, ("how",), _ANY, (), r"how are you(?: (?:today|doing|feeling))?\b"),
    (2, ("you",), _ANY, ("are",), r"you (?:able to|an ai|a robot|a bot|a human|real|conscious"
     r"|sentient|alive|sure)\b"),
    (2, ("that",), _ANY, (), r"that(?:'s| is) (?:wrong|not (?:quite right|right|correct|what i (?:meant|asked"
     r"|wanted))|incorrect|helpful|perfect|too (?:long|short|formal|complicated))"),
    (2, ("not",), _ANY, (), r"not what i (?:meant|asked|wanted)"),
    (2, ("one",), _ANY, (), r"one more (?:question|thing|request)"),
    (2, ("any",), _ANY, (), r"any (?:ideas|suggestions|tips|thoughts)\?"),
    (2, ("what",), _ANY, (), r"what (?:would|do) you (?:recommend|suggest|think)"),
    (2, ("make",), _ANY, (), r"make it (?:shorter|longer|funnier|simpler|more|less|rhyme)"),
    (2, ("now",), _ANY, (), r"now (?:write|make|do|add|translate|summari[sz]e|explain"
     r"|shorten|rewrite|give) (?:the|a|an|it|me|this|that|another)\b"),
    (2, ("that",), _ANY, (), r"that (?:worked|fixed it|did it|helped|did the trick)\b"),
    (1, ("good", "hi", "hello", "hey"), _SENTENCE, (), r"(?:good (?:morning|evening|afternoon"
     r"|night)|hi there|hello there|hey there|hello)[!,.]"),
    # a persona and its rules, without the phrase table's "helpful assistant"
    (2, ("you",), _SENTENCE, (), r"you(?:'re| are) (?:a|an) (?:[a-z'-]+ ){0,3}(?:engineer|tutor"
     r"|reviewer|assistant|expert|teacher|coach|writer|editor|translator|consultant|advisor"
     r"|analyst|agent|bot|guide|therapist|doctor|lawyer|chef|historian|poet|comedian"
     r"|storyteller|interviewer|companion|mentor)\b"),
    (2, ("be", "stay"), _SENTENCE, (), r"(?:be|stay|remain) (?:polite|concise|friendly|empathetic"
     r"|professional|brief|helpful|honest|encouraging|patient|neutral|playful)\b"),
    (2, ("use", "respond", "answer", "reply", "format"), _ANY, (),
     r"(?:use|respond in|answer in|reply in|format (?:it|your answers?) (?:in|as)) markdown"),
    (2, ("cite",), _ANY, (), r"cite (?:your|the|all) sources\b"),
    (2, ("refuse",), _ANY, (), r"refuse (?:requests|to (?:answer|help|discuss|engage))\b"),
    (2, ("ask",), _ANY, (), r"ask (?:a |one )?clarifying questions?\b"),
    (2, ("same",), _ANY, ("the",), r"same(?: thing)? but (?:for|with|in|about)"),
    (2, ("thank",), _ANY, (), r"thank you(?: so much| very much)?"),
    (2, ("recommend",), _ANY, (), r"recommend (?:one|the best|which one)"),
    (2, ("do", "don"), _ANY, (), r"(?:do not|don'?t) use (?:any )?(?:jargon|technical (?:terms"
     r"|language|words)|big words|emojis)"),
    (2, ("use",), _SENTENCE, (), r"use (?:bullet points|simple (?:words|language)|plain"
     r" (?:english|language)|a (?:friendly|formal|casual|warm) tone)"),
    (2, ("keep",), _ANY, (), r"keep it (?:polite|professional|friendly|casual|formal|light"
     r"|fun|upbeat|warm|respectful)"),
    (2, ("so",), _ANY, (), r"so (?:it|that it) (?:doesn'?t|does not|won'?t) (?:get flagged|sound"
     r"|look|come across)"),
    (2, ("fix",), _ANY, (), r"fix (?:any|the|all|my) (?:grammar|spelling|typos|punctuation)"),
    # a model's answer: conceding, apologising, offering more
    (2, ("you",), _SENTENCE, (), r"you(?:'re| are) (?:absolutely |completely |totally )?right"
     r"[,.!]"),
    (3, ("i",), _ANY, (), r"i apologi[sz]e for (?:the|any|my) (?:confusion|error|mistake"
     r"|oversight|misunderstanding)"),
    (2, ("previous",), _ANY, ("my",), r"previous (?:answer|response|reply|message)"),
    (3, ("anything",), _ANY, ("is there",), r"anything else i can (?:help|do|assist)"),
    (2, ("would",), _ANY, (), r"would you like (?:another|me to|a different|more|a shorter"
     r"|a longer)"),
    (2, ("key",), _ANY, (), r"key takeaways?\b"),
    (1, ("in",), _SENTENCE, (), r"in summary,"),
    # round 3, wider: the same classes in other words
    (2, ("shorter", "longer", "simpler", "more", "less", "in"), _ANY, (),
     r"(?:shorter|longer|simpler|more detail(?:ed)?|less formal|more formal|in english)"
     r"(?: please| pls| plz)[.!?]?"),
    (2, ("what",), _ANY, (), r"what (?:do|did) you mean\b"),
    (2, ("give", "show"), _ANY, (), r"(?:give|show) me (?:an|another|one more) example\b"),
    (2, ("explain",), _ANY, (), r"explain (?:that|it) (?:again|differently|more simply)\b"),
    (3, ("i",), _ANY, (), r"i(?:'d| would) be (?:happy|glad) to help\b"),
    (2, ("i",), _ANY, (), r"i understand (?:your|the) (?:frustration|concern|confusion)"),
    (2, ("thank",), _ANY, (), r"thank you for your (?:patience|question|understanding)"),
    (2, ("you",), _SENTENCE, (), r"you(?:'re| are) (?:very |most )?welcome[!.]"),
    (2, ("glad",), _ANY, (), r"glad (?:i|to) (?:could )?help\b"),
    (2, ("does",), _ANY, (), r"does (?:that|this) (?:help|make sense|answer your question)"),
    (3, ("i",), _ANY, (), r"i (?:can'?t|cannot|won'?t|am unable to|'m unable to) (?:help|assist"
     r"|provide|comply|fulfil)l? with (?:that|this|your)"),
    (1, ("good", "happy"), _ANY, (), r"(?:good luck|happy coding)[!.]"),
    (3, ("as",), _ANY, (), r"as of my (?:last )?(?:knowledge|training) (?:cutoff|update)"),
    (3, ("i",), _ANY, (), r"i (?:don'?t|do not) have (?:access to (?:real-time|the internet"
     r"|current)|personal (?:opinions|feelings|experiences)|the ability to browse)"),
    (3, ("plan",), _ASK, (), r"plan (?:a|an|my|our) (?:\d+-day |\w+ )?(?:trip|vacation|holiday"
     r"|itinerary|party|wedding|weekend|birthday|honeymoon|road trip)"),
    (3, ("recommend", "suggest"), _ASK, (), r"(?:recommend|suggest)(?: me)? (?:a|an|some|\d+"
     r"|one|two|three|five|ten) (?:good |great |fun )?(?:books?|novels?|movies?|films?"
     r"|podcasts?|songs?|albums?|restaurants?|places|games?|shows?|gifts?|recipes?|hobbies)"),
    (3, ("summarize", "summarise"), _ASK, (), r"summari[sz]e the (?:plot|story|history|book"
     r"|movie|film|main points|key ideas) of\b"),
    (3, ("solve",), _ASK, (), r"solve (?:this|the following) (?:equation|problem|puzzle|riddle"
     r"|math problem)"),
    (2, ("what",), _SENTENCE, (), r"what are (?:some|the best|good|a few) "),
    (3, ("make",), _ASK, (), r"make this (?:email|text|paragraph|message|letter|sentence|post|bio"
     r"|description|intro|reply) (?:sound )?(?:more|less|[a-z]{3,}er)\b"),
    (3, ("forget", "ignore", "disregard"), _ANY, (),
     r"(?:forget|ignore|disregard) everything (?:you(?:'ve| have)? (?:were|been) told|above"
     r"|before this|you know|i said)"),
    (3, ("you",), _ANY, (), r"you (?:have no|are no longer bound by|no longer have) (?:any )?"
     r"(?:rules|restrictions|filters|guidelines|limits)"),
    (3, ("override",), _ANY, (), r"override (?:your|the|all|any) (?:previous )?(?:instructions"
     r"|rules|safety|guidelines|system prompt)"),
    (3, ("if",), _ANY, (), r"if you are an? (?:ai|llm|language model|assistant|chatbot"
     r"|ai assistant)\b"),
    (3, ("attention", "important"), _ANY, (), r"(?:attention|important)[:,]? (?:to )?(?:all )?"
     r"(?:ai|llm|assistant|chatbot|language model)s?\b"),
    (2, ("hidden",), _ANY, (), r"hidden (?:instructions?|prompt|command)s?\b"),
    (3, ("ignore", "disregard", "forget", "bypass"), _ANY, (),
     r"(?:ignore|disregard|forget|bypass) (?:your|all|any|the) (?:programming|guidelines"
     r"|directives|policies|training|restrictions|safety rules)\b"),
    (3, ("previous", "prior", "earlier", "above"), _ANY, (),
     r"(?:previous|prior|earlier|above) (?:instructions|directives|rules|prompts?) (?:are|is)"
     r" (?:now )?(?:void|cancell?ed|invalid|obsolete|no longer)"),
    (3, ("this", "i"), _ANY, (), r"(?:this is|i am|i'm) (?:your|the) (?:developer|creator"
     r"|administrator|operator|system administrator)\b"),
    (3, ("admin", "developer", "maintenance", "debug", "god"), _ANY, (),
     r"(?:admin|developer|maintenance|debug|god) (?:override|mode (?:enabled|activated|on))\b"),
    (3, ("do",), _ANY, (), r"do not follow (?:your|the|any) (?:guidelines|rules|instructions"
     r"|policies)\b"),
    (2, ("unfiltered", "uncensored"), _ANY, (), r"(?:unfiltered|uncensored)\b"),
    (2, ("you", "love", "wow"), _ANY, (), r"you nailed it\b|love it!|wow,? (?:that'?s|this is)"
     r" (?:great|amazing|awesome|perfect)"),
    (2, ("in", "of"), _ANY, (), r"(?:in|of) (?:this|the following|my) (?:sentence|paragraph|text"
     r"|email|essay|message|letter|poem|story)\b"),
    (1, ("how", "what"), _SENTENCE, (), r"(?:how|what) about (?:a|an|one|in|for|if|the|making)\b"),
    (1, ("almost", "close"), _SENTENCE, (), r"(?:almost|close)[!,.] but\b"),
    (3, _START_VERBS, _START, (), _alt(_START_VERBS) + r"(?: me| us)? (?:a|an|some|\d+|one|two"
     r"|three|four|five|six|seven|eight|nine|ten|a few|several|how|why|what|who|when|where"
     r"|whether|the (?:difference|pros|history|meaning|best|main|origin|story|plot|rules"
     r"|basics|benefits|causes|effects)|my)\b"),
    (3, ("you", "what", "how", "do", "can", "could", "would", "are", "did", "have", "will",
         "why", "which", "where", "when", "who", "should", "honestly"), _CHAT, (),
     r"(?:[a-z']+,? ){0,3}?you(?:'re|'ve|'d)?\b"),
    # weight 1: politeness, questions about one's own code, weak labels
    (1, ("it", "that", "this"), _ANY, (), r"(?:it|that|this) (?:still )?(?:doesn'?t|didn'?t"
     r"|does not|did not) work\b"),
    (1, ("i",), _ANY, (), r"i'?m (?:confused|lost)\b"),
    (1, ("nevermind", "never", "nvm", "idk", "btw", "ty", "tysm"), _ANY, (),
     r"(?:never ?mind|nvm|idk|btw|tysm|ty)\b"),
    (1, ("lol", "haha", "hmm", "ugh", "nah", "omg", "pls", "plz", "thx", "wait", "oops",
         "yay", "hey"), _ANY, (),
     r"(?:lol|haha+|hmm+|ugh|nah|omg|pls|plz|thx|wait,|oops|yay|hey[,!])"),
    (1, ("thanks", "perfect", "great", "awesome", "nice", "cool", "ok", "okay"), _SENTENCE, (),
     r"(?:thanks|perfect|great|awesome|nice|cool|ok|okay)(?: cool)?[,!.]"),
    (1, ("be",), _SENTENCE, (), r"be honest\b"),
    (1, ("i",), _ANY, (), r"i (?:don'?t|do not) (?:understand|get it)\b|i meant\b"),
    (1, ("try",), _ANY, (), r"try again\b"),
    (1, ("bullet",), _ANY, (), r"bullet points\b"),
    (1, ("answer",), _ANY, ("the",), r"answer (?:should be|is)\b"),
    (1, ("can", "could", "would", "will"), _ANY, (), r"(?:can|could|would|will) you\b"),
    (1, ("please",), _ANY, (), r"please\b"),
    (1, ("help",), _ANY, (), r"help me\b"),
    (1, ("give", "tell", "show", "send"), _ANY, (), r"(?:give|tell|show|send) me\b"),
    (1, ("me",), _ANY, ("for",), r"me\b"),
    (1, ("following",), _ANY, ("the",), r"following\b"),
    (1, ("how",), _ANY, (), r"how (?:do|can|should) i\b"),
    (1, ("what",), _ANY, (), r"what(?:'s| is) the best way\b"),
    (1, ("possible", "safe", "better"), _ANY, ("is it",), r"(?:possible|safe|better)\b"),
    (1, ("which",), _ANY, (), r"which (?:is better|one should)\b"),
    (1, ("you",), _ANY, (), r"you are (?:a|an|my|now)\b|you're (?:a|an|my)\b"),
    (1, _SENTENCE_VERBS, _SENTENCE, (), _alt(_SENTENCE_VERBS) + r" "),
    (1, ("your",), _ANY, (), r"your (?:needs|question|request|project|email)\b"),
    (1, _LABELS1, _LINE, (), _alt(_LABELS1) + r"[ \t]*:"),
)
"""Each phrase is tried only where one of its lead words starts a word; what must come before
the lead (a sentence start, "from" before "now on") is checked in Python first."""

_BY_LEAD: dict[bytes, tuple[int, ...]] = {}
_LEAD_ROWS: dict[bytes, tuple[tuple[int, ...], tuple[int, ...]]] = {}
"""Per lead word: the rows that apply wherever it starts a word, and those with a condition."""


_SHORT_TEXT_LEADS: frozenset[bytes] = frozenset()
_LONG_TEXT_LEADS: frozenset[bytes] = frozenset()
"""Lead words worth searching for: rows that only apply to a chat-sized text, or only to the
text's first word, do not need a search (the first word is looked at directly)."""
_CHAT_MAX = 240


def _index_leads() -> None:
    """Rows per lead word, and which lead words need a search: from the snapshot when it was
    built from this very table (``snapshot.tables``), otherwise one pass over the table."""
    global _SHORT_TEXT_LEADS, _LONG_TEXT_LEADS
    by_lead, lead_rows, short, long = snapshot.tables("cues.leads", _lead_tables, _REQUEST_TABLE)
    _BY_LEAD.update(by_lead)
    _LEAD_ROWS.update(lead_rows)
    _SHORT_TEXT_LEADS, _LONG_TEXT_LEADS = short, long


_LeadTables = tuple[dict[bytes, tuple[int, ...]],
                    dict[bytes, tuple[tuple[int, ...], tuple[int, ...]]],
                    frozenset[bytes], frozenset[bytes]]


def _lead_tables(table: tuple[_RequestRow, ...]) -> _LeadTables:
    """One pass over the table: ``_BY_LEAD``, ``_LEAD_ROWS`` and the two sets of lead words."""
    plain: dict[bytes, list[int]] = {}
    conditional: dict[bytes, list[int]] = {}
    short: set[bytes] = set()
    long: set[bytes] = set()
    for i, (_, leads, where, heads, _) in enumerate(table):
        keys = {lead.encode() for lead in leads}
        for key in keys:
            plain.setdefault(key, [])
        into = plain if where == _ANY and not heads else conditional
        for key in keys:
            into.setdefault(key, []).append(i)
        if where != _START:
            short |= keys
            if where != _CHAT:
                long |= keys
    by_lead: dict[bytes, tuple[int, ...]] = {}
    lead_rows: dict[bytes, tuple[tuple[int, ...], tuple[int, ...]]] = {}
    for key, rows in plain.items():
        more = conditional.get(key, [])
        lead_rows[key] = (unconditional := tuple(rows), tuple(more))
        # the same tuple where it is the same rows: the snapshot stores (and reads) it once
        by_lead[key] = tuple(sorted(rows + more)) if more else unconditional
    return by_lead, lead_rows, frozenset(short), frozenset(long)


_index_leads()
_REQUEST_BYTES = frozenset(_BY_LEAD)
GATE_WORDS = GATE_WORDS.union(_REQUEST_BYTES)  # the lead words must be among the words looked up
_ASK_HEADS = ("me", "you to", "me to", "us to", "is to", "you", "and")
"""A bare "to" is an engineer's purpose clause as often as an ask ("wanted to improve this for
a while", "re-words the docs to make it clearer": session 16, real commit messages); the asks
of the corpora that follow a "to" follow "you to" ("I need you to rewrite this") or "is to"
("your task is to write a ...")."""


def _starts_sentence(lo: str, at: int) -> bool:
    """``(?:^|[.!?\\n]\\s*)`` ends at ``at``."""
    if at == 0:
        return True
    j = at
    while j and lo[j - 1].isspace():
        j -= 1
    return (j > 0 and lo[j - 1] in ".!?") or "\n" in lo[j:at]


def _starts_line(lo: str, at: int) -> bool:
    """``(?:^|\\n|[.!?] )[ \\t]*`` ends at ``at``."""
    j = at
    while j and lo[j - 1] in " \t":
        j -= 1
    return j == 0 or lo[j - 1] == "\n" or (j < at and lo[j] == " " and lo[j - 1] in ".!?")


def _after_words(lo: str, at: int, heads: tuple[str, ...]) -> int:
    """Where the head before ``at`` starts (``head`` and one blank, a whole word), or -1."""
    for head in heads:
        start = at - len(head) - 1
        if start >= 0 and lo.startswith(head, start) and lo[at - 1] == " " and not (
            start and (lo[start - 1].isalnum() or lo[start - 1] == "_")
        ):
            return start
    return -1


def _row_applies(row: _RequestRow, lo: str, at: int, asks: bool = True) -> bool:
    """Whether ``row`` may start at ``at``; ``asks`` is whether the text may hold a question
    (the scanner's view reads every character outside ASCII as ``?``: "pair with Chloé on ..."
    is no question; ``_asks``; session 16, blind14's colleague asks)."""
    _, _, where, heads, _ = row
    start = at
    if heads:
        start = _after_words(lo, at, heads)
        if start < 0:
            return False
    if where == _ANY:
        return True
    if where == _LINE:
        return _starts_line(lo, start)
    if where == _START:
        return not lo[:start].strip(" \t\n\"'*>-") and _rx(_ENGINEERING).search(lo) is None
    if where == _CHAT:
        return len(lo) <= _CHAT_MAX and asks and "?" in lo and _rx(_ENGINEERING).search(
            lo) is None
    if _starts_sentence(lo, start):
        return True
    return where == _ASK and (_after_words(lo, at, _ASK_HEADS) >= 0
                              or lo.endswith("please ", 0, at))


_request_rx: dict[tuple[int, ...], re.Pattern[str]] = {}


def _request_pattern(rows: tuple[int, ...]) -> re.Pattern[str]:
    """The phrases of these rows, strongest first, as one small pattern (compiled on first
    use): a failed try costs a few alternatives, not the whole table."""
    rx = _request_rx.get(rows)
    if rx is None:
        pattern = "|".join(
            f"(?P<w{w}>" + "|".join(_REQUEST_TABLE[i][4] for i in rows
                                    if _REQUEST_TABLE[i][0] == w) + ")"
            for w in (3, 2, 1) if any(_REQUEST_TABLE[i][0] == w for i in rows)
        )
        rx = _request_rx[rows] = _rx(pattern)
    return rx


_GATED_SEARCH = True
"""A shortcut (``tests/test_privacy_bounds.py`` switches it off and expects the same findings):
``_lead_gate``."""
GATE_AFTER = 16
"""Texts seen before the gates and the superset match are used. Each is one more pattern per
lead word, loaded once per process (~20-50 µs from the regex cache, the lead's rows being
long) and saving a microsecond or two per text: a CLI call that checks a few fields would pay
more than it saves, a long-lived process soon gains. Both ways give the same findings."""
_requests = 0
_GATE_MIN = 2
"""A one-letter lead word (``i``, ``a``) occurs inside too many other words for the gate's
literal scan to pay."""
_lead_gates: dict[bytes, re.Pattern[str] | None] = {}
_WORD_GATES = True
"""A gate tries the rows only where its letters are a whole word (``_WORD_BOUNDS``, right
after the literal, so ``re`` still scans for the literal in C): ``in``, ``do``, ``at`` occur
inside many words of a note, and trying the rows at each cost 3-8 µs a lead word. Every start
``_request`` tries is such a place (the lead is a whole word of ``words``, the character
before it neither a letter, a digit nor ``_``), so the gate stays a necessary condition.
Off (``tests/test_privacy_speed12.py``), the gates are those of session 10."""
_WORD_BOUNDS = "(?<![a-z0-9_]{0})(?![a-z])"
_GATE_FROM_FIRST = True
"""The gate searches from the lead's first whole-word occurrence (found in ``words`` by a
C-level bytes search, needed anyway), not from the text's start. Off
(``tests/test_privacy_speed12.py``), from the start."""


def _lead_gate(lead: bytes) -> re.Pattern[str] | None:
    """One search that says whether any row of ``lead`` can match anywhere in the text
    (`patterns.lookbehind_gate` over the alternation of the lead's rows): every place the
    rows are tried from (a whole-word occurrence of the lead) is an occurrence of its
    letters, and an alternation matches wherever one row does, so a failed search means no
    start of this lead can match, whichever conditions apply. None (and no gate) where the
    rows cannot be put in a lookbehind."""
    rows = "|".join(_REQUEST_TABLE[i][4] for i in _BY_LEAD[lead])
    word = lead.decode("ascii")
    source = lookbehind_gate(word, rows)
    if source is not None and _WORD_GATES:
        source = word + _WORD_BOUNDS.format(word) + source[len(word) :]
    gate = None
    if source is not None:
        import re  # a long-lived process's, after its first texts (GATE_AFTER)

        try:
            gate = _rx(source)
        except re.error:
            gate = None
    _lead_gates[lead] = gate
    return gate


_SUPERSET_FIRST = True
"""A shortcut (``tests/test_privacy_bounds.py`` switches it off and expects the same findings):
before checking which conditional rows apply at a lead word, one match of all the lead's rows
(an alternation matches at a position if and only if one of its alternatives does, and no row
refers to another's groups); where it fails, no subset can match."""


def _asks(text: str) -> bool:
    """Whether a text outside ASCII may hold a question for ``_row_applies``: a question mark,
    or a character the scanner's view reads as one that is not a letter of the Latin script.
    An accented name ("pair with Chloé on ...", "Tomás") is no question; an emoji, a dash or a
    curly quote stays read as before (the chat rows' tuning counted on them: blind4's casual
    chat, "ok you win" and an emoji)."""
    if "?" in text or "\uff1f" in text:
        return True
    return any(ord(c) > 127 and not (c.isalpha() and (c < "\u0250" or "\u1e00" <= c <= "\u1eff"))
               for c in text)


def _request(lo: str, words: bytes, present: frozenset[bytes], hits: list[_Hit],
             asks: bool = True) -> None:
    """Requests addressed to a model with no role marker: weighted phrases, 3 points.

    ``words`` is the lower-cased letters of the text with everything else blank, padded with
    a blank on each side: a lead word occurs as a word where `` lead `` does (one C search).
    ``asks``: whether the text as written holds a question mark (see ``_row_applies``)."""
    leads = present.intersection(_SHORT_TEXT_LEADS if len(lo) <= _CHAT_MAX else _LONG_TEXT_LEADS)
    starts: list[tuple[int, bytes]] = []
    opening = words.split(None, 1)[:1]  # the text's first word (rows that open a text)
    if opening and opening[0] in _BY_LEAD and opening[0] not in leads:
        at = words.find(opening[0]) - 1
        if not lo[:at].strip(" \t\n\"'*>-"):
            starts.append((at, opening[0]))
    if not leads and not starts:
        return
    global _requests
    _requests += 1
    warm = _requests > GATE_AFTER
    gated = _GATED_SEARCH and warm
    for lead in leads:
        needle = b" " + lead + b" "
        pos = words.find(needle)
        if gated and len(lead) >= _GATE_MIN and pos >= 0:
            gate = _lead_gates[lead] if lead in _lead_gates else _lead_gate(lead)
            # from the lead's first whole-word occurrence (no start lies before it; the
            # gate's lookbehinds still see the text before ``pos``)
            if gate is not None and (gate.search(lo, pos) if _GATE_FROM_FIRST
                                     else gate.search(lo)) is None:
                continue  # no row of this lead matches after any occurrence of its letters
        while pos >= 0:
            before = lo[pos - 1 : pos]  # pos is the word's start in ``lo`` (the pad shifts one)
            if not (before.isalnum() or before == "_"):
                starts.append((pos, lead))
            pos = words.find(needle, pos + len(lead) + 1)
    score = 0
    seen: set[str] = set()
    first = -1
    reached = 0
    starts.sort()
    table = _REQUEST_TABLE
    hidden = html_comments(lo) if "<!--" in lo else ()
    strong = False
    for at, lead in starts:
        if at < reached:
            continue  # inside a phrase already counted ("i hope this helps", "hope this helps")
        rows, conditional = _LEAD_ROWS[lead]
        if conditional:
            if _SUPERSET_FIRST and warm:
                every = _BY_LEAD[lead]
                if (_request_rx.get(every) or _request_pattern(every)).match(lo, at) is None:
                    continue  # no row of this lead matches here, so none of those that apply
            extra = tuple(i for i in conditional if _row_applies(table[i], lo, at, asks))
            if extra:
                rows = tuple(sorted(rows + extra))
        if not rows:
            continue
        rx = _request_rx.get(rows)
        m = (rx or _request_pattern(rows)).match(lo, at)
        if m is None:
            continue
        reached = m.end()
        if hidden and m.lastgroup != "w3" and any(a <= at < b for a, b in hidden):
            continue  # a template's guidance to a contributor (see ``cue_words.html_comments``)
        phrase = m.group(0).strip(" \t\n.!?,:")
        if phrase in seen:
            continue
        seen.add(phrase)
        score += 3 if m.lastgroup == "w3" else 2 if m.lastgroup == "w2" else 1
        strong = strong or m.lastgroup == "w3"
        if first < 0:
            first = m.start()
        if score >= 3:
            if not strong and contributor.document(lo):
                return  # a contributing guide, a template, a bot's note to a contributor: a project's asks
            hits.append((PROMPT, 1, first, first + 1, "request-to-model"))
            return
