"""Language banks for privacy_blind25, part A: Chinese, Japanese, Korean, Thai, Vietnamese, Indonesian.

Each bank holds sentences a native writer of that team would write, with slots ({svc}, {path},
{cmd}, {n}, {what}, {v}, {date}) that the category builders fill with English identifiers. The
keys: note/next (agent notes), key (a sentence carrying a credential value {v}), where (a sentence
about where a credential lives, no value), ask/pre/post (requests to a model), ans (a model's
answers), sys (system prompts), chat (colleagues' messages), err (localised tool errors),
tpl (what a prompt template is for, not its words), eval (an author's own summary), dec (a decision).
"""

ZH = {
    "code": "zh", "name": "Chinese", "script": "Han",
    "user": "用户", "bot": "助手", "names": ["王磊", "陈静", "刘洋", "赵敏", "老周"],
    "date": "{y}年{m}月{d}日",
    "note": [
        "已把 {svc} 的超时从 30s 调到 90s，改动在 {path}，本地跑 `{cmd}` 通过。",
        "排查结论：{svc} 启动慢是因为每次都重新拉镜像，和配置无关。",
        "{path} 里的重试逻辑有个 off-by-one，共 {n} 处调用受影响，已修。",
        "今天先把迁移脚本合进去了，{svc} 的回滚方案还没写完，明早继续。",
    ],
    "next": [
        "下一步：给 {svc} 补集成测试，重点覆盖断网重连。",
        "待办：确认 {path} 是否还被旧的 cron 引用，没有就删掉。",
        "明天找运维确认 {svc} 的磁盘配额，目前只剩 {n}% 。",
    ],
    "key": [
        "{what} 已经换成新的了：{v}，旧的今晚作废。",
        "测试环境先用这个 {what}：{v}（别外传）",
        "{svc} 连不上是因为 {what} 过期，新值 {v} 已写进 CI 变量。",
    ],
    "where": [
        "{what} 不在代码里，统一放在 Vault 的 {path}，需要的话找值班同学开权限。",
        "{what} 由 KMS 托管，CI 里通过环境变量注入，日志中已经做了脱敏。",
    ],
    "ask": [
        "帮我看一下这段 Go 代码为什么会死锁，尽量用通俗的话解释。",
        "请把下面这个 SQL 改写成不用子查询的版本，并说明性能差别。",
        "用 Python 写一个脚本，遍历 {path} 下所有 yaml 文件，把 replicas 大于 3 的列出来。",
        "给我一份 Kubernetes 灰度发布的检查清单，面向刚入职的同事。",
        "我们的 {svc} 在高峰期 P99 飙到 2 秒，你觉得可能是哪些原因？按可能性排序。",
        "帮我把这封给客户的故障说明改得更客气一点，但不要推卸责任。",
        "解释一下 Redis 的 RDB 和 AOF 有什么区别，我们该选哪个？",
        "请根据下面的报错信息推测问题出在哪一层：{err}",
        "把这段注释翻译成英文，保持技术术语不变。",
    ],
    "pre": ["背景：我们是做跨境电商的小团队，后端主要是 Go 和 PostgreSQL。", "我先贴一下上下文。"],
    "post": ["回答请控制在 300 字以内。", "不要给我泛泛而谈的建议，要能直接执行的步骤。"],
    "ans": [
        "死锁的原因在于两个 goroutine 以相反的顺序获取了 mu1 和 mu2。建议统一加锁顺序，或者把两把锁合并成一把。"
        "如果你需要更细的粒度，可以考虑用 channel 来串行化对共享状态的访问。",
        "可以改写成 LEFT JOIN 加 GROUP BY 的形式：\n\nSELECT o.id, COUNT(i.id) FROM orders o LEFT JOIN items i "
        "ON i.order_id = o.id GROUP BY o.id;\n\n在数据量较大时，这种写法通常能让优化器选择 hash join，比相关子查询快不少。",
        "好的，下面是一份灰度发布检查清单：\n1. 确认新版本镜像已通过安全扫描；\n2. 先放 5% 流量，观察错误率和延迟 "
        "15 分钟；\n3. 准备好一键回滚命令；\n4. 逐步扩大到 25%、50%、100%。\n希望对你有帮助！",
        "根据你提供的报错，问题更可能出在连接池而不是数据库本身：连接数已经打满，新的请求只能排队。建议先把 "
        "max_open_conns 调大，同时检查是否有未关闭的 rows。",
        "简单来说，RDB 是定时快照，恢复快但可能丢最近几分钟的数据；AOF 记录每条写命令，更安全但文件更大。"
        "对你们这种订单场景，我建议两者同时开启。",
    ],
    "sys": [
        "你是「小智」，一家物流公司的客服助手。请始终使用简体中文、语气礼貌；不要透露内部系统名称；"
        "遇到无法回答的问题，引导用户拨打 400 客服热线。",
        "你是资深运维工程师。用户会贴出告警信息，你需要先判断严重程度（P0-P3），再给出排查步骤。回答用 Markdown。",
    ],
    "chat": [
        "@刘洋 你那边 {svc} 发版了吗？我这边看到错误率有点高",
        "还没，我在等 review，估计下午三点左右",
        "好的，那我先把告警静默半小时",
        "周会改到明天上午十点哈，会议室没抢到，线上开",
        "收到 👌",
        "这个 bug 我复现不了，你方便的时候给我截个图吗？",
    ],
    "err": [
        "错误：无法连接到数据库服务器（连接被拒绝），请检查 {svc} 是否正在运行。",
        "npm 错误！代码 ERESOLVE：无法解析依赖树",
    ],
    "tpl": "这个提示词模板用于客服工单的自动分类：输入是工单标题和正文，输出是类别标签。具体措辞保存在 {path}，改动需要评审。",
    "eval": "我们在 {n} 条内部工单上对比了两个模型，整体准确率相差不大，但新模型对繁体输入明显更稳。结论：下个迭代切换。",
    "dec": "决定：{svc} 暂不拆分服务，先把数据库读写分离做完，Q1 再评估。",
}

JA = {
    "code": "ja", "name": "Japanese", "script": "Kana/Kanji",
    "user": "ユーザー", "bot": "アシスタント", "names": ["佐藤", "鈴木", "高橋", "田中", "伊藤"],
    "date": "{y}年{m}月{d}日",
    "note": [
        "{svc} のタイムアウト設定を見直しました。{path} を修正し、`{cmd}` でローカル確認済みです。",
        "原因は {svc} のコネクションプールの枯渇でした。設定値の問題ではありません。",
        "{path} のバリデーションが全角スペースを弾いていなかったため、{n} 件のデータが不正な状態で登録されていました。",
        "本日の作業はここまで。移行スクリプトはマージ済み、ロールバック手順は明日作成します。",
    ],
    "next": [
        "次のアクション：{svc} の結合テストを追加する（再接続のケースを重点的に）。",
        "TODO：{path} が旧バッチから参照されていないか確認し、不要なら削除。",
        "インフラチームにディスク容量の増設を依頼する（残り {n}%）。",
    ],
    "key": [
        "{what} を再発行しました。新しい値は {v} です。旧キーは本日中に無効化します。",
        "検証環境用の {what}：{v}　※社外秘",
        "{svc} の認証エラーは {what} の期限切れが原因でした。{v} に差し替えて解消。",
    ],
    "where": [
        "{what} はリポジトリには置かず、Secrets Manager の {path} で管理しています。閲覧権限は申請制です。",
        "{what} の値は 1Password の「本番環境」保管庫にあります。ここには書かないでください。",
    ],
    "ask": [
        "このエラーログを見て、原因として考えられるものを3つ挙げてください。",
        "以下の Python 関数をリファクタリングして、テストしやすい形にしてもらえますか。",
        "お客様向けの障害報告書の文面を、丁寧だけど言い訳がましくない表現に直してください。",
        "Terraform で {svc} 用の VPC を作るサンプルを書いてください。サブネットは3つでお願いします。",
        "新人エンジニア向けに Git のブランチ運用ルールを分かりやすく説明してほしいです。",
        "この正規表現が何をしているのか、一行ずつ解説してください。",
        "{path} の設定で、本番と検証で値を分けるベストプラクティスを教えて。",
        "次の議事録を要約して、決定事項と宿題を箇条書きにしてください。",
        "Kubernetes の Pod が CrashLoopBackOff になるときの調べ方を手順で教えてください。",
    ],
    "pre": ["前提として、私たちは小さな SaaS のチームで、バックエンドは Rails です。", "少し長いですが、状況を説明します。"],
    "post": ["敬語は不要です、簡潔にお願いします。", "初心者にも分かるようにお願いします。"],
    "ans": [
        "ログから推測すると、考えられる原因は次の3つです。\n1. DB への接続数が上限に達している\n2. DNS の名前解決に時間がかかっている\n"
        "3. 直前のデプロイで環境変数が漏れている\nまずは 1 から確認するのがおすすめです。",
        "リファクタリング案です。副作用のある処理を外に出し、純粋関数として切り出しました。\n\n```python\ndef calc_total(items):\n"
        "    return sum(i.price * i.qty for i in items)\n```\n\nこれで単体テストが書きやすくなります。",
        "承知しました。以下のような文面はいかがでしょうか。\n「このたびは弊社サービスにおいて障害が発生し、ご迷惑をおかけしましたことを"
        "深くお詫び申し上げます。原因はすでに特定しており、再発防止策を講じております。」",
        "CrashLoopBackOff の調査手順は以下の通りです。まず kubectl describe pod でイベントを確認し、次に kubectl logs --previous "
        "で直前のコンテナのログを見ます。OOMKilled と出ていればメモリ制限を見直してください。",
        "この正規表現は、先頭の英字1文字に続く3〜16文字の英数字またはアンダースコアにマッチします。つまりユーザー名の形式チェックですね。",
    ],
    "sys": [
        "あなたは社内ヘルプデスクのアシスタント「ヘルプくん」です。必ず丁寧語で回答し、人事・給与に関する質問には答えず、担当部署を案内してください。",
        "あなたは経験豊富なコードレビュアーです。指摘は重要度順に並べ、それぞれに修正案を添えてください。日本語で回答すること。",
    ],
    "chat": [
        "お疲れさまです！{svc} のリリース、今日の17時で問題ないでしょうか？",
        "はい、大丈夫です。念のため事前にステージングで確認しておきます🙏",
        "ありがとうございます、助かります！",
        "すみません、さっきのアラート私のデプロイのせいでした…ロールバックしました",
        "了解です、あとで振り返りしましょう",
        "明日の定例、15分だけ後ろにずらしてもいいですか？",
    ],
    "err": [
        "エラー: リモートリポジトリへのプッシュが拒否されました（non-fast-forward）。先に git pull してください。",
        "致命的なエラー: 設定ファイル {path} の読み込みに失敗しました（3行目、予期しない文字）。",
    ],
    "tpl": "このプロンプトテンプレートは問い合わせメールの一次分類に使います。入力は件名と本文、出力はカテゴリ名のみ。文面は {path} にあり、変更時はレビュー必須。",
    "eval": "社内の問い合わせ {n} 件で二つのモデルを比較したところ、正答率はほぼ同じでしたが、敬語の崩れは新しいモデルの方が少なかったです。来月切り替え予定。",
    "dec": "決定事項：{svc} のマイクロサービス化は見送り、まずは読み取り専用レプリカを導入する。",
}

KO = {
    "code": "ko", "name": "Korean", "script": "Hangul",
    "user": "사용자", "bot": "어시스턴트", "names": ["김민준", "이서연", "박지훈", "최유진", "정대리"],
    "date": "{y}년 {m}월 {d}일",
    "note": [
        "{svc} 타임아웃을 30초에서 90초로 늘렸습니다. 변경은 {path}, 로컬에서 `{cmd}` 통과 확인.",
        "원인 파악 완료: {svc} 가 느린 건 매번 이미지를 새로 받기 때문이고 설정 문제는 아님.",
        "{path} 의 재시도 로직에 off-by-one 버그가 있어서 호출부 {n}곳 수정했습니다.",
        "오늘은 마이그레이션 스크립트까지만 머지했고, 롤백 절차는 내일 정리할 예정입니다.",
    ],
    "next": [
        "다음 할 일: {svc} 통합 테스트 추가 (재연결 시나리오 위주)",
        "{path} 가 예전 크론에서 아직 쓰이는지 확인 후 삭제",
        "인프라팀에 디스크 증설 요청하기 — 현재 {n}% 남음",
    ],
    "key": [
        "{what} 재발급했습니다: {v} — 기존 키는 오늘 밤에 폐기합니다.",
        "스테이징용 {what} 공유드려요 {v} (외부 공유 금지)",
        "{svc} 인증 실패는 {what} 만료 때문이었어요. 새 값 {v} 로 교체 완료.",
    ],
    "where": [
        "{what} 는 코드에 넣지 않고 Vault 의 {path} 에 보관합니다. 권한은 당직자에게 요청하세요.",
        "{what} 값은 사내 비밀번호 관리자에만 있고, CI 에서는 환경 변수로 주입됩니다.",
    ],
    "ask": [
        "이 Java 코드에서 NullPointerException 이 나는 이유 좀 설명해 줄래?",
        "아래 쿼리를 인덱스를 탈 수 있게 바꿔 주세요. 테이블은 MySQL 8 입니다.",
        "신입 개발자용으로 Docker 기본 명령어 정리해 줘. 예시도 같이.",
        "{svc} 장애 보고서 초안을 써 주세요. 원인, 영향 범위, 재발 방지 대책 순서로요.",
        "고객한테 보낼 사과 메일인데 너무 딱딱하지 않게 다듬어 줄 수 있어?",
        "Spring Boot 에서 트랜잭션이 롤백 안 되는 경우가 언제인지 알려줘",
        "{path} 파일 구조를 보고 개선할 점이 있으면 짚어 주세요.",
        "카프카 컨슈머 랙이 계속 늘어나는데 어디부터 봐야 할까요?",
        "이 회의록을 세 줄로 요약해 줘",
    ],
    "pre": ["참고로 저희는 Kotlin + Spring 쓰는 핀테크 스타트업이에요.", "상황을 먼저 말씀드릴게요."],
    "post": ["답변은 존댓말로, 짧게 부탁드려요.", "코드 예시 꼭 넣어 주세요."],
    "ans": [
        "NullPointerException 은 user.getProfile() 이 null 을 반환할 때 발생합니다. Optional 로 감싸거나, 호출 전에 null 체크를 "
        "추가하는 것을 권장드립니다.",
        "네, 다음과 같이 바꾸면 인덱스를 활용할 수 있습니다.\n\nSELECT * FROM orders WHERE created_at >= '2026-01-01' AND "
        "created_at < '2026-02-01';\n\n컬럼에 함수를 씌우면 인덱스를 못 타기 때문에 범위 조건으로 바꾼 것입니다.",
        "트랜잭션이 롤백되지 않는 대표적인 경우는 세 가지입니다. 체크 예외를 던질 때, 같은 클래스 안에서 메서드를 호출할 때, 그리고 "
        "메서드가 public 이 아닐 때입니다. 각각 rollbackFor 설정이나 구조 변경으로 해결할 수 있어요.",
        "컨슈머 랙이 늘어난다면 먼저 파티션 수 대비 컨슈머 수를 확인해 보세요. 그다음 처리 시간이 긴 메시지가 있는지, "
        "리밸런싱이 자주 일어나는지 보시면 됩니다. 도움이 되셨길 바랍니다!",
        "요약해 드리면:\n- 다음 주 화요일 배포 확정\n- QA 는 목요일까지\n- 모니터링 대시보드는 민준 님 담당",
    ],
    "sys": [
        "너는 쇼핑몰 '하루마켓'의 상담 챗봇이야. 항상 존댓말을 쓰고, 환불 규정은 FAQ 문서 내용만 근거로 답해. 모르면 상담원 연결을 제안해.",
        "당신은 보안 점검 도우미입니다. 사용자가 붙여넣은 설정 파일에서 위험한 항목을 찾아 심각도와 함께 알려 주세요.",
    ],
    "chat": [
        "민준님 혹시 {svc} 배포 오늘 하시나요?",
        "네 오후 4시쯤 하려고요 ㅎㅎ",
        "넵 알겠습니다! 끝나면 채널에 한번 남겨주세요",
        "아 방금 알람 제 실수였어요 ㅠㅠ 롤백했습니다",
        "괜찮아요~ 내일 회고 때 같이 봐요",
        "점심 뭐 드실래요? 저는 국밥 땡기네요",
    ],
    "err": [
        "오류: 원격 저장소에 푸시할 수 없습니다. 먼저 변경 사항을 가져오십시오 (git pull).",
        "빌드 실패: {path} 파일을 찾을 수 없습니다.",
    ],
    "tpl": "이 프롬프트 템플릿은 상담 문의를 카테고리별로 분류하는 용도입니다. 입력은 제목과 본문, 출력은 카테고리 이름 하나. 실제 문구는 {path} 에 있고 수정 시 리뷰가 필요합니다.",
    "eval": "내부 문의 {n}건으로 두 모델을 비교했는데 정확도는 비슷했고, 존댓말 일관성은 새 모델이 조금 더 나았습니다. 다음 스프린트에 교체하기로 했습니다.",
    "dec": "결정 사항: {svc} 분리는 보류하고 읽기 전용 레플리카부터 도입한다.",
}

TH = {
    "code": "th", "name": "Thai", "script": "Thai",
    "user": "ผู้ใช้", "bot": "ผู้ช่วย", "names": ["สมชาย", "นภา", "ปิยะ", "กมล", "พี่เอก"],
    "date": "{d}/{m}/{by}",
    "note": [
        "ปรับ timeout ของ {svc} จาก 30 วินาทีเป็น 90 วินาทีแล้ว แก้ที่ {path} รัน `{cmd}` ผ่านในเครื่อง",
        "สาเหตุที่ {svc} ช้าคือ pull image ใหม่ทุกครั้ง ไม่เกี่ยวกับ config",
        "เจอบั๊ก off-by-one ใน {path} กระทบ {n} จุด แก้เรียบร้อยแล้ว",
        "วันนี้ merge สคริปต์ migration ไปแล้ว ส่วนแผน rollback จะเขียนต่อพรุ่งนี้",
    ],
    "next": [
        "งานถัดไป: เพิ่ม integration test ให้ {svc} โดยเฉพาะกรณีเน็ตหลุดแล้วต่อใหม่",
        "เช็คว่า {path} ยังถูก cron ตัวเก่าเรียกใช้อยู่ไหม ถ้าไม่ก็ลบทิ้ง",
        "แจ้งทีม infra ขอเพิ่มดิสก์ ตอนนี้เหลือ {n}%",
    ],
    "key": [
        "ออก {what} ใหม่แล้วนะครับ: {v} ตัวเก่าจะยกเลิกคืนนี้",
        "{what} สำหรับ staging ค่ะ {v} ห้ามส่งต่อนอกทีม",
        "{svc} ต่อไม่ได้เพราะ {what} หมดอายุ เปลี่ยนเป็น {v} แล้ว",
    ],
    "where": [
        "{what} ไม่ได้เก็บในโค้ด อยู่ใน Vault ที่ {path} ถ้าต้องใช้ให้ขอสิทธิ์จากเวร on-call",
        "ค่า {what} เก็บไว้ในตัวจัดการรหัสผ่านของบริษัทเท่านั้น CI ดึงผ่าน environment variable",
    ],
    "ask": [
        "ช่วยอธิบายหน่อยว่าโค้ด Python นี้ทำไมถึงช้า แล้วควรแก้ยังไง",
        "ช่วยเขียนอีเมลแจ้งลูกค้าเรื่องระบบล่มเมื่อคืน ให้สุภาพแต่ไม่ยาวเกินไปค่ะ",
        "ขอ checklist ก่อน deploy ขึ้น production สำหรับน้องใหม่ในทีม",
        "อยากให้ช่วยแปลง query นี้ให้ใช้ index ได้ครับ ใช้ PostgreSQL 15",
        "ช่วยสรุปบันทึกการประชุมนี้เป็นข้อ ๆ ว่าใครต้องทำอะไร",
        "ทำไม {svc} ถึงกิน memory เพิ่มขึ้นเรื่อย ๆ ทั้งที่ traffic เท่าเดิม",
        "อธิบายความต่างของ JWT กับ session cookie แบบเข้าใจง่าย",
    ],
    "pre": ["ทีมเราเป็นทีมเล็ก ทำแอปเดลิเวอรี่ backend เป็น Node.js ครับ", "ขอเล่าบริบทก่อนนะคะ"],
    "post": ["ตอบสั้น ๆ ก็พอครับ", "ขอเป็นภาษาไทยนะคะ"],
    "ans": [
        "โค้ดนี้ช้าเพราะเรียก database ในลูปทีละแถว แนะนำให้ดึงข้อมูลทีเดียวด้วย IN (...) แล้วค่อยจับคู่ในหน่วยความจำ จะลดจำนวน query ได้มากครับ",
        "เรียน ลูกค้าทุกท่าน\nเมื่อคืนระบบของเราขัดข้องชั่วคราวระหว่างเวลา 22:10–23:05 น. ขณะนี้แก้ไขเรียบร้อยแล้ว "
        "ทางเราขออภัยในความไม่สะดวกเป็นอย่างสูง และได้วางมาตรการป้องกันไม่ให้เกิดซ้ำแล้วค่ะ",
        "memory ที่เพิ่มขึ้นเรื่อย ๆ มักมาจาก cache ที่ไม่มีการจำกัดขนาด หรือ event listener ที่ไม่ถูกถอดออก ลองใช้ heap snapshot "
        "เปรียบเทียบสองช่วงเวลาดูครับ",
        "สรุปง่าย ๆ: session cookie เก็บสถานะไว้ที่ server ส่วน JWT เก็บข้อมูลไว้ใน token เอง ทำให้ไม่ต้องถาม server ทุกครั้ง "
        "แต่ยกเลิก token กลางทางได้ยากกว่า",
    ],
    "sys": [
        "คุณคือ \"น้องฟ้า\" ผู้ช่วยตอบคำถามลูกค้าของธนาคาร ใช้ภาษาสุภาพ ลงท้ายด้วยค่ะ ห้ามขอเลขบัตรหรือรหัส OTP จากลูกค้าเด็ดขาด",
    ],
    "chat": [
        "พี่ครับ {svc} deploy วันนี้ไหมครับ",
        "ได้ค่ะ ประมาณบ่ายสาม เดี๋ยวแจ้งในกลุ่มอีกที",
        "alert เมื่อกี้ผมเองครับ 555 rollback แล้ว",
        "โอเค ไม่เป็นไร พรุ่งนี้มาคุยกัน",
        "เที่ยงนี้กินข้าวมันไก่ไหม",
    ],
    "err": ["ข้อผิดพลาด: ไม่สามารถเชื่อมต่อฐานข้อมูลได้ โปรดตรวจสอบว่า {svc} ทำงานอยู่"],
    "tpl": "template นี้ใช้จัดหมวดหมู่ตั๋วแจ้งปัญหาอัตโนมัติ input คือหัวข้อกับเนื้อหา output เป็นชื่อหมวดอย่างเดียว ข้อความจริงอยู่ที่ {path}",
    "eval": "ลองเทียบสองโมเดลกับตั๋วภายใน {n} รายการ ความแม่นยำใกล้กัน แต่ตัวใหม่จัดการภาษาไทยปนอังกฤษได้ดีกว่า เลยจะเปลี่ยนรอบหน้า",
    "dec": "สรุป: ยังไม่แยก {svc} เป็น microservice ทำ read replica ก่อน",
}

VI = {
    "code": "vi", "name": "Vietnamese", "script": "Latin",
    "user": "Người dùng", "bot": "Trợ lý", "names": ["Nguyễn Minh", "Trần Hà", "Lê Quân", "Phạm Thu", "anh Tuấn"],
    "date": "{d}/{m}/{y}",
    "note": [
        "Đã tăng timeout của {svc} từ 30s lên 90s, sửa trong {path}, chạy `{cmd}` ở local thấy ổn.",
        "Nguyên nhân {svc} khởi động chậm là do mỗi lần đều pull lại image, không liên quan cấu hình.",
        "Trong {path} có lỗi off-by-one ở phần retry, ảnh hưởng {n} chỗ gọi, đã sửa xong.",
        "Hôm nay mới merge script migration, phương án rollback mai em viết tiếp.",
    ],
    "next": [
        "Việc tiếp theo: viết thêm integration test cho {svc}, tập trung vào trường hợp mất kết nối.",
        "Kiểm tra xem {path} còn được cron cũ dùng không, nếu không thì xoá.",
        "Nhờ team hạ tầng tăng dung lượng đĩa, hiện chỉ còn {n}%.",
    ],
    "key": [
        "Em đã tạo lại {what}: {v} — key cũ sẽ bị vô hiệu tối nay.",
        "{what} cho môi trường staging nè: {v} (đừng gửi ra ngoài nha)",
        "{svc} lỗi xác thực là do {what} hết hạn, đã thay bằng {v}.",
    ],
    "where": [
        "{what} không để trong code mà lưu ở Vault, đường dẫn {path}; cần thì xin quyền người trực.",
        "Giá trị {what} chỉ có trong trình quản lý mật khẩu của công ty, CI lấy qua biến môi trường.",
    ],
    "ask": [
        "Giải thích giúp mình tại sao đoạn code Node.js này bị memory leak nhé.",
        "Viết giúp em một email xin lỗi khách hàng vì hệ thống gián đoạn tối qua, giọng văn lịch sự.",
        "Cho mình checklist trước khi deploy lên production, dành cho bạn mới vào team.",
        "Sửa câu SQL này để tận dụng được index, DB là PostgreSQL.",
        "Tóm tắt biên bản họp này thành các gạch đầu dòng: ai làm gì, hạn khi nào.",
        "Tại sao {svc} dùng CPU 100% vào giờ cao điểm? Gợi ý giúp các hướng điều tra.",
        "So sánh giúp em RabbitMQ và Kafka cho bài toán gửi thông báo đẩy.",
    ],
    "pre": ["Bối cảnh: team mình làm ví điện tử, backend viết bằng Go.", "Em gửi trước phần ngữ cảnh ạ."],
    "post": ["Trả lời ngắn gọn thôi nhé.", "Nhớ kèm ví dụ code."],
    "ans": [
        "Đoạn code bị rò rỉ bộ nhớ vì mỗi request lại đăng ký thêm một listener mà không bao giờ gỡ ra. Bạn nên dùng once() hoặc gọi "
        "removeListener khi xử lý xong.",
        "Kính gửi Quý khách,\nTối qua hệ thống của chúng tôi đã gặp sự cố gián đoạn từ 22:10 đến 23:05. Sự cố đã được khắc phục hoàn toàn. "
        "Chúng tôi thành thật xin lỗi vì sự bất tiện này.",
        "Với bài toán thông báo đẩy, RabbitMQ thường đơn giản hơn: hỗ trợ định tuyến linh hoạt và xác nhận từng tin. Kafka phù hợp khi "
        "bạn cần lưu lại luồng sự kiện để xử lý lại. Nếu chỉ gửi thông báo, mình nghiêng về RabbitMQ.",
        "CPU 100% giờ cao điểm thường do: (1) truy vấn thiếu index, (2) vòng lặp serialize JSON lớn, (3) số goroutine tăng đột biến. "
        "Hãy bật pprof và lấy profile trong lúc tải cao để xác định chính xác.",
    ],
    "sys": [
        "Bạn là trợ lý chăm sóc khách hàng của ví điện tử. Luôn xưng \"em\" và gọi khách là \"anh/chị\". Không bao giờ hỏi mã OTP.",
    ],
    "chat": [
        "a Tuấn ơi hôm nay deploy {svc} ko ạ",
        "có em, tầm 3h chiều nhé",
        "dạ ok a, xong a báo em với",
        "alert vừa rồi là do mình, rollback rồi nha mọi người",
        "ok ko sao, mai retro nhé",
    ],
    "err": ["Lỗi: không thể kết nối tới máy chủ cơ sở dữ liệu. Vui lòng kiểm tra {svc} có đang chạy không."],
    "tpl": "Template này dùng để phân loại ticket tự động: đầu vào là tiêu đề và nội dung, đầu ra chỉ là tên nhóm. Nội dung prompt nằm ở {path}.",
    "eval": "Mình so sánh hai model trên {n} ticket nội bộ: độ chính xác gần như nhau, nhưng model mới xử lý tiếng Việt không dấu tốt hơn hẳn.",
    "dec": "Chốt: chưa tách {svc}, làm read replica trước.",
}

ID = {
    "code": "id", "name": "Indonesian", "script": "Latin",
    "user": "Pengguna", "bot": "Asisten", "names": ["Budi", "Sari", "Andi", "Dewi", "Mas Eko"],
    "date": "{d}-{m}-{y}",
    "note": [
        "Timeout {svc} sudah dinaikkan dari 30 detik ke 90 detik, perubahan di {path}, `{cmd}` lolos di lokal.",
        "Ternyata {svc} lambat karena tiap start selalu pull image baru, bukan masalah konfigurasi.",
        "Ada bug off-by-one di {path} bagian retry, kena di {n} tempat, sudah diperbaiki.",
        "Hari ini baru merge skrip migrasi, rencana rollback lanjut besok.",
    ],
    "next": [
        "Selanjutnya: tambah integration test untuk {svc}, fokus ke kasus koneksi putus.",
        "Cek apakah {path} masih dipakai cron lama; kalau tidak, hapus.",
        "Minta tim infra tambah disk, sisa {n}%.",
    ],
    "key": [
        "{what} sudah di-rotate ya, yang baru: {v}. Yang lama dicabut malam ini.",
        "Ini {what} buat staging: {v} — jangan disebar ke luar tim.",
        "{svc} gagal autentikasi karena {what} kedaluwarsa; sudah diganti ke {v}.",
    ],
    "where": [
        "{what} tidak disimpan di repo, adanya di Vault path {path}. Minta akses ke yang piket.",
        "Nilai {what} hanya ada di password manager kantor; CI mengambilnya lewat environment variable.",
    ],
    "ask": [
        "Tolong jelaskan kenapa query ini lambat padahal sudah ada index.",
        "Bikinin email permintaan maaf ke merchant soal gangguan pembayaran tadi malam, bahasanya sopan ya.",
        "Buatkan checklist sebelum deploy ke production untuk anak baru.",
        "Gimana cara paling aman menyimpan konfigurasi per environment di {svc}?",
        "Ringkas notulen rapat ini jadi poin-poin: siapa mengerjakan apa.",
        "Apa bedanya goroutine sama thread biasa? Jelaskan yang gampang.",
        "Tolong review Dockerfile ini, ada yang bisa dibikin lebih kecil nggak?",
    ],
    "pre": ["Konteksnya: kami startup logistik, backend pakai Laravel dan MySQL.", "Saya kasih konteks dulu ya."],
    "post": ["Jawab singkat saja.", "Pakai bahasa Indonesia ya."],
    "ans": [
        "Index tidak terpakai karena kolomnya dibungkus fungsi DATE(). Ubah kondisinya jadi rentang waktu (>= dan <) supaya optimizer bisa "
        "memakai index.",
        "Yth. Mitra Merchant,\nKami mohon maaf atas gangguan layanan pembayaran pada tanggal 3 Desember pukul 22.10–23.05 WIB. Gangguan "
        "telah teratasi dan dana Anda aman. Terima kasih atas pengertiannya.",
        "Dockerfile-nya bisa diperkecil dengan multi-stage build: compile di image golang, lalu salin binary saja ke image distroless. "
        "Ukurannya biasanya turun dari ratusan MB ke belasan MB.",
        "Goroutine itu jauh lebih ringan dari thread OS: stack awalnya cuma beberapa KB dan dijadwalkan oleh runtime Go, bukan oleh "
        "kernel. Jadi Anda bisa menjalankan ribuan goroutine tanpa masalah.",
    ],
    "sys": [
        "Kamu adalah asisten layanan pelanggan untuk aplikasi ojek online. Gunakan bahasa yang ramah, sapa pengguna dengan \"Kak\", dan jangan pernah meminta PIN atau kode OTP.",
    ],
    "chat": [
        "Mas Eko, {svc} jadi deploy hari ini?",
        "Jadi, jam 3 sore ya",
        "Siap mas, nanti kabari di grup",
        "alert barusan gara2 aku, udah rollback",
        "gpp, besok kita bahas pas retro",
    ],
    "err": ["Kesalahan: tidak dapat terhubung ke server basis data. Periksa apakah {svc} sedang berjalan."],
    "tpl": "Template prompt ini dipakai untuk mengelompokkan tiket keluhan secara otomatis; masukannya judul dan isi, keluarannya nama kategori. Teksnya ada di {path}.",
    "eval": "Saya bandingkan dua model di {n} tiket internal: akurasinya mirip, tapi model baru lebih tahan dengan bahasa campur Jawa-Indonesia.",
    "dec": "Keputusan: {svc} belum dipecah, kerjakan read replica dulu.",
}

BANKS_A = [ZH, JA, KO, TH, VI, ID]
