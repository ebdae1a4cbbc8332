"""``minebelt extract``: draft a claims file from an article (plain text).

Layer: interfaces.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..i18n import N_
from ._common import check_new_file, console, described, emit_json


@described(
    N_(
        "Draft a claims file from an article: every figure with its sentence, qualifier, unit, countries, kind and, where it can be inferred, how minebelt recomputes it. Review it, then run 'minebelt factcheck' on it (or use 'minebelt factcheck --article' for both steps)."
    )
)
def extract(
    article: Annotated[str, typer.Argument(help=N_("Article as UTF-8 plain text ('-' reads standard input)."))],
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help=N_("Write the claims file (TOML) here; without it, print it."))
    ] = None,
    source: Annotated[
        str | None, typer.Option("--source", help=N_("Where the article was published (default: the file name)."))
    ] = None,
    force: Annotated[bool, typer.Option("--force", help=N_("Overwrite an existing --out file."))] = False,
    as_json: Annotated[
        bool,
        typer.Option(
            "--json", help=N_("Print the drafted claims as JSON (with the countries found near each figure).")
        ),
    ] = False,
) -> None:
    from ..factcheck.extract import extract as run
    from ..factcheck.extract import read_article

    check_new_file(out, force, "--out")
    text = read_article(article)
    name = source or ("standard input" if article == "-" else Path(article).name)
    draft = run(text, source=name)
    if as_json:
        emit_json(draft.to_dict())
    toml_text = draft.to_toml()
    if out is not None:
        from ..outputs.atomic import write_text

        write_text(out, toml_text, force=True, option="--out")
        if not as_json:
            kinds: dict[str, int] = {}
            for c in draft.claims:
                kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
            checked = sum(1 for c in draft.claims if "unverifiable" not in c["compute"])
            summary = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
            from .. import numbers as N
            from ..i18n import ngettext

            n = len(draft.claims)
            console().print(
                ngettext(
                    "%(n)s claim drafted to %(out)s (%(kinds)s); %(checked)s with a computation. Review it, then: %(command)s",
                    "%(n)s claims drafted to %(out)s (%(kinds)s); %(checked)s with a computation. Review them, then: %(command)s",
                    n,
                )
                % {
                    "n": N.count(n),
                    "out": out,
                    "kinds": summary,
                    "checked": N.count(checked),
                    "command": f"minebelt factcheck {out}",
                }
            )
    elif not as_json:
        sys.stdout.write(toml_text)
