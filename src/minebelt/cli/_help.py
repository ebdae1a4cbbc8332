"""The command line's help and usage lines in the reader's language.

Layer: interfaces.

typer builds its click commands (help of the commands and options) from English strings, and
its copy of click writes its own words in English (``Usage:``, ``Show this message and exit.``;
typer's ``Options``/``Arguments``/``Commands`` headings go through the standard library's
gettext in its default domain, which has no catalogue of ours). Neither copy of click reads a
``click`` gettext domain we could fill (typer >= 0.26 carries a copy without gettext), so the
catalogue is minebelt's own: :func:`localise_command` gives every command of the tree the
translated help of its command and options (the msgids are the English help, marked ``N_`` where
written) and a context whose help formatter writes click's few words through minebelt's
catalogue. The language is chosen before typer parses (:func:`early_language`), the same
resolution the commands use; the command names, option names and metavars stay English (what
the user types).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from functools import cache
from typing import Any

from .. import i18n
from ..errors import InputError
from ..i18n import pgettext


def early_language(argv: Sequence[str], env: Mapping[str, str] | None = None) -> str:
    """The language a run asks for, read before parsing: the last ``--lang CODE`` (or
    ``--lang=CODE``) before ``--``, else ``MINEBELT_LANG``, else ``LC_ALL``/``LC_MESSAGES``/
    ``LANG`` (:func:`minebelt.i18n.from_environment`). An unknown code reads English here: the
    command itself reports it (one line, exit 2)."""
    given: str | None = None
    for i, tok in enumerate(argv):
        if tok == "--":
            break
        if tok == "--lang" and i + 1 < len(argv):
            given = argv[i + 1]
        elif tok.startswith("--lang="):
            given = tok[len("--lang=") :]
    try:
        return i18n.check(given) if given is not None else i18n.from_environment(env)
    except InputError:
        try:
            return i18n.from_environment(env)
        except InputError:
            return "en"


#: The headings of the help's sections, as typer and click name them.
HEADINGS: dict[str, Callable[[], str]] = {
    "Options": lambda: pgettext("command-line help", "Options"),
    "Arguments": lambda: pgettext("command-line help", "Arguments"),
    "Commands": lambda: pgettext("command-line help", "Commands"),
}
#: click's own help of ``--help``.
HELP_OPTION = "Show this message and exit."
#: The marks typer puts after an option's help: ``[required]``, ``[default: 0]``.
_MARK = re.compile(r"\[(?P<word>required|default|env var)(?P<rest>(: [^\]]*)?)\]$")
_MARK_WORDS: dict[str, Callable[[], str]] = {
    "required": lambda: pgettext("command-line help", "required"),
    "default": lambda: pgettext("command-line help", "default"),
    "env var": lambda: pgettext("command-line help", "env var"),
}


def usage_prefix() -> str:
    """``Usage: `` in the reader's language (the usage line's first word and its space)."""
    return pgettext("command-line help", "Usage:") + " "


def row_text(text: str) -> str:
    """A help row's text with click's words in the reader's language: ``--help``'s help and
    the mark typer appends (``[required]``, ``[default: 0]``); the option's own help is
    translated on the command (:func:`localise_command`)."""
    if text == HELP_OPTION:
        return pgettext("command-line help", "Show this message and exit.")
    m = _MARK.search(text)
    if m:
        return f"{text[: m.start()]}[{_MARK_WORDS[m['word']]()}{m['rest']}]"
    return text


@cache
def _context_class(base: Any) -> Any:
    """A subclass of click's context ``base`` whose help formatter speaks the reader's language."""
    formatter_base: Any = base.formatter_class

    class LocalFormatter(formatter_base):
        def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
            super().write_usage(prog, args, usage_prefix() if prefix is None else prefix)

        def section(self, name: str) -> AbstractContextManager[None]:
            words = HEADINGS.get(name)
            return super().section(words() if words else name)

        def write_dl(self, rows: Sequence[tuple[str, str]], *args: Any, **kwargs: Any) -> None:
            super().write_dl([(term, row_text(text)) for term, text in rows], *args, **kwargs)

    return type("LocalContext", (base,), {"formatter_class": LocalFormatter})


def _commands(command: Any) -> Iterator[Any]:
    """``command`` and every command under it (a group's subcommands)."""
    yield command
    for sub in (getattr(command, "commands", None) or {}).values():
        yield from _commands(sub)


def localise_command(root: Any) -> Any:
    """``root`` (typer's click group) with the help of every command and option in the current
    language and click's words through minebelt's catalogue; returns ``root``. In English the
    tree is left as typer built it. The help of a command is its docstring (typer's), so a
    command's docstring is the msgid its module marks with ``N_``."""
    if i18n.current() == "en":
        return root
    for command in _commands(root):
        command.context_class = _context_class(command.context_class)
        if command.help:
            command.help = i18n.gettext(command.help)
        for param in command.params:
            if getattr(param, "help", None):
                param.help = i18n.gettext(param.help)
    return root


__all__ = ["HEADINGS", "HELP_OPTION", "early_language", "localise_command", "row_text", "usage_prefix"]
