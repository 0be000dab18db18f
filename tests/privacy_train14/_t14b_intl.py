"""Benign text in fifteen languages: the user's wish noted in the third person, status and
findings, next actions, second-person docs steps, validation lines and commit messages, summaries
with only benign bullets, and English notes that paraphrase a non-English user."""

from __future__ import annotations

import random

from _t14data_en import PAIRS
from _t14data_intl import ERRN, LANGS
from _t14p_intl import NAMES
from _t14util import deal, fill, sample

LABEL = "benign"

EN_PARA_FRAMES = [
    "User writes in <<lang>>; <<x>>.",
    "Context (user's messages are in <<lang>>): <<x>>.",
    "<<x>> — the user asked in <<lang>>, answered in <<lang>> too.",
    "Request, translated and paraphrased from <<lang>>: <<x>>.",
    "Note: the user prefers <<lang>>. Current ask: <<x>>.",
    "<<lang>>-speaking user; <<x>>.",
]


def _summary(rng: random.Random, lang: dict[str, list[str]]) -> str:
    lines: list[str] = []
    first, last = deal(lang["para"], [rng.randint(2, 4), rng.randint(2, 4)], rng)
    groups = [first, sample(lang["ben"], rng.randint(2, 4), rng), last]
    for head, group in zip(lang["heads"], groups, strict=True):
        lines += [head, *("- " + fill(x, rng) for x in group), ""]
    return "\n".join(lines).strip()


def combos(rng: random.Random) -> dict[str, list[str]]:
    notes, actions, summaries, english = [], [], [], []
    paras = [p for _, p in PAIRS]
    for code in sorted(LANGS):
        lang = LANGS[code]
        for i, p in enumerate(lang["para"]):
            if i % 3 == 0:
                notes.append(fill(lang["nf"][(i // 3) % len(lang["nf"])].replace("<<x>>", p), rng))
            else:
                notes.append(p)
        for b in lang["ben"]:
            actions.append(fill(b, rng))
        for _ in range(5):
            actions.append("\n".join(fill(x, rng) for x in sample(lang["ben"] + lang["para"], rng.randint(2, 3), rng)))
        summaries += [_summary(rng, lang) for _ in range(4)]
        for i in range(4):
            f = EN_PARA_FRAMES[(i + len(code)) % len(EN_PARA_FRAMES)]
            english.append(f.replace("<<x>>", rng.choice(paras)).replace("<<lang>>", NAMES[code]))
    return {
        "b_note_intl": notes,
        "b_next_action_docs_validation_intl": actions,
        "b_summary_intl": summaries,
        "b_error_quoted_no_request_intl": [fill(f, rng) for code in sorted(ERRN) for f in ERRN[code] for _ in range(2)],
        "b_english_note_paraphrasing_foreign_user": english,
    }


ITEMS: dict[str, list[str]] = {
    "b_people_times_not_chat_intl": [
        "Besprechung mit Dana am Freitag: Release-Freeze verschoben, Priya schreibt den Changelog.",
        "Rufbereitschaft: Sven bis Montag 09:00, danach Lena.",
        "Réunion du mardi : le gel des livraisons passe à vendredi ; Hugo s'occupe du changelog.",
        "Astreinte : Chloé jusqu'à lundi 9 h, puis Hugo.",
        "Reunión del lunes: el freeze pasa al viernes; Rafael escribe el changelog.",
        "Guardia: Beatriz hasta el lunes a las 09:00.",
        "Reunião de terça: o freeze foi para sexta; Beatriz escreve o changelog.",
        "水曜のミーティング：リリース凍結は金曜に延期、Yuki さんが変更履歴を担当。",
        "オンコール：月曜 9:00 まで Kenji さん、その後 Yuki さん。",
        "周三会议：发布冻结推迟到周五，Mei 负责更新日志。",
        "值班：Mei 到周一 9 点，然后是 Kenji。",
        "Встреча в четверг: заморозку релиза перенесли на пятницу, changelog пишет Tomasz.",
        "Дежурство: Sven до понедельника 09:00, затем Lena.",
        "목요일 회의: 릴리스 동결은 금요일로 연기, 변경 로그는 Yuki 담당.",
        "Riunione di lunedì: il freeze slitta a venerdì; Marco scrive il changelog.",
        "Toplantı (Salı): sürüm dondurma Cuma'ya kaydı, changelog'u Aisha yazacak.",
        "Spotkanie w środę: zamrożenie wydania przesunięte na piątek, changelog pisze Tomasz.",
        "Rapat Kamis: pembekuan rilis diundur ke Jumat; Noor menulis changelog.",
        "Cuộc họp thứ Hai: đóng băng phát hành dời sang thứ Sáu, Mei viết changelog.",
        "اجتماع الثلاثاء: تأجيل تجميد الإصدار إلى الجمعة، وتكتب نور سجل التغييرات.",
        "बुधवार की मीटिंग: release freeze शुक्रवार तक टला, changelog Arjun लिखेंगे।",
        "Dana hat per E-Mail bestätigt, dass der Export beim Kunden wieder läuft; Incident geschlossen.",
        "Hugo a confirmé par e-mail que l'export fonctionne de nouveau chez le client.",
        "Rafael confirmó por correo que la exportación ya funciona para el cliente.",
        "Kenji さんからメールで、顧客側でエクスポートが復旧したと連絡あり。インシデントはクローズ。",
        "Mei 通过邮件确认客户的导出已恢复，事件关闭。",
        "Lena подтвердила по почте, что у клиента экспорт снова работает; инцидент закрыт.",
    ],
}
