"""Single-line texts across the categories (round 12), so that most texts are one line."""

from __future__ import annotations

from _r12util import lines

NEWS = lines(r"""
The `serve` command now watches the config file and reloads on change.
Hearth now starts automations only after all integrations are loaded.
Dark mode no longer flashes white on startup.
macOS builds are universal binaries (x86_64 and arm64).
Startup no longer blocks on DNS when the network is down.
Added a `--since` filter to the `log` command.
Improved scrolling performance in long documents.
The default compression level is now 3 (was 6), which halves export time.
Fixed: CSV export used the system locale's decimal separator.
Removed the experimental plugin marketplace.
The `status` command shows the current branch.
Support for Apple Pencil hover on iPad.
Improved accessibility: all buttons have labels.
Fonts: added the Armenian block.
Game: new difficulty option, "Relaxed", with checkpoints every room.
Firmware: Bluetooth pairing no longer requires a button press on rev D boards.
Kernel: added driver for the Sipeed Lichee RV Dock's display.
Compiler: tail calls are now guaranteed in release builds.
Database: `VACUUM` runs concurrently with readers.
CI: jobs can be cancelled from the command line.
Security: the session cookie is now `SameSite=Lax` by default.
Packaging: the Flatpak has access to `~/Music` only, not the whole home directory.
Docs: new how-to guide for running behind a reverse proxy.
Translations: 100% complete in Catalan, Dutch and Japanese.
This version requires a data migration; see the upgrade notes.
The release was delayed by a week because of a regression found in the release candidate.
2.8.1 is a security release; 2.8.0 users should upgrade.
Binary downloads are now signed with Sigstore.
The Debian packages moved to a new repository; see the install page for the new line.
Special thanks to Lucía Ferrer for the new icon set.
""")

README = lines(r"""
Requires Linux 5.10 or newer for the io_uring backend; older kernels fall back to epoll.
Set `RUST_LOG=debug` to see what the daemon is doing.
You can also run the tests in a container with `make docker-test`.
All configuration options can be set through environment variables as well.
The CLI prints machine-readable output with `--porcelain`.
For development, `make watch` rebuilds on every file change.
If the build can't find OpenSSL, set `OPENSSL_DIR` to its prefix.
Windows users: run the commands in PowerShell, not cmd.exe.
Screenshots in this README are from the Linux version.
See `docs/architecture.md` for how the pieces fit together.
An example configuration with comments is in `examples/config.toml`.
The game needs about 1.5 GB of disk space and 4 GB of RAM.
The font is also available on Google Fonts.
You can run the web UI on a different port with `--listen :9090`.
The API is documented with OpenAPI; open `/docs` in a running instance.
This library follows the versioning of the C library it wraps.
If you just want to try it, the online demo resets every hour.
For embedded targets, disable the `std` feature.
Logs rotate daily and are kept for 14 days.
Need help? Open a discussion rather than an issue.
Release tarballs include pre-generated documentation.
Contributions of new board definitions are welcome.
You can pin the version in CI with `uses: example/setup-tern@v1`.
""")

CONTRIB = lines(r"""
Label your PR `breaking` if it changes behaviour users rely on.
Keep commit subjects under 50 characters when you can.
Don't squash your commits during review; we squash at merge.
Write tests first if you can; it makes the review easier.
Questions about a PR belong in the PR, not in the chat.
Use the `draft` state for PRs you don't want merged yet.
Run `make check-licenses` if you add third-party code.
Every PR must pass CI before it can be merged.
For UI text changes, ask the translators' channel if the wording is clear.
Large refactors need a tracking issue with the plan.
Do not open PRs that only change version numbers of dependencies; the bot does that.
Feature requests without a use case are likely to be closed.
Please keep the discussion on topic and respectful.
Update `docs/changelog.rst` for anything users will notice.
""")

MAN = lines(r"""
-q, --quiet        Suppress all output except errors.
-v, --verbose      Print each file as it is processed.
-n, --dry-run      Print the actions without performing them.
-o, --output FILE  Write output to FILE instead of stdout.
--version          Show the version and exit.
--help             Show this message and exit.
-j, --jobs N       Number of parallel jobs.
--color WHEN       always, never or auto.
-y, --yes          Assume yes to all questions.
--config PATH      Use PATH as the configuration file.
tarn-export - write logged entries as CSV or JSON
emberctl-compact - rewrite segments to drop old records
dfu-flash - write firmware to a USB DFU device
hearthd - home automation daemon
logfmt - pretty-print logfmt lines
sablec - compiler for the Sable language
Usage: fenwick [OPTIONS] <COMMAND>
Usage: kiln build [--drafts] [--output DIR] [SITE]
usage: tarn [-h] [--version] {add,report,export,tag} ...
See 'tern help <command>' for more information on a specific command.
""")

DOCS = lines(r"""
Return the number of seconds until the token cache should be refreshed.
Iterate over the records in key order.
Return a new path with the extension replaced.
Whether the lock is currently held by this process.
Release the GPU buffers; the object cannot be used afterwards.
Set the log level for this module and its children.
Split a path into its components, handling both separators on Windows.
Return the frame index to display at time *t*.
// Done returns a channel that is closed when the job finishes.
// Bytes returns the encoded message; the slice must not be modified.
/// Returns the remaining capacity in bytes.
/// Creates a new handle to the same underlying file.
/** Width of the border in pixels. */
/** Called after the layout pass, before drawing. */
@param callback invoked once per row, in order
@return true if the entry was removed
:param retries: how many times to retry on a timeout.
:raises ValueError: if *size* is negative.
Equivalent to ``close()`` followed by ``open()``.
Prefer :func:`read_all` for small files.
""")

FAQ = lines(r"""
Q: Why is my config ignored? A: Check the file name; it must be `config.toml`, not `config.tml`.
Q: Can I use it with Docker? A: Yes, an official image is published with each release.
Q: Does it collect telemetry? A: No. There is no telemetry of any kind.
Q: Where are the logs? A: In `~/.local/state/tarn/log` on Linux and `~/Library/Logs/Tarn` on macOS.
Q: How do I change the language? A: The app follows the system language; you can override it in Preferences.
Q: Is there a CLI? A: Yes, `tarn` is installed alongside the app.
Q: Is the game available on consoles? A: Not at the moment.
Q: Will there be a Linux version? A: There already is; it is built for the Steam Runtime.
Why is the app not in the App Store? Apple's sandbox doesn't allow the file watching we need.
Why no Windows ARM builds? We have no hardware to test them on.
Why does the daemon run as root? It doesn't; it drops privileges after binding the port.
Why do I see "certificate verify failed"? Your system clock is probably wrong, or a proxy intercepts TLS.
Can I change the keyboard layout in the game? Yes, in Settings > Controls.
Does the font support ligatures? Yes, and they can be turned off with the `calt` feature.
Does the library work with asyncio? Yes, there is an async client alongside the sync one.
Can I migrate from 1.x? Yes, `tarn migrate` converts the old database.
Why is the sync slow the first time? It uploads everything once; later syncs only send changes.
Does it support two-factor login? Yes, TOTP and WebAuthn.
""")

ISSUES = lines(r"""
Error when the project path contains a space
Window opens off-screen after disconnecting the second monitor
CPU spikes every 30 seconds on idle
`tarn add` accepts an end time before the start time
Can't scroll the settings page on small screens
Unicode file names are shown as question marks on Windows
The app crashes when the camera permission is denied
Incorrect total in the weekly report when a session spans midnight
Plugin API: no way to unregister a command
The firmware update gets stuck at 99%
Build fails with Python 3.13: `distutils` not found
Font fallback picks an emoji font for digits
Search does not find words with apostrophes
Importing a 4 GB file fails on 32-bit ARM
Ctrl+Z undoes two steps instead of one
Level editor: copying a group loses its rotation
The progress bar never finishes when the server doesn't send Content-Length
Deprecation warnings printed on every run with Python 3.12
Sound continues playing after the game is paused
The docs build fails with Sphinx 8
Race condition when two runners pick up the same job
The login page is not translated
Memory usage grows when the window is minimised
""")

MAIL = lines(r"""
I'll take a look at it this weekend.
Yes, please send a v2 with the changes you describe.
Could you share the full build log?
Same here on Fedora 40, fwiw.
Makes sense to me.
I don't have strong opinions either way.
+1 for Meson.
No objections from me.
That was fixed in 7e02b11, so it should be in the next release.
Do you have a minimal reproducer?
Please send the patch to the list, not to me personally.
The archive of this thread is at https://lists.example.org/archives/dev/2024-April/.
Thanks for the detailed report.
Let's discuss this at the meeting on Thursday.
I'm travelling next week, so reviews from me will be slow.
Does anyone have hardware to test this on?
Can you check whether this still happens with -rc5?
It looks like a compiler bug to me; did you try another GCC version?
We discussed this in 2021, see the thread "Dropping 32-bit support".
Happy to co-maintain the Debian package if that helps.
Re: [PATCH 2/2] emberctl: add the backup command
Re: [ANN] Tarn 1.7.0
[PATCH v4 1/3] sable: add row polymorphism to the type checker
Re: Proposal: move discussions to the forum
[PATCH RESEND] docs: correct the default port in the man page
""")

COMMITS = lines(r"""
Fix typo in man page
Add Korean translation
Update dependencies
Remove unused variable
Improve error message for missing config file
Make tests pass on Windows
Add missing license header
Use HTTPS for the project URL
Reformat with black
Fix clippy warnings
Handle EINTR in read loop
Document the release process
""")

COMMENTS = lines(r"""
# TODO: make this configurable
// XXX: not thread-safe
/* unused for now */
# see docs/protocol.md
// keep sorted
# legacy, do not use
// same as above, for the Y axis
# deliberately broad: any failure here means "not installed"
// workaround for Chrome 120 bug
/* end of critical section */
# generated by tools/gen_tables.py
// In pixels, not points.
""")

ITEMS: dict[str, list[str]] = {
    "news_paragraph": NEWS,
    "readme_paragraph": README,
    "contributing_guide": CONTRIB,
    "man_page": MAN,
    "docstring": DOCS,
    "faq_entry": FAQ,
    "issue_report": ISSUES,
    "mailing_list": MAIL,
    "commit_message": COMMITS,
    "code_comment": COMMENTS,
}
