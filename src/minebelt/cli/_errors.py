"""Usage errors of the ``minebelt`` command, whichever copy of click typer uses.

Layer: interfaces.

typer 0.26 and later carry their own copy of click (``typer._click``); earlier releases use
the ``click`` package. The exceptions raised while parsing a command line (unknown command or
option, missing argument, a value of the wrong type) come from that copy, so catching
``click.ClickException`` misses them and every usage error became a Python traceback. The
classes are therefore looked up from ``typer.BadParameter`` (public in every typer release),
which lives in the exceptions module of whichever click typer runs on; the ``click`` package's
own classes are caught too when it is installed. ``pyproject.toml`` bounds typer to the
releases this was tested with.

Conventions (``docs/cli.md``):

- a usage error prints one line ``minebelt: error: ...`` and the usage hint of the command
  (``Usage: ...`` and ``Try 'minebelt CMD --help' for help.``) on stderr; exit status 2; the
  frame and click's sentence in the reader's language (``minebelt: błąd: Nie ma takiej opcji:
  --bogus``), the option, command and value as typed;
- ``minebelt`` with no arguments prints the help on stdout and exits 0, like ``--help``: the
  user asked for nothing wrong, and ``minebelt | less`` works.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

import typer

from ..i18n import N_, current
from ..i18n import gettext as _
from ..outputs.error_words import Phrase, localise, phrase

_typer_click = importlib.import_module(typer.BadParameter.__module__)


def _classes(name: str) -> tuple[type[BaseException], ...]:
    found: list[type[BaseException]] = []
    mods: list[Any] = [_typer_click]
    try:
        import click.exceptions

        mods.append(click.exceptions)
    except ImportError:  # pragma: no cover - typer >= 0.26 does not need the click package
        pass
    for mod in mods:
        cls = getattr(mod, name, None)
        if isinstance(cls, type) and cls not in found:
            found.append(cls)
    return tuple(found)


#: Every exception click (either copy) shows to the user: usage errors, bad files.
CLICK_ERRORS = _classes("ClickException")
#: Usage errors proper (these carry the command's context, hence its usage line).
USAGE_ERRORS = _classes("UsageError")
#: Raised by click >= 8.2 for a group with ``no_args_is_help`` called without arguments.
NO_ARGS_IS_HELP = _classes("NoArgsIsHelpError")
#: ``typer.Exit`` / ``typer.Abort`` and click's own, whichever the command raised.
EXITS: tuple[type[BaseException], ...] = tuple(dict.fromkeys((typer.Exit, *_classes("Exit"))))
ABORTS: tuple[type[BaseException], ...] = tuple(dict.fromkeys((typer.Abort, *_classes("Abort"))))


#: (pattern, message) of click's and typer's usage errors: the sentence in the reader's language,
#: the option, command and value as typed (named groups fill the placeholders).
CLICK_MESSAGES: tuple[Phrase, ...] = (
    (re.compile(r"^No such option: (?P<name>\S+) \(Possible options: (?P<hint>.*)\)(?P<rest>.*)$"),
     N_("No such option: %(name)s (possible options: %(hint)s)%(rest)s")),
    (re.compile(r"^No such option: (?P<name>\S+) Did you mean (?P<hint>\S+)\?(?P<rest>.*)$"),
     N_("No such option: %(name)s (did you mean %(hint)s?)%(rest)s")),
    (re.compile(r"^No such option: (?P<name>\S+)(?P<rest>.*)$"), N_("No such option: %(name)s%(rest)s")),
    (re.compile(r"^No such command (?P<name>'.*')\.(?P<rest>.*)$"), N_("No such command %(name)s.%(rest)s")),
    (re.compile(r"^Missing argument (?P<name>'.*')\.(?P<rest>.*)$"), N_("Missing argument %(name)s.%(rest)s")),
    (re.compile(r"^Missing option (?P<name>'.*')\.(?P<rest>.*)$"), N_("Missing option %(name)s.%(rest)s")),
    (re.compile(r"^Missing command\.(?P<rest>.*)$"), N_("Missing command.%(rest)s")),
    (re.compile(r"^Option (?P<name>'.*') requires an argument\.(?P<rest>.*)$"),
     N_("Option %(name)s requires an argument.%(rest)s")),
    (re.compile(r"^Option (?P<name>'.*') does not take a value\.(?P<rest>.*)$"),
     N_("Option %(name)s does not take a value.%(rest)s")),
    (re.compile(r"^Got unexpected extra arguments? (?P<name>\(.*\))(?P<rest>.*)$"),
     N_("Unexpected extra arguments: %(name)s%(rest)s")),
    (re.compile(r"^Invalid value for (?P<name>'[^:]*'): (?P<rest>.*)$"), N_("Invalid value for %(name)s: %(rest)s")),
)  # fmt: skip


def local_message(message: str) -> str:
    """A usage error's sentence in the reader's language (as click wrote it when no pattern of
    :data:`CLICK_MESSAGES` matches; what click adds after the sentence stays as written)."""
    if current() == "en":
        return message
    return phrase(CLICK_MESSAGES, message, _reword) or message


def _reword(kw: dict[str, str]) -> None:
    """What click says of a value (``'abc' is not a valid integer.``) in the reader's words too."""
    if kw.get("rest", "").strip():
        kw["rest"] = localise(kw["rest"])


def error_line(message: str, prog: str = "minebelt") -> str:
    """``minebelt: error: <message>`` in the reader's language (the program's name as typed)."""
    return _("%(prog)s: error: %(message)s") % {"prog": prog, "message": message}


#: The line of a run stopped by Ctrl-C, ``typer.Abort`` or SIGTERM, by what stopped it.
STOPPED = {
    "interrupted": N_("%(prog)s: interrupted"),
    "aborted": N_("%(prog)s: aborted"),
    "terminated": N_("%(prog)s: terminated"),
}


def stop_line(how: str, prog: str = "minebelt") -> str:
    """``minebelt: interrupted`` (``aborted``, ``terminated``) in the reader's language."""
    return _(STOPPED[how]) % {"prog": prog}


def try_help(command: str) -> str:
    """``Try 'minebelt estimate --help' for help.`` in the reader's language."""
    return _("Try '%(command)s' for help.") % {"command": command}


def help_text(exc: BaseException) -> str:
    """The help of the command a ``NoArgsIsHelpError`` was raised for."""
    ctx = getattr(exc, "ctx", None)
    if ctx is not None:
        return str(ctx.get_help())
    return str(exc.format_message()) if hasattr(exc, "format_message") else str(exc)  # pragma: no cover


def _given_value(exc: BaseException, argv: list[str] | None) -> str | None:
    """The value the user gave for the option a ``BadParameter`` names, found in ``argv``."""
    param = getattr(exc, "param", None)
    opts = [o for o in getattr(param, "opts", []) or [] if o.startswith("-")]
    if not argv or not opts:
        return None
    for i, tok in enumerate(argv):
        for o in opts:
            if tok == o and i + 1 < len(argv):
                return argv[i + 1]
            if o.startswith("--") and tok.startswith(o + "="):
                return tok[len(o) + 1 :]
    return None


def _context_from_argv(root: Any, argv: list[str] | None, prog: str) -> Any:
    """A parsing-free context of the command ``argv`` names (for errors click raised without one)."""
    if root is None:
        return None
    try:
        ctx = root.make_context(prog, [], resilient_parsing=True)
        sub = getattr(root, "commands", {}).get(argv[0]) if argv else None
        if sub is not None and argv:
            ctx = sub.make_context(argv[0], [], parent=ctx, resilient_parsing=True)
        return ctx
    except Exception:  # noqa: BLE001 - the hint is a courtesy; the error line is what matters
        return None


def usage_error_lines(
    exc: BaseException, argv: list[str] | None = None, prog: str = "minebelt", root: Any = None
) -> list[str]:
    """``minebelt: error: <message>`` and, for usage errors, the usage hint of the command.

    The message is the first line click gives (e.g. ``No such option: --nosuchflag``,
    ``Missing argument 'scenario'.``, ``Invalid value for '--samples' / '-n': ...``), with the
    value given when click does not repeat it (``(got 'abc')``). ``root`` (the click group of
    the app) gives the usage of the command ``argv`` names when click raised the error without
    a context (e.g. ``Option '--country' requires an argument.``).
    """
    msg = exc.format_message() if hasattr(exc, "format_message") else str(exc)
    first = next((line.strip() for line in str(msg).splitlines() if line.strip()), type(exc).__name__)
    given = _given_value(exc, argv)
    words = local_message(first)
    if given is not None and repr(given) not in first:
        words = _("%(message)s (got %(value)s)") % {"message": words, "value": repr(given)}
    lines = [error_line(words, prog)]
    ctx = getattr(exc, "ctx", None)
    if ctx is None and isinstance(exc, USAGE_ERRORS):
        ctx = _context_from_argv(root, argv, prog)
    if ctx is not None:
        usage = " ".join(str(ctx.get_usage()).split())
        lines.append(usage)
        if ctx.command.get_help_option(ctx) is not None:
            lines.append(try_help(f"{ctx.command_path} {ctx.help_option_names[0]}"))
    return lines


def exit_status(e: BaseException, args: list[str], root: Any) -> int | None:
    """The exit status of the command line ``args`` that raised ``e``, its lines written on
    stderr (stdout for the help of a bare group); None for an exception that is not the
    user's to see (re-raised by the caller).

    2 for bad input (one line per problem, its sentence in the reader's language, the field
    and the allowed range as written) and usage errors (plus the usage hint); 130 when
    interrupted or aborted, 143 when terminated; typer's and click's ``Exit`` give their code.
    """
    import sys

    from ..errors import InputError
    from ..outputs.atomic import Terminated
    from ..outputs.hygiene import terminal_safe

    if isinstance(e, InputError):
        # a file with several bad sections names each of them
        for line in getattr(e, "lines", None) or (str(e),):
            sys.stderr.write(error_line(terminal_safe(localise(line), keep_newlines=False)) + "\n")
        return 2
    if isinstance(e, EXITS):
        return int(getattr(e, "exit_code", 0) or 0)
    if isinstance(e, ABORTS):
        sys.stderr.write(stop_line("aborted") + "\n")
        return 130
    if isinstance(e, NO_ARGS_IS_HELP):
        sys.stdout.write(help_text(e).rstrip("\n") + "\n")
        return 0
    if isinstance(e, CLICK_ERRORS):
        sys.stderr.write("\n".join(usage_error_lines(e, args, root=root)) + "\n")
        return 2
    if isinstance(e, Terminated):
        sys.stderr.write(stop_line("terminated") + "\n")
        return 143
    if isinstance(e, KeyboardInterrupt):
        sys.stderr.write(stop_line("interrupted") + "\n")
        return 130
    if isinstance(e, BrokenPipeError):
        return 0
    return None


__all__ = ["ABORTS", "CLICK_ERRORS", "CLICK_MESSAGES", "EXITS", "NO_ARGS_IS_HELP", "USAGE_ERRORS", "error_line", "exit_status", "help_text",
           "local_message", "stop_line", "try_help", "usage_error_lines"]  # fmt: skip
