"""The inputs a comparison names, in the reader's words: the key column and the change column of
"What explains B - A" (terminal, report page and PDF alike).

Layer: outputs. ``minebelt.compare/1`` names each differing input by its dotted key
(``sections['Finland - Russia'].depth_km``) and describes its two values as short English text
(``default``, ``measured``, ``with Estonia - Russia``, ``1,250.5``); the document keeps them (a
contract). A reader of another language gets the input's words (the report's
:data:`~minebelt.outputs.report.views.INPUT_WORDS`), a default section name in CLDR's country
names (``Finlandia - Rosja``, as every other surface shows it), the value words translated and
the numbers with the reader's separators, digit for digit (an input is shown as written, not
rounded). A user's own section name, parameter name or text value is kept as written.
"""

from __future__ import annotations

import re

from .. import numbers as N
from ..i18n import N_, current, pgettext
from ..i18n import gettext as _
from .report.local_names import block_names, section_name_words
from .report.local_names import value as local_value
from .report.views import INPUT_WORDS, input_label
from .views import MODEL_LABELS

#: Section fields :data:`INPUT_WORDS` has no words for (``scenario`` fields a comparison swaps).
_SECTION_WORDS = {
    "along_water": N_("Belt along rivers and lakes"),
    "from_km": N_("Start of the stretch along the border (km)"),
    "to_km": N_("End of the stretch along the border (km)"),
    "mask": N_("Areas left out of the belt (mask)"),
}
_SECTION_KEY = re.compile(r"sections\[(?P<q>['\"])(?P<name>.*)(?P=q)\]\.(?P<field>\w+)")
_NUMBER = re.compile(r"-?\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:e[+-]?\d+)?|-?\d+(?:\.\d+)?(?:e[+-]?\d+)?")


def _field_words(field: str) -> str:
    if field in INPUT_WORDS:
        return _(INPUT_WORDS[field][0])
    if field in _SECTION_WORDS:
        return _(_SECTION_WORDS[field])
    return field


def input_words(key: str) -> str:
    """A differing input's key in the reader's words: ``sections['Finland - Russia'].depth_km``
    -> ``Głębokość pasa, odcinek Finlandia - Rosja``; ``defaults.density`` -> ``Miny na km² pasa
    (wszystkie odcinki)``; ``sections`` -> ``Odcinki``; ``cost`` -> ``[cost]``. In English the
    key as the document writes it (what the scenario file calls it)."""
    k = str(key)
    if current() == "en":
        return k
    m = _SECTION_KEY.fullmatch(k)
    if m:
        return _("%(input)s, section %(name)s") % {
            "input": _field_words(m["field"]),
            "name": section_name_words(m["name"]),
        }
    if k == "sections":
        return pgettext("compared input", "Sections")
    if k in ("production", "cost", "clearance"):
        return block_names([k])
    if k.startswith("parameters."):
        return _("Parameter %(name)s") % {"name": k.split(".", 1)[1]}
    if k.startswith("defaults.") and k.split(".", 1)[1] in _SECTION_WORDS:
        return _("%(words)s (all sections)") % {"words": _field_words(k.split(".", 1)[1])}
    return input_label(k)


#: The value words of ``compare_inputs.describe`` (English in the document).
_VALUE_WORDS = {
    "default": lambda: pgettext("compared input", "default"),
    "measured": lambda: pgettext("compared input", "measured"),
    "none": lambda: pgettext("compared input", "none"),
    "present": lambda: pgettext("compared input", "present"),
    "absent": lambda: pgettext("compared input", "absent"),
    "skip": lambda: pgettext("along water", "no belt"),
    "include": lambda: pgettext("along water", "belt laid"),
}


def _number(text: str) -> str:
    """A number as written (``1,250.5``) with the reader's separators, digit for digit."""
    group, dec = N.SYMBOLS[current()]
    return text.replace(",", "\x00").replace(".", dec).replace("\x00", group)


def value_words(text: str) -> str:
    """A described value in the reader's words: ``default`` -> ``domyślnie``, ``1,250.5`` ->
    ``1 250,5``, ``korea-peak`` -> the model's name, ``with Estonia - Russia`` -> ``z odcinkiem
    Estonia - Rosja``; any other text (a user's value, JSON) as written. English: as written."""
    s = str(text)
    if current() == "en" or s == "-":
        return s
    if s in _VALUE_WORDS:
        return _VALUE_WORDS[s]()
    if s in MODEL_LABELS:
        return _(MODEL_LABELS[s])
    if _NUMBER.fullmatch(s):
        return _number(s)
    if re.match(r"(?:uniform |lognormal |normal |triangular )?[0-9]", s):  # a range or a distribution
        return local_value(s)
    if s.startswith("parameter "):
        return _("parameter %(name)s") % {"name": s[len("parameter ") :]}
    if s.startswith("with "):
        names = ", ".join(section_name_words(n) for n in s[len("with ") :].split(", "))
        return _("with %(sections)s") % {"sections": names}
    return s


def change_words(before: str, after: str) -> str:
    """The change column: ``domyślnie → 1,5``."""
    return f"{value_words(before)} \u2192 {value_words(after)}"


__all__ = ["change_words", "input_words", "value_words"]
