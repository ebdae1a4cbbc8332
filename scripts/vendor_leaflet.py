"""Vendor Leaflet into the web app's static folder (rerunnable).

    python scripts/vendor_leaflet.py                       # npm pack leaflet@1.9.4 into a temp dir
    python scripts/vendor_leaflet.py --tarball leaflet-1.9.4.tgz   # use a tarball you already have

Steps (``scripts/vendor_npm.py``): get the npm tarball (``npm pack``), check its sha512
against the pinned npm ``dist.integrity`` (and the sha1 ``dist.shasum``), copy
``dist/leaflet.js``, ``dist/leaflet.css``, ``dist/images/*`` and ``LICENSE`` into
``src/minebelt/web/static/vendor/leaflet/`` and write ``VENDOR.json`` (name, version,
integrity, licence, sha256 of each file). The web page loads nothing from a CDN: this folder
is all it uses.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from vendor_npm import NpmPackage, main  # noqa: E402

IMAGES = ("layers.png", "layers-2x.png", "marker-icon.png", "marker-icon-2x.png", "marker-shadow.png")
LEAFLET = NpmPackage(
    name="leaflet",
    version="1.9.4",
    # npm registry dist.integrity and dist.shasum of leaflet@1.9.4
    integrity="sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA==",
    shasum="23fae724e282fa25745aff82ca4d394748db7d8d",
    license="BSD-2-Clause",
    license_file="LICENSE",
    homepage="https://leafletjs.com/",
    folder="leaflet",
    files={
        "dist/leaflet.js": "leaflet.js",
        "dist/leaflet.css": "leaflet.css",
        "LICENSE": "LICENSE",
        **{f"dist/images/{n}": f"images/{n}" for n in IMAGES},
    },
)


if __name__ == "__main__":
    sys.exit(main(LEAFLET, __doc__))
