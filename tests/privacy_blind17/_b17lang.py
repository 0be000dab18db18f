"""blind17: non-English comment lines and note lead-ins (plain engineering prose, never a prompt)."""
from __future__ import annotations

import random

from _b17rand import pick

# Comments that sit in config files and code: neutral engineering remarks.
COMMENTS = {
    "en": ["production settings", "do not change without telling ops", "temporary, remove after the migration",
           "copied from the staging box", "used by the nightly export job", "see RUNBOOK.md for rotation",
           "local development only", "overridden in CI", "keep in sync with helm values", "legacy, still read by v1 clients"],
    "zh": ["生产环境配置", "修改前请通知运维", "临时配置，迁移完成后删除", "从预发环境复制过来的", "夜间导出任务使用",
           "轮换步骤见 RUNBOOK.md", "仅用于本地开发", "CI 中会被覆盖"],
    "ja": ["本番環境の設定", "変更する前に運用チームに連絡すること", "移行が終わったら削除する", "ステージングからコピーしたもの",
           "夜間バッチで使用", "ローテーション手順は RUNBOOK.md を参照", "ローカル開発専用"],
    "ko": ["운영 환경 설정", "변경 전에 인프라 팀에 알릴 것", "마이그레이션 후 삭제 예정", "스테이징에서 복사함", "야간 배치에서 사용",
           "로컬 개발 전용"],
    "de": ["Produktionseinstellungen", "nicht ohne Rücksprache mit Ops ändern", "temporär, nach der Migration entfernen",
           "vom Staging-Server kopiert", "wird vom nächtlichen Export genutzt", "nur für die lokale Entwicklung"],
    "fr": ["configuration de production", "ne pas modifier sans prévenir l'équipe ops", "temporaire, à supprimer après la migration",
           "copié depuis la préprod", "utilisé par l'export nocturne", "uniquement pour le développement local"],
    "es": ["configuración de producción", "no cambiar sin avisar a operaciones", "temporal, eliminar tras la migración",
           "copiado del servidor de staging", "lo usa el job de exportación nocturno", "solo para desarrollo local"],
    "pt": ["configuração de produção", "não alterar sem avisar o time de infra", "temporário, remover depois da migração",
           "copiado do servidor de homologação", "usado pelo job noturno de exportação", "apenas para desenvolvimento local"],
    "ru": ["настройки продакшена", "не менять без согласования с эксплуатацией", "временно, удалить после миграции",
           "скопировано со стейджинга", "используется ночной выгрузкой", "только для локальной разработки"],
    "hi": ["प्रोडक्शन सेटिंग्स", "ऑप्स टीम को बताए बिना न बदलें", "अस्थायी, माइग्रेशन के बाद हटाएँ", "स्टेजिंग सर्वर से कॉपी किया गया",
           "केवल लोकल डेवलपमेंट के लिए"],
    "tr": ["üretim ayarları", "ops ekibine haber vermeden değiştirmeyin", "geçici, geçişten sonra silinecek",
           "staging sunucusundan kopyalandı", "yalnızca yerel geliştirme için"],
    "vi": ["cấu hình môi trường production", "không sửa khi chưa báo đội vận hành", "tạm thời, xóa sau khi migrate xong",
           "sao chép từ máy staging", "chỉ dùng cho môi trường dev"],
    "pl": ["ustawienia produkcyjne", "nie zmieniać bez uzgodnienia z ops", "tymczasowe, usunąć po migracji",
           "skopiowane ze stagingu", "tylko do lokalnego developmentu"],
    "ar": ["إعدادات بيئة الإنتاج", "لا تغيّر هذا دون إبلاغ فريق العمليات", "مؤقت، يُحذف بعد الترحيل", "منسوخ من خادم الاختبار",
           "للتطوير المحلي فقط"],
    "it": ["impostazioni di produzione", "non modificare senza avvisare gli ops", "temporaneo, da rimuovere dopo la migrazione",
           "copiato dal server di staging", "solo per lo sviluppo locale"],
    "nl": ["productie-instellingen", "niet wijzigen zonder ops te informeren", "tijdelijk, verwijderen na de migratie",
           "gekopieerd van de staging-server", "alleen voor lokale ontwikkeling"],
    "uk": ["налаштування продакшену", "не змінювати без погодження з ops", "тимчасово, видалити після міграції",
           "скопійовано зі стейджингу", "лише для локальної розробки"],
}
FOREIGN = [k for k in COMMENTS if k != "en"]

# Lead-in lines an agent writes above an excerpt it copied into a note.
LEADS = {
    "en": ["From {p}:", "Excerpt of {p} (as found on {b}):", "{p}, relevant part:", "Copied from {p} for the record:",
           "Current contents of {p}:", "Snippet from {p} that the failing job reads:", "{p} on branch {b}:"],
    "zh": ["摘自 {p}：", "{p} 的相关部分（{b} 分支）：", "当前 {p} 的内容：", "失败任务读取的 {p} 片段："],
    "ja": ["{p} より抜粋：", "{b} ブランチの {p}：", "{p} の該当箇所：", "失敗しているジョブが読む {p} の一部："],
    "ko": ["{p} 발췌:", "{b} 브랜치의 {p}:", "{p} 해당 부분:", "실패한 잡이 읽는 {p} 일부:"],
    "de": ["Auszug aus {p}:", "{p} auf Branch {b}:", "Relevanter Teil von {p}:", "Aktueller Inhalt von {p}:"],
    "fr": ["Extrait de {p} :", "{p} sur la branche {b} :", "Partie concernée de {p} :", "Contenu actuel de {p} :"],
    "es": ["Extracto de {p}:", "{p} en la rama {b}:", "Parte relevante de {p}:", "Contenido actual de {p}:"],
    "pt": ["Trecho de {p}:", "{p} na branch {b}:", "Parte relevante de {p}:", "Conteúdo atual de {p}:"],
    "ru": ["Фрагмент {p}:", "{p} в ветке {b}:", "Нужная часть {p}:", "Текущее содержимое {p}:"],
    "hi": ["{p} से अंश:", "{b} ब्रांच पर {p}:", "{p} का संबंधित हिस्सा:"],
    "tr": ["{p} dosyasından alıntı:", "{b} dalındaki {p}:", "{p} ilgili kısım:"],
    "vi": ["Trích từ {p}:", "{p} trên nhánh {b}:", "Phần liên quan trong {p}:"],
    "pl": ["Fragment {p}:", "{p} na gałęzi {b}:", "Istotna część {p}:"],
    "ar": ["مقتطف من {p}:", "{p} على الفرع {b}:", "الجزء المعني من {p}:"],
    "it": ["Estratto da {p}:", "{p} sul branch {b}:", "Parte rilevante di {p}:"],
    "nl": ["Fragment uit {p}:", "{p} op branch {b}:", "Relevante deel van {p}:"],
    "uk": ["Фрагмент {p}:", "{p} у гілці {b}:", "Потрібна частина {p}:"],
}

# Short remarks an engineer (or agent) adds after an excerpt: notes, never addressed to a model.
AFTER = {
    "en": ["Rotate before the next release.", "This is what the deploy job picks up.", "Needs moving to the secret store.",
           "Works locally, fails in CI.", "Same value on both stacks.", "Left as is until the cutover."],
    "zh": ["下次发布前需要轮换。", "部署任务读取的就是这个。", "需要迁到密钥管理里。", "本地正常，CI 失败。"],
    "ja": ["次のリリース前にローテーションする。", "デプロイジョブはこれを読む。", "シークレットストアに移す必要あり。", "ローカルでは動くが CI で失敗。"],
    "ko": ["다음 릴리스 전에 교체 필요.", "배포 잡이 이 값을 읽음.", "시크릿 저장소로 옮겨야 함.", "로컬에서는 되고 CI에서 실패."],
    "de": ["Vor dem nächsten Release rotieren.", "Das liest der Deploy-Job.", "Muss in den Secret Store.", "Lokal ok, in CI kaputt."],
    "fr": ["À faire tourner avant la prochaine release.", "C'est ce que lit le job de déploiement.", "À déplacer dans le coffre.",
           "Marche en local, échoue en CI."],
    "es": ["Rotar antes del próximo release.", "Es lo que lee el job de despliegue.", "Hay que moverlo al gestor de secretos.",
           "Funciona en local, falla en CI."],
    "pt": ["Rotacionar antes do próximo release.", "É isso que o job de deploy lê.", "Precisa ir para o cofre de segredos.",
           "Funciona local, falha no CI."],
    "ru": ["Сменить до следующего релиза.", "Именно это читает деплой.", "Перенести в хранилище секретов.", "Локально работает, в CI падает."],
    "hi": ["अगली रिलीज़ से पहले बदलना है।", "डिप्लॉय जॉब यही पढ़ता है।", "सीक्रेट स्टोर में ले जाना है।"],
    "tr": ["Bir sonraki sürümden önce değiştirilmeli.", "Deploy işi bunu okuyor.", "Gizli anahtar deposuna taşınmalı."],
    "vi": ["Cần xoay vòng trước lần phát hành tới.", "Job deploy đọc đúng giá trị này.", "Cần chuyển vào kho bí mật."],
    "pl": ["Zrotować przed następnym wydaniem.", "To czyta job deploymentu.", "Trzeba przenieść do menedżera sekretów."],
    "ar": ["يجب تدويره قبل الإصدار القادم.", "هذا ما تقرأه مهمة النشر.", "يجب نقله إلى مخزن الأسرار."],
    "it": ["Da ruotare prima del prossimo rilascio.", "È quello che legge il job di deploy.", "Va spostato nel secret store."],
    "nl": ["Roteren voor de volgende release.", "Dit leest de deploy-job.", "Moet naar de secret store."],
    "uk": ["Змінити до наступного релізу.", "Саме це читає деплой.", "Перенести у сховище секретів."],
}


def comment(r: random.Random, lang: str) -> str:
    return pick(r, COMMENTS[lang])


def lead(r: random.Random, lang: str, path: str, branch: str) -> str:
    return pick(r, LEADS[lang]).format(p=path, b=branch)


def after(r: random.Random, lang: str) -> str:
    return pick(r, AFTER[lang])
