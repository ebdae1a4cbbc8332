"""The Python API speaks as the CLI does: minebelt's InputError at construction, one line per
problem naming the field, country names accepted where they name one country, and every
error of a file at once."""

from __future__ import annotations

import pytest

from minebelt import Defaults, InputError, Scenario, Section
from minebelt.scenario import load_scenarios

STATED = {"name": "Poland", "country": "POL", "border": "BLR", "length_km": 400}


@pytest.mark.parametrize(
    ("given", "code"),
    [
        ("Finland", "FIN"),
        ("fin", "FIN"),
        ("Russia", "RUS"),
        ("Russian Federation", "RUS"),
        ("Belarus", "BLR"),
        ("South Korea", "KOR"),
        ("north korea", "PRK"),
        ("Côte d’Ivoire", "CIV"),
        ("Ivory Coast", "CIV"),
        ("Türkiye", "TUR"),
    ],
)
def test_country_names_and_aliases(given: str, code: str) -> None:
    s = Section(
        name="s", country=given, border="XKX" if code == "SRB" else ("FIN" if code != "FIN" else "RUS"), length_km=10
    )
    assert s.country == code


def test_joint_fronts_by_name() -> None:
    assert (
        Section(name="s", country="Estonia+Latvia+LTU", border="Russia+Belarus", length_km=10).country == "EST+LVA+LTU"
    )


def test_unknown_and_ambiguous_countries_say_what_was_meant() -> None:
    with pytest.raises(InputError) as e:
        Section(name="Front", country="Finlnd", border="RUS")
    assert str(e.value) == "Section 'Front': country: unknown country 'Finlnd' (did you mean 'Finland' (FIN)?)"
    with pytest.raises(InputError, match=r"'Korea' is ambiguous: 'South Korea' \(KOR\) or 'North Korea' \(PRK\)"):
        Section(name="Front", country="Korea", border="CHN")
    with pytest.raises(InputError, match="'Congo' is ambiguous"):
        Section(name="Front", country="Congo", border="AGO")


def test_errors_are_minebelts_not_pydantics() -> None:
    with pytest.raises(InputError) as e:
        Defaults(depth_km=-2)
    assert str(e.value) == "Defaults: depth_km = -2: must lie in (0, 50] km"
    assert "pydantic" not in str(e.value) and "errors.pydantic.dev" not in str(e.value)
    with pytest.raises(InputError, match=r"^Defaults: density = 200000: must lie in \(0, 100000\] mines/km²$"):
        Defaults(density=200_000)
    with pytest.raises(InputError, match=r"unknown key 'dpeth_km' \(did you mean 'depth_km'\?\)"):
        Defaults(dpeth_km=2)
    s = Section(**STATED)
    with pytest.raises(InputError, match=r"^Section 'Poland': depth_km = 80: must lie in \(0, 50\] km$"):
        s.depth_km = 80  # assignment is checked too


def test_one_line_per_problem_naming_the_section() -> None:
    with pytest.raises(InputError) as e:
        Scenario(name="x", defaults={"depth_km": 2, "density": 6000},
                 sections=[STATED, {**STATED, "name": "B", "length_km": -3, "depth_km": 90}, {**STATED, "name": "C", "country": "Polnd"}])  # fmt: skip
    assert e.value.lines == (
        "Scenario 'x': sections[1] 'B': length_km = -3: must lie in (0, 25000] km",
        "Scenario 'x': sections[1] 'B': depth_km = 90: must lie in (0, 50] km",
        "Scenario 'x': sections[2] 'C': country: unknown country 'Polnd' (did you mean 'Poland' (POL)?)",
    )
    # what only the resolved values show (a density model) is refused at construction too
    with pytest.raises(
        InputError, match=r"defaults.density = 'korea-peek': unknown density model \(did you mean 'korea-peak'\?\)"
    ):
        Scenario(name="y", defaults={"depth_km": 2, "density": "korea-peek"}, sections=[STATED])


def test_the_same_words_as_the_file_loader(tmp_path) -> None:
    (tmp_path / "s.toml").write_text(
        'name = "t"\n[defaults]\ndepth_km = -2\ndensity = 6000\n'
        '[[sections]]\nname = "A"\ncountry = "POL"\nborder = "BLR"\nlength_km = -5\n'
        '[[sections]]\nname = "B"\ncountry = "Polnd"\nborder = "BLR"\nlength_km = 5\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError) as e:
        load_scenarios(tmp_path / "s.toml")
    f = str(tmp_path / "s.toml")
    assert e.value.lines == (
        f"{f}: defaults.depth_km = -2: must lie in (0, 50] km",
        f"{f}: sections[0] 'A': length_km = -5: must lie in (0, 25000] km",
        f"{f}: sections[1] 'B': country: unknown country 'Polnd' (did you mean 'Poland' (POL)?)",
    )
    with pytest.raises(InputError) as api:
        Defaults(depth_km=-2, density=6000)
    assert api.value.lines[0].removeprefix("Defaults: ") == e.value.lines[0].removeprefix(f"{f}: defaults.")


def test_every_scenario_of_a_file_is_checked(tmp_path) -> None:
    sec = '[[scenarios.sections]]\nname = "A"\ncountry = "POL"\nborder = "BLR"\nlength_km = 5\n'
    text = ('[[scenarios]]\nname = "one"\n[scenarios.defaults]\ndepth_km = 80\ndensity = 6000\n' + sec
            + '[[scenarios]]\nname = "two"\n[scenarios.defaults]\ndepth_km = 2\ndensity = -1\n' + sec)  # fmt: skip
    (tmp_path / "m.toml").write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as e:
        load_scenarios(tmp_path / "m.toml")
    assert len(e.value.lines) == 2
    assert "scenarios[0]: defaults.depth_km = 80" in e.value.lines[0]
    assert "scenarios[1]: defaults.density = -1" in e.value.lines[1]


def test_input_error_lines() -> None:
    e = InputError("a  b", "c\nd", "a b")
    assert e.lines == ("a b", "c d") and str(e) == "a b\nc d"
    assert InputError.combine([InputError("x"), InputError("y", "x")]).lines == ("x", "y")
