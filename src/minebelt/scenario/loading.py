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
from typing import Any, get_args

from pydantic import BaseModel, ValidationError

from .. import settings
from ..errors import InputError, clip, suggest, unknown_key
from ._messages import field_message
from .resolve import resolve_scenario
from .schema import Scenario


def _loc_text(doc: dict[str, Any], loc: tuple[Any, ...], prefix: tuple[Any, ...]) -> str:
    """('sections', 2, 'depth_km') -> "sections[2] 'Poland ...': depth_km"."""
    parts: list[str] = []
    node: Any = doc
    path = list(prefix) + list(loc)
    for key in path:
        if isinstance(key, int):
            parts[-1] = f"{parts[-1]}[{key}]"
            try:
                node = node[key]
                if isinstance(node, dict) and isinstance(node.get("name"), str):
                    parts[-1] += f" {clip(node['name'])}"
            except (IndexError, KeyError, TypeError):
                node = None
        else:
            parts.append(str(key))
            node = node.get(key) if isinstance(node, dict) else None
    # the leading list tables ("scenarios[1] 'x' sections[2] 'y'") head the line; the rest is a
    # dotted path ("production.capacity[0].mines_per_year")
    head: list[str] = []
    for p in parts:
        if "[" not in p and p != "scenarios":
            break
        head.append(p)
    fields = parts[len(head):]
    if head and fields:
        return f"{' '.join(head)}: {'.'.join(fields)}"
    return ".".join(parts)


def _model_at(model: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The pydantic model whose fields hold the last key of ``loc`` (for spelling hints)."""

    def models_in(annotation: Any) -> list[type[BaseModel]]:
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            return [annotation]
        return [m for a in get_args(annotation) for m in models_in(a)]

    current: type[BaseModel] | None = model
    for key in loc[:-1]:
        if isinstance(key, int) or current is None:
            continue
        field = current.model_fields.get(key)
        found = models_in(field.annotation) if field is not None else []
        current = found[0] if found else None
    return current


def format_validation_error(err: ValidationError, label: str, doc: dict[str, Any], prefix: tuple[Any, ...] = ()) -> str:
    """The first error of a pydantic ValidationError as one line naming file, section, field.

    An unknown key is reported before anything else, with the closest allowed key
    (``unknown key 'sectoins' (did you mean 'sections'?)``): a misspelt table otherwise
    shows up only as its correct name "missing".
    """
    errors = err.errors()
    e = next((x for x in errors if x.get("type") == "extra_forbidden"), errors[0])
    loc = tuple(x for x in e["loc"] if not (isinstance(x, str) and x.startswith(("function-after", "function-before", "union"))))
    # drop pydantic's union-member tags such as 'float', 'str', 'dict[str,any]'
    loc = tuple(x for x in loc if x not in ("float", "str", "dict[str,any]", "int", "literal['skip','include']"))
    where = _loc_text(doc, loc, prefix)
    msg = str(e.get("msg", "invalid value"))
    msg = msg.removeprefix("Value error, ")
    if e.get("type") == "extra_forbidden" and loc and isinstance(loc[-1], str):
        model = _model_at(Scenario, loc)
        allowed = list(model.model_fields) if model is not None else []
        msg = unknown_key(loc[-1], allowed) if allowed else "unknown key (check the spelling; see docs/user-guide.md for the schema)"
        where = _loc_text(doc, loc[:-1], prefix)
    elif e.get("type") == "missing":
        msg = "required field is missing"
    else:
        model = _model_at(Scenario, loc) if loc and isinstance(loc[-1], str) else None
        field = model.model_fields.get(str(loc[-1])) if model is not None else None
        worded = field_message(e, field.metadata if field is not None else None)
        if worded is not None:  # "= 1800: must lie in [1900, 2200]"
            return f"{label}: {where}{worded}" if where else f"{label}{worded}"
        if "input" in e and e.get("type") not in ("value_error",) and not isinstance(e["input"], (dict, list)):
            msg = f"{msg} (got {clip(e['input'])})"
    return f"{label}: {where}: {msg}" if where else f"{label}: {msg}"


def scenario_from_dict(doc: dict[str, Any], label: str = "scenario", prefix: tuple[Any, ...] = ()) -> Scenario:
    """Validate a mapping (from TOML or JSON) into a :class:`Scenario`."""
    if not isinstance(doc, dict):
        raise InputError(f"{label}: a scenario must be a table/object, got {type(doc).__name__}")
    try:
        sc = Scenario.model_validate(doc)
    except ValidationError as err:
        raise InputError(format_validation_error(err, label, doc, prefix)) from None
    sc._label = label  # later errors (geometry, blocks) name the same source
    resolve_scenario(sc, label=label, prefix=prefix)  # semantic checks: ranges, model names, parameters
    return sc


def read_toml(path: str | Path, max_bytes: int = settings.SCENARIO_BYTES_MAX, what: str = "scenario file (TOML)") -> tuple[dict[str, Any], bytes]:
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

    for i, s in enumerate(sc.sections):
        for fld in ("line", "mask"):
            value = getattr(s, fld)
            if isinstance(value, str):
                p = resolve_path(value, sc.base_dir)
                where = f"{label}: {prefix}sections[{i}] {clip(s.name)}: {fld}: {p}"
                check_regular(p, max_bytes=settings.GEOJSON_BYTES_MAX, what="GeoJSON file", label=where)


def load_scenarios(path: str | Path) -> list[Scenario]:
    """Every scenario in a TOML file (one, or several as ``[[scenarios]]``)."""
    p = Path(path)
    doc, blob = read_toml(p)
    digest = hashlib.sha256(blob).hexdigest()
    if "scenarios" in doc:
        allowed = {"scenarios", "source", "title"}
        extra = sorted(set(doc) - allowed)
        if extra:
            raise InputError(f"{p}: unknown top-level key {clip(extra[0])}{suggest(extra[0], allowed)} in a multi-scenario file (allowed: scenarios, source, title)")
        items = doc["scenarios"]
        if not isinstance(items, list) or not items:
            raise InputError(f"{p}: scenarios: must be a non-empty array of tables ([[scenarios]])")
        out = []
        for i, item in enumerate(items):
            if isinstance(item, dict) and "source" not in item and "source" in doc:
                item = {**item, "source": doc["source"]}
            out.append(scenario_from_dict(item, str(p), prefix=("scenarios", i)))
    else:
        out = [scenario_from_dict(doc, str(p))]
    for i, sc in enumerate(out):
        sc._path = p.resolve()
        sc._sha256 = digest
        _check_files(sc, str(p), f"scenarios[{i}] " if "scenarios" in doc else "")
    return out


def load_scenario(path: str | Path) -> Scenario:
    """The scenario in a TOML file (the first one if the file holds several)."""
    return load_scenarios(path)[0]
