"""Short engineering texts in more languages (round 12): one-liners, titles, remarks."""

from __future__ import annotations

from _r12util import lines

LINES = lines(r"""
Fehlerhafte Zeitzonenangabe in exportierten Kalenderdateien korrigiert.
Die Mindestversion von CMake ist jetzt 3.20.
Debug-Ausgaben im Release-Build entfernt.
Neue Tastenkürzel für das Teilen des Editors.
Schnittstelle zur Abfrage des Akkustands hinzugefügt.
Bei fehlender Netzwerkverbindung wird jetzt eine verständliche Meldung angezeigt.
Die Anwendung startet jetzt etwa doppelt so schnell.
Kompilierfehler mit GCC 14 behoben.
Hinweis: Die Option `--legacy` wird in Version 5.0 entfernt.
Kannst du das bitte in zwei Commits aufteilen?
Ist das Absicht, dass hier kein Fehler geloggt wird?
Rechtschreibfehler in der Hilfe behoben.
Correction de la détection de l'encodage pour les fichiers sans BOM.
La version minimale de CMake est désormais 3.20.
Nouveaux raccourcis clavier pour diviser l'éditeur.
L'application démarre environ deux fois plus vite.
Message d'erreur plus clair en l'absence de connexion réseau.
Pourrais-tu séparer ça en deux commits ?
C'est voulu qu'aucune erreur ne soit journalisée ici ?
Remarque : l'option `--legacy` sera supprimée dans la version 5.0.
Pilote pour les écrans e-paper sur bus SPI
Corregida la detección de codificación en archivos sin BOM.
La versión mínima de CMake pasa a ser la 3.20.
Nuevos atajos de teclado para dividir el editor.
La aplicación arranca aproximadamente el doble de rápido.
¿Puedes separar esto en dos commits?
¿Es intencionado que aquí no se registre el error?
Nota: la opción `--legacy` se eliminará en la versión 5.0.
Controlador para pantallas de tinta electrónica por SPI
Corrigida a detecção de codificação em arquivos sem BOM.
A versão mínima do CMake agora é 3.20.
O aplicativo inicia cerca de duas vezes mais rápido.
Você pode dividir isso em dois commits?
É intencional não registrar o erro aqui?
Driver para telas de tinta eletrônica via SPI
Corretto il rilevamento della codifica per i file senza BOM.
La versione minima di CMake è ora la 3.20.
Puoi dividere questa modifica in due commit?
È voluto che qui non venga registrato l'errore?
Driver per display e-paper su bus SPI
Исправлено определение кодировки для файлов без BOM.
Минимальная версия CMake теперь 3.20.
Приложение запускается примерно вдвое быстрее.
Можешь разделить это на два коммита?
Здесь специально не логируется ошибка?
Примечание: параметр `--legacy` будет удалён в версии 5.0.
Драйвер для экранов на электронных чернилах с интерфейсом SPI
Ошибка компиляции с GCC 14
Poprawiono wykrywanie kodowania w plikach bez BOM.
Minimalna wersja CMake to teraz 3.20.
Aplikacja uruchamia się mniej więcej dwa razy szybciej.
Czy możesz podzielić to na dwa commity?
Sterownik wyświetlaczy e-papierowych na magistrali SPI
Opravena detekce kódování u souborů bez BOM.
Minimální verze CMake je nyní 3.20.
Můžeš to rozdělit do dvou commitů?
Ovladač pro displeje s elektronickým papírem přes SPI
BOM içermeyen dosyalarda kodlama algılaması düzeltildi.
Minimum CMake sürümü artık 3.20.
Bunu iki commit'e bölebilir misin?
SPI üzerinden e-kağıt ekran sürücüsü
修复无 BOM 文件的编码检测。
CMake 最低版本提升到 3.20。
应用启动速度提升约一倍。
能把这个拆成两个提交吗？
这里不记录错误是故意的吗？
注意：`--legacy` 选项将在 5.0 版本中移除。
通过 SPI 驱动电子墨水屏的驱动程序
GCC 14 下编译失败
文档里的示例代码跑不通
BOM のないファイルで文字コードの判定が誤る問題を修正。
CMake の最低バージョンを 3.20 に引き上げ。
起動時間がおよそ半分になりました。
これを 2 つのコミットに分けてもらえますか？
ここでエラーをログに出さないのは意図的ですか？
注意：`--legacy` オプションはバージョン 5.0 で削除されます。
SPI 接続の電子ペーパーディスプレイ用ドライバ
GCC 14 でビルドできない
BOM이 없는 파일의 인코딩 감지를 수정했습니다.
CMake 최소 버전을 3.20으로 올렸습니다.
앱 시작 속도가 약 두 배 빨라졌습니다.
이걸 커밋 두 개로 나눠 주실 수 있나요?
여기서 오류를 로그에 남기지 않는 건 의도된 건가요?
SPI 전자종이 디스플레이용 드라이버
GCC 14에서 빌드 실패
Documentatie bijgewerkt voor de nieuwe configuratieopties.
Opgelost: crash bij het openen van lege bestanden.
Stuurprogramma voor e-paperschermen via SPI
Dokumentationen har uppdaterats för de nya inställningarna.
Åtgärdat: krasch när en tom fil öppnas.
Korjattu kaatuminen tyhjää tiedostoa avattaessa.
Javítva: összeomlás üres fájl megnyitásakor.
Đã sửa lỗi treo khi mở tệp rỗng.
Memperbaiki crash saat membuka berkas kosong.
Виправлено збій під час відкриття порожнього файлу.
Διορθώθηκε η κατάρρευση κατά το άνοιγμα κενού αρχείου.
""")

ITEMS: dict[str, list[str]] = {"non_english": LINES}
