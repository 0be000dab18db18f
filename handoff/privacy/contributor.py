"""Guidance a repository's template gives a human contributor, kept from the prompt readers.

What it finds: the ``<!-- ... -->`` comments of a pull request's or an issue's template, and
the task-list lines of its checklist, when they speak to the person who contributes ("Thank
you for contributing! ... - Does this pull request include a summary?", "<!-- How was it
tested? -->", "- [ ] I have added tests", "<!-- Danke für deinen Beitrag! Bitte beschreibe
... -->", a Chinese template's thanks and checks). Why: a squash merge keeps the
template in the commit message, and an agent's note quotes a pull request's body; the trained
classifier reads its thanks, asks and questions (``please``, ``consider``, ``thank you``,
``#q``) as a request to a model, and the rules for other languages read its ``bitte``,
``merci de``, ``por favor`` the same way. The rules for English already read a comment's
words only for their strongest rows (``cue_words.html_comments``); this module tells the
classifier and the other-language rules the same.

A comment or checklist line is guidance only when it names the contributor's work (a pull
request, a change, a test, a review, an issue, a changelog, a contribution) *and* speaks to
the contributor (thanks, please, a question, "make sure", "if applicable"), and names
nothing of a model's (a persona "you are a ...", an override of instructions, an assistant,
an AI, a bot, a model's name, an answer's format, a task a model is given: summarise,
translate, rewrite, generate). A request to a model written as a template ("<!-- You are a
review assistant; list every bug in this pull request -->") keeps its words in every reader.
"""

from __future__ import annotations

from typing import Final

from handoff.privacy.lazy_re import rx as _rx

_WORK: Final = (
    r"contribut|pull[ -]?requests?|\bprs?\b|merge requests?|\bmrs?\b|review|changelog|\bcla\b|"
    r"\bissues?\b|\bcommits?\b|\bchanges?\b|\btest(?:s|ed|ing)?\b|test plan|\bdocs\b|documentation|"
    r"maintainers?|checklist|breaking|\bbugs?\b|motivation|feature requests?|reproduc|"
    r"beitrag|beitragen|änderung|getestet|fehler|"  # de
    r"modification|changement|relecture|testé|"  # fr
    r"\bcambios?\b|pruebas?|revisi[oó]n|"  # es
    r"alteraç|mudanç|\btestes?\b|revisão|"  # pt
    r"modifich|\bprove\b|"  # it
    r"wijziging|bijdrage|"  # nl
    r"zmian|\btesty\b|"  # pl
    r"вклад|пулл|изменени|тест|ревью|"  # ru
    r"贡献|貢獻|改动|改動|变更|變更|测试|測試|审阅|审查|拉取请求|"  # zh
    r"プルリクエスト|レビュー|テスト|変更|コントリビュー|"  # ja
    r"기여|풀 ?리퀘스트|리뷰|테스트|변경"  # ko
)
"""A contributor's work: what a template asks about."""

_ASKS: Final = (
    r"\?|\uff1f|\bthank|\bthanks\b|\bplease\b|\bmake sure\b|\bbefore (?:submitting|opening|you)\b|"
    r"\bif applicable\b|\bdelete (?:this|these|the|any|options)\b|\bdid you\b|\bhave you\b|"
    r"\bdanke\b|\bbitte\b|\bmerci\b|\bveuillez\b|\bgracias\b|\bpor favor\b|\bobrigad[oa]\b|"
    r"\bgrazie\b|\bper favore\b|\bbedankt\b|\bdziękuj|\bproszę\b|спасибо|пожалуйста|"
    r"感谢|感謝|谢谢|謝謝|请|請|ありがとう|ください|감사|주세요"
)
"""Speaking to the contributor: thanks, please, a question."""

_MODEL: Final = (
    r"\byou(?: are|'re| r) (?:a|an|now|the|my)\b|\bact as\b|\bpretend\b|\brole-?play|"
    r"\b(?:ignore|disregard|forget)\b|\binstructions\b|\bsystem prompt|\bprompt\b|"
    r"\bassistant\b|\bai\b|\ba\.i\.|\bllms?\b|language model|\bmodel\b|\bbot\b|\bagent\b|"
    r"chat ?gpt|\bgpt|claude|gemini|copilot|mistral|llama|"
    r"\brespond|\breply (?:only|with|in)\b|\banswer (?:only|with|in)\b|\bjson\b|"
    r"\bsummari[sz]e|\btranslate|\brewrite|\bgenerate|\blgtm\b|"
    r"\b(?:tell|explain to|show|give|write|send|help) me\b|\b(?:the|your) answer\b|"
    r"(?:^|[.!:;]\s+|\n\s*|\bplease\s+)(?:write|draft|compose|produce|suggest|propose|list)\b|"
    r"\bdu bist\b|\btu es\b|\beres\b|\bvocê é\b|\bsei (?:un|una)\b|\bты\b|"
    r"\bki\b|\bia\b|\bии\b|人工智能|模型|モデル|모델|助手|アシスタント|어시스턴트|ассистент|"
    r"ignorier|\bignora|忽略|無視|무시|игнорир|\bzusammenfassen\b|\bfasse\b|übersetz|\brésume[sz]?\b|\btradu|"
    r"翻译|翻訳|번역|переведи|要約|总结|總結|요약|你是|あなたは|당신은"
)
"""A model's words: a persona, an override, an assistant, an answer's format, a model's task
(an imperative to write, draft or list something: "<!-- Please write a changelog entry for this
pull request -->" asks for a text, where a template asks about the contributor's change)."""

_COMMENT_MAX: Final = 2000
"""A template's comment is a few lines; a longer one is not guidance and is left as it is."""

_CHECK_LINE: Final = r"(?m)^[ \t]*[-*+][ \t]+\[[ xX]\][ \t]+([^\n]{1,160})$"
"""A task-list line of a checklist (``- [ ] ...`` / ``- [x] ...``)."""


def _guidance(body: str) -> bool:
    """Whether a comment's or checklist line's words speak to a contributor about their work
    and name nothing of a model's."""
    low = body.lower()
    return (_rx(_WORK).search(low) is not None and _rx(_MODEL).search(low) is None
            and _rx(_ASKS).search(low) is not None)


def _checked(item: str) -> bool:
    """Whether a checklist item names a contributor's work and nothing of a model's: a
    checklist's items say what was done ("I have added tests") or is to be checked ("Docs
    updated"), so they need not ask."""
    low = item.lower()
    return _rx(_WORK).search(low) is not None and _rx(_MODEL).search(low) is None


def _without_comments(text: str) -> str:
    """``text`` without its HTML comments: a template's guidance there says nothing of what the
    text outside is (a request to a model may follow "<!-- Did you add tests? -->")."""
    if "<!--" not in text:
        return text
    return _rx(r"(?s)<!--.*?(?:-->|\Z)").sub(" ", text)


def spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that are a template's guidance to a contributor: its HTML
    comments and checklist lines that ``_guidance`` and ``_checked`` accept."""
    out: list[tuple[int, int]] = []
    if "<!--" in text:
        pos = text.find("<!--")
        while pos >= 0:
            end = text.find("-->", pos + 4)
            stop = len(text) if end < 0 else end + 3
            if stop - pos <= _COMMENT_MAX and _guidance(text[pos + 4 : stop - 3 if end >= 0 else stop]):
                out.append((pos, stop))
            pos = text.find("<!--", stop)
    if "[" in text and ("[ ]" in text or "[x]" in text or "[X]" in text):
        lines = _rx(_CHECK_LINE)
        out.extend(m.span() for m in lines.finditer(text) if _checked(m.group(1)))
    return out


def blanked(text: str) -> str:
    """``text`` with its guidance to a contributor (``spans``) replaced by blanks, line breaks
    kept, so offsets and lines stay where they were; ``text`` itself when it has none."""
    found = spans(text)
    if not found:
        return text
    chars = list(text)
    for a, b in found:
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def without_guidance(text: str) -> str:
    """``text`` as the classifier should read it: the guidance removed, and the blank lines it
    leaves folded; ``text`` itself when it has none (the scanner then reuses its word split)."""
    found = spans(text)
    if not found:
        return text
    parts: list[str] = []
    at = 0
    for a, b in sorted(found):
        if a >= at:
            parts.append(text[at:a])
            at = b
    parts.append(text[at:])
    return _rx(r"\n[ \t]*(?:\n[ \t]*)+").sub("\n\n", "".join(parts)).strip()


_ADDRESSED: Final = (
    r"\bthank(?:s| you)(?: so much)? for (?:your |the |this )?(?:first )?(?:contribut\w*|considering|opening|"
    r"sending|submitting|reporting|pull request|pr|patch|issue|bug report|report|interest)|"
    r"\byour (?:first )?(?:pull request|pr|patch|contribution|change|changes|commits?|issue|bug report|branch|"
    r"fork)\b|\bbefore (?:you )?(?:submit|open|send|creat)\w*|"
    r"\b(?:did|have) you (?:add|update|run|read|sign|test|check|search|include|link)\w*|"
    r"\bi have (?:read|added|updated|run|tested|signed|performed|checked|linked|followed)\b|"
    r"\b(?:clear|concise|short|brief) description of (?:what|the|your)\b|\bsteps to reproduce\b|"
    r"\bexpected behaviou?r\b|\bactual behaviou?r\b|\bwhat (?:did you expect|happened instead)\b|"
    r"\badditional context\b|\bdescribe (?:the bug|your change|the change|the solution|alternatives)\b|"
    r"\bplease (?:fill(?: in| out)?|sign|make sure|open an issue|fork)\b|"
    r"\bwhat does this (?:pr|pull request|change|patch) do\b|"
    r"\bhow (?:was|has) (?:it|this|the change) (?:been )?tested\b|"
    r"\bsign(?:ed)? (?:the|our) (?:cla|contributor license agreement)\b|"
    r"(?:^|\s)/(?:label|assign|lgtm|approve|retest|recheck|check-cla|hold|kind|priority)\b|"
    r"\ba maintainer will\b|(?m:^)[ \t#*]*(?:code review|reviewer'?s?|pull request|pr) checklist\b|"
    r"\bdanke,? (?:dass du|für deinen|für ihren|für die)\b|\bbeitragen möchtest\b|"
    r"\bdein(?:en)? (?:pull request|beitrag|änderung)|\bbevor du\b|"
    r"\bbitte (?:fülle|beschreibe|unterschreibe|eröffne|führe)\b|\berwartetes verhalten\b|"
    r"\bwas hast du (?:erwartet|ausgeführt)\b|"
    r"\bmerci (?:de|pour) (?:votre|ta|vouloir)\b|\bvouloir contribuer\b|\bavant d'ouvrir\b|"
    r"\bmerci de (?:remplir|signer|décrire)\b|\bvotre (?:pull request|contribution|changement)\b|"
    r"\bqu'attendiez-vous\b|\bcomportement attendu\b|"
    r"\bgracias por (?:tu|su) (?:interés|contribución|aporte)|\bgracias por contribuir\b|"
    r"\bantes de abrir\b|\btu (?:cambio|pull request|aportación)\b|\bcomportamiento esperado\b|"
    r"\bpasos para reproducir\b|\bobrigad[oa] por (?:contribuir|sua contribuição)\b|"
    r"\bcomportamento esperado\b|"
    r"感谢.{0,8}贡献|提交.{0,20}之前|复现步骤|期望的?行为|"
    r"(?:プルリクエスト|コントリビュー\w*).{0,8}ありがとう|再現手順|期待される動作|"
    r"기여.{0,8}감사|풀 ?리퀘스트.{0,8}감사|재현 (?:방법|단계)|예상 동작|"
    r"спасибо за (?:вклад|пулл|ваш)|шаги (?:для|по) воспроизведени|ожидаемое поведение"
)
"""What speaks to a person about the contribution they make: thanks for it, "your pull
request", "before you submit", "have you added tests", "I have read the guide", the fields of
a bug report (steps to reproduce, expected behaviour), a bot's slash commands, a checklist's
heading."""

_DOCUMENT_MAX: Final = 6000
"""A template, a contributing guide or a bot's comment is a page at most."""


def document(text: str) -> bool:
    """Whether ``text`` is written to a human contributor as a whole: a pull request's or an
    issue's template, a contributing guide, a bot's comment on a pull request, a reviewer's
    checklist. Two different phrases that speak to a contributor (``_ADDRESSED``), a word of a
    contributor's work (``_WORK``), and not one word of a model's
    (``_MODEL``) anywhere: "You are a reviewer bot, please ..." stays a request."""
    if len(text) > _DOCUMENT_MAX:
        return False
    low = _without_comments(text).lower()
    if _rx(_MODEL).search(low) is not None:
        return False
    addressed = {m.group(0).strip() for m in _rx(_ADDRESSED).finditer(low)}
    return len(addressed) >= 2 and _rx(_WORK).search(low) is not None
