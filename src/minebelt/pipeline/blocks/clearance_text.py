"""What the ``clearance`` block says about its capacity, yardsticks and references, in words.

Layer: pipeline. Pure functions of the resolved clearance inputs (:func:`capacity_info`,
:func:`world_info`, :func:`allowance_info`) and of the sourced Korean figures
(:func:`dmz_reference`); :mod:`.clearance` puts their results in the document, so every
interface (terminal, report, web) shows the same scope in the same words. The reference texts
(density warning, mine-rate and world yardsticks, allowance, DMZ) are in :mod:`.clearance_refs`.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ... import numbers
from ...model import clearance_sources as clr_src
from ...model import clearance_workforce as wf
from ...model.facts import FACTS
from .clearance_refs import _programmes_used as _programmes_used
from .clearance_refs import allowance_info as allowance_info
from .clearance_refs import density_note as density_note
from .clearance_refs import dmz_reference as dmz_reference
from .clearance_refs import korea_cost_yardstick as korea_cost_yardstick
from .clearance_refs import mines_rate_info as mines_rate_info
from .clearance_refs import world_info as world_info

#: The count of fitted cases in words, for the one line of assumptions.
_FIT_N_WORDS = {6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten"}


def _programme_phrase(prog: Any, own: bool) -> str:
    """``as much as Croatia did in a year (2017–2023: 30.4–58 km²)``."""
    lo, hi = prog.span
    span = f"{lo:g} km\u00b2" if lo == hi else f"{lo:g}\u2013{hi:g} km\u00b2"
    if prog.headline_scope:
        span += f", {prog.headline_scope}"
    if own:
        return f"as much as it reported clearing in a year ({prog.year}: {span})"
    return f"as much as {prog.short} did in a year ({prog.year}: {span})"


def programme_capacity_info(k: dict[str, Any], countries: list[str], names: dict[str, str]) -> dict[str, Any]:
    """Each country at a national programme's reported output (the yardstick): ``{headline, by_country, ...}``.

    ``headline`` is the condition, e.g. "if each country cleared as much as Croatia did in a year
    (2017–2023: 30.4–58 km²)".
    """
    cap = k["capacity"]
    info: dict[str, Any] = {"basis": "national programmes"}
    by = cap["by_country"]
    info["by_country"] = {
        c: {
            "programme": v["programme"].name,
            "programme_country": v["programme"].country,
            "own_programme": v["own"],
            "km2_per_year": v["input"].dist.describe(),
            "year": v["programme"].year,
            "yearly_outputs": v["programme"].outputs_text,
            "reading": v["programme"].reading,
            "scope": v["programme"].scope,
            "certainty": v["programme"].certainty,
            "source": "; ".join(str(x) for x in v["programme"].citations),
        }
        for c, v in by.items()
    }
    groups: dict[tuple[str, bool], list[str]] = {}
    for c in countries:
        groups.setdefault((by[c]["programme"].country, by[c]["own"]), []).append(c)
    clauses = []
    for (code, own), members in groups.items():
        prog = clr_src.NATIONAL_PROGRAMMES[code]
        who = ", ".join(names.get(c, c) for c in members)
        clauses.append((who, _programme_phrase(prog, own), len(members)))
    if len(clauses) == 1:
        who, phrase, n = clauses[0]
        info["headline"] = f"if {'each country' if n > 1 else who} cleared {phrase}"
    else:
        info["headline"] = "if " + "; and ".join(
            f"{who} {'each ' if n > 1 else ''}cleared {phrase}" for who, phrase, n in clauses
        )
    text = "each defending country clearing its own belt in parallel: " + "; ".join(
        f"{who} {phrase}" for who, phrase, _ in clauses
    )
    scoped = [
        clr_src.NATIONAL_PROGRAMMES[code] for code, _ in groups if clr_src.NATIONAL_PROGRAMMES[code].headline_scope
    ]
    if scoped:  # a rate whose scope is not anti-personnel minefields says so in every headline
        info["scope_caveat"] = "; ".join(
            f"{p.short}'s rates: {p.headline_scope} cleared in {p.year}, not anti-personnel minefields only"
            for p in scoped
        )
    stand_in = [c for c in countries if not by[c]["own"]]
    if stand_in:
        info["note"] = (
            f"{', '.join(names.get(c, c) for c in stand_in)}: no minefield-clearance output on record; "
            f"{clr_src.NATIONAL_PROGRAMMES[clr_src.BENCHMARK_PROGRAMME].name} stands in"
        )
    info["description"] = text
    return info


def _n(x: float) -> str:
    """Three significant figures with thousands separators: ``375``, ``1,270``, ``52.3``."""
    if not np.isfinite(x):
        return "not estimated"
    v = float(f"{x:.3g}")
    return f"{v:,.0f}" if abs(v) >= 100 else f"{v:,.3g}"


def capacity_info(k: dict[str, Any], countries: list[str], names: dict[str, str]) -> dict[str, Any]:
    """The basis of the headline time: ``{basis, description, headline, workforce?, productivity?}``.

    ``headline`` is the condition the years hold under ("with a force of 200 deminers, the size of the workforce of
    South Korea's military mine clearance").
    """
    cap = k["capacity"]
    basis = cap["basis"]
    info: dict[str, Any] = {"basis": basis}
    if basis == "stated":
        v = cap["total"].dist.describe()
        info["km2_per_year"] = v
        info["headline"] = (
            f"at {v} km\u00b2 cleared a year for the whole belt (stated; the mines to find and destroy are not counted in a km\u00b2 rate)"
        )
        info["description"] = f"one programme for the whole belt, {v} km\u00b2 cleared a year (stated)"
        return info
    if basis == "stated mines":
        v = cap["total"].dist.describe()
        info["mines_per_year"] = v
        info["headline"] = f"at {v} mines cleared a year for the whole belt (stated)"
        info["description"] = f"one programme for the whole belt, {v} mines cleared a year (stated)"
        return info
    if basis == "stated by country":
        info["by_country"] = {
            c: {"km2_per_year": inp.dist.describe(), "source": "stated"} for c, inp in cap["by_country"].items()
        }
        info["headline"] = "if each country cleared its stated km\u00b2 a year, in parallel"
        info["description"] = "each defending country at its stated capacity, in parallel"
        return info
    preset = cap.get("preset")
    w = cap["deminers"].dist
    count = f"{w.median:,.0f}" if not cap["deminers"].uncertain else w.describe()
    if preset is not None:
        who = f"the workforce of {preset.programme} ({preset.scope})"
        info["workforce"] = {
            "deminers": w.describe(),
            "preset": preset.key,
            "programme": preset.programme,
            "scope": preset.scope,
            "year": preset.year,
            "certainty": preset.certainty,
            "note": preset.note,
            "source": "; ".join(str(c) for c in preset.citations),
            "chosen": cap.get("preset_source", "default"),
        }
        # a force the size of a programme's, not that programme assigned: the years are a yardstick, not a plan
        info["headline"] = (
            f"with a force of {count} deminers, the size of the workforce of {preset.programme} ({preset.year})"
        )
    else:
        who = "stated"
        info["workforce"] = {
            "deminers": w.describe(),
            "preset": None,
            "programme": None,
            "scope": "stated in the scenario",
            "chosen": "stated",
        }
        info["headline"] = f"with {count} deminers (stated)"
    a, b = cap["mines_per_deminer_year"], cap["m2_per_deminer_year"]
    cond = cap["condition"]
    fitted_a = wf.mines_rate(cond["key"]).interval
    info["condition"] = dict(cond)
    info["productivity"] = {
        "mines_per_deminer_year": a.dist.describe(),
        "m2_per_deminer_year": b.dist.describe() if "area_resources" not in cap else "from the stated method mix",
        "condition": cond["key"],
        "source": wf.PRODUCTIVITY_SOURCE,
        "fitted": a.dist.describe() == fitted_a,
    }
    if "area_resources" in cap:
        info["resources"] = {n: inp.dist.describe() for n, inp in cap["area_resources"].items() if n != "deminers"}
        rates = (
            f"{_n(a.dist.median)} mines per deminer-year, the ground searched at the stated method mix's m\u00b2 a day"
        )
    else:
        rates = f"{_n(a.dist.median)} mines and {_n(b.dist.median)} m\u00b2 per deminer-year"
    if info["productivity"]["fitted"]:
        lead = cond["text"][0].upper() + cond["text"][1:]
        info["assumes"] = (
            f"{lead}: {rates}, fitted on {_FIT_N_WORDS.get(wf.FIT_CASES_N, wf.FIT_CASES_N)} historical clearances (minebelt's model documentation); one workforce for the whole belt"
        )
    else:
        info["assumes"] = f"{rates} (stated); one workforce for the whole belt"
    ground_words = (
        "the ground at the stated method mix's m\u00b2 a day"
        if "area_resources" in cap
        else f"{b.dist.describe()} m\u00b2 per deminer-year"
    )
    info["description"] = (
        f"one workforce for the whole belt: {w.describe()} deminers ({who}), {a.dist.describe()} mines per deminer-year and {ground_words}"
    )
    return info


def condition_alternative(
    k: dict[str, Any], totals: dict[str, Any], mines: float, cleared_km2: float
) -> dict[str, Any] | None:
    """The years at the other minefield condition's fitted rate, same workforce and ground term:
    context beside the headline (None when the mine rate is stated)."""
    from ...model.clearance_condition import rule_summary
    from ...model.clearance_history import CASES, CONDITIONS, FIT_CASES

    cap = k["capacity"]
    cond = cap["condition"]["key"]
    if cap["mines_per_deminer_year"].dist.describe() != wf.mines_rate(cond).interval:
        return None
    other = next(c for c in CONDITIONS if c != cond)
    rate = wf.mines_rate(other).point
    w = cap["deminers"].dist.median
    ground = (
        float(np.asarray(totals["deminer_years"], dtype=float).reshape(-1)[0])
        - mines / cap["mines_per_deminer_year"].dist.median
    )
    years = (mines / rate + ground) / w
    pace = [c.mines / c.deminer_years for c in FIT_CASES if c.condition == "recorded" and c.deminer_years]
    alt: dict[str, Any] = {
        "condition": other,
        "mines_per_deminer_year": rate,
        "years": years,
        # the fitted recorded clearances' own pace, mines per deminer-year: the recorded rate is fitted
        # with the ground term, so it can land above both, where history does not bound it
        "recorded_cases_mines_per_deminer_year": {"low": min(pace), "high": max(pace)},
        # the ground term's share of the effort, the headline's and the alternative's
        "ground_share": ground / (ground + mines / cap["mines_per_deminer_year"].dist.median),
        "ground_share_alternative": ground / (ground + mines / rate),
    }
    alt["condition_rule"] = rule_summary(CASES, wf.PREDICTION_FACTOR)
    caveat = f" ({_recorded_caveat(alt)})" if other == "recorded" else ""
    alt["text"] = f"{_n(years)} years{caveat} with the same workforce if instead {CONDITIONS[other]}"
    return alt


def effort_text(block: dict[str, Any]) -> str | None:
    """``about 5.0 million deminer-years (90 %: 2.0–13 million)``: the effort, which does not depend
    on the workforce chosen (None without a workforce basis)."""
    e = block.get("deminer_years")
    if e is None:
        return None
    d = block.get("deminer_years_dist") or {}
    text = f"about {numbers.sig(e, 2, words=True)} deminer-years"
    rng = numbers.span(d.get("p05"), d.get("p95"), 2, words=True)
    if rng:
        return text + f" ({interval_words(block)}: {rng})"
    rates = rates_interval(block, "deminer_years")
    if rates:
        return text + f" (nominal 90 %, {RATES_ALONE}: {numbers.span(*rates, 2, words=True)})"
    return text


#: What a point run's interval covers: the fitted rates' prediction interval, nothing else.
RATES_ALONE = "the fitted rates alone"
#: A sampled interval that carries the fitted rates' spread: nominal, as the point run's is
#: (the back-test's coverage of the rates' 90 % interval falls short of 90 %).
NOMINAL_90 = "nominal 90 %"


def interval_words(block: dict[str, Any]) -> str:
    """``"nominal 90 %"`` when the clearance rates are the fit's (its interval's coverage is
    nominal, on a point run and a sampled one alike), else ``"90 %"`` (stated rates)."""
    return NOMINAL_90 if (block.get("productivity") or {}).get("fitted") else "90 %"


def rates_interval(block: dict[str, Any], key: str) -> tuple[float, float] | None:
    """``(low, high)`` of ``block[key]`` (the effort or the years) across the fitted rates' 90 %
    prediction interval, x/÷ :data:`~minebelt.model.clearance_workforce.PREDICTION_FACTOR`: exact
    at point inputs, since one factor moves both rates (the back-test's error is on the whole
    effort). None when the rates are stated rather than fitted, or without the figure."""
    v = block.get(key)
    prod = block.get("productivity") or {}
    if v is None or not prod.get("fitted") or not numbers.finite(v):
        return None
    return float(v) / wf.PREDICTION_FACTOR, float(v) * wf.PREDICTION_FACTOR


def condition_clause(block: dict[str, Any], alt: dict[str, Any]) -> str:
    """``; the minefield condition moves the answer (legacy: 952 years; recorded, on open ground only:
    75 years (...)); the ground rate is fitted partly on area not cleared (...)``: what the headline
    is most sensitive to, with both figures and no fold between them (the recorded one is fragile)."""
    y = block.get("calendar_years")
    if not y or not alt.get("years"):
        return ""
    cond = block["condition"]["key"]
    text = f"; the minefield condition moves the answer ({cond}: {_n(y)} years; {_other(alt)})"
    share, alt_share = alt.get("ground_share"), alt.get("ground_share_alternative")
    if share is not None and alt_share is not None:
        text += (
            "; the ground rate is fitted partly on area not cleared (released by clearance and technical survey on "
            "the Falklands, contaminated area from the front in Zimbabwe), so the ground term, "
            f"{numbers.pct(share)} of this effort and {numbers.pct(alt_share)} of the other condition's figure, "
            "is probably understated"
        )
    return text


def _other(alt: dict[str, Any]) -> str:
    """``recorded, on open ground only: 75 years (two cases, weak; no interval; ...)``: the recorded rate
    rests on the two recorded clearances of the fit, each missed about fivefold when held out, and
    above both their own paces it is not bounded by history (docs/model.md)."""
    if alt["condition"] != "recorded":
        return f"{alt['condition']}: {_n(alt['years'])} years"
    return f"recorded, on open ground only: {_n(alt['years'])} years ({_recorded_caveat(alt)})"


def _recorded_caveat(alt: dict[str, Any]) -> str:
    """``two cases, weak; no interval; its 1,340 mines a deminer-year is above both recorded cases'
    own pace (89.9 and 455) and is not bounded by history``; the last clause only when it is above."""
    pace = alt.get("recorded_cases_mines_per_deminer_year") or {}
    text = "two cases, weak; no interval"
    if pace and alt["mines_per_deminer_year"] > pace["high"]:
        text += (
            f"; its {_n(alt['mines_per_deminer_year'])} mines a deminer-year is above both recorded cases' own pace "
            f"({_n(pace['low'])} and {_n(pace['high'])}) and is not bounded by history"
        )
    return text


#: What the legacy headline leaves out (``clearance.survey_beyond_belt``): the survey of the wider
#: suspected area around a belt whose records and marking are lost.
SURVEY_BEYOND_BELT = {
    "estimated": False,
    "text": "not estimated: survey of suspected land beyond the belt's mapped extent",
    "why": (
        "after decades in the ground a lost or eroded belt's suspected hazardous area reaches beyond its mapped "
        "extent; its non-technical and technical survey (IMAS 08.10, 08.20) is not in the effort, which clears the "
        "belt's own area only: this survey would add to it"
    ),
}


def survey_beyond_belt(condition: Any) -> dict[str, Any] | None:
    """``SURVEY_BEYOND_BELT`` for a legacy belt (``condition["key"] == "legacy"``), else None: a
    belt cleared from its records has no wider suspected area to survey."""
    return dict(SURVEY_BEYOND_BELT) if isinstance(condition, dict) and condition.get("key") == "legacy" else None


def headline_text(block: dict[str, Any], cap: dict[str, Any]) -> dict[str, Any]:
    """``headline`` ("about 5.0 million deminer-years (90 %: 2.0–13 million); 1,230 years (90 %:
    ...) with a force of 4,021 deminers, the size of the workforce of ...") and ``headline_assumes`` (one line: what the
    figure rests on); ``effort_headline`` the effort alone when the basis is a workforce; on a point run ``calendar_years_rates_90`` and
    ``deminer_years_rates_90``, the fitted rates' 90 % interval ([low, high])."""
    y = block.get("calendar_years")
    d = block.get("calendar_years_dist") or {}
    years = f"{_n(y)} years" if y is not None else "not estimated"
    if y is not None and d.get("p05") is not None and d.get("p95") is not None and _n(d["p05"]) != _n(d["p95"]):
        years += f" ({interval_words(block)}: {_n(d['p05'])}\u2013{_n(d['p95'])})"
    elif (rates := rates_interval(block, "calendar_years")) is not None:
        years += f" (nominal 90 %, {RATES_ALONE}: {_n(rates[0])}\u2013{_n(rates[1])})"
    assumes = cap.get("assumes") or cap.get("description", "")
    release = (
        "the whole belt a confirmed hazardous area released by clearance"
        if block["land_release"]["method"] == "confirmed-belt"
        else f"land release '{block['land_release']['method']}'"
    )
    records = (
        "no mines outside the belt's mapped extent"
        if block.get("unrecorded_allowance") in ("0", "0.0")
        else f"unrecorded allowance {block.get('unrecorded_allowance')}"
    )
    effort = effort_text(block)
    out: dict[str, Any] = {
        "headline": f"{effort + '; ' if effort else ''}{years} {cap['headline']}",
        "headline_assumes": f"{assumes}; {release}; {records}",
    }
    if effort:
        out["effort_headline"] = effort
    if not d:  # a point run: the fitted rates' interval, what the cards show beside the figure
        for key in ("calendar_years", "deminer_years"):
            if (rates := rates_interval(block, key)) is not None:
                out[f"{key}_rates_90"] = list(rates)
    return out


def dmz_alternative(k: dict[str, Any], ctx: Any, t: dict[str, Any]) -> dict[str, Any]:
    """South Korea's belt with the Ministry of National Defense's other count in the front
    (about 1.5 million, kmhpf.org), at the same workforce: an alternative, not the headline."""
    f = FACTS["KOREA_MINES_FRONT_ALT"]
    mines = ctx.doc["totals"]["mines"]
    cap = k["capacity"]
    a = cap["mines_per_deminer_year"].dist.median
    w = cap["deminers"].dist.median
    years = float(np.asarray(t["calendar_years"], dtype=float).reshape(-1)[0]) + (f.value - mines) / (a * w)
    return {
        "mines": f.value,
        "years": years,
        "source": str(f.citation),
        "certainty": f.certainty,
        "text": f"with about {f.value / 1e6:.1f} million mines in the front (Ministry of National Defense via kmhpf.org) instead of {mines / 1e6:.2f} million: {_n(years)} years at the same workforce",
    }
