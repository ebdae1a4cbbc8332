"""Sourced money defaults as model inputs in the scenario's currency, each figure converted at the
ECB reference rate of its own price date.

Layer: inputs.

A :class:`~minebelt.model.currency.MoneyDefault` is a few sourced figures (each in its own
currency, with a price date); :func:`money_input` converts each at the ECB rate of its date into
the block's currency and reads their span as the default's distribution (uniform between the
lowest and the highest, or a lognormal 90 % interval). Nothing is adjusted for inflation: the
price years travel with the input (``price_years``) and every conversion is recorded.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ..errors import InputError
from ..model import currency as fx
from ..uncertainty.distributions import Distribution, lognormal_from_interval, point
from .quantities import Input


def g4(x: float) -> str:
    """Four significant figures, never in exponent notation: ``1,978,000``, ``20.82``."""
    return f"{float(f'{x:.4g}'):,.10g}"


def need_rate(label: str, where: str, currency: str) -> None:
    """Refuse a currency the bundled ECB series cannot convert into (one line, naming the field)."""
    if currency not in fx.currencies():
        raise InputError(
            f"{label}: {where}: the cited default is not in {currency} and minebelt has no ECB reference rate for {currency} "
            f"(rates: {', '.join(fx.currencies())}); state the value in {currency}"
        )


def money_input(key: str, default: fx.MoneyDefault, to_currency: str) -> tuple[Input, dict[str, Any]]:
    """The default as an :class:`Input` in ``to_currency``, and what was done to get it.

    Returns ``(input, info)`` with ``info = {"shown": text, "price_years": "2022",
    "conversions": [{figure, from, to, value, converted, price_date, rate_date, rate}],
    "converted": bool, "reading": ...}``.
    """
    if default.to_price_year is not None:
        return _deflated_input(key, default, to_currency)
    conversions: list[dict[str, Any]] = []
    values: list[float] = []
    for f in default.figures:
        c = fx.conversion(f.currency, to_currency, f.price_date)
        values.append(f.value * c.factor)
        if f.currency != to_currency:
            conversions.append(
                {
                    "input": key,
                    "figure": f.label,
                    "from": f.currency,
                    "to": to_currency,
                    "value": f.value,
                    "converted": f.value * c.factor,
                    "price_date": f.price_date,
                    "rate_date": c.rate_date,
                    "rate": c.factor,
                }
            )
    lo, hi = min(values), max(values)
    years = default.price_years
    converted = bool(conversions)
    if len(default.figures) == 2 and len({(f.currency, f.price_date) for f in default.figures}) == 1:
        f0 = default.figures[0]
        src = f"{f0.currency} {g4(default.figures[0].value)} to {g4(default.figures[1].value)}"
        body = f"{to_currency} {g4(lo)} to {g4(hi)}"
        if converted:
            shown = f"{src} = {body} at {conversions[0]['rate']:.6g} {to_currency}/{f0.currency} (ECB, {conversions[0]['rate_date']}; {years} prices)"
        else:
            shown = f"{body} ({years} prices)"
    else:
        shown = f"{to_currency} {g4(lo)} to {g4(hi)} ({len(values)} sourced figures, {years} prices, each converted at the ECB rate of its date)"
    if default.reading == "uniform":
        shown = f"uniform {shown}"
        dist: Distribution = Distribution("uniform", (lo, hi), shown) if lo < hi else point(lo)
    else:
        dist = lognormal_from_interval(lo, hi, shown)
    dist = dataclasses.replace(dist, text=shown)
    info = {
        "shown": shown,
        "price_years": years,
        "conversions": conversions,
        "converted": converted,
        "reading": default.reading,
    }
    return Input(key, dist, default.unit), info


def price_year_end(year: int) -> str:
    """The date whose ECB rate takes dollars of ``year`` into another currency: its last day."""
    return f"{year}-12-31"


def deflated_figure(f: fx.MoneyFigure, year: int, to_currency: str) -> dict[str, Any]:
    """One outturn brought to ``to_currency`` at ``year``'s prices: into USD at the ECB rate of its
    price date, deflated with the US CPI-U, into ``to_currency`` at the ECB rate of the year's end."""
    to_usd = fx.conversion(f.currency, "USD", f.price_date)
    usd = f.value * to_usd.factor
    usd_then = fx.deflate_usd(usd, int(f.price_year), year)
    out = fx.conversion("USD", to_currency, price_year_end(year))
    return {
        "figure": f.label,
        "from": f.currency,
        "value": f.value,
        "price_date": f.price_date,
        "usd": usd,
        "usd_rate": to_usd.factor,
        "usd_rate_date": to_usd.rate_date,
        f"usd_{year}": usd_then,
        "to": to_currency,
        "converted": usd_then * out.factor,
        "rate": out.factor,
        "rate_date": out.rate_date,
        "price_year": year,
    }


def _kinds(figures: Any) -> str:
    """``2 outturns``, ``1 outturn and 1 budget``: what the figures are (money spent or announced)."""
    counts: dict[str, int] = {}
    for f in figures:
        counts[f.kind] = counts.get(f.kind, 0) + 1
    return " and ".join(f"{n} {k}{'s' if n != 1 else ''}" for k, n in counts.items())


def _deflated_input(key: str, default: fx.MoneyDefault, to_currency: str) -> tuple[Input, dict[str, Any]]:
    """:func:`money_input` for a default brought to one price year (CPI-U, through USD)."""
    year = default.to_price_year
    assert year is not None
    figures = [deflated_figure(f, year, to_currency) for f in default.figures]
    values = [r["converted"] for r in figures]
    rows: list[dict[str, Any]] = []  # each exchange-rate step actually taken, as the other conversions record them
    for f, r in zip(default.figures, figures, strict=True):
        base = {"input": key, "figure": f.label, "price_date": f.price_date}
        if f.currency != "USD":
            rows.append(
                {
                    **base,
                    "from": f.currency,
                    "to": "USD",
                    "value": f.value,
                    "converted": r["usd"],
                    "rate_date": r["usd_rate_date"],
                    "rate": r["usd_rate"],
                }
            )
        if to_currency != "USD":
            rows.append({**base, "from": "USD", "to": to_currency, "value": r[f"usd_{year}"], "converted": r["converted"],
                         "rate_date": r["rate_date"], "rate": r["rate"], "price_date": price_year_end(year)})  # fmt: skip
    lo, hi = min(values), max(values)
    shown = (
        f"{to_currency} {g4(lo)} to {g4(hi)} ({year} prices; {_kinds(default.figures)}, each converted into USD at the ECB rate "
        f"of its price date and deflated with the US CPI-U)"
    )
    if default.reading == "uniform":
        shown = f"uniform {shown}"
        dist: Distribution = Distribution("uniform", (lo, hi), shown) if lo < hi else point(lo)
    else:
        dist = lognormal_from_interval(lo, hi, shown)
    dist = dataclasses.replace(dist, text=shown)
    info = {
        "shown": shown,
        "price_years": str(year),
        "conversions": rows,
        "converted": True,
        "reading": default.reading,
        "deflated_to": year,
    }
    return Input(key, dist, default.unit), info


def figures_text(default: fx.MoneyDefault, to_currency: str) -> str:
    """Each sourced figure with its conversion, for the sources list."""
    parts = []
    if default.to_price_year is not None:
        y = default.to_price_year
        for f in default.figures:
            r = deflated_figure(f, y, to_currency)
            parts.append(
                f"{f.label}: {f.currency} {g4(f.value)} {default.unit} ({f.price_date}) = USD {g4(r['usd'])} (ECB, {r['usd_rate_date']}) "
                f"= USD {g4(r[f'usd_{y}'])} at {y} prices (CPI-U)"
                + ("" if to_currency == "USD" else f" = {to_currency} {g4(r['converted'])} (ECB, {r['rate_date']})")
            )
        return "; ".join(parts)
    for f in default.figures:
        c = fx.conversion(f.currency, to_currency, f.price_date)
        own = f"{f.currency} {g4(f.value)}"
        conv = "" if f.currency == to_currency else f" = {to_currency} {g4(f.value * c.factor)} at {c.describe()}"
        parts.append(f"{f.label}: {own} {default.unit} ({f.price_date}){conv}")
    return "; ".join(parts)
