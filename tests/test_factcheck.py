"""The seed claims: coverage and verdicts."""

from __future__ import annotations

import json

import pytest

from minebelt.factcheck import judge


@pytest.fixture(scope="module")
def claims():
    from pathlib import Path

    from minebelt.factcheck import check_file

    doc = check_file(Path(__file__).resolve().parents[1] / "examples" / "seed-claims.toml")
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
    "s1-pol-200-300-km-4-5-million": "does-not-hold",  # 4.8-7.2 M, not 4-5 M
    "s1-total-over-55-million": "holds",  # 62.4 M > 55 M
    "s0-treaty-in-force-1997": "does-not-hold",  # in force 1 March 1999
    "s1-korean-model-vs-dmz": "does-not-hold",
    "s1-dmz-1.27-million": "holds",
    "s1-dmz-114-km2": "imprecise",
    "s1-reduced-few-years": "does-not-hold",
    "s1-raams-10200-shells": "unverifiable",
    "s1-dmz-500-minefields": "unverifiable",
}


@pytest.mark.parametrize(("cid", "verdict"), EXPECTED.items())
def test_verdicts(claims, cid, verdict):
    assert claims[cid]["verdict"] == verdict, claims[cid]["explanation"]


def test_every_claim_is_complete(claims):
    for c in claims.values():
        assert c["quote"] and c["explanation"]
        assert c["verdict"] in {"holds", "does-not-hold", "imprecise", "unverifiable"}
        assert (c["computed"] is None) == (c["verdict"] == "unverifiable" and c["computed_text"] == "\u2014")


def test_computed_values(claims):
    assert claims["s1-pol-200-300-km-4-5-million"]["computed"] == [4_800_000, 7_200_000]
    assert claims["s1-total-over-55-million"]["computed"] == 62_400_000
    assert claims["s1-korean-model-vs-dmz"]["computed"] == pytest.approx(1_270_000 / 248)
    assert claims["s1-reduced-few-years"]["computed"] == pytest.approx(16.0)


def test_article_numbers_all_covered(claims):
    """Every mine count, area and length in seed 001's model section is a claim."""
    stated = {json.dumps(c["stated"]) for c in claims.values()}
    for figure in (12e6, 24e6, 9.6e6, 14.4e6, 10e6, 6e6, 3.6e6, 4.8e6, 55e6, 1000.0, 800.0, 1200.0, 900.0, 1300.0, 400.0, 250.0, 1.27e6, 114.0, 2000.0):
        assert json.dumps(figure) in stated, figure


def test_factcheck_json_shape(run_cli, examples):
    code, out, err = run_cli("factcheck", examples / "seed-claims.toml", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["schema"] == "minebelt.factcheck/1"
    assert set(doc["claims"][0]) >= {"id", "quote", "stated", "computed", "verdict", "explanation"}


@pytest.mark.parametrize(
    ("stated", "computed", "qualifier", "verdict"),
    [
        (100.0, 100.0, "about", "holds"),
        (100.0, 104.9, "about", "holds"),
        (100.0, 110.0, "about", "imprecise"),
        (100.0, 130.0, "about", "does-not-hold"),
        (55.0, 62.4, "over", "holds"),
        (55.0, 50.4, "over", "imprecise"),
        (55.0, 30.0, "over", "does-not-hold"),
        (114.0, (112.5, 117.8), "over", "imprecise"),
        ((4.0, 5.0), (4.8, 7.2), "about", "does-not-hold"),
        ((6.0, 12.0), (6.0, 12.0), "about", "holds"),
        ((2.0, 5.0), 3.0, "about", "holds"),
        (1997.0, 1999.0, "exact", "does-not-hold"),
    ],
)
def test_judge(stated, computed, qualifier, verdict):
    assert judge(stated, computed, qualifier).verdict == verdict
