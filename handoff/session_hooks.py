"""What the installed hooks run: `handoff hook session-start` and `handoff hook stop`.

A hook sits on the path of every session start, so it must never block one:

- It opens the store without creating it and with a short lock wait, and turns every
  problem (no store, a lock held by a stopped process, a damaged store, anything else)
  into one short line of context and exit 0.
- A watchdog thread gives the whole call a deadline (`HANDOFF_HOOK_DEADLINE`, default
  3 s, well inside the 10 s the installer gives the host's timeout): if the main thread
  is stuck anywhere (a FIFO planted as latest.json, a hung filesystem), the watchdog
  prints the one line itself and ends the process.
- From the host's JSON on stdin it reads `session_id` and, for Stop, `stop_hook_active`;
  never the transcript path, the prompt, the cwd or any other text. The session id is
  the only thing it may keep, and only for `--remind`: a small file in the user's cache
  directory (never in the store) holding the store's per-kind event counts at session
  start, so Stop can tell whether the session recorded work without a note.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

import orjson  # already loaded by the store; the stdlib json would be one more import

HOSTS_WITH_JSON = ("claude-code", "codex")
"""Hosts whose SessionStart output is read as JSON (`hookSpecificOutput.additionalContext`)."""

LOCK_WAIT_S = 0.2
DEFAULT_DEADLINE_S = 3.0
MAX_STDIN = 1 << 20
SESSION_ID_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-")
WORK_KINDS = ("validation", "pointer", "runtime", "model_health", "config", "action_done")
SESSION_FILE_DAYS = 7

NO_STORE = "handoff: no store here yet, nothing to resume (`handoff init` starts one)."
LOCKED = "handoff: the store is locked by another process; run `handoff show` for the state."
UNREADABLE = "handoff: the store could not be read; run `handoff doctor`."
TIMED_OUT = "handoff: the brief took too long and was skipped; run `handoff brief`."


def _deadline() -> float:
    try:
        return max(0.1, float(os.environ.get("HANDOFF_HOOK_DEADLINE", DEFAULT_DEADLINE_S)))
    except ValueError:
        return DEFAULT_DEADLINE_S


class _Output:
    """Exactly one answer leaves the process: the main thread's or the watchdog's."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sent = False

    def send(self, payload: str) -> bool:
        with self._lock:
            if self._sent:
                return False
            self._sent = True
        data = payload.encode("utf-8", "replace")
        while data:  # os.write: no buffered stdout left behind by os._exit
            written = os.write(1, data)
            data = data[written:]
        return True


def _start_watchdog(out: _Output, fallback: str) -> threading.Timer:
    def fire() -> None:
        if out.send(fallback):
            os._exit(0)

    timer = threading.Timer(_deadline(), fire)
    timer.daemon = True
    timer.start()
    return timer


def read_host_input() -> dict[str, Any]:
    """The host's JSON object from stdin, reduced to the fields we may use."""
    if sys.stdin is None or sys.stdin.isatty():
        return {}
    try:
        raw = sys.stdin.buffer.read(MAX_STDIN)
        doc = orjson.loads(raw) if raw.strip() else {}
    except (OSError, orjson.JSONDecodeError):
        return {}
    if not isinstance(doc, dict):
        return {}
    out: dict[str, Any] = {}
    sid = doc.get("session_id")
    if isinstance(sid, str) and 0 < len(sid) <= 128 and SESSION_ID_CHARS.issuperset(sid):
        out["session_id"] = sid
    if doc.get("stop_hook_active") is True:
        out["stop_hook_active"] = True
    return out


def session_start_payload(host: str | None, text: str) -> str:
    if host in HOSTS_WITH_JSON:
        return orjson.dumps({"hookSpecificOutput": {"hookEventName": "SessionStart",
                                                    "additionalContext": text}}).decode() + "\n"
    return text if text.endswith("\n") else text + "\n"


# -- the session file (only with --remind) -----------------------------------------------


def _sessions_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "handoff" / "sessions"


def _session_file(store_root: Path, session_id: str) -> Path:
    import hashlib

    digest = hashlib.sha256(f"{store_root}\0{session_id}".encode()).hexdigest()[:32]
    return _sessions_dir() / f"{digest}.json"


def remember_session(store_root: Path, session_id: str, counts: dict[str, int]) -> None:
    """Keep the store's per-kind counts at session start (never the id in clear)."""
    directory = _sessions_dir()
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    cutoff = time.time() - SESSION_FILE_DAYS * 86400
    for old in directory.glob("*.json"):
        try:
            if old.stat().st_mtime < cutoff:
                old.unlink()
        except OSError:
            pass
    path = _session_file(store_root, session_id)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(orjson.dumps({"counts": counts, "reminded": False}))
    os.replace(tmp, path)


def _load_session(store_root: Path, session_id: str) -> dict[str, Any] | None:
    try:
        doc = orjson.loads(_session_file(store_root, session_id).read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return None
    return doc if isinstance(doc, dict) and isinstance(doc.get("counts"), dict) else None


# -- the hooks ---------------------------------------------------------------------------


def session_start(host: str | None, *, store_path: str | None = None, record_session: bool = False) -> None:
    """Print the brief for `host` as the host expects it; never fail, never hang."""
    out = _Output()
    timer = _start_watchdog(out, session_start_payload(host, TIMED_OUT))
    try:
        text = _brief_or_reason(host, store_path, record_session)
    except Exception:  # a hook must never fail a session: one line, exit 0
        text = UNREADABLE
    timer.cancel()
    out.send(session_start_payload(host, text))


def _brief_or_reason(host: str | None, store_path: str | None, record_session: bool) -> str:
    from .errors import HandoffError, LockTimeout, StoreNotFound

    host_input = read_host_input()
    try:
        from .store import open_store

        store = open_store(store_path, create=False, lock_timeout=LOCK_WAIT_S)
        store.on_warning = _ignore  # the brief is the whole answer: stderr stays clean
        try:
            state = store.latest()
        finally:
            store.close()
    except StoreNotFound:
        return NO_STORE
    except LockTimeout:
        return LOCKED
    except (HandoffError, OSError, ValueError):
        return UNREADABLE
    from .brief import build

    text = build(state, host=host).text
    session_id = host_input.get("session_id")
    if record_session and session_id:
        with contextlib.suppress(OSError):  # the reminder is optional; the brief is not
            remember_session(store.root, session_id, dict(state["meta"]["event_counts"]))
    return text


def stop(host: str | None, *, store_path: str | None = None) -> None:
    """Remind once per session: work was recorded since session start, but no note."""
    out = _Output()
    timer = _start_watchdog(out, "")
    try:
        payload = _stop_payload(store_path)
    except Exception:
        payload = ""
    timer.cancel()
    out.send(payload)


def _stop_payload(store_path: str | None) -> str:
    from .errors import HandoffError

    host_input = read_host_input()
    session_id = host_input.get("session_id")
    if host_input.get("stop_hook_active") or not session_id:
        return ""  # continuing because of a Stop hook already: never loop
    try:
        from .store import open_store

        store = open_store(store_path, create=False, lock_timeout=LOCK_WAIT_S)
        store.on_warning = _ignore  # the brief is the whole answer: stderr stays clean
        try:
            state = store.latest()
        finally:
            store.close()
    except (HandoffError, OSError, ValueError):
        return ""
    record = _load_session(store.root, session_id)
    if record is None or record.get("reminded"):
        return ""
    before = record["counts"]
    now = state["meta"]["event_counts"]
    work = sum(max(0, now.get(k, 0) - int(before.get(k, 0))) for k in WORK_KINDS)
    noted = now.get("note", 0) > int(before.get("note", 0))
    if not work or noted:
        return ""
    record["reminded"] = True
    try:
        path = _session_file(store.root, session_id)
        path.write_bytes(orjson.dumps(record))
    except OSError:
        return ""  # cannot remember that we reminded: better not to remind than to loop
    reason = (f"handoff: this session recorded {work} event(s) but left no note for the next one. "
              "Leave one now: `handoff note \"where things stand\" --next \"the next step\"`, then stop.")
    return orjson.dumps({"decision": "block", "reason": reason}).decode() + "\n"


def _ignore(_message: str) -> None:
    """A store warning (latest.json unusable, caught up from the log) changes nothing a
    hook says: the brief is built from the caught-up state either way."""
