"""The form for a selected tag's meaning: figure, date/event, actor or claim fields, and its links.

The form never writes: it emits intents (``attributes_edit_requested`` with only
the changed keys, ``link_requested``, ``unlink_requested``,
``new_entity_requested``) that the main window wraps in undo commands
(:mod:`desktop.ui.meaning_commands`).  Text fields commit on Enter or when focus
leaves them; lists and choices commit when chosen.  Everything is reachable with Tab.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.meaning.dates import parse_date
from desktop.model import Annotation, Entity, Link, Reference
from desktop.service.meaning import RELATIONS
from desktop.ui.localised import date_text, editable_number, figure_text, typed_number, unit_code, unit_label
from desktop.ui.roles import ENTITY_ID_ROLE, LINK_ID_ROLE, TAG_ID_ROLE

RELIABILITY_LABELS = (
    ("A", QT_TRANSLATE_NOOP("MeaningForm", "A – completely reliable")),
    ("B", QT_TRANSLATE_NOOP("MeaningForm", "B – usually reliable")),
    ("C", QT_TRANSLATE_NOOP("MeaningForm", "C – fairly reliable")),
    ("D", QT_TRANSLATE_NOOP("MeaningForm", "D – not usually reliable")),
    ("E", QT_TRANSLATE_NOOP("MeaningForm", "E – unreliable")),
    ("F", QT_TRANSLATE_NOOP("MeaningForm", "F – cannot be judged")),
)
CREDIBILITY_LABELS = (
    (1, QT_TRANSLATE_NOOP("MeaningForm", "1 – confirmed")),
    (2, QT_TRANSLATE_NOOP("MeaningForm", "2 – probably true")),
    (3, QT_TRANSLATE_NOOP("MeaningForm", "3 – possibly true")),
    (4, QT_TRANSLATE_NOOP("MeaningForm", "4 – doubtful")),
    (5, QT_TRANSLATE_NOOP("MeaningForm", "5 – improbable")),
    (6, QT_TRANSLATE_NOOP("MeaningForm", "6 – cannot be judged")),
)
# Shown through self.tr() in MeaningForm.
PRECISION_LABELS = (
    ("day", QT_TRANSLATE_NOOP("MeaningForm", "day")),
    ("month", QT_TRANSLATE_NOOP("MeaningForm", "month")),
    ("year", QT_TRANSLATE_NOOP("MeaningForm", "year")),
    ("decade", QT_TRANSLATE_NOOP("MeaningForm", "decade")),
)
# A date's ``open`` side (desktop.service.meaning): closed, no known first day, no known last day.
OPEN_LABELS = (
    ("", QT_TRANSLATE_NOOP("MeaningForm", "closed: both ends known")),
    ("start", QT_TRANSLATE_NOOP("MeaningForm", "open before: no known first day")),
    ("end", QT_TRANSLATE_NOOP("MeaningForm", "open after: no known last day")),
)
RELATION_LABELS = {
    "asserted_by": QT_TRANSLATE_NOOP("MeaningForm", "asserted by"),
    "about": QT_TRANSLATE_NOOP("MeaningForm", "about"),
    "supports": QT_TRANSLATE_NOOP("MeaningForm", "supports"),
    "participant": QT_TRANSLATE_NOOP("MeaningForm", "participant"),
    "related": QT_TRANSLATE_NOOP("MeaningForm", "related"),
}
Suggest = Callable[[str], "list[tuple[Entity, float]]"]


def _quote(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Line(QLineEdit):
    """A line edit that reports its text once, on Enter or focus out, when it changed."""

    committed = Signal(str)

    def __init__(self, name: str, parent: QWidget):
        super().__init__(parent)
        self.setObjectName(name)
        self._shown = ""
        self.editingFinished.connect(self._finish)

    def show_value(self, value: str) -> None:
        self._shown = value
        self.setText(value)
        self.setCursorPosition(0)  # show the start of a long title, not its end

    def _finish(self) -> None:
        if self.text() != self._shown:
            self._shown = self.text()
            self.committed.emit(self.text())


MATCH_OFFER = 85  # fuzzy score from which another entity is offered as "Same as?"


class _Combo(QComboBox):
    """A combo box as wide as the form allows, not as its longest item (an entity's
    or a reference's full text would push the form off the panel's right edge);
    its open list is as wide as its longest item, within the screen."""

    def __init__(self, name: str, parent: QWidget, min_chars: int = 8):
        super().__init__(parent)
        self.setObjectName(name)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(min_chars)

    def showPopup(self) -> None:
        view = self.view()
        screen = self.screen().availableGeometry().width() if self.screen() else 1200
        view.setMinimumWidth(min(view.sizeHintForColumn(0) + 2 * view.frameWidth() + 24, screen - 40))
        super().showPopup()



class MeaningForm(QWidget):
    """Kind-specific fields of one tag, plus its links.

    Signals:
        attributes_edit_requested(tag_id, changes): set these attribute keys.
        new_entity_requested(tag_id, name): give this actor tag a new entity.
        link_requested(source_id, target_id, relation): link the tag to another.
        unlink_requested(link_id): remove a link.
        tag_jump_requested(tag_id): show a linked tag.
    """

    attributes_edit_requested = Signal(str, dict)
    new_entity_requested = Signal(str, str)
    link_requested = Signal(str, str, str)
    unlink_requested = Signal(str)
    tag_jump_requested = Signal(str)

    def __init__(self, suggest: Suggest | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("meaningForm")
        self._suggest = suggest
        self._tag: Annotation | None = None
        self._published: Any = None
        self._entities: list[Entity] = []
        self._references: list[Reference] = []
        self._tags: dict[str, Annotation] = {}
        self._links: list[Link] = []
        self._quiet = False

        self.pages = QStackedWidget(self)
        self.blank = QWidget(self.pages)
        self.pages.addWidget(self.blank)
        self._build_figure()
        self._build_date()
        self._build_actor()
        self._build_claim()
        self._build_links()

        self.error = QLabel(self)
        self.error.setObjectName("meaningError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828")
        self.error.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        layout.addWidget(self.error)
        layout.addWidget(self.links_box)
        layout.addStretch(1)
        self.set_tag(None)

    # -- pages -------------------------------------------------------------------

    def _form_page(self) -> tuple[QWidget, QFormLayout]:
        page = QWidget(self.pages)
        form = QFormLayout(page)
        form.setContentsMargins(6, 2, 6, 2)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # In a narrow panel a label goes above its field rather than squeezing it.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.pages.addWidget(page)
        return page, form

    def _build_figure(self) -> None:
        self.figure_page, form = self._form_page()
        self.figure_value = _Line("figureValue", self.figure_page)
        self.figure_value.setPlaceholderText(self.tr("number, e.g. 1300000"))
        self.figure_unit = _Line("figureUnit", self.figure_page)
        self.figure_unit.setPlaceholderText(self.tr("t, %, USD…"))
        self.figure_shown = QLabel(self.figure_page)
        self.figure_shown.setObjectName("figureShown")
        self.figure_measures = _Line("figureMeasures", self.figure_page)
        self.figure_measures.setPlaceholderText(self.tr("what it measures, e.g. grain exports"))
        self.figure_period = _Line("figurePeriod", self.figure_page)
        self.figure_period.setPlaceholderText(self.tr("period it covers, e.g. 2024"))
        form.addRow(self.tr("&Value"), self.figure_value)
        form.addRow(self.tr("&Unit"), self.figure_unit)
        form.addRow("", self.figure_shown)
        form.addRow(self.tr("&Measures"), self.figure_measures)
        form.addRow(self.tr("&Period"), self.figure_period)
        self.figure_value.committed.connect(lambda t: self._edit(value=typed_number(t)))
        self.figure_unit.committed.connect(lambda t: self._edit(unit=unit_code(t)))  # ("м/с²" typed: "m/s²" stored)
        self.figure_measures.committed.connect(lambda t: self._edit(measures=t))
        self.figure_period.committed.connect(lambda t: self._edit(period=t))

    def _build_date(self) -> None:
        self.date_page, form = self._form_page()
        self.date_text = _Line("dateText", self.date_page)
        self.date_text.setPlaceholderText(self.tr("type a date: 22 May 2025, June 2025, 2024–2025"))
        self.date_shown = QLabel(self.date_page)
        self.date_shown.setObjectName("dateShown")
        range_row = QWidget(self.date_page)
        row = QHBoxLayout(range_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.date_start = _Line("dateStart", range_row)
        self.date_start.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.date_end = _Line("dateEnd", range_row)
        self.date_end.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.date_precision = _Combo("datePrecision", range_row, 5)
        for p, label in PRECISION_LABELS:
            self.date_precision.addItem(self.tr(label), p)
        row.addWidget(self.date_start, 1)
        row.addWidget(QLabel("–", range_row))
        row.addWidget(self.date_end, 1)
        row.addWidget(self.date_precision)
        self.date_open = _Combo("dateOpen", self.date_page, 12)
        for side, label in OPEN_LABELS:
            self.date_open.addItem(self.tr(label), side)
        self.date_title = _Line("dateTitle", self.date_page)
        self.date_place = _Line("datePlace", self.date_page)
        self.date_participants = QListWidget(self.date_page)
        self.date_participants.setObjectName("dateParticipants")
        self.date_participants.setMaximumHeight(90)
        form.addRow(self.tr("&Date"), self.date_text)
        form.addRow("", self.date_shown)
        form.addRow(self.tr("&From – to"), range_row)
        form.addRow(self.tr("&Open"), self.date_open)
        form.addRow(self.tr("&Title"), self.date_title)
        form.addRow(self.tr("P&lace"), self.date_place)
        form.addRow(self.tr("Partici&pants"), self.date_participants)
        self.date_text.committed.connect(self._date_typed)
        self.date_start.committed.connect(lambda t: self._edit(start=t.strip() or None, end=self.date_end.text().strip() or None))
        self.date_end.committed.connect(lambda t: self._edit(start=self.date_start.text().strip() or None, end=t.strip() or None))
        self.date_precision.activated.connect(lambda _i: self._edit(precision=self.date_precision.currentData()))
        self.date_open.activated.connect(lambda _i: self._edit(open=self.date_open.currentData() or None))
        self.date_title.committed.connect(lambda t: self._edit(title=t))
        self.date_place.committed.connect(lambda t: self._edit(place=t))
        self.date_participants.itemChanged.connect(self._participants_changed)

    def _build_actor(self) -> None:
        self.actor_page, form = self._form_page()
        self.actor_entity = _Combo("actorEntity", self.actor_page)
        self.actor_info = QLabel(self.actor_page)
        self.actor_info.setObjectName("actorInfo")
        self.actor_info.setWordWrap(True)
        # The closest existing entity is offered before a new one (a new entity
        # for every spelling is how a store fills with duplicates).
        self.actor_match = QPushButton(self.actor_page)
        self.actor_match.setObjectName("actorMatch")
        self.actor_match.clicked.connect(self._match_chosen)
        new_row = QWidget(self.actor_page)
        row = QHBoxLayout(new_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.actor_new_name = QLineEdit(new_row)
        self.actor_new_name.setObjectName("actorNewName")
        self.actor_new_name.setPlaceholderText(self.tr("name of another entity"))
        self.actor_new = QPushButton(self.tr("&New entity"), new_row)
        self.actor_new_name.textChanged.connect(
            lambda t: self.actor_new.setEnabled(bool(t.strip())))
        self.actor_new.setObjectName("actorNew")
        row.addWidget(self.actor_new_name, 1)
        row.addWidget(self.actor_new)
        form.addRow(self.tr("&Entity"), self.actor_entity)
        form.addRow("", self.actor_info)
        self.actor_match_label = QLabel(self.tr("Same as?"), self.actor_page)
        form.addRow(self.actor_match_label, self.actor_match)
        form.addRow(self.tr("Or new"), new_row)
        self.actor_entity.activated.connect(self._entity_chosen)
        self.actor_new.clicked.connect(self._new_entity)
        self.actor_new_name.returnPressed.connect(self._new_entity)

    def _build_claim(self) -> None:
        self.claim_page, form = self._form_page()
        self.claim_by = _Combo("claimAssertedBy", self.claim_page)
        self.claim_cites = _Combo("claimCites", self.claim_page)
        self.claim_reliability = _Combo("claimReliability", self.claim_page)
        self.claim_reliability.addItem(self.tr("— not graded"), None)
        for code, label in RELIABILITY_LABELS:
            self.claim_reliability.addItem(self.tr(label), code)
        self.claim_credibility = _Combo("claimCredibility", self.claim_page)
        self.claim_credibility.addItem(self.tr("— not graded"), None)
        for grade, label in CREDIBILITY_LABELS:
            self.claim_credibility.addItem(self.tr(label), grade)
        self.claim_topics = _Line("claimTopics", self.claim_page)
        self.claim_topics.setPlaceholderText(self.tr("topics, comma-separated"))
        form.addRow(self.tr("Asserted &by"), self.claim_by)
        form.addRow(self.tr("C&ites"), self.claim_cites)
        form.addRow(self.tr("&Reliability"), self.claim_reliability)
        form.addRow(self.tr("Cr&edibility"), self.claim_credibility)
        form.addRow(self.tr("T&opics"), self.claim_topics)
        self.claim_by.activated.connect(lambda _i: self._edit(asserted_by=self.claim_by.currentData()))
        self.claim_cites.activated.connect(lambda _i: self._edit(cites=self.claim_cites.currentData()))
        self.claim_reliability.activated.connect(lambda _i: self._edit(reliability=self.claim_reliability.currentData()))
        self.claim_credibility.activated.connect(lambda _i: self._edit(credibility=self.claim_credibility.currentData()))
        self.claim_topics.committed.connect(lambda t: self._edit(topics=[x.strip() for x in t.split(",") if x.strip()]))

    def _build_links(self) -> None:
        self.links_box = QWidget(self)
        layout = QVBoxLayout(self.links_box)
        layout.setContentsMargins(6, 2, 6, 2)
        self.links_title = QLabel(self.tr("Links"), self.links_box)
        self.links_title.setObjectName("linksTitle")
        self.links_list = QListWidget(self.links_box)
        self.links_list.setObjectName("linksList")
        self.links_list.setMaximumHeight(100)
        self.links_list.itemActivated.connect(self._link_activated)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.links_list)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_current_link)
        add_row = QWidget(self.links_box)
        row = QGridLayout(add_row)  # relation and target above, the buttons under them
        row.setContentsMargins(0, 0, 0, 0)
        self.link_relation = _Combo("linkRelation", add_row, 6)
        for rel in RELATIONS:
            self.link_relation.addItem(self._relation(rel), rel)
        self.link_target = _Combo("linkTarget", add_row, 6)
        self.link_add = QPushButton(self.tr("&Link"), add_row)
        self.link_add.setObjectName("linkAdd")
        self.link_add.clicked.connect(self._add_link)
        self.link_remove = QPushButton(self.tr("Remove"), add_row)
        self.link_remove.setObjectName("linkRemove")
        self.link_remove.clicked.connect(self.remove_current_link)
        row.addWidget(self.link_relation, 0, 0)
        row.addWidget(self.link_target, 0, 1, 1, 3)
        row.addWidget(self.link_add, 1, 2)
        row.addWidget(self.link_remove, 1, 3)
        row.setColumnStretch(1, 1)
        layout.addWidget(self.links_title)
        layout.addWidget(self.links_list)
        layout.addWidget(add_row)

    def _relation(self, rel: str) -> str:
        """A link relation as the user reads it ("asserted_by": "asserted by")."""
        label = RELATION_LABELS.get(rel)
        return self.tr(label) if label else rel.replace("_", " ")

    # -- content -----------------------------------------------------------------

    def set_context(
        self,
        *,
        entities: Iterable[Entity] = (),
        references: Iterable[Reference] = (),
        tags: Iterable[Annotation] = (),
        published: Any = None,
    ) -> None:
        """What the fields offer: entities, the document's references and its tags (link targets)."""
        self._entities = sorted(entities, key=lambda e: e.name.casefold())
        self._references = list(references)
        self._tags = {t.id: t for t in tags if not t.deleted}
        self._published = published
        self.set_tag(self._tag, self._links)

    def set_tag(self, tag: Annotation | None, links: Iterable[Link] = ()) -> None:
        """Show ``tag``'s meaning (or nothing) and its links."""
        self._quiet = True
        try:
            self._tag = tag if tag is not None and not tag.deleted else None
            self._links = list(links)
            self.error.hide()
            tag = self._tag
            if tag is None:
                self.pages.setCurrentWidget(self.blank)
                self.links_box.hide()
                return
            page = {
                "figure": self._show_figure,
                "date": self._show_date,
                "actor": self._show_actor,
                "claim": self._show_claim,
            }.get(tag.kind)
            if page is None:
                self.pages.setCurrentWidget(self.blank)
            else:
                page(tag.attributes)
            self._show_links(tag)
            self.links_box.show()
        finally:
            self._fit_page()
            self._quiet = False

    def _fit_page(self) -> None:
        # A stacked widget is as tall as its tallest page; let only the shown page count.
        current = self.pages.currentWidget()
        for i in range(self.pages.count()):
            page = self.pages.widget(i)
            if page is None:
                continue
            policy = QSizePolicy.Policy.Preferred if page is current else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        # Let the form's layout size the pages (adjustSize() gave them their preferred
        # width, wider than a narrow panel: the fields ran off its right edge).
        self.pages.updateGeometry()

    def show_error(self, message: str) -> None:
        """Tell the user why an edit was refused, and show the stored values again."""
        self.set_tag(self._tag, self._links)
        self.error.setText(message)
        self.error.show()

    def tag_id(self) -> str | None:
        return self._tag.id if self._tag else None

    def _show_figure(self, a: dict[str, Any]) -> None:
        self.pages.setCurrentWidget(self.figure_page)
        value = a.get("value")
        self.figure_value.show_value("" if value is None else editable_number(value) or str(value))
        self.figure_unit.show_value(unit_label(str(a.get("unit") or "")))  # the language's symbol, as "= 9,8 м/с²" beside
        shown = figure_text(a)
        scale = a.get("scale")
        self.figure_shown.setText(
            (f"= {shown}" if shown else self.tr("no number read"))
            + ("  " + self.tr("(written: {0})").format(scale) if scale else "")
        )
        self.figure_measures.show_value(str(a.get("measures") or ""))
        self.figure_period.show_value(str(a.get("period") or ""))

    def _show_date(self, a: dict[str, Any]) -> None:
        self.pages.setCurrentWidget(self.date_page)
        undated = a.get("undated") or not a.get("start")
        self.date_text.show_value("")
        self.date_shown.setText(self.tr("undated — type a date above") if undated else f"= {date_text(a)}")
        self.date_start.show_value(str(a.get("start") or ""))
        self.date_end.show_value(str(a.get("end") or ""))
        index = self.date_precision.findData(a.get("precision"))
        self.date_precision.setCurrentIndex(max(index, 0))
        self.date_open.setCurrentIndex(max(self.date_open.findData(a.get("open") or ""), 0))
        self.date_open.setEnabled(not undated)
        self.date_title.show_value(str(a.get("title") or ""))
        self.date_place.show_value(str(a.get("place") or ""))
        chosen = set(a.get("participants") or [])
        self.date_participants.clear()
        for ent in self._entities:
            item = QListWidgetItem(ent.name, self.date_participants)
            item.setData(ENTITY_ID_ROLE, ent.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ent.id in chosen else Qt.CheckState.Unchecked)

    def _show_actor(self, a: dict[str, Any]) -> None:
        assert self._tag is not None
        self.pages.setCurrentWidget(self.actor_page)
        self.actor_entity.clear()
        current = a.get("entity_id")
        self.actor_entity.addItem(self.tr("— no entity"), None)
        suggested = self._suggest(self._tag.exact) if self._suggest else []
        seen: set[str] = set()
        for ent, score in suggested:
            self.actor_entity.addItem(self.tr("{0}  ({1}% match)").format(ent.name, f"{score:.0f}"), ent.id)
            seen.add(ent.id)
        if suggested:
            self.actor_entity.insertSeparator(self.actor_entity.count())
        for ent in self._entities:
            if ent.id not in seen:
                self.actor_entity.addItem(ent.name, ent.id)
        index = self.actor_entity.findData(current)
        self.actor_entity.setCurrentIndex(max(index, 0))
        best = next(((e, score) for e, score in suggested if e.id != current and score >= MATCH_OFFER), None)
        self.actor_match.setProperty("entity_id", best[0].id if best else None)
        if best is not None:
            self.actor_match.setText(self.tr("Use “{0}” ({1}% match)").format(best[0].name, f"{best[1]:.0f}"))
        self.actor_match.setVisible(best is not None)
        self.actor_match_label.setVisible(best is not None)
        linked = next((e for e in self._entities if e.id == current), None)
        if linked is None:
            self.actor_info.setText(self.tr("Not linked to an entity."))
        else:
            bits = [QCoreApplication.translate("EntityEditor", linked.type)]
            if linked.aliases:
                bits.append(self.tr("also: ") + ", ".join(linked.aliases))
            if linked.roles:
                bits.append(", ".join(linked.roles))
            if linked.country:
                bits.append(linked.country)
            self.actor_info.setText(" · ".join(bits))
        # Linked already: a new entity is for another name, typed on purpose.
        self.actor_new_name.setText("" if current else " ".join(self._tag.exact.split()))
        self.actor_new.setEnabled(bool(self.actor_new_name.text()))

    def _show_claim(self, a: dict[str, Any]) -> None:
        self.pages.setCurrentWidget(self.claim_page)
        self.claim_by.clear()
        self.claim_by.addItem(self.tr("— nobody named"), None)
        for ent in self._entities:
            self.claim_by.addItem(ent.name, ent.id)
        self.claim_by.setCurrentIndex(max(self.claim_by.findData(a.get("asserted_by")), 0))
        self.claim_cites.clear()
        self.claim_cites.addItem(self.tr("— no reference"), None)
        for ref in self._references:
            self.claim_cites.addItem(f"[{ref.label}] {_quote(ref.text, 60)}", ref.id)
        self.claim_cites.setCurrentIndex(max(self.claim_cites.findData(a.get("cites")), 0))
        self.claim_reliability.setCurrentIndex(max(self.claim_reliability.findData(a.get("reliability")), 0))
        self.claim_credibility.setCurrentIndex(max(self.claim_credibility.findData(a.get("credibility")), 0))
        self.claim_topics.show_value(", ".join(a.get("topics") or []))

    def _show_links(self, tag: Annotation) -> None:
        self.links_list.clear()
        for ln in self._links:
            outgoing = ln.source_id == tag.id
            other_id = ln.target_id if outgoing else ln.source_id
            other = self._tags.get(other_id)
            what = f"{other.kind}: {_quote(other.exact, 40)}" if other else other_id[:8]
            rel = self._relation(ln.relation)
            text = self.tr("this {0} {1}").format(rel, what) if outgoing else self.tr("{0} {1} this").format(what, rel)
            item = QListWidgetItem(text, self.links_list)
            item.setData(LINK_ID_ROLE, ln.id)
            item.setData(TAG_ID_ROLE, other_id)
        if not self._links:
            QListWidgetItem(self.tr("No links. Choose a relation and a tag below."), self.links_list).setFlags(
                Qt.ItemFlag.NoItemFlags
            )
        self.link_target.clear()
        for other in self._tags.values():
            if other.id != tag.id:
                self.link_target.addItem(f"{other.kind}: {_quote(other.exact, 36)}", other.id)
        self.link_add.setEnabled(self.link_target.count() > 0)

    # -- intents -------------------------------------------------------------------

    def _edit(self, **changes: Any) -> None:
        if self._quiet or self._tag is None:
            return
        self.error.hide()
        self.attributes_edit_requested.emit(self._tag.id, changes)

    def _date_typed(self, text: str) -> None:
        if not text.strip():
            return
        parsed = parse_date(text, self._published)
        if parsed.get("undated"):
            self.error.setText(self.tr("Cannot read “{0}” as a date.").format(text))
            self.error.show()
            return
        self._edit(start=parsed["start"], end=parsed["end"], precision=parsed["precision"], open=parsed.get("open"))

    def _participants_changed(self, _item: QListWidgetItem) -> None:
        if self._quiet:
            return
        ids = [
            self.date_participants.item(i).data(ENTITY_ID_ROLE)
            for i in range(self.date_participants.count())
            if self.date_participants.item(i).checkState() == Qt.CheckState.Checked
        ]
        self._edit(participants=ids)

    def _entity_chosen(self, _index: int) -> None:
        self._edit(entity_id=self.actor_entity.currentData())

    def _match_chosen(self) -> None:
        entity_id = self.actor_match.property("entity_id")
        if entity_id:
            self._edit(entity_id=entity_id)

    def _new_entity(self) -> None:
        name = " ".join(self.actor_new_name.text().split())
        if self._tag is not None and name:
            self.new_entity_requested.emit(self._tag.id, name)

    def _add_link(self) -> None:
        if self._tag is None or self.link_target.currentData() is None:
            return
        self.link_requested.emit(self._tag.id, self.link_target.currentData(), self.link_relation.currentData())

    def remove_current_link(self) -> None:
        item = self.links_list.currentItem()
        if item is not None and item.data(LINK_ID_ROLE):
            self.unlink_requested.emit(item.data(LINK_ID_ROLE))

    def _link_activated(self, item: QListWidgetItem) -> None:
        other = item.data(TAG_ID_ROLE)
        if other:
            self.tag_jump_requested.emit(other)


__all__ = ["MeaningForm", "CREDIBILITY_LABELS", "RELIABILITY_LABELS"]
