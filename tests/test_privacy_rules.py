"""Every privacy rule's own examples match it and its near misses do not; the filter's contract
(paths, spans, never the value, never an exception) holds on odd and hostile inputs."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

import handoff
from handoff.errors import Finding, PrivacyError
from handoff.privacy import FORBIDDEN_FIELD_NAMES, RULES, check, scan_text, scan_value
from handoff.privacy.rules import AGGREGATE, ASSIGNMENT, CREDENTIAL, KEYWORD, PROMPT, TOKEN

from .conftest import snapshot

CASES = [pytest.param(r.id, ex, id=f"{r.id}-{i}") for r in RULES for i, ex in enumerate(r.examples)]
MISSES = [
    pytest.param(r.id, ex, id=f"{r.id}-{i}") for r in RULES for i, ex in enumerate(r.near_misses)
]
PROJECT = Path(__file__).resolve().parent.parent


FIELD_RULES = {"secret-named-field"}
"""Rules that judge a dict's field by its name: their examples are JSON objects."""


def rules_of(text: str, rule_id: str = "") -> set[str]:
    """Rule ids found in a text; the examples of field rules are scanned as the value they
    encode."""
    if rule_id in FIELD_RULES:
        try:
            value = json.loads(text)
        except ValueError:
            value = None
        if isinstance(value, dict):
            return {f.rule for f in scan_value(value, "data")}
    return {f.rule for f in scan_text(text)}


# -- the table itself --------------------------------------------------------------------------


def test_rule_ids_are_unique_kebab_case_and_every_rule_is_complete() -> None:
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", rule.id), rule.id
        assert rule.description and rule.examples and rule.near_misses, rule.id
        assert rule.category in (CREDENTIAL, PROMPT), rule.id
        assert rule.kind in (TOKEN, KEYWORD, ASSIGNMENT, AGGREGATE), rule.id
        if rule.kind == TOKEN:
            assert rule.prefixes or rule.infixes, rule.id
        if rule.kind in (KEYWORD, AGGREGATE):
            assert rule.keywords and all(k == k.lower() for k in rule.keywords), rule.id
        if rule.kind == AGGREGATE and not rule.procedural:
            assert rule.aggregate is not None, rule.id


def test_infix_formats_are_long_enough_for_the_long_run_dispatch() -> None:
    from handoff.privacy.scanner import _INFIX_MIN_RUN

    for rule in RULES:
        if rule.infixes:
            for example in rule.examples:
                for f in scan_text(example):
                    if f.rule == rule.id:
                        assert f.end - f.start >= _INFIX_MIN_RUN, rule.id


def test_a_scanner_bug_fails_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    from handoff.privacy import scanner

    def broken(text: str, path: str) -> list[Finding]:
        raise IndexError("a bug")

    monkeypatch.setattr(scanner, "_scan", broken)
    assert [f.rule for f in scan_text("anything at all", "p")] == ["scanner-error"]
    with pytest.raises(PrivacyError):
        check({"text": "anything at all"}, "data")


def test_every_pattern_compiles() -> None:
    for rule in RULES:
        re.compile(rule.pattern)
        if rule.name_pattern:
            re.compile(rule.name_pattern)


def test_the_table_covers_the_formats_the_brief_names() -> None:
    ids = {r.id for r in RULES}
    for needed in ("aws-access-key-id", "github-pat", "gitlab-pat", "openai-api-key",
                   "anthropic-api-key", "slack-token", "stripe-secret-key", "jwt",
                   "private-key-block", "url-credentials", "generic-assignment",
                   "transcript-roles", "chat-template", "system-prompt", "model-output"):
        assert needed in ids
    assert len([r for r in RULES if r.category == CREDENTIAL]) >= 60


@pytest.mark.parametrize(("rule_id", "text"), CASES)
def test_examples_are_caught_by_their_rule(rule_id: str, text: str) -> None:
    found = rules_of(text, rule_id)
    assert rule_id in found, f"{rule_id} missed its own example (found {found})"
    assert "scanner-error" not in found


@pytest.mark.parametrize(("rule_id", "text"), MISSES)
def test_near_misses_are_not_caught_by_their_rule(rule_id: str, text: str) -> None:
    found = rules_of(text, rule_id)
    assert rule_id not in found
    assert "scanner-error" not in found


# -- ordinary engineering text -----------------------------------------------------------------

ORDINARY = [
    "212 passed, 3 skipped in 41.2s",
    "git checkout 4f1c2d9a4f1c2d9a4f1c2d9a4f1c2d9a4f1c2d9a",
    "https://github.com/acme/widget/pull/131",
    "image sha256:" + "ab12" * 16,
    "uuid 019a0000-0000-7000-8000-00000000000a and ULID 01HZX3K9Q8W7E6R5T4Y3U2I1O0",
    "export GITHUB_TOKEN=${GITHUB_TOKEN}",
    "model claude-sonnet-4-5 rate-limited until 10:00Z; fell back to gpt-4o-mini",
    "/home/dev/src/widget/handoff/store.py:212",
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk3r9Qx7Lm2Pv8Tn4Wc6Yb1Hd5Jf0Gs2Ae7Ru9IoKp dev@box",
    "the system prompt is assembled in prompt.py",
    "set api_key to your-api-key-here",
    "OPENAI_API_KEY is unset, so the live tests were skipped",
    "OPENAI_API_KEY=sk-... (placeholder in .env.example)",
    "token=<your-token> password=******** secret=REDACTED key=xxxx",
    "rotated the API token; the old one is revoked",
    "User: alice logged in from 10.0.0.7",
    '"integrity": "sha512-Q2hlY2tzdW1zIGFyZSBub3Qgc2VjcmV0cyBhdCBhbGwsIGp1c3QgaGFzaGVz"',
    "traceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
    'ETag: "33a64df551425fcc55e4d42a148795d9f25f89d4"',
    "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBa\n-----END CERTIFICATE-----",
    "Rate limit: 4,000 requests/min, 80% used; anthropic-ratelimit-tokens-remaining: 31000",
    "bumped handoff 0.1.0 -> 0.2.0, pydantic 2.7.1, Python 3.11.7",
    "max_tokens: 4096, prompt_tokens=812, completion_tokens=90",
    "request_id=req_011CP3kZk3r9Qx7Lm2Pv8Tn4 message msg_01XFDUDYJgAACzvnptvVoYEL",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_engineering_text_passes(text: str) -> None:
    assert scan_text(text) == []


def test_a_format_rule_wins_over_the_generic_rule() -> None:
    findings = scan_text("export GH_TOKEN=ghp_Q3kX9mL2pV8tN4wC6yB1hD5jF0gS2aE7rU9i")
    assert [f.rule for f in findings] == ["github-pat"]
    assert findings[0].start == len("export GH_TOKEN=")
    assert findings[0].end == len("export GH_TOKEN=ghp_Q3kX9mL2pV8tN4wC6yB1hD5jF0gS2aE7rU9i")


def test_a_token_is_reported_whole() -> None:
    token = "sk-proj-" + "Zk3r9Qx7Lm2Pv8Tn4Wc6Yb1Hd5Jf0Gs2Ae7Ru9IoKp"
    text = f"key: {token} (staging)"
    [finding] = scan_text(text)
    assert text[finding.start : finding.end] == token


# -- values, paths and the error ----------------------------------------------------------------


def test_scan_value_walks_keys_values_lists_and_reports_paths() -> None:
    planted = "ghp_Q3kX9mL2pV8tN4wC6yB1hD5jF0gS2aE7rU9i"
    value = {
        "text": "fine",
        "next_actions": ["a", "b", f"push with {planted}"],
        "key": planted,
        "count": 3,
        "ok": True,
        "none": None,
        "ratio": 0.5,
        "nested": {"deep": [{"x": planted}]},
    }
    paths = {f.path for f in scan_value(value, "data")}
    assert paths == {"data.next_actions[2]", "data.key", "data.nested.deep[0].x"}


def test_a_secret_dict_key_is_reported_without_putting_it_in_the_path() -> None:
    planted = "ghp_Q3kX9mL2pV8tN4wC6yB1hD5jF0gS2aE7rU9i"
    findings = scan_value({"ok": 1, planted: "value"}, "data")
    assert [f.path for f in findings] == ["data.<key 1>"]
    assert all(planted not in f.path for f in findings)


def test_a_secret_named_key_gives_its_value_context() -> None:
    findings = scan_value({"db_password": "Zr8kq2Lw9Xv4", "name": "Zr8kq2Lw9Xv4"}, "data")
    assert [(f.path, f.rule) for f in findings] == [("data.db_password", "generic-assignment")]
    assert scan_value({"db_password": "${DB_PASSWORD}", "password": "changeme"}, "data") == []


def test_check_raises_privacy_error_with_findings_and_never_the_value() -> None:
    planted = "glpat-Zk3r9Qx7Lm2Pv8Tn4Wc6"
    with pytest.raises(PrivacyError) as info:
        check({"text": f"use {planted} for CI"}, "data")
    assert planted not in str(info.value) and planted not in repr(info.value)
    [finding] = info.value.findings
    assert isinstance(finding, Finding)
    assert (finding.path, finding.rule) == ("data.text", "gitlab-pat")
    assert "data.text" in str(info.value) and "gitlab-pat" in str(info.value)
    check({"text": "nothing to see", "n": 1}, "data")  # no exception


def test_forbidden_field_names_cover_conversation_fields() -> None:
    assert isinstance(FORBIDDEN_FIELD_NAMES, frozenset)
    for name in ("prompt", "messages", "completion", "response", "content", "transcript"):
        assert name in FORBIDDEN_FIELD_NAMES


# -- robustness ---------------------------------------------------------------------------------

ODD = [
    "",
    "x",
    "\x00" * 64,
    "\ud800\udfff broken surrogates \udc80 ghp_" + "Q3kX9mL2pV8tN4wC6yB1hD5jF0gS2aE7rU9i",
    "日本語のテキスト、パスワード=秘密です。" * 20,
    "emoji 🔑 token=🔒🔒🔒🔒🔒🔒🔒🔒🔒🔒🔒🔒🔒🔒🔒🔒",
    bytes(range(256)).decode("latin-1") * 8,
    "\u0130\u0131\u017fK" * 100 + " password = Zr8kq2Lw9Xv4",  # case mappings that change length
    "\r\n\t\v\f" * 100,
    "key=" * 500,
    "://@" * 500,
    "<|" * 500 + "[INST]" * 100,
    "User:\nAssistant:\n" * 200,
]


@pytest.mark.parametrize("text", ODD)
def test_odd_inputs_return_findings_and_never_raise(text: str) -> None:
    findings = scan_text(text, "p")
    assert isinstance(findings, list)
    for f in findings:
        assert f.rule != "scanner-error"
        assert 0 <= f.start <= f.end <= len(text)


def test_non_ascii_does_not_shift_spans() -> None:
    token = "ghp_Q3kX9mL2pV8tN4wC6yB1hD5jF0gS2aE7rU9i"
    text = "→ ünïcödé 💥 " + token + " ✓"
    [f] = scan_text(text)
    assert text[f.start : f.end] == token


def test_odd_values_are_walked_without_raising() -> None:
    cyclic: list[object] = ["ghp_Q3kX9mL2pV8tN4wC6yB1hD5jF0gS2aE7rU9i"]
    cyclic.append(cyclic)
    assert [f.path for f in scan_value(cyclic, "v")] == ["v[0]"]
    deep: object = "AKIA" + "QZJ7UFRDL3ERBFQF"
    for _ in range(5000):
        deep = [deep]
    assert len(scan_value(deep)) == 1
    weird = {1: "x", None: "y", (1, 2): "z", "b": b"ghp_Q3kX9mL2pV8tN4wC6yB1hD5jF0gS2aE7rU9i"}
    assert [f.path for f in scan_value(weird, "w")] == ["w.b"]
    assert scan_value(object()) == [] and scan_value(12) == [] and scan_value(None) == []


ADVERSARIAL = [
    "a" * 1_000_000,
    "ghp_" * 250_000,
    "password=" * 110_000,
    "-----BEGIN " * 90_000,
    "eyJ" + "a" * 999_990 + ".eyJ",
    "User: x\n" * 120_000,
    "://a:" * 200_000,
    "you are a " * 100_000,
    ("x" * 63 + " ") * 15_000,
    "Cookie: " + "a=b; " * 190_000,
    "sk-" + "-" * 999_990,
    "k" + "ind: Secret\ndata:\n" + "  k: v\n" * 150_000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=[t[:12] for t in ADVERSARIAL])
def test_a_megabyte_of_adversarial_text_completes(text: str) -> None:
    began = time.perf_counter()
    findings = scan_text(text)
    assert isinstance(findings, list)
    assert all(f.rule != "scanner-error" for f in findings)
    print(f"{len(text):,} chars in {time.perf_counter() - began:.2f}s")  # informative only


# -- cost model ---------------------------------------------------------------------------------


def test_importing_the_filter_compiles_nothing_and_a_clean_note_compiles_nothing() -> None:
    code = (
        "from handoff.privacy import scan_text, scanner\n"
        "assert not scanner._compiled\n"
        "assert scan_text('Refactored the lock; 212 tests green on main (3f9c2ab).') == []\n"
        "assert not scanner._compiled, scanner._compiled\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=PROJECT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


# -- through the store and the CLI ---------------------------------------------------------------


def test_a_rejected_write_leaves_the_store_byte_identical(tmp_path: Path) -> None:
    planted = "sk-proj-Zk3r9Qx7Lm2Pv8Tn4Wc6Yb1Hd5Jf0Gs2Ae7Ru9IoKp"
    with handoff.open_store(tmp_path / "s") as store:
        store.append("note", {"text": "baseline"})
        before = snapshot(store.root)
        with pytest.raises(PrivacyError):
            store.append(
                "note", {"text": "key", "next_actions": [f"export OPENAI_API_KEY={planted}"]}
            )
        with pytest.raises(PrivacyError):
            store.append("config", {"key": "db", "value": "postgres://app:Zk3r9Qx7@db:5432/app"})
        with pytest.raises(PrivacyError):
            store.append("note", {"text": "ok"}, scope={"session": planted})
        with pytest.raises(PrivacyError):
            store.append("note", {"text": "User: fix it please\nAssistant: Sure, here it is."})
        assert snapshot(store.root) == before
        for path in store.root.rglob("*"):
            if path.is_file():
                assert planted.encode() not in path.read_bytes()


def test_the_cli_rejects_with_exit_3_and_never_prints_the_secret(cli) -> None:  # type: ignore[no-untyped-def]
    planted = "glpat-Zk3r9Qx7Lm2Pv8Tn4Wc6"
    out = cli("note", f"deploy with {planted}")
    assert out.returncode == 3
    assert planted not in out.stderr and planted not in out.stdout
    assert "gitlab-pat" in out.stderr and "Traceback" not in out.stderr
