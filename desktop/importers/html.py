"""Saved web page (.html/.htm) importer: the article body, found by trafilatura.

``extract(raw, source)`` is the whole public surface.  The page is decoded
here (declared charset, BOM, detection) and parsed with lxml; footnote markers
and notes are labelled ("[1]"); trafilatura then finds the article body,
leaving out menus, cookie banners, share buttons, comments, related links and
footers, and keeps its headings, paragraphs, lists, quotes, code and tables.
Its tree becomes the blocks of the Document.  A page trafilatura finds no
article in (a short hand-written page) is read with the readable-text walk
below instead.  Title, author, date, site, language and URL come from meta
tags and JSON-LD, with trafilatura's metadata where those say nothing.

Nothing here touches the network: trafilatura gets the parsed tree, never a URL.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import PurePath
from typing import Any

from desktop.importers._common import (
    check_text_like,
    clean_text,
    decode_text,
    join_blocks,
    short_title,
)
from desktop.model import Document, DocumentError

logger = logging.getLogger(__name__)

_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-:.]+)""",
    re.I,
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")

# Elements a browser does not show.
_HIDDEN_XPATH = (
    "//*[@hidden] | //*[@aria-hidden='true'] | //template"
    " | //*[contains(translate(@style, ' ', ''), 'display:none')]"
)
# Elements that never hold article prose (the readable-text walk).
_DROP_XPATH = " | ".join(
    [
        "//head", "//script", "//style", "//noscript", "//template", "//nav", "//aside",
        "//iframe", "//frame", "//svg", "//canvas", "//object", "//embed",
        "//video", "//audio", "//map", "//button", "//select", "//textarea", "//input",
        "//dialog", "//footer", "//form[not(.//p)]",
        "//header[not(ancestor::article or ancestor::main)]",
        "//*[@hidden]", "//*[@aria-hidden='true']", "//*[@role='navigation']",
        "//*[contains(translate(@style, ' ', ''), 'display:none')]",
    ]
)

_BLOCK_TAGS = frozenset(
    (
        "address article aside blockquote body caption center dd details div dl dt "
        "fieldset figcaption figure footer h1 h2 h3 h4 h5 h6 header hgroup hr li main "
        "menu ol p pre section summary table tbody tfoot thead tr ul"
    ).split()
)
_KIND_OF = {"blockquote": "quote", "li": "list", "dt": "list", "dd": "list"}
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_BR_MARK = "\x00"  # stands for <br> inside a block; NUL never survives clean_text
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")


def _declared_charset(raw: bytes) -> str | None:
    m = _DECLARED_CHARSET.search(raw[:4096])
    if not m:
        return None
    return (m.group(1) or m.group(2)).decode("ascii", "replace")


def _iso_date(value: str | None) -> str | None:
    """The ISO date part (YYYY-MM-DD) of a date/time string, or None."""
    if not value:
        return None
    m = _ISO_DATE.search(value) or _COMPACT_DATE.match(value.strip())
    if not m:
        return None
    year, month, day = (int(g) for g in m.groups())
    if 1 <= month <= 12 and 1 <= day <= 31 and 1000 <= year <= 2999:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _json_ld(root: Any) -> dict[str, str]:
    """headline / author / datePublished / articleBody from schema.org JSON-LD."""
    found: dict[str, str] = {}

    def visit(node: Any, depth: int = 0) -> None:
        if depth > 6:
            return
        if isinstance(node, list):
            for item in node[:50]:
                visit(item, depth + 1)
        elif isinstance(node, dict):
            for key in ("headline", "datePublished", "articleBody"):
                if isinstance(node.get(key), str):
                    found.setdefault(key, node[key])
            author = node.get("author")
            authors = author if isinstance(author, list) else [author]
            raw_names = [a.get("name") if isinstance(a, dict) else a for a in authors]
            names = [n.strip() for n in raw_names if isinstance(n, str) and n.strip()]
            if names:
                found.setdefault("author", ", ".join(names))
            visit(node.get("@graph"), depth + 1)

    for script in root.xpath("//script[@type='application/ld+json']"):
        try:
            visit(json.loads(script.text or ""))
        except ValueError:
            continue
    return found


def _strip_site_name(title: str, site: str | None) -> str:
    """'Headline - BBC News' → 'Headline' when the tail names the site."""
    if not site:
        return title
    for sep in (" | ", " - ", " — ", " – ", " :: ", " · "):
        head, found, tail = title.rpartition(sep)
        if found and head and tail.strip().casefold() in site.casefold():
            return head.strip()
    return title


def _metadata(root: Any, ld: dict[str, str]) -> tuple[str, dict[str, Any]]:
    """(title candidate, metadata) from meta tags, JSON-LD and <html> attributes."""
    metas: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or meta.get("http-equiv")
        content = (meta.get("content") or "").strip()
        if key and content:
            metas.setdefault(key.strip().lower(), content)

    def first(*keys: str) -> str | None:
        return next((metas[k] for k in keys if metas.get(k)), None)

    title = first("og:title", "twitter:title") or ""
    if not title:
        for el in root.xpath("//head/title | //title[not(ancestor::svg)]")[:1]:
            title = el.text_content()
    title = _strip_site_name(" ".join(title.split()), first("og:site_name", "application-name"))
    if not title:
        title = ld.get("headline", "")

    metadata: dict[str, Any] = {}
    author = first("author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author")
    if author and author.startswith(("http://", "https://")):
        author = None
    author = author or ld.get("author")
    if author:
        metadata["author"] = re.sub(r"^by\s+", "", author.strip(), flags=re.I)
    published = _iso_date(
        first(
            "article:published_time", "og:published_time", "datepublished", "date",
            "pubdate", "publishdate", "dc.date", "dc.date.issued", "dcterms.created",
            "parsely-pub-date", "sailthru.date",
        )
    ) or _iso_date(ld.get("datePublished"))
    if published:
        metadata["published"] = published
    if first("og:site_name"):
        metadata["site"] = first("og:site_name")
    language = root.get("lang") or root.get("xml:lang")
    language = language or first("content-language", "og:locale")
    if language and language.strip():
        metadata["language"] = language.strip().replace("_", "-")
    body = root.find("body")
    direction = root.get("dir") or (body.get("dir") if body is not None else None)
    if direction and direction.strip().lower() in ("rtl", "ltr"):
        metadata["direction"] = direction.strip().lower()
    url = first("og:url")
    if not url:
        for link in root.xpath("//link[@rel='canonical'][@href]")[:1]:
            url = link.get("href")
    if url:
        metadata["source_url"] = url.strip()
    return " ".join(title.split()), metadata


def _link_share(el: Any) -> tuple[int, float]:
    """(text length, share of it inside links) of an element."""
    text = len(" ".join(el.text_content().split()))
    if text == 0:
        return 0, 0.0
    links = sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))
    return text, links / text


def _prose_length(p: Any) -> int:
    """Text length of a paragraph, or 0 for a teaser (inside a link, or mostly links)."""
    if next(p.iterancestors("a"), None) is not None:
        return 0
    length, share = _link_share(p)
    return length if share < 0.3 else 0


def _prune(root: Any) -> None:
    """Drop what never holds article prose, then link lists and teaser boxes.

    Link-heavy elements go innermost first, so a page wrapper full of link
    lists survives once they are gone; an element holding a prose paragraph
    (80+ characters, few links) is kept.
    """
    for el in root.xpath(_DROP_XPATH):
        if el.getparent() is not None:
            el.drop_tree()
    prose = {p for p in root.iter("p") if _prose_length(p) >= 80}
    candidates = root.xpath("//ul | //ol | //div | //section | //table | //p | //li")
    for el in reversed(candidates):  # children before their parents
        if el.getparent() is None or el in prose:
            continue
        length, share = _link_share(el)
        if share > 0.5 and not any(p in prose for p in el.iter("p")):
            el.drop_tree()


def _content_roots(root: Any) -> list[Any]:
    """The element that holds the article (a list, so a later scorer may pick several).

    Starting at <body>, step down into the child that holds at least 70% of
    the page's prose (paragraphs of 25+ characters) for as long as one does:
    the result is the smallest element holding most of the prose.
    """
    body = root.find("body")
    if body is None:
        body = root
    prose: dict[Any, int] = {}
    for p in body.iter("p", "pre", "blockquote"):
        length = _prose_length(p)
        if length < 25:
            continue
        for ancestor in p.iterancestors():
            prose[ancestor] = prose.get(ancestor, 0) + length
            if ancestor is body:
                break
    total = prose.get(body, 0)
    if total < 200:
        return [body]
    node = body
    while True:
        child = max(node, key=lambda el: prose.get(el, 0), default=None)
        if child is None or prose.get(child, 0) < 0.7 * total:
            return [node]
        node = child


class _Walker:
    """Collects (text, kind, level) parts while walking elements in document order."""

    def __init__(self) -> None:
        self.parts: list[tuple[str, str, int]] = []
        self.buffer: list[str] = []
        self.context: list[tuple[str, int]] = [("paragraph", 0)]
        self.pre_depth = 0

    def flush(self) -> None:
        if not self.buffer:
            return
        text = "".join(self.buffer)
        self.buffer.clear()
        if self.pre_depth:
            text = text.replace(_BR_MARK, "\n")
        else:
            text = _HTML_SPACE.sub(" ", text)
            text = re.sub(f" ?{_BR_MARK} ?", "\n", text)
        text = clean_text(text)
        text = text.strip("\n").rstrip() if self.pre_depth else text.strip()
        if text:
            kind, level = self.context[-1]
            self.parts.append((text, kind, level))

    def start(self, el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _BLOCK_TAGS:
            self.flush()
            if tag[0] == "h" and tag[1:].isdigit():
                self.context.append(("heading", int(tag[1])))
            elif tag in _KIND_OF:
                self.context.append((_KIND_OF[tag], 0))
            else:
                self.context.append(self.context[-1])
            if tag == "pre":
                self.pre_depth += 1
        elif tag == "br":
            self.buffer.append(_BR_MARK)
        if tag and el.text:
            self.buffer.append(el.text)

    def end(self, el: Any, root: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _BLOCK_TAGS:
            self.flush()
            self.context.pop()
            if tag == "pre":
                self.pre_depth -= 1
        elif tag in ("td", "th"):
            self.buffer.append(" ")
        if el.tail and el is not root:
            self.buffer.append(el.tail)


def _blocks(contents: list[Any]) -> list[tuple[str, str, int]]:
    """(text, kind, level) parts of the given elements, in document order."""
    from lxml import etree

    walker = _Walker()
    for content in contents:
        walker.flush()
        for event, el in etree.iterwalk(content, events=("start", "end")):
            if event == "start":
                walker.start(el)
            else:
                walker.end(el, content)
    walker.flush()
    return walker.parts


# --- footnotes -------------------------------------------------------------------

_NOTE_LABEL = re.compile(r"^[\[(]?\s*(\d{1,3})\s*[\])]?\.?$")
_NOTE_ENTRY_TAGS = ("li", "p", "dd", "div", "aside", "section", "td")
_BACKLINK_TEXTS = frozenset("↩ ↩︎ ^ ↑ ⤴ ⮐".split())
_BACKLINK_CLASS = re.compile(r"back-?(?:link|ref)|footnote-back|reversefootnote", re.I)


def _replace_with_text(el: Any, text: str) -> None:
    """Put text (and the element's tail) where the element was."""
    parent = el.getparent()
    if parent is None:
        return
    added = text + (el.tail or "")
    previous = el.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + added
    else:
        parent.text = (parent.text or "") + added
    parent.remove(el)


def _drop_keeping_tail(el: Any) -> None:
    _replace_with_text(el, "")


def _is_backlink(a: Any) -> bool:
    text = " ".join(a.text_content().split())
    return (
        text in _BACKLINK_TEXTS
        or a.get("role") == "doc-backlink"
        or bool(_BACKLINK_CLASS.search(a.get("class") or ""))
    )


def _mark_footnotes(root: Any) -> set[str]:
    """Label linked footnotes the way the reader knows them; return the labels.

    A marker is a link to an element of the page whose text is a number
    ("1", "[1]", "(1)"), written as superscript or marked as a note reference;
    it becomes "[1]".  The note it points to (a list item, a paragraph) starts
    with "[1] " afterwards, and its back-links ("↩", "^") are dropped.  So the
    markers and notes survive any extractor as plain text, and
    desktop.references finds them as in a plain-text article.
    """
    by_id: dict[str, Any] | None = None
    notes: dict[Any, str] = {}
    for a in root.xpath("//a[starts-with(@href, '#')]"):
        match = _NOTE_LABEL.match(" ".join(a.text_content().split()))
        if not match:
            continue
        sup = next(a.iterancestors("sup"), None)
        classes = f"{a.get('class') or ''} {(sup.get('class') if sup is not None else None) or ''}"
        if not (
            sup is not None
            or a.find(".//sup") is not None
            or a.get("role") == "doc-noteref"
            or re.search(r"foot|note|ref|cite", classes, re.I)
        ):
            continue
        if by_id is None:
            by_id = {el.get("id"): el for el in root.iter() if isinstance(el.tag, str) and el.get("id")}
        target = by_id.get(a.get("href")[1:])
        if target is None:
            continue
        entry = target if target.tag in _NOTE_ENTRY_TAGS else next(target.iterancestors(*_NOTE_ENTRY_TAGS), None)
        if entry is None or entry.tag == "body" or any(x is entry for x in a.iterancestors()):
            continue  # a link inside its own target: not a note reference
        marker = sup if sup is not None and len(" ".join(sup.text_content().split())) <= 8 else a
        _replace_with_text(marker, f"[{match.group(1)}]")
        notes.setdefault(entry, match.group(1))
    for entry, label in notes.items():
        if entry.getparent() is None:
            continue
        for a in list(entry.iter("a")):
            if a.getparent() is not None and _is_backlink(a):
                holder = a.getparent()
                if _BACKLINK_CLASS.search(holder.get("class") or ""):
                    a = holder  # Wikipedia's "^ a b" span
                _drop_keeping_tail(a)
        node = entry
        while not (node.text or "").strip() and len(node) and node[0].tag in ("p", "span", "div", "cite"):
            node = node[0]
        node.text = f"[{label}] " + (node.text or "").lstrip()
    return set(notes.values())


# --- trafilatura ----------------------------------------------------------------

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
_FROM_TRAFILATURA = {
    "list": "ul", "item": "li", "quote": "blockquote", "row": "tr", "cell": "td", "lb": "br",
    "table": "table", "p": "p", "div": "div", "body": "div",
}
_INLINE_PARENTS = frozenset(("p", "item", "cell", "head", "hi", "ref"))
_HEADING_REND = re.compile(r"h[1-6]")


def _as_html(body: Any) -> Any:
    """trafilatura's output tree with HTML tag names, so _Walker reads it.

    head → h1..h6, list/item → ul/li, quote → blockquote, code → pre, table
    rows and cells → tr/td, lb → br; inline marks (hi, ref, del) become spans,
    except superscript or subscript digits, which become ² or ₂ (exponents,
    chemical formulas, and footnote markers references.py understands).
    """
    for el in reversed(list(body.iter())):  # children first: a parent still has its own tag name
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "head":
            rend = (el.get("rend") or "").lower()
            el.tag = rend if _HEADING_REND.fullmatch(rend) else "h2"
        elif tag == "code":
            parent = el.getparent()
            inline = parent is not None and parent.tag in _INLINE_PARENTS and "\n" not in "".join(el.itertext())
            el.tag = "span" if inline else "pre"
        elif tag == "hi":
            rend = el.get("rend") or ""
            text = el.text or ""
            if rend in ("#sup", "#sub") and len(el) == 0 and text.strip().isdigit() and len(text.strip()) <= 3:
                el.text = text.strip().translate(_SUPERSCRIPT if rend == "#sup" else _SUBSCRIPT)
            el.tag = "span"
        elif tag in _FROM_TRAFILATURA:
            el.tag = _FROM_TRAFILATURA[tag]
        elif tag == "graphic":
            _drop_keeping_tail(el)
        elif tag:
            el.tag = "span"  # ref, del, and anything newer: keep the words
    return body


_TRAFILATURA: list[Any] = []  # [module or None] once tried


def _load_trafilatura() -> Any:
    """trafilatura, or None when it cannot be imported (said once, in one line)."""
    if not _TRAFILATURA:
        module: Any
        try:
            import trafilatura as module
        except ImportError as exc:  # e.g. lxml_html_clean missing (see PITFALLS)
            logger.warning(
                "web pages are read without trafilatura (it cannot load: %s); "
                "reinstall Claimline's dependencies to restore article extraction",
                " ".join(str(exc).split())[:200],
            )
            module = None
        _TRAFILATURA.append(module)
    return _TRAFILATURA[0]


def _trafilatura(root: Any) -> tuple[list[tuple[str, str, int]], dict[str, str]]:
    """(parts, metadata) that trafilatura finds in the parsed page; ([], {}) when it finds no
    article or cannot be loaded."""
    trafilatura = _load_trafilatura()
    if trafilatura is None:
        return [], {}
    found = trafilatura.bare_extraction(
        root,  # the tree, never a URL: no download can happen
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=True,
        with_metadata=True,
        deduplicate=False,
        # Dates from the page's markup only: the extensive search parses every
        # date-like string with dateparser (seconds on the first page, and a
        # date in the prose is not the publication date).
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    body = getattr(found, "body", None)  # a trafilatura Document (None: nothing found)
    if body is None:
        return [], {}
    metadata = {
        key: " ".join(str(value).split())
        for key in ("title", "author", "date", "sitename", "url")
        if (value := getattr(found, key, None))
    }
    return _blocks([_as_html(body)]), metadata


def _readable_parts(root: Any) -> list[tuple[str, str, int]]:
    """The readable-text walk (the importer before trafilatura): the smallest
    element holding most of the prose, without navigation and link lists."""
    h1s = [h.text_content() for h in root.xpath("//h1")]
    _prune(root)
    contents = _content_roots(root)
    parts = _blocks(contents)
    if not any(kind == "heading" and level == 1 for _, kind, level in parts):
        heading = " ".join(h1s[0].split()) if h1s else ""
        if heading and contents[0].tag != "body":
            parts.insert(0, (clean_text(heading), "heading", 1))
    return parts


# Words of a site's log-in menu that trafilatura may take for a byline.
_PLACEHOLDER_AUTHORS = frozenset(("", "username", "user", "admin", "administrator", "author", "guest", "unknown"))


def _same_words(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _names_article(heading: str, titles: list[str]) -> bool:
    """True when a page heading is the article's title (a title may add the site or author)."""
    heading = " ".join(heading.split()).casefold()
    if len(heading) < 4:
        return False
    for title in titles:
        title = " ".join(title.split()).casefold()
        if not title:
            continue
        if heading == title or (len(heading) >= 12 and (title.startswith(heading) or heading.startswith(title))):
            return True
    return False


def extract(raw: bytes, source: str) -> Document:
    """A Document from the bytes of a saved web page.

    Raises DocumentError when the bytes are not text or hold no readable text.
    """
    from lxml import etree
    from lxml import html as lhtml

    decoded, encoding = decode_text(raw, source, _declared_charset(raw))
    check_text_like(decoded, source, raw)
    decoded = _XML_DECLARATION.sub("", clean_text(decoded), count=1)
    if not decoded.strip():
        raise DocumentError(source, "no readable text")
    try:
        parser = lhtml.HTMLParser(remove_comments=True, remove_pis=True)
        root = lhtml.document_fromstring(decoded, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        raise DocumentError(source, "no readable text (the HTML could not be parsed)") from None

    ld = _json_ld(root)
    title, metadata = _metadata(root, ld)
    metadata["encoding"] = encoding
    article_body = ld.get("articleBody", "")
    for el in root.xpath(_HIDDEN_XPATH):  # never shown to a reader
        if el.getparent() is not None:
            el.drop_tree()
    page_h1s = [" ".join(h.text_content().split()) for h in root.xpath("//h1")]
    note_labels = _mark_footnotes(root)

    try:
        parts, found = _trafilatura(root)
    except MemoryError:
        raise
    except Exception:  # trafilatura choked (deep nesting: RecursionError): the walk below reads it
        logger.warning("trafilatura failed on %s; reading the page without it", source, exc_info=True)
        parts, found = [], {}
    if len(parts) == 1:
        # On a short page trafilatura falls back to the page's whole text as one paragraph
        # (the heading and every paragraph run together); when the readable walk finds the
        # same words, it has only kept the blocks apart, so its reading is the page's.
        walked = _readable_parts(root)
        if len(walked) > 1 and _same_words(" ".join(text for text, _, _ in walked), parts[0][0]):
            parts = walked
    if not parts:
        parts = _readable_parts(root)

    # Metadata: meta tags and JSON-LD first (what the page says of itself),
    # trafilatura's findings where those are silent.
    if not title and found.get("title"):
        title = _strip_site_name(found["title"], metadata.get("site") or found.get("sitename"))
    if "author" not in metadata and found.get("author", "").casefold() not in _PLACEHOLDER_AUTHORS:
        metadata["author"] = found["author"]
    if "published" not in metadata and _iso_date(found.get("date")):
        metadata["published"] = _iso_date(found.get("date"))
    if "site" not in metadata and found.get("sitename"):
        metadata["site"] = found["sitename"]
    if "source_url" not in metadata and found.get("url", "").startswith(("http://", "https://")):
        metadata["source_url"] = found["url"]

    # The headline is the title block: the first <h1> of the article, or the
    # page's <h1> naming the article when the extractor left it above the body.
    for n, (text, kind, level) in enumerate(parts):
        if kind == "heading" and level == 1:
            parts[n] = (text, "title", 1)
            break
    else:
        first = parts[0][0] if parts else ""
        headline = next((h for h in page_h1s if _names_article(h, [title, found.get("title", "")])), None)
        if headline and not _same_words(first, headline):
            parts.insert(0, (clean_text(headline), "title", 1))

    # Pages that render the article with script often ship it as JSON-LD.
    prose = sum(len(part) for part, kind, _ in parts if kind in ("paragraph", "quote", "list"))
    if len(article_body) > 2 * prose:
        title_part = [part for part in parts[:1] if part[1] == "title"]
        lines = clean_text(article_body).split("\n")
        parts = title_part + [(line, "paragraph", 0) for line in lines]

    # Notes labelled by _mark_footnotes are footnotes, wherever they ended up.
    if note_labels:
        for n, (text, kind, level) in enumerate(parts):
            match = re.match(r"\[(\d{1,3})\] ", text)
            if match and match.group(1) in note_labels and kind in ("paragraph", "list"):
                parts[n] = (text, "footnote", 0)

    text, blocks = join_blocks(parts)
    if not text.strip():
        raise DocumentError(source, "no readable text")
    if not title:
        title_blocks = [text[b.start:b.end] for b in blocks if b.kind == "title"]
        title = title_blocks[0] if title_blocks else ""
    return Document(
        title=short_title(clean_text(title)) or PurePath(source).stem or source,
        text=text,
        format="html",
        source=source,
        metadata=metadata,
        blocks=blocks,
    )
