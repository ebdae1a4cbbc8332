"""Error lines in the reader's language: the sentence translated, the file, the field, the value
and the allowed keys exactly as written (what the user types in the TOML); a range's bounds in
the reader's numbers, as the report writes them."""

from __future__ import annotations

import pytest

from minebelt import i18n
from minebelt.outputs.error_words import localise


@pytest.mark.parametrize(
    ("lang", "line", "want"),
    [
        (
            "pl",
            "a.toml: defaults.depth_km = -3: must lie in (0, 50] km",
            "a.toml: defaults.depth_km = -3: musi mieścić się w (0, 50] km",
        ),
        ("uk", "a.toml: name: required field is missing", "a.toml: name: відсутнє обов’язкове поле"),
        (
            "lt",
            "a.toml: unknown key 'scenario' (allowed: cost, name)",
            "a.toml: nežinomas raktas 'scenario' (leidžiama: cost, name)",
        ),
        ("fi", "/x.toml: file not found", "/x.toml: tiedostoa ei löydy"),
        (
            "lv",
            "a.toml: unknown key 'sectoins' (did you mean 'sections'?)",
            "a.toml: nezināma atslēga 'sectoins' (vai domājāt 'sections'?)",
        ),
        ("et", "a.toml: something new: as written", "a.toml: something new: as written"),
        ("en", "a.toml: name: required field is missing", "a.toml: name: required field is missing"),
    ],
)
def test_error_line_sentence_translated_field_and_range_as_written(lang: str, line: str, want: str) -> None:
    with i18n.language(lang):
        assert localise(line) == want


def test_a_ranges_bounds_are_in_the_readers_numbers() -> None:
    # "(0, 100000]" is "(0, 100 000]" as the report writes it; a year's range is never grouped;
    # a decimal comma puts the bounds apart by "; "; the English line stays as written
    with i18n.language("pl"):
        assert localise("density = 2e+06: must lie in (0, 100000] mines/km²").endswith("(0, 100\u00a0000] min/km²")
        assert localise("start_year = 1800: must lie in [1900, 2200]").endswith("[1900, 2200]")
        assert localise("request: tolerance_deg = 5: must lie in [0, 0.1] degree").endswith("[0; 0,1] stopnia")
        cost = localise(
            "cost.unit_cost_per_mine = 'lots': must be a number or an interval like \"6000 to 12000\", in (0, 1e+09] per mine"
        )
        assert cost.endswith("(0, 1\u00a0000\u00a0000\u00a0000] za minę"), cost
    assert localise("density = 2e+06: must lie in (0, 100000] mines/km²").endswith("(0, 100000] mines/km²")
