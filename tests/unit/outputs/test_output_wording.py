"""The words and figures a newcomer reads in every output: "length" for the border, "front" for
the land front the belt is built behind; the civilians table's rows adding up to its subtotal;
verdicts in words, worst first; end years rounded like the years beside them; differences in
their row's scale; no ratio of calendar years; the atlas bar's sides done / total."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import pytest

from minebelt import numbers as N
from minebelt.outputs.compare_view import _row_cells, fmt_difference_as
from minebelt.outputs.report.cards import production_card
from minebelt.outputs.report.views import INPUT_WORDS, exposure_view
from minebelt.outputs.verdicts import verdict_summary

GOLDEN = Path(__file__).resolve().parents[2] / "e2e" / "golden" / "report-result.json"


def test_border_length_is_not_called_front() -> None:
    tpl = files("minebelt.outputs.report").joinpath("templates/_sections.html.j2").read_text(encoding="utf-8")
    assert "front km" not in tpl and tpl.count("length km") == 2
    pdf = files("minebelt.outputs.report").joinpath("pdf_tables.py").read_text(encoding="utf-8")
    assert '"front km"), _("belt km' not in pdf and '_("length km"), _("belt km' in pdf
    assert INPUT_WORDS["length_km"][0] == "Border length"
    page = files("minebelt.web").joinpath("static/index.html").read_text(encoding="utf-8")
    assert "Front length" not in page and ">Border length<" in page


def test_civilians_rows_are_the_defenders_side_and_add_up() -> None:
    doc = json.loads(GOLDEN.read_text(encoding="utf-8"))
    ex = exposure_view(doc)
    rows = {c["code"]: c for c in ex["countries"]}
    # Pechory (Russia) is on the other side: not in Estonia's row
    assert [x["people"] for x in rows["EST"]["counts"]] == ["0", "0", "0"]

    def people(cells: list[dict[str, str]]) -> list[int]:
        return [int(x["people"].replace(",", "")) for x in cells]

    sums = [
        sum(col)
        for col in zip(
            *(people(c["counts"]) for c in ex["countries"]),
            people(ex["between"] or [{"people": "0"}] * 3),
            strict=False,
        )
    ]
    assert sums == people(ex["defender"])
    assert people(ex["defender"]) != people(ex["total"])  # the other side is counted apart


def test_verdicts_in_words_worst_first_and_checked_only_when_recomputed() -> None:
    verdicts = (
        ["holds"] * 46
        + ["unverifiable"] * 8
        + ["stated"] * 7
        + ["not-checked"] * 7
        + ["does-not-hold"] * 4
        + ["imprecise"] * 2
    )
    text = verdict_summary(verdicts)
    assert (
        text
        == "74 claims: 60 checked (4 do not hold, 2 imprecise, 8 unverifiable, 46 hold); 14 not recomputed (7 stated, 7 not checked)."
    )
    assert "-" not in text.replace("not recomputed", "")
    assert verdict_summary(["does-not-hold"]) == "1 claim: 1 checked (1 does not hold)."
    assert verdict_summary([]) == ""


@pytest.mark.parametrize(
    ("end", "years", "want"),
    [
        (2130.4, 104.4, "2130"),
        (2097.1, 71.1, "2097"),
        (2134.9, 104.4, "2130"),
        (2135.0, 104.4, "2140"),
        (2030.2, None, "2030"),
        (None, 3.0, N.NOT_ESTIMATED),
    ],
)
def test_end_year_rounds_like_the_years_beside_it(end, years, want) -> None:
    assert N.year_near(end, years) == want


def test_production_card_prints_the_time_by_the_headline_rule() -> None:
    """Three significant figures, as the report's production section and the terminal print
    the same time (103.5 years is "104 years", the last in the year itself); "around" only
    when the years are rounded to tens (1,000 years and more)."""
    doc = json.loads(GOLDEN.read_text(encoding="utf-8"))
    doc["production"] = {**doc["production"], "years_to_fill": 103.5, "year_complete": 2129.5, "start_year": 2026}
    card = production_card(doc)
    assert card.figure == "104 years" and card.label.endswith("the last in 2130"), (card.figure, card.label)
    doc["production"] = {**doc["production"], "years_to_fill": 71.13, "year_complete": 2097.1}
    card = production_card(doc)
    assert card.figure == "71.1 years" and card.label.endswith("the last in 2097")
    doc["production"] = {**doc["production"], "years_to_fill": 1044.4, "year_complete": 3070.4}
    card = production_card(doc)
    assert card.figure == "1,040 years" and card.label.endswith("the last around 3070")


def test_differences_in_the_rows_scale_and_no_ratio_of_calendar_years() -> None:
    assert fmt_difference_as(-745_562, "mines", None, ["2.39 M", "1.65 M"]) == "-0.746 M"
    assert fmt_difference_as(-745_562, "mines", None, ["2.39 M", "998,000"]) == "-745,562"  # no one scale
    assert fmt_difference_as(2e6, "mines", None, ["2.39 M", "4.39 M"]) == "+2 M"
    row = {
        "label": "last mine produced",
        "unit": "year",
        "values": [2105.0, 2130.0],
        "difference": [0, 25.0],
        "ratio": [1, 2130 / 2105],
    }
    cells = _row_cells(row, 2)
    assert cells["ratios"] == ["-"] and cells["differences"] == ["+25"]


def test_atlas_progress_gets_the_number_of_sides() -> None:
    from minebelt.geo.atlas_sides import _with_total

    got: list[tuple] = []
    _with_total(lambda stage, frac, total: got.append((stage, frac, total)), 412)("belts", 0.5)
    _with_total(lambda stage, frac: got.append((stage, frac)), 412)("people", 1.0)  # the public two-argument callback
    assert got == [("belts", 0.5, 412), ("people", 1.0)]


def test_atlas_bar_shows_sides_done_and_time_left(monkeypatch) -> None:
    import io
    import sys

    from rich.progress import TimeRemainingColumn

    from minebelt.cli import _common

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stderr", Tty())
    prog, tick = _common.progress("sides")
    assert any(isinstance(c, TimeRemainingColumn) for c in prog.columns)
    with prog:
        tick("belts", 0.25, 412)
        task = prog.tasks[0]
        assert task.fields["count"] == "103/412 sides"


def test_report_names_the_density_model_by_its_figure_not_its_key() -> None:
    """The sections' note gives the model as a reader reads it; its key only beside the command
    that lists the models."""
    from minebelt import i18n
    from minebelt.outputs.report.html import render_block

    doc = json.loads(GOLDEN.read_text(encoding="utf-8"))
    doc["sections"][0]["density_model"] = "korea-peak"
    html = render_block("_sections.html.j2", doc=doc, scenario_file=None)
    assert "Density model: 12,000 mines/km², the Korean DMZ peak (<code>minebelt models</code>: korea-peak)" in html
    with i18n.language("pl"):
        html = render_block("_sections.html.j2", doc=doc, scenario_file=None)
    assert "Model gęstości: " in html and "szczyt koreańskiej DMZ" in html and "Density model" not in html
