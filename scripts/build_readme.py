#!/usr/bin/env python3
"""Regenerate the console outputs in README.md from the real commands, so they stay true.

Each generated block sits between markers::

    <!-- readme-output: minebelt estimate examples/seed-reduced-model.toml -->
    ```console
    $ minebelt estimate examples/seed-reduced-model.toml
    ...the command's real output...
    ```
    <!-- /readme-output -->

Options after the command show a long output in part: ``| lines=REGEX`` keeps the lines
matching REGEX, ``| from=REGEX`` every line from the first one matching REGEX on (lines left
out become one ``...`` line per run).

The commands run with the installed ``minebelt`` console script, from the repository root, in
a fixed 160-column terminal (what rich uses when output is piped). Usage::

    python scripts/build_readme.py            # rewrite README.md
    python scripts/build_readme.py --images   # also redraw docs/report-map.png (the report's map.png)
    python scripts/build_readme.py --check    # exit 1 and show a diff if README.md is stale
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
BLOCK = re.compile(r"(<!-- readme-output: (?P<spec>.+?) -->\n)(?P<body>.*?)(<!-- /readme-output -->)", re.S)


def console_script() -> str:
    """The installed ``minebelt`` next to this Python, else the one on PATH."""
    here = Path(sys.executable).parent / "minebelt"
    found = str(here) if here.exists() else shutil.which("minebelt")
    if not found:
        sys.exit("build_readme: the minebelt console script is not installed (pip install .)")
    return found


def run(command: str, cwd: Path = ROOT) -> str:
    """The output (stdout) of one README command, as a user would see it piped."""
    argv = shlex.split(command)
    if argv[0] != "minebelt":
        raise SystemExit(f"build_readme: only minebelt commands are run: {command!r}")
    env = {**os.environ, "COLUMNS": "160", "NO_COLOR": "1", "TERM": "dumb"}
    done = subprocess.run([console_script(), *argv[1:]], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise SystemExit(f"build_readme: {command!r} exited {done.returncode}:\n{done.stderr}")
    return "\n".join(line.rstrip() for line in done.stdout.rstrip("\n").splitlines())


def _excerpt(text: str, lines: str | None, start: str | None) -> str:
    keep = re.compile(lines) if lines else None
    out, gap, on = [], False, False
    for line in text.splitlines():
        on = on or bool(start and re.search(start, line))
        if on or (keep and keep.search(line)):
            out.append(line)
            gap = False
        elif not gap:
            out.append("...")
            gap = True
    return "\n".join(out)


def block(spec: str) -> str:
    """The fenced console block for one marker spec (``command [| lines=RE] [| from=RE]``)."""
    command, *opts = [x.strip() for x in spec.split(" | ")]
    options = dict(o.split("=", 1) for o in opts)
    text = run(command)
    if options:
        text = _excerpt(text, options.get("lines"), options.get("from"))
    return f"```console\n$ {command}\n{text}\n```\n"


def render(readme: str) -> str:
    return BLOCK.sub(lambda m: m.group(1) + block(m.group("spec")) + m.group(4), readme)


def commands(readme: str) -> list[str]:
    """Every ``$ minebelt ...`` line of the README's console blocks (comments removed)."""
    out = []
    for m in re.finditer(r"```console\n(.*?)```", readme, re.S):
        for line in m.group(1).splitlines():
            if line.startswith("$ minebelt"):
                out.append(line[2:].split("  #")[0].strip())
    return out


def redraw_map(scenario: str = "examples/eastern-flank-full.toml") -> None:
    """docs/report-map.png: the map.png of ``minebelt report SCENARIO``."""
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        run(f"minebelt report {scenario} --out {d}/report")
        shutil.copyfile(Path(d) / "report" / "map.png", ROOT / "docs" / "report-map.png")
    print(f"docs/report-map.png: redrawn from {scenario}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 with a diff if README.md is not up to date")
    ap.add_argument("--images", action="store_true", help="also redraw docs/report-map.png from a real report")
    args = ap.parse_args()
    if args.images and not args.check:
        redraw_map()
    old = README.read_text(encoding="utf-8")
    new = render(old)
    if args.check:
        if new != old:
            sys.stdout.writelines(difflib.unified_diff(old.splitlines(True), new.splitlines(True), "README.md", "regenerated"))
            print("\nREADME.md is stale: run python scripts/build_readme.py", file=sys.stderr)
            return 1
        return 0
    if new != old:
        README.write_text(new, encoding="utf-8")
        print(f"README.md: {len(BLOCK.findall(old))} outputs regenerated")
    else:
        print("README.md: up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
