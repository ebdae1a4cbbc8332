"""Geometry, value, expression and atlas-option errors in every reader's language (issue 23).

Each case is one bad input run through the code that reads it (a scenario file estimated, a
fact-check expression checked, the atlas options checked): its English line is what the input
layer writes (the JSON and web ``detail`` contract, unchanged), and the line the reader sees is
that line localised (:func:`minebelt.outputs.error_words.localise`, as the command line prints
it): a sentence of the catalogues, with no English word outside what the user typed or reads
in the file (the file, the field, the value, codes and ranges as written). A few of the cases
also run through the installed command (:mod:`test_error_languages`): exit 2, one line.

The error tests' word list (:data:`test_error_languages.ERROR_WORDS`) is extended by the words
these sentences are made of; none of them is a word of the six languages.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from test_error_languages import _AS_WRITTEN, ERROR_WORDS, english_left

from minebelt import i18n
from minebelt.errors import InputError
from minebelt.outputs.error_words import localise

#: Words of the geometry, value and option sentences (beyond :data:`ERROR_WORDS`).
MORE_WORDS = frozenset(
    """gives overflows only measured borders border leave out neighbour defender cannot both share land
    position outside geometry ring part polygon needs regular parameter distribution takes numbers values
    large wide finite near fix try again nested deeply set here nor either greater end beyond preset
    workforce deminers codes repeated listed once object objects walking direction check bowtie crosses
    vertices simplify supported coordinates longitude latitude exactly hold""".split()
)

#: The keys of the TOML and the GeoJSON that name a place before its sentence (``border: ...``).
_FIELDS = re.compile(r"\b(?:border|density|mask|coordinates|geometry|features)(?=: )")

HEAD = 'name = "t"\n[defaults]\ndepth_km = 2\ndensity = 100\n'
#: A drawn line in Poland (west to east), for the masks' cases.
LINE = {"type": "LineString", "coordinates": [[24, 52], [25, 53]]}


def _section(sec: str, files: dict[str, object] | None = None, head: str = HEAD) -> Callable[[Path], None]:
    """A case: a scenario of one section (``sec``, TOML) beside ``files`` (GeoJSON), estimated."""

    def run(tmp: Path) -> None:
        from minebelt import estimate, load_scenario

        for name, doc in (files or {}).items():
            (tmp / name).write_text(doc if isinstance(doc, str) else json.dumps(doc), encoding="utf-8")
        (tmp / "s.toml").write_text(head + '[[sections]]\nname = "u"\n' + sec, encoding="utf-8")
        estimate(load_scenario(tmp / "s.toml"))

    return run


def _border(extra: str, head: str = HEAD) -> Callable[[Path], None]:
    return _section('country = "POL"\nborder = "BLR"\n' + extra, head=head)


def _line(doc: object) -> Callable[[Path], None]:
    return _section('country = "POL"\nline = "g.geojson"\nside = "left"\n', {"g.geojson": doc})


def _mask(doc: object) -> Callable[[Path], None]:
    return _section('country = "POL"\nline = "l.geojson"\nside = "left"\nmask = "g.geojson"\n',
                    {"l.geojson": LINE, "g.geojson": doc})  # fmt: skip


def _atlas(**kw: object) -> Callable[[Path], None]:
    from minebelt.cli.atlas import NAMES

    def run(tmp: Path) -> None:
        from minebelt.scenario.atlas_options import atlas_options

        given = dict(kw)
        atlas_options(given.pop("depth_km", 2), names=NAMES, **given)  # type: ignore[arg-type]

    return run


def _expr(expr: object, names: set[str] | None = None, evaluate: bool = False) -> Callable[[Path], None]:
    def run(tmp: Path) -> None:
        from minebelt.factcheck.expr import check_expr, eval_expr

        where = "c.toml: claims[0] 'a'"
        eval_expr(str(expr), {}, where) if evaluate else check_expr(expr, where, names)

    return run


POLYGON = [[24, 52], [25, 52], [25, 53], [24, 52]]

CASES: dict[str, Callable[[Path], None]] = {
    # a section's border, line and stretch
    "border missing": _section('country = "POL"\nlength_km = 5\n'),
    "side without line": _border('side = "left"\n'),
    "length with line": _section('country = "POL"\nline = "g.geojson"\nside = "left"\nlength_km = 3\n', {"g.geojson": LINE}),
    "from_km with length": _border("length_km = 3\nfrom_km = 1\n"),
    "to_km before from_km": _border("from_km = 10\nto_km = 5\n"),
    "two densities": _border("length_km = 3\ndensity = 1\ndensity_per_km_front = 2\n"),
    "defender is neighbour": _section('country = "POL"\nborder = "POL"\nlength_km = 3\n'),
    "no shared border": _section('country = "POL"\nborder = "FIN"\n'),
    "joint member apart": _section('country = "POL+FIN"\nborder = "BLR"\n'),
    "from_km beyond the end": _border("from_km = 99999\n"),
    "to_km beyond the end": _border("to_km = 99999\n"),
    "stretch of a joint front": _section('country = "EST+LVA"\nborder = "RUS"\nfrom_km = 5\n'),
    "country form": _section('country = "P+"\nborder = "BLR"\nlength_km = 3\n'),
    "country twice": _section('country = "EST+EST"\nborder = "RUS"\nlength_km = 3\n'),
    "depth not set": _border("length_km = 3\n", head='name = "t"\n[defaults]\ndensity = 100\n'),
    "mask off the border": _section('country = "POL"\nborder = "BLR"\nmask = "g.geojson"\n',
                                    {"g.geojson": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}}),
    "no land on the side": _section('country = "POL"\nline = "g.geojson"\nside = "left"\nmask = "m.geojson"\n',
                                    {"g.geojson": {"type": "LineString", "coordinates": [[23.6, 52.0], [23.6, 53.0]]},
                                     "m.geojson": {"type": "Polygon", "coordinates": [[[23.55, 52.4], [23.65, 52.4], [23.65, 52.5], [23.55, 52.4]]]}}),
    "line is a folder": _section('country = "POL"\nline = "/tmp"\nside = "left"\n'),
    # GeoJSON of a line or a mask
    "crs": _line({**LINE, "crs": {"type": "name", "properties": {"name": "EPSG:3067"}}}),
    "position of one number": _line({"type": "LineString", "coordinates": [[24], [25, 53]]}),
    "position of text": _line({"type": "LineString", "coordinates": [[24, "x"], [25, 53]]}),
    "coordinates not an array": _line({"type": "LineString", "coordinates": 5}),
    "not an object": _line([1, 2]),
    "features not an array": _line({"type": "FeatureCollection", "features": 5}),
    "two features": _line({"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": LINE}] * 2}),
    "feature of another type": _line({"type": "FeatureCollection", "features": [{"type": "X", "geometry": LINE}]}),
    "geometry not an object": _line({"type": "Feature", "geometry": 5}),
    "a point": _line({"type": "Point", "coordinates": [1, 2]}),
    "empty geometry": _line({"type": "LineString", "coordinates": []}),
    "not JSON": _line("{"),
    "outside the globe": _line({"type": "LineString", "coordinates": [[240, 52], [25, 53]]}),
    "a part of one position": _line({"type": "MultiLineString", "coordinates": [[[24, 52]], [[25, 53], [26, 53]]]}),
    "an empty polygon": _mask({"type": "MultiPolygon", "coordinates": [[], [POLYGON]]}),
    "a short ring": _mask({"type": "Polygon", "coordinates": [POLYGON, [[1, 1], [2, 2]]]}),
    "a bowtie": _mask({"type": "Polygon", "coordinates": [[[24, 52], [25, 53], [25, 52], [24, 53], [24, 52]]]}),
    # numbers, intervals and distributions in TOML values
    "distribution of two kinds": _border("length_km = {uniform = [1, 2], normal = [1, 2]}\n"),
    "misspelt distribution": _border("length_km = {unifrom = [1, 2]}\n"),
    "three numbers for two": _border("length_km = {uniform = [1, 2, 3]}\n"),
    "uniform inverted": _border("length_km = {uniform = [3, 2]}\n"),
    "triangular inverted": _border("length_km = {triangular = [3, 2, 1]}\n"),
    "normal without spread": _border("length_km = {normal = [3, 0]}\n"),
    "interval inverted": _border('length_km = "5 to 3"\n'),
    "interval to infinity": _border('length_km = "1 to 1e999"\n'),
    "interval too wide": _border('length_km = "-1e308 to 1.7e308"\n'),
    "nan": _border("length_km = nan\n"),
    "boolean": _border("length_km = true\n"),
    "unknown parameter": _border('length_km = {param = "x"}\n'),
    "below POSITIVE_MIN": _border("length_km = 3\n", head=HEAD + "[clearance]\ncapacity_km2_per_year = 1e-300\n"),
    "long value": _border('length_km = "' + "1" * 300 + '"\n'),
    # fact-check expressions
    "expr not text": _expr(5),
    "expr power": _expr("a ** 2", {"a"}),
    "expr max of one": _expr("max(1)"),
    "expr round digits": _expr("round(1, 50)"),
    "expr huge number": _expr("1" * 400 + "0", evaluate=True),
    "expr infinite": _expr("1e308 * 10", evaluate=True),
    # the atlas options
    "atlas depth": _atlas(depth_km=90),
    "atlas deminers and workforce": _atlas(deminers=5, workforce="falklands"),
    "atlas deminers": _atlas(deminers=-5),
    "atlas workforce": _atlas(workforce="falkland"),
    "atlas no countries": _atlas(countries=[]),
    "atlas empty country": _atlas(countries=["POL,"]),
}  # fmt: skip


def _lines(case: str, tmp: Path) -> list[str]:
    try:
        CASES[case](tmp)
    except InputError as e:
        return [line.replace(str(tmp) + "/", "") for line in e.lines]
    raise AssertionError(f"{case}: no InputError")


def _check(case: str, lang: str, tmp: Path) -> None:
    for english in _lines(case, tmp):
        with i18n.language(lang):
            line = localise(english)
        assert line != english, (lang, english)
        line = _FIELDS.sub(" ", line)  # the keys of the TOML and GeoJSON, as written
        left = english_left(line, lang) + _more(line)
        assert not left, (lang, line, left)


def _more(line: str) -> list[str]:
    """The words of :data:`MORE_WORDS` in ``line``, outside what stays as written."""
    return [w for w in re.findall(r"[^\W\d_]+", _AS_WRITTEN.sub(" ", line)) if w.lower() in MORE_WORDS]


def test_the_words_are_no_words_of_the_readers_languages() -> None:
    assert not MORE_WORDS & ERROR_WORDS
    assert "folder" not in MORE_WORDS and "elements" not in MORE_WORDS  # Polish "folder", Latvian "elements"


@pytest.mark.parametrize("case", list(CASES))
def test_input_error_in_the_readers_language(case: str, tmp_path: Path) -> None:
    langs = i18n.LANGS[1:]
    _check(case, langs[list(CASES).index(case) % len(langs)], tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize("lang", i18n.LANGS[1:])
def test_input_errors_in_every_language(lang: str, tmp_path: Path) -> None:
    for case in CASES:
        _check(case, lang, tmp_path)


def test_the_english_line_is_unchanged(tmp_path: Path) -> None:
    """The English line (the JSON and the web API's ``detail``) stays as the input layer words it."""
    assert _lines("border missing", tmp_path) == [
        "s.toml: sections[0] 'u': border: required (the neighbour's ISO alpha-3 code) unless a 'line' is given"
    ]
    with i18n.language("en"):
        assert localise("a: b: geometry is empty") == "a: b: geometry is empty"
