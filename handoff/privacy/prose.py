"""A password or token stated in prose, in any of ~15 languages, a few words from its noun.

Why this exists beside the follower layer of ``scanner.py``: that layer starts at a name it can
see in the ASCII view and judges the value strictly (a digit or a symbol), so it misses what
people actually write to a colleague: the value *before* its noun (``V is the master
password``, ``used V as the export password``), a passphrase of plain words
(``oyster.kestrel.nebula.tangent``), a user and password in one token (``airflow/V``), a noun
in a language the view cannot read (``Mat khau cua jenkins la V``), or the value introduced
later on the line (``rotated the Snyk token; new value V``).

The rule is one shape, not a list of sentences: a secret noun, then within the same clause
(at most ``_AFTER`` tokens on, or ``_BEFORE`` tokens back across a link word such as ``is`` or
``as``) a token that has a password's shape on its own (``values.password_shaped``). Hex and
UUID values count only right after the noun or a link (``is``, ``:``, ``lautet``) and when no
word of the clause says it is a digest or an id. Token and key nouns (``the X key: V``, ``use
V as the X token``) take the same windows with a stricter judge: a random value of 20+
characters, or hex after a vendor's name.

Cost: the scanner calls ``secret_hits`` only when one of ``GATE_WORDS`` is among the text's
words (its existing one-pass word set), so a note without a secret noun pays one set test; a
token noun's window is skipped unless a long run with a digit is near it.
"""

from __future__ import annotations

from handoff.privacy import mangled, values
from handoff.privacy.lazy_re import lacks as _lacks
from handoff.privacy.lazy_re import lower as _lower
from handoff.privacy.lazy_re import rx as _rx

_Hit = tuple[str, int, int, int, str]

RULE_ID = "secret-in-prose"

_STRICT_NOUNS = (
    "vpn", "router", "bitlocker", "pin code", "cleartext", "plaintext", "plain one",
    "protected with", "encrypted with", "unlock code", "root on", "admin on", "account on",
    "cracked", "ipmi", "idrac", "bmc", "wifi", "wi-fi", "wlan",
)
"""Words that put a login's secret on the line without a password noun (``if the VPN prompts
again, it's V``, ``root on db-2 is V``, ``cleartext V``, ``the 7z archive is protected with V``,
``cracked offline: root:V``): only a generated password's shape counts near them
(``values.reset_password_shaped``: mixed case and a digit, a passphrase, or letters, a digit
and a password's symbol), since a VPN, a router or a PIN is also talked about in settings. A
Wi-Fi too: the kernel's changelogs open hundreds of entries with ``wifi: <driver>:`` and name a
function (``ath9k_htc_rx_msg``) a few words later."""

# Password nouns written in ASCII letters, each found as a whole word (an inflection of up to
# three letters may follow: passwords, Passwortes).
_ASCII_NOUNS = (
    "password", "passwort", "passwd", "passphrase", "pass phrase", "passcode", "pw", "pwd",
    "creds", "credentials", "mot de passe", "mdp", "contrasena", "clave", "senha", "kennwort",
    "wachtwoord", "haslo", "parola", "sifre", "heslo", "salasana", "losenord", "adgangskode",
    "credenciales", "credenziali", "zugang", "psk", "pre-shared key",
    "mat khau", "root is now", "admin is now", "auth", "kata sandi", "sandi", "sandinya",
    "was reset to", "been reset to", "got reset to",  # judged by _RESET_JUDGE
    "adgangskoden", "passord", "passordet", "salasanan",  # da, no, fi: the noun's inflections
    *_STRICT_NOUNS,  # judged by _STRICT_JUDGE
)
_NON_ASCII_NOUNS = (
    "contrase\u00f1a", "has\u0142o", "\u015fifre", "l\u00f6senord", "parol\u0103",  # es pl tr sv ro
    "m\u1eadt kh\u1ea9u",  # vi
    "\u043f\u0430\u0440\u043e\u043b",  # ru, uk: parol'
    "\u5bc6\u7801", "\u5bc6\u78bc", "\u53e3\u4ee4",  # zh
    "\u30d1\u30b9\u30ef\u30fc\u30c9",  # ja
    "\ube44\ubc00\ubc88\ud638", "\uc554\ud638",  # ko
    "\u0643\u0644\u0645\u0629 \u0627\u0644\u0633\u0631",  # ar
    "\u0643\u0644\u0645\u0629 \u0627\u0644\u0645\u0631\u0648\u0631",
    "\u0643\u0644\u0645\u0629 \u0645\u0631\u0648\u0631", "\u0643\u0644\u0645\u0629 \u0633\u0631",  # ar, no article
    "\u30d1\u30b9\u30d5\u30ec\u30fc\u30ba", "\u6697\u8a3c\u756a\u53f7",  # ja: passphrase, PIN
    "\ud328\uc2a4\uc6cc\ub4dc",  # ko: paeseuwodeu
    "\u0441\u0435\u043a\u0440\u0435\u0442",  # ru: sekret
    "\u0433\u0430\u0441\u043b\u043e",  # uk: haslo
    "\u092a\u093e\u0938\u0935\u0930\u094d\u0921",  # hi
    "\u05e1\u05d9\u05e1\u05de\u05d4",  # he
    "\u03ba\u03c9\u03b4\u03b9\u03ba",  # el: kodikos
    "\ube44\ubc88",  # ko: bibeon, the everyday short form of bimilbeonho
    "\u0e23\u0e2b\u0e31\u0e2a\u0e1c\u0e48\u0e32\u0e19",  # th: rahat phan
    "\u0631\u0645\u0632 \u0639\u0628\u0648\u0631",  # fa: ramz-e obur (session 23)
    "\u06af\u0630\u0631\u0648\u0627\u0698\u0647",  # fa: gozarvaze
)
"""Password nouns the ASCII view cannot read: found in the lower-cased original text."""
_LOGIN_NOUNS = ("login", "logon", "sign-in", "signin", "console", "logged in", "logged into")
_NON_ASCII_LOGIN_NOUNS = ("\u767b\u5f55", "\u767b\u5165", "\u30ed\u30b0\u30a4\u30f3",
                          "\ub85c\uadf8\uc778")  # zh dengLu (2), ja roguin, ko rogeu-in
"""A login noun (``Metabase login is admin / V``, ``登录 X 用 root / V``, ``the MinIO console is
at :9001, minioadmin / V``, ``logged in as admin / V``) names a user and a password together:
only the part after the user counts (``user / V``, ``user:V``)."""
_LOGIN_GATES = frozenset(n.replace("-", "").split()[0].encode() for n in _LOGIN_NOUNS) | {b"sign"}
_ACT_WORDS = ("bearer", "rotate", "revoke", "jsessionid", "phpsessid", "sessionid",
              "aspsessionid")
"""Words that need no secret name around them: a bearer, a session cookie's name, and the
acts done only to credentials (``please rotate V``, ``revoke V``); the value after them is
judged as a token's (random, 20+ characters), so ``rotate the logs`` names nothing."""
_TOKEN_NOUNS = ("token", "key", "secret", "credential", "apikey", "pat", "chave", "chiave",
                "sleutel", "klucz", "anahtar", "nyckel", "avain", "kulcs", "schluessel", "kunci",
                *_ACT_WORDS)
"""Nouns of a token or key (class 3 of the issue: ``<vendor> key V``, ``use V as the X token``,
``set the X credential in CI to V``). Their values must look random on their own (20+
characters, varied, not words, not an id), or be hex or a UUID right after a link with a
vendor's name before the noun."""
_TOKEN_GATES = frozenset(n.encode() for n in _TOKEN_NOUNS)
_NON_ASCII_TOKEN_NOUNS = (
    "schl\u00fcssel", "cl\u00e9", "\u043a\u043b\u044e\u0447", "\u0442\u043e\u043a\u0435\u043d",
    "\u30ad\u30fc", "\u30c8\u30fc\u30af\u30f3", "\u5bc6\u94a5", "\u4ee4\u724c",
    "\ud1a0\ud070", "chiave", "sleutel", "klucz", "anahtar",
    "chave", "nyckel", "n\u00f8gle", "avain", "kulcs", "kl\u00ed\u010d",
    "\u0645\u0641\u062a\u0627\u062d", "\u05de\u05e4\u05ea\u05d7", "\u0915\u0941\u0902\u091c\u0940",
    # session 23: ja shiikuretto, ko sikeurit, zh private key (simplified, variant), ko ki after
    # a space (``API \ud0a4``, ``\uc5b4\ub4dc\ubbfc \ud0a4``; glued, the syllable is inside words: \ud328\ud0a4\uc9c0)
    "\u30b7\u30fc\u30af\u30ec\u30c3\u30c8", "\uc2dc\ud06c\ub9bf", "\u79c1\u94a5", "\u79d8\u94a5",
    " \ud0a4", "kh\u00f3a",  # vi: khoa (kh\u00f3a b\u00ed m\u1eadt, a secret key)
)
"""Key and token nouns in other languages (de, fr, ru, ja, zh, ko, it, nl, pl, tr), judged as
the English ``<vendor> key V``: random values, or hex right after the noun or a link."""
_BY_GATE: dict[bytes, list[str]] = {}
for _noun in _ASCII_NOUNS:
    _gate = max(reversed(_noun.replace("-", " ").split()), key=len)  # the rarest-looking word
    _BY_GATE.setdefault(_gate.encode(), []).append(_noun)
del _noun, _gate
_NOUN_GATES = frozenset(_BY_GATE)
"""Each ASCII noun under its longest word, which the text's word set can show present."""
GATE_WORDS = _NOUN_GATES | _TOKEN_GATES | _LOGIN_GATES | {b"value", b"one", b"used"} | values.VENDOR_WORDS
"""Words of the ASCII view's word mask (letters only, lower case) whose presence lets the rule
run: the longest word of each ASCII noun, the token nouns, and ``value``/``one`` for a value
introduced later on the line."""

_AFTER = 10
_BEFORE = 6
_LINKS = frozenset(
    ("is", "was", "are", "as", "=", ":", "-", "\u2014", "to", "now", "ist", "lautet", "est",
     "es", "\u00e9", "\u00e8", "\u00e4r", "er", "jest", "je", "l\u00e0", "son", "sono", "c'est",
     "y", "e", "und", "et", "+", "/", "with", "type", "para", "naar", "\u0647\u064a",
     "\u0939\u0948", "adalah", "ialah")
)
"""Words that tie a value to its noun: a hex value counts only right after one (or right after
the noun)."""
_BEFORE_LINKS = frozenset(("is", "was", "are", "as", "=", ":", "-", "\u2014", "c'est", "est"))
"""Links across which a value comes before its noun (``V is the password``, ``used V as the
password``)."""
_DIGEST_WORDS = frozenset(
    ("hash", "hashed", "digest", "sha", "sha1", "sha256", "md5", "checksum", "fingerprint",
     "commit", "salt", "id", "rev", "revision", "build", "run", "trace", "etag", "uuid", "pr",
     "issue", "ticket", "request")
)
"""Words that make hex after a noun a digest or an id, not a secret."""
FIELD_END = r"\\?\"[ \t]*,[ \t]*\\?\"(?=[^\"\\\n]{1,64}\\?\"[ \t]*:)"
"""The boundary between two fields of a JSON record, before the next key (also escaped inside a
JSON string); ``scanner._follow`` ends a prose follower's clause there too."""
_STOP = r"[.;!?][ \t]|[\n\u3002\uff1b]|" + FIELD_END
"""Where a clause ends: sentence punctuation before a blank, a line break, CJK stops, and the
boundary between two fields of a JSON record (``"msg": "secret rotated", "secret_version":
"<hex>"``, also escaped inside a JSON string): a value in the next field is that field's, named
by its own key, never the noun of the field before. Only before a key (a quoted name and a
colon): the items of an array (``["gh", "secret", "set", "X", "--body", "V"]``) are one
command's words."""
_USE_CLAUSES = (" i used ", " used ", " using ", " we used ", " i'm using ", " i am using ",
                " i set it to ", " set it to ", " it is now ", " it's now ", " now it is ",
                " now it's ", " the new one is ", " new one is ", " it was reset to ",
                " it was changed to ")
"""A clause after ``;`` that uses what the first one named: its value belongs to that noun."""
_USE_LINKS = frozenset(("used", "using"))
"""Links for a vendor's key only (``the Linode key; I used <hex>``): after a password noun
"used" says nothing about hex that follows."""
_MASK = bytes(
    100 if 48 <= i <= 57 else 97 if chr(i).isalpha() or chr(i) in "_-.+/~=" else 32
    for i in range(128)
) + b" " * 128
"""Token characters to ``a``, digits to ``d``, everything else to a blank: a token value is a
run of 10+ non-blank bytes holding a ``d`` and an ``a``."""
_STRIP_LEAD = ":\"'`([{<*\u00ab\u300c\u300e\uff08\uff1a"  # ":" too: a compact JSON value ("key":"V")
_STRIP_TAIL = "\"'`)]}>,;:.*\u00bb\u300d\u300f\uff09\u3002\uff0c"
"""What quotes or closes a value, in ASCII and (session 23) the guillemets, corner brackets,
full-width parentheses, colon, comma and full stop of text in other scripts."""


def secret_hits(text: str, view: str, lo: str, present: frozenset[bytes],
                category: str, priority: int, hits: list[_Hit]) -> None:
    """Add a finding for each password-shaped value near a secret noun."""
    found: set[int] = set()
    token_gates = _TOKEN_GATES.intersection(present)
    runs = b""
    if token_gates or not text.isascii():
        # token characters as "a", digits as "d", the rest blank: one C pass, then C searches
        runs = view.encode("ascii", "replace").translate(_MASK)
    for gate in _NOUN_GATES.intersection(present):
        for noun in _BY_GATE[gate]:
            _ascii_noun(text, lo, noun, category, priority, hits, found)
    if not text.isascii():
        mangled.invisible_hits(text, category, priority, hits)  # zero-width and no-break spaces
        low = _lower(text)
        for noun in _NON_ASCII_NOUNS:
            pos = -1 if _lacks(low, noun) else low.find(noun)
            while pos >= 0:
                end = pos + len(noun)
                while end < len(low) and low[end].isalpha() and end - pos < len(noun) + 4:
                    end += 1  # a case ending or particle glued to the noun (parolya, 비밀번호는)
                _near(text, low, pos, end, False, category, priority, hits, found)
                pos = low.find(noun, end)
        for noun in _NON_ASCII_LOGIN_NOUNS:
            pos = -1 if _lacks(low, noun) else low.find(noun)
            while pos >= 0:
                end = pos + len(noun)
                _near(text, low, pos, end, False, category, priority, hits, found, _PAIR_JUDGE)
                pos = low.find(noun, end)
        for noun in _NON_ASCII_TOKEN_NOUNS:
            pos = -1 if _lacks(low, noun) else low.find(noun)
            while pos >= 0:
                end = pos + len(noun)
                while end < len(low) and low[end].isalpha() and end - pos < len(noun) + 4:
                    end += 1
                _near(text, low, pos, end, False, category, priority, hits, found, _VENDOR_JUDGE,
                      runs)
                pos = low.find(noun, end)
    for gate in token_gates:
        _token_noun(text, lo, runs, gate.decode(), category, priority, hits, found)
    if not _LOGIN_GATES.isdisjoint(present):
        for noun in _LOGIN_NOUNS:
            pos = lo.find(noun)
            while pos >= 0:
                end = pos + len(noun)
                if _whole(lo, pos, end):
                    _near(text, lo, pos, end, False, category, priority, hits, found, _PAIR_JUDGE)
                pos = lo.find(noun, end)
    if b"value" in present or b"one" in present:
        _values_later(text, lo, present, category, priority, hits, found)
    vendors = _VENDOR_GATES.intersection(present)
    if vendors:
        if b"used" in present:
            _vendor_used(text, lo, category, priority, hits, found)
        for vendor in vendors:
            _vendor_then_token(text, lo, vendor.decode(), category, priority, hits, found)


def _vendor_then_token(text: str, lo: str, vendor: str, category: str, priority: int,
                       hits: list[_Hit], found: set[int]) -> None:
    """``oncall fyi Vercel V works``: a vendor's name and, right after it, a value with a token's
    shape on its own (20+ random characters, letters and digits, not hex, an id or a digest):
    the name is the noun. Only the one token after the name is judged."""
    pos = lo.find(vendor)
    while pos >= 0:
        end = pos + len(vendor)
        if (not pos or not (lo[pos - 1].isalnum() or lo[pos - 1] in "_-./")) and (
            lo[end : end + 1] in (" ", "\t")
        ):
            start = end + 1
            parts = text[start : start + 160].split(None, 1)  # the next token, split in C
            token = parts[0] if parts and len(parts[0]) >= 20 else ""
            start = text.find(token, start) if token else start
            value = token.lstrip(_STRIP_LEAD).rstrip(_STRIP_TAIL)
            vstart = start + token.find(value) if value else start
            if len(value) >= 20 and vstart not in found and "=" not in value and (
                ":" not in value and _token_shaped(value)
            ):  # (anthropic request_id=req_...: a log's field, named by its own key)
                found.add(vstart)
                hits.append((category, priority, vstart, vstart + len(value), RULE_ID))
        pos = lo.find(vendor, end)


def _ascii_noun(text: str, lo: str, noun: str, category: str, priority: int,
                hits: list[_Hit], found: set[int]) -> None:
    pos = lo.find(noun)
    while pos >= 0:
        end = pos + len(noun)
        if _whole(lo, pos, end) and (noun != "auth" or lo.startswith((" is ", ": "), end)):
            judge = _RESET_JUDGE if noun in _RESET_NOUNS else (
                _STRICT_JUDGE if noun in _STRICT_SET else "")
            _near(text, lo, pos, _word_end(lo, end), False, category, priority, hits, found,
                  judge)
        pos = lo.find(noun, end)


def _token_noun(text: str, lo: str, runs: bytes, noun: str, category: str, priority: int,
                hits: list[_Hit], found: set[int]) -> None:
    pos = lo.find(noun)
    while pos >= 0:
        end = pos + len(noun)
        if _whole(lo, pos, end) and lo[pos - 1 : pos] != "-" and (  # --key V: the flag layer's
            _has_token_run(runs, max(0, pos - 160), end + 200)
        ):
            prev = _word_before(lo, pos)
            word = "key" if noun in _FOREIGN_KEY_NOUNS else noun  # chave, klucz: a key
            name = word if prev in ("", "the", "a", "an", "my", "our", "new", "old", "this") else (
                prev + "_" + word)
            pat = (noun == "pat" and text[pos:end] == "PAT") or noun in _ACT_WORDS
            if pat and noun == "sessionid" and _json_key(text, pos, end):
                pass  # "sessionId": V, a record's own key: an agent's or a trace's session id
            elif pat or _names_secret(word, prev, name):
                vendor = prev in values.VENDOR_NAMES or (
                    prev not in _COMMON and prev.replace(".", "").isalpha() and len(prev) >= 3
                    and name != word) or (  # a product's name may have a dot (Logz.io, Fly.io)
                    word != noun and _vendor_after(lo, _word_end(lo, end)))
                judge = _KNOWN_JUDGE if prev in values.VENDOR_NAMES else (
                    _VENDOR_JUDGE if vendor else _TOKEN_JUDGE)
                _near(text, lo, pos, _word_end(lo, end), False, category, priority, hits, found,
                      judge, runs)
        pos = lo.find(noun, end)


def _json_key(text: str, pos: int, end: int) -> bool:
    """The noun at ``text[pos:end]`` is a whole JSON key (``"sessionId": V``, escaped or not): a
    field of a machine record, where a session id names a run, not a cookie (a cookie is written
    ``sessionid=V``, or as ``"name": "sessionid"`` beside its value in a browser's export)."""
    before = text[max(0, pos - 2) : pos]
    return before[-1:] == '"' and text.startswith(('":', '\\":'), end)


_FOREIGN_KEY_NOUNS = frozenset(("chave", "chiave", "sleutel", "klucz", "anahtar", "nyckel",
                                "avain", "kulcs", "schluessel", "kunci"))
_OF_WORDS = ("do ", "da ", "de ", "di ", "del ", "della ", "van ", "voor ", "dla ", "for ",
             "f\u00f6r ", "till ")
"""A key noun of another language names its vendor after it (``chave do Confluent: V``,
``chiave di together``, ``klucz dla X``), where English puts the vendor first."""


def _vendor_after(lo: str, end: int) -> bool:
    rest = lo[end : end + 40].lstrip()
    for of in _OF_WORDS:
        if rest.startswith(of):
            name = rest[len(of) :].split(" ", 1)[0].rstrip(":,")
            return name in values.VENDOR_NAMES  # a known vendor: "chave do cache" is an id's
    return False


def _has_token_run(runs: bytes, a: int, b: int) -> bool:
    """Whether ``runs[a:b]`` has a digit inside a run of 10+ token characters with a letter:
    every value the token judge accepts does (C searches from one digit to the next), except
    24+ letters alone (``values.random_letters``)."""
    if runs.find(_LETTERS_24, a, b) >= 0:
        return True
    at = runs.find(b"d", a, b)
    while at >= 0:
        start = runs.rfind(b" ", a, at) + 1 or a
        stop = runs.find(b" ", at, b)
        stop = b if stop < 0 else stop
        if stop - start >= 10 and runs.find(b"a", start, stop) >= 0:
            return True
        at = runs.find(b"d", stop, b)
    return False


_COMMON = frozenset(
    ("access", "secret", "private", "session", "auth", "bearer", "refresh", "service",
     "account", "deploy", "ci", "admin", "master", "root", "signing", "encryption", "shared",
     "license", "client", "app", "user", "personal", "bot", "write", "read", "webhook",
     "random", "long", "short", "valid", "invalid", "expired", "revoked", "same", "other",
     "that", "which", "your", "their", "his", "her", "its", "our", "one", "first", "last",
     "rsa", "dsa", "ecdsa", "ed25519", "ssh", "host", "gpg", "pgp", "openpgp", "gnupg", "public",
     "verify", "release", "cosign", "minisign", "age", "tls", "ssl", "x509", "ca")
)
"""Words before a token noun that are not a vendor's or product's name: hex and UUIDs after
them stay ids (``the session key is <uuid>`` is rarer than ``request id``, and a digest after
``the access key`` is as likely an id)."""
_LETTERS_24 = b"a" * 24
_TOKEN_JUDGE = "token"
_VENDOR_JUDGE = "vendor"
_KNOWN_JUDGE = "known"
"""A known vendor's name before the noun (``airtable key V``): as ``_VENDOR_JUDGE``, and a
shorter random value (14-19 characters, letters and digits) right after the noun or a link
counts too: several vendors issue keys that short (gitleaks' rules for Airtable, Confluent,
LinkedIn, Sumo Logic)."""
_TOKEN_JUDGES = frozenset((_TOKEN_JUDGE, _VENDOR_JUDGE, _KNOWN_JUDGE))
_PAIR_JUDGE = "pair"
_RESET_JUDGE = "reset"
_RESET_NOUNS = frozenset(("was reset to", "been reset to", "got reset to"))
_STRICT_JUDGE = "strict"
_STRICT_SET = frozenset(_STRICT_NOUNS)
"""``root on db-2 was reset to V``: no password noun, so only the token right after counts, and
only with a generated password's shape (upper and lower case with a digit, or words and a
number): a branch, a counter, a commit or a version is reset too."""


_NAMED: dict[tuple[str, str], bool] = {}


def _names_secret(noun: str, prev: str, name: str) -> bool:
    """``<prev> <noun>`` names a secret (``datadog token``) and not a cursor, a file id or a
    public key (``pagination token``, ``file key``, ``public key``); remembered per pair."""
    known = _NAMED.get((noun, prev))
    if known is None:
        known = values.classify_name(noun, prev) is not None and (
            values.classify_name(name) is not None)
        if len(_NAMED) < 2048:
            _NAMED[(noun, prev)] = known
    return known


def _word_before(lo: str, pos: int) -> str:
    words = lo[max(0, pos - 30) : pos].replace("_", " ").replace("-", " ").split()
    return words[-1].strip("'\"(,:") if words else ""


def _whole(lo: str, pos: int, end: int) -> bool:
    """The noun is a word of prose: not inside an identifier (``auth.password_hashing``,
    ``NoCredentialsError``, ``pwd=`` which the assignment layer judges)."""
    if pos and (lo[pos - 1].isalnum() or lo[pos - 1] in "_.$"):
        return False
    if lo[end : end + 1] in ("_", "=", ".") and lo[end + 1 : end + 2] not in (" ", ""):
        return False
    if pos and lo[pos - 1] == ":" and lo[end : end + 1] == ":":
        return False  # arn:aws:secretsmanager:...:secret:name, a path of an identifier
    tail = lo[end : end + 4]
    i = 0
    while i < len(tail) and tail[i].isalpha():
        i += 1
    if i == len(tail) and i:
        return False  # a longer word (password -> passwordless)
    return i == 0 or tail[:i] in ("s", "es", "e", "en", "er")


def _word_end(lo: str, end: int) -> int:
    while end < len(lo) and lo[end].isalpha():
        end += 1
    return end


def _clause(text: str, start: int, end: int, forward: bool) -> int:
    """Where the clause that contains ``start`` ends (forward, ``end`` at most) or begins
    (backward, ``end`` at least). A full stop or ``!`` that ends a password-shaped token
    (``Kestrel618BISCUIT! as``) is part of the value, not the end of a sentence. One regex
    pass over the window finds every stop."""
    if forward:  # a stop right after a value still leaves the value in the clause
        m = _rx(_STOP).search(text, start, end)
        return end if m is None else m.start()
    stops = [m for m in _rx(_STOP).finditer(text, end, start)
             if len(m.group()) == 1 or m.group()[-1] == '"' or not _ends_value(text, m.start())]
    return stops[-1].end() if stops else end


def _ends_value(text: str, at: int) -> bool:
    begin = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
    token = text[begin : at + 1].lstrip(_STRIP_LEAD)
    core = token[:-1].rstrip(_STRIP_TAIL)
    if not core or (core.replace("-", "").replace("'", "").isalpha() and (
        core.islower() or core.istitle() or core.isupper()
    )):
        return False  # a word ends the sentence (the usual case): no judge needed
    return values.password_shaped(token)


def _tokens(text: str, a: int, b: int, first: int = 0, last: int = 0) -> list[tuple[int, str]]:
    """The blank-separated tokens of ``text[a:b]`` with their offsets: the ``first`` few or the
    ``last`` few (``str.split`` in C, then one ``find`` per token kept)."""
    seg = text[a:b]
    if first:
        parts = seg.split(None, first)[:first]
    else:
        parts = seg.rsplit(None, last)[-last:]
    out: list[tuple[int, str]] = []
    if first:
        off = 0
        for part in parts:
            at = seg.find(part, off)
            out.append((a + at, part))
            off = at + len(part)
        return out
    end = len(seg)
    for part in reversed(parts):
        at = seg.rfind(part, 0, end)
        out.append((a + at, part))
        end = at
    out.reverse()
    return out


def _candidates(start: int, token: str) -> list[tuple[int, str]]:
    """The value inside a token: stripped of quotes and sentence punctuation, cut where another
    script starts (``V(으)로``, a full-width comma after ``V``), and split into user and password at ``/`` or ``:``
    when the left part is a user name (``airflow/V``, ``yuki:V``)."""
    a = 0
    while a < len(token) and token[a] in _STRIP_LEAD:
        a += 1
    b = len(token)
    for k in range(a, len(token)):
        if not token[k].isascii():
            b = k
            break
    while b > a and token[b - 1] in _STRIP_TAIL:
        b -= 1
    while b > a and token[b - 1] in "(":
        b -= 1
    v = token[a:b]
    out = [(start + a, v)]
    for sep in "/:":
        user, s, rest = v.partition(sep)
        if s and rest and user and sep not in rest and values.is_wordy(user) and (
            not user[0].isdigit()
        ) and not values.is_algorithm(user):
            out.append((start + a + len(user) + 1, rest))
    return out


def _near(text: str, lo: str, pos: int, end: int, later: bool, category: str, priority: int,
          hits: list[_Hit], found: set[int], judge: str = "", runs: bytes = b"") -> None:
    line_end = lo.find("\n", end)
    if line_end < 0:
        line_end = len(lo)
    line_start = lo.rfind("\n", 0, pos) + 1
    if judge in _TOKEN_JUDGES and not _has_token_run(
        runs, max(line_start, pos - 160), min(line_end, end + 200)
    ):
        return  # nothing a token judge accepts near the noun: skip the window
    if judge == _PAIR_JUDGE:
        seg = text[end : min(line_end, end + 200)]
        if " / " not in seg and seg.count(":") <= seg.count(": ") + seg.count("://"):
            return  # no "user / V" or "user:V" after a login noun: skip the window
    limit = min(line_end, end + 200)
    while limit < line_end and not text[limit].isspace():
        limit += 1  # never cut a token at the window's edge (a UUID cut short is no UUID)
    stop = _clause(text, end, limit, True)
    if stop < limit and text[stop] == ";" and lo.startswith(_USE_CLAUSES, stop + 1):
        stop = _clause(text, stop + 2, limit, True)  # "the X key; I used V": one act
    after = _tokens(text, end, stop, first=_AFTER)
    digest = any(t.lower().strip(_STRIP_TAIL) in _DIGEST_WORDS for _, t in after)
    prev = "\u2014"  # the token right after the noun is its value's place (api key V)
    for start, token in after:
        if values.no_value_flag(token):
            return  # --password-stdin takes no value: what follows it is not the secret
        if _judge(start, token, prev, digest, later, category, priority, hits, found, judge):
            return
        prev = ":" if token.endswith(":") else token.lower()
    if len(after) == _AFTER and _far_value(text, end, stop, prev, digest, later, category,
                                           priority, hits, found, judge):
        return
    if after and not judge and stop == line_end < len(text) and all(
        t.lower() in _LINE_END_LINKS for _, t in after
    ) and _next_line_value(
        text, line_end, digest, category, priority, hits, found
    ):
        return
    if later or judge == _PAIR_JUDGE:
        return
    floor = max(line_start, pos - 160)
    while line_start < floor < pos and not text[floor - 1].isspace():
        floor += 1  # drop a token the window's edge cuts
    begin = _clause(text, pos, floor, False)
    before = _tokens(text, begin, pos, last=_BEFORE)
    linked = False
    link = ""
    for k in range(len(before) - 1, -1, -1):
        start, token = before[k]
        if token.lower() in _BEFORE_LINKS:
            linked, link = True, token.lower()
            continue
        if linked and _judge(start, token, "as", not judge, later, category, priority, hits,
                             found, judge):
            return
        if linked and not judge and k == 0 and link in _NAMING_LINKS and (
            lo[pos:end] in _PASSWORD_NOUNS and _names_the_password(before[2:], lo, end)
            and _named_password(start, token, hits, found, category, priority)
        ):
            return


def _far_value(text: str, end: int, stop: int, prev: str, digest: bool, later: bool,
               category: str, priority: int, hits: list[_Hit], found: set[int],
               judge: str) -> bool:
    """Past the window, in the same clause: a value right after a link (``le mot de passe que
    Paul a mis hier soir dans le coffre est V``, ``das API-Token, das Jana heute erzeugt hat:
    V``). A relative clause between the noun and its link is how people write this in every
    language; the link says the token is the noun's value, so only a token right after one is
    judged (session 22, cred22)."""
    far = _tokens(text, end, stop, first=_AFTER_LINKED)[_AFTER:]
    if digest or any(t.lower().strip(_STRIP_TAIL) in _DIGEST_WORDS for _, t in far):
        return False
    for start, token in far:
        if prev in _FAR_LINKS and not any(c in token for c in _FAR_REFUSED) and _judge(
                start, token, prev, digest, later, category, priority, hits, found, judge):
            return True
        prev = ":" if token.endswith(":") else token.lower()
    return False


_FAR_REFUSED = frozenset("=()/@")
"""A token this far from its noun is not its value when it is a setting (``a.min_length=12``),
a call, a path, an image reference (``api@sha256:...``) or base64 with its padding."""


_AFTER_LINKED = 18
_FAR_LINKS = frozenset(("is", "was", "=", ":", "\u2014", "to", "now", "ist", "lautet", "est",
                        "es", "\u00e9", "\u00e8", "\u00e4r", "jest", "je", "l\u00e0", "\u0647\u064a",
                        "\u0939\u0948", "adalah", "ialah", "ficou", "fica", "qued\u00f3", "queda",
                        "devient", "wurde", "werd", "naar"))
"""Links a value may follow past ``_AFTER`` tokens: a copula, a colon, ``to`` (nl ``naar``).
Not the prepositions that also mean "in" (fr ``en``, pt ``em``, pl ``na``, de ``auf``): a
kernel changelog's "fix a leak in <function>" sits that far from a ``key`` noun."""
_NAMING_LINKS = frozenset(("is", "was"))
_PASSWORD_NOUNS = frozenset(("password", "passwort", "passwd", "passphrase", "passcode", "pw",
                             "pwd"))


_NOT_THE_PASSWORD = frozenset(("name", "names", "of", "for", "field", "variable", "var", "hash",
                               "type", "length", "policy", "column", "key", "env", "setting",
                               "prompt", "label", "id", "format", "rule", "not", "no", "never"))
_NOUN_PHRASE_ENDS = frozenset(("", "for", "on", "of", "to", "in", "at", "here", "now", "we",
                               "you", "i", "and", "but", "so"))


def _names_the_password(between: list[tuple[int, str]], lo: str, end: int) -> bool:
    """``V is the [master] password [for ...]``: at most two plain words between the link and the
    noun, none naming something about a password (``the name of the password field``), and the
    noun ends its phrase (not ``the password encoder``)."""
    if len(between) > 2 or not all(
        t.isalpha() and t.islower() and t not in _NOT_THE_PASSWORD for _, t in between
    ):
        return False
    rest = lo[end : end + 40].lstrip(" \t")
    if rest[:1] in ("", ".", ",", ";", ":", "!", "\n", ")"):
        return True
    word = rest.split(None, 1)[0] if rest.split() else ""
    return word in _NOUN_PHRASE_ENDS


def _named_password(start: int, token: str, hits: list[_Hit], found: set[int], category: str,
                    priority: int) -> bool:
    """``V is the master password for the vault``: the clause opens with V and says it is the
    password, so mixed case and a digit in one run of letters and digits is enough, even where
    the letters happen to read as a camelCase name (``ityebtPod0``). An identifier is not
    described that way; ``values.named_password`` keeps ids, hex and versions out."""
    for vstart, value in _candidates(start, token)[:1]:
        if values.named_password(value):
            found.add(vstart)
            hits.append((category, priority, vstart, vstart + len(value), RULE_ID))
            return True
    return False


_LINE_END_LINKS = frozenset(("is", "was", "is:", ":", "=", "-", "\u2014"))


def _next_line_value(text: str, line_end: int, digest: bool, category: str, priority: int,
                     hits: list[_Hit], found: set[int]) -> bool:
    """``password is`` ending its line, and the value alone on the next (a paste from a
    ticket): the next line is judged when it is one token."""
    stop = text.find("\n", line_end + 1)
    line = text[line_end + 1 : len(text) if stop < 0 else stop]
    parts = line.split()
    if len(parts) != 1:
        return False
    start = line_end + 1 + line.find(parts[0])
    return _judge(start, parts[0], "\u2014", digest, False, category, priority, hits, found)


def _judge(start: int, token: str, prev: str, digest: bool, later: bool, category: str,
           priority: int, hits: list[_Hit], found: set[int], judge: str = "") -> bool:
    if len(token) < (14 if judge == _KNOWN_JUDGE else 20 if judge in _TOKEN_JUDGES else 6) or (
        token.isalpha() and (token.islower() or token.istitle() or token.isupper())
        and not (judge and len(token) >= 24 and values.random_letters(token))
    ):
        return False  # too short for the judge, or a plain word
    candidates = _candidates(start, token)
    if judge == _RESET_JUDGE:
        if prev != "\u2014":
            return False
        value = token.strip(_STRIP_TAIL)
        if values.reset_password_shaped(value):
            vstart = start + token.index(value)
            found.add(vstart)
            hits.append((category, priority, vstart, vstart + len(value), RULE_ID))
        return True  # the token after "reset to" decides: later words are prose
    if judge == _STRICT_JUDGE:  # a generated password's shape only (see _STRICT_NOUNS)
        for vstart, value in candidates:
            if values.reset_password_shaped(value) and not values.is_algorithm(value):
                found.add(vstart)
                hits.append((category, priority, vstart, vstart + len(value), RULE_ID))
                return True
        return False
    if judge == _PAIR_JUDGE:  # the password of "user / V" or "user:V", never the user
        if prev != "/":
            candidates = candidates[1:]
        for vstart, value in candidates:
            if values.password_shaped(value) and not values.is_benign_id(value):
                found.add(vstart)
                hits.append((category, priority, vstart, vstart + len(value), RULE_ID))
                return True
        return False
    for vstart, value in candidates:
        if vstart in found:
            return True
        if judge:
            shaped = _token_shaped(value) or values.is_passphrase(value) or (
                judge in (_VENDOR_JUDGE, _KNOWN_JUDGE) and values.hex_or_uuid(value) and not digest
                and (prev in _LINKS or prev in _USE_LINKS) and len(value) >= 20
                and not value.isupper()
            )  # upper-case hex is how gpg prints fingerprints and key ids
            if not shaped and judge == _KNOWN_JUDGE and prev in _LINKS:
                shaped = _short_key_shaped(value)
        else:
            shaped = values.password_shaped(value) and not values.is_benign_id(value)
        linked_hex = not judge and values.hex_or_uuid(value) and not digest and (
            prev in _LINKS or later)
        if shaped or linked_hex or (later and values.looks_random(value, 16)):
            found.add(vstart)
            hits.append((category, priority, vstart, vstart + len(value), RULE_ID))
            return True
    return False


def _short_key_shaped(value: str) -> bool:
    """A short vendor key (14-19 letters and digits, varied, both kinds, not words, not hex):
    judged only right after a known vendor's key noun."""
    if not 14 <= len(value) < 20 or not value.isalnum() or len(set(value)) < 10:
        return False
    digits = sum(c.isdigit() for c in value)
    if digits < 2 or len(value) - digits < 4 or values.hex_or_uuid(value):
        return False
    if values.is_wordy(value) or values.is_benign_id(value):
        return False
    pieces = "".join(c if c.isalpha() else " " for c in value).split()
    return not all(values.is_wordy(p) for p in pieces if len(p) >= 3)  # rotation2024plan


def _token_shaped(value: str) -> bool:
    """A token's shape on its own: 20+ characters, random (varied, not words), letters and
    digits both, not an id, a digest, a path, a URL, public data or a base64 JSON cursor."""
    if len(value) < 20 or "://" in value or value[0] in "/~$%{<\\" or value[:2] in ("0x", "0X"):
        return False
    if not any(c.isdigit() for c in value):
        return values.random_letters(value)  # only letters: random case or no words in it
    if not any(c.isalpha() for c in value):
        return False
    parts = value.replace(":", "/").replace(".", "/").split("/")
    if len(parts) >= 2 and max(map(len, parts)) < 16:
        return False  # an image, a path, a host: short pieces (ghcr.io/acme/widget:2.0)
    if values.hex_or_uuid(value) or values.is_benign_id(value) or values.is_public_data(value):
        return False
    if values.base64_json(value) is not None or value.lower().startswith(("sha256:", "sha1:")):
        return False
    return values.looks_random(value, 20) and values.looks_secret(value, values.STRONG)


_LATER = ("new value", "value was", "value is", "new one is", "value:", "old one was",
          "old one is")


_VENDOR_GATES = values.VENDOR_WORDS
_WORD_SPLIT = bytes(c if chr(c).isalnum() else 32 for c in range(128)) + b" " * 128


def _vendor_used(text: str, lo: str, category: str, priority: int, hits: list[_Hit],
                 found: set[int]) -> None:
    """``rate limit on mistral went away once I used V``: a vendor named earlier on the line and
    a value that was "used", with no key noun. Only a token's shape on its own counts (20+
    random characters, letters and digits, not hex, not a UUID, not an id or a digest)."""
    pos = lo.find(" used ")
    while pos >= 0:
        line_start = lo.rfind("\n", 0, pos) + 1
        head = lo[line_start:pos].encode("ascii", "replace").translate(_WORD_SPLIT).split()
        if not _VENDOR_GATES.isdisjoint(head):
            start = pos + 6
            end = start
            while end < len(text) and not text[end].isspace():
                end += 1
            token = text[start:end]
            value = token.lstrip(_STRIP_LEAD).rstrip(_STRIP_TAIL)
            vstart = start + token.index(value) if value else start
            if value and vstart not in found and _token_shaped(value):
                found.add(vstart)
                hits.append((category, priority, vstart, vstart + len(value), RULE_ID))
        pos = lo.find(" used ", pos + 6)


def _values_later(text: str, lo: str, present: frozenset[bytes], category: str, priority: int,
                  hits: list[_Hit], found: set[int]) -> None:
    """``rotated the Snyk token this morning; new value V``, ``ALGOLIA_WRITE_KEY got leaked,
    value was V``: a value introduced by "value" after a secret noun earlier on the line."""
    for phrase in _LATER if b"value" in present else ():
        if " one " in phrase:
            continue
        pos = lo.find(phrase)
        while pos >= 0:
            line_start = lo.rfind("\n", 0, pos) + 1
            head = lo[line_start:pos]
            if any(w in head for w in ("token", "key", "secret", "password", "credential")):
                _near(text, lo, pos, pos + len(phrase), True, category, priority, hits, found)
            pos = lo.find(phrase, pos + len(phrase))
    pos = lo.find(" one ") if b"one" in present else -1
    while pos >= 0:  # "the old one was V", "new one is V": one find for the three phrases
        phrase = lo[pos - 3 : pos + 9]
        for p in ("new one is", "old one was", "old one is"):
            if phrase.startswith(p):
                line_start = lo.rfind("\n", 0, pos) + 1
                head = lo[line_start:pos]
                if any(w in head for w in ("token", "key", "secret", "password", "credential")):
                    _near(text, lo, pos - 3, pos - 3 + len(p), True, category, priority, hits,
                          found)
        pos = lo.find(" one ", pos + 5)
