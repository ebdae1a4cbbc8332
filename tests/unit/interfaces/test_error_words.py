"""Error lines in the reader's language: the sentence translated, the file, the field, the value
and the allowed range or keys exactly as written (what the user types in the TOML)."""

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
        ("uk", "a.toml: name: required field is missing", "a.toml: name: відсутнє обов'язкове поле"),
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
