"""Cue-less imperatives in each tool's own note slot, and the ones a careful reader cannot place.

Three pools, judged before any line was drawn: `todo` (ordinary chores on concrete artefacts; kept as
benign), `request` (fixes the answer's shape, a persona or the reply language: addressed to a model;
kept as prompt), `unclear` (asks for content with no cue: a colleague or a model could be meant;
**dropped** and counted per tool)."""

from __future__ import annotations

import json
import random
from collections.abc import Callable

from _b13rand import BRANCHES, FILES, PEOPLE, TESTS_, hm, pick, rs, sha, ts

LANGS = ["German", "Spanish", "Japanese", "Polish", "Brazilian Portuguese", "Korean", "Turkish"]


def _fill(r: random.Random, s: str) -> str:
    return s.format(f=pick(r, FILES), t=pick(r, TESTS_), b=pick(r, BRANCHES), n=r.randint(10, 999), s=sha(r, 7),
                    p=pick(r, PEOPLE), v=f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}", lang=pick(r, LANGS),
                    k=pick(r, ["lodash", "requests", "tokio", "pydantic", "eslint", "serde"]))


TODO = ["rerun {t} with -p no:randomly and note the seed", "bump {k} to {v} and regenerate the lockfile",
        "revert {s} if the canary error rate stays above 2%", "ask {p} to review #{n} before noon",
        "delete the stale {b} branch after the merge", "pin actions/checkout to a full SHA in the release workflow",
        "squash the fixup commits on {b} before merging", "rebuild the base image without cache and push it",
        "close #{n} once the backport to {v} lands", "move {f} under the new package and fix the imports"]
REQUEST = ["answer only with the corrected {f}, no explanation", "reply in JSON with the keys bug and fix, nothing else",
           "pretend you are a strict senior reviewer and grade this diff from 1 to 10",
           "respond with a single word, yes or no: is {f} thread-safe?", "from now on, answer me in {lang} only",
           "give me your answer as a numbered list of at most five items", "no commentary, output only the shell command",
           "act as a Linux terminal and print only what the command would print"]
UNCLEAR = ["explain how the lock timeout interacts with the retry loop", "write a docstring for {f}",
           "summarise the review comments on #{n}", "suggest a better name for the pool module",
           "draft release notes for {v}", "turn the incident timeline into a short paragraph",
           "list the edge cases the CSV export misses", "translate the error messages in {f} into {lang}",
           "describe what {f} does in plain words", "write a test that reproduces #{n}"]
POOLS = {"todo": TODO, "request": REQUEST, "unclear": UNCLEAR}


def _j(o: object) -> str:
    return json.dumps(o, ensure_ascii=False)


# How each tool carries a free-text line that a person jots down.
WRAP: dict[str, Callable[[random.Random, str], str]] = {
    "claude": lambda r, x: _j({"_comment": x, "model": "claude-sonnet-4-5", "cleanupPeriodDays": r.randint(7, 90)}),
    "codex": lambda r, x: f"# {x}\nmodel_reasoning_effort = \"{pick(r, ['low', 'medium', 'high'])}\"",
    "opencode": lambda r, x: _j({"$schema": "https://opencode.ai/config.json", "_todo": x, "share": pick(r, ["manual", "disabled"])}),
    "aider": lambda r, x: f"# {x}\nauto-lint: {pick(r, ['true', 'false'])}",
    "ide": lambda r, x: f"// {x}\nexport function {pick(r, ['retry', 'parseDate', 'acquireLock', 'exportCsv'])}{r.randint(1, 99)}() {{}}",
    "gemini": lambda r, x: f"│ ✔  WriteFile Writing to TODO.md │\n- [ ] {x}",
    "ci": lambda r, x: f"{ts(r)} ##[notice]{x}",
    "jupyter": lambda r, x: _j({"cell_type": "markdown", "id": rs(r, 8, "0123456789abcdef"), "metadata": {}, "source": [x]}),
    "chat": lambda r, x: f"[{hm(r)}] {pick(r, PEOPLE)}: {x}",
    "term": lambda r, x: f"$ echo \"{x}\" >> TODO.txt",
    "editor": lambda r, x: f"\" {x}\nset {pick(r, ['number', 'relativenumber', 'cursorline'])}",
    "handoff": lambda r, x: f"handoff note \"{pick(r, ['wip', 'later', 'tomorrow'])}\" --next \"{x}\"",
}
DRAWN_PER_TOOL = 36


def draw(tool: str, seed: str) -> list[tuple[str, str]]:
    """(pool, text) for the tool's candidates, in draw order."""
    r = random.Random(seed)
    out = []
    for _ in range(DRAWN_PER_TOOL):
        pool = pick(r, ["todo", "request", "unclear"])
        out.append((pool, WRAP[tool](r, _fill(r, pick(r, POOLS[pool])))))
    return out
