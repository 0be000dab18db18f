"""More engineering text in languages other than English (round 12): longer texts and blocks."""

from __future__ import annotations

from _r12util import blocks, lines

LINES = lines(r"""
Der Befehl `tarn report` zeigt standardmäßig die aktuelle Woche an.
Mit `--since` lässt sich der Zeitraum einschränken, z. B. `--since 2024-03-01`.
Die Konfigurationsdatei liegt unter `~/.config/tarn/config.toml`; sie ist optional.
Bitte keine Formatierungsänderungen mit inhaltlichen Änderungen mischen.
Danke für den Patch! Ich habe ihn mit kleinen Anpassungen übernommen.
Der Test schlägt auf s390x fehl, vermutlich ein Endianness-Problem.
FIXME: Bei Sommerzeitumstellung wird der Montag doppelt angezeigt.
Laufzeitbibliothek für die Grafikschnittstelle Vulkan
Werkzeuge zur Verwaltung von SELinux-Richtlinien
Übergangspaket, kann nach dem Upgrade entfernt werden
Les journaux sont écrits sur la sortie d'erreur par défaut.
Le fichier de configuration est facultatif ; chaque option a une valeur par défaut.
Merci pour le correctif, appliqué sur la branche principale.
Ce test échoue sur les architectures big-endian.
Paquet de transition, peut être supprimé sans risque.
Bibliothèque de rendu de polices avec positionnement sous-pixel
Les sauvegardes sont compressées, ce qui réduit leur taille d'environ 70 %.
La documentación está en https://docs.example.org/kiln/es/.
El archivo de configuración es opcional; todas las opciones tienen un valor por defecto.
Gracias por el parche, ya está en la rama principal.
Este test falla en arquitecturas big-endian como s390x.
Paquete de transición, se puede eliminar después de actualizar.
Herramienta para gestionar versiones de entornos de ejecución
Os registros vão para a saída de erro por padrão.
Obrigado pelo patch, aplicado no branch principal.
Pacote de transição, pode ser removido com segurança.
Il file di configurazione è facoltativo; ogni opzione ha un valore predefinito.
Grazie per la patch, applicata al ramo principale.
Pacchetto di transizione, può essere rimosso.
Журналы пишутся в stderr по умолчанию.
Спасибо за патч, применил в основную ветку.
Переходный пакет, можно удалить после обновления.
Файл конфигурации необязателен: у каждого параметра есть значение по умолчанию.
Этот тест падает на s390x, похоже, дело в порядке байтов.
Logi są domyślnie zapisywane na standardowe wyjście błędów.
Dzięki za łatkę, zastosowana w gałęzi głównej.
Pakiet przejściowy, można go bezpiecznie usunąć.
Díky za patch, je v hlavní větvi.
Přechodový balíček, lze jej bezpečně odebrat.
Yama için teşekkürler, ana dala uygulandı.
Geçiş paketi, güncellemeden sonra kaldırılabilir.
日志默认输出到标准错误。
配置文件是可选的，每个选项都有默认值。
感谢补丁，已合入主分支。
这个测试在 s390x 上失败，可能是字节序问题。
过渡用的空包，升级后可以安全删除。
CI 偶发失败，和本次改动无关，已重新运行。
性能：大表排序速度提升约 4 倍。
ログはデフォルトで標準エラー出力に書き出されます。
パッチありがとうございます。main ブランチに取り込みました。
移行用のダミーパッケージです。アップグレード後に削除できます。
このテストは s390x で失敗します。バイトオーダーの問題のようです。
CI の失敗は今回の変更とは無関係なので再実行しました。
로그는 기본적으로 표준 오류로 출력됩니다.
패치 감사합니다. main 브랜치에 반영했습니다.
전환용 더미 패키지입니다. 업그레이드 후 삭제해도 됩니다.
이 테스트는 s390x에서 실패합니다. 바이트 순서 문제로 보입니다.
""")

BLOCKS = blocks(r"""
Warum braucht der erste Build so lange?

Beim ersten Build werden alle Abhängigkeiten aus dem Quellcode übersetzt. Spätere Builds
verwenden die zwischengespeicherten Objektdateien und dauern meist nur wenige Sekunden.
Wenn jeder Build langsam ist, prüfe, ob das Cache-Verzeichnis beschreibbar ist.
====
## Mitmachen

Bitte eröffne vor größeren Änderungen ein Issue, damit wir den Ansatz besprechen können.
Commits brauchen eine `Signed-off-by`-Zeile (`git commit -s`).
====
Am Di., 12. März 2024 um 10:41 schrieb Mirela Pop:
> Die Sperre wird im Fehlerpfad zweimal genommen.

Guter Fund, danke. v2 folgt.
====
tarn (1.7.0-1) unstable; urgency=medium

  * Neue Version der Originalautoren.
  * Shell-Vervollständigung für zsh wird mitinstalliert.

 -- Katrin Vogt <kvogt@example.net>  Fri, 14 Jun 2024 19:02:11 +0200
====
Pourquoi les horodatages sont-ils en UTC ?

Les journaux de machines situées dans des fuseaux horaires différents finissent au même
endroit. L'interface convertit en heure locale ; les fichiers restent en UTC pour être
triés correctement.
====
### Décrire le problème

L'export PDF utilise une police de secours pour le grec.

### Étapes pour reproduire

1. Ouvrir `exemple.md`
2. Exporter en PDF

### Environnement

- quillmark 2.4.0
- Debian 12
====
Nouveautés de la version 3.0
----------------------------

* Nouveau moteur d'éclairage.
* Les sauvegardes de la 2.x sont converties au premier chargement.
* Les mods doivent être mis à jour pour la nouvelle API des objets.
====
NOM
       fenwick - trouver et fusionner les fichiers en double

SYNOPSIS
       fenwick scan [--min-size TAILLE] RÉPERTOIRE...
====
¿Por qué el programa pide permiso de accesibilidad en macOS?

Los atajos de teclado globales lo necesitan: macOS solo deja ver las pulsaciones de
teclas a las aplicaciones con ese permiso mientras otra aplicación está delante.
====
## Contribuir

1. Abre una incidencia para discutir el cambio.
2. Crea una rama a partir de `main`.
3. Ejecuta `make test` antes de enviar el pull request.
====
El 3/3/24 a las 9:15, Jonas Eckert escribió:
> La nueva dependencia de compilación no está en bookworm.

Solo hace falta para la documentación. La pongo en Build-Depends-Indep.
====
Por que o app pede permissão de localização?

Apenas para a função de estações próximas. A localização é usada no próprio aparelho para
ordenar a lista e nunca é enviada aos nossos servidores.
====
## Instalação

Baixe o instalador na página de versões ou use `brew install fenwick` no macOS.
No Linux, os pacotes `.deb` e `.rpm` também estão disponíveis.
====
Perché i timestamp sono in UTC?

I log di macchine in fusi orari diversi finiscono nello stesso posto. L'interfaccia
converte nell'ora locale; i file restano in UTC per essere ordinati correttamente.
====
scheduler: evita la starvation dei job a bassa priorità

Un flusso continuo di job ad alta priorità faceva attendere all'infinito quelli a bassa
priorità. Ora la priorità effettiva cresce con il tempo di attesa.
====
Почему версия всё ещё 0.x спустя пять лет?

Потому что мы всё ещё меняем формат конфигурации между минорными версиями и не хотим
обещать стабильность, которую не можем обеспечить. Версия 1.0 выйдет, когда формат
будет заморожен.
====
scheduler: исправлено голодание низкоприоритетных задач

Постоянный поток задач с высоким приоритетом не давал выполняться остальным.
Теперь эффективный приоритет растёт со временем ожидания.

Signed-off-by: Дмитрий Орлов <dorlov@example.com>
====
### Описание ошибки

Программа падает при экспорте пустого отчёта.

### Шаги для воспроизведения

1. Создать новый проект
2. Отчёты → Экспорт → CSV

### Окружение

- версия 1.6.0, Ubuntu 24.04
====
Dlaczego testy trwają tak długo?

Około dwóch trzecich czasu zajmują testy integracyjne, które uruchamiają prawdziwe
serwery baz danych. `make test-unit` uruchamia tylko testy jednostkowe.
====
Proč je minimální verze macOS 12?

Sledování souborů používá příznak FSEvents přidaný v macOS 12. Podpora starších verzí by
znamenala periodické dotazování, které jsme kvůli baterii odstranili.
====
Neden ilk derleme bu kadar uzun sürüyor?

İlk derlemede tüm bağımlılıklar kaynaktan derlenir. Sonraki derlemeler önbelleği kullanır
ve genellikle birkaç saniye sürer.
====
为什么时间戳使用 UTC？

不同时区机器的日志会汇总到同一个地方。界面会转换成本地时间，文件里保留 UTC，
这样排序才正确。
====
## 参与贡献

1. 较大的改动请先开 issue 讨论。
2. 提交信息请遵循 Conventional Commits。
3. 提交 PR 前运行 `make lint` 和 `make test`。
====
## 0.18.0 版本说明

### 不兼容的变更
- `Client.fetch` 现在返回异步迭代器。
- 不再支持 Python 3.8。

### 新功能
- HTTP/2 连接池。
====
> 这里为什么要 sleep 0.5 秒？

设备复位后需要 50 ms 才能响应，这里留了余量。我加个注释说明一下。
====
/// 返回坐标 `(x, y)` 处的图块；坐标超出地图时返回 `None`。
====
なぜタイムスタンプは UTC なのですか？

タイムゾーンの異なるマシンのログが 1 か所に集まるためです。画面ではローカル時刻に
変換して表示しますが、ファイルには並べ替えが正しく行えるよう UTC のまま保存します。
====
### バグの内容

空のレポートをエクスポートするとアプリが落ちます。

### 再現手順

1. 新しいプロジェクトを作成
2. レポート > エクスポート > CSV

### 環境

- バージョン 1.6.0
- macOS 14.4
====
render: マテリアルごとに描画呼び出しをまとめる

町のシーンでドローコールが 4,100 から 900 に減り、Steam Deck でも
フレーム時間が 16 ms を切るようになった。
====
## 변경 사항 (1.7.0)

- `tarn tag` 명령 추가
- 주 시작 요일을 일요일로 설정 가능
- 세션 중 시간대가 바뀌면 음수 시간이 나오던 문제 수정
====
타임스탬프가 왜 UTC인가요?

여러 시간대의 서버 로그가 한곳에 모이기 때문입니다. 화면에서는 현지 시간으로
변환해서 보여 주지만, 파일은 정렬이 올바르도록 UTC로 저장합니다.
====
# Tarn

Tarn은 작업 기록을 남기는 작은 명령줄 도구입니다. 데이터는
`~/.local/share/tarn` 아래 SQLite 파일에 저장되므로 백업하거나 지우기 쉽습니다.
""")

ITEMS: dict[str, list[str]] = {"non_english": LINES + BLOCKS}
