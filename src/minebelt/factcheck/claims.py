"""Loading a claims file (TOML): its keys checked, one line per problem.

Layer: outputs (fact-check).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .. import settings
from ..errors import InputError
from .verdict import QUALIFIERS, normalize_qualifier

CLAIM_KEYS = {"id", "source", "quote", "stated", "qualifier", "unit", "tolerance", "abs_tolerance", "selection", "note", "compute", "context", "part_of"}


def load_claims(path: str | Path) -> list[dict[str, Any]]:
    from ..scenario import read_toml

    p = Path(path)
    doc, _ = read_toml(p, settings.CLAIMS_BYTES_MAX, "claims file (TOML)")
    claims = doc.get("claims")
    extra = set(doc) - {"claims", "title", "sources"}
    if extra:
        from ..errors import suggest

        key = sorted(map(str, extra))[0]
        raise InputError(f"{p}: unknown top-level key {key!r}{suggest(key, ('claims', 'title', 'sources'))} (allowed: title, sources, claims)")
    if not isinstance(claims, list) or not claims:
        raise InputError(f"{p}: claims: must be a non-empty array of tables ([[claims]])")
    seen: set[str] = set()
    for i, c in enumerate(claims):
        if not isinstance(c, dict):
            raise InputError(f"{p}: claims[{i}]: must be a table")
        unknown = set(c) - CLAIM_KEYS
        if unknown:
            from ..errors import suggest

            key = sorted(map(str, unknown))[0]
            raise InputError(f"{p}: claims[{i}] {c.get('id', '')!r}: unknown key {key!r}{suggest(key, CLAIM_KEYS)} (allowed: {', '.join(sorted(CLAIM_KEYS))})")
        for req in ("id", "quote", "stated", "compute"):
            if req not in c:
                raise InputError(f"{p}: claims[{i}] {c.get('id', '')!r}: {req}: required field is missing")
        for key in ("id", "quote", "source", "unit", "note"):
            if key in c and not isinstance(c[key], str):
                raise InputError(f"{p}: claims[{i}]: {key}: must be text, got {type(c[key]).__name__}")
        if c["id"] in seen:
            raise InputError(f"{p}: claims[{i}]: duplicate id {c['id']!r}")
        seen.add(c["id"])
        q = normalize_qualifier(c.get("qualifier", "about"))
        if q not in QUALIFIERS:
            raise InputError(f"{p}: claims[{i}] {c['id']!r}: qualifier {q!r}: allowed {', '.join(QUALIFIERS)}")
    return claims
