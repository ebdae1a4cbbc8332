"""The PDF briefing keeps every card headline whole, in every language."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from minebelt import estimate, load_scenario
from minebelt.i18n import language
from minebelt.outputs.report.briefing import summary
from minebelt.outputs.report.cards import sentences
from minebelt.outputs.report.pdf import build_pdf
from minebelt.outputs.report.pdf_base import printable

LANGS = ("en", "et", "fi", "lv", "lt", "pl", "uk")
EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\xa0", " ").replace("\u202f", " ")).strip()


def pdf_text(doc: dict, briefing_only: bool = False) -> str:
    """The PDF's text, whitespace (line breaks, no-break spaces) folded to single spaces; with
    ``briefing_only``, only the briefing's pages (those before the map, the first image)."""
    pypdf = pytest.importorskip("pypdf")
    import matplotlib.pyplot as plt

    fig = plt.figure(figsize=(1, 1))
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    reader = pypdf.PdfReader(io.BytesIO(build_pdf(doc, buf.getvalue())))
    pages = list(reader.pages)
    if briefing_only:
        pages = pages[: next(i for i, p in enumerate(pages) if p.images)]
    return _flat(" ".join(p.extract_text() or "" for p in pages))


@pytest.fixture(scope="module", params=[None, 200], ids=["point", "sampled"])
def full_doc(request):
    """The full example as ``minebelt report`` runs it (no samples) and with a Monte Carlo sample."""
    return estimate(load_scenario(EXAMPLES / "eastern-flank-full.toml"), samples=request.param, seed=1).document


@pytest.mark.parametrize("lang", LANGS)
def test_card_headlines_are_whole(full_doc, lang):
    with language(lang):
        cards = summary(full_doc)["cards"]
        text = pdf_text(full_doc, briefing_only=True)  # the tables repeat some headlines
    assert cards
    for c in cards:
        value = _flat(printable(c["value"]))
        assert value in text, f"{lang}: card headline {value!r} is not whole in the PDF"


@pytest.mark.parametrize("lang", LANGS)
def test_no_sentence_said_twice(full_doc, lang):
    """The briefing's paragraphs (laid out below the cards) say each sentence once, each with
    its full stop: a card whose detail leads with the whole of its line says it once."""
    with language(lang):
        paragraphs = summary(full_doc)["paragraphs"]
    # a clause (between semicolons or sentence ends, any case) of 60 characters or more, said twice
    said = [c.strip(" .").casefold() for p in paragraphs for c in re.split(r"; |\. ", p["text"])]
    said = [c for c in said if len(c) >= 60]
    assert [c for i, c in enumerate(said) if c in said[:i]] == [], lang
    for p in paragraphs:
        for s in sentences(p["text"]):
            assert s[-1:] in ".!?)\u2026" or s.endswith(")."), (lang, s)


def test_polish_clearance_paragraph_in_the_pdf(full_doc):
    with language("pl"):
        text = pdf_text(full_doc, briefing_only=True)
    assert "prawdopodobnie zaniżony. Pas pozostawia" in text
    assert text.count("przeszukany każdy m² (miny przemieszczone") <= 2  # the card's line and the paragraph


def test_the_readme_says_how_long_the_pdf_briefing_is(full_doc):
    """The briefing fits one page when it can and runs on otherwise, nothing cut: the README
    and the user guide say so rather than promise one page."""
    pypdf = pytest.importorskip("pypdf")
    import matplotlib.pyplot as plt

    fig = plt.figure(figsize=(1, 1))
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    pages = pypdf.PdfReader(io.BytesIO(build_pdf(full_doc, buf.getvalue()))).pages
    briefing = next(i for i, p in enumerate(pages) if p.images)  # the map's page follows it
    root = EXAMPLES.parent
    readme, guide = ((root / f).read_text(encoding="utf-8") for f in ("README.md", "docs/user-guide.md"))
    assert briefing == 2, briefing
    with language("pl"):
        pages = pypdf.PdfReader(io.BytesIO(build_pdf(full_doc, buf.getvalue()))).pages
    assert next(i for i, p in enumerate(pages) if p.images) == 3  # longer words: one page more
    for text in (readme, guide):
        flat = _flat(text)
        assert "one-page briefing" not in flat and "one-page summary" not in flat
    assert "the full eastern flank's: two pages in English, three in the other languages" in _flat(readme)
