"""Distributions, seeded Monte Carlo, shared draws, sensitivity ranking."""

from __future__ import annotations

import json

import numpy as np
import pytest

from minebelt import Scenario, Section, estimate
from minebelt.errors import InputError
from minebelt.scenario import Defaults
from minebelt.uncertainty.distributions import parse
from minebelt.uncertainty.summaries import summarize


@pytest.mark.parametrize(
    ("spec", "p05", "p50", "p95"),
    [
        ("6000 to 12000", 6000, np.sqrt(6000 * 12000), 12000),
        ({"lognormal": [2, 8]}, 2, 4, 8),
        ({"uniform": [10, 20]}, 10.5, 15, 19.5),
        ({"normal": [100, 10]}, 100 - 16.448536, 100, 100 + 16.448536),
        ({"triangular": [0, 0, 1]}, 1 - np.sqrt(0.95), 1 - np.sqrt(0.5), 1 - np.sqrt(0.05)),
        ("-1 to 1", -1, 0, 1),
    ],
)
def test_quantiles_match_definitions(spec, p05, p50, p95):
    d = parse(spec, "x")
    assert d.quantile(0.05) == pytest.approx(p05, rel=1e-6)
    assert d.quantile(0.5) == pytest.approx(p50, rel=1e-6, abs=1e-9)
    assert d.quantile(0.95) == pytest.approx(p95, rel=1e-6)
    s = d.sample(np.random.default_rng(1), 200_000)
    assert np.quantile(s, 0.05) == pytest.approx(p05, rel=0.02, abs=0.01)
    assert np.quantile(s, 0.95) == pytest.approx(p95, rel=0.02, abs=0.01)


@pytest.mark.parametrize(
    ("spec", "needle"),
    [
        ("12 to 6", "inverted"),
        ({"uniform": [5, 1]}, "a < b"),
        ({"beta": [1, 2]}, "unknown distribution kind"),
        ({"normal": [1, -1]}, "sd > 0"),
        ("lots", "interval"),
    ],
)
def test_bad_distributions(spec, needle):
    with pytest.raises(InputError, match=needle):
        parse(spec, "defaults.depth_km")


def _scenario(depth, density, sections=2):
    return Scenario(
        name="u",
        defaults=Defaults(depth_km=depth, density=density),
        sections=[Section(name=f"s{i}", country="POL", border="BLR", length_km=100.0) for i in range(sections)],
    )


def test_seeded_runs_reproduce_byte_for_byte():
    sc = _scenario("1.5 to 2.5", "6000 to 12000")
    a = estimate(sc, samples=20_000, seed=7).to_json()
    b = estimate(sc, samples=20_000, seed=7).to_json()
    c = estimate(sc, samples=20_000, seed=8).to_json()
    assert a == b and a != c


def test_point_values_are_medians_and_dist_present():
    doc = estimate(_scenario("1.5 to 2.5", 6000.0), samples=50_000, seed=1).document
    row = doc["sections"][0]
    assert row["depth_km"] == pytest.approx(np.sqrt(1.5 * 2.5))
    assert row["mines_dist"]["p05"] == pytest.approx(100 * 1.5 * 6000, rel=0.02)
    assert row["mines_dist"]["p95"] == pytest.approx(100 * 2.5 * 6000, rel=0.02)
    assert set(doc["totals"]["mines_dist"]) == {"mean", "p05", "p50", "p95"}
    assert "mines_dist" in doc["by_country"]["POL"]


def test_shared_defaults_are_one_draw_section_values_are_independent():
    shared = estimate(_scenario("1 to 3", 6000.0, sections=4), samples=40_000, seed=3).document
    own = Scenario(
        name="own",
        defaults=Defaults(density=6000.0),
        sections=[
            Section(name=f"s{i}", country="POL", border="BLR", length_km=100.0, depth_km="1 to 3") for i in range(4)
        ],
    )
    indep = estimate(own, samples=40_000, seed=3).document
    w_shared = shared["totals"]["mines_dist"]["p95"] - shared["totals"]["mines_dist"]["p05"]
    w_indep = indep["totals"]["mines_dist"]["p95"] - indep["totals"]["mines_dist"]["p05"]
    assert w_shared > 1.6 * w_indep  # perfectly correlated vs averaged out (sqrt(4) = 2)
    keys = {i["key"]: i for i in shared["inputs"]}
    assert keys["defaults.depth_km"]["shared"] and keys["defaults.depth_km"]["sections"] == ["s0", "s1", "s2", "s3"]


def test_parameters_are_shared_by_reference():
    sc = Scenario(
        name="p",
        parameters={"belt": "1 to 3"},
        defaults=Defaults(density=6000.0),
        sections=[
            Section(name="a", country="POL", border="BLR", length_km=100.0, depth_km={"param": "belt"}),
            Section(name="b", country="FIN", border="RUS", length_km=100.0, depth_km={"param": "belt"}),
        ],
    )
    r = estimate(sc, samples=1000, seed=0)
    a, b = r.samples["sections[0].mines"], r.samples["sections[1].mines"]
    assert np.allclose(a, b)


def test_samples_cap(run_cli, examples):
    code, out, err = run_cli("estimate", examples / "seed-reduced-model.toml", "--samples", "100000000000")
    assert code == 2 and "samples" in err and out == ""


def test_sensitivity_ranks_dominant_input_first():
    from minebelt.pipeline.sensitivity import sensitivity

    sc = Scenario(
        name="s",
        defaults=Defaults(depth_km="1.9 to 2.1", density="2000 to 12000"),
        sections=[Section(name="a", country="POL", border="BLR", length_km=100.0)],
    )
    res = sensitivity(sc, n_base=512)
    assert res["tornado"][0]["input"] == "defaults.density"
    assert res["sobol"][0]["input"] == "defaults.density"
    assert res["sobol"][0]["ST"] > 0.9
    json.dumps(res)


def test_summarize():
    s = summarize(np.arange(101.0))
    assert s == {"mean": 50.0, "p05": 5.0, "p50": 50.0, "p95": 95.0}


def test_summarize_many_matches_summarize_including_shared_views_and_threads():
    from minebelt.uncertainty.summaries import summarize, summarize_many

    rng = np.random.default_rng(5)
    shared = rng.lognormal(size=1_000_000)
    arrays = [
        np.broadcast_to(shared, shared.shape),  # two views of one draw: summarised once
        np.broadcast_to(shared, shared.shape),
        shared * 2.0,
        np.broadcast_to(np.float64(3.0), (1_000_000,)),  # a constant
        rng.normal(size=1_000_000),
    ]
    got = summarize_many(arrays)  # > 2e6 values: the threaded path
    assert got == [summarize(a) for a in arrays]
    assert got[3] == {"mean": 3.0, "p05": 3.0, "p50": 3.0, "p95": 3.0}
    assert got[2]["p50"] == pytest.approx(2 * got[0]["p50"], rel=1e-12)
    got[0]["mean"] = -1.0  # results are independent dicts
    assert got[1]["mean"] != -1.0


def test_quantiles_are_numpys_to_the_last_bit() -> None:
    """The bracketing selection of uncertainty.summaries gives numpy.quantile (linear) exactly,
    on small and large samples, sorted input and ties included."""
    from minebelt.uncertainty.summaries import quantiles

    rng = np.random.default_rng(3)
    qs = (0.05, 0.5, 0.95)
    samples = [rng.lognormal(0, 1, n) * rng.normal(1, 0.1, n) for n in (1, 2, 3, 10, 1000, 65535, 65536, 300_001)]
    samples += [np.sort(rng.random(200_000)), np.repeat(rng.random(300), 1000), rng.random(200_000).astype(np.float32)]
    for a in samples:
        assert np.array_equal(quantiles(a, qs), np.quantile(a, qs))
