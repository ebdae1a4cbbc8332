"""Terminal rendering of the optional result blocks (rich)."""

from __future__ import annotations

from typing import Any


def render_blocks(doc: dict[str, Any], console: Any) -> None:
    """Print calibration, production, cost, clearance and exposure blocks when present."""
    return None
