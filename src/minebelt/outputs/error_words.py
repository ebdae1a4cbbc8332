"""Error lines in the reader's language (the command line's, and the web page's 422 ``text``).

Layer: outputs. An :class:`~minebelt.errors.InputError` is worded once, in English, where the
input is read (the web API returns the same words: a contract). The terminal shows the line in
the reader's language: the sentence around the field is a message of the catalogues, while
the file, the field's name, the value given and the allowed range or keys stay exactly as
written (``defaults.depth_km = -3: musi mieścić się w (0, 50] km``), since they name what the
user types in the TOML. A line whose wording is not one of these patterns is shown as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..i18n import N_, current
from ..i18n import gettext as _
from .error_blocks import BLOCKS, reword_given
from .error_limits import LIMITS
from .error_shapes import SHAPES, places, reword
from .error_values import VALUES

#: One sentence of a table: the pattern it is written in (in English) and its message; the
#: pattern's named groups fill the message's placeholders (a value, a range, a hint as written).
Phrase = tuple[re.Pattern[str], str]


def phrase(table: tuple[Phrase, ...], text: str, fill: Callable[[dict[str, str]], None] | None = None) -> str | None:
    """``text`` in the reader's language by the first phrase of ``table`` that matches it whole
    (``fill`` may reword the groups first, in place); None when none does."""
    for pattern, message in table:
        m = pattern.match(text)
        if m:
            kw = {k: v or "" for k, v in m.groupdict().items()}
            if fill is not None:
                fill(kw)
            return _(message) % kw
    return None


#: The sentences of :class:`~minebelt.errors.InputError` lines (the line's last part).
PATTERNS: tuple[Phrase, ...] = (
    (re.compile(r"^required field is missing$"), N_("required field is missing")),
    (re.compile(r"^must lie in (?P<range>[\[(].*?[\])])(?P<rest>.*)$"), N_("must lie in %(range)s%(rest)s")),
    (re.compile(r'^must be a number or an interval like (?P<example>"[^"]*"), in (?P<range>[\[(].*?[\])])(?P<rest>.*)$'),
     N_("must be a number or an interval like %(example)s, in %(range)s%(rest)s")),
    (re.compile(r"^unknown ISO 3166-1 alpha-3 code (?P<value>'[^']*') \(did you mean (?P<hint>.*)\?\)$"),
     N_("unknown ISO 3166-1 alpha-3 code %(value)s (did you mean %(hint)s?)")),
    (re.compile(r"^unknown ISO 3166-1 alpha-3 code \(did you mean (?P<hint>.*)\?\)$"),
     N_("unknown ISO 3166-1 alpha-3 code (did you mean %(hint)s?)")),
    (re.compile(r"^unknown ISO 3166-1 alpha-3 code$"), N_("unknown ISO 3166-1 alpha-3 code")),
    (re.compile(r"^must be a whole number in (?P<range>[\[(].*?[\])])(?P<rest>.*)$"),
     N_("must be a whole number in %(range)s%(rest)s")),
    (re.compile(r"^must be a number in (?P<range>[\[(].*?[\])])(?P<rest>.*)$"), N_("must be a number in %(range)s%(rest)s")),
    (re.compile(r"^must be a whole number(?P<rest>.*)$"), N_("must be a whole number%(rest)s")),
    (re.compile(r"^must be a number(?P<rest>.*)$"), N_("must be a number%(rest)s")),
    (re.compile(r"^must be text \(in quotes\)$"), N_("must be text (in quotes)")),
    (re.compile(r"^must not be empty$"), N_("must not be empty")),
    (re.compile(r"^must be a table$"), N_("must be a table")),
    (re.compile(r"^must be an array$"), N_("must be an array")),
    (re.compile(r"^must be true or false$"), N_("must be true or false")),
    (re.compile(r"^file not found$"), N_("file not found")),
    (re.compile(r"^file not found \(a part of the path is not a folder\)$"),
     N_("file not found (a part of the path is not a folder)")),
    (re.compile(r"^unknown key (?P<key>'[^']*') \(allowed: (?P<allowed>[^)]*)\)$"),
     N_("unknown key %(key)s (allowed: %(allowed)s)")),
    (re.compile(r"^unknown key (?P<key>'[^']*') \(did you mean (?P<hint>'[^']*')\?\)$"),
     N_("unknown key %(key)s (did you mean %(hint)s?)")),
    (re.compile(r"^(?P<value>'[^']*'): unknown language; allowed: (?P<allowed>.*)$"),
     N_("%(value)s: unknown language; allowed: %(allowed)s")),
    (re.compile(r"^unknown density model(?P<meant> \(did you mean '[^']*'\?\))? \(known: (?P<known>[^;]*); or give mines per km\u00b2 as a number or an interval like (?P<example>\"[^\"]*\")\)$"),
     N_("unknown density model%(meant)s (known: %(known)s; or give mines per km\u00b2 as a number or an interval like %(example)s)")),
    (re.compile(r"^unknown density model(?P<meant> \(did you mean '[^']*'\?\))? \(allowed: (?P<allowed>[^)]*)\)$"),
     N_("unknown density model%(meant)s (allowed: %(allowed)s)")),
    (re.compile(r"^not UTF-8 text \(byte (?P<byte>\d+)\)(?P<rest>.*)$"), N_("not UTF-8 text (byte %(byte)s)")),
    (re.compile(r"^malformed TOML: .* \(at line (?P<line>\d+), column (?P<column>\d+)\)$"),
     N_("malformed TOML at line %(line)s, column %(column)s")),
    (re.compile(r"^malformed TOML: .*$"), N_("malformed TOML")),
    (re.compile(r"^must be (?P<bound>[<>]=? \S+)$"), N_("must be %(bound)s")),
    (re.compile(r"^must be a non-empty array of tables (?P<example>\(\[\[\w+\]\]\))$"),
     N_("must be a non-empty array of tables %(example)s")),
    (re.compile(r"^expr uses (?P<name>'[^']*'), which is not in refs \((?P<known>[^)]*)\)$"),
     N_("expr uses %(name)s, which is not in refs (%(known)s)")),
    (re.compile(r"^expr uses (?P<name>'[^']*'), which is not in refs \(did you mean (?P<hint>'[^']*')\?\)$"),
     N_("expr uses %(name)s, which is not in refs (did you mean %(hint)s?)")),
    (re.compile(r"^must hold at least (?P<n>\d+) entr(y|ies)( \(none given\))?$"), N_("too few entries (at least %(n)s)")),
    (re.compile(r"^at least (?P<n>\d+) characters$"), N_("text too short (at least %(n)s characters long)")),
    (re.compile(r"^(?P<n>[\d,]+) characters, more than (?P<max>\d+)$"),
     N_("text too long (%(n)s characters long, at most %(max)s)")),
    (re.compile(r"^must be (?P<allowed>'[^']*'(, '[^']*')*( or '[^']*')?)$"), N_("must be one of %(allowed)s")),
    (re.compile(r"^(?P<value>'.*') is neither a number nor an interval like (?P<example>\"[^\"]*\")$"),
     N_("%(value)s is neither a number nor an interval like %(example)s")),
    (re.compile(r"^(?P<value>'.*') is neither a number, a \[low, high\] pair nor a date such as (?P<example>\"[^\"]*\") "
                r"\(text is allowed only with selection or analysis = true, or a reading\)$"),
     N_("%(value)s is neither a number, a [low, high] pair nor a date such as %(example)s (text is allowed only with "
        "selection or analysis = true, or a reading)")),
    (re.compile(r"^a claims file, not a scenario: check it with minebelt factcheck$"),
     N_("a claims file, not a scenario: check it with minebelt factcheck")),
    (re.compile(r"^holds one scenario; compare needs at least two \(give a second file, or a file of several \[\[scenarios\]\]\)$"),
     N_("holds one scenario; compare needs at least two (give a second file, or a file of several [[scenarios]])")),
    # what the command line's own parser says of a value (click's and pydantic's words)
    (re.compile(r"^Input should be a valid integer.*$"), N_("must be a whole number")),
    (re.compile(r"^Input should be a valid number.*$"), N_("must be a number")),
    (re.compile(r"^(?P<value>'.*') is not a valid integer( range)?\.?$"), N_("%(value)s is not a whole number")),
    (re.compile(r"^(?P<value>'.*') is not a valid float( range)?\.?$"), N_("%(value)s is not a number")),
    (re.compile(r"^(?P<value>'.*') is not one of (?P<allowed>.*)\.$"), N_("%(value)s is not one of %(allowed)s")),
    *LIMITS,
    *SHAPES,
    *VALUES,
    *BLOCKS,
)  # fmt: skip

#: The units of the allowed ranges (:mod:`minebelt.scenario.quantities`) in the reader's words.
UNITS = {"km": N_("km"), "mines/km\u00b2": N_("mines/km\u00b2"), "mines/km of front": N_("mines/km of front"),
         "degree": N_("degree"), "km\u00b2/year": N_("km\u00b2/year"), "mines/year": N_("mines/year"),
         "per mine": N_("per mine")}  # fmt: skip

#: A range's web API limit after it: "must lie in [1, 100,000] in the web API (API_SAMPLES_MAX)".
_WEB_LIMIT = re.compile(r"^ in the web API \((?P<limit>[A-Z_]+)\)$")


#: A suggested ISO code with its English name: ``'POL' (Poland)``.
_HINT = re.compile(r"'(?P<code>[A-Z]{3})' \((?P<name>[^)]*)\)")


def _country_hint(m: re.Match[str]) -> str:
    from .report.local_names import country

    name = country(m["code"])
    return f"'{m['code']}' ({name if name and name != m['code'] else m['name']})"


def localise(line: str) -> str:
    """``line`` with its sentence in the reader's language: the line's last part matched
    against :data:`PATTERNS`, what stands before it as written; as written in English or when
    no pattern matches."""
    if current() == "en":
        return line
    # every place a sentence may start: the line's start, after ": " and after a space (the
    # value of "--lang 'xx': unknown language" goes with its sentence); the first that
    # matches a whole pattern wins
    starts = [0] + [m.end() for m in re.finditer(r": | ", line)]
    for i in starts:
        words = phrase(PATTERNS, line[i:], _reword)
        if words is not None:
            return places(line[:i]) + words
    return line


#: A bound of a range as the English line writes it: ``100000``, ``100,000``, ``0.1``, ``1e+09``.
_BOUND = re.compile(r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:e[+-]?\d+)?")


def _bound(m: re.Match[str]) -> str:
    """One bound in the reader's numbers (``100000`` -> ``100 000``, ``0.1`` -> ``0,1``); a whole
    number under 10,000 as written, since a year's range (``[1900, 2200]``) is never grouped."""
    from .. import numbers as N

    v = float(m[0].replace(",", ""))
    if v.is_integer():
        return m[0].replace(",", "") if abs(v) < 10_000 else N.count(v)
    return N.num(v, scale=False)


def _reword(kw: dict[str, str]) -> None:
    if kw.get("range"):  # "(0, 100000]": the bounds in the reader's numbers, as the report writes them
        shown = _BOUND.sub(_bound, kw["range"])
        if "," in shown.replace(", ", ""):  # a decimal comma ("[0, 0,1]"): the bounds apart by "; "
            shown = shown.replace(", ", "; ")
        kw["range"] = shown
    if kw.get("rest", "").strip() in UNITS:  # the range's unit, as the reader writes it
        kw["rest"] = " " + _(UNITS[kw["rest"].strip()])
    elif m := _WEB_LIMIT.match(kw.get("rest", "")):
        kw["rest"] = " " + _("in the web API (%(limit)s)") % {"limit": m["limit"]}
    if kw.get("hint"):  # a suggested code's country in the reader's language (CLDR's name)
        kw["hint"] = _HINT.sub(_country_hint, kw["hint"])
    if kw.get("meant"):  # " (did you mean 'korea-peak'?)": the suggestion as written
        kw["meant"] = " " + _("(did you mean %(hint)s?)") % {"hint": kw["meant"][len(" (did you mean ") : -len("?)")]}
    if "' or '" in kw.get("allowed", ""):  # 'left' or 'right': the choices as a list
        kw["allowed"] = kw["allowed"].replace("' or '", "', '")
    if kw.get("known") in ("none", "'none defined'"):  # refs (none), [parameters] (none)
        kw["known"] = _("none")
    if kw.get("unit") in UNITS:
        kw["unit"] = _(UNITS[kw["unit"]])
    reword_given(kw)
    reword(kw)


__all__ = ["PATTERNS", "Phrase", "localise", "phrase"]
