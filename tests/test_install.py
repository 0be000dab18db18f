"""The tool installs from a checkout the way users install it, not only `pip install -e`.

Each case builds and installs this checkout into a fresh environment (a new venv with
pip; `uv tool install`; `pipx install`) with its own bin directory, then runs the
installed `handoff`: `--version`, a write, a read. These download build and runtime
dependencies from the package index, so they are marked slow (CI still runs them).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import anyio
import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
VERSION = __import__("handoff").__version__


def _env(tmp: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("HANDOFF_", "VIRTUAL_ENV", "PIPX_", "UV_", "PYTHONPATH"))}
    env["HOME"] = str(tmp / "home")
    env.update(extra)
    return env


def _run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    out = subprocess.run(args, env=env, cwd=cwd, capture_output=True, text=True, timeout=900)
    assert out.returncode == 0, f"{args[:3]}: {out.stderr[-3000:]}"
    return out


def _works(exe: Path, tmp: Path, *, tool: bool = True) -> None:
    """The installed `handoff` starts, writes and reads, from outside the checkout; its
    hooks name it by absolute path, and only a plain venv gets the warning that it may go."""
    assert exe.exists(), exe
    env = _env(tmp)
    work = tmp / "elsewhere"
    work.mkdir(exist_ok=True)
    store = str(tmp / "store")
    assert _run([str(exe), "--version"], env, work).stdout.strip() == f"handoff {VERSION}"
    _run([str(exe), "--store", store, "note", "installed as a tool", "--next", "try the brief"], env, work)
    shown = _run([str(exe), "--store", store, "show"], env, work).stdout
    assert "installed as a tool" in shown and "try the brief" in shown
    brief = _run([str(exe), "--store", store, "brief", "--for", "codex"], env, work).stdout
    assert "(`handoff done 1.1`)" in brief
    project = tmp / "project"
    (project / ".git").mkdir(parents=True, exist_ok=True)
    hooks = subprocess.run([str(exe), "hooks", "install", "--claude-code", "--dry-run"], env=env, cwd=project,
                           capture_output=True, text=True, timeout=60)
    assert hooks.returncode == 0, hooks.stderr
    assert f'"command": "{exe} hook session-start --for claude-code"' in hooks.stdout
    assert ("virtual environment" in hooks.stderr) is not tool


def test_pip_install_into_a_fresh_venv(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    env = _env(tmp_path)
    _run([sys.executable, "-m", "venv", str(venv)], env, tmp_path)
    _run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", f"{REPO}[mcp]"], env, tmp_path)
    listed = _run([str(venv / "bin" / "python"), "-m", "pip", "show", "handoff-store"], env, tmp_path).stdout
    assert "Location: " + str(venv) in listed  # a real install, not a link to the checkout
    assert "Editable project location" not in listed
    _works(venv / "bin" / "handoff", tmp_path, tool=False)

    # the installed tool's MCP server answers the SDK's client
    from mcp import ClientSession
    from mcp.client.stdio import StdioServerParameters, stdio_client

    params = StdioServerParameters(command=str(venv / "bin" / "handoff"),
                                   args=["--store", str(tmp_path / "store"), "mcp"], env=_env(tmp_path))

    async def main() -> list[str]:
        async with stdio_client(params) as (read, write), ClientSession(read, write) as client:
            await client.initialize()
            return [t.name for t in (await client.list_tools()).tools]

    assert "brief" in anyio.run(main)


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed (it comes with the test extra)")
    return found


def test_uv_tool_install(tmp_path: Path) -> None:
    uv = _tool("uv")
    env = _env(tmp_path, UV_TOOL_DIR=str(tmp_path / "uv-tools"), UV_TOOL_BIN_DIR=str(tmp_path / "uv-bin"),
               UV_PYTHON=sys.executable, UV_PYTHON_DOWNLOADS="never")
    _run([uv, "tool", "install", str(REPO)], env, tmp_path)
    _works(tmp_path / "uv-bin" / "handoff", tmp_path)


def test_pipx_install(tmp_path: Path) -> None:
    pipx = _tool("pipx")
    env = _env(tmp_path, PIPX_HOME=str(tmp_path / "pipx"), PIPX_BIN_DIR=str(tmp_path / "pipx-bin"),
               PIPX_MAN_DIR=str(tmp_path / "pipx-man"))
    _run([pipx, "install", "--python", sys.executable, str(REPO)], env, tmp_path)
    _works(tmp_path / "pipx-bin" / "handoff", tmp_path)
