"""The exposure summaries of a group of places kept per set of places
(:mod:`minebelt.geo.exposure_groups`) against the reference functions, which compute everything
at every depth: the same dicts, integers, strings and order."""

from __future__ import annotations

import json

import numpy as np
import pytest

from minebelt.data.places import places
from minebelt.geo import exposure as X
from minebelt.geo import exposure_depth as XD
from minebelt.geo import exposure_groups as G


def _same(a: object, b: object) -> None:
    # json with the keys in order: the same dicts, integers and floats (1 == 1.0 aside)
    assert json.dumps(a) == json.dumps(b)
    assert repr(a) == repr(b)


def _cases(pl: object, seed: int, size: int) -> tuple[X.PlaceDistances, set[str]]:
    rng = np.random.default_rng(seed)
    ukr = np.nonzero(np.asarray(pl.country) == "UKR")[0]  # type: ignore[attr-defined]
    rus = np.nonzero(np.asarray(pl.country) == "RUS")[0]  # type: ignore[attr-defined]
    idx = np.unique(np.concatenate([rng.choice(ukr, size), rng.choice(rus, size // 3 + 1)])).astype(np.int64)
    # distances on the band edges, at the edge of the named distance and at 0 (inside) included
    d = rng.choice(np.array([0.0, 0.0, 0.5, 0.9, 0.95, 1.0, 1.05, 1.1, 1.0000001, 2.5, 5.0, 7.0, 10.0]), len(idx))
    d = d + rng.choice([0.0, 0.0, 1e-3], len(idx))
    return X.PlaceDistances(idx, np.minimum(d, 10.0)), {"UKR"}


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("size", [1, 5, 40, 300])
def test_group_summaries_match_the_reference(seed: int, size: int) -> None:
    pl = places()
    pd_, defenders = _cases(pl, seed, size)
    for top in (10, 3):
        _same(G.summarize_both(pd_, defenders, pl, top=top), X.summarize_both(pd_, defenders, pl, top=top))
    _same(G.edge_places(pd_, defenders, pl), XD.edge_places(pd_, defenders, pl))
    _same(G.occupied_places(pd_, defenders, pl), XD.occupied_places(pd_, defenders, pl))
    # the other side as defender: no occupied regions
    _same(G.summarize_both(pd_, {"RUS"}, pl), X.summarize_both(pd_, {"RUS"}, pl))
    assert G.occupied_places(pd_, {"RUS"}, pl) is None


def test_places_beyond_the_largest_radius_fall_back() -> None:
    pl = places()
    pd_, defenders = _cases(pl, 3, 40)
    far = X.PlaceDistances(pd_.index, pd_.distance_km + 3.0)
    _same(G.summarize_both(far, defenders, pl), X.summarize_both(far, defenders, pl))
    _same(G.edge_places(far, defenders, pl), XD.edge_places(far, defenders, pl))
    _same(G.occupied_places(far, defenders, pl), XD.occupied_places(far, defenders, pl))
    empty = X.PlaceDistances(np.zeros(0, dtype=np.int64), np.zeros(0))
    _same(G.summarize_both(empty, defenders, pl), X.summarize_both(empty, defenders, pl))
    got, want = G.combine([empty, empty]), X.PlaceDistances.combine([empty, empty])
    assert got.index.tolist() == want.index.tolist() == [] and got.distance_km.dtype == want.distance_km.dtype


@pytest.mark.parametrize("seed", range(6))
def test_combine_matches_the_reference(seed: int) -> None:
    pl = places()
    parts = [_cases(pl, seed * 10 + k, 30)[0] for k in range(4)]
    for n in (1, 2, 4):
        got, want = G.combine(parts[:n]), X.PlaceDistances.combine(parts[:n])
        assert got.index.dtype == want.index.dtype and got.distance_km.dtype == want.distance_km.dtype
        assert got.index.tolist() == want.index.tolist()
        assert got.distance_km.tolist() == want.distance_km.tolist()
    again = G.combine(parts)  # from the kept union
    assert again.distance_km.tolist() == X.PlaceDistances.combine(parts).distance_km.tolist()


def test_eastern_flank_at_many_depths(examples) -> None:
    """The sections, countries and total of the eastern flank on the bundled curves: the
    summaries at 40 depths across the node intervals, as the reference gives them."""
    from minebelt.pipeline.estimate import measure
    from minebelt.scenario import load_scenario
    from minebelt.scenario.resolve import resolve_scenario

    pl = places()
    sc = load_scenario(examples / "eastern-flank.toml")
    rs = resolve_scenario(sc)
    geoms = measure(sc, rs)
    for depth in np.linspace(0.05, 12.0, 40).tolist():
        dists = [geoms[r.index].place_distances(pl, depth) for r in rs]
        groups = [(d, set(r.section.country.split("+"))) for d, r in zip(dists, rs, strict=True)]
        total = G.combine(dists)
        ref = X.PlaceDistances.combine(dists)
        assert total.index.tolist() == ref.index.tolist() and total.distance_km.tolist() == ref.distance_km.tolist()
        groups.append((total, {"FIN", "EST", "LVA", "LTU", "POL", "UKR"}))
        for d, defenders in groups:
            _same(G.summarize_both(d, defenders, pl), X.summarize_both(d, defenders, pl))
            _same(G.edge_places(d, defenders, pl), XD.edge_places(d, defenders, pl))
            _same(G.occupied_places(d, defenders, pl), XD.occupied_places(d, defenders, pl))
