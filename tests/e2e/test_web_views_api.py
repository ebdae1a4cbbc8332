"""The endpoints behind the page's further views: ``GET /api/atlas`` (``minebelt.atlas/1``),
``POST /api/compare`` (``minebelt.compare/1``), ``POST /api/extract``
(``minebelt.article-check/1``): their documents, that the atlas's figures are those of
``POST /api/estimate`` for the same side and depth, and one-line 422s naming the field.
"""

from __future__ import annotations

import tomllib

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from minebelt import settings  # noqa: E402
from minebelt.web import _data as webdata  # noqa: E402
from minebelt.web.app import create_app  # noqa: E402

needs_data = pytest.mark.skipif(not webdata.data_available(), reason="bundled border data is not built")


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> TestClient:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(settings.CACHE_DIR_ENV, str(tmp_path_factory.mktemp("atlas-cache")))
        with TestClient(create_app()) as c:
            yield c


def stated(density: str) -> dict:
    return {"name": density, "defaults": {"depth_km": 2.0, "density": density},
            "sections": [{"name": "Poland: border with Belarus", "country": "POL", "border": "BLR", "length_km": 400}]}  # fmt: skip


def one_line_422(r, *words: str) -> str:
    assert r.status_code == 422, r.text
    detail = r.json()["detail"]
    assert isinstance(detail, str) and "\n" not in detail
    for w in words:
        assert w in detail, detail
    return detail


@needs_data
def test_atlas_rows_equal_estimate_of_their_side(client: TestClient) -> None:
    r = client.get("/api/atlas", params={"country": ["EST"], "depth_km": 2, "sort": "area", "top": 3})
    assert r.status_code == 200, r.text
    doc = r.json()
    assert (
        doc["schema"] == "minebelt.atlas/1"
        and doc["countries"] == ["EST"]
        and doc["sort"] == "area"
        and doc["top"] == 3
    )
    rows = doc["borders"]
    assert len(rows) == 3 and doc["sides"] >= 3
    assert [x["belt_area_km2"] for x in rows] == sorted((x["belt_area_km2"] for x in rows), reverse=True)
    side = rows[0]
    est = client.post("/api/estimate", json={"name": "one side", "defaults": {"depth_km": 2.0, "density": "korea-peak"},
                                             "sections": [{"name": "s", "country": side["defender"], "border": side["neighbour"]}]})  # fmt: skip
    assert est.status_code == 200, est.text
    t = est.json()["totals"]
    assert t["mines"] == pytest.approx(side["mines"]["korea-peak"], rel=1e-9)
    assert t["area_km2"] == pytest.approx(side["belt_area_km2"], rel=1e-9)


@pytest.mark.parametrize(
    ("params", "words"),
    [
        # the query's one-value bounds are declared in the OpenAPI document: FastAPI names them
        ({"depth_km": 0}, ["request: query depth_km", "greater than 0"]),
        ({"depth_km": 80}, ["request: query depth_km", "50"]),
        ({"sort": "bogus"}, ["request: sort", "mines"]),
        ({"top": 0}, ["request: query top", "1"]),
        ({"model": "no-such"}, ["request: model", "korea-peak"]),
        ({"country": ["XXX"]}, ["request: country", "XXX"]),
        ({"deminers": -1}, ["request: query deminers", "greater than 0"]),
    ],
)
def test_atlas_bad_query_is_one_line(client: TestClient, params: dict, words: list[str]) -> None:
    one_line_422(client.get("/api/atlas", params=params), *words)


@needs_data
def test_atlas_work_is_bounded(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "API_GEOMETRY_BUFFERS_MAX", 0)
    one_line_422(
        client.get("/api/atlas", params={"country": ["LIE"], "depth_km": 3.3}),
        "API_GEOMETRY_BUFFERS_MAX",
        "minebelt atlas --depth 3.3",
    )


def test_compare_pinned_and_current(client: TestClient) -> None:
    r = client.post("/api/compare", json={"scenarios": [stated("korea-peak"), stated("reduced")]})
    assert r.status_code == 200, r.text
    doc = r.json()
    assert doc["schema"] == "minebelt.compare/1" and doc["baseline"] == 0 and len(doc["scenarios"]) == 2
    mines = next(f for f in doc["figures"] if f["path"] == "totals.mines")
    assert (
        mines["values"] == [9_600_000, 4_800_000]
        and mines["difference"] == [None, -4_800_000]
        and mines["ratio"] == [None, 0.5]
    )
    (att,) = doc["attribution"]
    (inp,) = att["inputs"]
    assert inp["input"] == "defaults.density" and inp["share"]["totals.mines"] == 1.0


def test_compare_bad_bodies(client: TestClient) -> None:
    one_line_422(client.post("/api/compare", json={"scenarios": [stated("korea-peak")]}), "scenarios")
    too_many = [stated("korea-peak")] * (settings.API_COMPARE_SCENARIOS_MAX + 1)
    one_line_422(client.post("/api/compare", json={"scenarios": too_many}), "scenarios", "API_COMPARE_SCENARIOS_MAX")
    bad = stated("reduced")
    bad["defaults"]["depth_km"] = 80
    one_line_422(
        client.post("/api/compare", json={"scenarios": [stated("korea-peak"), bad]}), "scenarios[1]", "depth_km"
    )


def test_extract_drafts_and_checks(client: TestClient) -> None:
    text = "A belt 2 km deep along 100 km of the border covers 200 km2."
    r = client.post("/api/extract", json={"text": text, "source": "written for the test"})
    assert r.status_code == 200, r.text
    doc = r.json()
    assert doc["schema"] == "minebelt.article-check/1" and doc["source"] == "written for the test"
    assert doc["factcheck"]["schema"] == "minebelt.factcheck/2"
    assert len(tomllib.loads(doc["claims_toml"])["claims"]) == len(doc["draft"]["claims"]) >= 3
    area = next(c for c in doc["factcheck"]["claims"] if c["unit"] == "km²")
    assert area["verdict"] == "holds" and area["stated"] == 200


def test_extract_bad_text(client: TestClient) -> None:
    one_line_422(client.post("/api/extract", json={"text": "   "}), "request: text", "empty")
    one_line_422(client.post("/api/extract", json={"text": "a\x00b"}), "request: text", "NUL")
    one_line_422(client.post("/api/extract", json={"text": "x", "bogus": 1}), "bogus")


def test_views_script_is_served_and_offline(client: TestClient) -> None:
    import re
    from pathlib import Path

    static = Path(__file__).resolve().parents[2] / "src" / "minebelt" / "web" / "static"
    assert client.get("/static/js/views.js").status_code == 200
    assert 'id="atlas-view"' in client.get("/").text
    for f in (static / "js").glob("*.js"):
        assert not re.search(r"https?://|//[a-z0-9.-]+\.[a-z]{2,}/", f.read_text(encoding="utf-8")), f.name
