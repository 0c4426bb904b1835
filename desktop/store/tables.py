"""Library-wide tables in one query each: claims (who asserts, what is cited, grading) and figures."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from desktop.store.db import Store

# One row per live claim of a live document; the asserter and the reference are
# resolved by joins so that 100,000 claims come back as plain tuples.
CLAIMS_SQL = """
SELECT a.id, a.document_id, d.title, json_extract(d.metadata, '$.published'),
       json_extract(d.metadata, '$.author'), a.start, a."end", a.exact, a.note, a.kind,
       json_extract(a.attributes, '$.asserted_by') AS who, e.name, w.exact,
       r.label, r.text, r.url, json_extract(a.attributes, '$.cites'),
       json_extract(a.attributes, '$.reliability'), json_extract(a.attributes, '$.credibility'),
       json_extract(a.attributes, '$.topics'), a.author
FROM annotations a
JOIN documents d ON d.id = a.document_id
LEFT JOIN entities e ON e.id = json_extract(a.attributes, '$.asserted_by')
LEFT JOIN annotations w ON w.id = json_extract(a.attributes, '$.asserted_by')
LEFT JOIN doc_references r ON r.id = json_extract(a.attributes, '$.cites')
WHERE a.deleted_at IS NULL AND d.deleted_at IS NULL
  AND a.kind IN ({kinds}) {documents}
ORDER BY a.kind, a.document_id, a.start
LIMIT ?
"""


def claim_rows(
    store: Store, document_ids: Sequence[str] | None = None, limit: int = -1
) -> list[tuple[Any, ...]]:
    """Raw rows of :data:`CLAIMS_SQL` (see :mod:`desktop.service.tables` for their meaning).

    In index order (by document id and position), so that the first ``limit`` rows
    come without sorting all of them.
    """
    # The kinds as parameters, not a subquery: "kind IN (SELECT …)" made SQLite scan every tag.
    kinds = [r[0] for r in store.conn.execute("SELECT name FROM kinds WHERE name = 'claim' OR parent = 'claim'")]
    marks = ", ".join("?" for _ in kinds)
    if document_ids is None:
        return store.conn.execute(CLAIMS_SQL.format(kinds=marks, documents=""), (*kinds, limit)).fetchall()
    return store.conn.execute(
        CLAIMS_SQL.format(kinds=marks, documents="AND a.document_id IN (SELECT value FROM json_each(?))"),
        (*kinds, json.dumps(list(document_ids)), limit),
    ).fetchall()


FIGURES_SQL = """
SELECT a.id, a.document_id, d.title, a.exact, json_extract(a.attributes, '$.value'),
       json_extract(a.attributes, '$.unit'), json_extract(a.attributes, '$.scale'),
       json_extract(a.attributes, '$.measures'), json_extract(a.attributes, '$.period'), a.author,
       json_extract(a.attributes, '$.upper'), json_extract(a.attributes, '$.qualifier')
FROM annotations a JOIN documents d ON d.id = a.document_id
WHERE a.kind = 'figure' AND a.deleted_at IS NULL AND d.deleted_at IS NULL
ORDER BY a.document_id, a.start
LIMIT ?
"""


def figure_rows(store: Store, limit: int = -1) -> list[tuple[Any, ...]]:
    """(tag id, document id, title, quote, value, unit, scale, measures, period, author, upper end of a
    range, qualifier) of live figures.

    In index order (by document id and position): the first ``limit`` rows come at once.
    """
    return store.conn.execute(FIGURES_SQL, (limit,)).fetchall()
