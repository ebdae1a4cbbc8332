"""The reader's language: the catalogues, the current language and how a user chooses it.

Layer: foundation (the number formatter and every output read the current language from here).

Text for people is translated with gettext catalogues (``minebelt/locale/<lang>/LC_MESSAGES/
minebelt.po``, compiled to ``minebelt.mo`` beside it; ``python scripts/i18n.py`` extracts,
updates and compiles them with Babel). The JSON documents are a contract and stay English:
:func:`minebelt.pipeline.estimate.estimate` builds them inside ``language("en")``, and the
terminal, the report, the PDF and the web page render the same data in the reader's language.

The current language is a :class:`contextvars.ContextVar` (one per thread and per asyncio
task, so two web requests in two languages never mix): :func:`language` sets it for a block,
:func:`gettext`, :func:`ngettext` and :func:`pgettext` translate into it, and
:mod:`minebelt.numbers` formats figures with its separators. A message without a translation
reads in English (gettext's fallback), never as an empty or broken string.

Choosing (a contract): ``--lang CODE`` on every command, else ``MINEBELT_LANG``, else the
system's ``LC_ALL``/``LC_MESSAGES``/``LANG`` (``pl_PL.UTF-8`` reads ``pl``; a language minebelt
does not have reads English), the web page's picker and the browser's ``Accept-Language``.
An unknown code given by the user (``--lang``, ``MINEBELT_LANG``, ``?lang=``) is an
:class:`~minebelt.errors.InputError` naming the option and the allowed codes.
"""

from __future__ import annotations

import functools
import gettext as _gettext
import os
import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from .errors import InputError

#: The languages of the outputs, English (the source) first.
LANGS = ("en", "uk", "pl", "fi", "et", "lv", "lt")
#: Each language's name in itself (the web page's picker, the user guide).
NAMES = {
    "en": "English",
    "uk": "Українська",
    "pl": "Polski",
    "fi": "Suomi",
    "et": "Eesti",
    "lv": "Latviešu",
    "lt": "Lietuvių",
}
DOMAIN = "minebelt"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

F = TypeVar("F", bound=Callable[..., Any])
_current: ContextVar[str] = ContextVar("minebelt_language", default="en")


def allowed() -> str:
    """``"en, uk, pl, fi, et, lv, lt"``: the codes an error message lists."""
    return ", ".join(LANGS)


def check(code: str, option: str = "--lang") -> str:
    """``code`` as one of :data:`LANGS` (case and a region ignored: ``PL``, ``pl-PL``), or an
    :class:`InputError` naming ``option`` and the allowed codes."""
    base = str(code).strip().replace("-", "_").split("_")[0].lower()
    if base in LANGS:
        return base
    raise InputError(f"{option} {str(code)!r}: unknown language; allowed: {allowed()}")


def from_environment(env: Mapping[str, str] | None = None) -> str:
    """The language the environment asks for: ``MINEBELT_LANG`` (an unknown code is an
    error naming it), else the first of ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` that is set
    (POSIX order; ``pl_PL.UTF-8`` -> ``pl``; ``C``, ``POSIX`` or a language minebelt does not
    have -> ``en``)."""
    env = os.environ if env is None else env
    own = env.get("MINEBELT_LANG", "").strip()
    if own:
        return check(own, "MINEBELT_LANG")
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "").strip()
        if value:
            base = value.split(".")[0].split("@")[0].split("_")[0].lower()
            return base if base in LANGS else "en"
    return "en"


def from_accept_language(header: str | None) -> str:
    """The best of :data:`LANGS` for an HTTP ``Accept-Language`` header (q-values honoured;
    ``en`` when none fits): ``"pl-PL,pl;q=0.9,en;q=0.8"`` -> ``pl``."""
    best, best_q = "en", -1.0
    for i, part in enumerate(str(header or "").split(",")[:32]):
        tag, _, params = part.strip().partition(";")
        base = tag.strip().split("-")[0].lower()
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        if base in LANGS and q > best_q and q > 0:
            best, best_q = base, q - i * 1e-6  # ties: the first listed wins
    return best


@cache
def translations(lang: str) -> _gettext.NullTranslations:
    """The compiled catalogue of ``lang`` (English: none, the source text is the message)."""
    if lang == "en":
        return _gettext.NullTranslations()
    return _gettext.translation(DOMAIN, str(LOCALE_DIR), languages=[lang], fallback=True)


def current() -> str:
    """The language outputs are written in now (``en`` unless set)."""
    return _current.get()


@contextmanager
def language(lang: str) -> Iterator[str]:
    """Within the block, outputs are written in ``lang`` (checked as :func:`check`)."""
    token = _current.set(check(lang))
    try:
        yield token.var.get()
    finally:
        _current.reset(token)


def set_language(lang: str) -> str:
    """Set the language for the rest of this context (a CLI run): returns the code."""
    code = check(lang)
    _current.set(code)
    return code


def gettext(message: str) -> str:
    """``message`` in the current language."""
    return translations(current()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of ``singular``/``plural`` for ``n`` in the current language (its own plural
    rule: Polish, Ukrainian and Lithuanian have three forms, Latvian a zero form)."""
    return translations(current()).ngettext(singular, plural, n)


@cache
def _integer_of(lang: str, category: str) -> int | None:
    """The smallest whole number of CLDR plural ``category`` in ``lang`` (0 to 199), or None
    when only fractions take it (Polish and Ukrainian "other", Lithuanian "many")."""
    if lang == "en":  # CLDR's English rule (below): no locale data read for the source language
        return {"one": 1, "other": 0}.get(category)
    from babel import Locale

    rule = Locale.parse(lang).plural_form
    return next((n for n in range(200) if rule(n) == category), None)


def plural_of(printed: str, lang: str | None = None) -> str:
    """The CLDR plural category of a number *as printed* in ``lang`` (the current language if
    None): ``"35,7"`` in Polish is ``other`` (a fraction: "35,7 roku"), ``"4"`` ``few``,
    ``"21"`` ``many``; a range reads by its last number (``"3–4"`` -> ``few``: "3–4 kraje").
    The digits printed decide it (CLDR's operands v and f: ``"1,0"`` is not ``"1"``), so the
    figure is rounded first and its form chosen after; grouping spaces are ignored. A scale
    word after the number ("4,1 mln", "4.1 million") governs the noun as a round million does
    ("4,1 mln lat", "4,1 milj. vuotta"): the category of 1,000,000. Raises ValueError on text
    without a digit."""
    from decimal import Decimal

    code = current() if lang is None else lang
    last = re.split("[\u2013\u2014-]", printed.strip())[-1]
    number = re.search(r"\d[\d\u00a0\u202f ,.]*", last)
    if number is None:
        raise ValueError(f"no number in {printed!r}")
    if re.search(r"\w", last[number.end() :]):
        return _plural_form(code, 1_000_000)
    digits = re.sub(r"[\u00a0\u202f ]", "", number.group(0)).rstrip(",.")
    group, decimal = (",", ".") if code == "en" else ("\u00a0", ",")
    digits = digits.replace(group, "").replace(decimal, ".") if code == "en" else digits.replace(",", ".")
    return _plural_form(code, Decimal(digits))


def _plural_form(code: str, number: Any) -> str:
    """CLDR's plural category of ``number`` (an int or a Decimal, its digits as printed) in
    ``code``. English's rule is written out (``one``: i = 1 and v = 0, else ``other``; the same
    answers as Babel's, tested), so an English run does not read Babel's locale data for it."""
    if code == "en":
        exponent = number.as_tuple().exponent if hasattr(number, "as_tuple") else 0
        return "one" if number == 1 and isinstance(exponent, int) and exponent >= 0 else "other"
    from babel import Locale

    return str(Locale.parse(code).plural_form(number))


def nprinted(singular: str, plural: str, printed: str, fraction: str | None = None) -> str:
    """The form of ``singular``/``plural`` for a number already printed (``printed``: its
    locale's digits, a fraction or a range), by CLDR's plural rules through Babel: gettext's
    ``ngettext`` is given a whole number of the same CLDR category. A category only fractions
    take has no gettext form: ``fraction`` (a message translated by the caller, usually
    ``pgettext("fraction", plural)``) is used then, else the plural."""
    return npprinted("", singular, plural, printed, fraction)


def npprinted(context: str, singular: str, plural: str, printed: str, fraction: str | None = None) -> str:
    """:func:`nprinted` with a message context (``npgettext``'s; ``""``: none)."""
    code = current()
    n = _integer_of(code, plural_of(printed, code))
    if n is None and fraction is not None:
        return fraction
    t = translations(code)
    n = 5 if n is None else n
    return t.npgettext(context, singular, plural, n) if context else t.ngettext(singular, plural, n)


def times_agree(text: str, printed: str) -> str:
    """``text`` with the word "times" after the multiple ``printed`` in the form its number
    takes (CLDR's plural category, through :func:`npprinted`): a sentence is translated with
    the fraction's form (``pgettext("fraction", "times")``, uk "у 2,5 раза"), right for a
    fraction; a whole multiple takes its own (uk "у 2 рази", "у 5 разів"). A language whose
    forms ("ratio in a sentence") equal the fraction's is left as written."""
    fraction = pgettext("fraction", "times")
    form = npprinted("ratio in a sentence", "time", "times", printed, fraction)
    return text if form == fraction else text.replace(f"{printed} {fraction}", f"{printed} {form}")


def pgettext(context: str, message: str) -> str:
    """``message`` in the current language, told apart by ``context`` (short words)."""
    return translations(current()).pgettext(context, message)


_ = gettext


def in_english(fn: F) -> F:
    """``fn`` run in English whatever the reader's language: the builders of the JSON
    documents (a contract: English keys and values) are wrapped in it."""

    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        with language("en"):
            return fn(*args, **kwargs)

    return run  # type: ignore[return-value]


def N_(message: str) -> str:
    """Marks ``message`` for extraction; translated later, where it is shown."""
    return message


def NP_(context: str, message: str) -> str:
    """Marks ``message`` in ``context`` for extraction; translated later with
    :func:`pgettext`, where it is shown."""
    del context
    return message


__all__ = ["DOMAIN", "LANGS", "LOCALE_DIR", "NAMES", "NP_", "N_", "allowed", "check", "current", "from_accept_language",
           "from_environment", "gettext", "in_english", "language", "ngettext", "npprinted", "nprinted", "pgettext", "plural_of", "set_language", "times_agree", "translations"]  # fmt: skip
