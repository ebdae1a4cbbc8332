"""Terminal rendering of the atlas: the headline, what it assumes, the ranked table.

Layer: outputs. The table fits the console's width (:func:`~.layout.print_table` drops the
lowest-priority columns first and says which); every number by the rule of
:mod:`minebelt.numbers`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import numbers as N

if TYPE_CHECKING:
    from rich.console import Console

    from ...pipeline.atlas_result import Atlas

#: Rows the terminal shows when no ``--top`` is given (``--json`` and ``--csv`` hold every side).
DEFAULT_ROWS = 20


def render_atlas(result: Atlas, console: Console) -> None:
    """The headline, the assumptions, the ranked table and the data line."""
    from ..atlas_view import assumes, headline, short_name, workforce_text
    from .layout import Column, para, print_table

    para(console, headline(result), style="bold")
    para(console, assumes(result), style="dim")
    console.print()
    model = result.model
    rows = result.rows if result.options.top is not None else result.rows[:DEFAULT_ROWS]
    km = lambda x: N.num(x, scale=False)  # noqa: E731
    cols = [
        Column("#", [str(r["rank"]) for r in rows]),
        Column(
            "side: defender > neighbour",
            [
                f"{short_name(r['defender'], r['defender_name'])} > {short_name(r['neighbour'], r['neighbour_name'])}"
                for r in rows
            ],
            numeric=False,
            min_width=16,
        ),
        Column("border\nkm", [km(r["length_km"]) for r in rows], priority=3),
        Column("water\nkm", [km(r["water_km"]) for r in rows], priority=4),
        Column("belt\nkm\u00b2", [km(r["belt_area_km2"]) for r in rows]),
        Column("mines", [N.num(r["mines"][model]) for r in rows]),
        Column(
            "years to\nclear",
            [N.sig(r["clearance_years"][model], 2, scale=False, missing="n/a") for r in rows],
            priority=1,
        ),
        Column(
            "people\n\u2264 5 km",
            [N.count(r["people"]["defender_side"]["within_5km"]["population"]) for r in rows],
            priority=2,
        ),
    ]
    title = f"Border sides at {result.depth_km:g} km, by {result.options.sort}"
    print_table(console, title, cols, hint="--json or --csv")
    if len(rows) < len(result.rows):
        para(
            console,
            f"({len(rows):,} of {result.sides:,} sides shown; --top N shows more; --json and --csv hold every side)",
            style="dim",
        )
    elif len(rows) < result.sides:
        para(console, f"(the first {len(rows):,} of {result.sides:,} sides)", style="dim")
    para(
        console,
        f"mines: {model}; years to clear (two significant figures): with {workforce_text(result.clearance)}; people \u2264 5 km: population of the places within "
        "5 km of the belt on the defender's side. --json and --csv hold every density model, 1, 5 and 10 km and the other side.",
        style="dim",
    )
    from ...data.borders import data_info

    info = data_info()
    para(console, f"{result.curves_note()}. {info['attribution']} (data {info['version']}).", style="dim")
