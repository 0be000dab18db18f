"""Prompt cue: conversation records in JSON with the keys datasets and agents use
(prompt/completion, instruction/input/output, from/value, speaker/text, an agent's own session
log, tool calls).

Why its own module: split out of ``cues.py`` (which calls it) so each cue family reads alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from handoff.privacy import chatevents
from handoff.privacy.cue_words import PROMPT, _Hit
from handoff.privacy.jsonstring import string_end
from handoff.privacy.lazy_re import rx as _rx

if TYPE_CHECKING:
    import re


# -- records -------------------------------------------------------------------------------------

_RECORD = (
    r"[\"'](?P<key>prompt|completion|instruction|system_prompt|conversations|chosen|rejected"
    r"|human|gpt|assistant|user|bot|query|response|utterance|turns|output|input|answer|question"
    r"|system|reply|request"
    r"|text|value|content|message|msg|body|from|speaker|author|sender|role|type|actor|event"
    r"|tool_calls|tool_call_id|function_call|arguments|thought|action)\\?[\"'][ \t]*:[ \t]*\\?(?P<open>[\"'\[{])"
    r"(?P<val>[^\"\n]{0,40})"
)
"""A key of conversation data and the start of its value; a key may be escaped (``\\"prompt\\"``:
a record pasted as a string inside another JSON value). The value stops at a double quote only
(``J'aimerais``); one opened by a single quote is cut at the next one in Python."""
_STRONG_KEYS = frozenset(("prompt", "completion", "instruction", "system_prompt", "conversations",
                          "system",
                          "chosen", "rejected", "utterance", "tool_calls", "tool_call_id",
                          "function_call", "thought"))
_TEXT_KEYS = frozenset(("prompt", "completion", "instruction", "human", "gpt", "assistant", "thought",
                        "user", "bot", "query", "response", "utterance", "output", "input",
                        "answer", "question", "text", "value", "content", "message", "msg",
                        "body"))
_SPEAKER_KEYS = frozenset(("from", "speaker", "author", "sender", "role", "type", "actor", "event"))
_ASKING_KEYS = frozenset(("question", "query", "request", "utterance", "prompt",
                          "instruction", "human", "user"))
_REPLYING_KEYS = frozenset(("answer", "response", "reply", "completion", "chosen", "bot",
                            "assistant", "gpt"))
"""A record holding prose under an asking key and prose under a replying key is one exchange
(``{"question": <a sentence>, "answer": <a sentence>}``, ``{"input": ..., "output": ...}``),
whatever the key convention; the same keys holding paths, ids or numbers are config. (Not
``input``/``output``: test tables and pipeline steps describe theirs in words.)"""
_PROSE_WORDS = 3
_SPEAKER_VALUES = ("user", "human", "gpt", "assistant", "ai", "bot", "model", "chatgpt", "claude",
                   "system", "tool_use", "tool_result", "function_call", "function_call_output",
                   "reasoning", "agent_message", "user_message", "assistant_message", "customer",
                   "tool", "observation", "user_prompt", "user_input", "user_query",
                   "human_message")
_RESULT_SPEAKERS = frozenset(("tool_result", "function_call_output", "tool", "observation"))
_CALL_SPEAKERS = frozenset(("tool_use", "function_call"))
_TOOL_SPEAKERS = _RESULT_SPEAKERS | _CALL_SPEAKERS
_TEXT_BLOCK = (r"[\"']type[\"'][ \t]*:[ \t]*[\"'](?:text|input_text|output_text|thinking)[\"'][ \t]*,[ \t\n]*"
               r"[\"'](?:text|thinking)[\"'][ \t]*:"
               r"|[\"'](?:text|thinking)[\"'][ \t]*:[ \t]*\"[^\"\n]*\"[ \t]*,[ \t\n]*"
               r"[\"']type[\"'][ \t]*:[ \t]*[\"'](?:text|input_text|output_text|thinking)[\"']")
"""A message's text block (``{"type": "text", "text": ...}``) beside its tool blocks: the type
and the text key side by side, in either order. A tool's result typed ``"text"`` (a file read:
``{"type": "text", "file": {...}}``) holds the tool's words, not the model's."""
_TOOL_RECORD = (r"[\"'](?:type|role|event)[\"'][ \t]*:[ \t]*[\"'](?:tool_result|tool_use|tool"
                r"|function_call_output|function_call|observation)[\"']")
_BLOCK_SIDES = _TOOL_SPEAKERS | {"user", "assistant"}
"""The speakers of a record that wraps tool blocks in a message (an agent's session log puts a
tool's result under ``"role": "user"``); a record that names a user's or an assistant's
message as such (``"event": "user_message"``) holds that message's words."""
_HOLDER_KEYS = frozenset(("@speaker", "message", "msg", "body", "input", "output", "arguments"))
"""An agent's event records name speakers and nest values without holding a turn's words: a
tool's result (``"type": "tool_result"`` with an id, a flag and a byte count; an MCP result of
``"12 matches"``), an assistant turn's metadata (``"message": {"role": "assistant",
"stop_reason": ..., "usage": {...}}``, no content key). Such a record, with no prose, is a turn
only when it is the model's own tool call (``"type": "tool_use"`` with its command, or
``tool_calls``: the model's output) or it has a key that holds a turn's text (``"content":
"hi"``)."""


_TRACE_KEY = (r"[\"'](?:gen_ai|llm)\.(?:prompt|completion|input|output)s?\.\d{1,3}(?:\.message)?"
              r"\.content\\?[\"'][ \t]*:[ \t]*\\?\"(?P<val>[^\"\n]{0,80})")
"""A tracer's span attributes in JSON (``"gen_ai.prompt.0.content": "<the request>"``,
``"gen_ai.completion.0.content": "<the answer>"``): the key, numbered as a message of the
exchange, says what its words are, whatever the rest of the span holds (model, token counts)."""


_TRACE_MESSAGES = (r"[\"']gen_ai\.(?:input|output)\.messages\\?[\"'][ \t]*:[ \t]*\\?\"\[")
"""The same exchange as one attribute holding the messages as a JSON string (``"gen_ai.output.
messages": "[{\\"role\\": \\"assistant\\", \\"parts\\": [...]}]"``): its words are under the
messages' text keys."""
_TRACE_SPAN = 2000
_STRING_REST = r"(?:[^\"\\]|\\.)*"
"""The rest of a JSON string: up to its first quote that is not escaped."""


_WORDS_VAL = r"(?P<val>(?:[^\"\\\n]|\\u[0-9a-f]{4}){0,80})"
"""A string value's start, its ``\\uXXXX`` escapes (another script, ``ensure_ascii``) read as
characters of it."""
_SAID_KEYS = (
    r"(?:[\"']key[\"'][ \t]*:[ \t]*[\"'](?:gen_ai|llm)\.(?:prompt|completion|input|output)s?\.\d{1,3}"
    r"(?:\.message)?\.content[\"'][ \t]*,[ \t\n]*[\"']value[\"'][ \t]*:[ \t\n]*\{[ \t\n]*"
    r"[\"']stringvalue[\"'][ \t]*:[ \t]*"
    r"|[\"']input[-_]messages[\"'][ \t]*:[ \t\n]*\[[ \t\n]*"
    r"|[\"']last[-_]assistant[-_]message[\"'][ \t]*:[ \t]*)\"" + _WORDS_VAL)
"""Keys (or an OTLP attribute's ``"key"``) that say whose words their value holds, whatever the
rest of the record is: a span's ``gen_ai.completion.0.content`` attribute in OTLP JSON (``{"key":
..., "value": {"stringValue": <the answer>}}``), a CLI's turn-complete notification
(``"input-messages": [<the user's prompts>]``, ``"last-assistant-message": <the reply>``)."""
_GENERATION = r"[\"']type[\"'][ \t]*:[ \t]*[\"']generation[\"']"
_GENERATION_IO = r"[\"'](?:input|output)[\"'][ \t]*:[ \t]*\"" + _WORDS_VAL
"""An observability tool's generation record (``"type": "GENERATION"``): its ``input`` is what
was sent to the model and its ``output`` what came back; with words in them (not a redaction
mark, a count or an id) they are a prompt and an answer."""
_GENERATION_NEAR = 1500


def _said(lo: str, hits: list[_Hit]) -> bool:
    """A record keyed by whose words it holds (``_SAID_KEYS``, ``_GENERATION``); add a hit and
    say so."""
    for m in _rx(_SAID_KEYS).finditer(lo):
        if _words(m.group("val")):
            hits.append((PROMPT, 1, m.start(), m.end(), "prompt-record-json"))
            return True
    for g in _rx(_GENERATION).finditer(lo):
        lo_at = max(0, g.start() - _GENERATION_NEAR)
        for m in _rx(_GENERATION_IO).finditer(lo, lo_at, min(len(lo), g.end() + _GENERATION_NEAR)):
            if _words(m.group("val")):
                hits.append((PROMPT, 1, m.start(), m.end(), "prompt-record-json"))
                return True
    return False


_MASKS = ("redact", "masked", "omitted", "filtered", "hidden", "truncated", "elided")


def _words(val: str) -> bool:
    """A value that says something (``_says``), not a redaction mark standing in for the words
    (``[redacted: 2 messages, 1834 chars]``, ``<omitted>``)."""
    head = val.lstrip()
    if head[:1] in "[<*(" or any(w in head[:40] for w in _MASKS):
        return False
    return _says(val)


def _trace_attribute(lo: str, hits: list[_Hit]) -> bool:
    """A span's attribute that holds a prompt's or an answer's words (``_TRACE_KEY``,
    ``_TRACE_MESSAGES``); add a hit and say so. Judged before the records, and apart from them:
    a span flattened onto one line with a session's other records is still a span."""
    m = _rx(_TRACE_KEY).search(lo)
    if m is not None and _says(m.group("val")):
        hits.append((PROMPT, 1, m.start(), m.end(), "prompt-record-json"))
        return True
    for m in _rx(_TRACE_MESSAGES).finditer(lo):
        inside = _rx(_STRING_REST).match(lo, m.end(), min(len(lo), m.end() + _TRACE_SPAN))
        end = inside.end() if inside is not None else m.end()
        for r in _rx(_RECORD).finditer(lo, m.end(), end):  # (only the attribute's own string)
            if r.group("key") in _TEXT_KEYS and _prose(r):
                hits.append((PROMPT, 1, m.start(), r.end(), "prompt-record-json"))
                return True
    return False


_KIND_KEYS = frozenset(("type", "event"))
"""Keys that name what kind of event a record is (``"type": "system"`` for a log's compaction
marker, ``"type": "user"`` for a session line that wraps a tool's result). A speaker named only
there makes a turn of a record with no prose in it only beside a role key (``"role": "user"``)
or the model's own tool calls; with prose under a text key the record is a turn either way."""


_BARE_CONTENT = r"[\"'](?:content|text|parts)\\?[\"'][ \t]*:[ \t]*[a-z_]"
"""A message's text given as a variable (``"content": user_input``): the code that builds a
conversation, which holds none of its words; escaped too (``\\"content\\": question``: the
code quoted in a tool's output, a ``grep`` of the source that builds the messages)."""


def _prose(m: re.Match[str]) -> bool:
    """The value at ``m`` is a string that says something (a few words; in another script,
    where each character reads ``?`` or is a ``\\u`` escape, a few characters), not an id, a
    path or one word."""
    if m.group("open") == "'":
        val = m.group("val").split("'")[0]
    elif m.group("open") == '"':
        val = m.group("val")
    else:
        return False
    return _says(val)


def _says(val: str) -> bool:
    """A string value's start says something (see ``_prose``)."""
    other = val.count("?") >= 4 or val.count("\\u") >= 4
    return other or (len(val.split()) >= _PROSE_WORDS and any(c.isalpha() for c in val))


def _records(lo: str, hits: list[_Hit]) -> None:
    """Conversation data in JSON. In JSON lines (every line a ``{...}`` record) each record is
    judged on its own: an agent's event log holds an MCP result's ``"content"`` in one record
    and an assistant turn's metadata in the next, and the keys of the two together would make
    a turn neither holds. A pretty-printed or inline document is judged whole."""
    if ("gen_ai." in lo or "llm." in lo) and _trace_attribute(lo, hits):
        return
    if ("-message" in lo or "_message" in lo or "generation" in lo or "stringvalue" in lo) and _said(lo, hits):
        return
    if ("channel" in lo or "guild_id" in lo or "conversation" in lo or "room_id" in lo
            or "chat_id" in lo or "thread_ts" in lo) and chatevents.chat_event_hits(lo, hits):
        return  # a chat app's message event: people's words, whatever else the record holds
    inner = _embedded(lo)
    if inner:
        outer = list(lo)
        for start, end in inner:
            outer[start:end] = " " * (end - start)
        lo_outer = "".join(outer)
        if _judge(lo_outer, hits):
            return
        for start, end in inner:  # each nested document on its own (see ``_embedded``)
            found: list[_Hit] = []
            _records(_unescape(lo[start:end]), found)
            if found:
                hits.append((PROMPT, 1, start - 1, end + 1, "prompt-record-json"))
                return
        return
    _judge(lo, hits)


def _judge(lo: str, hits: list[_Hit]) -> bool:
    """Judge ``lo`` as one JSON document, as JSON lines, or as a short label above JSON lines
    (see ``_log_head``); add a hit and say so when it is conversation data."""
    spans = _json_lines(lo)
    if not spans:
        head = _log_head(lo)
        if head > 0:
            found: list[_Hit] = []
            _judge(lo[head:], found)
            hits.extend((kind, weight, start + head, end + head, rule)
                        for kind, weight, start, end, rule in found)
            return bool(found)
        body = lo.strip()
        return _record(lo, 0, len(lo), hits, body[:1] in "{[" and body[-1:] in "}]")
    return any(_record(lo, start, end, hits, True) for start, end in spans)


_HEAD_LINES = 3
"""How many lines of prose may label a log of JSON records above it."""


def _log_head(lo: str) -> int:
    """Where a log of two or more JSON records starts below a short label (``Publish the image:``,
    a status line above it, at most ``_HEAD_LINES`` lines, none of them JSON); 0 if ``lo`` is
    not such a log. An integration forwards a session log under its own words; the label says
    what the log is, it is not the model speaking beside the log's tool calls, so the records
    are judged as JSON lines, each on its own, as they would be without the label (words
    between the records still count as the model's, see ``_said_beside``)."""
    at = 0
    for _ in range(_HEAD_LINES + 1):
        nl = lo.find("\n", at)
        if nl < 0:
            return 0
        body = lo[at:nl].strip()
        if body[:1] in "{[":
            return 0
        at = nl + 1
        if lo[at:at + 1] == "{" and len(_json_lines(lo[at:])) >= 2:
            return at
    return 0


_NESTED = r"(?<![\\])\"(?=\{[ \t\n]*\\+\")"
"""The opening quote of a JSON string whose value is itself JSON (``"stdout": "{\\"type\\":
..."``)."""
_NESTED_MIN = 40


def _embedded(lo: str) -> list[tuple[int, int]]:
    """The spans (inside the quotes) of string values that hold a JSON document of their own: a
    hook's ``tool_response.stdout`` that is a session log read back, an MCP call's ``output``
    holding a command's JSON. The document is judged on its own and the string is blanked in
    the record around it: the keys of the two together (the hook's ``"tool_input"``, the log's
    ``"type": "user"`` and a test run's words under its ``"content"``) would make a turn
    neither holds. Spans never overlap; a string inside a nested one is the nested one's."""
    if "{\\" not in lo:
        return []
    spans: list[tuple[int, int]] = []
    end = 0
    for m in _rx(_NESTED).finditer(lo):
        if m.start() < end:
            continue
        start = m.end()
        end = string_end(lo, start)
        if end - start >= _NESTED_MIN:
            spans.append((start, end))
    return spans


_UNESCAPES = {'"': '"', "\\": "\\", "/": "/", "n": "\n", "t": "\t"}


def _unescape(body: str) -> str:
    """A JSON string's text one level down (``\\"`` to ``"``); ``\\uXXXX`` kept, as the scanner's
    view keeps it."""
    return _rx(r"\\(.)").sub(lambda m: _UNESCAPES.get(m.group(1), m.group(0)), body)


def _json_lines(lo: str) -> list[tuple[int, int]]:
    """The spans of the records when ``lo`` is two or more JSON records one a line (blank lines
    allowed, a last record cut short allowed); otherwise none.

    The scanner's view reads an escaped ``\\n`` inside a string as a line break, so one record
    of a session log (a tool's output, a file's text) may run over several lines of ``lo``. A
    line opens a new record only where it starts with ``{`` right after a line that closed one
    (ends with ``}``: inside a record, JSON puts a comma there); any other line continues the
    record before it. A pretty-printed document is one record that way, as before."""
    spans: list[tuple[int, int]] = []
    at = 0
    closed = True
    for line in lo.split("\n"):
        body = line.strip()
        if body:
            if closed and body.startswith("{"):
                spans.append((at, at + len(line)))
            elif not spans:
                return []
            else:
                spans[-1] = (spans[-1][0], at + len(line))
            closed = body.endswith("}")
        at += len(line) + 1
    if len(spans) < 2 or any(not lo[s:e].rstrip().endswith("}") for s, e in spans[:-1]):
        return []
    return spans


def _record(lo: str, pos: int, endpos: int, hits: list[_Hit], only_json: bool) -> bool:
    """Judge ``lo[pos:endpos]`` as conversation data; add a hit and say so when it is.
    ``only_json``: the whole text is JSON (one document, or records one a line), so none of its
    lines is prose outside the JSON, whatever an escaped line break inside a string made of it."""
    keys: set[str] = set()
    by_role = False
    prose: set[str] = set()
    nested = False
    speakers = 0
    sides: set[str] = set()
    first = -1
    last = 0
    for m in _rx(_RECORD).finditer(lo, pos, endpos):
        key = m.group("key")
        if key in _SPEAKER_KEYS:
            if m.group("open") in "\"'" and m.group("val").startswith(_SPEAKER_VALUES):
                tail = m.group("val")
                word = tail.split('"')[0].split("'")[0].rstrip("\\")  # (an escaped quote ends it too)
                if word in _SPEAKER_VALUES:
                    speakers += 1
                    by_role = by_role or key not in _KIND_KEYS
                    keys.add("@speaker")
                    sides.add(word)
                else:
                    continue
            else:
                continue
        else:
            keys.add(key)
            if _prose(m):
                prose.add(key)
            elif m.group("open") in "[{":
                nested = True
        if first < 0:
            first = m.start()
        last = m.end()
    if first < 0:
        return False
    strong = keys & _STRONG_KEYS
    texts = keys & _TEXT_KEYS
    bare = not texts and _rx(_BARE_CONTENT).search(lo, pos, endpos) is not None
    if sides and sides <= _RESULT_SPEAKERS:
        return False  # a tool's result, whatever it says (its words are the tool's, not a turn)
    if not prose and _rx(_BARE_CONTENT).search(lo, pos, endpos) is not None:
        return False  # no words, and a message's text given as a variable: code, not a turn
    says = bool(prose) or ((nested or speakers > 0) and _turn_sides(sides, keys) and (
        by_role or bool(keys & {"tool_calls", "function_call"}))) or (
        bool(sides & _CALL_SPEAKERS) and _said_beside(lo, pos, endpos, only_json))
    if says and sides & _TOOL_SPEAKERS and sides <= _BLOCK_SIDES and not prose & _STRONG_KEYS and (
            _rx(_TEXT_BLOCK).search(lo, pos, endpos) is None):
        # a message of tool blocks only: words under them are a tool's input or output (a
        # to-do list, a command's "exit status 1"), a turn only beside the model's own words
        says = bool(sides & _CALL_SPEAKERS) and _said_beside(lo, pos, endpos, only_json)
    # (``"system": "linux", "user": "ci"`` is config; a tool call with paths is an event record)
    keyed = (strong and len(keys) >= 2) or (speakers and texts) or (speakers >= 2 and not bare) or (
        len(texts & {"human", "gpt", "assistant", "user", "bot"}) >= 2) or (
        bool(prose & _SESSION_TEXT_KEYS) and _rx(_SESSION_RECORD).search(lo, pos, endpos) is not None)
    if (says and keyed) or (prose & _ASKING_KEYS and prose & _REPLYING_KEYS and len(prose) >= 2):
        hits.append((PROMPT, 1, first, last, "prompt-record-json"))
        return True
    return False


_SESSION_TEXT_KEYS = frozenset(("prompt", "text"))
_SESSION_RECORD = (r"(?m)[\"']hook_event_name[\"'][ \t]*:[ \t]*[\"']userpromptsubmit"
                   r"|^[ \t]*\{[ \t]*[\"']session_id[\"'][ \t]*:[ \t]*[\"'][\w-]+[\"'][ \t]*,[ \t]*"
                   r"[\"']ts[\"'][ \t]*:[ \t]*\d+[ \t]*,[ \t]*[\"']text[\"'][ \t]*:")
"""An agent's record of what its user typed: a prompt-submit hook's payload (``"hook_event_name":
"UserPromptSubmit"`` beside ``"prompt"``), a CLI's prompt history line (``{"session_id", "ts",
"text"}``, nothing else first). Its one text key holds the prompt, with no second key of
conversation data to pair it with."""


def _turn_sides(sides: set[str], keys: set[str]) -> bool:
    """Whether a record with no prose may still be a turn (see ``_HOLDER_KEYS``)."""
    if sides and sides <= _RESULT_SPEAKERS:
        return False
    if sides & _CALL_SPEAKERS:
        return False  # a tool call alone is an event record (see ``_said_beside``)
    if keys & {"tool_calls", "function_call"}:
        return True
    return not sides or bool(keys - _HOLDER_KEYS)


def _said_beside(lo: str, pos: int, endpos: int, only_json: bool) -> bool:
    """Whether a tool call's record (``"type": "tool_use"`` at ``lo[pos:endpos]``) comes with
    the model's own words: a line of prose outside the JSON, or another record holding prose
    under a text key (``{"type": "text", "text": "The test fails because ..."}``). Then the
    call is part of the model's turn. A call alone, with a command, a pattern or a path, is an
    agent's event record: what a tool was asked to do, with no word of a prompt or an answer.
    In a text that is only JSON (``only_json``) each record is judged whole, as its one-line
    form would be: a line of it that does not open a record is a string's escaped line break
    read as one (a written file's text, a command's output), never prose outside the JSON, and
    the words under a pretty-printed call's ``input`` are the tool's, as on one line."""
    if only_json:
        spans, said = _records_said(lo)
        if len(spans) > 1 or spans[0] != (pos, endpos):
            return len(said) - ((pos, endpos) in said) > 0  # another record holds them
        return _body_said(lo.strip(), only_json)  # (the record is the whole text)
    rest = lo if pos == 0 and endpos == len(lo) else lo[:pos] + "\n" + lo[endpos:]
    return any(_body_said(line.strip(), only_json) for line in rest.split("\n"))


_SAID_MEMO: dict[str, tuple[list[tuple[int, int]], frozenset[tuple[int, int]]]] = {}
"""The last text ``_records_said`` read and what it found: a log of N tool calls asks
``_said_beside`` once per call about every other record, which read each record again per call
(session 23: quadratic on a long log); each record is now read once per text."""


def _records_said(lo: str) -> tuple[list[tuple[int, int]], frozenset[tuple[int, int]]]:
    """The records of ``lo`` read as JSON (``_json_lines``, or the whole text) and those of
    them that hold the model's words (``_body_said``)."""
    known = _SAID_MEMO.get(lo)
    if known is None:
        spans = _json_lines(lo) or [(0, len(lo))]
        known = (spans, frozenset((s, e) for s, e in spans if _body_said(lo[s:e].strip(), True)))
        _SAID_MEMO.clear()
        _SAID_MEMO[lo] = known
    return known


def _body_said(body: str, only_json: bool) -> bool:
    """Whether one record (or, outside JSON, one line of prose) holds the model's own words."""
    if not body:
        return False
    if body[0] in "{[]}\"":
        if _rx(_TOOL_RECORD).search(body) and _rx(_TEXT_BLOCK).search(body) is None:
            return False  # another tool's call or result: its words are the tool's
        return any(m.group("key") in _TEXT_KEYS and _prose(m) for m in _rx(_RECORD).finditer(body))
    return not only_json and len(body.split()) >= _PROSE_WORDS and (
        2 * sum(c.isalpha() for c in body) > len(body))
