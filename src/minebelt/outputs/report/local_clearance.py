"""The report's clearance detail tables (and the calibration barriers' notes) in the reader's language.

Layer: outputs (report). The clearance view (:mod:`.clearance_view`) words the cost outturns,
the Korean DMZ reference figures and the yardstick notes in English from the
``minebelt.estimate/1`` document; for another language these pure functions word the same
fields, every figure through :mod:`minebelt.numbers` in the reader's locale. The English the
pipeline writes as fixed text (an outturn's programme and why it is not used, a reference
figure's description, a yardstick's scope) is a message by its own text (:func:`.data_text`);
citations stay as written.
"""

from __future__ import annotations

import re
from typing import Any

from ... import numbers as N
from ...i18n import N_, pgettext
from ...i18n import gettext as _
from .local_names import years_text
from .local_tables import data_text
from .views import _num

#: Fixed English texts of the clearance block, translated by their own text where shown.
DATA_TEXTS = (
    # clearance.cost_outturns[].programme and the reasons one is not used
    N_("Nicaragua's national demining programme (OAS-supervised), 1990-2010"),
    N_("Cyprus buffer zone, phase I (UN Mine Action Centre, EU-funded), 2004-2005"),
    N_("Falkland Islands, 2009 to July 2017 (UK Foreign Office)"),
    N_("Kuwait's integrated mine action programme, 24 months after 1991"),
    N_("Croatia's national mine action programme, 2023"),
    N_("no area or mine count for the same date (about 100 deminers: a cost per deminer-year only)"),
    N_(
        "the programme's scope and the area and mines it paid for do not match (cost far below what contractors "
        "were reported to bid)"
    ),
    N_("sparse suspected land, not a laid belt (about a hundredth of a belt's density)"),
    # clearance.dmz_reference[].figure
    N_(
        "years to clear the whole mined area south of the MDL and around the Civilian Control Line (about 116 km\u00b2) "
        "with all 11 forward engineer battalions (Army, 2018)"
    ),
    N_(
        "years to clear South Korea's unidentified minefields only, 90.78 of 112.5 km\u00b2 (Ministry of National "
        "Defense, via kmhpf.org)"
    ),
    N_(
        "years to remove all mines on the Korean peninsula, North and South (about 661 km\u00b2 of mined area), at the "
        "current pace, for about KRW 1 trillion (National Defense Committee review of the 2013 bill, via Asia Economy "
        "2018-10-02)"
    ),
    N_("m\u00b2 the Korean military clears a year (upper end of 100,000-200,000; about 500 mines)"),
    N_(
        "mines in South Korea's front, an alternative to the 1.27 million of the JCS (Ministry of National Defense, "
        "via kmhpf.org, the page of the 489 years)"
    ),
    N_("m\u00b2 one engineer company clears per year in the DMZ (companies per battalion not published)"),
    # clearance.world_capacity.scope
    N_(
        "area cleared of land contaminated by anti-personnel mines, by the States Parties to the Mine Ban Treaty with "
        "clearance obligations (states not party are outside this total; land released by survey is not counted)"
    ),
    # clearance.world_capacity.mines_scope
    N_(
        "anti-personnel mines destroyed by clearance in the States Parties with clearance obligations (states not "
        "party are outside this total)"
    ),
    # clearance.unrecorded_allowance_alternatives[].scope
    N_(
        "inner-German border: up to 33,000 AP mines without clearance records in Thuringia over at least 1,322,700 "
        "laid on the whole border (Thuringian numerator, whole-border denominator), after two clearances"
    ),
    N_("South Korea's rear air-defence bases: 2,842 of 50,855 recorded M14 mines still missing after clearance"),
    N_("South Korea: 90.78 of 112.5 km\u00b2 of mined area unidentified (legacy fields; other estimates 76-94.8 %)"),
    # clearance.land_release.method
    N_("confirmed-belt"),
    # the source of the fitted productivities (model.clearance_workforce.PRODUCTIVITY_SOURCE): minebelt's own fit
    N_(
        "fitted on seven historical clearances of laid minefields, each a whole job or phase with a sourced workforce "
        "counted in deminers (legacy belts: the Falkland Islands' phase 5(a) 2016-2018, HALO's first 30 km and the 29 km "
        "Mukumbura field on Zimbabwe's border belt, South Korea 1998-2020, Nicaragua 1990-2010; recorded pattern "
        "minefields: Jordan's Syrian border 2008-2012, the Cyprus buffer zone 2004-2005): point value the fit on all "
        "seven, 90 % prediction interval for a new clearance x/\u00f7 4.06 from the fit's log-ratio spread, nominal: it "
        "held 9 of the 13 back-tested cases (69 %) (minebelt's model documentation, 'Back-test of the clearance model')"
    ),
    # calibration.barriers[].note (the barriers minebelt compares a belt with)
    N_("South side of the DMZ and the Civilian Control Zone; mined area includes unmapped Korean War fields."),
    N_("Cumulative count over the mined ~800 km; the mined area is not published."),
    N_(
        "Partisan mine count; Landmine Monitor gives only contaminated areas (292 km\u00b2 in 2014), not a count or "
        "belt width."
    ),
    N_(
        "Density as laid, 'reportedly' (HALO); the belt's area as laid is not published (HALO's 2013-14 survey of the "
        "north-east found 28 km\u00b2 along 425 km of frontage, what was left of the cordon and the inland belts)."
    ),
    N_(
        "Length of the mined front not found (border with Saudi Arabia, coastline and inland lines): mines per km of "
        "front not estimated."
    ),
)
_NEWER = re.compile(
    r"^(?P<report>.+?) \((?P<date>\d{1,2} [A-Z][a-z]+ \d{4})\) reports that the area cleared fell in (?P<year>\d{4}) "
    r"\(no figure found; (?P<source>.+)\)$"
)
_CERTAINTY = {
    "high": N_("high"),
    "medium": N_("medium"),
    "weak": N_("weak"),
    "low": N_("low"),
}
_UNITS = {
    "m\u00b2/year": N_("m\u00b2 a year"),
    "m\u00b2/company/year": N_("m\u00b2 per company a year"),
}


def certainty(word: Any) -> str:
    """A source's certainty (``high``, ``medium``, ``weak``) in the reader's words."""
    s = str(word or "")
    return _(_CERTAINTY[s]) if s in _CERTAINTY else s


def _per(r: dict[str, Any], key: str, currency: str) -> str:
    return N.sig(r.get(key), 3, currency=currency) if _num(r.get(key)) is not None else N.not_estimated()


def _use(text: Any) -> str:
    s = str(text or "")
    if s == "default":
        return pgettext("outturn", "default")
    m = re.match(r"^not used: (?P<why>.+)$", s)
    if m:
        return _("not used: %(why)s") % {"why": data_text(m.group("why"))}
    return data_text(s)


def outturns(doc: dict[str, Any]) -> list[dict[str, str]]:
    """``clearance.cost_outturns`` as table rows ``{programme, money, price_year, per_m2,
    per_mine, usd_per_m2, usd_per_mine, usd_per_deminer_year, use}`` in the reader's numbers."""
    k = doc.get("clearance") or {}
    out = []
    for r in k.get("cost_outturns") or []:
        if not isinstance(r, dict):
            continue
        cur = str(r.get("currency") or "")
        out.append(
            {
                "programme": data_text(r.get("programme")),
                "money": _per(r, "money", cur),
                "price_year": str(r.get("price_year") or ""),
                "per_m2": _per(r, "per_m2", cur),
                "per_mine": _per(r, "per_mine", cur),
                "usd_per_m2": _per(r, "usd_per_m2", "USD"),
                "usd_per_mine": _per(r, "usd_per_mine", "USD"),
                "usd_per_deminer_year": _per(r, "usd_per_deminer_year", "USD"),
                "use": _use(r.get("use")),
            }
        )
    return out


def dmz_reference(doc: dict[str, Any]) -> list[dict[str, str]]:
    """``clearance.dmz_reference`` as rows ``{figure, value, certainty}``: the figure's
    description and its value with its unit, in the reader's words and numbers."""
    k = doc.get("clearance") or {}
    out = []
    for r in k.get("dmz_reference") or []:
        if not isinstance(r, dict):
            continue
        unit = str(r.get("unit") or "")
        if unit == "years":
            value = years_text(r.get("value"))
        elif unit == "mines":
            value = N.count(r.get("value"))
        else:
            value = f"{N.count(r.get('value'))} {_(_UNITS[unit]) if unit in _UNITS else unit}".strip()
        out.append({"figure": data_text(r.get("figure")), "value": value, "certainty": certainty(r.get("certainty"))})
    return out


def _iso(english: str) -> str:
    """``1 December 2025`` (a date as the model's English text writes it) as ISO text."""
    import datetime as dt

    return dt.datetime.strptime(english, "%d %B %Y").date().isoformat()


def clearance_notes(doc: dict[str, Any]) -> list[str]:
    """The notes under the clearance assumptions: the States Parties' yardstick and its scope,
    a newer report, and the sourced alternatives to complete records."""
    k = doc.get("clearance") or {}
    w = k.get("world_capacity") or {}
    out = []
    if w.get("scope"):
        out.append(
            _(
                "The States Parties' output is a yardstick free of any capacity assumption, not a forecast. Scope: %(scope)s."
            )
            % {"scope": data_text(w.get("scope"))}
        )
    newer = _NEWER.match(str(w.get("newer") or ""))
    if newer:
        # the relay it was read on is a citation, as written: marked English on the page
        from markupsafe import escape

        from .claim_cells import as_written
        from .fmt import linkify

        out.append(
            escape(
                _("%(report)s (%(date)s) reports that the area cleared fell in %(year)s (no figure found; %(source)s).")
            )
            % {
                **newer.groupdict(),
                "date": N.date(_iso(newer.group("date"))),
                "source": as_written(linkify(newer["source"])),
            }
        )
    elif w.get("newer"):
        out.append(str(w.get("newer")) + ".")
    alternatives = [a for a in k.get("unrecorded_allowance_alternatives") or [] if isinstance(a, dict)]
    if alternatives:
        out.append(
            _("Unrecorded mines, sourced alternatives to complete records: %(list)s.")
            % {"list": "; ".join(data_text(a.get("scope")) for a in alternatives)}
        )
    return out
