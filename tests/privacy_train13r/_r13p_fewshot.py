"""Prompts: few-shot examples and corrective feedback turns addressed to a model."""

from __future__ import annotations

import random

from _r13util import assemble, blocks, lines

LABEL = "prompt"

_SHOTS = blocks("""
Example 1:
Input: "the build is broken on main"
Output: {"type": "bug", "area": "ci"}

Example 2:
Input: "please add dark mode"
Output: {"type": "feature", "area": "ui"}

Input: "{text}"
Output:
====
Q: What is 17 * 3?
A: 51
Q: What is 12 * 12?
A: 144
Q: {question}
A:
====
Here are some examples of good commit messages:

fix(parser): handle trailing commas in arrays
feat(cli): add --json output to status
docs: explain retry backoff

Now write one for this diff:
{diff}
====
User: rename `foo` to `bar` in utils.py
Assistant: <edit path="utils.py"><old>def foo(</old><new>def bar(</new></edit>

User: {request}
Assistant:
====
Examples:
"I can't log in" -> account
"The invoice total is wrong" -> billing
"App crashes on launch" -> bug
"{message}" ->
====
<example>
<question>Which file defines the CLI entry point?</question>
<answer>pyproject.toml points to `tool.cli:main`, so src/tool/cli.py.</answer>
</example>
<example>
<question>Where are migrations?</question>
<answer>db/migrations/, one file per revision.</answer>
</example>
Answer the next question in the same style.
====
Your last reply had no valid edit blocks; resend the change using the SEARCH/REPLACE format exactly as described.
====
The JSON you returned could not be parsed: Expecting ',' delimiter at line 3 column 5. Return the corrected JSON only.
====
Your previous answer changed a test file, which is not allowed. Revert that part and fix the implementation instead.
====
The SEARCH block did not match any lines in src/app.py. Read the file again and retry with the exact current text.
====
You called `read_file` with a relative path. Use an absolute path and try again.
====
That command failed with exit code 127: `pytst: command not found`. Check the spelling and run it again.
====
You stopped before the tests passed. 3 tests are still failing. Continue working until they pass.
====
Your answer was 340 words; the limit is 150. Shorten it without losing the three key points.
====
The tool result above is truncated. Request the remaining lines with offset=400 before drawing conclusions.
====
Good example of a plan:
1. Reproduce the failure with the smallest input.
2. Find the function that produces the wrong value.
3. Write a failing test.
4. Fix, then run the full suite.

Bad example of a plan:
1. Fix the bug.

Write a plan of the good kind for the task below.
====
Sentence: The cache is warm.
Translation: Der Cache ist warm.
Sentence: The queue is empty.
Translation: Die Warteschlange ist leer.
Sentence: {sentence}
Translation:
====
You responded in prose, but I asked for a table. Redo it as a Markdown table with the same columns.
====
Incorrect: you said the function returns None, but line 42 returns a list. Re-read the function and answer again.
====
Observation: Error: file not found: config/settings.yml
Thought:
====
Input: [3, 1, 2]
Output: [1, 2, 3]
Input: [9, -1, 0, 4]
Output: [-1, 0, 4, 9]
Input: {list}
Output:
""")

_FEEDBACK = lines("""
Your last reply had no valid edit blocks; resend the full diff.
The patch did not apply cleanly to hunk 2. Regenerate it against the current file contents shown below.
You forgot to include the import. Add it and return the whole file again.
That is not valid Python: unexpected indent on line 7. Fix it and answer with the code only.
You ignored the constraint about not using external libraries. Rewrite without numpy.
The linter reported 4 errors in your change. Fix them and show me the updated file.
Please try again; this time, do not wrap the answer in code fences.
You ran out of steps without calling finish. Summarize what you did and call finish now.
Your output contained two JSON objects. Return exactly one.
That label is not one of the allowed labels. Choose again from the list.
The test still fails with AssertionError: expected 3, got 4. Look at the off-by-one in the loop bound.
You repeated the same tool call three times with the same arguments. Try a different approach.
The reviewer rejected your patch: it breaks the Windows path handling. Address the review and resubmit.
The previous attempt timed out. Split the work into smaller commands.
Reminder: you are in read-only mode. Undo the file you just created and describe the change instead.
Your explanation is fine but the code block is missing. Add it.
""")

_PAIR_Q = lines("""
Input: "2024-03-01T10:00:00Z"
Input: ls -la /tmp
Input: SELECT * FROM users WHERE id = 1
Input: "retry after 30s"
Input: {"a": 1, "b": [2, 3]}
Input: GET /v1/orders?limit=10
Input: "Merge branch 'main' into feat/x"
""")
_PAIR_A = lines("""
Output: timestamp
Output: shell
Output: sql
Output: duration
Output: json
Output: http
Output: git
""")


def combos(rng: random.Random) -> dict[str, list[str]]:
    pairs = [f"{q}\n{a}" for q, a in zip(_PAIR_Q, _PAIR_A, strict=True)]
    heads = ["Classify each input by kind. Examples:", "Follow the pattern:", "Examples of the task:",
             "Here are solved examples. Solve the last one.", "Few-shot examples:", ""]
    tails = ["Input: {input}\nOutput:", "Input: {{ item }}\nOutput:", "Now classify: {text}", "Input: $INPUT\nOutput:"]
    shots = assemble(rng, [heads, pairs, pairs, pairs, tails], 50, "\n\n")
    fb = assemble(rng, [_FEEDBACK, ["", *_FEEDBACK]], 40, " ")
    fb += assemble(rng, [_SHOTS, _SHOTS, _FEEDBACK], 30, "\n\n")
    return {"p6_fewshot_feedback": shots + fb}


ITEMS = {"p6_fewshot_feedback": _SHOTS + _FEEDBACK}
