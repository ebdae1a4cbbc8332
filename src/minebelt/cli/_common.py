"""What every command shares: the console, JSON output, the output-file check, progress bars.

Layer: interfaces.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ..i18n import ngettext, pgettext

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from rich.console import Console

F = TypeVar("F", bound="Callable[..., Any]")


def console(stderr: bool = False) -> Console:
    from ..outputs.hygiene import SafeConsole

    stream = sys.stderr if stderr else sys.stdout
    # a terminal, or COLUMNS set (COLUMNS=80 minebelt ... | less): rich takes that width and the
    # tables fit it; piped output otherwise gets 160 columns instead of rich's 80-column
    # fallback. Names from files reach the terminal as text, never as escape codes or markup.
    columns = os.environ.get("COLUMNS", "")
    width = None if stream.isatty() or (columns.isdigit() and int(columns) > 0) else 160
    return SafeConsole(stderr=stderr, highlight=False, width=width)


def described(text: str) -> Callable[[F], F]:
    """A command with ``text`` as its help (typer reads the docstring): the help is a message,
    marked ``N_`` where the command is written and translated when shown (:mod:`._help`);
    paragraphs apart by a blank line, each on one line (click wraps them)."""

    def mark(command: F) -> F:
        command.__doc__ = text
        return command

    return mark


def emit_json(doc: Any) -> None:
    sys.stdout.write(json.dumps(doc, indent=2, ensure_ascii=False, allow_nan=False) + "\n")


def check_new_file(path: Path | None, force: bool, option: str) -> None:
    """Before any work: the output path can be written (folder exists, writable, not a folder)."""
    if path is not None:
        from ..outputs.atomic import check_output_file

        check_output_file(path, force=force, option=option)


#: The stages the commands report to a progress bar, as the reader reads them.
STAGES: dict[str, Callable[[], str]] = {
    "geometry": lambda: pgettext("progress stage", "geometry"),
    "model": lambda: pgettext("progress stage", "model"),
    "done": lambda: pgettext("progress stage", "done"),
    "sensitivity": lambda: pgettext("progress stage", "sensitivity"),
    "estimates": lambda: pgettext("progress stage", "estimates"),
    "attribution": lambda: pgettext("progress stage", "attribution"),
    "finish": lambda: pgettext("progress stage", "finish"),
    "tables": lambda: pgettext("progress stage", "tables"),
    "geo files": lambda: pgettext("progress stage", "geo files"),
    "map": lambda: pgettext("progress stage", "map"),
    "charts": lambda: pgettext("progress stage", "charts"),
    "pdf": lambda: pgettext("progress stage", "PDF"),
    "html": lambda: pgettext("progress stage", "HTML page"),
    "belts": lambda: pgettext("progress stage", "belts"),
    "people": lambda: pgettext("progress stage", "people nearby"),
    "belt polygons": lambda: pgettext("progress stage", "belt polygons"),
    "GeoPackage": lambda: pgettext("progress stage", "GeoPackage"),
}


def stage_words(stage: str) -> str:
    """A progress stage's name in the reader's language (as given when not one of :data:`STAGES`)."""
    words = STAGES.get(stage)
    return words() if words else stage


def count_words(frac: float, total: int, unit: str) -> str:
    """The items done of a stage, in the reader's locale and plural: ``120/412 sides``, ``120/412 boków``."""
    from .. import numbers as N

    kw = {"done": N.count(round(frac * total)), "total": N.count(total)}
    if unit == "sides":
        return ngettext("%(done)s/%(total)s side", "%(done)s/%(total)s sides", total) % kw
    return ngettext("%(done)s/%(total)s item", "%(done)s/%(total)s items", total) % kw


def progress(unit: str = "items") -> tuple[AbstractContextManager[Any], Callable[..., None]]:
    """A rich progress bar on stderr, as ``(context manager, callback (stage, fraction[, total]))``:
    a stage given its total shows "done/total {unit}" and the time left.

    Only on a terminal: when stderr is a file or a pipe (scripts, CI, ``2>log``) there is no
    bar, and nothing at all is written — rich would still end its (invisible) bar with an
    empty line, before the result or before an error line.
    """
    import contextlib

    if not sys.stderr.isatty():
        return contextlib.nullcontext(), lambda stage, frac: None
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    # items done / total (when the stage says how many: "120/412 sides"), elapsed, time left
    prog = Progress(
        TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[count]}"),
        TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(), console=console(stderr=True), transient=True,
    )  # fmt: skip
    tasks: dict[str, Any] = {}

    def tick(stage: str, frac: float, total: int | None = None) -> None:
        if stage not in tasks:
            tasks[stage] = prog.add_task(stage_words(stage), total=1.0, count="")
        prog.update(tasks[stage], completed=frac, count=count_words(frac, total, unit) if total else "")

    return prog, tick
