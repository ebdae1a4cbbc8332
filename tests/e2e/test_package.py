"""What the package carries: the MIT licence and the data licences (in the wheel and the sdist,
built here from a copy of the sources), typing marker, lazy imports."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from importlib.resources import files
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "minebelt" / "data"
VENDOR = ROOT / "src" / "minebelt" / "web" / "static" / "vendor"


def test_data_licences_ship_with_the_package():
    text = files("minebelt").joinpath("data/LICENSE-DATA.md").read_text(encoding="utf-8")
    assert "OpenStreetMap contributors" in text and "ODbL" in text
    assert "GeoNames" in text and "CC BY 4.0" in text
    assert "ECB statistics" in text and "GSHHG" in text


def _bundled_sources() -> list[tuple[str, str, str]]:
    """(file, package, version) of every registry package a bundled file was built from, read
    from the files' own metadata."""
    meta = json.loads((DATA / "borders_meta.json").read_text(encoding="utf-8"))
    out = [("borders.gpkg", p["name"], p["version"]) for p in meta["packages"]]
    water = meta["water_source"]
    out.append(("borders.gpkg (inland water)", water["name"], water["version"]))
    for name in ("places", "ecb_rates"):
        m = json.loads(bytes(np.load(DATA / f"{name}.npz")["meta"]).decode())
        out.append((f"{name}.npz", m["package"], m["version"]))
    iso = json.loads((DATA / "iso3166.json").read_text(encoding="utf-8"))["source"]
    out.append(("iso3166.json", iso["package"], iso["version"]))
    for vendored in sorted(VENDOR.glob("*/VENDOR.json")):
        v = json.loads(vendored.read_text(encoding="utf-8"))
        out.append((f"web/static/vendor/{vendored.parent.name}", v["name"], v["version"]))
    return out


def test_data_licences_name_every_bundled_source():
    """LICENSE-DATA.md names the package and version each bundled file was built from (read
    from the files' own metadata), so a rebuilt or new file cannot go unlisted."""
    text = (DATA / "LICENSE-DATA.md").read_text(encoding="utf-8")
    missing = [
        f"{what}: {pkg} {ver}" for what, pkg, ver in _bundled_sources() if pkg not in text or str(ver) not in text
    ]
    assert not missing, f"src/minebelt/data/LICENSE-DATA.md does not name {missing}"


def test_typed_marker_ships():
    assert files("minebelt").joinpath("py.typed").is_file()


def test_import_is_light():
    # heavy libraries load only when a function needs them
    code = "import sys, minebelt; print(' '.join(m for m in ('shapely', 'pyproj', 'geopandas', 'pandas', 'fastapi', 'matplotlib', 'SALib') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == ""


# ----------------------------------------------------------------------------- wheel and sdist


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The sdist, and the wheel built from it (``python -m build``: as PyPI would get them), from a
    copy of the files a release is made of."""
    pytest.importorskip("build", reason="pip install '.[test]' installs build")
    work = tmp_path_factory.mktemp("dists")
    src = work / "source"
    src.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, src / name)
    shutil.copytree(ROOT / "src", src / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "*.pyc"))
    # --no-isolation: the running environment's setuptools (>= 77, in the test extra), offline
    cmd = [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(work / "dist"), str(src)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return next((work / "dist").glob("minebelt-*.tar.gz")), next((work / "dist").glob("minebelt-*.whl"))


@pytest.mark.slow
def test_wheel_carries_the_licences(dists: tuple[Path, Path]):
    with zipfile.ZipFile(dists[1]) as z:
        names = z.namelist()
        licence = next(n for n in names if re.fullmatch(r"minebelt-[^/]+\.dist-info/licenses/LICENSE", n))
        assert z.read(licence) == (ROOT / "LICENSE").read_bytes()
        assert "MIT License" in z.read(licence).decode() and "minebelt developers" in z.read(licence).decode()
        assert "minebelt/data/LICENSE-DATA.md" in names  # beside the data it describes
        assert any(n.endswith(".dist-info/licenses/src/minebelt/data/LICENSE-DATA.md") for n in names)
        assert any(n.endswith("licenses/src/minebelt/web/static/vendor/leaflet/LICENSE") for n in names)
        meta = z.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "License-Expression: MIT" in meta
    assert "License-File: LICENSE" in meta


@pytest.mark.slow
def test_sdist_carries_the_licences(dists: tuple[Path, Path]):
    with tarfile.open(dists[0]) as t:
        names = {n.split("/", 1)[1] for n in t.getnames() if "/" in n}
        assert {"LICENSE", "src/minebelt/data/LICENSE-DATA.md", "pyproject.toml"} <= names
        licence = t.extractfile(
            next(m for m in t.getmembers() if m.name.endswith("/LICENSE") and m.name.count("/") == 1)
        )
        assert licence is not None and licence.read() == (ROOT / "LICENSE").read_bytes()
