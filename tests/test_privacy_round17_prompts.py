"""Issue 11, session 17 (prompts): the shapes real prompt authors share, read off the real
prompts the filter missed on the dev half of ``bench/probe_real_prompts.py`` (many packages,
many authors), guarded by the real benign dev half of ``bench/probe_real_benign.py``.

Classes (every text here is made up for this file, never a line of any package or corpus):

- ``prompt-template``: a template slot named for what a prompt carries on a line of its own
  (``{question}``, ``{{ context }}``), a label line then a slot, ``$ARGUMENTS``,
  ``!<INPUT 0>!``; a cookiecutter README, a mail template's ``{{ reset_url }}`` and a format
  string in prose stay clean;
- ``model-directive``: a text opening on duties given to "you", a demand on the model's
  output, "your goal is to", a tool named to a model; product copy ("You must restart ..."),
  a shell banner ("You are now on the release branch") and a handoff note ("Your task is to
  finish ...") stay clean.

Each test pairs texts that must be caught with texts that must not, so each fails on the code
before this session (the rules did not exist).
"""

from __future__ import annotations

import pytest

from handoff.privacy import scan_text


def _rules(text: str) -> set[str]:
    return {f.rule for f in scan_text(text)}


TEMPLATES = [
    "Board so far:\n{state}\n\nLatest move:\n{move}",
    "Answer the reader from the excerpts below.\n\n{context}",
    "Notes from earlier turns:\n{{ chat_history }}\n\nReader's new line:\n{{ question }}",
    "Draft release notes for the tag given.\n\nArguments: $ARGUMENTS\n\nKeep each entry short.",
    "Variables:\n!<INPUT 0>! -- traveller name\n!<INPUT 1>! -- city\n\n!<INPUT 0>! plans a day in !<INPUT 1>!:",
]
NOT_TEMPLATES = [
    "# {{ cookiecutter.project_name }}\n\n{{ cookiecutter.description }}\n\n## Install\n\n    pip install .",
    "Someone asked to reset the password for your account. If it was you, follow the link below:\n\n{{ reset_url }}",
    "The importer now formats rows with {name} and {size}; see fmt.py for the widths.",
    "Set $API_KEY in the CI secrets, then rerun the deploy job.",
]


def _pairs(caught: list[str], clean: list[str]) -> list[tuple[str, str]]:
    """Every text to catch, each beside a text to leave clean (the clean ones cycled)."""
    return [(text, clean[i % len(clean)]) for i, text in enumerate(caught)]


@pytest.mark.parametrize(("text", "clean"), _pairs(TEMPLATES, NOT_TEMPLATES))
def test_prompt_templates_are_caught_and_engineering_templates_are_not(text: str, clean: str) -> None:
    assert "prompt-template" in _rules(text)
    assert not _rules(clean) & {"prompt-template", "model-directive"}


DIRECTIVES = [
    "You grade short essays against the rubric and name the weakest paragraph.",
    "You summarize each incident ticket in two sentences for the weekly digest.",
    "You are diligent! You never skip a failing case.",
    "Your answer should be one line per risk, worst first.",
    "The output should be valid YAML with the keys name, owner and due.",
    "Read the changelog. Return a JSON object with the fields version and breaking.",
    "Your goal is to pick the three cheapest flights and explain the trade-off.",
    "Once the ticket is triaged, use the `close_ticket_tool` to record the verdict.",
    "Use this tool when the reader asks for today's weather in a named city.",
]
NOT_DIRECTIVES = [
    "You must restart the service for the new config to take effect.",
    "You are now on the release branch; run make dist before tagging.",
    "Your task is to finish the gzip importer; the tests are in tests/test_import.py.",
    "you own INFRA-6957 now",
    "Use `setattr()` to avoid the mypy false positive on the frozen dataclass.",
    "The output is written to build/out.json after each run.",
]


@pytest.mark.parametrize(("text", "clean"), _pairs(DIRECTIVES, NOT_DIRECTIVES))
def test_model_directives_are_caught_and_notes_and_product_copy_are_not(text: str, clean: str) -> None:
    assert "model-directive" in _rules(text)
    assert not _rules(clean) & {"prompt-template", "model-directive"}
