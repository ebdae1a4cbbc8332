"""The cost per deminer-year: each division as the sources give it, each figure at one price year,
and the wage level of the country a belt section lies in."""

from __future__ import annotations

import pytest

from minebelt.model import clearance_labour as lab
from minebelt.model import currency as fx


def test_each_default_is_money_over_the_deminer_years_of_the_same_scope():
    c = {x.key: x for x in lab.DEMINER_YEAR_COSTS}
    assert c["croatia-2021"].per_deminer_year == pytest.approx(385e6 / 600)
    assert c["croatia-2020"].per_deminer_year == pytest.approx(421e6 / 600)
    assert c["ukraine-2024"].per_deminer_year == pytest.approx(15e6 / (78 * 85 / 365.25))
    # the same contract at the procurement's expected cost: UAH 15 M won + the 17 M the auction took off
    assert c["ukraine-2024-expected"].per_deminer_year == pytest.approx(32e6 / (78 * 85 / 365.25))
    assert [x.key for x in lab.DEMINER_YEAR_COSTS if x.use == "default"] == [
        "croatia-2021",
        "croatia-2020",
        "ukraine-2024",
        "ukraine-2024-expected",
    ]
    for x in lab.DEMINER_YEAR_COSTS:  # every figure quotes its source and says how it was divided
        assert x.citations and all(cit.quote for cit in x.citations) and x.division


def test_currencies_without_an_ecb_rate_go_through_their_cited_rate_then_the_cpi():
    hrv = next(x for x in lab.DEMINER_YEAR_COSTS if x.key == "croatia-2021")
    eur = hrv.per_deminer_year / 7.53450
    usd = eur * fx.conversion("EUR", "USD", "2021-12-31").factor
    assert lab.usd_per_deminer_year(hrv) == pytest.approx(fx.deflate_usd(usd, 2021, 2025))
    ukr = next(x for x in lab.DEMINER_YEAR_COSTS if x.key == "ukraine-2024")
    assert lab.usd_per_deminer_year(ukr) == pytest.approx(fx.deflate_usd(ukr.per_deminer_year / 42.0390, 2024, 2025))


def test_the_wage_level_is_where_the_section_lies():
    assert [lab.wage_level(c) for c in ("UKR", "POL", "FIN", "EST", "LVA", "LTU", "KOR")] == [
        "UKR", "EU", "EU", "EU", "EU", "EU", "other"
    ]  # fmt: skip
    eu, ukr, other = (lab.level_span(v) for v in ("EU", "UKR", "other"))
    assert ukr[0] < ukr[1] < eu[0] < eu[1]
    assert other == (ukr[0], eu[1])  # no figure of its own: the span of both, stated as such
