"""Document views shared by the CLI and the web API: the density models, the borders, calibration.

Layer: outputs. Each builds a plain JSON-ready document (``minebelt.models/1``,
``minebelt.borders/1``, ``minebelt.calibration/1`` entries) from the lower layers' data.
"""

from __future__ import annotations

from typing import Any

from ..i18n import N_
from ..i18n import gettext as _
from ..model.densities import DENSITY_MODELS, DensityModel
from ..numbers import num

#: The density models in a reader's words (their ``name`` is the scenario's key, not prose).
MODEL_LABELS: dict[str, str] = {
    "korea-peak": N_("the Korean DMZ peak"),
    "reduced": N_("half the Korean DMZ peak"),
    "dmz-average": N_("the Korean DMZ average"),
    "dmz-average-linear": N_("the Korean DMZ average per km of front"),
    "inner-german-linear": N_("the inner-German border"),
}


def model_label(name: str) -> str:
    """A density model's name for a reader (``the Korean DMZ peak``), in the reader's language;
    the name itself for a model without one."""
    return _(MODEL_LABELS[name]) if name in MODEL_LABELS else name


def model_words(m: DensityModel) -> str:
    """The model's figure and name for a reader: ``12,000 mines/km², the Korean DMZ peak``."""
    return f"{num(m.value)} {_(m.unit)}, {model_label(m.name)}"


def density_model_rows() -> list[dict[str, Any]]:
    """The named density models (``minebelt.models/1`` rows): name, label (a reader's name, English),
    value, unit, description, source."""
    return [
        {
            "name": m.name,
            "label": MODEL_LABELS.get(m.name, m.name),
            "kind": m.kind,
            "value": m.value,
            "unit": m.unit,
            "description": m.description,
            "certainty": m.certainty,
            "source": str(m.citation),
            "note": m.note,
        }
        for m in DENSITY_MODELS.values()
    ]


def borders_document(rows: list[dict[str, Any]], info: dict[str, Any]) -> dict[str, Any]:
    """The ``minebelt.borders/1`` document of ``rows`` (:func:`minebelt.data.borders.border_lengths`),
    lengths rounded to the metre, with the data's source, version, licence and rules."""
    return {
        "schema": "minebelt.borders/1",
        "data": {
            "source": info["source"],
            "version": info["version"],
            "license": info["license"],
            "attribution": info["attribution"],
            "km0_rule": info["km0_rule"],
            "overlap_rule": info["overlap_rule"],
        },
        "borders": [
            {
                "a": r["a"],
                "b": r["b"],
                "length_km": round(r["length_km"], 3),
                "land_km": round(r["land_km"], 3),
                "water_km": round(r["water_km"], 3),
                "parts": r["parts"],
                "parts_km": [
                    {k: (round(v, 3) if isinstance(v, float) else v) for k, v in p.items()} for p in r["parts_km"]
                ],
            }
            for r in rows
        ],
    }


def calibration_entry(name: str, block: dict[str, Any], mines: float | None = None) -> dict[str, Any]:
    """One scenario of the ``minebelt.calibration/1`` document, from its estimate's calibration
    block and its total mines (``totals.mines``), so that the scenario's row is as full as a barrier's."""
    return {
        "name": name,
        "mines": mines,
        **block["scenario"],
        "denser_than_every_barrier_in_table": block["denser_than_every_barrier_in_table"],
        "comparison": block.get("comparison", ""),
        "verdict": block["verdict"],
        "sections": block["sections"],
    }
