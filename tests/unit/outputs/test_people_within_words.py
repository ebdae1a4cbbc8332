"""The head counts near a belt never run into the radius: "1 km raadiuses elab 11 000", not
"11 000 1 km raadiuses" (two numbers side by side read as one), in every reader's language."""

from __future__ import annotations

import re

import pytest

from minebelt import i18n
from minebelt import numbers as N
from minebelt.i18n import gettext as _
from minebelt.outputs.report.local_civilians import places, within

#: Two figures side by side: a number, white space, a number ("P" stands for the head count).
_RUN_TOGETHER = re.compile(r"(?:P|\d)\s+(?:P|\d)")


def _lines() -> list[str]:
    figure = N.sig(11000, 3, words=True)  # "11 000": its own space is no second number
    return [
        within(11000, "1").replace(figure, "P"),
        within(58600, "5", "90 %: Q").replace(N.sig(58600, 3, words=True), "P"),
        _("across the border, counted apart: %(people)s within 1 km") % {"people": "P"},
        _("%(people)s in %(places)s within %(r)s km.") % {"people": "P", "places": places(3), "r": "5"},
    ]


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_no_number_follows_a_number(lang: str) -> None:
    with i18n.language(lang):
        lines = _lines()
    for line in lines:
        assert "P" in line and not _RUN_TOGETHER.search(line), (lang, line)
