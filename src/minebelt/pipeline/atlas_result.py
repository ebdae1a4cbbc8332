"""The result of :func:`minebelt.atlas`: ranked border sides, the ``minebelt.atlas/1`` document, tables.

Layer: pipeline. :class:`Atlas` is passive: :func:`minebelt.pipeline.atlas.atlas` builds it;
its methods are views of its own data.

The JSON document (``schema = "minebelt.atlas/1"``) is a contract other tools read::

    {"schema": "minebelt.atlas/1",
     "depth_km": 2.0, "along_water": "skip", "model": "korea-peak", "sort": "mines",
     "top": null, "countries": null, "sides": 652,
     "models": [{"name", "kind", "value", "unit", "source"}],
     "clearance": {"deminers", "workforce", "programme", "scope", "year", "minefield_condition",
                   "mines_per_deminer_year", "m2_per_deminer_year", "land_release",
                   "land_release_shares", "unrecorded_allowance", "method", "sources"},
     "exposure": {"radii_km": [1, 5, 10], "scope", "source", "license"},
     "borders": [{"rank", "defender", "defender_name", "neighbour", "neighbour_name",
                  "length_km", "land_km", "water_km", "belt_front_km", "belt_area_km2",
                  "detached_km2", "mines": {model: n}, "clearance_years": {model: years | null},
                  "people": {"defender_side" | "other_side": {"within_1km" | "within_5km" |
                             "within_10km": {"places", "population"}}},
                  "source": "bundled curves" | "computed from the lines", "note"}],
     "data": {"source", "version", "license", "attribution", "curves"},
     "provenance": {"minebelt_version", "method"}}

``sides`` counts every side of the atlas's borders before ``top`` cuts the rows; ``rank``
is the row's place in that order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import settings

if TYPE_CHECKING:
    import geopandas
    import pandas

    from ..scenario.atlas_options import AtlasOptions

SCHEMA = "minebelt.atlas/1"
METHOD = (
    "each side: the defender's belt behind its whole land border with the neighbour, rivers and lakes skipped "
    "(along_water = skip), measured as minebelt estimate measures a whole-border section (bundled curves where the "
    "side is bundled, else built from the lines); mines = belt area x areal density, or km of front the belt is built "
    "behind x linear density; clearance calendar years = (mines / mines per deminer-year + cleared m2 / m2 per "
    "deminer-year) / deminers, at the point values of the clearance block; people: GeoNames places within each "
    "distance of the belt, the defender's side and the other side apart"
)


def _flat_model(name: str) -> str:
    return name.replace("-", "_")


@dataclass
class Atlas:
    """Every side of every land border (or of some countries) at one depth, ranked.

    ``rows``: the ranked rows kept (``top``); ``all_rows``: every side in the same order;
    ``sides``: how many; ``clearance``: the workforce and productivities stated;
    ``belts``: one belt polygon per kept row when built (``belts=True``), else None.
    """

    options: AtlasOptions
    rows: list[dict[str, Any]]
    sides: int
    clearance: dict[str, Any]
    belts: list[Any] | None = None
    all_rows: list[dict[str, Any]] = field(default_factory=list, repr=False)

    @property
    def depth_km(self) -> float:
        return self.options.depth_km

    @property
    def model(self) -> str:
        return self.options.model

    def curves_note(self) -> str:
        """How many sides were read from the bundled curves and how many built from the lines."""
        from ..geo.atlas_sides import BUNDLED

        bundled = sum(r["source"] == BUNDLED for r in self.all_rows)
        n = len(self.all_rows)
        if bundled == n:
            return f"every one of the {n} sides read from the bundled curves (data/border_belts.npz)"
        if bundled == 0:
            return f"every one of the {n} sides computed from the lines (no current bundled curves for them)"
        return f"{bundled} of {n} sides read from the bundled curves, {n - bundled} computed from the lines"

    def to_dict(self) -> dict[str, Any]:
        """The ``minebelt.atlas/1`` document (JSON-ready; module docstring)."""
        from .._version import __version__
        from ..data.borders import data_info
        from ..data.places import places
        from ..model.densities import DENSITY_MODELS

        info = data_info()
        pl = places()
        o = self.options
        return {
            "schema": SCHEMA,
            "depth_km": o.depth_km,
            "along_water": "skip",
            "model": o.model,
            "sort": o.sort,
            "top": o.top,
            "countries": list(o.countries) if o.countries else None,
            "sides": self.sides,
            "models": [
                {"name": m.name, "kind": m.kind, "value": m.value, "unit": m.unit, "source": str(m.citation)}
                for m in DENSITY_MODELS.values()
            ],
            "clearance": {
                **{k: v for k, v in self.clearance.items() if k != "productivity_source"},
                "method": "calendar years = (mines / mines_per_deminer_year + cleared m2 / m2_per_deminer_year) / deminers",
                "productivity_source": self.clearance["productivity_source"],
            },
            "exposure": {
                "radii_km": list(settings.EXPOSURE_RADII_KM),
                "scope": f"GeoNames populated places of {pl.meta.get('min_population', 1000):,} inhabitants or more, at GeoNames' latest population figure; the defender's side and the other side counted apart",
                "source": pl.meta["attribution"],
                "license": pl.meta["license"],
            },
            "borders": [{k: v for k, v in r.items() if not k.startswith("_")} for r in self.rows],
            "data": {
                "source": info["source"],
                "version": info["version"],
                "license": info["license"],
                "attribution": info["attribution"],
                "curves": self.curves_note(),
            },
            "provenance": {"minebelt_version": __version__, "method": METHOD},
        }

    def to_frame(self) -> pandas.DataFrame:
        """One flat row per side (the CSV's columns): ``mines_<model>`` and
        ``clearance_years_<model>`` per density model (``-`` written ``_``), population as
        ``people_<r>km_defender_side`` / ``people_<r>km_other_side``."""
        import pandas as pd

        return pd.DataFrame([flat_row(r) for r in self.rows], columns=flat_columns())

    def to_geodataframe(self) -> geopandas.GeoDataFrame:
        """:meth:`to_frame` with each side's belt polygon (EPSG:4326; None for an empty belt).
        Needs the belts: ``minebelt.atlas(..., belts=True)``."""
        import geopandas as gpd

        if self.belts is None:
            raise ValueError("this atlas holds no belt polygons: run minebelt.atlas(..., belts=True)")
        return gpd.GeoDataFrame(self.to_frame(), geometry=list(self.belts), crs="EPSG:4326")

    def _repr_html_(self) -> str:
        return self.to_frame().head(20).to_html(index=False)


#: The flat table's first columns: an atlas row's own figures, as they are.
_FLAT_FIGURES = (
    "rank",
    "defender",
    "defender_name",
    "neighbour",
    "neighbour_name",
    "length_km",
    "land_km",
    "water_km",
    "belt_front_km",
    "belt_area_km2",
    "detached_km2",
)


def flat_columns() -> list[str]:
    """The flat table's columns, in order."""
    from ..model.densities import DENSITY_MODELS

    cols = list(_FLAT_FIGURES)
    cols += [f"mines_{_flat_model(m)}" for m in DENSITY_MODELS]
    cols += [f"clearance_years_{_flat_model(m)}" for m in DENSITY_MODELS]
    for r in settings.EXPOSURE_RADII_KM:
        cols += [f"people_{r:g}km_defender_side", f"people_{r:g}km_other_side"]
    return cols + ["source", "note"]


def flat_row(r: dict[str, Any]) -> dict[str, Any]:
    """An atlas row as the flat table's columns."""
    out = {k: r[k] for k in _FLAT_FIGURES}
    for m, v in r["mines"].items():
        out[f"mines_{_flat_model(m)}"] = v
    for m, v in r["clearance_years"].items():
        out[f"clearance_years_{_flat_model(m)}"] = v
    for rad in settings.EXPOSURE_RADII_KM:
        for side in ("defender_side", "other_side"):
            out[f"people_{rad:g}km_{side}"] = r["people"][side][f"within_{rad:g}km"]["population"]
    out["source"] = r["source"]
    out["note"] = r["note"]
    return out
