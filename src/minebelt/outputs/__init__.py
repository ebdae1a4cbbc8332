"""Outputs layer: what an estimate becomes for people and other tools.

Layer: outputs (imports the pipeline and lower layers; a sibling of :mod:`minebelt.factcheck`,
neither imports the other). :mod:`.views` (JSON documents shared by the CLI and the web API),
:mod:`.exports` (GeoJSON, GeoPackage, CSV) with :mod:`.datadict` (every column's unit and
precision), :mod:`.terminal` (rich tables), :mod:`.report` (the offline report from Jinja2
templates), :mod:`.atomic` (writing files so that nothing is lost or left behind),
:mod:`.hygiene` (text made safe for spreadsheets and terminals).
"""
