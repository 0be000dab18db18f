"""Credentials under a table's header: the value's name is its column's header, lines above it.

Why a module of its own: ``carriers`` reads a comma-separated export and a markdown table (an
alignment row under the header), but a table reaches a note in many other layouts, and in each
the name never sits beside the value: a spreadsheet paste (tabs), a European CSV (``;``), a SQL
client's result grid (``psql``'s `` a | b `` over ``---+---``, ``mysql``'s ``+---+`` box), an
ASCII-box table, fixed-width columns (``column -t``, a report, an HTML table copied as text),
and headers written in the team's language (``contraseña``, ``пароль``, ``密码``,
``비밀번호``). The rule is the layout: a header line whose cells are all short names, one of
them naming a secret, and the rows right under it split the same way; the cell under the
secret column is judged as ``NAME=value`` would be, plus what a table adds (a mask, a boolean,
a date, an id in a ``key`` column are not secrets). ``psql``'s expanded records (``-[ RECORD
1 ]``, then ``name | value`` lines) are the same table turned on its side.

Cost: ``column_hits`` runs on a text with a line break: a dozen substring searches, then only
the lines holding a secret word are looked at, most left at their first cell that is no name.
"""

from __future__ import annotations

from handoff.privacy import values

_Hit = tuple[str, int, int, int, str]

_ASCII_HEADS = ("pass", "pwd", "secret", "token", "key", "kennwort", "senha", "clave",
                "wachtwoord", "contrase", "sifre", "parola", "heslo", "haslo")
"""Substrings of a header line worth a look (``password``, ``passwort`` and ``mot de passe``
hold ``pass``; ``apiKey`` and ``clientSecret`` are one word of the scanner's word set, so the
lower-cased text is searched, not the word set)."""
FOREIGN_HEADS: dict[str, str] = {
    "contraseña": values.PASSWORD, "contrasenya": values.PASSWORD, "пароль": values.PASSWORD,
    "密码": values.PASSWORD, "密碼": values.PASSWORD, "口令": values.PASSWORD,
    "パスワード": values.PASSWORD, "비밀번호": values.PASSWORD, "암호": values.PASSWORD,
    "كلمة المرور": values.PASSWORD, "كلمة السر": values.PASSWORD, "पासवर्ड": values.PASSWORD,
    "şifre": values.PASSWORD, "hasło": values.PASSWORD, "mật khẩu": values.PASSWORD,
    "jelszó": values.PASSWORD, "lösenord": values.PASSWORD, "κωδικός": values.PASSWORD,
    "סיסמה": values.PASSWORD, "รหัสผ่าน": values.PASSWORD,
    "токен": values.STRONG, "令牌": values.STRONG, "トークン": values.STRONG,
    "토큰": values.STRONG, "密钥": values.STRONG, "秘钥": values.STRONG, "金鑰": values.STRONG,
    "シークレット": values.STRONG, "시크릿": values.STRONG, "секрет": values.STRONG,
    "jeton": values.STRONG, "clé api": values.STRONG, "api-schlüssel": values.STRONG,
    "api-ключ": values.STRONG, "ключ api": values.STRONG, "chave de api": values.STRONG,
    "chave api": values.STRONG, "clave api": values.STRONG, "clave de api": values.STRONG,
    "apiキー": values.STRONG, "api 키": values.STRONG, "api키": values.STRONG,
}
"""Header cells in other languages (whole cells, lower-cased), each with its class."""
_CANONICAL = {values.PASSWORD: "password", values.STRONG: "secret", values.KEY: "key"}
_NOT_A_VALUE = frozenset(("true", "false", "yes", "no", "none", "null", "nil", "n/a", "na",
                          "set", "unset", "empty", "hidden", "masked", "redacted", "-", "--",
                          "ja", "nein", "oui", "non", "sí", "да", "нет", "是", "否"))
_HEADER_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_-. ()#/")
_RULE_CHARS = frozenset("-+=|: \t")
_MAX_ROWS = 64


def column_hits(text: str, low: str, category: str, priority: int, hits: list[_Hit]) -> None:
    """Add a finding for each secret-looking cell under a header that names a secret column
    (``low``: the text lower-cased, offsets kept, as ``lowered`` makes it)."""
    lines: set[int] = set()
    heads = [w for w in _ASCII_HEADS if w in low]
    if not text.isascii():
        heads += foreign_nouns(low)
    for word in heads:
        at = low.find(word)
        while at >= 0:
            start = low.rfind("\n", 0, at) + 1
            end = low.find("\n", at)
            if end < 0:
                break  # no line under it: a header needs rows
            lines.add(start)
            at = low.find(word, end)
    for start in sorted(lines):
        _table(text, low, start, category, priority, hits)
    if "-[ record " in low:
        _expanded(text, low, category, priority, hits)


_BY_FIRST: dict[str, list[str]] = {}
for _noun in FOREIGN_HEADS:
    _BY_FIRST.setdefault(_noun[0], []).append(_noun)
del _noun


def foreign_nouns(low: str) -> list[str]:
    """The header nouns of other languages in ``low``: each first character looked for once
    (a one-character search), the nouns under it only where it occurs."""
    return [n for c, nouns in _BY_FIRST.items() if c in low for n in nouns if n in low]


def lowered(text: str) -> str:
    """``text`` in lower case, each character kept where its lower case is longer (``İ``), so
    that offsets in it are offsets in ``text``."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _mode(line: str) -> str | None:
    """How a header line is split: by tabs, ``|``, ``;``, ``,`` or runs of 2+ blanks."""
    if "\t" in line.strip():
        return "\t"
    if line.count("|") >= 1 and "||" not in line:
        return "|"
    if ";" in line and "; " not in line:
        return ";"
    if "," in line and ", " not in line:
        return ","
    if "  " in line.strip():
        return "  "
    return None


def _split(line: str, start: int, mode: str) -> list[tuple[int, str]]:
    """The cells of a line (offset in the text of each cell's first character, the cell)."""
    cells: list[tuple[int, str]] = []
    if mode == "  ":
        pos = 0
        stripped = line.rstrip()
        while pos < len(stripped):
            while pos < len(stripped) and stripped[pos] in " \t":
                pos += 1
            end = pos
            while end < len(stripped) and not (stripped[end] == "\t" or stripped.startswith("  ", end)):
                end += 1
            if end > pos:
                cells.append((start + pos, stripped[pos:end]))
            pos = end
        return cells
    pos = 0
    for piece in line.split(mode):
        cells.append((start + pos, piece))
        pos += len(piece) + 1
    if mode == "|":  # a box's borders: ``| a | b |``
        if cells and not cells[0][1].strip():
            cells = cells[1:]
        if cells and not cells[-1][1].strip():
            cells = cells[:-1]
    out = []
    for at, cell in cells:
        stripped = cell.strip()
        lead = len(cell) - len(cell.lstrip())
        if len(stripped) >= 2 and stripped[0] == stripped[-1] and stripped[0] in "\"'`":
            stripped, lead = stripped[1:-1], lead + 1
        out.append((at + lead, stripped))
    return out


def _header_class(cell: str) -> str | None:
    """The class of a column by its header cell, if it names a secret."""
    low = cell.lower()
    cls = FOREIGN_HEADS.get(low)
    if cls is not None:
        return cls
    if not low.isascii() or low in ("login", "username", "user", "login_username"):
        return None
    return values.classify_name(cell)


def _header(cells: list[tuple[int, str]]) -> list[tuple[int, str]] | None:
    """The secret columns of a header (every cell a short name), by position, or None."""
    if len(cells) < 2:
        return None
    secret: list[tuple[int, str]] = []
    for i, (_, cell) in enumerate(cells):
        low = cell.lower()
        if not cell or len(cell) > 40 or len(cell.split()) > 4 or cell[0].isdigit():
            return None
        if low.isascii() and not set(low) <= _HEADER_CHARS:
            return None
        if not low.isascii() and low not in FOREIGN_HEADS and not all(
                c.isalpha() or c in " _-" for c in low):
            return None
        cls = _header_class(cell)
        if cls is not None:
            secret.append((i, cls))
    return secret or None


def _rule_line(line: str) -> bool:
    """A table's ruled line: ``+----+----+``, ``----+----``, ``=====  =====``."""
    s = line.strip()
    return len(s) >= 3 and set(s) <= _RULE_CHARS and (s.count("-") >= 3 or s.count("=") >= 3)


def _table(text: str, low: str, start: int, category: str, priority: int,
           hits: list[_Hit]) -> None:
    end = _line_end(text, start)
    line = text[start:end]
    mode = _mode(line)
    if mode is None or end - start > 400:
        return
    if mode == "|" and ("|--" in text or "| --" in text or "|:-" in text or "| :-" in text):
        return  # a markdown table: ``carriers._md_tables`` reads its header and rows
    cells = _split(line, start, mode)
    secret = _header(cells)
    if secret is None:
        return
    if start:
        above = text.rfind("\n", 0, start - 1) + 1
        prior = text[above : start - 1]
        if prior.strip() and not _rule_line(prior) and len(_split(prior, above, mode)) == len(cells):
            return  # a row of the table above, not its header
    names = [cells[i][1] for i, _ in secret]
    pos = end + 1
    rows = 0
    first = True
    while pos < len(text) and rows < _MAX_ROWS:
        row_end = _line_end(text, pos)
        row = text[pos:row_end]
        if _rule_line(row):
            if first and mode == "|" and row.lstrip().startswith("|"):
                return  # a markdown table: ``carriers._md_tables`` reads it
            pos = row_end + 1
            first = False
            continue
        first = False
        if not row.strip():
            return
        got = _split(row, pos, mode)
        if len(got) != len(cells) and mode == "  ":
            got = [(pos + i, p) for i, p in _blank_split(row)]
        if len(got) != len(cells):
            return
        for (i, cls), name in zip(secret, names, strict=True):
            at, value = got[i]
            if _cell_secret(name, cls, value, mode):
                hits.append((category, priority, at, at + len(value), "column-under-header"))
        rows += 1
        pos = row_end + 1


def _blank_split(row: str) -> list[tuple[int, str]]:
    """A fixed-width row whose cells are one blank apart where a value filled its column."""
    out: list[tuple[int, str]] = []
    pos = 0
    for piece in row.split(" "):
        if piece:
            out.append((pos, piece))
        pos += len(piece) + 1
    return out


def _cell_secret(name: str, cls: str, value: str, mode: str) -> bool:
    """A cell under a secret column holds a secret: what ``NAME=value`` needs, never a mask, a
    boolean, a date or a count; a bare ``key`` column and blank-aligned columns only a
    generated shape (a cache key, an id or a word sits there as often)."""
    if not value or " " in value or "\t" in value or len(value) > 512:
        return False
    if value.lower() in _NOT_A_VALUE or values.masked_token(value) or values.masked(value):
        return False
    if values.is_timestamp(value) or value.isdigit():
        return False
    judged = name if name.isascii() else _CANONICAL[cls]
    if not values.named_secret(judged, value):
        return False
    if not values.looks_secret(value, cls) and not (
            cls == values.STRONG and len(value) >= 12 and values.char_classes(value) >= 4
            and values.looks_secret(value, values.PASSWORD)):
        return False  # a generated password under a ``secret`` column (cTsai+23sQraHej)
    if values.is_benign_id(value) or (values.is_wordy(value) and values.char_classes(value) < 3):
        return False  # (a symbol among both cases and a digit is no word: 24qov+0QSKqaltu)
    if cls == values.KEY or mode == "  ":
        return _generated(value)
    return True


def _generated(value: str) -> bool:
    """A generated password's or key's shape on its own (never a digest, an id or a word)."""
    if values.hex_or_uuid(value) or len(value) < 8:
        return False
    return values.looks_random(value, 16) or (
        values.char_classes(value) >= 3 and values.password_shaped(value))


_RECORD_ROW_MAX = 40


def _expanded(text: str, lo: str, category: str, priority: int, hits: list[_Hit]) -> None:
    """``psql``'s expanded display (``\\x``): ``-[ RECORD 1 ]---``, then one ``column | value``
    line per column; the column's name is on the value's left, as in an assignment."""
    at = lo.find("-[ record ")
    while at >= 0:
        pos = _line_end(text, at) + 1
        for _ in range(_RECORD_ROW_MAX):
            if pos >= len(text):
                break
            end = _line_end(text, pos)
            row = text[pos:end]
            if "|" not in row or row.lstrip().startswith("-[ "):
                break
            name, _, rest = row.partition("|")
            name = name.strip()
            cls = _header_class(name) if name and " " not in name else None
            if cls is not None:
                value = rest.strip()
                start = pos + len(name) + 1 + (len(rest) - len(rest.lstrip()))
                start = text.find(value, pos + row.index("|")) if value else start
                if _cell_secret(name, cls, value, "|"):
                    hits.append((category, priority, start, start + len(value),
                                 "column-under-header"))
            pos = end + 1
        at = lo.find("-[ record ", at + 10)
