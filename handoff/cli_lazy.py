"""A click group whose commands in other modules are imported only when they run.

`handoff.cli` lists each such command once, by name, as "module:attribute" plus the
first paragraph of its help (`LazyCommand`). Dispatch imports the one module the command
needs; `handoff --help` lists every command from the table without importing any of
them. The help text is a copy, so tests/test_startup.py checks it against the command's
own docstring.

`group.commands` still answers for every command (tests and tools walk the tree through
it): asked for all of them, it imports them all. The group's own dispatch never asks for
all.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

import click


class LazyCommand(NamedTuple):
    target: str
    """"package.module:attribute" of the click command."""
    help: str
    """The first paragraph of the command's help, for `--help` listings."""


def load(target: str) -> click.Command:
    module, _, attribute = target.partition(":")
    command = getattr(importlib.import_module(module), attribute)
    if not isinstance(command, click.Command):  # pragma: no cover - a table error
        raise TypeError(f"{target} is not a click command")
    return command


class _Commands(dict[str, click.Command]):
    """The group's commands: the ones added so far, and the lazy ones when all are asked for."""

    def __init__(self, lazy: dict[str, LazyCommand]) -> None:
        super().__init__()
        self.lazy = lazy

    def load(self, name: str) -> click.Command | None:
        """One command by name, importing its module if it is lazy and not loaded yet."""
        command = dict.get(self, name)
        if command is None and name in self.lazy:
            command = load(self.lazy[name].target)
            dict.__setitem__(self, name, command)
        return command

    def names(self) -> list[str]:
        return sorted(set(dict.keys(self)) | set(self.lazy))

    def _all(self) -> None:
        for name in self.lazy:
            self.load(name)

    def __iter__(self) -> Iterator[str]:
        self._all()
        return super().__iter__()

    def __len__(self) -> int:
        self._all()
        return super().__len__()

    def __contains__(self, name: object) -> bool:
        return dict.__contains__(self, name) or name in self.lazy

    def __getitem__(self, name: str) -> click.Command:
        command = self.load(name)
        if command is None:
            raise KeyError(name)
        return command

    def get(self, name: str, default: Any = None) -> Any:
        command = self.load(name)
        return default if command is None else command

    def keys(self) -> Any:
        self._all()
        return super().keys()

    def values(self) -> Any:
        self._all()
        return super().values()

    def items(self) -> Any:
        self._all()
        return super().items()


class LazyGroup(click.Group):
    """A group that imports a command's module when the command is dispatched."""

    def __init__(self, *args: Any, lazy: dict[str, LazyCommand] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.commands = _Commands(dict(lazy or {}))

    @property
    def lazy(self) -> dict[str, LazyCommand]:
        commands = self.commands
        assert isinstance(commands, _Commands)
        return commands.lazy

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        commands = self.commands
        assert isinstance(commands, _Commands)
        return commands.load(cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        commands = self.commands
        assert isinstance(commands, _Commands)
        return commands.names()

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """As click's, but a lazy command not loaded yet is described from the table."""
        commands = self.commands
        assert isinstance(commands, _Commands)
        rows: list[tuple[str, click.Command]] = []
        for name in commands.names():
            command = dict.get(commands, name)
            if command is None:
                command = click.Command(name, help=commands.lazy[name].help)
            if not command.hidden:
                rows.append((name, command))
        if not rows:
            return
        limit = formatter.width - 6 - max(len(name) for name, _ in rows)
        entries: Sequence[tuple[str, str]] = [(n, c.get_short_help_str(limit)) for n, c in rows]
        with formatter.section("Commands"):
            formatter.write_dl(entries)
