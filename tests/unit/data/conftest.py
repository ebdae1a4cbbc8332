"""Fixtures of the bundled-data tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest


@pytest.fixture(scope="module")
def build_script() -> ModuleType:
    """``scripts/build_border_belts.py`` as a module (skipped where the tests run from an
    installed package without the repository's scripts)."""
    path = Path(__file__).resolve().parents[3] / "scripts" / "build_border_belts.py"
    if not path.exists():
        pytest.skip("the build script is not in an installed package")
    spec = importlib.util.spec_from_file_location("build_border_belts", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod
