# ruff: noqa: E501, RUF001  (sentences of other languages, one a line)
"""The real-text probes' parsing: which strings of a package count as prompt texts
(``bench/prompt_extract.py``), and how commit messages are split into halves."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from probe_real_benign import half_of
from prompt_extract import data_prompts, file_prompts, js_prompts, python_prompts

SOURCE = '''
"""Module docstring: a long sentence that is not a prompt at all, however many words."""
import textwrap

SYSTEM_PROMPT = textwrap.dedent("""
    You help people rename files safely and explain each step you take.
""")
ERROR_MESSAGE = "The configuration file could not be read from the disk today"
msg = "Expected a callable type for the argument but got something else"


class CoderPrompts:
    main_system = """Act as an expert software developer who always writes tests first."""
    example_messages = [
        dict(role="user", content="Change get_factorial() to use math.factorial please"),
    ]


def build_prompt(task: str) -> str:
    return f"Summarise the following task in three short bullet points: {task}"


def load(path: str) -> None:
    if not path:
        raise ValueError("a path is required here and it must not be empty at all")
    log.warning("loading the prompt template from a path given by the user")
    chain = make_chain(template="Translate the text below into French, keeping its tone.")
    unrelated = "this sentence is bound to a name that says nothing about prompts"
'''


def test_python_takes_strings_bound_to_prompt_names() -> None:
    got = list(python_prompts(SOURCE))
    assert "You help people rename files safely and explain each step you take." in got
    assert "Act as an expert software developer who always writes tests first." in got
    assert "Change get_factorial() to use math.factorial please" in got
    assert "Summarise the following task in three short bullet points: {task}" in got
    assert "Translate the text below into French, keeping its tone." in got


def test_python_leaves_errors_logs_docstrings_and_other_names() -> None:
    got = " | ".join(python_prompts(SOURCE))
    for absent in ("Module docstring", "could not be read", "Expected a callable", "a path is required",
                   "loading the prompt", "bound to a name that says nothing"):
        assert absent not in got


def test_python_in_a_prompt_module_takes_every_bound_string() -> None:
    got = list(python_prompts(SOURCE, prompt_path=True))
    assert "this sentence is bound to a name that says nothing about prompts" in got
    assert not any("could not be read" in s for s in got)


def test_data_files_take_strings_under_prompt_keys() -> None:
    yaml_text = "agent:\n  name: helper tool for the whole team today\n  system_template: |\n" \
                "    You are a careful reviewer of pull requests in this repository.\n"
    assert list(data_prompts(yaml_text, ".yaml")) == [
        "You are a careful reviewer of pull requests in this repository."]
    toml_text = '[pr_review_prompt]\nsystem = """Review the diff below and list every bug you find."""\n'
    assert list(data_prompts(toml_text, ".toml")) == ["Review the diff below and list every bug you find."]


def test_js_takes_literals_bound_to_prompt_keys_and_long_prose_templates() -> None:
    prose = "Keep answers short. " * 30
    source = ('var a={systemPrompt:"Answer only with the shell command the user asked for, nothing else",'
              'label:"Click here to open the settings page of the app",'
              'message:`Enter the base URL for the ${t} role, or leave it empty`};'
              f"const b=`{prose}`;const c=`${{x}}.map(y=>y)`;")
    got = list(js_prompts(source))
    assert got[0] == ("js-key", "Answer only with the shell command the user asked for, nothing else")
    assert got[1] == ("js-prose", prose.strip())
    assert len(got) == 2


def test_template_files_by_path() -> None:
    text = b"Write the full code of every file, one after the other, with no placeholder."
    assert list(file_prompts("gpt_engineer/preprompts/generate", text)) == [("template", text.decode())]
    assert list(file_prompts("pkg/README.md", text)) == []
    assert list(file_prompts("pkg/tests/prompts/x.md", text)) == []


def test_split_repositories_share_the_half_of_their_origin() -> None:
    assert half_of("duckdb/duckdb-python") == half_of("duckdb/duckdb")
    assert half_of("@qwen-code/qwen-code") == half_of("@google/gemini-cli")


# --- bench/probe_real_languages.py: real text in other languages -----------------------------

import json  # noqa: E402
import subprocess  # noqa: E402

import probe_real_languages as langs  # noqa: E402


def test_language_of_tells_scripts_and_latin_languages_apart() -> None:
    assert langs.language_of("設定ファイルを読み込んでから、キャッシュを消してください。") == "ja"
    assert langs.language_of("先读取配置文件，然后清除缓存目录中的旧数据。") == "zh"
    assert langs.language_of("설정 파일을 읽은 다음 캐시 디렉터리를 비웁니다.") == "ko"
    assert langs.language_of("Сначала прочитайте файл настроек, затем очистите каталог кэша.") == "ru"
    assert langs.language_of("Спочатку прочитайте файл налаштувань, потім очистіть каталог кешу.") == "uk"
    assert langs.language_of("ابتدا فایل تنظیمات را بخوانید و سپس پوشه کش را پاک کنید.") == "fa"
    assert langs.language_of("Primero lee el archivo de configuración y después borra los datos del directorio por si acaso.") == "es"
    assert langs.language_of("Primeiro leia o arquivo de configuração e depois apague os dados do diretório, você não precisa reiniciar.") == "pt"
    assert langs.language_of("First read the configuration file and then clear the cache directory that is stale.") == "en"
    assert langs.language_of("cache_dir = load(cfg_path)") is None


def test_language_of_counts_a_translated_page_with_code_as_its_language() -> None:
    text = "`useState` フックを使うと、`count` と `setCount` の 2 つの値が返されます。"
    assert langs.language_of(text) == "ja"


def test_long_enough_counts_chinese_characters_as_words() -> None:
    assert langs.long_enough("请先清除缓存目录")
    assert not langs.long_enough("清除缓存")
    assert langs.long_enough("four plain English words")
    assert not langs.long_enough("three English words")


MARKDOWN = """---
title: "Состояние компонента"
---

<Intro>

Компонент хранит состояние между отрисовками и обновляет его по событиям.

</Intro>

```js
const secret = "this fenced code is never a paragraph at all";
```

## Заголовок раздела {/*section*/}

| колонка | ещё одна колонка таблицы |
|---|---|

Второй абзац страницы: он объясняет,
как обновлять состояние.
"""


def test_markdown_paragraphs_leave_out_front_matter_code_tags_tables_and_headings() -> None:
    assert list(langs.markdown_paragraphs(MARKDOWN)) == [
        "Компонент хранит состояние между отрисовками и обновляет его по событиям.",
        "Второй абзац страницы: он объясняет,\nкак обновлять состояние.",
    ]


def test_fenced_blocks_take_each_block_whole_including_crlf_files() -> None:
    text = "intro\n```cmd\n役割を決めてください。\n```\n\ntext\n  ```\n  二つ目のブロックです。\n  ```\n"
    assert list(langs.fenced_blocks(text)) == ["役割を決めてください。", "  二つ目のブロックです。"]


def test_translations_of_one_page_share_a_half() -> None:
    keys = {langs.page_key(repo, "src/content/learn/state.md")
            for repo in ("reactjs/ja.react.dev", "reactjs/zh-hans.react.dev", "reactjs/pt-br.react.dev", "reactjs/react.dev")}
    assert keys == {"react.dev:src/content/learn/state.md"}
    assert langs.page_key("vuejs-translations/docs-zh-cn", "src/guide/a.md") == \
        langs.page_key("vuejs-translations/docs-ru", "src/guide/a.md") == langs.page_key("vuejs/docs", "src/guide/a.md")


def test_collection_entries_of_json_and_csv() -> None:
    data = '[{"act": "充当翻译", "prompt": "我希望你充当翻译，把我给你的句子翻译成英文。"}, {"act": "x"}]'
    assert list(langs._json_entries("p.json", data)) == [("p.json:充当翻译", "我希望你充当翻译，把我给你的句子翻译成英文。")]
    table = '"act", "prompt"\n"Переводчик", "Я хочу, чтобы вы переводили мои фразы на английский язык."\n'
    assert list(langs._csv_entries("p.csv", table)) == [
        ("p.csv:Переводчик", "Я хочу, чтобы вы переводили мои фразы на английский язык.")]


def test_prompt_cuts_keep_other_languages_and_their_paragraphs_only() -> None:
    found = iter([
        ("a/b", "one", "あなたは経験豊富な翻訳者です。\n\n次の文章を日本語に訳してください。\n\nKeep every code block exactly as it is written here."),
        ("a/b", "two", "You are a translator. Translate the following text into French, please."),
    ])
    cuts = langs.prompt_cuts(found)
    assert [(lang, text[:9]) for lang, _, _, text in cuts["whole"]] == [("ja", "あなたは経験豊富な")]
    assert sorted(text for *_, text in cuts["para"]) == ["あなたは経験豊富な翻訳者です。", "次の文章を日本語に訳してください。"]
    assert {key for _, _, key, _ in cuts["para"]} == {"a/b:one"}


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "Tester", "GIT_AUTHOR_EMAIL": "t@example.invalid",
                        "GIT_COMMITTER_NAME": "Tester", "GIT_COMMITTER_EMAIL": "t@example.invalid",
                        "HOME": str(repo), "PATH": "/usr/bin:/bin"})


def test_docs_and_commits_read_from_a_bare_mirror_and_skip_a_missing_one(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    work = tmp_path / "work"
    (work / "docs").mkdir(parents=True)
    (work / "docs" / "a.md").write_text("Сервер читает настройки из файла и перезапускает рабочие процессы.\n\n"
                                        "The server reads its settings from the file and restarts the workers.\n",
                                        encoding="utf-8")
    _git(work, "init", "-q")
    _git(work, "add", ".")
    _git(work, "commit", "-q", "-m", "Исправлено чтение настроек при перезапуске рабочих процессов")
    _git(work, "commit", "-q", "--allow-empty", "-m", "Fix the reading of settings on restart of workers")
    mirror = tmp_path / "mirror"
    _git(tmp_path, "clone", "-q", "--bare", str(work), str(mirror / "1c-syntax+bsl-language-server" / "repo"))
    docs = list(langs.doc_texts(mirror))
    assert docs == [("ru", "1c-syntax/bsl-language-server", "bsl-language-server:docs/a.md",
                     "Сервер читает настройки из файла и перезапускает рабочие процессы.")]
    commits = list(langs.commit_texts(mirror))
    assert [(lang, text) for lang, _, _, text in commits] == [
        ("ru", "Исправлено чтение настроек при перезапуске рабочих процессов")]
    assert "reactjs/ja.react.dev not mirrored" in capsys.readouterr().err


def test_localised_prompts_keyed_by_agent_in_the_locales_language(tmp_path: Path) -> None:
    work = tmp_path / "work"
    agent = work / "locales" / "db-helper"
    agent.mkdir(parents=True)
    roles = {"index.json": "You are a database helper. Answer every question about SQL with an example query.",
             "index.ko-KR.json": "당신은 데이터베이스 도우미입니다. 모든 SQL 질문에 예시 쿼리로 답하세요.",
             "index.ru-RU.json": "You are a database helper left untranslated in the Russian file by mistake.",
             "index.bg-BG.json": "Вие сте помощник за бази данни. Отговаряйте с примерна заявка."}
    for name, role in roles.items():
        (agent / name).write_text(json.dumps({"config": {"systemRole": role}}, ensure_ascii=False), encoding="utf-8")
    _git(work, "init", "-q")
    _git(work, "add", ".")
    _git(work, "commit", "-q", "-m", "agents")
    mirror = tmp_path / "mirror"
    _git(tmp_path, "clone", "-q", "--bare", str(work), str(mirror / "lobehub+lobe-chat-agents" / "repo"))
    got = sorted(langs.localised_prompts(mirror))
    assert got == [("lobehub/lobe-chat-agents", "db-helper", roles["index.json"]),
                   ("lobehub/lobe-chat-agents", "db-helper", roles["index.ko-KR.json"])]
    cuts = langs.prompt_cuts(iter(got))
    assert sorted(lang for lang, *_ in cuts["whole"]) == ["en", "ko"]
    assert len({langs.half_key(key) for _, _, key, _ in cuts["whole"]}) == 1


def test_repositories_list_every_source_and_what_is_mirrored(tmp_path: Path) -> None:
    (tmp_path / "vuejs+docs" / "repo").mkdir(parents=True)
    listed = dict(langs.repositories(tmp_path))
    assert listed["vuejs/docs"] is True
    assert listed["lobehub/lobe-chat-agents"] is False
    assert {repo for repo, *_ in langs.DOC_REPOSITORIES} | set(langs.PROMPT_REPOSITORIES) == set(listed)
