"""Prompt texts out of agent and LLM frameworks' published packages (for
``bench/probe_real_prompts.py``).

Selection is by where a string sits, never by what it says: a selector built from the filter's
own phrases ("You are", "Answer") would pick exactly the prompts the rules already catch. A
string is taken when it is

- in Python source, bound to a name, attribute, dict key, keyword argument or call whose name
  says prompt (``PROMPT_NAME``: prompt, system, instruction, template, persona, reminder, few-shot,
  example, message, prefix, suffix, ...), or returned by a function so named; in a module whose
  path says prompt (``prompts.py``, ``prompt/``), every string bound to any name or key or
  returned; never a docstring, never a bare call argument (error messages);
- in a YAML, JSON or TOML file, under a key so named, or anywhere in a file whose path says
  prompt;
- a whole template file (markdown, text, Jinja, no extension) whose path says prompt or
  instruction (``preprompts/roadmap``, ``prompts/system.md``);
- in a JavaScript bundle, a string or template literal bound to such a name or key, or a
  template literal of 400 characters or more that reads as prose (minified bundles lose local
  names but keep keys).

and it has at least six words. Placeholders (``{var}``, ``{{ var }}``, ``${expr}``) are kept:
templates are what these packages ship. What this lets through that is not a prompt (help
text, a tool's description, a parser's error message) is measured by a reader's sample, not
filtered here.
"""

from __future__ import annotations

import ast
import json
import re
import tarfile
import textwrap
import tomllib
import zipfile
from collections.abc import Iterator
from pathlib import Path

import yaml  # type: ignore[import-untyped]

PROMPT_NAME = re.compile(
    r"prompt|system|instruction|template|persona|reminder|directive|guideline|few_?shot|example"
    r"|message|preamble|prefix|suffix|(?:^|_)role|backstory|goal",
    re.I,
)
NOT_PROMPT = re.compile(r"err|exc|warn|(?:^|_)log|fail|invalid|usage|deprecat|notice|status|^messages?$", re.I)
"""Names that say a string is for a person or a log: an exception's ``message``, ``error_msg``."""
PROMPT_CALL = re.compile(r"prompt|template|system|instruction|persona", re.I)
QUIET_CALL = re.compile(r"warn|log|print|echo|error|info|debug|exception|write|emit|notify", re.I)
"""Calls whose string arguments go to a person or a log, never to a model."""
PROMPT_PATH = re.compile(r"prompt|instruction", re.I)
MIN_WORDS = 6
TEMPLATE_EXT = {"", ".md", ".txt", ".j2", ".jinja", ".jinja2", ".prompt", ".tmpl", ".mustache", ".hbs"}
DATA_EXT = {".yaml", ".yml", ".json", ".toml"}
JS_EXT = {".js", ".mjs", ".cjs"}
MAX_FILE = 40 << 20
_SKIP_DIRS = {"tests", "test", "node_modules", "docs", "examples", "third_party", "vendor", "bundled"}
"""Tests, documentation and bundled third-party code hold other texts than the package's prompts."""


def _clean(text: str) -> str:
    return textwrap.dedent(text.replace("\r\n", "\n")).strip()


def _enough(text: str) -> bool:
    return len(text.split()) >= MIN_WORDS


# --- Python ---------------------------------------------------------------------------------

def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Call):
        return _name(node.func)
    if isinstance(node, ast.Subscript):
        return _name(node.slice)
    return ""


def _prompt_name(name: str) -> bool:
    return bool(PROMPT_NAME.search(name)) and not NOT_PROMPT.search(name)


def _strings(node: ast.AST, quiet: set[int]) -> Iterator[str]:
    """Every string a value expression spells: constants, f-strings (a hole as ``{expr}``),
    ``+`` of strings, ``"...".format(...)``, ``dedent(...)``, and strings inside lists, tuples,
    dicts and calls (``dict(role=..., content=...)``, ``SystemMessage(content=...)``)."""
    if id(node) in quiet:
        return
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.JoinedStr):
        parts = []
        for v in node.values:
            if isinstance(v, ast.Constant):
                parts.append(str(v.value))
            elif isinstance(v, ast.FormattedValue):
                parts.append("{" + ast.unparse(v.value) + "}")
        yield "".join(parts)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = list(_strings(node.left, quiet)), list(_strings(node.right, quiet))
        if len(left) == 1 and len(right) == 1:
            yield left[0] + right[0]
        else:
            yield from left
            yield from right
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
        yield from _strings(node.left, quiet)
    elif isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        for e in node.elts:
            yield from _strings(e, quiet)
    elif isinstance(node, ast.Dict):
        for v in node.values:
            yield from _strings(v, quiet)
    elif isinstance(node, ast.Call):
        if isinstance(node.func, ast.Attribute):
            yield from _strings(node.func.value, quiet)
        for a in node.args:
            yield from _strings(a, quiet)
        for k in node.keywords:
            yield from _strings(k.value, quiet)
    elif isinstance(node, ast.IfExp):
        yield from _strings(node.body, quiet)
        yield from _strings(node.orelse, quiet)


def _quiet_ids(tree: ast.AST) -> set[int]:
    """Docstrings, and every node under a ``raise`` or a call to a logger, a warning or print."""
    out: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) or (isinstance(node, ast.Call) and QUIET_CALL.search(_name(node.func))):
            out.update(id(n) for n in ast.walk(node))
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                out.add(id(body[0].value))
    return out


def python_prompts(source: str, prompt_path: bool = False) -> Iterator[str]:
    """Prompt strings of one Python module (see the module docstring for what is taken)."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return
    quiet = _quiet_ids(tree)

    def take(name: str) -> bool:
        return not NOT_PROMPT.search(name) and (prompt_path or bool(PROMPT_NAME.search(name)))

    for node in ast.walk(tree):
        values: list[ast.AST] = []
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] \
            if isinstance(node, ast.AnnAssign) else []
        value = getattr(node, "value", None)
        if targets and value is not None and any(take(_name(t)) for t in targets):
            values.append(value)
        elif isinstance(node, ast.Dict):
            values += [v for k, v in zip(node.keys, node.values, strict=True)
                       if k is not None and take(_name(k))]
        elif isinstance(node, ast.keyword) and node.arg and _prompt_name(node.arg):
            values.append(node.value)
        elif isinstance(node, ast.Call) and PROMPT_CALL.search(_name(node.func)):
            values += node.args
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and take(node.name):
            values += [n.value for n in ast.walk(node) if isinstance(n, ast.Return) and n.value is not None]
        for value in values:
            for s in _strings(value, quiet):
                s = _clean(s)
                if _enough(s):
                    yield s


# --- YAML, JSON, TOML -----------------------------------------------------------------------

def _walk(obj: object, under: bool) -> Iterator[str]:
    if isinstance(obj, str):
        if under:
            yield obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield from _walk(v, under or _prompt_name(str(k)))
    elif isinstance(obj, list):
        for v in obj:
            yield from _walk(v, under)


def data_prompts(text: str, suffix: str, prompt_path: bool = False) -> Iterator[str]:
    """Strings under a prompt-named key of a YAML, JSON or TOML document (all of them when the
    file's path says prompt)."""
    try:
        if suffix == ".json":
            obj = json.loads(text)
        elif suffix == ".toml":
            obj = tomllib.loads(text)
        else:
            obj = list(yaml.safe_load_all(text))
    except Exception:  # any parser's error: the file is skipped
        return
    for s in _walk(obj, prompt_path):
        s = _clean(s)
        if _enough(s):
            yield s


# --- JavaScript bundles ---------------------------------------------------------------------

_JS_KEY = re.compile(
    r"(?<![\w$])([\w$]*(?:" + PROMPT_NAME.pattern + r")[\w$]*)[\"']?\s*(?::|=(?![=>]))\s*(?=[`\"'])", re.I)
_JS_LIT = {q: re.compile(q + r"((?:[^" + q + r"\\\n]|\\.)*)" + q, re.S) for q in "\"'"}
_JS_LIT["`"] = re.compile(r"`((?:[^`\\]|\\.)*)`", re.S)
_JS_TEMPLATE = re.compile(r"`((?:[^`\\]|\\.){400,})`", re.S)
_JS_ESC = re.compile(r"\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.S)
_SENTENCE_END = re.compile(r"[a-z)][.!?:](?:\s|$)")
_SIMPLE = {"n": "\n", "t": "\t", "r": "", "b": "", "f": "", "v": "", "0": ""}


def _unescape(body: str) -> str:
    def one(m: re.Match[str]) -> str:
        e = m.group(1)
        if e.startswith("u{"):
            return chr(int(e[2:-1], 16)) if int(e[2:-1], 16) < 0x110000 else ""
        if e[0] in "ux" and len(e) > 1:
            return chr(int(e[1:], 16))
        return _SIMPLE.get(e, e)

    return _JS_ESC.sub(one, body)


def _prose(text: str) -> bool:
    """Reads as prose, not code: mostly letters and spaces, few code characters."""
    if not text:
        return False
    letters = sum(c.isalpha() or c.isspace() for c in text)
    code = sum(text.count(c) for c in ";{}()=<>[]|&")
    return letters / len(text) >= 0.8 and code / len(text) < 0.03


def js_prompts(source: str) -> Iterator[tuple[str, str]]:
    """(kind, text): string and template literals bound to a prompt-named name or key
    (``js-key``), and long template literals that read as prose (``js-prose``)."""
    for m in _JS_KEY.finditer(source):
        lit = _JS_LIT[source[m.end()]].match(source, m.end())
        if lit and not NOT_PROMPT.search(m.group(1)):
            s = _clean(_unescape(lit.group(1)))
            if _enough(s) and _prose(re.sub(r"\$\{[^}]*\}", "", s)):
                yield "js-key", s
    for m in _JS_TEMPLATE.finditer(source):
        s = _clean(_unescape(m.group(1)))
        if _prose(re.sub(r"\$\{[^}]*\}", "", s)) and len(_SENTENCE_END.findall(s)) >= 3:
            yield "js-prose", s


# --- archives -------------------------------------------------------------------------------

def _members(archive: Path) -> Iterator[tuple[str, bytes]]:
    if archive.suffix in (".whl", ".zip"):
        with zipfile.ZipFile(archive) as z:
            for info in z.infolist():
                if not info.is_dir() and info.file_size <= MAX_FILE:
                    yield info.filename, z.read(info)
    else:
        with tarfile.open(archive) as t:
            for member in t:
                f = t.extractfile(member) if member.isfile() and member.size <= MAX_FILE else None
                if f is not None:
                    yield member.name, f.read()


def file_prompts(path: str, data: bytes) -> Iterator[tuple[str, str]]:
    """(kind, text) of one file of a package: kind is python, data, template, js-key or js-prose."""
    p = Path(path)
    if any(part in _SKIP_DIRS for part in p.parts[:-1]):
        return
    suffix = p.suffix.lower()
    in_prompt_path = bool(PROMPT_PATH.search(path))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return
    if suffix == ".py":
        for s in python_prompts(text, prompt_path=in_prompt_path):
            yield "python", s
    elif suffix in DATA_EXT:
        if p.name in ("package.json", "package-lock.json", "tsconfig.json") or p.name.endswith(".map"):
            return
        for s in data_prompts(text, suffix, prompt_path=in_prompt_path):
            yield "data", s
    elif suffix in JS_EXT:
        yield from js_prompts(text)
    elif (suffix in TEMPLATE_EXT or "." not in p.name) and PROMPT_PATH.search(str(p.parent) + "/" + p.stem):
        s = _clean(text)
        if _enough(s) and "\x00" not in s:
            yield "template", s


def archive_prompts(archive: Path) -> Iterator[tuple[str, str, str]]:
    """(file, kind, text) of every prompt text of a downloaded wheel, sdist or npm tarball."""
    for name, data in _members(archive):
        for kind, text in file_prompts(name, data):
            yield name, kind, text
