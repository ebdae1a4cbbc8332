"""Errors minebelt raises on bad input.

Layer: foundation.

Every user-facing failure is an :class:`InputError` whose message is one line that names
the file, the place in it (section, field) and what is allowed. The CLI prints that line
and exits with status 2; the web API turns it into HTTP 422. :func:`clip`, :func:`suggest` and
:func:`unknown_key` word those lines the same way everywhere.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any


class InputError(ValueError):
    """Bad input: a scenario, claims file, GeoJSON, option or API request minebelt cannot use.

    Parameters
    ----------
    message, *more:
        One line each, naming the problem, e.g. ``"scenario.toml: sections[2] 'Poland':
        depth_km = 80: must lie in (0, 50] km"``. A file with several problems gives one line
        per problem (:attr:`lines`), each naming its section and field; ``str()`` joins them
        with newlines (the CLI prints each as ``minebelt: error: ...``).
    """

    def __init__(self, message: str, *more: str) -> None:
        lines = [" ".join(str(m).split()) for m in (message, *more)]
        self.lines: tuple[str, ...] = tuple(dict.fromkeys(line for line in lines if line)) or ("",)
        super().__init__("\n".join(self.lines))

    @property
    def message(self) -> str:
        return str(self)

    @classmethod
    def combine(cls, errors: Iterable[InputError]) -> InputError:
        """One error holding every line of ``errors`` (in order, repeated lines once)."""
        lines = [line for e in errors for line in e.lines]
        return cls(*lines) if lines else cls("invalid input")


class OutputExistsError(InputError):
    """An output path exists and the user did not ask to overwrite it."""


class DataMissingError(InputError):
    """A bundled data file is missing from the installation."""


# ----------------------------------------------------------------------------- wording of messages


def clip(value: Any, n: int = 60) -> str:
    """``repr(value)`` of at most about ``n`` characters, for error messages."""
    text = repr(value)
    if len(text) <= n:
        return text
    return f"{text[: n - 12]}\u2026{text[-8:]} ({len(str(value)):,} characters)"


def suggest(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest of ``choices``, or ``""`` (difflib ratio >= 0.6)."""
    close = difflib.get_close_matches(str(word), sorted(set(choices)), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def unknown_key(key: str, allowed: Iterable[str]) -> str:
    """``unknown key 'sectoins' (did you mean 'sections'?)``, else the allowed keys."""
    allowed = sorted(set(allowed))
    hint = suggest(key, allowed)
    if hint:
        return f"unknown key {clip(key)}{hint}"
    return f"unknown key {clip(key)} (allowed: {', '.join(allowed)})"
