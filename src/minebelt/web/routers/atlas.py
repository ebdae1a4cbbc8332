"""``GET /api/atlas``: every side of every land border at one depth, ranked (``minebelt.atlas/1``).

Layer: interfaces. The query takes the options of ``minebelt atlas`` (``depth_km``, ``model``,
``sort``, ``top``, ``deminers`` or ``workforce``, ``country`` repeated), checked by
:func:`minebelt.scenario.atlas_options.atlas_options` (HTTP 422 naming the parameter). The
answer is :meth:`minebelt.pipeline.atlas_result.Atlas.to_dict`; the figures come from the
bundled curves and the per-depth cache (:mod:`minebelt.geo.atlas_cache`, shared with the
command line). A side that neither holds must be built from the lines: at most
``API_GEOMETRY_BUFFERS_MAX`` of them per request (422 beyond, saying how to fill the cache).
The request takes a worker slot (:mod:`minebelt.web.guard`). ``minebelt serve`` measures the
default depth (``ATLAS_DEPTH_KM``) once in the background when the cache lacks it
(:func:`warm_atlas`), so the page's atlas works on a fresh install without a manual step; a
depth measured by ``minebelt atlas`` meanwhile is read at once (no restart).
"""

from __future__ import annotations

import threading
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import Response

from ... import settings
from ...errors import InputError
from ...scenario.atlas_options import DEMINERS_MAX
from .. import _data
from .._common import dumps, json_response
from .errors_doc import ERR
from .estimate import LANG_PATTERN

router = APIRouter(tags=["atlas"])

#: How the query names the options in error messages.
NAMES = {"depth_km": "request: depth_km", "deminers": "request: deminers", "workforce": "request: workforce", "model": "request: model",
         "sort": "request: sort", "top": "request: top", "countries": "request: country"}  # fmt: skip


def sides_to_build(depth_km: float, countries: tuple[str, ...] | None) -> int:
    """How many sides of the atlas need a belt built from the lines: in neither the bundled
    curves nor the cache at ``depth_km``."""
    from ...data.border_belts import bundle
    from ...geo import atlas_cache
    from ...geo.atlas_sides import all_sides

    b = bundle()
    cached = atlas_cache.read(depth_km)
    return sum(1 for d, n in all_sides(countries) if f"{d}>{n}" not in cached and (b is None or b.side(d, n) is None))


#: Depths :func:`warm_atlas` is measuring now (their 422 says to ask again in a few minutes).
WARMING: set[float] = set()


def warm_atlas() -> None:
    """Measure every side at the default depth into the cache when more than the web API's
    limit are missing (a fresh install), at a low priority: the page's first atlas then costs
    nothing. Best effort, once per server start; the cache keeps it for later starts."""
    import os

    from ...geo.atlas_sides import measure_sides

    depth = settings.ATLAS_DEPTH_KM
    if sides_to_build(depth, None) <= settings.API_GEOMETRY_BUFFERS_MAX:
        return
    try:  # this thread only (Linux): requests keep their share of the CPU
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
    except (AttributeError, OSError):
        pass
    WARMING.add(depth)
    try:
        measure_sides(depth, None)
    finally:
        WARMING.discard(depth)


@router.get(
    "/api/atlas", summary="Every side of every land border at one depth, ranked (minebelt.atlas/1)", responses=ERR
)
def atlas(
    depth_km: Annotated[
        float, Query(gt=0, le=settings.DEPTH_KM_MAX, description=f"Belt depth, km, in (0, {settings.DEPTH_KM_MAX:g}].")
    ] = settings.ATLAS_DEPTH_KM,
    model: Annotated[
        str,
        Query(description="Density model of the ranking and the map (minebelt models); every row holds every model."),
    ] = "korea-peak",
    sort: Annotated[
        str, Query(description="mines, area, length, land, water, years, people, defender or neighbour.")
    ] = "mines",
    top: Annotated[int | None, Query(ge=1, description="Keep the first N sides (N >= 1); omit for every side.")] = None,
    deminers: Annotated[
        float | None,
        Query(
            gt=0,
            le=DEMINERS_MAX,
            description="Clearance workforce for every side: a number of deminers, in (0, 10,000,000].",
        ),
    ] = None,
    workforce: Annotated[str | None, Query(description="Or a workforce preset (default ukraine-2024).")] = None,
    country: Annotated[
        list[str] | None, Query(description="Only the borders of these countries (ISO alpha-3; repeat the parameter).")
    ] = None,
    lang: Annotated[
        str | None,
        Query(
            pattern=LANG_PATTERN,
            max_length=2,
            description="Add `text`: the headline and what every row assumes, as the terminal writes them, in this "
            "language (en, uk, pl, fi, et, lv or lt); the document itself stays English.",
        ),
    ] = None,
) -> Response:
    from ...pipeline.atlas import atlas as run
    from ...scenario.atlas_options import atlas_options

    _data.require_data()
    opts = atlas_options(
        depth_km,
        deminers=deminers,
        workforce=workforce,
        model=model,
        sort=sort,
        top=top,
        countries=country,
        names=NAMES,
    )
    n = sides_to_build(opts.depth_km, opts.countries)
    if n > settings.API_GEOMETRY_BUFFERS_MAX:
        raise InputError(
            f"request: depth_km = {opts.depth_km:g}: {n} border sides would be built from the lines (the bundled curves do not hold them "
            f"and they are not cached at this depth), more than the web API's {settings.API_GEOMETRY_BUFFERS_MAX} (API_GEOMETRY_BUFFERS_MAX); "
            f"{'the server is measuring this depth now (a few minutes, once per installation: ask again then), or ' if opts.depth_km in WARMING else ''}"
            f"run 'minebelt atlas --depth {opts.depth_km:g}' once on this machine (its figures are cached: the running server reads them "
            f"without a restart), or give a country"
        )
    result = run(
        opts.depth_km,
        deminers=opts.deminers,
        workforce=opts.workforce,
        model=opts.model,
        sort=opts.sort,
        top=opts.top,
        countries=opts.countries,
        names=NAMES,
    )
    doc = result.to_dict()
    if lang is not None:
        doc["text"] = atlas_text(result, lang)
    return json_response(dumps(doc))


def atlas_text(result: Any, lang: str) -> dict[str, str]:
    """The atlas's sentences for people in ``lang``: ``{"lang", "headline", "assumes", "curves"}``
    (the terminal's, :mod:`minebelt.outputs.atlas_view`)."""
    from ... import i18n
    from ...outputs.atlas_view import assumes, headline
    from ...outputs.terminal.atlas import curves_note

    with i18n.language(lang):
        return {"lang": lang, "headline": headline(result), "assumes": assumes(result), "curves": curves_note(result)}
