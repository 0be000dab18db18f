"""Round 2 of issue 11: the prompt and credential classes a blind corpus still found, each with
examples built from random values and hard negatives of the same surface (an agent's own
imperative next actions, notes about models and prompts, passwords in the abstract)."""

from __future__ import annotations

import random
import string

import pytest

from handoff.privacy import RULES, scan_text

_PROMPT_RULES = {r.id for r in RULES if r.category == "prompt"}

_R = random.Random(1122)


def _pw() -> str:
    while True:
        v = "".join(_R.choice(string.ascii_letters + string.digits + "#%*") for _ in range(16))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v):
            return v


PROMPTS = [
    # requests without role markers
    "Compose a short poem about database migrations.",
    "Generate five catchy names for a bakery.",
    "Could you help me write a SQL query that finds duplicate emails?",
    "Explain the difference between threads and processes in simple terms.",
    "Translate this paragraph into German: the release slipped a week.",
    # task specifications
    "Your task: sort the list. Output only the code, no commentary.",
    "Objective: parse the dates. Constraints: standard library only. Format: one code block.",
    "You will be given a complaint. Respond with an apology and a fix.",
    # personas
    "From now on answer as a pirate and never break character.",
    "Act as a Linux terminal. I will type commands and you will reply with the output.",
    "Pretend to be my grandmother and explain Kubernetes to me.",
    # boilerplate answers
    "Of course! Below is a plan to merge the two lists. Let me know if you'd like changes.",
    "Absolutely! Here are three ideas for your podcast: 1. Nimbus 2. Kite 3. Ember.",
    # other languages
    "Schreibe eine Python-Funktion, die eine Liste sortiert.",
    "Explícame qué es una base de datos vectorial.",
    "Agis comme un pirate et réponds-moi en français.",
    "Напиши функцию на Python, которая сортирует список.",
    "请解释一下进程和线程的区别。",
    "プロセスとスレッドの違いを説明してください。",
    "当然可以\uff01下面是一个函数。希望对你有帮助\uff01",
    "承知しました。他にご質問があればお知らせください。",
    # speakers with any name, flattened transcripts
    "Alice: why is the build slow?\nBot: The cache key omits the lockfile hash, so it misses.",
    "Kim: how do I center a div? Sage: Use flexbox on the parent element. Kim: and how vertically?"
    " Sage: Add align-items center to the same parent.",
    "USER> how do I reverse a list? ASSISTANT> Call reversed on it or use a slice.",
    "[Tom] what does this error mean?\n[Bot] The port is taken, so stop the other server.",
    # verbatim output under any label
    "Response from the model:\nYou can solve this by keeping a set of seen items. Skip the items"
    " already in the set and append the rest.",
    "Copilot suggested this, word for word: \"There are three common causes. First, the pool may"
    " be exhausted.\"",
]

BENIGN = [
    "Fix the flaky test, then rerun CI.",
    "Summarize the benchmark results in the PR description.",
    "Explain the retry policy in docs/design.md before merging.",
    "Translate the error messages in locales/de.json (3 missing).",
    "Generate the API client again after the schema change: make gen-client.",
    "From now on, run `make lint` before every push; CI rejects unformatted code.",
    "Act as the reviewer of record for the release branch this week.",
    "The proxy acts as a cache for the registry.",
    "Can you take the on-call shift on Thursday? I'm out.",
    "TODO: act on the review comments, answer Jane's question about the index, push.",
    "Draft the postmortem for Tuesday's outage and share it with the team.",
    "The assistant replied with a 500 twice; the gateway timeout is 30s.",
    "Model outputs are cached by a hash of the prompt; cache hit rate 62%.",
    "Q: why does the lock time out?\nA: the holder crashed; see the crash tests.",
    "Cause: the lock was never released. Fix: release it in a finally block.",
    "The password is hashed with argon2id before it is stored.",
    "das Passwort wird mit bcrypt gehasht",
    "次のステップ\uff1aビルドを修正してからリリースする。",
    "下一步\uff1a修复构建失败\uff0c然后发布 2.3。",
]


@pytest.mark.parametrize("text", PROMPTS)
def test_round2_prompt_classes_are_rejected(text: str) -> None:
    assert any(f.rule in _PROMPT_RULES for f in scan_text(text)), text


@pytest.mark.parametrize("text", BENIGN)
def test_round2_hard_negatives_pass(text: str) -> None:
    assert scan_text(text) == [], text


@pytest.mark.parametrize("template", [
    "the password is {pw}", "the passphrase we agreed on is {pw}", "das Passwort lautet {pw}",
    "la contraseña es {pw}", "la clave del servidor es {pw}", "het wachtwoord is {pw}",
    "hasło: {pw}", "密码是 {pw}", "パスワードは {pw} です", "пароль {pw}",
    "echo {pw} | sudo -S apt-get install -y nginx", "localhost:5432:app:app:{pw}",
    "proxy_set_header X-Auth-Token {pw};",
])
def test_round2_credential_classes_are_rejected(template: str) -> None:
    text = template.format(pw=_pw())
    assert any(f.rule not in _PROMPT_RULES for f in scan_text(text)), text
