"""Review a colleague's store: compare, merge with provenance, measure agreement (no Qt, no SQL)."""
