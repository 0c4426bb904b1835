"""Offline suggestions: detection of every form, the labelled set, store, CLI."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.suggest import Suggestion, detect, display_value
from desktop.suggest.evaluate import score_dir, score_file

from conftest import REPO, SEED

DATA = REPO / "tests" / "data" / "suggest"


def one(text: str, kind: str, **kw) -> list[Suggestion]:
    return [s for s in detect(text, kinds=(kind,), **kw)]


def exacts(text: str, kind: str, **kw) -> list[str]:
    return [s.exact for s in one(text, kind, **kw)]


# ---------------------------------------------------------------- figures
@pytest.mark.parametrize(
    "text, exact, value, unit",
    [
        ("Exports reached 1.3 million tons last season.", "1.3 million tons", 1300000, "t"),
        ("Prices rose 20% in a month.", "20%", 20, "%"),
        ("Inflation hit 8.5 percent.", "8.5 percent", 8.5, "%"),
        ("The loan is worth $4.5 bn in all.", "$4.5 bn", 4500000000, "USD"),
        ("The bank lent €300 million to the project.", "€300 million", 300000000, "EUR"),
        ("Some two million tonnes of grain crossed the border.", "two million tonnes", 2000000, "t"),
        ("A plant of 700 MW will be built.", "700 MW", 700, "MW"),
        ("Экспорт составил 1,2 млн тонн пшеницы.", "1,2 млн тонн", 1200000, "t"),
        ("Бюджет вырос на 40 процентов.", "40 процентов", 40, "%"),
        ("Было отправлено 500 тыс. тонн муки.", "500 тыс. тонн", 500000, "t"),
        ("Enflasyon %18 arttı.", "%18", 18, "%"),
        ("İhracat 1,3 milyon ton oldu.", "1,3 milyon ton", 1300000, "t"),
        ("Kredi 300 milyon avro tutarında.", "300 milyon avro", 300000000, "EUR"),
        # Turkish case suffixes: the span ends at the stem, the suffix is allowed
        ("Ticaret hacmi 1,2 milyar dolara ulaştı.", "1,2 milyar dolar", 1200000000, "USD"),
        ("Bakü'de 2,5 milyar dolarlık yatırım yapıldı.", "2,5 milyar dolar", 2500000000, "USD"),
        ("Nüfus 37 milyon kişiyi aştı.", "37 milyon kişi", 37000000, "people"),
        ("Borç 5 milyara yükseldi.", "5 milyar", 5000000000, ""),
    ],
)
def test_figures_every_form(text, exact, value, unit):
    found = one(text, "figure")
    assert [s.exact for s in found] == [exact]
    assert found[0].attributes["value"] == value
    assert found[0].attributes["unit"] == unit
    assert display_value(found[0])


def test_years_and_footnotes_are_not_figures():
    assert exacts("In 2025 trade grew [3] and again in 2024.", "figure") == []


# ---------------------------------------------------------------- dates
@pytest.mark.parametrize(
    "text, exact, start, end, precision",
    [
        ("They met on May 22, 2025, in Astana.", "May 22, 2025", "2025-05-22", "2025-05-22", "day"),
        ("The footnote says 03.07.2025 here.", "03.07.2025", "2025-07-03", "2025-07-03", "day"),
        ("Trade grew between 2024 and 2025 fast.", "between 2024 and 2025", "2024", "2025", "year"),
        ("Talks from 3 to 5 September 2025 ended.", "from 3 to 5 September 2025", "2025-09-03", "2025-09-05", "day"),
        ("In the 1990s the economy fell.", "the 1990s", "1990", "1999", "decade"),
        ("They will visit in March 2026 again.", "March 2026", "2026-03", "2026-03", "month"),
        ("Соглашение подписано 22 мая 2025 года в Астане.", "22 мая 2025 года", "2025-05-22", "2025-05-22", "day"),
        ("Anlaşma 22 Mayıs 2025 tarihinde imzalandı.", "22 Mayıs 2025", "2025-05-22", "2025-05-22", "day"),
    ],
)
def test_dates_every_absolute_form(text, exact, start, end, precision):
    found = one(text, "date")
    assert [s.exact for s in found] == [exact]
    attrs = found[0].attributes
    assert (attrs["start"], attrs["end"], attrs["precision"]) == (start, end, precision)


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("Last year exports doubled.", "2024", "2024"),
        ("However, the past decade has witnessed a revival.", "2015", "2025"),
        ("В прошлом году экспорт вырос.", "2024", "2024"),
        ("Geçen yıl ihracat arttı.", "2024", "2024"),
    ],
)
def test_relative_dates_use_the_publication_date(text, start, end):
    found = one(text, "date", reference="2025-07-01")
    assert len(found) == 1
    assert (found[0].attributes["start"], found[0].attributes["end"]) == (start, end)
    assert found[0].confidence > 0.5
    # without a reference the same phrase is suggested, but undated and less sure
    bare = one(text, "date")
    assert bare and bare[0].attributes.get("undated") and bare[0].confidence < found[0].confidence


def test_a_date_inside_a_word_is_not_suggested():
    # "Dün" (yesterday) is a whole word only; detection also drops cut words
    assert exacts("Dünya Bankası verilerine göre", "date", reference="2025-07-01") == []
    found = one("Dünya Bankası dün 1972 -- 1981 verilerini açıkladı.", "date", reference="2025-07-01")
    assert [(s.exact, s.attributes["start"], s.attributes["end"]) for s in found] == [
        ("dün", "2025-06-30", "2025-06-30"), ("1972 -- 1981", "1972", "1981")]


def test_a_figure_overlapping_a_date_gives_way():
    text = "On 22 May 2025 the bank lent 5 million dollars."
    found = detect(text)
    assert [(s.kind, s.exact) for s in found] == [("date", "22 May 2025"), ("figure", "5 million dollars")]


# ---------------------------------------------------------------- actors
@pytest.mark.parametrize(
    "text, exact, name, kind",
    [
        ("Trade with Kazakhstan grew.", "Kazakhstan", "Kazakhstan", "state"),
        ("Товарооборот с Казахстаном вырос.", "Казахстаном", "Kazakhstan", "state"),
        ("Kazakistan'ın ihracatı arttı.", "Kazakistan", "Kazakhstan", "state"),
        ("The meeting was held in Astana.", "Astana", "Astana", "place"),
        ("Встреча прошла в Ташкенте вчера.", "Ташкенте", "Tashkent", "place"),
        ("The USSR collapsed.", "USSR", "Soviet Union", "state"),
        ("Member states of the SCO met.", "SCO", "Shanghai Cooperation Organisation", "organisation"),
        ("Представители ЕАЭС приехали.", "ЕАЭС", "Eurasian Economic Union", "organisation"),
        ("Dünya Bankası kredi verdi.", "Dünya Bankası", "World Bank", "organisation"),
        ("Countries of Central Asia agree.", "Central Asia", "Central Asia", "place"),
        # regions and other names of states that news uses
        ("Refugees from Darfur crossed the border.", "Darfur", "Darfur", "place"),
        ("Беженцы из Дарфура прибыли в лагерь.", "Дарфура", "Darfur", "place"),
        ("The junta in Burma freed two reporters.", "Burma", "Myanmar", "state"),
        ("Farmers in the Ivory Coast sold more cocoa.", "Ivory Coast", "Côte d’Ivoire", "state"),
        ("Korea won the final on penalties.", "Korea", "South Korea", "state"),
    ],
)
def test_gazetteer_states_places_organisations(text, exact, name, kind):
    found = one(text, "actor")
    assert [s.exact for s in found] == [exact]
    assert found[0].attributes == {"name": name, "type": kind}


@pytest.mark.parametrize(
    "text, exact, name, role",
    [
        (
            "Yesterday Minister of Agriculture of Kazakhstan Aidarbek Saparov said so.",
            "Minister of Agriculture of Kazakhstan Aidarbek Saparov",
            "Aidarbek Saparov",
            "Minister of Agriculture of Kazakhstan",
        ),
        ("We met President Tokayev today.", "President Tokayev", "Tokayev", "President"),
        (
            "between Deputy Prime Minister and Minister of Foreign Affairs Murat Nurtleu and",
            "Deputy Prime Minister and Minister of Foreign Affairs Murat Nurtleu",
            "Murat Nurtleu",
            "Deputy Prime Minister and Minister of Foreign Affairs",
        ),
        (
            "and Chairman of the Board of Orienbank Hasan Asadullozoda holds",
            "Chairman of the Board of Orienbank Hasan Asadullozoda",
            "Hasan Asadullozoda",
            "Chairman of the Board of Orienbank",
        ),
        ("Foreign Minister Lavrov’s visit", "Foreign Minister Lavrov", "Lavrov", "Foreign Minister"),
        (
            "Министр сельского хозяйства Казахстана Айдарбек Сапаров сообщил",
            "Министр сельского хозяйства Казахстана Айдарбек Сапаров",
            "Айдарбек Сапаров",
            "Министр сельского хозяйства Казахстана",
        ),
        ("Вчера Президент Токаев провёл встречу.", "Президент Токаев", "Токаев", "Президент"),
        ("Devlet Başkanı Hugo Chavez'in ziyareti", "Devlet Başkanı Hugo Chavez", "Hugo Chavez", "Devlet Başkanı"),
        (
            "Kazakistan Tarım Bakanı Aidarbek Saparov açıkladı.",
            "Kazakistan Tarım Bakanı Aidarbek Saparov",
            "Aidarbek Saparov",
            "Kazakistan Tarım Bakanı",
        ),
    ],
)
def test_people_with_titles(text, exact, name, role):
    found = [s for s in one(text, "actor") if s.attributes.get("type") == "person"]
    assert [s.exact for s in found] == [exact]
    assert found[0].attributes["name"] == name
    assert found[0].attributes["role"] == role


def test_a_title_without_a_name_is_not_a_person():
    found = one("The president of Kazakhstan said the minister agreed.", "actor")
    assert [(s.exact, s.attributes["type"]) for s in found] == [("Kazakhstan", "state")]


@pytest.mark.parametrize(
    "text, exact",
    [
        ("The National Bank of Kazakhstan raised rates.", "National Bank of Kazakhstan"),
        ("The Ministry of Trade and Integration said no.", "Ministry of Trade and Integration"),
        ("The State Revenue Committee collected taxes.", "State Revenue Committee"),
        ("A loan from Orienbank arrived.", "Orienbank"),
        ("Министерство иностранных дел Узбекистана заявило", "Министерство иностранных дел Узбекистана"),
        ("Türkiye Ticaret Bakanlığı açıkladı.", "Türkiye Ticaret Bakanlığı"),
    ],
)
def test_organisation_patterns(text, exact):
    found = one(text, "actor")
    assert [s.exact for s in found] == [exact]
    assert found[0].attributes["type"] == "organisation"


def test_known_entities_and_aliases_are_found_and_linked():
    known = [("e-sap", ["Aidarbek Saparov", "Saparov"]), ("e-kz", ["Republic of Kazakhstan", "Kazakhstan"]),
             ("e-kt", ["Kazakhstan Temir Zholy", "KTZ"])]
    text = "KTZ and Saparov spoke; Kazakhstan agreed. Minister of Agriculture Aidarbek Saparov left."
    found = one(text, "actor", known_entities=known)
    by_exact = {s.exact: s.attributes for s in found}
    assert by_exact["KTZ"]["entity_id"] == "e-kt"  # an alias the gazetteer does not hold
    assert by_exact["Saparov"]["entity_id"] == "e-sap"
    assert by_exact["Kazakhstan"]["entity_id"] == "e-kz"  # a gazetteer hit linked by name
    person = by_exact["Minister of Agriculture Aidarbek Saparov"]
    assert person["entity_id"] == "e-sap" and person["type"] == "person"


def test_actor_overlaps_keep_the_longest():
    found = one("Ambassador to Kazakhstan Khairullo Ibodzoda arrived.", "actor")
    assert [s.exact for s in found] == ["Ambassador to Kazakhstan Khairullo Ibodzoda"]


def test_seed_article_suggestions():
    text = SEED.read_text(encoding="utf-8")
    found = detect(text, reference="2025-07-03")
    pairs = {(s.kind, s.exact) for s in found}
    for expected in [
        ("figure", "1.3 million tons"), ("figure", "20%"), ("date", "June 25, 2025"),
        ("date", "the past decade"), ("actor", "USSR"),
        ("actor", "Minister of Agriculture Aidarbek Saparov"), ("actor", "Astana"),
        ("actor", "Union of Soviet Socialist Republics"),
    ]:
        assert expected in pairs
    assert ("date", "03.07.2025") not in pairs  # "Erişme Tarihi: 03.07.2025": an access date, not an event
    spans = sorted((s.start, s.end) for s in found if s.kind == "actor")
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_kinds_filter_and_bad_input():
    text = "Kazakhstan exported 20% more on May 22, 2025."
    assert {s.kind for s in detect(text, kinds=("figure",))} == {"figure"}
    assert detect("") == [] and detect(None) == []  # type: ignore[arg-type]
    assert detect(text, kinds=("nonsense",)) == []


# ---------------------------------------------------------------- properties
_FRAGMENTS = [
    "Kazakhstan", "Казахстана", "Kazakistan'ın", "President ", "Minister of ", "Bank", " of ",
    "1.3 million tons", "20%", "%18", "May 22, 2025", "03.07.2025", "between 2024 and ", "the past decade",
    "Министр ", "Bakanı ", "Aidarbek Saparov", " ", "\n", ".", "’s", "'", "-", "₸", "$", "€", "Dünya",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=12)), max_size=25),
       st.sampled_from([None, "2025-07-01", "garbage"]))
def test_detection_never_raises_and_spans_match(parts, reference):
    text = "".join(parts)
    known = [("e1", ["Saparov", "Bank"]), ("e2", [""])]
    found = detect(text, reference=reference, known_entities=known)
    for s in found:
        assert 0 <= s.start < s.end <= len(text)
        assert s.exact == text[s.start : s.end]
        assert s.kind in ("figure", "date", "actor")
        assert 0 < s.confidence <= 1
        json.dumps(s.to_json())
    for kind in ("actor", "figure", "date"):
        spans = sorted((s.start, s.end) for s in found if s.kind == kind)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


# ---------------------------------------------------------------- labelled set
def test_labelled_set_is_well_formed():
    files = sorted(DATA.glob("*.json"))
    assert len(files) >= 6
    languages = set()
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        languages.add(data["language"])
        for tag in data["tags"]:
            assert tag["kind"] in ("figure", "date", "actor")
            assert tag["exact"] in data["text"]
    assert {"en", "ru", "tr"} <= languages


def test_precision_and_recall_on_the_labelled_set():
    # Every rule must keep the team's labelled set whole (overlap matching): no miss and no
    # false alarm of any kind. Floors below 1.00 let a round drop a date unnoticed.
    total, notes = score_dir(DATA)
    for kind in ("figure", "date", "actor"):
        assert (total[kind].fp, total[kind].fn) == (0, 0), (kind, notes)


def test_exact_span_agreement_on_the_labelled_set():
    # strict matching: spans equal to the hand-written ones (bench prints it)
    total, _ = score_dir(DATA, strict=True)
    assert total["actor"].recall >= 0.95
    assert total["figure"].recall >= 0.85
    assert total["date"].recall >= 0.75


def test_scoring_counts_misses_and_false_alarms(tmp_path):
    path = tmp_path / "t.json"
    path.write_text(json.dumps({
        "language": "en", "reference": None,
        "text": "Kazakhstan sold 20% to the qwertystan people.",
        "tags": [{"kind": "actor", "exact": "qwertystan"}, {"kind": "figure", "exact": "20%"}],
    }), encoding="utf-8")
    scores, notes = score_file(path)
    assert (scores["figure"].tp, scores["actor"].tp, scores["actor"].fp, scores["actor"].fn) == (1, 0, 1, 1)
    assert len(notes) == 2


# ---------------------------------------------------------------- store and operations
def test_dismissals_and_open_suggestions(seeded):
    from desktop.store import suggestions as sql
    from desktop.suggest import operations

    service, doc_id = seeded
    first = operations.suggestions_for(service, doc_id)
    assert first
    figure = next(s for s in first if s.kind == "figure")
    assert operations.dismiss(service, doc_id, [figure]) == 1
    assert operations.dismiss(service, doc_id, [figure]) == 0  # idempotent
    assert [d.exact for d in sql.dismissed(service.store, doc_id)] == [figure.exact]
    again = operations.suggestions_for(service, doc_id)
    assert figure.key not in {s.key for s in again}
    # accepted → tagged → no longer suggested, and the tag carries the attributes
    date = next(s for s in again if s.kind == "date")
    (tag,) = operations.accept(service, doc_id, [date])
    assert (tag.kind, tag.start, tag.end, tag.exact) == ("date", date.start, date.end, date.exact)
    # the suggestion's attributes, plus the event's sentence and its tagged actors
    assert {k: tag.attributes[k] for k in date.attributes} == date.attributes
    assert tag.attributes["title"].startswith("However, the past decade") and tag.attributes["participants"] == []
    assert date.key not in {s.key for s in operations.suggestions_for(service, doc_id)}
    operations.undismiss(service, doc_id, [figure])
    assert figure.key in {s.key for s in operations.suggestions_for(service, doc_id)}
    operations.dismiss(service, doc_id, [figure])
    assert sql.clear_dismissed(service.store, doc_id) == 1
    assert sql.dismissed(service.store, doc_id) == []


def test_known_entities_come_from_the_store(seeded):
    from desktop.store import suggestions as sql
    from desktop.store.db import now_iso
    from desktop.suggest import operations

    service, doc_id = seeded
    with service.store.db.atomic():
        service.store.conn.execute(
            "INSERT INTO entities (id, name, type, aliases, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
            ("ent-1", "Aidarbek Saparov", "person", json.dumps(["Saparov"]), now_iso(), now_iso()),
        )
    assert sql.known_entities(service.store) == [("ent-1", ["Aidarbek Saparov", "Saparov"])]
    person = next(s for s in operations.suggestions_for(service, doc_id) if "Saparov" in s.exact)
    assert person.attributes["entity_id"] == "ent-1"


# ---------------------------------------------------------------- CLI
@pytest.fixture
def cli(monkeypatch, seeded):
    import desktop.cli

    service, doc_id = seeded
    return desktop.cli, str(service.store.path), doc_id, service


def test_cli_suggest_json(cli, capsys):
    mod, store, doc_id, _ = cli
    assert mod.main(["suggest", doc_id[:8], "--store", store, "--kinds", "figure,date", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and {r["kind"] for r in rows} == {"figure", "date"}
    assert set(rows[0]) == {"kind", "start", "end", "exact", "attributes", "confidence"}
    fig = next(r for r in rows if r["exact"] == "1.3 million tons")
    assert fig["attributes"] == {"value": 1300000, "unit": "t", "scale": "million"}


def test_cli_suggest_accept_creates_tags(cli, capsys):
    mod, store, doc_id, service = cli
    assert mod.main(["suggest", doc_id, "--store", store, "--accept", "--kinds", "figure", "--json"]) == 0
    tags = json.loads(capsys.readouterr().out)
    assert [t["exact"] for t in tags] == ["1.3 million tons", "20%"]
    stored = service.tags(doc_id, kind="figure")
    assert [(t.exact, t.attributes["unit"], t.author) for t in stored] == [
        ("1.3 million tons", "t", "Tester"), ("20%", "%", "Tester")]
    # accepted suggestions are not suggested again
    assert mod.main(["suggest", doc_id, "--store", store, "--kinds", "figure", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_cli_suggest_text_output_and_errors(cli, capsys):
    mod, store, doc_id, _ = cli
    assert mod.main(["suggest", doc_id, "--store", store, "--kinds", "actor"]) == 0
    out = capsys.readouterr().out
    assert "actor\t" in out and "Aidarbek Saparov (person)" in out
    assert mod.main(["suggest", doc_id, "--store", store, "--kinds", "money"]) == 2
    assert "unknown kind" in capsys.readouterr().err
    assert mod.main(["suggest", "no-such-document", "--store", store]) == 1
    assert "no document matches" in capsys.readouterr().err


def test_suggest_modules_do_not_import_qt():
    code = (
        "import sys, desktop.cli.suggest, desktop.suggest.operations, desktop.store.suggestions;"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True)


# ---------------------------------------------------------------- actors real news uses (issue 15)
def actor_attrs(text: str) -> dict[str, dict]:
    return {s.exact: s.attributes for s in one(text, "actor")}


@pytest.mark.parametrize(
    "text, exact, name, kind",
    [
        ("LONDON — The strike began.", "LONDON", "London", "place"),
        ("Aid reached Sudan and Kenya.", "Sudan", "Sudan", "state"),
        ("Aid reached Sudan and Kenya.", "Kenya", "Kenya", "state"),
        ("Troops entered Khartoum.", "Khartoum", "Khartoum", "place"),
        ("Делегация прибыла в Хартум.", "Хартум", "Khartoum", "place"),
        ("Heyet Kanada'ya gitti.", "Kanada", "Canada", "state"),
        ("Yesterday Mr Reeves spoke.", "Mr Reeves", "Reeves", "person"),
        ("Eric Reeves said the war goes on.", "Eric Reeves", "Eric Reeves", "person"),
        ("The war goes on, said Marissa Mayer.", "Marissa Mayer", "Marissa Mayer", "person"),
        ("Jo Grady, the UCU general secretary, spoke.", "Jo Grady", "Jo Grady", "person"),
        ("The BBC reported it.", "BBC", "BBC", "organisation"),
        ("CHP ve TBMM açıklama yaptı.", "TBMM", "TBMM", "organisation"),
    ],
)
def test_actors_real_news_forms(text, exact, name, kind):
    found = actor_attrs(text)
    assert exact in found, found
    assert (found[exact]["name"], found[exact]["type"]) == (name, kind)


def test_headlines_in_capitals_are_not_acronyms():
    assert [s.exact for s in one("BREAKING NEWS FROM THE FRONT", "actor")] == []


def test_surnames_link_to_the_first_full_mention():
    text = "President Barack Obama arrived. Mr Obama spoke, and later Obama left."
    found = one(text, "actor")
    assert [s.exact for s in found] == ["President Barack Obama", "Mr Obama", "Obama"]
    assert {s.attributes["name"] for s in found} == {"Barack Obama"}


def test_acronym_defined_in_parentheses_takes_its_long_form():
    text = "The University and College Union (UCU) called a strike. UCU members voted."
    found = one(text, "actor")
    assert ("University and College Union", "University and College Union") in {(s.exact, s.attributes["name"]) for s in found}
    assert [s.attributes["name"] for s in found if s.exact == "UCU"] == ["University and College Union"] * 2


def test_russian_recogniser_finds_untitled_people_and_organisations():
    pytest.importorskip("slovnet")
    found = actor_attrs("Вчера Сергей Шойгу встретился с руководством РусГидро в Казани.")
    assert found["Сергей Шойгу"]["type"] == "person"
    assert found["РусГидро"]["type"] == "organisation"
    assert found["Казани"]["type"] == "place"


def test_titled_russian_person_takes_the_recognised_name():
    pytest.importorskip("slovnet")
    found = actor_attrs("Президент России Владимир Путин прибыл.")
    assert found["Президент России Владимир Путин"]["name"] == "Владимир Путин"
    assert found["Президент России Владимир Путин"]["role"] == "Президент России"


@settings(deadline=None)  # a detection call runs the recognisers: its time is the bench's, not a test's
@given(st.sampled_from(["London", "Paris", "Berlin", "Tokyo", "Nairobi", "Khartoum"]),
       st.sampled_from(["{}", "{} —", "In {},", "{}:"]))
def test_places_match_whatever_their_case(city, frame):
    for form in (city, city.upper()):
        text = frame.format(form) + " talks began."
        found = [s for s in one(text, "actor") if s.exact == form]
        assert found and found[0].attributes["name"] == city


def test_recogniser_slips_on_capitals_and_sentence_starts_are_dropped():
    text = "ANALYSIS\n\nAdditionally, trade grew. Moreover, Following the talks, exports rose."
    assert [s.exact for s in one(text, "actor")] == []


def test_recogniser_finds_untitled_english_names_when_shipped():
    pytest.importorskip("spacy")
    from desktop.suggest import ner

    text = "Yahoo agreed to sell its core business to Verizon. Marissa Mayer, the chief executive, was pleased."
    found = actor_attrs(text)
    if ner.spacy_status().get("en") != "ready":
        pytest.skip(ner.spacy_status().get("en", "no English model"))
    assert found["Marissa Mayer"] == {"name": "Marissa Mayer", "type": "person"}
