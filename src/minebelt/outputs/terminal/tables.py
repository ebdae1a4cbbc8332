"""Terminal rendering of the other commands' documents (rich tables): fact-check, calibration,
sensitivity, borders, density models.

Layer: outputs. Each function prints one command's document as ``minebelt`` shows it without
``--json``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ... import numbers as N
from ...i18n import current, ngettext
from ...i18n import gettext as _
from .. import claim_notes as CN
from .. import claim_words as CW
from .. import local_plans as LP
from ..verdicts import holds_by_kind, verdict_heading
from ..verdicts import verdict_counts as _counts
from ..verdicts import verdict_words as _verdict_words

if TYPE_CHECKING:
    from rich.console import Console


VERDICT_STYLES = {
    "holds": "green",
    "does-not-hold": "red",
    "imprecise": "yellow",
    "unverifiable": "blue",
    "stated": "cyan",
    "not-checked": "dim",
    "error": "magenta",
}


def verdict_counts(doc: dict[str, Any]) -> list[tuple[str, int]]:
    """``[(verdict, count)]``, most telling first (does not hold, error, imprecise, ...)."""
    return _counts(c["verdict"] for c in doc["claims"])


def _verdict_by(c: dict[str, Any]) -> str:
    """The verdict in the reader's words, with whose model it holds by (a model claim's verdict
    is never bare: "holds, by the article's own arithmetic")."""
    words = _verdict_words(c["verdict"], 1)
    by = str(c.get("by") or "")
    if c.get("kind") != "model" or not by or c["verdict"] not in ("holds", "imprecise", "does-not-hold"):
        return words
    if by == "the article's own arithmetic":
        return _("%(verdict)s, by the article's own arithmetic") % {"verdict": words}
    return _("%(verdict)s, by %(by)s") % {"verdict": words, "by": CW.by_words(by)}


#: The verdict in the reader's words with whose model (the web page's article check says it too).
verdict_by = _verdict_by


def _claim(c: dict[str, Any], console: Console) -> None:
    from .layout import para

    style = f"bold {VERDICT_STYLES.get(c['verdict'], '')}".strip()
    if (
        current() != "en"
    ):  # the row's sentences are English: the verdict in the reader's words, the quote and the note as written
        para(console, f"{c['id']}: {_verdict_by(c)}", indent=2, style=style)
        para(console, CW.quoted(c["quote"]), indent=4)
        para(console, CW.stated_computed(c), indent=4)
        if CW.lead(c):
            para(console, CW.lead(c), indent=4)
        generated, note, closing = LP.explanation_parts(c)
        for sentence in generated:  # what minebelt generates, in the reader's words
            para(console, sentence, indent=4)
        for text, local in CN.pieces(note):  # a bundled note translated; any other, as written, marked
            para(console, text if local else _("[in English] %(note)s") % {"note": text}, indent=4, style="dim")
        if closing:
            para(console, closing, indent=4)
        return
    para(console, f"{c['id']}: {c.get('verdict_text') or _verdict_words(c['verdict'], 1)}", indent=2, style=style)
    para(console, f"\u201c{c['quote']}\u201d", indent=4)
    beside = "beside it (minebelt's model)" if c.get("by") else "beside it"  # a plan is not recomputed
    said = beside if c["verdict"] == "stated" else "computed"
    if c["verdict"] == "stated" and c.get("scope_differs"):  # two scopes: never side by side
        para(console, CW.stated_computed(c), indent=4)
    else:
        para(console, f"stated {c['stated_text']}; {said} {c['computed_text']}", indent=4)
    if c.get("explanation"):
        para(console, str(c["explanation"]), indent=4, style="dim")


def factcheck_table(doc: dict[str, Any], title: str, console: Console, show_all: bool = False) -> None:
    """The ``minebelt.factcheck/2`` document: the verdict counts first, then the claims that
    do not hold (and any that could not be evaluated); every claim, grouped by verdict, with
    ``show_all`` (``minebelt factcheck --all``)."""
    from .layout import para

    counts = verdict_counts(doc)
    total = len(doc["claims"])
    listed = ", ".join(f"{N.count(n)} {_verdict_words(v, n)}" for v, n in counts)
    para(
        console,
        ngettext(
            "Fact-check of %(title)s, %(n)s claim: %(verdicts)s.",
            "Fact-check of %(title)s, %(n)s claims: %(verdicts)s.",
            total,
        )
        % {"title": title, "n": N.count(total), "verdicts": listed},
        style="bold",
    )
    if split := holds_by_kind(doc["claims"]):
        para(console, split)
    if doc.get("as_of"):
        para(
            console,
            _("Data as of %(date)s: the newest source these verdicts rest on.") % {"date": N.as_of(doc["as_of"])},
        )
    shown = [v for v, _ in counts] if show_all else ["does-not-hold", "error"]
    for verdict, n in counts:
        if verdict not in shown:
            continue
        console.print(f"{verdict_heading(verdict).capitalize()} ({N.count(n)}):", style=VERDICT_STYLES.get(verdict))
        for c in doc["claims"]:
            if c["verdict"] == verdict:
                _claim(c, console)
    rest = [(v, n) for v, n in counts if v not in shown]
    if rest:
        others = sum(n for _, n in rest)
        para(
            console,
            _("The other %(n)s (%(verdicts)s): --all lists every claim; --json gives the document.")
            % {"n": N.count(others), "verdicts": ", ".join(f"{N.count(n)} {_verdict_words(v, n)}" for v, n in rest)},
            style="dim",
        )


#: The calibration table's headings as the English terminal has always printed them (fitted to
#: the narrow columns by hand); another language gives the report's own headings.
_CAL_HEADS_EN = ("barrier / scenario", "years", "mines", "front\nkm", "mines/km\nfront", "mines\n/km\u00b2",
                 "implied\ndepth km\u00b9", "certainty")  # fmt: skip


def _calibration_heads() -> tuple[str, ...]:
    """The calibration table's eight headings in the reader's words (the report's where it has them)."""
    if current() == "en":
        return _CAL_HEADS_EN
    # the report's depth heading ends with its formula in brackets: the footnote gives it here
    depth = re.sub(r"\s*\([^()]*\)$", "", _("implied depth km (area \u00f7 front)")) + "\u00b9"
    heads = (_("years"), _("mines"), _("front km"), _("mines per km of front"), _("mines per km\u00b2"), depth)
    return (f"{_('barrier')} / {_('scenario')}", *(stacked(h) for h in heads), _("certainty"))


def stacked(head: str, lines: int = 3) -> str:
    """A heading on up to ``lines`` lines, split between words where its widest line is
    narrowest (``"min na km linii"`` -> ``"min\\nna km\\nlinii"``): a number column is as wide as
    its heading's widest line."""
    from itertools import combinations

    from rich.cells import cell_len

    words = head.split()
    best = head
    for k in range(1, min(lines, len(words))):
        for cuts in combinations(range(1, len(words)), k):
            bounds = (0, *cuts, len(words))
            text = "\n".join(" ".join(words[a:b]) for a, b in zip(bounds, bounds[1:], strict=False))
            if max(map(cell_len, text.split("\n"))) < max(map(cell_len, best.split("\n"))):
                best = text
    return best


def _calibration_flag(sc: dict[str, Any]) -> str:
    """A scenario's line under the table: where it stands among the barriers, then the verdict
    (the verdict is already in the reader's words; in another language it names the table)."""
    from ..local_examples import scenario_name

    if current() == "en":
        flag = sc.get("comparison") or (
            "denser than every barrier in minebelt's table"
            if sc["denser_than_every_barrier_in_table"]
            else "within the range of minebelt's table"
        )
        return f"{sc['name']}: {flag} \u2014 {sc['verdict']}."
    if sc.get("comparison") == "not compared":
        return f"{scenario_name(sc['name'])}: " + _("Not compared: %(why)s.") % {"why": sc["verdict"]}
    return f"{scenario_name(sc['name'])}: {sc['verdict']}."


def calibration_table(doc: dict[str, Any], console: Console) -> None:
    """The ``minebelt.calibration/1`` document: the barriers, each scenario, the verdicts."""
    from ..local_examples import scenario_name
    from ..report.local_clearance import certainty
    from .layout import Column, para, print_table

    def f(x: float | None) -> str:
        return N.num(x, scale=False, missing=_("n/a"))

    rows = [
        (
            _(b["name"]),
            N.period(b["years"]),  # "1953–present", "1980s–present": as the report writes a period
            N.num(b["mines"]),
            f(b["front_km"]),
            f(b["mines_per_km_front"]),
            f(b["mines_per_km2"]),
            f(b["implied_depth_km"]),
            certainty(b["certainty"]),
        )
        for b in doc["barriers"]
    ]
    rows += [
        (
            scenario_name(sc["name"]),
            _("scenario"),
            N.num(sc.get("mines"), missing=_("n/a")),
            f(sc.get("belt_front_km")),
            f(sc["mines_per_km_front"]),
            f(sc["mines_per_km2"]),
            f(sc["depth_km"]),
            "",
        )
        for sc in doc["scenarios"]
    ]
    kinds = [(False, 0), (False, 5), (True, 0), (True, 3), (True, 0), (True, 2), (True, 4), (False, 6)]
    heads = zip(_calibration_heads(), kinds, strict=True)
    cols = [Column(h, [r[i] for r in rows], numeric=num, priority=p) for i, (h, (num, p)) in enumerate(heads)]
    n = len(doc["barriers"])
    styles = {
        n + i: "bold red" if sc["denser_than_every_barrier_in_table"] else "bold"
        for i, sc in enumerate(doc["scenarios"])
    }
    print_table(console, _("Historical mine barriers vs scenario"), cols, sections=[n], row_styles=styles)
    densest = max(b["mines_per_km_front"] for b in doc["barriers"] if b["mines_per_km_front"] is not None)
    for sc in doc["scenarios"]:
        para(console, _calibration_flag(sc))
    para(
        console,
        ngettext(
            "Densest barrier in minebelt's table (%(n)s barrier): %(per_km)s mines per km of front.",
            "Densest barrier in minebelt's table (%(n)s barriers): %(per_km)s mines per km of front.",
            n,
        )
        % {"n": N.count(n), "per_km": f(densest)},
        style="dim",
    )
    for b in doc["barriers"]:
        if b.get("mine_types"):
            para(console, f"{_(b['name'])}: {_(b['mine_types'])}.", style="dim")
    para(
        console,
        _(
            "\u00b9 implied depth = (mined or belt) area \u00f7 front length; for a scenario it is below the depth "
            "it sets where water stretches carry no belt or belts of one country overlap."
        ),
        style="dim",
    )


def sensitivity_tables(docs: list[dict[str, Any]], console: Console) -> None:
    """``minebelt.sensitivity/1`` documents: the tornado and the Sobol indices of each, every
    figure by the output's own rule (:func:`~minebelt.outputs.report.sensitivity_view.sensitivity_view`)."""
    from ..report.sensitivity_view import sensitivity_view
    from .layout import Column, para, print_table

    for d in docs:
        if "not_estimated" in d:
            para(console, f"{d['scenario']['name']} ({d['output']}): not estimated: {d['not_estimated']}")
            continue
        v = sensitivity_view(d)
        rows = [r for r in d["tornado"]]
        shown = {r["key"]: r for r in v["tornado"]}
        values = []
        for r in rows:
            unit = r.get("unit") or ""
            values.append(r["value"] if not unit or r["value"].endswith(unit) else f"{r['value']} {unit}")
        cols = [
            Column("input", [r["input"] for r in rows], numeric=False),
            Column("value", values, numeric=False, priority=3),
            Column("at p05", [shown[r["input"]]["low"] if r["input"] in shown else "0" for r in rows], priority=2),
            Column("at p95", [shown[r["input"]]["high"] if r["input"] in shown else "0" for r in rows], priority=2),
            Column("swing", [shown[r["input"]]["swing"] if r["input"] in shown else "0" for r in rows]),
        ]
        print_table(console, f"Tornado: {d['scenario']['name']} ({d['output']}, median {v['median']})", cols)
        sob = d["sobol"]
        cols = [
            Column("input", [r["input"] for r in sob], numeric=False),
            Column("S1", [f"{r['S1']:.3f} \u00b1 {r['S1_conf']:.3f}" for r in sob]),
            Column("ST", [f"{r['ST']:.3f} \u00b1 {r['ST_conf']:.3f}" for r in sob]),
        ]
        print_table(console, "Sobol indices", cols)
        para(console, d["method"], style="dim")


#: Parts of a border shorter than this are summed in the table, not listed one by one (km).
SHORT_PART_KM = 1.0


def _km1(x: float) -> str:
    """A position along a border to 0.1 km, with the reader's separators (``1,283.8``, ``1 283,8``)."""
    text = f"{x:,.1f}"
    if current() == "en":
        return text
    group, decimal = N.SYMBOLS[current()]
    return text.replace(",", "\0").replace(".", decimal).replace("\0", group)


def parts_text(row: dict[str, Any]) -> str:
    """The pieces a border is made of, for the table: ``2: 0.0-1,283.8 + 1 short part (0.1 km)``.

    Pieces shorter than :data:`SHORT_PART_KM` (slivers where the line touches a tripoint or
    a river mouth) are counted, with their total length, instead of each printed as
    ``1,283.8-1,283.9``; ``--json`` lists every part.
    """
    parts = row["parts_km"]
    long = [p for p in parts if p["to_km"] - p["from_km"] >= SHORT_PART_KM]
    short = [p for p in parts if p["to_km"] - p["from_km"] < SHORT_PART_KM]
    # a decimal comma would read "0,0-10,3, 10,3-444,3": parts apart by semicolons there
    text = (", " if current() == "en" else "; ").join(f"{_km1(p['from_km'])}-{_km1(p['to_km'])}" for p in long)
    if short:
        km = sum(p["to_km"] - p["from_km"] for p in short)
        kw = {"n": N.count(len(short)), "km": _km1(km) if km >= 0.05 else _("under %(km)s") % {"km": _km1(0.1)}}
        tail = ngettext("%(n)s short part (%(km)s km)", "%(n)s short parts (%(km)s km)", len(short)) % kw
        text = f"{text} + {tail}" if text else tail
    return f"{row['parts']}: {text}"


def borders_table(doc: dict[str, Any], title: str, footer: str, console: Console) -> None:
    """The ``minebelt.borders/1`` document: one row per land border with its parts (positions
    along the border to 0.1 km; lengths by the rule of :mod:`minebelt.numbers`)."""
    from ..report.local_names import country
    from .layout import Column, para, print_table

    rows = doc["borders"]
    km = lambda x: N.num(x, scale=False)  # noqa: E731
    cols = [
        Column("a", [f"{r['a']} {country(r['a'])}" for r in rows], numeric=False),
        Column("b", [f"{r['b']} {country(r['b'])}" for r in rows], numeric=False),
        Column(_("length\nkm"), [km(r["length_km"]) for r in rows]),
        Column(_("land\nkm"), [km(r["land_km"]) for r in rows], priority=2),
        Column(_("water\nkm"), [km(r["water_km"]) for r in rows], priority=1),
        Column(_("parts (km from-to)"), [parts_text(r) for r in rows], numeric=False, priority=3, min_width=16),
    ]
    print_table(console, title, cols)
    para(console, footer, style="dim")


def models_table(rows: list[dict[str, Any]], console: Console) -> None:
    """The named density models with their sources."""
    from rich.table import Table

    t = Table(title=_("Density models"), title_justify="left", show_lines=True)
    # the name is a key of the scenario files (as written); the source is quoted as it was written
    for col, header in (
        ("name", _("name")),
        ("value", _("value")),
        ("description", _("description")),
        ("source", _("source")),
    ):
        t.add_column(header, overflow="fold", no_wrap=col == "value")
    for r in rows:
        value = f"{N.num(r['value'], scale=False)} {_(r['unit'])}"
        t.add_row(r["name"], value, _(r["description"]), r["source"])
    console.print(t)
