"""The search query language: parse, translate to FTS5, find and show hits in text.

Syntax (case of the operators matters, as in FTS5)::

    grain export            both words (AND is implied)
    "grain exports"         the phrase
    export*                 words starting with "export"
    wheat OR barley, grain NOT rice, (wheat OR barley) AND Kazakhstan
    kind:claim  author:Smith  entity:"Asian Development Bank"  doc:Rising
    after:2024-05  before:2025      publication date (YYYY, YYYY-MM or YYYY-MM-DD)

Filters can be repeated (``kind:claim kind:figure`` means either) and take a
comma list (``kind:claim,figure``).  Words are folded with
:func:`desktop.search.fold.fold`, so case and diacritics do not matter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.search.fold import fold, variants

FILTERS = ("kind", "author", "entity", "doc", "after", "before")
_TOKEN_CHARS = re.compile(r"[^\W_]+")
_LEXER = re.compile(
    r'\s*(?:(?P<filter>(?:' + "|".join(FILTERS) + r'):)(?:"(?P<fquoted>[^"]*)"?|(?P<fvalue>\S*))'
    r'|"(?P<phrase>[^"]*)"?(?P<pstar>\*)?'
    r"|(?P<paren>[()])"
    r'|(?P<word>[^\s()"]+))',
    re.IGNORECASE,
)
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class SearchQueryError(ValueError):
    """A query that cannot be searched, with a message for the user."""


@dataclass(frozen=True)
class Term:
    """Words that must appear in this order; ``prefix``: the last one may continue."""

    tokens: tuple[str, ...]
    prefix: bool = False

    def fts(self) -> str:
        return '"' + " ".join(self.tokens) + '"' + ("*" if self.prefix else "")


@dataclass(frozen=True)
class Node:
    """``op`` is AND, OR or NOT (NOT: left and not right); children are Nodes or Terms."""

    op: str
    children: tuple["Node | Term", ...]


@dataclass
class Query:
    """A parsed query: the FTS5 expression (None when only filters were given)."""

    text: str
    fts: str | None
    terms: tuple[Term, ...]  # the terms to highlight (not under NOT)
    kinds: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    docs: tuple[str, ...] = ()
    after: str | None = None
    before: str | None = None
    _pattern: "re.Pattern[str] | None" = field(default=None, repr=False)

    @property
    def document_filtered(self) -> bool:
        return bool(self.authors or self.docs or self.after or self.before or self.entities)

    def pattern(self) -> "re.Pattern[str] | None":
        """A regex that finds this query's terms in *unfolded* text (None: no terms)."""
        if self._pattern is None and self.terms:
            self._pattern = re.compile("|".join(_term_regex(t) for t in self.terms))
        return self._pattern


def parse(text: str) -> Query:
    """Parse a query; raises SearchQueryError with a readable reason."""
    items: list[object] = []  # Term, "AND", "OR", "NOT", "(", ")"
    filters: dict[str, list[str]] = {name: [] for name in FILTERS}
    pos = 0
    text = text.strip()
    while pos < len(text):
        m = _LEXER.match(text, pos)
        if m is None or m.end() == pos:
            break
        pos = m.end()
        if m.group("filter"):
            name = m.group("filter")[:-1].lower()
            value = m.group("fquoted") if m.group("fquoted") is not None else m.group("fvalue")
            values = [v.strip() for v in (value or "").split(",") if v.strip()]
            if not values:
                raise SearchQueryError(f"{name}: needs a value, for example {name}:{_EXAMPLES[name]}")
            filters[name].extend(values)
        elif m.group("phrase") is not None:
            tokens = tuple(_TOKEN_CHARS.findall(fold(m.group("phrase"))))
            if tokens:
                items.append(Term(tokens, prefix=bool(m.group("pstar"))))
        elif m.group("paren"):
            items.append(m.group("paren"))
        else:
            word = m.group("word")
            if word in ("AND", "OR", "NOT"):
                items.append(word)
                continue
            prefix = word.endswith("*")
            tokens = tuple(_TOKEN_CHARS.findall(fold(word)))
            if tokens:
                items.append(Term(tokens, prefix=prefix))
    for name in ("after", "before"):
        for value in filters[name]:
            if not _DATE.match(value):
                raise SearchQueryError(f"{name}:{value} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
    tree = _Parser(items).parse() if items else None
    return Query(
        text=text,
        fts=_render(tree) if tree is not None else None,
        terms=tuple(dict.fromkeys(_positive_terms(tree))) if tree is not None else (),
        kinds=tuple(v.lower() for v in filters["kind"]),
        authors=tuple(filters["author"]),
        entities=tuple(filters["entity"]),
        docs=tuple(filters["doc"]),
        after=max(filters["after"]) if filters["after"] else None,
        before=min(filters["before"]) if filters["before"] else None,
    )


_EXAMPLES = {
    "kind": "claim",
    "author": "Smith",
    "entity": "Kazakhstan",
    "doc": "report",
    "after": "2024-05",
    "before": "2025",
}


class _Parser:
    """Recursive descent over terms and operators; FTS5's precedence: NOT, AND, OR."""

    def __init__(self, items: list[object]):
        self.items = items
        self.i = 0

    def parse(self) -> Node | Term | None:
        node = self.or_expr()
        if self.i < len(self.items):
            raise SearchQueryError(f"unexpected {self.items[self.i]!s} in the query")
        return node

    def peek(self) -> object:
        return self.items[self.i] if self.i < len(self.items) else None

    def or_expr(self) -> Node | Term:
        parts = [self.and_expr()]
        while self.peek() == "OR":
            self.i += 1
            parts.append(self.and_expr())
        return parts[0] if len(parts) == 1 else Node("OR", tuple(parts))

    def and_expr(self) -> Node | Term:
        parts = [self.not_expr()]
        while True:
            nxt = self.peek()
            if nxt == "AND":
                self.i += 1
                parts.append(self.not_expr())
            elif isinstance(nxt, Term) or nxt == "(":
                parts.append(self.not_expr())
            else:
                break
        return parts[0] if len(parts) == 1 else Node("AND", tuple(parts))

    def not_expr(self) -> Node | Term:
        node = self.primary()
        while self.peek() == "NOT":
            self.i += 1
            node = Node("NOT", (node, self.primary()))
        return node

    def primary(self) -> Node | Term:
        item = self.peek()
        if isinstance(item, Term):
            self.i += 1
            return item
        if item == "(":
            self.i += 1
            node = self.or_expr()
            if self.peek() != ")":
                raise SearchQueryError("a ( is not closed")
            self.i += 1
            return node
        if item is None:
            raise SearchQueryError("the query ends where words were expected")
        if item == "NOT":
            raise SearchQueryError("NOT needs words before it, as in: grain NOT rice")
        raise SearchQueryError(f"{item} needs words on both sides")


def _render(node: Node | Term) -> str:
    if isinstance(node, Term):
        return node.fts()
    return "(" + f" {node.op} ".join(_render(c) for c in node.children) + ")"


def _positive_terms(node: Node | Term) -> list[Term]:
    if isinstance(node, Term):
        return [node]
    if node.op == "NOT":
        return _positive_terms(node.children[0])
    return [t for c in node.children for t in _positive_terms(c)]


def _char_class(folded_ch: str) -> str:
    chars = variants(folded_ch)
    return re.escape(chars) if len(chars) == 1 else "[" + re.escape(chars) + "]"


def _term_regex(term: Term) -> str:
    words = ["".join(_char_class(c) for c in token) for token in term.tokens]
    body = r"[\W_]+".join(words)
    tail = r"[^\W_]*" if term.prefix else r"(?![^\W_])"
    return r"(?<![^\W_])" + body + tail


def find_hits(query: Query, text: str, limit: int = 3) -> list[tuple[int, int]]:
    """Where the query's terms occur in ``text`` (original, unfolded), at most ``limit``."""
    pattern = query.pattern()
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text):
        out.append((m.start(), m.end()))
        if len(out) >= limit:
            break
    return out


def snippet(text: str, start: int, end: int, context: int = 60) -> tuple[str, int, int]:
    """A one-line excerpt around ``text[start:end]`` and where the hit is inside it."""
    lo = max(0, start - context)
    hi = min(len(text), end + context)
    if lo > 0:
        space = text.find(" ", lo, start)
        lo = space + 1 if space != -1 else lo
    if hi < len(text):
        space = text.rfind(" ", end, hi)
        hi = space if space != -1 else hi
    lead = "…" if lo > 0 else ""
    trail = "…" if hi < len(text) else ""
    excerpt = lead + re.sub(r"\s", " ", text[lo:hi]) + trail
    a = len(lead) + (start - lo)
    return excerpt, a, a + (end - start)
