"""Prompts: PR and issue bodies that carry the user's request verbatim, and chat between people in
other languages (colleague chat lines with names and times)."""

from __future__ import annotations

import random

from _t14b_docs import PR_HEADS, PR_LINES
from _t14data_en import PAIRS
from _t14util import POOLS, clock, deal, fill, sample

LABEL = "prompt"

REQ_HEADS = ["## Original request", "## Request (verbatim)", "### What the user asked", "## Ask", "## Prompt",
             "Original ask:"]

CHAT_INTL: dict[str, list[str]] = {
    "de": ["Hat jemand den roten Build gesehen?", "ja, schau ich mir gerade an", "kannst du das Deployment bis morgen schieben?",
           "klar, sag Bescheid wenn der Fix drin ist", "Mittagessen?", "5 Minuten, bin noch im Review", "danke fürs schnelle Review!"],
    "fr": ["quelqu'un regarde le build rouge ?", "oui je suis dessus", "tu peux bloquer le déploiement jusqu'à demain ?",
           "ok, préviens-moi quand c'est mergé", "on déjeune ?", "2 min, je finis une review", "merci pour la relecture !"],
    "es": ["¿alguien está viendo el build en rojo?", "sí, estoy en ello", "¿puedes frenar el deploy hasta mañana?",
           "vale, avísame cuando esté el fix", "¿comemos?", "5 min, termino una review", "¡gracias por la revisión rápida!"],
    "pt": ["alguém tá vendo o build vermelho?", "tô olhando agora", "dá pra segurar o deploy até amanhã?",
           "beleza, me avisa quando subir o fix", "almoço?", "5 min, terminando um review", "valeu pela revisão!"],
    "ja": ["ビルド落ちてるの誰か見てますか？", "今見てます", "デプロイ明日まで待ってもらえますか", "了解、修正入ったら教えてください",
           "お昼行きます？", "5分待って、レビュー終わらせる", "レビューありがとうございます！"],
    "zh": ["有人在看构建失败吗？", "我在看了", "部署能推迟到明天吗？", "好的，修复合并了告诉我", "吃饭吗？", "等我五分钟，在看代码", "谢谢你这么快就审了！"],
    "ru": ["кто-нибудь смотрит красную сборку?", "да, я разбираюсь", "можешь придержать деплой до завтра?", "ок, напиши, когда фикс зальёшь",
           "обедать идём?", "5 минут, доделываю ревью", "спасибо за быстрое ревью!"],
    "ko": ["빌드 깨진 거 누가 보고 있어요?", "제가 보고 있어요", "배포 내일까지 미뤄줄 수 있어요?", "네, 수정 머지되면 알려주세요",
           "점심 드실래요?", "5분만요, 리뷰 끝내고요", "리뷰 빨리 해줘서 고마워요!"],
    "it": ["qualcuno sta guardando la build rossa?", "sì, ci sto lavorando", "puoi fermare il deploy fino a domani?", "ok, dimmi quando c'è il fix",
           "pranzo?", "5 minuti, finisco una review", "grazie per la review veloce!"],
    "tr": ["kırmızı build'e bakan var mı?", "evet, bakıyorum", "deploy'u yarına kadar bekletebilir misin?", "tamam, fix gelince haber ver",
           "öğle yemeği?", "5 dakika, review bitiriyorum", "hızlı review için teşekkürler!"],
}


EMAILS_INTL = [
    "Hallo Dana,\n\ndanke für die schnelle Korrektur beim Export. Der Kunde hat bestätigt, dass es jetzt klappt.\n\nViele Grüße\nSven",
    "Hi Lena,\n\nkönnen wir den Freeze auf Freitag schieben? Zwei PRs sind noch im Review.\n\nGruß\nJonas\n\nAm Dienstag um 10:31 schrieb Lena:\n> Passt der Releaseplan so?",
    "Bonjour Hugo,\n\nJe ne pourrai pas venir à la rétro aujourd'hui. Mes notes sont dans le document partagé.\n\nBonne journée,\nChloé",
    "Salut Chloé,\n\nLe déploiement en staging est fait et les smoke tests passent. La prod part demain à 10 h.\n\nHugo",
    "Hola Rafael:\n\n¿Puedes revisar la checklist del release antes del viernes? No estoy segura del paso de la migración.\n\nUn saludo,\nBeatriz",
    "Hola Beatriz,\n\nGracias por el aviso. Lo reviso esta tarde y te digo algo.\n\nSaludos,\nRafael\n\nEl lunes, Beatriz escribió:\n> ¿Puedes revisar la checklist del release?",
    "Olá Beatriz,\n\nSegue em anexo o log de ontem à noite. Parece que o worker ficou sem memória por volta das 3h.\n\nAbraço,\nRafael",
    "Kenji さん\n\nお疲れさまです。エクスポートの修正ありがとうございました。お客様からも問題ないと連絡がありました。\n\nよろしくお願いします。\nYuki",
    "Mei 你好，\n\n发布冻结能推迟到周五吗？还有两个 PR 在审。\n\n谢谢！\nKenji",
    "Привет, Лена!\n\nДеплой на стейджинг прошёл, смоук-тесты зелёные. В прод выкатываем завтра в 10.\n\nСпасибо,\nСвен",
    "Ciao Marco,\n\nle traduzioni tedesche sono pronte per la revisione. Fammi sapere se qualcosa suona strano.\n\nA presto,\nLena",
    "Yuki 님께,\n\n오늘 회고에 참석하지 못할 것 같습니다. 메모는 공유 문서에 남겨 두었습니다.\n\n감사합니다.\nKenji",
]


def _pr(rng: random.Random, q: str) -> str:
    heads = sample(PR_HEADS, rng.randint(1, 2), rng)
    groups = deal(PR_LINES, [rng.randint(1, 2) for _ in heads], rng)
    parts = [h + "\n\n" + "\n".join(fill(x, rng) for x in g) for h, g in zip(heads, groups, strict=True)]
    req = rng.choice(REQ_HEADS) + "\n\n> " + q
    parts.insert(rng.randint(0, len(parts)), req)
    return "\n\n".join(parts)


def _chat(rng: random.Random, lines: list[str]) -> str:
    people = sample(POOLS["person"], 2, rng)
    start = rng.randrange(len(lines) - 2)
    k = rng.randint(2, len(lines) - start)
    fmt = rng.choice(["[<<time>>] <<a>>: <<l>>", "<<a>>: <<l>>", "<<a>> (<<time>>): <<l>>", "<<time>> <<a>> > <<l>>"])
    times = clock(rng, k)
    return "\n".join(fmt.replace("<<a>>", people[j % 2]).replace("<<time>>", times[j]).replace("<<l>>", lines[start + j])
                     for j in range(k))


def combos(rng: random.Random) -> dict[str, list[str]]:
    qs = [q for q, _ in PAIRS]
    rng.shuffle(qs)
    return {
        "p_pr_body_with_quoted_request": [_pr(rng, qs[i % len(qs)]) for i in range(45)],
        "p_email_thread_intl": EMAILS_INTL,
        "p_chat_between_people_intl": [_chat(rng, CHAT_INTL[c]) for c in sorted(CHAT_INTL) for _ in range(4)],
    }


ITEMS: dict[str, list[str]] = {}
