"""``POST /api/extract``: an article's text -> its claims drafted and checked (``minebelt.article-check/1``).

Layer: interfaces. The body is ``{"text": "...", "source": "..."}`` (UTF-8 text of at most
``ARTICLE_BYTES_MAX`` bytes). The claims are drafted as ``minebelt extract`` drafts them
(:func:`minebelt.factcheck.extract.extract`) and checked as ``minebelt factcheck --article``
checks them: the drafted claims file is read back by the same loader as any claims file. The
answer::

    {"schema": "minebelt.article-check/1", "source": "...",
     "draft": {"source", "claims": [...], "skipped": [...]},   # as minebelt extract --json
     "claims_toml": "...",                        # the claims file to review and keep
     "factcheck": {minebelt.factcheck/2}}
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field

from ... import i18n, settings
from ...errors import InputError
from .._common import dumps, json_response
from .errors_doc import ERR

router = APIRouter(tags=["factcheck"])
SCHEMA = "minebelt.article-check/1"


class ArticleIn(BaseModel):
    """An article as plain text."""

    model_config = ConfigDict(extra="forbid", title="Article")
    text: str = Field(
        ...,
        description=f"The article's text (UTF-8), at most {settings.ARTICLE_BYTES_MAX:,} bytes (ARTICLE_BYTES_MAX).",
    )
    source: str | None = Field(
        None, max_length=settings.NAME_CHARS_MAX, description="Where it was published (default 'pasted article')."
    )


def check_article(text: str, source: str) -> dict[str, Any]:
    """Draft the claims of ``text`` and check them: the ``minebelt.article-check/1`` document."""
    from ...factcheck.article import check_draft
    from ...factcheck.extract import article_text, extract

    text = article_text(text, "request: text")
    draft = extract(text, source=source)
    if not draft.claims:
        raise InputError(
            "request: text: no figure found to draft a claim from (a number with its unit, a date or a count)"
        )
    doc = check_draft(draft, text, "request (drafted claims)")
    return {
        "schema": SCHEMA,
        "source": source,
        "draft": draft.to_dict(),
        "claims_toml": draft.to_toml(),
        "factcheck": doc,
    }


@router.post(
    "/api/extract",
    summary="Draft the claims of an article and check them (minebelt.article-check/1)",
    responses={**ERR, 413: {"description": "Request body too large"}},
)
def extract(
    article: ArticleIn,
    lang: str | None = Query(
        None,
        pattern="^(" + "|".join(i18n.LANGS) + ")$",
        max_length=2,
        description="Add `text`: each claim's verdict, stated and computed line and lead sentence in this language "
        "(en, uk, pl, fi, et, lv or lt); the document itself stays English.",
    ),
) -> Response:
    source = " ".join((article.source or "pasted article").split()) or "pasted article"
    doc = check_article(article.text, source)
    if lang is not None:
        from ..reader_text import claims_text

        doc["text"] = claims_text(doc["factcheck"], lang)
    return json_response(dumps(doc))
