"""The build cost's card in the reader's language: what the cost line assumes and its details.

Layer: outputs (report). Worded from the document's ``cost`` block as :mod:`.local_words` words
the other blocks (one message per sentence, every figure through :mod:`minebelt.numbers`);
re-exported by it. A budget beside its costed belt is worded by the rule of :mod:`.local_ratios`.
"""

from __future__ import annotations

from typing import Any

from ... import numbers as N
from ...i18n import N_
from ...i18n import gettext as _
from .local_names import country
from .local_ratios import ratio_words
from .views import _num

# ----------------------------------------------------------------------------- cost

#: A budget beside its country's costed belt, by the rule of :mod:`.local_ratios`.
_BUDGET_RATIO = (N_("%(share)s of its costed belt"), N_("%(times)s times the cost of its costed belt"))

_PARTS = {"mines_cost": N_("Mines"), "laying_cost": N_("Laying"), "fence_cost": N_("Border-fence proxy")}


def cost_line(doc: dict[str, Any]) -> str:
    """``miny w cenach z 2026 r., ...; różne lata cen, bez korekty o inflację; ...``."""
    c = doc.get("cost") or {}
    years = {k: str(v) for k, v in (c.get("price_years") or {}).items() if k in _PARTS and c.get(k) is not None}
    bits = [_("%(part)s at %(year)s prices") % {"part": _(_PARTS[k]).lower(), "year": y} for k, y in years.items()]
    if len(set(years.values())) > 1:
        bits.append(_("mixed price years, not adjusted for inflation"))
    missing = [_(_PARTS.get(f"{k}_cost", k)).lower() for k in c.get("not_costed") or []]
    if missing and c.get("total") is not None:
        bits.append(_("%(parts)s not estimated: building costs more") % {"parts": ", ".join(missing)})
    return "; ".join(bits)


def cost_details(doc: dict[str, Any]) -> tuple[str, ...]:
    c = doc.get("cost") or {}
    cur = str(c.get("currency") or "USD")
    out = []
    for k, name in _PARTS.items():
        if _num(c.get(k)) is not None:
            out.append(
                _("%(part)s: %(money)s (%(year)s prices).")
                % {
                    "part": _(name),
                    "money": N.sig(c[k], 3, currency=cur),
                    "year": (c.get("price_years") or {}).get(k, "?"),
                }
            )
    missing = [_(_PARTS.get(f"{k}_cost", k)).lower() for k in c.get("not_costed") or []]
    if missing:
        out.append(
            _("Not estimated (no public rate): %(parts)s; building would cost more.") % {"parts": ", ".join(missing)}
        )
    if _num(c.get("fence_km")) is not None:
        out.append(
            _(
                "The border-fence proxy is charged per km of land front (%(km)s km): stretches along rivers and lakes carry no belt and no fence."
            )
            % {"km": N.num(c["fence_km"], scale=False)}
        )
    if c.get("fence_is_proxy"):
        out.append(
            _(
                "The fence rate is a proxy: the per-km cost of three anti-migration border barriers, not of marking a minefield."
            )
        )
    for b in c.get("budgets") or []:
        if (
            isinstance(b, dict)
            and _num(b.get("amount")) is not None
            and _num(b.get("share_of_costed_belt")) is not None
        ):
            out.append(_("%(country)s announced %(money)s (%(programme)s, %(date)s): %(share)s. A plan: shown, not judged.") % {
                "country": country(b.get("country"), doc), "money": N.sig(b["amount"], 2, currency=str(b.get("currency") or "")),
                "programme": _(str(b.get("programme") or "")) if b.get("programme") else "", "date": N.day(b.get("announced", "")),
                "share": ratio_words(*_BUDGET_RATIO, b["share_of_costed_belt"])})  # fmt: skip
    if (c.get("exchange_rate") or {}).get("conversions"):
        out.append(_("Each sourced figure is converted at the ECB euro reference rate of its own price date."))
    return tuple(out)


__all__ = ["cost_details", "cost_line"]
