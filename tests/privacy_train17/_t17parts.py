"""Hand-written parts of round 17's agent-record corpus: the commands an agent runs and what
they print, the files it reads and edits, the tools an MCP server offers, and (for the prompt
twins) what a user asks and what a model answers, in English and other languages. Every name,
path and number is invented."""

from __future__ import annotations

PROJECTS = ("ledgerline", "tidewater", "pinecask", "orbitdesk", "mossgate", "quillstack")
MODELS = ("claude-sonnet-4-5-20250929", "claude-opus-4-1-20250805", "gpt-5-codex", "gpt-4.1-mini",
          "o4-mini", "claude-3-5-haiku-20241022", "gemini-2.5-pro")
TOOLS = ("Bash", "Read", "Edit", "Write", "Grep", "Glob", "TodoWrite", "WebFetch", "Task")

# (command, output lines, exit status): what a shell tool ran and printed
COMMANDS: tuple[tuple[str, tuple[str, ...], int], ...] = (
    ("pytest -q tests/test_export.py", ("........F...", "FAILED tests/test_export.py::test_large_batch - AssertionError: assert 4095 == 4096",
                                         "1 failed, 11 passed in 2.31s"), 1),
    ("pytest -q", ("........................................ [ 61%]", "......................... [100%]", "65 passed in 8.02s"), 0),
    ("python -m pytest -x -k retry", ("collected 212 items / 205 deselected / 7 selected", "tests/test_retry.py .......", "7 passed, 205 deselected in 0.44s"), 0),
    ("ruff check .", ("src/{p}/cache.py:41:5: F841 Local variable `stale` is assigned to but never used", "Found 1 error.", "[*] 1 fixable with the `--fix` option."), 1),
    ("ruff check . && mypy --strict src", ("All checks passed!", "Success: no issues found in 48 source files"), 0),
    ("mypy --strict src/{p}", ("src/{p}/jobs.py:88: error: Argument 1 to \"schedule\" has incompatible type \"str | None\"; expected \"str\"  [arg-type]",
                               "Found 1 error in 1 file (checked 48 source files)"), 1),
    ("git status --short", (" M src/{p}/cache.py", " M tests/test_cache.py", "?? notes/session.md"), 0),
    ("git log --oneline -4", ("a41c2e9 retry only on timeouts", "9be01d4 add fixture for large exports", "77f3a10 bump ruff to 0.6.9", "c0ffe12 Merge pull request #212 from kim/fix-export"), 0),
    ("git log -1 --format=fuller", ("commit 4f2d9ab7c1e0d3b58a6e2f91c4d7a0b3e5f8c216", "Author:     Kim Larsen <kim@example.org>", "AuthorDate: Tue Nov 4 10:12:44 2026 +0100",
                                    "Commit:     Kim Larsen <kim@example.org>", "", "    cache: evict by size, not by count"), 0),
    ("git diff --stat", (" src/{p}/cache.py     | 14 ++++++++------", " tests/test_cache.py  | 22 ++++++++++++++++++++++", " 2 files changed, 30 insertions(+), 6 deletions(-)"), 0),
    ("npm test -- --silent", ("> {p}@2.3.0 test", "> vitest run", "", " Test Files  12 passed (12)", "      Tests  148 passed (148)", "   Duration  3.91s"), 0),
    ("cargo build --release", ("   Compiling {p} v0.4.1 (/home/dev/{p})", "    Finished `release` profile [optimized] target(s) in 41.27s"), 0),
    ("go test ./...", ("ok  \texample.org/{p}/store\t0.412s", "--- FAIL: TestCompact (0.03s)", "    compact_test.go:57: got 3 segments, want 2", "FAIL\texample.org/{p}/compact\t0.118s"), 1),
    ("ls -la src/{p}", ("total 64", "drwxr-xr-x  9 dev dev  4096 Nov  4 10:02 .", "-rw-r--r--  1 dev dev  5120 Nov  4 09:58 cache.py", "-rw-r--r--  1 dev dev  2311 Nov  3 17:40 jobs.py"), 0),
    ("grep -rn \"TODO\" src | head -5", ("src/{p}/cache.py:12:# TODO: make the size limit configurable", "src/{p}/jobs.py:140:# TODO(kim): drop after the v3 migration"), 0),
    ("kubectl get pods -n {p}", ("NAME                      READY   STATUS    RESTARTS   AGE", "{p}-api-7c9d8b6f5-x2k4q   1/1     Running   0          3h", "{p}-worker-5f7b9-mm2pl    0/1     CrashLoopBackOff   6   14m"), 0),
    ("kubectl auth whoami", ("ATTRIBUTE   VALUE", "Username    system:serviceaccount:ci:deployer", "Groups      [system:serviceaccounts system:authenticated]"), 0),
    ("curl -sI https://staging.example.org/health", ("HTTP/2 200", "content-type: application/json", "server: envoy", "x-request-id: 3b1f0c2e-9a7d-4e51-b8c6-2d4f6a8e0c13"), 0),
    ("docker compose ps", ("NAME        IMAGE            SERVICE   STATUS", "db-1        postgres:16      db        Up 2 hours (healthy)", "api-1       {p}-api:dev      api       Up 5 minutes"), 0),
    ("psql -c '\\du'", ("   Role name   |   Attributes", "---------------+----------------", " app_reader    | ", " postgres      | Superuser, Create role, Create DB"), 0),
    ("cat pyproject.toml | head -8", ("[project]", "name = \"{p}\"", "version = \"2.3.0\"", "requires-python = \">=3.11\"", "[tool.ruff]", "line-length = 100"), 0),
    ("python scripts/bench.py --runs 5", ("run 1: 412 ms", "run 2: 398 ms", "run 3: 405 ms", "median: 405 ms (p95 418 ms)"), 0),
    ("sqlite3 data/dev.db '.schema users'", ("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, role TEXT NOT NULL DEFAULT 'member');",), 0),
    ("gh pr view 212", ("title:\tcache: evict by size, not by count", "state:\tOPEN", "author:\tkim-larsen", "labels:\tbug, export", "reviewers:\tsam-okafor (Requested)", "--", "Fixes #198. Evicts by total size."), 0),
    ("kubectl config view --minify", ("apiVersion: v1", "contexts:", "- context:", "    cluster: staging", "    user: ci-deployer", "  name: staging", "users:", "- name: ci-deployer", "  user:", "    token: REDACTED"), 0),
    ("grep -rn '\"role\"' src/{p}/llm", ("src/{p}/llm/build.py:14:    messages = [{\"role\": \"system\", \"content\": SYSTEM_PROMPT}]", "src/{p}/llm/build.py:15:    messages.append({\"role\": \"user\", \"content\": question})", "src/{p}/llm/parse.py:9:    if msg[\"role\"] == \"assistant\":"), 0),
    ("pytest -v tests/test_chat_api.py", ("tests/test_chat_api.py::test_user_message_is_stored PASSED      [ 33%]", "tests/test_chat_api.py::test_assistant_reply_is_streamed PASSED [ 66%]", "tests/test_chat_api.py::test_system_prompt_is_loaded FAILED  [100%]", "E   AssertionError: system prompt file not found: prompts/system.md", "1 failed, 2 passed in 0.61s"), 1),
    ("git show --stat HEAD", ("commit 9be01d4f2c0a7e31b5d8c6a4f09e2b17d3c5a880", "Author: Sam Okafor <sam@example.org>", "Date:   Mon Nov 3 17:40:12 2026 +0100", "", "    chat: store the user's message before calling the model", "", " src/chat/store.py | 9 ++++++---", " 1 file changed, 6 insertions(+), 3 deletions(-)"), 0),
    ("make lint", ("ruff check .", "All checks passed!", "mypy --strict src", "Success: no issues found in 48 source files"), 0),
)
"""Shell output, some with ``Author:``, ``Username``, ``Role name`` lines (a tool's columns and
headers, never a speaker)."""

FILES: tuple[tuple[str, str], ...] = (
    ("src/{p}/cache.py", "\"\"\"Size-bounded cache for export chunks.\"\"\"\n\nfrom collections import OrderedDict\n\n\nclass ChunkCache:\n    def __init__(self, limit: int = 4096) -> None:\n        self.limit = limit\n        self._items: OrderedDict[str, bytes] = OrderedDict()\n"),
    ("src/{p}/jobs.py", "def schedule(name: str, every: int) -> None:\n    # TODO(kim): drop after the v3 migration\n    REGISTRY[name] = every\n"),
    ("README.md", "# {p}\n\nExports ledgers to Parquet. Run `make dev` to start the stack, then `make test`.\n"),
    ("config/app.yaml", "server:\n  port: 8080\n  workers: 4\ndatabase:\n  user: app_reader\n  pool: 10\nmodel: claude-3-5-haiku\n"),
    ("tests/test_cache.py", "def test_evicts_oldest_first(cache):\n    cache.put(\"a\", b\"x\" * 4000)\n    cache.put(\"b\", b\"y\" * 200)\n    assert \"a\" not in cache\n"),
    ("docs/roles.md", "| Role | Can deploy | Can read logs |\n|------|------------|---------------|\n| admin | yes | yes |\n| user | no | yes |\n"),
    ("src/{p}/api/handlers.ts", "export async function getUser(req: Request): Promise<Response> {\n  const id = req.params.id;\n  return json(await users.find(id));\n}\n"),
)

INTL_FILES: tuple[tuple[str, str], ...] = (
    ("src/{p}/abrechnung.py", "# Berechnet die Monatsabrechnung pro Mandant.\n# Achtung: Beträge sind in Cent gespeichert, nicht in Euro.\ndef monatsabrechnung(mandant_id: int) -> int:\n    return summe(buchungen(mandant_id))\n"),
    ("docs/guide_fr.md", "## Démarrage\n\nLancez `make dev` puis ouvrez http://localhost:8080. Les journaux sont dans `logs/`.\n"),
    ("src/{p}/config_es.py", "# Configuración del reintento: tres intentos con espera exponencial.\nREINTENTOS = 3\nESPERA_BASE = 0.5  # segundos\n"),
    ("docs/設計.md", "# エクスポート設計\n\nチャンクは4096件ごとに書き出す。失敗したチャンクは再試行キューに入る。\n"),
    ("src/{p}/缓存.py", "# 按大小淘汰缓存条目，而不是按数量。\nLIMIT = 4096  # 字节\n"),
    ("README.pt.md", "# {p}\n\nExporta razões contábeis para Parquet. Execute `make test` antes de abrir um PR.\n"),
    ("docs/запуск.md", "## Запуск\n\nСначала выполните `make dev`, затем `make test`. Логи лежат в каталоге logs/.\n"),
    ("src/{p}/ayarlar.py", "# Yeniden deneme ayarları: üç deneme, üstel bekleme.\nDENEME = 3\n"),
)
"""Files read by an agent whose text (comments, docs) is in another language: file text, not a
user's."""

INTL_COMMANDS: tuple[tuple[str, tuple[str, ...], int], ...] = (
    ("git log --oneline -3", ("a41c2e9 Wiederholung nur bei Zeitüberschreitung", "9be01d4 Fixture für große Exporte ergänzt", "77f3a10 ruff auf 0.6.9 angehoben"), 0),
    ("git log --oneline -3", ("3c7e1a0 corrige le calcul des arrondis", "8d2b4f1 ajoute un test pour les lots vides", "1f9a6c2 met à jour la doc d'installation"), 0),
    ("pytest -q tests/test_facturas.py", ("..F.", "FAILED tests/test_facturas.py::test_redondeo - AssertionError: 10.005 != 10.01", "1 failed, 3 passed in 0.21s"), 1),
    ("npm run build", ("> {p}@2.3.0 build", "> vite build", "✓ 312 modules transformed.", "dist/index.html  0.46 kB │ gzip: 0.30 kB", "✓ built in 2.14s"), 0),
    ("git log --oneline -2", ("5e2c9d1 修复导出时的分块大小", "0a7f3b8 增加大批量导出的测试"), 0),
    ("git log --oneline -2", ("b81d4e2 エクスポートのチャンクサイズを修正", "44c0e9f 大きなバッチのテストを追加"), 0),
    ("python manage.py check", ("Системная проверка не выявила проблем (0 отключено).",), 0),
    ("git log --oneline -2", ("e1d0c3a corrige arredondamento das faturas", "7b9f2a4 adiciona teste de lote vazio"), 0),
)

TODOS = (("Run the failing export test", "Running the failing export test"),
         ("Fix the off-by-one in ChunkCache.put", "Fixing the off-by-one in ChunkCache.put"),
         ("Re-run ruff and mypy", "Re-running ruff and mypy"),
         ("Update the changelog", "Updating the changelog"))

MCP_TOOLS = (
    ("search_files", "Search files in the workspace for a regular expression.", {"pattern": "TODO", "path": "src"}, "12 matches in 4 files"),
    ("read_issue", "Read one issue of the tracker by number.", {"number": 212}, "#212 export stops at 4095 rows (open, label: bug)"),
    ("run_query", "Run a read-only SQL query against the dev database.", {"sql": "select count(*) from users"}, "count\n-----\n 1842\n(1 row)"),
    ("list_deployments", "List the deployments of a service.", {"service": "api", "limit": 3}, "api  v2.3.0  2026-11-04T09:12Z  ok\napi  v2.2.9  2026-11-01T16:40Z  rolled back"),
    ("get_file_contents", "Get the contents of a file in a repository.", {"owner": "kim", "repo": "{p}", "path": "README.md"}, "# {p}\n\nExports ledgers to Parquet."),
    ("create_branch", "Create a branch from a ref.", {"branch": "fix/export-4096", "from": "main"}, "created fix/export-4096 at a41c2e9"),
)

# -- the prompt twins ---------------------------------------------------------------------------

PROMPTS = (
    "the export test keeps failing on CI, can you find out why and fix it?",
    "please rename ChunkCache to SegmentCache everywhere and update the tests",
    "why does mypy complain about schedule() in jobs.py? explain and fix it",
    "add a --dry-run flag to the deploy script, don't touch the prod config",
    "can you write a migration that adds an index on users.email",
    "look at the failing go test in compact and tell me what's wrong",
    "I want the cache to evict by size, not count. Make it so and add a test.",
    "summarise what changed on this branch since Monday for the standup",
)
INTL_PROMPTS = (
    "kannst du bitte herausfinden, warum der Export-Test auf CI fehlschlägt, und ihn reparieren?",
    "peux-tu ajouter une option --dry-run au script de déploiement sans toucher à la config de prod ?",
    "¿puedes explicarme por qué falla el test de redondeo y arreglarlo?",
    "エクスポートのテストがCIで失敗する理由を調べて直してください",
    "请帮我把缓存改成按大小淘汰，并补一个测试",
    "você pode renomear ChunkCache para SegmentCache e atualizar os testes?",
    "посмотри, почему падает тест compact, и исправь, пожалуйста",
    "dışa aktarma testinin neden başarısız olduğunu bulup düzeltir misin?",
)
ANSWERS = (
    "I found the problem: the cache evicts by count, so the 4096th chunk is dropped. I changed put() to evict by size and added a test.",
    "The test fails because the fixture writes 4095 rows. I'll update the fixture and re-run the suite.",
    "Done. mypy complained because name can be None; I narrowed it before the call and all checks pass now.",
    "Here's a summary of the changes on this branch: the export retries only on timeouts, the cache evicts by size, and ruff was bumped.",
    "Sure! I've added the --dry-run flag. It prints the plan and exits before touching any cluster.",
    "The compaction test expects 2 segments but gets 3 because the last segment is never merged. Let me fix the loop bound.",
)
INTL_ANSWERS = (
    "Ich habe den Fehler gefunden: der Cache verwirft nach Anzahl statt nach Größe. Ich habe put() angepasst und einen Test ergänzt.",
    "J'ai trouvé le problème : la fixture n'écrit que 4095 lignes. Je la corrige et je relance les tests.",
    "Listo. El test fallaba por el redondeo bancario; ahora usamos Decimal y todo pasa.",
    "原因が分かりました。キャッシュが件数で削除していたので、サイズで削除するように修正しました。",
    "我已经修好了：缓存现在按大小淘汰，并且新增的测试通过了。",
)
REASONINGS = (
    "**Inspecting the failing test**\n\nI need to check why the export stops at 4095 rows; the fixture might be off by one.",
    "**Planning the rename**\n\nI'll rename the class first, then update the imports and the tests.",
    "**Checking mypy output**\n\nThe argument can be None here, so I should narrow it before calling schedule.",
)
