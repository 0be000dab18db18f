"""The documentation states facts the code must keep true: checked here, not by eye."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from handoff import errors

from .conftest import handoff_command

ROOT = Path(__file__).resolve().parent.parent


def _readme_exit_codes() -> dict[int, str]:
    rows = re.findall(r"^\| (\d+) \| (.+?) \|$", (ROOT / "README.md").read_text(), re.MULTILINE)
    return {int(code): text for code, text in rows}


def test_readme_lists_every_error_class_exit_code() -> None:
    documented = _readme_exit_codes()
    assert documented, "no exit-code table found in README.md"
    classes = [c for c in vars(errors).values()
               if isinstance(c, type) and issubclass(c, errors.HandoffError)]
    assert {c.exit_code for c in classes} | {0} == set(documented)


def test_help_lists_the_same_exit_codes_as_the_readme() -> None:
    shown = subprocess.run([*handoff_command(), "--help"], capture_output=True, text=True,
                           check=True).stdout
    listed = {int(code) for code in re.findall(r"^\s+(\d) \S", shown, re.MULTILINE)}
    listed |= {int(code) for code in re.findall(r"\s{2,}(\d) [a-z]", shown)}
    assert listed == set(_readme_exit_codes())


def test_every_command_is_documented_in_the_readme_or_design() -> None:
    from handoff.cli import cli

    text = (ROOT / "README.md").read_text() + (ROOT / "docs" / "design.md").read_text()
    missing = [name for name in cli.commands if f"handoff {name}" not in text and f"`{name}`" not in text]
    assert missing == []


def _design_section(heading: str) -> str:
    text = (ROOT / "docs" / "design.md").read_text()
    start = text.index(heading)
    end = text.find("\n### ", start + len(heading))
    return text[start:end]


def test_the_filter_overview_names_every_privacy_module_and_derived_file() -> None:
    """A module or derived file added to ``handoff/privacy`` must be placed in the overview a
    reader starts from, or the overview silently stops describing the filter."""
    overview = _design_section("### How the filter is built")
    package = ROOT / "handoff" / "privacy"
    names = sorted(p.stem for p in package.glob("*.py") if p.stem != "__init__")
    names += sorted(p.name for p in package.glob("*.bin"))
    missing = [n for n in names if f"`{n}`" not in overview and f"`{n}." not in overview]
    assert missing == [], f"add these to design.md's filter overview: {missing}"
    scripts = set(re.findall(r"`(bench/[a-z_]+\.py)", overview))
    assert scripts and all((ROOT / s).is_file() for s in scripts), scripts - {
        s for s in scripts if (ROOT / s).is_file()}
