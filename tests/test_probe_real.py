"""The real-text probes' parsing: which strings of a package count as prompt texts
(``bench/prompt_extract.py``), and how commit messages are split into halves."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from probe_real_benign import half_of
from prompt_extract import data_prompts, file_prompts, js_prompts, python_prompts

SOURCE = '''
"""Module docstring: a long sentence that is not a prompt at all, however many words."""
import textwrap

SYSTEM_PROMPT = textwrap.dedent("""
    You help people rename files safely and explain each step you take.
""")
ERROR_MESSAGE = "The configuration file could not be read from the disk today"
msg = "Expected a callable type for the argument but got something else"


class CoderPrompts:
    main_system = """Act as an expert software developer who always writes tests first."""
    example_messages = [
        dict(role="user", content="Change get_factorial() to use math.factorial please"),
    ]


def build_prompt(task: str) -> str:
    return f"Summarise the following task in three short bullet points: {task}"


def load(path: str) -> None:
    if not path:
        raise ValueError("a path is required here and it must not be empty at all")
    log.warning("loading the prompt template from a path given by the user")
    chain = make_chain(template="Translate the text below into French, keeping its tone.")
    unrelated = "this sentence is bound to a name that says nothing about prompts"
'''


def test_python_takes_strings_bound_to_prompt_names() -> None:
    got = list(python_prompts(SOURCE))
    assert "You help people rename files safely and explain each step you take." in got
    assert "Act as an expert software developer who always writes tests first." in got
    assert "Change get_factorial() to use math.factorial please" in got
    assert "Summarise the following task in three short bullet points: {task}" in got
    assert "Translate the text below into French, keeping its tone." in got


def test_python_leaves_errors_logs_docstrings_and_other_names() -> None:
    got = " | ".join(python_prompts(SOURCE))
    for absent in ("Module docstring", "could not be read", "Expected a callable", "a path is required",
                   "loading the prompt", "bound to a name that says nothing"):
        assert absent not in got


def test_python_in_a_prompt_module_takes_every_bound_string() -> None:
    got = list(python_prompts(SOURCE, prompt_path=True))
    assert "this sentence is bound to a name that says nothing about prompts" in got
    assert not any("could not be read" in s for s in got)


def test_data_files_take_strings_under_prompt_keys() -> None:
    yaml_text = "agent:\n  name: helper tool for the whole team today\n  system_template: |\n" \
                "    You are a careful reviewer of pull requests in this repository.\n"
    assert list(data_prompts(yaml_text, ".yaml")) == [
        "You are a careful reviewer of pull requests in this repository."]
    toml_text = '[pr_review_prompt]\nsystem = """Review the diff below and list every bug you find."""\n'
    assert list(data_prompts(toml_text, ".toml")) == ["Review the diff below and list every bug you find."]


def test_js_takes_literals_bound_to_prompt_keys_and_long_prose_templates() -> None:
    prose = "Keep answers short. " * 30
    source = ('var a={systemPrompt:"Answer only with the shell command the user asked for, nothing else",'
              'label:"Click here to open the settings page of the app",'
              'message:`Enter the base URL for the ${t} role, or leave it empty`};'
              f"const b=`{prose}`;const c=`${{x}}.map(y=>y)`;")
    got = list(js_prompts(source))
    assert got[0] == ("js-key", "Answer only with the shell command the user asked for, nothing else")
    assert got[1] == ("js-prose", prose.strip())
    assert len(got) == 2


def test_template_files_by_path() -> None:
    text = b"Write the full code of every file, one after the other, with no placeholder."
    assert list(file_prompts("gpt_engineer/preprompts/generate", text)) == [("template", text.decode())]
    assert list(file_prompts("pkg/README.md", text)) == []
    assert list(file_prompts("pkg/tests/prompts/x.md", text)) == []


def test_split_repositories_share_the_half_of_their_origin() -> None:
    assert half_of("duckdb/duckdb-python") == half_of("duckdb/duckdb")
    assert half_of("@qwen-code/qwen-code") == half_of("@google/gemini-cli")
