"""Prompts, model output and chat text as they land in each handoff field."""

from __future__ import annotations

import json
import random

from _b12intl import intl_answer, intl_request, intl_transcript
from _b12rand import FILES, HEX, PROVIDERS, REPOS, TESTS_, flatten, hhmm, iso, pick, rs

TASKS = [
    "refactor the retry loop in {f} so it uses exponential backoff with jitter",
    "write unit tests for the date parser, including DST boundaries",
    "explain why {t} fails only on CI and not on my laptop",
    "convert this bash script to Python and keep the same flags",
    "summarise the last 20 commits as release notes for customers",
    "make the error messages in {f} friendlier for non-technical users",
    "translate the onboarding copy into German and Spanish",
    "review this SQL migration and tell me if it will lock the orders table",
    "find the bug in {f}: the cache never evicts anything",
    "write a haiku about flaky tests",
    "draft a reply to the customer who reported the double charge",
    "generate 10 realistic fake user records as JSON",
    "add type hints to every function in {f}",
    "rewrite the README intro so a new contributor understands it in 30 seconds",
    "propose a schema for storing per-tenant rate limits",
    "write a cover letter for a junior backend developer position at a fintech startup",
    "summarise this article about the EU AI Act for a non-lawyer",
    "give me a 3-day itinerary for Lisbon on a small budget",
    "help me answer question 4 of my operating systems homework about page tables",
    "write a LinkedIn post announcing our new open-source CLI",
    "rewrite my performance review self-assessment so it sounds more confident",
    "create a study plan for the AWS Solutions Architect exam in six weeks",
    "write a regex that matches ISO 8601 dates with optional milliseconds",
    "explain the difference between a mutex and a semaphore with an analogy",
    "generate a docker-compose file for postgres, redis and a node api",
    "turn these meeting notes into action items with owners",
    "write a polite message to my landlord about the broken heating",
    "come up with five names for a coffee shop that also sells books",
    "write a SQL query that returns the top 10 customers by revenue per month",
    "critique my system design for a URL shortener and list the bottlenecks",
    "draft a privacy policy section about cookies for a small SaaS",
    "write a bedtime story about a robot who learns to paint, for a 6 year old",
    "explain what this stack trace means and how to fix it",
    "write a Kubernetes readiness probe for a Spring Boot app",
    "make this email to my manager shorter and less defensive",
    "create 20 multiple-choice quiz questions about photosynthesis",
    "act as the interviewer and ask me system design questions one at a time",
    "list the pros and cons of moving our monolith to microservices",
    "write a Terraform module for an S3 bucket with versioning and encryption",
    "grade my essay on climate policy out of 10 and explain the grade",
]
STRONG = [
    "Answer in under 100 words.", "Respond only with the code, no explanation.", "Return valid JSON with keys 'title' and 'body'.",
    "Think step by step.", "Format your answer as a markdown table.", "If you are unsure, say so instead of guessing.",
    "Do not include any commentary before or after your answer.", "Output only the final answer.",
    "Reply in the same language I used.", "Give your answer as a numbered list, then a one-line TL;DR.",
]
WEAK = ["Use a friendly tone.", "Don't use any external libraries.", "Explain it like I'm new to Go.", "Be concise.",
        "Keep the public API unchanged."]
CONSTRAINTS = STRONG + WEAK
PERSONAS = [
    "You are a senior Python engineer.", "You are a helpful assistant that writes release notes.",
    "Act as a strict code reviewer.", "You are an expert SRE.", "Pretend you are a technical writer at Stripe.",
    "From now on answer as a database consultant.", "You are Claude, an AI assistant made by Anthropic.",
    "You are a friendly support bot for Acme Cloud.",
]


def _task(r: random.Random) -> str:
    return pick(r, TASKS).format(f=pick(r, FILES), t=pick(r, TESTS_))


def _request(r: random.Random) -> str:
    """A request to a model: a persona, a task and/or output constraints, as people write them."""
    t = _task(r)
    shape = r.randrange(6)
    if shape == 0:
        return f"{pick(r, PERSONAS)} {t[0].upper() + t[1:]}. {pick(r, CONSTRAINTS)}"
    if shape == 1:
        return f"{t[0].upper() + t[1:]}. {pick(r, STRONG)} {pick(r, WEAK)}"
    if shape == 2:
        return f"can you {t}? {pick(r, STRONG).lower()}"
    if shape == 3:
        return (f"I'm working on {pick(r, REPOS)} and {pick(r, ['I am stuck', 'I need help', 'I have a problem'])}. "
                f"Please {t}. {pick(r, STRONG)}")
    if shape == 4:
        return f"Your task: {t}.\nConstraints:\n- {pick(r, STRONG)}\n- {pick(r, CONSTRAINTS)}"
    return f"hey, {t} pls. {pick(r, STRONG)}"


ANSWER_OPENERS = ["Sure! Here's", "Great question. Here is", "Certainly. Below is", "Of course! I've put together",
                  "Here's", "Absolutely — here is", "Good catch! Here's"]
ANSWER_CLOSERS = ["Let me know if you'd like me to adjust anything!", "I hope this helps.",
                  "Would you like me to add tests for this as well?", "Feel free to ask if anything is unclear.",
                  "If you want, I can also explain the trade-offs in more detail.", ""]


ANSWERS = [
    ("an explanation of the failure",
     "1. The lock is taken before the retry, so a second writer waits forever.\n2. Move the acquire inside the loop.\n3. Add a timeout."),
    ("a refactored version of the function",
     "```python\ndef backoff(attempt: int) -> float:\n    return min(30.0, 0.5 * 2 ** attempt) * random.random()\n```"),
    ("the release notes",
     "- Faster exports (up to 3x on large workspaces)\n- Fixed a crash when the timezone was missing\n- New: rate-limit banner"),
    ("what is going on",
     "The root cause is that the test depends on wall-clock time. On CI the runner is slower, so the 200 ms window is missed."),
    ("a draft reply to the customer",
     "Hi Jordan,\n\nThank you for reporting this, and sorry for the double charge. We have refunded the second payment."),
    ("a 3-day itinerary",
     "**Day 1:** Alfama and the castle, dinner in Mouraria.\n**Day 2:** Belém (tower, monastery, pastéis).\n**Day 3:** Day trip to Sintra."),
    ("a regex that should work",
     "```\n^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$\n```\nThis matches the date, the time and optional milliseconds."),
    ("a simple analogy",
     "Think of a mutex as the single key to a bathroom: one person at a time. A semaphore is a bowl of three keys at a hotel desk."),
    ("the action items",
     "| owner | action | due |\n|---|---|---|\n| Dana | finalise the budget | Fri |\n| Marek | book the venue | Mon |"),
    ("a shorter, calmer version",
     "Hi Sam, thanks for the feedback. I agree the rollout slipped; here is what I will change for next sprint."),
    ("some name ideas",
     "1. Chapter & Roast\n2. The Reading Bean\n3. Brew & Binding\n4. Inkwell Café\n5. Page Turner Coffee"),
    ("my assessment of your design",
     "Overall this is a solid start. The main bottleneck is the single write database; consider sharding by the hash of the short code."),
]


def _answer(r: random.Random, bare_ok: bool = True) -> str:
    """A model's answer; bare (no chatbot framing) only where the carrier already says it is one."""
    what, body = ANSWERS[r.randrange(len(ANSWERS))]
    if bare_ok and r.random() < 0.3:
        return body + (f"\n\n{pick(r, ANSWER_CLOSERS[:5])}" if r.random() < 0.5 else "")
    return _answer_framed(r, what, body)


def _answer_framed(r: random.Random, what: str, body: str) -> str:
    closer = pick(r, ANSWER_CLOSERS)
    return f"{pick(r, ANSWER_OPENERS)} {what}:\n\n{body}" + (f"\n\n{closer}" if closer else "")


def _maybe_flat(r: random.Random, text: str, p: float = 0.35) -> str:
    return flatten(r, text) if "\n" in text and r.random() < p else text


# ----- note bodies -----------------------------------------------------------------------------

def note_pasted_prompt(r: random.Random) -> str:
    label = pick(r, ["prompt I used:", "Prompt:", "what I asked claude:", "sent to gpt-4.1 ->", "the prompt that worked:",
                     "", "", "system prompt for the triage bot:", "asked the model:"])
    body = _request(r)
    return _maybe_flat(r, f"{label} {body}".strip() if label and "\n" not in body else (f"{label}\n{body}" if label else body))


def note_quoted_user_request(r: random.Random) -> str:
    req = _request(r).replace("\n", " ")
    return pick(r, [
        f'User asked: "{req}"',
        f"The user's request, verbatim: {req}",
        f"user wants: '{req}' - started on it, half done",
        f"Original ask from the chat: {req}",
        f'Request (copied from the session): "{req}"\nStatus: in progress',
        f"> {req}\n\nthat's what the user typed; I did the first part.",
    ])


def note_model_answer(r: random.Random) -> str:
    label = pick(r, ["model output (verbatim):", "its full response was:", "Claude said:", "the assistant replied:",
                     "gpt's answer, pasting for later:", "", "", "answer from the model:"])
    ans = _answer(r, bare_ok=bool(label))
    text = f"{label}\n{ans}" if label else ans
    return _maybe_flat(r, text, 0.25)


def note_oneline_transcript(r: random.Random) -> str:
    u, a = pick(r, [("User", "Assistant"), ("Human", "Assistant"), ("me", "claude"), ("Q", "A"), ("[user]", "[assistant]"),
                    ("<user>", "<assistant>"), ("You", "ChatGPT"), ("dana", "copilot")])
    q = _request(r).split("\n")[0]
    ans = pick(r, ["Sure, the issue is the missing await on line 12.", "Here is the fixed function: def f(x): return x or 0",
                   "I can't access your repository, but based on the error it's a timezone problem.",
                   "Certainly! Use a partial index on status where status = 'open'.",
                   "You're right, I apologize for the confusion. The correct flag is --no-cache."])
    if u.startswith("<"):
        return f"{u}{q}{u.replace('<', '</')} {a}{ans}{a.replace('<', '</')}"
    sep = " " if u.startswith("[") else ": "
    return f"{u}{sep}{q} {a}{sep}{ans}"


def note_intl_prompt(r: random.Random) -> str:
    k = r.random()
    if k < 0.55:
        return intl_request(r)
    if k < 0.75:
        return intl_answer(r)
    return intl_transcript(r)


# ----- next actions ------------------------------------------------------------------------------

def next_prompt(r: random.Random) -> str:
    req = _request(r).replace("\n", " ")
    return pick(r, [
        f'ask the model: "{req}"',
        f"paste into claude: {req}",
        f"re-run prompt -> {req}",
        f"continue the user's request: {req}",
        f"answer the user ('{req}')",
        f"try this prompt on o4-mini too: {req}",
    ])


# ----- validation command lines and summaries ----------------------------------------------------

def validation_prompt_cli(r: random.Random) -> str:
    req = _request(r).split("\n")[0].replace('"', "'")
    prov, model = pick(r, PROVIDERS)
    return pick(r, [
        f'llm -m {model} "{req}"',
        f'claude -p "{req}" --output-format json',
        f'ollama run {pick(r, ["llama3.1", "qwen2.5-coder:14b", "mistral"])} "{req}"',
        f'codex exec "{req}"',
        f'gemini -p "{req}"',
        f'echo "{req}" | sgpt --code',
        f"curl https://api.openai.com/v1/chat/completions -d '{{\"model\":\"{model}\",\"messages\":[{{\"role\":\"user\",\"content\":\"{req}\"}}]}}'",
        f'aichat -r coder "{req}"',
        f'python eval.py --prompt "{req}"',
    ])


def validation_summary_model_output(r: random.Random) -> str:
    ans = _answer(r).split("\n")[0]
    return pick(r, [
        f"exit 0; model said: {ans}",
        f"eval output: {ans}",
        f"{ans} (from the judge model)",
        "judge: 'The response correctly identifies the root cause but misses the timeout.' score 7/10",
        f"reply: {pick(r, ANSWER_CLOSERS[:5])} {pick(r, ANSWER_OPENERS)} the fix",
    ])


# ----- config facts ------------------------------------------------------------------------------

def config_prompt_value(r: random.Random) -> str:
    key = pick(r, ["system_prompt", "review.prompt", "agent.instructions", "summarizer.template", "triage.system",
                   "prompts.commit_message", "bot.persona", "llm.preamble"])
    sep = pick(r, ["=", ": ", " = "])
    val = pick(r, [
        f"{pick(r, PERSONAS)} {pick(r, CONSTRAINTS)} {pick(r, CONSTRAINTS)}",
        f"Summarise the following diff as a conventional commit message. {pick(r, CONSTRAINTS)} Diff: {{diff}}",
        f"{pick(r, PERSONAS)} Classify the issue below as bug, feature or question and reply with one word.\\n\\nIssue: {{body}}",
        f"You review pull requests for {pick(r, REPOS)}. Point out risky changes first. {pick(r, CONSTRAINTS)}",
        "Answer the user's question using only the context. If it isn't there, say you don't know.\\nContext: {ctx}\\nQuestion: {q}",
    ])
    return f"{key}{sep}{json.dumps(val) if r.random() < 0.3 else val}"


# ----- PR / issue titles and bodies -------------------------------------------------------------

def pr_body_prompt(r: random.Random) -> str:
    req = _request(r)
    ans = _answer(r)
    return pick(r, [
        f"### What happened\nI asked the bot:\n\n> {req.replace(chr(10), chr(10) + '> ')}\n\nand it answered:\n\n> "
        + ans.replace("\n", "\n> "),
        f"Bug: the assistant ignores the system prompt\n\nSystem prompt:\n```\n{pick(r, PERSONAS)} {pick(r, CONSTRAINTS)}\n```\n"
        f"User: {req.splitlines()[0]}\nAssistant: {ans.splitlines()[0]}",
        f"Generated with the following prompt: \"{req.splitlines()[0]}\"",
        f"## Description\n{ans}",
        f"Repro transcript:\n\nuser: {req.splitlines()[0]}\nassistant: {ans.splitlines()[0]}\nuser: that didn't work, try again\n"
        f"assistant: You're right, sorry about that. Here is a corrected version.",
        f"Prompt regression: `{req.splitlines()[0]}` now returns \"{ans.splitlines()[0]}\"",
    ])


# ----- health detail ----------------------------------------------------------------------------

def health_detail_prompt(r: random.Random) -> str:
    ans = pick(r, ["I'm sorry, but I can't help with that request.", "Sure! Here's the refactored function:",
                   "As an AI language model, I don't have access to your files.",
                   "I apologize for the confusion. Let me try again."])
    req = _request(r).split("\n")[0]
    return pick(r, [
        f"degraded: truncated replies, last one was \"{ans}\"",
        f"overloaded_error on the prompt '{req}'",
        f"returns refusals: {ans}",
        f"rate-limited until {hhmm(r)}; the request that hit it: {req}",
        f"ok, test prompt \"{req}\" answered \"{ans}\"",
    ])


# ----- session summaries ------------------------------------------------------------------------

def summary_prompt(r: random.Random) -> str:
    repo = pick(r, REPOS)
    k = r.randrange(4)
    if k == 0:
        opener = pick(r, ["I've finished the changes you asked for!", "All done!", "I've completed the task.",
                          "Everything you requested is in place.", "Okay, I wrapped this up for you."])
        return (f"{opener} Here's a summary of what I did:\n\n"
                f"1. Fixed the retry loop in {pick(r, FILES)}\n2. Added tests for the timeout\n3. Opened a PR on {repo}\n\n"
                f"{pick(r, ANSWER_CLOSERS[:5])}")
    if k == 1:
        return (f"{pick(r, ['Great news', 'Good news', 'Success', 'Update'])} — all tests are passing now. I updated {pick(r, FILES)} and "
                f"{pick(r, FILES)} as you asked ({_task(r)}). Would you like me to also update the documentation?")
    if k == 2:
        req = _request(r).replace("\n", " ")
        return f"{pick(r, ['Session summary', 'Wrap-up', 'End of session', 'Recap'])}\nYou asked me to: \"{req}\"\nI completed the first half; the rest is in the next actions."
    return _maybe_flat(r, f"Summary of our conversation:\nUser: {_request(r).splitlines()[0]}\nMe: {_answer(r).splitlines()[0]}\n"
                          f"User: ok do it\nMe: Done! The PR is open on {repo}.", 0.4)


# ----- imported records ---------------------------------------------------------------------------

def import_chat_record(r: random.Random) -> str:
    req = _request(r)
    ans = _answer(r)
    shapes = [
        {"messages": [{"role": "system", "content": pick(r, PERSONAS)}, {"role": "user", "content": req},
                      {"role": "assistant", "content": ans}]},
        {"prompt": req, "completion": ans},
        {"instruction": _task(r), "input": "", "output": ans},
        {"conversations": [{"from": "human", "value": req}, {"from": "gpt", "value": ans}]},
        {"speaker": "user", "text": req, "ts": iso(r)},
        {"type": "assistant", "message": {"role": "assistant", "content": [{"type": "text", "text": ans}]},
         "sessionId": rs(r, HEX, 8)},
        {"query": req, "response": ans, "model": pick(r, PROVIDERS)[1]},
        {"timestamp": iso(r), "provider": pick(r, PROVIDERS)[0], "request": {"prompt": req}, "status": 200},
        {"system": pick(r, PERSONAS), "prompt": req},
        {"question": req, "chosen": ans, "rejected": "I don't know."},
    ]
    rec = pick(r, shapes)  # type: ignore[arg-type]
    lines = [json.dumps(rec, ensure_ascii=False)]
    if r.random() < 0.3:
        lines.append(json.dumps({"speaker": "assistant", "text": ans, "ts": iso(r)}, ensure_ascii=False))
    return "\n".join(lines)


def import_agent_event_prompt(r: random.Random) -> str:
    req = _request(r).split("\n")[0]
    narr = pick(r, ["I'll start by reading the failing test to understand the timeout.",
                    "Let me check the migration first, then I'll update the model.",
                    "Now I understand the issue: the cache key ignores the tenant. Let me fix that.",
                    "I've made the change. Let me run the tests to verify."])
    recs = [
        {"ts": iso(r), "event": "user_prompt_submit", "prompt": req},
        {"ts": iso(r), "type": "assistant_text", "text": narr},
        {"step": r.randint(1, 40), "thought": narr, "action": "bash", "action_input": "pytest -q", "observation": "3 failed"},
        {"hook": "UserPromptSubmit", "session_id": rs(r, HEX, 8), "payload": {"prompt": req}},
        {"tool": "Task", "input": {"description": "subagent", "prompt": req}, "status": "ok"},
    ]
    lines = [json.dumps(pick(r, recs), ensure_ascii=False)]  # type: ignore[arg-type]
    if r.random() < 0.4:
        lines.insert(0, json.dumps({"ts": iso(r), "tool": "Read", "path": pick(r, FILES), "status": "ok", "lines": r.randint(10, 900)}))
    return "\n".join(lines)


# ----- whole pastes -----------------------------------------------------------------------------

def paste_transcript(r: random.Random) -> str:
    u, a = pick(r, [("User", "Assistant"), ("Human", "AI"), ("You", "Claude"), ("**User:**", "**Assistant:**"),
                    ("## User", "## Assistant"), (">>> ", ""), ("[me]", "[bot]")])
    turns = []
    for i in range(r.randint(1, 3)):
        q = _request(r) if i == 0 else pick(r, ["that still fails, same error", "shorter please", "why?",
                                                  "ok now add tests", "can you explain the second step?"])
        ans = _answer(r) if i == 0 else pick(r, ["You're right — I missed the await. Here's the corrected version.",
                                                 "Sure, here's a shorter version:\n- fix the lock\n- add timeout",
                                                 "Because the connection is reused across threads.",
                                                 "Of course! Here are the tests:\n```python\ndef test_timeout(): ...\n```"])
        if u == ">>> ":
            turns.append(f">>> {q}\n{ans}")
        elif u.startswith("##"):
            turns.append(f"{u}\n{q}\n\n{a}\n{ans}")
        else:
            turns.append(f"{u} {q}\n{a} {ans}" if u.endswith(("]", ":**")) else f"{u}: {q}\n{a}: {ans}")
    return "\n\n".join(turns)


def paste_terminal_llm(r: random.Random) -> str:
    req = _request(r).split("\n")[0]
    ans = _answer(r).split("\n")
    model = pick(r, ["llama3.1", "qwen2.5-coder:7b", "mistral", "phi3"])
    return pick(r, [
        f"$ ollama run {model}\n>>> {req}\n" + "\n".join(ans[:3]) + "\n>>> /bye",
        f"$ llm chat -m {pick(r, PROVIDERS)[1]}\nChatting with the model\n> {req}\n" + "\n".join(ans[:3]),
        f"❯ claude -p \"{req}\"\n" + "\n".join(ans[:4]),
        f"$ sgpt \"{req}\"\n" + "\n".join(ans[:3]),
    ])


def code_prompt_template(r: random.Random) -> str:
    persona, cons = pick(r, PERSONAS), pick(r, CONSTRAINTS)
    return pick(r, [
        f'SYSTEM_PROMPT = """{persona}\n{cons}\nAlways cite the file and line you are talking about."""',
        f"const prompt = `{persona} Here is the diff:\\n${{diff}}\\n{cons}`;",
        f"messages = [\n    {{\"role\": \"system\", \"content\": \"{persona}\"}},\n    {{\"role\": \"user\", \"content\": f\"{_task(r)}: {{code}}\"}},\n]",
        f"template: |\n  {persona}\n  {_task(r)[0].upper() + _task(r)[1:]}.\n  {cons}",
        f"PROMPT = (\n    \"{_task(r)[0].upper() + _task(r)[1:]}. \"\n    \"{cons}\"\n)",
    ])


def paste_intl_transcript(r: random.Random) -> str:
    return intl_transcript(r) + ("\n\n" + intl_transcript(r) if r.random() < 0.3 else "")


PROMPT = {
    "note_pasted_prompt": (note_pasted_prompt, 65),
    "note_quoted_user_request": (note_quoted_user_request, 50),
    "note_model_answer": (note_model_answer, 60),
    "note_oneline_transcript": (note_oneline_transcript, 45),
    "note_intl_prompt": (note_intl_prompt, 70),
    "next_prompt": (next_prompt, 40),
    "validation_prompt_cli": (validation_prompt_cli, 50),
    "validation_summary_model_output": (validation_summary_model_output, 25),
    "config_prompt_value": (config_prompt_value, 50),
    "pr_body_prompt": (pr_body_prompt, 50),
    "health_detail_prompt": (health_detail_prompt, 30),
    "summary_prompt": (summary_prompt, 50),
    "import_chat_record": (import_chat_record, 70),
    "import_agent_event_prompt": (import_agent_event_prompt, 40),
    "paste_transcript": (paste_transcript, 55),
    "paste_terminal_llm": (paste_terminal_llm, 40),
    "paste_code_prompt_template": (code_prompt_template, 40),
    "paste_intl_transcript": (paste_intl_transcript, 40),
}
