"""The cost of the date patterns on long text: is any of them worse than linear?

For each family of date forms, a text made only of those forms (and the words around them that the
rules read: "set … back", "каждый вечер", "«…»") is repeated to 150 KB and to 300 KB, in one paragraph
without a line break (the worst case for rules that read back to a paragraph's start; the quoted
paragraphs' family has its line breaks), and
``find_dates`` is timed on both (CPU time). A linear rule takes about twice as long on the double
text; a ratio near 4 is quadratic. Printed: the seconds and the ratio per family. The seventh date
round found "by the end of the month" quadratic this way (21.6 s for 300 KB; 0.7 s since). The eighth
added Turkish quarters and windows in words, ranges with a word between the days and postponed days. Its
review found the years of a list quadratic (each listed year tested against every date taken). The ninth
added halves of years, windows ahead, "today" as nowadays, Russian nouns of the shape of a past, quarters of a
city, a range from the anchor's own day in the next paragraph, "on the 14th", seasons by the tense and "the three
months to September"; the tenth fiscal years ("FY2023", "fiscal 2024")
years counted from the year written before ("Two years later", "that same year") "Friday the 14th" and "6/25/90"; the
eleventh draws and scores in slashes, laws' numbers, "fiscal-2024", seasons of a counted year ("the summer of that
year"), years after a possessive, "for the last year", months after "around" and ranges of centuries.

Run: ``.venv/bin/python bench/bench_date_cost.py``.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.meaning.dates import find_dates  # noqa: E402

REFERENCE = dt.date(2025, 10, 15)
SIZE = 300_000
FAMILIES = {
    "plain news": "The minister said on Tuesday that prices rose in March 2019 and fell in the 1990s. ",
    "two-digit decades": "90s music and 80s-style, the 1980s and 90s, the fucking 90s, the low 90s, in his 90s ",
    "following month": "In March 2019 it began. The following March report; the following June he left. ",
    "day of a relative month": "10-го числа прошлого месяца, the 10th of last month, geçen ayın 10'unda, 10 числа ",
    "this past, holidays": "this past year, this last month, this past summer, last year's Christmas, this past ",
    "month of an early year": "December of 384, a March of 500, May of 200 BC, June of ",
    "Russian days in words": "двадцать пятого сентября, первого мая 2010 года, двадцать двадцать пятого ",
    "Russian nights": "в ночь с 1 на 2 ноября, в ночь со 2-го на 3-е, в ночь с 4 на 6 мая ",
    "Russian genitive months": "событий мая, итоги марта, на август, «Музыка для декабря», 31 июня ",
    "centuries": "за последнее столетие, in the past century, двадцатом веке, пятый век подряд, 28 последних лет ",
    "quoted paragraphs": "He died on 31 May 1832. His words were:\n“Do not cry!”\n(Ne pleure pas!)\nOn 2 June, he was buried.\n",
    "Turkish decades": "90'ların ortasında, 80'lerin sonundan, 90'larda, 60'larında, 1990'ların başında ",
    "years back, weekdays": "set two years back, ten years back in time, a few years back, on Tues., this Sat. ",
    "weeks and ends": "the week before last, two weeks from now, by the end of the decade, by year-end, "
                      "by the end of the month, at the end of the week ",
    "Russian parts of days": "на вечер вторника, каждый вечер пятницы, утром субботы ",
    "Turkish quarters, windows": "2024'ün ilk çeyreğinde, geçen yılın son çeyreğinde, yılın ikinci yarısında, "
                                 "Maçın ilk çeyreğinde, son iki yılda, son iki yılını, son üç ayda ",
    "ranges with a word": "1927 ila 1941 arasında, 15 ila 20 Mayıs, from 15 to 20 May, с 3 по 7 марта, aged 5 to 12 May ",
    "quarters, spaced years": "last quarter, the previous quarter, в первом квартале 2024 года, в этом квартале, "
                              "geçen çeyrekte, 1947 1954 arasında, 1991 92 sezonunda, 1500 2000 kişi ",
    "postponed, Russian pasts": "The vote was postponed until Friday, talks were moved to the Monday, заседание перенесли "
                                "на пятницу, встречу отложили до среды, 5 ноября они пришли, числа мысли ",
    "listed years": "2002, 2004, 2008 и 2012 годов, 1961, 1962 ve 1963'te, in 1990, 1995 and 2000, 2000 2001 2002 . ",
    "halves, ahead, nowadays": "In 1990 he feared the months ahead, two and a half years ago, the past 2 1/2 years, the "
                               "next year and a half, six and a half months ago, the weeks ahead of the vote, texts that "
                               "exist today, even today, known today as ",
    "days alone, seasons, months to": "The strike began on March 3 and ended on the 14th, he will decide on the 20th; "
                                      "prices rose over the summer, the vote is due in the spring, by the summer, in "
                                      "the three months to September, the year to June ",
    "fiscal years": "Sales in FY2023 and FY'24 beat fiscal 2022/23, fiscal year 2025 and FY 2019-20; a fiscal 20 percent "
                    "cut, FY 25% growth, FY2023-25 targets, the fiscal 2,000-page bill ",
    "years counted": "In 1724 he left. Two years later, that same year, the year before, a year earlier, twenty-three "
                     "years on, the next year he was, the previous year, two years later than planned. ",
    "weekday and day": "It happened on Friday the 14th; the vote is on the 3rd or the 4th; Friday the 13th Part VII; "
                       "Monday the 3rd of March; she died on Tuesday, the 9th, police said. ",
    "slashes, short years": "dated 6/25/90, 25/6/90, on 9/11/01, a 24/7/365 service, sizes 14/16/18, 12/31/24. ",
    "Russian nouns, own day": "около 10 тысяч в пятницу, школа медали сила дело мало в среду, В первом квартале Еревана "
                              "выросла торговля, opened on 5 August 2016.\nFrom 5 to 21 August they will compete. ",    "draws, laws, fiscal-": "the numbers drawn were 15/6/10 and 22, she won 15/6/10, on 15/6/10, Directive 2010/75/EU, "
                            "Regulation 2016/679, the 2019/20 season, fiscal-2024 and FY-2025; ",
    "counted seasons, others": "In 1998 they wed. In the summer of that year, the end of the same year, the winter of the "
                               "following year; UNESCO's 2012 Paris Declaration, the 2010 census, the firm's 1500 "
                               "workers, for the last year he has, around November, the 15th to the 19th century. ",
}


def main() -> None:
    for name, unit in FAMILIES.items():
        text = (unit * (SIZE // len(unit) + 1))[:SIZE]
        half = text[: SIZE // 2]
        t0 = time.process_time()
        find_dates(half, REFERENCE)
        t1 = time.process_time()
        find_dates(text, REFERENCE)
        t2 = time.process_time()
        ratio = (t2 - t1) / max(t1 - t0, 1e-9)
        print(f"{name:26s} 150 KB {t1 - t0:5.2f} s   300 KB {t2 - t1:5.2f} s   ratio {ratio:3.1f}"
              + ("   QUADRATIC?" if ratio > 3 else ""))


if __name__ == "__main__":
    main()
