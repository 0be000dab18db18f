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
        """``n`` characters of ``alphabet`` holding a digit, an upper and a lower-case letter."""
        while True:
            value = "".join(self.rnd.choice(alphabet) for _ in range(n))
            if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(
                c.islower() for c in value
            ):
                return value

    def pw(self) -> str:
        """A 15-character password: 14 alphanumerics with one symbol at the sixth place."""
        body = list(self.rand(14))
        body.insert(5, self.rnd.choice(self.symbols))
        return "".join(body)

    def hex(self, n: int) -> str:
        return "".join(self.rnd.choice(HEX) for _ in range(n))
