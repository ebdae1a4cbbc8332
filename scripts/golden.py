#!/usr/bin/env python3
"""Record or check the golden outputs: every example's ``--json`` through the installed CLI.

The refactor of the package (issue 14) must not change any figure. This script runs the
installed ``minebelt`` console script on every bundled example and writes each JSON document,
minus the fields that legitimately change, to ``tests/e2e/golden/<case>.json``:

- ``estimate`` of every scenario file, point values and Monte Carlo (``--samples 2000 --seed 7``);
- ``calibrate`` of every scenario file, and bare (the historical barriers only);
- ``sensitivity --json -n 64 --seed 7`` of every scenario file (an example without an
  uncertain input records its one-line error and exit status instead), and the other headline
  outputs (clearance time, build cost, production time) of the uncertain examples;
- ``factcheck`` of every claims file; ``borders`` (all, and ``--country FIN``); ``models``;
- ``compare`` of the eastern flank's Korean and reduced models, of the seed file's four
  scenarios, and of the seed's Korean and reduced models;
- ``report --claims --seed 7 --pdf``: its ``result.json`` and ``manifest.json`` (the sha256
  and size of every file: the page, map, tables, GeoJSON and GeoPackage byte for byte), and
  what is reproducible of ``report.pdf``: its page count and each page's text (read back with
  pypdf, whitespace collapsed, split after each sentence; the minebelt version as ``<version>``).

Numbers compare to a relative 1e-6 (:data:`REL_TOL`): releases of GEOS, numpy and SALib move the
last bits of a buffered area or a Sobol index (shapely 2.2.0's GEOS 3.14.1 moved the Korean
belt's area by 2e-8 of itself), far below any printed figure's precision; a change of the model
moves far more. The report's files that draw the belts (:data:`GEOMETRY_FILES`: the page's map,
the GeoJSON, the GeoPackage, the PNG map) are byte-reproducible only under the GEOS release they
were recorded with (:func:`engines`, kept in the golden manifest): under another release their
hashes and sizes are left out of the comparison, and the check says so.

Volatile, left out: the minebelt version (``minebelt_version``) and the sha256 of
``report.pdf`` and its size (its bytes change with the fpdf2 release and the fonts installed;
its text and pages do not). Sensitivity runs use seed 7: SALib's
bootstrap intervals are only seeded for a non-zero seed. Paths under the repository are
written as ``<root>``. Keys keep the order the command printed them in, and the check compares it.

    python scripts/golden.py                 # record (overwrites tests/e2e/golden/)
    python scripts/golden.py --check         # compare; exit 1 and name every difference
    python scripts/golden.py --check CASE..  # only these cases

``tests/e2e/test_golden.py`` runs the check in the suite, one test per case.
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
GOLDEN = ROOT / "tests" / "e2e" / "golden"
#: Keys whose values legitimately differ between versions of minebelt.
VOLATILE = {"minebelt_version"}
#: Report files whose bytes are not reproducible (fpdf2 stamps the creation time).
UNREPRODUCIBLE = {"report.pdf"}
#: Uncertain examples: the headline outputs besides the total mines whose sensitivity is recorded.
SENSITIVITY_OUTPUTS = {
    "eastern-flank-full": ("clearance.calendar_years", "cost.total", "production.years_to_fill"),
    "korea-dmz": ("clearance.calendar_years",),
}
REPORT_CASES = ("report-result", "report-manifest", "report-pdf")
#: Relative tolerance of numbers (see the module docstring).
REL_TOL = 1e-6
#: Report files whose bytes carry belt coordinates, hence the GEOS release's last bits.
GEOMETRY_FILES = {"index.html", "belts.geojson", "belts.gpkg", "map.png"}
#: The golden manifest's key naming the geometry engine it was recorded under.
ENGINES_KEY = "recorded_with"


def minebelt() -> str:
    """The console script installed next to this Python (a venv), else the one on PATH."""
    exe = Path(sys.executable).with_name("minebelt")
    return str(exe) if exe.exists() else (shutil.which("minebelt") or "minebelt")


def scenarios() -> list[Path]:
    return sorted(p for p in EXAMPLES.glob("*.toml") if "claims" not in p.name)


def cases() -> dict[str, list[str]]:
    """Case name -> CLI arguments (paths relative to the repository root)."""
    out: dict[str, list[str]] = {}
    for p in scenarios():
        rel = str(p.relative_to(ROOT))
        out[f"estimate-{p.stem}"] = ["estimate", rel, "--json"]
        out[f"estimate-{p.stem}-samples"] = ["estimate", rel, "--json", "--samples", "2000", "--seed", "7"]
        out[f"calibrate-{p.stem}"] = ["calibrate", rel, "--json"]
        out[f"sensitivity-{p.stem}"] = ["sensitivity", rel, "--json", "-n", "64", "--seed", "7"]
        for output in SENSITIVITY_OUTPUTS.get(p.stem, ()):
            out[f"sensitivity-{p.stem}-{output.split('.')[0]}"] = [
                "sensitivity",
                rel,
                "--json",
                "-n",
                "64",
                "--seed",
                "7",
                "-o",
                output,
            ]
    out["calibrate"] = ["calibrate", "--json"]
    for p in sorted(EXAMPLES.glob("*claims*.toml")):
        out[f"factcheck-{p.stem}"] = ["factcheck", str(p.relative_to(ROOT)), "--json"]
    # compare: the article's Korean vs reduced model on measured borders; the seed file's four
    # scenarios (full vs priority fronts); the Korean model's fronts against the reduced model
    out["compare-eastern-flank"] = [
        "compare",
        "examples/eastern-flank.toml",
        "examples/eastern-flank-reduced.toml",
        "--json",
    ]
    out["compare-seed-korean-model"] = ["compare", "examples/seed-korean-model.toml", "--json"]
    out["compare-seed-models"] = [
        "compare",
        "examples/seed-korean-model.toml",
        "examples/seed-reduced-model.toml",
        "--json",
    ]
    out["borders"] = ["borders", "--json"]
    out["borders-FIN"] = ["borders", "--country", "FIN", "--json"]
    out["models"] = ["models", "--json"]
    return out


def names() -> list[str]:
    """Every case, in a stable order (the report's two documents last)."""
    return [*cases(), *REPORT_CASES]


def strip(doc: Any) -> Any:
    """``doc`` without the volatile keys, at any depth; paths under the repository as ``<root>``."""
    if isinstance(doc, dict):
        out = {k: strip(v) for k, v in doc.items() if k not in VOLATILE}
        if out.get("path") in UNREPRODUCIBLE:
            out.update({k: "(not reproducible)" for k in ("sha256", "bytes") if k in out})
        return out
    if isinstance(doc, list):
        return [strip(v) for v in doc]
    if isinstance(doc, str):
        return doc.replace(str(ROOT), "<root>")
    return doc


def run(args: list[str]) -> Any:
    """The JSON document a command prints; a command that fails gives its exit status and stderr."""
    r = subprocess.run([minebelt(), *args], cwd=ROOT, capture_output=True, text=True, timeout=900)
    if r.returncode:
        return {"exit_status": r.returncode, "stderr": r.stderr.strip()}
    return json.loads(r.stdout)


def report_documents() -> dict[str, Any]:
    """``result.json`` and ``manifest.json`` of one report (every block, claims, sensitivity, PDF)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report"
        args = [
            "report",
            "examples/eastern-flank-full.toml",
            "--out",
            str(out),
            "--claims",
            "examples/seed-claims.toml",
            "--seed",
            "7",
            "--pdf",
        ]
        r = subprocess.run([minebelt(), *args], cwd=ROOT, capture_output=True, text=True, timeout=900)
        if r.returncode:
            failed = {"exit_status": r.returncode, "stderr": r.stderr.strip()}
            return {name: failed for name in REPORT_CASES}
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        return {
            "report-result": json.loads((out / "result.json").read_text(encoding="utf-8")),
            "report-manifest": {**manifest, ENGINES_KEY: engines()},
            "report-pdf": pdf_document(out / "report.pdf"),
        }


def engines() -> dict[str, str]:
    """The GEOS release of the Python that runs the installed ``minebelt`` (its shebang's)."""
    first = Path(minebelt()).read_text(encoding="utf-8", errors="replace").splitlines()[0]
    python = first[2:].strip() if first.startswith("#!") else sys.executable
    code = "import shapely; print(shapely.geos_version_string)"
    r = subprocess.run([python, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    return {"geos": r.stdout.strip()}


def pdf_document(path: Path) -> dict[str, Any]:
    """What is reproducible of a PDF: its page count, each page's size (pt) and text
    (whitespace collapsed, one item per sentence, the minebelt version as ``<version>``)."""
    import re

    from pypdf import PdfReader  # the test extra (pip install ".[test]")

    reader = PdfReader(str(path))
    version = re.compile(r"(minebelt )\d+\.\d+\.\d+\S*")
    pages = []
    for page in reader.pages:
        text = version.sub(r"\1<version>", " ".join((page.extract_text() or "").split()))
        size = [round(float(page.mediabox.width)), round(float(page.mediabox.height))]
        pages.append({"size_pt": size, "text": [t for t in re.split(r"(?<=[.;:!?])\s+", text) if t]})
    return {"pages": len(pages), "page": pages}


def documents(only: list[str] | None = None, workers: int = 2) -> dict[str, Any]:
    """The (stripped) documents of ``only`` (default: every case), two commands at a time."""
    table = cases()
    wanted = only or names()
    unknown = [n for n in wanted if n not in table and n not in REPORT_CASES]
    if unknown:
        raise SystemExit(f"unknown case(s): {', '.join(unknown)} (known: {', '.join(names())})")
    jobs = [n for n in wanted if n in table]
    with ThreadPoolExecutor(workers) as pool:
        report = pool.submit(report_documents) if any(n in REPORT_CASES for n in wanted) else None
        docs = dict(zip(jobs, pool.map(lambda n: run(table[n]), jobs), strict=True))
        if report is not None:
            docs.update({k: v for k, v in report.result().items() if k in wanted})
    return {n: strip(docs[n]) for n in wanted}


def diff(a: Any, b: Any, path: str = "") -> list[str]:
    """Every difference between two JSON values (golden ``a``, new ``b``), one line each;
    the order of keys counts too (the documents are written in the order they are built)."""
    if isinstance(a, float) and isinstance(b, float):
        return [] if math.isclose(a, b, rel_tol=REL_TOL, abs_tol=1e-12) else [f"{path or '.'}: {a!r} != {b!r}"]
    if type(a) is not type(b):
        return [f"{path or '.'}: {a!r} != {b!r}"[:300]]
    if isinstance(a, dict):
        out = [f"{path}.{k}: only in golden" for k in sorted(a.keys() - b.keys())]
        out += [f"{path}.{k}: only in new" for k in sorted(b.keys() - a.keys())]
        if not out and list(a) != list(b):
            out.append(f"{path or '.'}: keys in another order: {list(b)} (golden: {list(a)})"[:300])
        for k in a:
            if k in b:
                out += diff(a[k], b[k], f"{path}.{k}")
        return out
    if isinstance(a, list):
        if len(a) != len(b):
            return [f"{path}: {len(a)} items != {len(b)}"]
        return [d for i, (x, y) in enumerate(zip(a, b, strict=True)) for d in diff(x, y, f"{path}[{i}]")]
    return [] if a == b else [f"{path or '.'}: {a!r} != {b!r}"[:300]]


def golden(name: str) -> Any:
    p = GOLDEN / f"{name}.json"
    return json.loads(p.read_text(encoding="utf-8")) if p.exists() else None


def check(name: str, doc: Any) -> list[str]:
    """The differences of one case's new document from its golden file (empty: unchanged)."""
    want = golden(name)
    if want is None:
        return [f"{name}: no golden file {GOLDEN.relative_to(ROOT)}/{name}.json"]
    new = json.loads(json.dumps(doc))
    note = []
    if name == "report-manifest" and isinstance(want, dict) and isinstance(new, dict):
        if want.get(ENGINES_KEY) != new.get(ENGINES_KEY):
            want, new = _without_geometry_bytes(want), _without_geometry_bytes(new)
            note = [
                f"(note) {name}: GEOS {new.get(ENGINES_KEY)} != recorded {want.get(ENGINES_KEY)}: hashes of {', '.join(sorted(GEOMETRY_FILES))} not compared"
            ]
            want.pop(ENGINES_KEY, None), new.pop(ENGINES_KEY, None)
    problems = [f"{name}: {d}" for d in diff(want, new)]
    if note and not problems:
        print(note[0], file=sys.stderr)
    return problems


def _without_geometry_bytes(manifest: dict[str, Any]) -> dict[str, Any]:
    """``manifest`` with the sha256 and size of :data:`GEOMETRY_FILES` left out."""
    files = [
        {k: v for k, v in f.items() if not (f.get("path") in GEOMETRY_FILES and k in ("sha256", "bytes"))}
        for f in manifest.get("files", [])
    ]
    return {**manifest, "files": files}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with tests/e2e/golden/ instead of recording")
    ap.add_argument("cases", nargs="*", help="only these cases (default: all)")
    a = ap.parse_args()
    docs = documents(a.cases or None)
    if not a.check:
        GOLDEN.mkdir(parents=True, exist_ok=True)
        for name, doc in docs.items():
            (GOLDEN / f"{name}.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        failed = [n for n, d in docs.items() if isinstance(d, dict) and "exit_status" in d]
        print(
            f"recorded {len(docs)} golden outputs in {GOLDEN.relative_to(ROOT)}"
            + (f"; exit status != 0 (recorded as such): {', '.join(failed)}" if failed else "")
        )
        return 0
    bad = [d for name, doc in docs.items() for d in check(name, doc)]
    print("\n".join(bad) if bad else f"{len(docs)} golden outputs unchanged")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
