"""A fact-checked claim in the reader's language, worded from the verdict row's figures.

Layer: outputs. The checker words each verdict once, in English, in the
``minebelt.factcheck/2`` document (a contract). A reader of another language gets the verdict's
own sentence from the row's fields (``stated``, ``computed``, ``unit``, ``qualifier``,
``verdict``, ``deviation``), one message each with named placeholders and every figure through
:mod:`minebelt.numbers` in the reader's locale. The quote keeps the article's language; the
claim file's own note (the fact-checker's English annotation) is shown as written.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .. import numbers as N
from ..i18n import N_, current, pgettext
from ..i18n import gettext as _
from . import claim_sentences as CS
from .cited import cite, plain
from .claim_notes import translated
from .claim_units import computed_figure, gap_pct, stated_bound
from .claim_values import QUALIFIERS, QUOTES, UNITS, bounded, quoted, stated_words, value
from .error_words import localise
from .local_examples import scenario_name
from .reading_words import reading_subject

#: The English verdict sentence (and a model's clause before it) that opens an explanation: it
#: ends at the first period followed by a space, whatever the note after it opens with (a
#: quote, a parenthesis, a figure).

_LEAD = re.compile(r"^(?:By [^:]+: )?(?:[Rr]ecomputed|Sourced date) .*?\.(?=\s|$)")
#: The gap the English verdict sentence gives a date or a year (``(2 years later)``).
_GAP = re.compile(r"\((\d+ (?:years?|months?) (?:later|earlier))\)\.")
#: The English lead of a claim judged on a reading (:mod:`minebelt.factcheck.reading`): two sentences.
_READING_LEAD = re.compile(r"^The article gives no figure .*?\. Recomputed .*?\.(?=\s|$)")


#: The checker's reasons that follow its verdict sentence, in the reader's words.
REASONS = {
    "The computed range lies below the stated figure.": lambda: _("The computed range lies below the stated figure."),
    "The computed range lies above the stated figure.": lambda: _("The computed range lies above the stated figure."),
    "The stated range contains the computed one.": lambda: _("The stated range contains the computed one."),
    "Both ends of the computed range are within the tolerance.": lambda: _(
        "Both ends of the computed range are within the tolerance."
    ),
    "Stated as exact, and it differs.": lambda: _("Stated as exact, and it differs."),
}
#: Whose model a claim is judged by (the checker's ``by``), in the reader's words; a ``by`` the
#: claims file wrote itself is shown as written.
BY = {
    "the article's own arithmetic": lambda: _("the article's own arithmetic"),
    "the article's own arithmetic on its own border lengths": lambda: _(
        "the article's own arithmetic on its own border lengths"
    ),
    "the article's Korean model against the DMZ's sourced figures": lambda: _(
        "the article's Korean model against the DMZ's sourced figures"
    ),
    "minebelt's recomputation": lambda: _("minebelt's recomputation"),
}
_INPUT = re.compile(r"(density|depth) (.+?)(?=, (?:density|depth) |$)")
_FIGURES = re.compile(r"(?P<a>[\d,]+(?:\.\d+)?)(?: (?P<how>to|or) (?P<b>[\d,]+(?:\.\d+)?))? (?P<unit>.+)")


def _figures(text: str) -> str:
    """``6,000 to 12,000 mines/km²`` in the reader's numbers and words (as written otherwise)."""
    m = _FIGURES.fullmatch(text.strip())
    if m is None:
        return text
    a = N.num(float(m["a"].replace(",", "")), scale=False)
    b = N.num(float(m["b"].replace(",", "")), scale=False) if m["b"] else ""
    unit = m["unit"]
    words = UNITS[unit](b or a) if unit in UNITS else unit
    if not b:
        return f"{a} {words}"
    return f"{a}\u2013{b} {words}" if m["how"] == "to" else _("%(a)s or %(b)s") % {"a": a, "b": f"{b} {words}"}


def assumptions(text: str) -> str:
    """What a model's scenarios assume (``density 6,000 to 12,000 mines/km², depth 1.5 to 2.5 km;
    ...``, :func:`minebelt.factcheck.kinds.assumptions`) in the reader's words."""
    out = []
    for group in str(text or "").split("; "):
        parts = [
            (_("density %(value)s") if m[1] == "density" else _("depth %(value)s")) % {"value": _figures(m[2])}
            for m in _INPUT.finditer(group)
        ]
        out.append(", ".join(parts) if parts else group)
    return "; ".join(out)


def by_words(by: str) -> str:
    """The checker's ``by`` (``minebelt's model of “...”, assuming density ...``) in the reader's
    words; a bundled example's title in the reader's words, a user's as its file names it, in the
    reader's quotation marks."""
    head, sep, assumed = str(by or "").partition(", assuming ")
    m = re.fullmatch(r"minebelt's model of \u201c?(.+?)\u201d?", head)
    scenario = quoted(scenario_name(m[1])) if m else ""
    words = _("minebelt's model of %(scenario)s") % {"scenario": scenario} if m else BY[head]() if head in BY else head
    return _("%(by)s, assuming %(assumptions)s") % {"by": words, "assumptions": assumptions(assumed)} if sep else words


def _by_clause(c: dict[str, Any]) -> str:
    """``By the article's own arithmetic (density ..., depth ...)`` of a model claim's English
    explanation, in the reader's words; "" when the explanation does not open with it."""
    by, text = str(c.get("by") or ""), str(c.get("explanation") or "")
    if not by or not text.startswith(f"By {by}"):
        return ""
    rest = text[len(by) + 3 :]
    assumed = ""
    if rest.startswith(" (") and "): " in rest:
        assumed = rest[2 : rest.index("): ")]
    elif rest.startswith(", assuming ") and ": " in rest:
        assumed = rest[len(", assuming ") : rest.index(": ")]
    if assumed:
        return _("By %(by)s (%(assumptions)s)") % {"by": by_words(by), "assumptions": assumptions(assumed)}
    return _("By %(by)s") % {"by": by_words(by)}


#: The stated words of the bundled claims files (``stated = "..."``, a judgement quoted in
#: English) the catalogue translates: the terminal gives each with its translation.
STATED_WORDS = (
    N_("lack natural barriers"),
    # TRANSLATORS: an article's forecast of when countries leave the Mine Ban Treaty
    N_("at the beginning of 2026"),
    # TRANSLATORS: an article's forecast of how long making the mines would take
    N_("within a few years"),
    # TRANSLATORS: how an article says it reached its figure (from the Korean DMZ's mines)
    N_("extrapolating the DMZ"),
)


def _translated_stated(c: dict[str, Any], stated: str) -> str:
    """``stated`` (a claim's stated words in quotation marks) with, for a reader of another
    language, their translation when the catalogue holds one: ``„lack natural barriers”
    [ang.; tłum.: „brak naturalnych barier”]``, as a quotation in a note is given."""
    x = c.get("stated")
    if current() == "en" or not isinstance(x, str) or x not in STATED_WORDS or _(x) == x:
        return stated
    return f"{stated} " + _("[English; translation: %(text)s]") % {"text": quoted(_(x))}


def stated_computed(c: dict[str, Any]) -> str:
    """``podano 5 krajów; obliczono 3 – 4 kraje``-like line: both figures in the reader's numbers;
    for a plan (verdict ``stated``), the figure set beside it rather than "computed"."""
    unit = str(c.get("unit") or "")
    stated = _translated_stated(c, stated_words(c))  # the report's cell: the same words, marked English
    rng = c.get("computed_range")
    computed = value(computed_figure(c), unit, rng) if c.get("computed") is not None else N.not_estimated()
    if isinstance(rng, (list, tuple)) and len(rng) == 2 and not isinstance(c.get("computed"), (list, tuple)):
        # the model's 90 % range, as the English row's computed_text gives it
        computed += " (" + _("90 %%: %(range)s") % {"range": value(tuple(rng), unit)} + ")"
    kw = {"stated": stated, "computed": computed}
    if c.get("verdict") == "stated" and c.get("scope_differs"):  # two scopes: never side by side
        return _("stated %(stated)s; no figure set beside it: the scopes differ") % kw
    if c.get("verdict") == "stated":  # a plan is not recomputed: the figure is set beside it
        if c.get("by"):
            kw["by"] = by_words(str(c["by"]))
            return _("stated %(stated)s; beside it (by %(by)s) %(computed)s") % kw
        return _("stated %(stated)s; beside it %(computed)s") % kw
    if c.get("computed") is None:  # "computed: not estimated" would contradict itself
        return _("stated %(stated)s; not estimated") % kw
    return _("stated %(stated)s; computed %(computed)s") % kw


def lead(c: dict[str, Any], marked: bool = False) -> str:
    """The verdict's own sentence (``Recomputed ... : 12 % higher.``), or "" when the row has none;
    a claims file's words in it (a reading's subject) in the reader's quotation marks, or, with
    ``marked``, marked as quoted (:func:`minebelt.outputs.cited.pieces`)."""
    verdict = c.get("verdict")
    if verdict not in ("holds", "imprecise", "does-not-hold") or c.get("computed") is None:
        return ""
    sentence = re.sub(r"\.\.$", ".", _lead(c))  # a unit's abbreviation ends it ("38° szer. płn."): one stop
    clause = _by_clause(c)  # whose model and what it assumes, as the English explanation opens
    if clause and sentence:
        sentence = _("%(by)s: %(sentence)s") % {"by": clause, "sentence": sentence[:1].lower() + sentence[1:]}
    return sentence if marked else plain(sentence)


def gap_words(text: str) -> str:
    """``2 years later``, ``3 months earlier``, ``the same year`` (the checker's gap between two
    dates) in the reader's words."""
    if text in ("the same year", "the same month"):
        return _("the same year") if text == "the same year" else _("the same month")
    m = re.fullmatch(r"(\d+) (years?|months?) (later|earlier)", text.strip())
    if m is None:
        return text
    amount = value(float(m[1]), m[2].rstrip("s") + "s")
    return (_("%(amount)s later") if m[3] == "later" else _("%(amount)s earlier")) % {"amount": amount}


def _date_lead(c: dict[str, Any], kw: dict[str, str]) -> str:
    """The verdict sentence of a sourced date (``Sourced date 1999-03-01, not 1997 as stated (2
    years later).``) in the reader's words."""
    text = str(c.get("explanation") or "")
    if c.get("verdict") == "holds":
        if text.startswith(f"Sourced date {c.get('computed')}: "):
            return _("Sourced date %(computed)s: %(stated)s, as stated.") % kw
        return _("Sourced date %(computed)s, as stated.") % kw
    gap = _GAP.search(text.split(". ")[0] + ".")
    if gap:
        kw["gap"] = gap_words(gap[1])
        return _("Sourced date %(computed)s, not %(stated)s as stated (%(gap)s).") % kw
    return _("Sourced date %(computed)s, not %(stated)s as stated.") % kw


def _lead(c: dict[str, Any]) -> str:
    verdict, unit = c.get("verdict"), str(c.get("unit") or "")
    kw = {"computed": value(computed_figure(c), unit), "stated": value(c.get("stated"), unit)}
    if said := CS.sourced(c):
        return said
    if str(c.get("explanation") or "").startswith("Sourced date "):
        kw["stated"] = bounded(c.get("qualifier"), c.get("stated"), unit, kw["stated"])
        return _date_lead(c, kw)
    if isinstance(c.get("reading"), dict) and isinstance(c.get("stated"), str):
        return _reading_lead(c, verdict, unit, kw)
    q = QUALIFIERS.get(str(c.get("qualifier") or ""))
    kw["stated"] = stated_bound(c, kw["stated"], q)  # "over 114 km²": the bound, never the bare figure
    dev = N.finite(c.get("deviation"))
    if verdict == "holds" and (dev is None or abs(dev) < 0.0005):
        return _("Recomputed %(computed)s, as stated.") % kw
    if c.get("qualifier") == "exact" and verdict != "holds":
        return _("Recomputed %(computed)s, not %(stated)s as stated.") % kw
    if (
        dev is None
        or not math.isfinite(dev)
        or dev == 0
        or unit in ("year", "date")
        or unit.startswith(("degrees", "times"))
        or unit.strip() in ("countries", "country", "states", "members", "parties", "lines")  # a count: no per cent
    ):
        return _("Recomputed %(computed)s against the stated %(stated)s.") % kw
    kw["pct"] = gap_pct(dev)
    st, co = N.finite(c.get("stated")), N.finite(c.get("computed"))
    if unit.strip() == "share" and st is not None and co is not None:
        # a share against a share differs by percentage points, not by a per cent of itself
        kw["pct"] = pgettext("after a number", "%(n)s percentage points") % {"n": N.count(round(abs(co - st) * 100))}
    return (
        _("Recomputed %(computed)s against the stated %(stated)s: %(pct)s higher.")
        if dev > 0
        else _("Recomputed %(computed)s against the stated %(stated)s: %(pct)s lower.")
    ) % kw


def _reading_lead(c: dict[str, Any], verdict: Any, unit: str, kw: dict[str, str]) -> str:
    """The verdict's sentence of words that state no figure, judged on minebelt's reading of
    them (``reading``): what the reading is of (its ``as``), the reading said to be minebelt's,
    never the article's figure."""
    r = c["reading"]
    kw["reading"] = bounded(r.get("qualifier"), r.get("value"), unit)
    kw["subject"] = reading_subject(str(r.get("as") or ""))
    if verdict == "holds":
        text = _(
            "Read as %(reading)s (%(subject)s; minebelt's reading, not the article's figure): "
            "recomputed %(computed)s, within it."
        )
    elif verdict == "imprecise":
        text = _(
            "Read as %(reading)s (%(subject)s; minebelt's reading, not the article's figure): "
            "recomputed %(computed)s, at its edge."
        )
    else:
        text = _(
            "Read as %(reading)s (%(subject)s; minebelt's reading, not the article's figure): "
            "recomputed %(computed)s, not %(reading)s."
        )
    return text % kw


_SCOPE = "minebelt's scope is strategic: lengths, areas, numbers of mines, years, money"
#: The checker's own sentences of a claim it does not check (minebelt's words, not the claims
#: file's): each English pattern and its words in the reader's language.
_MUNITIONS = {
    "specifications": lambda: _("Not checked: munition specifications are outside minebelt's strategic scope."),
    "deliveries": lambda: _("Not checked: munition deliveries are outside minebelt's strategic scope."),
    "types": lambda: _("Not checked: munition types are outside minebelt's strategic scope."),
}
_OWN: tuple[tuple[re.Pattern[str], Any], ...] = (
    (re.compile(re.escape("Not checked: Munition specifications and deliveries are outside minebelt's strategic scope (km, km², millions, years, money).")),
     lambda m, c: _("Not checked: munition specifications and deliveries are outside minebelt's strategic scope (km, km², millions, years, money).")),
    (re.compile(r"Not checked: munition (specifications|deliveries|types) are outside minebelt's strategic scope[.;]?"),
     lambda m, c: _MUNITIONS[m[1]]()),
    (re.compile(re.escape("Not checked: no source in minebelt for this humanitarian figure (casualties, contaminated area); add a compute from a source to check it.")),
     lambda m, c: _("Not checked: no source in minebelt for this humanitarian figure (casualties, contaminated area); add a compute from a source to check it.")),
    (re.compile(r"Not checked: outside " + re.escape(_SCOPE.replace(" is ", ", ")) + r"\."),
     lambda m, c: _("Not checked: outside minebelt's scope, which is strategic: lengths, areas, numbers of mines, years, money.")),
    (re.compile(r"Not checked: (.+?) \(" + re.escape(_SCOPE) + r"\)\."),
     lambda m, c: _("Not checked: %(reason)s (minebelt's scope is strategic: lengths, areas, numbers of mines, years, money).") % {"reason": m[1]}),
    (re.compile(r"For context, minebelt computes (.+?)\.(?=\s|$)"),
     lambda m, c: _("For context, minebelt computes %(figure)s.") % {"figure": _figure(c, m[1])}),
    (re.compile(r"A judgement, not a figure minebelt can recompute; for context minebelt measures (.+?)\.(?=\s|$)"),
     lambda m, c: _("A judgement, not a figure minebelt can recompute; for context minebelt measures %(figure)s.") % {"figure": _figure(c, m[1])}),
    (re.compile(r"The stated figure is a choice of stretches; for context minebelt measures (.+?)\.(?=\s|$)"),
     lambda m, c: _("The stated figure is a choice of stretches; for context minebelt measures %(figure)s.") % {"figure": _figure(c, m[1])}),
    (re.compile(r"Analysis, not a figure the claim states; minebelt's own figure: (.+?)\.(?=\s|$)"),
     lambda m, c: _("Analysis, not a figure the claim states; minebelt's own figure: %(figure)s.") % {"figure": _figure(c, m[1])}),
    # a claim the checker could not evaluate: its error line, worded as the terminal's error lines
    (re.compile(r"Not evaluated: (.+)$", re.S),
     lambda m, c: _("Not evaluated: %(error)s") % {"error": localise(m[1])}),
)  # fmt: skip


def _figure(c: dict[str, Any], english: str) -> str:
    """The row's computed figure in the reader's format (the English text when it has none)."""
    x = c.get("computed")
    return value(x, str(c.get("unit") or "")) if isinstance(x, (int, float)) and not isinstance(x, bool) else english


def own_sentences(c: dict[str, Any]) -> tuple[list[str], str]:
    """The explanation after the verdict's sentence, split: the checker's own leading sentences
    in the reader's words (a reason, why a claim is not checked, the figure beside it), and
    the rest -- the claims file's note, as written."""
    text = str(c.get("explanation") or "").strip()
    if isinstance(c.get("reading"), dict) and lead(c):
        return [], _READING_LEAD.sub("", text, count=1).strip()
    sourced = CS.SOURCED.match(text)
    rest = text[sourced.end() :].strip() if sourced else _LEAD.sub("", text, count=1).strip() if lead(c) else text
    own: list[str] = []
    found = current() != "en"  # in English the checker's text is printed as it wrote it
    while found and rest:
        found = False
        for english, local in REASONS.items():
            if rest.startswith(english):
                own.append(local())
                rest, found = rest[len(english) :].strip(), True
        for pattern, words in (*_OWN, *CS.REASONS):
            m = pattern.match(rest)
            if m:
                said, rest, found = words(m, c), rest[m.end() :].strip(), True
                if m[0].endswith(";"):  # the claims file's reason goes on in the same sentence
                    said, rest = _goes_on(said, rest)
                own.append(said)
    return own, rest


#: A quotation in a translated note, in any of the six languages' marks (its inner words in group 1-4).
_QUOTATION = re.compile(r"«([^»]*)»|„([^“”]*)[“”]|“([^”]*)”|”([^”]*)”")


def _goes_on(said: str, rest: str) -> tuple[str, str]:
    """``(sentence, rest)``: the checker's sentence ``said`` (why a claim is not checked) with
    the claims file's reason that ``rest`` opens with joined on after a semicolon, one sentence
    as the English says it ("...strategic scope; the type supplied ... either (...)"), the
    reason's English quotations marked as quoted; ``said`` and ``rest`` unchanged when no
    translated bundled reason opens ``rest``."""
    from ..data.claim_notes import bundled_notes

    for note in sorted((n for n in bundled_notes() if rest.startswith(n)), key=len, reverse=True):
        local = translated(note)
        if local is not None:
            return f"{said.rstrip('.')}; {_quoting(local, note)}", rest[len(note) :].strip()
    return said, rest


def _quoting(local: str, english: str) -> str:
    """``local`` (a translated note) with each quotation it keeps word for word from ``english``
    (the note as the claims file wrote it) marked as quoted (:func:`minebelt.outputs.cited.cite`)."""

    def mark(m: re.Match[str]) -> str:
        inner = next(g for g in m.groups() if g is not None)
        return cite(inner) if inner.strip() and inner in english else m[0]

    return _QUOTATION.sub(mark, local)


def note(c: dict[str, Any]) -> str:
    """The explanation without its English verdict sentence: the checker's own sentences in the
    reader's words, then the claim file's note, as written."""
    own, rest = own_sentences(c)
    return " ".join([*own, rest]).strip()


__all__ = [
    "BY",
    "QUOTES",
    "UNITS",
    "assumptions",
    "by_words",
    "lead",
    "note",
    "own_sentences",
    "quoted",
    "gap_words",
    "stated_computed",
    "value",
]
