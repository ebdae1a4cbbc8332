"""A ratio in a sentence, in the reader's words: one rule for every output.

Layer: outputs (report). A plan's figure set beside the model's (a stated need against the
model's mines, a budget against its costed belt) is a ratio. Written ``0,15x`` it reads as a
formula, not a sentence, in every language. The rule: a ratio below 1 is a share, a whole per
cent (``15 % of the model's anti-personnel mines``); 1 or more is a multiple, two significant
figures (``2.5 times its costed belt``; pl ``2,5 razy tyle … co``, uk ``у 2,5 раза більше …``).
A stated range takes the form of its upper end (``73–88 %``, ``0.73–1.2 times``). Each sentence
is two messages, the share's (``%(share)s``) and the multiple's (``%(times)s``), so that every
language words both its own way. Tables with a ratio column (``B / A``) keep ``0.5x``.
"""

from __future__ import annotations

from typing import Any

from ... import numbers as N
from ...i18n import gettext as _
from ...i18n import times_agree


def share_text(lo: float, hi: float | None = None) -> str:
    """``15 %``, ``73–88 %``: a share (or a range of shares) as whole per cents; a share under
    1 % to one figure (``0.4 %``), never ``0 %``."""
    high = N.pct(hi if hi is not None else lo, small=True)
    low = N.pct(lo, small=True)
    return high if hi is None or low == high else f"{low.removesuffix('%').rstrip()}\u2013{high}"


def times_text(lo: float, hi: float | None = None) -> str:
    """``2,5``, ``0,73–1,2``: a multiple (or a range) to two significant figures, the word
    "times" left to the sentence."""
    low = N.sig(lo, 2, scale=False)
    if hi is None:
        return low
    high = N.sig(hi, 2, scale=False)
    return high if high == low else f"{low}\u2013{high}"


def is_share(lo: Any, hi: Any = None) -> bool:
    """True when the ratio (its upper end for a range) is below 1, or prints as 1 at two
    figures (``100 %``, not "1 times"): worded as a share."""
    top = N.finite(hi) if N.finite(hi) is not None else N.finite(lo)
    return top is not None and (top < 1 or N.sig(top, 2, scale=False, locale="en") == "1")


def ratio_words(share_msg: str, times_msg: str, lo: float, hi: float | None = None, **kw: Any) -> str:
    """The sentence of a ratio by the rule: ``share_msg`` (English, translated here) with
    ``%(share)s`` when it is below 1, else ``times_msg`` with ``%(times)s``; ``kw``: the
    sentence's other placeholders."""
    if is_share(lo, hi):
        return _(share_msg) % {**kw, "share": share_text(lo, hi)}
    times = times_text(lo, hi)
    return times_agree(_(times_msg) % {**kw, "times": times}, times)


__all__ = ["is_share", "ratio_words", "share_text", "times_text"]
