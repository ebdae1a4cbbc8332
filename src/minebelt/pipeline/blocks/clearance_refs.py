"""The clearance block's reference texts: the rates' density warning, the mine-rate yardstick,
the world yardstick, the unrecorded allowance and what Korean sources said about the DMZ.

Layer: pipeline. Pure functions of the resolved clearance inputs and of the sourced figures in
:mod:`minebelt.model`; :mod:`.clearance_text` re-exports them, :mod:`.clearance` and
:mod:`.clearance_yardsticks` put their results in the document.
"""

from __future__ import annotations

from typing import Any

from ... import numbers as N
from ...model import clearance_sources as clr_src
from ...model.facts import FACTS


def _programmes_used(k: dict[str, Any], countries: list[str]) -> dict[str, list[str]]:
    """{programme code: countries clearing at it}, in the countries' order."""
    groups: dict[str, list[str]] = {}
    for c in countries:
        groups.setdefault(k["capacity"]["by_country"][c]["programme"].country, []).append(c)
    return groups


def density_note(
    k: dict[str, Any],
    belt_mines_per_km2: float | None,
    by_country: dict[str, tuple[float | None, float | None]] | None = None,
) -> str | None:
    """The plain warning that the km² rates used come from far less densely mined land (or None).

    Only for national programmes (the rates actually used): each programme's mines destroyed per
    km² cleared (lowest-highest year) against the belts it stands for, as a range of times. A
    stated or resource-based capacity gets no note: no programme's density is behind it.
    ``by_country``: {ISO3: (mines, area km²)} point values; without it the whole belt's density.
    """
    cap = k["capacity"]
    if cap["basis"] != "national programmes":
        return None
    countries = list(by_country) if by_country else list(cap["by_country"])
    clauses = []
    for code, members in _programmes_used(k, countries).items():
        ref = clr_src.NATIONAL_PROGRAMMES[code]
        dens = ref.mines_per_km2
        if dens is None:
            continue
        lo, hi = dens
        figure = f"about {hi:,.0f}" if round(lo) == round(hi) else f"{lo:,.0f}\u2013{hi:,.0f}"
        years = ", ".join(str(y.year) for y in ref.years if y.mines_destroyed)
        scope = f", {ref.headline_scope}" if ref.headline_scope else ""
        text = f"{ref.short} destroyed {figure} {ref.mines_scope} per km\u00b2 it cleared ({years}{scope})"
        belt = belt_mines_per_km2
        if by_country:
            mines = sum(by_country[c][0] or 0.0 for c in members)
            area = sum(by_country[c][1] or 0.0 for c in members)
            belt = mines / area if mines and area else None
        if belt:
            times = (
                f"about {belt / hi:,.0f}"
                if round(belt / lo) == round(belt / hi)
                else f"{belt / hi:,.0f}\u2013{belt / lo:,.0f}"
            )
            whose = (
                "its belt"
                if code in members
                else ("the belt it stands for" if len(members) == 1 else "the belts it stands for")
            )
            text += f", against {belt:,.0f} per km\u00b2 in {whose}: {times} times as many"
        clauses.append(text)
    if not clauses:
        return None
    return (
        "These km\u00b2 rates come from land far less densely mined than a laid belt: "
        + "; ".join(clauses)
        + ". Years computed from area alone therefore understate the time a dense belt takes (compare the years at the mine rate)."
    )


def mines_rate_info(k: dict[str, Any], countries: list[str], names: dict[str, str]) -> dict[str, Any]:
    """``calendar_years_by_mines_capacity`` (the mine rates and their scope, in words) and
    ``calendar_years_by_mines_scope``."""
    by = k["capacity"]["by_country"]
    clauses = []
    for code, members in _programmes_used(k, countries).items():
        prog = clr_src.NATIONAL_PROGRAMMES[code]
        who = ", ".join(names.get(c, c) for c in members)
        each = "each " if len(members) > 1 else ""
        own = all(by[c]["own"] for c in members)
        whose = "it reported destroying" if own else f"{prog.short} did"
        clauses.append(f"{who} {each}destroyed as many mines a year as {whose} ({prog.mines_text})")
    codes = list(_programmes_used(k, countries))
    shorts = [clr_src.NATIONAL_PROGRAMMES[c].short for c in codes]
    return {
        "calendar_years_by_mines_rates_of": f"{shorts[0]}'s"
        if len(shorts) == 1
        else " and ".join(f"{x}'s" for x in shorts),
        "calendar_years_by_mines_capacity": "if "
        + "; and ".join(clauses)
        + (", in parallel" if len(countries) > 1 else ""),
        "calendar_years_by_mines_scope": (
            "the belt's mines / the mines the same national programme destroyed a year; the counts' scope as named "
            "(anti-personnel only, or all explosive ordnance)"
        ),
    }


def world_info(world: Any) -> dict[str, Any]:
    """The yardstick's figures, scope and labels (``world_capacity``)."""
    return {
        "km2_per_year": world.cleared_km2,
        "ap_mines_per_year": world.ap_mines_destroyed,
        "year": world.year,
        "report": world.report,
        "relayed": bool(world.relay),
        "scope": world.scope,
        "mines_scope": clr_src.LM_MINES_SCOPE,
        "certainty": world.certainty,
        "source": str(world.citation),
        "label": world.label,
        "mines_label": world.mines_label,
        "label_with_figure": world.label_with_figure,
        "mines_label_with_figure": world.mines_label_with_figure,
        "newer": clr_src.WORLD_OUTPUT_NEWER if world.year == max(clr_src.WORLD_OUTPUT) else "",
    }


def allowance_info(k: dict[str, Any]) -> dict[str, Any]:
    """The allowance's reading (complete records at 0) and the sourced alternatives."""
    value = k["unrecorded_allowance"].dist.median
    stated = k["unrecorded_allowance_source"] == "stated"
    if value == 0:
        note = (
            "assumes complete records of the belt's extent: mines that drifted or were lost outside it are not counted"
        )
    else:
        note = (
            f"{k['unrecorded_allowance'].dist.describe()} of the belt area added for drifted, lost or unrecorded mines"
            + (" (stated)" if stated else "")
        )
    return {
        "unrecorded_allowance_note": note,
        "unrecorded_allowance_alternatives": [
            {"value": a.value, "measure": a.measure, "scope": a.scope, "source": str(a.citation)}
            for a in clr_src.UNRECORDED_ALTERNATIVES
        ],
    }


def dmz_reference() -> list[dict[str, Any]]:
    """What Korean sources said about clearing the Korean minefields, each with its scope."""
    out = []
    for key, label in (
        (
            "DMZ_CLEARANCE_YEARS_ALL_BATTALIONS",
            "years to clear the whole mined area south of the MDL and around the Civilian Control Line (about 116 km\u00b2) with all 11 forward engineer battalions (Army, 2018)",
        ),
        (
            "KOREA_UNIDENTIFIED_CLEARANCE_YEARS",
            "years to clear South Korea's unidentified minefields only, 90.78 of 112.5 km\u00b2 (Ministry of National Defense, via kmhpf.org)",
        ),
        (
            "DMZ_CLEARANCE_YEARS_CURRENT_PACE",
            "years to remove all mines on the Korean peninsula, North and South (about 661 km\u00b2 of mined area), at the current pace, for about KRW 1 trillion (National Defense Committee review of the 2013 bill, via Asia Economy 2018-10-02)",
        ),
        (
            "KOREA_CLEARANCE_M2_PER_YEAR_HIGH",
            "m\u00b2 the Korean military clears a year (upper end of 100,000-200,000; about 500 mines)",
        ),
        (
            "KOREA_MINES_FRONT_ALT",
            "mines in South Korea's front, an alternative to the 1.27 million of the JCS (Ministry of National Defense, via kmhpf.org, the page of the 489 years)",
        ),
        (
            "DMZ_COMPANY_M2_PER_YEAR",
            "m\u00b2 one engineer company clears per year in the DMZ (companies per battalion not published)",
        ),
    ):
        f = FACTS[key]
        out.append(
            {"figure": label, "value": f.value, "unit": f.unit, "certainty": f.certainty, "source": str(f.citation)}
        )
    return out


def korea_cost_yardstick(countries: list[str]) -> dict[str, Any] | None:
    """``clearance.cost_yardstick`` for a belt in South Korea: the National Defense Committee's
    "about KRW 1 trillion" (review of the 2013 demining bill, via Asia Economy 2018-10-02) with
    its scope, all mines of the peninsula, North and South (about 661 km² of mined area), at the
    current pace: a yardstick beside the cost, never the estimate (its scope is not the belt's).
    None for a belt elsewhere."""
    if not countries or any(c != "KOR" for c in countries):
        return None
    f, area = FACTS["DMZ_CLEARANCE_COST_KRW_CURRENT_PACE"], FACTS["KOREA_PENINSULA_MINED_AREA_KM2"]
    return {
        "label": "yardstick, not the estimate",
        "value": f.value,
        "currency": "KRW",
        "area_km2": area.value,
        "scope": (
            f"all mines on the Korean peninsula, North and South (about {area.value:,.0f} km\u00b2 of mined area), "
            "at the current pace (469 years); money as stated, no price year given"
        ),
        "source": str(f.citation),
        "text": (
            f"about {N.sig(f.value, 2, currency='KRW')} to remove all mines on the Korean peninsula, North and South (about "
            f"{area.value:,.0f} km\u00b2 of mined area), at the current pace (National Defense Committee review of "
            "the 2013 bill, via Asia Economy 2018-10-02)"
        ),
    }
