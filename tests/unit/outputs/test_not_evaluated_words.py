"""A claim the checker could not evaluate says so in the reader's words, its error line
worded as the terminal's error lines (no "[in English]" note left)."""

from __future__ import annotations

import pytest

from minebelt import i18n
from minebelt.outputs import local_plans as LP

ROW = {
    "id": "a",
    "verdict": "error",
    "explanation": "Not evaluated: claims.toml: claims 'a': scenario.toml: file not found",
}


@pytest.mark.parametrize("lang", i18n.LANGS[1:])
def test_not_evaluated_is_the_readers_sentence(lang: str) -> None:
    with i18n.language(lang):
        said, note, closing = LP.explanation_parts(ROW)
        lead = i18n.gettext("Not evaluated: %(error)s") % {"error": ""}
        file_not_found = i18n.gettext("file not found")
    assert note == "" and closing == "" and len(said) == 1, (said, note)
    assert said[0].startswith(lead) and "Not evaluated" not in said[0]
    assert said[0].endswith(file_not_found) and "claims 'a'" in said[0]


def test_english_keeps_the_checkers_text() -> None:
    with i18n.language("en"):
        said, note, _closing = LP.explanation_parts(ROW)
    assert said == [] and note == ROW["explanation"]
