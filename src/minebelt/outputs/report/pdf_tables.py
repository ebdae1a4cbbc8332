"""The table pages of ``report.pdf``: sections, countries, production, cost, clearance,
civilians near the belt, calibration, fact-check verdicts, then the sources and the provenance.

Layer: outputs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import numbers as N
from ..._version import __version__
from ...i18n import N_, current
from ...i18n import gettext as _
from .. import cite_remarks
from ..verdicts import verdict_words
from . import claim_cells
from . import local_clearance as LC
from . import local_names as LN
from . import local_notes as LNotes
from . import local_sections as LS
from .assumptions import assumptions
from .cards import english
from .clearance_view import clearance_view
from .cost_view import cost_view
from .fmt import _QUOTED as QUOTED
from .fmt import dist_range, fmt_count, fmt_km, fmt_mines, fmt_num
from .local_sources import source_items
from .pdf_base import MUTED, _h2, _para, _table
from .production_view import production_view
from .views import exposure_view

if TYPE_CHECKING:
    from fpdf import FPDF

#: The PDF's mark of a citation printed as recorded in English (the page's "EN").
EN_MARK = "(EN) "

#: The claim kinds of the fact-checker (``factcheck.kinds.KINDS``) as the PDF's verdict column names them.
CLAIM_KINDS = (N_("fact"), N_("model"), N_("plan"), N_("out-of-scope"))


def _people(counts: list[dict[str, str]]) -> list[str]:
    """One cell per distance: people (places), worded as the report's page words them."""
    if current() != "en":
        return [f"{x['people']} ({_('places: %(n)s') % {'n': x['places']}})" for x in counts]
    return [f"{x['people']} ({x['places']} place{'s' if x['places'] != '1' else ''})" for x in counts]


def _claim_id(pdf: FPDF, text: Any, width: float, size: float = 7.5) -> str:
    """A claim id wrapped to ``width`` mm only after its hyphens (``ltu-counter-mobility-`` /
    ``eur-1.1bn``), never inside a part: a table cell would otherwise break it mid-word."""
    pdf.set_font("dejavu", "", size)
    parts = [p + "-" for p in str(text or "").split("-")]
    parts[-1] = parts[-1][:-1]
    lines = [""]
    for part in parts:
        if lines[-1] and pdf.get_string_width(lines[-1] + part) > width:
            lines.append("")
        lines[-1] += part
    return "\n".join(lines)


def _cell(text: str) -> str:
    """A table cell's figure; an absent one (``n/a``) in the reader's words."""
    return _("n/a") if text == "n/a" else text


def _rng(d: Any, f: Any) -> str:
    return dist_range(d, f)


def _tables(pdf: FPDF, doc: dict[str, Any], claims: dict[str, Any] | None) -> None:
    pdf.add_page(orientation="P")
    rows = doc.get("sections") or []
    mc = any(isinstance(r.get("mines_dist"), dict) for r in rows)
    _h2(pdf, _("Sections"))
    head = (
        [_("section"), _("country"), _("length km"), _("belt km²"), _("mines/km²"), _("mines")]
        + ([_("90 %% interval") % {}] if mc else [])
        + [_("mines/km front")]
    )
    body = [
        [LN.section_name(r), r.get("country", ""), fmt_km(r.get("length_km")), fmt_km(r.get("area_km2")), fmt_count(r.get("density_per_km2")), fmt_mines(r.get("mines"))]
        + ([_rng(r.get("mines_dist"), fmt_mines)] if mc else []) + [fmt_count(r.get("mines_per_km_front"))]
        for r in rows
    ]  # fmt: skip
    t = doc.get("totals") or {}
    body.append(
        [_("Total"), "", fmt_km(t.get("length_km")), fmt_km(t.get("area_km2")), "", fmt_mines(t.get("mines"))]
        + ([_rng(t.get("mines_dist"), fmt_mines)] if mc else [])
        + [fmt_count(t.get("mines_per_km_front"))]
    )
    widths = [52.0, 20, 18, 18, 18, 18] + ([28] if mc else []) + [20]
    _table(pdf, head, body, widths, numeric=set(range(2, len(head))), total=True)

    bc = doc.get("by_country") or {}
    if len(bc) > 1:
        _h2(pdf, _("By defending country"))
        body = [
            [
                LN.country(c, doc) if current() != "en" else r.get("name", c),
                fmt_km(r.get("length_km")),
                fmt_km(r.get("area_km2")),
                fmt_mines(r.get("mines")),
            ]
            + ([_rng(r.get("mines_dist"), fmt_mines)] if mc else [])
            for c, r in bc.items()
        ]
        _table(
            pdf,
            [_("country"), _("length km"), _("belt km²"), _("mines")] + ([_("90 %% interval") % {}] if mc else []),
            body,
            numeric={1, 2, 3, 4},
        )

    scenario_file = (doc.get("scenario") or {}).get("file")
    local = current() != "en"  # the sections' sentences in the reader's language (local_sections)
    head = [_("figure"), _("estimate"), _("90 %% interval") % {}]
    pv = english(production_view, doc)
    if pv is not None and local:
        _h2(pdf, _("Production"))
        _table(pdf, head, [list(r) for r in LS.production_figures(doc)], [70, 62, 50], numeric={1, 2})
        if pv["lower"]:
            _para(pdf, LS.production_bound(doc), 8, colour=MUTED, h=3.8)
        _assumptions(pdf, assumptions("production", doc.get("production"), scenario_file, doc))
    elif pv is not None:
        _h2(pdf, "Production")
        _table(
            pdf, ["figure", "estimate", "90 % interval"], [list(r) for r in pv["figures"]], [70, 62, 50], numeric={1, 2}
        )
        if pv["lower"]:
            _para(pdf, f"{pv['bound']} {pv['pooling'][:1].upper() + pv['pooling'][1:]}.", 8, colour=MUTED, h=3.8)
        elif pv["not_estimated"]:
            _para(pdf, f"Not estimated for the whole belt: {pv['not_estimated']}.", 8, colour=MUTED, h=3.8)
        if len(pv["groups"]) > 1:
            _table(
                pdf,
                ["producing group", "mines needed", "years", "last mine in"],
                [[g["name"], g["mines"], g["years"], g["year_complete"]] for g in pv["groups"]],
                [72, 30, 40, 40],
                numeric={1, 2, 3},
            )
        _assumptions(pdf, assumptions("production", doc.get("production"), scenario_file, doc))
    cv = english(cost_view, doc)
    if cv is not None and local:
        _h2(pdf, f"{_('Build cost')} ({cv['currency']})" if cv["currency"] else _("Build cost"))
        lc = LS.cost_parts(doc)
        body = [[p["name"] + (f" ({p['note']})" if p["note"] else ""), p["value"], p["range"]] for p in lc["parts"]]
        body.append([lc["total_label"], lc["total"], lc["total_range"]])
        _table(pdf, [_("part"), _("cost"), head[2]], body, [90, 40, 52], numeric={1, 2}, total=True)
        _para(pdf, " ".join(x for x in (LS.cost_intro(doc), lc["not_costed"]) if x), 8, colour=MUTED, h=3.8)
        _assumptions(pdf, assumptions("cost", doc.get("cost"), scenario_file, doc))
    elif cv is not None:
        _h2(pdf, f"Build cost ({cv['currency']})" if cv["currency"] else "Build cost")
        body = [[p["name"] + (f" ({p['note']})" if p["note"] else ""), p["value"], p["range"]] for p in cv["parts"]]
        body.append([cv["total_label"], cv["total"], cv["total_range"]])
        _table(pdf, ["part", "cost", "90 % interval"], body, [90, 40, 52], numeric={1, 2}, total=True)
        notes = []
        if not cv["complete"]:
            notes.append(
                f"{', '.join(cv['not_costed']).capitalize()} not estimated: no public rate. Building would cost more than this total, and no ratio of clearance to build cost is given."
            )
        notes += [x for x in (cv["exchange"], cv["caveat"]) if x]
        if notes:
            _para(pdf, " ".join(notes), 8, colour=MUTED, h=3.8)
        _assumptions(pdf, assumptions("cost", doc.get("cost"), scenario_file, doc))
    kv = english(clearance_view, doc)
    if kv is not None and local:
        _h2(pdf, _("Clearance legacy"))
        lr, lf = LS.land_release(doc), LS.clearance_figures(doc)
        body = [[f"{_('Area to address')} (km\u00b2)", lr["area"], "", lr["area_range"]]]
        body += [[f"{s['name']} (km\u00b2)", s["km2"], s["share"], s["range"]] for s in lr["steps"]]
        _table(pdf, [_("land release"), _("estimate"), _("share"), head[2]], body, [80, 32, 20, 50], numeric={1, 2, 3})
        _table(pdf, head, [list(r) for r in lf["rows"]], [100, 32, 50], numeric={1, 2})
        _para(pdf, " ".join(x for x in (lf["note"], lr["note"]) if x), 8, colour=MUTED, h=3.8)
        _assumptions(pdf, assumptions("clearance", doc.get("clearance"), scenario_file, doc))
    elif kv is not None:
        _h2(pdf, "Clearance legacy (IMAS land release)")
        body = [["Area to address (km\u00b2)", kv["area"], "", kv["area_range"]]]
        body += [[f"{s['name']} (km\u00b2)", s["km2"], s["share"], s["range"]] for s in kv["steps"]]
        _table(pdf, ["land release", "estimate", "share", "90 % interval"], body, [80, 32, 20, 50], numeric={1, 2, 3})
        body = [
            [
                f"Calendar years to clear it, {kv['years_label']}",
                kv["years"],
                kv["years_range"] + (f" ({kv['years_range_label']})" if kv["years_range"] else ""),
            ],
            [
                kv["cost_label"] + (f" ({kv['cost_price_basis']})" if kv["cost_price_basis"] else ""),
                kv["cost"],
                kv["cost_range"],
            ],
            *(
                [[kv["cost_check"]["label"], kv["cost_check"]["cost"], kv["cost_check"]["cost_range"]]]
                if kv["cost_check"]
                else []
            ),
            *kv["yardstick_rows"],
        ]
        if kv["vs_build"]:
            body.append(
                [
                    "Clearance cost against build cost",
                    kv["vs_build"]["ratio"] or "not estimated",
                    kv["vs_build"]["ratio_range"],
                ]
            )
        _table(pdf, ["figure", "estimate", "90 % interval"], body, [100, 32, 50], numeric={1, 2})
        note = " ".join(
            x
            for x in (
                f"Capacity: {kv['capacity_text']}.",
                kv["density_note"],
                kv.get("condition_note", ""),
                kv["land_release_description"],
            )
            if x
        )
        if kv["cost_scope"]:
            note += f" Cost: {kv['cost_scope']}."
        if kv.get("cost_alternative"):
            note += f" {kv['cost_alternative']}"
        if kv["vs_build"]:
            note += f" {kv['vs_build']['text']}"
        _para(pdf, note, 8, colour=MUTED, h=3.8)
        _assumptions(pdf, assumptions("clearance", doc.get("clearance"), scenario_file, doc))
    ex = exposure_view(doc)
    if ex and ex["available"] and ex["total"]:
        _h2(pdf, _("Civilians near the belt"))
        head = [_("defending country, its own side")] + [_("within %(r)s km") % {"r": r} for r in ex["radii"]]
        body = [
            [LN.country(c["code"], doc) if c.get("code") else c["name"]]
            + (_people(c["counts"]) if c["counts"] else [N.not_estimated()] * len(ex["radii"]))
            for c in ex["countries"]
        ]
        if ex.get("between"):
            body.append([_("In a defending country, near another's belt only")] + _people(ex["between"]))
        if ex.get("defender"):
            body.append([_("All belts, the defender's side")] + _people(ex["defender"]))
        if ex.get("other"):
            other = (
                _("Across the border (%(countries)s), counted apart") % {"countries": ex["other_countries"]}
                if ex.get("other_countries")
                else _("Across the border, counted apart")
            )
            body.append([other] + _people(ex["other"]))
        body.append([_("All belts, both sides")] + _people(ex["total"]))
        _table(pdf, head, body, numeric=set(range(1, len(head))), total=True)
        if ex["largest"]:
            inside = "inside the belt"
            _table(
                pdf,
                [_("place"), _("country"), _("population"), _("distance to the belt")],
                [
                    [p["name"], p["country"], p["population"], _(inside) if p["distance"] == inside else p["distance"]]
                    for p in ex["largest"]
                ],  # fmt: skip
                numeric={2, 3},
            )
    cal = doc.get("calibration")
    if isinstance(cal, dict) and cal.get("barriers"):
        _h2(pdf, _("Against barriers actually built"))
        s = cal.get("scenario") or {}
        body = [
            [
                _(str(b.get("name", ""))),
                N.period(b.get("years", "")),
                _cell(fmt_mines(b.get("mines"))),
                _cell(fmt_km(b.get("front_km"))),
                fmt_count(b.get("mines_per_km_front"))
                if b.get("mines_per_km_front") is not None or not local
                else N.not_estimated(),
                LC.certainty(b.get("certainty", "")) if local else b.get("certainty", ""),
            ]
            for b in cal["barriers"]
        ]
        body.append(
            [
                _("This scenario"),
                "",
                fmt_mines(t.get("mines")),
                fmt_km(t.get("belt_front_km") or t.get("length_km")),
                fmt_count(s.get("mines_per_km_front")),
                "",
            ]
        )
        _table(
            pdf,
            [_("barrier"), _("years"), _("mines"), _("front km"), _("mines per km of front"), _("certainty")],
            body,
            [52, 28, 20, 20, 32, 30],
            numeric={2, 3, 4},
            total=True,
        )
        if cal.get("verdict"):
            verdict = cal["verdict"] if not local else LNotes.calibration_verdict(doc)
            _para(pdf, _("This scenario: %(verdict)s.") % {"verdict": verdict}, 8.2, colour=MUTED)
    if claims and claims.get("claims"):
        _h2(pdf, _("Fact-check"))
        body = [
            [
                _claim_id(pdf, x.get("id", ""), 40 - 2 * 0.8 - 1),
                as_recorded(claim_cells.stated(x)) if claim_cells.stated_as_written(x) else claim_cells.stated(x),
                _beside(x) + claim_cells.computed(x),
                verdict_words(str(x.get("verdict", "")), 1) + (f" ({_(str(x['kind']))})" if x.get("kind") else ""),
            ]
            for x in claims["claims"]
        ]
        _table(
            pdf, [_("claim"), _("stated"), _("computed, or set beside a plan"), _("verdict")], body, [40, 55, 55, 32]
        )


def _beside(claim: dict[str, Any]) -> str:
    """What a plan's figure is (a plan is stated, not recomputed): "minebelt's model beside it: "."""
    if claim.get("verdict") != "stated" or claim.get("computed") is None or claim.get("scope_differs"):
        return ""
    if str(claim.get("by") or "").startswith("minebelt's model"):
        return _("minebelt's model beside it:") + " "
    return _("beside it:") + " "


def _cited(row: dict[str, str]) -> str:
    """An assumption's source cell: a published citation, shown as recorded in English, carries
    the source list's "(EN)" mark in a translated PDF (the page's ``as_written`` does the same);
    minebelt's own description in the reader's words marks only the titles it quotes as written."""
    source = str(row.get("source") or "")
    if current() == "en" or not source.strip():
        return source
    if row.get("own_words"):
        recorded = str(row["own_words"])
        return QUOTED.sub(lambda m: EN_MARK + m[0] if m[0][1:-1].strip() in recorded else m[0], source)
    return as_recorded(source) if row.get("kind") == "cited" else source


def as_recorded(text: str) -> str:
    """A citation printed as recorded in English, for a reader of another language: the page's
    ``as_written`` in the PDF ("(EN) " before it), minebelt's own remarks inside the record
    after it in the reader's words (:mod:`minebelt.outputs.cite_remarks`); empty stays empty."""
    if current() == "en" or not text.strip():
        return text
    cited, found = cite_remarks.split(text)
    return f"{EN_MARK}{cited}{cite_remarks.remarks(found)}"


def _assumptions(pdf: FPDF, rows: list[dict[str, str]]) -> None:
    if rows:
        _table(
            pdf,
            [_("assumption"), _("value"), _("unit"), _("source")],
            [[r["name"], r["value"], r["unit"], _cited(r)] for r in rows],
            [42, 26, 24, 90],
            size=6.8,
        )


def _sources(pdf: FPDF, doc: dict[str, Any], claims: dict[str, Any] | None) -> None:
    _h2(pdf, _("Sources"))
    for i, (recorded, rest, _english) in enumerate(source_items(doc, claims), 1):
        # the page's "EN" mark: the citation is printed as recorded, in English
        _para(pdf, f"[{i}] {LN.source_words(as_recorded(recorded) + rest)}", 7.2, h=3.4)
        pdf.ln(0.4)
    _h2(pdf, _("Provenance"))
    prov = doc.get("provenance") or {}
    sc = doc.get("scenario") or {}
    data = prov["data"] if isinstance(prov.get("data"), dict) else {}
    rows = [
        [_("scenario"), str(sc.get("name") or "")],
        [_("scenario file"), str(sc.get("file") or _("(built in code)"))],
        [_("scenario sha256"), str(prov.get("scenario_sha256") or sc.get("sha256") or "")],
        [_("method"), LN.method_words(prov.get("method"), prov.get("samples"), prov.get("seed"))],
        [
            _("samples") + ", " + _("seed"),
            f"{fmt_num(prov.get('samples')) if prov.get('samples') else _('none')}, {prov.get('seed')}",
        ],
        [_("minebelt version"), str(prov.get("minebelt_version") or __version__)],
    ]
    for key in ("source", "version", "license", "attribution"):
        if data.get(key):
            rows.append([LN.data_key(key), LN.data_word(data[key])])
    _table(pdf, ["", ""], rows, [40, 142], size=7)
