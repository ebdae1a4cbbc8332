"""The report map is titled with the scenario's name in the reader's words."""

from __future__ import annotations

from types import SimpleNamespace

import matplotlib.figure

from minebelt.i18n import language
from minebelt.outputs.local_examples import scenario_name
from minebelt.outputs.report import map_png

NAME = "Eastern flank, full picture (uncertain)"


def test_map_title_is_translated_in_polish(monkeypatch):
    seen: list[str] = []
    real = matplotlib.figure.Figure.text

    def spy(self, x, y, s, *a, **k):
        seen.append(str(s))
        return real(self, x, y, s, *a, **k)

    monkeypatch.setattr(matplotlib.figure.Figure, "text", spy)
    doc = {"scenario": {"name": NAME}, "totals": {"mines": 1e6, "area_km2": 10.0}, "sections": []}
    result = SimpleNamespace(document=doc, sections=[{"name": "A - B", "mines": 1e6}])
    with language("pl"):
        polish = scenario_name(NAME)
        assert polish != NAME
        assert map_png._map_title(doc) == polish
        map_png.bars_png(result)  # type: ignore[arg-type]
    assert polish in seen
    assert NAME not in seen
