"""File → Export report…: the report builder, its preview, and the background export."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.export import FORMATS, SECTIONS, SUFFIXES
from desktop.export.model import ReportOptions, gather, safe_filename
from desktop.i18n import QT_TRANSLATE_NOOP, installed_language
from desktop.store import open_store
from desktop.store import export as store_export
from desktop.ui.localised import kind_label
from desktop.ui.roles import ITEM_ROLE
from desktop.ui.tasks import Task, TaskContext, TaskError, TaskRegistry, process_pool

translate = QCoreApplication.translate

# Marked for lupdate; shown through self.tr() in ExportDialog.
FORMAT_LABELS = {
    "html": QT_TRANSLATE_NOOP("ExportDialog", "HTML report (single file)"),
    "pdf": QT_TRANSLATE_NOOP("ExportDialog", "PDF report"),
    "md": QT_TRANSLATE_NOOP("ExportDialog", "Markdown report"),
    "docx": QT_TRANSLATE_NOOP("ExportDialog", "Word document (DOCX)"),
    "csv": QT_TRANSLATE_NOOP("ExportDialog", "CSV (one row per tag)"),
    "json": QT_TRANSLATE_NOOP("ExportDialog", "JSON (tags, entities, links, references)"),
    "w3c": QT_TRANSLATE_NOOP("ExportDialog", "W3C Web Annotations (JSON-LD)"),
}
SECTION_LABELS = {
    "cover": QT_TRANSLATE_NOOP("ExportDialog", "Cover"),
    "summary": QT_TRANSLATE_NOOP("ExportDialog", "Summary counts"),
    "documents": QT_TRANSLATE_NOOP("ExportDialog", "Document texts with highlights and notes"),
    "actors": QT_TRANSLATE_NOOP("ExportDialog", "Actors index"),
    "figures": QT_TRANSLATE_NOOP("ExportDialog", "Figures table"),
    "timeline": QT_TRANSLATE_NOOP("ExportDialog", "Timeline figure"),
    "claims": QT_TRANSLATE_NOOP("ExportDialog", "Claims, sources and grading"),
}


def export_report(store_path: Path, options: ReportOptions, fmt: str, target: Path, ctx: TaskContext) -> str:
    """Gather, render and write one export (a :class:`Task` op: runs on a worker thread).

    Opens its own read-only connection to the store.  PDFs are laid out in the
    worker process, because PyMuPDF must not run on two threads at once.  The
    file is written atomically: a cancel or a failure leaves an existing file
    untouched.  Returns the path written.
    """
    from desktop.export.atomic import write_atomic
    from desktop.export.pdf import render as render_pdf
    from desktop.export.run import render

    # "ExportTask": the translation context these strings have had since the export ran in a QThread class.
    ctx.progress(0, 3, translate("ExportTask", "Reading the store…"))
    with open_store(store_path, create=False, readonly=True) as store:
        model = gather(store, options)
    ctx.check()
    ctx.progress(1, 3, translate("ExportTask", "Laying out the report…"))
    if fmt == "pdf":
        # A Qt-free, importable function: the spawned process needs no QtWidgets.
        data = ctx.wait_future(process_pool().submit(render_pdf, model))
    else:
        data = render(model, fmt)
    ctx.check()
    ctx.progress(2, 3, translate("ExportTask", "Writing {0}…").format(target.name))
    write_atomic(target, data, cancelled=ctx.cancelled)
    ctx.progress(3, 3, translate("ExportTask", "Done"))
    return str(target)


class PreviewBrowser(QTextBrowser):
    """Shows the report's HTML; loads nothing but embedded data: images.

    QTextBrowser would otherwise resolve relative and file: URLs of ``<img>`` and
    follow links; a hostile report must not reach the disk or the network.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._anchor)
        self.blocked: list[str] = []

    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # Qt override
        url = QUrl(name) if isinstance(name, str) else name
        if url.scheme() == "data" and kind == QTextDocument.ResourceType.ImageResource.value:
            header, _, payload = url.toString().partition(",")
            if header.endswith(";base64"):
                from PySide6.QtGui import QImage

                image = QImage()
                image.loadFromData(base64.b64decode(payload))
                return image
        self.blocked.append(url.toString())
        return None

    def _anchor(self, url: QUrl) -> None:
        if url.hasFragment() and not url.scheme() and not url.path():
            self.scrollToAnchor(url.fragment())


def _check_list(parent: QWidget, items: list[tuple[str, str]], name: str) -> QListWidget:
    widget = QListWidget(parent)
    widget.setObjectName(name)
    for value, label in items:
        item = QListWidgetItem(label, widget)
        item.setData(ITEM_ROLE, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
    widget.setMaximumHeight(110)
    return widget


def _checked(widget: QListWidget) -> tuple[str, ...]:
    return tuple(
        widget.item(i).data(ITEM_ROLE)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    )


class ExportDialog(QDialog):
    """The report builder: what to export, a preview, and a background export.

    Signals:
        exported(str): a file was written (its path).
    """

    exported = Signal(str)

    def __init__(self, service, current_doc: str | None, selected_docs: list[str], parent=None,
                 tasks: TaskRegistry | None = None):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export report"))
        self.service = service
        self.current_doc = current_doc
        self.selected_docs = list(selected_docs)
        self.task: Task | None = None
        self.tasks = tasks  # the window's running tasks: quitting waits for the export
        self.last_path: str | None = None
        self.last_error: str | None = None
        self._build()
        self.resize(1100, 720)
        QTimer.singleShot(0, self, self._first_preview)

    # -- layout ----------------------------------------------------------------

    def _build(self) -> None:
        store = self.service.store
        left = QWidget(self)
        form = QVBoxLayout(left)
        form.setContentsMargins(0, 0, 6, 0)

        docs_box = QGroupBox(self.tr("Documents"), left)
        docs_layout = QHBoxLayout(docs_box)
        self.doc_current = QRadioButton(self.tr("Current"), docs_box)
        self.doc_selected = QRadioButton(self.tr("Selected ({0})").format(len(self.selected_docs)), docs_box)
        self.doc_all = QRadioButton(self.tr("All ({0})").format(len(store.documents())), docs_box)
        self.doc_group = QButtonGroup(self)
        for b in (self.doc_current, self.doc_selected, self.doc_all):
            self.doc_group.addButton(b)
            docs_layout.addWidget(b)
        self.doc_current.setEnabled(self.current_doc is not None)
        self.doc_selected.setEnabled(bool(self.selected_docs))
        (self.doc_current if self.current_doc else self.doc_all).setChecked(True)
        form.addWidget(docs_box)

        filters = QGroupBox(self.tr("Tags"), left)
        grid = QGridLayout(filters)
        self.kinds_list = _check_list(filters, [(k.name, kind_label(k.name, k.label)) for k in store.kinds()], "exportKinds")
        self.authors_list = _check_list(filters, [(a, a) for a in store_export.tag_authors(store)], "exportAuthors")
        grid.addWidget(QLabel(self.tr("Kinds"), filters), 0, 0)
        grid.addWidget(QLabel(self.tr("Authors"), filters), 0, 1)
        grid.addWidget(self.kinds_list, 1, 0)
        grid.addWidget(self.authors_list, 1, 1)
        self.date_limit = QCheckBox(self.tr("Only tags created from"), filters)
        self.date_from = QDateEdit(QDate.currentDate().addMonths(-1), filters)
        self.date_to = QDateEdit(QDate.currentDate(), filters)
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.setEnabled(False)
        self.date_limit.toggled.connect(self.date_from.setEnabled)
        self.date_limit.toggled.connect(self.date_to.setEnabled)
        dates = QHBoxLayout()
        dates.addWidget(self.date_limit)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("to"), filters))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        grid.addLayout(dates, 2, 0, 1, 2)
        form.addWidget(filters)

        sections_box = QGroupBox(self.tr("Sections"), left)
        sections_layout = QGridLayout(sections_box)
        self.section_checks: dict[str, QCheckBox] = {}
        for i, name in enumerate(SECTIONS):
            box = QCheckBox(self.tr(SECTION_LABELS[name]), sections_box)
            box.setObjectName(f"section_{name}")
            box.setChecked(True)
            if name == "timeline" and not _timeline_available():
                box.setChecked(False)
                box.setEnabled(False)
                box.setToolTip(self.tr("The timeline renderer is not available in this build."))
            self.section_checks[name] = box
            sections_layout.addWidget(box, i // 2, i % 2)
        form.addWidget(sections_box)

        out_box = QGroupBox(self.tr("Output"), left)
        out = QFormLayout(out_box)
        self.title_edit = QLineEdit(out_box)
        self.title_edit.setPlaceholderText(self.tr("Report title (default: the document's title)"))
        self.format_combo = QComboBox(out_box)
        self.format_combo.setObjectName("exportFormat")
        for fmt in FORMATS:
            self.format_combo.addItem(self.tr(FORMAT_LABELS[fmt]), fmt)
        self.paper_combo = QComboBox(out_box)
        self.paper_combo.addItem("A4", "a4")
        self.paper_combo.addItem(self.tr("US Letter"), "letter")
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        out.addRow(self.tr("Title"), self.title_edit)
        out.addRow(self.tr("Format"), self.format_combo)
        out.addRow(self.tr("Paper (PDF)"), self.paper_combo)
        form.addWidget(out_box)
        form.addStretch(1)

        self.progress = QProgressBar(left)
        self.progress.setObjectName("exportProgress")
        self.progress.setRange(0, 3)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self.progress.setFormat("")
        self.progress.hide()  # shown from the first export on: idle, it looked like an empty text field
        self.status = QLabel("", left)
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        form.addWidget(self.progress)
        form.addWidget(self.status)

        self.preview = PreviewBrowser(self)
        self.preview.setObjectName("exportPreview")
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 680])

        self.preview_button = QPushButton(self.tr("&Preview"), self)
        self.preview_button.setObjectName("previewButton")
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel export"), self)
        self.cancel_button.setObjectName("cancelExportButton")
        self.cancel_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.preview_button.clicked.connect(self.update_preview)
        self.export_button.clicked.connect(self.choose_target)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._format_changed()

    # -- options ---------------------------------------------------------------

    def format(self) -> str:
        return self.format_combo.currentData()

    def document_ids(self) -> tuple[str, ...]:
        if self.doc_current.isChecked() and self.current_doc:
            return (self.current_doc,)
        if self.doc_selected.isChecked():
            return tuple(self.selected_docs)
        return ()

    def options(self) -> ReportOptions:
        kinds = _checked(self.kinds_list)
        authors = _checked(self.authors_list)
        # An empty filter means "all"; when the user unchecks everything, filter on
        # a name no kind or author can have, so that the report is empty as asked.
        all_kinds = kinds if len(kinds) < self.kinds_list.count() else ()
        all_authors = authors if len(authors) < self.authors_list.count() else ()
        return ReportOptions(
            document_ids=self.document_ids(),
            kinds=all_kinds or (("\0none",) if not kinds else ()),
            authors=all_authors or (("\0none",) if not authors and self.authors_list.count() else ()),
            since=self.date_from.date().toString("yyyy-MM-dd") if self.date_limit.isChecked() else None,
            until=self.date_to.date().toString("yyyy-MM-dd") if self.date_limit.isChecked() else None,
            sections=tuple(n for n, b in self.section_checks.items() if b.isChecked()),
            title=self.title_edit.text(),
            analyst=self.service.author,
            paper=self.paper_combo.currentData(),
            language=installed_language(),
        )

    def _format_changed(self, *_: object) -> None:
        self.paper_combo.setEnabled(self.format() == "pdf")
        report = self.format() in ("html", "pdf", "md", "docx")
        for box in self.section_checks.values():
            box.setEnabled(report and not (box is self.section_checks["timeline"] and not _timeline_available()))

    def _first_preview(self) -> None:
        if self.isVisible():  # closed before the event loop ran: the store may be gone
            self.update_preview()

    def update_preview(self) -> None:
        """Show the HTML form of the report as chosen (on this thread: it is quick)."""
        from desktop.export import html as html_export

        model = gather(self.service.store, self.options())
        self.preview.setHtml(html_export.page(model, html_export.body(model)))

    # -- export ----------------------------------------------------------------

    def suggested_name(self) -> str:
        title = self.title_edit.text().strip()
        if not title:
            ids = self.document_ids()
            if len(ids) == 1:
                info = self.service.store.document_info(ids[0])
                title = info.title if info else "report"
            else:
                title = "Claimline report"
        return safe_filename(title, SUFFIXES[self.format()])

    def choose_target(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export report"), str(Path.home() / self.suggested_name())
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, target: Path) -> Task | None:
        """Export to ``target`` in the background; returns the running task."""
        from desktop.export.atomic import UnsafeOutput, check_output

        if self.task is not None and self.task.is_running():
            return None
        self.last_path = self.last_error = None
        try:
            check_output(target)
        except UnsafeOutput as exc:
            self._on_failed(TaskError(str(exc)))
            return None
        store_path, options, fmt, target = self.service.store.path, self.options(), self.format(), Path(target)
        task = Task(
            self, self.tr("Export failed"), lambda ctx: export_report(store_path, options, fmt, target, ctx),
            success=self._on_exported, failure=self._on_failed, cancelled=self._on_cancelled,
            progress=self._on_progress, registry=self.tasks, scope="export",
        )
        task.finished.connect(self._on_finished)
        self.task = task
        self.export_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.progress.show()
        return task.start()

    def cancel_export(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int, label: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status.setText(label)

    def _on_exported(self, path: str) -> None:
        self.last_path = path
        self.status.setText(self.tr("Saved {0}").format(path))
        self.exported.emit(path)

    def _on_failed(self, error: TaskError) -> None:
        self.last_error = error.message
        self.status.setText(self.tr("Export failed: {0}").format(error.message))
        if not error.bug:  # a bug has its own dialog already
            box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Export failed"), error.message, parent=self)
            box.setObjectName("exportFailed")
            box.open()

    def _on_cancelled(self) -> None:
        self.progress.setValue(0)
        self.status.setText(self.tr("Export cancelled; nothing was written."))

    def _on_finished(self) -> None:
        self.export_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def reject(self) -> None:  # Qt override: closing cancels a running export
        if self.task is not None and self.task.is_running():
            self.task.detach()
            self.task.wait(5000)
        super().reject()


def _timeline_available() -> bool:
    try:
        from desktop.timeline import render
    except ImportError:
        return False
    return hasattr(render, "render_image") and hasattr(render, "layout_timeline")


def open_export_dialog(main_window) -> ExportDialog:
    """Open the report builder for ``main_window`` (File → Export report…)."""
    selected = main_window.library.selected_document_ids()
    dialog = ExportDialog(main_window.service, getattr(main_window, "current_doc", None), selected, main_window,
                          tasks=main_window.tasks)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


__all__ = ["ExportDialog", "PreviewBrowser", "export_report", "open_export_dialog"]
