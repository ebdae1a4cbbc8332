"""Where a verdict's figure comes from: the citations of each row (title, publisher, date), the
state or state-aligned outlets a figure rests on, and the date the check's data speaks for.

Layer: outputs (fact-check).

A figure that rests on a state or state-aligned outlet (:data:`minebelt.model.sourcing.STATE_MEDIA`:
TASS, RIA FAN, the 'Pravda' network, ...) is said to in its row, and such a report alone never
makes a ``holds``: a fact confirmed only there is ``unverifiable``, with the reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..model.sourcing import state_media
from .kinds import verdict_text


def with_citations(row: dict[str, Any], cites: list[Any]) -> dict[str, Any]:
    """``row`` with ``citations`` (``[{"title", "publisher", "date", "url"}]``, the sources its
    figure rests on: sourced constants, dates and memberships) and, for a source on a state or
    state-aligned outlet, a sentence saying so; a ``holds`` resting on one becomes
    ``unverifiable``."""
    row["citations"] = [{"title": c.title, "publisher": c.publisher, "date": c.date, "url": c.url} for c in cites]
    weak = [(c, state_media(c)) for c in cites if state_media(c)]
    if not weak:
        return row
    said = "; ".join(f"{what} (\u201c{c.title}\u201d, {c.date})" for c, what in weak)
    note = f"The figure rests on {said}: state or state-aligned media, which alone do not confirm a figure."
    if row.get("verdict") == "holds":
        row["verdict"] = "unverifiable"
        row["verdict_text"] = verdict_text("unverifiable", str(row.get("kind", "fact")))
        row.pop("deviation", None)
        row["explanation"] = f"Not confirmed by an independent source. {note} {row.get('explanation', '')}".strip()
    else:
        row["explanation"] = f"{row.get('explanation', '')} {note}".strip()
    return row


def sourced_row(
    checker: Any, claim: dict[str, Any], check: Callable[[Any, dict[str, Any]], dict[str, Any]]
) -> dict[str, Any]:
    """``check(checker, claim)`` with the citations of what it read (its value, and the context
    and notes beside it) resolved in the row (:func:`with_citations`)."""
    checker._cites.append([])
    try:
        row = check(checker, claim)
    finally:
        beside = checker._cites.pop()
    own = checker.cites.get(claim["id"], [])
    return with_citations(row, own + [x for x in beside if x not in own])


def as_of(rows: list[dict[str, Any]]) -> str | None:
    """The newest publication date among the sources the rows rest on (ISO 8601, or a year):
    what the check's data speaks for, or None when no row cites a dated source."""
    dates = [str(c["date"]) for r in rows for c in r.get("citations", []) if re.match(r"\d{4}", str(c.get("date")))]
    return max(dates) if dates else None
