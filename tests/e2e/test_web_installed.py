"""The web app from a wheel installed outside the source tree, as a user gets it from ``pip install .``.

Builds the wheel from a copy of the sources, installs it (``--no-deps``) into a fresh venv in a
temporary folder whose dependencies come from the running environment (a ``.pth`` line, so
the test stays offline and fast), starts ``minebelt serve`` from that venv in another temporary
folder and asks it for what needs package data: the seed fact-check, a claim naming a bundled
scenario, the page, the vendored Leaflet and Swagger UI, and ``/docs``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.error
import urllib.request
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
BUNDLED = ROOT / "src" / "minebelt" / "data" / "examples"

pytestmark = pytest.mark.slow


def test_bundled_examples_are_the_repository_examples() -> None:
    """The package's copy of ``examples/*.toml`` is identical (``python scripts/bundle_examples.py`` updates it)."""
    src = {p.name: p.read_bytes() for p in EXAMPLES.glob("*.toml")}
    pkg = {p.name: p.read_bytes() for p in BUNDLED.glob("*.toml")}
    assert "seed-claims.toml" in src
    differ = sorted(n for n in src.keys() | pkg.keys() if src.get(n) != pkg.get(n))
    assert not differ, (
        f"src/minebelt/data/examples differs from examples/ in {differ}: run python scripts/bundle_examples.py"
    )


def test_seed_claims_name_only_bundled_scenarios() -> None:
    text = (BUNDLED / "seed-claims.toml").read_text(encoding="utf-8")
    named = set(re.findall(r'scenario\s*=\s*"([^"]+)"', text))
    assert named == {"seed-korean-model.toml", "seed-reduced-model.toml"}
    assert all((BUNDLED / n).is_file() for n in named)


# ----------------------------------------------------------------------------- the installed wheel


def _setuptools_ok() -> bool:
    try:
        return int(version("setuptools").split(".")[0]) >= 77
    except (PackageNotFoundError, ValueError):
        return False


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, data: bytes | None = None) -> tuple[int, dict[str, str], bytes]:
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"} if data else {})
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory):
    work = tmp_path_factory.mktemp("installed")
    src = work / "source"
    src.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):  # LICENSE: pyproject's license-files
        shutil.copy2(ROOT / name, src / name)
    shutil.copytree(ROOT / "src", src / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "*.pyc"))
    dist = work / "dist"
    cmd = [sys.executable, "-m", "pip", "wheel", str(src), "--no-deps", "-q", "-w", str(dist)]
    if _setuptools_ok():
        cmd.append("--no-build-isolation")  # offline: the running environment's setuptools will do
    subprocess.run(cmd, check=True, capture_output=True, timeout=600)
    wheel = next(dist.glob("minebelt-*.whl"))

    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True, timeout=300)
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    py = bindir / ("python.exe" if os.name == "nt" else "python")
    subprocess.run(
        [str(py), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    # dependencies: the running environment's, after the venv's own site-packages (so the wheel wins)
    site = subprocess.run(
        [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    outer = dict.fromkeys(sysconfig.get_paths()[k] for k in ("purelib", "platlib"))
    (Path(site) / "zz_outer_env.pth").write_text("\n".join(outer) + "\n", encoding="utf-8")

    elsewhere = work / "elsewhere"
    elsewhere.mkdir()
    where = subprocess.run(
        [str(py), "-c", "import minebelt; print(minebelt.__file__)"],
        check=True,
        capture_output=True,
        text=True,
        cwd=elsewhere,
    ).stdout.strip()
    assert Path(where).resolve().is_relative_to(venv.resolve()), where  # the wheel, not the source tree

    port = _free_port()
    log = (work / "server.log").open("w")
    script = bindir / ("minebelt.exe" if os.name == "nt" else "minebelt")
    proc = subprocess.Popen(
        [str(script), "serve", "--port", str(port)], cwd=elsewhere, stdout=log, stderr=subprocess.STDOUT
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            if _get(base + "/api/info")[0] == 200:
                break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"minebelt serve did not start: {(work / 'server.log').read_text()}")
        time.sleep(0.2)
    try:
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def test_info_lists_the_bundled_examples(installed: str) -> None:
    status, _, body = _get(installed + "/api/info")
    doc = json.loads(body)
    assert status == 200
    assert sorted(doc["examples"]) == sorted(p.name for p in EXAMPLES.glob("*.toml"))
    assert doc["data_available"] is True


def test_seed_factcheck_from_the_wheel(installed: str) -> None:
    status, _, body = _get(installed + "/api/factcheck/seed")
    assert status == 200, body[:300]
    doc = json.loads(body)
    assert doc["schema"] == "minebelt.factcheck/2"
    by_id = {c["id"]: c for c in doc["claims"]}
    assert len(by_id) >= 20
    # seed 001: "Poland ... 400 km ... about 9.6 million mines" = 400 km x 2 km x 12,000 /km²
    pol = [c for c in doc["claims"] if c.get("computed") == pytest.approx(9_600_000)]
    assert pol and all(c["verdict"] == "holds" for c in pol)


def test_posted_claim_using_a_bundled_scenario(installed: str) -> None:
    claims = {
        "claims": [
            {
                "id": "pol",
                "quote": "about 9.6 million mines for Poland",
                "stated": 9_600_000,
                "unit": "mines",
                "compute": {
                    "scenario": "seed-korean-model.toml",
                    "section": "Poland: border with Belarus, 400 km",
                    "field": "mines",
                },
            }
        ]
    }
    status, _, body = _get(installed + "/api/factcheck", json.dumps(claims).encode())
    assert status == 200, body[:300]
    row = json.loads(body)["claims"][0]
    assert row["computed"] == pytest.approx(9_600_000)
    assert row["verdict"] == "holds"


def test_page_and_vendored_assets_from_the_wheel(installed: str) -> None:
    status, _, page = _get(installed + "/")
    assert status == 200 and b"/static/js/app.js" in page
    for path in (
        "/static/js/app.js",
        "/static/js/format.js",
        "/static/js/blocks.js",
        "/static/app.css",
        "/static/docs.js",
        "/static/vendor/leaflet/leaflet.js",
        "/static/vendor/swagger-ui/swagger-ui-bundle.js",
        "/static/vendor/swagger-ui/LICENSE",
    ):
        assert _get(installed + path)[0] == 200, path


def test_docs_offline_from_the_wheel(installed: str) -> None:
    status, headers, body = _get(installed + "/docs")
    assert status == 200
    html = body.decode()
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in html
    assert not re.findall(r'(?:src|href)="(?:https?:)?//', html)
    assert "script-src 'self'" in headers.get("content-security-policy", "")
    status, _, spec = _get(installed + "/openapi.json")
    assert status == 200 and "/api/estimate" in json.loads(spec)["paths"]
