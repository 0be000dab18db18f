"""Issue 11, session 19 (encodings): credentials and prompts that went through a transport
encoding on their way into the store (``handoff/privacy/transport.py``), each beside the benign
twin from the same frame, which must still pass.

Every value is made here from random characters (a fixed seed, so a failure reproduces), never
a real credential and never a line of any corpus. Classes: percent-encoded pairs and JSON
bodies, HTML copies (entities, a settings table's cells), an XML setting in CDATA, base64 of a
whole ``.env`` and of a registry config, shell quoting (``$'...'``), a token hard-wrapped at a
long line's end (``\\`` continuation, a mail quote's ``> ``, a diff's ``+``), a prompt sent
percent-encoded in a query string or a form body.
"""

from __future__ import annotations

import base64
import json
import urllib.parse

import pytest

from handoff.privacy import scan_text

from ._synthetic import Synthetic

_SYN = Synthetic(191919)
_rand = _SYN.rand
_pw = _SYN.pw


def _flagged(text: str) -> bool:
    return bool(scan_text(text))


def _pct(s: str) -> str:
    return urllib.parse.quote(s, safe="")


def test_percent_encoded_pair_and_body() -> None:
    value = _pw()
    assert _flagged(f"curl -d 'grant_type=client_credentials&client_secret%3D{_pct(value)}' https://auth.example.com/t")
    body = _pct(json.dumps({"api_key": _rand(32)}))
    assert _flagged(f"POST /hooks body: payload={body}")
    # the same frames with ordinary text: a search query, a redirect to a docs page
    query = urllib.parse.quote_plus("postgres vacuum full lock table")
    assert not _flagged("GET https://www.example.com/search?q=" + query)
    assert not _flagged("redirect to /login?next=" + _pct("/docs/search?q=nginx proxy timeout&page=2"))


def test_html_copy_of_a_settings_row_and_entities() -> None:
    value = _pw()
    assert _flagged(f"from the old wiki:\n<tr><td>DB_PASSWORD</td><td><code>{value}</code></td></tr>")
    assert _flagged(f"<pre>API_KEY&#61;&quot;{_rand(28)}&quot;</pre>")
    # a docs page: a placeholder, and prose with entities
    assert not _flagged("<div class=\"doc\"><p>Set the &quot;timeout&quot; option &amp; keep it above the "
                        "slowest query.</p><pre>password&#61;&lt;your-password&gt;</pre></div>")
    assert not _flagged("<tr><td>LOG_LEVEL</td><td><code>debug</code></td></tr>")


def test_xml_setting_in_cdata() -> None:
    value = _pw()
    assert _flagged(f"<setting><name>STRIPE_SECRET_KEY</name><value><![CDATA[{value}]]></value></setting>")
    assert not _flagged("<setting><name>LOG_LEVEL</name><value><![CDATA[debug]]></value></setting>")


def _b64_wrapped(text: str) -> str:
    encoded = base64.b64encode(text.encode()).decode()
    return "\n".join(encoded[i:i + 76] for i in range(0, len(encoded), 76))


def test_base64_of_a_whole_config() -> None:
    env = f"APP_ENV=staging\nPORT=8080\nDB_HOST=db.internal\nDB_PASSWORD={_pw()}\nAPI_KEY={_rand(32)}\n"
    assert _flagged("the staging config as the CI has it:\nENV_FILE_B64=" + base64.b64encode(env.encode()).decode())
    kube = ("apiVersion: v1\nkind: Config\nusers:\n- name: ci\n  user:\n"
            f"    token: {_rand(40)}\n")
    assert _flagged("kubeconfig for the runner:\n" + _b64_wrapped(kube))
    plain = "APP_ENV=staging\nPORT=8080\nLOG_LEVEL=info\nDB_NAME=orders\nCACHE_TTL=300\n"
    assert not _flagged("ENV_FILE_B64=" + base64.b64encode(plain.encode()).decode())
    assert not _flagged("kubeconfig for the runner:\n" + _b64_wrapped(
        "apiVersion: v1\nkind: Config\nusers:\n- name: ci\n  user:\n    exec:\n      command: aws-iam-authenticator\n"))


@pytest.mark.parametrize(("cont", "prefix"), [("\\", ""), ("", "> "), ("", "+")])
def test_token_hard_wrapped_at_a_long_line(cont: str, prefix: str) -> None:
    url = f"postgres://app:{_rand(16)}@db-main.internal:5432/app"
    line = f"{prefix}docker run --rm --workdir /srv/{'x' * 12} -e DATABASE_URL={url}"
    cut = 72 - len(cont)
    assert _flagged(line[:cut] + cont + "\n" + prefix + line[cut:])
    digest = "".join(_SYN.rnd.choice("0123456789abcdef") for _ in range(64))
    line = f"{prefix}docker run --rm --workdir /srv/{'x' * 12} -e CHECKSUM_SHA256={digest}"
    assert not _flagged(line[:cut] + cont + "\n" + prefix + line[cut:])


def test_prompt_percent_encoded_in_a_query_or_a_form() -> None:
    ask = ("Can you rewrite this function so it streams the rows instead of loading the whole "
           "table, and explain why it is faster?")
    assert _flagged(f"GET /v1/complete?model=small-2&prompt={_pct(ask)}&max_tokens=400")
    ask = ("Du bist ein erfahrener Reviewer: liste alle Fehler im folgenden Diff auf und schlage für "
           "jeden eine Lösung vor.")
    assert _flagged("POST /api/generate\n\nmodel=small-2&prompt=" + urllib.parse.quote_plus(ask))
    # a search box's query is not prose enough to be read as a prompt
    assert not _flagged("GET https://www.example.com/search?q="
                        + urllib.parse.quote_plus("python asyncio gather return exceptions") + "&hl=en")
