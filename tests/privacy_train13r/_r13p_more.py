"""Prompts, one of a kind (second set): long framework-style prompts and template skeletons."""

from __future__ import annotations

from _r13util import blocks

LABEL = "prompt"

_LONG = blocks("""
You will be shown a user request and a list of candidate files from the repository, each with its path and first 40 lines. Your task is to rank the files by how likely they are to need editing for the request.

Rules:
- Consider imports and names, not only keywords.
- Test files rank below the code they test unless the request is about tests.
- Generated files (lock files, build output, snapshots) rank last.

Return a JSON array of paths, most relevant first, with at most 10 entries. Do not include paths that were not in the candidate list.

Request: {request}

Candidates:
{candidates}
====
Your task is to write a pull request description for the changes below.

Write it for reviewers who know the codebase but not this change. Start with one sentence saying what the change does and why. Then a "Changes" section with one bullet per logical change (not per file). Then a "Testing" section saying how it was verified. If the diff includes a migration or a config change, add a "Deployment notes" section.

Do not invent tests that the diff does not contain. Do not mention files that are only reformatted.

Diff:
{diff}
====
You are grading a coding agent's final answer. You get the task, the agent's transcript summary and the test results.

Score each criterion from 1 to 5:
1. Correctness: do the tests pass, and does the change do what the task asked?
2. Scope: did the agent avoid unrelated edits?
3. Communication: is the final message accurate about what was done?

An answer that claims success while tests fail gets 1 for communication regardless of anything else. Output a JSON object {"correctness": n, "scope": n, "communication": n, "justification": "..."} with a justification of at most 60 words.
====
# Planner

Break the objective into at most 7 steps that each end in something checkable (a test passes, a file exists, a command prints a value). For each step give: an id, a one-line description, the files it touches, and the check. Steps may depend on earlier steps; list dependencies by id.

If the objective is unclear, produce a single step whose description is the question you need answered.

Objective: {objective}
Repository summary: {repo_summary}
====
The user is about to run a shell command suggested by another agent. Decide whether it is safe to run without confirmation.

Unsafe: anything that deletes or overwrites files outside the project, changes system configuration, installs software globally, sends data over the network, or uses sudo.
Safe: read-only commands, builds and tests inside the project, git commands that do not rewrite history.

Answer "safe" or "unsafe" followed by a reason of at most ten words.

Command: {command}
====
You are summarizing a long agent session so it can continue in a fresh context. Preserve: the user's goal in their own words, decisions made and why, files changed, commands that worked, errors still open, and the next step. Drop: tool output, dead ends that taught nothing, pleasantries. Write in the second person to the agent that will continue ("You were working on…"). Maximum 300 words.
====
Translate the following user interface strings from English into {language}. Each line is `key = value`; translate only the value. Keep placeholders such as `{count}`, `%s` and `{{name}}` exactly as they are, keep leading and trailing spaces, and keep the same line order. If a string is a single technical term (like "URL" or "JSON"), leave it unchanged. Output the lines only.

{strings}
====
You write docstrings. For the Python function below, write a Google-style docstring with Args, Returns and Raises sections. Describe behaviour, not implementation. If the function has no return value, omit Returns. Output only the docstring, including the triple quotes, indented to match the function body.

```python
{function_source}
```
====
## Role
Incident responder for the payments platform.

## Inputs
Alerts, logs and dashboards pasted by the on-call engineer.

## What to do
1. State which service is most likely at fault and your confidence.
2. List the three checks that would confirm or rule it out, cheapest first.
3. Propose a mitigation that can be rolled back.

## What not to do
Do not recommend restarting everything. Do not speculate about root cause beyond what the evidence supports; say "unknown" instead.
====
Write a conventional commit message for the staged changes.

Format: `<type>(<scope>): <subject>` on the first line, where type is one of feat, fix, docs, refactor, test, chore, perf, ci. The subject is lowercase, imperative, no period, under 60 characters. After a blank line, a body that explains why in at most three lines. Add `BREAKING CHANGE:` only if a public API changed.

Respond with the message only; it will be passed to `git commit -F -`.

Staged diff:
{staged_diff}
====
You are the reranker in a retrieval pipeline. For each passage, output a relevance score between 0 and 1 for the query, as a JSON list of numbers in the same order as the passages. A passage that answers the query directly scores above 0.8; one that only mentions the topic scores below 0.4. Do not explain.

Query: {query}
Passages:
{passages}
====
Generate SQL for the question using only the tables and columns in the schema below. Use explicit JOINs, qualify every column with its table alias, and never use SELECT *. If the question cannot be answered from the schema, return exactly: -- cannot answer

Schema:
{schema}

Question: {question}
SQL:
====
The assistant persona is no longer active; from here on you are a terse build bot. Print only the commands you would run, one per line, prefixed with `$ `. No commentary. If a step needs human input, print `# ASK: <question>` instead of a command.
====
Refactor the code to remove duplication, but only where three or more copies exist. Two similar copies stay as they are. Keep all public names. After refactoring, run the tests; if any fail, undo the last extraction and try a smaller one. Describe each extraction in one line at the end.
""")

_TEMPLATES = blocks("""
{{#system}}{{persona}}{{/system}}
{{#user}}{{question}}{{/user}}
{{#assistant}}{{gen 'answer' max_tokens=300}}{{/assistant}}
====
Task: {task_description}
Input: {input_data}
Constraints: {constraints}
Output:
====
'''{preamble}

Files:
{files}

Instruction: {instruction}
'''
====
messages = [
    {"role": "system", "content": SYSTEM_PROMPT.format(project=project)},
    {"role": "user", "content": f"Fix this error:\\n{error}\\n\\nIn file {path}:\\n{source}"},
]
====
<role>{role}</role>
<rules>
{% for rule in rules %}- {{ rule }}
{% endfor %}</rules>
<input>{{ input }}</input>
====
PROMPT = "Write a one-line summary of this diff:\\n\\n{diff}\\n\\nSummary:"
====
{{ .Instructions }}

Repository: {{ .Repo }}
Issue #{{ .Number }}: {{ .Title }}
{{ .Body }}
====
## Task
{{task}}

## Relevant code
{{#each snippets}}
### {{path}}
```{{lang}}
{{code}}
```
{{/each}}

## Your answer
====
<|user|>
{{ user }}
<|end|>
<|assistant|>
====
You: {user_turn}
Bot: {bot_turn}
You: {next_user_turn}
Bot:
====
[CONTEXT]
$context
[QUESTION]
$question
[ANSWER]
====
template: |
  You are {{ agent_name }}. {{ agent_goal }}
  Tools: {{ tools | join(", ") }}
  Begin.
""")

ITEMS = {
    "p8_system_prompt": _LONG,
    "p5_template": _TEMPLATES,
}
