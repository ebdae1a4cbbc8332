"""The draft's last step: repeated figures dropped (each listed as skipped, naming the claim
kept), ids numbered, the parts of one sentence linked.

Layer: outputs (fact-check).
"""

from __future__ import annotations

import re
from typing import Any

from . import arithmetic as A

#: The reason a repeated figure is skipped: the kept claim in its own words (its quote, short).
SAME_FIGURE = "the same figure as \u201c{words}\u201d"


def short_words(quote: str, most: int = 60) -> str:
    """``quote`` cut at a word boundary to about ``most`` characters, "…" where cut."""
    text = " ".join(str(quote).split())
    if len(text) <= most:
        return text
    cut = text[:most].rsplit(" ", 1)[0].rstrip(",;:")
    return f"{cut}\u2026"


def slug(parts: list[str]) -> str:
    text = "-".join(p for p in parts if p)
    return re.sub(r"[^a-z0-9.]+", "-", text.lower()).strip("-")[:40]


#: The most countries an id names: more would not fit in it, and an id naming some of a
#: claim's countries and not the others misleads.
ID_COUNTRIES_MAX = 5


def id_countries(codes: list[str]) -> list[str]:
    """The countries a claim's id names: every one of ``codes`` (ISO alpha-3, once each, in
    order), or none when there are more than :data:`ID_COUNTRIES_MAX`."""
    once = list(dict.fromkeys(codes))
    return once if len(once) <= ID_COUNTRIES_MAX else []


def skip(figure: str, quote: str, reason: str) -> dict[str, str]:
    return {"figure": figure, "quote": quote, "reason": reason}


def _repeats(k: dict[str, Any], c: dict[str, Any]) -> bool:
    """``c`` says again what ``k`` said: the same sentence and figure, or the same figure in a
    headline (a short paragraph of one sentence: "Five NATO countries urgently withdraw")."""
    if k["unit"] != c["unit"] or k["stated"] != c["stated"] or k.get("_part") != c.get("_part"):
        return False
    if k["quote"] == c["quote"]:
        return k["compute"] == c["compute"]
    return bool(k.get("_headline") or c.get("_headline"))


def finish(claims: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    """Drop repeats (:func:`_repeats`, keeping the one that names more countries or has a
    computation), then number the ids and link the parts. Returns ``(kept, repeats)``, each
    repeat as a skipped figure naming the claim kept."""
    kept: list[dict[str, Any]] = []
    dropped: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for c in claims:
        dup = next((k for k in kept if _repeats(k, c)), None)
        if dup is None:
            kept.append(c)
        elif dup.get("_headline") and not c.get("_headline"):
            kept[kept.index(dup)] = c
            dropped.append((dup, c))
        else:
            dropped.append((c, dup))
    for c in kept:
        c.pop("_headline", None)
    groups: dict[str, str] = {}
    for n, c in enumerate(kept, 1):
        c["id"] = f"c{n:03d}-{slug(c.pop('_slug'))}"
        if c.pop("_part", False):
            key = c["quote"] + str(c["stated"])
            c["part_of"] = groups.setdefault(key, f"{c['id']}-all")
    repeats = [skip(_figure_text(gone), gone["quote"], _same_as(kept_one, kept)) for gone, kept_one in dropped]
    return kept, repeats


def _same_as(c: dict[str, Any], kept: list[dict[str, Any]]) -> str:
    same = c if "id" in c else next((k for k in kept if k["unit"] == c["unit"] and k["stated"] == c["stated"]), None)
    return (
        SAME_FIGURE.format(words=short_words(same["quote"])) if same is not None else "the same figure as another claim"
    )


def _figure_text(c: dict[str, Any]) -> str:
    stated = c["stated"]
    shown = (
        "–".join(A.num(x) for x in stated)
        if isinstance(stated, list)
        else (A.num(stated) if isinstance(stated, (int, float)) else str(stated))
    )
    return f"{shown} {c['unit']}"
