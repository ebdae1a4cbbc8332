"""What the installed package carries: data licences, typing marker, lazy imports."""

from __future__ import annotations

import subprocess
import sys
from importlib.resources import files


def test_data_licences_ship_with_the_package():
    text = files("minebelt").joinpath("data/LICENSE-DATA.md").read_text(encoding="utf-8")
    assert "OpenStreetMap contributors" in text and "ODbL" in text
    assert "GeoNames" in text and "CC BY 4.0" in text


def test_typed_marker_ships():
    assert files("minebelt").joinpath("py.typed").is_file()


def test_import_is_light():
    # heavy libraries load only when a function needs them
    code = "import sys, minebelt; print(' '.join(m for m in ('shapely', 'pyproj', 'geopandas', 'pandas', 'fastapi', 'matplotlib', 'SALib') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == ""
