"""Terminal rendering of the other commands' documents (rich tables): fact-check, calibration,
sensitivity, borders, density models.

Layer: outputs. Each function prints one command's document as ``minebelt`` shows it without
``--json``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console


def factcheck_table(doc: dict[str, Any], title: str, console: Console) -> None:
    """The ``minebelt.factcheck/2`` document: one row per claim (the verdict as read: ``holds by the
    article's own arithmetic``, ``stated``), then the count of each verdict."""
    from rich.table import Table
    from rich.text import Text

    colours = {"holds": "green", "does-not-hold": "red", "imprecise": "yellow", "unverifiable": "blue", "stated": "cyan", "not-checked": "dim", "error": "magenta"}
    t = Table(title=f"Fact-check: {title}", title_justify="left", show_lines=True)
    for col in ("id", "claim", "stated", "computed", "verdict", "why"):
        t.add_column(col, overflow="fold")
    for c in doc["claims"]:
        t.add_row(
            c["id"],
            c["quote"],
            c["stated_text"],
            c["computed_text"],
            Text(c.get("verdict_text") or c["verdict"], style=colours.get(c["verdict"], "white")),
            c["explanation"],
        )
    console.print(t)
    counts: dict[str, int] = {}
    for c in doc["claims"]:
        counts[c["verdict"]] = counts.get(c["verdict"], 0) + 1
    console.print(", ".join(f"{k}: {v}" for k, v in sorted(counts.items())))


def calibration_table(doc: dict[str, Any], console: Console) -> None:
    """The ``minebelt.calibration/1`` document: the barriers, each scenario, the verdicts."""
    from rich.table import Table

    def f(x: float | None, fmt: str = ",.0f") -> str:
        return "n/a" if x is None else format(x, fmt)

    t = Table(title="Historical mine barriers vs scenario", title_justify="left", show_lines=False)
    for col in ("barrier / scenario", "years", "mines", "front km", "mines/km front", "mines/km\u00b2", "implied depth km\u00b9", "certainty"):
        t.add_column(col, justify="left" if col in ("barrier / scenario", "years", "certainty") else "right")
    for b in doc["barriers"]:
        t.add_row(b["name"], b["years"], f"{b['mines'] / 1e6:.2f} M", f(b["front_km"]), f(b["mines_per_km_front"]), f(b["mines_per_km2"]), f(b["implied_depth_km"], ".2f"), b["certainty"])
    densest = max(b["mines_per_km_front"] for b in doc["barriers"] if b["mines_per_km_front"] is not None)
    for sc in doc["scenarios"]:
        t.add_section()
        style = "bold red" if sc["denser_than_every_barrier_in_table"] else "bold"
        mines = "n/a" if sc.get("mines") is None else f"{sc['mines'] / 1e6:.2f} M"
        t.add_row(sc["name"], "scenario", mines, f(sc.get("belt_front_km")), f(sc["mines_per_km_front"]), f(sc["mines_per_km2"]), f(sc["depth_km"], ".2f"), "", style=style)
    console.print(t)
    for sc in doc["scenarios"]:
        flag = sc.get("comparison") or ("denser than every barrier in minebelt's table" if sc["denser_than_every_barrier_in_table"] else "within the range of minebelt's table")
        console.print(f"{sc['name']}: {flag} \u2014 {sc['verdict']}.")
    console.print(f"Densest barrier in minebelt's table ({len(doc['barriers'])} barriers): {densest:,.0f} mines per km of front.", style="dim")
    for b in doc["barriers"]:
        if b.get("mine_types"):
            console.print(f"{b['name']}: {b['mine_types']}.", style="dim")
    console.print(
        "\u00b9 implied depth = (mined or belt) area \u00f7 front length; for a scenario it is below the depth it sets "
        "where water stretches carry no belt or belts of one country overlap.",
        style="dim",
    )


def sensitivity_tables(docs: list[dict[str, Any]], console: Console) -> None:
    """``minebelt.sensitivity/1`` documents: the tornado and the Sobol indices of each."""
    from rich.table import Table

    def g(x: float) -> str:
        return f"{x / 1e6:,.2f} M" if abs(x) >= 1e6 else f"{x:,.4g}"

    for d in docs:
        if "not_estimated" in d:
            console.print(f"{d['scenario']['name']} ({d['output']}): not estimated: {d['not_estimated']}")
            continue
        t = Table(title=f"Tornado: {d['scenario']['name']} ({d['output']}, median {g(d['median'])})", title_justify="left")
        for col in ("input", "value", "at p05", "at p95", "swing"):
            t.add_column(col, justify="left" if col in ("input", "value") else "right")
        for r in d["tornado"]:
            unit = r.get("unit") or ""
            value = r["value"] if not unit or r["value"].endswith(unit) else f"{r['value']} {unit}"
            t.add_row(r["input"], value, g(r["low"]), g(r["high"]), g(r["swing"]))
        console.print(t)
        s = Table(title="Sobol indices", title_justify="left")
        for col in ("input", "S1", "ST"):
            s.add_column(col, justify="left" if col == "input" else "right")
        for r in d["sobol"]:
            s.add_row(r["input"], f"{r['S1']:.3f} \u00b1 {r['S1_conf']:.3f}", f"{r['ST']:.3f} \u00b1 {r['ST_conf']:.3f}")
        console.print(s)
        console.print(d["method"], style="dim")


#: Parts of a border shorter than this are summed in the table, not listed one by one (km).
SHORT_PART_KM = 1.0


def parts_text(row: dict[str, Any]) -> str:
    """The pieces a border is made of, for the table: ``2: 0.0-1,283.8 + 1 short part (0.1 km)``.

    Pieces shorter than :data:`SHORT_PART_KM` (slivers where the line touches a tripoint or
    a river mouth) are counted, with their total length, instead of each printed as
    ``1,283.8-1,283.9``; ``--json`` lists every part.
    """
    parts = row["parts_km"]
    long = [p for p in parts if p["to_km"] - p["from_km"] >= SHORT_PART_KM]
    short = [p for p in parts if p["to_km"] - p["from_km"] < SHORT_PART_KM]
    text = ", ".join(f"{p['from_km']:,.1f}-{p['to_km']:,.1f}" for p in long)
    if short:
        km = sum(p["to_km"] - p["from_km"] for p in short)
        tail = f"{len(short)} short part{'s' if len(short) > 1 else ''} ({f'{km:,.1f}' if km >= 0.05 else 'under 0.1'} km)"
        text = f"{text} + {tail}" if text else tail
    return f"{row['parts']}: {text}"


def borders_table(doc: dict[str, Any], title: str, footer: str, console: Console) -> None:
    """The ``minebelt.borders/1`` document: one row per land border with its parts."""
    from rich.table import Table

    from ...data.iso import country_name

    t = Table(title=title, title_justify="left")
    for col in ("a", "b", "length km", "land km", "water km", "parts (km from-to)"):
        t.add_column(col, justify="left" if col in ("a", "b", "parts (km from-to)") else "right")
    for r in doc["borders"]:
        t.add_row(f"{r['a']} {country_name(r['a'])}", f"{r['b']} {country_name(r['b'])}", f"{r['length_km']:,.1f}", f"{r['land_km']:,.1f}", f"{r['water_km']:,.1f}", parts_text(r))
    console.print(t)
    console.print(footer, style="dim")


def models_table(rows: list[dict[str, Any]], console: Console) -> None:
    """The named density models with their sources."""
    from rich.table import Table

    t = Table(title="Density models", title_justify="left", show_lines=True)
    for col in ("name", "value", "description", "source"):
        t.add_column(col, overflow="fold")
    for r in rows:
        t.add_row(r["name"], f"{r['value']:,.0f} {r['unit']}", r["description"], r["source"])
    console.print(t)
