"""What a CLI call loads: the start-up design, checked in a real process.

Reads (the calls an agent makes at session start) must not import pydantic or the
privacy rules; a write must not let pydantic scan installed distributions for plugins.
These are import facts, not timings: bench/bench_cli.py measures the time they save.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import handoff_command

IMPORTED = re.compile(r"^import time:\s+\d+\s+\|\s+\d+\s+\|\s*(\S+)", re.MULTILINE)


def _imports(store: Path, *args: str) -> set[str]:
    """Modules a fresh `python -X importtime -m handoff.cli` process imported."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "handoff.cli", "--store", str(store), *args],
        capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return set(IMPORTED.findall(proc.stderr))


@pytest.fixture
def filled(store_dir: Path) -> Path:
    subprocess.run([*handoff_command(), "--store", str(store_dir), "note", "seed", "--next", "a"],
                   check=True, capture_output=True)
    return store_dir


@pytest.mark.parametrize("args", [("latest",), ("show",), ("show", "--format", "md"), ("log",)])
def test_reads_import_neither_pydantic_nor_the_privacy_rules(filled: Path, args: tuple[str, ...]) -> None:
    loaded = _imports(filled, *args)
    assert "handoff.store" in loaded  # the probe sees our own imports
    assert not {m for m in loaded if m.split(".")[0] in ("pydantic", "pydantic_core")}
    assert "handoff.privacy" not in loaded and "handoff.models" not in loaded


def test_a_write_skips_pydantic_plugin_discovery(filled: Path) -> None:
    loaded = _imports(filled, "note", "second")
    assert {"handoff.models", "handoff.privacy"} <= loaded
    assert "importlib.metadata" not in loaded


def _imports_in(cwd: Path, store: Path, *args: str) -> set[str]:
    """As `_imports`, from `cwd`, with an empty stdin (as a hook gets from a host)."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "handoff.cli", "--store", str(store), *args],
        capture_output=True, text=True, check=False, cwd=cwd, input="{}",
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return set(IMPORTED.findall(proc.stderr))


@pytest.mark.parametrize("args", [("brief",), ("brief", "--for", "codex", "--format", "json"),
                                  ("hook", "session-start", "--for", "claude-code"),
                                  ("hook", "stop", "--for", "claude-code")])
def test_brief_and_hooks_import_neither_pydantic_nor_privacy_nor_the_mcp_sdk(
        filled: Path, tmp_path: Path, args: tuple[str, ...]) -> None:
    loaded = _imports_in(tmp_path, filled, *args)
    assert "handoff.store" in loaded or (args[0] == "hook" and args[1] == "stop")
    tops = {m.split(".")[0] for m in loaded}
    assert not tops & {"pydantic", "pydantic_core", "mcp", "mcp_types", "anyio"}
    assert "handoff.privacy" not in loaded and "handoff.models" not in loaded


@pytest.mark.parametrize("args", [("note", "third"), ("show",), ("log",),
                                  ("hooks", "install", "--claude-code", "--codex", "--opencode", "--dry-run",
                                   "--command", "/opt/tools/bin/handoff")])
def test_only_handoff_mcp_imports_the_mcp_sdk(filled: Path, tmp_path: Path, args: tuple[str, ...]) -> None:
    loaded = _imports_in(tmp_path, filled, *args)
    assert "handoff.agent_cli" in loaded  # the probe sees the module that registers `mcp`
    assert not {m for m in loaded if m.split(".")[0] in ("mcp", "mcp_types") or m == "handoff.mcp_server"}


def test_the_installed_hook_shape_skips_click(filled: Path, tmp_path: Path) -> None:
    """`handoff hook session-start --for HOST` (what the installer writes) takes the entry
    point's fast path; any other shape goes through the CLI."""
    script = handoff_command()
    if len(script) != 1:
        pytest.skip("no installed `handoff` script to run")

    def loaded(*args: str) -> set[str]:
        proc = subprocess.run([sys.executable, "-X", "importtime", script[0], *args], capture_output=True,
                              text=True, cwd=tmp_path, input="{}", env={**os.environ, "HANDOFF_HOME": str(filled)})
        assert proc.returncode == 0, proc.stderr[-2000:]
        assert "seed" in proc.stdout
        return set(IMPORTED.findall(proc.stderr))

    fast = loaded("hook", "session-start", "--for", "claude-code", "--record-session")
    assert "handoff.brief" in fast and "click" not in fast and "handoff.cli" not in fast
    assert "click" in loaded("--store", str(filled), "hook", "session-start", "--for", "claude-code")


def test_fast_path_and_cli_path_print_the_same(filled: Path, tmp_path: Path) -> None:
    script = handoff_command()
    env = {**os.environ, "HANDOFF_HOME": str(filled)}

    def run(*args: str) -> str:
        proc = subprocess.run([*script, *args], capture_output=True, text=True, cwd=tmp_path, input="{}", env=env)
        assert proc.returncode == 0, proc.stderr
        return proc.stdout.split("\\n", 1)[1]  # JSON-escaped: drop up to the header line (timestamp)

    assert run("hook", "session-start", "--for", "codex") == run("--store", str(filled), "hook", "session-start",
                                                                   "--for", "codex")


@pytest.mark.parametrize("args", [("note", "third"), ("show",), ("latest",), ("log",), ("validation", "--command",
                                  "pytest -q", "--exit-code", "0")])
def test_only_query_and_report_import_duckdb(filled: Path, tmp_path: Path, args: tuple[str, ...]) -> None:
    loaded = _imports_in(tmp_path, filled, *args)
    assert "handoff.query_cli" in loaded  # the probe sees the module that registers `query`
    assert not {m for m in loaded if m.split(".")[0] in ("duckdb", "_duckdb") or m == "handoff.query"}
    assert "duckdb" in _imports_in(tmp_path, filled, "query", "SELECT count(*) FROM events")
