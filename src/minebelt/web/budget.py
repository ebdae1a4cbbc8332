"""The work one web API request may ask for, checked before any work starts.

Layer: interfaces.

An estimate's cost has two parts, both capped (see :mod:`minebelt.settings`):

- Monte Carlo: memory and time grow with samples x sections
  (``API_SAMPLE_SECTIONS_MAX``);
- geometry: a measured section is buffered once at a fixed depth, and with an uncertain depth
  once more at every node depth that covers its range (its belt area is interpolated between
  them, :func:`minebelt.geo.sections.belts_needed`); a whole border in the bundled curves costs
  one buffer (its polygon, when drawn); the number of buffers is capped
  (``API_GEOMETRY_BUFFERS_MAX``).

Errors are :class:`~minebelt.errors.InputError` lines (HTTP 422) naming the field and the
largest value that fits.
"""

from __future__ import annotations

from typing import Any

from .. import settings
from ..errors import InputError


def geometry_buffers(resolved: list[Any], most: int | None = None) -> int:
    """Belt buffers the measured sections of ``resolved`` need.

    With ``most``: when even counting every section as unbundled (a bundled side needs fewer
    buffers, never more) gives at most ``most``, that upper bound is returned without looking
    the sections up in the bundle (which builds their fronts: a few milliseconds a request)."""
    from ..geo.front_source import bundled_front
    from ..geo.sections import belts_needed

    measured = [rs for rs in resolved if rs.length is None]
    if most is not None:
        upper = sum(belts_needed(rs) for rs in measured)
        if upper <= most:
            return upper
    return sum(belts_needed(rs, bundled=bundled_front(rs) is not None) for rs in measured)


def check_estimate(scenario: Any, samples: int | None) -> None:
    """Refuse (InputError, HTTP 422) an estimate request whose work exceeds the web API's budget."""
    from ..scenario.resolve import resolve_scenario

    n = len(scenario.sections)
    if samples is not None and samples * n > settings.API_SAMPLE_SECTIONS_MAX:
        raise InputError(
            f"request: samples = {samples:,}: with {n} sections that is {samples * n:,} sample-sections, more than the web API's "
            f"{settings.API_SAMPLE_SECTIONS_MAX:,} (API_SAMPLE_SECTIONS_MAX); use at most {settings.API_SAMPLE_SECTIONS_MAX // n:,} samples"
        )
    buffers = geometry_buffers(resolve_scenario(scenario, label="request"), most=settings.API_GEOMETRY_BUFFERS_MAX)
    if buffers > settings.API_GEOMETRY_BUFFERS_MAX:
        raise InputError(
            f"request: sections: the measured sections need {buffers} belt buffers, more than the web API's "
            f"{settings.API_GEOMETRY_BUFFERS_MAX} (API_GEOMETRY_BUFFERS_MAX): a measured section costs 1 at a fixed depth "
            "and one more per node depth in the range of an uncertain depth (a whole border: 1); give fewer measured sections, "
            "a fixed depth_km, or stated length_km"
        )


__all__ = ["check_estimate", "geometry_buffers"]
