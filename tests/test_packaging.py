"""Packaging and desktop integration: resources, translations, desktop files, pip, PyInstaller.

Validators (desktop-file-validate, appstreamcli) come from scripts/bootstrap.sh (the
README's set-up); when they are missing their tests skip with the reason.  The suite
never installs anything.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import xml.etree.ElementTree as ET
from importlib.metadata import version
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, QSettings, Qt, QTranslator
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QMainWindow

from conftest import REPO

from desktop import APP_ID, i18n
from desktop.paths import resource_root

PACKAGING = REPO / "packaging"
RESOURCES = REPO / "resources"
TRANSLATIONS = RESOURCES / "translations"
LANGS = ("tr", "ru")
# The main window, its menus and dialogs: these must be fully translated.
REQUIRED_CONTEXTS = (
    "MainWindow", "AnnotationPanel", "Reader", "LanguageMenu", "SuggestionsPanel", "EntityEditor",
    "ReviewWindow", "ExportDialog", "CodebookDialog", "MeaningForm", "MetadataPanel", "OrphanList", "TimelineView",
    "EntitiesView", "FiguresView", "ClaimsView", "LibraryModel", "LibraryPanel", "SearchPanel", "FindBar",
    "LibraryController", "PageView", "ExportTask", "AgreementDialog", "TimelineCanvas", "BugDialog",
)
# Files whose self.tr() strings must all be in the catalogues.
REQUIRED_FILES = (
    "desktop/ui/main_window.py", "desktop/ui/language_menu.py", "desktop/ui/suggestions_panel.py",
    "desktop/ui/entity_editor.py", "desktop/ui/export_dialog.py", "desktop/ui/review_view.py",
    "desktop/ui/codebook_dialog.py", "desktop/ui/meaning_form.py", "desktop/ui/metadata_panel.py",
    "desktop/ui/timeline_view.py", "desktop/ui/entities_view.py", "desktop/ui/figures_view.py",
    "desktop/ui/claims_view.py", "desktop/ui/library_panel.py", "desktop/ui/search_panel.py",
    "desktop/ui/find_bar.py", "desktop/ui/library_controller.py",
    "desktop/ui/actions.py", "desktop/ui/imports.py", "desktop/ui/suggestions_controller.py", "desktop/ui/tagging.py",
    "desktop/ui/stores.py", "desktop/ui/bug_dialog.py",
)
FIX_HINT = "run `make translations`, translate the new strings in resources/translations/*.ts, and run it again"


@pytest.fixture
def english_after():
    """Whatever a test installs, the next test starts in English."""
    yield
    i18n.install(i18n.SOURCE_LANGUAGE)


def need_tool(name: str, package: str) -> str:
    """The tool's path; skips (naming the Debian package bootstrap installs) when missing."""
    found = shutil.which(name)
    if not found:
        pytest.skip(f"{name} is missing: run `make bootstrap` as root (it installs {package})")
    return found


# --------------------------------------------------------------------------- resources


def test_resources_are_found_in_the_checkout():
    assert resource_root() == REPO
    assert i18n.translations_dir() == TRANSLATIONS


def test_icon_svg_renders_and_pngs_match_it(qapp):
    svg = RESOURCES / "icons" / "claimline.svg"
    renderer = QSvgRenderer(str(svg))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == renderer.defaultSize().height() == 512
    from desktop.app import ICON_SIZES, app_icon

    assert ICON_SIZES == (16, 24, 32, 48, 64, 128, 256, 512)
    for size in ICON_SIZES:
        image = QImage(str(RESOURCES / "icons" / f"claimline-{size}.png"))
        assert (image.width(), image.height()) == (size, size), size
        assert image.hasAlphaChannel()
        # Transparent corner (rounded square), opaque centre (the page).
        assert image.pixelColor(0, 0).alpha() == 0
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
    icon = app_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= set(ICON_SIZES)


def test_window_gets_icon_stylesheet_and_scheme(qapp):
    from desktop.app import apply_theme, stylesheet

    light = (RESOURCES / "styles" / "light.qss").read_text(encoding="utf-8")
    dark = (RESOURCES / "styles" / "dark.qss").read_text(encoding="utf-8")
    assert light != dark
    for sheet in (light, dark):
        # The selectors the widgets use (objectName) are styled in both schemes.
        for selector in ("QLabel#panelTitle", "QLabel#panelHint", "QTextEdit#reader"):
            assert selector in sheet
        assert sheet.count("{") == sheet.count("}")
    assert stylesheet(False) == light and stylesheet(True) == dark
    apply_theme(qapp, dark=True)
    try:
        assert qapp.styleSheet() == dark
        assert qapp.palette().window().color().lightness() < 128
    finally:
        apply_theme(qapp, dark=False)
    assert qapp.styleSheet() == light


# --------------------------------------------------------------------------- translations


def ts_messages(lang: str) -> dict[str, list[ET.Element]]:
    root = ET.parse(TRANSLATIONS / f"claimline_{lang}.ts").getroot()
    assert root.get("language", "").startswith(lang)
    return {c.findtext("name"): c.findall("message") for c in root.iter("context")}


def tr_literals(path: Path) -> set[str]:
    """The string literals passed to self.tr(...) or translate("Context", ...) in a module."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args]
        if name == "tr" and isinstance(node.func, ast.Attribute) and literal[:1] == [True]:
            found.add(node.args[0].value)
        elif name == "translate" and literal[:2] == [True, True]:
            found.add(node.args[1].value)
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_main_window_menus_and_dialogs_are_translated(lang):
    contexts = ts_messages(lang)
    for name in REQUIRED_CONTEXTS:
        assert name in contexts, f"context {name} missing from claimline_{lang}.ts: {FIX_HINT}"
        for message in contexts[name]:
            source = message.findtext("source")
            translation = message.find("translation")
            assert translation.get("type") not in ("unfinished", "vanished", "obsolete") and translation.text, (
                f"{lang}: {name}: {source!r} is not translated: {FIX_HINT}")
            text = translation.text
            # Placeholders and the one keyboard accelerator survive translation.
            assert sorted(re.findall(r"\{\d\}", text)) == sorted(re.findall(r"\{\d\}", source)), (lang, source, text)
            if re.search(r"&[^&\s]", source):
                assert len(re.findall(r"&[^&\s]", text)) == 1, (lang, source, text)
    sources = {m.findtext("source") for name in REQUIRED_CONTEXTS for m in contexts.get(name, [])}
    for rel in REQUIRED_FILES:
        missing = tr_literals(REPO / rel) - sources
        assert not missing, (
            f"{rel}: strings not in claimline_{lang}.ts: {sorted(missing)}; {FIX_HINT} "
            "(lupdate cannot see self.tr() inside an f-string: call it outside)")


@pytest.mark.parametrize("lang", LANGS)
def test_compiled_catalogue_matches_the_ts_file(qapp, lang):
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"claimline_{lang}.qm"))
    assert translator.language().startswith(lang)
    checked = 0
    for context, messages in ts_messages(lang).items():
        for message in messages:
            translation = message.find("translation")
            if translation.get("type") is None and translation.text:
                assert translator.translate(context, message.findtext("source")) == translation.text, (
                    f"{lang}.qm is older than its .ts: {FIX_HINT}")
                checked += 1
    assert checked >= 60


def test_language_follows_setting_then_system(monkeypatch, tmp_path):
    from desktop.settings import language, set_language

    monkeypatch.delenv("CLAIMLINE_LANGUAGE", raising=False)
    assert i18n.system_language(QLocale("tr_TR")) == "tr"
    assert i18n.system_language(QLocale("ru_RU")) == "ru"
    assert i18n.system_language(QLocale("de_DE")) == "en"
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert language(settings) == ""
    assert i18n.chosen_language(settings) == i18n.system_language()
    set_language(settings, "ru")
    assert i18n.chosen_language(settings) == "ru"
    set_language(settings, "xx")  # a language we do not speak counts as unset
    assert i18n.chosen_language(settings) == i18n.system_language()
    monkeypatch.setenv("CLAIMLINE_LANGUAGE", "tr")
    assert i18n.chosen_language(settings) == "tr"


def test_window_speaks_turkish_and_russian(qtbot, monkeypatch, tmp_path, english_after):
    from desktop.app import create_window, make_application

    monkeypatch.setenv("CLAIMLINE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CLAIMLINE_CONFIG_DIR", str(tmp_path / "config"))
    expected = {
        "tr": ["&Dosya", "D&üzen", "&Etiket", "&Görünüm", "&Yardım"],
        "ru": ["&Файл", "&Правка", "&Метка", "&Вид", "&Справка"],
    }
    for lang, menus in expected.items():
        monkeypatch.setenv("CLAIMLINE_LANGUAGE", lang)
        app = make_application()
        assert i18n.installed_language() == lang
        window = create_window()
        qtbot.addWidget(window)
        try:
            titles = [a.text() for a in window.menuBar().actions()]
            assert titles[: len(menus)] == menus
            assert window.import_action.text() == {"tr": "&İçe aktar…", "ru": "&Импорт…"}[lang]
            # Qt's own strings (standard buttons) come with it.
            assert app.translate("QPlatformTheme", "Cancel") == {"tr": "İptal", "ru": "Отмена"}[lang]
        finally:
            window.close()
            window.store.close()
    i18n.install("en")
    assert i18n.installed_language() == "en"
    assert QApplication.translate("MainWindow", "&File") == "&File"


def test_language_menu_choice_is_saved_and_announced(qtbot, monkeypatch, tmp_path, english_after):
    from desktop.settings import language
    from desktop.ui.language_menu import LanguageMenu

    monkeypatch.delenv("CLAIMLINE_LANGUAGE", raising=False)
    i18n.install("en")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = LanguageMenu(settings, window)
    window.menuBar().addMenu(menu)
    window.show()
    qtbot.waitExposed(window)
    labels = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert labels[0].startswith("System default (")
    assert labels[1:] == ["English", "Türkçe", "Русский"]
    assert menu.actions_by_code[""].isChecked()

    # The user opens the menu and clicks "Русский".
    menu.popup(window.mapToGlobal(QPoint(10, 10)))
    qtbot.waitExposed(menu)
    russian = menu.actions_by_code["ru"]
    with qtbot.waitSignal(menu.languageChosen) as chosen:
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(russian).center())
    assert chosen.args == ["ru"]
    assert language(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)) == "ru"
    assert russian.isChecked() and not menu.actions_by_code[""].isChecked()
    assert i18n.chosen_language(settings) == "ru"
    # It applies on restart, and says so in both languages.
    assert menu.notice is not None and menu.notice.isVisible()
    assert "restart Claimline" in menu.notice.text()
    assert "Язык сменится после перезапуска Claimline." in menu.notice.text()
    menu.notice.close()


# --------------------------------------------------------------------------- desktop files


def test_desktop_entry_validates():
    tool = need_tool("desktop-file-validate", "desktop-file-utils")
    path = PACKAGING / f"{APP_ID}.desktop"
    run = subprocess.run([tool, str(path)], capture_output=True, text=True)
    assert run.returncode == 0 and not run.stdout.strip(), run.stdout + run.stderr
    text = path.read_text(encoding="utf-8")
    assert f"Icon={APP_ID}" in text and "Exec=claimline %F" in text
    assert "application/x-claimline-store;" in text


def test_metainfo_validates():
    tool = need_tool("appstreamcli", "appstream")
    path = PACKAGING / f"{APP_ID}.metainfo.xml"
    run = subprocess.run([tool, "validate", "--no-net", str(path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    root = ET.parse(path).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    from desktop import __version__

    assert root.find("releases/release").get("version") == __version__


def test_mime_type_finds_stores_by_name_and_content(tmp_path):
    """Qt's MIME database reads our XML: *.claimline by name, a .sqlite store by content."""
    from desktop.store import open_store

    share = tmp_path / "share"
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy(PACKAGING / "claimline-mime.xml", share / "mime" / "packages")
    store = open_store(tmp_path / "colleague.sqlite", create=True)
    store.close()
    named = tmp_path / "empty.claimline"
    named.write_bytes(b"")
    import sqlite3

    sqlite3.connect(tmp_path / "other.sqlite").execute("CREATE TABLE t (x)").connection.close()
    code = (
        "import sys, json\n"
        "from PySide6.QtCore import QCoreApplication, QMimeDatabase\n"
        "app = QCoreApplication([])\n"
        "db = QMimeDatabase()\n"
        "print(json.dumps({p: db.mimeTypeForFile(p).name() for p in sys.argv[1:]}))\n"
    )
    files = [str(tmp_path / n) for n in ("colleague.sqlite", "empty.claimline", "other.sqlite")]
    env = dict(os.environ, XDG_DATA_DIRS=str(share), XDG_DATA_HOME=str(tmp_path / "none"))
    run = subprocess.run([sys.executable, "-c", code, *files], capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    found = json.loads(run.stdout)
    assert found[files[0]] == "application/x-claimline-store"
    assert found[files[1]] == "application/x-claimline-store"
    assert found[files[2]] != "application/x-claimline-store"
    if shutil.which("update-mime-database"):
        check = subprocess.run(["update-mime-database", str(share / "mime")], capture_output=True, text=True)
        assert check.returncode == 0 and "error" not in check.stderr.lower(), check.stderr


def test_install_desktop_registers_entry_icons_and_file_type(tmp_path):
    tool = need_tool("desktop-file-validate", "desktop-file-utils")
    prefix = tmp_path / "prefix"
    exe = "/opt/Claimline bundle/claimline"
    run = subprocess.run(["bash", str(PACKAGING / "install-desktop.sh"), str(prefix), exe],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    share = prefix / "share"
    entry = share / "applications" / f"{APP_ID}.desktop"
    check = subprocess.run([tool, str(entry)], capture_output=True, text=True)
    assert check.returncode == 0 and not check.stdout.strip(), check.stdout
    assert f'Exec="{exe}" %F' in entry.read_text(encoding="utf-8")
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert QImage(str(share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png")).width() == size
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    if shutil.which("update-mime-database"):
        assert "application/x-claimline-store" in (share / "mime" / "globs2").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- PyInstaller


class _Recorder:
    """Stands in for PyInstaller's build classes; keeps what the spec passes.  An
    Analysis also "finds" the class's ``found`` binaries, data and modules."""

    calls: dict[str, tuple] = {}
    found: dict[str, list] = {}

    def __init__(self, *args, **kwargs):
        type(self).calls[type(self).__name__] = (args, kwargs)
        self.args, self.kwargs = args, kwargs
        self.scripts = []
        self.pure = list(self.found.get("pure", []))
        self.binaries = list(self.found.get("binaries", []))
        self.datas = [(dest + "/x", src, "DATA") for src, dest in kwargs.get("datas", [])]
        self.datas += [("PySide6/Qt/translations/qtbase_de.qm", "x", "DATA"),
                       ("PySide6/Qt/translations/qtbase_ru.qm", "x", "DATA")]
        self.datas += list(self.found.get("datas", []))


def load_spec(**found: list) -> dict:
    names = {n: type(n, (_Recorder,), {"found": found}) for n in ("Analysis", "PYZ", "EXE", "COLLECT")}
    namespace = {"SPECPATH": str(PACKAGING), "__file__": str(PACKAGING / "claimline.spec"), **names}
    exec(compile((PACKAGING / "claimline.spec").read_text(encoding="utf-8"), "claimline.spec", "exec"), namespace)
    return namespace


def test_pyinstaller_spec_loads_and_points_at_real_files():
    ns = load_spec()
    (scripts,), analysis = ns["a"].args, ns["a"].kwargs
    assert Path(scripts[0]) == REPO / "desktop" / "__main__.py"
    assert "freeze_support()" in Path(scripts[0]).read_text(encoding="utf-8")
    ours = [(src, dest) for src, dest in analysis["datas"] if dest.startswith(("resources/", "seeds"))]
    assert {dest for _, dest in ours} == {
        "resources/icons", "resources/styles", "resources/translations", "resources/schemas",
        "resources/gazetteer", "resources/models", "seeds"
    }
    for src, _ in ours:
        assert Path(src).is_dir() and any(Path(src).iterdir()), src
    # trafilatura reads its settings.cfg at import, justext its stoplists at run time.
    theirs = {Path(src).name for src, dest in analysis["datas"] if dest.startswith(("trafilatura", "justext"))}
    assert "settings.cfg" in theirs and "English.txt" in theirs
    # The command-line modules are imported by name: they must be in the bundle.
    assert "desktop.cli.documents" in analysis["hiddenimports"]
    # The Russian entity recogniser's two model files travel with the bundle.
    model = {Path(src).name for src, dest in analysis["datas"] if dest.startswith("natasha")}
    assert model == {"slovnet_ner_news_v1.tar", "navec_news_v1_1B_250K_300d_100q.tar"}
    # One folder: binaries are collected next to the executable, not packed into it.
    assert ns["exe"].kwargs["exclude_binaries"] is True
    assert ns["coll"].kwargs["name"] == "claimline"
    # Only the Qt catalogues of the languages we ship stay.
    kept = {d[0] for d in ns["a"].datas}
    assert "PySide6/Qt/translations/qtbase_ru.qm" in kept and "PySide6/Qt/translations/qtbase_de.qm" not in kept
    assert "resources/translations/x" in kept
    # Reports read the unit symbols from the .ts catalogues (desktop.export.texts.unit_symbols), Qt-free.
    assert ns["_wanted"]("resources/translations/claimline_ru.ts")


def test_pip_install_ships_the_catalogues_reports_read():
    """A report's unit symbols come from claimline_LANG.ts: pyproject's data-files must ship the .ts
    beside the .qm, or a pip-installed Claimline writes "9,8 m/s²" in a Russian report."""
    import glob
    import tomllib

    from desktop.export.texts import LANGUAGES

    data = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["data-files"]
    shipped = {Path(f).name for pattern in data["share/claimline/resources/translations"]
               for f in glob.glob(str(REPO / pattern))}
    for lang in LANGUAGES[1:]:
        assert {f"claimline_{lang}.ts", f"claimline_{lang}.qm"} <= shipped, shipped


def test_pyinstaller_spec_excludes_no_qt_module_the_app_imports():
    excludes = set(load_spec()["a"].kwargs["excludes"])
    used = set()
    for path in (REPO / "desktop").rglob("*.py"):
        used |= set(re.findall(r"\bPySide6\.(Qt\w+)", path.read_text(encoding="utf-8", errors="replace")))
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    clash = {f"PySide6.{m}" for m in used} & excludes
    assert not clash, f"packaging/claimline.spec excludes Qt modules the app imports: {sorted(clash)}"


def test_pyinstaller_spec_leaves_out_only_what_the_app_never_loads(monkeypatch):
    # PyInstaller's dependency lists (ldd), faked: the GTK theme alone needs cairo.
    imports = {"/q/libqgtk3.so": {"libcairo.so.2", "libglib-2.0.so.0"}, "/q/libqxcb.so": {"libglib-2.0.so.0"}}
    monkeypatch.setattr("PyInstaller.depend.bindepend.get_imports",
                        lambda src, search_paths=None: {(n, "/usr/lib/" + n) for n in imports.get(src, ())})
    plugins = "PySide6/Qt/plugins/"
    found = {
        "binaries": [
            (plugins + "platforms/libqxcb.so", "/q/libqxcb.so", "BINARY"),
            (plugins + "platforms/libqwayland.so", "/q/libqwayland.so", "BINARY"),
            (plugins + "platforms/libqoffscreen.so", "/q/libqoffscreen.so", "BINARY"),
            (plugins + "platformthemes/libqgtk3.so", "/q/libqgtk3.so", "BINARY"),
            (plugins + "platforms/libqvnc.so", "/q/libqvnc.so", "BINARY"),
            (plugins + "platforms/libqeglfs.so", "/q/libqeglfs.so", "BINARY"),
            (plugins + "egldeviceintegrations/libqeglfs-x11-integration.so", "/q/x11.so", "BINARY"),
            (plugins + "generic/libqevdevmouseplugin.so", "/q/evdev.so", "BINARY"),
            ("PySide6/Qt/lib/libQt6Network.so.6", "/q/libQt6Network.so.6", "BINARY"),
            ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
            ("PySide6/Qt/lib/libQt6Widgets.so.6", "/q/libQt6Widgets.so.6", "BINARY"),
            ("libcairo.so.2", "/usr/lib/libcairo.so.2", "BINARY"),
            ("libglib-2.0.so.0", "/usr/lib/libglib-2.0.so.0", "BINARY"),
            ("numpy.libs/libopenblas.so", "/v/numpy.libs/libopenblas.so", "BINARY"),
            ("numpy/_core/_umath.so", "/v/numpy/_core/_umath.so", "EXTENSION"),
        ],
        "datas": [("spacy/tokens/doc.pyx", "x", "DATA"), ("spacy/default_config.cfg", "x", "DATA")],
        "pure": [(name, "x", "PYMODULE") for name in (
            "pygments", "pygments.lexers", "pygments.lexers._mapping", "pygments.lexers.python",
            "pygments.styles._mapping", "pygments.styles.monokai", "spacy.language")],
    }
    ns = load_spec(**found)
    kept = {dest: typecode for dest, _src, typecode in ns["a"].binaries}
    assert set(kept) == {
        plugins + "platforms/libqxcb.so", plugins + "platforms/libqwayland.so", plugins + "platforms/libqoffscreen.so",
        plugins + "platformthemes/libqgtk3.so", "PySide6/Qt/lib/libQt6Widgets.so.6", "libglib-2.0.so.0",
        "numpy.libs/libopenblas.so", "numpy/_core/_umath.so",
    }
    # Wheel-vendored libraries are copied unstripped; the rest is stripped.
    assert kept["numpy.libs/libopenblas.so"] == "DATA" and kept["numpy/_core/_umath.so"] == "EXTENSION"
    assert ns["coll"].kwargs["strip"] is True
    assert {d[0] for d in ns["a"].datas} >= {"spacy/default_config.cfg"}
    assert "spacy/tokens/doc.pyx" not in {d[0] for d in ns["a"].datas}
    assert {m[0] for m in ns["a"].pure} == {
        "pygments", "pygments.lexers", "pygments.lexers._mapping", "pygments.styles._mapping", "spacy.language"}
    # spaCy's language data: the shipped models' languages and those spaCy itself imports stay.
    excludes = set(ns["a"].kwargs["excludes"])
    langs = {re.search(r'^lang = "(\w+)"', c.read_text(encoding="utf-8"), re.MULTILINE).group(1)
             for c in (RESOURCES / "models").glob("*/config.cfg")}
    assert langs >= {"en", "tr", "xx"}
    assert not {f"spacy.lang.{code}" for code in langs | {"ja", "zh"}} & excludes
    assert {"spacy.lang.de", "spacy.lang.ru", "mypy", "lxml.objectify"} <= excludes


@pytest.mark.parametrize("lang", ["en", "tr", "ru", "kk"])
def test_build_smoke_texts_need_the_recognisers(lang, monkeypatch):
    """build.sh's check that each recogniser works in the bundle means something only if
    the rules alone find no actor in its text."""
    import importlib

    from desktop.suggest import ner

    detect = importlib.import_module("desktop.suggest.detect")
    text = (PACKAGING / "smoke" / f"ner-{lang}.txt").read_text(encoding="utf-8")
    assert [s for s in detect.detect(text, kinds=("actor",)) if s.kind == "actor"]
    monkeypatch.setattr(ner, "entities", lambda text: [])
    assert detect.detect(text, kinds=("actor",)) == []
    assert "packaging/smoke/ner-$lang.txt" in (PACKAGING / "build.sh").read_text(encoding="utf-8")


def test_bundle_report_sorts_parts_and_finds_a_broken_library(tmp_path):
    sys.path.insert(0, str(PACKAGING))
    try:
        import bundle_report
    finally:
        sys.path.remove(str(PACKAGING))
    files = {
        "claimline": 100, "_internal/PySide6/Qt/lib/libQt6Core.so.6": 10, "_internal/libQt6Core.so.6": 1,
        "_internal/pymupdf/libmupdf.so.28.2": 20, "_internal/spacy/tokens/doc.so": 30, "_internal/blis/cy.so": 5,
        "_internal/numpy.libs/libopenblas.so": 40, "_internal/resources/models/ner-en/model": 50,
        "_internal/natasha/data/emb/navec.tar": 6, "_internal/libcups.so.2": 7, "_internal/lxml/etree.so": 8,
        "_internal/resources/icons/claimline.svg": 2,
    }
    for rel, size in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(b"\0" * size)
    sizes = bundle_report.breakdown(tmp_path)
    assert sum(sizes.values()) == sum(files.values())
    parts = {part.split(" ")[0]: size for part, size in sizes.items()}
    assert parts == {"Qt": 11, "PyMuPDF": 20, "spaCy": 35, "numpy": 40, "models": 56, "Python": 100,
                     "system": 7, "other": 10}
    if not shutil.which("ldd"):
        pytest.skip("ldd is missing")
    (tmp_path / "_internal" / "libbroken.so").write_bytes(b"\x7fELF" + b"\0" * 60)
    missing, broken = bundle_report.check_libraries(tmp_path)
    assert [line.split(":")[0] for line in broken] == ["_internal/libbroken.so"]


def test_build_script_is_valid_bash():
    run = subprocess.run(["bash", "-n", str(PACKAGING / "build.sh")], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    text = (PACKAGING / "build.sh").read_text(encoding="utf-8")
    assert "packaging/claimline.spec" in text and "bundle size" in text and "CLAIMLINE_SMOKE_TEST=1" in text
    run = subprocess.run(["bash", "-n", str(PACKAGING / "install-desktop.sh")], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


# --------------------------------------------------------------------------- pip install .


def _copy_checkout(dest: Path) -> Path:
    """What a clean checkout holds for `pip install .` (no caches, no build leftovers)."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build", "dist")
    dest.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, dest / name)
    for name in ("desktop", "resources", "seeds"):
        shutil.copytree(REPO / name, dest / name, ignore=ignore)
    return dest


def _build_wheel(src: Path, out: Path) -> Path:
    """Offline when our setuptools can build wheels itself; else pip's isolated build."""
    major, minor = (int(x) for x in version("setuptools").split(".")[:2])
    cmd = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(src), "-w", str(out)]
    if (major, minor) >= (70, 1):
        cmd.insert(5, "--no-build-isolation")
    run = subprocess.run(cmd, capture_output=True, text=True, cwd=src)
    if run.returncode != 0 and "--no-build-isolation" not in cmd:
        pytest.skip(f"cannot build the wheel (isolated build needs the network): {run.stderr.strip()[-300:]}")
    assert run.returncode == 0, run.stdout + run.stderr
    (wheel,) = out.glob("claimline-*.whl")
    return wheel


@pytest.mark.slow
def test_pip_install_gives_working_entry_points_with_resources(tmp_path):
    import zipfile

    wheel = _build_wheel(_copy_checkout(tmp_path / "checkout"), tmp_path / "wheel")
    names = zipfile.ZipFile(wheel).namelist()
    for needed in ("share/claimline/resources/icons/claimline.svg", "share/claimline/resources/icons/claimline-512.png",
                   "share/claimline/resources/styles/dark.qss", "share/claimline/resources/translations/claimline_tr.qm",
                   "share/claimline/resources/translations/claimline_ru.qm",
                   "share/claimline/resources/translations/claimline_ru.ts", "share/claimline/seeds/rising-axis-of-trade.txt",
                   "share/claimline/resources/schemas/refi-qda/Codebook.xsd",
                   "share/claimline/resources/schemas/refi-qda/Project.xsd",
                   "share/claimline/resources/schemas/refi-qda/LICENSE",
                   "share/claimline/resources/gazetteer/cities.tsv", "share/claimline/resources/gazetteer/lower_case_en.txt",
                   "share/claimline/resources/models/ner-en/tok2vec/model",
                   "share/claimline/resources/models/ner-en/meta.json"):
        assert any(n.endswith(needed) for n in names), needed

    # A fresh venv: our wheel in it; the (already downloaded) dependencies come from
    # this interpreter's site-packages through a .pth entry, so no network is needed.
    venv = tmp_path / "venv"
    subprocess.run([sys._base_executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    py = venv / "bin" / "python"
    purelib = Path(subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                  capture_output=True, text=True, check=True).stdout.strip())
    (purelib / "_claimline_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    run = subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "-q", "--no-deps",
                          "--no-index", str(wheel)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr

    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CLAIMLINE_", "PYTHON"))}
    env.update(QT_QPA_PLATFORM="offscreen", CLAIMLINE_DATA_DIR=str(home / "data"),
               CLAIMLINE_CONFIG_DIR=str(home / "config"), CLAIMLINE_AUTHOR="Tester",
               CLAIMLINE_SMOKE_TEST="1", CLAIMLINE_LANGUAGE="tr")
    start = subprocess.run([str(venv / "bin" / "claimline-gui")], capture_output=True, text=True, env=env,
                           cwd=tmp_path, timeout=120)
    assert start.returncode == 0, start.stdout + start.stderr
    report = json.loads(start.stdout.strip().splitlines()[-1])
    assert report["ok"], report
    assert Path(report["module"]).is_relative_to(venv), "the app ran from the checkout, not the install"
    assert Path(report["resource_root"]) == venv / "share" / "claimline"
    assert report["document"].startswith("The Rising Axis of Trade")
    assert report["translations"] == ["claimline_ru.qm", "claimline_tr.qm"]
    assert report["language"] == "tr" and report["menus"][0] == "&Dosya"

    env.pop("CLAIMLINE_SMOKE_TEST")
    docs = subprocess.run([str(venv / "bin" / "claimline"), "docs", "--json"], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=60)
    assert docs.returncode == 0, docs.stderr
    assert "Rising Axis of Trade" in docs.stdout
