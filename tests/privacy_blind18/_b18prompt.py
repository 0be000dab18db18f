"""Prompt needles: one user request, model answer, system prompt, template, transcript or chat
between people, in the forms it can take inside a long note (see _b18secret for the forms).
"""
import json

REQUESTS = [
    "can you make the retry loop in {path} back off exponentially and stop after five tries? don't touch the public API",
    "Please rewrite the failing test so it doesn't depend on wall-clock time, and explain what was wrong with it.",
    "Ignore the lint errors for now and just get {test} green, I need to ship this tonight.",
    "write me a migration that adds a nullable `archived_at` column to invoices and backfills it from the audit log",
    "Look at the last three CI runs and tell me which test is flaky. Then open a PR that quarantines it.",
    "why is {svc} using 3GB of memory after an hour? find the leak and fix it, keep the diff small",
    "Summarize this PR for the release notes in two sentences, no marketing language.",
    "Can you port {path} to async? Keep the old sync function as a thin wrapper so callers don't break.",
    "pls add type hints to everything under src/ and make mypy --strict pass, don't change behaviour",
    "Translate the error messages in the CLI to German and add a --lang flag.",
    "I want the dashboard to show p95 latency per endpoint instead of the average. Do it without adding a new dependency.",
    "Refactor this into smaller functions and add docstrings. Also, be honest: is this design any good?",
    "Explain like I'm new here how the job scheduler picks a worker, then draw it as a mermaid diagram.",
    "Generate 20 realistic fake customer records for the staging seed script, mix of countries, no real names.",
    "You're on call tonight. If the queue depth goes over 10k, scale the workers and write me a note about what you did.",
    "Review my branch like a grumpy senior engineer would. Be specific, cite line numbers.",
]

ANSWERS = [
    "Sure! I've updated the retry loop to use exponential backoff with jitter. Here's what changed:\n\n1. `max_attempts` now defaults to 5.\n2. The delay doubles each attempt, capped at 30 seconds.\n3. I left the public `retry()` signature untouched, as you asked.\n\nLet me know if you'd like me to add tests for the jitter bounds as well!",
    "Great question! The memory growth comes from the LRU cache in `{path}`: it is keyed on the full request object, so nothing is ever evicted. I'd suggest keying on the request id instead. Would you like me to make that change?",
    "I apologize for the confusion earlier. You're right that the test depends on the system clock. I've replaced `datetime.now()` with an injected clock, and the test now passes consistently. Is there anything else you'd like me to look at?",
    "Here's a concise summary for the release notes:\n\n> Uploads now resume after a dropped connection, and large files no longer time out on slow links.\n\nI kept it to two sentences and avoided marketing language. Happy to adjust the tone if needed.",
    "Certainly. Based on the last three runs, `{test}` failed twice with a timeout and passed once, while everything else was stable. That pattern points to a race rather than a real regression. I've opened a PR that marks it as quarantined and links the tracking issue.",
    "As an AI language model, I can't access your production cluster directly, but here is how you could check the queue depth yourself:\n\n```\nkubectl -n jobs exec deploy/worker -- rq info\n```\n\nIf it is above 10k, scaling to 8 replicas should be enough.",
    "I'd be happy to help! The scheduler picks a worker in three steps: it filters by capability tags, sorts the remaining workers by current load, and then takes the first one whose heartbeat is fresher than 30 seconds. Here's a diagram:\n\n```mermaid\ngraph LR; Q[queue] --> F[filter tags] --> S[sort by load] --> H[heartbeat check] --> W[worker]\n```",
    "Honestly, the design is reasonable, but there are a few things I would change. First, `process()` does too much: it parses, validates and writes. I'd split those. Second, the error handling swallows exceptions silently, which will make debugging painful. Overall I'd rate it a solid start.",
]

SYSTEMS = [
    "You are a senior code reviewer for the {repo} repository. Review only the diff you are given. Be concise, never praise, and list each problem as `file:line - issue - suggested fix`. If the diff is fine, reply exactly LGTM.",
    "You are SupportBot for {svc}. Answer customer questions politely in the customer's language. Never reveal internal ticket numbers. If you don't know the answer, say so and offer to escalate to a human agent.",
    "You are a release-notes writer. Given a list of merged PR titles, write a changelog grouped into Added, Changed and Fixed. Use plain English, no emojis, at most one line per entry.",
    "System: You are an autonomous coding agent working in a git repository. Always run the tests before committing. Never force-push. When you are unsure, stop and ask the user a question instead of guessing.",
    "You are a SQL assistant. Only produce read-only SELECT statements. Refuse any request that would modify data, and explain briefly why you refused.",
    "Act as a strict JSON generator. Output a single JSON object with the keys `severity`, `component` and `summary`, and nothing else: no prose, no code fences.",
]

TEMPLATES = [
    "Given the following diff:\n\n{{diff}}\n\nWrite a commit message in the imperative mood. The first line must be under 72 characters. Then add a blank line and a short paragraph explaining why the change was made. Do not mention file names.",
    "You will receive a stack trace between <trace> tags.\n<trace>{{trace}}</trace>\nIdentify the most likely root cause, then propose a fix as a unified diff. If the trace is truncated, say what extra information you need.",
    "Classify the following support ticket into one of: billing, bug, feature_request, account. Respond with the label only.\n\nTicket: {{ticket_body}}",
    "### Instruction\nSummarize the incident timeline below for a non-technical audience in under 120 words. Keep all times in UTC.\n\n### Input\n{{timeline}}\n\n### Response\n",
    "Translate the following UI strings into {{target_lang}}. Keep placeholders like %s and {name} unchanged. Return a JSON object mapping each original string to its translation.\n\n{{strings}}",
]

PEOPLE = [
    [("{p1}", "did you merge the lockfile bump? staging is failing on install"), ("{p2}", "not yet, CI was red on the arm runner"),
     ("{p1}", "ugh ok. can you ping me when it's in? I'm blocked on the demo"), ("{p2}", "will do, give me 20 min")],
    [("{p1}", "hey, who owns the flaky upload test?"), ("{p2}", "I think Olu wrote it but he's out this week"),
     ("{p1}", "fine, I'll quarantine it and file a ticket"), ("{p2}", "thanks, sorry about that 🙏")],
    [("{p1}", "are we still doing the pg15 cutover on thursday?"), ("{p2}", "yes but moved to 14:00 because of the finance close"),
     ("{p1}", "ok I'll tell the support folks")],
    [("{p1}", "honestly I think we should just revert it"), ("{p2}", "agreed, the fix is bigger than it looked"),
     ("{p1}", "I'll do the revert, you write up what we learned?"), ("{p2}", "sure")],
    [("{p1}", "can you review my PR before lunch? it's tiny"), ("{p2}", "looking now... why did you change the timeout to 90s?"),
     ("{p1}", "the vendor API is slow on mondays, I measured it"), ("{p2}", "lol ok, approve")],
]

REQUESTS += [
    "from now on, answer only with code, no explanations. first task: a bash one-liner that finds the 10 largest files under /var/log",
    "Your task: go through {path}, find every place we catch a bare Exception, and replace it with the specific error. Report back with a list.",
    "hey can u check why the docker build takes 11 minutes now?? it used to be 4. dont change the base image",
    "Please draft a polite email to the customer explaining that their export was delayed by the outage and will arrive tomorrow.",
    "Act as a security reviewer and tell me whether {path} is vulnerable to SQL injection. Quote the lines.",
    "Make the CLI print a progress bar during upload, but only when stdout is a TTY.",
    "I don't understand this stack trace at all, can you walk me through it line by line?",
    "Write unit tests for {path} that cover the error branches. Aim for 90% coverage and don't mock the database.",
    "Bump every dependency to its latest minor version, run the tests, and revert any bump that breaks something.",
    "Could you rename `tmp2` to something meaningful everywhere and make sure nothing else changes?",
    "Stop. Undo the last commit, it broke the build. Then try again but smaller.",
    "What's the difference between our two retry helpers? Pick one, delete the other, and update the callers.",
]

ANSWERS += [
    "You're absolutely right, and I apologize — I misread the config. The timeout is set in `settings.toml`, not in the environment. I've corrected the change and re-run the tests; all 214 pass now.",
    "Here's the one-liner you asked for:\n\n```bash\nfind /var/log -type f -printf '%s %p\\n' | sort -nr | head -10\n```\n\nIt lists the ten largest files with their sizes in bytes.",
    "I found four places that catch a bare `Exception`:\n\n- `{path}:41` — should catch `TimeoutError`\n- `{path}:88` — should catch `KeyError`\n- `{path}:132` — can be removed entirely\n- `{path}:170` — should catch `OSError`\n\nShall I apply these changes?",
    "Dear customer,\n\nThank you for your patience. Because of a service disruption yesterday, your data export was delayed. It will be delivered by tomorrow at 12:00 UTC. We apologise for the inconvenience.\n\nKind regards,\nThe Support Team",
    "Good catch! Yes, line 57 builds the query with an f-string from `request.args['sort']`, which is injectable. I recommend whitelisting the allowed column names. Here is a patched version of the function.",
    "I've reverted the last commit and the build is green again. Next, I'll retry the change in two smaller steps: first the rename, then the behaviour change. Does that plan work for you?",
    "Sure thing. The two helpers differ only in how they compute the delay: `retry_with_backoff` uses jitter and `simple_retry` doesn't. I'd keep the jittered one. I've updated all 9 call sites and deleted `simple_retry`.",
    "Let's go through it step by step. The first frame shows the request entering the handler. The third frame is where it fails: `json.loads` received an empty body, which raises `JSONDecodeError`. The root cause is that the client sends no body on retries.",
]

SYSTEMS += [
    "You are a helpful assistant that writes Terraform. Only use resources from the AWS provider version 5. Always add tags `owner` and `cost_center`. If the request is ambiguous, ask one clarifying question before writing code.",
    "You are Mira, the onboarding guide for new engineers. Keep answers under 150 words, link to the internal wiki when relevant, and never make up names of internal tools. Respond in the language the user writes in.",
    "Role: incident scribe. Listen to the call transcript and produce a timeline in UTC. Do not speculate about root cause. Mark anything uncertain with (?).",
    "You are a test-writing agent. For every function you are shown, write pytest tests covering normal input, edge cases and errors. Do not modify the function under test. Output only the test file.",
    "You are an assistant for the billing team. You must never disclose another customer's data. If the user asks for an invoice, first confirm their account id. Be brief and friendly.",
    "Instructions for the agent: work only inside the repository, never run commands with sudo, summarize what you did at the end of each session in at most ten bullet points.",
]

TEMPLATES += [
    "You are reviewing a pull request titled \"{{title}}\".\nHere is the diff:\n{{diff}}\nList at most five problems, most severe first. For each, give the file, the line and a one-sentence fix. If there are no problems, answer \"No issues found.\"",
    "Rewrite the following log message so a non-engineer can understand it. Keep it under 20 words and do not include any identifiers.\n\nLog: {{message}}",
    "<instructions>\nExtract every date mentioned in the document and return them in ISO 8601, one per line. Ignore dates inside code blocks.\n</instructions>\n<document>\n{{document}}\n</document>",
    "Answer the user's question using only the context below. If the answer is not in the context, say \"I don't know\".\n\nContext:\n{{retrieved_chunks}}\n\nQuestion: {{question}}\nAnswer:",
    "Write a SQL query for PostgreSQL 15 that answers: {{question}}. Use only the tables in this schema: {{schema}}. Return just the query, no explanation.",
]

PEOPLE += [
    [("{p1}", "is anyone else seeing 502s from the gateway?"), ("{p2}", "yes since about 10 min"), ("{p1}", "I'll page infra"),
     ("{p2}", "they're on it, it's the LB cert")],
    [("{p1}", "quick q: do we support python 3.9 still?"), ("{p2}", "officially no, but the CLI still runs on it"),
     ("{p1}", "ok I'll leave the compat shim then")],
    [("{p1}", "I'm going to be late for standup, dentist"), ("{p2}", "np, I'll read your update out"),
     ("{p1}", "thx! my update: migration done, waiting on review")],
    [("{p1}", "can we push the release to monday? QA found a regression in the export"), ("{p2}", "how bad?"),
     ("{p1}", "CSV headers are wrong for non-English locales"), ("{p2}", "ok, monday it is, let's tell product")],
    [("{p1}", "the agent opened 14 PRs overnight lol"), ("{p2}", "wait what, who gave it that budget"),
     ("{p1}", "me. sorry. closing them now")],
]

REVIEW_COMMENTS = [
    "This function is doing too much. Consider extracting the validation logic into a separate helper — it will make the error paths easier to test. Also, `except Exception: pass` on line 48 will hide real failures; I'd log and re-raise.",
    "Nice work overall! One concern: the cache key doesn't include the tenant id, so two tenants could read each other's entries. I'd suggest prefixing the key with `tenant_id`. Otherwise LGTM.",
    "I noticed the migration isn't reversible. If you add a `down` step that drops the column, rollbacks will be safer. Would you like me to draft it?",
    "🤖 Summary of changes: This PR refactors the upload handler into smaller functions and adds retry logic. Potential issues: (1) the retry loop has no upper bound on total time; (2) the new helper is not covered by tests. Suggestion: add a deadline parameter.",
    "Great refactor! A small suggestion: `parse_config` could return a dataclass instead of a dict, which would make the type checker catch the typo on line 112. Happy to help if you'd like me to make this change.",
    "Potential bug: `items.sort()` mutates the caller's list. Consider `sorted(items)` instead. Also, the variable name `l` is easy to confuse with `1`.",
]


def _fill(k, s):
    return (s.replace("{path}", k.path()).replace("{test}", k.test()).replace("{svc}", k.svc())
            .replace("{repo}", k.repo()))


def user_request(k):
    q = _fill(k, k.pick(REQUESTS))
    who = k.pick(["The user", k.person(), "The ticket author", "The user (via Slack)"])
    return {
        "prose": k.pick([f"{who} wrote, verbatim:\n\n> {q}", f"Original request from {who}: \"{q}\"",
                         f"Request as typed into the agent:\n\n\"{q}\"", f"Task came in as: {q}", f"> {q}\n\n(that was the whole prompt)",
                         f"Starting point for this session — the prompt was: «{q}»", f"Prompt: {q}"]),
        "code": ("text", f"> {q}"),
        "log": f"{k.ts()} INFO  session.start user_message=\"{q}\"",
        "cell": ("request (verbatim)", q.replace("|", "/")),
        "short": f"user: {q}" if len(q) < 180 else None,
    }


def model_answer(k):
    a = _fill(k, k.pick(ANSWERS))
    m = k.model()
    quoted = "\n".join("> " + ln if ln else ">" for ln in a.splitlines())
    return {
        "prose": k.pick([f"{m} answered (pasting it in full so we can compare later):\n\n{quoted}",
                         f"The assistant's reply was:\n\n{a}", f"Model output, verbatim:\n\n{quoted}", f"Response from {m}:\n\n{a}",
                         f"For the record, this is what came back:\n\n{quoted}", quoted]),
        "code": ("text", a),
        "log": f"{k.ts()} DEBUG llm.response model={m} text={json.dumps(a.splitlines()[0], ensure_ascii=False)}",
    }


def system_prompt(k):
    s = _fill(k, k.pick(SYSTEMS))
    return {
        "prose": k.pick([f"Current system prompt on the {k.env()} bot:\n\n> {s}", f"The system prompt we shipped reads: \"{s}\""]),
        "code": (k.pick(["text", "yaml", "python"]), k.pick([s, "system_prompt: |\n  " + s, f'SYSTEM_PROMPT = """{s}"""'])),
        "cell": ("system prompt", s.replace("|", "/")),
    }


def prompt_template(k):
    t = k.pick(TEMPLATES)
    return {
        "code": (k.pick(["jinja", "text", "markdown"]), t),
        "prose": f"The new template (prompts/{k.pick(['commit', 'triage', 'summarize', 'translate'])}.txt) now says:\n\n{t}",
    }


def transcript(k):
    u = _fill(k, k.pick(REQUESTS))
    a = _fill(k, k.pick(ANSWERS)).split("\n\n")[0]
    style = k.pick(["colon", "human", "brackets", "xml", "md", "oneline"])
    if style == "colon":
        body = f"User: {u}\nAssistant: {a}"
    elif style == "human":
        body = f"Human: {u}\n\nAssistant: {a}"
    elif style == "brackets":
        body = f"[user] {u}\n[assistant] {a}"
    elif style == "xml":
        body = f"<user>{u}</user>\n<assistant>{a}</assistant>"
    elif style == "md":
        body = f"**You:** {u}\n\n**{k.model()}:** {a}"
    else:
        body = f"User: {u} Assistant: {a}".replace("\n", " ")
    return {"prose": f"Excerpt from the session transcript:\n\n{body}", "code": ("text", body)}


def chat_people(k):
    conv = k.pick(PEOPLE)
    p1, p2 = k.sample(["priya", "tomasz", "aiko", "mateo", "lena", "olu", "wei", "sofia", "jonas", "kenji"], 2)
    names = {"{p1}": p1, "{p2}": p2}
    style = k.pick(["slack", "irc", "plain"])
    lines = []
    for who, msg in conv:
        n = names[who]
        if style == "slack":
            lines.append(f"{n}  {k.time()}\n{msg}")
        elif style == "irc":
            lines.append(f"[{k.time()}] <{n}> {msg}")
        else:
            lines.append(f"{n}: {msg}")
    body = "\n".join(lines)
    return {"prose": f"Pasted from #{k.pick(['eng', 'release', 'ops', 'backend'])} for context:\n\n{body}",
            "code": ("text", body)}


def json_turns(k):
    u = _fill(k, k.pick(REQUESTS))
    a = _fill(k, k.pick(ANSWERS)).split("\n\n")[0]
    shape = k.pick(["roles", "sharegpt", "prompt_completion", "instruction", "session_log"])
    if shape == "roles":
        obj = json.dumps({"model": k.model(), "messages": [{"role": "user", "content": u}, {"role": "assistant", "content": a}]}, ensure_ascii=False)
    elif shape == "sharegpt":
        obj = json.dumps({"conversations": [{"from": "human", "value": u}, {"from": "gpt", "value": a}]}, ensure_ascii=False)
    elif shape == "prompt_completion":
        obj = json.dumps({"prompt": u, "completion": a}, ensure_ascii=False)
    elif shape == "instruction":
        obj = json.dumps({"instruction": u, "input": "", "output": a}, ensure_ascii=False)
    else:
        obj = "\n".join(json.dumps({"ts": k.ts(), "type": t, "text": x}, ensure_ascii=False) for t, x in (("user_turn", u), ("agent_turn", a)))
    return {"code": ("json", obj), "log": f"{k.ts()} TRACE replay record {obj.splitlines()[0]}"}


def react_trace(k):
    q = _fill(k, k.pick(REQUESTS))
    f = k.path()
    body = (f"Question: {q}\nThought: I should look at {f} first to see how retries are wired.\n"
            f"Action: read_file[{f}]\nObservation: the loop sleeps a fixed 2 seconds and retries forever.\n"
            "Thought: I need to cap the attempts and add backoff, then run the tests.\nAction: edit_file")
    return {"code": ("text", body), "prose": f"The agent's trace for that step:\n\n{body}"}


def bot_review(k):
    m = k.model()
    c = k.pick(REVIEW_COMMENTS)
    lead = k.pick([f"The {m} review bot left this on the PR (copied as is):", f"Bot review on #{k.pr()}, verbatim:",
                   "Pasting the AI reviewer's comment so the next session sees it:", "Automated review comment:"])
    return {"prose": f"{lead}\n\n> {c}", "code": ("text", c), "cell": (f"{m} comment", c)}


CATEGORIES = {
    "pr_quoted_user_request": user_request,
    "pr_pasted_model_answer": model_answer,
    "pr_system_prompt": system_prompt,
    "pr_prompt_template": prompt_template,
    "pr_transcript_fragment": transcript,
    "pr_chat_between_people": chat_people,
    "pr_json_turn_records": json_turns,
    "pr_agent_trace": react_trace,
    "pr_bot_review_verbatim": bot_review,
}
