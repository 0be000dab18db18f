"""Shared-store frames for blind22: the header a runner, agent or person puts above what it copies
into the team's store, and the line it adds below. Frames never change a line's label: they are
ordinary report text, in English or another language."""
import json

from _b22lang import say
from _b22rand import AGENTS, R, hosts_pick, job_url, num, pick, repo, runid, sha, stamp, who

HEAD = {
    "en": ["[{ts}] {a}@{h} run {r}:", "copied from the job log by {a} ({j}):", "{a} for the next human, {ts}:",
           "entry {e} · {a} · {repo}@{c}", "{a} on {h} (commit {c}) recorded:", "from the shared store, written by {a}:"],
    "zh": ["[{ts}] {a}@{h} 记录（运行 {r}）：", "由 {a} 从任务日志复制（{j}）：", "{a} 留给下一位同事：", "共享存储条目 {e}，作者 {a}："],
    "ja": ["[{ts}] {a}@{h} の記録（実行 {r}）：", "{a} がジョブログから貼り付け（{j}）：", "次の担当者へ（{a} より）："],
    "ko": ["[{ts}] {a}@{h} 기록 (실행 {r}):", "{a}가 작업 로그에서 복사함 ({j}):", "다음 담당자에게 ({a}):"],
    "de": ["[{ts}] {a}@{h}, Lauf {r}:", "aus dem Job-Log kopiert von {a} ({j}):", "Für die nächste Schicht, von {a}:"],
    "fr": ["[{ts}] {a}@{h}, exécution {r} :", "copié depuis le journal du job par {a} ({j}) :", "Pour la prochaine personne d'astreinte, de {a} :"],
    "es": ["[{ts}] {a}@{h}, ejecución {r}:", "copiado del log del job por {a} ({j}):", "Para el siguiente turno, de {a}:"],
    "pt": ["[{ts}] {a}@{h}, execução {r}:", "copiado do log do job por {a} ({j}):", "Para o próximo turno, de {a}:"],
    "ru": ["[{ts}] {a}@{h}, запуск {r}:", "скопировано из лога джоба ({a}, {j}):", "Для следующей смены от {a}:"],
    "tr": ["[{ts}] {a}@{h}, çalıştırma {r}:", "{a} tarafından iş günlüğünden kopyalandı ({j}):"],
    "vi": ["[{ts}] {a}@{h}, lần chạy {r}:", "{a} sao chép từ log của job ({j}):"],
    "pl": ["[{ts}] {a}@{h}, przebieg {r}:", "skopiowane z logu joba przez {a} ({j}):"],
    "it": ["[{ts}] {a}@{h}, esecuzione {r}:", "copiato dal log del job da {a} ({j}):"],
    "hi": ["[{ts}] {a}@{h}, रन {r}:", "{a} ने job log से कॉपी किया ({j}):"],
    "ar": ["[{ts}] {a}@{h}، التشغيل {r}:", "نسخه {a} من سجل المهمة ({j}):"],
}

TAIL = {
    "en": ["next: rerun once the cache fix is merged", "status: left for review, nothing deployed", "owner: {w}",
           "see {j} for the full log", "handing this to {w} tomorrow morning"],
    "zh": ["下一步：缓存修复合并后重跑", "状态：待评审，未部署", "负责人：{w}", "完整日志见 {j}"],
    "ja": ["次：キャッシュ修正のマージ後に再実行", "状態：レビュー待ち、未デプロイ", "担当：{w}"],
    "ko": ["다음: 캐시 수정 머지 후 재실행", "상태: 리뷰 대기, 배포 안 함", "담당: {w}"],
    "de": ["Nächster Schritt: nach dem Cache-Fix erneut ausführen", "Status: wartet auf Review, nichts ausgerollt", "Zuständig: {w}"],
    "fr": ["suite : relancer après la correction du cache", "statut : en attente de revue, rien de déployé", "responsable : {w}"],
    "es": ["siguiente: relanzar cuando se fusione el arreglo de la caché", "estado: pendiente de revisión, nada desplegado", "responsable: {w}"],
    "pt": ["próximo: rodar de novo após o fix do cache", "status: aguardando revisão, nada implantado"],
    "ru": ["дальше: перезапустить после фикса кэша", "статус: ждёт ревью, ничего не выкатывали"],
    "tr": ["sonraki: önbellek düzeltmesinden sonra yeniden çalıştır", "durum: inceleme bekliyor"],
    "vi": ["tiếp theo: chạy lại sau khi sửa cache", "trạng thái: chờ review, chưa triển khai"],
    "pl": ["dalej: uruchomić ponownie po poprawce cache", "status: czeka na review"],
    "it": ["prossimo passo: rilanciare dopo la correzione della cache", "stato: in attesa di revisione"],
    "hi": ["अगला कदम: cache fix merge होने के बाद दोबारा चलाएँ", "स्थिति: review बाकी, कुछ deploy नहीं हुआ"],
    "ar": ["التالي: إعادة التشغيل بعد دمج إصلاح الذاكرة المؤقتة", "الحالة: بانتظار المراجعة"],
}


def frame(text, code):
    """Put `text` inside a store entry written in language `code`."""
    fill = {"ts": stamp(), "a": pick(AGENTS), "h": pick(hosts_pick()), "r": runid(), "j": job_url(), "e": sha(8),
            "repo": repo(), "c": sha(7), "w": who()}
    shape = num(0, 5)
    if shape == 5 and code == "en":
        return json.dumps({"entry": sha(12), "kind": pick(["note", "validation", "handoff"]), "author": fill["a"],
                           "host": fill["h"], "created": fill["ts"], "text": text}, ensure_ascii=False)
    head = say(HEAD, code).format(**fill)
    tail = say(TAIL, code).format(**fill)
    if shape in (0, 1):
        return f"{head}\n{text}"
    if shape == 2:
        return f"{text}\n{tail}"
    if shape == 3:
        return f"{head} {text}" if "\n" not in text and R.random() < 0.5 else f"{head}\n{text}\n— {tail}"
    return f"{head}\n\n{text}\n\n{tail}"
