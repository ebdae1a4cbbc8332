"""The result of :func:`minebelt.estimate`: JSON document, pandas / geopandas views, HTML summary.

Layer: pipeline. :class:`EstimateResult` is passive: the pipeline (:mod:`.estimate`,
:mod:`.document`, :mod:`.blocks`) builds it; its methods are views of its own data.

The JSON document (``schema = "minebelt.estimate/1"``) is a contract other tools read::

    {"schema": "minebelt.estimate/1",
     "scenario": {"name", "sha256"},
     "sections": [{"name", "country", "border", "length_km", "depth_km", "area_km2",
                   "density_per_km2", "mines", "mines_per_km_front", "length_source",
                   "land_km", "water_km", "belt_front_km", "front": {...}, ...}],
     "totals": {"length_km", "land_km", "water_km", "belt_front_km", "area_km2", "mines", ...},
     "by_country": {"POL": {"length_km", "land_km", "water_km", "belt_front_km", "area_km2", "mines", ...}},
     "provenance": {"minebelt_version", "model_sources", ...}}

The front (see :mod:`minebelt.geo.front`): ``length_km`` = ``land_km`` + ``water_km`` of the border
or line after stretch and mask; ``belt_front_km`` = the km the belt is built behind (``land_km``
with ``along_water = "skip"``, ``length_km`` with ``"include"``); ``mines_per_km_front`` =
mines / ``belt_front_km``. A section with a stated length has ``land_km`` = ``belt_front_km`` =
its length and ``water_km`` = null (not measured); in ``by_country`` and ``totals``
``water_km`` sums the measured water only (stated sections add 0).

With Monte Carlo every figure ``f`` gets a companion ``f_dist = {"mean", "p05", "p50",
"p95"}``. Optional blocks (``calibration``, ``production``, ``cost``, ``clearance``,
``exposure``) appear when the scenario has what they need.
"""

from __future__ import annotations

import html
import json
from collections.abc import MutableMapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from .. import numbers as N

if TYPE_CHECKING:
    import geopandas
    import pandas

    from ..scenario import Scenario


@dataclass
class EstimateResult:
    """Everything one estimate produced. Use :meth:`to_json`, :meth:`to_frame`,
    :meth:`to_geodataframe`; in a notebook the result shows itself as a summary table."""

    scenario: Scenario
    document: dict[str, Any]
    # lists, or geometries built when read (geo.sections.LazyGeometries)
    belts: Sequence[Any] = field(default_factory=list)
    border_lines: Sequence[Any] = field(default_factory=list)
    samples: MutableMapping[str, np.ndarray] = field(default_factory=dict)  # or a SampleStore

    @property
    def sections(self) -> list[dict[str, Any]]:
        sections: list[dict[str, Any]] = self.document["sections"]
        return sections

    @property
    def totals(self) -> dict[str, Any]:
        totals: dict[str, Any] = self.document["totals"]
        return totals

    @property
    def by_country(self) -> dict[str, dict[str, Any]]:
        by_country: dict[str, dict[str, Any]] = self.document["by_country"]
        return by_country

    def to_dict(self) -> dict[str, Any]:
        """The ``minebelt.estimate/1`` document as plain Python objects (a copy: changing it
        leaves the result as it was). Same content as :meth:`to_json`."""
        doc: dict[str, Any] = json.loads(self.to_json(indent=None))
        return doc

    def to_json(self, indent: int | None = 2) -> str:
        """The ``minebelt.estimate/1`` document as JSON text (deterministic)."""
        return json.dumps(self.document, indent=indent, ensure_ascii=False, allow_nan=False)

    def to_frame(self) -> pandas.DataFrame:
        """One row per section (pandas): the point figures as columns, and with Monte Carlo
        samples each figure's ``_mean``, ``_p05``, ``_p50`` and ``_p95`` right after it
        (e.g. ``mines``, ``mines_mean``, ``mines_p05``, ``mines_p50``, ``mines_p95``)."""
        import pandas as pd

        return pd.DataFrame([_flat_row(r) for r in self.sections])

    def countries_frame(self) -> pandas.DataFrame:
        """One row per defending country (pandas), with ``_p05``/``_p95``... columns like
        :meth:`to_frame`."""
        import pandas as pd

        return pd.DataFrame([{"country": c, **_flat_row(r)} for c, r in self.by_country.items()])

    def to_geodataframe(self) -> geopandas.GeoDataFrame:
        """Sections with their belt polygons (EPSG:4326); stated-length sections have no geometry."""
        import geopandas as gpd

        df = self.to_frame()
        geoms = self.belts or [None] * len(df)
        return gpd.GeoDataFrame(df, geometry=list(geoms), crs="EPSG:4326")

    def _repr_html_(self) -> str:
        """A notebook summary: the totals (with 90 % intervals under Monte Carlo) and one
        row per section."""
        t = self.totals
        mc = any(isinstance(r.get("mines_dist"), dict) for r in self.sections)

        def rng(d: Any) -> str:
            return N.dist(d)

        right = "style='text-align:right'"
        rows = "".join(
            f"<tr><td>{html.escape(str(r['name']))}</td><td>{html.escape(str(r['country']))}</td><td>{html.escape(str(r['border'] or ''))}</td>"
            f"<td {right}>{_fmt(r['length_km'])}</td><td {right}>{_fmt(r['area_km2'])}</td>"
            f"<td {right}>{_fmt_mines(r['mines'])}</td>"
            + (f"<td {right}>{rng(r.get('mines_dist'))}</td>" if mc else "")
            + "</tr>"
            for r in self.sections
        )
        head = (
            "<th>section</th><th>country</th><th>border</th><th>length km</th><th>area km&sup2;</th><th>mines</th>"
            + ("<th>mines, 90 % interval</th>" if mc else "")
        )
        total_rng = f" (90 % interval {rng(t.get('mines_dist'))})" if mc and t.get("mines_dist") else ""
        return (
            f"<div><b>{html.escape(self.scenario.name)}</b> &mdash; {_fmt_mines(t['mines'])} mines{total_rng}, "
            f"{_fmt(t['area_km2'])} km&sup2;, {_fmt(t['length_km'])} km of front"
            f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>"
        )

    def __repr__(self) -> str:
        t = self.totals
        return f"<EstimateResult {self.scenario.name!r}: {_fmt_mines(t['mines'])} mines, {len(self.sections)} section{'' if len(self.sections) == 1 else 's'}>"


def _flat_row(row: dict[str, Any]) -> dict[str, Any]:
    """A document row for a table: scalars and lists as they are; each ``f_dist`` block as
    ``f_mean``, ``f_p05``, ``f_p50``, ``f_p95`` right after ``f``; other dicts left out."""
    out: dict[str, Any] = {}
    for k, v in row.items():
        if not isinstance(v, dict):
            out[k] = v
            d = row.get(f"{k}_dist")
            if isinstance(d, dict):
                for stat in ("mean", "p05", "p50", "p95"):
                    out[f"{k}_{stat}"] = d.get(stat)
    return out


def _fmt(x: float | None) -> str:
    return N.num(x, scale=False, missing="n/a")


def _fmt_mines(x: float | None) -> str:
    return N.num(x, missing="n/a")
