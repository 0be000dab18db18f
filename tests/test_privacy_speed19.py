"""Session 19 (speed): what the filter's import leaves to the collector, and the bundle's specs.

The filter's import ends with ``gc.freeze()`` (no ``unfreeze``): the tables it built, and what
the process held before, sit in the collector's permanent generation, which neither the
collections of the process nor the two or three full ones the interpreter runs while it tears
its modules down traverse (~8-10 ms of a write command's CPU time through the full CLI).
What the process allocates afterwards is collected as before. No timing here: fresh
interpreters say where the objects are and what the collector does.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

from handoff.privacy import bundle

PROJECT = Path(__file__).resolve().parent.parent

_GC_CHILD = r"""
import gc, sys, weakref
import handoff.errors
if sys.argv[1] == "off":
    gc.disable()
import handoff.privacy
from handoff.privacy import RULES, scan_text
from handoff.privacy import dispatch
tracked = {id(o) for o in gc.get_objects()}  # the young and old generations, not the frozen one
out = [gc.isenabled(), gc.get_freeze_count() > 0, id(RULES) in tracked,
       id(dispatch._BY_WORD) in tracked]
class Node:
    pass
a, b = Node(), Node()
a.other, b.other = b, a  # a cycle made after the import
gone = []
probe = weakref.ref(a, lambda _: gone.append(True))
del a, b
gc.collect()
out.append(bool(gone))
out.append(scan_text("We moved the retry loop into the worker so the queue drains first.") == [])
print(" ".join(map(str, out)))
"""


def _gc_child(mode: str) -> list[str]:
    env = dict(os.environ, PYTHONPATH=str(PROJECT))
    out = subprocess.run([sys.executable, "-c", _GC_CHILD, mode], capture_output=True,
                         text=True, env=env, check=True)
    return out.stdout.split()


def test_the_filters_tables_are_frozen_and_later_garbage_is_collected() -> None:
    """After the import the rule table and the dispatch tables are in the permanent
    generation; a cycle made afterwards is still collected, and the collector is running."""
    enabled, frozen, rules_tracked, table_tracked, collected, clean = _gc_child("on")
    assert (enabled, frozen) == ("True", "True")
    assert (rules_tracked, table_tracked) == ("False", "False")
    assert (collected, clean) == ("True", "True")


def test_a_collector_switched_off_stays_off_and_the_tables_are_frozen() -> None:
    """A process that switched the collector off keeps it off; the tables are frozen all the
    same (the interpreter's teardown collects whether or not the collector is enabled)."""
    enabled, frozen, rules_tracked, _, collected, clean = _gc_child("off")
    assert (enabled, frozen, rules_tracked) == ("False", "True", "False")
    assert (collected, clean) == ("True", "True")  # gc.collect() runs when asked


def test_the_bundle_gives_each_spec_the_path_of_its_pyc() -> None:
    """The finder sets ``spec.cached`` itself (``importlib`` would derive it again per module),
    and it is the path ``importlib`` derives: under ``sys.pycache_prefix`` or beside the
    source, with this interpreter's cache tag."""
    path = "/tmp/speed19/pycache/x/handoff/privacy/__pycache__/bundle.cpython-311.codes"
    finder = bundle._BundleFinder(path, {}, b"")
    assert finder.pyc_dir + "scanner" + finder.pyc_tail == (
        "/tmp/speed19/pycache/x/handoff/privacy/__pycache__/scanner.cpython-311.pyc")
    real = bundle.bundle_path()
    if real is None:  # this Python caches no bytecode: nothing is served from a bundle
        return
    finder = bundle._BundleFinder(real, {}, b"")
    for stem in ("scanner", "rules", "cues"):
        source = os.path.join(os.path.dirname(bundle.__file__), stem + ".py")
        assert finder.pyc_dir + stem + finder.pyc_tail == importlib.util.cache_from_source(source)


def test_a_served_module_names_its_pyc(tmp_path: Path) -> None:
    """In a process whose modules come from the bundle, each one's ``__cached__`` is the path
    ``importlib`` derives from its source (a spec the finder made carries it already)."""
    code = (
        "import importlib.util, sys\n"
        "import handoff.privacy\n"
        "from handoff.privacy import bundle\n"
        "finder = next(f for f in sys.meta_path if isinstance(f, bundle._BundleFinder))\n"
        "served = sorted(bundle.served())\n"
        "bad = [m for m in served if sys.modules[m].__cached__ !=\n"
        "       importlib.util.cache_from_source(sys.modules[m].__file__)]\n"
        "spec = finder.find_spec('handoff.privacy.walk')\n"
        "print(len(served), len(bad), spec is not None and spec._cached is not None)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(PROJECT), PYTHONPYCACHEPREFIX=str(tmp_path / "pyc"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)
    out = subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True,
                         text=True).stdout.split()
    assert int(out[0]) > 30 and out[1:] == ["0", "True"]
