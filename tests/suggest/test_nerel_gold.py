"""bench/nerel_gold.py: NEREL's Russian DATE/TIME/NUMBER/MONEY/PERCENT/AGE mentions read as
figure and date gold.  Every text here is written for the test (none comes from NEREL)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
from nerel_gold import brat_gold, figure_kind_ru, time_kind_ru  # noqa: E402


@pytest.mark.parametrize(
    "mention, kind",
    [
        ("в 2018 году", "date"), ("14 июля", "date"), ("в четверг", "date"), ("Вчера", "date"),
        ("в прошлом году", "date"), ("на этой неделе", "date"), ("в минувшие выходные", "date"),
        ("За последний месяц", "date"), ("за последние 200 лет", "date"), ("Два месяца назад", "date"),
        ("Три года тому назад", "date"), ("в 1970-х годах", "date"), ("1985—1990", "date"),
        ("В девяностые годы двадцатого века", "date"), ("На сегодняшний день", "date"),
        ("за 2018 год", "date"), ("На 17:00 понедельника", "date"), ("через четыре года, в декабре 1981", "date"),
        ("два года", "figure"), ("в течение 12 часов", "figure"), ("24 годам", "figure"), ("21 месяцу", "figure"),
        ("1 год 5 месяцев", "figure"), ("на 1 год 5 месяцев", "figure"), ("23-летний", "figure"),
        ("12-часовой", "figure"), ("полтора года", "figure"), ("нескольких дней", "figure"),
        ("больше недели", "figure"), ("немногим более года", "figure"), ("в течение примерно 26 лет", "figure"),
        ("Почти полвека", "figure"), ("до шести месяцев", "figure"), ("один день", "figure"),
        ("утром", None), ("в 14:00", None), ("через два дня", None), ("Спустя несколько дней", None),
        ("каждые три года", None), ("в день", None), ("На следующий день", None), ("в течение десятилетий", None),
        ("последние недели", None), ("Годом позже", None), ("неделю", None), ("второй день", None),
    ],
)
def test_russian_time_mentions_are_dates_durations_or_neither(mention, kind):
    assert time_kind_ru(mention) == kind


@given(st.integers(1, 999), st.sampled_from(["лет", "года", "годам", "месяцев", "дней", "суток", "часов", "минут"]),
       st.sampled_from(["", "около ", "почти ", "в течение ", "более "]))
def test_a_number_under_1000_with_a_unit_of_time_is_a_duration_and_ago_makes_it_a_date(n, unit, bound):
    assert time_kind_ru(f"{bound}{n} {unit}") == "figure"
    assert time_kind_ru(f"{n} {unit} назад") == "date"
    assert time_kind_ru(f"через {n} {unit}") is None


@given(st.integers(1000, 2099), st.sampled_from(["в {} году", "{} год", "с {} года", "в {}-х", "за {} год"]))
def test_a_year_is_a_date(year, form):
    assert time_kind_ru(form.format(year)) == "date"


@pytest.mark.parametrize(
    "label, text, mention, kind",
    [
        ("NUMBER", "Полиция задержала 5 человек.", "5", "figure"),
        ("NUMBER", "Путин уволил двух генералов.", "двух", "figure"),
        ("NUMBER", "погиб один человек", "один", None),
        ("NUMBER", "свой единственный альбом", "единственный", None),
        ("NUMBER", "занимаются тысячи человек", "тысячи", None),
        ("NUMBER", "Свидетелями стали тысяча гостей.", "тысяча", "figure"),
        ("NUMBER", "вирус SARS-CoV-2 в марте", "2", None),
        ("NUMBER", "колонии № 5, в которой", "5", None),
        ("NUMBER", "альбома «4:44». Он", "44", None),
        ("NUMBER", "непобеждённым (14:0).", "14", None),
        ("AGE", "умер 55-летний актёр", "55-летний", "figure"),
        ("AGE", "а мужчины — в 60.", "в 60", "figure"),
        ("AGE", "к 75-летию Победы", "75-летию", None),
        ("AGE", "на 97-м году жизни", "97-м году", None),
        ("AGE", "несовершеннолетние дети", "несовершеннолетние", None),
        ("MONEY", "дом за 8,1 млн долларов", "8,1 млн долларов", "figure"),
        ("PERCENT", "выросла на 27 %", "27 %", "figure"),
    ],
)
def test_russian_number_money_and_age_mentions(label, text, mention, kind):
    start = text.index(mention)
    assert figure_kind_ru(label, text, start, start + len(mention)) == kind


def _ann(text: str, *mentions: tuple[str, str]) -> str:
    rows = []
    for i, (label, mention) in enumerate(mentions, 1):
        start = text.index(mention)
        rows.append(f"T{i}\t{label} {start} {start + len(mention)}\t{mention}")
    return "\n".join(rows) + "\n"


def test_brat_gold_keeps_the_outermost_mention_and_ignores_what_is_neither():
    text = "В январе 2019 года суд приговорил его к 24 годам тюрьмы, а утром задержали 5 человек и 7 экс-министров."
    ann = _ann(text, ("DATE", "В январе 2019 года"), ("DATE", "2019 года"), ("PENALTY", "24 годам тюрьмы"),
               ("DATE", "24 годам"), ("TIME", "утром"), ("NUMBER", "5"), ("NUMBER", "7"), ("PERSON", "его"))
    gold = brat_gold(text, ann)

    def spans(which: set[tuple[int, int]]) -> set[str]:
        return {text[a:b] for a, b in which}

    assert spans(gold.spans["date"]) == {"В январе 2019 года"}  # "2019 года" inside it is not scored
    assert spans(gold.spans["figure"]) == {"24 годам", "5", "7"}
    assert "утром" in spans(gold.ignored["date"]) and "утром" in spans(gold.ignored["figure"])
    assert "В январе 2019 года" in spans(gold.ignored["figure"])  # a figure on a date is neither


def test_bench_scores_nerel_from_a_snapshot_folder(tmp_path):
    """bench_suggest's figure/date scoring reads a NEREL-style folder of brat files (written
    here) and scores it as the other sets."""
    folder = tmp_path / "nerel-ds+NEREL" / "NEREL-v1.1" / "dev"
    folder.mkdir(parents=True)
    text = "Во вторник полиция задержала 5 человек.\n"
    (folder / "1_text.txt").write_text(text, encoding="utf-8")
    (folder / "1_text.ann").write_text(_ann(text, ("DATE", "Во вторник"), ("NUMBER", "5")),
                                       encoding="utf-8")
    code = ("import sys; sys.path.insert(0, 'bench'); import bench_suggest as b; "
            "b.public_figures_dates('study', only='NEREL')")
    env = {**os.environ, "CLAIMLINE_NER_DATA": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, check=True).stdout
    assert "NEREL (ru)" in out and "re3d train" not in out
    assert re.search(r"NEREL dev\s+ru date\s+overlap P 1\.00 R 1\.00", out), out
    # NEREL marks the number ("5"), Claimline suggests it with what it counts ("5 человек")
    assert re.search(r"NEREL dev\s+ru figure\s+overlap P 1\.00 R 1\.00 F1 1\.00\s+exact P 0\.00 .*\(1 gold", out), out
