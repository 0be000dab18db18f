# ruff: noqa: RUF001, E501  (template tables: one template a line, text in many scripts)
"""Prompt-label categories in ten languages: requests, questions, model answers under a label,
and short transcripts, as a coding agent's user would write them in their own language."""

from __future__ import annotations

import random
from collections.abc import Callable

from _b7rand import CMDS, ERRORS, FILES, FUNCS, LIBS, MODELS, pick

R = random.Random

T: dict[str, list[str]] = {
    "zh": [
        "帮我看看 {file} 为什么一直报 {err}，我已经试了好几次了",
        "用户原话：把 {func} 改成异步的，但不要改接口",
        "{func} 这个函数到底是干什么的？为什么每次调用都这么慢",
        "能不能用 {lib} 重写一下这段逻辑？现在的代码太乱了",
        "模型回答：问题在于 {func} 在导入时就读取了配置，所以测试里修改环境变量不起作用。把读取移到函数内部即可。",
        "用户：{cmd} 跑不过，怎么办？\n助手：先看一下报错信息，{err} 通常说明输入没有校验。",
        "你是一名资深的后端工程师，请用中文回答，并且只给出代码。",
        "为什么在 CI 上会出现 {err}，本地却完全正常？",
        "请解释一下 {lib} 和普通线程池的区别，什么时候该用哪个",
        "AI 的回复：\n这是一个竞态条件。两个 worker 可能同时通过检查，建议在 open 时使用 O_EXCL。",
        "那如果不用 {lib}，换成别的方案会不会更简单？",
        "问：{file} 里的重试逻辑有必要吗？答：有必要，因为上游偶尔会返回 {err}。",
    ],
    "ja": [
        "{file} で {err} が出続けています。原因を調べて直してください",
        "ユーザーの依頼（原文）：{func} のテストを書いて、空の入力のケースも含めて",
        "{func} はなぜ None を返すことがあるのでしょうか？",
        "{lib} を使うべきか、それともスレッドで十分ですか",
        "モデルの回答：原因は {func} がインポート時に設定を読み込んでいることです。関数の中で読み込むように変更すれば解決します。",
        "ユーザー：{cmd} が失敗します\nアシスタント：エラーメッセージを見ると、{err} は入力が検証されていないことを示しています。",
        "あなたは経験豊富なレビュアーです。以下の差分をレビューして、問題点を箇条書きで挙げてください。",
        "CI だけで {err} が出るのはどうしてですか？ローカルでは再現しません",
        "アシスタントの返答:\nはい、そのマイグレーションは元に戻せます。ただし新しい行が書き込まれる前に down を実行する必要があります。",
        "じゃあ {lib} を使わない方法だとどうなりますか？",
        "{file} をリファクタリングして、設定の読み込みが重複しないようにしてもらえますか",
    ],
    "ko": [
        "{file}에서 계속 {err} 에러가 나요. 원인 좀 찾아서 고쳐 주세요",
        "사용자 요청 원문: {func}를 비동기로 바꿔 주세요. 공개 API는 건드리지 말고요",
        "{func}는 왜 가끔 None을 반환하나요?",
        "{lib}를 쓰는 게 나을까요, 아니면 그냥 스레드로 충분할까요?",
        "모델 답변: 문제는 {func}가 임포트 시점에 설정을 읽는다는 점입니다. 함수 안에서 읽도록 옮기면 해결됩니다.",
        "사용자: {cmd}가 실패해요\n어시스턴트: 로그를 보면 {err}는 입력 검증이 빠졌다는 뜻입니다.",
        "당신은 시니어 백엔드 개발자입니다. 코드만 답하고 설명은 생략하세요.",
        "CI에서만 {err}가 나는 이유가 뭘까요? 로컬에서는 재현이 안 돼요",
        "AI 응답:\n두 워커가 동시에 존재 여부 검사를 통과할 수 있는 경쟁 조건입니다. O_EXCL 플래그를 쓰세요.",
        "그럼 {lib} 안 쓰고 하면 더 간단해지나요?",
        "{file} 리팩터링해서 설정 로딩 중복 좀 없애 줄 수 있어요?",
    ],
    "es": [
        "arregla el test inestable de {file}, falla una de cada cinco veces",
        "el usuario pidió: \"cambia {func} para que reintente cuando salga {err}\"",
        "¿por qué {func} devuelve None si la entrada no está vacía?",
        "¿Qué diferencia hay entre {lib} y usar hilos sin más?",
        "Respuesta del modelo: el problema es que {func} lee la configuración al importar el módulo, así que el test no ve el cambio. Mueve la lectura dentro de la función.",
        "Usuario: {cmd} no pasa, ¿qué hago?\nAsistente: Revisa el error; {err} suele indicar que la entrada no se valida.",
        "Eres un ingeniero sénior de backend. Responde solo con código y en español.",
        "¿Cómo hago para que {cmd} ejecute solo los tests que cambiaron?",
        "El asistente respondió:\nSí, la migración es reversible, pero solo si ejecutas el down antes de que se escriban filas nuevas.",
        "¿y si en vez de eso usamos {lib}? ¿sería más simple?",
        "Necesito que migres {file} a {lib} sin romper la API pública",
    ],
    "fr": [
        "corrige le test instable dans {file}, il échoue une fois sur cinq",
        "l'utilisateur a demandé : « fais en sorte que {func} réessaie en cas de {err} »",
        "pourquoi {func} renvoie None alors que l'entrée n'est pas vide ?",
        "Quelle est la différence entre {lib} et un simple pool de threads ?",
        "Réponse du modèle : le problème vient de {func}, qui lit la configuration à l'import. Déplacez la lecture dans la fonction et le test passera.",
        "Utilisateur : {cmd} échoue, que faire ?\nAssistant : Regardez l'erreur ; {err} indique en général une entrée non validée.",
        "Tu es un développeur backend expérimenté. Réponds uniquement avec du code.",
        "Est-ce que {err} veut dire qu'on a perdu des données ?",
        "L'assistant a répondu :\nOui, la migration est réversible, à condition de lancer le down avant que de nouvelles lignes soient écrites.",
        "et si on utilisait plutôt {lib}, ce serait plus simple ?",
        "Peux-tu refactoriser {file} pour que le chargement de la config ne soit plus dupliqué ?",
    ],
    "ru": [
        "почини нестабильный тест в {file}, он падает примерно раз из пяти",
        "пользователь написал: «сделай так, чтобы {func} повторял запрос при {err}»",
        "почему {func} возвращает None, если вход не пустой?",
        "В чём разница между {lib} и обычными потоками?",
        "Ответ модели: проблема в том, что {func} читает конфиг при импорте, поэтому тест не видит изменений. Перенесите чтение внутрь функции.",
        "Пользователь: {cmd} не проходит, что делать?\nАссистент: Посмотрите на ошибку: {err} обычно означает, что вход не проверяется.",
        "Ты опытный бэкенд-разработчик. Отвечай только кодом, без пояснений.",
        "Можно ли игнорировать {err} или это потеря данных?",
        "Ассистент ответил:\nДа, миграция обратима, но только если выполнить down до того, как будут записаны новые строки.",
        "а если вместо этого взять {lib}, будет проще?",
        "Отрефактори {file}, чтобы загрузка конфигурации не дублировалась",
    ],
    "tr": [
        "{file} içindeki kararsız testi düzelt, beş çalıştırmada bir patlıyor",
        "kullanıcının isteği: \"{func} fonksiyonu {err} aldığında yeniden denesin\"",
        "{func} girdi boş değilken neden None döndürüyor?",
        "{lib} ile düz thread kullanmak arasındaki fark ne?",
        "Modelin cevabı: Sorun, {func} fonksiyonunun yapılandırmayı import sırasında okuması. Okumayı fonksiyonun içine taşıyın.",
        "Kullanıcı: {cmd} geçmiyor, ne yapmalıyım?\nAsistan: Hataya bakın; {err} genelde girdinin doğrulanmadığını gösterir.",
        "Sen deneyimli bir backend geliştiricisisin. Sadece kodla cevap ver.",
        "CI'da {err} hatası neden çıkıyor da lokalde çıkmıyor?",
        "Asistanın yanıtı:\nEvet, migration geri alınabilir; ama yeni satırlar yazılmadan önce down adımını çalıştırmanız gerekir.",
        "peki bunun yerine {lib} kullansak daha basit olmaz mı?",
        "{file} dosyasını refactor edip config yüklemesindeki tekrarı kaldırır mısın?",
    ],
    "vi": [
        "sửa giúp mình cái test chập chờn trong {file}, cứ năm lần chạy thì hỏng một lần",
        "người dùng yêu cầu: \"cho {func} thử lại khi gặp {err}\"",
        "tại sao {func} lại trả về None khi đầu vào không rỗng?",
        "{lib} khác gì so với dùng thread bình thường?",
        "Câu trả lời của mô hình: Vấn đề là {func} đọc cấu hình lúc import, nên test không thấy thay đổi. Hãy chuyển việc đọc vào trong hàm.",
        "Người dùng: {cmd} bị lỗi, làm sao đây?\nTrợ lý: Xem thông báo lỗi; {err} thường có nghĩa là đầu vào chưa được kiểm tra.",
        "Bạn là một kỹ sư backend giàu kinh nghiệm. Chỉ trả lời bằng code.",
        "Lỗi {err} có phải là mất dữ liệu không?",
        "Trợ lý đã trả lời:\nĐúng, migration có thể hoàn tác, nhưng chỉ khi chạy down trước khi có dòng mới được ghi.",
        "thế nếu dùng {lib} thay vào đó thì có đơn giản hơn không?",
        "Bạn refactor {file} để bỏ phần tải cấu hình bị lặp được không?",
    ],
    "id": [
        "tolong perbaiki test yang flaky di {file}, gagal sekitar satu dari lima kali",
        "permintaan user: \"buat {func} mencoba ulang kalau kena {err}\"",
        "kenapa {func} mengembalikan None padahal inputnya tidak kosong?",
        "Apa bedanya {lib} dengan thread biasa?",
        "Jawaban model: Masalahnya, {func} membaca konfigurasi saat import, jadi test tidak melihat perubahan. Pindahkan pembacaan ke dalam fungsi.",
        "Pengguna: {cmd} gagal, harus bagaimana?\nAsisten: Lihat pesan errornya; {err} biasanya berarti input tidak divalidasi.",
        "Kamu adalah engineer backend senior. Jawab hanya dengan kode.",
        "Apakah {err} berarti ada data yang hilang?",
        "Asisten menjawab:\nYa, migrasi bisa dibatalkan, tapi hanya jika down dijalankan sebelum ada baris baru yang ditulis.",
        "kalau pakai {lib} saja gimana, lebih simpel nggak?",
        "Bisa refactor {file} supaya loading config tidak duplikat lagi?",
    ],
    "pl": [
        "napraw niestabilny test w {file}, wywala się mniej więcej raz na pięć",
        "użytkownik poprosił: „niech {func} ponawia próbę przy {err}”",
        "dlaczego {func} zwraca None, skoro wejście nie jest puste?",
        "Jaka jest różnica między {lib} a zwykłymi wątkami?",
        "Odpowiedź modelu: Problem polega na tym, że {func} czyta konfigurację przy imporcie, więc test nie widzi zmiany. Przenieś odczyt do wnętrza funkcji.",
        "Użytkownik: {cmd} nie przechodzi, co robić?\nAsystent: Spójrz na błąd; {err} zwykle oznacza brak walidacji wejścia.",
        "Jesteś doświadczonym programistą backendu. Odpowiadaj wyłącznie kodem.",
        "Czy {err} oznacza utratę danych?",
        "Asystent odpowiedział:\nTak, migrację da się cofnąć, ale tylko jeśli uruchomisz down, zanim zapiszą się nowe wiersze.",
        "a gdyby zamiast tego użyć {lib}, byłoby prościej?",
        "Możesz zrefaktoryzować {file}, żeby ładowanie konfiguracji się nie powtarzało?",
    ],
}

_SUFFIX = {
    "zh": ["", "", "。谢谢", "，急", "（模型：{model}）"],
    "ja": ["", "", "。よろしくお願いします", "（急ぎです）", "（モデル: {model}）"],
    "ko": ["", "", " 감사합니다", " 급해요", " (모델: {model})"],
    "es": ["", "", " gracias", " es urgente", " (modelo: {model})"],
    "fr": ["", "", " merci", " c'est urgent", " (modèle : {model})"],
    "ru": ["", "", " спасибо", " срочно", " (модель: {model})"],
    "tr": ["", "", " teşekkürler", " acil", " (model: {model})"],
    "vi": ["", "", " cảm ơn", " gấp nhé", " (mô hình: {model})"],
    "id": ["", "", " makasih", " urgent ya", " (model: {model})"],
    "pl": ["", "", " dzięki", " pilne", " (model: {model})"],
}


_NO_SUFFIX = ("模型回答", "用户：", "你是", "AI 的回复", "我的计划", "问：", "モデルの回答", "ユーザー：",
              "あなたは", "アシスタントの返答", "計画：", "모델 답변", "사용자:", "당신은", "AI 응답", "내 계획",
              "Respuesta del modelo", "Usuario:", "Eres ", "El asistente", "Mi plan", "Réponse du modèle",
              "Utilisateur :", "Tu es ", "L'assistant", "Mon plan", "Ответ модели", "Пользователь:", "Ты ",
              "Ассистент", "Мой план", "Modelin cevabı", "Kullanıcı:", "Sen ", "Asistanın", "Planım",
              "Câu trả lời", "Người dùng:", "Bạn là", "Trợ lý", "Kế hoạch", "Jawaban model", "Pengguna:",
              "Kamu adalah", "Asisten menjawab", "Rencanaku", "Odpowiedź modelu", "Użytkownik:", "Jesteś",
              "Asystent", "Mój plan")


def _make(lang: str) -> Callable[[R], str]:
    def gen(rng: R) -> str:
        t = pick(rng, T[lang])
        text = t.format(file=pick(rng, FILES), func=pick(rng, FUNCS), err=pick(rng, ERRORS),
                        lib=pick(rng, LIBS), cmd=pick(rng, CMDS))
        suffix = pick(rng, _SUFFIX[lang]).format(model=pick(rng, MODELS))
        if t.startswith(_NO_SUFFIX):
            return text
        if suffix[:1] in "。，" and text[-1:] in "。？?":
            suffix = suffix[1:]
        if suffix[:1] == " " and suffix[1:2] != "(" and text[-1:].isalnum():
            suffix = "," + suffix
        return text + suffix
    return gen


CATEGORIES: list[tuple[str, Callable[[R], str], int]] = [
    (f"prompt_{lang}", _make(lang), 35) for lang in ["zh", "ja", "ko", "es", "fr", "ru", "tr", "vi", "id", "pl"]
]
