"""A post's words alone after a verb that gives the post are no actor (no I/O, no Qt): the small English model reads
"Head Coach" of "she was named Head Coach of the team" and "Chairman and Co-Chief Executive Officer" of "he is the
Chairman and …" as people, though the post there says what the subject is and names no one. A post that stands for
its holder stays ("In passing this office to the Vice President", "follow the Deputy Secretary on Twitter"), as does a
post with a name ("Head Coach Ana Ruiz said"); a one-word title alone is :mod:`desktop.suggest.guesses`' ("the
President"). A division's word and post words right before a person are the first words of the person's title, no place
("County" of "County Clerk Mary Ellis", "State" of "State Senator Ann Lowe": :func:`posts_before_persons`)."""

from __future__ import annotations

import re

from desktop.suggest import gazetteer
from desktop.suggest.english_forenames import TITLES
from desktop.suggest.given_names import COMMON_GIVEN_NAMES, GIVEN_NAMES
from desktop.suggest.suggestion import Suggestion

__all__ = ["OFFICER_TITLE_WORDS", "post_alone", "post_of_a_thing", "posts_before_persons"]

# The words of a company's, a team's or an office's post ("Chief Executive Officer", "Head Coach", "Managing
# Director", "Co-Founder", "Vice President", "Deputy Secretary General"), with "and" between two posts
# The words of a company's officers' titles, shared with :mod:`desktop.suggest.english_things` (after a maker's name,
# no model's name: "Toyota President Akio Toyoda").
OFFICER_TITLE_WORDS = frozenset("""Chief Executive Executives Head Chairman Chairwoman Chair Director Managing President
    Vice Founder Spokesman Spokeswoman Spokesperson""".split())
_POST_WORDS = OFFICER_TITLE_WORDS | frozenset("""Officer Officers Coach Coaches Chairperson Co Directors Manager General
    Deputy Senior Assistant Secretary Treasurer Founders Financial Operating Technology Technical Editor Principal Dean
    Provost Chancellor Commissioner Superintendent Acting Interim Joint and""".split())
_WORD = re.compile(r"[^ \u00a0-]+")
# A verb that gives the subject a post, then the post ("was named Head Coach", "is the Chairman", "served as Vice
# President", "appointed its Managing Director"; "As Chief Executive Officer, she …")
_GIVEN_BEFORE = re.compile(r"(?<![\w’'-])(?:named|appointed|elected|promoted[ \u00a0]+to|became|become|becomes|[Aa]s|is|was"
                           r"|been)[ \u00a0]+(?:(?:the|its|his|her|their|a|an|new|interim|acting)[ \u00a0]+)?$")
# After the post, its holder's mark: a possessive ("is the Head Coach's alone") or a word in lower case that is no
# preposition nor a time's word, mostly a verb or "who" ("as the Vice President said", "was the Chairman who signed")
_HOLDER_AFTER = re.compile(r"[’']s(?!\w)|[ \u00a0]+(?!(?:of|for|at|in|on|and|from|since|until|to|with|during|last|this"
                           r"|next|effective|after|before|by)(?!\w))[a-z]")


def post_alone(text: str, s: Suggestion) -> bool:
    """``s`` is two words or more, each a post's ("Head Coach", "Chief Executive Officer", "Chairman and Co-Chief
    Executive Officer"), none a name's, no store's entity, after a verb that gives the subject that post ("was named
    Head Coach", "is the Chairman and …"): what the subject is, no actor. Not a post that stands for its holder ("to
    the Vice President"; "as the Vice President said", "is the Head Coach's": a verb or a possessive after it), nor a
    post with a name ("Head Coach Ana Ruiz"), nor one word ("Chairman", left to the guesses' titles alone), nor a body
    ("Executive Office")."""
    first = s.exact.split(None, 1)
    if not first or first[0].split("-", 1)[0] not in _POST_WORDS:
        return False  # most suggestions: their first word is a name's
    words = _WORD.findall(s.exact)
    return (len(words) >= 2 and words[0] != "and" and words[-1] != "and"
            and all(word in _POST_WORDS for word in words) and "entity_id" not in s.attributes
            and _GIVEN_BEFORE.search(text, max(0, s.start - 30), s.start) is not None
            and _HOLDER_AFTER.match(text, s.end) is None)


# Adjectives that open a body's or a programme's name: a role that ends on one cut that name ("Director of the National")
_BODY_ADJECTIVES = frozenset("""National International Federal Royal Central Global Regional Local Public Joint United
    Imperial Provincial Municipal European American African Asian""".split())


def post_of_a_thing(s: Suggestion) -> bool:
    """``s`` is a person read as a post "of" a body's or a programme's name cut after its first adjective ("Director of
    the National Iodine Nutrition" of "…, Director of the National Iodine Nutrition study,": role "Director of the
    National", name "Iodine Nutrition"), the rest of that name no given name: the post and a cut name, no person. A name
    stays: "Secretary of the Treasury Janet Yellen", "Minister of Defence Hazem Shaalan" (the role ends on a noun),
    "Director of the National Archives Jane Ruiz" ("Jane"), and so does a person after the body's cut name: a name of
    three words or more ("Reserve Jerome Powell" of "Head of the Federal Reserve Jerome Powell", "Security Wang
    Xiaohong" of "Minister of Public Security Wang Xiaohong"; the given names' list holds neither "Jerome" nor "Wang")."""
    role, name = s.attributes.get("role"), s.attributes.get("name")
    if s.attributes.get("type") != "person" or not isinstance(role, str) or not isinstance(name, str) or " of " not in role:
        return False
    last = role.rsplit(None, 1)[-1]
    return ((last in _BODY_ADJECTIVES or gazetteer.is_demonym(last)) and len(name.split()) <= 2
            and not any(w in GIVEN_NAMES or w in COMMON_GIVEN_NAMES for w in name.split()))


# A division's word that opens a local post ("County Coroner", "State Senator", "City Manager"), and the local posts'
# words the titles' lists lack
_DIVISION_WORDS = frozenset("County State City District Town Borough Parish Township Municipal Provincial".split())
_LOCAL_POSTS = frozenset("""Clerk Attorney Assessor Auditor Recorder Councillor Councilman Councilwoman Alderman Supervisor
    Solicitor Prosecutor Representative Assemblyman Assemblywoman Legislator Administrator Engineer Surveyor""".split())
_SPACE = re.compile(r"[ \u00a0]+")
_CAPITALISED = re.compile(r"[A-Z][a-z]+(?![\w’'-])")


def _post_word(word: str) -> bool:
    return word in TITLES or word in _POST_WORDS or word in _LOCAL_POSTS


def posts_before_persons(text: str, suggestions: list[Suggestion]) -> list[Suggestion]:
    """``suggestions`` less each place or body that is only a division's word and post words written right before a
    person found, at most two post words between ("County Coroner" of "County Coroner William McLaughlin", "County" of
    "County Clerk Mary Ellis", "State" of "State Senator Ann Lowe"): the first words of the person's title, no actor. A
    division's name stays ("County Cork", "County Durham police"), and so does a division's word before anything but a
    person ("County officials said", "the State Department"), a person itself and a store's entity."""
    heads = [s for s in suggestions if s.kind == "actor" and s.exact.split(None, 1)[0] in _DIVISION_WORDS
             and s.attributes.get("type") != "person" and "entity_id" not in s.attributes]
    if not heads:
        return suggestions  # most texts: no division's word suggested alone
    people = {s.start for s in suggestions if s.kind == "actor" and s.attributes.get("type") == "person"}
    dropped = {(s.start, s.end) for s in heads
               if all(w in _DIVISION_WORDS or _post_word(w) for w in s.exact.split()) and _person_after(text, s.end, people)}
    return [s for s in suggestions if (s.start, s.end) not in dropped] if dropped else suggestions


def _person_after(text: str, at: int, people: set[int]) -> bool:
    """A person found starts after ``at``, past spaces and at most two post words ("Clerk" of "County Clerk Mary")."""
    for _ in range(3):
        space = _SPACE.match(text, at)
        if space is None:
            return False
        if space.end() in people:
            return True
        word = _CAPITALISED.match(text, space.end())
        if word is None or not _post_word(word.group()):
            return False
        at = word.end()
    return False
