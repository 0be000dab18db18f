"""Audit an existing store with the current privacy rules.

The privacy filter runs on every write, but rules improve: a credential format added
today was let through by yesterday's rules, and a log written by an older version (or
by a writer in another language) never met this filter at all. `scan_store` re-reads
every stored event and reports what the current rules find, by event id, seq and kind,
as field paths, rule ids and character spans: never the offending text, so the report
itself can be printed, logged or pasted into an issue.

It reads through `Store.backend.read`, the stream `Store.events` is built on, so it
works on every backend. It scans the *raw* record rather than an `Event`: an `Event`
keeps only the envelope fields it knows, and a line written by another tool can carry
extra keys; whatever is stored must be scanned. Units the backend cannot read as an
event are counted, not scanned (their bytes are not events; `handoff doctor` reports
them), and never stop the scan.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .errors import CorruptStoreError, Finding
from .files import StoreDir
from .store import QUARANTINE_DIR

if TYPE_CHECKING:
    from .store import Store

Progress = Callable[[int, int], None]
"""Called now and then with (position reached, end position): backend positions, so a
fraction is meaningful on every backend (bytes for JSONL, row ids for SQLite)."""

_ENVELOPE_KEYS = frozenset({"v", "id", "seq", "ts", "kind", "scope", "data"})
_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_TS = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z")

PROGRESS_EVERY = 5000
"""Events between two progress calls: rare enough to cost nothing measurable."""


@dataclass(frozen=True, slots=True)
class FlaggedEvent:
    """One stored event the current rules object to, and where (never the value)."""

    id: str
    seq: int
    kind: str
    findings: tuple[Finding, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "seq": self.seq,
            "kind": self.kind,
            "findings": [
                {"path": f.path, "rule": f.rule, "start": f.start, "end": f.end}
                for f in self.findings
            ],
        }


@dataclass(frozen=True, slots=True)
class QuarantineFinding:
    """A finding in bytes `doctor --fix` set aside: file, the line's byte offset, the rule."""

    file: str
    offset: int
    finding: Finding

    def to_dict(self) -> dict[str, Any]:
        f = self.finding
        return {"file": self.file, "offset": self.offset, "rule": f.rule, "start": f.start, "end": f.end}


@dataclass(slots=True)
class ScanReport:
    """What a scan of a whole store found."""

    events_scanned: int = 0
    unreadable: int = 0
    """Units the backend could not read as events: not scanned, never fatal."""
    flagged: list[FlaggedEvent] = field(default_factory=list)
    quarantined: list[QuarantineFinding] = field(default_factory=list)
    """Findings in `quarantine/`: kept verbatim for inspection, so they are shown too."""

    @property
    def clean(self) -> bool:
        """No finding, and nothing left unscanned: only then is the store known clean."""
        return not self.flagged and not self.unreadable and not self.quarantined

    @property
    def findings_total(self) -> int:
        return sum(len(e.findings) for e in self.flagged)

    def purgeable(self) -> list[FlaggedEvent]:
        """Flagged events `Store.purge` can remove (it refuses to purge tombstones)."""
        return [e for e in self.flagged if e.kind != "purge"]

    def to_dict(self) -> dict[str, Any]:
        return {
            "clean": self.clean,
            "events_scanned": self.events_scanned,
            "unreadable_lines": self.unreadable,
            "events_flagged": len(self.flagged),
            "findings_total": self.findings_total,
            "flagged": [e.to_dict() for e in self.flagged],
            "quarantine_findings": [q.to_dict() for q in self.quarantined],
        }


def scan_record(record: dict[str, Any]) -> list[Finding]:
    """Findings in every string and key of a stored record.

    An envelope exactly as the store writes it (known keys, a UUID id, a fixed-width
    ts) can carry text only in data and scope, which `handoff.privacy.scan_record`
    walks. A record read from disk may have been written by something else, so any
    other shape is walked whole, envelope included: a secret in an `id` or in an unknown
    key is found too. The split matters for speed: walking the envelope's id and ts on
    every event costs about half as much again as data and scope.
    """
    from . import privacy

    if _canonical(record):
        return privacy.scan_record(record)
    return privacy.scan_value(record, "")


def _canonical(record: dict[str, Any]) -> bool:
    """True if only data and scope can hold text: the envelope is the store's own shape."""
    return (
        record.keys() <= _ENVELOPE_KEYS
        and type(record.get("v")) is int
        and _ID.fullmatch(record["id"]) is not None
        and _TS.fullmatch(record["ts"]) is not None
        and isinstance(record.get("scope", {}), dict)
    )


def scan_store(store: Store, *, progress: Progress | None = None) -> ScanReport:
    """Scan every event of `store` with the current rules; read-only, takes no lock.

    Without the lock a concurrent append may or may not be included, exactly as for
    `Store.events`; a concurrent purge or repair replaces the log by rename, and the open
    stream keeps reading the complete old version.
    """
    report = ScanReport()
    _, end = store.backend.end()
    since_progress = 0
    for item in store.backend.read(0):
        rec = item.record
        if rec is None:  # the backend yields envelopes only (its contract)
            if item.quiet:
                continue
            report.unreadable += 1
            if item.body is not None:  # not an event, but it is on disk: look at it as text
                report.quarantined.extend(_scan_bytes(LOG_LABEL, item.start, item.body))
            continue
        report.events_scanned += 1
        findings = scan_record(rec)
        if findings:
            report.flagged.append(FlaggedEvent(rec["id"], rec["seq"], rec["kind"], tuple(findings)))
        if progress is not None:
            since_progress += 1
            if since_progress >= PROGRESS_EVERY:
                since_progress = 0
                progress(item.end, max(end, item.end))
    report.quarantined.extend(scan_quarantine(store.dir))
    return report


def scan_quarantine(store_dir: StoreDir) -> list[QuarantineFinding]:
    """Scan what `doctor --fix` moved aside, line by line, as text.

    Those bytes were unreadable as events, so no event scan sees them, and a secret in a
    torn line would otherwise survive every purge in a folder nobody reads. They are
    kept (nothing is thrown away silently); the report says where to look. Only regular
    files inside a real quarantine/ folder are read (never through a link, never a FIFO).
    """
    found: list[QuarantineFinding] = []
    if not store_dir.exists(QUARANTINE_DIR):
        return found
    try:
        folder = store_dir.subdir(QUARANTINE_DIR)
    except (CorruptStoreError, OSError):
        return found  # not a folder we can trust: `doctor` reports it
    try:
        for name in sorted(folder.listdir()):
            if not folder.is_regular(name):
                continue
            offset = 0
            try:
                with folder.reader(name) as f:
                    for line in f:
                        found.extend(_scan_bytes(name, offset, line))
                        offset += len(line)
            except (CorruptStoreError, OSError):
                continue
    finally:
        folder.close()
    return found


LOG_LABEL = "../events.jsonl"
"""How a finding in an unreadable line of the log is labelled: relative to quarantine/."""


def _scan_bytes(file: str, offset: int, line: bytes) -> list[QuarantineFinding]:
    from .privacy import scan_text

    return [QuarantineFinding(file, offset, finding)
            for finding in scan_text(line.decode("utf-8", errors="replace"), "")]
