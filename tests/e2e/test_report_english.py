"""No English prose left in a report in a reader's language (each of the six): the page (``index.html``) and ``report.pdf`` of the
fullest example compared with another, read as a reader reads them, line by line.

A line with two or more common English words is English prose a Polish reader would have to
translate. Citations stay as written (a source's title, publisher and quoted words are
provenance): the templates mark them (``data-cite`` on the element, or a ``blockquote``, ``q``
or ``cite``), and this test skips what they mark, never a list of strings; an English citation
must also be marked as English for the reader (``lang="en"`` with the page's visible "EN",
class ``as-written``): one left unmarked fails. The PDF has no markup:
a PDF line passes when it is part of a citation the page marks, or of the numbered source list.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import ungrouped
from english_words import english_words

from minebelt import i18n

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
#: Elements whose text is provenance or code, kept as written.
QUOTED = frozenset({"blockquote", "q", "cite", "code", "script", "style"})
#: Elements whose text is code, not a citation (no "EN" mark).
CODE = frozenset({"code", "script", "style"})
VOID = frozenset({"br", "img", "input", "meta", "link", "hr", "area", "base", "col", "embed", "source", "wbr"})
BLOCK = frozenset({"p", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "div", "dd", "dt", "summary", "figcaption", "caption", "br", "section", "table", "ul", "details", "header", "footer", "figure"})  # fmt: skip


#: Attributes a reader meets as text (a screen reader's label, a tooltip, an image's text).
READ_ATTRIBUTES = ("aria-label", "title", "alt", "placeholder", "data-tip")


class _Text(HTMLParser):
    """The page's text as lines (one per block element), without the citations it marks;
    ``cited`` collects the marked text (the allow-list the PDF's lines are checked against);
    ``unmarked`` the cited text outside an element marked English with the visible "EN"."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self.cited: list[str] = []
        self.unmarked: list[str] = []
        self.marked: list[str] = []  # the text marked English with the visible "EN"
        self.lang = "pl"  # the page's <html lang>, set once read
        self._stack: list[bool] = []  # per open element: does it (or an ancestor) skip its text
        self._en: list[bool] = []  # per open element: is it (or an ancestor) marked "EN"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCK:
            self.lines.append("")
        if tag in VOID:
            return
        skipping = bool(self._stack and self._stack[-1])
        self._stack.append(skipping or tag in QUOTED or any(k == "data-cite" for k, _ in attrs))
        a = dict(attrs)
        # what a screen reader says is the reader's text too (the map's label)
        self.lines += [str(a[k]) for k in READ_ATTRIBUTES if a.get(k) and not (self._en and self._en[-1])]
        self.lines.append("")
        marked = a.get("lang") == "en" and "as-written" in (a.get("class") or "").split()
        self._en.append(bool(self._en and self._en[-1]) or marked or tag in CODE)
        if self._stack[-1] and not skipping:
            self.cited.append("")
            self.unmarked.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if self._stack:
            self._stack.pop()
            self._en.pop()
        if tag in BLOCK:
            self.lines.append("")

    def handle_data(self, data: str) -> None:
        if self._en and self._en[-1]:
            self.marked.append(data)
        if self._stack and self._stack[-1]:
            self.cited[-1] += data
            if not self._en[-1]:
                self.unmarked[-1] += data
        else:
            self.lines[-1] += data


def _english(line: str, lang: str) -> bool:
    """Two or more common English words that are not words of ``lang`` (an identifier like
    ``unit_cost_per_mine`` is one token)."""
    common = english_words(lang)
    words = [w for w in re.findall(r"[A-Za-z_']+", line.lower()) if "_" not in w]
    return sum(w in common for w in words) >= 2


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _report(lang: str, out: Path, claims: str = "seed-claims.toml") -> Path:
    """The fullest report (page and PDF, a comparison and a fact-check) in ``lang``, written to ``out``."""
    here = Path(sys.executable).parent / "minebelt"
    script = str(here) if here.is_file() else shutil.which("minebelt")
    assert script, "the minebelt console script is not installed (pip install .)"
    examples = ROOT / "examples"
    args = [script, "report", str(examples / "eastern-flank-full.toml"), "--lang", lang, "--pdf"]
    args += ["--compare", str(examples / "eastern-flank-reduced.toml"), "--claims", str(examples / claims)]
    p = subprocess.run([*args, "--out", str(out)], capture_output=True, text=True, timeout=900)
    assert p.returncode == 0, p.stderr
    return out


@pytest.fixture(scope="module", params=i18n.LANGS[1:])
def polish_report(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fullest report in one reader's language (the fixture's name kept from when it was Polish only)."""
    return _report(request.param, tmp_path_factory.mktemp(f"report-{request.param}") / "r")


@pytest.fixture(scope="module")
def page(polish_report: Path) -> _Text:
    parser = _Text()
    html = (polish_report / "index.html").read_text(encoding="utf-8")
    parser.feed(html)
    found = re.search(r'<html lang="([a-z]+)"', html)
    parser.lang = found[1] if found else "en"
    return parser


def _lang(page: _Text) -> str:
    return page.lang


def test_the_page_has_no_english_prose_outside_citations(page: _Text) -> None:
    assert page.cited, "the templates mark no citation (data-cite)"
    lang = _lang(page)
    english = [re.sub(r"\s+", " ", line).strip() for line in page.lines if _english(line, lang)]
    assert english == [], f"English prose in the {lang} page:\n" + "\n".join(english)
    # one grouping rule (minebelt.numbers): no figure of four digits or more printed ungrouped
    assert [line for line in page.lines if ungrouped(line)] == []


#: A date, a decade or a span of years written the English or the ISO way in running text:
#: an ISO month ("enne 2026-04"), an English month or decade ("1980s"), "today", years joined
#: by a hyphen ("2024-2028"), a latitude without its degree sign ("37,7 N").
_ENGLISH_DATES = re.compile(
    r"\b\d{4}-\d{2}(?!-?\d)|\b(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b|\b\d{4}s\b|\btoday\b|\b(?:1[89]|20)\d{2}-(?:1[89]|20)\d{2}\b|\d N\b"
)


def test_the_page_writes_dates_decades_and_coordinates_the_readers_way(page: _Text) -> None:
    lang = _lang(page)
    # no full ISO date either: Lithuanian's CLDR short date is ISO (y-MM-dd), so it writes the
    # long one ("2026 m. sausio 14 d.") as the other languages write theirs
    iso_day = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
    lines = [re.sub(r"\s+", " ", line).strip() for line in page.lines]
    found = [line for line in lines if _ENGLISH_DATES.search(line) or iso_day.search(line)]
    assert found == [], f"English or ISO dates in the {lang} page's running text:\n" + "\n".join(found)


def test_every_english_citation_on_the_page_is_marked_english(page: _Text) -> None:
    # a title, a publisher, a locator, a source's quoted words: as written, and the reader told
    # so (lang="en", the visible "EN"); a translated citation or a quotation in the reader's
    # language is not marked
    lang = _lang(page)
    unmarked = [re.sub(r"\s+", " ", text).strip() for text in page.unmarked if _english(text, lang)]
    assert unmarked == [], f"English citations not marked EN in the {lang} page:\n" + "\n".join(unmarked)


def test_the_pdf_has_no_english_prose_outside_citations(polish_report: Path, page: _Text) -> None:
    from pypdf import PdfReader

    pool = "\n".join(_squash(c) for c in page.cited)
    english = []
    for number, pdf_page in enumerate(PdfReader(polish_report / "report.pdf").pages, 1):
        for line in pdf_page.extract_text().splitlines():
            if not _english(line, _lang(page)):
                continue
            # the numbered source list and the assumptions' source cells: "(EN)" marked
            text = re.sub(r"^(\[\d+\]\s*)?(\(EN\)\s*)?", "", line)
            # minebelt's own words quoting an English title: "(EN) 'title'" (it may wrap)
            text = re.sub(r"\(EN\)\s*'[^']*(?:'|$)", "", text)
            if not _english(text, _lang(page)):
                continue
            # a run the PDF's font cannot draw (Korean in a title) is printed as "[…]"
            if all(_squash(part).rstrip("-") in pool for part in text.split("[\u2026]")):
                continue
            english.append(f"page {number}: {line}")
    assert english == [], f"English prose in the {_lang(page)} PDF:\n" + "\n".join(english)


def test_the_pdf_marks_its_english_citations_and_prints_no_tofu(polish_report: Path) -> None:
    # the page's "EN" is the PDF's "(EN)" on each citation of the source list printed as
    # recorded; a Korean title (no Hangul in the PDF's font) is printed as its English gloss
    from pypdf import PdfReader

    text = "\n".join(p.extract_text() for p in PdfReader(polish_report / "report.pdf").pages)
    listed = re.findall(r"^\[\d+\] .*", text, flags=re.M)
    assert listed and all(line.split("] ", 1)[1].startswith("(EN) ") for line in listed[:5]), listed[:5]
    assert "(the mines laid on the Korean peninsula: what kinds and how many?)" in text.replace("\n", " ")
    assert not re.search(r"\[\u2026\]\s*[\],?]", text)  # no fragment of a title's punctuation


class _AllText(HTMLParser):
    """Every text a reader sees on the page, citations included (not the page's script and style)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._hidden += tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        self._hidden -= tag in ("script", "style")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.text.append(data)


#: A repository's file or folder named to a reader (``assumptions.py``, ``docs/model.md``,
#: ``scripts/build_borders.py``): a reader has the report, not the repository.
_REPO_PATH = re.compile(r"[\w./-]*\w\.py\b|(?<![\w/.:-])(?:docs|scripts|src|tests)/[\w./-]+")


def _repo_paths(out: Path) -> list[str]:
    """The repository paths named in ``out``'s page and PDF text, with their context."""
    from pypdf import PdfReader

    parser = _AllText()
    parser.feed((out / "index.html").read_text(encoding="utf-8"))
    texts = {"page": " ".join(parser.text)}
    texts["PDF"] = "\n".join(p.extract_text() for p in PdfReader(out / "report.pdf").pages)
    found = []
    for where, text in texts.items():
        text = re.sub(r"https?://\S+", "", text)  # a source's address is its own
        found += [f"{where}: ...{text[max(0, m.start() - 60) : m.end() + 20]}" for m in _REPO_PATH.finditer(text)]
    return found


def test_the_page_and_the_pdf_name_no_repository_file(polish_report: Path) -> None:
    assert _repo_paths(polish_report) == []


def test_the_english_report_names_no_repository_file(tmp_path: Path) -> None:
    # the plans' claims file too: the report's fact-check of plans and budgets
    assert _repo_paths(_report("en", tmp_path / "r", "national-plans-claims.toml")) == []


def test_no_place_in_its_english_romanisation(polish_report: Path, page: _Text) -> None:
    # a place in Russia, Belarus or Ukraine (pl: and Lithuania) is named in the reader's own form
    # (locale/exonyms.tsv: an exonym, or the reader's language's transcription of the Cyrillic),
    # on the page (tables, sentences, map labels) and in the PDF; a citation's title stays as written
    from pypdf import PdfReader

    from minebelt.outputs.report.local_exonyms import PLACES

    lang = _lang(page)
    english = {n for (_, n), form in PLACES.get(lang, {}).items() if form != n}
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(english, key=len, reverse=True))) + r")(?!\w)")
    pool = "\n".join(_squash(c) for c in page.cited)
    found = [line.strip() for line in page.lines if pattern.search(line)]
    for pdf_page in PdfReader(polish_report / "report.pdf").pages:
        found += [ln for ln in pdf_page.extract_text().splitlines() if pattern.search(ln) and _squash(ln) not in pool]
    assert found == [], f"places in their English romanisation in the {lang} page and PDF:\n" + "\n".join(found)


def _claims_words() -> list[str]:
    """The bundled claims file's English words a page shows as written: each claim's stated
    words (``"lack natural barriers"``, not a figure or a date) and the words its note quotes
    (``'suspends'``, ``'mine defense line'``); each must be marked English wherever it is shown."""
    import tomllib

    data = tomllib.loads((ROOT / "examples" / "seed-claims.toml").read_text(encoding="utf-8"))
    out: set[str] = set()
    for c in data["claims"]:
        stated = c.get("stated")
        # words, not a designation ("ADAM M692/M731" is a name in any language)
        if isinstance(stated, str) and re.search(r"\b[a-z]{3,}\b", stated):
            out.add(stated)
        out.update(m[1] for m in re.finditer(r"(?<!\w)'([^'\n]{4,})'(?!\w)", str(c.get("note") or "")))
    return sorted(out)


def _unmarked_text(page: _Text) -> str:
    """The page's text outside what it marks English (lines and unmarked citations), one run."""
    return re.sub(r"\s+", " ", " ".join(page.lines + page.unmarked))


def test_the_claims_words_kept_in_english_are_marked_english(page: _Text) -> None:
    # a quotation is never translated; one kept in English is marked (lang="en", "EN"): the
    # stated words of a claim and the words a note quotes, in any sentence of the page
    words = _claims_words()
    assert "lack natural barriers" in words and "suspends" in words and "mine defense line" in words
    text = _unmarked_text(page)
    found = [w for w in words if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text)]
    assert found == [], f"English quotations not marked EN in the {_lang(page)} page: {found}"


def _recorded_remarks() -> list[str]:
    """minebelt's remarks as the citation records word them, their values filled in ("the cpi
    package 2.1.0", "posted 2018-10-02 07:00"): every ``Citation`` of :mod:`minebelt.model`."""
    import importlib
    import pkgutil

    import minebelt.model
    from minebelt.model.sourcing import Citation
    from minebelt.outputs.cite_remarks import split

    out: set[str] = set()
    for info in pkgutil.iter_modules(minebelt.model.__path__):
        for value in vars(importlib.import_module(f"minebelt.model.{info.name}")).values():
            for c in value if isinstance(value, (tuple, list)) else (value,):
                if isinstance(c, Citation):
                    out.update(split(str(c))[1])
    return sorted(out)


def test_minebelts_own_remarks_in_a_citation_are_the_readers_words(page: _Text, polish_report: Path) -> None:
    # "the Reuters page itself was not retrieved", "conversions are minebelt's own calculation":
    # minebelt's, not the source's: translated after the citation, in the page and in the PDF
    # (the JSON keeps the citation as recorded); so are a producer's note and the border data's
    # method (the overlap rule, where km 0 lies); and a relay's
    # citation inside a sentence is marked
    from pypdf import PdfReader

    from minebelt.model.production_sources import PRODUCTION_CAPACITY_DEFAULTS
    from minebelt.outputs.cite_remarks import REMARKS
    from minebelt.outputs.report.local_rules import DATA_RULES

    english = [*REMARKS, *_recorded_remarks(), *DATA_RULES, *(r.note for r in PRODUCTION_CAPACITY_DEFAULTS if r.note)]
    assert "bundled with minebelt from the cpi package 2.1.0" in english
    shown = re.sub(r"\s+", " ", " ".join(page.lines + page.cited + page.marked))
    pdf = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(polish_report / "report.pdf").pages))
    assert [e for e in english if e in shown or e in pdf] == []
    assert i18n.translations(page.lang).gettext(REMARKS[0]) in shown
    assert "relayed by" not in _unmarked_text(page) and "relaying" not in _unmarked_text(page)


def test_the_pdf_marks_the_claims_words_kept_in_english(polish_report: Path) -> None:
    # the page's "EN" on a claim's stated words is the PDF's "(EN)"
    from pypdf import PdfReader

    text = "\n".join(p.extract_text() for p in PdfReader(polish_report / "report.pdf").pages)
    rows = [ln for ln in text.splitlines() if "lack natural barriers" in ln]
    assert rows and all("(EN) lack natural barriers" in ln for ln in rows), rows
