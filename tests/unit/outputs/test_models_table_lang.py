"""``minebelt models --lang pl``: the density models' title, headers, units and descriptions in the
reader's language; the model's key (a scenario file's word) and its source as written."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from minebelt import i18n
from minebelt.outputs.terminal.tables import models_table
from minebelt.outputs.views import density_model_rows


def _render(lang: str) -> str:
    out = io.StringIO()
    with i18n.language(lang):
        models_table(density_model_rows(), Console(file=out, width=200, color_system=None))
    return out.getvalue()


def test_models_in_polish() -> None:
    text = _render("pl")
    assert text.startswith("Modele gęstości") and "opis" in text and "źródło" in text
    assert "12\u00a0000 min/km²" in text and "Model koreańskiej DMZ" in text
    assert "korea-peak" in text and "global.espreso.tv" in text  # the key and the source as written
    assert "Korean DMZ model of the Espreso article" not in text


@pytest.mark.parametrize("lang", i18n.LANGS[1:])
def test_every_description_is_translated(lang: str) -> None:
    with i18n.language(lang):
        for row in density_model_rows():
            assert i18n.gettext(row["description"]) != row["description"], (lang, row["name"])
            assert i18n.gettext(row["unit"]) != row["unit"], (lang, row["unit"])
