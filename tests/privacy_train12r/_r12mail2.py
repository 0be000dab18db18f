"""More mailing-list traffic (round 12): replies, cover letters, announcements, trailers."""

from __future__ import annotations

from _r12util import blocks, lines

SHORT = lines(r"""
Acked-by: Hiroshi Tanabe <htanabe@example.jp>
Reviewed-by: Mirela Pop <mirela.pop@example.com>
Tested-by: Lena Brandt <lena.brandt@example.de>
Applied to net-next, thanks.
Applied, thanks!
Pushed to master.
Thanks, queued.
Looks good to me.
Sorry, this fell through the cracks. Applied now.
This was fixed in 2.8.1, please upgrade.
Please resend as plain text; the list strips HTML mail.
Could you send this as a proper patch with a commit message?
The patch is line-wrapped, it doesn't apply.
Dropped from the queue, it conflicts with the series from Noor.
I'll take this through my tree unless someone objects.
Merged into the 4.3 branch as well.
Please don't top-post on this list.
Moving this to the dev list, it's not a user question.
Unsubscribing works through the link at the bottom of every message.
[PATCH] docs: fix typo in the install guide
[PATCH v2 2/5] store: migrate v1 databases in place
[RFC PATCH 0/3] Meson build system
[ANN] Tarn 1.7.0
[SECURITY] Nettle 3.2.1 fixes CVE-2024-31902
Re: [PATCH] firmware: stm32: fix wrong baud divisor at 72 MHz
""")

MAIL = blocks(r"""
On Mon, Apr 8, 2024 at 8:03 AM Ruairí Byrne wrote:
> Is the GPIO controller compatible with the JH7110 binding?

It is, apart from the interrupt layout. I'll reuse the binding and add a compatible.
====
> > How much faster is it?
>
> About 15% on the import benchmark.

On my machine I see 11%, still a nice win.

Tested-by: Farid Nasser <fnasser@example.com>
====
Hi everyone,

a reminder that the call for talks for the contributor summit closes on Friday. Lightning
talks about small tools and workflows are very welcome.

Ines
====
[PATCH 0/2] emberdb: online backup

This adds `emberctl backup`, which copies a consistent snapshot of a live data directory.
Patch 1 adds a checkpoint API to the store; patch 2 is the command itself. Tested with a
24-hour write load and 200 backups, all of which passed `emberctl check`.

Katrin Vogt (2):
  store: add a checkpoint API
  emberctl: add the backup command
====
On 4/11/24 14:28, Andrea Conti wrote:
> I'm not a fan of the new option name.

Suggestions welcome. I considered `--no-follow`, but that reads as if it applied to
every kind of link.
====
> Are there plans to support Python 3.13?

Yes. The test suite already passes on 3.13b1; the wheels will come with the first
release after 3.13.0 is out.
====
I hit the same bug on a Pinebook Pro. The workaround from the bug report (booting with
`fw_devlink=permissive`) works for me too.
====
Hi,

I'm packaging kestrel for Fedora. The tests try to bind port 7070, which fails in the
build sandbox. Would you accept a patch that uses port 0 in the tests and reads the port
back?

Thanks,
Lukas
====
> Should the release notes mention the change in exit codes?

Yes, under "Changes in behaviour". Scripts that check for status 1 will see 2 now.
====
On Wed, 20 Mar 2024 at 17:45, Sebastián Ortega wrote:
> The new dependency on libfoo is not packaged in Debian yet.

It's optional: configure detects it and disables the feature if it's missing.
====
This breaks bisectability: patch 3 uses a function that is only added in patch 4.
Could you reorder them?
====
Hello,

The 2.x branch will receive its last release on 30 June. After that, only 3.x gets bug
fixes. Please let us know on this thread if you depend on 2.x and cannot upgrade.

The release team
====
> +	msleep(50);

Please use usleep_range() for delays under 20 ms; for 50 ms msleep() is fine, but a
comment saying where the number comes from would help.
====
I can reproduce this on x86_64 with GCC 14 but not with Clang 18. It looks like a
compiler bug; reduced test case attached. I'll file it upstream.
====
On Fri, Apr 19, 2024 at 11:00:02PM +0900, Kenji Watanabe wrote:
> Here is v3, rebased on top of -rc4.

Thanks. The series is now in linux-next; please watch for build reports over the next
few days.
====
Hi Marta,

thanks for the summary. One correction: the Windows installer work is Jonas's, not
mine. Katrin is doing the macOS notarisation.
====
> Is the `--no-verify` flag safe to use in CI?

Only if you trust the network between CI and the mirror. We'd recommend keeping
verification on and caching the downloads instead.
====
I've uploaded 0.9.4 to unstable with the patch. Thanks for applying it upstream so
quickly!
====
The build of 6.9-rc3 fails for me with:

  ld: drivers/frob/core.o: in function `frob_probe':
  core.c:(.text+0x2a4): undefined reference to `frob_hw_init'

Config attached. It looks like FROB_HW is selected but the object isn't built.
====
Hi all,

We're switching the project's CI from Jenkins to self-hosted GitHub Actions runners next
week. Jobs will look different but test the same things. If something breaks, reply
here or ping me on IRC.

Jonas
====
> Would a patch removing the Alpha port be accepted?

Yes. Please also drop it from the docs and the CI config in the same series.
====
Please ignore v2, I sent the wrong branch. v3 follows.
====
> Why not use the existing logging macros?

They allocate, and this runs in the interrupt handler.
====
Subject: Re: [RFC PATCH 0/3] Meson build system

I'm in favour. The autotools build takes longer to configure than to compile on my
laptop. My only request: keep `make install` working for a couple of releases for the
people who script it.
""")

ITEMS: dict[str, list[str]] = {"mailing_list": SHORT + MAIL}
