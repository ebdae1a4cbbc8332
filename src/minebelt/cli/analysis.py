"""``minebelt calibrate`` and ``minebelt sensitivity``: a scenario against history, and what drives it.

Layer: interfaces.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from ..errors import InputError
from ..i18n import N_
from ._common import console, described, emit_json


@described(N_("Historical mine barriers side by side with a scenario: mines per km of front, per km², depth."))
def calibrate(
    scenario: Annotated[Path | None, typer.Argument(help=N_("Scenario TOML file to compare (optional)."))] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help=N_("Print the minebelt.calibration/1 JSON document."))
    ] = False,
) -> None:
    from ..outputs.views import calibration_entry
    from ..pipeline.blocks.calibration import barriers_table, calibration_block

    doc: dict[str, Any] = {"schema": "minebelt.calibration/1", "barriers": barriers_table(), "scenarios": []}
    if scenario is not None:
        from ..pipeline.estimate import estimate as run
        from ..scenario import load_scenarios

        for sc in load_scenarios(scenario):
            res = run(sc, with_geometry=False)
            block = calibration_block(res.document)
            doc["scenarios"].append(calibration_entry(sc.name, block, mines=res.document["totals"]["mines"]))
    if as_json:
        emit_json(doc)
        return
    from ..outputs.terminal.tables import calibration_table

    calibration_table(doc, console())


@described(
    N_(
        "Which inputs drive a figure (total mines by default): tornado table and Sobol indices (SALib).\n\n"
        "In a file of several scenarios, a scenario whose figure moves with no uncertain input is listed as not estimated (JSON: ``not_estimated``) and the others are analysed."
    )
)
def sensitivity(
    scenario: Annotated[Path, typer.Argument(help=N_("Scenario TOML file with uncertain inputs."))],
    output: Annotated[
        str,
        typer.Option(
            "--output",
            "-o",
            help=N_(
                "Dotted path of the figure to explain, e.g. totals.mines, clearance.calendar_years, cost.total, production.years_to_fill."
            ),
        ),
    ] = "totals.mines",
    as_json: Annotated[
        bool, typer.Option("--json", help=N_("Print the minebelt.sensitivity/1 JSON document."))
    ] = False,
    samples: Annotated[
        int, typer.Option("--samples", "-n", help=N_("Saltelli base sample size N (power of 2)."))
    ] = 4096,
    seed: Annotated[int, typer.Option("--seed")] = 0,
) -> None:
    from ..pipeline.sensitivity import sensitivity_of_file
    from ..scenario import load_scenarios

    if not 64 <= samples <= 1 << 16 or samples & (samples - 1):
        raise InputError(f"--samples {samples}: must be a power of 2 in [64, 65536]")
    docs = sensitivity_of_file(load_scenarios(scenario), n_base=samples, seed=seed, output=output)
    if as_json:
        emit_json(docs[0] if len(docs) == 1 else docs)
        return
    from ..outputs.terminal.tables import sensitivity_tables

    sensitivity_tables(docs, console())
