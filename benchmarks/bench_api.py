"""Latency and throughput of ``POST /api/estimate`` under concurrent clients (loopback only).

    python benchmarks/bench_api.py                      # eastern flank, 20 clients, 400 requests/phase
    python benchmarks/bench_api.py --requests 200 --concurrency 10 --scenario examples/seed-reduced-model.toml

Starts ``uvicorn`` in a child process on a free 127.0.0.1 port (so client threads do not share
the server's interpreter lock), then runs two bounded phases, each at most ``--duration``
seconds:

``repeat``
    the same scenario every time: after the first request, the API's in-process cache answers.
``distinct``
    every request a different depth (2.000, 2.001, ... km): the cache never hits, so this
    measures the estimate core itself (geometry + model + JSON).

Without the bundled border data, a measured scenario answers 503; the benchmark then falls
back to ``examples/seed-reduced-model.toml`` (stated lengths) and says so.
Target: p95 <= 100 ms.
"""

from __future__ import annotations

import argparse
import copy
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
import tomllib
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
TARGET_P95_MS = 100.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(port: int, workers: int) -> subprocess.Popen:
    cmd = [
        sys.executable,
        "-m",
        "uvicorn",
        "minebelt.web.app:create_app",
        "--factory",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "warning",
    ]
    if workers > 1:
        cmd += ["--workers", str(workers)]
    proc = subprocess.Popen(cmd, cwd=ROOT)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"uvicorn exited with {proc.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/info", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.terminate()
    raise SystemExit("uvicorn did not start within 30 s")


def percentile(xs: list[float], q: float) -> float:
    if not xs:
        return float("nan")
    xs = sorted(xs)
    k = (len(xs) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def run_phase(base: str, bodies: list[dict], concurrency: int, duration: float, url: str = "/api/estimate") -> dict:
    """Send every body once (``concurrency`` threads), stop early after ``duration`` seconds."""
    lat: list[float] = []
    statuses: dict[int, int] = {}
    errors: list[str] = []
    lock = threading.Lock()
    next_i = [0]
    stop_at = time.monotonic() + duration

    def worker() -> None:
        with httpx.Client(base_url=base, timeout=duration) as client:
            while time.monotonic() < stop_at:
                with lock:
                    i = next_i[0]
                    if i >= len(bodies):
                        return
                    next_i[0] += 1
                t0 = time.perf_counter()
                try:
                    r = client.post(url, json=bodies[i], timeout=max(1.0, stop_at - time.monotonic()))
                    dt = (time.perf_counter() - t0) * 1000
                    with lock:
                        statuses[r.status_code] = statuses.get(r.status_code, 0) + 1
                        if r.status_code == 200:
                            lat.append(dt)
                        elif len(errors) < 3:
                            errors.append(f"{r.status_code}: {r.text[:200]}")
                except httpx.HTTPError as e:
                    with lock:
                        statuses[-1] = statuses.get(-1, 0) + 1  # -1: no answer (timed out at the phase bound)
                        if len(errors) < 3:
                            errors.append(repr(e))

    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    done = sum(statuses.values())
    return {
        "requests": done,
        "ok": len(lat),
        "statuses": statuses,
        "wall_s": wall,
        "throughput": done / wall if wall else 0.0,
        "p50": percentile(lat, 0.50),
        "p95": percentile(lat, 0.95),
        "p99": percentile(lat, 0.99),
        "mean": statistics.fmean(lat) if lat else float("nan"),
        "max": max(lat) if lat else float("nan"),
        "errors": errors,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Benchmark POST /api/estimate on loopback.")
    ap.add_argument("--scenario", type=Path, default=ROOT / "examples" / "eastern-flank.toml")
    ap.add_argument("--requests", type=int, default=400, help="requests per phase (default 400)")
    ap.add_argument("--concurrency", type=int, default=20)
    ap.add_argument("--duration", type=float, default=60.0, help="max seconds per phase (default 60)")
    ap.add_argument("--workers", type=int, default=1, help="uvicorn worker processes (default 1)")
    ap.add_argument("--phases", default="repeat,distinct")
    ap.add_argument(
        "--no-belts", action="store_true", help="ask for figures only (?belts=false): no belt polygons in the answers"
    )
    args = ap.parse_args(argv)

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = start_server(port, args.workers)
    try:
        scenario = tomllib.loads(args.scenario.read_text(encoding="utf-8"))
        url = "/api/estimate" + ("?belts=false" if args.no_belts else "")
        probe = httpx.post(f"{base}{url}", json=scenario, timeout=600)
        if probe.status_code == 503:
            fallback = ROOT / "examples" / "seed-reduced-model.toml"
            print(
                f"note: {args.scenario.name} needs the bundled border data ({probe.json()['detail']}); using {fallback.name}"
            )
            args.scenario = fallback
            scenario = tomllib.loads(fallback.read_text(encoding="utf-8"))
            probe = httpx.post(f"{base}{url}", json=scenario, timeout=600)
        if probe.status_code != 200:
            raise SystemExit(f"the scenario is refused: {probe.status_code} {probe.text[:300]}")
        print(
            f"POST {url}: {args.scenario.name} ({len(scenario['sections'])} sections), {args.concurrency} clients, "
            f"{args.requests} requests/phase, <= {args.duration:g} s/phase, {args.workers} uvicorn worker(s), {os.cpu_count()} CPUs"
        )
        print(
            f"first request (cold caches): {probe.elapsed.total_seconds() * 1000:,.0f} ms, {len(probe.content) / 1024:,.0f} KiB"
        )

        results = {}
        for phase in [p.strip() for p in args.phases.split(",") if p.strip()]:
            if phase == "repeat":
                bodies = [scenario] * args.requests
            elif phase == "distinct":
                bodies = []
                for i in range(args.requests):
                    b = copy.deepcopy(scenario)
                    b.setdefault("defaults", {})["depth_km"] = round(2.0 + 0.001 * (i + 1), 3)
                    for s in b["sections"]:
                        s.pop("depth_km", None)
                    bodies.append(b)
            else:
                raise SystemExit(f"unknown phase {phase!r} (repeat, distinct)")
            results[phase] = run_phase(base, bodies, args.concurrency, args.duration, url)

        head = f"{'phase':<9} {'requests':>8} {'ok':>5} {'wall s':>7} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}  p95 <= {TARGET_P95_MS:g} ms"
        print()
        print(head)
        print("-" * len(head))
        for phase, r in results.items():
            ok = "yes" if r["p95"] <= TARGET_P95_MS else "NO"
            print(
                f"{phase:<9} {r['requests']:>8} {r['ok']:>5} {r['wall_s']:>7.1f} {r['throughput']:>7.1f} {r['p50']:>8.1f} {r['p95']:>8.1f} {r['p99']:>8.1f} {r['max']:>8.1f}  {ok}"
            )
            if r["requests"] < args.requests:
                print(
                    f"          stopped by the {args.duration:g} s bound after {r['requests']} of {args.requests} requests"
                )
            if r["errors"]:
                print(f"          statuses {r['statuses']}; e.g. {r['errors'][0]}")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
