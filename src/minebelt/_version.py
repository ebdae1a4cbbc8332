"""The version of minebelt (foundation layer: imports nothing).

Every output's provenance carries it (``minebelt_version``); ``pyproject.toml`` reads it for
the package metadata.
"""

__version__ = "0.1.0"
