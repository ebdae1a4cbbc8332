"""Bad input in every reader's language through the installed ``minebelt`` command: the error
line is wholly in the reader's language (issue 23).

Each case runs the console script in a subprocess over one bad input and must end in exit
status 2, nothing on stdout, no traceback, and one line ``minebelt: <error>: ...`` (a usage
error adds click's usage and help hint, as in English: ``docs/cli.md``). The line holds no
English word outside what the user typed or reads in the file: quoted values, file names,
field names and options, codes and ranges stay as written.

The report's English guard (:mod:`english_words`) wants two common words on a line, which
an error line of a dozen words rarely has; here one word of :data:`ERROR_WORDS` (the words
minebelt's and click's English error sentences are made of) is enough.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from english_words import english_words
from test_hostile_cli import BASE, run

from minebelt import i18n

#: Words of the English error sentences (none of them a word of the six readers' languages,
#: nor a key or value of the files, like ``true``: those stay as written).
ERROR_WORDS = frozenset(
    """unknown must not be is are an in at or did you mean known allowed give number interval like
    text byte malformed line column whole valid integer input should such option invalid value missing
    required field file found key empty table array uses which none error got
    entries characters least more than expected interrupted aborted terminated language density
    request query""".split()
)

CLAIMS = '[[claims]]\nid = "a"\nquote = "q"\nstated = 1\ncompute = { expr = "1 + 1" }\n'

#: A section along a drawn line (``l.geojson``, the case's second file).
LINED = 'name = "c"\n[defaults]\ndepth_km = 2\ndensity = 100\n[[sections]]\nname = "L"\ncountry = "POL"\nline = "l.geojson"\nside = "left"\n'


def _line(coordinates: list, kind: str = "LineString") -> str:
    return json.dumps({"type": kind, "coordinates": coordinates})


#: name: (files to write {name: text or bytes}, arguments); "{f}" is the first file's path.
CASES: dict[str, tuple[dict[str, str | bytes], tuple[str, ...]]] = {
    "bad TOML": ({"s.toml": 'name = "t\n[defaults'}, ("estimate", "{f}")),
    "bad TOML at the end": ({"s.toml": "name = "}, ("estimate", "{f}")),
    "unknown density": ({"s.toml": BASE.replace("korea-peak", "korea-peek")}, ("estimate", "{f}")),
    "unknown density far": ({"s.toml": BASE.replace("korea-peak", "zzz")}, ("estimate", "{f}")),
    "depth out of range": ({"s.toml": BASE.replace("depth_km = 2", "depth_km = 80")}, ("estimate", "{f}")),
    "negative length": ({"s.toml": BASE.replace("length_km = 400", "length_km = -5")}, ("estimate", "{f}")),
    "unknown country": ({"s.toml": BASE.replace('country = "POL"', 'country = "XXQ"')}, ("estimate", "{f}")),
    "unknown key": ({"s.toml": BASE.replace("length_km", "lenght_km")}, ("estimate", "{f}")),
    "not UTF-8": ({"s.toml": b'name = "\xff\xfe"\n'}, ("estimate", "{f}")),
    "missing file": ({}, ("estimate", "no-such-file.toml")),
    "unknown option": ({"s.toml": BASE}, ("estimate", "{f}", "--bogus")),
    "unknown command": ({}, ("bogus",)),
    "missing argument": ({}, ("estimate",)),
    "bad --samples text": ({"s.toml": BASE}, ("estimate", "{f}", "--samples", "abc")),
    "bad --samples zero": ({"s.toml": BASE}, ("estimate", "{f}", "--samples", "0")),
    "bad --lang": ({"s.toml": BASE}, ("estimate", "{f}", "--lang", "xx")),
    "choice": ({"s.toml": BASE.replace("length_km = 400", 'length_km = 400\nside = "middle"')}, ("estimate", "{f}")),
    "compare one scenario": ({"s.toml": BASE}, ("compare", "{f}")),
    "claims not an array": ({"c.toml": "claims = 3\n"}, ("factcheck", "{f}")),
    "claims expr": ({"c.toml": CLAIMS.replace('"1 + 1"', '"x + 1"')}, ("factcheck", "{f}")),
    "claims stated text": ({"c.toml": CLAIMS.replace("stated = 1", 'stated = "abc"')}, ("factcheck", "{f}")),
    "claims not UTF-8": ({"c.toml": b"[[claims]]\nid = '\xff'\n"}, ("factcheck", "{f}")),
    "claims expr not arithmetic": ({"c.toml": CLAIMS.replace('"1 + 1"', '"1 +"')}, ("factcheck", "{f}")),
    "claims duplicate id": ({"c.toml": CLAIMS + CLAIMS}, ("factcheck", "{f}")),
    "line of zero length": ({"s.toml": LINED, "l.geojson": _line([[24, 52], [24, 52]])}, ("estimate", "{f}")),
    "line crossing itself": ({"s.toml": LINED, "l.geojson": _line([[24, 52], [25, 53], [25, 52], [24, 53]])}, ("estimate", "{f}")),
    "line parts apart": (
        {"s.toml": LINED, "l.geojson": _line([[[24, 52], [25, 53]], [[26, 52], [24, 53]]], "MultiLineString")},
        ("estimate", "{f}"),
    ),
    "mask ring open": (
        {"s.toml": LINED.replace('side = "left"', 'side = "left"\nmask = "m.geojson"'), "l.geojson": _line([[24, 52], [25, 53]]),
         "m.geojson": '{"type": "Polygon", "coordinates": [[[24, 52], [25, 52], [25, 53], [24, 53]]]}'},
        ("estimate", "{f}"),
    ),
    "border missing": ({"s.toml": BASE.replace('border = "BLR"\n', "")}, ("estimate", "{f}")),
    "line of a point": ({"s.toml": LINED, "l.geojson": json.dumps({"type": "Point", "coordinates": [24, 52]})}, ("estimate", "{f}")),
    "distribution inverted": ({"s.toml": BASE.replace("length_km = 400", "length_km = {uniform = [3, 2]}")}, ("estimate", "{f}")),
    "atlas deminers and workforce": ({}, ("atlas", "--deminers", "5", "--workforce", "falklands")),
    "unknown country name": ({"s.toml": BASE.replace('country = "POL"', 'country = "POL-BLR"')}, ("estimate", "{f}")),
    "land release shares": ({"s.toml": BASE + "[clearance]\nland_release = { cancelled_nts = 0.5, reduced_ts = 0.3, cleared = 0.3 }\n"}, ("estimate", "{f}")),
    "workforce with deminers": ({"s.toml": BASE + '[clearance]\ndeminers = 10\nworkforce = "falklands"\n'}, ("estimate", "{f}")),
    "currency code": ({"s.toml": BASE + '[cost]\ncurrency = "US"\n'}, ("estimate", "{f}")),
}  # fmt: skip

#: What the user typed or the file holds, left as written: quoted text, a parenthesised code
#: list, file names, options, field paths, codes and numbers, and the fields ``line:`` (a
#: section's drawn line) and ``text:`` (an article's): keys of the input that are also words
#: of the English sentences; a list of three or more allowed keys closing a parenthesis
#: (``(allowed: mines, area, length, ...)``).
_AS_WRITTEN = re.compile(
    r"'[^']*'|\"[^\"]*\"|\S*[-_./=\[\]<>\d]\S*|\b[A-Z0-9]{2,}\b|\b(?:line|text)(?=: )|\b\w+(?:, \w+){2,}(?=\))"
)


def english_left(line: str, lang: str) -> list[str]:
    """The English words of ``line`` outside what stays as written (empty: none)."""
    words = re.findall(r"[^\W\d_]+", _AS_WRITTEN.sub(" ", line))
    common = ERROR_WORDS | english_words(lang)
    return [w for w in words if w.lower() in common]


def test_the_detector_sees_english_and_skips_what_is_written() -> None:
    assert english_left("minebelt: błąd: s.toml: defaults.density = 'zzz': unknown density model", "pl") == [
        "unknown",
        "density",
    ]
    assert english_left("minebelt: błąd: s.toml: sections[0] 'Poland': length_km = -5: musi być > 0", "pl") == []
    assert english_left("minebelt: klaida: s.toml: not UTF-8 text (byte 8)", "lt") == ["not", "text", "byte"]


def _run_case(case: str, lang: str, tmp_path: Path) -> None:
    files, args = CASES[case]
    for name, text in files.items():
        (tmp_path / name).write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    first = str(tmp_path / next(iter(files))) if files else ""
    proc = run("--lang", lang, *(a.replace("{f}", first) for a in args), cwd=tmp_path)
    err = proc.stderr
    assert proc.returncode == 2, (proc.returncode, err[-2000:])
    assert proc.stdout == "" and "Traceback" not in err, err[-2000:]
    lines = err.splitlines()
    assert err.endswith("\n") and lines[0].startswith("minebelt: "), err
    # a usage error adds the command's usage and the help hint; nothing else follows the line
    assert len(lines) == 1 or (len(lines) == 3 and "minebelt" in lines[1] and "--help" in lines[2]), err
    line = lines[0].replace(str(tmp_path) + "/", "")
    assert english_left(line, lang) == [], line


#: Every case in one language each (the languages in turn); the whole table in every language
#: is the slow test below.
@pytest.mark.parametrize("case", list(CASES))
def test_error_line_in_the_readers_language(case: str, tmp_path: Path) -> None:
    langs = i18n.LANGS[1:]
    _run_case(case, langs[list(CASES).index(case) % len(langs)], tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize("lang", i18n.LANGS[1:])
@pytest.mark.parametrize("case", list(CASES))
def test_error_line_in_every_language(case: str, lang: str, tmp_path: Path) -> None:
    _run_case(case, lang, tmp_path)


# ----------------------------------------------------------------------------- the web API's 422


@pytest.mark.parametrize(
    ("query", "headers", "lang"),
    [
        ("?lang=pl", {}, "pl"),
        ("", {"Accept-Language": "fi-FI,fi;q=0.9"}, "fi"),
        ("?lang=uk", {"Accept-Language": "lt"}, "uk"),
    ],
)
def test_web_422_text_in_the_readers_language_detail_in_english(query: str, headers: dict, lang: str) -> None:
    """``detail`` stays the English line (its marker of web/rules.py is the contract); ``text``
    is the same line in the reader's language, the field and the values as written."""
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from minebelt.web.app import create_app
    from minebelt.web.rules import RULES

    body = {
        "name": "t",
        "defaults": {"depth_km": 2, "density": "korea-peek"},
        "sections": [{"name": "s", "country": "POL", "border": "BLR", "length_km": 400}],
    }
    with TestClient(create_app()) as client:
        r = client.post("/api/estimate" + query, json=body, headers=headers)
        assert r.status_code == 422, r.text
        doc = r.json()
        assert "unknown density model" in doc["detail"] and any(m in doc["detail"] for _, _, m in RULES)
        assert "defaults.density = 'korea-peek'" in doc["text"] and "'korea-peak'" in doc["text"]
        assert english_left(doc["text"], lang) == [], doc["text"]
        r = client.post("/api/estimate", json=body)  # no language asked: the same English line
        assert r.json()["text"] == r.json()["detail"]
        r = client.post("/api/scenario/check" + query, json=body, headers=headers)  # the page's rows
        row = r.json()["sections"][0]
        assert row["ok"] is False and "unknown density model" in row["detail"], row
        assert "'korea-peek'" in row["text"] and english_left(row["text"], lang) == [], row


#: Requests the web API refuses by pydantic's types and by its one-off rules: (method, path,
#: JSON body or None, what the English ``detail`` holds).
_SCENARIO = {
    "name": "t",
    "defaults": {"depth_km": 2, "density": "korea-peak"},
    "sections": [{"name": "s", "country": "POL", "border": "BLR", "length_km": 400}],
}
_CLAIM = {"id": "a", "quote": "q", "stated": 1, "compute": {"expr": "1 + 1"}}
WEB_CASES: dict[str, tuple[str, str, object, str]] = {
    "missing": ("post", "/api/factcheck", {}, "required field is missing"),
    "too short": ("post", "/api/compare", {"scenarios": [_SCENARIO]}, "at least 2 items"),
    "string type": ("post", "/api/compare", {"scenarios": [_SCENARIO, {**_SCENARIO, "name": 5}]}, "valid string"),
    "extra key": ("post", "/api/factcheck", {"claims": [{**_CLAIM, "bogus": 1}]}, "unknown key"),
    "greater than": ("get", "/api/atlas?depth_km=-1", None, "greater than 0"),
    "bool parsing": ("post", "/api/estimate?belts=maybe", _SCENARIO, "valid boolean"),
    "int parsing": ("post", "/api/estimate?samples=abc", _SCENARIO, "valid integer"),
    "not JSON": ("post", "/api/estimate", "[1,", "not valid JSON"),
    "samples limit": ("post", "/api/estimate?samples=0", _SCENARIO, "API_SAMPLES_MAX"),
    "sort key": ("get", "/api/atlas?sort=zz", None, "unknown sort key"),
    "bbox": ("get", "/api/outlines?bbox=5,5,1,1", None, "min_lon < max_lon"),
    "article empty": ("post", "/api/extract", {"text": ""}, "no text to read claims from"),
    "line file": (
        "post",
        "/api/estimate",
        {**_SCENARIO, "sections": [{"name": "s", "country": "POL", "line": "l.geojson", "side": "left"}]},
        "does not read files",
    ),
    "line zero length": (
        "post",
        "/api/estimate",
        {
            **_SCENARIO,
            "sections": [
                {
                    "name": "s",
                    "country": "POL",
                    "side": "left",
                    "line": {"type": "LineString", "coordinates": [[24, 52], [24, 52]]},
                }
            ],
        },
        "zero length",
    ),
    "claims expr": (
        "post",
        "/api/factcheck",
        {"claims": [{**_CLAIM, "compute": {"expr": "1 +"}}]},
        "not valid arithmetic",
    ),
    "duplicate id": ("post", "/api/factcheck", {"claims": [_CLAIM, _CLAIM]}, "duplicate id"),
    "unknown country name": (
        "post",
        "/api/estimate",
        {**_SCENARIO, "sections": [{"name": "s", "country": "POL-BLR", "border": "BLR", "length_km": 400}]},
        "unknown country",
    ),
    "claims members": (
        "post",
        "/api/factcheck",
        {"claims": [{**_CLAIM, "unit": "countries", "compute": {"members": ["XXX"], "of": "NATO"}}]},
        "is not an ISO 3166-1 alpha-3 code",
    ),
    # refused before any parser, by the worker pool
    "nested too deep": (
        "post",
        "/api/estimate",
        '{"name":"t","x":' + "[" * 100 + "]" * 100 + "}",
        "API_JSON_DEPTH_MAX",
    ),
}


@pytest.fixture(scope="module")
def web_client():
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from minebelt.web.app import create_app

    with TestClient(create_app()) as client:
        yield client


@pytest.mark.parametrize("case", list(WEB_CASES))
def test_web_422_wholly_in_the_readers_language(case: str, web_client) -> None:
    """pydantic's refusals (by their error type, :mod:`minebelt.web.error_types`) and the web
    API's one-off rules (limits, drawn lines, claims, query options): ``text`` holds no English
    word in any language, ``detail`` stays the English line with a marker of web/rules.py when
    the rule is one of them."""
    from minebelt.web.rules import RULES

    method, path, body, english = WEB_CASES[case]
    for lang in i18n.LANGS[1:]:
        url = path + ("&" if "?" in path else "?") + f"lang={lang}"
        if method == "get":
            r = web_client.get(url)
        elif isinstance(body, str):
            r = web_client.post(url, content=body, headers={"content-type": "application/json"})
        else:
            r = web_client.post(url, json=body)
        assert r.status_code == 422, r.text
        doc = r.json()
        assert english in doc["detail"] and doc["text"] != doc["detail"], doc
        assert english_left(doc["text"], lang) == [], (lang, doc["text"])
        if lang == "pl" and case in ("sort key", "bbox", "duplicate id", "line zero length"):
            assert any(m in doc["detail"] for _, _, m in RULES), doc["detail"]


#: One request with several problems: a name missing (twice), a depth out of its range (with its
#: unit), unknown keys of a section and of the scenario, each in the words of its own kind.
_MANY = {"sections": [{"country": "POL", "depth_km": -1, "neighbour": "x"}], "colour": 1}

#: The unit of the depth's range in each reader's words (the catalogue's "km").
_KM = {"uk": "(0, 50] км", "pl": "(0, 50] km", "fi": "(0, 50] km", "et": "(0, 50] km", "lv": "(0, 50] km",
       "lt": "(0, 50] km"}  # fmt: skip


@pytest.mark.parametrize("lang", i18n.LANGS[1:])
def test_web_422_with_several_problems_wholly_in_the_readers_language(lang: str, web_client) -> None:
    """Every problem of one request is worded in the reader's language, by its own kind (the
    label "request", a missing field, a range and its unit, an unknown key with the keys
    allowed); ``detail`` stays the English line, problem for problem."""
    r = web_client.post(f"/api/estimate?lang={lang}", json=_MANY)
    assert r.status_code == 422, r.text
    doc = r.json()
    english = r.json()["detail"]
    assert english == web_client.post("/api/estimate", json=_MANY).json()["detail"]
    assert english.count("; request") == 4 and "request: unknown key 'colour' (allowed: " in english, english
    text = doc["text"]
    assert text.count("; ") == english.count("; "), text  # as many problems, in the same order
    assert _KM[lang] in text and "'neighbour'" in text and "'colour'" in text, text
    assert english_left(text, lang) == [], (lang, text)
    assert "request" not in text, text
