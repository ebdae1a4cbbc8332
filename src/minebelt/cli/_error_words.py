"""The command line's error lines in the reader's language.

Layer: interfaces. An :class:`~minebelt.errors.InputError` is worded once, in English, where the
input is read (the web API returns the same words: a contract). The terminal shows the line in
the reader's language: the sentence around the field is a message of the catalogues, while
the file, the field's name, the value given and the allowed range or keys stay exactly as
written (``defaults.depth_km = -3: musi mieścić się w (0, 50] km``), since they name what the
user types in the TOML. A line whose wording is not one of these patterns is shown as written.
"""

from __future__ import annotations

import re

from ..i18n import N_, current
from ..i18n import gettext as _

#: (pattern of a line's last part, message): the named groups fill the message's placeholders.
PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^required field is missing$"), N_("required field is missing")),
    (re.compile(r"^must lie in (?P<range>[\[(].*?[\])])(?P<rest>.*)$"), N_("must lie in %(range)s%(rest)s")),
    (re.compile(r'^must be a number or an interval like (?P<example>"[^"]*"), in (?P<range>[\[(].*?[\])])(?P<rest>.*)$'),
     N_("must be a number or an interval like %(example)s, in %(range)s%(rest)s")),
    (re.compile(r"^unknown ISO 3166-1 alpha-3 code (?P<value>'[^']*') \(did you mean (?P<hint>.*)\?\)$"),
     N_("unknown ISO 3166-1 alpha-3 code %(value)s (did you mean %(hint)s?)")),
    (re.compile(r"^unknown ISO 3166-1 alpha-3 code \(did you mean (?P<hint>.*)\?\)$"),
     N_("unknown ISO 3166-1 alpha-3 code (did you mean %(hint)s?)")),
    (re.compile(r"^unknown ISO 3166-1 alpha-3 code$"), N_("unknown ISO 3166-1 alpha-3 code")),
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
)  # fmt: skip

#: The units of the allowed ranges (:mod:`minebelt.scenario.quantities`) in the reader's words.
UNITS = {"km": N_("km"), "mines/km\u00b2": N_("mines/km\u00b2"), "mines/km of front": N_("mines/km of front")}


#: A suggested ISO code with its English name: ``'POL' (Poland)``.
_HINT = re.compile(r"'(?P<code>[A-Z]{3})' \((?P<name>[^)]*)\)")


def _country_hint(m: re.Match[str]) -> str:
    from ..outputs.report.local_names import country

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
        for pattern, message in PATTERNS:
            m = pattern.match(line[i:])
            if m:
                kw = m.groupdict()
                if kw.get("rest", "").strip() in UNITS:  # the range's unit, as the reader writes it
                    kw["rest"] = " " + _(UNITS[kw["rest"].strip()])
                if kw.get("hint"):  # a suggested code's country in the reader's language (CLDR's name)
                    kw["hint"] = _HINT.sub(_country_hint, kw["hint"])
                return line[:i] + _(message) % kw
    return line


__all__ = ["PATTERNS", "localise"]
