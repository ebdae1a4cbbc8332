"""Copy the repository's ``examples/*.toml`` into the package (``src/minebelt/data/examples/``).

    python scripts/bundle_examples.py           # copy (rerunnable)
    python scripts/bundle_examples.py --check   # exit 1 if the package copy differs

``examples/`` is the source (the README's commands name it); the package carries an identical
copy so that an installed minebelt (``pip install .``, not editable) has them: the web app's
``GET /api/factcheck/seed`` checks ``seed-claims.toml`` and ``POST /api/factcheck`` may name
these scenarios. ``tests/test_web_installed.py`` holds the two folders identical.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "examples"
DEST = ROOT / "src" / "minebelt" / "data" / "examples"


def differences(src: Path = SRC, dest: Path = DEST) -> list[str]:
    """File names that are missing, extra or different in ``dest`` compared with ``src``."""
    a = {p.name: p.read_bytes() for p in src.glob("*.toml")}
    b = {p.name: p.read_bytes() for p in dest.glob("*.toml")} if dest.is_dir() else {}
    return sorted(n for n in a.keys() | b.keys() if a.get(n) != b.get(n))


def bundle(src: Path = SRC, dest: Path = DEST) -> list[str]:
    """Make ``dest`` an exact copy of ``src/*.toml``; returns the names changed."""
    changed = differences(src, dest)
    dest.mkdir(parents=True, exist_ok=True)
    for name in changed:
        s, d = src / name, dest / name
        if s.exists():
            shutil.copyfile(s, d)
        else:
            d.unlink()
    return changed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only report differences (exit 1 if any)")
    args = ap.parse_args(argv)
    if args.check:
        diff = differences()
        for n in diff:
            print(f"differs: {n}")
        return 1 if diff else 0
    changed = bundle()
    print(
        f"{len(changed)} file(s) updated in {DEST.relative_to(ROOT)}" + (f": {', '.join(changed)}" if changed else "")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
