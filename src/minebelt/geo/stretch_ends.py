"""Where a stretch cuts a border: the direction of the shared end line of neighbouring stretches.

Layer: measure.

A stretch (``from_km``/``to_km``) that ends inside a border is cut there, not at a real end of
the border. Its belt ends square there (:mod:`minebelt.geo.zone`) on the line through the cut
point perpendicular to the chord of the border from ``settings.END_CHORD_KM`` before the cut to
as far after it, the same line for the stretch on either side; up to that line each belt keeps
the bend's round join. So stretches that partition a border partition its belt
(``tests/unit/measure/test_front.py``), whatever the border does at the cut.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .. import settings


def _point_at(segs: Any, km: float, part: int, segment_km: Any) -> np.ndarray | None:
    for s in segs:
        if s.part == part and s.start_km <= km <= s.end_km:
            coords, cum = segment_km(s)
            if len(coords) < 2:
                return None
            return np.array([np.interp(km, cum, coords[:, 0]), np.interp(km, cum, coords[:, 1])])
    return None


def cut_chord(
    segs: Any, km: float, at: np.ndarray, segment_km: Any
) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """``(E, A, B)`` lon/lat for a cut at border ``km`` whose run end is ``at`` (frame longitudes)
    (``segment_km``: :func:`minebelt.geo.front.segment_km`, passed in: front imports this module):
    ``A``/``B`` the border ``END_CHORD_KM`` before/after, shifted into ``at``'s frame; None at
    the border's ends and where the cut is within ``END_CHORD_KM`` of a jump between parts."""
    seg = next((s for s in segs if s.start_km <= km <= s.end_km), None)
    if seg is None or km <= 0.0 or km >= segs[-1].end_km:
        return None
    ell = settings.END_CHORD_KM
    a, b = _point_at(segs, km - ell, seg.part, segment_km), _point_at(segs, km + ell, seg.part, segment_km)
    if a is None or b is None or np.allclose(a, b):
        return None
    shift = np.array([360.0 * np.round((at[0] - (a[0] + b[0]) / 2) / 360.0), 0.0])
    return np.asarray(at, dtype=float), a + shift, b + shift
