"""The cost of the figure patterns on long text: is any of them worse than linear?

For each family of figure forms, a text made only of those forms is repeated to 150 KB and to
300 KB, and ``find_figures`` is timed on both (CPU time, best of two). A linear rule takes about
twice as long on the double text; a ratio near 4 is quadratic. Printed: the seconds, the figures
found and the ratio per family. The seventh round's review found the pence and the Turkish numbers
written in parts quadratic this way (each compared with every figure); these two families were a
timed test until the eighth round, which moved them here (a timing assertion fails under load).

Run: ``.venv/bin/python bench/bench_figure_cost.py``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.meaning.figures import find_figures  # noqa: E402

SIZE = 300_000
FAMILIES = {
    "pence (7th review)": "Shares in Tesco rose 4p to 250p, while Sainsbury's fell 3p to 180p and Barclays added 2.5p to 145p. ",
    "numbers in parts (7th review)": "Türkiye'nin nüfusu 85 milyon 372 bin 377 kişi oldu; Ankara'nın nüfusu 5 milyon 782 bin 285 "
                                     "kişiye ulaştı.\n",
    "English, 8th round": "The 2m wall stands near the 5m tower, which leans east. The club paid two and a half million "
                          "pounds and 10 million pounds of beef were recalled; the match was filmed in 4K on 8K TVs. A few "
                          "hundred metres away, several hundred people saw a fourfold rise and a quarter-point rate cut. ",
    "Russian, 8th round": "Около полумиллиона человек, полдюжины книг и почти полусотни картин; несколько десятилетий и "
                          "нескольких тысяч христиан; около четверти акционеров и более трети депутатов, в третьей четверти, "
                          "без четверти пять; трёхкомнатная квартира в пятиэтажном доме, 630-местный зал, 1500 кв. метров и "
                          "12 морских милях. Собрали два миллиона, семь тысяч лет назад; около минуты. ",
    "Turkish, 8th round": "Mitinge 2000 polis katıldı ve 5 polis memuru yaralandı; 12 deniz mili uzakta 1500 işçi çalışıyor. "
                          "Çeyrek asır geçti, yarım milyon kişi, oyların % 50'si ve 3,6 milyon Suriyeli. ",
    "English, 9th round": "The 5m contract and a 1.5m transfer fee; a 12-point plan and a 10-point lead. The bill passed by 52 "
                          "votes to 48 as the death toll rose to 47. The population of Wales is 3.1m, the sea level rose by 1.2m, "
                          "gusts of 30 m/s hit and it was minus 15 degrees. Six were killed and 12 injured; the plane had six "
                          "crew; a £10-an-hour wage; a 6ft 2in man; the baby weighed 7lb 3oz. ",
    "Russian and Turkish, 9th round": "На 75 году жизни скончался актёр; его приговорили к одному году тюрьмы за скачивание 4-х "
                                      "миллионов документов весом 3800 граммов. Ветер до 20 м/с, закон приняли 300 голосами против "
                                      "50, число погибших возросло до 47, каждый пятый ранен. Ölü sayısı 47'ye yükseldi, rüzgar 20 "
                                      "m/sn, 50 binden fazla kişi, her üç kişiden biri. ",
    "anchor words alone, 9th round": "году жизни " * 30 + "votes to " * 30 + "death toll " * 30 + "population " * 30 + "m/s " * 30
                                     + "-point " * 30 + "граммов " * 30 + "injured " * 30 + "-an-hour " * 30 + "ft 2in " * 30
                                     + "binden fazla kişi " * 30 + "her 5 kişiden " * 30 + "каждый " * 30,
    "10th round": "В 2-х километрах и 5-ти км от города; ускорение 100 м/с2, 9.81 m/s² и 3,000 m3/s; nehrin debisi "
                  "10 300 m/sn. Her ALTI kişiden biri, HER ÜÇ KİŞİDEN BİRİ. It cost 225 DKK, CUC 25 and 300 SEK. He is "
                  "5 feet 4 inches, five feet four inches; a six-member panel, a 28-city tour, a 2 hr walk, a 22–year-old "
                  "poet, 20+ years, 10 plus miles a day, 100 plus people, 2 plus 2. ",
    "anchor words alone, 10th round": "debisi " * 30 + "plus " * 30 + "+ " * 30 + "-member " * 30 + "-х " * 30 + "m/s2 " * 30
                                      + "feet " * 30 + "HER " * 30 + "DKK " * 30,
    "11th round": "The pilot had 1500 hrs of flight time and earned $15/hr; the flight took 3 hr 20 min. A two-party system, "
                  "a four-door sedan, more than a hundred temples, 200g of cocaine, from four to eleven feet, between two "
                  "and five tons. Из более чем 150 островов; 200 млн фунтов; длился 2 часа 45 минут, в 14 часов 30 минут. "
                  "Göl 1190 km alan kaplar; 5 yıl kadar; maç 90dk; 251 yılı başlarında; en fazla 1 m 22 cm. ",
    "anchor words alone, 11th round": "hrs " * 30 + "/hr " * 30 + "kadar " * 30 + "-party " * 30 + "g " * 30 + "dk " * 30
                                      + "from four " * 30 + "часов " * 30,
    "12th round": "One thousand two hundred and fifty troops and two hundred and fifty tanks; some four thousand six "
                  "hundred workers; 3/4 of them; 1 1/2 miles and 2 3/4 cups of flour, 1/2 teaspoon of salt at 180oC/350oF "
                  "and .2 grams; between 1 m 20 cm and 1 m 50 cm, between 2 hr and 3 hr 20 min; cut from 1800 to 1500 "
                  "hours; Магазин работает до 18 часов 30 минут. ",
    "anchor words alone, 12th round": "hundred and " * 30 + "thousand " * 30 + "/4 of " * 30 + "1/" * 30 + "oC " * 30
                                      + "до 18 часов " * 30 + " m 20 cm and " * 30 + "1800 to " * 30,
    "anchor words alone": "четверти " * 30 + "полу " * 30 + "pounds " * 30 + "4K " * 30 + "fold " * 30 + "миллиона " * 30
                          + "çeyrek " * 30,
}


def _seconds(text: str) -> tuple[float, int]:
    best, found = float("inf"), 0
    for _ in range(2):
        began = time.process_time()
        found = len(find_figures(text))
        best = min(best, time.process_time() - began)
    return best, found


def main() -> None:
    print("figure patterns on long text (CPU seconds, best of two; ratio 300 KB / 150 KB, about 2 when linear):")
    for name, paragraph in FAMILIES.items():
        text = paragraph * (SIZE // len(paragraph) + 1)
        half, _n = _seconds(text[: SIZE // 2])
        full, found = _seconds(text[:SIZE])
        print(f"  {name:<30} 150 KB {half:5.2f} s, 300 KB {full:5.2f} s ({found:,} figures), ratio {full / half:.1f}")


if __name__ == "__main__":
    main()
