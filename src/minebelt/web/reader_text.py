"""The estimate's text for people in the reader's language, beside the English document.

Layer: interfaces. ``POST /api/estimate?lang=pl`` answers the ``minebelt.estimate/1`` document
(English keys and values: a contract) plus ``"text"``: the cards of the terminal, the report
and the PDF (:func:`minebelt.outputs.report.cards.block_cards`) written in that language, so
the page says what the other outputs say, with the same figures, in every language::

    {"lang": "pl", "cards": {"cost" | "production" | "clearance" | "clearance_cost" |
     "civilians": {"title", "figure", "label", "range", "assumes", "details": [str]}},
     "sources": [{"what": str, "cite": str, "remarks": str, ?"own_words": true, ?"english": [str]}],
     "model_sources": [{"cite": str, "remarks": str}]}

A block the estimate has not is absent from ``cards``. ``sources`` (:func:`sources_text`) are
the sources of the blocks' figures: what each gave, in the reader's words and numbers, and the
citation as published (its title is a name); ``model_sources`` the density's
(``provenance.model_sources``). ``remarks`` are minebelt's own remarks the record carries inside
the citation ("the Reuters page itself was not retrieved"), cut out of ``cite`` and given in the
reader's words, in brackets, or "" (:mod:`minebelt.outputs.cite_remarks`, as the report does);
``own_words``, on a source minebelt describes in the reader's words (its model's fit), says so,
and ``english`` lists the titles inside it kept as written. ``POST /api/extract?lang=pl`` adds the
same for the fact-check of an article (:func:`claims_text`): each claim's verdict, its stated and
computed line, its lead sentence in that language, and the checker's English note as written.
"""

from __future__ import annotations

import re
from typing import Any

from .. import i18n
from .. import numbers as N
from ..i18n import N_, gettext


def reader_text(doc: dict[str, Any], lang: str) -> dict[str, Any]:
    """The cards of ``doc`` (a ``minebelt.estimate/1`` document) in ``lang`` (one of
    :data:`minebelt.i18n.LANGS`), keyed by block."""
    from ..outputs.report.cards import block_cards

    with i18n.language(lang):
        cards = block_cards(doc)
        sources = sources_text(doc)
        model = [_with_remarks({"cite": str(c)}) for c in (doc.get("provenance") or {}).get("model_sources") or []]
    keep = ("title", "figure", "label", "range", "assumes")
    return {
        "lang": lang,
        "cards": {c.key: {**{k: getattr(c, k) for k in keep}, "details": list(c.details)} for c in cards},
        "sources": sources,
        "model_sources": model,
    }


def _with_remarks(entry: dict[str, str]) -> dict[str, str]:
    """``entry`` with minebelt's remarks cut out of its ``cite`` and, in the reader's words,
    in ``remarks`` (``"(strony Reutersa nie pobrano)"``, or ""); in English as recorded, as
    the English report shows it."""
    from ..outputs import cite_remarks

    if i18n.current() == "en":
        return {**entry, "remarks": ""}
    cite, found = cite_remarks.split(entry["cite"])
    return {**entry, "cite": cite, "remarks": cite_remarks.remarks(found).strip()}


#: What a block's source entry that is neither an input's cited default nor a plain citation
#: gave (``clearance yardstick ...: CITATION``, ``clearance workforce preset ...: CITATION``).
_ENTRY_WHAT = {
    "clearance yardstick ": N_("A yardstick of national clearance output (context, not the estimate)"),
    "clearance workforce preset ": N_("Deminers at work"),
}


def sources_text(doc: dict[str, Any]) -> list[dict[str, str]]:
    """The sources of the blocks' figures in the current language: ``[{"what", "cite",
    "remarks"}]``, one
    entry per citation (in the document's order), ``what`` the inputs it gave with their values
    and units in the reader's words and numbers (the report's assumptions tables), ``cite`` the
    citation as the block records it (publisher, title as published, date, place, address),
    ``remarks`` minebelt's own remarks inside it in the reader's words (:func:`_with_remarks`)."""
    from ..outputs.report.assumptions import assumptions
    from ..outputs.report.local_sources import yardstick
    from ..outputs.report.views import default_source, input_label

    out: dict[str, list[str]] = {}
    own: dict[str, str] = {}  # minebelt's own description of a source, in the reader's words -> its English
    for key in ("production", "cost", "clearance"):
        for r in assumptions(key, doc.get(key), None, doc):
            if r["kind"] == "cited" and r["source"]:
                if r.get("own_words"):
                    own[str(r["source"])] = str(r["own_words"])
                # a value in words (the minefield condition) and its description: a dash between
                sep = " \u2014 " if r["name"] == input_label("clearance.minefield_condition") else " "
                out.setdefault(str(r["source"]), []).append(
                    f"{r['name']}: {_with_unit(str(r['value']), r['unit'], sep)}"
                )
    with i18n.language("en"):  # a source the tables word in the reader's language is known in English too
        english = [
            str(r["source"]) for k in ("production", "cost", "clearance") for r in assumptions(k, doc.get(k), None, doc)
        ]
    known = {c[:80] for c in [*out, *english]}
    for key in ("production", "cost", "clearance"):
        for s in (doc.get(key) or {}).get("sources") or []:
            d = default_source(s)
            cite = d[3] if d else str(s)
            what = ""
            for prefix, words in _ENTRY_WHAT.items():
                if cite.startswith(prefix):
                    cite, what = cite[len(prefix) :], gettext(words)
                    if prefix.endswith("preset "):  # "ukraine-2024: CITATION": the preset's name is not the source
                        cite = cite.partition(": ")[2] or cite
                    found = yardstick(cite) if prefix.endswith("yardstick ") else None
                    if found:  # its programme and rate in the reader's words, the citation as published
                        cite, what = found[0], f"{what}: {found[1]}"
            if cite[:80] not in known:
                out.setdefault(cite, []).extend([what] if what else [])
                known.add(cite[:80])
    exposure = (doc.get("exposure") or {}).get("source")
    if isinstance(exposure, str) and exposure:
        head, sep, rest = exposure.partition(": ")
        if sep and head == "Populated places":
            out.setdefault(rest, []).append(gettext("Populated places and their people"))
        else:
            out.setdefault(exposure, [])
    return [
        _own_words(_with_remarks({"what": "; ".join(w for w in whats if w), "cite": _cited(cite)}), own.get(cite))
        for cite, whats in out.items()
    ]


#: A value's closing remark in parentheses (``302 400–1 977 000 (rozkład jednostajny; ceny z 2022 r.)``).
_REMARK = re.compile(r"(?P<value>.+?) (?P<remark>\((?:[^()]|\([^()]*\))*\))")


def _with_unit(value: str, unit: Any, sep: str = " ") -> str:
    """``value`` and its ``unit`` as one figure: the unit right after the number or range, before
    the value's remark in parentheses (``302 400–1 977 000 USD za km (rozkład jednostajny; ...)``),
    as the assumptions table's two columns read; after ``sep`` otherwise."""
    if not unit:
        return value
    m = _REMARK.fullmatch(value) if sep == " " else None
    return f"{m['value']} {unit} {m['remark']}" if m else f"{value}{sep}{unit}"


def _own_words(entry: dict[str, Any], recorded: str | None) -> dict[str, Any]:
    """``entry`` whose ``cite`` is minebelt's own description in the reader's words (``recorded``
    its English) with ``"own_words": true`` and ``"english"``: the titles it quotes as written
    (``["'Back-test of the clearance model'"]``), the only parts a page marks English; any other
    entry (a citation as published, English whole) as it is."""
    if recorded is None or i18n.current() == "en":
        return entry
    from ..outputs.report.fmt import _QUOTED

    english = [m[0] for m in _QUOTED.finditer(entry["cite"]) if m[0][1:-1].strip() in recorded]
    return {**entry, "own_words": True, "english": english}


#: A citation's date or month after its title (``“Title” (2025-07-07)``, ``“Title” (2026-01)``).
_TITLE_DATE = re.compile(r"(\u201d \()(\d{4}-\d{2}(?:-\d{2})?)(\))")


def _cited(cite: str) -> str:
    """A citation as published, its date in the reader's format; without the block's English
    "Figures: ..." working that follows it (what the source gave is said in the reader's words
    beside it, and the report's assumptions tables keep the working)."""
    head = cite.split(". Figures: ", 1)[0]
    return _TITLE_DATE.sub(lambda m: m.group(1) + N.month(m.group(2)) + m.group(3), head)


def claims_text(doc: dict[str, Any], lang: str) -> dict[str, Any]:
    """Each claim of ``doc`` (a ``minebelt.factcheck/2`` document) in ``lang``, as the terminal
    says it: ``{"lang", "summary", "claims": {id: {"verdict", "line", "lead", "own_note", "note"}}}``; ``lead`` is the
    verdict's sentence and what else minebelt generates, ``own_note`` a bundled claims file's note
    in ``lang`` (a catalogue message), ``note`` any other note (a user's own), shown as written in
    English."""
    from ..outputs import claim_notes as CN
    from ..outputs import claim_words as CW
    from ..outputs import local_plans as LP
    from ..outputs.terminal.tables import verdict_by
    from ..outputs.verdicts import verdict_summary

    with i18n.language(lang):
        claims = {}
        for c in doc.get("claims") or []:
            if not (isinstance(c, dict) and "id" in c):
                continue
            # what minebelt generates in the reader's words (a plan's explanation, exchange rates);
            # the claims file's own note as written
            generated, note, closing = LP.explanation_parts(c)
            own_note, note = CN.split(note)  # a bundled note in the reader's words; any other as written
            claims[str(c["id"])] = {
                "verdict": verdict_by(c),
                "line": CW.stated_computed(c),
                "lead": " ".join(x for x in (CW.lead(c), *generated, closing) if x),
                "own_note": own_note,
                "note": note,
            }
        summary = verdict_summary(str(c.get("verdict")) for c in doc.get("claims") or [] if isinstance(c, dict))
    return {"lang": lang, "summary": summary, "claims": claims}


__all__ = ["claims_text", "reader_text", "sources_text"]
