"""How a fact-check row was recomputed (its ``method``), in a reader's words for the page.

Layer: outputs. The checker's ``method`` (:func:`minebelt.factcheck.methods.method_text`, kept
as is in the JSON) names files and field paths: ``seed.toml: (first scenario) / by_country.POL.
mines``, ``a / b where a = border:FIN-RUS:length_km, b = const:KM_PER_MILE``. A reader has the
report, not the claims' files: the page says ``the model's mines for Poland, first scenario of
its file``. A scenario's or a section's name is the file's own, as written (``recorded`` pieces,
which the page marks English); a field this module has no words for is shown as written too.
minebelt's own code — the claims file's expression (``borders / km_per_mile``), its names and a
sourced figure's name (``KM_PER_MILE``) — is neither the reader's words nor an English quotation:
the page shows it as code (``<code>``), unmarked.
"""

from __future__ import annotations

import re

from ... import numbers as N
from ...i18n import N_, gettext

#: A result field (a country code and a list index taken out) in words.
FIELDS = {
    "mines": N_("mines"),
    "totals.mines": N_("mines"),
    "area_km2": N_("belt area"),
    "totals.area_km2": N_("belt area"),
    "sections.area_km2": N_("belt area"),
    "sections.mines": N_("mines"),
    "clearance.calendar_years": N_("years to clear"),
    "production.years_to_fill": N_("years to make the mines"),
    "exposure.total.within_10km.places": N_("places within 10 km of the belt"),
    "cost.total": N_("cost"),
    "cost.by_country.total": N_("cost"),
    "cost.by_country.fence_cost": N_("fence cost"),
    "calibration.scenario.mines_per_km_front": N_("mines per km of front"),
}

#: A border's measured figure (``border:FIN-RUS:length_km``) in words.
BORDER = {
    "length_km": N_("measured border length %(pairs)s"),
    "land_km": N_("measured land border length %(pairs)s"),
    "mean_lat": N_("mean latitude of the border %(pairs)s"),
}

#: A piece's kind: code (an expression, a name the arithmetic uses), shown as code.
CODE = "code"

#: The membership lists a claim counts in (:data:`minebelt.model.facts.MEMBERSHIPS`), in words:
#: their names are minebelt's, not the claims file's words.
GROUPS = {
    "NATO": N_("NATO members among %(countries)s"),
    "EU": N_("EU members among %(countries)s"),
    "OTTAWA_NOT_PARTY": N_("states not party to the Mine Ban Treaty among %(countries)s"),
    "BARRIER_LINE_DECIDED": N_("countries that have decided on a barrier line among %(countries)s"),
    "MINE_LINE_DECIDED": N_("countries that have decided on a barrier line with mines among %(countries)s"),
}

#: A piece of the method's words: ``(text, kind)``; kind False: the reader's words, True: the
#: claims file's own words (recorded, shown as written), :data:`CODE`: code.
Piece = tuple[str, bool | str]

_SAMPLES = re.compile(r"^(?P<rest>.*) \((?P<n>\d+) samples\)$")
_CODE = re.compile(r"^[A-Z]{3}$")
_INDEX = re.compile(r"^(?P<key>\w+)\[(?P<i>\d+)\]$")


def _words(template: str, **parts: list[Piece] | str) -> list[Piece]:
    """``gettext(template) % parts`` as pieces: each part a text in the reader's words or the
    pieces it already is (their ``recorded`` kept)."""
    text, pos = gettext(template), 0
    out: list[Piece] = []
    for m in re.finditer(r"%\((\w+)\)s", text):
        out.append((text[pos : m.start()], False))
        part = parts[m.group(1)]
        out += [(part, False)] if isinstance(part, str) else part
        pos = m.end()
    out.append((text[pos:], False))
    return [p for p in out if p[0]]


def _field(field: str, section: str) -> list[Piece]:
    """``by_country.POL.mines`` -> ``mines for Poland``; ``sections[1].area_km2`` -> ``belt area
    for section 2``; a section by name -> ``mines for NAME`` (the name as written)."""
    from .local_names import country

    where: list[Piece] = [(section, True)] if section and section != "totals" else []
    keys = []
    for part in field.split("."):
        m = _INDEX.match(part)
        if _CODE.match(part):
            where = [(country(part), False)]
        elif m:
            keys.append(m["key"])
            where = [(gettext("section %(n)s") % {"n": int(m["i"]) + 1}, False)]
        else:
            keys.append(part)
    what = FIELDS.get(".".join(k for k in keys if k != "by_country" or keys[0] == "cost"))
    shown: list[Piece] = [(gettext(what), False)] if what else [(field, True)]
    return _words(N_("%(what)s for %(where)s"), what=shown, where=where) if where else shown


def _scenario(text: str) -> list[Piece]:
    """``FILE: NAME / [SECTION / ]FIELD[ (N samples)]`` in words."""
    samples = _SAMPLES.match(text)
    body = samples["rest"] if samples else text
    _file, _, rest = body.partition(": ")
    parts = rest.split(" / ")
    name, section, field = parts[0], " / ".join(parts[1:-1]), parts[-1]
    if name == "(first scenario)":
        which: list[Piece] = [(gettext("first scenario of its file"), False)]
    else:
        which = _words(N_("scenario %(name)s"), name=[(name, True)])
    out = _words(N_("the model's %(what)s, %(scenario)s"), what=_field(field, section), scenario=which)
    if samples:
        out += [(" " + gettext("(%(n)s samples)") % {"n": N.count(int(samples["n"]))}, False)]
    return out


def _ref(ref: str) -> list[Piece]:
    """One name of an expression: ``border:FIN-RUS+EST-RUS:length_km``, ``const:NAME``,
    ``claim:ID`` or a scenario reference, in words."""
    from .local_names import country

    kind, _, rest = ref.partition(":")
    if kind == "border":
        codes, _, metric = rest.rpartition(":")
        named = ", ".join("\u2013".join(country(c) for c in p.split("-")) for p in codes.split("+"))
        if metric in BORDER:
            return _words(BORDER[metric], pairs=named)
    if kind == "fx" and rest.count(":") == 2:
        to, frm, day = rest.split(":")
        return _words(N_("exchange rate %(to)s/%(from)s of %(date)s (ECB)"), to=to, **{"from": frm, "date": N.day(day)})
    if kind == "const":
        return _words(N_("minebelt's sourced figure %(name)s"), name=[(rest, CODE)])
    if kind == "claim":
        return _words(N_("the claim %(id)s"), id=[(rest, True)])
    return _scenario(ref) if ": " in ref else [(ref, True)]


def pieces(method: str) -> list[Piece]:
    """The checker's ``method`` text in the reader's words, as pieces (:data:`Piece`); English
    words in English. Unknown text stays as written (recorded)."""
    method = str(method or "")
    if not method:
        return []
    if " .. " in method:
        ends = [pieces(m) for m in method.split(" .. ", 1)]
        return _words(N_("low end: %(low)s; high end: %(high)s"), low=ends[0], high=ends[1])
    if method == "not recomputable":
        return [(gettext("not recomputable"), False)]
    if " where " in method:
        expr, _, refs = method.partition(" where ")
        named: list[Piece] = []
        for i, ref in enumerate(re.split(r", (?=\w+ = )", refs)):
            key, _, value = ref.partition(" = ")
            sep: list[Piece] = [("; ", False)] if i else []
            named += [*sep, (key, CODE), (" = ", False), *_ref(value)]
        return _words(N_("%(expr)s, where %(refs)s"), expr=[(expr, CODE)], refs=named)
    if method.startswith("members of ") and " among " in method:
        group, _, codes = method[len("members of ") :].partition(" among ")
        from .local_names import countries

        among = countries(codes.split(", "))
        if group in GROUPS:  # minebelt's own list, in words
            return _words(GROUPS[group], countries=among)
        return _words(N_("members of %(group)s among %(countries)s"), group=[(group, CODE)], countries=among)
    if method.startswith("sourced date "):
        return _words(N_("sourced date %(date)s"), date=[(method[len("sourced date ") :], True)])
    if ": " in method:
        return _scenario(method)
    return [(method, True)]


def html(method: str) -> str:
    """:func:`pieces` for the page: the reader's words escaped, the file's own words marked as
    written (:func:`.claim_cells.as_written`), code in ``<code>`` for a reader of another
    language (in English as it is: nothing there reads as a quotation)."""
    from markupsafe import Markup, escape

    from ...i18n import current
    from .claim_cells import as_written

    def shown(text: str, kind: bool | str) -> Markup:
        if kind == CODE:
            return escape(text) if current() == "en" else Markup("<code>%s</code>") % text
        return as_written(text) if kind else escape(text)

    return Markup("").join(shown(text, kind) for text, kind in pieces(method))


__all__ = ["BORDER", "CODE", "FIELDS", "GROUPS", "html", "pieces"]
