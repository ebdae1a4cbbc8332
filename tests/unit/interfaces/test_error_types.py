"""The web API's 422 ``text`` words pydantic's errors by their ``type`` (web/error_types.py)."""

from __future__ import annotations

from typing import get_args

from pydantic_core.core_schema import ErrorType

from minebelt import i18n
from minebelt.web.error_types import TYPES, sentence


def test_the_table_is_keyed_by_pydantics_error_types() -> None:
    known = set(get_args(ErrorType))
    assert known and set(TYPES) <= known, sorted(set(TYPES) - known)


def test_a_sentence_by_type_not_by_english_message() -> None:
    error = {
        "type": "greater_than",
        "msg": "whatever pydantic says",
        "ctx": {"gt": 0.0},
        "input": "-1",
        "loc": ("query", "depth_km"),
    }
    with i18n.language("pl"):
        assert sentence(error) == "musi być > 0 (podano '-1')"
    with i18n.language("en"):
        assert sentence(error) == "must be > 0 (got '-1')"
    missing = {"type": "missing", "msg": "Field required", "input": {}, "loc": ("body", "name")}
    with i18n.language("uk"):
        assert sentence(missing) == "відсутнє обов’язкове поле"
    literal = {"type": "literal_error", "msg": "...", "ctx": {"expected": "'skip' or 'belt'"}, "input": "x"}
    with i18n.language("fi"):
        assert sentence(literal) == "täytyy olla jokin näistä: 'skip', 'belt' (saatiin 'x')"
    unknown = {"type": "url_parsing", "msg": "Input should be a valid URL", "input": "x"}
    with i18n.language("lt"):  # a type the table does not hold reads as pydantic wrote it
        assert sentence(unknown).startswith("Input should be a valid URL")


def test_every_sentence_is_translated_in_every_language() -> None:
    for lang in i18n.LANGS[1:]:
        with i18n.language(lang):
            for kind, message in TYPES.items():
                assert i18n.gettext(message) != message, (lang, kind)
