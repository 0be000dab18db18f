"""How the privacy filter fares on real text in other languages than English, written by other people.

    PYTHONPATH=. python bench/probe_real_languages.py [--kind benign|prompts] [--half dev|held|all]
        [--source NAME ...] [--show K] [--json] [--against REV] [--mirror DIR] [--limit N]
    PYTHONPATH=. python bench/probe_real_languages.py --repositories   (what to fetch, what is there)

``bench/probe_real_benign.py`` and ``bench/probe_real_prompts.py`` read almost only English; the
held-out corpora written as teams whose working language is not English write show that other
languages are the filter's largest gap. This probe reads text in other languages from public
repositories mirrored as bare git directories under ``--mirror`` (default
``/work/.mirror/<owner>+<name>/repo``, the layout the sessions' fetch tool makes; a repository not
there is skipped with a note on stderr; nothing is copied into this repository):

``--kind benign`` (false-positive rate: every rejected text is a false positive unless a reader
finds a credential or a model text in it):

- ``docs``: paragraphs of translated documentation, fenced code blocks, front matter, JSX/HTML
  tag lines and tables left out (``DOC_REPOSITORIES``):
  reactjs/zh-hans.react.dev (zh), reactjs/ja.react.dev (ja), reactjs/ko.react.dev (ko),
  reactjs/ru.react.dev (ru), reactjs/es.react.dev (es), reactjs/pt-br.react.dev (pt),
  reactjs/ar.react.dev (ar): ``src/content/**.md``, the React documentation;
  vuejs-translations/docs-zh-cn (zh), docs-ja (ja), docs-ko (ko), docs-ru (ru): ``src/**.md``,
  the Vue documentation; vim-jp/vimdoc-ja (ja): ``doc/*.jax``, Vim's help in Japanese (plain
  text); dromara/Sa-Token (zh): ``sa-token-doc/**.md``, a Java framework's own Chinese manual;
  1c-syntax/bsl-language-server (ru): ``docs/**.md``, a language server's Russian manual;
  reactjs/react.dev and vuejs/docs (en): the English originals of the translations, as a
  control (the same pages' rate in English).
- ``commits``: full commit messages (merges and bots left out) of the same repositories, only
  those in the repository's language (most translation commits are written in English).

``--kind prompts`` (recall: a prompt counts as caught when rejected; ``whole`` and ``para`` cuts
as ``probe_real_prompts.py``):

- ``collections``: prompt collections: PlexPt/awesome-chatgpt-prompts-zh ``prompts-zh.json``
  (zh, the ``prompt`` of each entry; ``prompts-zh-TW.json`` is the same text in traditional
  characters and is left out); smartmanru/awesome-chatgpt-prompts-ru ``prompts_ru.csv`` (ru,
  translated from f/awesome-chatgpt-prompts); igapyon/chatgpt-prompts ``**.md`` (ja, one
  prompt per file); dahatake/ChatGPT-Prompt-Sample-Japanese ``**.md`` (ja, the fenced blocks);
  langgptai/wonderful-prompts ``README.md`` and ``examples/**.md`` (zh, the fenced blocks);
  linexjlin/GPTs ``prompts/**.md`` (GPTs' instructions, the fenced blocks not in English; most
  are in English).
- ``localised``: lobehub/lobe-chat-agents ``locales/<agent>/index.<locale>.json``, the system
  prompt (``config.systemRole``) of 505 agents of an agent marketplace, shipped in 17 locales
  (``LOBE_LOCALES``: the 11 whose language can be told). The project translates its English
  originals with a model (its ``.i18nrc.js``), so these are prompts in the style of a model's
  translation: real prompts that a user of those locales gets, not prompts written in the language.
- ``frameworks``: QwenLM/Qwen-Agent ``qwen_agent/**.py``, the strings ``bench/prompt_extract.py``
  takes from Python source (by where they sit), only those not in English.

Every text's language is told by ``language_of`` (script, then a few function words for the
Latin-script languages), and a text not in the language its repository is listed with (an
untranslated page, an English commit, code) is dropped, so the rates by language are rates on
that language. Tried and left out: rockbenben/ChatGPT-Shortcut (prompts in 18 languages; its
snapshot is over the fetch limit), dair-ai/Prompt-Engineering-Guide (translated pages keep their
example prompts in English; the prose is about prompts, neither benign nor prompt),
hmu332233/chatgpt-prompts-kr (its data are site cards, not prompts), Gusdev06/300-prompts-es
(a sales site), mmasias/ai-prompts (Spanish, nine fenced blocks of its use cases are Spanish, some
of them code), f/awesome-chatgpt-prompts' ``README_KR.md`` (an introduction without prompts) and
``Chinese/README.md`` (one line): no Korean, Spanish or Portuguese prompt collection of any size
was found in the store, so the prompt rates are of Chinese, Japanese and Russian only.

Two halves by a hash of a stable name (``probe_real_benign.half_of``): a docs paragraph by its
page's path with the language left out (so every translation of one page is in one half), a
commit by its id, a prompt by its repository and file or entry title. ``--half dev`` may be read
(``--show K``: K rejected benign texts, or K missed prompts); ``--half held`` (the default) is the
figure to quote and nobody reads its texts. Not a test: a probe that prints figures.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import random
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath

import prompt_extract
from probe_real_benign import half_of, people_commits, scan, scan_at

MIRROR = Path("/work/.mirror")
MAX_TEXT = 4000
PER_REPOSITORY = 3000
"""Texts at most from one repository and source (chosen by a hash of the text)."""

DOC_REPOSITORIES: list[tuple[str, str, str, str]] = [
    # (repository, language, path prefix, suffix)
    ("reactjs/zh-hans.react.dev", "zh", "src/content/", ".md"),
    ("reactjs/ja.react.dev", "ja", "src/content/", ".md"),
    ("reactjs/ko.react.dev", "ko", "src/content/", ".md"),
    ("reactjs/ru.react.dev", "ru", "src/content/", ".md"),
    ("reactjs/es.react.dev", "es", "src/content/", ".md"),
    ("reactjs/pt-br.react.dev", "pt", "src/content/", ".md"),
    ("reactjs/ar.react.dev", "ar", "src/content/", ".md"),
    ("vuejs-translations/docs-zh-cn", "zh", "src/", ".md"),
    ("vuejs-translations/docs-ja", "ja", "src/", ".md"),
    ("vuejs-translations/docs-ko", "ko", "src/", ".md"),
    ("vuejs-translations/docs-ru", "ru", "src/", ".md"),
    ("vim-jp/vimdoc-ja", "ja", "doc/", ".jax"),
    ("dromara/Sa-Token", "zh", "sa-token-doc/", ".md"),
    ("1c-syntax/bsl-language-server", "ru", "docs/", ".md"),
    ("reactjs/react.dev", "en", "src/content/", ".md"),
    ("vuejs/docs", "en", "src/", ".md"),
]
"""The last two are the English originals of the React and Vue translations: a control, so a
rate of a language can be told from the rate of the same pages in English (their commits are
not read: English commit messages are ``probe_real_benign.py --source commits``')."""

# --- telling the language -------------------------------------------------------------------

_SCRIPTS: list[tuple[str, re.Pattern[str]]] = [
    ("kana", re.compile(r"[\u3040-\u30ff]")),
    ("hangul", re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")),
    ("han", re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")),
    ("cyrillic", re.compile(r"[\u0400-\u04ff]")),
    ("arabic", re.compile(r"[\u0600-\u06ff\u0750-\u077f]")),
    ("hebrew", re.compile(r"[\u0590-\u05ff]")),
    ("devanagari", re.compile(r"[\u0900-\u097f]")),
    ("thai", re.compile(r"[\u0e00-\u0e7f]")),
    ("greek", re.compile(r"[\u0370-\u03ff]")),
]
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_WORD = re.compile(r"[^\W\d_]+")
_FUNCTION_WORDS: dict[str, frozenset[str]] = {lang: frozenset(words.split()) for lang, words in {
    "en": "the and of to is are that this with for you it be not or can will from which",
    "es": "el los las y es al más pero cuando también puede hay muy sus",
    "pt": "o os é um uma do da dos das em não você mais pelo pela também",
    "fr": "le les et est des une du au pour dans pas vous sur avec ce qui sont",
    "de": "der die das und ist nicht mit den ein eine zu auf für von wird auch sich",
    "it": "il gli è di che per della sono questo questa anche",
}.items()}
"""A few words frequent in one language and rare in the others (the ones two of these languages
share, ``de``, ``que``, ``la``, ``un``, ``con``, ``para``, ``por``, ``e``, are left out)."""
SCRIPT_OF = {"zh": "han", "ja": "kana", "ko": "hangul", "ru": "cyrillic", "uk": "cyrillic",
             "ar": "arabic", "fa": "arabic", "he": "hebrew", "es": "latin", "pt": "latin",
             "fr": "latin", "de": "latin", "it": "latin", "en": "latin"}


def script_counts(text: str) -> Counter[str]:
    """Letters of each script in ``text`` (``latin`` for the Latin letters)."""
    counts: Counter[str] = Counter({name: len(rx.findall(text)) for name, rx in _SCRIPTS})
    counts["latin"] = len(_LATIN.findall(text))
    return +counts


def language_of(text: str) -> str | None:
    """The language ``text`` is written in, or None when it cannot be told.

    By script first: a text whose letters are at least a fifth (and ten) in one non-Latin script
    is in that script's language (kana makes Japanese of Han characters; Ukrainian and Persian
    letters tell those from Russian and Arabic). Code and identifiers in a translated page are
    Latin letters, hence the low share. A Latin-script text is in the language whose function
    words it has most of, at least three and twice the next language's; otherwise None."""
    counts = script_counts(text)
    letters = sum(counts.values())
    if not letters:
        return None
    if counts["kana"] >= 5 and counts["kana"] + counts["han"] >= max(10, letters // 5):
        return "ja"
    for script, language in (("hangul", "ko"), ("han", "zh"), ("cyrillic", "ru"), ("arabic", "ar"),
                             ("hebrew", "he"), ("devanagari", "hi"), ("thai", "th"), ("greek", "el")):
        if counts[script] >= max(10, letters // 5):
            if language == "ru" and re.search(r"[іїєґІЇЄҐ]", text):
                return "uk"
            if language == "ar" and re.search(r"[پچژگ]", text):
                return "fa"
            return language
    words = Counter(w.lower() for w in _WORD.findall(text))
    scores = sorted(((sum(words[w] for w in fw), lang) for lang, fw in _FUNCTION_WORDS.items()), reverse=True)
    (best, lang), (second, _) = scores[0], scores[1]
    return lang if best >= 3 and best >= 2 * second else None


def long_enough(text: str) -> bool:
    """Four words or more, a word of Chinese or Japanese being two characters (no spaces there)."""
    cjk = len(re.findall(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", text))
    return len(text.split()) + cjk // 2 >= 4


# --- reading mirrors ------------------------------------------------------------------------

def git_dir(root: Path, repo: str) -> Path | None:
    path = root / repo.replace("/", "+") / "repo"
    if path.is_dir():
        return path
    print(f"probe_real_languages: {repo} not mirrored in {root}, skipped", file=sys.stderr)
    return None


def tree_files(git: Path, prefix: str, suffix: str) -> list[str]:
    out = subprocess.run(["git", "--git-dir", str(git), "ls-tree", "-r", "-z", "--name-only", "HEAD"],
                         capture_output=True, check=False).stdout.decode("utf-8", "replace")
    return sorted(p for p in out.split("\0") if p.startswith(prefix) and p.endswith(suffix))


def blobs(git: Path, paths: list[str]) -> Iterator[tuple[str, str]]:
    """(path, text) of ``paths`` at HEAD, read with one ``git cat-file --batch``."""
    if not paths:
        return
    request = "".join(f"HEAD:{p}\n" for p in paths).encode()
    out = subprocess.run(["git", "--git-dir", str(git), "cat-file", "--batch"], input=request,
                         capture_output=True, check=False).stdout
    pos = 0
    for path in paths:
        end = out.index(b"\n", pos)
        header = out[pos:end].split()
        pos = end + 1
        if len(header) != 3:
            continue
        size = int(header[2])
        yield path, out[pos:pos + size].decode("utf-8", "replace").replace("\r\n", "\n")
        pos += size + 1


# --- benign: documentation paragraphs -------------------------------------------------------

_FENCE = re.compile(r"^([ \t]*)(```|~~~)")
_TAG_LINE = re.compile(r"^\s*</?[A-Za-z][^>]*>\s*$|^\s*\{/\*.*\*/\}\s*$|^\s*:::")
_TABLE_LINE = re.compile(r"^\s*\|")


def markdown_paragraphs(text: str) -> Iterator[str]:
    """Paragraphs of a markdown page as written: front matter, fenced code, lines that are only a
    JSX/HTML tag or a container marker, tables and import lines left out; a heading is its own
    paragraph (too short to count, most of the time)."""
    lines = text.splitlines()
    if lines and lines[0].strip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), 0)
        lines = lines[end + 1:]
    para: list[str] = []
    fence: str | None = None
    for line in lines:
        m = _FENCE.match(line)
        if fence is not None:
            if m and m.group(2) == fence:
                fence = None
            continue
        if m:
            fence = m.group(2)
            yield from _flush(para)
            continue
        if not line.strip() or _TAG_LINE.match(line) or _TABLE_LINE.match(line) or line.startswith(("import ", "#")):
            yield from _flush(para)
            continue
        para.append(line)
    yield from _flush(para)


def _flush(para: list[str]) -> Iterator[str]:
    if para:
        text = "\n".join(para).strip("\n")
        para.clear()
        if long_enough(text) and len(text) <= MAX_TEXT:
            yield text


def plain_paragraphs(text: str) -> Iterator[str]:
    """Paragraphs of a plain-text help file (blank-line separated); rulers dropped."""
    for para in re.split(r"\n\s*\n", text):
        para = "\n".join(line for line in para.splitlines() if not re.fullmatch(r"[=\-~*]{10,}", line.strip()))
        para = para.strip("\n")
        if long_enough(para) and len(para) <= MAX_TEXT:
            yield para


def page_key(repo: str, path: str) -> str:
    """A page's name with its repository's language left out: one page's translations share it."""
    site = re.sub(r"^(?:[a-z]{2}(?:-[a-z]+)?\.)?", "", repo.split("/")[1])
    site = re.sub(r"^docs(?:-[a-z]{2}(?:-[a-z]+)?)?$", "vuejs.org", site)
    return f"{site}:{path}"


Text = tuple[str, str, str, str]
"""(language, repository, key for the half, text)."""


def doc_texts(root: Path = MIRROR) -> Iterator[Text]:
    for repo, language, prefix, suffix in DOC_REPOSITORIES:
        git = git_dir(root, repo)
        if git is None:
            continue
        split = plain_paragraphs if suffix == ".jax" else markdown_paragraphs
        for path, text in blobs(git, tree_files(git, prefix, suffix)):
            for para in split(text):
                if language_of(para) == language:
                    yield language, repo, page_key(repo, path), para


def commit_texts(root: Path = MIRROR) -> Iterator[Text]:
    for repo, language, _, _ in DOC_REPOSITORIES:
        if language == "en":
            continue
        git = git_dir(root, repo)
        if git is None:
            continue
        for commit, message in people_commits(git, MAX_TEXT):
            if long_enough(message) and language_of(message) == language:
                yield language, repo, commit, message


# --- prompts --------------------------------------------------------------------------------

def fenced_blocks(text: str) -> Iterator[str]:
    """The bodies of a markdown page's fenced blocks."""
    for m in re.finditer(r"^([ \t]*)(```|~~~)[^\n]*\n(.*?)^\1\2[ \t]*$", text, re.M | re.S):
        body = m.group(3).strip("\n")
        if body.strip():
            yield body


def _markdown_body(text: str) -> str:
    """A one-prompt file: its front matter and a first ``# title`` line left out."""
    text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
    return re.sub(r"\A\s*#[^\n]*\n", "", text).strip()


def _collection(root: Path, repo: str, prefix: str, suffix: str,
                take: Callable[[str, str], Iterator[tuple[str, str]]]) -> Iterator[tuple[str, str, str]]:
    git = git_dir(root, repo)
    if git is None:
        return
    for path, text in blobs(git, tree_files(git, prefix, suffix)):
        for key, prompt in take(path, text):
            yield repo, key, prompt


def _json_entries(path: str, text: str) -> Iterator[tuple[str, str]]:
    for entry in json.loads(text):
        if isinstance(entry, dict) and isinstance(entry.get("prompt"), str):
            yield f"{path}:{entry.get('act', '')}", entry["prompt"]


def _csv_entries(path: str, text: str) -> Iterator[tuple[str, str]]:
    for row in csv.reader(io.StringIO(text), skipinitialspace=True):
        if len(row) >= 2 and row[0] not in ("act", "Запрос"):
            yield f"{path}:{row[0]}", row[1]


def _whole_file(path: str, text: str) -> Iterator[tuple[str, str]]:
    if PurePosixPath(path).name.lower() != "readme.md":
        yield path, _markdown_body(text)


def _blocks(path: str, text: str) -> Iterator[tuple[str, str]]:
    for i, block in enumerate(fenced_blocks(text)):
        yield f"{path}#{i}", block


def collection_prompts(root: Path = MIRROR) -> Iterator[tuple[str, str, str]]:
    """(repository, key, prompt) of the prompt collections, in any language (filtered later)."""
    yield from _collection(root, "PlexPt/awesome-chatgpt-prompts-zh", "prompts-zh.json", ".json", _json_entries)
    yield from _collection(root, "smartmanru/awesome-chatgpt-prompts-ru", "prompts_ru.csv", ".csv", _csv_entries)
    yield from _collection(root, "igapyon/chatgpt-prompts", "", ".md", _whole_file)
    yield from _collection(root, "dahatake/ChatGPT-Prompt-Sample-Japanese", "", ".md", _blocks)
    yield from _collection(root, "langgptai/wonderful-prompts", "", ".md", _blocks)
    yield from _collection(root, "linexjlin/GPTs", "prompts/", ".md", _blocks)


LOBE_LOCALES = {"": "en", "ar": "ar", "de-DE": "de", "es-ES": "es", "fa-IR": "fa", "fr-FR": "fr", "it-IT": "it",
                "ja-JP": "ja", "ko-KR": "ko", "pt-BR": "pt", "ru-RU": "ru", "zh-CN": "zh"}
"""The locales of lobehub/lobe-chat-agents whose language ``language_of`` can tell (Bulgarian would
read as Russian; Dutch, Polish, Turkish and Vietnamese as nothing; zh-TW is zh-CN's text in
traditional characters). ``""`` is ``index.json``, the English originals: a control, the same
agents' rate in English."""
ENGLISH_CONTROLS = {"lobehub/lobe-chat-agents"}
"""Repositories whose English prompts are kept (as a control); from the others only prompts in
other languages are."""


def localised_prompts(root: Path = MIRROR) -> Iterator[tuple[str, str, str]]:
    """The ``config.systemRole`` of every agent of lobehub/lobe-chat-agents in ``LOBE_LOCALES``,
    when it is in the locale's language; keyed by the agent, so one agent's translations share a
    half."""
    repo = "lobehub/lobe-chat-agents"
    git = git_dir(root, repo)
    if git is None:
        return
    for path, text in blobs(git, tree_files(git, "locales/", ".json")):
        m = re.fullmatch(r"locales/([^/]+)/index\.(?:([A-Za-z-]+)\.)?json", path)
        locale = m.group(2) or "" if m else None
        if locale is None or locale not in LOBE_LOCALES:
            continue
        try:
            role = json.loads(text).get("config", {}).get("systemRole")
        except (ValueError, AttributeError):
            continue
        if isinstance(role, str) and language_of(role) == LOBE_LOCALES[locale]:
            yield repo, path.split("/")[1], role


def framework_prompts(root: Path = MIRROR) -> Iterator[tuple[str, str, str]]:
    """Strings of Qwen-Agent's Python source that ``prompt_extract`` takes as prompts, counted
    long enough by ``long_enough`` (its own six-word test counts a Chinese prompt as one word)."""
    git = git_dir(root, "QwenLM/Qwen-Agent")
    if git is None:
        return
    enough = prompt_extract._enough
    prompt_extract._enough = lambda text: len(text.split()) + len(re.findall(r"[\u3040-\u9fff]", text)) // 2 >= 6
    try:
        for path, text in blobs(git, tree_files(git, "qwen_agent/", ".py")):
            try:
                in_prompt_path = bool(prompt_extract.PROMPT_PATH.search(path))
                found = list(prompt_extract.python_prompts(text, prompt_path=in_prompt_path))
            except SyntaxError:
                continue
            for i, prompt in enumerate(found):
                yield "QwenLM/Qwen-Agent", f"{path}#{i}", prompt
    finally:
        prompt_extract._enough = enough


def prompt_cuts(found: Iterator[tuple[str, str, str]]) -> dict[str, list[Text]]:
    """The ``whole`` and ``para`` cuts of prompts not in English (as ``probe_real_prompts``),
    de-duplicated within a cut; a paragraph is kept only in the language of its prompt."""
    from probe_real_prompts import _paragraphs, _whole

    cuts: dict[str, dict[str, Text]] = {"whole": {}, "para": {}}
    for repo, key, prompt in found:
        language = language_of(prompt)
        if language is None or (language == "en" and repo not in ENGLISH_CONTROLS) or not long_enough(prompt):
            continue
        assert language is not None
        pieces = {"whole": [_whole(prompt)],
                  "para": [p for p in _split_paragraphs(prompt, _paragraphs) if language_of(p) == language]}
        for cut, texts in pieces.items():
            for piece in texts:
                digest = hashlib.sha1(" ".join(piece.split()).encode()).hexdigest()
                cuts[cut].setdefault(digest, (language, repo, f"{repo}:{key}", piece))
    return {cut: [items[d] for d in sorted(items)] for cut, items in cuts.items()}


def _split_paragraphs(prompt: str, english: Callable[[str], Iterator[str]]) -> list[str]:
    """Paragraphs as ``probe_real_prompts`` cuts them, plus the Chinese and Japanese ones its
    four-word test drops."""
    paras = [p.strip("\n") for p in re.split(r"\n\s*\n", prompt)]
    return [p for p in paras if long_enough(p) and len(p) <= MAX_TEXT] or list(english(prompt))


# --- run ------------------------------------------------------------------------------------

PROMPT_REPOSITORIES = [
    "PlexPt/awesome-chatgpt-prompts-zh", "smartmanru/awesome-chatgpt-prompts-ru", "igapyon/chatgpt-prompts",
    "dahatake/ChatGPT-Prompt-Sample-Japanese", "langgptai/wonderful-prompts", "linexjlin/GPTs",
    "QwenLM/Qwen-Agent", "lobehub/lobe-chat-agents"]
"""What ``--kind prompts`` reads (``collection_prompts``, ``framework_prompts``, ``localised_prompts``)."""


def repositories(root: Path) -> list[tuple[str, bool]]:
    """Every repository the probe reads, and whether it is mirrored under ``root``: the list to
    bring with the sessions' fetch tool on a new machine."""
    names = [repo for repo, *_ in DOC_REPOSITORIES] + PROMPT_REPOSITORIES
    return [(repo, (root / repo.replace("/", "+") / "repo").is_dir()) for repo in names]

BENIGN: dict[str, Callable[[Path], Iterator[Text]]] = {"docs": doc_texts, "commits": commit_texts}
PROMPTS: dict[str, Callable[[Path], Iterator[tuple[str, str, str]]]] = {
    "collections": collection_prompts, "frameworks": framework_prompts, "localised": localised_prompts}


def half_key(key: str) -> str:
    return half_of(key)


def keep(items: list[Text], half: str, limit: int) -> list[Text]:
    """Items of ``half`` (by their key), at most ``limit`` a repository and language, by a hash of
    the text."""
    by_repo: dict[tuple[str, str], list[tuple[str, Text]]] = {}
    for item in items:
        if half == "all" or half_key(item[2]) == half:
            by_repo.setdefault((item[1], item[0]), []).append((hashlib.sha1(item[3].encode()).hexdigest(), item))
    return [item for repo in sorted(by_repo) for _, item in sorted(by_repo[repo])[:limit]]


def summarise(items: list[Text], rules: list[list[str]]) -> dict[str, object]:
    groups: dict[str, dict[str, list[int]]] = {"by_language": {}, "by_repository": {}}
    by_rule: Counter[str] = Counter()
    language_rules: dict[str, Counter[str]] = {}
    for (language, repo, _, _), fired in zip(items, rules, strict=True):
        for group, key in (("by_language", language), ("by_repository", repo)):
            n = groups[group].setdefault(key, [0, 0])
            n[0] += 1
            n[1] += bool(fired)
        by_rule.update(fired)
        language_rules.setdefault(language, Counter()).update(fired)
    rejected = sum(bool(r) for r in rules)
    out: dict[str, object] = {"texts": len(items), "rejected": rejected,
                              "rate": rejected / len(items) if items else 0.0}
    for group, counts in groups.items():
        out[group] = {k: {"texts": n, "rejected": r, "rate": r / n} for k, (n, r) in sorted(counts.items())}
    out["by_rule"] = dict(by_rule.most_common())
    out["by_language_rule"] = {k: dict(c.most_common(5)) for k, c in sorted(language_rules.items())}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--kind", choices=("benign", "prompts"), default="benign")
    parser.add_argument("--half", choices=("dev", "held", "all"), default="held",
                        help="which half (default: held, the figure to quote)")
    parser.add_argument("--source", action="append", help="only these sources (benign: docs, commits; "
                        "prompts: collections, frameworks)")
    parser.add_argument("--limit", type=int, default=PER_REPOSITORY, help="texts at most a repository and source")
    parser.add_argument("--show", type=int, default=0, help="print K rejected (benign) or missed (prompts) texts")
    parser.add_argument("--against", metavar="REV", help="also scan with REV's filter")
    parser.add_argument("--json", action="store_true", help="machine-readable summary")
    parser.add_argument("--mirror", type=Path, default=MIRROR, help=f"bare git mirrors (default {MIRROR})")
    parser.add_argument("--repositories", action="store_true", help="list the repositories read, and exit")
    args = parser.parse_args()
    if args.repositories:
        for repo, there in repositories(args.mirror):
            print(f"{repo}\t{'mirrored' if there else 'MISSING'}")
        return
    if args.show and args.half != "dev":
        sys.exit("probe_real_languages: --show reads texts; only of --half dev")
    table: dict[str, Callable[[Path], object]] = dict(BENIGN if args.kind == "benign" else PROMPTS)
    sources = args.source or sorted(table)
    for name in sources:
        if name not in table:
            sys.exit(f"probe_real_languages: no source {name!r} for --kind {args.kind} "
                     f"(one of {', '.join(sorted(table))})")
    groups: dict[str, list[Text]] = {}
    if args.kind == "benign":
        for name in sources:
            seen: dict[str, Text] = {}
            for item in BENIGN[name](args.mirror):
                seen.setdefault(hashlib.sha1(item[3].encode()).hexdigest(), item)
            groups[name] = keep(list(seen.values()), args.half, args.limit)
    else:
        def found() -> Iterator[tuple[str, str, str]]:
            for name in sources:
                yield from PROMPTS[name](args.mirror)
        for cut, items in prompt_cuts(found()).items():
            groups[cut] = keep(items, args.half, args.limit)
    if not any(groups.values()):
        sys.exit(f"probe_real_languages: no text found (no mirror under {args.mirror})")
    summary: dict[str, dict[str, object]] = {}
    this: dict[str, list[list[str]]] = {}
    for name, items in groups.items():
        texts = [t for *_, t in items]
        this[name] = scan(texts)
        summary[f"{name} / this tree"] = summarise(items, this[name])
        if args.against:
            summary[f"{name} / {args.against}"] = summarise(items, scan_at(args.against, texts))
    verb = "rejected" if args.kind == "benign" else "caught"
    if args.json:
        print(json.dumps(summary, indent=1, ensure_ascii=False))
    else:
        for name, s in summary.items():
            print(f"{name}: {s['rejected']} of {s['texts']} texts {verb} = {100 * s['rate']:.2f} %")  # type: ignore[operator]
            for group in ("by_language", "by_repository"):
                for key, n in s[group].items():  # type: ignore[attr-defined]
                    print(f"  {key:<40} {n['rejected']:>5}/{n['texts']:<5} = {100 * n['rate']:6.2f} %")
            print("  rules: " + ", ".join(f"{r} {c}" for r, c in list(s["by_rule"].items())[:15]))  # type: ignore[attr-defined]
    for name, fired in this.items():
        pairs = [(item, f) for item, f in zip(groups[name], fired, strict=True) if bool(f) == (args.kind == "benign")]
        for (language, repo, key, text), rules in random.Random(0).sample(pairs, min(args.show, len(pairs))):
            flat = " ".join(unicodedata.normalize("NFC", text).split())
            print(f"--- {name} {language} {repo} {key} {','.join(rules)}\n{flat[:400]}")

if __name__ == "__main__":
    main()
