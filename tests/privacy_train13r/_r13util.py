"""Helpers for the hand-written text tables: one text per line, or blocks split on a marker."""

from __future__ import annotations

import random

SEP = "\n====\n"


def lines(block: str) -> list[str]:
    """One text per non-empty line."""
    return [line.strip() for line in block.strip("\n").splitlines() if line.strip()]


def blocks(block: str) -> list[str]:
    """Texts separated by a line holding only ``====``; surrounding blank lines dropped."""
    return [part.strip("\n") for part in block.strip("\n").split(SEP) if part.strip()]


def assemble(rng: random.Random, parts: list[list[str]], n: int, joiner: str = "\n\n") -> list[str]:
    """``n`` texts, each one hand-written piece from every list in ``parts`` (a list may hold "")."""
    out: list[str] = []
    for _ in range(n):
        pieces = [rng.choice(p) for p in parts]
        out.append(joiner.join(p for p in pieces if p))
    return out


def fill(rng: random.Random, frames: list[str], slots: dict[str, list[str]], n: int) -> list[str]:
    """``n`` texts from hand-written frames whose ``<<slot>>`` markers take hand-written values."""
    out: list[str] = []
    for i in range(n):
        text = frames[i % len(frames)]
        for key, values in slots.items():
            marker = "<<" + key + ">>"
            while marker in text:
                text = text.replace(marker, rng.choice(values), 1)
        out.append(text)
    return out
