"""`handoff hooks install|uninstall` on real settings files that already hold other things.

Every case runs the real `handoff` entry point in a project directory (with a `.git`, so
it is a repository root) and a private HOME, and compares files byte for byte.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from .conftest import handoff_command

EXE = "/opt/tools/bin/handoff"

CLAUDE_SETTINGS = {
    "model": "claude-sonnet-4-5",
    "permissions": {"allow": ["Bash(make test)"], "deny": ["Read(./.env)"]},
    "hooks": {
        "PreToolUse": [{"matcher": "Bash", "hooks": [{"type": "command", "command": "audit-bash.sh"}]}],
        "SessionStart": [{"matcher": "startup", "hooks": [{"type": "command", "command": "echo café"}]}],
    },
    "env": {"LANG": "C.UTF-8"},
}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    (root / ".git").mkdir(parents=True)
    (root / "src").mkdir()
    return root


def run(project: Path, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HANDOFF_", "CODEX_", "XDG_"))}
    env["HOME"] = str(project.parent / "home")
    return subprocess.run([*handoff_command(), *args], cwd=cwd or project / "src", env=env,
                          capture_output=True, text=True, timeout=60)


def write(path: Path, text: str) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path.read_bytes()


def ours(doc: dict[str, object], event: str) -> list[dict[str, object]]:
    groups = doc.get("hooks", {}).get(event, [])  # type: ignore[attr-defined]
    return [h for g in groups for h in g["hooks"] if "hook session-start" in h["command"]
            or "hook stop" in h["command"]]


@pytest.mark.parametrize(("host", "rel"), [("claude-code", ".claude/settings.json"), ("codex", ".codex/hooks.json")])
def test_merge_idempotent_uninstall_restores_bytes(project: Path, host: str, rel: str) -> None:
    path = project / rel
    original = write(path, json.dumps(CLAUDE_SETTINGS, indent=4, ensure_ascii=False) + "\n")

    first = run(project, "hooks", "install", f"--{host}", "--command", EXE)
    assert first.returncode == 0, first.stderr
    doc = json.loads(path.read_text())
    # ours added as its own group, everything else kept as it was, in order
    start = doc["hooks"]["SessionStart"]
    assert start[0] == CLAUDE_SETTINGS["hooks"]["SessionStart"][0]  # type: ignore[index]
    assert start[1] == {"matcher": "startup|resume|clear|compact", "hooks": [
        {"type": "command", "command": f"{EXE} hook session-start --for {host}", "timeout": 10}]}
    assert doc["hooks"]["PreToolUse"] == CLAUDE_SETTINGS["hooks"]["PreToolUse"]  # type: ignore[index]
    assert list(doc) == list(CLAUDE_SETTINGS) and doc["permissions"] == CLAUDE_SETTINGS["permissions"]
    text = path.read_text()
    assert '\n    "model"' in text and "café" in text  # indentation and raw UTF-8 kept

    installed = path.read_bytes()
    second = run(project, "hooks", "install", f"--{host}", "--command", EXE)
    assert second.returncode == 0 and path.read_bytes() == installed
    assert f"unchanged {path}" in second.stdout

    gone = run(project, "hooks", "uninstall", f"--{host}")
    assert gone.returncode == 0, gone.stderr
    assert path.read_bytes() == original
    again = run(project, "hooks", "uninstall", f"--{host}")
    assert again.returncode == 0 and path.read_bytes() == original


def test_new_file_is_created_and_uninstall_removes_it(project: Path) -> None:
    path = project / ".claude" / "settings.json"
    assert run(project, "hooks", "install", "--claude-code", "--command", EXE).returncode == 0
    assert json.loads(path.read_text())["hooks"]["SessionStart"][0]["hooks"][0]["command"].startswith(EXE)
    assert run(project, "hooks", "uninstall", "--claude-code").returncode == 0
    assert not path.exists()


def test_dry_run_prints_the_diff_and_changes_nothing(project: Path) -> None:
    path = project / ".claude" / "settings.json"
    original = write(path, json.dumps(CLAUDE_SETTINGS, indent=2) + "\n")
    out = run(project, "hooks", "install", "--claude-code", "--dry-run", "--command", EXE)
    assert out.returncode == 0
    assert f"--- {path}" in out.stdout and f"+++ {path}" in out.stdout
    assert any(line.startswith("+") and "hook session-start --for claude-code" in line
               for line in out.stdout.splitlines())
    assert path.read_bytes() == original
    assert not (project / ".codex").exists()

    run(project, "hooks", "install", "--claude-code", "--command", EXE)
    assert run(project, "hooks", "install", "--claude-code", "--dry-run", "--command", EXE).stdout == "no changes\n"
    removal = run(project, "hooks", "uninstall", "--claude-code", "--dry-run")
    assert any(line.startswith("-") and "hook session-start" in line for line in removal.stdout.splitlines())
    assert "hook session-start" in path.read_text()


@pytest.mark.parametrize("bad", ['{"hooks": {"SessionStart": []},}', "[1, 2]", '{"hooks": []}',
                                 '{"hooks": {"SessionStart": {"hooks": []}}}', "\xff\xfe"])
def test_malformed_settings_is_a_clear_error_and_nothing_changes(project: Path, bad: str) -> None:
    path = project / ".claude" / "settings.json"
    path.parent.mkdir(parents=True)
    path.write_bytes(bad.encode("latin-1"))
    original = path.read_bytes()
    out = run(project, "hooks", "install", "--codex", "--claude-code", "--command", EXE)
    assert out.returncode == 2
    assert len(out.stderr.strip().splitlines()) == 1 and str(path) in out.stderr
    assert "Traceback" not in out.stderr and "nothing was changed" in out.stderr
    assert path.read_bytes() == original
    assert not (project / ".codex").exists()  # planned first, written only if every file parsed
    assert run(project, "hooks", "uninstall", "--claude-code").returncode == 2
    assert path.read_bytes() == original


def test_remind_adds_a_stop_hook_and_a_plain_install_takes_it_back(project: Path) -> None:
    path = project / ".claude" / "settings.json"
    assert run(project, "hooks", "install", "--claude-code", "--remind", "--command", EXE).returncode == 0
    doc = json.loads(path.read_text())
    assert [h["command"] for h in ours(doc, "Stop")] == [f"{EXE} hook stop --for claude-code"]
    assert ours(doc, "SessionStart")[0]["command"].endswith("--record-session")
    assert run(project, "hooks", "install", "--claude-code", "--command", EXE).returncode == 0
    doc = json.loads(path.read_text())
    assert "Stop" not in doc["hooks"] and len(ours(doc, "SessionStart")) == 1


def test_a_moved_executable_replaces_our_entry_instead_of_adding_one(project: Path) -> None:
    path = project / ".claude" / "settings.json"
    run(project, "hooks", "install", "--claude-code", "--command", "/old place/handoff")
    assert "'/old place/handoff' hook session-start" in path.read_text()  # quoted for the shell
    run(project, "hooks", "install", "--claude-code", "--command", EXE)
    commands = [h["command"] for h in ours(json.loads(path.read_text()), "SessionStart")]
    assert commands == [f"{EXE} hook session-start --for claude-code"]


def test_codex_feature_flag_merges_into_config_toml_and_comes_back_out(project: Path) -> None:
    config = project / ".codex" / "config.toml"
    original = write(config, 'model = "gpt-5"\n\n[features]\nweb_search = true\n\n[mcp_servers.x]\ncommand = "x"\n')
    assert run(project, "hooks", "install", "--codex", "--command", EXE).returncode == 0
    import tomllib

    parsed = tomllib.loads(config.read_text())
    assert parsed["features"] == {"web_search": True, "codex_hooks": True}
    assert parsed["mcp_servers"] == {"x": {"command": "x"}} and parsed["model"] == "gpt-5"
    installed = config.read_bytes()
    assert run(project, "hooks", "install", "--codex", "--command", EXE).returncode == 0
    assert config.read_bytes() == installed
    assert run(project, "hooks", "uninstall", "--codex").returncode == 0
    assert config.read_bytes() == original
    assert not (project / ".codex" / "hooks.json").exists()


def test_codex_flag_left_alone_when_the_user_decided(project: Path) -> None:
    config = project / ".codex" / "config.toml"
    original = write(config, "[features]\nhooks = false\n")
    out = run(project, "hooks", "install", "--codex", "--command", EXE)
    assert out.returncode == 0 and "turns Codex hooks off" in out.stderr
    assert config.read_bytes() == original

    hooks_json = project / ".codex" / "hooks.json"
    hooks_json.unlink()
    broken = write(config, "[features\nhooks = true\n")
    out = run(project, "hooks", "install", "--codex", "--command", EXE)
    assert out.returncode == 2 and "not valid TOML" in out.stderr and config.read_bytes() == broken
    assert not hooks_json.exists()  # planned first, written only if every file parsed


def test_codex_config_created_when_absent(project: Path) -> None:
    assert run(project, "hooks", "install", "--codex", "--command", EXE).returncode == 0
    config = project / ".codex" / "config.toml"
    import tomllib

    assert tomllib.loads(config.read_text()) == {"features": {"codex_hooks": True}}
    assert run(project, "hooks", "uninstall", "--codex").returncode == 0
    assert not config.exists()


def test_opencode_section_in_agents_md(project: Path) -> None:
    path = project / "AGENTS.md"
    original = write(path, "# Project rules\n\nUse tabs.\n")
    assert run(project, "hooks", "install", "--opencode", "--command", EXE).returncode == 0
    text = path.read_text()
    assert text.startswith("# Project rules\n\nUse tabs.\n\n<!-- handoff:begin")
    assert f"`{EXE} brief --for opencode`" in text and text.endswith("<!-- handoff:end -->\n")
    installed = path.read_bytes()
    assert run(project, "hooks", "install", "--opencode", "--command", EXE).returncode == 0
    assert path.read_bytes() == installed
    assert run(project, "hooks", "uninstall", "--opencode").returncode == 0
    assert path.read_bytes() == original

    write(path, "# rules\n<!-- handoff:begin (written by x) -->\nhalf a section\n")
    broken = path.read_bytes()
    out = run(project, "hooks", "install", "--opencode", "--command", EXE)
    assert out.returncode == 2 and path.read_bytes() == broken


def test_user_scope_writes_under_home_and_follows_a_symlink(project: Path) -> None:
    home = project.parent / "home"
    dotfiles = project.parent / "dotfiles" / "claude-settings.json"
    original = write(dotfiles, json.dumps({"theme": "dark"}, indent=2) + "\n")
    link = home / ".claude" / "settings.json"
    link.parent.mkdir(parents=True)
    link.symlink_to(dotfiles)
    assert run(project, "hooks", "install", "--claude-code", "--scope", "user", "--command", EXE).returncode == 0
    assert link.is_symlink() and "hook session-start" in dotfiles.read_text()
    assert not (project / ".claude").exists()
    assert run(project, "hooks", "uninstall", "--claude-code", "--scope", "user").returncode == 0
    assert link.is_symlink() and dotfiles.read_bytes() == original


def test_default_command_is_this_handoff_by_absolute_path_with_a_venv_warning(project: Path) -> None:
    out = run(project, "hooks", "install", "--claude-code")
    assert out.returncode == 0
    command = json.loads((project / ".claude" / "settings.json").read_text())["hooks"]["SessionStart"][0][
        "hooks"][0]["command"]
    exe = command.split(" hook session-start")[0]
    assert os.path.isabs(exe) and os.access(exe, os.X_OK)
    assert "warning:" in out.stderr and "virtual environment" in out.stderr  # tests run from .venv


def test_no_host_named_is_a_usage_error(project: Path) -> None:
    out = run(project, "hooks", "install")
    assert out.returncode == 2 and "--claude-code" in out.stderr
