"""The Figures view: every figure tag across documents in a sortable, filterable table.

Values sort as numbers; the filter matches any column (and a unit chosen in the
unit box).  Ctrl+C or "Copy as CSV" puts the shown rows, in the shown order, on
the clipboard.  Enter or double-click on a row emits ``tag_activated``.
"""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.meaning.figures import format_number
from desktop.service import Service
from desktop.ui.row_table import CopyTable

ID_ROLE = Qt.ItemDataRole.UserRole
DOC_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
# Header labels, marked for lupdate; shown through self.tr() in FiguresView.
COLUMNS = (
    QT_TRANSLATE_NOOP("FiguresView", "Document"),
    QT_TRANSLATE_NOOP("FiguresView", "Quote"),
    QT_TRANSLATE_NOOP("FiguresView", "Value"),
    QT_TRANSLATE_NOOP("FiguresView", "Unit"),
    QT_TRANSLATE_NOOP("FiguresView", "Scale"),
    QT_TRANSLATE_NOOP("FiguresView", "Measures"),
    QT_TRANSLATE_NOOP("FiguresView", "Period"),
    QT_TRANSLATE_NOOP("FiguresView", "Author"),
)
CSV_COLUMNS = ("document", "quote", "value", "unit", "scale", "measures", "period", "author", "tag_id")


class _FigureFilter(QSortFilterProxyModel):
    """Text in any column, plus an exact unit."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.unit: str | None = None

    def set_unit(self, unit: str | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9: invalidateFilter() is deprecated
            self.beginFilterChange()
            self.unit = unit
            self.endFilterChange()
        else:  # pragma: no cover - older Qt
            self.unit = unit
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802 (Qt override)
        model = self.sourceModel()
        if self.unit is not None and model.index(row, 3, parent).data() != self.unit:
            return False
        return super().filterAcceptsRow(row, parent)


class FiguresView(QWidget):
    """Figures across documents.

    Signals:
        tag_activated(document_id, tag_id): show this figure in the reader.
    """

    tag_activated = Signal(str, str)

    def __init__(self, service: Service, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("figuresView")
        self.service = service
        self.filter = QLineEdit(self)
        self.filter.setObjectName("figureFilter")
        self.filter.setPlaceholderText(self.tr("Filter figures…"))
        self.filter.setClearButtonEnabled(True)
        self.unit_box = QComboBox(self)
        self.unit_box.setObjectName("figureUnitBox")
        self.copy_button = QPushButton(self.tr("&Copy as CSV"), self)
        self.copy_button.setObjectName("copyCsv")
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.proxy = _FigureFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = CopyTable(self, "figureTable", self.proxy)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 180)  # long titles are elided; the user can widen the column
        self.table.activated.connect(self._on_activated)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.unit_box.activated.connect(lambda _i: self.proxy.set_unit(self.unit_box.currentData()))
        self.copy_button.clicked.connect(self.copy_csv)
        self.table.copy_requested.connect(self.copy_csv)

        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.unit_box)
        bar.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        """Reload every live figure tag of the store."""
        titles = {d.id: d.title for d in self.service.documents()}
        self.table.setSortingEnabled(False)
        self.model.removeRows(0, self.model.rowCount())
        units: set[str] = set()
        for tag in self.service.tags(kind="figure"):
            a = tag.attributes
            value = a.get("value")
            number = value if isinstance(value, (int, float)) and not isinstance(value, bool) else None
            unit = str(a.get("unit") or "")
            units.add(unit)
            cells = [
                (titles.get(tag.document_id, ""), titles.get(tag.document_id, "").casefold()),
                (" ".join(tag.exact.split()), tag.exact.casefold()),
                (format_number(number) if number is not None else "", float(number) if number is not None else float("-inf")),
                (unit, unit),
                (str(a.get("scale") or ""), str(a.get("scale") or "")),
                (str(a.get("measures") or ""), str(a.get("measures") or "").casefold()),
                (str(a.get("period") or ""), str(a.get("period") or "")),
                (tag.author, tag.author.casefold()),
            ]
            row = []
            for col, (text, key) in enumerate(cells):
                item = QStandardItem(text)
                item.setData(tag.id, ID_ROLE)
                item.setData(tag.document_id, DOC_ROLE)
                item.setData(key, SORT_ROLE)
                if col == 2:
                    item.setData(number, Qt.ItemDataRole.UserRole + 3)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                row.append(item)
            self.model.appendRow(row)
        self.table.setSortingEnabled(True)
        current = self.unit_box.currentData()
        self.unit_box.clear()
        self.unit_box.addItem(self.tr("All units"), None)
        for unit in sorted(units):
            self.unit_box.addItem(unit or self.tr("(no unit)"), unit)
        self.unit_box.setCurrentIndex(max(self.unit_box.findData(current), 0) if current is not None else 0)
        self.proxy.set_unit(self.unit_box.currentData())

    def rows(self) -> list[dict[str, object]]:
        """The shown rows, in the shown order, as CSV records."""
        out = []
        for r in range(self.proxy.rowCount()):
            idx = [self.proxy.index(r, c) for c in range(len(COLUMNS))]
            out.append(
                {
                    "document": idx[0].data(),
                    "quote": idx[1].data(),
                    "value": "" if idx[2].data(Qt.ItemDataRole.UserRole + 3) is None else idx[2].data(Qt.ItemDataRole.UserRole + 3),
                    "unit": idx[3].data(),
                    "scale": idx[4].data(),
                    "measures": idx[5].data(),
                    "period": idx[6].data(),
                    "author": idx[7].data(),
                    "tag_id": idx[0].data(ID_ROLE),
                }
            )
        return out

    def to_csv(self) -> str:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(self.rows())
        return buf.getvalue()

    def copy_csv(self) -> None:
        QApplication.clipboard().setText(self.to_csv())

    def _on_activated(self, index) -> None:
        self.tag_activated.emit(index.data(DOC_ROLE), index.data(ID_ROLE))
