"""Full-text search over a library: query syntax, folding, snippets (pure; no SQL, no Qt)."""
