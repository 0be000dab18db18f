"""Frames around a text: the agent's own lead-in and follow-up, in English or another language,
and sometimes long stretches of ordinary engineering prose. A frame never changes a line's label:
it only adds report-voice text around what the line already carries."""

INTRO = {
    "en": ["Context for the next session:", "Debugging the nightly eval failure; relevant excerpt below.",
           "Found this while cleaning up the repo:", "From the incident channel, for the record:",
           "Handoff note — where I stopped:", "Pasting what I was looking at before the break.",
           "Repro material for the ticket:", "This is the piece that changed between yesterday and today."],
    "zh": ["排查评测失败时记录的内容：", "下面是相关片段，供下次会话继续：", "整理仓库时发现的："],
    "ja": ["調査メモ：該当箇所は以下。", "次のセッション向けの引き継ぎ："],
    "ko": ["조사 메모: 관련 부분은 아래와 같습니다.", "다음 세션을 위한 인수인계:"],
    "de": ["Notiz zur Fehlersuche, relevanter Ausschnitt:", "Übergabe für die nächste Sitzung:"],
    "fr": ["Note de débogage, extrait concerné :", "Passation pour la prochaine session :"],
    "es": ["Nota de depuración, fragmento relevante:", "Traspaso para la próxima sesión:"],
    "pt": ["Nota de depuração, trecho relevante:", "Passagem de turno para a próxima sessão:"],
    "ru": ["Заметка по отладке, нужный фрагмент:", "Передача дел на следующую сессию:"],
    "hi": ["डीबग नोट, संबंधित अंश:"], "tr": ["Hata ayıklama notu, ilgili bölüm:"],
    "vi": ["Ghi chú gỡ lỗi, đoạn liên quan:"], "pl": ["Notatka z debugowania, istotny fragment:"],
    "ar": ["ملاحظة تصحيح، المقطع المعني:"], "it": ["Nota di debug, estratto rilevante:"],
}
OUTRO = {
    "en": ["Next: rerun the suite and compare with main.", "Will pick this up tomorrow.", "Ticket updated.",
           "Left the branch as is; nothing pushed."],
    "zh": ["明天继续看。", "下一步：重新跑评测并和主分支对比。"], "ja": ["明日続きを確認します。"],
    "ko": ["내일 이어서 확인하겠습니다."], "de": ["Morgen weiter.", "Nächster Schritt: Eval-Suite erneut laufen lassen."],
    "fr": ["Je reprends demain."], "es": ["Sigo mañana."], "pt": ["Continuo amanhã."], "ru": ["Продолжу завтра."],
    "hi": ["कल जारी रखूँगा।"], "tr": ["Yarın devam edeceğim."], "vi": ["Mai mình làm tiếp."],
    "pl": ["Kontynuuję jutro."], "ar": ["سأكمل غدًا."], "it": ["Continuo domani."],
}
PROSE = {
    "en": ["The eval harness runs every prompt version against the regression suite and records pass rate, latency and "
           "cost per model. A change is accepted only if it does not drop the pass rate by more than two points, and the "
           "report keeps aggregate numbers only: no per-case inputs or outputs are copied into it.",
           "The gateway sits between the app and the providers. It picks a model by route, retries on 429 and 5xx with "
           "jittered backoff, and falls back along a fixed chain. Request and response bodies are redacted in its logs; "
           "only token counts, latency, model name and status are kept.",
           "Retrieval uses hybrid search: BM25 over titles and a dense index over 512-token chunks with 64 tokens of "
           "overlap. The reranker trims the top 40 to 8 passages, and the answer step must cite passage ids.",
           "The guardrail layer runs before and after the model call. Before: topic allowlist, PII masking, a small "
           "jailbreak classifier. After: output length cap, citation check and a refusal detector that flags answers "
           "refusing a question the topic allowlist permits.",
           "Open items: pin the judge model version, add the Portuguese cases to the smoke suite, re-embed articles "
           "edited this week, and move the remaining provider settings from code into the router config."],
    "de": ["Die Eval-Pipeline vergleicht jede Prompt-Version mit dem Hauptzweig und speichert nur aggregierte Werte: "
           "Bestehensquote, Latenz und Kosten pro Modell. Einzelne Eingaben oder Antworten landen nicht im Bericht."],
    "zh": ["评测流水线会把每个提示词版本和主分支对比，只保存汇总数据：通过率、延迟和每个模型的成本。单条输入和模型输出不会写进报告。"
           "网关负责按路由选择模型，遇到 429 和 5xx 时带抖动重试，并按固定顺序回退。"],
    "ja": ["評価パイプラインはプロンプトの各バージョンを main と比較し、合格率・レイテンシ・モデルごとのコストといった集計値だけを保存します。"
           "個々の入力やモデルの出力はレポートに含めません。"],
    "fr": ["La passerelle choisit le modèle selon la route, réessaie sur les erreurs 429 et 5xx et bascule vers le modèle "
           "de secours. Les corps des requêtes et des réponses sont masqués dans les journaux."],
    "es": ["La búsqueda combina BM25 sobre títulos y un índice denso de fragmentos de 512 tokens; el reranker deja "
           "ocho pasajes y la respuesta debe citar sus identificadores."],
    "ru": ["Слой ограничений работает до и после вызова модели: белый список тем, маскирование персональных данных, "
           "классификатор попыток обхода, а после — ограничение длины и проверка ссылок на источники."],
}


def wrap(rng, text, share):
    """Frame `text` with probability `share`; half of the frames are not in English."""
    if rng.random() >= share:
        return text
    lang = rng.choice([k for k in INTRO if k != "en"]) if rng.random() < 0.35 else "en"
    parts = []
    if rng.random() < 0.85:
        parts.append(rng.choice(INTRO[lang]))
    if rng.random() < 0.3:
        plang = lang if lang in PROSE else "en"
        parts += rng.sample(PROSE[plang], min(len(PROSE[plang]), rng.randint(2, 4)))
    parts.append(text)
    if rng.random() < 0.5:
        parts.append(rng.choice(OUTRO[lang]))
    if rng.random() < 0.08:
        parts += rng.sample(PROSE["en"], 3)
    return "\n\n".join(parts)
