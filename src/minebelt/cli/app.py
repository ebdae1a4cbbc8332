"""The ``minebelt`` command: the typer app, its commands, and :func:`main` (exit statuses, no tracebacks).

Layer: interfaces: a thin layer over the pipeline (:func:`minebelt.estimate`), the outputs and
the fact-checker. Every bad input ends in one line on stderr (``minebelt: error: ...``) and
exit status 2, with nothing written. Heavy modules are imported inside the commands that need
them (one module per command group: :mod:`.estimate`, :mod:`.compare`, :mod:`.factcheck`, :mod:`.extract`, :mod:`.analysis`,
:mod:`.reference`, :mod:`.atlas`, :mod:`.report`, :mod:`.serve`).
"""

from __future__ import annotations

import functools
import inspect
import os
import sys
from collections.abc import Callable
from contextvars import ContextVar
from typing import Annotated, Any

import typer

from ..i18n import N_
from .analysis import calibrate, sensitivity
from .atlas import atlas
from .compare import compare
from .estimate import estimate
from .extract import extract
from .factcheck import factcheck
from .reference import borders, models
from .report import report
from .serve import serve

app = typer.Typer(
    name="minebelt",
    help=N_(
        "Strategic estimates of border mine belts from real border geography: mines, cost, "
        "production time, clearance legacy, civilian exposure; and a fact-checker for published claims."
    ),
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version_callback(value: bool) -> None:
    if value:
        from .._version import __version__

        sys.stdout.write(f"minebelt {__version__}\n")
        raise typer.Exit()


#: The ``--lang CODE`` option: before the command (the root's) and on every command.
LangOption = Annotated[
    str | None,
    typer.Option(
        "--lang",
        metavar="CODE",
        help=N_(
            "Language of the output: en, uk, pl, fi, et, lv or lt (default: MINEBELT_LANG, then LANG; the JSON stays English)."
        ),
    ),
]
LANG_OPTION = inspect.Parameter("lang", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=LangOption)


#: The code of a ``--lang`` given before the command (``minebelt --lang pl estimate ...``).
_ROOT_LANG: ContextVar[str | None] = ContextVar("minebelt_root_lang", default=None)


@app.callback()
def _root(
    version: Annotated[
        bool | None,
        typer.Option(
            "--version", callback=_version_callback, is_eager=True, help=N_("Print the version of minebelt and exit.")
        ),
    ] = None,
    lang: LangOption = None,
) -> None:
    """Strategic estimates of border mine belts from real border geography."""
    if lang is not None:
        from .. import i18n

        _ROOT_LANG.set(i18n.set_language(i18n.check(lang)))


def with_language(command: Callable[..., Any]) -> Callable[..., Any]:
    """``command`` with the ``--lang CODE`` option every command has: the language is chosen
    (``--lang``, else a ``--lang`` before the command, else ``MINEBELT_LANG``, else ``LC_ALL``/``LC_MESSAGES``/``LANG``) and checked
    before any work (an unknown code: one line naming the option and the allowed codes, exit 2).
    A command with its own ``lang`` keyword also gets the code given on the command line (None
    without ``--lang``): ``serve`` makes it its page's default language."""
    sig = inspect.signature(command, eval_str=True)
    takes_lang = "lang" in sig.parameters

    @functools.wraps(command)
    def run(*args: Any, lang: str | None = None, **kwargs: Any) -> Any:
        from .. import i18n

        given = lang if lang is not None else _ROOT_LANG.get()
        code = i18n.check(given) if given is not None else i18n.from_environment()
        # the server's documents are JSON (English); its page follows its own picker, its --lang
        # and the browser's Accept-Language: serve says its start line in this language and runs
        # the server outside it
        i18n.set_language(code)
        if takes_lang:
            kwargs["lang"] = code if given is not None else None
        return command(*args, **kwargs)

    # typer reads the parameters from the signature and their types from the annotations:
    # both evaluated here (a command module may use postponed annotations), plus --lang
    own = [p for p in sig.parameters.values() if p.name != "lang"]
    run.__signature__ = sig.replace(parameters=[*own, LANG_OPTION])  # type: ignore[attr-defined]
    run.__annotations__ = {
        **{p.name: p.annotation for p in own},
        "lang": LANG_OPTION.annotation,
        "return": sig.return_annotation,
    }
    del run.__wrapped__
    return run


# The commands, in the order ``minebelt --help`` lists them (one module per command group).
for command in (estimate, compare, factcheck, extract, calibrate, sensitivity, borders, atlas, report, serve, models):
    app.command()(with_language(command))


#: The variable by which pydantic skips its plugins ("__all__": every one).
_NO_PLUGINS = "PYDANTIC_DISABLE_PLUGINS"


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``minebelt`` command; returns the exit status.

    0 on success (and for ``--help``, ``--version`` and no arguments, which prints the help);
    2 for bad input and usage errors (one line ``minebelt: error: ...`` on stderr, plus the usage
    hint for usage errors); 130 when interrupted, 143 when terminated (SIGTERM), temporary
    outputs removed. Never a traceback for any of these.
    """
    from ..outputs.atomic import raise_on_sigterm, restore_sigterm

    previous = raise_on_sigterm()  # SIGTERM unwinds like Ctrl-C: temporary outputs are removed
    # pydantic looks for plugins (observability hooks of other installed packages) in the
    # metadata of every installed distribution at the first model it builds, about 10 ms of a
    # cold run; the command's models check its own input files and have nothing for such a
    # hook. A variable the user set (to load plugins: empty or a list of names) is kept.
    user_set = _NO_PLUGINS in os.environ
    if not user_set:
        os.environ[_NO_PLUGINS] = "__all__"
    try:
        return _run(argv)
    finally:
        restore_sigterm(previous)
        if not user_set:  # the caller's environment as it was (main called in a process)
            os.environ.pop(_NO_PLUGINS, None)


def _run(argv: list[str] | None) -> int:
    from .. import i18n
    from ._help import early_language, localise_command

    args = sys.argv[1:] if argv is None else argv
    _ROOT_LANG.set(None)
    # the help and click's usage lines are written while typer parses, before a command sets
    # its language: the language is read from the command line and the environment first
    i18n.set_language(early_language(args))
    root = localise_command(typer.main.get_command(app))
    try:
        rv = root.main(args=args, prog_name="minebelt", standalone_mode=False)
        if rv == 130:  # typer turns Ctrl-C into a return value
            from ._errors import stop_line

            sys.stderr.write(stop_line("interrupted") + "\n")
            return 130
        if isinstance(rv, int) and not isinstance(rv, bool) and rv:
            return rv  # a command ended with typer.Exit(code)
    except BaseException as e:
        # the error tables (click's classes, the phrases of every error line) are read only
        # when something went wrong: a run that succeeds does not import them
        from ._errors import exit_status

        status = exit_status(e, args, root)
        if status is None:
            raise
        return status
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
