"""``minebelt borders`` and ``minebelt models``: the bundled land borders and the named density models.

Layer: interfaces.
"""

from __future__ import annotations

from typing import Annotated

import typer

from ..errors import InputError
from ..i18n import N_
from ._common import console, described, emit_json


@described(N_("Every land border of the world (or of one country) with its measured lengths."))
def borders(
    country: Annotated[
        str | None, typer.Option("--country", "-c", help=N_("Only this country's borders (ISO alpha-3)."))
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help=N_("Print the minebelt.borders/1 JSON document."))] = False,
) -> None:
    from ..data.borders import border_lengths, data_info, meta
    from ..outputs.views import borders_document

    rows = border_lengths()
    if country is not None:
        from ..data.iso import country_code, country_hint, country_names

        code = country.strip().upper()
        if code not in country_names():
            # a name ("Poland") or an alias is not taken in place of a code: its code is suggested
            named = country_code(country)
            hint = f" (did you mean {named!r}?)" if named else country_hint(country)
            raise InputError(f"--country {country!r}: unknown ISO 3166-1 alpha-3 code{hint}")
        rows = [r for r in rows if code in (r["a"], r["b"])]
        if not rows:
            raise InputError(f"--country {code}: has no land border in the bundled data")
    info = data_info()
    doc = borders_document(rows, info)
    if as_json:
        emit_json(doc)
        return
    from ..i18n import gettext as _
    from ..outputs.report.local_names import country as country_name
    from ..outputs.terminal.tables import borders_table

    kw = {"n": len(rows), "country": country_name(code) if country else ""}
    title = (_("Land borders (%(n)s) of %(country)s") if country else _("Land borders (%(n)s)")) % kw
    footer = _("%(attribution)s (data %(version)s)") % {
        "attribution": info["attribution"],
        "version": meta().get("data_version"),
    }
    borders_table(doc, title, footer, console())


@described(N_("List the named density models with their sources."))
def models(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    from ..outputs.views import density_model_rows

    rows = density_model_rows()
    if as_json:
        emit_json({"schema": "minebelt.models/1", "models": rows})
        return
    from ..outputs.terminal.tables import models_table

    models_table(rows, console())
