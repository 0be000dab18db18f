"""Issue 11, session 20 (encodings): prompts and chats hidden by the trip into the store, read
through the decoded views of ``handoff/privacy/transport.py`` and ``terminal.py`` by the whole
filter; tokens hard-wrapped under nested mail quotes or cut right after a vendor's prefix.

Each prompt is beside a benign twin from the same frame, which must still pass. Every
credential is made here from random characters (a fixed seed), never a real one, and no text is
a line of any corpus.
"""

from __future__ import annotations

import base64
import json
import urllib.parse

from handoff.privacy import scan_text

from ._synthetic import Synthetic

_SYN = Synthetic(202020)
_rand = _SYN.rand

ESC = "\x1b"


def _flagged(text: str) -> bool:
    return bool(scan_text(text))


def _qp(text: str) -> str:
    """``text`` quoted-printable, soft-wrapped at 60 columns (as a mail client sends it)."""
    import quopri

    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def test_quoted_printable_chat_between_a_person_and_a_model() -> None:
    chat = ("--\nExplícame por qué esta consulta SQL tarda tanto y cómo puedo hacerla más "
            "rápida, por favor.\n\n-- ¡Claro! La consulta recorre toda la tabla porque no hay "
            "índice en fecha_creación. Te sugiero crear uno compuesto.\n")
    head = "Subject: =?utf-8?q?chat_export?=\nContent-Transfer-Encoding: quoted-printable\n\n"
    assert _flagged(head + _qp(chat))
    notes = "Die Tests sind grün; die Migration wird am Freitag geprüft.\n"
    assert not _flagged(head + _qp(notes))


def test_html_escaped_chat_copy() -> None:
    copy = ("&lt;user&gt;the nightly job stopped writing rows after the upgrade, what should I "
            "look at first?&lt;/user&gt;&lt;assistant&gt;Start with the worker&#x27;s log: the "
            "new driver rejects the old connection string, so the job exits before its first "
            "insert. Update the DSN and rerun it.&lt;/assistant&gt;")
    assert _flagged(copy)
    # an imperative docs paragraph, once its markup is gone, is what the classifier alone
    # reads as a request: an HTML view keeps only the rules' findings
    assert not _flagged("<p>Defina a op&ccedil;&atilde;o &quot;retries&quot; com o n&uacute;mero "
                        "de novas tentativas &amp; mantenha o intervalo acima do tempo de "
                        "resposta do servidor.</p>")


def test_ansi_coloured_terminal_chat() -> None:
    cap = (f"{ESC}[2J{ESC}[H{ESC}[7m chat - local-model - tokens 2210 {ESC}[0m\n"
           f"{ESC}[1;35mYou{ESC}[0m Refactor the retry helper into a decorator and keep its "
           "public name.\n"
           f"{ESC}[1;34massistant{ESC}[0m Here is a version with subprocess.run: it collects "
           "each return code in a list and raises if any command failed.\n")
    assert _flagged(cap)
    run = (f"{ESC}[1;32m   Compiling{ESC}[0m store v0.4.1\n{ESC}[1;32m    Finished{ESC}[0m test "
           f"target(s) in 12.3s\ntest result: {ESC}[32mok{ESC}[0m. 88 passed; 0 failed\n")
    assert not _flagged(run)


def test_request_inside_a_tui_box() -> None:
    edge = "\u2500" * 58
    box = (f"\u256d{edge}\u256e\n\u2502 > Summarise this incident timeline for the status "
           f"page in three sentences.\n\u2570{edge}\u256f\n"
           f"{ESC}[38;5;208mDone: the helper is now a decorator with the same name, and the "
           f"two call sites use it.{ESC}[0m\n")
    assert _flagged(box)


def test_prompt_in_base64_and_in_a_short_query() -> None:
    ask = "Explain why this migration locks the table and suggest a safer order of steps."
    b64 = base64.b64encode(ask.encode()).decode()
    assert _flagged(json.dumps({"model": "m-large", "prompt_b64": b64, "max_tokens": 256},
                               separators=(",", ":")))
    pct = urllib.parse.quote("Refactor the retry helper into a decorator and keep its public name.")
    assert _flagged(f"GET /api/generate?model=m-small&prompt={pct} HTTP/1.1")
    # base64 of an ordinary file, and a search query, stay what they are
    readme = base64.b64encode(b"# store\n\nA small key-value store for build caches.\n").decode()
    assert not _flagged(json.dumps({"path": "README.md", "content": readme}))
    q = urllib.parse.quote_plus("sqlite wal mode busy timeout")
    assert not _flagged(f"GET https://www.example.com/search?q={q}&hl=en")


def test_terminal_capture_maps_back() -> None:
    from handoff.privacy import terminal

    text = f"{ESC}[1mYou{ESC}[0m hello"
    got = terminal.capture(text)
    assert got is not None
    decoded, where, _ = got
    assert decoded == "You hello"
    assert [text[where[i]] for i in range(len(decoded))] == list(decoded)
    assert terminal.capture("plain text, no codes") is None


def _fold(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


def test_token_wrapped_under_nested_quotes_and_after_a_short_prefix() -> None:
    key = "sk-proj-" + _rand(20) + "-" + _rand(20) + "T3BlbkFJ" + _rand(20)
    body = "the key we moved into the vault during the outage is " + key + " and it must go."
    assert _flagged("\n".join("> > " + line for line in _fold(body, 64)))
    token = "xoxp-" + "-".join(_rand(11, "0123456789") for _ in range(3)) + "-" + _SYN.hex(32)
    lead = "The token we handed to the release bot during the incident review was "
    body = lead.ljust(74) + token + " and it still needs a rotation."
    lines = _fold(body, 76)
    assert lines[0].endswith("xo")  # cut right after the vendor's prefix
    assert _flagged("\n".join(lines))
    # a folded paragraph of words is not glued into anything
    prose = ("the nightly export moved to the new bucket and the retention rule was set to "
             "thirty days; build 20240611-rc2 picked it up without a restart, as expected.")
    assert not _flagged("\n".join(_fold(prose, 76)))
