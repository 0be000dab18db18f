"""Language banks for blind26: names and the short sentences that wrap payloads, in English and seven other
languages (de, fr, es, ja, zh, pt, ru), as engineers in specialised teams write them."""

LANGS = ["de", "fr", "es", "ja", "zh", "pt", "ru"]

# A generator that writes a line in another language than the one asked for records it here.
ACTUAL = {}

NAMES = {
    "en": ["Priya", "Tom", "Aisha", "Marek", "Jules", "Dana", "Kofi", "Wen", "Ravi", "Lena", "Oscar", "Hana", "Noor", "Felix", "Ingrid", "Sam"],
    "de": ["Jonas", "Katrin", "Lukas", "Anja", "Matthias", "Svenja", "Florian", "Birgit"],
    "fr": ["Camille", "Julien", "Élodie", "Mathieu", "Inès", "Thibault", "Margaux", "Yanis"],
    "es": ["Lucía", "Javier", "Carmen", "Diego", "Marta", "Álvaro", "Nerea", "Pablo"],
    "ja": ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村", "小林"],
    "zh": ["王磊", "李娜", "张伟", "刘洋", "陈静", "杨帆", "赵敏", "黄强"],
    "pt": ["João", "Beatriz", "Rafael", "Larissa", "Tiago", "Mariana", "Bruno", "Camila"],
    "ru": ["Алексей", "Ольга", "Дмитрий", "Наталья", "Игорь", "Светлана", "Павел", "Ирина"],
}

# Sentences that introduce a credential value which follows them ({what}: the thing, {where}: the system).
SECRET_LEAD = {
    "en": ["{what} for {where} (rotated this morning):", "Working {what} for {where}, paste into the runner env:",
           "The job failed until I set {what} for {where} to", "{where}: new {what} from the admin console",
           "Temporary {what} for {where}, valid until Friday", "Found the {what} for {where} in the old wiki page:",
           "For the record, {where} {what}:", "{what} ({where}) — do not lose this one again"],
    "de": ["{what} für {where} (heute früh rotiert):", "Neuer {what} für {where}, bitte in die Runner-Umgebung übernehmen:",
           "Der Job lief erst, nachdem ich {what} für {where} gesetzt hatte:", "Zugang {where}, {what} laut Admin-Konsole:"],
    "fr": ["{what} pour {where} (renouvelé ce matin) :", "Nouveau {what} pour {where}, à mettre dans l'environnement du runner :",
           "Le job échouait tant que {what} pour {where} n'était pas défini :", "Accès {where}, {what} fourni par l'admin :"],
    "es": ["{what} para {where} (rotado esta mañana):", "Nuevo {what} de {where}, pegadlo en el entorno del runner:",
           "El job falló hasta que puse {what} de {where}:", "Acceso a {where}, {what} que pasó el admin:"],
    "ja": ["{where} の {what}（今朝ローテーション済み）:", "{where} 用の新しい {what}。ランナーの環境変数に入れてください:",
           "{where} の {what} を設定したらジョブが通った:", "{where} のアクセス情報、管理画面から取得した {what}:"],
    "zh": ["{where} 的 {what}（今天早上已轮换）：", "{where} 新的 {what}，请放到 runner 的环境变量里：",
           "设置了 {where} 的 {what} 之后任务才跑通：", "{where} 访问信息，管理员给的 {what}："],
    "pt": ["{what} do {where} (rotacionado hoje cedo):", "Novo {what} do {where}, coloquem no ambiente do runner:",
           "O job só passou depois que configurei {what} do {where}:", "Acesso ao {where}, {what} que o admin mandou:"],
    "ru": ["{what} для {where} (сменили сегодня утром):", "Новый {what} для {where}, добавьте в окружение раннера:",
           "Джоб заработал только после того, как я задал {what} для {where}:", "Доступ к {where}, {what} от админа:"],
}

SECRET_TAIL = {
    "en": ["", "", "Ping me if it stops working.", "Remove this note once the vault entry exists.", "Same one the night build uses."],
    "de": ["", "Bitte nach dem Eintrag im Vault löschen.", "Gleicher Wert wie im Nachtbuild."],
    "fr": ["", "À supprimer une fois dans le coffre.", "Même valeur que le build de nuit."],
    "es": ["", "Borrad esta nota cuando esté en el vault.", "El mismo que usa la build nocturna."],
    "ja": ["", "Vault に登録したらこのメモは消します。", "夜間ビルドと同じ値です。"],
    "zh": ["", "放进 vault 之后删掉这条。", "和夜间构建用的是同一个。"],
    "pt": ["", "Apaguem esta nota quando estiver no cofre.", "O mesmo da build noturna."],
    "ru": ["", "Удалю заметку, когда занесём в vault.", "Тот же, что у ночной сборки."],
}

# Sentences for benign notes about where a secret lives, never carrying it.
BENIGN_WHERE = {
    "en": ["The {what} for {where} lives in the team vault under {path}; nobody keeps a copy in notes.",
           "{where} {what} rotated on {date}; the new value is only in {path}.",
           "CI reads {what} from the protected variable {var}; locally use the value from {path}.",
           "If {where} returns 401, the {what} expired: request a new one through the access form, do not reuse an old one."],
    "de": ["Der {what} für {where} liegt im Team-Vault unter {path}; niemand hält eine Kopie in Notizen.",
           "{where}: {what} am {date} rotiert, der neue Wert steht nur in {path}.",
           "Die CI liest {what} aus der geschützten Variable {var}."],
    "fr": ["Le {what} de {where} est dans le coffre de l'équipe sous {path} ; aucune copie dans les notes.",
           "{where} : {what} renouvelé le {date}, la nouvelle valeur est uniquement dans {path}.",
           "La CI lit {what} depuis la variable protégée {var}."],
    "es": ["El {what} de {where} está en el vault del equipo en {path}; nadie guarda copia en notas.",
           "{where}: {what} rotado el {date}, el valor nuevo solo está en {path}.",
           "La CI lee {what} de la variable protegida {var}."],
    "ja": ["{where} の {what} はチームの vault（{path}）にあり、メモには残さない。",
           "{where} の {what} は {date} にローテーション済み。新しい値は {path} のみ。",
           "CI は保護変数 {var} から {what} を読む。"],
    "zh": ["{where} 的 {what} 在团队 vault 的 {path} 下，笔记里不保存副本。",
           "{where} 的 {what} 已于 {date} 轮换，新值只在 {path}。",
           "CI 从受保护变量 {var} 读取 {what}。"],
    "pt": ["O {what} do {where} fica no cofre do time em {path}; ninguém guarda cópia em notas.",
           "{where}: {what} rotacionado em {date}, o valor novo está só em {path}.",
           "A CI lê {what} da variável protegida {var}."],
    "ru": ["{what} для {where} хранится в командном vault по пути {path}; копий в заметках не держим.",
           "{where}: {what} сменили {date}, новое значение только в {path}.",
           "CI читает {what} из защищённой переменной {var}."],
}

REPOS = {"ml": ["training-infra", "eval-harness", "dataset-tools", "notebooks"], "data": ["feature-store", "etl-dags", "lakehouse"],
         "mobile": ["ios-app", "android-app", "mobile-release"], "gamedev": ["asset-pipeline", "game-client", "buildgraph"],
         "embedded": ["firmware-bsp", "bootloader", "factory-provisioning"], "hpc": ["slurm-configs", "beamline-daq", "sim-workflows"],
         "finance": ["oms-gateway", "backtester", "risk-eod"], "bio": ["nf-rnaseq", "variant-calling", "lims-sync"],
         "robotics": ["nav-stack", "arm-control", "fleet-manager"], "hwlab": ["lab-automation", "test-fixtures"],
         "itops": ["it-scripts", "jamf-profiles", "helpdesk-bot"]}
REPOS["cross"] = [x for v in list(REPOS.values()) for x in v]
WHATS = ["build", "eval", "release", "flash", "backfill", "calibration", "labelling", "deploy", "rollout", "triage", "profiling"]

# Shared wrappers: the same pool frames recorded items of every label (so the frame carries no label signal).
# {x}: what the item is about; {repo}, {what}, {date}, {branch}: where it was met.
HEADS = {
    "en": ["Recorded while working on {repo} ({date}), branch {branch}, after the {what} step:", "Session {date}, repo {repo}. The user asked me to keep this for the next person picking up {what}:",
           "Handoff note for {repo}: picking up where the {what} work stopped on {date}. Item kept as found:", "From the {what} investigation in {repo}; saved on {date} so the context is not lost when {branch} is merged:",
           "Copied from the shared doc for {repo} ({what}), last edited {date}:", "Notes for {x}:", "Context: {x}.", "Saved for later: {x}.", "Reference copy ({x}).",
           "{date}", "[{repo}] {what}", "re {x}", "Found this in {repo} while looking at {x}:", "Pasted by the user during the {what} work ({date}):", "Keep: {x}", "From {branch}:",
           "For whoever owns {x} next week:", "Item {n} of the {what} log, {repo}:", "Attached to the {what} ticket on {date}:", "While reviewing {branch} in {repo} I kept this:",
           "Raw, unedited ({x}):", "Source: {repo}, {date}.", "What I saw during {what}:", "Backup of the {x} section before the cleanup:", "({what}, {date})",
           "Quoted in the retro about {x}:", "The exact text we discussed for {x}:", "As it appeared in the {what} run on {date}:", "Forwarded from the {repo} channel on {date}:"],
    "de": ["Notiert bei der Arbeit an {repo} ({date}), Branch {branch}, nach dem Schritt {what}:", "Übergabe für {repo}: hier ging es am {date} mit {what} weiter. Eintrag unverändert übernommen:",
           "Notizen zu {x}:", "Zur Einordnung: {x}.", "Für später gespeichert: {x}.", "Aus {repo}, {date}:", "Gefunden beim {what} in {repo}:", "Unverändert aus dem Ticket ({date}):", "Zu {x}, Stand {date}:", "[{repo}] {what}"],
    "fr": ["Noté pendant le travail sur {repo} ({date}), branche {branch}, après l'étape {what} :", "Passation pour {repo} : reprise de {what} le {date}. Élément conservé tel quel :",
           "Notes sur {x} :", "Pour contexte : {x}.", "Gardé pour plus tard : {x}.", "Source : {repo}, {date}.", "Trouvé pendant {what} dans {repo} :", "Copié du ticket ({date}) :", "À propos de {x} :", "[{repo}] {what}"],
    "es": ["Anotado mientras trabajaba en {repo} ({date}), rama {branch}, tras el paso {what}:", "Traspaso de {repo}: se retoma {what} el {date}. Elemento tal cual:",
           "Notas sobre {x}:", "Para contexto: {x}.", "Guardado para después: {x}.", "Fuente: {repo}, {date}.", "Encontrado durante {what} en {repo}:", "Copiado del ticket ({date}):", "Sobre {x}:", "[{repo}] {what}"],
    "ja": ["{repo} の作業中に記録（{date}、ブランチ {branch}、{what} の後）:", "{repo} の引き継ぎメモ。{date} に {what} から再開。見つけたまま残す:", "{x} についてのメモ:", "背景: {x}。",
           "後で見る用に保存（{x}）。", "出典: {repo}、{date}。", "{what} の途中で見つけたもの（{repo}）:", "チケットからコピー（{date}）:", "[{repo}] {what}"],
    "zh": ["在 {repo} 上工作时记录（{date}，分支 {branch}，{what} 之后）：", "{repo} 交接说明：{date} 从 {what} 继续。原样保留：", "关于 {x} 的笔记：", "背景：{x}。",
           "先存一下，之后再看（{x}）。", "来源：{repo}，{date}。", "做 {what} 时在 {repo} 里看到的：", "从工单复制（{date}）：", "[{repo}] {what}"],
    "pt": ["Anotado durante o trabalho em {repo} ({date}), branch {branch}, depois da etapa {what}:", "Passagem de {repo}: retomando {what} em {date}. Item mantido como estava:",
           "Notas sobre {x}:", "Contexto: {x}.", "Guardado para depois: {x}.", "Fonte: {repo}, {date}.", "Encontrado durante {what} em {repo}:", "Copiado do ticket ({date}):", "Sobre {x}:", "[{repo}] {what}"],
    "ru": ["Записано во время работы над {repo} ({date}), ветка {branch}, после шага {what}:", "Передача по {repo}: продолжаем {what} с {date}. Сохранено как есть:",
           "Заметки по {x}:", "Контекст: {x}.", "Сохранил на потом: {x}.", "Источник: {repo}, {date}.", "Нашёл во время {what} в {repo}:", "Скопировано из тикета ({date}):", "[{repo}] {what}"],
}
TAILS = {
    "en": ["", "", "", "Nothing else from this step needs keeping.", "Next person: start from the failing test, not from scratch.", "Left the branch as is; CI is the source of truth.",
           "The rest of the session was routine.", "Nothing else changed.", "Numbers are from the nightly run.", "See the ticket for the full history.", "(end of item)", "More in the linked ticket.",
           "Unchanged since.", "Still open.", "Resolved the same day.", "Kept for the postmortem.", "No follow-up needed.", "Ask {name} if unclear."],
    "de": ["", "", "Der Rest der Sitzung war Routine.", "Sonst keine Änderungen.", "Details im Ticket.", "Noch offen.", "Frag {name}, wenn etwas unklar ist."],
    "fr": ["", "", "Le reste de la session était de la routine.", "Rien d'autre n'a changé.", "Détails dans le ticket.", "Toujours ouvert.", "Demander à {name} si besoin."],
    "es": ["", "", "El resto de la sesión fue rutina.", "Nada más cambió.", "Detalles en el ticket.", "Sigue abierto.", "Pregunta a {name} si hay dudas."],
    "ja": ["", "", "残りの作業は定常作業のみ。", "ほかの変更はなし。", "詳細はチケット参照。", "未解決。", "不明点は{name}さんへ。"],
    "zh": ["", "", "其余都是常规操作。", "其他没有变化。", "详情见工单。", "仍未解决。", "有疑问找{name}。"],
    "pt": ["", "", "O resto da sessão foi rotina.", "Nada mais mudou.", "Detalhes no ticket.", "Ainda aberto.", "Pergunte ao {name} se precisar."],
    "ru": ["", "", "Остальная часть сессии — рутина.", "Больше ничего не менялось.", "Подробности в тикете.", "Пока открыто.", "Если непонятно — к {name}."],
}


FRAMED = {}  # set by frame(), read by generate.py so that an item is framed once


def frame(r, lang, text, x=None, domain="cross"):
    """Put an item inside a note's framing sentences, drawn from one pool shared by all labels."""
    repo = r.choice(REPOS[domain])
    env = {"repo": repo, "what": r.choice(WHATS), "branch": r.choice(["main", "wip/%d" % r.randint(10, 999), "fix-%d" % r.randint(100, 9999)]),
           "date": "2026-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28)), "n": r.randint(2, 40), "name": r.choice(NAMES[lang])}
    if lang == "en":
        env["x"] = x or r.choice(["the %s work" % env["what"], repo, "the %s step" % env["what"], "%s (%s)" % (repo, env["what"])])
    else:
        env["x"] = x or r.choice([repo, "%s (%s)" % (repo, env["what"])])
    head = r.choice(HEADS[lang]).format(**env)
    FRAMED["done"] = True
    tail = r.choice(TAILS[lang]).format(**env)
    return head + "\n" + text + ("\n" + tail if tail else "")
