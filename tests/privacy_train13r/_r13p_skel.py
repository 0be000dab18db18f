"""Prompts, one of a kind (fourth set): template skeletons, each written out by hand."""

from __future__ import annotations

from _r13util import blocks

LABEL = "prompt"

_SKEL = blocks("""
<request>{user_request}</request>
<repo_tree>{tree}</repo_tree>
Decide which files to open first.
====
### Task
{{ task }}
### Files
{{ files | join("\\n") }}
### Plan
====
Rewrite the text in a {style} style.
Text: {text}
Rewritten:
====
<diff>
{diff}
</diff>
<commit_message>
====
{% raw %}{{{% endraw %}{{ var }}{% raw %}}}{% endraw %} is a placeholder. Fill it using {{ source }}.
====
Q: {q1}
A: {a1}
Q: {q2}
A: {a2}
Q: {question}
A:
====
<issue_title>{title}</issue_title>
<issue_body>{body}</issue_body>
<labels>{labels}</labels>
Suggest a fix.
====
`Given this error:\\n${err}\\nand this file:\\n${file}\\nexplain the cause in one paragraph.`
====
{{!-- system --}}
{{persona}}
{{!-- user --}}
{{message}}
====
Input JSON: {payload}
Extract: {fields}
Result JSON:
====
$system_prompt

---
$conversation
---
Next reply:
====
{% set role = "reviewer" %}You are acting as {{ role }}. Review {{ pr.title }} ({{ pr.url }}).
====
"Correct the grammar of the sentence below. Return only the sentence.\\n\\n%s" % sentence
====
<before>{old_code}</before>
<after>
====
Question: {question}
Options:
A) {a}
B) {b}
C) {c}
D) {d}
Correct option:
====
### System
{system}
### Tools
{tool_specs}
### Conversation
{turns}
### Next action
====
{{ range .Examples }}Input: {{ .In }}
Output: {{ .Out }}
{{ end }}Input: {{ .Query }}
Output:
====
Function name: {name}
Signature: {signature}
Body:
{body}
Docstring:
====
[system]({system_text})
[user]({user_text})
====
<<SYS>>{persona}<</SYS>> {user_line}
====
title: {title}
---
{body}
---
tl;dr:
====
{query}
Think it through, then put the final answer after "####".
====
<search_results>
{% for r in results %}<result index="{{ loop.index }}">{{ r.snippet }}</result>
{% endfor %}</search_results>
Cite results by index.
====
Code:
{code}
Language: {lang}
Bugs found (one per line, or "none"):
====
f"Here is the test output:\\n{output}\\nWhich test failed first and why?"
====
User story: {story}
Gherkin scenarios:
====
### Old docstring
{old}
### Code after the change
{code}
### Updated docstring
====
<ctx>{{ctx}}</ctx><ask>{{ask}}</ask><say>
""")

ITEMS = {"p5_template": _SKEL}
