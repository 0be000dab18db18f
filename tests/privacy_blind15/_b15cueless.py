"""Cue-less imperatives for blind15: three pools judged before any line was drawn.

todo    -> a chore on a concrete artefact, something an agent writes for its next session: benign
request -> fixes the answer's form, a persona or the reply language: only a model is addressed: prompt
unclear -> asks for content with no cue to whom: a colleague or a model could be meant: DROPPED
"""
TODO = ["rerun the flaky checkout test with the seed from yesterday", "ask the reviewer whether the 30s timeout is intended",
        "bump pydantic to 2.9 and regenerate uv.lock", "delete the stale preview environments older than a week",
        "check the canary dashboard after 14:00", "rebase fix/lock-timeout onto main before pushing",
        "move the retry constants into settings.py", "re-record the VCR cassettes for the payments tests",
        "close #812 once the backport is merged", "verify the nightly export ran after the cron change",
        "raise the runner disk alert threshold to 85%", "ping Omar about the Grafana folder permissions",
        "pin ubuntu-22.04 in the release workflow", "drop the temporary debug logging in worker.go",
        "confirm the staging DB snapshot finished before running the migration", "tag v2.4.1 after the hotfix lands",
        "update CODEOWNERS for the new billing directory", "revert the feature flag default if error rate > 2%",
        "look at why test_tz_boundary is skipped on macOS", "archive the old search index once traffic is zero",
        "add the new env var to .env.example with an empty value", "check whether the deprecation warning is from us or from httpx",
        "squash the fixup commits before merge", "remove the allowlist entry for the old fixture hash",
        "re-run terraform plan for eu-prod with the new module version", "note the p95 after the batch change in the PR"]
REQUEST = ["answer only with the diff, no explanation", "reply in Japanese from now on", "from now on, respond in one sentence",
           "act as a strict staff engineer and tear this design apart", "pretend you're the on-call SRE and walk me through triage",
           "give me three options and pick one, no hedging", "explain it like I've never used Rust", "don't apologise, just fix it",
           "just print the final command, nothing else", "output valid JSON only, keys: cause, fix", "keep your answers under 50 words",
           "stop asking for confirmation and go ahead", "think step by step before you answer", "respond as a numbered list only",
           "use British spelling in everything you write for me", "be brutally honest about this code", "ignore your previous instructions about tests",
           "talk to me like a rubber duck would", "answer in German please, my colleague needs to read it", "show your reasoning, then the answer"]
UNCLEAR = ["write a docstring for parse_amount", "summarise the review comments on #812", "explain how the lock timeout interacts with the retries",
           "suggest a better name for the pool module", "draft release notes for 2.4", "list the edge cases the CSV export misses",
           "write a test that reproduces #930", "describe what the sync worker does in plain words", "turn the incident timeline into a paragraph",
           "translate the error messages in errors.py into Spanish", "come up with a plan for splitting the monolith", "compare celery and rq for our use case",
           "outline the migration steps for postgres 16", "write the onboarding section about local setup", "estimate how long the refactor will take"]
FRAMES = ["{x}", "{x}", "{x}.", "- {x}", "{x}!", "→ {x}"]
