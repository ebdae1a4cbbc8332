"""The layers of the package, enforced: imports only go down, no cycles, no oversized module.

Every module under ``src/minebelt`` is parsed with :mod:`ast`; every import counts — at the top
of a module, inside a function (a lazy import) and under ``if TYPE_CHECKING:``. Layers, bottom
to top (``docs/architecture.md`` draws them):

==============  ===========================================================================
foundation      ``minebelt._version``, ``minebelt.settings``, ``minebelt.errors``, ``minebelt.cancel``, ``minebelt.numbers``, ``minebelt.numbers_dates``, ``minebelt.i18n``
data            ``minebelt.data`` (bundled files and their readers)
pure            ``minebelt.model``, ``minebelt.uncertainty``
inputs          ``minebelt.scenario``
measure         ``minebelt.geo``
pipeline        ``minebelt.pipeline``
outputs         ``minebelt.outputs``, ``minebelt.factcheck``
interfaces      ``minebelt.cli``, ``minebelt.web``
api             ``minebelt`` (the package's ``__init__``: the public names, imported lazily)
==============  ===========================================================================

A module may import modules of its own package and of lower layers; of another package of its
own layer only where :data:`SIBLINGS` allows it (the ``serve`` command runs the web app). The
foundation modules may import one another. Nothing imports the ``minebelt`` facade.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"
PACKAGE = SRC / "minebelt"

#: Bottom to top: layer name and the packages (or foundation modules) in it.
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    (
        "foundation",
        (
            "minebelt._version",
            "minebelt.settings",
            "minebelt.errors",
            "minebelt.cancel",
            "minebelt.numbers",
            "minebelt.numbers_dates",
            "minebelt.i18n",
        ),
    ),
    ("data", ("minebelt.data",)),
    ("pure", ("minebelt.model", "minebelt.uncertainty")),
    ("inputs", ("minebelt.scenario",)),
    ("measure", ("minebelt.geo",)),
    ("pipeline", ("minebelt.pipeline",)),
    ("outputs", ("minebelt.outputs", "minebelt.factcheck")),
    ("interfaces", ("minebelt.cli", "minebelt.web")),
    ("api", ("minebelt",)),
]
#: Imports between two packages of one layer that are allowed: (importer, imported).
SIBLINGS = {("minebelt.cli", "minebelt.web")}
#: Most lines a Python module under src/minebelt may have (every line of the file counts:
#: code, docstrings, comments, blank lines). Jinja2 templates, CSS, JavaScript and the other
#: files of ``web/static`` and ``outputs/report/templates`` are not Python modules and do not count.
MAX_LINES = 400


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports(name: str, path: Path, known: set[str]) -> list[tuple[str, int]]:
    """Every minebelt module ``name`` imports (any depth of the file), with the line."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: list[tuple[str, int]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [(a.name, node.lineno) for a in node.names if a.name.split(".")[0] == "minebelt"]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != "minebelt":
                continue
            for alias in node.names:  # "from pkg import module" imports the module itself
                sub = f"{target}.{alias.name}"
                out.append((sub if sub in known else target, node.lineno))
    return out


def layer_of(name: str) -> tuple[int, str]:
    """(layer index, package) of a module: the longest package prefix that names it."""
    best: tuple[int, str] | None = None
    for i, (_, packages) in enumerate(LAYERS):
        for pkg in packages:
            if (name == pkg or name.startswith(pkg + ".")) and (best is None or len(pkg) > len(best[1])):
                best = (i, pkg)
    assert best is not None, f"{name}: not in any layer; add it to LAYERS"
    return best


def graph() -> dict[str, list[tuple[str, int]]]:
    mods = modules()
    known = set(mods)
    return {name: imports(name, path, known) for name, path in mods.items()}


def test_every_module_is_in_a_layer() -> None:
    for name in modules():
        layer_of(name)


def test_imports_only_go_down() -> None:
    foundation = set(LAYERS[0][1])
    wrong = []
    for name, deps in graph().items():
        li, pkg = layer_of(name)
        for dep, line in deps:
            lj, dep_pkg = layer_of(dep)
            ok = (
                lj < li or dep_pkg == pkg or (pkg, dep_pkg) in SIBLINGS or (pkg in foundation and dep_pkg in foundation)
            )
            if not ok:
                wrong.append(f"{name}:{line} imports {dep} ({LAYERS[li][0]} -> {LAYERS[lj][0]})")
    assert not wrong, "imports that do not go down the layers:\n" + "\n".join(wrong)


def test_no_import_cycles() -> None:
    g = {name: sorted({d for d, _ in deps if d != name}) for name, deps in graph().items()}
    # Tarjan's strongly connected components, iteratively
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    cycles: list[list[str]] = []
    counter = 0
    for root in g:
        if root in index:
            continue
        work = [(root, iter(g.get(root, [])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            v, it = work[-1]
            w = next(it, None)
            if w is not None:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(g.get(w, []))))
                elif w in on_stack:
                    low[v] = min(low[v], index[w])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    x = stack.pop()
                    on_stack.discard(x)
                    comp.append(x)
                    if x == v:
                        break
                if len(comp) > 1:
                    cycles.append(sorted(comp))
    assert not cycles, "import cycles (lazy and TYPE_CHECKING imports included):\n" + "\n".join(
        " <-> ".join(c) for c in cycles
    )


def test_the_checks_see_lazy_and_type_checking_imports() -> None:
    """The parser finds an import inside a function and one under ``if TYPE_CHECKING``."""
    g = dict(graph())
    assert "minebelt.geo.sections" in {d for d, _ in g["minebelt.pipeline.estimate"]}  # top level
    assert "minebelt.pipeline.estimate" in {d for d, _ in g["minebelt.cli.estimate"]}  # inside the command
    assert "minebelt.scenario.schema" in {d for d, _ in g["minebelt.scenario.resolve"]}  # under TYPE_CHECKING


def test_a_wrong_import_would_be_caught() -> None:
    """The rule itself: a measure module importing the pipeline is upward."""
    assert layer_of("minebelt.pipeline.estimate")[0] > layer_of("minebelt.geo.sections")[0]
    assert layer_of("minebelt.outputs.report.html")[0] == layer_of("minebelt.factcheck.check")[0]
    assert ("minebelt.outputs", "minebelt.factcheck") not in SIBLINGS


def test_no_module_over_the_line_limit() -> None:
    long = {
        name: n
        for name, path in modules().items()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, f"modules over {MAX_LINES} lines (split them by responsibility): {long}"


def test_every_module_says_its_layer() -> None:
    missing = []
    for name, path in modules().items():
        doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
        layer = LAYERS[layer_of(name)[0]][0]
        if f"layer: {layer}" not in doc.lower() and f"{layer} layer" not in doc.lower():
            missing.append(f"{name} ({layer})")
    assert not missing, "module docstrings that do not name their layer:\n" + "\n".join(missing)
