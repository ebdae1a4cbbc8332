"""``minebelt estimate``: mines (and cost, time, clearance, exposure) of every scenario in a file.

Layer: interfaces.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..errors import InputError
from ..i18n import N_
from ._common import check_new_file, console, described, emit_json, progress


@described(N_("Estimate mines (and cost, time, clearance, exposure) for every scenario in a file."))
def estimate(
    scenario: Annotated[Path, typer.Argument(help=N_("Scenario TOML file."))],
    as_json: Annotated[bool, typer.Option("--json", help=N_("Print the minebelt.estimate/1 JSON document."))] = False,
    samples: Annotated[
        int | None, typer.Option("--samples", "-n", help=N_("Monte Carlo samples (adds *_dist to every figure)."))
    ] = None,
    seed: Annotated[int | None, typer.Option("--seed", help=N_("Random seed (default 0 with --samples)."))] = None,
    geojson: Annotated[
        Path | None, typer.Option("--geojson", help=N_("Write the belts as GeoJSON (EPSG:4326) to this file."))
    ] = None,
    force: Annotated[bool, typer.Option("--force", help=N_("Overwrite an existing --geojson file."))] = False,
    details: Annotated[
        bool, typer.Option("--details", help=N_("Print each block's detail under its figure and assumption."))
    ] = False,
) -> None:
    from ..pipeline.estimate import estimate as run
    from ..scenario import load_scenarios

    check_new_file(geojson, force, "--geojson")
    scenarios = load_scenarios(scenario)
    if geojson is not None and not any(s.is_geometric for sc in scenarios for s in sc.sections):
        raise InputError(f"--geojson {geojson}: no section has geometry (every length is stated); nothing to write")
    slow = samples is not None and samples > 200_000 or any(s.is_geometric for sc in scenarios for s in sc.sections)
    results = []
    if slow and not as_json and sys.stderr.isatty():
        prog, tick = progress()
        with prog:
            results = [run(sc, samples=samples, seed=seed, progress=tick) for sc in scenarios]
    else:
        results = [run(sc, samples=samples, seed=seed) for sc in scenarios]
    if geojson is not None:
        from ..outputs.exports import write_belts_geojson

        write_belts_geojson(results, geojson)
    if as_json:
        docs = [r.document for r in results]
        emit_json(docs[0] if len(docs) == 1 else docs)
        return
    from ..outputs.terminal.estimate import render_estimate

    term = console()
    for r in results:
        render_estimate(r, term, details=details)
    if geojson is not None:
        from ..i18n import gettext as _

        term.print(_("belts written to %(path)s") % {"path": geojson})
