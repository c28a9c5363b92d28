"""Generate docs/architecture.md from the source: layers, modules and the import graph.

Nothing here names a module of ours: the packages, their modules, what each is for (the
first line of its docstring), its size and who imports whom are all read from
``src/incident_tracker`` with :mod:`ast`, so the page follows the code as modules are split
or moved. Run ``cog -r docs/architecture.md`` after changing the code;
tests/test_docs.py fails while the page is stale, and tests/test_architecture.py fails
when the layering rules below are broken.

The rules: the library never imports the CLI package, ``models`` (the record's
vocabulary, dates, tolls) imports nothing of ours, so everything else can build on it, and
a lower floor of the library never reaches up into one above it (:data:`FLOORS_ABOVE`: the
store never imports the report layer, not even inside a function).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "incident_tracker"

#: The unit holding the command line; everything else but the entry points is the library.
CLI = "cli"
#: Units that start the CLI (``python -m``) or name the package: they may import it.
ENTRY_POINTS = ("__init__", "__main__")
#: The unit that must import nothing of ours but leaves: units that import nothing of ours
#: themselves (the error family), so that everything else can build on it.
FOUNDATION = "models"
#: Units of the library that must never import certain others, not even inside a function:
#: the units on the floors above them. The report layer reads the store, so the store never
#: reads the report layer (what both need, such as the country outlines, lives below both).
FLOORS_ABOVE = {"store": ("report",)}
#: Third-party or standard modules that talk to the database file directly.
SQLITE_MODULES = ("sqlite3", "sqlite_utils")


@dataclass
class Module:
    """One ``.py`` file: its dotted name, unit (top-level package or module), size and purpose."""

    name: str
    unit: str
    lines: int
    purpose: str
    #: Units of ours this file imports: True if any import of it runs at module load.
    imports: dict[str, bool] = field(default_factory=dict)
    talks_sqlite: bool = False


def _purpose(tree: ast.Module) -> str:
    """The docstring's first sentence (its first line, continued when the sentence runs on)."""
    doc = (ast.get_docstring(tree) or "").strip()
    if not doc:
        return "(no docstring)"
    paragraph = " ".join(line.strip() for line in doc.split("\n\n", 1)[0].splitlines())
    first_line = doc.splitlines()[0].strip()
    if first_line.endswith((".", ":")) or ". " not in paragraph:
        return first_line if first_line.endswith((".", ":")) else paragraph
    return paragraph.split(". ", 1)[0] + "."


def _top_level_nodes(tree: ast.Module) -> set[int]:
    """ids of import nodes that run when the module is loaded (not inside a function)."""
    found: set[int] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                continue
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                found.add(id(child))
            visit(child)

    visit(tree)
    return found


def _under_type_checking(tree: ast.Module) -> set[int]:
    """ids of import nodes under ``if TYPE_CHECKING:``: they never run, so they are no dependency at run time."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for inner in node.body:
                for sub in ast.walk(inner):
                    if isinstance(sub, (ast.Import, ast.ImportFrom)):
                        found.add(id(sub))
    return found


def _targets(node: ast.Import | ast.ImportFrom, module: str, package: str, units: set[str]) -> set[str]:
    """The units of ours an import statement in ``module`` names."""
    if isinstance(node, ast.Import):
        dotted = [alias.name for alias in node.names]
        return {d.split(".")[1] for d in dotted if d.startswith(f"{package}.") and d.split(".")[1] in units}
    if node.level:
        base = module.split(".")[:-1]  # the package the file is in (``__init__`` is a file of it too)
        base = base[: len(base) - (node.level - 1)]
        resolved = ".".join([*base, *([node.module] if node.module else [])])
    else:
        resolved = node.module or ""
    if resolved == package:  # from incident_tracker import models / from . import store
        return {alias.name for alias in node.names if alias.name in units}
    if resolved.startswith(f"{package}."):
        unit = resolved.split(".")[1]
        return {unit} if unit in units else set()
    return set()


def _unit_names(root: Path) -> set[str]:
    names = {p.stem for p in root.glob("*.py")}
    names |= {p.name for p in root.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    return names


def read_modules(root: Path = PACKAGE) -> list[Module]:
    """Every module under ``root`` (a package folder), in path order."""
    package = root.name
    units = _unit_names(root)
    modules = []
    for path in sorted(root.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        relative = path.relative_to(root).with_suffix("")
        parts = [package, *relative.parts]
        is_init = parts[-1] == "__init__"
        dotted = ".".join(parts[:-1] if is_init and len(parts) > 2 else parts)
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source, filename=str(path))
        unit = relative.parts[0] if len(relative.parts) > 1 else relative.stem
        module = Module(dotted, unit, len(source.splitlines()), _purpose(tree))
        at_load, never_run = _top_level_nodes(tree), _under_type_checking(tree)
        for node in ast.walk(tree):
            if not isinstance(node, (ast.Import, ast.ImportFrom)) or id(node) in never_run:
                continue
            named = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            if any(n.split(".")[0] in SQLITE_MODULES for n in named) and not getattr(node, "level", 0):
                module.talks_sqlite = True
            for target in _targets(node, ".".join(parts), package, units) - {unit}:
                module.imports[target] = module.imports.get(target, False) or id(node) in at_load
        modules.append(module)
    return modules


def import_graph(modules: list[Module]) -> dict[tuple[str, str], bool]:
    """(importer unit, imported unit) → True when some import of it runs at load time."""
    edges: dict[tuple[str, str], bool] = {}
    for module in modules:
        for target, at_load in module.imports.items():
            edges[(module.unit, target)] = edges.get((module.unit, target), False) or at_load
    return dict(sorted(edges.items()))


def leaves(modules: list[Module]) -> list[str]:
    """Units that import nothing of ours (the foundation may build on these alone)."""
    importing = {m.unit for m in modules if m.imports}
    return sorted({m.unit for m in modules} - importing - set(ENTRY_POINTS))


def violations(modules: list[Module]) -> list[str]:
    """Each broken layering rule, as a sentence naming the module that breaks it."""
    allowed = set(leaves(modules))
    found = []
    for module in modules:
        if module.unit not in (CLI, *ENTRY_POINTS) and CLI in module.imports:
            found.append(f"{module.name} (library) imports {CLI}")
        if module.unit == FOUNDATION and set(module.imports) - allowed:
            found.append(f"{module.name} imports {', '.join(sorted(set(module.imports) - allowed))}")
        above = sorted(set(FLOORS_ABOVE.get(module.unit, ())) & set(module.imports))
        if above:
            found.append(f"{module.name} imports {', '.join(above)}, a floor above it")
    return found


def _mermaid_id(unit: str) -> str:
    return unit.strip("_") or unit


def architecture_page(root: Path = PACKAGE) -> str:
    """The generated part of docs/architecture.md."""
    modules = read_modules(root)
    units = sorted({m.unit for m in modules} - set(ENTRY_POINTS))
    library = [u for u in units if u != CLI]
    sqlite_units = sorted({m.unit for m in modules if m.talks_sqlite})
    sqlite_modules = [m.name.removeprefix(f"{root.name}.") for m in modules if m.talks_sqlite]
    edges = import_graph(modules)
    out = ["## Layers", "", "```text"]
    out.append(f"{CLI:<10} the command line: parses options, prints, maps errors to one line")
    out.append(f"{'':<10} ↓ imports")
    out.append(f"{'library':<10} {', '.join(library)}")
    out.append(f"{'':<10} ↓ opens the file with {' / '.join(SQLITE_MODULES)} (from: {', '.join(sqlite_units)})")
    out.append(f"{'SQLite':<10} one database file (and the gazetteer and geocoder caches)")
    out += ["```", ""]
    out.append(f"Modules importing {' or '.join(f'`{name}`' for name in SQLITE_MODULES)}:")
    out.append(", ".join(f"`{name}`" for name in sqlite_modules) + ".")
    out.append("")
    broken = violations(modules)
    out.append("Checked when the page is generated (and by tests/test_architecture.py):")
    out.append("")
    out.append(
        f"- no library module imports `{CLI}`: " + ("yes" if not any("(library)" in b for b in broken) else "NO")
    )
    foundation_ok = not any(b.startswith(f"{root.name}.{FOUNDATION}") for b in broken)
    out.append(
        f"- `{FOUNDATION}` imports nothing of ours but units that import nothing of ours "
        f"({', '.join(leaves(modules))}): " + ("yes" if foundation_ok else "NO")
    )
    for lower, upper in FLOORS_ABOVE.items():
        reaching = any(b.startswith(f"{root.name}.{lower}") and "a floor above" in b for b in broken)
        out.append(
            f"- `{lower}` never imports {', '.join(f'`{u}`' for u in upper)} (a floor above it), "
            "not even inside a function: " + ("NO" if reaching else "yes")
        )
    out += [f"  - {b}" for b in broken]
    out += ["", "## Import graph", ""]
    out.append("An arrow is an import between packages; dashed means every such import is inside a function,")
    out.append("so it costs nothing until that code runs (see tests/test_lazy_imports.py).")
    out += ["", "```mermaid", "graph TD"]
    for (source, target), at_load in edges.items():
        if source in ENTRY_POINTS:
            continue
        out.append(f"    {_mermaid_id(source)} {'-->' if at_load else '-.->'} {_mermaid_id(target)}")
    out += ["```", "", "The same as text (`*` marks imports made only inside functions):", "", "```text"]
    for unit in units:
        targets = [f"{t}{'' if at_load else '*'}" for (s, t), at_load in edges.items() if s == unit]
        out.append(f"{unit:<10} → {', '.join(targets) if targets else '(nothing of ours)'}")
    out += ["```", "", "## Packages and modules", ""]
    for unit in units:
        members = [m for m in modules if m.unit == unit]
        total = sum(m.lines for m in members)
        head = members[0]
        out.append(f"### {unit}")
        out.append("")
        out.append(f"{head.purpose} ({len(members)} {'module' if len(members) == 1 else 'modules'}, {total} lines)")
        out.append("")
        if len(members) > 1:
            out += ["| module | lines | what it is for |", "|---|--:|---|"]
            for m in members:
                purpose = m.purpose.replace("|", "\\|")
                out.append(f"| `{m.name}` | {m.lines} | {purpose} |")
            out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    print(architecture_page())
    for problem in violations(read_modules()):
        print("violation:", problem)
