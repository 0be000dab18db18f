"""`handoff brief`: must-read items first, whole items only, never over its budget.

Stores are generated through the real Store (every event validated and privacy-checked)
at many sizes, with items long enough to force omissions; freshness is checked against a
real git repository whose HEAD moves.
"""

from __future__ import annotations

import os
import random
import re
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import handoff
from handoff.brief import FIRST_TIER_ACTIONS, HOST_BUDGETS, MIN_BUDGET, build

from .conftest import CliRunner

WORDS = ("lock", "timeout", "retry", "backoff", "review", "branch", "bench", "green", "flaky", "fixture",
         "proxy", "cache", "index", "migration", "schema", "release", "parser", "docs", "ci", "runner",
         "worker", "queue", "deploy", "staging")


def _words(rnd: random.Random, n: int) -> str:
    return " ".join(rnd.choice(WORDS) for _ in range(n))


def _events(seed: int, size: int) -> list[tuple[str, dict[str, Any]]]:
    """`size` events of every kind, some items long, deterministic per seed."""
    rnd = random.Random(seed)
    out: list[tuple[str, dict[str, Any]]] = []
    for i in range(size):
        r = rnd.random()
        if r < 0.35:
            lines = [_words(rnd, rnd.randint(1, 40)) for _ in range(rnd.randint(1, 6))]
            actions = [_words(rnd, rnd.randint(1, 60))[:500] for _ in range(rnd.randint(0, 12))]
            out.append(("note", {"text": "\n".join(lines)[:8000], "next_actions": actions}))
        elif r < 0.55:
            command = f"pytest -q tests/{rnd.choice(WORDS)}_{i % 40} " + _words(rnd, rnd.randint(0, 300))
            out.append(("validation", {"command": command[:2000], "exit_code": rnd.choice([0, 0, 1, 2]),
                                       "commit": f"{rnd.getrandbits(160):040x}",
                                       "summary": _words(rnd, 5)}))
        elif r < 0.65:
            out.append(("pointer", {"repo": f"acme/repo-{rnd.randint(0, 30)}", "branch": f"fix/{rnd.choice(WORDS)}",
                                    "pr": rnd.randint(1, 5000), "title": _words(rnd, rnd.randint(1, 40))[:300]}))
        elif r < 0.75:
            out.append(("model_health", {"provider": rnd.choice(["anthropic", "openai"]),
                                         "model": f"model-{rnd.randint(0, 40)}",
                                         "status": rnd.choice(["ok", "rate_limited", "down"]),
                                         "reset_at": "2099-01-01T00:00:00Z"}))
        elif r < 0.9:
            out.append(("config", {"key": f"{rnd.choice(WORDS)}.{i}", "value": _words(rnd, rnd.randint(1, 80))[:1000],
                                   "source": "pyproject.toml"}))
        else:
            out.append(("runtime", {"component": f"svc-{rnd.randint(0, 20)}", "status": rnd.choice(["up", "down"])}))
    return out


def _store(path: Path, events: list[tuple[str, dict[str, Any]]]) -> handoff.Store:
    store = handoff.open_store(path, durability="never")
    for start in range(0, len(events), 500):
        store.append_many(events[start:start + 500])
    return store


def _open_actions(state: dict[str, Any], now: datetime) -> list[dict[str, Any]]:
    out = []
    for note in state["notes"]:
        expires = note.get("expires_at")
        if expires and datetime.fromisoformat(expires.replace("Z", "+00:00")) <= now:
            continue
        out.extend(a for a in note["actions"] if not a["done"])
    return out


@pytest.mark.parametrize("host", sorted(HOST_BUDGETS))
@pytest.mark.parametrize(("seed", "size"), [(1, 0), (2, 1), (3, 6), (4, 40), (5, 300), (6, 3000)])
def test_brief_fits_keeps_must_reads_and_names_what_it_left_out(tmp_path: Path, host: str, seed: int,
                                                                size: int) -> None:
    events = _events(seed, size)
    if size:
        events.append(("pointer", {"repo": "acme/active", "branch": "fix/lock", "pr": 131}))
    store = _store(tmp_path / "s", events)
    state = store.latest()
    now = datetime.now(UTC)
    brief = build(state, host=host, now=now, head=(None, None))
    budget = HOST_BUDGETS[host]
    text = brief.text

    assert len(text) <= budget
    if size:
        assert "- Active: acme/active  branch fix/lock  PR #131" in text
    actions = _open_actions(state, now)
    if actions:
        assert f"(`handoff done {actions[0]['id']}`)" in text
    # whole items: every action line shown is an action's full text with its own id
    by_id = {a["id"]: a["text"] for a in actions}
    for shown, action_id in re.findall(r"^- \[ \] (.*) \(`handoff done (\S+)`\)$", text, re.MULTILINE):
        assert shown == " ".join(by_id[action_id].split())
    # every note shown is whole
    notes = {n["seq"]: n["text"].strip() for n in state["notes"]}
    for seq in map(int, re.findall(r"^- \[#(\d+), ", text, re.MULTILINE)):
        first_line = notes[seq].splitlines()[0]
        assert first_line in text and all(line.strip() in text for line in notes[seq].splitlines())
    # what was left out is counted and named, with the budget that shows everything
    if brief.omitted:
        last = text.rstrip("\n").splitlines()[-1]
        assert last.startswith(f"_Left out to fit {budget} characters:")
        assert f"`handoff brief --budget {brief.full_chars}`" in last
        full = build(state, host=host, budget=brief.full_chars, now=now, head=(None, None))
        assert not full.omitted and len(full.text) == brief.full_chars
        for section, n in full.included.items():  # each item is either shown or counted as left out
            assert brief.included.get(section, 0) + brief.omitted.get(section, 0) == n
            shown = len(re.findall(r"`handoff done \d", text)) if section == "actions" else None
            assert shown is None or shown == brief.included.get("actions", 0)
    else:
        assert "Left out" not in text
    store.close()


def test_least_important_go_first_and_actions_stay_oldest_first(tmp_path: Path) -> None:
    events: list[tuple[str, dict[str, Any]]] = [("pointer", {"repo": "acme/widget", "pr": 7})]
    events += [("note", {"text": f"batch {n}", "next_actions": [f"step {n}.{k} " + "x" * 60 for k in range(1, 11)]})
               for n in range(30)]
    events += [("validation", {"command": f"make check-{i}", "exit_code": 0}) for i in range(40)]
    events += [("config", {"key": f"k{i}", "value": "v" * 50}) for i in range(40)]
    store = _store(tmp_path / "s", events)
    state = store.latest()
    brief = build(state, budget=MIN_BUDGET, head=(None, None))
    ids = re.findall(r"`handoff done (\d[\d.]*)`", brief.text)
    assert ids == [a["id"] for a in _open_actions(state, datetime.now(UTC))][: len(ids)]  # a prefix: oldest first
    assert 0 < len(ids) < FIRST_TIER_ACTIONS
    # second-tier items (passing validations) only once every first-tier item was tried
    assert "### Passing validations" not in brief.text
    assert brief.omitted["more_validations"] == 40 and brief.omitted["actions"] > 0
    store.close()


def test_freshness_against_a_git_repository_whose_head_moves(tmp_path: Path, cli: CliRunner) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.invalid", "HOME": str(tmp_path), "PATH": os.environ["PATH"]}

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True,
                              text=True).stdout.strip()

    git("init", "-q", "-b", "main")
    git("commit", "-q", "--allow-empty", "-m", "one")
    first = git("rev-parse", "HEAD")
    assert cli("validation", "--command", "pytest -q", "--exit-code", "0", cwd=repo).returncode == 0
    fresh = cli("brief", cwd=repo).stdout
    assert f"HEAD {first[:10]}" in fresh and "STALE" not in fresh
    assert "### Passing validations" in fresh and "PASS pytest -q" in fresh

    git("commit", "-q", "--allow-empty", "-m", "two")
    second = git("rev-parse", "HEAD")
    moved = cli("brief", cwd=repo).stdout
    assert f"HEAD {second[:10]}" in moved
    stale_section = moved.split("### Failing or stale validations", 1)[1]
    assert f"STALE: ran on {first[:12]}, HEAD is now {second[:12]}" in stale_section.split("###")[0]


def test_rate_limits_are_judged_at_build_time(tmp_path: Path) -> None:
    reset = datetime(2030, 1, 1, tzinfo=UTC)
    store = _store(tmp_path / "s", [("model_health", {"provider": "anthropic", "model": "m1",
                                                      "status": "rate_limited", "reset_at": reset.isoformat()})])
    state = store.latest()
    before = build(state, now=reset - timedelta(minutes=5), head=(None, None)).text
    after = build(state, now=reset + timedelta(minutes=5), head=(None, None)).text
    assert "### Models not usable now" in before and "until 2030-01-01T00:00:00Z" in before
    assert "### Models not usable now" not in after
    store.close()


def test_cli_brief_sizes_json_and_errors(tmp_path: Path, cli: CliRunner) -> None:
    assert cli("brief").returncode == 7  # no store
    big = [("note", {"text": "n", "next_actions": ["a" * 400] * 50}) for _ in range(20)]
    store = _store(tmp_path / "store", [("pointer", {"repo": "acme/widget"}), *big])
    store.close()
    for host, budget in HOST_BUDGETS.items():
        out = cli("brief", "--for", host)
        assert out.returncode == 0 and len(out.stdout) <= budget and "_Left out to fit" in out.stdout
    doc = __import__("json").loads(cli("brief", "--for", "codex", "--format", "json").stdout)
    assert doc["budget"] == HOST_BUDGETS["codex"] and doc["chars"] <= doc["budget"]
    assert doc["omitted"]["actions"] > 0 and doc["markdown"].startswith("## Handoff")
    bad = cli("brief", "--budget", "100")
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1


def test_empty_store_says_so(tmp_path: Path) -> None:
    store = handoff.open_store(tmp_path / "s")
    text = build(store.latest(), head=(None, None)).text
    assert "Nothing recorded yet" in text
    store.close()
