"""The optional blocks of an estimate: calibration, production, cost, clearance, exposure.

Layer: pipeline. Each block is computed from the estimate's per-country figures with the pure
functions of :mod:`minebelt.model`, once at the point values and, with Monte Carlo, once more
over the samples (see :class:`~.context.BlockContext`). Builders: :mod:`.calibration`,
:mod:`.production`, :mod:`.cost`, :mod:`.clearance`, :mod:`.exposure`.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import TYPE_CHECKING, Any

import numpy as np

from ...scenario.blocks import block_inputs, extras_inputs
from .calibration import calibration_block
from .clearance import clearance_block
from .context import BlockContext
from .cost import cost_block
from .exposure import exposure_block
from .production import production_block

if TYPE_CHECKING:
    from ...scenario import Scenario
    from ...scenario.quantities import Input
    from ...scenario.resolve import ResolvedSection
    from ..evaluate import Evaluation


def add_blocks(
    scenario: Scenario,
    doc: dict[str, Any],
    store: MutableMapping[str, np.ndarray],
    resolved: list[ResolvedSection],
    geoms: dict[int, Any],
    point: Evaluation,
    mc: Evaluation | None,
    seed: int | None,
) -> None:
    """Add the optional blocks the scenario asks for to ``doc`` (their sampled figures to ``store``).

    ``mc``: the fronts of the Monte Carlo evaluation (:func:`~minebelt.pipeline.evaluate.evaluate_fronts`)."""
    ex = extras_inputs(scenario)
    ctx = BlockContext(doc, store, resolved, point, mc, seed)

    doc["calibration"] = calibration_block(doc)

    build = None
    if "production" in ex:
        doc["production"] = production_block(ex["production"], ctx)
    if "cost" in ex:
        doc["cost"], build = cost_block(ex["cost"], ctx)
    if "clearance" in ex:
        doc["clearance"] = clearance_block(ex["clearance"], ctx, build)

    _list_block_inputs(doc, block_inputs(ex), ctx)

    if geoms:
        doc["exposure"] = exposure_block(doc, resolved, geoms)


def reads_samples(scenario: Scenario) -> bool:
    """Whether a block of ``scenario`` reads the estimate's sampled figures (production, cost
    and clearance read each country's mines, area and front)."""
    return any(b is not None for b in (scenario.production, scenario.cost, scenario.clearance))


def _list_block_inputs(doc: dict[str, Any], inputs: list[tuple[str, Input]], ctx: BlockContext) -> None:
    """Append every block input to the document's ``inputs`` list (same fields as section inputs)."""
    known = {e["key"] for e in doc["inputs"]}
    for block, inp in inputs:
        if inp.key in known:
            e = next(x for x in doc["inputs"] if x["key"] == inp.key)
            e.setdefault("blocks", []).append(block)
            continue
        doc["inputs"].append(
            {
                "key": inp.key,
                "role": inp.key.split(".", 1)[1] if "." in inp.key else inp.key,
                "value": inp.dist.describe(),
                "unit": inp.unit,
                "median": inp.dist.median,
                "uncertain": inp.uncertain,
                "shared": True,
                "sections": [],
                "blocks": [block],
                "draws": "one per iteration, shared by the whole block",
            }
        )
