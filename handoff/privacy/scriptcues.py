# ruff: noqa: RUF001  (phrases written in their own scripts: a table of \u escapes
# could not be read or reviewed by anyone who reads these languages)
"""Prompt cue: requests to a model and its answers in languages written in other scripts, by the
kind of each phrase rather than by one weight per phrase.

``foreign.py`` scores phrases of de, es, fr, pt, ru, zh, ja one by one (3 points make a prompt).
Users of Korean, Arabic, Persian, Hebrew, Urdu, Hindi, Bengali, Thai, Greek, Ukrainian, Polish
and Vietnamese models write to them too, and a single phrase there is rarely enough: the polite
imperative of a request ("...해 주세요", "กรุณา...", "कृपया...") is also the product's own copy in
its i18n catalogue ("비밀번호를 입력해 주세요"). What a prompt has and product copy has not is
two kinds of address at once. Each phrase here names one kind:

- ``R`` a request to the listener for the writer ("help me", "write me", "explain to me", the
  informal imperative a user gives a model, "can you ...?");
- ``P`` a role given to the listener ("you are an experienced ...", "act as", "imagine you are");
- ``F`` "from now on" (a standing instruction);
- ``O`` a constraint on the answer's form ("only in Thai", "as a table", "no preamble",
  "within three sentences");
- ``A`` a chatbot's opener ("Of course!", "Good question"), counted near the text's start;
- ``C`` a chatbot's closer or offer to help further ("hope this helps", "ask me anything");
- ``H`` its presentation of what follows ("here is", "below are the steps", "in short");
- ``S`` a request strong enough alone: the informal forms docs and product copy never use
  (Korean 반말 "...해 줘", Persian "بنویس", a Japanese task verb's bare て-form ending a
  sentence);
- ``L`` a language to write in and ``W`` a word for the answer: together an O ("answer in
  Thai"); a language alone is a team's convention ("PR descriptions in Korean from now on");
- ``X`` the listener's free time ("when you have a moment"): a colleague asked, not a model; it
  vetoes a request.

A text is a request when it holds two kinds among R, P, F, O, S (or two different requests, or
a request as its first words: an informal imperative opens a prompt, never a commit message or a
runbook, which use nouns and formal forms); it is a model's answer when an opener comes with a
closer, a presentation or numbered steps, or a closer with a presentation. Phrases are matched
on a normalised lower-cased text: Arabic vowel marks and tatweel, zero-width joiners and the
Devanagari and Bengali nukta removed, Arabic alef forms unified, so a phrase written without
them matches text written with them. A phrase that begins with ``<`` must begin a word, one that
ends with ``>`` must end one (for scripts written with spaces between words). Only a text that
holds a letter outside ASCII is read, and only the phrases whose first character outside ASCII
the text holds are searched (``_tables``).
"""

from __future__ import annotations

from handoff.privacy.cue_words import PROMPT, _Hit
from handoff.privacy.lazy_re import held, lower

RULE_ID = "prompt-other-language"

_KINDS: dict[str, tuple[str, ...]] = {
    "R": (
        # zh
        "帮我", "帮忙", "麻烦你", "给我写", "给我讲", "给我列", "请你", "你帮我", "能不能帮", "能否帮",
        "想几个", "讲讲", "解释一下", "润色一下", "翻译成",
        # ja
        "教えて", "見せて", "てほしい", "てもらえますか", "てくれますか", "考えて", "まとめて", "書いて", "調べて",
        "説明して", "翻訳して", "要約して", "直して", "答えて", "作って", "挙げて", "出して", "レビューして",
        "添削して", "提案して",
        # ko (informal 줘 and requests for writing, explaining, analysing)
        "설명해 주", "요약해 주", "번역해 주", "제시해 주",
        "정리해 주", "추천해 주", "바꿔 주", "다듬어 주", "알려 주", "만들어 주", "분석해 주", "작성해 주", "보여 주",
        # ru / uk (informal singular imperatives)
        "<помоги>", "<напиши>", "<объясни>", "<расскажи>", "<сократи>", "<перепиши>", "<придумай>",
        "<составь>", "<разбей>", "<проанализируй>", "<выдай>", "<переведи>", "<дай мне>", "<найди>",
        "<отвечай>", "<поясни>", "<склади>", "<зроби>", "<розкажи>", "<відповідай>", "<допоможи>",
        "<напишіть функцію>", "<напиши функцію>",
        # ar (vowel marks removed)
        "اكتب لي", "اشرح لي", "بين لي", "ساعدني", "لخص", "اقترح علي", "اعطني", "تعطيني",
        "هل تستطيع", "هل يمكنك", "<اجب>", "<اجبني>", "<راجع>", "<اريد الكود>",
        # fa
        "<میشه>", "پاسخ بده", "جواب بده", "بازی کن",
        "<بنویسی>",
        # he
        "תכתוב לי", "תסביר לי", "<תן לי>", "תסכם לי", "תעזור לי", "תשאל אותי", "<תענה>",
        # ur
        "لکھ دیں", "سمجھائیں", "<بتاؤ>", "<بتائیں>", "مجھے بتا", "<لکھو>", "براہ کرم",
        # hi
        "लिखिए", "लिखो", "समझाइए", "समझाओ", "बताओ", "बताइए", "सुझाओ", "बना दो", "ढूंढो", "ढूँढो",
        # bn
        "ব্যাখ্যা করুন", "লিখে দাও", "অনুবাদ করো", "<দাও>", "অনুগ্রহ করে", "দয়া করে", "<আমাকে>",
        # th
        "ช่วยเขียน", "ช่วยสรุป", "ช่วยแปล", "ช่วยอธิบาย", "ช่วยวางแผน", "ช่วยแก้", "ช่วยหา",
        "ช่วยคิด", "ช่วยตรวจ", "ช่วยบอก", "ช่วย ", "หน่อย\n", "หน่อยนะ", "ให้หน่อย", "หน่อยค่ะ", "หน่อยครับ", "ได้ไหม", "กรุณาตอบ",
        "อธิบายให้ฉันฟัง", "ขอแค่",
        # tr
        "açıklar mısın", "yazar mısın", "getirir misin", "yapar mısın", "söyler misin", "anlatır mısın",
        # vi
        "giúp tôi", "giúp mình", "<hãy>",
        # pl
        "<napisz>", "<wyjaśnij>", "<oceń>", "pomóż mi", "<wskaż>", "<odpowiadaj>",
        # el
        "μπορείς να μου", "γράψε μου", "εξήγησέ μου", "<φτιάξεις>", "<πες μου>", "<απάντα>",
        "<απάντησε>", "<γράψε>",
    ),
    "S": (
        # informal requests where docs, product copy and runbooks use a formal form: one is enough
        "줘.", "줘,", "줘?", "줘!", "줘 ", "줘\n", "줄래", "지 마.", "지는 마.", "지 마\n", "지는 마\n",
        "<بنویس>", "<بنویسی>", "ترجمه کن", "توضیح بده", "کمکم کن", "<помоги мне>", "<допоможи мені>",
        # Japanese: a task verb's bare て-form ending a sentence, "will you ...?" (docs and
        # product copy say ください)
        "説明して。", "説明して\n", "教えて。", "教えて\n", "教えて？", "書いて。", "書いて\n", "まとめて。",
        "まとめて\n", "直して。", "直して\n", "てくれる？", "てくれる?", "てくれない？",
    ),
    "P": (
        "你扮演", "扮演一", "假设你是", "你现在是", "你的身份是",
        "あなたは", "になりきって", "として振る舞", "<君は", "として答え", "の役を",
        "너는", "당신은", "라고 생각하고", "역할을 맡",
        "<ты —", "<ты -", "<ты опытный", "представь, что ты", "действуй как", "веди себя как",
        "выступи в роли", "уяви, що ти", "<ти —",
        "تصرف كانك", "انت الان", "انت خبير", "انت مساعد", "تخيل انك", "بصفتك",
        "<تو یک", "نقش یک", "فرض کن", "<شما یک",
        "אתה מומחה", "אתה עוזר", "תתנהג כמו", "תעמיד פנים",
        "<آپ ایک", "<تم ایک",
        "तुम एक", "आप एक", "की तरह व्यवहार",
        "তুমি একজন", "আপনি একজন",
        "คุณคือ", "คุณเป็น", "สมมติว่าคุณ",
        "gibi davran", "<sen deneyimli", "rolüne gir",
        "đóng vai", "<bạn là một",
        "wciel się w", "<jesteś doświadczon", "<udawaj",
        "<είσαι ένας", "<είσαι μια", "<είσαι έμπειρ", "παίξε τον ρόλο",
    ),
    "F": (
        "从现在开始", "从今以后", "现在起", "以后回答", "接下来我问",
        "今後は", "これ以降", "これからは", "以降の回答",
        "지금부터", "앞으로는", "앞으로 모든", "모든 답변은", "모든 대답은",
        "с этого момента", "<отныне>", "<впредь>", "<відтепер>", "з цього моменту",
        "من الان فصاعدا", "از این به بعد", "از حالا به بعد", "מעכשיו", "מהרגע הזה", "<اب سے>", "अब से",
        "এখন থেকে", "ต่อจากนี้", "จากนี้ไป", "<bundan sonra>", "<bundan böyle>", "từ giờ trở đi",
        "<từ bây giờ>", "<od teraz>", "<od tej pory>", "από εδώ και πέρα", "από τώρα και στο εξής",
    ),
    "O": (
        "只返回", "不要解释", "格式输出", "用表格", "不要超过", "句话以内", "用中文回答",
        "箇条書きで", "以内で", "三行で", "表形式で", "結論から", "敬語で", "コードのみ",
        "コードだけ", "簡潔に", "一言で",
        "표 형식", "코드만", "설명은 빼고", "한 줄 요약", "존댓말로", "이내로",
        "отвечай кратко", "без вступлений", "в виде списка", "маркированного списка",
        "в виде таблицы", "трёх предложений", "всегда приводи", "у вигляді списку",
        "بصيغة", "نقاط مرقمة", "دون اي مقدمة", "بجمل قصيرة", "في ثلاث نقاط",
        "فقط با کد", "به صورت فهرست", "<کوتاه>", "لحن آن",
        "בלי הקדמות", "במשפט אחד", "בשלוש נקודות",
        "آسان الفاظ میں",
        "लाइनों में", "बुलेट पॉइंट",
        "ছোট ছোট বাক্যে", "লাইন ধরে",
        "ตอบเป็นภาษา", "ตอบเป็นข้อ", "ไม่ต้องอธิบาย", "ตอบสั้น", "สรุปไม่เกิน", "สั้น ๆ",
        "madde işaretleriyle", "sadece kodu", "resmi bir dille",
        "trả lời bằng tiếng", "dưới dạng bảng", "càng ngắn gọn",
        "w formie listy",
        "μόνο με τον κώδικα", "χωρίς εξηγήσεις", "σύντομες προτάσεις",
        # session 23: "code only, no explanation" where lang22 had none
        "설명은 필요 없", "тільки код", "без пояснень", "الكود فقط", "دون اي شرح", "ขอแค่โค้ด",
        "ไม่ต้องมีคำอธิบาย", "μόνο κώδικα",
    ),
    "L": (
        # a language to write in: a constraint on an answer only beside a word for the answer
        # (W); "PR descriptions in Korean from now on" is a team's convention
        "用简体中文", "用中文", "日本語で", "英語で", "한국어로", "영어로", "на английском", "на русском",
        "по-русски", "українською", "باللغة العربية", "بالعربية", "به فارسی", "به انگلیسی", "<اردو میں>",
        "हिंदी में", "अंग्रेज़ी में", "<বাংলায়>", "בעברית", "po polsku", "στα ελληνικά", "türkçe",
        "tiếng việt", "ภาษาไทย", "ภาษาอังกฤษ",
    ),
    "W": (
        "回答", "回复", "答え", "답변", "대답", "<ответ", "<отвечай", "відповід", "الاجابة", "<اجب", "<جواب",
        "پاسخ", "תשובה", "<תענה", "जवाब", "उत्तर", "উত্তর", "ตอบ", "cevap", "yanıt", "trả lời", "odpowiad",
        "odpowied", "απάντ",
    ),
    "A": (
        "当然可以", "没问题！", "没问题，", "好的，", "好的！", "好问题",
        "承知しました", "かしこまりました", "了解です", "いい質問", "もちろんです",
        "물론이죠", "물론입니다", "좋은 질문", "네, 알겠습니다", "알겠습니다!",
        "конечно!", "отличный вопрос", "хороший вопрос", "разумеется!", "звичайно!", "чудове питання",
        "بالتاكيد", "بكل سرور", "بالطبع!", "بالطبع،", "<حتما!", "<حتما،", "البته!", "البته،", "با کمال میل",
        "בטח!", "כמובן!", "בשמחה!", "בשמחה,", "ضرور!", "بالکل!", "जरूर!", "बिल्कुल!", "बिलकुल!",
        "অবশ্যই!", "ได้เลยครับ", "ได้เลยค่ะ", "แน่นอนครับ", "แน่นอนค่ะ", "ยินดีค่ะ", "ยินดีครับ",
        "tabii ki!", "elbette!", "chắc chắn rồi", "tất nhiên rồi", "oczywiście!", "jasne!",
        "φυσικά!", "βεβαίως!", "ασφαλώς!",
        # session 23: "good question" where lang22 had none
        "なるほど、", "คำถามดีมาก", "güzel soru", "καλή ερώτηση", "שאלה מצוינת", "שאלה טובה",
        "gute frage", "buena pregunta", "bonne question", "boa pergunta", "ottima domanda",
        "bella domanda", "dobre pytanie", "câu hỏi hay", "अच्छा सवाल", "سؤال رائع", "سؤال جيد",
        "좋은 질문", "отличный вопрос", "хороший вопрос",
        "självklart!", "selvfølgelig!", "natürlich!", "natürlich.", "¡claro!", "claro!", "bien sûr !",
        "bien sûr,", "certo!", "certamente!",
    ),
    "C": (
        "希望能帮到你", "希望对你有帮助", "随时告诉我", "再问我", "还需要我", "有问题随时",
        "お役に立てれば", "遠慮なく", "言ってくださいね", "聞いてくださいね",
        "언제든지 물어보", "도움이 되셨", "도움이 되었으면", "궁금한 점이 있으시면", "더 궁금한",
        "надеюсь, это поможет", "<обращайтесь>", "буду рад помочь", "<спрашивай", "сподіваюся, це допоможе",
        "якщо будуть ще питання", "<питай>",
        "اتمنى ان يكون", "لا تتردد", "فانا هنا", "هل تريد ان", "امیدوارم مفید", "در خدمتم", "سوال دیگه",
        "سوال دیگری", "<بپرس>",
        "מקווה שזה עוזר", "אם יש עוד שאלות", "אני כאן", "תגיד לי", "אם תצטרך עוד",
        "امید ہے", "مدد ملے گی", "उम्मीद है", "बेझिझक पूछें", "काम आएगा", "मदद मिलेगी",
        "আশা করি", "কাজে লাগবে",
        "หวังว่าจะ", "ถามได้เลย", "ถามมาได้เลย", "สงสัยเพิ่มเติม",
        "umarım yardımcı olur", "çekinmeden", "yardımcı olmaktan memnuniyet",
        "hy vọng điều này", "cứ hỏi", "mam nadzieję, że to pomoże", "<daj znać",
        "ελπίζω να σε βοηθήσει", "<ρώτα με", "αν χρειαστείς",
    ),
    "H": (
        "下面是", "以下是", "按下面几步", "如下：",
        "こちらです", "次のとおり", "簡単に言うと",
        "다음과 같습니다", "단계별로", "간단히 말하면",
        "вот пример", "<вот как", "по шагам", "если коротко", "ось приклад", "коротко кажучи",
        "اليك", "در ادامه", "<این هم", "<הנה>", "یہ رہا", "यहाँ एक", "नीचे स्टेप", "এখানে একটি",
        "นี่คือ", "มีดังนี้", "<işte>", "adım adım", "dưới đây là", "đây là ví dụ", "<oto>",
        "krok po kroku", "<ορίστε", "ακολουθούν τα βήματα",
        # session 23: "here is", after an opener or with an offer only
        "다음과 같이", "hier ist", "hier sind", "hier ein", "aquí tienes", "aquí está", "voici",
        "aqui está", "ecco ", "här är", "her er",
    ),
    "Q": (
        # session 23: an offer to do more, in the model's first person ("if you want, I can ...")
        "원하시면", "드릴까요?", "需要的话，我可以", "需要的话我可以", "如果你需要，我可以", "要不要我帮你",
        "お出しできます", "お手伝いしましょうか", "作成しましょうか", "書きましょうか",
        "если хотите, я могу", "если хотите, могу", "если хочешь, я могу", "если хочешь, могу",
        "<хотите, я", "<хочешь, я", "якщо хочете, я можу", "якщо хочеш, можу",
        "اذا اردت، يمكنني", "اذا اردت يمكنني", "اذا رغبت، يمكنني", "चाहें तो मैं", "चाहो तो मैं",
        "หากต้องการ ผมสามารถ", "หากต้องการ ฉันสามารถ", "ถ้าต้องการ ผมสามารถ", "ถ้าต้องการ ฉันสามารถ",
        "hazırlayabilirim", "gösterebilirim", "yazabilirim", "mình có thể viết", "tôi có thể viết",
        "jeśli chcesz, mogę", "jeżeli chcesz, mogę", "αν θέλεις, μπορώ", "αν θέλετε, μπορώ",
        "אם תרצה, אוכל", "אם תרצי, אוכל", "wenn du möchtest, kann ich", "wenn du willst, kann ich",
        "wenn sie möchten, kann ich", "si quieres, puedo", "si lo deseas, puedo",
        "si vous le souhaitez, je peux", "si tu veux, je peux", "se quiser, posso",
        "se você quiser, posso", "se vuoi, posso", "se preferisci, posso", "vill du ha en",
        "vill du att jag", "vil du have, at jeg",
    ),
    "Y": (
        # session 23: a recap that closes an answer ("in short, ..."): with an opener, a closer or
        # an offer only; alone it is a report's summary
        "요약하자면", "요약하면", "정리하자면", "总结一下：", "总结一下，", "简而言之", "まとめると、",
        "要するに、", "вкратце:", "короче говоря", "باختصار", "به طور خلاصه", "संक्षेप में",
        "สรุปคือ", "kısacası", "tóm lại,", "w skrócie", "εν ολίγοις", "בקצרה", "kurz gesagt",
        "en resumen,", "en bref,", "em resumo,", "in breve,",
    ),
    "T": (
        # session 23: a request to translate, rewrite, summarise or reformat a text attached
        # after it (counted only on a line ending in a colon with the text below)
        "번역해 주", "번역해줘", "요약해 주", "요약해줘", "다듬어 주", "다시 써 주", "고쳐 주",
        "翻译成", "翻译一下", "改写成", "改写一下", "润色", "总结成", "改得更",
        "翻訳して", "要約して", "書き直して", "言い換えて", "添削して",
        "<переведи>", "<перепиши>", "<сократи>", "<перефразируй>", "<сделай этот текст",
        "<переклади>", "<скороти>", "<зроби цей текст",
        "<ترجم>", "اعد صياغة", "<لخص>", "ترجمه کن", "خلاصه کن", "بازنویسی کن",
        "<תתרגם>", "<תרגם>", "<תנסח", "<תסכם>", "<סכם>",
        "अनुवाद कर", "सारांश बना", "फिर से लिख", "दोबारा लिख",
        "แปลข้อความ", "แปลเป็น", "เขียนใหม่", "เรียบเรียงใหม่",
        "yeniden yaz", "<çevir>", "<türkçeye çevir", "<ingilizceye çevir",
        "<dịch đoạn", "<dịch sang", "<viết lại", "<tóm tắt đoạn",
        "<przetłumacz", "<przeredaguj", "<streść", "<podsumuj",
        "<μετάφρασε", "<ξαναγράψε", "<συνόψισε", "<αναδιατύπωσε",
        "<übersetze", "<übersetz", "<formuliere", "<kürze",
        "<traduce>", "<tradúceme", "<reescribe", "<reformula>", "<resume este", "<resume el",
        "<traduis", "<reformule", "<réécris", "<résume",
        "<traduza", "<reescreva", "<reformule", "<resuma",
        "<traduci", "<riscrivi", "<riformula", "<riassumi",
    ),
    "X": (
        # the listener's free time: a colleague asked, not a model ("when you have a moment")
        "有空的时候", "有空时", "方便的时候", "時間があるとき", "時間がある時", "お手すきの際", "手が空いたら",
        "시간 될 때", "시간 되실 때", "여유 있을 때", "когда будет время", "когда освободишься",
        "коли матимеш час", "коли будеш мати час", "عندما يتوفر لديك وقت", "عندما يكون لديك وقت",
        "وقت داشتی", "כשיהיה לך זמן", "जब समय मिले", "ว่างๆ", "ว่าง ๆ", "เมื่อมีเวลา", "vaktin olunca",
        "müsait olduğunda", "khi nào rảnh", "khi rảnh", "w wolnej chwili", "όταν έχεις χρόνο",
    ),
}
"""Kind -> phrases, lower-cased and normalised as ``_norm`` normalises a text."""

_START: tuple[str, ...] = ("ขอ", "ตอบ", "帮忙", "给我")
"""Request words that make a request only as the text's first words (elsewhere they are parts of
other words or phrases): Thai "may I have" and "answer", Chinese "help out" and "give me"."""

_STRIP = dict.fromkeys([*range(0x064B, 0x0660), 0x0670, 0x0640, 0x200C, 0x200D, 0x093C, 0x09BC,
                        0x0307])
_STRIP.update({0x0623: 0x0627, 0x0625: 0x0627, 0x0622: 0x0627, 0x0649: 0x064A})


_MARKED = frozenset(map(chr, _STRIP))
"""The characters ``_norm`` changes, read in a lower-cased text (the dot ``"\u0130".lower()``
leaves, U+0307, is among them)."""


_LATIN = frozenset("àáâãäåçèéêëìíîïñòóôõöùúûüýÿßąćęłńśźżőűşğıčřžěůœæø")
"""Letters of Latin-script languages: a text holding one is read for the phrases written in
ASCII (session 23: "Riscrivi questo testo in modo più formale:" holds only a ``ù``)."""


def _norm(text: str) -> str:
    """Lower-case and drop the marks a writer may or may not type (Arabic vowels, tatweel,
    zero-width joiners, nukta; the dot ``"İ".lower()`` leaves) so one phrase matches both."""
    return text.lower().translate(_STRIP)


_tables: list[tuple[dict[str, list[tuple[str, str, bool, bool]]], frozenset[str]]] = []
"""Phrases by their first character outside ASCII, and those characters: built on first use."""


def _build() -> tuple[dict[str, list[tuple[str, str, bool, bool]]], frozenset[str]]:
    if not _tables:
        by_key: dict[str, list[tuple[str, str, bool, bool]]] = {}
        for kind, phrases in _KINDS.items():
            for raw in phrases:
                start, end = raw.startswith("<"), raw.endswith(">")
                phrase = _norm(raw.strip("<>"))
                key = next((ch for ch in phrase if not ch.isascii()), "")
                by_key.setdefault(key, []).append((phrase, kind, start, end))
        _tables.append((by_key, frozenset(by_key).difference(("",))))
    return _tables[0]


def _bounded(low: str, phrase: str, start: bool, end: bool) -> int:
    """The first place ``phrase`` stands in ``low`` as its marks ask (a word's start, end)."""
    pos = low.find(phrase)
    while pos >= 0:
        ok_start = not start or pos == 0 or not low[pos - 1].isalnum()
        after = pos + len(phrase)
        ok_end = not end or after >= len(low) or not low[after].isalnum()
        if ok_start and ok_end:
            return pos
        pos = low.find(phrase, pos + 1)
    return -1


def _steps(low: str) -> bool:
    """Numbered steps: lines "1." and "2." (also Arabic-Indic digits)."""
    return ("\n1." in low or low.startswith("1.") or "\n١." in low) and ("\n2." in low or "\n٢." in low)


_GIVEN = (
    # what the request points at: "this", "the following", "below", a target language or tone
    " 다음", " 아래", " 이 ", "영어로", "한국어로", "일본어로", "정중", "부드럽", "下面", "以下", "这段", "这条",
    "这封", "这句", "英文", "中文", "日语", "礼貌", "正式", "次の", "以下の", "この", "英語", "日本語",
    "丁寧", " этот ", " это ", " эту ", "следующ", " ниже", "английск", "русск", "вежлив", "мягче",
    " цей ", " це ", "наступн", "українською", "англійською", "التالي", "هذه", "هذا", "الانجليزية",
    "العربية", "لباقة", "این متن", "این پیام", "انگلیسی", "הבאה", "הבא ", "הזה", "הזאת", "לאנגלית",
    "בעברית", " इस ", " इसे ", "नीचे", "अंग्रेज़ी", "अंग्रेजी", "हिंदी", "विनम्र", "นี้", "ต่อไปนี้",
    "เป็นภาษา", "สุภาพ", "aşağıdaki", " şu ", " bu ", "ingilizce", "türkçe", "kibar", "đoạn",
    " này", "tiếng", "lịch sự", " to ", " ten ", " tego ", " tę ", "poniższ", "angielsk", "polsk",
    "uprzejm", "παρακάτω", "αυτό", "αυτή", "αγγλικά", "ελληνικά", "ευγενικ", " diese", "folgend",
    "englisch", "deutsch", "höflich", " esto ", " este ", " esta ", "siguiente", "inglés", "español",
    " ce ", " cette ", "suivant", "anglais", "français", "poli", " isto ", "abaixo", "seguinte", "inglês",
    "português", "educad", " questo ", " questa ", "seguente", "inglese", "italiano", "formale",
)
"""Words of a transform request's line that point at the text it is about: a deictic, a target
language, a tone. A style guide's "Formuliere Commit-Nachrichten so:" has none."""

_QUOTES = (">", '"', "\u201c", "\u300c", "\u00ab", "```", "'")


def _attached(low: str, pos: int) -> bool:
    """Whether the line holding ``pos`` ends in a colon with a text attached below it: after a
    blank line or opening with a quotation (what is to be translated, rewritten or summarised).
    A runbook's "translate the strings as follows:" goes on with numbered steps or a command."""
    start = low.rfind("\n", 0, pos) + 1
    end = low.find("\n", pos, pos + 240)
    if end < 0 or end - start > 200:
        return False
    line = low[start:end].rstrip(" \t*_")
    if not line.endswith((":", "\uff1a")):
        return False
    padded = " " + line.replace(",", " ").replace(":", " ") + " "
    if not any(word in padded for word in _GIVEN):
        return False
    after = low[end + 1 : end + 400]
    body = after.lstrip(" \t\n")
    if not (after.startswith(("\n", "\r\n")) or body.startswith(_QUOTES)):
        return False
    if body[:1].isdigit() or (body.startswith("`") and not body.startswith("```")) or body.startswith(
            ("$", "- ", "* ", "```bash", "```sh", "```console")):
        return False
    return sum(1 for ch in body[:200] if ch.isalpha()) >= 15


def kinds_of(text: str) -> tuple[set[str], int]:
    """The kinds of address ``text`` holds and where the first phrase begins (-1: none)."""
    lowered = lower(text)
    chars = held(lowered)  # (both memoised: ``foreign`` has read the same lower-cased text)
    by_key, keys = _tables[0] if _tables else _build()
    if keys.isdisjoint(chars) and _LATIN.isdisjoint(chars):
        return set(), -1  # (an accent or a dash in an English note: no phrase can be there)
    low = (_norm(text) if not _MARKED.isdisjoint(chars) else lowered) + "\n"
    found: set[str] = set()
    requests = 0
    first = -1
    head = len(low) - len(low.lstrip(" \t\n\"'\u201c\u300c\u00ab-*>"))
    for key in ("", *keys.intersection(chars)):  # (what ``_norm`` maps to is there already)
        for phrase, kind, start, end in by_key.get(key, ()):
            if kind in found and kind != "R":
                continue
            pos = _bounded(low, phrase, start, end)
            if pos < 0:
                continue
            if kind == "A" and pos > head + 40:
                continue  # an opener opens the answer
            if kind == "T" and not _attached(low, pos):
                continue
            if kind == "S":
                found.add("R")
            if kind == "R":
                requests += 1
                if pos == head:
                    found.add("S")  # the text opens with a request to its reader
            found.add(kind)
            if first < 0 or pos < first:
                first = pos
    if low.startswith(_START, head):
        found.add("S")
        first = head if first < 0 else min(first, head)
    if "L" in found and "W" in found:
        found.add("O")  # "answer in Thai"
    if requests >= 2:
        found.add("RR")
    if _steps(low):
        found.add("N")
    return found, first


def is_request(found: set[str]) -> bool:
    """Two kinds of address to a model at once, or a request to transform a text attached
    below it (see the module's docstring)."""
    if "X" in found:
        return False
    return len(found.intersection(("R", "P", "F", "O", "S"))) >= 2 or "RR" in found or "T" in found


def is_answer(found: set[str]) -> bool:
    """A chatbot's opener with its closer, a presentation, steps, an offer to do more or a
    recap; a closer with a presentation, an offer or a recap; an offer with a presentation or
    a recap (session 23: Q and Y)."""
    return (("A" in found and not found.isdisjoint(("C", "H", "N", "Q", "Y")))
            or ("C" in found and not found.isdisjoint(("H", "Q", "Y")))
            or ("Q" in found and not found.isdisjoint(("H", "Y"))))


def script_hits(text: str, hits: list[_Hit]) -> None:
    """Add a prompt finding when ``text`` is a request to a model or a model's answer written in
    one of the scripts and languages above."""
    found, first = kinds_of(text)
    if found and (is_request(found) or is_answer(found)):
        hits.append((PROMPT, 1, first, first + 1, RULE_ID))
