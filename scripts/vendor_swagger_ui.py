"""Vendor Swagger UI (npm ``swagger-ui-dist``) for the offline API docs at ``/docs`` (rerunnable).

    python scripts/vendor_swagger_ui.py                                  # npm pack swagger-ui-dist@5.35.0
    python scripts/vendor_swagger_ui.py --tarball swagger-ui-dist-5.35.0.tgz

Steps (``scripts/vendor_npm.py``): ``npm pack``, check the pinned sha512 ``dist.integrity``
and sha1 ``dist.shasum``, copy the browser bundle, its stylesheet, the favicon, ``LICENSE``
(Apache-2.0), ``NOTICE`` and the bundle's third-party licence notes into
``src/minebelt/web/static/vendor/swagger-ui/`` and write ``VENDOR.json``. FastAPI's default
``/docs`` loads Swagger UI from a CDN; ``minebelt.web.routers.docs`` serves these files instead.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from vendor_npm import NpmPackage, main  # noqa: E402

SWAGGER_UI = NpmPackage(
    name="swagger-ui-dist",
    version="5.35.0",
    # npm registry dist.integrity and dist.shasum of swagger-ui-dist@5.35.0
    integrity="sha512-U06rpMtW9V3XPGOBeamTUSr0Z09jMX4IJuANpE/EZbAhw0G8CgwrzU4YmXkn/h0wCDNsXdGarTNNHC3sU8yVUQ==",
    shasum="5c3b487ae5a2121b2c668d6f92b550707521876a",
    license="Apache-2.0",
    license_file="LICENSE",
    homepage="https://github.com/swagger-api/swagger-ui",
    folder="swagger-ui",
    files={
        "swagger-ui-bundle.js": "swagger-ui-bundle.js",
        "swagger-ui-bundle.js.LICENSE.txt": "swagger-ui-bundle.js.LICENSE.txt",
        "swagger-ui.css": "swagger-ui.css",
        "favicon-32x32.png": "favicon-32x32.png",
        "LICENSE": "LICENSE",
        "NOTICE": "NOTICE",
    },
)


if __name__ == "__main__":
    sys.exit(main(SWAGGER_UI, __doc__))
