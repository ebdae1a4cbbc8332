"""Every figure of seed 001's model, recomputed from the bundled scenarios."""

from __future__ import annotations

import json

import pytest

from minebelt import estimate, load_scenarios

# (scenario, section) -> (length km, area km², mines) as printed in seed 001
KOREAN = {
    ("Korean DMZ model: priority fronts", "Ukraine: priority front, 500 km"): (500, 1000, 12_000_000),
    ("Korean DMZ model: full replication", "Ukraine: full eastern and northern line, 1,000 km"): (
        1000,
        2000,
        24_000_000,
    ),
    ("Korean DMZ model: full replication", "Poland: border with Belarus, 400 km"): (400, 800, 9_600_000),
    ("Korean DMZ model: selective fronts, lower end", "Poland: most vulnerable sections, 200 km"): (
        200,
        400,
        4_800_000,
    ),
    ("Korean DMZ model: selective fronts, upper end", "Poland: most vulnerable sections, 300 km"): (
        300,
        600,
        7_200_000,
    ),
    ("Korean DMZ model: full replication", "Baltic States: priority 600 km"): (600, 1200, 14_400_000),
    ("Korean DMZ model: selective fronts, lower end", "Baltic States: selective 400 km"): (400, 800, 9_600_000),
    ("Korean DMZ model: full replication", "Finland: priority 600 km"): (600, 1200, 14_400_000),
    ("Korean DMZ model: selective fronts, lower end", "Finland: limited to 400 km"): (400, 800, 9_600_000),
}
REDUCED = {
    "Ukraine: 1,000 km2 belt": (1000, 6_000_000),
    "Poland: 600 km2 belt": (600, 3_600_000),
    "Baltic States: 800 km2 belt": (800, 4_800_000),
    "Finland: 800 km2 of priority areas": (800, 4_800_000),
}


@pytest.fixture(scope="module")
def korean(request):
    from pathlib import Path

    path = Path(__file__).resolve().parents[3] / "examples" / "seed-korean-model.toml"
    return {sc.name: estimate(sc).document for sc in load_scenarios(path)}


@pytest.mark.parametrize(("key", "expected"), KOREAN.items(), ids=[k[1] for k in KOREAN])
def test_korean_model_rows(korean, key, expected):
    length, area, mines = expected
    row = next(r for r in korean[key[0]]["sections"] if r["name"] == key[1])
    assert row["length_km"] == length
    assert row["depth_km"] == 2.0
    assert row["area_km2"] == area
    assert row["density_per_km2"] == 12_000
    assert row["mines"] == mines == length * 2.0 * 12_000  # the exact product
    assert row["mines_per_km_front"] == 24_000
    assert row["length_source"] == "stated"


def test_full_replication_total_is_62_4_million(korean):
    assert korean["Korean DMZ model: full replication"]["totals"]["mines"] == 62_400_000
    assert korean["Korean DMZ model: priority fronts"]["totals"]["mines"] == 50_400_000


def test_reduced_model_rows(examples):
    doc = estimate(load_scenarios(examples / "seed-reduced-model.toml")[0]).document
    for row in doc["sections"]:
        area, mines = REDUCED[row["name"]]
        assert row["area_km2"] == area
        assert row["density_per_km2"] == 6000
        assert row["mines"] == mines
    assert doc["totals"]["mines"] == 19_200_000


def test_estimate_json_contract(run_cli, examples):
    code, out, err = run_cli("estimate", examples / "seed-korean-model.toml", "--json")
    assert code == 0, err
    docs = json.loads(out)
    assert isinstance(docs, list) and len(docs) == 4
    d = docs[0]
    assert d["schema"] == "minebelt.estimate/1"
    assert set(d) >= {"scenario", "sections", "totals", "by_country", "provenance"}
    assert len(d["scenario"]["sha256"]) == 64
    assert set(d["sections"][0]) >= {
        "name",
        "country",
        "border",
        "length_km",
        "depth_km",
        "area_km2",
        "density_per_km2",
        "mines",
        "mines_per_km_front",
    }
    assert set(d["totals"]) >= {"length_km", "area_km2", "mines"}
    assert set(d["by_country"]["POL"]) >= {"length_km", "area_km2", "mines"}
    assert d["provenance"]["minebelt_version"]
    assert any("12,000 mines per square kilometer" in s for s in d["provenance"]["model_sources"])


def test_single_scenario_json_is_an_object(run_cli, examples):
    code, out, _ = run_cli("estimate", examples / "seed-reduced-model.toml", "--json")
    assert code == 0
    assert json.loads(out)["totals"]["mines"] == 19_200_000


def test_sha256_is_of_the_file_bytes(examples):
    import hashlib

    path = examples / "seed-reduced-model.toml"
    sc = load_scenarios(path)[0]
    assert sc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_table_output_mentions_total(run_cli, examples):
    code, out, _ = run_cli("estimate", examples / "seed-reduced-model.toml")
    assert code == 0
    assert "19.2 M" in out and "Total" in out
