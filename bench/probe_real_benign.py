"""How often the privacy filter rejects real engineering text that nobody here wrote.

    PYTHONPATH=. python bench/probe_real_benign.py [--half dev|held|all] [--limit N] [--show K]
        [--json] [--against REV] [--source debian|upstream|metadata|commits] [--mirror DIR]

Every labelled corpus in ``tests/`` was written for this project, by the rules' authors or by
helpers told what to write. This probe reads text written by thousands of other people for
other purposes, which is engineering text and no credential or prompt: the entries of the
Debian changelogs (``/usr/share/doc/*/changelog.Debian.gz``: one bullet with its continuation
lines is one text, the size of a handoff note), the paragraphs of upstream changelogs and NEWS
files beside them, and the paragraphs of the installed Python packages' descriptions (the
``METADATA`` of this interpreter's ``site-packages``), and the full messages (subject and body)
of the commits of public repositories (``--source commits``: ``REPOSITORIES``, read from bare
mirrors under ``--mirror``, default ``/work/.mirror/<owner>+<name>/repo``, the layout the
sessions' fetch tool makes; a repository not there is skipped with a note). Each text is scanned as written
(``scan_text``) and the share rejected is a false-positive rate on real text.

It is a probe, not a test: what it reads depends on the packages installed on the machine, so
its figures are comparable only within one run (``--against REV`` scans the same texts with
REV's filter in a child process and prints both).

Two halves, by a hash of the package's name: ``--half dev`` may be read and tuned against (its
rejected texts shown with ``--show``); ``--half held`` (the default) is the figure to quote,
and nobody reads its rejected texts. ``--show K`` prints the first K rejected
texts with the rules that fired, for reading: a rejected text is a false positive unless a
reader finds a real credential or model text in it (package descriptions do carry example
keys and sample prompts in their code blocks; the per-source rates keep those apart).
"""

from __future__ import annotations

import argparse
import functools
import gzip
import hashlib
import itertools
import json
import os
import re
import subprocess
import sys
import sysconfig
import tarfile
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
DOC = Path("/usr/share/doc")
MAX_BYTES = 4 << 20
"""A changelog larger than this is read only this far (a few are tens of MB uncompressed)."""
_BULLET = re.compile(r"^  [*+-] ", re.M)
_TRAILER = re.compile(r"^ -- .*$", re.M)


def _read_gz(path: Path) -> str:
    try:
        with gzip.open(path, "rb") as f:
            return f.read(MAX_BYTES).decode("utf-8", "replace")
    except (OSError, EOFError):
        return ""


def debian_entries() -> Iterator[tuple[str, str]]:
    """One text per changelog bullet: ``  * Fix the ...`` and its indented continuation."""
    for path in sorted(DOC.glob("*/changelog.Debian.gz")):
        text = _TRAILER.sub("", _read_gz(path))
        starts = [m.start() for m in _BULLET.finditer(text)] + [len(text)]
        for a, b in itertools.pairwise(starts):
            chunk = text[a:b].split("\n\n", 1)[0]
            body = " ".join(line.strip() for line in chunk.splitlines()).lstrip("*+- ").strip()
            if len(body.split()) >= 4:
                yield path.parent.name, body


def _paragraphs(text: str) -> Iterator[str]:
    for para in re.split(r"\n\s*\n", text):
        para = para.strip("\n")
        if len(para.split()) >= 4 and len(para) <= 4000:
            yield para


def upstream_paragraphs() -> Iterator[tuple[str, str]]:
    """Paragraphs of upstream changelogs and NEWS files, as written (line breaks kept)."""
    for path in sorted([*DOC.glob("*/changelog.gz"), *DOC.glob("*/NEWS*.gz")]):
        for para in _paragraphs(_read_gz(path)):
            yield path.parent.name, para


def metadata_paragraphs() -> Iterator[tuple[str, str]]:
    """Paragraphs of the long descriptions of the installed Python packages."""
    site = Path(sysconfig.get_paths()["purelib"])
    for meta in sorted(site.glob("*.dist-info/METADATA")):
        text = meta.read_text("utf-8", "replace")
        _, _, body = text.partition("\n\n")
        for para in _paragraphs(body):
            yield meta.parent.name.split("-")[0], para


REPOSITORIES = [
    "simonw/sqlite-utils", "simonw/llm", "pyeventsourcing/eventsourcing", "msiemens/tinydb",
    "untitaker/python-atomicwrites", "tox-dev/filelock", "ijl/orjson", "pydantic/pydantic",
    "duckdb/duckdb", "duckdb/duckdb-python", "psycopg/psycopg", "modelcontextprotocol/python-sdk",
    "pallets/click", "pallets/flask", "psf/requests", "pytest-dev/pytest", "sqlalchemy/sqlalchemy",
    "astral-sh/uv",
]
MIRROR = Path("/work/.mirror")
PER_REPOSITORY = 2500
"""Messages at most from one repository (chosen by a hash of the commit id), so a repository
with 60,000 commits does not stand for the whole source."""
_BOT = re.compile(r"\[bot\]|dependabot|renovate|pre-commit-ci|github-actions|greenkeeper|pyup|snyk|"
                  r"allcontributors|mergify|codecov|imgbot|whitesource|deepsource|restyled", re.I)
_MAX_MESSAGE = 4000


def commit_messages(root: Path = MIRROR) -> Iterator[tuple[str, str]]:
    """Full commit messages of ``REPOSITORIES``' default branches, merges and bots' commits left
    out (by author name or e-mail), at most ``PER_REPOSITORY`` each, each cut to a note's size
    at a paragraph break."""
    for repo in REPOSITORIES:
        git_dir = root / repo.replace("/", "+") / "repo"
        if not git_dir.is_dir():
            print(f"probe_real_benign: {repo} not mirrored in {root}, skipped", file=sys.stderr)
            continue
        kept = [(hashlib.sha1(commit.encode()).hexdigest(), message)
                for commit, message in people_commits(git_dir, _MAX_MESSAGE) if len(message.split()) >= 4]
        for _, message in sorted(kept)[:PER_REPOSITORY]:
            yield repo, message


def people_commits(git_dir: Path, limit: int) -> Iterator[tuple[str, str]]:
    """(commit id, full message) of a bare mirror's default branch, merges and bots' commits left
    out (by author name or e-mail), each message cut to ``limit`` characters at a paragraph
    break where there is one (also read by ``probe_real_languages.py``)."""
    log = subprocess.run(["git", "--git-dir", str(git_dir), "log", "--no-merges", "HEAD",
                          "--format=%H%x00%an%x00%ae%x00%B%x1e"], capture_output=True, check=False).stdout
    for record in log.decode("utf-8", "replace").split("\x1e"):
        parts = record.strip("\n").split("\x00")
        if len(parts) != 4 or _BOT.search(parts[1] + " " + parts[2]):
            continue
        message = parts[3].strip()
        if len(message) > limit:
            cut = message.rfind("\n\n", 0, limit)
            message = message[: cut if cut > 0 else limit]
        yield parts[0], message


SOURCES: dict[str, Callable[[], Iterator[tuple[str, str]]]] = {
    "debian": debian_entries, "upstream": upstream_paragraphs, "metadata": metadata_paragraphs,
    "commits": commit_messages}
DEFAULT_SOURCES = ["debian", "upstream", "metadata"]
"""Without ``--source``: commits are asked for by name, so the default run's sample (and its
figures since session 12) stay as they were."""


SPLIT_AS = {"duckdb/duckdb-python": "duckdb/duckdb", "@qwen-code/qwen-code": "@google/gemini-cli"}
"""A package or repository split from another, or a fork of it, goes to the other's half: they
share text, and one half must never hold the other's."""


def half_of(package: str) -> str:
    """``dev`` or ``held``: a fixed split of the packages, the same on every machine."""
    package = SPLIT_AS.get(package, package)
    return "held" if hashlib.sha1(package.encode()).digest()[0] & 1 else "dev"


def collect(sources: list[str], limit: int, half: str = "all") -> list[tuple[str, str, str]]:
    """(source, package, text) of the packages of ``half``, duplicates dropped, an even spread
    of each source kept when there are more than ``limit``: ordered by a hash of the text, so the
    sample is the same on every run on one machine."""
    out: list[tuple[str, str, str]] = []
    for name in sources:
        seen: dict[str, tuple[str, str, str]] = {}
        for package, text in SOURCES[name]():
            if half != "all" and half_of(package) != half:
                continue
            digest = hashlib.sha1(text.encode()).hexdigest()
            seen.setdefault(digest, (name, package, text))
        out.extend(seen[d] for d in sorted(seen)[: limit // len(sources)])
    return out


def scan(texts: list[str]) -> list[list[str]]:
    """Rule ids of every finding of each text, with this tree's (or ``sys.path``'s) filter."""
    from handoff.privacy import scan_text

    return [sorted({f.rule for f in scan_text(t)}) for t in texts]


def scan_at(rev: str, texts: list[str]) -> list[list[str]]:
    """The same with the filter of git revision ``rev``, in a child process."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(PROJECT), "archive", rev, "handoff"],
                                 check=True, capture_output=True).stdout
        archive_path = Path(tmp, "a.tar")
        archive_path.write_bytes(archive)
        with tarfile.open(archive_path) as tar:
            tar.extractall(tmp, filter="data")
        data = Path(tmp, "texts.json")
        data.write_text(json.dumps(texts))
        code = ("import json,sys; sys.path.insert(0, sys.argv[1]); from handoff.privacy import scan_text;"
                "t=json.load(open(sys.argv[2]));"
                "print(json.dumps([sorted({f.rule for f in scan_text(x)}) for x in t]))")
        env = {**os.environ, "PYTHONPATH": tmp}
        out = subprocess.run([sys.executable, "-c", code, tmp, str(data)], check=True, capture_output=True,
                             text=True, cwd=tmp, env=env).stdout
    result: list[list[str]] = json.loads(out)
    return result


def summarise(items: list[tuple[str, str, str]], rules: list[list[str]]) -> dict[str, object]:
    by_source: dict[str, list[int]] = {}
    by_package: dict[str, list[int]] = {}
    by_rule: Counter[str] = Counter()
    for (source, package, _), fired in zip(items, rules, strict=True):
        for counts, key in ((by_source, source), (by_package, f"{source}/{package}")):
            n = counts.setdefault(key, [0, 0])
            n[0] += 1
            n[1] += bool(fired)
        by_rule.update(fired)
    return {
        "texts": len(items),
        "rejected": sum(bool(r) for r in rules),
        "by_source": {s: {"texts": n, "rejected": k, "rate": k / n if n else 0.0} for s, (n, k) in by_source.items()},
        "by_rule": dict(by_rule.most_common()),
        "by_package": {p: {"texts": n, "rejected": k} for p, (n, k) in sorted(by_package.items())},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("dev", "held", "all"), default="held",
                        help="which half of the packages (default: held, the figure to quote)")
    parser.add_argument("--limit", type=int, default=30000, help="texts at most, spread over the sources")
    parser.add_argument("--source", action="append", choices=sorted(SOURCES), help="only these sources")
    parser.add_argument("--show", type=int, default=0, help="print the first K rejected texts")
    parser.add_argument("--against", metavar="REV", help="also scan with REV's filter")
    parser.add_argument("--json", action="store_true", help="machine-readable summary")
    parser.add_argument("--mirror", type=Path, help=f"bare git mirrors for --source commits (default {MIRROR})")
    args = parser.parse_args()
    if args.mirror:
        SOURCES["commits"] = functools.partial(commit_messages, args.mirror)
    if args.show and args.half != "dev":
        sys.exit("probe_real_benign: --show reads rejected texts; only of --half dev")
    items = collect(args.source or DEFAULT_SOURCES, args.limit, args.half)
    if not items:
        sys.exit("probe_real_benign: no text found (no /usr/share/doc changelogs, package metadata "
                 "or mirrored repositories for --source commits)")
    texts = [t for _, _, t in items]
    runs = {"this tree": scan(texts)}
    if args.against:
        runs[args.against] = scan_at(args.against, texts)
    summary = {name: summarise(items, rules) for name, rules in runs.items()}
    if args.json:
        print(json.dumps(summary, indent=1))
    else:
        for name, s in summary.items():
            print(f"{name}: {s['rejected']} of {s['texts']} texts rejected")
            for source, n in s["by_source"].items():  # type: ignore[attr-defined]
                print(f"  {source}: {n['rejected']}/{n['texts']} = {100 * n['rate']:.2f} %")
            print("  rules: " + ", ".join(f"{r} {c}" for r, c in list(s["by_rule"].items())[:15]))  # type: ignore[attr-defined]
    shown = 0
    for (source, package, text), fired in zip(items, runs["this tree"], strict=True):
        if fired and shown < args.show:
            shown += 1
            flat = " ".join(text.split())
            print(f"--- {source}/{package} {','.join(fired)}\n{flat[:300]}")


if __name__ == "__main__":
    main()
