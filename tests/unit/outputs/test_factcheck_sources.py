"""A claim's own source in its row's citations, state media by the host of every citation, and
reader text without internal codes or ungrouped figures."""

from __future__ import annotations

import functools

import pytest


@functools.cache
def _doc(name: str) -> dict:
    from conftest import EXAMPLES

    from minebelt.factcheck import check_file

    return check_file(EXAMPLES / name)


def _rows(name: str) -> dict[str, dict]:
    return {r["id"]: r for r in _doc(name)["claims"]}


def test_a_sources_line_is_read_loosely_one_citation_per_document():
    from minebelt.factcheck.provenance import parse_sources

    got = parse_sources(
        [
            "Bejda 2025: European Pravda, 2025-03-19, citing RMF24 (2025-03-18), https://www.pravda.com.ua/eng/x/",
            "Two 2024: Office, 2024-05-18, https://a.example/1; PAP, 2024-05-27, https://b.example/2",
            "no name here",
        ]
    )
    assert set(got) == {"Bejda 2025", "Two 2024"}
    (b,) = got["Bejda 2025"]
    # without a title in curly quotes, the publisher names it: the name is a key, not for readers
    assert (b.title, b.publisher, b.date, b.url) == (
        "European Pravda",
        "European Pravda",
        "2025-03-19",
        "https://www.pravda.com.ua/eng/x/",
    )
    assert [(c.publisher, c.date, c.url) for c in got["Two 2024"]] == [
        ("Office", "2024-05-18", "https://a.example/1"),
        ("PAP", "2024-05-27", "https://b.example/2"),
    ]


def test_a_claims_own_source_is_in_its_row_once_and_the_as_of_follows():
    rows = _rows("national-plans-claims.toml")
    bejda = rows["pol-ap-mines-up-to-1m"]["citations"]
    assert bejda[0]["title"] == "European Pravda" and "pravda.com.ua" in bejda[0]["url"]
    for r in rows.values():
        urls = [c["url"] for c in r["citations"]]
        keys = [(c["title"], c["publisher"], c["date"], c["url"]) for c in r["citations"]]
        assert r["citations"] and len(set(keys)) == len(keys) and len(set(urls)) == len(urls), r["citations"]
    dates = [c["date"] for r in rows.values() for c in r["citations"] if c["date"][:1].isdigit()]
    assert _doc("national-plans-claims.toml")["as_of"] == max(dates)


def test_a_claim_reported_by_state_media_says_so():
    fin = _rows("national-plans-claims.toml")["fin-ap-mines-about-1m"]
    assert any("gazeta.ru" in c["url"] for c in fin["citations"])
    assert "The claim is known only from Gazeta.ru" in fin["explanation"], fin["explanation"]
    assert "Sberbank" in fin["explanation"]


@pytest.mark.parametrize(
    "url",
    [
        "https://www.gazeta.ru/a",
        "https://lenta.ru/a",
        "https://rg.ru/a",
        "https://www.rt.com/a",
        "https://sputnikglobe.com/a",
        "https://sputniknews.com/a",
        "https://iz.ru/a",
        "https://www.belta.by/a",
        "https://www.sb.by/a",
    ],
)
def test_state_media_are_known_by_host(url):
    from minebelt.model.sourcing import Citation, state_media

    assert state_media(Citation("k", "t", "p", "2025", url))
    assert not state_media(Citation("k", "t", "p", "2025", url.replace("://", "://x.example/")))


def test_a_forecasts_sourced_outcome_is_not_judged():
    ukr = _rows("seed-claims.toml")["s1-coalition-ukr"]
    assert ukr["verdict"] == "stated"
    assert "not as stated" not in ukr["explanation"] and "; as stated" not in ukr["explanation"]


def test_a_plans_short_line_sets_the_figure_beside_it():
    from minebelt.outputs import claim_words as CW

    pol = _rows("national-plans-claims.toml")["pol-ap-mines-up-to-1m"]
    assert CW.stated_computed(pol).startswith("stated up to 1 million mines; beside it (by minebelt's model of ")
    assert "; computed " not in CW.stated_computed(pol)


def test_reader_text_has_grouped_densities_and_no_internal_codes():
    import json

    for name in ("national-plans-claims.toml", "seed-claims.toml"):
        text = json.dumps(_doc(name), ensure_ascii=False)
        assert "6000 to 12000" not in text and "12000 mines" not in text
        assert "seed 001 names" not in text and "EST-RUS + " not in text
    assert "6,000 to 12,000 mines/km²" in json.dumps(_doc("national-plans-claims.toml"), ensure_ascii=False)


def test_a_quoted_title_in_a_sources_line_is_the_citations_title():
    from minebelt.factcheck.provenance import parse_sources

    (c,) = parse_sources(["s: toutiao.com, \u201cComing? Five, urgently 1997\u201d, 2025-10-07, https://t.example/1"])[
        "s"
    ]
    assert (c.title, c.publisher, c.date, c.url) == (
        "Coming? Five, urgently 1997",
        "toutiao.com",
        "2025-10-07",
        "https://t.example/1",
    )


def test_every_seed_claim_cites_the_article_it_is_quoted_from_first():
    articles = {
        "seed-000": ("toutiao.com", "2025-10-07", "https://www.toutiao.com/article/1845315676788736/"),
        "seed-001": ("global.espreso.tv", "2025-07-07", "https://www.uanews.net/en/post/109746-"),
    }
    for r in _rows("seed-claims.toml").values():
        publisher, date, url = articles[r["source"]]
        own = r["citations"][0]
        assert (own["publisher"], own["date"]) == (publisher, date) and own["url"].startswith(url), (r["id"], own)
        assert not own["title"].startswith("seed-"), own  # a title, never the file's own name for it
        # the article once, even where a figure rests on it at another address
        assert sum(c["title"] == own["title"] for c in r["citations"]) == 1, (r["id"], r["citations"])


@pytest.mark.parametrize("name", ["seed-claims.toml", "national-plans-claims.toml"])
def test_no_source_key_reaches_a_reader(name):
    """A ``sources`` name ("Mikkonen 2025", "seed-001") is a key: no row's reader text or
    citation title shows it."""
    import tomllib

    from conftest import EXAMPLES

    keys = [str(x).partition(": ")[0] for x in tomllib.loads((EXAMPLES / name).read_text())["sources"]]
    for r in _doc(name)["claims"]:
        text = " ".join(str(r.get(k, "")) for k in ("stated_text", "computed_text", "explanation", "verdict_text"))
        text += " ".join(c["title"] for c in r["citations"])
        assert not [k for k in keys if k in text], (r["id"], text)


def test_a_stock_target_is_set_beside_the_belt_as_a_ratio_like_a_purchase():
    """One rule for a stated count of anti-personnel mines (Finland's stock target, Poland's
    purchase): a ratio to the model's mines, with what the land front implies per km."""
    for key in ("fin-ap-mines-about-1m", "pol-ap-mines-up-to-1m"):
        row = _rows("national-plans-claims.toml")[key]
        assert row["verdict"] == "stated"
        assert "the stated figure is" in row["explanation"], key
        assert "No ratio is given: the scopes differ" not in row["explanation"], key


def test_a_bound_over_a_bound_is_worded_as_one():
    text = _rows("national-plans-claims.toml")["est-bunkers-eur-60m"]["explanation"]
    assert "What it implies: at most about EUR 100,000 per bunker if all 600 are built." in text


def _dates(cited: str, date: str) -> bool:
    """``date`` is a citation's date, or lies within its span (``2024-03-06 to 2026-01-14``)."""
    if date in cited:
        return True
    ends = cited.split(" to ")
    return len(ends) == 2 and ends[0][: len(date)] <= date <= ends[1][: len(date)]


@pytest.mark.parametrize("name", ["seed-claims.toml", "national-plans-claims.toml"])
def test_every_dated_source_a_row_names_is_cited_and_dates_the_check(name):
    """ "(Finnish Army, 2026-01-14)" in a row's text: that document is in its citations, and the
    document's ``as_of`` is not older than it."""
    import re

    doc = _doc(name)
    for r in doc["claims"]:
        for said, date in re.findall(r"\(([^()]*?), (\d{4}(?:-\d{2}){0,2})\)", r["explanation"]):
            if said.endswith("P. Bejda"):
                continue  # his words on RMF FM of 2025-03-18 are cited through their report of the 19th
            assert any(_dates(c["date"], date) for c in r["citations"]), (r["id"], said, date, r["citations"])
            assert doc["as_of"] >= date, (r["id"], date)


def test_a_span_of_dates_counts_by_its_newest_and_an_access_date_not_at_all():
    from minebelt.factcheck.provenance import as_of

    rows = [{"citations": [{"date": "2024-03-06 to 2025-05-05"}, {"date": "undated (accessed 2026-11)"}]}]
    assert as_of(rows) == "2025-05-05"


def test_an_articles_head_gives_its_headline_and_its_date_or_none():
    from minebelt.factcheck.extract import article_header

    assert article_header(
        "Deterring Russia: what Korea teaches us\n\nglobal.espreso.tv\nMon, 07 Jul 2025 16:21:00 +0300\n"
    ) == (
        "Deterring Russia: what Korea teaches us",
        "2025-07-07",
    )
    assert article_header("Five NATO countries urgently withdraw, building a line\n\nOctober 7th report, ...")[1] == ""


def test_every_row_drafted_from_an_article_cites_the_article():
    from minebelt.factcheck import check_file
    from minebelt.factcheck.extract import extract

    text = "Deterring Russia: how many mines are needed\nMon, 07 Jul 2025 16:21:00 +0300\n\nThe Finnish border is about 1,300 km long."
    draft = extract(text, source="a.txt")
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as d:
        (Path(d) / "c.toml").write_text(draft.to_toml(), encoding="utf-8")
        doc = check_file(Path(d) / "c.toml")
    assert doc["claims"] and all(r["citations"][0]["date"] == "2025-07-07" for r in doc["claims"])
    assert doc["as_of"] >= "2025-07-07"


def test_drafted_notes_name_countries_and_round_figures():
    """Reader text of a draft: country names, not ISO codes; figures through minebelt.numbers."""
    from minebelt.factcheck.extract import extract

    text = (
        "Mines on the border\n\nFinland has the longest border with Russia of any NATO country. "
        "A belt 2 km deep along 300 km at 12,000 mines per square kilometer would need 7.2 million mines. "
        "That would double the figure to 14.4 million."
    )
    notes = " ".join(str(c.get("note", "")) for c in extract(text, "x").claims)
    assert "with Russian Federation: Estonia, Lithuania, Latvia, Norway, Poland." in notes
    assert "14.4 million over the 7.2 million it gave before" in notes
    assert "RUS" not in notes and "7200000" not in notes


def test_a_heading_glued_to_a_sentence_is_split_from_it():
    from minebelt.factcheck.extract.text import split_sentences

    got = split_sentences("Security belt: mines on NATO’s eastern flankThe Demilitarized Zone stretches for 250 km.")
    assert got == ["Security belt: mines on NATO’s eastern flank", "The Demilitarized Zone stretches for 250 km."]


@pytest.mark.parametrize(
    ("claim", "publisher", "url"),
    [
        # the outlet that published the page, citing the Border Guard: "Polish Border Guard, as bstok.pl ... 418 km"
        ("s1-pol-400-km-border", "bstok.pl, citing the Polish Border Guard", "bstok.pl"),
        ("s0-finland-1300-km", "thisisFINLAND", "finland.fi"),  # "1,340 km (Finland's foreign ministry, thisisFINLAND)"
        ("s1-fin-1300-km", "thisisFINLAND", "finland.fi"),
        # "248 km (Gyeonggi Province's DMZ portal, undated; ...)"
        ("s1-dmz-250-km", "Gyeonggi Province DMZ portal", "dmz.gg.go.kr"),
    ],
)
def test_an_undated_source_named_with_its_figure_is_cited_undated(claim, publisher, url):
    cites = _rows("seed-claims.toml")[claim]["citations"]
    (c,) = [c for c in cites if url in c["url"]]
    assert c["publisher"].startswith(publisher)
    assert c["date"].startswith("undated")


def test_an_outlet_citing_a_source_is_the_publisher_and_names_both():
    """A page on a news site that cites an authority is published by the site: "bstok.pl,
    citing the Polish Border Guard", with the page's date (a PAP report on wnp.pl: 2021-12)."""
    cites = _rows("seed-claims.toml")["s1-pol-400-km-border"]["citations"]
    by_url = {c["url"].split("/")[2]: c for c in cites}
    assert by_url["www.bstok.pl"]["publisher"] == "bstok.pl, citing the Polish Border Guard (Stra\u017c Graniczna)"
    assert by_url["www.wnp.pl"]["publisher"] == "wnp.pl (PAP), citing the Polish Border Guard (Stra\u017c Graniczna)"
    assert by_url["www.wnp.pl"]["date"] == "2021-12"
    assert not any(c["publisher"].startswith("Polish Border Guard") for c in cites)


def test_a_publisher_named_with_another_figure_is_not_cited():
    from minebelt.factcheck.provenance import figures_named, parse_sources

    known = parse_sources(["PBG: Polish Border Guard, 418 km with Belarus, undated, https://a.example/1"])
    assert [c.url for c in figures_named("Polish Border Guard: 418 km, of which 171 along the Bug.", known)] == [
        "https://a.example/1"
    ]
    assert figures_named("Polish Border Guard: 186 km of fence.", known) == []  # the figure differs
    assert figures_named("Lithuanian Border Guard: 418 km.", known) == []  # the publisher differs
    (c,) = known["PBG"]
    assert c.date == "undated"


@pytest.mark.parametrize(
    ("publisher", "url", "rests_on", "also"),
    [
        ("TASS", "https://menafn.com/x", "TASS, the Russian state news agency", []),  # named, on another address
        ("Sputnik International", "", "Sputnik, Russian state media", []),
        ("European Pravda, citing RMF24", "https://www.pravda.com.ua/eng/x", "", []),  # not the 'Pravda' network
        ("Ukrainska Pravda, quoting a minister via Interfax-Ukraine", "", "", []),
        (
            "MENAFN, citing Poland's public broadcaster; also glob-news.com and TASS (2025-06-26)",
            "https://menafn.com/x",
            "",
            ["TASS, the Russian state news agency"],
        ),
        (
            "The Geopost (2025-05-07); also babel.ua and news-pravda, relaying the Ministry's statement",
            "https://thegeopost.com/x",
            "",
            ["news-pravda, a relay site of the pro-Kremlin 'Pravda' network"],
        ),
        (
            "RIA FAN; also TASS",
            "https://riafan.ru/x",
            "RIA FAN, a Russian pro-Kremlin outlet",
            ["TASS, the Russian state news agency"],
        ),
    ],
)
def test_state_media_are_flagged_by_the_publishers_name_too(publisher, url, rests_on, also):
    from minebelt.model.sourcing import Citation, state_media, state_media_also

    c = Citation(key="k", title="t", publisher=publisher, date="2025", url=url)
    assert state_media(c) == rests_on
    assert state_media_also(c) == also


def test_every_state_outlet_says_whose_list_names_it():
    from minebelt.model.sourcing import STATE_MEDIA, STATE_MEDIA_LISTED, STATE_MEDIA_NAMES

    assert set(STATE_MEDIA_LISTED) == set(STATE_MEDIA)
    assert all(STATE_MEDIA_LISTED[k].strip() for k in STATE_MEDIA)
    assert set(STATE_MEDIA_NAMES.values()) <= set(STATE_MEDIA)
    assert "Council of the EU" in STATE_MEDIA_LISTED["rt.com"] and "VIGINUM" in STATE_MEDIA_LISTED["news-pravda.com"]


def test_a_state_outlet_named_beside_the_source_is_said_without_refuting():
    r = _rows("seed-claims.toml")["s1-poland-sejm-june"]
    assert r["verdict"] == "holds"  # MENAFN, citing Poland's public broadcaster: not state media alone
    assert "Also reported by TASS, the Russian state news agency: state" in r["explanation"]


def test_a_state_outlet_named_beside_the_source_is_said_in_the_readers_words():
    from minebelt.i18n import language
    from minebelt.outputs.local_state_media import split_state_media

    text = (
        "Sourced date 2025-06-25, as stated. Also reported by TASS, the Russian state "
        "news agency; news-pravda, a relay site of the pro-Kremlin 'Pravda' network: state or state-aligned media, "
        "not what the figure rests on."
    )
    with language("pl"):
        rest, said = split_state_media(text)
    assert rest == "Sourced date 2025-06-25, as stated."
    (line,) = said
    assert "Also reported" not in line and "TASS" in line and "news agency" not in line


def test_the_decided_lines_say_why_a_border_fence_is_not_a_mine_defence_line():
    """minebelt's own data cite Finland's decided fence (Associated Press, 2022-11-15) and
    Poland's 2022 wall: the count of decided lines says why neither is a 'mine defense line'."""
    row = _rows("seed-claims.toml")["s0-decided-to-build-mine-line"]
    assert row["computed"] == [3.0, 4.0] and row["verdict"] == "does-not-hold"
    text = row["explanation"]
    assert "Finland decided no line" not in text
    assert "border fence (at most 200 km" in text and "Poland's 2022 wall" in text
    assert "not counted as a 'mine defense line'" in text
    assert any(c["publisher"] == "Associated Press" and c["date"] == "2022-11-15" for c in row["citations"])
