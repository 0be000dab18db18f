"""A real, throw-away PostgreSQL server for the tests and benchmarks.

`PgServer.start()` runs `initdb` and `pg_ctl` from the newest PostgreSQL found under
/usr/lib/postgresql (or on PATH) in a new temporary directory, listening on 127.0.0.1 and
a free port, and waits until the server accepts connections (polling `pg_isready`, never
a fixed sleep). As root, the server's commands run as the `postgres` user through
`runuser` (PostgreSQL refuses to run as root) in a directory owned by it. `stop()` (also
registered with atexit) stops it and removes the directory.

A SIGTERM would end the process without running atexit or pytest's fixture teardown and leave
the server running (pg_ctl detaches it). So while a server is up, SIGTERM is turned into
KeyboardInterrupt where nobody else handles it: pytest stops the run and tears its fixtures
down, a benchmark unwinds to atexit, and the server stops either way.

Authentication: `trust` for every role on 127.0.0.1 except `PW_ROLE`, which needs its
password (scram), so a test can show that a password never reaches an error message.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from types import FrameType

PW_ROLE = "handoff_pw"
DATABASE = "postgres"


class ServerUnavailable(RuntimeError):
    """No PostgreSQL server could be started here (the reason says why)."""


def find_bindir() -> Path | None:
    """The bin directory of the newest PostgreSQL installed (None if there is none)."""
    root = Path("/usr/lib/postgresql")
    if root.is_dir():
        versions = sorted((p for p in root.iterdir() if (p / "bin" / "initdb").exists()),
                          key=lambda p: [int(x) for x in p.name.split(".") if x.isdigit()], reverse=True)
        if versions:
            return versions[0] / "bin"
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    def __init__(self) -> None:
        bindir = find_bindir()
        if bindir is None:
            raise ServerUnavailable("no initdb found (install the `postgresql` package)")
        self.bindir = bindir
        self.as_postgres = os.geteuid() == 0
        self.base = Path(tempfile.mkdtemp(prefix="handoff-pg-"))
        self.data = self.base / "data"
        self.sockets = self.base / "sock"
        self.log = self.base / "server.log"
        self.port = free_port()
        self.running = False
        atexit.register(self.stop)

    @property
    def dsn(self) -> str:
        return f"host=127.0.0.1 port={self.port} user=postgres dbname={DATABASE}"

    def env(self) -> dict[str, str]:
        """libpq's variables pointing at this server (no password: trust on 127.0.0.1)."""
        return {"PGHOST": "127.0.0.1", "PGPORT": str(self.port), "PGUSER": "postgres", "PGDATABASE": DATABASE}

    def _run(self, *args: str, check: bool = True, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        return subprocess.run(cmd, capture_output=True, text=True, check=check, timeout=timeout, env=env,
                              cwd="/")

    def init(self) -> None:
        self.sockets.mkdir()
        if self.as_postgres:
            shutil.chown(self.base, "postgres", "postgres")
            shutil.chown(self.sockets, "postgres", "postgres")
        try:
            self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                      "--no-sync", "--locale=C")
        except (subprocess.CalledProcessError, OSError) as exc:
            detail = exc.stderr.strip().splitlines()[-1] if isinstance(exc, subprocess.CalledProcessError) \
                and exc.stderr.strip() else str(exc)
            raise ServerUnavailable(f"initdb failed: {detail}") from None
        hba = self.data / "pg_hba.conf"
        hba.write_text(f"local all all trust\nhost all {PW_ROLE} 127.0.0.1/32 scram-sha-256\n"
                       "host all all 127.0.0.1/32 trust\n")

    def start(self) -> None:
        opts = (f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.sockets} "
                "-c max_connections=200 -c shared_buffers=64MB")
        try:
            self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", opts, "-w", "-t", "60", "start")
        except (subprocess.CalledProcessError, OSError) as exc:
            raise ServerUnavailable(f"pg_ctl start failed: {self.tail()}") from exc
        self.running = True
        self.wait_ready()

    def wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        delay = 0.01
        while True:
            done = subprocess.run([str(self.bindir / "pg_isready"), "-h", "127.0.0.1", "-p", str(self.port),
                                   "-d", DATABASE, "-U", "postgres", "-t", "5"], capture_output=True)
            if done.returncode == 0:
                return
            if time.monotonic() > deadline:
                raise ServerUnavailable(f"the server did not become ready: {self.tail()}")
            time.sleep(delay)  # polling the server's state, not waiting a fixed time
            delay = min(delay * 2, 0.2)

    def stop(self, mode: str = "fast", *, remove: bool = True) -> None:
        if self.running:
            self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop", check=False)
            self.running = False
        if remove:
            shutil.rmtree(self.base, ignore_errors=True)

    def tail(self) -> str:
        with contextlib.suppress(OSError):
            lines = self.log.read_text(errors="replace").strip().splitlines()
            return " | ".join(lines[-3:])
        return "no server log"

    def psql(self, statement: str) -> None:
        """Run one statement as the superuser (set-up only: roles, databases)."""
        import psycopg

        with psycopg.connect(self.dsn, autocommit=True) as conn:
            conn.execute(statement.encode())


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def interrupt_on_sigterm() -> None:
    """Make SIGTERM unwind like Ctrl-C, so teardown and atexit stop the server (module docstring).
    Only where SIGTERM still has its default action and only from the main thread: a handler
    someone else installed is theirs to keep."""
    if threading.current_thread() is threading.main_thread() and \
            signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _interrupt)


def start_server() -> PgServer:
    server = PgServer()
    try:
        interrupt_on_sigterm()
        server.init()
        server.start()
    except BaseException:
        server.stop()
        raise
    return server
