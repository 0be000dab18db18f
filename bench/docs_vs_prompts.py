"""Which of the classifier's features carry documentation prose over its threshold, and which
carry the prompts only it catches: the analysis of docs/design.md "Session 23 (docs23 ...)".

    PYTHONPATH=. python bench/docs_vs_prompts.py [--cache FILE] [--limit N] [--top K]

``bench/probe_real_languages.py --kind benign`` rejects ~20 % of the paragraphs of React's and
Vue's documentation (English originals and translations), nearly all by ``prompt-classifier``
alone. This script scans, with this tree's filter:

- benign: the development half of the probe's ``docs`` source (paragraphs, every language);
- prompts: the development half of ``bench/probe_real_prompts.py`` (prompts shipped by agent
  frameworks, ``whole`` cut), of ``probe_real_languages.py --kind prompts`` (``whole`` cut), and
  the prompt lines of the open labelled corpora (``tests/privacy_corpus`` and the retired blind
  corpora up to blind24; the held-out ones are never read; these are the classifier's training
  data, so in-sample);

keeps the texts whose only finding is ``prompt-classifier`` (what the classifier alone decides),
and prints for each side the summed positive logit by feature (a feature's weight over the
square root of the text's feature count, over the model's scale, as ``Model.score`` adds it),
and the share of texts on each side that carry each candidate signal (``SIGNALS``), with what a
margin on the threshold for texts with that signal would cost in prompts and save in paragraphs;
then a global margin, a few features' weights set to 0, the rate by shape of paragraph
(``SHAPES``), the colon-ended paragraphs scanned again with the example that follows them, and
the open corpora's prompt and benign lines by language.
Only the development halves: no ``--half`` switch, no held text is read. Not a test.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import probe_real_benign
import probe_real_languages as langs
import probe_real_prompts

from handoff.privacy import classifier

PROJECT = Path(__file__).resolve().parent.parent
HELD = ("privacy_blind25", "privacy_blind26", "privacy_blind27")
"""Never read (the held-out corpora of the round)."""

# --- candidate signals ----------------------------------------------------------------------

_SITE_LINK = re.compile(r"\]\((?:/|#|\.\.?/|https?://)[^)\s]*\)")
_RELATIVE_LINK = re.compile(r"\]\((?:/|#|\.\.?/)[^)\s]*\)")
_INLINE_CODE = re.compile(r"`[^`\n]{1,80}`")
_IDENT = re.compile(r"`[^`\n]*(?:\(\)|[a-z][A-Z]|[A-Za-z]\.[A-Za-z]|<[A-Za-z]|_[a-z])[^`\n]*`")
_PLACEHOLDER = re.compile(r"\{\{?\s*[A-Za-z_][\w.]*\s*\}\}?|\$\{?[A-Z_]{2,}\}?|<[A-Z_]{3,}>|\[[A-Z_ ]{3,}\]")
_MODEL_SELF = re.compile(r"\byou are (?:an?|the)\b|\byour (?:task|role|job|goal)\b|\bas an? (?:ai|assistant|expert)\b"
                         r"|\bact as\b|\brespond\b|\bthe user\b|\bthe assistant\b|\b(?:ты|вы) — "
                         r"|你是|あなたは|당신은|eres un|você é um", re.I)
"""A few marks of a text that addresses a model (a role, a task, "the user"), in six languages."""
_TUTORIAL_YOU = re.compile(r"\b(?:you can|you'll|you might|you may|if you|you need|you want|you don't|you'd|let's)\b",
                           re.I)

_SECOND = re.compile(r"\b(?:you|your|yours|você|vocês|seu|sua|seus|suas|tú|usted|ustedes|puedes|tus?|вы|вам|вас|ваш\w*"
                     r"|ты|тебе|твой|твоих)\b|あなた|你|您|당신|여러분|أنت|يمكنك|لديك", re.I)
"""Second person in the probe's languages (pronouns and a few verb forms)."""
_IMPERATIVE = re.compile(r"(?:^|[.!:]\s+)(?:try|let's|note|make sure|remember|use|add|open|click|run|write|change|fix"
                         r"|consider|imagine|notice|see|read|tente|experimente|observe|adicione|corrija|intente|prueba"
                         r"|observa|fíjate|corrige|añade|попробуйте|обратите|используйте|добавьте|исправьте)\b"
                         r"|してください|しましょう|してみましょう|试试|请|尝试|해보세요|하세요", re.I)
"""A sentence that tells the reader to do something, or invites them to."""
_CODE_SPAN = re.compile(r"`[^`\n]{1,80}`")

SHAPES: dict[str, Callable[[str], bool]] = {
    "second person": lambda t: bool(_SECOND.search(t)),
    "imperative / invitation": lambda t: bool(_IMPERATIVE.search(t)),
    "question": lambda t: "?" in t or "\uff1f" in t,
    "ends with colon": lambda t: t.rstrip().endswith((":", "\uff1a")),
    "relative site link": lambda t: bool(_RELATIVE_LINK.search(t)),
    "inline code 0": lambda t: not _CODE_SPAN.search(t),
    "inline code 1-3": lambda t: 1 <= len(_CODE_SPAN.findall(t)) <= 3,
    "inline code 4+": lambda t: len(_CODE_SPAN.findall(t)) >= 4,
    "< 200 chars": lambda t: len(t) < 200,
    "200-499 chars": lambda t: 200 <= len(t) < 500,
    "500+ chars": lambda t: len(t) >= 500,
}
"""Shapes of a documentation paragraph, for the rate at which the classifier rejects each."""

SIGNALS: dict[str, Callable[[str], bool]] = {
    "any markdown link": lambda t: bool(_SITE_LINK.search(t)),
    "relative link ](/..)": lambda t: bool(_RELATIVE_LINK.search(t)),
    "inline code >=1": lambda t: bool(_INLINE_CODE.search(t)),
    "inline code >=2": lambda t: len(_INLINE_CODE.findall(t)) >= 2,
    "code identifier in ``": lambda t: bool(_IDENT.search(t)),
    "link or identifier": lambda t: bool(_RELATIVE_LINK.search(t) or _IDENT.search(t)),
    "placeholder {x}/$X/<X>": lambda t: bool(_PLACEHOLDER.search(t)),
    "addresses a model": lambda t: bool(_MODEL_SELF.search(t)),
    "tutorial you (en)": lambda t: bool(_TUTORIAL_YOU.search(t)),
    "ends with colon": lambda t: t.rstrip().endswith((":", "\uff1a")),
    "has question mark": lambda t: "?" in t or "\uff1f" in t,
    "multi-line": lambda t: "\n" in t.strip(),
}


def contributions(text: str, weights: dict[str, int], scale: int) -> dict[str, float]:
    """Each present feature's share of the logit, as ``Model.score`` sums it."""
    feats = classifier.features(text)
    root = math.sqrt(len(feats) or 1)
    return {f: weights[f] / root / scale for f in feats if f in weights}


def only_classifier(texts: list[str]) -> tuple[list[bool], list[bool]]:
    """For each text: rejected at all, and rejected by ``prompt-classifier`` alone."""
    fired = probe_real_benign.scan(texts)
    return [bool(f) for f in fired], [f == ["prompt-classifier"] for f in fired]


def open_prompts() -> list[tuple[str, str]]:
    """(corpus, text) of every prompt line of the open labelled corpora (held ones never read)."""
    out: list[tuple[str, str]] = []
    dev = PROJECT / "tests" / "privacy_corpus" / "prompts.jsonl"
    out += [("privacy_corpus", json.loads(r)["text"]) for r in dev.read_text().splitlines() if r.strip()]
    for path in sorted((PROJECT / "tests").glob("privacy_blind*/corpus.jsonl")):
        if path.parent.name in HELD:
            continue
        for raw in path.read_text().splitlines():
            if raw.strip():
                r = json.loads(raw)
                if r["label"] == "prompt":
                    out.append((path.parent.name, r["text"]))
    seen: dict[str, tuple[str, str]] = {}
    for item in out:
        seen.setdefault(item[1], item)
    return list(seen.values())


def gather(limit: int) -> dict[str, list[dict[str, object]]]:
    """The texts of both sides with their verdicts (development halves only)."""
    sides: dict[str, list[dict[str, object]]] = {}
    seen: dict[str, langs.Text] = {}
    for item in langs.doc_texts(langs.MIRROR):
        seen.setdefault(item[3], item)
    docs = langs.keep(list(seen.values()), "dev", limit)
    sides["docs"] = [{"lang": lg, "src": repo, "text": t} for lg, repo, _, t in docs]
    cuts = langs.prompt_cuts(x for name in sorted(langs.PROMPTS) for x in langs.PROMPTS[name](langs.MIRROR))
    sides["prompts-languages"] = [{"lang": lg, "src": repo, "text": t}
                                  for lg, repo, _, t in langs.keep(cuts["whole"], "dev", limit)]
    real, _ = probe_real_prompts.collect(probe_real_prompts.DEFAULT_DATA, "dev")
    sides["prompts-frameworks"] = [{"lang": "en", "src": pkg, "text": t} for pkg, _, _, t in real["whole"]]
    sides["prompts-open"] = [{"lang": "?", "src": c, "text": t} for c, t in open_prompts()]
    for items in sides.values():
        rejected, alone = only_classifier([str(x["text"]) for x in items])
        for x, r, a in zip(items, rejected, alone, strict=True):
            x["rejected"], x["alone"] = r, a
    return sides


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--cache", type=Path, help="read/write the scanned texts here (JSON)")
    parser.add_argument("--limit", type=int, default=langs.PER_REPOSITORY)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    if args.cache and args.cache.is_file():
        sides = json.loads(args.cache.read_text())
    else:
        sides = gather(args.limit)
        if args.cache:
            args.cache.write_text(json.dumps(sides, ensure_ascii=False))
    m = classifier.model()
    weights, scale = m.weights, m.scale
    alone: dict[str, list[str]] = {}
    scores: dict[str, list[float]] = {}
    for side, items in sides.items():
        texts = [str(x["text"]) for x in items if x["alone"]]
        alone[side] = texts
        scores[side] = [m.score(t) for t in texts]
        by_lang = Counter(str(x["lang"]) for x in items if x["alone"])
        total_lang = Counter(str(x["lang"]) for x in items)
        print(f"== {side}: {len(items)} texts, {sum(bool(x['rejected']) for x in items)} rejected, "
              f"{len(texts)} by the classifier alone")
        print("   by language: " + ", ".join(f"{k} {by_lang[k]}/{total_lang[k]}" for k in sorted(total_lang)))
        summed: Counter[str] = Counter()
        present: Counter[str] = Counter()
        positive_total = 0.0
        for t in texts:
            for f, c in contributions(t, weights, scale).items():
                if c > 0:
                    summed[f] += c
                    present[f] += 1
                    positive_total += c
        print(f"   summed positive logit {positive_total:.0f}; top features (sum, texts, weight):")
        for f, c in summed.most_common(args.top):
            share = 100 * c / positive_total
            print(f"     {f!r:<24} {c:8.1f} {share:5.1f} % {present[f]:6d}  {weights[f] / scale:+.2f}")
        shape = Counter[str]()
        for t in texts:
            shape.update(k for k in classifier.features(t) if k.startswith("#"))
        print("   shape marks: " + ", ".join(f"{k} {100 * v / max(len(texts), 1):.0f} %"
                                         for k, v in shape.most_common()))
    docs = alone["docs"]
    threshold = m.threshold
    print(f"\n== candidate signals: share of the texts the classifier alone rejects (threshold {threshold})")
    print(f"   {'signal':<26} {'docs':>16} {'prompts-lang':>14} {'prompts-fw':>12} {'prompts-open':>14}")
    for name, test in SIGNALS.items():
        row = []
        for side in ("docs", "prompts-languages", "prompts-frameworks", "prompts-open"):
            k = sum(map(test, alone[side]))
            row.append(f"{k}/{len(alone[side])} {100 * k / max(len(alone[side]), 1):.0f}%")
        print(f"   {name:<26} {row[0]:>16} {row[1]:>14} {row[2]:>12} {row[3]:>14}")
    print("\n== a margin on the threshold for texts with a signal: paragraphs kept, prompts lost")
    for name in ("relative link ](/..)", "code identifier in ``", "link or identifier", "inline code >=1"):
        test = SIGNALS[name]
        for margin in (0.5, 1.0, 2.0, math.inf):
            kept = sum(1 for t, s in zip(docs, scores["docs"], strict=True) if test(t) and s < threshold + margin)
            lost = {side: sum(1 for t, s in zip(alone[side], scores[side], strict=True)
                              if test(t) and s < threshold + margin)
                    for side in ("prompts-languages", "prompts-frameworks", "prompts-open")}
            print(f"   {name:<24} +{margin:<4} docs kept {kept}/{len(docs)}; prompts lost "
                  + ", ".join(f"{k} {v}/{len(alone[k])}" for k, v in lost.items()))
    for side in ("prompts-languages", "prompts-frameworks", "prompts-open"):
        print(f"   {side}: {near(alone[side], m)}")
    print("\n== every text over the threshold by less than a margin (all of them, a global threshold move)")
    for margin in (0.25, 0.5, 1.0):
        print(f"   +{margin:<4} " + "; ".join(
            f"{side} {sum(1 for s in scores[side] if s < threshold + margin)}/{len(scores[side])}" for side in scores))
    print("\n== one feature's weight set to 0 (the feature count kept): texts that fall below the threshold")
    for zero in (("#colonend",), ("#nonascii", "#nonascii+"), ("#colonend", "#nonascii", "#nonascii+"), ("#w6", "#w7")):
        row = []
        for side, texts in alone.items():
            fell = 0
            for t in texts:
                feats = classifier.features(t)
                total = sum(weights.get(f, 0) for f in feats if f not in zero)
                fell += (m.bias + total / math.sqrt(len(feats) or 1)) / scale < threshold
            row.append(f"{side} {fell}/{len(texts)}")
        print(f"   {', '.join(zero):<30} " + "; ".join(row))
    print("\n== docs: share of the positive logit by kind of feature, by language; rate by repository")
    for lang in sorted({str(x["lang"]) for x in sides["docs"]}):
        groups: Counter[str] = Counter()
        texts = [str(x["text"]) for x in sides["docs"] if x["alone"] and x["lang"] == lang]
        for t in texts:
            for f, c in contributions(t, weights, scale).items():
                if c > 0:
                    groups[kind(f)] += c
        total = sum(groups.values()) or 1.0
        print(f"   {lang} {len(texts)}: " + ", ".join(f"{k} {100 * v / total:.0f} %" for k, v in groups.most_common())
              + f"; {near(texts, m)}")
    seen, flagged = Counter[str](), Counter[str]()
    for x in sides["docs"]:
        seen[str(x["src"])] += 1
        flagged[str(x["src"])] += bool(x["alone"])
    for repo in sorted(seen):
        print(f"   {repo:<34} {flagged[repo]}/{seen[repo]} = {100 * flagged[repo] / seen[repo]:.1f} %")
    print("\n== docs: rate the classifier alone rejects, with / without a shape (all languages; English)")
    for name, test in SHAPES.items():
        cells = []
        for items in (sides["docs"], [x for x in sides["docs"] if x["lang"] == "en"]):
            with_, without = [x for x in items if test(str(x["text"]))], [x for x in items if not test(str(x["text"]))]
            a, b = sum(bool(x["alone"]) for x in with_), sum(bool(x["alone"]) for x in without)
            rate_with, rate_without = 100 * a / max(len(with_), 1), 100 * b / max(len(without), 1)
            cells.append(f"{a}/{len(with_)} = {rate_with:.1f} % | {rate_without:.1f} %")
        print(f"   {name:<24} " + "    ".join(cells))
    print("   second person, imperative among the texts the classifier alone rejects: " + "; ".join(
        f"{side} {sum(map(SHAPES['second person'], t))}, {sum(map(SHAPES['imperative / invitation'], t))} of {len(t)}"
        for side, t in alone.items()))
    colon_with_example(sides["docs"])
    training_balance()


def training_balance() -> None:
    """Prompt and benign lines of the open labelled corpora by ``language_of`` (held ones never read)."""
    counts: Counter[tuple[str, str]] = Counter()
    tests = PROJECT / "tests"
    files = [(p, None) for p in sorted(tests.glob("privacy_blind*/corpus.jsonl")) + sorted(
        tests.glob("privacy_train*/corpus.jsonl")) if p.parent.name not in HELD]
    files += [(tests / "privacy_corpus" / f"{n}.jsonl", label) for n, label in (("prompts", "prompt"),
                                                                                 ("benign", "benign"))]
    for path, label in files:
        for raw in path.read_text().splitlines():
            if raw.strip():
                r = json.loads(raw)
                counts[(langs.language_of(r["text"]) or "?", label or r["label"])] += 1
    print("\n== open labelled corpora by language: prompt / benign lines")
    print("   " + ", ".join(f"{lg} {counts[(lg, 'prompt')]}/{counts[(lg, 'benign')]}"
                          for lg in ("en", "pt", "es", "ja", "ar", "ko", "zh", "ru", "fr", "de", "it")))


def colon_with_example(docs: list[dict[str, object]]) -> None:
    """The colon-ended paragraphs the classifier alone rejects, scanned again with the fenced
    block that follows each on its page (development pages only): the probe leaves code out, so
    it scores an example's introduction without the example a copied section would hold."""
    flagged = {str(x["text"]) for x in docs if x["alone"] and str(x["text"]).rstrip().endswith((":", "\uff1a"))}
    found: dict[str, str] = {}
    for repo, _, prefix, suffix in langs.DOC_REPOSITORIES:
        git = langs.git_dir(langs.MIRROR, repo)
        if git is None or suffix != ".md":
            continue
        for path, page in langs.blobs(git, langs.tree_files(git, prefix, suffix)):
            if langs.half_key(langs.page_key(repo, path)) != "dev":
                continue
            for para in flagged:
                at = page.find(para)
                if at < 0 or para in found:
                    continue
                end = at + len(para)
                block = re.match(r"\s*\n(```|~~~)[^\n]*\n(.*?)\n\1", page[end:end + 3000], re.S)
                if block:
                    found[para] = para + page[end:end + block.end()]
    fired = probe_real_benign.scan(list(found.values()))
    print(f"\n== colon-ended paragraphs rejected by the classifier alone: {len(flagged)}; followed by a fenced "
          f"block: {len(found)}; with the block still rejected: {sum(map(bool, fired))} "
          f"({sum(f == ['prompt-classifier'] for f in fired)} by the classifier alone)")


def near(texts: list[str], m: classifier.Model) -> str:
    """How close to the threshold ``texts`` score: the median, and the share within +1.0."""
    scores = sorted(m.score(t) for t in texts)
    if not scores:
        return "no text"
    within = sum(s < m.threshold + 1.0 for s in scores)
    return f"median score {scores[len(scores) // 2]:.2f}, {100 * within / len(scores):.0f} % within +1.0"


def kind(feature: str) -> str:
    """A feature's kind, for the breakdown: a shape mark, a word, a bigram, a CJK character."""
    if feature.startswith("#"):
        return "shape"
    if feature.startswith(("~", "^", "$")):
        return "gram/first/last"
    if " " in feature:
        return "word bigram"
    if re.match(r"[\u3040-\u9fff\uac00-\ud7af]", feature):
        return "CJK char/bigram"
    return "ASCII word" if feature.isascii() else "other-script word"


if __name__ == "__main__":
    main()
