"""A store cannot be turned against its user (issue #7).

A store often lives in `.handoff/` inside a repository, and repositories are cloned from
strangers: anything in that folder may have been planted. For every file and folder of a
store (and every temp name the code has used), each test replaces it with a hostile
object: a symlink to a victim file, a symlink to a victim directory, a dangling symlink,
a FIFO, a directory (holding a file, links to the victims and a FIFO), and where the
test may create them a character device like /dev/zero and a symlink to /dev/zero. Then
every command (found by walking the click tree) runs against it under a timeout:

- nothing outside the store changes: the victims' bytes, modes, owners and mtimes, the
  victim directory's listing, the dangling link's target (never created), the files next
  to the store, the home directory;
- no command hangs, none prints a traceback, each exits with a documented code;
- a write that exits 0 left its event in a regular `events.jsonl` inside the store.

The second half commits the same plants (those git can store: links and directories) in
a repository, clones it, and runs the commands inside the clone through store discovery.

Each command runs in its own copy of the planted store with its own victims, several at a
time (most of the time is interpreter start-up), so one command's damage is never blamed
on another and a repair by one never hides the plant from the next.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import pytest

from ._commands import (
    COMMAND_PATHS,
    WRITES_KIND,
    Invocation,
    Outcome,
    all_invocations,
    basic_problems,
    clean_env,
    git_init,
    make_template_store,
    missing_invocations,
    pid_namespace_prefix,
    run_handoff,
)

pytestmark = pytest.mark.slow

STORE = ".handoff"
PID_TMP = "store.json.1.tmp"
"""`store.json.<pid>.tmp` for a command running as PID 1 in its own PID namespace."""

TARGETS: dict[str, str] = {
    "events.jsonl": "full",
    "latest.json": "full",
    ".latest": "full",
    "store.json": "full",
    "lock": "full",
    "quarantine": "full",
    "events.jsonl.rewrite": "full",
    "latest.json.lnk": "full",
    "latest.json.tmp": "full",
    ".latest.json.spare": "full",
    PID_TMP: "fresh",
    ".gitignore": "fresh",
    ".": "full",
}
"""What gets replaced, and the store it is planted in: `full` is a store with three
events; `fresh` is an empty store directory, so the command runs the creation path that
writes `store.json` (through its temp name) and `.gitignore`. "." is the store directory."""

PLANTS = ["link-file", "link-dir", "dangling", "fifo", "directory", "chardev", "link-devzero"]
GIT_PLANTS = ["link-file", "link-dir", "dangling", "directory", "link-devzero"]
"""git stores links as links and directories by their files; it cannot hold FIFOs or devices."""

VICTIM_FILE = b"precious: the user's own bytes\n"
VICTIM_DIR = {"a.txt": b"keep me\n", "b.json": b'{"keep": true}\n', "id_key": b"-----not a key-----\n"}
MAX_PARALLEL = 24
"""All commands of a case at once: a hung one waits without using the CPU."""


def _can_mknod() -> bool:
    probe = Path(f"/tmp/.handoff-mknod-probe-{os.getpid()}")
    try:
        os.mknod(probe, stat.S_IFCHR | 0o600, os.makedev(1, 5))
    except OSError:
        return False
    probe.unlink()
    return True


CAN_MKNOD = _can_mknod()
PID_PREFIX = pid_namespace_prefix()


# -- workspaces, victims and plants ---------------------------------------------------


@dataclass
class Workspace:
    """One command's world: a repository holding the store, victims beside it, a home."""

    root: Path

    @property
    def repo(self) -> Path:
        return self.root / "repo"

    @property
    def store(self) -> Path:
        return self.repo / STORE

    @property
    def victim(self) -> Path:
        return self.root / "victim"

    @property
    def home(self) -> Path:
        return self.root / "home"

    def make_victims(self) -> None:
        self.victim.mkdir(parents=True)
        (self.victim / "secret.txt").write_bytes(VICTIM_FILE)
        os.chmod(self.victim / "secret.txt", 0o644)
        vdir = self.victim / "dir"
        vdir.mkdir()
        for name, data in VICTIM_DIR.items():
            (vdir / name).write_bytes(data)
            os.chmod(vdir / name, 0o640)
        os.chmod(vdir, 0o755)
        self.home.mkdir()

    def outside(self) -> dict[str, Any]:
        """Everything outside the store that a command must leave as it was."""
        return {
            "victim": tree_state(self.victim, with_root=True),
            "home": tree_state(self.home, with_root=True),
            "repo": tree_state(self.repo, with_root=False, exclude={STORE}),
        }


def tree_state(root: Path, *, with_root: bool, exclude: frozenset[str] | set[str] = frozenset()
               ) -> dict[str, Any]:
    """lstat of every entry under `root` (links not followed) with file bytes and link
    targets: type, mode, owner, size, mtime. The root's own mtime catches a file that
    was created and deleted again."""
    out: dict[str, Any] = {}
    if with_root:
        st = root.lstat()
        out["."] = (stat.S_IFMT(st.st_mode), stat.S_IMODE(st.st_mode), st.st_uid, st.st_mtime_ns)
    for dirpath, dirnames, filenames in os.walk(root):
        rel_dir = Path(dirpath).relative_to(root)
        if str(rel_dir) == ".":
            dirnames[:] = [d for d in dirnames if d not in exclude]
            filenames = [f for f in filenames if f not in exclude]
        for name in [*dirnames, *filenames]:
            path = Path(dirpath) / name
            st = path.lstat()
            kind = stat.S_IFMT(st.st_mode)
            if stat.S_ISLNK(st.st_mode):
                content: Any = os.readlink(path)
            elif stat.S_ISREG(st.st_mode):
                content = path.read_bytes()
            else:
                content = None
            out[str(rel_dir / name)] = (kind, stat.S_IMODE(st.st_mode), st.st_uid, st.st_gid,
                                        st.st_size, st.st_mtime_ns, content)
    return out


def _link_target(target: Path, link: Path, relative: bool) -> str:
    return os.path.relpath(target, link.parent) if relative else str(target)


def plant(path: Path, how: str, ws: Workspace, *, relative: bool = False) -> None:
    """Replace whatever is at `path` with the hostile object `how`."""
    if path.is_symlink() or path.exists():
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    if how == "link-file":
        path.symlink_to(_link_target(ws.victim / "secret.txt", path, relative))
    elif how == "link-dir":
        path.symlink_to(_link_target(ws.victim / "dir", path, relative))
    elif how == "dangling":
        path.symlink_to(_link_target(ws.victim / "absent", path, relative))
    elif how == "fifo":
        os.mkfifo(path, 0o600)
    elif how == "directory":
        path.mkdir()
        (path / "keep.txt").write_bytes(b"a file inside the planted directory\n")
        (path / "link").symlink_to(_link_target(ws.victim / "secret.txt", path / "link", relative))
        (path / "dirlink").symlink_to(_link_target(ws.victim / "dir", path / "dirlink", relative))
        if not relative:  # git cannot store a FIFO
            os.mkfifo(path / "fifo", 0o600)
    elif how == "chardev":
        os.mknod(path, stat.S_IFCHR | 0o600, os.makedev(1, 5))
    elif how == "link-devzero":
        path.symlink_to("/dev/zero")
    else:
        raise AssertionError(how)


def add_bad_line(store: Path) -> None:
    log = store / "events.jsonl"
    if log.is_file() and not log.is_symlink():
        with open(log, "ab") as f:
            f.write(b"\x00\xff not an event {{{\n")


def _write_problems(inv: Invocation, out: Outcome, store: Path) -> list[str]:
    """A write that exits 0 left its event in a regular events.jsonl inside the store."""
    kind = WRITES_KIND.get(inv.path)
    if kind is None or out.code != 0:
        return []
    log = store / "events.jsonl"
    try:
        st = os.lstat(log)
    except OSError as err:
        return [f"exited 0 but the log is gone ({err.strerror})"]
    if not stat.S_ISREG(st.st_mode) or (store.is_symlink()):
        return ["exited 0 but the log is not a regular file inside the store"]
    lines = log.read_bytes().splitlines()
    try:
        last = orjson.loads(lines[-1]) if lines else None
    except orjson.JSONDecodeError:
        last = None
    if not isinstance(last, dict) or last.get("kind") != kind:
        return [f"exited 0 but the log's last line is not a {kind} event"]
    return []


def check(inv: Invocation, out: Outcome, ws: Workspace, before: dict[str, Any]) -> list[str]:
    problems = basic_problems(out)
    after = ws.outside()
    for area in ("victim", "home", "repo"):
        if after[area] != before[area]:
            changed = sorted(k for k in before[area].keys() | after[area].keys()
                             if before[area].get(k) != after[area].get(k))
            problems.append(f"changed outside the store ({area}): {changed[:6]}")
    if not out.hung:
        problems += _write_problems(inv, out, ws.store)
    return problems


def run_all(prepare: Callable[[Invocation, Workspace], None], base: Path,
            run: Callable[[Invocation, Workspace], Outcome]) -> None:
    """Every invocation in its own prepared workspace, several at a time; fail with the
    whole list of what went wrong."""
    invocations = all_invocations()
    workspaces = []
    for i, inv in enumerate(invocations):
        ws = Workspace(base / f"ws{i:02d}")
        ws.make_victims()
        prepare(inv, ws)
        workspaces.append((inv, ws, ws.outside()))

    def one(item: tuple[Invocation, Workspace, dict[str, Any]]) -> tuple[Invocation, Outcome, list[str]]:
        inv, ws, before = item
        out = run(inv, ws)
        return inv, out, check(inv, out, ws, before)

    with ThreadPoolExecutor(max_workers=MAX_PARALLEL) as pool:
        results = list(pool.map(one, workspaces))
    slowest = max(results, key=lambda r: r[1].seconds)[1]
    print(f"slowest: {slowest.seconds:.2f}s {' '.join(slowest.argv[-3:])}")
    failures = [f"{inv.name}: {'; '.join(problems)}\n    {out.describe()}"
                for inv, out, problems in results if problems]
    assert not failures, f"{len(failures)} of {len(results)} commands misbehaved:\n" + "\n".join(failures)


# -- the template store ----------------------------------------------------------------


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A git checkout holding `.handoff/` with three events (made once, copied per command)."""
    base = tmp_path_factory.mktemp("template")
    repo = base / "repo"
    git_init(repo)
    (repo / "README.md").write_text("a project\n")
    event_id = make_template_store(repo / STORE)
    return repo, event_id


def _skip_unavailable(target: str, how: str) -> None:
    if how in ("chardev",) and not CAN_MKNOD:
        pytest.skip("this test may not create a device node (needs CAP_MKNOD)")
    if target == PID_TMP and PID_PREFIX is None:
        pytest.skip("no PID namespace (unshare --pid) here: the PID in the temp name is unpredictable")


def _prefix(target: str) -> list[str] | None:
    return PID_PREFIX if target == PID_TMP else None


# -- the tests -------------------------------------------------------------------------


def test_every_command_has_an_invocation() -> None:
    assert not missing_invocations(), (
        f"give these commands a valid minimal invocation in tests/_commands.py: {missing_invocations()}")
    assert set(WRITES_KIND) <= set(COMMAND_PATHS)


def test_the_invocations_are_valid_on_an_intact_store(tmp_path: Path,
                                                      template: tuple[Path, str]) -> None:
    """The baseline: on an unplanted store every invocation exits 0 and changes nothing
    outside, so a failure below comes from the plant and nothing else."""
    repo, event_id = template

    def prepare(inv: Invocation, ws: Workspace) -> None:
        shutil.copytree(repo, ws.repo, symlinks=True)
        if inv.bad_line:
            add_bad_line(ws.store)

    def run(inv: Invocation, ws: Workspace) -> Outcome:
        out = run_handoff(["--store", str(ws.store), *inv.argv(event_id)], cwd=ws.repo,
                          env=clean_env(ws.home, HANDOFF_DURABILITY="never"))
        if out.code != 0 and not out.hung:
            out.stderr = f"[expected exit 0] {out.stderr}"
            out.code = 99
        return out

    run_all(prepare, tmp_path, run)


CASES = [(target, how) for target in TARGETS for how in PLANTS]


@pytest.mark.parametrize(("target", "how"), CASES, ids=[f"{t}-{h}" for t, h in CASES])
def test_planted_store(tmp_path: Path, template: tuple[Path, str], target: str, how: str) -> None:
    _skip_unavailable(target, how)
    repo, event_id = template

    def prepare(inv: Invocation, ws: Workspace) -> None:
        shutil.copytree(repo, ws.repo, symlinks=True)
        if TARGETS[target] == "fresh":
            shutil.rmtree(ws.store)
            ws.store.mkdir(mode=0o700)
        elif inv.bad_line:
            add_bad_line(ws.store)
        plant(ws.store / target if target != "." else ws.store, how, ws)

    def run(inv: Invocation, ws: Workspace) -> Outcome:
        return run_handoff(["--store", str(ws.store), *inv.argv(event_id)], cwd=ws.repo,
                           env=clean_env(ws.home, HANDOFF_DURABILITY="never",
                                         HANDOFF_LOCK_TIMEOUT="5"),
                           prefix=_prefix(target))

    run_all(prepare, tmp_path, run)


# -- the same plants, committed, cloned, discovered ------------------------------------


def _git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", "-c", "user.name=attacker", "-c", "user.email=a@example.invalid",
                    "-c", "core.symlinks=true", *args], cwd=cwd, check=True, capture_output=True,
                   timeout=60)


GIT_CASES = [(target, how) for target in TARGETS for how in GIT_PLANTS]


@pytest.mark.parametrize(("target", "how"), GIT_CASES, ids=[f"{t}-{h}" for t, h in GIT_CASES])
def test_planted_store_in_a_cloned_repository(tmp_path: Path, template: tuple[Path, str],
                                              target: str, how: str) -> None:
    """The attack as a user meets it: `git clone` a repository whose `.handoff/` was
    force-added with a plant, then run handoff inside the clone, no --store."""
    _skip_unavailable(target, how)
    repo, event_id = template
    # The attacker's repository, laid out like each clone (same depth), so the relative
    # link targets it commits point at each workspace's own victims.
    src = Workspace(tmp_path / "attacker")
    shutil.copytree(repo, src.repo, symlinks=True)
    if TARGETS[target] == "fresh":
        shutil.rmtree(src.store)
        src.store.mkdir()
    plant(src.store / target if target != "." else src.store, how, src, relative=True)
    _git("add", "-A", "-f", ".", cwd=src.repo)
    _git("commit", "-q", "-m", "a project with its handoff store", cwd=src.repo)

    def prepare(inv: Invocation, ws: Workspace) -> None:
        _git("clone", "-q", str(src.repo), str(ws.repo), cwd=ws.root)
        if inv.bad_line:
            add_bad_line(ws.store)
        planted = ws.store / target if target != "." else ws.store
        assert planted.is_symlink() or planted.is_dir(), "git did not check the plant out"

    def run(inv: Invocation, ws: Workspace) -> Outcome:
        return run_handoff(inv.argv(event_id), cwd=ws.repo,
                           env=clean_env(ws.home, HANDOFF_DURABILITY="never",
                                         HANDOFF_LOCK_TIMEOUT="5"),
                           prefix=_prefix(target))

    run_all(prepare, tmp_path / "clones", run)
