"""Prompts: slash-command bodies and agent loop instructions."""

from __future__ import annotations

import random

from _r13util import assemble, blocks, lines

LABEL = "prompt"

_CMDS = blocks("""
---
description: Review the current branch against main
argument-hint: [focus area]
---
Review the changes on this branch compared with `main`. Focus on: $ARGUMENTS

Report problems as a numbered list, most serious first. Do not edit files.
====
Arguments: $ARGUMENTS

Create a new git worktree for the feature named in the arguments, switch to it and run the project's setup command. When done, print the path.
====
## Completing a task
When you have finished the work, run the checks, commit with a descriptive message, and call `mark_done` with a one-line summary. Do not call it if any check fails.
====
Continue until all tests pass, then stop.
====
Keep going. Don't stop to ask for confirmation between steps; only stop when the task is fully complete or you are blocked by something only the user can provide.
====
/fix-issue $1

Read issue #$1 with `gh issue view`, reproduce it, write a failing test, fix it, and open a PR that references the issue.
====
You are in a loop. Each turn you will receive the output of your last command. Decide the next command. When the goal is reached, output `<done/>` and nothing else.
====
Write a handoff note for the next session: what was done, what is left, which commands to run first. Save it with the notes tool, then stop.
====
Run `npm run lint -- --fix`, then fix by hand whatever remains. Repeat until lint reports zero problems. Then run the tests once.
====
Iterate: propose a change, run the benchmark, keep the change if it is faster, revert it otherwise. Stop after 10 iterations or when three changes in a row give no improvement.
====
{{args}}

Explain the code the user selected. Start with a one-sentence overview, then walk through it block by block.
====
At the start of every session, read `TODO.md` and pick the first unchecked item. Work on it until it is done, check it off, commit, and move to the next.
====
When the context window is nearly full, summarize your progress into `PROGRESS.md` and continue from that summary.
====
If you finish early, look for edge cases the tests do not cover and add tests for them.
====
---
name: changelog
allowed-tools: Bash(git log:*), Read, Edit
---
Update CHANGELOG.md with every merged change since the last tag. Group by Added / Changed / Fixed. Use $ARGUMENTS as the new version number.
====
Do not end your turn until you have verified the fix by running the exact command from the bug report.
====
Step 1: run the failing test. Step 2: read the traceback. Step 3: fix the cause, not the symptom. Step 4: go back to step 1 until it passes.
====
## Stop conditions
- All acceptance criteria met: call `submit`.
- Same error three times in a row: stop and explain what blocks you.
- Need credentials: stop and ask.
====
$ARGUMENTS is a path to a file. Generate tests for it in the matching tests/ path, run them, and fix the tests (not the code) until they pass.
====
Before you stop, double-check your work: re-run the tests, re-read the diff, and confirm nothing unrelated changed.
""")

_LOOP_A = lines("""
Work through the checklist below one item at a time.
You will be called repeatedly until you output FINISHED.
This prompt is sent to you after every tool result.
Each iteration, pick the highest-priority failing check.
Your goal this session is to get CI green.
Run autonomously.
""")
_LOOP_B = blocks("""
After each change, run `pytest -x -q`. If it fails, read the first error and fix it before anything else.
====
Commit after every item that is finished, with a message that names the item.
====
Never skip or delete a test to make the suite pass.
====
If you are unsure about a requirement, choose the simplest interpretation and note the assumption in the PR description.
====
Keep a log of what you tried in `notes/attempts.md` so that the next iteration does not repeat it.
====
Use at most 30 tool calls per iteration.
====
If a command hangs for more than two minutes, kill it and run it again with verbose output to see where it stops.
====
When a step fails because of the environment (missing tool, wrong version), record it in `ENVIRONMENT.md` and work around it instead of stopping.
====
Don't ask the user anything in this loop; they will read the log afterwards.
====
Before each edit, state in one line which checklist item it serves.
====
Re-read the task description every ten steps so you don't drift from it.
""")
_LOOP_C = lines("""
When everything passes, call `finish` with a summary.
Then stop.
When the checklist is empty, reply only with FINISHED.
Do not stop until the build is green.
Output your final status as one line: DONE or BLOCKED: <reason>.
Arguments: $ARGUMENTS
""")


def combos(rng: random.Random) -> dict[str, list[str]]:
    out = assemble(rng, [_LOOP_A, _LOOP_B, ["", *_LOOP_B], _LOOP_C], 90, "\n")
    out += assemble(rng, [_LOOP_A, _CMDS, _LOOP_B, _LOOP_B, _LOOP_B, _LOOP_C], 50, "\n\n")
    return {"p7_command_loop": out}


ITEMS = {"p7_command_loop": _CMDS + _LOOP_A}
