"""Uncertain inputs: parsing, quantiles and vectorised sampling.

Any numeric scenario value may be a distribution instead of a number:

=================================  ===================================================
written as                         meaning
=================================  ===================================================
``12000``                          a point value
``"6000 to 12000"``                90 % interval, as Squiggle reads it: lognormal with
                                   p05 = 6000 and p95 = 12000 when both ends are > 0,
                                   otherwise normal with the same 5th/95th percentiles
``{uniform = [a, b]}``             uniform on [a, b]
``{triangular = [a, mode, b]}``    triangular
``{normal = [mean, sd]}``          normal
``{lognormal = [p05, p95]}``       lognormal given by its 5th and 95th percentiles
=================================  ===================================================

Without Monte Carlo a distribution enters the model as its median. Randomness always
comes from an explicit :class:`numpy.random.Generator`.

Layer: pure (imports only the foundation).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from .. import settings
from ..errors import InputError, clip

Kind = Literal["point", "uniform", "triangular", "normal", "lognormal"]

#: z such that P(Z <= z) = 0.95 for a standard normal: 1.6448536269514722.
Z95 = 1.6448536269514722

_TO = re.compile(r"^\s*(-?[0-9][0-9_,.eE+-]*)\s+to\s+(-?[0-9][0-9_,.eE+-]*)\s*$")


#: Quantile arrays up to this size use the standard library's normal quantile, so an estimate
#: (which asks a few quantiles of each input) does not import SciPy (about a second of start-up).
_SMALL = 64


def _ndtri(q: np.ndarray) -> np.ndarray:
    """Standard normal quantile of each ``q`` (0 -> -inf, 1 -> inf).

    Small arrays: :meth:`statistics.NormalDist.inv_cdf` (Wichura's AS 241, full double
    precision); large ones (sensitivity designs): :func:`scipy.special.ndtri` (SciPy comes with
    SALib, which those designs use anyway).
    """
    q = np.asarray(q, dtype=float)
    if q.size > _SMALL:
        from scipy.special import ndtri

        return ndtri(q)
    from statistics import NormalDist

    inv = NormalDist().inv_cdf

    def one(p: float) -> float:
        if not 0.0 < p < 1.0:
            return -math.inf if p == 0.0 else math.inf if p == 1.0 else math.nan
        return inv(p)

    return np.array([one(float(p)) for p in q.reshape(-1)], dtype=float).reshape(q.shape)


@dataclass(frozen=True)
class Distribution:
    """A univariate distribution with closed-form quantiles.

    ``params``: point ``(v,)``; uniform ``(a, b)``; triangular ``(a, mode, b)``;
    normal ``(mean, sd)``; lognormal ``(mu, sigma)`` of the underlying normal.
    ``text`` is how the user wrote it, for outputs.
    """

    kind: Kind
    params: tuple[float, ...]
    text: str = ""

    @property
    def is_point(self) -> bool:
        return self.kind == "point"

    def ppf(self, q: np.ndarray | float) -> np.ndarray:
        """Quantile function, vectorised over ``q`` in [0, 1]."""
        q = np.asarray(q, dtype=float)
        p = self.params
        if self.kind == "point":
            return np.full_like(q, p[0])
        if self.kind == "uniform":
            return p[0] + q * (p[1] - p[0])
        if self.kind == "triangular":
            a, c, b = p
            fc = (c - a) / (b - a) if b > a else 0.5
            left = a + np.sqrt(q * (b - a) * (c - a))
            right = b - np.sqrt((1.0 - q) * (b - a) * (b - c))
            return np.where(q < fc, left, right)
        if self.kind == "normal":
            return p[0] + p[1] * _ndtri(q)
        return np.exp(p[0] + p[1] * _ndtri(q))  # lognormal

    def quantile(self, q: float) -> float:
        return float(self.ppf(np.array([q]))[0])

    @property
    def median(self) -> float:
        if self.kind == "point":
            return self.params[0]
        if self.kind == "normal":
            return self.params[0]
        if self.kind == "lognormal":
            return math.exp(self.params[0])
        return self.quantile(0.5)

    @property
    def mean(self) -> float:
        p = self.params
        return {
            "point": lambda: p[0],
            "uniform": lambda: (p[0] + p[1]) / 2,
            "triangular": lambda: sum(p) / 3,
            "normal": lambda: p[0],
            "lognormal": lambda: math.exp(p[0] + p[1] ** 2 / 2),
        }[self.kind]()

    def sample(self, rng: np.random.Generator, n: int) -> np.ndarray:
        """``n`` independent draws using ``rng``."""
        p = self.params
        if self.kind == "point":
            return np.full(n, p[0])
        if self.kind == "uniform":
            return rng.uniform(p[0], p[1], n)
        if self.kind == "triangular":
            if p[2] == p[0]:
                return np.full(n, p[0])
            return rng.triangular(p[0], p[1], p[2], n)
        if self.kind == "normal":
            return rng.normal(p[0], p[1], n)
        return rng.lognormal(p[0], p[1], n)

    def describe(self) -> str:
        if self.text:
            return self.text
        if self.kind == "point":
            return f"{self.params[0]:g}"
        return f"{self.kind}{list(self.params)}"


def point(value: float) -> Distribution:
    return Distribution("point", (float(value),))


def lognormal_from_interval(p05: float, p95: float, text: str = "") -> Distribution:
    mu = (math.log(p05) + math.log(p95)) / 2
    sigma = (math.log(p95) - math.log(p05)) / (2 * Z95)
    return Distribution("lognormal", (mu, sigma), text)


def normal_from_interval(p05: float, p95: float, text: str = "") -> Distribution:
    return Distribution("normal", ((p05 + p95) / 2, (p95 - p05) / (2 * Z95)), text)


def _number(text: str) -> float:
    return float(text.replace("_", "").replace(",", ""))


_KINDS = ("uniform", "triangular", "normal", "lognormal")


def parse(value: Any, where: str) -> Distribution:
    """Read a scenario value (number, ``"a to b"`` or ``{kind = [...]}``) into a Distribution.

    ``where`` names the field for error messages (``"scenario.toml: defaults.depth_km"``).
    Raises :class:`InputError` on anything else, naming ``where`` and the allowed forms:
    booleans, NaN, infinities (``"1 to 1e999"``) and distributions whose parameters
    overflow (``"-1e308 to 1e308"``) included.
    """
    dist = _parse(value, where)
    if not all(math.isfinite(x) for x in dist.params):
        raise InputError(f"{where}: {dist.describe()}: too wide to compute with (its parameters overflow a float)")
    return dist


def _parse(value: Any, where: str) -> Distribution:
    if isinstance(value, bool):
        raise InputError(f"{where}: expected a number or a distribution, got {clip(value)}")
    if isinstance(value, (int, float)):
        if not math.isfinite(value):
            raise InputError(f"{where}: {clip(value)} is not a finite number")
        return point(value)
    if isinstance(value, str):
        m = _TO.match(value)
        if not m:
            raise InputError(f'{where}: {clip(value)} is neither a number nor an interval like "6000 to 12000"')
        try:
            lo, hi = _number(m.group(1)), _number(m.group(2))
        except ValueError:
            raise InputError(f"{where}: cannot read the numbers in {clip(value)}") from None
        if not (math.isfinite(lo) and math.isfinite(hi)):
            raise InputError(
                f"{where}: {clip(value)}: both ends must be finite numbers (a float reaches about 1.8e308)"
            )
        if not lo < hi:
            raise InputError(f"{where}: interval {clip(value)} is inverted or empty: the first value must be smaller")
        if lo > 0:
            return lognormal_from_interval(lo, hi, value.strip())
        return normal_from_interval(lo, hi, value.strip())
    if isinstance(value, dict):
        if len(value) != 1:
            raise InputError(
                f"{where}: a distribution is one of {{{', '.join(k + ' = [...]' for k in _KINDS)}}}, got keys {sorted(value)}"
            )
        ((kind, args),) = value.items()
        if kind not in _KINDS:
            from ..errors import suggest

            raise InputError(
                f"{where}: unknown distribution kind {clip(kind)}{suggest(str(kind), _KINDS)} (allowed: {', '.join(_KINDS)})"
            )
        want = {"uniform": 2, "triangular": 3, "normal": 2, "lognormal": 2}[kind]
        if (
            not isinstance(args, (list, tuple))
            or len(args) != want
            or not all(isinstance(a, (int, float)) and not isinstance(a, bool) and math.isfinite(a) for a in args)
        ):
            raise InputError(f"{where}: {kind} takes a list of {want} numbers, got {clip(args)}")
        a = [float(x) for x in args]
        text = f"{kind}({', '.join(f'{x:g}' for x in a)})"
        if kind == "uniform":
            if not a[0] < a[1]:
                raise InputError(f"{where}: uniform [a, b] needs a < b, got {clip(args)}")
            return Distribution("uniform", (a[0], a[1]), text)
        if kind == "triangular":
            if not (a[0] <= a[1] <= a[2] and a[0] < a[2]):
                raise InputError(f"{where}: triangular [a, mode, b] needs a <= mode <= b and a < b, got {clip(args)}")
            return Distribution("triangular", tuple(a), text)
        if kind == "normal":
            if not a[1] > 0:
                raise InputError(f"{where}: normal [mean, sd] needs sd > 0, got {clip(args)}")
            return Distribution("normal", (a[0], a[1]), text)
        if not 0 < a[0] < a[1]:
            raise InputError(f"{where}: lognormal [p05, p95] needs 0 < p05 < p95, got {clip(args)}")
        return lognormal_from_interval(a[0], a[1], text)
    raise InputError(f"{where}: expected a number or a distribution, got {type(value).__name__}")


def _shown(x: float, fmt: str, ok: Callable[[float], bool]) -> str:
    """``x`` as ``fmt`` shows it, or in full where that rounding would make an out-of-range
    value look allowed (``50.0000001`` is not shown as ``50`` next to the bound 50)."""
    text = format(x, fmt)
    try:
        return repr(float(x)) if ok(float(text)) and not ok(x) else text
    except ValueError:  # nan, inf
        return text


def check_range(dist: Distribution, where: str, low: float, high: float, unit: str, low_open: bool = True) -> None:
    """Refuse a distribution whose 0.1 %–99.9 % range leaves ``(low, high]``.

    A point value is checked exactly; an uncertain one by its 0.1 % and 99.9 % quantiles,
    so a normal that reaches below zero is an error rather than a silent clip. A range open
    at 0 also needs at least ``settings.POSITIVE_MIN`` (1e-300 as a divisor overflows), and
    NaN or infinite quantiles are refused whatever the range.
    """
    with np.errstate(all="ignore"):
        lo, hi = (dist.params[0], dist.params[0]) if dist.is_point else (dist.quantile(0.001), dist.quantile(0.999))
    bad_low = lo <= low if low_open else lo < low
    if low_open and low == 0 and 0 < lo < settings.POSITIVE_MIN and hi <= high:
        shown = f"{dist.describe()}" if dist.is_point else f"{dist.describe()} (0.1 % quantile {lo:.4g})"
        raise InputError(
            f"{where} = {shown}: must be at least {settings.POSITIVE_MIN:g} {unit} (POSITIVE_MIN): smaller values are not meaningful and overflow"
        )
    if not (math.isfinite(lo) and math.isfinite(hi)) or bad_low or hi > high:
        bracket = "(" if low_open else "["
        inside = (lambda v: low < v <= high) if low_open else (lambda v: low <= v <= high)
        shown = (
            _shown(lo, "g", inside)
            if dist.is_point
            else f"{dist.describe()} (0.1-99.9 % range {_shown(lo, '.4g', inside)} to {_shown(hi, '.4g', inside)})"
        )
        raise InputError(f"{where} = {shown}: must lie in {bracket}{low:g}, {high:g}] {unit}")
