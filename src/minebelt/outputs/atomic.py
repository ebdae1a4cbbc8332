"""Writing output files so that nothing is lost or left behind.

Layer: outputs.

Every file the CLI writes (``--geojson``, ``report --out``, ...) goes through this module:

- :func:`check_output_file` / :func:`check_output_dir` run *before* any work and turn every
  path problem (missing folder, a folder where a file is wanted, no write permission,
  an existing output without ``--force``) into one :class:`~minebelt.errors.InputError`
  line (exit status 2);
- :func:`atomic_file` writes into a temporary file *in the target's folder* (so on the same
  file system: no "Invalid cross-device link" on Docker volumes, tmpfs or symlinked
  folders) and renames it over the target only once it is complete;
- :func:`atomic_dir` stages a whole folder of files the same way: a new folder is renamed
  into place at once; an existing folder is *replaced* at once (:mod:`.swap`): the new report
  is written in full beside it, the user's own files are carried into it (hard links), and
  the two folders are exchanged in one ``renameat2(RENAME_EXCHANGE)`` (Linux), so a kill at
  any instant leaves the complete old report or the complete new one, never a mix. Stale
  files of the previous report are not carried -- only files that its ``manifest.json``
  lists with the same sha256, never a file the user put or changed there;
- on any failure — an error, Ctrl-C, SIGTERM (see :func:`raise_on_sigterm`) — the
  temporary file or folder is removed; the renames of the final step run with SIGINT and
  SIGTERM held back, so a signal cannot leave half a report behind. Only SIGKILL can leave
  a ``.*.part`` (or a replaced ``.*.old``) folder behind; such leftovers of processes that no
  longer run are removed by the next :func:`atomic_dir` into the same folder (an ``.old``
  whose report folder is missing -- a kill between the two renames where the exchange is
  not available -- is put back first).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError, OutputExistsError


class Terminated(BaseException):
    """SIGTERM, raised in the main thread so that ``finally`` blocks clean up (exit 143).

    A ``BaseException`` like ``KeyboardInterrupt`` (``except Exception`` does not swallow
    it) but not one (typer turns that into a silent exit 130)."""


def raise_on_sigterm() -> Any:
    """Make SIGTERM raise :class:`Terminated` in the main thread; returns the previous handler
    (for :func:`restore_sigterm`), or None when not on the main thread."""

    def handler(signum: int, frame: object) -> None:
        raise Terminated()

    if threading.current_thread() is threading.main_thread() and hasattr(signal, "SIGTERM"):
        return signal.signal(signal.SIGTERM, handler)
    return None


def restore_sigterm(previous: Any) -> None:
    """Put back the SIGTERM handler :func:`raise_on_sigterm` replaced."""
    if previous is not None and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, previous)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM back (POSIX, main thread) while a few renames complete."""
    can = hasattr(signal, "pthread_sigmask") and threading.current_thread() is threading.main_thread()
    held = {signal.SIGINT, signal.SIGTERM} if can else set()
    if can:
        old = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        if can:
            signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _why(e: OSError) -> str:
    return e.strerror or str(e)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# ----------------------------------------------------------------------------- single files


def check_output_file(path: Path, *, force: bool, option: str) -> Path:
    """Check, before any work, that ``path`` can be written; returns it.

    Raises :class:`InputError` (``OutputExistsError`` when it exists and ``force`` is false)
    with one line ``"<option> <path>: <problem>"``.
    """
    path = Path(path)
    where = f"{option} {path}"
    if path.name in ("", ".", ".."):
        raise InputError(f"{where}: not a file name")
    parent = path.parent
    if not parent.exists():
        raise InputError(f"{where}: folder {parent} does not exist")
    if not parent.is_dir():
        raise InputError(f"{where}: {parent} is not a folder")
    if path.is_dir():
        raise InputError(f"{where}: is a folder; give a file name")
    if path.exists() or path.is_symlink():
        if not force:
            raise OutputExistsError(f"{where}: file exists; pass --force to overwrite it")
        if not path.is_file():
            raise InputError(f"{where}: exists and is not a regular file; not overwriting it")
    _writable(parent, where)
    return path


def _writable(folder: Path, where: str) -> None:
    """Refuse a folder on a read-only file system or without write permission (one line)."""
    try:
        if os.statvfs(folder).f_flag & getattr(os, "ST_RDONLY", 1):
            raise InputError(f"{where}: folder {folder} is on a read-only file system")
    except (AttributeError, OSError):  # no statvfs (Windows): the permission check below
        pass
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InputError(f"{where}: folder {folder} is not writable")


@contextlib.contextmanager
def atomic_file(path: Path, *, force: bool = True, option: str = "output") -> Iterator[Path]:
    """Yield a temporary path next to ``path``; on success it replaces ``path`` atomically.

    The temporary file (``.<name>.<random>.part`` in the same folder) is removed on any
    failure, Ctrl-C and SIGTERM included. An existing symlink at ``path`` is replaced by the
    new file, not followed. Path and write errors are :class:`InputError` lines.
    """
    path = check_output_file(Path(path), force=force, option=option)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as e:
        raise InputError(f"{option} {path}: cannot write in {path.parent}: {_why(e)}") from None
    os.close(fd)
    tmp = Path(name)
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp's 0600 would become the output's mode
        yield tmp
        with _signals_held():
            os.replace(tmp, path)
    except OSError as e:
        raise InputError(f"{option} {path}: cannot write: {_why(e)}") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def write_text(path: Path, text: str, *, force: bool = True, option: str = "output") -> None:
    """Write ``text`` (UTF-8) to ``path`` through :func:`atomic_file`."""
    with atomic_file(path, force=force, option=option) as tmp:
        tmp.write_text(text, encoding="utf-8")


def write_bytes(path: Path, data: bytes, *, force: bool = True, option: str = "output") -> None:
    """Write ``data`` to ``path`` through :func:`atomic_file`."""
    with atomic_file(path, force=force, option=option) as tmp:
        tmp.write_bytes(data)


# ----------------------------------------------------------------------------- folders

_STAGING = re.compile(r"^\.minebelt-(\d+)-[A-Za-z0-9_]+\.part$")


def check_output_dir(out: Path, *, force: bool, option: str) -> Path:
    """Check, before any work, that the folder ``out`` can be written; returns it.

    ``out`` may be missing (then it is created at the end, one level, like ``mkdir``: its
    parent folder must exist, as the folder of an output file must — a mistyped parent is
    refused rather than created), an empty folder, or, with ``force``, a folder with files.
    Raises :class:`InputError` lines.
    """
    out = Path(out)
    where = f"{option} {out}"
    if out.exists() and not out.is_dir():
        raise OutputExistsError(f"{where}: exists and is not a folder")
    if out.is_dir():
        if any(not _STAGING.match(p.name) for p in out.iterdir()) and not force:
            raise OutputExistsError(f"{where}: folder is not empty; pass --force to write into it")
        target = out
    else:
        target = out.absolute().parent
        if not target.exists():
            raise InputError(
                f"{where}: folder {out.parent} does not exist (only the last folder of {option} is created)"
            )
        if not target.is_dir():
            raise InputError(f"{where}: {out.parent} is not a folder")
    _writable(target, where)
    return out


def _remove_dead_staging(folder: Path) -> None:
    """Staging folders left by killed runs (their process no longer exists)."""
    from .swap import pid_alive

    with contextlib.suppress(OSError):
        for p in folder.iterdir():
            m = _STAGING.match(p.name)
            if m and p.is_dir() and not p.is_symlink() and not pid_alive(int(m.group(1))):
                shutil.rmtree(p, ignore_errors=True)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _ours(out: Path, manifest: str) -> dict[str, str]:
    """Files the previous report in ``out`` wrote, as its manifest lists them: {name: sha256}."""
    try:
        doc = json.loads((out / manifest).read_text(encoding="utf-8"))
        return {str(f["path"]): str(f["sha256"]) for f in doc.get("files", []) if "/" not in str(f["path"])}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}


@contextlib.contextmanager
def atomic_dir(
    out: Path, *, force: bool, option: str = "--out", manifest: str = "manifest.json", stale: Iterable[str] = ()
) -> Iterator[Path]:
    """Yield a staging folder on ``out``'s file system; it becomes ``out`` on success.

    Parameters
    ----------
    out:
        The output folder (missing, empty, or with ``force`` non-empty).
    manifest:
        Name of the file moved in last, and read from the previous run to know which of its
        files were written by minebelt (name and sha256).
    stale:
        Names an earlier run may have written: those the new run does not write are dropped
        if, and only if, the previous manifest lists them with their current sha256 (so a
        user's own or edited file is never deleted); every other entry of ``out`` is kept.
    """
    from . import swap

    out = Path(out)
    swap.recover(out)
    out = check_output_dir(out, force=force, option=option)
    where = f"{option} {out}"
    fresh = not out.exists()
    whole = fresh or swap.can_replace(out)
    home = out.absolute().parent if whole else out
    _remove_dead_staging(home)
    try:
        prefix = swap.staging_prefix(out) if whole else f".minebelt-{os.getpid()}-"
        staging = Path(tempfile.mkdtemp(prefix=prefix, suffix=".part", dir=home))
        os.chmod(staging, 0o777 & ~_umask())  # mkdtemp's 0700 would become a new folder's mode
    except OSError as e:
        raise InputError(f"{where}: cannot write in {home}: {_why(e)}") from None
    try:
        yield staging
        names = sorted(p.name for p in staging.iterdir())
        if fresh:
            with _signals_held():
                os.replace(staging, out)
        elif whole:
            drop = _stale(out, names, _ours(out, manifest), stale)
            swap.carry_over(out, staging, set(names), drop, where)
            with _signals_held():
                swap.replace_dir(staging, out)
        else:
            _in_place(out, staging, names, manifest, stale, where)
    except OSError as e:
        raise InputError(f"{where}: cannot write: {_why(e)}") from None
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def _stale(out: Path, names: list[str], previous: dict[str, str], stale: Iterable[str]) -> set[str]:
    """Files of the previous report the new one does not write, unchanged since (by sha256)."""
    drop = set()
    for name in stale:
        p = out / name
        if name in names or name not in previous or not p.is_file() or p.is_symlink():
            continue
        if _sha256(p) == previous[name]:
            drop.add(name)
    return drop


def _in_place(out: Path, staging: Path, names: list[str], manifest: str, stale: Iterable[str], where: str) -> None:
    """Where the folder cannot be replaced whole (it is the working folder, a mount point, or
    its parent is not writable): the files moved in one by one, the manifest last, then the
    stale files removed. Signals are held; only SIGKILL in these few renames can mix."""
    with _signals_held():
        previous = _ours(out, manifest)
        for name in sorted(names, key=lambda n: n == manifest):  # the manifest last
            target = out / name
            if target.is_dir() and not target.is_symlink():
                raise InputError(f"{where}: {name} is a folder; not replacing it")
            os.replace(staging / name, target)
        for name in _stale(out, [], previous, [n for n in stale if n not in names]):
            (out / name).unlink()


__all__ = [
    "Terminated",
    "atomic_dir",
    "atomic_file",
    "check_output_dir",
    "check_output_file",
    "raise_on_sigterm",
    "write_bytes",
    "write_text",
]
