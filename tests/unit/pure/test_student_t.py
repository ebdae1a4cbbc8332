"""The t quantiles read from a table (no SciPy import on the estimate path) are SciPy's, to the bit."""

from __future__ import annotations

import pytest
from scipy.special import stdtrit

from minebelt.model.student_t import T_95, t_quantile


@pytest.mark.parametrize("df", sorted(T_95))
def test_table_is_scipys_to_the_bit(df: int) -> None:
    assert T_95[df] == float(stdtrit(df, 0.95))


def test_outside_the_table_asks_scipy() -> None:
    assert t_quantile(40, 0.95) == float(stdtrit(40, 0.95))
    assert t_quantile(5, 0.9) == float(stdtrit(5, 0.9))
