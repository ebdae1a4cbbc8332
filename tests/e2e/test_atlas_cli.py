"""``minebelt atlas`` as a user runs it: the installed console script in a subprocess.

--json, --csv, --gpkg (read back with pyogrio) and the map (an A4 landscape PNG at 200 dpi)
on the borders of two countries; the terminal table at 80 columns; bad options one line, exit
2, nothing written. Each test has its own cache folder (``MINEBELT_CACHE_DIR``).
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

COUNTRIES = ["--country", "EST", "--country", "LIE"]


@pytest.fixture
def run(tmp_path):
    def go(*args: str, columns: int = 160) -> subprocess.CompletedProcess:
        here = Path(sys.executable).parent / "minebelt"
        exe = str(here) if here.exists() else shutil.which("minebelt")
        assert exe, "the minebelt console script is not installed"
        env = {**os.environ, "COLUMNS": str(columns), "NO_COLOR": "1", "MINEBELT_CACHE_DIR": str(tmp_path / "cache")}
        return subprocess.run([exe, "atlas", *args], capture_output=True, text=True, timeout=900, env=env, cwd=tmp_path)

    return go


def test_json_document(run) -> None:
    p = run(*COUNTRIES, "--json", "--deminers", "1000")
    assert p.returncode == 0, p.stderr
    doc = json.loads(p.stdout)
    assert doc["schema"] == "minebelt.atlas/1" and doc["depth_km"] == 2.0 and doc["countries"] == ["EST", "LIE"]
    rows = doc["borders"]
    assert doc["sides"] == len(rows) == 8  # EST: LVA, RUS; LIE: AUT, CHE; both sides of each
    assert [r["rank"] for r in rows] == list(range(1, 9))
    mines = [r["mines"]["korea-peak"] for r in rows]
    assert mines == sorted(mines, reverse=True)
    assert set(rows[0]["mines"]) == {m["name"] for m in doc["models"]} == set(rows[0]["clearance_years"])
    assert doc["clearance"]["deminers"] == 1000 and doc["clearance"]["workforce"] is None
    est = next(r for r in rows if (r["defender"], r["neighbour"]) == ("EST", "RUS"))
    assert est["water_km"] > 150 and est["land_km"] + est["water_km"] == pytest.approx(est["length_km"])
    assert set(est["people"]) == {"defender_side", "other_side"} and set(est["people"]["other_side"]) == {
        "within_1km",
        "within_5km",
        "within_10km",
    }


def test_terminal_table_fits_80_columns_with_the_headline_first(run) -> None:
    p = run(*COUNTRIES, "--top", "3", "--sort", "people", columns=80)
    assert p.returncode == 0, p.stderr
    lines = p.stdout.splitlines()
    assert lines[0].startswith("At 2 km deep the largest belts would be on ")
    assert max(len(line) for line in lines) <= 80, max(lines, key=len)
    assert "Border sides at 2 km, by people" in p.stdout and "(the first 3 of 8 sides)" in p.stdout
    assert "4,021 deminers" in p.stdout  # the workforce is stated


def test_polish_table_names_its_order_and_keeps_words_whole(run) -> None:
    p = run("--country", "IND", "--top", "4", "--lang", "pl", columns=120)
    assert p.returncode == 0, p.stderr
    assert "wg liczby min" in p.stdout and "wg mines" not in p.stdout
    cells = [line.split()[-1] for line in p.stdout.splitlines() if line.startswith(" " * 40) and line.strip()]
    assert "miejscowości" in cells and "miejs" not in cells  # "brak miejscowości w danych", never split mid-word


def test_csv_gpkg_and_map(run, tmp_path) -> None:
    import pyogrio
    from PIL import Image

    p = run(
        *COUNTRIES,
        "--top",
        "5",
        "--sort",
        "area",
        "--depth",
        "1.5",
        "--csv",
        "a.csv",
        "--gpkg",
        "a.gpkg",
        "--png",
        "a.png",
    )
    assert p.returncode == 0, p.stderr
    rows = list(csv.DictReader(io.StringIO((tmp_path / "a.csv").read_text(encoding="utf-8"))))
    assert (
        len(rows) == 5
        and rows[0]["rank"] == "1"
        and "mines_korea_peak" in rows[0]
        and "people_5km_other_side" in rows[0]
    )
    areas = [float(r["belt_area_km2"]) for r in rows]
    assert areas == sorted(areas, reverse=True)
    assert [name for name, _ in pyogrio.list_layers(tmp_path / "a.gpkg")] == ["belts"]
    gdf = pyogrio.read_dataframe(tmp_path / "a.gpkg", layer="belts")
    assert len(gdf) == 5 and gdf.crs.to_epsg() == 4326
    assert list(gdf["defender"]) == [r["defender"] for r in rows]
    assert gdf["belt_area_km2"].tolist() == pytest.approx(areas)
    assert gdf.geometry.notna().all() and gdf.geometry.is_valid.all()
    im = Image.open(tmp_path / "a.png")
    assert im.size == (2338, 1654)  # A4 landscape (297 x 210 mm) at 200 dpi
    assert round(im.info["dpi"][0]) == 200


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--sort", "biggest"], ["--sort 'biggest'", "allowed: mines, area, length"]),
        (["--depth", "-2"], ["--depth -2", "(0, 50] km"]),
        (["--depth", "80"], ["--depth 80", "(0, 50] km"]),
        (["--top", "0"], ["--top 0", ">= 1"]),
        (["--deminers", "0"], ["--deminers 0", "(0, 10,000,000]"]),
        (["--workforce", "halo"], ["--workforce 'halo'", "halo-zimbabwe"]),
        (["--country", "XXY"], ["--country 'XXY'"]),
    ],
)
def test_bad_options_one_line_exit_2_nothing_written(run, tmp_path, args: list[str], words: list[str]) -> None:
    p = run(*args, "--csv", "out.csv", "--png", "out.png")
    assert p.returncode == 2, (p.stdout, p.stderr)
    assert p.stdout == "" and "Traceback" not in p.stderr
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("minebelt: error: ")
    for w in words:
        assert w in lines[0], lines[0]
    assert not (tmp_path / "out.csv").exists() and not (tmp_path / "out.png").exists()


def test_existing_output_needs_force(run, tmp_path) -> None:
    (tmp_path / "a.csv").write_text("keep")
    p = run("--country", "LIE", "--csv", "a.csv")
    assert p.returncode == 2 and "--force" in p.stderr
    assert (tmp_path / "a.csv").read_text() == "keep"
    assert run("--country", "LIE", "--csv", "a.csv", "--force").returncode == 0
    assert (tmp_path / "a.csv").read_text().startswith("rank,defender,")
