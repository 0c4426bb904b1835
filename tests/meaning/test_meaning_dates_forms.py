"""Date forms read since the study of re3d train, GUM dev and Turkish Wiki NER train: years
naming events, Turkish year-month order and case endings, parts of years, decades and
centuries as intervals, the years before a dated one in a list, the next N years, years
before the era (found, undated with the reason), and the forms issue 15 lists, in English,
Russian and Turkish. Every sentence here was written for these tests."""

from __future__ import annotations

import calendar
import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.date_absolute import BEFORE_THE_ERA
from desktop.meaning.dates import find_dates

REF = datetime.date(2025, 6, 13)  # a Friday


def dates(text: str, reference: datetime.date | None = REF) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(text[s:e], a["start"], a["end"], a["precision"]) for s, e, a in find_dates(text, reference)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a year naming an event
        ("Leaders met for the 2016 UK - France Summit in the north.", [("2016", "2016", "2016", "year")]),
        ("They spoke at the Anglo-French Summit 2016 on trade.", [("2016", "2016", "2016", "year")]),
        ("Interference in the 2020 elections was alleged.", [("2020", "2020", "2020", "year")]),
        ("Takım 2006 FIFA Dünya Kupası'nda oynadı.", [("2006", "2006", "2006", "year")]),
        ("Oyuncu 1998 NBA Seçmeleri ile seçildi.", [("1998", "1998", "1998", "year")]),
        ("Bölge 1659 Pirene Barışı ile el değiştirdi.", [("1659", "1659", "1659", "year")]),
        ("Şehir 1967 savaşıyla sarsıldı.", [("1967", "1967", "1967", "year")]),
        ("Nüfus 1987 verilerine göre arttı.", [("1987", "1987", "1987", "year")]),
        ("Film 1962 İngiltere yapımı bir dramdır.", [("1962", "1962", "1962", "year")]),
        ("İl 2009 nüfus sayımına göre büyüdü.", [("2009", "2009", "2009", "year")]),
        ("Parti 1954 Türkiye genel seçimleri sonrası kuruldu.", [("1954", "1954", "1954", "year")]),
        ("Film 2003 Emmy ödüllerinde yarıştı.", [("2003", "2003", "2003", "year")]),
        ("Albüm 2006 içinde çıkacak.", [("2006", "2006", "2006", "year")]),
        ("Yazar Ahmet Kaya (d. 1931, ö. 1993), şair.", [("1931", "1931", "1931", "year"), ("1993", "1993", "1993", "year")]),
        ("The painter (b. 1950) lives abroad.", [("1950", "1950", "1950", "year")]),
        ("2009: Yeni albüm. 2011: Turne.", [("2009", "2009", "2009", "year"), ("2011", "2011", "2011", "year")]),
        # Turkish case endings without the apostrophe; the year before the month
        ("Müze 1987de açıldı.", [("1987de", "1987", "1987", "year")]),
        ("Ordu 1849da geri çekildi.", [("1849da", "1849", "1849", "year")]),
        ("Köprü 2006 Temmuz'unda açıldı.", [("2006 Temmuz'unda", "2006-07", "2006-07", "month")]),
        ("Kale 1494 nisanında düştü.", [("1494 nisanında", "1494-04", "1494-04", "month")]),
        ("Anlaşma 1919 Mayıs ayında imzalandı.", [("1919 Mayıs ayında", "1919-05", "1919-05", "month")]),
        # parts of years, decades and centuries
        ("2004'ün ilk günlerinde geldi.", [("2004'ün ilk günlerinde", "2004-01", "2004-01", "month")]),
        ("2010'un ilk yarısında büyüdü.", [("2010'un ilk yarısında", "2010-01", "2010-06", "month")]),
        ("Savaş 2019 sonunda bitti.", [("2019 sonunda", "2019-09", "2019-12", "month")]),
        ("Borç 2008'in son aylarında arttı.", [("2008'in son aylarında", "2008-09", "2008-12", "month")]),
        ("Рост начался в начале 2010 года.", [("начале 2010 года", "2010-01", "2010-04", "month")]),
        ("Это было в конце 1990-х годов.", [("конце 1990-х годов", "1995", "1999", "year")]),
        ("Город рос в середине XX века.", [("середине XX века", "1933", "1966", "year")]),
        ("Prices fell by the end of 2010.", [("the end of 2010", "2010-12-31", "2010-12-31", "day")]),
        ("Songs written in the late 19th and early 20th centuries survive.",
         [("the late 19th and early 20th centuries", "1875", "1925", "year")]),
        ("Pausanias 2. yüzyılda yazdı.", [("2. yüzyılda", "0100", "0199", "year")]),
        ("It was built in the 5th century.", [("the 5th century", "0400", "0499", "year")]),
        ("He joined for the 2019/20 season.", [("2019/20", "2019", "2020", "year")]),
        ("Meclis 1776/77 döneminde toplandı.", [("1776/77", "1776", "1777", "year")]),
        # lists: every year its own date, also the ones before the dated year
        ("Takım 1961, 1962 ve 1963'te şampiyon oldu.",
         [("1961", "1961", "1961", "year"), ("1962", "1962", "1962", "year"), ("1963'te", "1963", "1963", "year")]),
        ("Kulüp üç kez kazandı (2004 & 2007 & 2009).",
         [("2004", "2004", "2004", "year"), ("2007", "2007", "2007", "year"), ("2009", "2009", "2009", "year")]),
        # periods up to and from the publication date
        ("Troops advanced over the past 20-plus months.", [("the past 20-plus months", "2023-10-14", "2025-06-13", "day")]),
        ("Over the next 15 years the city will grow.", [("the next 15 years", "2025-06-13", "2040-06-12", "day")]),
        ("Önümüzdeki 5 yıl içinde bitecek.", [("Önümüzdeki 5 yıl", "2025-06-13", "2030-06-12", "day")]),
        ("Завод построят в ближайшие 10 лет.", [("ближайшие 10 лет", "2025-06-13", "2035-06-12", "day")]),
        # a weekday before a full date belongs to it
        ("Report filed\nThursday, February 23, 2006\nHalf of the children", [("Thursday, February 23, 2006", "2006-02-23", "2006-02-23", "day")]),
    ],
)
def test_forms_from_the_study(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A survey of 1709 schoolchildren was made.",  # a count after "of"
        "They sent the 2000 US troops home.",  # a count, not an event
        "Pazar payı yüzde 31'e çıktı.",  # pazar: market
        "Padişah son Cuma selamlığına katıldı.",  # Friday prayer, not a date
        "Çarşamba, Fatih ilçesinin bir semtidir.",  # a district
        "Bina tamamlanmasından beş yıl önce yıkıldı.",  # before another event, not before publication
        "Aradan geçen yılların ardından döndü.",  # the years that passed
        "Bu yıllarda birçok oyun yaptı.",  # these years
        "Önemi her geçen yıl artıyor.",  # every passing year
        "Salona 1500 Ankara yapımı sandalye kondu.",  # a count of chairs made in Ankara
        "Bu yazı dergide çıktı.",  # this text ("yazı"), not this summer
        "She starred in I Know What You Did Last Summer.",  # a title
        "Bin yıllık imparatorluk, 1000 yıllık bir tarih.",  # a thousand-year history: a duration
    ],
)
def test_not_dates(text):
    assert dates(text) == []


def test_the_games_keep_their_year_not_a_season():
    assert dates("Athens hosted the 2004 Summer Olympic Games.") == [("2004", "2004", "2004", "year")]
    assert dates("1948 Yaz Olimpiyatları Londra'da yapıldı.") == [("1948", "1948", "1948", "year")]


@pytest.mark.parametrize(
    "text, exact",
    [
        ("The town was founded in 508 BC by settlers.", "508 BC"),
        ("Games took place from 776 BCE onwards.", "776 BCE"),
        ("By the 7th century BC, unrest spread.", "the 7th century BC"),
        ("Город основан в 286 г. до н. э.", "286 г. до н. э."),
        ("Храм построен в V веке до н. э.", "V веке до н. э."),
        ("Şehir MÖ 480 yılında yıkıldı.", "MÖ 480 yılında"),
        ("Kale M.Ö. 628 tarihinde kuruldu.", "M.Ö. 628"),
        ("Tapınak MÖ 5. yüzyılda yapıldı.", "MÖ 5. yüzyılda"),
        ("Kent milattan önce 2. yüzyılda büyüdü.", "milattan önce 2. yüzyılda"),
    ],
)
def test_years_before_the_era_are_found_and_left_undated_with_the_reason(text, exact):
    [(s, e, attrs)] = find_dates(text, REF)
    assert text[s:e] == exact
    assert attrs["undated"] is True and attrs["start"] is None and attrs["reason"] == BEFORE_THE_ERA


def test_an_era_year_after_a_year_before_it():
    assert dates("Games were held from 776 BCE to 394 AD.") == [
        ("776 BCE", None, None, None), ("394 AD", "0394", "0394", "year")]


# --- the forms of issue 15 in the three languages, resolved against a Friday publication date
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The minister spoke on Thursday.", [("on Thursday", "2025-06-12", "2025-06-12", "day")]),
        ("Министр выступил в четверг.", [("в четверг", "2025-06-12", "2025-06-12", "day")]),
        ("Bakan Perşembe günü konuştu.", [("Perşembe günü", "2025-06-12", "2025-06-12", "day")]),
        ("Talks failed last week.", [("last week", "2025-06-02", "2025-06-08", "day")]),
        ("Переговоры продолжатся на следующей неделе.", [("на следующей неделе", "2025-06-16", "2025-06-22", "day")]),
        ("Görüşmeler geçen hafta başladı.", [("geçen hafta", "2025-06-02", "2025-06-08", "day")]),
        ("Prices rose last month.", [("last month", "2025-05", "2025-05", "month")]),
        ("Цены упадут в следующем месяце.", [("следующем месяце", "2025-07", "2025-07", "month")]),
        ("Fiyatlar geçen ay arttı.", [("geçen ay", "2025-05", "2025-05", "month")]),
        ("It will shrink next year.", [("next year", "2026", "2026", "year")]),
        ("Рост был в прошлом году.", [("прошлом году", "2024", "2024", "year")]),
        ("Gelecek yıl küçülecek.", [("Gelecek yıl", "2026", "2026", "year")]),
        ("He left nine months ago.", [("nine months ago", "2024-09", "2024-09", "month")]),
        ("Он уехал три недели назад.", [("три недели назад", "2025-05-23", "2025-05-23", "day")]),
        ("Dokuz ay önce ayrıldı.", [("Dokuz ay önce", "2024-09", "2024-09", "month")]),
        ("Turnout fell in 2002, 2004 and 2008.",
         [("2002", "2002", "2002", "year"), ("2004", "2004", "2004", "year"), ("2008", "2008", "2008", "year")]),
        ("Явка падала в 2002, 2004, 2008 и 2012 годов.",
         [("2002", "2002", "2002", "year"), ("2004", "2004", "2004", "year"), ("2008", "2008", "2008", "year"),
          ("2012 годов", "2012", "2012", "year")]),
        ("Katılım 2002, 2004 ve 2008 yıllarında düştü.",
         [("2002", "2002", "2002", "year"), ("2004", "2004", "2004", "year"), ("2008 yıllarında", "2008", "2008", "year")]),
        ("It began in the 19th century.", [("the 19th century", "1800", "1899", "year")]),
        ("Это началось в XIX веке.", [("XIX веке", "1800", "1899", "year")]),
        ("20. yüzyılın ortasında başladı.", [("20. yüzyılın ortasında", "1933", "1966", "year")]),
        ("It peaked in the summer of 2010.", [("the summer of 2010", "2010-06", "2010-09", "month")]),
        ("Летом 2010 года было жарко.", [("Летом 2010 года", "2010-06", "2010-08", "month")]),
        ("2010 yazında gitti.", [("2010 yazında", "2010-06", "2010-08", "month")]),
        ("Sales grew in the mid-1990s.", [("the mid-1990s", "1993", "1997", "year")]),
        ("Built in AD 286.", [("AD 286", "0286", "0286", "year")]),
        ("Accessed 3 July 2025.", []),
        ("Erişme Tarihi: 03.07.2025", []),
        ("Дата обращения: 03.07.2025.", []),
    ],
)
def test_issue_forms_in_three_languages(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize("text", ["The minister spoke on Thursday.", "Görüşmeler geçen hafta başladı.",
                                  "Он уехал три недели назад.", "Over the next 15 years it grows."])
def test_relative_forms_without_a_publication_date_are_undated_with_the_reason(text):
    [(_s, _e, attrs)] = find_dates(text, None)
    assert attrs["undated"] is True and "publication date" in attrs["reason"]


# --- properties over families of forms
_TR_PARTS = {"başında": (1, 4), "başlarında": (1, 4), "ortasında": (5, 8), "ortalarında": (5, 8),
             "sonunda": (9, 12), "sonlarında": (9, 12), "ilk günlerinde": (1, 1), "son günlerinde": (12, 12),
             "ilk yarısında": (1, 6), "ikinci yarısında": (7, 12), "ilk aylarında": (1, 4)}


@given(st.integers(1000, 2199), st.sampled_from(sorted(_TR_PARTS)), st.sampled_from(["", "'in"]))
def test_turkish_parts_of_a_year_are_month_intervals(year, part, genitive):
    text = f"Olay {year}{genitive} {part} oldu."
    first, last = _TR_PARTS[part]
    assert dates(text) == [(f"{year}{genitive} {part}", f"{year}-{first:02d}", f"{year}-{last:02d}", "month")]


_TR_MONTHS = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
              "Kasım", "Aralık"]


@given(st.integers(1000, 2199), st.integers(1, 12), st.sampled_from(["", "'da", "'nda", " ayında"]))
def test_turkish_year_before_month(year, month, ending):
    name = _TR_MONTHS[month - 1]
    ending = {"'da": "'" + ("da" if name[-1] in "aıou" else "de")}.get(ending, ending)
    text = f"Olay {year} {name}{ending} oldu."
    [(exact, start, end, precision)] = dates(text)
    assert (start, end, precision) == (f"{year}-{month:02d}",) * 2 + ("month",)
    assert exact.startswith(str(year))


# two years joined by "and" stay a range ("2024 and 2025"); three or more are a list
@given(st.lists(st.integers(1900, 2099), min_size=3, max_size=5, unique=True).map(sorted),
       st.sampled_from([("ve", "'te"), ("and", ""), ("и", " годов")]))
def test_each_year_of_a_list_is_its_own_date(years, words):
    joiner, ending = words
    listed = ", ".join(map(str, years[:-1])) + f" {joiner} {years[-1]}{ending}"
    found = dates(f"Seçimler {listed} oldu." if joiner == "ve" else f"Votes in {listed} counted.")
    assert [start for _e, start, _end, _p in found] == [str(y) for y in years]


@given(st.integers(1, 60), st.sampled_from(["years", "months"]),
       st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2090, 12, 31)))
def test_the_next_n_units_start_at_the_reference(n, unit, ref):
    [(_exact, start, end, _p)] = dates(f"Over the next {n} {unit} it grows.", ref)
    # the days from the reference to the day before the same day n units later (or the month's last day)
    total = ref.year * 12 + ref.month - 1 + n * (12 if unit == "years" else 1)
    y, mo = total // 12, total % 12 + 1
    later = datetime.date(y, mo, min(ref.day, calendar.monthrange(y, mo)[1]))
    assert (start, end) == (ref.isoformat(), (later - datetime.timedelta(days=1)).isoformat())


@given(st.integers(1, 3000), st.sampled_from(["{} BC", "{} BCE", "MÖ {}", "{} г. до н. э."]))
def test_a_year_before_the_era_is_never_dated(year, template):
    found = find_dates(f"It fell in {template.format(year)}.", REF)
    assert found and all(a["undated"] for _s, _e, a in found)


@given(st.integers(1, 22), st.sampled_from(["the {}th century", "{}. yüzyılda"]))
def test_every_century_is_its_hundred_years(n, template):
    [(_exact, start, end, precision)] = dates(f"It began in {template.format(n)}.")
    assert (int(start), int(end), precision) == (max((n - 1) * 100, 1), (n - 1) * 100 + 99, "year")


@pytest.mark.parametrize(
    "text, reference, expected",
    [
        ("It happened this spring.", REF, ("this spring", "2025-03", "2025-05", "month")),
        ("Last summer was hot.", REF, ("Last summer", "2024-06", "2024-08", "month")),
        ("Last summer was hot.", datetime.date(2025, 10, 1), ("Last summer", "2025-06", "2025-08", "month")),
        ("This winter is mild.", datetime.date(2025, 1, 10), ("This winter", "2024-12", "2025-02", "month")),
        ("Next winter will be cold.", REF, ("Next winter", "2025-12", "2026-02", "month")),
        ("Прошлым летом было жарко.", REF, ("Прошлым летом", "2024-06", "2024-08", "month")),
        ("Этой зимой холодно.", datetime.date(2025, 1, 10), ("Этой зимой", "2024-12", "2025-02", "month")),
        ("Geçen yaz sıcaktı.", REF, ("Geçen yaz", "2024-06", "2024-08", "month")),
        ("Bu kış soğuk geçti.", datetime.date(2025, 2, 1), ("Bu kış", "2024-12", "2025-02", "month")),
        ("The law was passed a decade ago.", REF, ("a decade ago", "2015", "2015", "year")),
        ("Two decades ago the town was rich.", REF, ("Two decades ago", "2005", "2005", "year")),
    ],
)
def test_seasons_and_decades_relative_to_the_publication_date(text, reference, expected):
    assert dates(text, reference) == [expected]


@given(st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2090, 12, 31)),
       st.sampled_from(["spring", "summer", "autumn", "winter"]), st.sampled_from(["last", "this", "next"]))
def test_a_relative_season_is_three_months_placed_around_the_reference(ref, season, rel):
    [(_exact, start, end, precision)] = dates(f"Prices rose {rel} {season}.", ref)
    y1, m1 = map(int, start.split("-"))
    y2, m2 = map(int, end.split("-"))
    first, last, now = y1 * 12 + m1 - 1, y2 * 12 + m2 - 1, ref.year * 12 + ref.month - 1
    assert precision == "month" and last - first == 2
    assert m1 == {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}[season]
    if rel == "last":
        assert last < now and now - last <= 12
    elif rel == "next":
        assert first > now and first - now <= 12
    else:
        assert abs(first - now) <= 12


@pytest.mark.parametrize(
    "text, expected",
    [
        ("В середине июня прошли выборы.", ("середине июня", "2025-06-11", "2025-06-20", "day")),
        ("Это произошло в начале марта.", ("начале марта", "2025-03-01", "2025-03-10", "day")),
        ("Это было в конце февраля 2024 года.", ("конце февраля 2024 года", "2024-02-21", "2024-02-29", "day")),
        ("Mart başında açıklandı.", ("Mart başında", "2025-03-01", "2025-03-10", "day")),
        ("Haziran'ın ortasında seçim var.", ("Haziran'ın ortasında", "2025-06-11", "2025-06-20", "day")),
        ("Eylül 2020 sonunda bitti.", ("Eylül 2020 sonunda", "2020-09-21", "2020-09-30", "day")),
        ("Prices peaked in mid-June.", ("mid-June", "2025-06-11", "2025-06-20", "day")),
        ("Talks resume in early March 2026.", ("early March 2026", "2026-03-01", "2026-03-10", "day")),
        ("By the end of June 2020 it closed.", ("the end of June 2020", "2020-06-30", "2020-06-30", "day")),
        ("2023 yılının ilk yarısında büyüme yavaşladı.", ("2023 yılının ilk yarısında", "2023-01", "2023-06", "month")),
        ("Год назад всё было иначе.", ("Год назад", "2024", "2024", "year")),
        ("Неделю назад он уехал.", ("Неделю назад", "2025-06-06", "2025-06-06", "day")),
        ("Месяц назад цены выросли.", ("Месяц назад", "2025-05", "2025-05", "month")),
        ("В минувшие выходные прошли акции.", ("минувшие выходные", "2025-06-07", "2025-06-08", "day")),
        ("Geçen hafta sonu miting yapıldı.", ("Geçen hafta sonu", "2025-06-07", "2025-06-08", "day")),
    ],
)
def test_parts_of_months_and_short_relative_forms(text, expected):
    assert dates(text) == [expected]


def test_a_part_of_a_month_without_a_year_or_publication_date_is_undated():
    [(_s, _e, attrs)] = find_dates("Prices peaked in mid-June.", None)
    assert attrs["undated"] is True


_MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]


@given(st.integers(1000, 2199), st.integers(1, 12), st.sampled_from(["early", "mid", "late"]))
def test_a_part_of_a_month_is_its_third_in_days(year, month, part):
    [(_exact, start, end, precision)] = dates(f"Talks resume in {part} {_MONTHS_EN[month - 1]} {year}.")
    first, last = datetime.date.fromisoformat(start), datetime.date.fromisoformat(end)
    assert precision == "day" and (first.year, first.month) == (last.year, last.month) == (year, month)
    assert first.day == {"early": 1, "mid": 11, "late": 21}[part]
    assert (last + datetime.timedelta(days=1)).day == 1 if part == "late" else last.day == first.day + 9


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The summit runs March 3-5.", [("March 3-5", "2025-03-03", "2025-03-05", "day")]),
        ("Переговоры шли 3–5 мая.", [("3–5 мая", "2025-05-03", "2025-05-05", "day")]),
        ("Fuar 3-5 Mayıs tarihlerinde.", [("3-5 Mayıs", "2025-05-03", "2025-05-05", "day")]),
        ("Growth slowed in the first quarter.", [("the first quarter", "2025-01", "2025-03", "month")]),
        ("Sales rose in the second half of the year.", [("the second half of the year", "2025-07", "2025-12", "month")]),
        ("Over the past year, sales rose.", [("the past year", "2024-06-14", "2025-06-13", "day")]),
        ("Over the past month, sales rose.", [("the past month", "2025-05-14", "2025-06-13", "day")]),
        ("In the last year, crime fell.", [("the last year", "2024-06-14", "2025-06-13", "day")]),
        ("The first half of the century was calm.", []),
        ("The last year of his life was calm.", []),
        ("It was the last year that he won.", []),
        ("The last month of the war was cruel.", []),
    ],
)
def test_periods_of_the_reference_year_and_rolling_periods(text, expected):
    assert dates(text) == expected


@given(st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2090, 12, 31)))
def test_the_past_month_ends_at_the_reference_and_starts_a_month_before(ref):
    [(_exact, start, end, _p)] = dates("Over the past month, sales rose.", ref)
    first = datetime.date.fromisoformat(start)
    assert end == ref.isoformat() and 27 <= (ref - first).days <= 30
