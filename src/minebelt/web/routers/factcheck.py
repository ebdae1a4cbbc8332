"""``POST /api/factcheck`` (claims as JSON) and ``GET /api/factcheck/seed`` (the bundled seed claims).

Layer: interfaces. Scenario references in a request may name only the bundled examples.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from ... import settings
from ..._version import __version__
from ...errors import InputError
from .. import _data
from .._common import cached_json, dumps, json_response
from ..schemas import ClaimsIn
from .errors_doc import ERR

NAME_OK = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*\.toml$")

router = APIRouter()


def check_claims(doc: ClaimsIn, examples: Path | None) -> list[dict[str, Any]]:
    """The claims as plain dicts (as :func:`minebelt.factcheck.load_claims` gives), scenario names
    and expressions checked."""
    from ...factcheck.claims import check_claim_shape

    claims = [c.model_dump(exclude_none=True) for c in doc.claims]
    known = sorted(p.name for p in examples.glob("*.toml")) if examples else []
    seen: set[str] = set()

    def check_spec(spec: Any, where: str) -> None:
        if not isinstance(spec, dict):
            return
        if "scenario" in spec:
            name = spec["scenario"]
            if not (isinstance(name, str) and NAME_OK.match(name) and name in known):
                if not known:
                    raise InputError(
                        f"{where}.scenario = {name!r}: the bundled examples are not installed, so the web API cannot read scenarios"
                    )
                raise InputError(
                    f"{where}.scenario = {name!r}: the web API reads only the bundled examples ({', '.join(known)})"
                )
        samples = spec.get("samples")
        if isinstance(samples, int) and not isinstance(samples, bool) and samples > settings.API_SAMPLES_MAX:
            raise InputError(
                f"{where}.samples = {samples:,}: more than the web API's {settings.API_SAMPLES_MAX:,} (API_SAMPLES_MAX)"
            )
        rng = spec.get("range")
        if isinstance(rng, list):
            for j, sub in enumerate(rng):
                check_spec(sub, f"{where}.range[{j}]")
        refs = spec.get("refs")
        if isinstance(refs, dict):
            for k, v in refs.items():
                check_spec(v, f"{where}.refs.{k}")

    for i, c in enumerate(claims):
        if c["id"] in seen:
            raise InputError(f"request: claims[{i}]: duplicate id {c['id']!r}")
        seen.add(c["id"])
        check_spec(c["compute"], f"request: claims[{i}] {c['id']!r}: compute")
        for label, ref in (c.get("context") or {}).items():  # a context figure may name a scenario too
            check_spec(ref, f"request: claims[{i}] {c['id']!r}: context.{label}")
        check_claim_shape(c, f"request: claims[{i}] {c['id']!r}")
    return claims


def factcheck_doc(claims: list[dict[str, Any]], path: Path, label: str) -> dict[str, Any]:
    from ...factcheck import SCHEMA, Checker, check_claim
    from ...factcheck.check import holds_by_kind
    from ...factcheck.provenance import as_of, sourced_row

    checker = Checker(path, claims)
    try:
        rows = [sourced_row(checker, c, check_claim) for c in claims]
    except InputError as e:
        raise InputError(*(line.replace(str(path), label) for line in e.lines)) from None
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["verdict"]] = counts.get(r["verdict"], 0) + 1
    return {
        "schema": SCHEMA,
        "file": label,
        "summary": counts,
        "holds_by_kind": holds_by_kind(rows),
        "as_of": as_of(rows),
        "claims": rows,
        "provenance": {"minebelt_version": __version__},
    }


@lru_cache(maxsize=1)
def seed_factcheck_doc() -> bytes:
    from ...factcheck import check_file

    ex = _data.examples_dir()
    if ex is None or not (ex / "seed-claims.toml").is_file():
        raise _data.DataMissing("the bundled examples (examples/seed-claims.toml) are not installed")
    return dumps(check_file(ex / "seed-claims.toml"))


@router.post(
    "/api/factcheck",
    tags=["factcheck"],
    summary="Fact-check claims (minebelt.factcheck/2)",
    responses={**ERR, 413: {"description": "Request body too large"}},
)
def factcheck(claims: ClaimsIn) -> Response:
    ex = _data.examples_dir()
    rows = check_claims(claims, ex)
    base = (ex or Path.cwd()) / "request"
    return json_response(dumps(factcheck_doc(rows, base, "request")))


@router.get(
    "/api/factcheck/seed",
    tags=["factcheck"],
    summary="Fact-check of the bundled seed claims (examples/seed-claims.toml)",
    responses=ERR,
)
def factcheck_seed(request: Request) -> Response:
    return cached_json(request, seed_factcheck_doc())
