# ruff: noqa: RUF001, E501  (tables of sentences: full-width CJK punctuation is the point; one sentence a line)
"""Ten languages besides English for blind9 (de, es, fr, pt, it, zh, ja, ko, ru, tr): the user's
requests, the assistant's planning voice, conversation summaries, quoted answers, flattened
transcripts and system prompts (prompt); passwords in prose (secret, with pl and nl too); and
ordinary operational notes in the same languages (benign).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from _b9rand import (
    BRANCHES,
    ERRORS,
    FILES,
    FUNCS,
    HOSTS,
    MODELS,
    SERVICES,
    TESTS,
    USERS,
    hexs,
    org_repo,
    password,
    pr,
    sha,
)
from _b9vendors import vendor

R = random.Random

L: dict[str, dict[str, list[str]]] = {
    "de": {
        "req": ["kannst du herausfinden, warum {test} in der CI fehlschlägt, lokal aber durchläuft?",
                "Bitte refaktoriere {func} in {file}, sodass der Lock nicht während der Netzwerkaufrufe gehalten wird.",
                "Der {svc}-Dienst wirft seit dem letzten Deploy {err}. Finde die Ursache und behebe sie, ohne die API zu ändern.",
                "Schreib mir bitte Unit-Tests für {func}, vor allem für leere Eingaben und Umlaute.",
                "Erklär mir, was {func} eigentlich macht, ich habe den Code geerbt und niemand hat ihn dokumentiert.",
                "Ändere noch keinen Code. Lies nur {file} und liste alles auf, was abstürzen kann.",
                "Nein, mach das rückgängig. Ich habe gesagt, die öffentliche API bleibt, wie sie ist. Ändere nur {file}.",
                "Die E2E-Tests dauern 40 Minuten, bring sie unter 10, ohne Abdeckung zu verlieren."],
        "plan": ["Ich schaue mir zuerst {file} an, um zu verstehen, wie {func} aufgerufen wird.",
                 "Lass mich die CI-Logs prüfen, ob der Fehler in {test} deterministisch ist.",
                 "Der Nutzer möchte, dass die Änderung abwärtskompatibel bleibt, also behalte ich das alte Flag bei.",
                 "Gut, der Test schlägt wie erwartet fehl. Jetzt implementiere ich den Fix.",
                 "Moment, der Nutzer wollte die öffentliche API nicht ändern. Ich mache die Signaturänderung in {file} rückgängig.",
                 "Ich schreibe jetzt die PR-Beschreibung: erst die Ursache, dann der Fix."],
        "summ": ["Zusammenfassung des Gesprächs: Der Nutzer hat gefragt, warum {svc} mit {err} abstürzt. Ich habe "
                 "{func} als Ursache gefunden, er hat zugestimmt und möchte jetzt einen Test dazu.",
                 "Bisheriger Verlauf: Nutzer will Paginierung für die Bestell-API, ich habe zwei Varianten "
                 "vorgeschlagen, er hat die cursorbasierte gewählt und gesagt, die alten Parameter sollen bleiben.",
                 "Kurz zum bisherigen Chat: Der Nutzer ist genervt von der flakigen CI, will keine Retries und bittet mich, die Ursache in {test} zu finden und im PR zu erklären."],
        "ans": ["Der Test schlägt in der CI fehl, weil der Runner UTC verwendet, während dein Rechner auf "
                "Europe/Berlin steht. {func} sollte die injizierte Uhr benutzen.",
                "Klar! Das Problem ist, dass {func} den Mutex während des HTTP-Aufrufs hält. Ich habe den Aufruf "
                "aus dem kritischen Abschnitt verschoben. Sag Bescheid, wenn du noch Fragen hast.",
                "Ich konnte {err} lokal nicht reproduzieren. Kannst du mir das vollständige CI-Log schicken?"],
        "sys": ["Du bist ein erfahrener Backend-Entwickler und prüfst Pull Requests. Antworte knapp und auf Deutsch. "
                "Nenne zuerst Fehler, dann Stil.",
                "Du bist ein autonomer Coding-Agent im Repository {repo}. Führe immer die Tests aus, bevor du "
                "committest, und pushe niemals auf main."],
        "who": ["Nutzer", "Assistent"],
        "label": ["Antwort des Modells: ", "Die KI hat geantwortet: ", "Ausgabe von {model} (wörtlich): "],
        "pw": ["das Passwort für die Staging-Datenbank ist {pw}", "Login für Grafana: {user} / Passwort {pw}",
               "Das neue Kennwort von {user} lautet {pw}, bitte nach dem Deploy ändern.",
               "SSH auf {host} als {user}, Passwort: {pw}"],
        "note": ["Tests laufen wieder grün ({n} bestanden), PR #{pr} wartet auf Review.",
                 "Nächster Schritt: auf main rebasen und die Migration auf Staging testen.",
                 "Rate-Limit von {model} erreicht, Reset in {m} Minuten; bis dahin nur lokale Tests.",
                 "Branch {branch} ist gepusht, CI läuft. Commit {sha}.",
                 "Passwort-Rotation für die Staging-DB ist für Freitag geplant, Zugang über Vault, nicht hier notieren."],
    },
    "es": {
        "req": ["¿puedes averiguar por qué {test} falla en la CI pero pasa en local?",
                "Refactoriza {func} en {file} para que no mantenga el lock durante las llamadas de red, por favor.",
                "El servicio {svc} lanza {err} desde el último despliegue. Encuentra la causa y arréglalo sin tocar la API.",
                "Escríbeme tests unitarios para {func}, sobre todo casos límite: entrada vacía, unicode, números enormes.",
                "Explícame qué hace {func}, heredé este código y nadie lo documentó.",
                "No cambies código todavía. Solo lee {file} y dime todo lo que podría provocar un pánico.",
                "No, revierte eso. Te dije que no tocaras la API pública. Cambia solo {file}.",
                "Los tests e2e tardan 40 minutos, déjalos en menos de 10 sin perder cobertura."],
        "plan": ["Voy a empezar leyendo {file} para entender cómo se llama a {func}.",
                 "Déjame revisar los logs de la CI para ver si el fallo en {test} es determinista.",
                 "El usuario quiere que el cambio sea retrocompatible, así que mantendré el flag antiguo.",
                 "Bien, el test falla como esperaba. Ahora implemento la corrección.",
                 "Espera, el usuario dijo que no tocara la API pública. Tengo que deshacer el cambio de firma en {file}.",
                 "Ahora voy a escribir la descripción del PR: primero la causa raíz y luego la corrección."],
        "summ": ["Resumen de la conversación: el usuario preguntó por qué {svc} falla con {err}. Encontré la causa en "
                 "{func}, estuvo de acuerdo y ahora quiere un test que lo cubra.",
                 "Hasta ahora: el usuario pidió paginación para la API de pedidos, propuse dos opciones y eligió la "
                 "basada en cursor; dijo que los parámetros antiguos deben seguir funcionando.",
                 "Resumen rápido del chat: el usuario está harto de la CI inestable, no quiere reintentos y me pide encontrar la causa en {test} y explicarla en el PR."],
        "ans": ["El test falla en la CI porque el runner usa UTC y tu máquina está en Europe/Madrid. {func} debería "
                "usar el reloj inyectado.",
                "¡Claro! El problema es que {func} mantiene el mutex durante la llamada HTTP. Lo he movido fuera de "
                "la sección crítica. Avísame si tienes más dudas.",
                "No he podido reproducir {err} en local. ¿Me puedes pasar el log completo de la CI?"],
        "sys": ["Eres un ingeniero backend sénior que revisa pull requests. Responde en español y de forma concisa. "
                "Señala primero los errores y después el estilo.",
                "Eres un agente de programación autónomo en el repositorio {repo}. Ejecuta siempre los tests antes de "
                "hacer commit y nunca hagas push a main."],
        "who": ["Usuario", "Asistente"],
        "label": ["Respuesta del modelo: ", "La IA respondió: ", "Salida de {model} (literal): "],
        "pw": ["la contraseña de la base de datos de staging es {pw}", "usuario {user}, contraseña {pw} para el panel de Grafana",
               "Le cambié la clave a {user}: ahora es {pw}", "Para entrar por SSH a {host}: {user} / {pw}"],
        "note": ["Los tests vuelven a pasar ({n} en verde), el PR #{pr} espera revisión.",
                 "Siguiente paso: hacer rebase sobre main y probar la migración en staging.",
                 "Límite de peticiones de {model} alcanzado, se reinicia en {m} minutos.",
                 "Rama {branch} subida, la CI está corriendo. Commit {sha}.",
                 "La rotación de contraseñas de la BD de staging es el viernes; el acceso va por Vault, no anotarlo aquí."],
    },
    "fr": {
        "req": ["tu peux trouver pourquoi {test} échoue en CI alors qu'il passe en local ?",
                "Merci de refactoriser {func} dans {file} pour ne plus garder le verrou pendant les appels réseau.",
                "Le service {svc} lève {err} depuis le dernier déploiement. Trouve la cause et corrige sans toucher à l'API.",
                "Écris des tests unitaires pour {func}, surtout les cas limites : entrée vide, unicode, très grands nombres.",
                "Explique-moi ce que fait {func}, j'ai hérité de ce code et personne ne l'a documenté.",
                "Ne modifie pas encore le code. Lis seulement {file} et liste tout ce qui peut planter.",
                "Non, annule ça. J'ai dit de ne pas toucher à l'API publique. Modifie seulement {file}.",
                "Les tests e2e prennent 40 minutes, fais-les passer sous 10 sans perdre de couverture."],
        "plan": ["Je vais commencer par lire {file} pour comprendre comment {func} est appelée.",
                 "Laisse-moi vérifier les logs de la CI pour voir si l'échec de {test} est déterministe.",
                 "L'utilisateur veut un changement rétrocompatible, donc je garde l'ancien flag en alias.",
                 "Bien, le test échoue comme prévu. J'implémente maintenant la correction.",
                 "Attends, l'utilisateur a dit de ne pas toucher à l'API publique. Je dois annuler le changement de signature dans {file}.",
                 "Je rédige maintenant la description de la PR : d'abord la cause, ensuite le correctif."],
        "summ": ["Résumé de la conversation : l'utilisateur a demandé pourquoi {svc} plante avec {err}. J'ai trouvé la "
                 "cause dans {func}, il est d'accord et veut maintenant un test.",
                 "Jusqu'ici : l'utilisateur veut une pagination pour l'API des commandes ; j'ai proposé deux options, il a "
                 "choisi celle par curseur et demandé de garder les anciens paramètres.",
                 "En bref : l'utilisateur en a assez de la CI instable, il ne veut pas de retries et me demande de trouver la cause dans {test} et de l'expliquer dans la PR."],
        "ans": ["Le test échoue en CI parce que le runner est en UTC alors que ta machine est en Europe/Paris. {func} "
                "devrait utiliser l'horloge injectée.",
                "Bien sûr ! Le problème, c'est que {func} garde le mutex pendant l'appel HTTP. Je l'ai sorti de la "
                "section critique. N'hésite pas si tu as d'autres questions.",
                "Je n'ai pas réussi à reproduire {err} en local. Tu peux m'envoyer le log complet de la CI ?"],
        "sys": ["Tu es un développeur backend senior qui relit des pull requests. Réponds en français, brièvement. "
                "Signale d'abord les bugs, puis le style.",
                "Tu es un agent de développement autonome dans le dépôt {repo}. Lance toujours les tests avant de "
                "committer et ne pousse jamais sur main."],
        "who": ["Utilisateur", "Assistant"],
        "label": ["Réponse du modèle : ", "L'IA a répondu : ", "Sortie de {model} (telle quelle) : "],
        "pw": ["le mot de passe de la base de staging est {pw}", "identifiants Grafana : {user} / {pw}",
               "J'ai réinitialisé le mot de passe de {user}, c'est maintenant {pw}", "Connexion SSH à {host} : {user}, mdp {pw}"],
        "note": ["Les tests repassent ({n} OK), la PR #{pr} attend une relecture.",
                 "Prochaine étape : rebaser sur main et tester la migration en staging.",
                 "Limite de débit de {model} atteinte, remise à zéro dans {m} minutes.",
                 "Branche {branch} poussée, la CI tourne. Commit {sha}.",
                 "Rotation des mots de passe de la base de staging prévue vendredi ; accès via Vault, ne rien noter ici."],
    },
    "pt": {
        "req": ["você consegue descobrir por que {test} falha na CI mas passa localmente?",
                "Refatora {func} em {file} para não segurar o lock durante as chamadas de rede, por favor.",
                "O serviço {svc} está lançando {err} desde o último deploy. Encontra a causa e corrige sem mexer na API.",
                "Escreve testes unitários para {func}, principalmente casos de borda: entrada vazia, unicode, números enormes.",
                "Me explica o que {func} faz, herdei esse código e ninguém documentou.",
                "Não mude nenhum código ainda. Só leia {file} e liste tudo que pode dar pânico.",
                "Não, desfaz isso. Eu disse para não mexer na API pública. Altera só o {file}.",
                "Os testes e2e levam 40 minutos, deixa abaixo de 10 sem perder cobertura."],
        "plan": ["Vou começar lendo {file} para entender como {func} é chamada.",
                 "Deixa eu verificar os logs da CI para ver se a falha em {test} é determinística.",
                 "O usuário quer que a mudança seja retrocompatível, então vou manter a flag antiga.",
                 "Certo, o teste falha como esperado. Agora vou implementar a correção.",
                 "Espera, o usuário disse para não mexer na API pública. Preciso desfazer a mudança de assinatura em {file}.",
                 "Agora vou escrever a descrição do PR: primeiro a causa raiz, depois a correção."],
        "summ": ["Resumo da conversa: o usuário perguntou por que {svc} quebra com {err}. Achei a causa em {func}, ele "
                 "concordou e agora quer um teste para isso.",
                 "Até agora: o usuário pediu paginação na API de pedidos, sugeri duas opções, ele escolheu a baseada "
                 "em cursor e disse que os parâmetros antigos precisam continuar funcionando.",
                 "Resumo rápido do chat: o usuário está cansado da CI instável, não quer retries e me pediu para achar a causa em {test} e explicar no PR."],
        "ans": ["O teste falha na CI porque o runner usa UTC e a sua máquina está em America/Sao_Paulo. {func} deveria "
                "usar o relógio injetado.",
                "Claro! O problema é que {func} segura o mutex durante a chamada HTTP. Movi a chamada para fora da "
                "seção crítica. Qualquer dúvida, é só falar.",
                "Não consegui reproduzir {err} localmente. Pode me mandar o log completo da CI?"],
        "sys": ["Você é um engenheiro backend sênior revisando pull requests. Responda em português, de forma "
                "concisa. Aponte primeiro os bugs, depois o estilo.",
                "Você é um agente de programação autônomo no repositório {repo}. Sempre rode os testes antes de "
                "commitar e nunca faça push na main."],
        "who": ["Usuário", "Assistente"],
        "label": ["Resposta do modelo: ", "A IA respondeu: ", "Saída do {model} (literal): "],
        "pw": ["a senha do banco de staging é {pw}", "login do Grafana: {user} / senha {pw}",
               "Resetei a senha do {user}, agora é {pw}", "Pra entrar via SSH em {host}: usuário {user}, senha {pw}"],
        "note": ["Os testes voltaram a passar ({n} ok), PR #{pr} aguardando revisão.",
                 "Próximo passo: fazer rebase na main e testar a migração em staging.",
                 "Limite de requisições do {model} atingido, reseta em {m} minutos.",
                 "Branch {branch} enviada, CI rodando. Commit {sha}.",
                 "Rotação de senha do banco de staging marcada para sexta; acesso pelo Vault, não anotar aqui."],
    },
    "it": {
        "req": ["riesci a capire perché {test} fallisce in CI ma in locale passa?",
                "Per favore rifattorizza {func} in {file} in modo che non tenga il lock durante le chiamate di rete.",
                "Il servizio {svc} dà {err} dall'ultimo deploy. Trova la causa e sistemalo senza toccare l'API.",
                "Scrivimi dei test unitari per {func}, soprattutto i casi limite: input vuoto, unicode, numeri enormi.",
                "Spiegami cosa fa {func}, ho ereditato questo codice e nessuno l'ha documentato.",
                "Non cambiare ancora il codice. Leggi solo {file} e elenca tutto ciò che può andare in panic.",
                "No, annulla. Ti ho detto di non toccare l'API pubblica. Modifica solo {file}.",
                "I test e2e durano 40 minuti, portali sotto i 10 senza perdere copertura."],
        "plan": ["Comincio leggendo {file} per capire come viene chiamata {func}.",
                 "Fammi controllare i log della CI per vedere se il fallimento di {test} è deterministico.",
                 "L'utente vuole una modifica retrocompatibile, quindi tengo il vecchio flag come alias.",
                 "Bene, il test fallisce come previsto. Ora implemento la correzione.",
                 "Aspetta, l'utente ha detto di non toccare l'API pubblica. Devo annullare il cambio di firma in {file}.",
                 "Ora scrivo la descrizione della PR: prima la causa, poi la correzione."],
        "summ": ["Riepilogo della conversazione: l'utente ha chiesto perché {svc} va in crash con {err}. Ho trovato la "
                 "causa in {func}, è d'accordo e ora vuole un test.",
                 "Finora: l'utente vuole la paginazione per l'API degli ordini; ho proposto due opzioni, ha scelto quella "
                 "a cursore e ha chiesto di mantenere i vecchi parametri.",
                 "In breve: l'utente è stufo della CI instabile, non vuole retry e mi chiede di trovare la causa in {test} e spiegarla nella PR."],
        "ans": ["Il test fallisce in CI perché il runner usa UTC mentre la tua macchina è su Europe/Rome. {func} "
                "dovrebbe usare l'orologio iniettato.",
                "Certo! Il problema è che {func} tiene il mutex durante la chiamata HTTP. L'ho spostata fuori dalla "
                "sezione critica. Fammi sapere se hai altre domande.",
                "Non sono riuscito a riprodurre {err} in locale. Puoi mandarmi il log completo della CI?"],
        "sys": ["Sei un ingegnere backend senior che revisiona pull request. Rispondi in italiano, in modo conciso. "
                "Prima i bug, poi lo stile.",
                "Sei un agente di programmazione autonomo nel repository {repo}. Esegui sempre i test prima di fare "
                "commit e non fare mai push su main."],
        "who": ["Utente", "Assistente"],
        "label": ["Risposta del modello: ", "L'IA ha risposto: ", "Output di {model} (testuale): "],
        "pw": ["la password del database di staging è {pw}", "credenziali Grafana: {user} / {pw}",
               "Ho reimpostato la password di {user}, ora è {pw}", "Accesso SSH a {host}: utente {user}, password {pw}"],
        "note": ["I test sono di nuovo verdi ({n} passati), la PR #{pr} aspetta la review.",
                 "Prossimo passo: rebase su main e provare la migrazione in staging.",
                 "Rate limit di {model} raggiunto, reset tra {m} minuti.",
                 "Branch {branch} pushato, la CI è in corso. Commit {sha}.",
                 "Rotazione della password del DB di staging prevista venerdì; accesso tramite Vault, non scriverla qui."],
    },
    "zh": {
        "req": ["你能查一下为什么 {test} 在 CI 上失败但在本地能通过吗？",
                "请重构 {file} 里的 {func}，不要在网络调用期间一直持有锁。",
                "{svc} 服务自从上次部署后一直报 {err}，帮我找到原因并修复，不要改动 API。",
                "帮我给 {func} 写单元测试，重点覆盖空输入、Unicode 和超大数字这些边界情况。",
                "解释一下 {func} 是做什么的，这段代码是我接手的，没人写过文档。",
                "先别改代码，只读一下 {file}，把所有可能 panic 的地方列出来。",
                "不对，撤销这个改动。我说过不要动公共 API，只改 {file}。",
                "端到端测试要跑 40 分钟，在不降低覆盖率的前提下把它压到 10 分钟以内。"],
        "plan": ["我先读一下 {file}，搞清楚 {func} 是怎么被调用的。",
                 "让我先看看 CI 日志，确认 {test} 的失败是不是稳定复现。",
                 "用户希望改动向后兼容，所以我会保留旧的参数作为别名。",
                 "好的，测试如预期失败了。现在我来实现修复。",
                 "等等，用户说过不要改公共 API，我需要撤销 {file} 里的签名改动。",
                 "现在我来写 PR 描述：先说根因，再说修复。"],
        "summ": ["对话摘要：用户问为什么 {svc} 报 {err}。我定位到 {func} 的问题，用户同意修复方案，现在要求补一个测试。",
                 "目前进展：用户要求给订单 API 加分页，我给了两个方案，用户选择了基于游标的方案，并要求旧参数继续可用。",
                 "聊天要点：用户对不稳定的 CI 很不满，不想加重试，要求我找出 {test} 的根因并在 PR 里解释清楚。"],
        "ans": ["测试在 CI 上失败是因为 runner 使用 UTC，而你的机器是 Asia/Shanghai 时区。{func} 应该使用注入的时钟。",
                "当然可以！问题在于 {func} 在 HTTP 调用期间一直持有互斥锁。我已经把调用移出了临界区。如果还有问题请告诉我。",
                "我在本地无法复现 {err}。你能把完整的 CI 日志发给我吗？"],
        "sys": ["你是一名资深后端工程师，负责审查 Pull Request。请用中文简洁回答，先指出缺陷，再谈风格。",
                "你是在仓库 {repo} 中工作的自主编程助手。提交前必须运行测试，绝不能直接推送到 main。"],
        "who": ["用户", "助手"],
        "label": ["模型回复：", "AI 的回答：", "{model} 的原始输出："],
        "pw": ["测试环境数据库的密码是 {pw}", "Grafana 登录：用户名 {user}，密码 {pw}",
               "{user} 的密码已重置为 {pw}", "SSH 登录 {host}，账号 {user}，密码：{pw}"],
        "note": ["测试重新通过（{n} 个通过），PR #{pr} 等待评审。",
                 "下一步：rebase 到 main，然后在 staging 上验证迁移。",
                 "{model} 触发限流，{m} 分钟后重置。",
                 "分支 {branch} 已推送，CI 正在运行。提交 {sha}。",
                 "staging 数据库的密码轮换安排在周五，通过 Vault 获取，不要记在这里。"],
    },
    "ja": {
        "req": ["{test} がローカルでは通るのに CI で落ちる理由を調べてもらえますか？",
                "{file} の {func} をリファクタリングして、ネットワーク呼び出し中にロックを保持しないようにしてください。",
                "前回のデプロイ以降、{svc} サービスで {err} が出ています。API は変えずに原因を見つけて直してください。",
                "{func} のユニットテストを書いてください。空の入力、Unicode、巨大な数値などの境界ケースを中心に。",
                "{func} が何をしているのか説明してください。引き継いだコードでドキュメントがありません。",
                "まだコードは変更しないでください。{file} を読んで、panic しうる箇所をすべて挙げてください。",
                "いや、それは元に戻してください。公開 API は触らないでと言いました。{file} だけ変更してください。",
                "E2E テストに 40 分かかっています。カバレッジを落とさずに 10 分以内にしてください。"],
        "plan": ["まず {file} を読んで、{func} がどう呼ばれているかを確認します。",
                 "CI のログを確認して、{test} の失敗が毎回再現するか見てみます。",
                 "ユーザーは後方互換性を求めているので、古いフラグはエイリアスとして残します。",
                 "よし、テストは期待どおり失敗しました。これから修正を実装します。",
                 "待って、ユーザーは公開 API を変えないでと言っていた。{file} のシグネチャ変更を元に戻す必要がある。",
                 "では PR の説明を書きます。まず根本原因、次に修正内容です。"],
        "summ": ["会話の要約：ユーザーは {svc} が {err} で落ちる理由を質問しました。原因は {func} にあると特定し、"
                 "ユーザーも同意したので、次はテストを追加してほしいとのことです。",
                 "これまでの経緯：ユーザーは注文 API にページネーションを求め、私は2案を提示し、ユーザーはカーソル方式を選びました。",
                 "チャットの要点：ユーザーは不安定な CI にうんざりしていて、リトライは入れたくない。{test} の原因を突き止めて PR で説明してほしいとのこと。"],
        "ans": ["CI でテストが失敗するのは、ランナーが UTC で、あなたのマシンが Asia/Tokyo だからです。{func} は注入された"
                "クロックを使うべきです。",
                "もちろんです！問題は {func} が HTTP 呼び出しの間ミューテックスを保持していることです。呼び出しをクリティカル"
                "セクションの外に移しました。他に質問があればお知らせください。",
                "ローカルでは {err} を再現できませんでした。CI のログ全体を共有していただけますか？"],
        "sys": ["あなたはプルリクエストをレビューするシニアバックエンドエンジニアです。日本語で簡潔に答えてください。"
                "まずバグ、次にスタイルを指摘してください。",
                "あなたはリポジトリ {repo} で作業する自律型コーディングエージェントです。コミット前に必ずテストを実行し、"
                "main には絶対に push しないでください。"],
        "who": ["ユーザー", "アシスタント"],
        "label": ["モデルの回答：", "AI の返答：", "{model} の出力（そのまま）："],
        "pw": ["ステージングDBのパスワードは {pw} です", "Grafana のログイン：{user} / パスワード {pw}",
               "{user} のパスワードを {pw} にリセットしました", "{host} への SSH：ユーザー {user}、パスワード {pw}"],
        "note": ["テストが再び通りました（{n} 件成功）。PR #{pr} はレビュー待ちです。",
                 "次の作業：main にリベースして、staging でマイグレーションを確認する。",
                 "{model} のレート制限に到達、{m} 分後にリセット。",
                 "ブランチ {branch} を push 済み、CI 実行中。コミット {sha}。",
                 "staging DB のパスワードローテーションは金曜日予定。Vault から取得すること、ここには書かない。"],
    },
    "ko": {
        "req": ["{test}가 로컬에서는 통과하는데 CI에서는 왜 실패하는지 알아봐 줄 수 있어?",
                "{file}의 {func}를 리팩터링해서 네트워크 호출 중에 락을 잡고 있지 않게 해 주세요.",
                "지난 배포 이후로 {svc} 서비스에서 {err}가 나요. API는 건드리지 말고 원인을 찾아서 고쳐 주세요.",
                "{func}에 대한 단위 테스트를 작성해 줘. 빈 입력, 유니코드, 아주 큰 숫자 같은 경계 케이스 위주로.",
                "{func}가 무슨 일을 하는지 설명해 줘. 인수인계받은 코드인데 문서가 하나도 없어.",
                "아직 코드는 바꾸지 마. {file}만 읽고 panic이 날 수 있는 곳을 전부 정리해 줘.",
                "아니, 그거 되돌려. 공개 API는 건드리지 말라고 했잖아. {file}만 수정해.",
                "E2E 테스트가 40분 걸려. 커버리지 줄이지 말고 10분 안으로 줄여 줘."],
        "plan": ["먼저 {file}을 읽어서 {func}가 어떻게 호출되는지 확인하겠습니다.",
                 "CI 로그를 확인해서 {test} 실패가 항상 재현되는지 보겠습니다.",
                 "사용자가 하위 호환성을 원하므로 기존 플래그는 별칭으로 남겨 두겠습니다.",
                 "좋습니다, 테스트가 예상대로 실패합니다. 이제 수정을 구현하겠습니다.",
                 "잠깐, 사용자가 공개 API는 바꾸지 말라고 했다. {file}의 시그니처 변경을 되돌려야 한다.",
                 "이제 PR 설명을 쓰겠습니다. 먼저 근본 원인, 그다음 수정 내용입니다."],
        "summ": ["대화 요약: 사용자는 {svc}가 {err}로 죽는 이유를 물었습니다. 원인이 {func}에 있다는 것을 찾았고, "
                 "사용자가 동의해서 이제 테스트를 추가해 달라고 합니다.",
                 "지금까지: 사용자가 주문 API에 페이지네이션을 요청했고, 두 가지 안을 제시했더니 커서 방식을 골랐습니다.",
                 "대화 요점: 사용자는 불안정한 CI에 지쳐 있고, 재시도는 원하지 않으며, {test}의 원인을 찾아 PR에 설명해 달라고 했습니다."],
        "ans": ["CI에서 테스트가 실패하는 이유는 러너가 UTC를 쓰고 당신의 머신은 Asia/Seoul이기 때문입니다. {func}는 "
                "주입된 시계를 사용해야 합니다.",
                "물론이죠! 문제는 {func}가 HTTP 호출 동안 뮤텍스를 잡고 있다는 점입니다. 호출을 임계 구역 밖으로 옮겼습니다. "
                "더 궁금한 점이 있으면 알려 주세요.",
                "로컬에서는 {err}를 재현하지 못했습니다. 전체 CI 로그를 공유해 주실 수 있나요?"],
        "sys": ["당신은 풀 리퀘스트를 리뷰하는 시니어 백엔드 엔지니어입니다. 한국어로 간결하게 답하세요. 버그를 먼저, "
                "스타일은 나중에 지적하세요.",
                "당신은 저장소 {repo}에서 일하는 자율 코딩 에이전트입니다. 커밋 전에 항상 테스트를 실행하고, main에는 "
                "절대 push하지 마세요."],
        "who": ["사용자", "어시스턴트"],
        "label": ["모델 응답: ", "AI의 답변: ", "{model} 출력(원문): "],
        "pw": ["스테이징 DB 비밀번호는 {pw}입니다", "Grafana 로그인: {user} / 비밀번호 {pw}",
               "{user} 계정 비밀번호를 {pw}로 초기화했어요", "{host} SSH 접속: 사용자 {user}, 비번 {pw}"],
        "note": ["테스트가 다시 통과함({n}개 성공), PR #{pr} 리뷰 대기 중.",
                 "다음 작업: main으로 리베이스하고 staging에서 마이그레이션 확인.",
                 "{model} 요청 한도 도달, {m}분 후 초기화.",
                 "브랜치 {branch} 푸시 완료, CI 실행 중. 커밋 {sha}.",
                 "staging DB 비밀번호 교체는 금요일 예정, Vault에서 가져올 것. 여기에 적지 말 것."],
    },
    "ru": {
        "req": ["можешь выяснить, почему {test} падает в CI, а локально проходит?",
                "Пожалуйста, отрефактори {func} в {file}, чтобы блокировка не держалась во время сетевых вызовов.",
                "Сервис {svc} после последнего деплоя сыпет {err}. Найди причину и исправь, не меняя API.",
                "Напиши юнит-тесты для {func}, особенно граничные случаи: пустой ввод, юникод, огромные числа.",
                "Объясни, что делает {func}, мне этот код достался по наследству, документации нет.",
                "Пока не меняй код. Просто прочитай {file} и перечисли всё, что может упасть с паникой.",
                "Нет, откати это. Я же сказал не трогать публичный API. Меняй только {file}.",
                "E2E-тесты идут 40 минут, сократи до 10, не теряя покрытия."],
        "plan": ["Сначала прочитаю {file}, чтобы понять, как вызывается {func}.",
                 "Давай проверю логи CI, стабильно ли воспроизводится падение {test}.",
                 "Пользователь хочет обратную совместимость, поэтому оставлю старый флаг как алиас.",
                 "Отлично, тест падает, как и ожидалось. Теперь реализую исправление.",
                 "Стоп, пользователь просил не трогать публичный API. Нужно откатить изменение сигнатуры в {file}.",
                 "Теперь напишу описание PR: сначала причина, потом исправление."],
        "summ": ["Краткое содержание диалога: пользователь спросил, почему {svc} падает с {err}. Я нашёл причину в "
                 "{func}, он согласился и теперь просит добавить тест.",
                 "На данный момент: пользователь попросил пагинацию для API заказов, я предложил два варианта, он "
                 "выбрал курсорный и попросил сохранить старые параметры.",
                 "Коротко о переписке: пользователя достала нестабильная CI, ретраи он не хочет и просит найти причину в {test} и объяснить её в PR."],
        "ans": ["Тест падает в CI, потому что раннер работает в UTC, а твоя машина в Europe/Moscow. {func} должна "
                "использовать внедрённые часы.",
                "Конечно! Проблема в том, что {func} держит мьютекс во время HTTP-вызова. Я вынес вызов из критической "
                "секции. Если остались вопросы, пиши.",
                "Мне не удалось воспроизвести {err} локально. Можешь прислать полный лог CI?"],
        "sys": ["Ты — опытный бэкенд-разработчик, который ревьюит пулл-реквесты. Отвечай по-русски и кратко. "
                "Сначала баги, потом стиль.",
                "Ты — автономный агент-программист в репозитории {repo}. Всегда запускай тесты перед коммитом и "
                "никогда не пушь в main."],
        "who": ["Пользователь", "Ассистент"],
        "label": ["Ответ модели: ", "ИИ ответил: ", "Вывод {model} (дословно): "],
        "pw": ["пароль от базы на стейджинге: {pw}", "вход в Grafana: {user} / пароль {pw}",
               "Сбросил пароль пользователю {user}, теперь он {pw}", "SSH на {host}: логин {user}, пароль {pw}"],
        "note": ["Тесты снова зелёные ({n} прошло), PR #{pr} ждёт ревью.",
                 "Следующий шаг: сделать rebase на main и проверить миграцию на стейджинге.",
                 "Упёрлись в лимит запросов {model}, сброс через {m} минут.",
                 "Ветка {branch} запушена, CI идёт. Коммит {sha}.",
                 "Ротация пароля стейджинговой БД запланирована на пятницу; доступ через Vault, сюда не записывать."],
    },
    "tr": {
        "req": ["{test} neden CI'da başarısız oluyor da yerelde geçiyor, bakabilir misin?",
                "Lütfen {file} içindeki {func} fonksiyonunu, ağ çağrıları sırasında kilidi tutmayacak şekilde yeniden düzenle.",
                "{svc} servisi son deploy'dan beri {err} veriyor. API'ye dokunmadan nedenini bul ve düzelt.",
                "{func} için birim testleri yaz, özellikle boş girdi, unicode ve çok büyük sayılar gibi sınır durumlarını.",
                "{func} ne yapıyor açıklar mısın? Bu kod bana devredildi ve hiç dokümantasyonu yok.",
                "Henüz kodu değiştirme. Sadece {file} dosyasını oku ve panic'e yol açabilecek her şeyi listele.",
                "Hayır, bunu geri al. Genel API'ye dokunma demiştim. Sadece {file} dosyasını değiştir.",
                "E2E testleri 40 dakika sürüyor, kapsamı düşürmeden 10 dakikanın altına indir."],
        "plan": ["Önce {func} fonksiyonunun nasıl çağrıldığını anlamak için {file} dosyasını okuyacağım.",
                 "{test} hatasının her seferinde tekrarlanıp tekrarlanmadığını görmek için CI loglarına bakayım.",
                 "Kullanıcı geriye dönük uyumluluk istiyor, bu yüzden eski bayrağı takma ad olarak bırakacağım.",
                 "Güzel, test beklendiği gibi başarısız oluyor. Şimdi düzeltmeyi uygulayacağım.",
                 "Bekle, kullanıcı genel API'ye dokunmamamı söylemişti. {file} içindeki imza değişikliğini geri almalıyım.",
                 "Şimdi PR açıklamasını yazacağım: önce kök neden, sonra düzeltme."],
        "summ": ["Konuşma özeti: kullanıcı {svc} servisinin neden {err} ile çöktüğünü sordu. Nedeni {func} içinde "
                 "buldum, kullanıcı onayladı ve şimdi bir test eklenmesini istiyor.",
                 "Şu ana kadar: kullanıcı sipariş API'si için sayfalama istedi, iki seçenek sundum, imleç tabanlı "
                 "olanı seçti ve eski parametrelerin çalışmaya devam etmesini istedi.",
                 "Sohbetin özeti: kullanıcı kararsız CI'dan bıkmış, yeniden deneme istemiyor ve {test} içindeki nedeni bulup PR'da açıklamamı istiyor."],
        "ans": ["Test CI'da başarısız oluyor çünkü runner UTC kullanıyor, senin makinen ise Europe/Istanbul. {func} "
                "enjekte edilen saati kullanmalı.",
                "Tabii ki! Sorun, {func} fonksiyonunun HTTP çağrısı boyunca mutex'i tutması. Çağrıyı kritik bölgenin "
                "dışına taşıdım. Başka sorun olursa haber ver.",
                "{err} hatasını yerelde tekrar üretemedim. CI logunun tamamını gönderebilir misin?"],
        "sys": ["Sen pull request'leri inceleyen kıdemli bir backend mühendisisin. Türkçe ve kısa cevap ver. Önce "
                "hataları, sonra stili belirt.",
                "Sen {repo} deposunda çalışan otonom bir kodlama ajanısın. Commit atmadan önce her zaman testleri "
                "çalıştır ve asla main'e push yapma."],
        "who": ["Kullanıcı", "Asistan"],
        "label": ["Modelin cevabı: ", "Yapay zekâ şöyle cevap verdi: ", "{model} çıktısı (aynen): "],
        "pw": ["staging veritabanının şifresi {pw}", "Grafana girişi: {user} / şifre {pw}",
               "{user} kullanıcısının parolasını {pw} olarak sıfırladım", "{host} SSH erişimi: kullanıcı {user}, parola {pw}"],
        "note": ["Testler yeniden geçiyor ({n} başarılı), PR #{pr} inceleme bekliyor.",
                 "Sonraki adım: main üzerine rebase yap ve migration'ı staging'de dene.",
                 "{model} istek sınırına ulaşıldı, {m} dakika sonra sıfırlanıyor.",
                 "{branch} dalı push edildi, CI çalışıyor. Commit {sha}.",
                 "Staging veritabanı şifre rotasyonu cuma günü; erişim Vault üzerinden, buraya yazma."],
    },
}
LANGS = list(L)

TOKEN_NOTES = {
    "de": ["Der neue {name} für {svc} ist {tok}, der alte ist widerrufen.",
           "Zum Testen habe ich {env}={tok} in die .env.local geschrieben, bitte nicht committen."],
    "es": ["La nueva {name} de {svc} es {tok}; la anterior ya está revocada.",
           "Para las pruebas puse {env}={tok} en .env.local, no lo subas al repo."],
    "fr": ["La nouvelle clé ({name}) pour {svc} : {tok}, l'ancienne est révoquée.",
           "Pour les tests j'ai mis {env}={tok} dans .env.local, ne pas committer."],
    "pt": ["A nova chave ({name}) do {svc} é {tok}; a antiga foi revogada.",
           "Pra rodar os testes coloquei {env}={tok} no .env.local, não commitar."],
    "it": ["La nuova chiave ({name}) per {svc} è {tok}, quella vecchia è revocata.",
           "Per i test ho messo {env}={tok} in .env.local, non committarlo."],
    "zh": ["{svc} 的新 {name} 是 {tok}，旧的已经作废。",
           "为了跑测试，我把 {env}={tok} 写进了 .env.local，不要提交。"],
    "ja": ["{svc} の新しい {name} は {tok} です。古いものは無効化済み。",
           "テスト用に .env.local に {env}={tok} を書きました。コミットしないでください。"],
    "ko": ["{svc}의 새 {name}는 {tok}입니다. 이전 것은 폐기했어요.",
           "테스트용으로 .env.local에 {env}={tok}를 넣었습니다. 커밋하지 마세요."],
    "ru": ["Новый {name} для {svc}: {tok}, старый отозван.",
           "Для тестов прописал {env}={tok} в .env.local, не коммитить."],
    "tr": ["{svc} için yeni {name}: {tok}, eskisi iptal edildi.",
           "Testler için .env.local dosyasına {env}={tok} ekledim, commit etme."],
}

PW_EXTRA = {
    "pl": ["hasło do bazy na stagingu to {pw}", "Logowanie do Grafany: {user} / hasło {pw}",
           "Zresetowałem hasło użytkownika {user}, teraz to {pw}", "SSH na {host}: login {user}, hasło {pw}"],
    "nl": ["het wachtwoord van de staging-database is {pw}", "Grafana-login: {user} / wachtwoord {pw}",
           "Het wachtwoord van {user} is gereset naar {pw}", "SSH naar {host}: gebruiker {user}, wachtwoord {pw}"],
}


def _fill(r: R, s: str) -> str:
    return s.format(file=r.choice(FILES), func=r.choice(FUNCS), svc=r.choice(SERVICES), err=r.choice(ERRORS),
                    test=r.choice(TESTS), n=r.randint(2, 480), m=r.randint(1, 59), repo=org_repo(r), model=r.choice(MODELS),
                    pw=password(r), user=r.choice(USERS), host=r.choice(HOSTS), pr=pr(r), branch=r.choice(BRANCHES),
                    sha=sha(r)[: r.choice([7, 8, 12])])


def _lang(r: R) -> dict[str, list[str]]:
    return L[r.choice(LANGS)]


def user_request_intl(r: R) -> str:
    d = _lang(r)
    q = _fill(r, r.choice(d["req"]))
    lead = r.choice(["", "User request (verbatim): ", "Original prompt: ", f"{d['who'][0]}: ", "> ", "user asked: ",
                     "Prompt: "])
    if r.random() < 0.15:
        q2 = _fill(r, r.choice(d["req"]))
        return f"{d['who'][0]}:\n{q}\n{q2}"
    return lead + q


def assistant_plan_intl(r: R) -> str:
    d = _lang(r)
    parts = [_fill(r, p) for p in r.sample(d["plan"], r.randint(1, 3))]
    if r.random() < 0.2:
        return "\n".join(parts)
    return r.choice(["", "", f"{d['who'][1]}: ", "thinking: "]) + " ".join(parts)


def summary_intl(r: R) -> str:
    d = _lang(r)
    s = _fill(r, r.choice(d["summ"]))
    return r.choice(["", "", "Conversation summary: ", "summary: "]) + s


def quoted_answer_intl(r: R) -> str:
    d = _lang(r)
    a = _fill(r, r.choice(d["ans"]))
    lab = _fill(r, r.choice(d["label"] + [f"{d['who'][1]}: ", "Model output: "]))
    if r.random() < 0.15:
        return lab.rstrip() + "\n" + a
    return lab + a


def flat_transcript_intl(r: R) -> str:
    d = _lang(r)
    # ans[i] answers req[i] for i < 3: fill both from the same names
    i = r.randrange(3) if r.random() < 0.8 else None
    keys = dict(file=r.choice(FILES), func=r.choice(FUNCS), svc=r.choice(SERVICES), err=r.choice(ERRORS),
                test=r.choice(TESTS))
    if i is None:
        q, a = _fill(r, r.choice(d["req"])), _fill(r, r.choice(d["ans"]))
    else:
        q, a = d["req"][i].format(**keys), d["ans"][i].format(**keys)
    u, s = d["who"] if r.random() < 0.6 else ("User", "Assistant")
    sep = r.choice([" ", " | ", " // ", " \\n "])
    colon = "：" if d is L["zh"] or d is L["ja"] else ": "
    if r.random() < 0.2:
        return f"{u}{colon}{q}\n{s}{colon}{a}"
    return f"{u}{colon}{q}{sep}{s}{colon}{a}"


def system_prompt_intl(r: R) -> str:
    d = _lang(r)
    s = _fill(r, r.choice(d["sys"]))
    return r.choice(["system: ", "System prompt: ", "<system>", "[system] ", "agent.system_prompt = "]) + s


def password_intl(r: R) -> str:
    code = r.choice(LANGS + list(PW_EXTRA))
    pool = PW_EXTRA[code] if code in PW_EXTRA else L[code]["pw"]
    text = _fill(r, r.choice(pool))
    if r.random() < 0.12:
        text = f"{r.choice(SERVICES)} access:\n{text}"
    return text


def token_note_intl(r: R) -> str:
    name, _grp, env, tok = vendor(r)
    code = r.choice(LANGS)
    return r.choice(TOKEN_NOTES[code]).format(name=name, svc=r.choice(SERVICES), tok=tok, env=env)


def foreign_note(r: R) -> str:
    d = _lang(r)
    text = _fill(r, r.choice(d["note"]))
    if r.random() < 0.2:
        text += "\n" + _fill(r, r.choice(d["note"]))
    return text


SECRET_CATEGORIES: list[tuple[str, int, Callable[[random.Random], str]]] = [("password_prose_intl", 90, password_intl),
                                                    ("handoff_note_token_intl", 40, token_note_intl)]
PROMPT_CATEGORIES: list[tuple[str, int, Callable[[random.Random], str]]] = [
    ("user_request_intl", 100, user_request_intl),
    ("assistant_plan_intl", 50, assistant_plan_intl),
    ("conversation_summary_intl", 40, summary_intl),
    ("quoted_answer_intl", 50, quoted_answer_intl),
    ("flattened_transcript_intl", 50, flat_transcript_intl),
    ("system_prompt_intl", 40, system_prompt_intl),
]
BENIGN_CATEGORIES: list[tuple[str, int, Callable[[random.Random], str]]] = [("foreign_note", 70, foreign_note)]
_ = hexs
