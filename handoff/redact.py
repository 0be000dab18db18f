"""Error and warning lines with anything that may be a credential masked.

Errors name paths, commands and keys the user typed, and any of those may carry a
secret. Both ways into the CLI (click's, `handoff.cli`, and the fast path,
`handoff.fast_cli`) print their error lines through `redacted`, so it lives apart from
click. Only error paths pay for loading the privacy rules.
"""

from __future__ import annotations

import re

TOKENLIKE = re.compile(r"(?<![A-Za-z0-9_-])(?=[A-Za-z0-9_-]*[0-9])(?=[A-Za-z0-9_-]*[a-z])"
                       r"(?=[A-Za-z0-9_-]*[A-Z])[A-Za-z0-9_-]{20,}")
"""A word of 20+ characters mixing upper and lower case and digits: maybe a credential
the rules do not know yet, so it is never echoed in a message."""


def redacted(message: str) -> str:
    """`message` with whatever the privacy filter flags, and any long word mixing letters
    and digits, replaced by `[redacted]`."""
    from .privacy import scan_text

    spans = sorted((f.start, f.end) for f in scan_text(message))
    out = []
    at = 0
    for start, end in spans:
        if start >= at:
            out.append(message[at:start] + "[redacted]")
            at = end
    out.append(message[at:])
    return TOKENLIKE.sub("[redacted]", "".join(out))
