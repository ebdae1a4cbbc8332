"""The sentences of the one-off input errors: the web API's limits, drawn lines and masks,
fact-check expressions, query options (appended to :data:`~minebelt.outputs.error_words.PATTERNS`).

Layer: outputs. Each pattern matches the English sentence as the input layer words it (the
field before it stays as written); its named groups fill the message's placeholders as
written: counts, limits and their setting names (``API_SECTIONS_MAX``), positions, values.
"""

from __future__ import annotations

import re

from ..i18n import N_

#: The number of a count or a limit as written (``262,144``).
_N = r"[\d,]+"
#: A position as minebelt writes it: ``(24.1, 50.2)``.
_AT = r"\([^()]*\)"

LIMITS: tuple[tuple[re.Pattern[str], str], ...] = (
    # the web API's limits
    (re.compile(rf"^(?P<n>{_N}) sections, more than the web API's limit of (?P<max>{_N}) \(API_SECTIONS_MAX\)$"),
     N_("%(n)s sections, more than the web API's limit of %(max)s (API_SECTIONS_MAX)")),
    (re.compile(rf"^(?P<n>{_N}) scenarios, more than the web API's (?P<max>{_N}) \(API_COMPARE_SCENARIOS_MAX\)$"),
     N_("%(n)s scenarios, more than the web API's %(max)s (API_COMPARE_SCENARIOS_MAX)")),
    (re.compile(rf"^more than the web API's (?P<max>{_N}) \(API_SAMPLES_MAX\)$"),
     N_("more than the web API's %(max)s (API_SAMPLES_MAX)")),
    (re.compile(rf"^with (?P<n>{_N}) sections that is (?P<total>{_N}) sample-sections, more than the web API's "
                rf"(?P<max>{_N}) \(API_SAMPLE_SECTIONS_MAX\); use at most (?P<use>{_N}) samples$"),
     N_("with %(n)s sections that is %(total)s sample-sections, more than the web API's %(max)s "
        "(API_SAMPLE_SECTIONS_MAX); use at most %(use)s samples")),
    (re.compile(rf"^the measured sections need (?P<n>{_N}) belt buffers, more than the web API's (?P<max>{_N}) "
                r"\(API_GEOMETRY_BUFFERS_MAX\): a measured section costs 1 at a fixed depth and one more per node depth "
                r"in the range of an uncertain depth \(a whole border: 1\); give fewer measured sections, a fixed "
                r"depth_km, or stated length_km$"),
     N_("the measured sections need %(n)s belt buffers, more than the web API's %(max)s (API_GEOMETRY_BUFFERS_MAX): "
        "a measured section costs 1 at a fixed depth and one more per node depth in the range of an uncertain depth "
        "(a whole border: 1); give fewer measured sections, a fixed depth_km, or stated length_km")),
    (re.compile(rf"^their measured sections need (?P<n>{_N}) belt buffers together, more than the web API's "
                rf"(?P<max>{_N}) \(API_GEOMETRY_BUFFERS_MAX\); compare fewer or smaller scenarios$"),
     N_("their measured sections need %(n)s belt buffers together, more than the web API's %(max)s "
        "(API_GEOMETRY_BUFFERS_MAX); compare fewer or smaller scenarios")),
    (re.compile(rf"^nested more than (?P<max>{_N}) levels deep \(API_JSON_DEPTH_MAX\)$"),
     N_("nested more than %(max)s levels deep (API_JSON_DEPTH_MAX)")),
    (re.compile(r"^nested too deeply to process$"), N_("nested too deeply to process")),
    (re.compile(rf"^more than (?P<n>{_N}) bytes \(ARTICLE_BYTES_MAX\): give the article's text only$"),
     N_("more than %(n)s bytes (ARTICLE_BYTES_MAX): give the article's text only")),
    (re.compile(r"^the web API does not read files; give the GeoJSON object inline$"),
     N_("the web API does not read files; give the GeoJSON object inline")),
    (re.compile(r"^must be a GeoJSON object, got (?P<kind>\w+)$"), N_("must be a GeoJSON object, got %(kind)s")),
    (re.compile(r"^the web API reads only the bundled examples \((?P<known>[^)]*)\)$"),
     N_("the web API reads only the bundled examples (%(known)s)")),
    (re.compile(r"^must be a non-empty array of sections$"), N_("must be a non-empty array of sections")),
    (re.compile(r"^not valid JSON$"), N_("not valid JSON")),
    (re.compile(r"^unknown key \(check the spelling\)$"), N_("unknown key (check the spelling)")),
    # the article check and the query options
    (re.compile(r"^empty: no text to read claims from$"), N_("empty: no text to read claims from")),
    (re.compile(r"^no figure found to draft a claim from \(a number with its unit, a date or a count\)$"),
     N_("no figure found to draft a claim from (a number with its unit, a date or a count)")),
    (re.compile(r"^must be four numbers (?P<example>'[^']*')$"), N_("must be four numbers %(example)s")),
    (re.compile(r"^need -180 <= min_lon < max_lon <= 180 and -90 <= min_lat < max_lat <= 90$"),
     N_("need -180 <= min_lon < max_lon <= 180 and -90 <= min_lat < max_lat <= 90")),
    (re.compile(r"^must be an ISO 3166-1 alpha-3 code like (?P<example>'[A-Z]{3}')$"),
     N_("must be an ISO 3166-1 alpha-3 code like %(example)s")),
    (re.compile(r"^unknown sort key(?P<meant> \(did you mean '[^']*'\?\))? \(allowed: (?P<allowed>[^)]*)\)$"),
     N_("unknown sort key%(meant)s (allowed: %(allowed)s)")),
    (re.compile(r"^has no land border in the bundled data$"), N_("has no land border in the bundled data")),
    # drawn lines and masks
    (re.compile(r"^required with 'line' \('left' or 'right' of the line's direction\)$"),
     N_("required with 'line' ('left' or 'right' of the line's direction)")),
    (re.compile(r"^has zero length \(all points equal\)$"), N_("has zero length (all points equal)")),
    (re.compile(r"^runs more than once around the globe \(a step of more than 180 degrees of longitude is taken "
                r"across the antimeridian\)$"),
     N_("runs more than once around the globe (a step of more than 180 degrees of longitude is taken across the "
        "antimeridian)")),
    (re.compile(r"^does not overlap the line; the mask must cover part of the front$"),
     N_("does not overlap the line; the mask must cover part of the front")),
    (re.compile(rf"^has zero length: all its positions are the same point (?P<at>{_AT}); a line needs two distinct points$"),
     N_("has zero length: all its positions are the same point %(at)s; a line needs two distinct points")),
    (re.compile(rf"^crosses or runs back over itself near (?P<at>{_AT}); a front must not \(its left and right sides "
                r"would swap\): remove the loop, or split the line into sections$"),
     N_("crosses or runs back over itself near %(at)s; a front must not (its left and right sides would swap): "
        "remove the loop, or split the line into sections")),
    (re.compile(r"^is empty; a line needs at least 2 positions$"), N_("is empty; a line needs at least 2 positions")),
    (re.compile(rf"^has 1 position (?P<at>{_AT}); a line needs at least 2$"),
     N_("has 1 position %(at)s; a line needs at least 2")),
    (re.compile(rf"^parts (?P<k>\d+) and (?P<next>\d+) do not join \(part \d+ ends at (?P<a>{_AT}), part \d+ starts at "
                rf"(?P<b>{_AT})\); a MultiLineString line must be one line cut into parts that meet end to start, as "
                r"RFC (?P<rfc>7946) \(3\.1\.9\) cuts a line at the antimeridian; give separate lines as separate sections$"),
     N_("parts %(k)s and %(next)s do not join (part %(k)s ends at %(a)s, part %(next)s starts at %(b)s); a "
        "MultiLineString line must be one line cut into parts that meet end to start, as RFC %(rfc)s (3.1.9) cuts a "
        "line at the antimeridian; give separate lines as separate sections")),
    (re.compile(r"^has (?P<n>\d+) positions; a ring needs at least 4 \(3 corners and the first repeated at the end\)$"),
     N_("has %(n)s positions; a ring needs at least 4 (3 corners and the first repeated at the end)")),
    (re.compile(rf"^is not closed: it starts at (?P<a>{_AT}) and ends at (?P<b>{_AT}) \(RFC (?P<rfc>7946) 3\.1\.6: the last "
                r"position repeats the first\)$"),
     N_("is not closed: it starts at %(a)s and ends at %(b)s (RFC %(rfc)s 3.1.6: the last position repeats the first)")),
    (re.compile(r"^has no area: its positions lie on one line \(or repeat one point\)$"),
     N_("has no area: its positions lie on one line (or repeat one point)")),
    # fact-check expressions and claims
    (re.compile(r"^expr (?P<expr>'.*') is not valid arithmetic$"), N_("expr %(expr)s is not valid arithmetic")),
    (re.compile(r"^expr (?P<expr>'.*') divides by zero$"), N_("expr %(expr)s divides by zero")),
    (re.compile(r"^expr (?P<expr>'.*') overflows$"), N_("expr %(expr)s overflows")),
    (re.compile(r"^expr (?P<expr>'.*') is nested too deeply$"), N_("expr %(expr)s is nested too deeply")),
    (re.compile(rf"^(?P<n>{_N}) characters, more than (?P<max>{_N}) \(EXPR_CHARS_MAX\)$"),
     N_("%(n)s characters, more than %(max)s (EXPR_CHARS_MAX)")),
    (re.compile(r"^duplicate id (?P<id>'.*')$"), N_("duplicate id %(id)s")),
)  # fmt: skip

__all__ = ["LIMITS"]
