"""The words and numbers of a comparison, once, for the terminal, the report page and the PDF.

Layer: outputs. :func:`compare_view` turns a ``minebelt.compare/1`` document into rows of text:
every figure in its own unit and precision (the report's formatters,
:mod:`minebelt.outputs.report.fmt`), its difference and ratio against the baseline, the
figures of each country, and the inputs that explain each difference with their share.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .. import numbers as N
from ..i18n import N_, current
from ..i18n import gettext as _
from .compare_words import change_words, input_words
from .local_examples import scenario_name
from .report import fmt as F

#: How each unit of ``minebelt.compare/1`` is written, and the unit shown after a label.
_UNIT_SUFFIX = {"km": "km", "km\u00b2": "km\u00b2", "mines/km": "mines/km", "people": "people", "years": "years"}
#: The figures' labels (``figures[].label``, English in the document) in the reader's words.
LABELS = {
    x: x
    for x in (
        N_("border or line length"), N_("front the belt is laid behind"), N_("belt area"), N_("mines"),
        N_("mines per km of front"), N_("mines per km of front, x the densest recorded barrier"),
        N_("build cost (costed parts)"), N_("years to produce the mines"), N_("last mine produced"),
        N_("clearance time"), N_("clearance cost"), N_("people within 5 km of the belt"),
        N_("people within 5 km of the belt, defender's side"),
        N_("people within 5 km of the belt, across the border (counted apart)"),
        N_("people within 5 km of the belt, both sides"), N_("front"),
        N_("km"), N_("km\u00b2"), N_("mines/km"), N_("people"), N_("years"),
    )
}  # fmt: skip


def label(text: str) -> str:
    """A figure's label or unit in the reader's words (as written when it is not one of :data:`LABELS`)."""
    return _(LABELS[text]) if text in LABELS else text


_PEOPLE = F.Rule("sig", n=3)


def _rule(unit: str, currency: str | None = None) -> Any:
    """The rounding rule of a figure's unit (:mod:`minebelt.numbers`, as every output)."""
    if unit == "money":
        return F.money(currency)
    if unit == "mines":
        return F.fmt_mines
    if unit == "year":
        return F.fmt_year
    if unit == "years":
        return F.fmt_years
    if unit in ("km", "km\u00b2"):
        return F.fmt_km
    if unit == "people":
        return _PEOPLE  # a total of places' census counts: three significant figures, as the cards
    return F.fmt_count


def fmt_figure(v: Any, unit: str, currency: str | None = None) -> str:
    """A figure by the rule of its unit: ``5,853``, ``125 M``, ``4.2x``, ``USD 5.89 bn``, ``2097``."""
    if v is None:
        return N.not_estimated()
    if unit == "x":
        return F.fmt_ratio(v)
    return _rule(unit, currency)(v)


def fmt_difference(d: Any, unit: str, currency: str | None = None) -> str:
    """A signed difference: ``+1,200``, ``-62.46 M``, ``0``; ``-`` when there is none."""
    if d is None or not isinstance(d, (int, float)) or not math.isfinite(d):
        return "-"
    if d == 0:
        return "0"
    if unit == "x":
        return "-"  # a difference of two multiples means nothing; the ratio column says it
    unit = "years" if unit == "year" else unit  # a difference of calendar years is a duration
    return N.sign(d) + fmt_figure(abs(d), unit, currency)


def _row_scale(values: list[str]) -> tuple[int, str] | None:
    """The scale every printed value of a row is in (``(6, "M")``, ``(6, "mln")``), or None
    (mixed or unscaled); a currency code after the figure (``12,9 mld USD``) is looked past."""
    shorts = [(p, s) for p, _, s in N.SCALE_WORDS[current()]]

    def suffix(v: str) -> tuple[int, str] | None:
        core = re.sub(r"[\s\u00a0][A-Z]{3}$", "", v.split(" (")[0])
        return next(((p, s) for p, s in shorts if core.endswith(s)), None)

    found = {suffix(v) for v in values if v != F.NOT_ESTIMATED and v != N.not_estimated()}
    return found.pop() if len(found) == 1 and None not in found else None


def fmt_difference_as(d: Any, unit: str, currency: str | None, values: list[str]) -> str:
    """A signed difference in the scale of its row's printed values, so that a column of
    ``2.39 M`` reads ``-0.746 M`` (``-0,746 mln``), not ``-745,562``; otherwise :func:`fmt_difference`."""
    scale = _row_scale(values)
    text = fmt_difference(d, unit, currency)
    if scale is None or text in ("-", "0") or unit not in ("mines", "money") or abs(d) >= 10 ** scale[0]:
        return text
    core = N.num(abs(d) / 10 ** scale[0], scale=False)
    space = " " if current() == "en" else N.NBSP
    figure = f"{core}{space}{scale[1]}"
    if unit == "money" and currency:
        figure = f"{currency} {figure}" if current() == "en" else f"{figure}{space}{currency}"
    return N.sign(d) + figure


def fmt_times(r: Any) -> str:
    """A ratio against the baseline, two significant figures: ``0.5x``, ``2x``, ``1x``; ``-`` when there is none."""
    if r is None or not isinstance(r, (int, float)) or not math.isfinite(r):
        return "-"
    return N.ratio(r)


def fmt_share(s: Any) -> str:
    """A share of a difference, whole per cent: ``62 %``; ``-`` when there is none."""
    if s is None or not isinstance(s, (int, float)) or not math.isfinite(s):
        return "-"
    return N.pct(s)


def label_with_unit(row: dict[str, Any]) -> str:
    suffix = _UNIT_SUFFIX.get(row["unit"])
    words = label(row["label"])
    return f"{words} ({label(suffix)})" if suffix and suffix not in row["label"] else words


def _row_cells(row: dict[str, Any], n: int) -> dict[str, Any]:
    cur = row.get("currency")
    values = [fmt_figure(v, row["unit"], cur) for v in row["values"]]
    if "p05" in row:
        for i in range(n):
            lo, hi = row["p05"][i], row["p95"][i]
            rng = _rule(row["unit"], cur).span(lo, hi) if lo is not None and hi is not None else ""
            if rng:  # rounded once, in one scale; none when both ends print alike
                values[i] += f" ({rng})"
    return {
        "label": label_with_unit(row),
        "values": values,
        "differences": [fmt_difference_as(d, row["unit"], cur, values) for d in row["difference"][1:]],
        # a ratio of calendar years (2130 / 2105) means nothing
        "ratios": ["-" if row["unit"] == "year" else fmt_times(r) for r in row["ratio"][1:]],
    }


def difference_header(b: str, a: str) -> str:
    """``B - A`` (``B \u2212 A`` in fi, et, lt): a difference of two scenarios' labels with the
    minus sign the locale signs its numbers with (CLDR's), so that the column's heading and the
    differences under it read alike."""
    return f"{b} {N.MINUS.get(current(), '-')} {a}"


def _attribution_view(entry: dict[str, Any], doc: dict[str, Any]) -> dict[str, Any]:
    scen = doc["scenarios"]
    k = entry["scenario"]
    title = _("What explains %(difference)s") % {"difference": difference_header(scen[k]["label"], scen[0]["label"])}
    figures = {r["path"]: r for r in doc["figures"]}
    lead = entry.get("figures", [None])[0] if entry.get("figures") else None
    out: dict[str, Any] = {"title": title, "rows": [], "note": entry.get("not_estimated")}
    if lead is None:
        if not out["note"]:
            out["note"] = _("no attributed figure differs")
        return out
    row = figures.get(lead, {"unit": "", "label": lead})
    cur = row.get("currency")
    diff = row["difference"][k] if "difference" in row else None
    out["figure"] = f"{label(row['label'])}: {fmt_difference(diff, row['unit'], cur)}"
    for r in entry.get("inputs", []):
        out["rows"].append(
            {
                "input": input_words(r["input"]),
                "change": change_words(r["from"], r["to"]),
                "effect": fmt_difference((r.get("effects") or {}).get(lead), row["unit"], cur),
                "share": fmt_share((r.get("share") or {}).get(lead)),
                "others": "; ".join(
                    f"{label(figures[p]['label'])} {fmt_difference(e, figures[p]['unit'], figures[p].get('currency'))}"
                    for p, e in (r.get("effects") or {}).items()
                    if p != lead and p in figures and e
                ),
                "note": r.get("not_estimated", ""),
            }
        )
    rest = (entry.get("interaction") or {}).get(lead)
    if rest is not None and entry.get("inputs"):
        share = rest / diff if diff else None
        out["rows"].append({"input": _("interaction (inputs acting together)"), "change": "", "effect": fmt_difference(rest, row["unit"], cur),
                            "share": fmt_share(share), "others": "", "note": ""})  # fmt: skip
    return out


_NOTES = (
    (re.compile(r"^(?P<figure>.+): not estimated for (?P<labels>[^()]+) \(not a figure of that estimate\)$"),
     N_("%(figure)s: not estimated for %(labels)s (not a figure of that estimate)")),
    (re.compile(r"^(?P<figure>.+): not compared, the currencies differ \((?P<currencies>.+)\)$"),
     N_("%(figure)s: not compared, the currencies differ (%(currencies)s)")),
)  # fmt: skip


def _note(text: str) -> str:
    """A note of the document (English, a contract) in the reader's words, as written when its
    pattern is not known."""
    for pattern, message in _NOTES:
        m = pattern.match(text)
        if m:
            kw = m.groupdict()
            return _(message) % {**kw, "figure": label(kw["figure"])}
    return text


def compare_view(doc: dict[str, Any]) -> dict[str, Any]:
    """Rows of text for a ``minebelt.compare/1`` document.

    ``{"scenarios": [(label, name, file)], "headers": [...], "rows": [{"label", "values",
    "differences", "ratios"}], "countries": [{"name", "rows": [...]}], "attribution":
    [{"title", "figure", "rows": [{"input", "change", "effect", "share", "others", "note"}],
    "note"}], "notes": [...]}``."""
    scen = doc["scenarios"]
    n = len(scen)
    labels = [s["label"] for s in scen]
    headers = [_("figure"), *labels]
    if n == 2:
        headers += [difference_header(labels[1], labels[0]), f"{labels[1]} / {labels[0]}"]
    else:
        headers += [f"{lab} / {labels[0]}" for lab in labels[1:]]
    rows = [_row_cells(r, n) for r in doc["figures"]]
    countries = []
    for c in doc.get("by_country", []):
        countries.append({"country": c["country"], "name": c["name"], "rows": [_row_cells(r, n) for r in c["figures"]]})
    return {
        "scenarios": [(s["label"], scenario_name(s["name"]), s.get("file") or "") for s in scen],
        "headers": headers,
        "two": n == 2,
        "rows": rows,
        "countries": countries,
        "attribution": [_attribution_view(e, doc) for e in doc.get("attribution", [])],
        "notes": [_note(str(x)) for x in doc.get("notes", [])],
    }


def table_rows(view: dict[str, Any], rows: list[dict[str, Any]]) -> list[list[str]]:
    """Cells of a figure table as the headers of :func:`compare_view` order them."""
    out = []
    for r in rows:
        extra = [r["differences"][0], r["ratios"][0]] if view["two"] else r["ratios"]
        out.append([r["label"], *r["values"], *extra])
    return out


__all__ = ["compare_view", "fmt_difference", "fmt_figure", "fmt_share", "fmt_times", "table_rows"]
