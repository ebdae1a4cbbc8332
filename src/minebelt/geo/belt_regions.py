"""A belt's area by the region of the defender it lies in, from the places' region codes.

Layer: measure. The bundled data has no region boundaries; the places carry GeoNames' region
code (``admin1``). :func:`belt_km2_by_region` gives each piece of the belt the region of the
nearest populated place of the defending country (a Voronoi partition of its places), so a
region boundary is placed within about half the spacing of the places near it: along
Ukraine's border with Russia the places of 1,000 people or more lie some 5 to 15 km apart.
A measure of where the belt lies, not of who controls the ground.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..data.places import Places, places
from .measure import geodesic_area_km2
from .projection import from_local, local_projection, to_local

#: Places this far (degrees) around the belt's bounds take part in the partition.
MARGIN_DEG = 1.0


def belt_km2_by_region(belt: Any, country: str, pl: Places | None = None) -> dict[str, float]:
    """Belt area (km², geodesic) by GeoNames region code of ``country`` (ISO alpha-3):
    ``{admin1: km2}``, each piece of ``belt`` (lon/lat polygon) in the region of the nearest
    place of ``country`` (distance in a transverse Mercator projection centred on the belt).
    Empty when the belt is empty or ``country`` has no place near it."""
    import shapely

    pl = pl or places()
    if belt is None or belt.is_empty:
        return {}
    minx, miny, maxx, maxy = belt.bounds
    sel = np.nonzero(
        (np.asarray(pl.country) == country)
        & (pl.lon >= minx - MARGIN_DEG)
        & (pl.lon <= maxx + MARGIN_DEG)
        & (pl.lat >= miny - MARGIN_DEG)
        & (pl.lat <= maxy + MARGIN_DEG)
    )[0]
    if len(sel) == 0:
        return {}
    c = belt.centroid
    fwd = local_projection("tmerc", round(c.x, 1), round(c.y, 1))
    proj = to_local(belt, fwd)
    x, y = fwd.transform(pl.lon[sel], pl.lat[sel])
    # two places at one point would make one cell: keep the first (the larger: places are sorted)
    _, first = np.unique(np.c_[np.round(x, 1), np.round(y, 1)], axis=0, return_index=True)
    keep = np.sort(first)
    sel = sel[keep]
    pts: Any = shapely.points(np.asarray(x, dtype=float)[keep], np.asarray(y, dtype=float)[keep])
    frame: Any = shapely.envelope(shapely.union(proj.envelope, shapely.multipoints(pts)))
    frame = frame.buffer(1000.0)
    cells = shapely.get_parts(shapely.voronoi_polygons(shapely.multipoints(pts), extend_to=frame))
    # voronoi_polygons does not keep the input order: match each cell to the place inside it
    tree = shapely.STRtree(cells)
    pt_i, cell_i = tree.query(pts, predicate="within")
    region = np.asarray(pl.admin1)[sel].astype(str)
    out: dict[str, float] = {}
    for code in sorted(set(region.tolist())):
        mine = cells[cell_i[region[pt_i] == code]]
        if len(mine) == 0:
            continue
        part = shapely.intersection(proj, shapely.union_all(mine))
        if part.is_empty:
            continue
        km2 = geodesic_area_km2(from_local(part, fwd))
        if km2 > 0:
            out[code] = km2
    return out
