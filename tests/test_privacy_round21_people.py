# ruff: noqa: RUF001
"""Round 21 (people21): chat between people copied out of work tools, and a bot's or a model's
prose pasted into a team's thread, in several layouts and languages (``turntaking.thread_hits``,
``speakers.bot_prose_hits``); and the near misses that must stay clean: one author's words, logs
with names and times, lists of reviewers, agendas, a bot's status line, an agent's own note.

Every positive here was missed by main before this round; every negative is clean on both.
"""

from __future__ import annotations

import pytest

from handoff.privacy import scan_text

POSITIVES = [
    "INFRA-2207 comments:\n"
    "kofi (2026-03-02T09:14): could someone bump my quota on the staging cluster?\n"
    "marta (2026-03-02T11:40): done, you have 64 cores until Friday",
    "PLAT-88 — comments\n"
    "yusuf (2026-04-11 16:02): ¿alguien sabe por qué falla el job de migraciones?\n"
    "irene (2026-04-11 16:20): sí, falta la variable de región, ya la añadí",
    "LIN-301\n"
    "noor (09:12): is anyone else seeing the flaky login test on main?\n"
    "pavel (09:20): yes, since the fixture change yesterday, I'll revert it",
    "チケット DATA-19 のコメント:\n"
    "kenta (2026-06-01T10:02): 本番のダッシュボードの閲覧権限をもらえますか？\n"
    "ayumi (2026-06-01T10:30): 付与しました。一週間有効です。",
    "댓글 OPS-77:\n"
    "minji (2026-02-14T08:00): 스테이징 로그 버킷 접근 권한 주실 수 있나요?\n"
    "hyun (2026-02-14T08:45): 승인했습니다, 더 필요하면 말씀해 주세요",
    "#inc-4021-payments\n"
    "[14:02] <dario> anyone touching the payments db? connections are maxed\n"
    "@wren (14:03): not me, checking the pool settings now",
    "copied from #ops-eu:\n"
    "sana  10:41\n"
    "the canary is stuck at 20%, can someone look?\n"
    "[10:43] <femi> on it, the readiness probe times out",
    "greta — did the rollback finish on eu-west?\n"
    "malik  22:10\n"
    "yes, error rate is back under 1%, thanks",
    "@kai (11:02): should we page the db team or wait?\n"
    "@lena (11:03): wait five minutes, the replica is catching up",
    "review thread on PR #912, api/handlers.go:\n"
    "kim: why not reuse the existing retry helper here?\n"
    "ravi: good point, I'll switch to it before merge",
    "PR !318 discussion:\n"
    "gabriel: isso não quebra os runners ARM?\n"
    "leticia: boa, vou fixar a imagem base",
    "Commentaires sur la MR !77 :\n"
    "chloé: pourquoi on garde l'ancien endpoint ?\n"
    "hugo: pour les clients mobiles, je le retire en mars",
    "Slack #team-mobile, this morning:\n"
    "anya: can we push the release to Thursday?\n"
    "bo: +1, QA needs another day",
    "Daily stand-up (Teams)\n"
    "wojtek: kto ma dziś dyżur? ja nie mogę po 18\n"
    "ola: ja wezmę, dzięki za info",
    "스레드 복사:\n"
    "jisoo: 오늘 배포 미뤄도 될까요?\n"
    "taeho: 네, 내일 오전에 같이 해요",
    "讨论串（复制自飞书）:\n"
    "wang.lei: 这个改动会影响旧版客户端吗？\n"
    "zhou: 会，我加个开关",
    "Discord #backend, copied:\n"
    "mika: did the cache warmup script ever land?\n"
    "sol: yes, merged it last night, thanks for the nudge",
    "Mattermost ~ops excerpt\n"
    "elif: kim bakıyor bu alarma?\n"
    "hakan: ben bakıyorum, 10 dakika ver",
    "cr-assistant[bot]:\n"
    "Thanks for the PR! I noticed that `parse_config` swallows the exception when the file is"
    " missing, so a typo in the path fails silently. You might want to log it at least.",
    "Opsgenie › AI summary:\n"
    "This alert looks like noise: the latency spike on api-3 lines up with the nightly"
    " compaction, which usually finishes within fifteen minutes. No action needed unless it"
    " persists.",
    "Posted by review-bot on #4410:\n"
    "review-bot: I reviewed the migration. It is likely to lock the orders table for several"
    " minutes on large tenants; I'd suggest adding the index concurrently instead.",
    "PagerDuty note added by AI triage (2026-05-02T04:10:00Z):\n"
    "根据日志，checkout 很可能是因为连接池耗尽导致超时。建议先把连接池上限调到 50，再观察十分钟。",
    "🤖 deploy-copilot: Cette alerte est probablement liée au déploiement de 14h. Je recommande"
    " de revenir à la version précédente puis de relancer les tests.",
    "pr-review-gpt:\n"
    "この変更で `user` が空のときに例外が発生する可能性があります。空の場合の分岐を追加することを推奨します。",
    "DEV-733 yorumlar:\n"
    "selin (2026-01-19 09:05): staging veritabanına okuma izni alabilir miyim?\n"
    "emre (2026-01-19 09:40): verdim, bir hafta geçerli",
    "GH-1180 comments\n"
    "rosa (3:14 PM): does this also affect the v2 SDK?\n"
    "kwabena (3:31 PM): no, only v3, I checked the changelog",
    "incident channel, 02:00-02:20:\n"
    "@ivo (02:03): is the queue draining at all?\n"
    "[02:05] <amara> barely, 40 msg/s, I'm adding consumers",
    "#release-train\n"
    "[16:00] <noa> can I still get a fix into 4.2?\n"
    "@yosef (16:02): yes if it lands before 18:00",
    "pasted from the incident channel:\n"
    "@fatou (23:10): ¿alguien más ve errores 500 en pagos?\n"
    "karim: sí, desde las 23:02, lo miro",
    "PR #77 review thread:\n"
    "abebe: could we add a test for the empty list case?\n"
    "siti: sure, pushing one now",
    "MR !204 discussion, deploy/values.yaml:\n"
    "roman: навіщо тут два реплікасети?\n"
    "oksana: для канарки, приберу після релізу, дякую",
    "comments on ENG-991:\n"
    "valentina: hai provato a svuotare la cache del runner?\n"
    "marco: sì, niente da fare, grazie comunque",
    "Teams chat, copied:\n"
    "sophie: do you have the link to the postmortem doc?\n"
    "theo: yes, sending it now",
    "standup (async, in Slack):\n"
    "nina: blocked on the vpn again, can someone reset my token?\n"
    "raj: on it, give me 10 min",
    "コメント (BUG-55):\n"
    "yui: これ本番でも再現しますか？\n"
    "sota: はい、今朝確認しました",
    "review-bot: I reviewed the migration. It is likely to lock the orders table for several"
    " minutes on large tenants; I'd suggest adding the index concurrently instead.",
    "alert-assistant: Das sieht nach einem Fehlalarm aus. Wahrscheinlich hängt der Anstieg mit"
    " dem nächtlichen Backup zusammen; ich würde zwanzig Minuten warten.",
    "ops-copilot:\n"
    "Это скорее всего связано с перезапуском узла в 03:10. Рекомендую проверить лимиты памяти"
    " у подов.",
    "triage-ai: 이 알림은 배포 직후의 재시도 폭주 때문인 것 같습니다. 재시도 횟수를 줄이는 것을 권장합니다.",
    "BUG-2290 comments:\n"
    "laila (2026-02-02 08:15): can you attach the HAR file from the failing request?\n"
    "mateo (2026-02-02 09:01): attached, thanks for looking",
    "Linear ENG-58 comments\n"
    "adaeze (10:02 AM): is this still blocked on the design review?\n"
    "finn (10:20 AM): no, unblocked yesterday",
    "discussion on PR #3301:\n"
    "hiro: このロック、デッドロックしませんか？\n"
    "mei: 順序を固定したので大丈夫です、ありがとう",
    "copied from the #payments channel:\n"
    "bjorn: har någon sett felet i kassan i dag?\n"
    "astrid: ja, jag kollar på det nu, tack",
    "chatops-bot: Parece que o alerta provavelmente veio do job de backup. Recomendo aguardar"
    " quinze minutos antes de escalar.",
    "infra-gpt: 根据监控，这个告警很可能是磁盘快满导致的。建议先清理旧日志。",
    # a thread inside a JSON record's string, its line breaks escaped
    '{"kind": "note", "author": "ci-runner", "text": "SUP-88 comments:\\ndana (2026-04-02T10:11): can you '
    'extend my staging access?\\nolek (2026-04-02T10:40): done, valid for a week"}',
]
"""Each missed by main before this round (46 of them)."""

NEGATIVES = [
    # one author's words
    "fix(parser): handle empty headers\n\nThe parser crashed when a header had no value.\n\nReviewed-by: Kim Lee\n"
    "Signed-off-by: Ravi Shah",
    "Changelog 2.4.0\n- alice: faster cold start\n- bob: drop python 3.8\n- carol: new retry helper",
    "commit 4f2a9c1\nAuthor: Dana Ortiz <dana@example.com>\nDate:   Tue Mar 3 10:12:44 2026\n\n    bump deps",
    "Reviewers:\nalice: approved\nbob: changes requested\ncarol: pending",
    "Agenda (14:00):\n14:00 — intro\n14:10 — roadmap review\n14:40 — open questions?",
    "[12:01] build: compiling 412 files\n[12:03] test: 1200 passed\n[12:04] deploy: pushed to staging",
    "standup digest:\nalice: finished the cache work, no blockers\nbob: reviewing PRs today",
    "Release notes 3.1\nSupport for ARM runners. Faster uploads. Thanks to all contributors!",
    "## Ownership\nbilling — maria\nsearch — tomas\nauth — priya",
    "status table:\nservice: api\nowner: team-core\nstate: healthy\nlast deploy: 09:12",
    "host: db-1\nport: 5432\nuser: app\nmode: replica?",
    "codecov[bot]: Coverage 84.2% (+0.3%) compared to base on PR #412",
    "ai-reviewer: reviewed 38 files, 4 comments, 3 suggestions on PR #8323",
    "dependabot[bot]: Bumps requests from 2.31.0 to 2.32.0.",
    "claude-code on ws-3 recorded:\nI checked the logs; the most likely cause is the TTL change at 09:12. "
    "Next: roll back the config tomorrow.",
    "from the shared store, written by release-bot:\nbuild 4412 passed, artifacts uploaded",
    "PR description:\nThis change moves the retry helper into utils and makes the client use it. "
    "Why? The old copy diverged. Tested locally.",
    "Incident timeline\n09:12 — alert fired\n09:15 — oncall paged\n09:40 — rollback done\n10:05 — resolved",
    "Meeting notes 2026-03-02\nattendees: kim, ravi, ana\ndecision: ship on Thursday\nowner: kim",
    "git shortlog -sn\n   42  Kim Lee\n   17  Ravi Shah\n    3  Ana Costa",
    "CODEOWNERS\n/api/ @kim\n/web/ @ravi\n/docs/ @ana",
    "Jenkins #4412\n[09:12:01] Started by user kim\n[09:14:55] Finished: SUCCESS",
    "Q3 on-call rotation:\nweek 1: kim\nweek 2: ravi\nweek 3: ana\nquestions? ask in #oncall",
    "issue body: the upload fails with 413 when the file is over 10 MB. Expected: a clear error. "
    "Actual: a blank page. Steps: upload a large file.",
    "Alert: disk usage on build-07 at 91%\nRunbook: https://wiki.example/runbooks/disk\nSeverity: warning",
    "kim (2026-03-02T09:14) merged PR #41\nravi (2026-03-02T11:40) closed issue #77",
    "Timeline (UTC):\n[14:02] pager fired\n[14:03] kim acked\n[14:20] ravi restarted the pool",
    "Translations: ja: 保存しました\nko: 저장했습니다\nzh: 已保存",
    "Config:\nretries: 3\ntimeout: 30s\nbackoff: exponential",
    "TODO\n- kim: write the migration\n- ravi: update the runbook",
    "The bot replied with a link to the runbook and closed the ticket.",
    "ci-bot: pipeline #5512 passed in 4m12s",
    "renovate[bot]: Update dependency eslint to v9.2.0",
    "sonar-bot: Quality gate passed. 0 bugs, 0 vulnerabilities, 2 code smells.",
    "lint-ai: 3 warnings in src/app.ts",
    "Owners:\nkim  — api\nravi — web",
    "Mailing list digest, 3 messages:\nRe: release 2.4 schedule\nRe: arm64 builders\nRe: docs freeze",
    "pasted the review summary: 2 approvals, 1 change requested, CI green.",
    "We discussed the rollout in the channel and agreed to ship Thursday; kim owns the flag.",
    "Sprint 42 retro\nwent well: faster CI\nto improve: flaky e2e\naction: kim to quarantine tests",
    "deploy log\n10:02 - api: rolling update started\n10:05 - api: 3/3 ready\n10:06 - web: 2/2 ready",
    "The thread concluded that the cache TTL was too short; we raised it to 300s.",
    # a git log's author lines, a credits list, an IRC join/part log, a tally of approvals
    "kim (2026-03-02): fix typo in README\nravi (2026-03-03): bump deps, thanks @ana for the report",
    "Merged PRs today:\nkim: fix flaky test (thanks @ravi)\nravi: bump deps",
    "Release 2.1 thanks to:\nkim \u2014 parser rewrite\nravi \u2014 docs, thank you!",
    "Credits\nalice \u2014 design? yes\nbob \u2014 code",
    "[10:01] <alice> joined #dev\n[10:02] <bob> left #dev (Quit: bye)",
    "#dev channel topic: release on Thursday?\nkim: release manager\nravi: QA",
    "owners (thread in README):\nkim: api, ping @kim\nravi: web",
    "PR comments summary:\nkim: LGTM\nravi: LGTM, thanks",
    '{"kind": "note", "text": "commit log:\\nkim (2026-03-02T10:00): fix typo\\nravi (2026-03-02T11:00): bump deps"}',
    '{"kind": "note", "text": "owners:\\nkim: api\\nravi: web, ask @ravi"}',
    "# Dataset card: support-comments-v2\n- rows: 4100\n- languages: hi, es, de\n"
    "- fields: `id`, `input` (the user message), `label`\n- license: internal only\n- known issues: 3 duplicates",
    "Notes from the comments thread:\n- du: disk usage is fine on build-07\n- os: Ubuntu 24.04, te: 3 nodes",
]


@pytest.mark.parametrize("text", POSITIVES)
def test_people_and_bots_in_a_thread_are_chat(text: str) -> None:
    assert scan_text(text), text


@pytest.mark.parametrize("text", NEGATIVES)
def test_one_authors_words_and_logs_stay_clean(text: str) -> None:
    assert not scan_text(text), (text, scan_text(text))


def test_counts() -> None:
    assert len(POSITIVES) >= 40 and len(NEGATIVES) >= 40
