"""The headings that open a text's reference list or notes ("References", "Works cited", "Kaynakça",
"Список литературы", "Notes"), in one place for the three readers of them: the citation years
(:mod:`desktop.meaning.date_citations`: nothing after a reference heading is an event), the reference list
(:mod:`desktop.references`) and the plain-text importer's block kinds (:mod:`desktop.importers.text`).
A leaf: it imports nothing of the application, so each of them can import it.
"""

from __future__ import annotations

import re

# Headings of a list of works cited: its entries are publications, not events of the text.
_LIST_WORDS = (
    r"references|bibliography|works\s+cited|literature\s+cited|cited\s+works|sources|further\s+reading"
    r"|quellen|références"
    r"|(?:список\s+)?(?:использованной\s+)?литератур[аы]|список\s+источников|источники|библиография"
    r"|kaynaklar|kaynakça|(?:пайдаланылған\s+)?әдебиеттер(?:\s+тізімі)?|дереккөздер"
)
# "Başvurular" is also the "Applications" part of a Turkish announcement: it only stops the citation years, as it did
# before the fold (the importer and the reference list would take its numbered steps for notes)
_CITATION_ONLY_WORDS = r"başvurular"
# Headings of notes: footnotes or endnotes, which may cite as the text does.
_NOTE_WORDS = r"notes|endnotes|footnotes|notes\s+et\s+références|anmerkungen|fußnoten|dipnotlar|notlar|примечания|сноски"


def _heading(words: str) -> re.Pattern[str]:
    """A line that holds only the heading (a Markdown "#" before it and a colon after it allowed)."""
    return re.compile(rf"^[ \t]*(?:#+[ \t]*)?(?:{words})[ \t]*:?[ \t]*$", re.MULTILINE | re.IGNORECASE)


# "References", "Bibliography", "Kaynakça": a reference list follows
REFERENCE_LIST_HEADING = _heading(f"{_LIST_WORDS}|{_CITATION_ONLY_WORDS}")
# the same or "Notes", "Endnotes", "Примечания": a reference list or notes follow
REFERENCES_OR_NOTES_HEADING = _heading(f"{_LIST_WORDS}|{_NOTE_WORDS}")
