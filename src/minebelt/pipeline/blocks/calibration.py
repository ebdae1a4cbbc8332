"""Calibration: a scenario side by side with mine barriers that were actually built.

Layer: pipeline.
"""

from __future__ import annotations

from typing import Any

from ... import i18n, numbers
from ...model.barriers import HISTORICAL_BARRIERS, HistoricalBarrier

#: What a barrier's mine count covers, as the clause in the calibration verdict: one whole
#: phrase per scope, so a language puts the mine types in the case its verb governs
#: ("skaitot kājnieku mīnas") instead of a nominative label after a colon.
_SCOPE_PHRASES = {
    "all mine types, mostly anti-personnel": i18n.N_("counting all mine types, mostly anti-personnel"),
    "anti-personnel mines": i18n.N_("counting anti-personnel mines"),
    "anti-personnel and anti-tank mines, not broken down": i18n.N_(
        "counting anti-personnel and anti-tank mines, not broken down"
    ),
}


#: Each barrier's name as the second term of a comparison ("2.9x the mines per km of front of
#: the X"), where a language declines it there or needs a preposition (pl "co w rodezyjskim
#: kordonie sanitarnym", lt "nei Rodezijos sanitariniame kordone", lv "cik ... kordonā").
_COMPARED = "barrier, compared with"
_COMPARED_NAMES = (
    i18n.NP_("barrier, compared with", "Korean DMZ (South)"),
    i18n.NP_("barrier, compared with", "Inner-German border"),
    i18n.NP_("barrier, compared with", "Moroccan Berm (Western Sahara)"),
    i18n.NP_("barrier, compared with", "Rhodesian cordon sanitaire (Zimbabwe)"),
    i18n.NP_("barrier, compared with", "Iraqi barrier in Kuwait"),
)


def compared_name(name: str) -> str:
    """A barrier's name (English, as in the document) as the second term of a comparison, in
    the current language; a name without that form reads as its plain translation."""
    form = i18n.pgettext(_COMPARED, name)
    return form if form != name else i18n.gettext(name)


def scope_phrase(mine_types: str) -> str:
    """The clause saying what a barrier's mine count covers, in the current language
    (``"counting anti-personnel mines"``); a scope without its own phrase is given as is."""
    return i18n.gettext(_SCOPE_PHRASES.get(mine_types, mine_types))


#: Certainty levels from best to worst: a row is as certain as its weakest figure.
_ORDER = ["high", "medium", "weak", "unconfirmed"]


def barrier_row(b: HistoricalBarrier) -> dict[str, Any]:
    """One historical barrier: mines per km of front, per km², implied depth, sources."""
    front = b.front_km.value if b.front_km else None
    per_km = b.mines.value / front if front else None
    area = b.mined_area_km2.value if b.mined_area_km2 else None
    sources = [str(x.citation) for x in (b.mines, b.front_km, b.mined_area_km2) if x is not None]
    return {
        "name": b.name,
        "years": b.years,
        "mines": b.mines.value,
        "front_km": front,
        "mined_area_km2": area,
        "mines_per_km_front": per_km,
        "mines_per_km2": b.mines.value / area if area else None,
        "implied_depth_km": area / front if area and front else None,
        "certainty": max(
            (x.certainty for x in (b.mines, b.front_km, b.mined_area_km2) if x is not None), key=_ORDER.index
        ),
        "mine_types": b.mine_types,
        "note": b.note,
        "sources": list(dict.fromkeys(sources)),
    }


def barriers_table() -> list[dict[str, Any]]:
    return [barrier_row(b) for b in HISTORICAL_BARRIERS]


def calibration_block(doc: dict[str, Any]) -> dict[str, Any]:
    """Compare an estimate document's totals and sections with the historical barriers."""
    barriers = barriers_table()
    densest = max((r for r in barriers if r["mines_per_km_front"] is not None), key=lambda r: r["mines_per_km_front"])
    t = doc["totals"]
    # the front the belt is built behind (land only when water is skipped), as the barriers'
    # own fronts are; documents from before it existed fall back to the whole length
    per_km = t.get("mines_per_km_front")
    area = t.get("area_km2")
    front = t.get("belt_front_km", t.get("length_km"))
    scenario = {
        "mines_per_km_front": per_km,
        "belt_front_km": front,
        "mines_per_km2": t["mines"] / area if area else None,
        "depth_km": area / front if area is not None and front else None,
        "ratio_to_densest_per_km_front": per_km / densest["mines_per_km_front"] if per_km is not None else None,
    }
    sections = [
        {
            "name": r["name"],
            "mines_per_km_front": r["mines_per_km_front"],
            "ratio_to_densest_per_km_front": (r["mines_per_km_front"] / densest["mines_per_km_front"])
            if r["mines_per_km_front"] is not None
            else None,
        }
        for r in doc["sections"]
    ]
    denser = per_km is not None and per_km > densest["mines_per_km_front"]
    n = len(barriers)
    table = f"minebelt's table ({n} barrier{'s' if n != 1 else ''})"
    return {
        "barriers": barriers,
        "barriers_in_table": n,
        "densest_barrier": densest["name"],
        "densest_barrier_mine_types": densest["mine_types"],
        "scenario": scenario,
        "sections": sections,
        "denser_than_every_barrier_in_table": denser,
        "comparison": (
            f"denser than every barrier in {table}" if denser else f"within the range of the barriers in {table}"
        )
        if per_km
        else "not compared",
        "verdict": verdict_text(per_km, densest["mines_per_km_front"], densest["name"], densest["mine_types"], n),
    }


def verdict_text(per_km: float | None, densest_per_km: float, densest: str, mine_types: str, n: int) -> str:
    """The calibration's verdict in the current language (the JSON's ``verdict`` is built in
    English): ``"2.9x the mines per km of front of the Korean DMZ (South) (counting all mine
    types, mostly anti-personnel), the densest of the 3 barriers in minebelt's table"``."""
    if not per_km:
        return i18n.gettext("no front length")
    ratio = f"{per_km / densest_per_km:.1f}".replace(".", numbers.SYMBOLS[i18n.current()][1])
    return i18n.times_agree(
        i18n.ngettext(
            "%(ratio)sx the mines per km of front of the %(barrier)s (%(scope)s), the densest of the %(n)s barrier in minebelt's table",
            "%(ratio)sx the mines per km of front of the %(barrier)s (%(scope)s), the densest of the %(n)s barriers in minebelt's table",
            n,
        )
        % {"ratio": ratio, "barrier": compared_name(densest), "scope": scope_phrase(mine_types), "n": n},
        ratio,
    )
