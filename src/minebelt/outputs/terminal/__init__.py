"""Terminal rendering (rich): what ``minebelt`` prints without ``--json``.

Layer: outputs. :mod:`.estimate` (an estimate's tables), :mod:`.blocks` (its optional blocks),
:mod:`.tables` (fact-check, calibration, sensitivity, borders, density models).
"""
