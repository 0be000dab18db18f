"""Short texts from domains the other modules cover thinly (round 12): mobile, web front-end,
databases, crypto libraries in prose, CI, packaging registries, audio, GIS, HPC."""

from __future__ import annotations

from _r12util import blocks, lines

ONELINERS = lines(r"""
SwiftUI components for settings screens that follow the iOS look
Kotlin coroutine helpers for Android lifecycle-aware flows
React hook for reading and writing URL query parameters
Vue 3 date picker with keyboard navigation
Svelte store that persists to localStorage
PostgreSQL extension for approximate distinct counts
SQLite virtual table for reading CSV files
MySQL slow query log analyser
Redis-compatible server written in Go, single-threaded by design
Constant-time big-number arithmetic for RSA and Diffie-Hellman
Pure-Python implementation of the Noise protocol framework
X.509 certificate parsing without a dependency on OpenSSL
Hash functions (SHA-2, SHA-3, BLAKE2) for microcontrollers
GitHub Action that caches the Gradle build cache between runs
Buildkite plugin for uploading test results
Jenkins shared library for Debian package builds
npm package for reading EXIF data in the browser
Cargo subcommand that lists outdated dependencies
PyPI package that builds Sphinx docs in a container
Homebrew tap for nightly builds of Tern
LV2 reverb plugin with a convolution engine
Audio loudness meter following EBU R128
Library for reading shapefiles and GeoPackage files
Map tile renderer for vector tiles in Rust
MPI wrapper for Julia with support for GPU-aware transports
Job scheduler plugin that reports energy use per job
Tools for converting between mesh formats
""")

COMMITS = lines(r"""
ios: fix safe-area insets on the settings screen
android: move image decoding off the main thread
web: lazy-load the charts bundle
web: fix focus trap in the modal dialog
db: add a partial index for unsent notifications
db: make the migration idempotent
crypto: reject RSA keys with small public exponents
crypto: use the platform RNG on every target
ci: run the Android instrumentation tests on a real device farm
ci: cache node_modules by lock file hash
npm: publish ESM and CJS builds
cargo: enable the `std` feature only for tests
audio: clamp the output to avoid clipping after the limiter
gis: handle polygons that cross the antimeridian
hpc: bind ranks to cores by default
""")

REVIEWS = lines(r"""
On iPhone SE the bottom button is hidden behind the home indicator.
This recomposes the whole list on every keystroke; can the state be hoisted?
The modal doesn't return focus to the button that opened it.
Bundle size went up by 40 KB; is the whole date library needed?
The partial index only helps if the query has the same WHERE clause.
Please use a constant-time comparison for the MAC check.
Where does the randomness for the nonce come from on the embedded target?
The matrix now has 48 jobs; can we drop the oldest Node version?
Does the ESM build still work with the older bundler config?
The limiter adds latency; is that acceptable for the live-monitoring case?
Antimeridian polygons need splitting before reprojecting, not after.
""")

ISSUES = lines(r"""
iOS 17: keyboard covers the comment field
Android: app is killed in the background during uploads
Web: charts do not render in Safari 16
Web: tab order skips the search field
Database: migration 42 fails on MySQL 5.7
Crypto: signature verification is slow on 32-bit ARM
CI: the cache restore step takes longer than the build
npm: types are missing from the published package
Audio: plugin crashes the host on sample rate change
GIS: reprojected polygons have spikes near the poles
HPC: job hangs when one rank runs out of memory
""")

DOCS = lines(r"""
/// Presents the sheet and calls `onDismiss` when the user closes it.
/** Emits a new value whenever the lifecycle reaches STARTED. */
@param {URLSearchParams} params current query parameters
Return the estimated number of distinct values, with a relative error of about 2%.
Generate a private key of *bits* bits; only 2048, 3072 and 4096 are accepted.
Return the integrated loudness in LUFS over the whole input.
Split a polygon at the antimeridian into two parts.
// Rank returns this process's rank in the communicator.
""")

NON_EN = blocks(r"""
ios: Safe-Area-Abstände im Einstellungsbildschirm korrigiert

Auf dem iPhone SE lag der untere Button hinter dem Home-Indikator.
====
android: décodage des images déplacé hors du thread principal

Le défilement de la galerie saccadait sur les appareils d'entrée de gamme.
====
db: índice parcial para notificaciones no enviadas

La consulta del worker pasaba de 2 s a 8 ms en producción.
====
web: carregamento sob demanda do pacote de gráficos

Reduz o JavaScript inicial em 180 KB.
====
ci: кэшировать node_modules по хешу lock-файла

Холодный прогон занимал 7 минут, теперь 3.
====
crypto: odrzucanie kluczy RSA z małym wykładnikiem publicznym
====
gis: 处理跨越日期变更线的多边形

投影前先在 180° 经线处拆分，否则极地附近会出现尖刺。
====
audio: リミッター後の出力をクリップしないよう制限
====
hpc: 기본적으로 랭크를 코어에 고정
""")

ITEMS: dict[str, list[str]] = {
    "package_oneliner": ONELINERS,
    "commit_message": COMMITS,
    "review_comment": REVIEWS,
    "issue_report": ISSUES,
    "docstring": DOCS,
    "non_english": NON_EN,
}
