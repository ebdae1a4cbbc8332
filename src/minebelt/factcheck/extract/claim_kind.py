"""The kind of a drafted claim (``fact``, ``model``, ``plan``), read from the words of its
sentence with short cue lists.

Layer: outputs (fact-check: claim extraction).

The rule (docs/claims.md, "Claim kinds"), applied in this order once out-of-scope figures are
set apart:

1. **plan** only when an actor states its own budget, order, target, stock goal or schedule:
   :data:`OWN_PLAN` ("the government will allocate", "we plan to", "aims for", "a budget of");
   a conditional sentence (:data:`CONDITIONAL`: "if", "would") is not a plan.
2. **model** for a figure of the article's own arithmetic (found by :mod:`.arithmetic`);
   **fact** for a figure recomputed from a bundled sourced fact or a measured border.
3. **fact** for a past event or state (:data:`PAST`: "destroyed", "was", "has cleared"), even
   with "by 2016": a past tense is a record, not a forecast.
4. **model** for an estimate or forecast attributed to someone else (:data:`ATTRIBUTED`:
   "according to X", "X estimates", "analysts say"), with ``by`` the one named
   (:func:`attributed_to`).
5. **model** for the author's own estimate or supposition (:data:`AUTHOR_ESTIMATE`: "would
   take", "would require", "if"), ``by = "the article's own estimate"`` (none for an input the
   article's model assumes, a ``selection``).
6. **plan** for any other figure said of the future (:data:`minebelt.factcheck.kinds.FORECAST_WORDS`:
   "will", "by 2030", "within a few years").
7. **fact** otherwise.

These are cue lists, not a parser: a sentence that mixes tenses or actors may be misread, and
the draft is for a person to review.
"""

from __future__ import annotations

import re

from ..kinds import CONDITIONAL, OWN_PLAN, states_a_plan

#: The author's own estimate or supposition ("would take 40 years", "would require 6 to 12
#: million mines", "if 600 km were mined").
AUTHOR_ESTIMATE = CONDITIONAL
#: An estimate or forecast attributed to someone other than the actor.
ATTRIBUTED = re.compile(
    r"\baccording\s+to\b|\b(?:estimates?|estimated|forecasts?|projects|projected|calculates?|calculated|reckons?|predicts?|says|said|say|believes?)\b",
    re.I,
)
#: A past event or state (a record): the sentence's verb is in the past or the present perfect.
PAST = re.compile(
    r"\b(?:was|were|had|did|has\s+been|have\s+been|(?:has|have|had)\s+\w+ed|destroyed|cleared|removed|laid|recorded|built|found|spent|"
    r"killed|injured|maimed|completed|finished|declared|reported|delivered|bought|purchased|received|lost|signed|ratified|withdrew|"
    r"released|surveyed|demined|exported|imported|produced|used)\b",
    re.I,
)
#: Whom an estimate is attributed to: "according to the HALO Trust", "analysts estimate",
#: "the ministry estimated".
_WHO = (
    re.compile(
        r"\baccording\s+to\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|the\s+|for\s+|and\s+)?[A-Z][\w'’.-]*)*|(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)"
    ),
    re.compile(
        r"\b((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*|(?:some\s+|the\s+|many\s+)?(?:analysts|experts|officials|researchers|economists|observers|critics|deminers))\s+(?:estimates?|estimated|forecasts?|projects|projected|calculates?|calculated|reckons?|predicts?|says|said|say|believes?)\b"
    ),
)
_ACTOR_FUTURE = re.compile(r"\b(?:will|shall|plans?|aims?|intends?)\b", re.I)


def attributed_to(sentence: str) -> str | None:
    """The one a sentence attributes an estimate to ("the HALO Trust", "analysts"), or None.
    A capitalised first word of the sentence ("Clearing", "Lithuania will need") is not read as
    the source unless the attribution verb follows it directly."""
    for pat in _WHO:
        for m in pat.finditer(sentence):
            who = m.group(1).strip().rstrip(".,;")
            if who and who.lower() not in ("it", "he", "she", "they", "this", "that"):
                return who
    return None


def claim_kind(sentence: str, computed_by: str, is_choice: bool, clause: str | None = None) -> tuple[str, str | None]:
    """``(kind, by)`` of a figure in ``sentence`` (rule in the module docstring).

    ``computed_by`` is how the extractor recomputes it (``"fact"``, ``"arithmetic"``,
    ``"none"``, ``"out-of-scope"``); ``is_choice`` marks an input the article's model assumes
    (a depth, a density). ``clause`` is the figure's own clause of the sentence (default: the
    whole sentence): its verb, not another clause's, says whether the figure is a plan or a
    record ("The border is 1,340 km long, and Finland will buy one million mines": the length
    is a fact). An attribution or a condition is read from the whole sentence ("According to
    X, ..."). ``by`` is whose model a ``model`` figure is, or None."""
    own = sentence if clause is None else clause
    if computed_by == "out-of-scope":
        return "out-of-scope", None
    if OWN_PLAN.search(own) and states_a_plan(own) and not AUTHOR_ESTIMATE.search(sentence):
        return "plan", None
    if computed_by == "arithmetic":
        return "model", "the article's own arithmetic"
    if computed_by != "none":
        return "fact", None  # a bundled sourced fact or a measured border: a fact, whoever reports it
    if PAST.search(own) and not _ACTOR_FUTURE.search(own) and not AUTHOR_ESTIMATE.search(sentence):
        return "fact", None
    if ATTRIBUTED.search(sentence) and (who := attributed_to(sentence)) is not None:
        return "model", who
    if AUTHOR_ESTIMATE.search(sentence):
        return "model", None if is_choice else "the article's own estimate"
    if states_a_plan(own) and not is_choice:
        return "plan", None
    return "fact", None


__all__ = ["ATTRIBUTED", "AUTHOR_ESTIMATE", "CONDITIONAL", "OWN_PLAN", "PAST", "attributed_to", "claim_kind"]
