"""Russian parts of a year told without its number: "в конце года", "к концу года", "в начале года", "до середины
года" are a third of the publication year, as English "at the end of the year" (the year of a date written before
them in their paragraph wins), and "к концу года" / "до конца года" a deadline, its last day (see
:mod:`~desktop.meaning.date_deadlines`).  Used by :func:`~desktop.meaning.date_patterns.scan`; nothing here does I/O."""

from __future__ import annotations

import re

from desktop.meaning.date_base import SEP, WORD_END, YEAR_THIRDS, Ctx, span, undated, undated_relative, yearless
from desktop.meaning.date_parts import part_key
from desktop.meaning.date_tense import PAST, clause_tense

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

RU_YEAR_PART_HEADS = "начале середине конце начала середины конца началу середине концу"
# "года" right after the part word (not "в конце 2020 года", "в конце учебного года"; "с начала года" is the year to
# date, see date_patterns), and not the year of something else, a genitive after it: "в конце года службы", "к концу
# года обучения", "в начале года эксплуатации", "в конце года нашего знакомства" (a year of one's service, study or
# life, no calendar year).  A lowercase word in a genitive ending blocks it (not a pronoun or an adverb: "В конце года
# его уволили", "всего было продано"), and so do nouns whose genitive is also a nominative ("контракта", "реформы"); a
# subject after the part stays a date ("В конце года компания объявила", "цены выросли"), and so does a plural in -ии
# before a plural verb that ends its clause, takes "на" and a number, or is reflexive ("В конце года акции подорожали",
# "облигации дешевеют", "инвестиции выросли на 5%"; not "в конце года эксплуатации здания", "эксплуатации выявили
# дефекты", a verb with its object).
_NOT_SUBJECT = (r"(?![ \u00a0]+[а-яё]+(?:(?:ли|ют|ят)(?=[ \u00a0]*[.,;!?]|[ \u00a0]+на[ \u00a0]+\d)|лись|ются|ятся)"
                r"(?![^\W_]))")
_OF_SOMETHING = (rf"(?!(?:всего|ничего|чего|кого|того|этого)(?![^\W_]))(?-i:[а-яё])[а-яё]*(?:ого|его|ской|ной|ых|их|ии{_NOT_SUBJECT}"
                 r"|ства|ения|ования|тия|ости|ов|ев|аний|ений|ствий)|моей|твоей|своей|нашей|вашей|этой|той|службы|уч[её]бы"
                 r"|жизни|работы|войны|карьеры|контракта|договора|сезона|курса|срока|стажа|реформы|аренды|стажировки"
                 r"|командировки|аспирантуры|правления|заключения")
RU_YEAR_PART_RX = (rf"(?<!(?<![^\W_])с[ \u00a0])(?P<part>{'|'.join(sorted(set(RU_YEAR_PART_HEADS.split()), key=len, reverse=True))})"
                   rf"{SEP}года{WORD_END}(?!{SEP}(?:{_OF_SOMETHING})(?![^\W_]))")


def h_ru_year_part(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"в конце года" (September–December of the publication year), "в начале года" (January–April).  In a past clause
    the end of the year is last year's: here once the year's last third has begun ("В конце года долг вырос" in a text of
    October 2025: the end of 2024); before that the year is left open (``yearless``) and the scanner's past look-back
    takes last year too ("В конце года компания объявила" in June: 2024), as English "at the end of the year" reads
    (:func:`~desktop.meaning.date_relative.h_part_of_the`).  "осталось" is no past ("До конца года осталось два месяца")."""
    ref = ctx.reference
    if ref is None:
        return undated_relative(), False
    key = part_key(m["part"]) or "late"
    first, last = YEAR_THIRDS[key]
    year = ref.year - (key == "late" and ref.month >= first and clause_tense(m.string, m.start(), m.end()) == PAST)
    return yearless(span("month", (year, first), (year, last))) or undated(), False
