"""A professional fact-checker's review of the verdicts: money keeps its currency, a fact is never
judged by minebelt's model, fx dates stay in the bundled ECB series and the rate used is shown,
counts are exact, judgements are not checked, article forecasts are stated."""

from __future__ import annotations

import pytest

from minebelt.errors import InputError


def _file(tmp_path, body: str):
    p = tmp_path / "c.toml"
    p.write_text(body, encoding="utf-8")
    return p


def _rows(tmp_path, body: str) -> dict:
    from minebelt.factcheck import check_file

    return {r["id"]: r for r in check_file(_file(tmp_path, body))["claims"]}


PLN_TO_EUR = 'compute = { expr = "p * r", refs = { p = "const:EAST_SHIELD_PLN", r = "fx:PLN:EUR:2024-05-18" } }\n'


def test_money_in_another_currency_than_the_unit_is_one_input_error(tmp_path):
    from minebelt.factcheck import check_file

    p = _file(tmp_path, f'[[claims]]\nid = "f1"\nquote = "q"\nstated = 2.5e9\nunit = "USD"\n{PLN_TO_EUR}')
    with pytest.raises(InputError) as e:
        check_file(p)
    assert str(e.value) == "c.toml: claim 'f1': unit USD, computed EUR: convert with fx:EUR:USD:DATE"


def test_money_in_its_own_currency_holds_and_names_the_rate_used(tmp_path):
    row = _rows(tmp_path, f'[[claims]]\nid = "f2"\nquote = "q"\nstated = 2.35e9\nunit = "EUR"\n{PLN_TO_EUR}')["f2"]
    assert row["verdict"] == "holds"
    # 2024-05-18 is a Saturday: Friday's rate
    assert (
        "Converted at 0.2345 EUR/PLN, ECB reference rate of 2024-05-17 (the last before 2024-05-18)."
        in row["explanation"]
    )


def test_currency_dimension_of_refs_and_scenario_cost():
    from pathlib import Path

    from minebelt.factcheck.money import compute_dim, currency_mismatch

    assert compute_dim("fx:PLN:EUR:2024-05-18", {}, {}) == {"EUR": 1, "PLN": -1}
    assert compute_dim(
        {"expr": "a / r", "refs": {"a": "const:EAST_SHIELD_PLN", "r": "fx:EUR:PLN:2024-05-18"}}, {}, {}
    ) == {"EUR": 1}
    assert (
        compute_dim({"expr": "a + b", "refs": {"a": "const:EAST_SHIELD_PLN", "b": "const:FENCE_LTU_EUR"}}, {}, {})
        is None
    )
    estimates = {(Path("/x/s.toml"), None, None, None): {"cost": {"currency": "USD", "total": 1.0}}}
    spec = {"expr": "c", "refs": {"c": {"scenario": "s.toml", "field": "cost.by_country.EST.total"}}}
    claim = {"id": "p4", "unit": "EUR", "compute": spec}
    assert (
        currency_mismatch(claim, {"p4": claim}, estimates)
        == "claim 'p4': unit EUR, computed USD: convert with fx:USD:EUR:DATE"
    )
    assert currency_mismatch({**claim, "unit": "USD"}, {}, estimates) is None
    assert currency_mismatch({**claim, "unit": "mines"}, {}, estimates) is None


def test_a_fact_computed_by_the_scenario_model_is_an_input_error(tmp_path):
    from minebelt.factcheck import check_file

    body = '[[claims]]\nid = "p3"\nkind = "fact"\nquote = "q"\nstated = 1e6\nunit = "mines"\ncompute = { scenario = "s.toml", field = "mines" }\n'
    with pytest.raises(
        InputError,
        match=r"claims 'p3': kind = \"fact\" but compute runs minebelt's model of s.toml: a fact is checked against sourced or measured figures; use kind = \"model\"",
    ):
        check_file(_file(tmp_path, body))


def test_fx_date_outside_the_series_names_the_ref_and_the_range(tmp_path):
    row = _rows(
        tmp_path,
        '[[claims]]\nid = "f3"\nquote = "q"\nstated = 1\nunit = "EUR"\ncompute = { expr = "r", refs = { r = "fx:PLN:EUR:2030-01-01" } }\n',
    )["f3"]
    assert row["verdict"] == "error"
    assert (
        "fx ref 'fx:PLN:EUR:2030-01-01': DATE 2030-01-01 is outside the bundled ECB series (1999-01-04 to 20"
        in row["error"]
    )


def test_a_count_is_exact_and_the_range_is_said_below(tmp_path):
    body = '[[claims]]\nid = "n"\nquote = "q"\nstated = 5\nunit = "countries"\ncompute = { range = [ { expr = "3" }, { expr = "4" } ] }\n'
    row = _rows(tmp_path, body)["n"]
    assert row["verdict"] == "does-not-hold"
    assert "%" not in row["explanation"] and "lies below the stated figure" in row["explanation"]
    assert (
        _rows(tmp_path, body.replace("stated = 5", "stated = 2"))["n"]["explanation"].count(
            "lies above the stated figure"
        )
        == 1
    )


def test_judgements_analyses_and_choices_are_not_checked(tmp_path):
    body = (
        '[[claims]]\nid = "j"\nquote = "q"\nstated = "lack natural barriers"\nselection = true\nunit = "share"\ncompute = { expr = "0.06" }\n'
        '[[claims]]\nid = "a"\nquote = "q"\nstated = "extrapolating"\nanalysis = true\ncompute = { expr = "4.69" }\n'
        '[[claims]]\nid = "c"\nquote = "q"\nstated = 1000\nselection = true\nunit = "km"\ncompute = { expr = "2828" }\n'
        '[[claims]]\nid = "u"\nquote = "q"\nstated = 1\ncompute = { unverifiable = "No source." }\n'
    )
    rows = _rows(tmp_path, body)
    assert [rows[k]["verdict_text"] for k in "jac"] == [
        "not checked (a judgement)",
        "not checked (analysis)",
        "not checked (a choice)",
    ]
    assert rows["u"]["verdict"] == "unverifiable"


ARTICLE = (
    "Finland will lay 50 million anti-personnel mines along its 1,300 km border with Russia by 2030.\n"
    "Latvia's border with Russia is 214 km long; mining it 2 km deep at 6,000 mines per km² needs 2.6 million mines.\n"
)


def test_article_forecasts_are_stated_and_its_arithmetic_is_named(tmp_path):
    from minebelt.factcheck import check_file
    from minebelt.factcheck.extract import extract

    p = tmp_path / "a.toml"
    p.write_text(extract(ARTICLE, source="a").to_toml(), encoding="utf-8")
    rows = check_file(p)["claims"]
    by_stated = {r["stated"]: r for r in rows}
    assert by_stated[50_000_000]["verdict"] == "stated" and by_stated[50_000_000]["kind"] == "plan"
    assert by_stated[2_600_000]["verdict_text"] == "holds by the article's own arithmetic"
    assert by_stated[2_600_000]["explanation"].count("By the article's own arithmetic") == 1
    for assumed in (2, 6000):
        assert by_stated[assumed]["verdict"] == "not-checked", by_stated[assumed]
        assert by_stated[assumed]["explanation"].startswith("The article's own choice")
    assert by_stated[1300]["verdict"] == "holds"  # a measured fact in a forecast's sentence stays a fact


def test_an_unknown_claim_id_names_the_file_once(tmp_path):
    row = _rows(
        tmp_path,
        '[[claims]]\nid = "t7"\nquote = "q"\nstated = 1\ncompute = { expr = "a", refs = { a = "claim:t11" } }\n',
    )["t7"]
    assert row["error"].count("c.toml") == 1 and "unknown claim id 't11'" in row["error"]


def test_a_tiny_ratio_is_said_in_plain_words():
    from minebelt.factcheck.kinds import ratio_words

    assert ratio_words(10, 19.12e6) == "that is about 1.9 million times the stated figure"
    assert ratio_words(1e6, 19.12e6) == "the stated figure is 0.052 times that"


def test_a_forecast_read_from_the_model_defaults_to_a_plan():
    from minebelt.factcheck.kinds import default_kind

    spec = {"scenario": "s.toml", "field": "mines"}
    assert default_kind({"quote": "Finland will lay 50 million mines by 2030.", "compute": spec}, {}) == "plan"
    assert default_kind({"quote": "Finland needs 19 million mines.", "compute": spec}, {}) == "model"
    assert default_kind({"quote": "The border will stay 1,300 km.", "compute": {"expr": "1"}}, {}) == "fact"


@pytest.mark.parametrize(
    ("compute", "context", "key", "where"),
    [
        (
            '{ expr = "m / n", refs = { m = { scenario = "S", field = "mines", samples = 20000 }, n = { scenario = "S", field = "mines", samples = 20 } } }',
            "",
            "samples",
            "compute.refs.n",
        ),
        (
            '{ range = [ { scenario = "S", field = "mines", seed = 3 }, { scenario = "S", field = "mines" } ] }',
            "",
            "seed",
            "compute.range[0]",
        ),
        (
            '{ scenario = "S", field = "mines" }',
            'context = { x = { scenario = "S", field = "mines", samples = 100 } }\n',
            "samples",
            "context.x",
        ),
    ],
)
def test_samples_outside_a_claims_own_compute_is_refused_in_one_line(tmp_path, compute, context, key, where):
    from minebelt.errors import InputError
    from minebelt.factcheck import check_file

    p = tmp_path / "c.toml"
    p.write_text(f'[[claims]]\nid = "s"\nquote = "q"\nstated = 1\n{context}compute = {compute}\n', encoding="utf-8")
    with pytest.raises(InputError) as e:
        check_file(p)
    msg = str(e.value)
    assert "\n" not in msg and f"{where}: {key} is honoured only in a claim's own compute" in msg, msg


def test_the_summary_splits_holds_by_kind():
    from minebelt.outputs.verdicts import holds_by_kind

    rows = [
        *({"verdict": "holds", "kind": "fact"} for _ in range(2)),
        *({"verdict": "holds", "kind": "model", "by": "the article's own arithmetic"} for _ in range(3)),
        {"verdict": "does-not-hold", "kind": "fact"},
        {"verdict": "stated", "kind": "plan"},
    ]
    assert holds_by_kind(rows) == "Of the 5 that hold: 2 facts hold; 3 hold by the article's own arithmetic."
    assert holds_by_kind([{"verdict": "stated", "kind": "plan"}]) == ""
