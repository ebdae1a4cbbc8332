"""``minebelt factcheck``: recompute every claim of a claims file and give each a verdict.

Layer: interfaces.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from ._common import console, emit_json


def factcheck(
    claims: Annotated[Path, typer.Argument(help="Claims TOML file (e.g. examples/seed-claims.toml).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the minebelt.factcheck/2 JSON document.")] = False,
) -> None:
    """Recompute every claim in a claims file and give each a verdict.

    A claim that cannot be evaluated as written (e.g. an unreachable field) gets the verdict
    'error' and a line on stderr; the other claims are still checked; exit status 1.
    """
    from ..factcheck import check_file

    doc = check_file(claims)
    errors = [c for c in doc["claims"] if c["verdict"] == "error"]
    if as_json:
        emit_json(doc)
        _claim_errors(errors)
        return
    from ..outputs.terminal.tables import factcheck_table

    factcheck_table(doc, str(claims), console())
    _claim_errors(errors)


def _claim_errors(errors: list[dict[str, Any]]) -> None:
    """Claims that could not be evaluated: one line each on stderr, exit status 1 (the others stand)."""
    for c in errors:
        sys.stderr.write(f"minebelt: error: {c['error']}\n")
    if errors:
        raise typer.Exit(1)
