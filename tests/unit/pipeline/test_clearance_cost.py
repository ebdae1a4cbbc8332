"""The clearance cost follows the effort: a stated cost per deminer-year, a stated per-m² cost
alone (the user's rate stays the headline), a belt with no effort, and bad input."""

from __future__ import annotations

import pytest

from minebelt import Clearance, Cost, Scenario, Section, estimate
from minebelt.errors import InputError
from minebelt.scenario import Defaults


def _belt(clearance: Clearance, country: str = "POL") -> Scenario:
    return Scenario(
        name="belt",
        defaults=Defaults(depth_km=2.0, density=6000.0),
        sections=[Section(name="a", country=country, border="BLR", length_km=100.0)],
        cost=Cost(unit_cost_per_mine=10.0, fence_cost_per_km=100.0),
        clearance=clearance,
    )


def test_a_stated_cost_per_deminer_year_prices_the_effort():
    k = estimate(_belt(Clearance(deminers=500.0, cost_per_deminer_year=50_000.0))).document["clearance"]
    assert k["cost_basis"] == "effort" and k["cost_per_deminer_year"]["stated"] is True
    assert k["cost"] == pytest.approx(k["deminer_years"] * 50_000)
    assert k["cost_price_years"] is None and k["cost_assumes"] == "the effort times the stated cost per deminer-year"
    assert k["cost_from_area"]["cost"] > 0 and k["cost_from_area"]["label"].startswith("cross-check")


def test_a_stated_per_m2_cost_alone_stays_the_headline_with_the_effort_beside_it():
    k = estimate(_belt(Clearance(deminers=500.0, cost_per_m2=4.0))).document["clearance"]
    assert k["cost_basis"] == "area" and k["cost"] == pytest.approx(k["cleared_km2"] * 1e6 * 4)
    e = k["cost_from_effort"]
    assert e["label"].startswith("cross-check") and "stated" in e["why_not_headline"]
    assert e["cost_low"] == pytest.approx(k["deminer_years"] * 114_601, rel=1e-3)  # Poland: the EU level


def test_no_effort_no_effort_cost():
    k = estimate(_belt(Clearance(capacity_km2_per_year=10.0))).document["clearance"]
    assert k["cost_basis"] == "area" and k["cost"] == pytest.approx(k["cost_from_area"]["cost"])
    assert "cost_from_effort" not in k and "cost_per_deminer_year" not in k


def test_a_country_with_no_figure_of_its_own_takes_the_span_stated_as_such():
    k = estimate(_belt(Clearance(deminers=200.0), country="KOR")).document["clearance"]
    (level,) = k["cost_per_deminer_year"]["by_wage_level"]
    assert level["wage_level"] == "other" and "no figure of its own" in level["words"]
    assert (level["low"], level["high"]) == pytest.approx((20_174, 142_152), rel=1e-3)


def test_a_negative_cost_per_deminer_year_is_refused_in_one_line():
    with pytest.raises(InputError) as e:
        estimate(_belt(Clearance(deminers=500.0, cost_per_deminer_year=-1.0)))
    assert "clearance.cost_per_deminer_year" in str(e.value) and "\n" not in str(e.value)


def test_the_effort_cross_check_keeps_usd_in_its_usd_field_and_the_table_currency_beside_it():
    s = _belt(Clearance(deminers=200.0), country="KOR")
    s = s.model_copy(update={"cost": Cost(unit_cost_per_mine=10.0, fence_cost_per_km=100.0, currency="KRW")})
    k = estimate(s).document["clearance"]
    e = k["cost_from_effort"]
    assert k["cost_basis"] == "area" and e["currency"] == "KRW"
    assert e["usd_per_deminer_year"] == pytest.approx((20_174, 142_152), rel=1e-3)
    assert e["per_deminer_year"][1] / e["usd_per_deminer_year"][1] > 1000  # KRW per USD
    assert "not South Korea's" in e["label"] and "yardstick" in k["cost_yardstick"]["label"]
