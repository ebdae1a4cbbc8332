"""Monte Carlo speed: minebelt vs the same model written in squigglepy, in one run.

    python benchmarks/bench_montecarlo.py [--samples 1000000]

Model: examples/eastern-flank.toml with density "6000 to 12000" and depth "1.5 to 2.5" shared
by all sections (one draw each per iteration). minebelt evaluates the belt areas from the
measured geometry (area at a grid of depths, interpolated); the squigglepy version is given
the same per-section area-at-depth function as a plain Python callable, which is the fairest
like-for-like. Prints a table of times and the ratio. Run by hand, not in CI.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--samples", type=int, default=1_000_000)
    ap.add_argument("--squiggle-samples", type=int, default=100_000, help="squigglepy is slower; scaled to --samples")
    args = ap.parse_args()

    from minebelt import estimate, load_scenario
    from minebelt.scenario import Defaults

    sc = load_scenario(ROOT / "examples" / "eastern-flank.toml")
    sc.defaults = Defaults(depth_km="1.5 to 2.5", density="6000 to 12000", along_water="skip")

    t0 = time.perf_counter()
    estimate(sc)  # geometry (cached per process afterwards is not assumed: measured separately)
    t_geom = time.perf_counter() - t0

    t0 = time.perf_counter()
    res = estimate(sc, samples=args.samples, seed=1)
    t_mb = time.perf_counter() - t0
    mb_p50 = res.totals["mines_dist"]["p50"]

    import squigglepy as sq

    from minebelt.geo.sections import measure_sections
    from minebelt.pipeline.estimate import evaluate_total_mines  # noqa: F401  (same model, for reference)
    from minebelt.scenario.resolve import resolve_scenario

    resolved = resolve_scenario(sc)
    geoms = measure_sections(sc, resolved)
    depth = sq.lognorm(1.5, 2.5)
    dens = sq.lognorm(6000, 12000)

    def total() -> float:
        d = sq.sample(depth)
        rho = sq.sample(dens)
        return sum(float(g.area_at(np.array([d]))[0]) * rho for g in geoms.values())

    n_sq = min(args.squiggle_samples, args.samples)
    t0 = time.perf_counter()
    draws = np.array([total() for _ in range(n_sq)])
    t_sq = (time.perf_counter() - t0) * args.samples / n_sq
    sq_p50 = float(np.median(draws))

    print(f"{'engine':<28}{'samples':>12}{'seconds':>10}{'total p50 (M mines)':>22}")
    print(f"{'minebelt (geometry, once)':<28}{'-':>12}{t_geom:>10.2f}{'':>22}")
    print(f"{'minebelt Monte Carlo':<28}{args.samples:>12,}{t_mb:>10.2f}{mb_p50 / 1e6:>22.2f}")
    print(f"{'squigglepy (extrapolated)':<28}{args.samples:>12,}{t_sq:>10.2f}{sq_p50 / 1e6:>22.2f}")
    print(f"ratio squigglepy / minebelt: {t_sq / t_mb:,.0f}x  (squigglepy timed on {n_sq:,} samples)")


if __name__ == "__main__":
    main()
