"""People's and places' names as the reader writes them.

Layer: outputs (report). The document carries a populated place's GeoNames name (Latin, as
GeoNames romanises it: ``Hlukhiv``, ``Shebekino``, ``Kybartai``) and, for a place in Ukraine, its
Ukrainian Cyrillic name (``name_uk``); it carries a person's name as the source printed it
(``P. Bejda``). A reader expects a place in Russia, Belarus or Ukraine in the reader's own form
(its exonym, or the transcription of its Cyrillic name by the reader's language's standard), not
the English romanisation; a Polish reader the Polish name of a Lithuanian town; a Ukrainian
reader every name in Cyrillic. The table ``locale/exonyms.tsv`` (one row a name: language, kind,
country, the name as written, the reader's form, its source; the source column names the rule and
the Cyrillic it starts from) holds the names the bundled examples' outputs show; any other name
reads as the data writes it. Pure functions; they read the current language of
:mod:`minebelt.i18n`. Re-exported by :mod:`.local_names`.

Sources (the standards the rows name):

- uk: Український правопис 2019, §§ 129-131 (foreign proper names; Russian and Belarusian names
  by their sound), as the Ukrainian Wikipedia titles the places.
- pl: the Commission on Standardization of Geographical Names outside Poland (KSNG),
  "Urzędowy wykaz polskich nazw geograficznych świata", 2nd ed. 2019
  (http://ksng.gugik.gov.pl/wpngs.php), for exonyms (Lithuanian towns: Kibarty, Soleczniki,
  Ejszyszki...), and KSNG's Polish transcription of Ukrainian, Russian and Belarusian
  (http://ksng.gugik.gov.pl/pliki/latynizacja/) for a name the list does not give.
- fi: SFS 4900 (Finnish transcription of Russian); for Ukrainian and Belarusian names the
  Institute for the Languages of Finland's (Kotus) guidance in Kielitoimiston ohjepankki
  (г, х -> h; и -> y; ч -> tš); established Finnish names first (Petseri, Värtsilä).
- et: the Institute of the Estonian Language's (EKI) transcription rules for Russian, Ukrainian
  and Belarusian names (ы, и (uk) -> õ; х -> h, hh between vowels; ч -> tš); established Estonian
  names first (Petseri, Värtsilä).
- lv: the Latvian rules for rendering Russian, Ukrainian and Belarusian names (Latvian
  Academy of Sciences' Terminology Commission, LZA TK, and the State Language Centre): Latvian
  letters (ж -> ž, ч -> č, palatal л, н -> ļ, ņ) and a Latvian ending (Doņecka, Vovčanska,
  Mamonova); Polish and Lithuanian towns the same way, Latvian letters and ending (Bartošice,
  Braņevo, Visagina: Latvian adapts every foreign name, Latin-script ones too); personal names
  by Cabinet Regulation No. 114 (2004) on foreign personal names in Latvian (R. Mikonens).
- lt: the State Commission of the Lithuanian Language's (VLKK) rules for Russian, Ukrainian and
  Belarusian names: Lithuanian letters (х -> ch, г (uk, be) -> h) and a Lithuanian ending
  (Doneckas, Vovčanskas, Sorokynė); established Lithuanian names first (Lentupis, Vidžiai).
"""

from __future__ import annotations

import csv
from functools import cache
from typing import Any

from ...i18n import LOCALE_DIR, current

#: The table of the reader's names (columns: lang, kind, country, written, reader, source).
TABLE = LOCALE_DIR / "exonyms.tsv"


@cache
def _rows() -> tuple[dict[str, str], ...]:
    """The table's rows, read once."""
    with TABLE.open(encoding="utf-8", newline="") as f:
        return tuple(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def _people() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for r in _rows():
        if r["kind"] == "person":
            out.setdefault(r["lang"], {})[r["written"]] = r["reader"]
    return out


def _places() -> dict[str, dict[tuple[str, str], str]]:
    out: dict[str, dict[tuple[str, str], str]] = {}
    for r in _rows():
        if r["kind"] == "place":
            out.setdefault(r["lang"], {})[(r["country"], r["written"])] = r["reader"]
    return out


#: People named in the documents (``production.stated_needs[].said_by``), by language.
PEOPLE = _people()
#: Places the bundled examples' outputs show, by language: ``(ISO3, GeoNames name)`` -> the
#: reader's name.
PLACES = _places()


def person(name: Any) -> str:
    """A person's name as the reader writes it (``P. Bejda`` -> uk ``П. Бейда``); as written
    when the table lacks it."""
    s = str(name or "")
    return PEOPLE.get(current(), {}).get(s, s)


def place(row: dict[str, Any]) -> str:
    """A populated place's name as the reader writes it: the Ukrainian Cyrillic name
    (``name_uk``) in Ukrainian text, else the reader's name of :data:`PLACES`, else the
    GeoNames ``name``. Russian and Belarusian Cyrillic names are not used: no reader's language
    writes them (a Ukrainian reader spells Russian places the Ukrainian way)."""
    lang = current()
    if lang == "uk" and row.get("name_uk"):
        return str(row["name_uk"])
    name = str(row.get("name") or "")
    return PLACES.get(lang, {}).get((str(row.get("country") or ""), name), name)


__all__ = ["PEOPLE", "PLACES", "person", "place"]
