"""The card of a block and the helpers every card uses: sentences, the interval line, the
English view, years with their plural and the localised title and figure.

Layer: outputs. Pure functions; :mod:`.cards` and :mod:`.cards_clearance` build the cards.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace
from typing import Any

from ... import numbers as N
from ...i18n import N_, current, language
from ...i18n import gettext as _


@dataclass(frozen=True)
class Card:
    """A block at a glance. ``figure``: the headline (``"USD 13 bn"``); ``label``: what it is
    (``"to build: mines + border-fence proxy"``); ``range``: its 90 % interval with what varies,
    or ``""``; ``assumes``: one line of what the figure assumes; ``details``: the rest, one
    sentence each; ``main``: the figure that answers the question."""

    key: str
    title: str
    figure: str
    label: str = ""
    range: str = ""
    assumes: str = ""
    details: tuple[str, ...] = ()
    main: bool = False

    def as_dict(self) -> dict[str, Any]:
        """The card as a template reads it; ``value`` and ``note`` name the figure and the line."""
        d = asdict(self)
        d["details"] = list(self.details)
        d.update(value=self.figure, note=self.assumes)
        return d


# not after an initial ("(B. French, EPS Journal)"): a capital alone after a space or bracket
_SENTENCE_END = re.compile(r"(?<![\s(\[][A-Z]\.)(?<=[.!?])\s+(?=[A-Z\"“(])")


def sentences(text: Any) -> tuple[str, ...]:
    """A paragraph as its sentences (split after ``.``, ``!`` or ``?`` before a capital)."""
    s = " ".join(str(text or "").split())
    return tuple(p for p in _SENTENCE_END.split(s) if p)


def _one_line(text: Any) -> tuple[str, tuple[str, ...]]:
    """The first clause of a long scope as the card's line, the rest as detail."""
    s = " ".join(str(text or "").split())
    head, sep, rest = s.partition("; ")
    return head, ((rest[:1].upper() + rest[1:] + ("" if rest.endswith(".") else ".")),) if sep else ()


def _interval(d: Any, n: int | None, varies: str = "", **kw: Any) -> str:
    r = N.dist(d, n, **kw)
    if not r:
        return ""
    if varies == PER_M2_SPAN:  # not a 90 % interval: say so, with no "90 %" in front
        return _("%(varies)s: %(range)s") % {"varies": _(varies), "range": r}
    if varies == RATES_ALONE:  # the back-test's coverage falls short of 90 %: nominal, said where it is shown
        return _("nominal 90 %%, %(varies)s: %(range)s") % {"varies": _(varies), "range": r}
    if varies == NOMINAL:  # a sampled interval that carries the fitted rates' spread: nominal too
        return _("nominal 90 %%: %(range)s") % {"range": r}
    if varies and varies != "nothing (no spread)":
        return _("90 %%, %(varies)s: %(range)s") % {"varies": _(varies), "range": r}
    return _("90 %%: %(range)s") % {"range": r}


#: What a point run's clearance interval covers (see ``*_rates_90`` in the clearance block).
RATES_ALONE = N_("the fitted rates alone")
#: A sampled clearance interval that carries the fitted rates' spread (its coverage is nominal).
NOMINAL = "nominal"
#: What a point run's area-based cost interval covers (``clearance.cost_per_m2_90``).
PER_M2_ALONE = N_("the cost per m² alone")
#: The same on the default per-m² costs (two programmes' outturns): not a 90 % interval.
PER_M2_SPAN = N_("the spread of two programmes' cost per m², not a 90 % probability range")

#: What the production interval varies with (``production.years_to_fill_interval_varies``):
#: the pipeline's English labels, marked here so the cards read them in the reader's language.
PRODUCTION_VARIES = (N_("number of mines only"), N_("number of mines and capacity"))


def dist_or_rates(k: dict[str, Any], key: str) -> tuple[Any, str]:
    """``(dist, varies)`` for :func:`_interval`: the sampled ``{key}_dist``, else on a point run
    the fitted rates' 90 % interval ``{key}_rates_90`` labelled as such; ``(None, "")`` without."""
    d = k.get(f"{key}_dist")
    if d:
        return d, NOMINAL if _carries_rates(k, key) else ""
    r = k.get(f"{key}_rates_90")
    if r:
        return {"p05": r[0], "p95": r[1]}, RATES_ALONE
    r = k.get(f"{key}_per_m2_90")
    if r:  # an area-based cost on a point run: the per-m² range's interval
        stated = bool((k.get("cost_from_area") or {}).get("stated"))
        return {"p05": r[0], "p95": r[1]}, PER_M2_ALONE if stated else PER_M2_SPAN
    return None, ""


def _carries_rates(k: dict[str, Any], key: str) -> bool:
    """Whether the clearance block ``k``'s ``key`` moves with the fitted rates: the effort, the
    years, and a cost from the effort, when the rates are the fit's (not stated)."""
    if not (k.get("productivity") or {}).get("fitted"):
        return False
    return key in ("deminer_years", "calendar_years") or (key == "cost" and k.get("cost_basis") == "effort")


def interval_of(k: dict[str, Any], key: str, n: int | None, **kw: Any) -> str:
    """:func:`_interval` of ``k[key]``: its sampled interval, else the fitted rates' (a point run)."""
    d, varies = dist_or_rates(k, key)
    return _interval(d, n, varies, **kw)


def english(view: Any, doc: dict[str, Any]) -> Any:
    """``view(doc)`` in English: the blocks' prose is not translated yet, and a sentence that
    is not translated reads wholly in English (its words and its numbers), never half and half.
    The cards take their figures from the view in the reader's language and their words from
    this one."""
    with language("en"):
        return view(doc)


def _years(x: Any, n: int) -> str:
    """``71 years``, ``71 рік``, ``35,7 roku``: the figure to ``n`` significant figures with
    the plural form CLDR gives the number printed (a fraction too)."""
    from .local_names import years_text

    return years_text(x, n)


def _localised(card: Any, doc: dict[str, Any], title: str) -> Card | None:
    """``card(doc)`` with its words in English and its title, figure and range in the reader's
    language (the figure of a sentence the pipeline wrote in English stays as written)."""
    en = english(card, doc)
    if en is None:
        return None
    local = card(doc) if current() != "en" else en
    return replace(en, title=title, figure=local.figure, range=local.range)
