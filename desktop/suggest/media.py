"""A social network named as the medium of a message, not as an actor (no I/O, no Qt).

News says where a person wrote: "написал в Twitter", "в своём микроблоге в Twitter", "опубликовали
селфи в Facebook", "Twitter hesabından paylaştı", "Instagram'da yazdı". The network is then the
place a message appeared, not a party to the story; the company acts only where it is the subject
or the object ("Facebook удалил этот аккаунт", "основатель Facebook", "Twitter'ı satın aldı").

* Russian: "в" after a verb of writing ("написал в Twitter", "опубликовала селфи в Instagram"), or an
  account's word between ("в своём микроблоге в", "на официальной странице в"); not "В Facebook
  опровергли" (the company speaks), "штраф на Telegram", "ушёл из Facebook", "инвестировал в Twitter";
* Turkish: the name with a locative or ablative ending before a verb of writing ("Twitter'dan paylaştı",
  "Instagram'da yazdı"; not "Twitter'dan yapılan açıklamada", "Twitter'da çalışan") or before the
  word for an account or "through" ("Twitter hesabından", "YouTube kanalında", "Facebook üzerinden").

English is handled apart, by desktop.suggest.english_things ("follow … on Twitter", "posted a video to Facebook").
"""

from __future__ import annotations

import re

__all__ = ["medium", "medium_tail"]

# The networks news quotes messages from, in Latin letters and Russian spellings.
_NETWORKS = re.compile(
    r"(?:Twitter|Твиттер|Facebook|Фейсбук|Instagram|Инстаграм|Инстаграмм|YouTube|Youtube|Ютуб|Telegram|Телеграм"
    r"|Телеграмм|TikTok|Тикток|ТикТок|Tumblr|Weibo|Вейбо|WeChat|ВКонтакте|VK|LinkedIn|WhatsApp|Viber|Snapchat"
    r"|Threads|Bluesky|Wikipedia)(?:[еауом]|ом)?(?:-канал\w*)?|Википеди[яиюей]")  # "в своём Telegram-канале"  # "в Википедии": the site, as a network
_ACCOUNT_NOUNS = r"сво[её]м|своей|своих|личном|личной|микроблоге|аккаунте|странице|канале|блоге|соцсети|сети|мессенджере|видеохостинге"
_ACCOUNT_WORDS = rf"официальном|официальной|социальной|{_ACCOUNT_NOUNS}|в|во|на"
_OPEN = r"[ \u00a0]+[«\"„“']*$"
# "в своём микроблоге в Twitter", "на странице коллектива в Instagram", "в своём Instagram": an account's word between
_RU_ACCOUNT_BEFORE = re.compile(
    rf"(?<![\w-])(?:[Вв]о?|[Нн]а)(?:[ \u00a0]+(?:{_ACCOUNT_WORDS})){{0,3}}[ \u00a0]+(?:{_ACCOUNT_NOUNS})"
    rf"(?:[ \u00a0]+[а-яё]+)?(?:[ \u00a0]+(?:{_ACCOUNT_WORDS})){{0,3}}{_OPEN}")
# "написал в Twitter", "выложили на YouTube", "2 млн подписчиков в Weibo": a verb (or the followers) of writing at most two words before the preposition; not
# "В Facebook опровергли" (the company speaks), "инвестировал … в Twitter", "штраф на Telegram", "ушёл из Facebook"
_RU_WRITTEN_BEFORE = re.compile(
    r"(?<![\w-])(?:[Нн]аписа|[Пп]иш|[Сс]ообщи|[Оо]публикова|[Пп]убликова|[Рр]азмести|[Вв]ыложи|[Зз]аяви|[Пп]оделил"
    r"|[Оо]тветил|[Оо]бъяви|[Пп]рокомментирова|[Оо]братил|[Зз]апости|[Рр]етвитну|[Пп]одписчик|[Сс]казано|[Гг]оворится|[Уу]казано)\w*"
    rf"(?:[ \u00a0]+[^\s.!?]+){{0,2}}[ \u00a0]+(?:[Вв]о?|[Нн]а|[Чч]ерез){_OPEN}")
_AND_BEFORE = re.compile(r"(?<![\w-])(\w+)[ \u00a0]+(?:и|ve|veya|или)[ \u00a0]+$")
_AND_AFTER = re.compile(r"[ \u00a0]+(?:и|ve|veya|или)[ \u00a0]+(\w+)")
_RU_IN_BEFORE = re.compile(r"(?<![\w-])[Вв][ \u00a0]+$")
_RU_FOLLOWERS_AFTER = re.compile(r"[ \u00a0]+у[ \u00a0]+(?:него|неё|нее|них|нас|меня)(?![\w-])")
# "Twitter'dan paylaştı", "Instagram'da yazdı": a verb of writing after the locative or ablative; not
# "Twitter'dan yapılan açıklamada" (the company speaks), "Twitter'da çalışan mühendisler"
_TR_AFTER = re.compile(r"(?:['’](?:d[ae]|t[ae]|d[ae]n|t[ae]n|d[ae]ki|t[ae]ki)[ \u00a0]+(?:bir[ \u00a0]+)?"
                       r"(?:paylaş|yaz|duyur|açıkla|yayınla|yayımla|seslen|tepki|mesaj|tweet|gönderi|video|fotoğraf|canlı)"
                       r"|[ \u00a0]+(?:hesab[ıi]|hesaplar|kanal[ıi]|kanallar|sayfas[ıi]|profil[ıi]|üzerinden|paylaşım))")


def medium(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a social network named as where a message appeared: after a Russian verb of
    writing and "в" or an account's word ("написал в Twitter", "в своём микроблоге в Twitter"), or with a
    Turkish locative or ablative before a verb of writing or an account's word after it ("Twitter'dan
    paylaştı", "Instagram hesabından"); or joined by "и"/"ve" to a network named so ("написал в Facebook и
    Instagram", "Twitter ve Instagram hesaplarından")."""
    if _NETWORKS.fullmatch(text, start, end) is None:
        return False
    if _medium_alone(text, start, end):
        return True
    before = _AND_BEFORE.search(text, max(0, start - 20), start)
    after = _AND_AFTER.match(text, end)
    return ((before is not None and _NETWORKS.fullmatch(before.group(1)) is not None
             and _medium_alone(text, before.start(1), before.end(1)))
            or (after is not None and _NETWORKS.fullmatch(after.group(1)) is not None
                and _medium_alone(text, after.start(1), after.end(1))))


def _medium_alone(text: str, start: int, end: int) -> bool:
    """:func:`medium` for the network ``text[start:end]`` by the words around it alone."""
    if _TR_AFTER.match(text, end) is not None:
        return True
    if _RU_FOLLOWERS_AFTER.match(text, end) and _RU_IN_BEFORE.search(text, max(0, start - 4), start):
        return True  # "В Weibo у неё более 12 млн подписчиков": an account's followers
    window = max(0, start - 80)
    return (_RU_ACCOUNT_BEFORE.search(text, window, start) is not None
            or _RU_WRITTEN_BEFORE.search(text, window, start) is not None)


_LAST_WORD = re.compile(r"[ \u00a0]+(\S+)$")


def medium_tail(text: str, start: int, end: int) -> int | None:
    """Where a guess ``text[start:end]`` of several words ends when its last word is a network named as a
    medium ("Ali Koç Instagram" of "Ali Koç Instagram'dan açıklama yaptı": Ali Koç), or None."""
    last = _LAST_WORD.search(text, start, end)
    if last is None or not medium(text, last.start(1), end):
        return None
    return last.start()
