"""Short phrases of the clearance view: the capacity in a few words, the world yardstick, the
interval's label and one cost outturn as a table row.

Layer: outputs (report). Pure functions of parts of the ``minebelt.estimate/1`` document's
``clearance`` block, used by :mod:`.clearance_view` (which re-exports them).
"""

from __future__ import annotations

from typing import Any

from .block_text import _dict, _year
from .fmt import NOT_ESTIMATED, fmt_money, fmt_plain, fmt_sig, fmt_value_text, is_num


def _capacity_short(k: dict[str, Any]) -> str:
    """The clearance capacity in a few words (for a card): ``each country at Croatia's rate``."""
    cap = _dict(k.get("capacity"))
    basis = cap.get("basis")
    if basis == "national programmes":
        progs = [v for v in _dict(cap.get("by_country")).values() if isinstance(v, dict)]
        names = list(dict.fromkeys(str(v.get("programme") or "") for v in progs))
        if len(names) == 1 and "'s " in names[0]:
            return f"each country at {names[0].split(chr(39) + 's ')[0]}'s clearance rate"
        return "each country at a national programme's rate"
    if basis == "stated":
        return f"{fmt_value_text(cap.get('km2_per_year'))} km\u00b2 a year (stated)"
    if basis == "resources":
        res = _dict(cap.get("resources"))
        bits = [
            f"{fmt_value_text(res[u])} {u.replace('_', ' ')}" for u in ("deminers", "machines", "dog_teams") if u in res
        ]
        return (", ".join(bits) or "the workforce") + " (stated)"
    if basis == "stated by country":
        return "each country at its stated rate"
    return str(k.get("calendar_years_capacity") or "the capacity assumed")


def _world_words(k: dict[str, Any], short: bool = False) -> str:
    """What one year of the yardstick is: ``the area States Parties cleared of anti-personnel mine
    contamination in 2023 (Landmine Monitor 2024, via wom.ch)``; ``short`` adds the km²."""
    w = _dict(k.get("world_capacity"))
    if not w:
        return ""
    if w.get("label"):
        return str(w["label"]) if short else str(w.get("label_with_figure") or w["label"])
    who = (
        "Landmine Monitor"
        if "Landmine" in str(w.get("source") or "")
        else str(w.get("source") or "source not stated").split(",")[0]
    )
    return f"{fmt_plain(w.get('km2_per_year'))} km\u00b2 cleared in {_year(w.get('year'))}, {who}"


def _varies(label: Any) -> str:
    """``90 %, belt area only`` for a table column or a range; ``90 %`` when not known."""
    return f"90 %, {label}" if isinstance(label, str) and label and label != "nothing (no spread)" else "90 %"


def _outturn_row(r: Any) -> dict[str, str]:
    """One cost outturn for the report table: own money and year, per m² and per mine, at the price year."""
    r = _dict(r)
    year = str(r.get("usd_price_year") or "")
    cur = str(r.get("currency") or "")

    def per(key: str, c: str) -> str:
        v = r.get(key)
        return f"{c} {fmt_sig(v, 3)}" if is_num(v) else NOT_ESTIMATED

    return {
        "programme": str(r.get("programme") or ""),
        "money": fmt_money(r.get("money"), cur),
        "price_year": str(r.get("price_year") or ""),
        "per_m2": per("per_m2", cur),
        "per_mine": per("per_mine", cur),
        "usd_per_m2": per("usd_per_m2", "USD"),
        "usd_per_mine": per("usd_per_mine", "USD"),
        "usd_per_deminer_year": per("usd_per_deminer_year", "USD"),
        "year": year,
        "use": str(r.get("use") or ""),
        # the outturn's citations are strings (``_list`` keeps only objects)
        "source": "; ".join(str(x) for x in r["sources"]) if isinstance(r.get("sources"), list) else "",
    }
