"""Twenty-fifth round (English actor precision): a title of a work in quotes that the text says is a work is no actor
(" Moonfall " is a song by …, the album " Harbour Lights "); a mail's or a review's formula is no name ("Kind
regards", "Thanks in Advance", "Attn.", "Great Service", the mail client's "( Device Independent Bitmap )"); a
contract's role after a capitalised word that is no given name is still the role ("the Global Counterparty
report … Counterparty shall pay"). Sentences of our own."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.suggest import detect, english_letters, english_works
from desktop.suggest.suggestion import actor


def actors(text: str) -> dict[str, str]:
    return {s.exact: str(s.attributes.get("type")) for s in detect(text, kinds=("actor",))}


def _suggestion(text: str, word: str, kind: str = "person", last: bool = False):  # type: ignore[no-untyped-def]
    start = text.rindex(word) if last else text.index(word)
    return actor(start, start + len(word), text, {"name": word, "type": kind}, 0.6)


# ---------------------------------------------------------------- quoted titles of works
def test_a_quoted_title_the_text_calls_a_song_is_no_actor() -> None:
    text = ('" Moonfall " ( stylized as " MOONFALL " ) is a song by the singer Dana Kerrow.\n'
            'Critics praised " Moonfall " for its chorus, and Dana Kerrow sang " Moonfall " on tour in Oslo.')
    assert english_works.quoted_work(text, _suggestion(text, "Moonfall"))
    found = actors(text)
    assert "Moonfall" not in found
    assert "Dana Kerrow" in found


def test_a_quoted_title_after_its_kind_and_in_its_list_is_no_actor() -> None:
    text = 'Her other songs included " Harbour Lights " , " Molly Brandt " and " Take Me Home Jenny " in 1958.'
    for title in ("Harbour Lights", "Molly Brandt"):
        assert english_works.quoted_work(text, _suggestion(text, title)), title
    text = 'The band released the album " Stella Marsh " in May, and Stella Marsh herself did not like it.'
    assert english_works.quoted_work(text, _suggestion(text, "Stella Marsh"))
    assert not english_works.quoted_work(text, _suggestion(text, "Stella Marsh", last=True))


def test_a_quoted_work_by_its_maker() -> None:
    text = 'It stayed at number two behind " Breezy " by The Lanterns for a week.'
    assert english_works.quoted_work(text, _suggestion(text, "Breezy"))
    assert "Breezy" not in actors(text)


def test_quoted_names_that_are_no_works_stay() -> None:
    for text, name in (('Lay , whom the President called " Kenny Boy " , was not charged.', "Kenny Boy"),
                       ('The Moro Islamic Liberation Front ( " Moro Front " ) denied it.', "Moro Front"),
                       ('" Katie Parmenter " < kparm@example.com > wrote on Monday.', "Katie Parmenter"),
                       ('" Harold Vance is a liar , " said the song writer Ann Lee.', "Harold Vance")):
        assert not english_works.quoted_work(text, _suggestion(text, name)), text


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["song", "single", "album", "film", "novel", "poem", "series"]),
       st.sampled_from(["Galen Marsh", "Orla", "Tobias Wren", "Miriam"]))
def test_a_title_defined_as_a_work_is_dropped_everywhere_in_quotes(kind: str, title: str) -> None:
    text = f'" {title} " is a {kind} by Ann Lee.\nMany people liked " {title} " a lot.'
    assert english_works.quoted_work(text, _suggestion(text, title, last=True))


# ---------------------------------------------------------------- a letter's and a review's formulae
def test_a_letters_closing_and_heading_words_are_no_names() -> None:
    for text, word in (("Please send the file today.\nKind regards ,\nPaula", "Kind"),
                       ("Can anyone help with my hamster ? Thanks in Advance .", "Advance"),
                       ("Attn. GCP_London :\nPlease approve the product.", "Attn")):
        assert english_letters.formula(text, _suggestion(text, word)), text
        assert word not in actors(text), text


def test_a_reviews_verdict_in_title_case_is_no_body() -> None:
    for text, words in (("Small Firm with Great Service\nThey fixed my roof in a day.", "Great Service"),
                        ("The Best Service Ever !!\nI will be back.", "Best Service"),
                        ("Worst Service I 've Ever Experienced\nNever again.", "Worst Service"),
                        ("No Customer Service\nThey never called back.", "No Customer Service")):
        assert english_letters.formula(text, _suggestion(text, words, "organisation")), text


def test_bodies_with_such_words_stay() -> None:
    for text, words in (("The Secret Service said on Monday it had arrested a man.", "Secret Service"),
                        ("He flew to Great Britain on Friday.", "Great Britain"),
                        ("Best Buy said its sales rose.", "Best Buy"),
                        ("The Kind family moved to Leeds.", "Kind")):
        assert not english_letters.formula(text, _suggestion(text, words, "organisation")), text


def test_the_mail_clients_placeholder_is_no_body() -> None:
    text = "Hi all ,\n<< OLE Object : Picture ( Device Independent Bitmap ) >>\nSee you on Monday ."
    assert english_letters.formula(text, _suggestion(text, "Device Independent Bitmap", "organisation"))
    assert "Device Independent Bitmap" not in actors(text)


# ---------------------------------------------------------------- a contract's role after a capitalised word
def test_a_role_after_a_capitalised_word_that_is_no_given_name_is_still_a_role() -> None:
    text = ("We fixed the name in Global Counterparty yesterday.\n"
            "If Counterparty submits an offer to buy , Counterparty shall pay the Base Amount .")
    assert "Counterparty" not in actors(text)
    text = "Peter Sellers was born in Southsea. Sellers later moved to London."
    assert "Sellers" in actors(text)
    text = "Mrs. Buyer came to see us. Buyer said she would call."
    assert "Buyer" in actors(text)


def test_the_placeholders_own_words_are_no_body() -> None:
    text = "Hi all ,\n<< OLE Object : Picture ( Device Independent Bitmap ) >>\nSee you on Monday ."
    assert english_letters.formula(text, _suggestion(text, "OLE", "organisation"))
    text = "The OLE team met on Monday < see the minutes > ."
    assert not english_letters.formula(text, _suggestion(text, "OLE", "organisation"))


# ---------------------------------------------------------------- a name a sentence defines as a work or a product
def test_a_name_defined_as_a_product_or_a_work_is_no_actor_there_and_later() -> None:
    text = ("Orbix Q is a discontinued home media player developed by Halvard Systems.\n"
            "The Orbix Q was praised for its design.\nMany buyers returned the Orbix Q within a month.")
    assert english_works.defined_thing(text, _suggestion(text, "Orbix Q", "organisation", last=True))
    assert "Orbix Q" not in actors(text)
    text = "Kestrel Academy is a children 's television show produced by Tallow Media.\nThe Kestrel Academy ran for three years."
    assert english_works.defined_thing(text, _suggestion(text, "Kestrel Academy", "organisation", last=True))
    # a bare later mention stays (the final read: "Banks on Wall Street" after "Wall Street is a 1987 film")
    text = "Kestrel Academy is a children 's television show produced by Tallow Media.\nKestrel Academy ran for three years."
    assert not english_works.defined_thing(text, _suggestion(text, "Kestrel Academy", "organisation", last=True))


def test_people_bodies_and_media_a_sentence_defines_stay() -> None:
    for text, name in (("John Carvell is a British film director born in Leeds.", "John Carvell"),
                       ("Mira Okafor is a tennis player from Lagos.", "Mira Okafor"),
                       ("The Harlow Courier is a daily newspaper published in Harlow.", "Harlow Courier"),
                       ("Tallow Media is a company that makes television shows.", "Tallow Media"),
                       ("Lena Park is a video game designer at Rovio.", "Lena Park")):
        assert not english_works.defined_thing(text, _suggestion(text, name, "organisation")), text


def test_a_band_inside_its_albums_title_stays() -> None:
    text = "Velvet Harbour Live is an album of live recordings by the band Velvet Harbour."
    assert not english_works.defined_thing(text, _suggestion(text, "Velvet Harbour", "organisation", last=True))


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["director", "producer", "designer", "critic", "maker", "star", "writer", "company", "studio"]),
       st.sampled_from(["film", "song", "video game", "book", "car", "television show"]))
def test_a_person_or_a_body_of_a_kind_of_work_is_never_defined_as_the_work(role: str, kind: str) -> None:
    text = f"Tobias Wren is a well known {kind} {role} from Leeds."
    assert not english_works.defined_thing(text, _suggestion(text, "Tobias Wren"))


# ---------------------------------------------------------------- review fixes
def test_a_name_defined_as_a_work_stays_at_later_mentions_that_name_someone_else() -> None:
    # one word: only the defining sentence's mention is the work's
    text = "Jordan is a film by Kate Hollis. Jordan said on Monday the border would reopen."
    assert "Jordan" in actors(text)
    assert not english_works.defined_thing(text, _suggestion(text, "Jordan", "state", last=True))
    assert english_works.defined_thing(text, _suggestion(text, "Jordan", "state"))
    text = "Hamilton is a musical by Lin-Manuel Miranda. Lewis Hamilton won in Monaco. Hamilton said he was happy."
    assert not english_works.defined_thing(text, _suggestion(text, "Hamilton", last=True))
    text = "Tesla is an electric car. Tesla said on Monday that deliveries rose."
    assert not english_works.defined_thing(text, _suggestion(text, "Tesla", "organisation", last=True))
    # a biopic named for its subject: the person stays where the text writes the name as a person's
    text = "Michael Collins is a 1996 biographical film by Neil Jordan. Michael Collins was shot in 1922 in County Cork."
    assert "Michael Collins" in actors(text)
    text = "Grace Kelly is a song by Mika. Grace Kelly married Prince Rainier in 1956."
    assert not english_works.defined_thing(text, _suggestion(text, "Grace Kelly", last=True))


def test_a_quoted_list_after_one_work_of_a_singular_kind_is_no_list_of_works() -> None:
    text = 'He cited the book " Fire and Fury " , " Reuters " and " AP " as his sources.'
    assert english_works.quoted_work(text, _suggestion(text, "Fire and Fury"))
    for name in ("Reuters", "AP"):
        assert not english_works.quoted_work(text, _suggestion(text, name, "organisation")), name


def test_bodies_named_like_a_verdict_stay() -> None:
    for text, words in (("The Best Party won the election in Reykjavik.", "Best Party"),
                        ("Slow Food said the fair would go ahead.", "Slow Food"),
                        ("Good Food said it would close the magazine.", "Good Food")):
        assert not english_letters.formula(text, _suggestion(text, words, "organisation")), text


def test_a_name_after_the_mail_clients_placeholder_on_its_line_stays() -> None:
    text = "<< OLE Object : Picture ( Device Independent Bitmap ) >> Kenneth Lay said on Monday he would resign."
    assert english_letters.formula(text, _suggestion(text, "Device Independent Bitmap", "organisation"))
    assert not english_letters.formula(text, _suggestion(text, "Kenneth Lay"))
    assert "Kenneth Lay" in actors(text)


def test_a_role_after_a_title_is_a_surname() -> None:
    for text in ("Senator Seller voted no. Seller said the bill was flawed.",
                 "Chancellor Buyer met the press. Buyer said the talks went well."):
        role = "Seller" if "Seller" in text else "Buyer"
        assert role in actors(text), text


def test_a_quoted_name_after_a_clause_that_ends_with_a_works_noun_stays() -> None:
    for text, name in (('According to court records , " Reuters " reported the sale first.', "Reuters"),
                       ('In a video , " Hamas " said the hostages were alive.', "Hamas")):
        assert not english_works.quoted_work(text, _suggestion(text, name, "organisation")), text
    text = 'She released her sixth single , " Surreal " , in 2000.'  # an apposition stays a work
    assert english_works.quoted_work(text, _suggestion(text, "Surreal"))


class _CountingText(str):
    """A text that counts the searches of a substring in all of it (``x in text``)."""

    searches = 0

    def __contains__(self, item: object) -> bool:
        type(self).searches += 1
        return super().__contains__(item)  # type: ignore[operator]


def test_a_suggestion_out_of_quotes_costs_no_scan_of_the_whole_text() -> None:
    # each actor suggestion asks: a scan of a 1 MB text for a quote per suggestion was a second on the speed text
    text = _CountingText("Kenneth Lay met Jeffrey Skilling in Houston , Казахстан . " * 20 + '" Moonfall " is a song .')
    suggestions = [_suggestion(text, "Kenneth Lay") for _ in range(50)]
    _CountingText.searches = 0
    assert not any(english_works.quoted_work(text, s) for s in suggestions)
    assert _CountingText.searches <= 2


# ---------------------------------------------------------------- the final read of the twenty-fifth round
def test_a_place_defined_as_a_film_stays_a_place_before_and_after_the_definition() -> None:
    text = ("Traders on Wall Street sold bonds on Monday. Wall Street is a 1987 film by Oliver Stone. "
            "Banks on Wall Street gained later that day.")
    found = [s for s in detect(text, kinds=("actor",)) if s.exact == "Wall Street"]
    assert [text[s.start:s.end] for s in found] and found[0].start == text.index("Wall Street")
    assert any(s.start > text.index("1987") for s in found)


def test_a_quoted_body_before_by_and_an_agent_stays_an_actor() -> None:
    for text, name in (('The ousting of "Hamas" by Israel was debated, and "Hamas" rejected the plan.', "Hamas"),
                       ('The banning of "Hezbollah" by Germany angered "Hezbollah" leaders.', "Hezbollah"),
                       ('Sanctions on "Rosneft" by the United States hit "Rosneft" hard.', "Rosneft")):
        assert name not in english_works.work_titles(text)
    # a title followed by its maker is still a work's
    assert "Breezy" in english_works.work_titles('"Breezy" by The Lanterns topped the chart.')
