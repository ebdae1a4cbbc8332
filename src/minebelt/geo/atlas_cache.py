"""The atlas's figures cached per depth: in the process and in a per-user cache folder.

Layer: measure.

Measuring every side of every border from the lines takes a minute or more; the cache makes
the second atlas at the same depth (a new sort, another workforce, the map) cost nothing. One
JSON file per depth holds the :class:`~.atlas_sides.SideFigures` measured so far, under a
folder named by a *fingerprint* of everything the figures depend on: the minebelt version, the
bundled border data, places and curves (their SHA-256, and whether the curves are current) and
the source of the geometry code and settings. Another fingerprint is another folder: figures
from other data or code are never read (the most recent :data:`minebelt.settings.ATLAS_CACHE_FINGERPRINTS`
folders are kept, so two installed versions do not evict each other).

The folder is ``$MINEBELT_CACHE_DIR`` when set, else the user cache folder of the platform
(:func:`platformdirs.user_cache_dir`: ``~/.cache/minebelt`` on Linux), subfolder ``atlas``. At
most :data:`minebelt.settings.ATLAS_CACHE_DEPTHS` depth files are kept (the least recently
used go first). Files are replaced atomically; a cache that cannot be read or written is
ignored (the figures are measured again), never an error.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
from functools import cache
from pathlib import Path
from typing import Any

from .. import settings

SCHEMA = "minebelt.atlas-cache/1"
_MEMORY: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
#: The (size, mtime) of the file each entry of ``_MEMORY`` was last read from or written to.
_STAMPS: dict[tuple[str, str], tuple[int, int] | None] = {}
_LOCK = threading.Lock()


def cache_root() -> Path:
    """The cache folder: ``$MINEBELT_CACHE_DIR`` or the platform's user cache folder for minebelt."""
    env = os.environ.get(settings.CACHE_DIR_ENV, "").strip()
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("minebelt", appauthor=False))


@cache
def _code_sha256() -> str:
    """SHA-256 over the source of the geometry code and the settings (a change moves the cache)."""
    here = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for p in sorted(here.glob("*.py")) + [here.parent / "settings.py", here.parent / "data" / "border_belts.py"]:
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def fingerprint() -> str:
    """16 hex digits naming the data and code the figures were measured with."""
    from .._version import __version__
    from ..data import border_belts
    from ..data.borders import gpkg_path

    b = border_belts.bundle()
    curves = border_belts.file_sha256(b.path) if b is not None else "none"
    parts = [
        SCHEMA,
        __version__,
        border_belts.file_sha256(gpkg_path()),
        border_belts.file_sha256(border_belts.places_path()),
        curves,
        _code_sha256(),
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def _depth_key(depth_km: float) -> str:
    return repr(float(depth_km))


def _file(folder: Path, depth_km: float) -> Path:
    return folder / f"depth-{_depth_key(depth_km)}.json"


def _stamp(path: Path) -> tuple[int, int] | None:
    """The file's (size, modification time in ns), or None when it cannot be seen."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def _load(path: Path, depth_km: float) -> dict[str, dict[str, Any]]:
    """The sides of one depth file; ``{}`` when it is missing, unreadable or of another schema."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        if doc.get("schema") != SCHEMA or doc.get("depth_km") != float(depth_km):
            return {}
        return dict(doc["sides"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def read(depth_km: float) -> dict[str, dict[str, Any]]:
    """The figures cached at ``depth_km`` on this data (each side's
    :meth:`~.atlas_sides.SideFigures.to_dict`), by side key (``"EST>RUS"``); ``{}`` when none.

    The figures held in the process are checked against the file's size and modification time
    on every call: what another process (``minebelt atlas``) added since is read at once, so a
    running server sees a new atlas without a restart."""
    fp = fingerprint()
    key = (fp, _depth_key(depth_km))
    path = _file(cache_root() / "atlas" / fp, depth_km)
    stamp = _stamp(path)
    with _LOCK:
        held = _MEMORY.get(key)
        if held is not None and (stamp is None or _STAMPS.get(key) == stamp):
            return dict(held)
    found = _load(path, depth_km) if stamp is not None else {}
    if found:
        with contextlib.suppress(OSError):
            os.utime(path)  # recently used: kept longest
        stamp = _stamp(path)
    with _LOCK:
        merged = {**found, **_MEMORY.get(key, {})}
        if merged:
            _MEMORY[key] = merged
            _STAMPS[key] = stamp
    return dict(merged)


def write(depth_km: float, figures: dict[str, dict[str, Any]]) -> None:
    """Add ``figures`` to the cache at ``depth_km`` (in memory and on disk, if writable). What
    the file already holds (written by another process) is kept."""
    fp = fingerprint()
    key = (fp, _depth_key(depth_km))
    folder = cache_root() / "atlas" / fp
    path = _file(folder, depth_km)
    on_disk = _load(path, depth_km)
    with _LOCK:
        merged = {**on_disk, **_MEMORY.get(key, {}), **figures}
        _MEMORY[key] = merged
        while len(_MEMORY) > settings.ATLAS_CACHE_DEPTHS:
            _STAMPS.pop(next(iter(_MEMORY)), None)
            _MEMORY.pop(next(iter(_MEMORY)))
    doc = {"schema": SCHEMA, "depth_km": float(depth_km), "sides": dict(sorted(merged.items()))}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp"
        tmp.write_text(json.dumps(doc, separators=(",", ":"), allow_nan=False), encoding="utf-8")
        os.replace(tmp, path)
        with _LOCK:
            _STAMPS[key] = _stamp(path)
        _prune(folder)
    except (OSError, ValueError):
        return


def _prune(folder: Path) -> None:
    """Keep the most recently used fingerprints' folders and depth files (settings), remove the rest."""
    import shutil

    others = [p for p in folder.parent.iterdir() if p.is_dir() and p.name != folder.name and len(p.name) == 16]
    others.sort(key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in others[settings.ATLAS_CACHE_FINGERPRINTS - 1 :]:
        shutil.rmtree(old, ignore_errors=True)
    files = sorted(folder.glob("depth-*.json"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in files[settings.ATLAS_CACHE_DEPTHS :]:
        old.unlink(missing_ok=True)


def clear_memory() -> None:
    """Forget the figures held in the process (tests that swap the data or the cache folder)."""
    with _LOCK:
        _MEMORY.clear()
        _STAMPS.clear()
