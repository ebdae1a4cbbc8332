"""The minefield-condition rule: one share threshold on sourced counts, applied to every case.

Layer: pure (sourced constants and small pure functions).

The rule: a clearance is **recorded** when its sources count at least
:data:`RECORDED_SHARE_MIN` of the mines cleared as on the laying records, **legacy** when they
count less. The share is the sources' own count (:data:`SHARES`, each with its citation); a case
whose sources give no such count keeps the class its sources' words give (quoted in its
citations), and :func:`by_rule` says which basis each case has. The threshold is the point where
the conditions' definitions (:data:`.clearance_history.CONDITIONS`) flip: "the records no longer
say where the mines are" against mines "located from the laying pattern where the records put
them" — most of the mines on record or not. No source gives a threshold; the classes it yields
are the same for every threshold up to the lowest recorded share counted (:func:`threshold_span`).

Only Nicaragua has such a count among the back-test's cases (Landmine Monitor 2005: 11,092
unrecorded of 120,568 cleared, about 91 % recorded), so the rule moves it from legacy, the class
the case table gives it, to recorded. The published fit (:mod:`.clearance_workforce`) is still on
the table's classes; :data:`RULE_FIT` is the refit under the rule, recomputed by
``tests/unit/pipeline/test_clearance_condition_rule.py``: the interval widens from x/÷ 4.06 to
x/÷ 11.0 and the ground term is unbounded, which the model cannot take as it stands
(docs/model.md, "The condition by rule").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .clearance_case import ClearanceCase, Condition
from .clearance_cases_more import LM_NIC_2005
from .sourcing import Citation

#: A case is recorded when its sources count at least this share of the mines cleared as on the
#: laying records: "most" (the definitions' flip, not a figure of any source).
RECORDED_SHARE_MIN = 0.5
RULE = (
    "a clearance is recorded when its sources count at least half of the mines cleared as on the laying records, "
    "legacy when they count less; without such a count, the class its sources' words give"
)


@dataclass(frozen=True)
class RecordedShare:
    """A sourced count of a case's mines cleared that were on the laying records."""

    case: str  #: the ClearanceCase key
    recorded: float  #: mines cleared that were on the records
    cleared: float  #: all mines cleared in the same scope
    scope: str
    citation: Citation

    @property
    def share(self) -> float:
        """Recorded mines over mines cleared, 0-1."""
        return self.recorded / self.cleared


SHARES: dict[str, RecordedShare] = {
    "nicaragua": RecordedShare(
        "nicaragua",
        120_568 - 11_092,
        120_568,
        "AP mines cleared by the Army's demining teams, 1990 to 28 February 2005 (two-thirds of the programme's 179,790); "
        "11,092 unrecorded (derived: 120,568 less 11,092 on record)",
        LM_NIC_2005,
    ),
}


def classify(share: float | None, words: Condition) -> tuple[Condition, str]:
    """``(condition, basis)``: by the share when counted (``basis = "share"``), else the sources'
    words (``"words"``)."""
    if share is None:
        return words, "words"
    return ("recorded" if share >= RECORDED_SHARE_MIN else "legacy"), "share"


def by_rule(cases: tuple[ClearanceCase, ...]) -> list[dict[str, Any]]:
    """Each case under the rule: ``{case, published, rule, basis, share}`` (share None without a count)."""
    out = []
    for c in cases:
        s = SHARES.get(c.key)
        cond, basis = classify(None if s is None else s.share, c.condition)
        out.append(
            {
                "case": c.key,
                "published": c.condition,
                "rule": cond,
                "basis": basis,
                "share": None if s is None else round(s.share, 4),
            }
        )
    return out


def changes(cases: tuple[ClearanceCase, ...]) -> list[dict[str, Any]]:
    """The cases whose class under the rule differs from the table's."""
    return [r for r in by_rule(cases) if r["rule"] != r["published"]]


def threshold_span() -> tuple[float, float]:
    """``(low, high]``: the thresholds that give the same classes as :data:`RECORDED_SHARE_MIN`."""
    at = RECORDED_SHARE_MIN
    below = [s.share for s in SHARES.values() if s.share < at]
    above = [s.share for s in SHARES.values() if s.share >= at]
    return (max(below, default=0.0), min(above, default=1.0))


#: The fit with every fitted case classed by the rule (Nicaragua recorded), the same seven cases
#: and method as the published one: mines per deminer-year by condition, the ground rate (None:
#: unbounded, no ground term), the prediction factor, and the back-test's coverage (cases inside,
#: cases tested: 7 left out in turn, 6 held out). Recomputed by the test named above.
RULE_FIT: dict[str, Any] = {
    "mines_per_deminer_year": {"legacy": 20.17, "recorded": 106.3},
    "m2_per_deminer_year": None,
    "prediction_factor": 10.96,
    "coverage": (10, 13),
    "left_out": {
        "falklands-5a": 1.97,
        "zimbabwe-30km": 1.45,
        "zimbabwe-29km": 0.64,
        "korea-1998-2020": 0.56,
        "jordan-north": 8.85,
        "cyprus-2004-2005": 0.78,
        "nicaragua": 0.07,
    },
    "held_out": {
        "korea-2008": 0.35,
        "arrowhead-2019": 0.08,
        "cyprus-2004-2011": 1.13,
        "zimbabwe-musanzikwa": 1.39,
        "denmark-1945": 12.89,
        "tiwinza-2018": 0.70,
    },
}


def rule_summary(cases: tuple[ClearanceCase, ...], published_factor: float) -> dict[str, Any]:
    """``clearance.condition_alternative.condition_rule``: the rule, the cases it moves, the refit
    under it and whether the headline uses it (English JSON; ``published_factor`` the headline's
    prediction factor)."""
    moved = changes(cases)
    fit = RULE_FIT["mines_per_deminer_year"]
    label = {c.key: c.name.split(" (")[0].split(",")[0] for c in cases}
    names = "; ".join(
        f"{label[c['case']]}, {c['share'] * 100:.0f} % of the mines cleared counted as on record: {c['rule']}, "
        f"not {c['published']} as in the fit"
        for c in moved
    )
    return {
        "rule": RULE,
        "recorded_share_min": RECORDED_SHARE_MIN,
        "changes": moved,
        "refit": RULE_FIT,
        "applied": not moved,
        "text": (
            f"by the rule ({RULE}): {names}. Refitted so, legacy {fit['legacy']:.1f} and recorded "
            f"{fit['recorded']:.0f} mines a deminer-year, no ground term, and the interval widens to "
            f"x/\u00f7 {RULE_FIT['prediction_factor']:.1f} from x/\u00f7 {published_factor:.2f} "
            f"({RULE_FIT['coverage'][0]} of {RULE_FIT['coverage'][1]} back-tested cases inside); "
            "the headline is still on the published fit"
            if moved
            else f"by the rule ({RULE}) every case keeps its class"
        ),
    }
