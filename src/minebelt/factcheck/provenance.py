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
from dataclasses import replace
from functools import cache
from typing import Any

from ..model.sourcing import Citation, state_media, state_media_also, state_media_listed
from .kinds import verdict_text
from .plans import NOT_REFUTED

#: A date, never digits inside a word ("02c35600502c20cd.txt" holds none).
_DATE = re.compile(r"(?<!\w)\d{4}(?:-\d{2}(?:-\d{2})?)?(?!\w)")
_URL = re.compile(r"https?://\S+")
#: When an undated page was read: not a date its figure speaks for.
_ACCESSED = re.compile(r"accessed[^);]*")
#: A document's title in a ``sources`` line, in curly quotes.
_TITLE = re.compile("\u201c([^\u201d]+)\u201d")


def parse_sources(lines: Any) -> dict[str, list[Citation]]:
    """The citations of a claims file's ``sources`` list, by name: each line
    ``"Name: Publisher, date, ..., url"``, several documents of one name separated by ``"; "``,
    read loosely (publisher: the first part; title: the first text in curly quotes
    ``“...”``, else the publisher, never the name, which is a key the reader does not know; date: the first part that is a date, else the first date in
    the text; url: the first address). A line without ``"Name: "`` is skipped."""
    out: dict[str, list[Citation]] = {}
    for line in lines if isinstance(lines, list) else []:
        name, sep, rest = str(line).partition(": ")
        if not sep or not name.strip() or not rest.strip():
            continue
        for doc in re.split(r";\s+(?=[^;]*https?://)", rest):
            url = next(iter(_URL.findall(doc)), "").rstrip(".,;)")
            quoted = _TITLE.search(doc)
            # a title may hold commas and dates of its own: read it first, the rest without it
            doc = _TITLE.sub("", doc, count=1) if quoted else doc
            parts = [x.strip() for x in _URL.sub("", doc).split(",") if x.strip()]
            if not parts:
                continue
            whole = [x for x in parts[1:] if _DATE.fullmatch(x) or x.lower() == UNDATED]
            found = _DATE.search(", ".join(parts[1:])) or _DATE.search(parts[0])
            date = whole[0].lower() if whole else (found.group(0) if found else "")
            key = name.strip()
            # "bstok.pl, citing the Polish Border Guard": the outlet that published the page, and
            # whom it cites, both in its publisher
            if len(parts) > 1 and parts[1].lower().startswith("citing "):
                parts[:2] = [f"{parts[0]}, {parts[1]}"]
            title = quoted.group(1).strip() if quoted else parts[0]
            # the words the line gives the document (the figures it is cited for among them)
            said = " ".join([*([quoted.group(1)] if quoted else []), _URL.sub("", doc).strip()])
            out.setdefault(key, []).append(
                Citation(key=key, title=title, publisher=parts[0], date=date, url=url, quote=said)
            )
    return out


def _own_sources(checker: Any, claim: dict[str, Any]) -> list[Citation]:
    """The citations of the claim's own ``source``, as the file's ``sources`` list gives it."""
    return list(getattr(checker, "sources", {}).get(str(claim.get("source") or "").strip(), []))


def _unique(cites: list[Any]) -> list[Any]:
    """``cites`` without repeats: one entry per (title, publisher, date, url), the first kept."""
    seen: set[tuple[str, str, str, str]] = set()
    out = []
    for c in cites:
        k = (c.title, c.publisher, c.date, c.url)
        if k not in seen:
            seen.add(k)
            out.append(c)
    return out


def _named(c: Any) -> str:
    """How a sentence names a cited document beside its outlet: its title and date, or its date
    alone when it has no title of its own (the title is then the publisher, already named)."""
    return f"\u201c{c.title}\u201d, {c.date}" if c.title and c.title != c.publisher else str(c.date)


def _same_document(a: Any, b: Any) -> bool:
    """True when two citations name one document: the same title, publisher and date."""
    return bool(a.title and a.date) and (a.title, a.publisher, a.date) == (b.title, b.publisher, b.date)


#: A state or state-aligned outlet a citation names beside the one its figure rests on.
ALSO_REPORTED = "Also reported by {outlets}: state or state-aligned media, not what the figure rests on."


#: The claim's own sources all on state or state-aligned outlets: the words rest on them alone.
REPORTED_ALONE = (
    "The claim is known only from {outlets}: state or state-aligned media, which alone do not confirm that it was said."
)


def _cited(c: Any) -> dict[str, Any]:
    """A citation in the JSON: ``{"title", "publisher", "date", "url"}``, and for a state or
    state-aligned outlet ``"state_media": {"outlet", "listed"}`` (what a reader should know of
    it, and whose list names it: :data:`minebelt.model.sourcing.STATE_MEDIA_LISTED`)."""
    out: dict[str, Any] = {"title": c.title, "publisher": c.publisher, "date": c.date, "url": c.url}
    if what := state_media(c):
        out["state_media"] = {"outlet": what, "listed": state_media_listed(c)}
    return out


def with_citations(row: dict[str, Any], cites: list[Any], own: list[Any] | None = None) -> dict[str, Any]:
    """``row`` with ``citations`` (``[{"title", "publisher", "date", "url"}]``: the claim's own
    source, ``own``, first, then the sources its figure rests on: sourced constants, dates and
    memberships; no repeats) and, for any of them on a state or state-aligned outlet (by the
    host of its address), a sentence saying so; a ``holds`` whose figure rests on one becomes
    ``unverifiable`` (the claim's own source reports the claim, it does not make the figure)."""
    cites = _unique(list(cites))
    # a document the figure's citations already name (same address) is given once, as they name it
    own = _unique([next((x for x in cites if c.url and x.url == c.url), c) for c in own or []])
    # the same document at another address (a relay of the article): once, at the claim's own
    cites = [c for c in cites if c not in own and not any(_same_document(c, o) for o in own)]
    # one address, one entry: a claims file may name the document its bundled figure cites under
    # another title (the first naming is kept)
    listed, urls = [], set()
    for c in own + cites:
        if c.url and c.url in urls:
            continue
        urls.add(c.url)
        listed.append(c)
    row["citations"] = [_cited(c) for c in listed]
    reported = [(c, state_media(c)) for c in own if state_media(c)]
    if reported:
        said = "; ".join(f"{what} ({_named(c)})" for c, what in reported)
        # no other report of the claim: that it was said at all rests on state media
        note = (
            REPORTED_ALONE.format(outlets=said)
            if len(reported) == len(own)
            else f"The claim is reported by {said}: state or state-aligned media."
        )
        text = str(row.get("explanation", ""))
        # a plan's rule that no model refutes it stays last
        head, last = (text.removesuffix(NOT_REFUTED), NOT_REFUTED) if text.endswith(NOT_REFUTED) else (text, "")
        row["explanation"] = " ".join(x for x in (head.strip(), note, last) if x)
    # the outlet alone: the title and date in the citation are of the report that names it
    also = list(dict.fromkeys(what for c in own + cites for what in state_media_also(c)))
    if also:
        said = "; ".join(also)
        text = str(row.get("explanation", ""))
        head, last = (text.removesuffix(NOT_REFUTED), NOT_REFUTED) if text.endswith(NOT_REFUTED) else (text, "")
        row["explanation"] = " ".join(x for x in (head.strip(), ALSO_REPORTED.format(outlets=said), last) if x)
    weak = [(c, state_media(c)) for c in cites if state_media(c)]
    if not weak:
        return row
    said = "; ".join(f"{what} ({_named(c)})" for c, what in weak)
    note = f"The figure rests on {said}: state or state-aligned media, which alone do not confirm a figure."
    if row.get("verdict") == "holds":
        row["verdict"] = "unverifiable"
        row["verdict_text"] = verdict_text("unverifiable", str(row.get("kind", "fact")))
        row.pop("deviation", None)
        row["explanation"] = f"Not confirmed by an independent source. {note} {row.get('explanation', '')}".strip()
    else:
        row["explanation"] = f"{row.get('explanation', '')} {note}".strip()
    return row


#: A document named in a row's text: "(Publisher, 2026-01-14)", "(cost confirmed by ERR, 2026-02-19)".
_NAMED = re.compile(r"\(([^()]*?), (\d{4}(?:-\d{2}){0,2})\)")


def named_in_text(text: str, known: dict[str, list[Citation]]) -> list[Citation]:
    """The documents of ``known`` (a claims file's ``sources``, :func:`parse_sources`) that
    ``text`` names as "(Publisher, date)": the words before the date end with the document's
    publisher, or are the start of it, and the date is the document's or a part of it ("ICBL,
    2015" names ICBL's 2015-08-21). What a row's text names, its citations carry."""
    out: list[Citation] = []
    for said, date in _NAMED.findall(text):
        said = re.split(r"[:;] ", said)[-1].strip()  # "'swamps ...': Ministry of Defence"
        for c in (c for docs in known.values() for c in docs):
            pub = c.publisher.strip()
            if str(c.date).startswith(date) and (said == pub or said.endswith(" " + pub) or pub.startswith(said + " ")):
                out.append(c)
    return out


#: The date of a document that gives none, as a ``sources`` line writes it and a citation says.
UNDATED = "undated"
#: A figure in running text: "418", "1,340", "112.5" (not a part of a word or a date).
_NUMBER = re.compile(r"(?<![\w.,-])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w-])|(?<![\w.,-])\d+(?:\.\d+)?(?![\w-])")
_WORD = re.compile(r"[^\W\d_]+")
#: Words a publisher's name shares with any other: not what names it.
_COMMON = frozenset({"the", "and", "for", "via"})


def _numbers(text: str) -> set[float]:
    return {float(m.group(0).replace(",", "")) for m in _NUMBER.finditer(text)}


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(re.sub(r"['\u2019]s\b", "", text)) if len(w) > 2} - _COMMON


def _names(publisher: str) -> list[set[str]]:
    """The names of a publisher, each as its words: the name, each other name it gives in
    parentheses ("Polish Border Guard (Stra\u017c Graniczna)"), and the one an outlet cites
    ("bstok.pl, citing the Polish Border Guard")."""
    names = []
    for part in re.split(r",\s*citing\s+", publisher):
        names += [re.sub(r"\([^)]*\)", " ", part), *re.findall(r"\(([^)]*)\)", part)]
    return [w for w in map(_words, names) if w]


@cache
def bundled() -> list[Citation]:
    """The citations of minebelt's sourced figures (:data:`minebelt.model.facts.FACTS`), each
    with its figure among its words, for :func:`figures_named`."""
    from ..model.facts import FACTS

    return [replace(f.citation, quote=f"{f.citation.quote} {f.value:g}") for f in FACTS.values()]


def figures_named(text: str, known: dict[str, list[Citation]]) -> list[Citation]:
    """The documents of ``known`` that ``text`` names with a figure they give, dated or not: in
    one clause of ``text`` (its parts between full stops and semicolons), every word of one of
    the publisher's names and a number the ``sources`` line gives the document ("Polish Border
    Guard: 418 km" names a line "Polish Border Guard, ... 418 km ..., undated"). The figure and
    the publisher must both match: a publisher named with another figure is not cited."""
    out: list[Citation] = []
    docs = [c for cs in known.values() for c in cs]
    for clause in re.split(r"(?<=[.;])\s+|;", text):
        words, numbers = _words(clause), _numbers(clause)
        if not numbers:
            continue
        for c in docs:
            given = _numbers(f"{c.title} {c.quote}")
            if given & numbers and any(n <= words for n in _names(c.publisher)) and c not in out:
                out.append(c)
    return out


def sourced_row(
    checker: Any, claim: dict[str, Any], check: Callable[[Any, dict[str, Any]], dict[str, Any]]
) -> dict[str, Any]:
    """``check(checker, claim)`` with the citations of the claim's own source (``checker.sources``,
    :func:`parse_sources`) and of what it read (its value, and the context and notes beside it)
    resolved in the row (:func:`with_citations`)."""
    checker._cites.append([])
    try:
        row = check(checker, claim)
    finally:
        beside = checker._cites.pop()
    own = checker.cites.get(claim["id"], [])
    text = " ".join(str(row.get(k, "")) for k in ("explanation", "note"))
    known = getattr(checker, "sources", {})
    beside += [
        c for c in [*named_in_text(text, known), *figures_named(text, {**known, "": bundled()})] if c not in beside
    ]
    return with_citations(row, own + [x for x in beside if x not in own], _own_sources(checker, claim))


def as_of(rows: list[dict[str, Any]]) -> str | None:
    """The newest publication date among the sources the rows rest on (ISO 8601, or a year):
    what the check's data speaks for, or None when no row cites a dated source. A citation
    dated as a span ("2024-03-06 to 2025-05-05") counts by its every date."""
    dates = [
        d
        for r in rows
        for c in r.get("citations", [])
        for d in _DATE.findall(_ACCESSED.sub("", str(c.get("date", ""))))
    ]
    return max(dates) if dates else None
