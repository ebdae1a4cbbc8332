"""Monte Carlo evaluated a piece of the sample at a time: the same document as summarizing whole
arrays, the same output for the same seed, and memory that grows with the draws only."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest

from minebelt import Scenario, Section, estimate, settings
from minebelt.pipeline import sampled
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
    streamed = estimate(flank(), samples=n, seed=11)
    assert n > sampled.PIECE  # evaluated in pieces
    monkeypatch.setattr(sampled, "PIECE", 1 << 30)  # every figure evaluated whole, then summarized
    whole = estimate(flank(), samples=n, seed=11)
    assert streamed.to_json() == whole.to_json()
    # and each stored figure, read whole from the result, summarizes to its *_dist
    doc = streamed.document
    assert summarize(streamed.samples["totals.mines"]) == doc["totals"]["mines_dist"]
    assert summarize(streamed.samples["by_country.LVA.area_km2"]) == doc["by_country"]["LVA"]["area_km2_dist"]
    assert summarize(streamed.samples["sections[3].mines"]) == doc["sections"][3]["mines_dist"]


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
