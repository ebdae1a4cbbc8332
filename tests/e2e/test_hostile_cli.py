"""Hostile and malformed input through the installed ``minebelt`` command (issue 13).

Every case runs the console script in a subprocess, as a user does, and must end in exactly
one line on stderr (``minebelt: error: ...`` naming the field), exit status 2, nothing on
stdout, no traceback, no numpy warning, and no output file. Each parameter is one class
of the probe (non-finite values, booleans, duplicates, misspellings, sizes, file types).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from minebelt import settings

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def _minebelt() -> list[str]:
    exe = Path(sys.executable).parent / "minebelt"
    if exe.exists():
        return [str(exe)]
    found = shutil.which("minebelt")
    if found:
        return [found]
    return [sys.executable, "-c", "import sys; from minebelt.cli.app import main; sys.exit(main(sys.argv[1:]))"]


def run(*args: object, cwd: Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([*_minebelt(), *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=timeout)


def assert_one_line(proc: subprocess.CompletedProcess, *needles: str) -> None:
    err = proc.stderr
    assert proc.returncode == 2, (proc.returncode, err[-2000:])
    assert proc.stdout == ""
    assert err.startswith("minebelt: error: ") and err.count("\n") == 1, err[-2000:]
    assert "Traceback" not in err and "Warning" not in err
    for n in needles:
        assert n in err, (n, err)


BASE = """name = "t"
[defaults]
depth_km = 2
density = "korea-peak"
[[sections]]
name = "Poland"
country = "POL"
border = "BLR"
length_km = 400
"""
MEASURED = BASE.replace("length_km = 400\n", "")


def edit(old: str, new: str, text: str = BASE) -> str:
    assert old in text
    return text.replace(old, new, 1)


def add(extra: str, text: str = BASE) -> str:
    return text + extra


CASES = {
    # 1. non-finite values, in every block
    "interval of infinities": (edit("depth_km = 2", 'depth_km = "-1e999 to 1e999"'), ["defaults.depth_km", "finite"]),
    "interval to infinity": (edit("depth_km = 2", 'depth_km = "1 to 1e999"'), ["defaults.depth_km", "finite"]),
    "nan literal": (edit("depth_km = 2", "depth_km = nan"), ["defaults.depth_km", "finite"]),
    "inf density": (edit('density = "korea-peak"', "density = inf"), ["defaults.density", "finite"]),
    "overflowing interval": (edit("depth_km = 2", 'depth_km = "-1e308 to 1.7e308"'), ["defaults.depth_km", "overflow"]),
    "overflowing normal": (
        edit("length_km = 400", "length_km = {normal = [1, 1e308]}"),
        ["sections[0] 'Poland'", "length_km", "(0, 25000]"],
    ),
    "infinite cost": (add('[cost]\nlaying_cost_per_km2 = "1 to 1e999"\n'), ["cost.laying_cost_per_km2", "finite"]),
    "infinite clearance": (
        add('[clearance]\ncapacity_km2_per_year = "-1e999 to 1e999"\n'),
        ["clearance.capacity_km2_per_year", "finite"],
    ),
    "nan production": (
        add("[production]\nstart_year = 2026\nramp_up_years = nan\n"),
        ["production", "ramp_up_years", "finite"],
    ),
    "nan parameter": (add("[parameters]\nd = nan\n"), ["parameters", "finite"]),
    "no deminers": (add("[clearance]\ndeminers = 0\n"), ["clearance.deminers", "(0, "]),
    "divisor of 1e-300": (
        add("[clearance]\ncapacity_km2_per_year = 1e-300\n"),
        ["clearance.capacity_km2_per_year", "POSITIVE_MIN"],
    ),
    "nan from_km": (edit("length_km = 400", "from_km = nan", MEASURED + "length_km = 400\n"), ["from_km", "finite"]),
    # 2. booleans are not numbers
    "boolean depth": (edit("depth_km = 2", "depth_km = true"), ["defaults.depth_km", "boolean"]),
    "boolean length": (edit("length_km = 400", "length_km = true"), ["sections[0] 'Poland'", "length_km", "boolean"]),
    "boolean from_km": (edit("length_km = 400", "from_km = true"), ["from_km", "boolean"]),
    "boolean start_year": (add("[production]\nstart_year = true\n"), ["production", "start_year", "boolean"]),
    "boolean capacity by country": (
        add("[clearance]\ncapacity_km2_per_year_by_country = {POL = true}\n"),
        ["capacity_km2_per_year_by_country.POL", "boolean"],
    ),
    "boolean production capacity": (
        add(
            '[production]\n[[production.capacity]]\nproducer = "p"\ncountry = "POL"\nscope = "anti-personnel"\nyear = 2026\nsource = "s"\nmines_per_year = true\n'
        ),
        ["production.capacity", "mines_per_year", "boolean"],
    ),
    "boolean distribution argument": (
        edit("depth_km = 2", "depth_km = {uniform = [true, 2]}"),
        ["defaults.depth_km", "uniform"],
    ),
    # 2. duplicates
    "neighbour twice": (
        edit('border = "BLR"', 'border = "RUS+RUS"', edit('country = "POL"', 'country = "LVA"')),
        ["border", "RUS listed more than once"],
    ),
    "defender twice": (edit('country = "POL"', 'country = "EST+EST"'), ["country", "EST listed more than once"]),
    # 2. misspellings: named, with the closest key
    "misspelt table": (edit("[[sections]]", "[[sectoins]]"), ["unknown key 'sectoins' (did you mean 'sections'?)"]),
    "misspelt defaults": (edit("[defaults]", "[defualts]"), ["unknown key 'defualts' (did you mean 'defaults'?)"]),
    "misspelt section key": (
        edit("length_km = 400", "lenght_km = 400"),
        ["sections[0] 'Poland'", "unknown key 'lenght_km' (did you mean 'length_km'?)"],
    ),
    "misspelt block key": (add("[cost]\nlaying_cost_per_km = 0\n"), ["cost", "did you mean 'laying_cost_per_km2'?"]),
    "misspelt distribution": (
        edit("depth_km = 2", "depth_km = {unifrom = [1, 2]}"),
        ["defaults.depth_km", "did you mean 'uniform'?"],
    ),
    "misspelt model": (
        edit('density = "korea-peak"', 'density = "korea-peek"'),
        ["defaults.density", "did you mean 'korea-peak'?"],
    ),
    # 3. sizes
    "long name": (
        edit('name = "Poland"', f'name = "{"P" * (settings.NAME_CHARS_MAX + 1)}"'),
        ["name", "NAME_CHARS_MAX"],
    ),
    "long source": (
        edit('name = "t"', f'name = "t"\nsource = "{"s" * (settings.TEXT_CHARS_MAX + 1)}"'),
        ["source", "TEXT_CHARS_MAX"],
    ),
    "too many sections": (
        BASE
        + "".join(
            f'[[sections]]\nname = "s{i}"\ncountry = "POL"\nborder = "BLR"\nlength_km = 1\n'
            for i in range(settings.SECTIONS_MAX)
        ),
        ["sections", "SECTIONS_MAX"],
    ),
    "40,000-part dotted key": (add(".".join(["a"] * 40_000) + " = 1\n"), ["dotted key", "TOML_KEY_PARTS_MAX"]),
    "3,000-deep array": (add("x = " + "[" * 3000 + "]" * 3000 + "\n"), ["TOML_DEPTH_MAX"]),
    "3,000-deep table": (add("[" + ".".join(["a"] * 3000) + "]\n"), ["TOML_KEY_PARTS_MAX"]),
    "too many keys": (
        add("[parameters]\n" + "".join(f"p{i} = 1\n" for i in range(settings.TOML_KEYS_MAX + 1))),
        ["TOML_KEYS_MAX"],
    ),
    "long interval text": (
        edit("depth_km = 2", f'depth_km = "{"1" * 300} to 2"'),
        ["defaults.depth_km", "NAME_CHARS_MAX"],
    ),
    # 8. terminal: control characters in names are refused, shown escaped
    "escape code in a name": (edit('name = "Poland"', 'name = "Po\\u001b[31mland"'), ["name", "U+001B", "\\x1b"]),
    "NUL in a name": (edit('name = "Poland"', 'name = "Po\\u0000land"'), ["name", "U+0000"]),
    "bidi override in a name": (edit('name = "Poland"', 'name = "Po\\u202eland"'), ["name", "U+202E"]),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_scenario_one_line(tmp_path: Path, case: str) -> None:
    text, needles = CASES[case]
    path = tmp_path / "s.toml"
    path.write_text(text, encoding="utf-8")
    proc = run("estimate", path, "--json", "--samples", "100", cwd=tmp_path)
    assert_one_line(proc, "s.toml", *needles)
    assert "\x1b" not in proc.stderr and "\x00" not in proc.stderr


@pytest.mark.parametrize(
    "case", ["interval of infinities", "boolean depth", "misspelt table", "long name", "infinite clearance"]
)
def test_bad_scenario_report_leaves_nothing(tmp_path: Path, case: str) -> None:
    text, needles = CASES[case]
    path = tmp_path / "s.toml"
    path.write_text(text, encoding="utf-8")
    proc = run("report", path, "--out", tmp_path / "rep", cwd=tmp_path)
    assert_one_line(proc, *needles)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.toml"]


# ----------------------------------------------------------------------------- file types


def _fifo(tmp: Path) -> Path:
    p = tmp / "pipe.toml"
    os.mkfifo(p)
    return p


def _folder(tmp: Path) -> Path:
    p = tmp / "folder.toml"
    p.mkdir()
    return p


def _huge(tmp: Path) -> Path:
    p = tmp / "huge.toml"
    with p.open("wb") as f:
        f.truncate(settings.SCENARIO_BYTES_MAX + 1)  # sparse: costs no disk
    return p


FILES = {
    "character device": (lambda tmp: Path("/dev/zero"), ["/dev/zero", "character device"]),
    "FIFO": (_fifo, ["FIFO"]),
    "folder": (_folder, ["folder"]),
    "missing": (lambda tmp: tmp / "nope.toml", ["file not found"]),
    "larger than the cap": (_huge, ["larger than"]),
}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
@pytest.mark.parametrize("kind", list(FILES))
@pytest.mark.parametrize("command", ["estimate", "factcheck"])
def test_input_files_must_be_regular(tmp_path: Path, kind: str, command: str) -> None:
    make, needles = FILES[kind]
    proc = run(command, make(tmp_path), cwd=tmp_path, timeout=30)  # a FIFO must not block
    assert_one_line(proc, *needles)


LINE = {"type": "LineString", "coordinates": [[28.0, 61.0], [28.0, 61.5]]}


def _line_scenario(tmp: Path, line: object, key: str = "line") -> Path:
    p = tmp / "l.toml"
    if key == "line":
        sec = f'[[sections]]\nname = "u"\ncountry = "FIN"\nline = {json.dumps(line) if isinstance(line, str) else "LINE"}\nside = "left"\n'
    else:
        sec = f'[[sections]]\nname = "u"\ncountry = "FIN"\nborder = "RUS"\nmask = {json.dumps(line)}\n'
    p.write_text('name = "t"\n[defaults]\ndepth_km = 2\ndensity = 100\n' + sec, encoding="utf-8")
    return p


def _geojson_file(tmp: Path, doc: object) -> str:
    p = tmp / "g.geojson"
    p.write_text(json.dumps(doc), encoding="utf-8")
    return str(p)


GEO = {
    "line is /dev/zero": (lambda tmp: "/dev/zero", "line", ["line", "character device"]),
    "line is a FIFO": (lambda tmp: str(_fifo(tmp)), "line", ["line", "FIFO"]),
    "line is a folder": (lambda tmp: str(_folder(tmp)), "line", ["line", "folder"]),
    "mask is /dev/zero": (lambda tmp: "/dev/zero", "mask", ["mask", "character device"]),
    "too many vertices": (
        lambda tmp: _geojson_file(
            tmp,
            {
                "type": "LineString",
                "coordinates": [[28.0, 61.0 + i * 1e-6] for i in range(settings.LINE_VERTICES_MAX + 1)],
            },
        ),
        "line",
        ["line", "LINE_VERTICES_MAX"],
    ),
    "features not objects": (
        lambda tmp: _geojson_file(tmp, {"type": "FeatureCollection", "features": [5]}),
        "line",
        ["line", "features[0]"],
    ),
    "crs as text": (lambda tmp: _geojson_file(tmp, {**LINE, "crs": "EPSG:3857"}), "line", ["line", "crs", "EPSG:4326"]),
    "projected crs": (
        lambda tmp: _geojson_file(tmp, {**LINE, "crs": {"type": "name", "properties": {"name": "EPSG:3067"}}}),
        "line",
        ["line", "EPSG:3067", "EPSG:4326"],
    ),
    "coordinates not numbers": (
        lambda tmp: _geojson_file(tmp, {"type": "LineString", "coordinates": [[28, "x"], [28, 61]]}),
        "line",
        ["line", "finite numbers"],
    ),
    "nested 600 deep": (
        lambda tmp: _geojson_file(tmp, {"type": "LineString", "coordinates": json.loads("[" * 600 + "]" * 600)}),
        "line",
        ["line", "coordinates"],
    ),
}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
@pytest.mark.parametrize("case", list(GEO))
def test_bad_line_and_mask_files(tmp_path: Path, case: str) -> None:
    make, key, needles = GEO[case]
    path = _line_scenario(tmp_path, make(tmp_path), key)
    proc = run("estimate", path, cwd=tmp_path, timeout=60)
    assert_one_line(proc, *needles)


# ----------------------------------------------------------------------------- samples and caps


def test_samples_cap_and_sample_sections_cap(tmp_path: Path) -> None:
    proc = run("estimate", EXAMPLES / "seed-reduced-model.toml", "--samples", settings.SAMPLES_MAX + 1)
    assert_one_line(proc, "samples", f"{settings.SAMPLES_MAX:,}", "SAMPLES_MAX")
    n = settings.SAMPLE_SECTIONS_MAX // settings.SAMPLES_MAX + 1
    text = BASE + "".join(
        f'[[sections]]\nname = "s{i}"\ncountry = "POL"\nborder = "BLR"\nlength_km = 1\n' for i in range(n - 1)
    )
    path = tmp_path / "s.toml"
    path.write_text(text, encoding="utf-8")
    proc = run("estimate", path, "--samples", settings.SAMPLES_MAX)
    assert_one_line(proc, "SAMPLE_SECTIONS_MAX", f"use at most {settings.SAMPLE_SECTIONS_MAX // n:,} samples")


@pytest.mark.slow
def test_claims_classes(tmp_path: Path) -> None:
    bad = {
        'compute = { members = 5, of = "NATO" }': "members",
        'compute = { expr = "a", refs = [1, 2] }': "refs",
        'compute = { range = [{ date = "WITHDRAWAL_DEPOSIT_FIN" }, { date = "WITHDRAWAL_DEPOSIT_FIN" }] }': "range",
        'compute = { expr = "1e308 * 10" }': "overflows",
        'compute = { members = ["FIN", "NRO"], of = "NATO" }': "'NRO' is not an ISO 3166-1 alpha-3 code (did you mean 'NOR'?)",
        'compute = { expr = "b", refs = { b = "border:FIN-XXX:length_km" } }': "FIN-XXX",
        'compute = { scenario = "nope.toml", field = "mines" }': "nope.toml",
    }
    # a claim that cannot be evaluated fails that claim, not the file (issue 11): its row has the
    # verdict "error", stderr one line naming it, exit 1; the other claims are checked. (An
    # expression that is not arithmetic is a malformed file: test_malformed_claims_stop_the_check.)
    good = '[[claims]]\nid = "ok"\nquote = "q"\nstated = 2\ncompute = { expr = "1 + 1" }\n'
    for i, (body, needle) in enumerate(bad.items()):
        path = tmp_path / f"c{i}.toml"
        path.write_text(f'[[claims]]\nid = "a"\nquote = "q"\nstated = 1\n{body}\n' + good, encoding="utf-8")
        proc = run("factcheck", path, "--json")
        assert proc.returncode == 1, (proc.returncode, proc.stderr[-2000:])
        assert proc.stderr.count("\n") == 1 and "claims 'a'" in proc.stderr and needle in proc.stderr, proc.stderr
        assert "Traceback" not in proc.stderr and "Warning" not in proc.stderr
        rows = {c["id"]: c for c in json.loads(proc.stdout)["claims"]}
        assert rows["a"]["verdict"] == "error" and needle in rows["a"]["error"]
        assert rows["ok"]["verdict"] == "holds"


@pytest.mark.slow
def test_malformed_claims_stop_the_check(tmp_path: Path) -> None:
    """A malformed value (docs/claims.md) stops the check before any claim is evaluated: one line
    naming the claim and the key, exit 2, nothing on stdout."""
    bad = {
        "tolerance = nan": "tolerance",
        'tolerance = "5 %"': "tolerance",
        "stated = [5]": "stated",
        'stated = "five"': "stated",
        "stated = [5, 3]": "inverted",
        "selection = 1": "selection",
        # the expression is read, never evaluated, before any claim is checked: anything but
        # arithmetic over refs, or an over-long one, makes the file malformed
        "compute = { expr = \"__import__('os').system('id')\" }": "only numbers, refs",
        'compute = { expr = "().__class__.__bases__[0].__subclasses__()" }': "only numbers, refs",
        "compute = { expr = \"open('/etc/passwd').read()\" }": "only numbers, refs",
        'compute = { expr = "(lambda: 1)()" }': "only numbers, refs",
        "compute = { expr = \"'a' * 10**9\" }": "only numbers, refs",
        'compute = { expr = "x", refs = { y = "const:KM_PER_MILE" } }': "'x', which is not in refs",
        'compute = { expr = "max()" }': "two or more values",
        'compute = { expr = "round(1, 2.5)" }': "round(x)",
        f'compute = {{ expr = "{"+".join(["1"] * 600)}" }}': "EXPR_CHARS_MAX",
        f'compute = {{ expr = "{"-" * 300}1" }}': "EXPR_NODES_MAX",
        'compute = { expr = "1 +" }': "not valid arithmetic",
        "compute = { expr = 5 }": "must be text",
        'compute = { range = [{ expr = "1" }, { expr = "__import__(\'os\')" }] }': "range[1]",
    }
    for i, (line, needle) in enumerate(bad.items()):
        path = tmp_path / f"m{i}.toml"
        body = f'[[claims]]\nid = "a"\nquote = "q"\n{line}\n'
        if not line.startswith("compute"):
            body += 'compute = { expr = "1" }\n'
        if not line.startswith("stated"):
            body = body.replace('quote = "q"\n', 'quote = "q"\nstated = 1\n')
        path.write_text(body, encoding="utf-8")
        proc = run("factcheck", path, "--json")
        assert proc.returncode == 2, (line, proc.returncode, proc.stderr[-2000:])
        assert proc.stderr.count("\n") == 1 and "'a'" in proc.stderr and needle in proc.stderr, proc.stderr
        assert proc.stdout == "" and "Traceback" not in proc.stderr


# ----------------------------------------------------------------------------- outputs


@pytest.mark.slow
def test_geojson_path_errors(tmp_path: Path) -> None:
    one = tmp_path / "one.toml"
    one.write_text(MEASURED.replace('border = "BLR"', 'border = "RUS"'), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    # before any work: missing folder, a folder as target, nothing to write
    assert_one_line(run("estimate", one, "--geojson", out / "nodir" / "x.geojson"), "nodir", "does not exist")
    (out / "d").mkdir()
    assert_one_line(run("estimate", one, "--geojson", out / "d", "--force"), "is a folder")
    assert_one_line(
        run("estimate", EXAMPLES / "seed-reduced-model.toml", "--geojson", out / "x.geojson"), "no section has geometry"
    )
    # a folder where no file can be created: one line when writing, and no temporary file
    assert_one_line(run("estimate", one, "--geojson", "/proc/x.geojson", "--force"), "/proc/x.geojson")
    assert [p.name for p in out.iterdir()] == ["d"] and not any((out / "d").iterdir())


def test_report_out_must_be_a_folder(tmp_path: Path) -> None:
    out = tmp_path / "rep"
    out.write_text("x", encoding="utf-8")
    assert_one_line(
        run("report", EXAMPLES / "seed-reduced-model.toml", "--out", out, "--force"), "--out", "not a folder"
    )
    assert out.read_text(encoding="utf-8") == "x"


def test_names_print_as_written(tmp_path: Path) -> None:
    # rich markup in a name is text, not a style (it crashed the table before)
    path = tmp_path / "s.toml"
    path.write_text(edit('name = "Poland"', 'name = "Poland [north] [/x] [bold]"'), encoding="utf-8")
    proc = run("estimate", path)
    assert proc.returncode == 0, proc.stderr
    assert "Poland [north] [/x] [bold]" in proc.stdout and "\x1b" not in proc.stdout


def test_allow_host_is_checked() -> None:
    assert_one_line(run("serve", "--allow-host", "evil example", "--port", "1"), "--allow-host", "host name")


# ----------------------------------------------------------------------------- round two (issue 20)
# Each case of the probe, re-run as written: one line naming the section and field, exit 2 (or
# the right figure). The timings of the text checks are in benchmarks/bench_limits.py.

needs_data = pytest.mark.skipif(
    not (Path(settings.__file__).parent / "data" / "borders.gpkg").exists(), reason="bundled border data not built"
)


def _pol_blr_line(tmp: Path, geom: object, key: str = "line", depth: object = 2) -> Path:
    """A POL/BLR section with ``geom`` as its line (side left) or mask; a geometry object is
    written to a GeoJSON file beside the scenario, a string is the file's path."""
    if not isinstance(geom, str):
        (tmp / "g.geojson").write_text(json.dumps(geom), encoding="utf-8")
        geom = "g.geojson"
    p = tmp / "l.toml"
    extra = 'side = "left"\n' if key == "line" else ""
    p.write_text(
        f'name = "t"\n[defaults]\ndepth_km = {json.dumps(depth)}\ndensity = "korea-peak"\n'
        f'[[sections]]\nname = "Poland"\ncountry = "POL"\nborder = "BLR"\n{key} = {json.dumps(geom)}\n{extra}',
        encoding="utf-8",
    )
    return p


ROUND_TWO_GEOMETRY = {
    "two identical points": (
        {"type": "LineString", "coordinates": [[23.5, 53], [23.5, 53]]},
        "line",
        ["line", "zero length"],
    ),
    "three identical points": (
        {"type": "LineString", "coordinates": [[23.5, 53]] * 3},
        "line",
        ["line", "zero length"],
    ),
    "empty part": (
        {"type": "MultiLineString", "coordinates": [[[23.5, 53], [23.5, 53.2]], []]},
        "line",
        ["line", "part 2 of 2", "empty"],
    ),
    "line crossing itself": (
        {"type": "LineString", "coordinates": [[23.5, 53], [23.6, 53.1], [23.6, 53.0], [23.5, 53.1]]},
        "line",
        ["line", "crosses"],
    ),
    "bowtie mask": (
        {"type": "Polygon", "coordinates": [[[23, 52.5], [24, 53.5], [24, 52.5], [23, 53.5], [23, 52.5]]]},
        "mask",
        ["mask", "not a valid polygon", "bowtie"],
    ),
}


@pytest.mark.parametrize("case", list(ROUND_TWO_GEOMETRY))
def test_degenerate_geometry_one_line(tmp_path: Path, case: str) -> None:
    geom, key, needles = ROUND_TWO_GEOMETRY[case]
    path = _pol_blr_line(tmp_path, geom, key)
    assert_one_line(run("estimate", path, cwd=tmp_path), "l.toml", "sections[0] 'Poland'", *needles)


def _zigzag(tmp: Path, n: int) -> Path:
    g = tmp / "zig.geojson"
    g.write_text(
        json.dumps({"type": "LineString", "coordinates": [[23.5 + (i % 2) * 0.01, 54.0 - i * 1e-5] for i in range(n)]}),
        encoding="utf-8",
    )
    return _pol_blr_line(tmp, str(g))


def test_the_probes_zigzag_is_refused_before_any_work(tmp_path: Path) -> None:
    """199,999 vertices under LINE_VERTICES_MAX, 134,000 km back and forth: ran for hours before."""
    proc = run("estimate", _zigzag(tmp_path, 199_999), cwd=tmp_path)
    assert_one_line(proc, "sections[0] 'Poland'", "line", "LENGTH_KM_MAX")


def test_a_folded_line_within_the_length_cap_is_refused_by_its_work(tmp_path: Path) -> None:
    proc = run("estimate", _zigzag(tmp_path, 4_000), cwd=tmp_path)  # 2,600 km; 40 s of GEOS before
    assert_one_line(proc, "sections[0] 'Poland'", "line", "GEOMETRY_WORK_MAX", "pairs of vertices", "apart")


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        (
            BASE.replace('name = "t"', 'name = "' + "P" * 200_000 + '"', 1),
            False,
        ),  # the hostile file's 200,000-character name: 60-86 s before
        (BASE + "# " + "a" * (1 << 20) + "\n", True),  # a 1 MiB comment: over 120 s before
    ],
    # Short ids: pytest puts the test id in PYTEST_CURRENT_TEST, and an environment string over
    # 128 KiB makes every subprocess fail to start (E2BIG).
    ids=["200000-character-name", "1MiB-comment"],
)
def test_long_text_is_answered(tmp_path: Path, text: str, ok: bool) -> None:
    path = tmp_path / "s.toml"
    path.write_text(text, encoding="utf-8")
    proc = run("estimate", path, "--json", cwd=tmp_path)
    if ok:
        assert proc.returncode == 0, proc.stderr
    else:
        assert_one_line(proc, "name", "NAME_CHARS_MAX")


@pytest.mark.parametrize("command", ["estimate", "factcheck"])
def test_a_file_at_the_size_limit_is_answered(tmp_path: Path, command: str) -> None:
    """4 MiB (SCENARIO_BYTES_MAX = CLAIMS_BYTES_MAX) of the worst text for a backtracking
    search -- escaped quotes and runs of key characters -- then a key of 33 parts: hours before."""
    head = (
        BASE
        if command == "estimate"
        else '[[claims]]\nid = "a"\nquote = "q"\nstated = 2\ncompute = { expr = "1 + 1" }\n'
    )
    tail = ".".join(["k"] * (settings.TOML_KEY_PARTS_MAX + 1)) + " = 1\n"
    room = settings.SCENARIO_BYTES_MAX - len(head) - len(tail) - 8
    filler = "# " + '"\\' * (room // 4) + "x" * (room // 2 - 4) + "\n"
    path = tmp_path / "big.toml"
    path.write_text(head + filler + tail, encoding="utf-8")
    assert path.stat().st_size <= settings.SCENARIO_BYTES_MAX
    proc = run(command, path, cwd=tmp_path)
    assert_one_line(proc, "big.toml", "TOML_KEY_PARTS_MAX", f"line {(head + filler).count(chr(10)) + 1}:")


def test_depth_just_over_the_bound_is_shown_as_written(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    path.write_text(edit("depth_km = 2", "depth_km = 50.0000001"), encoding="utf-8")
    assert_one_line(run("estimate", path), "defaults.depth_km = 50.0000001: must lie in (0, 50] km")


@needs_data
def test_a_line_cut_at_the_antimeridian_measures_as_the_whole_line(tmp_path: Path) -> None:
    """A user line across 180 degrees on Taveuni (Fiji), written as RFC 7946 cuts it (a
    MultiLineString), gives the same length and belt as the line written in one piece, and
    its length is the geodesic length of the lon/lat-straight line between its ends."""
    from pyproj import Geod

    whole = {"type": "LineString", "coordinates": [[179.93, -16.78], [-179.93, -16.86]]}
    cut = {
        "type": "MultiLineString",
        "coordinates": [[[179.93, -16.78], [180.0, -16.82]], [[-180.0, -16.82], [-179.93, -16.86]]],
    }
    rows = []
    for geom in (whole, cut):
        (tmp_path / "c.geojson").write_text(json.dumps(geom), encoding="utf-8")
        path = tmp_path / "c.toml"
        path.write_text(
            'name = "c"\n[defaults]\ndepth_km = 2\ndensity = 100\n[[sections]]\nname = "Taveuni"\ncountry = "FJI"\nline = "c.geojson"\nside = "left"\n',
            encoding="utf-8",
        )
        proc = run("estimate", path, "--json", cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
        rows.append(json.loads(proc.stdout)["sections"][0])
    assert rows[0]["length_km"] == pytest.approx(rows[1]["length_km"], rel=1e-9)
    assert (
        rows[0]["area_km2"] == pytest.approx(rows[1]["area_km2"], rel=1e-6) and rows[0]["area_km2"] > 0
    )  # a vertex more at 180
    t = [i / 1000 for i in range(1001)]
    km = Geod(ellps="WGS84").line_length([179.93 + 0.14 * x for x in t], [-16.78 - 0.08 * x for x in t]) / 1000
    assert rows[1]["length_km"] == pytest.approx(km, rel=1e-5)


def test_claims_injection_and_long_expression_are_a_malformed_file(tmp_path: Path) -> None:
    for i, expr in enumerate(["__import__('os').system('id')", "+".join(["1"] * 600)]):
        path = tmp_path / f"c{i}.toml"
        path.write_text(
            f'[[claims]]\nid = "a"\nquote = "q"\nstated = 1\ncompute = {{ expr = "{expr}" }}\n', encoding="utf-8"
        )
        assert_one_line(run("factcheck", path), "claims[0] 'a'", "expr")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX")
def test_degenerate_lines_and_masks_through_the_cli_property(tmp_path: Path) -> None:
    """A handful of random degenerate lines through the installed command (the many-example
    property runs in-process and through the web app: tests/e2e/test_hostile_web.py)."""
    rng = __import__("random").Random(20)
    for _k in range(4):
        pts = [[23.5 + rng.choice([0, 0.05]), 53.0 + rng.choice([0, 0.05])] for _ in range(rng.randint(1, 5))]
        proc = run("estimate", _pol_blr_line(tmp_path, {"type": "LineString", "coordinates": pts}), cwd=tmp_path)
        assert proc.returncode in (0, 2) and "Traceback" not in proc.stderr, proc.stderr
        if proc.returncode == 2:
            assert_one_line(proc, "sections[0] 'Poland': line")
