"""Claims drafted from an article: ``minebelt extract ARTICLE.txt --out claims.toml``.

Layer: outputs (fact-check). Modules: :mod:`.text` (sentences), :mod:`.quantities`
(quantulum3 and the domain's units), :mod:`.dates`, :mod:`.places` (countries named),
:mod:`.rules` (bundled sourced facts), :mod:`.arithmetic` (the article's own arithmetic),
:mod:`.readings` (a decision beside a count, forecasts in words),
:mod:`.draft` (claims in order, with kind and compute), :mod:`.toml_out` (the claims file).

    from minebelt import extract_claims
    draft = extract_claims(open("article.txt", encoding="utf-8").read(), source="my-article")
    draft.claims            # list of claim dicts (id, quote, stated, qualifier, unit, kind, compute, ...)
    draft.to_toml()         # the claims file text
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .draft import draft_with_skipped
from .toml_out import claims_toml


@dataclass
class Draft:
    """Claims drafted from one article (passive): ``claims`` in the article's order, each a
    dict with the keys of a claims file and ``_countries`` (ISO alpha-3 codes near the figure);
    ``skipped``, the figures found that are not claims, with the reason."""

    source: str
    claims: list[dict[str, Any]] = field(default_factory=list)
    #: Every figure found that is not a claim, ``{"figure", "quote", "reason"}``, in order.
    skipped: list[dict[str, str]] = field(default_factory=list)
    #: The article's headline (its first line) and its date (ISO 8601, from a dated line of its
    #: header), "" when it has none: what every drafted claim cites as its own source.
    headline: str = ""
    date: str = ""

    def source_line(self) -> str:
        """The claims file's ``sources`` line for the article: ``"name: name, “headline”, date"``
        (the parts it has), so that every drafted claim cites the article itself."""
        parts = [self.source] + ([f"\u201c{self.headline}\u201d"] if self.headline else []) + [self.date]
        return f"{self.source}: " + ", ".join(x for x in parts if x)

    def to_toml(self) -> str:
        """The claims file (TOML) a person reviews, then checks with ``minebelt factcheck``."""
        header = (
            f"Claims drafted by `minebelt extract` from {self.source}: every figure of the article with its\n"
            "sentence, qualifier, unit, kind and how minebelt recomputes it, or a `# skipped:` line\n"
            "saying why it is not a claim (calendar years are read as the dates of their figures).\n"
            "A draft: read each quote, correct what was misread, then run `minebelt factcheck` on this file."
        )
        return claims_toml(
            self.claims,
            title=f"Claims drafted from {self.source}",
            sources=[self.source_line()],
            header=header,
            skipped=self.skipped,
        )

    def to_dict(self) -> dict[str, Any]:
        """``{"source", "claims": [...], "skipped": [{"figure", "quote", "reason"}, ...]}`` with each
        claim's countries under ``countries``."""
        rows = [
            {**{k: v for k, v in c.items() if not k.startswith("_")}, "countries": list(c.get("_countries", []))}
            for c in self.claims
        ]
        return {"source": self.source, "claims": rows, "skipped": [dict(x) for x in self.skipped]}


def extract(text: str, source: str = "article") -> Draft:
    """Draft the claims of an article (plain text).

    Every quantity of the domain (km, miles, km², mines, mines per km² or per km, years,
    durations, money, shares, counts of countries) and every date a bundled fact speaks to
    becomes a claim with its sentence as ``quote``; ``compute`` is inferred where it can be
    (:mod:`.draft`), otherwise the claim is ``unverifiable`` with the reason. Every other
    figure found is in ``skipped`` with the reason. Raises
    :class:`~minebelt.errors.InputError` for more than ``settings.ARTICLE_CLAIMS_MAX`` claims.
    """
    claims, skipped = draft_with_skipped(text, source)
    headline, date = article_header(text)
    return Draft(source=source, claims=claims, skipped=skipped, headline=headline, date=date)


#: Lines of an article's head searched for its headline and date.
_HEAD_LINES = 20


def article_header(text: str) -> tuple[str, str]:
    """``(headline, date)`` of an article: its first line of more than three words, when short
    and without a closing full stop (curly quotes dropped) and the first date of its head that names a day of a year, an e-mail or
    feed date ("Mon, 07 Jul 2025 16:21:00 +0300", read by :func:`email.utils.parsedate_to_datetime`)
    or an ISO date ("2025-07-07"), as ISO 8601; "" for what the head does not give (a day
    without its year, "October 7th report", is no date)."""
    import re
    from email.utils import parsedate_to_datetime

    lines = [x.strip() for x in text.splitlines() if x.strip()][:_HEAD_LINES]
    # a headline is a short line without a closing full stop, not the first paragraph
    headline = next((x for x in lines if len(x.split()) > 3), "")
    headline = headline if len(headline.split()) <= 30 and not headline.endswith(".") else ""
    for line in lines:
        try:
            return headline.replace("\u201c", "").replace("\u201d", ""), parsedate_to_datetime(line).date().isoformat()
        except (TypeError, ValueError, IndexError):
            pass
        iso = re.search(r"\b(\d{4}-\d{2}-\d{2})\b", line)
        if iso:
            return headline.replace("\u201c", "").replace("\u201d", ""), iso.group(1)
    return headline.replace("\u201c", "").replace("\u201d", ""), ""


def read_article(path: str | Path) -> str:
    """An article file as text: UTF-8 (a byte-order mark is dropped), at most
    ``settings.ARTICLE_BYTES_MAX`` bytes; ``-`` reads standard input. Raises
    :class:`~minebelt.errors.InputError` naming the file for anything else."""
    import sys

    from ... import settings
    from ...errors import InputError

    if str(path) == "-":
        blob = sys.stdin.buffer.read(settings.ARTICLE_BYTES_MAX + 1)
        label = "standard input"
    else:
        from ...scenario.safe_files import read_bytes

        blob = read_bytes(Path(path), max_bytes=settings.ARTICLE_BYTES_MAX, what="plain-text article")
        label = str(path)
    if len(blob) > settings.ARTICLE_BYTES_MAX:
        raise InputError(
            f"{label}: more than {settings.ARTICLE_BYTES_MAX:,} bytes (ARTICLE_BYTES_MAX): give the article's text only"
        )
    try:
        text = blob.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{label}: not UTF-8 text (byte {e.start}); save the article as UTF-8 plain text") from None
    return article_text(text, label)


def article_text(text: str, label: str) -> str:
    """``text`` checked as an article (at most ``settings.ARTICLE_BYTES_MAX`` bytes in UTF-8, no
    NUL, not empty), a leading byte-order mark dropped; raises :class:`~minebelt.errors.InputError`
    naming ``label``."""
    from ... import settings
    from ...errors import InputError

    if len(text.encode("utf-8", "surrogatepass")) > settings.ARTICLE_BYTES_MAX:
        raise InputError(
            f"{label}: more than {settings.ARTICLE_BYTES_MAX:,} bytes (ARTICLE_BYTES_MAX): give the article's text only"
        )
    text = text.removeprefix("\ufeff")
    if "\x00" in text:
        raise InputError(f"{label}: not plain text (it holds NUL bytes): give the article as UTF-8 plain text")
    if not text.strip():
        raise InputError(f"{label}: empty: no text to read claims from")
    return text


#: The public name (``minebelt.extract_claims``).
extract_claims = extract

__all__ = ["Draft", "article_text", "extract", "extract_claims", "read_article"]
