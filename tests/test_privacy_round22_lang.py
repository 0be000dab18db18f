"""Issue 11, session 22 (lang22): prompts and model answers in other languages and scripts.

A user of a Chinese, Japanese, Korean, Russian, Arabic, Hindi, Thai, Turkish or Vietnamese model
writes to it in that language and it answers in it; teams paste both into notes with English
commands and identifiers mixed in. Each positive below was written for this file (not one
English sentence translated ten times) and each was missed on ``main``:

1. requests to a model: polite and imperative request forms, "you are a ... / act as ...",
   output-format constraints, "from now on";
2. a model's answer: its openings and closings, numbered steps, offers to help further;
3. transcripts with role labels in those languages (full-width colons and brackets too);
4. mixed script: English role labels over non-English turns and the reverse, code-switching.

The benign near misses are ordinary engineering text in the same languages: commit messages,
changelogs, READMEs, runbooks, error messages of localised tools, i18n message catalogues (a
product's own polite copy), an agent's own next steps, status mails between machines.
"""

from __future__ import annotations

import pytest

from handoff.privacy import scan_text

# -- 1. requests to a model ------------------------------------------------------------------

REQUESTS = [
    # zh
    "帮我把这段 Python 代码改成异步的版本，只返回代码，不要解释。",
    "现在起你扮演一名资深的前端架构师，从性能和可维护性两个角度评审下面的组件。",
    "从今以后你的所有回答都用 JSON 格式输出，字段包括 title 和 summary。",
    "假设你是一位经验丰富的 DBA，帮忙分析一下这条慢查询为什么没有走索引。",
    "麻烦你用通俗易懂的话给产品经理讲讲什么是幂等性，三句话以内。",
    "能不能帮忙润色一下这封英文邮件？语气要礼貌一点，但不要太啰嗦。",
    # ja
    "以下のエラーログを読んで、原因として考えられるものを三つ挙げてください。箇条書きでお願いします。",
    "あなたは優秀な Rust エンジニアです。次のコードをレビューして、改善点を指摘してください。",
    "これ以降、回答はすべて敬語で、300文字以内にまとめてください。",
    "このSQLをもっと速くする方法を教えてもらえますか？インデックスの貼り方も含めて。",
    "君はベテランの編集者として振る舞って、この記事のタイトル案を五つ出して。",
    # ko
    "이 함수를 타입스크립트로 바꿔 주세요. 설명은 빼고 코드만 보여 주세요.",
    "너는 지금부터 10년 차 백엔드 개발자야. 내 API 설계를 냉정하게 평가해 줘.",
    "답변은 반드시 표 형식으로 작성하고, 마지막에 한 줄 요약을 붙여 줘.",
    "앞으로는 모든 대답을 존댓말로 하고 세 문장을 넘기지 마.",
    # ru
    "Помоги написать SQL-запрос, который вернёт топ-10 клиентов по сумме заказов за прошлый месяц.",
    "Представь, что ты опытный DevOps-инженер, и расскажи, зачем нужен readinessProbe.",
    "С этого момента отвечай кратко, без вступлений, и всегда приводи пример кода.",
    "Действуй как строгий ревьюер кода и найди все потенциальные утечки памяти в этом фрагменте.",
    "Сократи этот текст до трёх предложений и выдай результат в виде маркированного списка.",
    # uk
    "Будь ласка, перепиши цей текст українською, зберігаючи офіційний стиль листа.",
    "Уяви, що ти досвідчений тестувальник, і склади чек-лист для перевірки форми реєстрації.",
    # ar
    "من فضلك اكتب لي دالة بلغة بايثون تقوم بترتيب قائمة من القواميس حسب التاريخ.",
    "أنت مساعد برمجي خبير. راجع الكود التالي واقترح تحسينات للأداء.",
    "تصرّف كأنك مدرّس رياضيات وبيّن لي مبرهنة فيثاغورس خطوة بخطوة.",
    "أجب باللغة العربية الفصحى فقط، وبصيغة نقاط مرقمة، ومن دون أي مقدمة.",
    "ساعدني في كتابة رسالة اعتذار لعميل تأخر طلبه ثلاثة أيام.",
    # fa
    "لطفاً این متن را به انگلیسی ترجمه کن و لحن آن را رسمی نگه دار.",
    "تو یک دستیار برنامه‌نویسی هستی. به سوال‌ها فقط با کد پاسخ بده.",
    "از این به بعد جواب‌هایت را کوتاه و به صورت فهرست بنویس.",
    # he
    "בבקשה תכתוב לי סקריפט bash שמגבה את התיקייה /var/www כל לילה.",
    "אתה מומחה לאבטחת מידע. תסביר לי מה זה CSRF במשפט אחד.",
    "מעכשיו תענה רק בעברית ובלי הקדמות.",
    # ur
    "براہ کرم مجھے ایک ای میل لکھ دیں جس میں میٹنگ ملتوی کرنے کی درخواست ہو۔",
    "آپ ایک تجربہ کار استاد ہیں۔ مجھے ریکرشن آسان الفاظ میں سمجھائیں۔",
    # hi
    "कृपया इस लेख का सारांश पाँच बुलेट पॉइंट्स में लिखिए।",
    "तुम एक अनुभवी Python डेवलपर हो। मेरे कोड में बग ढूँढो और ठीक करके दिखाओ।",
    "अब से हर जवाब हिंदी में देना और अंत में एक छोटा सा सारांश जोड़ना।",
    "मुझे बताओ कि Kubernetes में pod और deployment में क्या अंतर है, आसान भाषा में।",
    # bn
    "অনুগ্রহ করে এই কোডটি লাইন ধরে ধরে ব্যাখ্যা করুন।",
    "তুমি একজন অভিজ্ঞ ডেটা বিজ্ঞানী। আমাকে একটি প্রজেক্ট আইডিয়া দাও।",
    # th
    "ช่วยเขียนฟังก์ชัน Python ที่ตรวจสอบว่าอีเมลถูกต้องหรือไม่ให้หน่อย",
    "คุณคือผู้เชี่ยวชาญด้านการตลาดดิจิทัล ช่วยวางแผนโพสต์สำหรับหนึ่งสัปดาห์",
    "กรุณาตอบเป็นภาษาไทยเท่านั้น และสรุปไม่เกินห้าบรรทัด",
    "ต่อจากนี้ไปให้ตอบสั้น ๆ และใส่ตัวอย่างโค้ดทุกครั้ง",
    # tr
    "Bana bu hata mesajının ne anlama geldiğini basit bir şekilde açıklar mısın?",
    "Sen deneyimli bir siber güvenlik uzmanısın. Aşağıdaki logları incele ve şüpheli hareketleri listele.",
    "Bundan sonra tüm cevaplarını madde işaretleriyle ve en fazla beş cümleyle ver.",
    "Şu fonksiyonu daha okunabilir hale getirir misin? Sadece kodu göster.",
    # vi
    "Bạn hãy đóng vai một chuyên gia tài chính và tư vấn cho tôi cách tiết kiệm tiền.",
    "Viết giúp mình một đoạn code JavaScript để đếm số từ trong một chuỗi nhé.",
    "Từ giờ trở đi, trả lời bằng tiếng Việt và trình bày kết quả dưới dạng bảng.",
    # pl
    "Wciel się w rolę doświadczonego architekta i oceń ten projekt bazy danych.",
    "Od teraz odpowiadaj wyłącznie po polsku i w formie listy punktowanej.",
    # el
    "Μπορείς να μου φτιάξεις ένα σενάριο Python που μετονομάζει αρχεία μαζικά;",
    "Από εδώ και πέρα απάντα μόνο στα ελληνικά και με σύντομες προτάσεις.",
]

# -- 2. a model's answer -----------------------------------------------------------------------

ANSWERS = [
    "当然可以！下面给出一个用 Redis 实现分布式锁的思路：\n1. 用 SET NX PX 获取锁\n"
    "2. 业务完成后用 Lua 脚本释放\n如果还有其他疑问，随时告诉我。",
    "好的，这个报错的原因通常有两个：\n1. 依赖版本不一致\n2. 缓存没有清理\n"
    "建议先执行 npm ci 再试一次。希望能帮到你！",
    "はい、TypeScript での実装例は次のとおりです。\n1. まず型を定義します\n"
    "2. 次に関数を実装します\nほかにも気になる点があれば、遠慮なく聞いてくださいね。",
    "承知しました。それでは、ステップごとに順番に見ていきましょう。",
    "물론이죠! Kafka 컨슈머 그룹은 이렇게 설정하면 됩니다.\n1. 그룹 ID를 지정합니다\n"
    "2. 오프셋 정책을 정합니다\n더 궁금한 점이 있으면 언제든지 물어보세요.",
    "좋은 질문이에요. 간단히 말하면 인덱스는 책의 목차 같은 역할을 합니다.",
    "Конечно! Вот пример конфигурации nginx для обратного прокси:\n1. Укажите upstream\n"
    "2. Добавьте location /\nЕсли возникнут вопросы — обращайтесь, буду рад помочь.",
    "Отличный вопрос! Если коротко, то горутины дешевле потоков ОС, потому что ...",
    "بالتأكيد! إليك مثالاً بسيطاً لاستخدام async/await في جافاسكريبت:\n١. عرّف الدالة\n"
    "٢. انتظر النتيجة\nأتمنى أن يكون هذا مفيداً، ولا تتردد في طرح أي سؤال آخر.",
    "حتماً! در ادامه یک نمونه کد برای اتصال به پایگاه داده آمده است. امیدوارم مفید باشد.",
    "בטח! הנה דוגמה לשימוש ב-map ב-JavaScript. מקווה שזה עוזר!",
    "ज़रूर! यहाँ एक सरल उदाहरण है:\n1. फ़ाइल खोलें\n2. पंक्तियाँ पढ़ें\n"
    "उम्मीद है इससे मदद मिलेगी। अगर कोई और सवाल हो तो बेझिझक पूछें।",
    "ได้เลยครับ! นี่คือตัวอย่างโค้ดที่ขอมา:\n1. ติดตั้งไลบรารี\n2. เรียกใช้ฟังก์ชัน\n"
    "หวังว่าจะเป็นประโยชน์นะครับ หากมีคำถามเพิ่มเติมถามได้เลย",
    "Tabii ki! İşte istediğin fonksiyonun bir örneği:\n1. Listeyi sırala\n2. Tekrarları çıkar\n"
    "Umarım yardımcı olur, başka bir sorun olursa çekinmeden sorabilirsin.",
    "Chắc chắn rồi! Dưới đây là các bước cài đặt:\n1. Tải bộ cài\n2. Chạy lệnh setup\n"
    "Hy vọng điều này hữu ích cho bạn. Nếu có thắc mắc gì, cứ hỏi mình nhé!",
    "Oczywiście! Oto przykład użycia strumieni w Javie:\n1. Utwórz listę\n2. Wywołaj stream()\n"
    "Mam nadzieję, że to pomoże. Daj znać, jeśli masz pytania.",
    "Φυσικά! Ορίστε ένα παράδειγμα:\n1. Εγκατάσταση\n2. Ρύθμιση\n"
    "Ελπίζω να σε βοηθήσει. Αν έχεις άλλες ερωτήσεις, ρώτα με.",
    "Звичайно! Ось приклад коду з поясненнями. Сподіваюся, це допоможе!",
]

# -- 3. transcripts with role labels in those languages ----------------------------------------

TRANSCRIPTS = [
    "用户：怎么在 Go 里读取环境变量？\n助手：可以使用 os.Getenv，如果需要判断是否存在，用 os.LookupEnv。",
    "【用户】如何配置 nginx 的反向代理？\n【助手】首先编辑 /etc/nginx/conf.d/default.conf。",
    "ユーザー：Docker のイメージを小さくするコツは？\nアシスタント：マルチステージビルドを使うのが一番効果的です。",
    "사용자: 깃에서 마지막 커밋을 취소하려면?\n어시스턴트: git reset --soft HEAD~1 을 쓰면 됩니다.",
    "Пользователь: как посмотреть, какой процесс занял порт 8080?\n"
    "Ассистент: выполните lsof -i :8080 или ss -ltnp.",
    "المستخدم: كيف أحذف فرعاً من git؟\nالمساعد: استخدم الأمر git branch -d ثم اسم الفرع.",
    "کاربر: فرق بین let و const چیه؟\nدستیار: متغیری که با const تعریف شود دوباره مقداردهی نمی‌شود.",
    "משתמש: איך אני בודק את גרסת node?\nעוזר: מריצים node --version בטרמינל.",
    "उपयोगकर्ता: git stash क्या करता है?\nसहायक: यह आपके अधूरे बदलावों को अस्थायी रूप से सहेज लेता है।",
    "ผู้ใช้: วิธีลบ container ที่หยุดทำงานทั้งหมด?\nผู้ช่วย: ใช้คำสั่ง docker container prune",
    "Kullanıcı: Python'da listeyi ters çevirmenin en kısa yolu ne?\nAsistan: liste[::-1] kullanabilirsin.",
    "Người dùng: Làm sao để xóa cache của npm?\nTrợ lý: Bạn chạy lệnh npm cache clean --force.",
    "Użytkownik: jak sprawdzić wolne miejsce na dysku?\nAsystent: użyj polecenia df -h.",
    "Χρήστης: Τι κάνει το docker compose down;\nΒοηθός: Σταματά και διαγράφει τα containers της στοίβας.",
]

# -- 4. mixed script and code-switching --------------------------------------------------------

MIXED = [
    "User: 这个报错是什么意思？TypeError: undefined is not a function\nAssistant: 这通常说明你调用的对象不是函数。",
    "用户: how do I revert a merge commit?\n助手: Use git revert -m 1 <commit>.",
    "[user]: объясни разницу между TCP и UDP\n[assistant]: TCP гарантирует доставку, UDP — нет.",
    "User: ช่วยแปลประโยคนี้เป็นภาษาอังกฤษหน่อย\nAssistant: Sure, here it is.",
    "帮我 review 一下这个 PR，重点看 error handling 和 naming，有问题直接列出来。",
    "Can you 帮我把这个 function 改成 recursive 的？",
    "この README を English に translate してもらえますか？",
    "prompt: 你是一个翻译助手，把用户输入的中文翻译成英文，不要添加任何解释。",
    "Q: 이 에러 로그 좀 분석해 줄래?\nA: 네, 보시면 connection timeout 이 반복되고 있어요.",
    "me: 이거 한국어로 번역해 줘\nGPT: 네, 번역은 다음과 같습니다.",
]

POSITIVES = REQUESTS + ANSWERS + TRANSCRIPTS + MIXED

# -- benign near misses ------------------------------------------------------------------------

BENIGN = [
    # zh
    "修复：登录页面在 Safari 下无法提交表单的问题 (#1423)",
    'login.password.placeholder = "请输入密码"\nlogin.submit = "登录"\nlogin.error = "用户名或密码错误，请重试"',
    "下一步：把 worker 的重试次数从 3 改成 5，然后观察一晚上的告警。",
    "## 安装\n\n请先安装 Node.js 18 以上版本，然后运行 `npm install`。\n\n## 使用\n\n运行 `npm start` 启动开发服务器。",
    "v2.3.0\n- 新增：支持导出 CSV\n- 优化：列表页加载速度提升 40%\n- 修复：时区转换错误",
    "错误：无法连接到数据库，请检查配置文件中的 host 和 port。",
    "提示词模板放在 prompts/zh/ 目录下，每个模板对应一个业务场景，加载逻辑见 loader.py。",
    "您好，今晚的部署已完成，所有服务健康检查通过。如有异常请联系值班人员。",
    '{"zh-CN": {"welcome": "欢迎回来", "logout": "退出登录", "confirm_delete": "确定要删除吗？此操作无法撤销。"}}',
    # ja
    '{"login.title": "ログインしてください", "login.password": "パスワードを入力してください", '
    '"errors.network": "ネットワークに接続できません"}',
    "修正: 設定ファイルが存在しない場合にクラッシュする問題を修正",
    "障害発生時の手順\n1. ダッシュボードでエラー率を確認する\n2. 直近のデプロイをロールバックする\n3. 担当者に連絡する",
    "次のアクション：キャッシュの TTL を 60 秒に短縮して、明日の朝に再計測する。",
    "このライブラリは日本語の形態素解析を行います。インストールには pip を使用してください。",
    "エラー: ファイル 'config.yaml' が見つかりません。パスを確認してください。",
    "お疲れ様です。本日のバッチ処理はすべて正常に完了しました。詳細はログをご確認ください。",
    "プロンプトのテンプレートは prompts/ja/ にあり、変数は {{name}} の形式で埋め込まれます。",
    # ko
    'ko:\n  login: "로그인해 주세요"\n  password_required: "비밀번호를 입력해 주세요"\n  saved: "저장되었습니다"',
    "수정: 결제 페이지에서 금액이 두 번 표시되는 버그 수정",
    "다음 작업: 마이그레이션 스크립트를 스테이징에서 먼저 실행하고 결과를 확인할 것.",
    "안녕하세요, 오늘 배포는 예정대로 18시에 진행됩니다. 문의 사항은 인프라팀으로 연락 주세요.",
    "오류: 포트 5432에 연결할 수 없습니다. 데이터베이스가 실행 중인지 확인하세요.",
    # ru
    "Исправлена ошибка при сохранении настроек пользователя (#512)",
    "## 1.4.0\n- Добавлена поддержка PostgreSQL 16\n- Ускорена загрузка отчётов\n- Исправлено падение при пустом конфиге",
    "Ошибка: не удалось открыть файл /etc/app/config.toml: отказано в доступе",
    'msgid "Please enter your password"\nmsgstr "Пожалуйста, введите пароль"\nmsgid "Save"\nmsgstr "Сохранить"',
    "Дальше: проверить миграцию на копии продовой базы, потом обновить runbook.",
    "Если сервис не отвечает, перезапустите его командой systemctl restart app и проверьте логи.",
    "Добрый день! Ночная сборка прошла успешно, артефакты выложены в хранилище.",
    # uk
    "Виправлено помилку під час збереження налаштувань профілю",
    # ar
    '{"login": "تسجيل الدخول", "enter_password": "من فضلك أدخل كلمة المرور", "error": "حدث خطأ، حاول مرة أخرى"}',
    "إصلاح خطأ في حساب الضريبة عند تغيير العملة",
    "## التثبيت\nشغّل الأمر pip install arabic-nlp ثم استورد المكتبة في مشروعك.",
    "تم نشر الإصدار 2.1 على بيئة الإنتاج بنجاح، ولا توجد أخطاء في السجلات.",
    # fa
    "رفع مشکل نمایش تاریخ شمسی در گزارش‌ها",
    '{"login": "ورود", "enter_password": "لطفاً رمز عبور را وارد کنید"}',
    # he
    '{"login": "התחברות", "enter_password": "בבקשה הזן סיסמה", "error": "אירעה שגיאה"}',
    "תיקון באג בעמוד התשלום כשהעגלה ריקה",
    # hi
    '{"welcome": "स्वागत है", "enter_otp": "कृपया अपना OTP दर्ज करें", "retry": "पुनः प्रयास करें"}',
    "सुधार: लॉगिन के बाद रीडायरेक्ट गलत पेज पर जा रहा था",
    "यह स्क्रिप्ट हर रात डेटाबेस का बैकअप लेती है और उसे S3 पर अपलोड करती है।",
    # th
    '{"login": "เข้าสู่ระบบ", "password_hint": "กรุณากรอกรหัสผ่าน", "saved": "บันทึกเรียบร้อยแล้ว"}',
    "แก้ไขบั๊กหน้าชำระเงินแสดงราคาผิด",
    "งานถัดไป: ย้ายฐานข้อมูลไปยังเซิร์ฟเวอร์ใหม่และทดสอบการสำรองข้อมูล",
    # tr
    'tr:\n  login: "Lütfen giriş yapın"\n  password: "Şifrenizi girin"\n  error: "Bir hata oluştu, lütfen tekrar deneyin"',
    "Düzeltme: boş liste döndüğünde sayfalama hatası giderildi",
    "Servis yanıt vermiyorsa önce logları kontrol edin, ardından podu yeniden başlatın.",
    # vi
    '{"login": "Đăng nhập", "enter_password": "Vui lòng nhập mật khẩu", "error": "Đã xảy ra lỗi, vui lòng thử lại"}',
    "Sửa lỗi hiển thị sai múi giờ trong báo cáo tuần",
    "Việc tiếp theo: cập nhật tài liệu API và chạy lại bộ test tích hợp.",
    # pl
    "Poprawka: błąd przy eksporcie raportu do PDF",
    '{"login": "Zaloguj się", "enter_password": "Proszę podać hasło", "saved": "Zapisano zmiany"}',
    # el
    "Διόρθωση: σφάλμα κατά την αποθήκευση ρυθμίσεων",
    # role words that are not turns
    "## ユーザー管理\n管理者だけがユーザーを作成できます。アシスタント機能は未実装です。",
    "用户模块：新增手机号登录\n助手模块：暂不开放",
    "Пользователь не может сменить пароль, если включена двухфакторная аутентификация.",
    # an agent's own next steps
    "TODO: 把 README 的中文版同步到 v3，然后在 CI 里加上 markdownlint。",
    "やること: 翻訳ファイルのキーを整理して、未使用のものを削除する。",
    "Следующий шаг: выкатить фикс на стейджинг и прогнать e2e-тесты.",
    "Sonraki adım: staging ortamında yük testi çalıştırıp sonuçları paylaşmak.",
]


@pytest.mark.parametrize("text", POSITIVES)
def test_prompt_or_answer_in_other_scripts_is_rejected(text: str) -> None:
    assert scan_text(text), text


@pytest.mark.parametrize("text", BENIGN)
def test_engineering_text_in_other_scripts_passes(text: str) -> None:
    assert not scan_text(text), (text, scan_text(text))


def test_counts() -> None:
    """At least 80 positives and 60 near misses (the brief's floor)."""
    assert len(POSITIVES) >= 80
    assert len(BENIGN) >= 60
