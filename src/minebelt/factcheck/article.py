"""An article's drafted claims checked, as ``minebelt factcheck --article`` and ``POST
/api/extract`` check them, with what a bundled claims file already says of the same article.

Layer: outputs (fact-check).

When a bundled claims file (``minebelt/data/examples``) cites the article among its
``sources`` (the same headline, or its address in the text), every drafted claim that is one of
that file's claims (the same quote, stated figure, unit and kind, and the same group counted)
carries that claim's ``note`` after the drafted sentences it does not say again (and ``context``), and the check reads the file's ``sources``: the row then cites
what the claims file's row cites (the article at its address and date, the official figures
its note names). ``as_of`` follows one rule in both modes: the newest date among the rows'
citations (:func:`.provenance.as_of`), the article's own date included when known.
"""

from __future__ import annotations

import re
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from .provenance import parse_sources


def _norm(text: str) -> str:
    """``text`` lower-cased, with straight quotes and single spaces: how two quotes are compared."""
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"')):
        text = text.replace(a, b)
    return re.sub(r"\s+", " ", text).strip().casefold()


@cache
def _bundled() -> tuple[tuple[Path, tuple[str, ...], tuple[dict[str, Any], ...]], ...]:
    """``(path, sources lines, claims)`` of each bundled claims file (read once)."""
    import tomllib

    from ..data.examples import examples_dir

    folder = examples_dir()
    out = []
    for p in sorted(folder.glob("*.toml")) if folder else []:
        doc = tomllib.loads(p.read_text(encoding="utf-8"))
        if isinstance(doc.get("claims"), list) and isinstance(doc.get("sources"), list):
            out.append((p, tuple(str(x) for x in doc["sources"]), tuple(doc["claims"])))
    return tuple(out)


def _names_article(line: str, headline: str, text: str) -> bool:
    """True when the ``sources`` line cites this article: its title is the headline, or its
    address (without the scheme and ``www.``) is in the text."""
    cites = [c for cs in parse_sources([line]).values() for c in cs]
    for c in cites:
        if headline and _norm(c.title) == _norm(headline):
            return True
        where = re.sub(r"^https?://(www\.)?", "", c.url).rstrip("/")
        if where and where in text:
            return True
    return False


def bundled_source(headline: str, text: str) -> tuple[str, tuple[str, ...], list[dict[str, Any]]] | None:
    """``(key, sources lines, claims of that key)`` of the bundled claims file that cites the
    article, or None."""
    for _path, lines, claims in _bundled():
        for line in lines:
            key = line.partition(": ")[0].strip()
            if key and _names_article(line, headline, text):
                return key, lines, [c for c in claims if str(c.get("source", "")) == key]
    return None


def _figure(claim: dict[str, Any]) -> tuple[str, Any]:
    """``(unit, stated)`` of a claim, one way of writing each: a calendar year written as a
    number (``1997``, unit ``year``) is the date ``"1997"``; ``km2`` is ``km²``; numbers are
    floats rounded to nine significant figures."""
    unit, stated = str(claim.get("unit") or "").replace("km2", "km\u00b2").strip(), claim.get("stated")
    if unit == "year" and isinstance(stated, (int, float)) and float(stated).is_integer():
        return "date", str(int(stated))

    def one(x: Any) -> Any:
        return float(f"{float(x):.9g}") if isinstance(x, (int, float)) and not isinstance(x, bool) else str(x).strip()

    return unit, tuple(one(x) for x in stated) if isinstance(stated, list) else one(stated)


def _groups(spec: Any) -> set[str]:
    """The groups a ``compute`` counts members of (``NATO``, ``MINE_LINE_DECIDED``, ...)."""
    text = str(spec)
    return set(re.findall(r"'of': '([A-Z_]+)'", text)) | set(re.findall(r"MINE_LINE_DECIDED", text))


def _codes(claim_id: str) -> set[str]:
    """The countries a claim's id names (ISO alpha-3 codes, lower case in the id)."""
    from ..data.iso import country_names

    known = {c.lower() for c in country_names()}
    return {p for p in str(claim_id).split("-")[1:] if p in known}


def same_claim(mine: dict[str, Any], kind: str, drafted: dict[str, Any]) -> bool:
    """True when ``drafted`` is the claims file's claim ``mine`` (whose kind is ``kind``): its
    quote (each part around "...") in the drafted sentence, the same stated figure, unit and
    kind, the same countries when both ids name some, and, when both count members of groups,
    the same group."""
    sentence = _norm(str(drafted.get("quote", "")))
    parts = [p.strip(" .,") for p in (_norm(x) for x in re.split(r"\.\.\.|\u2026", str(mine["quote"]))) if len(p) > 3]
    if not parts or not all(p in sentence for p in parts):
        return False
    if _figure(mine) != _figure(drafted):
        return False
    if kind != drafted.get("kind", kind):
        return False
    places = _codes(str(mine.get("id", ""))), _codes(str(drafted.get("id", "")))
    if all(places) and not (places[0] & places[1]):
        return False
    a, b = _groups(mine.get("compute")), _groups(drafted.get("compute"))
    return not (a and b) or bool(a & b)


def _words(sentence: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", sentence.lower()) if len(w) > 3}


def _unsaid(drafted: str, note: str) -> str:
    """The sentences of the ``drafted`` note that the claims file's ``note`` does not say again:
    a drafted sentence goes when half its words (of four letters or more) are in one sentence
    of the note, or when both read the words ("Read as ...")."""
    said = [s for s in re.split(r"(?<=\.)\s+", note) if s]
    keep = []
    for s in (x for x in re.split(r"(?<=\.)\s+", drafted.strip()) if x):
        w = _words(s)
        if any(s.startswith("Read as") and b.startswith("Read as") for b in said):
            continue
        if w and any(len(w & _words(b)) >= 0.5 * min(len(w), len(_words(b)) or 1) for b in said):
            continue
        keep.append(s)
    return " ".join(keep)


def with_bundled(
    source: str, headline: str, text: str, claims: list[dict[str, Any]]
) -> tuple[list[str], list[dict[str, Any]]]:
    """``(sources lines, claims)`` for the drafted ``claims`` of the article: the bundled claims
    file's ``sources`` (its line for the article re-keyed to ``source``) and each drafted claim
    that is one of that file's claims with that claim's ``note`` after the drafted sentences it does not say again
    (and its ``context``, when the drafted claim has none and it names no other claim);
    ``([], claims)`` when no bundled file cites the article."""
    from .kinds import default_kind

    found = bundled_source(headline, text)
    if found is None:
        return [], claims
    key, lines, mine = found
    by_id = {str(c["id"]): c for _p, _l, cs in _bundled() for c in cs}
    kinds = [(c, str(c.get("kind") or default_kind(c, by_id))) for c in mine]
    out = []
    for d in claims:
        same = next((c for c, k in kinds if same_claim(c, k, d)), None)
        if same is None:
            out.append(d)
            continue
        d = dict(d)
        note = str(same.get("note", "")).strip()
        if note:
            d["note"] = " ".join(x for x in (_unsaid(str(d.get("note", "")), note), note) if x)
        # the figures set beside it, with their sources, unless they name the file's other claims
        if same.get("context") and not d.get("context") and "claim:" not in str(same["context"]):
            d["context"] = same["context"]
        out.append(d)
    sources = [
        f"{source}: {line.partition(': ')[2]}" if line.partition(": ")[0].strip() == key else line for line in lines
    ]
    return sources, out


def check_draft(draft: Any, text: str, where: str) -> dict[str, Any]:
    """The ``minebelt.factcheck/2`` document of the claims drafted from ``text`` (``draft``, a
    :class:`.extract.Draft`), with what a bundled claims file says of the same article
    (:func:`with_bundled`). The drafted claims file is written to a private temporary folder
    and read back by the same loader as any claims file; an input error names ``where``
    instead of that file."""
    from ..errors import InputError
    from .check import check_file
    from .extract.toml_out import claims_toml

    sources, claims = with_bundled(draft.source, draft.headline, text, list(draft.claims))
    body = (
        claims_toml(claims, title=f"Claims drafted from {draft.source}", sources=sources, skipped=draft.skipped)
        if sources
        else draft.to_toml()
    )
    with tempfile.TemporaryDirectory(prefix="minebelt-article-") as d:
        path = Path(d) / "claims.toml"
        path.write_text(body, encoding="utf-8")
        try:
            doc = check_file(path)
        except InputError as e:
            raise InputError(str(e).replace(str(path), where)) from None
    doc["file"] = draft.source
    return doc
