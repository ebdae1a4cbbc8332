"""Property tests: linear scaling, additivity of totals."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minebelt import Scenario, Section, estimate
from minebelt.scenario import Defaults

lengths = st.floats(min_value=1, max_value=5000, allow_nan=False)
depths = st.floats(min_value=0.1, max_value=50, allow_nan=False)
densities = st.floats(min_value=1, max_value=100_000, allow_nan=False)
factors = st.floats(min_value=0.01, max_value=1.0, allow_nan=False)


def one(length: float, depth: float, density: float) -> float:
    sc = Scenario(
        name="p",
        defaults=Defaults(depth_km=depth, density=density),
        sections=[Section(name="s", country="POL", border="BLR", length_km=length)],
    )
    return estimate(sc).totals["mines"]


@settings(max_examples=60, deadline=None)
@given(lengths, depths, densities, factors)
def test_mines_scale_linearly(length, depth, density, k):
    base = one(length, depth, density)
    assert base == pytest.approx(length * depth * density, rel=1e-12)
    assert one(length * k, depth, density) == pytest.approx(k * base, rel=1e-9)
    assert one(length, depth * k, density) == pytest.approx(k * base, rel=1e-9)
    assert one(length, depth, density * k) == pytest.approx(k * base, rel=1e-9)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["POL", "FIN", "EST", "LTU"]), lengths, depths, densities), min_size=1, max_size=8
    )
)
def test_totals_equal_sum_of_sections_and_countries(rows):
    sc = Scenario(
        name="sum",
        sections=[
            Section(name=f"s{i}", country=c, border="RUS", length_km=length, depth_km=d, density=rho)
            for i, (c, length, d, rho) in enumerate(rows)
        ],
    )
    doc = estimate(sc).document
    for key in ("length_km", "area_km2", "mines"):
        total = doc["totals"][key]
        assert total == pytest.approx(sum(r[key] for r in doc["sections"]), rel=1e-12)
        assert total == pytest.approx(sum(c[key] for c in doc["by_country"].values()), rel=1e-12)


@settings(max_examples=40, deadline=None)
@given(lengths, depths, depths, densities)
def test_monotone_in_depth(length, d1, d2, density):
    lo, hi = sorted((d1, d2))
    assert one(length, lo, density) <= one(length, hi, density)
