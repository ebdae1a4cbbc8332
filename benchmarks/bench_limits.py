"""Memory and time against the caps of ``minebelt.settings`` (the numbers quoted there).

    python benchmarks/bench_limits.py            # about 3 minutes on 2 cores
    python benchmarks/bench_limits.py --quick    # smaller sizes, under a minute

Every row runs in a fresh child process and reports its wall time and peak resident memory
(``ru_maxrss``), so rows do not share caches or memory.

``estimate``
    Monte Carlo memory: ``examples/eastern-flank-full.toml`` (10 sections, 6 countries, every
    block) at 10⁵ and 10⁶ samples (``SAMPLES_MAX``), and the worst case per section (every
    section its own country, stated lengths, production, cost and clearance) at
    ``SAMPLE_SECTIONS_MAX`` sample-sections: the bound ``SAMPLE_SECTIONS_MAX`` promises.
``sensitivity``
    Sobol analysis of S sections each with its own uncertain depth (S + 1 inputs) at
    N = 1,024, side by side with the peer: SALib's own path (``SALib.sample.sobol.sample``
    builds the whole N x (inputs + 2) x inputs design, the model is evaluated on every row),
    which minebelt's column-wise evaluation replaces.
``text``
    The checks every scenario and claims file (and every web request body) goes through
    before it is parsed, on hostile text at the sizes a file may have: a 200,000-character
    name, a 1 MiB comment, files at the 4 MiB limit (``SCENARIO_BYTES_MAX``) made of the
    worst patterns for a backtracking search (runs of key characters, escaped quotes, dotted
    chains just under ``TOML_KEY_PARTS_MAX``), and a 1 MiB request body of escaped quotes for
    ``json_depth``; side by side with the peer, Python's own parser (``tomllib.loads`` /
    ``json.loads``) on the same text, which runs right after the check.

    python benchmarks/bench_limits.py --only text   # seconds
``geometry``
    The work estimate of a drawn line (``minebelt.scenario.workload``, the pairs that
    ``GEOMETRY_WORK_MAX`` caps) next to the time of building one belt of it
    (``minebelt.geo.zone.zone``, one side) and of the peer, GEOS's own buffer of the line in a
    local projection (``shapely.buffer``, single-sided), on zigzags 1 m apart, a smooth line
    traced every 35 m, the Poland-Belarus border as bundled, and the probe's 199,999-vertex
    zigzag (only its refusal: building it ran for hours).

    python benchmarks/bench_limits.py --only geometry   # a few minutes
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _worst_case_doc(sections: int) -> dict:
    from minebelt.data.borders import border_lengths

    pairs, seen = [], set()
    for r in border_lengths():
        if r["a"] not in seen:
            seen.add(r["a"])
            pairs.append((r["a"], r["b"]))
    return {
        "name": "worst case",
        "defaults": {"density": "6000 to 12000"},
        "sections": [
            {"name": f"s{i}", "country": a, "border": b, "length_km": 100 + i, "depth_km": "1 to 3"}
            for i, (a, b) in enumerate(pairs[:sections])
        ],
        "production": {"start_year": 2026},  # the cited capacity table
        "cost": {"laying_cost_per_km2": 0, "fence_cost_per_km": "300000 to 1900000"},
        "clearance": {"working_days_per_year": 200, "deminers": "500 to 2000"},
    }


def _sections_doc(sections: int) -> dict:
    codes = ["POL", "LTU", "LVA", "EST", "FIN"]
    return {
        "name": "sensitivity",
        "defaults": {"density": "6000 to 12000"},
        "sections": [
            {"name": f"s{i}", "country": codes[i % 5], "border": "RUS", "length_km": 100, "depth_km": "1.5 to 2.5"}
            for i in range(sections)
        ],
    }


def _hostile_text(case: int) -> tuple[str, str]:
    """(label, text) of the hostile files of the ``text`` rows."""
    four = 4 << 20
    cases = [
        ("200,000-character name", 'name = "' + "P" * 200_000 + '"\n'),
        ("1 MiB comment", 'name = "t"\n# ' + "a" * (1 << 20) + "\n"),
        ("4 MiB comment of dotted words", "# " + "ab.cd " * (four // 6) + "\n"),
        ("4 MiB of escaped quotes in a string", 'x = "' + '\\"' * (four // 2) + '"\n'),
        ("4 MiB of 32-part keys", "".join(f"k{i}." + ".".join(["k"] * 31) + " = 1\n" for i in range(four // 72))),
        ("4 MiB inline line (coordinates)", "c = [" + "[23.51234, 53.12345], " * (four // 22) + "]\n"),
    ]
    return cases[case]


TEXT_CASES = 6


def _line(case: str):
    import numpy as np

    if case.startswith("zig"):
        n = int(case[3:])
        return np.array([[23.5 + (i % 2) * 0.01, 54.0 - i * 1e-5] for i in range(n)])
    if case == "smooth20k":
        t = np.linspace(0, 1, 20_000)
        return np.column_stack([23.5 + 10 * t, 54 + 0.5 * np.sin(6 * t)])
    import shapely

    from minebelt.data.borders import pair_segments

    return np.vstack([shapely.get_coordinates(s.geometry) for s in pair_segments("BLR", "POL") if s.part == 0])


GEOMETRY_CASES = [
    ("zig500", 2.0),
    ("zig1000", 2.0),
    ("zig2000", 2.0),
    ("smooth20k", 2.0),
    ("smooth20k", 50.0),
    ("POL-BLR", 50.0),
    ("zig199999", 2.0),
]


def child(kind: str, arg: int, n: int) -> dict:
    if kind in ("text", "text-peer"):
        import tomllib

        from minebelt.errors import InputError
        from minebelt.scenario._validate import check_toml_text

        _, text = _hostile_text(arg)
        t = time.perf_counter()
        try:
            check_toml_text(text, "bench") if kind == "text" else tomllib.loads(text)
        except (InputError, tomllib.TOMLDecodeError):
            pass
        return {
            "seconds": time.perf_counter() - t,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        }
    if kind in ("geom", "geom-peer"):
        import shapely

        from minebelt.errors import InputError
        from minebelt.scenario.workload import check_line_work, line_work

        name, depth = GEOMETRY_CASES[arg]
        xy = _line(name)
        t = time.perf_counter()
        pairs = line_work(xy, depth)
        try:
            check_line_work(xy, depth, "bench")
        except InputError:
            return {"seconds": time.perf_counter() - t, "peak_mb": 0, "note": f"refused ({pairs:,} pairs)"}
        t = time.perf_counter()
        if kind == "geom":
            from minebelt.geo.zone import zone

            zone([xy], depth, "left")
        else:
            from pyproj import Transformer

            tr = Transformer.from_crs(
                "EPSG:4326", f"+proj=tmerc +lon_0={xy[:, 0].mean():.3f} +lat_0={xy[:, 1].mean():.3f}", always_xy=True
            )
            x, y = tr.transform(xy[:, 0], xy[:, 1])
            shapely.buffer(shapely.LineString(list(zip(x, y, strict=True))), depth * 1000.0, single_sided=True)
        return {
            "seconds": time.perf_counter() - t,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "note": f"{pairs:,} pairs",
        }
    if kind in ("json", "json-peer"):
        import numpy  # noqa: F401 - imported once by the server, not part of a request

        from minebelt.scenario._validate import json_depth

        body = b'{"x": "' + b'\\"' * (arg // 2) + b'"}'
        t = time.perf_counter()
        if kind == "json":
            json_depth(body)
        else:
            json.loads(body)
        return {
            "seconds": time.perf_counter() - t,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        }

    from minebelt import estimate, load_scenario
    from minebelt.scenario import scenario_from_dict

    t = time.perf_counter()
    if kind == "flank":
        estimate(load_scenario(ROOT / "examples" / "eastern-flank-full.toml"), samples=n, seed=0)
    elif kind == "worst":
        estimate(scenario_from_dict(_worst_case_doc(arg)), samples=n, seed=0)
    elif kind == "sens":
        from minebelt.pipeline.sensitivity import sensitivity

        sensitivity(scenario_from_dict(_sections_doc(arg)), n_base=n)
    elif kind == "sens-peer":
        import numpy as np
        from SALib.analyze import sobol
        from SALib.sample import sobol as sobol_sample

        from minebelt.pipeline.estimate import evaluate_total_mines
        from minebelt.pipeline.sensitivity import uncertain_inputs

        sc = scenario_from_dict(_sections_doc(arg))
        inputs = uncertain_inputs(sc)
        problem = {
            "num_vars": len(inputs),
            "names": [i.key for i in inputs],
            "bounds": [[0.0005, 0.9995]] * len(inputs),
        }
        q = sobol_sample.sample(problem, n, calc_second_order=False, seed=0)
        y = evaluate_total_mines(sc, {inp.key: inp.dist.ppf(q[:, j]) for j, inp in enumerate(inputs)})
        sobol.analyze(problem, np.asarray(y), calc_second_order=False, seed=0)
    return {"seconds": time.perf_counter() - t, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def run(kind: str, arg: int, n: int, timeout: float = 900) -> dict:
    cmd = [sys.executable, __file__, "--child", kind, str(arg), str(n)]
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return {"error": f"over {timeout:.0f} s"}
    if out.returncode != 0:
        return {"error": (out.stderr.strip().splitlines() or ["failed"])[-1][:80]}
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--only", choices=["estimate", "sensitivity", "text", "geometry"], help="one part of the table")
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.child[0], int(args.child[1]), int(args.child[2]))))
        return

    from minebelt import settings

    rows: list[tuple[str, str, dict]] = []
    if args.only in (None, "text"):
        for case in range(TEXT_CASES):
            label = _hostile_text(case)[0]
            rows.append(("text", f"{label}: check", run("text", case, 0)))
            rows.append(("text", f"{label}: tomllib", run("text-peer", case, 0)))
        rows.append(
            ("text", "1 MiB body of escaped quotes: json_depth", run("json", settings.API_BODY_BYTES_MAX - 16, 0))
        )
        rows.append(
            ("text", "1 MiB body of escaped quotes: json.loads", run("json-peer", settings.API_BODY_BYTES_MAX - 16, 0))
        )
    if args.only in (None, "geometry"):
        for case, (name, depth) in enumerate(GEOMETRY_CASES):
            rows.append(("geometry", f"{name} at {depth:g} km: minebelt zone", run("geom", case, 0)))
            if not name.endswith("199999"):
                rows.append(("geometry", f"{name} at {depth:g} km: GEOS buffer", run("geom-peer", case, 0)))
    if args.only in ("text", "geometry"):
        _table(rows)
        return
    samples = (10**5,) if args.quick else (10**5, settings.SAMPLES_MAX)
    for n in samples if args.only in (None, "estimate") else ():
        rows.append(("estimate", f"eastern-flank-full, {n:,} samples", run("flank", 0, n)))
    for s in ((1, 10) if args.quick else (1, 10, 20)) if args.only in (None, "estimate") else ():
        n = min(settings.SAMPLES_MAX, settings.SAMPLE_SECTIONS_MAX // s) // (10 if args.quick else 1)
        rows.append(("estimate", f"worst case, {s} sections x {n:,} samples", run("worst", s, n)))
    for s in ((10, 50) if args.quick else (10, 50, 100, 200)) if args.only in (None, "sensitivity") else ():
        for kind, who in (("sens-peer", "SALib sample + evaluate"), ("sens", "minebelt")):
            rows.append(("sensitivity", f"{s} sections, N=1,024: {who}", run(kind, s, 1024)))
    _table(rows)


def _table(rows: list[tuple[str, str, dict]]) -> None:
    print(f"{'part':<12} {'case':<56} {'seconds':>8} {'peak MB':>8}")
    for part, case, r in rows:
        if "error" in r:
            print(f"{part:<12} {case:<56} {r['error']}")
        else:
            print(f"{part:<12} {case:<56} {r['seconds']:>8.2f} {r['peak_mb']:>8.0f}  {r.get('note', '')}")


if __name__ == "__main__":
    main()
