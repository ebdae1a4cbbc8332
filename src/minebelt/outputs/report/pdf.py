"""``report.pdf``: the briefing on A4 for people who send files to parliaments and editors.

Layer: outputs.

Made offline with fpdf2 (pure Python; fonts: the DejaVu TTFs that ship inside matplotlib,
so every character of the report — km², –, ≈ — prints without system fonts). Pages: the
summary (A4 portrait: one page when it fits, else it runs on), the static map (A4 landscape), then the tables (sections,
countries, production, cost, clearance with their assumptions and sources, civilians near
the belt, calibration, fact-check verdicts) and every source with the provenance. Values
come from the same :mod:`.briefing` model as the HTML page. The drawing helpers are in
:mod:`.pdf_base`, the table pages in :mod:`.pdf_tables`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._version import __version__
from ...i18n import gettext as _
from ..local_examples import scenario_name
from .briefing import summary
from .local_names import source_line
from .pdf_base import ACCENT as ACCENT
from .pdf_base import BG as BG
from .pdf_base import INK as INK
from .pdf_base import LINE as LINE
from .pdf_base import MUTED as MUTED
from .pdf_base import _covered as _covered
from .pdf_base import _font_dir as _font_dir
from .pdf_base import _h1 as _h1
from .pdf_base import _h2 as _h2
from .pdf_base import _heading_style as _heading_style
from .pdf_base import _para as _para
from .pdf_base import _pdf as _pdf
from .pdf_base import _runs as _runs
from .pdf_base import _table as _table
from .pdf_base import printable as printable
from .pdf_tables import _assumptions as _assumptions
from .pdf_tables import _people as _people
from .pdf_tables import _rng as _rng
from .pdf_tables import _sources as _sources
from .pdf_tables import _tables as _tables

if TYPE_CHECKING:
    from fpdf import FPDF


def _summary_page(pdf: FPDF, doc: dict[str, Any], brief: dict[str, Any], scale: float = 1.0) -> None:
    """The briefing; ``scale`` shrinks the text so that it fits one A4 page where it can."""
    pdf.add_page()
    sc = doc.get("scenario") or {}
    _h1(pdf, scenario_name(str(sc.get("name") or "")) or _("minebelt estimate"))
    if sc.get("source"):
        _para(pdf, source_line(sc["source"])[0], 8, colour=MUTED, h=3.8)
    _para(
        pdf,
        _("minebelt %(version)s briefing · scenario sha256 %(sha)s…")
        % {"version": __version__, "sha": str(sc.get("sha256") or "")[:16]},
        7.5,
        colour=MUTED,
        h=3.6,
    )
    pdf.ln(1)
    if brief.get("headline"):  # the sentence that answers the question, before any card
        _para(pdf, brief["headline"], 10 * scale, "B", h=4.8 * scale)
    pdf.ln(1.5)
    # headline cards: two columns of boxes, each row as tall as its longest card (text wraps):
    # the figure, what it is, its interval, one line of what it assumes; the detail follows below
    cards = brief["cards"]
    col_w = (pdf.w - pdf.l_margin - pdf.r_margin - 4) / 2
    # the cards' detail never goes below 7 pt: the briefing's paragraphs shrink first
    detail_pt = max(7.0, 7.5 * scale)  # at the smallest scale, 7 pt
    line_h = detail_pt * 3.5 / 7.5
    pdf.set_font("dejavu", "", detail_pt)

    def lines(c: dict[str, Any]) -> list[str]:
        out: list[str] = []
        for t in (c["label"], c["range"], c["note"]):
            if t:
                # output="LINES" gives the lines (the stubs type every output= mode at once)
                out += cast("list[str]", pdf.multi_cell(col_w - 5, line_h, printable(t), dry_run=True, output="LINES"))
        return out

    value_h = 6 * scale

    def value_lines(c: dict[str, Any]) -> list[str]:
        # the figure wraps rather than being cut: a headline never loses its last words
        pdf.set_font("dejavu", "B", 13 * scale)
        out = cast("list[str]", pdf.multi_cell(col_w - 5, value_h, printable(c["value"]), dry_run=True, output="LINES"))
        pdf.set_font("dejavu", "", detail_pt)
        return out or [""]

    y = pdf.get_y()
    for row in range(0, len(cards), 2):
        pair = cards[row : row + 2]
        texts = [lines(c) for c in pair]
        values = [value_lines(c) for c in pair]
        body_h = max(value_h * (len(v) - 1) + line_h * len(t) for v, t in zip(values, texts, strict=True))
        card_h = 9.5 * scale + body_h + 1.5
        for i, (c, text, value) in enumerate(zip(pair, texts, values, strict=True)):
            x = pdf.l_margin + i * (col_w + 4)
            pdf.set_fill_color(*((255, 244, 242) if c["main"] else BG))
            pdf.set_draw_color(*LINE)
            pdf.rect(x, y, col_w, card_h, style="DF")
            pdf.set_xy(x + 2.5, y + 1.5)
            pdf.set_font("dejavu", "B", 13 * scale)
            pdf.set_text_color(*(ACCENT if c["main"] else INK))
            for k, v in enumerate(value):
                pdf.set_xy(x + 2.5, y + 1.5 + value_h * k)
                pdf.cell(col_w - 5, value_h, v)
            top = y + 1.5 + 6.5 * scale + value_h * (len(value) - 1)
            pdf.set_font("dejavu", "", detail_pt)
            pdf.set_text_color(*MUTED)
            for k, t in enumerate(text):
                pdf.set_xy(x + 2.5, top + line_h * k)
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


#: Text scales tried for the one-page briefing: 8.6 pt paragraphs at 1.0, 7.3 pt at 0.85.
SUMMARY_SCALES = (1.0, 0.95, 0.9, 0.85)


def _summary_scale(doc: dict[str, Any], brief: dict[str, Any], title: str) -> float:
    """The largest text scale (1 down to 0.85) at which the briefing fits one page; below that
    the text would fall under 7 pt, so a longer briefing runs on to a second page instead."""
    for scale in SUMMARY_SCALES:
        trial = _pdf(title)
        _summary_page(trial, doc, brief, scale)
        if trial.page_no() == 1:
            return scale
    return SUMMARY_SCALES[-1]


def _map_page(pdf: FPDF, map_png: bytes) -> None:
    import io

    pdf.add_page(orientation="L")
    w = pdf.w - pdf.l_margin - pdf.r_margin
    h = pdf.h - pdf.t_margin - 18
    pdf.image(io.BytesIO(map_png), x=pdf.l_margin, y=pdf.t_margin, w=w, h=h, keep_aspect_ratio=True)


def build_pdf(
    doc: dict[str, Any], map_png: bytes, claims: dict[str, Any] | None = None, comparison: dict[str, Any] | None = None
) -> bytes:
    """The A4 briefing of an estimate document as PDF bytes (see the module docstring);
    with ``comparison`` (``minebelt.compare/1``), a page comparing it with other scenarios."""
    title = scenario_name(str((doc.get("scenario") or {}).get("name") or "")) or "minebelt estimate"
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
