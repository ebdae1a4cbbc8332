"""The report's table of every input in the reader's words: counted units by CLDR's plural,
the blocks an input feeds, the provenance's method, the programmes by their country."""

from __future__ import annotations

from minebelt.i18n import language
from minebelt.outputs.report import local_names as LN
from minebelt.outputs.report.views import input_label


def _sp(s: str) -> str:
    return s.replace("\xa0", " ").replace("\u202f", " ")


def test_counted_units_take_the_plural_of_their_figure():
    with language("pl"):
        assert _sp(LN.input_value("4021", "deminers")) == "4 021 saperów"
        assert _sp(LN.input_value("3", "deminers")) == "3 saperzy"
        assert LN.input_value("0", "years") == "0 lat"
        assert (
            LN.block_names(["production", "clearance"]) == "[production], [clearance]"
        )  # the TOML tables, as in the file


def test_method_in_the_reader_words():
    english = "point values: every input at its median; Monte Carlo: 10,000 samples, numpy PCG64 seeded with 1"
    assert LN.method_words(english, 10000, 1) == english
    with language("pl"):
        text = _sp(LN.method_words(english, 10000, 1))
        assert "10 000" in text and "every" not in text


def test_programme_inputs_name_their_country():
    with language("pl"):
        assert input_label("clearance.programme.HRV", {}).endswith("Chorwacja")
        assert "Chorwacja" in input_label("clearance.programme.HRV.mines", {})
