"""Per-language phrase stock for the round-10 training corpus (the author's own wording).

Prompt side: plain coding requests with no cue words (no "please", "can you", no question
mark), an agent's narration of its own work, and chat lines between two people. Benign side:
runbook steps in the imperative, ordinary handoff notes and next actions. Slots: ``{svc}`` a
service, ``{f}`` a file, ``{n}`` a number, ``{cmd}`` a command, ``{who}`` a colleague.
"""

from __future__ import annotations

P: dict[str, dict[str, list[str]]] = {}

P["en"] = {
    "plain": ["the {svc} export drops the last row, fix it and add a regression test",
              "rename get_user to fetch_user everywhere and update the imports",
              "make the sidebar collapsible on mobile and keep the state in localStorage",
              "add retries with exponential backoff to the http client in {f}",
              "I need the {svc} handler to return 404 instead of 500 when the id is unknown",
              "convert these callbacks to async/await, keep the public api the same",
              "write unit tests for the date parsing helpers, cover leap years",
              "the login form should show the error under the field not in an alert",
              "port {f} from bash to python and keep the same flags",
              "give the {svc} dashboard a dark mode",
              "explain what this regex does and make it handle unicode",
              "summarise the diff below for the release notes",
              "turn this list of endpoints into an openapi spec",
              "I want the CLI to print a progress bar while it downloads",
              "refactor the {svc} service so the database calls go through one repository class",
              "figure out why {cmd} is slow on my laptop and speed it up",
              "a haiku about kubernetes, then a limerick about yaml",
              "my landlord wants three months' deposit, draft a reply saying that's above the legal limit",
              "plan a four day trip to Lisbon with kids, budget 1500 euros",
              "tell me a joke about database migrations"],
    "narr": ["I'll start by reading {f} to see how the retry loop is wired.",
             "Let me check the failing test first, then I'll look at the fixture.",
             "I found the bug: the loop exits before the last batch is flushed. I'll fix it and add a test.",
             "I've updated {f} and the tests pass now. Want me to open a pull request?",
             "Looking at the stack trace, the timeout comes from the {svc} client, not the database.",
             "Now I'll run the linter to make sure nothing else broke.",
             "I couldn't reproduce the failure locally, so I'll add logging around the lock.",
             "Done. I changed three files and left a note in the changelog."],
    "chat": ["did you see the {svc} alert last night?", "yeah, I think it was the cron job again",
             "can you take a look at my PR when you get a sec?", "sure, after lunch",
             "lol that's the third time this week", "anyone know why the build is red?",
             "I'm off tomorrow, Dana is covering", "thanks! that fixed it for me",
             "ugh, the wifi here is terrible", "want to grab coffee before standup?",
             "honestly I'd just revert it and try again Monday", "ok I'll ping them"],
    "steps": ["Drain the node, then cordon it.", "Rotate the logs before the backup window.",
              "Restart {svc} and watch the error rate for ten minutes.", "Run {cmd} from the repository root.",
              "Check that the {svc} queue is empty before the migration.", "Roll back to the previous release if p95 goes above 800 ms.",
              "Update {f} with the new endpoint.", "Tag the release and push the tag."],
    "notes": ["rerun pytest on main", "ask Dana about the flaky test", "bump ruff to 0.8 and fix the new warnings",
              "check why test_retry times out on CI", "{svc}: migration 0042 applied on staging, prod on Thursday",
              "waiting on review from {who}", "deploy blocked until the cert is renewed",
              "write the postmortem for the {svc} outage", "pair with {who} on the cache eviction bug",
              "move the cron job to the new scheduler", "flaky: test_upload fails 1 in 20 runs",
              "read through the {svc} runbook before on-call", "merge after the freeze lifts",
              "compare latency of {svc} before and after the index"],
}

P["de"] = {
    "plain": ["der Export in {svc} verliert die letzte Zeile, behebe das und schreib einen Test dazu",
              "benenne get_user überall in fetch_user um und pass die Importe an",
              "bau Wiederholungsversuche mit exponentiellem Backoff in den HTTP-Client in {f} ein",
              "ich brauche eine Funktion, die CSV-Dateien zusammenführt und Duplikate entfernt",
              "erklär mir den Unterschied zwischen Prozess und Thread",
              "schreib eine Absage an den Vermieter, höflich aber bestimmt",
              "fass den folgenden Text in drei Sätzen zusammen"],
    "narr": ["Ich lese zuerst {f}, um zu sehen, wie die Schleife aufgebaut ist.",
             "Ich habe den Fehler gefunden: der letzte Block wird nie geschrieben. Ich behebe das jetzt.",
             "Die Tests laufen jetzt durch. Soll ich einen Pull Request öffnen?"],
    "chat": ["hast du den Alarm von {svc} gestern gesehen?", "ja, war wieder der Cronjob", "kannst du kurz auf meinen PR schauen?",
             "klar, nach dem Mittag", "ich bin morgen nicht da", "danke, hat geklappt"],
    "steps": ["Knoten leeren und danach absperren.", "{svc} neu starten und die Fehlerrate zehn Minuten beobachten.",
              "{cmd} im Wurzelverzeichnis ausführen.", "Release taggen und den Tag pushen."],
    "notes": ["pytest auf main erneut laufen lassen", "Dana nach dem wackligen Test fragen", "{svc}: Migration auf Staging eingespielt",
              "warte auf Review von {who}", "Zertifikat erneuern, dann deployen"],
}

P["fr"] = {
    "plain": ["l'export de {svc} perd la dernière ligne, corrige ça et ajoute un test",
              "renomme get_user en fetch_user partout et mets à jour les imports",
              "ajoute des relances avec backoff exponentiel au client http dans {f}",
              "j'ai besoin d'un script qui fusionne deux fichiers CSV sans doublons",
              "explique-moi la différence entre un processus et un thread",
              "rédige une lettre de motivation pour un poste de développeur",
              "résume le texte ci-dessous en trois phrases"],
    "narr": ["Je commence par lire {f} pour voir comment la boucle est construite.",
             "J'ai trouvé le bug : le dernier lot n'est jamais écrit. Je corrige.",
             "Les tests passent maintenant. Je peux ouvrir une pull request ?"],
    "chat": ["t'as vu l'alerte de {svc} hier soir ?", "oui, encore le cron", "tu peux regarder ma PR ?",
             "ok après le déj", "je suis absent demain", "merci, ça marche"],
    "steps": ["Vider le nœud puis le bloquer.", "Redémarrer {svc} et surveiller le taux d'erreur.",
              "Lancer {cmd} depuis la racine du dépôt.", "Taguer la version et pousser le tag."],
    "notes": ["relancer pytest sur main", "demander à Dana pour le test instable", "{svc} : migration appliquée en recette",
              "en attente de relecture par {who}", "renouveler le certificat avant le déploiement"],
}

P["es"] = {
    "plain": ["la exportación de {svc} pierde la última fila, arréglalo y añade un test",
              "cambia get_user por fetch_user en todo el proyecto y actualiza los imports",
              "añade reintentos con backoff exponencial al cliente http de {f}",
              "necesito un script que junte dos CSV sin duplicados",
              "explícame la diferencia entre un proceso y un hilo",
              "escribe un correo para pedir una semana de vacaciones",
              "resume el texto de abajo en tres frases"],
    "narr": ["Primero voy a leer {f} para ver cómo está montado el bucle.",
             "Encontré el fallo: el último lote nunca se escribe. Lo corrijo ahora.",
             "Los tests ya pasan. ¿Quieres que abra un pull request?"],
    "chat": ["¿viste la alerta de {svc} anoche?", "sí, otra vez el cron", "¿puedes mirar mi PR?",
             "vale, después de comer", "mañana no estoy", "gracias, ya funciona"],
    "steps": ["Vaciar el nodo y después acordonarlo.", "Reiniciar {svc} y vigilar la tasa de errores.",
              "Ejecutar {cmd} desde la raíz del repositorio.", "Etiquetar la versión y subir la etiqueta."],
    "notes": ["volver a lanzar pytest en main", "preguntar a Dana por el test inestable", "{svc}: migración aplicada en staging",
              "esperando revisión de {who}", "renovar el certificado antes del despliegue"],
}

P["pt"] = {
    "plain": ["a exportação do {svc} perde a última linha, corrige isso e adiciona um teste",
              "troca get_user por fetch_user no projeto todo e atualiza os imports",
              "preciso de um script que junte dois CSV sem duplicados",
              "me explica a diferença entre processo e thread",
              "escreve um e-mail pedindo uma semana de férias"],
    "narr": ["Vou começar lendo {f} para ver como o laço está montado.",
             "Achei o bug: o último lote nunca é gravado. Vou corrigir.",
             "Os testes passam agora. Quer que eu abra um pull request?"],
    "chat": ["viu o alerta do {svc} ontem?", "sim, de novo o cron", "pode olhar meu PR?", "beleza, depois do almoço",
             "valeu, funcionou"],
    "steps": ["Drenar o nó e depois isolá-lo.", "Reiniciar o {svc} e acompanhar a taxa de erros.",
              "Rodar {cmd} na raiz do repositório."],
    "notes": ["rodar pytest de novo na main", "perguntar à Dana sobre o teste instável", "{svc}: migração aplicada em staging",
              "aguardando revisão de {who}"],
}

P["ru"] = {
    "plain": ["экспорт в {svc} теряет последнюю строку, исправь и добавь тест",
              "переименуй get_user в fetch_user во всём проекте и поправь импорты",
              "нужен скрипт, который объединяет два CSV без дубликатов",
              "объясни разницу между процессом и потоком",
              "напиши письмо арендодателю с просьбой починить кран"],
    "narr": ["Сначала прочитаю {f}, чтобы понять, как устроен цикл.",
             "Нашёл ошибку: последний пакет не записывается. Сейчас исправлю.",
             "Тесты проходят. Открыть pull request?"],
    "chat": ["видел алерт от {svc} вчера?", "да, опять крон", "глянешь мой PR?", "ок, после обеда", "спасибо, заработало"],
    "steps": ["Освободить узел, затем закрыть его для новых подов.", "Перезапустить {svc} и следить за ошибками.",
              "Запустить {cmd} из корня репозитория."],
    "notes": ["перезапустить pytest на main", "спросить Дану про нестабильный тест", "{svc}: миграция применена на стейджинге",
              "жду ревью от {who}"],
}

P["zh"] = {
    "plain": ["{svc} 的导出少了最后一行，修一下并加个测试",
              "把所有 get_user 改名为 fetch_user，并更新导入",
              "给 {f} 里的 http 客户端加上指数退避重试",
              "帮我写一个合并两个 CSV 并去重的脚本",
              "解释一下进程和线程的区别",
              "写一封请假邮件给老板"],
    "narr": ["我先读一下 {f}，看看循环是怎么写的。", "找到问题了：最后一批数据没有写入。我现在修复。",
             "测试都通过了。需要我开一个 pull request 吗？"],
    "chat": ["昨晚 {svc} 的告警你看到了吗？", "看到了，又是定时任务", "能帮我看下 PR 吗？", "好的，午饭后", "谢谢，好了"],
    "steps": ["先排空节点，再将其隔离。", "重启 {svc} 并观察错误率十分钟。", "在仓库根目录运行 {cmd}。"],
    "notes": ["在 main 上重跑 pytest", "问 Dana 那个不稳定的测试", "{svc}：迁移已在预发环境执行", "等待 {who} 审核"],
}

P["ja"] = {
    "plain": ["{svc} のエクスポートで最後の行が消える、直してテストも追加して",
              "get_user を全部 fetch_user にリネームして import も直して",
              "{f} の http クライアントに指数バックオフのリトライを入れて",
              "二つの CSV を重複なしでマージするスクリプトがほしい",
              "プロセスとスレッドの違いを説明して"],
    "narr": ["まず {f} を読んでループの構造を確認します。", "原因が分かりました。最後のバッチが書き込まれていません。修正します。",
             "テストが通りました。プルリクエストを作成しますか？"],
    "chat": ["昨日の {svc} のアラート見た？", "見た、またcronだった", "PR ちょっと見てもらえる？", "了解、昼のあとで", "ありがとう、直った"],
    "steps": ["ノードをドレインしてから cordon する。", "{svc} を再起動してエラー率を10分間監視する。",
              "リポジトリのルートで {cmd} を実行する。"],
    "notes": ["main で pytest を再実行", "不安定なテストについて Dana に聞く", "{svc}: ステージングでマイグレーション適用済み",
              "{who} のレビュー待ち"],
}
