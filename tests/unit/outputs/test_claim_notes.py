"""A bundled claims file's note is minebelt's own reason: a catalogue message, shown translated
without the "[in English]" marker in the terminal, the report and the web page; a user's own
note stays as written, marked English. Only a whole known note is translated."""

from __future__ import annotations

import io

import pytest

from minebelt import i18n
from minebelt.data.claim_notes import CONTEXT, bundled_notes, extract
from minebelt.outputs import claim_notes as CN

NOTE = "The Convention was adopted in September and signed in December 1997, but entered into force on 1 March 1999 (Art. 17)."
USER = "My own reading of the treaty, from the files of my newsroom."
TRANSLATED = {
    "pl": "Konwencję przyjęto we wrześniu i podpisano w grudniu 1997 r., ale weszła w życie 1 marca 1999 (art. 17).",
    "uk": "Конвенцію ухвалено у вересні та підписано в грудні 1997 р., але чинності вона набула 1 березня 1999 р. (ст. 17).",
}


def _row(note: str) -> dict:
    """A date claim's verdict row (``minebelt.factcheck/2``) whose explanation ends with ``note``."""
    return {
        "id": "s0-treaty-in-force-1997",
        "source": "seed-000",
        "quote": "Since the treaty came into effect in 1997",
        "kind": "fact",
        "stated": 1997,
        "computed": 1999,
        "unit": "year",
        "verdict": "does-not-hold",
        "stated_text": "1997",
        "computed_text": "1999",
        "explanation": f"Sourced date 1999-03-01, not 1997 as stated (2 years later). {note}",
    }


def test_the_bundled_notes_and_their_extraction() -> None:
    notes = bundled_notes()
    # the notes, and the other words of the bundled files minebelt writes: why a claim is
    # unverifiable, what a reading is of, the context labels (a scope or a drafter's reading is worded by pattern)
    assert len(notes) == 99 and notes[NOTE] == "s0-treaty-in-force-1997"
    # a label that places its figure inside its words is a message too, "{value}" kept for the figure
    assert notes["{value} a year to make them in 5 years"] == "s1-reduced-few-years"
    assert notes["No bundled public source counts the confirmed minefields."] == "s1-dmz-500-minefields"
    assert "under half of Estonia's border with Russia on a river or a lake" in notes
    assert "Estonia's withdrawal in effect by then" not in notes
    assert not any(n.startswith("munition ") for n in notes)
    toml = b'[[claims]]\nid = "a"\nquote = "q"\nnote = "First."\n\n[[claims]]\nid = "b"\nnote = "Second."\n'
    found = list(extract(io.BytesIO(toml), None, None, None))
    assert [(line, fn, msg) for line, fn, msg, _c in found] == [
        (4, "pgettext", (CONTEXT, "First.")),
        (8, "pgettext", (CONTEXT, "Second.")),
    ]
    assert found[1][3][0].startswith("TRANSLATORS:") and " b:" in found[1][3][0]
    toml = b'[[claims]]\nid = "c"\nreading = { as = "my reading" }\ncompute = { unverifiable = "munition types are out; not sourced" }\n'
    assert [msg[1] for _l, _f, msg, _c in extract(io.BytesIO(toml), None, None, None)] == ["not sourced.", "my reading"]


@pytest.mark.parametrize("lang", ["pl", "uk"])
def test_pieces(lang: str) -> None:
    with i18n.language(lang):
        assert CN.pieces(NOTE) == [(TRANSLATED[lang], True)]
        # the checker's English around the note stays as written; only the note is translated
        assert CN.pieces(f"Measured: 199 km. {NOTE} More words.") == [
            ("Measured: 199 km.", False),
            (TRANSLATED[lang], True),
            ("More words.", False),
        ]
        assert CN.pieces(USER) == [(USER, False)]
        assert CN.pieces(NOTE[:-1]) == [(NOTE[:-1], False)]  # never part of a note
        assert CN.pieces("") == []
    with i18n.language("en"):
        assert CN.pieces(NOTE) == [(NOTE, False)]


def _terminal(row: dict, lang: str) -> str:
    from rich.console import Console

    from minebelt.outputs.terminal.tables import _claim

    out = io.StringIO()
    console = Console(file=out, width=80, highlight=False, markup=False)
    with i18n.language(lang):
        _claim(row, console)
    return " ".join(out.getvalue().split())


@pytest.mark.parametrize("lang", ["pl", "uk"])
def test_terminal(lang: str) -> None:
    with i18n.language(lang):
        marker = i18n.gettext("[in English] %(note)s") % {"note": ""}
    shown = _terminal(_row(NOTE), lang)
    assert TRANSLATED[lang] in shown and marker.strip() not in shown and NOTE not in shown
    assert f"{marker}{USER}" in _terminal(_row(USER), lang)


@pytest.mark.parametrize("lang", ["pl", "uk"])
def test_report(lang: str) -> None:
    from minebelt.outputs.report.html import render_block

    doc = {"claims": [_row(NOTE), {**_row(USER), "id": "mine"}], "summary": {}}
    with i18n.language(lang):
        marker = i18n.gettext("[in English] %(note)s") % {"note": ""}
        page = render_block("_factcheck.html.j2", claims=doc, verdict_colours={}, lang=lang)
    assert f'<span class="note">{TRANSLATED[lang]}</span>' in page
    assert f'<span class="note">{marker}<span lang="en" class="as-written" data-cite>{USER}</span></span>' in page
    assert NOTE not in page


@pytest.mark.parametrize("lang", ["pl", "uk"])
def test_web(lang: str) -> None:
    from minebelt.web.reader_text import claims_text

    doc = {"claims": [_row(NOTE), {**_row(USER), "id": "mine"}]}
    text = claims_text(doc, lang)["claims"]
    assert (text["s0-treaty-in-force-1997"]["own_note"], text["s0-treaty-in-force-1997"]["note"]) == (
        TRANSLATED[lang],
        "",
    )
    assert (text["mine"]["own_note"], text["mine"]["note"]) == ("", USER)


def test_a_citation_in_english_is_marked_for_another_language() -> None:
    from minebelt.outputs.report.claim_cells import as_written, quote_css

    with i18n.language("pl"):
        assert as_written("Landmine Monitor <2025>") == (
            '<span lang="en" class="as-written" data-cite>Landmine Monitor &lt;2025&gt;</span>'
        )
        assert ".as-written::before{content:'EN'" in quote_css()
    with i18n.language("en"):
        assert as_written("Landmine Monitor") == "Landmine Monitor" and quote_css() == ""


def test_a_linked_citation_keeps_its_link_when_marked() -> None:
    from minebelt.outputs.report.html import environment

    f = environment().filters
    with i18n.language("uk"):
        shown = f["as_written"](f["linkify"]("ICBL, https://example.org/a"))
    assert shown == (
        '<span lang="en" class="as-written" data-cite>ICBL, <a href="https://example.org/a" '
        'rel="noopener noreferrer" target="_blank">https://example.org/a</a></span>'
    )
