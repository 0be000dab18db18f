"""Session 15 (speed): what ``import handoff.privacy`` loads before a note needs it.

The cue families a clean note seldom reaches (``records``, ``address``, ``colleague``,
``productcopy``, ``peoplechat``) are imported by ``cues.prompt_hits`` where first needed, and
no pattern is compiled at import (``validators``' run pattern is read on first use). No timing
here: the tests run a fresh interpreter and check which modules and patterns an import leaves
behind, that a text reaching a family imports it, and that its findings are those of this
process (where the modules may have been imported by other tests).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import handoff.privacy as privacy

PROJECT = Path(__file__).resolve().parent.parent

LAZY = ("address", "colleague", "peoplechat", "productcopy", "records")
"""The families ``cues`` imports on first need."""

REACHING = {
    "records": '{"prompt": "Summarise the incident report for me", "completion": "The outage '
               'began at 09:12 when the primary lost its disk; failover took four minutes."}',
    "address": "Please act as a senior reviewer. Your task: read the diff below and list every "
               "risk you see. From now on, answer in bullet points and be concise, please.",
    "colleague": "@kenji can you check why the flaky ingest test fails on CI since Tuesday?",
    "productcopy": "Can you summarise this changelog for the release notes in three bullets?",
    "peoplechat": "22/1/26, 12:41 - Elif: can you push the fix before lunch?\n"
                  "22/1/26, 12:43 - Sam: ok, pushing now, thanks\n"
                  "22/1/26, 12:44 - Elif: great, you are a star",
}
"""One text per family that reaches it (the request texts reach both checks after a request)."""

_CHILD = r"""
import json, re, sys
import handoff.errors
before = set(re._cache)
import handoff.privacy
from handoff.privacy import scan_text
out = {"at_import": sorted(m for m in sys.modules if m.startswith("handoff.privacy.")),
       "compiled_at_import": sorted(str(k[1]) for k in set(re._cache) - before), "texts": {}}
for name, text in json.loads(sys.argv[1]).items():
    had = f"handoff.privacy.{name}" in sys.modules
    found = [list(f) for f in scan_text(text)]
    out["texts"][name] = {"had": had, "has": f"handoff.privacy.{name}" in sys.modules,
                          "findings": found}
print(json.dumps(out))
"""


def _fresh() -> dict[str, object]:
    env = dict(os.environ, PYTHONPATH=str(PROJECT))
    done = subprocess.run([sys.executable, "-c", _CHILD, json.dumps(REACHING)], env=env,
                          capture_output=True, text=True, check=True, cwd=PROJECT)
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_import_leaves_the_seldom_reached_families_unloaded() -> None:
    loaded = _fresh()["at_import"]
    assert isinstance(loaded, list)
    assert "handoff.privacy.cues" in loaded  # (the check reads what it should)
    assert [name for name in LAZY if f"handoff.privacy.{name}" in loaded] == []


def test_import_compiles_no_pattern() -> None:
    # every pattern is compiled on first use (lazy_re, from the regex cache); a re.compile at
    # import costs every CLI call, whatever it writes
    assert _fresh()["compiled_at_import"] == []


def test_a_text_reaching_a_family_imports_it_and_finds_the_same() -> None:
    texts = _fresh()["texts"]
    assert isinstance(texts, dict)
    for name, text in REACHING.items():
        seen = texts[name]
        assert seen["has"], name  # imported when a text reached it
        here = [list(f) for f in privacy.scan_text(text)]
        assert json.loads(json.dumps(here)) == seen["findings"], name
    # the first text found its family unloaded (a text may reach more than one family)
    assert not texts["records"]["had"]


def test_each_family_text_is_judged_as_intended() -> None:
    # a guard on the texts: the records and address texts are prompts, the colleague's
    # request is dropped, the people's chat is found (so each reaches the family it names)
    assert privacy.scan_text(REACHING["records"])
    assert privacy.scan_text(REACHING["address"])
    assert not privacy.scan_text(REACHING["colleague"])
    assert privacy.scan_text(REACHING["peoplechat"])
