"""Class 3: model answers pasted into notes without a label vs engineering notes, postmortem
summaries and README prose on the same subjects.

The answer explains in general to an asker (options, hedges, "you can", "here's"); the twin
states how one named project works, what happened when, and what is next. Both are prose of
the same length and may carry lists, headings and code spans.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from _t12vocab import fill

P_OPEN = (
    "", "", "", "Here's a quick overview.\n\n", "Short answer: it depends.\n\n",
    "Good question. ", "There are a few ways to think about this.\n", "In short: ",
    "Here's a breakdown:\n", "Certainly. ", "To put it simply, ", "", "", "",
    "**Overview**\n\n", "Great, let's go through it.\n\n", "The key idea: ", "Generally speaking, ",
)
P_BODY = (
    "Optimistic locking assumes conflicts are rare. Each row carries a version number; when you update, you check that the version hasn't changed since you read it. If it has, the update fails and you retry. It works well for read-heavy workloads but can cause a lot of retries under contention.",
    "Exponential backoff means waiting longer after each failed attempt, for example 1s, 2s, 4s, 8s. Adding random jitter prevents many clients from retrying at the same moment, which would otherwise create a thundering herd.",
    "A bloom filter is a probabilistic data structure that tells you whether an element is definitely not in a set or possibly in it. It uses several hash functions and a bit array, so it is very memory-efficient, but it can return false positives.",
    "Idempotency keys let a client safely retry a request. The server stores the key with the result of the first request, and if the same key arrives again it returns the stored result instead of performing the operation twice.",
    "The outbox pattern solves the dual-write problem: instead of writing to the database and publishing to a message broker separately, you write the event into an outbox table in the same transaction, and a separate process relays it to the broker.",
    "Tail latency refers to the slowest requests, usually measured as p99 or p99.9. It matters because in a fan-out architecture a single slow backend call can delay the whole response, so the user experiences the tail, not the average.",
    "Consistent hashing maps both keys and servers onto a ring. When a server is added or removed, only the keys between it and its neighbour move, rather than almost all keys as with modulo hashing.",
    "MVCC (multi-version concurrency control) keeps several versions of a row so that readers don't block writers. Each transaction sees a snapshot of the data as of its start, and old versions are cleaned up later by a vacuum or garbage-collection process.",
    "A circuit breaker wraps calls to a remote service. After a number of failures it 'opens' and fails fast for a while, then lets a few trial requests through ('half-open') to check whether the service has recovered.",
    "In {lang}, the idiomatic way to handle errors is usually to make failure explicit in the return type and handle it close to where it occurs. Avoid swallowing errors silently; at minimum, log them with enough context to debug later.",
    "Blue-green deployment runs two identical environments. You deploy the new version to the idle one, test it, then switch traffic over. If something goes wrong, you switch back, which makes rollbacks almost instant.",
    "Garbage collection pauses happen when the runtime stops application threads to reclaim memory. You can reduce them by allocating less, reusing buffers, tuning heap size, or choosing a collector designed for low latency.",
    "Semantic versioning uses MAJOR.MINOR.PATCH. Increment MAJOR for breaking changes, MINOR for backwards-compatible features, and PATCH for bug fixes. Pre-release tags such as -rc1 sort before the final release.",
    "Event sourcing stores every change to application state as an immutable event. The current state is rebuilt by replaying events. This gives you a full audit trail, but querying can be harder, so it is often combined with read models.",
    "Backpressure is a way for a slow consumer to signal a fast producer to slow down. Without it, queues grow without bound and the system eventually runs out of memory or drops data.",
    "A write-ahead log records changes before they are applied to the main data files. After a crash, the database replays the log to bring the data back to a consistent state.",
    "Structured concurrency means that concurrent tasks are scoped to a block: when the block exits, all tasks started inside it have finished or been cancelled. This makes cancellation and error propagation much easier to reason about.",
    "Flaky tests usually come from shared state, timing assumptions, test order dependencies or external services. A good first step is to run the test many times in isolation and then with the full suite to see which factor matters.",
    "Zero-downtime migrations generally follow an expand-and-contract approach: add the new column or table, write to both, backfill, switch reads, and only then remove the old structure in a later release.",
    "Rate limiting can be implemented with a token bucket, a leaky bucket, a fixed window or a sliding window. Token buckets allow short bursts, while sliding windows give smoother limits at the cost of more bookkeeping.",
    "A memory leak in a garbage-collected language usually means something still holds a reference: a growing cache, a listener that is never removed, or a global collection. Take two heap snapshots a few minutes apart and compare which object counts keep growing.",
    "Connection pool exhaustion happens when requests hold connections longer than expected. Common culprits are missing timeouts, transactions left open across network calls, and pools sized smaller than the number of worker threads.",
    "DNS caching can cause stale records after a failover: clients keep resolving the old address until the TTL expires, and some runtimes cache indefinitely unless configured otherwise. Lowering the TTL before a planned migration helps.",
    "Timezone bugs typically come from mixing naive and aware timestamps. A good rule of thumb is to store everything in UTC, convert only at the edges, and make sure your tests run in a non-UTC timezone at least once.",
    "A dead-letter queue holds messages that could not be processed after a number of attempts. It keeps poison messages from blocking the main queue, but someone needs to monitor it, otherwise failures go unnoticed.",
    "Cache stampedes happen when a popular key expires and many requests try to recompute it at once. Request coalescing, early probabilistic expiration, or a lock around the recomputation are the usual fixes.",
    "Schema drift means the database schema in one environment no longer matches what the migrations describe. It often comes from manual hotfixes. Running a schema diff in CI against a freshly migrated database catches it early.",
    "Cold starts are the delay when a serverless function or container has to initialise before serving a request. Smaller deployment packages, lazy imports and provisioned concurrency all reduce it, with different cost trade-offs.",
)
P_LIST = (
    "\n\nOptions you could consider:\n1. Increase the timeout.\n2. Add retries with backoff.\n3. Move the work to a background job.",
    "\n\nSome things to check:\n- Are connections being returned to the pool?\n- Is the timeout set too low?\n- Are there long-running transactions?",
    "\n\n**Pros:** simple, well understood.\n**Cons:** harder to scale, more coordination.",
    "\n\nApproach A is simpler; approach B scales better. If you're just starting, I'd go with A.",
    "",
    "",
)
P_CLOSE = (
    "", "", "\n\nUltimately, the right choice depends on your specific use case and constraints.",
    " Hope that clears it up!", "\n\nLet me know if you want a code example.",
    " That said, it's worth measuring before optimizing.",
    "\n\nIn summary, start simple and add complexity only when you need it.",
    " I'd recommend checking the official documentation for the details of your version.",
)

B_OPEN = (
    "", "", "", "## How locking works\n\n", "Postmortem summary\n\n", "Notes from the {proj} sync:\n",
    "Context for the next person: ", "README, section 'Design': ", "### Background\n",
    "Summary of {ticket}: ", "", "", "", "**Overview**\n\n", "Design note ({person}): ",
    "The key fact: ", "From the {ver} release notes: ",
)
B_BODY = (
    "{proj} uses optimistic locking on the invoices table: each row has a `version` column and the update in {file} includes `WHERE version = ?`. Under the month-end batch we saw {n} conflicts a minute, so the batch now retries up to five times.",
    "Retries in {proj} back off exponentially (1s, 2s, 4s, capped at 30s) with full jitter since {pr}. Before that, all workers retried on the same second after a {host} restart and the database fell over.",
    "The dedup step in {proj} keeps a bloom filter per day (about 40 MB on {host}). False positives mean we occasionally drop a legitimate duplicate-looking event; {person} measured 0.02 % on last week's traffic.",
    "Payments in {proj} require an Idempotency-Key header. Keys are kept for 24 hours in Redis; a retried request with the same key gets the stored response. The expiry is configured in {file}.",
    "{proj} publishes events through an outbox table written in the same transaction as the business change; the relay runs on {host} and polls every 500 ms. If the relay is down, events queue up but nothing is lost.",
    "On 2026-03-04 between 14:02 and 14:47 UTC, {proj} returned 502s for about {pct} of requests. Root cause: a config change in {sha} halved the connection pool. Mitigation: rollback at 14:41. Follow-ups in {ticket}.",
    "Tail latency on {proj} is dominated by the geo lookup: p50 is 40 ms but p99 is {ms} because one shard on {host} is on spinning disks. Moving it is tracked in {ticket}.",
    "Sessions are routed with consistent hashing across the four cache nodes. When redis-cache-a was replaced last quarter, only about a quarter of sessions were dropped, as expected.",
    "Postgres on {host} runs autovacuum aggressively on the events table (scale factor 0.01) because the MVCC bloat from the nightly updates doubled the table size in a week.",
    "Calls from {proj} to the tax provider go through a circuit breaker (5 failures in 30 s opens it for 60 s). While it is open, checkout falls back to the cached rates; see {file}.",
    "Error handling in this repo: library code returns errors, the CLI layer turns them into exit codes and messages. Don't log and return the same error; {person} will flag it in review.",
    "We deploy {proj} blue-green on {env}. The switch is the `active` label in {file}; rolling back is flipping it again, which took 40 s in the last drill.",
    "The {proj} workers on {host} showed 300 ms GC pauses after the {ver} upgrade. Setting the heap to 4 GB and reusing the parse buffers brought pauses under 20 ms.",
    "Release process: we follow semver. Breaking changes to the CLI flags need a major bump and a line in CHANGELOG.md; release candidates are tagged vX.Y.Z-rcN and published to the internal index only.",
    "The audit log is event-sourced: every change is an append to the `audit_events` table, and the admin views are projections rebuilt by `make rebuild-projections` (about 20 minutes on prod).",
    "The ingest service applies backpressure by pausing the Kafka consumer when the in-memory queue passes 10k items. Without it {host} ran out of memory twice in January ({ticket}).",
    "The embedded store keeps a write-ahead log next to the data file; after a crash it replays it on open. Don't delete the -wal file by hand, {person} lost a day of data doing that.",
    "The flaky lock test failed {n} times in the last 200 CI runs, always on the ARM runners. It depends on wall-clock time; the fix with an injected clock is in {pr}.",
    "The tenant_id migration is expand-and-contract: {ver} adds the column and dual-writes, the backfill runs this week, and the old column goes in the release after. Don't merge anything that reads only the new column yet.",
    "The public API is rate limited with a token bucket per API client (burst 50, refill 10/s). Limits live in {file}; {person} owns changes to them.",
    "The {proj} renderer leaked about 80 MB an hour: the font cache in {file} was keyed by request id, so nothing was ever reused. {sha} keys it by font name; RSS on {host} has been flat for two days.",
    "{proj} ran out of database connections twice last week. The pool is 20 per pod and the export job held connections across S3 uploads. {pr} moves the upload outside the transaction.",
    "After the {env} failover, clients kept hitting the old load balancer for 40 minutes because the record TTL was 3600. We lowered it to 60 in {ticket}; raise it again once the migration is over.",
    "Reports showed yesterday's totals for users east of UTC: the nightly job built dates with a naive `datetime.now()`. Fixed in {pr}; the test suite now also runs with TZ=Asia/Tokyo.",
    "The {proj} dead-letter queue had {n} messages this morning, all with a missing `tenant_id`. They come from the old mobile client; {person} is replaying them after {ticket} lands.",
    "At 09:00 every Monday the pricing cache on {host} expires at once and the database sees a spike of identical queries. {pr} adds request coalescing; until then the alert is expected.",
    "The {env} database had an index that no migration creates (added by hand during {ticket}). `make schema-diff` now runs in CI and fails on drift; the index is codified in {file}.",
    "Cold starts on the {proj} functions are about 2.5 s, mostly importing the PDF library. {person} moved the import into the handler that needs it; p95 for the other routes dropped to {ms}.",
)
B_LIST = (
    "\n\nFollow-ups:\n1. Alert on pool saturation.\n2. Add the config to the review checklist.\n3. Drill the rollback monthly.",
    "\n\nOpen questions:\n- Do we keep the flag after {ver}?\n- Who owns {host} now?\n- Is {ticket} still needed?",
    "\n\n**Status:** done on {env}. **Owner:** {handle}.",
    "\n\nWe picked option A because the team already runs it; option B is noted in {ticket} for later.",
    "",
    "",
)
B_CLOSE = (
    "", "", "\n\nNumbers and graphs are in {ticket}.", " Last checked by {person} on {sha}.",
    "\n\nRunbook: docs/runbook.md.", " See {pr} for the discussion.",
    "\n\nNext review of this section: after the {ver} release.", " Ask {handle} before changing it.",
)


def _make(rng: random.Random, prompt: bool, idx: int) -> str:
    if prompt:
        parts = (rng.choice(P_OPEN), P_BODY[idx], rng.choice(P_LIST), rng.choice(P_CLOSE))
    else:
        parts = (rng.choice(B_OPEN), B_BODY[idx], rng.choice(B_LIST), rng.choice(B_CLOSE))
    if parts[0].endswith((", ", ": ")) and parts[1][:2] != "{p":
        parts = (parts[0], parts[1][0].lower() + parts[1][1:], *parts[2:])
    text = fill(rng, "".join(parts))
    if rng.random() < 0.25:
        # a note cut to its first sentence or two, as people paste them
        cut = text.split(". ")
        text = ". ".join(cut[: rng.randint(1, 2)]).rstrip(".")
        text += "" if text.endswith(("?", "!")) else "."
    return text


Make = Callable[[random.Random], str]


def _long(rng: random.Random, prompt: bool) -> str:
    """Two or three bodies under headings: a long answer or a long README section."""
    bodies = P_BODY if prompt else B_BODY
    picks = rng.sample(range(len(bodies)), rng.randint(2, 5))
    heads = tuple(f"### {k}. " for k in range(1, 6)) if prompt else ("## ",) * 5
    parts = []
    for h, i in zip(heads, picks, strict=False):
        first = bodies[i].split(" ")
        parts.append(h + " ".join(first[:3]).rstrip(".,:") + "\n\n" + bodies[i])
    tail = rng.choice(P_CLOSE if prompt else B_CLOSE)
    return fill(rng, "\n\n".join(parts) + tail)


def class3() -> tuple[list[tuple[str, Make]], list[tuple[str, Make]]]:
    def one(prompt: bool, i: int) -> Make:
        return lambda rng: _make(rng, prompt, i)
    return ([(f"c3p{i}", one(True, i)) for i in range(len(P_BODY))] + [("c3p_long", lambda rng: _long(rng, True))],
            [(f"c3b{i}", one(False, i)) for i in range(len(B_BODY))] + [("c3b_long", lambda rng: _long(rng, False))])
