"""Benign: an agent's own notes and reports, in its own words (English).

What a coding agent writes into a handoff field after a session: what the user wanted, told
in the agent's words (a paraphrase, never the user's quoted voice); next actions; validation
results; review summaries; a terse status. The subject is often software that talks to models
(prompts, tokens, model names), which is what makes these notes look like prompts to a
classifier trained on chat; none of them is addressed to a model or quotes one."""

from __future__ import annotations

import random

from _t15words import COMMANDS, COMPONENTS, FILES, ISSUES, MODELS, NUMBERS, PEOPLE, PROJECTS

LABEL = "benign"

GOALS = (
    "stop the {c} from re-reading the template directory on every call",
    "count tokens with the model's own tokenizer instead of characters divided by four",
    "have the {c} fall back to {m} when the primary endpoint times out",
    "keep the chat history under the context limit by dropping the oldest tool results first",
    "make the {c} configurable per project rather than global",
    "log prompt and completion token counts per request, without the text",
    "remove the hard-coded model name from the {c}",
    "cache embeddings by content hash so reindexing skips unchanged files",
    "split the system prompt into a fixed part and a per-repository part",
    "report the eval scores per task instead of one average",
    "make the {c} retry on 429 with the delay the server sends",
    "stop storing raw completions in the debug log",
    "load model settings from config/models.toml instead of environment variables",
    "add a dry-run mode to the {c} that prints the token budget and exits",
    "fix the off-by-one in the {c} that cut the last stop sequence",
)
DID = (
    "moved the lookup into a module-level cache keyed by path and mtime",
    "replaced the estimate with a call to the tokenizer, cached per model",
    "added a fallback list to the {c}, read from config",
    "changed the trimmer to drop whole turns, oldest tool output first",
    "threaded a settings object through instead of the global",
    "added two counters to the usage meter and a line to the request log",
    "read the model name from config and kept the old default as fallback",
    "keyed the embedding cache by sha256 of the chunk text",
    "split the template into base.j2 and repo.j2",
    "grouped the eval results by task id before averaging",
    "honoured Retry-After and capped the wait at 30 s",
    "redacted completions in the debug formatter; counts stay",
    "wrote a small loader for the TOML file with defaults",
    "added --dry-run to the CLI entry point",
    "fixed the slice bound and added a regression test",
)
RESULTS = (
    "Tests pass locally ({n} new).",
    "Cold start went from about 900 ms to 140 ms on my machine.",
    "The token counts now match the provider's usage field on the sample set.",
    "No behaviour change for projects without the new setting.",
    "The eval run is {n} % cheaper on the sample repository.",
    "CI is green on the branch.",
    "Two flaky tests remain, unrelated (network).",
    "Reindexing the docs folder now touches {n} files instead of all of them.",
)
LEFT = (
    "the Windows path handling in the loader is untested",
    "the README still shows the old environment variable",
    "the fallback order is not documented yet",
    "I did not touch the streaming path",
    "metrics export to the dashboard is still pending",
    "the migration for existing caches is not written",
    "nothing; the change is complete",
)
ACTIONS = (
    "Add a test for the {c} with an empty template directory.",
    "Document the fallback order in docs/models.md.",
    "Ask {p} whether the token budget should be per request or per session.",
    "Run the full eval suite once the cache change is merged.",
    "Remove the deprecated MODEL_NAME variable after the next release.",
    "Check {f} for the same off-by-one.",
    "Rebase on main; {i} touched the same file.",
    "Profile the {c} with a 200-file repository.",
    "Bump the tokenizer dependency and re-run the count tests.",
    "Write the changelog entry for the {c} change.",
    "Split the long function in {f} before review.",
    "Confirm with {p} that the redaction covers the error path too.",
    "Open a follow-up issue for streaming support in the {c}.",
    "Delete the temporary debug flag from {f}.",
)
CHECKS = (
    "{cmd}: {n} passed, 0 failed",
    "{cmd}: passed",
    "{cmd}: 1 failure in test_fallback_order, fixed in the next commit",
    "{cmd}: clean",
    "manual check: the {c} prints the budget and exits with status 0",
    "manual check with {m}: responses unchanged on the five sample inputs",
    "benchmark: {n} ms median over 50 runs, was 3x that",
    "token counts compared against the provider's usage field: identical on {n} of {n} samples",
)
FINDINGS = (
    "the {c} swallows the timeout error and returns an empty string",
    "the new setting is read twice per request",
    "the test for the history trimmer only covers English text",
    "the prompt template change is not covered by a snapshot test",
    "token counts are logged at info level, which is noisy",
    "the cache key ignores the model name, so two models share entries",
    "the retry loop has no upper bound",
    "naming is inconsistent: budget vs limit",
    "the docstring of the {c} still describes the old behaviour",
)
VERDICTS = (
    "approve after the cache key fix", "request changes", "approve", "approve with nits",
    "needs a second reviewer for the config part", "looks good once CI passes",
)
SUMMARY_HEADS = (
    "Summary of the request: ", "What the user wanted: ", "Goal of this session: ",
    "The task, as I understood it: ", "Request (paraphrased): ", "Scope: ",
    "Context: the user asked me to ", "User goal: ",
)


def _fill(rng: random.Random, text: str) -> str:
    return text.format(
        c=rng.choice(COMPONENTS), m=rng.choice(MODELS), n=rng.choice(NUMBERS), p=rng.choice(PEOPLE),
        f=rng.choice(FILES), i=rng.choice(ISSUES), cmd=rng.choice(COMMANDS), proj=rng.choice(PROJECTS),
    )


def _summary(rng: random.Random) -> str:
    head = rng.choice(SUMMARY_HEADS)
    goal = _fill(rng, rng.choice(GOALS))
    parts = [f"{head}{goal} in {rng.choice(PROJECTS)}."]
    parts.append("I " + _fill(rng, rng.choice(DID)) + ".")
    parts.append(_fill(rng, rng.choice(RESULTS)))
    if rng.random() < 0.6:
        parts.append("Not done: " + _fill(rng, rng.choice(LEFT)) + ".")
    sep = "\n" if rng.random() < 0.4 else " "
    return sep.join(parts)


def _next(rng: random.Random) -> str:
    head = rng.choice(("Next actions:", "Next:", "TODO for the next session:", "Next steps", "Follow-ups:"))
    k = rng.randint(1, 4)
    items = rng.sample(ACTIONS, k)
    if k == 1 and rng.random() < 0.5:
        return _fill(rng, items[0])
    bullet = rng.choice(("- ", "* ", "1. "))
    lines = [(bullet if bullet != "1. " else f"{j + 1}. ") + _fill(rng, a) for j, a in enumerate(items)]
    return head + "\n" + "\n".join(lines)


def _validation(rng: random.Random) -> str:
    head = rng.choice(("Validation:", "Validation results:", "Checks run:", "Verified:", "Testing done:"))
    items = [_fill(rng, c) for c in rng.sample(CHECKS, rng.randint(1, 3))]
    if rng.random() < 0.5:
        return head + " " + "; ".join(items) + "."
    return head + "\n" + "\n".join("- " + x for x in items)


def _review(rng: random.Random) -> str:
    title = _fill(rng, rng.choice(GOALS))
    head = rng.choice(("Review of {i} ({t}): ", "Review summary, {i}: ", "Reviewed {i}. ", "PR {i} review: "))
    text = head.format(i=rng.choice(ISSUES), t=title[:60])
    found = [_fill(rng, f) for f in rng.sample(FINDINGS, rng.randint(1, 3))]
    text += rng.choice(("Findings: ", "Main points: ", "", "Issues found: ")) + "; ".join(found) + ". "
    text += "Verdict: " + rng.choice(VERDICTS) + "."
    return text


def _status(rng: random.Random) -> str:
    frames = (
        "Status: {c} change merged into main; {r}",
        "Done: {d}. {r}",
        "Blocked on {i}: the {c} needs the new config schema first.",
        "Handoff: branch fix/{proj}-tokens has the {c} change, rebased on main. {r}",
        "Switched {m} to the quantised build for local runs; quality on the sample set unchanged.",
        "The {c} in {proj} was the cause: it rebuilt the prompt on every retry. Fixed by caching it per request.",
        "Investigated {i}. The token count drift comes from the tokenizer version, not our code. {r}",
        "Paused here. The {c} refactor is half done in {f}; the old path still works.",
    )
    text = rng.choice(frames)
    return _fill(rng, text.replace("{r}", rng.choice(RESULTS)).replace("{d}", rng.choice(DID)))


def combos(rng: random.Random) -> dict[str, list[str]]:
    """Notes built from the phrase tables above, a fixed number of each kind."""
    return {
        "note_summary": [_summary(rng) for _ in range(450)],
        "note_next_actions": [_next(rng) for _ in range(300)],
        "note_validation": [_validation(rng) for _ in range(300)],
        "note_review": [_review(rng) for _ in range(250)],
        "note_status": [_status(rng) for _ in range(250)],
    }


ITEMS: dict[str, list[str]] = {}
