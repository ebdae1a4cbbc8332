"""Student's t quantile of the clearance model's prediction interval, without importing SciPy.

Layer: pure (a function of its arguments only).

:func:`t_quantile` is :func:`scipy.special.stdtrit` (Student's t inverse CDF). The 95th
percentile at 1-30 degrees of freedom is read from :data:`T_95`, the values SciPy gives
(``tests/unit/pure/test_student_t.py`` recomputes every one with SciPy and checks it to the
bit); anything else asks SciPy. Importing SciPy's special functions costs about a third of a
second of start-up, which a cold ``minebelt estimate`` would pay for one constant
(:data:`minebelt.model.clearance_workforce.PREDICTION_FACTOR`).
"""

from __future__ import annotations

#: ``float(scipy.special.stdtrit(df, 0.95))`` for ``df`` 1-30 (SciPy 1.x; checked in the tests).
T_95: dict[int, float] = {
    1: 6.313751514675037,
    2: 2.9199855803537242,
    3: 2.3533634348018233,
    4: 2.1318467863266495,
    5: 2.0150483733330233,
    6: 1.9431802805153042,
    7: 1.8945786050900062,
    8: 1.8595480375308973,
    9: 1.833112932656237,
    10: 1.8124611228116756,
    11: 1.7958848187040433,
    12: 1.782287555649319,
    13: 1.7709333959868725,
    14: 1.761310135774891,
    15: 1.753050355692572,
    16: 1.7458836762762495,
    17: 1.7396067260750725,
    18: 1.7340636066175388,
    19: 1.7291328115213682,
    20: 1.7247182429207866,
    21: 1.720742902811878,
    22: 1.7171443743802424,
    23: 1.713871527747048,
    24: 1.710882079909428,
    25: 1.7081407612518986,
    26: 1.7056179197592727,
    27: 1.7032884457221265,
    28: 1.7011309342659313,
    29: 1.6991270265334972,
    30: 1.697260886593957,
}


def t_quantile(df: int, q: float) -> float:
    """Student's t quantile ``q`` (0-1) at ``df`` degrees of freedom, as :func:`scipy.special.stdtrit`."""
    if q == 0.95 and df in T_95:
        return T_95[df]
    from scipy.special import stdtrit

    return float(stdtrit(df, q))
