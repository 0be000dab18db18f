"""Every error handoff raises on purpose, one class each.

Callers (and the CLI) tell errors apart by class, never by message text. Each class
carries the CLI exit code that documents it, so the mapping lives in one place.
Messages never contain a value that was rejected: a privacy rejection names the field,
the rule and the character span, not the text.
"""

from __future__ import annotations

from typing import NamedTuple


class HandoffError(Exception):
    """Base class of all errors handoff raises on purpose."""

    exit_code = 1


class ValidationError(HandoffError, ValueError):
    """Input does not fit the event schema (unknown kind, unknown field, bad value)."""

    exit_code = 2


class Finding(NamedTuple):
    """Where a privacy rule matched: the field path, the rule id and the character span."""

    path: str
    rule: str
    start: int
    end: int

    def describe(self) -> str:
        return f"{self.path or '<value>'}[{self.start}:{self.end}] {self.rule}"


class PrivacyError(ValidationError):
    """A write carried a credential, a prompt or conversation text; nothing was stored."""

    exit_code = 3

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = list(findings)
        shown = "; ".join(f.describe() for f in self.findings[:5])
        more = f" (+{len(self.findings) - 5} more)" if len(self.findings) > 5 else ""
        super().__init__(f"rejected by the privacy filter: {shown}{more}")


class LockTimeout(HandoffError, TimeoutError):
    """The store's write lock was not acquired in time; nothing was written."""

    exit_code = 4


class CorruptStoreError(HandoffError):
    """The store's files cannot be read as a store (run `handoff doctor`)."""

    exit_code = 5


class SchemaVersionError(HandoffError):
    """The store was written by a newer schema version; it is refused, never rewritten."""

    exit_code = 6


class StoreNotFound(HandoffError, FileNotFoundError):
    """No store exists at the resolved location and creating one was not allowed."""

    exit_code = 7


class NotFound(HandoffError, LookupError):
    """A named thing (event id, action id) does not exist in the store."""

    exit_code = 8


class DatabaseError(HandoffError):
    """The store's database server (PostgreSQL) is unreachable, went away, refused the
    role, or a statement timed out. The transaction was rolled back and nothing was
    retried: run the command again (it reconnects)."""

    exit_code = 9


class CredentialInConfig(PrivacyError):
    """A connection string carried a password: store.json never keeps one (exit 3, the
    privacy code). libpq's own mechanisms supply it instead."""

    def __init__(self, message: str) -> None:
        self.findings = []
        ValidationError.__init__(self, message)
