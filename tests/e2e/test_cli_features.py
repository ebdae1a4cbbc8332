"""``minebelt compare``, ``minebelt extract``, ``factcheck --article`` and ``report --compare
--records`` as a user runs them: the installed console script in a subprocess.

Bad input ends in one line ``minebelt: error: ...`` on stderr, exit status 2, nothing on stdout
and nothing written.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"

ARTICLE = (
    "Lithuania is weighing a mine belt along its border with Belarus. A belt 3 km deep along a 200 km stretch "
    "would cover 600 km² and, at 5,000 mines per square kilometre, need about three million mines. "
    "Extending it to 300 km would raise the need to 4.5 million; at 2,000 mines per square kilometre "
    "the 600 km² belt would take 1.8 million mines.\n"
)


def minebelt(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    here = Path(sys.executable).parent / "minebelt"
    exe = str(here) if here.exists() else shutil.which("minebelt")
    assert exe, "the minebelt console script is not installed"
    env = {**os.environ, "COLUMNS": "160", "NO_COLOR": "1"}
    return subprocess.run([exe, *args], input=stdin, capture_output=True, text=True, timeout=900, cwd=cwd, env=env)


def _one_error_line(p: subprocess.CompletedProcess, *words: str) -> None:
    assert p.returncode == 2, (p.stdout, p.stderr)
    assert p.stdout == ""
    lines = p.stderr.strip().splitlines()
    assert lines[0].startswith("minebelt: error: ") and "Traceback" not in p.stderr
    for w in words:
        assert w in lines[0], lines[0]


def test_compare_two_files_json_and_terminal() -> None:
    a, b = str(EXAMPLES / "seed-reduced-model.toml"), str(EXAMPLES / "seed-korean-model.toml")
    p = minebelt("compare", a, b, "--json")
    assert p.returncode == 0, p.stderr
    doc = json.loads(p.stdout)
    assert doc["schema"] == "minebelt.compare/1" and len(doc["scenarios"]) == 5  # 1 + the Korean file's 4
    mines = next(r for r in doc["figures"] if r["path"] == "totals.mines")
    assert mines["values"][0] == pytest.approx(19.2e6) and mines["ratio"][1] == pytest.approx(62.4 / 19.2)
    assert doc["attribution"][0]["inputs"][0]["input"] == "defaults.density"
    t = minebelt("compare", str(EXAMPLES / "seed-korean-model.toml"))
    assert t.returncode == 0, t.stderr
    assert "A = Korean DMZ model: full replication" in t.stdout and "What explains B - A" in t.stdout
    assert "length_km" in t.stdout and "1,000 → 500" in t.stdout
    assert t.stdout.startswith(
        "Compared with A (Korean DMZ model: full replication, 62.4 million mines): B needs 81 % of the mines"
    )


def test_compare_refuses_one_scenario_and_missing_files() -> None:
    _one_error_line(
        minebelt("compare", str(EXAMPLES / "seed-reduced-model.toml")), "holds one scenario", "at least two"
    )
    _one_error_line(minebelt("compare", str(EXAMPLES / "seed-reduced-model.toml"), "no-such.toml"), "no-such.toml")


def test_extract_from_stdin_to_a_claims_file_then_factcheck(tmp_path: Path) -> None:
    out = tmp_path / "claims.toml"
    p = minebelt("extract", "-", "--out", str(out), "--source", "test article", stdin=ARTICLE)
    assert p.returncode == 0, p.stderr
    assert f"drafted to {out}" in p.stdout
    doc = tomllib.loads(out.read_text(encoding="utf-8"))
    assert doc["sources"] == ["test article: test article"]  # cited by every drafted claim
    assert {c["kind"] for c in doc["claims"]} <= {"fact", "model", "plan", "out-of-scope"}
    again = minebelt("extract", "-", "--out", str(out), stdin=ARTICLE)
    _one_error_line(again, "--out", "exists")
    printed = minebelt("extract", "-", stdin=ARTICLE)
    assert printed.returncode == 0 and printed.stdout.startswith("# Claims drafted by `minebelt extract`")


def test_factcheck_article_drafts_and_checks(tmp_path: Path) -> None:
    art = tmp_path / "article.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    p = minebelt("factcheck", "--article", str(art), "--json")
    assert p.returncode == 0, p.stderr
    doc = json.loads(p.stdout)
    assert doc["schema"] == "minebelt.factcheck/2" and doc["file"] == "article.txt"
    verdicts = {(c["unit"], json.dumps(c["stated"])): c["verdict"] for c in doc["claims"]}
    assert verdicts[("mines", "3000000.0")] == "holds"
    assert verdicts[("mines", "1800000.0")] == "does-not-hold"  # 600 km² x 2,000 is 1.2 million
    t = minebelt("factcheck", "--article", "-", stdin=ARTICLE)
    # the counts first, then the claim that does not hold, in words
    wrong = sum(c["verdict"] == "does-not-hold" for c in doc["claims"])
    assert t.returncode == 0 and t.stdout.startswith(
        f"Fact-check of standard input, {len(doc['claims'])} claims: {wrong} do"
    )
    assert ": does not hold" in t.stdout


def test_extract_and_factcheck_bad_input(tmp_path: Path) -> None:
    binary = tmp_path / "a.pdf"
    binary.write_bytes(b"%PDF-1.7\xff\xfe\x00\x01")
    _one_error_line(minebelt("extract", str(binary)), "not UTF-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    _one_error_line(minebelt("extract", str(empty)), "empty")
    _one_error_line(minebelt("extract", str(tmp_path / "missing.txt")), "missing.txt")
    _one_error_line(minebelt("extract", "-", "--out", str(tmp_path / "no" / "c.toml"), stdin=ARTICLE), "does not exist")
    assert not (tmp_path / "no").exists()
    big = tmp_path / "big.txt"
    big.write_text("mines " * 60_000, encoding="utf-8")
    _one_error_line(minebelt("extract", str(big)), "262,144 bytes", "plain-text article")
    _one_error_line(minebelt("extract", "-", stdin="mines " * 60_000), "standard input", "ARTICLE_BYTES_MAX")
    _one_error_line(minebelt("factcheck"), "give a claims file")
    _one_error_line(minebelt("factcheck", str(EXAMPLES / "seed-claims.toml"), "--article", str(empty)), "not both")


def test_report_with_compare_and_records(tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "r"
    p = minebelt("report", str(EXAMPLES / "seed-reduced-model.toml"), "--out", str(out), "--compare",
                 str(EXAMPLES / "seed-korean-model.toml"), "--records", "--pdf")  # fmt: skip
    assert p.returncode == 0, p.stderr
    names = {f.name for f in out.iterdir()}
    assert {"compare.json", "hazard-areas.csv", "report.pdf", "index.html"} <= names
    assert "hazard-areas.gpkg" not in names  # stated lengths: no polygon (the manifest says why)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert "hazard-areas.gpkg" in manifest["skipped"] and len(manifest["compared_with"]) == 4
    assert json.loads((out / "compare.json").read_text(encoding="utf-8"))["schema"] == "minebelt.compare/1"
    page = (out / "index.html").read_text(encoding="utf-8")
    assert 'id="compare"' in page and "What explains B - A" in page
    text = "\n".join(pg.extract_text() for pg in PdfReader(out / "report.pdf").pages)
    assert "Compared with other scenarios" in text
    csv_head = (out / "hazard-areas.csv").read_text(encoding="utf-8").splitlines()[0]
    assert csv_head.startswith("hazard_id,hazard_name,country,neighbour,status,hazard_type")
    assert "hazard-areas.csv,status" in (out / "data-dictionary.csv").read_text(encoding="utf-8")
    bad = minebelt(
        "report", str(EXAMPLES / "seed-reduced-model.toml"), "--out", str(tmp_path / "r2"), "--compare", "nope.toml"
    )
    _one_error_line(bad, "nope.toml")
    assert not (tmp_path / "r2").exists()
