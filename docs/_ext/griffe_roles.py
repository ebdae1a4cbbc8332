"""Griffe extension: render the docstrings' Sphinx roles as cross-references in the API pages.

minebelt's docstrings name other objects the Sphinx way (``:func:`estimate```,
``:class:`~minebelt.scenario.Scenario```, ``:mod:`.densities```): readable in the source and
in ``help()``. mkdocstrings renders docstrings as Markdown, where a role would show as the
literal text ``:func:``. This extension rewrites each role into an *optional* mkdocs-autorefs
reference: a link when the object is rendered in the API reference, plain code otherwise
(never a warning, so ``mkdocs build --strict`` does not depend on what a docstring names).

Loaded by ``mkdocs.yml`` (``plugins.mkdocstrings.handlers.python.options.extensions``); not
part of the package.
"""

from __future__ import annotations

import html
import re
from typing import Any

import griffe

ROLE = re.compile(r":(?:py:)?(?:func|class|mod|data|attr|meth|exc|obj|const):`(?P<target>[^`]+)`")


def qualify(target: str, module: str, is_package: bool) -> tuple[str, str]:
    """The full dotted identifier of a role's target and the text to show, Sphinx's way.

    ``~a.b.c`` shows ``c``; ``.x`` is relative to the docstring's package (one more dot per
    parent); a bare name is looked up in the docstring's module; a dotted name is taken as
    absolute. ``module`` is the dotted path of the module holding the docstring.

    >>> qualify("~minebelt.scenario.Scenario", "minebelt.pipeline.estimate", False)
    ('minebelt.scenario.Scenario', 'Scenario')
    >>> qualify(".distributions", "minebelt.uncertainty", True)
    ('minebelt.uncertainty.distributions', '.distributions')
    >>> qualify("~.currency.MoneyDefault", "minebelt.model.cost", False)
    ('minebelt.model.currency.MoneyDefault', 'MoneyDefault')
    >>> qualify("summarize", "minebelt.uncertainty.summaries", False)
    ('minebelt.uncertainty.summaries.summarize', 'summarize')
    >>> qualify("numpy.random.Generator", "minebelt.uncertainty", True)
    ('numpy.random.Generator', 'numpy.random.Generator')
    """
    short = target.startswith("~")
    name = target.lstrip("~")
    if name.startswith("."):
        dots = len(name) - len(name.lstrip("."))
        parts = module.split(".") if is_package else module.split(".")[:-1]
        base = parts[: len(parts) - (dots - 1)] if dots > 1 else parts
        full = ".".join([*base, name.lstrip(".")])
    elif "." in name:
        full = name
    else:
        full = f"{module}.{name}"
    return full, (name.rsplit(".", 1)[-1] if short else name)


def rewrite(text: str, module: str, is_package: bool) -> str:
    """``text`` with every Sphinx role replaced by an optional autorefs reference (HTML)."""

    def repl(m: re.Match[str]) -> str:
        full, shown = qualify(m["target"], module, is_package)
        return f'<autoref identifier="{html.escape(full)}" optional><code>{html.escape(shown)}</code></autoref>'

    return ROLE.sub(repl, text)


class SphinxRoles(griffe.Extension):
    """Rewrite the roles of every docstring griffe loads."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is None:
            return
        module = obj if obj.is_module else obj.module
        obj.docstring.value = rewrite(obj.docstring.value, module.path, bool(module.is_package))
