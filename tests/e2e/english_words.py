"""The English-word guard's word list, shared by the terminal, report and web page tests (not a
test module).

A line of output in a reader's language holding two or more of :data:`ENGLISH` is English left
untranslated -- except the words that are also words of that language (:data:`NATIVE`).
"""

from __future__ import annotations

#: Common English words: a line holding two of them is English prose.
ENGLISH = frozenset("the and of with years mines would from per each which not".split())
#: Words of :data:`ENGLISH` that are words of a reader's language too (Lithuanian "per":
#: through, too, per; "per metus" is Lithuanian, not English left over).
NATIVE: dict[str, frozenset[str]] = {"lt": frozenset({"per"})}


def english_words(lang: str) -> frozenset[str]:
    """:data:`ENGLISH` without the words of ``lang``."""
    return ENGLISH - NATIVE.get(lang, frozenset())
