"""Session 18 (speed): the filter's modules served from one file of compiled code.

``handoff.privacy.bundle`` serves the package's modules from ``bundle.<tag>.codes`` beside the
package's bytecode, each only while its source has the size and modification time it was
compiled from, and writes the file again (as ``importlib`` writes a ``.pyc``) when a module
was not current. No timing here: fresh interpreters, each with its own bytecode directory,
say which modules came from the file and what they found; the findings must be those of an
interpreter importing every module the usual way, and an edited, new or damaged source or a
damaged file must never be served.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from handoff.privacy.rules import RULES

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT / "bench"))

from bench_privacy import FIRST_NOTE, TYPICAL_NOTES  # noqa: E402

_CHILD = r"""
import json, sys
import handoff.privacy
from handoff.privacy import bundle, scan_text, scanner
texts = json.loads(sys.argv[1])
out = {"findings": [[list(f) for f in scan_text(t)] for t in texts]}
import handoff.privacy.classifier, handoff.privacy.records  # a lazily imported family too
out["served"] = sorted(bundle.served())
out["loaded"] = sorted(m for m in sys.modules if m.startswith("handoff.privacy."))
out["path"] = bundle.bundle_path()
out["marker"] = getattr(handoff.privacy.records, "SPEED18_MARKER", None)
out["file_of_code"] = scanner.scan_text.__code__.co_filename == scanner.__file__
print(json.dumps(out))
"""


def _texts() -> list[str]:
    """Every rule's examples and near misses and the bench's notes."""
    return [*(t for rule in RULES for t in (*rule.examples, *rule.near_misses)), *TYPICAL_NOTES,
            FIRST_NOTE]


def _run(tree: Path, pyc: Path, texts: list[str], **extra: str) -> dict[str, object]:
    """A fresh interpreter importing ``tree``'s package, bytecode written under ``pyc``."""
    env = dict(os.environ, PYTHONPATH=str(tree), PYTHONHASHSEED="0", PYTHONPYCACHEPREFIX=str(pyc))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("HANDOFF_PRIVACY_BUNDLE", None)
    env.update(extra)
    done = subprocess.run([sys.executable, "-c", _CHILD, json.dumps(texts)], env=env,
                          capture_output=True, text=True, check=True, cwd=tree)
    result: dict[str, object] = json.loads(done.stdout)
    return result


def _copy(tmp: Path) -> Path:
    """A copy of the package (a tree of our own to edit)."""
    tree = tmp / "tree"
    shutil.copytree(PROJECT / "handoff", tree / "handoff",
                    ignore=shutil.ignore_patterns("__pycache__"))
    return tree


def _package_modules(out: dict[str, object]) -> list[str]:
    loaded = out["loaded"]
    assert isinstance(loaded, list)
    return [m for m in loaded if m.count(".") == 2 and not m.endswith(".bundle")]


def test_a_second_process_serves_every_module_and_finds_the_same(tmp_path: Path) -> None:
    texts = _texts()
    first = _run(PROJECT, tmp_path / "pyc", texts)
    assert first["served"] == []  # no file yet: the usual import, then the file is written
    path = first["path"]
    assert isinstance(path, str) and Path(path).is_file()
    assert path.startswith(str(tmp_path / "pyc"))  # beside the bytecode, under the prefix
    second = _run(PROJECT, tmp_path / "pyc", texts)
    assert second["served"] == _package_modules(second) and len(_package_modules(second)) > 40
    usual = _run(PROJECT, tmp_path / "pyc_off", texts, HANDOFF_PRIVACY_BUNDLE="off")
    assert usual["served"] == [] and not (tmp_path / "pyc_off").joinpath(
        Path(path).relative_to(tmp_path / "pyc")).exists()
    assert second["findings"] == usual["findings"] == first["findings"]
    findings = second["findings"]
    assert isinstance(findings, list) and any(findings)  # (a guard: the examples are found)
    assert second["file_of_code"] is True  # tracebacks read the tree's own source


def test_an_edited_source_is_not_served_and_the_file_is_written_again(tmp_path: Path) -> None:
    tree, pyc = _copy(tmp_path), tmp_path / "pyc"
    texts = [FIRST_NOTE]
    _run(tree, pyc, texts)
    assert _run(tree, pyc, texts)["marker"] is None
    records = tree / "handoff" / "privacy" / "records.py"
    source = records.read_text(encoding="utf-8")
    records.write_text(source + "\nSPEED18_MARKER = 1\n", encoding="utf-8")
    edited = _run(tree, pyc, texts)
    assert edited["marker"] == 1  # the new source's code, not the file's
    served = edited["served"]
    assert isinstance(served, list) and "handoff.privacy.records" not in served
    assert "handoff.privacy.scanner" in served
    again = _run(tree, pyc, texts)  # the miss wrote the file again
    assert again["marker"] == 1 and again["served"] == _package_modules(again)
    # An edit that keeps the size, with the old modification time, is the one case a stamp
    # cannot see; importlib's .pyc check has the same limit (it compares whole seconds).


def test_a_new_module_and_a_damaged_file_fall_back(tmp_path: Path) -> None:
    tree, pyc = _copy(tmp_path), tmp_path / "pyc"
    texts = [FIRST_NOTE, *(t for rule in RULES[:20] for t in rule.examples)]
    first = _run(tree, pyc, texts)
    path = first["path"]
    assert isinstance(path, str)
    for damage in (b"", b"HOCB1\nnot a bundle", Path(path).read_bytes()[:-5000],
                   Path(path).read_bytes()[:200] + b"\x00" * 4000):
        Path(path).write_bytes(damage)
        out = _run(tree, pyc, texts)
        assert out["findings"] == first["findings"]
    (tree / "handoff" / "privacy" / "speed18_new.py").write_text("VALUE = 2\n", encoding="utf-8")
    out = _run(tree, pyc, texts)
    assert out["findings"] == first["findings"]
    check = subprocess.run(
        [sys.executable, "-c", "import handoff.privacy.speed18_new as m; "
         "from handoff.privacy import bundle; print(m.VALUE, sorted(bundle.served()) != [])"],
        env={**os.environ, "PYTHONPATH": str(tree), "PYTHONPYCACHEPREFIX": str(pyc)},
        capture_output=True, text=True, check=True, cwd=tree).stdout.split()
    assert check == ["2", "True"]


def test_no_file_is_written_when_bytecode_is_not(tmp_path: Path) -> None:
    out = _run(PROJECT, tmp_path / "pyc", [FIRST_NOTE], PYTHONDONTWRITEBYTECODE="1")
    path = out["path"]
    assert isinstance(path, str) and not Path(path).exists() and out["served"] == []
