"""The atlas's words and files: headline and assumptions, the terminal table, the CSV's
columns and rounding, the GeoPackage layer, the documented columns."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from minebelt.geo import atlas_cache
from minebelt.outputs.atlas_view import ATLAS_COLUMNS, LAYER, assumes, atlas_csv_text, atlas_gpkg_bytes, headline
from minebelt.pipeline.atlas import atlas

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setenv("MINEBELT_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    atlas_cache.clear_memory()
    a = atlas(countries=["EST", "LIE"], belts=True)
    yield a
    mp.undo()
    atlas_cache.clear_memory()


def test_headline_names_the_largest_sides_and_the_count(small) -> None:
    h = headline(small)
    assert h.startswith("At 2 km deep the largest belts would be on Latvia's side of its border with Estonia (")
    assert h.endswith("of 8 border sides.") and "million mines" in h
    a = assumes(small)
    assert (
        "2 km deep" in a
        and "12,000 mines/km\u00b2, the Korean DMZ peak" in a
        and "korea-peak" not in a
        and "4,021 deminers (Ukraine's certified mine action operators, 2024)" in a
    )


def test_terminal_table_fits_80_columns(small) -> None:
    from rich.console import Console

    from minebelt.outputs.terminal.atlas import render_atlas

    buf = io.StringIO()
    render_atlas(small, Console(file=buf, width=80, color_system=None))
    lines = buf.getvalue().splitlines()
    assert max(len(line) for line in lines) <= 80
    assert lines[0].startswith("At 2 km deep")
    assert any("Latvia > Estonia" in line for line in lines)


def test_csv_columns_and_rounding(small) -> None:
    import pandas as pd

    df = pd.read_csv(io.StringIO(atlas_csv_text(small)))
    assert list(df.columns) == list(ATLAS_COLUMNS) and len(df) == 8
    row = df.iloc[0]
    raw = small.rows[0]
    assert row["belt_area_km2"] == round(raw["belt_area_km2"], 3)
    assert row["mines_korea_peak"] == round(raw["mines"]["korea-peak"]) and float(row["mines_korea_peak"]).is_integer()
    assert row["clearance_years_reduced"] == round(raw["clearance_years"]["reduced"], 1)
    assert row["people_10km_other_side"] == raw["people"]["other_side"]["within_10km"]["population"]


def test_gpkg_layer_and_attributes(small, tmp_path) -> None:
    import pyogrio

    p = tmp_path / "a.gpkg"
    p.write_bytes(atlas_gpkg_bytes(small))
    assert [n for n, _ in pyogrio.list_layers(p)] == [LAYER]
    gdf = pyogrio.read_dataframe(p)
    assert len(gdf) == 8 and gdf.crs.to_epsg() == 4326
    assert set(ATLAS_COLUMNS) <= set(gdf.columns)
    assert atlas_gpkg_bytes(small) == p.read_bytes()  # reproducible byte for byte


def test_every_column_is_documented() -> None:
    """docs/user-guide.md's atlas table names every column (the model and radius columns by
    their pattern and each model's name)."""
    guide = (ROOT / "docs" / "user-guide.md").read_text(encoding="utf-8")
    section = guide[guide.index("## Atlas") : guide.index("## Comparing scenarios")]
    for name in ATLAS_COLUMNS:
        if name.startswith("people_"):
            assert "`people_<r>km_defender_side`" in section
        elif name.startswith("clearance_years_"):
            assert "`clearance_years_<model>`" in section
        else:
            assert f"`{name}`" in section, name


def test_people_three_significant_figures_or_no_places_on_record() -> None:
    """A side whose defending country has no bundled place within the largest radius reads
    "no places on record", not 0 (GeoNames' cover is thin in places); others read three
    significant figures, as estimate prints them."""
    from minebelt.outputs.atlas_view import people_text

    def row(pop5: int, places10: int) -> dict:
        w = lambda n, p: {"places": p, "population": n}  # noqa: E731
        side = {"within_1km": w(0, 0), "within_5km": w(pop5, 1 if pop5 else 0), "within_10km": w(pop5, places10)}
        return {"people": {"defender_side": side, "other_side": side}}

    assert people_text(row(0, 0)) == "no places on record"
    assert people_text(row(225_268, 9)) == "225,000"
    assert people_text(row(6_570, 3)) == "6,570"
    # a place within 10 km but none within 5: a real 0
    assert people_text(row(0, 2)) == "0"


def test_terminal_atlas_names_the_model_for_readers(small) -> None:
    from rich.console import Console

    from minebelt.outputs.terminal.atlas import render_atlas

    buf = io.StringIO()
    render_atlas(small, Console(file=buf, width=80, color_system=None))
    text = " ".join(buf.getvalue().split())
    assert "korea-peak" not in text
    assert "mines: 12,000 mines/km², the Korean DMZ peak;" in text


def test_map_words_in_english_are_the_maps_own(small) -> None:
    from minebelt.outputs.atlas_map import map_words

    w = map_words(small, 67_000.0)
    assert w["title"] == "Mines per border side: a 2 km belt behind the land borders of Estonia and Liechtenstein"
    assert w["classes"][-1] == "100 M or more" and w["largest"].startswith("Largest sides\n")
    assert "band of 67 km" in w["density"] and w["footer"].startswith(
        "Equal Earth projection. Borders: \u00a9 OpenStreetMap"
    )


@pytest.mark.parametrize("lang", ["uk", "pl", "fi", "et", "lv", "lt"])
def test_map_words_are_the_readers_with_the_licence_kept(small, lang: str) -> None:
    import re

    from minebelt import i18n
    from minebelt.outputs.atlas_map import map_words

    with i18n.language(lang):
        w = map_words(small, 1_067_000.0)
    text = "\n".join([*(v for k, v in w.items() if k != "classes"), *w["classes"]])
    # the ODbL attribution stays whole, OpenStreetMap's notice as openstreetmap.org words it in
    # the language; everything around it is the reader's, minebelt's own clause after it
    # ("data processed by geo-maps (MIT)") too
    from minebelt.outputs.report.credit import osm_notice

    with i18n.language(lang):
        notice = osm_notice("\u00a9 OpenStreetMap contributors")
    assert notice != "\u00a9 OpenStreetMap contributors" and "OpenStreetMap" in notice
    licence = f"{notice}, ODbL 1.0 (https://www.openstreetmap.org/copyright); "
    assert licence in w["footer"] and "geo-maps (MIT)" in w["footer"] and "data processed" not in w["footer"]
    rest = text.replace(licence, "")
    for english in ("Mines", "side", "border", "belt", "Density", "projection", "or more", "water", "Largest",
                    "strategic", "Data version", " M\n", "Estonia's"):  # fmt: skip
        assert not re.search(rf"\b{re.escape(english.strip())}\b", rest), (lang, english, rest)
    assert "1\u00a0067" in w["density"] and "100\u00a0" in w["classes"][-1]
