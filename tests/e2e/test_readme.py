"""The README is true: its console outputs and the figures in its prose are the real ones, and
every command in it runs.

Both, not one: the outputs are deterministic (fixed seeds, no timings or dates), so an exact
comparison catches any figure that changed without the README (users copy these numbers);
and the commands shown without output (the report, the GeoJSON export, the Python lines)
must at least run as written. The prose states no figure of its own: each is a generated
``readme-value`` or one of the inputs and published figures listed in :data:`LITERAL`.
The same holds for the generated JSON example of ``docs/claims.md``. Fix a failure with
``python scripts/build_readme.py``. Runs the installed ``minebelt`` console script in
subprocesses (about a minute).
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"


def _script():
    spec = importlib.util.spec_from_file_location("build_readme", ROOT / "scripts" / "build_readme.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture
def workdir(tmp_path):
    """A fresh folder holding the examples, as after a clone."""
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    return tmp_path


#: Figures the README's prose may state itself: inputs of the examples, the articles' own words
#: and published, sourced figures — never an output of minebelt (those are readme-values).
LITERAL = {
    "2025": "the year the countries moved to leave the Convention; Reuters' date 2025-12-17",
    "12,000": "the Korean model's density (seed article); 12,000 mines/km2 in the examples",
    "2": "the Korean model's 2 km depth; USD 2-39 per m2 (EPS Journal)",
    "3.11": "Python 3.11+",
    "4326": "EPSG:4326",
    "200": "the article's 200-300 km; EUR 20-200 per mine; the published 200-489 years",
    "300": "the article's 200-300 km",
    "4": "the article's 4-5 million",
    "5": "the article's 4-5 million",
    "55": "the article's 'over 55 million'",
    "248": "the DMZ's 248 km Military Demarcation Line (sourced constant DMZ_LENGTH_KM)",
    "116": "the DMZ's about 116 km2 of minefields (the Army's, sourced constant DMZ_ARMY_MINED_AREA_KM2)",
    "1997": "the article's 'since 1997' (quoted)",
    "1": "1 March (the day of entry into force; the year is generated)",
    "1,000": "the article's 1,000 km priority front for Ukraine",
    "400": "the article's 400 km for Finland",
    "6000": "eastern-flank-full.toml's density input",
    "12000": "eastern-flank-full.toml's density input",
    "1.5": "eastern-flank-full.toml's depth input",
    "2.5": "eastern-flank-full.toml's depth input",
    "20": "EUR 20-200 per mine (Finnish Army, 2026)",
    "2026": "the Finnish Army's 2026 figure",
    "0.30": "EUR 0.30-1.9 M per km of fence (sourced)",
    "1.9": "EUR 0.30-1.9 M per km of fence; Leaflet 1.9.4",
    "90": "90 % intervals",
    "39": "USD 2-39 per m2 (EPS Journal)",
    "489": "the published 489 years (Korean sources)",
    "2006": "USD 2-39 per m2 at 2006 prices (EPS Journal, 2006-06-18)",
    "2021": "the Joint Chiefs of Staff's plan for the 2021 season (Yonhap via Hankyung, 2021-04-01)",
    "1.0": "ODbL 1.0",
    "4.0": "CC BY 4.0",
    "3166": "ISO 3166",
    "05.10": "IMAS 05.10 (the standard's number)",
}


def test_readme_prose_states_no_figure_of_its_own():
    mod = _script()
    stray = sorted(set(mod.prose_figures(README.read_text(encoding="utf-8"))) - set(LITERAL))
    assert not stray, f"figures in the README prose that are not generated (wrap each in a readme-value): {stray}"


def test_readme_values_render_from_the_documents():
    """The mechanism itself, without running commands: a stale figure is rewritten, a missing
    or null one stops the build."""
    mod = _script()
    doc = {
        "totals": {"mines": 124_815_743.6},
        "by_country": {"UKR": {"length_km": 3082.4}},
        "claims": [{"id": "a.1", "deviation": 0.1345, "verdict": "does-not-hold"}],
        "cost": {"laying_cost": None},
    }
    text = (
        "<!-- readme-command: flank = minebelt estimate x.toml --json -->\n"
        "needs <!-- readme-value: flank totals.mines millions:1 -->128<!-- /readme-value --> million, "
        "<!-- readme-value: flank by_country.UKR.length_km int -->3,000<!-- /readme-value --> km, "
        "<!-- readme-value: flank claims[id=a.1].deviation pct:0 -->9<!-- /readme-value --> %, "
        "<!-- readme-value: flank claims[id=a.1].verdict words -->holds<!-- /readme-value -->"
    )
    out = mod.render(text, "t.md", {"flank": doc})
    assert out.split("\n")[1] == (
        "needs <!-- readme-value: flank totals.mines millions:1 -->124.8<!-- /readme-value --> million, "
        "<!-- readme-value: flank by_country.UKR.length_km int -->3,082<!-- /readme-value --> km, "
        "<!-- readme-value: flank claims[id=a.1].deviation pct:0 -->13<!-- /readme-value --> %, "
        "<!-- readme-value: flank claims[id=a.1].verdict words -->does not hold<!-- /readme-value -->"
    )
    assert mod.render(out, "t.md", {"flank": doc}) == out  # up to date: --check passes
    for bad in ("flank cost.laying_cost int", "flank totals.nope int", "other totals.mines int", "flank totals.mines"):
        with pytest.raises(SystemExit, match="readme-value|readme-command"):
            mod.render(text + f" <!-- readme-value: {bad} -->1<!-- /readme-value -->", "t.md", {"flank": doc})


def test_readme_value_formats():
    mod = _script()
    f = mod.fmt_value
    assert f(5853.3167, "int") == "5,853" and f(71.3458, "dec:1") == "71.3" and f(71.3458, "dec:0") == "71"
    assert f(5120.97, "sig:2") == "5,100" and f(337.88, "sig:3") == "338" and f(0.4597, "sig:2") == "0.46"
    assert f(124_815_743.6, "millions:1") == "124.8" and f(400_196_916_971.8, "billions:0") == "400"
    assert f(0.134545, "pct:0") == "13" and f(2026, "year") == "2026" and f("2025-06-25", "date") == "25 June 2025"
    with pytest.raises(ValueError):
        f(None, "int")
    assert mod.lookup([{"a": {"b": [1, 2]}}], "[0].a.b[1]") == 2
    assert mod.lookup({"c": [{"id": "s1-dmz-1.5-2-km", "v": 3}]}, "c[id=s1-dmz-1.5-2-km].v") == 3
    outline = mod.json_outline(
        {
            "schema": "s/1",
            "summary": {"holds": 2},
            "claims": [{"id": 1}, {"id": 2, "note": "n"}],
            "provenance": {"v": "1"},
        }
    )
    assert (
        outline == '{"schema": "s/1",\n "summary": {"holds": 2},\n "claims": [{"id", "note"}],\n "provenance": {"v"}}'
    )


@pytest.mark.slow
def test_readme_outputs_are_the_real_ones():
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_readme.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def test_readme_has_generated_outputs():
    text = README.read_text(encoding="utf-8")
    specs = re.findall(r"<!-- readme-output: (.+?) -->", text)
    assert len(specs) >= 3 and text.count("<!-- /readme-output -->") == len(specs)
    assert "\u2500" in text and " mines behind " in text  # the real output: the headline sentence, rich's tables
    values = re.findall(r"<!-- readme-value: (\S+) ", text)
    names = set(re.findall(r"<!-- readme-command: (\S+) = minebelt .+ --json -->", text))
    assert len(values) >= 30 and set(values) <= names
    claims = (ROOT / "docs" / "claims.md").read_text(encoding="utf-8")
    assert "<!-- readme-output: minebelt factcheck examples/seed-claims.toml --json | json-outline -->" in claims


@pytest.mark.slow
def test_every_readme_command_runs(workdir):
    mod = _script()
    cmds = mod.commands(README.read_text(encoding="utf-8"))
    assert any(c.startswith("minebelt report") for c in cmds) and len(cmds) >= 6
    for c in cmds:
        mod.run(c, cwd=workdir)  # raises SystemExit with the error on a non-zero exit
    reports = [p for p in workdir.iterdir() if p.is_dir() and (p / "index.html").exists()]
    assert reports and all((p / "report.pdf").exists() for p in reports)


def test_readme_python_runs(workdir):
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert blocks
    for code in blocks:
        done = subprocess.run([sys.executable, "-c", code], cwd=workdir, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-3000:]
        for line in code.splitlines():  # "print(x)   # 19200000.0": the comment is the output
            m = re.match(r"print\(.*\)\s+#\s*(\S+)", line)
            if m:
                assert m.group(1) in done.stdout
