"""The kind a drafted claim gets from its sentence: plan only for an actor's own budget, order,
target or schedule; model (with whose) for estimates attributed to others or made by the author;
fact for the past. Sentences written for these tests."""

from __future__ import annotations

import pytest

from minebelt import extract_claims
from minebelt.factcheck.extract.claim_kind import attributed_to, claim_kind


def _one(text: str, unit: str) -> dict:
    found = [c for c in extract_claims(text, "test").claims if c["unit"] == unit]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "unit", "kind", "by"),
    [
        ("Finland destroyed about one million anti-personnel mines by 2016.", "mines", "fact", None),
        (
            "Clearing such a belt would take 1,200 years, according to the HALO Trust.",
            "years",
            "model",
            "the HALO Trust",
        ),
        (
            "Lithuania will need 12 million mines for its border with Russia and Belarus, analysts estimate.",
            "mines",
            "model",
            "analysts",
        ),
        (
            "Even limited mining of key invasion routes would likely require 6 to 12 million mines.",
            "mines",
            "model",
            "the article's own estimate",
        ),
        ("The government will allocate EUR 800 million to buy anti-tank mines for the border.", "EUR", "plan", None),
        ("Poland plans to buy up to one million anti-personnel mines for its border.", "mines", "plan", None),
        ("The army aims for a stock of one million mines by 2030 on the border.", "mines", "plan", None),
        ("The Baltic Defence Line will run along 1,000 km of border.", "km", "plan", None),
    ],
)
def test_kind_from_the_sentence(sentence: str, unit: str, kind: str, by: str | None) -> None:
    claim = _one(sentence, unit)
    assert claim["kind"] == kind, claim
    assert claim.get("by") == by, claim


def test_attribution_names_the_source() -> None:
    assert attributed_to("Clearing it would take 1,200 years, the HALO Trust estimates.") == "the HALO Trust"
    assert attributed_to("It would take 40 years, experts say.") == "experts"
    assert attributed_to("A belt 2 km deep would need 12 million mines.") is None


def test_a_sourced_fact_stays_a_fact_whoever_reports_it() -> None:
    assert claim_kind("The border is 1,340 km long, according to the Border Guard.", "fact", False) == ("fact", None)
    assert claim_kind("The belt would need 12 million mines.", "arithmetic", False) == (
        "model",
        "the article's own arithmetic",
    )


def test_a_conditional_aim_is_not_a_plan() -> None:
    # "If Ukraine aims to ..." supposes an aim: the article's model, not Ukraine's stated plan
    assert (
        claim_kind("If Ukraine aims to mine 1,000 km of its border, it would need 24 million mines.", "none", False)[0]
        == "model"
    )


def test_the_seed_article_forecast_is_the_articles_model() -> None:
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    spec = importlib.util.spec_from_file_location("bench_extract", root / "benchmarks" / "bench_extract.py")
    bench = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(bench)
    folder = bench.seeds_dir(None)
    seeds = sorted(Path(folder).glob("001_*.txt")) if folder is not None else []
    if not seeds:
        pytest.skip("seed articles not found (../shared/seeds beside the repository)")
    claims = extract_claims(seeds[0].read_text(encoding="utf-8"), "seed-001").claims
    routes = [c for c in claims if "key invasion routes" in c["quote"] and c["unit"] == "mines"]
    assert routes and all(c["kind"] == "model" for c in routes)
    assert not [c for c in claims if c["kind"] == "plan" and "would" in c["quote"]]


SKIPPING = (
    "Border barriers in the Baltic\n\n"
    "Estonia plans to build 600 bunkers costing EUR 60 million along its border with Russia. "
    "Landmine Monitor recorded 5,757 mine casualties in 2023. "
    "Some 139,000 km² of Ukraine is potentially contaminated. "
    "Finland destroyed its one million anti-personnel mines in 2016. "
    "The weather was fine with 25 degrees that day. "
    "These 12 million mines would cost a lot.\n\n"
    "Sweden gives €1.8m to the IAEA, a rise of 900%.\n"
)


def test_every_figure_is_a_claim_or_skipped_with_its_reason() -> None:
    import tomllib

    from minebelt.factcheck.extract.draft import HUMANITARIAN_REASON, NOT_DOMAIN_REASON

    draft = extract_claims(SKIPPING, "test")
    drafted = {(c["unit"], c["stated"]) for c in draft.claims}
    assert {("bunkers", 600), ("EUR", 60e6), ("casualties", 5757), ("km²", 139000), ("mines", 1e6)} <= drafted
    for unit in ("casualties", "km²"):
        c = next(c for c in draft.claims if c["unit"] == unit)
        assert c["kind"] == "fact" and c["compute"] == {"unverifiable": HUMANITARIAN_REASON}
    reasons = {x["figure"]: x["reason"] for x in draft.skipped}
    assert reasons["25 degrees"].startswith("a unit outside minebelt's scope")
    assert "said again" in reasons["12 million"]
    assert reasons["1.8m, 900%"] == NOT_DOMAIN_REASON
    assert not any(
        x["figure"].startswith("2023") or x["figure"].startswith("2016") for x in draft.skipped
    )  # years go with their figures
    text = draft.to_toml()
    tomllib.loads(text)
    assert sum(line.startswith("# skipped: ") for line in text.splitlines()) == len(draft.skipped) == 3
    assert draft.to_dict()["skipped"] == draft.skipped


def test_a_repeated_headline_figure_is_listed_as_skipped() -> None:
    draft = extract_claims(
        "Five NATO countries leave the mine ban.\n\nFive NATO countries, Poland, Finland, Estonia, Latvia and Lithuania, left the Ottawa Convention.\n",
        "t",
    )
    # the kept claim in its own words, no internal id
    assert any(x["reason"].startswith("the same figure as \u201cFive NATO countries") for x in draft.skipped), (
        draft.skipped
    )
    assert not any("c0" in x["reason"] for x in draft.skipped), draft.skipped


def test_an_attributed_estimate_says_how_to_set_minebelts_figure_beside_it(tmp_path) -> None:
    from minebelt.factcheck import check_file

    draft = extract_claims("Clearing such a belt would take 1,200 years, according to the HALO Trust.", "t")
    claim = _one("Clearing such a belt would take 1,200 years, according to the HALO Trust.", "years")
    # the note is for readers (no TOML); how to set minebelt's figure beside it is a comment of the draft
    assert "the HALO Trust" in claim["note"] and "field =" not in claim["note"]
    assert any(
        line.startswith("# draft:") and 'field = "clearance.calendar_years"' in line
        for line in draft.to_toml().splitlines()
    )
    p = tmp_path / "d.toml"
    p.write_text(draft.to_toml(), encoding="utf-8")
    row = check_file(p)["claims"][0]
    assert row["kind"] == "model" and row["by"] == "the HALO Trust" and row["verdict"] != "does-not-hold"


@pytest.mark.parametrize(("stated", "verdict"), [("3,000", "does-not-hold"), ("1,340", "holds")])
def test_a_border_length_beside_a_plan_in_another_clause_is_a_fact(run_cli, tmp_path, stated, verdict) -> None:
    """The kind follows the figure's own clause: a plan in the next clause ("and Finland will
    buy") neither makes the border length before it a plan nor hides the border it is of."""
    import json

    text = f"Finland's border with Russia is about {stated} km long, and Finland will buy one million mines."
    km, mines = _one(text, "km"), _one(text, "mines")
    assert km["kind"] == "fact", km
    assert km["compute"] == {"expr": "b", "refs": {"b": "border:FIN-RUS:length_km"}}, km
    assert mines["kind"] == "plan", mines
    article = tmp_path / "a.txt"
    article.write_text(text + "\n", encoding="utf-8")
    code, out, err = run_cli("factcheck", "--article", article, "--all", "--json")
    assert code == 0, err
    rows = {r["unit"]: r for r in json.loads(out)["claims"]}
    assert rows["km"]["id"].startswith("c001-fin-rus-") and rows["km"]["verdict"] == verdict, rows["km"]
    assert rows["km"]["computed_text"] == "1,280 km"  # to three figures, as every border length
    assert rows["mines"]["verdict"] == "stated"


def test_a_clause_verb_decides_the_kind() -> None:
    sentence = "The border is 1,340 km long, and Finland will buy one million mines."
    assert claim_kind(sentence, "none", False, "The border is 1,340 km long") == ("fact", None)
    assert claim_kind(sentence, "none", False, "Finland will buy one million mines.") == ("plan", None)
    assert claim_kind(sentence, "none", False) == ("plan", None)  # the whole sentence, as before


def test_a_plans_measured_border_beside_it_is_rounded_as_every_border_length(run_cli, tmp_path) -> None:
    import json

    article = tmp_path / "a.txt"
    article.write_text("Finland plans to mine 600 km of its border with Russia.\n", encoding="utf-8")
    code, out, err = run_cli("factcheck", "--article", article, "--all", "--json")
    assert code == 0, err
    (row,) = json.loads(out)["claims"]
    assert row["verdict"] == "stated" and row["computed_text"] == "1,280 km", row
    assert "1,280 km" in row["explanation"] and "1,284" not in row["explanation"], row["explanation"]
