# ruff: noqa: RUF001
"""Round 23 (chat23): conversations between people outside a chat tool's copy layout, as
teams whose working language is not English paste them -- an issue's, a pull request's, a
ticket's comments copied out of a forge or a tracker in its localised UI (``评论于``,
``がコメントしました``, ``댓글``, ``добавил комментарий``, ``yorum ekledi``, ``comentó``,
``a commenté``, ``kommentierte``); a note that pastes a few turns after a lead-in
(``群里说的：``, ``Slack'te konuştuk:``, ``переписка:``) with the layout flattened; e-mail reply
chains (``Am ... schrieb``, ``在 ... 写道：``, ``... 님이 작성:``) and Q&A threads with their
answers; code-switched, in scripts without spaces, right-to-left, Cyrillic, Devanagari and
Hangul. And the near misses that must stay clean: one author's document (one e-mail, a
question posted alone, an issue's template, meeting notes and action items, changelogs,
release notes' thanks, a bot's status comment, localisation strings, timeline events).

Every positive here was missed by main (5dc4316) before this round; every negative is clean
on both.
"""

from __future__ import annotations

import pytest

from handoff.privacy import scan_text

COMMENT_THREADS = [
    "wangfei commented on Mar 3\n升级到 v2.4 之后 `make build` 一直报 `undefined reference to pthread_create`，有人遇到过吗？\n\n"
    "lihua commented on Mar 3\n你的 gcc 是哪个版本？我这边 12.2 没问题\n\nwangfei commented on Mar 4\n11.4，升级后好了，谢谢 👍",
    "张伟 评论于 2026-03-12 10:21\n这个PR会不会影响到旧版本的配置文件迁移？\n"
    "李娜 回复 张伟 2026-03-12 11:05\n不会，迁移脚本里做了兼容，你可以看一下 migrate_v3.py\n",
    "田中 太郎 さんがコメントしました 2026/03/12 10:21\nステージングで再現しました。ログを添付します。\n"
    "佐藤 花子 さんがコメントしました 2026/03/12 11:02\nありがとうございます。こちらで修正版を確認してもらえますか？",
    "댓글 3개\n김민준 · 2026.03.12 10:21\n배포 후에 로그인 세션이 계속 끊겨요. 혹시 같은 현상 있으신가요?\n"
    "이서연 · 2026.03.12 10:40\n저도 봤어요. redis TTL 설정이 바뀐 것 같아요\n김민준 · 2026.03.12 10:52\n확인해볼게요, 감사합니다!",
    "Комментарии\nИван Петров добавил комментарий — 12.03.2026 10:21\nПосле обновления до 5.2 падает импорт, в логах "
    "`NullPointerException at ImportJob.run`. Кто-нибудь смотрел?\nМария Соколова добавила комментарий — 12.03.2026 11:05\n"
    "Да, это из-за нового поля в схеме. Я уже сделала фикс в ветке fix/import-null, посмотри, пожалуйста.",
    "Ahmet Yılmaz @ahmet.yilmaz · 2 gün önce yorum yaptı\nBu değişiklik eski API istemcilerini bozuyor mu?\n"
    "Zeynep Kaya @zkaya · 1 gün önce yorum yaptı\nHayır, v1 uç noktalarını koruduk. Yine de test ortamında denemen iyi olur.",
    "@lucia-gm comentó hace 2 días\n¿Alguien más ve el error `ECONNRESET` al subir artefactos? A mí me pasa desde el lunes.\n"
    "@jrodriguez comentó hace 1 día\nSí, a mí también. Parece que es el proxy de la oficina; con la VPN apagada funciona.",
    "Camille Martin a commenté il y a 3 jours\nEst-ce que quelqu'un a pu tester le correctif sur Debian 12 ?\n"
    "Julien Bernard a commenté il y a 2 jours\nOui, ça passe chez moi. Merci pour le patch !",
    "Lukas Becker kommentierte am 12.03.2026\nKannst du bitte noch einen Test für den leeren Header ergänzen?\n"
    "Anna Schmidt kommentierte am 13.03.2026\nErledigt, siehe letzten Commit. Danke für den Hinweis!",
    "Atualizado por Rafael Souza há 2 dias\nAlguém conseguiu reproduzir no ambiente de homologação?\n"
    "Atualizado por Beatriz Lima há 1 dia\nConsegui sim. O problema é o timeout do nginx, vou abrir um PR para aumentar.",
    "Komentarze (2)\nTomasz Nowak · 12 mar 2026, 10:21\nCzy ktoś sprawdzał, czy migracja działa na Postgresie 13?\n"
    "Katarzyna Wiśniewska · 12 mar 2026, 11:40\nTak, sprawdziłam wczoraj. Działa, ale trwa ok. 20 minut na dużej bazie.",
    "**chenyu** 评论了 3 天前\n> 这个改动会不会让缓存失效？\n会的，所以我在 `cache.go` 里加了版本号。\n👍 2\n"
    "**zhaolei** 评论了 2 天前\n明白了，那 LGTM，辛苦了",
    "Nguyễn Văn An đã bình luận 2 ngày trước\nMọi người có ai gặp lỗi `timeout` khi chạy migration không?\n"
    "Trần Thị Bình đã bình luận 1 ngày trước\nMình gặp rồi, tăng `statement_timeout` lên là được nhé.",
    "สมชาย ใจดี แสดงความคิดเห็น 2 วันที่แล้ว\nมีใครเจอปัญหา build ไม่ผ่านบน arm64 บ้างไหมครับ\n"
    "สมหญิง รักงาน แสดงความคิดเห็น 1 วันที่แล้ว\nเจอค่ะ ต้องอัปเดต base image เป็น bookworm ก่อนนะคะ",
    "أحمد علي علّق منذ يومين\nهل جرّب أحد تشغيل الترحيل على قاعدة الإنتاج؟\n"
    "سارة محمد علّقت منذ يوم\nنعم، جرّبته أمس ونجح، لكن استغرق ٢٠ دقيقة.",
    "राहुल शर्मा ने टिप्पणी की · 2 दिन पहले\nक्या किसी ने staging पर `npm ci` वाली error देखी है?\n"
    "प्रिया वर्मा ने टिप्पणी की · 1 दिन पहले\nहाँ, lockfile पुराना था। मैंने अपडेट कर दिया है, अब चेक करो।",
    "יוסי כהן הגיב לפני יומיים\nמישהו בדק את התיקון על Safari?\nמיכל לוי הגיבה לפני יום\nכן, בדקתי אתמול ועובד. תודה!",
    "Budi Santoso added a comment - 12/Mar/26 10:21 AM\nApakah ada yang sudah coba deploy ke cluster baru?\n"
    "Siti Rahma added a comment - 12/Mar/26 11:05 AM\nSudah, tapi ada error `ImagePullBackOff`. Kamu bisa cek secret registry-nya?",
    "olena-k прокоментувала 2 дні тому\nХтось пробував зібрати це на macOS 14?\n"
    "taras-dev прокоментував вчора\nТак, збирається, але треба `brew install libpq`. Додам у README.",
    "yamada-k がコメントしました 3日前\n`pnpm install` で peer dependency の警告が大量に出ますが、無視して大丈夫ですか？\n"
    "suzuki-t がコメントしました 2日前\n大丈夫です。次のリリースで依存を整理する予定です。",
    "王磊 @wanglei 评论于 2 小时前\n`kubectl rollout status deploy/api` 一直卡在 2/3，你那边看到了吗？\n"
    "陈静 @chenjing 回复于 1 小时前\n看到了，是 readinessProbe 超时，我改成 10s 了",
    "田中 さんが 2 日前に更新\nステージングで `ERROR 1213 (40001): Deadlock found` が出ています。誰か見られますか？\n"
    "鈴木 さんが 1 日前に更新\n見ました。インデックスを追加すれば解消しそうです。",
    "박지훈님이 댓글을 남겼습니다\n> `retry` 횟수를 3으로 줄이면 안 될까요?\n좋아요, 반영했습니다. 다시 봐주세요.\n"
    "최수진님이 댓글을 남겼습니다\n확인했어요 👍",
    "Mehmet Demir yorum ekledi - 12/Mar/26 10:21\n`NullPointerException` hâlâ alıyorum, sende de oluyor mu?\n"
    "Ayşe Çelik yorum ekledi - 12/Mar/26 11:05\nEvet, config'te `timeout` eksik. Ekleyip tekrar dener misin?",
    "Marco Rossi ha commentato 2 giorni fa\nQualcuno ha provato la build su Windows? A me fallisce su `node-gyp`.\n"
    "Giulia Bianchi ha commentato 1 giorno fa\nSì, serve Python 3.11 nel PATH. Prova e fammi sapere.",
]

PASTED = [
    "Slack'te konuştuk: Mehmet: staging DB'yi kim yeniden başlattı? Elif: bendim, migration takıldı. "
    "Mehmet: tamam, bir dahaki sefere kanala yaz lütfen.",
    "群里说的：\n王磊：今晚能发版吗？\n陈静：不行，测试还没跑完，明天上午吧\n王磊：好",
    "チャットより:\\n**佐藤**: 本番のDBパスワードのローテーションっていつでしたっけ？\\n**鈴木**: 来週の火曜です。手順書はConfluenceにあります",
    "переписка:\n[Андрей] кто-нибудь трогал nginx на prod-2?\n[Ольга] да, я вчера поменяла таймауты\n[Андрей] ок, откатываю, у нас 502",
    "Handoff: the deploy is blocked. From the chat:\n- Marta: ¿puedes revisar por qué falla el pipeline?\n"
    "- Diego: sí, es el token del registry que caducó, lo renuevo ahora",
    "Auszug aus dem Chat während des Vorfalls:\n> Jonas: Ist das Rollback schon durch?\n"
    "> Petra: Nein, hängt bei Schritt 3. Kannst du mal auf die Pods schauen?\n> Jonas: Schaue ich mir an",
    "슬랙에서 나온 얘기: 지훈: 배포 언제 해요? 수진: 오후 3시에 할게요, 괜찮죠? 지훈: 네 좋아요",
    "चैट से: अमित: क्या आज release होगा? नेहा: नहीं, QA अभी चल रहा है, कल सुबह करेंगे।",
    "Contexto (conversa no Teams):\\nCarla: o job noturno caiu de novo?\\nPedro: caiu, o disco do worker-3 encheu\\n"
    "Carla: beleza, vou limpar os logs antigos",
    "من المحادثة:\nخالد: هل انتهى النشر على الخادم الجديد؟\nليلى: ليس بعد، هناك خطأ في `docker compose up`\nخالد: حسنًا، أخبريني عندما ينتهي",
    "คุยในไลน์กลุ่ม: เอ: พรุ่งนี้ deploy ได้ไหม บี: ได้ แต่ต้องรอ QA ก่อนนะ",
    "Échange sur Mattermost :\nSophie — tu as relancé le cron de purge ?\nThomas — oui, ce matin, mais il a planté sur "
    "`disk quota exceeded`\nSophie — ok je regarde",
    "Trích từ nhóm Zalo: Hùng: server test còn chạy không? Lan: còn, nhưng RAM gần đầy rồi anh ạ.",
    "Z rozmowy na Slacku:\n*Piotr*: czy ktoś ma dostęp do konsoli AWS na prod?\n*Agnieszka*: ja mam, co trzeba zrobić?\n"
    "*Piotr*: zrestartuj proszę instancję bastionu",
    "上午和运维的沟通记录：【刘洋】数据库主从延迟又上来了，你们那边有改配置吗？【孙涛】没有啊，我看一下监控。【刘洋】好，有结果告诉我",
    "Conversación en el canal #incidencias (literal):\nAna: ¿quién tiene acceso al bucket de backups?\n"
    "Luis: yo, pero la credencial está caducada\nAna: vale, pídela a seguridad por favor",
    "Slackでのやりとり: 田中「ビルドが通らないんですが、何か変えました？」 山本「すみません、さっきlockfile更新しました。戻します」",
    "Dalla chat del team: Marco: il certificato scade domani, chi lo rinnova? Giulia: ci penso io stasera.",
    "Uit de chat: Sanne: draait de nachtelijke backup nog? Bram: nee, sinds dinsdag niet meer, ik kijk ernaar.",
    "из чата:\\nДима: ты выкатил фикс на стейдж?\\nЛена: да, 10 минут назад\\nДима: спасибо, проверяю",
    "מהצ'אט:\nדני: מי העלה את הגרסה לפרודקשן?\nרונית: אני, לפני שעה. יש בעיה?\nדני: כן, ה-API מחזיר 500",
    "Notiz zur Übergabe. Im Teams-Chat kam dazu: **Jonas**: läuft der Export wieder? **Petra**: ja, seit heute früh, "
    "ich hab den Cronjob neu gestartet.",
    "事后复盘（附群聊原文）：\n张伟：谁动了 prod 的 nginx 配置？\n李娜：我，昨晚改了 upstream 超时\n张伟：下次先在群里说一声",
]

MAIL_AND_QA = [
    "Hallo Jonas,\n\ndas klingt gut, ich schiebe das Deployment auf Donnerstag.\n\nViele Grüße\nPetra\n\n"
    "Am 12.03.2026 um 10:21 schrieb Jonas Weber <j.weber@example.de>:\n> Hallo Petra,\n"
    "> können wir das Deployment verschieben? Die Migration ist noch nicht getestet.\n> Gruß, Jonas",
    "Oui, je peux regarder demain matin.\n\nLe mar. 12 mars 2026 à 10:21, Luc Moreau <luc@example.fr> a écrit :\n"
    "> Amélie, peux-tu vérifier les logs du serveur de paiement ?",
    "好的，我明天上午处理。\n\n在 2026年3月12日 10:21，王磊 <wanglei@example.cn> 写道：\n> 小陈，支付服务的证书下周过期，你能安排一下续期吗？",
    "承知しました。明日対応します。\n\n2026年3月12日 10:21 田中太郎さんは書きました:\n> 鈴木さん\n> 本番の証明書が来週切れるので、更新をお願いできますか？",
    "Perfecto, lo reviso mañana.\n\nEl jue, 12 mar 2026 a las 10:21, Marta López (<marta@example.es>) escribió:\n"
    "> ¿Puedes mirar por qué falla el backup nocturno?",
    "Combinado, faço amanhã.\n\nEm qui., 12 de mar. de 2026 às 10:21, Rafael <rafael@example.com.br> escreveu:\n"
    "> Você consegue rodar a migração no ambiente de teste?",
    "Да, сделаю завтра.\n\n12.03.2026, 10:21, Иван Петров <ivan@example.ru> пишет:\n> Маша, можешь проверить бэкапы на prod-db?",
    "Konu: Re: Re: staging veritabanı\n\nTamam, yarın sabah bakarım.\n\n> Ahmet: Elif, staging DB'nin yedeğini alabilir misin?\n"
    "> Elif: Alırım ama disk dolu, önce temizlemem lazım.",
    "네, 내일 오전에 처리하겠습니다.\n\n2026년 3월 12일 (목) 오전 10:21, 김민준 <minjun@example.kr>님이 작성:\n> 서연님, 운영 DB 백업 확인 부탁드려요.",
    "Va bene, ci guardo domani.\n\nIl giorno gio 12 mar 2026 alle ore 10:21 Marco Rossi <marco@example.it> ha scritto:\n"
    "> Giulia, riesci a controllare i log del gateway?",
    "Prima, ik kijk er morgen naar.\n\nOp do 12 mrt 2026 om 10:21 schreef Sanne de Vries <sanne@example.nl>:\n"
    "> Bram, kun jij de backup van de database controleren?",
    "Jasne, zrobię to jutro.\n\nW dniu 12.03.2026 o 10:21, Piotr Nowak pisze:\n> Agnieszko, możesz sprawdzić logi na prod?",
    "ठीक है, मैं कल सुबह देख लूँगा।\n\nगुरु, 12 मार्च 2026 को 10:21 बजे राहुल शर्मा <rahul@example.in> ने लिखा:\n"
    "> अमित, क्या तुम prod के logs चेक कर सकते हो?",
    "حسنًا، سأراجعه غدًا.\n\nفي الخميس، 12 مارس 2026 10:21، كتب خالد <khaled@example.com>:\n> ليلى، هل يمكنك التحقق من سجلات الخادم؟",
    "ได้ครับ พรุ่งนี้จะดูให้\n\nเมื่อ พฤ. 12 มี.ค. 2026 เวลา 10:21 สมชาย <somchai@example.co.th> เขียนว่า:\n> ช่วยเช็ค log ของ server ให้หน่อยได้ไหม",
    "问题：Docker 容器里时区总是 UTC，怎么改成北京时间？\n\n3 个回答\n\n回答 1（张三）：在 Dockerfile 里加 `ENV TZ=Asia/Shanghai`，再装 tzdata 就行。\n"
    "回答 2（李四）：楼上说得对，alpine 镜像还要 `apk add tzdata`。\n追问：谢谢，alpine 那个确实是我漏了。",
    "質問: GitHub Actions でキャッシュが効かない\n回答 (yamada): `key` に lockfile のハッシュを入れていますか？\n"
    "質問者: 入れていませんでした。入れたら効きました、ありがとうございます！",
    "Вопрос: почему `pip install` не видит пакет в приватном индексе?\nОтвет от alex_dev: проверьте `--extra-index-url`, "
    "у вас, скорее всего, он не передаётся.\nАвтор вопроса: да, именно так, спасибо!",
    "질문: 쿠버네티스에서 CronJob이 두 번 실행돼요\n답변 (devkim): concurrencyPolicy를 Forbid로 바꿔보세요.\n작성자: 해결됐어요, 감사합니다!",
    "Pregunta: ¿cómo limito la memoria de un contenedor en docker compose?\nRespuesta de @pablo: usa `mem_limit` en la "
    "versión 2 o `deploy.resources` en la 3.\nRespuesta de @marta: ojo, `deploy` solo aplica en swarm.\n"
    "@autor: gracias a los dos, con mem_limit funcionó.",
    "Re: Re: Wartungsfenster\n\n> > Können wir das auf Freitag legen?\n> Freitag geht bei mir nicht, Montag?\n\n"
    "Montag passt, dann machen wir es so. Danke dir!",
    "Soru: `terraform plan` neden her seferinde aynı kaynağı değiştiriyor?\nCevap (mert_k): provider sürümünü sabitledin mi?\n"
    "Soruyu soran: sabitlemedim, sabitleyince düzeldi, teşekkürler!",
]

POSITIVES = COMMENT_THREADS + PASTED + MAIL_AND_QA

NEGATIVES = [
    # an issue's description with its template headings, one author
    "## 问题描述\n升级到 v2.4 后 `make build` 报错 `undefined reference to pthread_create`。\n## 复现步骤\n1. 克隆仓库\n"
    "2. 执行 `make build`\n## 期望行为\n编译通过\n## 环境\n- OS: Ubuntu 22.04\n- gcc 11.4",
    "### 概要\nログイン後にセッションが切れる\n### 再現手順\n1. ログイン\n2. 10分待つ\n### 期待する動作\nセッションが維持される\n"
    "### 環境\n- Chrome 120",
    "**Описание**\nПосле обновления до 5.2 падает импорт.\n**Шаги воспроизведения**\n1. Загрузить CSV\n2. Нажать «Импорт»\n"
    "**Ожидаемое поведение**\nИмпорт проходит без ошибок.",
    # one e-mail
    "Hallo Team,\n\nam Donnerstag ist das Wartungsfenster für die Datenbank von 22 bis 23 Uhr.\n"
    "Bitte keine Deployments in dieser Zeit.\n\nViele Grüße\nPetra",
    "各位好：\n\n本周四晚 22:00-23:00 数据库维护，期间请勿发版。\n\n谢谢\n王磊",
    "Konu: Re: staging veritabanı\n\nMerhaba Ahmet,\nYedek alındı, disk temizlendi.\n\nSaygılar\nElif",
    "---------- Forwarded message ---------\nVon: Jonas Weber\nDatum: 12.03.2026\nBetreff: Wartungsfenster\n\n"
    "Das Wartungsfenster ist am Donnerstag von 22 bis 23 Uhr.",
    "नमस्ते टीम,\n\nगुरुवार रात 10 बजे से 11 बजे तक database maintenance है। कृपया deploy न करें।\n\nधन्यवाद\nराहुल",
    # a question posted alone
    "Вопрос: почему `pip install` не видит пакет в приватном индексе? Пробовал `--extra-index-url`, не помогло. Python 3.11, pip 24.",
    "質問: GitHub Actions でキャッシュが効かない\n`actions/cache@v4` を使っていますが、毎回 miss になります。何か設定が足りないでしょうか？",
    "질문: 쿠버네티스에서 CronJob이 두 번 실행돼요\n버전은 1.28이고 schedule은 `0 * * * *` 입니다. 원인이 뭘까요?",
    "问题：Docker 容器里时区总是 UTC，怎么改成北京时间？\n\n0 个回答",
    "Câu hỏi: Làm sao để giới hạn RAM cho container trong docker compose? Mình dùng bản 2.24.",
    # meeting notes and action items
    "Reunión semanal 12/03\nAsistentes: Ana, Luis, Marta\n- Ana: revisar el pipeline de CI\n- Luis: renovar el certificado\n"
    "- Marta: actualizar la documentación\nPróxima reunión: 19/03",
    "周会纪要 3月12日\n参会：王磊、陈静、刘洋\n1. 王磊：负责周四发版\n2. 陈静：跟进回归测试\n3. 刘洋：整理监控告警",
    "Ustalenia:\n- Piotr: zrestartować bastion\n- Agnieszka: sprawdzić dostęp do AWS\nTermin: piątek",
    "회의록 (3/12)\n참석: 김민준, 이서연\n- 김민준: 배포 일정 확정\n- 이서연: 모니터링 알림 정리\n다음 회의: 3/19",
    "Compte rendu du point hebdo\nPrésents : Camille, Julien\nDécisions :\n- Camille : migrer le cron de purge\n"
    "- Julien : mettre à jour la doc",
    # changelogs, release notes, credits
    "## v2.4.0\n- 修复：回复评论时 @提及 不生效的问题 (#412, by @chenyu)\n- 新增：评论支持 Markdown 表格 (#418, by @zhaolei)",
    "v2.4.0 リリースノート\n- 新機能: コメントの返信通知\n- 修正: 添付ファイルのアップロード\n"
    "貢献者の皆さん、ありがとうございます: @yamada-k, @suzuki-t",
    "感谢以下贡献者：@wanglei、@chenjing、@liuyang",
    "Danke an alle, die zu diesem Release beigetragen haben: Lukas Becker, Anna Schmidt, Jonas Weber.",
    "2.4.0 (2026-03-12)\n * Yorum yanıtları için bildirim eklendi. (Ahmet Yılmaz)\n * Eski API istemcileri düzeltildi. (Zeynep Kaya)",
    # bots' comments
    "github-actions[bot] commented 2 hours ago\n✅ All checks passed\nCoverage: 84.2% (+0.3%)",
    "codecov[bot] commented 2 hours ago\nCoverage 84%\ngithub-actions[bot] commented 1 hour ago\nBuild passed ✅",
    "dependabot[bot] commented on Mar 3\nBumps lodash from 4.17.20 to 4.17.21.",
    "sonarcloud[bot] コメントしました\nQuality Gate passed\n0 Bugs\n0 Vulnerabilities",
    # one comment alone, timeline events, status-only journals
    "wangfei commented on Mar 3\n升级到 v2.4 之后 `make build` 报错，日志如下：\n`undefined reference to pthread_create`",
    "wangfei added the bug label 3 days ago\nlihua assigned wangfei 2 days ago\nwangfei closed this as completed 1 day ago",
    "Atualizado por Rafael Souza há 2 dias\n- Status alterado de Novo para Em andamento\n"
    "Atualizado por Beatriz Lima há 1 dia\n- Status alterado de Em andamento para Resolvido",
    "张伟 评论于 2026-03-12 10:21\n已在 v2.4.1 修复，关闭此 issue。",
    "Иван Петров изменил статус на «В работе» — 12.03.2026 10:21\nМария Соколова изменила исполнителя — 12.03.2026 11:05",
    # review checklists
    "レビューチェックリスト\n- [ ] テストを追加したか\n- [ ] ドキュメントを更新したか\n- [ ] 破壊的変更はないか",
    "리뷰 체크리스트\n- [ ] 테스트 추가\n- [ ] 문서 업데이트\n- [ ] 로그에 개인정보가 없는지 확인",
    "Checkliste für Reviews:\n- Gibt es Tests?\n- Ist die Doku aktuell?\n- Sind Breaking Changes markiert?",
    # issue and ticket fields
    "Автор: Иван Петров\nИсполнитель: Мария Соколова\nСтатус: В работе\nПриоритет: Высокий",
    "审核人：张伟、李娜\n测试人：王磊\n关联 Issue：#123",
    "| Servicio | Responsable |\n|---|---|\n| api | Ana |\n| web | Luis |",
    # localisation strings and templates that name the UI's words
    "comment.reply=回复\ncomment.add=添加评论\ncomment.delete=删除评论\ncomment.count={n} 条评论",
    "commented: がコメントしました\nreplied: が返信しました\nreacted: がリアクションしました",
    'quote_header = "在 {date}，{name} 写道："\nquote_header_de = "Am {date} schrieb {name}:"',
    'reply_header = f"On {date}, {author} wrote:"\nbody = reply_header + "\\n" + quote(original)',
    "评论功能：用户可以在 Issue 下发表评论，也可以回复他人的评论，支持 @提及 和表情回应。",
    # an agent's own note, a note that mentions a chat without turns
    "群里讨论过了，结论是下周二发版，迁移脚本已合并。",
    "Slack'te konuştuk, karar: staging DB her gece yeniden başlatılacak. Sorumlu: Mehmet.",
    "Сделал: обновил nginx на prod-2, таймауты 60с. Осталось: проверить 502 после выката.",
    "Mit Jonas besprochen: Deployment auf Donnerstag verschoben, Migration wird vorher auf Staging getestet.",
    "チャットで確認済み。本番の証明書は来週火曜に更新する。手順書は Confluence にある。",
    # timelines and logs with names
    "10:21 Андрей заметил 502\n10:25 Ольга откатила таймауты\n10:40 инцидент закрыт",
    "2026-03-12 10:21 deploy api v2.4 by wanglei\n2026-03-12 10:37 rollback api v2.3 by chenjing",
    "commit 3f2a91c\nAuthor: Zeynep Kaya <zeynep@example.com>\nDate:   Thu Mar 12 10:21 2026\n\n    Eski API istemcilerini düzelt",
    # FAQs
    "问：支持 Windows 吗？\n答：支持，需要 Windows 10 以上。\n问：是否开源？\n答：是的，MIT 许可证。",
    "Q: ¿Funciona en ARM?\nR: Sí, desde la versión 1.2.\nQ: ¿Hay soporte comercial?\nR: No.",
    # a reply-quote marker with nobody answering
    "> Disk %80 üzerine çıkınca nöbetçiye uyarı gider.\n> Önbellek ayarından sonra p95 50 ms'ye düştü.",
]


@pytest.mark.parametrize("text", POSITIVES)
def test_a_conversation_between_people_is_chat(text: str) -> None:
    assert scan_text(text), text


@pytest.mark.parametrize("text", NEGATIVES)
def test_one_authors_document_stays_clean(text: str) -> None:
    assert not scan_text(text), (text, scan_text(text))


def test_counts() -> None:
    assert len(POSITIVES) >= 60 and len(NEGATIVES) >= 50
