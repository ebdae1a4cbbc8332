"""The sentences of the value input errors: numbers, intervals and distributions in a
scenario's TOML values, ``{param = ...}`` references, fact-check expressions and the atlas
options (appended to :data:`~minebelt.outputs.error_words.PATTERNS`).

Layer: outputs. Each pattern matches the English sentence as the input layer words it (the
field before it stays as written); its named groups fill the message's placeholders as
written: the value given, a distribution's form (``uniform [a, b]``), limits and their
setting names (``NAME_CHARS_MAX``).
"""

from __future__ import annotations

import re

from ..i18n import N_

#: A distribution's name as the TOML writes it.
_KIND = r"(?:uniform|triangular|normal|lognormal)"

VALUES: tuple[tuple[re.Pattern[str], str], ...] = (
    # numbers, intervals and distributions in a scenario's values
    (re.compile(r"^expected a number or a distribution, got (?P<value>\S+) \(a boolean\)$"),
     N_("expected a number or a distribution, got %(value)s (a boolean)")),
    (re.compile(r"^expected a number, got (?P<value>\S+) \(a boolean\)$"),
     N_("expected a number, got %(value)s (a boolean)")),
    (re.compile(r"^expected a number or a distribution, got (?P<value>.*)$"),
     N_("expected a number or a distribution, got %(value)s")),
    (re.compile(r"^(?P<value>[^\s:]+) is not a finite number$"), N_("%(value)s is not a finite number")),
    (re.compile(r"^(?P<n>[\d,]+) characters, more than (?P<max>\d+) \(NAME_CHARS_MAX\) for a number, interval or "
                r"model name$"),
     N_("%(n)s characters, more than %(max)s (NAME_CHARS_MAX) for a number, interval or model name")),
    (re.compile(r"^cannot read the numbers in (?P<value>'.*')$"), N_("cannot read the numbers in %(value)s")),
    (re.compile(r"^both ends must be finite numbers \(a float reaches about 1\.8e308\)$"),
     N_("both ends must be finite numbers (a float reaches about 1.8e308)")),
    (re.compile(r"^interval (?P<value>'.*') is inverted or empty: the first value must be smaller$"),
     N_("interval %(value)s is inverted or empty: the first value must be smaller")),
    (re.compile(r"^too wide to compute with \(its parameters overflow a float\)$"),
     N_("too wide to compute with (its parameters overflow a float)")),
    (re.compile(r"^a distribution is one of (?P<kinds>\{[^}]*\}), got keys (?P<keys>\[.*\])$"),
     N_("a distribution is one of %(kinds)s, got keys %(keys)s")),
    (re.compile(r"^unknown distribution kind (?P<value>'[^']*')(?P<meant> \(did you mean '[^']*'\?\))? "
                r"\(allowed: (?P<allowed>[^)]*)\)$"),
     N_("unknown distribution kind %(value)s%(meant)s (allowed: %(allowed)s)")),
    (re.compile(rf"^(?P<kind>{_KIND}) takes a list of (?P<n>\d) numbers, got (?P<value>.*)$"),
     N_("%(kind)s takes a list of %(n)s numbers, got %(value)s")),
    (re.compile(r"^triangular \[a, mode, b\] needs a <= mode <= b and a < b, got (?P<value>.*)$"),
     N_("triangular [a, mode, b] needs a <= mode <= b and a < b, got %(value)s")),
    (re.compile(rf"^(?P<form>{_KIND} \[[^\]]*\]) needs (?P<need>[^,]*), got (?P<value>\[.*\])$"),
     N_("%(form)s needs %(need)s, got %(value)s")),
    (re.compile(r"^must be at least (?P<min>\S+) (?P<unit>.*) \(POSITIVE_MIN\): smaller values are not meaningful "
                r"and overflow$"),
     N_("must be at least %(min)s %(unit)s (POSITIVE_MIN): smaller values are not meaningful and overflow")),
    (re.compile(r"^unknown parameter (?P<name>'[^']*')(?P<meant> \(did you mean '[^']*'\?\))? \(in \[parameters\]: "
                r"(?P<known>.*)\)$"),
     N_("unknown parameter %(name)s%(meant)s (in [parameters]: %(known)s)")),
    (re.compile(r"^a parameter cannot refer to another parameter$"),
     N_("a parameter cannot refer to another parameter")),
    (re.compile(r"^give an ISO 3166-1 alpha-3 code like 'POL', a country name like 'Poland', or several joined by "
                r"'\+' like 'EST\+LVA\+LTU'$"),
     N_("give an ISO 3166-1 alpha-3 code like 'POL', a country name like 'Poland', or several joined by '+' like "
        "'EST+LVA+LTU'")),
    (re.compile(r"^(?P<codes>[A-Z]{3}(?:, [A-Z]{3})*) listed more than once \(each country counts once\)$"),
     N_("%(codes)s listed more than once (each country counts once)")),
    # fact-check expressions
    (re.compile(r"^must be text \(arithmetic over refs\), got (?P<value>.*)$"),
     N_("must be text (arithmetic over refs), got %(value)s")),
    (re.compile(r"^(?P<n>[\d,]+) elements, more than (?P<max>\d+) \(EXPR_NODES_MAX\)$"),
     N_("%(n)s elements, more than %(max)s (EXPR_NODES_MAX)")),
    (re.compile(r"^only numbers, refs, \+ - \* /, parentheses, max\(a, b, \.\.\.\), min\(a, b, \.\.\.\) and "
                r"round\(x\[, digits\]\) are allowed$"),
     N_("only numbers, refs, + - * /, parentheses, max(a, b, ...), min(a, b, ...) and round(x[, digits]) are allowed")),
    (re.compile(r"^(?P<fn>max|min)\(\) needs two or more values$"), N_("%(fn)s() needs two or more values")),
    (re.compile(r"^round\(x\) or round\(x, digits\) with digits a whole number in \[-20, 20\]$"),
     N_("round(x) or round(x, digits) with digits a whole number in [-20, 20]")),
    (re.compile(r"^the number (?P<value>.*) is too large$"), N_("the number %(value)s is too large")),
    (re.compile(r"^expr (?P<expr>'.*') gives (?P<value>\S+) \(it overflows\)$"),
     N_("expr %(expr)s gives %(value)s (it overflows)")),
    # the atlas options
    (re.compile(r"^must be in (?P<range>[\[(].*?[\])])(?P<rest>.*)$"), N_("must lie in %(range)s%(rest)s")),
    (re.compile(r"^(?P<a>\S+) and (?P<b>\S+): give a number of deminers or a workforce preset, not both$"),
     N_("%(a)s and %(b)s: give a number of deminers or a workforce preset, not both")),
    (re.compile(r"^give a number of deminers or a workforce preset, not both$"),
     N_("give a number of deminers or a workforce preset, not both")),
    (re.compile(r"^unknown workforce preset(?P<meant> \(did you mean '[^']*'\?\))? \(allowed: (?P<allowed>[^)]*)\)$"),
     N_("unknown workforce preset%(meant)s (allowed: %(allowed)s)")),
    (re.compile(r"^give one or more ISO 3166-1 alpha-3 codes$"), N_("give one or more ISO 3166-1 alpha-3 codes")),
    (re.compile(r"^give one or more ISO 3166-1 alpha-3 codes, comma-separated or repeated$"),
     N_("give one or more ISO 3166-1 alpha-3 codes, comma-separated or repeated")),
)  # fmt: skip

__all__ = ["VALUES"]
