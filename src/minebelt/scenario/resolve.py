"""Resolve a scenario's sections into model inputs (:class:`ResolvedSection`), and check its blocks.

Layer: inputs. Each section gets its length (or None: measured), depth and density as
:class:`~.quantities.Input` values, keyed by where they were written (see :mod:`.quantities`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from .. import settings
from ..errors import InputError, clip, suggest
from ..model.densities import DENSITY_MODELS, DensityModel
from ..uncertainty.distributions import Distribution

if TYPE_CHECKING:
    from .schema import Scenario, Section

from .blocks import resolve_extras
from .quantities import AREAL, DEPTH, LENGTH, LINEAR, Input, resolve_quantity
from .schema import POST_BUILD


@dataclass(frozen=True)
class ResolvedSection:
    index: int
    section: Section
    length: Input | None  #: None: measured from geometry
    depth: Input
    density: Input
    density_kind: Literal["areal", "linear"]
    density_model: DensityModel | None
    along_water: Literal["skip", "include"]


def _density(
    value: Any, linear: Any, key: str, where: str, params: dict[str, Any], label: str
) -> tuple[Input, Literal["areal", "linear"], DensityModel | None]:
    if linear is not None:
        return (
            resolve_quantity(linear, key + "_per_km_front", where + "_per_km_front", LINEAR, params, label),
            "linear",
            None,
        )
    if isinstance(value, str) and value.strip() in DENSITY_MODELS:
        model = DENSITY_MODELS[value.strip()]
        return (
            Input(f"model.{model.name}", Distribution("point", (model.value,), model.name), model.unit),
            model.kind,
            model,
        )
    if isinstance(value, str) and " to " not in value:
        raise InputError(
            f"{label}: {where} = {clip(value)}: unknown density model{suggest(value.strip(), DENSITY_MODELS)} (known: {', '.join(sorted(DENSITY_MODELS))}; "
            'or give mines per km\u00b2 as a number or an interval like "6000 to 12000")'
        )
    return resolve_quantity(value, key, where, AREAL, params, label), "areal", None


def _check_inline_geojson(s: Section, where: str) -> None:
    """An inline ``line``/``mask`` object: structure, CRS and vertex cap, before any geometry."""
    from .geojson import LINE_TYPES, MASK_TYPES, check_geojson

    if isinstance(s.line, dict):
        check_geojson(s.line, f"{where}: line", LINE_TYPES)
    if isinstance(s.mask, dict):
        check_geojson(s.mask, f"{where}: mask", MASK_TYPES)


def resolve_section(sc: Scenario, i: int, label: str = "", prefix: str = "") -> ResolvedSection:
    s: Section = sc.sections[i]
    d = sc.defaults
    label = label or sc.label
    here = f"{prefix}sections[{i}] {clip(s.name)}"
    params = sc.parameters
    _check_inline_geojson(s, f"{label}: {here}")

    length = None
    if s.length_km is not None:
        length = resolve_quantity(s.length_km, f"sections[{i}].length_km", f"{here}: length_km", LENGTH, params, label)

    if s.depth_km is not None:
        depth = resolve_quantity(s.depth_km, f"sections[{i}].depth_km", f"{here}: depth_km", DEPTH, params, label)
    elif d.depth_km is not None:
        depth = resolve_quantity(d.depth_km, "defaults.depth_km", f"{prefix}defaults.depth_km", DEPTH, params, label)
    else:
        raise InputError(
            f"{label}: {here}: depth_km: not set here nor in [defaults] (allowed: (0, {settings.DEPTH_KM_MAX:g}] km)"
        )

    if s.density is not None or s.density_per_km_front is not None:
        dens = _density(s.density, s.density_per_km_front, f"sections[{i}].density", f"{here}: density", params, label)
    elif d.density is not None or d.density_per_km_front is not None:
        if d.density is not None and d.density_per_km_front is not None:
            raise InputError(
                f"{label}: {prefix}defaults.density: give either density or density_per_km_front, not both"
            )
        dens = _density(
            d.density, d.density_per_km_front, "defaults.density", f"{prefix}defaults.density", params, label
        )
    else:
        raise InputError(
            f"{label}: {here}: density: not set here nor in [defaults] (a model name such as 'korea-peak', or mines per km\u00b2)"
        )

    return ResolvedSection(
        index=i,
        section=s,
        length=length,
        depth=depth,
        density=dens[0],
        density_kind=dens[1],
        density_model=dens[2],
        along_water=s.along_water or d.along_water,
    )


def resolve_scenario(sc: Scenario, label: str = "", prefix: tuple[Any, ...] = ()) -> list[ResolvedSection]:
    """Resolve every section and block; raises one :class:`InputError` holding every bad
    value (a line each, naming its section or block and field), not only the first."""
    pre = "".join(f"{p}[{q}] " for p, q in zip(prefix[::2], prefix[1::2], strict=False)) if prefix else ""
    errors: list[InputError] = []
    for name, value in sc.parameters.items():
        if isinstance(value, dict) and set(value) == {"param"}:
            errors.append(
                InputError(
                    f"{label or sc.label}: {pre}parameters.{name}: a parameter cannot refer to another parameter"
                )
            )
    out = []
    for i in range(len(sc.sections)):
        try:
            out.append(resolve_section(sc, i, label, pre))
        except InputError as e:
            errors.append(e)
    try:
        resolve_extras(sc, label or sc.label, pre)
    except InputError as e:
        errors.append(e)
    if errors:
        raise InputError.combine(errors)
    return out


def _check_built(sc: Scenario, label: str) -> None:
    resolve_scenario(sc, label=label)


POST_BUILD.append(_check_built)
