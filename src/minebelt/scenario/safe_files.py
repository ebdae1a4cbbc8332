"""Reading input files safely: regular files only, size-capped, never blocking.

Layer: inputs.

Every file minebelt reads on a user's behalf (scenarios, claims, ``line`` and ``mask``
GeoJSON) goes through :func:`read_bytes`. It refuses, with one :class:`InputError` line
naming the file:

- anything that is not a regular file: a folder, a FIFO (reading one would block until a
  writer appears), a character device (``/dev/zero`` never ends, ``/dev/tty`` waits for a
  keyboard), a socket;
- a file larger than the caller's cap (checked on the size the file system reports, and
  again while reading, for a file that grows);
- a file that cannot be opened (missing, permission denied), with the system's reason.

The file is opened with ``O_NONBLOCK`` so that even a FIFO swapped in after the first check
cannot block the open, then checked again on the open descriptor (``fstat``).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from ..errors import InputError


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _mib(n: int) -> str:
    return f"{n / (1 << 20):,.1f} MiB" if n >= 1 << 20 else f"{n:,} bytes"


def check_regular(path: str | Path, *, max_bytes: int, what: str = "file", label: str | None = None) -> os.stat_result:
    """Without reading it: ``path`` is a regular file of at most ``max_bytes`` (else InputError)."""
    p = Path(path)
    name = label if label is not None else str(p)
    try:
        st = os.stat(p)
    except FileNotFoundError:
        raise InputError(f"{name}: file not found") from None
    except NotADirectoryError:
        raise InputError(f"{name}: file not found (a part of the path is not a folder)") from None
    except OSError as e:
        raise InputError(f"{name}: cannot read: {e.strerror or e}") from None
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{name}: is {_kind(st.st_mode)}, not a regular file; expected a {what}")
    if st.st_size > max_bytes:
        raise InputError(f"{name}: {_mib(st.st_size)}, larger than the {_mib(max_bytes)} allowed for a {what}")
    return st


def read_bytes(path: str | Path, *, max_bytes: int, what: str = "file", label: str | None = None) -> bytes:
    """The bytes of the regular file ``path``, at most ``max_bytes`` of them.

    Parameters
    ----------
    path:
        The file to read.
    max_bytes:
        Largest size accepted (a ``settings.*_BYTES_MAX``); larger files are refused
        before anything is read.
    what:
        What the file is for the message ("scenario file", "GeoJSON file").
    label:
        How to name the file in messages (default: ``path`` as given).

    Raises
    ------
    InputError
        One line: ``"<label>: <problem> (<what> expected ...)"``.
    """
    p = Path(path)
    name = label if label is not None else str(p)
    check_regular(p, max_bytes=max_bytes, what=what, label=name)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(p, flags)
    except OSError as e:
        if e.errno == errno.ENXIO:  # a FIFO or socket swapped in between the checks
            raise InputError(f"{name}: is not a regular file; expected a {what}") from None
        raise InputError(f"{name}: cannot read: {e.strerror or e}") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{name}: is {_kind(st.st_mode)}, not a regular file; expected a {what}")
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > max_bytes:
                raise InputError(f"{name}: larger than the {_mib(max_bytes)} allowed for a {what}")
    except OSError as e:
        raise InputError(f"{name}: cannot read: {e.strerror or e}") from None
    finally:
        os.close(fd)
    return b"".join(chunks)


def read_text(path: str | Path, *, max_bytes: int, what: str = "file", label: str | None = None) -> str:
    """:func:`read_bytes` decoded as UTF-8 (a byte-order mark is dropped); InputError if it is not UTF-8."""
    blob = read_bytes(path, max_bytes=max_bytes, what=what, label=label)
    try:
        return blob.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        name = label if label is not None else str(path)
        raise InputError(f"{name}: not UTF-8 text (byte {e.start}); expected a {what}") from None


__all__ = ["check_regular", "read_bytes", "read_text"]
