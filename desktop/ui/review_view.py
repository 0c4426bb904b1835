"""The Compare window: my tags and a colleague's, side by side, item by item.

Keys: T accept theirs, M keep mine, N / J next item, P / K previous item,
Ctrl+Z / Ctrl+Shift+Z undo and redo (shared with the main window's stack).
Accepting runs through :class:`~desktop.ui.review_commands.AcceptTheirsCommand`,
so it is one transaction and undoable; "Accept all non-conflicting" first writes
a backup of my store.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor, QUndoStack
from PySide6.QtWidgets import (
    QProgressDialog,
    QInputDialog,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.model import Annotation
from desktop.review.agreement import EXPLANATIONS, AgreementReport, agreement
from desktop.review.compare import STATUS_LABELS, STATUSES, Item
from desktop.review.merge import select
from desktop.service.review import ReviewSession
from desktop.service import ServiceError
from desktop.store import StoreError, open_store
from desktop.textmap import OffsetMap
from desktop.ui import theme
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.localised import kind_label
from desktop.ui.review_commands import AcceptTheirsCommand
from desktop.ui.review_reasons import reason_text
from desktop.ui.tasks import Task, TaskContext

STATUS_COLOURS = {
    "agreed": "#4cc38a",
    "only_mine": "#5b9bf0",
    "only_theirs": "#d77be0",
    "boundary": "#e0a030",
    "conflict": "#e5534b",
    "deleted": "#8a8f98",
}
ALL = "__all__"
# STATUS_LABELS of desktop.review.compare, marked for lupdate (shown via status_label()).
STATUS_TEXTS = {
    "agreed": QT_TRANSLATE_NOOP("ReviewWindow", "agreed"),
    "only_mine": QT_TRANSLATE_NOOP("ReviewWindow", "only mine"),
    "only_theirs": QT_TRANSLATE_NOOP("ReviewWindow", "only theirs"),
    "boundary": QT_TRANSLATE_NOOP("ReviewWindow", "boundary"),
    "conflict": QT_TRANSLATE_NOOP("ReviewWindow", "conflict"),
    "deleted": QT_TRANSLATE_NOOP("ReviewWindow", "deleted by one side"),
}


def _quote(tag: Annotation | None) -> str:
    return "—" if tag is None else " ".join(tag.exact.split())


def status_label(status: str) -> str:
    """STATUS_LABELS[status] in the user's language."""
    if STATUS_TEXTS.get(status) == STATUS_LABELS[status]:
        return QCoreApplication.translate("ReviewWindow", STATUS_LABELS[status])
    return STATUS_LABELS[status]


class TextPane(QPlainTextEdit):
    """One analyst's highlights on a text (read-only)."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.title = title
        self._map = OffsetMap("")
        self._base: list[QTextEdit.ExtraSelection] = []

    def show_text(self, text: str, tags: list[Annotation], colours: dict[str, str]) -> None:
        if self.toPlainText() != text:
            self.setPlainText(text)
            self._map = OffsetMap(text)
        dark = theme.is_dark()
        self._base = []
        for tag in tags:
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self._cursor(tag.start, tag.end)
            fmt = QTextCharFormat()
            fmt.setBackground(theme.highlight_colour(colours.get(tag.kind, "#999999"), dark))
            sel.format = fmt
            self._base.append(sel)
        self.setExtraSelections(self._base)

    def _cursor(self, start: int, end: int) -> QTextCursor:
        cur = QTextCursor(self.document())
        cur.setPosition(self._map.to_qt(start))
        cur.setPosition(self._map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        return cur

    def mark(self, tag: Annotation | None) -> None:
        """Outline ``tag`` (the current item) and scroll to it."""
        extra = list(self._base)
        if tag is not None:
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self._cursor(tag.start, tag.end)
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor("#e5534b"))
            fmt.setFontWeight(700)
            sel.format = fmt
            extra.append(sel)
            cur = QTextCursor(self.document())
            cur.setPosition(self._map.to_qt(tag.start))
            self.setTextCursor(cur)
            self.centerCursor()
        self.setExtraSelections(extra)


class ReviewWindow(QDialog):
    """Compare my store with a colleague's and accept their items.

    Signals:
        store_changed(str): my store changed (a document id, "" for several).
    """

    store_changed = Signal(str)

    def __init__(self, session: ReviewSession, undo_stack: QUndoStack | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.kept: set[str] = set()
        self.kind_labels: dict[str, str] = {}  # kind name → label as shown (built-in ones translated)
        self.visible: list[Item] = []
        self.their_name = session.their_name
        self.my_name = session.my_name or self.tr("me")
        title = self.tr("Review {0}'s store ({1})").format(self.their_name, Path(session.theirs.path).name)
        if session.doc_ids is not None:
            title += self.tr(", {0} selected documents").format(len(session.doc_ids))
        self.setWindowTitle(title + f" — {APP_NAME}")
        self.resize(1200, 720)
        self._build()
        self._fill_documents()
        self.refresh()

    # -- layout ----------------------------------------------------------------

    def _build(self) -> None:
        self.doc_combo = QComboBox()
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All statuses"), ALL)
        for s in STATUSES:
            self.status_combo.addItem(status_label(s), s)
        self.kind_combo = QComboBox()
        self.counts_label = QLabel()
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        self.counts_label.setWordWrap(True)  # long in Russian: wraps instead of widening the window
        top = QHBoxLayout()
        for label, w in ((self.tr("Document:"), self.doc_combo), (self.tr("Status:"), self.status_combo),
                         (self.tr("Kind:"), self.kind_combo)):
            top.addWidget(QLabel(label))
            top.addWidget(w, 1 if w is self.doc_combo else 0)
        # A long title takes the room there is (elided), not the window's minimum width.
        self.doc_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.doc_combo.setMinimumContentsLength(24)

        self.mine_pane = TextPane("mine")
        self.theirs_pane = TextPane("theirs")
        panes = QSplitter(Qt.Orientation.Horizontal)
        for title, pane in ((self.tr("Mine ({0})").format(self.my_name), self.mine_pane),
                            (self.tr("Theirs ({0})").format(self.their_name), self.theirs_pane)):
            box = QWidget()
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            head = QLabel(f"<b>{html.escape(title)}</b>")
            lay.addWidget(head)
            lay.addWidget(pane)
            panes.addWidget(box)

        self.table = QTableWidget(0, 5)
        # The quote columns are named after the two people: what each of them tagged.
        self.table.setHorizontalHeaderLabels([self.tr("Status"), self.tr("Kind"), self.my_name, self.their_name,
                                              self.tr("Why")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Interactive, sized once per fill: ResizeToContents re-measures the whole
        # column on every setItem (17 s for 1,000 rows of a visible table).
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        for col in (2, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)

        self.accept_button = QPushButton(self.tr("Accept theirs (T)"))
        self.keep_button = QPushButton(self.tr("Keep mine (M)"))
        self.prev_button = QPushButton(self.tr("Previous (P)"))
        self.next_button = QPushButton(self.tr("Next (N)"))
        self.bulk_button = QPushButton(self.tr("Accept all non-conflicting…"))
        self.agreement_button = QPushButton(self.tr("Agreement…"))
        buttons = FlowLayout()  # wraps onto a second row when the window is narrow
        for b in (self.prev_button, self.next_button, self.accept_button, self.keep_button,
                  self.agreement_button, self.bulk_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(panes)
        split.addWidget(self.table)
        split.setSizes([430, 250])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.counts_label)
        # Rows of their store that failed validation: skipped, never merged (issue 13).
        invalid = self.session.theirs.invalid
        self.invalid_label = QLabel(self.tr("Skipped {0} invalid rows of their store (hover for the reasons)")
                                    .format(invalid.total))
        self.invalid_label.setObjectName("invalidRows")
        self.invalid_label.setToolTip("\n".join(invalid.lines()))
        self.invalid_label.setVisible(invalid.total > 0)
        layout.addWidget(self.invalid_label)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

        self.doc_combo.currentIndexChanged.connect(lambda _: self.refresh())
        self.status_combo.currentIndexChanged.connect(lambda _: self._fill_table())
        self.kind_combo.currentIndexChanged.connect(lambda _: self._fill_table())
        self.table.itemSelectionChanged.connect(self._current_changed)
        self.accept_button.clicked.connect(self.accept_theirs)
        self.keep_button.clicked.connect(self.keep_mine)
        self.next_button.clicked.connect(lambda: self.go_to_pending(1))
        self.prev_button.clicked.connect(lambda: self.go_to_pending(-1))
        self.bulk_button.clicked.connect(self.accept_all_nonconflicting)
        self.agreement_button.clicked.connect(self.show_agreement)
        for key, slot in (("T", self.accept_theirs), ("M", self.keep_mine), ("N", lambda: self.go_to_pending(1)),
                          ("J", lambda: self.go_to_pending(1)), ("P", lambda: self.go_to_pending(-1)), ("K", lambda: self.go_to_pending(-1)),
                          ("Ctrl+Z", self.undo_stack.undo), ("Ctrl+Shift+Z", self.undo_stack.redo),
                          ("Ctrl+Y", self.undo_stack.redo)):
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

    # -- content ---------------------------------------------------------------

    def _fill_documents(self) -> None:
        self.doc_combo.blockSignals(True)
        self.doc_combo.clear()
        for p in self.session.comparison.pairs:
            n = sum(1 for i in self.session.comparison.items_of(p.document_id) if i.status != "agreed")
            side = "" if p.mine and p.theirs else (self.tr(" (only mine)") if p.mine else self.tr(" (only theirs)"))
            self.doc_combo.addItem(self.tr("{0} — {1} to review").format(p.title + side, n), p.document_id)
        self.doc_combo.blockSignals(False)

    @property
    def document_id(self) -> str | None:
        return self.doc_combo.currentData()

    def refresh(self) -> None:
        """Re-show the current document after the comparison changed."""
        cmp = self.session.comparison
        pair = cmp.pair(self.document_id) if self.document_id else None
        kinds = {k.name: k.colour for k in (*cmp.theirs.kinds.values(), *cmp.mine.kinds.values())}
        self.colours = kinds
        self.kind_labels = {k.name: kind_label(k.name, k.label)
                            for k in (*cmp.theirs.kinds.values(), *cmp.mine.kinds.values())}
        current_kind = self.kind_combo.currentData()
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        self.kind_combo.addItem(self.tr("All kinds"), ALL)
        for name in kinds:
            self.kind_combo.addItem(self.kind_labels.get(name, name), name)
        idx = self.kind_combo.findData(current_kind)
        self.kind_combo.setCurrentIndex(max(0, idx))
        self.kind_combo.blockSignals(False)
        if pair is None:
            self.mine_pane.show_text("", [], kinds)
            self.theirs_pane.show_text("", [], kinds)
        else:
            text = (pair.mine or pair.theirs).text  # type: ignore[union-attr]
            items = cmp.items_of(pair.document_id)
            mine_tags = cmp.mine.live_tags(pair.mine.id) if pair.mine else []
            their_tags = [i.theirs for i in items if i.theirs is not None and i.theirs.deleted_at is None and i.placed]
            self.mine_pane.show_text(text, mine_tags, kinds)
            self.theirs_pane.show_text(text, their_tags, kinds)
        self._fill_table()

    def _fill_table(self) -> None:
        cmp = self.session.comparison
        doc_items = cmp.items_of(self.document_id) if self.document_id else []
        status, kind = self.status_combo.currentData(), self.kind_combo.currentData()
        self.visible = [
            i for i in doc_items
            if (status in (None, ALL) or i.status == status) and (kind in (None, ALL) or i.kind == kind)
        ]
        counts = cmp.counts(doc_items)
        self.counts_label.setText("  ".join(
            f"<span style='color:{STATUS_COLOURS[s]}'>■</span> {status_label(s)}: <b>{n}</b>"
            for s, n in counts.items()
        ))
        self.table.setUpdatesEnabled(False)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.visible))
        for row, item in enumerate(self.visible):
            label = status_label(item.status) + (" ✓ " + self.tr("kept") if item.key in self.kept else "")
            cells = (label, self.kind_labels.get(item.kind, item.kind), _quote(item.mine), _quote(item.theirs),
                     reason_text(item.reason, lambda k: self.kind_labels.get(k, k)))
            for col, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                if col == 0:
                    cell.setForeground(QColor(STATUS_COLOURS[item.status]))
                self.table.setItem(row, col, cell)
        self.table.blockSignals(False)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.table.setUpdatesEnabled(True)
        self._current_changed()

    def current_item(self) -> Item | None:
        row = self.table.currentRow()
        return self.visible[row] if 0 <= row < len(self.visible) else None

    def _current_changed(self) -> None:
        item = self.current_item()
        self.mine_pane.mark(item.mine if item and item.mine and item.mine.deleted_at is None else None)
        self.theirs_pane.mark(item.theirs if item and item.theirs and item.placed else None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.current_item()
        can = item is not None and item.theirs is not None and item.status not in ("agreed", "only_mine")
        self.accept_button.setEnabled(can)
        self.keep_button.setEnabled(item is not None)
        self.bulk_button.setEnabled(bool(select(self.session.comparison.items, "nonconflicting")))

    # -- actions ---------------------------------------------------------------

    def select_row(self, row: int) -> None:
        if self.visible:
            row = max(0, min(row, len(self.visible) - 1))
            self.table.selectRow(row)
            item = self.table.item(row, 0)
            if item is not None:
                self.table.scrollToItem(item)

    def go_to_pending(self, step: int) -> None:
        """Go to the next (previous) item that still needs a look (not agreed, not kept)."""
        if not self.visible:
            return
        row = self.table.currentRow()
        n = len(self.visible)
        for k in range(1, n + 1):
            cand = (row + step * k) % n if row >= 0 else (k - 1 if step > 0 else n - k)
            item = self.visible[cand]
            if item.status != "agreed" and item.key not in self.kept:
                self.select_row(cand)
                return

    def settle_entities(self, items: list[Item]) -> list[Item] | None:
        """Ask which of my entities an ambiguous entity of theirs is (None: cancelled).

        Returns the items as the comparison stands after the answers.
        """
        ambiguous = self.session.ambiguous_entities(items)
        if not ambiguous:
            return items
        cmp = self.session.comparison
        choices: dict[str, str | None] = {}
        for their_id, candidates in ambiguous.items():
            theirs = cmp.theirs.entities[their_id]
            mine = [cmp.mine.entities[c] for c in candidates]
            options = [f"{e.name} ({t})" for e, t in
                       ((e, QCoreApplication.translate("EntityEditor", e.type)) for e in mine)]
            options.append(self.tr("A different entity: add “{0}” as a new one").format(theirs.name))
            choice, ok = QInputDialog.getItem(
                self, self.tr("Which entity is it?"),
                self.tr("Their entity “{0}” matches several of yours by name or alias. Which one is it?").format(
                    theirs.name),
                options, 0, False,
            )
            if not ok:
                return None
            index = options.index(choice)
            choices[their_id] = candidates[index] if index < len(candidates) else None
        keys = {item.key for item in items}
        self.session.choose_entities(choices)
        return [item for item in self.session.comparison.items if item.key in keys]

    def accept_theirs(self) -> None:
        item = self.current_item()
        if item is None or item.theirs is None or item.status in ("agreed", "only_mine"):
            return
        row = self.table.currentRow()
        settled = self.settle_entities([item])
        if not settled:
            return
        self._push(AcceptTheirsCommand(self.session, settled, self._after_change))
        self.select_row(row)
        now = self.current_item()
        if now is not None and now.status == "agreed":
            self.go_to_pending(1)

    def keep_mine(self) -> None:
        item = self.current_item()
        if item is None:
            return
        self.kept.add(item.key)
        row = self.table.currentRow()
        self._fill_table()
        self.select_row(row)
        self.go_to_pending(1)

    def accept_all_nonconflicting(self) -> None:
        items = select(self.session.comparison.items, "nonconflicting")
        if not items:
            return
        settled = self.settle_entities(items)
        if not settled:
            return
        self._push(AcceptTheirsCommand(self.session, settled, self._after_change, backup=True,
                                       text=self.tr("accept {0} non-conflicting items").format(len(settled))))

    def show_agreement(self) -> "AgreementDialog":
        """Agreement of the two stores over the compared documents."""
        cmp = self.session.comparison
        docs = {p.mine.id for p in cmp.pairs if p.mine is not None and p.theirs is not None}
        dialog = AgreementDialog(agreement([cmp.mine, cmp.theirs], docs), self)
        dialog.show()
        return dialog

    def _push(self, command: AcceptTheirsCommand) -> None:
        try:
            self.undo_stack.push(command)
        except (StoreError, ServiceError) as exc:
            QMessageBox.warning(self, APP_NAME, str(exc))

    def _after_change(self) -> None:
        doc = self.document_id
        self._fill_documents()
        idx = self.doc_combo.findData(doc)
        self.doc_combo.blockSignals(True)
        self.doc_combo.setCurrentIndex(max(0, idx))
        self.doc_combo.blockSignals(False)
        self.refresh()
        self.store_changed.emit(doc or "")


class AgreementDialog(QDialog):
    """Agreement per kind and overall, each figure explained in one line."""

    COLUMNS = (
        ("tags", QT_TRANSLATE_NOOP("AgreementDialog", "Tags (mine / theirs)")),
        ("f1_exact", QT_TRANSLATE_NOOP("AgreementDialog", "F1 exact")),
        ("f1_overlap", QT_TRANSLATE_NOOP("AgreementDialog", "F1 overlap")),
        ("precision_exact", QT_TRANSLATE_NOOP("AgreementDialog", "Precision exact")),
        ("recall_exact", QT_TRANSLATE_NOOP("AgreementDialog", "Recall exact")),
        ("kappa", QT_TRANSLATE_NOOP("AgreementDialog", "Cohen's kappa")),
        ("alpha", QT_TRANSLATE_NOOP("AgreementDialog", "Krippendorff's alpha")),
    )

    # EXPLANATIONS of desktop.review.agreement, marked for lupdate (shown via explanation()).
    EXPLANATION_TEXTS = {
        "f1_exact": QT_TRANSLATE_NOOP(
            "AgreementDialog",
            "F1 of tags with the same kind and the same span (ends trimmed of spaces and punctuation).",
        ),
        "f1_overlap": QT_TRANSLATE_NOOP(
            "AgreementDialog",
            "F1 of tags with the same kind whose spans overlap (each tag matched once).",
        ),
        "precision_exact": QT_TRANSLATE_NOOP(
            "AgreementDialog",
            "Share of the second store's tags the first store has exactly.",
        ),
        "recall_exact": QT_TRANSLATE_NOOP(
            "AgreementDialog",
            "Share of the first store's tags the second store has exactly.",
        ),
        "kappa": QT_TRANSLATE_NOOP(
            "AgreementDialog",
            "Cohen's kappa over every whitespace token, labelled by the kinds covering it ('none' included).",
        ),
        "alpha": QT_TRANSLATE_NOOP(
            "AgreementDialog",
            "Krippendorff's alpha (nominal) over the same token labels, across all stores.",
        ),
    }

    def explanation(self, key: str) -> str:
        """EXPLANATIONS[key] in the user's language."""
        if self.EXPLANATION_TEXTS.get(key) == EXPLANATIONS[key]:
            return self.tr(EXPLANATIONS[key])
        return EXPLANATIONS[key]

    def __init__(self, report: AgreementReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Agreement") + f" — {APP_NAME}")
        self.table = QTableWidget(len(report.rows), len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(label) for _, label in self.COLUMNS])
        self.table.setVerticalHeaderLabels(list(report.rows))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, r in enumerate(report.rows.values()):
            for col, (key, _) in enumerate(self.COLUMNS):
                value = getattr(r, key)
                text = (" / ".join(map(str, value)) if key == "tags"
                        else (self.tr("n/a") if value is None else f"{value:.3f}"))
                cell = QTableWidgetItem(text)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if key in EXPLANATIONS:
                    cell.setToolTip(self.explanation(key))
                self.table.setItem(row, col, cell)
        self.table.resizeColumnsToContents()
        explained = [(self.tr(label), self.explanation(key)) for key, label in self.COLUMNS if key in EXPLANATIONS]
        notes = QLabel("<br>".join(
            f"<b>{label}</b>: {text}" for label, text in explained
        ) + "<br>" + self.tr("{0} document(s), {1} tokens; n/a: undefined (e.g. no tags).").format(
            len(report.documents), report.tokens))
        notes.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(notes)
        self.resize(900, 420)


def load_review(
    my_path: Path, their_path: str | Path, ctx: TaskContext, doc_ids: Iterable[str] | None = None
) -> ReviewSession:
    """Read both stores and compare them, all documents or only ``doc_ids`` (a :class:`Task`
    op: runs on a worker thread).

    Uses its own read-only connection to my store (a sqlite connection belongs to
    its thread).  The session's snapshots are plain data; the window then points
    it at its own store.
    """
    mine = open_store(my_path, create=False, readonly=True)
    try:
        session = ReviewSession(mine, their_path, None if doc_ids is None else set(doc_ids))
    finally:
        mine.close()
    ctx.check()
    return session


def open_review(
    main_window, path: str | Path, opened: Callable[[ReviewWindow], Any] | None = None,
    doc_ids: Iterable[str] | None = None,
) -> Task:
    """Open the Compare window of ``main_window``'s store against the store at ``path``,
    over every document or only ``doc_ids`` (then agreement and merges are limited to them).

    Reading and comparing run in the background behind a progress dialog that
    can cancel; the Compare window opens when they are done (``opened`` gets it).
    Accepting uses the main window's undo stack, so Ctrl+Z there takes a merge
    back too; when my store changes, the main window's open document is reloaded.
    """
    store = main_window.service.store
    my_path = Path(store.path)
    doc_ids = None if doc_ids is None else frozenset(doc_ids)
    progress = QProgressDialog(
        QCoreApplication.translate("ReviewWindow", "Reading and comparing {0}…").format(Path(path).name),
        QCoreApplication.translate("ReviewWindow", "Cancel"), 0, 0, main_window
    )
    progress.setWindowTitle(QCoreApplication.translate("ReviewWindow", "Review"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)

    def show(session: ReviewSession) -> None:
        session.store = store  # merges write through the window's own connection
        window = ReviewWindow(session, main_window.undo_stack, main_window)

        def reload(_doc_id: str) -> None:
            if main_window.current_doc is not None:
                main_window.reload_document(main_window.current_doc)
            main_window.refresh_library()

        window.store_changed.connect(reload)
        window.show()
        if opened is not None:
            opened(window)

    task = Task(main_window, APP_NAME, lambda ctx: load_review(my_path, path, ctx, doc_ids), success=show,
                registry=main_window.tasks, scope="review")
    progress.canceled.connect(task.cancel)
    task.finished.connect(progress.reset)
    task.finished.connect(progress.deleteLater)
    return task.start()


__all__ = ["ReviewWindow", "open_review"]
