"""More sentences for privacy_blind25's banks: further requests, answers, transliterated chat
(Russian translit, Greeklish, Finglish, Arabizi, Hinglish in Latin script, romaji), and messages of
localised tools (git, npm, pip, kubectl, docker, Windows) as their translated builds print them.
`extend` appends them to the banks once, at import.
"""

ASK = {
    "zh": ["这个正则能不能简化？`^(?:[a-z0-9]+\\.)*[a-z0-9]+$`", "帮我写一段 Nginx 配置，把 /api 转发到 8080，并且开启 gzip。",
           "用表格对比一下阿里云 RDS 和自建 MySQL 的优缺点。", "我想给周报写个开头，帮我起个草，语气轻松一点。"],
    "ja": ["この SQL の実行計画を読んで、どこがボトルネックか教えてください。", "敬語がおかしくないかチェックしてもらえますか？",
           "Go の context の使い方を、社内勉強会用に短くまとめてください。"],
    "ko": ["이 에러 메시지 뜻이 뭔지 쉽게 풀어서 설명해 줘", "주니어 개발자 코드 리뷰할 때 말투를 부드럽게 하는 요령 알려줘",
           "GitHub Actions 로 {svc} 배포 워크플로 만들어 줄래?"],
    "ru": ["Набросай, пожалуйста, текст для статус-страницы про плановые работы в субботу ночью.",
           "Какие метрики ты бы вывел на дашборд для {svc} в первую очередь?", "Напиши регулярку для российского номера телефона в формате +7."],
    "uk": ["Поясни різницю між rebase і merge так, щоб зрозумів стажер.", "Напиши SQL-запит, який знайде дублікати користувачів за email.",
           "Як правильно налаштувати CORS для {svc}?"],
    "ar": ["كيف أكتب اختبار وحدة لهذه الدالة باستخدام pytest؟", "اقترح أسماء أوضح لهذه المتغيرات.", "اشرح لي الفرق بين OAuth و OpenID Connect باختصار."],
    "fa": ["یک اسکریپت bash بنویس که هر شب از دیتابیس بکاپ بگیرد و نسخه‌های قدیمی‌تر از هفت روز را پاک کند.",
           "فرق REST و gRPC را برای همکار غیرفنی توضیح بده.", "چطور متن فارسی را در PDF درست راست‌چین کنم؟"],
    "he": ["תכתוב לי בדיקת יחידה לפונקציה הזאת ב-Jest.", "איך מגדירים rate limiting ב-Nginx?", "תציע שמות טובים יותר למשתנים האלה."],
    "hi": ["इस error का मतलब आसान भाषा में समझाओ", "GitHub Actions से deploy का workflow बना दो", "Postgres में duplicate users ढूँढने की query लिखो"],
    "th": ["ช่วยเขียน unit test ให้ฟังก์ชันนี้หน่อยครับ ใช้ Jest", "ตั้งค่า CORS ใน Express ยังไงให้ปลอดภัย"],
    "el": ["Γράψε μου ένα unit test για αυτή τη συνάρτηση με pytest.", "Πώς στήνω rate limiting στο Nginx;", "Πρότεινε καλύτερα ονόματα μεταβλητών."],
    "vi": ["Viết giúp mình unit test cho hàm này bằng pytest nhé.", "Cấu hình rate limit trong Nginx thế nào?"],
    "id": ["Tolong buatkan unit test untuk fungsi ini pakai PHPUnit.", "Gimana cara setting rate limit di Nginx?",
           "Jelaskan beda REST sama GraphQL buat tim produk."],
    "tr": ["Bu fonksiyon için xUnit ile birim testi yazar mısın?", "Nginx'te rate limiting nasıl ayarlanır?"],
    "pl": ["Napisz test jednostkowy do tej funkcji w JUnit.", "Jak ustawić rate limiting w Nginxie?", "Zaproponuj lepsze nazwy zmiennych."],
    "pt": ["Escreve um teste unitário pra essa função usando Jest.", "Como configuro rate limit no Nginx?",
           "Me sugere nomes melhores pra essas variáveis."],
    "sw": ["Niandikie unit test ya function hii kwa pytest.", "Nieleze tofauti ya REST na GraphQL kwa lugha rahisi.",
           "Ninawekaje rate limiting kwenye Nginx?"],
    "es": ["Escríbeme un test unitario para esta función con Jest.", "¿Cómo configuro rate limiting en Nginx?",
           "¿Me propones nombres mejores para estas variables?"],
}

ANS = {
    "sw": ["REST inatumia URL tofauti kwa kila rasilimali, wakati GraphQL ina endpoint moja ambapo mteja anaomba hasa anachohitaji. "
           "Kwa programu ndogo, REST inatosha."],
    "es": ["Para rate limiting en Nginx usa limit_req_zone en el bloque http y limit_req en el location. Por ejemplo, 10 peticiones "
           "por segundo por IP con un burst de 20."],
    "el": ["Για rate limiting στο Nginx ορίζεις limit_req_zone στο http block και limit_req στο location, π.χ. 10 αιτήματα το "
           "δευτερόλεπτο ανά IP."],
    "he": ["כדי להגדיר rate limiting ב-Nginx מגדירים limit_req_zone בבלוק http ו-limit_req בתוך ה-location. למשל 10 בקשות לשנייה לכל IP."],
    "uk": ["Rebase переписує історію так, ніби ваші коміти зроблено поверх свіжої гілки, а merge зберігає історію як є й додає "
           "коміт злиття. Для спільних гілок безпечніше merge."],
    "fa": ["REST برای هر منبع یک آدرس جدا دارد و معمولاً با JSON کار می‌کند؛ gRPC روی HTTP/2 و Protobuf است و برای ارتباط "
           "سرویس‌ها با هم سریع‌تر است."],
    "pl": ["Rate limiting w Nginxie ustawiasz dyrektywą limit_req_zone w bloku http i limit_req w location, np. 10 żądań na sekundę z jednego IP."],
}

CHAT = {
    "ru": ["privet, deploy segodnya budet?", "da, posle obeda vykatim", "kto-nibud' videl alert po {svc}? ya chto-to slomal kazhetsya"],
    "el": ["kalimera, to {svc} to vgazoume simera?", "nai, meta to meseimeri", "sorry paidia, to alert itan diko mou"],
    "fa": ["salam, emrooz {svc} ro deploy mikonim?", "are, baad az nahar", "bebakhshid, alarm taghsire man bood"],
    "ar": ["salam ya shabab, {svc} benzalo el yom?", "aywa, ba3d el dohr", "sorry el alert kan 3ashani"],
    "hi": ["bhai {svc} aaj deploy hoga kya?", "haan, lunch ke baad karte hain", "sorry yaar, alert meri galti se aaya tha"],
    "ja": ["otsukaresama desu, {svc} no release kyou desu ka?", "hai, gogo ni yarimasu"],
    "ko": ["혹시 {svc} 로그 보신 분? ㅠ 계속 500 뜨네요", "ㅇㅇ 제가 볼게요 5분만요"],
    "zh": ["在吗？{svc} 的报警是不是你那边触发的", "是我，刚回滚了，抱歉🙏", "辛苦了～明天早会聊"],
    "tr": ["abi {svc} loglarına baktın mı, 500 yağıyor", "bakıyorum 5 dk"],
    "pt": ["gente, alguém viu o alerta do {svc}? tá tudo vermelho aqui", "to olhando, 5 min"],
    "id": ["guys ada yg liat alert {svc}? merah semua nih", "lagi aku cek, 5 menit"],
    "sw": ["jamani kuna aliyeona alert ya {svc}? kila kitu ni nyekundu", "naangalia sasa hivi"],
}

ERR = {
    "zh": ["error: 无法推送一些引用到 'origin'\n提示：更新被拒绝，因为远程仓库包含您本地尚不存在的提交。",
           "Error response from daemon: 拉取镜像失败：toomanyrequests", "错误: 找不到满足要求的版本 requests==9.9 (来自版本: 2.31.0)"],
    "ja": ["エラー: パス指定 '{path}' は git で管理されているどのファイルとも一致しませんでした",
           "'kubectl' は、内部コマンドまたは外部コマンド、操作可能なプログラムまたはバッチ ファイルとして認識されていません。"],
    "ko": ["오류: 경로명세 '{path}'에 해당하는 파일을 git에서 찾을 수 없습니다", "'docker'은(는) 내부 또는 외부 명령, 실행할 수 있는 프로그램, 또는 배치 파일이 아닙니다."],
    "ru": ["fatal: не найден git репозиторий (или один из родительских каталогов): .git",
           "Отказано в доступе (publickey).\nfatal: Не удалось прочитать из внешнего репозитория.",
           "\"kubectl\" не является внутренней или внешней командой, исполняемой программой или пакетным файлом."],
    "uk": ["fatal: не є git-репозиторієм (або будь-який з батьківських каталогів): .git"],
    "pt": ["fatal: não é um repositório git (nem nenhum dos diretórios pais): .git", "npm ERR! código ERESOLVE\nnpm ERR! Não foi possível resolver a árvore de dependências"],
    "es": ["fatal: no es un repositorio git (ni ninguno de los directorios superiores): .git"],
    "tr": ["fatal: bir git deposu değil (veya üst dizinlerden herhangi biri): .git"],
    "pl": ["fatal: to nie jest repozytorium gita (ani żaden z katalogów nadrzędnych): .git"],
    "vi": ["fatal: không phải là kho git (hoặc bất kỳ thư mục cha nào): .git"],
    "id": ["fatal: bukan repositori git (atau direktori induk mana pun): .git"],
    "el": ["fatal: δεν είναι αποθετήριο git (ούτε κάποιος από τους γονικούς καταλόγους): .git"],
    "he": ["השירות {svc} לא הגיב בזמן (timeout אחרי 30 שניות)"],
    "fa": ["خطا: فایل {path} پیدا نشد."],
    "ar": ["تعذّر العثور على الأمر 'kubectl'. تأكد من تثبيته وإضافته إلى PATH."],
    "hi": ["त्रुटि: {path} फ़ाइल नहीं मिली।"],
    "th": ["ข้อผิดพลาด: ไม่พบไฟล์ {path}"],
    "sw": ["Hitilafu: faili {path} haikupatikana."],
}


def extend(banks: list[dict]) -> None:
    for b in banks:
        c = b["code"]
        b["ask"] = b["ask"] + ASK.get(c, [])
        b["ans"] = b["ans"] + ANS.get(c, [])
        b["chat"] = b["chat"] + CHAT.get(c, []) + CHAT2.get(c, [])
        b["err"] = b["err"] + ERR.get(c, [])
    extend_more(banks)
    extend_text_pairs(banks)

NOTE = {
    "zh": ["证书还有 {n} 天过期，已在 cert-manager 里加了自动续期，{svc} 重启后生效。",
           "把 {svc} 的日志级别从 debug 调回 info，磁盘写入量下降了一半左右。",
           "繁体用户的搜索结果为空，原因是分词没做简繁转换；{path} 里加了 OpenCC 转换。",
           "压测结果：{svc} 单实例 QPS 约 1,800，瓶颈在 JSON 序列化，不在数据库。"],
    "ja": ["証明書の有効期限が残り {n} 日だったので、cert-manager で自動更新を設定しました。",
           "{svc} のログレベルを debug から info に戻しました。ディスク書き込みが約半分に。",
           "半角カナで登録された住所が検索に引っかからない件、{path} で NFKC 正規化を追加して解消。",
           "負荷試験の結果、{svc} は1インスタンスあたり約 1,800 rps。ボトルネックは DB ではなく JSON 変換でした。"],
    "ko": ["인증서 만료가 {n}일 남아서 cert-manager 자동 갱신 설정했습니다.",
           "{svc} 로그 레벨 debug → info 로 되돌림, 디스크 쓰기 절반 정도로 줄어듦.",
           "주소 검색에서 자모 분리된 입력이 안 잡히던 문제, {path} 에 NFC 정규화 추가해서 해결.",
           "부하 테스트 결과 {svc} 인스턴스당 약 1,800 RPS, 병목은 DB 가 아니라 JSON 직렬화."],
    "th": ["ใบรับรองเหลืออายุ {n} วัน ตั้ง cert-manager ให้ต่ออายุอัตโนมัติแล้ว",
           "ลด log level ของ {svc} จาก debug เป็น info ดิสก์เขียนลดลงครึ่งหนึ่ง",
           "ค้นหาชื่อภาษาไทยไม่เจอเพราะตัดคำผิด แก้ที่ {path} ใช้ตัวตัดคำใหม่แล้ว"],
    "vi": ["Chứng chỉ còn {n} ngày là hết hạn, đã bật tự gia hạn bằng cert-manager.",
           "Hạ log level của {svc} từ debug về info, lượng ghi đĩa giảm khoảng một nửa.",
           "Tìm kiếm tên không dấu không ra kết quả; đã thêm bỏ dấu tiếng Việt trong {path}."],
    "id": ["Sertifikat tinggal {n} hari lagi, sudah dipasang perpanjangan otomatis lewat cert-manager.",
           "Log level {svc} diturunkan dari debug ke info, tulis disk turun kira-kira setengah.",
           "Format nomor HP +62 dan 08 sekarang dinormalisasi di {path} sebelum disimpan."],
    "ru": ["Сертификат истекал через {n} дн., настроил автопродление через cert-manager.",
           "Вернул уровень логов {svc} с debug на info — запись на диск упала примерно вдвое.",
           "Поиск не находил «ё» по запросу с «е»; в {path} добавил нормализацию.",
           "Нагрузочное: {svc} держит около 1 800 rps на инстанс, упираемся в сериализацию JSON, не в базу."],
    "uk": ["Сертифікат спливав за {n} дн., налаштував автоподовження через cert-manager.",
           "Повернув рівень логів {svc} з debug на info, запис на диск упав удвічі.",
           "Апостроф у прізвищах (Мар'яна, В'ячеслав) ламав пошук; у {path} додав нормалізацію."],
    "ar": ["الشهادة كانت ستنتهي بعد {n} يوماً، فعّلت التجديد التلقائي عبر cert-manager.",
           "أعدت مستوى السجلات في {svc} من debug إلى info، وانخفضت الكتابة على القرص إلى النصف تقريباً.",
           "البحث لم يكن يطابق الكلمات بالتشكيل؛ أضفت في {path} خطوة لإزالة التشكيل قبل الفهرسة."],
    "fa": ["گواهی {n} روز دیگر منقضی می‌شد؛ تمدید خودکار را با cert-manager فعال کردم.",
           "سطح لاگ {svc} را از debug به info برگرداندم؛ نوشتن روی دیسک نصف شد.",
           "جست‌وجو «ي» و «ك» عربی را با «ی» و «ک» فارسی یکی نمی‌دانست؛ در {path} نرمال‌سازی اضافه شد."],
    "he": ["התעודה הייתה אמורה לפוג בעוד {n} ימים; הגדרתי חידוש אוטומטי ב-cert-manager.",
           "החזרתי את רמת הלוגים של {svc} מ-debug ל-info; הכתיבה לדיסק ירדה בחצי.",
           "החיפוש לא מצא מילים עם ניקוד; הוספתי ב-{path} הסרת ניקוד לפני האינדוקס."],
    "hi": ["certificate {n} दिन में expire होने वाला था, cert-manager से auto-renew लगा दिया।",
           "{svc} का log level debug से info किया, disk writes लगभग आधे हो गए।",
           "नाम search में 'क़' और 'क' अलग माने जा रहे थे; {path} में nukta normalization जोड़ा।"],
    "el": ["Το πιστοποιητικό έληγε σε {n} μέρες· έβαλα αυτόματη ανανέωση με cert-manager.",
           "Γύρισα το log level του {svc} από debug σε info· οι εγγραφές στον δίσκο μειώθηκαν στο μισό.",
           "Η αναζήτηση δεν έβρισκε λέξεις με τόνους· πρόσθεσα κανονικοποίηση στο {path}."],
    "tr": ["Sertifikanın bitmesine {n} gün kalmıştı, cert-manager ile otomatik yenileme açıldı.",
           "{svc} log seviyesi debug'dan info'ya çekildi, disk yazımı yarıya indi.",
           "Aramada 'İstanbul' ile 'istanbul' eşleşmiyordu; {path} içinde tr-TR kültürüyle küçültme eklendi."],
    "pl": ["Certyfikat wygasał za {n} dni, ustawiłem automatyczne odnawianie w cert-managerze.",
           "Zmieniłem poziom logów {svc} z debug na info, zapis na dysk spadł o połowę.",
           "Wyszukiwarka nie znajdowała „Łódź” po wpisaniu „lodz”; w {path} dodałem usuwanie znaków diakrytycznych."],
    "pt": ["O certificado vencia em {n} dias; configurei renovação automática no cert-manager.",
           "Voltei o log level do {svc} de debug pra info, a escrita em disco caiu pela metade.",
           "A busca não achava 'São Paulo' digitando 'sao paulo'; adicionei remoção de acentos em {path}."],
    "sw": ["Cheti kingeisha baada ya siku {n}; nimeweka usasishaji wa kiotomatiki kwa cert-manager.",
           "Nimerudisha log level ya {svc} kutoka debug hadi info; uandishi wa diski umepungua nusu."],
    "es": ["El certificado caducaba en {n} días; dejé la renovación automática en cert-manager.",
           "Bajé el nivel de logs de {svc} de debug a info y la escritura en disco cayó a la mitad.",
           "La búsqueda no encontraba «Peñalolén» escribiendo «penalolen»; añadí normalización en {path}."],
}

KEY = {
    "zh": ["{svc} 的 {what} 贴这里了，用完记得删：{v}", "刚从控制台拿到的 {what} → {v}"],
    "ja": ["{svc} 用の {what} を共有します（後で消します）：{v}", "コンソールで発行した {what} → {v}"],
    "ko": ["{svc} 쪽 {what} 여기 붙여둘게요, 확인하면 지울게요: {v}", "콘솔에서 방금 발급한 {what} → {v}"],
    "ru": ["Кидаю {what} для {svc}, потом удалю: {v}", "Только что выпустил в консоли {what} → {v}"],
    "ar": ["هذا {what} الخاص بـ {svc}، سأحذفه لاحقاً: {v}"],
    "fa": ["{what} مربوط به {svc} را اینجا می‌گذارم، بعداً پاکش می‌کنم: {v}"],
    "he": ["מדביק פה את ה-{what} של {svc}, אמחק אחר כך: {v}"],
    "hi": ["{svc} का {what} यहाँ डाल रहा हूँ, बाद में हटा दूँगा: {v}"],
    "tr": ["{svc} için {what} burada, sonra sileceğim: {v}"],
    "pt": ["Deixo aqui o {what} do {svc}, depois apago: {v}"],
    "id": ["Aku taruh {what} {svc} di sini ya, nanti dihapus: {v}"],
    "vi": ["Để tạm {what} của {svc} ở đây, xong mình xoá: {v}"],
    "pl": ["Wrzucam {what} do {svc}, potem usunę: {v}"],
    "uk": ["Кидаю {what} для {svc}, потім видалю: {v}"],
    "el": ["Αφήνω εδώ το {what} του {svc}, θα το σβήσω μετά: {v}"],
    "th": ["แปะ {what} ของ {svc} ไว้ตรงนี้ก่อน เดี๋ยวลบ: {v}"],
    "sw": ["Naweka {what} ya {svc} hapa, nitaifuta baadaye: {v}"],
    "es": ["Dejo aquí el {what} de {svc}, luego lo borro: {v}"],
}

WHERE = {
    "zh": ["{what} 每季度轮换一次，轮换记录在工单里，值本身不落地。"],
    "ja": ["{what} は四半期ごとにローテーションします。値そのものはどこにも書き残しません。"],
    "ko": ["{what} 는 분기마다 교체하고, 값 자체는 어디에도 적지 않습니다."],
    "ru": ["{what} ротируем раз в квартал; само значение нигде не записываем."],
    "ar": ["نقوم بتدوير {what} كل ربع سنة، ولا تُكتب القيمة نفسها في أي مكان."],
    "pt": ["O {what} é rotacionado a cada trimestre; o valor em si não fica anotado em lugar nenhum."],
    "tr": ["{what} her çeyrek yenileniyor; değerin kendisi hiçbir yere yazılmıyor."],
    "id": ["{what} dirotasi tiap kuartal; nilainya sendiri tidak dicatat di mana pun."],
    "hi": ["{what} हर quarter rotate होता है; value खुद कहीं नहीं लिखी जाती।"],
    "he": ["את ה-{what} מחליפים כל רבעון; הערך עצמו לא נכתב בשום מקום."],
}


def extend_more(banks: list[dict]) -> None:
    for b in banks:
        c = b["code"]
        b["note"] = b["note"] + NOTE.get(c, [])
        b["key"] = b["key"] + KEY.get(c, [])
        b["where"] = [w.replace("{path}", "{vault}") for w in b["where"] + WHERE.get(c, [])]

SYS = {
    "zh": ["你是公司内部的 SQL 助手。只生成 PostgreSQL 15 语法；禁止生成 DELETE、DROP、TRUNCATE；如果用户的需求不明确，先反问再写。",
           "你是周报助手：把用户贴进来的零散工作记录整理成「本周完成 / 下周计划 / 风险」三段，每段不超过五条，语气客观。"],
    "ja": ["あなたは議事録要約ボットです。発言者名は残さず、「決定事項」「宿題（担当・期限）」「保留」の三つの見出しでまとめてください。"],
    "ko": ["당신은 사내 위키 검색 도우미입니다. 제공된 문서 조각에 근거해서만 답하고, 근거가 없으면 '문서에서 찾을 수 없습니다'라고 답하세요. 출처 링크를 항상 붙이세요."],
    "ru": ["Ты — бот дежурного инженера. На вход получаешь алерт из Alertmanager; ответь тремя строками: что сломалось, насколько срочно, что проверить первым. Без воды и без смайликов."],
    "ar": ["أنت مساعد لكتابة ملاحظات الإصدار. حوّل قائمة الالتزامات إلى فقرات قصيرة موجّهة للعملاء بالعربية الفصحى، وتجاهل التغييرات الداخلية."],
    "pt": ["Você é o assistente de atendimento da loja. Se o cliente perguntar de prazo de entrega, consulte a ferramenta rastrear_pedido antes de responder. Nunca invente código de rastreio."],
    "id": ["Kamu adalah asisten internal tim keuangan. Jawab hanya berdasarkan dokumen kebijakan yang diberikan, sebutkan nomor pasalnya, dan gunakan bahasa formal."],
    "tr": ["Sen bir çağrı merkezi özetleme asistanısın. Görüşme dökümünü al, müşterinin talebini tek cümlede yaz, ardından yapılması gerekenleri madde madde sırala."],
    "hi": ["आप एक internal HR FAQ bot हैं। छुट्टी और reimbursement के सवालों का जवाब सिर्फ़ policy document से दें; salary से जुड़े सवालों पर HR से संपर्क करने को कहें।"],
    "vi": ["Bạn là trợ lý tóm tắt cuộc họp. Trả lời bằng tiếng Việt, chia thành: Quyết định, Việc cần làm (người phụ trách, hạn), Vấn đề còn mở."],
    "pl": ["Jesteś asystentem do pisania opisów pull requestów. Na podstawie diffu napisz: cel zmiany, co się zmieniło, jak przetestować. Po polsku, bez emotek."],
    "he": ["אתה בוט שמסכם תקלות לדוח הבוקר. כתוב בעברית, בשלוש שורות: מה קרה, מה ההשפעה, מה הסטטוס. אל תכלול שמות של לקוחות."],
}

# (request, answer) pairs: index into the bank's original ask and ans lists, or text prefixes for extras
PAIRS = {
    "zh": [(0, 0), (1, 1), (3, 2), (7, 3), (6, 4)], "ja": [(0, 0), (1, 1), (2, 2), (8, 3), (5, 4)],
    "ko": [(0, 0), (1, 1), (5, 2), (7, 3), (8, 4)], "th": [(0, 0), (1, 1), (5, 2), (6, 3)],
    "vi": [(0, 0), (1, 1), (6, 2), (5, 3)], "id": [(0, 0), (1, 1), (6, 2), (5, 3)],
    "ru": [(0, 0), (1, 1), (6, 2), (5, 3)], "uk": [(0, 0), (5, 1), (3, 2)], "ar": [(0, 0), (1, 1), (5, 2), (3, 3)],
    "fa": [(0, 0), (3, 1), (1, 2)], "he": [(0, 0), (3, 1), (1, 2)], "hi": [(0, 0), (3, 1), (6, 2)],
    "el": [(0, 0), (3, 1), (1, 2)], "tr": [(0, 0), (6, 1), (3, 2), (1, 3)], "pl": [(0, 0), (1, 1), (3, 2)],
    "pt": [(0, 0), (1, 1), (3, 2), (6, 3)], "sw": [(0, 0), (3, 1), (1, 2)], "es": [(0, 0), (1, 1), (3, 2)],
}
PAIR_TEXT = {
    "sw": [("Nieleze tofauti ya REST", "REST inatumia")], "es": [("¿Cómo configuro rate", "Para rate limiting")],
    "el": [("Πώς στήνω rate", "Για rate limiting")], "he": [("איך מגדירים rate", "כדי להגדיר rate")],
    "uk": [("Поясни різницю між rebase", "Rebase переписує")], "fa": [("فرق REST و gRPC", "REST برای هر منبع")],
    "pl": [("Jak ustawić rate", "Rate limiting w Nginxie")],
}


def extend_pairs(banks: list[dict]) -> None:
    for b in banks:
        c = b["code"]
        b["sys"] = b["sys"] + SYS.get(c, [])
        b["pairs"] = [(b["ask"][i], b["ans"][j]) for i, j in PAIRS.get(c, [])]


def extend_text_pairs(banks: list[dict]) -> None:
    """Pairs among the requests and answers `extend` added, found by their opening words."""
    for b in banks:
        for qa, aa in PAIR_TEXT.get(b["code"], []):
            q = next(x for x in b["ask"] if x.startswith(qa))
            a = next(x for x in b["ans"] if x.startswith(aa))
            b["pairs"] = [*b["pairs"], (q, a)]

CHAT2 = {
    "zh": ["PR 我提了，麻烦有空帮忙看下，主要改了重试那块", "看了，有两个小问题，评论里写了", "今晚我值班，有事电话我", "下周三我请假，{svc} 的事找陈静",
           "这个需求产品那边又改了…", "哈哈哈 又改了"],
    "ja": ["PR 出しました、お手すきの際にレビューお願いします🙇", "見ました！2点だけコメントしてます", "今夜の当番は私です、何かあれば電話ください",
           "来週水曜お休みいただきます。{svc} の件は鈴木さんにお願いしてます", "また仕様変わったんですか…😇"],
    "ko": ["PR 올렸어요~ 시간 되실 때 리뷰 부탁드립니다", "봤어요! 코멘트 두 개 남겼어요", "오늘 밤 당직 저예요, 급하면 전화 주세요",
           "다음 주 수요일 연차입니다. {svc} 건은 서연님께 부탁드렸어요", "기획 또 바뀌었대요 ㅋㅋㅋ"],
    "ru": ["закинул PR, глянь как будет время, там в основном ретраи", "посмотрел, два мелких коммента оставил", "сегодня ночью я дежурю, если что — звоните",
           "в среду меня не будет, по {svc} — к Марии", "опять требования поменяли? 🙃"],
    "uk": ["закинув PR, глянь, коли буде час", "подивилась, лишила два коментарі", "сьогодні вночі я черговий, якщо що — дзвоніть", "у середу мене не буде, з {svc} — до Ірини"],
    "ar": ["رفعت الـ PR، لو تكرمت راجعه لما تفضى", "راجعته، تركت ملاحظتين صغيرتين", "أنا المناوب الليلة، اتصلوا بي إذا صار شي", "يوم الأربعاء إجازة، بخصوص {svc} كلموا فاطمة"],
    "fa": ["PR رو زدم، وقت کردی یه نگاه بنداز", "دیدم، دو تا کامنت کوچیک گذاشتم", "امشب من آنکالم، اگه چیزی شد زنگ بزنید", "چهارشنبه نیستم، کارهای {svc} با مریم"],
    "he": ["העליתי PR, תעיף מבט כשיש לך זמן", "הסתכלתי, השארתי שתי הערות קטנות", "אני תורן הלילה, אם משהו קורה תתקשרו", "ביום רביעי אני בחופש, לגבי {svc} תפנו לנועה"],
    "hi": ["PR डाल दिया है, time मिले तो देख लेना", "देख लिया, दो छोटे comments छोड़े हैं", "आज रात on-call मैं हूँ, कुछ हो तो call करना", "बुधवार को छुट्टी पर हूँ, {svc} के लिए प्रिया से बात करना"],
    "th": ["เปิด PR แล้วนะครับ ว่างเมื่อไหร่ฝากรีวิวหน่อย", "ดูแล้วค่ะ คอมเมนต์ไว้สองจุด", "คืนนี้ผมเข้าเวร มีอะไรโทรมาได้เลย", "วันพุธลาพักร้อนนะคะ เรื่อง {svc} ฝากพี่ปิยะ"],
    "el": ["άνοιξα PR, ρίξε μια ματιά όταν μπορείς", "το είδα, άφησα δύο σχόλια", "απόψε έχω βάρδια, αν γίνει κάτι πάρτε τηλέφωνο", "Τετάρτη λείπω, για το {svc} μιλήστε με τη Μαρία"],
    "vi": ["em tạo PR rồi, a rảnh review giúp em nhé", "xem rồi, để lại 2 comment nhỏ", "tối nay mình trực, có gì gọi mình", "thứ 4 em nghỉ phép, việc {svc} nhờ chị Hà"],
    "id": ["PR udah aku buka ya, tolong review kalau sempat", "udah aku liat, ada 2 komen kecil", "malam ini aku yang piket, kalau ada apa2 telepon aja", "Rabu aku cuti, urusan {svc} ke Sari dulu ya"],
    "tr": ["PR açtım, vaktin olunca bakar mısın", "baktım, iki küçük yorum bıraktım", "bu gece nöbet bende, bir şey olursa arayın", "çarşamba izinliyim, {svc} için Ayşe'ye yazın"],
    "pl": ["wrzuciłem PR, zerknij jak znajdziesz chwilę", "zerknęłam, zostawiłam dwa komentarze", "dziś w nocy mam dyżur, w razie czego dzwońcie", "w środę mnie nie ma, w sprawie {svc} pisz do Kasi"],
    "pt": ["abri o PR, dá uma olhada quando puder", "olhei, deixei dois comentários pequenos", "hoje à noite o plantão é meu, qualquer coisa liga", "quarta tô de folga, o {svc} fica com a Ana"],
    "sw": ["nimefungua PR, tafadhali ipitie ukipata muda", "nimeiona, nimeacha maoni mawili madogo", "usiku wa leo mimi ndiye niko zamu, kukiwa na shida nipigie", "Jumatano sitakuwepo, mambo ya {svc} mwone Amina"],
    "es": ["subí el PR, échale un ojo cuando puedas", "lo vi, dejé dos comentarios pequeños", "esta noche estoy de guardia, cualquier cosa llamadme", "el miércoles no estoy, lo de {svc} con Lucía"],
}
