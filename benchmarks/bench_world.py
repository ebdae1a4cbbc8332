"""Every land border of the world, length and 2 km belt, in one cold process.

    python benchmarks/bench_world.py [--runs 3]

The script of ``bench_borders.py`` (``WORLD``): one section per land border, on the
alphabetically first country's side, ``along_water = "include"``, 2 km, through
``minebelt.estimate`` in a fresh process, beside the interpreter alone. Paired runs, medians of
CPU seconds (user + system). Row of the README's speed table; goal: <= 5 s.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _paired import ROOT, paired, row  # noqa: E402
from bench_borders import WORLD  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args(argv)
    out = json.loads(
        subprocess.run([sys.executable, "-c", WORLD], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    )
    ra, rb, _ = paired([sys.executable, "-c", WORLD], [sys.executable, "-c", "pass"], a.runs)
    print(
        f"{out['borders']} borders, {out['length_km']:,.0f} km, {out['area_km2']:,.0f} km² of 2 km belts: "
        f"{ra.median():.2f} CPU-s ({ra.median('wall'):.2f} s wall, {ra.median('peak_mb'):.0f} MB); interpreter {rb.median():.3f} CPU-s"
    )
    print()
    print(
        row(
            "every land border of the world, length + 2 km belt, cold (`bench_world.py`)",
            f"{ra.median():.2f} CPU-s",
            f"interpreter alone {rb.median():.3f} CPU-s",
            "≤ 5 s",
            ra.median() <= 5,
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
