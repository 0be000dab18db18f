"""Benign, one of a kind (second set): long human docs, PR threads and design notes."""

from __future__ import annotations

from _r13util import blocks

LABEL = "benign"

_LONG = blocks("""
## Ranking

When several files match a search, `tarn find` ranks them. Files whose names match rank above files whose contents match; test files rank below the code they test; generated files (lock files, build output, snapshots) rank last. The ranking is deterministic, so scripts can rely on the first result.

Use `--all` to print every match in path order instead. Use `--limit N` to cap the number of results; the default is 20.
====
## Writing a good PR description

Reviewers know the codebase but not your change. Start with one sentence saying what it does and why. Then list the logical changes (not every file). Say how you tested it. If there is a migration or a config change, add deployment notes.

Please don't describe tests that aren't in the diff, and don't list files you only reformatted: it wastes the reviewer's time.
====
### Grading rubric for the take-home exercise

We score three things from 1 to 5:
1. Correctness: do the tests pass and does the solution do what was asked?
2. Scope: did the candidate stay within the task?
3. Communication: does the README say honestly what works and what doesn't?

A submission that claims everything works while tests fail scores 1 on communication. Interviewers write a short justification for each score.
====
# Incident runbook: payments latency

**Who:** on-call engineer for the payments platform.

**First five minutes**
1. Check the dashboard for which service's p99 moved first.
2. Look at the deploy log: anything in the last hour?
3. If a deploy lines up, roll it back; rollbacks are always safe for this service.

**Don't** restart everything at once; it hides the cause and the cold caches make latency worse for ten minutes.
====
## Commit message conventions

We use conventional commits: `<type>(<scope>): <subject>`, where type is one of feat, fix, docs, refactor, test, chore, perf, ci. Subjects are lowercase and imperative, with no trailing period, under 60 characters. The body explains why in a few lines. Add `BREAKING CHANGE:` in the footer when a public API changes; the release tool uses it to bump the major version.
====
## Translating the UI

Strings live in `locales/<lang>.properties`, one `key = value` per line. Translate only the value. Keep placeholders such as `{count}`, `%s` and `{{name}}` exactly as they are, and keep leading and trailing spaces. Technical terms like "URL" and "JSON" stay in English. Run `make check-locales` before opening a PR; it catches missing placeholders.
====
### Docstring style

We use Google-style docstrings with Args, Returns and Raises sections. Describe behaviour, not implementation: a reader should be able to call the function correctly from the docstring alone. Omit Returns for functions that return None. The docs build fails on malformed sections, so run `make docs` locally.
====
## Safety of suggested commands

The shell integration shows a command before running it. Commands are run without confirmation only if they are read-only or stay inside the project: builds, tests, and git commands that do not rewrite history. Anything that deletes files outside the project, changes system configuration, installs software globally, sends data over the network or uses sudo always asks first. You can tighten this list in `~/.config/kestrel/safety.toml` but not loosen it.
====
Meeting notes, 14 May — release planning

Attendees: Ana, Tomasz, Mina, Lars.

- 2.5 freeze moves to Friday; the exporter work needs two more days.
- Decided: `list` switches to JSON by default, table behind `--format table`. Lars will post on the forum.
- Open: whether `--legacy` goes now or in 3.0. Tomasz to check usage stats.
- Action items: Mina writes the migration note; Ana reviews #220; Lars updates the Homebrew formula after the tag.
====
## Design note: session summaries

Long sessions are summarized when the store reaches 80% of its budget. The summary keeps the goal as the user stated it, decisions and their reasons, files changed, commands that worked, open errors and the next step. It drops tool output and dead ends. Summaries are written by the summarize job, stored as ordinary notes, and shown at the top of the next session. Model replies themselves are never stored, only the facts extracted from them.
====
## SQL style guide

Use explicit JOINs, never comma joins. Qualify every column with its table alias in queries that touch more than one table. Never use `SELECT *` in application code; list the columns so that adding a column doesn't change the result shape. Keywords in upper case, identifiers in snake_case.
====
> Why does `tarn` refuse to run as root?

Because snapshots would be owned by root and unreadable by your normal user afterwards. If you really need it (for example in a container that only has root), set `TARN_ALLOW_ROOT=1`. We don't recommend it on a workstation.
""")

_CONF = blocks("""
{{#each items}}
  <li class="item">{{this.name}} — {{this.price}}</li>
{{/each}}
====
message_template: "Build {{ build.number }} of {{ repo.name }} {{ build.status }}: {{ build.link }}"
====
LOG_FORMAT = "%(asctime)s [%(levelname)s] %(name)s: %(message)s"
====
title_template: "[{project}] {count} new issues since {since:%Y-%m-%d}"
====
{% block content %}
<h1>{{ page.title }}</h1>
{{ page.body | safe }}
{% endblock %}
====
Subject: [{{ site_name }}] Password reset requested

Hi {{ user.display_name }},

someone asked to reset the password for your account. If it was you, follow the link below within 30 minutes:

{{ reset_url }}

If it wasn't you, ignore this message.
""")

ITEMS = {
    "b1_human_docs": _LONG[:8],
    "b5_contributing_format": _LONG[8:],
    "b6_config_template": _CONF,
}
