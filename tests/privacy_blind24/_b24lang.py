"""Per-language document words and filler sentences for blind24 (14 languages), so that about a
third of the documents are wholly or partly non-English."""
import random

from _b24rand import svc

LANGS = ["de", "fr", "es", "pt", "it", "nl", "pl", "ja", "zh", "ko", "ru", "tr", "sv"]

# heading words: (last edited, steps, notes, subject, see also)
WORDS = {
    "en": ("Last edited", "Steps", "Notes", "Subject", "See also"),
    "de": ("Zuletzt bearbeitet", "Schritte", "Hinweise", "Betreff", "Siehe auch"),
    "fr": ("Dernière modification", "Étapes", "Remarques", "Objet", "Voir aussi"),
    "es": ("Última edición", "Pasos", "Notas", "Asunto", "Véase también"),
    "pt": ("Última edição", "Passos", "Notas", "Assunto", "Veja também"),
    "it": ("Ultima modifica", "Passaggi", "Note", "Oggetto", "Vedi anche"),
    "nl": ("Laatst bewerkt", "Stappen", "Opmerkingen", "Onderwerp", "Zie ook"),
    "pl": ("Ostatnia edycja", "Kroki", "Uwagi", "Temat", "Zobacz też"),
    "ja": ("最終更新", "手順", "備考", "件名", "関連"),
    "zh": ("最后编辑", "步骤", "备注", "主题", "另见"),
    "ko": ("최종 수정", "단계", "참고", "제목", "관련 문서"),
    "ru": ("Последнее изменение", "Шаги", "Примечания", "Тема", "См. также"),
    "tr": ("Son düzenleme", "Adımlar", "Notlar", "Konu", "Ayrıca bakınız"),
    "sv": ("Senast ändrad", "Steg", "Anteckningar", "Ämne", "Se även"),
}

FILLER = {
    "en": ["The {s} deploy moved to the Tuesday window after the freeze.",
           "p95 latency on {s} dropped from {n}0 ms to {n} ms once the cache was warm.",
           "We still page the on-call owner of {s} for disk alerts above {n}0 %.",
           "Rollback is a plain revert of the release tag; no data migration is involved.",
           "The nightly job for {s} writes about {n}00 MB of parquet per partition.",
           "Dashboards for {s} live in the shared folder; ask in the team channel for edit rights.",
           "Retries use exponential backoff capped at {n} attempts.",
           "Owners review this page every quarter; stale sections get an 'outdated' banner."],
    "de": ["Das Deployment von {s} läuft ab jetzt im Dienstagsfenster.",
           "Die Latenz von {s} ist nach dem Cache-Umbau um {n}0 % gesunken.",
           "Bei Plattenalarmen über {n}0 % wird weiterhin die Rufbereitschaft alarmiert.",
           "Ein Rollback ist ein einfacher Revert des Release-Tags."],
    "fr": ["Le déploiement de {s} passe au créneau du mardi.",
           "La latence p95 de {s} est tombée à {n}0 ms après le préchauffage du cache.",
           "L'astreinte reçoit une alerte si le disque dépasse {n}0 %.",
           "Le retour arrière consiste à revenir au tag précédent."],
    "es": ["El despliegue de {s} pasa a la ventana del martes.",
           "La latencia p95 de {s} bajó a {n}0 ms con la caché caliente.",
           "La guardia recibe alertas de disco por encima del {n}0 %.",
           "Para revertir basta con volver a la etiqueta anterior."],
    "pt": ["O deploy do {s} passou para a janela de terça-feira.",
           "A latência p95 do {s} caiu para {n}0 ms depois do ajuste de cache.",
           "O plantão recebe alertas de disco acima de {n}0 %.",
           "O rollback é só reverter a tag da versão."],
    "it": ["Il rilascio di {s} si sposta alla finestra del martedì.",
           "La latenza p95 di {s} è scesa a {n}0 ms con la cache calda.",
           "La reperibilità riceve un avviso se il disco supera il {n}0 %.",
           "Il rollback è un semplice revert del tag di rilascio."],
    "nl": ["De uitrol van {s} verschuift naar het dinsdagvenster.",
           "De p95-latentie van {s} daalde naar {n}0 ms na de cachewijziging.",
           "De dienstdoende collega krijgt een melding boven {n}0 % schijfgebruik.",
           "Terugdraaien is een revert van de release-tag."],
    "pl": ["Wdrożenie {s} przechodzi na okno wtorkowe.",
           "Opóźnienie p95 usługi {s} spadło do {n}0 ms po zmianie cache.",
           "Dyżurny dostaje alert, gdy dysk przekroczy {n}0 %.",
           "Wycofanie zmian to zwykły revert tagu wydania."],
    "ja": ["{s} のデプロイは火曜日の枠に移動しました。",
           "キャッシュ調整後、{s} の p95 レイテンシは {n}0 ms まで下がりました。",
           "ディスク使用率が {n}0 % を超えると当番に通知されます。",
           "ロールバックはリリースタグを戻すだけです。"],
    "zh": ["{s} 的发布改到周二的窗口。",
           "缓存调整后，{s} 的 p95 延迟降到 {n}0 毫秒。",
           "磁盘使用率超过 {n}0 % 时会通知值班人员。",
           "回滚只需要恢复上一个发布标签。"],
    "ko": ["{s} 배포는 화요일 창으로 옮겼습니다.",
           "캐시 조정 후 {s}의 p95 지연 시간이 {n}0 ms로 줄었습니다.",
           "디스크 사용률이 {n}0 %를 넘으면 당직자에게 알림이 갑니다.",
           "롤백은 릴리스 태그를 되돌리면 됩니다."],
    "ru": ["Выкладка {s} переехала на окно во вторник.",
           "После настройки кэша p95 у {s} упала до {n}0 мс.",
           "Дежурный получает алерт, если диск заполнен больше чем на {n}0 %.",
           "Откат — это просто возврат к предыдущему тегу релиза."],
    "tr": ["{s} dağıtımı salı penceresine taşındı.",
           "Önbellek ayarından sonra {s} p95 gecikmesi {n}0 ms'ye düştü.",
           "Disk %{n}0 üzerine çıkınca nöbetçiye uyarı gider.",
           "Geri alma, sürüm etiketini geri çevirmekten ibaret."],
    "sv": ["Driftsättningen av {s} flyttas till tisdagsfönstret.",
           "p95-latensen för {s} sjönk till {n}0 ms efter cacheändringen.",
           "Jouren larmas när disken passerar {n}0 %.",
           "Återställning är bara en revert av release-taggen."],
}


def pick_lang(r: random.Random, share: float = 0.36) -> str:
    return r.choice(LANGS) if r.random() < share else "en"


def filler(r: random.Random, lang: str, k: int) -> list[str]:
    pool = FILLER[lang]
    picked = r.sample(pool, min(k, len(pool))) + [r.choice(pool) for _ in range(k - len(pool))]
    return [line.format(s=svc(r), n=r.randint(2, 9)) for line in picked]


def words(lang: str) -> tuple[str, str, str, str, str]:
    return WORDS[lang]
