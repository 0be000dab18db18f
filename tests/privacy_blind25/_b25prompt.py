"""Prompt categories of privacy_blind25: words written to or by a language model, and chat between
colleagues, as non-English teams write and copy them.

Requests are composed from each bank's context, request and constraint sentences plus pasted
material; answers from each bank's answers plus the extra answers below; chats from each bank's
messages laid out in the shapes of the tools these teams use (Slack, WeChat, LINE, KakaoTalk,
Telegram, WhatsApp, issue trackers).
"""
from _b25kit import BANKS, BY, CMD, ERRS, PATH, SVC, bank, date_for, fill, flatten, hhmm, pick, some
from _b25rand import R

REWRITE = {
    "zh": ["把下面这段翻译成日语，语气正式一点：", "帮我润色一下这段话，让它更像产品文案："],
    "ja": ["次の文章を自然な英語に翻訳してください：", "以下をもう少しくだけた口調に書き直して："],
    "ko": ["아래 문장을 영어로 번역해 줘, 기술 용어는 그대로:", "이 공지문을 더 친근하게 바꿔 주세요:"],
    "ru": ["Переведи на английский, сохрани термины как есть:", "Перепиши этот текст проще, для клиентов:"],
    "uk": ["Переклади англійською, терміни не чіпай:", "Зроби цей текст дружнішим:"],
    "ar": ["ترجم النص التالي إلى الإنجليزية مع الحفاظ على المصطلحات التقنية:", "أعد صياغة هذا الإعلان بأسلوب أبسط:"],
    "fa": ["این متن را به انگلیسی ترجمه کن و اصطلاحات فنی را دست نزن:", "این اطلاعیه را ساده‌تر بازنویسی کن:"],
    "he": ["תתרגם לאנגלית, בלי לשנות מונחים טכניים:", "תנסח את ההודעה הזאת בצורה ידידותית יותר:"],
    "hi": ["इसे अंग्रेज़ी में translate कर दो, technical words वैसे ही रखना:", "इस notice को आसान हिंदी में लिखो:"],
    "th": ["ช่วยแปลข้อความนี้เป็นภาษาอังกฤษ คำเทคนิคไม่ต้องแปล:", "ช่วยเรียบเรียงประกาศนี้ให้อ่านง่ายขึ้น:"],
    "el": ["Μετάφρασε στα αγγλικά, κράτα τους τεχνικούς όρους:", "Ξαναγράψε το πιο φιλικά:"],
    "vi": ["Dịch đoạn này sang tiếng Anh, giữ nguyên thuật ngữ:", "Viết lại thông báo này cho dễ hiểu hơn:"],
    "id": ["Terjemahkan ke bahasa Inggris, istilah teknis biarkan:", "Tulis ulang pengumuman ini supaya lebih santai:"],
    "tr": ["Şunu İngilizceye çevir, teknik terimlere dokunma:", "Bu duyuruyu daha samimi yaz:"],
    "pl": ["Przetłumacz na angielski, terminów nie ruszaj:", "Przeredaguj to ogłoszenie prościej:"],
    "pt": ["Traduz pro inglês, mantendo os termos técnicos:", "Reescreve esse aviso de um jeito mais leve:"],
    "sw": ["Tafsiri kwa Kiingereza, acha maneno ya kiufundi kama yalivyo:", "Andika upya tangazo hili kwa lugha rahisi:"],
    "es": ["Tradúcelo al inglés sin tocar los términos técnicos:", "Reescribe este aviso con un tono más cercano:"],
}

CODE_ANS = [
    ("zh", "可以用 context 控制超时：\n\n```go\nctx, cancel := context.WithTimeout(ctx, 3*time.Second)\ndefer cancel()\n"
           "resp, err := client.Do(req.WithContext(ctx))\n```\n\n这样超过 3 秒会直接返回错误，不会一直挂着。"),
    ("zh", "建议在 Dockerfile 里分两阶段构建，第一阶段编译，第二阶段只拷贝二进制：\n\n```dockerfile\nFROM golang:1.22 AS build\n"
           "WORKDIR /src\nCOPY . .\nRUN go build -o /app ./cmd/server\n\nFROM gcr.io/distroless/base\nCOPY --from=build /app /app\n"
           "ENTRYPOINT [\"/app\"]\n```\n\n镜像大小一般能从 800MB 降到 30MB 左右。"),
    ("ja", "pandas なら groupby と agg で一発です。\n\n```python\ndf.groupby(\"store_id\").agg(total=(\"amount\", \"sum\"), "
           "n=(\"order_id\", \"nunique\"))\n```\n\n欠損値がある場合は先に fillna(0) しておくと安全です。"),
    ("ja", "cron の書き方は「分 時 日 月 曜日」の順です。毎朝9時（日本時間）に動かすなら、サーバが UTC の場合は次のようになります。\n\n"
           "```\n0 0 * * * /usr/local/bin/report.sh\n```"),
    ("ko", "이렇게 하시면 됩니다.\n\n```kotlin\n@Transactional(rollbackFor = [Exception::class])\nfun transfer(from: Long, to: Long, "
           "amount: Long) { ... }\n```\n\n체크 예외에서도 롤백되도록 rollbackFor 를 지정한 거예요."),
    ("ru", "Можно так:\n\n```sql\nCREATE INDEX CONCURRENTLY idx_orders_created ON orders (created_at);\n```\n\n"
           "CONCURRENTLY не блокирует запись, но выполняется дольше и не работает внутри транзакции."),
    ("ru", "Самый простой вариант — использовать tenacity:\n\n```python\n@retry(stop=stop_after_attempt(5), "
           "wait=wait_exponential(min=1, max=30))\ndef call_api(): ...\n```\n\nТак ретраи будут с экспоненциальной задержкой."),
    ("ar", "يمكنك استخدام الكود التالي:\n\n```js\nconst fmt = new Intl.NumberFormat('ar-SA', { style: 'currency', currency: 'SAR' });\n"
           "console.log(fmt.format(1234.5));\n```\n\nسيظهر المبلغ بالأرقام العربية مع رمز الريال."),
    ("hi", "आप ऐसे कर सकते हैं:\n\n```python\nfrom decimal import Decimal, ROUND_HALF_UP\namount = Decimal(\"199.995\").quantize"
           "(Decimal(\"0.01\"), rounding=ROUND_HALF_UP)\n```\n\nपैसों के हिसाब में float कभी इस्तेमाल मत कीजिए।"),
    ("tr", "Şöyle yapabilirsiniz:\n\n```csharp\nvar tr = new CultureInfo(\"tr-TR\");\nvar upper = input.ToUpper(tr);\n```\n\n"
           "Böylece 'i' harfi doğru şekilde 'İ' olur."),
    ("pt", "Dá pra fazer com um índice parcial:\n\n```sql\nCREATE INDEX ON pedidos (cliente_id) WHERE status = 'aberto';\n```\n\n"
           "Assim o índice fica pequeno e só cobre o que a consulta usa."),
    ("vi", "Bạn có thể dùng errgroup để chạy song song và dừng khi có lỗi:\n\n```go\ng, ctx := errgroup.WithContext(ctx)\nfor _, u := "
           "range urls { u := u; g.Go(func() error { return fetch(ctx, u) }) }\nreturn g.Wait()\n```"),
    ("id", "Bisa pakai middleware seperti ini:\n\n```php\npublic function handle($request, Closure $next) {\n    if "
           "(!$request->hasValidSignature()) abort(401);\n    return $next($request);\n}\n```\n\nJadi link yang sudah kedaluwarsa otomatis ditolak."),
    ("pl", "Najprościej tak:\n\n```bash\nfind /var/log/app -name '*.log' -mtime +14 -delete\n```\n\nDodaj to do crona raz dziennie i "
           "problem z dyskiem zniknie."),
    ("th", "ลองแบบนี้ครับ\n\n```js\nconst d = new Date();\nconsole.log(d.toLocaleDateString('th-TH', { dateStyle: 'long' }));\n```\n\n"
           "จะได้วันที่แบบพุทธศักราชอัตโนมัติ"),
    ("fa", "برای تبدیل اعداد به فارسی می‌توانید این تابع را استفاده کنید:\n\n```js\nconst fa = s => s.replace(/\\d/g, d => "
           "'۰۱۲۳۴۵۶۷۸۹'[d]);\n```"),
]

CODE_Q = [
    "Go 里 HTTP 请求怎么设置超时？现在偶尔会一直挂着。", "Go 服务的 Docker 镜像有 800MB，怎么瘦身？",
    "pandas で店舗ごとの売上合計と注文数を出したいです。", "毎朝9時（日本時間）にスクリプトを動かす cron の書き方を教えて。",
    "Kotlin 에서 체크 예외가 나도 트랜잭션이 롤백되게 하려면 어떻게 해요?", "Как создать индекс в Postgres, не блокируя запись в таблицу?",
    "Как в Python сделать ретраи с экспоненциальной задержкой?", "كيف أعرض المبالغ بالريال السعودي وبالأرقام العربية في JavaScript؟",
    "Python में पैसों की rounding सही तरीके से कैसे करें?", "C#'ta 'i' harfini Türkçeye uygun şekilde büyük harfe nasıl çeviririm?",
    "Como acelerar uma consulta que só filtra pedidos abertos?", "Làm sao gọi nhiều URL song song trong Go và dừng ngay khi có lỗi?",
    "Gimana cara nolak signed URL Laravel yang sudah kedaluwarsa?", "Jak automatycznie kasować logi starsze niż 14 dni?",
    "แสดงวันที่เป็นภาษาไทยแบบ พ.ศ. ใน JavaScript ยังไงครับ", "چطور اعداد انگلیسی را در جاوااسکریپت به فارسی تبدیل کنم؟",
]


def _add_code_pairs() -> None:
    """Each answer with code joins its language's bank with the request it answers."""
    for (code, a), q in zip(CODE_ANS, CODE_Q, strict=True):
        b = BY[code]
        b["ask"] = [*b["ask"], q]
        b["pairs"] = [*b["pairs"], (q, a)]


_add_code_pairs()

REVIEW = {
    "zh": ["🤖 AI 评审：第 42 行的错误被吞掉了，建议至少打一条日志；另外 retry 次数写死成 3，建议改成配置项。",
           "自动评审意见：整体没问题。小建议：`parseConfig` 里的 panic 换成返回 error 会更友好。"],
    "ja": ["🤖 AIレビュー：`calcTotal` で浮動小数点を使っているため、金額計算に誤差が出る可能性があります。Decimal の使用をご検討ください。"],
    "ko": ["🤖 AI 리뷰: 이 PR 은 전반적으로 좋습니다. 다만 `UserService` 에서 트랜잭션 범위가 너무 넓어 보여요. 외부 API 호출은 트랜잭션 밖으로 빼는 걸 추천드립니다."],
    "ru": ["🤖 Ревью от ИИ: в `handler.go` ошибка от `db.Exec` игнорируется. Предлагаю вернуть её наверх и добавить тест на этот случай."],
    "pt": ["🤖 Revisão automática: a função `validarCpf` aceita strings com letras. Sugiro remover tudo que não é dígito antes de validar."],
    "tr": ["🤖 Yapay zekâ incelemesi: `OrderController` içinde aynı sorgu döngüde tekrar tekrar çalışıyor (N+1). Include ile tek sorguya indirmeyi öneririm."],
    "id": ["🤖 Review AI: query di `laporan_harian` tidak memakai index karena ada fungsi DATE() di kolom. Saran saya ubah jadi rentang waktu."],
    "es": ["🤖 Revisión IA: en `pagos.ts` el webhook no verifica la firma antes de procesar. Recomiendo validarla primero y devolver 401 si falla."],
    "ar": ["🤖 مراجعة آلية: الدالة `send_sms` لا تتعامل مع انتهاء المهلة، أقترح إضافة timeout وإعادة المحاولة مرة واحدة."],
    "hi": ["🤖 AI review: `refund()` में amount को float में रखा है, rounding की गड़बड़ हो सकती है। Decimal इस्तेमाल करने का सुझाव है।"],
    "vi": ["🤖 AI review: hàm `tinhPhi` đang làm tròn sai khi số tiền lẻ .5; nên dùng ROUND_HALF_UP và thêm test cho trường hợp này."],
    "pl": ["🤖 Recenzja AI: w `FakturaService` wyjątek jest łapany i ignorowany. Proponuję przynajmniej zalogować błąd."],
}

QUOTE_MODEL = {"zh": "模型的回答：", "ja": "モデルの回答：", "ko": "모델 답변:", "ru": "Ответ модели:", "uk": "Відповідь моделі:",
               "ar": "رد النموذج:", "fa": "پاسخ مدل:", "he": "תשובת המודל:", "hi": "model का जवाब:", "th": "คำตอบของโมเดล:",
               "el": "Απάντηση μοντέλου:", "vi": "Model trả lời:", "id": "Jawaban model:", "tr": "Modelin cevabı:",
               "pl": "Odpowiedź modelu:", "pt": "Resposta do modelo:", "sw": "Jibu la modeli:", "es": "Respuesta del modelo:"}
QUOTE_ASK = {"zh": "我问的是：", "ja": "聞いた内容：", "ko": "질문:", "ru": "Спросил:", "uk": "Запит:", "ar": "سؤالي كان:",
             "fa": "سؤالم:", "he": "שאלתי:", "hi": "मैंने पूछा:", "th": "ถามไปว่า:", "el": "Ρώτησα:", "vi": "Mình hỏi:",
             "id": "Saya tanya:", "tr": "Sorduğum:", "pl": "Zapytałem:", "pt": "Perguntei:", "sw": "Niliuliza:", "es": "Le pregunté:"}


def _lang_ans(b: dict) -> str:
    pool = list(b["ans"]) + [a for c, a in CODE_ANS if c == b["code"]]
    return pick(pool)


def _qa(b: dict) -> tuple[str, str]:
    """A request and the model's answer to it (a matched pair when the bank has one)."""
    if b["pairs"] and R.random() < 0.75:
        q, a = pick(b["pairs"])
        return fill(q, b), a
    return fill(pick(b["ask"]), b), _lang_ans(b)


def request() -> str:
    b = bank()
    parts = []
    if R.random() < 0.8:
        parts.append(pick(b["pre"]))
    if R.random() < 0.55:
        parts.append(fill(pick(b["note"]), b))
    parts.append(fill(pick(b["ask"]), b))
    if R.random() < 0.55:
        parts.append(pick([f"```\n{pick(ERRS)}\n  at {pick(PATH)}:{R.randint(10, 400)}\n```", f"`{pick(CMD)}`",
                           f"```sql\nSELECT * FROM orders WHERE DATE(created_at) = '2026-12-0{R.randint(1, 4)}';\n```"]))
    if R.random() < 0.6:
        parts.append(pick(b["post"]))
    return pick(["\n", " ", " ", " ", "\n\n"]).join(parts)


def answer() -> str:
    b = bank()
    a = _lang_ans(b)
    if R.random() < 0.45:
        other = [x for x in b["ans"] if x != a]
        if other:
            a = a + "\n\n" + pick(other)
    return a


SYS_ADD = {
    "format": ["Output format (JSON): {\"category\": string, \"urgency\": 1-5}", "Respond in Markdown. Max 5 bullet points.",
               "Return only the SQL, no explanation.", "#OUTPUT\n- summary\n- next_steps"],
}


def system_prompt() -> str:
    b = bank()
    s = pick(b["sys"])
    k = R.random()
    if k < 0.2:
        return s
    extra = []
    if R.random() < 0.6:
        extra.append(pick(SYS_ADD["format"]))
    if R.random() < 0.5:
        extra.append(pick(b["post"]))
    if R.random() < 0.4:
        q, a = _qa(b)
        extra.append(f"{b['user']}: {q}\n{b['bot']}: {a}")
    head = pick(["SYSTEM:", "# system prompt", f"prompts/{b['code']}/{pick(SVC)}.txt", "<system>", "system_prompt: |"])
    body = s + "\n\n" + "\n\n".join(extra) if extra else s
    if head == "<system>":
        return f"<system>\n{body}\n</system>"
    if head == "system_prompt: |":
        return head + "\n" + "\n".join("  " + ln for ln in body.split("\n"))
    return head + "\n" + body


def transcript() -> str:
    b = bank()
    turns = R.randint(1, 4)
    u, a = pick([(b["user"], b["bot"]), ("User", "Assistant"), ("Q", "A"), ("👤", "🤖"), (">>>", "<<<")])
    out = []
    for _ in range(turns):
        q, ans = _qa(b)
        out.append(f"{u}: {q}")
        out.append(f"{a}: {ans}")
    if R.random() < 0.3:
        out.insert(0, f"{b['sys'][0]}")
    r = R.random()
    return "\n\n".join(out) if r < 0.45 else "\n".join(out) if r < 0.75 else " ".join(flatten(x) for x in out)


def _chat_msgs(b: dict, n: int) -> list[tuple[str, str]]:
    """n of the bank's messages in the order they were written (a conversation), by 2-3 people."""
    names = some(b["names"], R.randint(2, 3))
    idx = sorted(R.sample(range(len(b["chat"])), min(n, len(b["chat"]))))
    svc = pick(SVC)
    return [(names[i % len(names)], fill(b["chat"][j], b, svc=svc)) for i, j in enumerate(idx)]


def _times(n: int) -> list[str]:
    start = R.randint(8 * 60, 20 * 60)
    out = []
    for _ in range(n):
        out.append(f"{start // 60:02d}:{start % 60:02d}")
        start += R.randint(0, 9)
    return out


def chat_slack() -> str:
    b = bank()
    msgs = _chat_msgs(b, R.randint(3, 7))
    ts = _times(len(msgs))
    shape = R.randint(0, 2)
    if shape == 0:
        return "\n".join(f"{n}  {t}\n{m}" for (n, m), t in zip(msgs, ts, strict=True))
    if shape == 1:
        return "\n".join(f"[{t}] {n}: {m}" for (n, m), t in zip(msgs, ts, strict=True))
    return "\n".join(f"**{n}** — {m}" for n, m in msgs) + f"\n_{pick(['#dev', '#ops-' + b['code'], '#release', '#backend'])}_"


def chat_messenger() -> str:
    code = pick([x["code"] for x in BANKS])
    b = BY[code]
    msgs = _chat_msgs(b, R.randint(3, 6))
    ts = _times(len(msgs))
    d = date_for(b)
    z = list(zip(msgs, ts, strict=True))
    if code == "ko":
        return "\n".join(f"{d} 오후 {int(t[:2]) % 12 or 12}:{t[3:]}, {n} : {m}" for (n, m), t in z)
    if code == "ja":
        return f"[LINE] {pick(['開発チーム', 'インフラ連絡用'])}とのトーク履歴\n{d}\n" + "\n".join(f"{t}\t{n}\t{m}" for (n, m), t in z)
    if code == "zh":
        return "\n".join(f"{n} {t}\n{m}" for (n, m), t in z) if R.random() < 0.5 else \
            f"微信群「{pick(['后端小分队', '支付项目组', '运维值班群'])}」聊天记录\n" + "\n".join(f"{n}：{m}" for (n, m), _t in z)
    if code in ("ru", "uk", "fa"):
        return "\n".join(f"[{d} {t}] {n}: {m}" for (n, m), t in z)
    return "\n".join(f"[{d}, {t}] {n}: {m}" for (n, m), t in z)


ISSUE_VERB = {"zh": "评论于", "ja": "がコメント", "ko": "님이 댓글", "ru": "прокомментировал(а)", "pt": "comentou", "es": "comentó",
              "tr": "yorum yaptı", "pl": "skomentował(a)", "id": "berkomentar", "vi": "đã bình luận"}


def issue_thread() -> str:
    code = pick(list(ISSUE_VERB))
    b = BY[code]
    msgs = _chat_msgs(b, R.randint(2, 4))
    head = f"{pick(['#', '!'])}{R.randint(100, 9999)} {fill(pick(b['err']), b)}"
    return head + "\n\n" + "\n\n".join(f"{n} {ISSUE_VERB[code]} · {date_for(b)}\n> {m}" for n, m in msgs)


def agent_log() -> str:
    b = bank()
    ask, ans = _qa(b)
    k = R.random()
    sep = pick(["\n", " — ", " "])
    sep2 = " " if sep == " — " else sep
    if k < 0.35:
        return f"{QUOTE_ASK[b['code']]} {ask}{sep}{QUOTE_MODEL[b['code']]} {flatten(ans) if R.random() < 0.5 else ans}"
    if k < 0.65:
        return (f"{hhmm()} llm.request model={pick(['qwen-max', 'gpt-4o', 'claude-sonnet', 'yandexgpt', 'hyperclova-x', 'deepseek-chat'])} "
                f"prompt=\"{ask}\"{sep2}{hhmm()} llm.response tokens={R.randint(80, 900)} text=\"{flatten(ans)}\"")
    return fill(pick(b["note"]), b) + "\n" + f"{QUOTE_MODEL[b['code']]}\n" + "\n".join("> " + ln for ln in ans.split("\n"))


GLUE = {"ko": "{cmd} 돌리면 이렇게 나와요", "ja": "{cmd} を実行するとこうなります", "zh": "{cmd} 跑出来是这样",
        "ru": "после {cmd} вот что", "uk": "після {cmd} ось що", "vi": "{cmd} chạy ra thế này", "tr": "{cmd} çalıştırınca şu çıkıyor",
        "pt": "rodando {cmd} dá isso", "hi": "{cmd} चलाने पर ये आता है", "ar": "عند تشغيل {cmd} يظهر هذا", "fa": "با اجرای {cmd} این را می‌گیرم",
        "he": "כשאני מריץ {cmd} יוצא לי", "th": "รัน {cmd} แล้วขึ้นแบบนี้", "el": "τρέχοντας {cmd} βγαίνει αυτό", "id": "pas jalanin {cmd} keluarnya gini",
        "pl": "po {cmd} wychodzi coś takiego", "sw": "nikiendesha {cmd} inatoa hivi", "es": "al correr {cmd} sale esto"}


def codeswitch() -> str:
    b = bank()
    ask = fill(pick(b["ask"]), b)
    glue = GLUE[b["code"]].replace("{cmd}", f"`{pick(CMD)}`")
    log = f"```\n{pick(ERRS)}\n{pick(ERRS)}\n```"
    pre = pick(b["pre"]) + " " if R.random() < 0.8 else ""
    post = " " + pick(b["post"]) if R.random() < 0.5 else ""
    return pick([f"{pre}{ask}\n{glue}:\n{log}{post}", f"{glue}\n{log}\n{pre}{ask}",
                 f"@assistant {pre}{ask} ({pick(SVC)}, {pick(PATH)}){post}", f"{pre}{ask} {glue}: {pick(ERRS)}; {pick(ERRS)}{post}"])


def rewrite() -> str:
    b = bank()
    translate = R.random() < 0.5
    src_b = bank() if translate else b
    src = " ".join(fill(x, src_b) for x in some(src_b["note"] + [src_b["dec"]] + src_b["next"], R.randint(1, 3)))
    ins = REWRITE[b["code"]][0 if translate else 1]
    return f"{ins}\n\n{src}" if R.random() < 0.7 else f"{ins} «{src}»"


def answer_code() -> str:
    i = R.randrange(len(CODE_ANS))
    code, a = CODE_ANS[i]
    q = CODE_Q[i]
    b = BY[code]
    k = R.random()
    if k < 0.25:
        return a
    if k < 0.45:
        return f"{b['bot']}: {a}"
    if k < 0.7:
        return f"{b['user']}: {q}\n{b['bot']}: {a}"
    if k < 0.85:
        return f"{QUOTE_ASK[code]} {q}\n{QUOTE_MODEL[code]}\n{a}"
    return f"{hhmm()} {QUOTE_MODEL[code]} {flatten(a)}"


SUGGEST = ["```suggestion\n    logger.exception(\"failed\", exc_info=err)\n```",
           "```suggestion\namount = Decimal(raw).quantize(Decimal(\"0.01\"))\n```",
           "```suggestion\nif err != nil {\n    return fmt.Errorf(\"exec: %w\", err)\n}\n```",
           "```suggestion\nconst sig = req.headers['x-signature'];\nif (!verify(sig, rawBody)) return res.status(401).end();\n```"]


def review_bot() -> str:
    code = pick(list(REVIEW))
    r = pick(REVIEW[code])
    k = R.random()
    if k < 0.15:
        return r
    if k < 0.35:
        return f"{pick(PATH)} L{R.randint(10, 300)}\n{r}"
    if k < 0.6:
        return f"**{pick(['ai-reviewer', 'review-bot', 'codereview-gpt'])}** · {pick(PATH)} L{R.randint(10, 300)}\n{r}\n\n{pick(SUGGEST)}"
    fix = pick(SUGGEST)
    return f"{r}\n\n{fix}" if R.random() < 0.6 else f"**{pick(['ai-reviewer', 'review-bot', 'codereview-gpt'])}** · {pick(PATH)}\n{r}"


TPL_LEAD = {"zh": "你将收到一张客服工单。", "ja": "以下は問い合わせ内容です。", "ko": "다음은 고객 문의입니다.", "ru": "Ниже обращение клиента.",
            "pt": "Abaixo está um chamado de cliente.", "id": "Berikut tiket dari pelanggan.", "tr": "Aşağıda bir müşteri talebi var.",
            "vi": "Dưới đây là một ticket của khách hàng.", "ar": "فيما يلي تذكرة من عميل.", "hi": "नीचे एक ग्राहक का ticket है।",
            "es": "A continuación tienes un ticket de un cliente.", "pl": "Poniżej zgłoszenie klienta."}
TPL_TASK = {"zh": "请判断类别（物流/支付/账户/其他），只输出类别。", "ja": "カテゴリ（配送・支払い・アカウント・その他）を一つだけ答えてください。",
            "ko": "카테고리(배송/결제/계정/기타) 중 하나만 답하세요.", "ru": "Определи категорию (доставка/оплата/аккаунт/другое), выведи только её.",
            "pt": "Classifique em (entrega/pagamento/conta/outros) e responda só a categoria.", "id": "Tentukan kategorinya (pengiriman/pembayaran/akun/lainnya), jawab kategorinya saja.",
            "tr": "Kategoriyi (kargo/ödeme/hesap/diğer) belirle, sadece kategoriyi yaz.", "vi": "Phân loại (giao hàng/thanh toán/tài khoản/khác), chỉ trả lời tên nhóm.",
            "ar": "حدّد الفئة (الشحن/الدفع/الحساب/أخرى) وأجب بالفئة فقط.", "hi": "category बताइए (delivery/payment/account/other), सिर्फ़ category लिखिए।",
            "es": "Clasifícalo (envío/pago/cuenta/otros) y responde solo la categoría.", "pl": "Określ kategorię (dostawa/płatność/konto/inne), podaj tylko ją."}


CUSTOMER = {  # (a customer's message, index of its category in TPL_TASK's list)
    "zh": [("快递显示已签收但我没收到", 0), ("付款扣了两次钱", 1), ("手机号换了登录不上", 2), ("你们周末营业吗", 3)],
    "ja": [("荷物がまだ届きません", 0), ("二重に請求されています", 1), ("パスワードを忘れてログインできません", 2), ("領収書は発行できますか", 3)],
    "ko": [("배송이 일주일째 안 와요", 0), ("결제가 두 번 됐어요", 1), ("로그인이 안 됩니다", 2), ("매장 위치 알려주세요", 3)],
    "ru": [("Посылка застряла на складе", 0), ("Деньги списали дважды", 1), ("Не приходит код для входа", 2), ("Вы работаете в праздники?", 3)],
    "pt": [("Meu pedido não chegou ainda", 0), ("O Pix foi cobrado duas vezes", 1), ("Não consigo entrar na conta", 2), ("Vocês têm loja física?", 3)],
    "id": [("Paket saya belum sampai", 0), ("Saldo terpotong dua kali", 1), ("Tidak bisa login", 2), ("Buka jam berapa ya?", 3)],
    "tr": [("Kargom hâlâ gelmedi", 0), ("Kartımdan iki kez çekildi", 1), ("Hesabıma giremiyorum", 2), ("Fatura alabilir miyim?", 3)],
    "vi": [("Đơn hàng của tôi chưa giao", 0), ("Bị trừ tiền hai lần", 1), ("Không đăng nhập được", 2), ("Cửa hàng mở cửa mấy giờ?", 3)],
    "ar": [("لم تصلني الشحنة حتى الآن", 0), ("تم خصم المبلغ مرتين", 1), ("لا أستطيع تسجيل الدخول", 2), ("هل لديكم فرع في جدة؟", 3)],
    "hi": [("मेरा order अभी तक नहीं आया", 0), ("पैसे दो बार कट गए", 1), ("login नहीं हो रहा", 2), ("आपका store कहाँ है?", 3)],
    "es": [("Mi pedido no ha llegado", 0), ("Me cobraron dos veces", 1), ("No puedo entrar a mi cuenta", 2), ("¿Tienen tienda física?", 3)],
    "pl": [("Paczka nie dotarła", 0), ("Pobrano płatność dwa razy", 1), ("Nie mogę się zalogować", 2), ("Czy macie sklep stacjonarny?", 3)],
}


def fewshot() -> str:
    code = pick(list(TPL_LEAD))
    b = BY[code]
    cats = TPL_TASK[code].split("(")[-1].split("（")[-1].split(")")[0].split("）")[0].replace("・", "/").split("/")
    ex = []
    for msg, cat in some(CUSTOMER[code], R.randint(1, 3)):
        ex.append(f"{b['user']}: {msg}\n→ {cats[cat].strip()}")
    return (f"{TPL_LEAD[code]}\n{TPL_TASK[code]}\n\n" + "\n\n".join(ex) +
            f"\n\n{b['user']}: {pick(['{{ticket_text}}', '{ticket}', '${input}', '<<TICKET>>'])}\n→")


def flattened_chat() -> str:
    b = bank()
    k = R.random()
    if k < 0.4:
        msgs = _chat_msgs(b, R.randint(2, 4))
        return flatten("\n".join(f"{n}: {m}" for n, m in msgs))
    if k < 0.8:
        q, a = _qa(b)
        ask = q.replace('"', '\\"')
        ans = flatten(a).replace('"', '\\"')
        return ('{"messages":[{"role":"user","content":"' + ask + '"},{"role":"assistant","content":"' + ans + '"}]}')
    return flatten(transcript())


def long_session() -> str:
    """A long transcript (over 2,000 characters): several requests and answers in one language."""
    b = pick([x for x in BANKS if len(x["pairs"]) >= 3])
    out = [pick(b["sys"])]
    for q, a in some(b["pairs"], len(b["pairs"])):
        out.append(f"{b['user']}: {fill(q, b)}")
        out.append(f"{b['bot']}: {a}")
    for q in some(b["ask"], R.randint(1, 3)):
        out.append(f"{b['user']}: {fill(q, b)}")
        out.append(f"{b['bot']}: {_lang_ans(b)}")
    return "\n\n".join(out)


def transcript_any() -> str:
    return long_session() if R.random() < 0.3 else transcript()


def note_with_chat() -> str:
    """An agent's note that copies colleagues' messages verbatim."""
    b = bank()
    msgs = _chat_msgs(b, R.randint(2, 4))
    head = "\n".join(fill(x, b) for x in some(b["note"], R.randint(1, 2)))
    quoted = "\n".join(f"> {n}: {m}" for n, m in msgs)
    one = " / ".join(f"{n}: {m}" for n, m in msgs)
    return pick([f"{head}\n\n{quoted}", f"{quoted}\n\n{head}", f"{head} — chat: {one}", f"{head.replace(chr(10), ' ')} ({one})"])


PROMPT = {
    "pr_request_to_model": request,
    "pr_model_answer": answer,
    "pr_system_prompt_product": system_prompt,
    "pr_transcript_turns": transcript_any,
    "pr_chat_team_channel": chat_slack,
    "pr_chat_messenger_export": chat_messenger,
    "pr_issue_comment_thread": issue_thread,
    "pr_agent_log_prompt_reply": agent_log,
    "pr_codeswitch_request": codeswitch,
    "pr_rewrite_translate_request": rewrite,
    "pr_answer_with_code": answer_code,
    "pr_review_bot_reply": review_bot,
    "pr_fewshot_template": fewshot,
    "pr_flattened_chat_json": flattened_chat,
    "pr_note_with_pasted_chat": note_with_chat,
}

