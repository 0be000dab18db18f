"""Write ``corpus.jsonl``: the round-9 TRAINING corpus of the prompt classifier (augmentation).

    python tests/privacy_train9/generate.py            # writes corpus.jsonl beside this file

Why: train8 gave the classifier requests and answers in twenty languages, but few of them in
the shapes issue 11's classes 8-12 name, and few hard negatives in those same shapes. This
corpus pairs, in sixteen languages beside English, each prompt shape with a benign text of the
same shape and language:

- a single-turn request, "from now on answer as ...", "your task: ...", a system prompt, casual
  chat to a model, a model's answer, a verbatim answer under a label in that language
  -- against runbook steps and README instructions in the imperative, code review comments,
  engineering notes, commit messages and stand-up lines by named colleagues;
- conversation records in JSON under many key conventions (prompt/completion,
  instruction/input/output, from/value, speaker/text, system/prompt, messages arrays,
  question/answer, query/response, human/bot, API responses), compact, indented, flattened onto
  one line or escaped inside another string -- against JSON config, log records, webhook
  payloads, message catalogs and pipeline definitions whose keys are ``input``, ``output``,
  ``text``, ``message``, ``query``, ``from``, ``role``, ``system``;
- ReAct traces and agent tool-call logs, one-line transcripts with arbitrary speaker names
  -- against CI logs and one-line stand-up notes with people's names.

Deterministic (a fixed seed, the standard library only). Written from issue 11's category
descriptions and the author's own phrase lists (``_t9langs.py``), never from a held-out corpus.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _t9langs import CODE, ERRORS, L

SEED = 9009
R = random.Random(SEED)
OUT = Path(__file__).resolve().parent / "corpus.jsonl"

LANGS = sorted(L)
WEIGHT = {"en": 3}
"""How often each language is drawn (1 when absent): English is in every other corpus already."""
SERVICES = ["billing", "auth", "search", "exporter", "ingest", "gateway", "scheduler", "mailer", "ledger",
            "payments", "catalog", "indexer", "notifier", "thumbs"]
FILES = ["config/prod.yaml", "docs/runbook.md", "src/retry.py", "deploy/values.yaml", "scripts/backup.sh",
         "README.md", "Makefile", "infra/main.tf", "CHANGELOG.md"]
COMMANDS = ["make deploy", "kubectl rollout status deploy/api", "helm upgrade --install api ./chart",
            "terraform apply", "npm ci", "pip install -r requirements.txt", "systemctl restart nginx",
            "docker compose up -d", "go build ./...", "ansible-playbook site.yml", "./scripts/migrate.sh up"]
SEPARATORS = [" ", " | ", " // ", " \u2014 ", "  ", " ; ", " \u00b7 ", "\\n", " \u23ce ", "\t", " || "]
MODELS = ["gpt-4o-mini", "gpt-4.1", "claude-3-5-sonnet", "claude-sonnet-4", "llama-3.1-70b", "mistral-small",
          "gemini-2.0-flash", "qwen2.5-14b", "deepseek-v3", "phi-3-mini", "command-r"]


def pick(xs: list[str]) -> str:
    return xs[R.randrange(len(xs))]


def lang() -> str:
    return pick([x for x in LANGS for _ in range(WEIGHT.get(x, 1))])


def hexs(n: int) -> str:
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def fill(s: str) -> str:
    return (s.replace("{svc}", pick(SERVICES)).replace("{n}", str(R.randint(2, 95)))
            .replace("{v}", f"v{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 9)}")
            .replace("{cmd}", pick(COMMANDS)).replace("{f}", pick(FILES)).replace("{err}", pick(ERRORS)))


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def dumps(obj: object) -> str:
    """JSON as people paste it: compact, indented, flattened, or with ASCII escapes."""
    style = R.randrange(6)
    if style == 0:
        return json.dumps(obj, ensure_ascii=False, indent=2)
    if style == 1:
        return " ".join(json.dumps(obj, ensure_ascii=False, indent=1).split("\n"))
    if style == 2:
        return json.dumps(obj, ensure_ascii=True)
    if style == 3:
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(obj, ensure_ascii=False)


def wrapped(raw: str) -> str:
    """Sometimes the JSON is itself a string value, or follows a short label on the same line."""
    x = R.random()
    if x < 0.15:
        return json.dumps({pick(["body", "payload", "data", "record", "line"]): raw}, ensure_ascii=False)
    if x < 0.25:
        return f"{pick(['row', 'sample', 'record', 'example', 'line'])} {R.randint(1, 9999)}: {raw}"
    return raw


# ---------------------------------------------------------------- prompt pieces


CODE_SHARE = 0.4
"""Of the requests and answers, the share about code (files, errors, commands): without them
the benign side alone held technical words in other languages, and a coding question in
Spanish or Chinese read as an engineer's note."""


def request(lg: str) -> str:
    d = L[lg]
    if R.random() < CODE_SHARE:
        return fill(pick(CODE[lg]["ask"]))
    t = pick(d["tasks"])
    return pick(d["ask"]).replace("{T}", cap(t)).replace("{t}", t)


def persona(lg: str) -> str:
    d = L[lg]
    text = pick(d["persona"]).replace("{p}", pick(d["personas"]))
    if R.random() < 0.5:
        text += pick([" ", "\n"]) + request(lg)
    return text


def task_colon(lg: str) -> str:
    d = L[lg]
    label = pick(d["task_lbl"])
    tasks = [pick(d["tasks"]) for _ in range(R.choice([1, 1, 2, 3]))]
    if len(tasks) == 1:
        body = f"{label} {cap(tasks[0])}."
    else:
        body = label + "".join(f"{pick(['chr10- ', ' ', 'chr10'])}{i + 1}. {cap(t)}." for i, t in enumerate(tasks))
        body = body.replace("chr10", "\n")
    if R.random() < 0.3:
        body = pick(d["sys"]) + pick(["\n", " "]) + body
    return body


def system(lg: str) -> str:
    d = L[lg]
    text = pick(d["sys"])
    x = R.random()
    if x < 0.25:
        text = f"{pick(['System:', 'SYSTEM PROMPT:', '[system]', '<<SYS>>', '### System'])} {text}"
    elif x < 0.45:
        text += " " + pick(d["persona"]).replace("{p}", pick(d["personas"]))
    return text


def chat(lg: str) -> str:
    d = L[lg]
    parts = [pick(d["chat"])]
    if R.random() < 0.6:
        parts.append(request(lg))
    R.shuffle(parts)
    return pick([" ", "\n", " "]).join(parts)


def answer(lg: str) -> str:
    d = L[lg]
    parts = [fill(pick(CODE[lg]["ans"])) if R.random() < CODE_SHARE else pick(d["body"])]
    if R.random() < 0.7:
        parts.insert(0, pick(d["ans"]))
    if R.random() < 0.6:
        parts.append(pick(d["close"]))
    return pick([" ", "\n", "\n\n", " "]).join(parts)


def labelled(lg: str) -> str:
    d = L[lg]
    label = pick(d["label"]) if R.random() < 0.75 else pick(L["en"]["label"])
    body = answer(lg)
    q = R.randrange(4)
    if q == 1:
        body = f"\u201c{body}\u201d"
    elif q == 2:
        body = "> " + body.replace("\n", "\n> ")
    elif q == 3:
        body = f"```\n{body}\n```"
    lead = ""
    if R.random() < 0.3:
        lead = pick([f"ticket {R.randint(100, 9999)}: ", "for the record. ", f"{pick(MODELS)} eval, case {R.randint(1, 300)}. "])
    return f"{lead}{label}{pick([' ', chr(10)])}{body}"


# ---------------------------------------------------------------- records, traces, transcripts


def conversation_record(lg: str) -> str:
    q, a, s = request(lg), answer(lg), pick(L[lg]["sys"])
    u, b = L[lg]["roles"]
    style = R.randrange(16)
    obj: object
    if style == 0:
        obj = {"prompt": q, "completion": a}
    elif style == 1:
        obj = {"instruction": q, "input": pick(["", pick(L[lg]["body"])]), "output": a}
    elif style == 2:
        obj = {"conversations": [{"from": "human", "value": q}, {"from": "gpt", "value": a}]}
    elif style == 3:
        obj = {"id": f"dlg-{R.randint(1, 99999)}", "turns": [{"speaker": pick(["user", "USER", u]), "text": q},
                                                              {"speaker": pick(["assistant", "bot", b]), "text": a}]}
    elif style == 4:
        obj = {"system": s, "prompt": q}
    elif style == 5:
        obj = {"messages": [{"role": "system", "content": s}, {"role": "user", "content": q},
                            {"role": "assistant", "content": a}][R.randrange(2):]}
    elif style == 6:
        obj = {"question": q, "answer": a}
    elif style == 7:
        obj = {"query": q, "response": a, "model": pick(MODELS)}
    elif style == 8:
        obj = {"human": q, "bot": a}
    elif style == 9:
        obj = {"input": q, "output": a}
    elif style == 10:
        obj = {"user": q, "assistant": a}
    elif style == 11:
        obj = {"choices": [{"index": 0, "message": {"role": "assistant", "content": a}, "finish_reason": "stop"}],
               "model": pick(MODELS)}
    elif style == 12:
        obj = {"prompt": q, "chosen": a, "rejected": pick(L[lg]["chat"])}
    elif style == 13:
        obj = {"context": s, "utterance": q, "reply": a}
    elif style == 14:
        obj = {"type": "message", "role": "assistant", "content": [{"type": "text", "text": a}]}
    else:
        obj = {"dialog": [{"author": pick(["client", "customer", u]), "message": q},
                          {"author": pick(["agent", "bot", b]), "message": a}]}
    return wrapped(dumps(obj))


def session_log(lg: str) -> str:
    """An agent's own session log: one JSON object a turn, tool calls between."""
    q, a = request(lg), answer(lg).replace("\n", " ")
    tool = pick(["web_search", "read_file", "bash", "search_docs", "get_weather", "calculator", "browse"])
    arg = pick(["{\"query\": \"" + pick(L[lg]["tasks"]) + "\"}", "{\"path\": \"notes/draft.md\"}",
                "{\"command\": \"ls -la\"}", "{\"city\": \"Lyon\"}", "{\"expression\": \"12*7\"}"])
    style = R.randrange(4)
    if style == 0:
        rows: list[object] = [
            {"role": "user", "content": q},
            {"role": "assistant", "content": None, "tool_calls": [{"id": f"call_{hexs(8)}", "type": "function",
                                                                   "function": {"name": tool, "arguments": arg}}]},
            {"role": "tool", "tool_call_id": f"call_{hexs(8)}", "content": pick(["ok", "3 results", "{\"temp\": 14}"])},
            {"role": "assistant", "content": a}]
    elif style == 1:
        rows = [{"ts": f"2026-0{R.randint(1, 9)}-1{R.randint(0, 9)}T10:{R.randint(10, 59)}:00Z", "event": "user_message", "text": q},
                {"event": "tool_call", "tool": tool, "args": json.loads(arg)},
                {"event": "tool_result", "tool": tool, "ok": True},
                {"event": "assistant_message", "text": a}]
    elif style == 2:
        rows = [{"type": "human", "data": {"content": q}}, {"type": "ai", "data": {"content": a}}]
    else:
        rows = [{"step": 1, "action": "call", "name": tool, "input": json.loads(arg)},
                {"step": 2, "action": "respond", "output": a}, {"request": q}]
    rows = rows[R.randrange(2):] if len(rows) > 2 else rows
    sep = pick(["\n", "\n", " ", "\\n"])
    return sep.join(json.dumps(r, ensure_ascii=R.random() < 0.2) for r in rows)


def tool_text_log(lg: str) -> str:
    q, a = request(lg), answer(lg).replace("\n", " ")
    tool = pick(["search", "fetch_url", "read_file", "run_python", "lookup_order", "translate"])
    forms = [
        f"[user] {q}\n[tool_call] {tool}(query=\"{pick(L[lg]['tasks'])}\")\n[tool_result] {R.randint(1, 9)} hits\n[assistant] {a}",
        f"> user: {q}\n> calling `{tool}` with {{\"q\": \"{pick(L[lg]['tasks'])}\"}}\n> result: ok\n> assistant: {a}",
        f"USER {q}\nTOOL {tool} -> 200\nASSISTANT {a}",
        f"\u25b6 {q}\n  \u2192 {tool}()\n  \u2190 done\n\u25c0 {a}",
        f"turn 1 (user): {q}\nturn 2 (tool {tool}): ok\nturn 3 (assistant): {a}",
    ]
    return pick(forms).replace("\n", pick(["\n", "\n", " | ", " "]))


REACT_NAMES = {
    "de": ("Gedanke", "Aktion", "Beobachtung", "Endgültige Antwort"),
    "fr": ("Pensée", "Action", "Observation", "Réponse finale"),
    "es": ("Pensamiento", "Acción", "Observación", "Respuesta final"),
    "pt": ("Pensamento", "Ação", "Observação", "Resposta final"),
    "it": ("Pensiero", "Azione", "Osservazione", "Risposta finale"),
    "ru": ("Мысль", "Действие", "Наблюдение", "Окончательный ответ"),
    "zh": ("思考", "行动", "观察", "最终答案"),
    "ja": ("思考", "行動", "観察", "最終回答"),
    "ko": ("생각", "행동", "관찰", "최종 답변"),
    "pl": ("Myśl", "Akcja", "Obserwacja", "Ostateczna odpowiedź"),
    "nl": ("Gedachte", "Actie", "Observatie", "Definitief antwoord"),
    "tr": ("Düşünce", "Eylem", "Gözlem", "Nihai cevap"),
    "vi": ("Suy nghĩ", "Hành động", "Quan sát", "Câu trả lời cuối cùng"),
    "id": ("Pikiran", "Aksi", "Observasi", "Jawaban akhir"),
    "hi": ("विचार", "क्रिया", "अवलोकन", "अंतिम उत्तर"),
    "ar": ("تفكير", "إجراء", "ملاحظة", "الإجابة النهائية"),
}


def react(lg: str) -> str:
    th, ac, ob, fin = REACT_NAMES.get(lg, ("Thought", "Action", "Observation", "Final Answer"))
    if R.random() < 0.5:
        th, ac, ob, fin = "Thought", "Action", "Observation", "Final Answer"
    d = L[lg]
    tool = pick(["Search", "Wikipedia", "Calculator", "lookup", "python_repl", "web_search"])
    steps = [f"Question: {request(lg)}"] if R.random() < 0.5 else []
    steps += [f"{th}: {pick(d['ans'])} {pick(d['tasks'])}", f"{ac}: {tool}",
              f"{ac} Input: {pick(d['tasks'])}" if ac == "Action" else f"{ac}: {tool}[{pick(d['tasks'])}]",
              f"{ob}: {pick(d['body'])}", f"{fin}: {answer(lg).replace(chr(10), ' ')}"]
    steps = [s for i, s in enumerate(steps) if not (ac != "Action" and i > 0 and s == f"{ac}: {tool}")]
    return pick(["\n", "\n", " | ", " ", "\\n"]).join(steps[R.randrange(2):])


USER_NAMES = ["Maria", "kenji", "Olu", "tom_b", "user123", "anon", "Lena", "Rahul", "Sofia", "ahmet", "Ngoc",
              "Piotr", "Chloé", "Hye-jin", "Ivan", "Budi", "guest", "me", "Q", "dev"]
BOT_NAMES = ["Nova", "Juno", "Sage", "HelperBot", "Pi", "Mika", "Atlas", "Orion", "Kai", "Echo", "Tutor",
             "GPT", "AI", "Bot", "Claude", "Gemini", "\u5c0f\u52a9\u624b", "\u0410\u043b\u0438\u0441\u0430", "Copilot", "A"]


def one_line(lg: str) -> str:
    """A chat transcript flattened onto one line, with arbitrary speaker names."""
    d = L[lg]
    if R.random() < 0.4:
        user, bot = d["roles"]
    else:
        user, bot = pick(USER_NAMES), pick(BOT_NAMES)
    form = R.randrange(5)
    turns = []
    for i in range(R.choice([2, 2, 3, 4])):
        who = user if i % 2 == 0 else bot
        say = (request(lg) if R.random() < 0.7 else pick(d["chat"])) if i % 2 == 0 else answer(lg).replace("\n", " ")
        if form == 0:
            turns.append(f"{who}: {say}")
        elif form == 1:
            turns.append(f"<{who}> {say}")
        elif form == 2:
            turns.append(f"[{R.randint(10, 23)}:{R.randint(10, 59)}] {who}: {say}")
        elif form == 3:
            turns.append(f"{who} \u2014 {say}")
        else:
            turns.append(f"**{who}** {say}")
    return pick(SEPARATORS).join(turns)


PROMPTS: list[tuple[str, Callable[[str], str], int]] = [
    ("request", request, 330), ("persona_switch", persona, 230), ("task_label", task_colon, 230),
    ("system_prompt", system, 200), ("casual_chat", chat, 180), ("model_answer", answer, 260),
    ("labelled_output", labelled, 260), ("conversation_record", conversation_record, 420),
    ("session_log", session_log, 200), ("tool_text_log", tool_text_log, 150), ("react_trace", react, 200),
    ("one_line_transcript", one_line, 300),
]

# ---------------------------------------------------------------- benign


def runbook(lg: str) -> str:
    d = L[lg]
    steps = [fill(pick(d["steps"])) for _ in range(R.choice([1, 2, 3, 4]))]
    form = R.randrange(4)
    if form == 0:
        text = " ".join(f"{i + 1}. {s}" for i, s in enumerate(steps))
    elif form == 1:
        text = "\n".join(f"{i + 1}. {s}" for i, s in enumerate(steps))
    elif form == 2:
        text = "\n".join(f"- {s}" for s in steps)
    else:
        text = " ".join(steps)
    if R.random() < 0.3:
        text = pick(["## Rollback\n", "## Deploy\n", "Runbook: ", f"{pick(SERVICES)} on-call:\n", "### Steps\n"]) + text
    return text


def readme(lg: str) -> str:
    d = L[lg]
    parts = [fill(pick(d["readme"])) for _ in range(R.choice([1, 2]))]
    text = " ".join(parts)
    if R.random() < 0.3:
        text = pick(["## Installation\n", "## Quick start\n", "## Usage\n", "Setup: "]) + text
    if R.random() < 0.2:
        text += f"\n\n```\n{pick(COMMANDS)}\n```"
    return text


REVIEWERS = ["Amara", "Bjorn", "Chen", "Dmitri", "Esi", "Farah", "Giulia", "Hiroshi", "Ines", "Joao", "Kemal",
             "Lena", "Mateus", "Noor", "Oskar", "Pilar", "Radek", "Sunita", "Thanh", "Yusuf", "Budi", "Ji-woo"]
EN_REVIEW_ASKS = [
    "Can you rename this to {fn}? The current name says nothing.", "Please add a docstring that says why we retry here.",
    "Could you split this function? It does three things.", "Please revert the formatting changes, they hide the diff.",
    "Can you explain why the timeout is {n} seconds?", "Move this constant next to the others, please.",
    "Could you add a test for the error path?", "Please don't log the whole request body.",
    "Can we use a context manager here instead of try/finally?", "Please squash these commits before merging.",
]


def review(lg: str) -> str:
    who = pick(REVIEWERS)
    say = fill(pick(L[lg]["review"])) if lg != "en" or R.random() < 0.5 else fill(pick(EN_REVIEW_ASKS)).replace(
        "{fn}", pick(["load_config", "retry_send", "parse_rows", "flush"]))
    where = f"{pick(FILES)}:{R.randint(3, 400)}"
    return pick([f"{who}: {say}", f"{where} \u2014 {say}", f"@{who.lower()} {say}", f"[{who}] {say}", say,
                 f"review by {who} on {where}: {say}", f"> {say}\n{pick(['Done.', 'Fixed in ' + hexs(7), 'Good point, changed.'])}"])


def note(lg: str) -> str:
    d = L[lg]
    text = fill(pick(d["note"]))
    if R.random() < 0.35:
        text += pick([" ", "\n"]) + fill(pick(d["note"] + d["standup"]))
    return text


def commit(lg: str) -> str:
    d = L[lg]
    text = fill(pick(d["commit"]))
    if R.random() < 0.4:
        text = f"{hexs(7)} {text}"
    if R.random() < 0.3:
        text += "\n\n" + fill(pick(d["note"]))
    if R.random() < 0.15:
        text += f"\n\nRefs: #{R.randint(10, 9999)}"
    return text


def standup(lg: str) -> str:
    """Colleagues' stand-up lines on one line: the benign twin of a one-line transcript."""
    d = L[lg]
    names = R.sample(REVIEWERS, R.choice([2, 2, 3, 4]))
    form = R.randrange(4)
    parts = []
    for who in names:
        say = fill(pick(d["standup"] + d["note"]))
        parts.append([f"{who}: {say}", f"<{who.lower()}> {say}", f"[{R.randint(9, 11)}:{R.randint(10, 59)}] {who}: {say}",
                      f"{who} \u2014 {say}"][form])
    text = pick(SEPARATORS[:7]).join(parts)
    if R.random() < 0.3:
        text = pick(["standup: ", "Daily: ", f"#{pick(SERVICES)}-team ", "notes 10:00 "]) + text
    return text


UI = {
    "en": ["File not found", "Please enter your email address", "Your session has expired. Please sign in again.",
           "Are you sure you want to delete this project?", "Saved", "Something went wrong. Try again later."],
    "de": ["Datei nicht gefunden", "Bitte gib deine E-Mail-Adresse ein", "Deine Sitzung ist abgelaufen. Bitte melde dich erneut an."],
    "fr": ["Fichier introuvable", "Veuillez saisir votre adresse e-mail", "Votre session a expiré. Reconnectez-vous."],
    "es": ["Archivo no encontrado", "Introduce tu correo electrónico", "Tu sesión ha caducado. Vuelve a iniciar sesión."],
    "pt": ["Arquivo não encontrado", "Digite seu e-mail", "Sua sessão expirou. Entre novamente."],
    "it": ["File non trovato", "Inserisci il tuo indirizzo email", "La sessione è scaduta. Accedi di nuovo."],
    "ru": ["Файл не найден", "Введите адрес электронной почты", "Сессия истекла. Войдите снова."],
    "zh": ["找不到文件", "请输入您的邮箱地址", "会话已过期，请重新登录。"],
    "ja": ["ファイルが見つかりません", "メールアドレスを入力してください", "セッションの有効期限が切れました。再度ログインしてください。"],
    "ko": ["파일을 찾을 수 없습니다", "이메일 주소를 입력하세요", "세션이 만료되었습니다. 다시 로그인하세요."],
    "pl": ["Nie znaleziono pliku", "Podaj adres e-mail", "Sesja wygasła. Zaloguj się ponownie."],
    "nl": ["Bestand niet gevonden", "Vul je e-mailadres in", "Je sessie is verlopen. Log opnieuw in."],
    "tr": ["Dosya bulunamadı", "E-posta adresinizi girin", "Oturumunuz sona erdi. Lütfen tekrar giriş yapın."],
    "vi": ["Không tìm thấy tệp", "Vui lòng nhập email của bạn", "Phiên đã hết hạn. Vui lòng đăng nhập lại."],
    "id": ["File tidak ditemukan", "Masukkan alamat email Anda", "Sesi Anda telah berakhir. Silakan masuk lagi."],
    "hi": ["फ़ाइल नहीं मिली", "कृपया अपना ईमेल पता दर्ज करें", "आपका सत्र समाप्त हो गया है। कृपया फिर से साइन इन करें।"],
    "ar": ["الملف غير موجود", "يرجى إدخال بريدك الإلكتروني", "انتهت جلستك. يرجى تسجيل الدخول مرة أخرى."],
}


def json_config(lg: str) -> str:
    """JSON whose keys are conversation words, holding config, logs or data: not a conversation."""
    d = L[lg]
    svc = pick(SERVICES)
    style = R.randrange(16)
    obj: object
    if style == 0:
        obj = {"input": f"s3://{svc}-raw/{R.randint(2020, 2026)}/", "output": f"s3://{svc}-clean/", "format": pick(["parquet", "csv", "jsonl"])}
    elif style == 1:
        obj = {"level": pick(["info", "warn", "error"]), "ts": f"2026-0{R.randint(1, 9)}-1{R.randint(0, 9)}T0{R.randint(0, 9)}:12:00Z",
               "service": svc, "message": fill(pick(d["note"]))}
    elif style == 2:
        obj = {"channel": f"#{svc}-alerts", "username": "deploy-bot", "text": fill(pick(d["note"] + d["commit"]))}
    elif style == 3:
        obj = {"sha": hexs(40), "message": fill(pick(d["commit"])), "author": {"name": pick(REVIEWERS), "date": "2026-03-02"}}
    elif style == 4:
        obj = {"query": f"SELECT id FROM {svc} WHERE updated_at > now() - interval '1 day'", "response_ms": R.randint(2, 900), "rows": R.randint(0, 5000)}
    elif style == 5:
        obj = {"from": f"2026-0{R.randint(1, 4)}-01", "to": f"2026-0{R.randint(5, 9)}-01", "granularity": pick(["day", "hour"]), "metric": f"{svc}.latency"}
    elif style == 6:
        obj = {"user": pick(["deploy", "ci", "www-data"]), "role": pick(["admin", "reader", "maintainer"]), "system": pick(["linux", "darwin"]),
               "groups": [svc, "ops"]}
    elif style == 7:
        keys = ["errors.not_found", "auth.email_prompt", "auth.session_expired", "common.saved", "errors.generic", "dialog.delete_confirm"]
        ui = UI.get(lg, UI["en"])
        obj = {k: pick(ui) for k in R.sample(keys, R.randint(2, 4))}
    elif style == 8:
        obj = {"usage": {"prompt_tokens": R.randint(10, 4000), "completion_tokens": R.randint(5, 900)}, "model": pick(MODELS),
               "latency_ms": R.randint(100, 9000), "status": "ok"}
    elif style == 9:
        obj = {"steps": [{"name": "build", "input": "src/", "output": "dist/"}, {"name": "test", "run": pick(COMMANDS)}]}
    elif style == 10:
        obj = {"title": fill(pick(d["commit"])), "body": fill(pick(d["review"] + d["note"])), "state": pick(["open", "closed"]),
               "labels": [svc]}
    elif style == 11:
        obj = {"speaker": f"spk_{R.randint(0, 3)}", "start": round(R.uniform(0, 90), 2), "end": round(R.uniform(90, 200), 2), "confidence": 0.9}
    elif style == 12:
        obj = {"type": pick(["deployment", "incident", "alert"]), "text": fill(pick(d["note"])), "severity": pick(["low", "high"])}
    elif style == 13:
        obj = {"question_id": R.randint(1, 9999), "answer_count": R.randint(0, 9), "tags": [svc, "python"], "score": R.randint(-2, 40)}
    elif style == 14:
        obj = {"input": {"type": "kafka", "topic": f"{svc}.events"}, "output": {"type": "postgres", "table": f"{svc}_events"},
               "batch": R.randint(10, 1000)}
    else:
        obj = {"step": R.randint(1, 9), "description": fill(pick(d["steps"])), "owner": pick(REVIEWERS), "done": R.random() < 0.5}
    return wrapped(dumps(obj))


def jsonl_logs(lg: str) -> str:
    d = L[lg]
    rows = []
    for _ in range(R.choice([2, 3, 4])):
        rows.append({"t": f"10:{R.randint(10, 59)}:{R.randint(10, 59)}", "lvl": pick(["INFO", "WARN", "ERROR"]),
                     pick(["msg", "message", "text"]): fill(pick(d["note"] + UI.get(lg, UI["en"]))),
                     pick(["user", "actor", "from"]): pick(["deploy", "ci", "alice", "svc-" + pick(SERVICES)])})
    return pick(["\n", "\n", " "]).join(json.dumps(r, ensure_ascii=R.random() < 0.2) for r in rows)


CI = [
    "Run {cmd}", "##[group]Run {cmd}", "##[error]Process completed with exit code {n}.",
    "FAILED tests/test_{svc}.py::test_retry - AssertionError", "npm WARN deprecated {svc}-utils@1.{n}.0",
    "Step {n}/12 : RUN {cmd}", "error: could not compile `{svc}` due to {n} previous errors",
    "Fehler: Datei {f} nicht gefunden", "Erreur : le fichier {f} est introuvable", "错误：找不到文件 {f}",
    "警告: {svc} の依存関係が古くなっています", "Ошибка: не удалось подключиться к {svc}:5432",
    "Post job cleanup.", "::warning file={f},line={n}::unused import", "Cache restored from key: Linux-{svc}-{h}",
    "{n} passed, 1 skipped in 3.{n}s", "Tests: {n} passed, {n} total", "Uploading artifact {svc}-{v}.tar.gz",
]


def ci_log(lg: str) -> str:
    lines = [fill(pick(CI)).replace("{h}", hexs(40)) for _ in range(R.choice([1, 2, 3, 4, 5]))]
    if R.random() < 0.4:
        lines = [f"2026-03-0{R.randint(1, 9)}T1{R.randint(0, 9)}:{R.randint(10, 59)}:{R.randint(10, 59)}.{R.randint(1000000, 9999999)}Z {x}" for x in lines]
    return pick(["\n", "\n", " | "]).join(lines)


def agent_config(_: str) -> str:
    """Configuration of an agent or a model call (tool schemas, limits): names the parts, holds no turn."""
    svc = pick(SERVICES)
    style = R.randrange(4)
    obj: object
    if style == 0:
        obj = {"tools": [{"name": pick(["read_file", "search", "bash"]), "description": pick(["Read a file from the workspace", "Search the index", "Run a command"]),
                          "parameters": {"type": "object", "properties": {"path": {"type": "string"}}}}]}
    elif style == 1:
        obj = {"model": pick(MODELS), "temperature": round(R.uniform(0, 1), 1), "max_tokens": R.choice([256, 1024, 4096]),
               "system_prompt_file": f"prompts/{svc}.md", "retries": R.randint(1, 5)}
    elif style == 2:
        obj = {"agent": svc, "max_turns": R.randint(5, 50), "allowed_tools": ["bash", "edit"], "log_level": "info"}
    else:
        obj = {"eval": f"{svc}-qa", "cases": R.randint(50, 900), "metric": pick(["exact_match", "f1", "bleu"]), "score": round(R.uniform(0.4, 0.99), 3)}
    return dumps(obj)


TEAM_TODOS = [
    "Write up the postmortem for the {svc} outage and share it with the team.", "Draft the release notes for {v} before Friday.",
    "Summarise the outage timeline for Monday's incident review.", "Prepare a short update on {svc} for the weekly sync.",
    "Document the rollback steps in {f}.", "Send the migration plan to the DBA team for sign-off.",
    "Update the on-call handbook with the new escalation path.", "Write a short summary of the {svc} load test for the channel.",
    "Collect the error budget numbers for the quarterly review.", "Explain the new retry policy in the team wiki.",
    "Create a ticket for the flaky {svc} test and assign it to the owner.", "List the services still on {v} in the tracking sheet.",
    "Give the support team a heads-up before the {svc} maintenance window.", "Translate the runbook for the new team in Lisbon.",
]
"""Tasks an engineer writes for the team (a to-do, an action item): the imperative of a request
to a model, addressed to colleagues about the project's own things."""


def team_todo(_: str) -> str:
    text = fill(pick(TEAM_TODOS))
    return pick([text, f"TODO: {text}", f"- [ ] {text}", f"Action item ({pick(REVIEWERS)}): {text}", f"{pick(REVIEWERS)}: {text}"])


BENIGN: list[tuple[str, Callable[[str], str], int]] = [
    ("team_todo", team_todo, 90),
    ("runbook_steps", runbook, 380), ("readme_instruction", readme, 220), ("review_comment", review, 300),
    ("engineering_note", note, 300), ("commit_message", commit, 260), ("standup_line", standup, 260),
    ("json_config", json_config, 420), ("jsonl_logs", jsonl_logs, 160), ("ci_log", ci_log, 200),
    ("agent_config", agent_config, 60),
]
NEUTRAL = {"agent_config", "team_todo"}

SLOT_VALUES = sorted({*SERVICES, *FILES, *COMMANDS, *REVIEWERS, *MODELS, *ERRORS}, key=len, reverse=True)
PER_SHAPE = 3
"""How many lines may share one shape (slot values, digits and hex masked): a template filled
with twenty service names is one example, not twenty."""


def shape(text: str) -> str:
    for value in SLOT_VALUES:
        text = text.replace(value, "\x00")
    return re.sub(r"[0-9]+", "#", re.sub(r"\b[0-9a-f]{7,}\b", "#", text))


def main() -> None:
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    shapes: dict[str, int] = {}
    for label, table in (("prompt", PROMPTS), ("benign", BENIGN)):
        for category, make, count in table:
            made = tries = 0
            while made < count and tries < count * 30:
                tries += 1
                lg = "en" if category in NEUTRAL else lang()
                text = make(lg).strip()
                if not text or text in seen:
                    continue
                key = shape(text)
                if shapes.get(key, 0) >= PER_SHAPE:
                    continue
                shapes[key] = shapes.get(key, 0) + 1
                seen.add(text)
                made += 1
                rows.append({"text": text, "label": label, "category": category})
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
