"""A report folder replaced all at once: SIGKILL at every step of the swap (issue 20, item 4).

A child process writes a new report over an old one (``atomic_dir`` with ``--force``
semantics) and kills itself with SIGKILL at step k of the replacement -- each point
:func:`minebelt.outputs.swap._step` marks, and each file removal -- for k = 1, 2, ... until a
run completes. After every kill the folder holds the complete old report or the complete new
one (the manifest matches the files, no file of the other version), the user's own files are
there, and the next run cleans up what the killed one left beside the folder. Both ways of
swapping are tried: the atomic exchange (Linux ``renameat2``) and the two-rename fallback,
whose only in-between state (no folder for a moment) :func:`~minebelt.outputs.swap.recover`
undoes.
"""

from __future__ import annotations

import hashlib
import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from minebelt.outputs import swap
from minebelt.outputs.atomic import atomic_dir

ROOT = Path(__file__).resolve().parents[3]
REPORT = ("index.html", "result.json", "sections.csv", "countries.csv", "report.pdf", "manifest.json")
VERSIONS = {
    "old": ("index.html", "result.json", "sections.csv", "report.pdf"),
    "new": ("index.html", "result.json", "sections.csv", "countries.csv"),  # report.pdf is stale now
}

CHILD = r"""
import hashlib, json, os, signal, sys
from pathlib import Path
from minebelt.outputs import atomic, swap

out, kill_at, version, mode = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
names = json.loads(sys.argv[5])
report = json.loads(sys.argv[6])
seen = [0]

def tick(*_):
    seen[0] += 1
    if seen[0] == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)

swap._step = tick
unlink = os.unlink
def counted_unlink(*a, **k):
    tick()
    return unlink(*a, **k)
os.unlink = counted_unlink
if mode == "rename":
    swap.exchange = lambda a, b: False
with atomic.atomic_dir(out, force=True, option="report folder", manifest="manifest.json", stale=report) as tmp:
    files = {n: f"{version} {n}\n".encode() for n in names}
    for n, b in files.items():
        (tmp / n).write_bytes(b)
    doc = {"files": [{"path": n, "sha256": hashlib.sha256(b).hexdigest()} for n, b in files.items()]}
    (tmp / "manifest.json").write_text(json.dumps(doc), encoding="utf-8")
print(seen[0])
"""


def _sha(b: bytes) -> str:
    return hashlib.sha256(b).hexdigest()


def write(out: Path, version: str, *, kill_at: int = 0, mode: str = "exchange") -> subprocess.CompletedProcess:
    args = [
        sys.executable,
        "-c",
        CHILD,
        str(out),
        str(kill_at),
        version,
        mode,
        json.dumps(VERSIONS[version]),
        json.dumps(REPORT),
    ]
    return subprocess.run(args, capture_output=True, text=True, timeout=120, cwd=out.parent)


def version_in(out: Path) -> str:
    """The one complete report in ``out`` ("old" or "new"), or an AssertionError."""
    doc = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    listed = {f["path"]: f["sha256"] for f in doc["files"]}
    for name, sha in listed.items():
        assert _sha((out / name).read_bytes()) == sha, name
    present = {p.name for p in out.iterdir() if p.name in REPORT and p.is_file()} - {"manifest.json"}
    assert present == set(listed), (present, set(listed))  # no file of the other version
    versions = {(out / n).read_bytes().split()[0].decode() for n in listed}
    assert len(versions) == 1, versions
    assert (out / "notes.txt").read_text(encoding="utf-8") == "the user's"  # never lost
    assert (out / "mine" / "x.txt").read_text(encoding="utf-8") == "also the user's"
    return versions.pop()


def old_report(tmp: Path) -> Path:
    out = tmp / "rep"
    if out.exists():
        import shutil

        shutil.rmtree(out)
    assert write(out, "old").returncode == 0
    (out / "notes.txt").write_text("the user's", encoding="utf-8")
    (out / "mine").mkdir()
    (out / "mine" / "x.txt").write_text("also the user's", encoding="utf-8")
    assert version_in(out) == "old"
    return out


def leftovers(tmp: Path) -> list[str]:
    return sorted(p.name for p in tmp.iterdir() if p.name.startswith(".rep."))


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("mode", ["exchange", "rename"])
def test_sigkill_at_every_step_of_the_swap(tmp_path: Path, mode: str) -> None:
    if mode == "exchange" and not swap.exchange(tmp_path, tmp_path):  # exchanging a folder with itself: a no-op
        pytest.skip("no renameat2(RENAME_EXCHANGE) here")
    outcomes = []
    for k in range(1, 200):
        out = old_report(tmp_path)
        proc = write(out, "new", kill_at=k, mode=mode)
        if proc.returncode == 0:
            assert version_in(out) == "new" and leftovers(tmp_path) == []
            break
        assert proc.returncode == -signal.SIGKILL, proc.stderr
        if mode == "exchange":  # at every instant, before anything is cleaned up
            outcomes.append(version_in(out))
        elif not out.exists():  # between the two renames: the old folder is aside, intact
            assert [n for n in leftovers(tmp_path) if n.endswith(".old")]
            swap.recover(out)
            outcomes.append("gap")
            assert version_in(out) == "old"
        else:
            outcomes.append(version_in(out))
        # the next run cleans what the killed one left and writes the new report
        assert write(out, "new").returncode == 0
        assert version_in(out) == "new" and leftovers(tmp_path) == [], leftovers(tmp_path)
    else:
        pytest.fail("the child never completed")
    assert "old" in outcomes and "new" in outcomes  # kills landed before and after the swap
    assert len(outcomes) >= 4


def test_a_new_folder_and_user_files_and_stale_files(tmp_path: Path) -> None:
    out = old_report(tmp_path)
    (out / "report.pdf").write_bytes(b"edited by the user")  # changed since: the user's now
    assert write(out, "new").returncode == 0
    assert (out / "report.pdf").read_bytes() == b"edited by the user" and (out / "countries.csv").exists()
    assert (out / "notes.txt").read_text(encoding="utf-8") == "the user's"


def test_a_folder_of_the_user_where_a_report_file_goes_is_refused(tmp_path: Path) -> None:
    out = old_report(tmp_path)
    (out / "countries.csv").mkdir()
    proc = write(out, "new")
    assert proc.returncode == 1 and "countries.csv is a folder" in proc.stderr
    assert version_in(out) == "old" and leftovers(tmp_path) == []


def test_the_working_folder_is_written_in_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A shell sitting in the report folder must not be left in the removed old one."""
    out = old_report(tmp_path)
    inode = out.stat().st_ino
    monkeypatch.chdir(out)
    assert not swap.can_replace(Path("."))
    with atomic_dir(Path("."), force=True, manifest="manifest.json", stale=REPORT) as tmp:
        files = {n: f"new {n}\n".encode() for n in VERSIONS["new"]}
        for n, b in files.items():
            (tmp / n).write_bytes(b)
        (tmp / "manifest.json").write_text(
            json.dumps({"files": [{"path": n, "sha256": _sha(b)} for n, b in files.items()]}), encoding="utf-8"
        )
    assert out.stat().st_ino == inode and version_in(out) == "new"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_minebelt_report_killed_at_the_swap(tmp_path: Path) -> None:
    """The real command: ``minebelt report --force`` over a report, SIGKILL right after the
    exchange (before the old report is removed): the folder is the new report, complete."""
    scenario = ROOT / "examples" / "seed-reduced-model.toml"
    out = tmp_path / "rep"
    run = [sys.executable, "-c", "import sys; from minebelt.cli.app import main; sys.exit(main(sys.argv[1:]))"]
    assert (
        subprocess.run([*run, "report", str(scenario), "--out", str(out)], capture_output=True, timeout=600).returncode
        == 0
    )
    before = (out / "manifest.json").read_bytes()
    kill = (
        "import os, signal, sys; from minebelt.outputs import swap\n"
        "swap._step = lambda name: os.kill(os.getpid(), signal.SIGKILL) if name in ('exchanged', 'new folder in place') else None\n"
        "from minebelt.cli.app import main; sys.exit(main(sys.argv[1:]))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", kill, "report", str(scenario), "--out", str(out), "--force", "-n", "300"],
        capture_output=True,
        timeout=600,
    )
    assert proc.returncode == -signal.SIGKILL
    doc = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert (out / "manifest.json").read_bytes() != before  # the new report (it has samples)
    for f in doc["files"]:
        assert _sha((out / f["path"]).read_bytes()) == f["sha256"], f["path"]
    assert leftovers(tmp_path)  # the old report, beside it
    assert (
        subprocess.run(
            [*run, "report", str(scenario), "--out", str(out), "--force"], capture_output=True, timeout=600
        ).returncode
        == 0
    )
    assert leftovers(tmp_path) == []
