"""Which privacy rules fire on text their authors had not seen.

    PYTHONPATH=. python bench/rule_reach.py [--json] [--cache FILE] [--no-real] [--limit N]
        [--data DIR] [--mirror DIR]

Each round, helpers add rules that lift the corpus they were aimed at and the next held-out
corpus barely moves. This tool asks, per rule id (the ``rule`` of each finding of
``scan_text``), where the rule ever fires:

- on every open labelled corpus (``check_findings.CORPORA``, the ``privacy_train*`` sets,
  ``privacy_enc19`` and ``privacy_llm18``; never a corpus in ``train_classifier.HELD_OUT``)
  and on the development halves of the real-text probes (``probe_real_benign``'s four sources,
  ``probe_real_prompts``' two cuts; never the held halves), the lines where it fires by label
  (a true positive on a secret or prompt line, a false positive on a benign line) and the
  lines where it is the only rule that fires (the verdict rests on it alone);
- when it first appeared: the earliest commit whose diff under ``handoff/`` adds the id as a
  quoted string (one ``git log -p`` pass, the equivalent of ``git log -S'<id>' --reverse`` for
  all ids at once), the session of that commit (``session_of``), and, for each corpus, whether
  it was ``tuned`` (opened to read in the rule's own session: what it was aimed at), ``seen``
  (open to read before that), ``held`` (committed, but held out until after the rule) or
  ``after`` (committed after the rule). Held and after are text the author could not read.

Findings that came out of a decoded view (``mangled.view_hits``, ``mangled.invisible_hits``,
``transport.transport_hits``) carry the ids of the rules that read the view; they are counted
a second time under the pseudo ids ``view:mangled``, ``view:invisible`` and ``view:transport``
so the encodings' own reach shows.

The report groups rules by session and by kind (``kind_of``) and prints, for each group, the
true positives, sole catches and false positives on the corpora it had seen, on the ones
committed after it, and on real text. ``--json`` prints every rule's counts. The scan (~3 min
on a quiet machine) is cached in ``--cache`` (keyed by the tree's ``handoff/privacy`` and the
texts), the history in ``.rule_reach_history.json`` beside it. Progress goes to stderr.

Not a test: a probe that prints figures.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_findings import CORPORA, PROJECT
from train_classifier import HELD_OUT  # one list of the held-out corpora, never read here

EXTRA_CORPORA = ("privacy_enc19/corpus.jsonl", "privacy_llm18/corpus.jsonl")
POSITIVE = ("secret", "prompt")
FILE_LABELS = {"benign.jsonl": "benign", "prompts.jsonl": "prompt", "secrets.jsonl": "secret"}
VIEWS = {"view:mangled": ("mangled", "view_hits"), "view:invisible": ("mangled", "invisible_hits"),
         "view:transport": ("transport", "transport_hits")}
DEFAULT_CACHE = Path("/tmp/rule_reach_cache.json")


def open_corpora(tests: Path = PROJECT / "tests") -> list[str]:
    """Every open corpus, relative to ``tests``: ``CORPORA``, the train sets and the two small
    round-18/19 sets. A held-out name anywhere is an error, not a skip."""
    train = sorted(f"{p.parent.name}/{p.name}" for p in tests.glob("privacy_train*/corpus.jsonl"))
    out = [*CORPORA, *train, *(c for c in EXTRA_CORPORA if (tests / c).exists())]
    for rel in out:
        if rel.split("/")[0] in HELD_OUT:
            raise SystemExit(f"rule_reach: {rel} is held out")
    return out


def corpus_lines(path: Path) -> list[tuple[str, str]]:
    """(label, text) of a corpus file; the development corpus's label is its file's name."""
    fixed = FILE_LABELS.get(path.name) if path.parent.name == "privacy_corpus" else None
    out = []
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            out.append((fixed or record["label"], record["text"]))
    return out


def real_texts(limit: int, data: Path | None, mirror: Path | None) -> dict[str, list[tuple[str, str]]]:
    """The development halves of the two real-text probes, through their own loaders."""
    import functools

    import probe_real_benign as benign
    import probe_real_prompts as prompts

    if mirror:
        benign.SOURCES["commits"] = functools.partial(benign.commit_messages, mirror)
    out: dict[str, list[tuple[str, str]]] = {}
    for source in sorted(benign.SOURCES):
        print(f"rule_reach: reading real benign {source} (dev half)", file=sys.stderr)
        out[f"real:{source}"] = [("benign", t) for _, _, t in benign.collect([source], limit, "dev")]
    cuts, missing = prompts.collect(data or prompts.DEFAULT_DATA, "dev")
    if missing:
        print(f"rule_reach: prompt packages not downloaded: {', '.join(missing)}", file=sys.stderr)
    for cut, items in cuts.items():
        out[f"real:prompts-{cut}"] = [("prompt", t) for *_, t in items]
    return out


class Scanner:
    """``scan_text`` with the findings that came out of a decoded view marked as such."""

    def __init__(self) -> None:
        import importlib

        from handoff.privacy import scan_text

        self.scan_text = scan_text
        self.view_hits: set[tuple[str, int, int, str]] = set()
        self.originals: list[tuple[object, str, object]] = []
        for name, (module, func) in VIEWS.items():
            mod = importlib.import_module(f"handoff.privacy.{module}")
            self.originals.append((mod, func, getattr(mod, func)))
            setattr(mod, func, self._wrap(name, getattr(mod, func)))

    def restore(self) -> None:
        """Put the views' functions back (a test's process goes on scanning)."""
        for mod, func, original in self.originals:
            setattr(mod, func, original)

    def _wrap(self, name: str, fn: Callable[..., None]) -> Callable[..., None]:
        def wrapped(text: str, category: str, priority: int, hits: list[Any]) -> None:
            before = len(hits)
            fn(text, category, priority, hits)
            for hit in hits[before:]:
                self.view_hits.add((name, hit[2], hit[3], hit[4]))
        return wrapped

    def rules(self, text: str) -> list[str]:
        """Rule ids that fire on ``text``, plus a view's pseudo id when a finding came from it."""
        self.view_hits = set()
        fired = set()
        for f in self.scan_text(text):
            fired.add(f.rule)
            fired.update(v for v, s, e, r in self.view_hits if (s, e, r) == (f.start, f.end, f.rule))
        return sorted(fired)


def _tree_key(texts: Iterable[str]) -> str:
    h = hashlib.sha1()
    package = PROJECT / "handoff" / "privacy"
    for path in sorted([*package.glob("*.py"), *package.glob("*.bin")]):  # the weights too
        h.update(path.read_bytes())
    for text in texts:
        h.update(text.encode("utf-8", "replace"))
    return h.hexdigest()


def scan_sets(sets: dict[str, list[tuple[str, str]]], cache: Path | None) -> dict[str, list[list[str]]]:
    """Rule ids fired on each text of each set (from ``cache`` when the tree and texts match)."""
    key = _tree_key(t for items in sets.values() for _, t in items)
    if cache and cache.exists():
        stored = json.loads(cache.read_text("utf-8"))
        if stored.get("key") == key:
            print(f"rule_reach: findings from {cache}", file=sys.stderr)
            return dict(stored["fired"])
    scanner = Scanner()
    fired: dict[str, list[list[str]]] = {}
    for name, items in sets.items():
        print(f"rule_reach: scanning {name} ({len(items)} texts)", file=sys.stderr)
        fired[name] = [scanner.rules(text) for _, text in items]
    if cache:
        cache.write_text(json.dumps({"key": key, "fired": fired}), "utf-8")
    return fired


def count(sets: dict[str, list[tuple[str, str]]], fired: dict[str, list[list[str]]]) -> dict[str, Any]:
    """Per set: lines per label, and per rule the lines of each label where it fires
    (``secret``, ``prompt``, ``benign``) and where it is the only rule that fires
    (``sole_secret`` ...). A view's pseudo id is not a second rule: a line whose only finding
    came out of one view is that view's sole catch and its rule's too."""
    out: dict[str, Any] = {}
    for name, items in sets.items():
        lines: dict[str, int] = defaultdict(int)
        rules: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for (label, _), ids in zip(items, fired[name], strict=True):
            lines[label] += 1
            real = [r for r in ids if not r.startswith("view:")]
            views = [r for r in ids if r.startswith("view:")]
            for r in ids:
                rules[r][label] += 1
            if len(real) == 1:
                for r in real + (views if len(views) == 1 else []):
                    rules[r][f"sole_{label}"] += 1
        out[name] = {"lines": dict(lines), "rules": {r: dict(c) for r, c in sorted(rules.items())}}
    return out


# History -----------------------------------------------------------------------------------

def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(PROJECT), *args], check=True, capture_output=True,
                          text=True, errors="replace").stdout


def rule_origins(ids: Iterable[str]) -> dict[str, tuple[str, int]]:
    """(commit, author time) of the earliest commit whose diff under ``handoff/`` adds each id
    as a quoted string; a view's pseudo id by its function's ``def``. One ``git log -p`` pass."""
    wanted = {i for i in ids if not i.startswith("view:")}
    marks = {f"def {func}(": name for name, (_, func) in VIEWS.items()}
    quoted = re.compile(r"""["']([a-z0-9]+(?:-[a-z0-9]+)+|[a-z0-9]+)["']""")
    found: dict[str, tuple[str, int]] = {}
    log = _git("log", "--no-merges", "--format=@@C %H %at", "-p", "--unified=0", "--", "handoff")
    commit, when = "", 0
    for line in log.splitlines():
        if line.startswith("@@C "):
            _, commit, at = line.split()
            when = int(at)
        elif line.startswith("+") and not line.startswith("+++"):
            for m in quoted.finditer(line):
                rid = m.group(1)
                if rid in wanted and (rid not in found or when < found[rid][1]):
                    found[rid] = (commit, when)
            for mark, name in marks.items():
                if mark in line and (name not in found or when < found[name][1]):
                    found[name] = (commit, when)
    return found


SESSION_BRANCH = re.compile(r"\b(?!blind|reader|corp|train)([a-z]+?)(\d{1,2})\b")
EARLY_ENDS = {7: "Merge branch 'rules'"}
"""Session 7's helpers' branches carry no number; its last rules merge stands for its end."""


def session_ends() -> list[tuple[int, int]]:
    """(time, session) of each session's last merge into main's first-parent line, by the
    session number in the merged branch's name (``cred15``, ``prompts20``; corpus branches
    ``blind*``/``reader*`` are named for their corpus, not their session)."""
    ends: dict[int, int] = {}
    for line in _git("log", "--first-parent", "--merges", "--format=%at %s").splitlines():
        at, subject = line.split(" ", 1)
        m = SESSION_BRANCH.search(subject.split(":")[0])
        session = int(m.group(2)) if m else next((s for s, p in EARLY_ENDS.items() if subject.startswith(p)), 0)
        if session:
            ends[session] = max(ends.get(session, 0), int(at))
    return sorted((t, s) for s, t in ends.items())


def session_of(when: int, ends: list[tuple[int, int]]) -> int:
    """The first session whose last merge is at or after ``when``; after the last merge, the
    session in progress. Helpers branch at a session's start and are merged at its end."""
    for end, session in ends:
        if when <= end:
            return session
    return ends[-1][1] + 1 if ends else 0


def corpus_times(rels: Iterable[str]) -> dict[str, tuple[int, int]]:
    """(committed, open to read) of each corpus: the first commit adding its file, and for a
    blind corpus the first commit listing it in ``bench/check_findings.py`` (its retirement)."""
    checks: dict[str, int] = {}
    log = _git("log", "--reverse", "--format=@@C %at", "-p", "--unified=0", "--", "bench/check_findings.py")
    when = 0
    for line in log.splitlines():
        if line.startswith("@@C "):
            when = int(line.split()[1])
        elif line.startswith("+"):
            for m in re.finditer(r"privacy_blind\d*/corpus\.jsonl", line):
                checks.setdefault(m.group(0), when)
    out = {}
    for rel in rels:
        times = _git("log", "--diff-filter=A", "--format=%at", "--", f"tests/{rel}").split()
        added = min(map(int, times)) if times else 0
        opened = max(added, checks.get(rel, added)) if rel.startswith("privacy_blind") else added
        out[rel] = (added, opened)
    return out


def history(ids: Iterable[str], rels: list[str], cache: Path) -> dict[str, Any]:
    """Origins, session ends and corpus times, cached in ``cache`` by HEAD."""
    head = _git("rev-parse", "HEAD").strip()
    ids = sorted(ids)
    if cache.exists():
        stored = json.loads(cache.read_text("utf-8"))
        if stored.get("head") == head and set(ids) <= set(stored["origins"]) | set(stored["missing"]) \
                and set(rels) <= set(stored["corpora"]):
            return dict(stored)
    print("rule_reach: reading the history (one git log pass)", file=sys.stderr)
    origins = rule_origins(ids)
    data = {"head": head, "origins": origins, "missing": [i for i in ids if i not in origins],
            "ends": session_ends(), "corpora": corpus_times(rels)}
    cache.write_text(json.dumps(data), "utf-8")
    return data


# Report ------------------------------------------------------------------------------------

PHRASE_PROMPT = frozenset({
    "system-prompt", "model-output", "addressed-to-model", "request-to-model", "model-directive",
    "agent-narration", "prompt-other-language", "user-request-label", "model-output-label",
    "model-output-framed", "conversation-summary", "model-addressed", "error-fix-request",
    "model-asked-attributed", "model-output-attributed", "model-reply-shape", "request-quoted",
    "user-request-quoted", "qa-model-answer", "model-output-cut", "assertion-model-answer",
    "pasted-output"})
"""Prompt rules that read words (a persona, an opener, a request, a label or verb naming the
model or the user); the other prompt rules read a layout (turns, templates, JSON records,
traces, e-mail threads, tables of runs)."""


def category_of(rule: str, tp: dict[str, int]) -> str:
    """``credential`` or ``prompt``: the table's category; for an id a module emits without a
    table row, the label its catches fall on (a view reads credentials only)."""
    from handoff.privacy.rules import RULES

    table = {r.id: r.category for r in RULES}
    if rule.startswith("view:"):
        return "credential"
    if rule in table:
        return table[rule]
    return "prompt" if tp.get("prompt", 0) >= tp.get("secret", 0) and tp.get("prompt", 0) else "credential"


def kind_of(rule: str, category: str) -> str:
    """One of: classifier, encoding view, vendor format, name-context credential, phrase
    prompt, structural prompt."""
    from handoff.privacy.rules import RULES

    table = {r.id: r for r in RULES}
    if rule.startswith("view:"):
        return "encoding view"
    if rule == "prompt-classifier":
        return "classifier"
    if category == "credential":
        r = table.get(rule)
        return "vendor format" if r is not None and r.kind == "token" else "name-context credential"
    return "phrase prompt" if rule in PHRASE_PROMPT else "structural prompt"


def classifier_training() -> set[str]:
    """Corpora (their directory) the shipped classifier was trained on (``TRAINING`` and
    ``AUGMENT`` of ``train_classifier``): seen, whenever they were added."""
    try:
        from train_classifier import AUGMENT, TRAINING
    except ImportError:
        return set()
    return {directory for _, directory in (*TRAINING, *AUGMENT)}


PLACES = ("tuned", "seen", "held", "after", "real")


def reach(counts: dict[str, Any], hist: dict[str, Any], trained: set[str] = frozenset()) -> dict[str, Any]:  # type: ignore[assignment]
    """Per rule: origin, session, category, kind, and in each place (``tuned``: opened to read
    in the rule's own session, the corpus it was aimed at; ``seen``: opened before; ``held``,
    ``after``, ``real``) its catches (``tp``, ``sole_tp``) on lines of its own category's label
    and the number of such lines (``pos``), its false positives (``fp``, ``sole_fp``) and the
    benign lines (``neg``), with the sets in the place. The classifier is retrained each round:
    for it, a corpus in its training set is ``seen`` and any other is ``after``."""
    ends = [tuple(e) for e in hist["ends"]]
    rules = sorted({r for c in counts.values() for r in c["rules"]})
    out: dict[str, Any] = {}
    for rule in rules:
        origin = hist["origins"].get(rule)
        when = origin[1] if origin else 0
        total: dict[str, int] = defaultdict(int)
        for c in counts.values():
            for k, v in c["rules"].get(rule, {}).items():
                total[k] += v
        category = category_of(rule, total)
        label = "secret" if category == "credential" else "prompt"
        row: dict[str, Any] = {"category": category, "kind": kind_of(rule, category),
                               "commit": origin[0][:10] if origin else None,
                               "session": session_of(when, ends) if origin else None}
        for where in PLACES:
            row[where] = {"tp": 0, "sole_tp": 0, "fp": 0, "sole_fp": 0, "pos": 0, "neg": 0, "sets": []}
        for name, c in counts.items():
            if name.startswith("real:"):
                where = "real"
            elif rule == "prompt-classifier":
                where = "seen" if name.split("/")[0] in trained or name.startswith("privacy_corpus/") else "after"
            else:
                added, opened = hist["corpora"][name]
                where = "seen" if opened <= when else "held" if added <= when else "after"
                if where == "seen" and origin and session_of(opened, ends) == row["session"]:
                    where = "tuned"
            cell = row[where]
            mine = c["rules"].get(rule, {})
            cell["sets"].append(name)
            cell["pos"] += c["lines"].get(label, 0)
            cell["neg"] += c["lines"].get("benign", 0)
            cell["tp"] += mine.get(label, 0)
            cell["sole_tp"] += mine.get(f"sole_{label}", 0)
            cell["fp"] += mine.get("benign", 0)
            cell["sole_fp"] += mine.get("sole_benign", 0)
        out[rule] = row
    return out


def _per_k(n: int, d: int) -> str:
    return f"{1000 * n / d:.1f}" if d else "-"


def unseen_tp(row: dict[str, Any]) -> int:
    """Catches on text the rule's author could not read: corpora held out or not yet written
    when the rule appeared, and real text."""
    return int(row["held"]["tp"] + row["after"]["tp"] + row["real"]["tp"])


def table(rows: dict[str, Any], key: Callable[[str, dict[str, Any]], str]) -> list[str]:
    """Per group: rules, rules that catch anything unseen (``unseen_tp``), and per place the
    group's catches, sole catches and false positives per rule and per 1,000 lines of the
    place (tp and sole on lines of the rule's own label, fp on benign lines)."""
    groups: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for rule, row in rows.items():
        groups[key(rule, row)].append((rule, row))
    head = f"{'group':<26}{'rules':>6}{'reach':>6}" + "".join(
        f" | {where + ': tp':>10}{'sole':>7}{'fp':>7}" for where in PLACES)
    lines = [head, "-" * len(head)]
    for group in sorted(groups):
        members = groups[group]
        reached = sum(1 for _, r in members if unseen_tp(r))
        cells = []
        for where in PLACES:
            s = {k: sum(r[where][k] for _, r in members) for k in ("tp", "sole_tp", "fp", "pos", "neg")}
            cells.append(f"{_per_k(s['tp'], s['pos']):>10}{_per_k(s['sole_tp'], s['pos']):>7}"
                         f"{_per_k(s['fp'], s['neg']):>7}")
        lines.append(f"{group:<26}{len(members):>6}{reached:>6} | " + " | ".join(cells))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     epilog="Places of a corpus for a rule: tuned (opened to read in "
                                     "the rule's session), seen (opened before), held (committed, held "
                                     "out when the rule was written), after (committed later), real "
                                     "(the probes' dev halves). Figures per rule and per 1,000 lines: "
                                     "tp and sole tp on lines of the rule's own label (secret or "
                                     "prompt), fp on benign lines. 'reach': rules of the group that "
                                     "catch anything held, after or real.")
    parser.add_argument("--json", action="store_true", help="every rule's counts as JSON on stdout")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE,
                        help=f"findings cache (default {DEFAULT_CACHE}); the history's beside it")
    parser.add_argument("--no-real", action="store_true", help="labelled corpora only (no real-text probes)")
    parser.add_argument("--limit", type=int, default=30000, help="real benign texts at most per source")
    parser.add_argument("--data", type=Path, help="probe_real_prompts' download cache")
    parser.add_argument("--mirror", type=Path, help="probe_real_benign's bare mirrors for commits")
    args = parser.parse_args()
    rels = open_corpora()
    sets = {rel: corpus_lines(PROJECT / "tests" / rel) for rel in rels}
    if not args.no_real:
        sets.update(real_texts(args.limit, args.data, args.mirror))
    fired = scan_sets(sets, args.cache)
    counts = count(sets, fired)
    ids = {r for c in counts.values() for r in c["rules"]}
    hist = history(ids, rels, args.cache.with_name(".rule_reach_history.json"))
    rows = reach(counts, hist, classifier_training())
    if args.json:
        print(json.dumps({"rules": rows, "sets": {n: c["lines"] for n, c in counts.items()},
                          "corpora": hist["corpora"], "session_ends": hist["ends"]}, indent=1))
        return
    print("Per rule and per 1,000 lines (tp, sole: lines of the rule's own label; fp: benign lines);"
          " reach: rules that catch anything held, after or real.\n")
    print("By the session that added the rule id:")
    print("\n".join(table(rows, lambda _, r: f"session {r['session'] or 0:02d}")))
    print("\nBy kind:")
    print("\n".join(table(rows, lambda _, r: r["kind"])))
    print("\nBy kind, rules of sessions 15 and later:")
    print("\n".join(table({k: v for k, v in rows.items() if (v["session"] or 0) >= 15}, lambda _, r: r["kind"])))
    dead = [(r, row) for r, row in rows.items()
            if not unseen_tp(row) and (row["held"]["pos"] or row["after"]["pos"])]
    print(f"\nRules with no catch on text their author could not read (held, after, real) ({len(dead)}):")
    for r, row in sorted(dead, key=lambda x: (x[1]["session"] or 0, x[0])):
        mine = {k: row["tuned"][k] + row["seen"][k] for k in ("tp", "sole_tp", "fp")}
        print(f"  s{row['session'] or 0:02d} {row['kind']:<24} {r:<30} tuned+seen: tp {mine['tp']:>4} "
              f"sole {mine['sole_tp']:>4} fp {mine['fp']:>2} | unseen fp "
              f"{row['held']['fp'] + row['after']['fp'] + row['real']['fp']}")


if __name__ == "__main__":
    main()
