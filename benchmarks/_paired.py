"""Paired whole-process timing for the benchmarks: CPU seconds and peak memory of a child process.

Two commands run in turn (A B A B ...), each in a fresh process; CPU time is user + system of
the finished child and peak memory its maximum resident set, both as the operating system
accounts them (``os.wait4``). The ratio A/B is taken pair by pair and the medians are quoted,
so a machine whose speed drifts (a shared 2-core machine) moves both sides of a pair alike.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


#: 1-minute load averages seen by this process (at import, each run, each row): the machine is
#: shared, so a row states the load it was measured under.
_LOADS: list[float] = []


def note_load() -> None:
    """Record the machine's 1-minute load average now (nothing where the OS has none)."""
    if hasattr(os, "getloadavg"):
        _LOADS.append(os.getloadavg()[0])
    elif not _LOADS:
        _LOADS.append(float("nan"))


note_load()


@dataclass
class Runs:
    cpu: list[float] = field(default_factory=list)
    wall: list[float] = field(default_factory=list)
    peak_mb: list[float] = field(default_factory=list)

    def median(self, what: str = "cpu") -> float:
        return statistics.median(getattr(self, what)) if getattr(self, what) else float("nan")


def child_env(env: dict[str, str | None] | None) -> dict[str, str]:
    """This process's environment with ``env`` over it (a None value removes the variable)."""
    out = dict(os.environ)
    for k, v in (env or {}).items():
        if v is None:
            out.pop(k, None)
        else:
            out[k] = v
    return out


def bytecode_env() -> dict[str, str | None]:
    """Child processes that read and write compiled bytecode (in a private folder), as an
    installed package has it (pip compiles at install): a cold run then does not compile
    minebelt's modules from source even where ``PYTHONDONTWRITEBYTECODE`` is set."""
    import tempfile

    return {"PYTHONDONTWRITEBYTECODE": None, "PYTHONPYCACHEPREFIX": tempfile.mkdtemp(prefix="minebelt-bench-pyc-")}


def run_once(
    cmd: list[str], env: dict[str, str | None] | None = None, cwd: Path = ROOT
) -> tuple[float, float, float, int]:
    """(CPU s, wall s, peak MB, exit status) of one run of ``cmd`` (output discarded)."""
    note_load()
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=child_env(env))
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.monotonic() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    return ru.ru_utime + ru.ru_stime, wall, ru.ru_maxrss / 1024.0, p.returncode


def paired(
    a: list[str], b: list[str] | None, runs: int, warmup: int = 1, env: dict[str, str | None] | None = None
) -> tuple[Runs, Runs, list[float]]:
    """Run ``a`` and ``b`` in turn ``runs`` times (after ``warmup`` uncounted pairs): their
    runs and the per-pair CPU ratios a/b. ``b`` None: ``a`` alone."""
    ra, rb, ratios = Runs(), Runs(), []
    for i in range(warmup + runs):
        ca, wa, ma, sa = run_once(a, env)
        if sa:
            raise SystemExit(f"command failed ({sa}): {' '.join(a)}")
        cb = None
        if b is not None:
            cb, wb, mb, sb = run_once(b, env)
            if sb:
                raise SystemExit(f"command failed ({sb}): {' '.join(b)}")
        if i < warmup:
            continue
        ra.cpu.append(ca), ra.wall.append(wa), ra.peak_mb.append(ma)
        if b is not None:
            rb.cpu.append(cb), rb.wall.append(wb), rb.peak_mb.append(mb)
            ratios.append(ca / cb if cb else float("nan"))
    return ra, rb, ratios


def minebelt() -> str:
    exe = Path(sys.executable).with_name("minebelt")
    return str(exe) if exe.exists() else "minebelt"


def row(what: str, mine: str, other: str, goal: str, met: bool | None) -> str:
    """One markdown row of the README's speed table; its last cell the date (UTC) and the
    range of the 1-minute load average seen since the script started."""
    flag = "" if met is None else (" ✓" if met else " ✗")
    note_load()
    lo, hi = min(_LOADS), max(_LOADS)
    load = f"{lo:.0f}" if round(lo) == round(hi) else f"{lo:.0f}-{hi:.0f}"
    day = time.strftime("%Y-%m-%d", time.gmtime())
    return f"| {what} | {mine} | {other} | {goal}{flag} | {day}, load {load} |"
