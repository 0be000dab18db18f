"""Benign: an agent's notes, commit messages and changelog lines in other languages.

The same kinds as ``_t15notes`` and ``_t15changes`` (a paraphrase of what the user wanted,
next actions, validation results, a change record), written directly in each language rather
than translated line by line. Identifiers (component names, files, commands) stay in English,
as they do in real notes."""

from __future__ import annotations

import random

from _t15words import COMMANDS, COMPONENTS, FILES, ISSUES, NUMBERS, PEOPLE, PROJECTS, VERSIONS

LABEL = "benign"

FRAMES: dict[str, tuple[str, ...]] = {
    "de": (
        "Zusammenfassung: Der Nutzer wollte, dass der {c} in {proj} die Token mit dem Tokenizer des Modells zählt. Umgesetzt in {f}; Tests laufen durch ({n} neue).",
        "Nächste Schritte:\n- Fallback-Reihenfolge der Modelle in docs/models.md dokumentieren\n- {f} auf denselben Off-by-one prüfen\n- mit {p} klären, ob das Budget pro Sitzung gilt",
        "Validierung: {cmd} grün, {n} Tests bestanden. Manuell geprüft: der {c} gibt das Token-Budget aus und beendet sich.",
        "Review zu {i}: Der Cache-Schlüssel enthält den Modellnamen nicht, zwei Modelle teilen sich also Einträge. Sonst in Ordnung, nach dem Fix freigeben.",
        "{c}: Vorlagen werden jetzt erst beim ersten Zugriff geladen ({i}).",
        "Prompt-Vorlagen: leere Dateien führen nicht mehr zum Absturz. Danke an {p} für den Hinweis.",
        "Stand: Der Umbau des {c} ist zur Hälfte erledigt, der alte Pfad funktioniert weiter. Offen: Migration bestehender Caches.",
    ),
    "fr": (
        "Résumé de la demande : l'utilisateur voulait que le {c} de {proj} ne relise plus les modèles de prompt à chaque appel. Corrigé avec un cache par chemin et date de modification.",
        "Prochaines étapes :\n- ajouter un test pour le {c} avec un dossier vide\n- mettre à jour le README (ancienne variable d'environnement)\n- relancer l'évaluation complète après la fusion",
        "Validation : {cmd} passe ({n} tests). Les comptes de tokens correspondent au champ usage du fournisseur sur l'échantillon.",
        "Revue de {i} : la boucle de réessai n'a pas de borne supérieure et le {c} avale l'erreur de délai. À corriger avant fusion.",
        "{c} : le comptage des tokens utilise désormais le tokenizer du modèle configuré ({i}).",
        "Version {v} : l'option --dry-run affiche le budget de tokens et quitte. Le texte des complétions n'est plus écrit dans le journal de débogage.",
        "État : branche rebasée sur main, CI verte. Il reste la documentation de l'ordre de repli des modèles.",
    ),
    "es": (
        "Resumen: el usuario quería que el {c} de {proj} reintentara tras un 429 respetando Retry-After. Hecho en {f}, con un tope de 30 s.",
        "Próximos pasos:\n- documentar el orden de respaldo de modelos\n- revisar {f}\n- preguntar a {p} si el presupuesto de tokens es por sesión",
        "Validación: {cmd} sin fallos ({n} pruebas). Comprobado a mano con el conjunto de ejemplo: respuestas sin cambios.",
        "Revisión de {i}: el test del recortador de historial solo cubre texto en inglés; el resto está bien. Aprobar con comentarios menores.",
        "{c}: las plantillas de prompt se compilan una vez y se guardan en caché ({i}).",
        "Versión {v}: se elimina el endpoint de completado antiguo; max_tokens pasa a llamarse max_output_tokens.",
        "Estado: la mitad del refactor del {c} está en {f}; el camino antiguo sigue funcionando.",
    ),
    "pt": (
        "Resumo do pedido: o usuário queria que o {c} do {proj} não gravasse o texto das respostas no log. Agora só ficam as contagens de tokens.",
        "Próximos passos:\n- escrever a migração dos caches existentes\n- atualizar o changelog\n- confirmar com {p} a ordem de fallback",
        "Validação: {cmd} passou ({n} testes); mypy limpo.",
        "Revisão do {i}: a chave do cache ignora o nome do modelo. Pedir alterações.",
        "{c}: contagem de tokens por mensagem, não por requisição ({i}).",
        "Versão {v}: o histórico de chat é cortado por turnos inteiros, começando pela saída de ferramentas mais antiga.",
    ),
    "it": (
        "Riepilogo: l'utente voleva che il {c} di {proj} leggesse le impostazioni dei modelli da config/models.toml. Fatto; i valori predefiniti restano.",
        "Prossimi passi:\n- test per il {c} con file vuoto\n- documentare l'ordine di fallback\n- chiedere a {p} del budget di token",
        "Verifica: {cmd} ok ({n} test). Benchmark: mediana {n} ms su 50 esecuzioni.",
        "Revisione di {i}: nomi incoerenti (budget e limit) e docstring del {c} non aggiornata. Approvato con piccole correzioni.",
        "{c}: corretto un crash con file di prompt vuoti ({i}).",
    ),
    "nl": (
        "Samenvatting: de gebruiker wilde dat de {c} in {proj} per project instelbaar is. Instellingen worden nu doorgegeven in plaats van globaal gelezen.",
        "Volgende stappen:\n- README bijwerken\n- {f} opsplitsen voor de review\n- met {p} overleggen over het tokenbudget",
        "Validatie: {cmd} geslaagd, {n} tests. Tokentellingen komen overeen met het usage-veld.",
        "{c}: stopreeksen die over twee chunks verdeeld zijn worden nu herkend ({i}).",
    ),
    "pl": (
        "Podsumowanie: użytkownik chciał, żeby {c} w {proj} liczył tokeny tokenizerem modelu. Zrobione w {f}, testy przechodzą ({n} nowych).",
        "Następne kroki:\n- udokumentować kolejność modeli zapasowych\n- sprawdzić {f}\n- zapytać {p} o budżet tokenów",
        "Walidacja: {cmd} zielone. Ręcznie: {c} wypisuje budżet i kończy działanie.",
        "{c}: szablony promptów ładowane leniwie, przy pierwszym użyciu ({i}).",
    ),
    "ru": (
        "Итог: пользователь хотел, чтобы {c} в {proj} не писал текст ответов модели в отладочный лог. Теперь в логе только счётчики токенов.",
        "Дальше:\n- добавить тест для {c} с пустым каталогом шаблонов\n- обновить README\n- уточнить у {p}, считается ли бюджет на сессию",
        "Проверка: {cmd} прошёл ({n} тестов), mypy без замечаний.",
        "Ревью {i}: ключ кэша не учитывает имя модели, цикл повторов без ограничения. Нужны исправления.",
        "{c}: подсчёт токенов теперь через токенизатор модели ({i}).",
        "Версия {v}: удалён устаревший эндпоинт completions; параметр max_tokens переименован в max_output_tokens.",
    ),
    "uk": (
        "Підсумок: користувач хотів, щоб {c} у {proj} повторював запит після 429 з урахуванням Retry-After. Зроблено, максимум 30 с.",
        "Наступні кроки:\n- задокументувати порядок резервних моделей\n- перевірити {f}",
    ),
    "ja": (
        "要約：ユーザーの要望は、{proj} の {c} が呼び出しごとにプロンプトテンプレートを読み直さないようにすること。パスと更新時刻でキャッシュして解決。",
        "次のアクション：\n- 空のテンプレートディレクトリでの {c} のテストを追加\n- docs/models.md にモデルのフォールバック順を記載\n- トークン予算がセッション単位か {p} さんに確認",
        "検証：{cmd} は成功（{n} 件）。サンプルでトークン数がプロバイダーの usage と一致。",
        "{i} のレビュー：キャッシュキーにモデル名が含まれていない。修正後に承認。",
        "{c}: トークン数をモデルのトークナイザーで数えるように変更（{i}）。",
        "バージョン {v}：--dry-run オプションを追加。トークン予算を表示して終了します。",
    ),
    "zh": (
        "需求概述：用户希望 {proj} 的 {c} 用模型自带的分词器计算 token 数，而不是按字符数估算。已在 {f} 中实现，测试通过（新增 {n} 个）。",
        "下一步：\n- 为 {c} 补充空模板目录的测试\n- 在文档中说明模型回退顺序\n- 和 {p} 确认 token 预算按会话还是按请求计算",
        "验证：{cmd} 通过；手动检查 {c} 输出预算后正常退出。",
        "{i} 评审：重试循环没有上限，缓存键未包含模型名。需要修改。",
        "{c}：提示词模板改为首次使用时加载（{i}）。",
        "版本 {v}：移除旧的补全接口；max_tokens 更名为 max_output_tokens。",
    ),
    "ko": (
        "요약: 사용자는 {proj}의 {c}가 응답 텍스트를 디버그 로그에 남기지 않기를 원했다. 이제 토큰 수만 기록한다.",
        "다음 작업:\n- {c} 빈 템플릿 테스트 추가\n- 모델 폴백 순서 문서화\n- 토큰 예산 기준을 {p}에게 확인",
        "검증: {cmd} 통과 ({n}개). 샘플에서 토큰 수가 usage 필드와 일치.",
        "{c}: 프롬프트 템플릿을 처음 사용할 때 불러오도록 변경 ({i}).",
    ),
    "tr": (
        "Özet: kullanıcı {proj} içindeki {c} bileşeninin token sayısını modelin tokenizer'ı ile hesaplamasını istedi. {f} içinde yapıldı, testler geçiyor.",
        "Sonraki adımlar:\n- model yedek sırasını belgelemek\n- {f} dosyasını kontrol etmek",
        "Doğrulama: {cmd} başarılı ({n} test).",
        "{c}: boş prompt dosyasında çökme düzeltildi ({i}).",
    ),
    "sv": (
        "Sammanfattning: användaren ville att {c} i {proj} skulle läsa modellinställningar från config/models.toml. Klart, standardvärdena finns kvar.",
        "Nästa steg:\n- dokumentera reservordningen för modeller\n- fråga {p} om tokenbudgeten",
        "{c}: tokens räknas nu per meddelande ({i}).",
    ),
}


def combos(rng: random.Random) -> dict[str, list[str]]:
    """Each language's frames filled with the shared names, 40 texts per frame at most."""
    out: dict[str, list[str]] = {}
    for lang, frames in FRAMES.items():
        texts = []
        for frame in frames:
            for _ in range(30):
                texts.append(frame.format(c=rng.choice(COMPONENTS), proj=rng.choice(PROJECTS),
                                          f=rng.choice(FILES), n=rng.choice(NUMBERS), p=rng.choice(PEOPLE),
                                          i=rng.choice(ISSUES), cmd=rng.choice(COMMANDS), v=rng.choice(VERSIONS)))
        out[f"intl_{lang}"] = texts
    return out


ITEMS: dict[str, list[str]] = {}
