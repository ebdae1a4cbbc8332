"""The atlas's options checked before any work: depth, workforce, density model, sort, top, countries.

Layer: inputs.

:func:`atlas_options` is the one check of ``minebelt atlas``'s options, of
:func:`minebelt.atlas`'s arguments and of the web API's query: each bad value is one
:class:`~minebelt.errors.InputError` line naming the option (as the caller spells it, through
``names``) and the allowed range or values.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .. import settings
from ..errors import InputError, clip, suggest

#: The ``--sort`` keys and what each orders by (numbers largest first, codes A to Z).
SORT_KEYS: dict[str, str] = {
    "mines": "mines under the chosen density model (--model)",
    "area": "belt area",
    "length": "border length",
    "land": "land front",
    "water": "front along rivers and lakes",
    "years": "clearance years under the chosen density model",
    "people": "population within 5 km of the belt on the defender's side",
    "defender": "defending country (ISO code), then neighbour",
    "neighbour": "neighbouring country (ISO code), then defender",
}
DEFAULT_SORT = "mines"
DEFAULT_MODEL = "korea-peak"
#: Most deminers a workforce may have (the scenario's clearance.deminers range).
DEMINERS_MAX = 1e7

#: How each argument is named in messages: the Python API's names.
API_NAMES = {
    "depth_km": "depth_km",
    "deminers": "deminers",
    "workforce": "workforce",
    "model": "model",
    "sort": "sort",
    "top": "top",
    "countries": "countries",
}


@dataclass(frozen=True)
class AtlasOptions:
    """Checked options of an atlas: ``depth_km`` (0, 50]; ``deminers`` (a stated workforce) or
    ``workforce`` (a preset key; one of the two is set); ``model``: the density model of the
    mines column, the default sort and the map; ``sort``; ``top`` (None: every side);
    ``countries``: ISO alpha-3 codes (None: the world)."""

    depth_km: float
    deminers: float | None
    workforce: str | None
    model: str
    sort: str
    top: int | None
    countries: tuple[str, ...] | None


def _number(name: str, value: Any, allowed: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(float(value)):
        raise InputError(f"{name} {clip(value)}: must be a number in {allowed}")
    return float(value)


def _depth(value: Any, name: str) -> float:
    allowed = f"(0, {settings.DEPTH_KM_MAX:g}] km"
    d = _number(name, value, allowed)
    if not 0 < d <= settings.DEPTH_KM_MAX:
        raise InputError(f"{name} {d:g}: must be in {allowed}")
    return d


def _workforce(deminers: Any, workforce: Any, names: Mapping[str, str]) -> tuple[float | None, str | None]:
    from ..model.clearance_workforce import DEFAULT_WORKFORCE, WORKFORCE_PRESETS

    if deminers is not None and workforce is not None:
        raise InputError(
            f"{names['deminers']} and {names['workforce']}: give a number of deminers or a workforce preset, not both"
        )
    if deminers is not None:
        allowed = f"(0, {DEMINERS_MAX:,.0f}]"
        n = _number(names["deminers"], deminers, allowed)
        if not 0 < n <= DEMINERS_MAX:
            raise InputError(f"{names['deminers']} {n:g}: must be in {allowed}")
        return n, None
    key = DEFAULT_WORKFORCE if workforce is None else str(workforce).strip()
    if key not in WORKFORCE_PRESETS:
        raise InputError(
            f"{names['workforce']} {clip(workforce)}: unknown workforce preset{suggest(key, WORKFORCE_PRESETS)} (allowed: {', '.join(WORKFORCE_PRESETS)})"
        )
    return None, key


def _countries(values: Any, name: str) -> tuple[str, ...] | None:
    from ..data.borders import border_lengths
    from ..data.iso import country_names

    if values is None:
        return None
    if isinstance(values, str):
        values = [values]
    if not isinstance(values, Sequence) or not values:
        raise InputError(f"{name} {clip(values)}: give one or more ISO 3166-1 alpha-3 codes")
    with_borders = {r["a"] for r in border_lengths()} | {r["b"] for r in border_lengths()}
    # "EST,LVA,LTU" and repeated flags alike: each value may hold a comma list
    parts = [p for v in values for p in (str(v).split(",") if isinstance(v, str) else [v])]
    if not parts or any(not str(p).strip() for p in parts):
        raise InputError(
            f"{name} {clip(values)}: give one or more ISO 3166-1 alpha-3 codes, comma-separated or repeated"
        )
    out = []
    for v in parts:
        code = str(v).strip().upper()
        if code not in country_names():
            raise InputError(f"{name} {clip(v)}: unknown ISO 3166-1 alpha-3 code{suggest(code, country_names())}")
        if code not in with_borders:
            raise InputError(f"{name} {code}: has no land border in the bundled data")
        out.append(code)
    return tuple(dict.fromkeys(out))


def atlas_options(
    depth_km: Any = settings.ATLAS_DEPTH_KM,
    *,
    deminers: Any = None,
    workforce: Any = None,
    model: Any = DEFAULT_MODEL,
    sort: Any = DEFAULT_SORT,
    top: Any = None,
    countries: Any = None,
    names: Mapping[str, str] | None = None,
) -> AtlasOptions:
    """The checked :class:`AtlasOptions`; raises :class:`InputError` naming the first bad one.

    ``names`` maps each argument to the name the user wrote (``{"depth_km": "--depth"}`` for
    the command line); unnamed arguments keep the Python API's names.
    """
    from ..model.densities import DENSITY_MODELS

    n = {**API_NAMES, **(names or {})}
    depth = _depth(depth_km, n["depth_km"])
    w, preset = _workforce(deminers, workforce, n)
    m = str(model).strip() if model is not None else DEFAULT_MODEL
    if m not in DENSITY_MODELS:
        raise InputError(
            f"{n['model']} {clip(model)}: unknown density model{suggest(m, DENSITY_MODELS)} (allowed: {', '.join(DENSITY_MODELS)})"
        )
    s = str(sort).strip().lower() if sort is not None else DEFAULT_SORT
    if s not in SORT_KEYS:
        raise InputError(
            f"{n['sort']} {clip(sort)}: unknown sort key{suggest(s, SORT_KEYS)} (allowed: {', '.join(SORT_KEYS)})"
        )
    t = None
    if top is not None:
        if isinstance(top, bool) or not isinstance(top, numbers.Integral) or top < 1:
            raise InputError(f"{n['top']} {clip(top)}: must be a whole number >= 1")
        t = int(top)
    return AtlasOptions(depth, w, preset, m, s, t, _countries(countries, n["countries"]))
