"""The data dictionary of the table exports: every column's unit, precision and meaning.

Layer: outputs.

One table drives both the rounding of ``sections.csv`` / ``countries.csv`` (and the
attributes of ``belts.geojson`` / ``belts.gpkg``) and the ``data-dictionary.csv`` written
beside them, so the two cannot disagree. Precision is what the inputs support: mines and
mines per km² as whole numbers, km to 0.1, km² to 0.001 (a belt around a small enclave is a fraction of a km²: MYS>SGP 0.346 km² would lose 13 % at 0.1), depth to 0.01 km. The JSON document
(``result.json``) keeps full precision.

With Monte Carlo samples each figure ``f`` also has columns ``f_mean``, ``f_p05``, ``f_p50``
and ``f_p95`` (mean, 5th, 50th and 95th percentiles of the sample), in the unit and precision
of ``f``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..i18n import N_, ngettext, pgettext
from ..i18n import gettext as _
from ..numbers import decimals

#: Statistics of a ``_dist`` block, as column suffixes, with their meaning.
DIST_STATS = {
    "mean": N_("mean of the Monte Carlo sample"),
    "p05": "5th percentile of the Monte Carlo sample (low end of the 90 % interval)",
    "p50": N_("median of the Monte Carlo sample"),
    "p95": "95th percentile of the Monte Carlo sample (high end of the 90 % interval)",
}


#: The percentiles' meaning for translation (a "%" before a letter reads as a placeholder).
_DIST_WORDS = {
    "p05": N_("5th percentile of the Monte Carlo sample (low end of the 90 %% interval)"),
    "p95": N_("95th percentile of the Monte Carlo sample (high end of the 90 %% interval)"),
}


@dataclass(frozen=True)
class Column:
    name: str
    unit: str
    decimals: int | None  # None: text, written as is
    description: str


_COLUMNS = [
    Column("name", "", None, N_("section name, as in the scenario")),
    Column(
        "country", "ISO 3166-1 alpha-3", None, N_("defending country (the belt is on its side); A+B for a joint front")
    ),
    Column("border", "ISO 3166-1 alpha-3", None, N_("neighbour(s) across the front; empty for a user-drawn line")),
    Column("length_km", "km", 1, N_("front length: measured on the bundled border data, or stated in the scenario")),
    Column("depth_km", "km", 2, N_("belt depth, perpendicular to the front")),
    Column("area_km2", "km\u00b2", 3, N_("belt area (geodesic for measured sections, length x depth for stated ones)")),
    Column("density_per_km2", "mines/km\u00b2", 0, N_("mines per km\u00b2 of belt")),
    Column("mines", "mines", 0, N_("mines in the belt")),
    Column(
        "mines_per_km_front", "mines/km", 0, N_("mines per km of the front the belt is laid behind (belt_front_km)")
    ),
    Column("length_source", "", None, N_("measured (bundled border data) or stated (scenario)")),
    Column("density_model", "", None, N_("named density model (minebelt models), if any")),
    Column("density_kind", "", None, N_("areal (per km\u00b2 of belt) or linear (per km of front)")),
    Column("water_km", "km", 1, N_("part of the front along rivers and lakes")),
    Column("land_km", "km", 1, N_("part of the front on land")),
    Column(
        "belt_front_km",
        "km",
        1,
        N_("front the belt is laid behind: the land front when water is skipped, all of it when included"),
    ),
    Column("pairs", "", None, N_("border pairs the front follows (ISO codes, '; '-separated)")),
    Column("along_water", "", None, N_("what the belt does along water stretches: skip or include")),
    Column(
        "overlap_km2",
        "km\u00b2",
        3,
        N_("area shared with earlier belts of the same country, counted once in the totals"),
    ),
    Column(
        "overlap_front_km",
        "km",
        1,
        N_(
            "front shared with earlier sections of the same defending country (union of km ranges on each border side), counted once in the totals"
        ),
    ),
    Column(
        "detached_km2",
        "km\u00b2",
        3,
        N_(
            "defender land within the depth not connected to the front (islands, land across the sea): left out of the belt"
        ),
    ),
    Column("from_km", "km", 1, N_("start of the stretch, km along the border from its km 0")),
    Column("to_km", "km", 1, N_("end of the stretch, km along the border from its km 0")),
    Column("line", "", None, N_("'user' for a user-drawn front line")),
    Column("side", "", None, N_("side of a user-drawn line the belt lies on")),
    Column("sections", "sections", 0, N_("number of sections of this country")),
    Column("section_index", "", 0, N_("position of the section in the scenario (0 = first)")),
    Column("scenario", "", None, N_("scenario name")),
]
COLUMNS: dict[str, Column] = {c.name: c for c in _COLUMNS}

#: ``hazard-areas.csv`` / ``hazard-areas.gpkg`` (``minebelt report --records``): each belt as the
#: record of a hazardous area that a national mine-action database keeps (IMAS 05.10; the
#: GICHD minimum data requirements; CCW Amended Protocol II, Technical Annex 1:
#: :mod:`minebelt.model.records_sources`). Strategic attributes only: the belt polygon is the
#: finest unit, never a mine position or a pattern.
RECORD_COLUMNS: dict[str, Column] = {
    c.name: c
    for c in [
        Column(
            "hazard_id",
            "",
            None,
            N_(
                "identifier of the record: MB-<defender>-<neighbour>-<section position, 3 digits> (MB: a minebelt estimate, not a survey)"
            ),
        ),
        Column("hazard_name", "", None, N_("name of the belt: the section's name in the scenario")),
        Column(
            "country",
            "ISO 3166-1 alpha-3",
            None,
            N_("country whose database holds the record: the defending country, on whose side the belt lies"),
        ),
        Column(
            "neighbour", "ISO 3166-1 alpha-3", None, N_("neighbour(s) across the front; empty for a user-drawn line")
        ),
        Column(
            "status",
            "",
            None,
            N_(
                "'planned': a belt proposed, not laid (the minimum data requirements' statuses open, closed, handed over follow once it is)"
            ),
        ),
        Column(
            "hazard_type",
            "",
            None,
            N_("'CHA' once laid: a deliberately laid belt is a confirmed hazardous area over its whole polygon"),
        ),
        Column(
            "device_category",
            "",
            None,
            N_("category of the devices: 'mine' (explosive ordnance class of the minimum data requirements)"),
        ),
        Column(
            "device_class",
            "",
            None,
            N_("class of the mines counted: anti-personnel (the density models count anti-personnel mines)"),
        ),
        Column(
            "devices_estimated",
            "mines",
            0,
            N_("estimated number of devices in the belt (minebelt's estimate at the scenario's density; not a count)"),
        ),
        Column(
            "devices_estimated_p05",
            "mines",
            0,
            N_("5th percentile of the estimated devices (Monte Carlo), when the report was sampled"),
        ),
        Column(
            "devices_estimated_p95",
            "mines",
            0,
            N_("95th percentile of the estimated devices (Monte Carlo), when the report was sampled"),
        ),
        Column(
            "density_per_km2",
            "mines/km\u00b2",
            0,
            N_("average devices per km\u00b2 of the belt polygon (no pattern, no spacing)"),
        ),
        Column("area_m2", "m\u00b2", 0, N_("area of the belt polygon, as mine-action databases keep it")),
        Column("area_km2", "km\u00b2", 3, N_("area of the belt polygon")),
        Column("front_km", "km", 1, N_("front the belt is laid behind (land front when water is skipped)")),
        Column("depth_km", "km", 2, N_("belt depth, perpendicular to the front")),
        Column(
            "planned_laying_start_year",
            "year",
            0,
            N_(
                "first year of production of the mines (the scenario's [production] start year); empty when the scenario has no production block"
            ),
        ),
        Column(
            "planned_laying_end_year",
            "year",
            0,
            N_(
                "year the last mine of this country's belt is produced at the stated capacity (a lower bound on laying); empty without a production block"
            ),
        ),
        Column(
            "marking_fencing",
            "",
            None,
            N_(
                "perimeter marking and fencing required by CCW Amended Protocol II Art. 5(2)(a) for mines without self-destruction; 'fence costed' when the scenario's [cost] includes the border-fence proxy"
            ),
        ),
        Column(
            "self_destruct_share",
            "share",
            2,
            N_(
                "share of the mines that self-destruct: not stated by any scenario input, so empty (not estimated); remotely delivered anti-personnel mines must self-destruct (Amended Protocol II, Technical Annex 3)"
            ),
        ),
        Column(
            "benchmark_lon",
            "degrees east",
            5,
            N_("benchmark: a point inside the belt polygon (not a mine position), WGS 84"),
        ),
        Column(
            "benchmark_lat",
            "degrees north",
            5,
            N_("benchmark: a point inside the belt polygon (not a mine position), WGS 84"),
        ),
        Column("scenario", "", None, N_("scenario the record was estimated from")),
        Column("scenario_sha256", "", None, N_("sha256 of the scenario file: which inputs made the record")),
        Column("recorded_by", "", None, N_("the program and version that made the record (an estimate, not a survey)")),
    ]
}
#: The country table's ``name`` is the country's name, not a section's.
COUNTRY_NAME = Column("name", "", None, N_("country name (ISO 3166)"))
COUNTRY_CODE = Column("country", "ISO 3166-1 alpha-3", None, N_("defending country; A+B for a joint front"))


def column(name: str, table: str = "sections") -> Column:
    """The dictionary entry of ``name`` (``mines_p05`` and the like included); ``table`` is
    ``"sections"``, ``"countries"`` or ``"hazard-areas"``."""
    if table == "hazard-areas":
        return RECORD_COLUMNS.get(name, Column(name, "", None, ""))
    if table == "countries" and name == "name":
        return COUNTRY_NAME
    if table == "countries" and name == "country":
        return COUNTRY_CODE
    if name in COLUMNS:
        return COLUMNS[name]
    base, _, stat = name.rpartition("_")
    if stat in DIST_STATS and base in COLUMNS:
        c = COLUMNS[base]
        return Column(name, c.unit, c.decimals, f"{c.description}: {DIST_STATS[stat]}")
    return Column(name, "", None, "")


def round_value(name: str, v: Any) -> Any:
    """One value rounded to its column's precision (text and missing values unchanged)."""
    import math

    d = column(name).decimals
    if d is None or isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
        return v
    return decimals(v, d)  # half away from zero, as the web page's CSV (format.js)


def round_frame(df: Any, table: str = "sections") -> Any:
    """A copy of ``df`` with every numeric column at its precision; whole-number columns
    become nullable integers (no ``.0``, no float noise)."""
    out = df.copy()
    for name in out.columns:
        d = column(name, table).decimals
        if d is None or out[name].dtype == object or out[name].dtype == bool:
            continue
        col = out[name].map(lambda v, d=d: decimals(v, d) if v is not None and v == v else v)
        out[name] = col.astype("Int64") if d == 0 else col.astype(float)
    return out


def description(c: Column) -> str:
    """A column's description in the reader's language (the English one as written); a
    statistic's column (``mines_p05``) joins its figure's and its statistic's."""
    base, sep, stat = c.name.rpartition("_")
    if sep and stat in DIST_STATS and base in COLUMNS and c.name not in COLUMNS:
        stat_words = _(_DIST_WORDS[stat]) % {} if stat in _DIST_WORDS else _(DIST_STATS[stat])
        return f"{_(COLUMNS[base].description)}: {stat_words}"
    return _(c.description) if c.description else ""


#: The columns' units as a reader of ``data-dictionary.csv`` reads them (the code ISO names a
#: standard by, ``ISO 3166-1 alpha-3``, stays as written).
_UNIT_WORDS = {
    "km": lambda: pgettext("data dictionary", "km"),
    "km\u00b2": lambda: pgettext("data dictionary", "km²"),
    "m\u00b2": lambda: pgettext("data dictionary", "m²"),
    "mines": lambda: pgettext("data dictionary", "mines"),
    "mines/km": lambda: pgettext("data dictionary", "mines/km"),
    "mines/km\u00b2": lambda: pgettext("data dictionary", "mines/km²"),
    "sections": lambda: pgettext("data dictionary", "sections"),
    "share": lambda: pgettext("data dictionary", "share"),
    "year": lambda: pgettext("data dictionary", "year"),
    "degrees east": lambda: pgettext("data dictionary", "degrees east"),
    "degrees north": lambda: pgettext("data dictionary", "degrees north"),
}


def unit_words(unit: str) -> str:
    """A column's unit in the reader's words (``km`` -> uk ``км``); as written when unknown."""
    return _UNIT_WORDS[unit]() if unit in _UNIT_WORDS else unit


def precision_words(d: int | None) -> str:
    """A column's precision in the reader's words: ``text`` (None), ``whole number`` (0),
    ``2 decimals``; the digits after the point are the key's ``decimals`` in the web's JSON."""
    if d is None:
        return pgettext("data dictionary", "text")
    if d == 0:
        return pgettext("data dictionary", "whole number")
    return ngettext("%(n)s decimal", "%(n)s decimals", d) % {"n": d}


def dictionary_rows(tables: dict[str, list[str]]) -> list[dict[str, str]]:
    """Rows of ``data-dictionary.csv`` for ``{file name: [columns]}``: the files' and columns'
    names as the files write them (a contract), the units, precisions and descriptions in the
    reader's language (the web's ``minebelt.data-dictionary/1`` keeps them in English)."""
    rows = []
    for file, cols in tables.items():
        table = (
            "countries"
            if file.startswith("countries")
            else "hazard-areas"
            if file.startswith("hazard-areas")
            else "sections"
        )
        for name in cols:
            c = column(name, table)
            rows.append(
                {
                    "file": file,
                    "column": name,
                    "unit": unit_words(c.unit),
                    "precision": precision_words(c.decimals),
                    "description": description(c),
                }
            )
    return rows
