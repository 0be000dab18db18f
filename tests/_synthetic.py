"""Synthetic credentials for the privacy tests: random characters from one seeded generator per
test module, so a failure reproduces and no value is ever a real credential or a corpus line.

Each round's credential tests make one ``Synthetic`` with a seed of their own; the draws (and
so every generated value) are the same as when each module carried its own copy of these
helpers.
"""

from __future__ import annotations

import random
import string

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


class Synthetic:
    """Random values in the shapes credentials take: mixed-case alphanumerics, passwords with a
    symbol, hex."""

    def __init__(self, seed: int, symbols: str = "!#%*?^~+") -> None:
        self.rnd = random.Random(seed)
        self.symbols = symbols

    def rand(self, n: int, alphabet: str = ALNUM) -> str:
        """``n`` characters of ``alphabet`` holding a digit, an upper and a lower-case letter,
        of those classes the alphabet has (a random value of a format's alphabet that lacks one
        would read as a word or a number, not a credential).

        Raises ``ValueError`` when ``n`` is too short to hold one of each: drawing again could
        never succeed, and a generator that loops forever hides the mistake."""
        wanted = [test for test in (str.isdigit, str.isupper, str.islower) if any(test(c) for c in alphabet)]
        if n < len(wanted):
            raise ValueError(f"{n} characters cannot hold the {len(wanted)} character classes asked for")
        while True:
            value = "".join(self.rnd.choice(alphabet) for _ in range(n))
            if all(any(test(c) for c in value) for test in wanted):
                return value

    def pw(self) -> str:
        """A 15-character password: 14 alphanumerics with one symbol at the sixth place."""
        body = list(self.rand(14))
        body.insert(5, self.rnd.choice(self.symbols))
        return "".join(body)

    def hex(self, n: int) -> str:
        return "".join(self.rnd.choice(HEX) for _ in range(n))
