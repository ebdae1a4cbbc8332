"""What the web API refuses that JSON Schema cannot say: rules across fields and about meaning.

Layer: interfaces.

Every bound on one value -- a number's range, a text's length, a list's size, a code from a
fixed list, the kind of a claim's ``compute`` -- is stated in the OpenAPI schema (pydantic
``Field`` constraints and ``json_schema_extra``), so a client generating requests from the
schema meets no surprise there. The rules below relate values to each other or to the bundled
data, or need a parser (an interval ``"a to b"``, an arithmetic expression); JSON Schema cannot
express them. The server checks each with a 422 whose one-line ``detail`` names the field and
contains the rule's ``marker``; the OpenAPI document lists them under ``x-minebelt-rules``, and
``tests/e2e/test_hostile_web.py`` holds schemathesis to them: a schema-valid request may be
refused only by one of these rules.
"""

from __future__ import annotations

#: ``(id, what is checked, marker in the 422 detail)``.
RULES: tuple[tuple[str, str, str], ...] = (
    ("bbox-order", "outlines bbox: min_lon < max_lon and min_lat < max_lat", "min_lon < max_lon"),
    ("iso-code", "a country code is an ISO 3166-1 alpha-3 code that exists", "unknown ISO 3166-1 alpha-3 code"),
    ("codes-once", "each country of a joint field is listed once", "listed more than once"),
    ("codes-distinct", "a section's defender is not also its neighbour", "cannot be both defender and neighbour"),
    ("one-country", "a production record names one country", "one country per entry"),
    ("shared-border", "a section's country and border share a land border in the bundled data", "share no land border"),
    (
        "text-characters",
        "names, text and keys hold no control or format characters (Unicode Cc, Cf, Cs, and unassigned)",
        "control character",
    ),
    ("key-characters", "table keys are printable text", "printable characters"),
    ("either-or", "fields that exclude each other are not given together", "not both"),
    ("one-of", "exactly one of a set of alternative fields is given", "give one of"),
    (
        "inherited",
        "a section has a depth and a density, from itself or from defaults",
        "not set here nor in [defaults]",
    ),
    ("with-line", "side and length_km go with line as documented; border is needed without a line", "with 'line'"),
    ("border-or-line", "a section names its border unless a line is given", "unless a 'line' is given"),
    ("stretch", "from_km < to_km, within the measured length of the border", "to_km"),
    ("blocks-by-country", "capacities given by country cover every defending country", "no capacity for"),
    ("shares", "land_release shares sum to 1", "must sum to 1"),
    ("required-with", "a field another one needs is given (working_days_per_year with resources)", "required with"),
    ("quantity-text", "a quantity's text is a named model or an interval 'a to b' (parsed by the server)", "interval"),
    ("quantity-range", "an uncertain quantity's 0.1-99.9 % range lies within the field's bounds", "0.1-99.9 % range"),
    (
        "positive-min",
        "a quantity that must be > 0 is at least POSITIVE_MIN (1e-6), an uncertain one at its 0.1 % quantile",
        "(POSITIVE_MIN)",
    ),
    ("distribution-args", "a distribution's arguments are ordered (uniform a < b, normal sd > 0, ...)", "] needs"),
    ("density-model", "a density given as text names a model or an interval", "unknown density model"),
    ("parameters", "{param = name} names an entry of parameters", "param"),
    ("line-geometry", "a drawn line has a length, its parts join, it does not cross itself", ": line:"),
    ("mask-geometry", "a mask is a valid polygon that overlaps the front", ": mask:"),
    (
        "geometry-budget",
        "the measured sections' geometric work fits the budget (GEOMETRY_WORK_MAX, API_GEOMETRY_BUFFERS_MAX)",
        "GEOMETRY",
    ),
    ("samples-budget", "samples x sections fits API_SAMPLE_SECTIONS_MAX", "API_SAMPLE_SECTIONS_MAX"),
    (
        "claim-expr",
        "a claim's expr is arithmetic over its refs (parsed, never evaluated) and evaluates to a finite number",
        ": expr",
    ),
    ("claim-refs", "a claim's refs name known constants, borders, claims or scenario figures", "refs"),
    ("claim-figure", "a scenario figure's field is a number of that estimate", "field"),
    (
        "claim-lookup",
        "a scenario figure's scenario_name, section and field name what that file and estimate hold",
        "(it has:",
    ),
    ("claim-stated", "a claim's stated value is of the kind its compute gives (a number, a range, a date)", "stated"),
    (
        "claim-context",
        "a claim's context figures are refs or computations of one number, checked as its compute is",
        ": context.",
    ),
    (
        "claim-samples",
        "samples and seed go only in a claim's own scenario compute, where the figure carries its 90 % interval (not in an expr's refs, a range or a context)",
        "is honoured only in a claim's own compute",
    ),
    ("whole-numbers", "counts (samples, seeds) are whole numbers: 1.0 is refused", "must be a whole number"),
    ("claim-ids", "claim ids are unique; a claim does not refer to itself", "duplicate id"),
    (
        "workforce-preset",
        "a clearance workforce given by name is a preset (minebelt.model.clearance_workforce)",
        "unknown workforce preset",
    ),
    ("atlas-sort", "an atlas's sort key is one of its columns", "unknown sort key"),
    ("atlas-country", "an atlas's countries have a land border in the bundled data", "has no land border"),
    ("atlas-countries", "an atlas's country list names at least one code", "give one or more ISO 3166-1 alpha-3 codes"),
    ("article-text", "an article's text holds at least one word to read claims from", "no text to read claims from"),
    (
        "article-plain-text",
        "an article is UTF-8 plain text (no NUL byte) of at most ARTICLE_BYTES_MAX bytes",
        "plain text",
    ),
    ("article-size", "an article is at most ARTICLE_BYTES_MAX bytes", "ARTICLE_BYTES_MAX"),
    ("article-figures", "an article's text holds at least one figure to draft a claim from", "no figure found"),
)


def openapi_rules() -> list[dict[str, str]]:
    """The rules as the OpenAPI extension ``x-minebelt-rules`` lists them."""
    return [{"id": i, "rule": what, "detail_contains": marker} for i, what, marker in RULES]


__all__ = ["RULES", "openapi_rules"]
