"""Monte Carlo speed and memory: minebelt beside numpy (the floor) and squigglepy, same model, same run.

    python benchmarks/bench_montecarlo.py [--samples 1000000] [--runs 9] [--warmup 1]
                                          [--large 10000000] [--large-runs 3]

Model: ``examples/eastern-flank.toml`` with density "6000 to 12000" and depth "1.5 to 2.5" shared
by all sections (one draw each per iteration), geometry measured once before timing (each
engine gets the same per-section belt area at the curve's node depths).

* minebelt: ``estimate(scenario, samples=n)``: every figure of the document (sections,
  countries, totals, each with mean, p05, p50, p95).
* numpy, the floor: the total only, as a numpy user would write it: the two lognormal draws
  (``Generator.lognormal``), the total belt area at each depth by ``numpy.interp`` on the summed
  node areas, times the density, its mean and three quantiles.
* squigglepy, used as its documentation recommends: ``sq.sample(sq.lognorm(lo, hi), n=n)``
  draws whole arrays (not one sample at a time in a Python loop), then the same numpy
  arithmetic and ``sq.get_percentiles``.

Each engine runs in its own process, in turn (minebelt, numpy, squigglepy, minebelt, ...),
after ``--warmup`` rounds not counted (the data files read into the page cache); the figures
are medians over ``--runs`` rounds of the CPU seconds (user + system) of the Monte Carlo alone
and the memory it adds to the process (peak resident set after minus before, divided by the
samples: bytes per sample). The ratio to numpy is taken round by round (a minebelt run and the
numpy run after it see the same machine) and quoted as the median of the rounds with its
quartiles: on a shared 2-core machine one round's ratio moves by a third either way, the median
of nine by a few per cent. Rows of the README's speed table; goals: <= 3x numpy, within
2 GB at 10⁷ samples, <= 100 bytes per sample. The 10⁷ row (``--large``; minebelt and numpy,
``--large-runs`` rounds, the warm-up already done) lies above the shipped ``SAMPLES_MAX``
(10⁶): the child raises the cap for the run, as the 10⁷ memory test does, to time the engine.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _paired import ROOT, row  # noqa: E402

CHILD = r"""
import json, resource, sys, time
import numpy as np
engine, n = sys.argv[1], int(sys.argv[2])
from minebelt import estimate, load_scenario, settings
from minebelt.scenario import Defaults
sc = load_scenario("examples/eastern-flank.toml")
if n > settings.SAMPLES_MAX:  # beyond the shipped cap: the engine measured, as the 10^7 test does
    settings.SAMPLES_MAX, settings.SAMPLE_SECTIONS_MAX = n, n * len(sc.sections)
sc.defaults = Defaults(depth_km="1.5 to 2.5", density="6000 to 12000", along_water="skip")
estimate(sc, with_geometry=False)  # geometry measured and cached before timing
from minebelt.geo.sections import measure_sections
from minebelt.scenario.resolve import resolve_scenario
geoms = measure_sections(sc, resolve_scenario(sc))
nodes = np.unique(np.concatenate([g.depths for g in geoms.values()]))
total_at_nodes = np.concatenate([[0.0], sum(g.area_at(nodes) for g in geoms.values())])
xs = np.concatenate([[0.0], nodes])
if engine == "squigglepy":
    import squigglepy as sq
def rss():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
base = rss()
t0 = time.process_time()
if engine == "minebelt":
    d = estimate(sc, samples=n, seed=1, with_geometry=False).document["totals"]["mines_dist"]
    out = {"p50": d["p50"]}
elif engine == "numpy":
    rng = np.random.default_rng(1)
    z = 1.6448536269514722
    depth = rng.lognormal((np.log(1.5) + np.log(2.5)) / 2, (np.log(2.5) - np.log(1.5)) / (2 * z), n)
    dens = rng.lognormal((np.log(6000) + np.log(12000)) / 2, (np.log(12000) - np.log(6000)) / (2 * z), n)
    mines = np.interp(depth, xs, total_at_nodes) * dens
    q = np.quantile(mines, [0.05, 0.5, 0.95]); m = mines.mean()
    out = {"p50": float(q[1])}
else:
    depth = sq.sample(sq.lognorm(1.5, 2.5), n=n)
    dens = sq.sample(sq.lognorm(6000, 12000), n=n)
    mines = np.interp(depth, xs, total_at_nodes) * dens
    q = sq.get_percentiles(mines, percentiles=[5, 50, 95]); m = float(np.mean(mines))
    out = {"p50": float(q[50])}
cpu = time.process_time() - t0
out.update(cpu=cpu, bytes_per_sample=(rss() - base) / n, peak_mb=rss() / 2**20)
print(json.dumps(out))
"""

ENGINES = ("minebelt", "numpy", "squigglepy")


def child(engine: str, n: int) -> dict:
    r = subprocess.run(
        [sys.executable, "-c", CHILD, engine, str(n)], cwd=ROOT, capture_output=True, text=True, timeout=3600
    )
    if r.returncode:
        raise SystemExit(f"{engine} failed:\n{r.stderr[-2000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def measure(n: int, runs: int, warmup: int, engines: list[str]) -> dict[str, list[dict]]:
    """Each engine's child results over ``runs`` rounds (after ``warmup``), engines in turn."""
    res: dict[str, list[dict]] = {e: [] for e in engines}
    for i in range(warmup + runs):  # in turn: a drift of the machine's speed touches every engine alike
        for e in engines:
            got = child(e, n)
            if i >= warmup:
                res[e].append(got)
    return res


def report(n: int, res: dict[str, list[dict]], large: bool = False) -> None:
    """The medians, the paired ratio to numpy and the README rows of one sample size;
    ``large``: the 10⁷ row (≤ 3x the floor, peak within 2 GB) instead of the 10⁶ rows."""
    med = {
        e: {k: statistics.median(r[k] for r in rs) for k in ("cpu", "bytes_per_sample", "peak_mb", "p50")}
        for e, rs in res.items()
    }
    print(f"{'engine':<12}{'samples':>12}{'CPU s':>9}{'bytes/sample':>14}{'peak MB':>9}{'total p50 (M mines)':>22}")
    for e, m in med.items():
        print(
            f"{e:<12}{n:>12,}{m['cpu']:>9.3f}{m['bytes_per_sample']:>14.0f}{m['peak_mb']:>9.0f}{m['p50'] / 1e6:>22.2f}"
        )
    if "minebelt" not in med or "numpy" not in med:
        return
    ratios = [m["cpu"] / f["cpu"] for m, f in zip(res["minebelt"], res["numpy"], strict=True)]
    r = statistics.median(ratios)
    q1, _, q3 = statistics.quantiles(ratios, n=4) if len(ratios) > 1 else (r, r, r)
    within = sum(x <= 3 for x in ratios)
    print(
        f"minebelt / numpy: {r:.2f}x (median of {len(ratios)} rounds; quartiles {q1:.2f}-{q3:.2f},"
        f" range {min(ratios):.2f}-{max(ratios):.2f}; {within} of {len(ratios)} rounds <= 3x)"
    )
    for e, rs in res.items():  # the spread a shared machine gives
        cpus = [x["cpu"] for x in rs]
        print(f"  {e} CPU s: min {min(cpus):.3f}, max {max(cpus):.3f}")
    if "squigglepy" in med:
        print(
            f"squigglepy / numpy: {statistics.median(s['cpu'] / f['cpu'] for s, f in zip(res['squigglepy'], res['numpy'], strict=True)):.1f}x"
        )
    m = med["minebelt"]
    print()
    rounds = f"{len(ratios)} rounds, quartiles {q1:.2f}-{q3:.2f}, {within} of {len(ratios)} ≤ 3x"
    if large:
        peak = max(x["peak_mb"] for x in res["minebelt"])
        print(
            row(
                f"Monte Carlo {n:,} samples, eastern flank, geometry cached (`bench_montecarlo.py`)",
                f"{m['cpu']:.2f} CPU-s ({r:.2f}x numpy; {rounds}); peak {peak:,.0f} MB",
                f"numpy {med['numpy']['cpu']:.2f} CPU-s, peak {med['numpy']['peak_mb']:,.0f} MB",
                "≤ 3x numpy; within 2 GB",
                r <= 3 and peak <= 2048,
            )
        )
        return
    other = f"numpy {med['numpy']['cpu']:.3f} CPU-s" + (
        f"; squigglepy (whole arrays) {med['squigglepy']['cpu']:.3f}" if "squigglepy" in med else ""
    )
    print(
        row(
            f"Monte Carlo {n:,} samples, eastern flank, geometry cached (`bench_montecarlo.py`)",
            f"{m['cpu']:.3f} CPU-s ({r:.2f}x numpy; {rounds})",
            other,
            "≤ 3x numpy",
            r <= 3,
        )
    )
    print(
        row(
            f"memory per sample at {n:,} (`bench_montecarlo.py`)",
            f"{m['bytes_per_sample']:.0f} B (peak {m['peak_mb']:.0f} MB)",
            f"numpy {med['numpy']['bytes_per_sample']:.0f} B",
            "≤ 100 B",
            m["bytes_per_sample"] <= 100,
        )
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--samples", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--engines", default=",".join(ENGINES))
    ap.add_argument(
        "--large", type=int, default=10_000_000, help="samples of the second row, minebelt and numpy (0: none)"
    )
    ap.add_argument("--large-runs", type=int, default=3)
    a = ap.parse_args(argv)
    engines = [e for e in a.engines.split(",") if e]
    report(a.samples, measure(a.samples, a.runs, a.warmup, engines))
    large = [e for e in engines if e != "squigglepy"]  # the floor is the row's reference
    if a.large and large:
        print()
        report(a.large, measure(a.large, a.large_runs, 0, large), large=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
