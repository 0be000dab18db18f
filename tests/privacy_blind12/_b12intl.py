"""Text in languages other than English: credentials in prose, requests to a model, model answers,
transcripts and ordinary engineering notes. Written by the author; phrasing varies per language."""

from __future__ import annotations

import random

from _b12rand import pick

# {env} {sys} {pw}
SECRET_PROSE = {
    "de": ["Das Passwort für {sys} auf {env} ist {pw}, bitte nicht weitergeben.",
           "{env} {sys} Zugang: admin / {pw}",
           "Hab das Kennwort von {sys} ({env}) auf {pw} zurückgesetzt."],
    "fr": ["Le mot de passe de {sys} en {env} est {pw}, à changer après la démo.",
           "mdp {sys} {env} : {pw}",
           "J'ai réinitialisé le compte admin de {sys}, nouveau mot de passe {pw}."],
    "es": ["La contraseña de {sys} en {env} es {pw}.",
           "contraseña {env} {sys}: {pw} (temporal)",
           "Ojo: el usuario admin de {sys} quedó con la clave {pw}."],
    "pt": ["A senha do {sys} de {env} é {pw}, não compartilhe.",
           "senha {sys} {env} -> {pw}",
           "Resetei a senha do {sys} para {pw} até migrarmos pro cofre."],
    "it": ["La password di {sys} su {env} è {pw}.",
           "credenziali {sys} {env}: admin / {pw}"],
    "nl": ["Het wachtwoord van {sys} op {env} is {pw}.",
           "{sys} {env} ww: {pw}"],
    "pl": ["Hasło do {sys} na {env} to {pw}, nie wklejaj go na kanał.",
           "hasło {env} {sys}: {pw}"],
    "ru": ["Пароль от {sys} на {env}: {pw}, никому не давай.",
           "Сбросил пароль админа {sys} ({env}) на {pw}."],
    "uk": ["Пароль до {sys} на {env} — {pw}.",
           "логін admin, пароль {pw} ({sys}, {env})"],
    "tr": ["{env} ortamındaki {sys} şifresi {pw}, kimseyle paylaşma.",
           "{sys} {env} parola: {pw}"],
    "zh": ["{env} 环境 {sys} 的密码是 {pw}，别外传。",
           "{sys}（{env}）账号 admin 密码 {pw}"],
    "ja": ["{env} の {sys} のパスワードは {pw} です。共有しないでください。",
           "{sys} {env} パスワード: {pw}"],
    "ko": ["{env} {sys} 비밀번호는 {pw} 입니다.",
           "{sys} 관리자 계정 비번 {pw} ({env})"],
    "vi": ["Mật khẩu {sys} trên {env} là {pw}.",
           "tk admin {sys} {env}, mk: {pw}"],
    "id": ["Password {sys} di {env} adalah {pw}, jangan disebar.",
           "kata sandi {sys} {env}: {pw}"],
    "sv": ["Lösenordet till {sys} i {env} är {pw}."],
    "cs": ["Heslo k {sys} na {env} je {pw}."],
    "hi": ["{env} पर {sys} का पासवर्ड {pw} है, किसी को मत बताना।"],
    "ar": ["كلمة المرور لـ {sys} في {env} هي {pw}"],
}


def intl_secret_prose(r: random.Random, pw: str, env: str, sysn: str) -> str:
    lang = pick(r, sorted(SECRET_PROSE))
    return pick(r, SECRET_PROSE[lang]).format(env=env, sys=sysn, pw=pw)


# Requests to a model, in other languages. {x} is a topic slot.
REQUESTS = {
    "de": ["Du bist ein erfahrener Python-Entwickler. Erkläre mir bitte Schritt für Schritt, wie {x} funktioniert, und gib ein Beispiel.",
           "Schreib mir eine höfliche E-Mail an den Kunden, dass sich {x} um eine Woche verzögert. Maximal 120 Wörter.",
           "Kannst du diesen Code refaktorisieren und dabei {x} beachten? Antworte nur mit dem Code."],
    "fr": ["Tu es un assistant de revue de code. Explique-moi en termes simples {x} et propose un correctif.",
           "Rédige un résumé de trois phrases sur {x} pour le comité, ton neutre, sans jargon.",
           "Peux-tu me générer des tests unitaires pour {x} ? Réponds uniquement avec le code."],
    "es": ["Actúa como un ingeniero senior y explícame {x} como si tuviera cinco años.",
           "Escríbeme un correo corto para el equipo explicando {x}. Usa un tono amable.",
           "Dame tres alternativas para {x} y dime cuál recomiendas y por qué."],
    "pt": ["Você é um especialista em DevOps. Me explica {x} e me dá um exemplo de configuração.",
           "Reescreva este texto sobre {x} para ficar mais claro, em no máximo um parágrafo."],
    "it": ["Sei un tutor di programmazione. Spiegami {x} con un esempio pratico.",
           "Scrivi una descrizione per la PR che introduce {x}, in italiano, con elenco puntato."],
    "nl": ["Leg me in eenvoudige woorden uit hoe {x} werkt en geef een voorbeeld.",
           "Schrijf een korte release note over {x} voor klanten, vriendelijke toon."],
    "pl": ["Jesteś doświadczonym programistą Go. Wyjaśnij mi {x} i podaj przykład kodu.",
           "Napisz mi krótkie podsumowanie {x} dla zespołu, maksymalnie 5 punktów."],
    "ru": ["Ты опытный backend-разработчик. Объясни мне, как работает {x}, и приведи пример.",
           "Напиши, пожалуйста, письмо клиенту о том, что {x} откладывается. Вежливо и кратко.",
           "Перепиши этот код с учётом {x}. Отвечай только кодом."],
    "uk": ["Поясни мені простими словами {x} і дай приклад.",
           "Склади короткий план міграції для {x}, не більше семи кроків."],
    "tr": ["Deneyimli bir yazılımcı gibi davran ve bana {x} konusunu örnekle açıkla.",
           "{x} hakkında müşteriye kısa ve kibar bir e-posta yaz."],
    "zh": ["你是一名资深后端工程师。请一步一步地给我解释 {x}，并给出示例代码。",
           "帮我写一封邮件给客户，说明 {x} 会延期一周，语气礼貌，不超过150字。",
           "请把下面这段代码按照 {x} 重构，只返回代码。"],
    "ja": ["あなたは経験豊富なエンジニアです。{x} について初心者にもわかるように説明してください。",
           "{x} についてのリリースノートを丁寧な日本語で3行で書いてください。",
           "次のコードを {x} を考慮してリファクタリングしてください。コードだけ返してください。"],
    "ko": ["너는 시니어 개발자야. {x}에 대해 예제와 함께 설명해줘.",
           "{x} 관련해서 고객에게 보낼 정중한 이메일을 써 줘. 200자 이내로."],
    "vi": ["Bạn là một lập trình viên giàu kinh nghiệm. Hãy giải thích {x} và cho ví dụ.",
           "Viết giúp tôi một email ngắn gửi khách hàng về {x}."],
    "id": ["Kamu adalah asisten pemrograman. Tolong jelaskan {x} dengan contoh kode.",
           "Buatkan ringkasan singkat tentang {x} untuk tim, maksimal lima poin."],
    "sv": ["Förklara {x} för mig steg för steg och ge ett exempel."],
    "cs": ["Jsi zkušený vývojář. Vysvětli mi {x} a ukaž příklad."],
    "hi": ["तुम एक अनुभवी डेवलपर हो। मुझे {x} आसान शब्दों में समझाओ और एक उदाहरण दो।"],
    "ar": ["أنت مهندس برمجيات خبير. اشرح لي {x} خطوة بخطوة مع مثال."],
}
TOPICS = {
    "de": ["Datenbank-Indizes", "die Migration auf Postgres 16", "Retry mit exponentiellem Backoff", "async/await in Python"],
    "fr": ["les index de base de données", "la migration vers Kubernetes", "le verrouillage optimiste", "la fonction parse_date"],
    "es": ["los índices de base de datos", "la migración a Kubernetes", "el patrón circuit breaker", "la caché LRU"],
    "pt": ["o rate limiting no gateway", "a migração para o Terraform 1.9", "filas com RabbitMQ"],
    "it": ["le transazioni nel database", "il caching HTTP", "la migrazione a TypeScript"],
    "nl": ["database-indexen", "de nieuwe exportfunctie", "OAuth device flow"],
    "pl": ["goroutines i kanały", "migracja bazy danych", "limitowanie zapytań"],
    "ru": ["индексы в PostgreSQL", "миграция на Kubernetes", "экспоненциальная задержка при повторах", "контекст в Go"],
    "uk": ["черги повідомлень", "міграція бази даних", "кешування"],
    "tr": ["veritabanı indeksleri", "Docker ağ yapısı", "yeni dışa aktarma özelliği"],
    "zh": ["数据库索引", "迁移到 Kubernetes", "指数退避重试", "Python 的 asyncio"],
    "ja": ["データベースのインデックス", "Kubernetes への移行", "リトライの指数バックオフ", "型ヒント"],
    "ko": ["데이터베이스 인덱스", "쿠버네티스 마이그레이션", "재시도 로직"],
    "vi": ["chỉ mục cơ sở dữ liệu", "di chuyển sang Kubernetes", "bộ nhớ đệm"],
    "id": ["indeks database", "migrasi ke Kubernetes", "antrian pesan"],
    "sv": ["databasindex", "köhantering"],
    "cs": ["databázové indexy", "migrace na Kubernetes"],
    "hi": ["डेटाबेस इंडेक्स", "कैशिंग"],
    "ar": ["فهارس قواعد البيانات", "التخزين المؤقت"],
}


def intl_request(r: random.Random) -> str:
    lang = pick(r, sorted(REQUESTS))
    return pick(r, REQUESTS[lang]).format(x=pick(r, TOPICS[lang]))


ANSWERS = {
    "de": "Gute Frage! Kurz gesagt: {x} sorgt dafür, dass Abfragen schneller werden.\n\n1. Zuerst prüfst du den Ausführungsplan.\n2. Dann legst du den Index an.\n\nSoll ich dir noch ein vollständiges Beispiel zeigen?",
    "fr": "Bien sûr ! Voici une explication de {x} :\n\n- D'abord, on identifie le problème.\n- Ensuite, on applique le correctif.\n\nN'hésite pas si tu veux que je détaille une étape.",
    "es": "¡Claro! Te explico {x} paso a paso:\n\n1. Primero revisa la configuración.\n2. Después aplica el cambio.\n\n¿Quieres que te muestre un ejemplo completo?",
    "ru": "Конечно! Вот краткое объяснение: {x} нужен для того, чтобы ускорить работу.\n\n1. Сначала проверьте план запроса.\n2. Затем создайте индекс.\n\nЕсли хотите, могу привести полный пример.",
    "zh": "好的！下面我来解释一下{x}：\n\n1. 首先检查当前配置。\n2. 然后逐步应用修改。\n\n如果你需要，我可以再提供一个完整的示例。",
    "ja": "もちろんです！{x}について説明します。\n\n1. まず現在の設定を確認します。\n2. 次に変更を適用します。\n\n他にご質問があればお気軽にどうぞ。",
    "ko": "물론이죠! {x}에 대해 설명해 드릴게요.\n\n1. 먼저 설정을 확인하세요.\n2. 그다음 변경 사항을 적용하세요.\n\n더 궁금한 점이 있으면 말씀해 주세요.",
    "pt": "Claro! Vou explicar {x}:\n\n1. Primeiro, verifique a configuração.\n2. Depois, aplique a mudança.\n\nQuer que eu mostre um exemplo completo?",
    "it": "Certo! Ecco come funziona {x}:\n\n1. Prima controlla la configurazione.\n2. Poi applica la modifica.\n\nVuoi che ti mostri un esempio completo?",
    "pl": "Jasne! Oto wyjaśnienie: {x}\n\n1. Najpierw sprawdź konfigurację.\n2. Potem wprowadź zmianę.\n\nDaj znać, jeśli chcesz pełny przykład.",
    "tr": "Tabii ki! {x} konusunu açıklayayım:\n\n1. Önce yapılandırmayı kontrol et.\n2. Sonra değişikliği uygula.\n\nBaşka sorun olursa sormaktan çekinme.",
}
SPEAKERS = {
    "de": ("Nutzer", "Assistent"), "fr": ("Utilisateur", "Assistant"), "es": ("Usuario", "Asistente"),
    "ru": ("Пользователь", "Ассистент"), "zh": ("用户", "助手"), "ja": ("ユーザー", "アシスタント"),
    "ko": ("사용자", "어시스턴트"), "pt": ("Usuário", "Assistente"), "it": ("Utente", "Assistente"),
    "pl": ("Użytkownik", "Asystent"), "tr": ("Kullanıcı", "Asistan"),
}


def intl_answer(r: random.Random) -> str:
    lang = pick(r, sorted(ANSWERS))
    return ANSWERS[lang].format(x=pick(r, TOPICS[lang]))


def intl_transcript(r: random.Random) -> str:
    lang = pick(r, sorted(SPEAKERS))
    u, a = SPEAKERS[lang]
    req = pick(r, REQUESTS[lang]) if lang in REQUESTS else ""
    x = pick(r, TOPICS[lang])  # the answer is about what was asked
    q = req.format(x=x)
    ans = ANSWERS[lang].format(x=x).split("\n")[0]
    sep = pick(r, [": ", "： " if lang in ("zh", "ja") else ": ", " > "])
    if r.random() < 0.4:  # the whole answer, not just its first line
        ans = ANSWERS[lang].format(x=x)
    return f"{u}{sep}{q}\n{a}{sep}{ans}"


# Ordinary engineering notes; some mention passwords or tokens without holding one.
BENIGN = {
    "de": ["Tests laufen wieder grün, PR #{n} wartet auf Review.", "Morgen früh das Deployment auf Staging wiederholen.",
           "Das Passwort für die Staging-DB liegt jetzt im Vault unter secret/stg/db.", "Flaky Test in test_lock, ca. 1 von 20 Läufen.",
           "Token läuft am Freitag ab, Erneuerung beantragt (Ticket OPS-{n})."],
    "fr": ["Les tests passent, la PR #{n} attend une relecture.", "Relancer la migration demain matin sur la préprod.",
           "Le mot de passe est maintenant dans le coffre, plus dans le .env.", "Le build échoue sur ARM, à creuser."],
    "es": ["Tests en verde, PR #{n} pendiente de revisión.", "Mañana repetir el despliegue en staging.",
           "La contraseña ya no está en el repo, se lee de la variable de entorno.", "El test de bloqueo falla de vez en cuando."],
    "pt": ["Testes passando, PR #{n} aguardando revisão.", "Refazer o deploy amanhã cedo.",
           "Token do CI rotacionado, o novo está no cofre."],
    "it": ["Test verdi, la PR #{n} aspetta la review.", "Rifare il deploy su staging domani."],
    "nl": ["Tests zijn groen, PR #{n} wacht op review.", "Wachtwoord staat nu in de vault, niet meer in de repo."],
    "pl": ["Testy przechodzą, PR #{n} czeka na review.", "Jutro powtórzyć wdrożenie na staging."],
    "ru": ["Тесты зелёные, PR #{n} ждёт ревью.", "Завтра утром повторить деплой на стейдж.",
           "Пароль убрали из репозитория, теперь он в Vault.", "Тест блокировки иногда падает, примерно 1 из 20."],
    "uk": ["Тести зелені, PR #{n} чекає на рев'ю.", "Токен CI оновлено, новий лежить у сховищі."],
    "tr": ["Testler geçti, PR #{n} inceleme bekliyor.", "Yarın staging'e yeniden deploy et."],
    "zh": ["测试都通过了，PR #{n} 等待评审。", "明天早上重新部署到预发环境。", "数据库密码已经移到 Vault 里了，不在仓库中。",
           "锁相关的测试偶尔失败，大约二十次一次。"],
    "ja": ["テストは全部通りました。PR #{n} はレビュー待ちです。", "明日の朝、ステージングに再デプロイする。",
           "パスワードはもうリポジトリにはなく、Vault にあります。"],
    "ko": ["테스트 통과, PR #{n} 리뷰 대기 중.", "내일 아침에 스테이징 재배포.", "토큰은 이제 시크릿 매니저에서 읽어옴."],
    "vi": ["Test đã xanh, PR #{n} đang chờ review.", "Sáng mai deploy lại lên staging."],
    "id": ["Tes sudah hijau, PR #{n} menunggu review.", "Besok pagi deploy ulang ke staging."],
    "sv": ["Testerna är gröna, PR #{n} väntar på granskning."],
    "cs": ["Testy prošly, PR #{n} čeká na review."],
    "hi": ["टेस्ट पास हो गए, PR #{n} रिव्यू का इंतज़ार कर रहा है।"],
    "ar": ["الاختبارات ناجحة، وطلب الدمج #{n} بانتظار المراجعة."],
}


def intl_benign(r: random.Random) -> str:
    lang = pick(r, sorted(BENIGN))
    return pick(r, BENIGN[lang]).format(n=r.randint(10, 3000))
