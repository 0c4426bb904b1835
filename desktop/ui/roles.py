"""Item data roles of every Qt model and item view in the window, defined once.

Each role has its own number, so a value stored under one role can never be
read back under another (``DOC_ID_ROLE`` and ``TAG_ID_ROLE`` used to share
``UserRole + 1``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt

_USER = Qt.ItemDataRole.UserRole

ITEM_ROLE = _USER  # the object a row shows (a Suggestion), or a plain id in simple lists
DOC_ID_ROLE = _USER + 1  # a document id
TAG_ID_ROLE = _USER + 2  # a tag (annotation) id
KIND_ROLE = _USER + 3  # a kind name
SUBTITLE_ROLE = _USER + 4  # a second line of text under a row
SORT_ROLE = _USER + 5  # the value a column sorts by
VALUE_ROLE = _USER + 6  # a row's normalized value (a figure's number)
ENTITY_ID_ROLE = _USER + 7  # an entity id
LINK_ID_ROLE = _USER + 8  # a link id
MARKUP_ROLE = _USER + 9  # rich text a delegate draws (a search hit's snippet with its match in bold)
GROUP_ROLE = _USER + 10  # a Suggestions group row's key (its mentions are its children)
GROUP_TEXT_ROLE = _USER + 11  # a group row's (name, text before it, text after it, count): the name is shortened first
