"""A fact-checker's open points: words that state no figure are shown as written and judged on a
reading said to be minebelt's; overlapping ranges are not refuted; ``deviation`` is the distance
from a claim to a range; an article's own choices are its own arithmetic; the DMZ's area holds on
a named, cited figure."""

from __future__ import annotations

import functools

import pytest

from minebelt.errors import InputError


@functools.cache
def _seed() -> dict[str, dict]:
    from conftest import EXAMPLES

    from minebelt.factcheck import check_file

    return {r["id"]: r for r in check_file(EXAMPLES / "seed-claims.toml")["claims"]}


def _rows(tmp_path, body: str) -> dict:
    from minebelt.factcheck import check_file

    p = tmp_path / "c.toml"
    p.write_text(body, encoding="utf-8")
    return {r["id"]: r for r in check_file(p)["claims"]}


# ------------------------------------------------------------------ words that state no figure


def test_estonias_natural_barriers_show_the_articles_words_the_data_and_the_geometry():
    r = _seed()["s0-est-no-natural-barriers"]
    assert r["stated"] == r["stated_text"] == "lack natural barriers"  # never "under 50 %": the article gives no figure
    assert r["reading"] == {
        "qualifier": "under",
        "value": 0.5,
        "as": "under half of Estonia's border with Russia on a river or a lake",
    }
    assert (r["kind"], r["verdict"], r["computed_text"]) == ("fact", "does-not-hold", "60 %")
    text = r["explanation"]
    assert text.startswith("The article gives no figure (\u201clack natural barriers\u201d)")
    assert "minebelt's reading, not the article's figure" in text
    for said in ("76.4 km along the Narva River", "124.2 km on Lake Peipsi", "200.6 of the border's 336.2 km"):
        assert said in text  # the Border Guard's own figures (LETA/BNS, 2018)
    assert "203 of 338.6 km" in text and "not found at a source" in text
    assert "minebelt's own geometry (the bundled OpenStreetMap border, rivers and lakes) 60 %" in text
    assert any("LETA" in c["title"] or "Baltic Course" in c["publisher"] for c in r["citations"]), r["citations"]


@pytest.mark.parametrize(
    ("value", "verdict", "said"),
    [(0.7, "holds", "within that reading"), (0.5, "does-not-hold", "not under 50 %")],
)
def test_a_reading_judges_the_words_and_says_it_is_minebelts(tmp_path, value, verdict, said):
    rows = _rows(
        tmp_path,
        f"""
[[claims]]
id = "w"
quote = "the border lacks natural barriers"
stated = "lacks natural barriers"
unit = "share"
reading = {{ qualifier = "under", value = {value}, as = "under the share on water" }}
compute = {{ expr = "r / t", refs = {{ r = "const:EST_RUS_BORDER_RIVER_KM", t = "const:EST_RUS_BORDER_LAND_KM" }} }}
""",
    )
    r = rows["w"]
    assert r["verdict"] == verdict and r["stated_text"] == "lacks natural barriers", r
    assert said in r["explanation"] and "minebelt's reading, not the article's figure" in r["explanation"]


@pytest.mark.parametrize(
    ("reading", "key"),
    [
        ('{ qualifier = "under", value = "half", as = "x" }', "reading.value"),
        ('{ qualifier = "before", value = 0.5, as = "x" }', "reading.qualifier"),
        ('{ qualifier = "under", value = 0.5 }', "reading.as"),
        ('{ qualifier = "under", value = 0.5, as = "x", by = "y" }', "unknown key 'by'"),
    ],
)
def test_a_malformed_reading_is_one_input_error_naming_the_key(tmp_path, reading, key):
    from minebelt.factcheck import check_file

    p = tmp_path / "c.toml"
    p.write_text(
        f'[[claims]]\nid = "w"\nquote = "q"\nstated = "lack barriers"\nunit = "share"\nreading = {reading}\n'
        'compute = { expr = "1", refs = {} }\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError) as e:
        check_file(p)
    assert key in str(e.value) and "'w'" in str(e.value)


def test_a_reading_is_said_in_the_readers_language():
    from minebelt import i18n
    from minebelt.outputs import claim_words as CW

    r = _seed()["s0-est-no-natural-barriers"]
    with i18n.language("pl"):
        said = CW.lead(r)
    assert (
        said
        == "Odczytano jako poniżej 50% (odczyt minebelt, nie liczba z artykułu): przeliczono 60%, a nie poniżej 50%."
    )
    assert CW.note(r).startswith("Estonia's part.")  # the note as written, without the English lead
