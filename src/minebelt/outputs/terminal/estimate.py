"""Terminal rendering of an estimate (rich tables): sections, defending countries, the blocks, inputs.

Layer: outputs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .blocks import render_blocks

if TYPE_CHECKING:
    from rich.console import Console

    from ...pipeline.result import EstimateResult


def _fmt_int(x: float | None) -> str:
    return "n/a" if x is None else f"{x:,.0f}"


def _fmt_mines(x: float | None) -> str:
    return "n/a" if x is None else f"{x / 1e6:,.2f} M"


def _dist_text(row: dict[str, Any], key: str, fmt=_fmt_mines) -> str:
    """``56.08 M – 130.33 M``; empty without samples, and when both ends print the same
    (a figure that does not vary: "129 to 129" says nothing)."""
    d = row.get(f"{key}_dist")
    if not d:
        return ""
    lo, hi = fmt(d["p05"]), fmt(d["p95"])
    return "" if lo == hi else f"{lo} \u2013 {hi}"


def _count(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def input_use(entry: dict[str, Any]) -> str:
    """Who draws an input of the document's ``inputs`` list: ``shared by 10 sections``,
    ``own draw``, ``cost block``, ``shared by 2 sections and the cost block``."""
    sections = entry.get("sections") or []
    blocks = list(entry.get("blocks") or [])
    block_text = (" and ".join([", ".join(blocks[:-1]), blocks[-1]]) if len(blocks) > 1 else "".join(blocks)) + (" blocks" if len(blocks) > 1 else " block")
    if not sections:
        return block_text if blocks else "not used"
    use = f"shared by {_count(len(sections), 'section')}" if entry.get("shared") else "own draw"
    return f"{use} and the {block_text}" if blocks else use


def render_estimate(res: EstimateResult, console: Console) -> None:
    """The tables ``minebelt estimate`` prints: sections, countries, blocks, uncertain inputs, sources."""
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
    per_front = _fmt_int(tot["mines_per_km_front"])
    front = tot.get("belt_front_km")
    front_note = ""
    if front is not None and tot.get("mines_per_km_front") is not None and abs(front - tot["length_km"]) > 0.5:
        per_front += "\u2020"  # never beside the whole length without saying so
        front_note = f"\u2020 total mines per km of the {_fmt_int(front)} km land front the belts are built behind, not of the {_fmt_int(tot['length_km'])} km length"
    water = [_fmt_int(tot["water_km"]) if tot.get("water_km") is not None else ""] if has_water else []
    cells = ["Total", "", "", _fmt_int(tot["length_km"])] + water + ["", _fmt_int(tot["area_km2"]), "", _fmt_mines(tot["mines"]), per_front]
    if has_dist:
        cells.append(_dist_text(tot, "mines"))
    t.add_row(*cells, style="bold")
    console.print(t)
    if front_note:
        console.print(front_note, style="dim")
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
    for row in doc["sections"]:  # what the geometry left out, one line each (sections[].front)
        fr = row.get("front") or {}
        if fr.get("warning"):
            console.print(f"note: {fr['warning']}", markup=False)
        # printed when it matters (>= 1 km2 and >= 0.1 % of the belt); the JSON always has it
        if (fr.get("detached_km2") or 0.0) >= max(1.0, 1e-3 * (row.get("area_km2") or 0.0)):
            console.print(f"note: {row['name']}: {fr['detached_km2']:,.1f} km\u00b2 of {row['country']}'s land within the depth is not connected to the front (islands, land across the sea): left out", markup=False)
    render_blocks(doc, console)
    uncertain = [i for i in doc["inputs"] if i["uncertain"]]
    if uncertain:
        console.print("Uncertain inputs (one draw per iteration per key):")
        for i in uncertain:
            # markup=False: rich would take "[shared by ...]" for a style tag and drop it
            console.print(f"  {i['key']} = {i['value']} {i['unit']}  [{input_use(i)}]", markup=False)
    for s in doc["provenance"]["model_sources"]:
        console.print(f"source: {s}", style="dim")
