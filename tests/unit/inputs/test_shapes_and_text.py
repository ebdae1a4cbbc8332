"""Degenerate geometry and linear-time text checks of the inputs layer (pure, no border data).

- :mod:`minebelt.scenario.shapes`: every degenerate line and mask is one ``InputError`` line
  naming the part; a MultiLineString cut at the antimeridian comes back as one line;
- :func:`minebelt.scenario._validate.check_toml_text` and ``json_depth``: the same answers as a
  plain reading of the rules, on the hostile sizes of the probe (a 200,000-character name, a
  1 MiB comment, a file at the 4 MiB limit, a 1 MiB request body of escaped quotes). Their
  time is in ``benchmarks/bench_limits.py --only text``; nothing here asserts a duration.
"""

from __future__ import annotations

import pytest

from minebelt import settings
from minebelt.errors import InputError
from minebelt.scenario._validate import check_toml_text, json_depth
from minebelt.scenario.geojson import LINE_TYPES, MASK_TYPES, check_geojson

W = "s.toml: sections[0] 'u'"


def line_error(doc: dict) -> str:
    with pytest.raises(InputError) as e:
        check_geojson(doc, f"{W}: line", LINE_TYPES)
    msg = str(e.value)
    assert msg.startswith(f"{W}: line") and "\n" not in msg
    return msg


def mask_error(doc: dict) -> str:
    with pytest.raises(InputError) as e:
        check_geojson(doc, f"{W}: mask", MASK_TYPES)
    msg = str(e.value)
    assert msg.startswith(f"{W}: mask") and "\n" not in msg
    return msg


def L(*pts) -> dict:
    return {"type": "LineString", "coordinates": [list(p) for p in pts]}


def ML(*parts) -> dict:
    return {"type": "MultiLineString", "coordinates": [[list(p) for p in part] for part in parts]}


def P(*rings) -> dict:
    return {"type": "Polygon", "coordinates": [[list(p) for p in r] for r in rings]}


@pytest.mark.parametrize(
    ("doc", "needle"),
    [
        (L((23.5, 53), (23.5, 53)), "zero length"),  # the probe's case
        (L((23.5, 53), (23.5, 53), (23.5, 53)), "zero length"),
        (L((23.5, 53)), "1 position"),
        (L(), "empty"),
        (ML(((23.5, 53), (23.6, 53.1)), ()), "part 2 of 2: is empty"),
        (ML(((23.5, 53), (23.5, 53))), "zero length"),
        (ML(((23.5, 53), (23.6, 53.1)), ((23.7, 53), (23.8, 53.1))), "parts 1 and 2 do not join"),
        (ML(((179, 60), (180, 60)), ((-180, 61), (-179, 61))), "do not join"),  # not the same latitude
        (L((23.5, 53), (23.6, 53.1), (23.5, 53)), "runs back over itself"),
        (L((23.5, 53), (23.6, 53.1), (23.6, 53.0), (23.5, 53.1)), "crosses"),
        (L((23.5, 53), (200, 53)), "outside longitude"),
        (L((53, 23.5), (53, 123.5)), "another CRS"),
    ],
)
def test_degenerate_lines(doc: dict, needle: str) -> None:
    assert needle in line_error(doc)


def test_crossing_is_located() -> None:
    assert "near (23.55, 53.05)" in line_error(L((23.5, 53), (23.6, 53.1), (23.6, 53.0), (23.5, 53.1)))


def test_lines_kept() -> None:
    # repeated points are dropped, not refused; a closed loop is a front (around an enclave)
    assert check_geojson(L((23.5, 53), (23.5, 53), (23.6, 53)), "x", LINE_TYPES)["coordinates"] == [
        [23.5, 53.0],
        [23.6, 53.0],
    ]
    loop = L((23.5, 53), (23.6, 53), (23.6, 53.1), (23.5, 53))
    assert len(check_geojson(loop, "x", LINE_TYPES)["coordinates"]) == 4
    # 3-number positions: the height is dropped
    assert check_geojson(L((23.5, 53, 100), (23.6, 53, 120)), "x", LINE_TYPES)["coordinates"] == [
        [23.5, 53.0],
        [23.6, 53.0],
    ]


@pytest.mark.parametrize(
    "parts",
    [
        [((179.0, 67.5), (180.0, 67.5)), ((-180.0, 67.5), (-179.0, 67.5))],  # eastwards
        [((-179.0, 67.5), (-180.0, 67.5)), ((180.0, 67.5), (179.0, 67.5))],  # westwards
        [
            ((179.0, 67.5), (179.5, 67.6)),
            ((179.5, 67.6), (180.0, 67.5)),
            ((-180.0, 67.5), (-179.0, 67.5)),
        ],  # three parts
    ],
)
def test_multilinestring_cut_at_the_antimeridian_is_joined(parts) -> None:
    out = check_geojson(ML(*parts), "x", LINE_TYPES)
    assert out["type"] == "LineString"
    flat = [p for part in parts for p in part]
    assert out["coordinates"][0] == list(flat[0]) and out["coordinates"][-1] == list(flat[-1])
    assert len(out["coordinates"]) == len(flat) - (len(parts) - 1)  # each joint once


def test_a_line_through_the_antimeridian_may_cross_it_more_than_once_without_crossing_itself() -> None:
    zig = L((179.5, 60), (-179.5, 60.1), (179.5, 60.2), (-179.5, 60.3))
    assert len(check_geojson(zig, "x", LINE_TYPES)["coordinates"]) == 4


SQUARE = [[23, 52.5], [24, 52.5], [24, 53.5], [23, 53.5], [23, 52.5]]


@pytest.mark.parametrize(
    ("doc", "needle"),
    [
        (
            P([(23, 52.5), (24, 53.5), (24, 52.5), (23, 53.5), (23, 52.5)]),
            "crosses itself (as a bowtie does)",
        ),  # the probe's case
        (P([(23, 52.5), (24, 53.5), (24, 52.5), (23, 53.5)]), "not closed"),
        (P([(23, 52.5), (24, 53.5), (23, 52.5)]), "at least 4"),
        (P([(23, 52.5), (24, 52.5), (25, 52.5), (23, 52.5)]), "no area"),
        (P([(23, 52.5)] * 5), "no area"),
        (P(SQUARE, [(25, 52.6), (25.5, 52.6), (25.5, 53), (25, 52.6)]), "hole lies outside"),
        ({"type": "MultiPolygon", "coordinates": [[SQUARE], []]}, "polygon 2 of 2: is empty"),
        ({"type": "MultiPolygon", "coordinates": [[SQUARE], [SQUARE]]}, "not a valid polygon"),
        (L((23.5, 53), (23.6, 53)), "expected Polygon or MultiPolygon"),
    ],
)
def test_degenerate_masks(doc: dict, needle: str) -> None:
    assert needle in mask_error(doc)


def test_bowtie_is_located() -> None:
    assert "near (23.5, 53)" in mask_error(P([(23, 52.5), (24, 53.5), (24, 52.5), (23, 53.5), (23, 52.5)]))


def test_masks_kept() -> None:
    split = {
        "type": "MultiPolygon",
        "coordinates": [
            [[[179, 60], [180, 60], [180, 61], [179, 61], [179, 60]]],
            [[[-180, 60], [-179, 60], [-179, 61], [-180, 61], [-180, 60]]],
        ],
    }
    assert check_geojson(split, "x", MASK_TYPES)["type"] == "MultiPolygon"
    assert check_geojson(P(SQUARE), "x", MASK_TYPES)["type"] == "Polygon"


def test_scribble_is_refused_at_its_first_crossing_without_listing_them_all() -> None:
    import numpy as np

    rng = np.random.default_rng(0)
    pts = rng.uniform([23.0, 52.0], [23.1, 52.1], size=(50_000, 2))  # ~10⁸ crossings
    assert "crosses" in line_error({"type": "LineString", "coordinates": pts.tolist()})


# ----------------------------------------------------------------------------- text, linear


def _refused(text: str) -> str | None:
    try:
        check_toml_text(text, "f.toml")
    except InputError as e:
        return str(e)
    return None


N = settings.TOML_KEY_PARTS_MAX


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        (".".join(["a"] * N) + " = 1\n", False),
        (".".join(["a"] * (N + 1)) + " = 1\n", True),
        ("[" + " . ".join(['"q.x"'] * N) + "]\n", False),  # dots inside a quoted part are not separators
        ("[" + " . ".join(['"q.x"'] * (N + 1)) + "]\n", True),
        ("[[" + ".".join(["a", "'b'", '"c"'] * 11) + "]]\n", True),
        ('x = "' + '\\"' * 1000 + "\n" + ".".join(["a"] * N) + " = 1\n", False),  # an unclosed string ends at its line
        ("x = 1\n" * 5 + ".".join(["k"] * 40_000) + " = 1", True),
        ("# " + ".".join(["w"] * (N + 1)) + "\n", True),  # conservative: a comment counts too
        ("c = [" + "[23.51234, 53.12345], " * 5000 + "]\n", False),
    ],
)
def test_dotted_keys(text: str, refused: bool) -> None:
    assert (_refused(text) is not None) == refused


def test_long_key_names_its_line() -> None:
    msg = _refused('name = "t"\n\n# ok\n' + ".".join(["a"] * (N + 1)) + " = 1\n")
    assert msg is not None and "f.toml: line 4:" in msg and "TOML_KEY_PARTS_MAX" in msg


FOUR_MIB = settings.SCENARIO_BYTES_MAX


@pytest.mark.parametrize(
    "text",
    [
        'name = "' + "P" * 200_000 + '"\n',  # the probe: 60-86 s before
        "# " + "a" * (1 << 20) + "\n",  # the probe: over 120 s before
        "# " + "ab.cd " * (FOUR_MIB // 6),
        'x = "' + '\\"' * (FOUR_MIB // 2 - 4) + '"\n',
        "'" * FOUR_MIB,
        '"' * FOUR_MIB,
        " ." * (FOUR_MIB // 2),
        "".join(f"k{i}." + ".".join(["k"] * (N - 1)) + " = 1\n" for i in range(FOUR_MIB // 80)),
    ],
)
def test_hostile_text_at_the_size_limits_is_answered(text: str) -> None:
    assert len(text.encode()) <= FOUR_MIB + 8
    assert _refused(text) is None


def test_hostile_text_with_a_long_key_at_the_end_of_4_mib() -> None:
    filler = "# " + '"\\' * (FOUR_MIB // 2 - 200) + "\n"
    msg = _refused(filler + ".".join(["a"] * (N + 1)) + " = 1\n")
    assert msg is not None and "line 2:" in msg


def test_json_depth_of_hostile_bodies() -> None:
    mib = settings.API_BODY_BYTES_MAX
    assert json_depth(b'{"x": "' + b'\\"' * (mib // 2 - 8) + b'"}') == 1  # quadratic before: hours
    assert json_depth(b'"' + b'\\"' * (mib // 2 - 1)) == 0  # never closed
    assert json_depth(b'["a\\') == 1  # a trailing backslash
    assert json_depth(b"[" * mib) == mib
