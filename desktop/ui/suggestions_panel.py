"""The Suggestions list: candidate figures, dates and actors, accepted or dismissed by key.

Suggestions of one entity or one value share a row ("Kazakhstan — 14
mentions", see :func:`group_key`) that opens onto its mentions.  The panel only
shows and asks: Enter asks to accept the current row (a mention, or every
mention of a group, as one undo step), Backspace to dismiss it, Tab moves to the
next visible row (Shift+Tab back); the "Accept all" button's menu asks to accept
every suggestion of one kind.  The summary says how many are left.  The main
window's :class:`desktop.ui.suggestions_controller.SuggestionsController` runs
detection in the background, wraps accepts in undo commands and draws the
dotted underlines.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFontMetrics, QKeyEvent, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.model import Annotation
from desktop.service import edits
from desktop.suggest import operations
from desktop.suggest.detect import KINDS, Suggestion, display_value
from desktop.ui.date_reasons import date_reason_text
from desktop.ui.localised import date_words, entity_type, figure_text
from desktop.ui.roles import GROUP_ROLE, GROUP_TEXT_ROLE, ITEM_ROLE

# Kind names in undo texts ("accept 2 figure/date suggestions").
_UNDO_KINDS = {
    "figure": QT_TRANSLATE_NOOP("SuggestionsPanel", "figure"),
    "date": QT_TRANSLATE_NOOP("SuggestionsPanel", "date"),
    "actor": QT_TRANSLATE_NOOP("SuggestionsPanel", "actor"),
}


_STEPS = 1000  # the progress bar's range
BAR_DELAY_MS = 400


class _SuggestionList(QTreeWidget):
    """The list itself: Tab and Shift+Tab move between visible rows instead of widgets."""

    accept_key = Signal()
    dismiss_key = Signal()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self.step(-1 if event.key() == Qt.Key.Key_Backtab else 1)
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept_key.emit()
        elif key == Qt.Key.Key_Backspace:
            self.dismiss_key.emit()
        else:
            super().keyPressEvent(event)

    def tops(self) -> list[QTreeWidgetItem]:
        """The top-level rows (groups and single mentions), in order."""
        return [top for i in range(self.topLevelItemCount()) if (top := self.topLevelItem(i)) is not None]

    def visible_rows(self) -> list[QTreeWidgetItem]:
        """Rows in screen order: groups, and the mentions of expanded groups."""
        rows: list[QTreeWidgetItem] = []
        for top in self.tops():
            rows.append(top)
            if top.isExpanded():
                rows.extend(children(top))
        return rows

    def step(self, delta: int) -> None:
        rows = self.visible_rows()
        if not rows:
            return
        current = self.currentItem()
        row = rows.index(current) if current in rows else -1
        self.setCurrentItem(rows[(row + delta) % len(rows)])


class _GroupTextDelegate(QStyledItemDelegate):
    """Shortens a group row's name, never its count: "Kazakhst… — 17 kez geçiyor", and in a
    column too narrow for the words "Kazakh… ×17".

    The view elides in the middle, which kept the count only where the language puts it
    last; the Turkish "{0} — {1} kez geçiyor" lost it in a narrow panel."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        parts = index.data(GROUP_TEXT_ROLE)
        if not parts:
            return
        name, before, after, count = parts
        style = option.widget.style() if option.widget is not None else None
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, option.widget) + 1 if style else 3
        width = option.rect.width() - 2 * margin
        metrics = QFontMetrics(option.font)
        text = option.text
        if metrics.horizontalAdvance(text) <= width:
            return
        room = width - metrics.horizontalAdvance(before + after)
        if room < metrics.horizontalAdvance(name[:3] + "…"):  # too narrow for the words: "Kazakh… ×17"
            before, after = "", f" ×{count}"
            room = width - metrics.horizontalAdvance(after)
        option.text = before + metrics.elidedText(name, Qt.TextElideMode.ElideRight, max(0, room)) + after


def children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """An item's children, in order."""
    return [child for j in range(item.childCount()) if (child := item.child(j)) is not None]


def group_key(s: Suggestion) -> tuple[str, str]:
    """What puts suggestions in one row: an actor's entity (or name), a figure's or date's value."""
    if s.kind == "actor":
        entity = s.attributes.get("entity_id")
        name = entity or " ".join(str(s.attributes.get("name") or s.exact).split()).casefold()
        return (s.kind, f"{name}\x1f{s.attributes.get('type') or ''}")
    if s.kind == "date" and s.attributes.get("undated"):
        return (s.kind, "undated\x1f" + " ".join(s.exact.split()).casefold())  # no value: same words only
    return (s.kind, display_value(s))


class SuggestionsPanel(QWidget):
    """Suggestions of the open document with their normalized values.

    Accepted and dismissed suggestions leave the list at once and the next one
    becomes current; the window puts them back with :meth:`set_suggestions`
    (after an undo, say).

    Signals:
        accept_requested(list[Suggestion]): make these tags.
        dismiss_requested(list[Suggestion]): do not suggest these again.
        current_changed(object): the current Suggestion (None when the list is empty).
        underlines_toggled(bool): show or hide the dotted underlines in the reader.
        detect_requested(): run detection again on the open document.
        stop_requested(): stop the running detection.
    """

    accept_requested = Signal(list)
    dismiss_requested = Signal(list)
    current_changed = Signal(object)
    underlines_toggled = Signal(bool)
    detect_requested = Signal()
    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._colours: dict[str, str] = {}
        self._items: list[Suggestion] = []
        self._expanded: set[tuple[str, str]] = set()
        self._words = date_words()
        self.summary = QLabel(self.tr("No suggestions"))
        self.summary.setWordWrap(True)  # a long count must not widen the side panel (the reader would jump)
        self.underlines = QCheckBox(self.tr("Underline in text"))
        self.underlines.setChecked(True)
        self.underlines.setToolTip(self.tr("Show suggestions as dotted underlines in the reader"))
        self.underlines.toggled.connect(self.underlines_toggled)
        self.redetect = QPushButton(self.tr("Detect again"))
        self.redetect.setToolTip(self.tr("Run detection on the open document again"))
        self.redetect.clicked.connect(self.detect_requested)
        # While detection runs: how far it is, and Stop in the place of "Detect again".
        self.stop = QPushButton(self.tr("Stop"))
        self.stop.setToolTip(self.tr("Stop looking for suggestions in this document"))
        self.stop.clicked.connect(self.stop_requested)
        self.stop.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, _STEPS)
        self.progress.setTextVisible(False)  # the summary says the stage and the percentage
        self.progress.hide()
        self._detecting = False
        # The bar and Stop appear only when detection lasts (no flash on a short document).
        self._show_bar = QTimer(self)
        self._show_bar.setSingleShot(True)
        self._show_bar.setInterval(BAR_DELAY_MS)
        self._show_bar.timeout.connect(lambda: self._running(self._detecting))

        self.list = _SuggestionList()
        self.list.setColumnCount(3)
        self.list.setHeaderLabels([self.tr("Kind"), self.tr("Text"), self.tr("Value")])
        self.list.setRootIsDecorated(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a long mention keeps both ends
        self.list.setItemDelegateForColumn(1, _GroupTextDelegate(self.list))  # a group keeps its count
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemExpanded.connect(self._on_expanded)
        self.list.itemCollapsed.connect(self._on_collapsed)
        self.list.accept_key.connect(self.accept_current)
        self.list.dismiss_key.connect(self.dismiss_current)

        # "Accept all ▾": one button whose menu holds a choice per kind, so the row stays
        # narrow in every language (Space or a click opens it, arrows and Enter choose).
        self.accept_all_button = QPushButton(self.tr("Accept all"))
        self.accept_all_button.setObjectName("acceptAll")
        self.accept_all_button.setToolTip(self.tr("Accept every suggestion of one kind in this document"))
        # The same menu is in the window's Tag menu, for the keyboard (Alt+T).
        self.accept_all_menu = QMenu(self.tr("Accept all suggestions"), self.accept_all_button)
        self.accept_all: dict[str, QAction] = {}
        for kind in KINDS:
            action = self.accept_all_menu.addAction(self._plural_labels()[kind])
            action.setToolTip(self.tr("Accept every suggestion of this kind in this document"))
            action.triggered.connect(lambda _=False, k=kind: self.accept_all_of(k))
            self.accept_all[kind] = action
        self.accept_all_button.setMenu(self.accept_all_menu)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_all_button)
        buttons.addStretch(1)
        # The current row with one click: a mention, or every mention of a group.
        self.accept_row = QPushButton(self.tr("Accept"))
        self.accept_row.setToolTip(self.tr("Accept the selected suggestion, or every mention of the selected group (Enter)"))
        self.accept_row.clicked.connect(self.accept_current)
        self.dismiss_row = QPushButton(self.tr("Dismiss"))
        self.dismiss_row.setToolTip(
            self.tr("Dismiss the selected suggestion, or every mention of the selected group (Backspace)"))
        self.dismiss_row.clicked.connect(self.dismiss_current)
        buttons.addWidget(self.accept_row)
        buttons.addWidget(self.dismiss_row)

        # The summary has a row of its own: it wraps there instead of squeezing the controls.
        top = QHBoxLayout()
        top.addWidget(self.underlines)
        top.addStretch(1)
        top.addWidget(self.redetect)
        top.addWidget(self.stop)

        hint = QLabel(self.tr("Enter accepts · Backspace dismisses · Tab goes to the next · on a group, all its mentions"))
        hint.setEnabled(False)
        hint.setWordWrap(True)  # long in Russian: wraps instead of widening the side panel

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        self._update_summary()

    # -- content ---------------------------------------------------------------

    def _kind_labels(self) -> dict[str, str]:
        return {"figure": self.tr("Figure"), "date": self.tr("Date"), "actor": self.tr("Actor")}

    def _plural_labels(self) -> dict[str, str]:
        return {"figure": self.tr("Figures"), "date": self.tr("Dates"), "actor": self.tr("Actors")}

    def _count_labels(self) -> tuple[dict[str, str], dict[str, str]]:
        one = {"figure": self.tr("1 figure"), "date": self.tr("1 date"), "actor": self.tr("1 actor")}
        many = {"figure": self.tr("{0} figures"), "date": self.tr("{0} dates"), "actor": self.tr("{0} actors")}
        return one, many

    def set_kind_colours(self, colours: dict[str, str]) -> None:
        """Kind name → "#rrggbb", for the kind column."""
        self._colours = dict(colours)

    def show_detecting(self) -> None:
        """Say that detection runs (until :meth:`set_suggestions` shows its result,
        or :meth:`show_stopped`): the bar, Stop, and the stage as it reports."""
        self.summary.setText(self.tr("Looking for suggestions…"))
        self.progress.setValue(0)
        self._detecting = True
        self._show_bar.start()

    def show_progress(self, done: int, total: int, stage: str) -> None:
        """Detection reports: ``done`` of ``total``, now at ``stage`` (see
        :data:`desktop.service.suggestions.STAGES`)."""
        if not self.is_detecting():
            return  # a report that crossed the end of detection
        fraction = done / total if total > 0 else 0.0
        self.progress.setValue(round(fraction * _STEPS))
        text = self._stage_labels().get(stage)
        if text is not None:
            self.summary.setText(text.format(int(fraction * 100)))

    def show_stopped(self) -> None:
        """Detection was stopped: say so (Detect again starts it anew)."""
        self._running(False)
        self.summary.setText(self.tr("Detection stopped"))

    def show_failed(self, message: str) -> None:
        self._running(False)
        self.summary.setText(self.tr("Detection failed: {0}").format(message))

    def is_detecting(self) -> bool:
        return self._detecting

    def _running(self, on: bool) -> None:
        self._detecting = on
        if not on:
            self._show_bar.stop()
        self.progress.setVisible(on)
        self.stop.setVisible(on)
        self.redetect.setVisible(not on)

    def _stage_labels(self) -> dict[str, str]:
        return {
            "models": self.tr("Loading the language models…"),
            "dates": self.tr("Finding dates… {0} %"),
            "figures": self.tr("Finding figures… {0} %"),
            "names": self.tr("Finding names… {0} %"),
            "actors": self.tr("Finding actors… {0} %"),
            "done": self.tr("Looking for suggestions… {0} %"),
        }

    def set_suggestions(self, suggestions: Iterable[Suggestion]) -> None:
        """Show these suggestions (ordered by position); keeps the current row if still there."""
        current = self.current_items()
        self._running(False)
        self._items = sorted(suggestions, key=lambda s: (s.start, s.end, s.kind))
        self._rebuild()
        self._select_members(current)
        self._on_current(self.list.currentItem(), None)
        self._update_summary()

    def add_suggestions(self, items: Iterable[Suggestion]) -> None:
        """Put suggestions back (after an undo); the row of the first of them becomes current."""
        items = list(items)
        present = {s.key for s in self._items}
        self.set_suggestions(self._items + [s for s in items if s.key not in present])
        if items:
            self._select_members(items)

    def suggestions(self) -> list[Suggestion]:
        """Every suggestion in the list, grouped or not, in text order."""
        return list(self._items)

    def current(self) -> Suggestion | None:
        """The current row's suggestion (a group's first mention)."""
        items = self.current_items()
        return items[0] if items else None

    def current_items(self) -> list[Suggestion]:
        """What Enter and Backspace act on: the current mention, or every mention of the current group."""
        return self._members(self.list.currentItem())

    def rows(self) -> list[tuple[str, list[Suggestion]]]:
        """The top-level rows as (text, suggestions): a group row holds all its mentions."""
        return [(top.text(1), self._members(top)) for top in self.list.tops()]

    def select_suggestion(self, key: tuple[str, int, int]) -> bool:
        """Make the suggestion with this (kind, start, end) current (e.g. on a reader click);
        a grouped one opens its group."""
        for top in self.list.tops():
            if top.childCount() == 0:
                if top.data(0, ITEM_ROLE).key == key:
                    self.list.setCurrentItem(top)
                    return True
                continue
            for child in children(top):
                if child.data(0, ITEM_ROLE).key == key:
                    top.setExpanded(True)
                    self.list.setCurrentItem(child)
                    return True
        return False

    def remove_suggestions(self, items: Iterable[Suggestion]) -> None:
        """Take suggestions out of the list; the row after the current one becomes current."""
        keys = {s.key for s in items}
        rows = self.list.visible_rows()
        current = self.list.currentItem()
        at = rows.index(current) if current in rows else 0
        target: list[Suggestion] = []
        for row in rows[at:] + rows[:at][::-1]:
            target = [s for s in self._members(row) if s.key not in keys]
            if target:
                break
        self._items = [s for s in self._items if s.key not in keys]
        self._rebuild()
        self._select_members(target)
        self._on_current(self.list.currentItem(), None)
        self._update_summary()

    # -- intents ---------------------------------------------------------------

    def accept_current(self) -> None:
        chosen = self.current_items()
        if chosen:
            self.remove_suggestions(chosen)
            self.accept_requested.emit(chosen)

    def dismiss_current(self) -> None:
        chosen = self.current_items()
        if chosen:
            self.remove_suggestions(chosen)
            self.dismiss_requested.emit(chosen)

    def accept_all_of(self, kind: str) -> None:
        chosen = [s for s in self._items if s.kind == kind]
        if chosen:
            self.remove_suggestions(chosen)
            self.accept_requested.emit(chosen)

    # -- internals -------------------------------------------------------------

    def _rebuild(self) -> None:
        """One row per group of :func:`group_key` (ordered by its first mention), its mentions below."""
        groups: dict[tuple[str, str], list[Suggestion]] = {}
        for s in self._items:
            groups.setdefault(group_key(s), []).append(s)
        self.list.blockSignals(True)
        self.list.clear()
        for key, members in groups.items():
            if len(members) == 1:
                self.list.addTopLevelItem(self._item(members[0]))
                continue
            first = members[0]
            name = str(first.attributes.get("name") or "") if first.kind == "actor" else ""
            name = name or " ".join(first.exact.split())
            template = self.tr("{0} — {1} mentions")
            top = QTreeWidgetItem([self._kind_labels().get(first.kind, first.kind),
                                   template.format(name, len(members)), self._value(first)])
            top.setData(0, GROUP_ROLE, key)
            before, mark, after = template.format("\0", len(members)).partition("\0")
            if mark:
                top.setData(1, GROUP_TEXT_ROLE, (name, before, after, len(members)))
            top.setToolTip(1, self.tr("Enter accepts all {0}, Backspace dismisses all; → shows them").format(
                len(members)))
            font = top.font(1)
            font.setBold(True)
            top.setFont(1, font)
            self._colour(top, first.kind)
            self.list.addTopLevelItem(top)
            for s in members:
                child = self._item(s)
                child.setText(0, "")
                top.addChild(child)
            top.setExpanded(key in self._expanded)
        self.list.blockSignals(False)

    def _members(self, item: QTreeWidgetItem | None) -> list[Suggestion]:
        if item is None:
            return []
        if item.data(0, GROUP_ROLE) is not None:
            return [child.data(0, ITEM_ROLE) for child in children(item)]
        return [item.data(0, ITEM_ROLE)]

    def _select_members(self, members: Sequence[Suggestion]) -> None:
        """Make current the row holding exactly these suggestions, else the row holding the first."""
        rows = self.list.visible_rows()
        if not rows:
            return
        wanted = {s.key for s in members}
        exact = [r for r in rows if {s.key for s in self._members(r)} == wanted]
        holding = [r for r in rows if members and members[0].key in {s.key for s in self._members(r)}]
        self.list.setCurrentItem((exact or holding or rows)[0])

    def _on_expanded(self, item: QTreeWidgetItem) -> None:
        key = item.data(0, GROUP_ROLE)
        if key is not None:
            self._expanded.add(key)

    def _on_collapsed(self, item: QTreeWidgetItem) -> None:
        self._expanded.discard(item.data(0, GROUP_ROLE))

    def _item(self, s: Suggestion) -> QTreeWidgetItem:
        quote = " ".join(s.exact.split())
        item = QTreeWidgetItem([self._kind_labels().get(s.kind, s.kind), quote, self._value(s)])
        item.setData(0, ITEM_ROLE, s)
        confidence = self.tr("confidence {0}").format(f"{s.confidence:.2f}")
        item.setToolTip(1, f"{s.exact}\n{s.start}–{s.end} · {confidence}")
        reason = s.attributes.get("reason") if s.kind == "date" else None  # which day a relative date was read from
        item.setToolTip(2, f"{self._value(s)}\n{date_reason_text(reason)}" if reason else self._value(s))
        self._colour(item, s.kind)
        return item

    def _value(self, s: Suggestion) -> str:
        return display_value(s, self._words, entity_type, figure_text)

    def _colour(self, item: QTreeWidgetItem, kind: str) -> None:
        colour = self._colours.get(kind)
        if colour:
            item.setForeground(0, QColor(colour))

    def _on_current(self, item: QTreeWidgetItem | None, _previous: Any) -> None:
        members = self._members(item)
        self.accept_row.setEnabled(bool(members))
        self.dismiss_row.setEnabled(bool(members))
        self.current_changed.emit(members[0] if members else None)

    def _update_summary(self) -> None:
        counts = {k: 0 for k in KINDS}
        for s in self._items:
            counts[s.kind] = counts.get(s.kind, 0) + 1
        total = sum(counts.values())
        one, many = self._count_labels()
        if total:
            parts = ", ".join((one[k] if n == 1 else many[k].format(n)) for k, n in counts.items() if n)
            rows = self.list.topLevelItemCount()
            if total == 1:
                text = self.tr("1 suggestion left: {0}").format(parts)
            elif rows < total:
                text = self.tr("{0} suggestions left in {1} rows: {2}").format(total, rows, parts)
            else:
                text = self.tr("{0} suggestions left: {1}").format(total, parts)
            self.summary.setText(text)
        else:
            self.summary.setText(self.tr("No suggestions"))
        for kind, action in self.accept_all.items():
            n = counts.get(kind, 0)
            action.setEnabled(n > 0)
            action.setText(self.tr("{0} ({1})").format(self._plural_labels()[kind], n))
        self.accept_all_button.setEnabled(total > 0)


Shown = Callable[[list[Suggestion]], None]


class AcceptSuggestionsCommand(QUndoCommand):
    """Accept suggestions as tags; undo tombstones the tags and gives the suggestions back.

    ``apply`` receives each tag state (as for the tag commands); ``restore`` and
    ``withdraw`` put suggestions back into / take them out of the panel.
    """

    def __init__(self, service: Any, apply: Callable[[Annotation], None], doc_id: str,
                 items: Sequence[Suggestion], restore: Shown | None = None, withdraw: Shown | None = None):
        super().__init__()
        self.service, self.apply, self.doc_id = service, apply, doc_id
        self.items = list(items)
        self.restore, self.withdraw = restore, withdraw
        self.tags: list[Annotation] | None = None
        kinds = sorted({s.kind for s in self.items})
        names = "/".join(
            QCoreApplication.translate("SuggestionsPanel", _UNDO_KINDS[k]) if k in _UNDO_KINDS else k for k in kinds
        )
        if len(self.items) == 1:
            self.setText(QCoreApplication.translate("SuggestionsPanel", "accept {0} {1} suggestion").format(1, names))
        else:
            self.setText(QCoreApplication.translate("SuggestionsPanel", "accept {0} {1} suggestions").format(
                len(self.items), names))

    def redo(self) -> None:
        if self.tags is None:
            self.tags = operations.accept(self.service, self.doc_id, self.items)
        else:
            self.tags = edits.restore_tags(self.service, [t.id for t in self.tags])
            if self.withdraw is not None:
                self.withdraw(self.items)
        for tag in self.tags:
            self.apply(tag)

    def undo(self) -> None:
        assert self.tags is not None
        self.tags = edits.delete_tags(self.service, [t.id for t in self.tags])
        for tag in self.tags:
            self.apply(tag)
        if self.restore is not None:
            self.restore(self.items)


class DismissSuggestionsCommand(QUndoCommand):
    """Dismiss suggestions for this document; undo forgets the dismissal."""

    def __init__(self, service: Any, doc_id: str, items: Sequence[Suggestion],
                 restore: Shown | None = None, withdraw: Shown | None = None):
        super().__init__()
        self.service, self.doc_id, self.items = service, doc_id, list(items)
        self.restore, self.withdraw = restore, withdraw
        self._done_once = False
        if len(self.items) == 1:
            self.setText(QCoreApplication.translate("SuggestionsPanel", "dismiss suggestion"))
        else:
            self.setText(QCoreApplication.translate("SuggestionsPanel", "dismiss {0} suggestions").format(
                len(self.items)))

    def redo(self) -> None:
        operations.dismiss(self.service, self.doc_id, self.items)
        if self._done_once and self.withdraw is not None:
            self.withdraw(self.items)
        self._done_once = True

    def undo(self) -> None:
        operations.undismiss(self.service, self.doc_id, self.items)
        if self.restore is not None:
            self.restore(self.items)
