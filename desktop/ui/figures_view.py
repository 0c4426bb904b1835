"""The Figures view: every figure tag across documents in a sortable, filterable table.

Values sort as numbers; the filter matches any column (and a unit chosen in the
unit box).  Ctrl+C or "Copy as CSV" puts the shown rows, in the shown order, on
the clipboard.  Enter or double-click on a row emits ``tag_activated``.  Rows are
plain :class:`desktop.service.tables.Figure` records under a
:class:`desktop.ui.row_table.RowTableModel`, so 200,000 figures show at once.
"""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import QCoreApplication, Qt, Signal
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

from desktop.i18n import QT_TRANSLATE_NOOP, installed_language
from desktop.meaning.numbers import decimal_mark, format_figure, format_number
from desktop.service import Service
from desktop.service.tables import Figure, figures
from desktop.ui.localised import unit_label
from desktop.ui.row_table import ROW_ID_ROLE, Column, CopyTable, RowTableModel, load_rows

# Header labels, marked for lupdate; shown translated in the FiguresView context.
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
CSV_COLUMNS = ("document", "quote", "value", "upper", "qualifier", "unit", "scale", "measures", "period", "author", "tag_id")
_NO_VALUE = float("-inf")


class FiguresModel(RowTableModel[Figure]):
    def __init__(self, parent=None):
        getters = (
            lambda f: f.document,
            lambda f: f.quote,
            lambda f: f.value if f.value is not None else _NO_VALUE,
            lambda f: f.unit,
            lambda f: f.scale,
            lambda f: f.measures,
            lambda f: f.period,
            lambda f: f.author,
        )
        super().__init__(
            [Column(QCoreApplication.translate("FiguresView", h), g, numeric=i == 2)
             for i, (h, g) in enumerate(zip(COLUMNS, getters, strict=True))],
            lambda f: f.tag_id,
            parent,
        )
        # The UI's language is set for the whole run (a new one applies on restart): read it once,
        # and each unit's symbol once, not for each of 200,000 rows the filter reads.
        self._language = installed_language()
        self._decimal = decimal_mark(self._language)
        self._units: dict[str, str] = {}

    def display(self, row: Figure, column: int) -> str:
        if column == 2:
            return self._value_text(row)
        if column == 3:
            return self.display_unit(row.unit)
        return super().display(row, column)

    def filter_text(self, row: Figure) -> str:
        """Every column as shown, read from the record's fields directly (the filter reads 200,000)."""
        return "\n".join((row.document, row.quote, self._value_text(row), self.display_unit(row.unit), row.scale,
                          row.measures, row.period, row.author))

    def display_unit(self, unit: str) -> str:
        """A unit as its column shows it, in the UI's language ("т")."""
        shown = self._units.get(unit)
        if shown is None:
            shown = self._units[unit] = unit_label(unit)
        return shown

    def _value_text(self, f: Figure) -> str:
        """The number in the UI's language, with a range's upper end and a qualifier ("≤ 9,8–10,5" in
        Russian); the unit has its column, and the CSV keeps the number (9.8)."""
        if f.value is None:
            return ""
        if f.upper is None and not f.qualifier:
            return format_number(f.value, self._decimal)
        return format_figure({"value": f.value, "upper": f.upper, "qualifier": f.qualifier}, self._language)


class FiguresView(QWidget):
    """Figures across documents.

    Signals:
        tag_activated(document_id, tag_id): show this figure in the reader.
    """

    tag_activated = Signal(str, str)

    def __init__(self, service: Service, parent: QWidget | None = None, load: bool = True):
        super().__init__(parent)
        self.setObjectName("figuresView")
        self.service = service
        self.filter = QLineEdit(self)
        self.filter.setObjectName("figureFilter")
        self.filter.setPlaceholderText(self.tr("Filter figures…"))
        self.filter.setClearButtonEnabled(True)
        self.unit_box = QComboBox(self)
        self.unit_box.setObjectName("figureUnitBox")
        self._units_shown: dict[str, set[str]] = {}  # a unit as shown → the units stored that show so
        # As wide as its longest entry ("Все единицы", "Tüm birimler"), filled after it is first shown,
        # up to about 24 characters: units are free text, and a long one is elided in the middle (its
        # list is at least that wide) rather than squeezing the filter field.
        self.unit_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.unit_box.setMaximumWidth(self.unit_box.fontMetrics().horizontalAdvance("x" * 24) + 40)
        self.unit_box.view().setMinimumWidth(self.unit_box.maximumWidth())
        self.unit_box.view().setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.copy_button = QPushButton(self.tr("&Copy as CSV"), self)
        self.copy_button.setObjectName("copyCsv")
        self.model = FiguresModel(self)
        self.table = CopyTable(self, "figureTable", self.model)
        header = self.table.horizontalHeader()
        # Fixed widths: ResizeToContents would measure every one of 200,000 rows.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((160, 190, 110, 70, 75, 110, 60)):  # "Единица", "Масштаб" fit
            header.resizeSection(col, width)  # long titles are elided; the user can widen a column
        self.table.activated.connect(self._on_activated)
        self.filter.textChanged.connect(self.model.set_filter)
        self.unit_box.activated.connect(lambda _i: self._set_unit(self.unit_box.currentData()))
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
        if load:  # the window fills a hidden view when it is first shown
            self.refresh()

    def _set_unit(self, shown: str | None) -> None:
        """Show the rows whose unit is shown as ``shown`` (None: every row)."""
        if shown is None:
            self.model.set_predicate(None)
            return
        units = self._units_shown.get(shown, {shown})
        self.model.set_predicate(lambda f: f.unit in units)

    def refresh(self) -> None:
        """Reload every live figure tag of the store (keeping filter, unit and sort).

        The first rows show at once; the rest of a large library arrive from a
        worker thread, and the unit box is filled when they have.
        """
        load_rows(self.model, self.service, lambda service, limit: figures(service, limit), self._fill_units)
        self._fill_units()

    def _fill_units(self) -> None:
        rows = self.model.all_rows()
        current = self.unit_box.currentData()
        self.unit_box.clear()
        self.unit_box.addItem(self.tr("All units"), None)
        # One entry per unit as shown: "t" stored as its code and "т" typed in Russian are both "т".
        self._units_shown = {}
        for unit in {f.unit for f in rows}:
            self._units_shown.setdefault(self.model.display_unit(unit) if unit else "", set()).add(unit)
        for shown in sorted(self._units_shown, key=lambda u: (u != "", u.casefold())):
            self.unit_box.addItem(shown or self.tr("(no unit)"), shown)
        self.unit_box.setCurrentIndex(max(self.unit_box.findData(current), 0) if current is not None else 0)
        self._set_unit(self.unit_box.currentData())

    def rows(self) -> list[dict[str, object]]:
        """The shown rows, in the shown order, as CSV records."""
        return [
            {
                "document": f.document,
                "quote": f.quote,
                "value": "" if f.value is None else f.value,
                "upper": "" if f.upper is None else f.upper,  # a range's upper end, as a number (40)
                "qualifier": f.qualifier,  # "≤", "~"…
                "unit": f.unit,
                "scale": f.scale,
                "measures": f.measures,
                "period": f.period,
                "author": f.author,
                "tag_id": f.tag_id,
            }
            for f in self.model.shown_rows()
        ]

    def to_csv(self) -> str:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(self.rows())
        return buf.getvalue()

    def copy_csv(self) -> None:
        QApplication.clipboard().setText(self.to_csv())

    def _on_activated(self, index) -> None:
        if index.isValid():
            self.tag_activated.emit(self.model.row_at(index.row()).document_id, index.data(ROW_ID_ROLE))
