"""Code quoted in English text (no I/O, no Qt): a database query (a SELECT, then "name FROM users WHERE …") writes its
keywords in capitals, which the acronym rule and the model read as bodies and places. A suggestion inside such a
statement is none."""

from __future__ import annotations

import re

__all__ = ["query_spans"]

# A statement's opening: its verb and the keyword the verb takes ("SELECT … FROM", "INSERT INTO", "DELETE FROM",
# "UPDATE … SET", "CREATE TABLE"); "SELECT" alone is a shop's word ("SELECT cuts of beef") as often
_OPENING = re.compile(r"(?<![\w’'-])(?:SELECT[ \u00a0]+[^.;\n]{1,80}?[ \u00a0]FROM|INSERT[ \u00a0]+INTO|DELETE[ \u00a0]+FROM"
                      r"|UPDATE[ \u00a0]+\w+[ \u00a0]+SET|(?:CREATE|DROP|ALTER)[ \u00a0]+(?:TABLE|INDEX|VIEW))(?![\w’'-])")
# A keyword that carries the statement on, with the words before it (names, values, operators; no sentence's end)
_GOES_ON = re.compile(r"[^.;\n]{0,60}?(?<![\w’'-])(?:WHERE|AND|OR|NOT|IN|IS|NULL|LIKE|JOIN|INNER|LEFT|RIGHT|OUTER|ON|AS"
                      r"|ORDER|GROUP|BY|HAVING|LIMIT|OFFSET|VALUES|SET|FROM|INTO|UNION|DISTINCT|ASC|DESC)(?![\w’'-])")
# The last keyword's argument: a name or a bracketed group, then an operator and a number or a quoted value ("id =
# 3", "(1, 2)", "owner = 'Jane Doe'")
_VALUE = r"(?:'[^'\n]{0,40}'|\"[^\"\n]{0,40}\"|\([^()\n]{0,80}\)|[\w.*]+)"
_ARGUMENT = re.compile(rf"(?:[ \u00a0]*{_VALUE})?(?:[ \u00a0]*(?:[=<>]|[<>!]=)[ \u00a0]*{_VALUE})?")
# A quoted value, left out when the statement's words are looked at
_QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"")
# A mark only code has: a headline in capitals ("SELECT COMMITTEE FROM BRITAIN VISITS …") has none
_CODE_MARK = re.compile(r"[*=<>(_]")


def query_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each database statement written in ``text``: from its verb to the argument of its last
    keyword in capitals (a SELECT, then "name FROM users WHERE id = 3"). A statement all in capitals counts only with a
    mark of code (``* = < > ( _``): else it is a headline."""
    out: list[tuple[int, int]] = []
    if not any(verb in text for verb in ("SELECT", "INSERT", "DELETE", "UPDATE", "CREATE", "DROP", "ALTER")):
        return out
    for m in _OPENING.finditer(text):
        end = m.end()
        while (more := _GOES_ON.match(text, end)) is not None:
            end = more.end()
        end = _ARGUMENT.match(text, end).end()  # type: ignore[union-attr]  # the pattern matches the empty string
        if out and m.start() < out[-1][1]:
            continue
        if not re.search(r"[a-z]", _QUOTED.sub("", text[m.start() : end])) and not _CODE_MARK.search(text, m.start(), end):
            continue  # all in capitals without a mark of code: a headline
        out.append((m.start(), end))
    return out
