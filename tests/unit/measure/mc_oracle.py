"""A Monte Carlo oracle for belts, independent of minebelt's geometry code.

Random points are drawn uniformly in a Lambert azimuthal equal-area projection (pyproj, built
here from a PROJ string) centred on the front, so that counts are proportional to area. For
each point on the defender's land (the bundled territory minus the bundled inland water: the
data are shared, the geometry is not) the distance to the front and the nearest front point are
taken with shapely in that projection (LAEA distorts lengths by < 0.3 % within 700 km of its
centre, so the tests leave a margin of 2 %):

* ``inside_interior``: within ``d (1 - margin)`` of the front and the nearest front point more
  than ``end_km`` from every end of the front (the end shapes are tested analytically);
  these must be in the belt (a lower bound), unless they lie on land that is not attached to
  the front (islands: the belt leaves them out and reports them);
* every sampled point in the belt must be on land and within ``d (1 + margin)`` (an upper bound).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from pyproj import Transformer


@dataclass
class OracleResult:
    n: int  #: points drawn
    cell_km2: float  #: area each point stands for
    lower: int  #: points that must be in the belt
    lower_missing: int  #: of those, not in the belt (nor in its detached land)
    upper_bad: int  #: points in the belt that are off land or farther than the depth allows
    belt_hits: int  #: points in the belt

    @property
    def belt_km2(self) -> float:
        return self.belt_hits * self.cell_km2

    @property
    def missing_share(self) -> float:
        return self.lower_missing / max(self.lower, 1)


def front_lines(x: str, y: str, along_water: str = "skip") -> list[np.ndarray]:
    """The runs a belt of ``x`` against ``y`` is built behind, from the stored segments (lon/lat)."""
    from minebelt.data.borders import pair_segments

    runs: list[np.ndarray] = []
    cur = None
    for s in pair_segments(x, y):
        c = shapely.get_coordinates(s.geometry)
        if len(c) < 2:
            continue
        if s.kind == "land" or along_water == "include":
            if cur is not None and np.allclose(cur[-1], c[0]):
                cur = np.vstack([cur, c[1:]])
            else:
                if cur is not None:
                    runs.append(cur)
                cur = c
        elif cur is not None:
            runs.append(cur)
            cur = None
    if cur is not None:
        runs.append(cur)
    return runs


def check(
    lines: list[np.ndarray],
    depth_km: float,
    land,
    water,
    belt,
    detached,
    n: int = 20000,
    seed: int = 0,
    margin: float = 0.02,
    end_km: float = 1.0,
) -> OracleResult:
    """Sample ``n`` points around ``lines`` and compare with ``belt`` (module docstring).

    ``land``, ``water``, ``belt``, ``detached``: shapely geometries in lon/lat (standard
    longitudes; the fronts used here do not cross the antimeridian).
    """
    allc = np.vstack(lines)
    lon0, lat0 = (allc.min(axis=0) + allc.max(axis=0)) / 2
    fwd = Transformer.from_crs(
        "EPSG:4326", f"+proj=laea +lat_0={lat0} +lon_0={lon0} +ellps=WGS84 +units=m", always_xy=True
    )
    proj = [np.column_stack(fwd.transform(*shapely.segmentize(shapely.LineString(c), 0.005).coords.xy)) for c in lines]
    front = shapely.MultiLineString(proj)
    d = depth_km * 1000.0
    x0, y0, x1, y1 = front.bounds
    x0, y0, x1, y1 = x0 - d * 1.05, y0 - d * 1.05, x1 + d * 1.05, y1 + d * 1.05
    rng = np.random.default_rng(seed)
    xs, ys = rng.uniform(x0, x1, n), rng.uniform(y0, y1, n)
    cell = (x1 - x0) * (y1 - y0) / n / 1e6
    lon, lat = fwd.transform(xs, ys, direction="INVERSE")
    pts_m = shapely.points(xs, ys)
    dist = shapely.distance(front, pts_m)
    near = dist <= d * (1 + margin)
    on_land = np.zeros(n, bool)
    for g in (land,):
        shapely.prepare(g)
    on_land[near] = shapely.contains_xy(land, lon[near], lat[near])
    if water is not None:
        shapely.prepare(water)
        on_land[on_land] &= ~shapely.contains_xy(water, lon[on_land], lat[on_land])
    in_belt = np.zeros(n, bool)
    shapely.prepare(belt)
    in_belt = shapely.contains_xy(belt, lon, lat)
    # nearest front point away from every end of every line
    ends = (
        shapely.multipoints(np.vstack([[p[0], p[-1]] for p in proj if not np.allclose(p[0], p[-1])])) if proj else None
    )
    cand = np.flatnonzero(on_land & (dist <= d * (1 - margin)))
    nearest = shapely.get_point(shapely.shortest_line(front, pts_m[cand]), 0)
    far_from_ends = (
        np.ones(len(cand), bool) if ends is None or ends.is_empty else shapely.distance(ends, nearest) > end_km * 1000.0
    )
    must = cand[far_from_ends]
    missing = must[~in_belt[must]]
    if detached is not None and not detached.is_empty and len(missing):
        shapely.prepare(detached)
        missing = missing[~shapely.contains_xy(detached, lon[missing], lat[missing])]
    bad = np.flatnonzero(in_belt & ~(near & on_land))
    return OracleResult(
        n=n,
        cell_km2=cell,
        lower=len(must),
        lower_missing=len(missing),
        upper_bad=len(bad),
        belt_hits=int(in_belt.sum()),
    )
