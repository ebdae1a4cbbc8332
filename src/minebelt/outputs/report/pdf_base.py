"""Low-level drawing helpers of ``report.pdf``: the page, fonts, colours, headings, paragraphs and tables.

Layer: outputs.

fpdf2 with the DejaVu TTFs that ship inside matplotlib; characters the font cannot draw are
replaced by ``[\u2026]`` (:func:`printable`). Used by :mod:`.pdf` and :mod:`.pdf_tables`.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..._version import __version__
from ...i18n import current
from ...i18n import gettext as _

if TYPE_CHECKING:
    from fpdf import FPDF

INK = (31, 35, 40)
MUTED = (89, 99, 110)
ACCENT = (180, 35, 24)
LINE = (209, 217, 224)
BG = (246, 248, 250)


@cache
def _covered() -> frozenset[int]:
    """Code points the PDF's regular font has glyphs for."""
    from fontTools.ttLib import TTFont

    with TTFont(str(_font_dir() / "DejaVuSans.ttf"), lazy=True) as f:
        return frozenset(f.getBestCmap())


#: A quoted title and the English gloss it carries after it: ``“원제 (The title)”``.
_GLOSSED = re.compile(r"“(?P<title>[^“”()]*?)\s*\((?P<gloss>[^()“”]*)\)")


#: The space between a number and the short word after it -- a unit, a currency, a scale, a
#: date's abbreviation (``0,9986 USD``, ``2026 m.``, ``2025. gada``, ``4,8 mln``, ``90 %``) --
#: where a line of another language must not break.
_UNIT_AFTER = re.compile(r"(?<=\d)(\.?) (?=%|[^\W\d_]{1,5}\.?[\u00b2\u00b3]?(?![^\W\d_]))")


def glued(text: str) -> str:
    """``text`` with a no-break space between each number and its unit (:data:`_UNIT_AFTER`),
    in a language other than English (whose PDF lines, recorded in the golden outputs, break
    as before); the page and the terminal are laid out by their own widths, so only the PDF's
    lines get it."""
    return text if current() == "en" else _UNIT_AFTER.sub(lambda m: m[1] + "\u00a0", text)


def printable(text: Any) -> str:
    """``text`` with each run of characters the font cannot draw replaced by ``[…]``; a
    quoted title the font cannot draw (Korean) that carries its English gloss in parentheses
    printed as ``“[…] (the gloss)”``, one without a gloss as ``“[…]”``, not as fragments of its
    punctuation and digits; a number and its unit joined by a no-break space (:func:`glued`)."""
    s = glued("" if text is None else str(text))
    cov = _covered()
    if not any(ord(ch) not in cov for ch in s if ch != "\n"):
        return s

    def glossed(m: re.Match[str]) -> str:
        if all(ord(ch) in cov for ch in m["title"]):
            return m.group(0)
        return f"“[\u2026] ({m['gloss']})"

    s = _GLOSSED.sub(glossed, s)
    # a title without a gloss: one mark for it, not the digits and dots among its words
    s = re.sub(r"“[^“”()]*”", lambda m: m.group(0) if all(ord(ch) in cov for ch in m.group(0)) else "“[\u2026]”", s)
    return re.sub(r"[^\n]+", lambda m: _runs(m.group(0), cov), s)


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
            words = _("strategic estimate: km, km², millions — no tactical layout · page %(page)s/%(pages)s") % {
                "page": self.page_no(),
                "pages": "{nb}",
            }
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


#: The room (mm) a section heading keeps below it on its page, for the first lines or rows of what
#: follows; with less, the heading starts the next page rather than sit orphaned at this one's foot.
KEEP_WITH_HEADING_MM = 40.0


def _h2(pdf: FPDF, text: str, keep: float = KEEP_WITH_HEADING_MM) -> None:
    if pdf.get_y() + 3 + 7 + 1.5 + keep > pdf.page_break_trigger:
        pdf.add_page()
    pdf.ln(3)
    pdf.set_font("dejavu", "B", 12)
    pdf.set_text_color(*INK)
    pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(*LINE)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(1.5)


def _para(
    pdf: FPDF, text: str, size: float = 9, style: str = "", colour: tuple[int, int, int] = INK, h: float = 4.4
) -> None:
    pdf.set_font("dejavu", style, size)
    pdf.set_text_color(*colour)
    pdf.multi_cell(0, h, printable(text), new_x="LMARGIN", new_y="NEXT", align="L")


def _table(
    pdf: FPDF,
    headers: list[str],
    rows: list[list[str]],
    widths: list[float] | None = None,
    numeric: set[int] | None = None,
    size: float = 7.5,
    total: bool = False,
) -> None:
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
