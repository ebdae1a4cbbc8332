"""Claims drafted from articles written for these tests (not press text), with known answers.

Article A holds the arithmetic of a belt (length x depth = area, area x density = mines) with
one inconsistent figure; article B holds money, a plan, miles, a count of countries, dates of
bundled facts, a munition figure (out of scope), a share and qualifiers.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from minebelt import extract_claims
from minebelt.factcheck import CLAIM_KEYS, check_file
from minebelt.factcheck.extract.quantities import quantities, rewrite
from minebelt.factcheck.extract.text import mask, sentences

ARTICLE_A = """Mines on the northern front

Lithuania is weighing a mine belt along its border with Belarus. A belt 3 km deep along a 200 km stretch would cover 600 km² and, at 5,000 mines per square kilometre, need about three million mines. Extending it to 300 km would raise the need to 4.5 million. Planners also floated a thinner belt: at two thousand mines per square kilometre, the same 600 km² would take 1.8 million mines.

The ministry says Lithuania's border with Belarus is about 680 km long. Altogether, Lithuania, Latvia and Poland would need more than 20 million mines, officials said.
"""

ARTICLE_B = (
    "Poland announced a budget of PLN 10 bn for its East Shield border programme, and plans to buy up to one million "
    "anti-personnel mines by 2030. Finland's border with Russia runs for roughly 830 miles. The Baltic states and Poland, "
    "four NATO members, notified the UN of their withdrawal from the Ottawa Convention in 2025. Each artillery shell of the "
    "older type weighs 405 grams. About 60 % of Estonia's border with Russia runs along rivers and lakes. The withdrawal "
    "takes effect six months after notification. Clearing such a belt could take at least 40 years.\n"
)


def _by(claims: list[dict], unit: str, stated) -> dict:
    found = [c for c in claims if c["unit"] == unit and c["stated"] == stated]
    assert len(found) == 1, (unit, stated, [(c["unit"], c["stated"]) for c in claims])
    return found[0]


def _verdicts(claims: list[dict], tmp_path: Path) -> dict[str, str]:
    from minebelt.factcheck.extract.toml_out import claims_toml

    rows = [{k: v for k, v in c.items() if k != "kind" or "kind" in CLAIM_KEYS} for c in claims]
    p = tmp_path / "draft.toml"
    p.write_text(claims_toml(rows, title="test"), encoding="utf-8")
    return {r["id"]: r["verdict"] for r in check_file(p)["claims"]}


def test_article_arithmetic_is_recomputed_from_its_own_figures(tmp_path: Path) -> None:
    claims = extract_claims(ARTICLE_A, source="article-a").claims
    area = _by(claims, "km²", 600.0)
    assert area["compute"] == {"expr": "200 * 3"} and area["kind"] == "model"
    three = _by(claims, "mines", 3_000_000.0)  # a number word: "three million"
    assert three["compute"] == {"expr": "600 * 5000"}
    longer = _by(claims, "mines", 4_500_000.0)  # length of its own sentence, depth and density in force
    assert longer["compute"] == {"expr": "300 * 3 * 5000"}
    thinner = _by(claims, "mines", 1_800_000.0)  # "two thousand mines per square kilometre" replaces the density
    assert thinner["compute"] == {"expr": "600 * 2000"}
    border = _by(claims, "km", 680.0)
    assert border["compute"] == {"expr": "b", "refs": {"b": "border:LTU-BLR:length_km"}} and border["kind"] == "fact"
    total = _by(claims, "mines", 20_000_000.0)
    assert total["qualifier"] == "over" and "unverifiable" in total["compute"]  # one part only: no sum, no guess
    depth = _by(claims, "km", 3.0)
    assert depth["kind"] == "model" and "choice" in depth["compute"]["unverifiable"]
    assert not any(
        c["unit"] == "km²" and "same" in c["quote"] and c is not area for c in claims
    )  # "the same 600 km²" said again
    v = _verdicts(claims, tmp_path)
    assert v[area["id"]] == v[three["id"]] == v[longer["id"]] == "holds"
    assert v[thinner["id"]] == "does-not-hold"  # the inconsistent figure: 600 x 2,000 is 1.2 million
    assert v[border["id"]] == "holds"


def test_money_plans_miles_counts_dates_scope_and_qualifiers(tmp_path: Path) -> None:
    claims = extract_claims(ARTICLE_B, source="article-b").claims
    budget = _by(claims, "PLN", 1e10)
    # the bundled, sourced budget of the East Shield is set beside it
    assert budget["kind"] == "plan" and budget["compute"]["refs"] == {"b": "const:EAST_SHIELD_PLN"}
    plan = _by(claims, "mines", 1e6)
    assert plan["qualifier"] == "up-to" and plan["kind"] == "plan"
    assert _by(claims, "date", "2030")["kind"] == "plan"
    miles = _by(claims, "miles", 830.0)
    assert miles["compute"]["refs"] == {"borders": "border:FIN-RUS:length_km", "km_per_mile": "const:KM_PER_MILE"}
    count = _by(claims, "countries", 4.0)
    assert count["compute"] == {"members": ["EST", "LVA", "LTU", "POL"], "of": "NATO"} and count["qualifier"] == "exact"
    deposits = [c for c in claims if c["unit"] == "date" and c["stated"] == "2025"]
    assert [c["compute"]["date"] for c in deposits] == [f"WITHDRAWAL_DEPOSIT_{c}" for c in ("EST", "LVA", "LTU", "POL")]
    assert len({c["part_of"] for c in deposits}) == 1  # one claim per country, parts of one
    grams = _by(claims, "grams", 405.0)
    assert grams["kind"] == "out-of-scope" and "strategic scope" in grams["compute"]["unverifiable"]
    share = _by(claims, "share", 0.6)
    assert share["compute"]["refs"]["water"] == "border:EST-RUS:water_km"
    months = _by(claims, "months", 6.0)
    assert (
        months["compute"]["refs"] == {"m": "const:OTTAWA_WITHDRAWAL_NOTICE_MONTHS"} and months["qualifier"] == "exact"
    )
    years = _by(claims, "years", 40.0)
    assert years["qualifier"] == "at-least" and years["kind"] == "model"
    v = _verdicts(claims, tmp_path)
    assert v[miles["id"]] == v[count["id"]] == v[months["id"]] == "holds"
    assert all(v[c["id"]] == "holds" for c in deposits)
    assert v[share["id"]] == "holds"  # 203 of 338.6 km is river and lake (Police and Border Guard Board)


def test_the_draft_is_a_claims_file_the_checker_loads(tmp_path: Path) -> None:
    draft = extract_claims(ARTICLE_A, source="article-a")
    text = draft.to_toml()
    doc = tomllib.loads(text)
    assert doc["title"] == "Claims drafted from article-a" and len(doc["claims"]) == len(draft.claims)
    assert all({"id", "quote", "stated", "qualifier", "unit", "kind", "compute"} <= set(c) for c in doc["claims"])
    assert all(c["kind"] in ("fact", "model", "plan", "out-of-scope") for c in doc["claims"])
    assert "countries near the figure: LTU, BLR" in text
    assert len({c["id"] for c in doc["claims"]}) == len(doc["claims"])
    rows = draft.to_dict()["claims"]
    assert rows[0]["countries"] and not any(k.startswith("_") for r in rows for k in r)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the need drops to 4–5 million mines", [([4e6, 5e6], "mines")]),
        ("would require 6 to 12 million mines", [([6e6, 12e6], "mines")]),
        ("a 2000-mile mine defense line", [(2000.0, "miles")]),
        ("densities exceeding 12,000 mines per square kilometer", [(12000.0, "mines/km²")]),
        ("about 5,500 mines per km of front", [(5500.0, "mines/km")]),
        ("EUR 1.1 billion over ten years", [(1.1e9, "money"), (10.0, "years")]),
        ("Sweden gives €1.8m", [(1.8e6, "money")]),
        ("a million mines", [(1e6, "mines")]),
        ("the 38th parallel", [(38.0, "degrees north")]),
        ("within a few years", [([2.0, 5.0], "years")]),
    ],
)
def test_quantities_of_the_domain(text: str, expected: list) -> None:
    got = [(q.stated, q.unit) for q in quantities(mask(text), "mines")]
    assert got == expected


def test_designations_dates_and_article_numbers_are_not_quantities() -> None:
    text = "Law No. 2566-IV of 18.05.2005 and Article 1(1)(c) cover the M16A1 and 155mm shells."
    assert quantities(mask(text)) == []
    assert rewrite("PLN 10 bn") == "PLN 10 billion"


def test_sentences_split_where_a_web_page_lost_the_space() -> None:
    got = [s.text for s in sentences("It is one.Thus it ends. The U.S. and Korea are not parties.")]
    assert got == ["It is one.", "Thus it ends.", "The U.S. and Korea are not parties."]


def test_work_is_bounded_a_long_run_without_full_stops_is_cut() -> None:
    from minebelt.factcheck.extract.text import SENTENCE_CHARS_MAX, split_sentences

    pieces = split_sentences("mines border 12 km " * 500)
    assert len(pieces) > 5 and all(len(p) <= SENTENCE_CHARS_MAX for p in pieces)


def test_too_many_claims_is_refused() -> None:
    from minebelt.errors import InputError

    with pytest.raises(InputError, match="ARTICLE_CLAIMS_MAX"):
        extract_claims(
            "The border belt: " + ". ".join(f"{i} km of border and {i + 1} mines" for i in range(1, 1200)) + "."
        )


def test_offline_no_network_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def refuse(*a, **k):
        raise AssertionError("extract opened a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    assert extract_claims(ARTICLE_B).claims


def test_a_text_with_no_domain_figure_drafts_nothing() -> None:
    assert extract_claims("Sweden allocates €1.8m to the IAEA. Drone output rose by 900% in a year.").claims == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Under Article 5 mines must be cleared within ten years.",
        "Under Art. 5 mines in mined areas must be destroyed.",
        "Law No. 2566 mines the border.",
        "Resolution 2231 mines were not named.",
    ],
)
def test_a_number_that_is_a_name_is_not_a_quantity(sentence):
    """Article 5, Law No. 2566, Resolution 2231: a number that names a law or an article, read by
    quantulum3 with the word after it ("5 mines"), is filtered out by the words before it."""
    from minebelt.factcheck.extract.quantities import quantities

    dropped: list = []
    got = [(q.value, q.unit) for q in quantities(sentence, "", dropped)]
    assert not [g for g in got if g[1] == "mines"], got
    assert any("name" in why for _, why in dropped), dropped


def test_a_law_number_is_printed_as_its_name_not_as_a_quantity():
    from minebelt.factcheck.verdict import fmt_value
    from minebelt.i18n import language
    from minebelt.outputs.claim_words import value

    assert fmt_value(2566, "law number (No. 2566-IV)") == "No. 2566-IV"
    with language("pl"):
        assert value(2566.0, "law number (No. 2566-IV)") == "nr 2566-IV"  # the name in the reader's words


@pytest.mark.parametrize(
    "sentence",
    [
        "Poland will spend PLN 10 billion on the East Shield by 2028.",
        "The government allocated PLN 10 bn to the East Shield programme.",
        "Poland has earmarked PLN 10 billion for Tarcza Wschód.",
    ],
)
def test_a_named_barrier_programmes_budget_is_drafted_as_a_stated_budget(sentence, tmp_path: Path) -> None:
    """Poland's East Shield is a border barrier programme: its budget is a claim (a stated plan),
    never skipped as a sentence off the subject, though the sentence names no border."""
    draft = extract_claims("Budgets in the east\n\n" + sentence, source="x")
    budget = _by(draft.claims, "PLN", 1e10)
    assert budget["kind"] == "plan"
    assert not [s for s in draft.skipped if "not about" in s["reason"]]
    assert _verdicts([budget], tmp_path)[budget["id"]] == "stated"


def test_a_length_an_actor_will_mine_is_a_stated_plan_not_the_borders_length(tmp_path: Path) -> None:
    """ "Finland will mine 600 km of its 1,340 km border with Russia": the 600 km are part of the
    border the plan covers (stated, with the measured border and the share it covers beside
    it), never judged against the whole border; the 1,340 km are the border's length, a fact."""
    draft = extract_claims(
        "Finland's plan\n\nFinland will mine 600 km of its 1,340 km border with Russia.\n", source="x"
    )
    part, whole = _by(draft.claims, "km", 600.0), _by(draft.claims, "km", 1340.0)
    assert part["kind"] == "plan" and part["compute"] == {"expr": "b", "refs": {"b": "border:FIN-RUS:length_km"}}
    assert "{value} of the measured border" in part["context"]
    assert whole["kind"] == "fact" and whole["compute"]["refs"] == {"b": "border:FIN-RUS:length_km"}
    assert _verdicts(draft.claims, tmp_path) == {part["id"]: "stated", whole["id"]: "holds"}
    # said of the past, a part of the border is still not the border: no verdict against it
    past = extract_claims("Finland's mines\n\nFinland has mined 600 km of its border with Russia.\n", "x").claims
    assert "unverifiable" in _by(past, "km", 600.0)["compute"]


def test_reader_text_never_shows_toml(tmp_path: Path) -> None:
    """An estimate attributed to someone: the row says whose model it is; how to set minebelt's
    own figure beside it is a comment of the drafted claims file for its reviewer, never text
    for a reader."""
    draft = extract_claims(
        "Clearing the belt\n\nClearing such a belt would take 1,200 years, according to the HALO Trust.\n", "x"
    )
    halo = _by(draft.claims, "years", 1200.0)
    assert (
        halo["note"]
        == "An estimate by the HALO Trust: recorded as the HALO Trust's model, not judged against minebelt's."
    )
    assert '# draft: to set minebelt\'s own figure beside it, add context = { "minebelt"' in draft.to_toml()
    p = tmp_path / "d.toml"
    p.write_text(draft.to_toml(), encoding="utf-8")
    for r in check_file(p)["claims"]:
        text = " ".join(str(r.get(k, "")) for k in ("explanation", "verdict_text", "computed_text", "stated_text"))
        assert not re.search(r"\w+ = [{\"\[]|\.toml\b|\[\[claims\]\]", text), text


@pytest.mark.parametrize(
    ("sentence", "unit", "stated", "ref", "verdict"),
    [
        ("Poland's East Shield has a budget of PLN 10 billion.", "PLN", 1e10, "const:EAST_SHIELD_PLN", "stated"),
        ("Estonia plans to build 600 bunkers for EUR 60 million.", "EUR", 6e7, "const:EST_BUNKERS_EUR", "stated"),
        ("Estonia plans to build 600 bunkers for EUR 60 million.", "bunkers", 600, "const:EST_BUNKERS_COUNT", "stated"),
        (
            "Finland destroyed about one million anti-personnel mines by 2016.",
            "mines",
            1e6,
            "const:FIN_AP_STOCKPILE_2012",
            "holds",
        ),
    ],
)
def test_a_figure_with_a_bundled_plan_or_fact_is_set_beside_it(sentence, unit, stated, ref, verdict, tmp_path) -> None:
    """A budget, a count or a stock minebelt bundles with its source is found for the article's
    figure (never 'no bundled sourced figure')."""
    claim = _by(extract_claims("Plans\n\n" + sentence, source="x").claims, unit, stated)
    assert list(claim["compute"]["refs"].values()) == [ref]
    assert _verdicts([claim], tmp_path)[claim["id"]] == verdict


def test_a_law_number_has_one_reason_in_both_modes() -> None:
    """The article mode and the seed claims file give a law's number the same reason."""
    from minebelt.factcheck.extract.special import LAW_NUMBER_UNVERIFIABLE

    root = Path(__file__).resolve().parents[3]
    seed = tomllib.loads((root / "examples" / "seed-claims.toml").read_text(encoding="utf-8"))["claims"]
    law = next(c for c in seed if c["id"] == "s1-ukraine-law-2566")
    assert law["compute"] == {"unverifiable": LAW_NUMBER_UNVERIFIABLE}
    drafted = _by(
        extract_claims(
            "Law\n\nUkraine ratified the Ottawa Convention banning anti-personnel mines by Law No. 2566-IV of 18.05.2005.",
            source="x",
        ).claims,
        "law number (No. 2566-IV)",
        2566,
    )
    assert drafted["compute"] == {"unverifiable": LAW_NUMBER_UNVERIFIABLE}


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "The Finnish border with Russia is 1,300 km long, and both Estonia and Latvia lack natural barriers.",
            "lack natural barriers",
        ),
        (
            "Finland voted in June, but notification to the depositary of the Convention had not yet been confirmed.",
            "had not yet been confirmed",
        ),
    ],
)
def test_a_claim_in_words_is_listed_as_skipped(sentence, words) -> None:
    """A claim without a figure is never dropped silently: it is listed as skipped, with why."""
    draft = extract_claims("Mines and borders\n\n" + sentence, source="x")
    assert [s["reason"] for s in draft.skipped if s["figure"] == words] == [
        "a claim in words, not a figure: not drafted; check it by hand"
    ]


def test_an_id_names_only_the_countries_of_its_own_sentence() -> None:
    # "Extending it to 300 km" reads Lithuania's belt from the sentence before (its compute),
    # but its id does not borrow the country: an id names only what its sentence names.
    claims = extract_claims(ARTICLE_A).claims
    mines = _by(claims, "mines", 4_500_000)
    assert not re.search(r"-ltu-", mines["id"]), mines["id"]
    assert _by(claims, "km", 680)["id"].split("-")[1:3] == ["ltu", "blr"]
    thin = _by(claims, "mines", 1_800_000)
    assert "ltu" not in thin["id"].split("-"), thin["id"]
