"""minebelt: strategic estimates of border mine belts from real border geography.

Layer: api (the package's public names; nothing inside minebelt imports it).

How many mines a border barrier belt would need, what it would cost and how long it would
take to produce, and what it would leave behind (clearance decades and cost, civilians
living near it) — and a fact-checker for published claims against those numbers.

Quick start::

    from minebelt import load_scenario, estimate
    result = estimate(load_scenario("examples/seed-korean-model.toml"))
    result.totals["mines"]

    from minebelt import compare, load_scenarios
    compare(load_scenarios("examples/seed-korean-model.toml")).to_dict()   # minebelt.compare/1

    from minebelt import atlas
    atlas(depth_km=2.0, top=10).to_frame()    # every side of every land border, ranked

Strategic level only: km, km², millions, years, money. No tactical layouts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import __version__

__all__ = [
    "Atlas",
    "Clearance",
    "Comparison",
    "Cost",
    "Defaults",
    "EstimateResult",
    "InputError",
    "Production",
    "Scenario",
    "Section",
    "__version__",
    "atlas",
    "compare",
    "estimate",
    "extract_claims",
    "load_scenario",
    "load_scenarios",
]

_LAZY = {
    "atlas": "pipeline.atlas",
    "Atlas": "pipeline.atlas_result",
    "estimate": "pipeline.estimate",
    "compare": "pipeline.compare",
    "Comparison": "pipeline.compare",
    "extract_claims": "factcheck.extract",
    "EstimateResult": "pipeline.result",
    "InputError": "errors",
    "Scenario": "scenario",
    "Section": "scenario",
    "Defaults": "scenario",
    "Production": "scenario",
    "Cost": "scenario",
    "Clearance": "scenario",
    "load_scenario": "scenario",
    "load_scenarios": "scenario",
}

if TYPE_CHECKING:
    from .errors import InputError
    from .factcheck.extract import extract_claims
    from .pipeline.atlas import atlas
    from .pipeline.atlas_result import Atlas
    from .pipeline.compare import Comparison, compare
    from .pipeline.estimate import estimate
    from .pipeline.result import EstimateResult
    from .scenario import Clearance, Cost, Defaults, Production, Scenario, Section, load_scenario, load_scenarios


def __getattr__(name: str) -> Any:
    """Import public names on first use, so ``import minebelt`` stays fast."""
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'minebelt' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
