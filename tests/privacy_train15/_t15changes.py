"""Benign: changelog entries, commit messages and package descriptions about prompts, models
and tokens (English).

Real engineering text from projects that ship language-model tooling talks about prompts,
models, chat and tokens in the third person and the imperative mood of a commit subject
("Add", "Fix", "Use"): the same words a request to a model uses. These texts are the
project's own record of its changes and of what a package does."""

from __future__ import annotations

import random

from _t15words import COMPONENTS, FILES, ISSUES, MODELS, NUMBERS, PEOPLE, PROJECTS, VERSIONS

LABEL = "benign"

AREAS = ("prompts", "tokens", "llm", "registry", "cache", "cli", "eval", "docs", "chat", "models",
         "client", "tools", "history", "config", "stream")
SUBJECTS = (
    "add {c} option to skip empty templates",
    "count tokens per message, not per request",
    "use the model's tokenizer for the budget check",
    "fix crash when the prompt file is empty",
    "drop support for the legacy completion endpoint",
    "make the system prompt path configurable",
    "retry on 429 using Retry-After",
    "do not log completion text at debug level",
    "rename max_tokens to max_output_tokens in the config",
    "handle stop sequences that span two chunks",
    "cache compiled templates by path and mtime",
    "add --dry-run to print the token budget",
    "reject model names with whitespace",
    "sort few-shot examples by length before packing",
    "update tokenizer vocab to the latest release",
    "expose usage counters in the metrics endpoint",
    "move chat history trimming into its own module",
    "tolerate missing 'role' field in stored transcripts",
    "bump default context size to {n}",
    "document the fallback order of models",
)
BODIES = (
    "The {c} re-read every template on each call, which dominated start-up on large repositories.",
    "Characters divided by four overestimated the count for code by about a third.",
    "Previously an empty file raised IndexError in the {c}.",
    "The endpoint was deprecated upstream two releases ago and nobody uses it here.",
    "Users with several repositories wanted different system prompts per repository.",
    "The server already tells us how long to wait; sleeping a fixed second was too aggressive.",
    "Completions can contain user data and ended up in shared log files.",
    "The old name was ambiguous once input and output limits were split.",
    "A stop sequence split across two streamed chunks was never matched.",
    "Packing longest-first wasted the tail of the context window.",
    "Stored transcripts from version 0.3 have no role on tool messages; treat them as tool output.",
    "No functional change; the module was getting too long to review.",
    "Tested with {m} and the eval sample set; scores unchanged.",
)
TRAILERS = ("Fixes {i}", "Closes {i}", "Refs {i}", "Signed-off-by: {p} <{pl}@example.org>",
            "Reviewed-by: {p} <{pl}@example.net>", "Co-authored-by: {p} <{pl}@example.com>")
CHANGES = (
    "Prompt templates are now loaded lazily, on first use.",
    "The {c} counts tokens with the configured model's tokenizer.",
    "New `--dry-run` flag prints the token budget and exits.",
    "Fixed a crash when a prompt file was empty ({i}).",
    "Removed the legacy completion endpoint.",
    "`max_tokens` is now `max_output_tokens`; the old key is still read, with a warning.",
    "Chat history is trimmed by whole turns, oldest tool output first.",
    "Stop sequences split across streamed chunks are now detected.",
    "Model fallback order can be set in `models.toml`.",
    "Completion text is no longer written to the debug log.",
    "Embeddings are cached by content hash; unchanged files are skipped on reindex.",
    "The default model is now {m}; set `model =` to keep the old one.",
    "Usage counters (prompt and completion tokens) are exported as metrics.",
    "Thanks to {p} for the report and the patch.",
    "Few-shot examples are packed shortest first.",
    "Documentation: new page on writing prompt templates for the {c}.",
    "Updated the bundled tokenizer vocabulary.",
    "Python 3.9 is no longer supported.",
)
DESCRIPTIONS = (
    "{P} is a small library for rendering prompt templates with typed variables. It checks "
    "templates at load time, counts tokens for the configured model and fails early when a "
    "rendered prompt would not fit the context window.",
    "{P} provides a command-line tool and a Python API for running evaluation suites against "
    "language models. Suites are plain YAML files; results are written as JSON lines and can "
    "be compared between runs.",
    "{P} is a token counting library with tokenizers for several open model families. It is "
    "written in Rust with Python bindings and needs no network access.",
    "This package contains the {c} used by {P}. It keeps chat histories under a token budget "
    "by dropping or summarising old turns.",
    "{P} caches model responses on disk, keyed by the request, so that tests and notebooks can "
    "be re-run without calling the provider again.",
    "A thin client for self-hosted inference servers. {P} supports streaming, retries with "
    "backoff and per-request token accounting.",
    "{P}: a linter for prompt files. It reports unused template variables, undefined ones and "
    "prompts that exceed a configured length.",
    "{P} is a model registry for teams: it records which model version each service uses and "
    "who changed it, and exposes the list over HTTP.",
    "Vector store adapter for {P}. Lets applications swap the embedding backend without "
    "changing their indexing code.",
    "{P} converts exported chat transcripts to a compact JSON format for archiving. This "
    "package holds the command-line front end.",
)


def _fill(rng: random.Random, text: str) -> str:
    person = rng.choice(PEOPLE)
    proj = rng.choice(PROJECTS)
    return text.format(c=rng.choice(COMPONENTS), m=rng.choice(MODELS), n=rng.choice(NUMBERS), p=person,
                       pl=person.lower(), i=rng.choice(ISSUES), f=rng.choice(FILES),
                       P=proj[0].upper() + proj[1:] if rng.random() < 0.5 else proj)


def _commit(rng: random.Random) -> str:
    subject = _fill(rng, rng.choice(SUBJECTS))
    if rng.random() < 0.6:
        subject = rng.choice(AREAS) + ": " + subject
    else:
        subject = subject[0].upper() + subject[1:]
    if rng.random() < 0.3:
        return subject
    body = " ".join(_fill(rng, b) for b in rng.sample(BODIES, rng.randint(1, 2)))
    text = subject + "\n\n" + body
    if rng.random() < 0.6:
        text += "\n\n" + "\n".join(_fill(rng, t) for t in rng.sample(TRAILERS, rng.randint(1, 2)))
    return text


def _changelog(rng: random.Random) -> str:
    version = rng.choice(VERSIONS)
    style = rng.randrange(3)
    items = [_fill(rng, c) for c in rng.sample(CHANGES, rng.randint(1, 5))]
    if style == 0:
        return f"## {version}\n\n" + "\n".join("- " + x for x in items)
    if style == 1:
        proj = rng.choice(PROJECTS)
        return (f"{proj} ({version}-1) unstable; urgency=medium\n\n" + "\n".join("  * " + x for x in items)
                + f"\n\n -- {rng.choice(PEOPLE)} Maintainer <maint@example.org>  Mon, 02 Mar 2026 10:12:00 +0100")
    return f"Version {version}: " + " ".join(items)


def combos(rng: random.Random) -> dict[str, list[str]]:
    """Commits, changelog entries and package descriptions, a fixed number of each."""
    return {
        "commit_llm_tooling": [_commit(rng) for _ in range(500)],
        "changelog_llm_tooling": [_changelog(rng) for _ in range(350)],
        "package_description": [_fill(rng, rng.choice(DESCRIPTIONS)) for _ in range(150)],
    }


ITEMS: dict[str, list[str]] = {}
