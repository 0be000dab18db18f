"""Shared fixtures: a store parametrized over every backend, and the real CLI."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import handoff
from handoff.store import Store

if TYPE_CHECKING:
    from tests.pg_server import PgServer

BACKENDS = ["jsonl", "sqlite", "postgres"]
"""Every store-level test runs once per backend listed here."""


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A real PostgreSQL server for the whole session (tests/pg_server.py), started on first
    use and stopped at the end even when tests fail. New postgres stores find it through
    $HANDOFF_PG_DSN and libpq's PG* variables (inherited by CLI subprocesses); each store
    gets a schema of its own. Where no server can be started the postgres tests skip
    loudly, unless HANDOFF_REQUIRE_POSTGRES=1 (CI), where they fail."""
    from tests.pg_server import ServerUnavailable, start_server

    try:
        server = start_server()
    except ServerUnavailable as exc:
        message = f"NO POSTGRESQL SERVER: the postgres backend is NOT tested here ({exc})"
        if os.environ.get("HANDOFF_REQUIRE_POSTGRES") == "1":
            pytest.fail(message + "; HANDOFF_REQUIRE_POSTGRES=1 requires one")
        pytest.skip(message)
    saved = {k: os.environ.get(k) for k in ("HANDOFF_PG_DSN", *server.env())}
    os.environ.update(server.env())
    os.environ["HANDOFF_PG_DSN"] = server.dsn
    try:
        yield server
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        server.stop()


@pytest.fixture(params=BACKENDS)
def backend_name(request: pytest.FixtureRequest) -> str:
    if request.param == "postgres":
        request.getfixturevalue("pg_server")
    return str(request.param)


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def store(store_dir: Path, backend_name: str) -> Iterator[Store]:
    s = handoff.open_store(store_dir, backend=backend_name)
    assert s.backend.name == backend_name
    yield s
    s.close()


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under a store, by relative path, with its bytes (links followed).

    SQLite's connection files are no stored data: the `-shm` index is rewritten by every
    reader, and an empty `-wal` appears when a connection opens; both are left out."""
    out = {}
    for path in sorted(root.rglob("*")):
        if path.name.endswith("-shm") or (path.name.endswith("-wal") and path.stat().st_size == 0):
            continue
        if path.is_file():
            out[str(path.relative_to(root))] = path.read_bytes()
        elif path.is_symlink():
            out[str(path.relative_to(root))] = os.readlink(path).encode()
    return out


def handoff_command() -> list[str]:
    exe = shutil.which("handoff", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "handoff.cli"]


CliRunner = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def cli(store_dir: Path) -> CliRunner:
    """Run the real `handoff` entry point against the test's store."""

    def run(*args: str, input: str | None = None, cwd: Path | None = None,
            env: dict[str, str] | None = None, store: bool = True) -> subprocess.CompletedProcess[str]:
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("HANDOFF_")}
        full_env.update(env or {})
        prefix = ["--store", str(store_dir)] if store else []
        return subprocess.run([*handoff_command(), *prefix, *args], capture_output=True,
                              text=True, input=input, cwd=cwd, env=full_env, timeout=60)

    return run
