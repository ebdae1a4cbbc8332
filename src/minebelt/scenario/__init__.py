"""Inputs layer: scenarios — the TOML schema, loading with limits, and resolution into model inputs.

Layer: inputs (imports the pure layer :mod:`minebelt.model` / :mod:`minebelt.uncertainty`, the
data layer and the foundation). After osmnx's ``_validate``: every check of user input
happens here, before any work, and fails with one line naming the file, the section, the
field and what is allowed (:class:`~minebelt.errors.InputError`).

Modules: :mod:`.fields` (quantity type, country codes, strict base), :mod:`.schema` and
:mod:`.schema_blocks` (the pydantic models), :mod:`.loading` (TOML files into scenarios),
:mod:`._validate` (sizes, nesting, text), :mod:`.safe_files` (regular files only, size caps),
:mod:`.geojson` (user GeoJSON checked), :mod:`.quantities` and :mod:`.resolve` (values into
:class:`~.quantities.Input` per draw key), :mod:`.blocks` (the production, cost and clearance
tables into inputs, with cited defaults).
"""

from __future__ import annotations

from ._messages import format_validation_error, validation_lines
from .loading import load_scenario, load_scenarios, read_toml, scenario_from_dict
from .schema import Defaults, Scenario, Section
from .schema_blocks import CapacityEntry, Clearance, Cost, Production, StockEntry

__all__ = [
    "CapacityEntry",
    "Clearance",
    "Cost",
    "Defaults",
    "Production",
    "Scenario",
    "Section",
    "StockEntry",
    "format_validation_error",
    "load_scenario",
    "load_scenarios",
    "read_toml",
    "scenario_from_dict",
    "validation_lines",
]
