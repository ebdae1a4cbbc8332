"""``minebelt calibrate --lang``: the table's headings stacked to fit the narrow number columns,
and a scenario that cannot be compared said so in the reader's words."""

from __future__ import annotations

from rich.cells import cell_len

from minebelt import i18n
from minebelt.outputs.terminal.tables import _calibration_flag, _calibration_heads, stacked


def test_a_heading_is_stacked_where_its_widest_line_is_narrowest() -> None:
    assert stacked("min na km linii") == "min\nna km\nlinii"
    assert stacked("miinaa linjan kilometriä kohti") == "miinaa linjan\nkilometriä\nkohti"
    assert stacked("mines") == "mines"


def test_headings_in_every_language() -> None:
    with i18n.language("en"):
        english = _calibration_heads()
    assert english[3] == "front\nkm" and english[6] == "implied\ndepth km\u00b9"
    for lang in i18n.LANGS[1:]:
        with i18n.language(lang):
            heads = _calibration_heads()
        assert len(heads) == 8 and heads != english
        assert heads[6].endswith("\u00b9") and "(" not in heads[6]  # the formula is in the footnote
        assert max(cell_len(x) for h in heads[1:7] for x in h.split("\n")) <= 16, heads


def test_a_scenario_not_compared() -> None:
    sc = {"name": "Mój plan", "comparison": "not compared", "denser_than_every_barrier_in_table": False}
    with i18n.language("pl"):
        sc["verdict"] = i18n.gettext("no front length")
        line = _calibration_flag(sc)
    assert line.startswith("Mój plan: Nie porównano: ") and "not compared" not in line
    with i18n.language("en"):
        sc["verdict"] = "no front length"
        assert _calibration_flag(sc) == "Mój plan: not compared \u2014 no front length."
