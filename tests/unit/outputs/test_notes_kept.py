"""No English note text is lost in a translated row, and an article's row says nothing twice.

A reader of another language gets the verdict's sentence and the checker's own sentences in
their words and the claims file's note as written (marked as English). Every sentence of the
note must reach the reader: the verdict sentence's pattern once swallowed a note that opened
with a quote ('Land border' read as ...). In article mode a drafted claim that is one of a
bundled claims file's claims carries that file's note after the drafted sentences it does not
say again (a drafted reading and the file's said the same twice). The seed articles stay outside the repository; without them their
rows are left out (the claims files are always checked)."""

from __future__ import annotations

import itertools
import re
import tomllib
from pathlib import Path

import pytest
from conftest import EXAMPLES

LANGS = ["uk", "pl", "fi", "et", "lv", "lt"]
_SENTENCE = re.compile(r"(?<=\.)\s+")


def _seed_articles() -> list[tuple[Path, str]]:
    from test_extract_seeds import _bench

    bench = _bench()
    folder = bench.seeds_dir(None)
    if folder is None:
        return []
    return [(sorted(folder.glob(f"{prefix}*.txt"))[0], source) for source, prefix in bench.SOURCES.items()]


@pytest.fixture(scope="module")
def rows() -> list[tuple[str, dict, str]]:
    """``(where, checked row, the note its claim carries)`` of every row of both claims files and
    of the seed articles' drafts."""
    from minebelt.cli.factcheck import _check_article
    from minebelt.factcheck import check_file
    from minebelt.factcheck.article import with_bundled
    from minebelt.factcheck.extract import extract

    out = []
    for name in ("seed-claims.toml", "national-plans-claims.toml"):
        notes = {c["id"]: str(c.get("note", "")) for c in tomllib.loads((EXAMPLES / name).read_text())["claims"]}
        out += [(name, r, notes[r["id"]]) for r in check_file(EXAMPLES / name)["claims"]]
    for path, source in _seed_articles():
        text = path.read_text(encoding="utf-8")
        draft = extract(text, source=source)
        _sources, claims = with_bundled(draft.source, draft.headline, text, list(draft.claims))
        notes = {str(c["id"]): str(c.get("note", "")) for c in claims}
        out += [(source, r, notes.get(r["id"], "")) for r in _check_article(str(path))["claims"]]
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_every_sentence_of_a_note_reaches_the_reader(rows, lang) -> None:
    from minebelt.i18n import language
    from minebelt.outputs.local_plans import explanation_parts

    lost = []
    with language(lang):
        for where, c, note in rows:
            _generated, shown, _closing = explanation_parts(c)
            lost += [(where, c["id"], s) for s in _SENTENCE.split(note.strip()) if s and s not in shown]
    assert not lost


def test_a_translated_reading_says_what_it_reads() -> None:
    """'Odczytano jako poniżej 50%' alone never says of what: the reading's subject is in it."""
    from minebelt.factcheck import check_file
    from minebelt.i18n import language
    from minebelt.outputs.claim_words import lead

    row = {r["id"]: r for r in check_file(EXAMPLES / "seed-claims.toml")["claims"]}["s0-est-no-natural-barriers"]
    with language("pl"):
        said = lead(row)
    assert said.startswith("Odczytano jako poniżej 50% (mniej niż połowa granicy Estonii z Rosją")


def _words(sentence: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", sentence.lower()) if len(w) > 3}


def test_an_article_row_says_nothing_twice(rows) -> None:
    """Two sentences of one row say the same when nearly all the words of the shorter are in the
    other (or both open with 'Read as'); the figures set beside it (``Measured:``, ``For
    context:``) may name what a note names."""
    articles = [c for where, c, _note in rows if not where.endswith(".toml")]
    if not articles:
        pytest.skip("seed articles not found (../shared/seeds beside the repository)")
    twice = []
    for c in articles:
        sentences = [s for s in re.split(r"(?<=\.)\s+(?=[A-Z'(])", str(c.get("explanation") or "")) if s]
        for a, b in itertools.combinations(sentences, 2):
            if a.startswith(("Measured:", "For context:")) or b.startswith(("Measured:", "For context:")):
                continue
            wa, wb = _words(a), _words(b)
            near = bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.85
            if near or (a.startswith("Read as") and b.startswith("Read as")):
                twice.append((c["id"], a, b))
    assert not twice


def test_a_day_in_a_row_is_written_as_the_header_writes_it() -> None:
    """'obok 2025-12-27' under a header dated '19 lutego 2026' mixes two ways of writing a day."""
    from minebelt.i18n import language
    from minebelt.outputs.claim_words import value

    with language("pl"):
        assert value("2025-12-27", "date") == "27 grudnia 2025"
        assert value("2025-06", "date") == "2025-06"  # a month is not a day
    with language("en"):
        assert value("2025-12-27", "date") == "2025-12-27"


@pytest.mark.parametrize("lang", LANGS)
def test_each_part_of_the_holds_summary_has_its_verb(lang) -> None:
    """'1 (model: własne obliczenia artykułu …)' says nothing of the one claim: it holds."""
    from minebelt.i18n import language
    from minebelt.outputs.verdicts import holds_by_kind

    by = "the article's own arithmetic on its own border lengths"
    claims = [{"verdict": "holds", "kind": "model", "by": by}]
    with language(lang):
        one = holds_by_kind(claims)
        alone = holds_by_kind([{"verdict": "holds", "kind": "fact"}])
    verb = alone.rstrip(".").split()[-1]  # the last word of "1 fakt się potwierdza": the fact's verb
    assert verb in one.split(":", 1)[1] and ": 1 (" not in one
