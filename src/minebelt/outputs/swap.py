"""Replacing a whole output folder at once, so that a kill at any instant cannot mix two reports.

Layer: outputs.

The new report is written in full in a staging folder *beside* the old one (same parent, so
the same file system), the entries of the old folder that are not report files -- the user's
own files and folders, and report files the user changed -- are carried into it as hard links
(copies where the file system has none), and then the two folders are exchanged:

- Linux: one ``renameat2(oldpath, newpath, RENAME_EXCHANGE)`` call (kernel 3.15+, glibc 2.28+;
  ext4, btrfs, xfs, tmpfs and others), atomic: the name points at the complete old folder
  until it points at the complete new one. Called through :mod:`ctypes`: Python's :mod:`os`
  has no wrapper, and the one package on PyPI (``renameat2``) ships wheels for CPython 3.11
  and older only (a C build elsewhere);
- elsewhere, or a file system that refuses the exchange: two renames, the old folder aside to
  ``.<name>.minebelt-<pid>-<random>.old`` and the new one into place. A kill between them
  leaves no folder under the name for a moment, never a mixed one; :func:`recover` (run by the
  next write into the same place) puts the old one back.

The old report (now the staging folder's name) is then removed. What a kill can leave:
``.<name>.minebelt-<pid>-*.part`` (a staging folder, or the old report after the exchange)
and ``.old`` folders of a process that no longer runs; :func:`recover` removes them.
:func:`_step` marks every step, so a test can kill the process at each one.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import re
import shutil
from pathlib import Path

from ..errors import InputError

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100
#: errno values meaning "no exchange here" (old kernel or C library, file system without it)
_UNSUPPORTED = {errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP}


def _step(name: str) -> None:
    """A point between two steps of a replacement (a no-op; tests kill the process here)."""


def _renameat2() -> object | None:
    try:
        return ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):  # not Linux, or a C library without it
        return None


def exchange(a: Path, b: Path) -> bool:
    """Atomically exchange the folders ``a`` and ``b`` (same file system); False where the
    system or the file system cannot (nothing changed then). Other failures raise OSError."""
    fn = _renameat2()
    if fn is None:
        return False
    if fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:  # type: ignore[operator]
        return True
    err = ctypes.get_errno()
    if err in _UNSUPPORTED:
        return False
    raise OSError(err, os.strerror(err), str(a))


def staging_prefix(out: Path) -> str:
    """Prefix of this process's staging folder beside ``out``."""
    return f".{Path(out).absolute().name}.minebelt-{os.getpid()}-"


def _leftover(name: str, out_name: str) -> re.Match[str] | None:
    return re.fullmatch(rf"\.{re.escape(out_name)}\.minebelt-(\d+)-[A-Za-z0-9_]+\.(part|old)", name)


def pid_alive(pid: int) -> bool:
    """Whether process ``pid`` exists (this process always does; one of another user counts)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def recover(out: Path) -> None:
    """Clean up after replacements of ``out`` whose process was killed: an ``.old`` folder
    goes back under the name if that is empty (a kill between the two renames), every other
    leftover is removed."""
    out = Path(out).absolute()
    parent = out.parent
    with contextlib.suppress(OSError):
        found = [
            (p, m) for p in parent.iterdir() if (m := _leftover(p.name, out.name)) and p.is_dir() and not p.is_symlink()
        ]
        for p, m in sorted(found, key=lambda pm: pm[1].group(2) != "old"):  # put back before removing
            if pid_alive(int(m.group(1))):
                continue
            if m.group(2) == "old" and not out.exists():
                os.rename(p, out)
            else:
                shutil.rmtree(p, ignore_errors=True)


def can_replace(out: Path) -> bool:
    """True when ``out`` can be replaced whole: its parent is writable, it is not a mount
    point, not a symlink, and not the working folder (or one above it) of this process --
    a shell sitting in the folder would be left in the removed old one."""
    out = Path(out)
    if out.is_symlink():
        return False
    real = out.resolve()
    parent = real.parent
    try:
        if os.stat(real).st_dev != os.stat(parent).st_dev:
            return False
        cwd = Path.cwd().resolve()
    except OSError:
        return False
    if cwd == real or real in cwd.parents:
        return False
    return os.access(parent, os.W_OK | os.X_OK)


def _link_tree(src: Path, dst: Path) -> None:
    """``src`` (a file, a symlink or a folder) at ``dst``, sharing the files' data (hard links)."""

    def link(a: str, b: str) -> None:
        try:
            os.link(a, b, follow_symlinks=False)
        except OSError:  # no hard links here (or across a mount inside): a copy
            shutil.copy2(a, b, follow_symlinks=False)

    if src.is_symlink():
        os.symlink(os.readlink(src), dst)
    elif src.is_dir():
        shutil.copytree(src, dst, symlinks=True, copy_function=link)
    else:
        link(str(src), str(dst))


def carry_over(out: Path, staging: Path, written: set[str], drop: set[str], where: str) -> None:
    """Every entry of ``out`` that the new report neither writes (``written``) nor drops as
    stale (``drop``) into ``staging``: the user's files stay where they were. Refuses a
    folder of the user's where the report writes a file."""
    mode = os.stat(out).st_mode & 0o7777
    for entry in sorted(Path(out).iterdir()):
        name = entry.name
        if name in written:
            if entry.is_dir() and not entry.is_symlink():
                raise InputError(f"{where}: {name} is a folder; not replacing it")
            continue
        if name in drop or re.fullmatch(r"\.minebelt-\d+-[A-Za-z0-9_]+\.part", name):
            continue
        _link_tree(entry, staging / name)
        _step(f"carried {name}")
    os.chmod(staging, mode)


def replace_dir(staging: Path, out: Path) -> None:
    """``staging`` becomes ``out`` at once (module docstring); the old folder is removed."""
    staging, out = Path(staging), Path(out)
    _step("before the exchange")
    if exchange(staging, out):
        _step("exchanged")
        shutil.rmtree(staging, ignore_errors=True)  # the old report, now under the staging name
        return
    old = staging.with_name(staging.name[: -len(".part")] + ".old")
    os.rename(out, old)
    _step("old folder aside")
    try:
        os.rename(staging, out)
    except OSError:
        os.rename(old, out)
        raise
    _step("new folder in place")
    shutil.rmtree(old, ignore_errors=True)


__all__ = ["can_replace", "carry_over", "exchange", "recover", "replace_dir", "staging_prefix"]
