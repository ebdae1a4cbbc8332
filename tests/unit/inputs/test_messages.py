"""pydantic's errors in the project's words (:mod:`minebelt.scenario._messages`), exact strings."""

from __future__ import annotations

import annotated_types as at
import pytest

from minebelt.errors import InputError
from minebelt.scenario import scenario_from_dict
from minebelt.scenario._messages import bounds_text, field_message


def test_bounds_text() -> None:
    assert bounds_text([at.Ge(1900), at.Le(2200)]) == "[1900, 2200]"
    assert bounds_text([at.Gt(0.0), at.Le(50.0)]) == "(0, 50]"
    assert bounds_text([at.Ge(0), at.Lt(1)]) == "[0, 1)"
    assert bounds_text([at.Ge(0.0)]) == ">= 0"
    assert bounds_text([at.Gt(0.5)]) == "> 0.5"
    assert bounds_text([]) is None


def test_field_message() -> None:
    e = {"type": "greater_than_equal", "input": 1800, "ctx": {"ge": 1900}}
    assert field_message(e, [at.Ge(1900), at.Le(2200)]) == " = 1800: must lie in [1900, 2200]"
    assert field_message(e, None) == " = 1800: must be >= 1900"  # no declared bounds: pydantic's one
    assert field_message({"type": "value_error", "input": 1}) is None  # the project's own checks keep their words


BASE = {"name": "x", "sections": [{"name": "a", "country": "POL", "border": "BLR", "length_km": 100}]}


@pytest.mark.parametrize(
    ("extra", "line"),
    [
        ({"production": {"start_year": 1800}}, "s.toml: production.start_year = 1800: must lie in [1900, 2200]"),
        (
            {"production": {"start_year": "abc"}},
            "s.toml: production.start_year = 'abc': must be a whole number in [1900, 2200]",
        ),
        ({"sections": []}, "s.toml: sections: must hold at least 1 entry (none given)"),
        ({"name": ""}, "s.toml: name = '': must not be empty"),
        ({"name": 5}, "s.toml: name = 5: must be text (in quotes)"),
        ({"defaults": 5}, "s.toml: defaults = 5: must be a table"),
        (
            {"sections": [{"name": "a", "country": "POL", "border": "BLR", "to_km": 0}]},
            "s.toml: sections[0] 'a': to_km = 0: must be > 0",
        ),
        (
            {"sections": [{"name": "a", "country": "POL", "border": "BLR", "side": "up"}]},
            "s.toml: sections[0] 'a': side = 'up': must be 'left' or 'right'",
        ),
    ],
)
def test_scenario_lines(extra: dict, line: str) -> None:
    with pytest.raises(InputError) as err:
        scenario_from_dict({**BASE, **extra}, label="s.toml")
    assert str(err.value) == line
