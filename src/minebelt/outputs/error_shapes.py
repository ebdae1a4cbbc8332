"""The sentences of the geometry input errors: a section's ``border``, its drawn ``line`` and
``mask`` (GeoJSON files or objects), ``from_km``/``to_km`` stretches (appended to
:data:`~minebelt.outputs.error_words.PATTERNS`).

Layer: outputs. Each pattern matches the English sentence as the input layer words it (the
field and file before it stay as written); its named groups fill the message's placeholders as
written: ISO codes, positions, kilometres, the value given. :func:`reword` puts the few words
inside the groups that are minebelt's own (a neighbours hint, a polygon's fault, "left") in
the reader's language.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..i18n import N_
from ..i18n import gettext as _

#: A position as minebelt writes it: ``(24.1, 50.2)``.
_AT = r"\([^()]*\)"
#: One ISO code or several joined by "+" (``EST+LVA``).
_CODES = r"[A-Z]{3}(?:\+[A-Z]{3})*"

SHAPES: tuple[tuple[re.Pattern[str], str], ...] = (
    # a section's border, line, side and stretch
    (re.compile(r"^required \(the neighbour's ISO alpha-3 code\) unless a 'line' is given$"),
     N_("required (the neighbour's ISO alpha-3 code) unless a 'line' is given")),
    (re.compile(r"^only meaningful with 'line'$"), N_("only meaningful with 'line'")),
    (re.compile(r"^leave it out with 'line' \(the line is measured\)$"),
     N_("leave it out with 'line' (the line is measured)")),
    (re.compile(r"^only for measured borders; leave out length_km$"),
     N_("only for measured borders; leave out length_km")),
    (re.compile(r"^must be greater than from_km \((?P<low>[^()]*)\), got (?P<value>\S+)$"),
     N_("must be greater than from_km (%(low)s), got %(value)s")),
    (re.compile(rf"^(?P<code>{_CODES}) cannot be both defender and neighbour$"),
     N_("%(code)s cannot be both defender and neighbour")),
    (re.compile(rf"^(?P<a>{_CODES}) and (?P<b>{_CODES}) share no land border \((?P<hint>[^()]*)\)$"),
     N_("%(a)s and %(b)s share no land border (%(hint)s)")),
    (re.compile(rf"^(?P<member>[A-Z]{{3}}) shares no land border with (?P<other>{_CODES}) \((?P<hint>[^()]*)\); remove it "
                r"from the joint (?P<field>country|border) or give it a section of its own$"),
     N_("%(member)s shares no land border with %(other)s (%(hint)s); remove it from the joint %(field)s or give it a "
        "section of its own")),
    (re.compile(r"^need a single defender and a single neighbour \(a stretch of one border\)$"),
     N_("need a single defender and a single neighbour (a stretch of one border)")),
    (re.compile(r"^at or beyond the end of the (?P<pair>[A-Z]{3}-[A-Z]{3}) border \((?P<km>[\d.]+) km\); "
                r"allowed (?P<range>\[[^\]]*\))$"),
     N_("at or beyond the end of the %(pair)s border (%(km)s km); allowed %(range)s")),
    (re.compile(r"^beyond the end of the (?P<pair>[A-Z]{3}-[A-Z]{3}) border \((?P<km>[\d.]+) km\); "
                r"allowed (?P<range>\([^\]]*\]), and up to (?P<end>[\d.]+) is read as the end$"),
     N_("beyond the end of the %(pair)s border (%(km)s km); allowed %(range)s, and up to %(end)s is read as the end")),
    (re.compile(r"^not set here nor in \[defaults\] \(allowed: (?P<range>\([^\]]*\]) km\)$"),
     N_("not set here nor in [defaults] (allowed: %(range)s km)")),
    (re.compile(r"^not set here nor in \[defaults\] \(a model name such as (?P<example>'[^']*'), or mines per "
                "km\u00b2\\)$"),
     N_("not set here nor in [defaults] (a model name such as %(example)s, or mines per km\u00b2)")),
    (re.compile(r"^give either density( \(per km\u00b2\))? or density_per_km_front, not both$"),
     N_("give either density (mines per km\u00b2) or density_per_km_front, not both")),
    (re.compile(r"^does not overlap the (?P<pairs>[A-Z]{3}-[A-Z]{3}(?: \+ [A-Z]{3}-[A-Z]{3})*) border; "
                r"the mask must cover part of the front$"),
     N_("does not overlap the %(pairs)s border; the mask must cover part of the front")),
    (re.compile(r"^does not overlap km (?P<low>[\d.e+]+)-(?P<high>[\d.e+]+) of the "
                r"(?P<pairs>[A-Z]{3}-[A-Z]{3}(?: \+ [A-Z]{3}-[A-Z]{3})*) border; the mask must cover part of the front$"),
     N_("does not overlap km %(low)s-%(high)s of the %(pairs)s border; the mask must cover part of the front")),
    (re.compile(rf"^none of (?P<code>{_CODES})'s land lies within (?P<depth>\S+) km on the left side of the line "
                r"\(left/right as seen walking from its first point to its last; check 'side', the line's direction "
                r"and 'country'\)$"),
     N_("none of %(code)s's land lies within %(depth)s km on the left side of the line (left/right as seen walking "
        "from its first point to its last; check 'side', the line's direction and 'country')")),
    (re.compile(rf"^none of (?P<code>{_CODES})'s land lies within (?P<depth>\S+) km on the right side of the line "
                r"\(left/right as seen walking from its first point to its last; check 'side', the line's direction "
                r"and 'country'\)$"),
     N_("none of %(code)s's land lies within %(depth)s km on the right side of the line (left/right as seen walking "
        "from its first point to its last; check 'side', the line's direction and 'country')")),
    (re.compile(rf"^covers none of (?P<code>{_CODES})'s land within (?P<depth>\S+) km of the front; "
                r"the belt would be empty$"),
     N_("covers none of %(code)s's land within %(depth)s km of the front; the belt would be empty")),
    (re.compile(r"^these countries share no land border in the bundled data$"),
     N_("these countries share no land border in the bundled data")),
    # GeoJSON files and objects
    (re.compile(r"^is (?P<kind>a [a-z ]+(?: \(FIFO\))?), not a regular file; expected (?P<what>a [\w -]+)$"),
     N_("not a regular file (%(kind)s); expected %(what)s")),
    (re.compile(r"^is not a regular file; expected (?P<what>a [\w -]+)$"), N_("not a regular file; expected %(what)s")),
    (re.compile(r"^(?:(?P<size>[\d,.]+ (?:MiB|bytes)), )?larger than the (?P<max>[\d,.]+ (?:MiB|bytes)) allowed for "
                r"(?P<what>a [\w -]+)$"),
     N_("larger than the %(max)s allowed for %(what)s")),
    (re.compile(r"^crs (?P<crs>.*): not supported; give coordinates in EPSG:4326 \(longitude, latitude\) and leave "
                r"out crs$"),
     N_("crs %(crs)s: not supported; give coordinates in EPSG:4326 (longitude, latitude) and leave out crs")),
    (re.compile(r"^a position must be \[longitude, latitude\], got (?P<value>.*)$"),
     N_("a position must be [longitude, latitude], got %(value)s")),
    (re.compile(r"^a position must hold finite numbers, got (?P<value>.*)$"),
     N_("a position must hold finite numbers, got %(value)s")),
    (re.compile(r"^more than (?P<max>[\d,]+) vertices \(LINE_VERTICES_MAX\); simplify the geometry$"),
     N_("more than %(max)s vertices (LINE_VERTICES_MAX); simplify the geometry")),
    (re.compile(r"^expected an array, got (?P<value>.*)$"), N_("expected an array, got %(value)s")),
    (re.compile(r"^not a GeoJSON object \(got (?P<kind>\w+)\)$"), N_("not a GeoJSON object (got %(kind)s)")),
    (re.compile(r"^must be an array of Feature objects$"), N_("must be an array of Feature objects")),
    (re.compile(r"^FeatureCollection must hold exactly one feature, has (?P<n>\d+)$"),
     N_("FeatureCollection must hold exactly one feature, has %(n)s")),
    (re.compile(r"^must be a Feature object, got (?P<value>.*)$"), N_("must be a Feature object, got %(value)s")),
    (re.compile(r"^type must be 'Feature', got (?P<value>.*)$"), N_("type must be 'Feature', got %(value)s")),
    (re.compile(r"^must be a GeoJSON geometry object, got (?P<value>.*)$"),
     N_("must be a GeoJSON geometry object, got %(value)s")),
    (re.compile(r"^expected (?P<types>(?:Multi)?(?:LineString|Polygon)(?: or (?:Multi)?(?:LineString|Polygon))*), "
                r"got (?P<value>.*)$"),
     N_("expected %(types)s, got %(value)s")),
    (re.compile(r"^geometry is empty$"), N_("geometry is empty")),
    (re.compile(r"^is not valid GeoJSON \(.*: line (?P<line>\d+) column (?P<column>\d+) \(char \d+\)\)$"),
     N_("is not valid GeoJSON (line %(line)s, column %(column)s)")),
    (re.compile(r"^is not valid GeoJSON \(.*\)$"), N_("is not valid GeoJSON")),
    (re.compile(r"^nested too deeply to be GeoJSON$"), N_("nested too deeply to be GeoJSON")),
    (re.compile(rf"^position (?P<i>\d+) (?P<at>{_AT}) is outside longitude -180\.\.180 / latitude -90\.\.90 "
                r"\(EPSG:4326, longitude first\): is it in another CRS\?$"),
     N_("position %(i)s %(at)s is outside longitude -180..180 / latitude -90..90 (EPSG:4326, longitude first): is it "
        "in another CRS?")),
    (re.compile(r"^is empty; a polygon needs an outer ring$"), N_("is empty; a polygon needs an outer ring")),
    (re.compile(rf"^not a valid polygon: (?P<fault>[^;]*?)(?P<near> near {_AT})?; fix it in a GIS \(e\.g\. QGIS "
                r"'Fix geometries'\) and try again$"),
     N_("not a valid polygon: %(fault)s%(near)s; fix it in a GIS (e.g. QGIS 'Fix geometries') and try again")),
)  # fmt: skip

#: What makes a polygon invalid, as :mod:`minebelt.scenario.shapes` words it.
FAULTS = {
    "a ring crosses itself (as a bowtie does)": N_("a ring crosses itself (as a bowtie does)"),
    "a ring touches itself": N_("a ring touches itself"),
    "a ring has fewer than 3 distinct points (it has no area)": N_(
        "a ring has fewer than 3 distinct points (it has no area)"
    ),
    "a hole lies outside its polygon": N_("a hole lies outside its polygon"),
    "a hole lies inside another hole": N_("a hole lies inside another hole"),
    "the holes cut the polygon in two": N_("the holes cut the polygon in two"),
    "one polygon of the MultiPolygon lies inside another": N_("one polygon of the MultiPolygon lies inside another"),
    "a ring is repeated": N_("a ring is repeated"),
    "a position is not a finite number": N_("a position is not a finite number"),
}

#: What a path names instead of a regular file (:mod:`minebelt.scenario.safe_files`).
KINDS = {"a folder": N_("a folder"), "a named pipe (FIFO)": N_("a named pipe (FIFO)"),
         "a character device": N_("a character device"), "a block device": N_("a block device"),
         "a socket": N_("a socket")}  # fmt: skip
#: The file a path should name.
WANTED = {"a GeoJSON file": N_("a GeoJSON file"), "a plain-text article": N_("a plain-text article"),
          "a file": N_("a file")}  # fmt: skip

#: The parts of a GeoJSON geometry an error names before its sentence (``part 2 of 3: ...``).
PLACES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<=: )part (?P<k>\d+) of (?P<n>\d+)(?=: )"), N_("part %(k)s of %(n)s")),
    (re.compile(r"(?<=: )polygon (?P<k>\d+) of (?P<n>\d+)(?=: )"), N_("polygon %(k)s of %(n)s")),
    (re.compile(r"(?<=: )ring (?P<k>\d+)(?=: )"), N_("ring %(k)s")),
    (re.compile(r"(?<=' )\((?P<n>[\d,]+) characters\)(?=: )"), N_("(%(n)s characters)")),
)

#: A long value clipped by :func:`minebelt.errors.clip`: ``'1111…1110' (401 characters)``.
_CLIPPED = re.compile(r"^(?P<value>.*\u2026.*) \((?P<n>[\d,]+) characters\)$")
_NEIGHBOURS = re.compile(rf"^(?P<code>{_CODES})'s land neighbours: (?P<codes>[A-Z, ]*)$")
_NO_BORDER = re.compile(rf"^(?P<code>{_CODES}) has no land border in the bundled data$")


def places(prefix: str) -> str:
    """``prefix`` (what stands before an error's sentence) with the parts of a geometry it
    names in the reader's language; files, fields and values as written."""
    for pattern, message in PLACES:
        prefix = pattern.sub(_worded(message), prefix)
    return prefix


def _worded(message: str) -> Callable[[re.Match[str]], str]:
    return lambda m: _(message) % m.groupdict()


def reword(kw: dict[str, str]) -> None:
    """The groups of a :data:`SHAPES` sentence that are minebelt's words, in place: a
    neighbours hint, a polygon's fault and where it is, the geometry types' "or"."""
    if hint := kw.get("hint"):
        if m := _NEIGHBOURS.match(hint):
            kw["hint"] = _("land neighbours of %(code)s: %(codes)s") % m.groupdict()
        elif m := _NO_BORDER.match(hint):
            kw["hint"] = f"{m['code']}: {_('has no land border in the bundled data')}"
    if kw.get("fault") in FAULTS:
        kw["fault"] = _(FAULTS[kw["fault"]])
    if kw.get("near"):  # " near (24.5, 52.5)"
        kw["near"] = " " + _("near %(at)s") % {"at": kw["near"].removeprefix(" near ")}
    if kw.get("kind") in KINDS:
        kw["kind"] = _(KINDS[kw["kind"]])
    if kw.get("what") in WANTED:
        kw["what"] = _(WANTED[kw["what"]])
    for key in ("value", "expr"):
        if m := _CLIPPED.match(kw.get(key) or ""):
            kw[key] = m["value"] + " " + _("(%(n)s characters)") % {"n": m["n"]}
    if kw.get("types"):
        kw["types"] = kw["types"].replace(" or ", " / ")


__all__ = ["FAULTS", "KINDS", "PLACES", "SHAPES", "WANTED", "places", "reword"]
