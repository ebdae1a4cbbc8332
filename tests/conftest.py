from __future__ import annotations

import os
from pathlib import Path

import pytest

# Starlette's TestClient sends "Host: testserver"; the web app answers only allowed hosts
# (minebelt.web.guard), and this is how a deployment adds a name too.
os.environ.setdefault("MINEBELT_ALLOW_HOSTS", "testserver")

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


@pytest.fixture
def examples() -> Path:
    return EXAMPLES


@pytest.fixture
def run_cli(capsys):
    """Run the CLI in-process: returns (exit status, stdout, stderr)."""
    from minebelt.cli import main

    def run(*args: str) -> tuple[int, str, str]:
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return run
