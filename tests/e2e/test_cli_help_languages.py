"""The console script's help and its usage-error frame in the reader's language: ``--help`` of
the command and of each subcommand in Polish and Ukrainian (``--lang`` anywhere on the line,
``MINEBELT_LANG``, ``LANG``), the command and option names in English (what the user types),
80 columns; a bad option: one translated line, the usage and the hint, exit 2."""

from __future__ import annotations

import pytest
from english_words import english_words
from rich.cells import cell_len
from test_languages import EXAMPLES, run

from minebelt import i18n
from minebelt.cli.app import app
from minebelt.cli.reference import models

COMMANDS = ("estimate", "compare", "factcheck", "extract", "calibrate", "sensitivity", "borders", "atlas",
            "report", "serve", "models")  # fmt: skip
#: click's own words and typer's headings, in each language (what the help must show).
WORDS = {
    "pl": ("Użycie: minebelt", "Opcje:", "Pokaż tę pomoc i zakończ."),
    "uk": ("Використання: minebelt", "Параметри:", "Показати цю довідку й вийти."),
}


def _english(text: str, lang: str) -> list[str]:
    common = english_words(lang)
    return [ln for ln in text.splitlines() if sum(w.lower() in common for w in ln.split()) >= 2]


@pytest.mark.parametrize("lang", ["pl", "uk"])
@pytest.mark.parametrize("command", ("", *COMMANDS))
def test_help_in_the_readers_language(command: str, lang: str) -> None:
    p = run(*([command] if command else []), "--help", "--lang", lang)
    assert p.returncode == 0 and p.stderr == "", p.stderr
    for words in WORDS[lang]:
        assert words in p.stdout
    assert "Usage:" not in p.stdout and "Show this message" not in p.stdout
    assert _english(p.stdout, lang) == [], _english(p.stdout, lang)
    assert [ln for ln in p.stdout.splitlines() if cell_len(ln) > 80] == []
    # the names the user types stay English
    assert "--help" in p.stdout and "--lang CODE" in p.stdout
    if not command:
        assert all(f"  {name} " in p.stdout for name in COMMANDS)


def test_help_follows_the_environment_and_a_lang_before_the_command() -> None:
    assert run("estimate", "--help", env={"MINEBELT_LANG": "pl"}).stdout.startswith("Użycie: minebelt estimate")
    assert run("estimate", "--help", env={"LANG": "uk_UA.UTF-8"}).stdout.startswith("Використання: minebelt estimate")
    assert run("--lang", "pl", "estimate", "--help").stdout.startswith("Użycie: minebelt estimate")
    assert run("--lang=pl", "--help").stdout.startswith("Użycie: minebelt")
    # English by default and for a language minebelt does not have
    assert run("--help").stdout.startswith("Usage: minebelt")
    assert run("--help", env={"LANG": "de_DE.UTF-8"}).stdout.startswith("Usage: minebelt")


def test_a_lang_before_the_command_sets_its_output() -> None:
    p = run("--lang", "pl", "models")
    assert p.returncode == 0 and "Modele gęstości" in p.stdout
    p = run("--lang", "xx", "models")
    assert (
        p.returncode == 2 and p.stderr == f"minebelt: error: --lang 'xx': unknown language; allowed: {i18n.allowed()}\n"
    )


def test_a_bad_option_is_one_translated_line_with_the_usage() -> None:
    p = run("estimate", "--bogus", EXAMPLES / "eastern-flank.toml", "--lang", "pl")
    assert p.returncode == 2 and p.stdout == ""
    assert p.stderr.splitlines() == [
        "minebelt: błąd: Nie ma takiej opcji: --bogus",
        "Użycie: minebelt estimate [OPTIONS] {scenario}",
        "Pomoc: 'minebelt estimate --help'.",
    ]
    p = run("nosuch", env={"MINEBELT_LANG": "uk"})
    assert p.returncode == 2
    assert p.stderr.splitlines()[0] == "minebelt: помилка: Немає такої команди 'nosuch'."
    p = run("estimate", "--samples", "abc", EXAMPLES / "eastern-flank.toml", "--lang", "pl")
    assert p.returncode == 2 and p.stderr.startswith("minebelt: błąd: Nieprawidłowa wartość '--samples' / '-n': ")
    # an input error: the frame and its sentence translated, the path as typed
    p = run("estimate", "/nonexistent/x.toml", "--lang", "pl")
    assert p.returncode == 2 and p.stderr == "minebelt: błąd: /nonexistent/x.toml: nie znaleziono pliku\n"
    # English stays as it was
    p = run("estimate", "--bogus")
    assert p.stderr.splitlines()[0] == "minebelt: error: No such option: --bogus"
    assert p.stderr.splitlines()[-1] == "Try 'minebelt estimate --help' for help."


@pytest.mark.parametrize("lang", i18n.LANGS[1:])
def test_every_help_message_is_translated(lang: str) -> None:
    """Each command's and option's help has its message in every catalogue (the help is the
    msgid: a text changed in the code without ``scripts/i18n.py all`` shows up here)."""
    import typer

    catalogue = i18n.translations(lang)._catalog  # type: ignore[attr-defined]
    root = typer.main.get_command(app)
    texts = [root.help]
    for command in [root, *root.commands.values()]:  # type: ignore[attr-defined]
        texts += [command.help] + [p.help for p in command.params if getattr(p, "help", None)]
    missing = [t for t in texts if t and not catalogue.get(t)]
    assert missing == []
    assert models.__doc__ in catalogue
