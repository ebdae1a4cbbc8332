"""Civilians near the belt carry the interval of the belt's depth, and the places at the edge of
the 1 km line are named: a count against a line jumps when one town crosses it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[3]

UNCERTAIN = """
name = "Estonia, uncertain depth"
[defaults]
density = 6000
depth_km = "1.5 to 2.5"
[[sections]]
name = "Estonia - Russia"
country = "EST"
border = "RUS"
"""


@pytest.fixture(scope="module")
def full():
    from minebelt import estimate, load_scenario

    return estimate(load_scenario(ROOT / "examples" / "eastern-flank-full.toml")).document


@pytest.fixture(scope="module")
def point(tmp_path_factory):
    from minebelt import estimate, load_scenario

    p = tmp_path_factory.mktemp("civ") / "s.toml"
    p.write_text(UNCERTAIN.replace('"1.5 to 2.5"', "2"), encoding="utf-8")
    return estimate(load_scenario(p)).document


def _leaves(d, path=()):
    if isinstance(d, dict):
        for k, v in d.items():
            yield from _leaves(v, (*path, k))
    else:
        yield path, d


def test_every_count_has_the_interval_of_the_belts_depth(full):
    e = full["exposure"]
    assert (
        e["depth_interval_varies"] == "belt depth only"
        and "5th and at the 95th percentile" in e["depth_interval_scope"]
    )
    for entry in [e["total"], *e["by_country"].values(), *e["sections"]]:
        di = entry["depth_interval"]
        for path, (lo, hi) in _leaves({k: v for k, v in di.items() if k != "depth_km"}):
            point = entry
            for k in path:
                point = point[k]
            assert lo <= point <= hi, (path, lo, point, hi)  # a count never falls as the belt deepens
    # the full eastern flank: the defender's 1 km count moves by about a third across the depth's 90 %
    lo, hi = e["total"]["depth_interval"]["defender_side"]["within_1km"]["population"]
    mid = e["total"]["defender_side"]["within_1km"]["population"]
    assert lo < mid < hi and (hi - lo) / mid > 0.3
    sec = e["sections"][0]["depth_interval"]["depth_km"]
    assert sec[0] < full["sections"][0]["depth_km"] < sec[1]


def test_places_at_the_edge_of_the_1_km_line_are_named(full):
    t = full["exposure"]["total"]
    edge = t["at_edge"]
    assert full["exposure"]["edge_margin_km"] == 0.1
    assert all(abs(p["distance_km"] - 1.0) <= 0.1 + 1e-9 and p["counted"] == (p["distance_km"] <= 1.0) for p in edge)
    vozn = next(p for p in edge if p["name"] == "Voznesenivka")
    assert vozn["country"] == "UKR" and not vozn["counted"]
    head = t["headline"]
    assert (
        "At the edge: places whose point lies within 100 m of the 1 km line (the built-up area may reach inside it): Voznesenivka, UKR"
        in head
    )
    assert head.index("At the edge") < head.index("Across the border, counted apart:")
    pops = [p["population"] for p in edge]
    assert pops == sorted(pops, reverse=True)


def test_a_single_depth_gives_no_interval(point):
    e = point["exposure"]
    assert e["depth_interval_varies"] == ""
    t = e["total"]
    for _path, (lo, hi) in _leaves(t["depth_interval"]):
        assert lo == hi
    from minebelt.outputs.report.cards import block_cards

    (card,) = [c for c in block_cards(point) if c.key == "civilians"]
    assert card.range == "" and "(90 %" not in " ".join(card.details)


def test_outputs_show_the_count_with_its_interval_in_every_language(full):
    from minebelt import i18n
    from minebelt import numbers as N
    from minebelt.outputs.report.briefing import summary
    from minebelt.outputs.report.cards import block_cards

    t = full["exposure"]["total"]
    lo, hi = t["depth_interval"]["defender_side"]["within_1km"]["population"]
    for lang in ("en", "pl", "uk", "fi", "et", "lv", "lt"):
        with i18n.language(lang):
            (card,) = [c for c in block_cards(full) if c.key == "civilians"]
            rng = N.span(lo, hi, 3, words=True)
            assert rng and card.range.endswith(rng), (lang, card.range)
            assert any(rng in d for d in card.details), lang
            # the reader's form (locale/exonyms.tsv: Cyrillic, the Polish and Latvian transcriptions)
            edge = {"uk": "Вознесенівка", "pl": "Wozneseniwka", "lv": "Vozneseņivka"}.get(lang, "Voznesenivka")
            assert any(edge in d for d in card.details), lang
            if lang == "en":
                para = next(p["text"] for p in summary(full)["paragraphs"] if p["key"] == "civilians")
                assert f"58,600 people (90 %: {rng}) within 1 km" in para and "At the edge" in para
    assert np.isfinite(lo)


def test_the_edge_sentence_says_how_far_the_depth_moves_the_count(full, point):
    """The 100 m margin is small beside the depth's spread: the places at the edge are listed at
    the point depth, and the count they enter or leave is given at the two ends of the depth
    interval already in the document (no new figure), on every surface; one depth: nothing."""
    from minebelt.i18n import language
    from minebelt.outputs.report.local_civilians import edge_depth_text, edge_text

    t = full["exposure"]["total"]
    (n_lo, n_hi), (p_lo, p_hi) = (
        t["depth_interval"]["defender_side"]["within_1km"][k] for k in ("places", "population")
    )
    assert n_lo < t["defender_side"]["within_1km"]["places"] < n_hi
    moves = (
        "The places at the edge are listed at the point depth; with the belt at the 5th and at the 95th percentile of "
        f"its depth, the count within 1 km on the defender's side is {n_lo} and {n_hi} places (46,200–86,200 people)."
    )
    assert moves in t["headline"] and t["headline"].index(moves) < t["headline"].index("Across the border")
    assert edge_depth_text(t) in edge_text(t, full) and f"{n_lo} and {n_hi}" in edge_depth_text(t)
    with language("uk"):
        assert f"{n_lo} і {n_hi} (46\u00a0200–86\u00a0200 осіб)" in edge_text(t, full)
    assert edge_depth_text(point["exposure"]["total"]) == ""
    assert "point depth" not in point["exposure"]["total"]["headline"]


def test_places_counted_in_occupied_regions_carry_the_caveat_on_every_surface(full):
    """The count is of places at pre-war figures: the counted places in Ukraine's regions with
    occupied territory (by GeoNames region code) are shown apart, by region, with who lives there
    now not estimated, in the headline (terminal, web), the report card's line and details, and
    in the reader's language. In the full eastern flank they are 3 places in Luhansk region
    (8,755 people); Seredyna-Buda (Sumy region) is not among them."""
    from minebelt.i18n import language
    from minebelt.outputs.report.cards_clearance import _civilians_card
    from minebelt.outputs.report.local_civilians import civilians_words, occupied_short

    t = full["exposure"]["total"]
    occ = t["occupied"]
    assert occ["country"] == "UKR" and occ["estimated"] is False and occ["regions"] is True
    assert [(r["admin1"], r["region"], r["extent"]) for r in occ["by_region"]] == [("14", "Luhansk region", "part")]
    assert (occ["places"], occ["population"]) == (3, 8755)
    assert "not a front line" in occ["region_rule"] and "68/262" in occ["region_rule"]
    assert "those people may not live there now (not estimated" in t["headline"]
    assert "(Luhansk region: 3)" in t["headline"]
    assert full["exposure"]["by_country"]["UKR"]["occupied"] == occ
    assert "occupied" not in full["exposure"]["by_country"]["EST"]
    card = _civilians_card(full)
    assert "not estimated" in card.assumes and "(Luhansk region)" in card.assumes
    assert any("Luhansk region: 3" in d and "not a front line" in d for d in card.details)
    with language("uk"):
        words = civilians_words(full, ["1", "5", "10"])
        assert occupied_short(t) in words[2] and "Луганська область" in words[2]
        assert any("Луганська область: 3" in d and "не лінії фронту" in d for d in words[3])
    # the web page shows the server's card (minebelt.web.reader_text), the occupied caveat with it
    from minebelt.web.reader_text import reader_text

    details = reader_text(full, "en")["cards"]["civilians"]["details"]
    assert any("Luhansk region: 3" in d and "not a front line" in d for d in details)


def test_a_single_depth_reads_its_interval_from_the_counts_it_has(point):
    """At one depth the interval is read from the entry's own counts, not counted twice more:
    the same numbers, keys and order as counting the distances at both ends."""
    import json

    from minebelt import load_scenario
    from minebelt.data.places import places
    from minebelt.geo.exposure_depth import depth_counts
    from minebelt.geo.sections import measure_sections
    from minebelt.pipeline.blocks.exposure import _entry
    from minebelt.scenario.resolve import resolve_scenario

    sc = load_scenario(ROOT / "examples" / "eastern-flank.toml")
    resolved = resolve_scenario(sc)
    geoms = measure_sections(sc, resolved)
    pl = places()
    for rs in resolved:
        dist = geoms[rs.index].place_distances(pl)
        defenders = {rs.section.country}
        read = _entry({}, dist, None, defenders, pl)["depth_interval"]
        counted = depth_counts(dist, dist, defenders, pl)
        assert json.dumps(read) == json.dumps(counted), rs.section.name  # keys in the same order too
    t = point["exposure"]["total"]
    assert t["depth_interval"]["in_belt"] == {k: [v, v] for k, v in t["in_belt"].items()}


@pytest.fixture(scope="module")
def flank():
    """The eastern flank at its one depth, 2 km (the web page's first view)."""
    from minebelt import estimate, load_scenario

    return estimate(load_scenario(ROOT / "examples" / "eastern-flank.toml")).document


def test_a_single_depth_shows_how_far_a_step_of_depth_moves_the_count(flank, full):
    """At one depth the count has no interval, yet places sit at the 1 km line: the count with
    the belt 100 m (the edge margin) shallower and deeper is beside it on every surface, so the
    web page's 77,400 at 2 km and the report's 58,600 at the median 1.94 km read as one answer."""
    from minebelt.i18n import language
    from minebelt.outputs.report.cards import block_cards
    from minebelt.web.reader_text import reader_text

    e = flank["exposure"]
    t = e["total"]
    assert t["depth_step"] == {"step_km": 0.1, "depth_km": [1.9, 2.1], "places": [20, 23], "population": [58626, 77397]}
    assert t["depth_step"]["population"][1] == t["defender_side"]["within_1km"]["population"]  # 2.0 and 2.1 alike
    assert "100 m shallower and 100 m deeper" in e["depth_step_scope"]
    # a count never falls as the belt deepens; a section without a place at the edge does not move
    for entry in [*e["sections"], *e["by_country"].values()]:
        lo, hi = entry["depth_step"]["population"]
        assert lo <= entry["defender_side"]["within_1km"]["population"] <= hi
        if not entry.get("at_edge"):
            assert lo == hi
    assert e["by_country"]["UKR"]["depth_step"]["population"] == [30521, 49292]
    # the uncertain depth has its 90 % interval instead: no step
    assert "depth_step" not in full["exposure"]["total"] and "depth_step_scope" not in full["exposure"]
    (card,) = [c for c in block_cards(flank) if c.key == "civilians"]
    assert (card.figure, card.range) == ("77,400", "at a belt depth of 1.9–2.1 km: 58,600–77,400")
    assert reader_text(flank, "en")["cards"]["civilians"]["range"] == card.range  # the web page's card
    with language("pl"):
        (card,) = [c for c in block_cards(flank) if c.key == "civilians"]
        assert (
            card.title == "Ludność cywilna" and "1,9–2,1 km" in card.range and "58\u00a0600–77\u00a0400" in card.range
        )
    # the sections' depths differ: the step in metres instead of one pair of depths
    from minebelt.outputs.report.local_civilians import step_range

    mixed = {"depth_step": {"step_km": 0.1, "places": [1, 2], "population": [1000, 3000]}}
    assert step_range(mixed) == "each belt 100 m shallower or deeper: 1,000–3,000"
    assert step_range({"depth_step": {"step_km": 0.1, "places": [1, 1], "population": [5, 5]}}) == ""
