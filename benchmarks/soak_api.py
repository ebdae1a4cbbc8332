"""Soak test of ``minebelt serve`` under many clients (loopback only): latency p95, 503s, RSS.

    python benchmarks/soak_api.py                          # 50 clients, 60 s per phase
    python benchmarks/soak_api.py --clients 20 --duration 20

Starts ``minebelt serve`` (the real command: worker pool, Host allow-list, warm caches) in
a child process on a free 127.0.0.1 port and runs three bounded phases against it, each at
most ``--duration`` seconds, with keep-alive connections (one ``httpx.Client`` per client):

``page``
    every client moves the depth like the web page does (the eastern flank, a new depth in
    steps of 1 m per request, so the cache rarely helps); on 503 it waits ``Retry-After``.
``heavy``
    every client sends the largest Monte Carlo the API accepts (``API_SAMPLES_MAX`` samples of
    ``API_SAMPLE_SECTIONS_MAX / API_SAMPLES_MAX`` stated sections, each its own draw):
    memory must stay bounded by ``WEB_WORKERS`` x one request.
``leave``
    one client starts a request that needs the whole geometry budget
    (``API_GEOMETRY_BUFFERS_MAX``: measured sections with uncertain depth), and hangs up
    after 1 s; the table shows how long the server kept computing (its CPU time growing),
    i.e. how soon cancellation stopped the work.

Per phase: requests, status counts, p50/p95/max latency of the answered requests (200 and
4xx), the server's peak resident memory (VmHWM of /proc) and its CPU seconds. Linux only
(reads /proc). Nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

from minebelt.settings import EASTERN_FLANK

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"  # loopback only, by design


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def start_server(port: int) -> subprocess.Popen:
    code = "import sys; from minebelt.cli.app import main; sys.exit(main(sys.argv[1:]))"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "serve", "--host", HOST, "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"minebelt serve exited with {proc.returncode}")
        try:
            if httpx.get(f"http://{HOST}:{port}/api/info", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit("minebelt serve did not start within 60 s")


def proc_status(pid: int) -> dict[str, float]:
    """Peak and current resident memory (MB) and CPU seconds of process ``pid`` (Linux /proc)."""
    out = {"hwm_mb": float("nan"), "rss_mb": float("nan"), "cpu_s": float("nan")}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                out["hwm_mb"] = int(line.split()[1]) / 1024
            elif line.startswith("VmRSS:"):
                out["rss_mb"] = int(line.split()[1]) / 1024
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        out["cpu_s"] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        pass
    return out


def percentile(xs: list[float], q: float) -> float:
    if not xs:
        return float("nan")
    xs = sorted(xs)
    k = (len(xs) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def flank(depth_km: float) -> dict:
    return {
        "name": f"soak {depth_km:.3f} km",
        "defaults": {"depth_km": round(depth_km, 3), "density": "korea-peak", "along_water": "skip"},
        "sections": [{"name": f"{c}-{b}", "country": c, "border": b} for c, b in EASTERN_FLANK],
    }


def heavy_body(sections: int) -> dict:
    return {
        "name": "soak heavy",
        "defaults": {"density": "6000 to 12000"},
        "sections": [
            {"name": f"s{i}", "country": "POL", "border": "BLR", "length_km": 100 + i, "depth_km": "1.5 to 2.5"}
            for i in range(sections)
        ],
    }


def run_phase(base: str, clients: int, duration: float, make, query: str = "") -> dict:
    lat: list[float] = []
    statuses: dict[int, int] = {}
    errors: list[str] = []
    lock = threading.Lock()
    stop = time.monotonic() + duration
    counter = [0]

    def client(k: int) -> None:
        with httpx.Client(base_url=base, timeout=120) as c:  # one keep-alive connection
            while time.monotonic() < stop:
                with lock:
                    counter[0] += 1
                    i = counter[0]
                t0 = time.perf_counter()
                try:
                    r = c.post("/api/estimate" + query, json=make(i))
                except httpx.HTTPError as e:
                    with lock:
                        errors.append(type(e).__name__)
                    continue
                dt = time.perf_counter() - t0
                with lock:
                    statuses[r.status_code] = statuses.get(r.status_code, 0) + 1
                    if r.status_code != 503:
                        lat.append(dt)
                if r.status_code == 503:
                    time.sleep(min(float(r.headers.get("retry-after", "1")), max(0.0, stop - time.monotonic())))

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return {"lat": lat, "statuses": statuses, "errors": errors}


def leave_phase(base: str, pid: int, sections: int, hang_up_after: float = 1.0, watch: float = 30.0) -> dict:
    """Start a request of the whole geometry budget, hang up, and watch the server's CPU."""
    body = {
        "name": "soak leave",
        "defaults": {"depth_km": "1 to 3", "density": "korea-peak", "along_water": "include"},
        "sections": [
            {"name": f"{c}-{b} {i}", "country": c, "border": b, "from_km": float(i), "to_km": 100.0 + i}
            for i, (c, b) in enumerate((EASTERN_FLANK * 10)[:sections])
        ],
    }
    cpu0 = proc_status(pid)["cpu_s"]
    try:
        answered: int | None = httpx.post(base + "/api/estimate", json=body, timeout=hang_up_after).status_code
    except httpx.TimeoutException:
        answered = None  # hung up: the server should stop computing soon
    t_left = time.monotonic()
    last_cpu, still = proc_status(pid)["cpu_s"], t_left
    while time.monotonic() - t_left < watch:
        time.sleep(0.5)
        cpu = proc_status(pid)["cpu_s"]
        if cpu - last_cpu > 0.1:  # still busy in this half second
            still = time.monotonic()
        last_cpu = cpu
    return {"answered": answered, "busy_after_leaving_s": still - t_left, "cpu_s": last_cpu - cpu0}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--duration", type=float, default=60.0, help="seconds per phase (bounded)")
    args = ap.parse_args()
    if not (1 <= args.clients <= 200 and 1 <= args.duration <= 600):
        raise SystemExit("--clients must lie in [1, 200] and --duration in [1, 600] s")

    from minebelt import settings

    port = free_port()
    proc = start_server(port)
    base = f"http://{HOST}:{port}"
    rows = []
    try:
        # the page's first view (the server also warms it in the background at start)
        t = time.monotonic()
        r = httpx.post(base + "/api/estimate", json=flank(2.0), timeout=300)
        first = {"lat": [time.monotonic() - t], "statuses": {r.status_code: 1}, "errors": []}
        rows.append(("first request (2 km)", first, proc_status(proc.pid), 0.0))

        def page_body(i: int) -> dict:
            return flank(1.0 + (i % 2000) * 0.001)

        t = time.monotonic()
        res = run_phase(base, args.clients, args.duration, page_body)
        rows.append(("page", res, proc_status(proc.pid), time.monotonic() - t))

        n_heavy = max(1, settings.API_SAMPLE_SECTIONS_MAX // settings.API_SAMPLES_MAX)
        hb = heavy_body(n_heavy)
        t = time.monotonic()
        res = run_phase(
            base,
            args.clients,
            args.duration,
            lambda i: {**hb, "name": f"soak heavy {i}"},
            f"?samples={settings.API_SAMPLES_MAX}&seed=0",
        )
        rows.append(
            (
                f"heavy ({n_heavy} sect. x {settings.API_SAMPLES_MAX:,})",
                res,
                proc_status(proc.pid),
                time.monotonic() - t,
            )
        )

        n_leave = settings.API_GEOMETRY_BUFFERS_MAX // 8
        leave = leave_phase(base, proc.pid, n_leave)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()

    print(
        f"minebelt serve on {HOST}, {args.clients} clients, {args.duration:g} s per phase, "
        f"WEB_WORKERS={settings.WEB_WORKERS}, WEB_QUEUE_MAX={settings.WEB_QUEUE_MAX}"
    )
    print(
        f"{'phase':<28} {'requests':>8} {'200':>6} {'503':>6} {'other':>6} {'err':>4} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'peak RSS MB':>11} {'CPU s':>7}"
    )
    for name, res, st, _ in rows:
        s = res["statuses"]
        n = sum(s.values())
        other = n - s.get(200, 0) - s.get(503, 0)
        lat = [x * 1000 for x in res["lat"]]
        print(
            f"{name:<28} {n:>8} {s.get(200, 0):>6} {s.get(503, 0):>6} {other:>6} {len(res['errors']):>4} "
            f"{percentile(lat, 0.5):>8.0f} {percentile(lat, 0.95):>8.0f} {max(lat, default=float('nan')):>8.0f} {st['hwm_mb']:>11.0f} {st['cpu_s']:>7.1f}"
        )
    print(
        f"leave: a request of {n_leave} measured sections with uncertain depth, client hung up after 1 s "
        f"({'answered ' + str(leave['answered']) + ' first' if leave['answered'] else 'not answered'}); server busy {leave['busy_after_leaving_s']:.1f} s "
        f"after the client left, {leave['cpu_s']:.1f} CPU s in all"
    )


if __name__ == "__main__":
    main()
