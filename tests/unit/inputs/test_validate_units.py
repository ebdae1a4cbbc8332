"""The pure pieces of the validation layer (issue 13), with exact expected values."""

from __future__ import annotations

import os

import numpy as np
import pytest

from minebelt import settings
from minebelt.errors import InputError, clip, suggest, unknown_key
from minebelt.scenario._validate import check_name, check_toml_text, check_tree, json_depth
from minebelt.scenario.geojson import check_geojson
from minebelt.scenario.safe_files import read_bytes
from minebelt.uncertainty.distributions import check_range, parse
from minebelt.uncertainty.summaries import summarize


def test_suggestions() -> None:
    assert suggest("sectoins", ["sections", "source"]) == " (did you mean 'sections'?)"
    assert suggest("zzz", ["sections"]) == ""
    assert unknown_key("zzz", ["name", "country"]) == "unknown key 'zzz' (allowed: country, name)"


def test_clip_keeps_messages_short() -> None:
    text = clip("x" * 1_000_000)
    assert len(text) <= 80 and "1,000,000 characters" in text
    assert clip("short") == "'short'"


def test_names() -> None:
    assert check_name("Łódź – Brest") == "Łódź – Brest"
    for bad in ("a\x1bb", "a\x00", "a\nb", "\u202e", "x" * (settings.NAME_CHARS_MAX + 1)):
        with pytest.raises(ValueError):
            check_name(bad)


def test_json_depth() -> None:
    assert json_depth(b'{"a": [1, {"b": "[[[[\\"[["}]}') == 3
    assert json_depth(b"") == 0 and json_depth(b"1") == 0
    assert json_depth(b"[" * 100_000) == 100_000


def test_toml_limits() -> None:
    check_toml_text("a." * (settings.TOML_KEY_PARTS_MAX - 1) + "b = 1\n", "f")  # exactly at the cap
    with pytest.raises(InputError, match="TOML_KEY_PARTS_MAX"):
        check_toml_text("a." * settings.TOML_KEY_PARTS_MAX + "b = 1\n", "f")
    check_toml_text('version = "1.2.3.4.5"\nurl = "https://a.b.c/d.e"\n', "f")
    deep: object = 1
    for _ in range(settings.TOML_DEPTH_MAX):
        deep = [deep]
    with pytest.raises(InputError, match="TOML_DEPTH_MAX"):
        check_tree({"x": deep}, "f")
    with pytest.raises(InputError, match="TOML_KEYS_MAX"):
        check_tree({"x": list(range(settings.TOML_KEYS_MAX + 1))}, "f")


@pytest.mark.parametrize(
    "value", ["1 to 1e999", "-1e999 to 1e999", float("nan"), float("inf"), True, {"normal": [0, float("inf")]}]
)
def test_parse_refuses_non_finite(value: object) -> None:
    with pytest.raises(InputError):
        parse(value, "f: x")


def test_check_range_floor_and_nan() -> None:
    check_range(parse(1e-6, "w"), "w", 0.0, 50.0, "km")
    with pytest.raises(InputError, match="POSITIVE_MIN"):
        check_range(parse(1e-7, "w"), "w", 0.0, 50.0, "km")
    check_range(parse(0.0, "w"), "w", 0.0, 50.0, "km", low_open=False)  # closed at 0: zero is fine
    with pytest.raises(InputError, match=r"\(0, 50\] km"):
        check_range(parse(80, "w"), "w", 0.0, 50.0, "km")


def test_summarize_non_finite_is_none() -> None:
    s = summarize(np.array([1.0, np.inf, 2.0, 3.0]))
    assert s["mean"] is None and s["p50"] == 2.5 and s["p05"] == pytest.approx(1.15)
    assert summarize(np.full(5, np.inf)) == {"mean": None, "p05": None, "p50": None, "p95": None}


def test_geojson_bare_geometry_and_caps() -> None:
    line = {"type": "LineString", "coordinates": [[24.0, 60.0], [24.0, 61.0]]}
    fc = {
        "type": "FeatureCollection",
        "features": [{"type": "Feature", "properties": {"deep": [[[[1]]]]}, "geometry": line}],
    }
    assert check_geojson(fc, "w", ("LineString",)) == line  # properties dropped
    with pytest.raises(InputError, match="LINE_VERTICES_MAX"):
        check_geojson(
            {"type": "LineString", "coordinates": [[0.0, 0.0]] * (settings.LINE_VERTICES_MAX + 1)}, "w", ("LineString",)
        )
    with pytest.raises(InputError, match="EPSG:4326"):
        check_geojson({**line, "crs": {"type": "name", "properties": {"name": "EPSG:3067"}}}, "w", ("LineString",))
    check_geojson(
        {**line, "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}}}, "w", ("LineString",)
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
def test_read_bytes(tmp_path) -> None:
    p = tmp_path / "a.toml"
    p.write_bytes(b"x" * 10)
    assert read_bytes(p, max_bytes=10) == b"x" * 10
    with pytest.raises(InputError, match="larger than"):
        read_bytes(p, max_bytes=9)
    os.mkfifo(tmp_path / "fifo")
    with pytest.raises(InputError, match="FIFO"):
        read_bytes(tmp_path / "fifo", max_bytes=10)  # returns at once: no writer needed
    with pytest.raises(InputError, match="folder"):
        read_bytes(tmp_path, max_bytes=10)
