"""``minebelt report``: an offline folder with everything an estimate produced.

Layer: interfaces.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..i18n import N_
from ._common import console, described, progress


@described(
    N_(
        "Write an offline report: index.html, map.png, CSV, GeoJSON, GeoPackage, result.json, manifest.json (and report.pdf, compare.json, hazard-areas.*)."
    )
)
def report(
    scenario: Annotated[Path, typer.Argument(help=N_("Scenario TOML file."))],
    out: Annotated[
        Path,
        typer.Option("--out", "-o", help=N_("Output folder: new (its parent must exist) or empty, unless --force.")),
    ],
    samples: Annotated[
        int | None, typer.Option("--samples", "-n", help=N_("Monte Carlo samples (distribution charts)."))
    ] = None,
    seed: Annotated[int | None, typer.Option("--seed", help=N_("Random seed (default 0 with --samples)."))] = None,
    claims: Annotated[
        Path | None, typer.Option("--claims", help=N_("Claims TOML file to include the fact-check table."))
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help=N_("Write into a non-empty folder, replacing its files."))
    ] = False,
    pdf: Annotated[
        bool, typer.Option("--pdf", help=N_("Also write report.pdf (A4: summary, map, tables, sources)."))
    ] = False,
    compare: Annotated[
        Path | None,
        typer.Option(
            "--compare",
            help=N_(
                "Scenario TOML file to compare this scenario with (every scenario in it): a 'Compared' section and compare.json."
            ),
        ),
    ] = None,
    records: Annotated[
        bool,
        typer.Option(
            "--records",
            help=N_(
                "Also write the belts as hazard-area records (IMAS 05.10): hazard-areas.csv and hazard-areas.gpkg."
            ),
        ),
    ] = False,
) -> None:
    from ..outputs.atomic import check_output_dir
    from ..outputs.report import build_report
    from ..pipeline.estimate import estimate as run
    from ..scenario import load_scenarios

    check_output_dir(out, force=force, option="--out")
    scenarios = load_scenarios(scenario)
    claims_doc = None
    if claims is not None:
        from ..factcheck import check_file

        claims_doc = check_file(claims)
    others = load_scenarios(compare) if compare is not None else []
    prog, tick = progress()
    with prog:
        res = run(scenarios[0], samples=samples, seed=seed, progress=tick)
        from ..pipeline.sensitivity import SensitivityTooLarge, report_sensitivity

        skipped_sensitivity = None
        tick("sensitivity", 0.0)
        try:
            sens = report_sensitivity(scenarios[0], n_base=1024, seed=seed or 0)
        except SensitivityTooLarge as e:  # too many uncertain inputs: the report goes without it
            sens, skipped_sensitivity = None, str(e)
        tick("sensitivity", 1.0)
        comparison = None
        if others:
            from ..pipeline.compare import compare as run_compare

            comparison = run_compare([scenarios[0], *others], samples=samples, seed=seed, progress=tick).document
        manifest = build_report(
            res,
            out,
            claims=claims_doc,
            sensitivity=sens,
            force=force,
            progress=tick,
            pdf=pdf,
            comparison=comparison,
            records=records,
        )
    from .. import numbers as N
    from ..i18n import gettext as _
    from ..i18n import ngettext
    from ..outputs.claim_words import quoted
    from ..outputs.error_words import localise
    from ..outputs.local_examples import scenario_name

    term = console()
    n = len(manifest.get("files", [])) + 1
    term.print(
        ngettext(
            "report written to %(out)s/ (%(n)s file with manifest.json); open %(index)s",
            "report written to %(out)s/ (%(n)s files with manifest.json); open %(index)s",
            n,
        )
        % {"out": out, "n": N.count(n), "index": out / "index.html"}
    )
    if skipped_sensitivity:
        term.print(
            _("note: sensitivity analysis left out: %(reason)s") % {"reason": localise(skipped_sensitivity)},
            style="yellow",
        )
    if len(scenarios) > 1:
        term.print(
            ngettext(
                "note: %(file)s holds %(n)s scenario; the report covers the first, %(name)s",
                "note: %(file)s holds %(n)s scenarios; the report covers the first, %(name)s",
                len(scenarios),
            )
            % {"file": scenario, "n": N.count(len(scenarios)), "name": quoted(scenario_name(scenarios[0].name))},
            style="yellow",
        )
