"""Engineering text in languages other than English, hand-written for round 12.

Changelog bullets, commit subjects, README sentences, review remarks, issue titles, FAQ
answers and doc comments in German, French, Spanish, Portuguese, Italian, Russian, Polish,
Czech, Turkish, Chinese, Japanese and Korean.
"""

from __future__ import annotations

from _r12util import blocks, lines

DE = lines(r"""
Absturz beim Öffnen leerer Konfigurationsdateien behoben.
Neue Option `--dry-run` für den Befehl `migrate`.
Python 3.8 wird nicht mehr unterstützt.
Übersetzungen aktualisiert (Niederländisch, Schwedisch).
d/control: Standards-Version auf 4.7.0 angehoben, keine Änderungen nötig.
Die Dokumentation wird jetzt mit Sphinx 7 gebaut.
Speicherleck im HTTP-Parser bei abgebrochenen Anfragen behoben.
Tarn ist ein kleines Kommandozeilenwerkzeug, das festhält, woran du gearbeitet hast.
Installiere das Paket mit `pip install quillmark` (Python 3.10 oder neuer).
Führe `make check` aus, um die Tests zu starten.
Wenn du Nix verwendest, bekommst du mit `nix develop` eine Shell mit allen Abhängigkeiten.
Bitte eröffne zuerst ein Issue, bevor du mit einer größeren Änderung beginnst.
Kleinigkeit: hier fehlt ein Leerzeichen nach dem Komma.
Könntest du noch einen Test für die leere Eingabe ergänzen?
Warum nicht die vorhandene Hilfsfunktion aus `net/retry.go` verwenden?
Sieht gut aus, danke! Bitte vor dem Merge noch squashen.
Fehler: Programm stürzt ab, wenn die Datei nur Leerzeilen enthält.
Erwartetes Verhalten: Die Zeilenenden bleiben erhalten.
Schriftart mit Festbreite für Quelltext und Terminals
Bibliothek zum Lesen und Schreiben von FITS-Dateien
Gerätetreiber für USB-Seriell-Adapter mit CH340-Chip
Der Cache-Schlüssel enthält die Compiler-Version, sonst würden nach einem Update alte Objektdateien wiederverwendet.
Gibt die Anzahl der geschriebenen Bytes zurück.
Wirft ValueError, wenn das Datum nicht im ISO-8601-Format vorliegt.
Warum ist die Versionsnummer nach fünf Jahren immer noch 0.x? Weil wir das Konfigurationsformat noch zwischen Minor-Versionen ändern.
Sicherheitsupdate: Pufferüberlauf beim Einlesen langer Kopfzeilen behoben.
Die Firmware läuft auf dem Blue Pill und dem Black Pill.
Spielstände werden an jedem Kontrollpunkt automatisch gespeichert.
Wird die Datei von einem anderen Prozess gesperrt, wartet das Programm bis zu 30 Sekunden.
Unterstützung für Wayland-Bildschirmfreigabe hinzugefügt.
""")

FR = lines(r"""
Correction d'un plantage au démarrage lorsque le fichier de configuration est vide.
Ajout de l'option `--json` à la sous-commande `status`.
Suppression de la prise en charge de Python 3.8.
Mise à jour des traductions (catalan, ukrainien).
Nouvelle version amont.
Corrige une fuite mémoire dans l'analyseur d'en-têtes.
Outil en ligne de commande pour redimensionner des images par lots
Police à chasse fixe conçue pour le code source
Bibliothèque C sans dépendance pour lire le JSON
Pour installer depuis les sources, lancez `make` puis `make install`.
Vous pouvez configurer l'emplacement du cache avec la variable `GRAUPEL_CACHE_DIR`.
Si vous utilisez Docker, l'image officielle est publiée à chaque version.
Merci d'ouvrir un ticket avant de proposer une modification importante.
Vérifiez qu'il n'existe pas déjà une demande de fusion sur le même sujet.
Pourquoi ne pas réutiliser la fonction `parse_header` ici ?
Détail : il manque une espace avant le point-virgule.
Est-ce que ce verrou est encore nécessaire maintenant que la table est locale au thread ?
Le jeu se fige quand on change de fenêtre pendant une sauvegarde.
Étapes pour reproduire : ouvrir un fichier en CRLF, modifier une ligne, enregistrer.
Comportement attendu : les fins de ligne sont conservées.
Renvoie la position courante du curseur de lecture, en octets.
Lève une exception si la section n'existe pas.
Pourquoi le premier build est-il si lent ? Parce que toutes les dépendances sont compilées depuis les sources ; les builds suivants réutilisent le cache.
NOTE : l'ordre compte ici, le verrou doit être pris avant de lire le compteur.
La version 3.0 apporte un nouveau moteur d'éclairage et la conversion automatique des sauvegardes.
Le micrologiciel réinitialise la carte après 8 secondes sans réponse du chien de garde.
Compatible avec les noyaux Linux 6.1 et ultérieurs.
Le pilote ne gère pas encore la mise en veille.
""")

ES = lines(r"""
Corregido un fallo al abrir archivos de configuración vacíos.
Se añade la opción `--dry-run` al comando `migrate`.
Se elimina el soporte para Python 3.8.
Actualizadas las traducciones al gallego y al euskera.
Biblioteca para leer datos meteorológicos en formato GRIB
Motor de ajedrez compatible con el protocolo UCI
Fuente monoespaciada pensada para programar
Puedes configurar el directorio de caché con la variable `GRAUPEL_CACHE_DIR`.
Ejecuta `make` para compilar y `make check` para lanzar las pruebas.
Si usas Windows, descarga el instalador desde la página de versiones.
Por favor, abre una incidencia antes de empezar un cambio grande.
Revisa si ya existe un pull request para lo mismo.
¿Podrías añadir una prueba para el caso de entrada vacía?
Detalle: sobra un espacio al final de la línea 42.
¿Por qué no usar `pathlib` aquí? El resto del módulo ya lo usa.
La aplicación se cierra al girar el teléfono durante una sincronización.
Pasos para reproducir: abrir el menú Archivo, elegir Exportar, pulsar Cancelar.
Resultado esperado: no pasa nada. Resultado real: se cierra la aplicación.
Devuelve el número de filas afectadas.
Lanza ValueError si la fecha no está en formato ISO 8601.
¿Por qué se guardan los datos en SQLite? Porque las consultas por proyecto y fecha eran muy lentas con ficheros de texto.
TODO: eliminar cuando todas las distribuciones tengan glibc 2.34.
Esta versión corrige un desbordamiento de búfer en el lector de cabeceras (CVE-2024-31902).
El juego guarda la partida automáticamente en cada punto de control.
Compatible con placas basadas en ESP32-S3.
""")

PT = lines(r"""
Corrige falha ao abrir arquivos de configuração vazios.
Adiciona a opção `--json` ao subcomando `status`.
Remove o suporte ao Python 3.8.
Atualiza a tradução para português do Brasil.
Biblioteca para ler e escrever imagens astronômicas FITS
Ferramenta de linha de comando para converter imagens em lote
Você pode configurar o diretório de cache com a variável `GRAUPEL_CACHE_DIR`.
Rode `make` para compilar a biblioteca.
Se você usa Debian ou Ubuntu, instale o pacote `python3-quillmark`.
Antes de abrir um pull request, rode `pre-commit run --all-files`.
Por favor, abra uma issue antes de começar uma mudança grande.
Poderia adicionar um teste para a entrada vazia?
Por que não reutilizar a função que já existe em `util.py`?
O aplicativo trava ao girar a tela durante a sincronização.
Comportamento esperado: as quebras de linha são preservadas.
Retorna o número de bytes que seriam escritos, sem escrevê-los.
Por que o Docker image é tão grande? Porque inclui a distribuição TeX completa; use a tag `-slim` se só precisar de HTML.
NOTA: o hardware ignora os dois bits menos significativos do endereço.
Versão 2.4: tabelas podem ocupar várias páginas na saída em PDF.
Traduções atualizadas via Weblate.
""")

IT = lines(r"""
Corretto un crash all'avvio quando il file di configurazione è vuoto.
Aggiunta l'opzione `--dry-run` al comando `migrate`.
Rimosso il supporto per Python 3.8.
Aggiornate le traduzioni in italiano e sloveno.
Libreria per la simulazione di corpi rigidi
Carattere a spaziatura fissa per il codice sorgente
Puoi configurare la cartella della cache con la variabile `GRAUPEL_CACHE_DIR`.
Esegui `make check` per lanciare i test.
Per favore apri una issue prima di iniziare una modifica importante.
Potresti aggiungere un test per l'input vuoto?
Perché non usare la funzione già presente in `net/retry.go`?
Il gioco si blocca quando si carica un salvataggio della versione 2.x.
Comportamento atteso: il file viene salvato senza modifiche alle righe non toccate.
Restituisce il numero di righe modificate.
Perché il primo build è così lento? Perché tutte le dipendenze vengono compilate da zero; i build successivi usano la cache.
NOTA: il timeout è in secondi, non in millisecondi.
La versione 7.2 corregge una perdita di dati durante la compattazione.
""")

RU = lines(r"""
Исправлено падение при открытии пустого файла конфигурации.
Добавлен параметр `--json` для команды `status`.
Прекращена поддержка Python 3.8.
Обновлены переводы на украинский и белорусский.
Новая версия от авторов.
Исправлена утечка памяти в разборщике HTTP-заголовков.
Библиотека для чтения файлов FITS
Моноширинный шрифт для программирования
Драйвер для беспроводных адаптеров Realtek RTL8852
Вы можете задать каталог кэша через переменную окружения `GRAUPEL_CACHE_DIR`.
Выполните `make`, чтобы собрать библиотеку, и `make check`, чтобы запустить тесты.
Если вы используете Nix, команда `nix develop` откроет оболочку со всеми зависимостями.
Пожалуйста, создайте задачу перед тем, как начинать большое изменение.
Мелочь: лишний пробел в конце строки 42.
Можешь добавить тест для пустого ввода?
Почему бы не использовать уже существующую функцию `parse_header`?
Здесь утечка, если realloc вернёт NULL.
Программа падает, если в файле только пустые строки.
Ожидаемое поведение: окончания строк сохраняются.
Возвращает число записанных байтов.
Вызывает ValueError, если дата не в формате ISO 8601.
Почему первая сборка такая медленная? Все зависимости собираются из исходников, дальше используется кэш.
TODO: убрать, когда во всех поддерживаемых дистрибутивах будет glibc 2.34.
Прошивка перезагружает плату, если сторожевой таймер не сброшен за 8 секунд.
Исправлена ошибка округления в форматировании валют.
Сохранения из версии 2.x конвертируются при первой загрузке.
""")

PL = lines(r"""
Naprawiono awarię przy otwieraniu pustego pliku konfiguracyjnego.
Dodano opcję `--dry-run` do polecenia `migrate`.
Usunięto wsparcie dla Pythona 3.8.
Zaktualizowano tłumaczenie na język polski.
Biblioteka do odczytu plików FITS
Czcionka o stałej szerokości dla programistów
Możesz ustawić katalog pamięci podręcznej zmienną `GRAUPEL_CACHE_DIR`.
Uruchom `make check`, aby wykonać testy.
Prosimy o założenie zgłoszenia przed rozpoczęciem większej zmiany.
Drobiazg: brakuje spacji po przecinku.
Czy mógłbyś dodać test dla pustego wejścia?
Dlaczego nie użyć istniejącej funkcji z `util.c`?
Aplikacja zawiesza się po obróceniu telefonu podczas synchronizacji.
Oczekiwane zachowanie: końce linii pozostają bez zmian.
Zwraca liczbę zapisanych bajtów.
Dlaczego pierwsza kompilacja trwa tak długo? Wszystkie zależności są budowane ze źródeł, kolejne kompilacje korzystają z pamięci podręcznej.
UWAGA: kolejność ma znaczenie, blokadę trzeba zdobyć przed odczytem licznika.
Wersja 3.0 wprowadza nowy silnik oświetlenia.
""")

CS = lines(r"""
Opraven pád při otevření prázdného konfiguračního souboru.
Přidána volba `--json` k příkazu `status`.
Ukončena podpora Pythonu 3.8.
Aktualizován český překlad.
Knihovna pro čtení souborů FITS
Neproporcionální písmo pro programátory
Adresář mezipaměti můžete nastavit proměnnou `GRAUPEL_CACHE_DIR`.
Spusťte `make` pro sestavení knihovny.
Před větší změnou prosím nejdřív založte issue.
Drobnost: na řádku 42 je mezera navíc.
Mohl bys přidat test pro prázdný vstup?
Aplikace spadne, když je soubor prázdný.
Očekávané chování: konce řádků zůstanou zachovány.
Vrací počet zapsaných bajtů.
Proč je první sestavení tak pomalé? Všechny závislosti se kompilují ze zdrojů, další sestavení používají mezipaměť.
POZNÁMKA: hardware ignoruje spodní dva bity adresy.
""")

TR = lines(r"""
Boş yapılandırma dosyası açılırken oluşan çökme düzeltildi.
`status` komutuna `--json` seçeneği eklendi.
Python 3.8 desteği kaldırıldı.
Türkçe çeviriler güncellendi.
FITS dosyalarını okumak için kütüphane
Kod yazmak için tasarlanmış eş aralıklı yazı tipi
Önbellek dizinini `GRAUPEL_CACHE_DIR` ortam değişkeniyle ayarlayabilirsiniz.
Kütüphaneyi derlemek için `make` komutunu çalıştırın.
Büyük bir değişikliğe başlamadan önce lütfen bir issue açın.
Küçük bir not: 42. satırın sonunda fazladan boşluk var.
Boş girdi için bir test ekleyebilir misin?
Uygulama senkronizasyon sırasında telefon döndürülünce donuyor.
Beklenen davranış: satır sonları korunur.
Yazılan bayt sayısını döndürür.
İlk derleme neden bu kadar yavaş? Tüm bağımlılıklar kaynaktan derleniyor; sonraki derlemeler önbelleği kullanır.
NOT: zaman aşımı saniye cinsindendir.
""")

ZH = lines(r"""
修复配置文件为空时启动崩溃的问题。
为 `status` 子命令新增 `--json` 选项。
不再支持 Python 3.8。
更新简体中文翻译。
修复 HTTP 解析器在请求中断时的内存泄漏。
用于读取 FITS 天文图像的库
为编程设计的等宽字体
支持 UCI 协议的国际象棋引擎
可以通过环境变量 `GRAUPEL_CACHE_DIR` 设置缓存目录。
运行 `make` 编译，运行 `make check` 执行测试。
如果你使用 Docker，可以直接拉取官方镜像。
在开始较大的改动之前，请先提交一个 issue 讨论方案。
提交 PR 之前请先搜索是否已有相同的改动。
小问题：第 42 行末尾有多余的空格。
能否为空输入补充一个测试？
为什么不直接复用 `net/retry.go` 里的函数？
这里在 realloc 失败时会泄漏缓冲区。
同步过程中旋转手机，应用会卡死。
预期行为：保留原有的换行符。
实际行为：整个文件被转换成 LF。
返回写入的字节数。
如果日期不是 ISO 8601 格式，抛出 ValueError。
为什么第一次构建这么慢？因为所有依赖都要从源码编译，之后的构建会使用缓存。
注意：这里的顺序很重要，必须先加锁再读取引用计数。
TODO：等所有支持的发行版都带上 glibc 2.34 后删除这段代码。
3.0 版本带来了全新的光照引擎，旧存档会在第一次加载时自动转换。
固件 12.4 修复了在弱 Wi-Fi 下 OTA 升级时重启的问题。
本项目采用 MIT 许可证。
""")

JA = lines(r"""
設定ファイルが空のときに起動時にクラッシュする問題を修正しました。
`status` サブコマンドに `--json` オプションを追加。
Python 3.8 のサポートを終了しました。
日本語訳を更新。
HTTP パーサのメモリリークを修正。
FITS 形式の天文画像を読み書きするライブラリ
プログラミング向けの等幅フォント
ゲームボーイアドバンスのエミュレータ
キャッシュの場所は環境変数 `GRAUPEL_CACHE_DIR` で変更できます。
`make` でビルドし、`make check` でテストを実行します。
Nix を使っている場合は `nix develop` で必要な依存関係がそろったシェルに入れます。
大きな変更を始める前に、まず issue を立ててください。
既存のプルリクエストがないか確認してからお願いします。
細かい点ですが、42 行目の末尾に空白があります。
空の入力に対するテストを追加してもらえますか？
`parse_header` を再利用しないのはなぜでしょう？
同期中に端末を回転させるとアプリが固まります。
期待する動作：改行コードがそのまま保たれること。
実際の動作：ファイル全体が LF に変換される。
書き込んだバイト数を返します。
日付が ISO 8601 形式でない場合は ValueError を送出します。
初回のビルドが遅いのはなぜですか？依存関係をすべてソースからビルドするためです。2 回目以降はキャッシュが使われます。
注意: ロックを取ってから参照カウントを読むこと。順序を変えてはいけない。
FIXME: realloc が失敗したときにバッファがリークする。
バージョン 3.0 では新しいライティングエンジンを導入しました。
このフォントは SIL Open Font License で配布されています。
""")

KO = lines(r"""
설정 파일이 비어 있을 때 시작 시 충돌하는 문제를 수정했습니다.
`status` 하위 명령에 `--json` 옵션을 추가했습니다.
Python 3.8 지원을 중단했습니다.
한국어 번역을 업데이트했습니다.
FITS 천문 이미지를 읽는 라이브러리
코딩용 고정폭 글꼴
캐시 위치는 환경 변수 `GRAUPEL_CACHE_DIR`로 바꿀 수 있습니다.
`make`로 빌드하고 `make check`로 테스트를 실행하세요.
큰 변경을 시작하기 전에 먼저 이슈를 열어 주세요.
사소한 부분: 42번째 줄 끝에 공백이 있습니다.
빈 입력에 대한 테스트를 추가해 주실 수 있나요?
동기화 중에 화면을 회전하면 앱이 멈춥니다.
기대 동작: 줄 끝 문자가 그대로 유지됩니다.
쓰인 바이트 수를 반환합니다.
첫 빌드가 왜 이렇게 느린가요? 모든 의존성을 소스에서 컴파일하기 때문입니다. 이후 빌드는 캐시를 사용합니다.
참고: 타임아웃 단위는 밀리초가 아니라 초입니다.
버전 3.0에서는 새로운 조명 엔진이 도입되었습니다.
""")

BLOCKS = blocks(r"""
quillmark (2.4.0-1) unstable; urgency=medium

  * Neue Version der Originalautoren.
  * d/control: Abhängigkeit auf python3-hatchling ergänzt.

 -- Ines Valdés <ines@debian.org>  Mon, 12 Feb 2024 21:04:11 +0100
====
store: fdatasync statt fsync unter Linux verwenden

Für das Append-only-Log brauchen wir kein Flush der Metadaten; die Größe
wird beim Öffnen aus den Record-Headern rekonstruiert.

Signed-off-by: Katrin Vogt <kvogt@example.net>
====
## Installation

```
pip install quillmark
```

Python 3.10 ou plus récent est nécessaire. Sous Debian, vous pouvez aussi installer le
paquet `python3-quillmark`.
====
Le 12/03/2024 à 10:41, Mirela Pop a écrit :
> Le verrou est pris deux fois sur le chemin d'erreur.

Bien vu, merci. Une v2 arrive.
====
### Describir el error

La aplicación se cierra al exportar un informe vacío.

### Pasos para reproducir

1. Crear un proyecto nuevo
2. Ir a Informes > Exportar
3. Elegir CSV

### Entorno

- Versión 1.6.0
- Windows 11
====
Versão 1.4.2 (2024-01-11)

- Corrige a instalação no Windows quando o nome do usuário tem acentos.
- Declara suporte ao Python 3.12.
====
ИМЯ
       tarn - журнал рабочих сессий

ОПИСАНИЕ
       tarn записывает, над чем вы работаете, в локальную базу SQLite и
       выводит сводки по дням, неделям или проектам.
====
Почему данные хранятся в SQLite, а не в текстовых файлах?

Сначала мы пробовали текстовые файлы. Запросы вида «сколько времени ушло на проект X в
марте» требовали разбирать все файлы при каждом запуске, а одновременная запись из двух
терминалов портила журнал.
====
## 安装

```
pip install quillmark
```

需要 Python 3.10 或更高版本。Debian 和 Ubuntu 用户也可以安装 `python3-quillmark` 软件包。
====
修复会话缓存淘汰时的释放后使用问题

读者仍持有条目时，条目被淘汰并释放。现在在释放锁之前先增加引用计数。

Signed-off-by: Mei Lin <mei.lin@example.cn>
====
## インストール

```
pip install quillmark
```

Python 3.10 以降が必要です。Debian や Ubuntu では `python3-quillmark` パッケージも使えます。
====
Q: Emberdb は複数のプロセスから同時に使えますか？
A: はい。ただし書き込めるのは一度に 1 プロセスだけです。読み込みはブロックされません。
====
## 기여 방법

1. 먼저 이슈를 열어 변경 내용을 논의해 주세요.
2. 커밋 메시지는 Conventional Commits 형식을 따릅니다.
3. PR을 올리기 전에 `pre-commit run --all-files`를 실행해 주세요.
====
.. note::

   Opcja ``--watch`` nie jest dostępna w systemie Windows.
====
Sürüm 0.18.0

Uyumsuz değişiklikler
- `Client.fetch` artık bir async iterator döndürüyor.
- Python 3.8 artık desteklenmiyor.
====
Parametri
---------
segnale : ndarray
    Segnale di ingresso monodimensionale.
finestra : int, opzionale
    Lunghezza della finestra mobile in campioni.
====
/// Vrátí dlaždici na souřadnicích `(x, y)`, nebo `None`, pokud leží mimo mapu.
====
// ParseLevel wandelt einen Level-Namen wie "warn" in einen Level um.
// Groß- und Kleinschreibung wird ignoriert.
""")

ITEMS: dict[str, list[str]] = {"non_english": DE + FR + ES + PT + IT + RU + PL + CS + TR + ZH + JA + KO + BLOCKS}
