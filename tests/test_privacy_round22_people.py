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
    # -- 1. a channel's excerpt carried inside another document ------------------------------------
    "## Weekly sync 2026-11-03\nAttendees: Ana, Tomasz, Keiko\n\nFrom #search-infra, pasted:\n"
    "- Tomasz: did anyone bump the shard count on prod?\n- Keiko: yes, I went to 12 on Monday",
    "Postmortem INC-812, timeline. Excerpt of the incident channel:\n"
    "> (02:14) Rui: anyone else paged for the ledger?\n> (02:16) Mette: yes, disk on db-3 is full",
    "Ticket SUP-4410. The customer thread in our support channel went like this:\n"
    "[Greta] can you check whether the export job ran last night?\n"
    "[Oskar] it did, but it wrote zero rows, looking now",
    "from slack: Kwabena: is the staging db back up? Ilse: not yet, restore is at 70%",
    "pasted from the team chat: Jorge: ¿quién tiene acceso al bucket de backups? Lucía: yo, te lo comparto ahora",
    "Aus dem Team-Channel kopiert: Jannik: hat jemand den Cache auf prod geleert? "
    "Merle: ja, ich, sorry, war für den Hotfix",
    "copié depuis le canal #infra : Camille : broker redémarré ? Théo : oui, par moi",
    "incident channel excerpt 王磊：你那边还能复现吗？ 陈静：不能了，我刚回滚了",
    "Wiki: deploy freeze FAQ. From the channel:\n*Priyanka*: can we still ship hotfixes during the freeze?\n"
    "*Dmitri*: yes, with a second approver",
    "Meeting notes, release review. Chat from the call:\n(10:02) Sunita: can someone share the dashboard link?\n"
    "(10:03) Marek: sent it in the chat",
    "Z kanału #platforma: Kasia: ktoś ruszał konfigurację DNS? nic się nie resolvuje Piotr: tak, ja, już cofam",
    "インシデントのスレッドから抜粋： 佐藤：デプロイ止めてもらえますか？ 田中：了解、ロールバックします",
    "Minh — Hôm nay lúc 10:42\nai vừa deploy lên prod vậy? lỗi tăng vọt\nHương — Hôm nay lúc 10:43\n"
    "mình đây, đang rollback rồi",
    "Postmortem draft -- pasted from the war-room channel:\n- Halvard: should we fail over to the second region?\n"
    "- Ngozi: not yet, the replica lags by four minutes",
    # -- 2. desktop, mobile and export layouts -----------------------------------------------------
    "Leilani — 12/03/2026 10:42 AM\nnightly build green on your side?\nBartosz — 12/03/2026 10:45 AM\n"
    "yes, 412 tests pass",
    "Wiremu, 09:14\nupload test flaky again, anyone on it?\nHenrike, 09:20\nme, after lunch",
    "Anneke 14:02\nis the VPN down for everyone?\nRavindra 14:03\nyep, IT is on it",
    "jaroslav commented • 3h ago\ncould we split this PR into two? it is hard to review\n--\n"
    "marisol commented • 2h ago\nfair, I'll move the migration into its own PR",
    "Oluwaseun commented 2 hours ago\nWhy does the retry loop sleep for 30s here?\nTereza commented 1 hour ago\n"
    "It matches the vendor's rate limit, see their docs",
    "Sanne — Vandaag om 09:12\nheeft iemand de staging-deploy gezien?\nDaan — Vandaag om 09:15\nja, hij draait weer",
    "Élodie — Aujourd'hui à 16:05\nquelqu'un a les accès à la console ?\nBastien — Aujourd'hui à 16:07\n"
    "oui, je te les envoie",
    "Ximena — hoy a las 11:30\n¿alguien sabe por qué falla el pipeline?\nRodrigo — hoy a las 11:32\n"
    "falta una variable, ya la agregué",
    "Светлана — Сегодня в 12:40\nкто-нибудь трогал ingress?\nАртём — Сегодня в 12:41\nя, уже откатил",
    "Ingrid [03.12.26 10:42]: are we still on for the release at 3?\n"
    "Magnus [03.12.26 10:44]: yes, the freeze starts at 2",
    "Thandiwe (edited) 9:01 PM\nthe worker is stuck again, restart?\nKofi 9:03 PM\ndone 👍",
    "Nadia Haddad, [03.12.2026 18:20]\nwhose on-call night is it?\nSamir Aziz, [03.12.2026 18:22]\n"
    "mine, I swapped with Omar",
    "10:42\tYuna\t明日のリリース、予定通りですか？\n10:44\tHaruto\tはい、15時からです",
    "[민수] [오전 10:42] 배포 아직 안 했죠?\n[지은] [오전 10:44] 네, 보류할게요",
    "Dana [16:06]: can you send me the link to the design doc?\nMei [16:14]: here, docs/design/v2.md",
    "10:07 Dana: does anyone remember why we pinned react-query?\n"
    "10:10 Ines: there was a regression in the newer version, see #95",
    "[10:42 AM] Ferreira, Joana\nmy access request is still pending, any news?\n[10:45 AM] Lindqvist, Per\n"
    "approved a minute ago",
    "Guo Mei 2026-12-03 10:42:15\n今天还发版吗？\nLiu Yang 2026-12-03 10:43:02\n发，下午三点",
    "Noor\n10:12 AM\ncan someone review my PR before the freeze?\nIbrahim\n10:15 AM\non it",
    "Akosua  Yesterday at 4:12 PM\nthe demo env is down again, any idea why?\nEmeka  Yesterday at 4:20 PM\n"
    "cert expired, renewing it now",
    "Ayşe, 14:05\nstaging'e kim deploy etti?\nMert, 14:07\nben, hemen geri alıyorum",
    "Pavla (edited) 10:12\ncan we move standup to 10:30 tomorrow?\nOndřej 10:14\nworks for me 👍",
    '{"from": "Signe", "date": "2026-12-03T10:42:00", "text": "is the VPN down for you too?"}\n'
    '{"from": "Aleksi", "date": "2026-12-03T10:43:10", "text": "yes, since ten minutes"}',
    '{"sender_name": "Signe", "msg": "staging VPN down again?", "ts": 1764758520}\n'
    '{"sender_name": "Aleksi", "msg": "yep, since 10:32", "ts": 1764758580}',
    "สมชาย — วันนี้ เวลา 10:42\nใครแก้ config ของ staging ไปบ้าง?\nมาลี — วันนี้ เวลา 10:45\nฉันเอง กำลังย้อนกลับอยู่",
    "오늘 오전 10:42 민준\n혹시 배포 아직 안 했죠?\n오늘 오전 10:44 서연\n네, 알림 주세요",
    "今天 10:42 王磊\n你那边还能复现吗？\n今天 10:45 陈静\n不能了，我刚回滚了",
    "2026년 12월 3일 오전 10:42, 민준 : 혹시 배포 아직 안 했죠?\n2026년 12월 3일 오전 10:44, 서연 : 네, 보류할게요",
    "2026/12/03(水) 10:42\t健太\t今日のリリース延期できますか？\n2026/12/03(水) 10:44\t美咲\t了解です",
    "Teodora\nis the build broken for you too?\n10:42\nMiroslav\nyes, since the merge\n10:44",
    "JD  10:42\nnightly job red again, known?\nMK  10:44\nyes, the mirror is down",
    "Fenna — Heute um 09:12 Uhr\nStaging ist wieder rot, hat jemand was geändert?\nLasse — Heute um 09:15 Uhr\n"
    "ja, ich, Rollback läuft",
    "Inès, 14h05\nquelqu'un peut relire ma PR ?\nMaxime, 14h07\noui, je regarde",
    "سارة ١٠:٤٢ ص\nهل قام أحد بالنشر؟\nخالد ١٠:٤٥ ص\nنعم أنا، أتراجع الآن",
    "Postmortem, from the wiki:\n| 10:42 | Ana | is the db down for you too? |\n"
    "| 10:43 | Bob | yes, restoring from the 10:00 snapshot |",
    "| Ana | 10:42 | anyone seeing 502s? |\n| Bob | 10:44 | me, since the deploy |",
    # -- 3. conversations without names ------------------------------------------------------------
    "A: ingest worker restarted yet?\nB: twice, still crashing on start\nA: ugh, ok. trace in the ticket?",
    "— você já rodou a migração em staging?\n— ainda não, estou esperando o backup\n— beleza, me avisa",
    "— ты выкатил фикс на прод?\n— нет ещё, жду ревью\n— ок, пингани когда будет",
    "> did you push the fix to the release branch?\nyes, an hour ago\n> and did CI pass?\n"
    "not yet, one job is still queued",
    "– ¿ya corriste la migración en staging?\n– todavía no, espero el backup\n– vale, avísame, gracias",
    "JD: nightly job red again?\nMK: yes, mirror down\nJD: ugh, thanks",
    "pasted from our team chat:\n- did you see the alert on checkout?\n- yes, it's the card vendor again\n"
    "- ugh, can you open a ticket?",
    "A：今日のリリース、予定通り？\nB：うん、15時から\nA：了解、ありがとう",
    # -- 4. more languages and scripts -------------------------------------------------------------
    "من قناة الفريق:\nسارة: هل قام أحد بالنشر على الإنتاج؟\nخالد: نعم أنا، أتراجع الآن",
    "מתוך הצ'אט של הצוות:\nנועה: מישהו נגע בקונפיג של nginx?\nאיתי: כן אני, מחזיר עכשיו",
    "टीम चैट से: राहुल: प्रोड पर डिप्लॉय किसने किया? नेहा: मैंने, अभी रोलबैक चल रहा है",
    "จากแชทของทีม:\nสมชาย: ใครแก้ config ของ staging ไปบ้าง?\nมาลี: ฉันเอง กำลังย้อนกลับอยู่",
    "Dari grup WhatsApp tim: Budi: ada yang deploy ke prod barusan? Sari: aku, lagi rollback",
    "Uit het teamkanaal: Sanne: prod-cache leeg, wie was dat? Daan: ik, voor de hotfix",
    "Dal canale del team:\nGiulia: qualcuno ha toccato la config di nginx?\nMatteo: sì io, la ripristino subito",
    "Från teamets kanal: Elin: har någon startat om brokern? Oskar: ja, jag, den svarade inte",
    "LINEのグループより： 健太：今日のリリース延期？ 美咲：はい、明日にします",
    "카톡방에서 복사: 김민수: 혹시 배포 아직 안 했죠? 이지은: 네 보류할게요, 알림 주세요",
    "微信群聊记录：\n张伟：测试环境是不是挂了？\n李娜：是的，我在重启",
    "Z vlákna v Teams: Jana: může někdo schválit můj PR? Tomáš: jasně, kouknu na to hned",
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
    # schedules, agendas and timelines whose times stand beside a title, not a speaker
    "Agenda\n10:00 Intro: why are we here?\n10:15 Ana: roadmap for Q1\n10:45 Q&A: bring your questions",
    "09:00 Registration: badges at the front desk\n10:00 Keynote: What's new in Python 3.14?\n"
    "11:00 Workshop: Building your first async app",
    "Standup 10:00\nanyone can join?\nRetro 15:00\nbring your notes",
    "Keynote 09:00\nWhat's new in the platform?\nLunch 12:00\nbuffet on floor 2",
    "Timeline\n14:02 Alice: paged, acked\n14:05 Bob: rolled back the deploy\n14:10 Alice: errors back to normal?",
    "Monday 10:00\nPlanning: what ships this sprint?\nFriday 16:00\nDemo: show your work",
    "Support hours\nMonday, 09:00\nQuestions about billing?\nTuesday, 09:00\nQuestions about accounts?",
    "Interview schedule: Maria 10:00, Jon 11:00. Questions? Ask Priya.",
    "Release train\nv2.4 — Today at 10:42 AM\nwhat changed? see the notes\nv2.5 — Tomorrow at 10:42 AM\nfreeze",
    # a log or a status list with a thanks in it, a FAQ, a design note's dashes
    "git log --format='%an %ad%n%s'\nAna 10:42\nFix typo in README, thanks @bob\nBob 11:03\nBump deps",
    "Ana, 10:42\nFixed the flaky test, thanks Bob for the pointer\nBob, 11:03\nReleased 2.4.1",
    "FAQ\nDoes it run on Windows?\nYes, since 1.2.\nDoes it need root?\nNo.",
    "— Why not use a queue?\n— Because ordering matters here.\n— See ADR-12 for the full reasoning.",
    "Owner: Ana\nQuestion for the team: should we drop py3.9?\nDecision: yes, in 3.0",
    "slack: webhook URL moved to vault. Ana: owns rotation. Bob: owns alerts, ask him?",
    "thread 'main' panicked at src/lib.rs:10: called `Option::unwrap()` on a `None` value\n"
    "note: run with `RUST_BACKTRACE=1`",
    # tables of a rota or a deploy log
    "| Time | Who | Note |\n|---|---|---|\n| 10:00 | Ana | primary on-call? |\n| 11:00 | Bob | secondary |",
    "| 10:42 | ana | deployed 2.4 |\n| 10:51 | bob | rolled back 2.4 |",
    # a FAQ's or a checklist's question and answer in the languages a team writes in
    "Frage: Läuft das auf Windows?\nAntwort: Ja, seit Version 1.2.",
    "Pregunta: ¿funciona en Windows?\nRespuesta: sí, desde la 1.2.",
    "Вопрос: работает ли на Windows?\nОтвет: да, с версии 1.2.",
    "質問：Windowsで動きますか？\n回答：はい、1.2から。",
    "Soru: Windows'ta çalışıyor mu?\nCevap: evet, 1.2'den beri.",
    "Vraag: werkt het op Windows?\nAntwoord: ja, sinds 1.2.",
    "Pytanie: czy działa na Windows?\nOdpowiedź: tak, od wersji 1.2.",
    "Kontrolle: Ist der Dienst erreichbar?\nErgebnis: ja",
    "Hinweis: Ist das Feld leer? Dann: ja, Standardwert setzen.",
    "Symptom: does the importer hang?\nCause: yes, a lock in the cache.",
    "Decision log\nMaria: use Postgres? Yes, agreed by all.\nJon: drop Redis? No.",
    # an agent's note: a #channel named in a list of facts, a "you" further down
    "Facts:\n- owner: #team-search\n- queue: SQS, timeout 300s\n- db: Postgres 15\n"
    "If you need access, ask in the channel.",
    "Facts: - owner: #team-search - queue: SQS, timeout 300s - db: Postgres 15 If you need access, ask in the channel.",
]


@pytest.mark.parametrize("text", POSITIVES)
def test_chat_between_people_in_any_layout_is_chat(text: str) -> None:
    assert scan_text(text), text


@pytest.mark.parametrize("text", NEGATIVES)
def test_notes_timelines_logs_and_lists_stay_clean(text: str) -> None:
    assert not scan_text(text), (text, scan_text(text))


def test_counts() -> None:
    assert len(POSITIVES) >= 50 and len(NEGATIVES) >= 50
