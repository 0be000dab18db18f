"""The throw-away PostgreSQL server of the tests stops when the test run is killed with SIGTERM.

A SIGTERM skips atexit and pytest's fixture teardown, and `pg_ctl` detaches the server, so a
run stopped that way (a CI timeout, `kill <pytest>`) used to leave a postmaster behind.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.pg_server import find_bindir

ROOT = Path(__file__).resolve().parent.parent

CHILD_CONFTEST = "from tests.conftest import pg_server  # noqa: F401  (the fixture under test)\n"
CHILD_TEST = textwrap.dedent("""
    import os
    import signal


    def test_wait_for_the_signal(pg_server):
        with os.fdopen(int(os.environ["READY_FD"]), "w") as ready:
            pid = (pg_server.data / "postmaster.pid").read_text().split()[0]
            ready.write(f"{pid} {pg_server.base}\\n")
        while True:
            signal.pause()
""")


def _alive(pid: int) -> bool:
    """Running, as opposed to gone or a zombie nobody has reaped yet."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"


def _ends(pid: int, within: float = 120) -> bool:
    """Whether `pid` ends within `within` seconds. `pg_ctl stop -w` returns once the server has
    removed its pid file, a moment before the process itself exits, so this polls for that."""
    deadline = time.monotonic() + within
    while _alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def test_sigterm_to_the_test_run_stops_the_server_and_removes_its_directory(tmp_path: Path) -> None:
    if find_bindir() is None:
        if os.environ.get("HANDOFF_REQUIRE_POSTGRES") == "1":
            pytest.fail("no initdb found; HANDOFF_REQUIRE_POSTGRES=1 requires one")
        pytest.skip("no PostgreSQL installed here")
    (tmp_path / "conftest.py").write_text(CHILD_CONFTEST)
    (tmp_path / "test_child.py").write_text(CHILD_TEST)
    read_end, write_end = os.pipe()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "READY_FD": str(write_end)}
    env.pop("HANDOFF_PG_DSN", None)
    child = subprocess.Popen(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "-p", "no:cacheprovider",
         "--basetemp", str(tmp_path / "bt"), "test_child.py"],
        cwd=tmp_path, env=env, pass_fds=(write_end,), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    os.close(write_end)
    pid, base = 0, Path()
    try:
        with os.fdopen(read_end) as ready:
            line = ready.readline()  # the child writes it once the server is up; EOF if it died first
        assert line, f"the child run ended before its server was up: {child.communicate()[0]!r}"
        pid_text, base_text = line.split()
        pid, base = int(pid_text), Path(base_text)
        assert _alive(pid)
        child.send_signal(signal.SIGTERM)
        output = child.communicate(timeout=300)[0].decode(errors="replace")
        assert child.returncode != 0, output
        assert _ends(pid), f"the postmaster {pid} outlived the test run:\n{output}"
        assert not base.exists(), output
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        if pid and _alive(pid):
            os.kill(pid, signal.SIGINT)  # fast shutdown of what the child left behind
        if base != Path():
            shutil.rmtree(base, ignore_errors=True)
