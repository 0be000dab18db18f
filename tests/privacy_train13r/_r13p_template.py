"""Prompts: template skeletons that are mostly placeholders, tags and role markers."""

from __future__ import annotations

import random

from _r13util import blocks, fill

LABEL = "prompt"

_SKELETONS = blocks("""
<task>{task}</task>
====
### Instruction:
{instruction}

### Response:
====
{context}

Question: {question}
Answer:
====
An instruction follows, together with some input it refers to. Produce the text that carries out the instruction.

### Instruction:
{instruction}

### Input:
{input}

### Response:
====
<|system|>
{system_message}
<|user|>
{prompt}
<|assistant|>
====
{% for message in messages %}{% if message['role'] == 'system' %}<<SYS>>{{ message['content'] }}<</SYS>>{% else %}[INST] {{ message['content'] }} [/INST]{% endif %}{% endfor %}
====
You are {{role}}. The user asks: {{query}}. Use the documents below.
{{#each documents}}
- {{this.title}}: {{this.snippet}}
{{/each}}
====
f"Summarize the following text in {max_words} words:\\n\\n{text}\\n\\nSummary:"
====
<context>
{retrieved_chunks}
</context>
<question>{user_question}</question>
Answer using only the context.
====
Human: {input}

AI:
====
Turn the user's latest message into a question that makes sense without the earlier messages.

Earlier messages:
{chat_history}
Latest message: {question}
Self-contained question:
====
<instructions>
{instructions}
</instructions>
<document>
{document}
</document>
====
[INST] <<SYS>>
{system}
<</SYS>>

{user_msg} [/INST]
====
Original code:
```{language}
{original_code}
```
Requested change: {change_request}
Updated code:
====
{% if tools %}You can call these functions:
{% for t in tools %}- {{ t.name }}: {{ t.description }}
{% endfor %}{% endif %}
{{ user_input }}
====
Reference material:
=====
{context_str}
=====
Using the reference material rather than what you already know, reply to: {query_str}
Reply:
====
<start_of_turn>user
{prompt}<end_of_turn>
<start_of_turn>model
====
PREFIX = "Work out the answer to the question, using the tools where they help."
SUFFIX = "Start now.\\n\\nQuestion: {input}\\nReasoning so far:{scratch}"
====
<file path="{path}">
{content}
</file>
<instruction>{edit_instruction}</instruction>
====
Write a {tone} email to {recipient} about {topic}. Keep it under {n} sentences.
====
<|im_start|>system
{system}<|im_end|>
<|im_start|>user
{user}<|im_end|>
<|im_start|>assistant
====
Review this pull request.
Title: ${PR_TITLE}
Description: ${PR_BODY}
Diff:
${DIFF}
====
<%= system_prompt %>

User: <%= user_message %>
Bot:
====
Translate from {source_lang} to {target_lang}:
{source_lang}: {text}
{target_lang}:
====
{{ system_prompt }}

## Repository map
{{ repo_map }}

## Files in chat
{% for f in files %}{{ f.path }}
```
{{ f.content }}
```
{% endfor %}
====
Title: {title}
Labels: {labels}
Body:
{body}

Which team should own this issue? Reply with the team name.
====
<|begin_of_text|><|start_header_id|>system<|end_header_id|>

{system_prompt}<|eot_id|><|start_header_id|>user<|end_header_id|>

{user_prompt}<|eot_id|><|start_header_id|>assistant<|end_header_id|>
====
prompt_template = \"\"\"Read the passages, then answer the question that comes after them.
{context}
Question: {question}
Your answer:\"\"\"
====
SYSTEM: {sys}
USER: {usr}
ASSISTANT:
====
<goal>{goal}</goal>
<constraints>{constraints}</constraints>
<output_format>{format}</output_format>
====
{{- if .SystemPrompt }}<system>{{ .SystemPrompt }}</system>{{ end }}
{{- range .Messages }}<{{ .Role }}>{{ .Content }}</{{ .Role }}>{{ end }}
====
Text: {text}
Sentiment:
====
`Generate ${count} unit tests for the function below. Use ${framework}.\\n\\n${code}`
====
Problem:
{problem}

Solution in {language}:
""")

_TAGS = [("task", "task"), ("instructions", "instructions"), ("query", "query"), ("diff", "diff"),
         ("code", "code"), ("goal", "goal"), ("examples", "examples"), ("user_request", "request"),
         ("repository_context", "repo_context"), ("file_contents", "file"), ("error", "error_log")]

_MIDDLE = [
    "Answer using only what is inside the tags above.",
    "Respond with the edited code only.",
    "Think about the request, then answer.",
    "If the tags are empty, reply with NONE.",
    "Follow the instructions in the first block; the second block is data.",
    "",
    "Now complete the task.",
    "Use the examples as a guide for style.",
]

_FRAMES = [
    "<<a>>\n<<b>>\n<<m>>",
    "<<a>>\n\n<<m>>\n\n<<b>>",
    "<<m>>\n<<a>>\n<<b>>\n<<c>>",
    "<<a>><<b>>",
    "### <<h>>\n<<a>>\n### <<h>>\n<<b>>\n### Response:",
    "<<h>>: <<v>>\n<<h>>: <<v>>\n<<m>>",
]


def combos(rng: random.Random) -> dict[str, list[str]]:
    tagged = [f"<{t}>\n{{{v}}}\n</{t}>" for t, v in _TAGS] + [f"<{t}>{{{{ {v} }}}}</{t}>" for t, v in _TAGS]
    heads = ["Instruction", "Input", "Context", "Question", "Task", "Code", "Error", "Examples", "Spec"]
    vals = ["{instruction}", "{input}", "{{ context }}", "${QUESTION}", "{task}", "{code_snippet}", "{{error}}",
            "<%= examples %>", "{spec}"]
    out = fill(rng, _FRAMES, {"a": tagged, "b": tagged, "c": tagged, "m": _MIDDLE, "h": heads, "v": vals}, 60)
    return {"p5_template": out}


ITEMS = {"p5_template": _SKELETONS}
