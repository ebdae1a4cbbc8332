"""The fact-checker's citations name the document they rest on: its own page (not a site's home
page), one document per citation, its dates as the document gives them, and the same sourced
figure in both modes (a claims file and an article's drafted claims)."""

from __future__ import annotations

import functools
import re

from conftest import EXAMPLES

from minebelt.model import sourcing

#: Sites whose home page stood in for an article's own address.
HOME_PAGES = ("hrw.org", "the-monitor.org", "eduskunta.fi", "global.espreso.tv")


def _citations() -> list[sourcing.Citation]:
    import importlib
    import pkgutil

    import minebelt.model as model

    out = []
    for m in pkgutil.iter_modules(model.__path__):
        mod = importlib.import_module(f"minebelt.model.{m.name}")
        out += [v for v in vars(mod).values() if isinstance(v, sourcing.Citation)]
    return out


@functools.cache
def _article(name: str) -> dict:
    from minebelt.factcheck.article import check_draft
    from minebelt.factcheck.extract import extract, read_article

    path = EXAMPLES / name
    text = read_article(str(path))
    return check_draft(extract(text, source=path.name), text, name)


@functools.cache
def _seed_rows() -> dict[str, dict]:
    from minebelt.factcheck import check_file

    return {r["id"]: r for r in check_file(EXAMPLES / "seed-claims.toml")["claims"]}


def test_no_citation_points_at_a_home_page_without_saying_so():
    for c in _citations():
        host = re.fullmatch(r"https?://(?:www\.)?([^/]+)/?", c.url or "")
        if host and host[1] in HOME_PAGES:
            assert "home page only" in c.locator, (c.key, c.url)


def test_the_convention_text_says_where_it_was_read():
    from minebelt.model.facts_sources import OTTAWA_CONVENTION

    assert "garant.ru" in OTTAWA_CONVENTION.url
    assert OTTAWA_CONVENTION.publisher.startswith("Russian translation, via base.garant.ru"), OTTAWA_CONVENTION


def test_the_parties_rows_cite_each_document_on_its_own():
    rows = _seed_rows()
    for cid in ("s1-parties-all-eu", "s1-parties-nato-except-us"):
        titles = [c["title"] for c in rows[cid]["citations"]]
        assert "Landmine Monitor 2020, Ban Policy" in titles, titles
        assert any(t.startswith("Landmine Monitor 2024") for t in titles), titles
        assert any(t.startswith("Landmine Monitor 2025") for t in titles), titles
        assert all(";" not in c["publisher"] for c in rows[cid]["citations"] if "2020" in c["title"]), rows[cid]


def test_an_article_rests_on_dated_documents_as_of_a_full_date():
    doc = _article("article-belt.txt")
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc["as_of"] or ""), doc["as_of"]
    dated = [c["date"] for r in doc["claims"] for c in r["citations"] if c.get("date")]
    assert doc["as_of"] == max(dated), (doc["as_of"], dated)


def test_the_entry_into_force_is_one_date_in_both_modes():
    row = _seed_rows()["s0-treaty-in-force-1997"]
    assert row["computed"] == "1999-03-01" and row["computed_text"] == "1999-03-01", row
    assert row["verdict"] == "does-not-hold"


def test_a_range_of_sourced_figures_prints_each_end_as_its_source_gives_it():
    row = _seed_rows()["s1-dmz-114-km2"]
    assert row["computed_text"] == "112.58\u2013117.82 km\u00b2", row["computed_text"]
    assert "117.82 km\u00b2 (National Defense Committee" in row["explanation"]


def test_the_mile_line_says_which_countries_it_counts():
    rows = _seed_rows()
    line = rows["s0-2000-mile-line"]["explanation"]
    assert "Finland is counted because the article names it among the five" in line
    assert "without Finland, rivers and lakes included" in line
    assert "Finland decided no defence line" in rows["s0-decided-to-build-mine-line"]["explanation"]


def test_the_claims_guide_takes_its_figures_from_the_code_and_dates_a_relay_as_one():
    from conftest import ROOT

    text = (ROOT / "docs" / "claims.md").read_text(encoding="utf-8")
    bare = re.sub(r"<!-- readme-value: .+? -->.*?<!-- /readme-value -->", "", text, flags=re.S)
    for typed in ("1,328 km", "1,226 km", "2,828 km", "4.69 times"):
        assert typed not in bare, typed
    assert "Mikkonen, Finnish Army, as Yle reported\nit, relayed by Gazeta.ru on 26 August 2025" in text
