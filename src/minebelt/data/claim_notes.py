"""The notes of the bundled claims files (``data/examples/*-claims.toml``) as catalogue messages.

Layer: data. A bundled claim's ``note`` is minebelt's own reason for its verdict, so it is
translated like any other message: :func:`extract` is the Babel extraction method for those
files (``babel.cfg``; message context :data:`CONTEXT`, a ``TRANSLATORS:`` comment naming the
claim), and :func:`bundled_notes` lists the same notes, so a reader's language can tell a
bundled note (a catalogue message) from a user's own note (shown as written).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from functools import cache
from typing import IO, Any

from .examples import examples_dir

#: The message context of every claims-file note in the catalogues.
CONTEXT = "claims-file note"
#: The bundled claims files, by name (the scenarios' files carry no notes).
PATTERN = "*-claims.toml"


#: Reasons a bundled claim is unverifiable that the checker words itself (a scope, a forecast):
#: the rest after ``; `` is the file's own.
_WORDED = ("munition ", "a conditional forecast whose ")
#: Readings the drafter words itself, translated by their pattern where they are shown.
_READ = re.compile(r".+'s withdrawal in effect (?:by then|by the beginning of \d{4})")


def _own_words(claim: dict[str, Any]) -> list[str]:
    """A claim's words that minebelt's own files write beside its note: why it is unverifiable
    (``compute.unverifiable``), what a reading is of (``reading.as``) and the labels of its
    side figures (``context``)."""
    out = []
    compute, reading = claim.get("compute"), claim.get("reading")
    why = compute.get("unverifiable") if isinstance(compute, dict) else None
    if isinstance(why, str) and why.startswith(_WORDED):
        why = why.partition("; ")[2]
        why = why if not why or why.endswith((".", "!", "?")) else why + "."  # the checker ends it
    out.append(why if isinstance(why, str) else "")
    said = reading.get("as") if isinstance(reading, dict) else None
    out.append(said if isinstance(said, str) and not _READ.fullmatch(said) else "")
    context = claim.get("context")
    # a label whose figure goes inside its words ("{value} a year") is a message too: its
    # translation keeps "{value}" where the reader's grammar puts the figure
    out += [k for k in (context if isinstance(context, dict) else {}) if isinstance(k, str)]
    return [x for x in out if x.strip()]


def notes_of(text: str) -> list[tuple[str, str]]:
    """``[(claim id, note), ...]`` of a claims file's TOML ``text``, in file order: each claim's
    ``note``, then why it is unverifiable, what its reading is of and its context labels
    (minebelt's words too, in a bundled file); claims without them are left out. Raises ``tomllib.TOMLDecodeError`` on a
    malformed file."""
    doc = tomllib.loads(text)
    out = []
    for claim in doc.get("claims") or []:
        if not isinstance(claim, dict):
            continue
        note = claim.get("note")
        for words in ([note] if isinstance(note, str) and note.strip() else []) + _own_words(claim):
            out.append((str(claim.get("id") or ""), words))
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
            (i + 1 for i in range(len(lines)) if note.replace("\\", "") in lines[i].replace("\\", "")),
            next((i + 1 for i in range(start, len(lines)) if lines[i].lstrip().startswith("note")), 0),
        )
        start = lineno or start
        comment = f"TRANSLATORS: the note of claim {claim_id}: minebelt's own reason for the verdict"
        yield lineno, "pgettext", (CONTEXT, note), [comment]
