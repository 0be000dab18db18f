"""Every privacy rule's own examples match it, and its near misses do not."""

from __future__ import annotations

from pathlib import Path

import pytest

import handoff
from handoff import PrivacyError
from handoff.privacy import RULES, check, scan_text

from .conftest import snapshot

CASES = [(r.id, ex) for r in RULES for ex in r.examples]
MISSES = [(r.id, ex) for r in RULES for ex in r.near_misses]


def test_rule_ids_are_unique_and_every_rule_has_examples() -> None:
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        assert rule.examples and rule.near_misses, rule.id


@pytest.mark.parametrize(("rule_id", "text"), CASES)
def test_examples_are_caught(rule_id: str, text: str) -> None:
    assert scan_text(text), f"{rule_id} missed its own example"


@pytest.mark.parametrize(("rule_id", "text"), MISSES)
def test_near_misses_are_not_caught_by_their_rule(rule_id: str, text: str) -> None:
    assert rule_id not in {f.rule for f in scan_text(text)}


@pytest.mark.parametrize("text", [
    "212 passed, 3 skipped in 41.2s", "git checkout 4f1c2d9a4f1c2d9a4f1c2d9a4f1c2d9a4f1c2d9a",
    "https://github.com/acme/widget/pull/131", "image sha256:" + "ab12" * 16,
    "uuid 019a0000-0000-7000-8000-00000000000a", "export GITHUB_TOKEN=${GITHUB_TOKEN}",
    "model claude-sonnet-4-5 rate-limited until 10:00Z", "/home/dev/src/widget/handoff/store.py",
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk3r9Qx7Lm2Pv8Tn4Wc6Yb1Hd5Jf0Gs2Ae7Ru9IoKp dev@box",
    "the system prompt is assembled in prompt.py", "set api_key to your-api-key-here",
])
def test_ordinary_engineering_text_passes(text: str) -> None:
    assert scan_text(text) == []


def test_format_rule_wins_over_the_generic_rule() -> None:
    findings = scan_text("export GH_TOKEN=ghp_Q3kX9mL2pV8tN4wC6yB1hD5jF0gS2aE7rU9i")
    assert [f.rule for f in findings] == ["github-token"]


def test_privacy_error_never_contains_the_value() -> None:
    planted = "ghp_Q3kX9mL2pV8tN4wC6yB1hD5jF0gS2aE7rU9i"
    with pytest.raises(PrivacyError) as info:
        check({"text": f"use {planted}"}, "data")
    assert planted not in str(info.value) and planted not in repr(info.value)
    [finding] = info.value.findings
    assert (finding.path, finding.rule) == ("data.text", "github-token")


def test_a_rejected_write_leaves_the_store_byte_identical(tmp_path: Path) -> None:
    planted = "sk-proj-Zk3r9Qx7Lm2Pv8Tn4Wc6Yb1Hd5Jf0Gs2Ae7Ru9IoKp"
    with handoff.open_store(tmp_path / "s") as store:
        store.append("note", {"text": "baseline"})
        before = snapshot(store.root)
        with pytest.raises(PrivacyError):
            store.append("note", {"text": "key", "next_actions": [f"export OPENAI_API_KEY={planted}"]})
        with pytest.raises(PrivacyError):
            store.append("config", {"key": "db", "value": "postgres://app:Zk3r9Qx7@db:5432/app"})
        with pytest.raises(PrivacyError):
            store.append("note", {"text": "ok"}, scope={"session": planted})
        assert snapshot(store.root) == before
        for path in store.root.rglob("*"):
            if path.is_file():
                assert planted.encode() not in path.read_bytes()


def test_the_cli_rejects_with_exit_3_and_never_prints_the_secret(cli) -> None:  # type: ignore[no-untyped-def]
    planted = "glpat-Zk3r9Qx7Lm2Pv8Tn4Wc6"
    out = cli("note", f"deploy with {planted}")
    assert out.returncode == 3
    assert planted not in out.stderr and planted not in out.stdout
    assert "gitlab-token" in out.stderr and "Traceback" not in out.stderr
