"""A ratio stated as "over 1" (Finland's border "longer than the next longest") reads as the
comparison it states, in the same words in the terminal, the report page's fact-check cell and
the PDF's, in every language: never "over 1 times the next longest"."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from minebelt import estimate, load_scenario
from minebelt.i18n import language
from minebelt.outputs import claim_words as CW
from minebelt.outputs.report import claim_cells

#: The row of claim s1-fin-longest-eu-nato as ``minebelt factcheck`` writes it.
ROW = {
    "id": "s1-fin-longest-eu-nato", "source": "seed-001", "kind": "fact",
    "quote": "Finland has the longest land border with Russia among EU and NATO countries",
    "stated": 1, "qualifier": "over", "unit": "times the next longest", "computed": 3.77, "deviation": 2.77,
    "stated_text": "more than the next longest", "computed_text": "3.77 times the next longest",
    "verdict": "holds", "explanation": "Recomputed 3.77 times the next longest against the stated more than the next longest.",
    "method": "fin / max(nor, est, lva, ltu, pol)",
}  # fmt: skip
#: The comparison in each language, as the terminal has long worded it.
WORDS = {
    "en": "more than the next longest",
    "pl": "dłuższa niż kolejna najdłuższa",
    "uk": "довший за наступний найдовший",
    "fi": "pidempi kuin seuraavaksi pisin",
    "et": "järgmisest pikimast pikem",
    "lv": "garāka par nākamo garāko",
    "lt": "ilgesnė už kitą ilgiausią",
}
EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


@pytest.mark.parametrize("lang", sorted(WORDS))
def test_the_stated_cell_is_the_terminals_comparison(lang: str) -> None:
    with language(lang):
        cell, page, line = claim_cells.stated(ROW), claim_cells.stated_html(ROW), CW.stated_computed(ROW)
    assert cell == WORDS[lang] and str(page) == WORDS[lang]
    assert cell in line and not re.search(r"\d", cell)


def test_the_ukrainian_computed_ratio_says_how_much_longer() -> None:
    with language("uk"):
        assert claim_cells.computed(ROW) == "у 3,77 раза довший за наступний найдовший"
        assert "обчислено у 3,77 раза довший за наступний найдовший" in CW.stated_computed(ROW)


@pytest.fixture(scope="module")
def doc() -> dict:
    return estimate(load_scenario(EXAMPLES / "seed-reduced-model.toml")).document


@pytest.mark.parametrize("lang", sorted(set(WORDS) - {"en"}))
def test_the_pdf_cell_says_the_same(doc: dict, lang: str) -> None:
    pypdf = pytest.importorskip("pypdf")
    import matplotlib.pyplot as plt

    from minebelt.outputs.report.pdf import build_pdf

    fig = plt.figure(figsize=(1, 1))
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    with language(lang):
        pdf = build_pdf(doc, buf.getvalue(), claims={"schema": "minebelt.factcheck/2", "claims": [ROW]})
    text = " ".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    text = re.sub(r"\s+", " ", text.replace("\xa0", " "))
    # the cell may wrap inside a word's hyphenation-free column: compare without spaces
    assert WORDS[lang].replace(" ", "") in text.replace(" ", ""), lang
    assert not re.search(r"\b1 (razy|раза|kertaa|korda|reizes|karto)\b", text), lang
