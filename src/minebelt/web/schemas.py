"""Request bodies of the web API: a scenario and a claims document, as JSON (pydantic).

Layer: interfaces. The scenario body is the TOML schema of :mod:`minebelt.scenario` with the web
API's own cap on sections declared in the schema (the endpoint's check gives the message).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .. import settings
from ..scenario import Scenario, Section

_EXAMPLE_STATED: dict[str, Any] = {
    "name": "Korean DMZ model: Poland",
    "defaults": {"depth_km": 2.0, "density": "korea-peak"},
    "sections": [{"name": "Poland: border with Belarus, 400 km", "country": "POL", "border": "BLR", "length_km": 400}],
}
_EXAMPLE_MEASURED: dict[str, Any] = {
    "name": "Eastern flank, measured",
    "defaults": {"depth_km": 2.0, "density": "6000 to 12000", "along_water": "skip"},
    "sections": [
        {"name": "Finland - Russia", "country": "FIN", "border": "RUS"},
        {"name": "Poland - Belarus, first 100 km", "country": "POL", "border": "BLR", "from_km": 0, "to_km": 100},
    ],
}


class ScenarioIn(Scenario):
    """A scenario: the TOML schema of minebelt, as JSON (see ``minebelt.scenario``)."""

    model_config = ConfigDict(title="Scenario", json_schema_extra={"examples": [_EXAMPLE_STATED, _EXAMPLE_MEASURED]})
    # issue 13: the web API's cap, declared in the schema (the endpoint's check gives the message)
    sections: list[Section] = Field(
        ..., min_length=1, json_schema_extra={"maxItems": settings.API_SECTIONS_MAX}, description=f"At most {settings.API_SECTIONS_MAX} (API_SECTIONS_MAX)."
    )


class ClaimIn(BaseModel):
    """One published claim: its quote, what it states and how minebelt recomputes it."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(..., min_length=1, description="Unique id of the claim.")
    source: str | None = Field(None, description="Where the claim was published.")
    quote: str = Field(..., description="The claim, verbatim.")
    stated: float | list[float] | str = Field(..., description="A number, a [low, high] range, or a date 'YYYY-MM'.")
    qualifier: Literal["about", "exact", "over", "under", "at-least", "up-to", "after", "before"] = "about"
    unit: str | None = None
    tolerance: float | None = Field(None, description="Relative tolerance for 'holds' (default 0.05).")
    abs_tolerance: float | None = None
    selection: bool | None = Field(None, description="The stated figure is a choice of stretches: the verdict is 'unverifiable'.")
    note: str | None = None
    kind: Literal["fact", "model", "plan", "out-of-scope"] | None = Field(
        None, description="What the claim is (default from what it computes): 'plan' gets the verdict 'stated', 'out-of-scope' 'not-checked'."
    )
    by: str | None = Field(None, description="Whose model a 'model' claim's figure is (\"the article's own arithmetic\").")
    context: dict[str, Any] | None = Field(None, description="Side figures, label = ref; for a 'plan', what it implies (an expr may use 'stated').")
    compute: dict[str, Any] = Field(
        ...,
        description="One of: {scenario, field, scenario_name?, section?} naming a bundled example, "
        "{expr, refs}, {range: [spec, spec]}, {date}, {members, of}, {unverifiable}. Refs: claim:ID, const:NAME, "
        "border:A-B:FIELD, fx:FROM:TO:DATE (the ECB reference rate of that date), or a scenario table.",
    )


class ClaimsIn(BaseModel):
    """A claims document: the JSON form of a claims TOML file."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "title": "Seed 001, Poland",
                    "claims": [
                        {
                            "id": "pol-400-mines",
                            "source": "seed-001",
                            "quote": "...which corresponds to about 9.6 million mines.",
                            "stated": 9600000,
                            "qualifier": "about",
                            "unit": "mines",
                            "compute": {"scenario": "seed-korean-model.toml", "section": "Poland: border with Belarus, 400 km", "field": "mines"},
                        },
                        {
                            "id": "mile",
                            "quote": "a mile is 1.6 km",
                            "stated": 1.6,
                            "unit": "km",
                            "compute": {"expr": "m", "refs": {"m": "const:KM_PER_MILE"}},
                        },
                    ],
                }
            ]
        },
    )

    title: str | None = None
    sources: Any = None
    claims: list[ClaimIn] = Field(..., min_length=1)
