"""``factcheck --article`` and the seed claims file judge every claim they share alike: the same
kind and the same verdict for each claim of ``examples/seed-claims.toml`` that the article mode
drafts from the same sentence with the same stated figure and the same reading (a count of one
group's members is not a count of another's). The seed articles stay outside the repository;
without them the test is skipped."""

from __future__ import annotations

import pytest
from test_extract_seeds import seed_inputs


@pytest.fixture(scope="module")
def pairs() -> list[tuple[dict, list[dict]]]:
    from minebelt.cli.factcheck import _check_article
    from minebelt.factcheck.extract import extract

    bench, folder, person, rows = seed_inputs()
    out = []
    for source, prefix in bench.SOURCES.items():
        path = sorted(folder.glob(f"{prefix}*.txt"))[0]
        drafted = extract(path.read_text(encoding="utf-8"), source=source).claims
        checked = {r["id"]: r for r in _check_article(str(path))["claims"]}
        mine = [p for p in person if p.get("source") == source]
        for pid, hits in bench.match(mine, drafted).items():
            p = next(x for x in mine if x["id"] == pid)
            same = [checked[drafted[i]["id"]] for i in hits if bench._same_reading(p, drafted[i])]
            if same:
                out.append((rows[pid], same))
    return out


def test_every_shared_claim_gets_the_same_kind_and_verdict(pairs) -> None:
    assert len(pairs) >= 50  # both articles: nearly every claim of the file is drafted
    differ = [
        (mine["id"], mine["kind"], mine["verdict"], [(r["id"], r["kind"], r["verdict"]) for r in theirs])
        for mine, theirs in pairs
        if not any((r["kind"], r["verdict"]) == (mine["kind"], mine["verdict"]) for r in theirs)
    ]
    assert not differ


@pytest.mark.parametrize(
    ("person", "kind", "verdict"),
    [
        ("s1-ukr-key-routes-6-12-million", "model", "holds"),  # the area last stated at both densities
        ("s1-dmz-strips-1.5-2-km", "fact", "unverifiable"),  # the DMZ's own strips: no choice of the article
        ("s1-dmz-12000-per-km2", "fact", "unverifiable"),
        ("s1-ukr-1000-km-border", "model", "not-checked"),  # the article's choice of its stretches
    ],
)
def test_the_claims_once_judged_apart(pairs, person, kind, verdict) -> None:
    mine, theirs = next((m, t) for m, t in pairs if m["id"] == person)
    assert (mine["kind"], mine["verdict"]) == (kind, verdict)
    assert any((r["kind"], r["verdict"]) == (kind, verdict) for r in theirs)
