"""Which bundled, sourced fact a figure of an article speaks to: keyword rules.

Layer: outputs (fact-check: claim extraction).

A rule names a dated fact (:data:`minebelt.model.facts.DATES`), a sourced constant
(:data:`minebelt.model.facts.FACTS`) or a measured border figure, the unit the article's figure
must have, the words the sentence must contain, and the country it must name. A figure gets a
rule's ``compute`` only when every condition holds; when several rules of different facts hold,
the one whose first keyword stands nearest the figure wins, and a tie is no match (the claim
is then left ``unverifiable``, never guessed). Each rule's words are the event or object the
fact is about, as news text words it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Rule:
    """One fact an article's figure can be checked against (see the module docstring)."""

    name: str
    unit: str  # "date", "km", "km²", "mines", "months", "degrees north", "countries"
    words: tuple[str, ...]  # regular expressions, all must match the sentence
    compute: dict[str, Any]
    country: str | None = None  # the sentence must name this country
    place: str | None = None  # the country the fact is about when the sentence need not name it (the DMZ: KOR)
    role: str = ""  # the figure's role ("width", "depth") when it matters
    qualifier: str | None = None  # the claim's qualifier when the rule fixes it
    extra: dict[str, Any] = field(default_factory=dict)  # other keys of the claim (abs_tolerance, note)

    def matches(self, sentence: str, unit: str, countries: list[str], role: str = "") -> bool:
        if unit != self.unit or (self.country and self.country not in countries):
            return False
        if (self.role and role != self.role) or (not self.role and role in ("width", "depth")):
            return False
        return all(re.search(w, sentence, re.I) for w in self.words)

    def distance(self, sentence: str, position: int) -> int:
        m = [x.start() for x in re.finditer(self.words[0], sentence, re.I)]
        return min(abs(p - position) for p in m) if m else 10**6


#: "over 114 km²" against the published figures of the DMZ's mined area, which straddle 114
#: (imprecise by the rule for ranges, docs/claims.md), said as the seed claims file says it.
DMZ_AREA_NOTE = "Judged on the published figures of the mined area south of the Military Demarcation Line, which straddle 114: 112.58 km² (Korea Mine Clearance Research Institute, via Kyeongin Ilbo) to 117.8 km² (National Defense Committee, 2010: 20 km² of planned and 97.8 km² of unconfirmed minefields, Landmine Monitor). The Army's 'about 40 times Yeouido' (Newsis, also Kukmin Ilbo, 2018-09-04), at the 2.9 km² the Ministry of Land, Transport and Maritime Affairs fixed for 'times Yeouido' (Herald Economy, 2012-04-16), is about 116 km² and is set beside it: 'about 40' times (39 to 41) is 113 to 119 km², which straddles 114 as well."
_TREATY = r"withdraw|denunciat|Convention|treaty|depositary"
_DMZ = r"\bDMZ\b|Demilitari[sz]ed Zone|Civilian Control"


def _deposit(code: str) -> Rule:
    return Rule(
        f"WITHDRAWAL_DEPOSIT_{code}",
        "date",
        (r"notif|deposit|instrument of withdrawal", _TREATY),
        {"date": f"WITHDRAWAL_DEPOSIT_{code}"},
        country=code,
    )


#: The words that name each bundled budget (:data:`minebelt.model.plans.BUDGETS`) in news text;
#: a figure in the budget's currency, in a sentence naming its country and these words, is set
#: beside the budget as announced.
BUDGET_WORDS = {
    "EAST_SHIELD_PLN": r"East Shield|Shield East|Tarcza",
    "LTU_COUNTER_MOBILITY_EUR": r"counter-?mobility",
    "LVA_EASTERN_BORDER_EUR": r"counter-?mobility|eastern border",
    "EST_BUNKERS_EUR": r"bunkers?\b",
    "FIN_BORDER_FENCE_EUR": r"\bfence",
}


def _budget(key: str) -> Rule:
    from ...model.plans import BUDGETS

    b = next(b for b in BUDGETS if b.key == key)
    return Rule(
        key,
        b.currency,
        (BUDGET_WORDS[key],),
        {"expr": "b", "refs": {"b": f"const:{key}"}},
        country=b.country,
        place=b.country,
    )


RULES: tuple[Rule, ...] = (
    *(_deposit(c) for c in ("EST", "LVA", "LTU", "FIN", "POL")),
    *(_budget(k) for k in BUDGET_WORDS),
    Rule(
        "EST_BUNKERS_COUNT",
        "bunkers",
        (r"bunkers?\b",),
        {"expr": "n", "refs": {"n": "const:EST_BUNKERS_COUNT"}},
        country="EST",
        place="EST",
    ),
    Rule(
        "FIN_AP_STOCKPILE_2012",
        "mines",
        (r"destr|stock", r"anti-?personnel"),
        {"expr": "s", "refs": {"s": "const:FIN_AP_STOCKPILE_2012"}},
        country="FIN",
        place="FIN",
        extra={
            "note": "Judged on the stockpile Finland declared in 2012 (1,029,763 anti-personnel mines), destroyed by August 2015 (ICBL, 2015-08-21)."
        },
    ),
    Rule(
        "FINLAND_PARLIAMENT_VOTE",
        "date",
        (r"internal procedure|parliament|Eduskunta|vote",),
        {"date": "FINLAND_PARLIAMENT_VOTE"},
        country="FIN",
    ),
    Rule("POLAND_SEJM_VOTE", "date", (r"\bSejm\b",), {"date": "POLAND_SEJM_VOTE"}, country="POL"),
    Rule(
        "UKRAINE_WITHDRAWAL_DECREE",
        "date",
        (r"\bdecree\b", _TREATY),
        {"date": "UKRAINE_WITHDRAWAL_DECREE"},
        country="UKR",
    ),
    Rule("UKRAINE_RATIFICATION_LAW", "date", (r"\bLaw\b",), {"date": "UKRAINE_RATIFICATION_LAW"}, country="UKR"),
    Rule(
        "OTTAWA_ENTRY_INTO_FORCE",
        "date",
        (r"\b(?:came|come|comes|entered|enter|entry|went)\s+into\s+(?:effect|force)", r"treaty|Convention"),
        {"date": "OTTAWA_ENTRY_INTO_FORCE"},
    ),
    Rule("US_POLICY_KOREA_ONLY", "date", (r"\bObama\b", r"mine"), {"date": "US_POLICY_KOREA_ONLY"}),
    Rule("US_POLICY_CANCELLED", "date", (r"\bTrump\b", r"lift|cancel|revers|rescind"), {"date": "US_POLICY_CANCELLED"}),
    Rule("US_POLICY_RESTORED", "date", (r"\bBiden\b", r"reinstat|restor"), {"date": "US_POLICY_RESTORED"}),
    Rule(
        "OTTAWA_WITHDRAWAL_NOTICE_MONTHS",
        "months",
        (r"withdraw", r"effect|notif"),
        {"expr": "m", "refs": {"m": "const:OTTAWA_WITHDRAWAL_NOTICE_MONTHS"}},
        qualifier="exact",
    ),
    Rule("DMZ_MINES_SOUTH", "mines", (_DMZ,), {"expr": "m", "refs": {"m": "const:DMZ_MINES_SOUTH"}}, place="KOR"),
    Rule("DMZ_WIDTH_KM", "km", (_DMZ,), {"expr": "w", "refs": {"w": "const:DMZ_WIDTH_KM"}}, role="width", place="KOR"),
    Rule(
        "DMZ_LENGTH",
        "km",
        (r"stretch|long\b|length|runs", _DMZ),
        {"expr": "b", "refs": {"b": "border:KOR-PRK:length_km"}},
        extra={
            "note": "Measured on the Military Demarcation Line as mapped in OpenStreetMap; the published figure is 248 km."
        },
        place="KOR",
    ),  # fmt: skip
    Rule(
        "DMZ_MINED_AREA",
        "km²",
        (r"mined area", r"Korea|\bDMZ\b|minefields"),
        # one judgement with the claims files (examples/seed-claims.toml): the published figures'
        # range, the Army's "about 40 times Yeouido" beside it
        {
            "range": [
                {"expr": "k", "refs": {"k": "const:DMZ_MINED_AREA_KMCRI_KM2"}},
                {
                    "expr": "p + u",
                    "refs": {
                        "p": "const:DMZ_MINED_AREA_NDC2010_PLANNED_KM2",
                        "u": "const:DMZ_MINED_AREA_NDC2010_UNCONFIRMED_KM2",
                    },
                },
            ]
        },
        extra={
            "note": DMZ_AREA_NOTE,
            "context": {
                "the Army's figure, about 40 times Yeouido (40 × 2.9 km²)": {
                    "expr": "times * yeouido",
                    "refs": {"times": "const:DMZ_ARMY_MINED_AREA_YEOUIDOS", "yeouido": "const:YEOUIDO_AREA_KM2"},
                    "unit": "km²",
                },
            },
        },
        place="KOR",
    ),  # fmt: skip
    Rule(
        "DMZ_LATITUDE",
        "degrees north",
        (r"Korea|\bDMZ\b|Demilitari",),
        {"expr": "lat", "refs": {"lat": "border:KOR-PRK:mean_lat"}},
        extra={"abs_tolerance": 0.5},
        place="KOR",
    ),
)

#: Groups a count of countries can be checked against (minebelt.model.facts.MEMBERSHIPS).
GROUP_WORDS = {"NATO": r"\bNATO\b", "EU": r"\bEU\b|European Union"}


def match(sentence: str, unit: str, countries: list[str], position: int, role: str = "") -> list[Rule]:
    """The rules a figure (its unit, role and position in ``sentence``) matches; several only
    when they are one fact per named country (e.g. three Baltic deposits); [] for no match or
    a tie between different facts."""
    hits = [r for r in RULES if r.matches(sentence, unit, countries, role)]
    if not hits:
        return []
    best = min(r.distance(sentence, position) for r in hits)
    near = [r for r in hits if r.distance(sentence, position) == best]
    families = {r.name.rsplit("_", 1)[0] if r.country else r.name for r in near}
    return near if len(families) == 1 else []


__all__ = ["GROUP_WORDS", "RULES", "Rule", "match"]
