"""The estimate's text for people in the reader's language, beside the English document.

Layer: interfaces. ``POST /api/estimate?lang=pl`` answers the ``minebelt.estimate/1`` document
(English keys and values: a contract) plus ``"text"``: the cards of the terminal, the report
and the PDF (:func:`minebelt.outputs.report.cards.block_cards`) written in that language, so
the page says what the other outputs say, with the same figures, in every language::

    {"lang": "pl", "cards": {"cost" | "production" | "clearance" | "clearance_cost" |
     "civilians": {"title", "figure", "label", "range", "assumes", "details": [str]}}}

A block the estimate has not is absent from ``cards``. ``POST /api/extract?lang=pl`` adds the
same for the fact-check of an article (:func:`claims_text`): each claim's verdict, its stated and
computed line, its lead sentence in that language, and the checker's English note as written.
"""

from __future__ import annotations

from typing import Any

from .. import i18n


def reader_text(doc: dict[str, Any], lang: str) -> dict[str, Any]:
    """The cards of ``doc`` (a ``minebelt.estimate/1`` document) in ``lang`` (one of
    :data:`minebelt.i18n.LANGS`), keyed by block."""
    from ..outputs.report.cards import block_cards

    with i18n.language(lang):
        cards = block_cards(doc)
    keep = ("title", "figure", "label", "range", "assumes")
    return {
        "lang": lang,
        "cards": {c.key: {**{k: getattr(c, k) for k in keep}, "details": list(c.details)} for c in cards},
    }


def claims_text(doc: dict[str, Any], lang: str) -> dict[str, Any]:
    """Each claim of ``doc`` (a ``minebelt.factcheck/2`` document) in ``lang``, as the terminal
    says it: ``{"lang", "summary", "claims": {id: {"verdict", "line", "lead", "note"}}}``; ``lead`` is the
    verdict's sentence and what else minebelt generates, ``note`` the claims file's own English
    annotation, shown as written."""
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
            claims[str(c["id"])] = {
                "verdict": verdict_by(c),
                "line": CW.stated_computed(c),
                "lead": " ".join(x for x in (CW.lead(c), *generated, closing) if x),
                "note": note,
            }
        summary = verdict_summary(str(c.get("verdict")) for c in doc.get("claims") or [] if isinstance(c, dict))
    return {"lang": lang, "summary": summary, "claims": claims}


__all__ = ["claims_text", "reader_text"]
