"""Optional result blocks (calibration, production, cost, clearance, exposure)."""

from __future__ import annotations

from typing import Any


def add_blocks(result: Any, resolved: Any, geoms: Any, point: Any, mc: Any, seed: Any) -> None:
    """Add the optional blocks the scenario asks for to ``result.document``."""
    return None
