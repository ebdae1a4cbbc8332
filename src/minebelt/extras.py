"""Optional scenario blocks: production, cost, clearance. (Filled in by the humanitarian work.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .scenario import Scenario


def resolve_extras(sc: Scenario, label: str, prefix: str = "") -> None:
    """Validate the optional blocks' values (ranges, distributions)."""
    return None
