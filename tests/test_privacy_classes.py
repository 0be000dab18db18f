"""The failure classes of issue 11, each with synthetic values: random characters in the right
format drawn per test from a seeded generator (never a real credential).

Each class is a family of texts that the rules were not written example by example against;
the texts here are generated from templates with random values, so a test fails if the class
(not one string) is missed. Hard negatives of the same shape sit beside each class.
"""

# ruff: noqa: RUF001  (prompts in other languages use full-width punctuation)
from __future__ import annotations

import json
import random
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handoff.privacy import scan_text, scan_value

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
SYMBOLS = "!#%^*_-"


def rand(r: random.Random, n: int, alphabet: str = ALNUM) -> str:
    while True:
        out = "".join(r.choice(alphabet) for _ in range(n))
        low = out.lower()
        if any(w in low for w in ("your", "xxx", "test", "fake", "example", "here")):
            continue
        if alphabet == ALNUM and not (any(c.isdigit() for c in out)
                                      and any(c.isupper() for c in out)):
            continue
        if len(set(out)) >= min(10, n // 2):
            return out


def password(r: random.Random) -> str:
    return rand(r, r.randrange(3, 6), string.ascii_letters) + rand(r, 6, ALNUM) + r.choice(SYMBOLS)


def flagged(text: str) -> bool:
    return bool(scan_text(text))


def _texts(templates: list[str], seeds: range = range(6)) -> list[str]:
    out = []
    for seed in seeds:
        r = random.Random(seed)
        for t in templates:
            out.append(t.format(pw=password(r), tok=rand(r, 32), hex=rand(r, 40, HEX),
                                b64=rand(r, 40, ALNUM + "+/")))
    return out


def _assert_all(texts: list[str]) -> None:
    missed = [t for t in texts if not flagged(t)]
    assert not missed, missed


def _assert_none(texts: list[str]) -> None:
    hit = [(t, [f.rule for f in scan_text(t)]) for t in texts if flagged(t)]
    assert not hit, hit


# 1. named CLI arguments with separate values ----------------------------------------------------

def test_class_1_cli_secret_with_separate_value() -> None:
    _assert_all(_texts([
        "gh secret set STRIPE_KEY --body {tok}",
        "gh secret set DEPLOY_TOKEN -b '{tok}' --repo acme/app",
        "aws configure set aws_secret_access_key {b64}",
        "doppler secrets set API_TOKEN {tok} --project web",
        "az keyvault secret set --vault-name kv --name db-password --value {pw}",
        "heroku config:set SESSION_SECRET {tok} -a acme",
        "fly secrets set DATABASE_PASSWORD {pw}",
        "dotnet user-secrets set \"Jwt:SigningKey\" \"{tok}\"",
        "docker login -u ci -p {pw} ghcr.io",
    ]))


def test_class_1_hard_negatives() -> None:
    _assert_none([
        "gh secret set DEPLOY_TOKEN --body \"$DEPLOY_TOKEN\"",
        "gh secret set DEPLOY_TOKEN < token.txt",
        "vercel env add API_TOKEN production",
        "aws configure set region eu-west-1",
        "kubectl create secret generic db --from-file=password=./pw.txt",
    ])


# 2. vendor formats -------------------------------------------------------------------------------

def test_class_2_vendor_formats() -> None:
    r = random.Random(2)
    u = string.ascii_uppercase + string.digits
    lo = string.ascii_lowercase + string.digits
    tokens = [
        "dt0c01." + rand(r, 24, u) + "." + rand(r, 64, u),
        "EZAK" + rand(r, 54),
        "pnu_" + rand(r, 36),
        "rdme_" + rand(r, 70, lo),
        "sgp_" + rand(r, 16, HEX) + "_" + rand(r, 40, HEX),
        "sha256~" + rand(r, 43),
        "tskey-auth-" + rand(r, 12) + "-" + rand(r, 32),
        "CLOJARS_" + rand(r, 60, lo),
        "shippo_live_" + rand(r, 40, HEX),
        "dnkey-" + rand(r, 26, lo) + "-" + rand(r, 52, lo),
        "duffel_live_" + rand(r, 43),
        "ico-" + rand(r, 32),
        "vcp_" + rand(r, 56),
        "SWMTKN-1-" + rand(r, 50, lo) + "-" + rand(r, 25, lo),
        "xoxo-" + rand(r, 12, string.digits) + "-" + rand(r, 12, string.digits) + "-" + rand(r, 32, HEX),
    ]
    _assert_all([f"saved {t} for the deploy" for t in tokens])


# 3. prose between the secret noun and the value --------------------------------------------------

def test_class_3_prose_separation() -> None:
    _assert_all(_texts([
        "the password for the staging db is {pw}",
        "FYI the admin password was reset to {pw} this morning",
        "login is deploy / {pw}",
        "X-Api-Key {tok}",
        "stripe key {tok}",
        "the API token we use in CI: {tok}",
        "secret.txt contents: {tok}",
    ]))


def test_class_3_hard_negatives() -> None:
    _assert_none([
        "the password for the staging db is in 1Password",
        "the token bucket refills at 10 tokens per second",
        "rotated the token after commit 3f9c2ab1d4e5f60718293a4b5c6d7e8f90a1b2c3",
        "the API key rotation runs nightly (job 9123456789)",
        "added deploy key ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk3r9Qx7Lm2Pv8Tn4Wc6Yb1Hd5Jf0Gs2Ae7",
    ])


# 4. positional and stdin passwords -----------------------------------------------------------------

def test_class_4_positional_and_stdin() -> None:
    _assert_all(_texts([
        "htpasswd -b /etc/nginx/.htpasswd admin {pw}",
        "echo {pw} | sudo -S apt-get update",
        "echo '{tok}' | docker login -u ci --password-stdin ghcr.io",
        "sqlcmd -S db -U sa -P {pw} -Q 'select 1'",
        "mongosh --host db -u admin -p {pw}",
        "ldapsearch -x -D cn=admin -w {pw} -b dc=acme",
        "rabbitmqctl add_user deploy {pw}",
    ]))


def test_class_4_hard_negatives() -> None:
    _assert_none([
        "echo $DB_PASSWORD | docker login -u ci --password-stdin",
        "mysql -u root -p app",
        "htpasswd -c /etc/nginx/.htpasswd admin",
        "echo hello | tr a-z A-Z",
    ])


# 5. compound names -----------------------------------------------------------------------------------

def test_class_5_compound_names() -> None:
    _assert_all(_texts([
        "requirepass {pw}",
        "keytool -genkey -keystore ks.jks -storepass {pw}",
        "openssl pkcs12 -export -in a.pem -passout pass:{pw}",
        "SECRET_KEY_BASE={tok}",
        "define('DB_PASSWORD', '{pw}');",
        "DB_PASSWORD_PROD={pw}",
    ]))


def test_class_5_hard_negatives() -> None:
    _assert_none(["bypass_cache=true", "compass_heading=270", "token_bucket_size=50",
                  "password_reset_ttl=3600", "SECRET_KEY_BASE is generated on first boot"])


# 6. credentials outside header syntax -----------------------------------------------------------

def test_class_6_outside_headers() -> None:
    import base64

    r = random.Random(6)
    auth = base64.b64encode(f"ci:{password(r)}".encode()).decode()
    dockercfg = base64.b64encode(json.dumps({"auths": {"ghcr.io": {"auth": auth}}}).encode()).decode()
    _assert_all([*_texts([
        "curl -b 'sessionid={tok}' https://app.acme.io",
        "my session cookie is connect.sid={tok}",
        'proxy_set_header Authorization "Basic {b64}";',
        "db.internal:5432:app:app_rw:{pw}",
    ]), f".dockerconfigjson: {dockercfg}"])


# 7. boundaries ---------------------------------------------------------------------------------

def test_class_7_boundaries() -> None:
    _assert_all(_texts([
        "password=Zk(8{pw}",
        "password={pw};",
        "DB_PASSWORD=/{pw}",
        "token={tok}.",
        "export PASSWORD=~{pw}",
    ]))


def test_class_7_paths_still_pass() -> None:
    _assert_none(["password_file=/run/secrets/db", "key_path=~/.ssh/id_ed25519",
                  "password=os.environ['DB_PASSWORD']"])


# 8-12. prompts -----------------------------------------------------------------------------------

PROMPTS = [
    "Can you rewrite this function to use asyncio? Please keep the signature and explain the"
    " changes step by step.",
    "From now on answer as a pirate. Your task: summarize the following log in 3 bullet points:",
    "Asked the model about it; its full response was: The deadlock happens because both jobs"
    " lock customers and usage_rollups in opposite order, so pick one order everywhere.",
    "The assistant replied: you should move the retry loop into the backend and add jitter.",
    "User: how do I fix it? Assistant: retry the flock with a timeout.",
    "Human: why is CI red? AI: the cache key omits the lockfile hash, so stale deps win.",
    "[user] why does the build hang\n[assistant] The lock is never released on the error path.",
    "<user>summarise this diff</user>\n<assistant>It renames two CLI flags.</assistant>",
    "### User\nfix the flaky test\n### Assistant\nThe test sleeps; wait on the pipe instead.",
    '{"prompt": "Write a haiku about caching", "completion": "Cache lines fill softly"}',
    '{"instruction": "Translate to German", "input": "good morning", "output": "Guten Morgen"}',
    '{"conversations": [{"from": "human", "value": "hi"}, {"from": "gpt", "value": "hello!"}]}',
    '{"speaker": "user", "text": "why is the build slow?"}\n{"speaker": "assistant", "text": "cache"}',
    '{"type": "tool_use", "name": "bash", "input": {"command": "pytest -x"}}\n'
    '{"type": "text", "text": "One test fails on the lock timeout; fixing it now."}',
    "Thought: I should run the failing test first\nAction: bash\nAction Input: pytest -x\n"
    "Observation: 1 failed",
    "Du bist ein hilfreicher Assistent. Bitte erkläre mir, warum der Lock hängt.",
    "Eres un asistente útil. Por favor, escribe un resumen del registro de errores.",
    "Tu es un assistant utile. Peux-tu expliquer pourquoi le test échoue ?",
    "Você é um assistente útil. Por favor, explique por que o build falha.",
    "Ты — полезный ассистент. Пожалуйста, объясни, почему тест падает.",
    "你是一个有帮助的助手。请帮我总结这个日志。",
    "あなたは優秀なアシスタントです。このログを要約してください。",
    "Benutzer: Warum hängt der Build?\nAssistent: Der Lock wird nie freigegeben.",
    "Usuario: ¿por qué falla el test?\nAsistente: porque el lock nunca se libera.",
    "用户：为什么构建卡住了？\n助手：因为锁没有释放。",
    '{"text": "Summarize:\\nYou are a helpful assistant"}',
]

PROMPT_NEGATIVES = [
    "Next: fix the flaky lock test, then add a test for the retry path.",
    "Please rebase before merging.",
    "If you are on macOS, install coreutils first; otherwise the script fails.",
    "model: claude-sonnet-4-5\nuser: ci-bot\nrole: reviewer",
    "it returned: 404 not found for /v1/items",
    '{"input": "data/in.csv", "output": "build/out.csv"}',
    "Action: merge the PR after review",
    "Nächster Schritt: Tests reparieren, dann Release 2.3 taggen.",
    "Próximo paso: revisar el bloqueo en store.py y subir la cobertura.",
    "下一步：修复锁超时的测试，然后发布 2.3。",
    "Q: why does the lock time out?\nA: the holder crashed; see crash tests.",
    "User: alice logged in from 10.0.0.7. System: disk usage 81%.",
    '{"type": "tool_use", "name": "bash", "input": {"command": "pytest -x"}}',
]


@pytest.mark.parametrize("text", PROMPTS)
def test_classes_8_to_12_prompts(text: str) -> None:
    assert any(f.rule not in ("generic-assignment",) for f in scan_text(text)), text


@pytest.mark.parametrize("text", PROMPT_NEGATIVES)
def test_prompt_hard_negatives(text: str) -> None:
    assert scan_text(text) == [], [f.rule for f in scan_text(text)]


def test_escaped_newline_starts_a_word() -> None:
    assert flagged('{"note": "context:\\nYou are a helpful assistant. Answer concisely."}')
    assert flagged('{"log": "ok\\nUser: can you fix the lock?\\nAssistant: Sure, here is a fix."}')


# the false-positive class: a bare key followed by a readable-prefix id ---------------------------

def test_bare_key_with_a_readable_prefix_id_passes() -> None:
    r = random.Random(13)
    crock = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    _assert_none([
        f"key=ruff-linux-x86_64-sha256-{rand(r, 64, HEX)}",
        f"Cache key: tool-os-sha256-{rand(r, 40, HEX)}",
        f"key: app:order:01{rand(r, 24, crock)}",
        f"cache key node-modules-{rand(r, 64, HEX)}",
    ])


# config keys and name/value pairs ----------------------------------------------------------------

def test_fields_are_judged_by_their_name() -> None:
    r = random.Random(21)
    assert scan_value({"key": "db.password", "value": password(r)}, "data")
    assert scan_value({"name": "API_TOKEN", "value": rand(r, 24)}, "data")
    assert scan_value({"Name": "stripe_api_key", "Value": rand(r, 40)}, "data")
    for ref in ("${{ secrets.DB_PASSWORD }}", "op://vault/db/password", "vault:secret/db#pw",
                "DB_PASSWORD", "/run/secrets/db", "keychain", "<password>"):
        assert scan_value({"key": "db.password", "value": ref}, "data") == [], ref
    assert scan_value({"key": "build.cmd", "value": "make -j8"}, "data") == []


# property: any covered credential planted in any benign text after any punctuation ------------

def _maker(prefix: str, n: int, alphabet: str = ALNUM) -> st.SearchStrategy[str]:
    return st.integers(0, 2**32).map(lambda seed: prefix + rand(random.Random(seed), n, alphabet))


COVERED = st.one_of(
    _maker("ghp_", 36), _maker("github_pat_11", 80), _maker("glpat-", 20),
    _maker("AKIA", 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), _maker("sk-proj-", 48),
    _maker("sk-ant-api03-", 93), _maker("npm_", 36), _maker("sk_live_", 40),
    _maker("hf_", 34, string.ascii_letters), _maker("pnu_", 36), _maker("dapi", 32, HEX),
    _maker("xoxb-", 24), _maker("vcp_", 56), _maker("ico-", 32), _maker("AIza", 35),
)
PUNCT = [*list("-._+~/=:;,([{<\"'`|&!?*#@$%^"), " ", "\n", "\\n", "x-", "build."]
ENDS = [" ", "\n", ".", ",", ";", ")", "]", "}", "\"", "'", "`", "|", "&", "!", "?", ". ", "\\n"]
benign_words = st.lists(st.sampled_from(
    ["fixed", "the", "lock", "retry", "in", "store.py", "PR", "#57", "commit", "3f9c2ab",
     "212 passed", "https://github.com/acme/app/pull/1", "sha256:" + "ab" * 32, "ULID",
     "01J9ZK3M4N5P6Q7R8S9T0VWXYZ", "claude-sonnet-4-5", "OPENAI_API_KEY", "${TOKEN}"]),
    max_size=12).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(COVERED, benign_words, benign_words, st.sampled_from(PUNCT), st.sampled_from(ENDS))
def test_any_covered_credential_anywhere_in_benign_text_is_rejected(
    token: str, before: str, after: str, left: str, right: str
) -> None:
    text = f"{before}{left}{token}{right}{after}"
    assert any(f.start <= text.index(token) < f.end or text.index(token) <= f.start
               < text.index(token) + len(token) for f in scan_text(text)), (text, scan_text(text))
