"""The lint and type checks stay wired in: `.ci/run` runs them before the tests, pyproject.toml
pins the tools and scopes mypy's strictness, and every ``type: ignore`` names its error code.

The checks themselves run in `.ci/run` (`ruff check .`, `ruff format --check .`, `mypy`); ruff also runs here when it is
installed (the lint extra), so a finding shows up in the suite as well.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STRICT_PACKAGES = ("minebelt.model", "minebelt.geo", "minebelt.uncertainty", "minebelt.pipeline")
# what mypy --strict turns on that can be set per module
STRICT_FLAGS = (
    "disallow_any_generics",
    "disallow_subclassing_any",
    "disallow_untyped_calls",
    "disallow_untyped_defs",
    "disallow_incomplete_defs",
    "check_untyped_defs",
    "disallow_untyped_decorators",
    "warn_return_any",
    "no_implicit_reexport",
    "strict_equality",
    "extra_checks",
)


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _ci_commands() -> list[str]:
    lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def test_ci_runs_ruff_format_and_mypy_before_the_tests():
    cmds = _ci_commands()
    at = {
        name: next((i for i, c in enumerate(cmds) if pattern in c), None)
        for name, pattern in (
            ("install", 'pip install ".[lint]"'),
            ("ruff", "ruff check ."),
            ("format", "ruff format --check ."),
            ("mypy", "python -m mypy"),
            ("pytest", "python -m pytest"),
        )
    }
    assert None not in at.values(), at
    assert all(at["install"] < at[k] < at["pytest"] for k in ("ruff", "format", "mypy")), at


def test_lint_tools_are_pinned_with_an_upper_bound():
    extra = _pyproject()["project"]["optional-dependencies"]["lint"]
    for tool in ("ruff", "mypy"):
        spec = next((s for s in extra if re.match(rf"{tool}\b", s)), None)
        assert spec is not None and ">=" in spec and "<" in spec.replace("<=", ""), (tool, spec)


def test_ruff_rule_set():
    lint = _pyproject()["tool"]["ruff"]["lint"]
    assert {"E", "W", "F", "I", "B", "UP"} <= set(lint["select"])


def test_mypy_is_strict_for_the_model_geometry_uncertainty_and_pipeline():
    mypy = _pyproject()["tool"]["mypy"]
    assert "ignore_missing_imports" not in mypy, "no global ignore_missing_imports: name each untyped library"
    assert "strict" not in mypy
    for override in mypy["overrides"]:
        # per-module `strict` is applied to every module by mypy: spell out the flags instead
        assert "strict" not in override
        if override.get("ignore_missing_imports"):
            assert not any(m.startswith("minebelt") or m == "*" for m in override["module"])
    strict = [o for o in mypy["overrides"] if o.get("disallow_untyped_defs")]
    assert len(strict) == 1
    modules = set(strict[0]["module"])
    for pkg in STRICT_PACKAGES:
        assert {pkg, f"{pkg}.*"} <= modules, pkg
    assert all(strict[0].get(flag) is True for flag in STRICT_FLAGS), strict[0]


def test_every_type_ignore_names_its_error_code():
    bare = re.compile(r"#\s*type:\s*ignore(?!\[)")
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in sorted((ROOT / "src").rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if bare.search(line)
    ]
    assert not found, found


@pytest.mark.skipif(importlib.util.find_spec("ruff") is None, reason="ruff is in the lint extra")
def test_ruff_check_is_clean():
    run = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "."], cwd=ROOT, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.skipif(importlib.util.find_spec("ruff") is None, reason="ruff is in the lint extra")
def test_ruff_format_is_clean():
    run = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "--no-cache", "."], cwd=ROOT, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout + run.stderr
