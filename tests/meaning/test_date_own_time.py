"""The text's own time: relative dates read against a heading, dateline or "today is" of the text."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.meaning.dates import find_dates


def _value(text: str, words: str, reference: str | None, nth: int = 0) -> tuple[str | None, str | None, dict | str]:
    hits = [(a, b, x) for a, b, x in find_dates(text, reference) if text[a:b] == words]
    a, b, attrs = hits[nth]
    return attrs.get("start"), attrs.get("end"), attrs.get("reason", "")


def test_a_dateline_a_day_after_the_publication_date_dates_yesterday():
    text = "Cup day five: two wins\nTuesday, June 19, 2018\nYesterday, the hosts won 2 – 0."
    start, end, reason = _value(text, "Yesterday", "2018-06-18")
    assert (start, end) == ("2018-06-18", "2018-06-18")
    # the reason is its facts, not English words: the UI says them in its language
    assert reason == {"kind": "own_day", "day": "2018-06-19", "evidence": "heading", "published": "2018-06-18"}


def test_a_letter_heading_dates_relative_words_of_an_old_letter():
    text = "Newstead Abbey, March 3, 1859.\nDear Sir,\nI arrived yesterday; last week the roads were flooded."
    assert _value(text, "yesterday", "2001-11-15")[:2] == ("1859-03-02", "1859-03-02")
    assert _value(text, "last week", "2001-11-15")[:2] == ("1859-02-21", "1859-02-27")


def test_a_heading_gives_an_undated_text_its_relative_dates_and_says_why():
    text = "Newstead Abbey, March 3, 1859.\nDear Sir,\nI arrived yesterday."
    start, _end, reason = _value(text, "yesterday", None)
    assert start == "1859-03-02"
    assert reason == {"kind": "own_day", "day": "1859-03-03", "evidence": "heading", "published": None}


def test_an_event_date_in_running_text_does_not_re_anchor():
    text = "On 3 May 1990 the wall fell. Yesterday the mayor laid a wreath."
    start, _end, reason = _value(text, "Yesterday", "2020-04-02")
    assert start == "2020-04-01" and reason == ""


def test_a_date_line_deep_in_a_text_without_a_letter_is_no_heading():
    text = "Intro.\nA.\nB.\nC.\nD.\nE.\nJanuary 8, 1880\nThe museum opens tomorrow."
    assert _value(text, "tomorrow", "2020-04-02")[0] == "2020-04-03"


def test_a_quoted_letter_re_anchors_only_inside_the_quotation():
    text = ("The museum put a letter on show.\nIt reads:\n“Newstead Abbey, March 3, 1859.\nDear Sir,\n"
            "Yesterday I arrived.\nYours truly,\nByron”\nYesterday the museum opened its doors.")
    assert _value(text, "Yesterday", "2020-04-02", 0)[0] == "1859-03-02"
    after = _value(text, "Yesterday", "2020-04-02", 1)
    assert after[0] == "2020-04-01" and after[2] == ""


def test_a_letter_ends_at_its_sign_off():
    text = ("Newstead Abbey, March 3, 1859.\nDear Sir,\nI came yesterday.\nYours faithfully,\nA. B.\n"
            "Editor's note: the abbey reopened yesterday.")
    assert _value(text, "yesterday", "2020-04-02", 0)[0] == "1859-03-02"
    assert _value(text, "yesterday", "2020-04-02", 1)[0] == "2020-04-01"


def test_a_speaker_quoted_after_a_dateline_keeps_the_publication_date():
    text = 'Match report\nTuesday, June 19, 2018\nThe coach said, "we learned a lot from today \'s game."'
    assert _value(text, "today", "2018-06-18")[0] == "2018-06-18"


def test_today_is_and_it_is_restate_the_day_and_a_weekday_moves_it_on():
    text = ("Good morning, it is Monday May 3rd 10:38 a.m. and today I revise.\n"
            "It 's currently 2:25 a.m. on Wednesday. The exam is tomorrow.\n"
            "Hello! It is May 7th, today is results day.")
    ref = "2021-05-30"
    assert _value(text, "today", ref, 0)[0] == "2021-05-03"
    assert _value(text, "on Wednesday", ref)[0] == "2021-05-05"
    assert _value(text, "tomorrow", ref)[0] == "2021-05-06"
    assert _value(text, "today", ref, 1)[0] == "2021-05-07"


def test_a_weekday_alone_without_an_earlier_stated_day_stays_as_it_was():
    text = "Alright, day two. It is Tuesday and I am in ultrasound."
    assert _value(text, "Tuesday", "2019-10-21")[:2] == ("2019-10-15", "2019-10-15")


def test_filmed_on_dates_the_video_and_russian_and_turkish_say_today_is():
    assert _value("This video was filmed on June 3, 2019. Yesterday I went out.", "Yesterday", "2019-07-01")[0] == (
        "2019-06-02")
    assert _value("Сегодня 3 марта 1859 года. Вчера шёл дождь.", "Вчера", None)[0] == "1859-03-02"
    assert _value("Bugün 3 Mart 1859. Dün yağmur yağdı.", "Dün", None)[0] == "1859-03-02"


def test_a_heading_on_the_publication_date_changes_nothing():
    text = "Tuesday, June 19, 2018\nYesterday, the hosts won."
    assert _value(text, "Yesterday", "2018-06-19") == ("2018-06-18", "2018-06-18", "")


@settings(max_examples=40, deadline=None)
@given(st.dates(min_value=dt.date(1700, 1, 1), max_value=dt.date(2090, 12, 31)), st.integers(-400, 400))
def test_yesterday_after_a_heading_is_the_day_before_the_heading(day, shift):
    heading = f"{day.strftime('%B')} {day.day}, {day.year}"
    text = f"Bath, {heading}.\nMy dear sister,\nYesterday it rained."
    reference = (day + dt.timedelta(days=shift)).isoformat()
    assert _value(text, "Yesterday", reference)[0] == (day - dt.timedelta(days=1)).isoformat()


def test_an_infobox_date_under_a_label_is_no_heading():
    text = "Brock Example\nBorn\nJune 11, 1988\nHe plays today for Boston."
    assert _value(text, "today", "2020-04-02")[0] == "2020-04-02"
    titled = "Report\nJanuary 8, 1880\nThe museum opens tomorrow."
    assert _value(titled, "tomorrow", "2020-04-02")[0] == "2020-04-03"


# review of the twentieth round: evidence that is no letter must not move a news text's dates years away


def test_a_chronology_at_the_top_of_a_news_text_keeps_the_publication_date():
    text = ("Chronology\nMonday, 3 May 1990\nThe wall fell.\nTuesday, 4 May 1990\nTalks began.\n"
            "Yesterday the mayor laid a wreath.")
    assert _value(text, "Yesterday", "2020-04-02") == ("2020-04-01", "2020-04-01", "")
    timeline = "Timeline\nBerlin, 9 November 1989\nThe wall fell.\nLast week the city marked the anniversary."
    assert _value(timeline, "Last week", "2020-04-02")[:2] == ("2020-03-23", "2020-03-29")
    weeks = ("Timeline\nMonday, March 2, 2020\nFirst case confirmed.\nFriday, March 13, 2020\nSchools closed.\n"
             "Yesterday the mayor spoke.")
    assert _value(weeks, "Yesterday", "2020-04-02")[0] == "2020-04-01"


def test_a_dateline_within_a_week_of_the_publication_date_still_re_anchors():
    text = "Tuesday, June 19, 2018\nYesterday, the hosts won."
    assert _value(text, "Yesterday", "2018-06-25")[0] == "2018-06-18"
    assert _value(text, "Yesterday", "2018-06-27")[0] == "2018-06-26"


def test_written_or_recorded_on_in_running_text_is_an_event_not_the_text_s_day():
    book = "The book was written on March 3, 1859 by Byron. Yesterday the museum showed it."
    assert _value(book, "Yesterday", "2020-04-02") == ("2020-04-01", "2020-04-01", "")
    assert _value(book, "Yesterday", None)[0] is None
    song = "Its first song was recorded on June 3, 1962. Last week the band reunited."
    assert _value(song, "Last week", "2020-04-02")[:2] == ("2020-03-23", "2020-03-29")
    assert _value("This letter was written on March 3, 1859. Yesterday I arrived.", "Yesterday", None)[0] == (
        "1859-03-02")


# final read of the twentieth round: a "date – event" line (timeline, key dates, agenda, fixtures, a dated table) is
# never the text's day; a later heading counts only alone on its line and later than the heading before


def test_a_timeline_line_after_a_dateline_does_not_re_anchor():
    text = ("LONDON, 1 May 2020 — Talks failed.\n\nTimeline:\n12 March 2019 – Protests begin\n"
            "3 April 2019 – The president resigns\n\nYesterday the minister said talks would resume next week.")
    assert _value(text, "Yesterday", None)[0] == "2020-04-30"
    assert _value(text, "next week", None)[:2] == ("2020-05-04", "2020-05-10")
    key = ("LONDON, 1 May 2020 — Talks failed.\n\nKey dates:\n24 April 2020 – Lockdown extended\n\n"
           "Yesterday the minister said talks would resume next week.")
    assert _value(key, "Yesterday", "2020-05-01")[0] == "2020-04-30"
    assert _value(key, "next week", "2020-05-01")[:2] == ("2020-05-04", "2020-05-10")


def test_an_agenda_line_after_a_diary_heading_keeps_the_heading_s_day():
    text = "Minutes\n\nMonday, 4 May 2020\nPresent: all.\nAgenda\n1 June 2020 – Budget due\n\nThe chair said the report is due tomorrow."
    assert _value(text, "tomorrow", None)[0] == "2020-05-05"


def test_a_chronology_fixtures_or_dated_table_opening_the_text_is_no_heading():
    chronology = ("12 March 2019 – Protests begin\n3 April 2019 – The president resigns\n20 June 2019 – Elections\n\n"
                  "Today the streets are quiet.")
    assert _value(chronology, "Today", None)[0] is None
    fixtures = "Fixtures\nSaturday, 25 April 2020 – Arsenal v Spurs\n\nYesterday's match was cancelled. The next match is on Sunday."
    assert _value(fixtures, "Yesterday", "2020-05-01")[0] == "2020-04-30"
    assert _value(fixtures, "on Sunday", "2020-05-01")[0] == "2020-04-26"
    table = "28 April 2020 - 300 cases\n29 April 2020 - 450 cases\n30 April 2020 - 500 cases\n\nYesterday cases fell"
    assert _value(table, "Yesterday", "2020-05-01")[0] == "2020-04-30"


def test_a_diary_moves_to_a_later_entry_but_not_back_to_an_earlier_date():
    diary = "Monday, 4 May 2020\nWe set off.\n\nWednesday, 6 May 2020\nYesterday it rained."
    assert _value(diary, "Yesterday", None)[0] == "2020-05-05"
    back = "Monday, 4 May 2020\nWe set off.\n\n12 March 2019\nYesterday it rained."
    assert _value(back, "Yesterday", None)[0] == "2020-05-03"


def test_a_date_after_the_publication_date_is_not_the_text_s_day():
    text = "The deadline? It is June 1. Yesterday the board met."
    assert _value(text, "Yesterday", "2020-05-01") == ("2020-04-30", "2020-04-30", "")
    minutes = "Minutes\n\nMonday, 4 May 2020\nPresent: all.\n\nThe chair said the report is due tomorrow."
    assert _value(minutes, "tomorrow", "2020-05-01") == ("2020-05-02", "2020-05-02", "")
    assert _value(minutes, "tomorrow", "2020-05-03")[0] == "2020-05-05"  # a day after: time zones
