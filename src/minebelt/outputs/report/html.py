"""``index.html``: the report page rendered from Jinja2 templates (output layer).

Layer: outputs.

Templates, CSS and JavaScript live in ``minebelt/outputs/report/templates/`` (package data) and are
inlined at render time, so the page stays one self-contained file that loads nothing from
the network. Python computes the values (:mod:`.briefing`, :mod:`.production_view`, :mod:`.cost_view`, :mod:`.clearance_view`, :mod:`.assumptions`,
:mod:`.sensitivity_view`, :mod:`.map_svg`, :mod:`.charts`); the templates lay them out. Each block of the estimate document has its own sub-template
(``_production.html.j2``, ``_cost.html.j2``, ``_clearance.html.j2``, ``_sensitivity.html.j2``,
...), documented at its top with the variables it expects.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from functools import cache
from typing import Any

from markupsafe import Markup

from ... import i18n
from ... import numbers as N
from ..._version import __version__
from ...i18n import gettext as _
from .. import claim_notes
from ..local_examples import scenario_name, scenario_source
from ..verdicts import verdict_heading, verdict_words
from . import (
    claim_cells,
    claim_method,
    credit,
    local_civilians,
    local_clearance,
    local_names,
    local_notes,
    local_sections,
    local_tables,
    local_words,
)
from . import fmt as F
from .assumptions import assumptions
from .briefing import summary
from .cards import english
from .clearance_view import clearance_view
from .cost_view import cost_view
from .local_sources import source_items
from .production_view import production_view
from .sensitivity_view import sensitivity_view
from .views import exposure_view, input_label

VERDICT_COLOURS = {
    "holds": "#1a7f37",
    "imprecise": "#9a6700",
    "does-not-hold": "#cf222e",
    "unverifiable": "#57606a",
    "stated": "#0969da",
    "not-checked": "#6e7781",
}
ATTRIBUTION = "\u00a9 OpenStreetMap contributors, ODbL"


def _plain(v: Any) -> Any:
    """Jinja's Undefined (a field the document does not have) as None."""
    from jinja2 import Undefined

    return None if isinstance(v, Undefined) else v


_FORMATS: dict[str, Callable[[Any], str]] = {
    "num": F.fmt_num,
    "mines": F.fmt_mines,
    "mines_words": F.fmt_mines_words,
    "count": F.fmt_count,
    "km": F.fmt_km,
    "year": F.fmt_year,
    "years": F.fmt_years,
    "pct": F.fmt_pct,
    "ratio": F.fmt_ratio,
    "plain": F.fmt_plain,
}


def _source_item(recorded: str, rest: str, english: str) -> Markup:
    """One line of the source list: the citation as recorded, marked "EN" for a reader of
    another language (:func:`.claim_cells.as_written`), then the rest in the reader's words, a
    title it quotes from the English entry marked too (:func:`.fmt.cite_quotes`)."""
    words = local_names.source_words
    return Markup(claim_cells.as_written(F.linkify(words(recorded)))) + F.cite_quotes(words(rest), english)


def _fmt(v: Any, name: str = "num", currency: Any = None) -> str:
    v = _plain(v)
    if name == "money":
        return F.fmt_money(v, _plain(currency) or None)
    text = _FORMATS[name](v)
    # the formats' English placeholders, in the reader's words
    return {"n/a": _("n/a"), "not estimated": N.not_estimated()}.get(text, text)


def _rng(d: Any, name: str = "num", currency: Any = None) -> str:
    d = _plain(d)
    if name == "money":
        cur = _plain(currency) or None
        return F.dist_range(d, F.money(cur))
    return F.dist_range(d, _FORMATS[name])


@cache
def environment() -> Any:
    """The Jinja2 environment: package templates, autoescape, the report's filters."""
    from jinja2 import ChainableUndefined, Environment, PackageLoader, select_autoescape

    env = Environment(
        loader=PackageLoader("minebelt.outputs.report", "templates"),
        extensions=["jinja2.ext.i18n"],
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=ChainableUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    # the reader's language at render time (minebelt.i18n.current()); newstyle: %(name)s
    # placeholders filled by keyword, escaped, and a literal per cent written %%
    env.install_gettext_callables(i18n.gettext, i18n.ngettext, newstyle=True, pgettext=i18n.pgettext)  # type: ignore[attr-defined]
    for name in _FORMATS:
        env.filters[name] = lambda v, _n=name: _fmt(v, _n)
    env.filters["money"] = lambda v, cur=None: _fmt(v, "money", cur)
    env.filters["fmt"] = _fmt
    env.filters["rng"] = _rng
    env.filters["period"] = lambda v: N.period(_plain(v))  # "1961–1985", "od lat 80. XX w. do dziś"
    env.filters["value_text"] = lambda v: F.fmt_value_text(_plain(v))
    env.filters["linkify"] = lambda v: F.linkify(_plain(v))
    env.filters["nowrap_ranges"] = lambda v: F.nowrap_ranges(_plain(v))
    env.filters["cite_quotes"] = lambda v, recorded="": F.cite_quotes(_plain(v), str(recorded or ""))
    env.filters["as_written"] = claim_cells.as_written  # a citation in English, marked for another language
    env.filters["model_words"] = _model_words
    env.filters["own_words"] = _own_words
    env.filters["own_note"] = _own_note
    env.filters["scenario_name"] = lambda v: scenario_name(str(_plain(v) or ""))
    env.filters["section_name"] = lambda r: local_names.section_name(_plain(r))
    env.filters["scenario_source"] = lambda v: scenario_source(str(_plain(v) or "")) or v
    env.filters["capitalize_first"] = lambda v: (lambda t: t[:1].upper() + t[1:])(str(_plain(v) or ""))
    env.filters["input_label"] = lambda v, doc=None: input_label(_plain(v), _plain(doc))
    env.filters["input_value"] = lambda e: (
        F.fmt_value_text(_plain(e.get("value"))) + (f" {e.get('unit')}" if e.get("unit") else "")
        if i18n.current() == "en"
        else local_names.input_value(_plain(e.get("value")), _plain(e.get("unit")))
    )
    env.filters["country_name"] = lambda v, doc=None: local_words.country(_plain(v), _plain(doc))
    env.globals.update(
        assumptions=lambda prefix, block, scenario_file=None, doc=None: assumptions(
            prefix, _plain(block), _plain(scenario_file), _plain(doc)
        ),
        # the views word the sections in English (words and numbers); in another language the
        # templates take the sentences local_sections words from the same fields instead
        local=lambda doc: _Local(_plain(doc) or {}) if i18n.current() != "en" else None,
        production_view=lambda doc: english(production_view, _plain(doc) or {}),
        cost_view=lambda doc: english(cost_view, _plain(doc) or {}),
        clearance_view=lambda doc: english(clearance_view, _plain(doc) or {}),
        sensitivity_view=lambda sens, doc=None: sensitivity_view(_plain(sens) or {}, _plain(doc) or {}),
        civilians_lead=lambda doc: local_civilians.lead(_plain(doc) or {}),
        calibration_verdict=lambda doc: local_notes.calibration_verdict(_plain(doc) or {}),
        civilians_counted=lambda doc: local_civilians.counted_text(_plain(doc) or {}),
        data_text=lambda v: local_tables.data_text(_plain(v)),
        sensitivity_method=lambda v: local_tables.sensitivity_method(_plain(v)),
        claim_stated=lambda c: claim_cells.stated_html(_plain(c) or {}),
        claim_computed=lambda c: claim_cells.computed(_plain(c) or {}),
        claim_why=lambda c: claim_cells.why(_plain(c) or {}),
        claim_why_html=claim_cells.why_html,
        claim_method_html=claim_method.html,
        claim_note_pieces=lambda note: claim_notes.pieces(str(note or "")),
        block_names=lambda v: local_names.block_names(_plain(v)),
        source_line=lambda v: local_names.source_line(_plain(v)),
        data_key=lambda k: local_names.data_key(_plain(k)),
        data_word=lambda v: local_names.data_word(_plain(v)),
        places_source=lambda v: local_names.places_source(_plain(v)),
        method_words=lambda p: local_names.method_words(
            *(_plain(p or {}).get(k) for k in ("method", "samples", "seed"))
        ),
        certainty=lambda v: local_clearance.certainty(_plain(v)) if i18n.current() != "en" else str(_plain(v) or ""),
        verdict_words=lambda v, n=1: verdict_words(str(_plain(v)), int(n or 1)),
        verdict_heading=lambda v: verdict_heading(str(_plain(v))),
        local_value=lambda v: local_words.value(_plain(v)) or str(_plain(v) or ""),
        not_estimated=F.NOT_ESTIMATED,
        verdict_colours=VERDICT_COLOURS,
        version=__version__,
        # OpenStreetMap's notice as openstreetmap.org words it in the reader's language, worded
        # at each render (the environment is built once for every language)
        attribution=lambda: credit.osm_notice(ATTRIBUTION),
    )
    return env


class _Local:
    """The sections' sentences in the reader's language (:mod:`.local_sections`), for one document."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc

    def __getattr__(self, name: str) -> Any:
        module = next(m for m in (local_sections, local_tables, local_clearance) if hasattr(m, name))
        return getattr(module, name)(self.doc)

    def sensitivity_intro(self, words: str, median: str) -> str:
        return local_sections.sensitivity_intro(str(words), str(median or ""))


def static_text(name: str) -> str:
    """A static file of the templates folder (CSS, JS) as text."""
    from importlib.resources import files

    return files("minebelt.outputs.report").joinpath("templates", name).read_text(encoding="utf-8")


def render_block(template: str, **context: Any) -> str:
    """One sub-template on its own (e.g. ``_cost.html.j2`` with ``doc=...``): for tests and
    for other pages that show a block."""
    return environment().get_template(template).render(**context)


def render_page(
    doc: dict[str, Any],
    *,
    svg: dict[str, Any] | None,
    map_png: bytes,
    charts: dict[str, str],
    claims: dict[str, Any] | None,
    sensitivity: dict[str, Any] | None,
    files: list[str],
    skipped: dict[str, str],
    comparison: dict[str, Any] | None = None,
) -> str:
    """The whole report page as HTML text (``comparison``: a ``minebelt.compare/1`` document)."""
    sc = doc.get("scenario") or {}
    ex = exposure_view(doc)
    nav = [("summary", _("Summary")), ("map", _("Map")), ("tables", _("Sections"))]
    for key, title in (("production", _("Production")), ("cost", _("Cost")), ("clearance", _("Clearance"))):
        if isinstance(doc.get(key), dict):
            nav.append((key, title))
    if ex:
        nav.append(("exposure", _("Civilians")))
    if isinstance(doc.get("calibration"), dict):
        nav.append(("calibration", _("Calibration")))
    if "distribution" in charts and not sensitivity:
        nav.append(("uncertainty", _("Uncertainty")))
    if sensitivity:
        nav.append(("sensitivity", _("Sensitivity")))
    if claims:
        nav.append(("factcheck", _("Fact-check")))
    cmp = None
    if comparison:
        from ..compare_view import compare_view

        cmp = compare_view(comparison)
        nav.append(("compare", _("Compared")))
    nav.append(("sources", _("Sources")))
    return (
        environment()
        .get_template("index.html.j2")
        .render(
            lang=i18n.current(),
            title=scenario_name(str(sc.get("name") or "")) or _("minebelt estimate"),
            doc=doc,
            brief=summary(doc, claims),
            nav=nav,
            svg=svg,
            png_uri="data:image/png;base64," + base64.b64encode(map_png).decode("ascii"),
            charts=charts,
            claims=claims,
            sens=sensitivity,
            cmp=cmp,
            ex=ex,
            sources=[_source_item(*item) for item in source_items(doc, claims)],
            files=files,
            skipped=skipped,
            scenario_file=sc.get("file"),
            css=Markup(static_text("report.css") + claim_cells.quote_css()),
            js=Markup(static_text("report.js")),
        )
    )


def _own_words(text: Any) -> Any:
    """minebelt's own sentence (a summary it wrote, not a quotation) in the reader's language;
    one the catalogue does not hold yet is shown marked as English (:func:`claim_cells.as_written`)."""
    plain = str(_plain(text) or "")
    local = i18n.gettext(plain) if plain else plain
    return local if i18n.current() == "en" or local != plain else claim_cells.as_written(text)


def _own_note(text: Any) -> Any:
    """minebelt's own note on a record (a producer's capacity) in the reader's words, the
    source's words it quotes kept as written and marked English (:func:`.fmt.cite_quotes`);
    one the catalogue does not hold yet is shown marked as English whole."""
    plain = str(_plain(text) or "")
    local = i18n.gettext(plain) if plain else plain
    if i18n.current() == "en":
        return local
    return F.cite_quotes(local, plain) if local != plain else claim_cells.as_written(text)


def _model_words(name: Any) -> str:
    """A named density model for a reader: ``12,000 mines/km², the Korean DMZ peak`` (the name
    itself for a model minebelt does not know)."""
    from ...model.densities import DENSITY_MODELS
    from ..views import model_words

    m = DENSITY_MODELS.get(str(_plain(name)))
    return model_words(m) if m is not None else str(_plain(name))
