"""Helpers for the hand-written text tables: one text per line, or blocks split on a marker."""

from __future__ import annotations

SEP = "\n====\n"


def lines(block: str) -> list[str]:
    """One text per non-empty line."""
    return [line.strip() for line in block.strip("\n").splitlines() if line.strip()]


def blocks(block: str) -> list[str]:
    """Texts separated by a line holding only ``====``; surrounding blank lines dropped."""
    return [part.strip("\n") for part in block.strip("\n").split(SEP) if part.strip()]
