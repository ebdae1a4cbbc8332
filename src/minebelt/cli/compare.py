"""``minebelt compare``: scenarios side by side, and which inputs explain their differences.

Layer: interfaces.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..i18n import N_
from ._common import console, described, emit_json, progress


@described(
    N_(
        "Compare scenarios side by side: totals, per country, calibration, cost, production, clearance; differences and ratios against the first; which inputs explain them."
    )
)
def compare(
    scenarios: Annotated[
        list[Path],
        typer.Argument(
            help=N_(
                "Scenario TOML files (a file of several [[scenarios]] counts as several); the first scenario is the baseline."
            )
        ),
    ],
    as_json: Annotated[bool, typer.Option("--json", help=N_("Print the minebelt.compare/1 JSON document."))] = False,
    samples: Annotated[
        int | None,
        typer.Option(
            "--samples",
            "-n",
            help=N_("Monte Carlo samples for every estimate (figures with their 90 % probability interval)."),
        ),
    ] = None,
    seed: Annotated[int | None, typer.Option("--seed", help=N_("Random seed (default 0 with --samples)."))] = None,
    no_attribution: Annotated[
        bool,
        typer.Option(
            "--no-attribution",
            help=N_("Leave out which inputs explain the differences (one estimate fewer per differing input)."),
        ),
    ] = False,
) -> None:
    from ..pipeline.compare import compare as run
    from ..scenario import load_scenarios

    loaded = [sc for path in scenarios for sc in load_scenarios(path)]
    if len(loaded) < 2:
        from ..errors import InputError

        raise InputError(
            f"{scenarios[0]}: holds one scenario; compare needs at least two (give a second file, or a file of several [[scenarios]])"
        )
    if not as_json and sys.stderr.isatty():
        prog, tick = progress()
        with prog:
            result = run(loaded, samples=samples, seed=seed, attribute=not no_attribution, progress=tick)
    else:
        result = run(loaded, samples=samples, seed=seed, attribute=not no_attribution)
    if as_json:
        emit_json(result.document)
        return
    from ..outputs.terminal.compare import render_compare

    render_compare(result.document, console())
