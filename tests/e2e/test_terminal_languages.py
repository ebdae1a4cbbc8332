"""The terminal in Polish, as a user runs it (the console script at 80 columns): no line of
English left in ``estimate --details``, ``factcheck`` (claims files and an article) and
``models``, outside what the output itself marks as quoted or as written:

- text between typographic quotes “…” (a claim's quote, a scenario's or a source's title);
- a paragraph the output marks as the checker's English annotation (``[in English] ...`` in the
  reader's words, from the catalogue) with its continuation lines;
- the citation column of a table (its header is the catalogue's word for "source");
- identifiers (TOML keys with ``_`` or ``.``: ``clearance.cost_per_deminer_year``) and URLs.

A line holding two or more common English words (``ENGLISH``) anywhere else fails.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_languages import EXAMPLES, run

from minebelt import i18n

pytestmark = pytest.mark.slow

#: Common English words: a line holding two of them is English left untranslated.
ENGLISH = frozenset("the and of with years mines would from per each which not".split())
_QUOTED = re.compile(r"\u201c.*?\u201d", re.S)
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
    """The lines holding two or more of :data:`ENGLISH`'s words outside what is marked."""
    out = []
    for ln in outside_quotes(text, lang):
        words = [
            w.strip(".").lower() for w in re.findall(r"[A-Za-z_.]+", ln) if "_" not in w and "." not in w.strip(".")
        ]
        if sum(w in ENGLISH for w in words) >= 2:
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
    ],
    ids=lambda a: " ".join(Path(str(x)).name for x in a),
)
def test_no_english_line_in_polish(args: tuple[object, ...]) -> None:
    p = run(*args, "--lang", "pl")
    assert p.returncode == 0, p.stderr
    assert english_lines(p.stdout) == [], "\n".join(english_lines(p.stdout))
