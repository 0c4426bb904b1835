"""The start page: what an empty store shows instead of a blank reader.

Import files, drop them here, open the sample article, or reopen a recent store.

Signals:
    import_requested(): File → Import.
    sample_requested(): import and open the sample article.
    store_chosen(str): open this recent store.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.roles import ITEM_ROLE


class StartPage(QWidget):
    import_requested = Signal()
    sample_requested = Signal()
    store_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("startPage")
        title = QLabel(self.tr("This store has no documents yet"), self)
        title.setObjectName("startTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)  # long in Russian: wraps in a narrow reading column
        self.drop_area = QLabel(self.tr(
            "Drop PDF, EPUB, web pages (HTML), Markdown or text files here\n"
            "— several at once; they are read in the background."), self)
        self.drop_area.setObjectName("startDrop")
        self.drop_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_area.setWordWrap(True)
        self.drop_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.drop_area.setMinimumHeight(110)
        self.import_button = QPushButton(self.tr("&Import files…"), self)
        self.import_button.setObjectName("startImport")
        self.import_button.setDefault(True)
        self.sample_button = QPushButton(self.tr("Open the &sample article"), self)
        self.sample_button.setObjectName("startSample")
        self.sample_button.setToolTip(self.tr("“The Rising Axis of Trade in Central Asia”, a short analysis to try tagging on"))
        self.import_button.clicked.connect(self.import_requested)
        self.sample_button.clicked.connect(self.sample_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)
        self.recent_label = QLabel(self.tr("Recent stores"), self)
        self.recent_label.setObjectName("panelTitle")
        self.recent = QListWidget(self)
        self.recent.setObjectName("startRecent")
        self.recent.setMaximumHeight(180)
        self.recent.setSpacing(2)
        self.recent.itemActivated.connect(self._chosen)
        self.recent.itemClicked.connect(self._chosen)

        column = QVBoxLayout()
        column.addWidget(title)
        column.addSpacing(8)
        column.addWidget(self.drop_area)
        column.addLayout(buttons)
        column.addSpacing(12)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent)
        column.addStretch(1)
        box = QWidget(self)
        box.setLayout(column)
        box.setMaximumWidth(640)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 32, 24, 24)
        outer.addStretch(1)
        outer.addWidget(box, 4)
        outer.addStretch(1)
        self.set_recent([], sample_available=True)

    def set_recent(self, paths: list[str], *, sample_available: bool = True) -> None:
        """The recent stores to offer (not the open one), and whether the sample can be opened."""
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).name}\n{Path(path).parent}")
            item.setData(ITEM_ROLE, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.recent_label.setVisible(bool(paths))
        self.sample_button.setVisible(sample_available)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.store_chosen.emit(item.data(ITEM_ROLE))
