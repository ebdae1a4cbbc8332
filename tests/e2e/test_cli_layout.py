"""What a newcomer sees in the first ten seconds, through the installed console script: the
headline sentence first, tables that fit an 80-column terminal with no number cut, the
fact-check's verdict counts first, and every error of a file at once."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from minebelt import numbers as N

#: Runs the console script on measured borders, many times: the slow part of the suite.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def _script() -> str:
    here = Path(sys.executable).parent / "minebelt"
    found = str(here) if here.is_file() else shutil.which("minebelt")
    if found is None:
        pytest.fail("the minebelt console script is not installed (pip install .)")
    return found


def run(*args: object, columns: int = 80, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": str(columns), "NO_COLOR": "1"}
    return subprocess.run([_script(), *map(str, args)], capture_output=True, text=True, timeout=600, env=env, cwd=cwd)


def _fits(text: str, width: int) -> None:
    # an address longer than the terminal stands alone on its line, whole (the terminal wraps
    # it; cut, it could not be followed or copied): the only line allowed wider
    wide = [line for line in text.splitlines() if len(line) > width and not re.fullmatch(r"\s*https?://\S+", line)]
    assert not wide, f"{len(wide)} line(s) wider than {width}:\n" + "\n".join(wide)
    assert "\u2026" not in text  # rich's ellipsis: nothing is cut


def test_eastern_flank_at_80_columns_leads_with_the_answer() -> None:
    p = run("estimate", EXAMPLES / "eastern-flank.toml")
    assert p.returncode == 0, p.stderr
    _fits(p.stdout, 80)
    doc = json.loads(run("estimate", EXAMPLES / "eastern-flank.toml", "--json").stdout)
    t = doc["totals"]
    first = " ".join(p.stdout.split("By section")[0].split())  # the sentence, before any table
    # one figure, the one km it is laid behind, and one line of why the border's length differs
    assert first.startswith(
        f"{doc['scenario']['name']}: {N.sig(t['mines'], words=True)} mines behind {N.sig(t['belt_front_km'])} km of land front"
    )
    assert f"The front is the border's land: of its {N.sig(t['length_km'])} km, the " in first
    assert "would take" not in first and "on land:" not in first
    assert f"a 2 km belt of {N.sig(t['area_km2'])} km²" in first and "12,000 mines per km²" in first
    total = next(line for line in p.stdout.splitlines() if line.startswith("Total "))
    assert N.num(t["area_km2"], scale=False) in total and N.num(t["mines"]) in total  # whole: "10,411", "125 M"
    # every section row carries its whole figures (nothing folded inside a number)
    for r in doc["sections"]:
        assert N.num(r["mines"]) in p.stdout and N.num(r["area_km2"], scale=False) in p.stdout


def test_blocks_are_a_figure_and_a_line_and_fit() -> None:
    p = run("estimate", EXAMPLES / "eastern-flank-full.toml", "--samples", "2000", "--seed", "1")
    assert p.returncode == 0, p.stderr
    _fits(p.stdout, 80)
    lines = p.stdout.splitlines()
    heads = [
        i
        for i, line in enumerate(lines)
        if re.match(r"(Production|Build cost(?: \(costed parts\))?|Clearance|Civilians): ", line)
    ]
    assert len(heads) == 4
    for i in heads:  # the figure's line, then what it assumes, indented
        assert lines[i + 1].startswith("  ") or lines[i + 2].startswith("  ")
    assert re.search(r"Build cost \(costed parts\): USD [\d.]+ bn to build", p.stdout)  # laying not costed
    flat = " ".join(p.stdout.split())  # the title "(costed parts)" may wrap the range onto the next line
    assert re.search(r"\(90 %: USD [\d.]+\u2013[\d.]+ bn\)", flat)  # a range rounded once, the unit once
    assert "Each block's detail: --details" in p.stdout
    detail = run("estimate", EXAMPLES / "eastern-flank-full.toml", "--samples", "2000", "--seed", "1", "--details")
    _fits(detail.stdout, 80)
    assert "  - " in detail.stdout and len(detail.stdout.splitlines()) > len(lines)
    prose = detail.stdout[detail.stdout.index("Calibration:") :].split("Uncertain inputs")[0]
    for line in prose.splitlines():  # continuation lines of a paragraph are indented
        assert not re.match(r"^[a-z(]", line), line


def test_factcheck_leads_with_the_counts_and_what_does_not_hold() -> None:
    doc = json.loads(run("factcheck", EXAMPLES / "seed-claims.toml", "--json").stdout)
    wrong = [c["id"] for c in doc["claims"] if c["verdict"] == "does-not-hold"]
    p = run("factcheck", EXAMPLES / "seed-claims.toml")
    assert p.returncode == 0, p.stderr
    _fits(p.stdout, 80)
    head = " ".join(" ".join(p.stdout.splitlines()[:3]).split())
    assert head.startswith(
        f"Fact-check of {EXAMPLES / 'seed-claims.toml'}, {len(doc['claims'])} claims: {len(wrong)} do not hold"
    )
    # every verdict is counted, the plans recorded as stated and the claims outside the scope too
    n = {v: sum(c["verdict"] == v for c in doc["claims"]) for v in ("holds", "stated", "not-checked")}
    assert n["stated"] and n["not-checked"]
    assert f"{n['holds']} hold, {n['stated']} stated, {n['not-checked']} not checked." in head
    for cid in wrong:
        assert f"  {cid}: does not hold" in p.stdout
    holding = next(c["id"] for c in doc["claims"] if c["verdict"] == "holds")
    assert holding not in p.stdout and "--all lists every claim" in p.stdout
    assert len(p.stdout.splitlines()) < 120
    every = run("factcheck", EXAMPLES / "seed-claims.toml", "--all")
    assert all(f"  {c['id']}: " in every.stdout for c in doc["claims"])
    _fits(every.stdout, 80)


def test_every_error_of_a_file_at_once(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text(
        'name = "t"\n[defaults]\ndepth_km = 2\ndensity = 6000\n'
        '[[sections]]\nname = "A"\ncountry = "Finland"\nborder = "Russia"\nlength_km = -5\n'
        '[[sections]]\nname = "B"\ncountry = "Polnd"\nborder = "BLR"\ndepth_km = 80\n'
        '[[sections]]\nname = "C"\ncountry = "POL"\nborder = "BLR"\nlength_km = 100\n',
        encoding="utf-8",
    )
    p = run("estimate", "bad.toml", "--geojson", "belts.geojson", cwd=tmp_path)
    assert p.returncode == 2 and p.stdout == "" and "Traceback" not in p.stderr
    assert p.stderr.splitlines() == [
        "minebelt: error: bad.toml: sections[0] 'A': length_km = -5: must lie in (0, 25000] km",
        "minebelt: error: bad.toml: sections[1] 'B': country: unknown country 'Polnd' (did you mean 'Poland' (POL)?)",
        "minebelt: error: bad.toml: sections[1] 'B': depth_km = 80: must lie in (0, 50] km",
    ]
    assert sorted(x.name for x in tmp_path.iterdir()) == ["bad.toml"]  # nothing written


def test_compare_leads_with_the_answer_and_fits() -> None:
    doc = json.loads(run("compare", EXAMPLES / "seed-korean-model.toml", "--json").stdout)
    mines = next(r for r in doc["figures"] if r["unit"] == "mines")
    p = run("compare", EXAMPLES / "seed-korean-model.toml")
    assert p.returncode == 0, p.stderr
    _fits(p.stdout, 80)
    head = " ".join(" ".join(p.stdout.splitlines()[:3]).split())
    a = doc["scenarios"][0]
    assert head.startswith(
        f"Compared with A ({a['name']}, {N.sig(mines['values'][0], words=True)} mines): B needs {N.pct(mines['ratio'][1])} of the mines"
    )
    # the scenarios' values stay whole (a narrower terminal leaves out ratio columns first, and names them)
    for v in mines["values"]:
        assert N.num(v) in p.stdout
    narrow = run("compare", EXAMPLES / "seed-korean-model.toml", columns=60)
    _fits(narrow.stdout, 60)
    assert "(left out at 60 columns: " in narrow.stdout and all(N.num(v) in narrow.stdout for v in mines["values"])
