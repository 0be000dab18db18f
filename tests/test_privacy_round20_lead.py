"""Session 20 (lead): a value copied out of a web page's code block.

A page shows a shell command with its quotes HTML-encoded (``curl -H &quot;Authorization:
Bearer $TOKEN&quot;``). The value's closing quote arrives as ``&quot;`` (or ``&#39;``,
``&#x27;`` ...); read as part of the value, it turned a variable reference into
``$TOKEN&quot``, which no longer reads as a reference, and the copy was rejected (blind21's
web-copy false positives, in-sample). The entity is a quote: a reference inside it is still a
reference, and a credential inside it is still rejected.
"""

from __future__ import annotations

import pytest

from handoff.privacy import scan_text

from ._synthetic import Synthetic

S = Synthetic(2020)
TOKEN = S.rand(40)
PASSWORD = S.pw()

QUOTES = ("&quot;", "&#34;", "&#x22;", "&#39;", "&#x27;", "&apos;")

FRAMES = (
    "<pre><code>curl -H {q}Authorization: Bearer {v}{q} https://api.example.test/v1/items</code></pre>",
    "<pre><code>curl -s -H {q}X-Api-Key: {v}{q} -H {q}Accept: application/json{q} https://api.example.test/</code></pre>",
    "<p>Then run:</p><pre>export API_TOKEN={q}{v}{q}\nmake deploy</pre>",
)


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("quote", QUOTES)
def test_a_reference_inside_encoded_quotes_is_accepted(frame: str, quote: str) -> None:
    for ref in ("$TOKEN", "${API_KEY}", "$GITHUB_TOKEN"):
        assert scan_text(frame.format(q=quote, v=ref)) == [], (frame, quote, ref)


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("quote", QUOTES)
def test_a_credential_inside_encoded_quotes_is_rejected(frame: str, quote: str) -> None:
    assert scan_text(frame.format(q=quote, v=TOKEN))


def test_a_password_inside_encoded_quotes_is_rejected() -> None:
    assert scan_text(f"<pre><code>password: &quot;{PASSWORD}&quot;</code></pre>")
