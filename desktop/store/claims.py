"""The claims of a library in one query: who asserts each, what it cites, its grading, its document."""

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
  AND a.kind IN (SELECT name FROM kinds WHERE name = 'claim' OR parent = 'claim')
  {documents}
ORDER BY d.rowid, a.start
"""


def claim_rows(store: Store, document_ids: Sequence[str] | None = None) -> list[tuple[Any, ...]]:
    """Raw rows of :data:`CLAIMS_SQL` (see :mod:`desktop.service.claims` for their meaning)."""
    if document_ids is None:
        return store.conn.execute(CLAIMS_SQL.format(documents="")).fetchall()
    return store.conn.execute(
        CLAIMS_SQL.format(documents="AND a.document_id IN (SELECT value FROM json_each(?))"),
        (json.dumps(list(document_ids)),),
    ).fetchall()
