"""Errors minebelt raises on bad input.

Every user-facing failure is an :class:`InputError` whose message is one line that names
the file, the place in it (section, field) and what is allowed. The CLI prints that line
and exits with status 2; the web API turns it into HTTP 422.
"""

from __future__ import annotations


class InputError(ValueError):
    """Bad input: a scenario, claims file, GeoJSON, option or API request minebelt cannot use.

    Parameters
    ----------
    message:
        One line naming the problem, e.g. ``"scenario.toml: sections[2] 'Poland': depth_km =
        80: must be > 0 and <= 50 km"``.
    """

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(str(message).split()))

    @property
    def message(self) -> str:
        return str(self)


class OutputExistsError(InputError):
    """An output path exists and the user did not ask to overwrite it."""


class DataMissingError(InputError):
    """A bundled data file is missing from the installation."""
