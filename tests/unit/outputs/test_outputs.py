"""Outputs (issue 13): atomic files and folders, nothing lost or left behind, reproducible,
spreadsheet-safe.

- :mod:`minebelt.outputs`: temp files on the target's file system, renamed in when complete;
  cleaned up on errors, Ctrl-C and SIGTERM; ``--force`` never deletes a file the user put
  or changed; path errors are one line.
- GeoPackage and manifest are byte-identical run to run (no GDAL timestamp).
- CSV cells that a spreadsheet would run as formulas are neutralised.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from minebelt import estimate, load_scenario
from minebelt.data.borders import gpkg_path
from minebelt.errors import InputError, OutputExistsError
from minebelt.outputs.atomic import atomic_dir, atomic_file, check_output_file, write_text
from minebelt.outputs.hygiene import csv_cell, terminal_safe
from minebelt.outputs.report import build_report
from minebelt.scenario import scenario_from_dict

ROOT = Path(__file__).resolve().parents[3]
EXAMPLES = ROOT / "examples"
HAS_DATA = gpkg_path().exists()
needs_data = pytest.mark.skipif(not HAS_DATA, reason="bundled border data not built")


def _names(d: Path) -> list[str]:
    return sorted(p.name for p in d.iterdir())


@pytest.fixture(scope="module")
def stated():
    return estimate(load_scenario(EXAMPLES / "seed-reduced-model.toml"))


# ----------------------------------------------------------------------------- single files


def test_atomic_file_replaces_only_when_complete(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_file(target, force=True) as tmp:
            tmp.write_text("half", encoding="utf-8")
            assert tmp.parent == tmp_path and tmp.name.endswith(".part")
            raise RuntimeError("boom")
    assert target.read_text(encoding="utf-8") == "old" and _names(tmp_path) == ["out.json"]
    with pytest.raises(KeyboardInterrupt):
        with atomic_file(target, force=True) as tmp:
            tmp.write_text("half", encoding="utf-8")
            raise KeyboardInterrupt
    assert _names(tmp_path) == ["out.json"]
    write_text(target, "new", force=True)
    assert target.read_text(encoding="utf-8") == "new" and _names(tmp_path) == ["out.json"]


def test_atomic_file_mode_follows_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_text(tmp_path / "a.txt", "x")
    finally:
        os.umask(old)
    assert (tmp_path / "a.txt").stat().st_mode & 0o777 == 0o644


def test_symlink_target_is_replaced_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep", encoding="utf-8")
    link = tmp_path / "link.geojson"
    link.symlink_to(victim)
    write_text(link, "new", force=True)
    assert victim.read_text(encoding="utf-8") == "keep"
    assert not link.is_symlink() and link.read_text(encoding="utf-8") == "new"


@pytest.mark.parametrize(
    ("make", "needle", "exc"),
    [
        (lambda d: d / "missing" / "x.json", "does not exist", InputError),
        (lambda d: d, "is a folder", InputError),
        (lambda d: (d / "x.json").write_text("x") and d / "x.json", "--force", OutputExistsError),
    ],
)
def test_output_file_path_errors(tmp_path: Path, make, needle: str, exc: type) -> None:
    path = make(tmp_path)
    with pytest.raises(exc) as e:
        check_output_file(path, force=False, option="--geojson")
    assert needle in str(e.value) and "\n" not in str(e.value) and str(path) in str(e.value)


def test_write_error_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(InputError) as e:
        write_text(Path("/proc/minebelt-test.json"), "x")
    assert "/proc/minebelt-test.json" in str(e.value) and "\n" not in str(e.value)


# ----------------------------------------------------------------------------- folders


def test_report_on_another_file_system_through_a_symlink(tmp_path: Path, stated) -> None:
    shm = Path("/dev/shm")
    if not shm.is_dir() or os.stat(shm).st_dev == os.stat(tmp_path).st_dev:
        pytest.skip("needs /dev/shm on another file system")
    target = Path(f"/dev/shm/minebelt-test-{os.getpid()}")
    target.mkdir()
    try:
        link = tmp_path / "rep"
        link.symlink_to(target)
        manifest = build_report(stated, link, force=True)  # was: OSError Invalid cross-device link
        assert set(_names(target)) == {f["path"] for f in manifest["files"]} | {"manifest.json"}
        assert _names(tmp_path) == ["rep"]
        build_report(stated, link, force=True)  # again, into the now non-empty folder
        assert not [n for n in _names(target) if n.endswith(".part")]
    finally:
        shutil.rmtree(target, ignore_errors=True)


def test_force_keeps_files_the_user_put_or_changed(tmp_path: Path, stated) -> None:
    out = tmp_path / "rep"
    out.mkdir()
    (out / "belts.geojson").write_text('{"user": 1}', encoding="utf-8")  # a user's own file, report name
    build_report(stated, out, force=True)  # stated lengths: no belts.geojson of its own
    assert (out / "belts.geojson").read_text(encoding="utf-8") == '{"user": 1}'


def test_force_removes_unchanged_stale_files_of_the_previous_report(tmp_path: Path, stated) -> None:
    out = tmp_path / "rep"
    build_report(stated, out)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    # pretend the previous run also wrote belts.gpkg and belts.geojson; the user edited one
    (out / "belts.gpkg").write_bytes(b"gpkg of an earlier run")
    (out / "belts.geojson").write_text("earlier", encoding="utf-8")
    manifest["files"] += [
        {"path": "belts.gpkg", "sha256": hashlib.sha256(b"gpkg of an earlier run").hexdigest()},
        {"path": "belts.geojson", "sha256": hashlib.sha256(b"something else").hexdigest()},
    ]
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    build_report(stated, out, force=True)
    names = _names(out)
    assert "belts.gpkg" not in names  # unchanged output of the earlier report: removed
    assert "belts.geojson" in names  # changed since: the user's now, kept


def test_interrupted_report_leaves_nothing(tmp_path: Path, stated, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C while the files are being written into the staging folder: nothing is left."""
    write_bytes = Path.write_bytes

    def interrupted(self: Path, data: bytes) -> int:
        if self.name == "map.png":  # some files are staged already, others not yet
            raise KeyboardInterrupt
        return write_bytes(self, data)

    monkeypatch.setattr(Path, "write_bytes", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build_report(stated, tmp_path / "new")
    assert _names(tmp_path) == []
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "keep.txt").write_text("k", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        build_report(stated, tmp_path / "old", force=True)
    assert _names(tmp_path / "old") == ["keep.txt"]


def test_leftovers_of_killed_runs_are_removed_and_do_not_count(tmp_path: Path, stated) -> None:
    out = tmp_path / "rep"
    out.mkdir()
    dead = out / ".minebelt-999999999-abc.part"  # no such process
    dead.mkdir()
    (dead / "index.html").write_text("half", encoding="utf-8")
    build_report(stated, out)  # the folder counts as empty: no --force needed
    assert not dead.exists()


def test_atomic_dir_path_errors(tmp_path: Path) -> None:
    f = tmp_path / "file"
    f.write_text("x", encoding="utf-8")
    with pytest.raises(OutputExistsError):
        with atomic_dir(f, force=True):
            pass
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "a").write_text("a", encoding="utf-8")
    with pytest.raises(OutputExistsError) as e:
        with atomic_dir(tmp_path / "full", force=False):
            pass
    assert "--force" in str(e.value)


def _minebelt() -> list[str]:
    exe = Path(sys.executable).parent / "minebelt"
    return (
        [str(exe)]
        if exe.exists()
        else [sys.executable, "-c", "import sys; from minebelt.cli.app import main; sys.exit(main(sys.argv[1:]))"]
    )


def _wait_for_sigterm_handler(pid: int, limit_s: float = 300.0) -> None:
    """Until the process has installed its SIGTERM handler (Linux: the SigCgt mask of
    /proc/PID/status); elsewhere a fixed pause. A liveness bound, not a timing."""
    status = Path(f"/proc/{pid}/status")
    if not status.exists():
        time.sleep(2.0)
        return
    bit = 1 << (signal.SIGTERM - 1)
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        try:
            caught = next(
                (line.split()[1] for line in status.read_text().splitlines() if line.startswith("SigCgt:")), "0"
            )
        except OSError:  # the process ended
            return
        if int(caught, 16) & bit:
            return
        time.sleep(0.05)


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or sys.platform == "win32", reason="POSIX signals")
def test_sigterm_during_report_leaves_nothing(tmp_path: Path) -> None:
    """``minebelt report`` killed with SIGTERM while it works: exit 143, no folder, no .part.

    (The report is rendered in memory and staged only at the end, for a fraction of a second;
    an interruption while staging is held by ``test_interrupted_report_leaves_nothing``.)"""
    scenario = EXAMPLES / "eastern-flank-full.toml" if HAS_DATA else EXAMPLES / "seed-reduced-model.toml"
    work = tmp_path / "work"
    work.mkdir()
    proc = subprocess.Popen(
        [*_minebelt(), "report", str(scenario), "--out", str(work / "rep"), "-n", "2000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    _wait_for_sigterm_handler(proc.pid)  # past start-up, however long a busy machine takes to import
    time.sleep(0.5)  # measuring, sampling or rendering (the whole run takes ~15 s idle)
    assert proc.poll() is None, "the report finished before it could be interrupted"
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err.decode()
    assert err.decode().strip().splitlines()[-1] == "minebelt: terminated"
    assert _names(work) == []


# ----------------------------------------------------------------------------- reproducible


@needs_data
def test_report_is_byte_identical_run_to_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = {
        "name": "one border",
        "defaults": {"depth_km": 2.0, "density": "korea-peak"},
        "sections": [{"name": "Poland - Russia", "country": "POL", "border": "RUS"}],
    }
    res = estimate(scenario_from_dict(doc))
    a = build_report(res, tmp_path / "a")
    time.sleep(1.1)  # a wall-clock timestamp would now differ
    b = build_report(res, tmp_path / "b")
    assert a == b
    for name in ("manifest.json", "belts.gpkg", "belts.geojson", "result.json", "sections.csv", "index.html"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    import sqlite3

    con = sqlite3.connect(tmp_path / "a" / "belts.gpkg")
    stamps = {r[0] for r in con.execute("select last_change from gpkg_contents")}
    con.close()
    from minebelt.outputs.exports import gpkg_timestamp

    assert stamps == {gpkg_timestamp()}
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    assert gpkg_timestamp() == "2026-01-01T00:00:00.000Z"


# ----------------------------------------------------------------------------- hygiene


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_csv_cells_neutralised(text: str) -> None:
    assert csv_cell(text) == "'" + text
    assert csv_cell("Poland") == "Poland" and csv_cell(-2.5) == -2.5 and csv_cell(None) is None


def test_csv_file_has_no_formula(tmp_path: Path) -> None:
    import csv

    doc = {
        "name": "csv",
        "defaults": {"depth_km": 2.0, "density": "korea-peak"},
        "sections": [
            {"name": '=HYPERLINK("http://evil","x")', "country": "POL", "border": "BLR", "length_km": 100},
            {"name": "-1+2", "country": "POL", "border": "BLR", "length_km": 50},
        ],
    }
    from minebelt.outputs.exports import write_csv

    res = estimate(scenario_from_dict(doc))
    write_csv(res, tmp_path / "s.csv")
    rows = list(csv.DictReader((tmp_path / "s.csv").open(encoding="utf-8")))
    assert [r["name"] for r in rows] == ['\'=HYPERLINK("http://evil","x")', "'-1+2"]
    assert float(rows[0]["length_km"]) == 100.0 and float(rows[0]["mines"]) == pytest.approx(100 * 2 * 12_000)


def test_terminal_safe() -> None:
    assert terminal_safe("a\x1b[31mb\x00c\u202ed\x07") == "a\\x1b[31mb\\x00c\\u202ed\\x07"
    assert terminal_safe("Łódź – Brest\ttab") == "Łódź – Brest\ttab"
    assert terminal_safe("two\nlines", keep_newlines=False) == "two\\nlines"
