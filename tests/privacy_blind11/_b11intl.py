"""Other-language text of blind11: requests, answers, transcripts and dataset records (prompt),
passwords in prose (secret), and engineering notes that hold no secret (benign)."""
import json

import _b11vendors as V
from _b11rand import ENVS, FILES, HOSTS, PEOPLE, SERVICES, USERS, log_prefix, password, ts

REQ = {
    "de": ["Schreib mir ein Bash-Skript, das alle Logdateien älter als 30 Tage löscht",
           "Erklär mir kurz, warum mein Docker-Container sofort wieder beendet wird",
           "Fasse diesen Artikel in drei Sätzen zusammen, für den Newsletter",
           "Formuliere diese E-Mail höflicher, der Kunde ist ohnehin schon verärgert",
           "Welche Indizes brauche ich für diese Abfrage? Hier ist der Plan",
           "Übersetze die Fehlermeldung ins Deutsche und erkläre, was sie bedeutet"],
    "fr": ["Écris une fonction Python qui vérifie si une chaîne est un palindrome",
           "Explique-moi la différence entre un processus et un thread, simplement",
           "Résume ce compte rendu de réunion en cinq points",
           "Corrige les fautes dans mon mail sans changer le ton",
           "Propose trois noms pour notre nouvel outil de monitoring",
           "Pourquoi ma requête SQL est-elle si lente ? Voici le schéma"],
    "es": ["Escribe una consulta SQL que devuelva los diez clientes con más pedidos",
           "Explícame qué es un deadlock con un ejemplo de la vida real",
           "Resume este hilo de Slack para alguien que no estuvo",
           "Reescribe este párrafo para que suene más profesional",
           "Genera datos de prueba para una tabla de usuarios en formato JSON",
           "¿Por qué mi script de Node se queda colgado al final? Te paso el código"],
    "pt": ["Escreva um teste unitário para a função calcular_frete",
           "Me explica como funciona o garbage collector do Java, sem enrolação",
           "Resuma esse relatório de incidente em tópicos para a diretoria",
           "Traduza este texto para o inglês mantendo o tom informal",
           "Crie um plano de estudos de Kubernetes para quatro semanas"],
    "it": ["Scrivimi una regex che riconosca un codice fiscale italiano",
           "Spiegami perché il mio modello di regressione ha un R² così basso",
           "Riassumi questa discussione in un paragrafo",
           "Riscrivi la descrizione del prodotto in modo più accattivante",
           "Dammi tre idee per il titolo del mio talk sulla osservabilità"],
    "nl": ["Schrijf een korte uitleg over OAuth voor nieuwe collega's",
           "Waarom faalt mijn GitHub Actions workflow alleen op de main branch?",
           "Vat deze notulen samen in actiepunten met eigenaren",
           "Herschrijf deze foutmelding zodat een klant hem begrijpt"],
    "pl": ["Napisz funkcję w Go, która równolegle pobiera listę adresów URL",
           "Wyjaśnij mi, czym różni się rebase od merge, na przykładzie",
           "Streść ten artykuł w pięciu punktach",
           "Popraw gramatykę w moim CV, nie zmieniaj treści"],
    "ru": ["Напиши скрипт на Python, который переименует все файлы в папке по дате",
           "Объясни простыми словами, что такое индекс в базе данных",
           "Сделай краткое резюме этого обсуждения для руководителя",
           "Перепиши это письмо вежливее, клиент и так недоволен",
           "Почему мой под в Kubernetes постоянно перезапускается? Вот логи"],
    "uk": ["Напиши регулярний вираз для українського номера телефону",
           "Поясни, як працює кешування в HTTP, коротко",
           "Підсумуй цей документ у трьох реченнях"],
    "tr": ["Bana bir CSV dosyasını okuyup ortalamayı hesaplayan Python kodu yaz",
           "Docker ile sanal makine arasındaki farkı basitçe açıkla",
           "Bu toplantı notlarını madde madde özetle",
           "Bu e-postayı daha resmi bir dille yeniden yaz"],
    "zh": ["帮我写一个Python脚本，批量把图片转换成PNG格式",
           "用简单的话解释一下什么是微服务架构",
           "把这段会议记录总结成五条要点",
           "这段SQL为什么这么慢？帮我优化一下",
           "请把下面的错误信息翻译成中文并解释原因",
           "给我们的新监控工具起三个名字"],
    "ja": ["このエラーメッセージの意味を分かりやすく説明してください",
           "TypeScriptで配列の重複を取り除く関数を書いて",
           "この議事録を箇条書きで要約して",
           "上司に送るメールをもっと丁寧な表現に直してください",
           "Kubernetesのリソース制限について初心者向けに説明して"],
    "ko": ["파이썬으로 CSV 파일을 읽어서 그래프를 그리는 코드를 작성해 줘",
           "REST와 GraphQL의 차이를 쉽게 설명해 줘",
           "이 회의록을 세 줄로 요약해 줘",
           "이 이메일을 좀 더 정중하게 고쳐 줘"],
    "vi": ["Viết cho tôi một hàm JavaScript kiểm tra email hợp lệ",
           "Giải thích ngắn gọn sự khác nhau giữa TCP và UDP",
           "Tóm tắt bài viết này thành ba ý chính"],
    "id": ["Buatkan query SQL untuk menghitung jumlah pesanan per bulan",
           "Jelaskan apa itu load balancer dengan bahasa sederhana",
           "Ringkas notulen rapat ini jadi poin-poin"],
    "hi": ["मुझे एक पायथन प्रोग्राम लिखकर दो जो फ़ाइल में शब्द गिने",
           "डॉकर और वर्चुअल मशीन में क्या अंतर है, आसान भाषा में समझाओ",
           "इस ईमेल को और विनम्र बना दो"],
    "ar": ["اكتب لي دالة بلغة بايثون تتحقق من صحة رقم الهاتف",
           "اشرح لي الفرق بين قاعدة بيانات علائقية وغير علائقية",
           "لخص هذا التقرير في ثلاث نقاط"],
    "sv": ["Skriv ett skript som säkerhetskopierar databasen varje natt",
           "Förklara vad en race condition är med ett enkelt exempel",
           "Sammanfatta det här mötet i punktform"],
}
ANS = {
    "de": ["Der Container beendet sich, weil der Hauptprozess im Hintergrund startet. Starte ihn im Vordergrund, zum Beispiel mit `CMD [\"nginx\", \"-g\", \"daemon off;\"]`.",
           "Gern! Hier ist eine höflichere Version:\n\n„Vielen Dank für Ihre Geduld. Wir haben die Ursache gefunden und melden uns bis Freitag mit einer Lösung.“"],
    "fr": ["Un processus possède sa propre mémoire ; les threads d'un même processus partagent la mémoire. C'est pourquoi les threads communiquent plus vite mais peuvent se marcher dessus.",
           "Voici trois propositions :\n1. Vigie\n2. Phare\n3. Sentinelle"],
    "es": ["Un deadlock ocurre cuando dos procesos se esperan mutuamente. Es como dos coches en un puente estrecho: ninguno avanza hasta que el otro retroceda.",
           "Claro, aquí tienes la consulta:\n\n```sql\nSELECT cliente_id, COUNT(*) AS pedidos FROM pedidos GROUP BY cliente_id ORDER BY pedidos DESC LIMIT 10;\n```"],
    "pt": ["O garbage collector do Java separa os objetos por idade: os novos ficam na young generation e são coletados com frequência; os que sobrevivem vão para a old generation."],
    "it": ["Un R² basso significa che il modello spiega poca varianza. Prova ad aggiungere variabili rilevanti o a controllare se la relazione non è lineare."],
    "ru": ["Индекс — это отдельная структура, которая позволяет находить строки без полного просмотра таблицы, как оглавление в книге.",
           "Конечно! Вот более вежливый вариант письма:\n\nЗдравствуйте! Благодарим за терпение. Мы нашли причину и исправим её до пятницы."],
    "zh": ["微服务架构就是把一个大系统拆成多个小服务，每个服务独立部署、独立扩展，通过接口通信。",
           "好的，以下是优化后的SQL：\n\n```sql\nSELECT id, name FROM orders WHERE created_at >= '2026-01-01';\n```\n这样可以使用created_at上的索引。"],
    "ja": ["このエラーは、ファイルが見つからないことを意味します。パスが正しいか、作業ディレクトリを確認してください。",
           "承知しました。以下のように書き直してみました：\n\nお忙しいところ恐れ入りますが、ご確認のほどよろしくお願いいたします。"],
    "ko": ["REST는 자원마다 URL이 있고, GraphQL은 하나의 엔드포인트에서 필요한 데이터만 골라서 요청합니다."],
    "tr": ["Docker konteynerleri aynı çekirdeği paylaşır, sanal makineler ise kendi işletim sistemlerini çalıştırır. Bu yüzden konteynerler daha hafiftir."],
    "pl": ["Rebase przepisuje historię tak, jakby twoje commity powstały na końcu gałęzi main; merge zostawia historię bez zmian i dodaje commit scalający."],
    "nl": ["Waarschijnlijk gebruikt de workflow op main een andere secret of een beschermde omgeving. Controleer de `environment:`-sleutel in de job."],
}
SPEAKERS = {"de": ("Nutzer", "Assistent"), "fr": ("Utilisateur", "Assistant"), "es": ("Usuario", "Asistente"),
            "pt": ("Usuário", "Assistente"), "it": ("Utente", "Assistente"), "ru": ("Пользователь", "Ассистент"),
            "zh": ("用户", "助手"), "ja": ("ユーザー", "アシスタント"), "ko": ("사용자", "어시스턴트"),
            "tr": ("Kullanıcı", "Asistan"), "pl": ("Użytkownik", "Asystent"), "nl": ("Gebruiker", "Assistent")}
HUMAN_CHAT = {
    "de": ("Bist du heute im Büro?", "Nein, ich arbeite von zu Hause. Ruf mich an, wenn es brennt."),
    "fr": ("Tu as vu l'alerte sur la base de prod ?", "Oui, je regarde. Le disque est presque plein."),
    "es": ("¿Puedes revisar mi PR cuando tengas un rato?", "Claro, después de la reunión."),
    "pt": ("Vamos almoçar?", "Bora, em dez minutos."),
    "ru": ("Ты сегодня на дежурстве?", "Да, до восьми вечера."),
    "zh": ("你看到生产环境的告警了吗？", "看到了，我正在查，好像是磁盘满了。"),
    "ja": ("明日の打ち合わせ、何時からでしたっけ？", "10時からです。資料は共有済みです。"),
    "tr": ("Yarın izin alabilir miyim?", "Olur, takvime eklemeyi unutma."),
}

PW_PROSE = {
    "de": ["Das Passwort für den Staging-Server ist {pw}", "Neues Kennwort für die Datenbank: {pw} (bitte nicht weitergeben)",
           "Zugang für den Praktikanten: Benutzer {u}, Passwort {pw}"],
    "fr": ["Le mot de passe de la base de test est {pw}", "Voici le nouveau mot de passe admin : {pw}",
           "Identifiants du serveur : {u} / {pw}"],
    "es": ["La contraseña del servidor de staging es {pw}", "Te paso la clave del router: {pw}",
           "Usuario {u} y contraseña {pw}, cámbiala al entrar"],
    "pt": ["A senha do banco de homologação é {pw}", "Nova senha do admin: {pw}", "Login: {u}, senha: {pw}"],
    "it": ["La password del database di test è {pw}", "Ti mando la nuova password dell'admin: {pw}"],
    "nl": ["Het wachtwoord voor de testomgeving is {pw}", "Nieuw wachtwoord van de beheerder: {pw}"],
    "pl": ["Hasło do serwera testowego to {pw}", "Nowe hasło administratora: {pw}"],
    "ru": ["Пароль от тестовой базы: {pw}", "Новый пароль администратора — {pw}", "Логин {u}, пароль {pw}"],
    "uk": ["Пароль до сервера: {pw}", "Новий пароль адміна {pw}"],
    "tr": ["Test sunucusunun şifresi {pw}", "Yeni yönetici parolası: {pw}"],
    "zh": ["测试服务器的密码是 {pw}", "数据库新密码：{pw}，请勿外传", "账号 {u}，密码 {pw}"],
    "ja": ["ステージング環境のパスワードは {pw} です", "管理者の新しいパスワード：{pw}"],
    "ko": ["테스트 서버 비밀번호는 {pw} 입니다", "관리자 새 비밀번호: {pw}"],
    "vi": ["Mật khẩu máy chủ thử nghiệm là {pw}", "Mật khẩu mới của admin: {pw}"],
    "id": ["Kata sandi server staging adalah {pw}", "Password baru untuk admin: {pw}"],
    "sv": ["Lösenordet till testservern är {pw}", "Nytt administratörslösenord: {pw}"],
    "hi": ["स्टेजिंग सर्वर का पासवर्ड {pw} है", "नया एडमिन पासवर्ड: {pw}"],
    "ar": ["كلمة المرور لخادم الاختبار هي {pw}", "كلمة السر الجديدة للمسؤول: {pw}"],
    "cs": ["Heslo k testovacímu serveru je {pw}", "Nové heslo správce: {pw}"],
}
TOKEN_PROSE = {
    "de": "Hier ist der API-Schlüssel für {v}: {t}", "fr": "Voici la clé API {v} : {t}", "es": "El token de {v} es {t}",
    "pt": "O token do {v} é {t}", "ru": "Токен {v}: {t}", "zh": "{v} 的 API 密钥是 {t}", "ja": "{v}のAPIキーは {t} です",
    "ko": "{v} API 키: {t}", "tr": "{v} API anahtarı: {t}", "pl": "Klucz API do {v}: {t}", "it": "La chiave API di {v} è {t}",
}

NOTES = {
    "de": ["Deploy von {s} auf {e} erledigt, {n} Pods laufen", "Passwort-Rotation für {s} ist für Freitag geplant, Werte liegen im Vault",
           "Token läuft in {n} Tagen ab, Erneuerung über das Ticket im Backlog", "Migration {n} hängt, Sperre auf Tabelle orders",
           "Bitte keine Zugangsdaten in Tickets posten, nur den Vault-Pfad"],
    "fr": ["Déploiement de {s} en {e} terminé, {n} pods actifs", "Le mot de passe de {s} est dans le coffre, chemin secret/{s}/db",
           "Rotation des tokens prévue jeudi, rien à faire côté équipe", "Le test {n} échoue de façon intermittente sur la CI"],
    "es": ["Despliegue de {s} en {e} completado, {n} réplicas", "La contraseña se guarda en el gestor, no en el repositorio",
           "El token caduca en {n} días, hay un ticket para renovarlo", "La migración {n} tardó 14 minutos en {e}"],
    "pt": ["Deploy do {s} em {e} ok, {n} pods rodando", "A senha fica no cofre, nunca no .env do repositório",
           "Rotação de tokens marcada para sexta"],
    "it": ["Rilascio di {s} su {e} completato, {n} pod attivi", "La password è nel vault, percorso secret/{s}",
           "Il token scade tra {n} giorni"],
    "nl": ["Deploy van {s} naar {e} klaar, {n} pods draaien", "Wachtwoorden staan in de kluis, niet in de repo"],
    "pl": ["Wdrożenie {s} na {e} zakończone, działa {n} podów", "Hasło jest w sejfie, nie w repozytorium",
           "Token wygasa za {n} dni, jest zgłoszenie na odnowienie"],
    "ru": ["Выкатили {s} на {e}, работает {n} подов", "Пароль лежит в Vault, путь secret/{s}/db",
           "Токен истекает через {n} дней, заявка на продление создана", "Миграция {n} зависла, блокировка на таблице orders"],
    "uk": ["Розгортання {s} на {e} завершено", "Пароль зберігається у сховищі, не в коді"],
    "tr": ["{s} servisi {e} ortamına dağıtıldı, {n} pod çalışıyor", "Şifre kasada duruyor, depoya eklemeyin"],
    "zh": ["{s} 已部署到 {e}，{n} 个 Pod 正常运行", "密码保存在 Vault 里，路径 secret/{s}，不要写进代码",
           "令牌 {n} 天后过期，续期工单已创建", "第 {n} 个迁移卡住了，orders 表被锁"],
    "ja": ["{s} を {e} にデプロイ完了、Pod {n} 個稼働中", "パスワードは Vault に保存済み、リポジトリには置かないこと",
           "トークンの有効期限はあと {n} 日です"],
    "ko": ["{s} 서비스를 {e}에 배포 완료, 파드 {n}개 실행 중", "비밀번호는 볼트에 저장되어 있습니다. 저장소에 넣지 마세요"],
    "vi": ["Đã triển khai {s} lên {e}, {n} pod đang chạy", "Mật khẩu lưu trong kho bí mật, không để trong mã nguồn"],
    "id": ["Deploy {s} ke {e} selesai, {n} pod berjalan", "Kata sandi disimpan di vault, jangan taruh di repo"],
    "sv": ["{s} är driftsatt i {e}, {n} poddar körs", "Lösenordet ligger i valvet, inte i repot"],
    "hi": ["{s} को {e} पर डिप्लॉय कर दिया, {n} पॉड चल रहे हैं", "पासवर्ड वॉल्ट में रखा है, रिपॉज़िटरी में नहीं"],
    "ar": ["تم نشر {s} على بيئة {e}، {n} حاويات تعمل", "كلمة المرور محفوظة في الخزنة وليست في المستودع"],
    "cs": ["Nasazení {s} do {e} hotovo, běží {n} podů", "Heslo je v trezoru, ne v repozitáři"],
}


def _lang(r, table):
    return r.choice(sorted(table))


# ---------------------------------------------------------------- secret
def intl_prose_secret(r):
    if r.random() < 0.75:
        lang = _lang(r, PW_PROSE)
        line = r.choice(PW_PROSE[lang]).format(pw=password(r), u=r.choice(USERS))
    else:
        lang = _lang(r, TOKEN_PROSE)
        v = r.choice(V.one_line(V.PREFIXED))
        line = TOKEN_PROSE[lang].format(v=v[0], t=v[2](r))
    k = r.randrange(4)
    if k == 0:
        return f"{r.choice(PEOPLE)}: {line}"
    if k == 1:
        return f"- {line}"
    return line


# ---------------------------------------------------------------- prompt
def intl_request(r):
    lang = _lang(r, REQ)
    q = r.choice(REQ[lang])
    k = r.randrange(6)
    if k == 0:
        return f'claude -p "{q}"'
    if k == 1:
        return f'ollama run {r.choice(["qwen2.5", "llama3.1", "mistral"])} "{q}"'
    if k == 2:
        return f"{q}\n\n```\n{log_prefix(r)}ERROR {r.choice(['timeout', 'connection reset', 'OOMKilled'])}\n```"
    return q + r.choice(["", "", ".", "?", " 🙏"])


def intl_answer(r):
    lang = _lang(r, ANS)
    a = r.choice(ANS[lang])
    k = r.randrange(4)
    if k == 0:
        return f"{r.choice(['Antwort des Modells:', 'Réponse du modèle :', 'Respuesta de la IA:', '模型回答：', 'AIの回答:', 'Ответ модели:', 'output:'])}\n{a}"
    return a


def intl_transcript(r):
    lang = _lang(r, SPEAKERS)
    u, a = SPEAKERS[lang]
    if lang in HUMAN_CHAT and r.random() < 0.35:
        q1, a1 = HUMAN_CHAT[lang]
        p1, p2 = r.sample(PEOPLE, 2)
        return f"[{ts(r, 4)}] {p1}: {q1}\n[{ts(r, 4)}] {p2}: {a1}"
    q, ans = _pair(r, lang)
    k = r.randrange(3)
    if k == 0:
        return f"{u}: {q}\n{a}: {ans}"
    if k == 1:
        return f"**{u}**: {q}\n\n**{a}**: {ans}"
    return f"{u}：{q} {a}：{ans}"


def _pair(r, lang):
    """A request and an answer in the same language (an answer may not match the request word
    for word: datasets and exports often hold loosely paired turns)."""
    i = r.randrange(len(ANS[lang]))
    return REQ[lang][i % len(REQ[lang])] if r.random() < 0.6 else r.choice(REQ[lang]), ANS[lang][i]


def intl_dataset(r):
    lang = _lang(r, REQ)
    k = r.randrange(5)
    if lang not in ANS or k == 4:
        q = r.choice(REQ[lang])
        return json.dumps(r.choice([{"lang": lang, "prompt": q}, {"id": r.randint(1, 99999), "query": q, "locale": lang},
                                    {"text": q, "label": "request"}]), ensure_ascii=r.random() < 0.3)
    q, a = _pair(r, lang)
    if k == 0:
        return json.dumps({"instruction": q, "output": a, "lang": lang}, ensure_ascii=False)
    if k == 1:
        return json.dumps({"messages": [{"role": "user", "content": q}, {"role": "assistant", "content": a}]}, ensure_ascii=r.random() < 0.3)
    if k == 2:
        return json.dumps({"conversations": [{"from": "human", "value": q}, {"from": "gpt", "value": a}]}, ensure_ascii=False)
    return f"- lang: {lang}\n  user: \"{q}\"\n  assistant: \"{a.splitlines()[0]}\""


# ---------------------------------------------------------------- benign
def intl_note(r):
    lang = _lang(r, NOTES)
    n = r.choice(NOTES[lang]).format(s=r.choice(SERVICES), e=r.choice(ENVS), n=r.randint(2, 40))
    k = r.randrange(5)
    if k == 0:
        return f"{ts(r, 0)} {n}"
    if k == 1:
        return f"- {n}"
    if k == 2:
        return f"{n} ({r.choice(HOSTS)}, {r.choice(FILES)})"
    return n


CATEGORIES = [
    ("secret", "intl_prose_secret", 75, intl_prose_secret),
    ("prompt", "intl_request", 85, intl_request),
    ("prompt", "intl_model_answer", 40, intl_answer),
    ("prompt", "intl_transcript_or_chat", 50, intl_transcript),
    ("prompt", "intl_dataset_record", 40, intl_dataset),
    ("benign", "intl_engineering_note", 75, intl_note),
]
