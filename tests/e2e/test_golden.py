"""No change of behaviour: every golden output of ``scripts/golden.py`` is reproduced exactly.

Each case runs the installed ``minebelt`` console script in a subprocess (as
``python scripts/golden.py --check`` does) and compares its JSON document, minus the volatile
fields, with ``tests/e2e/golden/<case>.json``; a failure names every difference by its path in the
document. Record new golden outputs only for an intended change of output:
``python scripts/golden.py`` (then review ``git diff tests/e2e/golden``).
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_script() -> Any:
    spec = importlib.util.spec_from_file_location("golden", ROOT / "scripts" / "golden.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


golden = _load_script()


@cache
def _report() -> dict[str, Any]:
    """The report's documents: one ``minebelt report`` run for both cases."""
    return {k: golden.strip(v) for k, v in golden.report_documents().items()}


def test_every_golden_file_is_a_case() -> None:
    files = sorted(p.stem for p in golden.GOLDEN.glob("*.json"))
    assert files == sorted(golden.names())


@pytest.mark.slow
@pytest.mark.parametrize("case", golden.names())
def test_golden_output_unchanged(case: str) -> None:
    doc = _report()[case] if case in golden.REPORT_CASES else golden.strip(golden.run(golden.cases()[case]))
    problems = golden.check(case, doc)
    assert not problems, f"{len(problems)} difference(s) from tests/e2e/golden/{case}.json:\n" + "\n".join(problems)
