"""A plan's explanation as a fact-checker reads it: what it implies first, the model's figure with
its statistic and interval, no ratio across different scopes, price years and one rate date, and
the rule that no model refutes a plan once, last."""

from __future__ import annotations

import functools

import pytest


@functools.cache
def _plans() -> dict[str, dict]:
    from conftest import EXAMPLES

    from minebelt.factcheck import check_file

    return {r["id"]: r for r in check_file(EXAMPLES / "national-plans-claims.toml")["claims"]}


def test_a_model_figure_beside_a_plan_says_its_statistic_and_gives_the_ratio_across_its_range():
    pol = _plans()["pol-ap-mines-up-to-1m"]
    text = pol["explanation"]
    assert "at its inputs' medians (90 % range " in text, text
    lo, hi = pol["computed_range"]
    assert lo < pol["computed"] < hi
    # the stated 1 M over the model's 90 % range, high end first
    shown = f"{float(f'{1e6 / hi:.2g}'):g} to {float(f'{1e6 / lo:.2g}'):g} times across the model's 90 % range"
    assert shown in text, text


def test_an_unsampled_model_figure_says_it_has_no_range():
    from minebelt.factcheck.plans import ratio_span

    assert ratio_span(1.0, 1.0, None) == ""
    assert ratio_span(1e6, 1e6, (4e6, 10e6)) == "0.1 to 0.25 times across the model's 90 % range"
    assert ratio_span(5e6, 6e6, (4e6, 10e6)) == "0.5 to 1.5 times across the model's 90 % range"


def test_an_interval_passes_through_a_claims_own_expr_with_one_sampled_ref():
    """``cost * rate``: the 90 % range of the one sampled ref, converted at both ends."""
    lva = _plans()["lva-eastern-border-eur-303m"]
    lo, hi = lva["computed_range"]
    assert lo < lva["computed"] < hi


@pytest.mark.parametrize(
    "cid", ["pol-all-types-5-6m", "pol-east-shield-pln-10bn", "ltu-counter-mobility-eur-1.1bn", "est-bunkers-eur-60m"]
)
def test_no_ratio_when_the_scopes_differ(cid):
    text = _plans()[cid]["explanation"]
    assert "No ratio is given: the scopes differ (" in text, text
    assert "times that" not in text and "times across" not in text, text


def test_money_beside_a_plan_names_its_price_years_and_one_announcement_one_rate_date():
    rows = _plans()
    for cid in ("pol-east-shield-pln-10bn", "ltu-counter-mobility-eur-1.1bn", "lva-eastern-border-eur-303m"):
        assert "mines at 2026 prices, border-fence proxy at 2022 prices" in rows[cid]["explanation"], cid
    shield = [rows["pol-east-shield-pln-10bn"]["explanation"], rows["pol-east-shield-eur-2.4bn"]["explanation"]]
    for text in shield:
        assert "ECB reference rate of 2024-05-17 (the last before 2024-05-18)" in text, text
        assert "2024-05-27" not in text.partition("Converted at")[2], text


def test_a_plan_leads_with_what_it_implies_and_says_no_model_refutes_it_once_last():
    from minebelt.factcheck.plans import NOT_REFUTED

    for row in _plans().values():
        if row["verdict"] != "stated":
            continue
        text = row["explanation"]
        assert text.startswith("Stated: "), text
        assert text.endswith(NOT_REFUTED) and text.count("refute") == 1, text
        if "What it implies" in text:
            assert text.index("What it implies") < text.index("Beside it"), text
