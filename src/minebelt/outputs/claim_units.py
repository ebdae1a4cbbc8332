"""The units of a fact-check row that are not plain quantities: the question a yes/no figure
answers, a number that is a name, and a border length at the precision of its sources.

Layer: outputs (the fact-check's words in the reader's language, :mod:`.claim_words`).
"""

from __future__ import annotations

import re
from typing import Any

from ..i18n import gettext as _

#: The questions of the yes/no units of the bundled claims files (``unit = "... (1 = yes)"``).
FLAGS = {
    "withdrawal in effect": lambda: _("withdrawal in effect"),
    "not party": lambda: _("not party"),
    "Art. 1(1)(c) prohibits assisting": lambda: _("Art. 1(1)(c) prohibits assisting"),
}


def named_number(unit: str) -> str | None:
    """The name a number is, from its unit ("law number (No. 2566-IV)" -> "No. 2566-IV"), or None
    for a unit of a quantity."""
    m = re.fullmatch(r"[\w ]*\bnumber \((No\. [^()]+)\)", unit.strip())
    return m[1] if m else None


def computed_figure(c: dict[str, Any]) -> Any:
    """A row's computed figure as its English text rounds it: a length measured on the bundled
    borders (``method`` names a ``border:`` ref) to three significant figures from 1,000 up, the
    precision of the official lengths beside it, unless that would print it like the stated
    figure it differs from (as ``minebelt.factcheck.context.measured_length``)."""
    x, unit = c.get("computed"), str(c.get("unit") or "").strip()
    if unit not in ("km", "miles") or "border:" not in str(c.get("method") or ""):
        return x
    if isinstance(x, bool) or not isinstance(x, (int, float)) or abs(x) < 1000:
        return x
    r = float(f"{x:.3g}")
    st = c.get("stated")
    return x if isinstance(st, (int, float)) and r == st and x != st else r


__all__ = ["FLAGS", "computed_figure", "named_number"]
