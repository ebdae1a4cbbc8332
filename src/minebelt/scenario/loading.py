"""Reading scenarios: TOML files within limits, validation into :class:`~.schema.Scenario`, one-line errors.

Layer: inputs. :func:`load_scenarios` reads a file (through :mod:`.safe_files` and the checks of
:mod:`._validate`), validates it with pydantic (:mod:`.schema`), turns the first validation
error into one line naming file, section and field (:func:`format_validation_error`), and
resolves every value once (:func:`minebelt.scenario.resolve.resolve_scenario`) so a bad range
is refused before any work.
"""

from __future__ import annotations

import hashlib
import tomllib
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .. import settings
from ..errors import InputError, clip, suggest
from ._messages import validation_lines
from .resolve import resolve_scenario
from .schema import Scenario


def scenario_from_dict(doc: dict[str, Any], label: str = "scenario", prefix: tuple[Any, ...] = ()) -> Scenario:
    """Validate a mapping (from TOML or JSON) into a :class:`Scenario`."""
    if not isinstance(doc, dict):
        raise InputError(f"{label}: a scenario must be a table/object, got {type(doc).__name__}")
    try:
        sc = Scenario.model_validate(doc)
    except ValidationError as err:
        raise InputError(*validation_lines(err, label, doc, Scenario, prefix)) from None
    sc._label = label  # later errors (geometry, blocks) name the same source
    resolve_scenario(sc, label=label, prefix=prefix)  # semantic checks: ranges, model names, parameters (every error)
    return sc


def read_toml(
    path: str | Path, max_bytes: int = settings.SCENARIO_BYTES_MAX, what: str = "scenario file (TOML)"
) -> tuple[dict[str, Any], bytes]:
    """Parse a TOML file within the limits of :mod:`minebelt.settings`; returns ``(doc, bytes)``.

    The file must be a regular file of at most ``max_bytes`` (:mod:`minebelt.scenario.safe_files`);
    dotted keys, nesting and the number of entries are checked on the text and on the
    parsed tree (:mod:`minebelt.scenario._validate`). Raises :class:`InputError`.
    """
    from ._validate import check_toml_text, check_tree
    from .safe_files import read_bytes

    p = Path(path)
    blob = read_bytes(p, max_bytes=max_bytes, what=what)
    try:
        text = blob.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{p}: not UTF-8 text (byte {e.start})") from None
    text = text.removeprefix("\ufeff")
    check_toml_text(text, str(p))
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise InputError(f"{p}: malformed TOML: {e}") from None
    except RecursionError:
        raise InputError(f"{p}: nested more than {settings.TOML_DEPTH_MAX} levels deep (TOML_DEPTH_MAX)") from None
    check_tree(doc, str(p))
    return doc, blob


def _check_files(sc: Scenario, label: str, prefix: str) -> None:
    """Sections' ``line``/``mask`` files: regular files within ``GEOJSON_BYTES_MAX`` (read later)."""
    from .geojson import resolve_path
    from .safe_files import check_regular

    errors = []
    for i, s in enumerate(sc.sections):
        for fld in ("line", "mask"):
            value = getattr(s, fld)
            if isinstance(value, str):
                p = resolve_path(value, sc.base_dir)
                where = f"{label}: {prefix}sections[{i}] {clip(s.name)}: {fld}: {p}"
                try:
                    check_regular(p, max_bytes=settings.GEOJSON_BYTES_MAX, what="GeoJSON file", label=where)
                except InputError as e:
                    errors.append(e)
    if errors:
        raise InputError.combine(errors)


def load_scenarios(path: str | Path) -> list[Scenario]:
    """Every scenario in a TOML file (one, or several as ``[[scenarios]]``)."""
    p = Path(path)
    doc, blob = read_toml(p)
    digest = hashlib.sha256(blob).hexdigest()
    if "claims" in doc and not {"sections", "scenarios"} & set(doc):
        raise InputError(f"{p}: a claims file, not a scenario: check it with minebelt factcheck")
    if "scenarios" in doc:
        allowed = {"scenarios", "source", "title"}
        extra = sorted(set(doc) - allowed)
        if extra:
            raise InputError(
                f"{p}: unknown top-level key {clip(extra[0])}{suggest(extra[0], allowed)} in a multi-scenario file (allowed: scenarios, source, title)"
            )
        items = doc["scenarios"]
        if not isinstance(items, list) or not items:
            raise InputError(f"{p}: scenarios: must be a non-empty array of tables ([[scenarios]])")
        out, errors = [], []
        for i, item in enumerate(items):  # every scenario checked: all errors of the file at once
            if isinstance(item, dict) and "source" not in item and "source" in doc:
                item = {**item, "source": doc["source"]}
            try:
                out.append(scenario_from_dict(item, str(p), prefix=("scenarios", i)))
            except InputError as e:
                errors.append(e)
        if errors:
            raise InputError.combine(errors)
    else:
        out = [scenario_from_dict(doc, str(p))]
    errors = []
    for i, sc in enumerate(out):
        sc._path = p.resolve()
        sc._sha256 = digest
        try:
            _check_files(sc, str(p), f"scenarios[{i}] " if "scenarios" in doc else "")
        except InputError as e:
            errors.append(e)
    if errors:
        raise InputError.combine(errors)
    return out


def load_scenario(path: str | Path) -> Scenario:
    """The scenario in a TOML file (the first one if the file holds several)."""
    return load_scenarios(path)[0]
