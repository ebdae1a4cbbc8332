"""A fact-checker's open points: words that state no figure are shown as written and judged on a
reading said to be minebelt's; overlapping ranges are not refuted; ``deviation`` is the distance
from a claim to a range; an article's own choices are its own arithmetic; the DMZ's area holds on
a named, cited figure."""

from __future__ import annotations

import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minebelt.errors import InputError
from minebelt.factcheck.verdict import deviation, judge


@functools.cache
def _seed() -> dict[str, dict]:
    from conftest import EXAMPLES

    from minebelt.factcheck import check_file

    return {r["id"]: r for r in check_file(EXAMPLES / "seed-claims.toml")["claims"]}


def _rows(tmp_path, body: str) -> dict:
    from minebelt.factcheck import check_file

    p = tmp_path / "c.toml"
    p.write_text(body, encoding="utf-8")
    return {r["id"]: r for r in check_file(p)["claims"]}


# ------------------------------------------------------------------ words that state no figure


def test_estonias_natural_barriers_show_the_articles_words_the_data_and_the_geometry():
    r = _seed()["s0-est-no-natural-barriers"]
    assert r["stated"] == r["stated_text"] == "lack natural barriers"  # never "under 50 %": the article gives no figure
    assert r["reading"] == {
        "qualifier": "under",
        "value": 0.5,
        "as": "under half of Estonia's border with Russia on a river or a lake",
    }
    assert (r["kind"], r["verdict"], r["computed_text"]) == ("fact", "does-not-hold", "60 %")
    text = r["explanation"]
    assert text.startswith("The article gives no figure (\u201clack natural barriers\u201d)")
    assert "minebelt's reading, not the article's figure" in text
    for said in ("76.4 km along the Narva River", "124.2 km on Lake Peipsi", "200.6 of the border's 336.2 km"):
        assert said in text  # the Border Guard's own figures (LETA/BNS, 2018)
    assert "203 of 338.6 km" in text and "not found at a source" in text
    assert "minebelt's own geometry (the bundled OpenStreetMap border, rivers and lakes) 60 %" in text
    assert any("LETA" in c["title"] or "Baltic Course" in c["publisher"] for c in r["citations"]), r["citations"]


@pytest.mark.parametrize(
    ("value", "verdict", "said"),
    [(0.7, "holds", "within that reading"), (0.5, "does-not-hold", "not under 50 %")],
)
def test_a_reading_judges_the_words_and_says_it_is_minebelts(tmp_path, value, verdict, said):
    rows = _rows(
        tmp_path,
        f"""
[[claims]]
id = "w"
quote = "the border lacks natural barriers"
stated = "lacks natural barriers"
unit = "share"
reading = {{ qualifier = "under", value = {value}, as = "under the share on water" }}
compute = {{ expr = "r / t", refs = {{ r = "const:EST_RUS_BORDER_RIVER_KM", t = "const:EST_RUS_BORDER_LAND_KM" }} }}
""",
    )
    r = rows["w"]
    assert r["verdict"] == verdict and r["stated_text"] == "lacks natural barriers", r
    assert said in r["explanation"] and "minebelt's reading, not the article's figure" in r["explanation"]


@pytest.mark.parametrize(
    ("reading", "key"),
    [
        ('{ qualifier = "under", value = "half", as = "x" }', "reading.value"),
        ('{ qualifier = "before", value = 0.5, as = "x" }', "reading.qualifier"),
        ('{ qualifier = "under", value = 0.5 }', "reading.as"),
        ('{ qualifier = "under", value = 0.5, as = "x", by = "y" }', "unknown key 'by'"),
    ],
)
def test_a_malformed_reading_is_one_input_error_naming_the_key(tmp_path, reading, key):
    from minebelt.factcheck import check_file

    p = tmp_path / "c.toml"
    p.write_text(
        f'[[claims]]\nid = "w"\nquote = "q"\nstated = "lack barriers"\nunit = "share"\nreading = {reading}\n'
        'compute = { expr = "1", refs = {} }\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError) as e:
        check_file(p)
    assert key in str(e.value) and "'w'" in str(e.value)


def test_a_reading_is_said_in_the_readers_language():
    from minebelt import i18n
    from minebelt.outputs import claim_words as CW

    r = _seed()["s0-est-no-natural-barriers"]
    with i18n.language("pl"):
        said = CW.lead(r)
    assert (
        said
        # the bundled file's reading is minebelt's own words: in Polish, never quoted as the article's
        == "Odczytano jako poniżej 50% (mniej niż połowa granicy Estonii z Rosją biegnie rzeką lub jeziorem; "
        "odczyt minebelt, nie liczba z artykułu): przeliczono 60%, a nie poniżej 50%."
    )
    assert CW.note(r).startswith("Estonia's part.")  # the note as written, without the English lead


# ------------------------------------------------------------------ overlapping ranges (verdict rules)

_ENDS = st.floats(min_value=1.0, max_value=1e9, allow_nan=False, allow_infinity=False)


@st.composite
def _range(draw) -> tuple[float, float]:
    a, b = draw(_ENDS), draw(_ENDS)
    return (min(a, b), max(a, b))


def _overlap(s: tuple[float, float], c: tuple[float, float]) -> bool:
    return max(s[0], c[0]) <= min(s[1], c[1])


def _ends_within(s: tuple[float, float], c: tuple[float, float], tol: float = 0.05) -> bool:
    return abs(c[0] - s[0]) <= tol * s[0] and abs(c[1] - s[1]) <= tol * s[1]


@settings(max_examples=300, deadline=None)
@given(_range(), _range())
def test_overlapping_ranges_are_never_refuted(s, c):
    j = judge(s, c)
    if _overlap(s, c):
        assert j.verdict in ("holds", "imprecise"), (s, c, j)
    if s[0] <= c[0] and c[1] <= s[1]:
        assert j.verdict == "holds", (s, c, j)  # the stated range contains the computed one
    if _ends_within(s, c):
        assert j.verdict == "holds", (s, c, j)


@settings(max_examples=300, deadline=None)
@given(_range(), _range())
def test_disjoint_ranges_are_graded_by_the_gap_between_them(s, c):
    if _overlap(s, c) or _ends_within(s, c):
        return
    j = judge(s, c)
    gap = (s[0] - c[1]) / s[0] if c[1] < s[0] else (c[0] - s[1]) / s[1]
    assert j.verdict == ("imprecise" if gap <= 0.25 else "does-not-hold"), (s, c, gap, j)


@settings(max_examples=200, deadline=None)
@given(_range(), _range(), st.sampled_from([2.0**-20, 2.0**-10, 0.5, 2.0, 2.0**10]))
def test_range_verdicts_do_not_depend_on_the_unit(s, c, k):
    """Relative rules: the same ranges in other units read alike (a power of two scales exactly)."""
    scaled = judge((s[0] * k, s[1] * k), (c[0] * k, c[1] * k))
    base = judge(s, c)
    assert (scaled.verdict, scaled.deviation) == (base.verdict, base.deviation)


@pytest.mark.parametrize(
    ("stated", "computed", "verdict"),
    [
        ((4e6, 5e6), (4.8e6, 7.2e6), "imprecise"),  # the article's 4–5 million against its own 4.8–7.2: overlap
        ((4e6, 8e6), (4.8e6, 7.2e6), "holds"),  # contains it
        ((5e6, 6e6), (4.8e6, 7.2e6), "imprecise"),  # inside it: hides the spread
        ((1e6, 2e6), (2.2e6, 3e6), "imprecise"),  # disjoint, 10 % apart
        ((1e6, 2e6), (3e6, 4e6), "does-not-hold"),  # disjoint, 50 % apart
    ],
)
def test_range_against_range_examples(stated, computed, verdict):
    assert judge(stated, computed).verdict == verdict


def test_the_articles_200_300_km_is_imprecise_not_refuted_by_its_own_arithmetic():
    r = _seed()["s1-pol-200-300-km-4-5-million"]
    assert (r["kind"], r["verdict"], r["verdict_text"]) == (
        "model",
        "imprecise",
        "imprecise by the article's own arithmetic",
    )
    assert r["deviation"] == 0.0
    assert "The ranges overlap on 4.8\u20135 million: not refuted, yet not the same range." in r["explanation"]


# ------------------------------------------------------------------ deviation: the distance from the claim


@settings(max_examples=300, deadline=None)
@given(_range(), _range())
def test_deviation_is_the_distance_from_the_claim_to_the_range_zero_when_they_overlap(s, c):
    d = deviation(s, c)
    if _overlap(s, c):
        assert d == 0.0
    elif c[1] < s[0]:  # computed below: from the stated low end to the computed high end
        assert d < 0 and d == pytest.approx((c[1] - s[0]) / s[0])
    else:
        assert d > 0 and d == pytest.approx((c[0] - s[1]) / s[1])
    assert judge(s, c).deviation == d  # the verdict reports the same figure


@settings(max_examples=200, deadline=None)
@given(_ENDS, _range())
def test_deviation_of_a_point_and_a_range_either_way(x, r):
    inside = r[0] <= x <= r[1]
    for d in (deviation(x, r), deviation(r, x)):
        assert (d == 0.0) == inside
    if not inside:  # the nearer end, relative to the stated figure (or the stated range's nearer end)
        near = r[0] if x < r[0] else r[1]
        assert deviation(x, r) == pytest.approx((near - x) / x)
        assert deviation(r, x) == pytest.approx((x - near) / near)
    assert deviation(x, x * 1.1) == pytest.approx(0.1)  # two points: (computed - stated) / stated


def test_every_seed_rows_deviation_follows_the_definition():
    for r in _seed().values():
        if r.get("deviation") is None or r["qualifier"] not in ("about",) or "reading" in r:
            continue
        s = tuple(r["stated"]) if isinstance(r["stated"], list) else r["stated"]
        c = tuple(r["computed"]) if isinstance(r["computed"], list) else r["computed"]
        assert r["deviation"] == pytest.approx(deviation(s, c), abs=1e-6), r["id"]


# ------------------------------------------------------------------ an article's own choices and context

ARTICLE = (
    "Deterring Russia with mines\n\n"
    "If Ukraine mined a belt 2 km deep along 1,000 km of its border at 12,000 mines per km², "
    "it would need 24 million mines.\n\n"
    "If density is reduced to 6,000 mines per square kilometer, countries can create a barrier at acceptable costs. "
    "With this model, Ukraine would need about 6 million mines for a 1,000 km² belt. "
    "Poland – about 3.6 million for 600 km². The Baltic States – 4.8 million for 800 km². "
    "Finland – another 4.8 million for 800 km² of priority areas. "
    "These volumes remain significant but are achievable within a few years with stable national production or international cooperation.\n"
)


@functools.cache
def _article() -> dict[str, dict]:
    import tempfile
    from pathlib import Path

    from minebelt.factcheck import check_file
    from minebelt.factcheck.extract import extract

    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "claims.toml"
        p.write_text(extract(ARTICLE, source="article.txt").to_toml(), encoding="utf-8")
        return {r["id"]: r for r in check_file(p)["claims"]}


def test_an_articles_own_choices_are_its_own_arithmetic_never_minebelts_recomputation():
    rows = _article().values()
    choices = [r for r in rows if r["verdict_text"] == "not checked (the article's own choice)"]
    assert choices, [r["verdict_text"] for r in rows]
    for r in choices:
        assert (r["kind"], r["by"]) == ("model", "the article's own arithmetic"), r
    assert not [r["id"] for r in rows if r.get("by") == "minebelt's recomputation"]
    # "Poland – about 3.6 million for 600 km²": the area the model gives its mines, its own input
    areas = [r for r in rows if r["unit"] == "km²" and r["stated"] in (600, 800)]
    assert areas and all(r in choices for r in areas), [(r["id"], r["verdict_text"]) for r in areas]


def test_an_articles_production_forecast_keeps_the_context_the_claims_file_gives():
    # the article's words kept, read as 2-5 years (as the claims file reads them)
    (few,) = [r for r in _article().values() if r["unit"] == "years" and r["stated"] == "within a few years"]
    assert few["reading"]["value"] == [2, 5]
    seed = _seed()["s1-reduced-few-years"]
    assert few["kind"] == seed["kind"] == "plan" and few["verdict"] == "stated"
    for said in (
        "16 years to make them at Belma's stated 2026 capacity alone, if all of it were anti-personnel",
        "3.84 million mines",
        "9.6 million mines",
        "whose assumed production capacity (national production or international cooperation) is not on record",
    ):
        assert said in few["explanation"] and said in seed["explanation"], said
    assert "the article's 19.2 million mines" in few["explanation"]  # its own rows added up, said as such
    assert any("Belma" in c["title"] or "Reuters" in c["publisher"] for c in few["citations"])


# ------------------------------------------------------------------ the DMZ's mined area: which published figure


def test_over_114_km2_is_settled_by_the_rule_for_ranges_and_says_why():
    """docs/claims.md: `imprecise` when the sourced figures straddle an over/under bound; the
    published figures of the mined area (112.58-117.8 km²) are computed as a range, the Army's
    'about 40 times Yeouido' beside it; the article mode drafts the same claim alike."""
    seed = _seed()["s1-dmz-114-km2"]
    import tempfile
    from pathlib import Path

    from minebelt.factcheck import check_file
    from minebelt.factcheck.extract import extract

    text = (
        "The Demilitarized Zone (DMZ) in Korea is heavily mined. In addition, there are unconfirmed or unmapped "
        "minefields left from the Korean War and early U.S. deployments, increasing the total mined area to over 114 km²."
    )
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "claims.toml"
        p.write_text(extract(text, source="dmz.txt").to_toml(), encoding="utf-8")
        (drafted,) = [r for r in check_file(p)["claims"] if r["unit"] == "km²" and r["stated"] == 114]
    for r in (seed, drafted):
        assert (r["kind"], r["verdict"]) == ("fact", "imprecise")
        assert r["computed"] == [pytest.approx(112.58), pytest.approx(117.82)]
        assert r["computed_text"] == "112.58–117.82 km²"  # each end as its source gives it
        for said in ("112.58 km²", "117.82 km²", "'about 40 times Yeouido'", "which straddles 114 as well"):
            assert said in r["explanation"], (r["id"], said)
        publishers = " | ".join(c["publisher"] for c in r["citations"])
        for who in ("Newsis", "Herald Economy", "Kyeongin Ilbo", "Landmine and Cluster Munition Monitor"):
            assert who in publishers, (who, publishers)


def test_the_readers_lead_keeps_the_bound_and_gives_a_count_no_per_cent():
    from minebelt import i18n
    from minebelt.outputs import claim_words as CW

    rows = _seed()
    with i18n.language("pl"):
        dmz, line = CW.lead(rows["s1-dmz-114-km2"]), CW.lead(rows["s0-decided-to-build-mine-line"])
    assert dmz == "Przeliczono: 113–118 km²; podano: ponad 114 km²."
    assert line == "Przeliczono: 3–4 kraje; podano: 5 krajów." and "%" not in line
