"""Judging a single value: is this string a secret, or a placeholder, an id, a word?

The format rules in ``rules.py`` know what a GitHub or AWS key looks like. This module answers
the harder question the context rules ask: a value sits after ``password=`` or ``"token":``;
is it a credential, or ``${GITHUB_TOKEN}``, ``changeme``, ``settings.SECRET_KEY``, ``4096``?
It works on the value alone (plus the class of the name it was assigned to) so the same
judgement applies to ``KEY=value`` text and to ``{"key": "value"}`` pairs in a dict.

Everything here is plain ``str`` work on short strings: no regular expressions, so importing it
costs nothing and calling it costs a few microseconds.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise
from math import log2

__all__ = [
    "KEY",
    "PASSWORD",
    "STRONG",
    "b64_contains",
    "basic_pair",
    "char_classes",
    "classify_name",
    "entropy",
    "is_placeholder",
    "is_uuid",
    "looks_like_words",
    "looks_random",
    "looks_secret",
    "name_words",
]

# Name classes, from the word a value is assigned to.
PASSWORD = "password"  # password, passwd, pwd, passphrase: short values count
STRONG = "strong"  # token, secret, api_key, credentials, auth: long random values count
KEY = "key"  # a bare ``key``: only long mixed random values count (ids and digests pass)
VENDOR = "vendor"  # a key or token named after its vendor: hex and UUID values count too

VENDOR_NAMES = frozenset((
    "openai", "anthropic", "together", "groq", "mistral", "cohere", "replicate", "perplexity",
    "fireworks", "deepseek", "huggingface", "pinecone", "weaviate", "elevenlabs", "stripe",
    "plaid", "adyen", "braintree", "paypal", "twilio", "sendgrid", "mailgun",
    "mailchimp", "postmark", "algolia", "pusher", "mixpanel", "amplitude",
    "netlify", "vercel", "cloudflare", "fastly", "linode", "vultr", "hetzner", "scaleway",
    "digitalocean", "datadog", "newrelic", "pagerduty", "opsgenie", "okta", "auth0",
    "contentful", "airtable", "asana", "clickup", "trello", "shopify", "coinbase", "supabase",
    "firebase", "mapbox", "rollbar", "bugsnag", "honeycomb", "launchdarkly",
    "circleci", "buildkite", "snyk", "sonarcloud", "doppler", "intercom", "zendesk",
    "freshdesk", "hubspot", "salesforce", "dropbox", "atlassian",
    "bitbucket", "dockerhub", "cloudinary", "imgix",
    "onesignal", "sparkpost", "mandrill", "telnyx", "vonage", "nexmo", "messagebird",
    "razorpay", "paystack", "flutterwave", "mollie", "klarna", "alchemy",
    "infura", "etherscan", "moralis", "openrouter", "gemini", "jina", "assemblyai",
    "deepgram", "ai21", "anyscale", "baseten", "deepinfra", "xai",
    "cerebras", "sambanova", "ngc", "zapier", "resend", "brevo",
    "sendinblue", "mailersend", "plivo", "sinch", "uploadcare", "imagekit", "bunnycdn",
    "backblaze", "wasabi", "flyio", "pulumi", "snowflake", "databricks",
    "planetscale", "turso", "upstash", "clerk", "stytch", "workos", "paddle",
    "lemonsqueezy", "gumroad", "chargebee", "recurly", "xero", "docusign", "calendly",
    "typeform", "klaviyo", "iterable", "braze", "posthog", "fullstory", "logrocket",
    "hotjar", "grafana", "loggly", "papertrail", "logtail", "betterstack", "splunk",
    "sumologic", "meilisearch", "typesense", "openweather", "weatherapi", "newsapi",
    "alphavantage", "finnhub", "coingecko", "tmdb", "spotify", "jfrog", "codecov",
    "coveralls", "browserstack", "saucelabs", "lambdatest", "applitools",
    "twitch",
    "yandex", "baidu", "alibaba", "aliyun", "tencent", "huawei", "kakao", "naver",
    # from gitleaks' and CredSweeper's rule sets (session 9): names that are no common word
    "adafruit", "artifactory", "authress", "bittrex", "clickhouse", "clojars", "confluent",
    "droneci", "dynatrace", "easypost", "etsy", "finicity", "flickr", "frameio", "freemius",
    "freshbooks", "gitter", "gocardless", "infracost", "kucoin", "linkedin", "mattermost",
    "maxmind", "nytimes", "openshift", "privateai", "rapidapi", "rubygems", "scalingo",
    "sendbird", "sentry", "settlemint", "shippo", "sidekiq", "sourcegraph", "squarespace",
    "telegram", "travisci", "heroku", "discord",
    # LLM observability and vector stores whose keys are plain hex (session 19)
    "wandb", "qdrant", "langsmith", "langfuse", "helicone", "zilliz", "portkey",
))
"""Vendors whose keys are often plain hex or UUIDs: "<vendor> key V" is a credential even
when V has the shape of a digest or an id."""
NO_VALUE_FLAGS = ("-stdin", "--with-token", "--ask-pass", "--ask-vault-pass",
                  "--ask-become-pass")
"""Secret-named flags that take no value (the secret comes on stdin or from a prompt): the
argument after one is never its value (``docker login --password-stdin REGISTRY``, a rollout's
``call_id`` after the arguments string) (session 19)."""


def no_value_flag(token: str) -> bool:
    """``token`` is a flag of ``NO_VALUE_FLAGS`` (quoted or with a trailing comma)."""
    return token[:1] == "-" and token.lower().rstrip("\"',;]").endswith(NO_VALUE_FLAGS)


VENDOR_PHRASES = ("weights & biases", "weights and biases", "w&b", "w & b")
"""Vendors written in more than one word or with a symbol (the scanner's prose follower reads
the two words before a key's noun): ``the Weights & Biases key ... V`` (session 19)."""


def vendor_phrase_before(text: str) -> bool:
    """``text`` (what precedes a key's noun) ends with a vendor's name of several words."""
    return text.rstrip().lower().endswith(VENDOR_PHRASES)


def names_vendor(name: str) -> bool:
    """An identifier with a vendor's name among its words (``AZURE_OPENAI_API_KEY``,
    ``WANDB_API_KEY``): the key it names is that vendor's, whatever its shape."""
    return any(w in VENDOR_NAMES for w in name_words(name))


VENDOR_WORDS = frozenset(v.encode() for v in VENDOR_NAMES if v.isalpha())
"""The one-word vendor names as the scanner's word mask shows them: four gate sets read them
(``prose``, ``carriers``), built once here (~50 µs of start-up each)."""

_PLACEHOLDER_WORDS = frozenset(
    (
        "changeme", "change_me", "changeit", "change-me", "password", "passwd", "secret", "token",
        "key", "apikey", "api_key", "redacted", "removed", "hidden", "masked", "omitted", "elided",
        "scrubbed", "censored", "example", "sample", "dummy", "placeholder", "test", "testing", "none",
        "null", "nil", "undefined", "true", "false", "yes", "no", "on", "off", "required", "optional",
        "empty", "todo", "tbd", "fixme", "foo", "bar", "baz", "qux", "string", "str", "bytes", "int",
        "value", "default", "unset", "notset", "not_set", "not-set", "missing", "unknown", "secretstr",
        "optional[str]", "anonymous", "guest", "admin", "root", "user", "username", "bearer", "basic",
        "token_here", "your_token", "your-token", "yourtoken", "mypassword", "my_password"
    )
)

_PLACEHOLDER_FRAGMENTS = (
    "xxxx",
    "****",
    "....",
    "your",
    "-here",
    "_here",
    "here>",
    "example",
    "placeholder",
    "redacted",
    "dummy",
    "sample",
    "changeme",
    "change_me",
    "change-me",
    "changeit",
    "replace",
    "insert",
    "fake",
    "not-a-real",
    "notreal",
    "not_real",
    "dontuse",
    "do-not-use",
    "${",
    "{{",
    "}}",
    "secrets.",
    "env.",
    "environ",
    "getenv",
    "env::var",
    "process.env",
    "vault:",
    "op://",
    "ssm:",
    "secretsmanager",
    "keyring",
    "0000000000",
    "1234567890",
    "123456789",
    "abcdefghij",
    "abcdefgh",
    "aaaaaa",
    "zzzzzz",
)

_CLOSERS = {"<": ">", "{": "}", "[": "]", "(": ")"}
_IDENT = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.:-")
_REFERENCE_PREFIXES = ("./", "../", "file:", "env:", "ref+", "arn:", "http://", "https://",
                       "awskms:", "gcpkms:", "azurekms:", "hashivault:", "k8s://", "pkcs11:",
                       "gitlab://", "gcpkms:", "sigstore:")
"""Where a value is fetched from, not the value: paths, URLs, and the key references of
signing tools (cosign ``--key awskms:///alias/x``, ``k8s://ns/secret``, ``pkcs11:``)."""
_PLACEHOLDER_PREFIXES = ("test", "dummy", "fake", "example", "sample", "mock", "xxx", "your")

_VOWELS = frozenset("aeiouy")
_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_DIGIT = frozenset("0123456789")
_HEX = frozenset("0123456789abcdef")
_SEPARATORS = str.maketrans({c: " " for c in "-_./:+=,@&"})

# Last words of a name that make it metadata about a secret, not the secret.
_NOT_SECRET_LAST = frozenset(
    (
        "id", "ids", "name", "names", "path", "paths", "file", "files", "dir", "url", "uri", "urls",
        "type", "types", "len", "length", "size", "count", "counts", "ttl", "expiry", "expires",
        "expiration", "exp", "at", "var", "vars", "ref", "refs", "header", "headers", "field",
        "fields", "hint", "prefix", "suffix", "version", "versions", "format", "policy", "scope",
        "scopes", "limit", "limits", "endpoint", "host", "port", "user", "username", "usage", "used",
        "budget", "regex", "pattern", "enabled", "disabled", "required", "rotation", "rotated",
        "created", "updated", "source", "provider", "store", "kind", "label", "description", "desc",
        "param", "params", "arn", "location", "manager", "fingerprint", "hash", "hashes", "digest",
        "schema", "mode", "method", "algorithm", "alg", "index", "idx", "list", "map", "set", "tokens",
        "keys", "secrets", "tokenizer", "reset", "strength", "prompt", "placeholder", "min", "max",
        "mask", "masked", "generator", "validator", "validation", "check", "rule", "rules", "filter",
        "holder", "bucket", "env", "request", "requests", "response", "length_limit",
        "lifetime", "age", "timeout", "issuer", "audience", "aud", "iss", "type_", "class", "spec",
        "config", "settings", "option", "options", "flag", "cmd", "command", "script", "field_name",
        "column", "table"
    )
)
_VALUE_SUFFIX_WORDS = frozenset(
    ("value", "string", "str", "b64", "base64", "raw", "hex", "plain", "plaintext", "data",
     "literal", "text")
)
_BENIGN_KEY_QUALIFIERS = frozenset(
    (
        "public", "pub", "primary", "foreign", "sort", "partition", "cache", "idempotency", "dedup",
        "dedupe", "unique", "composite", "lookup", "hash", "map", "row", "group", "routing", "shard",
        "object", "s3", "registry", "i18n", "translation", "hot", "short", "cursor", "next", "page",
        "pagination", "continuation", "range", "hash_key", "sort_key", "dict", "json", "yaml",
        "config", "settings", "env", "label", "metric", "metrics", "feature", "flag",
        "translation_key", "storage_path", "ssh_public", "gpg_public", "verify", "verification",
        "publishable"
    )
)
NOT_A_SECRET_KEY = _BENIGN_KEY_QUALIFIERS | {"file", "project", "workspace", "site", "app_id",
                                             "model", "design", "doc", "document", "event"}
"""A word right before ``key`` that makes it an identifier whatever the vendor."""
_PROMOTING_WORDS = frozenset(
    (
        "api", "secret", "access", "private", "auth", "client", "account", "master", "license",
        "signing", "encryption", "admin", "service", "deploy", "app", "bot", "webhook", "consumer",
        "session", "storage", "shared", "sas", "subscription", "hmac", "jwt", "merchant"
    )
)


def entropy(value: str) -> float:
    """Shannon entropy in bits per character."""
    n = len(value)
    if not n:
        return 0.0
    # Counter counts in C, in first-occurrence order, so the sum adds the same terms in the same
    # order as a plain loop would (thresholds compare this float exactly)
    return -sum((c / n) * log2(c / n) for c in Counter(value).values())


def char_classes(value: str) -> int:
    """How many of lower, upper, digit and other characters the value uses."""
    chars = set(value)
    n = 0
    if chars & _LOWER:
        n += 1
    if chars & _UPPER:
        n += 1
    if chars & _DIGIT:
        n += 1
    if chars - _LOWER - _UPPER - _DIGIT:
        n += 1
    return n


def is_uuid(value: str) -> bool:
    """8-4-4-4-12 hex, any version."""
    if len(value) != 36:
        return False
    parts = value.lower().split("-")
    return [len(p) for p in parts] == [8, 4, 4, 4, 12] and all(set(p) <= _HEX for p in parts)


def is_placeholder(value: str, references: bool = True) -> bool:
    """``${X}``, ``<token>``, ``changeme``, ``xxxx``, ``your-api-key-here`` and friends.

    With ``references`` (the default, for assigned values) a value that starts like a variable,
    a path or an expression (``$X``, ``%X%``, ``/run/secrets/x``, ``(...)``) counts too; token
    bodies after a known prefix pass ``references=False`` since base64 may start with ``/``.
    """
    v = value.strip().strip("\"'`")
    if not v:
        return True
    bracketed = v[0] == "<" and v[-1] == ">" and _bracketed_secret(v[1:-1])
    if references and _is_reference(v) and not bracketed:
        return True
    lv = v.lower()
    if lv in _PLACEHOLDER_WORDS or lv.startswith(_REFERENCE_PREFIXES):
        return True
    if lv.startswith(_PLACEHOLDER_PREFIXES) and _cased(v[:8], lv[:8]):
        return True
    if ("<" in v or ">" in v) and not (bracketed or _lone_angle(v)):
        return True  # <token>, here>, a->b, x>=3: a template, an arrow or a comparison
    if any(map(lv.__contains__, _PLACEHOLDER_FRAGMENTS)):  # the usual answer, found in C
        for f in _PLACEHOLDER_FRAGMENTS:
            if f in lv and (f in v or f.upper() in v or f.capitalize() in v):
                return True  # "your-key", "YOUR_KEY", "YourKey"; random "fAKe" is no placeholder
    return len(set(lv)) <= 3


_ANGLE = frozenset("<>")
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_ANGLE_PAIRS = ("->", "=>", ">=", "<=", "<<", ">>", "</", "/>", "<-", "<>")


def _lone_angle(v: str) -> bool:
    """A ``<`` or ``>`` that is one of a generated password's symbols (``6DWNEW[DpkG7<MryOts``,
    ``DrLTpc]zVciB>KoNFIf``), not a template's ``<name>``: mixed case and a digit or another
    symbol, at least ten characters, and no ``<`` closed by a later ``>`` round a word, no arrow or comparison. A
    password generator draws ``<``/``>`` as often as ``!``; a placeholder writes them as a pair."""
    if len(v) < 10 or any(p in v for p in _ANGLE_PAIRS) or not (
        any(c.isupper() for c in v) and any(c.islower() for c in v)
        and (any(c.isdigit() for c in v) or len(set(v) - _ANGLE - _WORD_CHARS) >= 1)
    ):
        return False
    opened = v.find("<")
    if opened >= 0:
        closed = v.find(">", opened)
        if closed > opened and is_wordy(v[opened + 1 : closed].replace(" ", "-")):
            return False  # <your-key>, <TOKEN>: a slot to fill in
    return not (v[0] == "<" or v[-1] == ">")


def _bracketed_secret(inner: str) -> bool:
    """``<76e56557cf1639be3192e238d9857cfc>``: a value pasted inside the angle brackets of a
    template (``NAME = <value>``), not a slot's name: 24+ hex digits with letters and digits, or
    20+ random characters with a digit. A slot is a word (``<token>``, ``<your-key>``)."""
    if len(inner) < 20 or not inner.isascii() or not inner.replace("-", "").replace("_", "").isalnum():
        return False
    if not any(c.isdigit() for c in inner) or not any(c.isalpha() for c in inner):
        return False
    if len(inner) >= 24 and set(inner.lower()) <= _HEX:
        return True
    return looks_random(inner, 20) and not is_wordy(inner)


def _cased(v: str, lv: str) -> bool:
    """``v`` is lower, upper or Title case (as placeholders are), not random mixed case."""
    return v == lv or v == lv.upper() or v == lv.capitalize()


def _looks_like_path(v: str) -> bool:
    """``/run/secrets/db``, ``~/.ssh/id_rsa``, ``\\\\share\\x``: every piece reads as a word (a
    random ``/Zk8q2!xR`` or base64 ``/8aZ+...`` starts like a path but is not one)."""
    parts = [p for p in v.replace("\\", "/").split("/") if p and p != "~"]
    if not parts:
        return True
    if len(parts) == 1 and not (parts[0].islower() or "." in parts[0]):
        return False  # /etc, /tmp, ~/.netrc read as paths; /hIhkpYr64 does not
    return all(_path_part(p) for p in parts)


def _path_part(part: str) -> bool:
    if part in (".", "..", "*", "**"):
        return True
    return all(_wordy_part(x) or is_algorithm(x)  # ~/.ssh/id_ed25519
               for x in part.replace("-", ".").replace("_", ".").split(".")) and (
        part.replace("-", "").replace("_", "").replace(".", "").isalnum() or "*" in part
    )


def _is_reference(v: str) -> bool:
    """``$VAR``, ``${X}``, ``$(cmd)``, ``%VAR%``, ``<token>``, ``{{x}}``, ``!secret x``, a path."""
    first = v[0]
    if first in "/~\\":
        return _looks_like_path(v)
    closer = _CLOSERS.get(first)
    if closer is not None:
        return closer in v
    if first == "%":
        return v.endswith("%") or v[1:2] == "("
    if first in "$@&!":
        rest = v[2:] if v[:2] == "$$" else v[1:]  # docker-compose writes a literal $ as $$
        head, slash, tail = rest.partition("/")
        if slash and first == "$" and _env_var(head) and _looks_like_path(tail):
            return True  # $BASE_URL/health, $HOME/.ssh/id_rsa: a variable and a path under it
        if first == "!" and any(c.isdigit() for c in rest) and rest[:1] not in ("{", "("):
            return False  # a YAML tag (!Ref, !GetAtt X.Arn) has no digit: !QSYS-Ib9X is a password
        return rest[:1] in ("{", "(") or (
            bool(rest) and set(rest) <= _IDENT and any(c.isalpha() for c in rest)
        )
    return False


_ENV_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def _env_var(name: str) -> bool:
    """A shell variable's conventional name: upper case, digits and ``_``, not a digit first."""
    return bool(name) and not name[0].isdigit() and set(name) <= _ENV_CHARS

_SHAPE = str.maketrans(
    {c: ("v" if c in "aeiouy" else "c") for c in "abcdefghijklmnopqrstuvwxyz"}
    | {c: ("U" if c in "AEIOUY" else "L") for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
)
"""Letters to their shape: v/c for lower vowels (y counts)/consonants, U/L for upper ones."""
_CASE = str.maketrans("vcUL", "llUU")
"""Shape to case: l for lower, U for upper; a camelCase boundary is an "lU" pair."""


def _wordy_part(part: str) -> bool:
    """A piece of an identifier: a word, an acronym, a short number or a version-ish token."""
    if not part:
        return True
    if part.isdigit():
        return len(part) <= 8
    if part.isalpha():
        if not part.isascii():
            return True
        shape = part.translate(_SHAPE)
        case = shape.translate(_CASE)
        # words are lower, UPPER, Title or camelCase; random letters put a lone lowercase
        # letter between capitals ("DaX") or end a capital run with one ("ODd", but "IDs")
        if "UlU" in case or (case.endswith("UUl") and not part.endswith("s")):
            return False
        if case.count("lU") > max(2, len(part) // 7):
            return False
        if len(part) <= 3:
            return True
        low = shape.replace("U", "v").replace("L", "c")
        return low.count("v") / len(part) >= 0.2 and "ccccc" not in low
    # letters then a few digits (py311, sha256, v2) or digits then letters (10ms, 4xx)
    i = 0
    while i < len(part) and part[i].isalpha():
        i += 1
    if 0 < i < len(part) and part[i:].isdigit() and len(part) - i <= 3:
        return _wordy_part(part[:i])
    j = 0
    while j < len(part) and part[j].isdigit():
        j += 1
    if 0 < j <= 2 and part[j:].isalpha() and len(part) - j >= 5:
        return _wordy_part(part[j:])  # 1Password, 2FA-style names
    tail = part[j:]
    return (0 < j < len(part) and tail.isalpha() and len(part) - j <= 4 and j <= 4
            and not any(a.islower() and b.isupper() for a, b in pairwise(tail)))
    # (a unit or suffix is lower, UPPER or Title: 10ms, 4xx, 2FA, 5Gb; never "399wN")


def is_wordy(value: str) -> bool:
    """True when every piece of the value reads as words, acronyms or short numbers."""
    parts = value.translate(_SEPARATORS).split()
    return all(_wordy_part(p) for p in parts)


def looks_vendor_secret(value: str) -> bool:
    """A value named as a vendor's key: long, one piece, not a placeholder, random-looking
    even if it is only hex or a UUID."""
    v = _strip_value(value)
    if len(v) < 20 or " " in v or is_placeholder(v) or is_wordy(v) or _is_reference(v):
        return False
    if "://" in v or v[0] in "@$%{<" or any(c in v for c in "=({["):
        return False  # a URL, a reference or a call, not the key itself
    return looks_secret(v, STRONG) or entropy(v) >= 3.0


def is_passphrase(value: str) -> bool:
    """Three or more words joined by ``-``, ``_`` or ``.`` with a number in the last
    (``tundra-violet-walrus19``): the shape password managers and admins give passphrases. It
    reads as words, yet a version or a name never ends in a word glued to two digits after two
    other words (``release-notes-v2`` has one digit after a single letter)."""
    parts = value.replace("_", "-").replace(".", "-").split("-")
    if len(parts) < 3 or not all(parts):
        return False
    last = parts[-1]
    digits = len(last) - len(last.rstrip("0123456789"))
    head = last[: len(last) - digits]
    words = all(p.isalpha() and p.isascii() and len(p) >= 3 for p in parts[:-1])
    if digits == 1 and words and "-" not in value and head.isalpha() and head.islower() and (
        all(len(p) >= 4 and p.islower() for p in (*parts[:-1], head))
    ):  # mango.cedar.tundra3: three words of four letters or more and a digit (a name with
        # one digit is written with "-": build-cache-step2, web-prod-node1)
        return head not in _HOST_LAST and not any(p in _PHRASE_STOPWORDS for p in parts[:-1])
    return (
        words
        and 2 <= digits <= 4 and (head == "" or (head.isalpha() and len(head) >= 3))
        and (head != "" or len(parts) >= 4)
    )


def looks_like_words(value: str) -> bool:
    """No digit and every piece reads as a word: ``tokens-are-per-project``, ``CompatLayer``."""
    return not any(c.isdigit() for c in value) and is_wordy(value)


def looks_random(value: str, min_len: int = 16) -> bool:
    """A token body that is random: long, not made of words, varied characters."""
    if len(value) < min_len or is_placeholder(value, references=False):
        return False
    if is_wordy(value):
        return False
    return len(set(value)) >= min(10, len(value) // 2) and entropy(value) >= 3.0


def _is_number(value: str) -> bool:
    stripped = value.replace(".", "").replace(",", "").replace(":", "").replace("_", "")
    return stripped.lstrip("+-").isdigit()


def _strip_value(value: str) -> str:
    v = value.strip().strip("\"'`")
    while v and v[-1] in ".,;:!?)]}":
        v = v[:-1]
    return v


_DIGEST_PREFIXES = ("sha1:", "sha256:", "sha384:", "sha512:", "md5:", "sha1-", "sha256-",
                    "sha384-", "sha512-", "blake2b:", "blake3:", "xxh64:", "crc32:", "git-")
_CROCKFORD = frozenset("0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def _random_id_part(part: str) -> bool:
    """A hash, UUID, ULID, or a counter: the random tail of an id with a readable prefix."""
    if len(part) >= 7 and set(part.lower()) <= _HEX:
        return True
    return _ulid(part) or part.isdigit() or is_uuid(part)


def _ulid(part: str) -> bool:
    """26 characters of Crockford's base32 (upper case, no I, L, O, U): a ULID's shape."""
    return len(part) == 26 and set(part) <= _CROCKFORD


def is_benign_id(value: str) -> bool:
    """An id or digest that reads as one: a digest prefix (``sha256:...``), a UUID or ULID, or a
    readable prefix followed by hex, ULID or UUID parts (``ruff-linux-x86_64-3f9c2a...``,
    ``app:order:01HZX3K9Q8...``): cache keys and ids, which a bare ``key`` often names."""
    if value[:3] in ('W/"', "W/'"):
        value = value[3:].rstrip("\"'")  # an HTTP entity tag's weak validator: W/"<digest>"
    elif value[:1] in "\"'`" and value[-1:] not in "\"'`":
        value = value[1:]  # the opening quote of an id cut from its string ("<hex>)
    elif value[:1] == "-" and len(value) >= 9 and set(value[1:].lower()) <= _HEX:
        value = value[1:]  # the tail of an id quoted as a suffix ("the arn ends in -3f9c...")
    if "=" in value and id_setting(value):
        return True  # request_id=req_..., kid=...: a log field named as an id
    low = value.lower()
    if low.startswith(_DIGEST_PREFIXES) or is_uuid(value) or (
        value[:1] == "{" and value[-1:] == "}" and is_uuid(value[1:-1])
    ):
        return True  # a Windows-style GUID in braces (a browser export's row id) too
    if len(value) >= 7 and set(low) <= _HEX and (value == low or value == value.upper()):
        return True  # a commit, a digest, a trace id
    if _ulid(value):
        return True
    parts = [p for p in value.replace(":", "-").replace("/", "-").replace("_", "-")
             .replace(".", "-").split("-") if p]
    if len(parts) < 2:
        return False
    rest = [p for p in parts if not _wordy_part(p)]
    if not rest or len(rest) == len(parts):
        return False
    if not any(p.isalpha() and len(p) >= 3 for p in parts) and (
        sum(p.isalpha() and len(p) >= 2 for p in parts) < 2
    ):
        return False  # a readable prefix: one word of three letters or two of two (uv-go-)
    if all(_random_id_part(p) for p in rest):
        return True
    joined = "-".join(rest)
    return is_uuid(joined)


_PUBLIC_PREFIXES = ("pk_live_", "pk_test_", "phc_", "pk.eyJ", "ssh-ed25519", "ssh-rsa", "ecdsa-",
                    "AAAAB3NzaC1", "AAAAC3NzaC1", "AAAAE2VjZHNh", "AAAAB3Nza", "AAAAC3Nza",
                    "age1", "npub1", "live_ck_", "test_ck_", "live_gck_", "test_gck_",
                    "xnd_public_", "pkey_", "Mid-client-", "SB-Mid-client-", "FLWPUBK",
                    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A", "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE",
                    "MCowBQYDK2VwAyEA")
"""Public keys: an ssh key's base64 blob, an age recipient, publishable payment keys (and,
session 23, the client keys of Toss Payments, Xendit, Omise, Midtrans and Flutterwave, which
their checkout scripts put in the browser), the base64 DER of an RSA, P-256 or Ed25519 public
key (Alipay's and WeChat Pay's platform keys are pasted as that one string)."""


_ALGORITHM_HEADS = ("argon2", "bcrypt", "scrypt", "pbkdf2", "sha", "md5", "aes", "rsa", "ed25519",
                    "ed448", "x25519", "blake2", "blake3", "chacha20", "hmac", "crc32", "xxh",
                    "murmur", "des", "ecdsa", "secp", "p256", "p384", "salsa20", "yescrypt")


def is_algorithm(value: str) -> bool:
    """A hash, cipher or KDF name (``argon2id``, ``sha-256``, ``aes-256-gcm``, ``hmac-sha512``):
    what a sentence about a password says it is stored with, never the password."""
    v = value.lower().strip("()[],.;:")
    if not v.startswith(_ALGORITHM_HEADS) or len(v) > 24:
        return False
    return all(part.isalnum() for part in v.replace("-", " ").replace("_", " ").split())


_MEDIA_DATA = ("data:image/", "data:font/", "data:audio/", "data:video/")
_KEY_FILE_EXTENSIONS = frozenset(("pub", "asc", "gpg", "pgp", "sig", "crt", "cer", "pem", "der",
                                  "key", "keys", "p12", "pfx", "jks", "csr", "json", "txt"))
_HEX_UPPER = frozenset("0123456789ABCDEF")


def is_public_data(value: str) -> bool:
    """A value that holds or names public data, whatever name it is assigned to: a data URL of
    an image, font or sound (``data:image/png;base64,...``: random-looking, never a secret), a
    key or certificate *file name* (``cosign.pub``, ``release.asc``: the file, not its
    contents), or an image reference pinned by digest (``ghcr.io/a/b@sha256:<hex>``)."""
    low = value.lower()
    if low.startswith(_MEDIA_DATA) and ";base64," in low[:64]:
        return True
    stem, dot, ext = value.rpartition(".")
    if dot and ext in _KEY_FILE_EXTENSIONS and stem and _path_part(stem.rsplit("/", 1)[-1]) and (
        "/" not in stem or _looks_like_path("/" + stem)
    ):
        return True
    ref, at, digest = value.partition("@sha256:")
    return bool(at) and len(digest) == 64 and set(digest) <= _HEX and "/" in ref and all(
        _path_part(p) for p in ref.replace(":", "/").split("/") if p)


def is_key_fingerprint(name: str, value: str) -> bool:
    """An OpenPGP fingerprint or key id under a name that says so (``GPG_KEY``,
    ``gpg_fingerprint``, ``signing_key`` for a 40-digit upper-case fingerprint, as gpg prints
    it): public, published on key servers. Hex under other names stays a secret's shape."""
    bare = value.replace(" ", "")
    if len(bare) not in (8, 16, 40, 64) or not set(bare.upper()) <= _HEX_UPPER:
        return False
    words = set(name_words(name))
    if words & {"gpg", "pgp", "fingerprint", "keyid", "openpgp", "gnupg"}:
        return True
    if "signingkey" in words:  # git config user.signingkey <key id>: always a gpg key id
        return set(bare) <= _HEX_UPPER
    return "signing" in words and len(bare) == 40 and set(bare) <= _HEX_UPPER


def base64_json(value: str) -> str | None:
    """The text a base64 (or base64url) value decodes to, if it is a JSON object or array
    (pagination cursors, encoded public metadata); None otherwise. The caller still scans
    the decoded text: docker's base64 ``{"auths": ...}`` decodes to JSON too."""
    v = value.rstrip("=")
    if len(v) < 16 or v[0] not in "eW":  # "{" and "[" encode to a first "e" and "W"
        return None
    v = v.replace("-", "+").replace("_", "/")
    import binascii  # here: a shared library, needed only for a candidate

    try:
        text = binascii.a2b_base64(v + "=" * (-len(v) % 4), strict_mode=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    text = text.strip()
    if text[:1] not in "{[" or not text.replace("\n", " ").isprintable():
        return None
    import json

    try:
        json.loads(text)
    except ValueError:
        return None
    return text


def _unread_word(v: str) -> bool:
    """A word of letters whose non-ASCII letters the scanner's ASCII view shows as ``?``
    (``geh?rt`` for gehört, ``contrase?a``): each ``?`` run sits between letters and there
    is no digit, so it is a word of another language, not a password's symbol."""
    if "?" not in v or not v.replace("?", "").isalpha() or not v[1:].replace("?", "").islower():
        return False  # (a word's case: only its first letter may be a capital)
    return v[0] != "?" and v[-1] != "?"


def _unread_phrase(v: str) -> bool:
    """Words of another language with spaces between them, their letters outside ASCII shown as
    ``?`` (``Vui l?ng nh?p m?t kh?u``, ``?ifrenizi girin``, ``Prosz? poda? has?o``): an i18n
    catalogue's prompt for a password, never the password. Each piece is letters and ``?`` with
    two letters or more and no capital after its first character (or a lone ``?``, a question
    mark); none holds a digit. (Session 22.)"""
    pieces = v.split()
    if len(pieces) < 2 or any(c.isdigit() for c in v) or "?" not in v:
        return False
    for piece in pieces:
        if piece == "?":
            continue
        body = piece.rstrip(".,:;!")
        letters = body.replace("?", "")
        if not letters.isalpha() or len(letters) < 2 or not body[1:].replace("?", "").islower():
            return False
    return True


def _is_id_or_prose(v: str) -> bool:
    """A ULID of this era (26 Crockford base32 characters starting ``0``: an id's timestamp; no
    credential format uses that alphabet, and a base32 TOTP seed has no ``0``), or a value with
    two or more CJK characters (a sentence glued to the name in Chinese or Japanese prose:
    ``auth\u7684Pod\u6bcf93\u5206\u949f``; no credential format holds them)."""
    if len(v) == 26 and v[0] == "0" and _ulid(v):
        return True
    if v.isascii():
        return False
    return sum("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in v) >= 2


_PASS_ARG_SOURCES = ("env:", "file:", "fd:")
"""Heads of an openssl pass phrase argument that name a source (``-passin file:pw.txt``)."""


def looks_secret(value: str, cls: str, strict: bool = False) -> bool:
    """Judge a value assigned to a name of class ``cls``; ``strict`` for prose (``is``)."""
    v = _strip_value(value)
    if v.lower().startswith(_PASS_ARG_SOURCES):
        return False  # openssl's -passin env:VAR, file:path, fd:3: where the password is read
    if v[:5].lower() == "pass:":  # openssl's -passout pass:V: the password is what follows
        v = v[5:]
    if cls in (PASSWORD, STRONG) and salt_shaped(v):
        return True  # brackets and angles inside are its alphabet, not a template's
    if not v or is_placeholder(v) or _is_number(v) or v.startswith(_PUBLIC_PREFIXES):
        return False
    if is_field_list(v):
        return False  # a CSV row's rest read as one value (login,Router,,,0,https://...)
    if value[:1] == "{" and is_uuid(v):
        return False  # {uuid}: a record's GUID (a browser export's guid column), not a secret
    if value[:1] in "[<" and is_placeholder(value.strip()):
        return False  # [FILTERED], <redacted>: the closer is part of the placeholder
    if value[:1] == "{" and value.rstrip()[-1:] == "}" and is_placeholder(value.strip()[1:-1]):
        return False  # {env:OPENAI_API_KEY}, {file:~/.secrets/x}: opencode's substitutions
    inner = v.strip("()")
    if value[:1] == "(" and inner and ((inner.isalpha() and inner.islower()) or is_wordy(inner)):
        return False  # "(string)", "(mounted by compose)": a parenthesis about the name
    if is_public_data(v) or _is_id_or_prose(v) or not_a_value(value, v):
        return False
    if _names_a_secret(v) or (strict and is_algorithm(v)):
        return False
    n = len(v)
    classes = char_classes(v)
    if strict and (classes < 2 or n < 8 or not (any(c.isdigit() for c in v) or classes >= 3)):
        return False
    if cls == PASSWORD:
        if n < 6 or _unread_word(v) or _unread_phrase(v):
            return False
        if is_word_passphrase(v) or is_generated_password(v):
            return True
        if v.isalpha() and is_wordy(v):
            return False
        if " " in v and is_wordy(v):
            return False
        if classes >= 2 and not is_wordy(v.replace("-", "").replace("_", "")):
            return True
        if classes >= 3:
            return True
        return n >= 12 and entropy(v) >= 3.3 and not is_wordy(v)
    if cls == STRONG:
        if n < 10 or " " in v:
            return False
        if is_wordy(v):
            return False
        h = entropy(v)
        if n >= 16 and h >= 3.0:
            return True
        return classes >= 3 and h >= 2.8
    if cls == KEY:
        if n < 20 or " " in v or is_wordy(v) or is_benign_id(v):
            return False
        if set(v.lower()) <= _HEX:
            return False
        return classes >= 2 and entropy(v) >= 3.5
    return False


_DIRECTIONS = frozenset(("north", "south", "east", "west", "central", "northeast", "northwest",
                         "southeast", "southwest", "mid"))
"""The middle word of a cloud region's name (``us-west-2``, ``europe-west4``)."""
_PGP_MESSAGE_HEADS = ("wcFMA", "wcBMA", "wcDMA", "hQEMA", "hQIMA", "hQGMA")
"""Base64 of an OpenPGP public-key-encrypted session key packet, the first packet of a message
encrypted *to* a recipient (Renovate's ``encrypted`` config, a ``.gpg`` blob pasted as text):
only the recipient's private key opens it, which is why tools tell users to commit it."""
_LEAD_DASHES = ("\u2014", "\u2013", "- ", "-- ", "? ")
"""A dash that opens a remark (``? `` in the scanner's ASCII view of an em dash)."""


def not_a_value(raw: str, v: str) -> bool:
    """Text in a value's place that no credential has the shape of: a date and time, a cloud
    region, a digest named by its algorithm (``sha256:5a66...``: a key's hash, logged instead of
    it), an OpenPGP message encrypted to a recipient, a word in Markdown emphasis
    (``**Settings``), or prose after a dash (``password =`` then ``\u2014 goes in the vault``)."""
    if is_timestamp(v) or v.startswith(_PGP_MESSAGE_HEADS):
        return True
    low = v.lower()
    if low.startswith(_DIGEST_PREFIXES):
        body = low.split(":", 1)[-1] if ":" in low else low.split("-", 1)[-1]
        if len(body) >= 8 and set(body) <= _HEX:
            return True
    core = v.strip("*_")
    if v[:1] in "*_" and core.replace("?", "").isalpha() and (is_wordy(core) or _unread_word(core)):
        return True
    lead = raw.lstrip()
    if lead.startswith(_LEAD_DASHES):
        rest = lead.lstrip("\u2014\u2013-? ")
        if len(rest.split()) >= 2 and is_wordy(rest):
            return True
    if masked(v):
        return True
    return v[:1].islower() and len(v) <= 18 and is_region(v)


_MASKS = ("...", "***", "\u2026")


def masked(v: str) -> bool:
    """A value shown masked, the way CLIs and consoles print a key they will not repeat: a short
    head, an ellipsis or stars, and at most six characters of its end (``sk-...RL0o``,
    ``ghp_****a1b2``). What is left is too short to be used, and no generator puts an ellipsis
    inside a credential."""
    for mark in _MASKS:
        head, sep, tail = v.partition(mark)
        if sep:
            tail = tail.lstrip(mark[0])
            return len(head) <= 12 and len(tail) <= 6 and mark not in tail
    return False


_MASK_TOKEN_CHARS = frozenset("*\u2022\u25cf\u00b7xX#")
_MASK_TOKEN_WORDS = frozenset(("[masked]", "<masked>", "[redacted]", "<redacted>", "(redacted)",
                               "[hidden]", "<hidden>", "[secure]", "[filtered]", "(sensitive",
                               "[sensitive]", "<sensitive>", "[secret]", "<secret>"))


def masked_token(token: str) -> bool:
    """A value a runner or a console printed masked (``***``, ``[MASKED]``, ``<redacted>``,
    ``\u2022\u2022\u2022\u2022``, ``xxxx``, ``(sensitive value)``): the name's value is this token,
    so a later token on the line is another field's (``token ****, lease_id: V``), never it."""
    t = token.strip(",;:.'\"`")
    if t.lower() in _MASK_TOKEN_WORDS:
        return True
    return len(t) >= 3 and set(t) <= _MASK_TOKEN_CHARS and (len(set(t)) == 1)


def is_region(v: str) -> bool:
    """A cloud region or zone: ``us-west-2``, ``us-gov-west-1``, ``ap-northeast-1`` (AWS),
    ``europe-west4``, ``us-central1-a`` (Google): where a call goes, never a secret."""
    parts = v.split("-")
    if parts[-1].isalpha() and len(parts[-1]) == 1 and len(parts) >= 3:
        parts = parts[:-1]  # a zone's letter
    if len(parts) == 2:  # europe-west4
        head, tail = parts
        word = tail.rstrip("0123456789")
        return head.isalpha() and word in _DIRECTIONS and word != tail
    if len(parts) in (3, 4) and parts[-1].isdigit() and len(parts[0]) == 2 and parts[0].isalpha():
        return parts[-2] in _DIRECTIONS and (len(parts) == 3 or parts[1] == "gov")
    return False


def _names_a_secret(v: str) -> bool:
    """An environment variable's or a property's name that itself names the secret
    (``ORG_GRADLE_PROJECT_signingPassword``): the text says where the value is read from. Words
    joined by ``_`` (each of one case, or camelCase), no digit, and a secret word last."""
    if v.count(".") >= 2 and _secret_property_path(v):
        return True
    if "_" not in v or not v.replace("_", "").isalpha() or not v.isascii():
        return False
    return classify_name(v) is not None and is_wordy(v)


def _secret_property_path(v: str) -> bool:
    """A template's or a config's property path that names where a secret is kept
    (``.Values.db.passwordSecretRef``, ``spring.datasource.password``): three or more pieces of
    letters joined by dots, read as words, one of them a camelCase compound or a secret's name.
    A passphrase of dotted words (``oyster.kestrel.nebula``) has neither."""
    pieces = v.strip(".").split(".")
    if len(pieces) < 3 or not all(p.isalpha() and p.isascii() for p in pieces) or not is_wordy(v):
        return False
    return any(classify_name(p) is not None for p in pieces) or any(
        any(a.islower() and b.isupper() for a, b in pairwise(p)) and (
            "pass" in p.lower() or "secret" in p.lower() or "token" in p.lower())
        for p in pieces)


def salt_shaped(v: str) -> bool:
    """40+ characters drawn from all of printable ASCII (WordPress's AUTH_SALT, a generated
    secret key): every class, a fifth or more symbols, high entropy, no blank. A template or a
    JSON snippet has words and blanks; this has neither."""
    if len(v) < 40 or " " in v or char_classes(v) < 4:
        return False
    symbols = sum(not c.isalnum() for c in v)
    return symbols * 5 >= len(v) and entropy(v) >= 4.6 and not _rx_word_run(v)


def _rx_word_run(v: str) -> bool:
    """A run of five or more lower-case letters that reads as a word (``unique``, ``phrase``):
    random text of this alphabet has such runs (``xhcbp``) but seldom spells one."""
    run: list[str] = []
    for c in v + " ":
        if "a" <= c <= "z":
            run.append(c)
            continue
        if len(run) >= 5 and is_wordy("".join(run)):
            return True
        run = []
    return False


_SOURCE_WORDS = frozenset(
    (
        "keychain", "keyring", "env", "environment", "vault", "1password", "onepassword", "op",
        "gh", "gh-cli", "sops", "ssm", "kms", "doppler", "infisical", "bitwarden", "pass",
        "secretsmanager", "secret-manager", "file", "stdin", "prompt", "ask", "none", "null",
        "unset", "disabled", "enabled", "true", "false", "oauth", "oauth2", "sso", "saml", "basic",
        "bearer", "token", "jwt", "apikey", "api-key", "api_key", "required", "optional",
    )
)
"""Values that say where a secret comes from or how it is used, never the secret itself."""


def named_secret(name: str, value: str) -> bool:
    """A field whose name says it holds a secret (``db.password``, ``stripe_api_key``) holds a
    credential unless the value clearly is not one: a placeholder or reference (``${X}``,
    ``${{ secrets.X }}``, ``op://``, ``vault:``), an env-var name, a file path, a short number,
    a source word (``keychain``), or, for token and key names, a plain lower-case phrase."""
    cls = classify_name(name)
    if cls is None:
        return False
    v = value.strip()
    if not v or is_placeholder(v) or _is_reference(v):
        return False
    low = v.lower()
    if low in _SOURCE_WORDS or low.startswith(("op://", "vault:", "awssm:", "gcpsm:", "sm://",
                                               "secret://", "keychain:", "env:", "file:")):
        return False
    if _is_env_name(v) or (v.isdigit() and len(v) < 6):
        return False
    if is_public_data(v) or is_key_fingerprint(name, v):
        return False
    if "/" in v and _looks_like_path("/" + v) and "." in v.rsplit("/", 1)[-1]:
        return False  # secrets/db.txt
    if cls == KEY:
        return looks_secret(v, cls)
    if cls == STRONG and " " not in v and v.islower() and looks_like_words(v) and len(v) < 24:
        return False  # gh-cli, from-keychain
    # a sentence about the secret is not the secret
    return not (" " in v and is_wordy(v) and len(v.split()) >= 3)


def _is_env_name(v: str) -> bool:
    bare = v[1:] if v[:1] == "$" else v
    return len(bare) >= 3 and bare.replace("_", "").isalnum() and bare == bare.upper() and (
        "_" in bare or bare.isalpha()
    ) and not any(c.isdigit() for c in bare[:1])


_NAME_SPLIT = str.maketrans({c: " " for c in "-_.:/+~$@'\"`[]{}() "})


def name_words(name: str) -> list[str]:
    """Split ``AWS_SECRET_ACCESS_KEY``, ``clientSecret``, ``x-api-key`` into lowercase words."""
    if name.islower() or name.isupper() or not name.isascii():
        return name.lower().translate(_NAME_SPLIT).split()
    words: list[str] = []
    cur: list[str] = []
    prev = ""
    for ch in name:
        if not ch.isalnum():
            if cur:
                words.append("".join(cur))
                cur = []
        elif ch.isupper() and prev.islower() and cur:
            words.append("".join(cur))
            cur = [ch]
        else:
            cur.append(ch)
        prev = ch
    if cur:
        words.append("".join(cur))
    return [w.lower() for w in words]


_PASSWORD_WORDS = frozenset(
    (
        "pass", "pw", "passe", "passwort", "kennwort", "senha",
        "clave", "wachtwoord", "haslo", "contrasena", "contrasenya",
        "parol", "parole", "wachtwoord", "losenord", "haslo", "salasana", "sifre", "heslo",
        "requirepass", "masterauth", "storepass", "keypass", "srcstorepass", "deststorepass",
        "srckeypass", "destkeypass", "passin", "passout", "pwd", "passwd", "passphrase",
        "login", "psk",
    )
)
"""Password names that are whole words: foreign words and compound flags (``-storepass``)."""
_NOT_PASSWORD_PASS = ("bypass", "compass", "encompass", "overpass", "underpass", "multipass",
                      "firstpass", "onepass", "surpass", "trespass", "subpass", "renderpass",
                      "highpass", "lowpass", "bandpass", "allpass")
_SECRET_WORD_NAMES = ("password", "passwd", "passphrase", "pwd", "secret", "token", "apikey",
                      "credential", "credentials", "creds")
_QUALIFIER_LAST = frozenset(
    (
        "base", "prod", "production", "staging", "stage", "dev", "development", "test", "live",
        "local", "ci", "main", "new", "old", "current", "next", "previous", "prev", "primary",
        "secondary", "backup", "default", "override", "v1", "v2", "v3", "1", "2", "3", "encrypted",
        "enc", "b64", "base64", "hex", "raw", "plain", "plaintext", "secret", "orig", "original",
        "rw", "ro", "admin", "root", "read", "write", "internal", "external", "global", "master",
        "android", "ios", "web", "mobile", "desktop", "macos", "windows", "linux",
    )
)
"""Last words that qualify a secret named before them (``SECRET_KEY_BASE``,
``DB_PASSWORD_PROD``, ``API_TOKEN_V2``) instead of naming something else about it."""


_SECRET_SEC_OWNERS = frozenset(("client", "app", "api", "consumer", "shared", "webhook", "signing",
                                 "jwt", "hmac", "oauth", "session"))
"""Owners of an abbreviated ``sec`` that make it a secret, not seconds (``clientSec``)."""
_PUBLIC_WORDS = frozenset(("public", "pub", "publishable", "verify", "verification"))
_BENIGN_TOKEN_QUALIFIERS = frozenset(
    ("pagination", "page", "continuation", "next", "cursor", "ring", "cancellation", "cancel",
     "resume", "sync", "lexer", "parser", "input", "output", "prompt", "completion", "special",
     "bos", "eos", "pad", "unk", "max", "context")
)
"""Words before ``token`` in prose that make it a position, a cursor or a unit of text, not a
credential (``pagination token``, ``hash ring token``, ``max tokens``). A compound name
(``page_token: V``) is still judged as a token: round 4 keeps random values there flagged."""


def classify_name(name: str, previous_word: str = "") -> str | None:
    """The class of a variable, key or flag name, or None when it does not name a secret."""
    words = name_words(name)
    while len(words) > 1 and words[-1] in _VALUE_SUFFIX_WORDS:
        words.pop()
    if not words or "public" in words or "publishable" in words:
        return None
    cls = _classify_last(words, previous_word)
    if cls is not None or len(words) < 2:
        return cls
    # a secret word earlier in the name, qualified by what follows (SECRET_KEY_BASE)
    if words[-1] in _QUALIFIER_LAST and words[-1] not in _NOT_SECRET_LAST:
        for cut in range(len(words) - 1, max(0, len(words) - 4), -1):
            cls = _classify_last(words[:cut], previous_word)
            if cls is not None:
                return cls
            if words[cut - 1] not in _QUALIFIER_LAST:
                break
    return None


def _classify_last(words: list[str], previous_word: str) -> str | None:
    last = words[-1]
    if last in _NOT_SECRET_LAST:
        return None
    if last.endswith(("password", "passwd", "passphrase", "pwd", "passcode")) or (
        last in _PASSWORD_WORDS
    ):
        return PASSWORD
    if last.endswith("pass") and not last.endswith(_NOT_PASSWORD_PASS) and len(last) <= 16:
        return PASSWORD
    if last.endswith(("passw", "pword")) or (last.endswith("pw") and 4 <= len(last) <= 12):
        return PASSWORD  # dbPassw, SVCPW, LDAPBINDPW: an abbreviated password ending a compound
    if last.endswith(("secret", "token", "apikey", "credential", "credentials", "creds")):
        if last.startswith("secretary"):
            return None
        if last in ("token", "tokens") and len(words) == 1 and (
            previous_word in _BENIGN_TOKEN_QUALIFIERS
        ):
            return None  # prose: a pagination token, a hash ring's token, max tokens
        return STRONG
    if last in ("auth", "authorization", "cred", "authtoken", "accesskey", "secretkey"):
        return STRONG
    if last in ("tok", "tkn") and len(words) >= 2:
        return STRONG  # apiTok, GH_TKN: an abbreviated token in a compound name only
    if last == "sec" and len(words) >= 2 and words[-2] in _SECRET_SEC_OWNERS:
        return STRONG  # clientSec, app_sec: an abbreviated secret (timeout_sec is seconds)
    if last == "salt" and len(words) >= 2 and words[-2] in ("auth", "in", "nonce", "password",
                                                             "secret", "session", "cookie",
                                                             "merchant", "payu"):
        return STRONG  # WordPress AUTH_SALT / NONCE_SALT, a password salt: a secret of the site
    if last in ("pat", "pats") and len(words) >= 2:
        return STRONG  # AZURE_DEVOPS_PAT, asana.pat: a personal access token (a bare "pat" is a name)
    if last == "key":
        if len(words) >= 2:
            if words[-2] in _BENIGN_KEY_QUALIFIERS:
                return None
            return STRONG
        if previous_word in _PROMOTING_WORDS:
            return STRONG
        if previous_word in _PUBLIC_WORDS:
            return None  # "minisign public key: RW...", "the verify key is ...": public
        if previous_word in NOT_A_SECRET_KEY:
            return None  # "Figma file key <id>", "cache key <digest>": an id, not a secret
        return KEY
    if last.endswith("key") and last not in (
        "monkey",
        "turkey",
        "whiskey",
        "hockey",
        "donkey",
        "jockey",
        "hotkey",
        "publickey",
        "pubkey",
        "primarykey",
        "sortkey",
        "hashkey",
        "cachekey",
        "passkey",
    ):
        return STRONG
    return None


def b64_contains(data: str, needle: bytes, limit: int = 96) -> bool:
    """Decode the start of a base64 string and look for ``needle`` in it."""
    chunk = data[: limit - limit % 4]
    chunk = chunk[: len(chunk) - len(chunk) % 4]
    import binascii  # here: a shared library, needed only for a candidate

    try:
        raw = binascii.a2b_base64(chunk)
    except (binascii.Error, ValueError):
        return False
    return needle in raw


def basic_pair(encoded: str) -> bool:
    """HTTP Basic credentials: ``encoded`` is strict base64 of ``user:password`` in printable
    ASCII, a user of 1-128 characters without a blank, and a password of 6+ characters with a
    digit or a symbol that is not a placeholder (``dXNlcjpwYXNzd29yZA==`` is user:password).
    One reading for the header (``carriers``) and the bare ``Basic <b64>`` (``vendors17``)."""
    import binascii  # here: a shared library (~0.3 ms of a CLI call), needed only for a candidate

    try:
        raw = binascii.a2b_base64(encoded + "=" * (-len(encoded) % 4), strict_mode=True)
        text = raw.decode("ascii")
    except (binascii.Error, ValueError):  # UnicodeDecodeError is a ValueError
        return False
    user, colon, password = text.partition(":")
    if not colon or not 1 <= len(user) <= 128 or " " in user or not text.isprintable():
        return False
    return len(password) >= 6 and not is_placeholder(password, references=False) and any(
        c.isdigit() or not c.isalnum() for c in password)


# ---------------------------------------------------------------------------------------------
# Round 5: the shape of a password given in prose, without a name beside it


_HOST_LAST = frozenset(
    ("com", "org", "net", "io", "dev", "internal", "local", "lan", "svc", "example", "corp",
     "cloud", "prod", "ops", "app", "home", "intra", "test", "staging", "stage", "private",
     "cluster", "localdomain", "json", "yaml", "toml", "conf", "html", "py", "txt", "env")
)
"""Last labels of host names and file names: a dotted run of words ending in one is a host or a
file (``db.corp.example``, ``notes.backup.old.txt``), not a passphrase."""
_PHRASE_STOPWORDS = frozenset(
    ("the", "and", "with", "from", "into", "your", "this", "that", "here", "there", "none",
     "read", "file", "vault", "secret", "secrets", "password", "passwords", "token", "tokens",
     "change", "changeme", "keep", "store", "stored", "value", "values", "same", "used", "uses",
     "using", "when", "then", "only", "will", "must", "should", "cannot", "never", "always",
     "please", "rotate", "rotated", "example", "sample", "default", "test", "dummy", "fake")
)
"""Function words and words about secrets: a hyphenated phrase made of them is a sentence
squeezed into one token (``keep-this-in-vault``), not a passphrase."""


def is_word_passphrase(value: str) -> bool:
    """Four to eight lower-case dictionary-like words of four or more letters joined by one
    separator (``-``, ``.``, ``_``), with no digit: the diceware shape
    (``correct.horse.battery.staple``). Host names, module paths and file names end in a label
    such as ``com``/``internal``/``txt`` or contain a short label, and are left out."""
    sep = next((s for s in "-._" if s in value), "")
    if not sep:
        return False
    parts = value.split(sep)
    if not 4 <= len(parts) <= 8:
        return False
    last = parts[-1].rstrip("0123456789")
    if len(parts[-1]) - len(last) > 2:
        return False
    parts[-1] = last  # harbor-saffron-kestrel-maple7: a digit appended to satisfy a policy
    for p in parts:
        if not (4 <= len(p) <= 12 and p.isascii() and p.isalpha() and p.islower()):
            return False
        if p in _PHRASE_STOPWORDS:
            return False
    return parts[-1] not in _HOST_LAST and all(_wordy_part(p) for p in parts)


def is_generated_password(value: str) -> bool:
    """Three or more groups of the same length (4 to 8) of letters and digits joined by ``-``
    (``x7kq2m-pw9rt4-z3nb8c``, ``dha66-nrzna-m4igz-cv15c``): the shape browsers and password
    managers generate. The pieces read as units or short words one by one (``68ffbn``), yet an
    id or a name never has three equal pieces holding two or more digits with letters in every
    piece (a pod's name ends in a 10- and a 5-character hash; a UUID has 8-4-4-4-12 hex)."""
    parts = value.split("-")
    size = len(parts[0])
    if len(parts) < 3 or not 4 <= size <= 8 or any(len(p) != size for p in parts):
        return False
    if not all(p.isascii() and p.isalnum() for p in parts):
        return False
    digits = sum(c.isdigit() for c in value)
    return digits >= 2 and all(any(c.isalpha() for c in p) for p in parts) and (
        sum(map(unreadable_group, parts)) >= 2
    )


def is_letter_groups(value: str) -> bool:
    """Four or more groups of the same length (4 to 8) of lower-case letters only, joined by
    ``-``, at least half of them unreadable (``dfzgd-scnyn-zvbbx-phcec``): the letters-only
    setting of a password generator (session 15). Words joined the same way read as words
    (``build-check-stage-front``) and are left out by ``is_wordy`` or ``unreadable_group``."""
    parts = value.split("-")
    size = len(parts[0])
    if len(parts) < 4 or not 4 <= size <= 8 or any(len(p) != size for p in parts):
        return False
    if not all(p.isascii() and p.isalpha() and p.islower() for p in parts):
        return False
    return sum(map(unreadable_group, parts)) * 2 >= len(parts) and not is_placeholder(value)


_TAIL_SYMBOLS = frozenset("!$%&*?@^~")


def symbol_suffixed(value: str) -> bool:
    """Words and a number closed by a password symbol (``prairie_quartz42@``, ``cluneu8601!``,
    ``Falcon47&Clg``): a policy's "a digit and a symbol" met the lazy way (session 15). An
    identifier, a path or a version never ends in ``!``/``@``/``$``/..., nor puts ``&``/``$``/
    ``%`` between a number and letters; an e-mail address or ``user@host`` has text after its
    ``@`` and is left out. The last character or the one after the last digit run is the
    symbol."""
    v = value
    if not 8 <= len(v) <= 64 or "/" in v or "." in v or "(" in v:
        return False
    if not any(c.isdigit() for c in v) or sum(c.isalpha() for c in v) < 3:
        return False
    if v[-1] in _TAIL_SYMBOLS and v[-2].isdigit():
        return True  # quartz42@, ppdbqc4066?
    return any(v[i] in "$%&*^~!?" and v[i - 1].isdigit() and v[i + 1].isalpha()
               for i in range(1, len(v) - 1))  # Falcon47&Clg, Winter55$QJb


def unreadable_group(part: str) -> bool:
    """A piece no word or name has: a digit between letters (``5w6rdl``), or letters with no
    vowel (``ffbn``) or three consonants in a row once digits are dropped (``27ufzj``)."""
    inner = part.strip("0123456789")
    if any(c.isdigit() for c in inner):
        return True
    letters = "".join(c for c in part.lower() if c.isalpha())
    run = 0
    for c in letters:
        run = 0 if c in "aeiouy" else run + 1
        if run >= 3:
            return True
    return not any(c in "aeiou" for c in letters)


def reset_password_shaped(value: str) -> bool:
    """What an account's password "was reset to" looks like without a password noun: a
    generated password (upper and lower case and a digit, or a passphrase's words and number)
    and not a commit, a version, a path or a name."""
    v = value
    if not password_shaped(v) or is_benign_id(v) or hex_or_uuid(v):
        return False
    if is_passphrase(v) or is_word_passphrase(v) or is_generated_password(v):
        return True
    if len(v) >= 8 and any(c.isupper() for c in v) and any(c.islower() for c in v) and (
        any(c.isdigit() for c in v)
    ):
        return True
    # nimbus#nimbus2429#, quartz-olive9999?: letters, a digit and a symbol no name is joined by
    return (len(v) >= 8 and char_classes(v) >= 3 and any(c.isdigit() for c in v)
            and "/" not in v and set(v) & _PASSWORD_SYMBOLS != set())


_PASSWORD_SYMBOLS = frozenset("!#$%&*?@^~()[]{}<>|;,+=")
PASSWORD_SYMBOLS = _PASSWORD_SYMBOLS
"""Symbols a password policy asks for and an identifier, a path or a version never holds."""


def _capital_words_number(v: str) -> bool:
    """Two capitalised words joined by one symbol and ending in digits (``Cobalt_Cobalt81``,
    ``Juniper=Pepper71``, ``Velvet+Fjord43``): a generated password, not an identifier (those
    are lower-case or end in ``_v2``)."""
    for sep in "_=+.!@#-":
        left, s, right = v.partition(sep)
        if s:
            break
    else:
        return False
    digits = len(right) - len(right.rstrip("0123456789!#$%&*?@"))
    word = right[: len(right) - digits]
    return (
        2 <= digits <= 6 and left.isalpha() and word.isalpha() and left.istitle()
        and word.istitle() and len(left) >= 3 and len(word) >= 3
        and any(c.isdigit() for c in right)
    )


def random_letters(value: str) -> bool:
    """24+ ASCII letters and nothing else that read as no words: lower case (``anxntbbk...``),
    or a case that flips at least every third letter on average (``vllWRZjfBFReBok...``), which
    CamelCase identifiers (``XMLHttpRequestHandlerFactoryBean``: runs of 4-7) do not."""
    if len(value) < 24 or not (value.isascii() and value.isalpha()):
        return False
    if looks_like_words(value) or is_wordy(value) or not looks_random(value, 24):
        return False
    if value.islower() or value.isupper():
        return True
    flips = sum(1 for a, b in pairwise(value) if a.islower() != b.islower())
    return flips * 3 >= len(value)


def password_shaped(value: str) -> bool:
    """A token of prose that has a password's shape on its own: mixed character classes and not
    a word, name, path, URL, host, number, id or placeholder; or a passphrase of words joined by
    a separator. Used only next to a password noun (``the sudo password on the box is V``)."""
    v = value
    n = len(v)
    if n < 6 or n > 128 or "://" in v or v[0] in "{<\\" or (v[0] == "%" and (
        v.endswith("%") or v[1] == "(")) or (v[0] == "$" and (
        v[1] in "{(" or (v[1:].replace("_", "").isalnum() and not _mixed_random(v[1:])))):
        return False  # a reference ($VAR, ${X}, $(cmd), %VAR%), a template, a share
    if v.isalpha():  # cheap checks first: prose passes every word of a window through here
        return n >= 10 and _random_letters(v) and not is_placeholder(v)
    if "..." in v and masked(v):
        return False  # sk-...3KbN: a key shown masked
    if v[0] in "/~" and _looks_like_path(v):
        return False
    if v.lower().startswith(_DIGEST_PREFIXES) or _is_number(v) or (
        v[:2] in ("0x", "0X") and set(v[2:].lower()) <= _HEX
    ):
        return False  # a digest, a number, a hex literal (0XMr&jD8Gx7E=sUw is none of them)
    if is_timestamp(v) or is_field_list(v):
        return False  # an export's revision or creation date next to its password column
    if _host_name(v):
        return False  # orders-db.c9xk2lqz.us-east-1.rds.amazonaws.com: the host beside it
    if is_passphrase(v) or is_word_passphrase(v) or _capital_words_number(v):
        return True
    if is_generated_password(v) or is_letter_groups(v):
        return True
    if is_wordy(v) and not (any(c in v for c in "=+@&") and _mixed_case_digit(v)) and not (
        symbol_suffixed(v)
    ):
        return False  # an identifier, unless symbols no name is joined by glue random pieces
    if "=" in v and (_setting(v) or id_setting(v)):
        return False  # min_length=12, retries=3: a setting of a log line, not a value
    if "a-z" in v or "A-Z" in v or "0-9" in v:
        return False  # a regex's character class ([A-Za-z0-9]{12,}): a policy, not a value
    call = v.find("(")
    if call < 0:
        call = v.find("[")  # Optional[str: a type's subscript, cut at its "]"
    if call >= 3 and is_wordy(v[:call]) and (
        ")" in v[call:] or v[call + 1 : call + 2] in ("'", '"', "") or is_wordy(v[call + 1 :])
        or ("=" in v and _setting(v[call + 1 :]))
    ):  # (DczlY7(tWQ2V{iqpK7 opens no call: nothing closes it and random follows)
        return False  # a call: base64(user:pass), Field(min_length=12), getpass.getpass('DB
    if "@" in v and "." in v.rsplit("@", 1)[1] and is_wordy(v.replace("@", ".")):
        return False  # an e-mail address
    if is_uuid(v) or is_algorithm(v) or _is_env_name(v) or v.startswith(_PUBLIC_PREFIXES):
        return False
    classes = char_classes(v)
    if n >= 8 and classes >= 3:
        shaped = True
    else:
        shaped = n >= 10 and classes >= 2 and any(c.isdigit() for c in v) and (
            any(c.isalpha() for c in v)) and entropy(v) >= 3.0
    return shaped and not is_placeholder(v, references=False)


def _host_name(v: str) -> bool:
    """Three or more dot-separated labels of lower-case letters, digits and ``-``, the last a
    known top-level or internal domain: a host, whatever random label a cloud put inside."""
    labels = v.split(".")
    return len(labels) >= 3 and labels[-1] in _HOST_LAST and all(
        p and set(p) <= _HOST_CHARS for p in labels)


_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")


def _setting(v: str) -> bool:
    """``name=value`` with a lower-case identifier for the name and a number or words for the
    value (``min_length=12``): a logged setting; a glued password mixes case (``lS8pl=X3oAgD``)."""
    left, sep, right = v.partition("=")
    return bool(sep) and left.isidentifier() and left.islower() and (
        right.isdigit() or (right.isalpha() and right.islower()))


_ID_NAME_LAST = frozenset(("id", "ids", "kid", "jti", "uuid", "guid", "etag", "traceparent"))
"""Last words of a log field's name that say its value is an identifier: a request, trace,
client or key id (``request_id=``, ``kid=``, ``client_id=``), which services log in the clear."""
_ID_NAME_BLOCKERS = frozenset(("session", "sess", "sid", "auth", "secret", "token", "password",
                               "pass", "api", "access", "refresh", "csrf", "xsrf", "login",
                               "cookie", "private"))
"""Words that make an ``..._id`` field a bearer value after all (``session_id=``, a cookie)."""


def id_setting(value: str) -> bool:
    """``request_id=V``, ``kid=V``, ``client_id=V``: a log field whose own name says the value is
    an identifier. The name is a lower-case identifier (a glued password's left half is random
    case: ``lS8pl=X3oAgD``); a name that also says session, auth or token is not an id's."""
    left, sep, right = value.partition("=")
    if not sep or not right or not left.replace("-", "_").isidentifier() or not (
        left.islower() or (left.replace("-", "").isalpha() and left.istitle())
    ):
        return False
    words = name_words(left)
    return bool(words) and words[-1] in _ID_NAME_LAST and _ID_NAME_BLOCKERS.isdisjoint(words)


def is_field_list(value: str) -> bool:
    """The rest of a CSV line taken as one token (``,"httpRealm","guid"``, ``Router,,,0,h``): an
    empty field or quoted fields, which a generated password does not hold; the export's own
    password is judged field by field (``carriers``)."""
    return value[:1] == "," or ",," in value or '","' in value or '\\",\\"' in value or (
        '\\":' in value  # (and the same escaped inside a JSON string: a tool call's arguments)
    ) or ('":' in value and ('",' in value or '],' in value))  # compact JSON: "],"timeout":1


_TIME_CHARS = frozenset("0123456789-:.TZ+ ")


def is_timestamp(value: str) -> bool:
    """An ISO 8601 date and time (``2026-03-04T10:11:12.000Z``): upper case, digits and symbols,
    so three character classes, yet a record's date, never a password."""
    v = value
    return (len(v) >= 16 and v[:4].isdigit() and v[4] == "-" and v[7] == "-"
            and v[10] in "T " and set(v) <= _TIME_CHARS)


def glued_password(value: str) -> bool:
    """A value with ``=`` inside that is one generated password, not ``key=value``: mixed case
    and a digit and a password's shape (``lS8pl=X3oAgD``; ``reason=bad_password`` and
    ``attempts=3`` are settings)."""
    left, sep, right = value.partition("=")
    return bool(sep and left and right) and _mixed_case_digit(value) and password_shaped(value)


def _mixed_case_digit(v: str) -> bool:
    """Upper- and lower-case letters and a digit: with ``=``, ``+`` or ``@`` between pieces
    that each pass for a word or an acronym (``s=IDUQrmG0``, ``n@INB2@zFJ``), a generated
    password next to its noun, not an identifier (those join words with ``-_./:``)."""
    return (any(c.isupper() for c in v) and any(c.islower() for c in v)
            and any(c.isdigit() for c in v))


def named_password(v: str) -> bool:
    """A value prose itself calls a password (``V is the master password``): 8-64 letters and
    digits with both cases and a digit, not hex, a UUID, a ULID or another id, and not a word
    with a version (``Python3``: one capital, at the start)."""
    if not 8 <= len(v) <= 64 or not v.isascii() or not v.isalnum() or not _mixed_case_digit(v):
        return False
    if sum(c.isupper() for c in v) == 1 and v[0].isupper():
        return False  # Windows10, Python311: a name and a number
    return not (hex_or_uuid(v) or is_benign_id(v))


def _mixed_random(v: str) -> bool:
    """Mixed case and a digit in no word's pattern: a ``$`` before such a run is one of a
    password's symbols, not a variable (``$nTlJ2Wa15t``; ``$dbPassword2`` stays a variable)."""
    return _mixed_case_digit(v) and not is_wordy(v)


def hex_or_uuid(value: str) -> bool:
    """Hex of 16 or more digits, or a UUID: a password or token only when the sentence says so
    (``the password is``, ``new value``), a digest or id otherwise."""
    return is_uuid(value) or (len(value) >= 16 and set(value.lower()) <= _HEX)


def _random_letters(v: str) -> bool:
    """Letters in random case (``pqgkzqrDoPRV``, ``RKudOtSnKqBhbu``), not a CamelCase name
    (``NoCredentialsError``, ``NoSuchKeyError``): the case changes three or more times and the
    pieces between capitals do not read as words: two without a vowel (``Sn``, ``Kq``), or
    one with four consonants in a row, which words almost never have."""
    if sum(a.islower() != b.islower() for a, b in pairwise(v)) < 3:
        return False
    pieces: list[str] = []
    for c in v:
        if c.isupper() or not pieces:
            pieces.append(c)
        else:
            pieces[-1] += c
    voiceless = 0
    for piece in pieces:
        low = piece.lower()
        if len(low) >= 2 and not set(low) & _VOWELS:
            voiceless += 1
        run = 0
        for c in low:
            run = run + 1 if c not in _VOWELS else 0
            if run >= 4:
                return True
    return voiceless >= 2
