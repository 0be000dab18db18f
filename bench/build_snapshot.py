"""Write ``handoff/privacy/snapshot.bin``: the tables the filter derives from its rows at import.

    PYTHONPATH=. python bench/build_snapshot.py            # write the file
    PYTHONPATH=. python bench/build_snapshot.py --check    # exit 1 if it is stale or missing

Why: importing the filter built the scanner's dispatch tables and the request cues' lead index
from the rows in every process (~1 ms of a CLI call's start-up); ``handoff.privacy.snapshot``
reads them from this file instead, section by section, each only if it was built from
exactly the inputs the importing tree has (see that module). Run this after changing rule rows
or the request phrases; a stale file is ignored section by section (slower, never wrong), and
``tests/test_privacy_speed12.py`` fails until it is rebuilt.

The tables are built in a fresh interpreter with the snapshot switched off, so the file holds
what the rows give, never what an older file held.
"""

from __future__ import annotations

import argparse
import marshal
import subprocess
import sys
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parent.parent

_CHILD = """
import marshal, sys
from handoff.privacy import snapshot  # HANDOFF_PRIVACY_SNAPSHOT=off: every section is built
assert not snapshot.USE_SNAPSHOT       # from its rows and noted in snapshot.built
import importlib, pkgutil, handoff.privacy as package  # every module, so that each one's
for info in pkgutil.iter_modules(package.__path__):    # first-use tables are registered
    importlib.import_module("handoff.privacy." + info.name)
for build in snapshot.first_use:       # and the sections read at first use, not at import
    build()
sys.stdout.buffer.write(marshal.dumps(snapshot.built))
"""


def built_sections() -> dict[str, tuple[bytes, Any]]:
    """Every section as this tree's rows give it, built in a fresh interpreter."""
    out = subprocess.run([sys.executable, "-c", _CHILD], cwd=PROJECT, capture_output=True,
                         check=True, env=_env()).stdout
    sections = marshal.loads(out)
    assert isinstance(sections, dict)
    return sections


def _env() -> dict[str, str]:
    import os

    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(PROJECT), env.get("PYTHONPATH")) if p)
    env["HANDOFF_PRIVACY_SNAPSHOT"] = "off"
    return env


def build(sections: dict[str, tuple[bytes, Any]]) -> bytes:
    from handoff.privacy import snapshot

    return snapshot.SNAPSHOT_MAGIC + marshal.dumps(
        {name: (key, marshal.dumps(table)) for name, (key, table) in sorted(sections.items())})


def stale(sections: dict[str, tuple[bytes, Any]], data: bytes) -> list[str]:
    """The sections ``data`` lacks or holds for other inputs or with other tables."""
    from handoff.privacy import snapshot

    if not data.startswith(snapshot.SNAPSHOT_MAGIC):
        return sorted(sections)
    try:
        shipped = marshal.loads(data[len(snapshot.SNAPSHOT_MAGIC) :])
    except (ValueError, EOFError, TypeError):
        return sorted(sections)
    return [name for name, section in sorted(sections.items()) if _read(shipped.get(name)) != section]


def _read(stored: object) -> object:
    """A shipped section as ``built_sections`` gives it: (inputs as bytes, the table)."""
    if not (isinstance(stored, tuple) and len(stored) == 2 and isinstance(stored[1], bytes)):
        return None
    try:
        return (stored[0], marshal.loads(stored[1]))
    except (ValueError, EOFError, TypeError):
        return None


def main() -> int:
    sys.path.insert(0, str(PROJECT))
    from handoff.privacy import snapshot

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if the shipped file is stale or missing")
    args = parser.parse_args()
    sections = built_sections()
    target = Path(snapshot.SNAPSHOT_FILE)
    if args.check:
        data = target.read_bytes() if target.exists() else b""
        names = stale(sections, data)
        if names:
            print(f"{target.name}: stale or missing sections {', '.join(names)}; run "
                  "bench/build_snapshot.py", file=sys.stderr)
            return 1
        print(f"{target.name}: all {len(sections)} sections current")
        return 0
    data = build(sections)
    target.write_bytes(data)
    print(f"wrote {target} ({', '.join(sorted(sections))}; {len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
