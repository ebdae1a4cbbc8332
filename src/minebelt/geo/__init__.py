"""Measure layer: fronts, belts and geodesic measures of real border geography.

Layer: measure (imports the inputs layer :mod:`minebelt.scenario`, the pure layer, the data
layer and the foundation). Modules: :mod:`.measure` (geodesic lengths and areas, longitude
frames), :mod:`.front` (a section's front), :mod:`.projection` (local projections),
:mod:`.belt` (buffering a front into a belt), :mod:`.sections` (measuring a scenario's sections,
with a cache), :mod:`.borders` (figures of whole land borders), :mod:`.exposure` (distances
from belts to populated places).
"""
