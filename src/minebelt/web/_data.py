"""Whether the bundled data is installed, and the bundled examples, as the web app sees them.

Layer: interfaces. Every endpoint asks here (through this module, so a test can replace one
function for the whole app): :func:`data_available`, :func:`require_data` (503 without the
border data), :func:`examples_dir`.
"""

from __future__ import annotations

from pathlib import Path

from ..data.examples import examples_dir as _bundled_examples


class DataMissing(Exception):
    """The bundled border data is not installed: geometry endpoints answer 503."""


def data_available() -> bool:
    from ..data.borders import installed

    return installed()


def require_data() -> None:
    if not data_available():
        raise DataMissing(
            "the bundled border data (minebelt/data/borders.gpkg) is not installed: maps and measured borders are "
            "unavailable; sections with a stated length_km still work"
        )


def is_data_missing(msg: str) -> bool:
    return "bundled border data is missing" in msg and not data_available()


def examples_dir() -> Path | None:
    """The bundled examples folder (:func:`minebelt.data.examples.examples_dir`), or None."""
    return _bundled_examples()
