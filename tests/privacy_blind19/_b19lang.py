"""Text banks for blind19: what people ask models, what models answer, what people say to each
other, and the agent's own status text, in English and fourteen other languages.

Each bank entry is (language, text). Prompt and chat banks are composed from parts so that the
same sentence rarely repeats; the status banks are written as an agent reports, in its own voice.
"""

USER_PROMPTS = [
    ("en", "can you figure out why the orders migration hangs on staging? it was fine yesterday"),
    ("en", "Please refactor the retry loop in client.py so it uses exponential backoff, and keep the public signature the same."),
    ("en", "why does pytest collect zero tests in the integration folder?? I added __init__.py already"),
    ("en", "Write me a bash one-liner that finds every file over 50MB in the repo history."),
    ("en", "ok that broke the build. revert the last change and explain what went wrong"),
    ("en", "I need a summary of what changed between v2.3 and v2.4 for the release notes, keep it short and friendly"),
    ("en", "Act as a senior reviewer and tell me what you'd push back on in this diff."),
    ("en", "hey, can you add type hints to the whole utils module? mypy strict should pass afterwards"),
    ("en", "Explain like I'm new here: what does the scheduler do when two jobs share a lock?"),
    ("en", "don't touch the tests this time, just fix the off-by-one in paginate()"),
    ("en", "Could you draft an email to the infra team asking them to bump our runner quota? Be polite but firm."),
    ("en", "generate 20 realistic fake customer records as JSON so I can seed the dev db"),
    ("en", "What's the best way to structure this repo if we split the CLI out into its own package?"),
    ("en", "translate the error messages in messages.py into German and French"),
    ("en", "You are going to help me debug a flaky test. First, list the possible causes, then ask me questions."),
    ("en", "I keep getting 'connection reset by peer' from the grpc client, what should I check first?"),
    ("en", "pls write the changelog entry for the flock fix, mention the issue number 412"),
    ("en", "Ignore the lint warnings for now and get the feature working end to end, we'll clean up tomorrow."),
    ("en", "Rewrite this README intro so it sounds less like marketing and more like documentation."),
    ("en", "compare sqlite WAL mode and rollback journal for our use case and recommend one"),
    ("de", "Kannst du bitte herausfinden, warum der Build auf dem ARM-Runner seit gestern fehlschlägt?"),
    ("de", "Schreib mir bitte einen Test, der den Fall mit leerer Eingabe abdeckt, und erklär kurz warum."),
    ("fr", "Peux-tu m'expliquer pourquoi la migration échoue uniquement en production ? Je ne comprends pas."),
    ("fr", "Réécris cette fonction pour qu'elle soit plus lisible, sans changer son comportement s'il te plaît."),
    ("es", "¿Me ayudas a entender por qué el contenedor se reinicia cada diez minutos? Te pego los logs después."),
    ("es", "Escribe un script que limpie las ramas viejas del repositorio, pero pregúntame antes de borrar nada."),
    ("pt", "Você pode revisar esse PR e me dizer se a lógica de cache está correta? Estou inseguro."),
    ("pt", "Me explica a diferença entre rebase e merge nesse caso, com um exemplo do nosso repositório."),
    ("zh", "帮我看一下为什么这个测试在 CI 上总是超时，本地跑是好的。"),
    ("zh", "请把这个模块重构一下，拆成两个文件，保持接口不变，然后跑一遍测试。"),
    ("ja", "このエラーの原因を調べて、修正案をいくつか出してもらえますか？急ぎではないです。"),
    ("ja", "READMEのインストール手順を日本語に翻訳してください。コマンドはそのままで。"),
    ("ko", "이 함수가 왜 가끔 None을 반환하는지 찾아줄 수 있어? 재현 방법도 알려줘."),
    ("ko", "배포 스크립트를 검토해서 위험한 부분이 있으면 알려주세요."),
    ("ru", "Помоги, пожалуйста, разобраться, почему падает миграция на стейджинге. Вчера всё работало."),
    ("ru", "Напиши тесты для парсера конфигурации, особенно для пустых и битых файлов."),
    ("hi", "क्या तुम बता सकते हो कि यह टेस्ट CI पर क्यों फेल हो रहा है? लोकल पर सब ठीक है।"),
    ("tr", "Bu fonksiyonu daha okunur hale getirebilir misin? Davranışı değişmesin lütfen."),
    ("vi", "Bạn có thể giải thích tại sao bản build bị lỗi trên nhánh main không? Mình cần gấp."),
    ("pl", "Czy możesz sprawdzić, dlaczego ten job w CI wisi przez godzinę? Wczoraj działał normalnie."),
    ("ar", "هل يمكنك مساعدتي في فهم سبب فشل الاختبار على خادم التكامل؟ يعمل محليًا بدون مشاكل."),
    ("it", "Puoi scrivermi uno script che controlli se tutte le migrazioni sono state applicate? Grazie mille."),
]

PROMPT_TAILS = [
    ("en", ""), ("en", " Thanks!"), ("en", " Keep the answer short."), ("en", " Show me the diff before applying it."),
    ("en", " I'm on a deadline, so quick is better than perfect."), ("en", " Don't run anything destructive."),
    ("en", " Also tell me if there's a simpler approach."), ("en", " Use the conventions in CONTRIBUTING.md."),
]

ANSWERS = [
    ("en", "The migration hangs because the advisory lock taken in step 3 is never released when the batch is empty. I'd move the unlock into a finally block; here's the patch."),
    ("en", "Sure! Here's a refactored version of the retry loop. I kept the signature identical and added jitter so concurrent clients don't retry in lockstep."),
    ("en", "Great question. In short: WAL mode lets readers proceed while a writer is active, which fits your workload better. The trade-off is an extra -wal file next to the database."),
    ("en", "I've looked at the diff. Three things I'd push back on: the new global cache isn't thread-safe, the error is swallowed in parse(), and the test only covers the happy path."),
    ("en", "You're right, that change broke the build. I've reverted it. The cause was that I renamed the module without updating the entry point in pyproject.toml. Sorry about that!"),
    ("en", "Here are the likely causes of the flaky test, most probable first: 1) shared temp directory between workers, 2) a real clock in the timeout assertion, 3) test order dependence. Can you tell me whether it fails more under -n 4?"),
    ("en", "Certainly. Here is a draft:\n\nHi team,\nour CI runners have been saturated most afternoons this month. Could we raise the quota from 20 to 35 concurrent jobs? Happy to share the numbers.\n\nThanks,"),
    ("en", "Based on the logs you shared, the container is being OOM-killed: the memory limit is 512Mi and the JVM heap alone is configured for 600m. Lower -Xmx or raise the limit."),
    ("en", "I'd recommend splitting the CLI into its own package only if it has a different release cadence. Otherwise keep one package and use an optional extra for the CLI dependencies."),
    ("en", "Let me know if you'd like me to also update the docs. I can walk you through the change step by step if that helps."),
    ("de", "Der Build schlägt fehl, weil das Basis-Image für ARM kein libffi mehr mitbringt. Ich würde das Paket im Dockerfile explizit installieren. Soll ich das machen?"),
    ("fr", "Bien sûr ! La migration échoue en production parce que la colonne existe déjà là-bas. Je te propose d'ajouter une vérification IF NOT EXISTS. Veux-tu que je l'applique ?"),
    ("es", "Claro. El contenedor se reinicia porque la sonda de liveness apunta a /health, que tarda más de 5 segundos en responder bajo carga. Te sugiero aumentar el timeout."),
    ("pt", "Revisei o PR. A lógica de cache está quase certa, mas a chave não inclui o locale, então usuários diferentes podem ver a mesma página. Quer que eu corrija?"),
    ("zh", "我查看了日志，测试超时是因为 CI 上的数据库容器启动比较慢。建议在测试前加一个健康检查等待。需要我帮你改吗？"),
    ("ja", "ご確認ありがとうございます。エラーの原因は設定ファイルのパスが相対パスになっていることです。絶対パスに変更する修正案を用意しました。"),
    ("ko", "확인해 보니 입력이 빈 문자열일 때 early return 없이 None이 반환됩니다. 수정 코드를 아래에 첨부했습니다. 도움이 되었으면 좋겠어요!"),
    ("ru", "Я посмотрел логи: миграция падает из-за того, что индекс уже существует. Предлагаю добавить IF NOT EXISTS. Хотите, чтобы я внёс изменения?"),
    ("it", "Certo! Ecco uno script che confronta le migrazioni applicate con quelle presenti nella cartella. Fammi sapere se vuoi che lo integri nella pipeline."),
    ("tr", "Kodu inceledim. Döngünün içindeki sorgu her seferinde yeniden çalışıyor; bunu döngü dışına almanızı öneririm. İsterseniz düzeltmeyi ben yapabilirim."),
]

SYSTEM_PROMPTS = [
    ("en", "You are a helpful coding assistant. Answer concisely, prefer minimal diffs, and never run destructive commands without asking the user first."),
    ("en", "You are ReviewBot. Review the pull request below for correctness and security. Respond in Markdown with a list of findings, most severe first."),
    ("en", "You are an expert SRE. When the user pastes an alert, explain the likely root cause and propose next steps. Do not speculate beyond the evidence."),
    ("en", "You are a support agent for Acme Cloud. Be friendly, never promise refunds, and escalate billing questions to a human."),
    ("en", "Summarize the following commit messages into release notes for end users. Group them by feature, bug fix and chore. Do not mention internal ticket numbers."),
    ("de", "Du bist ein hilfreicher Assistent für Entwickler. Antworte immer auf Deutsch und erkläre deine Schritte kurz."),
    ("ja", "あなたは優秀なコードレビュアーです。指摘は重要度の高い順に、簡潔に日本語で述べてください。"),
    ("es", "Eres un asistente técnico. Responde siempre en español, con ejemplos de código cuando sea útil."),
]

CHAT = [
    ("en", [("maya", "did anyone else see the deploy hang around 3pm?"), ("jon", "yeah, I think it was the migration lock again"), ("maya", "ugh. can you take a look after standup? I'm out tomorrow")]),
    ("en", [("priya", "hey, are we still doing the release on friday or pushing to monday?"), ("tom", "monday I think, QA found something in checkout")]),
    ("en", [("alex", "lol the flaky test strikes again"), ("sam", "I swear I'm going to delete it"), ("alex", "please don't, my manager would actually notice")]),
    ("en", [("lee", "can I borrow your staging slot this afternoon?"), ("kim", "sure, I'm done by 2. ping me when you start")]),
    ("en", [("dana", "sorry I missed the retro, anything I need to know?"), ("raj", "mostly that we agreed to stop merging on fridays, and you owe me a coffee")]),
    ("de", [("jonas", "Hat jemand eine Ahnung, warum der Nightly-Build wieder rot ist?"), ("lena", "Ich schau gleich rein, bin noch im Meeting."), ("jonas", "Danke dir!")]),
    ("fr", [("camille", "Tu peux relire ma PR avant ce soir ? C'est assez urgent."), ("hugo", "Oui, je m'en occupe après le déjeuner.")]),
    ("es", [("lucia", "¿Alguien sabe quién tiene acceso al panel de facturación?"), ("diego", "Creo que Marta, pregúntale a ella. Yo no tengo permisos.")]),
    ("pt", [("ana", "Gente, o deploy de hoje vai atrasar um pouco, tá?"), ("bruno", "Tranquilo, avisa quando subir que eu testo.")]),
    ("zh", [("王伟", "今天下午的发布还按计划进行吗？"), ("李娜", "是的，不过要等测试组确认一下。"), ("王伟", "好的，有消息通知我。")]),
    ("ja", [("佐藤", "すみません、明日の定例は少し遅れて参加します。"), ("田中", "了解です！議事録は共有しておきますね。")]),
    ("ko", [("민수", "오늘 배포 괜찮았어요? 저 회의 때문에 못 봤어요."), ("지영", "네 문제없었어요. 내일 모니터링만 같이 봐요.")]),
    ("ru", [("дима", "Кто-нибудь знает, почему упал ночной билд?"), ("оля", "Похоже, опять закончилось место на раннере. Сейчас почищу.")]),
    ("pl", [("kasia", "Czy ktoś może mi pomóc z konfiguracją VPN? Nie mogę się połączyć od rana."), ("marek", "Jasne, zadzwonię do ciebie za 5 minut.")]),
    ("it", [("giulia", "Ragazzi, domani lavoro da casa. Se serve qualcosa scrivetemi qui."), ("marco", "Perfetto, buona giornata!")]),
    ("tr", [("elif", "Yarınki toplantıyı öğleden sonraya alabilir miyiz?"), ("can", "Olur, 15:00 uygun mu?")]),
]

STATUS = [
    ("en", "Ran the unit suite: 412 passed, 3 skipped in 48.2s."),
    ("en", "Migration 0042 applied on staging; rollback script verified."),
    ("en", "Lint clean after the import reorder; mypy reports 0 errors in 118 files."),
    ("en", "Branch rebased onto main, no conflicts; pushed for review."),
    ("en", "Benchmarks: p95 latency down from 182 ms to 141 ms on the orders endpoint."),
    ("en", "Next: split the parser module and add tests for empty input."),
    ("en", "Blocked on the flaky test_lock_timeout; quarantined it and opened a ticket."),
    ("en", "Dependency bump to urllib3 2.2.3; full test run green."),
    ("en", "Container image rebuilt, 212 MB (was 260 MB) after dropping build tools."),
    ("en", "Rotated the staging deploy key per runbook; new key stored in the vault, reference updated in CI."),
    ("de", "Alle Tests grün, Migration auf Staging eingespielt. Nächster Schritt: Review anfordern."),
    ("de", "Build auf dem ARM-Runner repariert, libffi im Dockerfile ergänzt."),
    ("fr", "Suite de tests passée (418 réussis). La migration est prête pour la revue."),
    ("fr", "Correction du délai d'attente du verrou ; test ajouté pour le cas concurrent."),
    ("es", "Pruebas unitarias en verde; la imagen del contenedor pesa ahora 212 MB."),
    ("es", "Rama actualizada con main, sin conflictos. Pendiente: revisar los índices."),
    ("pt", "Testes passando, cobertura em 87%. Próximo passo: documentar a nova flag."),
    ("zh", "单元测试全部通过，已推送到 review 分支。下一步：补充空输入的测试。"),
    ("zh", "迁移已在预发环境执行完毕，回滚脚本已验证。"),
    ("ja", "テストは全て通過しました（412件）。次はパーサーの分割に取りかかります。"),
    ("ja", "ステージングへのデプロイ完了。ヘルスチェック正常。"),
    ("ko", "테스트 412개 통과, 린트 경고 없음. 리뷰 요청 완료."),
    ("ru", "Все тесты прошли, миграция применена на стейджинге. Дальше: ревью."),
    ("hi", "सभी टेस्ट पास हो गए, माइग्रेशन स्टेजिंग पर लागू हो गया है।"),
    ("tr", "Tüm testler geçti; imaj boyutu 212 MB'a düştü."),
    ("vi", "Tất cả test đã pass, đã đẩy nhánh lên để review."),
    ("pl", "Testy przechodzą, migracja wdrożona na staging. Następny krok: code review."),
    ("ar", "نجحت جميع الاختبارات، وتم تطبيق الترحيل على بيئة الاختبار."),
    ("it", "Test tutti verdi, migrazione applicata in staging. Prossimo passo: revisione."),
]

DESCRIPTIONS = [
    ("en", "Run the integration tests"), ("en", "Check which migrations are pending"), ("en", "Deploy the preview build"),
    ("en", "Inspect the failing container"), ("en", "Publish the package"), ("en", "Call the metrics endpoint"),
    ("en", "Push the image to the registry"), ("en", "Seed the local database"),
    ("de", "Integrationstests ausführen"), ("de", "Vorschau-Build bereitstellen"), ("fr", "Lancer les tests d'intégration"),
    ("fr", "Publier le paquet"), ("es", "Ejecutar las migraciones pendientes"), ("es", "Desplegar la versión de prueba"),
    ("pt", "Publicar a imagem no registro"), ("zh", "运行集成测试"), ("zh", "部署预览环境"), ("ja", "統合テストを実行"),
    ("ja", "パッケージを公開"), ("ko", "통합 테스트 실행"), ("ru", "Запустить интеграционные тесты"), ("tr", "Paketi yayınla"),
    ("vi", "Chạy kiểm thử tích hợp"), ("pl", "Uruchom testy integracyjne"), ("it", "Eseguire i test di integrazione"),
    ("hi", "इंटीग्रेशन टेस्ट चलाएँ"), ("ar", "تشغيل اختبارات التكامل"),
]

SECRET_NOTES = [
    ("en", "staging db creds for the migration job: {v}"), ("en", "temporary token until the vault is back: {v}"),
    ("en", "use this one for the registry push, the old one expired -> {v}"),
    ("de", "Zugangsdaten für Staging (bitte nicht weitergeben): {v}"), ("de", "Neues Passwort für den Deploy-User: {v}"),
    ("fr", "Jeton temporaire pour le déploiement : {v}"), ("fr", "mot de passe de la base de préprod : {v}"),
    ("es", "Token nuevo para el pipeline, el anterior caducó: {v}"), ("es", "contraseña del usuario de despliegue: {v}"),
    ("pt", "Senha do banco de homologação: {v}"), ("zh", "预发环境数据库密码：{v}"), ("zh", "临时令牌，明天过期：{v}"),
    ("ja", "ステージングのAPIキー（一時的）：{v}"), ("ko", "스테이징 배포용 토큰: {v}"), ("ru", "Пароль от тестовой базы: {v}"),
    ("tr", "Test veritabanı şifresi: {v}"), ("vi", "Mật khẩu DB staging: {v}"), ("pl", "Hasło do bazy testowej: {v}"),
    ("it", "Password del database di staging: {v}"), ("hi", "स्टेजिंग डेटाबेस का पासवर्ड: {v}"), ("ar", "كلمة مرور قاعدة بيانات الاختبار: {v}"),
]

FOREIGN_SHARE = 0.27


def pick(r, bank, foreign=None):
    """An entry from bank; foreign=True/False restricts to non-English/English."""
    if foreign is None:
        foreign = r.random() < FOREIGN_SHARE
    pool = [e for e in bank if (e[0] != "en") == foreign] or list(bank)
    return r.choice(pool)


def prompt(r, foreign=None):
    lang, text = pick(r, USER_PROMPTS, foreign)
    if lang == "en":
        text += r.choice(PROMPT_TAILS)[1]
    return lang, text


def chat_lines(r, foreign=None, style="colon"):
    lang, turns = pick(r, CHAT, foreign)
    if style == "colon":
        return lang, "\n".join(f"{who}: {msg}" for who, msg in turns)
    if style == "bracket":
        return lang, "\n".join(f"[{r.randint(9, 18):02d}:{r.randint(0, 59):02d}] <{who}> {msg}" for who, msg in turns)
    return lang, turns
