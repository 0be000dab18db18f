"""English phrase stock for round 11's field lines: requests to a model and engineers' notes.

Both sides share one topic table, so a topic word says nothing about the label: what differs is
the shape of the sentence. A request asks for generated output (explain, write, rewrite, give me
options, in N bullets, shorter, step by step); a note records an action, a state, an owner, a
commit or an id. Pieces are combined by ``generate.py`` with a seeded ``random.Random``.
"""

from __future__ import annotations

import random
import re

TOPICS = (
    "the retry budget in the upload worker", "the flaky test_lock_timeout", "the tenant_id migration",
    "the nightly backup job", "the websocket reconnect logic", "our rate limiter", "the CSV importer",
    "the Dockerfile for the api image", "the helm chart values", "the terraform state drift",
    "the login redirect loop", "the cache invalidation in the pricing service", "the cron that prunes sessions",
    "the gRPC deadline on search", "the memory leak in the thumbnailer", "the pagination cursor bug",
    "the OpenAPI spec for v2", "the feature flag for dark mode", "the Kafka consumer lag", "the S3 lifecycle rules",
    "the pytest fixtures in conftest.py", "the ESLint config", "the React hook that refetches on focus",
    "the Postgres vacuum settings", "the nginx upstream timeouts", "the SQLite WAL checkpointing",
    "the release checklist", "the on-call runbook for disk full", "the error budget policy", "the mypy strict errors",
    "the deprecation warnings from pydantic", "the lockfile conflict", "the GitHub Actions matrix",
    "the webhook signature check", "the timezone bug in reports", "the i18n strings for checkout",
    "the Redis eviction policy", "the index on orders.created_at", "the Go module upgrade", "the Rust borrow error in parser.rs",
    "the k8s liveness probe", "the OOM kills on worker-3", "the slow query on /api/invoices", "the CORS preflight failures",
    "the JSON schema for events", "the Makefile targets", "the monorepo build cache", "the Android build on CI",
    "the Swift concurrency warnings", "the flock contention in store.py", "the audit log format", "the retry jitter",
    "the batch size for embeddings", "the docs site search", "the changelog for 3.2", "the onboarding guide",
    "the benchmark regression in encode()", "the circuit breaker thresholds", "the TLS cert rotation", "the DNS failover",
)

REQUEST_OPENERS = (
    "explain {t}", "explain to me how {t} works", "can you explain {t}", "walk me through {t}",
    "write a short summary of {t}", "summarise {t} for me", "summarize {t}", "give me a tl;dr of {t}",
    "write a test for {t}", "write me a function that fixes {t}", "draft a PR description for {t}",
    "rewrite the docstring for {t}", "rewrite this paragraph about {t} so it reads better",
    "give me 3 options for {t}", "give me a few ideas to improve {t}", "list the pros and cons of changing {t}",
    "compare two approaches to {t}", "suggest names for a module that handles {t}", "outline a design doc for {t}",
    "act as a senior SRE and review {t}", "pretend you're a staff engineer and critique {t}",
    "write a commit message for the change to {t}", "generate a haiku about {t}", "draft a slack post announcing {t}",
    "turn {t} into a checklist for me", "what would you change about {t}", "how would you test {t}",
    "help me understand {t}", "write an ADR about {t}", "translate the notes on {t} into German",
    "convert {t} to TypeScript and show the code", "make a mermaid diagram of {t}", "brainstorm failure modes of {t}",
    "describe {t} as if to a new hire", "write a postmortem intro about {t}", "tell me what's wrong with {t}",
    "propose a fix for {t} and show the diff", "write a limerick about {t}", "draft an email to the team about {t}",
    "update the README section on {t} for me and show the new text", "see the code below and explain {t}",
    "tests are green locally but red on CI for {t}, tell me why", "I'm on a branch that touches {t}; write the changelog entry",
    "my tech lead wants {t} done by Friday, help me plan it", "read the ticket about {t} and tell me what the owner expects",
    "summarise docs/runbook.md for me, the part on {t}", "list the changes to {t} since the last tag and write release notes",
    "explain the decision we made on {t} in plain words", "why does {t} keep failing after every deploy?",
    "is {t} something I should worry about? be honest", "I want a one-page overview of {t}", "need a cheat sheet for {t}",
    "please produce a migration plan for {t}", "what's the idiomatic way to handle {t}? show an example",
    "so how does {t} actually work", "ok but why is {t} designed like this", "do you think {t} is over-engineered", "turn the wiki page on {t} into an FAQ", "what changed in {t} since staging was deployed, in 3 bullets",
)

ADDRESSED = re.compile(r"\b(?:me|my|you|I|I'm|explain|haiku|limerick|pretend|act as|tl;dr)\b|\?")
"""A request that names its asker or its listener, or that only a model would be asked for."""

CONSTRAINTS = (
    "in 3 bullets", "in five bullet points", "step by step", "no emojis", "keep it under 100 words",
    "shorter", "like I'm five", "as a table", "in plain English", "for a non-technical manager",
    "with code examples", "only the code, no explanation", "one paragraph", "don't use markdown",
    "in a friendly tone", "be blunt", "numbered list please", "max 2 sentences", "in the style of the Go docs",
    "use British spelling", "and cite the docs you rely on", "then give me a shorter version", "skip the intro",
    "bullet points, not prose", "assume I know Python but not Rust", "as a tweet", "formal tone",
    "and explain each step", "with a TL;DR at the top", "and suggest follow-up questions",
)

REQUEST_FRAMES = (
    "{r}", "{r}", "{r}", "{r}, {c}", "{r} {c}", "{r}. {c}", "{r} — {c}", "pls {r}, {c}", "{r}? {c}",
    "could you {r}? {c}", "{r} ({c})", "I need you to {r}, {c}", "hey, {r}. {c}, thanks",
)

QUOTE_LABELS = (
    "user asked:", "request (verbatim):", "what they typed:", "original ask —", "user's message:",
    "asked the assistant:", "typed into the chat:", "prompt was:", "their words:", "the ask:",
    "sent to the model:", "input from user:", "query:", "user wrote",
)

NOTE_ACTIONS = (
    "rerun {t}", "check {t}", "revert the last change to {t}", "bisect {t}", "pin {t} until the fix lands",
    "look at {t} again", "profile {t}", "add logging around {t}", "split {t} into two PRs", "reproduce {t} locally",
    "file a ticket for {t}", "move {t} behind a flag", "document {t} in the wiki", "drop the workaround for {t}",
    "backport the fix for {t}", "review {t}", "rewrite {t}", "clean up {t}", "test {t} on staging",
    "measure {t} under load", "ask infra about {t}", "update {t}", "delete the dead code in {t}", "roll back {t}",
    "ping me if {t} fails again", "add a comment to explain {t}", "give {who} access to the dashboard for {t}",
    "write down how {t} works in the wiki", "add {t} to the release list", "list the callers of {t}",
)

NOTE_STATES = (
    "{t} is fixed on main", "{t} still fails about 1 in 20 runs", "{t} merged, not deployed yet",
    "{t} blocked on review", "{t} green on CI", "{t} reverted in {sha}", "{t} rolled out to 10%",
    "{t} done, waiting for QA", "{t} works locally, fails on arm64", "{t}: root cause found, patch in {pr}",
    "{t} paused while the freeze is on", "{t} landed in {sha}", "{t} half done, see branch {br}",
    "{t} is a no-op after {pr}", "{t} has no owner yet", "{who} asked me to check {t}",
    "{who} will explain {t} at standup", "{who} suggested two options for {t}; going with the first",
    "dashboard shows no errors from {t} since the deploy", "{who} would rather ship {t} after the freeze",
    "a few retries left in {t} before it gives up", "the fix for {t} should include a test, {who} says",
    "{t} reverted because it broke {issue}", "looks like {t} is fine after {pr}", "same failure as {issue} in {t}",
    "design doc for {t} approved by {who}", "stack trace for {t} attached to {issue}", "hey {who}, {t} is yours now",
    "output of {t} differs on arm64, pasted it into {issue}", "tell {who} when {t} is deployed",
    "why is {t} slower since {sha}? asked {who}", "does {t} need a migration? checking with {who}",
    "open question: who owns {t} after the reorg", "is {t} still needed? {who} thinks not",
)

TAILS = (
    "then check the retry budget", "then ping {who}", "owner: {who}", "see {issue}", "ETA {day}",
    "blocked by {issue}", "commit {sha}", "PR {pr}", "after the freeze", "before {day}", "assigned to {who}",
    "(started {day})", "then close {issue}", "cc {who}", "if it fails again, page {who}", "last run {run}",
    "branch {br}", "then bump to {ver}", "{who} has context", "tag {ver} once green",
)

WHO = ("@dana", "@mk", "sam", "priya", "@jlee", "ops", "@tomasz", "infra team", "Ana", "@r.okafor", "kim", "@wei",
       "the platform team", "Lars", "@nadia", "@b-ortiz", "Yuki", "QA")
DAYS = ("thu", "Friday", "EOD", "Mon", "next sprint", "2026-12-04", "12/09", "tomorrow", "wk 49")
BRANCHES = ("fix/retry-budget", "feat/export-csv", "mk/flock", "wip-tenant", "chore/deps", "hotfix-3.1.2", "dana/probe")


def _sha(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((7, 7, 8, 12))))


def _issue(rng: random.Random) -> str:
    return rng.choice(("#", "GH-", "INFRA-", "HND-", "JIRA-", "OPS-", "#")) + str(rng.randint(12, 9999))


def fill_ids(text: str, rng: random.Random) -> str:
    """Replace the id slots of a note tail with fresh values."""
    return text.format(
        who=rng.choice(WHO), day=rng.choice(DAYS), issue=_issue(rng), sha=_sha(rng),
        pr="#" + str(rng.randint(100, 4999)), br=rng.choice(BRANCHES), run=str(rng.randint(1000, 99999)),
        ver=f"{rng.randint(0, 4)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}", rel=f"{rng.randint(1, 4)}.{rng.randint(0, 12)}",
    )


def field_request(rng: random.Random) -> str:
    """One request to a model as an agent would copy it into a note field."""
    t = rng.choice(TOPICS)
    r = rng.choice(REQUEST_OPENERS).format(t=t)
    c = rng.choice(CONSTRAINTS)
    frames = REQUEST_FRAMES
    if r.startswith(("what ", "how ", "can you", "tell ", "help ", "I'm ", "my ", "tests ", "see ", "read ")):
        frames = tuple(f for f in REQUEST_FRAMES if f.startswith("{r}"))
    frame = rng.choice(frames)
    if "{c}" not in frame and not ADDRESSED.search(r):
        # A bare "write a test for X" reads as an engineer's own to-do: give it an output cue.
        frame = rng.choice([f for f in frames if "{c}" in f])
    body = frame.format(r=r, c=c)
    if rng.random() < 0.35:
        body = body + ", " + rng.choice(CONSTRAINTS)
    return _case(body, rng)


def field_note(rng: random.Random) -> str:
    """One engineer's to-do or status note built from the same topics."""
    t = rng.choice(TOPICS)
    if rng.random() < 0.55:
        first = rng.choice(NOTE_ACTIONS).replace("{t}", t)
        second = rng.choice(NOTE_ACTIONS).replace("{t}", rng.choice(TOPICS)) if rng.random() < 0.4 else ""
    else:
        first = rng.choice(NOTE_STATES).replace("{t}", t)
        second = ""
    parts = [first]
    if second:
        parts.append("then " + second)
    if rng.random() < 0.75:
        parts.append(rng.choice(TAILS))
    if rng.random() < 0.3:
        parts.append(rng.choice(TAILS))
    sep = rng.choice((", ", "; ", " — ", ". ", ", "))
    return _case(fill_ids(sep.join(parts), rng), rng)


def _case(text: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        text = text[0].upper() + text[1:]
    if rng.random() < 0.3 and not text.endswith((".", "?", ")")):
        text += "."
    return text


WRAPPERS = (
    "{x}", "{x}", "{x}", "next: {x}", "note: {x}", "- [ ] {x}", "TODO {x}", "* {x}", "> {x}",
    "{d} {x}", "[{d}] {x}", "next_action={x}", "(via {w}) {x}", "summary: {x}", "handoff note: {x}", "- {x}",
    "context: {x}", "1. {x}", "NOTE({w}): {x}", "{w}: {x}",
    'handoff note add "{x}"', '{{"next_action": "{x}"}}', "| {d} | {w} | {x} |", "## Next\n{x}",
)


def wrap(text: str, rng: random.Random) -> str:
    """Put the same noise around either label: list markers, timestamps, field names."""
    d = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    who = rng.choice(WHO)
    return rng.choice(WRAPPERS).format(x=text, d=d, w=who if rng.random() < 0.5 else who.lstrip("@"))


def quoted_request(rng: random.Random) -> str:
    """A request under a label, as an agent records the user's words."""
    label = rng.choice(QUOTE_LABELS)
    q = rng.choice(('"{}"', "{}", "“{}”", "'{}'", "`{}`"))
    return f"{label} {q.format(field_request(rng))}"


COLLEAGUE_LABELS = (
    "dana asked:", "from standup —", "lead wants:", "ask from PM:", "mk's request:", "left by sam:",
    "reviewer said:", "ticket says:", "per infra:", "handover from Yuki:", "from the incident channel:",
    "what ops asked for:", "carry-over:", "priya wrote",
)


def quoted_note(rng: random.Random) -> str:
    """A colleague's to-do under a label: the same framing as ``quoted_request``, a note inside."""
    label = rng.choice(COLLEAGUE_LABELS)
    q = rng.choice(('"{}"', "{}", "“{}”", "'{}'", "`{}`"))
    return f"{label} {q.format(field_note(rng))}"
