"""Countries named in a sentence: names, adjectives and groups, as ISO 3166-1 alpha-3 codes.

Layer: outputs (fact-check: claim extraction).

Names come from the bundled ISO 3166 table (:func:`minebelt.data.iso.country_names`, built from
the ``pycountry`` package) plus the short forms news text uses ("Russia", "the U.S.", "Republic
of Korea"). Adjectives ("Finnish border", "Polish"), which ISO 3166 does not list, and groups
("the Baltic States") are a small table below, limited to what border and mine-belt reporting
names; an unknown adjective is simply not a country.

Which countries a figure is *about* is split in two: the **neighbours** are those named after
"with", "adjacent to", "along" or "between ... and" a border word (the other side of the
front), the **defenders** the others named in the sentence.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

#: Short names, old names and abbreviations of ISO 3166 names, as news text writes them.
ALIASES = {
    "Russia": "RUS",
    "Kaliningrad": "RUS",
    "the U.S.": "USA",
    "the US": "USA",
    "U.S.": "USA",
    "USA": "USA",
    "United States of America": "USA",
    "America": "USA",
    "Republic of Korea": "KOR",
    "ROK": "KOR",
    "DPRK": "PRK",
    "Britain": "GBR",
    "UK": "GBR",
    "Czech Republic": "CZE",
    "Moldova": "MDA",
    "Turkey": "TUR",
}
#: Adjectives and demonyms (not in ISO 3166).
ADJECTIVES = {
    "Finnish": "FIN",
    "Estonian": "EST",
    "Latvian": "LVA",
    "Lithuanian": "LTU",
    "Polish": "POL",
    "Ukrainian": "UKR",
    "Russian": "RUS",
    "Belarusian": "BLR",
    "Belarussian": "BLR",
    "Norwegian": "NOR",
    "Swedish": "SWE",
    "German": "DEU",
    "South Korean": "KOR",
    "North Korean": "PRK",
    "American": "USA",
    "Moldovan": "MDA",
    "Romanian": "ROU",
    "Hungarian": "HUN",
    "Slovak": "SVK",
    "Georgian": "GEO",
    "Armenian": "ARM",
    "Azerbaijani": "AZE",
    "Turkish": "TUR",
    "Greek": "GRC",
    "Croatian": "HRV",
    "Bosnian": "BIH",
    "Serbian": "SRB",
    "Israeli": "ISR",
    "Syrian": "SYR",
    "Indian": "IND",
    "Pakistani": "PAK",
    "Chinese": "CHN",
    "Kuwaiti": "KWT",
    "Iraqi": "IRQ",
    "Iranian": "IRN",
    "Chilean": "CHL",
    "Argentine": "ARG",
    "Peruvian": "PER",
    "Zimbabwean": "ZWE",
    "Mozambican": "MOZ",
    "Cypriot": "CYP",
    "Kazakh": "KAZ",
    "Mongolian": "MNG",
    "Chinese-Russian": "CHN",
}
#: Groups that stand for several defenders (a claim about them is split per country).
GROUPS = {
    "Baltic States": ("EST", "LVA", "LTU"),
    "Baltic states": ("EST", "LVA", "LTU"),
    "Baltic countries": ("EST", "LVA", "LTU"),
    "the Baltics": ("EST", "LVA", "LTU"),
    "Baltic nations": ("EST", "LVA", "LTU"),
    "Baltic republics": ("EST", "LVA", "LTU"),
}
_NEIGHBOUR_CUE = re.compile(r"\b(?:with|adjacent to|along|bordering|borders?|against|facing|between)\b", re.I)
#: A verb right after a country name: ", and Finland will buy" starts a clause of its own
#: (Finland its subject), where ", and Ukraine." or ", and Ukraine," goes on with a list.
_SUBJECT_VERB = re.compile(
    r"\s+(?:will|would|shall|should|can|could|may|might|must|is|are|was|were|has|have|had|does|did|"
    r"plans?|planned|aims?|intends?|needs?|wants?|decided|says|said|buys|bought|builds|built|lays|laid)\b",
    re.I,
)
_CLAUSE_END = re.compile(r"[.;:()–—]|,\s*(?:which|where|and|but|while|whereas)\b|\b(?:among|while|whereas|because)\b")


@cache
def _lexicon() -> list[tuple[re.Pattern[str], tuple[str, ...], str]]:
    """(pattern, codes, kind) for every name, alias, adjective and group, longest first (so
    "South Korea" is found before "Korea" could be)."""
    from ...data.iso import country_names

    entries: dict[str, tuple[tuple[str, ...], str]] = {}
    for code, name in country_names().items():
        entries[name] = ((code,), "name")
    for name, code in ALIASES.items():
        entries[name] = ((code,), "name")
    for adj, code in ADJECTIVES.items():
        entries[adj] = ((code,), "adjective")
    for group, members in GROUPS.items():
        entries[group] = (members, "group")
    out = []
    for words in sorted(entries, key=len, reverse=True):
        codes, kind = entries[words]
        pat = re.compile(r"(?<![\w.])" + re.escape(words).replace(r"\ ", r"\s+") + r"(?:['’]s)?(?![\w])")
        out.append((pat, codes, kind))
    return out


@lru_cache(maxsize=4096)
def _mentions(text: str) -> tuple[tuple[int, int, tuple[str, ...], str], ...]:
    return tuple(_find_mentions(text))


def mentions(text: str) -> list[tuple[int, int, tuple[str, ...], str]]:
    """Every country mention: (start, end, codes, kind), in text order (cached per text: a
    sentence is asked about several times)."""
    return list(_mentions(text))


def _find_mentions(text: str) -> list[tuple[int, int, tuple[str, ...], str]]:
    """Every country mention: (start, end, codes, kind), in text order; overlapping shorter
    mentions ("Korea" inside "North Korea") are dropped."""
    found: list[tuple[int, int, tuple[str, ...], str]] = []
    taken = [False] * (len(text) + 1)
    for pat, codes, kind in _lexicon():
        for m in pat.finditer(text):
            if any(taken[m.start() : m.end()]):
                continue
            for i in range(m.start(), m.end()):
                taken[i] = True
            found.append((m.start(), m.end(), codes, kind))
    found.sort()
    return found


def countries(text: str) -> list[str]:
    """Every country code named in ``text``, in order, once each (groups expanded)."""
    out: list[str] = []
    for _, _, codes, _ in mentions(text):
        for c in codes:
            if c not in out:
                out.append(c)
    return out


def _list_starts(text: str) -> set[int]:
    """Where the country mentions of ``text`` start, but for one its verb follows and no country
    comes before its ", and" ("... 3,000 km long, and Finland will buy"): the subject of a new
    clause, not the last of a list ("Poland, the Baltic States, and Finland would require")."""
    found = mentions(text)
    ends = {end for _, end, _, _ in found}
    out = set()
    for start, end, _, _ in found:
        joint = re.search(r",\s*(?:and|but|while|whereas)\s+$", text[:start])
        if _SUBJECT_VERB.match(text, end) and joint and joint.start() not in ends:
            continue
        out.add(start)
    return out


def clause_around(text: str, position: int) -> str:
    """The clause of ``text`` that holds ``position``: cut at ";", " – ", and at ", and",
    ", but", ", while" unless a country name follows (a list of countries goes on)."""
    starts = _list_starts(text)
    cuts = [0]
    for m in re.finditer(r";|\s[–—]\s|,\s*(?:and|but|while|whereas)\s+", text):
        if m.group(0).startswith(",") and m.end() in starts:
            continue
        cuts.append(m.end() if position >= m.end() else m.start())
    lo = max([c for c in cuts if c <= position], default=0)
    hi = min([c for c in cuts if c > position], default=len(text))
    return text[lo:hi]


def split_sides(text: str) -> tuple[list[str], list[str]]:
    """(defenders, neighbours) named in one sentence: neighbours after a border cue ("border
    with Belarus", "adjacent to Russia and Belarus") up to the end of that clause; defenders
    the rest."""
    neighbours: list[str] = []
    spans = []
    found = mentions(text)
    starts = _list_starts(text)
    for cue in _NEIGHBOUR_CUE.finditer(text):
        pos = cue.end()
        end = _CLAUSE_END.search(text, pos)
        # ", and Ukraine" continues a list of neighbours; ", and both Estonia ..." does not
        while (
            end is not None
            and end.group(0).startswith(",")
            and end.group(0).rstrip().endswith("and")
            and end.end() + 1 in starts
        ):
            end = _CLAUSE_END.search(text, end.end())
        spans.append((pos, end.start() if end else len(text)))
    defenders: list[str] = []
    for start, _, codes, _ in found:
        side = neighbours if any(a <= start < b for a, b in spans) else defenders
        for c in codes:
            if c not in side:
                side.append(c)
    defenders = [c for c in defenders if c not in neighbours]
    return defenders, neighbours


__all__ = ["ADJECTIVES", "ALIASES", "GROUPS", "clause_around", "countries", "mentions", "split_sides"]
