"""Round 11's long texts and hand-written one-offs.

Long prompts (a user describing their situation, pasting code or a log, then asking for output)
beside long handoff notes (done / next / blocked sections, the same code and logs pasted as
evidence). Both sides share the snippets, so a code block or a stack trace says nothing about the
label. The one-off lines are written out whole, not filled from slots, so the classifier sees
sentences that no template produced.
"""

from __future__ import annotations

import random

from _t11notes import TOPICS, WHO, fill_ids

SNIPPETS = (
    "```python\ndef acquire(path):\n    fd = os.open(path, os.O_CREAT | os.O_RDWR)\n    fcntl.flock(fd, fcntl.LOCK_EX)\n    return fd\n```",
    "```\nTraceback (most recent call last):\n  File \"worker.py\", line 88, in run\n    job = queue.get(timeout=5)\nqueue.Empty\n```",
    "```ts\nuseEffect(() => {\n  refetch();\n}, [focused]);\n```",
    "```sql\nSELECT o.id, o.total FROM orders o\nWHERE o.created_at > now() - interval '7 days'\nORDER BY o.created_at DESC LIMIT 50;\n```",
    "```\nE   AssertionError: assert 3 == 5\nE    +  where 3 = len([...])\ntests/test_retry.py:41: AssertionError\n```",
    "```go\nctx, cancel := context.WithTimeout(ctx, 2*time.Second)\ndefer cancel()\nresp, err := client.Search(ctx, req)\n```",
    "```yaml\nresources:\n  limits:\n    memory: 512Mi\n  requests:\n    cpu: 250m\n```",
    "```\n2026-11-30T02:14:07Z ERROR pool exhausted (size=10, waiting=37)\n2026-11-30T02:14:09Z WARN  request /api/invoices took 9120ms\n```",
    "```rust\nfor key in map.keys() {\n    map.remove(key);\n}\n```",
    "```bash\nfor f in logs/*.gz; do zcat \"$f\" | grep -c ERROR; done\n```",
)

CONTEXTS = (
    "I'm working on a small Flask service that writes uploads to S3.",
    "We have a worker that pulls jobs from Redis and sometimes hangs.",
    "Our CI started failing after we bumped pydantic.",
    "I'm new to Go and trying to add a timeout to a search call.",
    "This runs in a k8s pod with 512Mi of memory.",
    "The query is fine locally but takes 9 seconds on prod.",
    "The test passes alone but fails when the whole suite runs.",
    "I maintain an internal CLI that about 40 people use.",
    "Context: monorepo, pnpm workspaces, Node 20.",
    "I already tried raising the timeout, it didn't help.",
)

ASKS = (
    "What is going on here and how do I fix it?", "Can you explain what this code does, line by line?",
    "Rewrite it so it's safe to call from several threads, and explain the change.",
    "Give me two or three ways to fix it, with trade-offs.", "Write a regression test for this.",
    "Explain the error like I'm a junior dev, then show the corrected version.",
    "Summarise the log for me: what failed first?", "Suggest a better design. Keep the answer short.",
    "Turn this into a step-by-step debugging plan I can follow tomorrow.",
    "Please review this and tell me what a senior engineer would change.",
)


SPECS = (
    "Write a Python function that merges two sorted lists of events by timestamp.",
    "Create a GitHub Actions workflow that runs the tests on 3.11 and 3.12.",
    "Write a small CLI in Go that tails a file and highlights ERROR lines.",
    "Design a table schema for storing handoff notes with tags.",
    "Write a Dockerfile for this Node app.",
    "Draft the onboarding doc section about running the stack locally.",
)
REQUIREMENTS = (
    "no third-party dependencies", "type hints everywhere", "must handle empty input", "under 50 lines",
    "include a usage example", "explain every design choice briefly", "use only the standard library",
    "add docstrings", "make it idempotent", "show the tests too", "assume Linux only", "multi-stage build",
)


def spec_prompt(rng: random.Random) -> str:
    """A request with a requirement list, as people write to a code model."""
    lines = [rng.choice(SPECS), rng.choice(("Requirements:", "Constraints:", "Rules:", "Must:"))]
    bullet = rng.choice(("- ", "* ", "1. "))
    lines += [bullet + r for r in rng.sample(REQUIREMENTS, rng.randint(2, 5))]
    lines.append(rng.choice(("Output only the code.", "Explain after the code.", "Start with a one-line summary.", "")))
    return "\n".join(x for x in lines if x)


PROSE_NOTE = (
    "Spent the afternoon on {t}.", "Root cause of {t} is the pool size, see the log below.",
    "Tried raising the timeout, didn't help.", "Reverted {sha} on staging to confirm.",
    "{who} reviewed the first half.", "Tomorrow: finish the migration and tag {ver}.",
    "Left the debug flag on in staging on purpose.", "Numbers: p50 40ms, p99 900ms before, 210ms after.",
    "The branch is {br}; nothing pushed to main.", "Ticket {issue} has the timeline.",
)


def prose_note(rng: random.Random) -> str:
    """A multi-line note written as prose, sometimes with a snippet."""
    lines = [fill_ids(x.replace("{t}", rng.choice(TOPICS)), rng) for x in rng.sample(PROSE_NOTE, rng.randint(2, 5))]
    if rng.random() < 0.4:
        lines.insert(rng.randint(1, len(lines)), rng.choice(SNIPPETS))
    return "\n".join(lines) if rng.random() < 0.6 else " ".join(lines)


def long_prompt(rng: random.Random) -> str:
    """A multi-line request: context, a pasted snippet, then the ask and its constraints."""
    if rng.random() < 0.3:
        return spec_prompt(rng)
    parts = rng.sample(CONTEXTS, rng.randint(1, 3))
    if rng.random() < 0.8:
        parts.append(rng.choice(("Here's the code:", "This is what I have:", "The log:", "Relevant bit:", "")))
        parts.append(rng.choice(SNIPPETS))
    parts.append(rng.choice(ASKS))
    if rng.random() < 0.5:
        parts.append(rng.choice(("No need to repeat the code back.", "Bullet points are fine.", "Keep it under 200 words.", "Please don't use emojis.", "Answer in English even though my comments are in German.", "Thanks!")))
    return "\n".join(p for p in parts if p)


DONE = (
    "rebased {br} onto main", "fixed the flock race (commit {sha})", "added test_retry_budget_resets",
    "bumped pydantic to 2.9, two deprecation warnings left", "reproduced the hang on worker-3",
    "raised the pool to 20 on staging", "wrote the migration, not applied", "closed {issue} as dup",
    "moved the export behind the flag", "profiled encode(): 60% in json.dumps",
)
NEXT = (
    "apply the migration on prod after the freeze", "ask {who} whether the 2s deadline is a contract",
    "rerun the flaky test 50x with -p no:randomly", "drop the old index once the backfill is at 100%",
    "split {pr} into the rename and the fix", "check the retry budget after the deploy",
    "update docs/runbook.md with the new alert", "tag {ver} when CI is green",
    "watch p99 on /api/invoices for a day", "remove the debug logging from worker.py",
)
BLOCKED = (
    "waiting on {who} for the staging DB creds (requested in {issue})", "CI runners down since {day}",
    "need a decision on the API break", "nothing", "arm64 runner queue is 2h", "review from {who}",
)
NOTE_HEADS = ("## Handoff {d}", "Handoff — {d}", "# Session notes", "status ({who})", "EOD {d}", "### {t}", "")


def long_note(rng: random.Random) -> str:
    """A multi-line handoff note with sections, sometimes with a snippet pasted as evidence."""
    if rng.random() < 0.3:
        return prose_note(rng)
    d = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    lines = [rng.choice(NOTE_HEADS).format(d=d, who=rng.choice(WHO), t=rng.choice(TOPICS))]
    bullet = rng.choice(("- ", "* ", "  - ", "• "))
    for title, stock in (("Done", DONE), ("Next", NEXT), ("Blocked", BLOCKED)):
        if rng.random() < 0.85:
            lines.append(rng.choice((f"{title}:", f"**{title}**", f"{title.upper()}", f"## {title}")))
            lines += [bullet + fill_ids(x, rng) for x in rng.sample(stock, rng.randint(1, min(4, len(stock))))]
    if rng.random() < 0.5:
        lines.append(rng.choice(("Evidence:", "Seen in CI:", "The code in question:", "Repro:", "Log:")))
        lines.append(rng.choice(SNIPPETS))
    return "\n".join(x for x in lines if x)


ONE_OFF_PROMPTS = (
    "what's a good way to name a boolean that means the user has seen the banner",
    "is it bad practice to catch Exception in a CLI main? answer with reasons",
    "write me a regex that matches semver, and explain each group",
    "make this sound more professional: we broke prod sorry",
    "I have 20 minutes before the demo, give me a checklist",
    "convert this curl command to python requests",
    "which is better for a queue, Redis streams or SQS? pros and cons table",
    "come up with a catchy name for our internal deploy bot",
    "draft a polite reply declining the meeting, 2 sentences",
    "what does EAGAIN mean and when does flock return it",
    "help me write a cover note for this PR, reviewers are from the infra team",
    "describe the difference between a mutex and a semaphore with a kitchen analogy",
    "write a bash script that deletes branches merged into main, with a dry-run flag",
    "summarise RFC 9110 section 15 in plain words",
    "generate 10 realistic fake user records as JSON for a demo",
    "give me a study plan for learning Kubernetes in 4 weeks",
    "tell me a joke about race conditions",
    "write the README intro for a tool that syncs dotfiles",
    "could you write an apology email to a customer whose export failed twice",
    "review my SQL for injection risks and rewrite it safely",
    "rank these three libraries by maturity and explain your ranking",
    "explain the output of git log --graph like I've never used git",
    "rewrite the following in the passive voice",
    "what should I ask in an interview for a senior backend role? 8 questions",
    "fill in the missing docstrings, google style",
    "pretend to be the linux terminal and respond to my commands",
    "rephrase this jira ticket so the PM understands the impact",
    "outline a talk about flaky tests, 20 minutes, with slide titles",
    "create a mermaid sequence diagram for the login flow I described",
    "what are some edge cases I'm missing for a date parser",
)
ONE_OFF_NOTES = (
    "banner_seen flag renamed to has_seen_banner in 4 files",
    "CLI main catches Exception only to print the hint, re-raises with --debug",
    "semver regex lives in utils/version.py, covered by test_version.py",
    "prod incident 11/30: 14 minutes of 502s, postmortem doc in the drive",
    "demo at 15:00, staging frozen from 14:30",
    "ported the curl repro to tests/test_upload.py",
    "chose SQS for the queue, decision recorded in ADR-0012",
    "deploy bot renamed to shipit, slack app updated",
    "declined the Thursday sync, async update posted instead",
    "flock returns EWOULDBLOCK with LOCK_NB, handled in acquire()",
    "PR description updated with the migration order",
    "merged-branch cleanup runs weekly via cron on the build box",
    "RFC 9110 status codes table copied into docs/http.md",
    "seeded the demo DB with 10 fake users (faker, seed 7)",
    "k8s course budget approved, starts January",
    "race condition in the uploader fixed by holding the lock across rename",
    "dotfiles sync tool: README first draft pushed",
    "refund issued for the failed export, support ticket closed",
    "SQL in reports.py now uses bound parameters everywhere",
    "picked httpx over requests for the new client (async support)",
    "git history rewritten on the fork only, main untouched",
    "docstrings added to store.py, interrogate at 96%",
    "interview loop for senior backend: 4 rounds, rubric in the wiki",
    "date parser: added cases for leap seconds and 2-digit years",
    "login flow diagram updated in docs/auth.md",
    "terminal emulator tests run in a pty now",
    "PM signed off on the impact wording in HND-301",
    "flaky test talk submitted to the internal conf, 20 min slot",
    "typo in the passive-voice lint rule fixed",
    "edge cases for the tz parser tracked in #2291",
)


def one_off_prompt(rng: random.Random) -> str:
    """A hand-written request, lightly varied in case and trailing punctuation."""
    text = rng.choice(ONE_OFF_PROMPTS)
    return _vary(text, rng)


def one_off_note(rng: random.Random) -> str:
    """A hand-written note, lightly varied the same way."""
    return _vary(rng.choice(ONE_OFF_NOTES), rng)


def _vary(text: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        text = text[0].upper() + text[1:]
    return rng.choice(("", "- ", "> ", "note: ", "* ")) + text + rng.choice(("", "", ".", "!", " (from earlier)"))
