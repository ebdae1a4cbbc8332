"""A forecast's "what it implies" sentence and a claim not checked with the claims file's reason,
read in all seven languages as the terminal, the report page and the web page give them: each
figure where the language's grammar puts it (never a label, then its figure, then a stranded
unit), and the reason that goes on after the checker's "outside the scope" in the same sentence
(never cut onto a line of its own)."""

from __future__ import annotations

from pathlib import Path

import pytest

from minebelt import i18n
from minebelt.outputs import local_plans as LP
from minebelt.outputs.cited import pieces
from minebelt.outputs.report import claim_cells
from minebelt.web.reader_text import claims_text

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"

#: The production forecast "achievable within a few years" (s1-reduced-few-years): what it implies.
IMPLIES = {
    "en": "What it implies: 16 years to make them at Belma's stated 2026 capacity alone, if all of it were "
    "anti-personnel; 3.84 million mines a year to make them in 5 years; 9.6 million mines a year to make them "
    "in 2 years.",
    "uk": "Що з цього випливає: 16 років на їх виготовлення лише за заявленою потужністю Belma на 2026 рік, "
    "якби вся вона йшла на протипіхотні міни; 3,84 млн мін на рік, щоб виготовити їх за 5 років; 9,6 млн мін "
    "на рік, щоб виготовити їх за 2 роки.",
    "pl": "Co z tego wynika: 16 lat na ich wyprodukowanie przy samej deklarowanej zdolności produkcyjnej Belmy "
    "na 2026 r., gdyby w całości szła na miny przeciwpiechotne; 3,84 mln min rocznie, by wyprodukować je w ciągu 5 lat; 9,6 mln "
    "min rocznie, by wyprodukować je w ciągu 2 lat.",
    "fi": "Mitä siitä seuraa: 16 vuotta niiden valmistamiseen pelkällä Belman ilmoittamalla vuoden 2026 "
    "kapasiteetilla, jos se kaikki olisi jalkaväkimiinoja; 3,84 milj. miinaa vuodessa, jotta ne valmistuisivat "
    "5 vuodessa; 9,6 milj. miinaa vuodessa, jotta ne valmistuisivat 2 vuodessa.",
    "et": "Mida see tähendab: 16 aastat nende valmistamiseks ainult Belma väljakuulutatud 2026. aasta "
    "võimsusega, kui see kõik läheks jalaväemiinidele; 3,84 mln miini aastas, et need 5 aastaga valmistada; "
    "9,6 mln miini aastas, et need 2 aastaga valmistada.",
    "lv": "Ko tas nozīmē: 16 gadu to izgatavošanai tikai ar Belma paziņoto 2026. gada jaudu, ja visa tā tiktu "
    "izmantota kājnieku mīnām; 3,84 milj. mīnu gadā, lai tās izgatavotu 5 gados; 9,6 milj. mīnu gadā, lai tās "
    "izgatavotu 2 gados.",
    "lt": "Ką tai reiškia: 16 metų joms pagaminti vien su „Belmos“ nurodytu 2026 m. pajėgumu, jei visas jis būtų "
    "skirtas priešpėstinėms minoms; 3,84 mln. minų per metus, kad jos būtų pagamintos per 5 metus; 9,6 mln. "
    "minų per metus, kad jos būtų pagamintos per 2 metus.",
}

#: The ADAM claim (s1-adam-type): the checker's "outside the scope" and the file's reason, one sentence.
NOT_CHECKED = {
    "en": "Not checked: munition types are outside minebelt's strategic scope; the type supplied (ADAM M692/M731) "
    "is not confirmed in the sources found either (officials spoke of 'nonpersistent' anti-personnel mines).",
    "uk": "Не перевірено: типи боєприпасів виходять за стратегічні межі minebelt; постачений тип (ADAM M692/M731) "
    "у знайдених джерелах також не підтверджено (посадовці говорили про «nonpersistent» протипіхотні міни).",
    "pl": "Nie sprawdzono: typy amunicji wykraczają poza strategiczny zakres minebelt; dostarczony typ (ADAM "
    "M692/M731) również nie jest potwierdzony w znalezionych źródłach (urzędnicy mówili o „nonpersistent” "
    "minach przeciwpiechotnych).",
    "fi": "Ei tarkistettu: ampumatarvikkeiden tyypit ovat minebeltin strategisen alueen ulkopuolella; "
    "toimitettua tyyppiä (ADAM M692/M731) eivät löydetyt lähteet myöskään vahvista (virkamiehet puhuivat "
    "”nonpersistent”-jalkaväkimiinoista).",
    "et": "Kontrollimata: laskemoona tüübid jäävad väljapoole minebelti strateegilist ulatust; tarnitud tüüpi "
    "(ADAM M692/M731) leitud allikad samuti ei kinnita (ametnikud rääkisid „nonpersistent“ jalaväemiinidest).",
    "lv": "Nav pārbaudīts: munīcijas tipi ir ārpus minebelt stratēģiskā tvēruma; piegādātais tips (ADAM "
    "M692/M731) atrastajos avotos arī nav apstiprināts (amatpersonas runāja par „nonpersistent” kājnieku mīnām).",
    "lt": "Netikrinta: šaudmenų tipai nepatenka į strateginę minebelt apimtį; pateiktas tipas (ADAM M692/M731) "
    "rastuose šaltiniuose taip pat nepatvirtintas (pareigūnai kalbėjo apie „nonpersistent“ priešpėstines minas).",
}


@pytest.fixture(scope="module")
def doc():
    from minebelt.factcheck import check_file

    return check_file(EXAMPLES / "seed-claims.toml")


def _row(doc, cid: str) -> dict:
    return next(c for c in doc["claims"] if c["id"] == cid)


def _flat(text: str) -> str:
    """``text`` as a reader sees it: no-break spaces as spaces, quoted pieces without their marks."""
    return "".join(t for t, _q in pieces(text)).replace("\u00a0", " ").replace("\u202f", " ")


def _quoted(text: str, lang: str) -> str:
    """The report page quotes the file's English words in ``<q>`` (its marks from the page's CSS)."""
    for q in ("«nonpersistent»", "„nonpersistent”", "„nonpersistent“", "”nonpersistent”"):
        text = text.replace(q, "nonpersistent")
    return text


@pytest.mark.parametrize("lang", list(IMPLIES))
def test_what_a_production_forecast_implies_reads_as_one_sentence(doc, lang: str) -> None:
    c = _row(doc, "s1-reduced-few-years")
    if lang == "en":  # the checker's own English, as every output prints it
        assert IMPLIES["en"] in c["explanation"]
        return
    web = claims_text(doc, lang)["claims"][c["id"]]["lead"]
    with i18n.language(lang):
        terminal = " ".join(LP.explanation_parts(c)[0])
        report = claim_cells.why(c)[0]
    for said in (terminal, report, web):
        assert IMPLIES[lang] in _flat(said), (lang, said)


@pytest.mark.parametrize("lang", list(IMPLIES))
def test_nothing_set_beside_a_forecast_is_said_with_one_colon(doc, lang: str) -> None:
    """ "Nothing to set beside it: a conditional forecast ...": one colon, never two in a row."""
    c = _row(doc, "s1-reduced-few-years")
    with i18n.language(lang):
        said = _flat(claim_cells.why(c)[0]) if lang != "en" else c["explanation"]
        opening = i18n.gettext("Nothing to set beside it: %(reason)s").partition("%")[0]
    sentence = said[said.index(opening) :].partition(". ")[0]
    assert sentence.count(":") == 1 and len(sentence) > len(opening) + 40, (lang, sentence)


@pytest.mark.parametrize("lang", list(NOT_CHECKED))
def test_a_claim_not_checked_keeps_the_files_reason_in_its_sentence(doc, lang: str) -> None:
    c = _row(doc, "s1-adam-type")
    if lang == "en":
        assert c["explanation"] == NOT_CHECKED["en"]
        return
    web = claims_text(doc, lang)["claims"][c["id"]]
    assert web["lead"].replace("\u00a0", " ") == NOT_CHECKED[lang] and not web["own_note"] and not web["note"]
    with i18n.language(lang):
        generated, note, _closing = LP.explanation_parts(c)
        lead, report_note = claim_cells.why(c)
    assert [_flat(x) for x in generated] == [NOT_CHECKED[lang]] and not note
    # the report page: one sentence, the file's English word quoted as written (lang="en")
    assert _flat(lead) == _quoted(NOT_CHECKED[lang], lang) and not report_note
    assert ("nonpersistent", True) in pieces(lead)


@pytest.mark.parametrize("lang", [x for x in IMPLIES if x != "en"])
def test_a_label_with_its_figure_inside_keeps_the_place_of_the_figure(lang: str) -> None:
    from minebelt.data.claim_notes import CONTEXT, bundled_notes

    labels = [n for n in bundled_notes() if "{value}" in n]
    assert len(labels) == 5, labels
    with i18n.language(lang):
        for label in labels:
            local = i18n.pgettext(CONTEXT, label)
            assert local != label and local.count("{value}") == 1, (lang, label, local)
