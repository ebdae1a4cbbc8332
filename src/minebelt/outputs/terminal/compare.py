"""Terminal rendering of ``minebelt compare``: the scenarios, their figures side by side, per
country, and the inputs that explain each difference.

Layer: outputs. The words and numbers come from :func:`minebelt.outputs.compare_view.compare_view`
(shared with the report page and the PDF); this module lays them out with rich.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..compare_view import compare_view, table_rows

if TYPE_CHECKING:
    from rich.console import Console


def _table(console: Console, view: dict[str, Any], rows: list[dict[str, Any]], title: str) -> None:
    """A figure table that fits the terminal: the figure and the scenarios' values are kept,
    the ratio and difference columns go first (a number is never folded)."""
    from .layout import Column, print_table

    cells = table_rows(view, rows)
    n = len(view["scenarios"])
    cols = []
    for i, h in enumerate(view["headers"]):
        text = [c[i] for c in cells]
        if i == 0:
            cols.append(
                Column(h, text, numeric=False)
            )  # no min_width: rich's collapse ignores it and would cut a number
        else:
            cols.append(Column(h, text, priority=0 if i <= n else 1 + (len(view["headers"]) - i)))
    print_table(console, title, cols)


def headline(doc: dict[str, Any]) -> str:
    """The sentence that answers the comparison: each scenario's mines against the baseline's
    (``Compared with A, ...: B needs 31 % of the mines (19.2 million).``); "" without a mines row."""
    from ... import numbers as N
    from ...i18n import N_, npprinted, pgettext
    from ...i18n import gettext as _
    from ..local_examples import scenario_name
    from ..report.local_ratios import ratio_words

    scen = doc.get("scenarios") or []
    row = next((r for r in doc.get("figures") or [] if r.get("unit") == "mines"), None)
    if not row or len(scen) < 2:
        return ""
    vals, ratios = row.get("values") or [], row.get("ratio") or []
    printed = N.sig(vals[0], 3, words=True)
    mines = npprinted("after a number", "mine", "mines", printed, pgettext("fraction", "mines"))
    parts = []
    for i, s in enumerate(scen[1:], start=1):
        r = N.finite(ratios[i] if i < len(ratios) else None)
        kw = {"label": s["label"], "mines": N.sig(vals[i], 3, words=True)}
        if r is None:
            parts.append(_("%(label)s: %(mines)s") % kw)
        elif i == 1:  # a share below 1, a multiple from 1 (the rule of report.local_ratios)
            parts.append(ratio_words(N_("%(label)s needs %(share)s of the mines (%(mines)s)"),
                                     N_("%(label)s needs %(times)s times the mines (%(mines)s)"), r, **kw))  # fmt: skip
        else:
            parts.append(ratio_words(N_("%(label)s %(share)s of the mines (%(mines)s)"),
                                     N_("%(label)s %(times)s times the mines (%(mines)s)"), r, **kw))  # fmt: skip
    return _("Compared with %(label)s (%(name)s, %(mines)s): %(parts)s.") % {
        "label": scen[0]["label"], "name": scenario_name(scen[0]["name"]), "mines": f"{printed} {mines}", "parts": ", ".join(parts)}  # fmt: skip


def render_compare(doc: dict[str, Any], console: Console) -> None:
    """Print a ``minebelt.compare/1`` document as ``minebelt compare`` shows it: the headline
    sentence, the scenarios, their figures side by side, per country, then what explains each
    difference; tables fit the terminal's width."""
    from ...i18n import gettext as _
    from ..report.local_names import country
    from .layout import Column, para, print_table

    view = compare_view(doc)
    first = headline(doc)
    if first:
        para(console, first, style="bold")
    for label, name, file in view["scenarios"]:
        para(console, f"{label} = {name}" + (f" ({file})" if file else ""))
    _table(console, view, view["rows"], _("Side by side (baseline A)"))
    if view["countries"]:
        rows = []
        for c in view["countries"]:
            for r in c["rows"]:
                rows.append({**r, "label": f"{country(c['country'])}: {r['label']}"})
        _table(console, view, rows, _("Per defending country"))
    for att in view["attribution"]:
        if not att["rows"]:
            para(console, f"{att['title']}: {att['note']}")
            continue
        rows = att["rows"]
        cols = [
            Column(_("input"), [r["input"] for r in rows], numeric=False),
            Column(_("change"), [r["change"] for r in rows], numeric=False, priority=2),
            Column(_("effect"), [r["effect"] for r in rows]),
            Column(_("share"), [r["share"] for r in rows], priority=1),
            Column(_("also moves"), [r["note"] or r["others"] for r in rows], numeric=False, priority=3),
        ]
        print_table(console, f"{att['title']} ({att['figure']})", cols)
        if att["note"]:
            para(console, _("note: %(note)s") % {"note": att["note"]}, style="yellow")
    for note in view["notes"]:
        para(console, _("note: %(note)s") % {"note": note}, style="yellow")
    para(
        console,
        _(
            "Effects: each differing input taken alone from the other scenario into A (point values); the interaction is what they do only together."
        ),
    )


__all__ = ["render_compare"]
