"""The house rules of docs/architecture.md, checked on the source (no Qt needed).

* QtWidgets only under desktop/ui/ and in desktop/app.py;
* no module-level import cycle in desktop/;
* the pure layers (model, review, meaning parsers) import no store, service or UI
  (desktop.errors, the base of user errors, and desktop.storefiles, the store files this
  process has open, are below everything);
* no module reaches into another module's underscore names (desktop/ui/ is being
  reworked and is not checked yet);
* drawing never makes a Qt application, the report model never imports Qt;
* no SQL outside desktop/store/;
* every module under desktop/ is at most 800 lines (desktop/ui/main_window.py 500).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

DESKTOP = REPO / "desktop"
# Underscore names of other libraries that we use on purpose: python-docx's XML
# elements (its documented way to reach below the API), PyInstaller's bundle folder,
# os._exit in a worker process.
FOREIGN_PRIVATE = {"_tbl", "_p", "_MEIPASS", "_exit"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in DESKTOP.rglob("*.py")}


def imports(path: Path, *, top_level_only: bool) -> set[str]:
    """Names of the desktop modules ``path`` imports (``from pkg import mod`` counts as mod)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()

    def visit(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for a in node.names:
                    sub = f"{node.module}.{a.name}"
                    found.add(sub if sub in MODULES else node.module)
            elif isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                continue
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                if not top_level_only:
                    visit(node.body)
            elif isinstance(node, (ast.If, ast.Try, ast.With)):
                for block in ("body", "orelse", "finalbody"):
                    visit(getattr(node, block, []))
                for handler in getattr(node, "handlers", []):
                    visit(handler.body)

    if top_level_only:
        visit(tree.body)
    else:
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                visit([node])
    return found


def test_qtwidgets_only_in_the_ui_and_the_app():
    offenders = [
        name
        for name, path in MODULES.items()
        if not name.startswith("desktop.ui") and name != "desktop.app"
        and any(m.startswith("PySide6.QtWidgets") or m == "PySide6.QtWidgets" for m in imports(path, top_level_only=False))
    ]
    assert offenders == []


def test_no_module_level_import_cycle():
    graph = {
        name: {m for m in imports(path, top_level_only=True) if m in MODULES and m != name}
        for name, path in MODULES.items()
    }
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the path, 2: done

    def walk(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append(path[path.index(nxt):] + [nxt])
            elif nxt not in state:
                walk(nxt, path + [nxt])
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            walk(name, [name])
    assert cycles == []


@pytest.mark.parametrize(
    "layer, allowed",
    [
        ("desktop.model", set()),
        ("desktop.review", {"desktop.model", "desktop.review", "desktop.anchoring"}),
        ("desktop.meaning.dates", {"desktop.meaning"}),
        ("desktop.meaning.figures", {"desktop.meaning"}),
        # Search folding and the query language are pure text: the store's index triggers fold.
        ("desktop.search", {"desktop.search"}),
        ("desktop.store", {
            "desktop.model", "desktop.store", "desktop.review.snapshot", "desktop.review.merge", "desktop.review.validate",
            "desktop.search.fold",
        }),
    ],
)
def test_lower_layers_import_only_what_is_below_them(layer, allowed):
    wrong = {}
    for name, path in MODULES.items():
        if name != layer and not name.startswith(layer + "."):
            continue
        bad = {
            m for m in imports(path, top_level_only=False)
            if m.startswith("desktop") and not any(m == a or m.startswith(a + ".") for a in allowed | {"desktop.errors", "desktop.storefiles"})
        }
        if bad:
            wrong[name] = sorted(bad)
    assert wrong == {}


def private_reaches(path: Path) -> list[str]:
    """``from x import _name`` and ``obj._name`` where this module defines no ``_name``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    own = {
        n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
    }
    own |= {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute) and isinstance(n.ctx, ast.Store)}
    own |= {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    out = []
    for n in ast.walk(tree):
        if isinstance(n, ast.ImportFrom):
            out += [f"{n.lineno}: from {n.module} import {a.name}" for a in n.names
                    if a.name.startswith("_") and not a.name.startswith("__")]
        elif isinstance(n, ast.Attribute) and n.attr.startswith("_") and not n.attr.startswith("__"):
            if isinstance(n.value, ast.Name) and n.value.id in ("self", "cls"):
                continue
            if n.attr in own or n.attr in FOREIGN_PRIVATE:
                continue
            out.append(f"{n.lineno}: {ast.unparse(n)}")
    return out


def test_no_module_reaches_into_another_modules_private_names():
    found = {
        name: private_reaches(path)
        for name, path in MODULES.items()
        if not name.startswith("desktop.ui")
    }
    assert {k: v for k, v in found.items() if v} == {}


# Modules over the limit when this check was added, each held at that size: anchoring.py says in
# its docstring why it is one module (one algorithm sharing private state); splitting it is the
# lead's call. An entry goes when its module is back under the limit.
OVER_THE_LIMIT = {"desktop.anchoring": 1105}


def module_size_limit(name: str, path: Path) -> int:
    if name in OVER_THE_LIMIT:
        return OVER_THE_LIMIT[name]
    return 500 if path == DESKTOP / "ui" / "main_window.py" else 800


def test_every_module_stays_small():
    too_long = {}
    for name, path in MODULES.items():
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > module_size_limit(name, path):
            too_long[name] = f"{lines} lines (limit {module_size_limit(name, path)})"
    assert too_long == {}


def test_the_modules_over_the_limit_are_still_over_it():
    back_under = [name for name in OVER_THE_LIMIT if len(MODULES[name].read_text(encoding="utf-8").splitlines()) <= 800]
    assert back_under == [], "remove them from OVER_THE_LIMIT"


def test_drawing_never_makes_a_qt_application():
    tree = ast.parse((DESKTOP / "timeline" / "render.py").read_text(encoding="utf-8"))
    calls = {ast.unparse(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)}
    assert not calls & {"QApplication", "QGuiApplication", "QtWidgets.QApplication", "QtGui.QGuiApplication"}
    code = (
        "import sys\n"
        "import desktop.export.model\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'export.model imports Qt'\n"
        "from desktop.timeline import render\n"
        "layout = render.layout_timeline([], 'actor')\n"
        "try:\n"
        "    render.render_png(layout)\n"
        "except render.NoGuiApplication:\n"
        "    pass\n"
        "else:\n"
        "    raise AssertionError('render drew without an application')\n"
        "from desktop.qtgui import ensure_gui_application\n"
        "app = ensure_gui_application()\n"
        "assert type(app).__name__ == 'QGuiApplication'\n"
        "assert render.render_png(layout).startswith(b'\\x89PNG')\n"
        "assert 'PySide6.QtWidgets' not in sys.modules\n"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


def test_no_catch_all_hides_a_bug_outside_the_ui():
    """``except Exception`` (or bare/BaseException) must re-raise or log the traceback."""
    hiding = []
    for name, path in MODULES.items():
        if name.startswith("desktop.ui"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ExceptHandler):
                continue
            caught = ast.unparse(node.type) if node.type is not None else "bare"
            if not ({"bare", "Exception", "BaseException"} & set(caught.strip("()").replace(" ", "").split(","))):
                continue
            body = ast.unparse(ast.Module(body=node.body, type_ignores=[]))
            if "raise" in body or ".exception(" in body or "exc_info=True" in body:
                continue
            hiding.append(f"{name}:{node.lineno}: except {caught}")
    assert hiding == []


def test_no_sql_outside_the_store():
    """Only desktop/store/ runs SQL or touches the connection."""
    import re

    sql = re.compile(r"\.execute(many)?\(|\.conn\b|\.db\.|\b(SELECT|INSERT INTO|DELETE FROM|CREATE TABLE)\b\s")
    found = [
        f"{name}:{number}: {line.strip()}"
        for name, path in MODULES.items()
        if not name.startswith("desktop.store")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if sql.search(line) and not line.lstrip().startswith("#")
    ]
    assert found == []
