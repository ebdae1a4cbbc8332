"""Pure layer, uncertainty: distributions of uncertain inputs, sampling, summaries, sensitivity.

Layer: pure (imports only the foundation). After SALib: randomness always through an
explicit :class:`numpy.random.Generator`; :mod:`.distributions` (parsing "a to b" and
distribution tables, quantiles, sampling), :mod:`.summaries` (the ``*_dist`` blocks),
:mod:`.sensitivity` (tornado and Sobol indices of any model function, SALib).
"""
