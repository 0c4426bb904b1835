"""A social network named as the medium of a message, not as an actor (no I/O, no Qt).

News says where a person wrote: "написал в Twitter", "в своём микроблоге в Twitter", "опубликовали
селфи в Facebook", "Twitter hesabından paylaştı", "Instagram'da yazdı". The network is then the
place a message appeared, not a party to the story; the company acts only where it is the subject
or the object ("Facebook удалил этот аккаунт", "основатель Facebook", "Twitter'ı satın aldı").

* Russian: a preposition of place or way ("в", "во", "на", "через", "из") right before the name, with
  at most a few words of the account between ("в своём микроблоге в", "на официальной странице в");
* Turkish: the name with a locative or ablative ending ("Twitter'da", "Instagram'dan") or before the
  word for an account or "through" ("Twitter hesabından", "YouTube kanalında", "Facebook üzerinden").

English is left as it is.
"""

from __future__ import annotations

import re

__all__ = ["medium", "medium_tail"]

# The networks news quotes messages from, in Latin letters and Russian spellings.
_NETWORKS = re.compile(
    r"(?:Twitter|Твиттер|Facebook|Фейсбук|Instagram|Инстаграм|Инстаграмм|YouTube|Youtube|Ютуб|Telegram|Телеграм"
    r"|Телеграмм|TikTok|Тикток|ТикТок|Tumblr|Weibo|Вейбо|WeChat|ВКонтакте|VK|LinkedIn|WhatsApp|Viber|Snapchat"
    r"|Threads|Bluesky|Wikipedia)(?:[еауом]|ом)?|Википеди[яиюей]")  # "в Википедии": the site, as a network
_ACCOUNT_WORDS = (r"сво[её]м|своей|своих|личном|личной|официальном|официальной|микроблоге|аккаунте|странице|канале"
                  r"|блоге|соцсети|социальной|сети|мессенджере|видеохостинге|в|во|на")
_RU_BEFORE = re.compile(rf"(?<![\w-])(?:[Вв]о?|[Нн]а|[Чч]ерез|[Ии]з)(?:[ \u00a0]+(?:{_ACCOUNT_WORDS})){{0,4}}[ \u00a0]+[«\"„“']*$")
_TR_AFTER = re.compile(r"(?:['’](?:d[ae]|t[ae]|d[ae]n|t[ae]n|d[ae]ki|t[ae]ki)(?![\w])"
                       r"|[ \u00a0]+(?:hesab[ıi]|kanal[ıi]|sayfas[ıi]|profil[ıi]|üzerinden|paylaşım))")


def medium(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a social network named as where a message appeared: after a Russian
    preposition ("написал в Twitter") or with a Turkish locative or ablative or an account's word
    after it ("Twitter'dan", "Instagram hesabından")."""
    if _NETWORKS.fullmatch(text, start, end) is None:
        return False
    return _RU_BEFORE.search(text, max(0, start - 60), start) is not None or _TR_AFTER.match(text, end) is not None


_LAST_WORD = re.compile(r"[ \u00a0]+(\S+)$")


def medium_tail(text: str, start: int, end: int) -> int | None:
    """Where a guess ``text[start:end]`` of several words ends when its last word is a network named as a
    medium ("Ali Koç Instagram" of "Ali Koç Instagram'dan açıklama yaptı": Ali Koç), or None."""
    last = _LAST_WORD.search(text, start, end)
    if last is None or not medium(text, last.start(1), end):
        return None
    return last.start()
