"""People's and places' names as a Ukrainian or Polish reader writes them.

Layer: outputs (report). The document carries a populated place's GeoNames name (Latin, as
GeoNames romanises it: ``Hlukhiv``, ``Shebekino``, ``Kybartai``) and, for a place in Ukraine, its
Ukrainian Cyrillic name (``name_uk``); it carries a person's name as the source printed it
(``P. Bejda``). A Ukrainian reader expects every name in Cyrillic, in the Ukrainian spelling; a
Polish reader expects the Polish name of a place in Russia, Belarus or Ukraine (its exonym, or
the Polish transcription of its Cyrillic name), not the English romanisation. The tables below
hold the names the bundled examples' outputs show; any other name reads as the data writes it.
Pure functions; they read the current language of :mod:`minebelt.i18n`. Re-exported by
:mod:`.local_names`.

Sources. Ukrainian: the Ukrainian spelling of foreign names (Український правопис 2019,
§§ 129-131, transliteration of foreign proper names, and of Russian and Belarusian names by
their sound), as the Ukrainian Wikipedia titles the places. Polish: the Commission on
Standardization of Geographical Names outside Poland (KSNG), "Urzędowy wykaz polskich nazw
geograficznych świata", 2nd ed. 2019 (http://ksng.gugik.gov.pl/wpngs.php) for exonyms, and
KSNG's Polish transcription of Ukrainian, Russian and Belarusian
(http://ksng.gugik.gov.pl/pliki/latynizacja/) for a name the list does not give; the Polish
media's forms ("Szebiekino", "Wołczańsk") follow them.
"""

from __future__ import annotations

from typing import Any

from ...i18n import current

#: People named in the documents (``production.stated_needs[].said_by``), by language.
PEOPLE = {
    "uk": {
        "P. Bejda": "П. Бейда",  # Paweł Bejda; Polish ej -> ей (Правопис § 129)
        "R. Mikkonen": "Р. Мікконен",  # Riku Mikkonen; Finnish i -> і, kk -> кк
    },
}

#: Places the bundled examples' outputs show, ``(ISO3, GeoNames name)`` -> the reader's name.
#: Ukrainian: every place outside Ukraine (places in Ukraine carry ``name_uk``).
_UK = {
    # Belarus: Ukrainian spelling of the Belarusian names
    ("BLR", "Druja"): "Друя",
    ("BLR", "Hyeranyony"): "Гераньони",
    ("BLR", "Kamyanyuki"): "Кам'янюки",
    ("BLR", "Lyntupy"): "Лінтупи",
    ("BLR", "Novaya Huta"): "Нова Гута",
    ("BLR", "Vidzy"): "Відзи",
    ("BLR", "Vyalikaya Byerastavitsa"): "Велика Берестовиця",
    ("BLR", "Vysokaye"): "Високе",
    # Finland: Finnish ä -> я, y -> ю, j -> й (Правопис § 129)
    ("FIN", "Imatra"): "Іматра",
    ("FIN", "Korvenkylä"): "Корвенкюля",
    ("FIN", "Miehikkälä"): "Мієгіккяля",
    ("FIN", "Nuijamaa"): "Нуйямаа",
    ("FIN", "Parikkala"): "Паріккала",
    ("FIN", "Rautjärvi"): "Раут'ярві",
    ("FIN", "Tohmajärvi"): "Тохмаярві",
    ("FIN", "Virolahti"): "Віролахті",
    # South Korea
    ("KOR", "Cheorwon"): "Чхорвон",
    ("KOR", "Munsan"): "Мунсан",
    # Lithuania
    ("LTU", "Druskininkai"): "Друскінінкай",
    ("LTU", "Eišiškės"): "Ейшишкес",
    ("LTU", "Jurbarkas"): "Юрбаркас",
    ("LTU", "Kudirkos Naumiestis"): "Кудиркос-Науместис",
    ("LTU", "Kybartai"): "Кібартай",
    ("LTU", "Neringa"): "Нерінга",
    ("LTU", "Nida"): "Ніда",
    ("LTU", "Pabradė"): "Пабраде",
    ("LTU", "Viečiūnai"): "Вечюнай",
    ("LTU", "Visaginas"): "Висагінас",
    ("LTU", "Šalčininkai"): "Шальчинінкай",
    ("LTU", "Švenčionys"): "Швянчоніс",
    # Latvia
    ("LVA", "Krāslava"): "Краслава",
    ("LVA", "Kārsava"): "Карсава",
    ("LVA", "Viļaka"): "Віляка",
    ("LVA", "Zilupe"): "Зілупе",
    # Poland: Ukrainian spelling of the Polish names; Włodawa has its Ukrainian name
    ("POL", "Bartoszyce"): "Бартошице",
    ("POL", "Białowieża"): "Біловежа",
    ("POL", "Braniewo"): "Бранево",
    ("POL", "Czeremcha"): "Черемха",
    ("POL", "Gołdap"): "Голдап",
    ("POL", "Górowo Iławeckie"): "Гурово-Ілавецьке",
    ("POL", "Kleszczele"): "Клещеле",
    ("POL", "Krynki"): "Кринки",
    ("POL", "Kuźnica"): "Кузниця",
    ("POL", "Lipsk"): "Липськ",
    ("POL", "Sępopol"): "Семпополь",
    ("POL", "Włodawa"): "Володава",
    # Russia: Ukrainian spelling of the Russian names (Шебекине, Залізничний as Ukrainian writes them)
    ("RUS", "Bagrationovsk"): "Багратіоновськ",
    ("RUS", "Donetsk"): "Донецьк",
    ("RUS", "Gukovo"): "Гуково",
    ("RUS", "Lesogorskiy"): "Лісогорський",
    ("RUS", "Mamonovo"): "Мамоново",
    ("RUS", "Nesterov"): "Нестеров",
    ("RUS", "Ozërsk"): "Озерськ",
    ("RUS", "Pechory"): "Печори",
    ("RUS", "Pravdinsk"): "Правдинськ",
    ("RUS", "Pytalovo"): "Питалово",
    ("RUS", "Shebekino"): "Шебекине",
    ("RUS", "Svetogorsk"): "Світогорськ",
    ("RUS", "Vyartsilya"): "Вяртсиля",
    ("RUS", "Zheleznodorozhnyy"): "Залізничний",
    # Ukraine: a place GeoNames gives no Ukrainian name for
    ("UKR", "Shatsk"): "Шацьк",
}
#: Polish: places in Russia, Belarus and Ukraine. "list": an exonym of the KSNG list (2019;
#: Belarus and Ukraine: the pre-war Polish names it added); the others: KSNG's transcription.
_PL = {
    ("BLR", "Druja"): "Druja",  # list
    ("BLR", "Hyeranyony"): "Geranony",  # list
    ("BLR", "Kamyanyuki"): "Kamieniuki",  # list
    ("BLR", "Lyntupy"): "Łyntupy",  # list
    ("BLR", "Novaya Huta"): "Nowa Huta",
    ("BLR", "Vidzy"): "Widze",  # list
    ("BLR", "Vyalikaya Byerastavitsa"): "Brzostowica Wielka",  # list
    ("BLR", "Vysokaye"): "Wysokie",  # list (Wysokie Litewskie)
    ("RUS", "Bagrationovsk"): "Bagrationowsk",
    ("RUS", "Donetsk"): "Donieck",
    ("RUS", "Gukovo"): "Gukowo",
    ("RUS", "Lesogorskiy"): "Lesogorskij",
    ("RUS", "Mamonovo"): "Mamonowo",
    ("RUS", "Nesterov"): "Niestierow",
    ("RUS", "Ozërsk"): "Oziorsk",
    ("RUS", "Pechory"): "Pieczory",
    ("RUS", "Pravdinsk"): "Prawdinsk",
    ("RUS", "Pytalovo"): "Pytałowo",
    ("RUS", "Shebekino"): "Szebiekino",
    ("RUS", "Svetogorsk"): "Swietogorsk",
    ("RUS", "Vyartsilya"): "Wiartsila",
    ("RUS", "Zheleznodorozhnyy"): "Żeleznodorożnyj",
    ("UKR", "Berezove"): "Berezowe",
    ("UKR", "Bilopillia"): "Biłopilla",
    ("UKR", "Dobrianka"): "Dobrianka",
    ("UKR", "Dovzhansk"): "Dowżańsk",
    ("UKR", "Hlukhiv"): "Hłuchów",  # list
    ("UKR", "Hlynne"): "Hłynne",
    ("UKR", "Horodyshche"): "Horodyszcze",
    ("UKR", "Hremiach"): "Hremjacz",
    ("UKR", "Huta"): "Huta",
    ("UKR", "Izvaryne"): "Izwaryne",
    ("UKR", "Krasna Talivka"): "Krasna Taliwka",
    ("UKR", "Kvartsytne"): "Kwarcytne",
    ("UKR", "Milove"): "Miłowe",
    ("UKR", "Ovruch"): "Owrucz",  # list
    ("UKR", "Popivka"): "Popiwka",
    ("UKR", "Poznan"): "Poznań",
    ("UKR", "Seredyna-Buda"): "Seredyna-Buda",
    ("UKR", "Shatsk"): "Szack",  # list
    ("UKR", "Sorokyne"): "Sorokyne",
    ("UKR", "Stare Selo"): "Stare Seło",
    ("UKR", "Strilecha"): "Strilecza",
    ("UKR", "Sukhodilsk"): "Suchodilsk",
    ("UKR", "Uralo-Kavkaz"): "Urało-Kawkaz",
    ("UKR", "Vovchansk"): "Wołczańsk",  # the Polish media's form
    ("UKR", "Voznesenivka"): "Wozneseniwka",
    ("UKR", "Zarichne"): "Zariczne",
}
PLACES = {"uk": _UK, "pl": _PL}


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
