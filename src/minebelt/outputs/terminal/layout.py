"""Text and tables that fit the terminal: hanging-indent paragraphs, tables that drop columns.

Layer: outputs.

A paragraph wraps at the console's width with its continuation lines indented, so a sentence
never runs on at the left margin. A table is built from columns in order of priority and
loses its lowest-priority columns until it fits: a number is never folded or cut with an
ellipsis (number columns do not wrap), and the columns left out are named in one line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ...i18n import gettext as _

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table


def wrap(text: str, width: int, indent: int = 0, hang: int = 2) -> list[str]:
    """``text`` as lines of at most ``width`` terminal cells: the first indented by ``indent``, the
    others by ``indent + hang``; words are never broken (a word longer than the line stays whole).
    Widths are measured in cells (rich's ``cell_len``), so a Korean or Chinese title, two cells a
    letter, still fits the terminal; a no-break space joins its words."""
    from rich.cells import cell_len

    words = [w for w in re.split(r"[ \t\n\r\f\v]+", str(text)) if w]
    width = max(20, width)
    lines: list[str] = []
    line, used = " " * indent, indent
    for w in words:
        n = cell_len(w)
        if line.strip() and used + 1 + n > width:
            lines.append(line)
            line, used = " " * (indent + hang), indent + hang
        if line.strip():
            line, used = line + " " + w, used + 1 + n
        else:
            line, used = line + w, used + n
    if line.strip():
        lines.append(line)
    return lines or [""]


def para(console: Console, text: str, indent: int = 0, hang: int = 2, style: str | None = None) -> None:
    """Print ``text`` wrapped at the console's width with a hanging indent (see :func:`wrap`)."""
    for line in wrap(text, console.width, indent, hang):
        console.print(line, style=style, soft_wrap=True, highlight=False)


@dataclass
class Column:
    """A table column: header (may hold a newline), cells (the total row last), alignment,
    priority (lower is kept longer; 0 is never dropped) and whether its text may wrap."""

    header: str
    cells: list[str]
    numeric: bool = True
    priority: int = 0
    min_width: int | None = None
    style: dict[str, Any] = field(default_factory=dict)


def _build(
    title: str | None, cols: Sequence[Column], n_rows: int, sections: Sequence[int], row_styles: dict[int, str]
) -> Table:
    from rich import box
    from rich.table import Table

    t = Table(title=title, title_justify="left", box=box.HORIZONTALS, show_edge=False, pad_edge=False)
    from rich.cells import cell_len

    for c in cols:
        # a number column is as wide as its widest cell: rich would measure "27,7 mln" (a
        # no-break space) by its longest word and let the table squeeze a number
        nbsp = c.numeric and any("\u00a0" in x for x in c.cells)
        wide = (
            max([cell_len(x) for x in c.cells] + [cell_len(h) for h in c.header.split("\n")] + [c.min_width or 0])
            if nbsp
            else c.min_width
        )
        t.add_column(
            c.header, justify="right" if c.numeric else "left", no_wrap=c.numeric, overflow="fold", min_width=wide
        )
    for i in range(n_rows):
        if i in sections:
            t.add_section()
        t.add_row(*[c.cells[i] for c in cols], style=row_styles.get(i))
    return t


def fit_table(
    console: Console,
    title: str | None,
    columns: Sequence[Column],
    sections: Sequence[int] = (),
    row_styles: dict[int, str] | None = None,
) -> tuple[Table, list[str]]:
    """A rich table of ``columns`` that fits ``console.width``: the highest-priority columns
    are dropped first until its minimum width fits. Returns the table and the headers left out."""
    from rich.measure import Measurement

    n_rows = max((len(c.cells) for c in columns), default=0)
    keep = list(columns)
    dropped: list[str] = []
    while True:
        t = _build(title, keep, n_rows, sections, row_styles or {})
        need = Measurement.get(console, console.options.update(max_width=100_000), t).minimum  # unclamped
        droppable = [c for c in keep if c.priority > 0]
        if need <= console.width or not droppable:
            return t, dropped
        worst = max(droppable, key=lambda c: (c.priority, keep.index(c)))
        keep.remove(worst)
        dropped.append(" ".join(worst.header.split()))


def print_table(console: Console, title: str | None, columns: Sequence[Column], sections: Sequence[int] = (),
                row_styles: dict[int, str] | None = None, hint: str = "--json") -> list[str]:  # fmt: skip
    """:func:`fit_table`, printed, with one line naming the columns left out at this width;
    returns their headers."""
    t, dropped = fit_table(console, title, columns, sections, row_styles)
    console.print(t)
    if dropped:
        para(
            console,
            _("(left out at %(width)s columns: %(columns)s; a wider terminal or %(hint)s shows them)")
            % {"width": console.width, "columns": ", ".join(dropped), "hint": hint},
            style="dim",
        )
    return dropped


def blank_if(cells: list[str], test: Callable[[str], bool]) -> bool:
    """True when every cell passes ``test`` (a column with nothing to show)."""
    return all(test(c) for c in cells)
