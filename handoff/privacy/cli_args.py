"""Passwords given to command-line tools as arguments or on stdin.

``htpasswd -b file user PW``, ``mysql -pPW``, ``echo PW | sudo -S``: the value has no name of its
own, so its position in the argument vector says what it is. ``_CLI_TABLE`` maps each command to
how its password is found; ``_cli_passwords`` and ``_stdin_secrets`` are the table's aggregators.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from handoff.privacy.values import (
    char_classes,
    is_passphrase,
    is_placeholder,
    is_word_passphrase,
    is_wordy,
)

if TYPE_CHECKING:
    from re import Match


_KEYSTORE_FLAGS = tuple(("flag", f) for f in ("-storepass", "-keypass", "-srcstorepass",
                                              "-deststorepass", "-srckeypass", "-destkeypass"))
_SNMP_FLAGS = (("flag", "-A"), ("flag", "-X"))  # SNMPv3 auth and privacy pass phrases

# Command-line tools that take a password as an argument: command -> how to find it.
# ("flag", "-p") the next argument; ("glued", "-p") attached to the flag; ("at", n) the n-th
# positional argument (flags skipped); ("after", "%") the part after a separator in the next
# argument of a flag given as ("split", "-U", "%").
_CLI_TABLE: dict[str, tuple[tuple[str, ...], ...]] = {
    "mysql": (("glued", "-p"),), "mariadb": (("glued", "-p"),), "mysqldump": (("glued", "-p"),),
    "mysqladmin": (("glued", "-p"),), "mysqlimport": (("glued", "-p"),),
    "mysqlsh": (("glued", "-p"),),
    "sshpass": (("flag", "-p"), ("glued", "-p")),
    "redis-cli": (("flag", "-a"), ("flag", "--pass")),
    "sqlcmd": (("flag", "-P"),), "bcp": (("flag", "-P"),), "osql": (("flag", "-P"),),
    "isql": (("flag", "-P"),),
    "mongo": (("flag", "-p"),), "mongosh": (("flag", "-p"),), "mongodump": (("flag", "-p"),),
    "mongorestore": (("flag", "-p"),), "mongoexport": (("flag", "-p"),),
    "mongoimport": (("flag", "-p"),),
    "cqlsh": (("flag", "-p"),), "influx": (("flag", "-p"), ("flag", "-password")),
    "ldapsearch": (("flag", "-w"),), "ldapadd": (("flag", "-w"),), "ldapmodify": (("flag", "-w"),),
    "ldapdelete": (("flag", "-w"),), "ldapwhoami": (("flag", "-w"),),
    "ldappasswd": (("flag", "-w"), ("flag", "-s")),
    "smbclient": (("split", "-U", "%"),), "rpcclient": (("split", "-U", "%"),),
    "zip": (("flag", "-P"),), "unzip": (("flag", "-P"),), "7z": (("glued", "-p"),),
    "7za": (("glued", "-p"),), "rar": (("glued", "-p"), ("glued", "-hp")),
    "unrar": (("glued", "-p"),),
    "mosquitto_pub": (("flag", "-P"),), "mosquitto_sub": (("flag", "-P"),),
    "xfreerdp": (("glued", "/p:"),), "rdesktop": (("flag", "-p"),),
    "plink": (("flag", "-pw"),), "pscp": (("flag", "-pw"),), "psftp": (("flag", "-pw"),),
    "evil-winrm": (("flag", "-p"),), "az": (("flag", "-p"),),
    "openssl": (("passarg", "-passin"), ("passarg", "-passout"), ("passarg", "-pass"),
                ("flag", "-k")),
    "htpasswd": (("at", "3"),), "rabbitmqctl": (("at", "3"),), "net": (("at", "3"),),
    "wpa_passphrase": (("at", "2"),), "mc": (("at", "6"),), "lftp": (("split", "-u", ","),),
    "vault": (("at", "2"),), "codecov": (("flag", "-t"), ("flag", "--token")),
    "cypher-shell": (("flag", "-p"), ("flag", "--password")),
    "rabbitmqadmin": (("flag", "-p"), ("flag", "--password")),
    "keytool": _KEYSTORE_FLAGS, "jarsigner": _KEYSTORE_FLAGS,
    "etcdctl": (("split", "--user", ":"),), "ipmitool": (("flag", "-P"),),
    "snmpwalk": _SNMP_FLAGS, "snmpget": _SNMP_FLAGS, "snmpset": _SNMP_FLAGS,
    "snmpbulkwalk": _SNMP_FLAGS, "hdbsql": (("flag", "-p"),), "vsql": (("flag", "-w"),),
    "ncftp": (("flag", "-p"),), "nuget": (("flag", "-Password"),),
    "oc": (("flag", "-p"), ("flag", "--password")), "cf": (("flag", "-p"),),
    "dotnet": (("flag", "-p"), ("flag", "--password")),
    "wandb": (("at", "2"),), "llm": (("flag", "--value"),),
}
_CLI_COMMANDS = tuple(sorted(_CLI_TABLE, key=len, reverse=True))
_CLI_FLAG_VERBS = {"oc": ("login",), "cf": ("login",), "dotnet": ("nuget",), "llm": ("keys",)}
"""Tools whose password flag means something else outside one verb (``oc process -p NAME=V``
sets a template parameter; only ``oc login -p`` takes a password)."""
_CLI_POSITIONAL_VERBS = {"rabbitmqctl": ("add_user", "change_password"), "net": ("user",),
                         "mc": ("alias",), "vault": ("login",), "wandb": ("login",), "htpasswd": (),
                         "wpa_passphrase": ()}


def _cli_argv(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Whitespace-separated arguments with their offsets, quotes stripped."""
    out: list[tuple[int, str]] = []
    i = start
    while i < end:
        while i < end and text[i] in " \t":
            i += 1
        if i >= end:
            break
        if text[i] in "'\"":
            q = text[i]
            close = text.find(q, i + 1, end)
            close = end if close < 0 else close
            out.append((i + 1, text[i + 1 : close]))
            i = close + 1
        else:
            j = i
            while j < end and text[j] not in " \t":
                j += 1
            out.append((i, text[i:j]))
            i = j
    return out


def _exec_argv(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The arguments of an exec-form array after its command (``["CMD", "mysqladmin", "ping",
    "-pV"]``: a compose healthcheck, a Dockerfile ``CMD``, a Kubernetes probe): each quoted
    item up to the array's ``]``, with its offset."""
    out: list[tuple[int, str]] = []
    i = start
    while i < end:
        while i < end and text[i] in " \t,":
            i += 1
        if i >= end or text[i] != '"':
            break  # the closing bracket, or no longer an array of strings
        close = text.find('"', i + 1, end)
        if close < 0:
            break
        out.append((i + 1, text[i + 1 : close]))
        i = close + 1
    return out


def _cli_password_ok(value: str) -> bool:
    if value.startswith("-") and not (len(value) >= 8 and char_classes(value) >= 3):
        return False  # the next flag, unless it reads as a password that starts with "-"
    return len(value) >= 4 and not is_placeholder(value) and (
        char_classes(value) >= 2 or len(value) >= 12
    ) and not value.isdigit()


def _cli_passwords(ms: Sequence[Match[str]]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in ms:
        text = m.string
        command = m.group(1)
        start = m.start()
        if start and text[start - 1] not in " \t\n(`'\"$;|&/":
            continue
        if text.startswith('",', m.end(1)) and start and text[start - 1] == '"':
            argv = _exec_argv(text, m.end(1) + 1, min(len(text), m.end(1) + 400))
        else:  # a quoted | ; & stays inside its argument
            argv = _cli_argv(text, m.end(1), min(m.end(), m.end(1) + 400))
        verbs = _CLI_FLAG_VERBS.get(command)
        if verbs and not any(a in verbs for _, a in argv[:3]):
            continue
        for how in _CLI_TABLE.get(command, ()):
            span = _cli_find(command, how, argv)
            if span is not None:
                spans.append(span)
                break
    return spans


def _cli_find(command: str, how: tuple[str, ...], argv: list[tuple[int, str]]
              ) -> tuple[int, int] | None:
    kind, flag = how[0], how[1]
    for n, (pos, arg) in enumerate(argv):
        value, vpos = "", -1
        if kind == "flag" and arg == flag and n + 1 < len(argv):
            vpos, value = argv[n + 1]
        elif kind == "flag" and arg.startswith(flag + "="):
            vpos, value = pos + len(flag) + 1, arg[len(flag) + 1 :]
        elif kind == "glued" and arg.startswith(flag) and len(arg) > len(flag) + 3:
            vpos, value = pos + len(flag), arg[len(flag) :]
            if value.startswith("="):
                vpos, value = vpos + 1, value[1:]
        elif kind == "split" and arg == flag and n + 1 < len(argv):
            upos, user = argv[n + 1]
            sep = user.find(how[2])
            if sep > 0:
                vpos, value = upos + sep + 1, user[sep + 1 :]
        elif kind == "passarg" and arg == flag and n + 1 < len(argv):
            ppos, parg = argv[n + 1]
            if parg.startswith("pass:"):
                vpos, value = ppos + 5, parg[5:]
        if vpos >= 0 and _cli_password_ok(value):
            return vpos, vpos + len(value)
    if kind == "at":
        verbs = _CLI_POSITIONAL_VERBS.get(command, ())
        positional = [(p, a) for p, a in argv if not a.startswith("-")]
        if verbs and (not positional or positional[0][1] not in verbs):
            return None
        index = int(flag) - 1
        if command == "htpasswd" and not any(a.startswith("-") and "b" in a for _, a in argv):
            return None
        if command == "vault":
            index = 1
        if command == "mc" and len(positional) >= 5:
            index = 5 if len(positional) >= 6 else 4  # alias set NAME URL KEY SECRET
        if index < len(positional):
            vpos, value = positional[index]
            if _cli_password_ok(value) and (not is_wordy(value) or is_passphrase(value)):
                return vpos, vpos + len(value)  # (net user U tundra-violet-walrus19 /add)
    return None


_STDIN_READERS = ("--password-stdin", "sudo -s", "sudo -ks", "chpasswd", "passwd", "--stdin",
                  "secret", "token", "login", "password", "passphrase", "env add", "secrets set",
                  "secret put", "--with-token", "auth", "kinit", "-pass stdin", "credential",
                  "vault", "keyring", "-p", "--body-file -")


def _stdin_secrets(ms: Sequence[Match[str]]) -> list[tuple[int, int]]:
    """``echo V | reader`` and ``reader <<< V`` where the reader takes a secret on stdin."""
    spans: list[tuple[int, int]] = []
    for m in ms:
        if m.group(3) is not None:
            value, vstart, reader = m.group(3), m.start(3), m.group(4).lower()
        else:
            text = m.string
            line = text.rfind("\n", 0, m.start()) + 1
            value, vstart, reader = m.group(6), m.start(6), text[line : m.start()].lower()
            if ":" in value and "chpasswd" in reader:
                cut = value.index(":") + 1
                value, vstart = value[cut:], vstart + cut
        hash_at = reader.find(" #")
        if hash_at >= 0:
            reader = reader[:hash_at]  # a shell comment says what the line is, not who reads it
        if not any(r in reader for r in _STDIN_READERS):
            continue
        if is_passphrase(value) or is_word_passphrase(value):
            spans.append((vstart, vstart + len(value)))  # words, but a passphrase's shape
            continue
        if len(value) < 6 or is_placeholder(value) or is_wordy(value) or value.isdigit():
            continue
        if "|" in value and (char_classes(value) < 3 or len(value) < 8):
            continue  # 'ok|fail': a quoted pipe is a password's symbol only among mixed classes
        if char_classes(value) >= 2 or len(value) >= 16:
            spans.append((vstart, vstart + len(value)))
    return spans


