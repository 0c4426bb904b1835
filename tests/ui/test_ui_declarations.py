"""Settings keys and item roles are declared once; the GUI touches no private names and stays small.

(QtWidgets outside the GUI and import cycles are checked for all of desktop/ in test_layers.py.)
"""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop import settings as settings_mod
from desktop.ui import roles
from tests.conftest import REPO

GUI_SOURCES = sorted((REPO / "desktop" / "ui").glob("*.py")) + [REPO / "desktop" / "app.py"]


def test_every_item_role_has_its_own_number():
    declared = {name: value for name, value in vars(roles).items() if name.endswith("_ROLE")}
    assert len(declared) >= 8
    numbers = [int(v) if not hasattr(v, "value") else v.value for v in declared.values()]
    assert len(set(numbers)) == len(numbers), declared
    assert roles.DOC_ID_ROLE != roles.TAG_ID_ROLE


def _calls(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            yield node


def test_gui_code_names_no_literal_settings_key_and_no_bare_user_role():
    for path in GUI_SOURCES:
        for call in _calls(path):
            if call.func.attr in ("value", "setValue") and isinstance(getattr(call.func.value, "attr", None), str) \
                    and call.func.value.attr == "settings":
                raise AssertionError(f"{path.name}:{call.lineno}: read settings through desktop.settings.get/put")
        if path.name != "roles.py":
            assert "ItemDataRole.UserRole" not in path.read_text(encoding="utf-8"), (
                f"{path.name}: use a role of desktop.ui.roles")


def test_settings_keys_are_unique_and_round_trip(tmp_path):
    keys = [s.key for s in settings_mod.SETTINGS]
    assert len(set(keys)) == len(keys)
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert settings_mod.get(store, settings_mod.PAGE_MODE) is False
    assert settings_mod.get(store, settings_mod.UNDERLINE_SUGGESTIONS) is True
    settings_mod.put(store, settings_mod.PAGE_MODE, True)
    settings_mod.put(store, settings_mod.LAST_DOCUMENT, "doc-1", "store-a")
    store.sync()
    again = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert settings_mod.get(again, settings_mod.PAGE_MODE) is True
    assert settings_mod.get(again, settings_mod.LAST_DOCUMENT, "store-a") == "doc-1"
    assert settings_mod.get(again, settings_mod.LAST_DOCUMENT, "store-b") == ""
    assert again.value("last_document/store-a") == "doc-1"  # the INI key users already have


def _own(owner: ast.expr) -> bool:
    """``self``/``cls``, or a private collaborator of self (``self._view``: a helper class
    of the same module, like PageView's canvas)."""
    if isinstance(owner, ast.Name):
        return owner.id in ("self", "cls")
    return isinstance(owner, ast.Attribute) and owner.attr.startswith("_") and _own(owner.value)


def test_ui_modules_touch_no_other_modules_private_names():
    for path in GUI_SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__"):
                assert _own(node.value), f"{path.name}:{node.lineno}: .{node.attr} of another object"


def test_gui_modules_stay_small():
    for path in GUI_SOURCES:
        lines = len(path.read_text(encoding="utf-8").splitlines())
        limit = 500 if path.name == "main_window.py" else 800
        assert lines <= limit, f"{path.name}: {lines} lines (limit {limit})"
