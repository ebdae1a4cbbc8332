"""Claims a sentence makes without a unit quantulum3 reads: "the longest land border with Russia
among EU and NATO countries" and law numbers ("Law No. 2566-IV").

Layer: outputs (fact-check: claim extraction).

A **superlative** of a border is recomputed as the defender's measured border over the longest
of the other members of the named groups (:data:`minebelt.model.facts.MEMBERSHIPS`) that border
the same neighbour: ``stated = 1``, qualifier ``over``, unit "times the next longest" (more
than 1 holds; "shortest" the other way round). A **law number** is an identifier, not a
figure minebelt has a source for: it is drafted so that a reader sees it, not recomputed.
"""

from __future__ import annotations

import re
from typing import Any

from ...data.iso import country_name

_SUPERLATIVE = re.compile(r"\b(longest|shortest)\s+(?:land\s+)?(?:border|frontier)\b", re.I)
_GROUPS = {"NATO": re.compile(r"\bNATO\b"), "EU": re.compile(r"\bEU\b|European Union")}
_LAW = re.compile(r"\bLaw\s+No\.?\s*(\d+)(-[A-Z]+)?")
_PARTIES = re.compile(
    r"\b(?:States? parties|parties|signator(?:y|ies))\b.*\b(?:Ottawa|Mine Ban|Convention|treaty)|\b(?:Ottawa|Mine Ban)\b.*\bparties\b",
    re.I,
)
_ALL_OF = re.compile(
    r"\b(almost\s+|nearly\s+)?all\s+(EU|NATO)\s+(?:countries|members|member states|states)(?:\s*\((?:except|but)\s+([^)]*)\))?"
)


def superlative_border(text: str, defenders: list[str], neighbours: list[str]) -> dict[str, Any] | None:
    """The claim of "X has the longest land border with Y among <groups>", or None."""
    m = _SUPERLATIVE.search(text)
    if m is None or len(defenders) != 1 or len(neighbours) != 1:
        return None
    groups = [g for g, pat in _GROUPS.items() if pat.search(text[m.end() :])]
    if not groups:
        return None
    try:
        from ...data.borders import neighbours as land_neighbours
        from ...model.facts import MEMBERSHIPS
    except Exception:  # noqa: BLE001 - no border data: no claim
        return None
    d, n = defenders[0], neighbours[0]
    members = set().union(*(set(MEMBERSHIPS[g][0]) for g in groups if g in MEMBERSHIPS))
    try:
        others = [c for c in land_neighbours(n) if c in members and c != d]
    except Exception:  # noqa: BLE001
        return None
    if not others:
        return None
    refs = {"x": f"border:{d}-{n}:length_km", **{f"o{i}": f"border:{c}-{n}:length_km" for i, c in enumerate(others)}}
    rest = ", ".join(f"o{i}" for i in range(len(others)))
    longest = m.group(1).lower() == "longest"
    expr = f"x / max({rest})" if longest else f"min({rest}) / x"
    return {
        "stated": 1,
        "qualifier": "over",
        "unit": "times the next longest" if longest else "times shorter than the next",
        "compute": {
            "expr": expr if len(others) > 1 else expr.replace(f"max({rest})", "o0").replace(f"min({rest})", "o0"),
            "refs": refs,
        },
        "note": f"Compared with every other {' or '.join(groups)} member with a land border with {country_name(n)}: "
        + ", ".join(country_name(c) for c in others)
        + ".",
        "_slug": [d, n, m.group(1).lower()],
        "_countries": [d, n],
    }


#: Why a law's number is not checked; the seed claims file gives the same reason.
LAW_NUMBER_UNVERIFIABLE = "The law's number is not in the sources found (an identifier, not a figure); its date, if given, is checked on its own."


#: Why a claim made in words is listed as skipped: no figure to draft, a judgement or a state of
#: affairs a person checks ("both Estonia and Latvia lack natural barriers", "notification had
#: not yet been confirmed").
WORD_CLAIM_REASON = "a claim in words, not a figure: not drafted; check it by hand"
_WORD_CLAIMS = re.compile(
    r"\black(?:s|ed)?\s+natural\s+(?:barriers|obstacles)|\b(?:had|has|have)\s+not\s+yet\s+been\s+\w+", re.I
)


def word_claims(text: str) -> list[tuple[str, str]]:
    """``(words, reason)`` for each claim in words of ``text`` the drafter does not draft."""
    return [(m.group(0), WORD_CLAIM_REASON) for m in _WORD_CLAIMS.finditer(text)]


def law_numbers(text: str) -> list[dict[str, Any]]:
    """A claim per law number named ("Law No. 2566-IV"), not recomputed."""
    out = []
    for m in _LAW.finditer(text):
        out.append(
            {
                "stated": int(m.group(1)),
                "qualifier": "exact",
                "unit": f"law number (No. {m.group(1)}{m.group(2) or ''})",
                "compute": {"unverifiable": LAW_NUMBER_UNVERIFIABLE},
                "_slug": ["law", m.group(1)],
                "_countries": [],
            }
        )
    return out


def all_members_party(text: str) -> list[dict[str, Any]]:
    """ "States parties to the Ottawa Convention ... include all EU countries and almost all NATO
    countries (except the U.S.)": per group, the number of members not party (the exceptions
    named), checked against the bundled list of states not party (``OTTAWA_NOT_PARTY``)."""
    if not _PARTIES.search(text):
        return []
    from ...model.facts import MEMBERSHIPS
    from .places import countries

    out = []
    for m in _ALL_OF.finditer(text):
        group, excepted = m.group(2), countries(m.group(3) or "")
        if group not in MEMBERSHIPS or (m.group(1) and not excepted):
            continue
        out.append(
            {
                "stated": len(excepted),
                "qualifier": "exact",
                "unit": f"{group} members not party",  # "1 NATO member not party" when printed
                "compute": {"members": sorted(MEMBERSHIPS[group][0]), "of": "OTTAWA_NOT_PARTY"},
                "note": f"Read as: of the {group} members, {len(excepted) or 'none'} {'is' if len(excepted) == 1 else 'are'} not party{' (' + ', '.join(country_name(c) for c in excepted) + ')' if excepted else ''}.",
                "_slug": [group, "not-party"],
                "_countries": excepted,
            }
        )
    return out


__all__ = ["all_members_party", "law_numbers", "superlative_border"]
