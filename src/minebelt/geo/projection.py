"""Local projections: lon/lat to metres around a point, and back (PROJ pipelines, WGS84).

Layer: measure.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np


@lru_cache(maxsize=4096)  # centres are rounded, but user lines can bring new ones
def local_projection(proj: str, lon0: float, lat0: float, over: bool = False) -> Any:
    """A lon/lat (degrees) -> local metres transformer on the WGS84 ellipsoid.

    ``proj`` is a PROJ projection name (``"tmerc"``, ``"laea"``) centred on ``lon0``/``lat0``.
    Built as a PROJ pipeline, which takes ~0.05 ms instead of ~12 ms for a CRS-to-CRS
    transformer (no database lookups); ``.transform(x, y, direction="INVERSE")`` goes back.
    ``over=True`` (PROJ ``+over``): inverse longitudes are not wrapped into [-180, 180], so a
    piece of front across the antimeridian comes back continuous.
    """
    from pyproj import Transformer

    return Transformer.from_pipeline(
        f"+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad "
        f"+step +proj={proj} +lat_0={lat0} +lon_0={lon0} +x_0=0 +y_0=0 +ellps=WGS84" + (" +over" if over else "")
    )


def to_local(geom: Any, tr: Any) -> Any:
    """``geom`` (lon/lat) in the local projection ``tr`` (metres)."""
    import shapely

    return shapely.transform(geom, lambda xy: np.column_stack(tr.transform(xy[:, 0], xy[:, 1])))


def from_local(geom: Any, tr: Any) -> Any:
    """``geom`` (metres in ``tr``) back to lon/lat."""
    import shapely

    return shapely.transform(geom, lambda xy: np.column_stack(tr.transform(xy[:, 0], xy[:, 1], direction="INVERSE")))
