"""Terminal rendering of an estimate: the headline sentence, then the tables, the blocks, the inputs.

Layer: outputs. The first line answers the question (:func:`~minebelt.outputs.report.cards.headline_sentence`);
the tables fit the terminal's width (:mod:`.layout`: low-priority columns are left out and
named, a number is never cut); a depth or density that every section shares is said in the
headline instead of a column of equal values. Figures follow :mod:`minebelt.numbers`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import numbers as N
from ...i18n import current, ngettext
from ...i18n import gettext as _
from ..report import local_words as W
from ..report.cards import headline_sentence
from ..report.local_names import section_name
from .blocks import render_blocks
from .layout import Column, para, print_table

if TYPE_CHECKING:
    from rich.console import Console

    from ...pipeline.result import EstimateResult


def _km(x: float | None) -> str:
    return N.num(x, scale=False, missing=_("n/a"))


def _mines(x: float | None) -> str:
    return N.num(x, missing=_("n/a"))


def MINES_PER_KM() -> str:
    """The header of the mines-per-km-of-front column (a line break between its two lines)."""
    return _("mines/km\nfront")


def _block_name(key: str) -> str:
    """A block's name as the reader finds it: in English the word (``cost``), in another language
    the TOML table as written (``[cost]``, beside keys such as ``cost.unit_cost_per_mine``)."""
    return key if current() == "en" else f"[{key}]"


def input_use(entry: dict[str, Any]) -> str:
    """Who draws an input of the document's ``inputs`` list: ``shared by 10 sections``,
    ``own draw``, ``cost block``, ``shared by 2 sections and the cost block``."""
    sections = entry.get("sections") or []
    blocks = list(entry.get("blocks") or [])
    names = [_block_name(b) for b in blocks]
    joined = _("%(a)s and %(b)s") % {"a": ", ".join(names[:-1]), "b": names[-1]} if len(names) > 1 else "".join(names)
    block_text = ngettext("%(names)s block", "%(names)s blocks", len(names)) % {"names": joined}
    if not sections:
        return block_text if blocks else _("not used")
    n = len(sections)
    use = (
        ngettext("shared by %(n)s section", "shared by %(n)s sections", n) % {"n": N.count(n)}
        if entry.get("shared")
        else _("own draw")
    )
    return _("%(use)s and the %(blocks)s") % {"use": use, "blocks": block_text} if blocks else use


def _sections_columns(doc: dict[str, Any], rows: list[dict[str, Any]]) -> tuple[list[Column], str]:
    """The section table's columns (rows, then the total) by priority, and the † note."""
    tot = doc["totals"]
    has_dist = any("mines_dist" in r for r in rows)
    has_water = any(r.get("water_km") is not None for r in rows)
    per_front = _km(tot["mines_per_km_front"])
    front = tot.get("belt_front_km")
    note = ""
    if front is not None and tot.get("mines_per_km_front") is not None and abs(front - tot["length_km"]) > 0.5:
        per_front += "\u2020"  # never beside the whole length without saying so
        note = "\u2020 " + _(
            "total mines per km of the %(front)s km land front the belts are built behind, not of the %(length)s km length"
        ) % {"front": _km(front), "length": _km(tot["length_km"])}
    cols = [
        # names readable: up to 22 characters a line before a lower-priority column goes
        Column(
            _("section"),
            [section_name(r) for r in rows] + [_("Total")],
            numeric=False,
            min_width=min(22, max(len(section_name(r)) for r in rows)),
        ),
        Column(_("country"), [r["country"] for r in rows] + [""], numeric=False, priority=4),
        Column(_("border"), [r["border"] or _("(line)") for r in rows] + [""], numeric=False, priority=7),
        Column(
            _("length\nkm"),
            [_km(r["length_km"]) + ("" if r["length_source"] == "stated" else "*") for r in rows]
            + [_km(tot["length_km"])],
            priority=3,
        ),
    ]
    if has_water:
        water = _km(tot["water_km"]) if tot.get("water_km") is not None else ""
        cols.append(
            Column(
                _("water\nkm"),
                ["" if r.get("water_km") is None else _km(r["water_km"]) for r in rows] + [water],
                priority=6,
            )
        )
    depths = {r["depth_km"] for r in rows}
    if len(depths) > 1:  # one depth for all is in the headline
        cols.append(Column(_("depth\nkm"), [N.num(r["depth_km"]) for r in rows] + [""], priority=8))
    cols.append(Column(_("area\nkm²"), [_km(r["area_km2"]) for r in rows] + [_km(tot["area_km2"])], priority=1))
    if len({r["density_per_km2"] for r in rows}) > 1:
        cols.append(Column(_("mines\n/km²"), [_km(r["density_per_km2"]) for r in rows] + [""], priority=9))
    cols.append(Column(_("mines"), [_mines(r["mines"]) for r in rows] + [_mines(tot["mines"])]))
    cols.append(Column(MINES_PER_KM(), [_km(r["mines_per_km_front"]) for r in rows] + [per_front], priority=5))
    if has_dist:
        cols.append(
            Column(
                _("mines\n90 %%") % {},
                [N.dist(r.get("mines_dist")) for r in rows] + [N.dist(tot.get("mines_dist"))],
                priority=2,
            )
        )
    return cols, note


def _countries(doc: dict[str, Any], console: Console) -> None:
    items = list(doc["by_country"].items())
    cols = [
        Column(_("country"), [f"{c} {W.country(c, doc)}" for c, _r in items], numeric=False),
        Column(_("length\nkm"), [_km(r["length_km"]) for _, r in items], priority=2),
        Column(_("area\nkm²"), [_km(r["area_km2"]) for _, r in items], priority=1),
        Column(_("mines"), [_mines(r["mines"]) for _, r in items]),
    ]
    if any(r.get("overlap_km2") for _, r in items):
        cols.append(
            Column(
                _("overlap\nkm²"),
                [N.num(r["overlap_km2"], scale=False) if r.get("overlap_km2") else "" for _, r in items],
                priority=3,
            )
        )
    print_table(console, _("By defending country"), cols)


def _notes(res: EstimateResult, doc: dict[str, Any], console: Console) -> None:
    if any(r["length_source"] == "measured" for r in res.sections):
        data = doc["provenance"].get("data", {})
        para(
            console,
            "* "
            + _("measured from %(source)s (%(license)s); %(attribution)s")
            % {
                "source": W.data_word(data.get("source")) if data.get("source") else _("bundled data"),
                "license": data.get("license", ""),
                "attribution": W.data_word(data.get("attribution", "")),
            },
            style="dim",
        )
    for row in doc["sections"]:  # what the geometry left out, one line each (sections[].front)
        fr = row.get("front") or {}
        if fr.get("warning"):
            para(console, _("note: %(text)s") % {"text": fr["warning"]})
        # printed when it matters (>= 1 km2 and >= 0.1 % of the belt); the JSON always has it
        if (fr.get("detached_km2") or 0.0) >= max(1.0, 1e-3 * (row.get("area_km2") or 0.0)):
            para(
                console,
                _(
                    "note: %(name)s: %(area)s km² of %(country)s's land within the depth is not connected to the front (islands, land across the sea): left out"
                )
                % {
                    "name": section_name(row),
                    "area": N.num(fr["detached_km2"], scale=False),
                    "country": row["country"],
                },
            )


def render_estimate(res: EstimateResult, console: Console, details: bool = False) -> None:
    """What ``minebelt estimate`` prints: the headline sentence, the sections and countries
    tables (fitted to the terminal), the blocks (figure and assumption; their detail with
    ``details``), the uncertain inputs and the sources."""
    doc = res.document
    para(console, headline_sentence(doc), style="bold")
    cols, note = _sections_columns(doc, res.sections)
    dropped = print_table(
        console, _("By section"), cols, sections=[len(res.sections)], row_styles={len(res.sections): "bold"}
    )
    if note and MINES_PER_KM().replace("\n", " ") not in dropped:
        para(console, note, style="dim")
    if len(doc["by_country"]) > 1:
        _countries(doc, console)
    _notes(res, doc, console)
    more = render_blocks(doc, console, details)
    uncertain = [i for i in doc["inputs"] if i["uncertain"]]
    if uncertain:
        console.print(_("Uncertain inputs (one draw per iteration per key):"))
        for i in uncertain:
            value = f"{i['value']} {i['unit']}" if current() == "en" else W.value(i["value"], W.unit(i["unit"]))
            # another language names a block as its TOML table ([cost]): no brackets around that
            use = f"[{input_use(i)}]" if current() == "en" else f"\u2014 {input_use(i)}"
            para(console, f"{i['key']} = {value}  {use}", indent=2, hang=4)
    for s in doc["provenance"]["model_sources"]:
        para(console, _("source: %(source)s") % {"source": W.source_words(s)}, style="dim")
    if more:
        para(console, _("Each block's detail: --details; every figure: --json or minebelt report."), style="dim")
