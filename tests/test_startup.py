"""What a CLI call loads: the start-up design, checked in real processes.

Each command has an import budget: of the modules that cost start-up or belong to one
command only (pydantic, click, the privacy rules, sqlite3, DuckDB, the MCP SDK, the
command modules), exactly the ones listed for it may load. No write imports pydantic:
writes validate with `handoff.validator`. `note`, `show`, `brief` and `latest` in their
plain shapes skip click (`handoff.fast_cli`), and print, exit and store exactly what the
click path does. These are import facts, not timings: bench/bench_cli.py measures the time.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import string
import subprocess
import sys
from pathlib import Path

import click
import pytest

from handoff.cli import LAZY_COMMANDS, cli
from handoff.cli_lazy import load

from .conftest import handoff_command

PROBE = (
    "import atexit, runpy, sys\n"
    "atexit.register(lambda: sys.stderr.write('\\nloaded: ' + ' '.join(sorted(sys.modules)) + '\\n'))\n"
    "target = sys.argv.pop(1)\n"
    "if target == '-m':\n"
    "    sys.argv[0] = 'handoff'\n"
    "    runpy.run_module('handoff.cli', run_name='__main__', alter_sys=True)\n"
    "else:\n"
    "    sys.argv[0] = target\n"
    "    runpy.run_path(target, run_name='__main__')\n"
)
"""Runs the `handoff` script (or `-m` for `python -m handoff.cli`) and prints every module
loaded by the time the process exits, whichever way it was loaded."""


def _script() -> str:
    command = handoff_command()
    if len(command) != 1:
        pytest.skip("no installed `handoff` script to run")
    return command[0]


def _split(stderr: str) -> tuple[set[str], str]:
    """(modules loaded, the command's own stderr)."""
    head, _, tail = stderr.rpartition("\nloaded: ")
    return set(tail.split()), head.lstrip("\n") if head.strip() else ""


def _run(target: str, args: list[str] | tuple[str, ...], cwd: Path, *, stdin: str = "",
         env: dict[str, str] | None = None) -> tuple[subprocess.CompletedProcess[str], set[str], str]:
    """Run `handoff args` (target: the script, or "-m"); also give the modules and stderr."""
    proc = subprocess.run([sys.executable, "-c", PROBE, target, *args], capture_output=True, text=True, cwd=cwd,
                          input=stdin, env={**os.environ, **(env or {})}, check=False)
    loaded, stderr = _split(proc.stderr)
    return proc, loaded, stderr


@pytest.fixture
def filled(store_dir: Path) -> Path:
    subprocess.run([*handoff_command(), "--store", str(store_dir), "note", "seed ✓ café", "--next", "a"],
                   check=True, capture_output=True)
    return store_dir


# -- the import budget -------------------------------------------------------------------


def _watched(name: str) -> str | None:
    """The budget's name for a module that costs start-up or belongs to one command."""
    top = name.split(".")[0]
    if name == "pydantic.plugin._loader":
        return None  # the CLI's empty stand-in (handoff.cli._without_pydantic_plugins), not pydantic
    if top in ("pydantic", "click", "sqlite3", "duckdb", "mcp", "mcp_types", "anyio", "ctypes"):
        return top  # ctypes: a process's first latest.json swap is a rename (files._exchange_now)
    if name == "pydantic_core" or (top == "pydantic_core" and name != "pydantic_core._pydantic_core"):
        return "pydantic_core"  # the package (its typing-only core_schema), not the compiled validator
    if name in ("pydantic_core._pydantic_core", "handoff.models", "handoff.schemas", "handoff.validator",
                "handoff.privacy", "handoff.privacy.classifier", "handoff.cli", "handoff.agent_cli",
                "handoff.query_cli",
                "handoff.import_cli", "handoff.compact_cli", "handoff.compact",
                "handoff.mcp_server", "handoff.query", "handoff.importers",
                "handoff.doctor", "handoff.scan", "handoff.promote", "handoff.backup", "handoff.hooks"):
        return name
    return None


READ = frozenset()
FAST_WRITE = frozenset({"pydantic_core._pydantic_core", "handoff.validator", "handoff.privacy"})
CLICK = frozenset({"click", "handoff.cli"})
WRITE = FAST_WRITE | CLICK

BUDGET: list[tuple[tuple[str, ...], frozenset[str]]] = [
    # (arguments after `--store S`, the watched modules it loads: no more, no fewer)
    (("note", "third"), FAST_WRITE),
    (("note", "x", "--next", "a", "--tag", "t", "--json"), FAST_WRITE),
    # a text long enough for the trained prompt classifier (and only such a text) loads it
    (("note", "rerun the flaky lock test on the CI box tonight"), FAST_WRITE | {"handoff.privacy.classifier"}),
    (("show",), READ),
    (("show", "--format", "md"), READ),
    (("show", "--json"), READ),
    (("brief",), READ),
    (("brief", "--for", "codex", "--format", "json"), READ),
    (("latest",), READ),
    (("log",), CLICK),
    (("log", "--kind", "note", "--limit", "2", "--json"), CLICK),
    (("validation", "--command", "pytest -q", "--exit-code", "0", "--commit", "3f9c2e1", "--branch", "main"), WRITE),
    (("done", "1.1"), WRITE),
    (("pointer", "--repo", "acme/app"), WRITE),
    (("config", "set", "k", "v"), WRITE),
    (("init",), CLICK),
    (("rebuild",), CLICK),
    # doctor checks everything: the retention plan, a privacy scan, the import ledger
    (("doctor",), CLICK | {"handoff.doctor", "handoff.promote", "handoff.compact", "handoff.scan",
                           "handoff.privacy", "handoff.importers"}),
    (("hooks", "install", "--claude-code", "--dry-run", "--command", "/opt/tools/bin/handoff"),
     CLICK | {"handoff.agent_cli", "handoff.hooks"}),
    (("hook", "stop", "--for", "claude-code"), CLICK | {"handoff.agent_cli"}),
    (("compact", "--dry-run"), CLICK | {"handoff.compact_cli", "handoff.compact"}),
    (("--help",), CLICK),
    (("show", "--help"), CLICK),
]


@pytest.mark.parametrize("args", [a for a, _ in BUDGET], ids=" ".join)
def test_each_command_loads_only_its_budget(filled: Path, tmp_path: Path, args: tuple[str, ...]) -> None:
    budget = dict(BUDGET)[args]
    proc, loaded, stderr = _run(_script(), ["--store", str(filled), *args], tmp_path, stdin="{}")
    assert proc.returncode == 0, stderr[-2000:]
    assert "handoff.entry" in loaded  # the probe sees our own imports
    watched = {w for m in loaded if (w := _watched(m))}
    assert watched == set(budget), f"unexpected: {watched - budget}, missing: {budget - watched}"


PARSE_ONLY = ("orjson", "json", "dataclasses", "inspect", "uuid", "platform")
"""What orjson's import brings (its init imports `dataclasses`, `uuid`, `json`): ~8-10 ms of
a ~40 ms `show`. A read that prints text only parses, which `handoff.jsonread` does with
the standard library's C scanner alone (docs/design.md, "CLI start-up", session 7)."""


@pytest.mark.parametrize("args", [("show",), ("show", "--format", "md"), ("brief",), ("brief", "--for", "codex")],
                         ids=" ".join)
def test_a_read_that_prints_text_does_not_import_orjson(filled: Path, tmp_path: Path, args: tuple[str, ...]) -> None:
    proc, loaded, stderr = _run(_script(), ["--store", str(filled), *args], tmp_path)
    assert proc.returncode == 0, stderr[-2000:]
    assert "handoff.store" in loaded  # the probe sees the read
    assert not set(PARSE_ONLY) & loaded, sorted(set(PARSE_ONLY) & loaded)


TEARDOWN = (
    "import atexit, runpy, sys\n"
    "class Witness:\n"
    "    def __del__(self):\n"
    "        sys.stderr.write('torn down\\n')\n"
    "sys.modules['handoff_witness'] = type(sys)('handoff_witness')\n"
    "sys.modules['handoff_witness'].w = Witness()\n"
    "atexit.register(lambda: sys.stderr.write('atexit ran\\n'))\n"
    "target = sys.argv.pop(1)\n"
    "sys.argv[0] = 'handoff'\n"
    "if target == '-m':\n"
    "    runpy.run_module('handoff.cli', run_name='__main__', alter_sys=True)\n"
    "else:\n"
    "    runpy.run_path(target, run_name='__main__')\n"
)
"""Plants an object that says when the interpreter's module teardown reaches it."""


def test_the_fast_path_exits_without_the_interpreters_teardown(filled: Path, tmp_path: Path) -> None:
    """Tearing down every loaded module costs ~3 ms of a ~30 ms read; the fast path skips it
    (`handoff.fast_cli.finish`) but still runs the atexit functions and keeps the exit code."""
    cases = ((("show",), 0), (("brief",), 0), (("note", "x"), 0), (("--store", str(tmp_path / "no"), "show"), 7))
    for args, code in cases:
        argv = list(args) if args[0] == "--store" else ["--store", str(filled), *args]
        fast = subprocess.run([sys.executable, "-c", TEARDOWN, _script(), *argv], capture_output=True, text=True,
                              cwd=tmp_path, check=False)
        assert fast.returncode == code, fast.stderr
        assert "atexit ran" in fast.stderr and "torn down" not in fast.stderr, (args, fast.stderr)
    hook = subprocess.run([sys.executable, "-c", TEARDOWN, _script(), "hook", "session-start", "--for", "codex"],
                          capture_output=True, text=True, cwd=tmp_path, input="{}", check=False,
                          env={**os.environ, "HANDOFF_HOME": str(filled)})
    assert hook.returncode == 0 and "seed" in hook.stdout, hook.stderr
    assert "atexit ran" in hook.stderr and "torn down" not in hook.stderr, hook.stderr
    slow = subprocess.run([sys.executable, "-c", TEARDOWN, "-m", "--store", str(filled), "show"], capture_output=True,
                          text=True, cwd=tmp_path, check=False)
    assert slow.returncode == 0 and "torn down" in slow.stderr  # the witness works: click's exit tears down


def test_python_m_handoff_cli_keeps_the_budget_of_the_click_path(filled: Path, tmp_path: Path) -> None:
    """`python -m handoff.cli` has no fast path: every command goes through click, and a
    write there still imports no pydantic."""
    proc, loaded, stderr = _run("-m", ["--store", str(filled), "note", "via click"], tmp_path)
    assert proc.returncode == 0, stderr[-2000:]
    watched = {w for m in loaded if (w := _watched(m))}
    assert watched == {"click", "pydantic_core._pydantic_core", "handoff.validator", "handoff.privacy"}


def test_only_query_imports_duckdb(filled: Path, tmp_path: Path) -> None:
    proc, loaded, stderr = _run(_script(), ["--store", str(filled), "query", "SELECT count(*) FROM events"], tmp_path)
    assert proc.returncode == 0, stderr[-2000:]
    assert {"duckdb", "handoff.query", "handoff.query_cli"} <= loaded
    assert not {_watched(m) for m in loaded} & {"pydantic", "pydantic_core", "mcp", "handoff.agent_cli"}


def test_a_sqlite_store_loads_sqlite3_and_a_jsonl_store_does_not(tmp_path: Path) -> None:
    store = tmp_path / "sq"
    subprocess.run([*handoff_command(), "--store", str(store), "init", "--backend", "sqlite"], check=True,
                   capture_output=True)
    for args in (("note", "on sqlite"), ("show",), ("brief",)):
        proc, loaded, stderr = _run(_script(), ["--store", str(store), *args], tmp_path)
        assert proc.returncode == 0, stderr[-2000:]
        assert "sqlite3" in loaded and "click" not in loaded, args


# -- the lazy group ----------------------------------------------------------------------


def test_help_lists_every_command_without_importing_them(tmp_path: Path) -> None:
    proc, loaded, _ = _run(_script(), ["--help"], tmp_path)
    assert proc.returncode == 0
    listed = set(re.findall(r"^  ([a-z-]+)  ", proc.stdout, re.MULTILINE))
    assert set(LAZY_COMMANDS) <= listed and {"note", "show", "log"} <= listed
    assert not {"handoff.agent_cli", "handoff.query_cli", "handoff.import_cli", "handoff.compact_cli"} & loaded


@pytest.mark.parametrize("name", sorted(LAZY_COMMANDS))
def test_the_lazy_tables_help_is_the_commands_own(name: str) -> None:
    """The table copies the first paragraph of each command's help: listed the same
    whether the command is loaded or not."""
    entry = LAZY_COMMANDS[name]
    command = load(entry.target)
    assert command.name == name
    stand_in = click.Command(name, help=entry.help)
    for limit in (30, 45, 60, 200):
        assert stand_in.get_short_help_str(limit) == command.get_short_help_str(limit), limit


def test_the_group_still_answers_for_every_command() -> None:
    names = set(cli.commands)
    assert set(LAZY_COMMANDS) <= names and "note" in names
    assert isinstance(cli.commands["brief"], click.Command)


# -- the fast path: the same as the click path, without click -----------------------------

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z?")
_AGO = re.compile(r"\d+[smhd] ago")


def _normal(text: str) -> str:
    """Output with what differs between two runs a moment apart (ids, times) masked."""
    return _AGO.sub("N ago", _TIME.sub("TIME", _UUID.sub("UUID", text)))


def _token() -> str:
    return "ghp_" + "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(36))


C_LOCALE = {"LANG": "C", "LC_ALL": "C", "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0", "PYTHONIOENCODING": ""}
"""An ASCII stdout: click writes UTF-8 there anyway, so must the fast path."""

SHAPES: list[tuple[tuple[str, ...], str, dict[str, str]]] = [
    # (arguments, stdin, environment)
    (("note", "plain note"), "", {}),
    (("note", "two steps", "--next", "a", "--tag", "x", "--next", "b", "--json"), "", {}),
    (("note", "-"), "a note from stdin\nsecond line", {}),
    (("note", "expiring", "--expires", "2h"), "", {}),
    (("note", "expiring", "--expires", "soonish"), "", {}),
    (("--agent", "claude-code", "--session", "s-1", "note", "scoped", "--json"), "", {}),
    (("note", "scoped by env", "--json"), "", {"HANDOFF_AGENT": "codex", "HANDOFF_PROJECT": "widget"}),
    (("note", "bad\x01text"), "", {}),
    (("note", "TOKEN"), "", {}),
    (("note", "bad tag", "--tag", "no spaces allowed"), "", {}),
    (("show",), "", {}),
    (("show", "--format", "md"), "", {}),
    (("show", "--format", "json"), "", {}),
    (("show", "--json", "--format", "text"), "", {}),
    (("brief",), "", {}),
    (("brief", "--for", "opencode", "--budget", "2500"), "", {}),
    (("brief", "--format", "json", "--for", "claude-code"), "", {}),
    (("latest",), "", {}),
    (("show",), "", C_LOCALE),
    (("brief", "--format", "json"), "", C_LOCALE),
    (("note", "naïve ✓", "--json"), "", C_LOCALE),
    (("note", "bad\x01naïve"), "", C_LOCALE),
]


@pytest.mark.parametrize("shape", range(len(SHAPES)), ids=lambda i: " ".join(SHAPES[i][0])[:40])
def test_the_fast_path_prints_exits_and_stores_as_the_click_path(filled: Path, tmp_path: Path, shape: int) -> None:
    args, stdin, env = SHAPES[shape]
    args = tuple(_token() if a == "TOKEN" else a for a in args)
    results = {}
    for way in ("fast", "click"):
        store = tmp_path / way
        shutil.copytree(filled, store, symlinks=True)
        proc, loaded, stderr = _run(_script() if way == "fast" else "-m", ["--store", str(store), *args], tmp_path,
                                    stdin=stdin, env=env)
        assert ("click" in loaded) == (way == "click"), f"{way} path not taken"
        stored = sorted(_normal(line) for line in (store / "events.jsonl").read_text().splitlines())
        latest = _normal((store / "latest.json").read_text())
        results[way] = (proc.returncode, _normal(proc.stdout), _normal(stderr), stored, latest)
    assert results["fast"] == results["click"]


def test_a_store_that_is_not_there_fails_alike(tmp_path: Path) -> None:
    for args in (("show",), ("brief",), ("latest",)):
        fast, _, fast_err = _run(_script(), ["--store", str(tmp_path / "none"), *args], tmp_path)
        slow, _, slow_err = _run("-m", ["--store", str(tmp_path / "none"), *args], tmp_path)
        assert (fast.returncode, fast.stdout, fast_err) == (slow.returncode, slow.stdout, slow_err)
        assert fast.returncode == 7 and fast_err.count("\n") == 1


@pytest.mark.parametrize("args", [("note", "x", "--next"), ("note", "--help"), ("show", "--format", "xml"),
                                  ("brief", "--budget", "100"), ("note", "a", "b"), ("note", "x", "--json", "--json"),
                                  ("show", "--format=md"), ("--store", "--json", "show"), ("latest", "extra"),
                                  ("note", "x", "--expires", "-2h")])
def test_other_shapes_go_to_click(filled: Path, tmp_path: Path, args: tuple[str, ...]) -> None:
    """The fast path declines what it does not parse exactly as click would."""
    argv = list(args) if args[0] == "--store" else ["--store", str(filled), *args]
    _, loaded, _ = _run(_script(), argv, tmp_path)
    assert "click" in loaded, args


@pytest.mark.parametrize("args", [("show",), ("brief", "--format", "json"), ("note", "no stdout", "--json")],
                         ids=" ".join)
def test_a_closed_stdout_ends_as_on_the_click_path(filled: Path, tmp_path: Path, args: tuple[str, ...]) -> None:
    """Started without descriptor 1, Python's sys.stdout is None: click.echo then prints
    nothing and the command succeeds; the fast path must not crash on it instead."""
    def run(way: str) -> tuple[int, str]:
        store = tmp_path / way
        shutil.copytree(filled, store, symlinks=True)
        target = [_script()] if way == "fast" else [sys.executable, "-m", "handoff.cli"]
        proc = subprocess.run([*target, "--store", str(store), *args], stderr=subprocess.PIPE, text=True,
                              cwd=tmp_path, check=False, preexec_fn=lambda: os.close(1))
        return proc.returncode, proc.stderr

    fast, click_path = run("fast"), run("click")
    assert fast == click_path and fast[0] == 0 and "Traceback" not in fast[1]


# -- the session-start hook's own fast path ----------------------------------------------


def test_the_installed_hook_shape_skips_click(filled: Path, tmp_path: Path) -> None:
    """`handoff hook session-start --for HOST` (what the installer writes) takes the entry
    point's fast path; any other shape goes through the CLI."""
    script = _script()

    def loaded(*args: str) -> set[str]:
        proc, modules, stderr = _run(script, args, tmp_path, stdin="{}", env={"HANDOFF_HOME": str(filled)})
        assert proc.returncode == 0, stderr[-2000:]
        assert "seed" in proc.stdout
        return modules

    fast = loaded("hook", "session-start", "--for", "claude-code", "--record-session")
    assert "handoff.brief" in fast and "click" not in fast and "handoff.cli" not in fast
    slow = loaded("--store", str(filled), "hook", "session-start", "--for", "claude-code")
    assert "click" in slow and not {_watched(m) for m in slow} & {"pydantic", "pydantic_core", "mcp"}


def test_fast_path_and_cli_path_print_the_same(filled: Path, tmp_path: Path) -> None:
    script = handoff_command()
    env = {**os.environ, "HANDOFF_HOME": str(filled)}

    def run(*args: str) -> str:
        proc = subprocess.run([*script, *args], capture_output=True, text=True, cwd=tmp_path, input="{}", env=env)
        assert proc.returncode == 0, proc.stderr
        # JSON-escaped: drop up to the header line (timestamp). Ages are relative to each
        # run's clock, and a loaded machine runs the two calls seconds apart ("1s ago"
        # against "3s ago"): `_normal` masks them.
        return _normal(proc.stdout.split("\\n", 1)[1])

    assert run("hook", "session-start", "--for", "codex") == run("--store", str(filled), "hook", "session-start",
                                                                   "--for", "codex")
