"""The installed ``minebelt`` console script, run as a user runs it: a subprocess.

Usage mistakes end in one line ``minebelt: error: ...`` plus the command's usage hint on
stderr, exit status 2 and never a traceback, whichever copy of click typer runs on
(``minebelt.cli._errors``). No arguments prints the help and exits 0, like ``--help``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

import minebelt

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def _script() -> str:
    """The console script installed next to this interpreter (else on PATH)."""
    here = Path(sys.executable).parent
    for name in ("minebelt", "minebelt.exe"):
        if (here / name).is_file():
            return str(here / name)
    found = shutil.which("minebelt")
    if found is None:
        pytest.fail("the minebelt console script is not installed (pip install .)")
    return found


def run(*args: object, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1"}
    return subprocess.run([_script(), *map(str, args)], capture_output=True, text=True, timeout=300, cwd=cwd, env=env)


def test_script_is_installed_next_to_python() -> None:
    assert Path(_script()).name.startswith("minebelt")


def test_no_arguments_prints_help_and_exits_0() -> None:
    p = run()
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith("Usage: minebelt [OPTIONS] COMMAND [ARGS]...")
    for cmd in ("estimate", "factcheck", "report", "serve", "borders"):
        assert cmd in p.stdout
    assert "--version" in p.stdout
    assert "Traceback" not in p.stderr


def test_version() -> None:
    p = run("--version")
    assert p.returncode == 0, p.stderr
    assert p.stdout == f"minebelt {minebelt.__version__}\n"
    assert minebelt.__version__ == version("minebelt")  # the installed distribution, not a stale copy
    assert p.stderr == ""


@pytest.mark.parametrize(
    ("args", "message", "usage"),
    [
        (["nosuchcommand"], "No such command 'nosuchcommand'", "Usage: minebelt [OPTIONS] COMMAND [ARGS]..."),
        (["--nosuchflag"], "--nosuchflag", "Usage: minebelt [OPTIONS] COMMAND [ARGS]..."),
        (["estimate"], "Missing argument", "Usage: minebelt estimate [OPTIONS]"),
        (
            ["estimate", EXAMPLES / "seed-korean-model.toml", "--samples", "abc"],
            "--samples",
            "Usage: minebelt estimate [OPTIONS]",
        ),
        (
            ["estimate", EXAMPLES / "seed-korean-model.toml", "--nosuchflag"],
            "--nosuchflag",
            "Usage: minebelt estimate [OPTIONS]",
        ),
        (["serve", "--port", "eighty"], "--port", "Usage: minebelt serve [OPTIONS]"),
        (["borders", "--country"], "--country", "Usage: minebelt borders [OPTIONS]"),
    ],
    ids=[
        "unknown-command",
        "unknown-root-flag",
        "missing-file-argument",
        "samples-abc",
        "unknown-flag",
        "port-word",
        "option-without-value",
    ],
)
def test_usage_errors_are_one_line_plus_usage_exit_2(args: list[object], message: str, usage: str) -> None:
    p = run(*args)
    assert p.returncode == 2, (p.returncode, p.stderr)
    assert "Traceback" not in p.stderr and "Traceback" not in p.stdout
    assert p.stdout == ""
    lines = p.stderr.splitlines()
    assert lines[0].startswith("minebelt: error: ") and message in lines[0], p.stderr
    assert lines[1].startswith(usage), p.stderr
    cmd = (
        "minebelt estimate"
        if "estimate" in usage
        else "minebelt serve"
        if "serve" in usage
        else "minebelt borders"
        if "borders" in usage
        else "minebelt"
    )
    assert lines[2] == f"Try '{cmd} --help' for help."
    assert len(lines) == 3


def test_bad_value_names_what_was_given() -> None:
    p = run("estimate", EXAMPLES / "seed-korean-model.toml", "--samples", "abc")
    assert "'abc'" in p.stderr.splitlines()[0]


def test_input_error_is_one_line_exit_2(tmp_path: Path) -> None:
    p = run("estimate", tmp_path / "nope.toml")
    assert p.returncode == 2
    assert p.stderr == f"minebelt: error: {tmp_path / 'nope.toml'}: file not found\n"
    assert p.stdout == ""


def test_subcommand_help_exit_0() -> None:
    p = run("estimate", "--help")
    assert p.returncode == 0 and "--samples" in p.stdout and p.stderr == ""


def test_estimate_runs_from_another_folder(tmp_path: Path) -> None:
    import json

    p = run("estimate", EXAMPLES / "seed-reduced-model.toml", "--json", cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    doc = json.loads(p.stdout)
    # seed 001's reduced model: (500 + 300 + 400 + 400) km x 2 km x 6,000 mines/km² = 19.2 million
    assert doc["schema"] == "minebelt.estimate/1"
    assert doc["totals"]["mines"] == pytest.approx(19_200_000)
    assert list(tmp_path.iterdir()) == []  # nothing written
