"""The sentences of the production, cost and clearance blocks' input errors
(:mod:`minebelt.scenario.schema_blocks`), of a country field's unknown name
(:mod:`minebelt.scenario.fields`) and of a fact-check ``members`` count
(:mod:`minebelt.factcheck.checker`); appended to :data:`~minebelt.outputs.error_words.PATTERNS`.

Layer: outputs. Each pattern matches the English sentence as the input layer words it (the
field before it stays as written); its named groups fill the message's placeholders as
written: the value given, the keys and presets allowed, the fields given together.
"""

from __future__ import annotations

import re

from ..i18n import N_

#: What :func:`minebelt.scenario.fields._check_codes` says of a part it cannot read.
_NOT_A_COUNTRY = (
    "an ISO 3166-1 alpha-3 code such as POL, or a country name; minebelt borders lists those with land borders"
)

BLOCKS: tuple[tuple[re.Pattern[str], str], ...] = (
    # a country field (sections, blocks) given a name minebelt does not know
    (re.compile(r"^unknown country (?P<value>'.*') \(did you mean (?P<hint>.*)\?\)$"),
     N_("unknown country %(value)s (did you mean %(hint)s?)")),
    (re.compile(r"^unknown country (?P<value>'.*') \(" + re.escape(_NOT_A_COUNTRY) + r"\)$"),
     N_("unknown country %(value)s (an ISO 3166-1 alpha-3 code such as POL, or a country name; minebelt borders "
        "lists those with land borders)")),
    (re.compile(r"^unknown ISO 3166-1 alpha-3 code (?P<value>'.*') \(" + re.escape(_NOT_A_COUNTRY) + r"\)$"),
     N_("unknown ISO 3166-1 alpha-3 code %(value)s (an ISO 3166-1 alpha-3 code such as POL, or a country name; "
        "minebelt borders lists those with land borders)")),
    # a fact-check claim counting the members of a group
    (re.compile(r"^(?P<value>'.*') is not an ISO 3166-1 alpha-3 code \(did you mean (?P<hint>.*)\?\)$"),
     N_("%(value)s is not an ISO 3166-1 alpha-3 code (did you mean %(hint)s?)")),
    (re.compile(r"^(?P<value>'.*') is not an ISO 3166-1 alpha-3 code$"), N_("%(value)s is not an ISO 3166-1 alpha-3 code")),
    (re.compile(r"^must be a list of ISO alpha-3 codes like (?P<example>\[.*\])$"),
     N_("must be a list of ISO alpha-3 codes like %(example)s")),
    (re.compile(r"^unknown group(?P<meant> \(did you mean '[^']*'\?\))? \(known: (?P<known>[^)]*)\)$"),
     N_("unknown group%(meant)s (known: %(known)s)")),
    # [production]
    (re.compile(r"^one country per entry$"), N_("one country per entry")),
    (re.compile(r"^name at least two countries \(ISO3\) that pool their production$"),
     N_("name at least two countries (ISO3) that pool their production")),
    (re.compile(r"^list single countries, e\.g\. (?P<example>\[.*\])$"), N_("list single countries, e.g. %(example)s")),
    # [cost]
    (re.compile(r"^(?P<value>'.*') must be an ISO 4217 code such as 'USD' or 'EUR'$"),
     N_("%(value)s must be an ISO 4217 code such as 'USD' or 'EUR'")),
    # [clearance]
    (re.compile(r"^(?P<value>'.*'): allowed (?P<allowed>.*) or a table of shares$"),
     N_("%(value)s: allowed %(allowed)s or a table of shares")),
    (re.compile(r"^a table needs exactly cancelled_nts, reduced_ts and cleared \(shares summing to 1\)$"),
     N_("a table needs exactly cancelled_nts, reduced_ts and cleared (shares summing to 1)")),
    (re.compile(r"^shares must sum to 1, got (?P<value>\S+)$"), N_("shares must sum to 1, got %(value)s")),
    (re.compile(r"^must be > 0 \(a laid belt is not released by survey alone\)$"),
     N_("must be > 0 (a laid belt is not released by survey alone)")),
    (re.compile(r"^give one of capacity_km2_per_year, capacity_km2_per_year_by_country, capacity_mines_per_year or a "
                r"workforce, not (?P<given>.*)$"),
     N_("give one of capacity_km2_per_year, capacity_km2_per_year_by_country, capacity_mines_per_year or a "
        "workforce, not %(given)s together")),
    (re.compile(r"^give deminers or a workforce preset, not both$"), N_("give deminers or a workforce preset, not both")),
    (re.compile(r"^(?P<value>'[^']*'): allowed (?P<allowed>[^()]*)$"), N_("%(value)s: allowed %(allowed)s")),
    (re.compile(r"^required with per-day productivities, machines or dog_teams \(no public source gives a default\)$"),
     N_("required with per-day productivities, machines or dog_teams (no public source gives a default)")),
    (re.compile(r"^required with machines \(no public source gives a default\)$"),
     N_("required with machines (no public source gives a default)")),
)  # fmt: skip


def reword_given(kw: dict[str, str]) -> None:
    """The fields given together (``a and b``) as a list: the names as written, no English
    word between them."""
    if "given" in kw:
        kw["given"] = kw["given"].replace(" and ", ", ")


__all__ = ["BLOCKS", "reword_given"]
