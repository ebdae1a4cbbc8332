"""Hostile input and load on the web API (issue 13).

- every malformed request is a 4xx naming the field, never a 500 (probe classes through
  the test client; hypothesis: any JSON body to each POST endpoint; schemathesis against
  the OpenAPI schema, which declares the limits);
- the Host header allow-list;
- the bounded worker pool: 503 with Retry-After when saturated, cancellation when the
  client leaves (unit-level on the middleware, and end to end against ``uvicorn``);
- the connection stays alive after an error.
"""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402
from hypothesis import HealthCheck, given  # noqa: E402
from hypothesis import settings as hsettings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from minebelt import settings  # noqa: E402
from minebelt.web import _data as webdata  # noqa: E402
from minebelt.web.app import create_app  # noqa: E402
from minebelt.web.guard import API_JSON_DEPTH_MAX, WorkLimiter  # noqa: E402
from minebelt.web.rules import RULES  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
HAS_DATA = webdata.data_available()
needs_data = pytest.mark.skipif(not HAS_DATA, reason="bundled border data not built")


@pytest.fixture(scope="module", autouse=True)
def _examples():
    with pytest.MonkeyPatch.context() as mp:
        if webdata.examples_dir() is None:
            mp.setattr(webdata, "examples_dir", lambda: EXAMPLES)
        yield


@pytest.fixture(scope="module")
def client(_examples) -> TestClient:
    with TestClient(create_app(), raise_server_exceptions=False) as c:
        yield c


def stated(**section: object) -> dict:
    return {
        "name": "t",
        "defaults": {"depth_km": 2, "density": "korea-peak"},
        "sections": [{"name": "p", "country": "POL", "border": "BLR", "length_km": 400, **section}],
    }


def with_line(doc: object, key: str = "line") -> dict:
    sec = {"name": "u", "country": "FIN", key: doc}
    sec.update({"side": "left"} if key == "line" else {"border": "RUS"})
    return {"name": "t", "defaults": {"depth_km": 2, "density": 100}, "sections": [sec]}


def claim(compute: object, **extra: object) -> dict:
    return {"claims": [{"id": "a", "quote": "q", "stated": extra.pop("stated", 1), "compute": compute, **extra}]}


LINE = {"type": "LineString", "coordinates": [[28.0, 61.0], [28.0, 61.5]]}

# body: a dict sent as JSON, or raw text (for NaN and deep nesting, which json= cannot send)
PROBE = {
    "NaN depth": (
        "/api/estimate",
        '{"name":"t","defaults":{"depth_km":NaN,"density":"korea-peak"},"sections":[{"name":"p","country":"POL","border":"BLR","length_km":400}]}',
        ["depth_km", "finite"],
    ),
    "Infinity length": (
        "/api/estimate",
        '{"name":"t","defaults":{"depth_km":2,"density":1},"sections":[{"name":"p","country":"POL","border":"BLR","length_km":Infinity}]}',
        ["length_km", "finite"],
    ),
    "NaN from_km": (
        "/api/estimate",
        '{"name":"t","defaults":{"depth_km":2,"density":1},"sections":[{"name":"p","country":"POL","border":"BLR","from_km":NaN}]}',
        ["from_km", "finite"],
    ),
    "infinite interval": ("/api/estimate", stated(depth_km="-1e999 to 1e999"), ["depth_km", "finite"]),
    "infinite cost": (
        "/api/estimate",
        {**stated(), "cost": {"laying_cost_per_km2": "1 to 1e999"}},
        ["cost.laying_cost_per_km2", "finite"],
    ),
    "boolean length": ("/api/estimate", stated(length_km=True), ["length_km", "boolean"]),
    "boolean start_year": (
        "/api/estimate",
        {**stated(), "production": {"start_year": True}},
        ["start_year", "boolean"],
    ),
    "neighbour twice": (
        "/api/estimate",
        stated(country="LVA", border="RUS+RUS"),
        ["border", "RUS listed more than once"],
    ),
    "misspelt key": ("/api/estimate", {**stated(), "sectoins": []}, ["did you mean 'sections'?"]),
    "long name": ("/api/estimate", stated(name="x" * (settings.NAME_CHARS_MAX + 1)), ["name", "NAME_CHARS_MAX"]),
    "escape code in name": ("/api/estimate", stated(name="a\x1b[2Jb"), ["name", "U+001B"]),
    "features not objects": (
        "/api/estimate",
        with_line({"type": "FeatureCollection", "features": [5]}),
        ["line", "features[0]"],
    ),
    "features not a list": (
        "/api/estimate",
        with_line({"type": "FeatureCollection", "features": 5}),
        ["line", "features"],
    ),
    "crs as text": ("/api/estimate", with_line({**LINE, "crs": "EPSG:3857"}), ["line", "crs"]),
    "projected crs": (
        "/api/estimate",
        with_line({**LINE, "crs": {"type": "name", "properties": {"name": "EPSG:3857"}}}),
        ["line", "EPSG:4326"],
    ),
    "mask a line": ("/api/estimate", with_line(LINE, "mask"), ["mask", "Polygon"]),
    "too many vertices": (
        "/api/estimate",
        with_line(
            {
                "type": "LineString",
                "coordinates": [[28.0, 61.0 + i * 1e-6] for i in range(settings.LINE_VERTICES_MAX + 1)],
            }
        ),
        ["line", "LINE_VERTICES_MAX"],  # (or the body cap, 413, whichever comes first)
    ),
    "nested 600 deep": ("/api/estimate", '{"name":"t","x":' + "[" * 600 + "]" * 600 + "}", ["API_JSON_DEPTH_MAX"]),
    "a million [": ("/api/estimate", "[" * 1_000_000, ["API_JSON_DEPTH_MAX"]),
    "max()": ("/api/factcheck", claim({"expr": "max()"}), ["expr", "two or more"]),
    "round(1, 2.5)": ("/api/factcheck", claim({"expr": "round(1, 2.5)"}), ["expr", "round"]),
    "50,000 terms": ("/api/factcheck", claim({"expr": "+".join(["1"] * 50_000)}), ["expr", "EXPR_CHARS_MAX"]),
    "50,000 unary minus": ("/api/factcheck", claim({"expr": "-" * 50_000 + "1"}), ["expr", "EXPR_CHARS_MAX"]),
    "300 unary minus": ("/api/factcheck", claim({"expr": "-" * 300 + "1"}), ["expr", "EXPR_NODES_MAX"]),
    "overflow": ("/api/factcheck", claim({"expr": "1e308 * 10"}), ["expr", "overflows"]),
    "members: 5": ("/api/factcheck", claim({"members": 5, "of": "NATO"}), ["members"]),
    "of: a list": ("/api/factcheck", claim({"members": ["POL"], "of": ["NATO"]}), ["of"]),
    "refs: [1, 2]": ("/api/factcheck", claim({"expr": "a", "refs": [1, 2]}), ["refs"]),
    "range of two dates": (
        "/api/factcheck",
        claim({"range": [{"date": "WITHDRAWAL_DEPOSIT_FIN"}, {"date": "WITHDRAWAL_DEPOSIT_FIN"}]}),
        ["range"],
    ),
    "date: a list": ("/api/factcheck", claim({"date": ["x"]}), ["date"]),
    "NaN stated": (
        "/api/factcheck",
        '{"claims":[{"id":"a","quote":"q","stated":NaN,"compute":{"expr":"1"}}]}',
        ["stated"],
    ),
    "a date claim stating ':'": (
        "/api/factcheck",
        claim({"date": "POLAND_SEJM_VOTE"}, stated=":"),
        ["stated", "date such as"],
    ),  # a 500 before
    "NaN tolerance": (
        "/api/factcheck",
        '{"claims":[{"id":"a","quote":"q","stated":1,"tolerance":NaN,"compute":{"expr":"1"}}]}',
        ["tolerance"],
    ),
    "samples x sections": (
        f"/api/estimate?samples={settings.API_SAMPLES_MAX}",
        {
            **stated(),
            "sections": [
                {"name": f"s{i}", "country": "POL", "border": "BLR", "length_km": 1}
                for i in range(settings.API_SAMPLE_SECTIONS_MAX // settings.API_SAMPLES_MAX + 1)
            ],
        },
        ["API_SAMPLE_SECTIONS_MAX", "use at most"],
    ),
    "geometry budget": (
        "/api/estimate",
        {
            "name": "t",
            "defaults": {"depth_km": "1 to 3", "density": 1},
            "sections": [
                {"name": f"s{i}", "country": "POL", "border": "BLR", "from_km": i, "to_km": i + 10}
                for i in range(settings.API_GEOMETRY_BUFFERS_MAX // 10 + 1)
            ],
        },
        ["API_GEOMETRY_BUFFERS_MAX"],
    ),
}


@pytest.mark.parametrize("case", list(PROBE))
def test_malformed_request_is_4xx_naming_the_field(client: TestClient, case: str) -> None:
    url, body, needles = PROBE[case]
    if isinstance(body, str):
        r = client.post(url, content=body.encode(), headers={"content-type": "application/json"})
    else:
        r = client.post(url, json=body)
    if r.status_code == 413:  # the body cap came first: also a clean refusal
        assert "API_BODY_BYTES_MAX" in r.json()["detail"]
        return
    assert r.status_code == 422, (r.status_code, r.text[:500])
    detail = r.json()["detail"]
    assert detail.startswith("request:") and "\n" not in detail and len(detail) < 2000
    for n in needles:
        assert n in detail, (n, detail)


# ----------------------------------------------------------------------------- any JSON body

_leaf = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
    | st.sampled_from(
        [
            "",
            "nan",
            "1 to 1e999",
            "-1e999 to 1e999",
            "6000 to 12000",
            "2 to 1",
            "korea-peak",
            "POL",
            "RUS+RUS",
            "\x1b[2J",
            "=1+1",
            "max()",
            "claim:a",
            "const:NOPE",
            "border:FIN-RUS:length_km",
        ]
    )
)
_json = st.recursive(
    _leaf,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20,
)

VALID_SCENARIO = {
    "name": "fuzz",
    "source": "s",
    "defaults": {"depth_km": "1.5 to 2.5", "density": "korea-peak", "along_water": "skip"},
    "parameters": {"L": "100 to 200"},
    "sections": [
        {
            "name": "a",
            "country": "POL",
            "border": "BLR",
            "length_km": {"param": "L"},
            "density": {"uniform": [5000, 7000]},
        },
        {
            "name": "b",
            "country": "EST+LVA",
            "border": "RUS",
            "length_km": 300,
            "depth_km": {"triangular": [1, 2, 3]},
            "density_per_km_front": 10000,
        },
        {
            "name": "c",
            "country": "FIN",
            "line": {"type": "Feature", "properties": {}, "geometry": LINE},
            "side": "left",
            "depth_km": 1.0,
        },
    ],
    "production": {
        "start_year": 2026,
        "capacity": [
            {
                "producer": "p",
                "country": "POL",
                "scope": "anti-personnel",
                "year": 2026,
                "source": "s",
                "mines_per_year": {"uniform": [100000, 1200000]},
            }
        ],
        "ramp_up_years": 2,
    },
    "cost": {"currency": "USD", "laying_cost_per_km2": "1000 to 2000", "fence_cost_per_km": 300000},
    "clearance": {"working_days_per_year": 200, "deminers": "500 to 2000", "productivity_m2_per_deminer_day": 20},
}
VALID_CLAIMS = {
    "title": "fuzz",
    "claims": [
        {
            "id": "a",
            "quote": "q",
            "stated": 1.6,
            "unit": "km",
            "compute": {"expr": "round(m * 2, 1) / 2", "refs": {"m": "const:KM_PER_MILE"}},
        },
        {
            "id": "b",
            "quote": "q",
            "stated": [1, 3],
            "qualifier": "about",
            "tolerance": 0.1,
            "compute": {"range": [{"expr": "1"}, {"expr": "max(2, 3)"}]},
        },
        {"id": "c", "quote": "q", "stated": 2, "compute": {"members": ["POL", "FIN"], "of": "NATO"}},
        {
            "id": "d",
            "quote": "q",
            "stated": "2025-06",
            "qualifier": "after",
            "compute": {"date": "WITHDRAWAL_DEPOSIT_FIN"},
        },
        {"id": "e", "quote": "q", "stated": 2, "compute": {"expr": "x", "refs": {"x": "claim:c"}}},
        {
            "id": "f",
            "quote": "q",
            "stated": 9600000,
            "compute": {"scenario": "seed-korean-model.toml", "field": "mines"},
        },
    ],
}


def _paths(node: object, prefix: tuple = ()) -> list[tuple]:
    out = [prefix] if prefix else []
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, prefix + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _paths(v, prefix + (i,))
    return out


def _mutate(doc: object, path: tuple, value: object, add_key: str | None) -> object:
    import copy

    doc = copy.deepcopy(doc)
    node = doc
    for k in path[:-1]:
        node = node[k]
    if add_key is not None and isinstance(node, dict):
        node[add_key] = value
    else:
        node[path[-1]] = value
    return doc


def _json_text(body: object) -> bytes:
    return json.dumps(body, allow_nan=True).encode()  # NaN/Infinity as Python's json sends them


def _check(r) -> None:
    assert r.status_code < 500 or (r.status_code == 503 and not HAS_DATA), (r.status_code, r.text[:500])
    if r.status_code >= 400:
        detail = r.json()["detail"]
        assert detail.startswith("request") and "\n" not in detail, detail


def test_fuzz_bases_are_valid(client: TestClient) -> None:
    assert client.post("/api/factcheck", json=VALID_CLAIMS).status_code == 200
    r = client.post("/api/estimate?samples=200", json=VALID_SCENARIO)
    assert r.status_code == 200 or (r.status_code == 503 and not HAS_DATA), r.text


@given(
    path=st.sampled_from(_paths(VALID_SCENARIO)),
    value=_json,
    add_key=st.none() | st.sampled_from(["x", "depht_km", "sectoins"]),
    samples=st.none() | st.integers(-5, 3000),
)
@pytest.mark.slow
@hsettings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
def test_any_value_anywhere_in_a_scenario_is_never_5xx(
    client: TestClient, path: tuple, value: object, add_key: str | None, samples: int | None
) -> None:
    body = _mutate(VALID_SCENARIO, path, value, add_key)
    url = "/api/estimate" + ("" if samples is None else f"?samples={samples}")
    _check(client.post(url, content=_json_text(body), headers={"content-type": "application/json"}))


@pytest.mark.slow
@given(
    path=st.sampled_from(_paths(VALID_CLAIMS)), value=_json, add_key=st.none() | st.sampled_from(["x", "refs", "of"])
)
@hsettings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
def test_any_value_anywhere_in_claims_is_never_5xx(
    client: TestClient, path: tuple, value: object, add_key: str | None
) -> None:
    body = _mutate(VALID_CLAIMS, path, value, add_key)
    _check(client.post("/api/factcheck", content=_json_text(body), headers={"content-type": "application/json"}))


@given(body=_json)
@hsettings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
def test_any_json_body_is_never_5xx(client: TestClient, body: object) -> None:
    for url in ("/api/estimate", "/api/factcheck"):
        _check(client.post(url, content=_json_text(body), headers={"content-type": "application/json"}))


# ----------------------------------------------------------------------------- degenerate geometry (issue 20)

_grid = st.tuples(st.integers(0, 4), st.integers(0, 8)).map(lambda ij: [23.5 + 0.025 * ij[0], 52.95 + 0.025 * ij[1]])


@st.composite
def _lines(draw) -> dict:
    """Random lines on a coarse grid near the Polish-Belarusian border: repeated points, zero
    length, spikes, crossings; sometimes cut into a MultiLineString (parts that join, parts
    that do not, empty parts)."""
    pts = draw(st.lists(_grid, min_size=0, max_size=8))
    if draw(st.booleans()) or len(pts) < 2:
        return {"type": "LineString", "coordinates": pts}
    cuts = sorted(draw(st.sets(st.integers(1, len(pts) - 1), max_size=3)))
    parts, last = [], 0
    for c in cuts:
        parts.append(pts[last : c + (1 if draw(st.booleans()) else 0)])  # shared joint or a gap
        last = c
    parts.append(pts[last:])
    if draw(st.booleans()):
        parts.insert(draw(st.integers(0, len(parts))), [])
    return {"type": "MultiLineString", "coordinates": parts}


@st.composite
def _masks(draw) -> dict:
    """Random rings on the same grid: bowties, flat and unclosed rings, holes outside."""
    ring = draw(st.lists(_grid, min_size=0, max_size=7))
    if ring and draw(st.integers(0, 4)):
        ring = ring + [ring[0]]  # closed, mostly
    rings = [ring]
    if draw(st.booleans()):
        rings.append(draw(st.lists(_grid, min_size=4, max_size=5)))
    if draw(st.booleans()):
        return {
            "type": "MultiPolygon",
            "coordinates": [
                rings,
                draw(st.sampled_from([[], [[[23.0, 52.5], [23.2, 52.5], [23.2, 52.7], [23.0, 52.5]]]])),
            ],
        }
    return {"type": "Polygon", "coordinates": rings}


_SQUARE = {"type": "Polygon", "coordinates": [[[23.4, 52.8], [23.7, 52.8], [23.7, 53.2], [23.4, 53.2], [23.4, 52.8]]]}
_LINE = {"type": "LineString", "coordinates": [[23.55, 52.9], [23.55, 53.15]]}


def _geometry_scenario(line: dict, mask: dict | None) -> dict:
    sec = {"name": "p", "country": "POL", "border": "BLR", "line": line, "side": "left"}
    if mask is not None:
        sec["mask"] = mask
    return {"name": "t", "defaults": {"depth_km": 2, "density": 100}, "sections": [sec]}


@needs_data
@given(line=_lines() | st.just(_LINE), mask=st.none() | _masks() | st.just(_SQUARE))
@hsettings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_degenerate_lines_and_masks_never_fail_estimate(line: dict, mask: dict | None) -> None:
    """Through the Python API: a figure, or one InputError line naming the section and the field."""
    import math

    from minebelt import InputError, estimate
    from minebelt.scenario import scenario_from_dict

    try:
        res = estimate(scenario_from_dict(_geometry_scenario(line, mask), label="t.toml"))
    except InputError as e:
        msg = str(e)
        assert (
            "\n" not in msg and msg.startswith("t.toml: sections[0] 'p': ") and (": line" in msg or ": mask" in msg)
        ), msg
        return
    area = res.document["sections"][0]["area_km2"]
    assert math.isfinite(area) and area >= 0


@needs_data
@given(line=_lines() | st.just(_LINE), mask=st.none() | _masks() | st.just(_SQUARE))
@hsettings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_degenerate_lines_and_masks_never_500(client: TestClient, line: dict, mask: dict | None) -> None:
    """Through the web app: 200, or 422 with one line naming the section and the field."""
    r = client.post("/api/estimate?belts=false", json=_geometry_scenario(line, mask))
    assert r.status_code in (200, 422), (r.status_code, r.text[:500])
    if r.status_code == 422:
        detail = r.json()["detail"]
        assert (
            "\n" not in detail
            and detail.startswith("request: sections[0] 'p': ")
            and (": line" in detail or ": mask" in detail)
        ), detail


ROUND_TWO = {
    "two identical points": (
        with_line({"type": "LineString", "coordinates": [[23.5, 53], [23.5, 53]]}),
        ["line", "zero length"],
    ),
    "three identical points": (
        with_line({"type": "LineString", "coordinates": [[23.5, 53]] * 3}),
        ["line", "zero length"],
    ),
    "bowtie mask": (
        with_line(
            {"type": "Polygon", "coordinates": [[[23, 52.5], [24, 53.5], [24, 52.5], [23, 53.5], [23, 52.5]]]}, "mask"
        ),
        ["mask", "bowtie"],
    ),
    "4,000-vertex zigzag": (
        with_line(
            {"type": "LineString", "coordinates": [[23.5 + (i % 2) * 0.01, 54.0 - i * 1e-5] for i in range(4000)]}
        ),
        ["line", "GEOMETRY_WORK_MAX"],
    ),
    "depth 50.0000001": (stated(depth_km=50.0000001), ["depth_km = 50.0000001", "(0, 50]"]),
    "injection in a claim": (claim({"expr": "__import__('os').system('id')"}), ["expr", "only numbers"]),
}


@needs_data
@pytest.mark.parametrize("case", list(ROUND_TWO))
def test_round_two_cases_are_422(client: TestClient, case: str) -> None:
    body, needles = ROUND_TWO[case]
    url = "/api/factcheck" if "claims" in body else "/api/estimate"
    r = client.post(url, json=body)
    assert r.status_code == 422, (r.status_code, r.text[:500])
    detail = r.json()["detail"]
    assert "\n" not in detail and all(n in detail for n in needles), detail


# ----------------------------------------------------------------------------- Host allow-list


@pytest.mark.parametrize(
    ("host", "ok"),
    [
        ("127.0.0.1:8000", True),
        ("localhost", True),
        ("LOCALHOST:1", True),
        ("[::1]:8000", True),
        ("localhost.", True),
        ("evil.example", False),
        ("127.0.0.1.evil.example:8000", False),
        ("", False),
        # parsed as RFC 9110 Host = uri-host [":" port], not cut at the first colon
        ("localhost:1@evil.com", False),
        ("localhost:80:80", False),
        ("evil.com#@localhost", False),
        ("localhost%2F", False),
        ("local host", False),
    ],  # fmt: skip
)
def test_host_allow_list(monkeypatch: pytest.MonkeyPatch, host: str, ok: bool) -> None:
    monkeypatch.delenv("MINEBELT_ALLOW_HOSTS", raising=False)
    with TestClient(create_app()) as c:
        r = c.get("/api/info", headers={"host": host})
        if ok:
            assert r.status_code == 200
        else:
            assert r.status_code == 400 and "Host header" in r.json()["detail"] and "--allow-host" in r.json()["detail"]
        assert c.get("/", headers={"host": host}).status_code == (200 if ok else 400)


def test_allow_host_option_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MINEBELT_ALLOW_HOSTS", raising=False)
    with TestClient(create_app(allowed_hosts=["minebelt.lan"])) as c:
        assert c.get("/api/info", headers={"host": "minebelt.lan:8000"}).status_code == 200
        assert c.get("/api/info", headers={"host": "other.lan"}).status_code == 400
    monkeypatch.setenv("MINEBELT_ALLOW_HOSTS", "a.lan, b.lan")
    with TestClient(create_app()) as c:
        assert c.get("/api/info", headers={"host": "b.lan"}).status_code == 200


# ----------------------------------------------------------------------------- OpenAPI


def test_openapi_declares_the_limits(client: TestClient) -> None:
    doc = client.get("/openapi.json").json()
    limits = doc["x-minebelt-limits"]
    assert (
        limits["API_SAMPLES_MAX"] == settings.API_SAMPLES_MAX
        and limits["API_SAMPLE_SECTIONS_MAX"] == settings.API_SAMPLE_SECTIONS_MAX
    )
    assert (
        limits["API_BODY_BYTES_MAX"] == settings.API_BODY_BYTES_MAX
        and limits["API_JSON_DEPTH_MAX"] == API_JSON_DEPTH_MAX
    )
    op = doc["paths"]["/api/estimate"]["post"]
    samples = next(p for p in op["parameters"] if p["name"] == "samples")
    assert json.dumps(samples["schema"]).count(str(settings.API_SAMPLES_MAX)) >= 1
    ref = op["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
    scenario = doc["components"]["schemas"][ref]
    assert scenario["properties"]["sections"]["maxItems"] == settings.API_SECTIONS_MAX
    assert scenario["properties"]["name"]["maxLength"] == settings.NAME_CHARS_MAX
    for path, ops in doc["paths"].items():
        if path.startswith("/api/"):
            for method, o in ops.items():
                assert {"400", "422", "503"} <= set(o["responses"]), (method, path)
                assert "Retry-After" in o["responses"]["503"]["headers"]


schemathesis = pytest.importorskip("schemathesis")
from schemathesis.specs.openapi.checks import positive_data_acceptance  # noqa: E402

_schema = schemathesis.openapi.from_asgi("/openapi.json", create_app())


@pytest.mark.slow
@_schema.parametrize()
@hsettings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_schemathesis_with_declared_limits(case) -> None:
    """Every check of schemathesis: responses conform to the schema (status codes, content
    types, headers, bodies), schema-invalid requests -- beyond a declared limit -- are refused,
    and schema-valid requests are accepted: the schema states every bound the server enforces.
    A schema-valid request may be refused (422) only by a rule JSON Schema cannot express (a
    relation between fields, the bundled data, an expression's meaning), each declared under
    ``x-minebelt-rules`` and named by its ``detail`` (:mod:`minebelt.web.rules`)."""
    if (
        case.path == "/api/estimate"
        and case.query
        and isinstance(case.query.get("samples"), int)
        and case.query["samples"] > 2000
    ):
        case.query["samples"] = 2000  # keep the run short; the caps are tested above
    if not HAS_DATA:
        return
    response = case.call()
    case.validate_response(response, excluded_checks=[positive_data_acceptance])
    if case.meta.generation.mode.is_positive and response.status_code == 422:
        detail = response.json()["detail"]
        assert any(marker in detail for _, _, marker in RULES), (
            f"schema-valid request rejected by an undeclared bound: {detail}"
        )


def test_a_section_without_border_or_line_is_refused_by_a_declared_rule(client: TestClient) -> None:
    # schema-valid (JSON Schema cannot say "border unless line"), so its 422 names a declared rule
    body = {"scenarios": [{"name": "0", "sections": [{"country": "AUS", "name": "0"}]}] * 2}
    r = client.post("/api/compare", json=body)
    assert r.status_code == 422
    assert any(marker in r.json()["detail"] for _, _, marker in RULES), r.json()["detail"]


def test_openapi_declares_the_rules(client: TestClient) -> None:
    rules = client.get("/openapi.json").json()["x-minebelt-rules"]
    assert [r["id"] for r in rules] == [i for i, _, _ in RULES] and all(
        r["rule"] and r["detail_contains"] for r in rules
    )


# ----------------------------------------------------------------------------- worker pool


def _drive(
    limiter: WorkLimiter, n: int, disconnect_after: float | None = None, routes: list[tuple[str, str]] | None = None
) -> list[dict]:
    """``n`` concurrent requests through ``limiter`` (anyio, no server): their start messages."""
    import anyio

    routes = routes or [("POST", "/api/estimate")] * n
    results: list[dict] = [{} for _ in range(n)]

    async def one(i: int) -> None:
        sent = False
        gone = anyio.Event()

        async def receive() -> dict:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": b"{}", "more_body": False}
            if disconnect_after is not None:
                await anyio.sleep(disconnect_after)
                return {"type": "http.disconnect"}
            await gone.wait()
            return {"type": "http.disconnect"}

        async def send(msg: dict) -> None:
            if msg["type"] == "http.response.start":
                results[i] = {"status": msg["status"], "headers": dict(msg["headers"])}

        method, path = routes[i]
        scope = {"type": "http", "path": path, "method": method, "headers": []}
        await limiter(scope, receive, send)
        gone.set()

    async def main() -> None:
        async with anyio.create_task_group() as tg:
            for i in range(n):
                tg.start_soon(one, i)
                await anyio.sleep(0.01)

    anyio.run(main)
    return results


def test_pool_answers_503_with_retry_after_when_full() -> None:
    import anyio

    async def slow_app(scope, receive, send) -> None:
        await anyio.sleep(0.5)
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"{}"})

    limiter = WorkLimiter(slow_app, workers=1, queue_max=1, queue_wait_s=5, retry_after_s=7)
    statuses = _drive(limiter, 4)
    codes = sorted(r["status"] for r in statuses)
    assert codes == [200, 200, 503, 503]  # one computing, one waiting, two refused at once
    busy = next(r for r in statuses if r["status"] == 503)
    assert busy["headers"][b"retry-after"] == b"7" and limiter.refused == 2


def test_cached_documents_do_not_wait_for_the_pool() -> None:
    import anyio

    async def slow_app(scope, receive, send) -> None:
        await anyio.sleep(0.3)
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"{}"})

    limiter = WorkLimiter(slow_app, workers=1, queue_max=0)
    routes = [
        ("POST", "/api/estimate"),
        ("GET", "/api/border/FIN/RUS"),
        ("GET", "/api/info"),
        ("GET", "/api/outlines"),
        ("POST", "/api/factcheck"),
    ]
    codes = [r["status"] for r in _drive(limiter, len(routes), routes=routes)]
    assert codes == [200, 200, 200, 503, 503]  # the pool is full; cached GET documents still answer


def test_pool_queue_wait_is_bounded() -> None:
    import anyio

    async def slow_app(scope, receive, send) -> None:
        await anyio.sleep(1.0)
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"{}"})

    limiter = WorkLimiter(slow_app, workers=1, queue_max=5, queue_wait_s=0.2)
    codes = sorted(r["status"] for r in _drive(limiter, 3))
    assert codes == [200, 503, 503]


def test_client_leaving_cancels_the_work() -> None:
    """The worker thread sees the request's cancel event (contextvars cross into it) and
    stops at its next checkpoint; the slot is free again."""
    import anyio

    from minebelt.cancel import Cancelled, checkpoint

    progress = {"steps": 0, "cancelled": False}

    def work() -> None:
        try:
            for _ in range(400):  # 20 s if nobody stops it
                checkpoint()
                progress["steps"] += 1
                time.sleep(0.05)
        except Cancelled:
            progress["cancelled"] = True

    async def app(scope, receive, send) -> None:
        await anyio.to_thread.run_sync(work)
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"{}"})

    limiter = WorkLimiter(app, workers=1, queue_max=0)
    _drive(limiter, 1, disconnect_after=0.3)
    # stopped by Cancelled before its 400 steps ran out: cancellation, not a wall-clock bound
    # (a loaded machine may take seconds to deliver the disconnect)
    assert progress["cancelled"] and progress["steps"] < 400
    assert limiter.running == 0 and limiter.cancelled == 1


# ----------------------------------------------------------------------------- real server


@pytest.fixture(scope="module")
def server(_examples):
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    th = threading.Thread(target=srv.run, daemon=True)
    th.start()
    deadline = time.monotonic() + 30
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield port, app
    srv.should_exit = True
    th.join(timeout=30)


def test_keep_alive_survives_errors(server) -> None:
    port, _ = server
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    bodies = [
        (
            "/api/estimate",
            '{"name":"t","defaults":{"depth_km":NaN,"density":1},"sections":[{"name":"p","country":"POL","border":"BLR","length_km":1}]}',
            422,
        ),
        ("/api/factcheck", json.dumps(claim({"expr": "max()"})), 422),
        ("/api/factcheck", json.dumps(claim({"members": 5, "of": "NATO"})), 422),
        ("/api/estimate", "[" * 10_000, 422),
        ("/api/estimate", json.dumps(stated()), 200),
    ]
    first_sock = None
    for url, body, code in bodies:
        conn.request("POST", url, body=body, headers={"content-type": "application/json"})
        r = conn.getresponse()
        r.read()
        assert r.status == code, (url, r.status)
        assert (r.getheader("connection") or "").lower() != "close"
        first_sock = first_sock or conn.sock
        assert conn.sock is first_sock  # the same TCP connection throughout
    conn.close()


def _wait(cond, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return True
        time.sleep(0.05)
    return cond()


@pytest.mark.slow
@needs_data
def test_server_stops_computing_when_the_client_leaves(server) -> None:
    port, app = server
    # within the geometry budget, but long: the longest land border, each section with its
    # own uncertain depth (never cached), a stretch (not in the bundled curves), about 13
    # buffers each: tens of CPU-seconds in all
    n = settings.API_GEOMETRY_BUFFERS_MAX // 14
    body = {
        "name": "leave",
        "defaults": {"density": 1, "along_water": "include"},
        "sections": [
            {
                "name": f"s{i}",
                "country": "KAZ",
                "border": "RUS",
                "from_km": 0,
                "to_km": 7000,
                "depth_km": f"1.{i:02d}1 to 2.{i:02d}9",
            }
            for i in range(n)
        ],
    }
    raw = json.dumps(body).encode()
    before = getattr(app.state, "cancelled_requests", 0)
    with socket.create_connection(("127.0.0.1", port)) as s:
        s.sendall(
            b"POST /api/estimate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + f"Content-Length: {len(raw)}\r\n\r\n".encode()
            + raw
        )
        assert _wait(
            lambda: getattr(app.state, "work_limiter", None) is not None and app.state.work_limiter.running == 1, 300
        )  # liveness
        time.sleep(1.0)  # computing
    limiter = app.state.work_limiter
    # a liveness bound, not a timing: the whole request would take minutes on a busy machine
    assert _wait(lambda: limiter.running == 0, 300)
    assert getattr(app.state, "cancelled_requests", 0) == before + 1  # stopped by Cancelled, not finished
