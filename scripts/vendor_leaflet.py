"""Vendor Leaflet into the web app's static folder (rerunnable).

    python scripts/vendor_leaflet.py                       # npm pack leaflet@1.9.4 into a temp dir
    python scripts/vendor_leaflet.py --tarball leaflet-1.9.4.tgz   # use a tarball you already have

Steps: get the npm tarball (``npm pack``), check its sha512 against the pinned npm
``dist.integrity`` (and the sha1 ``dist.shasum``), copy ``dist/leaflet.js``,
``dist/leaflet.css``, ``dist/images/*`` and ``LICENSE`` into
``src/minebelt/web/static/vendor/leaflet/`` and write ``VENDOR.json`` (name, version,
integrity, licence). The web page loads nothing from a CDN: this folder is all it uses.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

NAME = "leaflet"
VERSION = "1.9.4"
#: npm registry ``dist.integrity`` and ``dist.shasum`` of leaflet@1.9.4.
INTEGRITY = "sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA=="
SHASUM = "23fae724e282fa25745aff82ca4d394748db7d8d"
LICENSE = "BSD-2-Clause"

ROOT = Path(__file__).resolve().parents[1]
DEST = ROOT / "src" / "minebelt" / "web" / "static" / "vendor" / "leaflet"
FILES = ("dist/leaflet.js", "dist/leaflet.css", "LICENSE")


def npm_pack(workdir: Path) -> Path:
    """``npm pack leaflet@VERSION`` into ``workdir``; returns the tarball path."""
    out = subprocess.run(
        ["npm", "pack", f"{NAME}@{VERSION}", "--json", "--pack-destination", str(workdir)],
        check=True,
        capture_output=True,
        text=True,
        cwd=workdir,
    )
    info = json.loads(out.stdout)[0]
    return workdir / info["filename"]


def verify(tarball: Path) -> str:
    blob = tarball.read_bytes()
    integrity = "sha512-" + base64.b64encode(hashlib.sha512(blob).digest()).decode()
    shasum = hashlib.sha1(blob).hexdigest()
    if integrity != INTEGRITY or shasum != SHASUM:
        raise SystemExit(f"{tarball}: checksum mismatch\n  got      {integrity} / {shasum}\n  expected {INTEGRITY} / {SHASUM}")
    return integrity


def extract(tarball: Path, workdir: Path) -> Path:
    with tarfile.open(tarball, "r:gz") as tf:
        tf.extractall(workdir, filter="data")
    pkg = workdir / "package"
    meta = json.loads((pkg / "package.json").read_text(encoding="utf-8"))
    if meta.get("name") != NAME or meta.get("version") != VERSION:
        raise SystemExit(f"{tarball}: package.json says {meta.get('name')}@{meta.get('version')}, expected {NAME}@{VERSION}")
    return pkg


def install(pkg: Path, integrity: str, dest: Path = DEST) -> None:
    if dest.exists():
        shutil.rmtree(dest)
    (dest / "images").mkdir(parents=True)
    for rel in FILES:
        shutil.copy2(pkg / rel, dest / Path(rel).name)
    for img in sorted((pkg / "dist" / "images").glob("*.png")):
        shutil.copy2(img, dest / "images" / img.name)
    files = sorted(str(p.relative_to(dest)) for p in dest.rglob("*") if p.is_file())
    record = {
        "name": NAME,
        "version": VERSION,
        "integrity": integrity,
        "shasum": SHASUM,
        "license": LICENSE,
        "license_file": "LICENSE",
        "source": f"npm pack {NAME}@{VERSION}",
        "homepage": "https://leafletjs.com/",
        "files": {f: hashlib.sha256((dest / f).read_bytes()).hexdigest() for f in files},
    }
    (dest / "VENDOR.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tarball", type=Path, help="use this leaflet-1.9.4.tgz instead of running npm pack")
    ap.add_argument("--dest", type=Path, default=DEST, help="target folder (default: the web app's static vendor folder)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="vendor-leaflet-") as tmp:
        work = Path(tmp)
        tarball = args.tarball.resolve() if args.tarball else npm_pack(work)
        integrity = verify(tarball)
        pkg = extract(tarball, work)
        install(pkg, integrity, args.dest)
    print(f"{NAME} {VERSION} ({integrity[:20]}...) -> {args.dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
