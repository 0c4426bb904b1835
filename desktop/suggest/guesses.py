"""Which guesses of the recognisers and the cheap rules are names (no I/O, no Qt).

The small statistical models guess names from capitals, and the rules take any word in
capitals for an acronym; in news both slip on the same kinds of words. :class:`Guesses`
reads a text once and says which guesses to keep:

* a heading in capitals ("ANALYSIS", "BREAKING NEWS FROM THE FRONT"), or a first word of
  a sentence that reads as a common word ("Following"), unless the document writes the
  word with a capital mid-sentence too (or, for one word in capitals, beside a lower-case
  word: "NASA IS A WASTE" in a text that says "funded NASA");
* a first word of a sentence the document also writes in lower case ("Government
  officials said …" beside "the government"), which is a common noun, not a name; a Turkish noun of
  what news reports on opening a sentence ("Rapor Kasım 2023'te yayımlandı"), likewise;
* one word after a possessive ("its Embassy", "our Government"): a common noun written
  with a capital, not a name;
* a title alone in the plural or after an article ("Senators will vote", "the President"),
  as the models guess it;
* an emphasised word in capitals ("NOW, THEREFORE", "a HUGE collector", "UNLESS"): an
  English function word, or a word the document also writes in lower case, is no
  acronym (:meth:`Guesses.emphasis`);
* an English function word opening a sentence as a name ("Only if …", "Everyone agreed"; spaCy's
  English stop words), unless the document writes it with a capital mid-sentence too ("May" of
  "Theresa May"); one in capitals is emphasis, not an acronym ("IF you have NOT begun");
* a word that stretches a letter three times or more ("NEEEEVERRRR", "Sooooo"): emphasis;
* an acronym the text defines by lower-case words ("the source text (ST)", "improvised
  explosive devices (IEDs)"): a term, not an organisation (:meth:`Guesses.term`);
* a sign of the zodiac in a horoscope ("Leo will find love, while Aries …"): the readers born
  under it, not a person or a place (:meth:`Guesses.zodiac`);
* a storm ("Cyclone Phailin", "Hurricane Katrina"; "TC Phailin" in a text that speaks of a
  cyclone or names Phailin a storm elsewhere) and its name alone later ("Phailin's winds"): an event, not an actor
  (:meth:`Guesses.storm`);
* a label before a number, a ship's prefix and a document's symbol ("PMID 17547490", "FS
  Charles de Gaulle", "A/73/PV.6");
* "US" before a dollar sign ("US$10 billion", "US $10"), a state before the Turkish or Kazakh
  word for the dollar ("ABD doları", "АҚШ доллары"): a currency, not the state
  (:func:`currency_prefix`, :func:`currency_word_after`).
"""

from __future__ import annotations

import re

from desktop.suggest import kazakh_bodies, names, organisations
from desktop.suggest.abbreviations import NOT_ACRONYMS, term_named
from desktop.suggest.english_stop_words import STOP_WORDS
from desktop.suggest.trades import TR_TITLES_ALONE
from desktop.suggest.words import KAZAKH_LETTER as _KAZAKH_LETTER
from desktop.suggest.words import LOW as _LOW
from desktop.suggest.words import UP as _UP

__all__ = ["TR_NEWS_NOUNS", "Guesses", "currency_prefix", "currency_word_after", "currency_word_before", "function_word", "russian_slip",
           "time_zone"]

# English titles the models take for names when they stand alone ("Senators will vote"); a
# title used as a name ("Madam Speaker", "this President", "Mr. President") is left to them:
# it names one person, and the gold of GUM counts it.
_TITLES_ALONE = set("""President Presidents Senator Senators Minister Ministers Governor Governors Chairman Chairwoman
    Premier Mayor Mayors Ambassador Ambassadors Congressman Congresswoman Congressmen Judge Judges Sir Madam
    Kral Kraliçe Cumhurbaşkanı Başbakan""".split())  # "Dear Sir / Madam"; Turkish "Kral'dan": from the King

# Turkish number words: one alone is a count ("Seksen iki kez …", eighty-two times), never a name.
_TR_NUMBERS = frozenset("""Bir İki Üç Dört Beş Altı Yedi Sekiz Dokuz On Yirmi Otuz Kırk Elli Altmış Yetmiş Seksen
    Doksan Yüz Bin Milyon Milyar""".split())
# Turkish nouns of what news reports on — documents, decisions, meetings, inquiries, events — that the model takes
# for an organisation where they open a sentence ("Rapor Kasım 2023'te yayımlandı", "Soruşturma sürüyor"): a
# common noun there unless the text also writes it with a capital mid-sentence.
TR_NEWS_NOUNS = frozenset("""Rapor Açıklama Bildiri Bildirge Belge Genelge Yönetmelik Yasa Kanun Tasarı Teklif Anket
    Araştırma Soruşturma Kovuşturma İddianame Dava Duruşma Toplantı Görüşme Oturum Tören Proje Bütçe Sonuç Sonuçlar
    Veriler Rakamlar İstatistikler Saldırı Kaza Yangın Deprem Sel Operasyon Oylama Anlaşma Sözleşme Protokol
    Mutabakat Ziyaret Açıklamada Raporda Raporun Toplantıda""".split())

# Russian words natasha takes for a name where they open a sentence or a clause: pronouns ("Нам нужно …",
# "Оно уже вступило в силу"), ordinals ("после Второй мировой"), "Самое главное", the Internet, which
# Russian spelling writes with a capital ("в сети Интернет"), and a title without a name.
_RU_PRONOUNS = frozenset("Я Мы Вы Он Она Оно Они Нам Нас Вам Вас Им Их Ему Ей Его Её Ее Мне Меня Нами Вами Ими".split())
_RU_NOT_NAMES = _RU_PRONOUNS | frozenset("""
    Первый Первая Первое Первого Первой Первом Второй Вторая Второе Второго Втором Третий Третья Третье Третьего
    Третьей Самое Самый Самая Самые Интернет Интернета Интернете Интернету Интернетом
    Президент Премьер Министр Губернатор Мэр Папа Адвокат""".split())  # a title alone: "напомнил Папа", "Адвокат обвиняемого"
# An award named after "премия", in quotes or in Latin letters ("премии «Эмми»", "лауреат премии Grammy"): the
# award, not a body. A Cyrillic name without quotes is often the laureate ("премия Фо присуждается за …": the
# prize to Fo) or the person the prize is named after ("премии Соннинга"), which NEREL counts.
_RU_AWARD_BEFORE = re.compile(r"(?<![\w-])[Пп]реми(?:я|и|ю|ей|й|ям|ями|ях)[ \u00a0]+[«\"„“]?$")
# One word with a Russian adjective's ending inside quotes before a lower-case word ("«Южного потока»",
# "«Северного потока»": a pipeline's name): a piece of a quoted name, not a name of its own.
_RU_QUOTED_ADJECTIVE = re.compile(r"[А-ЯЁ][а-яё]+(?:ого|его|ому|ему|ый|ий|ой|ая|яя|ое|ее|ые|ие|ых|их|ым|им)")
_QUOTES = "«\"„“"
_OPEN_QUOTE_BEFORE = re.compile(rf"[{_QUOTES}]$")
_LOWER_WORD_AFTER = re.compile(r"[ \u00a0]+[а-яё]")
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w-])[а-яё]+[ \u00a0]+$")


def russian_slip(text: str, start: int, end: int) -> bool:
    """A Russian guess ``text[start:end]`` that is no actor: a pronoun, an ordinal or "Интернет"
    (:data:`_RU_NOT_NAMES`), an award after "премия", or an adjective opening a quoted name."""
    exact = text[start:end]
    if exact in _RU_NOT_NAMES:
        # a pronoun in capitals after a lower-case word is a name ("По словам Им": the pianist Im); not "Вас"
        return not (exact in _RU_PRONOUNS and exact[0] != "В" and _LOWER_WORD_BEFORE.search(text, max(0, start - 30), start))
    if (text[start - 1 : start] in _QUOTES or "A" <= exact[:1] <= "Z") and _RU_AWARD_BEFORE.search(text, max(0, start - 12), start):
        return True
    return (_RU_QUOTED_ADJECTIVE.fullmatch(exact) is not None and _OPEN_QUOTE_BEFORE.search(text, max(0, start - 1), start)
            is not None and _LOWER_WORD_AFTER.match(text, end) is not None)


# English function words that emphasis writes in capitals ("NOW, THEREFORE", "UNLESS");
# "WHO" (the World Health Organization) and "US" are names.
_FUNCTION_WORDS = set(
    """NOW THEN THAN THAT THIS THESE THOSE THEY THEM THEIR HERE THERE WHERE WHEN WHAT WHY HOW WHICH WHILE UNLESS
    UNTIL SINCE ALSO ONLY JUST EVEN EVER NEVER STILL MUCH MANY MOST LESS SUCH SOME EACH BOTH EVERY ANY NONE
    YES WITH FROM INTO ONTO OVER UNDER ABOUT AFTER BEFORE ABOVE BELOW AGAIN MUST SHALL WILL CAN MAY SHOULD
    WOULD COULD ARE WAS WERE BEEN HAVE HAS HAD DOES DID DONE YOU YOUR OUR HIS HER SHE ITS OFF OUT NOR""".split()
)
# Other grammar words in capitals: emphasis unless a capitalised word follows ("AS Heagle": initials).
_GRAMMAR_CAPS = set(
    """IF AS OF TO AN BY SO NOT AND BUT THE ALL VERY TOO YET ALWAYS ALREADY ENOUGH OTHER SAME OWN WHOSE WHOM
    BECAUSE THOUGH ALTHOUGH WITHOUT WITHIN BETWEEN AGAINST THROUGH DURING EITHER NEITHER WHETHER WHATEVER
    EVERYTHING NOTHING SOMETHING ANYTHING EVERYONE ANYONE SOMEONE NOBODY HOWEVER THEREFORE
    TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN""".split()  # "FIVE more artists"; "ONE" names a campaign
)
# Function words that are names in capitals too: "US", "WHO"; "CA", "ME", "UP" (California, Maine,
# Uttar Pradesh); "RE", "AM", "IT" are read by the other lists.
_STOP_WORD_NAMES = {"us", "who", "ca", "me", "up", "re", "am", "it"}


# A Turkish plural noun with a genitive, locative, ablative or instrumental ending written straight after it, as
# Turkish writes common nouns ("Adventistlerin", "Yetkililerden", "Öğrencilerle"); a name takes its endings after
# an apostrophe ("Beatles'ın", "Filipinler'de"). Three letters at least before the plural ("Clara", "Valerin").
_TR_PLURAL_CASE = re.compile(r"^[^\W\d_]{3,}l[ae]r(?:[ıi]n|[ıi]nd[ae]n?|[dt][ae]n?|l[ae])$")


def function_word(word: str) -> bool:
    """``word`` ("Only", "IF", "whatever") is an English function word, never a name alone.  In
    capitals only the grammar words of :data:`_FUNCTION_WORDS` and :data:`_GRAMMAR_CAPS`: spaCy's other stop words name
    bodies there ("ONE", "WE", "MOVE")."""
    if len(word) > 1 and word.isupper():
        return word in _FUNCTION_WORDS or word in _GRAMMAR_CAPS
    low = word.lower()
    return low in STOP_WORDS and low not in _STOP_WORD_NAMES


# "A" in capitals after a lower-case word ("places A LOT better"): the shouted article before a
# shouted word, not an acronym.
_SHOUTED_ARTICLE = re.compile(rf"[{_LOW}][ \u00a0]+A[ \u00a0]+$")
# A clock time before a time zone's word ("2:30 pm Eastern", "10 a.m. Pacific Time"): the zone, no place.
_CLOCK_BEFORE = re.compile(r"\d(?:[:.]\d\d)?[ \u00a0]?(?:[ap]\.?m\.?|[AP]\.?M\.?)[ \u00a0]+$")
_TIME_ZONE = re.compile(r"(?:Eastern|Central|Pacific|Mountain|Atlantic|Alaska|Hawaii)(?:[ \u00a0](?:Standard[ \u00a0]|Daylight[ \u00a0])?Time)?")


def time_zone(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a time zone's word after a clock time ("1:30 pm Central"), not a place."""
    return _TIME_ZONE.fullmatch(text, start, end) is not None and _CLOCK_BEFORE.search(text, max(0, start - 16), start) is not None


# Places and states whose name opens a common noun in English ("guinea pigs" written "Guinea pigs", "Brussels
# sprouts", "a Panama hat"): an animal, a food or a garment, no place.
_PLACE_IN_A_NOUN = {
    "Guinea": r"pigs?|fowls?|worms?", "Brussels": r"sprouts?", "Panama": r"hats?", "Bermuda": r"shorts|grass",
    "Dijon": r"mustard", "Cayenne": r"peppers?", "Chile": r"peppers?|powder|con[ \u00a0]carne", "Jersey": r"cows?|cattle",
    "Shetland": r"pon(?:y|ies)|wool", "Angora": r"rabbits?|goats?|wool", "Cheddar": r"cheese",
}
_NOUN_AFTER = {place: re.compile(rf"[ \u00a0]+(?:{nouns})(?![\w’'-])") for place, nouns in _PLACE_IN_A_NOUN.items()}


def place_in_a_noun(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` opens a common noun named after a place ("Guinea pigs", "Brussels sprouts"), not a place."""
    after = _NOUN_AFTER.get(text[start:end])
    return after is not None and after.match(text, end) is not None


# A letter three times in a row inside a longer word: "NEEEEVERRRR", "Sooooo", "Yesss" (not "III").
_STRETCHED = re.compile(r"(?=\w{4,})\w*([^\W\d_])\1\1", re.IGNORECASE)
# In capitals a letter three times opening the word is an acronym's ("AAAS", "IIIT"): stretched only
# four times, or three after another letter ("NOOO", "YESSS").
_CAPS_STRETCHED = re.compile(r"([^\W\d_])\1\1\1|[^\W\d_]([^\W\d_])\2\2")


def stretched(word: str) -> bool:
    """``word`` stretches a letter ("NEEEEVERRRR", "Sooooo", "YESSS"), emphasis; not "AAAS", "IIIT"."""
    if _STRETCHED.match(word) is None:
        return False
    return not word.isupper() or _CAPS_STRETCHED.search(word) is not None
_NAME_AFTER = re.compile(rf"[ \u00a0]+[{_UP}][{_LOW}]")
_LOWER_WORD = re.compile(rf"(?<![\w’'-])[{_LOW}][{_LOW}]+(?![\w’'-])")
_RUNNING_CAPS = re.compile(rf"(?<=[{_LOW}] )([{_UP}]{{2,}})(?![\w’'-])|(?<![\w’'-])([{_UP}]{{2,}})(?= [{_LOW}])")
_MID_CAP = re.compile(rf"(?<=[{_LOW},;:] )[{_UP}][{_LOW}]+")
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w’'])(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our)[ \u00a0]$")
_COMMON_ENDING = re.compile(r"(?:ly|ing|ed|ally|ever|ther|fore|ions?)$")
_SYMBOL = re.compile(r"[A-Z]/\d|\d/[A-Z]")  # "A/73/PV.6", "S/RES/2254"
_DOLLAR_AFTER = re.compile(r"[ \u00a0]?\$")
_DEFINED = re.compile(r"\([ ]?([A-Z]{2,6})s?[ ]?\)")
_TERM_JOINERS = {"and", "of", "for", "the", "on", "in", "to", "a"}
_STORM = re.compile(
    rf"(?<![\w’'-])(?:Hurricane|Cyclone|Typhoon|Super[ ]Typhoon|(?:Severe[ ])?Tropical[ ](?:Storm|Cyclone|Depression)"
    rf"|Storm)[ \u00a0]+([{_UP}][{_LOW}]+)")  # not "T.C.": "T.C. Boyle", Turkish "T.C." (the Republic)
# "TC Phailin", "T C Phailin": a tropical cyclone as advisories abbreviate it, in a text that speaks of a
# cyclone or names the storm in full elsewhere ("Cyclone Phailin"); "storm" alone is no sign ("TC Energy said
# the storm had not damaged the pipeline")
_TC_STORM = re.compile(rf"(?<![\w.’'-])T[ ]?C[ \u00a0]+([{_UP}][{_LOW}]+)")
_STORM_WORD = re.compile(r"(?i)\bcyclones?\b")


def _defined_terms(text: str) -> set[str]:
    """Acronyms whose letters are the initials of the lower-case words before their
    parentheses ("the interquartile range (IQR)", "non-governmental organisations
    (NGOs)"): terms of the text, not names."""
    out = set()
    for m in _DEFINED.finditer(text):
        letters = m.group(1).lower()
        words = re.findall(r"[\w-]+", text[max(0, m.start() - 120) : m.start()])
        for split in (False, True):  # "non-governmental": one initial, or one per part
            initials = ""
            for word in reversed(words):
                if len(initials) >= len(letters) or (word in _TERM_JOINERS and initials):
                    if len(initials) >= len(letters):
                        break
                    continue
                if not word.islower():
                    break
                parts = [p for p in word.split("-") if p] if split else [word]
                initials = "".join(p[0] for p in parts) + initials
            if initials == letters:
                out.add(m.group(1))
    return out


# The dollar named after its state in Turkish and Kazakh ("ABD doları", "АҚШ долларына"): the
# compound's possessive ending (-ı, -ы) after a state whose money is a dollar is what makes it the
# currency. After another subject it is the dollar the subject acts on ("Çin dolarına güvenmiyor",
# "Merkez Bankası doları sattı"), a bare "dolar"/"доллар" is a word of the sentence ("Çin dolar
# rezervlerini artırdı"), and the Russian plural "доллары" is no compound.
_CURRENCY_WORD_AFTER = re.compile(r"[ \u00a0]+(?:dolar[ıi]|доллары)", re.IGNORECASE)
_DOLLAR_STATES = frozenset(["ABD", "АҚШ", "Kanada", "Канада", "Avustralya", "Австралия", "Yeni Zelanda", "Жаңа Зеландия",
                            "Hong Kong", "Гонконг", "Singapur", "Сингапур", "Tayvan", "Тайвань"])


def currency_word_after(text: str, start: int, end: int) -> bool:
    """A state whose money is a dollar, ``text[start:end]``, before the Turkish or Kazakh word for
    the dollar with its compound's ending: "ABD doları", "АҚШ доллары" write a currency, not the
    state. A Cyrillic one counts only in a Kazakh sentence (one with a Kazakh letter), not in Russian."""
    if " ".join(text[start:end].split()) not in _DOLLAR_STATES:
        return False
    m = _CURRENCY_WORD_AFTER.match(text, end)
    if m is None:
        return False
    if m.group(0).lstrip(" \u00a0")[0] in "dD":
        return True
    first = max(text.rfind(".", 0, end), text.rfind("\n", 0, end)) + 1
    stop = min(i for i in (text.find(".", m.end()), text.find("\n", m.end()), len(text)) if i >= 0)
    return _KAZAKH_LETTER.search(text, first, stop) is not None


# The dollar named before its state in Russian ("12,8 млн долларов США", "в долларах Канады", "к доллару США",
# "долл. США"), and the second of two ("долларов США и Канады").
_RU_DOLLAR_STATES = frozenset(["США", "Канады", "Австралии", "Новой Зеландии", "Гонконга", "Сингапура", "Тайваня"])
_DOLLAR_BEFORE = re.compile(r"(?<![\w-])(?:доллар(?:ов|а|ы|ам|ами|ах|у|ом|е)?|долл\.)[ \u00a0]+"
                            r"(?:(?:США|Канады|Австралии)[ \u00a0]+и[ \u00a0]+)?$", re.IGNORECASE)


def currency_word_before(text: str, start: int, end: int) -> bool:
    """A state whose money is a dollar, ``text[start:end]``, right after the Russian word for the
    dollar: "долларов США" writes a currency, not the state."""
    return (" ".join(text[start:end].split()) in _RU_DOLLAR_STATES
            and _DOLLAR_BEFORE.search(text, max(0, start - 30), start) is not None)


def currency_prefix(text: str, end: int) -> bool:
    """A dollar sign right after ``text[:end]``: "US$10", "US $10" write a currency."""
    return _DOLLAR_AFTER.match(text, end) is not None


# The signs of the zodiac: in a horoscope ("Leo: a week of surprises", "Aries should avoid quarrels") a sign is the
# reader born under it, no person or place (:meth:`Guesses.zodiac`).
ZODIAC_SIGNS = frozenset("""Aries Taurus Gemini Cancer Leo Virgo Libra Scorpio Sagittarius Capricorn Aquarius
    Pisces""".split())
_HOROSCOPE_WORD = re.compile(r"horoscope|zodiac|star[ \u00a0-]sign|astrolog|sun[ \u00a0-]sign", re.IGNORECASE)
_SIGN = re.compile(r"(?<![\w’'-])(?:" + "|".join(sorted(ZODIAC_SIGNS)) + r")(?![\w’'-])")


# Kazakh case endings after a stem of three letters or more: genitive, dative, locative, ablative ("Басқосуда",
# "Акциядан", "Құрылғының", "Айдынға")
_KK_CASE = re.compile(r"(?<=[а-яёәғқңөұүһі]{3})(?:[нтд][ыі]ң|[гғкқ][аеә]|н[аеә]|н?[дт][аеә]|[дтн][аеә]н)$")


class Guesses:
    """The word lists of one text that the checks need, built when first asked."""

    def __init__(self, text: str):
        self.text = text
        self._lower: set[str] | None = None
        self._mid: set[str] | None = None
        self._terms: set[str] | None = None
        self._storms: set[str] | None = None
        self._running_caps: set[str] | None = None
        self._horoscope: bool | None = None

    def zodiac(self, word: str) -> bool:
        """``word`` is a sign of the zodiac in a horoscope: a text that speaks of horoscopes, the zodiac,
        star signs or astrology, or names three signs or more ("Leo", "Aries" and "Taurus" of a week's stars)."""
        if word not in ZODIAC_SIGNS:
            return False
        if self._horoscope is None:
            self._horoscope = (_HOROSCOPE_WORD.search(self.text) is not None
                               or len(set(_SIGN.findall(self.text))) >= 3)
        return self._horoscope

    @property
    def lower_words(self) -> set[str]:
        """The words the text writes in lower case."""
        if self._lower is None:
            self._lower = set(_LOWER_WORD.findall(self.text))
        return self._lower

    @property
    def mid_sentence(self) -> set[str]:
        """Words written with a capital after a lower-case word: names, not sentence starts."""
        if self._mid is None:
            self._mid = set(_MID_CAP.findall(self.text))
        return self._mid

    @property
    def running_caps(self) -> set[str]:
        """Words in capitals the text writes beside a lower-case word too ("funded NASA"):
        acronyms of names, which a heading in capitals may hold."""
        if self._running_caps is None:
            self._running_caps = {w for pair in _RUNNING_CAPS.findall(self.text) for w in pair if w} - _FUNCTION_WORDS
        return self._running_caps

    def term(self, word: str) -> bool:
        """An acronym the text defines by lower-case words ("interquartile range (IQR)")."""
        if self._terms is None:
            self._terms = _defined_terms(self.text)
        return word in self._terms or (word.endswith("s") and word[:-1] in self._terms)

    def storm(self, words: str) -> bool:
        """``words`` name a storm: "Cyclone Phailin", or "Phailin" where the text writes
        "Cyclone Phailin" (the name of a storm is an event's)."""
        if self._storms is None:
            self._storms = set(_STORM.findall(self.text))
            if _STORM_WORD.search(self.text):  # a TC's name is a storm's only in a text about a cyclone
                self._storms |= set(_TC_STORM.findall(self.text))
        return _STORM.fullmatch(words) is not None or words in self._storms or self._tc_storm(words)

    def _tc_storm(self, words: str) -> bool:
        found = _TC_STORM.fullmatch(words)
        return found is not None and self.storm(found.group(1))

    def storm_prefix(self, start: int) -> bool:
        """The acronym at ``start`` opens a storm's name ("TC Phailin"), as :meth:`storm` reads it."""
        found = _TC_STORM.match(self.text, start)
        return found is not None and self.storm(found.group())

    def caps_heading(self, start: int, end: int) -> bool:
        """``text[start:end]`` is in capitals with no lower-case word beside it on its line:
        a heading ("ANALYSIS"), not a name in a sentence."""
        exact = self.text[start:end]
        return exact.isupper() and "." not in exact and not names.in_running_text(self.text, start, end)

    def common_first_word(self, start: int, end: int) -> bool:
        """One word opening a sentence that the document writes in lower case elsewhere
        and never with a capital mid-sentence ("Government" beside "the government")."""
        word = self.text[start:end]
        return (word[:1].isupper() and word[1:].islower() and names.opens_sentence(self.text, start)
                and word.lower() in self.lower_words and word not in self.mid_sentence)

    def kazakh_common_opener(self, start: int, end: int) -> bool:
        """One Kazakh word opening a sentence with a case ending after a stem of six letters or more
        (:data:`_KK_CASE`: "Басқосуда", "Құрылғының") that the text never writes with a capital mid-sentence, stem or
        word: a common noun the model takes for a place where it leads the sentence (a place the gazetteer knows is
        kept before). The small gazetteer lacks most of Kazakhstan's towns, many of them short ("Ақсуда", "Қосшыда",
        "Есікте"): a shorter stem stays the model's place ("Айдынға" stays a false alarm)."""
        word = self.text[start:end]
        case = _KK_CASE.search(word)
        if case is None or " " in word or not _KAZAKH_LETTER.search(word) or not names.opens_sentence(self.text, start):
            return False
        stem = word[: case.start()]
        return len(stem) >= 6 and not any(w.startswith(stem) for w in self.mid_sentence)

    def emphasis(self, word: str, end: int = -1) -> bool:
        """A word in capitals that is an English function word or a word the document
        writes in lower case too ("HUGE" beside "huge"), or that follows a shouted "A" ("places A
        LOT better"): emphasis, not an acronym; one of spaCy's stop words only when no
        capitalised word follows at ``end`` (initials: "AS Heagle")."""
        name_after = end >= 0 and _NAME_AFTER.match(self.text, end) is not None  # "AS Heagle", "A HMP Belmarsh"
        if end >= 0 and not name_after and _SHOUTED_ARTICLE.search(self.text, max(0, end - len(word) - 24), end - len(word)):
            return True
        stop = function_word(word) and not name_after
        return (word in _FUNCTION_WORDS or stop or stretched(word)
                or (len(word) >= 4 and word.lower() in self.lower_words))

    def keep(self, start: int, end: int, lang: str, is_place: bool, kind: str = "") -> bool:
        """Whether a recogniser's guess ``text[start:end]`` (of ``kind``) in language ``lang`` is a name;
        ``is_place``: the gazetteer knows it as a state or place."""
        text, exact = self.text, self.text[start:end]
        if ((exact.isupper() and names.common_abbreviation(exact) and not term_named(text, start, end))
                or (lang != "en" and exact in NOT_ACRONYMS)) and not is_place:
            return False  # "UAV", "LNG", "WWII", "КоАП": an abbreviation, not a name ("FX said": the network's)
        if lang == "ru" and russian_slip(text, start, end):
            return False  # "Нам", "Второй", "Интернет"; "премии «Эмми»": an award; "«Южного потока»": a piece
        if (exact.isupper() and names.label_or_prefix(text, start, end)) or _SYMBOL.search(text, max(0, start - 1), end + 1):
            return False  # "PMID 17547490", "FS Charles de Gaulle"; a document's symbol ("A/73/PV.6")
        if self.term(exact) or self.storm(exact) or (lang == "en" and self.zodiac(exact)):
            return False  # "the source text (ST)": a term of the text; "Cyclone Phailin": an event; "Leo" in a horoscope
        if exact in _TITLES_ALONE or (lang == "tr" and (exact in _TR_NUMBERS or exact in TR_TITLES_ALONE)):
            return False  # "the President", "Senators will vote": a title without a name; "Seksen": a number
        if kazakh_bodies.titled(text, start, end):
            return False  # "Үкімет басшысы": the Prime Minister's title, not the Government
        if exact not in self.mid_sentence and organisations.day_paper_opening(text, start, end):
            return False  # "Sabah gazetesi masada duruyordu": the morning paper (not "Sabah gazetesi … yazdı"); in any
            # language the text reads as ("masada duruyordu" has no Turkish letter), and as a place (Sabah, Malaysia)
        if lang == "ru" or is_place:
            return True
        if lang == "tr" and exact in TR_NEWS_NOUNS and names.opens_sentence(text, start) and exact not in self.mid_sentence:
            return False  # "Rapor Kasım 2023'te yayımlandı": the report
        if lang == "kk" and kind == "place" and self.kazakh_common_opener(start, end):
            return False  # "Басқосуда …", "Акциядан « Хабар » ұжымы да шет қалмады": at the meeting, from the action
        if lang == "tr" and kind != "place" and _TR_PLURAL_CASE.search(exact):
            return False  # "Adventistlerin", "Yetkililerden": a plural with a case ending; a region ("Balkanlarda") stays
        handle = text[max(0, start - 2) : start].rstrip().endswith("@")  # "@ Nickezzzy": a user's own spelling
        if lang == "en" and " " not in exact and not handle and (stretched(exact) or (
                function_word(exact) and exact not in self.mid_sentence and (exact.isupper() or names.opens_sentence(text, start)))):
            return False  # "NEEEEVERRRR", "Only if …", "IF you": emphasis and function words, not names
        if " " in exact:
            return not self.caps_heading(start, end)  # "THE FRONT", "WORLD NEWS": a heading in capitals
        # The small models guess from the capital: a heading in capitals ("ANALYSIS") or a first
        # word that reads as a common word ("Following", "Government") is taken only if
        # capitalised mid-sentence.
        if self.caps_heading(start, end):
            return exact in self.mid_sentence or exact in self.running_caps  # "NASA IS A WASTE" beside "NASA said"
        if names.opens_sentence(text, start) and len(exact) > 5 and _COMMON_ENDING.search(exact):
            return exact in self.mid_sentence  # "Essentially", "Following"; not "Fred", "Kelly", "Lily"
        return not self.common_first_word(start, end) and not _POSSESSIVE_BEFORE.search(text, max(0, start - 8), start)

