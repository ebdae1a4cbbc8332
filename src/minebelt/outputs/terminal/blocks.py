"""Terminal rendering of the optional result blocks: one figure, one line, then the detail.

Layer: outputs. Each block is a :class:`~minebelt.outputs.report.cards.Card` (the report's and
the PDF's cards, so every output says the same thing): its headline line in bold (figure, what
it is, its 90 % interval), the line of what it assumes indented under it, and — with
``details`` (``minebelt estimate --details``) — its detail as indented sentences. Every line
wraps at the terminal's width with its continuation indented.
"""

from __future__ import annotations

from typing import Any

from ... import numbers as N
from ...i18n import gettext as _
from ...pipeline.blocks.calibration import verdict_text
from ..report.cards import Card, block_cards
from .layout import para


def card_head(card: Card) -> str:
    """``Build cost: USD 13 bn to build: mines + border-fence proxy (90 %: USD 6.2–28 bn)``."""
    head = f"{card.title}: {card.figure}" + (f" {card.label}" if card.label else "")
    return head + (f" ({card.range})" if card.range else "")


def render_card(card: Card, console: Any, details: bool = False) -> None:
    para(console, card_head(card), style="bold")
    if card.assumes:
        para(console, card.assumes, indent=2)
    if details:
        for d in card.details:
            para(console, f"- {d}", indent=2, style="dim")


def render_blocks(doc: dict[str, Any], console: Any, details: bool = False) -> bool:
    """Print the calibration line and the cards of the production, cost, clearance and
    exposure blocks present; returns True when a card has detail that was not printed."""
    cal = doc.get("calibration")
    if cal and cal["scenario"]["mines_per_km_front"]:
        style = "bold red" if cal["denser_than_every_barrier_in_table"] else "bold"
        per_km = cal["scenario"]["mines_per_km_front"]
        barrier = next((b for b in cal.get("barriers") or [] if b.get("name") == cal.get("densest_barrier")), None)
        verdict = cal["verdict"]  # the JSON's English sentence, rebuilt in the reader's language when it can be
        if barrier and barrier.get("mines_per_km_front"):
            verdict = verdict_text(
                per_km,
                barrier["mines_per_km_front"],
                cal["densest_barrier"],
                cal.get("densest_barrier_mine_types") or "",
                int(cal.get("barriers_in_table") or 0),
            )
        para(
            console,
            _("Calibration: %(per_km)s mines per km of front = %(verdict)s.")
            % {"per_km": N.num(per_km, scale=False), "verdict": verdict},
            style=style,
        )
    cards = block_cards(doc)
    for card in cards:
        render_card(card, console, details)
    return not details and any(c.details for c in cards)
