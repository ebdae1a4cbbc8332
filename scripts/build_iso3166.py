"""Build ``src/minebelt/data/iso3166.json`` from the ``pycountry`` registry package.

Rerunnable, not run by CI::

    pip install pycountry && python scripts/build_iso3166.py

The file lists every ISO 3166-1 alpha-3 code with its English name, plus the
user-assigned code ``XKX`` (Kosovo), which the OpenStreetMap-derived border data
uses and which ISO has not assigned.
"""

from __future__ import annotations

import json
from importlib.metadata import version
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parents[1] / "src" / "minebelt" / "data" / "iso3166.json"

#: Codes outside ISO 3166-1 that appear in the bundled border data.
EXTRA = {"XKX": "Kosovo (user-assigned code, used by OpenStreetMap and the EU)"}


def main() -> None:
    names = {c.alpha_3: getattr(c, "common_name", c.name) for c in pycountry.countries}
    names.update(EXTRA)
    doc = {
        "source": {"package": "pycountry", "version": version("pycountry"), "license": "LGPL-2.1"},
        "extra_codes": EXTRA,
        "countries": dict(sorted(names.items())),
    }
    OUT.write_text(json.dumps(doc, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(names)} codes to {OUT}")


if __name__ == "__main__":
    main()
