"""Phrase tables for the enc19 dev corpus: per language, the prose around a secret, the prompts
(requests, chat turns, model answers) and the ordinary text of the benign twins. Invented."""

LANGS = ("en", "de", "fr", "es", "pt", "ja")

NOTE = {
    "en": ("found this in the deploy job, rotating it today", "the staging config as the CI has it", "pasted from the old wiki page"),
    "de": ("das stand im Deploy-Job, ich rotiere es heute", "die Staging-Konfiguration, wie die CI sie hat", "aus der alten Wiki-Seite kopiert"),
    "fr": ("trouvé dans le job de déploiement, je le change aujourd'hui", "la config de staging telle que la CI l'a", "copié depuis l'ancienne page du wiki"),
    "es": ("lo encontré en el job de despliegue, lo rotamos hoy", "la configuración de staging tal como la tiene la CI", "copiado de la página vieja de la wiki"),
    "pt": ("achei isso no job de deploy, vou trocar hoje", "a configuração de staging como a CI tem", "copiado da página antiga da wiki"),
    "ja": ("デプロイジョブにあったので今日ローテーションします", "CI が持っているステージングの設定", "古い wiki ページからコピーしました"),
}

REQUEST = {
    "en": ("Can you rewrite this function so it streams the rows instead of loading the whole table, and explain why it is faster?",
           "Write a short summary of the incident for the customers, in a friendly tone, no more than five sentences.",
           "Act as a senior reviewer and list every bug you can find in the following diff, then suggest a fix for each."),
    "de": ("Kannst du diese Funktion so umschreiben, dass sie die Zeilen streamt statt die ganze Tabelle zu laden, und erklären, warum das schneller ist?",
           "Schreib bitte eine kurze Zusammenfassung des Vorfalls für die Kunden, freundlich, höchstens fünf Sätze.",
           "Du bist ein erfahrener Reviewer: liste alle Fehler im folgenden Diff auf und schlage für jeden eine Lösung vor."),
    "fr": ("Peux-tu réécrire cette fonction pour qu'elle lise les lignes en flux au lieu de charger toute la table, et m'expliquer pourquoi c'est plus rapide ?",
           "Rédige un court résumé de l'incident pour les clients, sur un ton aimable, en cinq phrases au plus.",
           "Joue le rôle d'un relecteur senior et liste tous les bugs que tu trouves dans ce diff, puis propose une correction pour chacun."),
    "es": ("¿Puedes reescribir esta función para que procese las filas en streaming en lugar de cargar toda la tabla, y explicarme por qué es más rápido?",
           "Escribe un resumen corto del incidente para los clientes, en tono amable, de cinco frases como máximo.",
           "Actúa como revisor senior y enumera todos los errores que encuentres en este diff, y luego propone una corrección para cada uno."),
    "pt": ("Você pode reescrever esta função para processar as linhas em streaming em vez de carregar a tabela inteira, e explicar por que é mais rápido?",
           "Escreva um resumo curto do incidente para os clientes, em tom amigável, com no máximo cinco frases.",
           "Aja como um revisor sênior e liste todos os bugs que encontrar neste diff, depois sugira uma correção para cada um."),
    "ja": ("この関数をテーブル全体を読み込むのではなく行をストリーミングするように書き直して、なぜ速くなるのか説明してもらえますか？",
           "顧客向けにインシデントの短い要約を、丁寧な口調で五文以内で書いてください。",
           "シニアレビュアーとして次の差分にあるバグをすべて挙げ、それぞれの修正案を提案してください。"),
}

ANSWER = {
    "en": ("Sure! Here is a version that streams the rows. The key change is that the cursor is iterated lazily, so memory stays flat no matter how large the table grows. First, we open a server-side cursor",
           "Great question. The short answer is that the retry loop never backs off, so each failure triggers another request immediately. To fix this, you should add an exponential delay and"),
    "de": ("Gerne! Hier ist eine Version, die die Zeilen streamt. Die wichtigste Änderung ist, dass der Cursor schrittweise gelesen wird, sodass der Speicher konstant bleibt, egal wie groß die Tabelle wird. Zuerst öffnen wir",
           "Gute Frage. Kurz gesagt wartet die Wiederholungsschleife nie, sodass jeder Fehler sofort eine neue Anfrage auslöst. Um das zu beheben, solltest du eine exponentielle Verzögerung einbauen und"),
    "fr": ("Bien sûr ! Voici une version qui lit les lignes en flux. Le changement principal est que le curseur est parcouru paresseusement, donc la mémoire reste stable quelle que soit la taille de la table. D'abord, on ouvre",
           "Bonne question. En bref, la boucle de nouvelle tentative n'attend jamais, donc chaque échec déclenche aussitôt une nouvelle requête. Pour corriger cela, vous devriez ajouter un délai exponentiel et"),
    "es": ("¡Claro! Aquí tienes una versión que procesa las filas en streaming. El cambio clave es que el cursor se recorre de forma perezosa, así que la memoria se mantiene estable sin importar el tamaño de la tabla. Primero, abrimos",
           "Buena pregunta. En resumen, el bucle de reintentos nunca espera, así que cada fallo provoca otra petición de inmediato. Para solucionarlo, deberías añadir un retraso exponencial y"),
    "pt": ("Claro! Aqui está uma versão que processa as linhas em streaming. A principal mudança é que o cursor é percorrido sob demanda, então a memória fica estável não importa o tamanho da tabela. Primeiro, abrimos",
           "Ótima pergunta. Resumindo, o loop de novas tentativas nunca espera, então cada falha dispara outra requisição na hora. Para corrigir isso, você deve adicionar um atraso exponencial e"),
    "ja": ("もちろんです！行をストリーミングするバージョンはこちらです。主な変更点はカーソルを遅延的に走査することで、テーブルがどれだけ大きくなってもメモリは一定に保たれます。まず、サーバー側カーソルを開き",
           "良い質問ですね。簡単に言うと、リトライループが待機しないため、失敗するたびにすぐ次のリクエストが送られます。これを直すには、指数的な待ち時間を追加して"),
}

SEARCH = {
    "en": ("how to set nginx proxy read timeout", "postgres vacuum full lock table", "python asyncio gather return exceptions"),
    "de": ("nginx proxy timeout einstellen", "postgres vacuum sperrt tabelle", "python asyncio gather ausnahmen zurückgeben"),
    "fr": ("comment régler le timeout du proxy nginx", "postgres vacuum full verrouille la table", "python asyncio gather renvoyer les exceptions"),
    "es": ("cómo configurar el timeout del proxy nginx", "postgres vacuum full bloquea la tabla", "python asyncio gather devolver excepciones"),
    "pt": ("como configurar o timeout do proxy nginx", "postgres vacuum full bloqueia a tabela", "python asyncio gather retornar exceções"),
    "ja": ("nginx プロキシ タイムアウト 設定", "postgres vacuum full テーブル ロック", "python asyncio gather 例外 返す"),
}

DOCS = {
    "en": ("Set the \"timeout\" option to the number of seconds the proxy waits for the upstream's answer & keep it above the slowest query.",
           "The password field is required when the connection uses TLS; leave it empty for local sockets."),
    "de": ("Setze die Option \"timeout\" auf die Sekunden, die der Proxy auf die Antwort wartet & halte sie über der langsamsten Abfrage.",
           "Das Feld password ist Pflicht, wenn die Verbindung TLS nutzt; für lokale Sockets bleibt es leer."),
    "fr": ("Réglez l'option \"timeout\" sur le nombre de secondes d'attente du proxy & gardez-la au-dessus de la requête la plus lente.",
           "Le champ password est obligatoire quand la connexion utilise TLS ; laissez-le vide pour les sockets locaux."),
    "es": ("Ajusta la opción \"timeout\" a los segundos que el proxy espera la respuesta & mantenla por encima de la consulta más lenta.",
           "El campo password es obligatorio cuando la conexión usa TLS; déjalo vacío para sockets locales."),
    "pt": ("Ajuste a opção \"timeout\" para os segundos que o proxy espera a resposta & mantenha acima da consulta mais lenta.",
           "O campo password é obrigatório quando a conexão usa TLS; deixe vazio para sockets locais."),
    "ja": ("\"timeout\" オプションにはプロキシが上流の応答を待つ秒数を設定し、最も遅いクエリより長くしてください & 短すぎると失敗します。",
           "接続が TLS を使う場合 password フィールドは必須です。ローカルソケットでは空のままにします。"),
}

MAILBODY = {
    "en": "Hi team, the migration finished at 02:10 and the replicas caught up by 02:25. Nothing to do on your side; I will close the change request tomorrow morning after the checks.",
    "de": "Hallo zusammen, die Migration war um 02:10 fertig und die Replikate hatten um 02:25 aufgeholt. Für euch ist nichts zu tun; ich schließe den Änderungsantrag morgen früh nach den Prüfungen.",
    "fr": "Bonjour à tous, la migration s'est terminée à 02:10 et les réplicas ont rattrapé leur retard à 02:25. Rien à faire de votre côté ; je fermerai la demande de changement demain matin après les vérifications.",
    "es": "Hola equipo, la migración terminó a las 02:10 y las réplicas se pusieron al día a las 02:25. No tenéis que hacer nada; cerraré la solicitud de cambio mañana por la mañana después de las comprobaciones.",
    "pt": "Oi pessoal, a migração terminou às 02:10 e as réplicas alcançaram às 02:25. Nada a fazer do lado de vocês; vou fechar a solicitação de mudança amanhã de manhã depois das verificações.",
    "ja": "皆さん、移行は 02:10 に完了し、レプリカは 02:25 までに追いつきました。皆さんの側での作業はありません。確認の後、明日の朝に変更リクエストを閉じます。",
}
