"""Requests to a model and model answers in many languages, with slots {f} (a file) and {t} (a topic).

Each request fixes the answer's shape or addresses the model by role, so a careful reader places it
as a prompt; each answer is in a chatbot's voice."""

from __future__ import annotations

import random

from _b13rand import FILES, pick

TOPICS = {
    "en": ["the retry logic", "the cache eviction", "the login flow", "the database pool"],
    "de": ["die Retry-Logik", "den Cache", "den Login-Ablauf", "den Verbindungspool"],
    "es": ["la lógica de reintentos", "la caché", "el flujo de inicio de sesión", "el pool de conexiones"],
    "fr": ["la logique de reprise", "le cache", "le flux de connexion", "le pool de connexions"],
    "pt": ["a lógica de retentativa", "o cache", "o fluxo de login", "o pool de conexões"],
    "it": ["la logica di retry", "la cache", "il flusso di login", "il pool di connessioni"],
    "nl": ["de retry-logica", "de cache", "de inlogflow", "de connectiepool"],
    "pl": ["logikę ponawiania", "pamięć podręczną", "proces logowania", "pulę połączeń"],
    "ru": ["логику повторов", "кэш", "процесс входа", "пул соединений"],
    "zh": ["重试逻辑", "缓存淘汰", "登录流程", "数据库连接池"],
    "ja": ["リトライ処理", "キャッシュ", "ログイン処理", "コネクションプール"],
    "ko": ["재시도 로직", "캐시", "로그인 흐름", "커넥션 풀"],
    "tr": ["yeniden deneme mantığını", "önbelleği", "giriş akışını", "bağlantı havuzunu"],
    "sv": ["omförsökslogiken", "cachen", "inloggningsflödet", "anslutningspoolen"],
}

REQUESTS = {
    "en": ["You are a senior reviewer. Read {f} and list every bug you find in {t}, one per line, no preamble.",
           "Explain {t} in {f} to me like I'm new to the codebase, then suggest a fix. Answer in under 150 words.",
           "Act as a security auditor and tell me whether {t} in {f} is safe. Reply only with YES or NO and one reason.",
           "Can you rewrite {f} so {t} uses exponential backoff? Show me the full file, nothing else."],
    "de": ["Du bist ein erfahrener Reviewer. Lies {f} und nenne mir alle Fehler in {t}, einen pro Zeile.",
           "Erkläre mir bitte {t} in {f} in einfachen Worten und schlage dann eine Korrektur vor.",
           "Schreib mir Unit-Tests für {t} in {f}. Antworte nur mit dem Code, ohne Erklärung."],
    "es": ["Eres un revisor experto. Lee {f} y dime todos los errores de {t}, uno por línea.",
           "Explícame {t} de {f} como si fuera nuevo en el proyecto y luego propón un arreglo.",
           "Reescribe {t} en {f} para que use backoff exponencial. Responde solo con el código."],
    "fr": ["Tu es un relecteur expérimenté. Lis {f} et donne-moi tous les bugs dans {t}, un par ligne.",
           "Explique-moi {t} dans {f} simplement, puis propose une correction. Réponds en moins de 100 mots.",
           "Peux-tu écrire des tests unitaires pour {t} dans {f} ? Réponds uniquement avec le code."],
    "pt": ["Você é um revisor sênior. Leia {f} e me diga todos os bugs em {t}, um por linha.",
           "Me explique {t} em {f} como se eu fosse novo no projeto e depois sugira uma correção.",
           "Reescreva {t} em {f} usando backoff exponencial. Responda apenas com o código."],
    "it": ["Sei un revisore esperto. Leggi {f} e dimmi tutti i bug in {t}, uno per riga.",
           "Spiegami {t} in {f} in parole semplici e poi proponi una correzione.",
           "Scrivimi dei test per {t} in {f}. Rispondi solo con il codice, senza spiegazioni."],
    "nl": ["Je bent een ervaren reviewer. Lees {f} en noem alle bugs in {t}, één per regel.",
           "Leg mij {t} in {f} uit alsof ik nieuw ben in het project en stel daarna een oplossing voor.",
           "Herschrijf {t} in {f} met exponentiële backoff. Antwoord alleen met de code."],
    "pl": ["Jesteś doświadczonym recenzentem. Przeczytaj {f} i wypisz wszystkie błędy w {t}, jeden na linię.",
           "Wyjaśnij mi {t} w {f} prostymi słowami, a potem zaproponuj poprawkę.",
           "Napisz mi testy jednostkowe dla {t} w {f}. Odpowiedz tylko kodem."],
    "ru": ["Ты опытный ревьюер. Прочитай {f} и перечисли все ошибки в {t}, по одной на строку.",
           "Объясни мне {t} в {f} простыми словами, а потом предложи исправление.",
           "Перепиши {t} в {f} с экспоненциальной задержкой. Ответь только кодом."],
    "zh": ["你是一名资深代码审查员。请阅读 {f}，列出{t}中的所有错误，每行一个。",
           "请用简单的话给我解释 {f} 里的{t}，然后给出修复建议。",
           "帮我给 {f} 里的{t}写单元测试，只回复代码，不要解释。"],
    "ja": ["あなたはベテランのレビュアーです。{f} を読んで、{t}のバグをすべて一行ずつ挙げてください。",
           "{f} の{t}を初心者にもわかるように説明して、そのあと修正案を出してください。",
           "{f} の{t}の単体テストを書いてください。コードだけで答えてください。"],
    "ko": ["너는 숙련된 코드 리뷰어야. {f}를 읽고 {t}의 버그를 한 줄에 하나씩 모두 알려줘.",
           "{f}의 {t}를 쉽게 설명해 주고 수정 방법을 제안해 줘.",
           "{f}의 {t}에 대한 단위 테스트를 작성해 줘. 코드만 답해 줘."],
    "tr": ["Sen deneyimli bir kod gözden geçiricisisin. {f} dosyasını oku ve {t} içindeki tüm hataları satır satır listele.",
           "{f} içindeki {t} bana basitçe açıkla, sonra bir düzeltme öner.",
           "{f} için {t} test eden birim testleri yaz. Sadece kodla cevap ver."],
    "sv": ["Du är en erfaren granskare. Läs {f} och lista alla buggar i {t}, en per rad.",
           "Förklara {t} i {f} för mig med enkla ord och föreslå sedan en lösning.",
           "Skriv enhetstester för {t} i {f}. Svara bara med koden."],
}

ANSWERS = {
    "en": ["Great question! The issue with {t} in {f} is that the timeout is never reset after a success. Here's a corrected version:",
           "Sure! I've reviewed {f}. In short, {t} retries forever because the counter is reset inside the loop. I'd suggest moving it out. Let me know if you'd like me to write the patch!",
           "I'm sorry, but I can't help with disabling {t} entirely. However, I can suggest a safer alternative if you'd like."],
    "de": ["Gute Frage! Das Problem mit {t} in {f} ist, dass der Zähler nie zurückgesetzt wird. Hier ist eine korrigierte Version:",
           "Gerne! Ich habe {f} durchgesehen. Kurz gesagt: {t} wiederholt endlos. Soll ich dir den Patch schreiben?"],
    "es": ["¡Buena pregunta! El problema con {t} en {f} es que el contador nunca se reinicia. Aquí tienes una versión corregida:",
           "¡Claro! He revisado {f}. En resumen, {t} reintenta para siempre. ¿Quieres que te escriba el parche?"],
    "fr": ["Bonne question ! Le problème avec {t} dans {f}, c'est que le compteur n'est jamais remis à zéro. Voici une version corrigée :",
           "Bien sûr ! J'ai relu {f}. En bref, {t} réessaie indéfiniment. Veux-tu que je t'écrive le correctif ?"],
    "pt": ["Ótima pergunta! O problema com {t} em {f} é que o contador nunca é zerado. Aqui está uma versão corrigida:",
           "Claro! Revisei {f}. Resumindo, {t} tenta de novo para sempre. Quer que eu escreva o patch para você?"],
    "it": ["Ottima domanda! Il problema con {t} in {f} è che il contatore non viene mai azzerato. Ecco una versione corretta:",
           "Certo! Ho esaminato {f}. In breve, {t} riprova all'infinito. Vuoi che ti scriva la patch?"],
    "nl": ["Goede vraag! Het probleem met {t} in {f} is dat de teller nooit wordt gereset. Hier is een verbeterde versie:"],
    "pl": ["Świetne pytanie! Problem z {t} w {f} polega na tym, że licznik nigdy nie jest zerowany. Oto poprawiona wersja:"],
    "ru": ["Отличный вопрос! Проблема с {t} в {f} в том, что счётчик никогда не сбрасывается. Вот исправленная версия:",
           "Конечно! Я посмотрел {f}. Если коротко, {t} повторяется бесконечно. Хочешь, я напишу патч?"],
    "zh": ["好问题！{f} 中{t}的问题在于计数器从未被重置。下面是修正后的版本：",
           "当然可以！我看了一下 {f}。简单来说，{t}会无限重试。需要我帮你写补丁吗？"],
    "ja": ["いい質問ですね！{f} の{t}の問題は、カウンターがリセットされないことです。修正版はこちらです：",
           "もちろんです！{f} を確認しました。要するに、{t}が無限に再試行しています。パッチを書きましょうか？"],
    "ko": ["좋은 질문이에요! {f}의 {t} 문제는 카운터가 초기화되지 않는다는 점입니다. 수정된 버전은 다음과 같습니다:"],
    "tr": ["Harika bir soru! {f} içindeki {t} ile ilgili sorun, sayacın hiç sıfırlanmamasıdır. İşte düzeltilmiş sürüm:"],
    "sv": ["Bra fråga! Problemet med {t} i {f} är att räknaren aldrig nollställs. Här är en rättad version:"],
}


def request(r: random.Random, lang: str | None = None) -> str:
    lang = lang or pick(r, list(REQUESTS))
    return pick(r, REQUESTS[lang]).format(f=pick(r, FILES), t=pick(r, TOPICS[lang]))


def answer(r: random.Random, lang: str | None = None) -> str:
    lang = lang or pick(r, list(ANSWERS))
    return pick(r, ANSWERS[lang]).format(f=pick(r, FILES), t=pick(r, TOPICS[lang]))


def en_request(r: random.Random) -> str:
    return request(r, "en") if r.random() < 0.5 else request(r)


def turn(r: random.Random) -> tuple[str, str]:
    """A request and an answer in the same language (a user writes to a model in one language)."""
    lang = pick(r, list(REQUESTS))
    return request(r, lang), answer(r, lang)


PLAIN = {
    "en": ["The lock in {f} is released only on the success path. When the handler raises, the file descriptor stays open, so the next run waits for the full timeout. Wrap the body in try/finally and release the lock there.",
           "{t} retries without a cap. Each failure schedules another attempt with the same delay, which is why the queue grows during an outage. Add a maximum of five attempts and double the delay each time."],
    "de": ["Die Sperre in {f} wird nur im Erfolgsfall freigegeben. Wenn der Handler eine Ausnahme wirft, bleibt sie bestehen, deshalb wartet der nächste Lauf bis zum Timeout. Gib sie in einem finally-Block frei."],
    "es": ["El bloqueo en {f} solo se libera cuando todo va bien. Si el handler lanza una excepción, queda tomado y la siguiente ejecución espera hasta el timeout. Libéralo en un bloque finally."],
    "fr": ["Le verrou dans {f} n'est libéré que si tout se passe bien. Si le handler lève une exception, il reste pris et l'exécution suivante attend le timeout. Libère-le dans un bloc finally."],
    "zh": ["{f} 中的锁只在成功路径上释放。处理函数抛出异常时锁不会释放，所以下一次运行会一直等到超时。把释放放进 finally 块里即可。"],
    "ja": ["{f} のロックは成功時にしか解放されません。ハンドラが例外を投げるとロックが残り、次の実行はタイムアウトまで待ちます。finally ブロックで解放してください。"],
}
LABELS = ["its full response was:", "model output (verbatim):", "the assistant replied:", "ChatGPT's answer, copied as is:",
          "Claude said, word for word:", "Gemini's reply:"]


def labelled_output(r: random.Random) -> str:
    """A model answer quoted verbatim under a label, with little chatbot boilerplate."""
    lang = pick(r, list(PLAIN))
    body = pick(r, PLAIN[lang]).format(f=pick(r, FILES), t=pick(r, TOPICS[lang]))
    return f"{pick(r, LABELS)} {body}"
