"""``minebelt factcheck``: recompute every claim of a claims file and give each a verdict.

Layer: interfaces.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from ..i18n import N_
from ._common import console, described, emit_json


@described(
    N_(
        "Recompute every claim in a claims file (or drafted from an article) and give each a verdict.\n\n"
        "Prints the verdict counts first, then the claims that do not hold; --all lists every claim, --json the whole document.\n\n"
        "A claim that cannot be evaluated as written (e.g. an unreachable field) gets the verdict 'error' and a line on stderr; the other claims are still checked; exit status 1."
    )
)
def factcheck(
    claims: Annotated[
        Path | None, typer.Argument(help=N_("Claims TOML file (e.g. examples/seed-claims.toml)."))
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help=N_("Print the minebelt.factcheck/2 JSON document."))] = False,
    article: Annotated[
        str | None,
        typer.Option(
            "--article",
            help=N_(
                "Check an article (UTF-8 plain text, '-' for standard input): draft its claims (as 'minebelt extract' does) and check them."
            ),
        ),
    ] = None,
    show_all: Annotated[
        bool,
        typer.Option(
            "--all",
            help=N_("List every claim, grouped by verdict (default: the counts and the claims that do not hold)."),
        ),
    ] = False,
) -> None:
    from ..errors import InputError
    from ..factcheck import check_file

    if (claims is None) == (article is None):
        raise InputError(
            "factcheck: give a claims file or --article FILE, not both"
            if claims
            else "factcheck: give a claims file (CLAIMS.toml) or --article FILE"
        )
    if article is not None:
        doc = _check_article(article)
        claims = Path(doc["file"])
    else:
        assert claims is not None  # exactly one of the two was given (checked above)
        doc = check_file(claims)
    errors = [c for c in doc["claims"] if c["verdict"] == "error"]
    if as_json:
        emit_json(doc)
        _claim_errors(errors)
        return
    from ..outputs.terminal.tables import factcheck_table

    factcheck_table(doc, str(claims), console(), show_all=show_all)
    _skipped_lines(doc.get("skipped") or [])
    _claim_errors(errors)


def _skipped_lines(skipped: list[dict[str, str]]) -> None:
    """The article's figures that were not drafted as claims, one line each, after the table, in
    the reader's language (:mod:`minebelt.outputs.local_skipped`)."""
    from rich.markup import escape

    from ..outputs.local_skipped import skipped_lines

    out = console()
    for line in skipped_lines(skipped):
        out.print(escape(line))


def _check_article(article: str) -> dict[str, Any]:
    """Draft the claims of ``article`` and check them: the ``minebelt.factcheck/2`` document of
    the drafted claims, with what a bundled claims file says of the same article
    (:func:`minebelt.factcheck.article.check_draft`)."""
    from ..factcheck.article import check_draft
    from ..factcheck.extract import extract, read_article

    text = read_article(article)
    name = "standard input" if article == "-" else Path(article).name
    draft = extract(text, source=name)
    doc = check_draft(draft, text, f"{name} (drafted claims)")
    doc["skipped"] = [dict(x) for x in draft.skipped]  # the figures not drafted as claims, and why
    return doc


def _claim_errors(errors: list[dict[str, Any]]) -> None:
    """Claims that could not be evaluated: one line each on stderr in the reader's language, as
    a bad input's line (:func:`~._errors.error_line`), exit status 1 (the others stand)."""
    from ..outputs.error_words import localise
    from ._errors import error_line

    for c in errors:
        sys.stderr.write(error_line(localise(str(c["error"]))) + "\n")
    if errors:
        raise typer.Exit(1)
