"""Properties of the privacy filter, checked on generated inputs.

- A credential in a known format, planted anywhere in random text, is always rejected.
- Engineering text assembled from the benign kinds (hashes, ids, paths, commands, model names,
  placeholders, sentences about tokens and prompts) is always accepted.
- Nothing but ``PrivacyError`` ever escapes ``check``, whatever the value.
- ``PrivacyError`` never repeats the planted secret in ``str`` or ``repr``.
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handoff.errors import PrivacyError
from handoff.privacy import check, scan_text, scan_value

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"
BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _random_chars(r: random.Random, n: int, alphabet: str) -> str:
    """Random characters that read as random (not a placeholder such as xxxx or 'your-...')."""
    while True:
        out = "".join(r.choice(alphabet) for _ in range(n))
        low = out.lower()
        if any(w in low for w in ("your", "xxx", "example", "test", "dummy", "sample", "here")):
            continue
        if len(set(out)) >= min(12, n // 2):
            return out


Maker = Callable[[random.Random], str]
TOKENS: list[tuple[str, Maker]] = [
    ("github-pat", lambda r: "ghp_" + _random_chars(r, 36, ALNUM)),
    ("github-fine-grained-pat", lambda r: "github_pat_11" + _random_chars(r, 80, ALNUM)),
    ("gitlab-pat", lambda r: "glpat-" + _random_chars(r, 20, B64URL)),
    ("aws-access-key-id", lambda r: "AKIA" + _random_chars(r, 16, BASE32)),
    ("openai-api-key", lambda r: "sk-proj-" + _random_chars(r, 48, B64URL)),
    ("anthropic-api-key", lambda r: "sk-ant-api03-" + _random_chars(r, 93, B64URL)),
    ("slack-token", lambda r: "xoxb-" + _random_chars(r, 12, string.digits) + "-"
     + _random_chars(r, 24, ALNUM)),
    ("stripe-secret-key", lambda r: "sk_live_" + _random_chars(r, 40, ALNUM)),
    ("npm-token", lambda r: "npm_" + _random_chars(r, 36, ALNUM)),
    ("huggingface-token", lambda r: "hf_" + _random_chars(r, 34, string.ascii_letters)),
    ("gcp-api-key", lambda r: "AIza" + _random_chars(r, 35, B64URL)),
    ("sendgrid-api-key", lambda r: "SG." + _random_chars(r, 22, B64URL) + "."
     + _random_chars(r, 43, B64URL)),
    ("vault-token", lambda r: "hvs." + _random_chars(r, 90, B64URL)),
    ("databricks-token", lambda r: "dapi" + _random_chars(r, 32, HEX)),
    ("jwt", lambda r: "eyJhbGciOiJIUzI1NiJ9.eyJ" + _random_chars(r, 40, B64URL) + "."
     + _random_chars(r, 43, B64URL)),
]

token = st.tuples(st.sampled_from(TOKENS), st.integers(0, 2**32)).map(
    lambda pair: (pair[0][0], pair[0][1](random.Random(pair[1])))
)
noise = st.text(max_size=200)
SEPARATORS = [" ", "\n", "=", ": ", '"', "'", "(", "`", "\t", ", ", "/", "?token="]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(token, noise, noise, st.sampled_from(SEPARATORS), st.sampled_from(SEPARATORS))
def test_a_planted_token_is_always_rejected(
    planted: tuple[str, str], before: str, after: str, left: str, right: str
) -> None:
    rule, secret = planted
    text = f"{before}{left}{secret}{right}{after}"
    findings = scan_text(text)
    assert any(text[f.start : f.end] == secret and f.rule == rule for f in findings), (
        rule,
        findings,
    )


@settings(max_examples=60, deadline=None)
@given(token, st.lists(st.text(max_size=30), max_size=4), st.text(max_size=20))
def test_privacy_error_never_repeats_the_secret(
    planted: tuple[str, str], path_parts: list[str], prefix: str
) -> None:
    rule, secret = planted
    value = {"text": f"{prefix} {secret}", "next_actions": [f"use {secret}"], secret: 1}
    try:
        check(value, "data")
    except PrivacyError as err:
        assert secret not in str(err) and secret not in repr(err)
        assert all(secret not in f.path for f in err.findings)
        # the token in each of its three places (the prefix may add findings of its own)
        assert sum(f.rule == rule for f in err.findings) == 3
    else:
        raise AssertionError("the planted secret was not rejected")


# -- benign engineering text ---------------------------------------------------------------------


def _hexs(n: int) -> st.SearchStrategy[str]:
    return st.text(alphabet=HEX, min_size=n, max_size=n)


uuid = st.uuids().map(str)
sha = st.one_of(_hexs(7), _hexs(12), _hexs(40))
digest = _hexs(64).map(lambda h: f"sha256:{h}")
ulid = st.text(alphabet="0123456789ABCDEFGHJKMNPQRSTVWXYZ", min_size=26, max_size=26)
path = st.lists(st.sampled_from(["src", "handoff", "tests", "docs", "store.py", "cli.py",
                                 "lock.rs", "main.go", "api", "v1"]), min_size=1, max_size=5).map(
    "/".join
)
url = st.tuples(st.sampled_from(["pull", "issues", "commit"]), st.integers(1, 9999)).map(
    lambda t: f"https://github.com/acme/handoff/{t[0]}/{t[1]}"
)
summary = st.tuples(st.integers(0, 900), st.integers(0, 9), st.floats(0, 99, allow_nan=False)).map(
    lambda t: f"{t[0]} passed, {t[1]} skipped in {t[2]:.2f}s"
)
model = st.sampled_from(["claude-sonnet-4-5", "claude-opus-4-1", "gpt-4o-mini", "o3-mini",
                         "gemini-2.5-pro", "llama-3.1-70b-instruct", "qwen3-coder"])
env_name = st.sampled_from(["GITHUB_TOKEN", "OPENAI_API_KEY", "AWS_SECRET_ACCESS_KEY",
                            "DATABASE_URL", "STRIPE_SECRET_KEY", "NPM_TOKEN", "HF_TOKEN"])
placeholder = st.sampled_from(["sk-...", "<your-token>", "${GITHUB_TOKEN}", "$API_KEY", "xxxx",
                               "********", "changeme", "your-api-key-here", "REDACTED"])
assigned_placeholder = st.tuples(env_name, placeholder).map(lambda t: f"{t[0]}={t[1]}")
command = st.sampled_from([
    "pytest -q -x", "git push --force-with-lease", "docker build -t acme/app:1.2 .",
    "kubectl get pods -n prod", "gh pr create --fill", "npm ci", "cargo test --release",
    "make lint", "ruff check . && mypy --strict handoff",
])
sentence = st.sampled_from([
    "Rotated the API token after the incident.", "The system prompt is built in prompt.py.",
    "User: alice logged in from 10.0.0.7", "Password reset emails were delayed.",
    "The tokenizer counts 812 tokens.", "Key rotation runs nightly.",
    "Secrets come from the keychain at runtime.", "The assistant panel is disabled.",
    "Next: wire the privacy filter into append_many.", "Lock timeout is 10s by default.",
    "OPENAI_API_KEY is unset in CI.", "Here is the plan: schema first, then CLI.",
])
benign_piece = st.one_of(uuid, sha, digest, ulid, path, url, summary, model, env_name,
                         assigned_placeholder, command, sentence,
                         st.integers(0, 10**9).map(str))
SECRET_ENV_NAMES = ("GITHUB_TOKEN", "OPENAI_API_KEY", "AWS_SECRET_ACCESS_KEY",
                    "STRIPE_SECRET_KEY", "NPM_TOKEN", "HF_TOKEN")
NAME_THEN_HEX = re.compile(rf"\b(?:{'|'.join(SECRET_ENV_NAMES)}) [0-9a-f]{{32,}}\b")
"""A secret's name, one blank, then 32+ hex: ``GITHUB_TOKEN 3f0c...`` is how a classic 40-hex
GitHub token (or any hex secret) is written beside its name, so the filter rejects it on
purpose (``test_a_secret_name_then_hex_is_rejected``). Joining an env name and a commit sha
with a blank builds exactly that shape, so the benign generator leaves it out."""

benign_text = (
    st.lists(benign_piece, min_size=1, max_size=25)
    .flatmap(
        lambda pieces: st.sampled_from([" ", "\n", "; ", ", "]).map(lambda sep: sep.join(pieces))
    )
    .filter(lambda text: not NAME_THEN_HEX.search(text))
)


@settings(max_examples=200, deadline=None)
@given(benign_text)
def test_benign_engineering_text_is_accepted(text: str) -> None:
    assert scan_text(text) == [], [(f.rule, text[f.start : f.end]) for f in scan_text(text)]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(SECRET_ENV_NAMES), st.integers(0, 2**32), st.sampled_from([32, 40, 64]))
def test_a_secret_name_then_hex_is_rejected(name: str, seed: int, n: int) -> None:
    """The shape the benign generator leaves out is a credential: random hex after a secret's
    name with one blank between."""
    text = f"{name} {_random_chars(random.Random(seed), n, HEX)}"
    assert [f.rule for f in scan_text(text)] == ["secret-hex-follower"]


@pytest.mark.parametrize("text", [
    "GITHUB_TOKEN 0000000000000000000000000000000123456789",  # CI's shrunk example
    "GITHUB_TOKEN 0000000100000002000000050000000300046789",  # zeros fill most of it
])
def test_padded_hex_after_a_secret_name_is_accepted(text: str) -> None:
    """Hex padded with zeros is a placeholder, not a token."""
    assert scan_text(text) == []


@settings(max_examples=50, deadline=None)
@given(st.sampled_from(SECRET_ENV_NAMES), st.integers(0, 2**32))
def test_hex_after_a_reference_to_a_secret_is_accepted(name: str, seed: int) -> None:
    """``$API_KEY`` refers to the secret; it labels nothing after it (the second example
    hypothesis found: an assigned placeholder, then a sha)."""
    text = f"GITHUB_TOKEN=${name} {_random_chars(random.Random(seed), 40, HEX)}"
    assert scan_text(text) == []


# -- never anything but PrivacyError ---------------------------------------------------------------

json_like = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(),
              st.binary(max_size=50)),
    lambda children: st.one_of(
        st.lists(children, max_size=5),
        st.tuples(children, children),
        st.dictionaries(st.one_of(st.text(max_size=20), st.integers()), children, max_size=5),
    ),
    max_leaves=30,
)


@settings(max_examples=200, deadline=None)
@given(json_like)
def test_check_raises_nothing_but_privacy_error(value: object) -> None:
    try:
        check(value, "data")
    except PrivacyError as err:
        assert all(f.rule != "scanner-error" for f in err.findings)
    findings = scan_value(value, "data")
    assert all(f.rule != "scanner-error" for f in findings)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=3000))
def test_scan_text_returns_valid_spans_on_any_text(text: str) -> None:
    for f in scan_text(text, "p"):
        assert 0 <= f.start <= f.end <= len(text) and f.path == "p"
        assert f.rule != "scanner-error"


def test_round5_passwords_before_their_noun_are_caught_for_fixed_seeds() -> None:
    """Round 5's property (``test_any_covered_credential_in_benign_text_is_rejected``) drew a
    random-letter password that ``is_wordy`` reads as a camelCase name about once in 400 runs
    (``ityebtPod0 is the master password for the vault``, session 16). Since session 17 a value
    the clause itself names a password needs only mixed case and a digit; this sweep runs the
    same generator over fixed seeds, so the class is checked on every run, not by chance."""
    from . import test_privacy_round5 as r5

    missed = []
    for seed in range(1500):
        r5.RND.seed(seed)
        value = r5._password()
        text = f"{value} is the master password for the vault"
        if not scan_text(text):
            missed.append(text)
    assert missed == []
