"""The notes of the bundled claims files (``data/examples/*-claims.toml``) as catalogue messages.

Layer: data. A bundled claim's ``note`` is minebelt's own reason for its verdict, so it is
translated like any other message: :func:`extract` is the Babel extraction method for those
files (``babel.cfg``; message context :data:`CONTEXT`, a ``TRANSLATORS:`` comment naming the
claim), and :func:`bundled_notes` lists the same notes, so a reader's language can tell a
bundled note (a catalogue message) from a user's own note (shown as written).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from functools import cache
from typing import IO, Any

from .examples import examples_dir

#: The message context of every claims-file note in the catalogues.
CONTEXT = "claims-file note"
#: The bundled claims files, by name (the scenarios' files carry no notes).
PATTERN = "*-claims.toml"


def notes_of(text: str) -> list[tuple[str, str]]:
    """``[(claim id, note), ...]`` of a claims file's TOML ``text``, in file order; claims
    without a note are left out. Raises ``tomllib.TOMLDecodeError`` on a malformed file."""
    doc = tomllib.loads(text)
    out = []
    for claim in doc.get("claims") or []:
        note = claim.get("note") if isinstance(claim, dict) else None
        if isinstance(note, str) and note.strip():
            out.append((str(claim.get("id") or ""), note))
    return out


@cache
def bundled_notes() -> dict[str, str]:
    """``{note: claim id}`` of every bundled claims file (empty without the bundled examples)."""
    folder = examples_dir()
    if folder is None:
        return {}
    out: dict[str, str] = {}
    for path in sorted(folder.glob(PATTERN)):
        for claim_id, note in notes_of(path.read_text(encoding="utf-8")):
            out.setdefault(note, claim_id)
    return out


def extract(
    fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: Any
) -> Iterator[tuple[int, str, tuple[str, str], list[str]]]:
    """Babel's extraction method for a claims file: each note as ``pgettext(CONTEXT, note)`` at
    its line, with a ``TRANSLATORS:`` comment naming the claim (``keywords``, ``comment_tags``
    and ``options`` are Babel's; unused)."""
    text = fileobj.read().decode("utf-8")
    lines = text.splitlines()
    start = 0
    for claim_id, note in notes_of(text):
        lineno = next(
            (i + 1 for i in range(start, len(lines)) if lines[i].lstrip().startswith("note")),
            0,
        )
        start = lineno or start
        comment = f"TRANSLATORS: the note of claim {claim_id}: minebelt's own reason for the verdict"
        yield lineno, "pgettext", (CONTEXT, note), [comment]
