"""Figures of whole land borders for the fact-checker: summed lengths, extent in latitude.

Layer: measure (reads :mod:`minebelt.data.borders`; lengths are geodesic, :mod:`minebelt.geo.measure`).
"""

from __future__ import annotations

import numpy as np

from ..data.borders import border_row, pair_segments
from ..errors import InputError
from .measure import geodesic_length_km


def border_summary(pairs: list[tuple[str, str]], field: str) -> float:
    """A figure over several land borders: summed ``length_km``/``land_km``/``water_km``, or
    ``min_lat``/``max_lat``/``mean_lat`` (length-weighted) of their lines."""
    if field in ("length_km", "land_km", "water_km"):
        total = 0.0
        for x, y in pairs:
            row = border_row(x, y)
            if row is None:
                raise InputError(f"border {x}-{y}: these countries share no land border in the bundled data")
            total += row[field]
        return total
    if field in ("min_lat", "max_lat", "mean_lat"):
        import shapely

        lats, weights = [], []
        for x, y in pairs:
            segs = pair_segments(x, y)
            if not segs:
                raise InputError(f"border {x}-{y}: these countries share no land border in the bundled data")
            for s in segs:
                coords = shapely.get_coordinates(s.geometry)
                lats.append(coords[:, 1])
                mid = (coords[:-1, 1] + coords[1:, 1]) / 2 if len(coords) > 1 else coords[:, 1]
                weights.append((mid, geodesic_length_km(s.geometry) / max(len(mid), 1)))
        allv = np.concatenate(lats)
        if field == "min_lat":
            return float(allv.min())
        if field == "max_lat":
            return float(allv.max())
        # length-weighted by segment: mean of segment midpoints weighted by their share
        num = sum(float(m.sum()) * w for m, w in weights)
        den = sum(len(m) * w for m, w in weights)
        return num / den
    raise InputError(f"border field {field!r}: allowed length_km, land_km, water_km, min_lat, max_lat, mean_lat")
