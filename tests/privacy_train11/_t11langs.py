"""Round 11's other languages: requests, transcripts and model answers beside notes, commit
messages and runbook steps in the same language.

Per language: R (requests to a model), C (constraints on the output), A (model answers), T (terse
follow-up turns, from ``_t11langs2``), U/S (the words a transcript uses for user and assistant);
N (notes), M (commit messages), B (runbook steps). Written for this corpus, one sentence a line.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from _t11langs2 import MORE

L: dict[str, dict[str, tuple[str, ...]]] = {
    "de": {
        "R": ("erklär mir, warum der Retry-Zähler nach dem Deploy zurückgesetzt wird", "schreib einen Test für die Locking-Funktion", "fass diesen Stacktrace für mich zusammen", "formuliere die Fehlermeldung freundlicher um", "gib mir drei Vorschläge für einen Modulnamen", "übersetz die Release Notes ins Englische", "tu so, als wärst du ein erfahrener SRE, und bewerte unseren Runbook-Entwurf"),
        "C": ("in drei Stichpunkten", "kürzer bitte", "ohne Emojis", "Schritt für Schritt", "so, dass es ein Praktikant versteht"),
        "A": ("Das liegt daran, dass der Cache-Schlüssel die Mandanten-ID nicht enthält. Du hast zwei Möglichkeiten: den Schlüssel erweitern oder den Cache pro Mandant trennen.", "Kurz gesagt: Der Client wiederholt die Anfrage, bevor der Server die Sperre freigibt. Ein Jitter beim Backoff löst das meistens."),
        "U": ("Nutzer", "Ich", "Frage"), "S": ("Assistent", "KI", "Antwort"),
        "N": ("Flaky-Test erneut laufen lassen, dann Retry-Budget prüfen", "Migration auf Staging eingespielt, Prod folgt am Donnerstag", "blockiert durch Review von Jonas", "Zertifikat läuft am 12.12. ab, Ticket OPS-311 angelegt", "Index auf orders.created_at gebaut, Abfrage jetzt 40 ms", "PR offen, Tests grün"),
        "M": ("Behebe Race Condition beim Sperren der Datei", "Erhöhe Timeout für Suche auf 10s", "Entferne veralteten Import-Pfad", "Aktualisiere Abhängigkeiten (pydantic 2.9)"),
        "B": ("Dienst stoppen: systemctl stop handoff-worker", "Logs prüfen und alte Dateien unter /var/log/app löschen", "Backup einspielen und Prüfsumme vergleichen", "Bei Fehlern den Bereitschaftsdienst anrufen"),
    },
    "fr": {
        "R": ("explique-moi pourquoi le test échoue une fois sur vingt", "écris une fonction qui parse ce CSV", "résume ce fil de discussion pour moi", "réécris ce paragraphe de la doc pour qu'il soit plus clair", "propose trois noms pour ce service", "fais comme si tu étais un relecteur exigeant et critique ce code"),
        "C": ("en trois points", "plus court", "sans emojis", "étape par étape", "comme si j'avais cinq ans"),
        "A": ("Le problème vient du fuseau horaire : le rapport utilise minuit UTC alors que le tableau de bord regroupe par date locale. Vous pouvez soit convertir les dates, soit afficher l'UTC partout.", "En bref, le consommateur valide l'offset avant le traitement. Si le processus plante, le message est perdu ; validez-le après."),
        "U": ("Utilisateur", "Moi", "Question"), "S": ("Assistant", "IA", "Réponse"),
        "N": ("relancer le test instable puis vérifier le budget de tentatives", "migration appliquée en préprod, prod jeudi", "en attente de la revue de Camille", "certificat renouvelé, expire le 04/03", "PR ouverte, CI verte", "bloqué par INFRA-204"),
        "M": ("Corrige la fuite mémoire du générateur de vignettes", "Ajoute un index sur orders.created_at", "Passe le délai d'attente à 30 s", "Supprime le code mort du module d'export"),
        "B": ("Arrêter le service : systemctl stop api", "Vider le cache Redis avec FLUSHDB sur l'instance de préprod", "Restaurer la sauvegarde de la veille", "Prévenir l'astreinte si l'erreur persiste"),
    },
    "es": {
        "R": ("explícame por qué la caché devuelve datos de otro cliente", "escribe un test para la función de reintentos", "resume este hilo de soporte para mí", "reescribe el mensaje de error para que lo entienda un usuario", "dame tres opciones para nombrar el módulo", "actúa como un arquitecto senior y revisa este diseño"),
        "C": ("en tres viñetas", "más corto", "sin emojis", "paso a paso", "como si tuviera cinco años"),
        "A": ("Esto ocurre porque la clave de la caché no incluye el identificador del cliente. Puedes añadirlo a la clave o separar la caché por cliente.", "La causa más probable es que la migración se ejecuta antes de que exista la columna. Añade IF NOT EXISTS y vuelve a lanzarla."),
        "U": ("Usuario", "Yo", "Pregunta"), "S": ("Asistente", "IA", "Respuesta"),
        "N": ("volver a lanzar el test inestable y revisar el presupuesto de reintentos", "migración aplicada en staging, producción el jueves", "bloqueado por la revisión de Lucía", "certificado renovado, caduca en marzo", "PR abierta, tests en verde", "pendiente: borrar el índice viejo"),
        "M": ("Corrige condición de carrera al bloquear el fichero", "Aumenta el timeout de búsqueda a 10 s", "Elimina dependencia sin uso", "Actualiza la guía de despliegue"),
        "B": ("Detener el servicio con systemctl stop worker", "Comprobar el espacio en disco con df -h", "Restaurar la copia de seguridad de anoche", "Avisar a guardia si el error continúa"),
    },
    "pt": {
        "R": ("me explica por que o worker trava depois do deploy", "escreva um teste para essa função de paginação", "resuma esse log para mim", "reescreva essa mensagem de commit de forma mais clara", "me dá três opções de nome para o serviço", "finja que você é um revisor de código chato e critique esse PR"),
        "C": ("em três tópicos", "mais curto", "sem emojis", "passo a passo", "em linguagem simples"),
        "A": ("Isso acontece porque o cursor é montado a partir de uma coluna que não é única. Use uma chave composta (created_at, id) e o problema some.", "Resumindo: o loop de eventos está bloqueado por uma chamada síncrona. Mova essa chamada para um executor."),
        "U": ("Usuário", "Eu", "Pergunta"), "S": ("Assistente", "IA", "Resposta"),
        "N": ("rodar de novo o teste instável e depois conferir o orçamento de retentativas", "migração aplicada em homologação, produção na quinta", "aguardando revisão do Rafael", "certificado renovado, vence em março", "PR aberto, CI verde", "bloqueado pelo ticket OPS-88"),
        "M": ("Corrige vazamento de memória no gerador de miniaturas", "Adiciona índice em pedidos.criado_em", "Aumenta timeout da busca para 10s", "Remove código morto do exportador"),
        "B": ("Parar o serviço: systemctl stop api", "Verificar o uso de disco com df -h", "Restaurar o backup da noite anterior", "Acionar o plantão se o erro continuar"),
    },
    "it": {
        "R": ("spiegami perché il test fallisce solo su arm64", "scrivi una funzione che validi questo JSON", "riassumi questa discussione per me", "riscrivi la descrizione della PR in modo più chiaro", "dammi tre alternative per questo nome di variabile", "fai finta di essere un revisore severo e commenta il codice"),
        "C": ("in tre punti", "più breve", "senza emoji", "passo dopo passo", "in parole semplici"),
        "A": ("Il problema è che il timeout predefinito è più corto della query più lenta. Puoi alzarlo solo per questo endpoint oppure spostare la query in un job in background.", "In breve: due worker leggono lo stesso offset. Serve un lock o una partizione per worker."),
        "U": ("Utente", "Io", "Domanda"), "S": ("Assistente", "IA", "Risposta"),
        "N": ("rilanciare il test instabile e poi controllare il budget dei retry", "migrazione applicata in staging, produzione giovedì", "in attesa della review di Giulia", "certificato rinnovato, scade a marzo", "PR aperta, CI verde", "bloccato da INFRA-77"),
        "M": ("Corregge la race condition sul file di lock", "Aumenta il timeout della ricerca a 10s", "Rimuove una dipendenza inutilizzata", "Aggiorna la guida al rilascio"),
        "B": ("Fermare il servizio con systemctl stop worker", "Controllare lo spazio su disco con df -h", "Ripristinare il backup della notte", "Avvisare il reperibile se l'errore persiste"),
    },
    "nl": {
        "R": ("leg uit waarom de cache verkeerde data teruggeeft", "schrijf een test voor de retry-functie", "vat deze thread voor me samen", "herschrijf deze foutmelding zodat een klant hem snapt", "geef me drie namen voor deze module", "doe alsof je een kritische reviewer bent en beoordeel deze code"),
        "C": ("in drie punten", "korter graag", "zonder emoji's", "stap voor stap", "in simpele taal"),
        "A": ("Dat komt doordat de cache-sleutel het tenant-id mist. Voeg het toe aan de sleutel of splits de cache per tenant.", "Kort gezegd: de client probeert opnieuw voordat de server het slot vrijgeeft. Jitter in de backoff lost dat meestal op."),
        "U": ("Gebruiker", "Ik", "Vraag"), "S": ("Assistent", "AI", "Antwoord"),
        "N": ("flaky test opnieuw draaien, daarna retry-budget checken", "migratie op staging gedraaid, productie donderdag", "wacht op review van Sanne", "certificaat vernieuwd, verloopt in maart", "PR open, CI groen", "geblokkeerd door OPS-19"),
        "M": ("Los race condition op bij het vergrendelen van het bestand", "Verhoog zoek-timeout naar 10s", "Verwijder ongebruikte dependency", "Werk de deploy-handleiding bij"),
        "B": ("Stop de service met systemctl stop worker", "Controleer de schijfruimte met df -h", "Zet de back-up van vannacht terug", "Bel de dienstdoende als de fout blijft"),
    },
    "pl": {
        "R": ("wyjaśnij mi, dlaczego test przechodzi lokalnie, a na CI nie", "napisz funkcję, która sparsuje ten plik CSV", "streść mi ten wątek", "przepisz ten komunikat błędu prostszym językiem", "podaj trzy propozycje nazwy dla tej usługi", "udawaj doświadczonego recenzenta i oceń ten kod"),
        "C": ("w trzech punktach", "krócej", "bez emotek", "krok po kroku", "jak dla pięciolatka"),
        "A": ("Problem polega na tym, że klucz cache nie zawiera identyfikatora klienta. Możesz dodać go do klucza albo rozdzielić cache per klient.", "W skrócie: konsument zatwierdza offset przed przetworzeniem wiadomości, więc po awarii ją traci."),
        "U": ("Użytkownik", "Ja", "Pytanie"), "S": ("Asystent", "AI", "Odpowiedź"),
        "N": ("puścić ponownie niestabilny test, potem sprawdzić budżet ponowień", "migracja wgrana na staging, produkcja w czwartek", "czeka na review od Kasi", "certyfikat odnowiony, wygasa w marcu", "PR otwarty, CI zielone", "zablokowane przez INFRA-52"),
        "M": ("Naprawia wyścig przy blokowaniu pliku", "Zwiększa timeout wyszukiwania do 10 s", "Usuwa nieużywaną zależność", "Aktualizuje instrukcję wdrożenia"),
        "B": ("Zatrzymaj usługę: systemctl stop worker", "Sprawdź miejsce na dysku poleceniem df -h", "Przywróć kopię zapasową z nocy", "Jeśli błąd nie znika, zadzwoń do dyżurnego"),
    },
    "ru": {
        "R": ("объясни, почему тест падает только на CI", "напиши функцию, которая разберёт этот CSV", "кратко перескажи этот лог", "перепиши сообщение об ошибке понятнее для пользователя", "предложи три названия для сервиса", "представь, что ты опытный ревьюер, и оцени этот код"),
        "C": ("в трёх пунктах", "короче", "без эмодзи", "пошагово", "простыми словами"),
        "A": ("Это происходит потому, что ключ кэша не включает идентификатор арендатора. Можно добавить его в ключ или разделить кэш.", "Если коротко: клиент повторяет запрос раньше, чем сервер освобождает блокировку. Добавьте джиттер в задержку."),
        "U": ("Пользователь", "Я", "Вопрос"), "S": ("Ассистент", "ИИ", "Ответ"),
        "N": ("перезапустить нестабильный тест, потом проверить лимит повторов", "миграция накатана на стейджинг, прод в четверг", "ждём ревью от Артёма", "сертификат продлён до марта", "PR открыт, CI зелёный", "заблокировано задачей OPS-140"),
        "M": ("Исправлена гонка при блокировке файла", "Увеличен таймаут поиска до 10 с", "Удалена неиспользуемая зависимость", "Обновлена инструкция по деплою"),
        "B": ("Остановить сервис: systemctl stop worker", "Проверить место на диске через df -h", "Восстановить ночной бэкап", "Если ошибка повторяется, позвонить дежурному"),
    },
    "uk": {
        "R": ("поясни, чому тест падає лише на arm64", "напиши функцію для валідації цього JSON", "стисло перекажи цю дискусію", "перепиши опис PR зрозуміліше", "дай три варіанти назви модуля", "уяви, що ти суворий рецензент, і прокоментуй код"),
        "C": ("у трьох пунктах", "коротше", "без емодзі", "крок за кроком", "простими словами"),
        "A": ("Причина в тому, що таймаут за замовчуванням коротший за найповільніший запит. Підніміть його лише для цього ендпоінта.", "Коротко: два воркери читають той самий офсет, тому повідомлення обробляються двічі."),
        "U": ("Користувач", "Я", "Питання"), "S": ("Асистент", "ШІ", "Відповідь"),
        "N": ("перезапустити нестабільний тест, потім перевірити ліміт повторів", "міграцію накочено на стейджинг, прод у четвер", "чекаємо на рев'ю від Олени", "сертифікат поновлено до березня", "PR відкрито, CI зелений", "заблоковано задачею OPS-61"),
        "M": ("Виправлено гонку під час блокування файлу", "Збільшено таймаут пошуку до 10 с", "Видалено невикористану залежність", "Оновлено інструкцію з розгортання"),
        "B": ("Зупинити сервіс: systemctl stop worker", "Перевірити місце на диску через df -h", "Відновити нічну резервну копію", "Якщо помилка лишається, зателефонувати черговому"),
    },
    "tr": {
        "R": ("testin neden sadece CI'da patladığını açıkla", "bu CSV dosyasını ayrıştıran bir fonksiyon yaz", "bu konuşmayı benim için özetle", "bu hata mesajını kullanıcının anlayacağı şekilde yeniden yaz", "bu servis için üç isim öner", "deneyimli bir kod gözden geçirici gibi davran ve bu kodu değerlendir"),
        "C": ("üç madde halinde", "daha kısa", "emoji olmadan", "adım adım", "basit bir dille"),
        "A": ("Bunun nedeni önbellek anahtarının kiracı kimliğini içermemesi. Anahtara ekleyebilir ya da önbelleği kiracıya göre ayırabilirsin.", "Kısacası istemci, sunucu kilidi bırakmadan yeniden deniyor. Geri çekilmeye rastgelelik eklemek genelde yeterli."),
        "U": ("Kullanıcı", "Ben", "Soru"), "S": ("Asistan", "YZ", "Cevap"),
        "N": ("kararsız testi tekrar çalıştır, sonra yeniden deneme bütçesini kontrol et", "migration staging'e uygulandı, prod perşembe", "Emre'nin incelemesini bekliyor", "sertifika yenilendi, mart'ta bitiyor", "PR açık, CI yeşil", "OPS-73 yüzünden bloklu"),
        "M": ("Dosya kilitlemedeki yarış durumunu düzelt", "Arama zaman aşımını 10 saniyeye çıkar", "Kullanılmayan bağımlılığı kaldır", "Dağıtım kılavuzunu güncelle"),
        "B": ("Servisi durdur: systemctl stop worker", "Disk alanını df -h ile kontrol et", "Dünkü yedeği geri yükle", "Hata sürerse nöbetçiyi ara"),
    },
    "zh": {
        "R": ("解释一下为什么部署后重试计数会被重置", "帮我写一个解析这个CSV的函数", "帮我总结一下这段日志", "把这段报错信息改写得让普通用户也能看懂", "给我三个服务名称的备选", "假设你是资深的代码审查者，评价一下这段代码"),
        "C": ("分三点说", "再短一点", "不要表情符号", "一步一步来", "用通俗的话"),
        "A": ("这是因为缓存键里没有包含租户ID。你可以把租户ID加进缓存键，或者按租户拆分缓存。", "简单来说，客户端在服务器释放锁之前就重试了。给退避时间加上随机抖动通常就能解决。"),
        "U": ("用户", "我", "问"), "S": ("助手", "AI", "答"),
        "N": ("重跑不稳定的测试，然后检查重试预算", "迁移已在预发环境执行，生产环境周四上线", "等待小王review", "证书已续期，三月到期", "PR已提交，CI通过", "被OPS-215阻塞"),
        "M": ("修复文件加锁时的竞态条件", "将搜索超时调整为10秒", "移除未使用的依赖", "更新部署文档"),
        "B": ("停止服务：systemctl stop worker", "用 df -h 检查磁盘空间", "恢复昨晚的备份", "如果错误仍然存在，联系值班人员"),
    },
    "ja": {
        "R": ("デプロイ後にリトライ回数がリセットされる理由を説明して", "このCSVをパースする関数を書いて", "このログを要約してください", "このエラーメッセージをユーザーにわかりやすく書き直して", "このサービス名の候補を3つ出して", "経験豊富なレビュアーになりきって、このコードを評価して"),
        "C": ("箇条書き3つで", "もっと短く", "絵文字なしで", "ステップごとに", "小学生にもわかるように"),
        "A": ("原因はキャッシュキーにテナントIDが含まれていないことです。キーに追加するか、テナントごとにキャッシュを分けてください。", "要するに、サーバーがロックを解放する前にクライアントが再試行しています。バックオフにジッターを入れれば解決することが多いです。"),
        "U": ("ユーザー", "私", "質問"), "S": ("アシスタント", "AI", "回答"),
        "N": ("不安定なテストを再実行して、リトライ上限を確認する", "ステージングにマイグレーション適用済み、本番は木曜", "田中さんのレビュー待ち", "証明書更新済み、3月に期限切れ", "PR作成済み、CIグリーン", "OPS-98でブロック中"),
        "M": ("ファイルロック時の競合状態を修正", "検索のタイムアウトを10秒に延長", "未使用の依存関係を削除", "デプロイ手順書を更新"),
        "B": ("サービスを停止する: systemctl stop worker", "df -h でディスク容量を確認する", "昨夜のバックアップを復元する", "エラーが続く場合は当番に連絡する"),
    },
    "ko": {
        "R": ("배포 후에 재시도 횟수가 초기화되는 이유를 설명해 줘", "이 CSV를 파싱하는 함수를 작성해 줘", "이 로그를 요약해 줘", "이 오류 메시지를 사용자가 이해하기 쉽게 다시 써 줘", "서비스 이름 후보 세 개만 제안해 줘", "숙련된 리뷰어인 척하고 이 코드를 평가해 줘"),
        "C": ("세 줄로", "더 짧게", "이모지 없이", "단계별로", "쉬운 말로"),
        "A": ("캐시 키에 테넌트 ID가 빠져 있기 때문입니다. 키에 추가하거나 테넌트별로 캐시를 나누면 됩니다.", "요약하면 서버가 락을 해제하기 전에 클라이언트가 재시도하고 있습니다. 백오프에 지터를 추가하면 대부분 해결됩니다."),
        "U": ("사용자", "나", "질문"), "S": ("어시스턴트", "AI", "답변"),
        "N": ("불안정한 테스트 다시 돌리고 재시도 예산 확인", "스테이징에 마이그레이션 적용, 운영은 목요일", "민수 리뷰 대기 중", "인증서 갱신 완료, 3월 만료", "PR 올림, CI 통과", "OPS-130 때문에 막힘"),
        "M": ("파일 잠금 시 경쟁 상태 수정", "검색 타임아웃을 10초로 늘림", "사용하지 않는 의존성 제거", "배포 문서 업데이트"),
        "B": ("서비스 중지: systemctl stop worker", "df -h로 디스크 용량 확인", "어젯밤 백업 복원", "오류가 계속되면 당직자에게 연락"),
    },
    "vi": {
        "R": ("giải thích giúp tôi tại sao test chỉ lỗi trên CI", "viết một hàm để phân tích file CSV này", "tóm tắt đoạn log này cho tôi", "viết lại thông báo lỗi này cho người dùng dễ hiểu", "gợi ý ba cái tên cho dịch vụ này", "hãy đóng vai một người review khó tính và nhận xét đoạn code này"),
        "C": ("trong ba gạch đầu dòng", "ngắn hơn", "không dùng emoji", "từng bước một", "bằng lời đơn giản"),
        "A": ("Nguyên nhân là khóa cache không chứa mã tenant. Bạn có thể thêm mã tenant vào khóa hoặc tách cache theo tenant.", "Nói ngắn gọn, client thử lại trước khi server nhả khóa. Thêm jitter vào backoff thường sẽ giải quyết được."),
        "U": ("Người dùng", "Tôi", "Hỏi"), "S": ("Trợ lý", "AI", "Đáp"),
        "N": ("chạy lại test chập chờn rồi kiểm tra giới hạn retry", "đã chạy migration trên staging, production thứ năm", "đang chờ anh Minh review", "đã gia hạn chứng chỉ, hết hạn tháng ba", "đã mở PR, CI xanh", "bị chặn bởi OPS-44"),
        "M": ("Sửa lỗi tranh chấp khi khóa file", "Tăng timeout tìm kiếm lên 10 giây", "Bỏ thư viện không dùng", "Cập nhật tài liệu triển khai"),
        "B": ("Dừng dịch vụ: systemctl stop worker", "Kiểm tra dung lượng đĩa bằng df -h", "Khôi phục bản sao lưu đêm qua", "Nếu lỗi vẫn còn, gọi người trực"),
    },
    "id": {
        "R": ("jelaskan kenapa test cuma gagal di CI", "tuliskan fungsi untuk mengurai file CSV ini", "ringkas log ini buat saya", "tulis ulang pesan error ini supaya mudah dipahami pengguna", "kasih tiga usulan nama untuk layanan ini", "berpura-puralah jadi reviewer senior dan nilai kode ini"),
        "C": ("dalam tiga poin", "lebih singkat", "tanpa emoji", "langkah demi langkah", "dengan bahasa sederhana"),
        "A": ("Penyebabnya kunci cache tidak menyertakan ID tenant. Kamu bisa menambahkannya ke kunci atau memisahkan cache per tenant.", "Singkatnya, klien mencoba ulang sebelum server melepas kunci. Menambahkan jitter pada backoff biasanya cukup."),
        "U": ("Pengguna", "Saya", "Tanya"), "S": ("Asisten", "AI", "Jawab"),
        "N": ("jalankan ulang test yang flaky, lalu cek batas retry", "migrasi sudah jalan di staging, produksi Kamis", "menunggu review dari Budi", "sertifikat diperpanjang, habis Maret", "PR dibuka, CI hijau", "terblokir OPS-57"),
        "M": ("Perbaiki race condition saat mengunci file", "Naikkan timeout pencarian ke 10 detik", "Hapus dependensi yang tidak dipakai", "Perbarui panduan deploy"),
        "B": ("Hentikan layanan: systemctl stop worker", "Cek ruang disk dengan df -h", "Pulihkan backup semalam", "Jika error berlanjut, hubungi petugas jaga"),
    },
    "hi": {
        "R": ("समझाओ कि डिप्लॉय के बाद retry काउंट रीसेट क्यों हो जाता है", "इस CSV को पार्स करने वाला फ़ंक्शन लिखो", "इस लॉग का सारांश मेरे लिए बनाओ", "इस एरर मैसेज को आसान भाषा में दोबारा लिखो", "इस सर्विस के लिए तीन नाम सुझाओ", "एक अनुभवी रिव्यूअर बनकर इस कोड की समीक्षा करो"),
        "C": ("तीन बिंदुओं में", "और छोटा", "बिना इमोजी के", "क़दम दर क़दम", "आसान शब्दों में"),
        "A": ("इसकी वजह यह है कि कैश की में टेनेंट ID शामिल नहीं है। आप इसे की में जोड़ सकते हैं या हर टेनेंट के लिए अलग कैश रख सकते हैं।", "संक्षेप में, सर्वर के लॉक छोड़ने से पहले ही क्लाइंट दोबारा कोशिश करता है। बैकऑफ़ में जिटर जोड़ने से यह ठीक हो जाता है।"),
        "U": ("यूज़र", "मैं", "प्रश्न"), "S": ("असिस्टेंट", "AI", "उत्तर"),
        "N": ("अस्थिर टेस्ट दोबारा चलाओ, फिर retry बजट जाँचो", "स्टेजिंग पर माइग्रेशन हो गया, प्रोडक्शन गुरुवार को", "राहुल के रिव्यू का इंतज़ार", "सर्टिफ़िकेट रिन्यू हुआ, मार्च में खत्म", "PR खुला है, CI हरा", "OPS-66 की वजह से रुका"),
        "M": ("फ़ाइल लॉक करते समय रेस कंडीशन ठीक की", "सर्च टाइमआउट 10 सेकंड किया", "अप्रयुक्त डिपेंडेंसी हटाई", "डिप्लॉय गाइड अपडेट की"),
        "B": ("सर्विस रोकें: systemctl stop worker", "df -h से डिस्क स्पेस जाँचें", "कल रात का बैकअप वापस लाएँ", "एरर बना रहे तो ऑन-कॉल को फ़ोन करें"),
    },
    "ar": {
        "R": ("اشرح لي لماذا يفشل الاختبار على CI فقط", "اكتب دالة تحلل ملف CSV هذا", "لخص لي هذا السجل", "أعد صياغة رسالة الخطأ لتكون مفهومة للمستخدم", "اقترح ثلاثة أسماء لهذه الخدمة", "تظاهر بأنك مراجع كود خبير وقيّم هذا الكود"),
        "C": ("في ثلاث نقاط", "باختصار أكثر", "بدون رموز تعبيرية", "خطوة بخطوة", "بلغة بسيطة"),
        "A": ("السبب أن مفتاح الذاكرة المؤقتة لا يتضمن معرّف المستأجر. يمكنك إضافته إلى المفتاح أو فصل الذاكرة المؤقتة لكل مستأجر.", "باختصار، العميل يعيد المحاولة قبل أن يحرر الخادم القفل. إضافة تأخير عشوائي إلى إعادة المحاولة تحل المشكلة غالبًا."),
        "U": ("المستخدم", "أنا", "سؤال"), "S": ("المساعد", "الذكاء الاصطناعي", "جواب"),
        "N": ("إعادة تشغيل الاختبار غير المستقر ثم مراجعة حد إعادة المحاولة", "تم تطبيق الترحيل على بيئة الاختبار، الإنتاج يوم الخميس", "بانتظار مراجعة سارة", "تم تجديد الشهادة، تنتهي في مارس", "طلب الدمج مفتوح، CI ناجح", "متوقف بسبب OPS-90"),
        "M": ("إصلاح حالة تسابق عند قفل الملف", "زيادة مهلة البحث إلى 10 ثوانٍ", "إزالة اعتمادية غير مستخدمة", "تحديث دليل النشر"),
        "B": ("أوقف الخدمة: systemctl stop worker", "تحقق من مساحة القرص باستخدام df -h", "استعد النسخة الاحتياطية من الليلة الماضية", "إذا استمر الخطأ اتصل بالمناوب"),
    },
    "sv": {
        "R": ("förklara varför testet bara fallerar på CI", "skriv en funktion som tolkar den här CSV-filen", "sammanfatta den här tråden åt mig", "skriv om felmeddelandet så att en kund förstår det", "ge mig tre namnförslag för tjänsten", "låtsas att du är en erfaren granskare och bedöm koden"),
        "C": ("i tre punkter", "kortare tack", "utan emojis", "steg för steg", "på enkel svenska"),
        "A": ("Det beror på att cachenyckeln saknar tenant-id. Lägg till det i nyckeln eller dela upp cachen per tenant.", "Kort sagt: klienten försöker igen innan servern släppt låset. Jitter i backoffen brukar räcka."),
        "U": ("Användare", "Jag", "Fråga"), "S": ("Assistent", "AI", "Svar"),
        "N": ("kör om det instabila testet, kolla sedan retry-budgeten", "migreringen körd i staging, prod på torsdag", "väntar på granskning från Erik", "certifikatet förnyat, går ut i mars", "PR öppen, CI grön", "blockerad av OPS-23"),
        "M": ("Rätta kapplöpning vid fillåsning", "Höj söktimeout till 10 s", "Ta bort oanvänt beroende", "Uppdatera driftsättningsguiden"),
        "B": ("Stoppa tjänsten: systemctl stop worker", "Kontrollera diskutrymmet med df -h", "Återställ nattens säkerhetskopia", "Ring jouren om felet kvarstår"),
    },
    "cs": {
        "R": ("vysvětli mi, proč test padá jen na CI", "napiš funkci, která naparsuje tento CSV soubor", "shrň mi tohle vlákno", "přepiš tu chybovou hlášku srozumitelněji", "navrhni tři názvy pro tuto službu", "předstírej, že jsi zkušený recenzent, a zhodnoť tento kód"),
        "C": ("ve třech bodech", "kratší", "bez emoji", "krok za krokem", "jednoduše"),
        "A": ("Důvodem je, že klíč cache neobsahuje ID tenanta. Můžete ho do klíče přidat nebo cache rozdělit podle tenanta.", "Stručně: klient to zkouší znovu dřív, než server uvolní zámek. Přidání jitteru do backoffu to obvykle vyřeší."),
        "U": ("Uživatel", "Já", "Otázka"), "S": ("Asistent", "AI", "Odpověď"),
        "N": ("znovu pustit nestabilní test a pak zkontrolovat limit opakování", "migrace nasazena na staging, produkce ve čtvrtek", "čeká na review od Petra", "certifikát obnoven, vyprší v březnu", "PR otevřený, CI zelené", "blokováno úkolem OPS-35"),
        "M": ("Oprava souběhu při zamykání souboru", "Zvýšení timeoutu vyhledávání na 10 s", "Odstranění nepoužívané závislosti", "Aktualizace návodu k nasazení"),
        "B": ("Zastavte službu: systemctl stop worker", "Zkontrolujte místo na disku pomocí df -h", "Obnovte zálohu z minulé noci", "Pokud chyba trvá, volejte pohotovost"),
    },
}

for _lang, _more in MORE.items():
    for _key, _lines in _more.items():
        L[_lang][_key] = L[_lang].get(_key, ()) + _lines

IDS = ("#4312", "OPS-77", "a1b2c3d", "v1.4.2", "PR 881", "9f3e21b", "JIRA-1203", "build 5521")
NOTE_PREFIXES = ("", "", "- ", "* ", "next: ", "[{d}] ", "TODO ", "1. ", "note: ")


def _date(rng: random.Random) -> str:
    return f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _prompt_maker(lang: str) -> Callable[[random.Random], str]:
    t = L[lang]

    def make(rng: random.Random) -> str:
        kind = rng.randrange(6)
        if kind == 5:
            return rng.choice(t["T"]) + rng.choice(("", "", ", " + rng.choice(t["C"])))
        if kind <= 1:
            r = rng.choice(t["R"])
            c = rng.choice(t["C"])
            frame = rng.choice(("{r}, {c}", "{r} — {c}", "{r}. {c}", "{r} ({c})", "{r}"))
            prefix = rng.choice(NOTE_PREFIXES).format(d=_date(rng)) if "{c}" in frame else ""
            return prefix + frame.format(r=r, c=c)
        if kind == 2:
            u, s = rng.choice(t["U"]), rng.choice(t["S"])
            sep = "\n" if rng.random() < 0.6 else " "
            return f"{u}: {rng.choice(t['R'])}{sep}{s}: {rng.choice(t['A'])}"
        if kind == 3:
            return rng.choice(t["A"]) + (" " + rng.choice(t["A"]) if rng.random() < 0.2 else "")
        return rng.choice(("", "> ", '"')) + rng.choice(t["R"]) + ". " + rng.choice(t["C"])

    return make


def _benign_maker(lang: str) -> Callable[[random.Random], str]:
    t = L[lang]

    def make(rng: random.Random) -> str:
        kind = rng.randrange(6)
        if kind == 5:
            return rng.choice(t["N"]).split(",")[0].split("，")[0].split("、")[0]
        if kind <= 1:
            body = rng.choice(t["N"])
            if rng.random() < 0.5:
                sep = rng.choice((", ", " — ", "; ", " ("))
                body += sep + rng.choice(IDS) + (")" if sep == " (" else "")
            return rng.choice(NOTE_PREFIXES).format(d=_date(rng)) + body
        if kind == 2:
            sha = "".join(rng.choice("0123456789abcdef") for _ in range(7))
            return rng.choice(("{m}", "{sha} {m}", "{m} ({i})", "git commit -m \"{m}\"", "* {m}")).format(m=rng.choice(t["M"]), sha=sha, i=rng.choice(IDS))
        if kind == 3:
            steps = rng.sample(t["B"], rng.randint(1, 3))
            return "\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1))
        return rng.choice(t["N"]) + ". " + rng.choice(t["M"])

    return make


PER_LANG = 36


def pairs() -> list[tuple[str, Callable[[random.Random], str], str, Callable[[random.Random], str], int]]:
    """One (prompt, benign) category pair per language, in a fixed order."""
    return [(f"lang_{lang}_prompt", _prompt_maker(lang), f"lang_{lang}_benign", _benign_maker(lang), PER_LANG) for lang in L]
