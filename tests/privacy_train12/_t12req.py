"""Classes 1 and 2: requests to a model vs to-do notes for a colleague; first-person agent
answers vs first-person handoff notes.

Both sides are imperative (class 1) or first person (class 2) and share verbs (write, explain,
rewrite, summarise, tell me, can you), so the classifier must learn what is asked for: generic
generated content vs a concrete project artefact (file, PR, host, ticket, person).
"""

from __future__ import annotations

import random

from _t12vocab import fill

C1_PROMPT = (
    "Write a limerick about {concept}.",
    "Explain {concept} like I'm five.",
    "eli5 {concept}",
    "Give me five catchy names for a {lang} library that does retries.",
    "Rewrite this paragraph so it sounds more confident and less wordy.",
    "Act as a senior {lang} reviewer and tear my approach apart, politely.",
    "You are a helpful assistant that only ever answers in JSON.",
    "Respond in exactly three bullet points, no intro sentence.",
    "Summarize the pros and cons of {concept} as a markdown table.",
    "Translate the text below into formal German and keep the line breaks.",
    "What's the difference between {concept} and {concept}, in plain words?",
    "Pretend you're a pirate and explain {concept} to a new hire.",
    "Can you write me a cover letter for a backend engineer role? Enthusiastic but not cringe.",
    "Draft a tweet announcing a new dark mode, upbeat tone, two emojis max.",
    "Output only valid YAML. No prose, no code fences.",
    "Generate 10 edge-case test inputs for a function that parses ISO dates.",
    "make it shorter and funnier",
    "Continue the story from where you left off, but give the dragon a name.",
    "List 20 interview questions about {concept} for a mid-level candidate.",
    "Give me a regex that matches most email addresses and explain each part.",
    "Explain {concept} using an analogy about a restaurant kitchen.",
    "Fix the grammar and tone of the following email, keep it friendly.",
    "Write a {lang} function that reverses a linked list, with comments on every line.",
    "Brainstorm 15 blog post titles about {concept}.",
    "Describe {concept} to a product manager in under 100 words.",
    "You're my rubber duck. Ask me one question at a time until I find the bug.",
    "Format your whole answer as markdown with H2 headings and a TL;DR at the top.",
    "Tell me a joke about {lang} developers.",
    "In the voice of a 1920s radio announcer, describe {concept}.",
    "Compare {lang} and {lang} for building CLIs. Be opinionated.",
    "From now on reply only in Spanish, whatever I write.",
    "Suggest a study plan for learning {lang} in four weeks.",
    "Turn these bullet points into a warm thank-you speech for a retiring colleague.",
    "what are some good ways to handle errors in {lang}? give examples",
    "Write a short poem about on-call at 3am, free verse.",
    "Pretend to be a Linux terminal. I type commands, you reply with what the terminal would show.",
    "Roleplay as a tough interviewer for a staff SRE position.",
    "Explain it again but without the jargon this time.",
    "Give me three possible reasons a {lang} program might segfault, ranked by likelihood.",
    "Paraphrase the following so it doesn't sound like it was copied.",
    "now do the same in {lang}",
    "Write a motivational LinkedIn post about shipping fast. Max 5 hashtags.",
    "Please explain the difference between a process and a thread with an example.",
    "Create a weekly meal plan for a vegetarian runner.",
    "You will receive a code diff. Reply with a one-line commit message and nothing else.",
    "Can you help me understand {concept}? I keep getting confused.",
    "Answer as if you were Linus Torvalds reviewing this patch.",
    "Keep all answers under 50 words unless I say 'long'.",
    "Generate a fake but realistic customer support conversation about a late refund.",
    "Simplify this explanation for a high-school student.",
    "make it rhyme", "again but more formal", "tl;dr please", "continue", "in bullet points pls",
    "now as a table", "explain {concept} briefly", "you are a poet now",
    "Explain what {file} does, line by line, as if I'd never seen {lang}.",
    "Here's {file}. Rewrite it in idiomatic {lang} and output only the code.",
    "Write a unit test for {file} using {tool}; return a single code block and no explanation.",
    "Look at this stack trace from {host} and tell me in plain English what went wrong.",
    "Pretend you are the author of {pr} and defend the design in a short paragraph.",
    "Give me a witty name for {proj}'s new logo, five options.",
    "Write a bedtime story about a lonely server that learns to scale.",
    "Act like my manager and give me feedback on this self-review, be blunt.",
    "Explain recursion to me using only emojis.",
    "Suggest ten variable names that are better than `data2`.",
    "Reply with 'yes' or 'no' only: is {concept} a good fit for a todo app?",
    "Convert this bash one-liner into a {lang} script and explain what each line does.",
    "Rank these {n} frameworks by popularity and justify the ranking.",
    "Draft three subject lines for a newsletter about {concept}, A/B-test style.",
    "I'll paste an error; you tell me what it means and how to fix it. Ready?",
    "Quiz me on {concept}, one question at a time, and tell me when I'm wrong.",
    "Write the opening paragraph of a sci-fi novel set in a data center.",
    "Describe yourself in three words.",
)

C1_BENIGN = (
    "Write the upgrade note for {pr} in docs/runbook.md.",
    "Explain the retry change to {person} before Thursday's sync.",
    "rerun {tool} on {host}",
    "Give {person} read access to the {proj} dashboards.",
    "Rewrite {file} to use the new client once {pr} lands.",
    "Act on {ticket} before the freeze, {person} is out all week.",
    "Respond to {handle} on {ticket}; they need the {env} numbers by noon.",
    "Respond in the {ticket} thread, not in DMs, so the auditors see it.",
    "Summarize the {env} incident in {ticket} for Monday's review.",
    "Translate the missing fr keys in locales/fr.json, 12 strings left.",
    "Rerun the flaky lock test and paste the timing into {pr}.",
    "Check with {person} whether {host} can be decommissioned.",
    "Draft the release notes for {proj} {ver} from the merged PRs; {person} reviews.",
    "Move the {proj} deploy to Thursday, {person} is at the offsite.",
    "Output of `{tool}` on {host} goes into {ticket}, don't paste it in Slack.",
    "Generate fresh fixtures with scripts/backfill.sh --dry-run and commit them to {pr}.",
    "make {host} drain before the kernel patch",
    "Continue the {proj} migration from step 4; steps 1-3 are done on {env}.",
    "List the cron jobs on {host} and attach the list to {ticket}.",
    "Fix the typo in {file}, line {n}.",
    "Tell {person} the {proj} deploy is blocked on {ticket}.",
    "Compare {metric} before and after {sha} on {env}, post it in #perf.",
    "Format {file} with the new ruff config before merging {pr}.",
    "Ask {handle} for the {proj} on-call handover doc.",
    "Review {pr}: it touches {file} and needs a second pair of eyes.",
    "Ping {handle} if {host} alerts again tonight.",
    "Bump {proj} to {ver} and rerun {tool}.",
    "Describe the rollback steps in docs/runbook.md, {person} asked after {ticket}.",
    "Tell me when {pr} is merged so I can cut {ver}.",
    "Can you take {ticket} tomorrow? I'm on the {proj} rollout.",
    "You own the {proj} pager this week; {person} swaps with you Friday.",
    "From now on the {proj} deploys go through the merge queue, not by hand.",
    "Suggest a date for the {proj} {ver} cutover in {ticket}, {person} proposed the 14th.",
    "Turn off the {proj} canary on {env} until {ticket} is fixed.",
    "what's the status of {ticket}? {person} says {env} is still red",
    "Write a regression test for {topic} in tests/test_export.py before touching {file}.",
    "Roll {host} back to {ver} if the {metric} stays above {ms} after 15 min.",
    "Explain in {pr}'s description why we pin {ver}; reviewers keep asking.",
    "Please add {person} to the {proj} CODEOWNERS for {file}.",
    "Keep {env} frozen until {person} signs off on {ticket}.",
    "Simplify the {proj} Helm values: the {env} overrides duplicate the base file.",
    "Can you help {person} get the {proj} dev env running? Docker on the M2 keeps crashing.",
    "Create the {proj} {ver} milestone and move the open bugs from {ticket}.",
    "Paraphrase nothing in the SLA doc; legal wants the wording verbatim. Just fix the table in {file}.",
    "now do the same on {host}",
    "Archive the #{proj}-migration channel after {ticket} closes.",
    "Answer {person}'s question on {pr} about the lock ordering, I don't know it.",
    "Give the {proj} runners 2 more GB, OOM kills on {host} since {sha}.",
    "Write down which {lang} version {proj} really needs, the README says one thing and CI another.",
    "Clean up the stale branches in {proj} older than 90 days, except release/*.",
    "merge {pr} after lunch", "rerun CI on {sha}", "ship {ver} friday", "drain {host} first",
    "ping {handle} re {ticket}", "now the same for {env}", "backfill {proj} tonight", "you own {ticket} now",
    "Draft the eng-blog post about {topic}; {person} edits, publish after {ticket} closes.",
    "Write five interview questions on {concept} for Thursday's panel and send them to {person}.",
    "Explain {concept} in the onboarding doc, section 3; new hires keep asking.",
    "Pick a name for the {proj} Slack channel, {person} hates the current one.",
    "Translate the {proj} status page notice into German before the maintenance window.",
    "Summarize the three options from {ticket} in a table for the architecture review.",
    "note to self: {host} reboots at 02:00 Sunday, check the {proj} consumers after.",
    "Hand the {proj} release checklist to {person}; she runs {ver}.",
    "Act as release captain for {ver} if {person} is still sick tomorrow.",
    "Reply to the vendor on {ticket} with yes or no on the renewal; finance needs it today.",
    "Convert scripts/backfill.sh to a Makefile target so CI can call it.",
    "Rank the {proj} flaky tests by failure count from the last 200 runs and post the top 10 in {ticket}.",
    "Quiz the new on-call on the {proj} runbook before their first shift, {person} did it last time.",
    "Describe the {env} network layout in docs/runbook.md, nobody but {person} knows it.",
    "Double-check the {proj} backups restore on {host} before Friday's drill.",
    "Cancel the {proj} load test, {env} is shared with the demo today.",
    "Renew the TLS cert for {proj}.internal before the 14th, {ticket} has the steps.",
    "Tell the {proj} channel that {host} is going away on Monday.",
)

CONSTRAINTS = (
    " Keep it under 150 words.", " Use bullet points.", " No jargon please.",
    " Answer in Spanish.", " Make it sound human.", " Be concise.", " Use a friendly tone.",
    " Include an example.", " Don't use the word 'leverage'.", " Return it as a numbered list.",
    " Explain your reasoning step by step.", " Two paragraphs max.",
)
FOLLOWUPS = (
    " Blocked until {ticket} lands.", " {person} has the context.",
    " Logs are on {host} under /var/log/{proj}.", " CI: {tool} green on {sha}.",
    " Not urgent, before the {ver} cut.", " See {pr}.", " Owner: {handle}.",
    " Last run took {ms}.", " Only on {env} for now.", " Done when {ticket} closes.",
)
PROMPT_CONTEXT = (
    "I'm preparing a talk for juniors. ", "My manager keeps asking about this. ",
    "Quick one: ", "For a blog post: ", "I'm new to {lang}. ", "Context: I'm a student. ",
    "Hey! ", "ok so ", "Follow-up: ",
)
BENIGN_CONTEXT = (
    "Handover: ", "For tomorrow: ", "TODO: ", "Quick one: ", "note to self: ", "- [ ] ",
    "ok so ", "Follow-up: ", "Next: ",
)


P_LIST_HEADS = (
    "Explain {concept} in one paragraph", "Write a short intro to {concept}", "Summarize {concept} for a beginner",
    "Describe how {concept} works", "Compare {concept} with {concept}",
)
P_LIST_ITEMS = (
    "Then give a real-world analogy", "Add a short {lang} example",
    "Keep it under 200 words", "End with a one-line summary", "Use a friendly tone", "No bullet points",
    "List three common mistakes", "Suggest further reading", "Format the answer as markdown",
)
B_LIST_ITEMS = (
    "Rerun {tool} on {host}", "Paste the timings into {pr}", "Ping {handle} about {ticket}",
    "Bump {proj} to {ver}", "Drain {host} before the patch", "Update docs/runbook.md for {topic}",
    "Close {ticket} once {env} is green", "Ask {person} for the {proj} dashboards", "Revert {sha} if {metric} spikes",
    "Check the {proj} cron on {host}",
)


def c1_list(rng: random.Random, prompt: bool) -> str:
    """A request or a to-do list of 2-5 items, in one of four list styles."""
    picks = rng.sample(P_LIST_ITEMS if prompt else B_LIST_ITEMS, rng.randint(2, 5))
    if prompt:
        picks = [rng.choice(P_LIST_HEADS), *picks[1:]]
    items = [fill(rng, x) for x in picks]
    style = rng.randrange(4)
    if style == 0:
        return "\n".join(f"{i}. {x}" for i, x in enumerate(items, 1))
    if style == 1:
        return "\n".join(f"- [ ] {x}" for x in items)
    if style == 2:
        return "; ".join(items) + "."
    return "\n".join(f"* {x}." for x in items)


def c1_templates() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    return ([(f"c1p{i}", s) for i, s in enumerate(C1_PROMPT)],
            [(f"c1b{i}", s) for i, s in enumerate(C1_BENIGN)])


def c1_wrap(rng: random.Random, text: str, prompt: bool) -> str:
    """Optional lead-in and tail, from label-specific pools that overlap in their words."""
    if rng.random() < 0.3:
        text = fill(rng, rng.choice(PROMPT_CONTEXT if prompt else BENIGN_CONTEXT)) + text
    if rng.random() < 0.3:
        end = "" if text.endswith(("?", "!")) else "."
        text = text.rstrip(".") + end + fill(rng, rng.choice(CONSTRAINTS if prompt else FOLLOWUPS))
    return text


# Class 2 is composed from parts; the template id is the opening, the rest is drawn freely.
C2_P_OPEN = (
    "I checked {file} and found that the retry counter is never reset after a success.",
    "I looked through {file} first to understand how the lock is acquired.",
    "Sure — the issue is that the cache key ignores the tenant, so two tenants share entries.",
    "Great question! The error happens because the connection pool is exhausted before the retry fires.",
    "I'll start by reading {file} to get a sense of the current structure.",
    "Let me take a look at the failing test first.",
    "I ran `{tool}` and reproduced the failure you described.",
    "You're right, I made a mistake in my previous answer: the timeout is in seconds, not milliseconds.",
    "I've analyzed the stack trace you shared.",
    "Understood. I'll refactor the function without changing its public signature.",
    "I apologize for the confusion earlier.",
    "Based on the logs you pasted, the worker is being OOM-killed.",
    "I searched the codebase for usages of `parse_config` and found {n} call sites.",
    "Okay, I went through the diff you gave me line by line.",
    "Absolutely! Here's how I'd approach it.",
    "I traced the request through the middleware and the handler.",
    "Good catch — that test is flaky because it depends on wall-clock time.",
    "I'm going to break this into three steps.",
    "I updated the function as you asked.",
    "First, I read the README and the Makefile to see how the tests are run.",
    "Thanks for the extra context. With that, the cause is clearer: the migration runs before the cache is warmed.",
    "I've gone ahead and implemented the changes you requested in {file}.",
    "Looking at your code, I can see a couple of issues.",
    "Here's what I found after reviewing {file}:",
    "My plan: reproduce the failure, isolate the cause, fix it, then run the full test suite.",
)
C2_P_MID = (
    " Then I changed the loop so that the counter resets when the call succeeds.",
    " Then I added a guard so the lock is released in a `finally` block.",
    " To fix it, I included the tenant id in the key and added a test that covers two tenants.",
    " The simplest fix is to raise the pool size or to release connections earlier.",
    " After that, I'll write a failing test, make it pass, and run the whole suite.",
    " Next, I'll add logging around the retry so we can see what's happening.",
    " I replaced the sleep with an injected clock so the test is deterministic.",
    " I kept the behaviour the same for existing callers.",
    " It looks like the memory grows because every request allocates a new buffer.",
    " I also noticed that the error message is swallowed in the except block.",
)
C2_P_CLOSE = (
    " Here is the updated function:\n```\ndef fetch(url, retries=3):\n    for attempt in range(retries):\n        try:\n            return get(url)\n        except TimeoutError:\n            sleep(2 ** attempt)\n```",
    " Here's the corrected version:\n```\nwith lock:\n    do_work()\n```",
    " Let me know if you'd like me to also update the docs.",
    " Would you like me to apply the same change to the other handlers?",
    " All {n} tests pass now. Anything else you'd like me to look at?",
    " I hope this helps! Feel free to ask if anything is unclear.",
    " Should I go ahead and open a pull request with these changes?",
    " The changes are ready for your review.",
    " Want me to write a test for this too?",
    " Let me know how it goes.",
    "",
)
C2_B_OPEN = (
    "I bumped the lock timeout to 30s in {file}; CI is green on {sha}.",
    "I checked {host}: disk at 91 %, cleared old journals, left /var/lib/docker alone.",
    "I reverted {sha} after the {env} deploy broke logins.",
    "I ran {tool} locally, 3 failures, all in test_export.",
    "I'll pick up {ticket} on Monday; WIP branch is wip/{proj}-retry.",
    "I changed my mind on the cache key format, see my comment on {pr}.",
    "I looked at {topic} with {person} this morning.",
    "I traced {topic} to {sha}, the commit that moved the config loader.",
    "Sorry for the noise on {ticket}, my script reopened it.",
    "I rebased {pr} onto main and fixed the two conflicts in {file}.",
    "Spent the afternoon on {topic}; I can reproduce it on {env} but not locally.",
    "I paired with {person} on {ticket}, we think it's the pool size.",
    "I've made the following changes for reviewers: moved the retry into {file} and dropped the old flag.",
    "I updated the {proj} runbook after yesterday's page.",
    "I split {pr} in two so the migration can ship first.",
    "I restarted the consumers on {host} at 14:10, lag back to zero by 14:25.",
    "Good catch by {person}: the test depended on wall-clock time, I injected a clock in {pr}.",
    "I'm out tomorrow, {person} has the {proj} pager.",
    "I went through the {proj} alerts and muted the two that fire on every deploy.",
    "First day on {proj}: I read the README and the Makefile, `make test` passes on my machine.",
    "Thanks {person} for the extra context on {ticket}: the migration runs before the cache is warmed.",
    "I've implemented the review comments on {pr} except the rename, which I'd rather do separately.",
    "I looked at {person}'s branch for {topic}, two issues, left comments on {pr}.",
    "Here's what I found on {host} after the page:",
    "My plan for tomorrow: reproduce {topic} on {env}, bisect between {ver} and main, then fix.",
)
C2_B_MID = (
    " Next: watch {metric} on {env} overnight.",
    " Didn't touch the {proj} chart.",
    " {person} is looking at root cause in {ticket}.",
    " Not sure they're mine, asked {handle}.",
    " The flag is still on in {env}, off everywhere else.",
    " Numbers are in {ticket}.",
    " Memory stays flat at about 600 MB now.",
    " The old code path is still there behind `LEGACY_RETRY=1`.",
    " Kept the public API the same.",
    " The error message was swallowed in the except block; now it's logged.",
)
C2_B_CLOSE = (
    " Diff of the hot path:\n```\n-    sleep(1)\n+    sleep(backoff(attempt))\n```",
    " Command I used:\n```\n{tool} -k lock --count 50\n```",
    " Open question for {person}: do we keep the flag after {ver}?",
    " Remaining: the {host} cron, see {file}.",
    " Next person: run {tool} before merging {pr}.",
    " Ping me if it flaps again.",
    " Should be safe to close {ticket} after the {ver} cut.",
    " PR is up for review: {pr}.",
    " Will write the test tomorrow.",
    " Handing over to {person}.",
    "",
)


def c2_make(rng: random.Random, prompt: bool, idx: int) -> str:
    opens, mids, closes = (C2_P_OPEN, C2_P_MID, C2_P_CLOSE) if prompt else (C2_B_OPEN, C2_B_MID, C2_B_CLOSE)
    text = opens[idx]
    for _ in range(rng.choice((0, 1, 1, 2))):
        text += rng.choice(mids)
    text += rng.choice(closes)
    return fill(rng, text)


P_STEPS = (
    "Read {file} and the tests around it", "Reproduced the failure with `{tool}`",
    "Added a failing test for the edge case you mentioned", "Refactored the retry loop into a helper",
    "Updated the docstring to explain the new parameter", "Ran the full test suite; everything passes",
    "Removed the unused import I introduced earlier", "Checked that the public API is unchanged",
)
B_STEPS = (
    "Merged {pr} after {person}'s review", "Rotated the {proj} logs on {host}",
    "Rebased wip/{proj}-retry on main, conflicts in {file}", "Bumped {proj} to {ver} on {env}",
    "Muted the disk alert on {host} until {ticket} closes", "Backfilled {n} days of the {proj} export",
    "Reverted {sha}, it broke the {env} login", "Wrote up {topic} in {ticket}",
)


def c2_long(rng: random.Random, prompt: bool, variant: int) -> str:
    """Long first-person texts (up to ~1,500 characters): two paragraphs, or a step list."""
    if variant == 0:
        n = len(C2_P_OPEN if prompt else C2_B_OPEN)
        return "\n\n".join(c2_make(rng, prompt, rng.randrange(n)) for _ in range(rng.randint(2, 4)))
    steps = rng.sample(P_STEPS if prompt else B_STEPS, rng.randint(3, 6))
    if prompt:
        head = rng.choice(("Here's what I did:", "I've completed the task. Summary of changes:", "Done! Here is a summary of what I changed:"))
        tail = rng.choice(("Let me know if you'd like any adjustments.", "Would you like me to commit these changes?", "Is there anything else you want me to handle?"))
    else:
        head = rng.choice(("Done today:", "Handoff, {proj}:", "What I did before going on leave:"))
        tail = rng.choice(("Next: {topic}, owner {person}.", "Blocked: {ticket} (waiting on {person}).", "Open: nothing urgent, {ticket} can wait."))
    body = "\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1))
    return fill(rng, f"{head}\n{body}\n\n{tail}")
