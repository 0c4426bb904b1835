"""The main window's actions, menus, toolbars and shortcuts.

Built once by :class:`desktop.ui.main_window.MainWindow` (and the kind actions
again when the codebook changes); each action is an attribute of the window,
so the wiring stays readable there.  Texts are in the "MainWindow" translation
context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QToolBar

from desktop.model import Kind
from desktop.settings import UNDERLINE_SUGGESTIONS, get
from desktop.ui.kind_menu import fill_kind_menu, fill_kind_toolbar
from desktop.ui.language_menu import LanguageMenu
from desktop.ui.theme_menu import ThemeMenu
from desktop.ui.undo import UndoActions
from desktop.ui.theme import kind_icon

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

translate = QCoreApplication.translate


class WindowActions:
    """The actions, menus and toolbar the functions below put on the window (typed here).

    :class:`~desktop.ui.main_window.MainWindow` inherits these declarations only.
    """

    import_action: QAction
    reimport_action: QAction
    export_action: QAction
    review_action: QAction
    new_store_action: QAction
    open_store_action: QAction
    author_action: QAction
    quit_action: QAction
    undo_action: QAction
    redo_action: QAction
    undo_button_action: QAction
    redo_button_action: QAction
    delete_action: QAction
    link_action: QAction
    codebook_action: QAction
    suggest_action: QAction
    toggle_library_action: QAction
    toggle_panel_action: QAction
    page_view_action: QAction
    go_to_page_action: QAction
    fit_width_action: QAction
    fit_page_action: QAction
    zoom_in_action: QAction
    zoom_out_action: QAction
    underline_action: QAction
    timeline_action: QAction
    entities_action: QAction
    figures_action: QAction
    claims_action: QAction
    find_action: QAction
    search_action: QAction
    about_action: QAction
    kind_actions: dict[str, QAction]
    recent_menu: QMenu
    tag_menu: QMenu
    tag_toolbar: QToolBar
    language_menu: LanguageMenu
    theme_menu: ThemeMenu


def _action(window: MainWindow, text: str, shortcut: QKeySequence.StandardKey | str | None = None,
            tip: str | None = None, *, checkable: bool = False, enabled: bool = True) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
    action.setCheckable(checkable)
    action.setEnabled(enabled)
    return action


def build_actions(window: MainWindow) -> None:
    """The window's actions with their shortcuts (menus and toolbars show them)."""
    w, keys = window, QKeySequence.StandardKey
    w.import_action = _action(w, translate("MainWindow", "&Import…"), keys.Open,
                              translate("MainWindow", "Import documents (text, Markdown, HTML, PDF, EPUB)"))
    w.import_action.triggered.connect(w.imports.choose_import)
    w.reimport_action = _action(w, translate("MainWindow", "&Re-import new version…"), "Ctrl+Shift+I",
                                translate("MainWindow", "Replace the open document by a newer file, keeping every tag"))
    w.reimport_action.triggered.connect(w.imports.choose_reimport)
    w.export_action = _action(w, translate("MainWindow", "&Export report…"), "Ctrl+E",
                              translate("MainWindow", "Export an annotated report or the tags as data"))
    w.export_action.triggered.connect(w.open_export)
    w.review_action = _action(w, translate("MainWindow", "Re&view colleague's store…"), "Ctrl+Shift+R",
                              translate("MainWindow", "Compare a colleague's store with this one, merge, measure agreement"))
    w.review_action.triggered.connect(lambda: w.choose_review_store())
    w.new_store_action = _action(w, translate("MainWindow", "&New store…"), "Ctrl+Shift+N")
    w.new_store_action.triggered.connect(w.stores.choose_new_store)
    w.open_store_action = _action(w, translate("MainWindow", "&Open store…"), "Ctrl+Shift+O")
    w.open_store_action.triggered.connect(w.stores.choose_open_store)
    w.author_action = _action(w, translate("MainWindow", "Set &author name…"))
    w.author_action.triggered.connect(w.stores.ask_author)
    w.quit_action = _action(w, translate("MainWindow", "&Quit"), keys.Quit)
    w.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    w.quit_action.triggered.connect(w.close)

    undo = UndoActions(w)  # the menu's Undo names the step (and its document when another)
    w.undo_action, w.redo_action = undo.undo_action, undo.redo_action
    w.undo_button_action, w.redo_button_action = undo.undo_button, undo.redo_button
    w.delete_action = _action(w, translate("MainWindow", "&Delete tag"), keys.Delete)
    # The panel's list handles Delete itself; this action serves menus and the reader.
    w.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    w.reader.addAction(w.delete_action)
    w.delete_action.triggered.connect(w.tagging.delete_current_tag)
    w.link_action = _action(w, translate("MainWindow", "&Link two tags…"), "Ctrl+K",
                            translate("MainWindow", "Link the two tags selected in the panel"))
    w.link_action.triggered.connect(w.tagging.link_selected_tags)
    w.codebook_action = _action(w, translate("MainWindow", "&Codebook…"), "Ctrl+Shift+B")
    w.codebook_action.triggered.connect(w.tagging.open_codebook)
    w.suggest_action = _action(w, translate("MainWindow", "Detect &suggestions"), "Ctrl+Shift+S",
                               translate("MainWindow", "Find candidate figures, dates and actors in this document"))
    w.suggest_action.triggered.connect(lambda: w.suggest.run(show=True))

    w.toggle_library_action = _action(w, translate("MainWindow", "Show &library"), "Ctrl+L", checkable=True)
    w.toggle_library_action.setChecked(True)
    w.toggle_library_action.toggled.connect(w.library.setVisible)
    w.toggle_panel_action = _action(w, translate("MainWindow", "Show &tags panel"), "Ctrl+T", checkable=True)
    w.toggle_panel_action.setChecked(True)
    w.toggle_panel_action.toggled.connect(w.side.setVisible)
    w.page_view_action = _action(
        w, translate("MainWindow", "&Page view"), "Ctrl+Shift+P",
        translate("MainWindow", "Show the real pages of a PDF or EPUB (off: the reflowed text)"), checkable=True, enabled=False)
    w.page_view_action.toggled.connect(w.set_page_mode)
    w.go_to_page_action = _action(w, translate("MainWindow", "&Go to page…"), "Ctrl+G", enabled=False)
    w.go_to_page_action.triggered.connect(w.page_view.ask_page)
    w.fit_width_action = _action(w, translate("MainWindow", "Fit &width"), enabled=False)
    w.fit_width_action.triggered.connect(w.page_view.fit_width)
    w.fit_page_action = _action(w, translate("MainWindow", "Fit &page"), enabled=False)
    w.fit_page_action.triggered.connect(w.page_view.fit_page)
    w.zoom_in_action = _action(w, translate("MainWindow", "Zoom &in"), keys.ZoomIn)
    w.zoom_in_action.triggered.connect(w.views.zoom_in)
    w.zoom_out_action = _action(w, translate("MainWindow", "Zoom &out"), keys.ZoomOut)
    w.zoom_out_action.triggered.connect(w.views.zoom_out)
    w.underline_action = _action(w, translate("MainWindow", "Underline s&uggestions"), checkable=True)
    w.underline_action.setChecked(get(w.settings, UNDERLINE_SUGGESTIONS))
    w.underline_action.toggled.connect(w.suggest.set_underlines)
    w.timeline_action = dock_action(w.timeline_dock, "Ctrl+Shift+T")
    w.entities_action = dock_action(w.entities_dock, "Ctrl+Shift+E")
    w.figures_action = dock_action(w.figures_dock, "Ctrl+Shift+F")
    w.claims_action = dock_action(w.claims_dock, "Ctrl+Shift+C")
    w.find_action = _action(w, translate("MainWindow", "&Find in document…"), keys.Find)
    w.find_action.triggered.connect(w.library_controller.open_find)
    w.search_action = _action(w, translate("MainWindow", "&Search the library…"), "Ctrl+Shift+L")
    w.search_action.triggered.connect(w.library_controller.focus_search)
    w.about_action = _action(w, translate("MainWindow", "&About Claimline"))
    w.about_action.triggered.connect(w.stores.show_about)


def dock_action(dock: QDockWidget, shortcut: str) -> QAction:
    action = dock.toggleViewAction()
    action.setShortcut(QKeySequence(shortcut))
    return action


def build_kind_actions(window: MainWindow, kinds: list[Kind]) -> None:
    """One "Tag as …" action per codebook kind, in the Tag menu and toolbar."""
    for action in window.kind_actions.values():
        window.removeAction(action)
        action.deleteLater()
    window.kind_actions = {}
    for kind in kinds:
        action = QAction(kind_icon(kind.colour), translate("MainWindow", "Tag as {0}").format(kind.label), window)
        action.setIconText(kind.label)
        if kind.shortcut:
            action.setShortcut(QKeySequence(kind.shortcut))
            action.setToolTip(translate("MainWindow", "Tag the selection as {0} ({1})").format(kind.label, kind.shortcut))
        action.setEnabled(False)
        action.triggered.connect(lambda _=False, k=kind.name: window.tagging.tag_selection(k))
        window.addAction(action)
        window.kind_actions[kind.name] = action
    window.tag_menu.clear()
    window.tag_toolbar.clear()
    codebook = window.meaning.codebook()  # large codebooks: nested by parent, keyed kinds on the toolbar
    fill_kind_menu(window.tag_menu, window.kind_actions, codebook)
    fill_kind_toolbar(window.tag_toolbar, window.kind_actions, codebook)
    window.tag_menu.addSeparator()
    window.tag_menu.addAction(window.delete_action)
    window.tag_menu.addAction(window.link_action)
    window.tag_menu.addSeparator()
    window.tag_menu.addAction(window.suggest_action)
    window.tag_menu.addMenu(window.suggestions.accept_all_menu)
    window.tag_menu.addAction(window.codebook_action)


def build_menus(window: MainWindow) -> None:
    """The menu bar and the two toolbars."""
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    file_menu.addAction(window.import_action)
    file_menu.addMenu(translate("MainWindow", "Import from &other tools")).addAction(window.exchange.import_action)
    file_menu.addAction(window.reimport_action)
    file_menu.addAction(window.export_action)
    file_menu.addMenu(translate("MainWindow", "Export for o&ther tools")).addAction(window.exchange.export_action)
    file_menu.addSeparator()
    file_menu.addAction(window.review_action)
    file_menu.addSeparator()
    file_menu.addAction(window.new_store_action)
    file_menu.addAction(window.open_store_action)
    window.recent_menu = file_menu.addMenu(translate("MainWindow", "Recent stores"))
    file_menu.addSeparator()
    file_menu.addAction(window.author_action)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)
    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    edit_menu.addAction(window.undo_action)
    edit_menu.addAction(window.redo_action)
    edit_menu.addSeparator()
    edit_menu.addAction(window.delete_action)
    edit_menu.addSeparator()
    edit_menu.addAction(window.find_action)
    edit_menu.addAction(window.search_action)
    window.tag_menu = bar.addMenu(translate("MainWindow", "&Tag"))
    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    view_menu.addAction(window.toggle_library_action)
    view_menu.addAction(window.toggle_panel_action)
    view_menu.addSeparator()
    view_menu.addAction(window.timeline_action)
    view_menu.addAction(window.entities_action)
    view_menu.addAction(window.figures_action)
    view_menu.addAction(window.claims_action)
    view_menu.addSeparator()
    view_menu.addAction(window.page_view_action)
    view_menu.addAction(window.go_to_page_action)
    view_menu.addAction(window.fit_width_action)
    view_menu.addAction(window.fit_page_action)
    view_menu.addAction(window.zoom_in_action)
    view_menu.addAction(window.zoom_out_action)
    view_menu.addSeparator()
    view_menu.addAction(window.underline_action)
    view_menu.addSeparator()
    window.language_menu = LanguageMenu(window.settings, window)
    view_menu.addMenu(window.language_menu)
    window.theme_menu = ThemeMenu(window.settings, window)
    view_menu.addMenu(window.theme_menu)
    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(window.about_action)

    toolbar = QToolBar(translate("MainWindow", "Main"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setIconSize(QSize(14, 14))
    toolbar.addAction(window.import_action)
    toolbar.addSeparator()
    toolbar.addAction(window.undo_button_action)  # a fixed label: the toolbar never shifts
    toolbar.addAction(window.redo_button_action)
    toolbar.addSeparator()
    toolbar.addAction(window.page_view_action)
    toolbar.addAction(window.timeline_action)
    window.addToolBar(toolbar)
    window.tag_toolbar = QToolBar(translate("MainWindow", "Tag"), window)
    window.tag_toolbar.setObjectName("tagToolbar")
    window.tag_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    window.tag_toolbar.setIconSize(QSize(14, 14))
    window.addToolBar(window.tag_toolbar)
