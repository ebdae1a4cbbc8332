"""Scenarios side by side: figures, differences, ratios, and the inputs that explain them.

Stated-length scenarios built in code have hand-computable answers (mines = length x depth x
density), so each effect of the one-at-a-time attribution is known exactly.
"""

from __future__ import annotations

import json

import pytest

from minebelt import Clearance, Defaults, InputError, Scenario, Section
from minebelt.pipeline.compare import compare
from minebelt.pipeline.compare_inputs import differing_inputs, match_sections, swap


def _sc(
    name: str, sections: list[tuple[str, str, str, float]], depth: float = 2.0, density: float | str = 12000.0, **blocks
) -> Scenario:
    return Scenario(
        name=name,
        defaults=Defaults(depth_km=depth, density=density),
        sections=[Section(name=n, country=c, border=b, length_km=length) for n, c, b, length in sections],
        **blocks,
    )


BASE = [("Poland", "POL", "BLR", 400.0), ("Finland", "FIN", "RUS", 600.0)]


def _row(doc: dict, path: str) -> dict:
    return next(r for r in doc["figures"] if r["path"] == path)


def test_difference_ratio_and_single_input_explains_everything() -> None:
    a = _sc("Korean", BASE)
    b = _sc("Reduced", BASE, density=6000.0)
    doc = compare([a, b]).to_dict()
    assert doc["schema"] == "minebelt.compare/1" and doc["baseline"] == 0
    assert [s["label"] for s in doc["scenarios"]] == ["A", "B"]
    mines = _row(doc, "totals.mines")
    assert mines["values"] == pytest.approx([1000 * 2 * 12000, 1000 * 2 * 6000])
    assert mines["difference"][0] is None and mines["difference"][1] == pytest.approx(-12e6)
    assert mines["ratio"][1] == pytest.approx(0.5)
    assert _row(doc, "totals.area_km2")["difference"][1] == 0.0
    att = doc["attribution"][0]
    assert att["figures"] == ["totals.mines"]  # the area does not differ: nothing to explain
    assert [r["input"] for r in att["inputs"]] == ["defaults.density"]
    assert att["inputs"][0]["from"] == "12,000" and att["inputs"][0]["to"] == "6,000"
    assert att["inputs"][0]["effects"]["totals.mines"] == pytest.approx(-12e6)
    assert att["inputs"][0]["share"]["totals.mines"] == pytest.approx(1.0)
    assert att["interaction"]["totals.mines"] == 0.0


def test_effects_and_interaction_add_up_to_the_difference() -> None:
    # depth 2 -> 1.5 and density 12,000 -> 6,000 multiply: each alone, then together
    a = _sc("A", BASE)
    b = _sc("B", BASE, depth=1.5, density=6000.0)
    att = compare([a, b]).document["attribution"][0]
    effects = {r["input"]: r["effects"]["totals.mines"] for r in att["inputs"]}
    assert effects["defaults.density"] == pytest.approx(1000 * 2 * (6000 - 12000))
    assert effects["defaults.depth_km"] == pytest.approx(1000 * (1.5 - 2) * 12000)
    diff = 1000 * 1.5 * 6000 - 1000 * 2 * 12000
    assert att["interaction"]["totals.mines"] == pytest.approx(diff - sum(effects.values()))
    assert att["interaction"]["totals.mines"] == pytest.approx(1000 * (-0.5) * (-6000))  # the cross term
    # largest effect first
    assert att["inputs"][0]["input"] == "defaults.density"


def test_lengths_of_matched_fronts_and_fronts_added_or_removed() -> None:
    a = _sc("full", BASE)
    b = _sc("priority", [("Poland, most vulnerable", "POL", "BLR", 200.0), ("Ukraine", "UKR", "RUS", 500.0)])
    pairs, only_a, only_b = match_sections(a, b)
    assert pairs == [(0, 0)] and only_a == [1] and only_b == [1]
    keys = [f.key for f in differing_inputs(a, b)]
    assert keys == ["sections['Poland'].length_km", "sections"]  # a section's name is a label, not an input
    hybrid = swap(a, b, differing_inputs(a, b)[1])
    assert [s.country for s in hybrid.sections] == ["POL", "UKR"]
    att = compare([a, b]).document["attribution"][0]
    effects = {r["input"]: r["effects"]["totals.mines"] for r in att["inputs"]}
    assert effects["sections['Poland'].length_km"] == pytest.approx(-200 * 2 * 12000)
    assert effects["sections"] == pytest.approx((500 - 600) * 2 * 12000)
    assert att["interaction"]["totals.mines"] == 0.0  # lengths add up: no interaction


def test_per_country_rows_cover_every_country_of_any_scenario() -> None:
    a = _sc("A", BASE)
    b = _sc("B", [("Ukraine", "UKR", "RUS", 500.0)])
    doc = compare([a, b]).document
    by = {c["country"]: c for c in doc["by_country"]}
    assert list(by) == ["POL", "FIN", "UKR"]
    ukr = next(r for r in by["UKR"]["figures"] if r["path"].endswith(".mines"))
    assert ukr["values"][0] is None and ukr["values"][1] == pytest.approx(500 * 2 * 12000)
    assert ukr["difference"][1] is None  # nothing to subtract from


def test_a_block_only_one_scenario_has_is_one_input_and_its_figures_are_noted() -> None:
    a = _sc("A", BASE)
    b = _sc("B", BASE, clearance=Clearance())
    doc = compare([a, b]).document
    assert [f.key for f in differing_inputs(a, b)] == ["clearance"]
    assert any("clearance time: not estimated for A" in n for n in doc["notes"])
    assert doc["attribution"][0]["figures"] == []  # no figure both have differs


def test_three_scenarios_each_against_the_baseline_and_json_round_trip() -> None:
    s = [_sc("A", BASE), _sc("B", BASE, density=6000.0), _sc("C", BASE, depth=1.0)]
    result = compare(s, attribute=False)
    doc = result.to_dict()
    assert _row(doc, "totals.mines")["ratio"][1:] == pytest.approx([0.5, 0.5])
    assert doc["attribution"] == []
    assert json.loads(result.to_json()) == doc
    assert "3 scenarios" in repr(result)


def test_monte_carlo_figures_carry_their_interval() -> None:
    a = _sc("A", BASE, density="6000 to 12000")
    b = _sc("B", BASE, density=6000.0)
    row = _row(compare([a, b], samples=2000, seed=1, attribute=False).document, "totals.mines")
    assert row["p05"][0] < row["values"][0] < row["p95"][0]
    assert row["p05"][1] == pytest.approx(row["p95"][1])  # no spread in B


def test_fewer_than_two_or_too_many_scenarios_are_refused() -> None:
    with pytest.raises(InputError, match="at least two scenarios"):
        compare([_sc("A", BASE)])
    with pytest.raises(InputError, match="COMPARE_SCENARIOS_MAX"):
        compare([_sc(str(i), BASE) for i in range(13)])


def test_the_public_api_names_compare() -> None:
    import minebelt

    assert minebelt.compare is compare
    assert "compare" in minebelt.__all__ and "Comparison" in minebelt.__all__


def test_stated_against_measured_length() -> None:
    from minebelt.data.borders import gpkg_path

    if not gpkg_path().exists():
        pytest.skip("bundled border data is not built")
    stated = Scenario(name="stated", defaults=Defaults(depth_km=2.0, density=6000.0),
                      sections=[Section(name="Finland", country="FIN", border="RUS", length_km=1300)])  # fmt: skip
    measured = Scenario(name="measured", defaults=Defaults(depth_km=2.0, density=6000.0, along_water="skip"),
                        sections=[Section(name="Finland - Russia", country="FIN", border="RUS")])  # fmt: skip
    doc = compare([stated, measured]).document
    att = doc["attribution"][0]
    row = next(r for r in att["inputs"] if r["input"] == "sections['Finland'].length_km")
    assert (row["from"], row["to"]) == ("1,300", "measured")
    mines = _row(doc, "totals.mines")
    total = sum(r["effects"]["totals.mines"] for r in att["inputs"]) + att["interaction"]["totals.mines"]
    assert total == pytest.approx(mines["difference"][1])


def test_people_compared_by_side_and_both_sides_kept_under_the_old_path() -> None:
    """Estimate counts the other side apart; compare does too (the defender's side first), and
    keeps the both-sides row under its old path for tools that read it."""
    from minebelt.pipeline.compare import FIGURES, figure_row

    paths = [p for p, _, _ in FIGURES if p.startswith("exposure.")]
    assert paths == [
        "exposure.total.defender_side.within_5km.population",
        "exposure.total.other_side.within_5km.population",
        "exposure.total.within_5km.population",
    ]
    labels = {p: lab for p, lab, _ in FIGURES}
    assert labels[paths[0]] == "people within 5 km of the belt, defender's side"
    assert "both sides" in labels[paths[2]]

    def doc(mine: int, other: int) -> dict:
        w = lambda n: {"within_5km": {"places": 1, "population": n}}  # noqa: E731
        return {"exposure": {"total": {**w(mine + other), "defender_side": w(mine), "other_side": w(other)}}}

    docs = [doc(241_236, 208_073), doc(100_000, 208_073)]
    rows = {p: figure_row(docs, p, labels[p], "people") for p in paths}
    assert rows[paths[0]]["values"] == [241_236, 100_000]
    assert rows[paths[1]]["values"] == [208_073, 208_073]
    assert rows[paths[2]]["values"] == [449_309, 308_073]
