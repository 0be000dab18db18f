"""Write ``corpus.jsonl``: secrets, prompts and benign twins, each carried through one transport
encoding (base64, HTML entities, percent-encoding, quoted-printable, shell quoting, a hard wrap,
YAML / CSV / XML fields). Seeded, so the file is the same on every run.

    PYTHONPATH=. .venv/bin/python tests/privacy_enc19/generate.py
"""

from __future__ import annotations

import base64
import html
import json
import quopri
import random
import string
import sys
import urllib.parse
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _e19lang import ANSWER, DOCS, LANGS, MAILBODY, NOTE, REQUEST, SEARCH  # noqa: E402

R = random.Random(1919)
ALNUM = string.ascii_letters + string.digits


def rand(n: int, alphabet: str = ALNUM) -> str:
    while True:
        v = "".join(R.choice(alphabet) for _ in range(n))
        if alphabet != ALNUM or (any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v)):
            return v


def pw() -> str:
    body = list(rand(15))
    body.insert(6, R.choice("!#%*?^~+"))
    return "".join(body)


NAMES = ("DB_PASSWORD", "API_KEY", "STRIPE_SECRET_KEY", "REDIS_PASSWORD", "AUTH_TOKEN", "client_secret")


def secret_pairs() -> list[tuple[str, str]]:
    """(name, value) pairs: named values, a vendor token under a name, a connection string."""
    return [
        (R.choice(NAMES), pw()),
        ("GITHUB_TOKEN", "ghp_" + rand(36)),
        ("SLACK_BOT_TOKEN", "xoxb-" + rand(11, string.digits) + "-" + rand(12, string.digits) + "-" + rand(24)),
        ("DATABASE_URL", f"postgres://app:{rand(16)}@db-{rand(4, string.ascii_lowercase)}.internal:5432/app"),
    ]


def dotenv(secret: bool) -> str:
    lines = ["APP_ENV=staging", "PORT=8080", "LOG_LEVEL=info", f"DB_HOST=db-{rand(4, string.ascii_lowercase)}.internal"]
    if secret:
        lines += [f"DB_PASSWORD={pw()}", f"API_KEY={rand(32)}"]
    else:
        lines += ["DB_NAME=orders", "CACHE_TTL=300"]
    return "\n".join(lines) + "\n"


def dockercfg(secret: bool) -> str:
    if secret:
        auth = base64.b64encode(f"deploy:{pw()}".encode()).decode()
        return json.dumps({"auths": {"registry.example.com": {"auth": auth}}}, indent=2)
    return json.dumps({"credsStore": "desktop", "currentContext": "default", "plugins": {"scan": {"enabled": "false"}}}, indent=2)


def kubecfg(secret: bool) -> str:
    user = f"    token: {rand(40)}" if secret else "    exec:\n      command: aws-iam-authenticator"
    return ("apiVersion: v1\nkind: Config\nclusters:\n- name: stage\n  cluster:\n    server: https://k8s.stage.internal:6443\n"
            f"users:\n- name: ci\n  user:\n{user}\n")


def wrap76(s: str) -> str:
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(s: str) -> str:
    return quopri.encodestring(s.encode()).decode()


def pct(s: str) -> str:
    return urllib.parse.quote(s, safe="")


def wrap_at(prefix: str, token: str, width: int, cont: str, nextp: str) -> str:
    """``prefix`` then ``token`` hard-wrapped at ``width`` columns (72 or 80), mid-token: the
    command before the prefix is padded so that the cut falls inside the token."""
    cut = width - len(cont)
    head = nextp + "docker run --rm --workdir /srv/"
    tail = " -e " + prefix
    room = cut - len(head) - len(tail) - R.randint(6, max(6, min(len(token) - 4, 20)))
    line = head + rand(max(room, 3), string.ascii_lowercase) + tail + token
    return line[:cut] + cont + "\n" + nextp + line[cut:]


rows: list[dict[str, str]] = []


def add(text: str, label: str, category: str, lang: str) -> None:
    rows.append({"text": text, "label": label, "category": category, "lang": lang})


def secrets(lang: str) -> None:
    note = R.choice(NOTE[lang])
    for name, value in secret_pairs():
        # base64 of a whole config file
        add(f"{note}:\nENV_FILE_B64={base64.b64encode((dotenv(True)).encode()).decode()}", "secret", "b64-dotenv", lang)
        # HTML copy
        frame = R.choice((
            f"<tr><td>{name}</td><td><code>{html.escape(value)}</code></td></tr>",
            f"<pre>{name}&#61;&quot;{html.escape(value)}&quot;</pre>",
            f"<code>{{&quot;{name.lower()}&quot;: &quot;{html.escape(value)}&quot;}}</code>",
            f"<span class=\"k\">{name}</span>=<span class=\"s\">&#x27;{html.escape(value)}&#x27;</span>",
        ))
        add(f"{note}\n{frame}", "secret", "html", lang)
        # percent-encoded
        frame = R.choice((
            f"GET /callback?next={pct('/api/v1/export?' + name.lower() + '=' + value)}&state=ok",
            f"POST /hooks body: payload={pct(json.dumps({name.lower(): value}))}",
            f"curl -d 'grant_type=client_credentials&{name.lower()}%3D{pct(value)}' https://auth.example.com/token",
        ))
        add(f"{note}\n{frame}", "secret", "percent", lang)
        # quoted-printable
        add(f"{note}\nContent-Transfer-Encoding: quoted-printable\n\n{qp(name + '=' + value + chr(10) + MAILBODY[lang])}", "secret", "qp", lang)
        # shell quoting
        frame = R.choice((
            f"printf %s $'APP_ENV=prod\\n{name}={value}\\nPORT=80' > .env",
            f"ssh ci 'echo '\"'\"'{name}={value}'\"'\"' >> /etc/app.env'",
            f"docker run -e {name}=\\\"{value}\\\" app:latest",
            f"export {name}=\\'{value}\\'",
        ))
        add(f"{note}\n{frame}", "secret", "shell", lang)
        # hard wrap
        cont, nextp = R.choice((("", ""), ("\\", ""), ("", "> "), ("", "+")))
        add(f"{note}\n" + wrap_at(f"{name}=", value, R.choice((72, 80)), cont, nextp), "secret", "wrap", lang)
        # yaml block / csv / xml
        frame = R.choice((
            f"env: |\n  APP_ENV=prod\n  {name}={value}\n",
            f"key,value,owner\n\"{name}\",\"{value}\",\"platform\"\n",
            f"<setting><name>{name}</name><value><![CDATA[{value}]]></value></setting>",
        ))
        add(f"{note}\n{frame}", "secret", "field", lang)
    for make, cat in ((dockercfg, "b64-docker"), (kubecfg, "b64-kube")):
        add(f"{note}:\n{wrap76(base64.b64encode(make(True).encode()).decode())}", "secret", cat, lang)


def prompts(lang: str) -> None:
    for req in REQUEST[lang]:
        add(f"GET /v1/complete?model=small-2&prompt={pct(req)}&max_tokens=400", "prompt", "percent-query", lang)
        add("POST /api/generate\nContent-Type: application/x-www-form-urlencoded\n\n"
            f"model=small-2&temperature=0.2&prompt={urllib.parse.quote_plus(req)}", "prompt", "percent-form", lang)
    for req, ans in zip(REQUEST[lang], ANSWER[lang], strict=False):
        chat = f"User: {req}\nAssistant: {ans}."
        add(f"Subject: chat export\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{qp(chat)}",
            "prompt", "qp-chat", lang)
        add(R.choice((f"model answer: {ans}…", f"{ans} [truncated]", f"assistant> {ans}")), "prompt", "truncated", lang)
        add(f"<div class=\"msg assistant\"><p>{html.escape(ans, quote=True)}</p></div>", "prompt", "html-answer", lang)


def benign(lang: str) -> None:
    note = R.choice(NOTE[lang])
    for q in SEARCH[lang]:
        add(f"GET https://www.example.com/search?q={urllib.parse.quote_plus(q)}&hl={lang}", "benign", "percent-query", lang)
        add(f"redirect to /login?next={pct('/docs/search?q=' + q + '&page=2')}", "benign", "percent-next", lang)
    for d in DOCS[lang]:
        add(f"<div class=\"doc\"><p>{html.escape(d, quote=True)}</p><pre>password&#61;&lt;your-password&gt;</pre></div>", "benign", "html-docs", lang)
        add(f"<p>{html.escape(d, quote=True)}</p>", "benign", "html-docs", lang)
    add(f"{note}:\nENV_FILE_B64={base64.b64encode(dotenv(False).encode()).decode()}", "benign", "b64-dotenv", lang)
    add(f"{note}:\n{wrap76(base64.b64encode(dockercfg(False).encode()).decode())}", "benign", "b64-docker", lang)
    add(f"{note}:\n{wrap76(base64.b64encode(kubecfg(False).encode()).decode())}", "benign", "b64-kube", lang)
    add(f"Content-Transfer-Encoding: quoted-printable\n\n{qp(MAILBODY[lang])}", "benign", "qp", lang)
    add(f"Content-Transfer-Encoding: quoted-printable\n\n{qp('DB_PASSWORD=<set in vault>' + chr(10) + MAILBODY[lang])}", "benign", "qp", lang)
    h = rand(64, "0123456789abcdef")
    cont, nextp = R.choice((("", ""), ("\\", ""), ("", "> "), ("", "+")))
    add(f"{note}\n" + wrap_at("CHECKSUM_SHA256=", h, R.choice((72, 80)), cont, nextp), "benign", "wrap", lang)
    add(f"{note}\n" + wrap_at("BUILD_ID=", rand(12, string.digits) + "-" + rand(40, "0123456789abcdef"), R.choice((72, 80)), cont, nextp), "benign", "wrap", lang)
    add(f"printf %s $'APP_ENV=prod\\nPORT=80\\nLOG_LEVEL=debug' > .env   # {note}", "benign", "shell", lang)
    add("ssh ci 'echo '\"'\"'DB_PASSWORD=${DB_PASSWORD}'\"'\"' >> /etc/app.env'", "benign", "shell", lang)
    add("key,value,owner\n\"LOG_LEVEL\",\"debug\",\"platform\"\n\"DB_PASSWORD\",\"<from vault>\",\"platform\"\n", "benign", "field", lang)
    add(f"search results for “{SEARCH[lang][0]}” … (12 more)", "benign", "truncated", lang)
    add("build log [truncated] … step 4/9 : RUN pip install -r requirements.txt", "benign", "truncated", lang)


def main() -> int:
    for lang in LANGS:
        secrets(lang)
        prompts(lang)
        benign(lang)
    with open(HERE / "corpus.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} records")
    return 0


if __name__ == "__main__":
    sys.exit(main())
