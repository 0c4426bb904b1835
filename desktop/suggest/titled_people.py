"""Titled people: a title and its role words, then a name of one to three capitalised words
("Foreign Minister Sergey Lavrov", "Президент России Владимир Путин", and, with the role before the title
word, "Kazakistan Tarım Bakanı Aidarbek Saparov"), and people named after a trade ("Sanatçı Gülin Tokat").

Public API: :func:`people`, the titled people of a text as actor suggestions (role in ``attributes["role"]``).
Used by :func:`desktop.suggest.detect.detect` and :func:`desktop.suggest.detect.entity_type`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from collections.abc import Callable

from desktop.meaning.lexicon import lower_case_words
from desktop.suggest import events, gazetteer, guess_spans, kazakh_heads, names, organisations, trades, words
from desktop.suggest.english_contracts import HONORIFICS
from desktop.suggest.given_names import COMMON_GIVEN_NAMES, GIVEN_NAMES
from desktop.suggest.known_places import is_known_place as _is_known_place
from desktop.suggest.matcher import gazetteer_matcher as _gazetteer
from desktop.suggest.suggestion import Suggestion
from desktop.suggest.suggestion import actor as _actor

__all__ = ["body_and_holder_spans", "name_after_lower_case_title", "people"]

_UP, _LOW, _WORD, _WORD_RE = words.UP, words.LOW, words.WORD, words.WORD_RE


def _is_cap(word: str) -> bool:
    return bool(word) and word[0].isupper()


_CONNECT_EN = {"of", "the", "for", "to", "and", "on"}
_CONNECT_RU = {"и", "в", "по", "при", "на"}
_CONNECT_TR = {"ve"}

_ROLE_WORDS_EN = set(
    """Agriculture Foreign Affairs Economy Economic Finance Finances Trade Integration Energy
    Industry Infrastructure Development Transport Defence Defense Interior Internal Justice Health
    Education Science Higher Labour Labor Social Protection Population Digital Digitalization
    Emergency Emergencies Situations Ecology Natural Resources Environment Culture Sports Information
    Communications National Board Directors Management Republic State Security Council Committee
    Minister Ministers Ministry President Prime Deputy Vice First Chairman Chairwoman Chair
    Ambassador Extraordinary Plenipotentiary Special Representative Envoy General Secretary Head
    Bank Central Commerce Investment Investments Water Irrigation Innovation Innovations Government
    Cabinet Executive Governing Parliament Senate Majilis Mazhilis Customs Revenue Statistics
    Strategic Planning Reforms Presidential Administration Office Chief Staff Acting Former
    Agency Union Kazakh Tajik Uzbek Kyrgyz Turkmen Russian Chinese Turkish Afghan European American
    Iranian Azerbaijani Georgian Belarusian Ukrainian Mongolian Indian Pakistani British German
    French Italian Japanese Korean Eurasian Asian International Regional Affair Relations Region
    City Province Oblast Mission Delegation Embassy Consul Consulate Federal Speaker Upper Lower
    House Assembly Supreme Court Authority Service Services Department Commission Corporation Fund""".split()
)
_ROLE_WORDS_TR = set(
    """Tarım Dışişleri Dış İçişleri Ekonomi Ticaret Enerji Maliye Hazine Savunma Milli Sanayi
    Teknoloji Ulaştırma Altyapı Yönetim Kurulu Eğitim Sağlık Adalet Ulusal Merkez Bankası
    Bakanı Bakan Bakanlığı Cumhurbaşkanı Başbakan Başbakanı Yardımcısı Büyükelçisi Başkanı Başkan
    Genel Sekreteri Valisi Sözcüsü Cumhuriyeti Devlet Dijital Kalkınma Yatırım Çalışma Sosyal
    Güvenlik Kültür Turizm Çevre Şehircilik Tarımı Orman Su Kaynakları Enerjisi Meclisi Meclis
    Komitesi Konseyi Ajansı Heyeti Kazak Tacik Özbek Kırgız Türkmen Rus Çin Türk Kazakistan'ın""".split()
)

_TITLE_EN = re.compile(
    r"(?<![\w’'])(?:(?:[Ff]irst\s+)?(?:[Dd]eputy\s+|[Vv]ice[- ])?)?"
    r"(?:[Pp]rime\s+[Mm]inister|(?:Foreign|Finance|Trade|Economy|Energy|Agriculture|Defen[cs]e|Interior)\s+[Mm]inister"
    r"|[Mm]inister|[Pp]resident|[Aa]mbassador|[Cc]hair(?:man|woman|person)?|Director(?:-General|\s+General)?"
    r"|[Gg]overnor|[Mm]ayor|[Aa]kim|Secretary[- ]General|[Ss]ecretary|[Hh]ead|[Ss]peaker|CEO"
    r"|[Ss]pokes(?:person|man|woman)|Commissioner|[Ee]nvoy|Special\s+Representative|Senator|Emir|King"
    r"|Crown\s+Prince|Sheikh|[Ll]eader|[Cc]hief\s+[Ee]xecutive|[Ff]ounder|[Cc]hancellor|[Jj]udge|[Cc]oach"
    r"|[Cc]ongress(?:man|woman)|[Aa]ttorney\s+[Gg]eneral|[Pp]rosecutor|[Cc]ommander|Queen|Prince|Princess|Pope)(?![\w’'-])"
)
_TITLE_RU = re.compile(
    r"(?<![\w-])(?:[Пп]ервы[йм]\s+)?(?:[Зз]аместител[ьяем]{1,2}\s+|[Вв]ице-)?"
    r"(?:[Пп]ремьер-министр[а-я]{0,3}|[Мм]инистр[а-я]{0,3}|[Пп]резидент[а-я]{0,3}|[Пп]ос[оа]л[а-я]{0,3}"
    r"|[Пп]редседател[а-я]{1,3}|[Гг]лав[а-я]{1,2}|[Аа]кима?|[Мм]эр[а-я]{0,2}|[Гг]убернатор[а-я]{0,2}"
    r"|[Гг]енеральн[а-я]{2}\s+секретар[а-я]{1,2}|[Гг]енсек[а-я]{0,2}|[Вв]ице-премьер[а-я]{0,3})(?![\w-])"
)
_TITLE_TR = re.compile(
    r"(?<![\w])(?:Cumhurbaşkanı|Başbakan\s+Yardımcısı|Başbakanı|Başbakan|Bakan\s+Yardımcısı|Bakanı"
    r"|Büyükelçisi|Yönetim\s+Kurulu\s+Başkanı|Başkanı|Genel\s+Sekreteri|Valisi|Sözcüsü)(?![\w])"
)


_GAP_RE = re.compile(r"[ \u00a0]*")


def _tokens_from(text: str, pos: int, limit: int = 14) -> list[tuple[int, int, str]]:
    """The words after ``pos`` that are separated by spaces only (no punctuation)."""
    out: list[tuple[int, int, str]] = []
    while len(out) < limit:
        gap = _GAP_RE.match(text, pos)
        assert gap is not None
        if gap.end() == pos:  # words must be separated by a space
            break
        m = _WORD_RE.match(text, gap.end())
        if m is None:
            break
        out.append((m.start(), m.end(), m.group()))
        pos = m.end()
    return out


_RU_ADJECTIVE = re.compile("(?:ск(?:ой|ого|их|ом|ая|ую|ие)|н(?:ого|ому|ую|ые|ых)|ного|ьной)$")
_SUFFIX_RE = re.compile(f"['’][{_LOW}]{{1,5}}$")


def _possessive(word: str) -> bool:
    return word.endswith(("’s", "'s"))


def _role_token(text: str, tok: tuple[int, int, str], vocab: set[str]) -> bool:
    return tok[2] in vocab or _is_known_place(text, tok[0], tok[1])


_ORG_HEAD_WORD = re.compile(names.ORG_HEADS_EN)
_CYRILLIC = re.compile("[А-ЯЁӘҒҚҢӨҰҮҺІ]")
_NAME_PREPOSITIONS = {"Without", "Against", "Sans", "Beyond", "For", "Of", "And", "The"}
_OF_A_NAME = re.compile(rf"[ \u00a0]+(?:of|for)[ \u00a0]+(?:the[ \u00a0]+)?[{_UP}]")
_SERVED = re.compile(r"[ \u00a0](?:for|to)[ \u00a0]+(?:the[ \u00a0]+)?")  # "spokesman for President …", "adviser to the"
_DIVISION_WORD = re.compile(names.DIVISIONS)  # "Nineveh Province": a state's division, not a surname
_OF_BEFORE = re.compile(r"[ \u00a0](?:of|for)[ \u00a0]")  # a title "of" a body, before the name's words


def _person(text: str, title_start: int, role_end: int, name: list[tuple[int, int, str]],
            role_start: int | None = None) -> Suggestion | None:
    if not name or any(t[2] in _NAME_PREPOSITIONS for t in name[:3]):
        return None  # "spokesman for Doctors Without Borders": an organisation's name
    heads = [j for j, t in enumerate(name[:4]) if _ORG_HEAD_WORD.fullmatch(_SUFFIX_RE.sub("", t[2]))]  # "Ministry's" too
    if heads and _OF_BEFORE.search(text, title_start, name[0][0]):  # "Director of the National Hurricane Center
        # (said)": a body's name, then maybe the person's; not a surname that is a head word ("Senator Frank Church")
        role_end, name = name[heads[-1]][1], name[heads[-1] + 1 :]
        if not name:
            return None
    name = name[:3]
    for k in range(2, len(name) + 1):  # the name ends before the first such word, wherever it is of the three
        if kazakh_heads.place_after_name(text, name[0][0], name[k - 1][1], person=True) is not None:
            name = name[: k - 1]  # "Президент Тоқаев Астанада": the place where; "Бектенов Үкімет отырысында": the Government's
            break
    if len(name) == 1 and _CYRILLIC.match(name[0][2]) and (_is_known_place(text, name[0][0], name[0][1])
                                                          or names.seat_of_government(name[0][2])):
        return None  # "Президент Ақордаға келді": the holder goes to a place; not "President Kennedy"
    last = name[-1]
    end = last[1]
    suffix = _SUFFIX_RE.search(last[2])  # "Tokayev’s", "Chavez'in": the name ends before
    if suffix is not None:
        end -= len(suffix.group())
    elif "-" in last[2][1:] and guess_spans.pair_noun_after(text, end):
        end = last[0] + last[2].index("-", 1)  # "Президент Тоқаев-Путин кездесуі": two people meet
    name_text = text[name[0][0] : end]
    if len(name_text) < 2 or not name_text[0].isupper() or name_text.isupper():
        return None  # "главой ВГИК": an acronym is an organisation, not a name
    role = " ".join(text[title_start if role_start is None else role_start : role_end].split())
    return Suggestion(
        "actor", title_start, end, text[title_start:end],
        {"name": name_text, "type": "person", "role": role}, 0.8,
    )


def _end(tok: tuple[int, int, str]) -> int:
    """Where a name's last word ends, before a possessive's "'s"."""
    return tok[1] - 2 if _possessive(tok[2]) else tok[1]


def _body(text: str, start: int, end: int) -> Suggestion:
    """The body or place a title is held in ("the head of the Interior Ministry's police", "the commander of Nineveh
    Province"): a place if the gazetteer knows it or a division's word ends it."""
    name = text[start:end]
    known = gazetteer.types_by_form().get(name.casefold())
    kind = known[1] if known else "place" if _DIVISION_WORD.fullmatch(name.split()[-1]) else "organisation"
    return _actor(start, end, text, {"name": name, "type": kind}, 0.7)


_WORD_BEFORE = re.compile(rf"(?<![\w’'.-])([{_UP}][{_LOW}]+)\.?[ \u00a0]+$")
_SAYS_AFTER = re.compile(r"[ \u00a0]+(?:said|says|told|added)(?![\w’'-])")
_CAPITALISED_BEFORE = re.compile(rf"[{_UP}][\w’'-]*[ \u00a0]+$")


def _surname_elsewhere(text: str, word: str) -> bool:
    """``word``, read after a title "of" and a body's word ("the head of Gazprom Miller"), is a person's surname
    somewhere else in ``text``: after a common given name or an honorific ("Peter Miller", "Mr Miller"), or alone before
    a verb of speaking ("Miller said"). Not a body's head word, a division's or a common word ("Goldman Sachs",
    "Nineveh Province"); a capitalised word before it is no evidence ("the Ottoman Empire", "Outer Space"). Each
    occurrence is found by a literal search; only the few words around it are read."""
    if (len(word) < 2 or not word[0].isupper() or word.isupper() or _ORG_HEAD_WORD.fullmatch(word)
            or _DIVISION_WORD.fullmatch(word) or word.casefold() in lower_case_words()):
        return False
    for pos in words.whole_word_starts(text, word):
        before = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
        if before is not None and (before.group(1) in GIVEN_NAMES or before.group(1) in COMMON_GIVEN_NAMES
                                   or before.group(1) in HONORIFICS):
            return True
        if _SAYS_AFTER.match(text, pos + len(word)) and _CAPITALISED_BEFORE.search(text, max(0, pos - 30), pos) is None:
            return True
    return False


_CAPITAL_AFTER = re.compile(rf"[ \u00a0]+[{_UP}]")


def _body_alone_elsewhere(text: str, body: str) -> bool:
    """``body``, the first of two words after a title "of" ("the head of Gazprom Miller"), names a body on its own: a
    known company, or written elsewhere in ``text`` with no capitalised word before or after it ("Gazprom said",
    "BP's shares"). Else the two words are as likely one firm named after a person ("the head of Morgan Stanley",
    "the head of Goldman Sachs" with "Jeffrey Sachs said" elsewhere)."""
    if body in organisations.COMPANIES:
        return True
    return any(_CAPITAL_AFTER.match(text, pos + len(body)) is None
               and _CAPITALISED_BEFORE.search(text, max(0, pos - 30), pos) is None
               for pos in words.whole_word_starts(text, body))


def _parse_after_title(
    text: str, title: re.Match[str], connectors: set[str], vocab: set[str], russian: bool
) -> list[Suggestion]:
    """Read role words after a title until a name (1–3 capitalised words): the holder, or the body the title is
    held in, or both ("the head of Gazprom Miller")."""
    tokens = _tokens_from(text, title.end())
    role_end = title.end()
    after_object_slot = False  # the previous word asks for an object ("of", genitive)
    i = 0
    lower_run = 0
    while i < len(tokens):
        tok = tokens[i]
        word = tok[2]
        if word in connectors:
            after_object_slot = True
            i += 1
            continue
        if not _is_cap(word):
            if russian and lower_run < 5 and not _possessive(word):
                lower_run += 1
                role_end = tok[1]
                after_object_slot = True
                i += 1
                continue
            return []
        # a run of capitalised words
        run = []
        while i < len(tokens) and _is_cap(tokens[i][2]):
            run.append(tokens[i])
            i += 1
            if _possessive(run[-1][2]):
                break
        k = 0
        # a place right after an English title is a name's word ("President Vladimir Putin": the
        # city Vladimir); after "of" or in Russian's genitive it is the role's ("Президент России")
        places_too = russian or after_object_slot
        while k < len(run) and (run[k][2] in vocab or (places_too and _role_token(text, run[k], vocab))) and not _possessive(run[k][2]):
            hit = _gazetteer().match_at(text, run[k][0])
            k += 1
            while hit is not None and k < len(run) and run[k][1] <= hit[0]:
                k += 1  # "the United States": the place's other words are the role's too
        rest = run[k:]
        if russian and any(_RU_ADJECTIVE.search(t[2]) for t in rest):
            return []  # "главы Московской Хельсинской группы": adjectives, not a name
        if k:
            role_end = run[k - 1][1]
        if not rest:
            if i < len(tokens) and tokens[i][2] in connectors:
                continue
            return []
        if not russian and i - len(run) > 0 and tokens[i - len(run) - 1][2] == "the" and _OF_A_NAME.match(text, run[-1][1]):
            return []  # "president of the International Brotherhood of Magicians": a body, not a name
        if (not russian and after_object_slot and len(rest) == 1 and _possessive(rest[0][2])
                and _ORG_HEAD_WORD.fullmatch(rest[0][2][:-2])):
            return [_body(text, run[0][0], _end(rest[0]))]  # "the head of the Interior Ministry's police": the body's
        if not russian and after_object_slot and k == 0 and len(rest) <= 2:
            # "head of Jihad", "president of Microsoft": the body, not a name; of two words ("leader of Al Qaeda",
            # "head of Goldman Sachs", "the commander of Nineveh Province") the body is named, not a person "Qaeda".
            # A body and a bare surname ("the head of Gazprom Miller") only where the text writes the second word as a
            # surname elsewhere ("Mr Miller", "Peter Miller", "Miller said") and the first word as a body alone (a known
            # company, "Gazprom said"; else a firm named after a person: "Morgan Stanley", "Goldman Sachs"): the body,
            # then the holder, its title its role only (the body's span stands between them); not after "the" ("the
            # Sikh Empire"), nor where the second word is a known place ("Stanley")
            if len(rest) == 1:
                return []
            the_before = i - len(run) > 0 and tokens[i - len(run) - 1][2] == "the"
            surname = rest[1][2][:-2] if _possessive(rest[1][2]) else rest[1][2]
            if (not the_before and _surname_elsewhere(text, surname) and _body_alone_elsewhere(text, rest[0][2])
                    and not _is_known_place(text, rest[1][0], rest[1][0] + len(surname))  # "Stanley": no holder stays
                    and text.count(f"{rest[0][2]} {surname}") < 2):  # "Goldman Sachs fell … the head of Goldman Sachs"
                holder = _person(text, title.start(), rest[0][1], rest[1:])
                return [_body(text, rest[0][0], rest[0][1])] + (
                    [replace(holder, start=rest[1][0], exact=text[rest[1][0] : holder.end])] if holder is not None else [])
            return [_body(text, rest[0][0], _end(rest[-1]))]
        if not russian and after_object_slot and k == 0 and tokens[i - len(run) - 1][2] == "the":
            # "head of the FBI Robert Mueller", "head of the World Health Organization Tedros Adhanom Ghebreyesus": the
            # holder's name opens at a common given name or after the body's head word; with neither, the body's and
            # the name's words cannot be told apart ("the Taliban Hibatullah Akhundzada", "the Independent System
            # Operator"): the first word is the body's, as for a body without "the"
            heads = [j for j in range(len(rest) - 1) if _ORG_HEAD_WORD.fullmatch(rest[j][2])]
            given = heads[-1] + 1 if heads else next((j for j in range(1, len(rest)) if rest[j][2] in COMMON_GIVEN_NAMES), 1)
            role_end, rest = rest[given - 1][1], rest[given:]
        elif after_object_slot and k == 0 and len(rest) >= 3:  # (two words after an English title: a body, above)
            role_end = rest[0][1]
            rest = rest[1:]
        holder = _person(text, title.start(), role_end, rest)
        return [holder] if holder is not None else []
    return []


_TR_BOARD = re.compile(r"Yönetim\s+Kurulu\s+")  # a company's board, its name's own after the company's
# Words of a title's own before its head ("Genel Başkanı", "Grup Başkanı", "Belediye Başkanı", "Genel Müdür Yardımcısı")
_TR_QUALIFIERS_BEFORE = re.compile(r"(?<![\w’'])(?:(?:Genel|Grup|Belediye|Büyükşehir|İl|Bölge|Onursal)[ \u00a0]+)+$")
# A Turkish compound's head in the possessive ("Yardımcısı", "Bankası", "Kaynakları"): a title goes on with it.
_TR_POSSESSIVE_HEAD = re.compile("[ıiuü]$")
# A city's own qualifiers after its name ("Ankara Büyükşehir Belediye Başkanı"): the city is a place of its own
_TR_PLACE_QUALIFIERS = re.compile(r"(?:(?:Büyükşehir|İl|Bölge)[ \u00a0]+)+")
# An organisation's head right before a title ("Merkez Bankası Başkanı", "Sağlık Bakanlığı Sözcüsü", "Fenerbahçe Kulübü
# Başkanı"); "Dışişleri", "Eğitim" are a minister's own words
_TR_ORG_HEAD = re.compile(r"(?:[sğy][ıiuü]|Kurulu|Kurumu|Kulübü|Vakfı|Holding|Grubu)[ \u00a0]+$")
_TR_COMPOUND_HEAD = re.compile("(?:s|ğ)[ıiuü]$")  # "Bankası", "Bakanlığı" (not a surname's "-li": "Bahçeli")


def _given_name_after_title(text: str, tokens: list[tuple[int, int, str]], i: int) -> bool:
    """``tokens[i]``, right after a Turkish title word, is a role word or a place ("Devlet", "Fatih") that
    opens the holder's name: no compound's head, and a capitalised word that is neither follows it."""
    word = tokens[i][2]
    if word in _CONNECT_TR or _TR_POSSESSIVE_HEAD.search(word) or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    stem = nxt[2].split("'")[0].split("’")[0]
    if not _is_cap(stem) or len(stem) < 2 or stem in _ROLE_WORDS_TR or _TR_COMPOUND_HEAD.search(stem):
        return False
    # two places in a row are the role's and the place where ("Büyükelçisi Kazakistan Astana'da"), not a name
    return not (_is_known_place(text, tokens[i][0], tokens[i][1]) and _is_known_place(text, nxt[0], nxt[0] + len(stem)))


def _people_tr(text: str, title: re.Match[str]) -> Suggestion | None:
    """Turkish puts the role before the title word: "Kazakistan Tarım Bakanı Aidarbek Saparov"."""
    start = title.start()
    qualified = _TR_QUALIFIERS_BEFORE.search(text, max(0, start - 40), start)
    title_start = start = qualified.start() if qualified is not None else start  # "Genel Başkanı", "Grup Başkanı"
    # walk back over role words and known places
    base = max(0, start - 80)
    role_start: int | None = None  # where the role's text starts when the span starts later
    for m in reversed(list(re.finditer(_WORD, text[base:start]))):
        s, e, word = base + m.start(), base + m.end(), m.group()
        if text[e:start].strip(" \u00a0") or "'" in word or "’" in word:
            break  # punctuation between, or a case-suffixed noun ("Astana'da")
        if not (_role_token(text, (s, e, word), _ROLE_WORDS_TR) or word == "ve"):
            board = _TR_BOARD.match(text, title_start)
            if _is_cap(word) and not names.opens_sentence(text, s) and (board is not None or _TR_ORG_HEAD.search(
                    text, max(0, title_start - 40), title_start) is not None):  # "Türkiye Cumhuriyet Merkez Bankası
                # Başkanı", "Sabancı Holding Yönetim Kurulu Başkanı": the words before the title end an organisation's
                # name, the role keeps the office's words ("Merkez Bankası Başkanı"); not after a person's name,
                # "Erdoğan Dışişleri Bakanı Hakan Fidan'ı"
                role_start, start = start, board.end() if board is not None else title_start
            break
        places = _TR_PLACE_QUALIFIERS.match(text, start)
        if places is not None and word != "ve" and _is_known_place(text, s, e):
            role_start, start = s, places.end()  # "Ankara Büyükşehir Belediye Başkanı": the city apart, in the role
            break
        start = s
    while text[start:].startswith("ve "):
        start += 3
    tokens = _tokens_from(text, title.end())
    role_end = title.end()
    i = 0
    while i < len(tokens) and (tokens[i][2] in _CONNECT_TR or _role_token(text, tokens[i], _ROLE_WORDS_TR)):
        if _given_name_after_title(text, tokens, i):
            break  # "Başkanı Fatih Karahan", "Genel Başkanı Devlet Bahçeli": the name's first word
        if tokens[i][2] not in _CONNECT_TR:
            role_end = tokens[i][1]
        i += 1
    if i and tokens[i - 1][2] in _CONNECT_TR:
        return None  # "Başkanı ve İş …": a second subject, not a name
    name: list[tuple[int, int, str]] = []
    first = i if i < len(tokens) and _given_name_after_title(text, tokens, i) else -1  # "Devlet" of "Devlet Bahçeli"
    while i < len(tokens) and _is_cap(tokens[i][2]) and (tokens[i][2] not in _ROLE_WORDS_TR or i == first):
        if name and _SUFFIX_RE.search(tokens[i][2]) and _is_known_place(text, tokens[i][0], tokens[i][1]):
            break  # "Özgür Özel İstanbul'da": the place where, not the name
        if name and events.names_an_award(text, tokens[i][0], tokens[i][1]):
            break  # "Cumhurbaşkanı Erdoğan Türkiye Kupası finalini": the cup's name, not the name's
        if name and organisations.turkish_body_at(text, tokens[i][0]):
            break  # "Cumhurbaşkanı Erdoğan Anayasa Mahkemesi kararını": the court, not the name's
        name.append(tokens[i])
        i += 1
    return _person(text, start, role_end, name, role_start)


def people(text: str, tick: Callable[[], None] = lambda: None) -> list[Suggestion]:
    """Titled people; ``tick()`` is called once, before the trades (a report and a cancel point of detection)."""
    out: list[Suggestion] = []
    covered = 0
    for rx, connectors, vocab, russian in (
        (_TITLE_EN, _CONNECT_EN, _ROLE_WORDS_EN, False),
        (_TITLE_RU, _CONNECT_RU, set(), True),
    ):
        covered = 0
        for m in rx.finditer(text):
            if m.start() < covered:
                continue
            found = _parse_after_title(text, m, connectors, vocab, russian)
            if found and not names.after_ship_prefix(text, found[0].start):  # not "HMS Queen Elizabeth"
                out.extend(found)
                covered = found[-1].end
    tick()
    for start, end, name, role in trades.trade_people(text, _is_known_place):  # "Sanatçı Gülin Tokat", "Bakan Fidan"
        if organisations.turkish_head_last(name):
            continue  # "Futbolcu Türkiye Futbol Federasyonu": an organisation's name
        out.append(_actor(start, end, text, {"name": name, "type": "person", **({"role": role} if role else {})}, 0.7))
    covered = 0
    for m in _TITLE_TR.finditer(text):
        if m.start() < covered:
            continue
        s = _people_tr(text, m)
        if s is not None:
            out.append(s)
            covered = s.end
    return out


def body_and_holder_spans(people_: list[Suggestion]) -> frozenset[tuple[int, int]]:
    """The spans that join a body and the holder of a title in it that :func:`people` read apart ("the head of Gazprom
    Miller": Gazprom, then Miller with the role "head of Gazprom"): a recogniser's one name over both is neither."""
    return frozenset((body.start, holder.end) for body, holder in zip(people_, people_[1:])
                     if body.attributes.get("type") != "person" and holder.attributes.get("type") == "person"
                     and 0 < holder.start - body.end <= 2 and str(holder.attributes.get("role", "")).endswith(" of " + body.exact))


def name_after_lower_case_title(text: str, s: Suggestion) -> Suggestion:
    """A titled person whose English title is written in lower case, a common noun before the name ("police
    spokesman Mike Blakemore", "the French president Emmanuel Macron", "prime minister Sheikh Hasina"), as its
    name alone: the title stays its role. A title in capitals is the name's own ("President Bush",
    "Prime Minister Iyad Allawi"), and so is a Russian one."""
    name = str(s.attributes.get("name") or "")
    if (s.attributes.get("type") != "person" or not s.attributes.get("role") or not name
            or not "a" <= text[s.start] <= "z" or not s.exact.endswith(name) or len(name) >= len(s.exact)):
        return s
    start = s.end - len(name)
    served = _SERVED.search(text, s.start, start)
    title = _TITLE_EN.match(text, served.end()) if served is not None else None
    if title is not None and title.group()[0].isupper():  # "a spokesman for President Clinton": the President
        role = " ".join(text[title.start() : start].split())
        return replace(s, start=title.start(), exact=text[title.start() : s.end], attributes={**s.attributes, "role": role})
    return replace(s, start=start, exact=text[start : s.end])
