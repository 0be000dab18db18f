"""Prompt cue: a chat app's message event in JSON, the words people said to each other.

Why its own module: ``records`` reads conversation data by its dataset and agent-log keys
(``prompt``, ``role``, ``tool_use``); a chat app's webhook names none of them. A Slack
``event_callback``, a Discord message, a Teams activity or a channel export forwarded by an
integration carries what one person wrote to others, and chat text is never stored. Its shape
says so, whatever the words are:

- a message's words (``text``, ``content``, ``message``, ``body`` holding a sentence);
- the person who wrote them (``user`` holding a member's id, ``author``/``from``/``sender``
  holding one or an object with the name);
- the channel they wrote in (``channel``, ``channel_id``, ``channelData``, ``guild_id``...);

or a channel's export: a string holding turns of two or more people (``alex: ...\\nsam: ...``,
``[10:32] <dana> ...``) beside a channel key.

A bot's notification to a channel (``{"channel": "#deploys", "username": "deploy-bot", "text":
"deploy finished"}``, an app's ``bot_id``, a Discord webhook's ``webhook_id``) names no person
who wrote it: it is the integration's own status, and stays allowed.
"""

from __future__ import annotations

from handoff.privacy.cue_words import PROMPT, _Hit
from handoff.privacy.jsonstring import string_end
from handoff.privacy.lazy_re import rx as _rx

RULE_ID = "prompt-record-json"
"""Reported under the records' rule: a chat event is conversation data in JSON."""

_Q = r"\\*[\"']"
_CHANNEL = (_Q + r"(?:channel|channel_id|channeldata|channel_name|guild_id|conversation|conversation_id"
            r"|room_id|chat_id|thread_ts)" + _Q + r"[ \t]*:[ \t\n]*"
            r"(?:\{|\d{6,}|" + _Q + r"(?:#[\w.-]{1,80}|(?=[a-z0-9_.:@-]{0,79}\d)[a-z0-9_.:@-]{6,80})" + _Q + r")"
            r"|" + _Q + r"ts" + _Q + r"[ \t]*:[ \t]*" + _Q + r"\d{9,11}\.\d{6}" + _Q)
"""A key naming the chat the message was written in (quoted plainly or escaped, as a payload
nested inside a hook's output string is), and its value as chat apps write it: an object
(``channelData``), a ``#name``, or an id with a digit in it (``C04ABCD12``, a snowflake). A
release channel (``"stable"``), a package channel (``"conda-forge"``) or a logger's channel
(``"security"``) is a word, not a chat. Slack's message time stamp (``"ts": "1781234567.000100"``)
marks its chat whatever the channel id looks like."""
_PERSON = (_Q + r"(?:user|author|from|sender)" + _Q + r"[ \t]*:[ \t\n]*"
           r"(?:\{|" + _Q + r"[^\"'\\\s]{2,40}" + _Q + r")")
"""The member who wrote it: an id or handle (no spaces), or an object with the name."""
_TEXT = (_Q + r"(?:text|content|message|body)" + _Q + r"[ \t]*:[ \t]*\\*\""
         r"(?P<val>(?:[^\"\\\n]|\\u[0-9a-f]{4}){0,120})")
_LOG = _Q + r"(?:level|level_name|levelname|severity|loglevel|logger|log_level)" + _Q + r"[ \t]*:"
"""A structured log record (Monolog's ``"channel"`` beside ``"level_name"``): its ``message``
is the program's, not a person's."""
_BOT = (_Q + r"(?:bot_id|bot_profile|app_id|webhook_id)" + _Q + r"|" + _Q + r"bot" + _Q
        + r"[ \t]*:[ \t]*true|bot_message")
"""An app or bot posted it: a notification, not a person's words."""
_NEAR = 700
"""How far (characters) from the message's words its person and channel keys may be."""

_EXPORT_KEY = _Q + r"(?:transcript|messages|history|log|chat|text|content)" + _Q + r"[ \t]*:[ \t]*\\*\""
_TURN = (r"^[ \t]*(?:\[\d{1,2}:\d\d(?::\d\d)?\][ \t]*)?(?:<(?P<nick>[^<>\s]{1,24})>|(?P<name>[^\s:<>\[\]\"]{1,24}):)"
         r"[ \t]+(?P<words>\S.*)$")
_NOT_PEOPLE = frozenset(("info", "error", "warn", "warning", "debug", "trace", "note", "step", "build",
                         "test", "tests", "status", "result", "output", "input", "stdout", "stderr",
                         "fatal", "notice", "hint", "tip", "todo", "fixme", "http", "https", "user",
                         "assistant", "system", "human", "ai", "model", "bot", "q", "a"))
"""Labels that open a log's or a document's lines; ``user:``/``assistant:`` turns are the
``turns`` cue's."""
_EXPORT_SPAN = 3000


def _says(val: str, words: int = 3) -> bool:
    """A sentence's start: a few words with letters, or (another script, escaped or replaced
    by ``?`` in the scanner's view) a run of such characters."""
    if val.count("?") >= 4 or val.count("\\u") >= 4:
        return True
    return len(val.split()) >= words and any(c.isalpha() for c in val)


def chat_event_hits(lo: str, hits: list[_Hit]) -> bool:
    """Add a hit when ``lo`` (the scanner's lower-cased view) holds a person's message event or
    a channel's export in JSON; say so."""
    channels = [m.start() for m in _rx(_CHANNEL).finditer(lo)]
    if not channels or _rx(_BOT).search(lo) is not None or _rx(_LOG).search(lo) is not None:
        return False
    people = [m.start() for m in _rx(_PERSON).finditer(lo)]
    if people:
        for m in _rx(_TEXT).finditer(lo):
            at = m.start()
            if not _says(m.group("val"), 2):
                continue  # (a member's two words to a channel, "danke dir!", are chat too)
            if any(abs(c - at) <= _NEAR for c in channels) and any(abs(p - at) <= _NEAR for p in people):
                hits.append((PROMPT, 1, at, m.end(), RULE_ID))
                return True
    for m in _rx(_EXPORT_KEY).finditer(lo):
        if not any(abs(c - m.start()) <= _NEAR for c in channels):
            continue
        end = string_end(lo, m.end(), _EXPORT_SPAN)
        if _turns(lo[m.end():end]):
            hits.append((PROMPT, 1, m.start(), end, RULE_ID))
            return True
    return False

def _turns(body: str) -> bool:
    """Two or more people taking turns in ``body`` (a string's text, its escaped line breaks at
    any depth read as breaks), each saying something."""
    body = _rx(r"\\+n").sub("\n", body)
    names: list[str] = []
    for line in body.split("\n"):
        m = _rx(_TURN).match(line)
        if m is None:
            continue
        name = (m.group("nick") or m.group("name") or "").strip("\\")
        if not name or name in _NOT_PEOPLE or name.isdigit():
            continue
        words = m.group("words")
        if _says(words) or len(words.split()) >= 2:
            names.append(name)
    return len(set(names)) >= 2  # (two names: some turn follows another speaker's)
