"""Words written to or by a language model, and chat between people, as they end up inside documents:
requests composed from openers, tasks and constraints in several languages, model answers composed
from openings, bodies and closings, and conversations in the shapes of several chat tools."""
import random

from _b24lang import filler, pick_lang
from _b24rand import clock, date, handle, person, svc

OPEN_EN = ["Can you", "Please", "I need you to", "Could you quickly", "Help me", "Hey, can you", "You are a senior reviewer.",
           "Act as our release manager and", "I'd like you to", "Go ahead and", "For the wiki page below,", "Given the meeting notes above,"]
TASK_EN = ["summarise this thread into five bullet points", "rewrite this runbook step so a new hire can follow it", "draft a polite reply to the customer in the ticket",
           "turn these notes into action items with owners", "explain what this SQL query does line by line", "write release notes for {v} from the changelog",
           "translate the onboarding checklist into Spanish", "find the inconsistencies between the RFC and the implementation", "suggest three titles for the postmortem",
           "convert this CSV into a markdown table", "write a docstring for the function below", "review this email before I send it to the vendor",
           "classify each ticket as bug, question or feature request", "propose a test plan for the {s} migration", "shorten this paragraph to two sentences",
           "list the risks of moving {s} to the new cluster", "fix the grammar in my status update", "generate ten FAQ entries from this doc",
           "draft an agenda for Thursday's planning meeting", "tell me which of these alerts are noise", "write a regex that matches our ticket IDs",
           "make this slide less wordy", "explain the stack trace in the notebook output", "compare option A and option B in the design doc"]
CONS_EN = ["", " Keep it under 150 words.", " Use a friendly tone.", " Don't invent facts that aren't in the text.", " Reply in markdown.", " Be concise.",
           " Answer as JSON with keys title and body.", " Don't mention the customer's name.", " Think step by step.", " Write it for a non-technical audience."]
REQ_INTL = {
    "de": ["Kannst du {x} zusammenfassen? Bitte in Stichpunkten.", "Schreib mir eine höfliche Antwort auf {x}.", "Übersetze {x} ins Englische und behalte die Formatierung bei.",
           "Erkläre mir bitte, was {x} bedeutet, so einfach wie möglich."],
    "fr": ["Peux-tu résumer {x} en cinq points ?", "Rédige une réponse polie à {x}.", "Explique-moi {x} comme si j'étais nouveau dans l'équipe.", "Corrige les fautes dans {x}, sans changer le ton."],
    "es": ["¿Puedes resumir {x} en tres frases?", "Escríbeme una respuesta amable para {x}.", "Explícame {x} paso a paso, por favor.", "Reescribe {x} para que sea más claro."],
    "pt": ["Você pode resumir {x} em tópicos?", "Escreva uma resposta educada para {x}.", "Me explica {x} de forma simples."],
    "it": ["Puoi riassumere {x} in cinque punti?", "Scrivi una risposta cortese a {x}.", "Spiegami {x} passo per passo."],
    "nl": ["Kun je {x} samenvatten in drie zinnen?", "Schrijf een beleefd antwoord op {x}.", "Leg {x} eenvoudig uit."],
    "pl": ["Czy możesz streścić {x} w punktach?", "Napisz uprzejmą odpowiedź na {x}.", "Wyjaśnij mi {x} krok po kroku."],
    "ja": ["{x}を5行で要約してください。", "{x}への丁寧な返信を書いてください。", "{x}を新人にもわかるように説明してください。"],
    "zh": ["请帮我把{x}总结成五条要点。", "请给{x}写一封礼貌的回复。", "请一步一步解释{x}。"],
    "ko": ["{x}을 다섯 줄로 요약해 주세요.", "{x}에 대한 정중한 답장을 써 주세요.", "{x}을 쉽게 설명해 줘."],
    "ru": ["Сделай краткое резюме: {x}, пять пунктов.", "Напиши вежливый ответ на {x}.", "Объясни мне {x} простыми словами."],
    "tr": ["{x} metnini beş maddede özetler misin?", "{x} için kibar bir yanıt yaz.", "{x} konusunu adım adım açıkla."],
    "sv": ["Kan du sammanfatta {x} i punktform?", "Skriv ett artigt svar på {x}.", "Förklara {x} enkelt."],
}
OBJ_INTL = {
    "de": ["diesen Thread", "die Mail von gestern", "das Protokoll", "die Fehlermeldung"], "fr": ["ce fil de discussion", "le mail du client", "le compte rendu", "ce message d'erreur"],
    "es": ["este hilo", "el correo del cliente", "el acta de la reunión", "este error"], "pt": ["esta conversa", "o e-mail do cliente", "a ata"],
    "it": ["questa discussione", "la mail del cliente", "il verbale"], "nl": ["deze thread", "de mail van de klant", "het verslag"],
    "pl": ["ten wątek", "maila od klienta", "notatkę ze spotkania"], "ja": ["このスレッド", "顧客からのメール", "議事録"], "zh": ["这个讨论", "客户的邮件", "会议纪要"],
    "ko": ["이 스레드", "고객 메일", "회의록"], "ru": ["эту переписку", "письмо клиента", "протокол встречи"], "tr": ["bu yazışma", "müşteri e-postası", "toplantı notları"],
    "sv": ["den här tråden", "kundens mejl", "mötesanteckningarna"],
}


def request(r: random.Random, lang: str | None = None) -> str:
    lang = lang or pick_lang(r, 0.35)
    if lang == "en":
        t = r.choice(TASK_EN).format(v="v" + str(r.randint(2, 9)) + "." + str(r.randint(0, 20)), s=svc(r))
        o = r.choice(OPEN_EN)
        if o.endswith("."):
            return f"{o} {t[0].upper()}{t[1:]}.{r.choice(CONS_EN)}"
        return f"{o} {t}?{r.choice(CONS_EN)}" if o.endswith("you") else f"{o} {t}.{r.choice(CONS_EN)}"
    return r.choice(REQ_INTL[lang]).format(x=r.choice(OBJ_INTL[lang]))


ANS_OPEN = ["Sure! Here's a summary of the thread:", "Certainly. Below is a revised version:", "Great question. In short:", "Here's a draft you can adapt:",
            "I've gone through the notes. Here are the action items:", "Happy to help! Here is the rewritten step:", "Based on the document you shared, the key points are:",
            "I can't see the attachment, but based on your description:", "Of course — here's what the query does:"]
ANS_BODY = ["1. The {s} deploy is moved to Tuesday.\n2. {p} owns the cache fix.\n3. Alerts above 80 % go to on-call.",
            "- **Risk:** the migration locks the orders table for several minutes.\n- **Mitigation:** run it in batches of 10k rows.",
            "The query joins `orders` to `customers` on `customer_id`, filters the last 30 days, and groups by region to count orders.",
            "Dear {p},\n\nThank you for reporting this. We've identified the cause and a fix will ship in the next release. We apologise for the inconvenience.",
            "Option A is simpler to operate, while Option B scales better past 10k requests per second. I'd recommend A for now and revisit in Q3.",
            "**Action items**\n- {p}: update the runbook\n- {q}: rotate the on-call schedule\n- Everyone: review the RFC by Friday",
            "The stack trace shows a `KeyError: 'region'`, which means the dataframe has no `region` column after the merge. Check the join keys.",
            "Title ideas: \"When the cache went cold\", \"{s}: 40 minutes of 502s\", \"Lessons from the Tuesday outage\"."]
ANS_CLOSE = ["", "\n\nLet me know if you'd like me to adjust the tone!", "\n\nWould you like a shorter version?", "\n\nI hope this helps.",
             "\n\nNote: I made assumptions about the owners; please double-check.", "\n\nFeel free to ask if anything is unclear."]
ANS_INTL = {
    "de": ["Gerne! Hier ist die Zusammenfassung:\n- {s} wird am Dienstag ausgerollt\n- {p} kümmert sich um den Cache\n\nSoll ich noch etwas ergänzen?",
           "Natürlich. Hier ein Entwurf für deine Antwort:\n\nHallo {p}, danke für den Hinweis – wir schauen uns das bis Freitag an."],
    "fr": ["Bien sûr ! Voici un résumé :\n1. Le déploiement de {s} passe au mardi.\n2. {p} s'occupe du cache.\n\nN'hésitez pas si vous voulez une version plus courte.",
           "Voici une proposition de réponse :\n\nBonjour {p}, merci pour votre signalement, un correctif arrive cette semaine."],
    "es": ["¡Claro! Aquí tienes un resumen:\n- El despliegue de {s} se mueve al martes.\n- {p} se encarga de la caché.\n\n¿Quieres que lo acorte?",
           "Por supuesto. Esta es una posible respuesta:\n\nHola {p}, gracias por avisar; lo revisamos esta semana."],
    "pt": ["Claro! Aqui está um resumo:\n- O deploy do {s} vai para terça.\n- {p} cuida do cache.\n\nPosso ajustar o tom se quiser."],
    "it": ["Certo! Ecco un riepilogo:\n- Il rilascio di {s} passa a martedì.\n- {p} si occupa della cache.\n\nVuoi una versione più breve?"],
    "nl": ["Natuurlijk! Hier is een samenvatting:\n- De uitrol van {s} gaat naar dinsdag.\n- {p} pakt de cache op.\n\nZal ik het korter maken?"],
    "pl": ["Jasne! Oto podsumowanie:\n- Wdrożenie {s} przesunięte na wtorek.\n- {p} zajmie się cache.\n\nCzy mam to skrócić?"],
    "ja": ["承知しました。要約は以下のとおりです。\n・{s} のデプロイは火曜日に変更\n・キャッシュ対応は {p} さん\n\n他に修正が必要であればお知らせください。"],
    "zh": ["好的！以下是总结：\n1. {s} 的发布改到周二。\n2. 缓存问题由 {p} 负责。\n\n如需更简短的版本，请告诉我。"],
    "ko": ["물론입니다! 요약은 다음과 같습니다.\n- {s} 배포는 화요일로 변경\n- 캐시 문제는 {p} 님 담당\n\n더 필요한 것이 있으면 말씀해 주세요."],
    "ru": ["Конечно! Вот краткое резюме:\n- Выкладка {s} переносится на вторник.\n- {p} занимается кэшем.\n\nЕсли нужно, могу сократить."],
    "tr": ["Tabii! İşte özet:\n- {s} dağıtımı salıya taşındı.\n- Önbellek işini {p} üstleniyor.\n\nDaha kısa bir versiyon ister misiniz?"],
    "sv": ["Självklart! Här är en sammanfattning:\n- Driftsättningen av {s} flyttas till tisdag.\n- {p} tar hand om cachen.\n\nVill du ha en kortare version?"],
}


def answer(r: random.Random, lang: str | None = None) -> str:
    lang = lang or pick_lang(r, 0.3)
    if lang != "en":
        return r.choice(ANS_INTL[lang]).format(s=svc(r), p=person(r))
    body = r.choice(ANS_BODY).format(s=svc(r), p=person(r), q=person(r))
    return f"{r.choice(ANS_OPEN)}\n\n{body}{r.choice(ANS_CLOSE)}"


CHAT_EN = ["did anyone else see the 502s on {s}?", "yep, started around {t}", "I'm rolling back now", "thanks, looks green again",
           "can you review my PR before lunch?", "sure, give me 10 min", "who's on call tonight?", "me, ping me if it fires again",
           "the staging db is full again lol", "I'll clean up the old snapshots", "are we still doing the retro at 3?", "moved to 4, sorry",
           "lgtm, merging", "wait, the migration isn't idempotent", "good catch, fixing", "btw the vendor replied, they'll send a fix Monday"]
CHAT_INTL = {
    "de": ["hat noch jemand die 502er gesehen?", "ja, seit etwa {t}", "ich rolle zurück", "danke, sieht wieder gut aus"],
    "fr": ["quelqu'un a vu les 502 sur {s} ?", "oui, depuis {t} environ", "je fais un rollback", "merci, c'est revenu au vert"],
    "es": ["¿alguien más vio los 502 en {s}?", "sí, desde las {t}", "hago rollback ahora", "gracias, ya está en verde"],
    "pt": ["alguém viu os 502 no {s}?", "sim, desde {t}", "vou fazer rollback", "valeu, voltou ao normal"],
    "ja": ["{s} で 502 出てる人いますか？", "はい、{t} ごろからです", "今ロールバックします", "ありがとう、戻りました"],
    "ru": ["кто-нибудь видел 502 на {s}?", "да, примерно с {t}", "откатываю", "спасибо, всё зелёное"],
    "zh": ["有人看到 {s} 的 502 了吗？", "看到了，大概从 {t} 开始", "我现在回滚", "谢谢，恢复了"],
    "tr": ["{s} üzerinde 502 gören var mı?", "evet, {t} civarından beri", "geri alıyorum", "sağ ol, düzeldi"],
}


def chat_lines(r: random.Random, n: int, lang: str) -> list[str]:
    pool = CHAT_INTL.get(lang, CHAT_EN)
    start = r.randrange(len(pool))
    return [pool[(start + i) % len(pool)].format(s=svc(r), t=clock(r)) for i in range(n)]


def chat(r: random.Random, lang: str | None = None) -> str:
    lang = lang or pick_lang(r, 0.3)
    ppl = [handle(r) for _ in range(r.randint(2, 4))]
    lines = chat_lines(r, r.randint(2, 6), lang)
    shape = r.randrange(6)
    out = []
    for i, m in enumerate(lines):
        who = ppl[i % len(ppl)]
        t = clock(r)
        if shape == 0:
            out.append(f"[{t}] {who}: {m}")
        elif shape == 1:
            out.append(f"{who.title()}  {t} AM\n{m}")
        elif shape == 2:
            out.append(f"{who} — Today at {t}\n{m}")
        elif shape == 3:
            out.append(f"<{who}> {m}")
        elif shape == 4:
            out.append(f"{date(r)[8:]}/11/2026, {t} - {who.title()}: {m}")
        else:
            out.append(f"**{who}** {m}")
    return "\n".join(out)


def transcript(r: random.Random) -> str:
    lang = pick_lang(r, 0.3)
    u, a = r.choice([("User", "Assistant"), ("Human", "AI"), ("Me", "ChatGPT"), ("You", "Claude"), ("Q", "A"), ("user", "assistant")])
    return f"{u}: {request(r, lang)}\n\n{a}: {answer(r, lang)}"


def _w(r: random.Random) -> list[str]:
    return filler(r, pick_lang(r, 0.3), r.randint(0, 3))


def wiki_prompt_template_words(r: random.Random) -> str:
    role = r.choice(["You are a support assistant for Acme's billing product.", "You are an internal helper that answers questions about our runbooks.",
                     "You are a careful technical writer.", "Du bist ein hilfsbereiter Assistent für das Support-Team.", "Tu es un assistant qui rédige des comptes rendus."])
    rules = r.sample(["Always answer in the user's language.", "Never reveal internal ticket numbers.", "If you are not sure, say you don't know.",
                      "Keep answers under 120 words.", "Cite the runbook section you used.", "Do not give legal advice.", "Ask one clarifying question when the request is ambiguous."], r.randint(2, 4))
    tmpl = "\n".join([role] + rules + ["", "Context:\n{{context}}", "", "Question: {{question}}"])
    return "\n".join([f"# Prompt: {svc(r)} support bot (v{r.randint(2, 14)})", f"Owner: {person(r)}", "", "```text", tmpl, "```"] + _w(r))


def email_forwarded_model_answer(r: random.Random) -> str:
    a, b = person(r), person(r)
    return "\n".join([f"From: {a}", f"To: {b}", f"Subject: Fwd: draft for the {svc(r)} announcement", "", r.choice(["FYI, this is what the assistant came up with:", "Pasting the AI draft below, needs edits:", "Here's the bot's output, thoughts?"]),
                      "", "---------- Forwarded ----------", answer(r), "", a])


def ticket_user_pasted_chat(r: random.Random) -> str:
    return "\n".join([f"[SUP-{r.randint(1000, 99999)}] {r.choice(['Chatbot gave wrong refund info', 'Assistant answer confusing', 'AI reply in wrong language'])}",
                      f"Customer: {person(r)}", "", "Transcript attached by the customer:", "", transcript(r)])


def notebook_llm_call(r: random.Random) -> str:
    req = request(r).replace('"', "'")
    ans = answer(r).replace('"', "'")
    k = r.randrange(2)
    if k == 0:
        return "\n".join([f"In [{r.randint(1, 30)}]:", "resp = client.chat.completions.create(", f"    model='{r.choice(['gpt-4o', 'claude-sonnet-4', 'llama-3-70b', 'mistral-large'])}',",
                          f"    messages=[{{\"role\": \"user\", \"content\": \"{req}\"}}])", "print(resp.choices[0].message.content)", "", ans])
    return "\n".join(["# %%", f"prompt = \"\"\"{req}\"\"\"", "out = llm(prompt)", "print(out)", "# output:", *[f"# {line}" for line in ans.splitlines()]])


def meeting_notes_chat_log(r: random.Random) -> str:
    return "\n".join([f"Notes {date(r)} — incident review", "", "Pasted from the channel for context:", "", chat(r), ""] + [f"- {x}" for x in _w(r)])


def csv_eval_export(r: random.Random) -> str:
    rows = ["id,prompt,response,score"]
    for i in range(r.randint(1, 3)):
        rows.append(f"{i + 1},\"{request(r).replace(chr(34), chr(39))}\",\"{answer(r).replace(chr(34), chr(39)).replace(chr(10), ' ')}\",{r.randint(1, 5)}")
    return "\n".join(rows)


def design_doc_system_prompt(r: random.Random) -> str:
    return "\n".join([f"RFC-{r.randint(10, 400)}: LLM-assisted triage for {svc(r)}", "", "## Proposal", "We will send each new ticket to the model with this system prompt:", "",
                      "> You are a triage assistant. Read the ticket and reply with one of: bug, question, feature.",
                      f"> {r.choice(['Explain your choice in one sentence.', 'If the ticket mentions data loss, reply urgent.', 'Ignore signatures and quoted replies.', 'Réponds toujours en français.'])}", ""] + _w(r))


def slack_thread_export(r: random.Random) -> str:
    return chat(r)


def teams_discord_chat(r: random.Random) -> str:
    return chat(r, r.choice(["en", "de", "fr", "es", "pt", "ja", "ru", "zh", "tr"]))


def qa_post_model_answer(r: random.Random) -> str:
    return "\n".join([f"Q: {r.choice(['Is this explanation right?', 'Bot says the index is unused, true?', 'Can I trust this answer?'])}", f"asked by {handle(r)}", "",
                      r.choice(["I asked the assistant and it replied:", "ChatGPT told me:", "Copilot chat says:", "El asistente me respondió:"]), "", answer(r)])


def postmortem_transcript(r: random.Random) -> str:
    return "\n".join([f"Postmortem: support bot gave incorrect instructions ({date(r)})", "", "## What the customer saw", "", transcript(r), "", "## Why"] + _w(r))


def prompt_request_in_note(r: random.Random) -> str:
    req = request(r)
    return r.choice([req, f"Prompt used: {req}", f"asked the model: \"{req}\"", f"{req}\n\n{r.choice(['Context below.', '---', '(notes attached)'])}"])


def model_answer_plain(r: random.Random) -> str:
    return answer(r)


def slides_prompt_examples(r: random.Random) -> str:
    return "\n".join([f"Slide {r.randint(3, 20)}: Example prompts that worked", ""] + [f"• \"{request(r)}\"" for _ in range(r.randint(1, 3))] + ["", f"Slide {r.randint(21, 30)}: What the model answered", "", answer(r)])


def helpdesk_chat_widget(r: random.Random) -> str:
    lang = pick_lang(r, 0.3)
    cust, agent = person(r), person(r)
    lines = {"en": [f"{cust}: hi, my invoice shows the wrong VAT", f"{agent} (Support): Hi {cust}! Sorry about that, can you share the invoice number?", f"{cust}: INV-{r.randint(1000, 9999)}", f"{agent} (Support): Thanks, I've corrected it, you'll get a new copy by email."],
             "es": [f"{cust}: hola, la factura tiene mal el IVA", f"{agent} (Soporte): ¡Hola {cust}! ¿Me pasas el número de factura?", f"{cust}: INV-{r.randint(1000, 9999)}", f"{agent} (Soporte): Listo, te llega una copia nueva por correo."],
             "de": [f"{cust}: Hallo, auf meiner Rechnung stimmt die MwSt. nicht", f"{agent} (Support): Hallo {cust}, können Sie mir die Rechnungsnummer schicken?", f"{cust}: INV-{r.randint(1000, 9999)}", f"{agent} (Support): Danke, ist korrigiert."],
             "fr": [f"{cust} : bonjour, la TVA est fausse sur ma facture", f"{agent} (Support) : Bonjour {cust}, pouvez-vous me donner le numéro ?", f"{cust} : INV-{r.randint(1000, 9999)}", f"{agent} (Support) : Merci, c'est corrigé."]}
    ls = lines.get(lang, lines["en"])
    return "\n".join([f"Live chat transcript — {date(r)} {clock(r)}", ""] + ls[: r.randint(2, 4)])


PROMPT = [wiki_prompt_template_words, email_forwarded_model_answer, ticket_user_pasted_chat, notebook_llm_call, meeting_notes_chat_log,
          csv_eval_export, design_doc_system_prompt, slack_thread_export, teams_discord_chat, qa_post_model_answer,
          postmortem_transcript, prompt_request_in_note, model_answer_plain, slides_prompt_examples, helpdesk_chat_widget]
