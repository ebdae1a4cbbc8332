"""Terminal rendering of the atlas: the headline, what it assumes, the ranked table.

Layer: outputs. The table fits the console's width (:func:`~.layout.print_table` drops the
lowest-priority columns first and says which); every number by the rule of
:mod:`minebelt.numbers`.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from ... import numbers as N
from ... import settings
from ...i18n import pgettext

if TYPE_CHECKING:
    from rich.console import Console

    from ...pipeline.atlas_result import Atlas

#: Rows the terminal shows when no ``--top`` is given (``--json`` and ``--csv`` hold every side).
DEFAULT_ROWS = 20
#: The sort keys (``--sort``) in the title's words: the key itself in English, a phrase that
#: follows the title's "by" in another language (``wg liczby min``).
SORT_WORDS = {
    "mines": lambda: pgettext("atlas sort", "mines"), "area": lambda: pgettext("atlas sort", "area"),
    "length": lambda: pgettext("atlas sort", "length"), "land": lambda: pgettext("atlas sort", "land"),
    "water": lambda: pgettext("atlas sort", "water"), "years": lambda: pgettext("atlas sort", "years"),
    "people": lambda: pgettext("atlas sort", "people"), "defender": lambda: pgettext("atlas sort", "defender"),
    "neighbour": lambda: pgettext("atlas sort", "neighbour"),
}  # fmt: skip


def render_atlas(result: Atlas, console: Console) -> None:
    """The headline, the assumptions, the ranked table and the data line."""
    from ...i18n import gettext as _
    from ...model.densities import DENSITY_MODELS
    from ..atlas_view import assumes, headline, model_text, people_text, short_name, workforce_text
    from .layout import Column, para, print_table

    para(console, headline(result), style="bold")
    para(console, assumes(result), style="dim")
    console.print()
    model = result.model
    largest = f"within_{max(settings.EXPOSURE_RADII_KM):g}km"
    rows = result.rows if result.options.top is not None else result.rows[:DEFAULT_ROWS]
    km = lambda x: N.num(x, scale=False)  # noqa: E731
    wide = max([10, *(len(w) for r in rows for w in people_text(r).split())])
    cols = [
        Column("#", [str(r["rank"]) for r in rows]),
        Column(
            _("side: defender > neighbour"),
            [
                f"{short_name(r['defender'], r['defender_name'])} > {short_name(r['neighbour'], r['neighbour_name'])}"
                for r in rows
            ],
            numeric=False,
            min_width=16,
        ),
        Column(_("border\nkm"), [km(r["length_km"]) for r in rows], priority=3),
        Column(_("water\nkm"), [km(r["water_km"]) for r in rows], priority=4),
        Column(_("belt\nkm\u00b2"), [km(r["belt_area_km2"]) for r in rows]),
        Column(_("mines"), [N.num(r["mines"][model]) for r in rows]),
        Column(
            _("years to\nclear"),
            [N.sig(r["clearance_years"][model], 2, scale=False, missing=_("n/a")) for r in rows],
            priority=1,
        ),
        Column(
            _("people\n\u2264 5 km"),
            # a number column does not wrap: the words break onto lines of their own, never mid-word
            [textwrap.fill(people_text(r), wide, break_long_words=False, break_on_hyphens=False) for r in rows],
            priority=2,
            min_width=wide,
        ),
    ]
    kw = {"depth": N.num(result.depth_km, scale=False), "sort": SORT_WORDS[result.options.sort]() if result.options.sort in SORT_WORDS else result.options.sort, "shown": N.count(len(rows)),
          "n": N.count(result.sides), "model": model_text(DENSITY_MODELS[model]), "workforce": workforce_text(result.clearance)}  # fmt: skip
    print_table(console, _("Border sides at %(depth)s km, by %(sort)s") % kw, cols, hint=_("--json or --csv"))
    if len(rows) < len(result.rows):
        para(
            console,
            _("(%(shown)s of %(n)s sides shown; --top N shows more; --json and --csv hold every side)") % kw,
            style="dim",
        )
    elif len(rows) < result.sides:
        para(console, _("(the first %(shown)s of %(n)s sides)") % kw, style="dim")
    para(
        console,
        _(
            "mines: %(model)s; years to clear (two significant figures): with %(workforce)s; people ≤ 5 km: population of the places within 5 km of the belt on the defender's side. --json and --csv hold every density model, 1, 5 and 10 km and the other side."
        )
        % kw,
        style="dim",
    )
    if any(not r["people"]["defender_side"][largest]["places"] for r in rows):
        para(console, _("No places on record: the bundled places (GeoNames) hold none of the defending country within %(km)s km of its belt; a count there would read 0, which says nothing about who lives there.") % {"km": N.num(max(settings.EXPOSURE_RADII_KM), scale=False)}, style="dim")  # fmt: skip
    from ...data.borders import data_info
    from ..report.credit import attribution

    info = data_info()
    para(console, _("%(curves)s. Borders: %(attribution)s (data %(version)s).") % {"curves": curves_note(result),
         "attribution": attribution(info["attribution"]), "version": info["version"]}, style="dim")  # fmt: skip


def curves_note(result: Atlas) -> str:
    """How many sides were read from the bundled curves, in the reader's words (the English
    sentence of :meth:`~minebelt.pipeline.atlas_result.Atlas.curves_note`)."""
    from ...geo.atlas_sides import BUNDLED
    from ...i18n import gettext as _

    bundled = sum(r["source"] == BUNDLED for r in result.all_rows)
    n = len(result.all_rows)
    kw = {"n": N.count(n), "bundled": N.count(bundled), "computed": N.count(n - bundled)}
    if bundled == n:
        return _("every one of the %(n)s sides read from the bundled curves (data/border_belts.npz)") % kw
    if bundled == 0:
        return _("every one of the %(n)s sides computed from the lines (no current bundled curves for them)") % kw
    return _("%(bundled)s of %(n)s sides read from the bundled curves, %(computed)s computed from the lines") % kw
