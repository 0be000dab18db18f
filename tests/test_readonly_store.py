"""Read-only stores can be read; reads never create a store (issue #7, item 5).

`show`, `latest`, `log`, `scan` and `doctor` (without --fix) work on a store the user
can read but not write (a read-only mount, a read-only copy): they catch a lagging
latest.json up in memory instead of failing to publish it. `show` and `latest` on a
missing store exit 7, like `log`, and create nothing.

Tests run as root here, and root ignores permission bits, so "read-only" is made real by
a read-only bind mount of the store; where that is not allowed, by running the commands
as an unprivileged user (setpriv) over a store chmod-ed a-w and owned by that user;
where neither works, the tests skip with a message saying so.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson
import pytest

import handoff

from ._commands import Outcome, basic_problems, clean_env, git_init, run_handoff

NOBODY = 65534


@dataclass
class ReadOnly:
    """A read-only view of a store, and how to run commands against it."""

    path: Path
    prefix: list[str]
    how: str


def _lagging_store(root: Path) -> list[str]:
    """Three events through the API (latest.json published), then two more appended to
    the log by hand, as after a crash between the append and the publish."""
    with handoff.open_store(root, durability="never") as store:
        ids = [store.append("note", {"text": f"note {i}", "next_actions": [f"act {i}"]}).id
               for i in range(1, 4)]
        last_ts = store.latest()["meta"]["last_ts"]
    with open(root / "events.jsonl", "ab") as f:
        for seq in (4, 5):
            rec = {"v": 1, "id": f"0190c0de-0000-7000-8000-{seq:012d}", "seq": seq, "ts": last_ts,
                   "kind": "note", "scope": {}, "data": {"text": f"hand written {seq}", "next_actions": []}}
            f.write(orjson.dumps(rec) + b"\n")
            ids.append(rec["id"])
    return ids


def _bind_ro(src: Path, view: Path) -> bool:
    view.mkdir()
    if subprocess.run(["mount", "--bind", str(src), str(view)], capture_output=True).returncode != 0:
        view.rmdir()
        return False
    if subprocess.run(["mount", "-o", "remount,ro,bind", str(view)], capture_output=True).returncode != 0:
        subprocess.run(["umount", str(view)], capture_output=True)
        view.rmdir()
        return False
    probe = view / ".probe"
    try:
        probe.write_bytes(b"x")
    except OSError:
        return True
    probe.unlink()
    subprocess.run(["umount", str(view)], capture_output=True)
    return False


def _as_nobody(store: Path) -> list[str] | None:
    setpriv = shutil.which("setpriv")
    if setpriv is None or os.geteuid() != 0:
        return None
    prefix = [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", "--"]
    for dirpath, _dirnames, filenames in os.walk(store):
        os.chown(dirpath, NOBODY, NOBODY)
        os.chmod(dirpath, 0o555)
        for name in filenames:
            path = os.path.join(dirpath, name)
            if not os.path.islink(path):
                os.chown(path, NOBODY, NOBODY)
                os.chmod(path, 0o444)
    probe = subprocess.run([*prefix, "sh", "-c", f"touch {store}/.probe"], capture_output=True)
    return prefix if probe.returncode != 0 else None


@pytest.fixture
def readonly(tmp_path: Path) -> Iterator[tuple[ReadOnly, list[str]]]:
    store = tmp_path / "store"
    ids = _lagging_store(store)
    view = tmp_path / "ro-view"
    if _bind_ro(store, view):
        try:
            yield ReadOnly(view, [], "read-only bind mount"), ids
        finally:
            if subprocess.run(["umount", str(view)], capture_output=True).returncode != 0:
                subprocess.run(["umount", "-l", str(view)], capture_output=True)
        return
    os.chmod(tmp_path, 0o755)
    prefix = _as_nobody(store)
    if prefix is None:
        pytest.skip("READ-ONLY STORE TESTS SKIPPED: no read-only bind mount and no unprivileged "
                    "user to run as (root ignores chmod a-w); these tests did not run")
    yield ReadOnly(store, prefix, "unprivileged user, store chmod a-w"), ids


def _run(ro: ReadOnly, *args: str) -> Outcome:
    home = ro.path.parent / "home"
    home.mkdir(exist_ok=True)
    return run_handoff(["--store", str(ro.path), *args], cwd=ro.path.parent,
                       env=clean_env(home), prefix=ro.prefix or None)


def _ok(out: Outcome, what: str, codes: tuple[int, ...] = (0,)) -> None:
    problems = basic_problems(out)
    assert not problems and out.code in codes, f"{what} ({problems}): {out.describe()}"


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_show_on_a_read_only_store_catches_up(readonly: tuple[ReadOnly, list[str]]) -> None:
    ro, ids = readonly
    before = _tree(ro.path)
    out = _run(ro, "show", "--json")
    _ok(out, f"show --json ({ro.how})")
    meta = json.loads(out.stdout)["state"]["meta"]
    assert (meta["last_seq"], meta["events_total"], meta["last_event_id"]) == (5, 5, ids[-1])
    out = _run(ro, "show")
    _ok(out, f"show ({ro.how})")
    assert "hand written 5" in out.stdout
    assert _tree(ro.path) == before


def test_latest_on_a_read_only_store_catches_up(readonly: tuple[ReadOnly, list[str]]) -> None:
    ro, ids = readonly
    out = _run(ro, "latest")
    _ok(out, f"latest ({ro.how})")
    state = json.loads(out.stdout)
    assert (state["meta"]["last_seq"], state["meta"]["last_event_id"]) == (5, ids[-1])
    assert [n["text"] for n in state["notes"]][-2:] == ["hand written 4", "hand written 5"]


def test_log_on_a_read_only_store(readonly: tuple[ReadOnly, list[str]]) -> None:
    ro, ids = readonly
    out = _run(ro, "log", "--json")
    _ok(out, f"log --json ({ro.how})")
    assert [json.loads(line)["id"] for line in out.stdout.splitlines()] == ids


def test_scan_on_a_read_only_store(readonly: tuple[ReadOnly, list[str]]) -> None:
    ro, _ = readonly
    out = _run(ro, "scan", "--json")
    _ok(out, f"scan --json ({ro.how})")
    report = json.loads(out.stdout)
    assert (report["events_scanned"], report["unreadable_lines"]) == (5, 0), report


def test_doctor_on_a_read_only_store(readonly: tuple[ReadOnly, list[str]]) -> None:
    """doctor may report that latest.json lags (exit 5), but it must read the whole log."""
    ro, _ = readonly
    out = _run(ro, "doctor", "--json")
    _ok(out, f"doctor --json ({ro.how})", codes=(0, 5))
    report = json.loads(out.stdout)
    assert report["records"] == 5 and report["unreadable_lines"] == [] and report["torn_tail"] is None, report


def test_a_write_on_a_read_only_store_fails_cleanly(readonly: tuple[ReadOnly, list[str]]) -> None:
    ro, _ = readonly
    before = _tree(ro.path)
    out = _run(ro, "note", "cannot be stored")
    assert not basic_problems(out) and out.code != 0, out.describe()
    assert len([line for line in out.stderr.splitlines() if line.strip()]) == 1, out.describe()
    assert _tree(ro.path) == before


# -- a missing store --------------------------------------------------------------------

READS = [("show",), ("show", "--json"), ("latest",)]


@pytest.mark.parametrize("args", READS, ids=[" ".join(a) for a in READS])
@pytest.mark.parametrize("how", ["--store", "HANDOFF_HOME", "discovery"])
def test_reads_on_a_missing_store_exit_7_and_create_nothing(tmp_path: Path, args: tuple[str, ...],
                                                            how: str) -> None:
    home = tmp_path / "home"
    home.mkdir()
    repo = tmp_path / "repo"
    git_init(repo)
    store = repo / ".handoff"
    before = sorted(os.listdir(repo)), sorted(os.listdir(tmp_path))
    env = clean_env(home)
    argv = list(args)
    if how == "--store":
        argv = ["--store", str(store), *argv]
    elif how == "HANDOFF_HOME":
        env["HANDOFF_HOME"] = str(store)
    out = run_handoff(argv, cwd=repo, env=env)
    assert not basic_problems(out) and out.code == 7, out.describe()
    assert len([line for line in out.stderr.splitlines() if line.strip()]) == 1, out.describe()
    assert not os.path.lexists(store), f"{' '.join(args)} created a store"
    assert (sorted(os.listdir(repo)), sorted(os.listdir(tmp_path))) == before
    assert not any(home.rglob("*")), f"{' '.join(args)} created something in the home directory"
