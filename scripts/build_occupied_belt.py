#!/usr/bin/env python3
"""Build ``src/minebelt/data/occupied_belt.json``: the km² of the Ukraine–Russia belt (Ukraine's
side) along Ukraine's regions with occupied territory, at every node depth of the bundle.

    python scripts/build_occupied_belt.py            # about a minute or two
    python scripts/build_occupied_belt.py --check    # is the bundled file current? (exit 1 if not)

A run on the bundled curves builds no belt polygon, and partitioning one by region takes
seconds, so the outputs read these figures (``minebelt.data.occupied_belt``) and interpolate
them at the section's depth. Each belt is built as ``scripts/build_border_belts.py`` builds it
and split with :func:`minebelt.geo.belt_regions.belt_km2_by_region` (each piece in the region of
the nearest place of Ukraine). The file records the SHA-256 of its inputs (border data, places,
geometry code, the region partition's code and the list of regions):
``tests/unit/data/test_occupied_belt.py`` fails until it is rebuilt after any of them changes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
OUT = ROOT / "src" / "minebelt" / "data" / "occupied_belt.json"
DEFENDER, NEIGHBOUR = "UKR", "RUS"


def build() -> dict[str, Any]:
    """Every row (``along_water``) of the side: belt km² and km² per occupied region at each node."""
    from minebelt.data.occupied_belt import inputs_record
    from minebelt.geo.belt import belt_polygon, defender_land
    from minebelt.geo.belt_regions import belt_km2_by_region
    from minebelt.geo.curve import DEPTH_NODES_KM
    from minebelt.geo.front import border_front
    from minebelt.model.occupied_sources import OCCUPIED_REGIONS

    land = defender_land(DEFENDER, near_line=True)
    rows: dict[str, Any] = {}
    for aw in ("skip", "include"):
        f = border_front(DEFENDER, NEIGHBOUR, None, None, aw, None, f"{DEFENDER}>{NEIGHBOUR}")
        lines = f.build_lines()
        belt, by = [], {code: [] for code in OCCUPIED_REGIONS}
        for d in DEPTH_NODES_KM:
            b = belt_polygon(lines, float(d), None, land, None, f.cuts)
            parts = belt_km2_by_region(b.polygon, DEFENDER)
            belt.append(round(sum(parts.values()), 4))
            for code in by:
                by[code].append(round(parts.get(code, 0.0), 4))
            print(
                f"{aw} {d:g} km: {belt[-1]:.1f} km², occupied regions {sum(v[-1] for v in by.values()):.1f}", flush=True
            )
        rows[aw] = {"belt_km2": belt, "by_region_km2": {k: v for k, v in by.items() if any(v)}}
    return {
        "schema": "minebelt.occupied_belt/1",
        "side": f"{DEFENDER}>{NEIGHBOUR}",
        "nodes_km": list(DEPTH_NODES_KM),
        "inputs": inputs_record(tuple(OCCUPIED_REGIONS)),
        "built_by": "scripts/build_occupied_belt.py",
        "rows": rows,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only say whether the bundled file is current")
    a = ap.parse_args(argv)
    if a.check:
        from minebelt.data.occupied_belt import stale_reason
        from minebelt.model.occupied_sources import OCCUPIED_REGIONS

        why = stale_reason(tuple(OCCUPIED_REGIONS))
        print(f"{OUT.relative_to(ROOT)}: {'stale: ' + why if why else 'current'}")
        return 1 if why else 0
    t0 = time.time()
    data = build()
    OUT.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT} in {time.time() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
