# ruff: noqa: RUF001, E501  (replies and requests written in their own scripts, full-width punctuation)
"""Issue 11, session 23 (answer23): model answers, review bots' replies and requests to rewrite,
in any language.

Teams whose working language is not English paste into their notes what their tools answered
in that language: an AI reviewer's walkthrough, counts and per-finding labels, a coding
assistant's review in its chat panel, a model's answer with its opener, offer to help further
and recap; and what they asked: "translate this into ...", "make this more polite", "summarise
the thread below" with the text attached, a task with constraints on the output. Each positive
below was written for this file and each was missed on ``main`` (5dc4316): 88 positives over
the four forms, 20 languages, 10 scripts.

The benign near misses are ordinary text in the same languages: docs describing what a review
bot does, PR descriptions by their authors, an agent's own summaries, runbooks with numbered
steps, i18n catalogues with translate/summarise/rewrite strings, a translator's glossary, style
guides for commit messages, meeting minutes under a "summary:" heading, docs offering "if you
want, you can ...".
"""

from __future__ import annotations

import re

import pytest

from handoff.privacy import scan_text

REVIEWS = [  # 1. review bots' and coding assistants' replies
    '**Actionable comments posted: 3**\n\n<details>\n<summary>🧹 Nitpick comments (1)</summary>\n\n`src/upload/client.py` (1)\n\n`42-48`: Consider extracting the backoff calculation into a helper so it can be unit-tested on its own.\n</details>',
    'Copilot reviewed 4 out of 4 changed files in this pull request and generated 2 comments.\n\nThe cache key now includes the tenant id, which fixes the cross-tenant leak, but the TTL is still read from the old setting name.',
    '_⚠️ Potential issue_\n\n**Unclosed file handle on the error path.**\n\nIf `parse_header` raises, `fh` is never closed. Wrap the block in a `with` statement.\n\n<details>\n<summary>📝 Committable suggestion</summary>\n\n```suggestion\nwith open(path) as fh:\n    header = parse_header(fh)\n```\n</details>',
    '**対応が必要なコメント: 2件**\n\n`api/handlers.go` 88行目: エラーが握りつぶされています。ログに出力するか、呼び出し元に返すことをおすすめします。',
    '## 워크스루\n\n이번 변경은 업로드 클라이언트에 지수 백오프 재시도를 추가하고, 설정 로더를 통해 `max_attempts` 값을 전달합니다. 정상 경로와 일시적 실패에 대한 테스트가 포함되어 있습니다.\n\n## 변경 사항\n\n| 파일 | 변경 요약 |\n|---|---|\n| `src/upload/client.py` | 재시도 루프 추가 |',
    '**조치가 필요한 코멘트: 3개**\n\n`billing/invoice.ts` 54번째 줄: 금액 계산에 부동소수점을 사용하고 있습니다. 정수(센트 단위)로 바꾸는 것을 권장합니다.',
    '## 演练\n\n此次变更为上传客户端增加了带指数退避的重试逻辑，并通过配置加载器传入新的 `max_attempts` 参数。测试覆盖了正常路径和一次临时失败。\n\n## 变更\n\n| 文件 | 变更摘要 |\n|---|---|\n| `src/upload/client.py` | 在 `put_object` 外层增加重试循环 |',
    '**需要处理的评论：2 条**\n\n`order/service.java` 第 120 行：这里捕获异常后没有任何处理，建议至少记录日志或者重新抛出。',
    '**Комментарии, требующие действий: 2**\n\n`worker/queue.go`, строка 77: ошибка от `Ack()` игнорируется. Рекомендую хотя бы залогировать её, иначе сообщения будут теряться незаметно.',
    "J'ai relu les modifications de `billing/export.py`. Dans l'ensemble c'est propre, mais j'ai deux remarques :\n1. Le fichier n'est pas fermé si `write_rows` lève une exception.\n2. La taille des lots est codée en dur ; envisagez de la rendre configurable.",
    'Ich habe mir die Änderungen in `scheduler/cron.py` angesehen. Insgesamt sieht das gut aus, ein paar Punkte sind mir aber aufgefallen:\n1. Die Zeitzone wird beim Vergleich ignoriert.\n2. Für leere Zeitpläne fehlt ein Test.',
    'Revisé los cambios en `payments/refund.ts`. En general se ve bien, pero tengo un par de observaciones:\n1. El monto se redondea antes de convertir la moneda.\n2. Falta un test para reembolsos parciales.',
    '変更内容を確認しました。全体的には問題なさそうですが、いくつか気になる点があります。\n1. `retry_count` が 0 のときにループに入りません。\n2. タイムアウトの単位が秒とミリ秒で混在しています。',
    '변경 사항을 검토했습니다. 전반적으로 잘 작성되었지만 몇 가지 우려되는 점이 있습니다.\n1. 에러 경로에서 커넥션이 반환되지 않습니다.\n2. 페이지 크기가 하드코딩되어 있습니다.',
    '我看了一下 `auth/session.go` 的改动，整体没什么问题，不过有几点建议：\n1. token 过期时间最好放到配置里。\n2. 刷新失败时应该清掉本地缓存。',
    'Я посмотрел изменения в `sync/worker.py`. В целом выглядит неплохо, но есть несколько замечаний:\n1. Соединение не закрывается при исключении.\n2. Размер пачки захардкожен.',
    '**Actionable comments posted: 1**\n\n`internal/cache/lru.go` (1)\n\n`88-95`: The eviction callback runs while the mutex is held; a slow callback blocks every reader. Release the lock before invoking it.',
    '_🛠️ Refactor suggestion_\n\n**Extract the duplicated retry loop.**\n\nThe same backoff logic appears in `push.ts` and `pull.ts`; moving it into a shared helper keeps the two in step.',
    '_⚠️ 잠재적 문제_\n\n**오류 경로에서 파일 핸들이 닫히지 않습니다.**\n\n`parse_header`가 예외를 던지면 `fh`가 닫히지 않습니다. `with` 문으로 감싸는 것을 권장합니다.',
    '_⚠️ 潜在问题_\n\n**异常路径上文件句柄没有关闭。**\n\n如果 `parse_header` 抛出异常，`fh` 不会被关闭，建议改用 `with` 语句。',
    '_⚠️ Потенциальная проблема_\n\n**Файл не закрывается при ошибке.**\n\nЕсли `parse_header` бросит исключение, `fh` останется открытым. Оберните блок в `with`.',
    "_⚠️ Problème potentiel_\n\n**Le fichier n'est pas fermé en cas d'erreur.**\n\nSi `parse_header` lève une exception, `fh` reste ouvert. Utilisez un bloc `with`.",
    '**対応が必要なコメント: 1件**\n\n`web/src/hooks/useAuth.ts` 23行目: トークンの有効期限を確認せずにキャッシュから返しています。期限切れの場合は再取得するようにしてください。',
    '**조치가 필요한 코멘트: 1개**\n\n`cmd/migrate/main.go` 41번째 줄: 트랜잭션 없이 두 테이블을 수정하고 있습니다. 중간에 실패하면 데이터가 어긋날 수 있으니 트랜잭션으로 묶어 주세요.',
    '**需要处理的评论：1 条**\n\n`pkg/queue/consumer.go` 第 66 行：消息处理失败时直接丢弃了，建议放入死信队列并记录原因。',
    '## ウォークスルー\n\nこのプルリクエストは、通知ワーカーをキューベースに置き換え、cron のエントリを削除します。失敗したジョブは3回まで再試行されます。\n\n## 変更点\n\n| ファイル | 変更の概要 |\n|---|---|\n| `worker/notify.py` | キューからの受信処理を追加 |',
    '## 워크스루\n\n이 PR은 알림 워커를 큐 기반으로 바꾸고 cron 항목을 제거합니다. 실패한 작업은 최대 세 번까지 재시도됩니다.\n\n## 변경 사항\n\n| 파일 | 변경 요약 |\n|---|---|\n| `worker/notify.py` | 큐 수신 처리 추가 |',
    '변경 사항을 확인했습니다. 전반적으로 구조는 좋지만 몇 가지 고치면 좋을 부분이 있습니다.\n1. `retry` 횟수가 설정에서 읽히지 않습니다.\n2. 로그 메시지에 사용자 이메일이 그대로 찍힙니다.',
    '変更点を確認しました。全体的にはきれいに書けていますが、気になる点が2つあります。\n1. `timeout` のデフォルト値がドキュメントと異なります。\n2. 例外メッセージに内部パスが含まれています。',
    'Я проверил изменения в `api/auth.go`. В целом логика верная, но есть пара моментов:\n1. Токен не инвалидируется при смене пароля.\n2. Нет теста на истёкший refresh-токен.',
    'Ho esaminato le modifiche in `orders/service.py`. Nel complesso va bene, ma ho un paio di osservazioni:\n1. Lo sconto viene applicato due volte.\n2. Manca un test per gli ordini vuoti.',
    'Revisei as alterações em `src/payments.ts`. No geral está bom, mas tenho algumas observações:\n1. O valor é arredondado antes da conversão.\n2. Falta teste para estornos parciais.',
    '**Walkthrough**\nThis PR replaces the polling loop in the notifier with a webhook receiver and drops the nightly cron job. Failed deliveries are retried three times.',
    '**Summary by CodeRabbit**\n\n- Bug Fixes\n  - CSV exports no longer drop the last row when the file ends without a newline.',
]

ANSWERS = [  # 2. a model's answer quoted without a label
    'Отличный вопрос! Скорее всего, таймаут возникает из-за синхронного запроса внутри цикла событий. Попробуйте вынести его в отдельный поток.\nЕсли хотите, я могу показать пример с `run_in_executor`.',
    'なるほど、その症状だとおそらくキャッシュの無効化が漏れている可能性があります。次の手順で確認してみてください。\n1. `cache.delete` が呼ばれているかログで確認します。\n2. TTL の設定値を見直します。\nよろしければ、修正後のコード例もお出しできます。',
    'คำถามดีมากครับ ปัญหานี้น่าจะเกิดจากการที่ตัวแปร `PATH` ไม่ถูกตั้งค่า ลองทำตามขั้นตอนนี้ครับ\n1. เปิดไฟล์ `.bashrc`\n2. เพิ่มบรรทัด export\nหากต้องการ ผมสามารถเขียนสคริปต์ให้ได้ครับ',
    'Güzel soru! Bu hata büyük ihtimalle bağlantı havuzunun dolmasından kaynaklanıyor. Şunları deneyebilirsin:\n1. `pool_size` değerini artır.\n2. Kullanılmayan bağlantıları kapat.\nİstersen örnek bir yapılandırma da hazırlayabilirim.',
    'Καλή ερώτηση! Το πρόβλημα πιθανότατα οφείλεται στο ότι το cache δεν ακυρώνεται μετά την ενημέρωση. Δοκίμασε τα εξής:\n1. Κάλεσε `invalidate()` μετά το save.\n2. Μείωσε το TTL.\nΑν θέλεις, μπορώ να σου γράψω ένα πλήρες παράδειγμα.',
    'שאלה מצוינת! כנראה שהבעיה נובעת מכך שהחיבור לא נסגר. אפשר לנסות את הצעדים הבאים:\n1. להשתמש ב-`with` כדי לסגור אוטומטית.\n2. לבדוק את מספר החיבורים המקסימלי.\nאם תרצה, אוכל לכתוב לך דוגמה מלאה.',
    'Gute Frage! Das liegt höchstwahrscheinlich daran, dass der Cache nach dem Update nicht invalidiert wird. Probier mal Folgendes:\n1. Ruf nach dem Speichern `invalidate()` auf.\n2. Reduziere die TTL.\nWenn du möchtest, kann ich dir ein vollständiges Beispiel schreiben.',
    '요약하자면, 캐시 무효화 시점이 잘못되어 있어서 오래된 값이 보이는 것입니다. 저장 직후에 `invalidate()`를 호출하도록 바꾸면 해결될 거예요. 더 궁금한 점이 있으면 언제든지 말씀해 주세요!',
    'Хороший вопрос! Дело, скорее всего, в том, что воркер не успевает подтвердить сообщение до истечения таймаута. Вкратце: увеличьте `ack_timeout` или обрабатывайте сообщения пачками поменьше.',
    'Отличный вопрос. Вкратце: `SELECT ... FOR UPDATE` блокирует строки до конца транзакции, поэтому второй воркер ждёт. Если хотите, могу показать вариант с `SKIP LOCKED`.',
    'なるほど、ビルドが遅いのは毎回依存関係をダウンロードしているからだと思います。まとめると、キャッシュのキーを `package-lock.json` のハッシュにすれば解決するはずです。',
    'คำถามดีมากค่ะ สรุปคือ ตัวแปรสภาพแวดล้อมไม่ถูกส่งเข้า container หากต้องการ ฉันสามารถเขียนไฟล์ compose ตัวอย่างให้ได้ค่ะ',
    "Güzel soru! Kısacası, zaman damgaları UTC'ye çevrilmeden karşılaştırılıyor. İstersen düzeltilmiş fonksiyonu da yazabilirim.",
    'Καλή ερώτηση! Εν ολίγοις, οι ημερομηνίες συγκρίνονται χωρίς ζώνη ώρας. Αν θέλεις, μπορώ να σου γράψω τη διορθωμένη συνάρτηση.',
    'שאלה טובה! בקצרה, התאריכים מושווים בלי אזור זמן. אם תרצה, אוכל לכתוב לך את הפונקציה המתוקנת.',
    "Bonne question ! En bref, les dates sont comparées sans fuseau horaire. Si tu veux, je peux t'écrire la fonction corrigée.",
    'Selvfølgelig! Her er et udkast til svaret: Hej Mads, tak for rapporten – vi kigger på det inden fredag. Vil du have, at jeg gør det mere formelt?',
    '좋은 질문입니다! 이 경고는 `datetime.utcnow()`가 더 이상 권장되지 않아서 나옵니다. 다음과 같이 바꿔 보세요.\n\n```python\nfrom datetime import datetime, UTC\nnow = datetime.now(UTC)\n```',
]

TRANSFORMS = [  # 3. requests to translate, rewrite, summarise or reformat an attached text
    '다음 문장을 자연스러운 영어로 번역해 주세요:\n\n배포는 내일 오전으로 연기되었습니다. 마이그레이션에 유지보수 시간이 필요하기 때문입니다.',
    'Сделай этот текст вежливее, но не длиннее:\n\nВаш API опять лежит, почините уже наконец.',
    'ترجم النص التالي إلى الإنجليزية بأسلوب رسمي:\n\nتم تأجيل النشر إلى صباح الغد بسبب الحاجة إلى نافذة صيانة.',
    'أعد صياغة هذه الرسالة لتكون أكثر لباقة:\n\nالواجهة معطلة مرة أخرى، أصلحوها فوراً.',
    'แปลข้อความนี้เป็นภาษาอังกฤษให้หน่อย:\n\nเลื่อนการ deploy ไปเป็นพรุ่งนี้เช้า เพราะ migration ต้องใช้ช่วงเวลาบำรุงรักษา',
    'Aşağıdaki mesajı daha kibar bir dille yeniden yaz:\n\nAPI yine çöktü, hemen düzeltin artık.',
    'Dịch đoạn sau sang tiếng Anh giúp mình:\n\nViệc triển khai được dời sang sáng mai vì migration cần khung giờ bảo trì.',
    'Przetłumacz to na angielski, zachowując terminy techniczne:\n\nWdrożenie przesunięto na jutro rano, bo migracja wymaga okna serwisowego.',
    'Μετάφρασε το παρακάτω κείμενο στα αγγλικά:\n\nΗ ανάπτυξη μεταφέρθηκε για αύριο το πρωί γιατί η μετάπτωση χρειάζεται παράθυρο συντήρησης.',
    'תתרגם את ההודעה הבאה לאנגלית:\n\nהפריסה נדחתה למחר בבוקר כי המיגרציה צריכה חלון תחזוקה.',
    'Formuliere diese Nachricht höflicher:\n\nEure API ist schon wieder down, fixt das endlich.',
    'Traduce al inglés el siguiente mensaje:\n\nEl despliegue se pasó a mañana por la mañana porque la migración necesita una ventana de mantenimiento.',
    'Reformule ce message de façon plus polie :\n\nVotre API est encore tombée, réparez-la enfin.',
    'Riscrivi questo testo in modo più formale:\n\nil deploy slitta a domani mattina, serve la finestra di manutenzione',
    '이 메일을 좀 더 부드럽게 다듬어 주세요:\n\n내일까지 답변 주시지 않으면 계약을 진행할 수 없습니다.',
    '次のエラーメッセージを日本語に翻訳して:\n\n"permission denied while trying to connect to the Docker daemon socket"',
    'Перефразируй, чтобы звучало мягче:\n\nЕсли завтра не ответите, договор мы подписывать не будем.',
    'Переклади українською:\n\nThe deploy moved to tomorrow morning because the migration needs a maintenance window.',
    'ترجم رسالة الخطأ هذه إلى العربية:\n\n"permission denied while trying to connect to the Docker daemon socket"',
    'לסכם את השרשור הבא זה מה שאני צריך, אז תסכם בשלוש נקודות:\n\nדנה: מתי הפריסה?\nיואב: אחרי המיגרציה.',
    'แปลเป็นภาษาไทยให้หน่อย:\n\n"permission denied while trying to connect to the Docker daemon socket"',
    'Przeredaguj tego maila, żeby brzmiał uprzejmiej:\n\nJeśli do jutra nie odpowiecie, nie podpiszemy umowy.',
    'Ξαναγράψε αυτό το email πιο ευγενικά:\n\nΑν δεν απαντήσετε ως αύριο, δεν θα υπογράψουμε.',
    'Übersetz mir die Fehlermeldung ins Deutsche:\n\n"permission denied while trying to connect to the Docker daemon socket"',
    'Tradúceme esto al inglés, que suene natural:\n\nSi mañana no contestáis, no firmamos el contrato.',
]

REQUESTS = [  # 4. requests to a model with no role word
    'Go로 CSV 파일을 읽어서 합계를 출력하는 함수를 작성하고, 코드만 보여 주세요. 설명은 필요 없습니다.',
    'Напишіть функцію на Go, яка читає CSV і виводить суму. Тільки код, без пояснень.',
    'اكتب دالة بلغة Go تقرأ ملف CSV وتطبع المجموع. أريد الكود فقط دون أي شرح.',
    'เขียนฟังก์ชัน Go ที่อ่านไฟล์ CSV แล้วพิมพ์ผลรวม ขอแค่โค้ด ไม่ต้องมีคำอธิบาย',
    'Γράψε μια συνάρτηση σε Go που διαβάζει CSV και τυπώνει το άθροισμα. Μόνο κώδικα, χωρίς εξηγήσεις.',
    'Напишіть функцію на Python, яка перевіряє IBAN. Тільки код, без пояснень і коментарів.',
    'Γράψε ένα bash script που κάνει backup της βάσης κάθε βράδυ. Μόνο κώδικα.',
    'Python로 IBAN을 검증하는 함수를 작성해 주세요. 설명은 필요 없고 코드만 주세요.',
    'เขียน SQL หาลูกค้าที่ซื้อมากที่สุดสิบอันดับ ขอแค่โค้ด',
    'اكتب استعلام SQL يعرض أكثر عشرة عملاء شراءً. أريد الكود فقط.',
    'Python에서 데코레이터가 뭔지 예제 코드로 보여 주세요. 설명은 필요 없습니다.',
]

BENIGN = [  # ordinary text in the same languages
    'CodeRabbit posts a walkthrough and a list of actionable comments on every pull request; we keep it on for the `api` repo only.',
    '## Walkthrough of the deploy\n\n1. Tag the release.\n2. Wait for CI.\n3. Promote the image to prod.',
    'レビューボットは PR ごとに変更点の概要と指摘コメントを投稿します。指摘は必須ではありません。',
    '리뷰 봇은 PR마다 변경 사항 요약과 코멘트를 남깁니다. 봇의 코멘트는 참고용이며 승인 조건이 아닙니다.',
    '评审机器人会在每个 PR 下发布变更摘要和评论，这些评论仅供参考，不作为合并条件。',
    'Бот-ревьюер оставляет в каждом PR краткое описание изменений и комментарии; они носят рекомендательный характер.',
    '## Changes\n\n| File | Change |\n|---|---|\n| `src/upload/client.py` | retry loop |\n| `docs/config.md` | documents `max_attempts` |',
    '## 変更点\n\n- `src/upload/client.py`: リトライ処理を追加\n- `docs/config.md`: `max_attempts` を記載',
    '## 변경 사항\n\n- 업로드 클라이언트에 재시도 추가\n- 설정 문서에 `max_attempts` 설명 추가',
    '## 变更\n\n- 上传客户端增加重试\n- 配置文档补充 `max_attempts` 说明',
    '## Изменения\n\n- Добавлены повторные попытки в клиент загрузки\n- Описана настройка `max_attempts`',
    'Diese PR ersetzt den selbstgebauten CSV-Parser durch das `csv`-Modul der Standardbibliothek. Getestet mit gequoteten Feldern und leeren Zeilen.',
    'Este PR reemplaza el parser CSV hecho a mano por el módulo `csv` de la biblioteca estándar. Probado con campos entre comillas.',
    "J'ai relu la PR de Karim ce matin, deux remarques laissées en commentaire ; rien de bloquant.",
    'Ich habe die Änderungen in `scheduler/cron.py` heute deployt; der Nachtlauf ist grün.',
    '变更内容已确认，明天上午部署到 staging。',
    '変更内容を確認しました。明日の午前中に staging へデプロイします。',
    '변경 사항을 검토했습니다. 내일 오전에 스테이징에 배포하겠습니다.',
    'Я посмотрел изменения в `sync/worker.py`, завтра выкатим на стейджинг.',
    '요약하자면, 오늘 캐시 무효화 버그를 고쳤고 테스트 3개를 추가했습니다. 배포는 내일 오전입니다.',
    'まとめると、今日はキャッシュの無効化を修正し、テストを3件追加しました。デプロイは明日の午前です。',
    'Итого за сессию: починил инвалидацию кеша, добавил три теста, деплой завтра утром.',
    'Özetle: önbellek hatası düzeltildi, üç test eklendi, dağıtım yarın sabah.',
    'Tóm lại: đã sửa lỗi cache, thêm ba test, triển khai vào sáng mai.',
    'Podsumowując: naprawiłem unieważnianie cache, dodałem trzy testy, wdrożenie jutro rano.',
    '배포 절차:\n1. 태그를 생성합니다.\n2. CI가 통과하면 이미지를 승격합니다.\n3. 대시보드에서 에러율을 확인하세요.',
    '部署步骤：\n1. 打标签。\n2. CI 通过后推广镜像。\n3. 在监控面板确认错误率。',
    'デプロイ手順:\n1. タグを作成します。\n2. CI が通ったらイメージを昇格します。\n3. ダッシュボードでエラー率を確認してください。',
    'Порядок выката:\n1. Создайте тег.\n2. После зелёного CI продвиньте образ.\n3. Проверьте уровень ошибок на дашборде.',
    'خطوات النشر:\n1. أنشئ وسماً للإصدار.\n2. بعد نجاح CI قم بترقية الصورة.\n3. تحقق من معدل الأخطاء في لوحة المراقبة.',
    'डिप्लॉय के चरण:\n1. टैग बनाएं।\n2. CI पास होने पर इमेज प्रमोट करें।\n3. डैशबोर्ड पर एरर रेट देखें।',
    'ขั้นตอนการ deploy:\n1. สร้าง tag\n2. เมื่อ CI ผ่านแล้วให้ promote image\n3. ตรวจสอบอัตราข้อผิดพลาดบนแดชบอร์ด',
    'Dağıtım adımları:\n1. Etiket oluşturun.\n2. CI geçince imajı yükseltin.\n3. Panelde hata oranını kontrol edin.',
    'Kroki wdrożenia:\n1. Utwórz tag.\n2. Po zielonym CI wypromuj obraz.\n3. Sprawdź poziom błędów na dashboardzie.',
    'Βήματα ανάπτυξης:\n1. Δημιούργησε tag.\n2. Όταν περάσει το CI, προώθησε το image.\n3. Έλεγξε το ποσοστό σφαλμάτων.',
    "שלבי פריסה:\n1. צרו תג.\n2. אחרי ש-CI עובר, קדמו את האימג'.\n3. בדקו את שיעור השגיאות בדשבורד.",
    'msgid "Translate this page"\nmsgstr "このページを翻訳"\n\nmsgid "Summarize"\nmsgstr "要約する"',
    '"action.translate": "Перевести на английский",\n"action.summarize": "Кратко изложить",\n"action.rewrite": "Переписать вежливее"',
    '용어집:\n- deploy → 배포\n- rollback → 롤백\n- maintenance window → 유지보수 시간\n번역 시 영어 원문을 괄호로 병기하지 않습니다.',
    '术语表：\n- deploy → 部署\n- rollback → 回滚\n- maintenance window → 维护窗口\n翻译时不要在括号里附英文原文。',
    'Глоссарий переводчика:\n- deploy → выкатка\n- rollback → откат\n- maintenance window → окно обслуживания',
    'Glosario de traducción:\n- deploy → despliegue\n- rollback → reversión\n- maintenance window → ventana de mantenimiento',
    '커밋 메시지 작성 규칙: 제목은 명령형으로 50자 이내로 쓰고, 본문에는 변경 이유를 적습니다.',
    '提交信息规范：标题用祈使句，不超过 50 个字符；正文说明修改原因。',
    'コミットメッセージの書き方: 件名は命令形で50文字以内にし、本文には変更の理由を書きます。',
    'Правила для сообщений коммитов: заголовок в повелительном наклонении, до 50 символов; в теле — причина изменения.',
    'Richtlinie für Commit-Nachrichten: Betreff im Imperativ, höchstens 50 Zeichen; im Text steht der Grund der Änderung.',
    'Guía de estilo para mensajes de commit: el asunto en imperativo, máximo 50 caracteres; en el cuerpo, el motivo del cambio.',
    '번역 파일은 `locales/ko.json`에 있습니다. 영문 문구를 바꾸면 번역 팀에 알려 주세요.',
    'Файлы перевода лежат в `locales/ru.json`. Если меняете английский текст, сообщите переводчикам.',
    'ملفات الترجمة موجودة في `locales/ar.json`. إذا غيّرت النص الإنجليزي فأبلغ فريق الترجمة.',
    'Die Übersetzungen liegen in `locales/de.json`. Wer den englischen Text ändert, sagt bitte dem Übersetzungsteam Bescheid.',
    'Las traducciones están en `locales/es.json`. Si cambias el texto en inglés, avisa al equipo de traducción.',
    "Les traductions sont dans `locales/fr.json`. Si vous modifiez le texte anglais, prévenez l'équipe de traduction.",
    '## Copilot 리뷰 설정\n\n봇이 남기는 코멘트 수는 PR당 최대 5개로 제한했습니다. 자세한 설정은 `.github/copilot.yml`을 보세요.',
    'レビューボットの設定: 指摘は1PRあたり5件まで。`⚠️` 付きのコメントだけ対応必須とします。',
    'Если хотите подключить бота-ревьюера к своему репозиторию, напишите в #devtools.',
    '원하시면 스테이징 환경 접근 권한을 요청하세요. 절차는 위키에 있습니다.',
    'Wenn du möchtest, kannst du das Skript lokal mit `make dev` starten.',
    'Si quieres probarlo en local, ejecuta `make dev` y abre http://localhost:8080.',
    'İsterseniz `--verbose` bayrağıyla daha ayrıntılı çıktı alabilirsiniz.',
    'Przetłumaczone teksty trafiają do `locales/pl.json`; tłumacze pracują w Crowdin.',
    'Übersetzungen:\n\n- Abbrechen → Cancel\n- Speichern → Save\n- Löschen → Delete',
    '翻訳の手順:\n1. `locales/ja.json` を開きます。\n2. 英語の文言に対応する訳を追加します。',
    '번역 절차:\n1. `locales/ko.json`을 엽니다.\n2. 새 문자열에 번역을 추가합니다.',
    'Перевод интерфейса:\n\n1. Откройте `locales/ru.json`.\n2. Добавьте перевод для новых строк.',
    'Resumen de la reunión:\n\nSe pospone el despliegue a mañana. Ana se encarga de la migración y Bruno de las alertas.',
    "Résumé de la réunion :\n\nLe déploiement est repoussé à demain. Léa s'occupe de la migration, Hugo des alertes.",
    '会议纪要：\n\n部署推迟到明天上午。张伟负责迁移，李娜负责告警。',
    '회의록:\n\n배포는 내일 오전으로 연기. 민수 님이 마이그레이션, 지영 님이 알림 담당.',
    'Итоги встречи:\n\nДеплой переносится на завтра. Миграцию делает Аня, алерты — Борис.',
    'ملخص الاجتماع:\n\nتأجيل النشر إلى الغد. أحمد مسؤول عن الترحيل وسارة عن التنبيهات.',
    'सारांश:\n\nडिप्लॉय कल तक टाल दिया गया। माइग्रेशन राहुल करेंगे, अलर्ट प्रिया देखेंगी।',
    # the shapes the transform and offer rules were narrowed against (style guide, runbook, report)
    'Formuliere Commit-Nachrichten so:\n\nBetreff im Imperativ, höchstens 50 Zeichen, kein Punkt am Ende.',
    'Übersetze die Oberfläche:\n\n```\nmake i18n LANG=de && make i18n-check\n```',
    'Résumé des changements :\n\nLe cache est invalidé après chaque écriture ; trois tests ajoutés.',
    '요약하면 오늘 한 일은 다음과 같습니다:\n\n캐시 버그 수정, 테스트 세 개 추가, 배포는 내일.',
    'İsterseniz kısacası şöyle: dağıtım yarın, migration bugün.',
    'Changelog 2.4.0:\n\n- Übersetzungen aktualisiert\n- Résumé-Export repariert',
    'Traduce al inglés los textos nuevos de la interfaz:\n\n`locales/es.json` → `locales/en.json`, ejecuta `make i18n` después.',
    'I reviewed the changes in `exporter.py` and merged them. Overall fine, but two follow-ups remain:\n1. close the file handle on the error path\n2. make chunk size configurable\nNext: open tickets for both.',
    '**Walkthrough**\n\n1. Open the dashboard.\n2. Check the error rate.',
    'Natürlich hängt das vom Setup ab. Hier ist die Liste der unterstützten Datenbanken: PostgreSQL, MySQL.',
    'Voici les étapes du déploiement :\n1. Taguer la release.\n2. Attendre la CI.',
    '다음과 같이 설정합니다:\n1. `config.yaml`을 엽니다.\n2. `retries`를 3으로 바꿉니다.',
]

POSITIVES = REVIEWS + ANSWERS + TRANSFORMS + REQUESTS


@pytest.mark.parametrize("text", POSITIVES)
def test_model_answer_review_or_rewrite_request_is_rejected(text: str) -> None:
    assert scan_text(text), text


@pytest.mark.parametrize("text", BENIGN)
def test_engineering_text_in_the_same_languages_passes(text: str) -> None:
    assert not scan_text(text), (text, scan_text(text))


def test_counts() -> None:
    """The brief's floor: 80 positives over the four forms, 10 languages and 6 scripts, 60
    near misses."""
    assert len(POSITIVES) >= 80
    assert min(len(REVIEWS), len(ANSWERS), len(TRANSFORMS), len(REQUESTS)) >= 10
    scripts = {"han": "\u4e00-\u9fff", "kana": "\u3040-\u30ff", "hangul": "\uac00-\ud7af",
               "cyrillic": "\u0400-\u04ff", "arabic": "\u0600-\u06ff", "hebrew": "\u0590-\u05ff",
               "devanagari": "\u0900-\u097f", "thai": "\u0e00-\u0e7f", "greek": "\u0370-\u03ff"}
    held = {name for name, span in scripts.items() if any(re.search(f"[{span}]", t) for t in POSITIVES)}
    assert len(held) >= 6, held
    assert len(BENIGN) >= 60
    assert len(set(POSITIVES)) == len(POSITIVES)
    assert len(set(BENIGN)) == len(BENIGN)
