"""A question or request put to a colleague, not to a model: "@kenji can you check ...?",
"Aisha, how do we stop the SSRF in the image proxy? ...", "Can you rebase on main? ...".

Why: the request cues (``cues._request``) read "can you check ... and tell me ..." as a request
to a model, and so it is when a model is addressed. Team chat addresses a person first: an
``@handle`` or a first name and a comma open the line. A model is addressed by its own name
("@claude", "Copilot,"), by a bot handle ("@review-bot") or by nobody. Likewise a few asks
only make sense of a person's branch ("can you rebase on main?"). The scanner drops the
request cues' findings for such text; every other cue (turns, quoted output, attribution) and
the classifier still read it.
"""

from __future__ import annotations

from handoff.privacy.lazy_re import rx as _rx

_MODELS = frozenset((
    "ai", "assistant", "bot", "chatbot", "chatgpt", "gpt", "claude", "gemini", "copilot", "codex",
    "cursor", "llm", "model", "grok", "llama", "mistral", "deepseek", "qwen", "bard", "devin",
    "agent", "openai", "anthropic", "perplexity", "kimi", "aider", "cody", "phind", "sage", "jarvis",
))
"""Names a model answers to; a handle or vocative naming one (or ending in one) is a model."""

_NOT_NAMES = frozenset((
    "hi", "hey", "hello", "ok", "okay", "so", "now", "well", "also", "please", "thanks", "sure",
    "yes", "no", "great", "cool", "quick", "question", "btw", "sorry", "honestly", "actually",
    "basically", "then", "first", "next", "finally", "again", "alright", "right", "listen", "look",
    "fine", "good", "perfect", "nice", "wait", "oh", "ah", "hmm", "and", "but", "or", "yeah",
    "yep", "nope", "dear", "friend", "buddy", "bro", "dude", "folks", "team", "everyone", "guys",
    "all", "anyway", "besides", "however", "otherwise", "meanwhile", "today", "tomorrow",
    "yesterday", "here", "there", "seriously", "ideally", "briefly", "short", "long", "in", "for",
    "with", "given", "assume", "assuming", "imagine", "remember", "note", "important", "context",
    "background", "task", "goal", "respond", "answer", "reply", "explain", "write", "tell", "give",
    "show", "list", "make", "translate", "summarize", "summarise", "describe", "compare", "help",
    "can", "could", "would", "will", "should", "what", "why", "how", "when", "where", "who",
    "which", "is", "are", "do", "does", "did", "user", "human", "system", "developer",
    "instructions",
))
"""Capitalised words that open a sentence with a comma without naming anyone."""

_HANDLE = (r"@([a-z0-9][a-z0-9._-]{0,38})[ \t,:]+"
           r"(?:can|could|would|will|please|pls|do|did|is|are|what|how|why|when)\b")
_VOCATIVE = (r"([A-Z][a-z\u00e0-\u00ff]{1,14}),[ \t]+"
             r"(?:can|could|would|what|how|why|when|where|is|are|do|does|did|should)\b")
_BRANCH_ASK = r"(?:can|could) you (?:please )?(?:rebase|squash|cherry-pick|backport|retrigger|re-trigger|approve)\b"


def _is_model(name: str) -> bool:
    name = name.lower().rstrip("._-")
    parts = [p for p in name.replace(".", "-").replace("_", "-").split("-") if p]
    return any(p in _MODELS or p.endswith("bot") or p.rstrip("0123456789") in _MODELS for p in parts)


def addressed_to_person(text: str, lo: str) -> bool:
    """Whether ``text`` (``lo`` lower-cased) opens by addressing a person, or asks a person's
    branch to be rebased: the request cues' findings on it are team chat."""
    head = text.lstrip(" \t>*-")
    if len(head) > 600 or "\n\n" in head:
        return False  # a long or sectioned text: one opening does not speak for it all
    if head.startswith("@"):
        m = _rx(_HANDLE).match(head.lower())
        return m is not None and not _is_model(m.group(1))
    m = _rx(_VOCATIVE).match(head)
    if m is not None:
        name = m.group(1).lower()
        return name not in _NOT_NAMES and not _is_model(name) and "?" in head
    return _rx(_BRANCH_ASK).match(lo.lstrip(" \t>*-")) is not None
