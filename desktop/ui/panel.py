"""The annotation panel: the document's tags grouped by kind, and the selected tag's form.

The panel only shows and asks: it emits ``*_requested`` signals and the main
window turns them into undoable commands.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.model import Annotation, Kind
from desktop.ui import theme
from desktop.ui.localised import date_text
from desktop.ui.models import TagTreeModel
from desktop.ui.roles import SUBTITLE_ROLE, TAG_ID_ROLE



MIN_TAG_ROWS = 4


class TagDelegate(QStyledItemDelegate):
    """Two lines per tag: the quote, then the note and author in a muted colour."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        return QSize(base.width(), option.fontMetrics.height() * 2 + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if index.data(TAG_ID_ROLE) is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text = option.text
        option.text = ""
        option.icon = QIcon()
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDecoration
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pal = option.palette
        main = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = QColor(main)
        muted.setAlphaF(0.7)
        fm = option.fontMetrics
        rect = option.rect.adjusted(6, 4, -6, -4)
        painter.save()
        # Swatch of the kind's colour on the left.
        colour = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(colour, QColor):
            painter.fillRect(QRect(rect.left(), rect.top() + 2, 4, rect.height() - 4), colour)
        rect.setLeft(rect.left() + 10)
        painter.setPen(main)
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), fm.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()),
        )
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() - 1))
        painter.setFont(small)
        painter.setPen(muted)
        sub = index.data(SUBTITLE_ROLE) or ""
        painter.drawText(
            QRect(rect.left(), rect.top() + fm.height() + 2, rect.width(), fm.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            painter.fontMetrics().elidedText(sub, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()


class AnnotationPanel(QWidget):
    """Tags of the open document by kind, with a form to edit the selected one.

    Signals:
        tag_selected(str): the user picked a tag in the list.
        note_edit_requested(str, str): tag id, new note.
        kind_change_requested(str, str): tag id, new kind name.
        delete_requested(list): tag ids to delete.
    """

    tag_selected = Signal(str)
    note_edit_requested = Signal(str, str)
    kind_change_requested = Signal(str, str)
    delete_requested = Signal(list)
    current_changed = Signal(str)  # the tag the form shows ("" for none), whoever chose it

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("annotationPanel")
        self._kinds: list[Kind] = []
        self._quiet = False
        self._current: str | None = None

        self.model = TagTreeModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("tagTree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        # One height for every row: the view then never measures 10,000 rows.
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setItemDelegate(TagDelegate(self.tree))
        # Room for a kind heading and about three tags however small the window
        # (at 1024×700 with a dock open the list used to shrink to one row).
        self.tree.setMinimumHeight(MIN_TAG_ROWS * (self.tree.fontMetrics().height() * 2 + 10))
        self.tree.selectionModel().selectionChanged.connect(self._on_selection)
        self.tree.clicked.connect(self._on_clicked)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.request_delete)

        self.form = QWidget(self)
        form = QFormLayout(self.form)
        form.setContentsMargins(6, 6, 6, 6)
        self.kind_box = QComboBox(self.form)
        self.kind_box.setObjectName("kindBox")
        self.kind_box.activated.connect(self._on_kind_chosen)
        self.note_edit = QPlainTextEdit(self.form)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setPlaceholderText(self.tr("Note on this tag…"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(64)
        self.note_edit.textChanged.connect(self._on_note_typed)
        self.info = QLabel(self.form)
        self.info.setObjectName("tagInfo")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.delete_button = QPushButton(self.tr("Delete tag"), self.form)
        self.delete_button.clicked.connect(self.request_delete)
        form.addRow(self.tr("Kind"), self.kind_box)
        form.addRow(self.tr("Note"), self.note_edit)
        form.addRow(self.info)
        form.addRow(self.delete_button)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(600)
        self._note_timer.timeout.connect(self.commit_note)
        self._note_pending = False

        self.empty = QLabel(self.tr("Select text in the reader and press C, A, F or D to tag it."), self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("panelHint")

        # With no tag selected: what the document holds, instead of a disabled form.
        self.summary = QLabel(self)
        self.summary.setObjectName("tagSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setContentsMargins(8, 6, 8, 6)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Tags"), self)
        title.setObjectName("panelTitle")
        layout.addWidget(title)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.summary)
        layout.addWidget(self.form)
        self._show_form(None)

    # -- content ---------------------------------------------------------------

    def set_kinds(self, kinds: Iterable[Kind], parents: Mapping[str, str | None] | None = None) -> None:
        """The codebook; ``parents`` (kind → parent kind) nests the kind rows of the list."""
        self._kinds = list(kinds)
        self.model.set_kinds(self._kinds, parents)
        self.kind_box.clear()
        for k in self._kinds:
            self.kind_box.addItem(k.label, k.name)

    def set_tags(self, tags: Iterable[Annotation]) -> None:
        self.commit_note()
        self._quiet = True
        self.model.set_tags(tags)
        self.tree.expandAll()
        self._quiet = False
        self._current = None
        self._show_form(None)
        self._update_empty()

    def has_tag(self, tag_id: str) -> bool:
        return self.model.tag(tag_id) is not None

    def index_of(self, tag_id: str) -> QModelIndex:
        return self.model.tag_index(tag_id)

    def _update_empty(self) -> None:
        none = self.model.tag_count() == 0
        self.empty.setVisible(none)
        self.summary.setVisible(not none and self._current is None)
        self.form.setVisible(self._current is not None)
        if self.summary.isVisibleTo(self):
            self.summary.setText(self._summary_html())

    def _summary_html(self) -> str:
        """The document's tags at a glance: counts per kind, actors, the dates covered, notes."""
        esc = html.escape
        by_kind = self.model.tags_by_kind()
        total = sum(len(v) for v in by_kind.values())
        counts = " · ".join(
            f"<span style='color:{theme.strong_colour(k.colour, theme.is_dark()).name()}'>■</span> "
            f"{esc(k.label)} <b>{len(by_kind.get(k.name, []))}</b>"
            for k in self._kinds if by_kind.get(k.name))
        heading = self.tr("{0} tags in this document").format(total)
        lines = [f"<b>{esc(heading)}</b>", counts]
        actors = Counter(" ".join(t.exact.split()) for t in by_kind.get("actor", []))
        if actors:
            top = ", ".join(f"{esc(name)}" + (f" ({n})" if n > 1 else "") for name, n in actors.most_common(6))
            more = len(actors) - 6
            lines.append(self.tr("Actors: {0}").format(top) + (self.tr(" and {0} more").format(more) if more > 0 else ""))
        spans = [t.attributes for t in by_kind.get("date", [])
                 if isinstance(t.attributes, dict) and t.attributes.get("start") and not t.attributes.get("undated")]
        if spans:
            first = min(spans, key=lambda a: str(a["start"]))
            last = max(spans, key=lambda a: str(a.get("end") or a["start"]))
            lo = date_text({"start": first["start"], "end": first["start"], "precision": first.get("precision")})
            hi = date_text({"start": last.get("end") or last["start"], "end": last.get("end") or last["start"],
                            "precision": last.get("precision")})
            lines.append(self.tr("Dates: {0}").format(esc(lo if lo == hi else f"{lo} – {hi}")))
        notes = sum(1 for rows in by_kind.values() for t in rows if t.note.strip())
        authors = sorted({t.author for rows in by_kind.values() for t in rows})
        lines.append(self.tr("{0} with a note · tagged by {1}").format(notes, esc(", ".join(authors))))
        hint = self.tr("Select a tag to edit its kind, note and meaning.")
        lines.append(f"<i>{esc(hint)}</i>")
        return "<br>".join(lines)

    def upsert_tag(self, tag: Annotation) -> None:
        """Reflect one tag's new state (added, edited, or tombstoned)."""
        self._quiet = True
        try:
            if self.model.upsert(tag):  # a kind not listed before got its first tag
                self.tree.expandAll()
            if not tag.deleted and not tag.orphaned:
                self.tree.expand(self.model.tag_index(tag.id).parent())
        finally:
            self._quiet = False
        if tag.id == self._current:
            if tag.deleted or tag.orphaned:
                self._current = None
                self._show_form(None)
            else:
                self.select_tag(tag.id)
        self._update_empty()

    # -- selection -------------------------------------------------------------

    def select_tag(self, tag_id: str) -> None:
        """Select a tag in the list without announcing it back (from the reader)."""
        index = self.model.tag_index(tag_id)
        if not index.isValid():
            return
        self._quiet = True
        try:
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        finally:
            self._quiet = False
        self._set_current(tag_id)

    def selected_tag_ids(self) -> list[str]:
        ids = []
        for index in self.tree.selectionModel().selectedIndexes():
            tag_id = index.data(TAG_ID_ROLE)
            if tag_id:
                ids.append(tag_id)
        return ids

    def current_tag_id(self) -> str | None:
        return self._current

    def _on_selection(self, *_: object) -> None:
        if self._quiet:
            return
        ids = self.selected_tag_ids()
        current = self.tree.currentIndex().data(TAG_ID_ROLE)
        tag_id = current if current in ids else (ids[0] if ids else None)
        if tag_id != self._current:
            self.commit_note()
        self._set_current(tag_id)
        if tag_id:
            self.tag_selected.emit(tag_id)

    def _on_clicked(self, index: QModelIndex) -> None:
        tag_id = index.data(TAG_ID_ROLE)
        if tag_id and tag_id == self._current:
            self.tag_selected.emit(tag_id)  # clicking again scrolls and flashes again

    def _set_current(self, tag_id: str | None) -> None:
        changed = tag_id != self._current
        self._current = tag_id
        self._show_form(self.model.tag(tag_id) if tag_id else None)
        self._update_empty()
        if changed:
            self.current_changed.emit(tag_id or "")

    def _show_form(self, tag: Annotation | None) -> None:
        self.form.setEnabled(tag is not None)
        self._quiet_note = True
        if tag is None:
            self.note_edit.setPlainText("")
            self.info.setText(self.tr("No tag selected."))
            self.kind_box.setCurrentIndex(-1)
        else:
            self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(tag.kind)))
            if self.note_edit.toPlainText() != tag.note and not self._note_pending:
                self.note_edit.setPlainText(tag.note)
            created = tag.created_at[:16].replace("T", " ")
            # Where the tag is, as a position and a length: "characters 2024–2037" on a
            # date tag read like a range of years.
            self.info.setText(self.tr("Tagged by {0} · {1} UTC · at position {2}, {3} characters long").format(
                tag.author, created, tag.start, tag.end - tag.start))
        self._quiet_note = False

    # -- edits -----------------------------------------------------------------

    def _on_note_typed(self) -> None:
        if getattr(self, "_quiet_note", False) or self._current is None:
            return
        self._note_pending = True
        self._note_timer.start()

    def commit_note(self) -> None:
        """Send a pending note edit now (on pause, focus change or tag switch)."""
        if not self._note_pending:
            return
        self._note_pending = False
        self._note_timer.stop()
        tag = self.model.tag(self._current or "")
        text = self.note_edit.toPlainText()
        if tag is not None and text != tag.note:
            self.note_edit_requested.emit(tag.id, text)

    def _on_kind_chosen(self, index: int) -> None:
        tag = self.model.tag(self._current or "")
        kind = self.kind_box.itemData(index)
        if tag is not None and kind and kind != tag.kind:
            self.kind_change_requested.emit(tag.id, kind)

    def request_delete(self) -> None:
        ids = self.selected_tag_ids() or ([self._current] if self._current else [])
        if ids:
            self.delete_requested.emit(ids)
