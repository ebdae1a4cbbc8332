"""minebelt's own remarks inside a citation record, told apart from the citation.

Layer: outputs. A citation (``model/*_sources.py``) is recorded in English, and a few records
carry, inside their publisher or locator, a remark that is minebelt's, not the source's: how the
source was read ("the Reuters page itself was not retrieved") or what minebelt did with it
("conversions are minebelt's own calculation", "bundled with minebelt from the cpi package
2.1.0", "mines are not itemised"). The JSON documents keep each citation as
recorded (a contract); a reader of another language sees the citation as written, marked
English, and these remarks after it in the reader's words (:func:`split`, :func:`remarks`).
"""

from __future__ import annotations

import html
import re

from .. import i18n
from .. import numbers as N
from ..i18n import N_
from ..i18n import gettext as _

#: minebelt's remarks as the citation records word them (each a catalogue message).
REMARKS = (
    N_("the Reuters page itself was not retrieved"),
    N_("the Yle original was not retrieved"),
    N_("the UN Treaty Collection's text was not retrieved"),
    N_("the English text itself was not retrieved"),
    N_("annual average of each figure's price year and of the target price year"),
    N_("conversions are minebelt's own calculation"),
    N_("deflation is minebelt's own calculation"),
    N_("conversions and deflation are minebelt's own calculation"),
    N_("the Landmine Monitor 2024 'Impact' chapter itself was not read: figures as relayed"),
    N_("the rate of each figure's price date (the last TARGET working day on or before it)"),
    N_("bundled with minebelt from the %(package)s package %(version)s"),
    N_("via the %(package)s package"),
    N_("the URL id starts %(id)s; posted %(date)s %(time)s"),
    N_("the global.espreso.tv article's own address not recorded (read as UA News relays it)"),
    N_("details: %(source)s, %(date)s (%(url)s)"),
    N_("mines are not itemised"),
)

#: What a remark's placeholder matches in a record; a date, a time and an address's id (its
#: leading date) are shown in the reader's format (CLDR through Babel), the others as written.
_VALUES = {
    "package": r"[A-Za-z][\w.-]*",
    "version": r"\d+(?:\.\d+)*",
    "id": r"\d{8}",
    "date": r"\d{4}-\d{2}-\d{2}",
    "time": r"\d{2}:\d{2}",
    "source": r"[A-Z][\w.-]*",
    "url": r"(?:<a [^>]*>)?https?://[^\s()<>\"]+(?:</a>)?",  # as written, or a page's link
}
_PLACEHOLDER = re.compile(r"%\((\w+)\)s")

#: An apostrophe as the record writes it, or escaped for a page (``&#x27;``, ``&#39;``).
_APOSTROPHE = "(?:'|&#x27;|&#39;)"


def _words(remark: str, named: bool) -> str:
    """The remark as a regular expression: its placeholders as what they match (named groups
    when ``named``), an apostrophe as written or escaped."""
    out = []
    for i, part in enumerate(_PLACEHOLDER.split(remark)):
        if i % 2:
            out.append(f"(?P<{part}>{_VALUES[part]})" if named else f"(?:{_VALUES[part]})")
        else:
            out.append(_APOSTROPHE.join(re.escape(p) for p in part.split("'")))
    return "".join(out)


def _pattern(remark: str) -> re.Pattern[str]:
    """The remark with what sets it apart: brackets of its own (`` (...)``), the separator
    before it (``; `` or ``, ``) or, first inside brackets, the ``; `` after it: what
    :func:`split` cuts out, leaving the citation's own punctuation; the remark is group 1, 2 or 3."""
    w = _words(remark, named=False)
    return re.compile(rf" \(({w})\)(?=[;,.]|$)|[;,] ({w})(?=[;,)]|$)|(?<=\()({w}); ")


_PATTERNS = tuple((remark, _pattern(remark), re.compile(_words(remark, named=True))) for remark in REMARKS)


def split(text: str) -> tuple[str, list[str]]:
    """``(citation, remarks)``: ``text`` (a citation as recorded, plain or escaped for a page)
    without minebelt's remarks, and those remarks (English, as the record words them) in the
    order of :data:`REMARKS`; ``(text, [])`` when it has none. ``"Reuters, relayed; the Reuters
    page itself was not retrieved, “Title”"`` -> ``("Reuters, relayed, “Title”",
    ["the Reuters page itself was not retrieved"])``."""
    found: list[str] = []

    def cut(m: re.Match[str]) -> str:
        found.append(html.unescape(next(g for g in m.groups() if g is not None)))
        return ""

    for _remark, pattern, _named in _PATTERNS:
        text = pattern.sub(cut, text)
    return text, found


def _value(name: str, value: str) -> str:
    """A placeholder's value in the reader's format: a date and a time through Babel; an
    address's id that starts with a date (``20181001``, YYYYMMDD) is that date."""
    if name == "id":
        name, value = "date", f"{value[:4]}-{value[4:6]}-{value[6:]}"
    if name == "url":  # the address alone, not the page's link around it
        return re.sub(r"<[^>]+>", "", value)
    if name == "date":
        return N.day(value)
    if name == "time" and i18n.current() != "en":
        import datetime as dt

        from babel.dates import format_time

        return format_time(dt.time.fromisoformat(value), format="short", locale=i18n.current())
    return value


def words(remark: str) -> str:
    """One remark as :func:`split` found it (English) in the reader's words, its date and time
    in the reader's format: ``"the cpi package 2.1.0"`` -> ``"z pakietu cpi 2.1.0"``; a text
    that is none of :data:`REMARKS` as written."""
    for msgid, _cut, named in _PATTERNS:
        m = named.fullmatch(remark)
        if m is not None:
            values = {k: _value(k, v) for k, v in m.groupdict().items()}
            return _(msgid) % values if values else _(msgid)
    return remark


def remarks(found: list[str]) -> str:
    """``found`` (:func:`split`'s remarks) in the reader's words, in brackets after the
    citation: ``" (strony Reutersa nie pobrano)"``; empty for none."""
    return f" ({'; '.join(words(r) for r in found)})" if found else ""


__all__ = ["REMARKS", "remarks", "split", "words"]
