"""Undoable meaning operations: tag attributes, links, entities and codebook kinds.

Each command calls :class:`desktop.service.meaning.Meaning` (one transaction per
step) and reports the new state through a callback so the views refresh.  Like
the tag commands in :mod:`desktop.ui.commands`, a redo after an undo reuses the
same ids (tombstones are lifted, not rows re-created).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.model import Annotation, CodebookKind, Entity, Link, MergeResult
from desktop.service import ServiceError, edits
from desktop.service.meaning import Meaning
from desktop.ui.commands import EditTagCommand

ApplyTag = Callable[[Annotation], None]
Changed = Callable[[], None]


def attributes_command(meaning: Meaning, apply: ApplyTag, tag_id: str, changes: dict[str, Any]) -> EditTagCommand:
    """An undo command that sets some attributes of a tag.

    Validates first: raises :class:`desktop.service.ServiceError` (nothing is
    pushed or written) when a value is wrong, so the caller can show why.
    """
    before = meaning.service.get_tag(tag_id)
    after = meaning.prepare_attributes(tag_id, changes)
    return EditTagCommand(meaning.service, apply, before, after, "edit " + ", ".join(sorted(changes)) or "edit")


class _GuardedCommand(QUndoCommand):
    """A command whose first redo may be refused by the service.

    PySide6 cannot raise out of ``redo()`` when ``QUndoStack.push`` calls it, so a
    refusal is kept in ``error`` and the command marks itself obsolete: Qt then
    drops it instead of pushing it.
    """

    error: str | None = None

    def redo(self) -> None:
        try:
            self.do()
        except ServiceError as exc:
            self.error = str(exc)
            self.setObsolete(True)

    def do(self) -> None:
        raise NotImplementedError


class LinkCommand(_GuardedCommand):
    """Link two tags; undo tombstones the link, redo lifts the tombstone."""

    def __init__(self, meaning: Meaning, changed: Changed, source_id: str, target_id: str, relation: str):
        super().__init__(f"link: {relation}")
        self.meaning, self.changed = meaning, changed
        self.args = (source_id, target_id, relation)
        self.link: Link | None = None
        self.created = False

    def do(self) -> None:
        if self.link is None:
            before = {ln.id for ln in self.meaning.links(self.args[0])}
            self.link = self.meaning.link(*self.args)
            self.created = self.link.id not in before
        elif self.created:
            self.link = self.meaning.restore_link(self.link.id)
        self.changed()

    def undo(self) -> None:
        assert self.link is not None
        if self.created:  # an already existing link stays as it was
            self.link = self.meaning.unlink(self.link.id)
        self.changed()


class UnlinkCommand(_GuardedCommand):
    def __init__(self, meaning: Meaning, changed: Changed, link_id: str):
        super().__init__("remove link")
        self.meaning, self.changed, self.link_id = meaning, changed, link_id

    def do(self) -> None:
        self.meaning.unlink(self.link_id)
        self.changed()

    def undo(self) -> None:
        self.meaning.restore_link(self.link_id)
        self.changed()


class MergeEntitiesCommand(_GuardedCommand):
    """Merge entity ``gone_id`` into ``kept_id``; undo restores both and every tag touched."""

    def __init__(self, meaning: Meaning, changed: Changed, kept_id: str, gone_id: str):
        super().__init__("merge entities")
        self.meaning, self.changed = meaning, changed
        self.kept_id, self.gone_id = kept_id, gone_id
        self.result: MergeResult | None = None

    def do(self) -> None:
        self.result = self.meaning.merge_entities(self.kept_id, self.gone_id)
        self.changed()

    def undo(self) -> None:
        assert self.result is not None
        self.meaning.undo_merge(self.result)
        self.changed()


class EditEntityCommand(_GuardedCommand):
    """Write an entity's new state (rename, aliases, type…); undo writes the old one."""

    def __init__(self, meaning: Meaning, changed: Changed, before: Entity, after: Entity, text: str = "edit entity"):
        super().__init__(text)
        self.meaning, self.changed = meaning, changed
        self.before, self.after = before, after

    def do(self) -> None:
        self.meaning.write_entity(self.after)
        self.changed()

    def undo(self) -> None:
        self.meaning.write_entity(self.before)
        self.changed()


class SplitMentionCommand(_GuardedCommand):
    """Give an actor tag a new entity of its own (split a mention off, or "new entity")."""

    def __init__(self, meaning: Meaning, apply: ApplyTag, changed: Changed, tag_id: str, name: str | None = None):
        super().__init__("new entity" if name else "split mention")
        self.meaning, self.apply, self.changed = meaning, apply, changed
        self.tag_id, self.name = tag_id, name
        self.before: Annotation | None = None
        self.after: Annotation | None = None
        self.entity: Entity | None = None

    def do(self) -> None:
        if self.entity is None:
            self.before = self.meaning.service.get_tag(self.tag_id)
            self.after, self.entity = self.meaning.split_mention(self.tag_id, self.name)
            tag = self.after
        else:
            assert self.after is not None
            self.entity, tag = edits.restore_split(self.meaning, self.entity, self.after)
        self.apply(tag)
        self.changed()

    def undo(self) -> None:
        assert self.before is not None and self.entity is not None
        self.entity, tag = edits.undo_split(self.meaning, self.before, self.entity)
        self.apply(tag)
        self.changed()


class AddKindCommand(_GuardedCommand):
    """Add a codebook kind; undo removes it (only while no tag uses it)."""

    def __init__(self, meaning: Meaning, changed: Changed, **fields: Any):
        super().__init__(f"add kind {fields.get('label', '')}")
        self.meaning, self.changed, self.fields = meaning, changed, fields
        self.kind: CodebookKind | None = None

    def do(self) -> None:
        self.kind = self.meaning.add_kind(**self.fields)
        self.fields["name"] = self.kind.name
        self.changed()

    def undo(self) -> None:
        assert self.kind is not None
        self.meaning.remove_kind(self.kind.name)
        self.changed()


class EditKindCommand(_GuardedCommand):
    def __init__(self, meaning: Meaning, changed: Changed, before: CodebookKind, after: CodebookKind):
        super().__init__(f"edit kind {before.label}")
        self.meaning, self.changed = meaning, changed
        self.before, self.after = before, after

    def _write(self, kind: CodebookKind) -> None:
        self.meaning.edit_kind(
            kind.name,
            label=kind.label,
            colour=kind.colour,
            shortcut=kind.shortcut,
            description=kind.description,
            parent=kind.parent,
        )
        self.changed()

    def do(self) -> None:
        self._write(self.after)

    def undo(self) -> None:
        self._write(self.before)


class MeaningController(QObject):
    """Wires a :class:`desktop.ui.meaning_form.MeaningForm` to undo commands.

    The main window creates one, calls :meth:`set_document` when a document opens
    and :meth:`show_tag` when the panel's current tag changes; the form's intents
    become commands on ``undo_stack``.  ``apply_tag`` is the window's "show this
    tag's new state" callback (reader + panel).  A refused edit (bad value) is
    shown in the form and pushes nothing.

    Signals:
        entities_changed(): an entity was created, edited, merged or split.
        links_changed(): a link was made or removed.
        kinds_changed(): the codebook changed (the window rebuilds its kind actions).
    """

    entities_changed = Signal()
    links_changed = Signal()
    kinds_changed = Signal()

    def __init__(self, meaning: Meaning, undo_stack: QUndoStack, form: Any, apply_tag: ApplyTag, parent: QObject | None = None):
        super().__init__(parent)
        self.meaning, self.undo_stack, self.form = meaning, undo_stack, form
        self._apply_tag = apply_tag
        self.doc_id: str | None = None
        form.attributes_edit_requested.connect(self.edit_attributes)
        form.new_entity_requested.connect(self.new_entity)
        form.link_requested.connect(self.link)
        form.unlink_requested.connect(self.unlink)

    # -- showing -------------------------------------------------------------------

    def set_document(self, doc_id: str | None, tags: list[Annotation] | None = None) -> None:
        """Show ``doc_id``'s context; ``tags``: its tags when the caller has just read them."""
        self.doc_id = doc_id
        self.form.set_tag(None)
        self.refresh_context(tags)

    def refresh_context(self, tags: list[Annotation] | None = None) -> None:
        if self.doc_id is None:
            self.form.set_context()
            return
        info = self.meaning.store.document_info(self.doc_id)
        self.form.set_context(
            entities=self.meaning.entities(),
            references=self.meaning.references(self.doc_id),
            tags=tags if tags is not None else self.meaning.service.tags(self.doc_id),
            published=(info.metadata.get("published") if info else None),
        )

    def show_tag(self, tag_id: str | None) -> None:
        if not tag_id:
            self.form.set_tag(None)
            return
        tag = self.meaning.store.annotation(tag_id)
        self.form.set_tag(tag, self.meaning.links(tag_id) if tag else ())

    def _tag_applied(self, tag: Annotation) -> None:
        self._apply_tag(tag)
        if tag.id == self.form.tag_id() or self.form.tag_id() is None:
            self.refresh_context()
            self.show_tag(tag.id if not tag.deleted else None)

    def _changed(self) -> None:
        self.refresh_context()
        self.show_tag(self.form.tag_id())

    def _entities_changed(self) -> None:
        self._changed()
        self.entities_changed.emit()

    def _links_changed(self) -> None:
        self._changed()
        self.links_changed.emit()

    # -- intents -------------------------------------------------------------------

    def edit_attributes(self, tag_id: str, changes: dict) -> None:
        try:
            command = attributes_command(self.meaning, self._tag_applied, tag_id, dict(changes))
        except ServiceError as exc:
            self.form.show_error(str(exc))
            return
        if command.before.attributes != command.after.attributes:
            self.undo_stack.push(command)

    def new_entity(self, tag_id: str, name: str) -> None:
        self._push(SplitMentionCommand(self.meaning, self._tag_applied, self._entities_changed, tag_id, name))

    def split_mention(self, tag_id: str) -> None:
        self._push(SplitMentionCommand(self.meaning, self._tag_applied, self._entities_changed, tag_id))

    def link(self, source_id: str, target_id: str, relation: str) -> None:
        self._push(LinkCommand(self.meaning, self._links_changed, source_id, target_id, relation))

    def unlink(self, link_id: str) -> None:
        self._push(UnlinkCommand(self.meaning, self._links_changed, link_id))

    def merge_entities(self, kept_id: str, gone_id: str) -> None:
        self._push(MergeEntitiesCommand(self.meaning, self._entities_changed, kept_id, gone_id))

    def rename_entity(self, entity_id: str, name: str) -> None:
        before = self.meaning.entity(entity_id)
        try:
            after = self.meaning.rename_entity(entity_id, name)
        except ServiceError as exc:
            self.form.show_error(str(exc))
            return
        self.meaning.write_entity(before)  # the command writes it again, undoably
        self._push(EditEntityCommand(self.meaning, self._entities_changed, before, after, "rename entity"))

    def edit_entity(self, entity_id: str, changes: dict) -> bool:
        """Change an entity's name, type, aliases, roles or country, undoably.

        A new name keeps the old one as an alias, as a rename does.
        """
        before = self.meaning.entity(entity_id)
        changes = dict(changes)
        if "name" in changes and changes["name"] != before.name:
            aliases = list(changes.get("aliases", before.aliases))
            if before.name not in aliases:
                aliases.append(before.name)
            changes["aliases"] = [a for a in aliases if a != changes["name"]]
        try:
            after = self.meaning.update_entity(entity_id, **changes)
        except ServiceError as exc:
            self.form.show_error(str(exc))
            return False
        self.meaning.write_entity(before)  # the command writes it again, undoably
        return self._push(EditEntityCommand(self.meaning, self._entities_changed, before, after, "edit entity"))

    def _push(self, command: _GuardedCommand, show_error: Callable[[str], None] | None = None) -> bool:
        self.undo_stack.push(command)  # push runs redo(); a refused command is dropped
        if command.error:
            (show_error or self.form.show_error)(command.error)
            return False
        return True

    def connect_entities_view(self, view: Any) -> None:
        """Let an :class:`desktop.ui.entities_view.EntitiesView` rename, merge and split through undo."""
        view.rename_requested.connect(self.rename_entity)
        view.merge_requested.connect(self.merge_entities)
        view.split_requested.connect(self.split_mention)
        self.entities_changed.connect(view.refresh)

    def connect_entity_editor(self, view: Any, editor: Any, report: Callable[[str], Any]) -> None:
        """Let an :class:`desktop.ui.entity_editor.EntityEditor` show the entity selected in
        ``view`` and edit it undoably; ``report`` gets the message of an edit refused."""

        def show() -> None:
            entity_id = view.current_entity_id()
            try:
                entity = self.meaning.entity(entity_id) if entity_id else None
            except ServiceError:
                entity = None
            editor.show_entity(entity)

        def edit(entity_id: str, changes: dict) -> None:
            if not self.edit_entity(entity_id, changes):
                report(self.form.error.text())

        view.table.selectionModel().selectionChanged.connect(lambda *_: show())
        editor.edit_requested.connect(edit)
        self.entities_changed.connect(show)

    def connect_codebook_dialog(self, dialog: Any) -> None:
        """Let a :class:`desktop.ui.codebook_dialog.CodebookDialog` add and edit kinds through undo.

        Import and export are file operations, not undoable; an import is one transaction.
        """

        def changed() -> None:
            # Undo may run after the dialog has closed and been deleted.
            if shiboken6.isValid(dialog) and dialog.isVisible():
                dialog.refresh()
            self.kinds_changed.emit()

        def add(fields: dict) -> None:
            command = AddKindCommand(self.meaning, changed, **fields)
            if self._push(command, dialog.show_error) and command.kind is not None:
                dialog.refresh(select=command.kind.name)

        def edit(name: str, fields: dict) -> None:
            before = next((k for k in self.meaning.codebook() if k.name == name), None)
            if before is None:
                dialog.show_error(f"no kind named {name!r}")
                return
            self._push(EditKindCommand(self.meaning, changed, before, replace(before, **fields)), dialog.show_error)

        def export(path: str) -> None:
            try:
                self.meaning.export_codebook(path)
            except ServiceError as exc:
                dialog.show_error(str(exc))

        def import_(path: str) -> None:
            try:
                counts = self.meaning.import_codebook(path)
            except ServiceError as exc:
                dialog.show_error(str(exc))
                return
            changed()
            if counts["warnings"]:  # read leniently: say how the file departs from the standard
                dialog.show_error("\n".join(counts["warnings"]))

        dialog.kind_add_requested.connect(add)
        dialog.kind_edit_requested.connect(edit)
        dialog.export_requested.connect(export)
        dialog.import_requested.connect(import_)
