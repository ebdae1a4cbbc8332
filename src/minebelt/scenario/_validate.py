"""Shared checks of user input, before any work: sizes, nesting, spelling, text.

Layer: inputs.

Pure functions, no I/O. Each raises :class:`~minebelt.errors.InputError` (or ``ValueError``
inside pydantic validators) with one line naming the field and what is allowed; every
limit is a constant of :mod:`minebelt.settings`.

- :func:`check_toml_text` / :func:`check_tree`: a scenario or claims file's dotted keys,
  nesting depth and number of entries (``TOML_KEY_PARTS_MAX``, ``TOML_DEPTH_MAX``,
  ``TOML_KEYS_MAX``);
- :func:`check_name` / :func:`check_text`: length caps and no control characters;
- :func:`json_depth`: the nesting depth of JSON text, without parsing it.

The wording helpers of the messages (:func:`~minebelt.errors.clip`,
:func:`~minebelt.errors.suggest`, :func:`~minebelt.errors.unknown_key`) are in
:mod:`minebelt.errors`.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from .. import settings
from ..errors import InputError

# ----------------------------------------------------------------------------- text


def _bad_char(text: str, newlines: bool) -> tuple[int, str] | None:
    """First control, format (bidi) or unassigned-surrogate character, or None."""
    for i, ch in enumerate(text):
        if ch in "\t" or (newlines and ch in "\n\r"):
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cs") or (cat == "Cf" and ch not in "\u200d\u200c\u00ad"):
            return i, ch
    return None


def _check(value: str, limit: int, setting: str, newlines: bool, hint: str = "") -> str:
    if len(value) > limit:
        raise ValueError(f"{len(value):,} characters, more than {limit:,} ({setting})")
    bad = _bad_char(value, newlines=newlines)
    if bad:
        i, ch = bad
        raise ValueError(f"contains the control character U+{ord(ch):04X} at position {i}{hint}")
    return value


def check_name(value: str, field: str = "name") -> str:
    """A one-line label: up to ``NAME_CHARS_MAX`` characters, no control characters.

    Raises ``ValueError`` (for pydantic validators) naming the problem.
    """
    return _check(value, settings.NAME_CHARS_MAX, "NAME_CHARS_MAX", False, "; names are one line of printable text")


def check_text(value: str, field: str = "text") -> str:
    """Free text: up to ``TEXT_CHARS_MAX`` characters; line breaks and tabs allowed, other
    control characters (escape codes, NUL) not."""
    return _check(value, settings.TEXT_CHARS_MAX, "TEXT_CHARS_MAX", True)


# ----------------------------------------------------------------------------- TOML files

# One pass over the text, never restarting inside a token: every key part always matches once
# started (a string left open runs to the end of its line), bare keys are maximal runs, and the
# scan is anchored at the start with possessive repetition, so a failed search costs one pass.
# (A search for "33 parts" that restarted at each character backtracked over every run of key
# characters: 200,000 of them in a name took 60-86 s, a 1 MiB comment over 120 s.)
_BARE = r"[A-Za-z0-9_-]++"
_BASIC = r'"(?:[^"\\\n]|\\.?)*+(?:"|(?=\n)|\Z)'
_LITERAL = r"'[^'\n]*+(?:'|(?=\n)|\Z)"
_PART = rf"(?:{_BARE}|{_BASIC}|{_LITERAL})"
_SEP = r"[ \t]*+\.[ \t]*+"
_N = settings.TOML_KEY_PARTS_MAX
#: Everything up to the first key of more than ``TOML_KEY_PARTS_MAX`` parts (group 1): single
#: characters that start no key part, and keys of at most that many parts not followed by more.
_LONG_KEY = re.compile(
    rf"""\A(?:[^A-Za-z0-9_"'-]|{_PART}(?:{_SEP}{_PART}){{0,{_N - 1}}}+(?!{_SEP}{_PART}))*+({_PART}(?:{_SEP}{_PART}){{{_N}}})"""
)


def check_toml_text(text: str, label: str) -> None:
    """Refuse dotted keys or table headers of more than ``TOML_KEY_PARTS_MAX`` parts, on the
    text, before ``tomllib`` (which needs memory quadratic in their length) sees it.

    Linear time in the text, whatever it holds (one pass of one regular expression, anchored,
    possessive); conservative: dotted words in comments and strings count as keys.
    """
    m = _LONG_KEY.match(text)
    if m:
        line = text.count("\n", 0, m.start(1)) + 1
        raise InputError(
            f"{label}: line {line}: a dotted key of more than {settings.TOML_KEY_PARTS_MAX} parts "
            f"(TOML_KEY_PARTS_MAX); scenario keys are at most a few levels deep"
        )


def check_tree(
    doc: Any, label: str, max_depth: int = settings.TOML_DEPTH_MAX, max_items: int = settings.TOML_KEYS_MAX
) -> None:
    """Refuse a parsed document nested deeper than ``max_depth`` or with more than
    ``max_items`` keys and array items in all (iteratively: no recursion limit)."""
    stack: list[tuple[Any, int, str]] = [(doc, 1, "")]
    items = 0
    while stack:
        node, depth, path = stack.pop()
        if isinstance(node, dict):
            children = [(v, f"{path}.{k}" if path else str(k)) for k, v in node.items()]
        elif isinstance(node, list):
            children = [(v, f"{path}[{i}]") for i, v in enumerate(node)]
        else:
            continue
        if depth > max_depth:
            raise InputError(
                f"{label}: {path or 'document'}: nested more than {max_depth} levels deep (TOML_DEPTH_MAX)"
            )
        items += len(children)
        if items > max_items:
            raise InputError(f"{label}: more than {max_items:,} keys and array items in all (TOML_KEYS_MAX)")
        stack.extend((v, depth + 1, p) for v, p in children if isinstance(v, (dict, list)))


# ----------------------------------------------------------------------------- JSON text


# A string left open runs to the end, so every match attempt at a quote succeeds and the
# substitution never rescans: linear time (``"\\"\\"\\"...`` made the closed-only form quadratic).
_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.?)*+(?:"|\Z)', re.DOTALL)


def json_depth(blob: bytes) -> int:
    """Nesting depth of JSON text (brackets outside strings), without parsing it.

    Strings are removed with one regular expression (an unclosed one runs to the end), then
    the depth is a cumulative sum over the brackets (numpy): linear time and no recursion, so a body of a million ``[``
    cannot exhaust a parser's stack. Call it before ``json.loads``.
    """
    import numpy as np

    bare = _JSON_STRING.sub(b"", blob)
    a = np.frombuffer(bare, dtype=np.uint8)
    step = ((a == 0x5B) | (a == 0x7B)).astype(np.int32) - ((a == 0x5D) | (a == 0x7D)).astype(np.int32)
    return int(np.cumsum(step).max()) if len(step) else 0


__all__ = [
    "check_name",
    "check_text",
    "check_toml_text",
    "check_tree",
    "json_depth",
]
