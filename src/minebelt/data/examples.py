"""The bundled examples: scenarios and claims the web app may read (``data/examples``).

Layer: data.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def examples_dir() -> Path | None:
    """The bundled examples: ``minebelt/data/examples`` in the package (package data, an exact
    copy of the repository's ``examples/`` made by ``scripts/bundle_examples.py``), else the
    repository's ``examples/`` (a source checkout without the copy)."""
    candidates = [
        Path(str(files("minebelt").joinpath("data", "examples"))),
        Path(__file__).resolve().parents[3] / "examples",
    ]
    for c in candidates:
        if c.is_dir() and any(c.glob("*.toml")):
            return c.resolve()
    return None
