"""Prompt cue: the shapes real prompt authors share, read off the prompts agent and LLM
frameworks ship (``bench/probe_real_prompts.py``, dev half), not off one corpus's lines.

Two rules:

- ``prompt-template``: a template whose slots a framework fills before the text reaches a
  model. A slot on a line of its own named for what prompts carry (``{question}``,
  ``{{ context }}``, ``{chat_history}``), a label line then a slot (``Board so far:`` /
  ``{state}``), a Claude Code command's ``$ARGUMENTS``, a generative-agent template's
  ``!<INPUT 0>!``. Engineering text quotes templates too (a cookiecutter README's
  ``{{ cookiecutter.description }}``, a mail's ``{{ reset_url }}`` after a blank line), so a
  slot counts on its own line only when its name is prompt vocabulary or a label introduces it
  on the line before.
- ``model-directive``: a model told what it is and what to hand back. A text that opens by
  giving "you" duties ("You grade essays against the rubric", "You are a/an ..."); a demand
  on the model's output ("Your answer should be a table", "The output should be valid YAML",
  "Return a JSON object with ..."); "your goal / purpose / objective is to"; a tool named to
  a model ("use the `lookup_tool` to ...", "Use this tool when ..."). Product copy and handoff
  notes say "you must restart", "you own INFRA-12", "you are now on the release branch",
  "your task is to finish ...": those verbs and nouns are left out.

Why its own module: each family in ``cues.py`` reads alone; these run only when no other cue
found the text (``cues._session14``), so the older rules keep their findings.
"""

from __future__ import annotations

from handoff.privacy.cue_words import PROMPT, _Hit
from handoff.privacy.lazy_re import rx as _rx

TEMPLATE_RULE_ID = "prompt-template"
DIRECTIVE_RULE_ID = "model-directive"

# -- template slots ------------------------------------------------------------------------------

_VOCAB = (
    r"(?:input|inputs|question|questions|query|queries|context|chat_history|history"
    r"|agent_scratchpad|scratchpad|format_instructions|instructions?|examples?|tools|tool_names"
    r"|tool_descriptions|task|objective|text|content|contents|documents?|docs|passages?|answer"
    r"|response|conversation|dialogue|summary|schema|goal|plan|feedback|observations?|criteria"
    r"|reference|prompt|messages?|msg|state|memory|persona|role|thoughts?|request|transcript"
    r"|topic|requirements?|diff|user_message|system_prompt)"
)
"""What a prompt's slots are named for: what the model is given to read."""

_NAMED_SLOT = (
    r"(?im)^[ \t]*\{\{?[ \t]*(?:[a-z_][a-z0-9_]*\.)*(?:[a-z0-9_]*_)?" + _VOCAB
    + r"(?:_[a-z0-9_]+)?[ \t]*\}\}?[ \t]*$"
)
_LABEL_SLOT = (
    r"(?im)^[^\n{}]{2,60}:[ \t]*\n[ \t]*(?:\{\{?[ \t]*[a-z_][a-z0-9_.]*[ \t]*\}\}?"
    r"|!<INPUT \d+>!)[ \t]*$"
)
_MARKED_SLOT = r"\$ARGUMENTS\b|!<INPUT \d+>!"


def _template(text: str, hits: list[_Hit]) -> bool:
    if "$ARGUMENTS" in text or "!<INPUT " in text:
        m = _rx(_MARKED_SLOT).search(text)
        if m is not None:
            hits.append((PROMPT, 1, m.start(), m.end(), TEMPLATE_RULE_ID))
            return True
    if "{" not in text or "\n" not in text:
        return False
    if "cookiecutter." not in text:
        m = _rx(_NAMED_SLOT).search(text)
        if m is not None:
            hits.append((PROMPT, 1, m.start(), m.end(), TEMPLATE_RULE_ID))
            return True
    if ":" in text:
        m = _rx(_LABEL_SLOT).search(text)
        if m is not None:
            hits.append((PROMPT, 1, m.start(), m.end(), TEMPLATE_RULE_ID))
            return True
    return False


# -- directives to a model -----------------------------------------------------------------------

_DUTIES = (
    r"(?i)\A[ \t\n*#>-]*you (?:analy[sz]e|answer|assign|assist|classify|compile|coordinate"
    r"|critique|draft|evaluate|extract|generate|grade|judge|perform|plan|produce|provide|publish"
    r"|rank|rate|research|review|revise|rewrite|score|summari[sz]e|translate|verify|write"
    r"|are diligent|are (?:a|an) [a-z])\b"
)
"""A text that opens by giving "you" a role or duties (not "you must", "you own", "you are
now": product copy and handoff notes)."""

_OUTPUT = (
    r"(?im)(?:^|[.:!?]\s+)[ \t*#>-]*(?:your (?:response|answer|output|reply|evaluation|final"
    r" answer) (?:should|must|will be)|your (?:goal|purpose|objective|mission|role) is to"
    r"|the output should (?:be|conform|contain|include)|return a (?:valid )?json object)\b"
)
_TOOL = (
    r"(?i)\buse (?:the |this )?(?:`[^`\n]{1,40}` )?tool (?:to|when|for|if)\b"
    r"|\buse the `?[a-z_][a-z0-9_]*`? tool\b|\buse (?:the )?(?:tool )?`[a-z_]*tool[a-z0-9_]*`"
    r" to\b"
)
_TASK = (
    r"(?m)^[ \t*#>-]*Given (?:the|a|an|this|these|some|your)\b[^\n]{0,200}?,[ \t]*(?:please )?"
    r"(?:generate|create|produce|output|classify|summari[sz]e|rewrite|write|answer|decide"
    r"|extract)\b"
    r"|^[ \t]*Begin!(?:[ \t]|$)"
    r"|\b[Aa]nswer (?:(?:with|only|just) )*(?:\"YES\"|'YES'|YES|\"yes\"|'yes')[ \t]*(?:/|or)[ \t]*"
    r"(?:\"NO\"|'NO'|NO|\"no\"|'no')(?!\w)"
    r"|(?:^|[.:!?][ \t]+)Answer (?:(?:with|only|just) )*yes or no\b"
    r"|\b[Tt]he (?:AI )?assistant(?:'s (?:response|answer|reply)s?)? (?:should|must|shall)\b"
)
"""Session 18 (the four template classes prompts17 left for time): a task set on an input
("Given the question below, generate ..."; code's docstrings say "Given a path, return"), a
ReAct template's "Begin!", a demand for a yes/no answer in capitals or quotes, the assistant
told what it should do. Each costs no real benign dev text."""
_TASK_WORDS = ("given", "begin!", "yes", "assistant")
_DIRECTIVE_WORDS = ("you", "output", "json", "tool", *_TASK_WORDS)


def _directive(text: str, lo: str, hits: list[_Hit]) -> bool:
    if not any(w in lo for w in _DIRECTIVE_WORDS):
        return False
    for pattern, needs in ((_DUTIES, ("you",)), (_OUTPUT, ()), (_TOOL, ("tool",)), (_TASK, _TASK_WORDS)):
        if needs and not any(w in lo for w in needs):
            continue
        m = _rx(pattern).search(text)
        if m is not None:
            hits.append((PROMPT, 1, m.start(), m.end(), DIRECTIVE_RULE_ID))
            return True
    return False


def directive_hits(text: str, lo: str, hits: list[_Hit]) -> None:
    """Add a ``prompt-template`` or ``model-directive`` finding (the first that reads)."""
    if not _template(text, hits):
        _directive(text, lo, hits)
