"""Mailing-list messages: patch discussions, replies with quoted lines, round 12."""

from __future__ import annotations

from _r12util import blocks

MAIL = blocks(r"""
On Tue, Mar 12, 2024 at 10:41:05AM +0100, Mirela Pop wrote:
> The lock is taken twice on the error path, see the goto at line 212.

Good catch, thanks. v2 coming shortly.
====
On 2024-02-03 18:22, Hiroshi Tanabe wrote:
> Is there a reason this can't use the existing helper in phy_device.c?

The helper assumes clause 22 registers; this PHY needs clause 45 access for the 2.5G
modes. I'll add a comment saying so.
====
[PATCH v3 0/4] tarn: rework the storage layer

Changes since v2:
- split the migration into its own patch (Andrea)
- dropped the unrelated whitespace changes
- rebased on top of current master

Mirela Pop (4):
  store: add a schema version table
  store: migrate v1 databases in place
  store: use WAL mode by default
  docs: describe the migration
====
Hi all,

the 4.3 release is planned for the week of 15 April. If you have patches you'd like to
see in it, please send them before the end of next week so there is time for review.

Thanks,
Katrin
====
> > Should we drop support for GCC 7 in the next release?
>
> CentOS 7 is the last distro that ships it by default, and it's EOL.

Agreed. I'll send a patch bumping the minimum to GCC 9 and removing the workarounds.
====
Acked-by: Andrea Conti <aconti@example.it>
====
Applied to the for-next branch, thanks!
====
On Fri, 9 Feb 2024 at 14:02, Farid Nasser <fnasser@example.com> wrote:
>
> This fixes the NULL dereference reported by several users on headless boards.

Tested on an RX 6600 in a machine without a monitor attached; resume works now.

Tested-by: Yuki Morimoto <ymorimoto@example.com>
====
NAK. This changes the user-visible ABI of the ioctl. Please add a new ioctl instead of
extending the existing struct.
====
Hi,

I'm seeing intermittent failures of test-fifo on the FreeBSD builder since yesterday.
Nothing in the diff touches that code. Has anyone else seen it, or should I look at the
builder?

Regards,
Jonas
====
> +	if (len > MAX_HDR)
> +		return -EINVAL;

Shouldn't this be >=? The buffer is MAX_HDR bytes including the terminator.
====
Sorry for the late reply, I was travelling.

> Would you be OK with moving the parser to its own library?

Yes, as long as the old headers keep working for a release or two.
====
Reviewed-by: Ilse de Groot <ilse@example.nl>

One nit below, feel free to fix when applying.

> +/* Returns 0 on success or a negative errno */

"negative errno value", otherwise fine.
====
Subject: [ANNOUNCE] Emberdb 7.2.0 released

Emberdb 7.2.0 is out. This release fixes a data loss bug when a compaction was
interrupted by SIGTERM; all users of 7.x should upgrade. Full release notes are on the
website.
====
This series breaks the build on arm with multi_v7_defconfig:

drivers/net/phy/realtek.c:1033:12: error: 'rtl8221d_read_status' defined but not used

Looks like the new callback is only wired up for the C45 variant.
====
On Mon, Jan 15, 2024 at 09:12:00PM +0000, Amara Okafor wrote:
> Is anyone still using the Alpha port?

The last bug report for it was in 2019. I would not mind removing it.
====
Please keep the list in Cc when replying, so others can follow the discussion.
====
Hello,

I maintain the Debian package of libtarn. Debian's build of 0.9.3 fails on 32-bit
architectures because the test harness prints size_t with %lu. The attached patch uses
%zu instead. Would you consider applying it upstream?

Piotr
====
> I'm not sure the performance numbers mean much, the benchmark mostly measures the page
> cache.

Fair point. I reran it with the cache dropped before each iteration (echo 3 >
/proc/sys/vm/drop_caches) and the improvement is still 12%.
====
Thanks for the review. I've folded in all your comments except the rename: `flush_all`
is used by three out-of-tree drivers that I know of, and I'd rather not break them in a
fix for stable.
====
Meeting notes from today's call are up on the wiki. Main decisions: we'll switch to
Meson in the 5.0 cycle, and the autotools build stays until 5.2.
====
On Wed, 6 Mar 2024, Salvatore Bianchi wrote:
> Is the fix going to be backported to 6.1?

It's tagged for stable, so it should show up in 6.1.81 or so.
====
Hi Dmitri,

> Signed-off-by: Dmitri Orlov <dorlov@example.com>

The patch is whitespace-damaged (tabs turned into spaces), probably by your mail client.
Could you resend with git send-email?
====
Any objections to tagging 2.0.0-rc1 on Friday? The blockers list is empty since
yesterday.
====
> What is the use case for this flag?

We run the tool from a read-only container and the only writable place is /tmp. Without
the flag it tries to write the cache next to the binary and fails.
""")

ITEMS: dict[str, list[str]] = {"mailing_list": MAIL}
