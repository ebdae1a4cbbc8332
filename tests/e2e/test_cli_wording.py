"""The newcomer review's CLI findings, through the installed ``minebelt`` console script.

Each test runs the command as a user does (a subprocess, stderr not a terminal) and checks
the exact wording: the scenario file named as typed at every stage, pydantic's bounds in the
project's words, a short ``--output`` typo line, ``report --out`` with a missing parent,
nothing on stderr from a successful report, the scenario row of ``calibrate``, the uncertain
inputs' users, plural forms and the parts of a border.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

#: Runs the console script on measured borders, many times: the slow part of the suite.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"

STATED = """name = "t"
[defaults]
depth_km = "1.5 to 2.5"
density = 6000
[[sections]]
name = "Poland"
country = "POL"
border = "BLR"
length_km = 400
"""


def _script() -> str:
    """The console script installed next to this interpreter (else on PATH)."""
    here = Path(sys.executable).parent / "minebelt"
    found = str(here) if here.is_file() else shutil.which("minebelt")
    if found is None:
        pytest.fail("the minebelt console script is not installed (pip install .)")
    return found


def run(*args: object, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "160", "NO_COLOR": "1"}
    return subprocess.run([_script(), *map(str, args)], capture_output=True, text=True, timeout=300, cwd=cwd, env=env)


def one_line(p: subprocess.CompletedProcess[str]) -> str:
    assert p.returncode == 2, (p.returncode, p.stderr[-2000:])
    assert p.stdout == "" and p.stderr.count("\n") == 1 and "Traceback" not in p.stderr, p.stderr[-2000:]
    # the prefix is in the reader's language too ("minebelt: błąd: ")
    return re.sub(r"^minebelt: [^:\s]+: ", "", p.stderr).rstrip("\n")


def test_scenario_named_as_typed_at_every_stage(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    schema = STATED.replace('depth_km = "1.5 to 2.5"', "depth_km = true")
    geometry = STATED.replace("length_km = 400\n", "from_km = 5000\n")  # refused when the border is measured
    for name, text in (("schema.toml", schema), ("geometry.toml", geometry)):
        (tmp_path / "sub" / name).write_text(text, encoding="utf-8")
        line = one_line(run("estimate", f"sub/{name}", cwd=tmp_path))
        assert line.startswith(f"sub/{name}: "), line
        assert str(tmp_path) not in line
    assert "from_km = 5000: at or beyond the end of the POL-BLR border" in line
    # sensitivity names it the same way
    line = one_line(run("sensitivity", "sub/geometry.toml", "-n", "64", cwd=tmp_path))
    assert line.startswith("sub/geometry.toml: "), line


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ("[production]\nstart_year = 1800\n", "s.toml: production.start_year = 1800: must lie in [1900, 2200]"),
        (
            "[production]\nstart_year = 2026.5\n",
            "s.toml: production.start_year = 2026.5: must be a whole number in [1900, 2200]",
        ),
        (
            '[cost]\nlaying_cost_per_km2 = "not costd"\n',
            "s.toml: cost.laying_cost_per_km2: 'not costd' is neither a number, an interval like \"6000 to 12000\" nor 'not costed' (did you mean 'not costed'?)",
        ),
        (
            '[cost]\nfence_cost_per_km = "none"\n',
            "s.toml: cost.fence_cost_per_km: 'none' is neither a number, an interval like \"6000 to 12000\" nor 'not costed'",
        ),
    ],
)
def test_bounds_and_words_in_the_projects_style(tmp_path: Path, extra: str, expected: str) -> None:
    (tmp_path / "s.toml").write_text(STATED + extra, encoding="utf-8")
    assert one_line(run("estimate", "s.toml", cwd=tmp_path)) == expected


def test_a_word_for_a_depth_names_the_depth_range_and_example_in_the_reader_language(tmp_path: Path) -> None:
    (tmp_path / "s.toml").write_text(STATED.replace('depth_km = "1.5 to 2.5"', 'depth_km = "two"'), encoding="utf-8")
    expected = "s.toml: defaults.depth_km = 'two': must be a number or an interval like \"1.5 to 2.5\", in (0, 50] km"
    assert one_line(run("estimate", "s.toml", cwd=tmp_path)) == expected
    polish = one_line(run("estimate", "s.toml", "--lang", "pl", cwd=tmp_path))
    assert (
        polish == "s.toml: defaults.depth_km = 'two': musi być liczbą lub przedziałem, np. \"1.5 to 2.5\", w (0, 50] km"
    )
    (tmp_path / "s.toml").write_text(STATED.replace("density = 6000", "density = 200000"), encoding="utf-8")
    assert one_line(run("estimate", "s.toml", "--lang", "pl", cwd=tmp_path)).endswith("(0, 100\u00a0000] min/km²")
    (tmp_path / "s.toml").write_text(STATED.replace('country = "POL"', 'country = "XXX"'), encoding="utf-8")
    assert "nieznany kod ISO 3166-1 alfa-3 'XXX'" in one_line(run("estimate", "s.toml", "--lang", "pl", cwd=tmp_path))


def test_section_bounds_and_choices(tmp_path: Path) -> None:
    (tmp_path / "s.toml").write_text(STATED.replace("length_km = 400\n", "from_km = -1\n"), encoding="utf-8")
    assert (
        one_line(run("estimate", "s.toml", cwd=tmp_path)) == "s.toml: sections[0] 'Poland': from_km = -1: must be >= 0"
    )
    (tmp_path / "s.toml").write_text(
        STATED.replace("density = 6000\n", 'density = 6000\nalong_water = "skp"\n'), encoding="utf-8"
    )
    assert (
        one_line(run("estimate", "s.toml", cwd=tmp_path))
        == "s.toml: defaults.along_water = 'skp': must be 'skip' or 'include'"
    )


def test_sensitivity_output_typo_is_short(tmp_path: Path) -> None:
    (tmp_path / "s.toml").write_text(STATED + '[cost]\ncurrency = "EUR"\n', encoding="utf-8")
    line = one_line(run("sensitivity", "s.toml", "-n", "64", "--output", "totals.mine", cwd=tmp_path))
    assert line == (
        "s.toml: --output 'totals.mine': not a sampled figure of this scenario (did you mean 'totals.mines'?) "
        "(figures: totals.*, by_country.<country>.*, cost.*)"
    )
    line = one_line(run("sensitivity", "s.toml", "-n", "64", "--output", "zzz", cwd=tmp_path))
    assert "did you mean" not in line and line.endswith("(figures: totals.*, by_country.<country>.*, cost.*)")


def test_report_out_needs_its_parent(tmp_path: Path) -> None:
    scenario = EXAMPLES / "seed-reduced-model.toml"
    line = one_line(run("report", scenario, "--out", tmp_path / "missing" / "r"))
    assert (
        line
        == f"--out {tmp_path / 'missing' / 'r'}: folder {tmp_path / 'missing'} does not exist (only the last folder of --out is created)"
    )
    assert not (tmp_path / "missing").exists()
    (tmp_path / "file").write_text("x")
    assert (
        one_line(run("report", scenario, "--out", tmp_path / "file" / "r"))
        == f"--out {tmp_path / 'file' / 'r'}: {tmp_path / 'file'} is not a folder"
    )
    # one missing level is the report folder itself: created; stderr stays empty (not a terminal)
    p = run("report", scenario, "--out", "r", cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    assert p.stderr == ""
    assert (tmp_path / "r" / "index.html").is_file()
    assert p.stdout.startswith("report written to r/ ")
    # an error after the progress stage: the one error line, no empty line before it
    p = run("report", scenario, "--out", "r2", "--claims", tmp_path / "nope.toml", cwd=tmp_path)
    assert p.returncode == 2 and p.stderr.startswith("minebelt: error: ") and p.stderr.count("\n") == 1, p.stderr


def test_calibrate_fills_the_scenario_row() -> None:
    p = run("calibrate", EXAMPLES / "seed-reduced-model.toml")
    assert p.returncode == 0, p.stderr
    row = next(line for line in p.stdout.splitlines() if line.startswith("Reduced model"))
    assert " scenario " in row and " 19.2 M " in row and " 1,600 " in row and " 12,000 " in row
    doc = json.loads(run("calibrate", EXAMPLES / "seed-reduced-model.toml", "--json").stdout)
    assert doc["scenarios"][0]["mines"] == 19_200_000 and doc["scenarios"][0]["belt_front_km"] == 1600


def test_uncertain_inputs_name_their_users(tmp_path: Path) -> None:
    (tmp_path / "s.toml").write_text(
        STATED + '[cost]\ncurrency = "EUR"\nunit_cost_per_mine = "20 to 200"\n', encoding="utf-8"
    )
    p = run("estimate", "s.toml", "--samples", "1000", cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    lines = [line.strip() for line in p.stdout.splitlines()]
    assert "defaults.depth_km = 1.5 to 2.5 km [shared by 1 section]" in lines
    assert "cost.unit_cost_per_mine = 20 to 200 per mine [cost block]" in lines
    assert "section(s)" not in p.stdout and "shared by 0" not in p.stdout


def test_borders_sum_sliver_parts() -> None:
    p = run("borders", "--country", "FIN")
    assert p.returncode == 0, p.stderr
    swe = next(line for line in p.stdout.splitlines() if "SWE Sweden" in line)
    doc = json.loads(run("borders", "--country", "FIN", "--json").stdout)
    parts = next(r for r in doc["borders"] if r["b"] == "SWE")["parts_km"]
    short = [q for q in parts if q["to_km"] - q["from_km"] < 1.0]
    assert len(parts) == 4 and len(short) == 3  # the bundled data: one long part, three slivers
    assert (
        f"4: 0.0-{parts[0]['to_km']:,.1f} + 3 short parts ({sum(q['to_km'] - q['from_km'] for q in short):,.1f} km)"
        in swe
    )
