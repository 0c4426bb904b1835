#!/usr/bin/env bash
# Build the one-folder Claimline bundle and prove it starts.
#
#   bash packaging/build.sh          (or: make package)
#
# Output: dist/claimline/ (run dist/claimline/claimline).  Prints the build time, the
# unpacked size (goal: at most 373 MB, see README) and its parts, checks that every
# bundled library loads (packaging/bundle_report.py), then starts the bundle offscreen
# with a clean environment (no Python on PATH, temporary data and config folders): it
# must open the seed article and find its icon, stylesheet and translations, import a
# PDF and a web page, and find actors with each entity recogniser (en, tr, ru, kk).
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${VENV:-.venv}
PY="$VENV/bin/python"
DIST=${DIST:-dist}
WORK=${WORK:-build/pyinstaller}
# 223 MB before the entity recognisers + the 150 MB issue 15 allowed them.
GOAL_MB=373

if ! "$PY" -m PyInstaller --version >/dev/null 2>&1; then
  echo "build: installing PyInstaller into $VENV"
  "$PY" -m pip install -q "pyinstaller>=6.10"
fi

start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" packaging/claimline.spec
elapsed=$(( $(date +%s) - start ))

bundle="$DIST/claimline"
bytes=$(du -sb "$bundle" | cut -f1)
mb=$(( (bytes + 524288) / 1048576 ))
echo "build: PyInstaller $("$PY" -m PyInstaller --version) built $bundle in ${elapsed}s"
echo "build: bundle size ${mb} MB unpacked ($(find "$bundle" -type f | wc -l) files; goal ≤ ${GOAL_MB} MB)"
if [ "$mb" -gt "$GOAL_MB" ]; then
  echo "build: WARNING: the bundle is over the ${GOAL_MB} MB goal" >&2
fi
# Size per part (Qt, PyMuPDF, spaCy + thinc, numpy, models, ...), and no bundled library
# may need one the spec left out.
"$PY" packaging/bundle_report.py "$bundle" "$("$PY" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"

# Start it once, offscreen, as a user without Python would: empty environment.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
run() {
  env -i PATH=/usr/bin:/bin HOME="$tmp/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    CLAIMLINE_DATA_DIR="$tmp/data" CLAIMLINE_CONFIG_DIR="$tmp/config" CLAIMLINE_AUTHOR=build \
    "$@"
}
echo "build: starting the bundle offscreen"
run CLAIMLINE_SMOKE_TEST=1 "$bundle/claimline" | tee "$tmp/smoke.json"
grep -q '"ok": true' "$tmp/smoke.json"
# Turkish UI, with Qt's own catalogue (standard buttons) bundled too.
run CLAIMLINE_SMOKE_TEST=1 CLAIMLINE_LANGUAGE=tr "$bundle/claimline" >"$tmp/smoke-tr.json"
grep -q '"language": "tr", "qt_cancel": "İptal"' "$tmp/smoke-tr.json"
run "$bundle/claimline" docs >"$tmp/docs.txt"
grep -q "Rising Axis of Trade" "$tmp/docs.txt"
# PDFs are read by PyMuPDF in a worker process: make one and import it with the bundle.
"$PY" -c 'import sys, pymupdf; d = pymupdf.open(); d.new_page().insert_text((72, 72), "Bundled PDF check: 42 tonnes on 3 May 2024."); d.save(sys.argv[1])' "$tmp/check.pdf"
run "$bundle/claimline" import "$tmp/check.pdf" --store "$tmp/pdf.claimline" >/dev/null
run "$bundle/claimline" tags --store "$tmp/pdf.claimline" >/dev/null
run "$bundle/claimline" docs --store "$tmp/pdf.claimline" | grep -q "check"
# Saved web pages go through trafilatura, whose settings and stoplists must be bundled.
printf '%s' '<html><head><title>Bundled HTML check</title></head><body><nav>Home | News</nav><article><h1>Grain exports</h1><p>Kazakhstan exported 1.3 million tons of grain to Tajikistan in 2024, the ministry said on Monday in Astana.</p><p>Officials expect the volume to grow further next year as new rail corridors open.</p></article><footer>Copyright</footer></body></html>' >"$tmp/check.html"
run "$bundle/claimline" import "$tmp/check.html" --store "$tmp/html.claimline" >/dev/null
run "$bundle/claimline" docs --store "$tmp/html.claimline" | grep -q "Bundled HTML check"
# Every entity recogniser works in the bundle: English, Turkish, Kazakh (spaCy) and
# Russian (natasha).  The names in packaging/smoke/ner-*.txt have no title, role or
# reporting verb and no gazetteer place (tests/test_packaging.py checks that the rules
# alone find no actor there), so an actor found means the model ran.
for lang in en tr ru kk; do
  id=$(run "$bundle/claimline" import "packaging/smoke/ner-$lang.txt" --store "$tmp/ner.claimline" --json |
    "$PY" -c 'import json, sys; print(json.load(sys.stdin)[0]["id"])')
  run "$bundle/claimline" suggest "$id" --kinds actor --json --store "$tmp/ner.claimline" >"$tmp/ner-$lang.json"
  "$PY" -c 'import json, sys
found = [s["exact"] for s in json.load(open(sys.argv[2], encoding="utf-8")) if s["kind"] == "actor"]
print(f"build: {sys.argv[1]} recogniser: {len(found)} actor(s): " + ", ".join(found))
sys.exit(0 if found else f"build: ERROR: no actor in packaging/smoke/ner-{sys.argv[1]}.txt: its recogniser fails in the bundle")' \
    "$lang" "$tmp/ner-$lang.json"
done
echo "build: OK — the bundle opened the seed article, lists it on the command line, imports a PDF and a web page, and finds actors in English, Turkish, Russian and Kazakh"
