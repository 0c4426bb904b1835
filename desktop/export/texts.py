"""The report's own words in English, Turkish and Russian (Qt-free).

Every format (HTML, PDF, Markdown, DOCX) asks :meth:`Texts.get` for its section
titles, table headers and labels; ``ReportOptions.language`` chooses the
language (the export dialog fills it from the UI's language, the CLI from
``--lang``).  Strings from the store are never translated, except the labels of
the built-in kinds while the user has not renamed them and the built-in entity
types.  A source string missing here is shown in English: the test suite checks
that every string the formats ask for has both translations.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.model import BUILTIN_KIND_LABELS, ENTITY_TYPES

LANGUAGES = ("en", "tr", "ru")

# English source → (Turkish, Russian).
CATALOGUE: dict[str, tuple[str, str]] = {
    # sections
    "Contents": ("İçindekiler", "Содержание"),
    "Summary": ("Özet", "Сводка"),
    "Actors index": ("Aktör dizini", "Указатель акторов"),
    "Figures": ("Rakamlar", "Показатели"),
    "Timeline": ("Zaman çizelgesi", "Хронология"),
    "Claims": ("İddialar", "Утверждения"),
    "Notes": ("Notlar", "Заметки"),
    "Timeline of dated events": ("Tarihli olayların zaman çizelgesi", "Хронология датированных событий"),
    "Claimline report": ("Claimline raporu", "Отчёт Claimline"),
    # cover and metadata
    "Analyst": ("Analist", "Аналитик"),
    "Date": ("Tarih", "Дата"),
    "Store": ("Depo", "Хранилище"),
    "Documents": ("Belgeler", "Документы"),
    "Tags": ("Etiketler", "Метки"),
    "Format": ("Biçim", "Формат"),
    "Source": ("Kaynak", "Источник"),
    "Author": ("Yazar", "Автор"),
    "Published": ("Yayın tarihi", "Опубликовано"),
    "Site": ("Site", "Сайт"),
    "Source url": ("Kaynak adresi", "Адрес источника"),
    "Page {0} of {1}": ("Sayfa {0} / {1}", "Страница {0} из {1}"),
    # tables
    "Kind": ("Tür", "Вид"),
    "Document": ("Belge", "Документ"),
    "All": ("Tümü", "Всего"),
    "Actors": ("Aktörler", "Акторы"),
    "Entity": ("Varlık", "Сущность"),
    "Type": ("Tür", "Тип"),
    "Roles": ("Roller", "Роли"),
    "Mentions": ("Geçtiği yerler", "Упоминания"),
    "also": ("diğer adları", "также"),
    "No actors tagged.": ("Etiketlenmiş aktör yok.", "Отмеченных акторов нет."),
    "Value": ("Değer", "Значение"),
    "Unit": ("Birim", "Единица"),
    "What": ("Ne", "Что"),
    "Period": ("Dönem", "Период"),
    "Source quote": ("Kaynaktaki alıntı", "Цитата из источника"),
    "No figures tagged.": ("Etiketlenmiş rakam yok.", "Отмеченных показателей нет."),
    "Claim": ("İddia", "Утверждение"),
    "Asserted by": ("İddia eden", "Кто утверждает"),
    "Reference cited": ("Gösterilen kaynak", "Ссылка на источник"),
    "Grading": ("Değerlendirme", "Оценка"),
    "Note": ("Not", "Заметка"),
    "No claims tagged.": ("Etiketlenmiş iddia yok.", "Отмеченных утверждений нет."),
    "(no actor)": ("(aktör yok)", "(без актора)"),
    "{0}s": ("{0} yılları", "{0}-е"),
    "p. {0}, ¶ {1}": ("s. {0}, ¶ {1}", "с. {0}, ¶ {1}"),
    "¶ {0}": ("¶ {0}", "¶ {0}"),
    # built-in kinds (store labels) and entity types (store values)
    "Actor": ("Aktör", "Актор"),
    "Figure": ("Rakam", "Показатель"),
    "Date / event": ("Tarih / olay", "Дата / событие"),
    "person": ("kişi", "человек"),
    "organisation": ("kuruluş", "организация"),
    "state": ("devlet", "государство"),
    "place": ("yer", "место"),
    "other": ("diğer", "другое"),
}


@dataclass(frozen=True)
class Texts:
    """The report's words in ``language`` ("en", "tr" or "ru"; another code means English)."""

    language: str = "en"

    def get(self, source: str) -> str:
        index = {"tr": 0, "ru": 1}.get(self.language)
        if index is None or source not in CATALOGUE:
            return source
        return CATALOGUE[source][index]

    def kind(self, name: str, label: str) -> str:
        """A kind's label: a built-in one translated while the user has not renamed it."""
        return self.get(label) if BUILTIN_KIND_LABELS.get(name) == label else label

    def entity_type(self, value: str) -> str:
        return self.get(value) if value in ENTITY_TYPES else value

    @property
    def html_lang(self) -> str:
        return self.language if self.language in LANGUAGES else "en"
