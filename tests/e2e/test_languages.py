"""The outputs in the readers' languages, as a user runs them: ``--lang`` on the console
script, the report page and PDF in Polish and Ukrainian, every language at 80 columns, the
JSON in English whatever the language, and an unknown code as one line, exit 2."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from minebelt import i18n
from minebelt import numbers as N

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
#: Every letter of each language's alphabet beyond ASCII (what the PDF's font must draw).
ALPHABETS = {
    "uk": "АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯабвгґдеєжзиіїйклмнопрстуфхцчшщьюя’",
    "pl": "ĄĆĘŁŃÓŚŹŻąćęłńóśźż",
    "fi": "ÄÖÅäöåŠšŽž",
    "et": "ÄÖÕÜŠŽäöõüšž",
    "lv": "ĀČĒĢĪĶĻŅŠŪŽāčēģīķļņšūž",
    "lt": "ĄČĘĖĮŠŲŪŽąčęėįšųūž",
}


def _script() -> str:
    here = Path(sys.executable).parent / "minebelt"
    found = str(here) if here.is_file() else shutil.which("minebelt")
    if found is None:
        pytest.fail("the minebelt console script is not installed (pip install .)")
    return found


def run(*args: object, columns: int = 80, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in ("MINEBELT_LANG", "LANG", "LC_ALL", "LC_MESSAGES")}
    full = {**base, "COLUMNS": str(columns), "NO_COLOR": "1", **(env or {})}
    return subprocess.run([_script(), *map(str, args)], capture_output=True, text=True, timeout=900, env=full)


def test_an_unknown_language_is_one_line_and_exit_2(tmp_path: Path) -> None:
    p = run("report", EXAMPLES / "eastern-flank.toml", "--lang", "de", "--out", tmp_path / "r")
    assert p.returncode == 2 and p.stdout == ""
    assert p.stderr == f"minebelt: error: --lang 'de': unknown language; allowed: {', '.join(i18n.LANGS)}\n"
    assert not (tmp_path / "r").exists()
    p = run("borders", env={"MINEBELT_LANG": "xx"})
    assert p.returncode == 2 and p.stderr.startswith("minebelt: error: MINEBELT_LANG 'xx'")


@pytest.fixture(scope="module")
def flank_json() -> dict:
    p = run("estimate", EXAMPLES / "eastern-flank.toml", "--json")
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)


def test_the_json_stays_english(flank_json: dict) -> None:
    p = run("estimate", EXAMPLES / "eastern-flank.toml", "--json", "--lang", "uk")
    assert json.loads(p.stdout) == flank_json


def test_estimate_in_ukrainian_from_lang_env(flank_json: dict) -> None:
    p = run("estimate", EXAMPLES / "eastern-flank.toml", env={"LANG": "uk_UA.UTF-8"})
    assert p.returncode == 0, p.stderr
    t = flank_json["totals"]
    with i18n.language("uk"):
        front, mines = N.sig(t["belt_front_km"]), N.sig(t["mines"], words=True)
    flat = re.sub(r"[ \n]+", " ", p.stdout)  # lines joined; no-break spaces inside figures kept
    assert f"{mines} мін вздовж {front} км сухопутної лінії" in flat
    assert "За ділянками" in p.stdout and "Разом" in p.stdout


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_every_language_fits_80_columns(lang: str, flank_json: dict) -> None:
    """``estimate --details`` at 80 columns: no line wider in display cells (a wide character
    counts two, as the terminal draws it)."""
    from rich.cells import cell_len

    p = run("estimate", EXAMPLES / "eastern-flank-full.toml", "--details", "--lang", lang)
    assert p.returncode == 0, p.stderr
    wide = [line for line in p.stdout.splitlines() if cell_len(line) > 80]
    assert not wide and "\u2026" not in p.stdout, wide
    with i18n.language(lang):
        total = N.num(flank_json["totals"]["length_km"], scale=False)
    assert total in p.stdout  # whole, in the language's separators


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> dict[str, Path]:
    out = {}
    for lang in ("pl", "uk"):
        folder = tmp_path_factory.mktemp(lang) / "r"
        p = run("report", EXAMPLES / "eastern-flank.toml", "--lang", lang, "--pdf", "--out", folder)
        assert p.returncode == 0, p.stderr
        out[lang] = folder
    return out


def test_report_page_in_polish(reports: dict[str, Path], flank_json: dict) -> None:
    page = (reports["pl"] / "index.html").read_text(encoding="utf-8")
    assert '<html lang="pl">' in page
    assert "Podsumowanie" in page and ">Mapa<" in page
    with i18n.language("pl"):
        assert N.sig(flank_json["totals"]["mines"], words=True) in page  # "125 mln"
    assert "min wzdłuż" in page and "linii lądowej" in page


def test_pdf_in_ukrainian_reads_back(reports: dict[str, Path]) -> None:
    from pypdf import PdfReader

    text = "\n".join(p.extract_text() for p in PdfReader(str(reports["uk"] / "report.pdf")).pages)
    assert "сухопутної лінії" in text and "Разом" in text


def test_pdf_font_draws_every_letter_of_the_six_languages(tmp_path: Path) -> None:
    from pypdf import PdfReader

    from minebelt.outputs.report.pdf import _pdf

    pdf = _pdf("alphabets")
    pdf.add_page()
    chunks = [letters[i : i + 24] for letters in ALPHABETS.values() for i in range(0, len(letters), 24)]
    for style in ("", "B"):
        pdf.set_font("dejavu", style, 11)
        for chunk in chunks:
            pdf.cell(0, 6, chunk, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "a.pdf"
    path.write_bytes(bytes(pdf.output()))
    lines = PdfReader(str(path)).pages[0].extract_text().splitlines()
    for chunk in chunks:
        assert lines.count(chunk) == 2, chunk  # regular and bold, every letter read back
