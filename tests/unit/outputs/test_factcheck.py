"""The seed claims: coverage and verdicts."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from minebelt.factcheck import judge


@pytest.fixture(scope="module")
def claims():
    from pathlib import Path

    from minebelt.factcheck import check_file

    doc = check_file(Path(__file__).resolve().parents[3] / "examples" / "seed-claims.toml")
    return {c["id"]: c for c in doc["claims"]}


EXPECTED = {
    "s1-pol-9.6-million": "holds",
    "s1-ukr-500-mines": "holds",
    "s1-ukr-1000-mines": "holds",
    "s1-ukr-doubling": "holds",
    "s1-baltic-600-mines": "holds",
    "s1-baltic-400-mines": "holds",  # 9.6 M rounded to "about 10"
    "s1-fin-400-mines": "holds",
    "s1-reduced-pol": "holds",
    "s1-pol-200-300-km-4-5-million": "imprecise",  # 4.8-7.2 M overlaps 4-5 M only on 4.8-5 M: not refuted
    "s1-total-over-55-million": "holds",  # 86.4 M (full lengths) and 62.4 M (the article's rows) > 55 M
    "s0-treaty-in-force-1997": "does-not-hold",  # in force 1 March 1999
    "s1-korean-model-vs-dmz": "not-checked",  # analysis: the claim states no figure
    "s1-dmz-1.27-million": "holds",
    "s1-dmz-114-km2": "imprecise",  # the published figures 112.58-117.8 km2 straddle 114
    "s1-reduced-few-years": "stated",  # a conditional forecast: shown with what it implies
    "s1-raams-10200-shells": "not-checked",  # munitions: outside the strategic scope
    "s1-dmz-500-minefields": "unverifiable",
    # sourced facts instead of "unverifiable"
    "s1-poland-sejm-june": "holds",  # Sejm vote of 25 June 2025
    "s1-ukraine-law-2566": "unverifiable",  # the law's number is in no source found
    "s1-ukraine-law-2566-date": "holds",  # ratification law of 18 May 2005
    "s1-withdrawal-six-months": "holds",  # Art. 20(3)
    # seed claims added in issue 11, combined claims split per country
    "s1-parties-all-eu": "holds",
    "s1-parties-nato-except-us": "holds",
    "s1-us-not-party": "holds",
    "s1-korea-not-party": "holds",
    "s1-est-notified-june-2025": "holds",
    "s1-lva-notified-june-2025": "holds",
    "s1-ltu-notified-june-2025": "holds",
    "s1-dmz-strips-1.5-2-km": "unverifiable",  # no per-minefield geometry is published
    "s1-raams-self-destruct-4-48-hours": "not-checked",
    # the combined coalition claim is a hedged forecast ("may find themselves"): never refuted;
    # each country's outcome is shown beside it (Ukraine's withdrawal is not in effect, Art. 20(3))
    "s1-coalition-est": "stated",
    "s1-coalition-lva": "stated",
    "s1-coalition-ltu": "stated",
    "s1-coalition-fin": "stated",
    "s1-coalition-pol": "stated",
    "s1-coalition-ukr": "stated",
    # Estonia: 60 % of its border with Russia on the Narva and Lake Peipsi (Border Guard figures)
    "s0-est-no-natural-barriers": "does-not-hold",
    "s0-lva-no-natural-barriers": "unverifiable",  # no official figure; small rivers missing from the water data
    # "deciding to build a 2000-mile mine defense line": 3-4 of the 5 decided on a line
    "s0-decided-to-build-mine-line": "does-not-hold",  # a count is exact: 3-4 of 5
    # sourced policy dates and facts the memo supports
    "s1-us-policy-2014": "holds",
    "s1-us-policy-2020": "holds",
    "s1-us-policy-2022-06": "holds",
    "s1-us-ap-mines-nov-2024": "unverifiable",  # approval dated 19-20 Nov 2024; supply not confirmed
    "s1-finland-vote-june": "holds",
    "s1-art-1-1-c": "holds",
    "s1-adam-405-grams": "not-checked",
}


@pytest.mark.parametrize(("cid", "verdict"), EXPECTED.items())
def test_verdicts(claims, cid, verdict):
    assert claims[cid]["verdict"] == verdict, claims[cid]["explanation"]


def test_every_claim_is_complete(claims):
    for c in claims.values():
        assert c["quote"] and c["explanation"]
        assert c["verdict"] in {
            "holds",
            "does-not-hold",
            "imprecise",
            "unverifiable",
            "stated",
            "not-checked",
        }  # no "error" in the seed file
        if c["computed"] is None:
            assert c["computed_text"] == "\u2014" and c["verdict"] in {"unverifiable", "stated", "not-checked"}, c["id"]
        elif c["verdict"] == "unverifiable":
            assert c.get("kind") != "plan"


def test_split_claims_name_their_combination(claims):
    parts = {c["id"]: c.get("part_of") for c in claims.values() if c.get("part_of")}
    assert {k for k, v in parts.items() if v == "s1-coalition-early-2026"} == {
        f"s1-coalition-{c}" for c in ("est", "lva", "ltu", "fin", "pol", "ukr")
    }
    assert {k for k, v in parts.items() if v == "s1-us-policy-dates"} == {
        "s1-us-policy-2014",
        "s1-us-policy-2020",
        "s1-us-policy-2022-06",
    }
    assert parts["s1-us-not-party"] == parts["s1-korea-not-party"] == "s1-us-korea-not-party"
    assert {k for k, v in parts.items() if v == "s1-baltic-notified-june-2025"} == {
        "s1-est-notified-june-2025",
        "s1-lva-notified-june-2025",
        "s1-ltu-notified-june-2025",
    }


def test_computed_values(claims):
    assert (
        "mined area \u00f7 MDL length (the Army's about 116 km\u00b2 \u00f7 248 km) 0.468 km"
        in claims["s1-dmz-strips-1.5-2-km"]["explanation"]
    )
    assert "strips" not in claims["s1-dmz-strips-1.5-2-km"]["explanation"].replace("not a strip depth", "")
    assert claims["s1-poland-sejm-june"]["computed"] == "2025-06-25"
    assert "Art. 20(3)" in claims["s1-withdrawal-six-months"]["explanation"]
    assert claims["s1-pol-200-300-km-4-5-million"]["computed"] == [4_800_000, 7_200_000]
    # both readings: the full lengths (the verdict's) and the article's own rows (context)
    assert claims["s1-total-over-55-million"]["computed"] == 86_400_000
    assert (
        "the article's own computed rows added up 62.4 million mines"
        in claims["s1-total-over-55-million"]["explanation"]
    )
    # analysis, not a stated 24,000: the model's mines per km of front over the DMZ's
    assert claims["s1-korean-model-vs-dmz"]["computed"] == pytest.approx(24_000 / (1_270_000 / 248))
    assert claims["s1-korean-model-vs-dmz"]["stated"] == "extrapolating the DMZ"
    assert "24,000 mines; DMZ, mines per km of MDL 5,121 mines" in claims["s1-korean-model-vs-dmz"]["explanation"]
    few = claims["s1-reduced-few-years"]["explanation"]
    assert "16 years to make them at Belma's stated 2026 capacity alone, if all of it were anti-personnel" in few
    assert "3.84 million mines" in few and "9.6 million mines" in few
    # dates judged by absolute differences, not percentages
    assert claims["s0-treaty-in-force-1997"]["explanation"].startswith(
        "Sourced date 1999-03-01, not 1997 as stated (2 years later)."
    )
    assert (
        "%" not in claims["s1-dmz-38th-parallel"]["explanation"]
        and "0.2\u00b0 further north" in claims["s1-dmz-38th-parallel"]["explanation"]
    )
    assert claims["s1-dmz-38th-parallel"]["difference"] == pytest.approx(0.23, abs=0.01)
    assert (
        "%" not in claims["s1-fin-longest-eu-nato"]["explanation"]
        and claims["s1-fin-longest-eu-nato"]["stated_text"] == "more than the next longest"
    )
    assert "Beside it, sourced: withdrawal in effect: no." in claims["s1-coalition-ukr"]["explanation"]
    assert (
        claims["s0-est-no-natural-barriers"]["computed_text"] == "60 %"
        and "rivers and lakes), a floor 6 %" in claims["s0-lva-no-natural-barriers"]["explanation"]
    )
    assert (
        "minebelt's own geometry (the bundled OpenStreetMap border, rivers and lakes) 60 %"
        in claims["s0-est-no-natural-barriers"]["explanation"]
    )
    for c in claims.values():  # no double spaces, no unit-less "vs"
        assert "  " not in c["explanation"] and " vs " not in c["explanation"], c["id"]


def test_article_numbers_all_covered(claims):
    """Every mine count, area and length in seed 001's model section is a claim."""
    stated = {json.dumps(c["stated"]) for c in claims.values()}
    for figure in (
        12e6,
        24e6,
        9.6e6,
        14.4e6,
        10e6,
        6e6,
        3.6e6,
        4.8e6,
        55e6,
        1000.0,
        800.0,
        1200.0,
        900.0,
        1300.0,
        400.0,
        250.0,
        1.27e6,
        114.0,
        2000.0,
        405.0,
    ):
        assert json.dumps(figure) in stated, figure


def test_factcheck_json_shape(run_cli, examples):
    code, out, err = run_cli("factcheck", examples / "seed-claims.toml", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["schema"] == "minebelt.factcheck/2"
    assert set(doc["claims"][0]) >= {
        "id",
        "quote",
        "stated",
        "kind",
        "computed",
        "verdict",
        "verdict_text",
        "explanation",
    }


@pytest.mark.parametrize(
    ("stated", "computed", "qualifier", "verdict"),
    [
        (100.0, 100.0, "about", "holds"),
        (100.0, 104.9, "about", "holds"),
        (100.0, 110.0, "about", "imprecise"),
        (100.0, 130.0, "about", "does-not-hold"),
        (55.0, 62.4, "over", "holds"),
        (55.0, 50.4, "over", "does-not-hold"),  # 8 % short of the bound: beyond the 5 % tolerance
        (55.0, 53.0, "over", "imprecise"),  # 3.6 % short: within the tolerance
        (55.0, 30.0, "over", "does-not-hold"),
        (55.0, 55.0, "over", "imprecise"),  # 'over' is strict; within tolerance
        (55.0, 55.0, "at-least", "holds"),
        (55.0, 55.0, "at least", "holds"),
        (10.0, 12.0, "up-to", "does-not-hold"),
        (10.0, 9.0, "up to", "holds"),
        (100.0, (95.0, 104.0), "about", "holds"),  # both ends within 5 %
        (100.0, (80.0, 140.0), "about", "imprecise"),  # the point is one point of a wide range
        (100.0, (150.0, 200.0), "about", "does-not-hold"),
        ((4.0, 5.0), (4.2, 4.9), "about", "holds"),  # contained
        ((4.0, 5.0), (4.1, 5.1), "about", "holds"),  # ends within 5 %
        ((4.0, 6.0), (5.0, 7.0), "about", "imprecise"),  # partial overlap, ends 25 % and 17 % off
        ((2.0, 5.0), 16.0, "about", "does-not-hold"),
        (114.0, (112.5, 117.8), "over", "imprecise"),
        ((4.0, 5.0), (4.8, 7.2), "about", "imprecise"),  # overlap on 4.8-5: never refuted
        ((6.0, 12.0), (6.0, 12.0), "about", "holds"),
        ((2.0, 5.0), 3.0, "about", "holds"),
        (1997.0, 1999.0, "exact", "does-not-hold"),
    ],
)
def test_judge(stated, computed, qualifier, verdict):
    assert judge(stated, computed, qualifier).verdict == verdict


@pytest.mark.parametrize(
    ("stated", "computed", "qualifier", "spread", "verdict"),
    [
        (200.0, 205.0, "about", (190.0, 220.0), "holds"),  # the 90 % range stays within 25 %
        (200.0, 205.0, "about", (80.0, 500.0), "imprecise"),  # holds literally, hides the spread
        (55.0, 62.4, "over", (57.0, 70.0), "holds"),
        (55.0, 62.4, "over", (40.0, 90.0), "imprecise"),  # the bound fails at p05
    ],
)
def test_judge_spread(stated, computed, qualifier, spread, verdict):
    assert judge(stated, computed, qualifier, spread=spread).verdict == verdict


def _claims_file(tmp_path, body: str):
    from conftest import EXAMPLES

    p = tmp_path / "claims.toml"
    p.write_text(body.replace("SCEN", str(EXAMPLES / "seed-reduced-model.toml")), encoding="utf-8")
    return p


def test_dotted_paths_reach_any_figure_and_errors_stay_per_claim(tmp_path):
    from minebelt.factcheck import check_file

    path = _claims_file(
        tmp_path,
        """
[[claims]]
id = "total"
quote = "19.2 million mines"
stated = 19_200_000
compute = { scenario = "SCEN", field = "totals.mines" }

[[claims]]
id = "bare"
quote = "19.2 million mines"
stated = 19_200_000
compute = { scenario = "SCEN", field = "mines" }

[[claims]]
id = "country"
quote = "Poland 3.6 million"
stated = 3_600_000
compute = { scenario = "SCEN", field = "by_country.POL.mines" }

[[claims]]
id = "row"
quote = "Poland 600 km2"
stated = 600
compute = { scenario = "SCEN", field = "sections[1].area_km2" }

[[claims]]
id = "typo"
quote = "a field that does not exist"
stated = 1
compute = { scenario = "SCEN", field = "clearance.calendar_years" }
""",
    )
    doc = check_file(path)
    rows = {r["id"]: r for r in doc["claims"]}
    assert rows["total"]["verdict"] == rows["bare"]["verdict"] == "holds"
    assert rows["country"]["computed"] == 3_600_000 and rows["country"]["verdict"] == "holds"
    assert rows["row"]["computed"] == 600
    assert rows["typo"]["verdict"] == "error"
    assert "has no 'clearance'" in rows["typo"]["error"]
    assert doc["summary"] == {"holds": 4, "error": 1}


def test_block_figures_and_spread(tmp_path):
    """clearance, cost, production figures by dotted path; with samples the claim carries its 90 % range."""
    from minebelt.factcheck import check_file

    scen = tmp_path / "blocks.toml"
    scen.write_text(
        """
name = "blocks"
[defaults]
depth_km = 2
density = "6000 to 12000"
[[sections]]
name = "Poland"
country = "POL"
border = "BLR"
length_km = 400
[production]
[cost]
[clearance]
capacity_km2_per_year = 8
""",
        encoding="utf-8",
    )
    path = tmp_path / "c.toml"
    path.write_text(
        f"""
[[claims]]
id = "years"
quote = "clearing 800 km2 at 8 km2 a year takes 100 years"
stated = 100
compute = {{ scenario = "{scen}", field = "clearance.calendar_years" }}

[[claims]]
id = "fill"
quote = "Belma fills Poland's belt in about 5.7 years"
stated = 5.7
compute = {{ scenario = "{scen}", field = "production.years_to_fill" }}

[[claims]]
id = "cost"
quote = "the build costs about a billion"
stated = 1e9
compute = {{ scenario = "{scen}", field = "cost.total", samples = 4000, seed = 1 }}

[[claims]]
id = "mines"
quote = "about 6.8 million mines"
stated = 6_790_000
compute = {{ scenario = "{scen}", field = "totals.mines", samples = 4000, seed = 1 }}
""",
        encoding="utf-8",
    )
    rows = {r["id"]: r for r in check_file(path)["claims"]}
    assert rows["years"]["computed"] == pytest.approx(100.0) and rows["years"]["verdict"] == "holds"
    assert rows["fill"]["computed"] == pytest.approx(800 * 6000 * 2**0.5 / 1.2e6, rel=1e-6)
    lo, hi = rows["mines"]["computed_range"]
    assert lo < 6_790_000 < hi
    # 6.79 M holds at the median, but the 90 % range (6000-12000/km2) is +-41 %: the figure hides it
    assert rows["mines"]["verdict"] == "imprecise" and "hides the spread" in rows["mines"]["explanation"]
    assert rows["cost"]["computed_range"][0] < rows["cost"]["computed"] < rows["cost"]["computed_range"][1]


def test_exposure_figures_are_reachable(tmp_path):
    """Exposure and calibration figures of a measured scenario by dotted path (needs the bundled borders)."""
    from conftest import EXAMPLES

    from minebelt.factcheck import check_file

    path = tmp_path / "c.toml"
    scen = EXAMPLES / "korea-dmz.toml"
    path.write_text(
        f"""
[[claims]]
id = "places"
quote = "two towns lie within 10 km of the belt"
stated = 2
qualifier = "exact"
compute = {{ scenario = "{scen}", scenario_name = "Korean DMZ: seed 001's Korean model on the measured MDL", field = "exposure.total.within_10km.places" }}

[[claims]]
id = "density"
quote = "denser than the DMZ per km of front"
stated = 1
qualifier = "over"
compute = {{ scenario = "{scen}", scenario_name = "Korean DMZ: seed 001's Korean model on the measured MDL", field = "calibration.scenario.mines_per_km_front" }}
""",
        encoding="utf-8",
    )
    rows = {r["id"]: r for r in check_file(path)["claims"]}
    assert rows["places"]["verdict"] == "holds", rows["places"]["explanation"]
    assert rows["density"]["computed"] > 20_000


def test_claims_doc_summary_is_the_seed_files(claims):
    """docs/claims.md shows the seed file's summary: it must be the real one."""
    text = (Path(__file__).resolve().parents[3] / "docs" / "claims.md").read_text(encoding="utf-8")
    shown = json.loads("{" + re.search(r'"summary": (\{[^}]*\})', text).group(0) + "}")["summary"]
    counts: dict[str, int] = {}
    for c in claims.values():
        counts[c["verdict"]] = counts.get(c["verdict"], 0) + 1
    assert shown == counts


def test_computed_range_is_shown_beside_the_figure(tmp_path):
    from minebelt.factcheck import check_file

    path = _claims_file(
        tmp_path,
        '[[claims]]\nid = "m"\nquote = "q"\nstated = 19_200_000\ncompute = { scenario = "SCEN", field = "mines", samples = 2000, seed = 1 }\n',
    )
    (row,) = check_file(path)["claims"]
    assert "(90 %" not in row["computed_text"]  # the reduced model is certain: a degenerate range is not shown
    scen = tmp_path / "u.toml"
    scen.write_text(
        'name = "u"\n[defaults]\ndepth_km = 2\ndensity = "6000 to 12000"\n[[sections]]\nname = "a"\ncountry = "POL"\nborder = "BLR"\nlength_km = 400\n',
        encoding="utf-8",
    )
    path.write_text(
        f'[[claims]]\nid = "m"\nquote = "q"\nstated = 6_800_000\nunit = "mines"\ncompute = {{ scenario = "{scen}", field = "mines", samples = 2000, seed = 1 }}\n',
        encoding="utf-8",
    )
    (row,) = check_file(path)["claims"]
    from minebelt.factcheck import fmt_stated, fmt_value

    lo, hi = row["computed_range"]
    assert lo < 6_800_000 < hi
    # the range rounded once, its unit written once (minebelt.numbers.span)
    assert row["computed_text"] == f"{fmt_value(row['computed'], 'mines')} (90 %: {fmt_stated((lo, hi), 'mines')})"
    assert row["computed_text"].endswith("(90 %: 4.82–9.67 million mines)"), row["computed_text"]
