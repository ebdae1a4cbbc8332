"""What is kept between two depths of a slider (:mod:`minebelt.geo.exposure_shapes`, the front
overlaps): the same documents as computed afresh, and no document changed by a later one that
shares the kept parts."""

from __future__ import annotations

import json
import tomllib
from typing import Any

import numpy as np

from minebelt.data.places import places
from minebelt.geo import exposure as X
from minebelt.geo import exposure_depth as XD
from minebelt.geo import exposure_groups as G
from minebelt.geo import exposure_shapes as S
from minebelt.geo import overlaps as O


def _scenario(examples: Any, depth: float) -> Any:
    from minebelt.scenario.loading import scenario_from_dict

    doc = tomllib.loads((examples / "eastern-flank.toml").read_text(encoding="utf-8"))
    doc["defaults"]["depth_km"] = depth
    return scenario_from_dict(doc)


def test_slider_steps_reuse_the_placements(examples) -> None:
    """Depths a slider passes (1 m apart): most steps read the kept placements, and every
    summary is the reference's."""
    from minebelt.pipeline.estimate import measure
    from minebelt.scenario.resolve import resolve_scenario

    pl = places()
    made = []
    real = G._shape_parts

    def counting(g: Any, band: np.ndarray) -> S.Parts:
        made.append(1)
        return real(g, band)

    G._shape_parts = counting  # type: ignore[assignment]
    try:
        S._SHAPES.clear()
        calls = 0
        for depth in np.round(np.arange(3.0, 3.03, 0.001), 3).tolist():
            sc = _scenario(examples, depth)
            rs = resolve_scenario(sc)
            geoms = measure(sc, rs)
            for r in rs:
                d, defenders = geoms[r.index].place_distances(pl), set(r.section.country.split("+"))
                ref = X.summarize_both(d, defenders, pl)
                assert json.dumps(G.summarize_both(d, defenders, pl)) == json.dumps(ref)
                assert json.dumps(G.occupied_places(d, defenders, pl)) == json.dumps(
                    XD.occupied_places(d, defenders, pl)
                )
                calls += 1
    finally:
        G._shape_parts = real  # type: ignore[assignment]
    assert len(made) < calls / 10  # a place crosses 0, 1, 5 or 10 km now and then, not at every step


def test_a_later_document_changes_no_earlier_one(examples) -> None:
    """Documents share the kept counts, rows of fronts' overlaps: one read (in a reader's
    language too) and computed again at the next depths leaves the first as it was."""
    from minebelt.pipeline.estimate import estimate
    from minebelt.web.reader_text import reader_text

    first = estimate(_scenario(examples, 2.5)).document
    before = json.dumps(first)
    for depth in (2.5, 2.501, 2.502):
        doc = estimate(_scenario(examples, depth)).document
        reader_text(doc, "uk")
        json.dumps(doc)
    again = estimate(_scenario(examples, 2.5)).document
    assert json.dumps(first) == before == json.dumps(again)


def test_front_overlaps_kept_per_front(examples) -> None:
    from minebelt.pipeline.estimate import measure
    from minebelt.scenario.resolve import resolve_scenario

    for depth in (2.0, 2.001, 7.5):
        sc = _scenario(examples, depth)
        rs = resolve_scenario(sc)
        geoms = measure(sc, rs)
        assert O.front_overlaps(rs, geoms) == O._front_overlaps(rs, geoms)
