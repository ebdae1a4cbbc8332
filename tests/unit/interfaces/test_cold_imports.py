"""What a successful ``minebelt estimate`` does not import (a fresh process, ``sys.modules``):
the tables of the error lines (click's classes, the phrases of every error message) are read
only when something went wrong, and an English run reads no CLDR data (Babel: English plural
categories, dates and country names are written out). A module the dependencies import by
themselves (typer, pydantic, numpy, rich) is not minebelt's to remove, so it is checked only
where they do not."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

#: Modules the English estimate path no longer imports (deferred to an error, or to another language).
DEFERRED = ("minebelt.cli._errors", "minebelt.outputs.error_words", "click", "babel")

_RUN = """
import io, json, sys, contextlib
from minebelt.cli.app import main
with contextlib.redirect_stdout(io.StringIO()):
    status = main(["estimate", "examples/eastern-flank.toml", "--lang", "en"])
print(json.dumps([status, sorted(sys.modules)]))
"""

_DEPENDENCIES = """
import json, sys
import typer, typer.main, typer._adapters, pydantic, numpy, rich.console, rich.table
print(json.dumps(sorted(sys.modules)))
"""


def _modules(code: str) -> object:
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True, timeout=300
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_successful_estimate_does_not_import_what_it_does_not_use() -> None:
    status, loaded = _modules(_RUN)  # type: ignore[misc]
    assert status == 0
    theirs = set(_modules(_DEPENDENCIES))  # type: ignore[arg-type]
    extra = [m for m in DEFERRED if m in loaded and m not in theirs]
    assert not extra, f"the estimate path imports {extra}"


def test_the_command_skips_pydantic_plugins_unless_the_user_chose(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command runs with pydantic's plugin scan off (``PYDANTIC_DISABLE_PLUGINS``), unless
    the variable was set by the user, whose value is kept; the environment is restored after."""
    import os

    from minebelt.cli import app

    seen: list[str | None] = []
    monkeypatch.setattr(app, "_run", lambda argv: seen.append(os.environ.get("PYDANTIC_DISABLE_PLUGINS")) or 0)
    monkeypatch.delenv("PYDANTIC_DISABLE_PLUGINS", raising=False)
    assert app.main(["--version"]) == 0
    assert "PYDANTIC_DISABLE_PLUGINS" not in os.environ
    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "")
    assert app.main(["--version"]) == 0
    assert os.environ["PYDANTIC_DISABLE_PLUGINS"] == ""
    assert seen == ["__all__", ""]
