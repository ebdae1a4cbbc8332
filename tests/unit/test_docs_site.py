"""The documentation site's own tooling (``docs/_ext/``): links to repository files, Sphinx roles
in docstrings, and the check that a built page fetches nothing from another host.

``mkdocs build --strict`` (``.ci/run``) builds the site itself; these tests hold the pieces it
relies on, without MkDocs.
"""

from __future__ import annotations

import doctest
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXT = ROOT / "docs" / "_ext"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"docs_ext_{name}", EXT / f"{name}.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_hooks_doctests():
    hooks = _load("hooks")
    assert doctest.testmod(hooks).failed == 0


def test_remote_fetches_finds_what_a_browser_loads_not_what_a_reader_clicks():
    hooks = _load("hooks")
    page = (
        '<link rel="preconnect" href="https://fonts.gstatic.com">'
        '<img srcset="a.png 1x, https://tiles.example/b.png 2x">'
        '<div style="background:url(//cdn.example/bg.png)"></div>'
        '<script src="assets/local.js"></script>'
        '<a href="https://www.openstreetmap.org/copyright">OSM</a>'
    )
    found = hooks.remote_fetches(page)
    assert found == [
        "<link href=https://fonts.gstatic.com>",
        "<img srcset=https://tiles.example/b.png>",
        "<div style> //cdn.example/bg.png",
    ]
    assert hooks.remote_fetches("@import 'https://fonts.example/x.css';", "css") == ["https://fonts.example/x.css"]


def test_links_to_repository_files_are_rewritten_for_the_site(tmp_path: Path, caplog: pytest.LogCaptureFixture):
    hooks = _load("hooks")
    docs = tmp_path / "docs"
    (docs / "api").mkdir(parents=True)
    (tmp_path / "src" / "minebelt" / "geo").mkdir(parents=True)
    (tmp_path / "src" / "minebelt" / "geo" / "zone.py").write_text("")
    (tmp_path / "examples").mkdir()
    (tmp_path / "examples" / "a.toml").write_text("")
    (tmp_path / "CONTRIBUTING.md").write_text("# Contributing\n")
    (docs / "contributing.md").write_text('{%\n   include-markdown "../CONTRIBUTING.md"\n%}\n')
    included = hooks.included_pages(docs)
    assert included == {tmp_path / "CONTRIBUTING.md": "contributing.md"}

    def rewrite(line: str) -> str:
        return hooks.rewrite_line(line, docs / "api", docs, tmp_path, "api/page.md", included)

    assert (
        rewrite("[`minebelt.geo.zone`](../../src/minebelt/geo/zone.py)") == "[`minebelt.geo.zone`][minebelt.geo.zone]"
    )
    assert rewrite("[the file](../../examples/a.toml)") == "the file"
    assert rewrite("[guide](../../CONTRIBUTING.md#recipes)") == "[guide](../contributing.md#recipes)"
    assert rewrite("[model](../model.md#x) and [web](https://example.org) ![map](../../examples/a.toml)") == (
        "[model](../model.md#x) and [web](https://example.org) ![map](../../examples/a.toml)"
    )
    with caplog.at_level("WARNING"):
        assert rewrite("[gone](../../src/minebelt/gone.py)") == "[gone](../../src/minebelt/gone.py)"
    assert "does not exist" in caplog.text


def test_sphinx_roles_become_optional_cross_references():
    pytest.importorskip("griffe", reason="pip install '.[docs]' installs griffe (mkdocstrings-python)")
    roles = _load("griffe_roles")
    assert doctest.testmod(roles).failed == 0
    out = roles.rewrite("See :func:`~minebelt.estimate` and :mod:`.densities`.", "minebelt.model", True)
    assert out == (
        'See <autoref identifier="minebelt.estimate" optional><code>estimate</code></autoref> and '
        '<autoref identifier="minebelt.model.densities" optional><code>.densities</code></autoref>.'
    )


def test_the_site_names_a_local_iframe_worker_shim():
    """Without a local copy in extra.polyfills, Material's offline plugin adds the CDN's."""
    import json

    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "- assets/vendor/iframe-worker/shim.js" in text and "font: false" in text
    vendor = json.loads(
        (ROOT / "docs" / "assets" / "vendor" / "iframe-worker" / "VENDOR.json").read_text(encoding="utf-8")
    )
    assert (ROOT / "docs" / "assets" / "vendor" / "iframe-worker" / "shim.js").is_file() and vendor["license"] == "MIT"


def test_generated_docs_are_up_to_date():
    """docs/sources.md and docs/cli.md are what ``python scripts/build_docs.py`` writes now."""
    spec = importlib.util.spec_from_file_location("build_docs", ROOT / "scripts" / "build_docs.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    stale = [n for n, text in mod.generated().items() if (ROOT / "docs" / n).read_text(encoding="utf-8") != text]
    assert not stale, f"stale generated docs {stale}: run python scripts/build_docs.py"


def test_readme_links_every_page_of_the_site():
    """Each page in mkdocs.yml's nav is linked from the README (the home page is the README)."""
    import re

    nav = re.findall(r"^\s*- (?:[^:\n]+: )?(\S+\.md)\s*$", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M)
    assert "index.md" in nav and "api/index.md" in nav and len(nav) >= 20
    at_root = {"index.md": None, "contributing.md": "CONTRIBUTING.md", "changelog.md": "CHANGELOG.md"}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    links = set(re.findall(r"\]\(([^)#\s]+)", readme))
    missing = [p for p in nav if at_root.get(p, f"docs/{p}") not in links | {None}]
    assert not missing, f"README.md links no page {missing} of the site (section Documentation)"
