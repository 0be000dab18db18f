"""Product copy: the text a product shows its own user, in the second person.

A dialog ("Are you sure you want to delete this board? This can't be undone."), an empty state
("Write a short description so your teammates know what this project is for."), a prompt to
sign in again: each addresses "you" and often opens with an imperative, the shape of a request
to a model (``request-to-model``, cues.py). What tells them apart is who speaks and about what:
product copy speaks for the product ("we", "us", or nobody) to its user about the interface in
front of them (this page, your account, unsaved changes, sign in, notifications); a request to a
model is written by a person, who says "I", "me" or "my" when speaking of themself, and sends
something with it (a quote, code, several lines) or names the task (shorten, translate, "can
you", "this tooltip"). So a short text that never says "I"/"me"/"my", holds no quote, code or
line break, names no such task and names the interface is copy, and the request phrases it
holds are the product's, not a prompt. Other cues (a role tag, a persona, a model's
name) are untouched: a prompt quoting copy still carries them.
"""

from __future__ import annotations

_FIRST_PERSON = frozenset((b"i", b"me", b"my", b"mine", b"myself"))
"""A person speaking of themself (the scanner's words: ``i'm`` gives ``i`` and ``m``)."""
_INTERFACE = (
    "this page", "this screen", "this dialog", "this tab", "this device", "unsaved change",
    "be undone", "sign in", "signed in", "log in", "logged in", "sign up", "your account",
    "your inbox", "your teammates", "your team", "your plan", "your trial", "your subscription",
    "your changes", "your password", "your email", "your profile", "your settings",
    "notifications", "tell us", "let us know", "change it later", "click", "tap", "drag",
    "upgrade to", "you can now", "to get started",
)
"""The interface in front of the product's user, as copy names it."""
_ASKED = ("can you", "could you", "would you", "will you", "this message", "this tooltip", "this string",
          "this text", "this copy", "this label", "this error", "this wording", "rewrite", "reword", "rephrase",
          "shorten", "translate", "proofread")
"""A request about copy (the copy quoted, the task named), not the copy itself: someone asks
whether the message is clear, or to shorten the tooltip, and pastes it after."""
_MAX = 240
"""Copy is a string of a sentence or three; a longer text is a message someone wrote."""


def is_product_copy(lo: str, present: frozenset[bytes]) -> bool:
    """Whether ``lo`` (lower-cased) reads as product copy (see the module's docstring).
    ``present``: the text's words as bytes, as the scanner found them."""
    if len(lo) > _MAX or not present.isdisjoint(_FIRST_PERSON):
        return False
    lo = _unkeyed(lo)
    if "\n" in lo or "```" in lo or "`" in lo or "{" in lo or ": " in lo.rstrip(" .?!\"')"):
        return False
    return any(_has_word(lo, cue) for cue in _INTERFACE) and not any(_has_word(lo, a) for a in _ASKED)


def _unkeyed(lo: str) -> str:
    """The copy itself when ``lo`` is one string under a key, as resource files hold copy
    (``description: |`` then an indented line, ``title: "..."``, ``"banner": "..."``): the key
    and the quotes are the file's, not the copy's."""
    key, colon, rest = lo.partition(":")
    if not colon or not key.strip(" \t\"'").replace("_", "").replace(".", "").replace("-", "").isalnum():
        return lo
    rest = rest.strip()
    if rest[:1] in "|>":
        head, brk, body = rest.partition("\n")
        if head.strip("|>+- \t") or not brk:
            return lo
        rest = " ".join(body.split())
    if len(rest) >= 2 and rest[0] == rest[-1] and rest[0] in "\"'":
        rest = rest[1:-1]
    return rest if rest and "\n" not in rest else lo


def _has_word(lo: str, cue: str) -> bool:
    """``cue`` in ``lo`` as whole words (``design interview`` holds no ``sign in``); a cue may
    end a word's stem (``unsaved change`` finds ``changes``)."""
    at = lo.find(cue)
    while at >= 0:
        if not lo[at - 1 : at].isalnum():
            end = at + len(cue)
            if not lo[end : end + 1].isalnum() or cue.endswith("change"):
                return True
        at = lo.find(cue, at + 1)
    return False
