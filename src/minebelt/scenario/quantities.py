"""One value of a scenario as a model input: :class:`Input` (a distribution and the key of its draw).

Layer: inputs.

"One assumption is one draw": every uncertain value gets a *key* naming where it was
written. Values written in ``[defaults]`` (``defaults.depth_km``) or in ``[parameters]``
(``parameters.belt_depth``) have one key shared by every section that uses them, so a
Monte Carlo run draws them once per iteration for all those sections; a value written on a
section (``sections[3].depth_km``) is that section's own draw.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import settings
from ..errors import InputError, clip, suggest
from ..uncertainty.distributions import Distribution, check_range, parse


@dataclass(frozen=True)
class Input:
    """One model input: the distribution and the key of its draw."""

    key: str
    dist: Distribution
    unit: str

    @property
    def shared(self) -> bool:
        """True for a value from [defaults] or [parameters], drawn once for all sections."""
        return not self.key.startswith("sections[")

    @property
    def uncertain(self) -> bool:
        return not self.dist.is_point


@dataclass(frozen=True)
class Range:
    low: float
    high: float
    unit: str
    low_open: bool = True
    #: words the field takes besides numbers and intervals (e.g. ``("not costed",)``), named
    #: in the message when a value is neither
    words: tuple[str, ...] = ()
    #: an interval in the field's own unit, for the message when a value is no number
    example: str = "6000 to 12000"

    def text(self) -> str:
        """``(0, 50] km``: the allowed range as the range checks word it."""
        return f"{'(' if self.low_open else '['}{self.low:g}, {self.high:g}] {self.unit}"


LENGTH = Range(0.0, settings.LENGTH_KM_MAX, "km", example="200 to 300")
DEPTH = Range(0.0, settings.DEPTH_KM_MAX, "km", example="1.5 to 2.5")
AREAL = Range(0.0, settings.DENSITY_PER_KM2_MAX, "mines/km\u00b2", example="6000 to 12000")
LINEAR = Range(0.0, settings.DENSITY_PER_KM_FRONT_MAX, "mines/km of front", example="3000 to 6000")


def resolve_quantity(value: Any, key: str, where: str, rng: Range, parameters: dict[str, Any], label: str) -> Input:
    """One value (number, interval, distribution or ``{param = "x"}``) as an :class:`Input`.

    The one validation path of every quantity, whatever its table: :func:`parse` refuses
    booleans, NaN, infinities and malformed distributions; :func:`check_range` refuses values
    outside ``rng`` (an uncertain value by its 0.1 %-99.9 % range). Raises
    :class:`InputError` naming ``label``, ``where`` and the allowed range.
    """
    if isinstance(value, dict) and set(value) == {"param"}:
        name = value["param"]
        if not isinstance(name, str) or name not in parameters:
            known = ", ".join(sorted(parameters)) or "none defined"
            hint = suggest(name, parameters) if isinstance(name, str) else ""
            raise InputError(
                f"{label}: {where}: unknown parameter {clip(name)}{hint} (in [parameters]: {clip(known, 300)})"
            )
        return resolve_quantity(parameters[name], f"parameters.{name}", f"parameters.{name}", rng, {}, label)
    if isinstance(value, str) and rng.words and not any(ch.isdigit() for ch in value):  # a word, not a number
        try:
            dist = parse(value, f"{label}: {where}")
        except InputError:
            allowed = " or ".join(repr(w) for w in rng.words)
            raise InputError(
                f'{label}: {where}: {clip(value)} is neither a number, an interval like "6000 to 12000" nor {allowed}{suggest(value.strip().lower(), rng.words)}'
            ) from None
    else:
        try:
            dist = parse(value, f"{label}: {where}")
        except InputError as e:
            if not (isinstance(value, str) and "is neither a number nor an interval" in str(e)):
                raise
            # the field's own example and allowed range, not a density's
            raise InputError(
                f'{label}: {where} = {clip(value)}: must be a number or an interval like "{rng.example}", in {rng.text()}'
            ) from None
    check_range(dist, f"{label}: {where}", rng.low, rng.high, rng.unit, rng.low_open)
    return Input(key, dist, rng.unit)
