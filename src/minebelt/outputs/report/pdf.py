"""``report.pdf``: the briefing on A4 for people who send files to parliaments and editors.

Layer: outputs.

Made offline with fpdf2 (pure Python; fonts: the DejaVu TTFs that ship inside matplotlib,
so every character of the report — km², –, ≈ — prints without system fonts). Pages: the
one-page summary (A4 portrait), the static map (A4 landscape), then the tables (sections,
countries, production, cost, clearance with their assumptions and sources, civilians near
the belt, calibration, fact-check verdicts) and every source with the provenance. Values
come from the same :mod:`.briefing` model as the HTML page.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from ..._version import __version__
from ...i18n import gettext as _
from .assumptions import assumptions
from .briefing import summary
from .cards import english
from .clearance_view import clearance_view
from .cost_view import cost_view
from .fmt import dist_range, fmt_count, fmt_km, fmt_mines, fmt_num
from .production_view import production_view
from .views import collect_sources, exposure_view

if TYPE_CHECKING:
    from fpdf import FPDF

INK = (31, 35, 40)
MUTED = (89, 99, 110)
ACCENT = (180, 35, 24)
LINE = (209, 217, 224)
BG = (246, 248, 250)


def _people(counts: list[dict[str, str]]) -> list[str]:
    """One cell per distance: people (places)."""
    return [f"{x['people']} ({x['places']} place{'s' if x['places'] != '1' else ''})" for x in counts]


@cache
def _covered() -> frozenset[int]:
    """Code points the PDF's regular font has glyphs for."""
    from fontTools.ttLib import TTFont

    with TTFont(str(_font_dir() / "DejaVuSans.ttf"), lazy=True) as f:
        return frozenset(f.getBestCmap())


def printable(text: Any) -> str:
    """``text`` with each run of characters the font cannot draw (e.g. a Korean title before
    its English translation) replaced by ``[…]``."""
    s = "" if text is None else str(text)
    cov = _covered()
    return re.sub(r"[^\n]+", lambda m: _runs(m.group(0), cov), s) if any(ord(ch) not in cov for ch in s if ch != "\n") else s


def _runs(s: str, cov: frozenset[int]) -> str:
    out, gap = [], False
    for ch in s:
        if ord(ch) in cov or ch == " " and not gap:
            out.append(ch)
            gap = False
        elif not gap:
            out.append("[\u2026]")
            gap = True
    return re.sub(r"(\[\u2026\]\s*)+", "[\u2026] ", "".join(out))


def _font_dir() -> Path:
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


def _pdf(title: str) -> FPDF:
    from fpdf import FPDF

    class Doc(FPDF):
        def footer(self) -> None:
            self.set_y(-11)
            self.set_font("dejavu", "", 7)
            self.set_text_color(*MUTED)
            words = _("strategic estimate: km, km², millions — no tactical layout · page %(page)s/%(pages)s") % {"page": self.page_no(), "pages": "{nb}"}
            self.cell(0, 5, f"minebelt {__version__} \u00b7 {title} \u00b7 {words}", align="C")

    pdf = Doc(orientation="P", unit="mm", format="A4")
    fonts = _font_dir()
    pdf.add_font("dejavu", "", str(fonts / "DejaVuSans.ttf"))
    pdf.add_font("dejavu", "B", str(fonts / "DejaVuSans-Bold.ttf"))
    pdf.add_font("dejavu", "I", str(fonts / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(14, 14, 14)
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_title(title)
    pdf.set_author("minebelt")
    pdf.set_creator(f"minebelt {__version__}")
    from ..exports import reproducible_time

    # fpdf2 writes the wall clock otherwise (and derives the file /ID from it): two identical
    # runs would differ in report.pdf and so in manifest.json
    pdf.set_creation_date(reproducible_time())
    return pdf


def _h1(pdf: FPDF, text: str) -> None:
    pdf.set_font("dejavu", "B", 16)
    pdf.set_text_color(*INK)
    pdf.multi_cell(0, 7.5, text, new_x="LMARGIN", new_y="NEXT")


def _h2(pdf: FPDF, text: str) -> None:
    if pdf.get_y() > pdf.h - 45:
        pdf.add_page()
    pdf.ln(3)
    pdf.set_font("dejavu", "B", 12)
    pdf.set_text_color(*INK)
    pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(*LINE)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(1.5)


def _para(pdf: FPDF, text: str, size: float = 9, style: str = "", colour: tuple[int, int, int] = INK, h: float = 4.4) -> None:
    pdf.set_font("dejavu", style, size)
    pdf.set_text_color(*colour)
    pdf.multi_cell(0, h, printable(text), new_x="LMARGIN", new_y="NEXT", align="L")


def _table(pdf: FPDF, headers: list[str], rows: list[list[str]], widths: list[float] | None = None, numeric: set[int] | None = None, size: float = 7.5, total: bool = False) -> None:
    """A table; ``numeric``: right-aligned column indices; ``total``: last row in bold."""
    if not rows:
        return
    numeric = numeric or set()
    pdf.set_font("dejavu", "", size)
    pdf.set_text_color(*INK)
    pdf.set_draw_color(*LINE)
    align = tuple("RIGHT" if i in numeric else "LEFT" for i in range(len(headers)))
    with pdf.table(col_widths=widths, text_align=align, line_height=size * 0.5, first_row_as_headings=True,
                   headings_style=_heading_style(), borders_layout="HORIZONTAL_LINES", padding=0.8) as t:  # fmt: skip
        t.row(headers)
        for i, r in enumerate(rows):
            if total and i == len(rows) - 1:
                pdf.set_font("dejavu", "B", size)
            t.row([printable(c) for c in r])
    pdf.set_font("dejavu", "", size)
    pdf.ln(1.5)


def _heading_style() -> Any:
    from fpdf.fonts import FontFace

    return FontFace(family="dejavu", emphasis="BOLD", fill_color=BG)


def _summary_page(pdf: FPDF, doc: dict[str, Any], brief: dict[str, Any], scale: float = 1.0) -> None:
    """The one-page briefing; ``scale`` shrinks the text so that it fits one A4 page."""
    pdf.add_page()
    sc = doc.get("scenario") or {}
    _h1(pdf, str(sc.get("name") or _("minebelt estimate")))
    if sc.get("source"):
        _para(pdf, _("Source: %(source)s") % {"source": sc["source"]}, 8, colour=MUTED, h=3.8)
    _para(pdf, _("minebelt %(version)s briefing · scenario sha256 %(sha)s…") % {"version": __version__, "sha": str(sc.get("sha256") or "")[:16]}, 7.5, colour=MUTED, h=3.6)
    pdf.ln(1)
    if brief.get("headline"):  # the sentence that answers the question, before any card
        _para(pdf, brief["headline"], 10 * scale, "B", h=4.8 * scale)
    pdf.ln(1.5)
    # headline cards: two columns of boxes, each row as tall as its longest card (text wraps):
    # the figure, what it is, its interval, one line of what it assumes; the detail follows below
    cards = brief["cards"]
    col_w = (pdf.w - pdf.l_margin - pdf.r_margin - 4) / 2
    line_h = 3.5 * scale
    pdf.set_font("dejavu", "", 7.5 * scale)

    def lines(c: dict[str, Any]) -> list[str]:
        out: list[str] = []
        for t in (c["label"], c["range"], c["note"]):
            if t:
                # output="LINES" gives the lines (the stubs type every output= mode at once)
                out += cast("list[str]", pdf.multi_cell(col_w - 5, line_h, printable(t), dry_run=True, output="LINES"))
        return out

    y = pdf.get_y()
    for row in range(0, len(cards), 2):
        pair = cards[row : row + 2]
        texts = [lines(c) for c in pair]
        card_h = 9.5 * scale + line_h * max(len(t) for t in texts) + 1.5
        for i, (c, text) in enumerate(zip(pair, texts, strict=True)):
            x = pdf.l_margin + i * (col_w + 4)
            pdf.set_fill_color(*((255, 244, 242) if c["main"] else BG))
            pdf.set_draw_color(*LINE)
            pdf.rect(x, y, col_w, card_h, style="DF")
            pdf.set_xy(x + 2.5, y + 1.5)
            pdf.set_font("dejavu", "B", 13 * scale)
            pdf.set_text_color(*(ACCENT if c["main"] else INK))
            pdf.cell(col_w - 5, 6 * scale, _fit(pdf, c["value"], col_w - 5))
            pdf.set_font("dejavu", "", 7.5 * scale)
            pdf.set_text_color(*MUTED)
            for k, t in enumerate(text):
                pdf.set_xy(x + 2.5, y + 1.5 + 6.5 * scale + line_h * k)
                pdf.cell(col_w - 5, line_h, t)
        y += card_h + 2.5
    pdf.set_xy(pdf.l_margin, y + 1)
    for p in brief["paragraphs"]:
        _para(pdf, p["title"], 9.5 * scale, "B", h=5 * scale)
        _para(pdf, p["text"], 8.6 * scale, h=4.1 * scale)
        pdf.ln(0.8 * scale)
    if brief["caveats"]:
        pdf.ln(1)
        _para(pdf, _("Read with care"), 9.5 * scale, "B", h=5 * scale)
        for c in brief["caveats"]:
            _para(pdf, f"\u2022 {c}", 8.2 * scale, colour=MUTED, h=3.9 * scale)


def _summary_scale(doc: dict[str, Any], brief: dict[str, Any], title: str) -> float:
    """The largest text scale (1 down to 0.7) at which the briefing fits one page."""
    for scale in (1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7):
        trial = _pdf(title)
        _summary_page(trial, doc, brief, scale)
        if trial.page_no() == 1:
            return scale
    return 0.7


def _fit(pdf: FPDF, text: str, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` (mm) in the current font."""
    text = printable(text)
    if pdf.get_string_width(text) <= width:
        return text
    while text and pdf.get_string_width(text + "\u2026") > width:
        text = text[:-1]
    return text.rstrip() + "\u2026"


def _map_page(pdf: FPDF, map_png: bytes) -> None:
    import io

    pdf.add_page(orientation="L")
    w = pdf.w - pdf.l_margin - pdf.r_margin
    h = pdf.h - pdf.t_margin - 18
    pdf.image(io.BytesIO(map_png), x=pdf.l_margin, y=pdf.t_margin, w=w, h=h, keep_aspect_ratio=True)


def _rng(d: Any, f: Any) -> str:
    return dist_range(d, f)


def _tables(pdf: FPDF, doc: dict[str, Any], claims: dict[str, Any] | None) -> None:
    pdf.add_page(orientation="P")
    rows = doc.get("sections") or []
    mc = any(isinstance(r.get("mines_dist"), dict) for r in rows)
    _h2(pdf, _("Sections"))
    head = [_("section"), _("country"), _("length km"), _("belt km²"), _("mines/km²"), _("mines")] + ([_("90 %% interval") % {}] if mc else []) + [_("mines/km front")]
    body = [
        [r.get("name", ""), r.get("country", ""), fmt_km(r.get("length_km")), fmt_km(r.get("area_km2")), fmt_count(r.get("density_per_km2")), fmt_mines(r.get("mines"))]
        + ([_rng(r.get("mines_dist"), fmt_mines)] if mc else []) + [fmt_count(r.get("mines_per_km_front"))]
        for r in rows
    ]  # fmt: skip
    t = doc.get("totals") or {}
    body.append([_("Total"), "", fmt_km(t.get("length_km")), fmt_km(t.get("area_km2")), "", fmt_mines(t.get("mines"))] + ([_rng(t.get("mines_dist"), fmt_mines)] if mc else []) + [fmt_count(t.get("mines_per_km_front"))])
    widths = [52.0, 20, 18, 18, 18, 18] + ([28] if mc else []) + [20]
    _table(pdf, head, body, widths, numeric=set(range(2, len(head))), total=True)

    bc = doc.get("by_country") or {}
    if len(bc) > 1:
        _h2(pdf, _("By defending country"))
        body = [[r.get("name", c), fmt_km(r.get("length_km")), fmt_km(r.get("area_km2")), fmt_mines(r.get("mines"))] + ([_rng(r.get("mines_dist"), fmt_mines)] if mc else []) for c, r in bc.items()]
        _table(pdf, [_("country"), _("length km"), _("belt km²"), _("mines")] + ([_("90 %% interval") % {}] if mc else []), body, numeric={1, 2, 3, 4})

    scenario_file = (doc.get("scenario") or {}).get("file")
    pv = english(production_view, doc)
    if pv is not None:
        _h2(pdf, "Production")
        _table(pdf, ["figure", "estimate", "90 % interval"], [list(r) for r in pv["figures"]], [70, 62, 50], numeric={1, 2})
        if pv["lower"]:
            _para(pdf, f"{pv['bound']} {pv['pooling'][:1].upper() + pv['pooling'][1:]}.", 8, colour=MUTED, h=3.8)
        elif pv["not_estimated"]:
            _para(pdf, f"Not estimated for the whole belt: {pv['not_estimated']}.", 8, colour=MUTED, h=3.8)
        if len(pv["groups"]) > 1:
            _table(pdf, ["producing group", "mines needed", "years", "last mine in"], [[g["name"], g["mines"], g["years"], g["year_complete"]] for g in pv["groups"]], [72, 30, 40, 40], numeric={1, 2, 3})
        _assumptions(pdf, assumptions("production", doc.get("production"), scenario_file, doc))
    cv = english(cost_view, doc)
    if cv is not None:
        _h2(pdf, f"Build cost ({cv['currency']})" if cv["currency"] else "Build cost")
        body = [[p["name"] + (f" ({p['note']})" if p["note"] else ""), p["value"], p["range"]] for p in cv["parts"]]
        body.append([cv["total_label"], cv["total"], cv["total_range"]])
        _table(pdf, ["part", "cost", "90 % interval"], body, [90, 40, 52], numeric={1, 2}, total=True)
        notes = []
        if not cv["complete"]:
            notes.append(f"{', '.join(cv['not_costed']).capitalize()} not estimated: no public rate. Building would cost more than this total, and no ratio of clearance to build cost is given.")
        notes += [x for x in (cv["exchange"], cv["caveat"]) if x]
        if notes:
            _para(pdf, " ".join(notes), 8, colour=MUTED, h=3.8)
        _assumptions(pdf, assumptions("cost", doc.get("cost"), scenario_file, doc))
    kv = english(clearance_view, doc)
    if kv is not None:
        _h2(pdf, "Clearance legacy (IMAS land release)")
        body = [["Area to address (km\u00b2)", kv["area"], "", kv["area_range"]]]
        body += [[f"{s['name']} (km\u00b2)", s["km2"], s["share"], s["range"]] for s in kv["steps"]]
        _table(pdf, ["land release", "estimate", "share", "90 % interval"], body, [80, 32, 20, 50], numeric={1, 2, 3})
        body = [
            [f"Calendar years to clear it, {kv['years_label']}", kv["years"], kv["years_range"] + (f" ({kv['years_range_label']})" if kv["years_range"] else "")],
            ["Cost" + (f" at {kv['cost_per_m2']} per m\u00b2 cleared" if kv["cost_per_m2"] else "") + (f" ({kv['cost_price_basis']})" if kv["cost_price_basis"] else ""), kv["cost"], kv["cost_range"]],
            [f"Years of {kv['world_label']}", kv["world_years"], kv["world_range"]],
        ] + ([[f"Years of {kv['mines_label']}", kv["mines_years"], kv["mines_range"]]] if kv["mines_years"] else [])
        if kv["vs_build"]:
            body.append(["Clearance cost against build cost", kv["vs_build"]["ratio"] or "not estimated", kv["vs_build"]["ratio_range"]])
        _table(pdf, ["figure", "estimate", "90 % interval"], body, [100, 32, 50], numeric={1, 2})
        note = " ".join(x for x in (f"Capacity: {kv['capacity_text']}.", kv["density_note"], kv.get("condition_note", ""), kv["land_release_description"]) if x)
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
        _h2(pdf, "Civilians near the belt")
        head = ["defending country, its own side"] + [f"within {r} km" for r in ex["radii"]]
        body = [[c["name"]] + (_people(c["counts"]) if c["counts"] else ["not estimated"] * len(ex["radii"])) for c in ex["countries"]]
        if ex.get("between"):
            body.append(["In a defending country, near another's belt only"] + _people(ex["between"]))
        if ex.get("defender"):
            body.append(["All belts, the defender's side"] + _people(ex["defender"]))
        if ex.get("other"):
            other = f" ({ex['other_countries']})" if ex.get("other_countries") else ""
            body.append([f"Across the border{other}, counted apart"] + _people(ex["other"]))
        body.append(["All belts, both sides"] + _people(ex["total"]))
        _table(pdf, head, body, numeric=set(range(1, len(head))), total=True)
        if ex["largest"]:
            _table(pdf, ["largest places", "country", "population", "distance to the belt"], [[p["name"], p["country"], p["population"], p["distance"]] for p in ex["largest"]], numeric={2, 3})
    cal = doc.get("calibration")
    if isinstance(cal, dict) and cal.get("barriers"):
        _h2(pdf, "Against barriers actually built")
        s = cal.get("scenario") or {}
        body = [[b.get("name", ""), b.get("years", ""), fmt_mines(b.get("mines")), fmt_km(b.get("front_km")), fmt_count(b.get("mines_per_km_front")), b.get("certainty", "")] for b in cal["barriers"]]
        body.append(["This scenario", "", fmt_mines(t.get("mines")), fmt_km(t.get("belt_front_km") or t.get("length_km")), fmt_count(s.get("mines_per_km_front")), ""])
        _table(pdf, ["barrier", "years", "mines", "front km", "mines per km of front", "certainty"], body, [58, 22, 20, 20, 32, 30], numeric={2, 3, 4}, total=True)
        if cal.get("verdict"):
            _para(pdf, f"This scenario: {cal['verdict']}.", 8.2, colour=MUTED)
    if claims and claims.get("claims"):
        _h2(pdf, "Fact-check")
        body = [[str(x.get("id", "")), str(x.get("stated_text", "")), str(x.get("computed_text", "")), str(x.get("verdict", "")) + (f" ({x['kind']})" if x.get("kind") else "")] for x in claims["claims"]]
        _table(pdf, ["claim", "stated", "computed", "verdict"], body, [40, 55, 55, 32])


def _assumptions(pdf: FPDF, rows: list[dict[str, str]]) -> None:
    if rows:
        _table(pdf, ["assumption", "value", "unit", "source"], [[r["name"], r["value"], r["unit"], r["source"]] for r in rows], [42, 26, 24, 90], size=6.8)


def _sources(pdf: FPDF, doc: dict[str, Any], claims: dict[str, Any] | None) -> None:
    _h2(pdf, _("Sources"))
    for i, s in enumerate(collect_sources(doc, claims), 1):
        _para(pdf, f"[{i}] {s}", 7.2, h=3.4)
        pdf.ln(0.4)
    _h2(pdf, _("Provenance"))
    prov = doc.get("provenance") or {}
    sc = doc.get("scenario") or {}
    data = prov["data"] if isinstance(prov.get("data"), dict) else {}
    rows = [
        ["scenario", str(sc.get("name") or "")],
        ["scenario file", str(sc.get("file") or "(built in code)")],
        ["scenario sha256", str(prov.get("scenario_sha256") or sc.get("sha256") or "")],
        ["method", str(prov.get("method") or "")],
        ["samples, seed", f"{fmt_num(prov.get('samples')) if prov.get('samples') else 'none'}, {prov.get('seed')}"],
        ["minebelt version", str(prov.get("minebelt_version") or __version__)],
    ]
    for key in ("source", "version", "license", "attribution"):
        if data.get(key):
            rows.append([f"border data {key}", str(data[key])])
    _table(pdf, ["", ""], rows, [40, 142], size=7)


def build_pdf(doc: dict[str, Any], map_png: bytes, claims: dict[str, Any] | None = None, comparison: dict[str, Any] | None = None) -> bytes:
    """The A4 briefing of an estimate document as PDF bytes (see the module docstring);
    with ``comparison`` (``minebelt.compare/1``), a page comparing it with other scenarios."""
    title = str((doc.get("scenario") or {}).get("name") or "minebelt estimate")
    pdf = _pdf(title)
    brief = summary(doc, claims)
    _summary_page(pdf, doc, brief, _summary_scale(doc, brief, title))
    _map_page(pdf, map_png)
    _tables(pdf, doc, claims)
    if comparison:
        from .compare_pdf import compare_pages

        compare_pages(pdf, comparison, _h2, _para, _table)
    _sources(pdf, doc, claims)
    return bytes(pdf.output())
