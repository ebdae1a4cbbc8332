"""Output hygiene: text from users made safe for spreadsheets and terminals.

Layer: outputs.

- :func:`csv_cell`: a CSV cell a spreadsheet will not run as a formula (OWASP "CSV
  Injection", https://owasp.org/www-community/attacks/CSV_Injection, read 2026-11): a text
  cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading
  apostrophe, which Excel, LibreOffice Calc and Google Sheets show as text. Numbers are
  never touched (a negative number stays a number).
- :func:`terminal_safe`: text with control characters (escape sequences, NUL, bell,
  bidirectional overrides) shown as visible escapes (``\\x1b``) instead of acting on the
  terminal.
- :class:`SafeConsole`: a :class:`rich.console.Console` that passes every string it renders
  through :func:`terminal_safe` and never reads rich markup from data (a section named
  ``"Poland [north]"`` prints as written).
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Any

#: First characters that make a spreadsheet read a cell as a formula (OWASP).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """``value`` as a CSV cell no spreadsheet runs as a formula (see the module docstring).

    >>> csv_cell("=HYPERLINK(\\"http://x\\")")
    '\\'=HYPERLINK("http://x")'
    >>> csv_cell(-5.0), csv_cell("Poland")
    (-5.0, 'Poland')
    """
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def _unsafe(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return cat in ("Cc", "Cs") or (cat == "Cf" and ch not in "\u200d\u200c\u00ad")


def terminal_safe(text: str, keep_newlines: bool = True) -> str:
    """``text`` with control and bidi-override characters as visible escapes (``\\x1b``, ``\\u202e``).

    Tabs, and (with ``keep_newlines``) line breaks, are kept.
    """
    if text.isprintable():
        return text
    keep = "\t\n" if keep_newlines else "\t"
    out = []
    for ch in text:
        if ch in keep or not _unsafe(ch):
            out.append(ch)
        else:
            out.append(ascii(ch)[1:-1])
    return "".join(out)


@functools.lru_cache(maxsize=1)
def _console_class() -> type:
    from rich.console import Console

    class SafeConsole(Console):
        """A rich Console that renders every string through :func:`terminal_safe`, markup off."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("markup", False)
            kwargs.setdefault("emoji", False)
            super().__init__(*args, **kwargs)

        def render_str(self, text: str, **kwargs: Any) -> Any:
            return super().render_str(terminal_safe(text), **kwargs)

    return SafeConsole


def SafeConsole(*args: Any, **kwargs: Any) -> Any:  # noqa: N802 - a class factory: rich is imported lazily
    """A :class:`rich.console.Console` whose strings are made safe (see the module docstring)."""
    return _console_class()(*args, **kwargs)


__all__ = ["FORMULA_PREFIXES", "SafeConsole", "csv_cell", "terminal_safe"]
