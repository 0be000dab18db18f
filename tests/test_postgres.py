"""The PostgreSQL backend against a real server (tests/pg_server.py), through the real
`handoff` entry point and real processes: credentials, failures, several machines sharing
one store, promotion there and back, migrations.

The contract suite and every Store-level test also run on postgres (conftest's BACKENDS);
these are the promises only a server backend makes.
"""

from __future__ import annotations

import json
import random
import secrets
import signal
import socket
import string
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import handoff
import handoff.backends.base
from handoff import CorruptStoreError, SchemaVersionError
from handoff.backends.postgres_config import parse_dsn, refuse_password

from . import _proc
from . import strategies as S
from .conftest import CliRunner, handoff_command
from .pg_server import PW_ROLE, PgServer, free_port


@pytest.fixture(autouse=True)
def _server(pg_server: PgServer) -> PgServer:
    return pg_server


def _password() -> str:
    """A synthetic password: random letters and digits, never a real one."""
    return "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(24))


def _fresh() -> str:
    """A schema of its own for a test's store (init alone would join the database's one store)."""
    return f"handoff_t{secrets.token_hex(5)}"


def _files_text(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file())


def _schema(root: Path) -> str:
    return str(json.loads((root / "store.json").read_bytes())["postgres"]["schema"])


def _rows(server: PgServer, schema: str) -> list[tuple[int, str]]:
    with psycopg.connect(server.dsn) as conn:
        return [(int(s), str(i)) for s, i in conn.execute(f'SELECT seq, id FROM "{schema}".events ORDER BY seq')]


# -- credentials ---------------------------------------------------------------------------


def _password_dsns(server: PgServer, pw: str) -> list[str]:
    return [f"postgresql://postgres:{pw}@127.0.0.1:{server.port}/postgres",
            f"postgres://postgres@127.0.0.1:{server.port}/postgres?password={pw}&sslmode=disable",
            f"host=127.0.0.1 port={server.port} password={pw} user=postgres",
            f"host=127.0.0.1 password = '{pw} with space' user=postgres"]


def test_a_dsn_carrying_a_password_is_refused_with_exit_3_and_never_printed(
        cli: CliRunner, store_dir: Path, pg_server: PgServer, tmp_path: Path) -> None:
    pw = _password()
    for dsn in _password_dsns(pg_server, pw):
        assert "password" in parse_dsn(dsn)
        done = cli("init", "--backend", "postgres", "--dsn", dsn)
        assert done.returncode == 3, done.stderr
        assert pw not in done.stdout + done.stderr
        for alternative in ("PGPASSFILE", "~/.pgpass", "PGPASSWORD", "service file", "certificate"):
            assert alternative in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
        assert not store_dir.exists()  # refused before anything was created
    # promotion refuses it too, and leaves the store's bytes as they were
    assert cli("note", "local first").returncode == 0
    before = _proc.snapshot(store_dir)
    for dsn in _password_dsns(pg_server, pw):
        done = cli("promote", "--to", "postgres", "--dsn", dsn)
        assert done.returncode == 3 and pw not in done.stdout + done.stderr
    assert _proc.snapshot(store_dir) == before
    assert pw.encode() not in _files_text(store_dir)


def test_dsns_without_a_password_pass_the_check() -> None:
    for dsn in ("", "host=db.example port=5432 dbname=team user=agents", "service=handoff",
                "postgresql://agents@db.example:5432/team?sslmode=verify-full&sslcert=/c.pem",
                "host='a b' passfile=/home/u/.pgpass"):
        assert "password" not in refuse_password(dsn)


def test_the_password_comes_from_libpq_and_never_reaches_output_or_files(
        cli: CliRunner, store_dir: Path, pg_server: PgServer, tmp_path: Path) -> None:
    right, wrong = _password(), _password()
    pg_server.psql(f"DROP ROLE IF EXISTS {PW_ROLE}")
    pg_server.psql(f"CREATE ROLE {PW_ROLE} LOGIN PASSWORD '{right}'")
    pg_server.psql(f"GRANT CREATE ON DATABASE postgres TO {PW_ROLE}")
    dsn = f"host=127.0.0.1 port={pg_server.port} dbname=postgres user={PW_ROLE}"
    outputs = []
    refused = cli("init", "--backend", "postgres", "--dsn", dsn, env={"PGPASSWORD": wrong})
    outputs.append(refused.stdout + refused.stderr)
    assert refused.returncode == 9, refused.stderr
    assert "authentication failed" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    joined = cli("init", "--backend", "postgres", "--dsn", dsn, env={"PGPASSWORD": right})
    outputs.append(joined.stdout + joined.stderr)
    assert joined.returncode == 0, joined.stderr
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"127.0.0.1:{pg_server.port}:postgres:{PW_ROLE}:{right}\n")
    passfile.chmod(0o600)
    wrote = cli("note", "via the password file", env={"PGPASSFILE": str(passfile)})
    outputs.append(wrote.stdout + wrote.stderr)
    assert wrote.returncode == 0, wrote.stderr
    shown = cli("init", "--json", env={"PGPASSFILE": str(passfile)})
    outputs.append(shown.stdout + shown.stderr)
    assert json.loads(shown.stdout)["events"] == 1
    info = json.loads((store_dir / "store.json").read_bytes())
    assert info["postgres"]["dsn"] == dsn
    for pw in (right, wrong):
        assert all(pw not in out for out in outputs)
        assert pw.encode() not in _files_text(store_dir)


# -- failures ------------------------------------------------------------------------------


def test_an_unreachable_server_is_one_line_and_exit_9(cli: CliRunner, store_dir: Path, pg_server: PgServer) -> None:
    closed = f"host=127.0.0.1 port={free_port()} dbname=postgres user=postgres"
    done = cli("init", "--backend", "postgres", "--dsn", closed)
    assert done.returncode == 9 and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "unreachable" in done.stderr and "Traceback" not in done.stderr
    # a server that accepts the connection and never answers: the connect timeout ends it
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        port = silent.getsockname()[1]
        done = cli("--store", str(store_dir.parent / "other"), "init", "--backend", "postgres", "--dsn",
                   f"host=127.0.0.1 port={port} dbname=postgres user=postgres", store=False,
                   env={"HANDOFF_PG_CONNECT_TIMEOUT": "2"})
    assert done.returncode == 9 and "unreachable" in done.stderr, done.stderr


def test_a_statement_timeout_rolls_back_and_the_next_command_works(
        cli: CliRunner, store_dir: Path, pg_server: PgServer) -> None:
    assert cli("init", "--backend", "postgres", "--dsn", pg_server.dsn, "--schema", _fresh()).returncode == 0
    assert cli("note", "before").returncode == 0
    schema = _schema(store_dir)
    held = threading.Event()
    release = threading.Event()

    def blocker() -> None:
        with psycopg.connect(pg_server.dsn) as conn, conn.transaction():
            conn.execute(f'LOCK TABLE "{schema}".events IN ACCESS EXCLUSIVE MODE')
            held.set()
            release.wait(60)

    thread = threading.Thread(target=blocker)
    thread.start()
    try:
        assert held.wait(30)
        done = cli("note", "blocked", env={"HANDOFF_PG_STATEMENT_TIMEOUT": "0.3"})
    finally:
        release.set()
        thread.join()
    assert done.returncode == 9, done.stderr
    assert "timed out" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert len(_rows(pg_server, schema)) == 1, done.stderr  # rolled back, nothing retried
    assert cli("note", "after").returncode == 0
    assert [seq for seq, _ in _rows(pg_server, schema)] == [1, 2]


_APPENDER = """
import os, sys
import handoff
import handoff.backends.base
from handoff.errors import HandoffError
store = handoff.open_store(sys.argv[1], create=False, lock_timeout=30)
fd = os.open(sys.argv[2], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
i = 0
print("ready", flush=True)
while True:
    try:
        event = store.append("note", {"text": f"{sys.argv[3]} {i}"})
    except HandoffError as exc:
        print(f"failed {exc.exit_code}", flush=True)
        break
    os.write(fd, f"{event.id} {event.seq}\\n".encode())
    if i == 5:
        print("acked", flush=True)
    i += 1
"""


def test_the_server_killed_mid_append_then_restarted(tmp_path: Path, pg_server: PgServer,
                                                    cli: CliRunner, store_dir: Path) -> None:
    assert cli("init", "--backend", "postgres", "--dsn", pg_server.dsn, "--schema", _fresh()).returncode == 0
    schema = _schema(store_dir)
    acks = tmp_path / "acks"
    children = [subprocess.Popen([sys.executable, "-c", _APPENDER, str(store_dir), str(acks), f"w{n}"],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_proc.child_env())
                for n in range(3)]
    try:
        for child in children:
            _proc.wait_line(child, b"acked")
        pg_server.stop("immediate", remove=False)
        for child in children:
            assert _proc.wait_line(child, b"failed") == b"failed 9"  # one clear error, no retry
            assert _proc.reap(child) == 0
        down = cli("note", "while down")
        assert down.returncode == 9 and len(down.stderr.strip().splitlines()) == 1
    finally:
        if not pg_server.running:
            pg_server.start()
        for child in children:
            if child.poll() is None:
                child.kill()
                _proc.reap(child)
    acked = [line[0] for line in _proc.read_acks(acks)]
    rows = _rows(pg_server, schema)
    ids = [i for _, i in rows]
    assert set(acked) <= set(ids)  # every acknowledged event is there
    assert len(ids) == len(set(ids))  # none twice
    assert [seq for seq, _ in rows] == list(range(1, len(rows) + 1))
    after = cli("note", "after the restart", "--json")
    assert after.returncode == 0, after.stderr
    assert [seq for seq, _ in _rows(pg_server, schema)] == list(range(1, len(rows) + 2))


# -- several machines ----------------------------------------------------------------------


@pytest.mark.slow
def test_two_store_directories_four_processes_each_share_one_store(tmp_path: Path, pg_server: PgServer) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    handoff.open_store(a, backend="postgres").close()
    schema = _schema(a)
    joined = subprocess.run([*handoff_command(), "--store", str(b), "init", "--backend", "postgres", "--dsn",
                             pg_server.dsn, "--schema", schema], capture_output=True, text=True, timeout=60)
    assert joined.returncode == 0, joined.stderr
    go = tmp_path / "go"
    per = 12
    writers = [_proc.spawn("writer_main", root, w, per, tmp_path / f"acks{w}", go,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
               for w, root in enumerate([a] * 4 + [b] * 4)]
    go.write_text("")
    for w in writers:
        assert w.wait(120) == 0, w.stderr.read().decode(errors="replace")[-2000:] if w.stderr else ""
        _proc.reap(w)
    acked = [line for w in range(8) for line in _proc.read_acks(tmp_path / f"acks{w}")]
    assert len(acked) == 8 * per
    rows = _rows(pg_server, schema)
    assert [seq for seq, _ in rows] == list(range(1, 8 * per + 1))  # gapless, unique
    assert {i for _, i in rows} == {line[0] for line in acked}  # the union, every ack
    assert {int(line[1]) for line in acked} == set(range(1, 8 * per + 1))
    with handoff.open_store(a, create=False) as sa, handoff.open_store(b, create=False) as sb:
        assert sa.latest() == sb.latest()
    assert (a / "latest.json").read_bytes() == (b / "latest.json").read_bytes()


def test_a_lagging_client_catches_up_from_the_projection_not_the_log(tmp_path: Path, pg_server: PgServer) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    with handoff.open_store(a, backend="postgres") as sa:
        schema = _schema(a)
        with handoff.open_store(b, backend="postgres", config={"schema": schema}) as sb:
            sb.append("note", {"text": "b was here"})
            sa.append_many([("config", {"key": f"k{i}", "value": i}) for i in range(20)])
            # Damage an old row behind everyone's back: a replay would skip it and differ.
            with psycopg.connect(pg_server.dsn) as conn:
                conn.execute(f'UPDATE "{schema}".events SET body = %s WHERE seq = 3', (b"not json",))
            caught = sb.latest()
    assert caught["meta"]["last_seq"] == 21 and caught["config"]["k1"]["value"] == 1
    assert (a / "latest.json").read_bytes() == (b / "latest.json").read_bytes()


def test_init_joins_the_one_store_of_a_database_and_refuses_to_guess_between_several(
        tmp_path: Path, pg_server: PgServer) -> None:
    db = "join_test"
    pg_server.psql(f"CREATE DATABASE {db}")
    dsn = f"host=127.0.0.1 port={pg_server.port} user=postgres dbname={db}"
    run = [*handoff_command(), "--store"]
    first = subprocess.run([*run, str(tmp_path / "a"), "init", "--backend", "postgres", "--dsn", dsn],
                           capture_output=True, text=True, timeout=60)
    assert first.returncode == 0, first.stderr
    assert subprocess.run([*run, str(tmp_path / "a"), "note", "hello"], timeout=60).returncode == 0
    second = subprocess.run([*run, str(tmp_path / "b"), "init", "--backend", "postgres", "--dsn", dsn, "--json"],
                            capture_output=True, text=True, timeout=60)
    assert second.returncode == 0 and json.loads(second.stdout)["events"] == 1
    assert _schema(tmp_path / "a") == _schema(tmp_path / "b")
    other = subprocess.run([*run, str(tmp_path / "c"), "init", "--backend", "postgres", "--dsn", dsn,
                            "--schema", "handoff_other"], capture_output=True, text=True, timeout=60)
    assert other.returncode == 0, other.stderr
    guess = subprocess.run([*run, str(tmp_path / "d"), "init", "--backend", "postgres", "--dsn", dsn],
                           capture_output=True, text=True, timeout=60)
    assert guess.returncode == 2 and "--schema" in guess.stderr
    assert not (tmp_path / "d").exists()


# -- promotion there and back ----------------------------------------------------------------


def _promote_in_child(root: Path, batch: int) -> subprocess.Popen[bytes]:
    code = ("import sys, handoff; from handoff.promote import promote; "
            "s = handoff.open_store(sys.argv[1]); promote(s, 'postgres', batch=int(sys.argv[2]), "
            "progress=lambda p, e: (sys.stdout.write('batch\\n'), sys.stdout.flush()))")
    return subprocess.Popen([sys.executable, "-c", code, str(root), str(batch)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_proc.child_env())


@pytest.mark.slow
def test_promotion_to_postgres_killed_at_random_points_resumes_exactly_once_and_comes_back(
        tmp_path: Path, pg_server: PgServer) -> None:
    root = tmp_path / "store"
    with handoff.open_store(root, durability="never") as store:
        store.append_many([("note", {"text": f"note {i}", "next_actions": [f"do {i}"]}) for i in range(1500)])
        store.purge([next(store.events()).id], reason="a gap in seq")
        ids = [e.id for e in store.events()]
        latest_before = store.latest()
    log_before = (root / "events.jsonl").read_bytes()
    rng = random.Random(11)
    for _ in range(5):
        child = _promote_in_child(root, batch=100)
        assert child.stdout is not None
        for _ in range(rng.randint(0, 8)):  # that many batch commits: an event, not a time
            if not child.stdout.readline():
                break
        child.send_signal(signal.SIGKILL)
        _proc.reap(child)
        assert (root / "events.jsonl").read_bytes() == log_before
    promoted = subprocess.run([*handoff_command(), "--store", str(root), "promote", "--to", "postgres", "--json"],
                              capture_output=True, text=True, timeout=120, env=_proc.child_env())
    assert promoted.returncode == 0, promoted.stderr
    report = json.loads(promoted.stdout)
    assert report["switched"] or report["source"] == "postgres"  # a killed run may have finished first
    assert (root / "events.jsonl").read_bytes() == log_before
    schema = _schema(root)
    assert [i for _, i in _rows(pg_server, schema)] == ids  # exactly once, in order
    with psycopg.connect(pg_server.dsn) as conn:  # dropped for the bulk copy, built again before the switch
        indexes = {r[0] for r in conn.execute("SELECT indexname FROM pg_indexes WHERE schemaname = %s "
                                              "AND tablename = 'events'", (schema,))}
    assert "events_kind_seq" in indexes and "events_ts" not in indexes  # 0004 dropped the ts index
    with handoff.open_store(root, create=False) as store:
        assert store.backend.name == "postgres"
        latest = store.latest()
        assert {k: v for k, v in latest.items() if k != "meta"} == \
            {k: v for k, v in latest_before.items() if k != "meta"}
        ids.append(store.append("note", {"text": "written on the server"}).id)
    back = subprocess.run([*handoff_command(), "--store", str(root), "promote", "--to", "sqlite", "--json"],
                          capture_output=True, text=True, timeout=120, env=_proc.child_env())
    assert back.returncode == 0, back.stderr
    with handoff.open_store(root, create=False) as store:
        assert store.backend.name == "sqlite"
        assert [e.id for e in store.events()] == ids
    jsonl = subprocess.run([*handoff_command(), "--store", str(root), "promote", "--to", "jsonl"],
                           capture_output=True, text=True, timeout=120, env=_proc.child_env())
    assert jsonl.returncode == 0, jsonl.stderr
    with handoff.open_store(root, create=False) as store:
        assert store.backend.name == "jsonl" and [e.id for e in store.events()] == ids


# -- migrations and foreign schemas --------------------------------------------------------


def _backend(root: Path, schema: str) -> Any:
    from handoff.backends import make_backend
    from handoff.files import StoreDir

    return make_backend("postgres", StoreDir.open(root), "always", {"dsn": "", "schema": schema})


def test_migrations_apply_once_and_a_newer_or_foreign_schema_is_refused(tmp_path: Path,
                                                                        pg_server: PgServer) -> None:
    from handoff.backends.postgres import migrations

    schema = "handoff_migrated"
    for _ in range(2):  # the second open is a no-op
        b = _backend(tmp_path, schema)
        b.create()
        b.close()
    with psycopg.connect(pg_server.dsn) as conn:
        applied = conn.execute(f'SELECT number FROM "{schema}".migrations ORDER BY number').fetchall()
        assert [n for (n,) in applied] == [m.number for m in migrations()]
        conn.execute(f"INSERT INTO \"{schema}\".migrations VALUES ({len(migrations()) + 1}, 'future', 'now')")
        conn.execute('CREATE SCHEMA "someone_else"')
        conn.execute('CREATE TABLE "someone_else".events (x int)')
    b = _backend(tmp_path, schema)
    with pytest.raises(SchemaVersionError):
        b.end()
    b.close()
    b = _backend(tmp_path, "someone_else")
    with pytest.raises(CorruptStoreError):
        b.end()
    b.close()
    with psycopg.connect(pg_server.dsn) as conn:  # refused, never changed
        assert conn.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'someone_else'"
                            ).fetchone() == (1,)


def test_an_append_with_a_stale_end_is_refused_on_the_server_and_writes_nothing(tmp_path: Path) -> None:
    from handoff.backends.base import StoredEvent

    def event(seq: int) -> StoredEvent:
        return StoredEvent.from_record({"v": 1, "id": f"00000000-0000-7000-8000-{seq:012d}", "seq": seq,
                                        "ts": "2026-01-01T00:00:00.000000Z", "kind": "note", "scope": {},
                                        "data": {"text": f"e{seq}"}})

    b = _backend(tmp_path, _fresh())
    try:
        b.create()
        b.append([event(1), event(2)], 0)
        with pytest.raises(CorruptStoreError, match="does not end where"):
            b.append([event(2)], 1, tracking=handoff.backends.base.Tracking("x", 1, "d"))  # stale: the end is 2
        assert [i.record["seq"] for i in b.read() if i.record] == [1, 2]
        assert b.tracking("x") is None  # the tracking record rolled back with it
        assert b.append([event(3)], 2).position == 3  # the connection is fine afterwards
    finally:
        b.close()


def test_jsonl_and_sqlite_stores_never_load_psycopg(tmp_path: Path) -> None:
    code = ("import sys, handoff\n"
            "for name in ('jsonl', 'sqlite'):\n"
            "    with handoff.open_store(sys.argv[1] + '/' + name, backend=name) as s:\n"
            "        s.append('note', {'text': 'x'}); s.latest(); list(s.events()); s.doctor()\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'psycopg'))\n")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True,
                          timeout=120, env=_proc.child_env())
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_timeouts_come_from_store_json_and_the_environment_overrides_them(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from handoff import ValidationError
    from handoff.backends.postgres_config import effective

    stored = {"dsn": "host=db", "schema": "team", "connect_timeout": 3, "statement_timeout": 7.5}
    monkeypatch.delenv("HANDOFF_PG_CONNECT_TIMEOUT", raising=False)
    monkeypatch.delenv("HANDOFF_PG_STATEMENT_TIMEOUT", raising=False)
    assert (effective(stored)["connect_timeout"], effective(stored)["statement_timeout"]) == (3.0, 7.5)
    monkeypatch.setenv("HANDOFF_PG_STATEMENT_TIMEOUT", "0.5")
    assert effective(stored)["statement_timeout"] == 0.5
    for bad in ("0", "-1", "nan", "forever", "7200"):
        monkeypatch.setenv("HANDOFF_PG_STATEMENT_TIMEOUT", bad)
        with pytest.raises(ValidationError):
            effective(stored)


def test_the_readme_least_privilege_roles_are_enough(tmp_path: Path, pg_server: PgServer) -> None:
    """The README's set-up, statement for statement: an owner that creates the tables, an
    agents' role that can only append, read and keep the ledger, and still joins, writes
    and reads; what it was not granted it cannot do."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    section = readme[readme.index("## Sharing a store across machines"):]
    blocks = [b.split("```", 1)[0] for b in section.split("```sql\n")[1:3]]
    setup, grants = blocks
    admin = f"host=127.0.0.1 port={pg_server.port} user=postgres"
    for statement in setup.strip().splitlines():
        if statement.startswith("\\c "):
            admin = f"host=127.0.0.1 port={pg_server.port} user=postgres dbname={statement.split()[1]}"
            continue
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(statement.encode())
    owner = f"host=127.0.0.1 port={pg_server.port} dbname=handoff user=handoff_owner"
    agent = f"host=127.0.0.1 port={pg_server.port} dbname=handoff user=handoff_agent"
    with handoff.open_store(tmp_path / "first") as store:
        store.append("note", {"text": "from the first machine"})
    cmd = [*handoff_command(), "--store"]
    env = {k: v for k, v in _proc.child_env().items() if not k.startswith(("PG", "HANDOFF_PG"))}
    promoted = subprocess.run([*cmd, str(tmp_path / "first"), "promote", "--to", "postgres", "--dsn", owner,
                               "--schema", "team"], capture_output=True, text=True, timeout=120, env=env)
    assert promoted.returncode == 0, promoted.stderr
    with psycopg.connect(f"host=127.0.0.1 port={pg_server.port} dbname=handoff user=handoff_owner",
                         autocommit=True) as conn:
        for statement in grants.strip().splitlines():
            if not statement.startswith("--"):
                conn.execute(statement.encode())
    joined = subprocess.run([*cmd, str(tmp_path / "second"), "init", "--backend", "postgres", "--dsn", agent,
                             "--json"], capture_output=True, text=True, timeout=60, env=env)
    assert joined.returncode == 0, joined.stderr
    assert json.loads(joined.stdout)["events"] == 1
    wrote = subprocess.run([*cmd, str(tmp_path / "second"), "note", "from the agent"], capture_output=True,
                           text=True, timeout=60, env=env)
    assert wrote.returncode == 0, wrote.stderr
    with handoff.open_store(tmp_path / "first", create=False) as store:
        assert [e.data["text"] for e in store.events()] == ["from the first machine", "from the agent"]
    with psycopg.connect(agent, autocommit=True) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("DROP TABLE team.events")


def test_duckdb_answers_the_same_on_all_three_backends(tmp_path: Path) -> None:
    pytest.importorskip("duckdb")
    import shutil

    base = tmp_path / "jsonl"
    with handoff.open_store(base) as store:
        notes = store.append_many([("note", {"text": f"note {i}", "next_actions": [f"do {i}", f"then {i}"]})
                                   for i in range(5)])
        store.append("action_done", {"action": f"{notes[1].seq}.1"})
        store.append("validation", {"command": "pytest -q", "exit_code": 1, "summary": "3 failed"})
        store.append("validation", {"command": "pytest -q", "exit_code": 0})
        store.append("pointer", {"repo": "acme/widget", "branch": "main", "pr": 7})
        store.append("config", {"key": "python", "value": "3.11"})
        store.append("runtime", {"component": "db", "status": "up", "port": 5432})
        store.purge([notes[0].id], reason="test")
    shutil.copytree(base, tmp_path / "sqlite")
    shutil.copytree(base, tmp_path / "postgres")
    for name in ("sqlite", "postgres"):
        with handoff.open_store(tmp_path / name, create=False) as store:
            assert store.promote(name).switched
    views = ["events", "notes", "next_actions", "actions_done", "validations", "pointers", "runtime",
             "model_health", "config", "purges"]
    answers: dict[str, list[Any]] = {}
    for name in ("jsonl", "sqlite", "postgres"):
        with handoff.open_store(tmp_path / name, create=False) as store:
            assert store.backend.name == name
            got = []
            for view in views:
                columns, rows = store.query(f"SELECT * FROM {view} ORDER BY ALL")
                keep = [i for i, c in enumerate(columns) if "age" not in c]  # ages move with the clock
                got.append((view, [columns[i] for i in keep], [tuple(r[i] for i in keep) for r in rows]))
            answers[name] = got
    assert answers["postgres"] == answers["jsonl"] == answers["sqlite"]
    assert any(rows for _, _, rows in answers["postgres"][1:])


# -- the projection in parts -----------------------------------------------------------------


def _record(seq: int, kind: str, data: dict[str, Any]) -> dict[str, Any]:
    from handoff.kinds import SCHEMA_VERSION
    from handoff.models import validate_data

    return {"v": SCHEMA_VERSION, "id": f"01900000-0000-7000-8000-{seq:012d}", "seq": seq,
            "ts": f"2026-01-01T00:00:{seq % 60:02d}.000000Z", "kind": kind, "scope": {},
            "data": validate_data(kind, data)}


def _with_done(items: list[tuple[str, dict[str, Any]]], done: list[int]) -> list[tuple[str, dict[str, Any], int]]:
    """(kind, data, seq) for `items`, each note followed by an action_done when `done`
    names its position (seqs as a store starting empty stamps them)."""
    out: list[tuple[str, dict[str, Any], int]] = []
    for kind, data in items:
        out.append((kind, data, len(out) + 1))
        if kind == "note" and len(out) in done:
            seq = len(out)
            out.append(("action_done", {"action": f"{seq}.1" if data.get("next_actions") else str(seq)},
                        len(out) + 1))
    return out


def _apply(table: dict[tuple[str, int], bytes], rows: list[tuple[str, int, bytes]], keep: list[int] | None,
           *, full: bool) -> None:
    """What the backend's statements do to `latest_parts`, on a dict."""
    if full:
        table.clear()
    if keep is not None:
        for key in [k for k in table if k[0] == "notes" and k[1] not in keep]:
            del table[key]
    table.update(((s, i), b) for s, i, b in rows)


def _apply(table: dict[tuple[str, int], bytes], rows: list[tuple[str, int, bytes]], keep: list[int] | None,
           *, full: bool) -> None:
    """What the backend's statements do to `latest_parts`, on a dict."""
    if full:
        table.clear()
    if keep is not None:
        for key in [k for k in table if k[0] == "notes" and k[1] not in keep]:
            del table[key]
    table.update(((s, i), b) for s, i, b in rows)


@settings(max_examples=80, deadline=None)
@given(items=st.lists(S.any_item, min_size=1, max_size=30), done=st.lists(st.integers(1, 40)),
       batch=st.integers(1, 4), cap=st.sampled_from([3, 100]))
def test_parts_patched_after_every_fold_join_into_exactly_the_rendered_state(
        items: list[tuple[str, dict[str, Any]]], done: list[int], batch: int, cap: int) -> None:
    """The parts written whole once and then patched with `changed` after each batch
    join into `state.render`'s bytes; a pointer or config patch writes a few parts, not
    every note (what makes the append cheap)."""
    from handoff import state
    from handoff.backends import postgres_parts as parts

    records = [_record(seq, kind, data) for kind, data, seq in _with_done(items, done)]
    s = state.empty_state()
    table: dict[tuple[str, int], bytes] = {}
    _apply(table, parts.parts(s), None, full=True)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(state, "MAX_NOTES", cap)  # small: notes pushed out by the cap, too
        for start in range(0, len(records), batch):
            chunk = records[start:start + batch]
            for rec in chunk:
                state.fold(s, rec)
            delta = parts.changed(s, chunk)
            assert delta is not None
            rows, keep = delta
            if len(chunk) == 1 and chunk[0]["kind"] in ("pointer", "config"):
                assert len(rows) <= 3 and keep is None  # meta, pointers and active_repo at most
            _apply(table, rows, keep, full=False)
            assert parts.assemble((s_, i, b) for (s_, i), b in table.items()) == state.render(s)
            assert parts.assemble(parts.parts(s)) == state.render(s)


def test_a_state_the_parts_cannot_hold_is_kept_whole() -> None:
    from handoff import state
    from handoff.backends import postgres_parts as parts

    s = state.empty_state()
    s["hand_edited"] = {"x": 1}
    assert parts.parts(s) == [("", 0, state.render(s))]
    assert parts.changed(s, []) is None
    s = state.empty_state()
    s["notes"] = [{"seq": 5, "text": "b"}, {"seq": 2, "text": "a"}]  # out of seq order
    assert parts.assemble(parts.parts(s)) == state.render(s)
    assert len(parts.parts(s)) == 1


def _rebuilt(store: handoff.Store) -> bytes:
    """latest.json's bytes folded from every stored event (what `rebuild` publishes)."""
    from handoff import state

    s = state.empty_state()
    state.fold_stream(s, store.backend.read(0))
    return state.render(s)


def _parts_rows(pg_server: PgServer, schema: str) -> list[tuple[str, int]]:
    with psycopg.connect(pg_server.dsn) as conn:
        return [(str(s), int(i)) for s, i in conn.execute(
            f'SELECT section, item FROM "{schema}".latest_parts ORDER BY section, item')]


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=st.lists(S.any_item, min_size=1, max_size=12), done=st.lists(st.integers(0, 12)),
       purge_at=st.integers(0, 14))
def test_the_stored_parts_equal_a_rebuild_after_every_append_and_a_purge(
        tmp_path: Path, pg_server: PgServer, items: list[tuple[str, dict[str, Any]]], done: list[int],
        purge_at: int) -> None:
    root = tmp_path / secrets.token_hex(4)
    with handoff.open_store(root, backend="postgres", config={"schema": _fresh()}) as store:
        backend = store.backend

        def current() -> None:
            assert backend.saved_state() == (backend.end()[1], _rebuilt(store))  # type: ignore[attr-defined]

        for n, (kind, data) in enumerate(items):
            event = store.append(kind, data)
            current()
            if kind == "note" and n in done:
                store.append("action_done", {"action": f"{event.seq}.1" if data.get("next_actions")
                                             else str(event.seq)})
                current()
            if n == purge_at:
                store.purge([next(store.events()).id])
                saved = backend.saved_state()  # type: ignore[attr-defined]
                assert saved is None or saved == (backend.end()[1], _rebuilt(store))  # gone, never stale
        store.append("config", {"key": "last", "value": 1})
        current()
        assert (root / "latest.json").read_bytes() == _rebuilt(store)
        assert len(_parts_rows(pg_server, _schema(root))) > 1  # in parts, not one document


_PARTS_WRITER = """
import os, sys
import handoff
store = handoff.open_store(sys.argv[1], create=False, lock_timeout=60)
name, n, go = sys.argv[2], int(sys.argv[3]), sys.argv[4]
print("ready", flush=True)
while not os.path.exists(go):
    pass
notes = []
for i in range(n):
    if i % 4 == 0:
        notes.append(store.append("note", {"text": f"{name} {i}", "next_actions": ["one", "two"]}).seq)
    elif i % 4 == 1:
        store.append("pointer", {"repo": f"acme/{name}", "branch": f"b{i}"})
    elif i % 4 == 2 and notes:
        store.append("action_done", {"action": f"{notes.pop(0)}.1"})
    else:
        store.append_many([("config", {"key": f"{name}.k", "value": i}), ("note", {"text": f"{name} solo {i}"})])
store.close()
"""


@pytest.mark.slow
def test_two_writer_processes_never_leave_a_part_stale(tmp_path: Path, pg_server: PgServer) -> None:
    """Two store directories (two machines) append notes, pointers, done actions and
    batches at once: each append patches the parts the other's appends left, so a part
    written from a state that missed the other's events would differ from a rebuild."""
    a, b = tmp_path / "a", tmp_path / "b"
    handoff.open_store(a, backend="postgres", config={"schema": _fresh()}).close()
    handoff.open_store(b, backend="postgres", config={"schema": _schema(a)}).close()
    go = tmp_path / "go"
    writers = [subprocess.Popen([sys.executable, "-c", _PARTS_WRITER, str(root), name, "40", str(go)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_proc.child_env())
               for root, name in ((a, "a"), (b, "b"))]
    for w in writers:
        _proc.wait_line(w, b"ready")
    go.write_text("")
    for w in writers:
        assert w.wait(180) == 0, w.stderr.read().decode(errors="replace")[-2000:] if w.stderr else ""
        _proc.reap(w)
    with handoff.open_store(a, create=False) as sa, handoff.open_store(b, create=False) as sb:
        saved = sa.backend.saved_state()  # type: ignore[attr-defined]
        rebuilt = _rebuilt(sa)
        assert saved == (sa.backend.end()[1], rebuilt)
        assert [n["text"].split()[0] for n in json.loads(rebuilt)["notes"]].count("a") > 0
        assert sa.latest() == sb.latest() == json.loads(rebuilt)


def _old_schema(pg_server: PgServer, schema: str) -> None:
    """A store as handoff wrote it before 0002: migration 0001 only, with events and the
    whole latest.json in `latest_state`."""
    from handoff import state
    from handoff.backends.postgres import migrations
    from handoff.backends.sqlite import event_rows

    first = migrations()[0]
    events = [handoff.backends.base.StoredEvent.from_record(_record(seq, kind, data)) for kind, data, seq in
              _with_done([("note", {"text": "old", "next_actions": ["a", "b"]}),
                          ("pointer", {"repo": "acme/app", "branch": "main"}),
                          ("note", {"text": "done soon"}), ("config", {"key": "k", "value": 1})], [3])]
    s = state.empty_state()
    for ev in events:
        state.fold(s, ev.record())
    s["meta"]["position"] = events[-1].seq
    with psycopg.connect(pg_server.dsn, autocommit=True) as conn, conn.transaction():
        conn.execute(f'CREATE SCHEMA "{schema}"')
        conn.execute(f'SET LOCAL search_path = "{schema}"')
        conn.execute("CREATE TABLE migrations (number integer PRIMARY KEY, name text NOT NULL, "
                     "applied_at text NOT NULL)")
        conn.execute(first.sql.encode())
        conn.execute("INSERT INTO migrations VALUES (1, %s, 'then')", (first.name,))
        conn.execute("INSERT INTO store_meta VALUES ('schema_version', '1')")
        for row in event_rows(events):
            conn.execute("INSERT INTO events (seq, id, v, ts, kind, project, agent, session, body, digest) "
                         "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)", row)
        conn.execute("INSERT INTO latest_state VALUES (1, %s, %s)", (events[-1].seq, state.render(s)))


def test_a_store_of_the_0001_schema_upgrades_and_its_projection_matches_a_rebuild(
        tmp_path: Path, pg_server: PgServer) -> None:
    from handoff.backends.postgres import migrations

    schema = _fresh()
    _old_schema(pg_server, schema)
    with handoff.open_store(tmp_path / "a", backend="postgres", config={"schema": schema}) as store:
        with psycopg.connect(pg_server.dsn) as conn:
            applied = conn.execute(f'SELECT number, name FROM "{schema}".migrations ORDER BY number').fetchall()
            assert applied == [(m.number, m.name) for m in migrations()] and len(applied) >= 2
            assert conn.execute("SELECT to_regclass(%s)", (f'"{schema}".latest_state',)).fetchone() == (None,)
        rebuilt = _rebuilt(store)
        assert store.backend.saved_state() == (5, rebuilt)  # type: ignore[attr-defined]  # carried over whole
        assert _parts_rows(pg_server, schema) == [("", 0)]
        assert store.latest() == json.loads(rebuilt)
        store.append("pointer", {"repo": "acme/app", "branch": "next"})
        assert store.backend.saved_state() == (6, _rebuilt(store))  # type: ignore[attr-defined]
        rows = _parts_rows(pg_server, schema)
        assert ("", 0) not in rows and ("notes", 1) in rows and ("pointers", 0) in rows
        store.append("note", {"text": "a new one"})
        assert store.backend.saved_state() == (7, _rebuilt(store))  # type: ignore[attr-defined]
    with handoff.open_store(tmp_path / "b", backend="postgres", config={"schema": schema}) as other:
        assert other.latest() == json.loads(_rebuilt(other))
        assert (tmp_path / "b" / "latest.json").read_bytes() == (tmp_path / "a" / "latest.json").read_bytes()


def test_a_state_saved_whole_is_replaced_not_patched_by_the_next_append(tmp_path: Path, pg_server: PgServer) -> None:
    with handoff.open_store(tmp_path / "s", backend="postgres", config={"schema": _fresh()}) as store:
        store.append("note", {"text": "one", "next_actions": ["x"]})
        end = store.backend.end()[1]
        assert store.backend.save_state(end, b"{}\n") is True  # type: ignore[attr-defined]
        assert store.backend.saved_state() == (end, b"{}\n")  # type: ignore[attr-defined]
        store.append("config", {"key": "k", "value": 2})
        assert store.backend.saved_state() == (end + 1, _rebuilt(store))  # type: ignore[attr-defined]


def test_the_projection_is_never_stale_after_import_compact_and_promotion(tmp_path: Path) -> None:
    """Import commits the projection with its batches; compaction drops it with the rows
    it rewrites (a reader folds the log until the next append writes it whole again);
    a promotion onto PostgreSQL leaves none until the first append. Never a stale one."""
    from handoff.compact import Policy, compact

    def fresh_or_absent(store: handoff.Store) -> None:
        saved = store.backend.saved_state()  # type: ignore[attr-defined]
        assert saved is None or saved == (store.backend.end()[1], _rebuilt(store))

    def current(store: handoff.Store) -> None:
        assert store.backend.saved_state() == (store.backend.end()[1], _rebuilt(store))  # type: ignore[attr-defined]

    laptop = tmp_path / "laptop"
    with handoff.open_store(laptop) as other:
        other.append_many([("note", {"text": f"laptop {i}", "next_actions": ["x"]}) for i in range(5)])
        other.export(tmp_path / "laptop.jsonl")
    root = tmp_path / "team"
    with handoff.open_store(root, backend="postgres", config={"schema": _fresh()}) as store:
        store.append("note", {"text": "here first", "next_actions": ["y"]})
        store.append("pointer", {"repo": "acme/app", "branch": "main"})
    merged = subprocess.run([*handoff_command(), "--store", str(root), "import", "events",
                             str(tmp_path / "laptop.jsonl")], capture_output=True, text=True, timeout=120,
                            env=_proc.child_env())
    assert merged.returncode == 0, merged.stderr
    with handoff.open_store(root, create=False) as store:
        current(store)
        assert len(json.loads(_rebuilt(store))["notes"]) == 6
        store.append("action_done", {"action": f"{store.latest()['notes'][0]['seq']}.1"})
        compact(store, Policy(0))
        fresh_or_absent(store)
        store.append("config", {"key": "after", "value": "compact"})
        current(store)
    promoted = tmp_path / "promoted"
    with handoff.open_store(promoted) as store:
        store.append_many([("note", {"text": f"n {i}"}) for i in range(3)])
        assert store.promote("postgres", config={"schema": _fresh()}).switched
        fresh_or_absent(store)
        store.append("pointer", {"repo": "acme/app", "branch": "promoted"})
        current(store)


def test_an_append_on_a_guessed_end_still_takes_the_lock_and_rereads_when_another_client_wrote(
        tmp_path: Path, pg_server: PgServer) -> None:
    """`append_lock` skips the lock's own round trip after this client's last append:
    the append's pipeline still waits for the store-wide lock (held here by another
    session: LockTimeout, nothing written), and when another client wrote in between,
    the guard sends it back to write under the lock, on a state that has the other
    client's note (its next action can be marked done)."""
    from handoff import LockTimeout
    from handoff.backends.postgres import LOCK_CLASS, _key

    schema = _fresh()
    with handoff.open_store(tmp_path / "a", backend="postgres", config={"schema": schema}, lock_timeout=0.5) as a, \
            handoff.open_store(tmp_path / "b", backend="postgres", config={"schema": schema}) as b:
        a.append("note", {"text": "a first"})
        assert a.backend._guess is not None  # type: ignore[attr-defined]  # the next append guesses
        with psycopg.connect(pg_server.dsn, autocommit=True) as other:
            other.execute("SELECT pg_advisory_lock(%s, %s)", (LOCK_CLASS, _key(schema)))
            with pytest.raises(LockTimeout):
                a.append("note", {"text": "while another client holds the lock"})
        assert [seq for seq, _ in _rows(pg_server, schema)] == [1]
        a.append("config", {"key": "k", "value": 1})  # guesses again (the lock is free)
        note = b.append("note", {"text": "b's", "next_actions": ["check"]})
        done = a.append("action_done", {"action": f"{note.seq}.1"})  # a's state lacks b's note
        assert done.seq == note.seq + 1
        a.append("pointer", {"repo": "acme/app", "branch": "main"})
        assert [seq for seq, _ in _rows(pg_server, schema)] == list(range(1, 6))
        assert a.backend.saved_state() == (5, _rebuilt(a))  # type: ignore[attr-defined]
        assert a.latest() == b.latest() == json.loads(_rebuilt(a))


def test_a_wrong_guess_after_any_number_of_appends_leaves_appends_working(tmp_path: Path) -> None:
    """A guessed append whose guard fails aborts its pipeline part-way; whatever that
    pipeline carried (psycopg used to prepare a statement on its fifth run, which an
    aborted pipeline could leave half-known: `connect` now prepares none), the retry and
    every append after it work, and the projection matches a rebuild."""
    for first in range(1, 9):  # b writes after a's `first` appends: a's guess fails there
        schema = _fresh()
        with handoff.open_store(tmp_path / f"a{first}", backend="postgres", config={"schema": schema}) as a, \
                handoff.open_store(tmp_path / f"b{first}", backend="postgres", config={"schema": schema}) as b:
            for i in range(first):
                a.append("pointer", {"repo": "acme/app", "branch": f"a{i}"})
            b.append("config", {"key": "b", "value": first})
            for i in range(4):
                a.append("pointer", {"repo": "acme/app", "branch": f"again{i}"})
            assert a.backend.saved_state() == (first + 5, _rebuilt(a))  # type: ignore[attr-defined]
            assert a.latest() == b.latest() == json.loads(_rebuilt(a))
