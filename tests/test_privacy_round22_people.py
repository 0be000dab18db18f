# ruff: noqa: RUF001
"""Round 22 (people22): chat between people further from a chat tool's own copy layout --
a channel's excerpt pasted into meeting notes, a postmortem or a ticket (bullets, ``>``
markers, bold or bracketed names, times in several formats or none, turns run onto one line
after a line naming the venue); desktop, mobile and export layouts (a name and a time above
the words, ``Name, 10:42``, ``Name — Today at 10:42``, ``name commented • 4h ago``, day words
in a dozen languages, phone-app export lines); conversations without names (``A:``/``B:``,
dash-led turns, alternating ``>`` quotes); and the near misses that must stay clean: one
author's notes, timelines, logs, rotas, agendas, signatures, changelogs.

Every positive here was missed by main before this round; every negative is clean on both.
"""

from __future__ import annotations

import pytest

from handoff.privacy import scan_text

POSITIVES = [
    # -- 1. a channel's excerpt carried inside another document ---------------------------------
    "## Weekly sync 2026-11-03\nAttendees: Ana, Tomasz, Keiko\n\nFrom #search-infra, pasted:\n"
    "- Tomasz: did anyone bump the shard count on prod?\n- Keiko: yes, I went to 12 on Monday",
    "Postmortem INC-812, timeline. Excerpt of the incident channel:\n"
    "> **Rui** 02:14 anyone else paged for the ledger?\n> **Mette** 02:16 yes, disk on db-3 is full",
    "Ticket SUP-4410. The customer thread in our support channel went like this:\n"
    "[Greta] can you check whether the export job ran last night?\n"
    "[Oskar] it did, but it wrote zero rows, looking now",
    "from slack: Kwabena: is the staging db back up? Ilse: not yet, restore is at 70%",
    "pasted from the team chat: Jorge: ¿quién tiene acceso al bucket de backups? "
    "Lucía: yo, te lo comparto ahora",
    "Aus dem Team-Channel kopiert: Jannik: hat jemand den Cache auf prod geleert? "
    "Merle: ja, ich, sorry, war für den Hotfix",
    "copié depuis le canal #infra :\nCamille : quelqu'un a redémarré le broker ?\n"
    "Théo : oui moi, il ne répondait plus",
    "incident channel excerpt 王磊：你那边还能复现吗？ 陈静：不能了，我刚回滚了",
    "Wiki: deploy freeze FAQ. From the channel:\n"
    "*Priyanka*: can we still ship hotfixes during the freeze?\n"
    "*Dmitri*: yes, with a second approver",
    "Meeting notes, release review. Chat from the call:\n"
    "(10:02) Sunita: can someone share the dashboard link?\n(10:03) Marek: sent it in the chat",
    "Notatki ze spotkania. Z kanału #platforma:\n"
    "Kasia: ktoś ruszał konfigurację DNS? nic się nie resolvuje\nPiotr: ja, już cofam",
    "インシデントのスレッドから抜粋：\n佐藤：デプロイ止めてもらえますか？まだエラー出てます\n田中：了解、ロールバックします",
    "from the #ops thread:\nMinh: ai vừa deploy lên prod vậy? lỗi tăng vọt\nHương: mình đây, đang rollback rồi",
    "Postmortem draft -- what was said in the war room:\n"
    "  Halvard: should we fail over to the second region?\n"
    "  Ngozi: not yet, the replica lags by four minutes",
    # -- 2. desktop, mobile and export layouts -------------------------------------------------
    "Leilani — Today at 10:42 AM\ndid the nightly build go green for you?\n"
    "Bartosz — Today at 10:45 AM\nyes, all 412 tests pass now",
    "Wiremu, 09:14\ncan you look at the flaky upload test?\nHenrike, 09:20\nsure, after lunch",
    "Anneke 14:02\nis the VPN down for everyone?\nRavindra 14:03\nyep, IT is on it",
    "jaroslav commented • 3h ago\ncould we split this PR into two? it is hard to review\n"
    "--\nmarisol commented • 2h ago\nfair, I'll move the migration into its own PR",
    "Oluwaseun commented 2 hours ago\nWhy does the retry loop sleep for 30s here?\n"
    "Tereza commented 1 hour ago\nIt matches the vendor's rate limit, see their docs",
    "Fenna — Heute um 09:12\nkönnt ihr kurz auf den Staging-Deploy schauen?\n"
    "Lasse — Heute um 09:15\nklar, schaue ich mir an",
    "Élodie — Aujourd'hui à 16:05\nquelqu'un a les accès à la console ?\n"
    "Bastien — Aujourd'hui à 16:07\noui, je te les envoie",
    "Ximena — hoy a las 11:30\n¿alguien sabe por qué falla el pipeline?\n"
    "Rodrigo — hoy a las 11:32\nfalta una variable, ya la agregué",
    "Светлана — Сегодня в 12:40\nкто-нибудь трогал ingress?\nАртём — Сегодня в 12:41\nя, уже откатил",
    "[03.12.26 10:42] Ingrid: are we still on for the release at 3?\n"
    "[03.12.26 10:44] Magnus: yes, I'll start the freeze at 2",
    "12/3/26, 9:01 PM - Thandiwe: can you restart the worker?\n12/3/26, 9:03 PM - Kofi: done 👍",
    "Nadia Haddad, [03.12.2026 18:20]\nwho is on call tonight?\n"
    "Samir Aziz, [03.12.2026 18:22]\nme, ping me if anything breaks",
    "10:42\tYuna\t明日のリリース、予定通りですか？\n10:44\tHaruto\tはい、15時からです",
    "[민수] [오전 10:42] 배포 아직 안 했죠?\n[지은] [오전 10:44] 네, 보류할게요",
    "Dana [16:06]: can you send me the link to the design doc?\nMei [16:14]: here, docs/design/v2.md",
    "10:07 Dana: does anyone remember why we pinned react-query?\n"
    "10:10 Ines: there was a regression in the newer version, see #95",
    "[10:42 AM] Ferreira, Joana\nCan you approve my access request?\n"
    "[10:45 AM] Lindqvist, Per\nApproved, you should have it in a few minutes",
    "Guo Mei 2026-12-03 10:42:15\n今天还发版吗？\nLiu Yang 2026-12-03 10:43:02\n发，下午三点",
    "Noor\n10:12 AM\ncan someone review my PR before the freeze?\nIbrahim\n10:15 AM\non it",
    "Akosua  Yesterday at 4:12 PM\nthe demo env is down again, any idea why?\n"
    "Emeka  Yesterday at 4:20 PM\ncert expired, renewing it now",
    "Ayşe, 14:05\nstaging'e kim deploy etti?\nMert, 14:07\nben, hemen geri alıyorum",
    "Pavla (edited) 10:12\ncan we move standup to 10:30 tomorrow?\nOndřej 10:14\nworks for me 👍",
    '{"from": "Signe", "date": "2026-12-03T10:42:00", "text": "is the VPN down for you too?"}\n'
    '{"from": "Aleksi", "date": "2026-12-03T10:43:10", "text": "yes, since ten minutes"}',
    "Time,User,Text\n2026-12-03 10:42,Signe,is the VPN down for you too?\n"
    "2026-12-03 10:43,Aleksi,yes since ten minutes",
    "สมชาย — วันนี้ เวลา 10:42\nใครแก้ config ของ staging ไปบ้าง?\nมาลี — วันนี้ เวลา 10:45\nฉันเอง กำลังย้อนกลับอยู่",
    "오늘 오전 10:42 민준\n혹시 배포 아직 안 했죠?\n오늘 오전 10:44 서연\n네, 알림 주세요",
    "今天 10:42 王磊\n你那边还能复现吗？\n今天 10:45 陈静\n不能了，我刚回滚了",
    # -- 3. conversations without names --------------------------------------------------------
    "A: did you restart the ingest worker?\nB: yes, twice, it still crashes on start\n"
    "A: ok, can you send me the stack trace?",
    "— você já rodou a migração em staging?\n— ainda não, estou esperando o backup\n— beleza, me avisa",
    "— ты выкатил фикс на прод?\n— нет ещё, жду ревью\n— ок, пингани когда будет",
    "> did you push the fix to the release branch?\nyes, an hour ago\n"
    "> and did CI pass?\nnot yet, one job is still queued",
    "Person A: can you take the on-call swap next week?\nPerson B: sure, if you take mine in January",
    "JD: can you take a look at the failing nightly job?\nMK: sure, give me ten minutes\nJD: thanks!",
    "pasted from our team chat:\n- did you see the alert on checkout?\n- yes, it's the card vendor again\n- ugh, can you open a ticket?",
    "A：你今天能把 PR 合了吗？\nB：可以，下午合\nA：好的，谢谢",
    # -- 4. more languages and scripts ---------------------------------------------------------
    "من قناة الفريق:\nسارة: هل قام أحد بالنشر على الإنتاج؟\nخالد: نعم أنا، أتراجع الآن",
    "מתוך הצ'אט של הצוות:\nנועה: מישהו נגע בקונפיג של nginx?\nאיתי: כן אני, מחזיר עכשיו",
    "टीम चैट से:\nराहुल: क्या किसी ने प्रोड पर डिप्लॉय किया?\nनेहा: हाँ मैंने, अभी रोलबैक कर रही हूँ",
    "จากแชทของทีม:\nสมชาย: ใครแก้ config ของ staging ไปบ้าง?\nมาลี: ฉันเอง กำลังย้อนกลับอยู่",
    "Dari grup WhatsApp tim: Budi: ada yang deploy ke prod barusan? Sari: aku, lagi rollback",
    "Uit het teamkanaal: Sanne: wie heeft de cache op prod geleegd? Daan: ik, sorry, voor de hotfix",
    "Dal canale del team:\nGiulia: qualcuno ha toccato la config di nginx?\nMatteo: sì io, la ripristino subito",
    "Från teamets kanal:\nElin: har någon startat om brokern?\nOskar: ja, jag, den svarade inte",
    "LINEのグループより：\n健太：今日のリリース延期できますか？\n美咲：了解です、明日にします",
    "카톡방에서 복사: 김민수: 혹시 배포 아직 안 했죠? 이지은: 네 보류할게요, 알림 주세요",
    "微信群聊记录：\n张伟：测试环境是不是挂了？\n李娜：是的，我在重启",
    "Z vlákna v Teams:\nJana: může někdo schválit můj PR?\nTomáš: jasně, kouknu na to hned",
]
"""At least 50 positives over several forms, in more than six languages."""

NEGATIVES = [
    # one author's meeting notes, agendas, action items
    "## Weekly sync 2026-11-03\nAttendees: Ana, Tomasz, Keiko\n\n- Tomasz: shard count raised to 12\n"
    "- Keiko: owns the reindex, due Friday\n- Ana: on leave next week",
    "Agenda, release review:\n1. Sunita: dashboard walkthrough\n2. Marek: rollout plan\n3. Questions?",
    "Action items:\nRui: rotate the on-call schedule\nMette: file the disk alert ticket\nOpen question: who owns db-3?",
    "Meeting notes (single author): we agreed to freeze on Thursday. Chat link in the invite.",
    "Besprechungsnotizen:\nJannik: Cache-TTL auf 300 s erhöht\nMerle: Hotfix ausgerollt\nNächster Termin: Montag",
    "Compte rendu :\nCamille : redémarrage du broker fait\nThéo : surveillance ajoutée",
    # postmortem timelines with times, nobody speaking to anyone
    "Timeline (UTC):\n02:14 Rui paged for ledger latency\n02:16 Mette found db-3 disk full\n"
    "02:31 disk expanded, latency normal",
    "Timeline\n14:02 — alert fired for checkout 5xx\n14:05 — Bartosz acknowledged\n14:20 — rollback complete",
    "Detection 14:02\nAlerts fired for checkout; error rate 12%.\nMitigation 14:20\nRolled back to 2.3.1.",
    "時系列:\n10:42 佐藤がアラートを確認\n10:50 田中がロールバック\n11:05 復旧",
    "时间线：\n10:42 王磊 收到告警\n10:45 陈静 回滚\n11:00 恢复正常",
    # CI and deploy logs with names and times
    "10:42:01 deploy: started by jaroslav\n10:44:12 deploy: finished, 3 pods ready",
    "[10:42] build #4411 started by marisol\n[10:49] build #4411 passed (412 tests)",
    "2026-12-03 10:42 Ingrid triggered pipeline 9912\n2026-12-03 10:51 pipeline 9912 succeeded",
    "ci-bot 10:42\nBuild passed on main\nci-bot 10:55\nBuild passed on release/2.4",
    # git logs, changelogs, reviewers, rotas
    "commit 3f2a1c9\nAuthor: Tereza Novak <tereza@example.com>\nDate: Thu Dec 3 10:42 2026\n\n    Fix retry loop sleep",
    "jaroslav commented on a0b1c2d, closed this as completed 3h ago",
    "Changelog 2.4.0\n- Oluwaseun: retry loop honours the vendor's rate limit\n- Tereza: docs for the export API",
    "Reviewers: Leilani, Bartosz\nApprovals: 2 of 2\nMerged 10:45 AM",
    "On-call rota\nWeek 49: Noor\nWeek 50: Ibrahim\nWeek 51: Akosua (swap with Emeka?)",
    "Leilani — Today at 10:42 AM\nBartosz — Today at 10:45 AM",
    "Wiremu, 09:14\nHenrike, 09:20\n(both joined the call)",
    # e-mail signatures and contact blocks
    "Best regards,\nNadia Haddad, Platform team\nTel. +44 20 7946 0000, 09:00-17:00",
    "-- \nSamir Aziz\nSRE, Cloud Ops\nOffice hours: Mon-Fri, 10:00-18:00",
    # nameless lists that look like turns
    "A: 12 ms p50\nB: 18 ms p50\nC: 25 ms p50",
    "Options:\nA: keep the cache\nB: drop it?\nC: shard it",
    "- retried the upload?\n- yes, three times\n- failed each time with 413",
    "> Note: this flag is deprecated.\nUse --format=json instead.",
    "— backed up the database\n— migrated the schema\n— restarted the workers",
    "Q: What does --dry-run do?\nA: It prints the plan without applying it.",
    # venue words and lead-ins with no one talking
    "from slack: the deploy notifications now go to #deploys instead of #general",
    "Pasted from the team chat: the freeze starts Thursday 18:00 UTC.",
    "从群聊复制：发布时间改到周四下午三点。",
    "チャットより：リリースは木曜日に延期。",
    "Aus dem Team-Channel: Freeze ab Donnerstag, Hotfixes nur mit zweitem Review.",
    "Channel topic: Jorge: owner of backups. Lucía: owner of restores.",
    "incident channel excerpt: alert resolved at 10:42, no customer impact",
    # a day word and a name that are not a chat
    "Deployed Today at 10:42 AM by Leilani (release 2.4.1)",
    "Heute um 09:12 Uhr: Wartung des Staging-Clusters, Verantwortlich: Lasse",
    "Aujourd'hui à 16:05 : maintenance de la base, responsable : Bastien",
    "Сегодня в 12:40 плановые работы, ответственный: Артём",
    "오늘 오전 10:42 배포 완료 (담당: 민준)",
    "今天 10:42 发布完成，负责人：王磊",
    # key: value records and tables with names
    "Owner: Ingrid\nReviewer: Magnus\nStatus: merged\nWhen: 12/3/26, 9:01 PM",
    "name,role,since\nSigne,sre,2024\nAleksi,dev,2025",
    "Time,User,Action\n2026-12-03 10:42,Signe,login\n2026-12-03 10:43,Aleksi,logout",
    '{"user": "Signe", "action": "login", "at": "2026-12-03T10:42:00"}\n'
    '{"user": "Aleksi", "action": "logout", "at": "2026-12-03T10:43:10"}',
    # a single person's note, with a question to themselves
    "Tomasz: shard count on prod is 12 now; should we go to 16 next quarter? Probably not.",
    "Note to self 10:42: check whether the export job ran. 10:50: it did.",
    "Keiko, 09:14: reindex started.\nKeiko, 09:40: reindex done?\nKeiko, 09:41: yes.",
    # quoting a document, an error, a help text
    "> Error: connection refused\nThe broker was down; restarted it at 10:42.",
    "Usage: handoff note add --title TITLE --body BODY\nExample: handoff note add --title x --body y",
    "Sign-off:\nPriyanka — QA\nDmitri — Security\nAll approvals in by 10:42 AM Today",
]


@pytest.mark.parametrize("text", POSITIVES)
def test_chat_between_people_in_any_layout_is_chat(text: str) -> None:
    assert scan_text(text), text


@pytest.mark.parametrize("text", NEGATIVES)
def test_notes_timelines_logs_and_lists_stay_clean(text: str) -> None:
    assert not scan_text(text), (text, scan_text(text))


def test_counts() -> None:
    assert len(POSITIVES) >= 50 and len(NEGATIVES) >= 50
