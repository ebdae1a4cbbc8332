"""The bundled belt curves (data/border_belts.npz) are built from the installed border data and
hold every side of every land border in it: a partial or stale file fails here, not silently
at run time (where the sides it lacks are computed from the lines, about 100x slower)."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from minebelt.data import border_belts, borders


def test_bundle_was_built_from_the_installed_border_data() -> None:
    assert border_belts.stale_reason() is None, border_belts.stale_reason()


def test_bundle_was_built_by_the_installed_geometry_code(build_script: ModuleType) -> None:
    """The curves record the hash of the geometry code that built them (the belt's and the
    exposure's modules, with the node depths): a change to that code must come with a rebuild
    (``python scripts/build_border_belts.py``; ``--only`` the defenders it holds), or the bundled
    figures drift from what the code computes from the lines. A partial bundle is checked too:
    ``--check`` stops at "partial" before it compares this hash."""
    build = build_script
    with np.load(border_belts.bundle_path()) as z:
        meta = json.loads(bytes(z["meta"]).decode("utf-8"))
    assert meta["geometry_sha256"] == build.geometry_sha256(), (
        "the bundled curves were built by other geometry code: rebuild them "
        "(python scripts/build_border_belts.py --only " + ",".join(meta.get("only") or []) + ")"
    )


def test_recorded_border_data_hash_is_the_files() -> None:
    """A run reads the border file's hash from the record its build wrote beside it: the
    record must be the file's own hash and size (a file replaced without it fails here)."""
    path = borders.gpkg_path()
    meta = borders.meta()
    assert meta["gpkg_bytes"] == path.stat().st_size
    assert meta["gpkg_sha256"] == border_belts.hashlib.sha256(path.read_bytes()).hexdigest()
    assert border_belts.gpkg_sha256(path) == meta["gpkg_sha256"]


def test_border_data_without_its_record_is_hashed(tmp_path: Path) -> None:
    """A file of another size than recorded, or without a record, is hashed itself."""
    other = tmp_path / "borders.gpkg"
    other.write_bytes(b"not the bundled data")
    want = border_belts.hashlib.sha256(b"not the bundled data").hexdigest()
    assert border_belts.gpkg_sha256(other) == want
    meta = dict(borders.meta())
    (tmp_path / "borders_meta.json").write_text(json.dumps(meta), encoding="utf-8")
    assert border_belts.gpkg_sha256(other) == want


def test_places_hash_of_the_bundled_columns_is_the_files(tmp_path: Path) -> None:
    """The places file records the hashes of its columns (read by a run instead of hashing
    them): each is the hash of the file's own columns, for the bundled file and a copy."""
    path = border_belts.places_path()
    for record, cols in border_belts.PLACES_RECORDS.items():
        h = border_belts.hashlib.sha256()
        with np.load(path) as z:
            for k in cols:
                h.update(np.ascontiguousarray(z[k]).tobytes())
            assert json.loads(bytes(z["meta"]).decode("utf-8"))[record] == h.hexdigest(), record
        assert border_belts.places_columns_sha256(path, record) == h.hexdigest()
    copy = tmp_path / "places.npz"
    copy.write_bytes(path.read_bytes())
    assert border_belts.places_xy_sha256() == border_belts.places_xy_sha256(copy)
    assert border_belts.places_xy_sha256() == border_belts.places_columns_sha256(path, "xy_sha256")
    assert border_belts.places_admin1_sha256() == border_belts.places_columns_sha256(path, "admin1_sha256")


def test_places_without_their_record_are_hashed(tmp_path: Path) -> None:
    """A places file whose meta records no hash (an older build) has its columns hashed."""
    path = tmp_path / "places.npz"
    lon, lat, country = np.array([24.1, 25.0]), np.array([56.9, 54.7]), np.array(["LVA", "LTU"], dtype="<U3")
    np.savez(path, lon=lon, lat=lat, country=country, admin1=np.array(["25", "65"], dtype="<U8"))
    h = border_belts.hashlib.sha256()
    for col in (lon, lat, country):
        h.update(col.tobytes())
    assert border_belts.places_xy_sha256(path) == h.hexdigest()


def test_bundle_has_every_side_of_its_defenders() -> None:
    """Every side of each defender the file was built for (all of them, or those of a build
    with ``--only``), with a row for water included wherever the border has water."""
    missing = border_belts.missing_sides(defenders=border_belts.partial_defenders())
    assert not missing, f"{len(missing)} sides missing from {border_belts.FILE}: {missing[:10]}"


def test_bundle_has_every_side_of_every_land_border() -> None:
    """Both sides of every border of borders.gpkg, with a row for water included wherever the
    border has water (``python scripts/build_border_belts.py`` without ``--only``). A file that
    says it is partial (built with ``--only``, its defenders in the meta) is named here, not
    passed: the sides it lacks are computed from the lines, about 100x slower."""
    want = border_belts.expected_sides()
    assert len(want) == 2 * len(borders.border_lengths())
    only = border_belts.partial_defenders()
    if only is not None:
        pytest.skip(
            f"{border_belts.FILE} is partial: built for {len(only)} defenders ({', '.join(only)}) of "
            f"{len({k.split('>')[0] for k in want})}; python scripts/build_border_belts.py (without --only) completes it"
        )
    missing = border_belts.missing_sides()
    assert not missing, f"{len(missing)} of {len(want)} sides missing from {border_belts.FILE}: {missing[:10]}"


def _write_bundle(path: Path, sides: dict[str, dict[str, int]]) -> None:
    """A bundle file holding only what the completeness check reads: the side keys and rows."""
    blobs = [json.dumps({"front": {}, "bbox": [0, 0, 0, 0], "rows": rows}).encode() for rows in sides.values()]
    np.savez(
        path,
        meta=np.frombuffer(json.dumps({"sides": list(sides)}).encode(), dtype=np.uint8),
        front_json=np.frombuffer(b"".join(blobs), dtype=np.uint8),
        front_offsets=np.concatenate([[0], np.cumsum([len(b) for b in blobs])]).astype(np.int64),
    )


def test_missing_sides_names_what_a_partial_bundle_lacks(tmp_path: Path) -> None:
    want = border_belts.expected_sides()
    wet = next(k for k, rows in want.items() if "include" in rows)
    gone = next(k for k in want if k != wet)
    sides = {k: {aw: i for i, aw in enumerate(rows)} for k, rows in want.items() if k != gone}
    sides[wet] = {"skip": 0}
    path = tmp_path / "partial.npz"
    _write_bundle(path, sides)
    assert border_belts.missing_sides(path) == sorted([gone, f"{wet} include"])
    complete = tmp_path / "complete.npz"
    _write_bundle(complete, {k: {aw: i for i, aw in enumerate(rows)} for k, rows in want.items()})
    assert border_belts.missing_sides(complete) == []
    assert border_belts.missing_sides(tmp_path / "none.npz") == sorted(want)
    # a partial build's own check: only its defenders' sides are wanted
    mine = sorted(k for k in want if k.split(">")[0] == gone.split(">")[0])
    assert border_belts.missing_sides(path, [gone.split(">")[0]]) == [gone] + [f"{k} include" for k in mine if k == wet]
    assert border_belts.partial_defenders(path) is None
