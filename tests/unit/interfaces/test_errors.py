"""Bad input: one line on stderr naming the problem, exit 2, nothing on stdout."""

from __future__ import annotations

import json

import pytest

GOOD = """
name = "t"
[defaults]
depth_km = 2
density = "korea-peak"
[[sections]]
name = "Poland"
country = "POL"
border = "BLR"
length_km = 400
"""


def _write(tmp_path, text, name="s.toml"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


@pytest.mark.parametrize(
    ("edit", "needles"),
    [
        (("depth_km = 2", "depth_km = 80"), ["defaults.depth_km", "(0, 50] km"]),
        (("depth_km = 2", "depth_km = 0"), ["defaults.depth_km", "(0, 50]"]),
        (("length_km = 400", "length_km = -5"), ["sections[0] 'Poland'", "length_km"]),
        (('density = "korea-peak"', "density = 200000"), ["density", "100000"]),
        (('density = "korea-peak"', 'density = "kroea"'), ["density", "unknown density model", "korea-peak"]),
        (('border = "BLR"', 'border = "XXX"'), ["sections[0] 'Poland'", "border", "XXX"]),
        (
            ('country = "POL"', 'country = "Polnad"'),
            ["country", "unknown country 'Polnad'", "did you mean 'Poland' (POL)?"],
        ),
        (("length_km = 400", "length_km = 400\ncolour = 'red'"), ["sections[0] 'Poland'", "colour", "unknown key"]),
        (("length_km = 400", "length_km = '6000 to 12'"), ["length_km", "inverted"]),
        (('name = "t"', 'name = "t"\n['), ["malformed TOML"]),
        (("[[sections]]", "[[sections]]\n"), []),  # unchanged: good file
    ],
)
def test_scenario_errors(tmp_path, run_cli, edit, needles):
    path = _write(tmp_path, GOOD.replace(*edit))
    code, out, err = run_cli("estimate", path, "--json")
    if not needles:
        assert code == 0
        return
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("minebelt: error: ")
    assert str(path) in err
    for n in needles:
        assert n in err, err
    assert "Traceback" not in err


def test_missing_file(run_cli, tmp_path):
    code, out, err = run_cli("estimate", tmp_path / "nope.toml")
    assert code == 2 and out == "" and "file not found" in err


def test_depth_missing_everywhere(run_cli, tmp_path):
    path = _write(tmp_path, GOOD.replace("depth_km = 2\n", ""))
    code, _, err = run_cli("estimate", path)
    assert code == 2 and "depth_km" in err and "[defaults]" in err


def test_bad_claims_file(run_cli, tmp_path):
    path = _write(
        tmp_path,
        '[[claims]]\nid = "a"\nquote = "q"\nstated = 1\ncompute = { expr = "x", refs = { x = "const:NOPE" } }\n',
    )
    code, out, err = run_cli("factcheck", path, "--json")
    # the claim fails, not the file: its row says why, stderr names it, exit status 1
    assert code == 1 and "NOPE" in err and err.count("\n") == 1
    row = json.loads(out)["claims"][0]
    assert row["verdict"] == "error" and "NOPE" in row["error"]


def test_geojson_not_overwritten(run_cli, tmp_path, examples):
    target = tmp_path / "belts.geojson"
    target.write_text("keep")
    code, out, err = run_cli("estimate", examples / "seed-reduced-model.toml", "--geojson", target)
    assert code == 2 and "--force" in err and target.read_text() == "keep" and out == ""


def test_a_claims_file_given_to_estimate_names_factcheck(run_cli, examples, tmp_path):
    """A claims file where a scenario is expected: one line saying which command reads it, not
    the scenario schema's five complaints."""
    for command in ("estimate", "report"):
        args = [command, examples / "seed-claims.toml"] + (["--out", tmp_path / "r"] if command == "report" else [])
        code, out, err = run_cli(*args)
        assert code == 2 and out == "" and not (tmp_path / "r").exists()
        assert err.strip().splitlines() == [
            f"minebelt: error: {examples / 'seed-claims.toml'}: a claims file, not a scenario: check it with minebelt factcheck"
        ]
    from minebelt import i18n

    with i18n.language("en"):  # the command sets the language for the rest of the process: undone here
        code, _, err = run_cli("estimate", examples / "seed-claims.toml", "--lang", "pl")
    assert code == 2 and err.strip().endswith(
        "plik twierdzeń, a nie scenariusz: sprawdź go poleceniem minebelt factcheck"
    )
