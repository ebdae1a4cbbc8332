"""Document views shared by the CLI and the web API: the density models, the borders, calibration.

Layer: outputs. Each builds a plain JSON-ready document (``minebelt.models/1``,
``minebelt.borders/1``, ``minebelt.calibration/1`` entries) from the lower layers' data.
"""

from __future__ import annotations

from typing import Any

from ..model.densities import DENSITY_MODELS


def density_model_rows() -> list[dict[str, Any]]:
    """The named density models (``minebelt.models/1`` rows): value, unit, description, source."""
    return [
        {
            "name": m.name,
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
