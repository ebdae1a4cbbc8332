"""Fact-checking published claims against minebelt's own recomputation.

Layer: outputs (a sibling of :mod:`minebelt.outputs`; imports the pipeline and lower layers).
Modules: :mod:`.claims` (loading), :mod:`.kinds` (fact, model, plan, out-of-scope: what a
verdict may say), :mod:`.checker` (what a ``compute`` names), :mod:`.expr` (arithmetic),
:mod:`.verdict` (rules), :mod:`.check` (rows and the document).

A claims file (TOML) lists claims, each with the exact quote, what it states, and how to
recompute it::

    [[claims]]
    id = "s1-pol-400-mines"
    source = "seed-001"
    quote = "...which corresponds to about 9.6 million mines."
    stated = 9_600_000          # a number, a range [lo, hi], or a date "2025-06"
    qualifier = "about"         # about | exact | over | under | at-least | up-to | after | before
    unit = "mines"
    part_of = "s1-pol"          # optional: one part of a combined claim, split per country
    kind = "model"              # optional: fact | model | plan | out-of-scope (default from compute)
    by = "the article's own arithmetic"   # optional: whose model (a model claim)
    [claims.compute]            # one of:
    scenario = "seed-korean-model.toml"       # any number of an estimate document:
    scenario_name = "..."                     #   (default: the file's first scenario)
    field = "clearance.calendar_years"        #   dotted path (a bare name reads totals)
    section = "Poland: border with Belarus"   #   optional: field is then read in that row
    samples = 20000                           #   optional: Monte Carlo, the figure carries its 90 % range
    # expr = "a / b" with refs = {a = "const:DMZ_MINES_SOUTH", b = "border:KOR-PRK:length_km"}
    # range = [{...}, {...}]      two specs: the computed value is a range
    # date = "WITHDRAWAL_DEPOSIT_FIN"
    # members = ["POL", "FIN"], of = "NATO"
    # unverifiable = "why it cannot be recomputed"

References in ``refs``: ``claim:ID`` (another claim's computed value), ``const:NAME``
(:data:`minebelt.model.facts.FACTS`), ``border:A-B+C-D:FIELD`` (measured land borders; FIELD
is ``length_km``, ``land_km``, ``water_km``, ``min_lat``, ``max_lat`` or ``mean_lat``),
``fx:FROM:TO:DATE`` (units of TO per 1 FROM at the ECB reference rate of DATE or the last
working day before it), or a table like ``compute`` that names a scenario figure.

Verdicts are computed, never written in the file. A ``plan`` is ``stated`` (never judged
against a model), an ``out-of-scope`` claim ``not-checked``; facts and model figures by the
rules of :func:`judge` (written out in ``docs/user-guide.md``): ``holds``, ``imprecise``,
``does-not-hold`` (a model figure's verdict names whose model); ``unverifiable`` when
minebelt could check it but has no data; ``not-checked`` for a ``selection`` (a judgement or a
choice such as "the most vulnerable 1,000 km") or an ``analysis``; ``error`` when the claim cannot be evaluated as written
(e.g. an unreachable field) \u2014 that claim fails, the rest of the file is still checked.
"""

from __future__ import annotations

from .check import SCHEMA, check_claim, check_file, check_rows
from .checker import Checker, Figure, Unverifiable, border_figure, resolve_path
from .claims import CLAIM_KEYS, load_claims
from .expr import eval_expr
from .verdict import BOUNDS, QUALIFIERS, Judgement, Verdict, fmt_stated, fmt_value, judge, normalize_qualifier

__all__ = [
    "BOUNDS",
    "CLAIM_KEYS",
    "QUALIFIERS",
    "SCHEMA",
    "Checker",
    "Figure",
    "Judgement",
    "Unverifiable",
    "Verdict",
    "border_figure",
    "check_claim",
    "check_file",
    "check_rows",
    "eval_expr",
    "fmt_stated",
    "fmt_value",
    "judge",
    "load_claims",
    "normalize_qualifier",
    "resolve_path",
]
