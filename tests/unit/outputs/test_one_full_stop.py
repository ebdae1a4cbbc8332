"""A sentence whose last figure is a date ending in an abbreviation ("27 грудня 2025 р.",
"2025 m. gruodžio 27 d.") ends with one full stop, not two; an ellipsis stays."""

from __future__ import annotations

from minebelt.outputs.local_plans import _one_stop


def test_one_full_stop_after_an_abbreviated_date() -> None:
    assert (
        _one_stop("Для порівняння (за джерелом): 27 грудня 2025 р..")
        == "Для порівняння (за джерелом): 27 грудня 2025 р."
    )
    assert (
        _one_stop("Palyginimui (iš šaltinio): 2025 m. gruodžio 27 d..")
        == "Palyginimui (iš šaltinio): 2025 m. gruodžio 27 d."
    )
    assert _one_stop("Beside it, from the source: 27 December 2025.") == "Beside it, from the source: 27 December 2025."
    assert _one_stop("as the source says...") == "as the source says..."
