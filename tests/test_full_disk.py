"""Writes on a full or failing disk keep the promise (issue #7, item 3).

Two ways to make writes fail for real, no mocks:

- a small tmpfs (needs `mount`, i.e. root; skipped with a message elsewhere), filled to
  its last page, so a write fails with ENOSPC once the file it extends needs a new page;
- RLIMIT_FSIZE on the `handoff` child (SIGXFSZ ignored), so any write past the limit comes
  up short and then fails with EFBIG: latest.json (bigger than the log here) can fail to
  publish while the log append fits.

After every attempt:

- exit 0 means the event is in the log, and latest.json is complete, valid JSON;
- a non-zero exit means the log is byte-identical (and latest.json too);
- when the log append succeeded but latest.json could not be published, the command still
  exits 0 (the event is durable: a retry would duplicate it) with exactly one warning
  line on stderr, and latest.json keeps its previous complete version;
- no temp file is left behind (failed publishes, rewrites, purges), no empty or partial
  file anywhere in the store;
- at the end, with room again, the next reader catches latest.json up, and the log holds
  exactly the acknowledged events.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import resource
import signal
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
import pytest

import handoff

from ._commands import DOCUMENTED_EXIT_CODES, TIMEOUT, clean_env
from .conftest import handoff_command

pytestmark = pytest.mark.slow

TOP_LEVEL = {"events.jsonl", "latest.json", ".latest.json.spare", "store.json", "lock", "quarantine",
             ".latest", ".gitignore"}
"""Everything a store may hold at its top level; anything else is a leftover. The spare
(latest.json's previous version, rewritten by the next publish) must be complete JSON."""

BAD_LINE = b"\x00\xfe an unreadable line for doctor --fix to quarantine\n"


# -- running a command with a file-size limit -----------------------------------------


def _limited(limit: int | None) -> Any:
    def preexec() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a short write / EFBIG, not a kill
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return preexec


def _run(store: Path, *args: str, limit: int | None = None) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run([*handoff_command(), "--store", str(store), *args], capture_output=True,
                              text=True, cwd=store.parent, timeout=TIMEOUT, preexec_fn=_limited(limit),
                              env=clean_env(store.parent / "home"))
    except subprocess.TimeoutExpired:
        raise AssertionError(f"handoff {' '.join(args)} hung (limit {limit})") from None


# -- what must hold after each attempt ------------------------------------------------


def _records(raw: bytes) -> list[dict[str, Any]]:
    out = []
    for line in raw.splitlines():
        with contextlib.suppress(orjson.JSONDecodeError):
            rec = orjson.loads(line)
            if isinstance(rec, dict) and "id" in rec:
                out.append(rec)
    return out


def _latest(store: Path) -> bytes:
    return (store / "latest.json").read_bytes()


def _leftovers(store: Path) -> list[str]:
    """Temp files, empty files and partial files anywhere in the store."""
    found = [f"unexpected entry {name}" for name in os.listdir(store) if name not in TOP_LEVEL]
    spare = store / ".latest.json.spare"
    if spare.is_file():
        try:
            json.loads(spare.read_bytes())
        except ValueError:
            found.append("partial spare .latest.json.spare")
    for sub in (".latest", "quarantine"):
        folder = store / sub
        if not folder.is_dir():
            continue
        for name in os.listdir(folder):
            data = (folder / name).read_bytes()
            if not data:
                found.append(f"empty file {sub}/{name}")
            elif sub == ".latest":
                try:
                    json.loads(data)
                except ValueError:
                    found.append(f"partial generation {sub}/{name}")
    return found


@dataclass
class Ledger:
    """What the store acknowledged, and what the run has seen happen."""

    store: Path
    acked: list[str] = field(default_factory=list)
    seen: dict[str, int] = field(default_factory=lambda: {"published": 0, "lagging": 0, "failed": 0})

    def attempt(self, *args: str, limit: int | None = None) -> str:
        """Run one write, check every promise, return what happened."""
        store = self.store
        log_before, latest_before = (store / "events.jsonl").read_bytes(), _latest(store)
        out = _run(store, *args, limit=limit)
        what = f"handoff {' '.join(args)} (limit {limit}): exit {out.returncode}, stderr {out.stderr!r}"
        assert "Traceback" not in out.stderr, what
        assert out.returncode in DOCUMENTED_EXIT_CODES, what
        leftovers = _leftovers(store)
        assert not leftovers, f"{what}: left behind {leftovers}"
        log_after = (store / "events.jsonl").read_bytes()
        latest_now = _latest(store)
        try:
            state = json.loads(latest_now)
        except ValueError:
            raise AssertionError(f"{what}: latest.json is not complete JSON: {latest_now[-80:]!r}") from None
        assert isinstance(state, dict) and isinstance(state.get("meta"), dict), what

        if out.returncode == 5 and args[0] == "doctor":
            # A repair cut short keeps what it finished (each step atomic): the log is the
            # old one, or the old one without the bad line, which is then in quarantine/.
            assert log_after in (log_before, log_before.replace(BAD_LINE, b"")), what
            self.seen["failed"] += 1
            return "failed"
        if out.returncode != 0:
            assert log_after == log_before, f"{what}: failed but changed the log"
            assert latest_now == latest_before, f"{what}: failed but changed latest.json"
            self.seen["failed"] += 1
            return "failed"

        ids = {rec["id"] for rec in _records(log_after)}
        if args[0] == "purge":
            reply = json.loads(out.stdout)
            gone = reply["event_ids"]
            assert not set(gone) & ids, f"{what}: exit 0 but a purged event is still in the log"
            self.acked = [i for i in self.acked if i not in gone] + [reply["tombstone"]["id"]]
            new_id = reply["tombstone"]["id"]
        elif args[0] == "doctor":
            assert BAD_LINE not in log_after, f"{what}: exit 0 but the bad line is still in the log"
            return "published"
        else:
            new_id = json.loads(out.stdout)["id"]
            assert log_after.startswith(log_before), f"{what}: the append changed earlier bytes"
            self.acked.append(new_id)
        assert new_id in ids, f"{what}: exit 0 but the event is not in the log"
        if state["meta"]["last_event_id"] == new_id:
            self.seen["published"] += 1
            return "published"
        # Durable in the log, but latest.json could not be replaced: that is a warning.
        assert latest_now == latest_before, f"{what}: latest.json changed but does not hold the event"
        lines = [line for line in out.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and "warning" in lines[0].lower(), \
            f"{what}: a publish that failed after a durable append must print exactly one warning line"
        self.seen["lagging"] += 1
        return "lagging"

    def settle(self) -> None:
        """With room again: readers catch up; the log holds exactly the acknowledged events."""
        out = _run(self.store, "latest")
        assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr
        meta = json.loads(out.stdout)["meta"]
        assert meta["last_event_id"] == self.acked[-1], "latest did not catch up with the log"
        out = _run(self.store, "doctor", "--fix")
        assert out.returncode == 0, out.stdout + out.stderr
        out = _run(self.store, "doctor")
        assert out.returncode == 0, out.stdout + out.stderr
        out = _run(self.store, "log", "--json")
        assert [json.loads(line)["id"] for line in out.stdout.splitlines()] == self.acked, \
            "the log does not hold exactly the acknowledged events"
        assert not _leftovers(self.store)


def _seed(store: Path) -> list[str]:
    """20 notes of 6 actions each: latest.json (actions spelled out) is several times the
    log's size, and a bad line in the middle for doctor --fix to quarantine."""
    ids = []
    (store.parent / "home").mkdir(parents=True, exist_ok=True)
    for half in (0, 1):
        with handoff.open_store(store) as s:
            for i in range(10 * half, 10 * half + 10):
                ids.append(s.append("note", {"text": f"n{i}", "next_actions": list("abcdef")}).id)
            s.latest()
        if half == 0:
            with open(store / "events.jsonl", "ab") as f:
                f.write(BAD_LINE)
    # A process that published more than once keeps latest.json's previous version as a
    # spare, which the next publish rewrites in place and whose blocks a rename then frees:
    # room the full-disk run below must not get. (The commands it runs publish once each.)
    (store / ".latest.json.spare").unlink()
    return ids


# -- RLIMIT_FSIZE ----------------------------------------------------------------------


def test_a_file_size_limit_never_breaks_a_promise(tmp_path: Path) -> None:
    store = tmp_path / "store"
    ids = _seed(store)
    ledger = Ledger(store, list(ids))
    log_size = lambda: (store / "events.jsonl").stat().st_size  # noqa: E731
    assert len(_latest(store)) > log_size() + 3000, "latest.json must outgrow the log for this test"

    # a rewrite that cannot hold the whole log: doctor --fix, then purge, fail cleanly
    assert ledger.attempt("doctor", "--fix", limit=log_size() - 100) == "failed"
    # the log append fits, latest.json does not: durable, acknowledged, one warning
    for _ in range(3):
        assert ledger.attempt("note", "fits in the log", "--json", limit=log_size() + 2000) == "lagging"
    assert ledger.attempt("config", "set", "k", "v", "--json", limit=log_size() + 1500) == "lagging"
    # the append itself crosses the limit: refused, nothing changed
    assert ledger.attempt("note", "too big for the limit", "--json", limit=log_size() + 40) == "failed"
    assert ledger.attempt("config", "set", "k2", "v", "--json", limit=log_size() + 10) == "failed"
    # a short write exactly at the log's end
    assert ledger.attempt("note", "no room at all", "--json", limit=log_size()) == "failed"
    # room again: published, and the lag is caught up
    assert ledger.attempt("note", "room again", "--json") == "published"
    assert ledger.attempt("doctor", "--fix") == "published"
    assert ledger.attempt("purge", ids[3], "--json", limit=log_size() - 100) == "failed"
    assert ledger.attempt("purge", ids[5], "--json") == "published"
    ledger.settle()


# -- a full tmpfs ----------------------------------------------------------------------


@pytest.fixture
def small_fs(tmp_path: Path) -> Iterator[Path]:
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=512k,mode=0700", "tmpfs", str(mnt)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.strip() or 'mount failed'}); "
                    "the RLIMIT_FSIZE test covers short writes")
    try:
        yield mnt
    finally:
        if subprocess.run(["umount", str(mnt)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


class Filler:
    """Takes every free page of a filesystem in one-page files; gives pages back one at a time."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir()
        self.files: list[Path] = []

    def fill(self) -> None:
        page = b"\xaa" * 4096
        while True:
            path = self.folder / f"f{len(self.files):05d}"
            try:
                with open(path, "wb") as f:
                    f.write(page)
            except OSError as err:
                assert err.errno == errno.ENOSPC, err
                path.unlink(missing_ok=True)
                return
            self.files.append(path)

    def free(self, pages: int) -> None:
        for _ in range(min(pages, len(self.files))):
            self.files.pop().unlink()


def test_a_full_disk_never_breaks_a_promise(small_fs: Path) -> None:
    store = small_fs / "store"
    ids = _seed(store)
    ledger = Ledger(store, list(ids))
    filler = Filler(small_fs / "filler")
    filler.fill()

    # no free page: rewrites fail cleanly
    assert ledger.attempt("doctor", "--fix") == "failed"
    assert ledger.attempt("purge", ids[3], "--json") == "failed"
    # appends fit in the log's last page until they do not; latest.json never has room
    outcomes: list[str] = []
    while outcomes.count("failed") < 2:
        assert len(outcomes) < 60, "the log never ran out of room"
        outcomes.append(ledger.attempt("note", f"full disk {len(outcomes)}", "--json"))
    # one page back: the log takes it, latest.json still cannot be replaced
    for i in range(4):
        filler.free(1)
        ledger.attempt("note", f"one page back {i}", "--json")
        ledger.attempt("config", "set", f"k{i}", "v", "--json")
    filler.free(2)
    ledger.attempt("doctor", "--fix")
    ledger.attempt("note", "two pages back", "--json")
    assert ledger.seen["lagging"] >= 1, f"no append succeeded without a publish: {ledger.seen}"
    filler.free(len(filler.files))
    assert ledger.attempt("note", "room again", "--json") == "published"
    ledger.settle()
