"""The atlas in words and files: its headline, what it assumes, the CSV and the GeoPackage.

Layer: outputs. The terminal table is :mod:`minebelt.outputs.terminal.atlas`, the world map
:mod:`minebelt.outputs.atlas_map`; the JSON document is the result's own
(:meth:`minebelt.pipeline.atlas_result.Atlas.to_dict`).

The CSV and the GeoPackage layer :data:`LAYER` hold the columns of :data:`ATLAS_COLUMNS`, in
that order, rounded to each column's precision (half away from zero, :func:`minebelt.numbers.decimals`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import settings
from ..i18n import current, ngettext, nprinted
from ..i18n import gettext as _
from ..numbers import count, decimals, num, sig
from .datadict import Column

if TYPE_CHECKING:
    import pandas

    from ..model.densities import DensityModel
    from ..pipeline.atlas_result import Atlas

#: The GeoPackage layer of ``minebelt atlas --gpkg``.
LAYER = "belts"


def _columns() -> list[Column]:
    from ..model.densities import DENSITY_MODELS

    cols = [
        Column("rank", "", 0, "place of the side in the atlas's order (--sort)"),
        Column("defender", "ISO 3166-1 alpha-3", None, "defending country: the belt lies on its side of the border"),
        Column("defender_name", "", None, "defending country's name (ISO 3166)"),
        Column("neighbour", "ISO 3166-1 alpha-3", None, "neighbouring country across the border"),
        Column("neighbour_name", "", None, "neighbour's name (ISO 3166)"),
        Column("length_km", "km", 1, "length of the land border (land_km + water_km), bundled border data"),
        Column("land_km", "km", 1, "part of the border on land: the front the belt is laid behind"),
        Column(
            "water_km", "km", 1, "part of the border along rivers and lakes: no belt behind it (along_water = skip)"
        ),
        Column("belt_front_km", "km", 1, "front the belt is laid behind (the land front)"),
        Column("belt_area_km2", "km\u00b2", 3, "belt area at the atlas's depth, geodesic, on the defender's land"),
        Column(
            "detached_km2",
            "km\u00b2",
            3,
            "defender land within the depth not connected to the front (islands, land across the sea): left out",
        ),
    ]
    for m in DENSITY_MODELS.values():
        cols.append(
            Column(
                f"mines_{m.name.replace('-', '_')}",
                "mines",
                0,
                f"mines in the belt under the '{m.name}' density model ({num(m.value)} {m.unit})",
            )
        )
    for m in DENSITY_MODELS.values():
        cols.append(
            Column(
                f"clearance_years_{m.name.replace('-', '_')}",
                "years",
                1,
                f"calendar years to clear the belt under '{m.name}' with the atlas's stated workforce (clearance.deminers in the JSON)",
            )
        )
    for r in settings.EXPOSURE_RADII_KM:
        cols.append(
            Column(
                f"people_{r:g}km_defender_side",
                "people",
                0,
                f"population of the populated places within {r:g} km of the belt in the defending country (GeoNames)",
            )
        )
        cols.append(
            Column(
                f"people_{r:g}km_other_side",
                "people",
                0,
                f"population of the populated places within {r:g} km of the belt across the border (GeoNames), counted apart",
            )
        )
    cols.append(Column("source", "", None, "'bundled curves' (data/border_belts.npz) or 'computed from the lines'"))
    cols.append(
        Column(
            "note", "", None, "why a belt is empty or small (e.g. no land of the defender within the depth), else empty"
        )
    )
    return cols


ATLAS_COLUMNS: dict[str, Column] = {c.name: c for c in _columns()}


def model_text(m: DensityModel) -> str:
    """``12,000 mines/km², the Korean DMZ peak`` (in the reader's language)."""
    from .views import model_words

    return model_words(m)


def people_text(row: dict[str, Any], radius_km: float = 5.0) -> str:
    """The people within ``radius_km`` of a side's belt on the defender's side, three significant
    figures (``225,000``), as estimate prints them; ``no places on record`` when the defending
    country has no bundled place within the largest radius (GeoNames' cover is thin in places:
    a 0 there is no count of people)."""
    side = row["people"]["defender_side"]
    largest = f"within_{max(settings.EXPOSURE_RADII_KM):g}km"
    if not (side.get(largest) or {}).get("places"):
        return _("no places on record")
    return sig(side[f"within_{radius_km:g}km"]["population"], 3, scale=False)


def workforce_text(clearance: dict[str, Any]) -> str:
    """``4,021 deminers (Ukraine's certified mine action operators, 2024)`` or ``500 deminers (stated)``."""
    if current() != "en":
        kw = {"deminers": num(clearance["deminers"]), "programme": _(str(clearance.get("programme") or "")),
              "year": clearance.get("year", "")}  # fmt: skip
        # "4 021 raivaajaa (...)": the count with its noun in the form the number takes, never a
        # bare genitive label ("atmīnētāju: 4 021") that a sentence around it leaves dangling
        if clearance.get("programme"):
            return nprinted("%(deminers)s deminer (%(programme)s, %(year)s)",
                            "%(deminers)s deminers (%(programme)s, %(year)s)", kw["deminers"]) % kw  # fmt: skip
        return nprinted("%(deminers)s deminer (stated)", "%(deminers)s deminers (stated)", kw["deminers"]) % kw
    n = f"{num(clearance['deminers'])} deminers"
    if clearance.get("programme"):
        return f"{n} ({clearance['programme']}, {clearance['year']})"
    return f"{n} (stated)"


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


#: Names for sentences where the ISO 3166 name reads awkwardly in one.
SENTENCE_NAMES = {"RUS": "Russia", "COD": "DR Congo", "PSE": "Palestine", "VAT": "Vatican City", "XKX": "Kosovo"}


def short_name(code: str, name: str) -> str:
    """The country's name for a sentence: :data:`SENTENCE_NAMES`, else its ISO 3166 name; in
    another language CLDR's name (via Babel), else as in English."""
    if current() != "en":
        from .report.local_names import country

        local = country(code)
        if local != code:
            return local
    return SENTENCE_NAMES.get(code, name)


def side_words(r: dict[str, Any]) -> str:
    """``Russia's side of its border with Kazakhstan``."""
    return f"{_possessive(short_name(r['defender'], r['defender_name']))} side of its border with {short_name(r['neighbour'], r['neighbour_name'])}"


def _mines(printed: str) -> str:
    """``166 mln min``, ``5 302 miny``: a printed number of mines with its noun in the form CLDR gives it."""
    from ..i18n import npprinted, pgettext

    return f"{printed} {npprinted('after a number', 'mine', 'mines', printed, pgettext('fraction', 'mines'))}"


def headline(result: Atlas, n: int = 3) -> str:
    """Which sides are largest, in one sentence: the ``n`` sides with the most mines under the
    atlas's density model, with their mines and belt area, and how many sides the atlas holds."""
    rows = sorted(
        result.all_rows or result.rows, key=lambda r: (-r["mines"][result.model], r["defender"], r["neighbour"])
    )[:n]
    if not rows:
        return _("No border side in this atlas.")
    if current() != "en":  # a side as "defender > neighbour": no possessive to decline
        from babel.lists import format_list

        local = [
            f"{short_name(r['defender'], r['defender_name'])} > {short_name(r['neighbour'], r['neighbour_name'])} "
            + f"({_mines(sig(r['mines'][result.model], words=True))}, {sig(r['belt_area_km2'])}\u00a0{_('km²')})"
            for r in rows
        ]  # fmt: skip
        return ngettext(
            "At %(depth)s km deep the largest belts would be on these sides (defender > neighbour): %(sides)s, of %(n)s border side.",
            "At %(depth)s km deep the largest belts would be on these sides (defender > neighbour): %(sides)s, of %(n)s border sides.",
            result.sides,
        ) % {
            "depth": num(result.depth_km, scale=False),
            "sides": format_list(local, locale=current()),
            "n": count(result.sides),
        }
    parts = [
        f"{side_words(r)} ({sig(r['mines'][result.model], words=True)} mines, {sig(r['belt_area_km2'])} km\u00b2)"
        for r in rows
    ]
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    total = result.sides
    return f"At {result.depth_km:g} km deep the largest belts would be on {listed}, of {total:,} border side{'s' if total != 1 else ''}."


def assumes(result: Atlas) -> str:
    """What every row assumes, in one line."""
    from ..model.densities import DENSITY_MODELS

    m = DENSITY_MODELS[result.model]
    c = result.clearance
    if current() != "en":
        from .report.local_words import _condition_name

        return _(
            "Assumes a belt %(depth)s km deep behind each side's land border (rivers and lakes skipped), mines at %(model)s; clearance by %(workforce)s at the productivities fitted on historical clearances (minefield condition: %(condition)s); people: places within 1, 5 and 10 km, the defender's side and the other side apart."
        ) % {"depth": num(result.depth_km, scale=False), "model": model_text(m),
             "workforce": workforce_text(c), "condition": _condition_name(c["minefield_condition"])}  # fmt: skip
    return (
        f"Assumes a belt {result.depth_km:g} km deep behind each side's land border (rivers and lakes skipped), mines at "
        f"{model_text(m)}; clearance by {workforce_text(c)} at the productivities fitted on historical clearances "
        f"({c['minefield_condition']} minefields); people: places within 1, 5 and 10 km, the defender's side and the other side apart."
    )


def atlas_frame(result: Atlas) -> pandas.DataFrame:
    """The flat table of the rows kept, every column at its precision (whole numbers as
    nullable integers)."""
    import pandas as pd

    df = result.to_frame()
    for name, col in ATLAS_COLUMNS.items():
        if col.decimals is None:
            continue
        vals = [decimals(v, col.decimals) if v is not None and v == v else None for v in df[name].tolist()]
        df[name] = pd.array(vals, dtype="Int64") if col.decimals == 0 else pd.array(vals, dtype="Float64")
    return df


def atlas_csv_text(result: Atlas) -> str:
    """The CSV (UTF-8, ``\\n`` line ends; text cells formula-safe)."""
    from .hygiene import csv_cell

    df = atlas_frame(result)
    for name, col in ATLAS_COLUMNS.items():
        if col.decimals is None:
            df[name] = df[name].map(lambda v: csv_cell(v) if isinstance(v, str) else v)
    return df.to_csv(index=False, lineterminator="\n")


def atlas_gpkg_bytes(result: Atlas) -> bytes:
    """The GeoPackage: layer :data:`LAYER`, one belt polygon per side kept (EPSG:4326; no
    geometry for an empty belt) with the columns of :data:`ATLAS_COLUMNS`; reproducible byte
    for byte (:func:`minebelt.outputs.exports.gpkg_timestamp`). Needs the belts
    (``minebelt.atlas(..., belts=True)``)."""
    import tempfile
    from pathlib import Path

    import geopandas as gpd
    import pyogrio

    from .exports import _GDAL_LOCK, gpkg_timestamp

    if result.belts is None:
        raise ValueError("the atlas holds no belt polygons: build it with belts=True")
    gdf = gpd.GeoDataFrame(atlas_frame(result), geometry=list(result.belts), crs="EPSG:4326")
    with _GDAL_LOCK, tempfile.TemporaryDirectory(prefix="minebelt-atlas-") as d:
        previous = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": gpkg_timestamp()})
        try:
            path = Path(d) / "atlas.gpkg"
            gdf.to_file(path, layer=LAYER, driver="GPKG", engine="pyogrio", promote_to_multi=True)
            return path.read_bytes()
        finally:
            pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": previous})
