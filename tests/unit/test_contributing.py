"""CONTRIBUTING.md's recipes run as written, and CHANGELOG.md lists every schema in the code.

Each recipe's code and files are read from CONTRIBUTING.md (the fenced block after a
``<!-- recipe: NAME -->`` marker) and run here against the real package: a recipe that no longer
matches the code fails its test. What a recipe adds is installed with ``monkeypatch`` only, so
nothing leaks into the other tests.
"""

from __future__ import annotations

import doctest
import re
from pathlib import Path
from typing import Any

import pytest

from minebelt import estimate, load_scenario

ROOT = Path(__file__).resolve().parents[2]
CONTRIBUTING = ROOT / "CONTRIBUTING.md"


def recipe(name: str) -> str:
    """The fenced block that follows ``<!-- recipe: NAME -->`` in CONTRIBUTING.md, dedented."""
    text = CONTRIBUTING.read_text(encoding="utf-8")
    m = re.search(rf"^( *)<!-- recipe: {re.escape(name)} -->\n\1```[a-z]*\n(.*?)\n\1```", text, re.S | re.M)
    assert m, f"CONTRIBUTING.md has no block marked <!-- recipe: {name} -->"
    indent = m[1]
    return "\n".join(line[len(indent) :] if line.startswith(indent) else line for line in m[2].split("\n")) + "\n"


def run_into(module: Any, code: str, table: str) -> dict[str, Any]:
    """Run ``code`` in ``module``'s namespace, with ``table`` (a dict the code adds to) swapped for
    an empty one: returns what the code added, and leaves the module as it was."""
    ns = dict(vars(module))
    ns[table] = {}
    exec(compile(code, f"CONTRIBUTING.md ({module.__name__})", "exec"), ns)
    return ns[table]


# ----------------------------------------------------------------------------- (a) density model


def test_recipe_density_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli):
    from minebelt.model import densities
    from minebelt.model.facts import FACTS

    added = run_into(densities, recipe("density-model"), "DENSITY_MODELS")
    assert list(added) == ["dmz-average-kmcri"]
    model = added["dmz-average-kmcri"]
    assert model.name == "dmz-average-kmcri" and model.kind == "areal" and model.unit == "mines/km\u00b2"
    # every figure it is made of is sourced, with the citations carried
    assert model.value == pytest.approx(1_270_000 / 112.58)
    assert model.citation == FACTS["DMZ_MINES_SOUTH"].citation and model.citation.url
    assert model.extra_citations == (FACTS["DMZ_MINED_AREA_KMCRI_KM2"].citation,)
    monkeypatch.setitem(densities.DENSITY_MODELS, model.name, model)

    # a scenario names it: mines = length x depth x value
    path = tmp_path / "kmcri.toml"
    path.write_text(recipe("density-model-scenario"), encoding="utf-8")
    doc = estimate(load_scenario(path)).document
    assert doc["totals"]["mines"] == pytest.approx(248 * 0.46 * model.value)
    assert doc["totals"]["mines"] == pytest.approx(1.3e6, rel=0.05)  # "about 1.3 million" in the recipe

    # `minebelt models` lists it, and docs/sources.md would carry its row
    code, out, _ = run_cli("models", "--json")
    assert code == 0 and '"dmz-average-kmcri"' in out
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_docs", ROOT / "scripts" / "build_docs.py")
    assert spec is not None and spec.loader is not None
    build_docs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_docs)
    assert "| `dmz-average-kmcri` | 11,280.9 | mines/km\u00b2 | medium |" in build_docs.sources_md()

    # step 3: the test the recipe gives runs as written (its tmp_path, and the model installed)
    from minebelt import load_scenarios

    ns: dict[str, Any] = {"estimate": estimate, "load_scenarios": load_scenarios, "pytest": pytest}
    exec(compile(recipe("density-model-test"), "CONTRIBUTING.md (test_seed_model)", "exec"), ns)
    tests = [f for name, f in ns.items() if name.startswith("test_")]
    assert len(tests) == 1
    (tmp_path / "t").mkdir()
    tests[0](tmp_path / "t")


# ----------------------------------------------------------------------------- (b) clearance programme


def test_recipe_clearance_programme(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from minebelt.model import clearance_workforce as cw

    added = run_into(cw, recipe("clearance-programme"), "WORKFORCE_PRESETS")
    assert list(added) == ["falklands"]
    # the worked example is the entry as it is in the table, so the recipe shows real code
    assert added["falklands"] == cw.WORKFORCE_PRESETS["falklands"]
    monkeypatch.setitem(cw.WORKFORCE_PRESETS, "falklands", added["falklands"])

    path = tmp_path / "falklands.toml"
    path.write_text(recipe("clearance-scenario"), encoding="utf-8")
    k = estimate(load_scenario(path)).document["clearance"]
    assert k["workforce"]["preset"] == "falklands" and k["workforce"]["deminers"] == "100"
    assert k["calendar_years"] == pytest.approx(k["deminer_years"] / 100)
    assert "with a force of 100 deminers" in k["headline"] and "Falkland Islands clearance" in k["headline"]


#: Where the workforce presets are listed by hand (help texts, descriptions, user docs): a new
#: preset must be added to each (recipe (b)); docs/cli.md is generated from the help.
WORKFORCE_LISTS = (
    "src/minebelt/scenario/schema_blocks.py",
    "src/minebelt/cli/atlas.py",
    "docs/model.md",
    "docs/user-guide.md",
)


def test_every_workforce_preset_is_sourced_listed_and_named_by_its_headline(tmp_path: Path):
    from minebelt.model.clearance_workforce import WORKFORCE_PRESETS

    for rel in WORKFORCE_LISTS:
        text = (ROOT / rel).read_text(encoding="utf-8")
        missing = [k for k in WORKFORCE_PRESETS if f"{k}" not in text]
        assert not missing, f"{rel} does not name the workforce preset(s) {missing} (CONTRIBUTING.md, recipe (b))"
    scenario = recipe("clearance-scenario")
    for key, p in WORKFORCE_PRESETS.items():
        assert p.key == key and p.citation.url and p.citation.date and p.year and p.deminers > 0, key
        path = tmp_path / f"{key}.toml"
        path.write_text(scenario.replace('workforce = "falklands"', f'workforce = "{key}"'), encoding="utf-8")
        k = estimate(load_scenario(path)).document["clearance"]
        assert k["workforce"]["preset"] == key and k["calendar_years"] == pytest.approx(k["deminer_years"] / p.deminers)
        assert f"the workforce of {p.programme} ({p.year})" in k["headline"], k["headline"]


# ----------------------------------------------------------------------------- (c) compute kind


def test_recipe_compute_kind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from minebelt.factcheck import checker
    from minebelt.factcheck.check import check_file

    ns = dict(vars(checker))
    exec(compile(recipe("compute-kind"), "CONTRIBUTING.md (checker)", "exec"), ns)
    months_between = ns["months_between"]
    # step 2 of the recipe: the kind's keys, and its branch before the scenario one
    monkeypatch.setitem(checker._COMPUTE_KEYS, "months_between", {"months_between"})
    compute = checker.Checker.compute

    def with_months(self: checker.Checker, spec: Any, where: str) -> Any:
        if isinstance(spec, dict) and "months_between" in spec:
            return months_between(spec, where)
        return compute(self, spec, where)

    monkeypatch.setattr(checker.Checker, "compute", with_months)

    path = tmp_path / "claims.toml"
    path.write_text(recipe("compute-kind-claims"), encoding="utf-8")
    # step 4: the method's words, as a branch of methods.method_text
    from minebelt.factcheck import methods

    body = "\n".join("    " + line for line in recipe("compute-kind-method").splitlines())
    ns_method: dict[str, Any] = {}
    exec(compile(f"def branch(spec):\n{body}\n    return None\n", "CONTRIBUTING.md (check)", "exec"), ns_method)
    method_text = methods.method_text
    monkeypatch.setattr(methods, "method_text", lambda spec: ns_method["branch"](spec) or method_text(spec))

    row = check_file(path)["claims"][0]
    assert row["id"] == "fin-withdrawal-six-months"
    assert row["computed"] == pytest.approx(6.0) and row["verdict"] == "holds", row
    assert row["method"] == "months from WITHDRAWAL_DEPOSIT_FIN to WITHDRAWAL_EFFECT_FIN"
    assert row["kind"] == "fact"  # step 5: sourced dates only, so kinds.default_kind says fact

    # step 4: the web API's schema of the kind names every key it allows, and the dates it takes
    from minebelt.model.facts import DATES

    entry = eval(f"{{{recipe('compute-kind-schema').strip().rstrip(',')}}}", {"DATES": DATES})
    assert set(entry) == {"months_between"} and set(entry["months_between"]) == {"months_between"}
    assert {"WITHDRAWAL_DEPOSIT_FIN", "WITHDRAWAL_EFFECT_FIN"} <= set(
        entry["months_between"]["months_between"]["items"]["enum"]
    )

    # a malformed spec is one line naming the key
    from minebelt.errors import InputError

    with pytest.raises(
        InputError, match=r"claims x: months_between: must name two dates \(known: .*WITHDRAWAL_EFFECT_FIN"
    ):
        months_between({"months_between": ["WITHDRAWAL_DEPOSIT_FIN"]}, "claims x")


# ----------------------------------------------------------------------------- (d) language


def test_recipe_language_formats():
    pytest.importorskip("babel", reason="Babel formats numbers and dates for the reader's locale")
    test = doctest.DocTestParser().get_doctest(
        recipe("language-formats"), {}, "CONTRIBUTING.md (language)", str(CONTRIBUTING), 0
    )
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.failures == 0 and runner.tries >= 3


def test_recipe_language_every_table_names_every_language():
    """Step 1 of recipe (d): each table a language is added to, in Python and JavaScript, names
    exactly :data:`minebelt.i18n.LANGS` (the Python ones are also compared with Babel in
    tests/unit/foundation/test_numbers_locale.py)."""
    from minebelt import i18n, numbers

    langs = set(i18n.LANGS)
    assert set(i18n.NAMES) == langs
    for table in ("SYMBOLS", "SCALE_WORDS", "PERCENT_SPACE"):
        assert set(getattr(numbers, table)) == langs, f"minebelt.numbers.{table}"
    js = ROOT / "src" / "minebelt" / "web" / "static" / "js"
    i18n_js = (js / "i18n.js").read_text(encoding="utf-8")
    m = re.search(r"^export const LANGS = \[(.*?)\];", i18n_js, re.M)
    assert m and set(re.findall(r'"([a-z]{2,3})"', m[1])) == langs, "LANGS in web/static/js/i18n.js"
    m = re.search(r"^const PLURAL = \{\n(.*?)\n\};", i18n_js, re.M | re.S)
    assert m and set(re.findall(r"^  ([a-z]{2,3}):", m[1], re.M)) == langs, "PLURAL in web/static/js/i18n.js"
    format_js = (js / "format.js").read_text(encoding="utf-8")
    for table in ("SCALE_WORDS", "SYMBOLS", "PERCENT_SPACE"):
        m = re.search(rf"^const {table} = \{{(.*?)\}};", format_js, re.M | re.S)
        assert m and set(re.findall(r"(?:^|[{,\s])([a-z]{2,3}):", m[1], re.M)) == langs, (
            f"{table} in web/static/js/format.js"
        )
    # the codes written out by hand: the page's shared link (l=pl), the --lang help (docs/cli.md
    # is generated from it) and the web API's description of ?lang=
    share_js = (js / "share.js").read_text(encoding="utf-8")
    m = re.search(r'key === "l" && /\^\(([a-z|]+)\)\$/', share_js)
    assert m and set(m[1].split("|")) == langs, "the l= pattern in web/static/js/share.js"

    def listed(rel: str) -> set[str]:
        m = re.search(r"\b((?:[a-z]{2,3}, )+[a-z]{2,3} or [a-z]{2,3})\b", (ROOT / rel).read_text(encoding="utf-8"))
        assert m, rel
        return set(re.findall(r"[a-z]{2,3}", m[1].replace(" or ", ", "))) - {"or"}

    for rel in ("src/minebelt/cli/app.py", "src/minebelt/web/routers/i18n.py"):
        assert listed(rel) == langs, f"the language codes listed in {rel}"
    # the PDF's font test needs each language's letters beyond ASCII (English has none)
    languages_test = (ROOT / "tests" / "e2e" / "test_languages.py").read_text(encoding="utf-8")
    m = re.search(r"^ALPHABETS = \{\n(.*?)\n\}", languages_test, re.M | re.S)
    assert m and set(re.findall(r'^    "([a-z]{2,3})":', m[1], re.M)) == langs - {"en"}, (
        "ALPHABETS in tests/e2e/test_languages.py"
    )
    for lang in langs - {"en"}:
        assert (i18n.LOCALE_DIR / lang / "glossary.tsv").is_file(), f"src/minebelt/locale/{lang}/glossary.tsv"


# ----------------------------------------------------------------------------- changelog


def test_changelog_lists_every_schema_and_has_an_unreleased_section():
    """Every ``"schema": "minebelt.X/N"`` the code writes is in CHANGELOG.md's table, at its version."""
    in_code = set()
    for path in (ROOT / "src" / "minebelt").rglob("*.py"):
        in_code |= set(re.findall(r"[\"'](minebelt\.[a-z-]+/\d+)[\"']", path.read_text(encoding="utf-8")))
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `(minebelt\.[a-z-]+/\d+)` \|", changelog, re.M))
    assert "minebelt.estimate/1" in in_code
    assert in_code == listed, (
        f"in the code, not in CHANGELOG.md: {sorted(in_code - listed)}; listed, not in the code: {sorted(listed - in_code)}"
    )
    assert "\n## [Unreleased]\n" in changelog
