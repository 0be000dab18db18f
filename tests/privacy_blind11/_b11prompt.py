"""Prompt categories of blind11: requests to a model, model answers and chat transcripts, as they
land in an agent's context (shell history, CI files, notes, logs, datasets, code, pasted chats)."""
import json

from _b11rand import (
    FILES,
    PEOPLE,
    REPOS,
    SERVICES,
    USERS,
    log_prefix,
    tok,
    ts,
    ulid,
    uuid4,
)

# Requests written by different people. No "please", "you are", "act as" needed: plain asks.
ASKS = [
    "write a bash one-liner that finds every file over 100MB under /var and sorts them by size",
    "explain what this regex does: ^(?=.*\\d)(?=.*[a-z]).{8,}$",
    "rewrite this paragraph so it sounds less defensive, it's for my manager",
    "give me three names for an internal tool that tracks flaky tests",
    "summarise the attached incident timeline in five bullet points for the exec channel",
    "why would pandas read_csv turn my zip codes into floats and how do I stop it",
    "convert this docker run command into a compose file",
    "what's the difference between a liveness probe and a readiness probe, short answer",
    "draft a polite reply declining the vendor's renewal offer",
    "turn these meeting notes into a list of action items with owners",
    "is O(n log n) the best I can do for this problem or is there a linear trick",
    "make this SQL faster, it scans the whole orders table every time",
    "write unit tests for the parse_duration function below, cover negative values",
    "translate the error message into plain English for a customer",
    "suggest a commit message for this diff",
    "how do I explain p-values to a product manager without lying",
    "plot the residuals of this regression and tell me if the model is overfitting",
    "pick a good chart for showing churn by cohort and write the matplotlib code",
    "I have exam tomorrow about TCP handshake, explain me in simple words",
    "for my homework I need a recursive fibonacci in C with memo, can you do it",
    "what does 'eventual consistency' mean, give a real life example",
    "proofread my cover letter and fix the grammar only, don't change the tone",
    "generate 20 fake but realistic customer records as CSV for a demo",
    "outline a 30 minute talk about our migration from cron to airflow",
    "compare terraform and pulumi for a team of four that already writes typescript",
    "write a haiku about a failing build",
    "list the steps to rotate a TLS certificate on nginx without downtime",
    "what should I ask in a system design interview for a senior SRE",
    "refactor this class into smaller functions and keep the public API",
    "tell me why this goroutine leaks",
    "estimate how many requests per second one postgres primary can take for this workload",
    "write the README intro for a CLI that syncs dotfiles",
    "make a study plan for learning Rust in six weeks, 5 hours a week",
    "explain the stack trace below and tell me where to look first",
    "create a regex that matches ISO dates but not times",
    "please can you check my english in this email before I send to client",
    "i am not native speaker, can you make this message more professional",
    "rank these five job offers by long term growth, here are the details",
    "write a limerick for Olek's farewell card, he loves kayaking and kubernetes",
    "what are the tradeoffs of using UUIDv7 as primary key",
    "give me a shell script that backs up ~/projects to the NAS every night",
    "write a cover letter for a junior data analyst role, I know SQL and Tableau",
    "help me name the columns of this dataframe in snake_case",
    "answer only with yes or no: can a k8s pod have two containers on the same port",
    "be brief. what's a bloom filter",
    "pretend the reader is a new hire and explain our deploy pipeline from the notes below",
    "pros and cons of monorepo for 12 engineers, table format",
    "continue the story from where I stopped, keep the same voice",
    "draft the postmortem summary: db failover took 14 minutes, root cause was DNS TTL",
    "reply to this customer who says the export is broken, be empathetic",
]
SUBJECTS = ["the retry logic in {f}", "our {s} service", "the {s} dashboard", "this stack trace from {s}",
            "the flaky test in {f}", "the {s} migration plan", "the README of {repo}", "my thesis chapter 3",
            "the churn model notebook", "the on-call handover doc"]
VERBS = ["Review", "Simplify", "Explain", "Critique", "Summarise", "Document", "Find the bug in", "Write tests for",
         "Suggest improvements to", "Rewrite", "Shorten", "Translate into German"]
TAILS = ["", " and keep it under 200 words", " in bullet points", ", assume I'm a beginner", " with code examples",
         ". Be blunt.", ", no preamble", " and give me a score out of 10", " step by step", ", answer in markdown"]


def _sub(r, s):
    return s.format(f=r.choice(FILES), s=r.choice(SERVICES), repo=r.choice(REPOS))


def request(r):
    if r.random() < 0.55:
        return r.choice(ASKS)
    return f"{r.choice(VERBS)} {_sub(r, r.choice(SUBJECTS))}{r.choice(TAILS)}"


def request_cap(r):
    q = request(r)
    end = r.choice(["", ".", "?", "!", " thx", " pls"])
    if q[-1] in ".?!" and end in (".", "?", "!"):
        end = ""
    return q[0].upper() + q[1:] + end


ANSWERS = [
    "The leak comes from the goroutine started in `watch()`: it blocks on `ch <- ev` after the caller stopped reading.\n"
    "Fix: pass a `ctx` and select on `ctx.Done()`:\n\n```go\nselect {\ncase ch <- ev:\ncase <-ctx.Done():\n    return\n}\n```\n"
    "With that change the goroutine exits when the request is cancelled.",
    "Short version: a liveness probe tells Kubernetes when to restart a container; a readiness probe tells it when to send traffic.\n"
    "- Use readiness for warm-up and dependency checks.\n- Keep liveness cheap and local, or you'll get restart loops during outages.",
    "Here are three options:\n1. **Flakefinder** - says what it does.\n2. **Wobble** - short and memorable.\n3. **Retrograde** - for the tests that keep coming back.",
    "Your query does a sequential scan because the filter uses `date(created_at)`, which can't use the index.\n"
    "Rewrite it as a range:\n\n```sql\nWHERE created_at >= '2026-11-01' AND created_at < '2026-12-01'\n```\nThen the b-tree index on created_at applies.",
    "Sure! Here's a revised version that keeps your tone but sounds less defensive:\n\n"
    "\"Thanks for flagging the delay. The root cause was a dependency we didn't control; I've added a check so it won't surprise us again.\"",
    "pandas infers the dtype from the values, and a column with missing entries becomes float64. Pass `dtype={'zip': str}` to read_csv, "
    "or `keep_default_na=False` if empty strings should stay empty.",
    "Great question. A p-value is the probability of seeing data at least this extreme if nothing were going on. "
    "It is not the probability that the result is a fluke. For a PM I'd say: \"if the change did nothing, we'd see a gap this big about 3 times in 100.\"",
    "Based on the timeline you shared, here's a summary:\n- 09:12 alerts fired for elevated 5xx\n- 09:20 on-call identified the bad deploy\n"
    "- 09:31 rollback completed\n- 09:45 error rate back to baseline\n- Follow-up: add canary analysis to the pipeline",
    "I'd go with Pulumi for your team: you already write TypeScript, so you get loops, types and tests for free. "
    "Terraform wins on ecosystem and hiring. If you expect to hire ops people who know HCL, that tips it back.",
    "Red build at dawn /\nthe cache remembers nothing /\nretry, retry, green",
    "Overall this is solid. Three things I'd change:\n1. `process()` does parsing and I/O; split them.\n2. The bare `except:` hides real errors.\n"
    "3. Magic number 86400 should be a named constant.\nScore: 7/10.",
    "The stack trace shows a `NullPointerException` in `OrderMapper.toDto` at line 88. Look at `order.getCustomer()`: "
    "it can be null for guest checkouts. Add a null check or map guests to a placeholder customer.",
    "No. Containers in a pod share a network namespace, so two of them can't bind the same port.",
    "A bloom filter is a bit array plus k hash functions that answers \"definitely not in the set\" or \"maybe in the set\" using very little memory.",
    "Week 1-2: the book chapters 1-8 and rustlings. Week 3: ownership drills, write a CLI. Week 4: traits and generics. "
    "Week 5: async with tokio. Week 6: a small project end to end. Keep a log of compiler errors you didn't understand.",
    "I'm sorry the export isn't working for you. I've checked your account and the job failed because the file was over 2 GB. "
    "I've split it into three parts and sent them to your email. Let me know if anything is missing.",
    "Here is a commit message for the diff:\n\nfix(lock): release the flock when the writer times out\n\n"
    "The writer kept the lock after a timeout, so the next run waited forever. Release it in a finally block.",
    "Let me break this down step by step.\n\nFirst, the TCP handshake has three messages: SYN, SYN-ACK, ACK. "
    "The client sends SYN with its sequence number, the server answers with its own and acknowledges the client's, "
    "and the client acknowledges the server's. After that both sides can send data.",
]
ANSWER_OPENERS = ["", "Sure, here you go.\n\n", "Good catch.\n", "Short answer: ", "Here's what I'd do:\n",
                  "There are two likely causes.\n", "I looked at the code you pasted.\n"]
LABELS = ["Model output (verbatim):", "what gpt said:", "Claude's reply:", "copilot suggested:", "answer from the bot ->",
          "LLM response", "Response:", "ollama says:", "from ChatGPT, pasted as-is:", "AI answer below", "o3 output:",
          "gemini came back with:", "the assistant wrote:", "raw completion:"]


def answer(r):
    return r.choice(ANSWER_OPENERS) + r.choice(ANSWERS)


def _short_answer(r):
    a = r.choice(ANSWERS)
    return a.split("\n")[0]


_PAIRS = {
    "tell me why this goroutine leaks": 0,
    "what's the difference between a liveness probe and a readiness probe, short answer": 1,
    "give me three names for an internal tool that tracks flaky tests": 2,
    "make this SQL faster, it scans the whole orders table every time": 3,
    "rewrite this paragraph so it sounds less defensive, it's for my manager": 4,
    "why would pandas read_csv turn my zip codes into floats and how do I stop it": 5,
    "how do I explain p-values to a product manager without lying": 6,
    "summarise the attached incident timeline in five bullet points for the exec channel": 7,
    "compare terraform and pulumi for a team of four that already writes typescript": 8,
    "write a haiku about a failing build": 9,
    "refactor this class into smaller functions and keep the public API": 10,
    "explain the stack trace below and tell me where to look first": 11,
    "answer only with yes or no: can a k8s pod have two containers on the same port": 12,
    "be brief. what's a bloom filter": 13,
    "make a study plan for learning Rust in six weeks, 5 hours a week": 14,
    "reply to this customer who says the export is broken, be empathetic": 15,
    "suggest a commit message for this diff": 16,
    "I have exam tomorrow about TCP handshake, explain me in simple words": 17,
}


def qa(r, full=False):
    """A request and an answer that fit each other (most of the time; exports also hold loose pairs)."""
    if r.random() < 0.75:
        q = r.choice(sorted(_PAIRS))
        a = ANSWERS[_PAIRS[q]]
        q = q[0].upper() + q[1:] + r.choice(["", "", "?", ".", " pls"])
    else:
        q, a = request_cap(r), r.choice(ANSWERS)
    return q, (a if full else a.split("\n")[0])


# ---------------------------------------------------------------- categories
def model_cli_history(r):
    q = request(r).replace('"', "'")
    m = r.choice(["llama3.1", "qwen2.5-coder:7b", "mistral", "phi4", "gemma3:12b", "deepseek-r1:14b"])
    forms = [
        f'llm "{q}"', f'llm -m {r.choice(["gpt-4o-mini", "claude-3.5-haiku", "gemini-2.0-flash"])} "{q}"',
        f'cat {r.choice(FILES)} | llm -s "{q}"', f'ollama run {m} "{q}"', f'sgpt "{q}"', f'sgpt --shell "{q}"',
        f'aichat -r coder "{q}"', f'mods -f "{q}" < notes.md', f'claude -p "{q}"',
        f'claude -p "{q}" --output-format json', f'codex exec "{q}"', f'codex exec --full-auto "{q}"',
        f'gemini -p "{q}"', f'gh copilot suggest "{q}"', f'gh copilot explain "{q}"',
        f'git diff | claude -p "{q}"', f'echo "{q}" | ollama run {m}',
    ]
    line = r.choice(forms)
    k = r.randrange(5)
    if k == 0:
        return f" {r.randint(200, 9999)}  {line}"
    if k == 1:
        return f": {r.randint(1700000000, 1790000000)}:{r.randint(0, 40)};{line}"
    if k == 2:
        return f"{r.choice(USERS)}@{r.choice(['dev', 'laptop', 'gpu-box', 'ws'])}:~/src$ {line}"
    return line


def ci_prompt_step(r):
    q = request_cap(r)
    k = r.randrange(5)
    if k == 0:
        return ("      - name: AI review\n        run: |\n          curl -s https://api.openai.com/v1/chat/completions \\\n"
                "            -H \"Authorization: Bearer $OPENAI_API_KEY\" -H 'Content-Type: application/json' \\\n"
                f"            -d '{{\"model\":\"gpt-4o\",\"messages\":[{{\"role\":\"user\",\"content\":\"{q}\"}}]}}'")
    if k == 1:
        return (f"  - uses: {r.choice(['anthropics/claude-code-action@v1', 'acme/llm-review@v2'])}\n    with:\n"
                f"      anthropic_api_key: ${{{{ secrets.ANTHROPIC_API_KEY }}}}\n      prompt: |\n        {q}\n        Focus on {r.choice(FILES)}.")
    if k == 2:
        return (f"#!/usr/bin/env bash\nset -euo pipefail\ndiff=$(git diff origin/main...HEAD)\n"
                f"claude -p \"{q}\n\n$diff\" > review.md")
    if k == 3:
        return (f"llm_summary:\n  stage: report\n  script:\n    - >\n      python scripts/ask.py --model gpt-4o-mini\n"
                f"      --prompt \"{q}\"")
    return (f"resp = client.messages.create(\n    model=\"claude-sonnet-4-5\",\n    max_tokens=1024,\n"
            f"    messages=[{{\"role\": \"user\", \"content\": \"{q}\"}}],\n)")


def handoff_field_prompt(r):
    q = request(r).replace('"', "'")
    k = r.randrange(7)
    if k == 0:
        return f'handoff note "asked claude: {q}" --next "check its answer"'
    if k == 1:
        return f'handoff note "{r.choice(["waiting on review", "tests green"])}" --next "prompt for next session: {q}"'
    if k == 2:
        return f'handoff config set review.prompt "You review Python diffs for a fintech team. {request_cap(r)}"'
    if k == 3:
        return json.dumps({"kind": "note", "text": f"next: ask the model to {q}", "next": [q]})
    if k == 4:
        return f"Next actions:\n1. {r.choice(['re-run CI', 'merge #' + str(r.randint(10, 400))])}\n2. paste this to the agent: \"{q}\""
    if k == 5:
        return f"{q}"
    return f"note #{r.randint(3, 99)}: user asked -> {q}"


def bare_request(r):
    q = request_cap(r)
    if r.random() < 0.25:
        ctx = r.choice([f"\n\n```\n{log_prefix(r)}ERROR timeout after 30s\n```", f"\n\n{r.choice(FILES)} attached",
                        "\n\nhere's the data:\nmonth,signups\njan,120\nfeb,134\nmar,98", ""])
        return q + ctx
    return q


def pasted_answer_unlabelled(r):
    return answer(r)


def pasted_answer_labelled(r):
    lab = r.choice(LABELS)
    body = answer(r) if r.random() < 0.7 else _short_answer(r)
    k = r.randrange(4)
    if k == 0:
        return f"{lab}\n{body}"
    if k == 1:
        return f"{lab} {body}"
    if k == 2:
        return f"{lab}\n" + "\n".join("> " + ln for ln in body.split("\n"))
    return f"**{lab}**\n\n{body}"


_HUMAN_CHAT = [
    ("did you see the alert on {s}?", "yeah, looking now. looks like the disk filled up again"),
    ("can you review my PR when you have a sec", "sure, after standup. which one?"),
    ("are we still doing the retro at 3", "moved to tomorrow, Priya is out"),
    ("lunch?", "10 min, finishing a test"),
    ("who owns the {s} cron now", "I think Bram took it over in October"),
    ("the demo env is down again", "ugh. I'll restart it, don't tell sales"),
    ("how was the conference", "good! the talk on eBPF was worth the trip"),
    ("do you know why CI takes 40 min today", "the cache key changed after the lockfile bump"),
    ("happy birthday!!", "thank you 🎉"),
    ("can I take friday off", "fine by me, put it in the calendar"),
]


def _turns(r):
    """A conversation as (speaker, text) pairs: a person with a model, or two people."""
    if r.random() < 0.45:
        a, b = r.sample(PEOPLE, 2)
        q1, a1 = r.choice(_HUMAN_CHAT)
        q2, a2 = r.choice(_HUMAN_CHAT)
        return [(a, _sub(r, q1)), (b, _sub(r, a1)), (a, _sub(r, q2)), (b, _sub(r, a2))][: r.choice([2, 3, 4])]
    p = r.choice(PEOPLE)
    bot = r.choice(["ChatGPT", "Claude", "Copilot", "assistant", "AI", "Gemini", "bot"])
    turns = list(zip((p, bot), qa(r), strict=True))
    if r.random() < 0.5:
        turns += [(p, r.choice(["thanks, and shorter?", "ok but in python", "why?", "doesn't work", "perfect"])),
                  (bot, r.choice(["Here's a shorter version, same idea in fewer words.", "Sure - in Python it's the same idea.",
                                  "Can you paste the error you get?", "Glad it helped!"]))]
    return turns


def chat_export(r):
    turns = _turns(r)
    style = r.randrange(6)
    out = []
    day, minute = r.randint(1, 28), r.randint(8 * 60, 17 * 60)
    for who, text in turns:
        minute += r.randint(0, 6)
        h, m = divmod(minute, 60)
        if style == 0:
            out.append(f"{who}  {h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'}\n{text}")
        elif style == 1:
            out.append(f"[{h:02d}:{m:02d}] {who.lower()}: {text}")
        elif style == 2:
            out.append(f"[12/{day}/2026 {h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'}] {who}: {text}")
        elif style == 3:
            out.append(f"<{who.lower()}> {text}")
        elif style == 4:
            out.append(f"{day:02d}/12/2026, {h:02d}:{m:02d} - {who}: {text}")
        else:
            out.append(json.dumps({"user": who, "ts": f"{r.randint(1700000000, 1790000000)}.{tok(r, 6, '0123456789')}", "text": text}))
    return "\n".join(out)


def agent_toolcall_narration(r):
    q = request_cap(r)
    f = r.choice(FILES)
    k = r.randrange(6)
    narr = r.choice([f"I'll start by reading {f} to see how the retry is wired.",
                     f"The test fails because the fixture path changed; let me update {f}.",
                     "Let me check whether the lock is released on timeout before changing anything.",
                     f"I found the bug: the loop in {f} never increments the offset. I'll fix it and rerun the tests.",
                     "Now I'll run the linter to make sure nothing else broke.",
                     "Good, all 42 tests pass. Next I'll update the changelog."])
    if k == 0:
        return f"> {q}\n\n● {narr}\n\n● Read({f})\n  ⎿  Read {r.randint(40, 400)} lines"
    if k == 1:
        return json.dumps({"type": "assistant", "message": {"content": [
            {"type": "text", "text": narr},
            {"type": "tool_use", "name": r.choice(["Bash", "Read", "Edit"]), "input": {"command": "pytest -q"}}]}})
    if k == 2:
        return f"{ts(r, 0)} user_message: {q}\n{ts(r, 0)} exec: pytest -q (exit 1)\n{ts(r, 0)} agent_message: {narr}"
    if k == 3:
        return f"Thought: {narr}\nAction: run_shell\nAction Input: pytest -q {f}\nObservation: 3 failed, 41 passed"
    if k == 4:
        return f"[tool_call] edit_file path={f}\n[assistant] {narr}"
    return f"codex> {narr}\n$ git diff --stat\n {f} | {r.randint(2, 40)} +++--"


def session_jsonl_turn(r):
    q = request_cap(r)
    k = r.randrange(5)
    sid = uuid4(r)
    if k == 0:
        return json.dumps({"sessionId": sid, "type": "user", "message": {"role": "user", "content": q}, "timestamp": ts(r, 0)})
    if k == 1:
        return json.dumps({"id": ulid(r), "turn": r.randint(1, 30), "speaker": "assistant", "text": answer(r)})
    if k == 2:
        return "\n".join(json.dumps({"event": "turn", "author": who, "body": text}) for who, text in zip(("human", "model"), qa(r), strict=True))
    if k == 3:
        return json.dumps({"type": "response_item", "payload": {"type": "message", "role": "user", "content": [{"type": "input_text", "text": q}]}})
    return json.dumps({"ts": ts(r, 0), "kind": "prompt", "session": sid[:8], "input": q})


def dataset_record(r):
    q, a = qa(r)
    k = r.randrange(10)
    if k == 0:
        return json.dumps({"question": q, "answer": a})
    if k == 1:
        return json.dumps({"instruction": q, "input": "", "output": a})
    if k == 2:
        return json.dumps({"prompt": q, "chosen": a, "rejected": "I can't help with that."})
    if k == 3:
        return json.dumps({"conversations": [{"from": "human", "value": q}, {"from": "gpt", "value": a}]})
    if k == 4:
        return json.dumps({"query": q, "response": a, "source": r.choice(["support", "eng-wiki", "synthetic"])})
    if k == 5:
        return f"id,prompt,completion\n{r.randint(1, 9999)},\"{q}\",\"{a}\""
    if k == 6:
        return f"- q: \"{q}\"\n  a: \"{a}\"\n  tags: [{r.choice(['sql', 'k8s', 'writing', 'python'])}]"
    if k == 7:
        return json.dumps({"input_text": q, "target_text": a, "split": r.choice(["train", "dev"])})
    if k == 8:
        return json.dumps({"human": q, "bot": a})
    return f"{q}\t{a}"


def code_prompt_template(r):
    q = request(r)
    f = r.choice(FILES)
    k = r.randrange(5)
    if k == 0:
        return f'SUMMARY_PROMPT = """\nYou are a release-notes writer.\n{q[0].upper() + q[1:]}.\nKeep it under 100 words.\n"""'
    if k == 1:
        return f"# prompt we send (filled example):\n#   {q}\n#   file: {f}\nresp = llm.complete(prompt)"
    if k == 2:
        return f'def ask(ticket):\n    """Send the ticket to the model.\n\n    Example prompt: "{q}"\n    """\n    return client.generate(build_prompt(ticket))'
    if k == 3:
        return f"// system: You are a terse code reviewer.\n// user: {q}\nconst messages = buildMessages(diff);"
    return f"PROMPTS = {{\n    \"triage\": \"Classify this bug report as P1-P4 and explain why. Report: {r.choice(SERVICES)} {r.choice(['crashes on save', 'is slow after login', 'drops webhooks'])}\",\n}}"


def quoted_prompt_in_issue(r):
    q, a = qa(r)
    k = r.randrange(4)
    if k == 0:
        return f"I tried this prompt:\n\n> {q}\n\nand got:\n\n> {a}"
    if k == 1:
        return f"Steps to reproduce:\n1. Open the chat panel\n2. Type: `{q}`\n3. The reply is: \"{a}\""
    if k == 2:
        return f"**Prompt**\n```\n{q}\n```\n**Output**\n```\n{a}\n```"
    return f"> {q}\n\n{r.choice(['+1', 'same here', 'seeing this too'])}, the model answered \"{a}\""


def long_transcript(r):
    out = []
    speakers = r.choice([("User", "Assistant"), ("Human", "AI"), ("me", "claude"), ("Q", "A"), ("You", "ChatGPT")])
    for _ in range(r.randint(4, 8)):
        q, a = qa(r, full=True)
        out.append(f"{speakers[0]}: {q}")
        out.append(f"{speakers[1]}: {r.choice(ANSWER_OPENERS[:3])}{a}")
    return "\n\n".join(out)


def terse_prompt(r):
    return r.choice(["explain this regex like I'm five", "give me 5 names for a cat cafe", "tl;dr this thread for me",
                     "rewrite it friendlier, same length", "write a sql query for top 10 customers by revenue",
                     "shorter pls, and no emojis", "now do the same in typescript", "translate to spanish: the build is green",
                     "fix the grammar: we was deploying yesterday", "make a regex for uk postcodes",
                     "summarise this in one sentence for slack", "what's wrong with my code", "convert this to a markdown table",
                     "give me a bash alias for git log --oneline --graph", "why is my docker image 2GB",
                     "write a cron line for every weekday 7am", "eli5 kubernetes operators", "is this email too harsh?",
                     "try again but more formal", "another 10 ideas like these",
                     "explain monads without the word burrito", "write a test for this", "what does this error mean"]) + r.choice(
        ["", "", "?", " " + r.choice(["@claude", "@copilot", "(to gpt)", "- ask the bot"])])


_PERSONA_OPEN = [
    "Hi! I'm a second-year CS student and my professor wants us to use linked lists for this assignment.",
    "Context: I'm the only SRE at a 30-person startup and we just had our third outage this month.",
    "I'm a data scientist, not a software engineer, so go easy on the jargon.",
    "Hello, sorry for my english, I am from Brazil and I work as backend developer since 2 years.",
    "Background: we run Postgres 15 on RDS, about 400 GB, mostly append-only event data.",
    "ok so. long story short our nightly ETL broke after the upgrade and nobody knows why.",
    "I manage a team of six and I have to write performance reviews this week.",
    "My notebook takes 40 minutes to run and my laptop fan sounds like a jet.",
]
_PERSONA_ASK = [
    "Can you walk me through how to find out what changed, and what I should check first?",
    "What would you do in my place? Give me a plan for the next two weeks.",
    "Explain it like I'm smart but new to this, with one small example.",
    "Please give me the code and explain each part, I want to understand not just copy.",
    "Write the first draft for me, I'll edit it after.",
    "Which of the options below is the least risky, and why?",
]


def verbose_persona_request(r):
    """A multi-sentence request from a particular kind of person, with context before the ask."""
    parts = [r.choice(_PERSONA_OPEN)]
    if r.random() < 0.6:
        parts.append(r.choice([f"The code is in {r.choice(FILES)}.", f"Here is the error:\n{log_prefix(r)}ERROR job failed: exit 137",
                               "Options: (a) bigger instance, (b) partition the table, (c) move to a queue.",
                               f"We deploy with GitHub Actions to {r.choice(['EKS', 'Cloud Run', 'a single VM'])}."]))
    parts.append(r.choice(_PERSONA_ASK))
    if r.random() < 0.4:
        parts.append(r.choice(["Thanks in advance!", "Keep it short please.", "No need to be polite, just tell me.", "🙏"]))
    return r.choice([" ", "\n", "\n\n"]).join(parts)


def agent_plan_summary(r):
    """The assistant's own first-person plan or wrap-up, pasted into a note or a PR."""
    f = r.choice(FILES)
    n = r.randint(2, 60)
    body = r.choice([
        f"I've fixed the race in {f} by taking the lock before reading the offset. I added a regression test and all {n} tests pass. "
        "I did not touch the public API. You may want to double-check the migration on staging before merging.",
        f"Here's my plan:\n1. Reproduce the timeout with the failing test.\n2. Add logging around the retry loop in {f}.\n"
        "3. Fix the backoff calculation.\n4. Run the full suite and summarise the results for you.",
        f"Summary of what I did:\n- Updated {f} to handle empty responses\n- Added {n} test cases\n- Left the flaky integration test alone; "
        "I think it's an environment issue, not a code issue. Let me know if you want me to dig into it.",
        "I wasn't able to finish the refactor: the module has circular imports that I'd need your input on. "
        "I've left a TODO in each place and pushed what works so far.",
    ])
    return r.choice(["", "Assistant summary: ", "From the agent:\n", "Claude: ", "codex says: "]) + body


CATEGORIES = [
    ("prompt", "model_cli_history", 65, model_cli_history),
    ("prompt", "ci_prompt_step", 45, ci_prompt_step),
    ("prompt", "handoff_field_prompt", 45, handoff_field_prompt),
    ("prompt", "bare_request", 85, bare_request),
    ("prompt", "pasted_answer_unlabelled", 45, pasted_answer_unlabelled),
    ("prompt", "pasted_answer_labelled", 50, pasted_answer_labelled),
    ("prompt", "chat_export_mixed", 70, chat_export),
    ("prompt", "agent_toolcall_narration", 50, agent_toolcall_narration),
    ("prompt", "session_jsonl_turn", 45, session_jsonl_turn),
    ("prompt", "dataset_record_varied", 60, dataset_record),
    ("prompt", "code_prompt_template", 40, code_prompt_template),
    ("prompt", "quoted_prompt_in_issue", 40, quoted_prompt_in_issue),
    ("prompt", "long_transcript_paste", 30, long_transcript),
    ("prompt", "terse_prompt", 40, terse_prompt),
    ("prompt", "verbose_persona_request", 50, verbose_persona_request),
    ("prompt", "agent_plan_summary", 35, agent_plan_summary),
]
