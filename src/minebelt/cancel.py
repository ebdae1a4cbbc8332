"""Cooperative cancellation of long computations (the web server's "client left").

Layer: foundation.

The web layer runs each request inside :func:`cancellable` with a
:class:`threading.Event` it sets when the client disconnects; the core calls
:func:`checkpoint` between stages and after each measured section, which raises
:class:`Cancelled` once the event is set. The token is a :class:`contextvars.ContextVar`,
so it follows the request into the worker thread (anyio copies the context) and costs
nothing outside the web server. Python cannot stop a thread in the middle of a GEOS or
numpy call: work stops at the next checkpoint.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from contextvars import ContextVar

_TOKEN: ContextVar[threading.Event | None] = ContextVar("minebelt_cancel", default=None)


class Cancelled(Exception):
    """The caller no longer wants the result (the web client disconnected)."""


def checkpoint() -> None:
    """Raise :class:`Cancelled` if the current request was cancelled; otherwise nothing."""
    event = _TOKEN.get()
    if event is not None and event.is_set():
        raise Cancelled("the client left; the computation was stopped")


def current() -> threading.Event | None:
    """The cancel event of the current context (None outside :func:`cancellable`)."""
    return _TOKEN.get()


@contextlib.contextmanager
def cancellable(event: threading.Event) -> Iterator[threading.Event]:
    """Run the block with ``event`` as its cancel token."""
    token = _TOKEN.set(event)
    try:
        yield event
    finally:
        _TOKEN.reset(token)


__all__ = ["Cancelled", "cancellable", "checkpoint", "current"]
