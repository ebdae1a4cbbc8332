"""Choosing the reader's language: --lang codes, MINEBELT_LANG, LANG and Accept-Language."""

from __future__ import annotations

import pytest

from minebelt import i18n
from minebelt.errors import InputError


def test_codes() -> None:
    assert i18n.check("pl") == "pl" and i18n.check("PL") == "pl" and i18n.check("uk-UA") == "uk"
    # every language, in LANGS' order (a new language joins the list)
    with pytest.raises(InputError, match=rf"^--lang 'de': unknown language; allowed: {', '.join(i18n.LANGS)}$"):
        i18n.check("de")


def test_environment_order() -> None:
    assert i18n.from_environment({"MINEBELT_LANG": "fi", "LANG": "pl_PL.UTF-8"}) == "fi"
    assert i18n.from_environment({"LC_ALL": "lt_LT.UTF-8", "LANG": "pl_PL.UTF-8"}) == "lt"
    assert i18n.from_environment({"LC_MESSAGES": "et_EE", "LANG": "pl_PL.UTF-8"}) == "et"
    assert i18n.from_environment({"LANG": "uk_UA.UTF-8"}) == "uk"
    assert i18n.from_environment({"LANG": "C.UTF-8"}) == "en" and i18n.from_environment({"LANG": "de_DE.UTF-8"}) == "en"
    assert i18n.from_environment({}) == "en"
    with pytest.raises(InputError, match="^MINEBELT_LANG 'xx'"):
        i18n.from_environment({"MINEBELT_LANG": "xx"})


def test_accept_language() -> None:
    assert i18n.from_accept_language("pl-PL,pl;q=0.9,en;q=0.8") == "pl"
    assert i18n.from_accept_language("de-DE,de;q=0.9,lv;q=0.5,en;q=0.4") == "lv"
    assert i18n.from_accept_language("fr") == "en" and i18n.from_accept_language(None) == "en"
    assert i18n.from_accept_language("lt;q=0,uk") == "uk"


def test_language_is_scoped() -> None:
    assert i18n.current() == "en"
    with i18n.language("uk"):
        assert i18n.current() == "uk" and i18n.gettext("Total") == "Разом"
        assert (
            i18n.ngettext("shared by %(n)s section", "shared by %(n)s sections", 5) % {"n": 5}
            == "спільне для 5 ділянок"
        )
    assert i18n.current() == "en" and i18n.gettext("Total") == "Total"
