"""The inputs a comparison names ("What explains B - A"), in the reader's words: the key column
and the change column of the terminal, the report page and the PDF."""

from __future__ import annotations

import re

import pytest

from minebelt import i18n

DOC = {
    "scenarios": [{"label": "A", "name": "a"}, {"label": "B", "name": "b"}],
    "figures": [{"path": "totals.mines", "label": "mines", "unit": "mines", "values": [2e6, 1e6],
                 "difference": [0, -1e6], "ratio": [1, 0.5]}],
    "attribution": [{"scenario": 1, "baseline": 0, "figures": ["totals.mines"], "inputs": [
        {"input": "sections['Finland - Russia'].depth_km", "from": "default", "to": "1.5",
         "effects": {"totals.mines": -6e5}, "share": {"totals.mines": 0.6}},
        {"input": "sections['Lithuania - Russia (Kaliningrad)'].length_km", "from": "measured", "to": "1,250.5",
         "effects": {"totals.mines": -1e5}, "share": {"totals.mines": 0.1}},
        {"input": "sections", "from": "with Estonia - Russia, My own line", "to": "-",
         "effects": {"totals.mines": -2e5}, "share": {"totals.mines": 0.2}},
        {"input": "defaults.depth_km", "from": "1.5 to 2.5", "to": "2",
         "effects": {"totals.mines": -1e5}, "share": {"totals.mines": 0.1}},
        {"input": "defaults.density", "from": "korea-peak", "to": "reduced",
         "effects": {"totals.mines": -1e5}, "share": {"totals.mines": 0.1}},
    ]}],
}  # fmt: skip


@pytest.fixture(autouse=True)
def _english_again():
    yield
    i18n.set_language("en")


def _rows(lang: str) -> list[dict]:
    from minebelt.outputs.compare_view import compare_view

    with i18n.language(lang):
        return compare_view(DOC)["attribution"][0]["rows"]


def test_english_keeps_the_documents_keys_and_values() -> None:
    rows = _rows("en")
    assert rows[0]["input"] == "sections['Finland - Russia'].depth_km"
    assert rows[0]["change"] == "default \u2192 1.5"
    assert rows[1]["change"] == "measured \u2192 1,250.5"


@pytest.mark.parametrize("lang", [x for x in i18n.LANGS if x != "en"])
def test_every_language_names_the_input_and_its_values_in_its_words(lang: str) -> None:
    from minebelt.outputs.report.local_names import section_name_words

    rows = _rows(lang)
    text = " ".join(f"{r['input']} {r['change']}" for r in rows)
    # no English section name, value word or key, and the numbers with the reader's separators
    for english in ("Finland", "Russia", "Lithuania", "default", "measured", "sections", "with",
                    "korea-peak", "depth_km", "defaults."):  # fmt: skip
        assert not re.search(rf"\b{re.escape(english)}\b", text), (lang, english, text)
    assert "1,5" in rows[0]["change"] and "1\u00a0250,5" in rows[1]["change"]
    with i18n.language(lang):
        assert section_name_words("Finland - Russia") in rows[0]["input"]
        # a user's own section name is kept as written
        assert "My own line" in rows[2]["change"]
    assert not re.search(r"\d,\d{3}\b", text) and not re.search(r"\d\.\d", text)
    assert " to " not in rows[3]["change"]
