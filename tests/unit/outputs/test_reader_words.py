"""What minebelt shows a reader of another language where the text came from code, not from a
catalogue: a bundled example's name and source, a section's default name, the TOML block
names in error lines, dates in running text, and the commands' status lines."""

from __future__ import annotations

import functools

import pytest

from minebelt import i18n

FULL = "Eastern flank, full picture (uncertain)"
REDUCED = "Reduced model (6,000 mines/km2)"


@functools.cache
def _reduced_doc() -> dict:
    from conftest import EXAMPLES

    from minebelt import estimate, load_scenario

    return estimate(load_scenario(EXAMPLES / "seed-reduced-model.toml")).document


@pytest.mark.parametrize("lang", [x for x in i18n.LANGS if x != "en"])
def test_a_bundled_scenarios_name_is_the_readers_in_the_headline_and_the_report(lang: str) -> None:
    from minebelt.outputs.compare_view import compare_view
    from minebelt.outputs.local_examples import scenario_name
    from minebelt.outputs.report.cards import headline_sentence
    from minebelt.outputs.report.html import environment
    from minebelt.outputs.terminal.compare import headline

    doc = _reduced_doc()
    with i18n.language(lang):
        words = scenario_name(REDUCED)
        assert words != REDUCED
        assert headline_sentence(doc).startswith(words + ":")
        assert environment().from_string("{{ name|scenario_name }}").render(name=REDUCED) == words
        cmp = {
            "scenarios": [{"label": "A", "name": REDUCED}, {"label": "B", "name": "My own"}],
            "figures": [{"unit": "mines", "values": [1.0e6, 2.0e6], "ratio": [1.0, 2.0]}],
        }
        assert f"({words}, " in headline(cmp)
        assert [n for _, n, _ in compare_view({**cmp, "figures": []})["scenarios"]] == [words, "My own"]
    with i18n.language("en"):
        assert headline_sentence(doc).startswith(REDUCED + ":")


def test_a_users_scenario_name_is_kept_as_written() -> None:
    from minebelt.outputs.report.cards import headline_sentence

    doc = {**_reduced_doc(), "scenario": {**_reduced_doc()["scenario"], "name": "Mój scenariusz"}}
    with i18n.language("fi"):
        assert headline_sentence(doc).startswith("Mój scenariusz:")
