"""The terminal in every reader's language, as a user runs it (the console script at 80 columns): no line of
English left in ``estimate --details``, ``factcheck`` (claims files and an article),
``models`` and ``calibrate``, outside what the output itself marks as quoted or as written:

- text between quotation marks, English “…” or the reader's („…”, «…», ”…”: a claim's quote, a
  scenario's or a source's title, a claims file's label);
- a paragraph the output marks as the checker's English annotation (``[in English] ...`` in the
  reader's words, from the catalogue) with its continuation lines;
- the citation column of a table (its header is the catalogue's word for "source");
- identifiers (TOML keys with ``_`` or ``.``: ``clearance.cost_per_deminer_year``) and URLs.

A line holding two or more common English words (``english_words``: not words of the
reader's language) anywhere else fails.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ungrouped
from english_words import english_words
from rich.cells import cell_len
from test_languages import EXAMPLES, run

from minebelt import i18n

pytestmark = pytest.mark.slow

#: Quoted text in any reader's marks (CLDR's): “…” (en, lv), „…” (pl), „…“ (et, lt), «…» (uk),
#: ”…” (fi: the same mark opens and closes).
_QUOTED = re.compile(r"\u201c.*?\u201d|\u201e.*?[\u201d\u201c]|\u00ab.*?\u00bb|\u201d.*?\u201d", re.S)
_URL = re.compile(r"https?://\S+")


def _source_column(lines: list[str], header: str) -> int | None:
    """The index of the table column headed ``header`` (cells split on the box's bars)."""
    for ln in lines:
        if "\u2503" in ln:  # the heavy bar of a rich table's header row
            cells = [c.strip() for c in ln.split("\u2503")]
            if header in cells:
                return cells.index(header)
    return None


def outside_quotes(text: str, lang: str) -> list[str]:
    """The lines of ``text`` with what the output marks as quoted or as written taken out."""
    with i18n.language(lang):
        marker = i18n.gettext("[in English] %(note)s") % {"note": ""}
        source = i18n.gettext("source")
    lines = text.splitlines()
    column = _source_column(lines, source)
    kept: list[str] = []
    annotation: int | None = None  # the indent of an English annotation being skipped
    for ln in lines:
        indent = len(ln) - len(ln.lstrip())
        if annotation is not None and ln.strip() and indent > annotation:
            continue
        annotation = None
        if marker.strip() and ln.strip().startswith(marker.strip()):
            annotation = indent
            continue
        if column is not None and ("\u2502" in ln or "\u2503" in ln):
            cells = re.split("[\u2502\u2503]", ln)
            ln = "|".join(c for i, c in enumerate(cells) if i != column)
        kept.append(ln)
    body = _URL.sub("", _QUOTED.sub("", "\n".join(kept)))
    return body.splitlines()


def english_lines(text: str, lang: str = "pl") -> list[str]:
    """The lines holding two or more common English words (not words of ``lang``) outside what
    is marked."""
    out = []
    common = english_words(lang)
    for ln in outside_quotes(text, lang):
        words = [
            w.strip(".").lower() for w in re.findall(r"[A-Za-z_.]+", ln) if "_" not in w and "." not in w.strip(".")
        ]
        if sum(w in common for w in words) >= 2:
            out.append(ln)
    return out


def test_the_guard_sees_english_and_skips_what_is_marked() -> None:
    text = "\n".join(
        [
            "Koszt: 13 mld USD",
            "  mines at 2026 prices, not adjusted",
            "    \u201cThe article's own words, as the journalist wrote them\u201d",
            "    [po angielsku] The checker's note, written in English",
            "      and its continuation with the years of the clearance",
            "  clearance.cost_per_deminer_year = 20 170 USD na rok pracy sapera",
        ]
    )
    assert english_lines(text) == ["  mines at 2026 prices, not adjusted"]


@pytest.mark.parametrize(
    "args",
    [
        ("estimate", EXAMPLES / "eastern-flank-full.toml", "--details"),
        ("factcheck", EXAMPLES / "seed-claims.toml", "--all"),
        ("factcheck", EXAMPLES / "national-plans-claims.toml", "--all"),
        ("factcheck", "--article", EXAMPLES / "article-belt.txt", "--all"),
        ("models",),
        ("compare", EXAMPLES / "eastern-flank-full.toml", EXAMPLES / "eastern-flank.toml"),
        ("atlas", "-c", "EST", "-c", "LVA"),
        ("calibrate", EXAMPLES / "eastern-flank-full.toml"),
    ],
    ids=lambda a: " ".join(Path(str(x)).name for x in a),
)
@pytest.mark.parametrize("lang", i18n.LANGS[1:])
def test_no_english_line(args: tuple[object, ...], lang: str, tmp_path: Path) -> None:
    # the atlas measures what its cache lacks: into a cache of the test's own
    p = run(*args, "--lang", lang, env={"MINEBELT_CACHE_DIR": str(tmp_path)} if args[0] == "atlas" else None)
    assert p.returncode == 0, p.stderr
    assert english_lines(p.stdout, lang) == [], "\n".join(english_lines(p.stdout, lang))
    # one grouping rule in every language (minebelt.numbers): no figure of four digits ungrouped
    assert [ln for ln in outside_quotes(p.stdout, lang) if ungrouped(ln)] == []
    # 80 columns, in display cells
    assert [ln for ln in p.stdout.splitlines() if cell_len(ln) > 80] == []


def _annotations(text: str, lang: str = "pl") -> list[str]:
    """The paragraphs the output marks as written in English (``[in English] ...`` and its
    continuation lines), each as one line of single spaces, without the marker."""
    with i18n.language(lang):
        marker = i18n.gettext("[in English] %(note)s") % {"note": ""}
    out: list[str] = []
    indent: int | None = None
    for ln in text.splitlines():
        here = len(ln) - len(ln.lstrip())
        if indent is not None and ln.strip() and here > indent:
            out[-1] += " " + ln.strip()
            continue
        indent = None
        if ln.strip().startswith(marker.strip()):
            indent = here
            out.append(ln.strip()[len(marker.strip()) :].strip())
    return out


def test_only_claims_file_notes_stay_in_english() -> None:
    """A plan's explanation in Polish: every sentence minebelt generates (what the plan implies,
    the figure beside it, why no ratio is given, the price years, the exchange rates, the closing
    rule) is in Polish, and so are the bundled file's notes (catalogue messages); what may stay
    in English, marked, is a claims file's own ``note``, as written."""
    import tomllib

    path = EXAMPLES / "national-plans-claims.toml"
    notes = [" ".join(str(c.get("note", "")).split()) for c in tomllib.loads(path.read_text("utf-8"))["claims"]]
    p = run("factcheck", path, "--all", "--lang", "pl")
    assert p.returncode == 0, p.stderr
    said = _annotations(p.stdout)
    # a bundled file's notes are catalogue messages: shown in Polish, not marked English
    with i18n.language("pl"):
        local = i18n.pgettext("claims-file note", "Belma's chief executive on Poland's demand for mines of all types.")
    assert local.startswith("Prezes Belmy") and local in " ".join(p.stdout.split()), p.stdout
    for text in said:
        assert any(text in n for n in notes if n), text
    for english in (
        "What it implies",
        "Beside it,",
        "No ratio is given",
        "Costed in",
        "Converted at",
        "cannot be refuted",
    ):
        assert not any(english in t for t in said), english
    flat = " ".join(p.stdout.split())  # the lines as wrapped at 80 columns, joined
    assert "Co z tego wynika: " in flat and "nie może obalić" in flat
    assert "\u201eWschodnia flanka, pełny obraz (z niepewnością)\u201d" in flat  # a bundled example's name
