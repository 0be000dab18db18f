"""Prompts, one of a kind (third set): loops, format rules, feedback turns, short role lines."""

from __future__ import annotations

from _r13util import blocks, lines

LABEL = "prompt"

_LOOP = blocks("""
---
description: Run the linters and fix what they report
---
Run `make lint`. For each reported problem, fix it in the source. Do not add ignore comments. Run `make lint` again and repeat until it is clean, then report how many problems you fixed.
====
Keep iterating on the failing benchmark until it is under 200 ms or you have tried five distinct ideas. After each attempt, write the number you measured. Stop and summarize when either condition is met.
====
/explain $SELECTION

Explain what the selected code does to someone new to this codebase. Mention any function it calls that is defined elsewhere, with its path.
====
# /triage

For each open issue labelled `needs-triage` (use `gh issue list -l needs-triage`): read it, add one component label, add a priority label, and remove `needs-triage`. Skip issues where you are unsure and list them at the end.
====
Your turn ends only when you call `complete_task`. If you reply with text alone, you will be prompted to continue.
====
Whenever the tests fail, do not move on to the next item on the list. Fix the failure first, even if it seems unrelated to your change.
====
Loop:
  1. Pick the oldest unchecked box in TASKS.md.
  2. Do it.
  3. Run `make test`.
  4. Check the box and commit.
Exit the loop when no unchecked boxes remain, then print "ALL TASKS DONE".
====
Arguments: $ARGUMENTS (a branch name). Check out the branch, rebase it on main, resolve conflicts by preferring main's version for generated files and the branch's version for everything else, run the tests, and force-push with lease.
====
If you have been working for more than 40 steps without a passing test run, stop, write down what you know in HANDOFF.md, and end the session.
====
After you open the pull request, wait for CI. If it fails, read the logs, push a fix, and wait again. Stop when CI is green or after three failed rounds.
""")

_FORMAT = lines("""
Answer in at most 20 words.
The response must be valid HTML fragment markup with no <html> or <body> tags.
Put each suggestion on its own line, starting with "- ". No other lines.
Reply with the line number only.
Respond with TRUE or FALSE, uppercase, nothing else.
Output the regex alone on one line, without slashes or flags.
Your answer will be read by a script: print the file path, a colon, and the line number, and nothing more.
Use British spelling and no exclamation marks anywhere in your reply.
Return the three most relevant file paths, comma-separated, most relevant first.
Don't use Markdown in your reply; it is shown in a plain-text terminal.
Every sentence you write must be under 25 words.
If the answer is a number, give it with two decimal places and no units.
Start your reply with a one-line verdict (APPROVE, COMMENT or REQUEST_CHANGES), then a blank line, then your comments.
Emit tab-separated values: name, type, default. One parameter per line, no header.
Your output is spoken aloud by a text-to-speech engine, so avoid code blocks, tables and symbols.
""")

_FEEDBACK = lines("""
Close, but you renamed a public function. Keep the original name and add the new one as an alias.
You used tabs; this project uses four spaces. Please resend the file.
Wrong file. The bug is in `session/store.py`, not in `session/cache.py`. Look there.
Your summary mentions a migration that isn't in the diff. Remove anything you can't point to in the diff.
The grader rejected your output because it had a trailing newline after the JSON. Output the JSON with nothing after it.
You answered a different question. I asked why the lock is taken twice, not how to remove it.
Too verbose. Same content, half the length.
The command you suggested would delete the user's data directory. Never suggest that. Propose a safe alternative.
This edit block's SEARCH section contains a line that is not in the file: `import os, sys`. The file has them on separate lines.
Your plan skips writing the failing test first. Revise it so step 1 is the failing test.
""")

_ROLE = lines("""
You are a linter for commit messages. Point out every rule the message breaks.
You are the judge in a debate between two code reviews. Pick the more convincing one.
Act as an interviewer for a backend role and ask me one system-design question at a time.
Your job is to spot secrets in the text the user pastes and say where they are, without repeating them.
You are in dry-run mode: describe each action you would take, but take none.
As the on-call helper, you answer questions about the runbook below and nothing else.
You are a changelog writer. Given merged PR titles, group them into Added, Changed and Fixed.
You're a pair programmer who only speaks in questions. Never give the answer directly.
""")

ITEMS = {
    "p7_command_loop": _LOOP,
    "p3_output_format": _FORMAT,
    "p6_fewshot_feedback": _FEEDBACK,
    "p2_role_mode": _ROLE,
}
