"""Helpers for the hand-written text tables: one text per line, or blocks split on a marker."""

from __future__ import annotations

import random

SEP = "\n====\n"

# Every recombination count below is multiplied by this, to keep the corpus near the size asked
# for (about 1,500 texts a label) without re-tuning each module's figures.
SCALE = 0.7


def lines(block: str) -> list[str]:
    """One text per non-empty line."""
    return [line.strip() for line in block.strip("\n").splitlines() if line.strip()]


def blocks(block: str) -> list[str]:
    """Texts separated by a line holding only ``====``; surrounding blank lines dropped."""
    return [part.strip("\n") for part in block.strip("\n").split(SEP) if part.strip()]


def assemble(rng: random.Random, parts: list[list[str]], n: int, joiner: str = "\n\n") -> list[str]:
    """``n`` texts, each one hand-written piece from every list in ``parts`` (a list may hold "").

    A list named twice gives different pieces, so no text repeats a paragraph.
    """
    out: list[str] = []
    for _ in range(round(n * SCALE)):
        pieces: list[str] = []
        for p in parts:
            fresh = [x for x in p if x not in pieces] or p
            pieces.append(rng.choice(fresh))
        out.append(joiner.join(p for p in pieces if p))
    return out


def fill(rng: random.Random, frames: list[str], slots: dict[str, list[str]], n: int) -> list[str]:
    """``n`` texts from hand-written frames whose ``<<slot>>`` markers take hand-written values."""
    out: list[str] = []
    for i in range(round(n * SCALE)):
        text = frames[i % len(frames)]
        for key, values in slots.items():
            marker = "<<" + key + ">>"
            while marker in text:
                text = text.replace(marker, rng.choice(values), 1)
        out.append(text)
    return out
