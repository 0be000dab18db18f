"""Class 4: prompts and model answers in eighteen languages vs engineering notes and chats
between colleagues in the same languages.

Each language has requests to a model (generic content, rewriting, explaining a concept, a
persona, an output format), a model answer, and a transcript with the language's words for
user and assistant; its benign side has handoff notes with ids, runbook steps, commit messages
and a chat between two named colleagues. Project names, files, hosts and ids come from the
shared pools on both sides.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from _t12vocab import fill

Make = Callable[[random.Random], str]

# language -> (prompts, benign, (user word, assistant word))
LANGS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, str]]] = {
    "cs": (
        ("Napiš mi krátkou báseň o {concept}.", "Vysvětli mi {concept} jednoduše, jako bych byl začátečník.",
         "Přepiš tenhle odstavec formálněji a zkrať ho na polovinu.", "Chovej se jako zkušený recenzent kódu v jazyce {lang}.",
         "Odpověz pouze ve formátu JSON, bez dalšího textu.", "Jistě! Problém je v tom, že se spojení neuzavírá. Zde je opravená verze funkce:"),
        ("Restartoval jsem workery na {host}, lag je zpět na nule. Další krok: sledovat {metric} přes noc.",
         "Oprava {topic} je v {pr}, čeká na review od {person}.", "Před nasazením {proj} {ver} spusť {tool} a zkontroluj migrace.",
         "{person}: je {host} zpátky? {person}: jo, restart ve 14:10.", "Opraveno: timeout zámku v {file} ({sha}).",
         "Zítra nejsem, pager pro {proj} má {person}. Podrobnosti v {ticket}."),
        ("Uživatel", "Asistent")),
    "el": (
        ("Γράψε μου ένα σύντομο ποίημα για το {concept}.", "Εξήγησέ μου το {concept} σαν να είμαι πέντε χρονών.",
         "Ξαναγράψε αυτή την παράγραφο πιο επαγγελματικά.", "Παρίστανε έναν αυστηρό καθηγητή πληροφορικής και βαθμολόγησε τον κώδικά μου.",
         "Απάντησε μόνο με τρεις κουκκίδες, χωρίς εισαγωγή.", "Φυσικά! Το πρόβλημα είναι ότι η σύνδεση δεν κλείνει ποτέ. Ορίστε η διορθωμένη έκδοση:"),
        ("Έκανα επανεκκίνηση στους workers στο {host}, το lag μηδενίστηκε. Επόμενο: παρακολούθηση {metric} απόψε.",
         "Η διόρθωση για {topic} είναι στο {pr}, περιμένει review από {person}.", "Πριν το deploy του {proj} {ver} τρέξε {tool}.",
         "{person}: γύρισε το {host}; {person}: ναι, restart στις 14:10.", "Διορθώθηκε το timeout στο {file} ({sha}).",
         "Αύριο λείπω, το pager του {proj} το έχει ο {person}. Λεπτομέρειες στο {ticket}."),
        ("Χρήστης", "Βοηθός")),
    "he": (
        ("כתוב לי שיר קצר על {concept}.", "תסביר לי מה זה {concept} כאילו אני בן חמש.",
         "נסח מחדש את הפסקה הזאת בצורה רשמית יותר.", "תתנהג כמו מראיין קשוח לתפקיד מפתח {lang}.",
         "ענה רק בפורמט JSON, בלי שום טקסט נוסף.", "בטח! הבעיה היא שהחיבור אף פעם לא נסגר. הנה הגרסה המתוקנת:"),
        ("הפעלתי מחדש את ה-workers על {host}, ה-lag חזר לאפס. הבא: לעקוב אחרי {metric} בלילה.",
         "התיקון ל-{topic} נמצא ב-{pr}, מחכה ל-review של {person}.", "לפני הפריסה של {proj} {ver} צריך להריץ {tool}.",
         "{person}: {host} חזר? {person}: כן, ריסטרט ב-14:10.", "תוקן ה-timeout ב-{file} ({sha}).",
         "מחר אני לא פה, ה-pager של {proj} אצל {person}. פרטים ב-{ticket}."),
        ("משתמש", "עוזר")),
    "th": (
        ("ช่วยเขียนกลอนสั้น ๆ เกี่ยวกับ {concept} หน่อย", "อธิบาย {concept} ให้เข้าใจง่าย ๆ เหมือนสอนเด็ก",
         "เขียนย่อหน้านี้ใหม่ให้เป็นทางการมากขึ้น", "สมมติว่าคุณเป็นผู้เชี่ยวชาญ {lang} แล้วรีวิวโค้ดของฉัน",
         "ตอบเป็น JSON เท่านั้น ห้ามมีข้อความอื่น", "ได้เลยครับ! ปัญหาคือการเชื่อมต่อไม่ถูกปิด นี่คือฟังก์ชันที่แก้แล้ว:"),
        ("รีสตาร์ท worker บน {host} แล้ว lag กลับเป็นศูนย์ ต่อไป: ดู {metric} คืนนี้",
         "แก้ {topic} อยู่ใน {pr} รอ {person} รีวิว", "ก่อน deploy {proj} {ver} ให้รัน {tool} ก่อน",
         "{person}: {host} กลับมายัง? {person}: กลับแล้ว รีสตาร์ทตอน 14:10", "แก้ timeout ใน {file} แล้ว ({sha})",
         "พรุ่งนี้ลา {person} ถือ pager ของ {proj} รายละเอียดใน {ticket}"),
        ("ผู้ใช้", "ผู้ช่วย")),
    "vi": (
        ("Viết cho tôi một bài thơ ngắn về {concept}.", "Giải thích {concept} thật đơn giản như cho người mới học.",
         "Viết lại đoạn này cho trang trọng hơn và ngắn gọn hơn.", "Hãy đóng vai một người phỏng vấn khó tính cho vị trí lập trình viên {lang}.",
         "Chỉ trả lời bằng JSON, không thêm chữ nào khác.", "Tất nhiên! Vấn đề là kết nối không bao giờ được đóng. Đây là phiên bản đã sửa:"),
        ("Đã restart worker trên {host}, lag về 0. Tiếp theo: theo dõi {metric} qua đêm.",
         "Bản sửa cho {topic} ở {pr}, đang chờ {person} review.", "Trước khi deploy {proj} {ver} nhớ chạy {tool}.",
         "{person}: {host} lên lại chưa? {person}: rồi, restart lúc 14:10.", "Đã sửa timeout trong {file} ({sha}).",
         "Mai mình nghỉ, {person} giữ pager của {proj}. Chi tiết trong {ticket}."),
        ("Người dùng", "Trợ lý")),
    "tr": (
        ("Bana {concept} hakkında kısa bir şiir yaz.", "{concept} nedir, beş yaşındaki birine anlatır gibi açıkla.",
         "Bu paragrafı daha resmi bir dille yeniden yaz.", "Deneyimli bir {lang} geliştiricisi gibi davran ve kodumu eleştir.",
         "Sadece JSON formatında cevap ver, başka metin ekleme.", "Tabii! Sorun, bağlantının hiç kapatılmaması. İşte düzeltilmiş sürüm:"),
        ("{host} üzerindeki worker'ları yeniden başlattım, lag sıfırlandı. Sırada: gece boyunca {metric} izlemek.",
         "{topic} düzeltmesi {pr} içinde, {person} review edecek.", "{proj} {ver} deploy'dan önce {tool} çalıştır.",
         "{person}: {host} geri geldi mi? {person}: evet, 14:10'da restart ettim.", "{file} içindeki timeout düzeltildi ({sha}).",
         "Yarın izinliyim, {proj} pager'ı {person}'da. Detaylar {ticket} içinde."),
        ("Kullanıcı", "Asistan")),
    "pl": (
        ("Napisz mi krótki wiersz o {concept}.", "Wytłumacz mi {concept} prostymi słowami, jak dla początkującego.",
         "Przepisz ten akapit bardziej formalnie i skróć go o połowę.", "Wciel się w surowego rekrutera na stanowisko programisty {lang}.",
         "Odpowiadaj wyłącznie w formacie JSON, bez komentarzy.", "Oczywiście! Problem polega na tym, że połączenie nigdy nie jest zamykane. Oto poprawiona wersja:"),
        ("Zrestartowałem workery na {host}, lag spadł do zera. Dalej: obserwować {metric} przez noc.",
         "Poprawka do {topic} jest w {pr}, czeka na review od {person}.", "Przed wdrożeniem {proj} {ver} odpal {tool}.",
         "{person}: {host} już wstał? {person}: tak, restart o 14:10.", "Naprawiony timeout w {file} ({sha}).",
         "Jutro mnie nie ma, pager {proj} ma {person}. Szczegóły w {ticket}."),
        ("Użytkownik", "Asystent")),
    "hi": (
        ("{concept} पर एक छोटी कविता लिखो।", "{concept} को ऐसे समझाओ जैसे मैं पाँच साल का बच्चा हूँ।",
         "इस पैराग्राफ को और औपचारिक भाषा में दोबारा लिखो।", "एक सख्त {lang} इंटरव्यूअर की तरह व्यवहार करो और मुझसे सवाल पूछो।",
         "सिर्फ JSON में जवाब दो, कोई और टेक्स्ट नहीं।", "ज़रूर! समस्या यह है कि कनेक्शन कभी बंद नहीं होता। यह रहा सुधारा हुआ फ़ंक्शन:"),
        ("{host} पर workers रीस्टार्ट किए, lag शून्य हो गया। अगला कदम: रात भर {metric} देखना।",
         "{topic} का फ़िक्स {pr} में है, {person} के review का इंतज़ार है।", "{proj} {ver} डिप्लॉय से पहले {tool} चलाना।",
         "{person}: {host} वापस आया? {person}: हाँ, 14:10 पर रीस्टार्ट किया।", "{file} में timeout ठीक किया ({sha})।",
         "कल मैं छुट्टी पर हूँ, {proj} का pager {person} के पास है। विवरण {ticket} में।"),
        ("उपयोगकर्ता", "सहायक")),
    "ar": (
        ("اكتب لي قصيدة قصيرة عن {concept}.", "اشرح لي {concept} ببساطة كأنني مبتدئ.",
         "أعد صياغة هذه الفقرة بأسلوب أكثر رسمية.", "تصرّف كمراجع كود خبير في {lang} وانتقد طريقتي.",
         "أجب بصيغة JSON فقط دون أي نص إضافي.", "بالتأكيد! المشكلة أن الاتصال لا يُغلق أبداً. إليك النسخة المصححة:"),
        ("أعدت تشغيل العمال على {host} وعاد التأخير إلى الصفر. التالي: مراقبة {metric} خلال الليل.",
         "إصلاح {topic} موجود في {pr} وينتظر مراجعة {person}.", "قبل نشر {proj} {ver} شغّل {tool}.",
         "{person}: هل عاد {host}؟ {person}: نعم، أعدت تشغيله الساعة 14:10.", "تم إصلاح المهلة في {file} ({sha}).",
         "غداً إجازة، جهاز النداء الخاص بـ {proj} مع {person}. التفاصيل في {ticket}."),
        ("المستخدم", "المساعد")),
    "ko": (
        ("{concept}에 대한 짧은 시를 써 줘.", "{concept}을 초보자도 이해할 수 있게 쉽게 설명해 줘.",
         "이 문단을 좀 더 격식 있게 다시 써 줘.", "까다로운 {lang} 면접관처럼 행동하면서 나에게 질문해 줘.",
         "JSON 형식으로만 답해. 다른 설명은 붙이지 마.", "물론이죠! 문제는 연결이 닫히지 않는다는 점입니다. 수정된 함수는 다음과 같습니다:"),
        ("{host}의 워커 재시작함, lag 0으로 돌아옴. 다음: 밤새 {metric} 모니터링.",
         "{topic} 수정은 {pr}에 있음, {person} 리뷰 대기 중.", "{proj} {ver} 배포 전에 {tool} 돌려 주세요.",
         "{person}: {host} 살아났어요? {person}: 네, 14:10에 재시작했어요.", "{file}의 타임아웃 수정 ({sha}).",
         "내일 휴가라 {proj} 온콜은 {person}님이 맡아요. 자세한 건 {ticket} 참고."),
        ("사용자", "어시스턴트")),
    "id": (
        ("Tuliskan puisi pendek tentang {concept}.", "Jelaskan {concept} dengan bahasa sederhana seperti untuk pemula.",
         "Tulis ulang paragraf ini dengan gaya yang lebih formal.", "Berperanlah sebagai pewawancara yang galak untuk posisi developer {lang}.",
         "Jawab hanya dalam format JSON tanpa teks lain.", "Tentu! Masalahnya adalah koneksi tidak pernah ditutup. Berikut versi yang sudah diperbaiki:"),
        ("Worker di {host} sudah direstart, lag kembali nol. Berikutnya: pantau {metric} semalaman.",
         "Perbaikan {topic} ada di {pr}, menunggu review dari {person}.", "Sebelum deploy {proj} {ver}, jalankan {tool} dulu.",
         "{person}: {host} sudah hidup lagi? {person}: sudah, restart jam 14:10.", "Timeout di {file} sudah diperbaiki ({sha}).",
         "Besok aku cuti, pager {proj} dipegang {person}. Detail di {ticket}."),
        ("Pengguna", "Asisten")),
    "uk": (
        ("Напиши мені короткий вірш про {concept}.", "Поясни мені {concept} простими словами, як новачкові.",
         "Перепиши цей абзац офіційнішим стилем і скороти вдвічі.", "Уяви, що ти суворий рев'юер коду на {lang}, і розкритикуй мій підхід.",
         "Відповідай лише у форматі JSON, без жодного тексту.", "Звісно! Проблема в тому, що з'єднання ніколи не закривається. Ось виправлена версія:"),
        ("Перезапустив воркери на {host}, lag впав до нуля. Далі: стежити за {metric} вночі.",
         "Фікс для {topic} у {pr}, чекає рев'ю від {person}.", "Перед деплоєм {proj} {ver} запусти {tool}.",
         "{person}: {host} піднявся? {person}: так, рестарт о 14:10.", "Виправлено таймаут у {file} ({sha}).",
         "Завтра мене не буде, пейджер {proj} у {person}. Деталі в {ticket}."),
        ("Користувач", "Асистент")),
    "de": (
        ("Schreib mir ein kurzes Gedicht über {concept}.", "Erklär mir {concept} so, dass es ein Anfänger versteht.",
         "Formuliere diesen Absatz förmlicher und kürze ihn auf die Hälfte.", "Tu so, als wärst du ein strenger {lang}-Reviewer, und kritisiere meinen Ansatz.",
         "Antworte ausschließlich im JSON-Format, ohne weiteren Text.", "Klar! Das Problem ist, dass die Verbindung nie geschlossen wird. Hier ist die korrigierte Version:"),
        ("Worker auf {host} neu gestartet, Lag wieder bei null. Nächster Schritt: {metric} über Nacht beobachten.",
         "Fix für {topic} liegt in {pr}, wartet auf Review von {person}.", "Vor dem Deploy von {proj} {ver} bitte {tool} laufen lassen.",
         "{person}: ist {host} wieder da? {person}: ja, Neustart um 14:10.", "Timeout in {file} korrigiert ({sha}).",
         "Bin morgen nicht da, {person} hat den Pager für {proj}. Details in {ticket}."),
        ("Nutzer", "Assistent")),
    "es": (
        ("Escríbeme un poema corto sobre {concept}.", "Explícame {concept} como si tuviera cinco años.",
         "Reescribe este párrafo con un tono más formal y más corto.", "Actúa como un entrevistador exigente para un puesto de desarrollador {lang}.",
         "Responde solo en formato JSON, sin texto adicional.", "¡Claro! El problema es que la conexión nunca se cierra. Aquí tienes la versión corregida:"),
        ("Reinicié los workers en {host}, el lag volvió a cero. Siguiente paso: vigilar {metric} esta noche.",
         "El arreglo de {topic} está en {pr}, pendiente de review de {person}.", "Antes de desplegar {proj} {ver}, corre {tool}.",
         "{person}: ¿volvió {host}? {person}: sí, reinicio a las 14:10.", "Corregido el timeout en {file} ({sha}).",
         "Mañana no estoy, {person} tiene el pager de {proj}. Detalles en {ticket}."),
        ("Usuario", "Asistente")),
    "fr": (
        ("Écris-moi un petit poème sur {concept}.", "Explique-moi {concept} comme si j'avais cinq ans.",
         "Réécris ce paragraphe dans un style plus formel et plus court.", "Fais comme si tu étais un relecteur de code {lang} exigeant et critique mon approche.",
         "Réponds uniquement en JSON, sans aucun texte autour.", "Bien sûr ! Le problème, c'est que la connexion n'est jamais fermée. Voici la version corrigée :"),
        ("Workers redémarrés sur {host}, le lag est retombé à zéro. Prochaine étape : surveiller {metric} cette nuit.",
         "Le correctif pour {topic} est dans {pr}, en attente de relecture par {person}.", "Avant de déployer {proj} {ver}, lance {tool}.",
         "{person} : {host} est revenu ? {person} : oui, redémarré à 14h10.", "Timeout corrigé dans {file} ({sha}).",
         "Absent demain, {person} a l'astreinte {proj}. Détails dans {ticket}."),
        ("Utilisateur", "Assistant")),
    "pt": (
        ("Escreve um poema curto sobre {concept}.", "Me explica {concept} como se eu tivesse cinco anos.",
         "Reescreva este parágrafo de forma mais formal e mais curta.", "Finja que você é um revisor de código {lang} bem exigente e critique minha abordagem.",
         "Responda apenas em JSON, sem nenhum texto extra.", "Claro! O problema é que a conexão nunca é fechada. Aqui está a versão corrigida:"),
        ("Reiniciei os workers no {host}, o lag voltou a zero. Próximo passo: acompanhar {metric} durante a noite.",
         "A correção de {topic} está no {pr}, aguardando review do {person}.", "Antes do deploy do {proj} {ver}, roda o {tool}.",
         "{person}: o {host} voltou? {person}: voltou, reiniciei às 14:10.", "Timeout corrigido em {file} ({sha}).",
         "Amanhã estou de folga, o {person} fica com o plantão do {proj}. Detalhes no {ticket}."),
        ("Usuário", "Assistente")),
    "ja": (
        ("{concept}についての短い詩を書いて。", "{concept}を初心者にも分かるように簡単に説明してください。",
         "この段落をもっと丁寧な文体に書き直して、半分の長さにしてください。", "厳しい{lang}のコードレビュアーになりきって、私のやり方を批評してください。",
         "JSON形式だけで答えてください。説明は不要です。", "もちろんです！問題は接続が閉じられていないことです。修正版は以下の通りです："),
        ("{host}のワーカーを再起動、ラグはゼロに戻りました。次：夜間の{metric}を監視。",
         "{topic}の修正は{pr}にあります。{person}さんのレビュー待ち。", "{proj} {ver}のデプロイ前に{tool}を実行してください。",
         "{person}: {host}戻った？ {person}: はい、14:10に再起動しました。", "{file}のタイムアウトを修正（{sha}）。",
         "明日は休みなので{proj}のオンコールは{person}さんです。詳細は{ticket}。"),
        ("ユーザー", "アシスタント")),
    "zh": (
        ("给我写一首关于{concept}的短诗。", "用最简单的话给我解释一下{concept}，就像我是初学者。",
         "把这段话改写得更正式一些，并缩短一半。", "假装你是一个严格的{lang}代码审查员，批评我的做法。",
         "只用 JSON 格式回答，不要任何其他文字。", "当然！问题在于连接从未被关闭。以下是修改后的版本："),
        ("已重启 {host} 上的 worker，延迟回到零。下一步：夜间观察 {metric}。",
         "{topic} 的修复在 {pr}，等 {person} review。", "部署 {proj} {ver} 之前先跑一下 {tool}。",
         "{person}：{host} 恢复了吗？{person}：恢复了，14:10 重启的。", "已修复 {file} 中的超时（{sha}）。",
         "明天请假，{proj} 的值班由 {person} 负责，详情见 {ticket}。"),
        ("用户", "助手")),
}


def _lfill(rng: random.Random, s: str) -> str:
    """Fill, then drop the English article a pool term carries ("the saga pattern")."""
    for slot in ("{concept}", "{topic}"):
        while slot in s:
            term = fill(rng, slot)
            for art in ("the ", "a ", "an "):
                if term.startswith(art):
                    term = term[len(art):]
            s = s.replace(slot, term, 1)
    return fill(rng, s)


def _transcript(rng: random.Random, code: str) -> str:
    prompts, _, (user, bot) = LANGS[code]
    q = _lfill(rng, rng.choice(prompts[:5]))
    a = fill(rng, prompts[5])
    sep = rng.choice((" ", "\n"))
    return f"{user}: {q}{sep}{bot}: {a}"


def _colleagues(rng: random.Random, code: str) -> str:
    _, benign, _ = LANGS[code]
    a = _lfill(rng, rng.choice(benign[:3]))
    b = fill(rng, rng.choice(benign[4:]))
    sep = rng.choice((" ", "\n"))
    return f"{fill(rng, '{person}')}: {a}{sep}{fill(rng, '{person}')}: {b}"


def _one(rng: random.Random, s: str) -> str:
    text = _lfill(rng, s)
    if rng.random() < 0.25:
        text = fill(rng, rng.choice(("{person}: ", "- ", "> ", "note: ", "[{ticket}] ", "")) ) + text
    return text


def class4() -> tuple[list[tuple[str, Make]], list[tuple[str, Make]]]:
    p: list[tuple[str, Make]] = []
    b: list[tuple[str, Make]] = []

    def s_make(s: str) -> Make:
        return lambda rng: _one(rng, s)

    def t_make(code: str, prompt: bool) -> Make:
        return (lambda rng: _transcript(rng, code)) if prompt else (lambda rng: _colleagues(rng, code))

    for code, (prompts, benign, _) in LANGS.items():
        p += [(f"c4p_{code}{i}", s_make(s)) for i, s in enumerate(prompts)]
        b += [(f"c4b_{code}{i}", s_make(s)) for i, s in enumerate(benign)]
        p.append((f"c4p_{code}_chat", t_make(code, True)))
        b.append((f"c4b_{code}_chat", t_make(code, False)))
    return p, b
