"""Command-line interface: a thin layer over :func:`minebelt.estimate` and friends.

Every bad input ends in one line on stderr (``minebelt: error: ...``) and exit status 2,
with nothing written. Heavy modules are imported inside the commands that need them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from .errors import InputError

if TYPE_CHECKING:
    from rich.console import Console

    from .pipeline.result import EstimateResult

app = typer.Typer(
    name="minebelt",
    help=(
        "Strategic estimates of border mine belts from real border geography: mines, cost, "
        "production time, clearance legacy, civilian exposure; and a fact-checker for published claims."
    ),
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version_callback(value: bool) -> None:
    if value:
        from ._version import __version__

        sys.stdout.write(f"minebelt {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        Optional[bool],
        typer.Option("--version", callback=_version_callback, is_eager=True, help="Print the version of minebelt and exit."),
    ] = None,
) -> None:
    """Strategic estimates of border mine belts from real border geography."""


def _console(stderr: bool = False) -> Console:
    from .outputs.hygiene import SafeConsole

    stream = sys.stderr if stderr else sys.stdout
    # piped output: wide enough for the tables instead of rich's 80-column fallback;
    # names from files reach the terminal as text, never as escape codes or rich markup
    return SafeConsole(stderr=stderr, highlight=False, width=None if stream.isatty() else 160)


def _emit_json(doc: Any) -> None:
    sys.stdout.write(json.dumps(doc, indent=2, ensure_ascii=False, allow_nan=False) + "\n")


def _check_new_file(path: Path | None, force: bool, option: str) -> None:
    """Before any work: the output path can be written (folder exists, writable, not a folder)."""
    if path is not None:
        from .outputs.atomic import check_output_file

        check_output_file(path, force=force, option=option)


def _progress():
    """A rich progress bar on stderr, as a callback ``(stage, fraction)``."""
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    prog = Progress(TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn(), console=_console(stderr=True), transient=True)
    tasks: dict[str, Any] = {}

    def tick(stage: str, frac: float) -> None:
        if stage not in tasks:
            tasks[stage] = prog.add_task(stage, total=1.0)
        prog.update(tasks[stage], completed=frac)

    return prog, tick


def _fmt_int(x: float | None) -> str:
    return "n/a" if x is None else f"{x:,.0f}"


def _fmt_mines(x: float | None) -> str:
    return "n/a" if x is None else f"{x / 1e6:,.2f} M"


def _dist_text(row: dict[str, Any], key: str, fmt=_fmt_mines) -> str:
    d = row.get(f"{key}_dist")
    return f"{fmt(d['p05'])} \u2013 {fmt(d['p95'])}" if d else ""


def _render_estimate(res: EstimateResult, console: Console) -> None:
    from rich.table import Table

    doc = res.document
    has_dist = any("mines_dist" in r for r in res.sections)
    has_water = any(r.get("water_km") is not None for r in res.sections)
    t = Table(title=f"{doc['scenario']['name']}", title_justify="left", show_lines=False)
    cols = ["section", "country", "border", "length km"] + (["water km"] if has_water else [])
    cols += ["depth km", "area km\u00b2", "mines/km\u00b2", "mines", "mines/km front"]
    for col in cols:
        t.add_column(col, justify="left" if col in ("section", "country", "border") else "right")
    if has_dist:
        t.add_column("mines p05\u2013p95", justify="right")
    for r in res.sections:
        cells = [
            r["name"],
            r["country"],
            r["border"] or "(line)",
            _fmt_int(r["length_km"]) + ("" if r["length_source"] == "stated" else "*"),
        ]
        if has_water:
            cells.append("" if r.get("water_km") is None else _fmt_int(r["water_km"]))
        cells += [
            f"{r['depth_km']:.3g}",
            _fmt_int(r["area_km2"]),
            _fmt_int(r["density_per_km2"]),
            _fmt_mines(r["mines"]),
            _fmt_int(r["mines_per_km_front"]),
        ]
        if has_dist:
            cells.append(_dist_text(r, "mines"))
        t.add_row(*cells)
    tot = doc["totals"]
    t.add_section()
    cells = ["Total", "", "", _fmt_int(tot["length_km"])] + ([""] if has_water else []) + ["", _fmt_int(tot["area_km2"]), "", _fmt_mines(tot["mines"]), _fmt_int(tot["mines_per_km_front"])]
    if has_dist:
        cells.append(_dist_text(tot, "mines"))
    t.add_row(*cells, style="bold")
    console.print(t)
    if len(doc["by_country"]) > 1:
        ct = Table(title="By defending country", title_justify="left")
        for col in ("country", "length km", "area km\u00b2", "mines", "overlap km\u00b2"):
            ct.add_column(col, justify="left" if col == "country" else "right")
        for c, r in doc["by_country"].items():
            ov = r.get("overlap_km2") or 0.0
            ct.add_row(f"{c} {r['name']}", _fmt_int(r["length_km"]), _fmt_int(r["area_km2"]), _fmt_mines(r["mines"]), f"{ov:,.1f}" if ov else "")
        console.print(ct)
    if any(r["length_source"] == "measured" for r in res.sections):
        data = doc["provenance"].get("data", {})
        console.print(f"* measured from {data.get('source', 'bundled data')} ({data.get('license', '')}); {data.get('attribution', '')}")
    from .outputs.terminal.blocks import render_blocks

    render_blocks(doc, console)
    uncertain = [i for i in doc["inputs"] if i["uncertain"]]
    if uncertain:
        console.print("Uncertain inputs (one draw per iteration per key):")
        for i in uncertain:
            # markup=False: rich would take "[shared by ...]" for a style tag and drop it
            console.print(f"  {i['key']} = {i['value']} {i['unit']}  [{'shared by ' + str(len(i['sections'])) + ' section(s)' if i['shared'] else 'own draw'}]", markup=False)
    for s in doc["provenance"]["model_sources"]:
        console.print(f"source: {s}", style="dim")


@app.command()
def estimate(
    scenario: Annotated[Path, typer.Argument(help="Scenario TOML file.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the minebelt.estimate/1 JSON document.")] = False,
    samples: Annotated[Optional[int], typer.Option("--samples", "-n", help="Monte Carlo samples (adds *_dist to every figure).")] = None,
    seed: Annotated[Optional[int], typer.Option("--seed", help="Random seed (default 0 with --samples).")] = None,
    geojson: Annotated[Optional[Path], typer.Option("--geojson", help="Write the belts as GeoJSON (EPSG:4326) to this file.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing --geojson file.")] = False,
) -> None:
    """Estimate mines (and cost, time, clearance, exposure) for every scenario in a file."""
    from .pipeline.estimate import estimate as run
    from .scenario import load_scenarios

    _check_new_file(geojson, force, "--geojson")
    scenarios = load_scenarios(scenario)
    if geojson is not None and not any(s.is_geometric for sc in scenarios for s in sc.sections):
        raise InputError(f"--geojson {geojson}: no section has geometry (every length is stated); nothing to write")
    slow = samples is not None and samples > 200_000 or any(s.is_geometric for sc in scenarios for s in sc.sections)
    results = []
    if slow and not as_json and sys.stderr.isatty():
        prog, tick = _progress()
        with prog:
            results = [run(sc, samples=samples, seed=seed, progress=tick) for sc in scenarios]
    else:
        results = [run(sc, samples=samples, seed=seed) for sc in scenarios]
    if geojson is not None:
        from .outputs.exports import write_belts_geojson

        write_belts_geojson(results, geojson)
    if as_json:
        docs = [r.document for r in results]
        _emit_json(docs[0] if len(docs) == 1 else docs)
        return
    console = _console()
    for r in results:
        _render_estimate(r, console)
    if geojson is not None:
        console.print(f"belts written to {geojson}")


@app.command()
def factcheck(
    claims: Annotated[Path, typer.Argument(help="Claims TOML file (e.g. examples/seed-claims.toml).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the minebelt.factcheck/1 JSON document.")] = False,
) -> None:
    """Recompute every claim in a claims file and give each a verdict.

    A claim that cannot be evaluated as written (e.g. an unreachable field) gets the verdict
    'error' and a line on stderr; the other claims are still checked; exit status 1.
    """
    from .factcheck import check_file

    doc = check_file(claims)
    errors = [c for c in doc["claims"] if c["verdict"] == "error"]
    if as_json:
        _emit_json(doc)
        _claim_errors(errors)
        return
    from rich.table import Table
    from rich.text import Text

    colours = {"holds": "green", "does-not-hold": "red", "imprecise": "yellow", "unverifiable": "blue", "error": "magenta"}
    t = Table(title=f"Fact-check: {claims}", title_justify="left", show_lines=True)
    for col in ("id", "claim", "stated", "computed", "verdict", "why"):
        t.add_column(col, overflow="fold")
    for c in doc["claims"]:
        t.add_row(
            c["id"],
            c["quote"],
            c["stated_text"],
            c["computed_text"],
            Text(c["verdict"], style=colours.get(c["verdict"], "white")),
            c["explanation"],
        )
    console = _console()
    console.print(t)
    counts: dict[str, int] = {}
    for c in doc["claims"]:
        counts[c["verdict"]] = counts.get(c["verdict"], 0) + 1
    console.print(", ".join(f"{k}: {v}" for k, v in sorted(counts.items())))
    _claim_errors(errors)


def _claim_errors(errors: list[dict[str, Any]]) -> None:
    """Claims that could not be evaluated: one line each on stderr, exit status 1 (the others stand)."""
    for c in errors:
        sys.stderr.write(f"minebelt: error: {c['error']}\n")
    if errors:
        raise typer.Exit(1)


@app.command()
def calibrate(
    scenario: Annotated[Optional[Path], typer.Argument(help="Scenario TOML file to compare (optional).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the minebelt.calibration/1 JSON document.")] = False,
) -> None:
    """Historical mine barriers side by side with a scenario: mines per km of front, per km², depth."""
    from .pipeline.blocks.calibration import barriers_table, calibration_block

    doc: dict[str, Any] = {"schema": "minebelt.calibration/1", "barriers": barriers_table(), "scenarios": []}
    if scenario is not None:
        from .pipeline.estimate import estimate as run
        from .scenario import load_scenarios

        for sc in load_scenarios(scenario):
            res = run(sc, with_geometry=False)
            block = calibration_block(res.document)
            doc["scenarios"].append({"name": sc.name, **block["scenario"], "denser_than_any_barrier_built": block["denser_than_any_barrier_built"], "verdict": block["verdict"], "sections": block["sections"]})
    if as_json:
        _emit_json(doc)
        return
    from rich.table import Table

    def f(x: float | None, fmt: str = ",.0f") -> str:
        return "n/a" if x is None else format(x, fmt)

    t = Table(title="Historical mine barriers vs scenario", title_justify="left", show_lines=False)
    for col in ("barrier / scenario", "years", "mines", "front km", "mines/km front", "mines/km\u00b2", "implied depth km\u00b9", "certainty"):
        t.add_column(col, justify="left" if col in ("barrier / scenario", "years", "certainty") else "right")
    for b in doc["barriers"]:
        t.add_row(b["name"], b["years"], f"{b['mines'] / 1e6:.2f} M", f(b["front_km"]), f(b["mines_per_km_front"]), f(b["mines_per_km2"]), f(b["implied_depth_km"], ".2f"), b["certainty"])
    densest = max(b["mines_per_km_front"] for b in doc["barriers"])
    for sc in doc["scenarios"]:
        t.add_section()
        style = "bold red" if sc["denser_than_any_barrier_built"] else "bold"
        t.add_row(sc["name"], "scenario", "", "", f(sc["mines_per_km_front"]), f(sc["mines_per_km2"]), f(sc["depth_km"], ".2f"), "", style=style)
    console = _console()
    console.print(t)
    for sc in doc["scenarios"]:
        flag = "DENSER THAN ANY BARRIER EVER BUILT" if sc["denser_than_any_barrier_built"] else "within the historical range"
        console.print(f"{sc['name']}: {flag} \u2014 {sc['verdict']}.")
    console.print(f"Densest barrier on record here: {densest:,.0f} mines per km of front.", style="dim")
    console.print(
        "\u00b9 implied depth = (mined or belt) area \u00f7 front length; for a scenario it is below the depth it sets "
        "where water stretches carry no belt or belts of one country overlap.",
        style="dim",
    )


@app.command()
def sensitivity(
    scenario: Annotated[Path, typer.Argument(help="Scenario TOML file with uncertain inputs.")],
    output: Annotated[
        str,
        typer.Option("--output", "-o", help="Dotted path of the figure to explain, e.g. totals.mines, clearance.calendar_years, cost.total, production.years_to_fill."),
    ] = "totals.mines",
    as_json: Annotated[bool, typer.Option("--json", help="Print the minebelt.sensitivity/1 JSON document.")] = False,
    samples: Annotated[int, typer.Option("--samples", "-n", help="Saltelli base sample size N (power of 2).")] = 4096,
    seed: Annotated[int, typer.Option("--seed")] = 0,
) -> None:
    """Which inputs drive a figure (total mines by default): tornado table and Sobol indices (SALib)."""
    from .pipeline.sensitivity import sensitivity as run
    from .scenario import load_scenarios

    if not 64 <= samples <= 1 << 16 or samples & (samples - 1):
        raise InputError(f"--samples {samples}: must be a power of 2 in [64, 65536]")
    docs = [run(sc, n_base=samples, seed=seed, output=output) for sc in load_scenarios(scenario)]
    if as_json:
        _emit_json(docs[0] if len(docs) == 1 else docs)
        return
    from rich.table import Table

    def g(x: float) -> str:
        return f"{x / 1e6:,.2f} M" if abs(x) >= 1e6 else f"{x:,.4g}"

    console = _console()
    for d in docs:
        t = Table(title=f"Tornado: {d['scenario']['name']} ({d['output']}, median {g(d['median'])})", title_justify="left")
        for col in ("input", "value", "at p05", "at p95", "swing"):
            t.add_column(col, justify="left" if col in ("input", "value") else "right")
        for r in d["tornado"]:
            t.add_row(r["input"], r["value"], g(r["low"]), g(r["high"]), g(r["swing"]))
        console.print(t)
        s = Table(title="Sobol indices", title_justify="left")
        for col in ("input", "S1", "ST"):
            s.add_column(col, justify="left" if col == "input" else "right")
        for r in d["sobol"]:
            s.add_row(r["input"], f"{r['S1']:.3f} \u00b1 {r['S1_conf']:.3f}", f"{r['ST']:.3f} \u00b1 {r['ST_conf']:.3f}")
        console.print(s)
        console.print(d["method"], style="dim")


@app.command()
def borders(
    country: Annotated[Optional[str], typer.Option("--country", "-c", help="Only this country's borders (ISO alpha-3).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the minebelt.borders/1 JSON document.")] = False,
) -> None:
    """Every land border of the world (or of one country) with its measured lengths."""
    from .data.borders import border_lengths, data_info, meta

    rows = border_lengths()
    if country is not None:
        from .data.iso import country_names

        code = country.strip().upper()
        if code not in country_names():
            raise InputError(f"--country {country!r}: unknown ISO 3166-1 alpha-3 code")
        rows = [r for r in rows if code in (r["a"], r["b"])]
        if not rows:
            raise InputError(f"--country {code}: has no land border in the bundled data")
    info = data_info()
    doc = {
        "schema": "minebelt.borders/1",
        "data": {"source": info["source"], "version": info["version"], "license": info["license"], "attribution": info["attribution"], "km0_rule": info["km0_rule"], "overlap_rule": info["overlap_rule"]},
        "borders": [
            {
                "a": r["a"], "b": r["b"], "length_km": round(r["length_km"], 3), "land_km": round(r["land_km"], 3), "water_km": round(r["water_km"], 3), "parts": r["parts"],
                "parts_km": [{k: (round(v, 3) if isinstance(v, float) else v) for k, v in p.items()} for p in r["parts_km"]],
            }
            for r in rows
        ],
    }
    if as_json:
        _emit_json(doc)
        return
    from rich.table import Table

    from .data.iso import country_name

    t = Table(title=f"Land borders ({len(rows)})" + (f" of {country_name(code)}" if country else ""), title_justify="left")
    for col in ("a", "b", "length km", "land km", "water km", "parts (km from-to)"):
        t.add_column(col, justify="left" if col in ("a", "b", "parts (km from-to)") else "right")
    for r in doc["borders"]:
        parts = ", ".join(f"{p['from_km']:,.1f}-{p['to_km']:,.1f}" for p in r["parts_km"])
        t.add_row(f"{r['a']} {country_name(r['a'])}", f"{r['b']} {country_name(r['b'])}", f"{r['length_km']:,.1f}", f"{r['land_km']:,.1f}", f"{r['water_km']:,.1f}", f"{r['parts']}: {parts}")
    console = _console()
    console.print(t)
    console.print(f"{info['attribution']} (data {meta().get('data_version')})", style="dim")


@app.command()
def report(
    scenario: Annotated[Path, typer.Argument(help="Scenario TOML file.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder (must be empty or new, unless --force).")],
    samples: Annotated[Optional[int], typer.Option("--samples", "-n", help="Monte Carlo samples (distribution charts).")] = None,
    seed: Annotated[Optional[int], typer.Option("--seed", help="Random seed (default 0 with --samples).")] = None,
    claims: Annotated[Optional[Path], typer.Option("--claims", help="Claims TOML file to include the fact-check table.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Write into a non-empty folder, replacing its files.")] = False,
    pdf: Annotated[bool, typer.Option("--pdf", help="Also write report.pdf (A4: summary, map, tables, sources).")] = False,
) -> None:
    """Write an offline report: index.html, map.png, CSV, GeoJSON, GeoPackage, result.json, manifest.json (and report.pdf)."""
    from .outputs.atomic import check_output_dir
    from .outputs.report import build_report
    from .pipeline.estimate import estimate as run
    from .scenario import load_scenarios

    check_output_dir(out, force=force, option="--out")
    scenarios = load_scenarios(scenario)
    claims_doc = None
    if claims is not None:
        from .factcheck import check_file

        claims_doc = check_file(claims)
    prog, tick = _progress()
    with prog:
        res = run(scenarios[0], samples=samples, seed=seed, progress=tick)
        from .pipeline.sensitivity import SensitivityTooLarge, report_sensitivity

        skipped_sensitivity = None
        tick("sensitivity", 0.0)
        try:
            sens = report_sensitivity(scenarios[0], n_base=1024, seed=seed or 0)
        except SensitivityTooLarge as e:  # too many uncertain inputs: the report goes without it
            sens, skipped_sensitivity = None, str(e)
        tick("sensitivity", 1.0)
        manifest = build_report(res, out, claims=claims_doc, sensitivity=sens, force=force, progress=tick, pdf=pdf)
    console = _console()
    console.print(f"report written to {out}/ ({len(manifest.get('files', [])) + 1} files with manifest.json); open {out / 'index.html'}")
    if skipped_sensitivity:
        console.print(f"note: sensitivity analysis left out: {skipped_sensitivity}", style="yellow")
    if len(scenarios) > 1:
        console.print(f"note: {scenario} holds {len(scenarios)} scenarios; the report covers the first, {scenarios[0].name!r}", style="yellow")


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port.")] = 8000,
    allow_host: Annotated[
        Optional[list[str]],
        typer.Option("--allow-host", metavar="<name>", help="Also answer requests for this Host name (repeatable); 127.0.0.1, localhost, ::1 and --host always."),
    ] = None,
) -> None:
    """Run the local web app (map, controls, JSON API) at http://HOST:PORT/."""
    if not 1 <= port <= 65535:
        raise InputError(f"--port {port}: must be in [1, 65535]")
    for name in allow_host or []:
        if not name.strip() or any(c in name for c in "/ ,\t"):
            raise InputError(f"--allow-host {name!r}: must be a host name or address, without port, path or spaces")
    from .web.app import serve as run_server

    run_server(host=host, port=port, allow_hosts=list(allow_host or []))


@app.command()
def models(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """List the named density models with their sources."""
    from .model.densities import DENSITY_MODELS

    rows = [
        {"name": m.name, "kind": m.kind, "value": m.value, "unit": m.unit, "description": m.description, "certainty": m.certainty, "source": str(m.citation), "note": m.note}
        for m in DENSITY_MODELS.values()
    ]
    if as_json:
        _emit_json({"schema": "minebelt.models/1", "models": rows})
        return
    from rich.table import Table

    t = Table(title="Density models", title_justify="left", show_lines=True)
    for col in ("name", "value", "description", "source"):
        t.add_column(col, overflow="fold")
    for r in rows:
        t.add_row(r["name"], f"{r['value']:,.0f} {r['unit']}", r["description"], r["source"])
    _console().print(t)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``minebelt`` command; returns the exit status.

    0 on success (and for ``--help``, ``--version`` and no arguments, which prints the help);
    2 for bad input and usage errors (one line ``minebelt: error: ...`` on stderr, plus the usage
    hint for usage errors); 130 when interrupted, 143 when terminated (SIGTERM), temporary
    outputs removed. Never a traceback for any of these.
    """
    from .outputs.atomic import raise_on_sigterm, restore_sigterm

    previous = raise_on_sigterm()  # SIGTERM unwinds like Ctrl-C: temporary outputs are removed
    try:
        return _run(argv)
    finally:
        restore_sigterm(previous)


def _run(argv: list[str] | None) -> int:
    from . import _cli_errors as ce
    from .outputs.atomic import Terminated

    try:
        rv = app(args=argv, prog_name="minebelt", standalone_mode=False)
        if rv == 130:  # typer turns Ctrl-C into a return value
            sys.stderr.write("minebelt: interrupted\n")
            return 130
        if isinstance(rv, int) and not isinstance(rv, bool) and rv:
            return rv  # a command ended with typer.Exit(code)
    except InputError as e:
        from .outputs.hygiene import terminal_safe

        sys.stderr.write(f"minebelt: error: {terminal_safe(str(e), keep_newlines=False)}\n")
        return 2
    except ce.EXITS as e:
        return int(getattr(e, "exit_code", 0) or 0)
    except ce.ABORTS:
        sys.stderr.write("minebelt: aborted\n")
        return 130
    except ce.NO_ARGS_IS_HELP as e:
        sys.stdout.write(ce.help_text(e).rstrip("\n") + "\n")
        return 0
    except ce.CLICK_ERRORS as e:
        args = sys.argv[1:] if argv is None else argv
        sys.stderr.write("\n".join(ce.usage_error_lines(e, args, root=typer.main.get_command(app))) + "\n")
        return 2
    except Terminated:
        sys.stderr.write("minebelt: terminated\n")
        return 143
    except KeyboardInterrupt:
        sys.stderr.write("minebelt: interrupted\n")
        return 130
    except BrokenPipeError:
        return 0
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
