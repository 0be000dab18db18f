"""Round 11's prose: verbatim model answers beside READMEs, docs and review comments; second-person
prompts to a model beside second-person product copy and documentation.

A model's answer answers someone (it restates the question, offers options, hedges, ends by
offering more); a README or review comment documents a project or asks its author for a change.
Product copy speaks to a user about the product; a second-person prompt tells a model how to
behave and what to produce.
"""

from __future__ import annotations

import random

from _t11notes import TOPICS

ANSWER_OPENERS = (
    "This usually happens because {cause}.",
    "The short answer: {cause}.",
    "There are a few ways to approach {t}.",
    "Good question. {t_cap} behaves this way because {cause}.",
    "{t_cap} fails here because {cause}.",
    "It depends on what you need, but in most setups {cause}.",
    "Yes, that's expected: {cause}.",
    "The root cause is most likely that {cause}.",
    "Looking at what you pasted, {cause}.",
    "In short, {cause}, so the fix is small.",
    "Here's how {t} works in practice.",
    "Great, let's go through {t} step by step.",
)
CAUSES = (
    "the client retries before the server has released the lock", "the cache key ignores the tenant id",
    "the default timeout is shorter than the slowest query", "the test depends on wall-clock time",
    "the container gets less memory than the JVM assumes", "the cursor is built from a non-unique column",
    "the migration runs before the new column exists", "two workers read the same offset",
    "the library changed its default in the last minor release", "the path is resolved relative to the working directory",
    "the event loop is blocked by a synchronous call", "the index is not used when you wrap the column in a function",
)
OPTIONS = (
    "Add jitter to the backoff so the retries spread out.", "Pin the dependency until upstream fixes it.",
    "Move the slow part into a background job.", "Use a composite key (created_at, id) for the cursor.",
    "Raise the timeout, but only for this endpoint.", "Freeze the clock in the test with a fixture.",
    "Wrap the call in run_in_executor so the loop stays free.", "Add IF NOT EXISTS to the migration.",
    "Make the cache key include the tenant.", "Set the memory limit explicitly and match -Xmx to it.",
    "Log the offset before and after processing to confirm the theory.", "Split the function so each part is testable.",
)
CLOSERS = (
    "", "", "", "If you share the config, I can narrow it down.", "Let me know if you want a version with tests.",
    "I'd start with the first option; it's the least invasive.", "Want me to write the patch?",
    "Happy to go deeper on any of these.", "Hope that helps!", "If this doesn't fix it, paste the full stack trace.",
    "Either way, add a regression test so it doesn't come back.", "Would you like a TypeScript version as well?",
)
ANSWER_LABELS = ("", "", "", "model output (verbatim):\n", "its full response was:\n", "assistant replied:\n", "answer from the chat:\n", "pasted from the model:\n")


def model_answer(rng: random.Random) -> str:
    """A model's answer pasted verbatim, sometimes under a label."""
    t = rng.choice(TOPICS)
    cause = rng.choice(CAUSES)
    lines = [rng.choice(ANSWER_OPENERS).format(t=t, t_cap=t[0].upper() + t[1:], cause=cause)]
    n = rng.choice((0, 2, 3, 3, 4))
    opts = rng.sample(OPTIONS, n)
    if n:
        lines.append(rng.choice(("You have a few options:", "Here are some options:", "A few things you can try:", "I'd suggest:", "Options:", "")))
        style = rng.randrange(3)
        for i, o in enumerate(opts, 1):
            lines.append(f"{i}. {o}" if style == 0 else (f"- {o}" if style == 1 else f"**Option {i}.** {o}"))
    else:
        lines.append(rng.choice(OPTIONS) + rng.choice((" That should be enough.", " Then rerun the test.", " That's the usual fix.", "", " It fixes this in most cases.")))
    closer = rng.choice(CLOSERS)
    if closer:
        lines.append(closer)
    sep = "\n" if rng.random() < 0.6 else " "
    return rng.choice(ANSWER_LABELS) + sep.join(x for x in lines if x)


README_HEADS = ("## {T}", "### {T}", "{T}\n-----", "**{T}**", "")
README_SENTENCES = (
    "The upload worker retries failed parts up to `max_retries` times (default 5).",
    "Set `HANDOFF_RETRY=0` to disable retries entirely.", "Run `make test` before opening a pull request.",
    "This module owns the lock file; nothing else should open it.", "See `docs/runbook.md` for the on-call steps.",
    "The cursor is an opaque base64 string; clients must not parse it.", "Migrations run in order of their numeric prefix.",
    "Timeouts are in seconds unless the key ends in `_ms`.", "The cache is keyed by tenant and path.",
    "On arm64 the build needs `libffi-dev`.", "Known issue: the importer skips rows with a BOM (#812).",
    "Use `--dry-run` to print the plan without applying it.", "Logs go to stderr as JSON lines.",
    "The default pool size is 10; raise it with `DB_POOL_SIZE`.", "Supported Python versions: 3.11 and 3.12.",
    "All public functions are typed; `mypy --strict` must pass.", "Backups are kept for 30 days.",
    "Changes to the schema need a migration and a note in CHANGELOG.md.",
    "The consumer commits its offset after the handler returns, so a crash replays at most one batch.",
    "Retries use exponential backoff with full jitter, capped at 30 seconds.",
    "If a fix changes behaviour, include a test that fails without it.",
)
REVIEW_COMMENTS = (
    "nit: this could be a `dict.get` with a default.", "Blocking: the retry loop never resets the budget after success.",
    "Can we add a test for the empty-input case?", "Looks good overall. Two small things below.",
    "This changes the public API; needs a changelog entry.", "Why 30s here? The other call sites use 10.",
    "I'd move this into its own function, it's doing three things.", "We already have a helper for this in utils/time.py.",
    "LGTM once CI is green.", "Please don't catch bare Exception here, it hides the lock error.",
    "This query will scan the whole table without the index from #431.", "Typo in the log message: 'recieved'.",
    "Approving, but let's follow up on the flaky test in a separate PR.", "Could you split the rename out? The diff is hard to read.",
)


def human_doc(rng: random.Random) -> str:
    """A README paragraph, a docs paragraph or a review comment."""
    kind = rng.randrange(3)
    t = rng.choice(TOPICS)
    if kind == 0:
        head = rng.choice(README_HEADS).format(T=t.removeprefix("the ").capitalize())
        body = " ".join(rng.sample(README_SENTENCES, rng.randint(1, 4)))
        return (head + "\n\n" + body) if head else body
    if kind == 1:
        who = rng.choice(("", "", "@dana ", "mk: ", "> ", "review: ", f"src/store.py:L{rng.randint(10, 900)}: "))
        return who + " ".join(rng.sample(REVIEW_COMMENTS, rng.randint(1, 3)))
    items = rng.sample(README_SENTENCES, rng.randint(2, 4))
    return rng.choice(("Notes on {t}:\n", "{T}\n\n", "", "Docs: ")).format(t=t, T=t.capitalize()) + "\n".join("- " + i for i in items)


SECOND_PERSON_PROMPTS = (
    "You will get a diff. Reply with a one-line commit message in the imperative mood, no period.",
    "You are reviewing a pull request. Point out bugs only, as a numbered list, and skip style nits.",
    "You're a patient tutor. Explain {t} to me with an analogy, then check my understanding with a question.",
    "From now on, answer only in French and keep every reply under 50 words.",
    "You write release notes. Turn the commits I paste into three sections: Added, Changed, Fixed.",
    "Your job is to rewrite error messages so they say what happened and what the user can do next.",
    "You are a strict code reviewer. Be terse. If the code is fine, say 'LGTM' and nothing else.",
    "Your task: read the log below and tell me which service failed first and why.",
    "You will act as a SQL expert. When I describe a report, you write the query and explain each join.",
    "You should answer as a pirate from now on, but keep the technical content accurate.",
    "You are given a stack trace. Identify the failing frame, explain it, and propose a fix in {lang}.",
    "Respond as if you were the on-call engineer writing to a customer. Apologise once, no jargon.",
    "You must not include code in your answer. Describe the approach for {t} in plain words.",
    "You'll receive a user story. Write acceptance criteria as Given/When/Then, five at most.",
    "You are an expert in {t}. I will ask questions; answer with sources and say when you're unsure.",
    "You can ask me clarifying questions first, then write a design for {t} in under 300 words.",
)
SECOND_PERSON_COPY = (
    "You can now export your data as CSV from Settings → Export.", "Click Save to keep your changes.",
    "You have unsaved changes. Leave anyway?", "You're all set! Check your inbox to confirm your email.",
    "You will get an email when the export is ready.", "You can invite up to 5 teammates on the free plan.",
    "Your password was changed. If this wasn't you, contact support.", "You don't have permission to edit this project.",
    "To continue, sign in with your work account.", "You are running an old version of the CLI. Run `{tool} upgrade` to update.",
    "Your build is queued. You'll see the logs here once it starts.", "You can undo this for the next 30 seconds.",
    "Before you start, make sure you have Docker 24 or later installed.", "You should see a green check next to each step.",
    "If you use {tool} behind a proxy, set HTTPS_PROXY before you run the installer.", "Drag files here or click to browse.",
    "You've reached your monthly limit. Upgrade to keep uploading.", "Once you've merged, you can delete the branch.",
    "You must restart the service for the new config to take effect.", "You'll need admin rights to rotate the signing key.",
    "Your session expired. Please sign in again.", "You can pin a note so it stays at the top of the handoff.",
    "Next, you create a token in the dashboard and paste it into the CLI prompt.", "You may see a warning about {t}; it is safe to ignore.",
)
LANGS_CODE = ("Python", "Go", "TypeScript", "Rust", "Java", "Kotlin", "C#")
TOOLS_CLI = ("handoff", "acme", "kubectl", "gh", "terraform", "poetry")


def second_person_prompt(rng: random.Random) -> str:
    """A prompt that addresses a model in the second person."""
    first = rng.choice(SECOND_PERSON_PROMPTS)
    text = first.format(t=rng.choice(TOPICS), lang=rng.choice(LANGS_CODE))
    if rng.random() < 0.35:
        second = rng.choice(SECOND_PERSON_PROMPTS)
        if second != first:
            text += " " + second.format(t=rng.choice(TOPICS), lang=rng.choice(LANGS_CODE))
    return text


def second_person_copy(rng: random.Random) -> str:
    """Product or documentation copy that addresses a user in the second person."""
    first = rng.choice(SECOND_PERSON_COPY)
    text = first.format(t=rng.choice(TOPICS), tool=rng.choice(TOOLS_CLI))
    if rng.random() < 0.35:
        second = rng.choice(SECOND_PERSON_COPY)
        if second != first:
            text += " " + second.format(t=rng.choice(TOPICS), tool=rng.choice(TOOLS_CLI))
    if rng.random() < 0.2:
        text = rng.choice(('"{}"', "msgid: {}", "toast.success = {}", "<p>{}</p>", "title: {}")).format(text)
    return text


WRITTEN_ANSWERS = (
    "flock locks are advisory: they only stop processes that also call flock. A process that just opens and writes the file is not blocked. If you need to keep other writers out, every writer has to take the lock, or you write to a temp file and rename it into place, which is atomic on the same filesystem.",
    "A mutex is a single key to a room: one person at a time. A semaphore is a bowl of N keys: up to N people can be inside. So a semaphore with N=1 behaves like a mutex, except that any thread can release it, not just the one that acquired it.",
    "The difference between `git merge` and `git rebase` is what happens to history. Merge keeps both lines and adds a merge commit; rebase replays your commits on top of the target, so history looks linear but the commit hashes change. Rebase branches nobody else has pulled; merge shared ones.",
    "EAGAIN means the call would have blocked and you asked it not to. With flock and LOCK_NB it means someone else holds the lock. Retry after a short sleep, or drop LOCK_NB if waiting is fine.",
    "Your regex fails on 1.2.3-rc.1 because the pre-release part isn't optional in your pattern. Wrap it in a non-capturing group with a question mark: (?:-([0-9A-Za-z.-]+))? and it will match both forms.",
    "Here's a cleaner version of your function. I replaced the nested loops with a dict lookup, which also fixes the bug where duplicate keys overwrote each other silently. The behaviour is otherwise the same.",
    "Redis Streams is simpler to run if you already have Redis and your volume is modest; you get consumer groups and acks. Kafka is the better fit for high throughput, long retention and replay, but it's a much bigger system to operate. For a few hundred messages a second, Streams is plenty.",
    "The 502s come from nginx giving up on the upstream after 60 seconds, while your app keeps working on the request. Either make the endpoint return faster (move the export to a job and poll), or raise proxy_read_timeout for that location only.",
    "To answer your question directly: no, you don't need a migration for a new nullable column in most ORMs, but you should still write one so every environment gets the same schema. Otherwise staging and prod will drift.",
    "That warning is harmless. It's pydantic telling you that `.dict()` is deprecated in v2; switch to `.model_dump()` when you touch that code and it goes away.",
    "Short version: your test depends on dict ordering from a set. Sort the list before you compare and it will stop flaking.",
    "I'd structure the talk in three parts: why flaky tests cost more than they seem (5 min), a taxonomy with real examples (10 min), and a playbook for quarantining and fixing them (5 min). Slide titles could be: 'The hidden tax', 'Five kinds of flake', 'Quarantine is not a fix'.",
)
WRITTEN_DOCS = (
    "handoff uses flock on `.handoff/lock` to serialise writers. The lock is advisory; every command that writes goes through `store.acquire()`, so nothing else needs to know about it. Readers do not lock: they read a snapshot written by rename.",
    "The worker pool size is set by `WORKERS` (default 4). Each worker pulls one job at a time from the queue and acks it after the job's transaction commits.",
    "We merge pull requests with squash commits. Rebase your branch onto main before asking for review; do not merge main into it.",
    "`acquire()` raises `LockBusy` when another process holds the lock and `wait=False`. Callers in the CLI catch it and print which pid holds the lock.",
    "Version strings follow semver. Pre-release tags (`-rc.1`) are published to the test index only.",
    "Refactored `group_by_owner()` to use a dict; duplicate owners were overwritten before (#2291). No behaviour change otherwise.",
    "The event bus is Redis Streams with one consumer group per service. Messages are acked after processing; unacked messages are reclaimed after 5 minutes by `reclaim.py`.",
    "nginx sits in front of the api with `proxy_read_timeout 60s`. The export endpoint is the exception (300s); see `deploy/nginx/api.conf`.",
    "Every schema change needs a migration, even a new nullable column, so that all environments stay in step. Migrations are applied by the deploy job before the new pods start.",
    "Pydantic v2 deprecation warnings are turned into errors in CI (`-W error::DeprecationWarning`), so fix them when you see them locally.",
    "Tests must not depend on set or dict iteration order; sort before comparing. The `randomly` plugin shuffles test order to catch hidden coupling.",
    "Talk proposals for the internal conference are due on 15 January. Slots are 20 minutes; send the abstract and an outline to the program committee.",
)


def written_answer(rng: random.Random) -> str:
    """A hand-written model answer, whole or its first sentences, sometimes under a label."""
    text = rng.choice(WRITTEN_ANSWERS)
    if rng.random() < 0.4:
        text = ". ".join(text.split(". ")[: rng.randint(1, 2)]).rstrip(".") + "."
    return rng.choice(ANSWER_LABELS) + text


def written_doc(rng: random.Random) -> str:
    """A hand-written docs paragraph, whole or its first sentences."""
    text = rng.choice(WRITTEN_DOCS)
    if rng.random() < 0.4:
        text = ". ".join(text.split(". ")[: rng.randint(1, 2)]).rstrip(".") + "."
    return rng.choice(("", "", "## Notes\n\n", "> ", "docs: ")) + text


MORE_SECOND_PERSON_PROMPTS = (
    "You are my rubber duck. Ask me one question at a time until I find the bug myself.",
    "Imagine you're onboarding me to this codebase. Start with the big picture, then the data flow.",
    "You'll see a list of log lines. Group them by root cause and give each group a title.",
    "Whenever I paste code, you reply with the time complexity and nothing else.",
    "You have 3 tries to guess what this function does from its name; then read the body and correct yourself.",
    "You write in the voice of our brand: warm, short sentences, no exclamation marks. Rewrite the text I give you.",
    "When you don't know, say so instead of guessing, and tell me what you'd need to find out.",
    "You're grading a take-home exercise. Score it on readability, tests and correctness, one line each.",
)
MORE_SECOND_PERSON_COPY = (
    "You can't undo this: deleting the project removes all its notes.", "You're offline. Changes will sync when you reconnect.",
    "Your export is ready. It will be available for 7 days.", "You need to verify your email before you can invite others.",
    "When you run `{tool} init`, you'll be asked for a project name.", "You can change this later in Settings.",
    "You're about to deploy to production. Type the service name to confirm.", "If you see 'permission denied', check that you own the directory.",
)


def second_person_prompt_more(rng: random.Random) -> str:
    """A second-person instruction to a model from the extra stock, or the main one."""
    if rng.random() < 0.4:
        return rng.choice(MORE_SECOND_PERSON_PROMPTS)
    return second_person_prompt(rng)


def second_person_copy_more(rng: random.Random) -> str:
    """Second-person product copy from the extra stock, or the main one."""
    if rng.random() < 0.4:
        return rng.choice(MORE_SECOND_PERSON_COPY).format(tool=rng.choice(TOOLS_CLI))
    return second_person_copy(rng)
