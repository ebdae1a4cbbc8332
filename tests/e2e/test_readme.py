"""The README is true: its console outputs are the real ones, and every command in it runs.

Both, not one: the outputs are deterministic (fixed seeds, no timings or dates), so an exact
comparison catches any figure that changed without the README (users copy these numbers);
and the commands shown without output (the report, the GeoJSON export, the Python lines)
must at least run as written. Fix a failure with ``python scripts/build_readme.py``.
Runs the installed ``minebelt`` console script in subprocesses (about a minute).
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


@pytest.mark.slow
def test_readme_outputs_are_the_real_ones():
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_readme.py"), "--check"], capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def test_readme_has_generated_outputs():
    text = README.read_text(encoding="utf-8")
    specs = re.findall(r"<!-- readme-output: (.+?) -->", text)
    assert len(specs) >= 3 and text.count("<!-- /readme-output -->") == len(specs)
    assert "\u250f" in text  # rich's boxed tables, as the real output prints them


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
