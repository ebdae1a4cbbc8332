"""The language the help is written in, chosen before typer parses, and click's words through
minebelt's catalogue (:mod:`minebelt.cli._help`, :mod:`minebelt.cli._errors`)."""

from __future__ import annotations

import pytest

from minebelt import i18n
from minebelt.cli._errors import error_line, local_message, try_help
from minebelt.cli._help import early_language, row_text, usage_prefix


@pytest.mark.parametrize(
    ("argv", "env", "lang"),
    [
        (["estimate", "--help", "--lang", "pl"], {}, "pl"),
        (["--lang=uk", "--help"], {"MINEBELT_LANG": "pl"}, "uk"),
        (["--help"], {"MINEBELT_LANG": "fi"}, "fi"),
        (["--help"], {"LANG": "lt_LT.UTF-8"}, "lt"),
        (["--help"], {"LANG": "C"}, "en"),
        (["--help"], {}, "en"),
        # the last --lang wins, as click takes it; after "--" it is an argument
        (["--lang", "pl", "estimate", "--lang", "et"], {}, "et"),
        (["extract", "--", "--lang", "pl"], {}, "en"),
        # an unknown code reads the environment here (the command reports it, exit 2)
        (["--lang", "xx", "--help"], {"LANG": "lv_LV.UTF-8"}, "lv"),
        (["--help"], {"MINEBELT_LANG": "xx"}, "en"),
    ],
)
def test_early_language(argv: list[str], env: dict[str, str], lang: str) -> None:
    assert early_language(argv, env) == lang


def test_clicks_words_in_polish() -> None:
    with i18n.language("pl"):
        assert usage_prefix() == "Użycie: "
        assert row_text("Show this message and exit.") == "Pokaż tę pomoc i zakończ."
        assert row_text("Scenario TOML file.  [required]") == "Scenario TOML file.  [wymagany]"
        assert row_text("Port.  [default: 8000]") == "Port.  [domyślnie: 8000]"
        assert error_line("x") == "minebelt: błąd: x"
        assert try_help("minebelt --help") == "Pomoc: 'minebelt --help'."
        assert local_message("Missing argument 'scenario'.") == "Brak argumentu 'scenario'."
        assert local_message("Option '--country' requires an argument.") == "Opcja '--country' wymaga wartości."
        assert local_message("something click says") == "something click says"


def test_english_is_as_click_writes_it() -> None:
    with i18n.language("en"):
        assert usage_prefix() == "Usage: "
        assert row_text("Show this message and exit.") == "Show this message and exit."
        assert error_line("x") == "minebelt: error: x"
        assert try_help("minebelt --help") == "Try 'minebelt --help' for help."
        assert local_message("No such option: --x") == "No such option: --x"
