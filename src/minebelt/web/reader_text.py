"""The estimate's text for people in the reader's language, beside the English document.

Layer: interfaces. ``POST /api/estimate?lang=pl`` answers the ``minebelt.estimate/1`` document
(English keys and values: a contract) plus ``"text"``: the cards of the terminal, the report
and the PDF (:func:`minebelt.outputs.report.cards.block_cards`) written in that language, so
the page says what the other outputs say, with the same figures, in every language::

    {"lang": "pl", "cards": {"cost" | "production" | "clearance" | "clearance_cost" |
     "civilians": {"title", "figure", "label", "range", "assumes", "details": [str]}}}

A block the estimate has not is absent from ``cards``.
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


__all__ = ["reader_text"]
