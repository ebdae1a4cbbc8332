"""A claim's note in the reader's language when it is a bundled claims file's (a catalogue message).

Layer: outputs. The explanation's rest after the sentences minebelt words itself
(:func:`minebelt.outputs.local_plans.explanation_parts`) holds the claims file's ``note``. A
note of a bundled claims file is minebelt's own reason, a catalogue message
(:mod:`minebelt.data.claim_notes`), as are the file's other words minebelt writes (why a claim
is unverifiable) and the notes the article drafter writes (:mod:`.draft_words`): each is shown
translated, without the "[in English]" marker.
Any other text -- a user's own note, or what the checker wrote around the note -- stays as
written, marked English. Only a whole known note is ever translated, never part of one.
"""

from __future__ import annotations

from ..data.claim_notes import CONTEXT, bundled_notes
from ..i18n import current, pgettext
from .cited import plain
from .draft_words import own_notes

#: One piece of the rest: ``(text, translated)``; ``translated`` False means English as written.
Piece = tuple[str, bool]


def translated(note: str) -> str | None:
    """The bundled ``note`` in the reader's language, or None (English, a note no bundled file
    has, or one the reader's catalogue lacks)."""
    if current() == "en" or note not in bundled_notes():
        return None
    local = pgettext(CONTEXT, note)
    return local if local and local != note else None


def _find(rest: str) -> str | None:
    """The longest bundled note found whole in ``rest`` that starts or ends a sentence of it."""
    best = None
    for note in bundled_notes():
        if len(note) > len(best or "") and note in rest:
            i = rest.index(note)
            before, after = rest[:i], rest[i + len(note) :]
            if (not before or before.endswith(" ")) and (not after or after.startswith(" ")):
                best = note
    return best


def pieces(rest: str) -> list[Piece]:
    """``rest`` split into the pieces a reader sees: a bundled note translated (``True``), the
    rest of the text in English as written (``False``); ``[(rest, False)]`` when no bundled note
    in it has a translation; ``[]`` for an empty ``rest``."""
    rest = rest.strip()
    if not rest:
        return []
    note = _find(rest) if current() != "en" else None
    local = translated(note) if note else None
    if note is None or local is None:  # the article drafter's own notes, then the rest as written
        own, after = own_notes(rest) if current() != "en" else ([], rest)
        return [*((plain(x), True) for x in own), *pieces(after)] if own else [(rest, False)]
    before, _sep, after = rest.partition(note)
    # a bundled file's words beside its note (why it is unverifiable): each translated too
    return [*pieces(before), (local, True), *pieces(after)]


def split(rest: str) -> tuple[str, str]:
    """``(translated note, English rest)`` of :func:`pieces`, each "" when there is none."""
    parts = pieces(rest)
    return (
        " ".join(text for text, local in parts if local),
        " ".join(text for text, local in parts if not local),
    )


__all__ = ["Piece", "pieces", "split", "translated"]
