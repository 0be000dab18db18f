"""The word sets the prompt cues share: role names, JSON keys, label verbs, address and request
words (the scanner looks them up among a text's words before any cue runs).

Why its own module: every cue module and ``cues.py`` import them; kept apart so no cue module
imports ``cues.py`` (which imports them all).
"""

from __future__ import annotations

PROMPT = "prompt"
SLOT_ENDS = (":", "\uff1a", "=>", "->")
"""How a few-shot block's open slot ends (``fewshot``): ``cues`` tests a text's end for one
before it imports ``fewshot``."""
_Hit = tuple[str, int, int, int, str]

_USER = ("user", "human", "you", "me", "customer", "prompter", "client", "usuario", "benutzer",
         "nutzer", "utilisateur", "usuario", "question", "q")
_BOT = ("assistant", "ai", "bot", "chatbot", "chatgpt", "gpt", "claude", "gemini", "copilot",
        "llm", "model", "grok", "llama", "mistral", "deepseek", "qwen", "bard", "codex", "cursor",
        "asistente", "assistent", "assistente", "kimi", "answer", "a", "response", "agent")
_SYSTEM = ("system", "sistema", "developer")
_ROLE_WORDS = frozenset(_USER + _BOT + _SYSTEM + ("utente", "gebruiker", "pengguna", "kunde",
                                                   "asystent", "asistan", "asisten", "asistent",
                                                   "utilizator", "avustaja", "asszisztens")) - {
    "q", "a", "me", "you", "answer", "question", "response", "agent", "model", "client"}
"""A role word among the text's words lets the turn cue run (short ones need company)."""

_JSON_WORDS = frozenset(("prompt", "completion", "instruction", "conversations", "chosen",
                         "rejected", "speaker", "from", "system", "human", "gpt", "assistant",
                         "user", "query", "response", "messages", "turns", "utterance", "tool",
                         "type", "role", "output", "input", "answer", "question", "text",
                         "function", "arguments", "reply", "request", "event", "channel"))
_REACT_WORDS = frozenset(("thought", "observation"))
_LABEL_WORDS = frozenset(("said", "replied", "responded", "answered", "wrote", "output",
                          "response", "reply", "answer", "verbatim", "returned", "says",
                          "replies", "answers"))
_ADDRESS_WORDS = frozenset(("please", "can", "could", "would", "you", "your", "me", "following",
                            "now", "write", "explain", "summarize", "summarise", "translate",
                            "generate", "rewrite", "pretend", "imagine", "task", "act", "answer",
                            "respond", "reply", "describe", "list", "give", "tell", "show",
                            "help", "want", "need", "like", "i"))
_FOREIGN_ASCII = frozenset(("bitte", "kannst", "du", "schreibe", "schreib", "erklaere", "antworte",
                            "assistent", "por", "favor", "puedes", "eres", "escribe", "explica",
                            "traduce", "responde", "asistente", "peux", "pouvez", "tu", "vous",
                            "explique", "traduis", "assistant", "voce", "pode", "escreva",
                            "traduza", "responda", "assistente", "sei", "ein", "eine", "un",
                            "una", "um", "uma", "es", "est", "bist", "voici", "claro", "gerne",
                            "hoffe", "espero", "cela", "aqui", "natuerlich", "jetzt", "antwortest",
                            "antworte", "schreibe", "erklaere", "fasse", "folgenden", "escreva",
                            "actua", "agis", "ecris", "supuesto", "scrivimi", "spiegami",
                            "riassumi", "poesia", "racconto", "parole", "favore", "puoi",
                            "potresti", "grazie", "schrijf", "verhaal", "gedicht", "leg",
                            "alsjeblieft", "bedankt", "escribeme", "cuento", "poema", "resume",
                            "gracias", "escreva", "resuma", "explique", "jeito", "obrigado",
                            "obrigada", "merci", "reformuler", "reformule", "schreib", "danke",
                            "geschichte", "kun", "dimmi", "dime", "fass"))

_REQUEST_WORDS = frozenset((
    "act", "behave", "roleplay", "role", "pose", "pretend", "imagine", "character", "now", "want",
    "like", "given", "will", "write", "compose", "draft", "generate", "create", "give", "tell",
    "make", "come", "suggest", "invent", "brainstorm", "list", "name", "produce", "craft",
    "translate", "rewrite", "rephrase", "paraphrase", "proofread", "summarize", "summarise",
    "convert", "explain", "describe", "pros", "task", "job", "goal", "instructions", "objective",
    "respond", "answer", "reply", "return", "output", "only", "words", "sentences", "terms",
    "step", "think", "keep", "apologize", "apologise", "commentary", "difference", "example",
    "sound", "sounds", "need", "sure", "certainly", "absolutely", "course", "question",
    "problem", "gladly", "know", "anything", "free", "hope", "help", "sorry", "language", "here",
    "below", "can", "could", "would", "please", "show", "send", "following", "how", "best",
    "possible", "which", "you", "your", "compare", "classify", "extract", "outline", "critique",
    "recommend", "teach", "convince", "format", "tone", "constraints", "persona", "system",
))


def html_comments(lo: str) -> tuple[tuple[int, int], ...]:
    """The spans of ``<!-- ... -->`` comments (one left open runs to the end).

    A pull request's or an issue's template speaks to the contributor inside them ("Thank you
    for contributing! ... please consider the following: - Does this pull request include a
    summary?"), and the rendered page hides them: there the politeness and asks of the weaker
    rows are the project's, not a user's to a model. Only the strongest rows (a persona, an
    override of instructions, text written to an AI) count inside one, which is where hidden
    instructions to a model are put; ``address`` reads none of a comment's words (session 16:
    real commit messages, 70 of 77 rejections for ``request-to-model`` in
    `probe_real_benign.py --source commits` on the dev half)."""
    spans = []
    pos = lo.find("<!--")
    while pos >= 0:
        end = lo.find("-->", pos + 4)
        stop = len(lo) if end < 0 else end + 3
        spans.append((pos, stop))
        pos = lo.find("<!--", stop)
    return tuple(spans)
