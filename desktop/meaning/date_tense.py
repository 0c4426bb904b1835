"""Whether the clause around a relative date speaks of the future or the past.

A weekday alone ("Wednesday") is the latest such day up to the publication date, unless
its clause is clearly about the future: "talks are due to resume Wednesday", "will meet on
Monday", "состоится в среду", "Salı günü toplanacak".  "This weekend" in a text of Monday
to Wednesday is the weekend just gone when its clause is in the past ("took place this
weekend").

The cues, looked for in the sentence around the date (up to 160 characters each side,
never across ``.``, ``!``, ``?``, ``;`` or a line break); the cue nearest to the date wins,
and without one the tense is unknown:

* future — English "will", "'ll", "shall", "won't", "is/are due", "is/are to" + verb,
  "scheduled", "set to", "expected to", "is supposed to", a condition in the present ("if I happen to be",
  "if they decide": what may come; not "if it is", nor "sure/know/wonder/ask/see/check if", which ask
  whether), "plan(s/ned) to", "going to", "look(ing) forward",
  a timetable in the present ("starts", "begins", "resumes", "kicks off", "takes place", "expires":
  "the trial starts Monday"; after a plural or a pronoun "talks begin Monday", "my exams start
  on Monday", "we start Monday"; not the noun: "a bright start on Saturday", "did not start";
  not "opens", often a habit: "the market opens early");
  preparation in the present ("is bracing for", "are preparing for", "is gearing up for",
  "are getting ready for", "braces for", "prepares for": "the city is bracing for a storm on
  Tuesday"; "was bracing" is past; Russian "готовится/готовятся", Turkish "hazırlanıyor");
  Russian "будет/будут", "состоится/состоятся", "пройдёт", "начнётся", "планирует(ся)",
  "намерен", "собирается", "ожидается", "предстоит" and common perfective futures
  ("встретятся", "проведут", "посетит"); Turkish verbs in the future tense ("-acak/-ecek":
  "toplanacak", "yapılacak", "gerçekleşecek"), "planlanıyor", "bekleniyor"; a date right after a verb of
  postponement and its preposition, whatever the verb's tense ("was postponed until Friday", "перенесли на
  пятницу", "отложили до среды");
* past — English "said", "told", "was", "were", "had", "did", common irregular pasts
  ("met", "began", "took", "held", "grew") and lower-case words in "-ed" (not "scheduled",
  "expected", "planned", "supposed", "set"); Russian past-tense verbs ("-л", "-ла", "-ло", "-ли":
  "заявил", "прошла", "были", after a consonant the stems of verbs "перенесли", "смогли", "пришли", "умерла", and
  masculine pasts without -л "вырос", "достиг", "погиб", "принёс"; not nouns such as "канал", "генерал", "начало",
  "цикла", "вопрос", "бизнес", nor nouns and adverbs of the shape of a past after a vowel: "о" before "л"
  without -ся ("школа", "около", "роли"), a case of a listed noun ("канала", "стола"), a word after a
  preposition ("для дела"), and "сила", "дело", "мало", "медали", … ); Turkish
  verbs in the past tense ("-dı/-di/-du/-dü", "-tı…", "-mış…": "toplandı", "söyledi";
  not "kendi", "şimdi"); a participle after "be" is none ("is to be held"), nor one after a present or bare "stay",
  "remain", "keep", "get" ("will stay closed", "remains shut").
"""

from __future__ import annotations

import re

FUTURE, PAST, UNKNOWN = 1, -1, 0

_PREPARING = r"(?:(?:now|already|also|busy|still)\s+)?(?:bracing|preparing|gearing\s+up|getting\s+ready|readying)"
_FUTURE = re.compile(
    r"(?<![^\W_])(?:will|shall|won['’]t|(?:is|are|am|was|were)\s+due|(?:is|are)\s+to\s+[a-z]+|scheduled|set\s+to"
    r"|expected\s+to|plans?\s+to|planned|planning|going\s+to|gonna|look(?:s|ing)?\s+forward|upcoming"
    r"|starts|begins|resumes|kicks\s+off|takes\s+place|expires"
    r"|(?:(?<=s\s)|(?<=\bI\s)|(?<=\bwe\s)|(?<=\byou\s)|(?<=\bthey\s))(?<!\bhis\s)(?<!\bits\s)(?<!\bthis\s)(?<!\bwas\s)"
    r"(?<!\bhas\s)(?<!\bis\s)(?:start|begin|resume)(?!\s+of\b)"
    rf"|(?:is|are|am)\s+{_PREPARING}"
    r"|braces\s+for|prepares\s+(?:for|to)"
    r"|будет|будут|буду|состоится|состоятся|пройд[её]т|пройдут|начн[её]тся|начнутся|планиру[а-яё]*|намерен[аоы]?"
    r"|собира[а-яё]*|ожида[её]тся|ожидаются|предстоит|встрет(?:ит|ятся|ится)|провед[её]т|проведут|посетит|выступит"
    r"|откро[её]тся|заверш(?:ится|атся)|соберутся|готов(?:ит|ят)ся|hazırlan[ıi]yor(?:lar)?"
    r"|[a-zçğıöşü]+[ae]c[ae](?:k|ğ)[a-zçğıöşü]*|planlan[ıi]yor|bekleniyor"
    r"|(?:is|are|am)\s+supposed\s+to"
    r"|(?<!sure\s)(?<!know\s)(?<!wonder\s)(?<!ask\s)(?<!asked\s)(?<!see\s)(?<!check\s)"
    r"if\s+(?:I|we|you|they|he|she|it)\s+(?:happens?|gets?|goes|go|comes?|wants?|needs?|decides?|plans?)"
    rf")(?![^\W_])|['’]ll(?![^\W_])|['’](?:re|s)\s+{_PREPARING}(?![^\W_])|['’](?:m|re|s)\s+supposed\s+to(?![^\W_])",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"(?<![^\W_])(?:said|told|was|were|had|did|met|began|took|held|came|went|left|made|gave|got|saw|found|won|lost"
    r"|ran|spoke|wrote|sent|fell|rose|struck|fought|flew|became|brought|thought|knew|paid|led|kept|sold|stood|broke"
    r"|grew|spent|built|taught|bought|sought|chose|drove|drew|shot|threw|ate|forgot|hid|sang|swore|woke"
    r"|(?-i:[a-z]{2,}ed)"
    r"|(?-i:[а-яё]+[аеёиоуыяэ]л(?:[аои])?(?:сь|ся)?)"
    # after a consonant, the stems of verbs only ("перенесли", "привезла", "смогли", "пришли", "умерла", "сожгли"; not
    # the nouns "цикла", "мюзикла", "спектакли", "кегли", "стёкла")
    r"|(?-i:[а-яё]*(?:н[её]с|в[её]з|л[её]з|мог|тек|пек|жг|с[её]к|ш|мер|т[её]р|п[её]р|рос|стиг|гиб|лег|гр[её]б|берег"
    r"|стриг|пол?з|чез|ник|вык)л[аио](?:сь)?)"
    # masculine pasts without -л ("индекс вырос", "достиг", "погиб", "не смог", "принёс"; not "вопрос", "спрос", "бизнес",
    # "размер": a prefix and a stem, from the word's start)
    r"|(?-i:(?:вы|воз|под|при|пере|за)?рос|(?:с|по|за|)мог|(?:до|на)?стиг|погиб|исчез|(?:воз|в|про)ник|привык|(?:у|по)м[её]р"
    r"|(?:при|пере|вы|по|у|за|от|под|на|про|до|с|в|)н[её]с|(?:при|вы|у|за|от|пере|до|с|в)в[её]з|(?:с|под|)ж[её]г"
    r"|(?:с|за|)л[её]г|замерз|замёрз|окреп|иссяк)"
    r"|(?-i:[a-zçğıöşü]{2,}(?:[dt][ıiuü]|m[ıiuü]ş)(?:lar|ler|k|m|n|n[ıiuü]z)?)"
    r")(?![^\W_])(?![ \u00a0]+бы(?![^\W_]))",  # "мог бы приехать", "смогли бы": a condition, no past
    re.IGNORECASE,
)
_NOT_PAST = {
    "scheduled", "expected", "planned", "supposed", "set", "need", "indeed", "red", "bed", "seed", "speed", "feed", "shed",
    "canal", "канал", "генерал", "материал", "сериал", "капитал", "финал", "идеал", "сигнал", "журнал", "персонал",
    "потенциал", "арсенал", "трибунал", "минерал", "адмирал", "интервал", "скандал", "карнавал", "вокзал", "подвал",
    "начало", "стол", "пол", "зал", "тыл", "мысли", "числа", "число", "масла", "масло", "смысла", "ремесла", "ремесло",
    "кресла", "кресло", "весла", "весло", "стекла", "стекло", "угла", "узла", "козла", "кукла", "русла", "промысла",
    "замысла", "умысла", "вымысла", "домысла", "помысла", "пекло", "орла", "игла", "мгла", "тепло", "светло", "русло",
    "посла", "свекла", "свёкла", "горло", "горла", "жерло", "жерла", "kendi", "şimdi", "simdi", "haftada", "yeni", "hedi",
    "недели", "неделя", "модели", "цели", "отели", "мебели", "дуэли", "артели", "метели",  # nouns in -ели
    "осталось", "осталась", "остался", "остались",  # a past of present meaning: "До конца года осталось два месяца"
    # Turkish nouns of the shape of a past in -dı ("ordu", army; "adı", its name); those in -tı after a voiced sound
    # ("toplantı", "sıkıntı") are _TR_NOT_PAST_TI's
    "ordu", "ordular", "adı", "yurdu",
}
# The Turkish past is "-tı" only after a voiceless consonant ("yaptı", "arttı", "düştü"; after a vowel or a voiced
# one it is "-dı": "toplandı", "geldi"): "-tı" after any other letter ends a noun ("toplantı", a meeting; "ayrıntılar",
# "kalıntı", "söylenti", "belirti", "saati"), no past cue
_TR_NOT_PAST_TI = re.compile(r"[a-zçğıöşü](?<![çfhkpsşt])t[ıiuü](?:lar|ler)?$", re.IGNORECASE)


def _not_past(word: str) -> bool:
    """Whether ``word`` (lower case), matched by :data:`_PAST`, is none the less no past cue (:data:`_NOT_PAST`, a
    Turkish noun in -tı)."""
    return word in _NOT_PAST or _TR_NOT_PAST_TI.search(word, max(0, len(word) - 6)) is not None
# The Russian past after a vowel ("заявила", "было", "сообщили") has the shape of many nouns and adverbs
# ("школа", "около", "медали", "сила", "дело", "мало"); such a word is no past cue when:
# * the letter before "л" is "о" and the word is not reflexive ("школа", "около", "роли", "футбола"), unless it is a
#   past of the few verbs in "-олоть"/"-ороть"/"-ороться" ("кололи", "смололи", "пороли"; "боролись" is reflexive);
# * it is a case of a noun in "-ал"/"-ел"/"-ил"/"-ол"/"-ыл" of the list above ("канала", "финала", "стола", "тыла");
# * it follows a preposition, which a verb never does ("для дела", "у школы", "без медали");
# * it is one of the nouns and adverbs of _NOT_PAST_RU_VOWEL ("сила", "дело", "мало", "медали", "формула"), or of
#   _NOUN_OR_PAST_RU after an adjective ("Новые правила").
_RU_VOWEL_PAST = re.compile(r"[а-яё]+л[аои]")
_O_VERB_STEMS = ("колол", "молол", "полол", "порол", "борол")
_NOT_PAST_RU_VOWEL = {
    "сила", "дело", "дела", "тело", "тела", "мало", "немало", "зеркало", "зеркала", "правило", "правила", "мерило",
    "чернила", "могила", "горилла", "крыло", "рыло", "формула", "акула", "скула",
    "пчела", "стрела", "тяжело", "весело", "медали", "детали", "педали", "спирали", "магистрали",
    "эмали", "печали", "вдали", "автомобили", "стили", "профили", "мили", "дрели", "постели", "колыбели", "газели",
}
# Nouns and adverbs that are also pasts of common verbs ("Цунами смело деревню", "Королева правила страной",
# "Солнце светило", "умело", "мыло", "шило", "крыла"): nouns only after an adjective ("Новые правила"; not a noun in -ние/-тие, "Наводнение смело мост") or a preposition
_NOUN_OR_PAST_RU = {"смело", "умело", "правила", "светило", "мыло", "шило", "крыла"}
_RU_ADJECTIVE_BEFORE = re.compile(r"[а-яё]{2,}(?:ые|(?<![нт])ие|ое|ее|ый|ий|ой|ая|яя|ых|их|ого|его)[ \u00a0]+$",
                                  re.IGNORECASE)
_RU_PREPOSITION_BEFORE = re.compile(
    r"(?<![^\W_])(?:в|во|на|с|со|из|для|от|по|к|ко|у|о|об|при|без|до|за|под|над|через|около|после|про|между|среди)"
    r"[ \u00a0]+$", re.IGNORECASE)


def _russian_noun_like(word: str, piece: str, start: int) -> bool:
    """Whether the Russian word ``word`` at ``piece[start:]``, of the shape of a past after a vowel, is a noun or
    an adverb (see the rules above)."""
    if _RU_VOWEL_PAST.fullmatch(word) is None:
        return False  # not of the shape, or reflexive: a verb ("боролась", "собрались")
    stem = word[:-1]
    if word in _NOUN_OR_PAST_RU:
        return _RU_ADJECTIVE_BEFORE.search(piece, max(0, start - 24), start) is not None or _RU_PREPOSITION_BEFORE.search(
            piece, max(0, start - 10), start) is not None
    return (word in _NOT_PAST_RU_VOWEL or stem in _NOT_PAST
            or (stem.endswith("ол") and not stem.endswith(_O_VERB_STEMS))
            or _RU_PREPOSITION_BEFORE.search(piece, max(0, start - 10), start) is not None)


_BOUNDARY = re.compile(r"[.!?;\n]")
# a participle after "be" or a present or bare linking verb ("will be held", "will stay closed", "remains shut", "to
# keep closed") is no past of its own; after a past one ("remained closed") the linking verb is the cue.  The bare verb
# only after a modal, "to" or "not"; the present not after a determiner: "The court's stay expired", "the remains
# found", "His stay ended" are nouns before a past
_BE_BEFORE = re.compile(
    r"(?:(?<![^\W_])be|(?:(?<![^\W_])(?:will|would|shall|should|can|could|may|might|must|to|not|never)|n['’]t)\s+"
    r"(?:stay|remain|keep|get)|(?<![^\W_])(?<!the\s)(?<!its\s)(?<!his\s)(?<!her\s)(?<!our\s)(?<!their\s)(?<!['’]s\s)"
    r"(?:stays|remains|keeps|gets))\s+$", re.IGNORECASE)
_REACH = 160


def clause_sides(text: str, start: int, end: int) -> tuple[str, str]:
    """The words of the sentence before and after ``text[start:end]``, each at most
    :data:`_REACH` characters, cut at a sentence or line boundary."""
    left = text[max(0, start - _REACH) : start]
    cut = max((m.end() for m in _BOUNDARY.finditer(left)), default=0)
    right = text[end : end + _REACH]
    stop = _BOUNDARY.search(right)
    return left[cut:], (right[: stop.start()] if stop else right)


# A date right after a verb of postponement and its preposition is one still to come, whatever the verb's tense:
# "the vote was postponed until Friday", "talks were moved to Monday", "заседание перенесли на пятницу",
# "встречу отложили до среды".
# Not "Bitcoin moved to Monday's high" (only "was/were/been/be moved" is a postponement), nor "delayed salaries for
# March" ("for" is a postponement's preposition after "rescheduled" only), nor a date with "'s" (see :func:`clause_tense`).
_POSTPONED_BEFORE = re.compile(
    r"(?<![^\W_])(?:postponed|delayed|(?:was|were|been|be|being)[ \u00a0]+moved|pushed[ \u00a0]+back|rescheduled"
    r"|put[ \u00a0]+off|adjourned|deferred)"
    r"(?:[ \u00a0]+[\w'’-]+){0,3}?[ \u00a0]+(?:to|until|till)[ \u00a0]+$"
    r"|(?<![^\W_])rescheduled[ \u00a0]+for[ \u00a0]+$"  # "was rescheduled for Monday"
    r"|(?<![^\W_])(?:перен[её]с[а-яё]*|отлож[а-яё]*)(?:[ \u00a0]+[\w-]+){0,3}?[ \u00a0]+(?:на|до)[ \u00a0]+$",
    re.IGNORECASE,
)

_POSTPONED_LEAD = re.compile(r"(?:to|until|till|for|на|до)[ \u00a0]+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s(?![^\W_])")


def clause_tense(text: str, start: int, end: int, present: bool = False) -> int:
    """:data:`FUTURE`, :data:`PAST` or :data:`UNKNOWN` for the date at ``text[start:end]``:
    the direction of the tense cue nearest to it in its sentence (see the module docstring).  With
    ``present``, "is" / "are" nearer than any other cue make it :data:`UNKNOWN` and a reporting verb is no
    cue ("The match is this Saturday, the club said": the date's own clause is in the present)."""
    left, right = clause_sides(text, start, end)
    lead = _POSTPONED_LEAD.match(text, start, end)  # the date's own preposition: "до пятницы"
    if not _POSSESSIVE.match(text, end) and _POSTPONED_BEFORE.search(left + lead.group(0) if lead else left):
        return FUTURE  # "postponed until Friday", "перенесли на пятницу"
    best: tuple[int, int] | None = None  # (distance, direction)
    cues = ((_FUTURE, FUTURE), (_PAST, PAST), (_COPULA, UNKNOWN)) if present else ((_FUTURE, FUTURE), (_PAST, PAST))
    for piece, before in ((left, True), (right, False)):
        for rx, direction in cues:
            for m in rx.finditer(piece):
                if direction == PAST and (_not_past(m.group(0).lower()) or _BE_BEFORE.search(piece, 0, m.start())
                                          or _russian_noun_like(m.group(0), piece, m.start())
                                          or (present and m.group(0).lower() in _REPORTING)):
                    continue  # "is to be held", "will be signed": a participle after "be" is no past
                distance = len(piece) - m.end() if before else m.start()
                if best is None or distance < best[0]:
                    best = (distance, direction)
    return best[1] if best else UNKNOWN


# "since 2010": up to now unless its clause is in the past ("had lived there since 1990", "Since
# 2010 he was mayor").  Present and perfect cues; a participle after have/has/had is no past of
# its own ("has lived since 1990"), and a reporting verb says nothing of the clause ("Prices have
# risen since March, officials said").
_PRESENT = re.compile(
    r"(?<![^\W_])(?:has|have|is|are|am|been|remains?|continues?|stays?)(?![^\W_])|['’](?:ve|re)(?![^\W_])",
    re.IGNORECASE,
)
_AUX_BEFORE = re.compile(
    r"(?<![^\W_])(?:has|have|had|been|be)\s+(?:(?:not|never|also|long|already|only|steadily)\s+)?$|['’](?:ve|d)\s+$",
    re.IGNORECASE,
)
_COPULA = re.compile(r"(?<![^\W_])(?:is|are|am)(?![^\W_])|['’]re(?![^\W_])", re.IGNORECASE)
_REPORTING = {"said", "told", "added", "stated", "noted", "wrote", "reported", "claimed", "announced", "explained"}


# Russian has no perfect: a past verb of a change in amount says how much something has changed up
# to now ("С 2010 года цены выросли вдвое", "с января число увеличилось"), and so does a verb of a
# tally of people ("С 2014 года в Донбассе погибли 13 тысяч человек", "с января задержаны").
# Turkish "-dı" and "-mış" after "beri" / "bu yana" are its perfect ("2010'dan beri üç kez seçildi",
# "fiyatlar arttı"); only the past of a past closes the period ("1990'dan beri orada yaşıyordu",
# "yaşamıştı", "çalışmıştı").
_RU_PERFECT = ("вырос", "возрос", "увелич", "уменьш", "сниз", "сократ", "упал", "подорож", "подешев", "удво",
               "утро", "подскоч", "прибав",  # a change in amount; then a tally of people
               "погиб", "умер", "скончал", "пострада", "заболе", "зарази", "задержа", "арестова", "эвакуирова")
_TR_PAST_OF_PAST = re.compile(r"(?:m[ıiuü]şt[ıiuü]|m[ıiuü]şl[ae]rd[ıi]|[dt][ıiuü]yd[ıiuü]|yor(?:lar)?du)(?:k|m|n|lar|ler|n[ıiuü]z)?$", re.IGNORECASE)


def reaches_now(text: str, start: int, end: int, turkish: bool = False, bounded: bool = False) -> bool:
    """Whether a period begun at the date ``text[start:end]`` ("since 2010", "с 2010 года", "2010'dan
    beri" with ``turkish``) goes on up to the time of writing: no past-tense cue nearer to it in its
    sentence than a present or perfect one (see :func:`clause_tense` for the sentence and the past
    cues; a Russian verb of change and a Turkish past that is no past of a past are perfects, unless
    the clause is ``bounded`` by another year: "В 2015 году выручка сократилась с 2012 года"; so bounded,
    a clause needs a present or perfect cue)."""
    left, right = clause_sides(text, start, end)
    best: tuple[int, bool] | None = None  # (distance, past)
    for piece, before in ((left, True), (right, False)):
        for rx, is_past in ((_PRESENT, False), (_PAST, True)):
            for m in rx.finditer(piece):
                word = m.group(0).lower()
                if is_past and (_not_past(word) or word in _REPORTING or _AUX_BEFORE.search(piece, 0, m.start())
                                or _russian_noun_like(m.group(0), piece, m.start())):
                    continue
                # a perfect: "цены выросли", "fiyatlar arttı"
                past = is_past and (bounded or not (word.startswith(_RU_PERFECT)
                                                    or (turkish and not _TR_PAST_OF_PAST.search(word))))
                distance = len(piece) - m.end() if before else m.start()
                if best is None or distance < best[0]:
                    best = (distance, past)
    return not best[1] if best else not bounded  # bounded, with no cue: "К 2015 году цены выросли с 2010 года"
