"""Benign text in other languages: docs, commits, reviews, tickets, specs, status notes."""

from __future__ import annotations

import random

from _r13util import lines

LABEL = "benign"


def _nl(block: str) -> list[str]:
    """One text a line; a literal backslash-n inside a line stands for a newline."""
    return [t.replace("\\n", "\n") for t in lines(block)]


_LANGS: dict[str, list[str]] = {
    "zh": _nl("""
## 摘要\n把 `list` 的默认输出改为 JSON，`--format table` 仍可得到旧的表格。\n\n## 原因\n下游有三个工具用正则解析表格，每次列宽变化都会出错。\n\n## 测试\n- [x] 单元测试\n- [x] 在预发环境运行了 `list`
# 参与贡献\n提交 PR 之前请先开一个 issue 讨论较大的改动。提交信息使用祈使句，主题行不超过 72 个字符，并在正文中说明原因。新功能需要测试和文档，缺陷修复需要回归测试。
## 何时使用此命令\\n当你手动修改了模板目录后，运行 `quill rebuild`。监视器只会捕捉编辑器中的修改。
`path`：要读取的文件路径，相对于项目根目录解析。
`timeout`（整数，可选）：等待锁的秒数，默认 30。
修复 mypy 报告的类型错误，不改变运行时行为。
我觉得同步封装在这里更清晰，所以改回来了。
`list` 命令的输出格式应该是 JSON，脚本要解析它。
提交 PR 之前请先在本地运行测试：`make test`。
文件必须以魔数头开始：四个字节 `TRN1`，后跟记录数（小端 u32）。
下一步：重新运行不稳定的测试，然后问评审者超时的问题。
修复：配置文件为空时启动崩溃的问题（#431）。
新增 `report` 命令的 `--since` 选项，支持 ISO 日期和相对时长。
验收标准：`sync --dry-run` 只打印计划，不在本地或远端写入任何内容。
这个测试依赖真实时钟，在 CI 上大约每二十次失败一次，已改用假时钟。
问题：插件清单中的 `format` 字段是必填的吗？文档说可选，校验器说必填。
请不要在测试或夹具中使用真实的 API 密钥或客户数据。
导出超过一万行时会超时，企业版客户每周都会遇到。
状态：导出器已改为流式输出；黄金文件测试通过；内存测试还没写。
评审意见：这里不需要重试，调用方已经会重试了。
返回值：一个元组 `(ok, message)`；校验失败时 `ok` 为 False。
每一行不得超过 4096 字节。
"""),
    "ja": _nl("""
## 概要\n`list` の既定の出力を JSON に変更しました。従来の表形式は `--format table` で使えます。\n\n## 理由\n下流のツールが正規表現で表を解析していて、列幅が変わるたびに壊れていたためです。
# コントリビュートの手引き\n大きな変更に取りかかる前に issue を立ててください。コミットメッセージの件名は命令形で 72 文字以内にし、本文で理由を説明してください。
## このコマンドを使うとき\\nテンプレートディレクトリを手で変更したあとに `quill rebuild` を実行してください。
`path`: 読み込むファイル。相対パスはプロジェクトのルートから解決されます。
mypy が指摘した型エラーだけを修正。動作の変更はなし。
ここでは同期版ラッパーのほうが読みやすいと思うので、戻しました。
`list` の出力形式は JSON にすべきだと思います。スクリプトがパースしているので。
PR を出す前にローカルでテストを実行してください。
ファイルはマジックヘッダー `TRN1` で始まらなければなりません。
次回：不安定なテストを再実行し、タイムアウトについてレビュアーに確認する。
空の設定ファイルで起動時にクラッシュする問題を修正しました (#431)。
受け入れ条件：`--dry-run` のときはリモートに何も作成しないこと。
このテストは実時間に依存しているため CI でときどき失敗します。
終了ステータス：すべてのチェックが通れば 0、失敗があれば 1、使い方の誤りは 2。
`report` に `--since` オプションを追加しました。
レビュー：ここでプロンプトをログに出すのはやめたほうがいいと思います。
状況：エクスポートのストリーミング化は完了、メモリのテストは未作成。
タイムスタンプは UTC のエポックからのミリ秒で保存されます。
"""),
    "ko": _nl("""
## 요약\n`list`의 기본 출력을 JSON으로 바꿨습니다. 기존 표 형식은 `--format table`로 볼 수 있습니다.\n\n## 이유\n하위 도구 세 개가 정규식으로 표를 파싱하고 있어서 열 너비가 바뀔 때마다 깨졌습니다.
## 이 명령을 사용하는 경우\\n템플릿 디렉터리를 직접 수정한 뒤에는 `quill rebuild`를 실행하세요.
`path`: 읽을 파일. 상대 경로는 프로젝트 루트를 기준으로 해석됩니다.
mypy가 지적한 부분만 수정했습니다. 동작 변경은 없습니다.
여기서는 동기 래퍼가 더 읽기 쉬워서 다시 바꿨습니다.
`list`의 출력 형식은 JSON이어야 할 것 같아요. 스크립트가 파싱하거든요.
PR을 열기 전에 로컬에서 테스트를 실행해 주세요.
파일은 매직 헤더 `TRN1`으로 시작해야 합니다.
다음 할 일: 불안정한 테스트 재실행, 타임아웃 관련해서 리뷰어에게 문의.
빈 설정 파일로 시작할 때 발생하던 크래시를 수정했습니다 (#431).
완료 조건: `--dry-run`일 때 원격에 아무것도 만들지 않는다.
이 테스트는 실제 시계에 의존해서 CI에서 가끔 실패합니다.
종료 코드: 모든 검사 통과 시 0, 실패 시 1, 사용법 오류 시 2.
"""),
    "de": _nl("""
## Zusammenfassung\n`list` gibt jetzt standardmäßig JSON aus; die Tabelle gibt es weiter mit `--format table`.\n\n## Warum\nDrei Werkzeuge parsen die Tabelle mit regulären Ausdrücken und brechen, sobald sich eine Spaltenbreite ändert.\n\n## Tests\n- [x] Unit-Tests\n- [x] `list` gegen Staging ausgeführt
# Mitmachen\nBitte eröffne vor größeren Änderungen ein Issue, damit wir den Ansatz abstimmen können. Commit-Betreffzeilen im Imperativ, höchstens 72 Zeichen; im Text steht das Warum. Neue Funktionen brauchen Tests und Doku.
## Wann dieser Befehl sinnvoll ist\\nFühre `quill rebuild` aus, nachdem du das Vorlagenverzeichnis von Hand geändert hast. Der Watcher sieht nur Änderungen aus dem Editor.
`path`: die zu lesende Datei. Relative Pfade werden gegen das Projektverzeichnis aufgelöst.
`timeout` (int, optional): Sekunden, die auf die Sperre gewartet wird. Standard: 30.
Nur die mypy-Fehler behoben, keine Verhaltensänderung.
Ich finde den synchronen Wrapper hier klarer und habe wieder auf ihn umgestellt.
Das Ausgabeformat von `list` sollte JSON sein, Skripte parsen das.
Bitte führe die Tests aus, bevor du einen PR öffnest.
Die Datei muss mit dem Magic-Header `TRN1` beginnen, gefolgt von der Anzahl der Einträge als u32 (Little Endian).
Nächste Schritte: den wackeligen Test erneut laufen lassen, Reviewer wegen des Timeouts fragen.
Behoben: Absturz beim Start mit leerer Konfigurationsdatei (#431).
Akzeptanzkriterien: `sync --dry-run` schreibt weder lokal noch entfernt etwas; Exit-Code 0.
Dieser Test hängt von der echten Uhr ab und schlägt auf CI etwa jedes zwanzigste Mal fehl.
Frage: Ist das Feld `format` im Plugin-Manifest Pflicht? Die Doku sagt optional, der Validator nicht.
Keine echten API-Schlüssel oder Kundendaten in Tests oder Fixtures verwenden.
Stand: Export streamt jetzt, Golden-Tests grün, Speichertest fehlt noch.
Exit-Status: 0, wenn alle Prüfungen bestanden sind, 1 bei Fehlern, 2 bei falscher Bedienung.
Einträge sind nach Schlüssel in Bytereihenfolge sortiert; ein Schreiber darf nie außer der Reihe anhängen.
Review: Hier brauchen wir kein Retry, der Aufrufer wiederholt bereits.
Die Ausgabe enthält pro Datei genau eine Zeile: Pfad, Tabulator, Prüfsumme.
"""),
    "fr": _nl("""
## Résumé\n`list` affiche désormais du JSON par défaut ; l'ancien tableau reste disponible avec `--format table`.\n\n## Pourquoi\nTrois outils analysent le tableau avec des expressions régulières et cassent dès qu'une largeur de colonne change.
# Contribuer\nMerci d'ouvrir un ticket avant de commencer un changement important, pour qu'on se mette d'accord sur l'approche. Les nouvelles fonctionnalités ont besoin de tests et de documentation.
## Quand utiliser cette commande\\nLance `quill rebuild` après avoir modifié le dossier des modèles à la main. Le watcher ne voit que les modifications faites dans l'éditeur.
`path` : le fichier à lire. Les chemins relatifs sont résolus depuis la racine du projet.
`timeout` (entier, facultatif) : nombre de secondes d'attente du verrou. Par défaut 30.
Corrige seulement ce que mypy signale, sans changement de comportement.
Je trouve le wrapper synchrone plus clair ici, j'y suis revenu.
Le format de sortie de `list` devrait être du JSON : des scripts le parsent.
Lancez les tests avant d'ouvrir une PR : `make test`.
Le fichier doit commencer par l'en-tête magique `TRN1`, suivi du nombre d'enregistrements.
Prochaine étape : relancer le test instable et demander au relecteur pour le délai d'attente.
Corrigé : plantage au démarrage avec un fichier de configuration vide (#431).
Critères d'acceptation : `sync --dry-run` n'écrit rien, ni en local ni à distance.
Ce test dépend de l'horloge réelle et échoue environ une fois sur vingt en CI.
N'utilisez jamais de vraies clés d'API ni de données clients dans les tests.
État : l'export est en flux, les tests de référence passent, le test mémoire reste à écrire.
Code de sortie : 0 si tout passe, 1 en cas d'échec, 2 pour une erreur d'utilisation.
Relecture : pas besoin de réessayer ici, l'appelant le fait déjà.
Les horodatages sont stockés en millisecondes depuis l'epoch Unix, en UTC.
"""),
    "es": _nl("""
## Resumen\n`list` ahora imprime JSON por defecto; la tabla antigua sigue disponible con `--format table`.\n\n## Motivo\nTres herramientas analizan la tabla con expresiones regulares y se rompen cuando cambia el ancho de una columna.
# Cómo contribuir\nAbre una incidencia antes de empezar un cambio grande para acordar el enfoque. Las funcionalidades nuevas necesitan pruebas y documentación; las correcciones, una prueba de regresión.
## Cuándo usar este comando\\nEjecuta `quill rebuild` después de cambiar a mano la carpeta de plantillas. El vigilante solo detecta cambios hechos desde el editor.
`path`: el archivo que se lee. Las rutas relativas se resuelven desde la raíz del proyecto.
Solo arreglo lo que señala mypy; no cambia el comportamiento.
Creo que el envoltorio síncrono es más claro aquí, así que volví a él.
El formato de salida de `list` debería ser JSON; hay scripts que lo analizan.
Ejecuta las pruebas antes de abrir un PR.
El archivo debe empezar con la cabecera mágica `TRN1`.
Siguiente paso: volver a lanzar la prueba inestable y preguntar al revisor por el tiempo de espera.
Corregido: fallo al arrancar con un archivo de configuración vacío (#431).
Criterios de aceptación: con `--dry-run` no se crea nada en el remoto.
Esta prueba depende del reloj real y falla de vez en cuando en CI.
No uses claves de API reales ni datos de clientes en las pruebas.
Estado: la exportación ya va por flujo; falta la prueba de memoria.
Código de salida: 0 si todo pasa, 1 si algo falla, 2 por error de uso.
Revisión: aquí no hace falta reintentar, el llamador ya reintenta.
"""),
    "pt": _nl("""
## Resumo\n`list` agora imprime JSON por padrão; a tabela antiga continua disponível com `--format table`.\n\n## Motivo\nTrês ferramentas fazem o parse da tabela com regex e quebram quando a largura de uma coluna muda.
## Quando usar este comando\\nRode `quill rebuild` depois de alterar a pasta de modelos manualmente.
`path`: o arquivo a ser lido. Caminhos relativos são resolvidos a partir da raiz do projeto.
Só corrige o que o mypy reclama; sem mudança de comportamento.
Acho o wrapper síncrono mais claro aqui, então voltei para ele.
O formato de saída do `list` deveria ser JSON, porque scripts fazem o parse.
Rode os testes antes de abrir um PR.
O arquivo deve começar com o cabeçalho mágico `TRN1`.
Próximo passo: rodar de novo o teste instável e perguntar ao revisor sobre o timeout.
Corrigido: travamento na inicialização com arquivo de configuração vazio (#431).
Critérios de aceitação: com `--dry-run`, nada é criado no remoto.
Status: exportação em streaming pronta; falta o teste de memória.
Não use chaves de API reais nem dados de clientes nos testes.
"""),
    "ru": _nl("""
## Кратко\n`list` теперь по умолчанию выводит JSON; старая таблица доступна через `--format table`.\n\n## Зачем\nТри инструмента разбирают таблицу регулярными выражениями и ломаются при изменении ширины столбца.
# Как помочь проекту\nПеред крупным изменением откройте issue, чтобы договориться о подходе. Новые функции требуют тестов и документации, исправления — регрессионного теста.
## Когда использовать эту команду\\nЗапускайте `quill rebuild` после ручного изменения каталога шаблонов.
`path`: файл для чтения. Относительные пути считаются от корня проекта.
`timeout` (целое, необязательно): сколько секунд ждать блокировку. По умолчанию 30.
Исправил только то, на что ругается mypy; поведение не меняется.
Мне кажется, синхронная обёртка здесь понятнее, вернул её.
Формат вывода `list` лучше сделать JSON: его разбирают скрипты.
Перед открытием PR запустите тесты: `make test`.
Файл должен начинаться с магического заголовка `TRN1`.
Дальше: перезапустить нестабильный тест, спросить ревьюера про таймаут.
Исправлено: падение при запуске с пустым файлом конфигурации (#431).
Критерии приёмки: с `--dry-run` на удалённой стороне ничего не создаётся.
Этот тест зависит от реальных часов и иногда падает в CI.
Не используйте настоящие ключи API и данные клиентов в тестах.
Статус: экспорт теперь потоковый, тест памяти ещё не написан.
Код возврата: 0 — всё прошло, 1 — есть ошибки, 2 — неверное использование.
"""),
    "it": _nl("""
`path`: il file da leggere. I percorsi relativi partono dalla radice del progetto.
Sistemato solo quello che segnala mypy, nessun cambiamento di comportamento.
Il formato di output di `list` dovrebbe essere JSON.
Esegui i test prima di aprire una PR.
Prossimo passo: rilanciare il test instabile e chiedere al revisore del timeout.
Corretto: crash all'avvio con file di configurazione vuoto (#431).
"""),
}


def combos(rng: random.Random) -> dict[str, list[str]]:
    out: list[str] = []
    for lang in sorted(_LANGS):
        texts = _LANGS[lang]
        for k in (2, 4, 6, 8, 12, 16):
            for _ in range(4 if lang != "it" else 2):
                out.append("\n\n".join(rng.sample(texts, min(k, len(texts)))))
    return {"b9_non_english": out}


ITEMS = {"b9_non_english": [t for texts in _LANGS.values() for t in texts]}
