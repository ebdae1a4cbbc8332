#!/usr/bin/env python3
"""Regenerate the outputs and the figures in README.md (and docs/claims.md, docs/model.md) from the real commands.

Three kinds of marker, all HTML comments (invisible on GitHub):

1. A console block, the command's real output::

    <!-- readme-output: minebelt estimate examples/seed-reduced-model.toml -->
    ```console
    $ minebelt estimate examples/seed-reduced-model.toml
    ...the command's real output...
    ```
    <!-- /readme-output -->

   Options after the command show a long output in part: ``| lines=REGEX`` keeps the lines
   matching REGEX, ``| from=REGEX`` every line from the first one matching REGEX on (lines left
   out become one ``...`` line per run); ``| json-outline`` shows a ``--json`` document as a
   ```json block of its shape: scalars and tables of numbers as printed (``"summary": {...}``),
   every other table as its keys, a list of tables as the keys any of them has.

2. A command whose ``--json`` document the prose quotes, named once (anywhere in the file)::

    <!-- readme-command: flank = minebelt estimate examples/eastern-flank.toml --json -->

3. A figure in the prose, taken from that document::

    needs <!-- readme-value: flank totals.mines millions:1 -->124.8<!-- /readme-value --> million mines

   ``NAME PATH FORMAT``: the document of command NAME, the value at PATH, written as FORMAT.
   PATH is dotted keys and list steps: ``totals.mines``, ``by_country.UKR.length_km``,
   ``clearance.calendar_years_dist.p05``, ``scenarios[0].ratio_to_densest_per_km_front``,
   ``claims[id=s1-total-over-55-million].deviation`` (the item of a list whose ``id`` is ...).
   FORMAT (see :func:`fmt_value`): ``int`` (5,853), ``dec:N`` (71.3), ``sig:N`` (5,100),
   ``millions:N`` / ``billions:N`` (124.8), ``msig:N`` / ``bsig:N`` (millions or billions to N figures: 4.43, 10.4),
   ``count`` (the items of a list), ``pct:N`` (a share as per cent: 0.1345 as 13), ``year``
   (2026), ``date`` (2025-06-25 as 25 June 2025), ``text``, ``words`` (``does-not-hold`` as
   does not hold). A value that is missing or
   ``null`` ("not estimated") stops the build: the prose would state a figure the tool does
   not give.

The commands run with the installed ``minebelt`` console script, from the repository root, in
a fixed 160-column terminal (what rich uses when output is piped); each is run once per build.
Usage::

    python scripts/build_readme.py            # rewrite README.md and docs/claims.md
    python scripts/build_readme.py --images   # also redraw docs/report-map.png (the report's map.png)
    python scripts/build_readme.py --check    # exit 1 and show a diff if a file is stale
"""

from __future__ import annotations

import argparse
import difflib
import json
import math
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
#: Every file with markers, checked by ``--check`` (and ``tests/e2e/test_readme.py``).
FILES = (README, ROOT / "docs" / "claims.md", ROOT / "docs" / "model.md", ROOT / "docs" / "user-guide.md")
BLOCK = re.compile(r"(<!-- readme-output: (?P<spec>.+?) -->\n)(?P<body>.*?)(<!-- /readme-output -->)", re.S)
COMMAND = re.compile(r"<!-- readme-command: (?P<name>[\w-]+) = (?P<command>.+?) -->")
VALUE = re.compile(r"(<!-- readme-value: (?P<spec>.+?) -->)(?P<text>.*?)(<!-- /readme-value -->)", re.S)


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


# ----------------------------------------------------------------------------- console blocks


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


def json_outline(doc: Any) -> str:
    """A JSON document's shape, one top-level key a line: scalars and tables of plain numbers as
    they are, other tables as ``{"key", ...}``, lists of tables as ``[{"key", ...}]`` (every key
    any item has, in order of appearance)."""

    def keys(d: dict[str, Any]) -> str:
        return "{" + ", ".join(json.dumps(k) for k in d) + "}"

    def shape(v: Any) -> str:
        if isinstance(v, dict):
            if v and all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in v.values()):
                return json.dumps(v, ensure_ascii=False)
            return keys(v)
        if isinstance(v, list):
            tables = [x for x in v if isinstance(x, dict)]
            union = {k: None for t in tables for k in t}  # every key any item has, in order of appearance
            return f"[{keys(union)}]" if tables else json.dumps(v, ensure_ascii=False)
        return json.dumps(v, ensure_ascii=False)

    items = [f"{json.dumps(k)}: {shape(v)}" for k, v in doc.items()]
    return "{" + ",\n ".join(items) + "}"


def block(spec: str) -> str:
    """The fenced block for one marker spec (``command [| lines=RE] [| from=RE] [| json-outline]``)."""
    command, *opts = [x.strip() for x in spec.split(" | ")]
    if "json-outline" in opts:
        return f"```json\n{json_outline(json.loads(run(command)))}\n```\n"
    options = dict(o.split("=", 1) for o in opts)
    text = run(command)
    if options:
        text = _excerpt(text, options.get("lines"), options.get("from"))
    return f"```console\n$ {command}\n{text}\n```\n"


# ----------------------------------------------------------------------------- figures in prose

_STEP = re.compile(
    r"\[(?:(?P<index>-?\d+)|(?P<key>\w+)=(?P<value>[^\]]+)|(?P<fkey>\w+)~(?P<fvalue>[^\]]+))\]|(?P<name>[^.\[\]]+)"
)


def lookup(doc: Any, path: str) -> Any:
    """The value at ``path`` in a JSON document (see the module docstring); KeyError if absent."""
    cur = doc
    for m in _STEP.finditer(path):
        if m.group("name") is not None:
            if not isinstance(cur, dict) or m.group("name") not in cur:
                raise KeyError(f"{path}: no key {m.group('name')!r}")
            cur = cur[m.group("name")]
        elif m.group("fkey") is not None:  # every item of a list whose key is the value (then: count)
            key, value = m.group("fkey"), m.group("fvalue").strip("\"'")
            cur = [x for x in cur if isinstance(x, dict) and str(x.get(key)) == value] if isinstance(cur, list) else []
        elif m.group("index") is not None:
            i = int(m.group("index"))
            if not isinstance(cur, list) or not -len(cur) <= i < len(cur):
                raise KeyError(f"{path}: no item [{i}]")
            cur = cur[i]
        else:
            key, value = m.group("key"), m.group("value")
            found = (
                [x for x in cur if isinstance(x, dict) and str(x.get(key)) == value] if isinstance(cur, list) else []
            )
            if len(found) != 1:
                raise KeyError(f"{path}: {len(found)} items with {key} = {value!r} (need exactly one)")
            cur = found[0]
    return cur


def _sig(x: float, n: int) -> str:
    if x == 0:
        return "0"
    digits = n - 1 - math.floor(math.log10(abs(x)))
    r = round(x, digits)
    return f"{r:,.{max(digits, 0)}f}"


def fmt_value(value: Any, fmt: str) -> str:
    """One figure as the prose writes it. ``fmt``: ``int``, ``dec:N``, ``sig:N``,
    ``millions:N``, ``msig:N``, ``billions:N``, ``bsig:N``, ``pct:N``, ``year``, ``date``, ``text``, ``words``,
    ``count``."""
    kind, _, arg = fmt.partition(":")
    n = int(arg) if arg else 0
    if kind == "text":
        return str(value)
    if kind == "words":
        return str(value).replace("-", " ")
    if kind == "count":
        if not isinstance(value, list):
            raise ValueError(f"{value!r} is not a list (format count)")
        return f"{len(value):,}"
    if kind == "date":
        from datetime import date

        from babel.dates import format_date

        return format_date(date.fromisoformat(str(value)), "d MMMM y", locale="en")
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValueError(f"{value!r} is not a finite number (format {fmt})")
    if kind == "int":
        return f"{value:,.0f}"
    if kind == "dec":
        return f"{value:,.{n}f}"
    if kind == "sig":
        return _sig(float(value), n or 3)
    if kind == "millions":
        return f"{value / 1e6:,.{n}f}"
    if kind == "msig":  # in millions, to N significant figures (the tool's rule: 4.43, 10.4)
        return _sig(float(value) / 1e6, n or 3)
    if kind == "billions":
        return f"{value / 1e9:,.{n}f}"
    if kind == "bsig":  # in billions, to N significant figures (1,300; 71)
        return _sig(float(value) / 1e9, n or 3)
    if kind == "pct":
        return f"{value * 100:,.{n}f}"
    if kind == "year":
        return f"{value:.0f}"
    raise ValueError(
        f"unknown format {fmt!r} (int, dec:N, sig:N, millions:N, msig:N, billions:N, bsig:N, pct:N, year, date, text, words, count)"
    )


class Documents:
    """The ``--json`` documents of a file's named commands, each run once."""

    def __init__(self, text: str, where: str) -> None:
        self.where = where
        self.commands: dict[str, str] = {}
        for m in COMMAND.finditer(text):
            if m.group("name") in self.commands:
                raise SystemExit(f"build_readme: {where}: command {m.group('name')!r} defined twice")
            self.commands[m.group("name")] = m.group("command")
        self.docs: dict[str, Any] = {}

    def get(self, name: str) -> Any:
        if name not in self.commands:
            raise SystemExit(
                f"build_readme: {self.where}: no <!-- readme-command: {name} = ... --> (known: {', '.join(sorted(self.commands)) or 'none'})"
            )
        if name not in self.docs:
            self.docs[name] = json.loads(run(self.commands[name]))
        return self.docs[name]

    def value(self, spec: str) -> str:
        import shlex

        parts = shlex.split(spec)  # a list filter's value may hold spaces in quotes
        if len(parts) != 3:
            raise SystemExit(f"build_readme: {self.where}: readme-value {spec!r}: write NAME PATH FORMAT")
        name, path, fmt = parts
        try:
            v = lookup(self.get(name), path)
            if v is None:
                raise ValueError("null (not estimated): the prose cannot state it")
            return fmt_value(v, fmt)
        except (KeyError, ValueError) as e:
            raise SystemExit(f"build_readme: {self.where}: readme-value {spec!r}: {e}") from None


def render(text: str, where: str = "README.md", documents: dict[str, Any] | None = None) -> str:
    """``text`` with every console block and every prose figure regenerated.

    ``documents`` gives ready ``--json`` documents by command name (the tests' way to render
    without running the commands)."""
    text = BLOCK.sub(lambda m: m.group(1) + block(m.group("spec")) + m.group(4), text)
    docs = Documents(text, where)
    docs.docs.update(documents or {})
    return VALUE.sub(lambda m: m.group(1) + docs.value(m.group("spec")) + m.group(4), text)


# ----------------------------------------------------------------------------- checks used by the tests


def commands(readme: str) -> list[str]:
    """Every ``$ minebelt ...`` line of the README's console blocks (comments removed)."""
    out = []
    for m in re.finditer(r"```console\n(.*?)```", readme, re.S):
        for line in m.group(1).splitlines():
            if line.startswith("$ minebelt"):
                out.append(line[2:].split("  #")[0].strip())
    return out


_FIGURE = re.compile(r"(?<![\w.\-/])\d[\d,]*(?:\.\d+)?")


def prose_figures(text: str) -> list[str]:
    """The figures the prose states itself, outside generated markers: code (fenced and
    inline), comments, generated values, link targets and the measured Speed table left out."""
    text = text.split("\n## Speed", 1)[0]
    text = VALUE.sub(" ", text)
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
    text = re.sub(r"```.*?```", " ", text, flags=re.S)
    text = re.sub(r"`[^`]*`", " ", text)
    text = re.sub(r"\]\([^)]*\)", "]", text)
    text = re.sub(r"https?://\S+", " ", text)
    return _FIGURE.findall(text)


def redraw_map(scenario: str = "examples/eastern-flank-full.toml") -> None:
    """docs/report-map.png: the map.png of ``minebelt report SCENARIO``."""
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        run(f"minebelt report {scenario} --out {d}/report")
        shutil.copyfile(Path(d) / "report" / "map.png", ROOT / "docs" / "report-map.png")
    print(f"docs/report-map.png: redrawn from {scenario}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 with a diff if a file is not up to date")
    ap.add_argument("--images", action="store_true", help="also redraw docs/report-map.png from a real report")
    args = ap.parse_args()
    if args.images and not args.check:
        redraw_map()
    stale = []
    for path in FILES:
        name = str(path.relative_to(ROOT))
        old = path.read_text(encoding="utf-8")
        new = render(old, name)
        if new == old:
            print(f"{name}: up to date")
        elif args.check:
            sys.stdout.writelines(difflib.unified_diff(old.splitlines(True), new.splitlines(True), name, "regenerated"))
            stale.append(name)
        else:
            path.write_text(new, encoding="utf-8")
            print(f"{name}: {len(BLOCK.findall(old))} outputs and {len(VALUE.findall(old))} figures regenerated")
    if stale:
        print(f"\n{', '.join(stale)} stale: run python scripts/build_readme.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
