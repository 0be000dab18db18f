"""The words of an agent's session report in languages other than English, for ``selfreport``.

What it holds: the labels of a report's fields (``Goal:``, ``Done:``, ``Next:`` and their
equivalents: ``Erledigt:``, ``Hecho:``, ``Сделано:``, ``已完成``, ``完了``, ``완료:``,
``تم:``, ``पूरा:``, ``Tamamlandi:``), the words that address a reader (a request speaks to
someone: ``bitte``, ``пожалуйста``, ``请``, ``ください``, ``주세요``, ``من فضلك``,
``कृपया``, ``lütfen``), and how a sentence of each language tells what its writer did.

Why: a report and a request to a model share their nouns (the user, the model, the tests); they
differ in who speaks and when. A report is narrated in the past by its writer ("I fixed",
"исправил", "我修复了", "修正しました", "수정했습니다", "düzelttim", "मैंने ... किया") or lists
done and next under its own labels; a request addresses a reader and asks for what is to be
done. Where the verb comes is the language's: first in English, Spanish or Russian (pro-drop
verbs carry the person: "corregí", "naprawiłem"), last in Japanese, Korean, Turkish and Hindi,
and Chinese marks a finished act with 了/已. Each judge below reads one position, never the
whole sentence for a keyword.
"""

from __future__ import annotations

from handoff.privacy.lazy_re import rx as _rx

ADDRESS_STEMS = (
    "\u043f\u043e\u0436\u0430\u043b\u0443\u0439\u0441\u0442\u0430",  # ru пожалуйста
    "\u0442\u044b ", "\u0432\u044b ", "\u043c\u043e\u0436\u0435\u0448\u044c", "\u043c\u043e\u0436\u0435\u0442\u0435",
    "\u0441\u0434\u0435\u043b\u0430\u0439", "\u0441\u043e\u0441\u0442\u0430\u0432\u044c",  # сделай, составь
    "\u8bf7", "\u4f60", "\u60a8", "\u5e2e\u6211", "\u9ebb\u70e6", "\u5417",  # 请 你 您 帮我 麻烦 吗
    # ja: ください, てほしい, お願い, ますか
    "\u304f\u3060\u3055\u3044", "\u3066\u307b\u3057\u3044", "\u304a\u9858\u3044", "\u307e\u3059\u304b",
    "\u3042\u306a\u305f", "\u3067\u304d\u307e\u3059\u304b",
    # ko: 주세요, 줘, 해 줘, 주십시오, 하세요
    "\uc8fc\uc138\uc694", "\uc918", "\ud574 \uc918", "\uc8fc\uc2ed\uc2dc\uc624", "\ud558\uc138\uc694",
    "\ub2f9\uc2e0", "\ub108",
    # ar: من فضلك, يمكنك, هل, أنت
    "\u0645\u0646 \u0641\u0636\u0644\u0643", "\u064a\u0645\u0643\u0646\u0643", "\u0647\u0644 ", "\u0623\u0646\u062a ",
    "\u0643\u0646\u062a \u062a\u0633\u062a\u0637\u064a\u0639",
    "\u0915\u0943\u092a\u092f\u093e", "\u0906\u092a ", "\u0924\u0941\u092e",  # कृपया आप तुम
    "l\u00fctfen", "misin", "m\u0131s\u0131n", "musun", "m\u00fcs\u00fcn", "misiniz", "m\u0131s\u0131n\u0131z",
    "prosz\u0119", "mo\u017cesz", "czy ", "h\u00e3y ", "gi\u00fap t\u00f4i", "b\u1ea1n ",
    "por favor", "puedes", "podr\u00edas", "voc\u00ea", "pode ", "per favore", "puoi", "kannst",
    "k\u00f6nnen sie", "peux-tu", "pouvez-vous", "alsjeblieft", "kun je", "kunt u",
)
"""Stems and words, found anywhere in a lower-cased sentence, that speak to a reader or ask
("can you", "please", "you") in the languages a report is read in here. A report tells."""

_DONE = (
    "done", "completed", "complete", "finished", "fixed", "changed", "changes", "shipped", "merged",
    "result", "results", "progress", "status", "outcome", "state", "verified", "tested", "tests",
    "erledigt", "fertig", "gemacht", "ergebnis", "stand", "hecho", "completado", "terminado",
    "resultado", "estado", "fait", "termin\u00e9", "r\u00e9sultat", "\u00e9tat", "feito",
    "conclu\u00eddo", "fatto", "completato", "risultato", "stato", "klaar", "gedaan",
    "\u0441\u0434\u0435\u043b\u0430\u043d\u043e", "\u0433\u043e\u0442\u043e\u0432\u043e",
    "\u0432\u044b\u043f\u043e\u043b\u043d\u0435\u043d\u043e", "\u0441\u0442\u0430\u0442\u0443\u0441",
    "\u0438\u0442\u043e\u0433", "\u5df2\u5b8c\u6210", "\u5b8c\u6210", "\u8fdb\u5c55", "\u72b6\u6001",
    "\u5b8c\u4e86", "\u6e08\u307f", "\u9032\u6357", "\u7d50\u679c", "\u5b8c\u4e86\u3057\u305f\u3053\u3068",
    "\uc644\ub8cc", "\uc9c4\ud589", "\uacb0\uacfc", "\u062a\u0645", "\u0645\u0646\u062c\u0632",
    "\u0627\u0644\u0646\u062a\u064a\u062c\u0629", "\u092a\u0942\u0930\u093e", "\u0915\u093f\u092f\u093e",
    "\u092a\u0942\u0930\u093e \u0939\u0941\u0906", "yap\u0131ld\u0131", "tamamland\u0131", "sonu\u00e7",
    "durum", "zrobione", "gotowe", "zrobiono", "xong", "\u0111\u00e3 xong", "ho\u00e0n th\u00e0nh",
)
"""Labels of what was done or how things stand: a report has at least one (or narrates)."""

_NEXT = (
    "next", "next step", "next steps", "next session", "todo", "to do", "to-do", "remaining",
    "open", "pending", "blocked", "blockers", "follow-up", "follow-ups", "left",
    "n\u00e4chster schritt", "n\u00e4chste schritte", "als n\u00e4chstes", "offen", "als", "n\u00e4chster",
    "siguiente", "siguiente paso", "pr\u00f3ximo paso", "pr\u00f3ximos pasos", "pendiente", "pendientes",
    "suite", "prochaine \u00e9tape", "\u00e0 faire", "reste", "prochaine", "pr\u00f3ximo", "pr\u00f3ximos passos",
    "pendente", "pendentes", "prossimo passo", "prossimi passi", "da fare", "volgende stap", "open punten",
    "\u0434\u0430\u043b\u044c\u0448\u0435", "\u0434\u0430\u043b\u0435\u0435",
    "\u0441\u043b\u0435\u0434\u0443\u044e\u0449\u0438\u0439 \u0448\u0430\u0433",
    "\u043e\u0441\u0442\u0430\u043b\u043e\u0441\u044c",
    "\u4e0b\u4e00\u6b65", "\u5f85\u529e", "\u5269\u4f59", "\u540e\u7eed", "\u6b21", "\u6b21\u56de",
    "\u6b8b\u308a", "\u4eca\u5f8c", "\ub2e4\uc74c", "\ub0a8\uc740 \uc791\uc5c5", "\ub2e4\uc74c \ub2e8\uacc4",
    "\u0627\u0644\u062a\u0627\u0644\u064a",
    "\u0627\u0644\u062e\u0637\u0648\u0629 \u0627\u0644\u062a\u0627\u0644\u064a\u0629",
    "\u0627\u0644\u0645\u062a\u0628\u0642\u064a", "\u0905\u0917\u0932\u093e",
    "\u0905\u0917\u0932\u093e \u0915\u0926\u092e",
    "\u092c\u093e\u0915\u0940", "sonraki", "sonraki ad\u0131m", "kalan", "nast\u0119pny krok", "dalej",
    "b\u01b0\u1edbc ti\u1ebfp theo", "ti\u1ebfp theo",
)
"""Labels of what is left: the item under one may be a terse imperative, as a to-do is."""

_GOALS = (
    "goal", "goals", "task", "objective", "aim", "ziel", "aufgabe", "objetivo", "tarea", "objectif",
    "t\u00e2che", "obiettivo", "doel", "\u0446\u0435\u043b\u044c", "\u0437\u0430\u0434\u0430\u0447\u0430",
    "\u76ee\u6807", "\u4efb\u52a1", "\u76ee\u7684", "\u76ee\u6a19", "\u8ab2\u984c", "\ubaa9\ud45c",
    "\uacfc\uc81c", "\u0627\u0644\u0647\u062f\u0641", "\u0627\u0644\u0645\u0647\u0645\u0629",
    "\u0932\u0915\u094d\u0937\u094d\u092f", "\u0915\u093e\u0930\u094d\u092f", "hedef", "g\u00f6rev", "cel",
    "zadanie", "m\u1ee5c ti\u00eau",
)
"""Labels of what the session worked toward: a report states its goal before what was done
("Goal: ... / Done: ..."); a goal after the "Done:" is a piece of work asked for ("Done: tests
green. Task: rewrite the README intro ...")."""
_FIELDS = (
    "goal", "goals", "task", "objective", "aim", "decided", "decision", "decisions", "notes", "note",
    "risk", "risks", "findings", "cause", "root cause", "context", "scope", "issue", "problem",
    "ziel", "aufgabe", "entschieden", "entscheidung", "objetivo", "tarea", "decidido", "decisi\u00f3n",
    "riesgo", "objectif", "t\u00e2che", "d\u00e9cid\u00e9", "d\u00e9cision", "risque", "obiettivo",
    "deciso", "doel", "besloten", "\u0446\u0435\u043b\u044c", "\u0437\u0430\u0434\u0430\u0447\u0430",
    "\u0440\u0435\u0448\u0435\u043d\u043e", "\u0440\u0435\u0448\u0435\u043d\u0438\u0435", "\u0440\u0438\u0441\u043a",
    "\u76ee\u6807", "\u4efb\u52a1", "\u51b3\u5b9a", "\u98ce\u9669", "\u76ee\u7684", "\u76ee\u6a19",
    "\u8ab2\u984c", "\u6c7a\u5b9a", "\ubaa9\ud45c", "\uacfc\uc81c", "\uacb0\uc815",
    "\u0627\u0644\u0647\u062f\u0641", "\u0627\u0644\u0645\u0647\u0645\u0629", "\u0627\u0644\u0642\u0631\u0627\u0631",
    "\u0932\u0915\u094d\u0937\u094d\u092f", "\u0915\u093e\u0930\u094d\u092f", "\u0928\u093f\u0930\u094d\u0923\u092f",
    "hedef", "g\u00f6rev", "karar", "cel", "zadanie", "decyzja", "m\u1ee5c ti\u00eau",
)
"""Labels of a report's other fields (the goal it worked toward, what was decided)."""

_HEADINGS = (
    "summary", "session summary", "handoff", "handoff note", "handover", "status", "status report",
    "wrap-up", "session wrap-up", "compacted context", "recap", "report", "end of session",
    "sitzungszusammenfassung", "zusammenfassung", "resumen", "r\u00e9sum\u00e9", "resumo", "riepilogo",
    "samenvatting", "\u0438\u0442\u043e\u0433\u0438", "\u0441\u0432\u043e\u0434\u043a\u0430",
    "\u043e\u0442\u0447\u0451\u0442",
    "\u603b\u7ed3", "\u6458\u8981", "\u307e\u3068\u3081", "\u8981\u7d04", "\uc694\uc57d",
    "\u0645\u0644\u062e\u0635", "\u0938\u093e\u0930\u093e\u0902\u0936", "\u00f6zet", "podsumowanie",
    "t\u00f3m t\u1eaft",
)
"""Words of a report's heading ("## Session summary", "Итоги сессии:", "会话总结")."""

DONE = frozenset(_DONE)
NEXT = frozenset(_NEXT)
GOALS = frozenset(_GOALS)
FIELDS = frozenset(_FIELDS)


def label_kind(label: str) -> str | None:
    """``done``, ``next``, ``goal`` or ``field`` for a report's own label (lower-cased, without its
    colon), matched whole or by its first word or two ("Next step", "Siguiente paso"); None
    for any other label."""
    label = label.strip(" \t*#-_")
    words = label.split()
    for key in (label, " ".join(words[:2]), words[0] if words else ""):
        if key in DONE:
            return "done"
        if key in NEXT:
            return "next"
        if key in GOALS:
            return "goal"
        if key in FIELDS:
            return "field"
    return None


def heading(line: str) -> bool:
    """A report's own heading: a line of at most six words that holds one of ``_HEADINGS``
    ("## Session summary", "handoff session stop summary", "Итоги сессии")."""
    words = line.strip(" \t*#-_:\uff1a").split()
    if not words or len(words) > 6:
        return False
    text = " ".join(words)
    return any(h in text for h in _HEADINGS)


_CJK = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]"
_HANGUL = r"[\uac00-\ud7af]"
_JA_END = (r"(?:\u305f|\u3060|\u3067\u3059|\u307e\u3059|\u6e08\u307f|\u5b8c\u4e86|\u4e2d|"
           r"\u3067\u3042\u308b|\u307e\u305b\u3093|\u306a\u3044|\u3068\u306e\u3053\u3068)$")
"""A Japanese sentence told, not asked: it ends in a past or a polite statement (した,
でした, です, ます, 済み, 完了); a request ends in て, ください, ほしい."""
_KO_END = (r"(?:\uc2b5\ub2c8\ub2e4|\ub2c8\ub2e4|[\ud588\uc5c8\uc558\uc600\ub410]\ub2e4|"
           r"[\ud588\uc5c8\uc558\uc600\ub410]\uc5b4\uc694|[\ud568\ub428\uc74c\uc784]|\uc644\ub8cc|\ud1b5\uacfc|\uc911|\uc608\uc815)$")
"""A Korean sentence told: 습니다/했다/했어요/함/됨/완료; a request ends in 주세요, 줘, 하세요."""
_KO_DONE = (r"(?:[\ud588\uc5c8\uc558\uc600]\uc2b5\ub2c8\ub2e4|[\ud588\uc5c8\uc558\uc600]\ub2e4|"
            r"[\ud588\uc5c8\uc558\uc600]\uc5b4\uc694|\ud588\uc74c|\uc644\ub8cc)$")
"""A finished act, told: 했습니다, 었습니다, 했다, 했어요, 했음, 완료. A statement in the present
(입니다, 생깁니다, 바랍니다: a model's "좋은 질문입니다") tells nobody's act."""
_JA_DONE = r"(?:\u3057\u307e\u3057\u305f|\u3057\u305f|\u6e08\u307f(?:\u3067\u3059)?|\u5b8c\u4e86)$"
"""A finished act, told: しました (修正しました, 確認しました), した, 済み, 完了. なりました,
ありました, ません or ます tell a state or what will be done, not the writer's act."""
_ZH_DONE = r"[\u4e86\u5df2\u8fc7]|\u5b8c\u6210|\u901a\u8fc7"
"""Chinese marks a finished act: 了, 已, 过, or names it: 完成, 通过."""
_ZH_SUBJECT = r"(?:\u6211\u4eec|\u6211)"
_ZH_STATE = (r"(?:\u7528\u6237|\u6a21\u578b|\u52a9\u624b|\u6d4b\u8bd5|\u6240\u6709|\u5168\u90e8|\u56e2\u961f|"
             r"\u8fd9|\u8be5|\u5b83|\u4ed6|\u5979|\u4ee3\u7801|\u6784\u5efa|\u6587\u6863|\u914d\u7f6e|\u76ee\u524d|"
             r"\u5f53\u524d|\u5176\u4ed6|\u6ca1\u6709|ci|\d)")
"""Openers of a Chinese statement: its subject (用户, 模型, 测试, 所有, 这, 目前, a number).
An imperative opens with its verb and is none of these."""
_TR_END = (r"(?:[dt][\u0131iu\u00fc](?:m|k|n|n\u0131z|niz|lar|ler)?|m[\u0131iu\u00fc]\u015f(?:t[\u0131i]r)?"
           r"|yor|d\u0131r|dir)$")
"""A Turkish sentence told: its last verb in the past (düzelttim, ekledik, istedi, -miş) or a
statement (-yor, -dir); a request ends in -in or asks with the particle mi."""
_HI_SUBJECTS = ("\u092e\u0948\u0902\u0928\u0947", "\u0939\u092e\u0928\u0947")
"""मैंने, हमने: the ergative of I and we, which Hindi uses only with a finished act."""
_HI_END = (r"(?:\u0925\u093e|\u0925\u0940|\u0925\u0947|\u0939\u0948|\u0939\u0948\u0902|\u0917\u092f\u093e|\u0917\u0908|"
           r"\u0917\u090f|\u0915\u093f\u092f\u093e|\u0915\u0940|\u0915\u093f\u090f|\u0932\u093f\u092f\u093e|\u0926\u093f\u092f\u093e|"
           r"\u0939\u0941\u0906|\u0939\u0941\u0908|\u0939\u0941\u090f|\u092a\u093e\u0938)$")
"""A Hindi sentence told: its last verb perfective or a copula (किया, गया, था, है)."""


def other_opens(words: list[str], sentence: str) -> str | None:
    """How a sentence in a language other than English opens (or, for the verb-final ones,
    ends): ``past`` for the writer's narration, ``state`` for a statement, None otherwise.
    ``words``: the sentence's words (lower-cased, stripped); ``sentence``: its text."""
    if not words:
        return None
    end = sentence.rstrip(" .\u3002\u0964!\uff01")
    if _rx(_HANGUL).search(sentence) is not None:
        if _rx(_KO_END).search(end) is None:
            return None
        return "past" if _rx(_KO_DONE).search(end) is not None else "state"
    if _rx(_CJK).search(sentence) is not None:
        if _rx("[\u3040-\u30ff]").search(sentence) is not None:  # kana: Japanese
            if _rx(_JA_END).search(end) is None:
                return None
            return "past" if _rx(_JA_DONE).search(end) is not None else "state"
        if _rx(r"^(?:[^\s\uff0c,]{0,4})" + _ZH_SUBJECT).match(end) is not None:
            return "past" if _rx(_ZH_DONE).search(sentence) is not None else None
        if _rx(r"^" + _ZH_STATE).match(end) is not None:
            return "state"
        return "state" if _rx(_ZH_DONE).search(sentence) is not None else None
    first, last = words[0], words[-1]
    if first in _HI_SUBJECTS:
        return "past"
    if "\u0900" <= first[:1] <= "\u097f":
        return "state" if _rx(_HI_END).search(end) is not None else None
    if "\u0600" <= first[:1] <= "\u06ff":
        # Arabic opens with its verb: the writer's past ends in ت (I) or نا (we)
        return "past" if len(first) >= 3 and (first.endswith(("\u062a", "\u0646\u0627"))) else (
            "state" if first.startswith("\u0627\u0644") or first == "\u0637\u0644\u0628" else None)
    if _rx(_TR_END).search(last) is not None and any(c in sentence for c in "\u0131\u015f\u011f\u00e7\u00fc\u00f6"):
        return "past" if last.endswith(("m", "k")) else "state"
    return None


SUBJECTS = frozenset(("yo", "nosotros", "eu", "n\u00f3s", "io", "noi", "ik", "wij", "ja",
                      "t\u00f4i", "ch\u00fang", "\u044f", "\u043c\u044b"))
"""The writer as a subject in Spanish, Portuguese, Italian, Dutch, Polish, Vietnamese, Russian
(German and French are ``selfreport``'s own)."""
PAST_AUX = frozenset(("he", "hemos", "hab\u00eda", "hab\u00edamos", "tenho", "temos", "ho", "abbiamo",
                      "heb", "hebben", "had", "hadden", "\u0111\u00e3", "v\u1eeba", "t\u00f4i"))
"""Auxiliaries of a finished act after the writer's subject ("he corregido", "ho corretto",
"ik heb", "tôi đã"; ``tôi`` after ``chúng``, the we of Vietnamese)."""
PAST_AUX_FIRST = frozenset(("ho", "abbiamo", "hemos", "tenho", "temos", "habe", "haben", "hebben"))
"""An auxiliary of a finished act that opens a sentence with no subject before it: the writer
is in its ending ("Ho corretto il bug", "Hemos migrado", "Habe die Tests erweitert")."""
STATE_OPENERS = frozenset((
    "elles", "ils", "elle",
    "der", "die", "das", "alle", "es", "el", "la", "los", "las", "todos", "todas", "le", "les",
    "tous", "o", "os", "il", "gli", "tutti", "de", "het", "l'utente", "l'utilisateur",
    "\u0432\u0441\u0435", "\u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u044c",
    "\u043c\u043e\u0434\u0435\u043b\u044c", "\u043e\u0442\u0432\u0435\u0442", "\u0442\u0435\u0441\u0442\u044b",
    "\u044d\u0442\u043e", "wszystkie", "u\u017cytkownik", "ng\u01b0\u1eddi", "t\u1ea5t", "c\u00e1c",
))
"""Openers of a statement ("Der Nutzer wollte ...", "La respuesta del modelo era ...",
"Пользователь просил ...", "Người dùng yêu cầu ..."). Not the articles that are English
words too (Portuguese ``as``, French ``on``: "As the assistant, write ...")."""
LEADS = frozenset(("hoy", "luego", "despu\u00e9s", "hoje", "depois", "oggi", "poi", "vandaag",
                   "daarna", "\u0441\u0435\u0433\u043e\u0434\u043d\u044f", "\u043f\u043e\u0442\u043e\u043c",
                   "\u0437\u0430\u0442\u0435\u043c", "dzisiaj", "potem", "deshalb", "au\u00dferdem"))
_PAST_ENDINGS = (r"(?:\w{2,}[\u0438\u0430\u044f\u0451](?:\u043b|\u043b\u0430|\u043b\u0438)"
                 r"|\w{2,}\u0435(?:\u043b|\u043b\u0430)|\w{2,}(?:\u0142em|\u0142am|li\u015bmy|\u0142y\u015bmy))")
_ROMANCE_PAST = r"\w{2,}(?:\u00e9|\u00ed|ei|amos|imos)"
_OBJECT_OPENERS = frozenset(("el", "la", "los", "las", "lo", "un", "una", "o", "a", "os", "as", "um",
                             "uma", "que", "dos", "tres", "tr\u00eas", "todo", "todos", "todas", "mi", "su",
                             "sus", "al", "del", "en", "con", "por", "para", "no", "na", "nos", "com"))
"""Words that open a verb's object or complement in Spanish and Portuguese."""
"""A verb whose ending carries the writer and the past, with no subject before it: Spanish
(corregí, revisé, migramos), Portuguese (adicionei, fizemos), Russian (исправил, добавили)
and Polish (naprawiłem)."""


def inflected_past(words: list[str], at: int = 0) -> bool:
    """``words[at]`` is a past verb by its ending: Russian (исправил, добавили, проверила) and
    Polish (naprawiłem) by the ending alone; Spanish and Portuguese first-person forms
    (corregí, revisé, adicionei, migramos) only before their object ("corregí el error"), so
    that an adverb (aquí, así) or a French participle ("Résumé de ...") is none."""
    word = words[at]
    if word.isascii():
        return (len(word) >= 6 and _rx(r"[a-z]{2,}(?:amos|imos|ei)").fullmatch(word) is not None
                and words[at + 1 : at + 2] != [] and words[at + 1] in _OBJECT_OPENERS)
    if _rx(_PAST_ENDINGS).fullmatch(word) is not None:
        return True
    return (_rx(_ROMANCE_PAST).fullmatch(word) is not None and words[at + 1 : at + 2] != []
            and words[at + 1] in _OBJECT_OPENERS)
