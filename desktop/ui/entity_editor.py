"""The details of one entity: name, type, aliases, roles and country, edited in place.

The editor only shows and asks: Save (or Enter in a field) emits ``edit_requested``
with the fields that changed; the window turns that into an undoable command.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.model import ENTITY_TYPES, Entity


def _split_list(text: str) -> list[str]:
    """"a, b;c" → ["a", "b", "c"] (commas or semicolons, blanks dropped)."""
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


class EntityEditor(QWidget):
    """Edit the current entity of the Entities view.

    Signals:
        edit_requested(entity_id, changes): ``changes`` maps field names (name, type,
            aliases, roles, country) to their new values; only changed fields.
    """

    edit_requested = Signal(str, dict)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("entityEditor")
        self._entity: Entity | None = None
        self.title = QLabel(self.tr("Entity details"), self)
        self.title.setObjectName("panelTitle")
        self.name = QLineEdit(self)
        self.name.setObjectName("entityName")
        self.type = QComboBox(self)
        self.type.setObjectName("entityType")
        labels = {
            "person": self.tr("person"),
            "organisation": self.tr("organisation"),
            "state": self.tr("state"),
            "place": self.tr("place"),
            "other": self.tr("other"),
        }
        for value in ENTITY_TYPES:
            self.type.addItem(labels.get(value, value), value)
        self.aliases = QLineEdit(self)
        self.aliases.setObjectName("entityAliases")
        self.aliases.setPlaceholderText(self.tr("other names, separated by commas"))
        self.roles = QLineEdit(self)
        self.roles.setObjectName("entityRoles")
        self.roles.setPlaceholderText(self.tr("e.g. Minister of Agriculture (2023–)"))
        self.country = QLineEdit(self)
        self.country.setObjectName("entityCountry")
        self.country.setPlaceholderText(self.tr("e.g. Kazakhstan"))
        self.save_button = QPushButton(self.tr("&Save details"), self)
        self.save_button.setObjectName("entitySave")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Re&vert"), self)
        self.revert_button.clicked.connect(lambda: self.show_entity(self._entity))
        for edit in (self.name, self.aliases, self.roles, self.country):
            edit.returnPressed.connect(self.save)
            edit.textEdited.connect(lambda _=None: self._update_buttons())
        self.type.activated.connect(lambda _=None: self._update_buttons())

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("T&ype"), self.type)
        form.addRow(self.tr("&Aliases"), self.aliases)
        form.addRow(self.tr("&Roles"), self.roles)
        form.addRow(self.tr("C&ountry"), self.country)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.show_entity(None)

    def show_entity(self, entity: Entity | None) -> None:
        self._entity = entity
        self.setEnabled(entity is not None)
        self.name.setText(entity.name if entity else "")
        index = self.type.findData(entity.type if entity else "other")
        self.type.setCurrentIndex(max(index, 0))
        self.aliases.setText(", ".join(entity.aliases) if entity else "")
        self.roles.setText(", ".join(entity.roles) if entity else "")
        self.country.setText((entity.country or "") if entity else "")
        self._update_buttons()

    def entity_id(self) -> str | None:
        return self._entity.id if self._entity else None

    def changes(self) -> dict[str, object]:
        ent = self._entity
        if ent is None:
            return {}
        now: dict[str, object] = {
            "name": " ".join(self.name.text().split()),
            "type": self.type.currentData(),
            "aliases": _split_list(self.aliases.text()),
            "roles": _split_list(self.roles.text()),
            "country": self.country.text().strip() or None,
        }
        before: dict[str, object] = {
            "name": ent.name,
            "type": ent.type,
            "aliases": list(ent.aliases),
            "roles": list(ent.roles),
            "country": ent.country or None,
        }
        return {k: v for k, v in now.items() if v != before[k]}

    def save(self) -> None:
        changes = self.changes()
        if self._entity is not None and changes:
            self.edit_requested.emit(self._entity.id, changes)

    def _update_buttons(self) -> None:
        dirty = bool(self.changes())
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)


__all__ = ["EntityEditor"]
