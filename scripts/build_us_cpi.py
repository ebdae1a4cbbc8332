"""Build ``src/minebelt/data/us_cpi_u.json``: the US consumer price index (CPI-U), annual averages.

Source: the PyPI package ``cpi`` (code MIT, by Ben Welsh), which ships the US Bureau of Labor
Statistics' series CUUR0000SA0 ("All items in U.S. city average, all urban consumers, not
seasonally adjusted", 1982-84 = 100) in a bundled SQLite database. BLS data are in the public
domain (US government work). minebelt uses the annual averages to bring clearance outturns of
different years to one price year (``minebelt.model.currency.deflate_usd``); the values are kept
as published. Rerunnable, not run by CI (the package downloads nothing here: it reads its own
database and only warns that it could be updated)::

    pip install 'cpi==2.1.0' && python scripts/build_us_cpi.py

Output: ``{"meta": {package, version, series, title, base, license, attribution, url, first,
last}, "annual": {"1990": 130.7, ...}}``.
"""

from __future__ import annotations

import datetime
import json
import warnings
from importlib.metadata import version
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "minebelt" / "data" / "us_cpi_u.json"
FIRST = 1980  #: the oldest outturn minebelt deflates is from 1990; a margin before it


def main() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # StaleDataWarning: the bundled database, not a live download, is the point
        import cpi

        series = cpi.series.get()  # CUUR0000SA0, the package's default
        annual: dict[str, float] = {}
        year = FIRST
        while True:
            try:
                idx = series.get_index_by_date(datetime.date(year, 1, 1), period_type="annual")
            except Exception:  # noqa: BLE001 (cpi raises CPIObjectDoesNotExist past the last annual average)
                break
            annual[str(year)] = float(idx.value)
            year += 1
    meta = {
        "package": "cpi",
        "version": version("cpi"),
        "series": series.id,
        "title": series.title,
        "base": "1982-84 = 100",
        "license": "BLS data: public domain (US government work); cpi package code MIT",
        "attribution": "US Bureau of Labor Statistics, CPI-U (CUUR0000SA0), annual averages, via the cpi package",
        "url": "https://www.bls.gov/cpi/",
        "first": min(annual),
        "last": max(annual),
    }
    OUT.write_text(json.dumps({"meta": meta, "annual": annual}, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(annual)} years, {meta['first']}-{meta['last']}, cpi {meta['version']})")


if __name__ == "__main__":
    main()
