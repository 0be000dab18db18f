"""Credentials inside text that went through a transport encoding: each encoding decoded one
level into a view, the view scanned by the credential rules, and the findings mapped back.

Why: the rules read text as written. When a record passed through a transport on its way into
the store (a URL or a form body, an HTML page it was copied from, a quoted-printable e-mail, a
whole ``.env`` or registry config in base64, a shell command's quoting, a token hard-wrapped by
a mail or diff viewer) the secret's NAME and its VALUE are both hidden: ``api_key%3DV``,
``<td>API_KEY</td><td>V</td>``, ``REVCX1BBU1NXT1JE...``. ``payloads`` does this for one
encoding (JSON inside a JSON string); here are the others, one decoder each, gated by its mark
so that a plain text pays one test per decoder.

Each decoder returns the decoded text and, for each decoded character, the offset in the input
it came from (plus one entry for the end), so a finding in the decoded text maps back to the
span of the written text that carries it. Only credential findings are read
(``scanner.scan_credentials``): the prompt side judges the text as written. A decoded view is
scanned again by the same hook (a base64 registry config holding a base64 ``auth``, a
percent-encoded body holding entities) up to ``_MAX_DEPTH`` levels.

The hard-wrap decoder is different: a wrapped token is not encoded, it is cut, and rejoining
every break would glue ordinary lines into tokens. So the joined view's findings count only
when their span crosses a join: the join made a token a rule recognises.
"""

from __future__ import annotations

from collections.abc import Callable

from handoff.privacy.lazy_re import rx as _rx
from handoff.privacy.rule import PROMPT

_Hit = tuple[str, int, int, int, str]
_Decoded = tuple[str, list[int], list[tuple[int, int]]]
"""The decoded text, the offset in the input of each decoded character (and of the end), and
the spans of the decoded text that a decoding put there."""

_MAX_DEPTH = 2
"""Decoded views of decoded views, at most: a base64 config holding a base64 value."""
_depth = 0


class _Builder:
    """A decoded view built left to right: spans of the input copied as they are, decodings put
    in their place, and the decoded offsets where something was put (the lines to scan)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.out: list[str] = []
        self.where: list[int] = []
        self.changed: list[tuple[int, int]] = []
        self.last = 0
        self.size = 0

    def copy_to(self, pos: int) -> None:
        if pos > self.last:
            self.out.append(self.text[self.last:pos])
            self.where.extend(range(self.last, pos))
            self.size += pos - self.last
        self.last = max(self.last, pos)

    def put(self, rep: str, start: int, end: int, at: list[int] | None = None) -> None:
        """``rep`` in place of ``text[start:end]``; each of its characters maps to ``start`` or
        to its entry of ``at``."""
        self.copy_to(start)
        self.changed.append((self.size, self.size + len(rep)))
        self.out.append(rep)
        self.where.extend(at if at is not None else [start] * len(rep))
        self.size += len(rep)
        self.last = end

    def done(self) -> _Decoded | None:
        if not self.changed:
            return None
        self.copy_to(len(self.text))
        self.where.append(len(self.text))
        return "".join(self.out), self.where, self.changed


def apply_edits(text: str, edits: list[tuple[int, int, str]]) -> _Decoded | None:
    """The view of ``text`` with each edit (start, end, replacement; sorted by start) put in
    place, an edit that overlaps one already put skipped; None if there is none."""
    b = _Builder(text)
    for start, end, rep in edits:
        if start >= b.last:
            b.put(rep, start, end)
    return b.done()


def _utf8(data: bytes | bytearray, starts: list[int]) -> tuple[str, list[int]]:
    """``data`` decoded as UTF-8, each character mapped to the input offset of its first byte
    (``starts``: one per byte)."""
    chars = data.decode("utf-8", "replace")
    at: list[int] = []
    k = 0
    for ch in chars:
        at.append(starts[min(k, len(starts) - 1)])
        k += len(ch.encode("utf-8", "replace")) if ch != "\ufffd" else 1
    return chars, at


# -- percent-encoding (URLs, form bodies) ----------------------------------------------------

_PCT = r"(?:%[0-9A-Fa-f]{2})+"
_MIN_PCT = 3
"""Escapes a text needs when it has none of ``_PCT_MARKS``."""
_PCT_MARKS = ("%3D", "%3d", "%22", "%3A", "%3a", "%40")
"""An encoded ``=``, ``"``, ``:`` or ``@``: the punctuation between a name and its value (or a
login and its host), one of which is enough to hide a pair."""


def percent(text: str) -> _Decoded | None:
    """``%XX`` escapes decoded (``+`` is left alone: in a value it is a base64 character)."""
    if "%" not in text:
        return None
    if not any(m in text for m in _PCT_MARKS) and len(_rx(_PCT).findall(text)) < _MIN_PCT:
        return None
    b = _Builder(text)
    for m in _rx(_PCT).finditer(text):
        run = m.group()
        data = bytes(int(run[i + 1:i + 3], 16) for i in range(0, len(run), 3))
        chars, at = _utf8(data, list(range(m.start(), m.end(), 3)))
        b.put(chars, m.start(), m.end(), at)
    return b.done()


# -- quoted-printable (e-mail bodies) --------------------------------------------------------

_QP = r"(?:=[0-9A-F]{2}|=\r?\n)+"


def quoted_printable(text: str) -> _Decoded | None:
    """``=XX`` escapes decoded and soft line breaks (``=`` at a line's end) removed, where the
    text has the mark of the encoding: an encoded ``=`` (``=3D``) or the header naming it. A
    soft break alone is no mark: ``NAME=`` at a line's end is an empty setting, and reading
    the next line's ``=66`` as ``f`` made one (an open corpus' ``env | sort`` output)."""
    if "=3D" not in text and "uoted-printable" not in text and "UOTED-PRINTABLE" not in text:
        return None
    b = _Builder(text)
    for m in _rx(_QP).finditer(text):
        run = m.group()
        data = bytearray()
        starts: list[int] = []
        i = 0
        while i < len(run):
            if run[i + 1] in "\r\n":
                i += 3 if run[i + 1] == "\r" else 2
                continue
            starts.append(m.start() + i)
            data.append(int(run[i + 1:i + 3], 16))
            i += 3
        chars, at = _utf8(data, starts or [m.start()])
        b.put(chars, m.start(), m.end(), at)
    return b.done()


# -- HTML entities and tags ------------------------------------------------------------------

_ENTITY = r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
_TAG = r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]{0,400})?/?>"
_CELL = r"(?i)</(?:t[dh]|name|key|dt)>\s*<(?:t[dh]|value|dd)(?:\s[^<>]{0,200})?>"
_CDATA = r"<!\[CDATA\[|\]\]>"
_BLOCK = frozenset(("p", "div", "br", "pre", "tr", "li", "ul", "ol", "table", "tbody", "thead",
                    "h1", "h2", "h3", "h4", "dt", "dd", "dl", "blockquote", "section"))


def _tag_name(tag: str) -> str:
    return _rx(r"[\s/>]").split(tag.lstrip("</"), maxsplit=1)[0].lower()


def _entity(ref: str) -> str:
    from html.entities import html5  # a large table: loaded by the first text with an entity

    name = ref[1:]
    if name.startswith("#"):
        code = int(name[2:-1], 16) if name[1] in "xX" else int(name[1:-1])
        return chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else "?"
    return html5.get(name, ref)


def html_text(text: str) -> _Decoded | None:
    """Entities decoded and tags dropped: inline tags (``code``, ``span``) vanish, block tags
    become a line break, and the boundary between two cells of a row becomes ``: ``, since a
    row that copies a settings table reads name then value (so do an XML setting's ``<name>``
    and ``<value>``, whose CDATA markers are dropped)."""
    if "&" not in text and "</" not in text:
        return None
    marks = [(m.start(), m.end(), _entity(m.group())) for m in _rx(_ENTITY).finditer(text)]
    if "</" in text:
        marks += [(m.start(), m.end(), ": ") for m in _rx(_CELL).finditer(text)]
        marks += [(m.start(), m.end(), "") for m in _rx(_CDATA).finditer(text)]
        marks += [(m.start(), m.end(), "\n" if _tag_name(m.group()) in _BLOCK else "")
                  for m in _rx(_TAG).finditer(text)]
    if not marks:
        return None
    marks.sort(key=lambda mark: (mark[0], -mark[1]))
    return apply_edits(text, marks)


# -- base64 runs (a whole config file, a registry's auth) ------------------------------------

_B64 = r"(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/]{24,}(?:\r?\n[A-Za-z0-9+/]{4,})*={0,2}"
_B64_GATE = r"[A-Za-z0-9+/]{24}"
_MIN_B64 = 24
"""Under 18 decoded bytes holds no name and value worth a view."""


def _printable(s: str) -> bool:
    """Mostly text: at most 1 in 20 characters a control or replacement character, and some
    punctuation a config or a login has (``=``, ``:``, a line break)."""
    bad = sum(1 for c in s if (c < " " and c not in "\n\r\t") or c == "\ufffd")
    return bad * 20 <= len(s) and any(p in s for p in "=:\n")


def _wrapped_run(run: str) -> str:
    """``run`` cut after the last line of its wrap: a wrapped run's lines all have the first
    line's width but the last; a following word on its own line is not part of it."""
    if "\n" not in run:
        return run
    lines = run.split("\n")
    width = len(lines[0].rstrip("\r"))
    keep = [lines[0]]
    for line in lines[1:]:
        if len(keep[-1].rstrip("\r")) != width:
            break
        keep.append(line)
    return "\n".join(keep)


def base64_runs(text: str) -> _Decoded | None:
    """Each base64 run (possibly wrapped at 64 or 76 columns) that decodes to mostly printable
    text, replaced by its text; each decoded character maps to the quartet holding its first
    byte. A run needs both letter cases (a path or a word run has few capitals)."""
    if _rx(_B64_GATE).search(text) is None:
        return None
    b = _Builder(text)
    for m in _rx(_B64).finditer(text):
        run = _wrapped_run(m.group())
        if run.islower() or run.isupper():
            continue
        chars = [m.start() + i for i, c in enumerate(run) if c not in "\r\n"]
        packed = "".join(c for c in run if c not in "\r\n")
        if len(packed) < _MIN_B64:
            continue
        if not packed.endswith("="):
            packed = packed[: len(packed) - len(packed) % 4]
        import binascii  # here: a shared library (~0.3 ms of a CLI call), needed only for a run

        try:
            decoded = binascii.a2b_base64(packed, strict_mode=True).decode("utf-8")
        except ValueError:  # binascii.Error is one
            continue
        if not _printable(decoded):
            continue
        at: list[int] = []
        k = 0
        for ch in decoded:
            at.append(chars[min(k * 4 // 3, len(chars) - 1)])
            k += len(ch.encode("utf-8"))
        b.put(decoded, m.start(), m.start() + len(run), at)
    return b.done()


# -- shell quoting ---------------------------------------------------------------------------

_ANSI_C = r"\$'((?:[^'\\]|\\.){4,4000})'"
_SH_ESC = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", "'": "'", '"': '"'}
_SH_PLAIN = (("'\"'\"'", "'"), ("'\\''", "'"), ("\\'", "'"), ("\\ ", " "))
"""Not ``\\"``: a JSON string's escaped quote is ``payloads``' to decode (read here too, a
tool record's escaped ``\\n`` lines were cut into windows and misread)."""


def _ansi_c(body: str) -> str:
    chars: list[str] = []
    i = 0
    while i < len(body):
        if body[i] == "\\" and i + 1 < len(body):
            chars.append(_SH_ESC.get(body[i + 1], body[i:i + 2]))
            i += 2
        else:
            chars.append(body[i])
            i += 1
    return "".join(chars)


def shell(text: str) -> _Decoded | None:
    """Shell quoting undone: ``$'...'`` strings with their escapes interpreted, the quote
    dances (``'"'"'``, ``'\\''``) and backslash-escaped single quotes and spaces read as the
    character they protect."""
    ansi = "$'" in text
    if not ansi and not any(seq in text for seq, _ in _SH_PLAIN):
        return None
    spans: list[tuple[int, int, str]] = []
    if ansi:
        spans += [(m.start(), m.end(), _ansi_c(m.group(1))) for m in _rx(_ANSI_C).finditer(text)]
    for seq, rep in _SH_PLAIN:
        at = text.find(seq)
        while at >= 0:
            spans.append((at, at + len(seq), rep))
            at = text.find(seq, at + len(seq))
    spans.sort(key=lambda span: (span[0], -span[1]))
    b = _Builder(text)
    for start, end, rep in spans:
        if start >= b.last:
            b.put(rep, start, end)
    return b.done()


# -- hard-wrapped tokens ---------------------------------------------------------------------

_TOKEN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+/=.:@~%!#*?^-")
_CUT = frozenset("0123456789=_/:@+")
_WRAP_WIDTHS = frozenset((64, 72, 76, 78, 80))
"""A hard wrap cuts a line at exactly its width (a quote's prefix and a ``\\`` counted): a
line of another length ends where its writer ended it (a log line, one header after another;
the open corpora's CI logs joined into ``...ms2026-10-11T...`` when 60-82 columns passed)."""
_SPACE = r"\s"


def _quote_len(text: str, i: int) -> int:
    """The length of the e-mail quote prefix at ``i`` (``> ``, ``> > ``, ``>> ``)."""
    j = i
    while j < len(text) and text[j] == ">":
        j += 2 if text.startswith("> ", j) else 1
    return j - i


def _next_start(text: str, nl: int) -> int:
    """Where the next line's token starts: after a quote's ``> `` (each level) or a diff's
    ``+``."""
    i = nl + 1
    quote = _quote_len(text, i)
    if quote:
        return i + quote
    if text.startswith("+", i):
        return i + 1
    return i


def _stamp(text: str, at: int) -> bool:
    """A date starts the next line (``2026-10-11``): a log's next record, not a remainder."""
    return text[at:at + 4].isdigit() and text[at + 4:at + 5] == "-" and text[at + 7:at + 8] == "-"


_HEAD = 12
"""The next line's token, when the line's own tail is short or holds no digit (a vendor's
prefix cut after ``xo``, ``sk-proj-fg``, ``pypi``): the rest of a key, not a word."""


def _cut_token(tail: str, head: str) -> bool:
    """``tail`` and ``head`` read as one token cut in two: the head is not a word or a link (it
    holds a digit, and letters of both cases or a ``-`` / ``_`` inside it or at the cut; a
    commit message's ``... parsing in`` then ``https://github.com/...`` glued into a
    ``key ... V`` pair)."""
    inner = head.rstrip(".,;:!?")
    if len(inner) < _HEAD or not any(c.isdigit() for c in inner) or "://" in inner:
        return False  # a link after a prose line's last word is a writer's break
    cases = any(c.isupper() for c in inner) and any(c.islower() for c in inner)
    return cases or tail[-1:] in "-_" or head[:1] in "-_" or "-" in inner or "_" in inner


def wrap_joins(text: str) -> _Decoded | None:
    """Lines broken mid-token at a long line's end, rejoined (a ``\\`` continuation, a quote's
    ``> `` or a diff's ``+`` on the next line dropped). The line's last token must hold a digit
    or a token's punctuation and not end a sentence or a label (``.``, ``:``, ``!``, ``?``): a
    prose word at a line's end is a writer's break."""
    b = _Builder(text)
    start = 0
    n = len(text)
    while True:
        nl = text.find("\n", start)
        if nl < 0:
            break
        end = nl - 1 if nl and text[nl - 1] == "\r" else nl
        width = end - start
        if width not in _WRAP_WIDTHS and (text[start:start + 1] != ">"
                                          or width - _quote_len(text, start) not in _WRAP_WIDTHS):
            start = nl + 1  # (most lines: no width of a wrap, with or without a quote's prefix)
            continue
        cut = end - 1 if end and text[end - 1] == "\\" else end
        resume = _next_start(text, nl)
        if (cut > start and text[cut - 1] in _TOKEN
                and text[cut - 1] not in ".:!?" and resume < n and text[resume] in _TOKEN
                and not _stamp(text, resume)):
            first = cut
            while first > start and text[first - 1] in _TOKEN:
                first -= 1
            last = resume
            while last < n and text[last] in _TOKEN:
                last += 1
            tail, head = text[first:cut], text[resume:last]
            if (cut - first >= 4 and not _CUT.isdisjoint(tail)) or (
                    len(head) >= _HEAD and not _CUT.isdisjoint(head) and _cut_token(tail, head)):
                b.put("", cut, resume)
        start = nl + 1
    return b.done()


def _crosses(decoded: str, start: int, end: int, joins: list[tuple[int, int]]) -> bool:
    """The whitespace-free run holding ``decoded[start:end]`` spans a join: the join made the
    token the finding sits in (a password after a wrapped ``postgres://user:`` counts)."""
    lo = max(decoded.rfind(" ", 0, start), decoded.rfind("\n", 0, start), decoded.rfind("\t", 0, start)) + 1
    m = _rx(_SPACE).search(decoded, end)
    hi = m.start() if m else len(decoded)
    return any(lo < j < hi for j, _ in joins)


# -- a prompt sent as a URL's or a form's parameter ----------------------------------------

_PARAM = r"(?:^|(?<=[?&\s;]))[A-Za-z_][A-Za-z0-9_.\[\]-]{0,40}=([^&\s\"'<>]{40,})"
_PROSE_WORDS = 8
"""Words (letters only) a decoded parameter needs to be read as prose: a search box's query is
a few words, a prompt a sentence or more."""
_CJK_CHARS = 20
"""Or this many kana / CJK characters, for a language written without spaces."""


def _prose(text: str) -> bool:
    words = [w for w in text.split() if w.strip(".,;:!?\"'()").isalpha()]
    if len(words) >= _PROSE_WORDS and len(words) * 2 >= len(text.split()):
        return True
    return sum(1 for c in text if "\u3040" <= c <= "\u9fff") >= _CJK_CHARS


def prompt_params(view: str, hits: list[_Hit]) -> None:
    """A prompt sent to a model's API in a query string or a form body (``prompt=Can+you%20...``):
    each parameter whose decoded value is long prose is judged by the whole filter, prompt
    rules and classifier, and its prompt findings mark the parameter's span. A short value (a
    search query) is never read this way: it is not prose enough to be worth the risk."""
    if "=" not in view or ("%20" not in view and "+" not in view and "%E" not in view):
        return
    from handoff.privacy import scanner  # the scanner imports this module's caller

    for m in _rx(_PARAM).finditer(view):
        value = m.group(1)
        if value.count("%20") + value.count("+") + value.count("%E") < _PROSE_WORDS - 1:
            continue
        from urllib.parse import unquote_plus

        decoded = unquote_plus(value)
        if not _prose(decoded):
            continue
        for f in scanner.scan_text(decoded):
            hits.append((PROMPT, 1, m.start(1), m.end(1), f.rule))


# -- a prompt inside a decoded view --------------------------------------------------------

_B64_PROSE_WORDS = 5
"""Words a base64 run's text needs to be read as a sentence (``prompt_b64`` of a request)."""
_B64_CJK_CHARS = 8
_QUERY_WORDS = 4
"""Encoded word breaks (``%20``, ``+``) a parameter needs before its value is decoded in place."""


def _sentence(text: str) -> bool:
    """Words and spaces, not a config: at least ``_B64_PROSE_WORDS`` words of letters (or some
    kana / CJK / Hangul), nearly no control character, no line of ``NAME=value``."""
    if any(c < " " and c not in "\n\r\t" for c in text) or "\ufffd" in text:
        return False
    words = [w for w in text.split() if w.strip(".,;:!?\"'()").isalpha()]
    if len(words) >= _B64_PROSE_WORDS and len(words) * 3 >= len(text.split()) * 2:
        return "=" not in text
    return sum(1 for c in text if "\u3040" <= c <= "\ud7af") >= _B64_CJK_CHARS


def query_values(text: str) -> _Decoded | None:
    """A request sent as data, decoded in place: each URL or form parameter whose value has
    ``_QUERY_WORDS`` encoded word breaks (``prompt=Refactor%20this%20...``), ``+`` read as a
    space, and each quoted base64 run whose text is a sentence (``"prompt_b64": "UmVm..."``).
    The rest of the text stays as written, so the rules read the request beside the names
    around it (``model=``, ``"prompt":``)."""
    marks: list[tuple[int, int, str]] = []
    if "=" in text and ("%20" in text or "+" in text):
        from urllib.parse import unquote_plus

        for m in _rx(_PARAM).finditer(text):
            value = m.group(1)
            if value.count("%20") + value.count("+") >= _QUERY_WORDS:
                marks.append((m.start(1), m.end(1), unquote_plus(value)))
    if _rx(_B64_GATE).search(text) is not None:
        for m in _rx(_B64_QUOTED).finditer(text):
            run = m.group(1)
            if run.islower() or run.isupper():
                continue  # a word, a path or a hex digest: no base64 of a sentence
            import binascii  # here, as in ``base64_runs``: a shared library, for a run only

            try:
                decoded = binascii.a2b_base64(run, strict_mode=True).decode("utf-8")
            except (ValueError, UnicodeDecodeError):
                continue
            if _sentence(decoded):
                marks.append((m.start(1), m.end(1), decoded))
    if not marks:
        return None
    marks.sort()
    return apply_edits(text, marks)


_B64_QUOTED = r"[\"':=]\s?\"?([A-Za-z0-9+/]{20,}={0,2})(?=[\"'\s,;]|$)"
"""A base64 value after a name (``"prompt_b64":"..."``, ``input=...``), its length whole."""


_CLASSIFIER = "prompt-classifier"
_CLASSIFIER_VIEWS = frozenset(("capture", "query_values"))
"""The views whose classifier verdict counts: a terminal chat and a request's parameters. A web
page or an e-mail read without its markup is often a docs paragraph in the imperative
(``Ajuste a opção "timeout" ...``), which the classifier, alone, reads as a request; there
the rules must find the turns."""


def prompt_views(view: str, hits: list[_Hit], done: dict[str, _Decoded | None]) -> None:
    """Prompt findings of the views a request or a chat is hidden in: a quoted-printable
    e-mail, an HTML page's text, a terminal capture (``terminal``), parameters and base64
    values sent to a model's API (``query_values``). Each view is read by the whole filter,
    prompt rules and classifier, and only its prompt findings are kept: its credentials are
    ``transport_hits``' (the lines a decoding changed), and the text as written was judged
    already."""
    if hits:
        return  # the text is rejected already: a view would only add a second reason
    from handoff.privacy import scanner, terminal  # the scanner imports this module's caller

    for decode in (quoted_printable, html_text, terminal.capture, query_values):
        name = decode.__name__
        got = done[name] if name in done else decode(view)
        if got is None:
            continue
        decoded, where, _ = got
        for h in scanner.rule_hits(decoded, True):
            if h[0] == PROMPT and (h[4] != _CLASSIFIER or name in _CLASSIFIER_VIEWS):
                add_mapped(hits, PROMPT, h[1], where, h[2], h[3], h[4])
                break


# -- the hook --------------------------------------------------------------------------------

DECODERS: tuple[Callable[[str], _Decoded | None], ...] = (
    percent, quoted_printable, html_text, base64_runs, shell)


def changed_windows(decoded: str, changed: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines of ``decoded`` a decoding (or ``mangled``'s undoing) changed, each with the line above (a name in one
    cell or line, its value in the next), merged where they touch: only these are scanned, so
    a long note with one entity pays for one line, not for the note."""
    spans: list[tuple[int, int]] = []
    for at, to in changed:
        lo = decoded.rfind("\n", 0, at)
        lo = decoded.rfind("\n", 0, lo) + 1 if lo > 0 else 0
        hi = decoded.find("\n", to)
        hi = len(decoded) if hi < 0 else hi
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(hi, spans[-1][1]))
        else:
            spans.append((lo, hi))
    return spans


def add_mapped(hits: list[_Hit], category: str, priority: int, where: list[int], start: int,
               end: int, rule: str) -> None:
    """A decoded view's finding as a span of the written text (never empty: a finding inside
    one entity or one base64 quartet still marks it)."""
    a = where[start]
    hits.append((category, priority, a, max(where[end], a + 1), rule))


def transport_hits(view: str, category: str, priority: int, hits: list[_Hit]) -> None:
    """Credential findings of every decoded view of ``view`` (see the module), as spans of
    ``view``; at the top level, a prompt sent as a parameter (``prompt_params``: its hits are
    the prompt category's, which a credential-only scan drops)."""
    global _depth
    if _depth >= _MAX_DEPTH:
        return
    from handoff.privacy import scanner  # the scanner imports this module's caller

    _depth += 1
    done: dict[str, _Decoded | None] = {}
    try:
        for decode in (*DECODERS, wrap_joins):
            got = done[decode.__name__] = decode(view)
            if got is None:
                continue
            decoded, where, changed = got
            # a base64 run is scanned alone: its name outside (``next_page_token: ``) would
            # read the decoded cursor beside it as the token's value
            spans = changed if decode is base64_runs else changed_windows(decoded, changed)
            for lo, hi in spans:
                for f in scanner.scan_credentials(decoded[lo:hi]):
                    start, end = lo + f.start, lo + f.end
                    if decode is not wrap_joins or _crosses(decoded, start, end, changed):
                        add_mapped(hits, category, priority, where, start, end, f.rule)
        if _depth == 1:
            prompt_params(view, hits)
            prompt_views(view, hits, done)
    finally:
        _depth -= 1


Builder = _Builder
"""For a view built in another module (``terminal``)."""
Decoded = _Decoded
