"""Prompt and conversation detection beyond the phrase rules (filled in below)."""

from __future__ import annotations


def prompt_hits(text: str, view: str, lo: str, present: frozenset[bytes], hits: list) -> None:  # type: ignore[type-arg]
    return None
