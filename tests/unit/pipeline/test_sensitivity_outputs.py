"""Sensitivity of any sampled output (dotted path), with the blocks' own inputs ranked too."""

from __future__ import annotations

import json

import pytest

from minebelt import Clearance, Cost, Defaults, Production, Scenario, Section
from minebelt.errors import InputError
from minebelt.pipeline.sensitivity import sensitivity, uncertain_inputs


def _scenario() -> Scenario:
    return Scenario(
        name="blocks",
        defaults=Defaults(depth_km=2.0, density="6000 to 12000"),
        sections=[Section(name="a", country="POL", border="BLR", length_km=400.0)],
        production=Production(),
        cost=Cost(),
        clearance=Clearance(capacity_km2_per_year="5 to 50"),
    )


def test_block_inputs_are_uncertain_inputs():
    keys = {i.key for i in uncertain_inputs(_scenario())}
    assert {
        "defaults.density",
        "cost.unit_cost_per_mine",
        "cost.fence_cost_per_km",
        "clearance.cost_per_m2",
        "clearance.capacity_km2_per_year",
    } <= keys


def test_calendar_years_driven_by_capacity_only():
    doc = sensitivity(_scenario(), n_base=128, output="clearance.calendar_years")
    assert doc["output"] == "clearance.calendar_years"
    assert doc["median"] == pytest.approx(800 / (5 * 50) ** 0.5)
    top = doc["tornado"][0]
    assert top["input"] == "clearance.capacity_km2_per_year" and top["unit"] == "km\u00b2/year"
    assert top["low"] == pytest.approx(800 / 5, rel=1e-6) and top["high"] == pytest.approx(800 / 50, rel=1e-6)
    assert all(r["swing"] == 0 for r in doc["tornado"][1:])  # mines, cost and density do not move it
    assert doc["sobol"][0]["input"] == "clearance.capacity_km2_per_year" and doc["sobol"][0]["ST"] > 0.9


def test_cost_total_and_default_output():
    doc = sensitivity(_scenario(), n_base=128, output="cost.total")
    assert doc["tornado"][0]["input"] == "cost.unit_cost_per_mine"
    # the yardsticks' programme rates are inputs too: none moves the build cost
    assert {r["input"] for r in doc["tornado"] if r["swing"] == 0} >= {
        "clearance.cost_per_m2",
        "clearance.capacity_km2_per_year",
    }
    mines = sensitivity(_scenario(), n_base=128)
    assert mines["output"] == "totals.mines" and mines["tornado"][0]["input"] == "defaults.density"


def test_unknown_or_unestimated_output_is_one_clear_error():
    with pytest.raises(
        InputError, match=r"not a sampled figure of this scenario \(did you mean 'clearance.calendar_years'\?\)"
    ):
        sensitivity(_scenario(), n_base=64, output="clearance.calender_years")
    with pytest.raises(InputError) as err:
        sensitivity(_scenario(), n_base=64, output="nope")
    assert str(err.value).endswith(
        "'nope': not a sampled figure of this scenario (figures: totals.*, by_country.<country>.*, clearance.*, cost.*, production.*)"
    )
    sc = _scenario()
    sc.sections.append(Section(name="b", country="FIN", border="RUS", length_km=100.0))
    with pytest.raises(InputError, match="not estimated"):  # no production capacity on record for FIN
        sensitivity(sc, n_base=64, output="production.groups.FIN.years_to_fill")


def test_cli_output_option(run_cli, tmp_path):
    path = tmp_path / "s.toml"
    path.write_text(
        'name = "s"\n[defaults]\ndepth_km = 2\ndensity = "6000 to 12000"\n[[sections]]\nname = "a"\ncountry = "POL"\nborder = "BLR"\nlength_km = 400\n'
        '[clearance]\ncost_per_m2 = "2 to 39"\n',
        encoding="utf-8",
    )
    code, out, err = run_cli("sensitivity", path, "--output", "clearance.cost", "--samples", "64", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["output"] == "clearance.cost" and doc["tornado"][0]["input"] == "clearance.cost_per_m2"
    code, out, err = run_cli("sensitivity", path, "--output", "cost.total", "--samples", "64")
    assert code == 2 and out == "" and "cost.total" in err and err.count("\n") == 1


def test_estimate_prints_years_without_separators(run_cli, tmp_path):
    path = tmp_path / "p.toml"
    path.write_text(
        'name = "p"\n[defaults]\ndepth_km = 2\ndensity = 6000\n[[sections]]\nname = "a"\ncountry = "POL"\nborder = "BLR"\nlength_km = 400\n'
        "[production]\n",
        encoding="utf-8",
    )
    code, out, err = run_cli("estimate", path, "--details")
    assert code == 0, err
    out = " ".join(out.split())  # rich wraps long lines
    assert (
        "from 2026, the last mine would be made in 2030" in out
        and "the last in 2030" in out
        and "2,026" not in out
        and "2,030" not in out
    )
    # 4.8 M mines at Belma's 1.2 M a year of all types: the time at that capacity alone, not a bound
    assert (
        "At Belma's stated 2026 capacity alone (all types), if all of it were anti-personnel: 4 years" in out
    )  # 4 exactly: no padding zero
    assert "at least" not in out and "earliest" not in out


def test_a_file_of_scenarios_marks_the_one_without_uncertain_input_not_estimated():
    from minebelt.pipeline.sensitivity import sensitivity_of_file

    fixed = _scenario().model_copy(
        update={"name": "stated capacity", "clearance": Clearance(capacity_km2_per_year=8.0)}
    )
    docs = sensitivity_of_file([_scenario(), fixed], n_base=64, output="clearance.calendar_years")
    assert [d["scenario"]["name"] for d in docs] == ["blocks", "stated capacity"]
    assert docs[0]["tornado"][0]["input"] == "clearance.capacity_km2_per_year"
    assert docs[1]["not_estimated"] == "--output 'clearance.calendar_years': does not depend on any uncertain input"
    assert "tornado" not in docs[1]
    with pytest.raises(InputError, match="does not depend on any uncertain input"):  # no scenario can be analysed
        sensitivity_of_file([fixed], n_base=64, output="clearance.calendar_years")
