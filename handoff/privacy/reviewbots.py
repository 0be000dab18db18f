# ruff: noqa: RUF001, RUF002  (headings written in their own scripts, full-width colons)
"""Prompt cue: an AI reviewer's or coding assistant's reply pasted into a note, in any language.

Review bots (CodeRabbit, Copilot, Gemini Code Assist, Sourcery and the like) answer in the
team's language when asked to, and what they post has a layout no person writes by hand:

- a count of what they post, under their own heading: "Actionable comments posted: 3",
  "対応が必要なコメント: 2件", "조치가 필요한 코멘트: 3개", "需要处理的评论：2 条",
  "Copilot reviewed 4 out of 4 changed files ... and generated 2 comments";
- a walkthrough heading over a table of changed files and their summaries ("## Walkthrough" ...
  "| File | Change Summary |", "## ウォークスルー" ... "| ファイル | 変更の概要 |");
- the labels they put over one finding ("⚠️ Potential issue", "📝 Committable suggestion",
  "🛠️ Refactor suggestion");
- an assistant introducing itself by product name ("I'm Gemini Code Assist!").

A reviewer's own words in a coding assistant's chat panel have the shape of an answer instead:
it opens by saying it read the change ("I reviewed the changes in `x`", "変更内容を確認しました"),
gives its overall verdict with a reservation ("Overall this looks good, but", "全体的には問題
なさそうですが") and lists its concerns as numbered points. A person's review comment says one of
these, rarely all three; an agent's report says it reviewed and what it did next.

A doc describing what a review bot does names the bot and its walkthrough in a sentence, never
under its headings with counts: those are left alone. Runs only when no other cue found the
text (``cues._session14``).
"""

from __future__ import annotations

from handoff.privacy.cue_words import PROMPT, _Hit
from handoff.privacy.lazy_re import rx as _rx

RULE_ID = "model-output-label"

_COUNT = (
    r"(?im)^[ \t>*_#]*(?:actionable comments posted|nitpick comments|対応が必要なコメント"
    r"|修正が必要なコメント|조치가 필요한 코멘트|조치 가능한 코멘트|需要处理的评论|可操作的评论"
    r"|комментарии, требующие действий|commentaires exploitables publiés|umsetzbare kommentare"
    r"|comentarios accionables publicados|comentários acionáveis publicados)"
    r"[ \t*_]*(?:[:：][ \t*_]*\d+|\(\d+\))"
    r"|\b(?:copilot|gemini|coderabbit|sourcery)[\w -]{0,20} reviewed \d+ out of \d+ changed files\b"
    r"|^[ \t>*_#]*summary by (?:coderabbit|[\w-]*(?:bot|assistant|-ai|copilot))[ \t*_]*$"
)
"""A bot's count of what it posted, under its own words: a line of its heading."""

_LABELS = (
    r"(?m)^[ \t>*_]*(?:\u26a0\ufe0f?|\U0001f6e0\ufe0f?|\U0001f4dd|\U0001f9f9|\U0001f4a1)[ \t]*"
    r"(?i:potential issue|refactor suggestion|committable suggestion|nitpick comments?"
    r"|verification agent|codebase verification|潜在的な問題|リファクタリングの提案|コミット可能な提案"
    r"|잠재적 문제|리팩터링 제안|커밋 가능한 제안|潜在问题|重构建议|可提交的建议"
    r"|потенциальная проблема|предложение по рефакторингу|problème potentiel|possible problème"
    r"|mögliches problem|potenzielles problem|problema potencial)"
)
"""The labels a review bot puts over one finding, after its emoji (a person does not type
them)."""

_WALK = (
    r"(?im)^(?:#{1,4}[ \t]*|\*\*)(?:walkthrough|ウォークスルー|워크스루|演练|演練|пошаговый обзор"
    r"|procédure pas à pas|exemplarischer durchgang|recorrido)(?:\*\*)?[ \t]*$"
)
_SUBJECT = (
    r"(?i)[ \t]*\n+[ \t]*(?:the changes? (?:introduces?|adds?|updates?|replaces?|moves?|wraps?)"
    r"|this (?:pr|pull request|change) (?:introduces|adds|updates|replaces|moves|wraps|changes)"
    r"|この(?:変更|プルリクエスト|pr)(?:で|は)|이번 변경은|이 pr은|此次变更|本次变更|该 pr"
    r"|изменение (?:добавляет|вводит)|dieser pr|diese änderung|este pr|esta pr|ce pr|cette pr)"
)
"""A walkthrough's first sentence: the change as its subject (a person's walkthrough of a
deploy goes on with steps)."""
_TABLE = (
    r"(?im)^\|[ \t]*(?:files?|cohort ?/ ?file\(s\)|ファイル|파일|文件|файл|fichiers?|dateien?|archivos?"
    r"|arquivos?)[ \t]*\|[ \t]*(?:change summary|summary|changes?|変更の概要|変更内容|概要|변경 요약"
    r"|요약|变更摘要|摘要|краткое описание|описание|résumé des changements|résumé"
    r"|zusammenfassung|resumen(?: de cambios)?|resumo)[ \t]*\|"
)
_SELF = (
    r"(?i)\b(?:i'?m|i am|ich bin|soy|je suis|sono|sou|jestem|я\s*[—-]|我是|私は)[ \t]*"
    r"(?:gemini code assist|coderabbit|github copilot|sourcery|qodo merge|cursor bugbot)\b"
)

_NAMES = ("gemini code assist", "coderabbit", "github copilot", "sourcery", "qodo merge", "cursor bugbot")

_READ = (
    r"(?i)[ \t>*_#]*(?:i(?:'ve| have)? (?:reviewed|looked (?:at|over|through)|went through|read"
    r" through) (?:the|your) (?:changes|diff|pr|pull request|code)"
    r"|j'ai (?:relu|examiné|passé en revue) (?:les|vos|tes) (?:modifications|changements)"
    r"|ich habe mir (?:die|deine|ihre) änderungen"
    r"|(?:he )?revis[ée] (?:los|tus|sus) cambios|revisei (?:as|suas) (?:alterações|mudanças)"
    r"|ho (?:esaminato|rivisto|letto) le modifiche"
    r"|変更(?:内容|点)?を(?:確認|レビュー)しました|변경 ?사항을 (?:검토|확인|리뷰)했습니다"
    r"|我(?:看了一下|检查了|审查了|review 了)[^\n。]{0,60}?(?:的)?(?:改动|修改|变更|代码)"
    r"|я (?:посмотрел|просмотрел|проверил|изучил)[а]? (?:изменения|дифф|код|pr))"
)
_OVERALL = (
    r"(?i)(?:overall|in general|on the whole|dans l'ensemble|globalement|insgesamt|im großen und"
    r" ganzen|en general|no geral|nel complesso|全体的に(?:は)?|전반적으로|整体|总体|總體"
    r"|в целом)[^\n]{0,80}?(?:\bbut\b|\bmais\b|\baber\b|\bpero\b|\bmas\b|\bma\b|が|지만|不过|但是|但"
    r"|\bно\b)"
)
_DID = (
    r"(?<![a-z])(?:and|then|und|dann|et|puis|y|luego|e|depois|poi|и|потом|затем)(?![a-z\u0400-\u04ff])"
    r"|そして|その後|并且|然后|하고|한 뒤"
)
"""Between the reading and the verdict, an agent's report goes on with what it did next ("I
reviewed the changes in `x` and merged them. Overall ..."); a reviewer goes straight to its
verdict."""
_POINTS = r"(?m)^[ \t]*(?:1[.)]|[-*•])[ \t]+\S[^\n]*\n[ \t]*(?:2[.)]|[-*•])[ \t]+\S"
_COUNT_ASCII = ("actionable comments", "nitpick comments", "reviewed", "summary by")
"""Words one of which a lower-cased ASCII text that ``_COUNT`` matches holds: each of its
ASCII alternatives spells one, and its other alternatives cannot match ASCII text."""


def _may_count(text: str, lo: str) -> bool:
    """False only where ``_COUNT`` cannot match ``lo``. ``_COUNT`` has no literal start and was
    tried at every character of any note with a colon (~100 µs of a 2 KB note, session 23):
    for ASCII text the words of ``_COUNT_ASCII`` decide exactly; text that is not ASCII keeps
    the looser test (case folding beyond ``str.lower`` makes a word list inexact there)."""
    if text.isascii():
        return any(w in lo for w in _COUNT_ASCII)
    return ":" in text or "\uff1a" in text or "(" in text or "reviewed" in lo or "summary by" in lo


def review_hits(text: str, hits: list[_Hit]) -> None:
    """Add a ``model-output-label`` finding when ``text`` holds a review bot's layout or a
    coding assistant's review answer (see the module's docstring)."""
    lo = text.lower()
    if _may_count(text, lo):
        m = _rx(_COUNT).search(lo)
        if m is not None:
            hits.append((PROMPT, 1, m.start(), m.end(), RULE_ID))
            return
    if "\u26a0" in text or "\U0001f6e0" in text or "\U0001f4dd" in text or "\U0001f9f9" in text or (
            "\U0001f4a1" in text):
        m = _rx(_LABELS).search(text)
        if m is not None:
            hits.append((PROMPT, 1, m.start(), m.end(), RULE_ID))
            return
    if "#" in text and "|" in text:
        m = _rx(_WALK).search(lo)
        if m is not None and _rx(_TABLE).search(lo, m.end(), m.end() + 2000) is not None:
            hits.append((PROMPT, 1, m.start(), m.end(), RULE_ID))
            return
    if "walkthrough" in lo or "**" in text:
        m = _rx(_WALK).search(lo)
        if m is not None and _rx(_SUBJECT).match(lo, m.end()) is not None:
            hits.append((PROMPT, 1, m.start(), m.end(), RULE_ID))
            return
    m = _rx(_SELF).search(text) if any(n in lo for n in _NAMES) else None
    if m is not None:
        hits.append((PROMPT, 1, m.start(), m.end(), RULE_ID))
        return
    m = _rx(_READ).match(text, 0, 300)
    if m is None and ":\n" in text[:1000]:
        label = text.find(":\n", 0, 1000)  # "review-bot:" on its line, the reply below it
        m = _rx(_READ).match(text, label + 2, label + 300)
    if m is None:
        return
    verdict = _rx(_OVERALL).search(text, m.end(), m.end() + 120)
    if verdict is None or _rx(_DID).search(lo, m.end(), verdict.start()) is not None:
        return
    if _rx(_POINTS).search(text, verdict.end(), verdict.end() + 1500) is not None:
        hits.append((PROMPT, 1, m.start(), m.end(), RULE_ID))
