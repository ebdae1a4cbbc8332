"""Plain text into paragraphs and sentences, with the parts that are not quantities masked.

Layer: outputs (fact-check: claim extraction).

A paragraph is a block of lines between blank lines (or one line, in text with a paragraph on
each line). Web pages copied as text often lose the break between paragraphs and even the space
after a full stop ("...the Convention.Thus, at the beginning..."): a full stop between a
lower-case letter or a digit and a capital letter is read as a sentence break as well.

Masked before quantities are read (replaced by spaces of the same length, so positions hold):
article and law numbers ("Article 1(1)(c)", "Law No. 2566-IV"), model designations
("M16A1", "155mm" shells), and dates written with dots ("18.05.2005"), which are read as
dates on their own (:mod:`.dates`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_BREAK = re.compile(r"\n\s*\n")
# a sentence ends at . ! ? (then space or end), or at a full stop glued to the next
# sentence's capital ("minefields.In addition"); never inside "U.S." or "No. 5"
_SENTENCE_END = re.compile(r"(?<=[a-z0-9%²)\]\"'”])([.!?][\"”’']?)(?=\s+[A-Z“\"(]|[A-Z][a-z]|\s*$)")
_MASKS = (
    re.compile(r"\b(?:Article|Art\.)\s*\d+(?:\(\d+\))*(?:\([a-z]\))*", re.I),
    re.compile(r"\b(?:Law|Resolution|Decree|Decision)\s+No\.?\s*[\w/-]+", re.I),
    re.compile(r"\bNo\.\s*\d[\w/-]*"),
    re.compile(r"\b[A-Z]{1,3}\d+[A-Z]*\d*\b"),  # M14, M16A1, M692, T-72 style designations
    re.compile(r"\b\d+\s?mm\b"),  # calibres: a designation, not a measure of the belt
    re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b"),  # 18.05.2005: a date (read by .dates)
)


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text, the same text with non-quantities masked, its paragraph and
    its position in the article (0-based)."""

    text: str
    masked: str
    paragraph: int
    index: int


def mask(text: str) -> str:
    """``text`` with designations, article numbers and dotted dates blanked out (same length)."""
    out = text
    for pat in _MASKS:
        out = pat.sub(lambda m: " " * len(m.group(0)), out)
    return out


#: Longest sentence read as one: longer runs without a full stop (a table pasted as text) are
#: cut at spaces into pieces of at most this many characters, so the work per sentence stays
#: bounded (quantity parsing is slow on very long strings).
SENTENCE_CHARS_MAX = 1_000


def _pieces(sentence: str) -> list[str]:
    out = []
    while len(sentence) > SENTENCE_CHARS_MAX:
        cut = sentence.rfind(" ", 0, SENTENCE_CHARS_MAX)
        cut = cut if cut > 0 else SENTENCE_CHARS_MAX
        out.append(sentence[:cut].strip())
        sentence = sentence[cut:].strip()
    return [*out, sentence] if sentence else out


#: A heading glued to the sentence after it by a copied page ("... eastern flankThe
#: Demilitarized Zone ..."): a lower-case word run into a capitalised sentence opener.
_GLUED_HEADING = re.compile(r"(?<=[a-z]{3})(?=(?:The|A|An|In|On|At|This|These|Since|After|Before)\s)")


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of one paragraph (stripped, non-empty, at most ``SENTENCE_CHARS_MAX``
    characters each); a heading glued to the next sentence is a piece of its own."""
    flat = " ".join(paragraph.split())
    return [s for part in _GLUED_HEADING.split(flat) for s in _split_flat(part)]


def _split_flat(flat: str) -> list[str]:
    out, start = [], 0
    for m in _SENTENCE_END.finditer(flat):
        end = m.end(1)
        piece = flat[start:end].strip()
        if piece:
            out.extend(_pieces(piece))
        start = end
    tail = flat[start:].strip()
    if tail:
        out.extend(_pieces(tail))
    return out


def paragraphs(text: str) -> list[str]:
    """Blocks between blank lines; a block whose lines are each long prose is one paragraph per
    line (text copied from a web page keeps a paragraph on each line)."""
    blocks = [b for b in _BREAK.split(text.replace("\r\n", "\n").replace("\r", "\n")) if b.strip()]
    out: list[str] = []
    for b in blocks:
        lines = [ln for ln in b.split("\n") if ln.strip()]
        if len(lines) > 1 and all(len(ln) > 200 or ln.rstrip().endswith((".", "!", "?", ":")) for ln in lines):
            out.extend(lines)
        else:
            out.append(b)
    return out


def sentences(text: str) -> list[Sentence]:
    """Every sentence of the article, in order, with its paragraph number."""
    out: list[Sentence] = []
    for p, para in enumerate(paragraphs(text)):
        for s in split_sentences(para):
            out.append(Sentence(s, mask(s), p, len(out)))
    return out


__all__ = ["SENTENCE_CHARS_MAX", "Sentence", "mask", "paragraphs", "sentences", "split_sentences"]
