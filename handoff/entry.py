"""The `handoff` executable's entry point: fast paths that skip click.

The commonest calls (`note`, `show`, `brief`, `latest` in their plain shapes) run through
`handoff.fast_cli`, which declines anything else. The session-start hook runs before every
session of every host, so it should cost no more than `handoff show`; click and the CLI
module are about a third of a CLI call's start-up. The
installer writes the hook in exactly one shape, `handoff hook session-start --for HOST
[--record-session]`, so that shape is recognised here and run without importing click.
Any other argument list (including that command with a global option such as `--store`)
goes to the full CLI, `handoff.cli.main`, which runs the same function.

Both fast paths end in `handoff.fast_cli.finish`: the atexit functions, a flush, and an
exit without the interpreter's module teardown.
"""

from __future__ import annotations

import sys

_HOSTS = ("claude-code", "codex", "opencode")


def _fast_hook_args(argv: list[str]) -> tuple[str | None, bool] | None:
    """(host, record_session) if argv is the installed hook's exact shape, else None."""
    if argv[:2] != ["hook", "session-start"]:
        return None
    host: str | None = None
    record = False
    rest = argv[2:]
    while rest:
        arg = rest.pop(0)
        if arg == "--for" and rest and rest[0] in _HOSTS and host is None:
            host = rest.pop(0)
        elif arg == "--record-session" and not record:
            record = True
        else:
            return None
    return host, record


def main() -> None:
    from .fast_cli import finish, plan, run

    fast = _fast_hook_args(sys.argv[1:])
    if fast is not None:
        from .session_hooks import session_start

        session_start(fast[0], record_session=fast[1])  # store: $HANDOFF_HOME or discovery
        finish(0)  # it wrote its answer with os.write and closed the store

    call = plan(sys.argv[1:])
    if call is not None:
        finish(run(call))
    from .cli import main as cli_main

    cli_main()
