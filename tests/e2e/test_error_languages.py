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
    entries characters least more than expected interrupted aborted terminated language density""".split()
)

CLAIMS = '[[claims]]\nid = "a"\nquote = "q"\nstated = 1\ncompute = { expr = "1 + 1" }\n'

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
}

#: What the user typed or the file holds, left as written: quoted text, a parenthesised code
#: list, file names, options, field paths, codes and numbers.
_AS_WRITTEN = re.compile(r"'[^']*'|\"[^\"]*\"|\S*[-_./=\[\]<>\d]\S*|\b[A-Z0-9]{2,}\b")


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
