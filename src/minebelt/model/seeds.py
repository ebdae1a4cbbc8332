"""The two seed articles, as citations (``seed 001``, ``seed 000``).

Layer: pure (sourced constants). "Seed 001" is the article "Deterring Russia: how many anti-personnel mines
needed, what Korea's experience teaches" (global.espreso.tv, 2025-07-07), kept in
``shared/seeds/001_ad7c79f027faf34c.txt``; "seed 000" is the toutiao.com report of
2025-10-07 ("Russian forces are coming? Five NATO countries urgently withdraw…").
"""

from __future__ import annotations

from .sourcing import Citation

# --------------------------------------------------------------------------------------
# The seed articles
# --------------------------------------------------------------------------------------

SEED_001 = Citation(
    key="seed-001",
    title="Deterring Russia: how many anti-personnel mines needed, what Korea\u2019s experience teaches",
    publisher="global.espreso.tv",
    date="2025-07-07",
    url="https://www.uanews.net/en/post/109746-deterring-russia-how-many-anti-personnel-mines-needed-what-koreas-experience-teaches",
    locator="the global.espreso.tv article's own address not recorded (read as UA News relays it); section \u201cSecurity belt: mines in Korea\u2019s Demilitarized Zone and on NATO\u2019s eastern flank\u201d",
)

SEED_000 = Citation(
    key="seed-000",
    title="Russian forces are coming? Five NATO countries urgently withdraw, building the first line of defense",
    publisher="toutiao.com",
    date="2025-10-07",
    url="https://www.toutiao.com/article/1845315676788736/",
)


def seed_001(quote: str, locator: str = "") -> Citation:
    """Seed 001 narrowed to one sentence."""
    return Citation(
        key=SEED_001.key,
        title=SEED_001.title,
        publisher=SEED_001.publisher,
        date=SEED_001.date,
        url=SEED_001.url,
        locator=locator or SEED_001.locator,
        quote=quote,
    )
