"""The trip: ways text gets mangled between where it was written and where it is stored
(terminal codes, wrapping, quoting, escaping, encoding, truncation, log framing)."""
import base64
import html
import json
import quopri
import textwrap
import urllib.parse

ESC = "\x1b"
COLORS = ["31", "32", "33", "34", "35", "36", "1;32", "1;31", "2", "1", "38;5;245", "38;5;208", "90"]
USERS = ["dev", "ci", "runner", "maria", "kenji", "ops", "build", "root", "agent", "lea", "tomasz", "ana"]
HOSTS = ["ci-runner-3", "buildbox", "ip-10-0-4-17", "devbox", "mbp-kenji", "staging-bastion", "ws-0412",
         "gh-actions-7f2", "tower", "laptop"]
PATHS = ["~/src/api", "~/work/handoff", "/srv/app", "~/code/billing", "/builds/platform/web", "~/proj/ingest",
         "/home/runner/work/core/core", "~/repos/infra"]


def color(rng, s):
    return "%s[%sm%s%s[0m" % (ESC, rng.choice(COLORS), s, ESC)


def shell_prompt(rng, coloured=None):
    u, h, p = rng.choice(USERS), rng.choice(HOSTS), rng.choice(PATHS)
    if coloured is None:
        coloured = rng.random() < 0.5
    if coloured:
        return "%s[01;32m%s@%s%s[00m:%s[01;34m%s%s[00m$ " % (ESC, u, h, ESC, ESC, p, ESC)
    return rng.choice(["%s@%s:%s$ " % (u, h, p), "[%s@%s %s]$ " % (u, h, p.split("/")[-1]),
                       "%s %% " % p.split("/")[-1], "❯ ", "PS C:\\Users\\%s\\src> " % u])


def cursor_noise(rng):
    return rng.choice([ESC + "[2K", ESC + "[1G", ESC + "[?25l", ESC + "[?25h", ESC + "[K", ESC + "[1A" + ESC + "[2K",
                       ESC + "]0;" + rng.choice(HOSTS) + "\x07"])


def progress(rng, label, steps=None):
    steps = steps or rng.randint(3, 7)
    parts = []
    for i in range(1, steps + 1):
        pct = min(100, int(100 * i / steps))
        bar = "#" * (pct // 5) + "." * (20 - pct // 5)
        parts.append("%s [%s] %3d%%" % (label, bar, pct))
    return "\r".join(parts)


def setx(cmd, depth=1):
    return "+" * depth + " " + cmd


def fold(text, width):
    """`fold -w`: hard cut every line at width characters, mid-word and mid-token."""
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            out.append(line[:width])
            line = line[width:]
        out.append(line)
    return "\n".join(out)


def wrap(text, width):
    """Re-flow paragraphs at width; long words (tokens) are broken across lines."""
    paras = text.split("\n\n")
    return "\n\n".join(textwrap.fill(p, width=width, break_long_words=True, break_on_hyphens=False) for p in paras)


def wrap_keep(text, width):
    return "\n\n".join(textwrap.fill(p, width=width, break_long_words=False, break_on_hyphens=False)
                       for p in text.split("\n\n"))


def quote(text, depth=1):
    pre = "> " * depth
    return "\n".join((pre + line).rstrip() for line in text.split("\n"))


def jstr(text):
    return json.dumps(text, ensure_ascii=False)[1:-1]


def jstr_ascii(text):
    return json.dumps(text, ensure_ascii=True)[1:-1]


def pct(text, safe=""):
    return urllib.parse.quote(text, safe=safe)


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode()


def b64_wrapped(text, width=76):
    return fold(b64(text), width)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def ent(text):
    return html.escape(text, quote=True)


def ent_numeric(text):
    return "".join("&#%d;" % ord(c) if c in "\"'<>&:/=" else c for c in text)


def catn(text, start=1):
    return "\n".join("%6d\t%s" % (i, line) for i, line in enumerate(text.split("\n"), start))


def editor_numbers(text, start=1):
    lines = text.split("\n")
    w = len(str(start + len(lines)))
    return "\n".join("%s │ %s" % (str(i).rjust(w), line) for i, line in enumerate(lines, start))


def crlf(text):
    return text.replace("\n", "\r\n")


def zw(rng, text, rate=0.08):
    """Zero-width and no-break spaces where a web page copy leaves them: only at spaces."""
    out = []
    for c in text:
        if c == " " and rng.random() < rate:
            out.append(rng.choice(["\u00a0", " \u200b", "\u200b ", "\u202f"]))
        else:
            out.append(c)
    return "".join(out)


def fullwidth(text):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in text)


def uescape(text):
    return "".join(c if ord(c) < 128 else "\\u%04x" % ord(c) for c in text)


def truncate(rng, text, keep):
    if len(text) <= keep:
        return text
    cut = text[:keep].rstrip()
    return cut + rng.choice(["…", " …", "... [truncated]", " [truncated]", "…(%d more chars)" % (len(text) - keep),
                             "\n-- output truncated --", " <cut>"])


def tail(rng, text, keep):
    if len(text) <= keep:
        return text
    return rng.choice(["…", "[...]\n", "... (%d lines above)\n" % text[:-keep].count("\n")]) + text[-keep:].lstrip()


def ts(rng):
    return "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (rng.randint(1, 11), rng.randint(1, 28), rng.randint(0, 23),
                                                   rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999))


def log_line(rng, msg, level=None):
    level = level or rng.choice(["INFO", "DEBUG", "WARN", "INFO", "ERROR"])
    svc = rng.choice(["api", "worker", "ingest", "gateway", "scheduler", "agent-runner", "hook", "sync"])
    style = rng.randrange(4)
    if style == 0:
        return "%s %-5s %s[%d]: %s" % (ts(rng), level, svc, rng.randint(100, 99999), msg)
    if style == 1:
        return json.dumps({"ts": ts(rng), "level": level.lower(), "svc": svc, "msg": msg}, ensure_ascii=False)
    if style == 2:
        return "%s | %s | %s" % (ts(rng)[:19].replace("T", " "), level, msg)
    return "level=%s ts=%s caller=%s.go:%d msg=%s" % (level.lower(), ts(rng), svc, rng.randint(10, 900),
                                                       json.dumps(msg, ensure_ascii=False))


def syslog(rng, msg):
    mon = rng.choice(["Jan", "Feb", "Mar", "Apr", "Jun", "Sep", "Oct", "Nov"])
    return "%s %2d %02d:%02d:%02d %s %s[%d]: %s" % (mon, rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59),
                                                  rng.randint(0, 59), rng.choice(HOSTS),
                                                  rng.choice(["systemd", "dockerd", "sshd", "cron", "app"]),
                                                  rng.randint(100, 9999), msg)


def yaml_block(key, text, indent=2, folded=False):
    pad = " " * indent
    return "%s: %s\n%s" % (key, ">" if folded else "|", "\n".join(pad + line if line else "" for line in text.split("\n")))


def csv_field(text):
    return '"' + text.replace('"', '""') + '"'


def cdata(text):
    return "<![CDATA[" + text + "]]>"


def md_table(rows):
    out = ["| " + " | ".join(rows[0]) + " |", "|" + "|".join("---" for _ in rows[0]) + "|"]
    for r in rows[1:]:
        out.append("| " + " | ".join(c.replace("|", "\\|") for c in r) + " |")
    return "\n".join(out)


def fence(text, lang=""):
    return "```%s\n%s\n```" % (lang, text)


def shq(text):
    """POSIX single quoting the way shells print it: ' becomes '"'"'."""
    return "'" + text.replace("'", "'\"'\"'") + "'"


def dollarq(text):
    return "$'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'"


def udiff(path, old, new, rng, ctx_before=(), ctx_after=()):
    a = rng.randint(3, 120)
    body = [" " + c for c in ctx_before] + ["-" + o for o in old] + ["+" + n for n in new] + [" " + c for c in ctx_after]
    return "diff --git a/%s b/%s\nindex %s..%s 100644\n--- a/%s\n+++ b/%s\n@@ -%d,%d +%d,%d @@\n%s" % (
        path, path, "%07x" % rng.randrange(16**7), "%07x" % rng.randrange(16**7), path, path, a,
        len(ctx_before) + len(old) + len(ctx_after), a, len(ctx_before) + len(new) + len(ctx_after), "\n".join(body))
