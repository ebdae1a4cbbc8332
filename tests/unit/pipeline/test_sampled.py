"""Monte Carlo evaluated a piece of the sample at a time: the same document as summarizing whole
arrays, the same output for the same seed, and memory that grows with the draws only."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from minebelt import Scenario, Section, estimate, settings
from minebelt.pipeline import sampled
from minebelt.pipeline.evaluate import Drawer
from minebelt.scenario import Defaults
from minebelt.uncertainty.summaries import summarize


def flank(sections: int = 10) -> Scenario:
    """Stated fronts of six defending countries (several with more than one section), a depth
    and a density shared by all, one length and one depth of a section's own."""
    countries = ["FIN", "EST", "LVA", "LVA", "LTU", "LTU", "POL", "POL", "UKR", "UKR"]
    rows = [
        Section(name=f"s{i}", country=countries[i % 10], border="RUS", length_km=100.0 + 37 * i)
        for i in range(sections)
    ]
    rows[3] = Section(name="s3", country="LVA", border="BLR", length_km="150 to 190")
    rows[6] = Section(name="s6", country="POL", border="BLR", length_km=400.0, depth_km="0.5 to 1")
    return Scenario(name="flank", defaults=Defaults(depth_km="1.5 to 2.5", density="6000 to 12000"), sections=rows)


@pytest.mark.parametrize("n", [150_001, 300_000])
def test_streamed_document_equals_whole_arrays(monkeypatch, n):
    found: list[dict[int, str]] = []
    probe = sampled.monotone_figures
    monkeypatch.setattr(sampled, "monotone_figures", lambda *a: found.append(probe(*a)) or found[-1])
    streamed = estimate(flank(), samples=n, seed=11)
    # areas of a depth alone (stated lengths times the shared depth, their sums) and the
    # draws themselves take their quantiles at the draw's; the stated "150 to 190" km does not
    assert found and "defaults.depth_km" in found[0].values()
    assert n > sampled.PIECE  # evaluated in pieces
    monkeypatch.setattr(sampled, "PIECE", 1 << 30)  # every figure evaluated whole, then summarized
    whole = estimate(flank(), samples=n, seed=11)
    assert streamed.to_json() == whole.to_json()
    # and each stored figure, read whole from the result, summarizes to its *_dist
    doc = streamed.document
    assert summarize(streamed.samples["totals.mines"]) == doc["totals"]["mines_dist"]
    assert summarize(streamed.samples["by_country.LVA.area_km2"]) == doc["by_country"]["LVA"]["area_km2_dist"]
    assert summarize(streamed.samples["sections[3].mines"]) == doc["sections"][3]["mines_dist"]


def _figures(a: np.ndarray, b: np.ndarray, step: float) -> list[np.ndarray]:
    """Figures of two draws: non-decreasing in ``a`` alone (a cubic, steps with ties, in
    float32 as large samples keep areas, a sum with a constant, ``a`` itself), decreasing in
    ``a``, and of both draws."""
    cubic = (a * a * a + 0.5 * a).astype(np.float32)
    steps = np.floor(a / step) * step
    return [cubic, steps, cubic + steps + 3.0, a, -a, a * b, np.minimum(a, 2.0) * 7.0]


@hsettings(max_examples=8, deadline=None)
@given(
    extra=st.integers(1, sampled.PIECE + 1000),
    seed=st.integers(0, 2**32 - 1),
    step=st.sampled_from([1e-3, 0.05, 0.5, 4.0]),
)
def test_quantiles_at_the_draws_equal_the_whole_arrays(extra, seed, step):
    """Figures monotone in one draw summarized from the draw's order statistics: the same
    summaries, to the last bit, as the whole arrays summarized."""
    n = sampled.PIECE + extra
    rng = np.random.default_rng(seed)
    drawer = Drawer(n, None)
    drawer.draws = {"a": rng.lognormal(0.5, 0.4, n), "b": rng.normal(5.0, 1.0, n)}

    def figures_of(d: Drawer) -> sampled.Figures:
        arrays = _figures(d.draws["a"], d.draws["b"], step)
        return list(range(len(arrays))), arrays, {}

    whole = [summarize(x) for x in _figures(drawer.draws["a"], drawer.draws["b"], step)]
    found: list[dict[int, str]] = []
    probe = sampled.monotone_figures
    try:
        sampled.monotone_figures = lambda *a: found.append(probe(*a)) or found[-1]  # type: ignore[assignment]
        labels, got, _ = sampled.summarise(drawer, figures_of)
    finally:
        sampled.monotone_figures = probe  # type: ignore[assignment]
    assert found == [{0: "a", 1: "a", 2: "a", 3: "a", 6: "a"}]
    assert got == whole


def test_same_seed_same_output_in_pieces():
    a = estimate(flank(), samples=200_000, seed=5).to_json()
    assert a == estimate(flank(), samples=200_000, seed=5).to_json()
    assert a != estimate(flank(), samples=200_000, seed=6).to_json()


@pytest.mark.slow
def test_ten_million_samples_within_memory_bound(monkeypatch):
    """10⁷ samples of ten sections: the memory allocated (numpy reports to tracemalloc) beyond
    the draws themselves (8 bytes a sample per input, a stated length included) stays under
    100 bytes a sample, and all of it within 2 GB. Memory only, never time."""
    n = 10_000_000
    monkeypatch.setattr(settings, "SAMPLES_MAX", n)
    monkeypatch.setattr(settings, "SAMPLE_SECTIONS_MAX", 10 * n)
    tracemalloc.start()
    try:
        doc = estimate(flank(), samples=n, seed=1).document
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    draws = 8 * n * len(doc["inputs"])
    assert (peak - draws) / n < 100, f"{(peak - draws) / n:.0f} bytes per sample beyond the draws"
    assert peak < 2 * 2**30
    d = doc["totals"]["mines_dist"]
    assert d["p05"] < d["p50"] < d["p95"] and np.isfinite(d["mean"])


@hsettings(max_examples=25, deadline=None)
@given(
    n=st.integers(1, 5000),
    seed=st.integers(0, 2**32 - 1),
    sigma=st.sampled_from([0.1, 1.0, 8.0]),
)
def test_float32_mines_written_in_one_pass_equal_the_rounded_products(n, seed, sigma):
    """A section's mines made as float32 in one pass: the float64 products rounded, to the bit."""
    from minebelt import model
    from minebelt.pipeline.evaluate import _product, _single

    rng = np.random.default_rng(seed)
    area, dens = rng.lognormal(3.0, sigma, n), rng.lognormal(9.0, sigma, n)
    got = _product(area, dens, n)
    assert got.dtype == np.float32
    assert np.array_equal(got, _single(model.mines_from_areal_density(area, dens), n))


@pytest.mark.parametrize("n", [2_000, 150_001])
def test_country_and_total_mines_from_area_times_shared_density(n):
    """Where every section multiplies its area by one shared density draw, a country's and the
    total's mines are their area times that draw: within 1e-6 (float32 sections' mines: 6e-8
    of the figure; float64 below 10⁵ samples: a few ulps) of the sections' mines summed."""
    r = estimate(flank(), samples=n, seed=3)
    doc, s = r.document, r.samples
    by_section = {
        c: sum(
            np.asarray(s[f"sections[{i}].mines"], dtype=float)
            for i, row in enumerate(doc["sections"])
            if row["country"] == c
        )
        for c in ("LVA", "POL", "UKR")
    }
    for c, mines in by_section.items():
        assert np.allclose(s[f"by_country.{c}.mines"], mines, rtol=2e-7, atol=0)
        want, got = summarize(mines), doc["by_country"][c]["mines_dist"]
        assert all(abs(got[k] - want[k]) <= 1e-6 * abs(want[k]) for k in want)
    total = sum(np.asarray(s[f"sections[{i}].mines"], dtype=float) for i in range(len(doc["sections"])))
    assert np.allclose(s["totals.mines"], total, rtol=2e-7, atol=0)
    per_km = doc["totals"]["mines_per_km_front_dist"]
    want = summarize(total / np.asarray(s["totals.belt_front_km"], dtype=float))
    assert all(abs(per_km[k] - want[k]) <= 1e-6 * abs(want[k]) for k in want)
