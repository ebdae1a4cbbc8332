"""``minebelt atlas``: every side of every land border of the world, ranked.

Layer: interfaces.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from .. import settings
from ..i18n import N_
from ._common import check_new_file, console, described, emit_json, progress

#: How the options are named in error messages.
NAMES = {
    "depth_km": "--depth",
    "deminers": "--deminers",
    "workforce": "--workforce",
    "model": "--model",
    "sort": "--sort",
    "top": "--top",
    "countries": "--country",
}


@described(
    N_(
        "Every side of every land border at one depth, ranked: length, land and water, belt area, mines under each density model, clearance years at a stated workforce, people within 1, 5 and 10 km. Table, --json, --csv, --gpkg and a world map (--png)."
    )
)
def atlas(
    depth: Annotated[
        float, typer.Option("--depth", "-d", help=N_("Belt depth, km, in (0, 50]."))
    ] = settings.ATLAS_DEPTH_KM,
    sort: Annotated[
        str,
        typer.Option("--sort", help=N_("Order: mines, area, length, land, water, years, people, defender, neighbour.")),
    ] = "mines",
    top: Annotated[
        int | None,
        typer.Option(
            "--top",
            "-t",
            help=N_(
                "Keep the first N sides (table, --json, --csv, --gpkg); without it the table shows 20 and the files every side; the map shows every side."
            ),
        ),
    ] = None,
    model: Annotated[
        str,
        typer.Option(
            "--model",
            "-m",
            help=N_(
                "Density model of the mines and years columns, the sort and the map (minebelt models); every model is in --json and --csv."
            ),
        ),
    ] = "korea-peak",
    deminers: Annotated[
        float | None, typer.Option("--deminers", help=N_("Clearance workforce for every side: a number of deminers."))
    ] = None,
    workforce: Annotated[
        str | None,
        typer.Option(
            "--workforce",
            help=N_(
                "Clearance workforce preset instead of --deminers: ukraine-2024 (default, 4,021 deminers), kor-military, halo-zimbabwe, falklands, npa-jordan."
            ),
        ),
    ] = None,
    country: Annotated[
        list[str] | None,
        typer.Option(
            "--country",
            "-c",
            metavar="ISO3",
            help=N_("Only the borders of these countries (ISO alpha-3; comma-separated, or repeat the option)."),
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help=N_("Print the minebelt.atlas/1 JSON document."))] = False,
    csv: Annotated[Path | None, typer.Option("--csv", help=N_("Write the table as CSV to this file."))] = None,
    gpkg: Annotated[
        Path | None,
        typer.Option(
            "--gpkg",
            help=N_(
                "Write the belts with their figures as a GeoPackage (layer 'belts', EPSG:4326) to this file; builds every belt polygon (slow)."
            ),
        ),
    ] = None,
    png: Annotated[
        Path | None,
        typer.Option("--png", "--map", help=N_("Write the world map (mines per side, A4 landscape PNG) to this file.")),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help=N_("Overwrite existing --csv, --gpkg and --png files."))
    ] = False,
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache", help=N_("Measure every side again instead of reading the figures cached at this depth.")
        ),
    ] = False,
) -> None:
    from ..pipeline.atlas import atlas as run
    from ..scenario.atlas_options import atlas_options

    atlas_options(
        depth, deminers=deminers, workforce=workforce, model=model, sort=sort, top=top, countries=country, names=NAMES
    )
    outputs = [(csv, "--csv"), (gpkg, "--gpkg"), (png, "--png")]
    for path, option in outputs:
        check_new_file(path, force, option)
    kw: dict[str, Any] = dict(
        deminers=deminers,
        workforce=workforce,
        model=model,
        sort=sort,
        top=top,
        countries=country,
        belts=gpkg is not None,
        use_cache=not no_cache,
        names=NAMES,
    )
    prog, tick = progress("sides")
    with prog:
        result = run(depth, progress=tick, **kw)
        files: list[tuple[Path, bytes, str]] = []
        if csv is not None:
            from ..outputs.atlas_view import atlas_csv_text

            files.append((csv, atlas_csv_text(result).encode("utf-8"), "--csv"))
        if gpkg is not None:
            from ..outputs.atlas_view import atlas_gpkg_bytes

            tick("GeoPackage", 0.0)
            files.append((gpkg, atlas_gpkg_bytes(result), "--gpkg"))
        if png is not None:
            from ..outputs.atlas_map import atlas_png

            tick("map", 0.0)
            files.append((png, atlas_png(result), "--png"))
    from ..outputs.atomic import write_bytes

    for path, data, option in files:  # every output built before the first is written
        write_bytes(path, data, force=True, option=option)
    if as_json:
        emit_json(result.to_dict())
        return
    from ..outputs.terminal.atlas import render_atlas

    term = console()
    render_atlas(result, term)
    from ..i18n import gettext as _

    for path, _data, option in files:
        term.print(_("%(option)s written to %(path)s") % {"option": option.lstrip("-"), "path": path})
