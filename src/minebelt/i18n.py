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


__all__ = ["DOMAIN", "LANGS", "LOCALE_DIR", "NAMES", "N_", "allowed", "check", "current", "from_accept_language",
           "from_environment", "gettext", "in_english", "language", "ngettext", "pgettext", "set_language", "translations"]  # fmt: skip
