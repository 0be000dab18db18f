"""Prompts, one of a kind: hand-written texts that share no frame with the other modules."""

from __future__ import annotations

from _r13util import blocks

LABEL = "prompt"

_CODING = blocks("""
I'm going to give you a repository snapshot and a failing CI log. First, locate the test that fails. Second, figure out whether the test or the code is wrong, by reading the git history of both. Third, fix whichever is wrong. You are not allowed to delete the test. Write your reasoning in a file named REASONING.md at the end.
====
Implement the missing methods of `class Matrix` in matrix.py: `__matmul__`, `transpose`, `determinant`. Integer matrices only. The tests use matrices up to 8x8; a cofactor expansion is fine. Output the entire file.
====
Here's the spec for a tiny key-value store server. It speaks a line protocol over TCP: `GET key`, `SET key value`, `DEL key`. Replies are `OK`, `NOT_FOUND` or `VALUE <value>`. Write it in Go using only the standard library; handle each connection in its own goroutine; protect the map with a mutex. Then write a test that starts the server on a random port and exercises all three commands.
====
Write me a jq filter that turns the array of build records (fields: id, status, started_at, finished_at) into an object mapping status to the average duration in seconds. Just the filter.
====
The function below is correct but slow on large inputs. Profile it mentally, find the quadratic part, and rewrite it to be linear. Keep the same name and signature and keep it readable.
====
Create a minimal reproduction of the bug in a new directory `repro/`: one source file and one script `run.sh` that prints FAIL when the bug is present and PASS when it is not. Then fix the bug in the library and show that `repro/run.sh` prints PASS.
====
We are migrating from Moment.js to date-fns. Go through every file in `src/` that imports moment, replace each call with the date-fns equivalent, and keep the displayed formats identical. List any call you could not translate at the end of your reply instead of guessing.
====
Write the Terraform for a private S3 bucket with versioning, a lifecycle rule that moves objects to Glacier after 90 days, and a bucket policy denying non-TLS requests. Variables for bucket name and environment. No modules.
====
Given the Python class below, generate a pytest file that reaches 100% line coverage. Mock the HTTP client with `unittest.mock`. Don't test private methods directly.
====
You'll implement the `Solution` class. Function signature: `def minWindow(self, s: str, t: str) -> str`. Return the smallest substring of s containing every character of t (with multiplicity), or "" if there is none. Expected complexity O(|s| + |t|).
""")

_ROLE = blocks("""
You are the "explain" subcommand of a developer CLI. Whatever the user pastes (an error, a config file, a command), you explain what it means and what they most likely need to do next. Two short paragraphs at most.
====
You have been assigned the role of release captain for this week. Your objective: get the release branch to a shippable state. That means the changelog is complete, all blockers are closed or deferred with a reason, and the version number is bumped. Report progress after each item.
====
Your job is narrow: look at a single Python traceback and name the most likely file and line where the fix belongs. Do not propose the fix itself.
====
You are an API design reviewer. The user will paste an OpenAPI document. Check naming consistency, pagination, error shapes and versioning, in that order. For each problem give the JSON pointer to the offending node.
====
Act as if you were the compiler. For the C snippet the user provides, list every diagnostic that `gcc -Wall -Wextra -O2` would print, in order, with line numbers. If there are none, say "no diagnostics".
====
You're the second pair of eyes on infrastructure changes. Look at the terraform plan output below and tell me, in plain words, what will be destroyed. Anything that will be destroyed and recreated gets a ⚠️.
====
Your role in this pipeline is the verifier. Another model produced the answer below. You must check each claim against the provided sources and mark it SUPPORTED, CONTRADICTED or NOT FOUND. You are not allowed to use outside knowledge.
====
Mode: teach. The user is learning Rust. When they ask for code, give a hint first and the full solution only if they ask again.
""")

_FORMAT = blocks("""
Return your answer as a single fenced ```diff block. No text before or after it. The diff must apply with `git apply` from the repository root.
====
Please output the classification as the bare label, lowercase, with no punctuation. Allowed labels: bug, feature, question, docs.
====
Your reply will be inserted verbatim into a YAML file at the key `description`, so it must be a single line, must not contain a colon followed by a space, and must not start with a special character.
====
Format every file you produce as:
FILE: <relative path>
<contents>
END FILE
and nothing else between files.
====
The caller parses your response with `json.loads`. If you are unsure about a field, set it to null; never omit it and never add commentary.
====
Keep the answer to three bullet points of at most fifteen words each. No headers, no bold.
""")

_TOOL = blocks("""
### `run_sql`
Runs a read-only SQL query against the analytics warehouse and returns up to 200 rows. Always add a LIMIT. If you need the schema, call `describe_table` first rather than guessing column names. Queries running longer than 60 s are cancelled; if that happens, narrow the date range.
====
file_search: Fuzzy search for file paths. Use it when you know part of a file name but not where it lives. It is not a content search: for content, use grep. Returns at most 10 results, so make the query specific.
====
The `screenshot` action captures the visible part of the page. You should take one after every navigation. Do not scroll and screenshot repeatedly to read a long page; use `get_page_text` for that instead.
====
Code sent to `py` runs in one long-lived interpreter, so names you define stay defined for later calls. Save files under /out/ to hand them to the user. The interpreter has no network; installing packages will fail, so work with what is there.
====
Arguments of `patch_file`:
- `file`: which file to change; give it before the others.
- `intent`: a sentence of your own saying what the edit is for, used when the patch is ambiguous.
- `snippet`: only the lines that change, with `/* unchanged */` standing in for every region you skip.
====
Do not use the `delete_file` tool on anything outside the `tmp/` directory without asking first, and never on files you did not create in this session.
====
Prefer `grep` with `-n` and a file glob over opening files one by one. When a search returns nothing, try a shorter or more general pattern before concluding the code does not exist.
""")

_TEMPLATE = blocks("""
{system}

{history}
### User
{query}
### Reply
====
<|prompt|>{instruction}<|endofprompt|><|answer|>
====
[[system]]
{{persona}}
[[user]]
{{input}}
[[assistant]]
====
@@ instruction @@
{instruction}
@@ context @@
{context}
@@ answer @@
====
Document: {{doc}}
Summary in {{n_sentences}} sentences:
====
```
{code}
```
What does this code do? {follow_up}
""")

_LOOP = blocks("""
/review-pr $ARGUMENTS

1. Fetch the PR with `gh pr view $ARGUMENTS --json title,body,files`.
2. Read every changed file.
3. Post one review comment per problem with `gh pr review --comment`.
4. Finish with a summary comment.
====
Your session has a budget of 50 tool calls. At every 10th call, reassess whether you are closer to the goal than you were at the previous checkpoint; if not, change strategy.
====
Whenever you finish a subtask, append a line to `progress.log` in the form `<timestamp> <subtask> done`, then continue with the next subtask without waiting for input.
====
You will receive the same instruction again after each of your replies until the file `DONE` exists in the working directory. Create it only when the whole task is finished.
""")

_SHOT = blocks("""
Convert each natural-language date to ISO 8601.
"next Friday" (today is 2024-03-04) -> 2024-03-08
"the first of May" (today is 2024-03-04) -> 2024-05-01
"{phrase}" (today is {today}) ->
====
Here is how a good bug summary looks:

Bad: "it doesn't work"
Good: "Export to CSV drops the last row when the row count is a multiple of 500"

Write a good summary for the report below.
====
That diff edits lines that don't exist in the file you were shown. Ask for the file again if you need it; do not reconstruct it from memory.
====
You claimed the test passes, but the tool output shows `1 failed`. Be accurate about results. Look at the failure and continue.
""")

ITEMS = {
    "p1_coding_task": _CODING,
    "p2_role_mode": _ROLE,
    "p3_output_format": _FORMAT,
    "p4_tool_guidance": _TOOL,
    "p5_template": _TEMPLATE,
    "p6_fewshot_feedback": _SHOT,
    "p7_command_loop": _LOOP,
}
