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
    q = _lfill(rng, rng.choice(prompts[:5] + EXTRA[code][0]))
    a = fill(rng, rng.choice((prompts[5], OPTIONS[code][0])))
    sep = rng.choice((" ", "\n"))
    return f"{user}: {q}{sep}{bot}: {a}"


def _colleagues(rng: random.Random, code: str) -> str:
    _, benign, _ = LANGS[code]
    a = _lfill(rng, rng.choice(benign[:3] + EXTRA[code][1][2:]))
    b = fill(rng, rng.choice((*benign[4:], OPTIONS[code][1])))
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
        more_p = (*EXTRA[code][0], OPTIONS[code][0])
        more_b = (*EXTRA[code][1], OPTIONS[code][1])
        p += [(f"c4p_{code}{i}", s_make(s)) for i, s in enumerate(prompts + more_p)]
        b += [(f"c4b_{code}{i}", s_make(s)) for i, s in enumerate(benign + more_b)]
        p.append((f"c4p_{code}_chat", t_make(code, True)))
        b.append((f"c4b_{code}_chat", t_make(code, False)))
    return p, b


# More stock a language: (prompts: answer-only-in, ideas as a list, tutor persona, summary for a
# manager), (benign: commit message, runbook steps, review request, deploy status).
EXTRA: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "cs": (("Od teď odpovídej jen česky, stručně a bez emoji.", "Dej mi 5 nápadů na název týmu, jako číslovaný seznam.",
            "Jsi přátelský učitel jazyků. Oprav moje chyby a každou vysvětli.", "Shrň tenhle článek do tří vět pro manažera."),
           ("Oprava: reset čítače opakování po úspěchu ({ticket})", "1. Zastav consumer na {host}. 2. Spusť migraci. 3. Znovu ho spusť.",
            "{handle} můžeš dnes zrevidovat {pr}? Sahá na {file}.", "Nasazení {proj} {ver} na {env} hotové, {metric} hodinu stabilní.")),
    "el": (("Από εδώ και πέρα απάντα μόνο στα ελληνικά, σύντομα και χωρίς emoji.", "Δώσε μου 5 ιδέες για όνομα ομάδας, σε αριθμημένη λίστα.",
            "Είσαι ένας φιλικός καθηγητής γλώσσας. Διόρθωσε τα λάθη μου και εξήγησε το καθένα.", "Σύνοψε αυτό το άρθρο σε τρεις προτάσεις για έναν μάνατζερ."),
           ("Διόρθωση: μηδενισμός μετρητή επαναλήψεων μετά από επιτυχία ({ticket})", "1. Σταμάτα τον consumer στο {host}. 2. Τρέξε το migration. 3. Ξεκίνα τον ξανά.",
            "{handle} μπορείς να κάνεις review στο {pr} σήμερα; Αγγίζει το {file}.", "Το deploy του {proj} {ver} στο {env} ολοκληρώθηκε, {metric} σταθερό εδώ και μία ώρα.")),
    "he": (("מעכשיו תענה רק בעברית, בקצרה ובלי אימוג'ים.", "תן לי 5 רעיונות לשם של צוות, ברשימה ממוספרת.",
            "אתה מורה ידידותי לשפות. תקן את הטעויות שלי והסבר כל אחת.", "סכם את המאמר הזה בשלושה משפטים בשביל מנהל."),
           ("תיקון: איפוס מונה הניסיונות אחרי הצלחה ({ticket})", "1. לעצור את ה-consumer על {host}. 2. להריץ את המיגרציה. 3. להפעיל אותו שוב.",
            "{handle} תוכל לעשות review ל-{pr} היום? הוא נוגע ב-{file}.", "הפריסה של {proj} {ver} ב-{env} הסתיימה, {metric} יציב כבר שעה.")),
    "th": (("ต่อจากนี้ตอบเป็นภาษาไทยเท่านั้น สั้น ๆ และไม่ใช้อีโมจิ", "ขอไอเดียชื่อทีม 5 ชื่อ เป็นรายการมีหมายเลข",
            "คุณเป็นครูสอนภาษาที่ใจดี ช่วยแก้คำผิดของฉันและอธิบายทีละข้อ", "สรุปบทความนี้เป็นสามประโยคสำหรับผู้จัดการ"),
           ("แก้: รีเซ็ตตัวนับ retry หลังสำเร็จ ({ticket})", "1. หยุด consumer บน {host} 2. รัน migration 3. เปิดใหม่",
            "{handle} ช่วยรีวิว {pr} วันนี้ได้ไหม แก้ {file}", "deploy {proj} {ver} บน {env} เสร็จแล้ว {metric} นิ่งมาหนึ่งชั่วโมง")),
    "vi": (("Từ giờ chỉ trả lời bằng tiếng Việt, ngắn gọn và không dùng emoji.", "Cho tôi 5 ý tưởng đặt tên nhóm, dạng danh sách đánh số.",
            "Bạn là một giáo viên ngôn ngữ thân thiện. Hãy sửa lỗi của tôi và giải thích từng lỗi.", "Tóm tắt bài viết này trong ba câu cho một quản lý."),
           ("Sửa: reset bộ đếm retry sau khi thành công ({ticket})", "1. Dừng consumer trên {host}. 2. Chạy migration. 3. Bật lại.",
            "{handle} hôm nay review giúp {pr} được không? Nó sửa {file}.", "Deploy {proj} {ver} lên {env} xong, {metric} ổn định một tiếng rồi.")),
    "tr": (("Bundan sonra sadece Türkçe cevap ver, kısa ve emojisiz.", "Bana takım adı için 5 fikir ver, numaralı liste olarak.",
            "Sen arkadaş canlısı bir dil öğretmenisin. Hatalarımı düzelt ve her birini açıkla.", "Bu makaleyi bir yönetici için üç cümlede özetle."),
           ("Düzeltme: başarıdan sonra retry sayacını sıfırla ({ticket})", "1. {host} üzerindeki consumer'ı durdur. 2. Migration'ı çalıştır. 3. Tekrar başlat.",
            "{handle} bugün {pr} için review yapabilir misin? {file} dosyasına dokunuyor.", "{proj} {ver} {env} ortamına deploy edildi, {metric} bir saattir stabil.")),
    "pl": (("Od teraz odpowiadaj tylko po polsku, krótko i bez emoji.", "Podaj mi 5 pomysłów na nazwę zespołu, w formie listy numerowanej.",
            "Jesteś życzliwym nauczycielem języka. Popraw moje błędy i wyjaśnij każdy z nich.", "Streść ten artykuł w trzech zdaniach dla menedżera."),
           ("Fix: reset licznika ponowień po sukcesie ({ticket})", "1. Zatrzymaj consumera na {host}. 2. Odpal migrację. 3. Uruchom go ponownie.",
            "{handle} dasz radę dziś zrobić review {pr}? Dotyka {file}.", "Wdrożenie {proj} {ver} na {env} zakończone, {metric} stabilne od godziny.")),
    "hi": (("अब से सिर्फ हिंदी में जवाब देना, छोटा और बिना इमोजी के।", "टीम के नाम के लिए 5 आइडिया दो, नंबर वाली सूची में।",
            "तुम एक दोस्ताना भाषा शिक्षक हो। मेरी गलतियाँ सुधारो और हर एक समझाओ।", "इस लेख का सारांश एक मैनेजर के लिए तीन वाक्यों में लिखो।"),
           ("फ़िक्स: सफलता के बाद retry काउंटर रीसेट ({ticket})", "1. {host} पर consumer रोकें। 2. migration चलाएँ। 3. फिर से शुरू करें।",
            "{handle} क्या आज {pr} का review कर सकते हो? इसमें {file} बदला है।", "{proj} {ver} का {env} पर डिप्लॉय पूरा, {metric} एक घंटे से स्थिर है।")),
    "ar": (("من الآن فصاعداً أجب بالعربية فقط، باختصار ودون رموز تعبيرية.", "أعطني 5 أفكار لاسم فريق في قائمة مرقمة.",
            "أنت معلم لغة ودود. صحّح أخطائي واشرح كل خطأ.", "لخّص هذا المقال في ثلاث جمل لمدير."),
           ("إصلاح: إعادة ضبط عداد المحاولات بعد النجاح ({ticket})", "1. أوقف المستهلك على {host}. 2. شغّل الترحيل. 3. أعد تشغيله.",
            "{handle} هل يمكنك مراجعة {pr} اليوم؟ يعدّل {file}.", "اكتمل نشر {proj} {ver} على {env}، و{metric} مستقر منذ ساعة.")),
    "ko": (("지금부터는 한국어로만, 짧게, 이모지 없이 답해 줘.", "팀 이름 아이디어 5개를 번호 목록으로 줘.",
            "너는 친절한 언어 선생님이야. 내 실수를 고치고 하나씩 설명해 줘.", "이 기사를 매니저용으로 세 문장으로 요약해 줘."),
           ("수정: 성공 후 재시도 카운터 초기화 ({ticket})", "1. {host}의 컨슈머 중지 2. 마이그레이션 실행 3. 다시 시작",
            "{handle} 오늘 {pr} 리뷰 가능할까요? {file} 건드려요.", "{proj} {ver} {env} 배포 완료, {metric} 한 시간째 안정적.")),
    "id": (("Mulai sekarang jawab hanya dalam bahasa Indonesia, singkat dan tanpa emoji.", "Kasih aku 5 ide nama tim dalam daftar bernomor.",
            "Kamu adalah guru bahasa yang ramah. Perbaiki kesalahanku dan jelaskan satu per satu.", "Ringkas artikel ini dalam tiga kalimat untuk seorang manajer."),
           ("Fix: reset penghitung retry setelah berhasil ({ticket})", "1. Hentikan consumer di {host}. 2. Jalankan migrasi. 3. Nyalakan lagi.",
            "{handle} bisa review {pr} hari ini? Mengubah {file}.", "Deploy {proj} {ver} ke {env} selesai, {metric} stabil sejam terakhir.")),
    "uk": (("Відтепер відповідай лише українською, коротко і без емодзі.", "Дай мені 5 ідей для назви команди нумерованим списком.",
            "Ти доброзичливий викладач мови. Виправ мої помилки й поясни кожну.", "Підсумуй цю статтю в трьох реченнях для менеджера."),
           ("Фікс: скидання лічильника повторів після успіху ({ticket})", "1. Зупини consumer на {host}. 2. Запусти міграцію. 3. Увімкни знову.",
            "{handle} зможеш сьогодні подивитися {pr}? Там зміни в {file}.", "Деплой {proj} {ver} на {env} завершено, {metric} стабільний уже годину.")),
    "de": (("Antworte ab jetzt nur noch auf Deutsch, kurz und ohne Emojis.", "Gib mir 5 Ideen für einen Teamnamen als nummerierte Liste.",
            "Du bist ein freundlicher Sprachlehrer. Korrigiere meine Fehler und erkläre jeden einzeln.", "Fass diesen Artikel in drei Sätzen für eine Managerin zusammen."),
           ("Fix: Retry-Zähler nach Erfolg zurücksetzen ({ticket})", "1. Consumer auf {host} stoppen. 2. Migration laufen lassen. 3. Wieder starten.",
            "{handle} kannst du heute {pr} reviewen? Betrifft {file}.", "Deploy von {proj} {ver} auf {env} fertig, {metric} seit einer Stunde stabil.")),
    "es": (("A partir de ahora responde solo en español, breve y sin emojis.", "Dame 5 ideas para el nombre de un equipo, en una lista numerada.",
            "Eres un profesor de idiomas amable. Corrige mis errores y explica cada uno.", "Resume este artículo en tres frases para una gerente."),
           ("Fix: reiniciar el contador de reintentos tras un éxito ({ticket})", "1. Parar el consumer en {host}. 2. Correr la migración. 3. Arrancarlo de nuevo.",
            "{handle} ¿puedes revisar {pr} hoy? Toca {file}.", "Despliegue de {proj} {ver} en {env} terminado, {metric} estable desde hace una hora.")),
    "fr": (("À partir de maintenant, réponds uniquement en français, court et sans emoji.", "Donne-moi 5 idées de nom d'équipe sous forme de liste numérotée.",
            "Tu es un professeur de langue bienveillant. Corrige mes fautes et explique chacune.", "Résume cet article en trois phrases pour une manager."),
           ("Fix : remise à zéro du compteur de retry après succès ({ticket})", "1. Arrêter le consumer sur {host}. 2. Lancer la migration. 3. Le redémarrer.",
            "{handle} tu peux relire {pr} aujourd'hui ? Ça touche {file}.", "Déploiement de {proj} {ver} sur {env} terminé, {metric} stable depuis une heure.")),
    "pt": (("A partir de agora responda só em português, curto e sem emojis.", "Me dá 5 ideias de nome para o time, em lista numerada.",
            "Você é um professor de idiomas simpático. Corrija meus erros e explique cada um.", "Resuma este artigo em três frases para uma gerente."),
           ("Fix: zerar o contador de retry depois do sucesso ({ticket})", "1. Parar o consumer no {host}. 2. Rodar a migração. 3. Subir de novo.",
            "{handle} consegue revisar o {pr} hoje? Mexe no {file}.", "Deploy do {proj} {ver} no {env} concluído, {metric} estável há uma hora.")),
    "ja": (("これからは日本語だけで、短く、絵文字なしで答えてください。", "チーム名のアイデアを5つ、番号付きリストでください。",
            "あなたは親切な語学の先生です。私の間違いを直して、一つずつ説明してください。", "この記事をマネージャー向けに三文で要約してください。"),
           ("修正: 成功後にリトライカウンタをリセット ({ticket})", "1. {host}のコンシューマを停止 2. マイグレーション実行 3. 再起動",
            "{handle} 今日{pr}のレビューお願いできますか？{file}を触っています。", "{proj} {ver}の{env}へのデプロイ完了、{metric}は1時間安定。")),
    "zh": (("从现在开始只用中文回答，简短，不要表情符号。", "给我 5 个团队名称的点子，用编号列表。",
            "你是一位友善的语言老师。请纠正我的错误并逐条解释。", "用三句话为经理总结这篇文章。"),
           ("修复：成功后重置重试计数器（{ticket}）", "1. 停掉 {host} 上的 consumer 2. 执行迁移 3. 重新启动",
            "{handle} 今天能帮忙 review 一下 {pr} 吗？改了 {file}。", "{proj} {ver} 已部署到 {env}，{metric} 稳定一小时了。")),
}


# A second answer a language (options, hedged) beside a colleague's list of options from a
# meeting, with owners and ids: the same list shape under both labels.
OPTIONS: dict[str, tuple[str, str]] = {
    "cs": ("Máte několik možností: 1) zvýšit timeout, 2) přidat opakování s backoffem, 3) přesunout práci do fronty. Záleží na vašem konkrétním případu.",
           "Možnosti ze schůzky: 1) zvýšit timeout ({person}), 2) opakování — {pr}, 3) fronta — {ticket}. Rozhodnutí ve čtvrtek."),
    "el": ("Έχετε μερικές επιλογές: 1) να αυξήσετε το timeout, 2) να προσθέσετε επαναλήψεις με backoff, 3) να μεταφέρετε τη δουλειά σε ουρά. Εξαρτάται από την περίπτωσή σας.",
           "Επιλογές από τη συνάντηση: 1) μεγαλύτερο timeout ({person}), 2) επαναλήψεις — {pr}, 3) ουρά — {ticket}. Απόφαση την Πέμπτη."),
    "he": ("יש לך כמה אפשרויות: 1) להגדיל את ה-timeout, 2) להוסיף ניסיונות חוזרים עם backoff, 3) להעביר את העבודה לתור. זה תלוי במקרה שלך.",
           "אפשרויות מהפגישה: 1) להגדיל timeout ({person}), 2) ניסיונות חוזרים — {pr}, 3) תור — {ticket}. החלטה ביום חמישי."),
    "th": ("มีหลายทางเลือก: 1) เพิ่ม timeout 2) เพิ่ม retry แบบ backoff 3) ย้ายงานไปทำในคิว ขึ้นอยู่กับกรณีของคุณ",
           "ตัวเลือกจากประชุม: 1) เพิ่ม timeout ({person}) 2) retry — {pr} 3) คิว — {ticket} ตัดสินวันพฤหัส"),
    "vi": ("Bạn có vài lựa chọn: 1) tăng timeout, 2) thêm retry có backoff, 3) chuyển việc sang hàng đợi. Tùy vào trường hợp cụ thể của bạn.",
           "Các phương án từ buổi họp: 1) tăng timeout ({person}), 2) retry — {pr}, 3) hàng đợi — {ticket}. Chốt vào thứ Năm."),
    "tr": ("Birkaç seçeneğiniz var: 1) timeout'u artırmak, 2) backoff ile tekrar denemek, 3) işi bir kuyruğa taşımak. Bu, sizin durumunuza bağlı.",
           "Toplantıdan seçenekler: 1) timeout artışı ({person}), 2) retry — {pr}, 3) kuyruk — {ticket}. Karar perşembe."),
    "pl": ("Masz kilka opcji: 1) zwiększyć timeout, 2) dodać ponowienia z backoffem, 3) przenieść pracę do kolejki. Wszystko zależy od Twojego przypadku.",
           "Opcje ze spotkania: 1) większy timeout ({person}), 2) ponowienia — {pr}, 3) kolejka — {ticket}. Decyzja w czwartek."),
    "hi": ("आपके पास कुछ विकल्प हैं: 1) timeout बढ़ाना, 2) backoff के साथ retry जोड़ना, 3) काम को queue में भेजना। यह आपके केस पर निर्भर करता है।",
           "मीटिंग से विकल्प: 1) timeout बढ़ाना ({person}), 2) retry — {pr}, 3) queue — {ticket}। फ़ैसला गुरुवार को।"),
    "ar": ("لديك عدة خيارات: 1) زيادة المهلة، 2) إضافة إعادة المحاولة مع التراجع، 3) نقل العمل إلى طابور. يعتمد ذلك على حالتك.",
           "خيارات من الاجتماع: 1) زيادة المهلة ({person})، 2) إعادة المحاولة — {pr}، 3) طابور — {ticket}. القرار يوم الخميس."),
    "ko": ("몇 가지 방법이 있습니다: 1) 타임아웃 늘리기, 2) 백오프 재시도 추가, 3) 작업을 큐로 옮기기. 상황에 따라 다릅니다.",
           "회의에서 나온 안: 1) 타임아웃 증가 ({person}), 2) 재시도 — {pr}, 3) 큐 — {ticket}. 목요일에 결정."),
    "id": ("Ada beberapa pilihan: 1) naikkan timeout, 2) tambahkan retry dengan backoff, 3) pindahkan pekerjaan ke antrean. Tergantung kasus Anda.",
           "Opsi dari rapat: 1) naikkan timeout ({person}), 2) retry — {pr}, 3) antrean — {ticket}. Diputuskan Kamis."),
    "uk": ("У вас є кілька варіантів: 1) збільшити таймаут, 2) додати повтори з backoff, 3) винести роботу в чергу. Усе залежить від вашого випадку.",
           "Варіанти з зустрічі: 1) більший таймаут ({person}), 2) повтори — {pr}, 3) черга — {ticket}. Рішення в четвер."),
    "de": ("Du hast mehrere Möglichkeiten: 1) den Timeout erhöhen, 2) Retries mit Backoff einbauen, 3) die Arbeit in eine Queue verlagern. Es kommt auf deinen Anwendungsfall an.",
           "Optionen aus dem Meeting: 1) Timeout erhöhen ({person}), 2) Retries — {pr}, 3) Queue — {ticket}. Entscheidung am Donnerstag."),
    "es": ("Tienes varias opciones: 1) aumentar el timeout, 2) añadir reintentos con backoff, 3) mover el trabajo a una cola. Depende de tu caso concreto.",
           "Opciones de la reunión: 1) subir el timeout ({person}), 2) reintentos — {pr}, 3) cola — {ticket}. Se decide el jueves."),
    "fr": ("Vous avez plusieurs options : 1) augmenter le timeout, 2) ajouter des retries avec backoff, 3) déplacer le travail dans une file. Tout dépend de votre cas.",
           "Options de la réunion : 1) augmenter le timeout ({person}), 2) retries — {pr}, 3) file — {ticket}. Décision jeudi."),
    "pt": ("Você tem algumas opções: 1) aumentar o timeout, 2) adicionar retries com backoff, 3) mover o trabalho para uma fila. Depende do seu caso.",
           "Opções da reunião: 1) aumentar o timeout ({person}), 2) retries — {pr}, 3) fila — {ticket}. Decisão na quinta."),
    "ja": ("いくつか選択肢があります：1) タイムアウトを延ばす、2) バックオフ付きのリトライを追加する、3) 処理をキューに移す。状況によって最適解は変わります。",
           "会議で出た案：1) タイムアウト延長（{person}）、2) リトライ — {pr}、3) キュー — {ticket}。木曜に決定。"),
    "zh": ("你有几个选择：1）增加超时时间，2）加上带退避的重试，3）把工作移到队列里。具体取决于你的使用场景。",
           "会上的方案：1）加大超时（{person}），2）重试 — {pr}，3）队列 — {ticket}。周四决定。"),
}
