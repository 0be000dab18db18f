"""Phrase tables of train19 (see README.md): roles, actions, reasons and frames, invented.

Every project, service, path and figure is made up; nothing is copied from another project, a
probe's texts, a unit test or a held-out corpus."""

from __future__ import annotations

PROJECTS = ["umbra", "quillstack", "ferrow", "tallyhub", "brindle", "corvane", "mossgate", "pelagic",
            "stoatdb", "lumen-cli", "harrowfs", "kestrel-api", "nimbleq", "orrery", "saltmarsh", "vetch"]
SERVICES = ["billing-worker", "the ingest queue", "search-indexer", "the auth gateway", "the nightly export",
            "the replica on db-3", "the webhook relay", "the thumbnail service", "the scheduler", "the cache tier",
            "the mail sender", "the metrics pipeline", "the API edge", "the build farm", "the object store"]
COMPONENTS = ["the lock manager", "the CLI parser", "the storage layer", "the plugin loader", "the config reader",
              "the HTTP client", "the migration runner", "the retry helper", "the query planner", "the log shipper",
              "the packaging scripts", "the docs build", "the test harness", "the release tooling", "the sync daemon"]

# (singular, plural) roles a document addresses
ROLES = [("maintainer", "maintainers"), ("reviewer", "reviewers"), ("on-call engineer", "on-call engineers"),
         ("release manager", "release managers"), ("contributor", "contributors"),
         ("new contributor", "new contributors"), ("operator", "operators"), ("SRE", "SREs"),
         ("packager", "packagers"), ("translator", "translators"), ("security responder", "security responders"),
         ("administrator", "administrators"), ("plugin author", "plugin authors"),
         ("downstream distributor", "downstream distributors"), ("support engineer", "support engineers"),
         ("QA engineer", "QA engineers"), ("backend developer", "backend developers"),
         ("docs writer", "docs writers"), ("incident commander", "incident commanders"),
         ("team lead", "team leads"), ("first-time user", "first-time users"), ("committer", "committers"),
         ("triager", "triagers"), ("mentor", "mentors"), ("data engineer", "data engineers")]

# things a role is told to do, base form (reads as an imperative too)
ACTIONS = [
    "run `make check` locally before you push", "check the dashboard for {svc} before you approve the rollout",
    "label the pull request with `needs-backport` when it fixes a released bug",
    "add an entry to CHANGELOG.md under Unreleased", "page the database owner if replication lag passes 30 seconds",
    "hand over the pager at 09:00 UTC with a short note in the ops channel",
    "tag the release from the release branch, never from main", "read docs/architecture.md before the first patch",
    "squash fixup commits before merging", "open a ticket in the OPS queue for anything that needs a follow-up",
    "acknowledge a page within five minutes", "confirm the migration ran on staging first",
    "leave a comment when you take over a review", "keep the error-budget sheet current",
    "bump the version in pyproject.toml and in the man page", "sign the contributor agreement once",
    "ask in #dev-help rather than in private messages", "avoid merging after 15:00 on Fridays",
    "restart {svc} with `systemctl restart` only after draining it",
    "go through the dependency update PRs every Monday", "verify the tarball's checksum against the signed list",
    "write up what happened within two working days of an outage", "rebase onto main instead of merging main in",
    "mark flaky tests with the `flaky` marker and link the issue", "keep secrets out of the repository",
    "use the staging cluster for load tests, never production", "update the runbook when a step no longer works",
    "assign yourself before you start on an issue", "request a second review for changes to {comp}",
    "check that CI is green on all three platforms", "announce a schema change in the weekly sync",
    "close stale issues only after a last comment", "add a regression test for every bug fix",
    "keep the on-call log in the shared folder", "escalate to the platform team after thirty minutes",
    "review the translation strings in locales/ before the freeze", "sign release tags with the project key",
    "check the disk usage of {svc} at the start of the shift", "roll back first and investigate afterwards",
    "describe the user-visible effect in the PR description", "run the benchmarks on the quiet runner only",
    "keep pull requests under four hundred lines where you can", "link the design note from the issue",
    "file security reports through the private tracker", "update the support matrix in docs/platforms.md",
    "silence an alert only with an expiry and a reason", "reply to new issues within a week",
    "follow the style guide in docs/style.md", "record the decision in docs/adr/",
]
WHEN = ["", "", "", " before each release", " during the freeze", " on your first day", " every morning",
        " at the end of the shift", " before you merge", " when {svc} alerts", " after a deploy", " each sprint",
        " when in doubt", " for changes to {comp}", " once a month"]
CRITERIA = ["have merge rights on main", "carry the pager this week", "cut the release tarballs",
            "package {proj} for a distribution", "triage incoming issues", "review more than one PR a week",
            "run {proj} in production", "write plugins against the public API", "own {comp}",
            "answer tickets from customers", "translate the user interface", "sent your first patch"]
CONSEQUENCES = ["the section below applies to you", "please read the release checklist",
                "you will be added to the CODEOWNERS file", "the escalation list in docs/oncall.md is yours",
                "subscribe to the security mailing list", "the steps below are the ones you need",
                "you may skip the build section", "please keep your contact details current",
                "expect a ping from the bot when a check fails", "most of this guide is for you"]

# first-person commit bodies
SUBJECTS = ["Retry uploads on 503", "Stop caching failed lookups", "Move the lock timeout into the config",
            "Fix a race in {comp}", "Drop the Python 3.8 shim", "Log the request id on every retry",
            "Make the export resumable", "Tighten the schema check for imports", "Bound the worker queue",
            "Use monotonic time for timeouts", "Split the migration into two steps", "Speed up the test harness",
            "Handle empty config files", "Quote paths in the backup script", "Pin the linter version",
            "Close sockets on shutdown", "Read the token path from the environment", "Rename the sync flag",
            "Avoid a second fsync on append", "Report partial failures from the batch job"]
CHANGES = ["the retry loop in {comp}", "the default timeout from 5 to 30 seconds", "how {comp} reads its settings",
           "the order of the shutdown hooks", "the cache key to include the tenant", "the backoff to be exponential",
           "the error message for a missing file", "the batch size for {svc}", "the lock to be per-file",
           "the parser to accept trailing commas", "the test fixtures to use a temp directory",
           "the log level of the reconnect message", "the CLI flag from --force to --yes"]
REASONS = ["it retried too fast and made the outage worse", "a slow disk on CI hit the old limit",
           "two workers could take the same job", "users kept asking why it failed silently",
           "the old value was a guess from 2019", "it hid the real error behind a generic one",
           "the benchmark showed most of the time went there", "it broke on paths with spaces",
           "{svc} returns 503 while it restarts", "the flag name confused people in review",
           "the nightly run was leaving files behind", "we could not tell which request had failed"]
NOW = ["we now retry up to five times with jitter", "we now fail fast with a clear message",
       "the worker now drains before it exits", "a failed lookup is no longer cached",
       "the export picks up where it stopped", "each retry now logs the request id",
       "we now read the value once at start-up", "the queue now refuses work past 10,000 items",
       "timeouts no longer jump when the clock is adjusted", "the check now runs in under a minute",
       "we now keep one lock per file instead of one for the store"]
EXTRAS = ["", "", "I left {comp} alone for now; a follow-up will clean it up.",
          "I tried a smaller fix first, but it only moved the problem.", "Tested by hand against staging.",
          "I added a regression test that fails without the change.", "Fixes #{n}.", "Refs #{n}.",
          "No behaviour change for existing configs.", "I measured {n} ms before and {m} ms after on my laptop.",
          "Thanks to the reviewer who spotted the second call site.", "We should revisit this once {svc} is moved."]

# prompts addressed to a model by role (the twins)
TASKS = ["Review the diff below and list every problem you find, most serious first.",
         "Explain to me step by step how to {act}.", "Write the release notes for {proj} 2.{n} from the list below.",
         "Answer the user's questions about {comp} using only the documentation I paste. If you don't know, say so.",
         "Rewrite this commit message so it explains why, in the first person:",
         "Write a commit message for the following change, first person, under 72 characters a line:",
         "I'll describe an alert and you tell me what to do next. Keep it short.",
         "Summarise the thread below for someone who was not in it, in five bullet points.",
         "Draft a reply to this issue that is polite but says no to the feature.",
         "Generate ten test cases for {comp}, as a Markdown table.",
         "Tell me what you would check first when {svc} stops responding.",
         "Critique this design doc and suggest three improvements.",
         "Write a CONTRIBUTING section for {plural}, friendly tone, under 200 words.",
         "Decide whether this pull request should be merged and explain your reasoning.",
         "Translate this runbook into plain English for a first-time user:"]
PERSONAS = ["You are a {role} of {proj}.", "You are an experienced {role}.", "You are the {role} on call tonight.",
            "Act as a senior {role}.", "I want you to act as a {role} for {proj}.",
            "Pretend you're a {role} with ten years of experience.", "You're a strict {role}.",
            "From now on you are {proj}'s {role}.", "Imagine you are a {role} reviewing a stranger's patch.",
            "Take the role of a {role}."]
OUTPUTS = ["", "", "Reply in Markdown.", "Be concise.", "Do not apologise or add a preamble.",
           "Answer in the same language as the question.", "Use numbered steps.",
           "Think it through before you answer.", "Keep your answer under 150 words."]
PASTES = ["", "", "\n\n```diff\n-    timeout = 5\n+    timeout = 30\n```", "\n\n- fix: retry on 503\n- feat: resumable export",
          "\n\nAlert: {svc} p99 latency above 2s for 10 minutes", "\n\nchanged the retry loop, added a test"]
