"""Prompts: short inputs to an agent, as received: one-line requests, and a pasted error or stack
line followed by "fix this" / "what does this mean"."""

from __future__ import annotations

import random

from _t14util import weave

LABEL = "prompt"

ONE_LINERS = [
    "fix the failing test in utils",
    "why is CI red?",
    "can you fix the build",
    "whats wrong with <<file>>",
    "run the tests and tell me what fails",
    "make <<test>> pass",
    "pls fix lint",
    "explain <<file>> to me",
    "what does the <<mod>> module do?",
    "add tests for <<mod>>",
    "why is this so slow",
    "Can you bump <<pkg>>?",
    "refactor this, it's unreadable",
    "write a commit message for these changes",
    "review my PR <<pr>>",
    "how do I run this locally?",
    "where is the retry logic?",
    "undo that",
    "no, the other file",
    "that's wrong, try again",
    "keep going",
    "continue where you left off",
    "now do the same for <<mod>>",
    "shorter please",
    "use <<pkg>> instead",
    "why did you delete that function??",
    "stop changing the tests",
    "ok ship it",
    "what's left to do?",
    "can you check if the migration is reversible",
    "Write a Dockerfile for this project.",
    "Add a CHANGELOG entry for <<ver>>",
    "is <<pkg>> still maintained?",
    "What's the best way to mock time in these tests?",
    "rename <<mod>> to something better",
    "clean up the imports",
    "why are there so many warnings",
    "update the readme",
    "can you add docstrings",
    "fix the typo on line 42",
    "help",
    "Please make the tests deterministic.",
    "Tell me what this repo does in 3 sentences.",
    "why does <<test>> hang on my machine",
    "find dead code",
    "set up pre-commit with ruff and mypy",
    "hey are you there? the deploy failed",
    "Could you look at <<file>>? something's off with the imports",
    "Generate a .gitignore for Python and Node.",
    "what changed since yesterday",
    "make it work on windows too",
    "can we drop py3.8 support",
    "add a --dry-run flag",
    "kill the dead feature flags",
    "Please rebase <<branch>> onto main and fix conflicts.",
    "how many tests do we have?",
    "Does this leak memory?",
    "what's this error",
    "do it",
    "try again but don't touch <<file>>",
]

ERROR_FRAMES = [
    "<<err>>\nfix this",
    "<<err>>\n\nwhat does this mean?",
    "getting this: <<err>> — help",
    "```\n<<err>>\n```\ncan you fix it",
    "<<err>> ??",
    "why do I get `<<err>>` when running <<test>>",
    "this keeps happening: <<err>>. any idea?",
    "Traceback (most recent call last):\n  File \"<<file>>\", line <<big>>, in run\n<<err>>\n\nfix pls",
    "CI fails with <<err>>, please look",
    "<<err>>\n\nhow do i get rid of this",
    "what causes <<err>>?",
    "<<err>> in prod since the last deploy. fix asap",
    "seeing <<err>> on startup, can you explain",
    "fix <<err>> in <<file>> pls",
    "any idea why <<file>> throws <<err>>",
]


def combos(rng: random.Random) -> dict[str, list[str]]:
    return {
        "p_short_request_en": weave(ONE_LINERS, [""], 95, rng),
        "p_error_plus_request": weave(ERROR_FRAMES, [""], 96, rng),
    }


ITEMS: dict[str, list[str]] = {}
