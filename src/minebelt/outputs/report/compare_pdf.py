"""The "Compared with other scenarios" part of ``report.pdf``.

Layer: outputs. The same rows as the page and the terminal
(:func:`minebelt.outputs.compare_view.compare_view`), laid out with the PDF's own heading,
paragraph and table helpers (passed in by :func:`minebelt.outputs.report.pdf.build_pdf`, so
this module adds no second copy of them).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ...i18n import current
from ...i18n import gettext as _
from ..compare_view import compare_view, table_rows
from .local_names import country as local_country


def country(code: str) -> str:
    """A defending country as the PDF names it: its code in English, its name in another language."""
    return code if current() == "en" else local_country(code)


def compare_pages(
    pdf: Any, comparison: dict[str, Any], h2: Callable[..., None], para: Callable[..., None], table: Callable[..., None]
) -> None:
    """Write the comparison: the scenarios, the figures side by side, per country, and what
    explains each difference."""
    view = compare_view(comparison)
    pdf.add_page()
    h2(pdf, _("Compared with other scenarios"))
    for label, name, file in view["scenarios"]:
        para(pdf, f"{label} = {name}" + (f" ({file})" if file else ""), size=8.5)
    para(pdf, _("Differences and ratios against A, this report's scenario."), size=8)
    n_cols = len(view["headers"])
    first = 60.0
    other = (182.0 - first) / max(n_cols - 1, 1)
    widths = [first] + [other] * (n_cols - 1)
    numeric = set(range(1, n_cols))
    table(pdf, view["headers"], table_rows(view, view["rows"]), widths, numeric, size=7)
    if view["countries"]:
        h2(pdf, _("Per defending country"))
        rows = [{**r, "label": f"{country(c['country'])}: {r['label']}"} for c in view["countries"] for r in c["rows"]]
        table(pdf, view["headers"], table_rows(view, rows), widths, numeric, size=7)
    for att in view["attribution"]:
        h2(pdf, att["title"] + (f" ({att['figure']})" if att.get("figure") else ""))
        if att["rows"]:
            body = [[r["input"], r["change"], r["effect"], r["share"]] for r in att["rows"]]
            table(pdf, [_("input"), _("change"), _("effect"), _("share")], body, [80, 62, 24, 16], {2, 3}, size=7)
        if att["note"]:
            para(pdf, att["note"], size=8)
    if view["notes"]:
        para(pdf, _("Notes: %(notes)s.") % {"notes": "; ".join(view["notes"])}, size=8)
    para(
        pdf,
        _(
            "Effects: each input the two scenarios set differently, taken alone into A (point values); the interaction is what they do only together."
        ),
        size=8,
    )


__all__ = ["compare_pages"]
