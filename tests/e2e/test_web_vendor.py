"""Vendored browser libraries: what VENDOR.json records is what ships, licences included."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

STATIC = Path(__file__).resolve().parents[2] / "src" / "minebelt" / "web" / "static"
VENDORED = {"leaflet": ("leaflet", "1.9.4", "BSD-2-Clause"), "swagger-ui": ("swagger-ui-dist", "5.35.0", "Apache-2.0")}


@pytest.mark.parametrize("folder", sorted(VENDORED))
def test_vendor_record_matches_files(folder: str) -> None:
    d = STATIC / "vendor" / folder
    rec = json.loads((d / "VENDOR.json").read_text(encoding="utf-8"))
    name, ver, lic = VENDORED[folder]
    assert (rec["name"], rec["version"], rec["license"]) == (name, ver, lic)
    assert rec["integrity"].startswith("sha512-") and len(rec["shasum"]) == 40
    on_disk = sorted(str(p.relative_to(d)) for p in d.rglob("*") if p.is_file() and p.name != "VENDOR.json")
    assert sorted(rec["files"]) == on_disk
    for rel, sha in rec["files"].items():
        assert hashlib.sha256((d / rel).read_bytes()).hexdigest() == sha, rel
    assert (d / rec["license_file"]).stat().st_size > 500
