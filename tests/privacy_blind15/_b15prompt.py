"""blind15 prompts: what people type to coding agents, instructions to models, model output and
chat between people, placed where an agent meets them during a day."""
from __future__ import annotations

import json

from _b15lang import ANSWERS, CHATS, REQUESTS
from _b15rand import FILES, num, org, person, pick, repo, ts
from _b15secret import fill

SHORT_EN = ["now add tests", "make it faster", "try again", "ok now do the same for the other endpoints",
            "undo that last change", "no, keep the old signature", "explain what you just did", "continue",
            "fix the lint errors", "now write the docs for it", "why did you change {f}?", "run the tests and fix whatever fails",
            "smaller diff please", "can you make this less verbose", "don't touch the migrations", "use pytest fixtures instead",
            "rename it to something clearer", "that broke {t}, look again", "simplify this", "add type hints everywhere in {f}",
            "go ahead and commit", "make the error message friendlier", "split this into two functions", "what does this regex do",
            "is this thread safe?", "add logging around the retry", "port this to TypeScript", "write a migration for it",
            "now open a PR with a good description", "ok but without the extra dependency", "shorter", "same thing but async",
            "revert {f} and try a different approach", "summarise the diff for me", "can you review what you wrote",
            "stop, that's wrong — the timeout is in ms not s", "use the existing helper in {f} instead", "add a CLI flag for it",
            "wait what? why would you delete the test", "looks good, ship it", "can you double check the edge case where the list is empty",
            "nope. read {f} first, then try again", "you missed the second call site", "add a docstring and we're done",
            "hmm tests still red. look at the CI log", "what would you do differently if this had to handle 10x traffic?",
            "make the PR description shorter and mention the migration", "pls fix the typo in the error message",
            "write me a bash script that tails the logs of every pod in the namespace", "give me the git command to squash the last 4 commits",
            "why is this O(n^2)", "ok now explain it to me like I'm the PM", "bump the version and update the changelog",
            "use a dataclass here", "and the frontend part?", "do it without regex", "now the same for the staging config",
            "find all the places we call the old API and list them", "refactor {f} but keep the public functions"]

ERRORS = [
    "Traceback (most recent call last):\n  File \"{f}\", line {n}, in <module>\n    main()\n  File \"{f}\", line 88, in main\n    rows = load(path)\nKeyError: 'customer_id'",
    "error[E0502]: cannot borrow `self.items` as mutable because it is also borrowed as immutable\n  --> src/lib.rs:{n}:9",
    "TypeError: Cannot read properties of undefined (reading 'map')\n    at Cart (web/src/components/Cart.tsx:{n}:22)",
    "FAILED tests/test_sync.py::{t} - AssertionError: assert 3 == 4",
    "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x6b2f3c]\n\ngoroutine 1 [running]:\nmain.(*Worker).Run(0x0)\n\tinternal/queue/worker.go:{n}",
    "ERROR: duplicate key value violates unique constraint \"orders_pkey\"\nDETAIL:  Key (id)=({n}) already exists.",
    "java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"name\" is null\n\tat com.acme.OrderService.validate(OrderService.java:{n})",
    "npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\nnpm ERR! peer react@\"^17.0.0\" from react-beautiful-dnd@13.1.1",
    "mypy: {f}:{n}: error: Incompatible return value type (got \"str | None\", expected \"str\")  [return-value]",
]
CODE = ["def chunk(xs, n):\n    return [xs[i:i+n] for i in range(0, len(xs), n)]",
        "for (const u of users) {\n  await db.update(u.id, { seen: true });\n}",
        "SELECT * FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.created_at > now() - interval '7 days';",
        "func (c *Cache) Get(k string) (v []byte, ok bool) {\n\tc.mu.Lock()\n\tv, ok = c.m[k]\n\treturn\n}",
        "while True:\n    try:\n        resp = session.get(url)\n        break\n    except Exception:\n        time.sleep(1)"]
ERR_ASK = ["getting this when I run the tests, fix it:\n\n{e}", "{e}\n\nwhy??", "what's causing this?\n```\n{e}\n```",
           "I keep hitting this after your last change:\n{e}\nplease fix and explain", "{e}\n\nthis only happens in CI. any idea?",
           "can you look at this error and tell me if it's my code or the library\n\n{e}", "fix\n\n{e}"]
CODE_ASK = ["is there a bug in this?\n\n```\n{c}\n```", "make this faster:\n{c}", "```\n{c}\n```\nrewrite this so it's readable and add a test",
            "what's wrong with this code, it hangs sometimes\n\n{c}", "convert this to use the batch API:\n{c}",
            "explain this line by line\n```\n{c}\n```", "{c}\n\nreview this like a senior engineer would"]


def _req_en(r):
    return fill(r, pick(r, SHORT_EN))


def agent_short(r):
    if r.random() < 0.3:
        lang = pick(r, list(REQUESTS))
        return fill(r, pick(r, REQUESTS[lang])), lang
    t = _req_en(r)
    return pick(r, ["{q}", "{q}", "{q}", "> {q}", "{q} pls", "{q}.", "ok {q}", "hmm, {q}", "{q} thanks"]).replace("{q}", t)


def agent_with_paste(r):
    if r.random() < 0.55:
        e = fill(r, pick(r, ERRORS))
        return pick(r, ERR_ASK).replace("{e}", e)
    return pick(r, CODE_ASK).replace("{c}", pick(r, CODE))


LONG = [
    "I need a small feature in {s}: when an export job fails, we should retry it up to three times with backoff, and after the third failure mark the job as failed and send an email to the owner. Please:\n\n1. add the retry in the worker, not in the API\n2. keep the existing job table, add a column attempts\n3. write tests for the three-failures path\n4. don't change the public API\n\nAsk me before adding any new dependency.",
    "Context: we're migrating from Flask to FastAPI, one blueprint at a time. The orders blueprint in {f} is next.\n\nWhat I want from you: port the routes, keep the URL paths identical, move validation into pydantic models, and make sure the old integration tests still pass against the new app. If something can't be ported 1:1, stop and tell me instead of guessing.",
    "Hey, long one. Our nightly job ({s}) started taking 3h instead of 40min after last week's release. I suspect the N+1 in the invoice loader but I'm not sure. Could you profile it with the fixture data, tell me where the time goes, and propose a fix? Don't commit anything yet, just report back with numbers.",
    "Please write a design note (markdown, max one page) comparing two options for rate limiting the public API: a token bucket in Redis vs. the gateway's built-in limiter. Cover failure modes, cost, and what happens during a Redis outage. Audience: the backend team.",
    "Take a look at the open issues labelled `good first issue` in {r} and pick the three that you think are actually small. For each one, explain in two sentences what the fix would be.",
    "We have a flaky test ({t}). Reproduce it by running it 200 times with random ordering, find the root cause, fix it, and then explain to me in plain words what was going on. If you can't reproduce it within 200 runs, tell me and suggest what to log.",
    "ok so here's the situation. {s} has a memory leak that shows up after ~6h in prod. I have a heap dump (heap-0412.prof in the repo root). Can you go through it, find the biggest retainers, and tell me which of our objects are piling up? Then suggest a fix but don't implement it yet, I want to discuss with the team first.",
    "I'm new to this codebase. Walk me through how a request flows from the HTTP handler in {f} to the database and back. Point out anything weird you notice along the way, and keep it under 400 words.",
    "Please add OpenTelemetry tracing to {s}:\n- one span per HTTP request and per DB query\n- propagate trace ids to the queue messages\n- export to the collector at OTEL_EXPORTER_OTLP_ENDPOINT\nKeep the overhead small; sample 10% in prod. Add a short section to the README.",
    "The PR review on #{n} asks for three things: smaller functions, a test for the timeout path, and no print statements. Address all three, push, and reply to each comment with what you changed.",
    "Goal: dark mode for the settings page.\nConstraints: use the existing CSS variables, no new libraries, must work in Safari 16.\nDeliverable: a PR with screenshots in the description.\nYou can ask me questions first if something's unclear.",
]


def agent_long(r):
    return fill(r, pick(r, LONG)).replace("{r}", repo(r))


def agent_multilingual(r):
    lang = pick(r, list(REQUESTS))
    q = fill(r, pick(r, REQUESTS[lang]))
    if r.random() < 0.3:
        e = fill(r, pick(r, ERRORS))
        q = pick(r, [q + "\n\n" + e, e + "\n\n" + q, q + "\n```\n" + pick(r, CODE) + "\n```"])
    return q, lang


RULES = [
    "# AGENTS.md\n\nYou are working in a monorepo. Before you change anything:\n\n- run `make test` and make sure it passes\n- never edit files under `vendor/`\n- keep commits small and write the message in the imperative mood\n- when you are unsure about an API, read the code instead of guessing\n\nWhen you finish, reply with a short summary of what you changed and why.",
    "# CLAUDE.md\n\n## How to work in this repo\n- Always use `uv run` for Python commands.\n- Prefer editing existing files over creating new ones.\n- Do not add comments that just restate the code.\n- If a test fails, fix the code, not the test, unless I say otherwise.\n- Answer in the language the user writes in.",
    "You are a senior Go reviewer. For every diff you receive, list at most five problems, ordered by severity, each with the file and line. Do not praise the code. If there are no problems, answer exactly: LGTM.",
    "System: You are a helpful assistant that writes SQL for a PostgreSQL 16 database. Only output the query, no explanation. The schema is:\n{schema}",
    "You are an expert release manager. Given a list of merged PR titles, write release notes grouped into Features, Fixes and Chores. Use past tense. Keep each bullet under 15 words.",
    "## Instructions for the coding agent\n\n1. Read `docs/architecture.md` before touching `core/`.\n2. You must not run database migrations against anything but the local container.\n3. When asked to \"clean up\", only remove dead code that has no references.\n4. Respond concisely; do not apologise.",
    "<system>\nYou are TriageBot. Classify the incoming GitHub issue as bug, feature, question or spam. Reply with a single word.\n</system>",
    "You are Codex, a coding agent running in the user's terminal. Be concise. Before running a destructive command, ask for confirmation. Prefer ripgrep over grep.",
    ".cursorrules\n\nYou are an expert in TypeScript, Next.js App Router and Tailwind.\n- Use functional components.\n- Prefer server components; add 'use client' only when needed.\n- Never use `any`.\n- When you write a component, also write a Storybook story for it.",
    "# GEMINI.md\nYou are assisting on a Django project. When the user asks for a model change, always produce the migration too. Explain breaking changes in one sentence at the end of your reply.",
    "Instructions: Act as a pair programmer. Ask one clarifying question if the request is ambiguous, otherwise go straight to code. Keep explanations under 100 words.",
    ".github/copilot-instructions.md\n\nWhen generating tests, use pytest and parametrize instead of loops. When suggesting code, follow the repository's ruff configuration. Always answer in English even if the comment is in another language.",
]
RULES_INTL = [
    ("de", "# AGENTS.md\n\nDu arbeitest in einem Python-Monorepo. Bevor du etwas änderst, führe `make test` aus. Ändere niemals Dateien unter `vendor/`. Antworte immer auf Deutsch und fasse am Ende kurz zusammen, was du geändert hast."),
    ("ja", "# CLAUDE.md\n\nあなたはこのリポジトリを担当するシニアエンジニアです。変更の前に必ずテストを実行してください。回答は日本語で、簡潔にまとめてください。"),
    ("zh", "你是一名资深的后端工程师。请用中文回答，代码注释用英文。修改代码前先运行测试，不要修改 vendor 目录下的文件。"),
    ("fr", "Tu es un relecteur de code exigeant. Pour chaque diff, liste au plus cinq problèmes, du plus grave au moins grave. Réponds en français."),
    ("es", "Eres un asistente de programación. Responde siempre en español, sé conciso y no inventes APIs: si no sabes algo, dilo."),
    ("pt", "Você é um agente de código neste repositório. Rode os testes antes de abrir PR e responda sempre em português."),
    ("ko", "너는 이 저장소의 코드 리뷰어야. 모든 답변은 한국어로 하고, 문제점은 심각도 순서로 최대 다섯 개까지만 적어줘."),
    ("ru", "Ты — опытный разработчик на Go. Отвечай по-русски, кратко, и всегда предлагай тест к своему исправлению."),
]
SCHEMA = "orders(id, customer_id, total_cents, created_at)\ncustomers(id, email, country)"


def agent_rules(r):
    if r.random() < 0.3:
        lang, t = pick(r, RULES_INTL)
        return t, lang
    t = pick(r, RULES).replace("{schema}", SCHEMA)
    extra = pick(r, ["", "", "\n\nThe current task: " + fill(r, pick(r, SHORT_EN)), f"\n\nRepository: {repo(r)}"])
    return t + extra


FEWSHOT = [
    'PROMPT = """Classify the sentiment of the review.\n\nReview: The app crashes every time I open it.\nSentiment: negative\n\nReview: Love the new dark mode!\nSentiment: positive\n\nReview: {review}\nSentiment:"""',
    'messages = [\n    {"role": "system", "content": "You extract invoice numbers from emails. Answer with JSON."},\n    {"role": "user", "content": "Hi, please find attached invoice INV-2291 for March."},\n    {"role": "assistant", "content": "{\\"invoice\\": \\"INV-2291\\"}"},\n    {"role": "user", "content": email_body},\n]',
    "TEMPLATE = (\n    \"Translate the following UI string to {lang}. Keep placeholders like {{count}} unchanged.\\n\"\n    \"Example: 'You have {{count}} new messages' -> 'Sie haben {{count}} neue Nachrichten'\\n\"\n    \"String: {text}\\n\"\n    \"Translation:\"\n)",
    "const prompt = `You are a commit message generator.\nGiven this diff, write a conventional commit message (type(scope): subject).\n\nExample:\ndiff: fix typo in README\nmessage: docs(readme): fix typo\n\ndiff:\n${diff}\nmessage:`;",
    "- input: \"add retries to the fetcher\"\n  output: \"feat(fetcher): add retries with exponential backoff\"\n- input: \"the date parser breaks on leap years\"\n  output: \"fix(dates): handle Feb 29 in parser\"\n- input: \"{{ user_text }}\"\n  output:",
    "Q: What does `git rebase --onto` do?\nA: It replays commits from one base onto another, letting you move a branch to a new starting point.\n\nQ: {question}\nA:",
    "{\"instruction\": \"Write a unit test for the function below.\", \"input\": \"def add(a, b): return a + b\", \"output\": \"def test_add():\\n    assert add(2, 3) == 5\"}",
    "<|im_start|>system\nYou are a helpful coding assistant.<|im_end|>\n<|im_start|>user\nHow do I reverse a list in Python?<|im_end|>\n<|im_start|>assistant\nUse `xs[::-1]` for a copy or `xs.reverse()` in place.<|im_end|>",
    "[INST] <<SYS>>\nYou answer only with shell commands.\n<</SYS>>\n\nlist the 10 biggest files under /var/log [/INST]",
    "def build_prompt(diff: str) -> str:\n    return (\n        \"You are reviewing a pull request. Point out bugs, not style.\\n\"\n        \"Return a bulleted list, most severe first.\\n\\n\"\n        f\"Diff:\\n{diff}\"\n    )",
    "### Human: Summarise this stack trace in one sentence.\n{trace}\n\n### Assistant: The worker crashed because the queue client was nil when Run() was called.",
    "examples:\n  - user: \"how many orders yesterday?\"\n    sql: \"SELECT count(*) FROM orders WHERE created_at::date = current_date - 1\"\n  - user: \"top 5 customers by revenue\"\n    sql: \"SELECT customer_id, sum(total_cents) FROM orders GROUP BY 1 ORDER BY 2 DESC LIMIT 5\"",
]


FEW_PATHS = ["prompts/classify.py", "src/llm/templates.py", "eval/fewshot.yaml", "notebooks/labeling.ipynb", "app/ai/commit_msg.ts",
             "scripts/triage_prompt.txt", "lib/prompts/sql.py", "tools/review_bot/prompt.py", "data/sft/sample.jsonl", "services/summariser/prompt.md"]


def fewshot(r):
    t = pick(r, FEWSHOT)
    return pick(r, ["{t}", "# " + pick(r, FEW_PATHS) + "\n{t}", "```\n{t}\n```", pick(r, FEW_PATHS) + ":\n{t}",
                    "// " + pick(r, FEW_PATHS) + "\n{t}", "{t}\n# v" + str(num(r, 2, 9)) + ", tuned on the March eval set"]).replace("{t}", t)


NARR = ["I'll start by reading the failing test to understand what it expects.", "Let me check how the retry helper is used elsewhere before changing it.",
        "The test fails because the fixture creates the order before the customer. I'll reorder the setup.",
        "I found the problem: `parse_amount` rounds half-down. I'll switch it to Decimal with ROUND_HALF_EVEN.",
        "All tests pass now. Summary: moved the retry into `with_retry`, added two tests, no API changes.",
        "I wasn't able to reproduce the flake in 200 runs. I've added logging around the lock acquisition so we can catch it next time.",
        "Before I change the schema, do you want the new column nullable or with a default?",
        "Done! I updated the README and added an example for the new flag. Let me know if you want me to open the PR."]
TOOLS = ["Read({f})", "Bash(pytest -q {t})", "Grep(\"with_retry\", path=\"src\")", "Edit({f})", "Bash(git diff --stat)",
         "shell: rg -n \"TODO\" src/", "apply_patch *** Update File: {f}", "Bash(make lint)"]


def tool_trace(r):
    lines = []
    narr = [NARR[i] for i in sorted(r.sample(range(len(NARR)), r.randint(1, 3)))]
    mark = pick(r, ["⏺ ", "assistant: ", "codex> ", "● ", ""])
    for n in narr:
        for _ in range(r.randint(0, 2)):
            lines.append(pick(r, ["⏺ ", "tool: ", "  ⎿ ", "→ "]) + fill(r, pick(r, TOOLS)))
        lines.append(mark + n)
    if r.random() < 0.35:
        lines.insert(0, "> " + _req_en(r))
    return fill(r, "\n".join(lines))


EN_ANS = [
    "Sure! The issue is that `datetime.now()` returns local time, while the database stores UTC. Use `datetime.now(timezone.utc)` and the comparison will work. I've also added a test that runs with TZ=Asia/Tokyo to catch regressions.",
    "Great question. There are two ways to do this:\n\n1. **Use a partial index** — cheap and keeps writes fast.\n2. **Use a materialised view** — faster reads, but you need to refresh it.\n\nFor your workload I'd recommend option 1.",
    "You're right, my previous answer was wrong: the timeout is in milliseconds. Here's the corrected version:\n\n```python\nclient = Client(timeout_ms=5000)\n```",
    "I've made the following changes:\n- Extracted `validate_order()` from the view\n- Added type hints to the service layer\n- Replaced the bare `except` with `except ValidationError`\n\nAll 214 tests pass. Would you like me to also update the docs?",
    "The deadlock happens because the two workers acquire the locks in opposite order. Make both take `orders_lock` first, then `stock_lock`. I can make that change if you want.",
    "Certainly. Here is a regex that matches ISO 8601 dates: `^\\d{4}-\\d{2}-\\d{2}$`. Note that it doesn't validate the day against the month.",
    "As an AI model I can't access your staging server, but based on the log you pasted the connection is refused before TLS starts, so the port is probably closed by the security group.",
    "Short answer: no, it isn't thread-safe. `self._cache` is a plain dict mutated from two goroutines without the mutex. Wrap the read in `c.mu.RLock()` or switch to `sync.Map`.",
    "I ran the test suite 200 times with random ordering and reproduced the failure 5 times. In every failing run, `test_refund_rounding` ran right after `test_currency_switch`, which leaves the global currency set to JPY. I've added a fixture that resets it.",
    "Here's the bash script you asked for:\n\n```bash\nfor p in $(kubectl get pods -n \"$NS\" -o name); do\n  kubectl logs -n \"$NS\" \"$p\" --tail=50 --prefix &\ndone\nwait\n```\n\nIt runs the tails in parallel and waits for all of them.",
    "I'm sorry, but I can't find a file named `heap-0412.prof` in the repository. Could you check the path or upload it again?",
    "Here's a summary of the PR: it replaces the hand-rolled retry with tenacity, adds jitter, and removes the global session. The risky part is the changed default timeout (30s → 10s).",
]
ANS_LABELS = ["model output (verbatim):", "the assistant replied:", "Claude said:", "GPT-4o answer, pasted as-is:", "copilot suggested:",
              "response from the model:", "Gemini:", "assistant:", "AI answer ↓", "", "", ""]


def model_answer(r):
    if r.random() < 0.4:
        lang = pick(r, list(ANSWERS))
        a = pick(r, ANSWERS[lang])
        lab = pick(r, ANS_LABELS)
        return (lab + "\n" + a if lab else a), lang
    a = pick(r, EN_ANS)
    lab = pick(r, ANS_LABELS)
    return pick(r, ["{l}\n{a}", "{l} {a}", "> {a}", "{a}", "{l}\n\n> " + a.replace("\n", "\n> ")]).replace("{l}", lab or "answer:").replace("{a}", a)


def chat_people(r):
    lang = pick(r, [*CHATS, "en", "en"])
    conv = pick(r, CHATS[lang])
    a, b = person(r).capitalize(), person(r).capitalize()
    if a == b:
        b = b + "_m"
    style = r.randrange(4)
    out = []
    for i, line in enumerate(conv):
        who = a if i % 2 == 0 else b
        line = fill(r, line)
        out.append([f"{who}  {num(r, 8, 18)}:{num(r, 10, 59)}\n{line}", f"[{num(r, 8, 18)}:{num(r, 10, 59)}] {who}: {line}",
                    f"{who}: {line}", f"**{who}** {line}"][style])
    t = "\n".join(out)
    return (t, lang) if lang != "en" else t


TRANS = [("ja", "en", "[原文] 田中: このバグ、明日までに直せそうですか？\n[訳] Tanaka: Do you think you can fix this bug by tomorrow?\n[原文] 佐藤: たぶん大丈夫です。テストだけ追加します。\n[訳] Sato: Probably fine. I'll just add tests."),
         ("de", "en", "Lukas: Kannst du mir kurz erklären, warum der Build rot ist?\n(translation) Lukas: Can you quickly explain why the build is red?\nMira: Das Lockfile ist veraltet.\n(translation) Mira: The lockfile is outdated."),
         ("zh", "en", "用户：帮我把这个函数改成异步的\nUser: Please make this function async\n助手：好的，我把 fetch_all 改成了 async，并用 asyncio.gather 并发请求。\nAssistant: Sure, I made fetch_all async and used asyncio.gather for concurrent requests."),
         ("es", "en", "Cliente: ¿Por qué no me llega el correo de confirmación?\nCustomer: Why am I not receiving the confirmation email?\nSoporte: Revisa la carpeta de spam, a veces llega ahí.\nSupport: Check your spam folder, it sometimes lands there."),
         ("fr", "en", "Translated from French:\nPierre: On garde la réunion de demain ?\n→ Pierre: Are we keeping tomorrow's meeting?\nInès: Oui, mais à 15h.\n→ Inès: Yes, but at 3 pm."),
         ("ko", "en", "사용자: 이 코드 왜 느려?\nUser: Why is this code slow?\n어시스턴트: 루프 안에서 매번 DB를 호출하고 있어서 그래요.\nAssistant: Because it calls the database on every loop iteration."),
         ("pt", "en", "Ana: você consegue revisar meu PR hoje?\n[EN] Ana: can you review my PR today?\nDiego: consigo depois do almoço\n[EN] Diego: I can after lunch"),
         ("zh", "en", "王磊：今天的发布推迟到明天吧？\nWang Lei: Shall we push today's release to tomorrow?\n李娜：可以，我去跟产品说一声。\nLi Na: Sure, I'll let product know."),
         ("de", "en", "Nutzer: Warum ist der Build so langsam?\nUser: Why is the build so slow?\nAssistent: Der Cache für node_modules wird bei jedem Lauf verworfen, weil sich der Schlüssel ändert.\nAssistant: The node_modules cache is thrown away on every run because its key changes."),
         ("tr", "en", "Mehmet: Toplantı kaçta?\nMehmet: What time is the meeting?\nAyşe: Saat üçte, ama beş dakika gecikebilirim.\nAyşe: At three, but I might be five minutes late."),
         ("vi", "en", "Linh: anh xem giúp em cái PR được không?\nLinh: could you look at my PR?\nMinh: ok, chiều nay anh xem nhé\nMinh: ok, I'll look this afternoon"),
         ("ru", "en", "Пользователь: объясни, что делает этот SQL\nUser: explain what this SQL does\nАссистент: Он выбирает заказы за последние 7 дней вместе с данными клиента.\nAssistant: It selects the last 7 days of orders together with the customer data.")]


def translated_chat(r):
    lang, _, t = pick(r, TRANS)
    pre = pick(r, ["", "", "DeepL of the thread:\n", "translation of the support chat for context:\n", "Übersetzung:\n", f"ticket #{num(r)} — conversation:\n"])
    return pre + t, lang


def notebook_llm(r):
    q = _req_en(r) if r.random() < 0.5 else pick(r, ["Summarise this customer review in one sentence", "Write a haiku about Kubernetes",
                                                      "Explain the difference between a list and a tuple to a beginner",
                                                      "Generate 5 test cases for a function that validates IBANs"])
    ans = pick(r, EN_ANS)
    return pick(r, [
        lambda: json.dumps({"cell_type": "code", "source": ["resp = client.chat.completions.create(\n", "    model=\"gpt-4o-mini\",\n",
                                                            f"    messages=[{{\"role\": \"user\", \"content\": \"{q}\"}}],\n", ")\n", "print(resp.choices[0].message.content)"],
                            "outputs": [{"output_type": "stream", "name": "stdout", "text": [ans]}]}, indent=1),
        lambda: f"In [{num(r, 2, 40)}]: llm.invoke(\"{q}\")\nOut[{num(r, 2, 40)}]: AIMessage(content='{ans[:160]}')",
        lambda: json.dumps({"cell_type": "markdown", "source": ["### Prompt used for the eval\n", "\n", f"> {q}\n", "\n", "### Model answer\n", "\n", ans]}),
        lambda: f"msg = anthropic.messages.create(model=\"claude-sonnet-4-5\", max_tokens=512, system=\"You are a terse assistant.\", messages=[{{\"role\": \"user\", \"content\": \"{q}\"}}])",
        lambda: f"df[\"summary\"] = df[\"review\"].apply(lambda t: ask(f\"Summarise in 10 words, neutral tone: {{t}}\"))\n# sample output: {ans[:90]}",
    ])()


def ci_llm(r):
    ans = pick(r, EN_ANS)
    return pick(r, [
        lambda: f"##[group]Run ai-review\nSending diff ({num(r, 20, 900)} lines) to model…\n##[endgroup]\nReview:\n{ans}",
        lambda: "- name: Ask Claude to review\n  uses: anthropics/claude-code-action@v1\n  with:\n    prompt: |\n      Review this PR for security issues only. Ignore style.\n      Post at most three comments.",
        lambda: f"$ llm -m gpt-4o \"write a changelog entry for: $(git log -1 --pretty=%s)\"\n{pick(r, ['Fixed refund rounding for partial refunds.', 'Added CSV export with Unicode support.', 'Improved retry behaviour of the sync worker.'])}",
        lambda: f"[ai-triage] prompt=\"Label this issue as bug/feature/question: {pick(r, ['Login button does nothing on Safari', 'Add dark mode', 'How do I export to CSV?'])}\"\n[ai-triage] model said: {pick(r, ['bug', 'feature', 'question'])}",
        lambda: f"Run python scripts/ai_changelog.py\nprompt: Summarise these commits for end users, skip chores:\n{num(r, 3, 30)} commits since v2.{num(r, 0, 9)}.0\ncompletion: This release speeds up search and fixes a crash when exporting empty reports.",
        lambda: f"[review-bot] system=\"You are a strict reviewer. Only report bugs.\" user=\"<diff of {num(r, 20, 400)} lines>\"\n[review-bot] response: {ans[:180]}",
        lambda: f"##[warning]Copilot review comment on {pick(r, FILES)}: {ans[:200]}",
    ])()


EMAIL = ["Hi {b},\n\nthanks for the quick turnaround on the migration. Could we move the cutover to Thursday? Marketing has a campaign on Wednesday.\n\nBest,\n{a}",
         "Hey {b},\n\nsorry for the late reply — I was out sick. Yes, let's pair on the queue refactor tomorrow morning. 10:00 works?\n\nCheers,\n{a}",
         "{b}, quick one: are you OK with me taking the on-call shift next weekend? I owe you one.\n\n— {a}",
         "Hallo {b},\n\nkönnen wir das Review auf Montag verschieben? Ich hänge noch am Release.\n\nViele Grüße\n{a}",
         "Bonjour {b},\n\nmerci pour ton retour. Je regarde ça demain matin et je te tiens au courant.\n\n{a}",
         "Hi {b},\n\njust a heads-up that I'll be out Friday for a dentist appointment. Mira is covering the release checklist.\n\nThanks,\n{a}",
         "Hi all,\n\nreminder that the architecture review moved to Room 4B. Bring your questions about the queue redesign; I'll have slides.\n\n{a}",
         "{b} — great job on the incident write-up yesterday. The timeline was really clear. Mind if I share it with the other teams?\n\n{a}",
         "Hola {b},\n\n¿puedes revisar el documento de diseño antes del jueves? Me interesa sobre todo tu opinión sobre la parte de colas.\n\nGracias,\n{a}",
         "Hi {b},\n\nthe customer from Tuesday's call wrote back — they're happy with the workaround but want a date for the real fix. What can I tell them?\n\nBest,\n{a}"]


def email_people(r):
    a, b = person(r).capitalize(), person(r).capitalize()
    t = pick(r, EMAIL)
    lang = "de" if t.startswith("Hallo") else "fr" if t.startswith("Bonjour") else "es" if t.startswith("Hola") else "en"
    head = f"From: {a.lower()}@{org(r)}.io\nTo: {b.lower()}@{org(r)}.io\nSubject: {pick(r, ['Re: cutover', 'on-call', 'Re: review', 'pairing', 'Fwd: planning'])}\n\n"
    t = head + t.replace("{a}", a).replace("{b}", b)
    if r.random() < 0.4:
        t += f"\n\nOn {pick(r, ['Mon', 'Tue', 'Wed'])}, {b} wrote:\n> sure, whatever works for you"
    return (t, lang) if lang != "en" else t


def pr_bot(r):
    ans = pick(r, EN_ANS)
    bot = pick(r, ["coderabbitai[bot]", "copilot-pull-request-reviewer[bot]", "claude[bot]", "sourcery-ai[bot]", "gemini-code-assist[bot]"])
    return pick(r, [
        lambda: f"{bot} commented on {pick(r, FILES)}:\n\n{ans}",
        lambda: f"**{bot}** reviewed\n\n> ## Walkthrough\n> The changes extract the retry logic into a helper and add tests. Overall this looks good, but consider handling the empty batch case.",
        lambda: f"@{pick(r, ['claude', 'copilot', 'codex'])} please review this PR and suggest a smaller diff",
        lambda: f"{bot} suggested a change\n\n```suggestion\n    if not batch:\n        return []\n```\nReturning early here avoids an unnecessary round trip when the batch is empty.",
        lambda: f"> [!WARNING]\n> **Potential issue** ({bot})\n> The new `retry()` call swallows `KeyboardInterrupt`. Consider catching `Exception` instead of `BaseException`.",
        lambda: f"Actionable comments posted: {num(r, 1, 9)}\n\n{ans}",
        lambda: f"/gemini summary\n\n{bot}: ## Summary of Changes\nThis pull request refactors the sync worker to use a bounded queue and adds a shutdown hook.",
    ])()


def ide_chat(r):
    q = _req_en(r)
    a = pick(r, EN_ANS)
    return pick(r, [
        lambda: f"## User\n\n{q}\n\n## Copilot\n\n{a}",
        lambda: f"**User:** {q}\n\n**Cursor:** {a}",
        lambda: json.dumps({"requests": [{"message": {"text": q}, "response": [{"value": a}]}]}, ensure_ascii=False, indent=1),
        lambda: f"_Exported on {ts(r)[:10]} from Cursor_\n\n---\n\n**User**\n\n{q}\n\n---\n\n**Cursor**\n\n{a}",
        lambda: f"{{\"role\": \"user\", \"content\": \"{q}\"}}",
        lambda: f"### You\n{q}\n\n### Assistant\n{a}",
        lambda: json.dumps({"type": "assistant", "message": {"role": "assistant", "content": [{"type": "text", "text": a}]}}, ensure_ascii=False),
        lambda: f"user ▸ {q}\ncontinue ▸ {a}",
    ])()


def shell_llm(r):
    q = _req_en(r) if r.random() < 0.6 else pick(r, ["explain this error", "write a bash one-liner that deletes merged branches",
                                                     "what's the kubectl command to restart a deployment", "summarise the last 20 commits"])
    return pick(r, [
        lambda: f"$ claude -p \"{q}\"",
        lambda: f" {num(r, 100, 2000)}  llm \"{q}\"",
        lambda: "$ git diff | llm -s \"review this diff, list bugs only\"",
        lambda: f"❯ ollama run llama3.1 \"{q}\"",
        lambda: f"$ sgpt --shell \"{q}\"",
        lambda: f"$ codex exec \"{q}\"",
        lambda: f"$ gemini -p \"{q}\"",
        lambda: f": {num(r, 1700000000, 1799999999)}:0;aider --message \"{q}\" {pick(r, FILES)}",
        lambda: "$ cat error.log | claude -p \"why is this failing? be brief\"\nThe worker can't reach Redis: the hostname in REDIS_URL doesn't resolve inside the container.",
    ])()
