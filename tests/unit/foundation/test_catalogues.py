"""The gettext catalogues: complete, placeholders kept, plural forms right, .mo equal to .po.

Every message the code and the templates mark (extracted now, with the repository's
``babel.cfg``) is in every language's ``.po``, translated, not fuzzy; Babel's checkers find
no lost or added ``%(name)s`` placeholder and the right number of plural forms; the committed
``.mo`` (what the program reads) holds exactly the ``.po``'s translations. After changing a
message: ``python scripts/i18n.py all``, then translate what it left empty.
"""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po

from minebelt import i18n
from minebelt.data.claim_notes import CONTEXT as NOTE
from minebelt.data.claim_notes import bundled_notes

ROOT = Path(__file__).resolve().parents[3]
OTHERS = [lang for lang in i18n.LANGS if lang != "en"]
# Terms of the Ottawa Convention, IMAS and Landmine Monitor every glossary must carry.
KEY_TERMS = {
    "anti-personnel mine",
    "Ottawa Convention",
    "States Parties",
    "mined area",
    "stockpile destruction",
    "clearance",
    "demining",
    "mine action",
    "land release",
    "non-technical survey",
    "technical survey",
    "confirmed hazardous area",
    "suspected hazardous area",
    "deminer",
}
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2), "N_": None}


def po(lang: str):
    with open(i18n.LOCALE_DIR / lang / "LC_MESSAGES" / "minebelt.po", "rb") as f:
        return read_po(f, locale=lang)


def _key(mid, ctx):
    mid = mid if isinstance(mid, str) else mid[0]
    return (ctx or "", mid)


@pytest.fixture(scope="module")
def extracted() -> set[tuple[str, str]]:
    with open(ROOT / "babel.cfg", encoding="utf-8") as f:
        method_map, options_map = parse_mapping_cfg(f)
    keywords = {"_": None, "gettext": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2), "N_": None}
    found = extract_from_dir(str(ROOT / "src" / "minebelt"), method_map, options_map, keywords=keywords)
    return {_key(m, ctx) for _file, _line, m, _comments, ctx in found}


def test_the_code_marks_messages(extracted) -> None:
    assert len(extracted) > 100 and ("", "By section") in extracted and ("range", "to") in extracted


def test_every_bundled_claims_note_is_a_message(extracted) -> None:
    # the bundled claims files' notes (and their unverifiable reasons, readings, context labels)
    # are minebelt's own words: extracted (babel.cfg), all 99
    notes = {mid for ctx, mid in extracted if ctx == NOTE}
    assert notes == set(bundled_notes()) and len(notes) == 99


@pytest.mark.parametrize("lang", OTHERS)
def test_catalogue_is_complete(lang: str, extracted) -> None:
    cat = po(lang)
    have = {_key(m.id, m.context): m for m in cat if m.id}
    missing = sorted(k for k in extracted if k not in have)
    assert not missing, f"{lang}: not in the catalogue (python scripts/i18n.py all): {missing[:5]}"
    empty = [
        k
        for k, m in have.items()
        if k in extracted and (m.fuzzy or not all(m.string if isinstance(m.string, tuple) else (m.string,)))
    ]
    assert not empty, f"{lang}: untranslated or fuzzy: {empty[:5]}"


@pytest.mark.parametrize("lang", OTHERS)
def test_placeholders_and_plural_forms(lang: str) -> None:
    cat = po(lang)
    assert cat.num_plurals == get_plural(lang).num_plurals
    # a claims file's note is shown as written, never %-formatted: its "1.3 % under" is no placeholder
    problems = [(m.id, [str(e) for e in errs]) for m, errs in cat.check() if errs and m.context != NOTE]
    assert not problems, f"{lang}: {problems[:3]}"
    # the same placeholders by name, in every plural form too (Babel checks the first form)
    for m in cat:
        if not m.id:
            continue
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        want = set(re.findall(r"%\((\w+)\)s", ids[-1]))
        for s in m.string if isinstance(m.string, tuple) else (m.string,):
            assert set(re.findall(r"%\((\w+)\)s", s)) == want, (lang, m.id, s)
            assert s.count("%%") == ids[-1].count("%%"), (lang, m.id, s)


@pytest.mark.parametrize("lang", OTHERS)
def test_mo_holds_the_po(lang: str) -> None:
    path = i18n.LOCALE_DIR / lang / "LC_MESSAGES" / "minebelt.mo"
    with open(path, "rb") as f:
        mo = gettext.GNUTranslations(f)
    table = mo._catalog  # type: ignore[attr-defined]
    for m in po(lang):
        if not m.id:
            continue
        ctx = f"{m.context}\x04" if m.context else ""
        if isinstance(m.id, tuple):
            for i, s in enumerate(m.string):
                assert table[(ctx + m.id[0], i)] == s, (lang, m.id)
        else:
            assert table[ctx + m.id] == m.string, (
                f"{lang}: {m.id!r}: .mo differs from .po (python scripts/i18n.py compile)"
            )


def test_a_message_without_translation_reads_in_english() -> None:
    with i18n.language("pl"):
        assert i18n.gettext("a sentence no catalogue has") == "a sentence no catalogue has"
        assert i18n.gettext("By section") == "Według odcinków"


@pytest.mark.parametrize("lang", OTHERS)
def test_glossary(lang: str) -> None:
    """Each language's glossary: English term, translation, source; its anti-personnel mine is
    the term the catalogue uses."""
    rows = [
        line.split("\t") for line in (i18n.LOCALE_DIR / lang / "glossary.tsv").read_text(encoding="utf-8").splitlines()
    ]
    assert rows[0] == ["english", "translation", "source"]
    assert all(len(r) == 3 and all(x.strip() for x in r) for r in rows[1:])
    term = next(r[1] for r in rows if r[0] == "anti-personnel mine")
    stem = max(term.split(), key=len)[:9].lower()
    with i18n.language(lang):
        assert stem in i18n.gettext("all mine types, mostly anti-personnel").lower()
    # The field's key terms are all there, each either read at a dated source or marked
    # "not verified" (with what was searched): a reviewer sees at once which to trust.
    sources = {r[0].split(" (")[0]: r[2] for r in rows[1:]}
    assert not KEY_TERMS - sources.keys(), KEY_TERMS - sources.keys()
    for key in KEY_TERMS:
        assert re.search(r"read \d{4}-\d{2}-\d{2}|not verified", sources[key]), (key, sources[key])
