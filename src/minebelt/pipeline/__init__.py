"""Pipeline layer: one :func:`~minebelt.pipeline.estimate.estimate` from a scenario to a passive result.

Layer: pipeline (imports the measure, inputs, pure and data layers and the foundation). After
pvlib's ``ModelChain``: :mod:`.estimate` orchestrates resolve → measure → evaluate → document →
blocks; :mod:`.evaluate` (draws and the model per section), :mod:`.document` (the
``minebelt.estimate/1`` document), :mod:`.blocks` (calibration, production, cost, clearance,
exposure), :mod:`.result` (the passive :class:`~.result.EstimateResult`), :mod:`.sensitivity`
(the estimate bound to :mod:`minebelt.uncertainty.sensitivity`).
"""
