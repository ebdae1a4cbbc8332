"""The atlas cache shared by processes: what another process (``minebelt atlas``) writes is read
by a running one at once (a server needs no restart), and a write never drops what another
process wrote."""

from __future__ import annotations

import json
import os

import pytest

from minebelt.geo import atlas_cache


@pytest.fixture(autouse=True)
def cache_dir(atlas_cache_dir):
    return atlas_cache_dir


def _file(depth: float):
    return atlas_cache.cache_root() / "atlas" / atlas_cache.fingerprint() / f"depth-{float(depth)!r}.json"


def _other_process_writes(depth: float, sides: dict) -> None:
    """What another process leaves on disk: the file only (this process's memory untouched)."""
    path = _file(depth)
    doc = {"schema": atlas_cache.SCHEMA, "depth_km": float(depth), "sides": sides}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc), encoding="utf-8")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))  # a later write, whatever the clock's grain


def test_a_running_process_reads_what_another_wrote() -> None:
    atlas_cache.write(2.0, {"EST>RUS": {"x": 1}})
    assert atlas_cache.read(2.0) == {"EST>RUS": {"x": 1}}
    _other_process_writes(2.0, {"EST>RUS": {"x": 1}, "RUS>EST": {"x": 2}, "FIN>RUS": {"x": 3}})
    assert set(atlas_cache.read(2.0)) == {"EST>RUS", "RUS>EST", "FIN>RUS"}


def test_a_write_keeps_what_another_process_wrote() -> None:
    assert atlas_cache.read(3.0) == {}
    _other_process_writes(3.0, {"A>B": {"x": 1}})
    atlas_cache.write(3.0, {"C>D": {"x": 2}})
    on_disk = json.loads(_file(3.0).read_text(encoding="utf-8"))["sides"]
    assert on_disk == {"A>B": {"x": 1}, "C>D": {"x": 2}}
    atlas_cache.clear_memory()
    assert set(atlas_cache.read(3.0)) == {"A>B", "C>D"}
