"""The inputs two scenarios differ in, and a scenario with one of them swapped.

Layer: pipeline (helpers of :mod:`.compare`).

Two scenarios are compared input by input, on the structure of the scenario file:

- ``defaults.<field>`` and ``parameters.<name>``: a value every section inherits;
- ``sections[<name>].<field>``: a section of the baseline matched with one of the other
  scenario by its front (defending country and neighbour, or its drawn line; in file order
  when a front appears several times), a field set differently (``length_km`` 400 -> measured,
  ``depth_km``, ``density``, ``along_water``, ``from_km``/``to_km``, ``mask``); the section's
  name is a label, not an input;
- ``sections``: the fronts one scenario has and the other has not (added, removed), one input;
- ``production.<field>``, ``cost.<field>``, ``clearance.<field>``: a field of an optional
  block, or the whole block when only one scenario has it.

:func:`swap` returns the baseline with one such input taken from the other scenario: the
scenario an estimate runs to measure that input's effect (:mod:`.compare`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..scenario import Scenario, Section

#: Section fields that are inputs (the name is a label; country and border make the match).
SECTION_FIELDS = (
    "length_km",
    "depth_km",
    "density",
    "density_per_km_front",
    "along_water",
    "from_km",
    "to_km",
    "line",
    "side",
    "mask",
)
BLOCKS = ("production", "cost", "clearance")


@dataclass(frozen=True)
class Factor:
    """One input the two scenarios set differently.

    ``key`` is its dotted name (``defaults.density``, ``sections['Poland - Belarus'].length_km``,
    ``sections``, ``clearance.deminers``); ``before`` and ``after`` describe its value in the
    baseline and in the other scenario, as short text.
    """

    key: str
    before: str
    after: str
    kind: str  # "defaults" | "parameter" | "section" | "sections" | "block" | "block-field"
    section: int | None = None  # position in the baseline of a matched section
    other_section: int | None = None  # position of its match in the other scenario
    field: str | None = None


def describe(value: Any, field: str | None = None) -> str:
    """A value of a scenario as short text: ``400``, ``korea-peak``, ``measured`` (no stated length)."""
    if value is None:
        return "measured" if field == "length_km" else ("default" if field else "none")
    if hasattr(value, "model_dump"):
        value = value.model_dump(mode="json", exclude_none=True)
    if isinstance(value, float) and value.is_integer():
        return f"{value:,.0f}"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{value:,g}"
    if isinstance(value, dict) and set(value) == {"param"}:
        return f"parameter {value['param']}"
    if isinstance(value, (dict, list)):
        import json

        text = json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
        return text if len(text) <= 60 else text[:57] + "..."
    return str(value)


def front_key(s: Section) -> tuple[str, str | None]:
    """What a section defends against: (country, neighbour), or (country, "line") for a drawn line."""
    return (s.country, s.border if s.line is None else "line")


def match_sections(a: Scenario, b: Scenario) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """(pairs of matched positions (in a, in b), positions only in a, positions only in b).

    Sections are matched on :func:`front_key`; a front that appears several times is matched
    in file order (the first with the first)."""
    free: dict[tuple[str, str | None], list[int]] = {}
    for j, s in enumerate(b.sections):
        free.setdefault(front_key(s), []).append(j)
    pairs, only_a = [], []
    for i, s in enumerate(a.sections):
        queue = free.get(front_key(s))
        if queue:
            pairs.append((i, queue.pop(0)))
        else:
            only_a.append(i)
    matched_b = {j for _, j in pairs}
    only_b = [j for j in range(len(b.sections)) if j not in matched_b]
    return pairs, only_a, only_b


def _dump(model: Any) -> Any:
    return model.model_dump(mode="json") if hasattr(model, "model_dump") else model


def differing_inputs(a: Scenario, b: Scenario) -> list[Factor]:
    """Every input ``b`` sets differently from ``a`` (the baseline), in file order."""
    out: list[Factor] = []
    for field in type(a.defaults).model_fields:
        va, vb = getattr(a.defaults, field), getattr(b.defaults, field)
        if _dump(va) != _dump(vb):
            out.append(Factor(f"defaults.{field}", describe(va, field), describe(vb, field), "defaults", field=field))
    for name in sorted(set(a.parameters) | set(b.parameters)):
        va, vb = a.parameters.get(name), b.parameters.get(name)
        if _dump(va) != _dump(vb):
            out.append(Factor(f"parameters.{name}", describe(va), describe(vb), "parameter", field=name))
    pairs, only_a, only_b = match_sections(a, b)
    for i, j in pairs:
        sa, sb = a.sections[i], b.sections[j]
        for field in SECTION_FIELDS:
            va, vb = getattr(sa, field), getattr(sb, field)
            if _dump(va) != _dump(vb):
                out.append(
                    Factor(
                        f"sections[{sa.name!r}].{field}",
                        describe(va, field),
                        describe(vb, field),
                        "section",
                        i,
                        j,
                        field,
                    )
                )
    if only_a or only_b:
        removed = ", ".join(a.sections[i].name for i in only_a)
        added = ", ".join(b.sections[j].name for j in only_b)
        out.append(
            Factor("sections", f"with {removed}" if removed else "-", f"with {added}" if added else "-", "sections")
        )
    for block in BLOCKS:
        ba, bb = getattr(a, block), getattr(b, block)
        if ba is None and bb is None:
            continue
        if ba is None or bb is None:
            out.append(
                Factor(
                    block,
                    "present" if ba is not None else "absent",
                    "present" if bb is not None else "absent",
                    "block",
                    field=block,
                )
            )
            continue
        for field in type(ba).model_fields:
            va, vb = getattr(ba, field), getattr(bb, field)
            if _dump(va) != _dump(vb):
                out.append(
                    Factor(
                        f"{block}.{field}",
                        describe(va, field),
                        describe(vb, field),
                        "block-field",
                        field=f"{block}.{field}",
                    )
                )
    return out


def swap(a: Scenario, b: Scenario, factor: Factor) -> Scenario:
    """``a`` with one input (``factor``) taken from ``b``; everything else as in ``a``.

    The copy keeps ``a``'s file, so relative paths (``line``, ``mask``) resolve as they did.
    A combination that is not a valid scenario fails when it is resolved (``InputError``)."""
    if factor.kind == "defaults":
        return a.model_copy(
            update={
                "defaults": a.defaults.model_copy(update={str(factor.field): getattr(b.defaults, str(factor.field))})
            }
        )
    if factor.kind == "parameter":
        params = dict(a.parameters)
        if factor.field in b.parameters:
            params[str(factor.field)] = b.parameters[str(factor.field)]
        else:
            params.pop(str(factor.field), None)
        return a.model_copy(update={"parameters": params})
    if factor.kind == "section":
        sections = list(a.sections)
        sa, sb = a.sections[int(factor.section)], b.sections[int(factor.other_section)]  # type: ignore[arg-type]
        sections[int(factor.section)] = sa.model_copy(update={str(factor.field): getattr(sb, str(factor.field))})  # type: ignore[arg-type]
        return a.model_copy(update={"sections": sections})
    if factor.kind == "sections":
        pairs, _, only_b = match_sections(a, b)
        kept = [a.sections[i] for i, _ in pairs]
        return a.model_copy(update={"sections": kept + [b.sections[j] for j in only_b]})
    if factor.kind == "block":
        return a.model_copy(update={str(factor.field): getattr(b, str(factor.field))})
    if factor.kind == "block-field":
        block, _, field = str(factor.field).partition(".")
        new = getattr(a, block).model_copy(update={field: getattr(getattr(b, block), field)})
        return a.model_copy(update={block: new})
    raise ValueError(f"unknown factor kind {factor.kind!r}")


__all__ = ["BLOCKS", "SECTION_FIELDS", "Factor", "describe", "differing_inputs", "front_key", "match_sections", "swap"]
