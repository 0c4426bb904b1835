"""Inputs that once made an importer's regex take seconds to minutes (name, text).

Used by tests/test_importers.py (each loads or is refused cleanly) and by
bench/bench_documents.py (which prints how long each takes).
"""

ADVERSARIAL = [
    ("links.md", "[" * 50_000 + "](" * 10_000),
    ("autolinks.md", "<http://" * 30_000),
    ("comments.md", "<!--" * 30_000),
    ("strong.md", "**a " * 40_000),
    ("strike.md", "~~a " * 40_000),
    ("heading.md", "# a" + " " * 50_000 + "#" + " " * 50_000 + "x"),
    ("spaces.md", " " * 200_000 + "x"),
    ("table.md", "|" + " -" * 30_000 + " x"),
    ("notes.txt", "notes" + " " * 50_000 + "x"),
    ("tags.html", "<a b" * 30_000 + ">"),
    ("nested.html", "<div>" * 20_000 + "<p>Deep.</p>" + "</div>" * 20_000),
]
