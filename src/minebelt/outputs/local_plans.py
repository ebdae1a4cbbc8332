"""A plan's explanation (verdict ``stated``) in the reader's language.

Layer: outputs. The checker words a plan's explanation once, in English, in the
``minebelt.factcheck/2`` document (a contract: :func:`minebelt.factcheck.plans.plan_explanation`).
Every sentence of it minebelt generates has a fixed form: what the plan implies, the figure set
beside it with its relation, why no ratio is given, the price years, the exchange rates and the
closing rule that no model refutes a plan. This module reads those sentences back from the
English text and words them again by key, with every figure in the reader's locale; what the
claims file wrote (its ``note``, a ``context`` label, ``scope_differs``) stays as written, a
label, a scope or a title marked as quoted (:mod:`minebelt.outputs.cited`): the terminal and the
web show it in the reader's quotation marks, the report page as a citation.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from babel.numbers import format_decimal

from .. import numbers as N
from ..i18n import current, pgettext
from ..i18n import gettext as _
from . import claim_sentences as CS
from . import claim_words as CW
from .cited import cite, plain
from .claim_values import bounded
from .claim_words import UNITS, by_words, gap_words, value
from .local_state_media import split_state_media
from .reading_words import reading_subject

#: The English sentences of :mod:`minebelt.factcheck.plans` this module reads back.
NOT_REFUTED = "A stated plan, target, budget or forecast cannot be refuted by our model: it is recorded as stated."
AT_MEDIANS = " at its inputs' medians"
_SCALES = {"million": 1e6, "billion": 1e9, "bn": 1e9, "M": 1e6}
_FIGURE = re.compile(
    r"^(?P<label>.*?) ?(?:(?P<cur>[A-Z]{3}) )?(?P<num>\d[\d,]*(?:\.\d+)?)(?: (?P<scale>million|billion|bn|M)\b)?"
    r"(?: (?P<unit>[^\d]+))?$"
)
_RATE = re.compile(
    r"(?P<f>\d+(?:\.\d+)?) (?P<to>[A-Z]{3})/(?P<frm>[A-Z]{3}), ECB reference rate of (?P<d>[\d-]+)"
    r"(?: \(the last before (?P<asked>[\d-]+)\))?"
)
_PRICE = re.compile(r"(?P<part>.+?) (?:at (?P<year>\d{4}) prices|(?P<as>as stated))$")
#: The costed parts a price basis names (:data:`minebelt.pipeline.blocks.cost.LABELS` and the fence proxy).
PARTS = {
    "mines": lambda: pgettext("costed part", "mines"),
    "laying": lambda: pgettext("costed part", "laying"),
    "marking and fence": lambda: pgettext("costed part", "marking and fence"),
    "border-fence proxy": lambda: pgettext("costed part", "border-fence proxy"),
}


#: Why nothing is set beside a plan, as the article drafter words it
#: (:mod:`minebelt.factcheck.extract`), in the reader's words; a claims file's own reason is as written.
UNSET = {
    "No bundled sourced figure, measured border or figure of the article's own arithmetic to recompute it from": lambda: (
        _("No bundled sourced figure, measured border or figure of the article's own arithmetic to recompute it from")
    ),
    "a conditional forecast whose assumed production capacity (national production or "
    "international cooperation) is not on record": lambda: _(
        "a conditional forecast whose assumed production capacity (national production or "
        "international cooperation) is not on record"
    ),
}


def figure(text: str, unit: str = "") -> str:
    """``EUR 2.34 bn``, ``2,284 mines``, ``0.095 times`` (an English figure of the checker) in the
    reader's numbers and words; as written when it is not one."""
    m = _FIGURE.match(text.strip())
    if m is None or m["label"]:
        return text
    v = float(m["num"].replace(",", "")) * _SCALES.get(m["scale"] or "", 1.0)
    if m["cur"]:
        return value(v, m["cur"])
    u = (m["unit"] or "").strip()
    if u in UNITS or not u:
        return value(v, u)
    return f"{N.num(v, words=True)} {u}"


def implies_words(text: str) -> str:
    """``Poland's land front 438 km; mines per km of that front 2,284 mines``: each label (the
    claims file's, as written, marked as quoted) with its figure in the reader's numbers; a part
    whose words follow its figure (``if all 600 are built``) quoted whole, as written."""
    out = []
    for part in text.rstrip(".").split("; "):
        if (local := CS.valued(part)) is not None:  # a label with its figure inside its words
            out.append(local)
            continue
        m = _FIGURE.match(part)
        if m is None or not m["label"]:
            out.append(part)
            continue
        if (m["unit"] or "").strip() not in ("", *UNITS):  # not a unit: the words go on after the figure
            out.append(cite(part))
            continue
        fig = part[len(m["label"]) :].strip()
        out.append(f"{CS.label(m['label'])} {figure(fig)}")
    return "; ".join(out)


def digits(text: str) -> str:
    """``0.2345``, ``1,226`` (a number as the checker prints it) with its digits as printed, in the
    reader's decimal and group signs."""
    return format_decimal(Decimal(text.replace(",", "")), locale=current(), decimal_quantization=False)


def _ratio(text: str) -> str:
    """``0.15`` or ``0.096 to 0.23`` (ratios as the checker prints them) in the reader's numbers."""
    return "\u2013".join(digits(x) for x in text.split(" to "))


def relation_words(text: str) -> str:
    """The relation of a plan's figure to the one beside it (:func:`minebelt.factcheck.kinds.ratio_words`,
    :func:`minebelt.factcheck.plans.ratio_span`, :func:`~minebelt.factcheck.plans.date_beside`), in
    the reader's words; as written when it is none of them."""
    text = text.strip()
    span = ""
    m = re.fullmatch(r"(.+) \(([\d.,]+ to [\d.,]+) times across the model's 90 % range\)", text)
    if m:
        text = m[1]
        span = " (" + _("%(ratio)s times across the model's 90 %% range") % {"ratio": _ratio(m[2])} + ")"
    if text == "the stated figure is about the same":
        return _("the stated figure is about the same") + span
    if m := re.fullmatch(r"the stated figure is ([\d.,]+(?: to [\d.,]+)?) times that", text):
        return _("the stated figure is %(ratio)s times that") % {"ratio": _ratio(m[1])} + span
    if m := re.fullmatch(r"that is about ([\d.,]+)(?: (million|billion))? times the stated figure", text):
        n = float(m[1].replace(",", "")) * _SCALES.get(m[2] or "", 1.0)
        return _("that is about %(n)s times the stated figure") % {"n": N.num(n, words=True)} + span
    if m := re.fullmatch(r"the forecast's date \((.+)\) is (.+)", text):
        return _("the forecast's date (%(date)s) is %(gap)s") % {"date": N.day(m[1]), "gap": gap_words(m[2])}
    return text + span


def price_words(text: str) -> str:
    """``Costed in USD: mines at 2026 prices, border-fence proxy at 2022 prices; mixed price years,
    not adjusted for inflation.`` (:func:`minebelt.factcheck.plans.price_words`) in the reader's words."""
    said = []
    for cur, basis in re.findall(r"([A-Z]{3}): (.+?)(?=; [A-Z]{3}: |$)", text.removeprefix("Costed in ").rstrip(".")):
        head, _sep, tail = basis.partition("; ")
        parts = []
        for p in head.split(", "):
            m = _PRICE.fullmatch(p)
            if m is None:
                parts.append(p)
                continue
            name = PARTS[m["part"]]() if m["part"] in PARTS else m["part"]
            parts.append(
                _("%(part)s as stated") % {"part": name}
                if m["as"]
                else _("%(part)s at %(year)s prices") % {"part": name, "year": m["year"]}
            )
        tails = {
            "mixed price years, not adjusted for inflation": _("mixed price years, not adjusted for inflation"),
            "not adjusted for inflation": _("not adjusted for inflation"),
        }
        said.append(f"{cur}: " + ", ".join(parts) + (f"; {tails.get(tail, tail)}" if tail else ""))
    return _("Costed in %(bases)s.") % {"bases": "; ".join(said)}


def rates_words(text: str) -> str:
    """``Converted at 0.2345 EUR/PLN, ECB reference rate of 2024-05-17 (the last before
    2024-05-18).`` (the checker's exchange rates) in the reader's words."""
    said = []
    for m in _RATE.finditer(text):
        kw = {"rate": digits(m["f"]), "pair": f"{m['to']}/{m['frm']}", "date": N.date(m["d"])}
        if m["asked"]:
            kw["asked"] = N.date(m["asked"])
            said.append(_("%(rate)s %(pair)s, ECB reference rate of %(date)s (the last before %(asked)s)") % kw)
        else:
            said.append(_("%(rate)s %(pair)s, ECB reference rate of %(date)s") % kw)
    if not said:
        return text
    out = _("Converted at %(rates)s.") % {"rates": "; ".join(said)}
    return out[:-1] if out.endswith("..") else out  # a date the locale ends with a full stop ("2025 р.")


def split_rates(text: str) -> tuple[str, str]:
    """``text`` without its closing ``Converted at ....`` sentence, and that sentence in the reader's
    words ("" without one)."""
    i = text.rfind(" Converted at ")
    j = 0 if text.startswith("Converted at ") else i + 1 if i >= 0 else -1
    if j < 0 or not _RATE.search(text[j:]):
        return text, ""
    return text[:j].strip(), rates_words(text[j:])


_SEGMENTS = (
    "Read as ",
    "What it implies: ",
    "Beside it, ",
    "Nothing to set beside it: ",
    "No ratio is given: ",
    "Costed in ",
)


def _end(text: str) -> int:
    """Where the generated sentence opening ``text`` ends (a scope's words, as written, may hold
    a full stop: its sentence ends at the bracket)."""
    stop = ")." if text.startswith("No ratio is given: ") else "."
    i = text.find(f"{stop} ")
    return i + len(stop) if i >= 0 else len(text)


def plan_parts(c: dict[str, Any], marked: bool = False) -> tuple[list[str], str, str]:
    """A plan row's explanation in three parts: the sentences minebelt generates, in the reader's
    words; the claims file's note (as written); the closing rule that no model refutes a plan.
    The claims file's words the sentences quote are in the reader's quotation marks, or with
    ``marked`` marked as quoted (:func:`minebelt.outputs.cited.pieces` reads them)."""
    text = str(c.get("explanation") or "").strip()
    closing = ""
    if text.endswith(NOT_REFUTED):
        text = text[: -len(NOT_REFUTED)].strip()
        closing = _(
            "A stated plan, target, budget or forecast cannot be refuted by our model: it is recorded as stated."
        )
    text, media = split_state_media(text, marked=True)
    text, rates = split_rates(text)
    text = text.removeprefix(f"Stated: {c.get('stated_text')}.").strip()  # the stated line says it
    said: list[str] = []
    while text.startswith(_SEGMENTS):
        end = _end(text)
        part, text = text[:end].strip(), text[end:].strip()
        said.append(_segment(part, c))
    said += [*media, *([rates] if rates else [])]
    return (said if marked else [plain(x) for x in said]), text, closing


def explanation_parts(c: dict[str, Any], marked: bool = False) -> tuple[list[str], str, str]:
    """Any row's explanation after its verdict sentence (:func:`.claim_words.lead`) in three parts,
    as :func:`plan_parts` (``marked`` too): a plan's generated sentences, or the exchange rates of
    another row, its closing context sentence (``Measured: ...``) last."""
    if c.get("verdict") == "stated":
        return plan_parts(c, marked)
    own, rest = CW.own_sentences(c)
    rest, context = CS.split_context(rest) if current() != "en" else (rest, "")
    rest, media = split_state_media(rest, marked)
    rest, rates = split_rates(rest)
    said = own + media + ([rates] if rates else [])
    return (said if marked else [plain(x) for x in said]), rest, context if marked else plain(context)


def _segment(part: str, c: dict[str, Any]) -> str:
    """One generated sentence of a plan's explanation in the reader's words."""
    if part.startswith("What it implies: "):
        return _("What it implies: %(figures)s.") % {"figures": implies_words(part[17:])}
    if part.startswith("Read as ") and isinstance(r := c.get("reading"), dict):
        if "; minebelt's reading" not in part:  # a yes whose words say whose it is (factcheck.reading.names_its_yes)
            said = str(r.get("as") or "")
            return _("Read as %(subject)s (minebelt's reading, not the article's words).") % {
                "subject": reading_subject(said)
            }
        read = bounded(r.get("qualifier"), r.get("value"), str(c.get("unit") or ""))
        return _("Read as %(reading)s (%(subject)s; minebelt's reading, not the article's words).") % {
            "reading": read,
            "subject": reading_subject(str(r.get("as") or "")),
        }
    if part.startswith("Nothing to set beside it: "):
        reason = part[26:].rstrip(".")
        words = UNSET.get(reason)
        return _("Nothing to set beside it: %(reason)s") % {"reason": (words() if words else cite(reason)) + "."}
    if m := re.fullmatch(r"No ratio is given: the scopes differ \((.+)\)\.", part):
        return _("No ratio is given: the scopes differ (%(scope)s).") % {"scope": cite(m[1])}
    if part.startswith("Costed in "):
        return price_words(part)
    m = re.fullmatch(r"Beside it, (.+?): (.+?)(?:; ([^;]+))?\.", part)
    if m is None:
        return part
    who = m[1]
    if who.startswith("by "):
        who = _("by %(by)s") % {"by": by_words(str(c.get("by") or who[3:]))}
    else:
        who = {"measured": pgettext("beside a plan", "measured"), "sourced": pgettext("beside a plan", "sourced")}.get(
            who, who
        )
    unit = str(c.get("unit") or "")
    shown = value(CW.computed_figure(c), unit, c.get("computed_range")) if c.get("computed") is not None else m[2]
    if AT_MEDIANS.strip() in m[2]:
        rng = c.get("computed_range")
        shown = (
            _("%(figure)s at its inputs' medians (90 %% range %(range)s)")
            % {"figure": shown, "range": value(tuple(rng), unit)}
            if isinstance(rng, (list, tuple)) and len(rng) == 2
            else _("%(figure)s at its inputs' medians (not sampled: no range)") % {"figure": shown}
        )
    kw = {"by": who, "computed": shown}
    if m[3]:
        kw["relation"] = relation_words(m[3])
        return _one_stop(_("Beside it, %(by)s: %(computed)s; %(relation)s.") % kw)
    return _one_stop(_("Beside it, %(by)s: %(computed)s.") % kw)


def _one_stop(sentence: str) -> str:
    """``sentence`` with one full stop where its last figure already ends in one (a date such as
    "27 грудня 2025 р." or "2025 m. gruodžio 27 d."), an ellipsis kept."""
    return sentence[:-1] if sentence.endswith("..") and not sentence.endswith("...") else sentence


__all__ = ["explanation_parts", "figure", "implies_words", "plan_parts", "rates_words", "relation_words", "split_rates"]
