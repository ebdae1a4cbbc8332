"""From an article to draft claims: every domain quantity with its quote, qualifier, unit,
countries, kind and, where one can be inferred, how to recompute it.

Layer: outputs (fact-check: claim extraction). :func:`draft_claims` walks the sentences in
order (:mod:`.text`), reads their quantities (:mod:`.quantities`) and dates (:mod:`.dates`),
and gives each a ``compute``, in this order of preference:

1. **out of scope** (munition specifications: grams, hours of a battery, mines per shell,
   shells delivered): kind ``out-of-scope``, not recomputed, with the reason;
2. a **bundled sourced fact** (:mod:`.rules`: a dated treaty step, a DMZ figure, the six months
   of Art. 20(3)) or a **membership count** ("five NATO countries" with the countries named);
3. a **border length** between the named defenders and neighbours that share a land border
   (``border:A-B:length_km``; miles through ``const:KM_PER_MILE``);
4. the **article's own arithmetic** (:mod:`.arithmetic`): kind ``model``;
5. otherwise not recomputed, with the reason (``unverifiable``), never a guess.

The claim kind (contract of ``kind`` in claims files) is chosen by :mod:`.claim_kind`: ``plan``
only for an actor's own budget, order, target, stock goal or schedule; ``model`` (with ``by``)
for the article's arithmetic, its own estimates ("would require") and estimates attributed to
others ("according to the HALO Trust"); ``fact`` for a sourced, measured or past figure;
``out-of-scope`` for what minebelt's strategic scope leaves out.

Only sentences about the domain are read (they, or one of the four before, name mines, borders,
belts, the Convention, clearance, ...): the rest of a web page (other headlines) is skipped.
"""

from __future__ import annotations

import re
from typing import Any

from . import arithmetic as A
from .borders import border_compute, membership, planned_length
from .claim_kind import CONDITIONAL, OWN_PLAN, claim_kind
from .dates import dates, last_year
from .finish import finish, id_countries, skip
from .places import clause_around, mentions, split_sides
from .places import countries as named_countries
from .quantities import Quantity, quantities, worth_listing
from .readings import MEMBERS_READ, decision_claim, few_reading, few_words, leaving_forecasts
from .rules import match
from .special import all_members_party, law_numbers, superlative_border, word_claims
from .text import Sentence, sentences

_DOMAIN = re.compile(
    r"\bmin(?:e|es|ed|ing|efields?)\b|landmine|demin|border|frontier|\bbelt\b|barrier|Ottawa|Convention|treaty|\bDMZ\b|Demilitari|\bfront\b|fence|clearance|withdraw|denunciat|depositary|\bNATO\b|contaminat|casualt|bunker|ordnance|explosive|\bUXO\b|hazardous area"
    # the barrier programmes by name: Poland's East Shield (Tarcza Wschód), the Baltic Defence Line
    r"|\bEast(?:ern)? Shield\b|\bShield East\b|Tarcza Wsch|Defen[cs]e Line",
    re.I,
)
#: A figure in a sentence the extractor does not read (not about the domain): listed as skipped.
_FIGURE = re.compile(r"(?<![\w.,])\d[\d,.]*(?:\s*(?:%|per ?cent|km²|km|thousand|million|billion|[^\W\d]+))?", re.I)
_YEAR = re.compile(r"(?:1[89]|20|21)\d\d")
NOT_DOMAIN_REASON = "the sentence is not about mines, borders, barriers, clearance or the Convention"
_OUT_OF_SCOPE = re.compile(
    r"\bshells?\b|\brounds?\b|munition|projectile|battery|tripwire|\bfuzes?\b|\bfuses?\b|self-destruct", re.I
)
_EVENT = re.compile(
    r"supplied|deliver|withdr[ae]w|notif|ratif|signed|into (?:force|effect)|decree|vote|approved|announced|lifted|reinstated|adopted",
    re.I,
)
#: Minefields that exist ("They are laid in ... minefields", "The main mining zone is
#: concentrated in strips"), not a belt the article's model assumes.
_EXISTING = re.compile(
    r"\b(?:minefields?|mined\s+(?:areas?|zones?)|mining\s+zones?|(?:are|were|is|was)\s+(?:laid|concentrated|located))\b",
    re.I,
)
_HUMANITARIAN = re.compile(r"contaminat|hazardous|suspected|confirmed hazard|casualt|victims", re.I)
HUMANITARIAN_REASON = "Not checked: no source in minebelt for this humanitarian figure (casualties, contaminated area); add a compute from a source to check it."
#: Why a repeated figure is not drafted again (a whole sentence with a named placeholder).
OUT_OF_SCOPE_REASON = (
    "Munition specifications and deliveries are outside minebelt's strategic scope (km, km², millions, years, money)."
)


def _unit_text(q: Quantity) -> str:
    return q.currency or "money" if q.unit == "money" else q.unit


class _State:
    """What the article has said so far: the model in force, the mines given each part."""

    def __init__(self) -> None:
        self.depth: A.Stated | None = None
        self.density: A.Stated | None = None
        self.area: A.Stated | None = None  # the belt area it last stated
        self.densities: list[A.Stated] = []  # every density the article states
        self.last_mines: float | None = None
        self.mines_by_part: dict[frozenset[str], list[float]] = {}
        self.km_by_part: dict[frozenset[str], list[float]] = {}
        #: the mines of the model in force (since its density was stated), the last one per part
        self.model_mines: dict[frozenset[str], float] = {}
        self.recent_defenders: list[tuple[int, list[str]]] = []

    def defenders_near(self, s: Sentence, defenders: list[str]) -> list[str]:
        if defenders:
            return defenders
        for idx, codes in reversed(self.recent_defenders):
            if s.index - idx <= 3:
                return codes
        return []


#: Scenario fields minebelt's own figure for an estimate in these units comes from.
_FIELDS = {
    "years": "clearance.calendar_years",
    "mines": "mines",
    "money": "cost.total",
    "km²": "area_km2",
    "km": "belt_front_km",
}
#: Whose model a figure is when the article itself made it (no one else to name).
OWN_ESTIMATES = ("the article's own estimate", "the article's own arithmetic")
#: The note of an estimate attributed to someone else (named placeholders: translatable).
BESIDE_NOTE = "An estimate by {by}: recorded as {by}'s model, not judged against minebelt's."
#: For the person who reviews the draft (a comment in the claims file, never reader text).
BESIDE_HINT = 'to set minebelt\'s own figure beside it, add context = {{ "minebelt" = {{ scenario = "SCENARIO.toml", field = "{field}" }} }}'


def _beside_note(by: str, unit: str) -> str:
    return BESIDE_NOTE.format(by=by)


def _is_choice(q: Quantity, s: Sentence, here: tuple[Quantity, ...] = ()) -> bool:
    """A depth, density, length or area the article's model assumes ("mining it 2 km deep at
    6,000 mines per km²", "if 600 km were mined", "Poland – about 3.6 million for 600 km²":
    the area a model's mines are given for): its input, not a figure it derives. A depth or
    density said of minefields that exist, with no condition ("They are laid in ... minefields,
    with densities exceeding 12,000 mines per square kilometer"), is a fact to check."""
    if q.role == "depth" or q.unit in ("mines/km²", "mines/km"):
        return bool(CONDITIONAL.search(s.text)) or not _EXISTING.search(s.text)
    if q.unit == "km²" and any(x.unit == "mines" and x is not q for x in here):
        return True
    return bool(CONDITIONAL.search(s.text)) and q.unit in ("km", "km²")


def _position(q: Quantity, s: Sentence) -> int:
    at = s.text.find(q.surface)
    return at if at >= 0 else min(q.start, len(s.text) - 1)


def _claim_for(
    q: Quantity, s: Sentence, prev: list[Quantity], here: list[Quantity], st: _State
) -> list[dict[str, Any]]:
    defenders, neighbours = split_sides(clause_around(s.text, _position(q, s)))
    if not defenders and not neighbours:
        defenders, neighbours = split_sides(s.text)
    own = defenders + neighbours  # the id names these only, never a country of the sentences before
    defenders = st.defenders_near(s, defenders)
    base: dict[str, Any] = {"quote": s.text, "stated": q.stated, "qualifier": q.qualifier, "unit": _unit_text(q)}
    figure = [
        A.num(q.value) if q.low is None else f"{A.num(q.low)}-{A.num(q.high or 0)}",
        q.unit.replace("\u00b2", "2"),
    ]
    slug = [*id_countries(own), *figure]
    if (
        _OUT_OF_SCOPE.search(s.text)
        and q.unit in ("mines", "hours", "grams", "shells", "days")
        or q.unit in ("grams", "shells")
    ):
        return [
            {
                **base,
                "kind": "out-of-scope",
                "compute": {"unverifiable": OUT_OF_SCOPE_REASON},
                "_slug": slug,
                "_countries": defenders + neighbours,
            }
        ]
    rules = match(s.masked, _unit_text(q), named_countries(s.text) or defenders, q.start, q.role)
    compute: dict[str, Any] | None = None
    note, by = "", "none"
    extra: dict[str, Any] = {}
    decision = None
    if rules:
        rule = rules[0]
        compute, by, extra = dict(rule.compute), "fact", dict(rule.extra)
        if rule.qualifier:
            base["qualifier"] = rule.qualifier
        # a sourced fact is about its own place, not the countries of the sentences before
        defenders, neighbours = ([rule.place] if rule.place else []), []
        slug = [*defenders, *figure]
    elif (m := membership(q, s.text, split_sides(s.text)[0])) is not None:
        compute, by = m, "fact"
        base["qualifier"] = "exact"
        if (decision := decision_claim(s.text, q.value, m["members"])) is not None:
            extra["note"] = MEMBERS_READ.format(group=m["of"])
    elif (b := border_compute(q, s, defenders, neighbours)) is not None:
        (compute, note), by = b, "fact"
    else:
        found = None
        if q.unit == "km²" and q.low is None:
            found = A.area(q, here, prev, st.depth)
        elif q.unit == "mines" and A.is_total(s.text) and q.low is None:
            named = _parts(s.text)
            full = A.full_total(
                s.text,
                [(k, st.mines_by_part.get(frozenset(c), []), st.km_by_part.get(frozenset(c), [])) for k, c in named],
                st.depth,
                st.density,
            )
            t = full or A.total([(k, st.mines_by_part.get(frozenset(c), [])) for k, c in named])
            if t is not None:
                compute, note, extra["context"] = t
                by = "arithmetic"
                if full is not None:
                    extra["by"] = A.ON_ITS_LENGTHS
        elif q.unit == "mines":
            found = A.mines(q, here, st.depth, st.density)
            if found is None and q.low is not None and st.area is not None:
                extra["_open_range"] = st.area  # read once every density of the article is known
        elif q.unit == "times":
            found = A.times(q, here, st.last_mines)
        if found is not None:
            (compute, note), by = found, "arithmetic"
    if compute is None and q.unit == "years" and q.low is not None:
        total = sum(st.model_mines.values()) or None
        ctx = A.production_context(s.text, (q.low, q.high or q.low), total)
        if ctx is not None:
            compute, extra["context"] = {"unverifiable": A.PRODUCTION_REASON}, ctx
            # the article's total: every part it gave mines, not the one named last
            defenders, neighbours = sorted(set().union(*st.model_mines)), []
            slug = [*id_countries(defenders), *figure]
        if (words := few_words(s.text, q.start)) is not None:
            base["stated"], slug[-2:] = words, [words]
            extra["reading"] = few_reading(q.low, q.high or q.low, A.millions(total) if ctx and total else None)
    if compute is None:
        if _is_choice(q, s, tuple(here)):
            extra["selection"] = True
            reason = "The article's own choice (a length, area, depth or density its model assumes), not a figure it derives or a fact to measure."
        elif q.unit in ("casualties", "people") or (q.unit in ("km²", "km") and _HUMANITARIAN.search(s.text)):
            reason = HUMANITARIAN_REASON
        else:
            reason = "No bundled sourced figure, measured border or figure of the article's own arithmetic to recompute it from."
        compute = {"unverifiable": reason}
    kind, whose = claim_kind(s.text, by, _is_choice(q, s, tuple(here)), clause_around(s.text, _position(q, s)))
    if kind == "plan" and (planned := planned_length(q, s, defenders, neighbours)) is not None:
        compute, note, extra["context"] = planned
    if extra.get("selection") and q.unit == "km²":
        kind = "model"  # the area the article's model gives its mines: its own input, not a fact
    if extra.get("selection") and kind == "model":
        extra["by"] = "the article's own arithmetic"  # its own input: never minebelt's recomputation
    if kind == "model" and whose:
        extra.setdefault("by", whose)
        if by == "none" and whose not in OWN_ESTIMATES:
            note = _beside_note(whose, q.unit)
            extra["_hint"] = BESIDE_HINT.format(field=_FIELDS.get(q.unit, "FIELD"))
    claim = {**base, "kind": kind, "compute": compute, **extra, "_slug": slug, "_countries": defenders + neighbours}
    if note:
        claim["note"] = note if "note" not in extra else f"{extra['note']} {note}"
    if len(rules) > 1:  # one fact per named country: one claim each, part of the whole
        return [
            {**claim, "compute": dict(r.compute), "_slug": [r.country or "", *figure], "_part": True} for r in rules
        ]
    if decision is not None:
        return [claim, {**base, "kind": "fact", **decision}]
    return [claim]


def _parts(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(" + ".join(codes), codes) for _, _, codes, _ in mentions(text)]


def _remember(q: Quantity, claim: dict[str, Any], s: Sentence, st: _State) -> None:
    if q.role == "depth" and q.unit == "km":
        st.depth = A.Stated(q.high if q.high is not None else q.value, s.text)
    if q.unit == "mines/km²":
        st.density = A.Stated(q.value, s.text)
        st.densities.append(st.density)
    if q.unit == "km²" and q.low is None and claim.get("kind") == "model":
        st.area = A.Stated(q.value, s.text)
    if q.unit == "mines" and q.low is None and claim.get("kind") != "out-of-scope" and not A.is_total(s.text):
        st.last_mines = q.value
        codes = [c for c in claim.get("_countries", []) if c not in split_sides(s.text)[1]]
        if codes:
            st.mines_by_part.setdefault(frozenset(codes), []).append(q.value)
        if codes or claim.get("_countries"):  # "Ukraine would need": the part, whichever side it is read on
            st.model_mines[frozenset(codes or claim["_countries"])] = q.value
    if q.unit == "km" and not q.role and q.low is None and claim.get("kind") != "out-of-scope":
        codes = [c for c in claim.get("_countries", []) if c not in split_sides(s.text)[1]]
        if codes:  # the lengths the article gave each part (its whole border the longest)
            st.km_by_part.setdefault(frozenset(codes), []).append(q.value)


def draft_claims(text: str, source: str = "article") -> list[dict[str, Any]]:
    """Draft claims (dicts with the keys of a claims file, plus ``_countries``) for every
    domain quantity and checkable date of ``text``, in the article's order."""
    return draft_with_skipped(text, source)[0]


def _not_domain(s: Sentence) -> list[dict[str, str]]:
    """The figures of a sentence the extractor does not read, as one skipped entry (dates,
    times and calendar years aside), or none."""
    found = [
        m.group(0).strip().rstrip(".,")
        for m in _FIGURE.finditer(s.masked)
        if worth_listing(s.masked, m.start(), m.end(), m.group(0))
    ]
    found = [f for f in found if not _YEAR.fullmatch(f.split()[0].rstrip(".,"))]
    return [skip(", ".join(dict.fromkeys(found)), s.text, NOT_DOMAIN_REASON)] if found else []


def draft_with_skipped(text: str, source: str = "article") -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    """``(claims, skipped)``: the claims of :func:`draft_claims` and every figure found that is
    not a claim, each ``{"figure", "quote", "reason"}`` in the article's order (calendar years
    are read as the dates of the figures they go with and are not listed)."""
    from ... import settings
    from ...errors import InputError

    out: list[dict[str, Any]] = []
    skipped: list[dict[str, str]] = []
    st = _State()
    sents = sentences(text)
    prev_q: list[Quantity] = []
    year: int | None = None  # the last year the article named before this sentence
    for i, s in enumerate(sents):
        if i:
            year = last_year(sents[i - 1].text) or year
        context = " ".join(x.text for x in sents[max(0, i - 4) : i] if x.paragraph == s.paragraph)
        if not (_DOMAIN.search(s.text) or _DOMAIN.search(context)):
            skipped += _not_domain(s)
            prev_q = []
            continue
        dropped: list[tuple[str, str]] = []
        here = quantities(s.masked, context, dropped)
        skipped += [skip(f, s.text, why) for f, why in [*dropped, *word_claims(s.text)]]
        if split_sides(s.text)[0]:
            st.recent_defenders.append((s.index, split_sides(s.text)[0]))
        sides = split_sides(s.text)
        sup = superlative_border(s.text, *sides)
        for extra in [*law_numbers(s.text), *all_members_party(s.text), *([sup] if sup else [])]:
            out.append({"quote": s.text, **extra, "kind": "fact", "source": source})
        for extra in leaving_forecasts(s.text, context, named_countries(s.text)):
            out.append({"quote": s.text, "qualifier": "about", **extra, "source": source})
        headline = (
            sum(len(x.text) + 1 for x in sents if x.paragraph == s.paragraph) < 160
        )  # a short paragraph: a headline
        if any(q.unit == "mines/km²" for q in here):
            st.model_mines = {}  # a new model in force: its mines from this sentence on
        for q in here:
            if re.search(r"\b(?:these|those|the same)\s+$", q.before, re.I):
                skipped.append(skip(q.surface, s.text, 'a figure said again ("these", "the same")'))
                continue  # "these five countries", "the same 600 km²": a figure said again
            for claim in _claim_for(q, s, prev_q, here, st):
                claim["source"] = source
                claim["_headline"] = headline
                out.append(claim)
            _remember(q, out[-1], s, st)
        for d in dates(s.text, year):
            if d.surface.lower().startswith("as of"):
                continue  # "As of 2025, ... has not announced": a state of affairs, not an event's date
            rules = match(s.text, "date", named_countries(s.text) or st.defenders_near(s, []), d.start)
            if not rules and not _EVENT.search(s.text) and not OWN_PLAN.search(s.text):
                continue
            kind = "plan" if OWN_PLAN.search(s.text) and not CONDITIONAL.search(s.text) else "fact"
            base = {
                "quote": s.text,
                "stated": d.stated,
                "qualifier": "about",
                "unit": "date",
                "kind": kind,
                "source": source,
            }
            if not rules:
                out.append(
                    {
                        **base,
                        "compute": {"unverifiable": "No bundled dated fact for this event."},
                        "_slug": [d.stated, "date"],
                        "_countries": named_countries(s.text),
                    }
                )
            for r in rules:
                out.append(
                    {
                        **base,
                        "compute": dict(r.compute),
                        "_slug": [r.country or "", d.stated, "date"],
                        "_countries": named_countries(s.text),
                        "_part": len(rules) > 1,
                    }
                )
        prev_q = here
        if len(out) > settings.ARTICLE_CLAIMS_MAX:
            raise InputError(
                f"article: more than {settings.ARTICLE_CLAIMS_MAX:,} claims (ARTICLE_CLAIMS_MAX): a table of figures, not an article"
            )
    for c in out:
        if (area := c.pop("_open_range", None)) and (got := A.range_at_densities(area, st.densities)) is not None:
            (c["compute"], c["note"]), c["kind"], c["by"] = got, "model", "the article's own arithmetic"
    claims, repeats = finish(out)
    order = {x.text: x.index for x in reversed(sents)}
    return claims, sorted(skipped + repeats, key=lambda x: order.get(x["quote"], len(sents)))


__all__ = ["HUMANITARIAN_REASON", "NOT_DOMAIN_REASON", "OUT_OF_SCOPE_REASON", "draft_claims", "draft_with_skipped"]
