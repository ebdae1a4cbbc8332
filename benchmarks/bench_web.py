"""``POST /api/estimate`` at a fresh depth (a slider move) beside the same scenario repeated, 1 and 10-20 clients.

    python benchmarks/bench_web.py [--requests 60] [--clients 1,10,20] [--belts]

Starts ``minebelt serve``'s app with uvicorn in a child process on a free loopback port (so the
clients do not share its interpreter lock) and, for each number of clients, runs two phases:

``repeated``
    the eastern flank, the same body every time: the server answers from its cache;
``fresh``
    the eastern flank at a new depth every time (2.001, 2.002, ... km): nothing is cached, the
    figures are computed (on the bundled border sides: from the area curves).

Without ``--belts`` the requests ask for the figures alone (``?belts=false``, what the page
asks while the depth slider moves); with it, for the belt polygons too (built exactly at each
new depth). Prints p50/p95 of the answered requests, the refused ones (503) and the server's
CPU seconds per request; rows of the README's speed table. Goals: fresh p95 <= 3x repeated
p95, no refusal at 10 clients.
"""

from __future__ import annotations

import argparse
import copy
import os
import sys
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _paired import ROOT, row  # noqa: E402
from bench_api import free_port, run_phase, start_server  # noqa: E402


def server_cpu(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as f:
        parts = f.read().rsplit(")", 1)[1].split()
    tick = os.sysconf("SC_CLK_TCK")
    return (int(parts[11]) + int(parts[12])) / tick


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=60, help="requests per phase and client count")
    ap.add_argument("--clients", default="1,10,20")
    ap.add_argument("--belts", action="store_true", help="ask for the belt polygons too")
    ap.add_argument("--duration", type=float, default=120.0)
    a = ap.parse_args(argv)
    scenario = tomllib.loads((ROOT / "examples" / "eastern-flank.toml").read_text(encoding="utf-8"))
    url = "/api/estimate" + ("" if a.belts else "?belts=false")
    port = free_port()
    proc = start_server(port, 1)
    base = f"http://127.0.0.1:{port}"
    rows = []
    depth = [2.0]
    try:
        import httpx

        if httpx.post(f"{base}{url}", json=scenario, timeout=600).status_code != 200:
            raise SystemExit("the eastern flank is refused")
        print(f"POST {url}: eastern flank (10 sections), {os.cpu_count()} CPUs")
        print(
            f"{'clients':>7} {'phase':<9} {'ok':>5} {'503':>5} {'p50 ms':>8} {'p95 ms':>8} {'server CPU-s/request':>21}"
        )
        for clients in [int(c) for c in a.clients.split(",")]:
            res = {}
            for phase in ("repeated", "fresh"):
                if phase == "repeated":
                    bodies = [scenario] * a.requests
                else:
                    bodies = []
                    for _ in range(a.requests):
                        depth[0] = round(depth[0] + 0.001, 3)
                        b = copy.deepcopy(scenario)
                        b["defaults"]["depth_km"] = depth[0]
                        bodies.append(b)
                c0 = server_cpu(proc.pid)
                r = run_phase(base, bodies, clients, a.duration, url)
                r["cpu"] = (server_cpu(proc.pid) - c0) / max(1, r["requests"])
                res[phase] = r
                refused = r["statuses"].get(503, 0)
                print(
                    f"{clients:>7} {phase:<9} {r['ok']:>5} {refused:>5} {r['p50']:>8.1f} {r['p95']:>8.1f} {r['cpu']:>21.3f}"
                )
            ratio = res["fresh"]["p95"] / res["repeated"]["p95"]
            refused = res["fresh"]["statuses"].get(503, 0) + res["repeated"]["statuses"].get(503, 0)
            what = f"`POST /api/estimate{'' if a.belts else '?belts=false'}`, eastern flank, fresh depth, {clients} client{'s' if clients > 1 else ''} (`bench_web.py`)"
            mine = f"p50 {res['fresh']['p50']:.0f} / p95 {res['fresh']['p95']:.0f} ms, {res['fresh']['cpu']:.3f} server CPU-s each, {refused} refused"
            other = f"repeated: p95 {res['repeated']['p95']:.0f} ms (fresh/repeated {ratio:.1f}x)"
            goal = "fresh p95 ≤ 3x repeated" + ("; no refusal" if clients >= 10 else "")
            rows.append(row(what, mine, other, goal, ratio <= 3 and (refused == 0 or clients > 10)))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print()
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
