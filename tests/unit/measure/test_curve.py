"""The belt area curve (exact belts at node depths, monotone cubic between) and the bundled
curves of every land border side (data/border_belts.npz): their error against exact belts,
and a bundle built from other data is never used."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from minebelt.data import border_belts
from minebelt.geo.belt import belt_polygon, defender_land
from minebelt.geo.curve import CURVE_REL_TOL, DEPTH_NODES_KM, DepthCurve, nodes_for, pchip_slopes
from minebelt.geo.exposure import interpolated, place_distances
from minebelt.geo.front import border_front

#: Border sides of every shape: a country the belt fills (SMR), a ring whose belt meets a coast
#: (ITA around VAT), lakes and a river front with water skipped and included (EST), a winding
#: border (LVA-BLR), long straight and winding land (FIN, UKR-BLR).
SIDES = (
    ("SMR", "ITA", "skip"),
    ("ITA", "VAT", "skip"),
    ("EST", "RUS", "skip"),
    ("EST", "RUS", "include"),
    ("LVA", "BLR", "skip"),
    ("FIN", "RUS", "skip"),
    ("UKR", "BLR", "include"),
)


def test_pchip_is_scipys() -> None:
    """The numpy PCHIP gives SciPy's PchipInterpolator (same slopes, same cubic) to 1e-12."""
    interpolate = pytest.importorskip("scipy.interpolate")
    rng = np.random.default_rng(1)
    for _ in range(100):
        x = np.unique(rng.uniform(0.05, 50, rng.integers(2, 12)))
        y = np.cumsum(rng.exponential(1, len(x)))
        xx, yy = np.concatenate([[0.0], x]), np.concatenate([[0.0], y])
        q = np.linspace(0, x[-1], 301)
        want = interpolate.PchipInterpolator(xx, yy)(q)
        assert np.allclose(DepthCurve(x, y)(q), want, rtol=1e-12, atol=1e-12)
        assert np.allclose(
            pchip_slopes(xx, yy), interpolate.PchipInterpolator(xx, yy).derivative()(xx), rtol=1e-12, atol=1e-12
        )


def test_curve_is_monotone_and_exact_at_nodes() -> None:
    rng = np.random.default_rng(2)
    for _ in range(50):
        x = np.unique(rng.uniform(0.1, 50, 10))
        y = np.cumsum(rng.exponential(1, len(x)) * rng.integers(0, 2, len(x)))
        c = DepthCurve(x, y)
        assert np.array_equal(c(x), y)
        assert np.all(np.diff(c(np.linspace(0, 60, 2001))) >= -1e-12)


def test_one_depth_is_the_same_number_as_an_array_of_depths() -> None:
    # a web answer reads a curve at one depth in Python floats: bit for bit the array path's
    # number, saturating intervals (flat after a rise), beyond the last node and at 0 included
    rng = np.random.default_rng(7)
    curves = [
        DepthCurve(np.array([0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 30.0]), np.array([1.0, 2.1, 4.0, 8.5, 15.0, 15.0, 15.0])),
        DepthCurve(np.array([1.0, 2.0]), np.array([3.0, 6.5])),
        DepthCurve(np.array([2.0]), np.array([5.0])),
    ]
    for c in curves:
        edges = np.concatenate([c.depths, np.nextafter(c.depths, 0), np.nextafter(c.depths, 99)])
        for d in np.concatenate([rng.uniform(-1.0, 40.0, 500), edges, [0.0, -0.0]]):
            whole = c.at(c.locate(np.array([d])))[0]
            one = c(float(d))
            assert one.shape == () and one == whole
            assert c(np.array([d])).shape == (1,)
    assert np.isnan(curves[0](float("nan")))


def test_curves_on_shared_located_depths_keep_their_own_values() -> None:
    # curves on the same nodes read one located sample in turn, their gathers through one
    # reused buffer: each result is its own array, the same numbers as each depth alone
    rng = np.random.default_rng(3)
    nodes = np.array([0.5, 1.0, 1.5, 2.0, 3.0, 5.0])
    curves = [DepthCurve(nodes, np.cumsum(rng.exponential(1, len(nodes)))) for _ in range(3)]
    depths = rng.lognormal(0.6, 0.5, 5000)
    where = curves[0].locate(depths)
    got = [c.at(where) for c in curves]
    for c, values in zip(curves, got, strict=True):
        assert np.array_equal(values, [c.at_one(float(d)) for d in depths])
    assert len({v.__array_interface__["data"][0] for v in got}) == len(curves)


def test_nodes_for_covers_the_range_with_two_nodes_beyond() -> None:
    n = nodes_for(1.2, 3.1, (1.93,))
    assert 1.93 in n and n[0] <= 1.0 and n[-1] >= 4.0
    assert set(n) - {1.93} <= set(DEPTH_NODES_KM)


def _exact_belts(a: str, b: str, aw: str, depths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(area, detached land) in km² of the exact belt at each of ``depths``."""
    f = border_front(a, b, None, None, aw, None, "t")
    land = defender_land(a, True)
    belts = [belt_polygon(f.build_lines(), float(d), None, land, None, f.cuts) for d in depths]
    return np.array([x.area_km2 for x in belts]), np.array([x.detached_km2 for x in belts])


def _exact(a: str, b: str, aw: str, depths: np.ndarray) -> np.ndarray:
    return _exact_belts(a, b, aw, depths)[0]


def _node_values(a: str, b: str, aw: str) -> tuple[np.ndarray, np.ndarray]:
    bundle = border_belts.bundle()
    side = bundle.side(a, b) if bundle is not None else None
    if side is not None:
        return bundle.areas(side.rows[aw]), bundle.detached(side.rows[aw])
    return _exact_belts(a, b, aw, np.asarray(DEPTH_NODES_KM))


@pytest.mark.slow
@pytest.mark.parametrize("a,b,aw", SIDES)
def test_curve_error_against_exact_belts(a: str, b: str, aw: str) -> None:
    """Between nodes, 0.1-20 km, the curve is within CURVE_REL_TOL (0.2 %) of the exact belt
    (at the geometric middle and the quarter points of every interval). The one kind of miss
    left is a piece of land the exact belt leaves out as detached at a depth between two nodes
    that keep it (EST-RUS with its water included, near Lake Peipus): there the curve misses by
    that piece at most, and the curve of belt plus detached land stays within CURVE_REL_TOL."""
    nodes = np.asarray(DEPTH_NODES_KM)
    lo, hi = nodes[:-1], nodes[1:]
    q = np.concatenate([np.sqrt(lo * hi), (3 * lo + hi) / 4, (lo + 3 * hi) / 4])
    q = np.sort(q[q <= 20.0])
    area, detached = _exact_belts(a, b, aw, q)
    node_area, node_detached = _node_values(a, b, aw)
    err = np.abs(DepthCurve(nodes, node_area)(q) / area - 1)
    total = np.abs(DepthCurve(nodes, node_area + node_detached)(q) / (area + detached) - 1)
    assert total.max() <= CURVE_REL_TOL, (a, b, aw, q[np.argmax(total)], total.max())
    left_out = np.abs(detached - np.interp(q, np.concatenate([[0.0], nodes]), np.concatenate([[0.0], node_detached])))
    assert np.all(err <= CURVE_REL_TOL + left_out / area), (a, b, aw, q[np.argmax(err)], err.max())
    if (a, b, aw) != ("EST", "RUS", "include"):
        assert err.max() <= CURVE_REL_TOL, (a, b, aw, q[np.argmax(err)], err.max())


def test_curve_misses_the_tolerance_on_the_vatican_ring() -> None:
    """A known miss, shown: the grid is too coarse for the Vatican's 3.7 km ring from inside:
    the belt fills all the land (0.29 km²) by 0.3 km and bends hardest between the nodes at
    0.15 and 0.2 km (0.76 % at 0.173 km), above :data:`CURVE_REL_TOL` (docs/model.md states
    it): the curve serves uncertain depths and whole borders read from a bundle."""
    nodes = np.asarray(DEPTH_NODES_KM)
    lo, hi = nodes[:-1], nodes[1:]
    q = np.sort(np.concatenate([np.sqrt(lo * hi), (3 * lo + hi) / 4, (lo + 3 * hi) / 4]))
    q = q[q <= 20.0]
    err = np.abs(DepthCurve(nodes, _exact("VAT", "ITA", "skip", nodes))(q) / _exact("VAT", "ITA", "skip", q) - 1)
    assert CURVE_REL_TOL < err.max() <= 0.008, (q[np.argmax(err)], err.max())
    assert abs(q[np.argmax(err)] - 0.173) < 0.01 * 0.173


needs_bundle = pytest.mark.skipif(
    border_belts.bundle() is None, reason=f"no current bundle: {border_belts.stale_reason()}"
)


@needs_bundle
@pytest.mark.parametrize("a,b", (("LVA", "RUS"), ("POL", "BLR"), ("KOR", "PRK"), ("AND", "FRA")))
def test_bundled_nodes_are_exact_belts(a: str, b: str) -> None:
    """The bundle holds the belts minebelt builds now (a change to the geometry or the data
    needs ``python scripts/build_border_belts.py``)."""
    bundle = border_belts.bundle()
    side = bundle.side(a, b)
    if side is None:
        pytest.skip(f"{a}>{b} is not in this bundle (built with --only)")
    for aw, row in side.rows.items():
        k = np.searchsorted(bundle.nodes, [0.5, 2.0, 10.0])
        exact = _exact(a, b, aw, bundle.nodes[k])
        assert np.allclose(bundle.areas(row)[k], exact, rtol=1e-9, atol=1e-9), (a, b, aw)


@needs_bundle
def test_bundled_place_distances_between_nodes() -> None:
    """Places near a bundled belt: exact at a node; between nodes within 0.25 km of the
    distance to the exact belt, and the same places within 1, 5 and 10 km but for those that
    close to a radius."""
    from minebelt.data.places import places

    pl = places()
    bundle = border_belts.bundle()
    for a, b in (("UKR", "RUS"), ("EST", "RUS")):
        row = bundle.side(a, b).rows["skip"]
        idx, km = bundle.places(row)
        f = border_front(a, b, None, None, "skip", None, "t")
        land = defender_land(a, True)
        for d in (2.0, 1.936, 3.3):
            got = interpolated(bundle.nodes, idx, km, d)
            want = place_distances(belt_polygon(f.build_lines(), d, None, land, None, f.cuts).polygon, pl)
            common, gi, wi = np.intersect1d(got.index, want.index, return_indices=True)
            assert np.abs(got.distance_km[gi] - want.distance_km[wi]).max() <= (1e-5 if d == 2.0 else 0.25)
            for r in (1.0, 5.0, 10.0):
                g = set(got.index[got.distance_km <= r].tolist())
                w = set(want.index[want.distance_km <= r].tolist())
                near = set(want.index[np.abs(want.distance_km - r) <= 0.25].tolist()) | set(
                    got.index[np.abs(got.distance_km - r) <= 0.25].tolist()
                )
                assert (g ^ w) <= near, (a, b, d, r)


def test_a_bundle_from_other_border_data_is_not_used(synthetic, tmp_path) -> None:
    """With other border data installed (here a synthetic file, beside a copy of the real
    bundle) the bundle is stale: not used, and the reason names the rebuild command."""
    import shutil
    from importlib.resources import files

    from minebelt.data import borders

    real = Path(str(files("minebelt").joinpath("data", border_belts.FILE)))
    if not real.exists():
        pytest.skip("no bundle installed")
    shutil.copy(real, borders.data_dir() / border_belts.FILE)
    border_belts.clear()
    assert border_belts.bundle() is None
    assert "build_border_belts.py" in border_belts.stale_reason()
