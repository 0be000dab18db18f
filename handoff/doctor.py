"""`handoff doctor`: check a store and, with `fix`, repair it without losing data.

Checks, each with the fix `--fix` applies:
- the store's own entries (the log, latest.json, store.json, lock, quarantine/): a link,
  FIFO, device or directory where a file belongs is moved into quarantine/ as an entry
  (never opened or followed) and the store is repaired around it;
- store.json: missing or garbled beside a readable log, it is recreated from the log;
- the log: unreadable lines, a torn tail, and duplicates (an id or a seq seen before) are
  moved to quarantine/ verbatim, the first copy kept; a gap in seq that no purge accounts
  for is reported and never "fixed" by renumbering;
- latest.json against a rebuild from the log: republished;
- the 0.1 `.latest/` folder: removed (our files only); temp files a killed writer left
  are no problem (the next writer removes them) but `--fix` removes them too;
- loose permissions on the store directory or its files (the SQLite database and its
  WAL included): tightened to 0700/0600;
- on SQLite, `PRAGMA integrity_check` and `PRAGMA foreign_key_check` (reported; the
  backend's own check already quarantines rows it cannot read);
- imports that failed or were interrupted (the ledger, `handoff.importers.ledger`): not
  fixable here, the report says which `handoff import` to rerun;
- a privacy scan with the current rules (`handoff.scan`): flagged events are reported by
  id and removed only by `handoff purge --from-scan`, never by `--fix`; findings in
  bytes `--fix` itself moved into quarantine/ are a suggestion to review them;
- the retention policy in store.json: a damaged one is reported; the store's size, its
  events by kind, the age of the oldest and what `handoff compact` would remove are
  reported as statistics, with a suggestion (not a problem) when the policy is exceeded.

After a fix every check runs again from scratch, and the report lists what is still
wrong with the reason it could not be fixed; `ok` is true only if nothing is.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import state as st
from .backends.base import Health
from .backends.jsonl import LOG_NAME
from .errors import CorruptStoreError, HandoffError, LockTimeout, SchemaVersionError, StoreNotFound, ValidationError
from .files import StoreDir, UnsafeFileError
from .locations import STORE_FILE
from .store import LATEST_NAME, LEGACY_GENERATIONS, QUARANTINE_DIR

if TYPE_CHECKING:
    from .store import Store

FILES = (LOG_NAME, LATEST_NAME, STORE_FILE, "lock")
DB_FILES = ("events.sqlite3", "events.sqlite3-wal")
"""The SQLite backend's data (`handoff.backends.sqlite.DB_NAME`): permissions checked too."""


@dataclass(slots=True)
class DoctorReport:
    """What `doctor` found (after a fix: what is still wrong) and what it repaired."""

    health: Health = field(default_factory=Health)
    latest_ok: bool = True
    problems: list[str] = field(default_factory=list)
    repairs: list[str] = field(default_factory=list)
    quarantined_bytes: int = 0
    quarantine_file: str | None = None
    stats: dict[str, Any] = field(default_factory=dict)
    imports: list[dict[str, Any]] = field(default_factory=list)
    privacy: dict[str, Any] = field(default_factory=dict)
    suggestions: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def fixed(self) -> bool:
        """True if `--fix` repaired something and nothing is left to repair."""
        return bool(self.repairs) and self.ok

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "records": self.health.records,
            "unreadable_lines": [list(span) for span in self.health.bad],
            "torn_tail": list(self.health.torn_tail) if self.health.torn_tail else None,
            "seq_problems": self.health.seq_problems,
            "missing_seqs": self.health.missing_seqs,
            "purged_events": self.health.purged,
            "latest_json_current": self.latest_ok,
            "fixed": self.fixed,
            "repairs": self.repairs,
            "quarantined_bytes": self.quarantined_bytes,
            "quarantine_file": self.quarantine_file,
            "problems": self.problems,
            "stats": self.stats,
            "imports": self.imports,
            "privacy": self.privacy,
            "suggestions": self.suggestions,
        }


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def _loose(mode: int, wanted: int) -> bool:
    return bool(stat.S_IMODE(mode) & ~wanted & 0o077)


# -- checks (read-only) ------------------------------------------------------------------


def _check_entries(d: StoreDir, report: DoctorReport) -> None:
    for name in FILES:
        problem = d.problem(name)
        if problem is not None:
            report.problems.append(f"{name} is {problem}: `doctor --fix` moves it into quarantine/")
    for name in (QUARANTINE_DIR, LEGACY_GENERATIONS):
        st_ = d.lstat(name)
        if st_ is not None and not stat.S_ISDIR(st_.st_mode):
            report.problems.append(f"{name} is not a directory: `doctor --fix` moves it aside")
    if d.lstat(LEGACY_GENERATIONS) is not None:
        report.problems.append(f"{LEGACY_GENERATIONS}/ is left from handoff 0.1: `doctor --fix` removes it")
    if _loose(os.fstat(d.fd).st_mode, 0o700):
        report.problems.append("the store directory is open to other users: `doctor --fix` makes it 0700")
    for name in FILES + DB_FILES:
        st_ = d.lstat(name)
        if st_ is not None and stat.S_ISREG(st_.st_mode) and _loose(st_.st_mode, 0o600):
            report.problems.append(f"{name} is open to other users: `doctor --fix` makes it 0600")


def _check_store_file(d: StoreDir, report: DoctorReport) -> str | None:
    """The backend store.json names, if it is good; SchemaVersionError propagates (never
    rewritten)."""
    from .locations import read_store_file

    try:
        info = read_store_file(d)
    except SchemaVersionError:
        raise
    except StoreNotFound:
        report.problems.append(f"{STORE_FILE} is missing: `doctor --fix` recreates it from the log")
        return None
    except CorruptStoreError as exc:
        if not isinstance(exc, UnsafeFileError):
            report.problems.append(f"{STORE_FILE} is damaged: `doctor --fix` recreates it from the log")
        return None
    return str(info["backend"])


def _quarantined_lines(d: StoreDir) -> int:
    """Lines `--fix` moved into quarantine/: each may have been an event whose seq is now
    a gap in the log (a line damaged in place)."""
    if not d.exists(QUARANTINE_DIR):
        return 0
    try:
        quarantine = d.subdir(QUARANTINE_DIR)
    except (UnsafeFileError, OSError):
        return 0
    count = 0
    try:
        for name in quarantine.listdir():
            if not name.endswith(".bad"):
                continue
            try:
                with quarantine.reader(name) as f:
                    count += sum(1 for _ in f)
            except (CorruptStoreError, OSError):
                continue
    finally:
        quarantine.close()
    return count


def _check_log(store: Store, report: DoctorReport) -> None:
    health = report.health = store.backend.check()
    if health.bad:
        report.problems.append(f"{len(health.bad)} unreadable line(s) in the log")
    if health.torn_tail:
        report.problems.append(f"torn last line ({health.torn_tail[1] - health.torn_tail[0]} bytes)")
    report.problems.extend(health.seq_problems)
    unexplained = health.unexplained_gaps - _quarantined_lines(store.dir) if health.unexplained_gaps else 0
    if unexplained > 0:
        report.problems.append(
            f"{unexplained} seq number(s) missing that neither a purge nor a quarantined line "
            "accounts for (events were removed by hand or lost; never renumbered)")
    from .promote import jsonl_tail

    tail = jsonl_tail(store)
    if tail is not None:
        report.problems.append(
            f"events.jsonl grew by {tail[1]} bytes after the store moved to {store.backend.name} "
            f"(an older handoff?): `handoff promote --to {store.backend.name}` merges them by id")
    rebuilt = _check_retention(store, report)
    try:
        current = store.dir.read_small(LATEST_NAME, 64 * 1024 * 1024)
    except CorruptStoreError:
        current = None  # reported by the entry check
    report.latest_ok = current == st.render(rebuilt)
    if not report.latest_ok:
        report.problems.append("latest.json does not match the log")
    _check_database(store, report)
    _check_imports(store, report)
    _check_privacy(store, report)


def _check_retention(store: Store, report: DoctorReport) -> st.State:
    """Fold the log (the rebuild latest.json is compared with) while gathering what the
    retention policy would remove: one pass for both."""
    from .compact import Policy, plan, read_policy, store_size

    try:
        policy = read_policy(store)
    except ValidationError as exc:
        report.problems.append(f"{exc} (fix store.json, or set one with `handoff compact --keep-days N --save`)")
        policy = Policy()
    p = plan(store, policy, verify=False)
    state = p.state
    oldest = p.scan.oldest_ts
    age = None
    if oldest is not None:
        age = round((datetime.now(UTC) - datetime.fromisoformat(oldest.replace("Z", "+00:00"))
                     ).total_seconds() / 86400, 1)
    removable = len(p.drop)
    report.stats = {"size_bytes": store_size(store), "events": state["meta"]["events_total"],
                    "event_counts": dict(sorted(state["meta"]["event_counts"].items())),
                    "oldest_event_ts": oldest, "oldest_event_age_days": age,
                    "keep_days": policy.keep_days, "compactable_events": removable}
    if removable:
        report.suggestions.append(
            f"{removable} event(s) are older than the {policy.keep_days}-day retention policy and no "
            "longer needed by the latest state: `handoff compact` removes them")
    return state


def _check_database(store: Store, report: DoctorReport) -> None:
    """SQLite's full integrity check and its foreign keys (the backend's own check runs
    the quicker `quick_check` on every `check`)."""
    if store.backend.name != "sqlite":
        return  # before the import: a JSONL store's doctor never loads sqlite3
    from .backends.sqlite import SqliteBackend

    backend = store.backend
    assert isinstance(backend, SqliteBackend)
    with backend._reader() as db:
        found = [str(row[0]) for row in db.execute("PRAGMA integrity_check(20)").fetchall()]
        keys = db.execute("PRAGMA foreign_key_check").fetchall()
    bad = [f for f in found if f != "ok"]
    if bad:
        report.problems.append(f"database integrity_check: {bad[0][:200]}"
                               + (f" (+{len(bad) - 1} more)" if len(bad) > 1 else "")
                               + ": restore a backup (`handoff restore`)")
    if keys:
        report.problems.append(f"{len(keys)} row(s) break a foreign key: restore a backup (`handoff restore`)")


def _check_imports(store: Store, report: DoctorReport) -> None:
    """Ledger entries that are not done: a failed import, or one whose process is gone."""
    from .importers.ledger import entry_detail, running_elsewhere

    for t in store.backend.sources():
        if not t.source.startswith("import:") or t.status == "done":
            continue
        info = entry_detail(t)
        kind = t.source.split(":", 2)[1] if t.source.count(":") >= 2 else "?"
        live = t.status == "running" and running_elsewhere(t) is not None
        state = "running" if live else ("interrupted" if t.status == "running" else t.status)
        report.imports.append({"source": t.source, "status": state, "records": t.count,
                               "path": info.get("path"), "error": info.get("error")})
        if live:
            continue
        path = str(info.get("path") or "")
        reason = f" ({str(info['error'])[:200]})" if info.get("error") else ""
        report.problems.append(f"the import of {path} {state}{reason}: not fixed by doctor; run "
                               f"`handoff import {kind} {path}` again (exactly once: what is stored "
                               "is skipped)")


def _check_privacy(store: Store, report: DoctorReport) -> None:
    from .scan import scan_store

    found = scan_store(store)
    report.privacy = {"events_scanned": found.events_scanned, "events_flagged": len(found.flagged),
                      "flagged_ids": [e.id for e in found.flagged[:50]],
                      "quarantine_findings": len(found.quarantined)}
    if found.flagged:
        report.problems.append(f"{len(found.flagged)} stored event(s) hold what the current privacy "
                               "rules flag (`handoff scan` lists them): not fixed by doctor, which "
                               "never deletes events; `handoff purge --from-scan` removes them")
    if found.quarantined:  # bytes doctor itself kept aside: a reminder, not a fault
        report.suggestions.append(f"{len(found.quarantined)} finding(s) in bytes kept in quarantine/ "
                                  "(`handoff scan` names the files): review and delete them")


def check(root: Path, store: Store | None = None) -> DoctorReport:
    """Every check, changing nothing."""
    report = DoctorReport()
    d = StoreDir.open(root)
    try:
        _check_entries(d, report)
        backend = _check_store_file(d, report)
        if backend is None or d.problem(LOG_NAME) is not None:
            return report
        if backend == "jsonl" and not d.exists(LOG_NAME):
            report.problems.append("the event log is missing")
            return report
    finally:
        d.close()
    if store is not None:
        _check_log(store, report)
        return report
    from .store import open_store

    with open_store(root, create=False) as opened:
        opened.on_warning = lambda _message: None  # the entry check reports it
        _check_log(opened, report)
    return report


# -- repairs -----------------------------------------------------------------------------


def _on_a_server(d: StoreDir) -> bool:
    """store.json names a backend whose events live on a server (PostgreSQL): no local log."""
    from .backends import CONFIGURED
    from .locations import read_store_file

    try:
        return read_store_file(d).get("backend") in CONFIGURED
    except HandoffError:
        return False


def _fix_entries(d: StoreDir, repairs: list[str]) -> None:
    """Move non-regular entries aside, recreate store.json, tighten permissions, clean up."""
    from .locations import read_store_file, write_store_file

    quarantine: StoreDir | None = None
    try:
        for name in (QUARANTINE_DIR, LEGACY_GENERATIONS):
            st_ = d.lstat(name)
            if st_ is not None and not stat.S_ISDIR(st_.st_mode):
                d.rename_into(name, d, f"{name}.{_stamp()}.moved")
                repairs.append(f"moved the non-directory {name} aside")
        for name in FILES:
            if d.problem(name) is None:
                continue
            if quarantine is None:
                quarantine = d.subdir(QUARANTINE_DIR, create=True)
            d.rename_into(name, quarantine, f"{_stamp()}.{name}.moved")
            repairs.append(f"moved {name} ({'unsafe entry'}) into {QUARANTINE_DIR}/")
        if not d.exists(LOG_NAME) and not d.exists("events.sqlite3") and not _on_a_server(d):
            d.write_new(LOG_NAME, b"")
            repairs.append("created an empty event log")
        try:
            read_store_file(d)
        except SchemaVersionError:
            raise
        except (StoreNotFound, CorruptStoreError):
            if d.exists(STORE_FILE):
                if quarantine is None:
                    quarantine = d.subdir(QUARANTINE_DIR, create=True)
                d.rename_into(STORE_FILE, quarantine, f"{_stamp()}.{STORE_FILE}.moved")
            write_store_file(d, "jsonl")  # the only backend whose data is a log beside it
            repairs.append(f"recreated {STORE_FILE} from the event log")
        if _loose(os.fstat(d.fd).st_mode, 0o700):
            os.fchmod(d.fd, 0o700)
            repairs.append("made the store directory 0700")
        for name in FILES + DB_FILES:
            st_ = d.lstat(name)
            if st_ is not None and stat.S_ISREG(st_.st_mode) and _loose(st_.st_mode, 0o600):
                fd = d.open_file(name)
                try:
                    os.fchmod(fd, 0o600)
                finally:
                    os.close(fd)
                repairs.append(f"made {name} 0600")
    finally:
        if quarantine is not None:
            quarantine.close()


def _fix_store(store: Store, report: DoctorReport) -> None:
    with store.backend.lock(store.lock_timeout):
        d = store.dir
        removed = d.clean_temp_files()
        if removed:
            report.repairs.append(f"removed {len(removed)} leftover temp file(s)")
        if d.lstat(LEGACY_GENERATIONS) is not None:
            store._forget_legacy_generations()
            if d.lstat(LEGACY_GENERATIONS) is None:
                report.repairs.append(f"removed the 0.1 {LEGACY_GENERATIONS}/ folder")
        health = store.backend.check()
        store._cache = None
        if health.bad or health.torn_tail or health.seq_problems:
            quarantine = d.subdir(QUARANTINE_DIR, create=True)
            try:
                before = set(quarantine.listdir())
                moved = store.backend.repair(quarantine)
                added = sorted(set(quarantine.listdir()) - before)
            finally:
                quarantine.close()
            if moved:
                report.quarantined_bytes = moved
                report.quarantine_file = str(store.root / QUARANTINE_DIR / added[-1]) if added else None
                report.repairs.append(f"moved {moved} bytes of unreadable or duplicate lines "
                                      f"into {QUARANTINE_DIR}/")
        rebuilt = store._catch_up(st.empty_state())
        try:
            current = d.read_small(LATEST_NAME, 64 * 1024 * 1024)
        except CorruptStoreError:
            current = None
        if current != st.render(rebuilt):
            store._publish(rebuilt)
            report.repairs.append("rebuilt latest.json from the log")
        ident, _ = store.backend.end()
        store._cache = (ident, rebuilt["meta"]["position"], rebuilt)


def run(root: Path, *, fix: bool = False, store: Store | None = None) -> DoctorReport:
    """Check the store at `root`; with `fix`, repair and then check everything again."""
    if not fix:
        return check(root, store)
    repairs: list[str] = []
    d = StoreDir.open(root)
    try:
        _fix_entries(d, repairs)
    finally:
        d.close()
    partial = DoctorReport(repairs=repairs)
    failure = None
    try:
        if store is not None:
            _fix_store(store, partial)
        else:
            from .store import open_store

            with open_store(root, create=False) as opened:
                opened.on_warning = lambda _message: None
                _fix_store(opened, partial)
    except LockTimeout:
        raise  # a TimeoutError, so an OSError too: not a repair that stopped half-way
    except OSError as exc:  # a full disk mid-repair: each step left old or new, never a mix
        failure = f"the repair stopped: {exc.strerror or exc}; what it did is listed, run it again"
    report = check(root, store)
    if failure:
        report.problems.append(failure)
    report.repairs = partial.repairs
    report.quarantined_bytes = partial.quarantined_bytes
    report.quarantine_file = partial.quarantine_file
    return report
