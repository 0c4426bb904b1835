"""The Claims view: every claim of the library — who claimed what, citing what, when.

A dock next to Figures and Entities.  Rows come from
:func:`desktop.service.tables.claims` (the whole library, or the documents of the
current collection through :meth:`ClaimsView.set_scope`); the filter matches
words in one chosen column or in any; clicking a header sorts; clicking a row
shows the passage (``tag_activated``); Ctrl+C or "Copy as CSV" copies the shown
rows in the shown order.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.export.csv import neutralise
from desktop.service import Service
from desktop.service.tables import Claim, claims
from desktop.ui.row_table import ROW_ID_ROLE, Column, CopyTable, RowTableModel, load_rows

# (header marked for lupdate, Claim attribute)
COLUMNS = (
    (QT_TRANSLATE_NOOP("ClaimsView", "Document"), "document"),
    (QT_TRANSLATE_NOOP("ClaimsView", "Date"), "date"),
    (QT_TRANSLATE_NOOP("ClaimsView", "Claim"), "quote"),
    (QT_TRANSLATE_NOOP("ClaimsView", "Asserted by"), "asserted_by"),
    (QT_TRANSLATE_NOOP("ClaimsView", "Cites"), "reference"),
    (QT_TRANSLATE_NOOP("ClaimsView", "Grading"), "grading"),
    (QT_TRANSLATE_NOOP("ClaimsView", "Topics"), "topics"),
    (QT_TRANSLATE_NOOP("ClaimsView", "Note"), "note"),
)
CSV_COLUMNS = ("document", "date", "quote", "asserted_by", "reference", "reliability", "credibility",
               "topics", "note", "document_id", "tag_id")


def _getter(attr: str):
    return lambda c: getattr(c, attr)


class ClaimsModel(RowTableModel[Claim]):
    def __init__(self, parent=None):
        super().__init__(
            [Column(QCoreApplication.translate("ClaimsView", h), _getter(a)) for h, a in COLUMNS],
            lambda c: c.tag_id,
            parent,
        )
        self._documents: set[str] | None = None

    def extra_data(self, row: Claim, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[column][1] in ("quote", "reference", "note", "document"):
            return getattr(row, COLUMNS[column][1]) or None
        return None


class ClaimsView(QWidget):
    """Claims across documents.

    Signals:
        tag_activated(document_id, tag_id): show this claim's passage in the reader.
    """

    tag_activated = Signal(str, str)

    def __init__(self, service: Service, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("claimsView")
        self.service = service
        self._scope: list[str] | None = None
        self.filter = QLineEdit(self)
        self.filter.setObjectName("claimFilter")
        self.filter.setPlaceholderText(self.tr("Filter claims…"))
        self.filter.setClearButtonEnabled(True)
        self.column_box = QComboBox(self)
        self.column_box.setObjectName("claimFilterColumn")
        self.column_box.addItem(self.tr("Any column"), -1)
        for i, (header, _attr) in enumerate(COLUMNS):
            self.column_box.addItem(self.tr(header), i)
        self.count_label = QLabel(self)
        self.copy_button = QPushButton(self.tr("&Copy as CSV"), self)
        self.copy_button.setObjectName("copyClaimsCsv")
        self.model = ClaimsModel(self)
        self.table = CopyTable(self, "claimTable", self.model)
        header = self.table.horizontalHeader()
        # Fixed widths: ResizeToContents would measure 100,000 rows.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((180, 80, 320, 140, 180, 60, 120)):
            header.resizeSection(col, width)
        self.table.clicked.connect(self._on_activated)
        self.table.activated.connect(self._on_activated)
        self.filter.textChanged.connect(self._apply_filter)
        self.column_box.activated.connect(lambda _i: self._apply_filter())
        self.copy_button.clicked.connect(self.copy_csv)
        self.table.copy_requested.connect(self.copy_csv)

        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.column_box)
        bar.addWidget(self.count_label)
        bar.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        # Filled by refresh(), when the dock is first shown: a hidden view loads nothing.

    def set_scope(self, document_ids: Iterable[str] | None, load: bool = True) -> None:
        """Claims of these documents only (the current collection), or of the whole library.

        ``load=False`` only remembers the scope (a hidden view refreshes when shown).
        """
        self._scope = None if document_ids is None else list(document_ids)
        if load:
            self.refresh()

    def refresh(self) -> None:
        """Reload the claims from the store, keeping filter and sort.

        The first rows show at once; the rest of a large library arrive from a
        worker thread (the count says "loading" meanwhile).
        """
        scope = self._scope
        load_rows(self.model, self.service, lambda service, limit: claims(service, scope, limit), self._update_count)
        self._update_count()

    def _apply_filter(self, _text: str = "") -> None:
        self.model.set_filter(self.filter.text(), self.column_box.currentData())
        self._update_count()

    def _update_count(self) -> None:
        text = self.tr("{0} of {1}").format(self.model.rowCount(), self.model.total)
        self.count_label.setText(text if self.model.complete else text + " " + self.tr("(loading…)"))

    def rows(self) -> list[dict[str, object]]:
        """The shown rows, in the shown order, as CSV records."""
        return [
            {
                "document": c.document,
                "date": c.date,
                "quote": c.quote,
                "asserted_by": c.asserted_by,
                "reference": c.reference,
                "reliability": c.reliability,
                "credibility": c.credibility,
                "topics": c.topics,
                "note": c.note,
                "document_id": c.document_id,
                "tag_id": c.tag_id,
            }
            for c in self.model.shown_rows()
        ]

    def to_csv(self) -> str:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in self.rows():
            writer.writerow({k: neutralise(v) for k, v in row.items()})
        return buf.getvalue()

    def copy_csv(self) -> None:
        QApplication.clipboard().setText(self.to_csv())

    def _on_activated(self, index) -> None:
        if index.isValid():
            claim = self.model.row_at(index.row())
            self.tag_activated.emit(claim.document_id, index.data(ROW_ID_ROLE))

