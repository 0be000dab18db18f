"""More mailing-list messages and issue reports (round 12)."""

from __future__ import annotations

from _r12util import blocks, lines

MAIL = blocks(r"""
On Thu, Apr 4, 2024 at 3:12 PM Lena Brandt <lena.brandt@example.de> wrote:
> Does anyone know why the arm64 builder has been red since Monday?

The builder ran out of disk. I cleaned up the old artifacts; it should be green again
with the next push.
====
> +#define MAX_RETRIES 5

Why 5? A comment with the reasoning would help whoever touches this next.
====
Applied, thanks. I reworded the subject slightly to match the subsystem prefix.
====
Queued for 6.9, thanks.
====
Thanks, this is now in the stable queue for 6.6 and 6.1.
====
This patch doesn't apply to the current tree; could you rebase and resend?
====
Hi Noor,

> Changes in v2:
> - dropped the sysfs knob, as suggested

Looks good now.

Reviewed-by: Ilse de Groot <ilse@example.nl>
====
On 3/18/24 11:02, Sven Aberg wrote:
> I'd rather not add a module parameter for this.

Agreed, a module parameter is a poor interface. What about a devicetree property, so
boards that need the delay can ask for it?
====
> > > Is the ordering guaranteed?
> >
> > Not by the spec, but every implementation we know of preserves it.
>
> Then we shouldn't rely on it.

Fair. I'll sort explicitly in v3.
====
Hi list,

I'd like to propose moving our discussions from this list to the forum. The list has
had fewer than ten posts a month this year, and most newcomers ask on the forum anyway.
Archives would stay online. Thoughts?

Marta
====
-1 from me on moving to the forum. Mailing lists are easier to archive, search offline
and read in a threaded client. Many of us also filter them into folders.
====
Ping? This has been waiting for review for three weeks.
====
The v4 of this series addresses all comments so far. If nobody objects I'll merge it on
Monday.
====
> Is there any documentation for the protocol?

Only the comments in src/proto.c, unfortunately. Writing a proper spec is on the
roadmap for 3.0, and help would be very welcome.
====
On Sat, 2 Mar 2024 at 09:15, Jonas Eckert wrote:
> The new build-dependency isn't in bookworm.

It's only needed for the docs. I'll make it a Build-Depends-Indep with a nodoc profile.
====
I bisected the regression to commit 4c1f2b0 ("mm: pack small slabs tighter"). Reverting
it on top of 6.8-rc5 makes the warnings go away on my machine.
====
Thanks for the report. Could you send the output of `lspci -nnk` and the full dmesg from
boot? The snippet doesn't show which firmware was loaded.
====
Hi,

Emberdb 7.2.0 fails to build on hppa because of a missing atomic builtin. Build log:
https://buildd.example.org/status/logs.php?pkg=emberdb&arch=hppa

Is hppa something you'd accept a fix for, or should Debian just stop building it there?
====
> Could you split this into one patch per driver?

Sure. v2 will have five patches, one per driver, plus the core change first.
====
I won't have time to review this before the merge window, sorry. Perhaps Andrea can take
a look?
====
On Tue, 14 May 2024 at 20:41, Kenji Watanabe wrote:
> Should the new option default to on?

Off for this release, on in the next one, with a note in the release notes both times.
That has worked well for us before.
====
The vote on the new logo closes on Friday. So far: option A 14, option B 22, option C 9.
====
This breaks `make htmldocs`:

Documentation/driver-api/frob.rst:41: WARNING: Unexpected indentation.

Please fix up the list formatting.
====
Hi Piotr,

thanks, applied upstream as 7e02b11. It will be in 0.9.4.

Best,
Mirela
====
> I think we should also log the offending value.

We'd rather not: the value can be user data, and the logs end up in bug reports.
====
Summary of today's IRC meeting:

- 4.3.1 will go out on Thursday with the CVE fix.
- The Windows installer moves to WiX 4; Katrin owns it.
- Next meeting in two weeks, same time.
""")

ISSUES = blocks(r"""
**Version:** 2.3.1
**OS:** Arch Linux, kernel 6.8.2

Running `kiln build` on a site with 3,000 pages uses 9 GB of RAM and gets killed by the
OOM killer. 2.2.0 used about 800 MB on the same site.
====
After updating to Android 14 the widget shows "Can't load widget" until the app is
opened once. Pixel 8, app version 5.0.2.
====
Title: `cargo install kestrel` fails with "package `kestrel-proto` cannot be built"

rustc 1.72.0. The README says the MSRV is 1.70, but the error mentions a feature
stabilised in 1.74.
====
The progress bar shows 101% at the end of large uploads. Cosmetic, but confusing.
====
### What happened?

The scheduler ran the nightly job twice at 02:00 on the day the clocks went back.

### What did you expect?

The job to run once.

### Version

kestrel 0.6.0, TZ=America/Chicago
====
The Debian package installs the systemd unit but doesn't enable it, while the README says
the service starts automatically after install.
====
Feature request: allow `fenwick dedupe` to use reflinks on Btrfs and XFS instead of hard
links. Reflinks keep the files independent if one is edited later.
====
Characters with combining accents (e.g. "é" as e + U+0301) are counted as two columns in
the table output, so columns don't line up.
====
Reproducible with:

```python
import tessera
tessera.median([])
```

Raises `IndexError: list index out of range`. I'd expect a `ValueError` with a message,
or NaN like NumPy.
====
The game's controller support doesn't recognise the 8BitDo Pro 2 in X-input mode. It
works in Steam's Big Picture, so the device itself is fine.
====
`make install` overwrites /etc/nettle/nettle.conf. It should install the default config
only if the file doesn't exist yet.
====
Hi, since 1.6.0 the `--since yesterday` option shows nothing. `--since 2024-04-17` works.
Using en_GB locale, if that matters.
====
Build warning with clang 18:

    src/lexer.c:221:17: warning: variable 'start' set but not used [-Wunused-but-set-variable]

Harmless, but the Debian build uses -Werror for this package.
====
Touch scrolling in the file list is very slow on the PinePhone: about one frame per
second. Mouse wheel scrolling is smooth.
====
The `%` operator gives a negative result for negative dividends, unlike Python which the
docs compare the language to. Is that intended? If so, maybe mention it in the docs.
====
There is no way to cancel a running export from the UI. With big projects it takes
minutes and I have to kill the app.
====
Regression in 0.17: hot reload no longer picks up changes to CSS files imported from
JavaScript. Downgrading to 0.16.4 fixes it.
====
The documentation search returns nothing for terms with a hyphen, like "read-only".
====
Environment
- Board: Black Pill STM32F411, WeAct v3.1
- Firmware: 12.4 built from main at 3f2a9c1
- Host: macOS 14.4

The board enumerates but disappears after about 20 seconds, as if the watchdog
fires. With 12.3 it stays connected.
====
The PDF export uses a fallback font for Greek text even though Glimmer has Greek glyphs.
Looks like the subsetter drops them.
====
Please add a `--version` flag. Right now the only way to see the version is the About
dialog, which doesn't help in bug reports from headless servers.
====
`tarn export --format csv` writes the header twice when the output file already exists
and `--append` is given.
====
FreeBSD port: the test suite assumes `/proc`, which FreeBSD doesn't mount by default.
====
The new login screen is unusable with a screen reader: the fields have no labels and
the submit button is announced as "button".
====
When the remote cache is unreachable every compile waits for the full 30 s timeout.
Could it mark the remote as down after the first failure and retry later?
""")

SHORT = lines(r"""
Segfault when the input file is a FIFO
Window title not updated after Save As
Icons missing in the KDE Plasma 6 tray
The `--color=never` flag is ignored by the pager
Export to SVG loses the text kerning
Wrong temperature unit after changing the locale
README example fails: `ImportError: cannot import name 'Store'`
Installer requires admin rights even for per-user install
Crash after 49.7 days of uptime
Steam Deck: on-screen keyboard does not open for the name field
Dependabot PRs fail because of the pinned lock file version
Pressure readings are off by a factor of 100 (hPa vs Pa?)
Man page missing from the Homebrew formula
Broken layout on screens narrower than 360 px
Memory leak in the Python bindings when iterating over a closed cursor
""")

ITEMS: dict[str, list[str]] = {
    "mailing_list": MAIL,
    "issue_report": ISSUES + SHORT,
}
