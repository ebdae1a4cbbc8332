"""Vendor iframe-worker's shim for the documentation site (rerunnable).

    python scripts/vendor_iframe_worker.py                                 # npm pack iframe-worker@1.0.4
    python scripts/vendor_iframe_worker.py --tarball iframe-worker-1.0.4.tgz

A browser refuses to start a Web Worker from a ``file://`` page, and Material for MkDocs runs
its search in one; the shim runs the worker in an iframe instead. Material's ``offline``
plugin loads the shim from a CDN unless ``extra.polyfills`` in ``mkdocs.yml`` already names a
copy, so the site names this one: opened from disk, it fetches nothing. Steps
(``scripts/vendor_npm.py``): ``npm pack``, check the pinned sha512 ``dist.integrity`` and sha1
``dist.shasum``, copy ``shim/index.js`` and ``LICENSE`` (MIT) into
``docs/assets/vendor/iframe-worker/`` and write ``VENDOR.json``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from vendor_npm import ROOT, NpmPackage, main  # noqa: E402


@dataclass(frozen=True)
class DocsNpmPackage(NpmPackage):
    """An npm package vendored into the documentation site, not the web app."""

    @property
    def dest(self) -> Path:
        return ROOT / "docs" / "assets" / "vendor" / self.folder


IFRAME_WORKER = DocsNpmPackage(
    name="iframe-worker",
    version="1.0.4",
    # npm registry dist.integrity and dist.shasum of iframe-worker@1.0.4
    integrity="sha512-roeaaI+Lg1LJNfgpCjoRe/+WzEjy9+Z08LoEvu85MCPbBjwm+qXz8Ag5U05lHa6V1CysZyGzE0SOkAtSUA5q7Q==",
    shasum="c801d9a60e346aaf7beeee62ed8a509c54e4ce94",
    license="MIT",
    license_file="LICENSE",
    homepage="https://github.com/squidfunk/iframe-worker",
    folder="iframe-worker",
    files={"shim/index.js": "shim.js", "LICENSE": "LICENSE"},
)


if __name__ == "__main__":
    sys.exit(main(IFRAME_WORKER, __doc__))
