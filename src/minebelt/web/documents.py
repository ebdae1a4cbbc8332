"""The documents the web app caches: density models, borders, outlines, one border, and the warm-up.

Layer: interfaces. Each document is computed once per process and kept as compressed-ready bytes
(``functools.lru_cache``); :func:`warm_caches` computes what the page asks for first.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from typing import Any

from ..errors import InputError
from ..settings import EASTERN_FLANK
from . import _data
from ._common import dumps

MARKER_STEP_KM = 25.0


def _geojson(geom: Any) -> dict[str, Any]:
    import shapely

    return json.loads(shapely.to_geojson(geom))


@lru_cache(maxsize=1)
def models_doc() -> bytes:
    from ..outputs.views import density_model_rows

    return dumps({"schema": "minebelt.models/1", "models": density_model_rows()})


def _data_block() -> dict[str, Any]:
    from ..data.borders import data_info

    info = data_info()
    return {k: info.get(k) for k in ("source", "version", "license", "attribution", "km0_rule", "overlap_rule")}


@lru_cache(maxsize=256)
def borders_doc(country: str | None) -> bytes:
    from ..data.borders import border_lengths

    rows = border_lengths()
    if country is not None:
        rows = [r for r in rows if country in (r["a"], r["b"])]
        if not rows:
            raise InputError(f"request: country = {country!r}: has no land border in the bundled data")
    doc = {
        "schema": "minebelt.borders/1",
        "data": _data_block(),
        "borders": [
            {
                "a": r["a"],
                "b": r["b"],
                "length_km": round(r["length_km"], 3),
                "land_km": round(r["land_km"], 3),
                "water_km": round(r["water_km"], 3),
                "parts": r["parts"],
            }
            for r in rows
        ],
    }
    return dumps(doc)


#: What the page asks for: the whole world (any land border can be picked), simplified for a
#: basemap by 0.02 degree (about 2 km; the selected borders are drawn at full resolution).
PAGE_OUTLINES = ((-180.0, -90.0, 180.0, 90.0), 0.02)


@lru_cache(maxsize=8)
def _label_point(geom: Any) -> list[float]:
    """Where the map writes a country's name: the pole of inaccessibility of its largest
    polygon (inside it, away from its edges), ``[lon, lat]`` to 0.01 degree."""
    import shapely
    from shapely.ops import polylabel

    parts = shapely.get_parts(geom)
    big = max(parts, key=lambda g: g.area)
    p = polylabel(big, tolerance=max(0.01, 0.02 * (big.area**0.5)))
    return [round(p.x, 2), round(p.y, 2)]


def outlines_doc(bbox: tuple[float, float, float, float] | None = None, tolerance_deg: float = 0.0) -> bytes:
    """Country outlines as GeoJSON: all of them as stored, or clipped to ``bbox`` and simplified
    by ``tolerance_deg`` (coordinates then rounded to 1e-4 degree, about 10 m). Each feature's
    ``label`` is the ``[lon, lat]`` where the map writes the country's name (of the whole
    country, also when the outline is clipped)."""
    import numpy as np
    import shapely

    from ..data.borders import outlines
    from ..data.iso import country_name

    codes, geoms = outlines()
    feats = []
    for code, geom in zip(codes, geoms, strict=True):
        if geom is None or geom.is_empty:
            continue
        label = _label_point(geom)
        if bbox is not None:
            geom = shapely.clip_by_rect(geom, *bbox)
            if geom.is_empty:
                continue
        if tolerance_deg > 0:
            geom = shapely.simplify(geom, tolerance_deg, preserve_topology=True)
            geom = shapely.transform(geom, lambda xy: np.round(xy, 4))
            if geom.is_empty:
                continue
        code = str(code)
        try:
            name = country_name(code)
        except Exception:  # noqa: BLE001 - a code outside ISO 3166 keeps its code as name
            name = code
        feats.append(
            {
                "type": "Feature",
                "properties": {"iso3": code, "name": name, "label": label},
                "geometry": json.loads(shapely.to_geojson(geom)),
            }
        )
    info = _data_block()
    return dumps(
        {
            "type": "FeatureCollection",
            "name": "minebelt country outlines",
            "bbox": list(bbox) if bbox is not None else None,
            "tolerance_deg": tolerance_deg,
            "attribution": info.get("attribution"),
            "license": info.get("license"),
            "features": feats,
        }
    )


def _markers(segs: Any, step: float) -> list[dict[str, Any]]:
    """A point every ``step`` km along the border (positions on the measured km scale)."""
    import numpy as np

    from ..geo.front import segment_km

    out: list[dict[str, Any]] = []
    done: set[float] = set()
    for seg in segs:
        coords, cum_km = segment_km(seg)
        if len(coords) < 2:
            continue
        first = math.ceil(seg.start_km / step - 1e-9) * step
        for k in np.arange(first, seg.end_km + 1e-9, step):
            k = round(float(k), 6)
            if k in done:
                continue
            done.add(k)
            x = float(np.interp(k, cum_km, coords[:, 0]))
            y = float(np.interp(k, cum_km, coords[:, 1]))
            out.append(
                {
                    "type": "Feature",
                    "properties": {"km": k, "kind": "marker"},
                    "geometry": {"type": "Point", "coordinates": [round(x, 6), round(y, 6)]},
                }
            )
    return out


@lru_cache(maxsize=512)
def border_doc(a: str, b: str) -> bytes:
    from ..data.borders import border_row, pair_segments

    segs = pair_segments(a, b)
    if not segs:
        raise LookupError(f"{a} and {b} share no land border in the bundled data")
    row = border_row(a, b) or {}
    feats: list[dict[str, Any]] = [
        {
            "type": "Feature",
            "properties": {
                "a": s.a,
                "b": s.b,
                "kind": s.kind,
                "part": s.part,
                "seq": s.seq,
                "start_km": round(s.start_km, 3),
                "end_km": round(s.end_km, 3),
                "length_km": round(s.length_km, 3),
            },
            "geometry": _geojson(s.geometry),
        }
        for s in segs
    ]
    feats += _markers(segs, MARKER_STEP_KM)
    info = _data_block()
    return dumps(
        {
            "type": "FeatureCollection",
            "name": f"{a}-{b}",
            "a": a,
            "b": b,
            "length_km": round(float(row.get("length_km", 0.0)), 3),
            "land_km": round(float(row.get("land_km", 0.0)), 3),
            "water_km": round(float(row.get("water_km", 0.0)), 3),
            "marker_step_km": MARKER_STEP_KM,
            "km0_rule": info.get("km0_rule"),
            "attribution": info.get("attribution"),
            "license": info.get("license"),
            "features": feats,
        }
    )


def warm_caches() -> None:
    """Compute what the page asks for first (world basemap, every border's overview line, the
    country list, eastern-flank borders, the default estimate at 2 km, then the atlas at its
    default depth when not cached), so the first visitor does not wait for the geometry."""
    if not _data.data_available():
        return
    from ..pipeline.estimate import estimate
    from ..scenario import scenario_from_dict

    try:
        from .routers.world import LINES_TOLERANCE_DEG, border_lines_doc, countries_doc

        outlines_doc(*PAGE_OUTLINES)
        border_lines_doc(LINES_TOLERANCE_DEG)
        countries_doc()
        for c, b in EASTERN_FLANK:
            border_doc(*sorted((c, b)))
        doc = {
            "name": "warm-up",
            "defaults": {"depth_km": 2.0, "density": "korea-peak", "along_water": "skip"},
            "sections": [{"name": f"{c}-{b}", "country": c, "border": b} for c, b in EASTERN_FLANK],
        }
        estimate(scenario_from_dict(doc, label="warm-up"))
        from .routers.atlas import warm_atlas

        warm_atlas()  # last: the world at the default depth takes minutes on a fresh install
    except Exception:  # noqa: BLE001 - warming is best effort; requests report their own errors
        pass
