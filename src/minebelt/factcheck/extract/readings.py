"""Claims whose words state no figure the way the article means it, drafted with the reading a
person would write in a claims file: a decision counted with the countries that made it, a
forecast in words ("at the beginning of 2026", "within a few years").

Layer: outputs (fact-check: claim extraction).

- **A decision beside a count of countries** ("five NATO countries ... announced their withdrawal
  ..., deciding to build a 2000-mile mine defense line"): the count of members holds or not on
  the group named, and says so ("Read as: how many of the countries named are members of
  NATO"); the decision gets a claim of its own, read as how many of them have decided on a line
  that includes mines (the low end) or any line (the high end), from the bundled lists of
  decided lines (:data:`minebelt.model.plans`), as ``examples/seed-claims.toml`` reads it.
- **A forecast in words** keeps the article's words as ``stated`` and gives ``reading``, shown
  and never judged (:mod:`minebelt.factcheck.reading`): "within a few years" read as 2 to 5
  years; "at the beginning of 2026" said of countries leaving the Convention read, per
  country, as its withdrawal in effect before April of that year, with the sourced date (or
  state) beside it.
"""

from __future__ import annotations

import re
from typing import Any

from ...data.iso import country_name

#: "deciding to build a ... line", "decided on a barrier": a decision said with a count of
#: the countries that made it.
_DECISION = re.compile(
    r"\bdecid(?:ed|ing|es?)\s+(?:to\s+(?:build|create|erect|lay)|on)\b[^.;]*?\b(line|barrier|belt|wall|fence|shield)\b",
    re.I,
)
#: How the count of members is read when a decision stands beside it (placeholders: the group).
MEMBERS_READ = (
    "Read as: how many of the countries named are members of {group}; the decision in the same "
    "sentence is judged on its own, in the claim on their decision."
)
#: How the decision is read (placeholder: the count stated).
DECISION_READ = (
    "Read as: how many of the {n} have decided on a line along those borders that includes mines (the low "
    "end) or any line (the high end), from minebelt's list of decided lines and their stated plans "
    "(minebelt's reading, not the article's words); each decided on its own, not together."
)


def decision_claim(text: str, stated: float, codes: list[str]) -> dict[str, Any] | None:
    """The claim on a decision said beside a count of ``codes`` ("deciding to build a ...
    line"): ``stated`` countries against the members of ``MINE_LINE_DECIDED`` and
    ``BARRIER_LINE_DECIDED`` among them (a range: lines with mines, every decided line), or
    None when the sentence states no decision."""
    if len(codes) < 2 or not _DECISION.search(text):
        return None
    return {
        "stated": stated,
        "qualifier": "about",
        "unit": "countries",
        "compute": {
            "range": [
                {"members": list(codes), "of": "MINE_LINE_DECIDED"},
                {"members": list(codes), "of": "BARRIER_LINE_DECIDED"},
            ]
        },
        "note": DECISION_READ.format(n=f"{stated:g}"),
        "_slug": ["decided", f"{stated:g}", "countries"],
        "_countries": list(codes),
    }


#: "within a few years": the words kept as stated.
_FEW = re.compile(r"\b(?:within|in|over|for)\s+a\s+few\s+(?:years|months|decades)\b", re.I)
#: The reading of "a few" when nothing else names it.
FEW_READ = "a few: 2 to 5, minebelt's usual reading"
#: The reading of "a few years" said of making the article's own mines (placeholder: the total).
FEW_MAKE_READ = "the time to make the article's {total} mines"


def few_words(sentence: str, start: int) -> str | None:
    """The words of "within a few years" around position ``start`` of ``sentence``, or None."""
    for m in _FEW.finditer(sentence):
        if m.start() <= start < m.end():
            return m.group(0)
    return None


def few_reading(low: float, high: float, total: str | None) -> dict[str, Any]:
    """``reading`` of "a few years": ``[low, high]``, said of making ``total`` mines when the
    sentence forecasts production (``"19.2 million"``)."""
    said = FEW_MAKE_READ.format(total=total) if total else FEW_READ
    return {"qualifier": "about", "value": [low, high], "as": said}


#: "at the beginning of 2026", "in early 2026", "by early 2026": the first quarter of a year.
_EARLY = re.compile(
    r"\b(?:at|by)\s+the\s+(?:beginning|start)\s+of\s+((?:19|20)\d\d)\b|\b(?:in|by)\s+early\s+((?:19|20)\d\d)\b", re.I
)
#: A forecast's verb ("may find themselves", "will", "are expected to").
_FORECAST = re.compile(r"\b(?:may|might|could|will|would|expected|likely)\b", re.I)
#: Words (in the sentence or the ones before it) that make a forecast one of leaving the
#: Convention: "anti-personnel mine coalition" after sentences on withdrawals.
_LEAVING = re.compile(r"withdraw|denunciat|anti-personnel mine coalition", re.I)
#: Per country, what a forecast of its withdrawal is set beside when it has no dated effect.
_IN_EFFECT = {"UKR": "UKRAINE_WITHDRAWAL_IN_EFFECT"}
#: The reading of a forecast of a withdrawal (placeholder: the country's name).
LEAVING_READ = "{country}'s withdrawal in effect by then"


def leaving_forecasts(sentence: str, context: str, codes: list[str]) -> list[dict[str, Any]]:
    """One ``plan`` claim per country of a forecast that the named countries will have left the
    Convention "at the beginning of 2026" (words kept as ``stated``, read as before April of
    that year), set beside its sourced date of effect (``WITHDRAWAL_EFFECT_<code>``) or, where
    none is bundled, its sourced state; [] for any other sentence."""
    from ...model.facts import DATES, FACTS

    m = _EARLY.search(sentence)
    if m is None or not codes or not _FORECAST.search(sentence) or not _LEAVING.search(f"{context} {sentence}"):
        return []
    year = m.group(1) or m.group(2)
    words = m.group(0)
    words = words[0].lower() + words[1:]
    out: list[dict[str, Any]] = []
    for code in codes:
        base = {
            "stated": words,
            "unit": "date",
            "kind": "plan",
            "_slug": [code, "withdrawal", year],
            "_countries": [code],
        }
        said = LEAVING_READ.format(country=country_name(code))
        if f"WITHDRAWAL_EFFECT_{code}" in DATES:
            reading: dict[str, Any] = {"qualifier": "before", "value": f"{year}-04", "as": said}
            out.append({**base, "reading": reading, "compute": {"date": f"WITHDRAWAL_EFFECT_{code}"}})
        elif code in _IN_EFFECT and _IN_EFFECT[code] in FACTS:
            out.append(
                {
                    **base,
                    "unit": "withdrawal in effect (1 = yes)",
                    "reading": {
                        "value": 1,
                        "as": f"{country_name(code)}'s withdrawal in effect by {words.split(' ', 1)[1]}",
                    },
                    "compute": {"expr": "x", "refs": {"x": f"const:{_IN_EFFECT[code]}"}},
                }
            )
    if len(out) > 1:
        for c in out:
            c["_part"] = True
    return out


__all__ = ["decision_claim", "few_reading", "few_words", "leaving_forecasts"]
