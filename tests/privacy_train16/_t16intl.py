"""Round 16's parts in other languages: an agent's note paragraphs, status lines and needles.

Invented, like ``_t16parts``; ``{p}``, ``{s}``, ``{f}`` and ``{n}`` are filled by the generator.
Each language has benign paragraphs in the agent's own voice and a few needles (a request to a
model, a model's answer, a system prompt, two chat lines).
"""

from __future__ import annotations

PROSE = {
    "de": (
        "Ich habe den sporadischen Fehler in {f} auf ein Rennen beim Herunterfahren zurückgeführt; der Fix wartet jetzt auf den letzten Flush.",
        "Die Migration lief auf Staging in {n} Sekunden. Der Index wird nebenläufig gebaut, Schreibzugriffe waren nicht blockiert.",
        "Heute wurde nichts ausgerollt. Der Branch ist auf main rebased, alle Tests laufen, er wartet auf ein zweites Review.",
        "Ursache war eine abweichende Konfiguration: im Chart stand 5, im Override 50, und der Override hat nach dem Deploy gewonnen.",
        "Für die nächste Sitzung: offen ist, ob der Cache pro Mandant oder gemeinsam sein soll. Beide Varianten stehen im Designdokument.",
    ),
    "fr": (
        "J'ai trouvé l'origine de l'échec intermittent dans {f} : une course entre le hook d'arrêt et le dernier flush. Le correctif attend le flush.",
        "La migration a pris {n} secondes en préproduction. L'index est construit en parallèle, les écritures n'ont pas été bloquées.",
        "Rien n'a été déployé aujourd'hui. La branche est rebasée sur main et attend une deuxième relecture.",
        "L'alerte s'est déclenchée à 03:12 UTC quand la file de {s} a dépassé {n} messages. Les consommateurs étaient limités par le mauvais profil.",
        "J'ai gardé l'API publique inchangée ; la nouvelle option est documentée dans le changelog.",
    ),
    "es": (
        "Encontré la causa del fallo intermitente en {f}: una carrera entre el cierre y el último flush. El arreglo espera al flush.",
        "La migración tardó {n} segundos en staging y verifiqué que el número de filas coincide antes y después.",
        "Hoy no se desplegó nada. La rama está rebasada sobre main y espera una segunda revisión.",
        "Revertí el cambio de configuración de {s} porque el canario mostró más errores; los paneles se estabilizaron en diez minutos.",
        "Queda abierta la pregunta de si la caché debe ser por cliente o compartida; dejé las dos opciones en el documento de diseño.",
    ),
    "pt": (
        "Rastreei a falha intermitente em {f} até uma condição de corrida no desligamento; a correção espera o último flush.",
        "A migração levou {n} segundos em staging. Conferi a contagem de linhas antes e depois.",
        "Nada foi implantado hoje. O branch está atualizado com a main e aguarda uma segunda revisão.",
        "O alerta disparou quando a fila de {s} passou de {n} mensagens; os consumidores estavam limitados pelo perfil errado.",
    ),
    "it": (
        "Ho ricondotto l'errore intermittente in {f} a una corsa tra lo spegnimento e l'ultimo flush; la correzione attende il flush.",
        "La migrazione ha impiegato {n} secondi in staging e il conteggio delle righe coincide.",
        "Oggi non è stato rilasciato nulla. Il branch è aggiornato su main e aspetta una seconda revisione.",
        "Ho riportato {s} alla configurazione precedente dopo che il canary ha mostrato più errori.",
    ),
    "nl": (
        "De sporadische fout in {f} kwam door een race tussen het afsluiten en de laatste flush; de fix wacht nu op de flush.",
        "De migratie duurde {n} seconden op staging. Het aantal rijen klopt voor en na.",
        "Vandaag is er niets uitgerold. De branch is gerebased op main en wacht op een tweede review.",
    ),
    "ja": (
        "{f} の断続的な失敗は、シャットダウン処理と最後のフラッシュの競合が原因でした。修正ではフラッシュの完了を待ちます。",
        "ステージングでのマイグレーションは{n}秒で完了しました。前後で行数が一致することを確認済みです。",
        "本日はデプロイなし。ブランチは main にリベース済みで、二人目のレビュー待ちです。",
        "{s} のキューが{n}件を超えた時点でアラートが発火しました。コンシューマーは誤ったプロファイルで制限されていました。",
    ),
    "zh": (
        "{f} 中的间歇性失败是关闭钩子和最后一次刷新之间的竞争导致的，修复后会等待刷新完成。",
        "迁移在预发布环境耗时{n}秒，迁移前后的行数一致。",
        "今天没有发布。分支已经变基到 main，等待第二位评审。",
        "{s} 的队列超过{n}条时触发了告警，消费者被错误的限流配置限制了。",
    ),
    "ru": (
        "Причина плавающей ошибки в {f} — гонка между завершением и последним сбросом буфера; исправление дожидается сброса.",
        "Миграция на стенде заняла {n} секунд, количество строк до и после совпадает.",
        "Сегодня ничего не выкатывали. Ветка перебазирована на main и ждёт второго ревью.",
    ),
    "pl": (
        "Sporadyczny błąd w {f} wynikał z wyścigu między zamykaniem a ostatnim zapisem bufora; poprawka czeka na zapis.",
        "Migracja na stagingu trwała {n} sekund, liczba wierszy się zgadza.",
        "Dziś nic nie wdrażaliśmy. Gałąź jest zrebase'owana na main i czeka na drugą recenzję.",
    ),
}

NEEDLES = {
    "de": (
        "Kannst du die Retry-Schleife so umschreiben, dass sie exponentiell wartet, und einen Test dafür schreiben?",
        "Du bist ein erfahrener Code-Reviewer. Antworte nur mit einer nummerierten Liste der Probleme.",
        "Gerne! Hier ist eine überarbeitete Version der Funktion. Sag Bescheid, wenn ich noch etwas anpassen soll.",
    ),
    "fr": (
        "Peux-tu résumer cet incident en trois phrases pour la page de statut, sans noms de services internes ?",
        "Tu es un assistant serviable. Réponds toujours en français et termine par une question.",
        "Bien sûr ! Voici une version corrigée de la requête. N'hésite pas si tu veux que je l'explique.",
    ),
    "es": (
        "¿Puedes explicarme por qué esta consulta es lenta y sugerir un índice?",
        "Eres un tutor de SQL paciente. Explica cada consulta paso a paso.",
        "¡Claro! Aquí tienes el script actualizado. Avísame si quieres que añada pruebas.",
    ),
    "pt": (
        "Você pode reescrever esse componente usando hooks e manter a ordenação funcionando?",
        "Claro! Aqui está a versão refatorada. Quer que eu escreva os testes também?",
    ),
    "it": (
        "Puoi scrivermi uno script che ruota i log ogni notte e tiene sette giorni? Spiega ogni riga.",
        "Certo! Ecco la versione aggiornata della funzione. Fammi sapere se serve altro.",
    ),
    "nl": (
        "Kun je de foutmeldingen in dit bestand vertalen en de placeholders laten staan?",
        "Natuurlijk! Hier is een kortere versie van de samenvatting.",
    ),
    "ja": (
        "このリトライ処理を指数バックオフに書き換えて、テストも追加してもらえますか？",
        "あなたは経験豊富なコードレビュアーです。問題点だけを番号付きリストで答えてください。",
        "もちろんです！修正版の関数はこちらです。他にも調整が必要でしたらお知らせください。",
    ),
    "zh": (
        "你能帮我把这个查询优化一下吗？顺便解释一下为什么慢。",
        "你是一名资深的代码审查员，只用编号列表回答问题。",
        "当然可以！下面是修改后的函数。如果还需要调整，请告诉我。",
    ),
    "ru": (
        "Можешь переписать этот цикл повторов с экспоненциальной задержкой и добавить тест?",
        "Конечно! Вот исправленная версия функции. Если нужно что-то ещё, дайте знать.",
    ),
    "pl": (
        "Czy możesz napisać skrypt, który co noc rotuje logi i trzyma siedem dni?",
        "Oczywiście! Oto poprawiona wersja. Daj znać, jeśli mam coś jeszcze zmienić.",
    ),
}

STATUS_KEYS = {
    "en": ("build", "test", "tests", "lint", "typecheck", "format", "docs", "e2e", "coverage",
           "migrations", "security scan", "bench", "deploy", "mypy", "ruff", "unit", "integration"),
    "de": ("Build", "Tests", "Lint", "Typprüfung", "Doku", "Migrationen"),
    "fr": ("build", "tests", "lint", "typage", "docs", "migrations"),
    "es": ("compilación", "pruebas", "lint", "tipos", "documentación"),
    "ja": ("ビルド", "テスト", "リント", "型チェック"),
}
STATUS_VALUES = {
    "en": ("ok", "OK", "pass", "passed", "green", "failed (2)", "skipped", "pending", "n/a", "clean",
           "0 errors", "ok ({n} tests)", "✓", "✗", "done", "not run", "flaky", "warn", ""),
    "de": ("ok", "bestanden", "fehlgeschlagen", "übersprungen", "ausstehend", ""),
    "fr": ("ok", "réussi", "échec", "ignoré", "en attente", ""),
    "es": ("ok", "correcto", "falló", "omitido", "pendiente", ""),
    "ja": ("OK", "成功", "失敗", "スキップ", "未実行", ""),
}
