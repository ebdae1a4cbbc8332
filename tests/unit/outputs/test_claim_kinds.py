"""Claim kinds: a plan is never refuted by a model, a model claim says whose model, out-of-scope
claims are not checked; money in claims (``fx:FROM:TO:DATE``); one-line errors with "did you mean"."""

from __future__ import annotations

import pytest

from minebelt.errors import InputError


def _check(tmp_path, body: str) -> dict:
    from conftest import EXAMPLES

    from minebelt.factcheck import check_file

    p = tmp_path / "claims.toml"
    p.write_text(body.replace("SCEN", str(EXAMPLES / "seed-reduced-model.toml")), encoding="utf-8")
    return {r["id"]: r for r in check_file(p)["claims"]}


def test_default_kind_follows_what_the_claim_computes():
    from minebelt.factcheck.kinds import default_kind

    claims = {
        "scen": {"compute": {"scenario": "a.toml", "field": "mines"}},
        "via": {"compute": {"expr": "a / 2", "refs": {"a": "claim:scen"}}},
        "border": {"compute": {"expr": "b", "refs": {"b": "border:FIN-RUS:length_km"}}},
        "date": {"compute": {"date": "WITHDRAWAL_DEPOSIT_FIN"}},
        "said": {"compute": {"expr": "1"}, "by": "the article's own arithmetic"},
        "plan": {"compute": {"scenario": "a.toml", "field": "mines"}, "kind": "plan"},
    }
    kinds = {k: default_kind(c, claims) for k, c in claims.items()}
    assert kinds == {"scen": "model", "via": "model", "border": "fact", "date": "fact", "said": "model", "plan": "plan"}


def test_a_plan_is_stated_never_refuted_and_shows_what_it_implies(tmp_path):
    rows = _check(
        tmp_path,
        """
[[claims]]
id = "plan"
kind = "plan"
quote = "we need up to a million mines"
stated = 1_000_000
qualifier = "up-to"
unit = "mines"
compute = { scenario = "SCEN", field = "by_country.POL.mines" }
context = { "per km of a 438 km front" = { expr = "stated / 438", unit = "mines" }, "times the article's Korean model" = { expr = "stated / 438 / (d * w)", refs = { d = "const:SEED_KOREAN_MODEL_PER_KM2", w = "const:SEED_MODEL_DEPTH_KM" }, unit = "times" } }

[[claims]]
id = "same-as-fact"
quote = "a million mines is enough for the border"
stated = 1_000_000
qualifier = "up-to"
unit = "mines"
compute = { scenario = "SCEN", field = "by_country.POL.mines" }
""",
    )
    plan = rows["plan"]
    assert plan["kind"] == "plan" and plan["verdict"] == "stated" and plan["verdict_text"] == "stated"
    # the model's 3.6 M beside it, as a ratio: never "does not hold"
    assert (
        "Beside it, by minebelt's model of" in plan["explanation"]
        and "the stated figure is 0.28 times that" in plan["explanation"]
    )
    assert (
        "What it implies: per km of a 438 km front 2,300 mines; times the article's Korean model 0.095 times."
        in plan["explanation"]
    )
    # a figure without kind = "plan" whose words state no plan is a model figure, judged, and
    # the verdict says whose model it is ("we need up to ..." alone reads as a plan: kinds.states_a_plan)
    same = rows["same-as-fact"]
    assert same["kind"] == "model" and same["verdict"] == "does-not-hold"
    assert same["verdict_text"].startswith("does not hold by minebelt's model of") and same["explanation"].startswith(
        "By minebelt's model of"
    )
    assert "assuming density 6,000 mines/km², depth 2 km" in same["explanation"]


def test_model_claims_say_whose_model_and_out_of_scope_is_not_checked(tmp_path):
    rows = _check(
        tmp_path,
        """
[[claims]]
id = "arith"
by = "the article's own arithmetic"
quote = "Poland - about 3.6 million for 600 km2"
stated = 3_600_000
unit = "mines"
compute = { scenario = "SCEN", field = "by_country.POL.mines" }

[[claims]]
id = "shell"
kind = "out-of-scope"
quote = "each shell holds 36 mines"
stated = 36
compute = { unverifiable = "munition specifications are outside minebelt's strategic scope" }

[[claims]]
id = "unsourced"
quote = "more than 500 minefields"
stated = 500
compute = { unverifiable = "no source counts them" }
""",
    )
    assert (
        rows["arith"]["verdict_text"] == "holds by the article's own arithmetic"
        and rows["arith"]["by"] == "the article's own arithmetic"
    )
    assert rows["arith"]["explanation"].startswith(
        "By the article's own arithmetic (density 6,000 mines/km², depth 2 km): recomputed"
    )
    assert rows["shell"]["verdict"] == "not-checked" and rows["shell"]["explanation"].startswith(
        "Not checked: munition specifications"
    )
    assert rows["unsourced"]["kind"] == "fact" and rows["unsourced"]["verdict"] == "unverifiable"


def test_a_forecast_is_stated_with_its_outcome_beside_it(tmp_path):
    rows = _check(
        tmp_path,
        """
[[claims]]
id = "fc"
kind = "plan"
quote = "may be out of the treaty by spring 2026"
stated = "2026-04"
qualifier = "before"
unit = "date"
compute = { date = "WITHDRAWAL_EFFECT_FIN" }
""",
    )
    assert (
        rows["fc"]["verdict"] == "stated"
        and "Beside it, sourced: 2026-01-10; the forecast's date (2026-04) is 3 months later."
        in rows["fc"]["explanation"]
    )


@pytest.mark.parametrize(
    ("stated", "qualifier", "said"),
    [
        ("2026-04", "before", "the forecast's date (2026-04) is 3 months later"),
        ("2025-12", "after", "the forecast's date (2025-12) is 1 month earlier"),
        ("2026-01", "before", "the forecast's date (2026-01) is the same month"),
        ("2027", "before", "the forecast's date (2027) is 1 year later"),
    ],
)
def test_a_date_forecast_says_where_its_date_lies_and_never_judges_it(tmp_path, stated, qualifier, said):
    from minebelt.factcheck.plans import JUDGING_WORDS, NOT_REFUTED

    rows = _check(
        tmp_path,
        f"""
[[claims]]
id = "fc"
kind = "plan"
quote = "may be out of the treaty by then"
stated = "{stated}"
qualifier = "{qualifier}"
unit = "date"
compute = {{ date = "WITHDRAWAL_EFFECT_FIN" }}
""",
    )
    text = rows["fc"]["explanation"]
    assert rows["fc"]["verdict"] == "stated" and f"Beside it, sourced: 2026-01-10; {said}." in text, text
    assert not any(w in text.removesuffix(NOT_REFUTED).lower() for w in JUDGING_WORDS), text


def test_no_plan_of_the_worked_examples_is_worded_as_judged():
    from conftest import EXAMPLES

    from minebelt.factcheck import check_file
    from minebelt.factcheck.plans import JUDGING_WORDS, NOT_REFUTED

    for name in ("seed-claims.toml", "national-plans-claims.toml"):
        for r in check_file(EXAMPLES / name)["claims"]:
            if r["kind"] == "plan":
                said = [w for w in JUDGING_WORDS if w in r["explanation"].removesuffix(NOT_REFUTED).lower()]
                assert r["verdict"] == "stated" and not said, (r["id"], said, r["explanation"])


def test_fx_refs_give_the_ecb_rate_of_the_date(tmp_path):
    from minebelt.data.ecb import ecb_rates

    rows = _check(
        tmp_path,
        """
[[claims]]
id = "eur"
quote = "PLN 10 billion (EUR 2.4 billion)"
stated = 2.4e9
unit = "EUR"
compute = { expr = "pln * r", refs = { pln = "const:EAST_SHIELD_PLN", r = "fx:PLN:EUR:2024-05-27" } }

[[claims]]
id = "weekend"
quote = "PLN per EUR on a Saturday"
stated = 4.265
qualifier = "exact"
compute = { expr = "r", refs = { r = "fx:EUR:PLN:2024-05-18" } }
""",
    )
    rate, day = ecb_rates().on_or_before("PLN", "2024-05-27")
    assert rows["eur"]["computed"] == pytest.approx(10e9 / rate) and rows["eur"]["verdict"] == "holds"
    assert rows["eur"]["computed_text"] == "EUR 2.35 bn" and rows["eur"]["stated_text"] == "EUR 2.4 bn"
    # a Saturday takes Friday's rate (the last TARGET working day before it)
    assert (
        ecb_rates().on_or_before("PLN", "2024-05-18") == (4.265, "2024-05-17") and rows["weekend"]["verdict"] == "holds"
    )


@pytest.mark.parametrize(
    ("ref", "needle"),
    [
        ("const:EUR_PLN", "an exchange rate is a ref 'fx:EUR:PLN:YYYY-MM-DD'"),
        ("const:DMZ_MINES_SOUHT", "did you mean 'DMZ_MINES_SOUTH'?"),
        ("fx:PLX:EUR:2024-05-18", "fx FROM currency 'PLX' is not an ECB reference currency (did you mean 'PLN'?)"),
        ("fx:PLN:eur:2024-05-18", "(did you mean 'EUR'?)"),
        (
            "fx:PLN:EUR:1990-01-01",
            "fx ref 'fx:PLN:EUR:1990-01-01': DATE 1990-01-01 is outside the bundled ECB series (1999-01-04 to ",
        ),
        ("fx:PLN:EUR:2090-01-01", "DATE 2090-01-01 is outside the bundled ECB series (1999-01-04 to "),
        ("border:FIN-RSU:length_km", "unknown code 'RSU' (did you mean 'RUS'?)"),
        ("fx:PLN:EUR:2024-5-1", "fx DATE '2024-5-1' must be a date YYYY-MM-DD"),
        ("fx:PLN:EUR", "must be 'fx:FROM:TO:DATE'"),
        ("cosnt:KM_PER_MILE", "unknown ref kind 'cosnt' (did you mean 'const'?)"),
        ("claim:nope", "unknown claim id 'nope'"),
    ],
)
def test_unknown_names_answer_in_one_line_with_did_you_mean(tmp_path, ref, needle):
    rows = _check(
        tmp_path,
        f'[[claims]]\nid = "x"\nquote = "q"\nstated = 1\ncompute = {{ expr = "a", refs = {{ a = "{ref}" }} }}\n',
    )
    row = rows["x"]
    assert row["verdict"] == "error" and needle in row["error"], row["error"]
    assert "\n" not in row["error"] and len(row["error"]) < 400  # never a dump of every name


def test_unknown_kind_and_by_are_input_errors(tmp_path):
    from minebelt.factcheck import load_claims

    p = tmp_path / "c.toml"
    p.write_text(
        '[[claims]]\nid = "x"\nquote = "q"\nstated = 1\nkind = "plans"\ncompute = { expr = "1" }\n', encoding="utf-8"
    )
    with pytest.raises(
        InputError, match=r"kind = 'plans': allowed 'fact', 'model', 'plan', 'out-of-scope' \(did you mean 'plan'\?\)"
    ):
        load_claims(p)
    p.write_text('[[claims]]\nid = "x"\nquote = "q"\nstated = 1\nby = 3\ncompute = { expr = "1" }\n', encoding="utf-8")
    with pytest.raises(InputError, match="by: must be text"):
        load_claims(p)


def test_national_plans_example_is_stated_beside_the_model():
    """examples/national-plans-claims.toml: every plan is stated, with its source, beside the model."""
    from conftest import EXAMPLES

    from minebelt.factcheck import check_file

    doc = check_file(EXAMPLES / "national-plans-claims.toml")
    rows = {r["id"]: r for r in doc["claims"]}
    assert doc["summary"] == {"stated": 7, "holds": 1}
    pol = rows["pol-ap-mines-up-to-1m"]
    # the brief's example: 1 M mines on Poland's 438 km of land front, about 0.1x the Korean model
    assert (
        "Poland's land front with Belarus and Russia 438 km; mines per km of that front, about 2,300 mines"
        in pol["explanation"]
    )
    assert "against the article's Korean model (24,000 mines per km of front) 0.095 times" in pol["explanation"]
    assert all(r["verdict"] != "does-not-hold" for r in doc["claims"])
    assert (
        rows["pol-east-shield-eur-2.4bn"]["kind"] == "fact" and rows["pol-east-shield-eur-2.4bn"]["verdict"] == "holds"
    )


def test_default_kind_of_a_malformed_range_is_left_to_the_checker():
    """A web client's ``range`` that is not a list must not crash the kind's default (was a 500)."""
    from minebelt.factcheck.kinds import default_kind

    assert default_kind({"compute": {"range": 5}}, {}) == "fact"
