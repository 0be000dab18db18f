"""Terse lines for round 11: follow-up requests to a model beside terse status notes.

A terse prompt is a turn in a conversation (it refers to the previous answer: shorter, again,
now add, in TS); a terse note is a status or a next step with a version, an id or a state.
"""

from __future__ import annotations

import random

TERSE_PROMPTS = (
    "shorter pls", "again but in TS", "now add tests", "explain like im 5", "make it shorter", "more concise",
    "same but in Rust", "now in python 3.12 syntax", "try again", "that's wrong, try again", "do it again without the loop",
    "expand on point 2", "more detail on the second option", "give me another one", "one more example", "simplify",
    "less formal", "more formal", "rewrite it as a poem", "now as a bash one-liner", "add comments", "add type hints",
    "now with async", "what about windows?", "and for postgres?", "ok now the tests", "now the docs for it",
    "continue", "keep going", "go on", "finish the function", "you stopped halfway, continue", "regenerate",
    "no, the other approach", "use pytest not unittest", "without external deps pls", "in one line",
    "tl;dr?", "eli5", "translate that to spanish", "now in french", "bullet it", "table form pls",
    "as json", "as yaml instead", "drop the emojis", "no markdown", "fewer words", "make it sound less like a robot",
    "why?", "why not use a set?", "explain the regex", "what does line 3 do", "fix the typo and resend",
    "also handle None", "and the edge case with empty input?", "rename vars to snake_case and show it",
    "show only the diff", "give me 5 more names", "funnier", "less cringe", "more like a senior dev would write it",
    "same thing, but for a CLI", "explain it step by step", "summarise the above", "sum up in 1 sentence",
    "now write the commit msg", "ok write the PR description", "a shorter title?", "pick the best one and say why",
    "compare those two", "which is faster?", "rewrite w/o recursion", "make it idiomatic go",
    "convert to a class", "now refactor into smaller functions and show the result", "port this to kotlin",
    "write unit tests for that", "explain the error above", "what did you change?", "undo that change and show the original",
    "be more specific", "examples?", "can you elaborate", "again, but polite", "plain text only",
    "ans in english pls", "short answer only", "just the command", "just the code", "skip the explanation",
    "in 2 sentences", "top 3 only", "use node 20", "target python 3.9", "max 80 chars per line", "5 more like #2",
    "redo step 4", "only options 1 and 3", "for k8s 1.29", "make it 10x shorter", "v2 of that", "again w/ 4 spaces",
)

TERSE_NOTES = (
    "tests green, PR open", "bump to {ver} after merge", "merged", "reverted", "wip", "blocked on review",
    "ci red, flaky again", "deployed to staging", "rolled back {sha}", "lgtm, merging", "done", "on hold till {day}",
    "green locally", "fails on arm64 only", "needs rebase", "rebased onto main", "squashed", "tagged {ver}",
    "cherry-picked to release/{rel}", "waiting on {who}", "pinged {who}", "handed to {who}", "owner {who}",
    "closing {issue}", "dup of {issue}", "fixed in {sha}", "see {issue}", "repro'd, 1/20", "can't repro",
    "flaky, quarantined", "migr applied on prod", "backfill 60% done", "index built", "cert renewed, exp {day}",
    "disk at 91%, pruned logs", "p99 back to 180ms", "alert muted till {day}", "freeze ends {day}",
    "release notes drafted", "changelog updated", "deps bumped", "lockfile regenerated", "docs deployed",
    "hotfix out", "v{ver} shipped", "canary 5%", "canary 50%, no errors", "full rollout", "paused rollout",
    "rerun #{run}", "job {run} ok", "build {run} failed: oom", "lint clean", "mypy clean", "coverage 87%",
    "nit fixed", "comments addressed", "approved by {who}", "PR {pr} ready", "PR {pr} draft", "split into {pr}",
    "TODO: rotate staging cert", "TODO: drop old index", "next: prune branches", "next: retro doc",
    "shorter timeout (30s→10s)", "retry budget 3→5", "pool 10→20", "workers 4→8", "ttl 1h",
    "EOD: tests pass, not pushed", "pushed {br}", "branch {br} deleted", "stash@{{0}} has the wip",
    "scaled to 0", "scaled back up", "vacuum done", "rotated keys (vault)", "ran make fmt", "bench: 0.82x",
    "shorter build now", "again red", "green again", "works", "nope, still flaky", "fixed, needs review", "all good",
    "same as yesterday", "explained in PR", "in review", "ok on staging", "ask ops first", "see thread",
)

PROMPT_TWEAKS = ("", "", "", " pls", " please", " thx", "!", "?", " :)", " again", "...")
NOTE_TWEAKS = ("", "", "", ".", " ✓", " ({who})", " — {day}", " #{run}", " ok", " [{sha}]")


def terse_prompt(rng: random.Random) -> str:
    """A short follow-up request to a model."""
    text = rng.choice(TERSE_PROMPTS)
    if rng.random() < 0.25:
        text = text + ", " + rng.choice(TERSE_PROMPTS)
    text = text + rng.choice(PROMPT_TWEAKS)
    return text.capitalize() if rng.random() < 0.3 else text


def terse_note(rng: random.Random, fill: object) -> str:
    """A short status line or next step; ``fill`` puts ids into the slots."""
    text = rng.choice(TERSE_NOTES)
    if rng.random() < 0.25:
        text = text + ", " + rng.choice(TERSE_NOTES)
    text = text + rng.choice(NOTE_TWEAKS)
    text = fill(text, rng)  # type: ignore[operator]
    return text.capitalize() if rng.random() < 0.3 else text
