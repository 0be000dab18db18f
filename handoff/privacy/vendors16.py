"""Credential places added in session 16, found on the retired blind17 corpus.

Ordinary ``keyword`` rows (see ``rules.py``'s docstring), appended to ``rules.RULES`` after
session 15's. Each row is a shape of text, not a vendor's string:

- a user name and a password passed side by side as quoted arguments (``'wordpress', 'V',`` in a
  PHP config's ``new PDO($dsn, 'app', 'V')`` or ``mysqli_connect('db', 'app', 'V')``): no
  name says "password", so only a generated password's shape counts (mixed case and a digit,
  not a word, an id or a path) after a lower-case user name.

Example values are random characters written as two adjacent literals so that other secret
scanners do not flag them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from handoff.privacy import rule as _rules
from handoff.privacy.values import is_algorithm, is_benign_id, is_wordy, password_shaped

if TYPE_CHECKING:
    from re import Match

_Rule = _rules.Rule
_C, _KW = _rules.CREDENTIAL, _rules.KEYWORD


def _quoted_pair(m: Match[str]) -> bool:
    """A user name (a lower-case word, not an algorithm or a locale) and, next to it, a value
    with a generated password's shape: upper and lower case and a digit, in no word's pattern.
    Not a call's first two arguments (``setCookie('locale', V)``, ``headers.add('X-Id', V)``):
    a login's user follows a host or a DSN there (``new PDO($dsn, 'app', V)``)."""
    user, value = m.group(2), m.group(4)
    if is_algorithm(user) or len(user) < 3:
        return False
    if m.string[: m.start()].rstrip()[-1:] in ("(", "["):
        return False  # a call's or a list's first two arguments: a name and its value
    if not (any(c.isupper() for c in value) and any(c.islower() for c in value)
            and any(c.isdigit() for c in value)):
        return False
    return password_shaped(value) and not is_benign_id(value) and not is_wordy(value)


RULES_16: tuple[_rules.Rule, ...] = (
    _Rule(
        "quoted-login-arguments",
        "A user name and a generated password passed side by side as quoted arguments (a PHP"
        " config's 'app', 'V', or a connect call's 'db', 'app', 'V').",
        _C, _KW,
        r"(?<![\w'\"])(['\"])([a-z][a-z0-9_.-]{1,31})\1,[ \t]*(['\"])([^'\"\s\\]{8,64})\3[ \t]*[,)]",
        keywords=("', '", '", "', "','", '","'),
        group=4,
        validator=_quoted_pair,
        priority=1,
        examples=(
            "includes/config.php: 'wordpress', 'CEuq" "vp7atG7Iq71R8OYf',",
            "$pdo = new PDO($dsn, 'deploy', 'RLZhe" "PCPfJU8JZDs24');",
        ),
        near_misses=(
            "$pdo = new PDO($dsn, 'deploy', getenv('DB_PASSWORD'));",
            "__('Settings', 'my-plugin-textdomain'),",
            "hash_hmac('sha256', 'Payload2024Body', $key);",
            "['en', 'HelloWorld2'],",
            "$pdo = new PDO($dsn, 'deploy', '********');",
            "cy.setCookie('locale', 'Qz8kLm2" "PxR4tVw9nB3c')",
        ),
    ),
)
"""Session 16's rows, appended to ``rules.RULES`` after session 15's."""
