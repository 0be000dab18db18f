"""The session-start brief: what the next session must read first, sized for its host.

Hosts cut what a hook injects: Claude Code moves context over 10,000 characters into a
file and shows the model only a preview; Codex spills SessionStart context above about
2,500 tokens. A brief that is cut silently loses whatever came last, so this module never
relies on the host: it builds the brief from whole items and keeps it under a budget.

How an item is chosen (drop the least important first, never cut an item in half):

- Every item is one whole line or block: a pointer, a validation, a next action with its
  `handoff done` id, a model's rate limit, a note, a config fact.
- Items come in two tiers. The first (must-read) holds, in this order: the active
  pointer, the oldest open next action, failing or stale validations (with why they are
  stale), the next oldest open actions, models rate-limited or down right now (until
  when), the most recent notes, config facts. Each of these categories has a cap in the
  first tier, so hundreds of open actions cannot crowd out a rate limit. The second tier
  holds the rest (more actions and notes, other pointers, passing validations, runtime).
- Items are taken greedily in that order; an item that does not fit in what is left is
  left out and counted. Whatever is left out is named in one last line, with the budget
  at which `handoff brief` would show everything.
- The output is then laid out in reading order (pointer, validations, actions, models,
  notes, config, the rest), not in selection order.

Freshness is judged when the brief is built (`handoff.freshness.assess`), against the
repository's HEAD and the current time, like `handoff show`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from . import freshness
from .render import _health_line, _pointer_line, _validation_line

HOST_BUDGETS: dict[str, int] = {
    # Claude Code moves SessionStart context over 10,000 characters into a file.
    "claude-code": 9000,
    # Codex spills SessionStart context above ~2,500 tokens; ids, hashes and paths
    # tokenize at ~3 characters a token, so 6,000 characters stays under it.
    "codex": 6000,
    # OpenCode reads the brief as a command's output (see AGENTS.md), not as injected
    # context; keep it the size of a short file read.
    "opencode": 8000,
}
DEFAULT_BUDGET = 8000
MIN_BUDGET = 2000
"""Below this, the active pointer and the oldest open action (each bounded by the
models: a pointer line stays under ~1,500 characters, an action under ~530) might not
both fit next to the header and the omission line."""

# First-tier caps per category; the rest of each goes to the second tier.
FIRST_TIER_ACTIONS = 20
FIRST_TIER_VALIDATIONS = 10
FIRST_TIER_MODELS = 10
FIRST_TIER_NOTES = 3
FIRST_TIER_CONFIG = 20

# Reading order of the sections, and each one's heading.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("pointer", ""),
    ("validations", "### Failing or stale validations"),
    ("actions", "### Open next actions (oldest first; resolve with `handoff done ID`)"),
    ("models", "### Models not usable now"),
    ("notes", "### Recent notes"),
    ("config", "### Config"),
    ("more_validations", "### Passing validations"),
    ("pointers", "### Other pointers"),
    ("runtime", "### Runtime"),
)
_NOUNS = {
    "pointer": ("active pointer", "active pointer"),
    "validations": ("failing or stale validation", "failing or stale validations"),
    "actions": ("next action", "next actions"),
    "models": ("model status", "model statuses"),
    "notes": ("note", "notes"),
    "config": ("config fact", "config facts"),
    "more_validations": ("passing validation", "passing validations"),
    "pointers": ("other pointer", "other pointers"),
    "runtime": ("runtime component", "runtime components"),
}


class Item:
    """One whole unit of the brief: kept or left out as a whole. (A plain class: a
    NamedTuple or dataclass costs more to define than this module's whole import.)"""

    __slots__ = ("order", "section", "text")

    def __init__(self, section: str, order: int, text: str) -> None:
        self.section = section
        self.order = order
        self.text = text


class Brief:
    """A built brief: the text, what it holds, what it left out, and how long the brief
    would be with nothing left out (`full_chars`)."""

    __slots__ = ("budget", "full_chars", "host", "included", "omitted", "text")

    def __init__(self, text: str, budget: int, host: str | None, included: dict[str, int] | None = None,
                 omitted: dict[str, int] | None = None, full_chars: int = 0) -> None:
        self.text = text
        self.budget = budget
        self.host = host
        self.included = included or {}
        self.omitted = omitted or {}
        self.full_chars = full_chars

    def to_dict(self) -> dict[str, Any]:
        return {"for": self.host, "budget": self.budget, "chars": len(self.text),
                "full_chars": self.full_chars, "included": self.included,
                "omitted": self.omitted, "markdown": self.text}


def budget_for(host: str | None, budget: int | None) -> int:
    if budget is not None:
        return budget
    return HOST_BUDGETS.get(host or "", DEFAULT_BUDGET)


def _one_line(text: str, limit: int = 300) -> str:
    """A model-bounded single-line field shown whole unless it is very long (a command
    may be 2,000 characters): then its head, marked, so a line stays readable."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _note_text(note: dict[str, Any]) -> str:
    body = note["text"].strip()
    lines = body.splitlines() or [""]
    head = f"- [#{note['seq']}, {note['age']}] {lines[0]}"
    rest = [f"  {line}" if line.strip() else "" for line in lines[1:]]
    return "\n".join([head, *rest]).rstrip()


def _items(state: dict[str, Any], view: dict[str, Any]) -> tuple[list[Item], list[Item]]:
    """The must-read tier and the rest, each in selection order."""
    first: list[Item] = []
    second: list[Item] = []
    active = state.get("active_repo")
    pointers = state.get("pointers", {})
    if active and active in pointers:
        first.append(Item("pointer", 0, f"- Active: {_pointer_line(pointers[active])}"))

    current_notes = [n for n in view["notes"] if not n.get("stale")]
    actions = [a for n in current_notes for a in n["actions"] if not a["done"]]
    action_items = [Item("actions", i, f"- [ ] {_one_line(a['text'], 520)} (`handoff done {a['id']}`)")
                    for i, a in enumerate(actions)]
    if action_items:
        first.append(action_items[0])

    validations = [dict(v, command=_one_line(v["command"])) for v in view["validations"]]
    bad = [v for v in validations if not v.get("passed") or v.get("stale")]
    good = [v for v in validations if v.get("passed") and not v.get("stale")]
    bad_items = [Item("validations", i, f"- {_validation_line(v)}") for i, v in enumerate(bad)]
    first.extend(bad_items[:FIRST_TIER_VALIDATIONS])
    first.extend(action_items[1:FIRST_TIER_ACTIONS])

    unusable = [h for h in view["model_health"] if h["status"] != "ok" and not h.get("stale")]
    unusable.sort(key=lambda h: (h["status"] != "rate_limited", -h["seq"]))
    model_items = [Item("models", i, f"- {_health_line(h)}") for i, h in enumerate(unusable)]
    first.extend(model_items[:FIRST_TIER_MODELS])

    newest = list(reversed(current_notes))
    note_items = [Item("notes", i, _note_text(n)) for i, n in enumerate(newest)]
    first.extend(note_items[:FIRST_TIER_NOTES])

    config_items = []
    for i, (key, c) in enumerate(state.get("config", {}).items()):
        source = f" (from {_one_line(c['source'], 200)})" if c.get("source") else ""
        config_items.append(Item("config", i, f"- `{key}` = `{_one_line(str(c['value']))}`{source}"))
    first.extend(config_items[:FIRST_TIER_CONFIG])

    second.extend(bad_items[FIRST_TIER_VALIDATIONS:])
    second.extend(action_items[FIRST_TIER_ACTIONS:])
    second.extend(model_items[FIRST_TIER_MODELS:])
    second.extend(note_items[FIRST_TIER_NOTES:])
    second.extend(config_items[FIRST_TIER_CONFIG:])
    second.extend(Item("more_validations", i, f"- {_validation_line(v)}") for i, v in enumerate(good))
    others = sorted((p for r, p in pointers.items() if r != active), key=lambda p: -p["seq"])
    second.extend(Item("pointers", i, f"- {_pointer_line(p)}") for i, p in enumerate(others))
    down = [r for r in view["runtime"] if r["status"] not in ("up", "running")]
    second.extend(Item("runtime", i, f"- {r['component']}: {r['status']} ({r['age']})")
                  for i, r in enumerate(down))
    return first, second


def _header(state: dict[str, Any], view: dict[str, Any]) -> str:
    meta = state["meta"]
    head = view.get("head")
    lines = [f"## Handoff (as of {view['now']}" + (f", HEAD {head[:10]}" if head else "") + ")"]
    if meta.get("skipped_lines"):
        lines.append(f"Warning: {meta['skipped_lines']} unreadable line(s) in the log; run `handoff doctor`.")
    lines.append("Left by earlier sessions. Record as you go: `handoff note TEXT --next ACTION`, "
                 "`handoff done ID`, `handoff run -- CMD`.")
    return "\n".join(lines)


def _layout(header: str, chosen: list[Item], footer: str | None) -> str:
    by_section: dict[str, list[Item]] = {}
    for item in chosen:
        by_section.setdefault(item.section, []).append(item)
    parts = [header]
    for section, heading in SECTIONS:
        items = sorted(by_section.get(section, []), key=lambda it: it.order)
        if not items:
            continue
        block = "\n".join(it.text for it in items)
        parts.append(f"{heading}\n{block}" if heading else block)
    if footer:
        parts.append(footer)
    return "\n\n".join(parts) + "\n"


def _cost(item: Item, opened: set[str]) -> int:
    """Characters an item adds: its line, plus its section's heading if it opens one."""
    cost = len(item.text) + 1
    if item.section not in opened:
        heading = dict(SECTIONS)[item.section]
        cost += len(heading) + 3 if heading else 2  # heading line and the blank line before it
    return cost


def _footer(omitted: dict[str, int], budget: int, full: int) -> str:
    parts = []
    for section, _ in SECTIONS:
        n = omitted.get(section, 0)
        if n:
            singular, plural = _NOUNS[section]
            parts.append(f"{n} {singular if n == 1 else plural}")
    return (f"_Left out to fit {budget} characters: {', '.join(parts)}. "
            f"`handoff brief --budget {full}` shows everything (`handoff show` for the full state)._")


def build(state: dict[str, Any], *, host: str | None = None, budget: int | None = None,
          now: datetime | None = None, head: tuple[str | None, str | None] | None = None) -> Brief:
    """Build the brief of `state` for `host` within `budget` characters."""
    limit = budget_for(host, budget)
    view = freshness.assess(state, now=now or datetime.now(UTC), head=head)
    header = _header(state, view)
    first, second = _items(state, view)
    everything = first + second
    if not everything:
        text = header + "\n\n(Nothing recorded yet.)\n"
        return Brief(text=text, budget=limit, host=host, full_chars=len(text))
    full_text = _layout(header, everything, None)
    counts: dict[str, int] = {}
    for item in everything:
        counts[item.section] = counts.get(item.section, 0) + 1
    if len(full_text) <= limit:
        return Brief(text=full_text, budget=limit, host=host, included=counts,
                     full_chars=len(full_text))

    # Reserve room for the omission line at its longest: every category fully omitted.
    reserve = len(_footer(counts, limit, len(full_text))) + 3  # "\n\n" before it, "\n" after
    room = limit - len(header) - reserve
    chosen: list[Item] = []
    opened: set[str] = set()
    for item in everything:
        cost = _cost(item, opened)
        if cost <= room:
            chosen.append(item)
            opened.add(item.section)
            room -= cost
    included: dict[str, int] = {}
    for item in chosen:
        included[item.section] = included.get(item.section, 0) + 1
    omitted = {s: n - included.get(s, 0) for s, n in counts.items() if n > included.get(s, 0)}
    text = _layout(header, chosen, _footer(omitted, limit, len(full_text)))
    return Brief(text=text, budget=limit, host=host, included=included, omitted=omitted,
                 full_chars=len(full_text))
