"""The report's charts as SVG data URIs (matplotlib, output layer).

Layer: outputs.

Monte Carlo histograms of the totals, the tornado and Sobol charts of a sensitivity
document, and the calibration chart against historical barriers. Each is a pure function of
the result (and sensitivity) returning an ``<img>``-ready data URI with deterministic bytes.
"""

from __future__ import annotations

import base64
import io
from typing import TYPE_CHECKING, Any

import numpy as np

from ... import numbers as N
from ...i18n import N_
from ...i18n import gettext as _
from .fmt import fmt_num, is_num, short
from .map_png import figure
from .sensitivity_view import chart_scale, sensitivity_view
from .views import input_label

if TYPE_CHECKING:
    from ...pipeline.result import EstimateResult


def _svg_data_uri(fig: Any) -> str:
    """A matplotlib figure as an ``<img>``-ready SVG data URI (deterministic bytes)."""
    import matplotlib

    buf = io.BytesIO()
    with matplotlib.rc_context({"svg.hashsalt": "minebelt", "svg.fonttype": "path"}):
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None}, bbox_inches="tight")
    return "data:image/svg+xml;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def figures(result: EstimateResult, sensitivity: dict | None) -> dict[str, Any]:
    """The matplotlib figures the report shows: ``distribution`` (Monte Carlo totals),
    ``tornado`` and ``sobol`` (sensitivity), ``calibration``; each only when it has data."""
    out: dict[str, Any] = {}
    s = result.samples.get("totals.mines")
    if s is not None and np.size(s) > 1 and _spread(s):
        out["distribution"] = _hist_chart(result)
    if sensitivity:
        sv = sensitivity_view(sensitivity, result.document)
        skip = set(sv["no_effect_keys"])
        base = (
            sv["median_value"]
            if sv["median_value"] is not None
            else (result.totals.get("mines") if sv["kind"] == "mines" else None)
        )
        scale = chart_scale(sv["kind"], base, sv["currency"])
        tornado = [r for r in sensitivity.get("tornado") or [] if isinstance(r, dict) and r.get("input") not in skip]
        if tornado:
            out["tornado"] = _tornado_chart(
                tornado, base if is_num(base) else None, scale, sv["words"], result.document
            )
        sobol = [r for r in sensitivity.get("sobol") or [] if isinstance(r, dict) and r.get("input") not in skip]
        if sobol:
            out["sobol"] = _sobol_chart(sobol, sv["words"], result.document)
    cal = result.document.get("calibration")
    if isinstance(cal, dict) and cal.get("barriers"):
        try:
            out["calibration"] = _calibration_chart(cal, result.totals)
        except (TypeError, ValueError, KeyError):
            pass  # an unexpected calibration shape: the table still shows it
    return out


def charts(result: EstimateResult, sensitivity: dict | None) -> dict[str, str]:
    """:func:`figures` as SVG data URIs for the HTML page."""
    return {k: _svg_data_uri(f) for k, f in figures(result, sensitivity).items()}


def png(fig: Any, dpi: int = 150) -> bytes:
    """A chart as PNG bytes (for the PDF)."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None}, bbox_inches="tight")
    return buf.getvalue()


def _spread(v: Any) -> bool:
    """Whether a sample varies beyond floating-point noise."""
    v = np.asarray(v, dtype=float)
    v = v[np.isfinite(v)]
    if v.size < 2:
        return False
    lo, hi = np.percentile(v, [1, 99])
    return bool(hi - lo > 1e-9 * max(abs(float(np.median(v))), 1e-300))


def _hist_chart(result: EstimateResult) -> Any:

    fig = figure((10, 3.4), 100)
    axes = fig.subplots(1, 2)
    for ax, key, label, scale in (
        (axes[0], "totals.mines", N_("total mines (millions)"), 1e6),
        (axes[1], "totals.area_km2", N_("belt area (km²)"), 1.0),
    ):
        label = _(label)
        v = np.asarray(result.samples.get(key, []), dtype=float)
        v = v[np.isfinite(v)] / scale
        if v.size < 2 or not _spread(v):
            ax.text(
                0.5,
                0.5,
                _("no uncertainty in this figure"),
                ha="center",
                va="center",
                transform=ax.transAxes,
                color="#666666",
            )
            ax.set_xlabel(label)
            ax.set_yticks([])
            continue
        p05, p50, p95 = np.percentile(v, [5, 50, 95])
        lo, hi = np.percentile(v, [0.5, 99.5])  # long tails would squash the body
        ax.hist(v[(v >= lo) & (v <= hi)], bins=60, color="#4c78a8", alpha=0.85)
        for q, ls in ((p05, "--"), (p50, "-"), (p95, "--")):
            ax.axvline(q, color="#b22222", linestyle=ls, linewidth=1)
        ax.set_title(
            _("median %(median)s, 90 %% interval %(range)s")
            % {"median": N.num(p50, scale=False), "range": N.span(p05, p95, scale=False) or N.num(p05, scale=False)},
            fontsize=9,
        )
        ax.set_xlabel(label)
        ax.set_yticks([])
        ax.spines[["top", "right", "left"]].set_visible(False)
    fig.suptitle(
        f"Monte Carlo distribution ({np.size(result.samples['totals.mines']):,} samples; 0.5\u201399.5 % shown, dashed: 5 % and 95 %)",
        fontsize=10,
    )
    fig.tight_layout()
    return fig


def _tornado_chart(rows: list[dict[str, Any]], base: float | None, scale: tuple[float, str, str] = (1e6, "millions", " M"),
                   words: str = "total number of mines", doc: dict[str, Any] | None = None) -> Any:  # fmt: skip
    """Bars from the output at each input's p05 to its p95 (others at medians), in ``scale``
    (divisor, axis unit, label suffix) of the output named by ``words``."""
    div, unit, suffix = scale
    rows = sorted(rows, key=lambda r: abs(float(r.get("swing") or 0)), reverse=True)[:15][::-1]
    fig = figure((9, 0.45 * len(rows) + 1.3), 100)
    ax = fig.subplots()
    for i, r in enumerate(rows):
        lo, hi = float(r["low"]) / div, float(r["high"]) / div
        ax.barh(i, hi - lo, left=min(lo, hi), color="#4c78a8" if hi >= lo else "#e45756", height=0.6)
        swing = float(r.get("swing") or abs(hi - lo) * div) / div
        ax.text(max(lo, hi), i, f"  {fmt_num(swing)}{suffix}", va="center", fontsize=8)
    ax.set_yticks(range(len(rows)), [short(input_label(r["input"], doc), 44) for r in rows], fontsize=8)
    if base is not None:
        ax.axvline(base / div, color="black", linewidth=1)
    ax.set_xlabel(
        f"{words}{f' ({unit})' if unit else ''} with the input at its low and high value, others at their medians"
    )
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_title(f"Tornado: which inputs move the {words} most", fontsize=10)
    return fig


def _sobol_chart(
    rows: list[dict[str, Any]], words: str = "total number of mines", doc: dict[str, Any] | None = None
) -> Any:

    rows = sorted(rows, key=lambda r: float(r.get("ST") or 0), reverse=True)[:15][::-1]
    fig = figure((9, 0.45 * len(rows) + 1.3), 100)
    ax = fig.subplots()
    y = np.arange(len(rows))
    ax.barh(y + 0.18, [float(r.get("ST") or 0) for r in rows], height=0.36, color="#4c78a8", label=_("total effect ST"))
    ax.barh(y - 0.18, [float(r.get("S1") or 0) for r in rows], height=0.36, color="#f58518", label=_("first order S1"))
    ax.set_yticks(y, [short(input_label(r["input"], doc), 44) for r in rows], fontsize=8)
    ax.set_xlim(0, 1.05)
    ax.set_xlabel(f"share of the variance of the {words}")
    ax.legend(fontsize=8, loc="lower right")
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_title(_("Sobol indices"), fontsize=10)
    return fig


def _calibration_chart(cal: dict[str, Any], totals: dict[str, Any]) -> Any:

    scen = cal.get("scenario") or {}
    metrics = [("mines_per_km_front", "mines per km of front"), ("mines_per_km2", "mines per km\u00b2 of belt")]
    fig = figure((10, 0.42 * (len(cal["barriers"]) + 1) + 1.4), 100)
    axes = fig.subplots(1, 2)
    for ax, (key, label) in zip(axes, metrics, strict=True):
        names, vals, colours = [], [], []
        for b in cal["barriers"]:
            v = b.get(key)
            if is_num(v) and v > 0:
                names.append(short(str(b.get("name", "?")), 34))
                vals.append(float(v))
                colours.append("#9d9d9d")
        sv = scen.get(key)
        if sv is None and key == "mines_per_km_front":
            sv = totals.get("mines_per_km_front")
        if sv is None and key == "mines_per_km2" and totals.get("area_km2"):
            sv = (totals.get("mines") or 0) / totals["area_km2"]
        if is_num(sv) and sv > 0:
            names.append("this scenario")
            vals.append(float(sv))
            colours.append("#d62728")
        if not vals:
            ax.set_axis_off()
            continue
        order = np.argsort(vals)
        ax.barh([names[i] for i in order], [vals[i] for i in order], color=[colours[i] for i in order])
        for j, i in enumerate(order):
            ax.text(vals[i], j, f" {fmt_num(vals[i])}", va="center", fontsize=7.5)
        from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter

        ax.set_xscale("log")
        ax.xaxis.set_major_locator(LogLocator(subs=(1.0, 2.0, 5.0)))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: fmt_num(v)))
        ax.xaxis.set_minor_formatter(NullFormatter())
        ax.set_xlim(min(vals) / 1.6, max(vals) * 2.2)
        ax.tick_params(axis="x", labelsize=8)
        ax.set_xlabel(label + " (log scale)")
        ax.tick_params(axis="y", labelsize=8)
        ax.spines[["top", "right"]].set_visible(False)
    fig.suptitle("Calibration against historical barriers", fontsize=10)
    fig.tight_layout()
    return fig
