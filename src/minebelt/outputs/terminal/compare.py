"""Terminal rendering of ``minebelt compare``: the scenarios, their figures side by side, per
country, and the inputs that explain each difference.

Layer: outputs. The words and numbers come from :func:`minebelt.outputs.compare_view.compare_view`
(shared with the report page and the PDF); this module lays them out with rich.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..compare_view import compare_view, table_rows

if TYPE_CHECKING:
    from rich.console import Console, JustifyMethod


def _table(view: dict[str, Any], rows: list[dict[str, Any]], title: str) -> Any:
    from rich.table import Table

    t = Table(title=title, title_justify="left", show_lines=False)
    for i, h in enumerate(view["headers"]):
        t.add_column(h, justify="left" if i == 0 else "right", overflow="fold")
    for cells in table_rows(view, rows):
        t.add_row(*cells)
    return t


def render_compare(doc: dict[str, Any], console: Console) -> None:
    """Print a ``minebelt.compare/1`` document as ``minebelt compare`` shows it."""
    from rich.table import Table

    view = compare_view(doc)
    for label, name, file in view["scenarios"]:
        console.print(f"{label} = {name}" + (f" ({file})" if file else ""))
    console.print(_table(view, view["rows"], "Side by side (baseline A)"))
    if view["countries"]:
        rows = []
        for c in view["countries"]:
            for r in c["rows"]:
                rows.append({**r, "label": f"{c['country']}: {r['label']}"})
        console.print(_table(view, rows, "Per defending country"))
    for att in view["attribution"]:
        if not att["rows"]:
            console.print(f"{att['title']}: {att['note']}")
            continue
        t = Table(title=f"{att['title']} ({att['figure']})", title_justify="left")
        columns: tuple[tuple[str, JustifyMethod], ...] = (("input", "left"), ("change", "left"), ("effect", "right"), ("share", "right"), ("also moves", "left"))
        for col, just in columns:
            t.add_column(col, justify=just, overflow="fold")
        for r in att["rows"]:
            t.add_row(r["input"], r["change"], r["effect"], r["share"], r["note"] or r["others"])
        console.print(t)
        if att["note"]:
            console.print(f"note: {att['note']}", style="yellow")
    for note in view["notes"]:
        console.print(f"note: {note}", style="yellow")
    console.print("Effects: each differing input taken alone from the other scenario into A (point values); the interaction is what they do only together.")


__all__ = ["render_compare"]
