"""A fact-check's own words in the reader's language, as a user runs it: every sentence minebelt
writes (a verdict's reason, a sourced yes or no, the ``Measured:``/``For context:`` figures, why a
bundled claim is unverifiable, the article drafter's notes) is translated; the "[in English]"
marker is left only for a user's own claims-file note.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_languages import EXAMPLES, run
from test_terminal_languages import _annotations

from minebelt import i18n

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "args",
    [
        ("factcheck", EXAMPLES / "seed-claims.toml", "--all"),
        ("factcheck", "--article", EXAMPLES / "article-belt.txt", "--all"),
    ],
    ids=["seed-claims", "article"],
)
@pytest.mark.parametrize("lang", i18n.LANGS[1:])
def test_no_own_words_marked_english(args: tuple[object, ...], lang: str) -> None:
    p = run(*args, "--lang", lang)
    assert p.returncode == 0, p.stderr
    assert _annotations(p.stdout, lang) == []


def test_a_users_note_stays_marked(tmp_path: Path) -> None:
    claims = tmp_path / "mine-claims.toml"
    claims.write_text(
        '[[claims]]\nid = "pol"\nquote = "Poland borders Belarus for about 400 km"\nstated = 400\n'
        'unit = "km"\ncompute = { expr = "b", refs = { b = "border:BLR-POL:length_km" } }\nnote = "My own reading, from my newsroom."\n'
        'context = { "Poland-Russia (Kaliningrad)" = "border:POL-RUS:length_km" }\n',
        encoding="utf-8",
    )
    p = run("factcheck", claims, "--all", "--lang", "et")
    assert p.returncode == 0, p.stderr
    assert _annotations(p.stdout, "et") == ["My own reading, from my newsroom."]
    flat = " ".join(p.stdout.split())
    # the checker's sentence and a bundled label in Estonian, the figure in et numbers
    assert "Mõõdetud: Poola–Venemaa (Kaliningrad) 199 km." in flat, flat


def test_own_sentences_dates_and_quotes() -> None:
    p = run("factcheck", EXAMPLES / "seed-claims.toml", "--all", "--lang", "lv")
    assert p.returncode == 0, p.stderr
    flat = " ".join(p.stdout.split())
    assert "apgalvots 2025. gada jūnijs;" in flat  # a stated month in its long form, not quoted ISO
    assert "\u201c2025-06\u201d" not in flat and "Pēc avota: " in flat
    # minebelt's reading is its own words, unquoted; Latvian quotes „…”
    assert "(mazāk nekā puse Igaunijas robežas ar Krieviju iet pa upi vai ezeru; minebelt" in flat
    assert "\u201eboth Estonia and Latvia lack natural barriers\u201d" in flat
